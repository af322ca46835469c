//! The Ukrainian table's casualties: verbs and nouns of the killed and injured, the people
//! counted, and the zero statements (read by `extract::gloss`, after [`super::GLOSSES`]).

use crate::extract::lexicon::ZeroOf;

/// Casualty phrases and words (the tail of the genre's phrases, in the same order).
pub(crate) const CASUALTIES: &[(&str, &str)] = &[
    // Casualties.
    ("загинув", "was killed"),
    ("загинула", "was killed"),
    ("загинули", "were killed"),
    ("загинуло", "were killed"),
    ("загину*", "killed"),
    // "повідомили про загиблого та постраждалого": a singular participle after its
    // preposition (or "та"/"і"), no number between: one person.
    ("<про загиблого", "one person killed"),
    ("<та загиблого", "one person killed"),
    ("<і загиблого", "one person killed"),
    ("<про постраждалого", "one person injured"),
    ("<та постраждалого", "one person injured"),
    ("<і постраждалого", "one person injured"),
    ("<про пораненого", "one person injured"),
    ("загибл*", "dead"),
    ("загибел*", "the deaths of"),
    ("вбит*", "killed"),
    ("вбил*", "killed"),
    ("вбив", "killed"),
    ("вбивши", "killing"),
    ("поранивши", "injuring"),
    ("забра* життя", "claimed the lives of"),
    // "постраждалих побільшало до чотирьох": the toll rose to four (not "up to").
    ("побільша* до", "increased to"),
    // "Ворожа атака забрала 9 життів": the number of lives before the noun.
    ("забра* >#num >життів", "claimed"),
    ("обірва* >#num >життів", "claimed"),
    // (Not "Рятувальники врятували 12 життів": lives after a verb of claiming only.)
    ("<забра* <#num життів", "lives"),
    ("<обірва* <#num життів", "lives"),
    ("обірва* життя", "claimed the lives of"),
    // "лікарям не вдалося врятувати життя двох людей": two died.
    ("не вдалося врятувати життя", "could not save the lives of"),
    // "Двох цивільних не вдалося врятувати": the two could not be saved, they died.
    ("не вдалося врятувати", "died"),
    // "постраждав чоловік — його не вдалося врятувати": the injured person died.
    ("його не вдалося врятувати", "he died"),
    ("її не вдалося врятувати", "she died"),
    ("врятувати не вдалося", "died"),
    // "У лікарні помер 50-річний чоловік": the verb before its subject, as "загинув" ("was
    // killed a man").
    ("помер >*річн*", "was killed"),
    ("померла >*річн*", "was killed"),
    ("помер >чоловік", "was killed"),
    ("померла >жінка", "was killed"),
    ("помер", "died"),
    ("померла", "died"),
    ("померли", "died"),
    ("поранен*", "injured"),
    ("поранил*", "injured"),
    ("поранень", "injuries"),
    ("травмован*", "injured"),
    ("травмува*", "injured"),
    ("отрима* травм*", "sustained injuries"),
    ("отрима* поранен*", "sustained injuries"),
    // "отримав осколкове поранення", "отримали різні травми", "отримав баротравму".
    ("отрима* осколков* поранен*", "sustained shrapnel injuries"),
    ("отрима* уламков* поранен*", "sustained shrapnel injuries"),
    ("отрима* множинн* поранен*", "sustained multiple injuries"),
    // "ще пʼять людей зазнали гострої реакції на стрес": suffered acute stress reactions.
    (
        "зазна* гостр* реакці* на стрес",
        "sustained acute stress reactions",
    ),
    ("отрима* різн* травм*", "sustained injuries"),
    ("отрима* баротравм*", "sustained barotrauma"),
    ("отрима* опік*", "sustained burns"),
    // "Двоє людей отримали забої" (bruises): injured.
    ("отрима* забо*", "sustained injuries"),
    // "вже отримали поранення 5 людей": the verb before its count, as "injured 5 people".
    ("отрима* поранен* >#num", "injured"),
    ("отрима* травм* >#num", "injured"),
    ("зазна* поранен*", "sustained injuries"),
    ("діста* поранен*", "sustained injuries"),
    ("діста* травм*", "sustained injuries"),
    // "херсонець дістав вибухову травму", "отримала вибухові травми": a blast injury.
    ("діста* вибухов* травм*", "sustained injuries"),
    ("отрима* вибухов* травм*", "sustained injuries"),
    ("зазна* вибухов* травм*", "sustained injuries"),
    ("уламков* поранен*", "shrapnel injuries"),
    // "дістав різані рани грудної клітини": cut wounds.
    ("діста* різан* ран*", "sustained injuries"),
    ("отрима* різан* ран*", "sustained injuries"),
    // "Чоловік дістав контузію": a concussion is an injury.
    ("діста* контузі*", "sustained a concussion"),
    ("отрима* контузі*", "sustained a concussion"),
    ("травм*", "injuries"),
    // "мешканців постраждалих будинків": damaged buildings, no people.
    ("постраждал* будинк*", "damaged buildings"),
    ("постраждал* будівл*", "damaged buildings"),
    ("постраждал* квартир*", "damaged apartments"),
    ("постраждал*", "injured"),
    ("постраждав", "was injured"),
    ("постраждала", "was injured"),
    ("госпіталізован*", "hospitalised"),
    ("госпіталізува*", "hospitalised"),
    // "госпіталізували постраждалого": the one injured person (accusative), hospitalised.
    (
        "госпіталізува* постраждалого",
        "one person was hospitalised",
    ),
    ("госпіталізува* постраждалу", "one person was hospitalised"),
    // "постраждало подружжя": a married couple, two people.
    ("подружжя", "a married couple"),
    ("подружня пара", "a married couple"),
    ("ніхто не постраждав", "no one was injured"),
    // "ніхто з них не постраждав": none of a group just named (as "none of them were injured").
    ("ніхто з них не постраждав", "none of them were injured"),
    ("ніхто не загинув", "no one was killed"),
    ("без травмованих", "no one was injured"),
    ("без поранених", "no one was injured"),
    // "є загиблий та 30 постраждалих": one person killed.
    ("є загиблий", "one person was killed"),
    ("є загибла", "one person was killed"),
    ("є поранений", "one person was injured"),
    ("є поранена", "one person was injured"),
    ("є постраждалий", "one person was injured"),
    ("є постраждала", "one person was injured"),
    // "За повідомленням — є потерпілий".
    ("є потерпілий", "one person was injured"),
    ("є потерпіла", "one person was injured"),
    // "ніхто не постраждав або не загинув": the second of two negated verbs shares the zero.
    ("<ніхто <не <постраждав або не загину*", "or killed"),
    ("<ніхто <не <постраждав і не загину*", "or killed"),
    ("<ніхто <не <постраждав та не загину*", "or killed"),
    ("<ніхто <не <загинув або не постражда*", "or injured"),
    ("<ніхто <не <загинув і не постражда*", "or injured"),
    ("<ніхто <не <загинув та не постражда*", "or injured"),
    ("без постраждалих", "no one was injured"),
    // "минулося без руйнувань та потерпілих", "в місті без руйнувань та потерпілих".
    ("без потерпілих", "no one was injured"),
    ("без руйнувань та потерпілих", "no one was injured"),
    ("без руйнувань і потерпілих", "no one was injured"),
    ("без пошкоджень та потерпілих", "no one was injured"),
    ("без пошкоджень і потерпілих", "no one was injured"),
    ("постраждалих немає", "no one was injured"),
    ("поранених немає", "no one was injured"),
    ("травмованих немає", "no one was injured"),
    // "Попередньо — всі живі": no one died.
    ("всі живі", "no one was killed"),
    // "п'ятеро цивільних перебувають у лікарні": in hospital, injured.
    ("перебувають у лікарні", "are hospitalised"),
    ("перебувають в лікарні", "are hospitalised"),
    ("перебуває у лікарні", "is hospitalised"),
    ("перебуває в лікарні", "is hospitalised"),
    // "40 ракетами, включаючи 4 «Кинджали»": a part of the count.
    ("включаючи", "including"),
    // "Інформації про руйнування та постраждалих немає": no news of them, no zero.
    ("про руйнування та постраждалих", "on damage and casualties"),
    ("про руйнування і постраждалих", "on damage and casualties"),
    ("про постраждалих та руйнування", "on casualties and damage"),
    ("про можливих постраждалих", "on possible casualties"),
    ("потерпілих немає", "no one was injured"),
    ("потерпілих нема", "no one was injured"),
    ("без постраждалих >загиблих", "there were no casualties"),
    ("без постраждалих та загиблих", "there were no casualties"),
    ("без постраждалих і загиблих", "there were no casualties"),
    ("постраждалих нема", "no one was injured"),
    // "На жаль, не обійшлося без загиблих": not without dead, so there were dead (no count).
    ("не обійшлося без", "there were"),
    ("не обійшлось без", "there were"),
    ("обійшлося без постраждалих", "no one was injured"),
    ("обійшлося без жертв", "there were no casualties"),
    ("без жертв і постраждалих", "there were no casualties"),
    ("без жертв та постраждалих", "there were no casualties"),
    ("жертв і постраждалих немає", "there were no casualties"),
    ("жертв та постраждалих немає", "there were no casualties"),
    ("без жертв", "there were no casualties"),
    // "російська атака на область не спричинила жертв чи руйнувань": caused no casualties.
    ("не спричини* жертв", "caused no casualties"),
    ("не призвел* до жертв", "caused no casualties"),
    ("без загиблих та травмованих", "there were no casualties"),
    ("без загиблих і травмованих", "there were no casualties"),
    ("без загиблих та поранених", "there were no casualties"),
    ("без загиблих і поранених", "there were no casualties"),
    ("постраждалі відсутні", "no one was injured"),
    ("постраждалих відсутні", "no one was injured"),
    ("жертви відсутні", "there were no casualties"),
    // "Постраждалі відсутні", "жертви та постраждалі відсутні": absent.
    ("постраждалі відсутні", "no one was injured"),
    ("жертви та постраждалі відсутні", "there were no casualties"),
    ("жертви і постраждалі відсутні", "there were no casualties"),
    ("жертви та руйнування відсутні", "there were no casualties"),
    ("постраждалі та руйнування відсутні", "no one was injured"),
    ("жертви і руйнування відсутні", "there were no casualties"),
    ("постраждалі і руйнування відсутні", "no one was injured"),
    ("на щастя", "fortunately"),
    ("травмувань ніхто не зазнав", "no one was injured"),
    ("поранень ніхто не зазнав", "no one was injured"),
    ("ніхто не зазнав травм", "no one was injured"),
    ("ніхто не зазнав поранень", "no one was injured"),
    // "Ніхто не отримав травм", "Ніхто із людей травми не отримав": no one received injuries.
    ("ніхто не отрима* травм*", "no one was injured"),
    ("ніхто не отрима* поранен*", "no one was injured"),
    ("ніхто із людей травм* не отрима*", "no one was injured"),
    ("ніхто з людей травм* не отрима*", "no one was injured"),
    ("травм* ніхто не отрима*", "no one was injured"),
    ("поранен* ніхто не отрима*", "no one was injured"),
    // "Медики надали допомогу трьом місцевим жителям": treated (not psychologists' help).
    (
        "медики надали допомогу",
        "medics provided medical assistance to",
    ),
    ("надали медичну допомогу", "provided medical assistance to"),
    ("надано медичну допомогу", "provided medical assistance to"),
    ("жертв немає", "there were no casualties"),
    ("без постраждалих і жертв", "there were no casualties"),
    ("без постраждалих та жертв", "there were no casualties"),
    ("серед загиблих", "among the dead"),
    ("серед поранених", "among the injured"),
    ("серед постраждалих", "among the injured"),
    ("жертв не було", "there were no casualties"),
    ("постраждалих не було", "no one was injured"),
    ("загиблих не було", "no one was killed"),
    ("загиблих немає", "no one was killed"),
    ("без загиблих", "no one was killed"),
    (
        "інформації про постраждалих немає",
        "there is no information on casualties",
    ),
    // "повідомлень про постраждалих або пошкодження інфраструктури немає": no reports of
    // the injured, a zero (unlike "no information on casualties").
    (
        "повідомлень про постраждалих немає",
        "there were no reports of anyone injured",
    ),
    (
        "повідомлень про постраждалих або пошкоджен* інфраструктури немає",
        "there were no reports of anyone injured",
    ),
    (
        "інформації про жертв немає",
        "there is no information on casualties",
    ),
    (
        "інформації про загиблих немає",
        "there is no information on casualties",
    ),
    // "є жертва", "є загиблий", "є постраждалий": one.
    ("є жертва", "one person was killed"),
    ("є загибла", "one person was killed"),
    ("є загиблий", "one person was killed"),
    ("є постраждалий", "one person was injured"),
    ("є постраждала", "one person was injured"),
    ("є поранений", "one person was injured"),
    ("є поранена", "one person was injured"),
    ("летіли", "were flying"),
    (
        "інформації про постраждалих не надходило",
        "there is no information on casualties",
    ),
    (
        "інформація про постраждалих уточнюється",
        "information on casualties is being clarified",
    ),
    ("жертв*", "victims"),
    ("людина", "a person"),
    ("людину", "a person"),
    ("син", "son"),
    ("сина", "son"),
    ("сини", "sons"),
    ("донька", "daughter"),
    ("доньку", "daughter"),
    ("дочка", "daughter"),
    ("дочку", "daughter"),
    // "постраждали жінка та її дві доньки": the plural.
    ("доньки", "daughters"),
    ("дочки", "daughters"),
    ("синів", "sons"),
    ("українець", "a Ukrainian man"),
    ("українка", "a Ukrainian woman"),
    ("доставлен* до лікарні", "taken to hospital"),
    ("доставлен* в лікарню", "taken to hospital"),
    ("доставлен* у лікарню", "taken to hospital"),
    ("доставили до лікарні", "taken to hospital"),
    // "Одеса втратила трьох людей": the city lost them, killed.
    ("втратил* >#num >люд*", "killed"),
    ("втратил* >#num >осіб", "killed"),
    ("смертельн* поранен*", "fatal injuries"),
    // "отримала травми, несумісні з життям": injuries incompatible with life, fatal.
    ("отрима* травм* >несумісн*", "sustained fatal injuries"),
    ("травм* >несумісн*", "fatal injuries"),
    // "смертельно поранив двох": fatally wounded, killed.
    ("смертельно поранил*", "killed"),
    ("смертельно поранив", "killed"),
    ("смертельно поранен*", "fatally wounded"),
    // "Ще 4 особи — важкопоранені", "10 людей отримали легкі тілесні ушкодження".
    ("важкопоранен*", "seriously injured"),
    ("тяжкопоранен*", "seriously injured"),
    ("легкопоранен*", "lightly injured"),
    (
        "отрима* легк* тілесн* ушкодженн*",
        "sustained light injuries",
    ),
    ("отрима* тілесн* ушкодженн*", "sustained injuries"),
    // "8 осіб отримали незначні тілесні ушкодження", "отримав незначні травми": minor injuries.
    (
        "отрима* незначн* тілесн* ушкодженн*",
        "sustained minor injuries",
    ),
    ("отрима* незначн* травм*", "sustained minor injuries"),
    ("отрима* незначн* поранен*", "sustained minor injuries"),
    ("отрима* легк* травм*", "sustained minor injuries"),
    // "У Фастівському районі пошкодження отримали пʼятеро людей": "damage" to people, injuries
    // (what a building "отримав пошкодження" is not a person, so no count).
    ("пошкодження отрима* >#num", "injured"),
    // "Медичну допомогу надали 37 людям": the object first.
    ("медичну допомогу надали", "provided medical assistance to"),
    // "Троє людей отримали гостру реакцію на стрес": acute stress reactions are injuries.
    (
        "отрима* гостр* реакці* на стрес",
        "sustained acute stress reactions",
    ),
    // "за медичною допомогою ніхто не звертався": no one sought medical help, no one injured.
    (
        "за медичною допомогою ніхто не зверта*",
        "no one was injured",
    ),
    (
        "ніхто за медичною допомогою не зверта*",
        "no one was injured",
    ),
    // "отримала закриту черепно-мозкову травму": a head injury.
    (
        "отрима* закрит* черепно-мозков* травм*",
        "sustained a head injury",
    ),
    ("отрима* черепно-мозков* травм*", "sustained a head injury"),
    ("тілесн* ушкодженн*", "injuries"),
    // "Постраждалому — 31 рік": the victim's age (the dative of the person counted).
    ("постраждалому >#num", "the victim, aged"),
    ("постраждалій >#num", "the victim, aged"),
    ("потерпілому >#num", "the victim, aged"),
    ("потерпілій >#num", "the victim, aged"),
    ("загиблому >#num", "the victim, aged"),
    ("загиблій >#num", "the victim, aged"),
    ("отрима* смертельн* поранен*", "sustained fatal injuries"),
    // "У Києві та області є загиблий та поранені": one dead (the singular), and injured with no
    // number.
    ("є загиблий та", "one person was killed, and"),
    ("є загиблий і", "one person was killed, and"),
    ("є загиблий", "one person was killed"),
    ("є загибла", "one person was killed"),
    ("діста* смертельн* поранен*", "sustained fatal injuries"),
    ("громадянин", "a citizen"),
    ("громадянка", "a citizen"),
    ("громадян*", "citizens"),
    ("людини", "people"),
    ("людей", "people"),
    ("люди", "people"),
    ("людям", "people"),
    ("особа", "person"),
    ("особи", "people"),
    ("осіб", "people"),
    ("мешканець", "a resident"),
    ("мешканка", "a resident"),
    ("мешкан*", "residents"),
    ("містян*", "residents"),
    ("житель", "a resident"),
    ("жителька", "a resident"),
    // "забрав життя молодого чоловіка": a young man.
    ("молодого чоловіка", "a young man"),
    ("молоду жінку", "a young woman"),
    ("молодої жінки", "a young woman"),
    // "троє військовослужбовців, які перебували на аеродромі, отримали ...".
    ("які перебували", "who were"),
    ("який перебував", "who was"),
    ("яка перебувала", "who was"),
    // "забрала життя 61-річної жительки": after a genitive singular age, one person.
    ("<*річної* жительки", "resident"),
    ("<*річної* мешканки", "resident"),
    ("<*річного* жителя", "resident"),
    ("<*річного* мешканця", "resident"),
    ("жител*", "residents"),
    ("цивільн*", "civilians"),
    ("мирний житель", "a civilian"),
    ("мирна жителька", "a civilian"),
    ("місцевий житель", "a resident"),
    ("місцева жителька", "a resident"),
    ("місцев*", "local"),
    ("мирн* мешкан*", "civilians"),
    // "з-під завалів дістали тіло загиблого чоловіка": the body of a man (killed).
    ("вчорашн*", "yesterday's"),
    ("тіло загибл*", "the body of"),
    ("тіла загибл*", "the bodies of"),
    ("робітник", "a worker"),
    ("робітника", "a worker"),
    ("робітники", "workers"),
    ("чоловік", "a man"),
    ("чоловіка", "a man"),
    // "загинув пілот винищувача": a military pilot, no civilian casualty of a strike.
    ("пілот*", "pilot"),
    ("льотчик*", "pilot"),
    ("чоловіки", "men"),
    ("жінк*", "woman"),
    ("жінок", "women"),
    ("дитина", "a child"),
    ("дитину", "a child"),
    ("дитини", "child"),
    ("діти", "children"),
    ("дітей", "children"),
    ("дітьми", "children"),
    ("дорослих", "adults"),
    ("дорослі", "adults"),
    ("дорослий", "an adult"),
    ("доросла", "an adult"),
    ("підліт*", "teenager"),
    ("дівчин*", "girl"),
    ("хлопчик*", "boy"),
    ("хлопець", "a boy"),
    ("пенсіонер*", "pensioner"),
    ("рятувальник*", "rescuers"),
    ("рятувальник", "rescuer"),
    ("рятувальника", "rescuer"),
    ("рятувальником", "rescuer"),
    ("медик*", "medics"),
    // Sides and reporters.
    ("противник*", "the enemy"),
    ("ворог*", "the enemy"),
    ("ворож*", "enemy"),
    ("окупант*", "the occupiers"),
    ("рашист*", "the Russians"),
    ("росіян*", "the Russians"),
    ("російськ*", "Russian"),
    ("росі*", "Russia"),
    ("рф", "Russia"),
    ("зс рф", "the Russian forces"),
    ("армія рф", "the Russian army"),
    ("армії рф", "the Russian army"),
    ("українськ*", "Ukrainian"),
    // "вночі по Україні запустили майже дві сотні БПЛА": across Ukraine (not "Ukraine launched").
    ("по україні", "across Ukraine's territory"),
    ("україн*", "Ukraine"),
    ("зсу", "the Ukrainian Armed Forces"),
    ("сили оборони", "the Defence Forces"),
    ("сил оборони", "the Defence Forces"),
    ("командування повітряних сил", "the Air Force Command"),
    ("повітрян* сил*", "the Air Force"),
    ("генштаб*", "the General Staff"),
    ("генеральн* штаб*", "the General Staff"),
    // "за даними Міноборони РФ, сили ППО ... знищили": Russia's ministry, Ukraine's drones.
    ("міноборони рф", "the Russian Defence Ministry"),
    ("міноборони росії", "the Russian Defence Ministry"),
    ("міністерств* оборони рф", "the Russian Defence Ministry"),
    ("міністерств* оборони росії", "the Russian Defence Ministry"),
    ("міноборони", "the Defence Ministry"),
    ("міністерств* оборони", "the Defence Ministry"),
    (
        "обласн* військов* адміністрац*",
        "the regional military administration",
    ),
    ("ова", "the regional military administration"),
    (
        "міськ* військов* адміністрац*",
        "the city military administration",
    ),
    ("мва", "the city military administration"),
    ("кмва", "the Kyiv city military administration"),
    ("начальник*", "head"),
    ("голова", "head"),
    ("голови", "head"),
    ("очільник*", "head"),
    ("губернатор*", "governor"),
    ("мер", "mayor"),
    ("мера", "mayor"),
    ("міськ* голов*", "mayor"),
    ("дснс", "the State Emergency Service"),
    ("про це повідоми* в", "this was reported by"),
    ("про це повідоми* у", "this was reported by"),
    ("про це повідомля* в", "this was reported by"),
    ("про це повідомля* у", "this was reported by"),
    ("про це повідоми*", "this was reported by"),
    ("повідоми*", "reported"),
    // "Росіяни також відзвітували, що ... «знищено 10 БпЛА»".
    ("відзвітува*", "reported"),
    ("повідомля*", "reports"),
    ("заяви*", "said"),
    ("написа*", "wrote"),
    ("за даними", "according to"),
    ("за інформацією", "according to"),
    ("за словами", "according to"),
    ("попередньо", "preliminarily"),
    ("за попередніми даними", "according to preliminary data"),
    ("за останніми даними", "according to the latest data"),
    ("за уточненими даними", "according to updated data"),
    (
        "за уточненою інформацією",
        "according to updated information",
    ),
];

/// The casualty nouns of a zero statement whose negation comes later ("загиблих, на щастя,
/// немає"), and what each is a zero of (read by `extract::gloss`).
pub(crate) const ZERO_NOUNS: &[(&str, ZeroOf)] = &[
    ("жертв", ZeroOf::Both),
    ("загиблих", ZeroOf::Killed),
    ("постраждалих", ZeroOf::Injured),
    ("постраждалі", ZeroOf::Injured),
    ("поранених", ZeroOf::Injured),
    ("потерпілих", ZeroOf::Injured),
    ("травмованих", ZeroOf::Injured),
];

/// The negations that end such a statement.
pub(crate) const ZERO_NEGATIONS: &[&str] = &[
    "немає",
    "нема",
    "не було",
    "не виявлено",
    "не зафіксован*",
    // "жертв і руйнувань вдалося уникнути" (casualties and damage were avoided).
    "вдалося уникнути",
];

/// The words before a casualty noun that make its "немає" no zero of the attack: an absence of
/// news ("інформації про постраждалих немає"), or of more casualties ("інших постраждалих немає").
pub(crate) const ZERO_NOT_KNOWN: &[&str] = &[
    "про",
    "інформації",
    "відомостей",
    "даних",
    "інших",
    // "інформації про наявність жертв немає": no news of them.
    "наявність",
    // "Інформації про можливих постраждалих немає".
    "можливих",
];

/// The prepositions that make a word of [`ZERO_NOT_KNOWN`] the zero's source ("За попередньою інформацією постраждалих … немає").
pub(crate) const ZERO_SOURCES: &[&str] = &["за", "по"];

/// The words between a casualty noun and its negation that make it no zero: "постраждалих у
/// стані середньої важкості нема" (there are lightly injured).
pub(crate) const ZERO_QUALIFIED: &[&str] = &["стані", "важк*", "тяжк*", "інших", "більше"];
