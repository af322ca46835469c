//! The Russian casualty phrases: killed, injured, hospitalised, treated, and the zero statements
//! a table can say in one phrase ("пострадавших нет"); read by `extract::gloss` after the
//! general phrases of [`super::GLOSSES`] (a tie between equal phrases goes to the earlier table);
//! and the words of zero statements whose noun and negation are apart ("пострадавших в результате
//! атаки нет").

use crate::extract::lexicon::ZeroOf;

/// Phrases of casualties and their English.
pub(crate) const CASUALTIES: &[(&str, &str)] = &[
    // "Есть погибший и раненые": one dead (the singular), and injured with no number.
    ("есть погибший и", "one person was killed, and"),
    ("есть погибший", "one person was killed"),
    ("есть погибшая", "one person was killed"),
    // Casualties.
    ("погиб", "was killed"),
    ("погибла", "was killed"),
    ("погибли", "were killed"),
    // "при атаке беспилотника умер 25-летний сотрудник": the verb before its subject, glossed
    // as "погиб" is (the English rules read "died" after its subject only).
    ("умер", "was killed"),
    ("умерла", "was killed"),
    ("умерли", "were killed"),
    ("скончался", "was killed"),
    ("скончалась", "was killed"),
    ("скончались", "were killed"),
    // ("получил серьезные ранения и скончался": an injured person who died, as in English.)
    ("и скончал*", "and died"),
    ("и умер*", "and died"),
    // "Известно о погибшей и пострадавшей", "сообщил о погибшем": a singular participle after
    // its preposition (or "и"), no number between: one person.
    ("<о погибше*", "one person killed"),
    ("<об погибше*", "one person killed"),
    ("<и погибше*", "one person killed"),
    ("<о пострадавше*", "one person injured"),
    ("<и пострадавше*", "one person injured"),
    ("<о ранено*", "one person injured"),
    ("<о раненом", "one person injured"),
    ("погибш*", "dead"),
    ("погиб*", "killed"),
    ("гибел*", "the deaths of"),
    ("убит*", "killed"),
    ("убил*", "killed"),
    ("убив", "killing"),
    ("ранив", "injuring"),
    ("унес* жизн*", "claimed the lives of"),
    ("унесл* жизн*", "claimed the lives of"),
    // "Атака унесла 9 жизней": the number of lives before the noun.
    ("унес* >#num >жизней", "claimed"),
    ("оборва* >#num >жизней", "claimed"),
    // (Not "Спасатели спасли 12 жизней": lives after a verb of claiming only.)
    ("<унес* <#num жизней", "lives"),
    ("<оборва* <#num жизней", "lives"),
    ("оборвал* жизн*", "claimed the lives of"),
    // "врачам не удалось спасти жизни двух человек": two died.
    ("не удалось спасти жизни", "could not save the lives of"),
    ("не удалось спасти жизнь", "could not save the life of"),
    // "Двух мирных жителей не удалось спасти": the two could not be saved, they died.
    ("не удалось спасти", "died"),
    // "пострадал один человек — его спасти не удалось": the injured person died.
    ("его спасти не удалось", "he died"),
    ("ее спасти не удалось", "she died"),
    ("её спасти не удалось", "she died"),
    ("спасти не удалось", "died"),
    ("скончал*", "died"),
    ("умер*", "died"),
    ("получил* ранени*", "sustained injuries"),
    ("получил* травм*", "sustained injuries"),
    ("получил* контузи*", "sustained a concussion"),
    // "получил осколочное ранение", "получили различные ранения", "получил баротравму".
    ("получил* осколочн* ранени*", "sustained shrapnel injuries"),
    ("получил* различн* ранени*", "sustained injuries"),
    ("получил* легк* ранени*", "sustained minor injuries"),
    ("получил* тяжел* ранени*", "sustained serious injuries"),
    // "трое получили незначительные травмы": an adjective of degree before the injuries.
    ("получил* незначительн* травм*", "sustained minor injuries"),
    ("получил* незначительн* ранени*", "sustained minor injuries"),
    ("получил* легк* травм*", "sustained minor injuries"),
    ("получил* тяжел* травм*", "sustained serious injuries"),
    ("получил* серьезн* травм*", "sustained serious injuries"),
    ("получил* серьезн* ранени*", "sustained serious injuries"),
    ("получил* различн* травм*", "sustained injuries"),
    ("получил* минно-взрывн* травм*", "sustained blast injuries"),
    (
        "получил* тяжел* минно-взрывн* травм*",
        "sustained serious blast injuries",
    ),
    ("получил* серьезн* ожог*", "sustained serious burns"),
    // "Два человека получили ушибы" (bruises): injured.
    ("получил* ушиб*", "sustained injuries"),
    // "никто за медицинской помощью не обращался": no one sought medical help, no one injured.
    (
        "никто за медицинской помощью не обращал*",
        "no one was injured",
    ),
    (
        "за медицинской помощью никто не обращал*",
        "no one was injured",
    ),
    // "ранения получил пятимесячный ребенок": a child's age in months.
    ("*месячн*", "month-old"),
    ("получил* баротравм*", "sustained barotrauma"),
    ("получил* ожог*", "sustained burns"),
    // "уже получили ранения 5 человек": the verb before its count, as "injured 5 people".
    ("получил* ранени* >#num", "injured"),
    ("получил* травм* >#num", "injured"),
    // "травмы разной степени тяжести получили 11 человек": the injuries first, then the verb
    // and its count.
    ("травм* разной степени тяжести получил* >#num", "injured"),
    ("ранени* разной степени тяжести получил* >#num", "injured"),
    ("травм* получил* >#num", "injured"),
    ("ранени* получил* >#num", "injured"),
    // "сообщалось о двух легко пострадавших": reported two (not "about two").
    ("сообщал* о", "reported"),
    ("сообща* о", "reports"),
    ("сообщил* о", "reported"),
    ("легко", "lightly"),
    ("ранен*", "injured"),
    ("ранил*", "injured"),
    ("травмирован*", "injured"),
    ("травм*", "injuries"),
    ("пострадал*", "injured"),
    // "жителей пострадавших домов": damaged houses, no people.
    ("пострадавш* дом", "damaged house"),
    ("пострадавш* дома", "damaged houses"),
    ("пострадавш* домов", "damaged houses"),
    ("пострадавш* домах", "damaged houses"),
    ("пострадавш* домам", "damaged houses"),
    ("пострадавш* домами", "damaged houses"),
    ("пострадавш* здани*", "damaged buildings"),
    ("пострадавш* квартир*", "damaged apartments"),
    ("пострадавш*", "injured"),
    ("госпитализирова*", "hospitalised"),
    // "госпитализировали пострадавшего": the one injured person (accusative), hospitalised.
    (
        "госпитализировал* пострадавшего",
        "one person was hospitalised",
    ),
    (
        "госпитализировал* пострадавшую",
        "one person was hospitalised",
    ),
    // "Бригада скорой доставляет пострадавшего ... в больницу": the one injured person taken to
    // hospital.
    (
        "доставля* пострадавшего",
        "one person was taken to hospital",
    ),
    (
        "доставил* пострадавшего",
        "one person was taken to hospital",
    ),
    ("доставил* пострадавшую", "one person was taken to hospital"),
    // "пострадали супруги": a married couple, two people.
    ("супруги", "a married couple"),
    // "кассир получил осколочные ранения", "пострадала продавщица": one worker of a shop.
    ("кассир", "a cashier"),
    ("кассира", "a cashier"),
    ("продавец", "a salesman"),
    ("продавца", "a salesman"),
    ("продавщица", "a saleswoman"),
    ("продавщицу", "a saleswoman"),
    ("супружеская пара", "a married couple"),
    ("супружеской пары", "a married couple"),
    ("семейная пара", "a married couple"),
    ("никто не пострадал", "no one was injured"),
    // "в роддоме находились роженицы ... К счастью, никто из них не пострадал": none of a group
    // just named, no zero of the attack (as "none of them were injured").
    ("никто из них не пострадал", "none of them were injured"),
    // "Никто не получил травм", "травм никто не получил": no one received injuries.
    ("никто не получил травм*", "no one was injured"),
    ("никто не получил ранени*", "no one was injured"),
    ("травм никто не получил", "no one was injured"),
    ("ранений никто не получил", "no one was injured"),
    ("никто не погиб", "no one was killed"),
    ("потерпевших нет", "no one was injured"),
    ("повреждений и пострадавших нет", "no one was injured"),
    ("разрушений и пострадавших нет", "no one was injured"),
    // "есть погибший и 30 пострадавших": one person killed.
    ("есть погибший", "one person was killed"),
    ("есть погибшая", "one person was killed"),
    ("есть раненый", "one person was injured"),
    ("есть раненая", "one person was injured"),
    ("есть пострадавший", "one person was injured"),
    ("есть пострадавшая", "one person was injured"),
    // "никто не пострадал и не погиб": the second of two negated verbs shares the zero.
    ("<никто <не <пострадал и не погиб*", "or killed"),
    ("<никто <не <пострадал или не погиб*", "or killed"),
    ("<никто <не <погиб и не пострада*", "or injured"),
    ("<никто <не <погиб или не пострада*", "or injured"),
    ("пострадавших нет", "no one was injured"),
    // "никаких пострадавших или разрушений не произошло": "никаких" (none at all) is the
    // negation.
    ("никаких пострадавших", "no one was injured"),
    ("никаких жертв", "there were no casualties"),
    // "Нет и пострадавших": none injured either.
    ("нет и пострадавших", "no one was injured"),
    ("нет и погибших", "no one was killed"),
    ("нет и жертв", "there were no casualties"),
    ("без пострадавших и жертв", "there were no casualties"),
    (
        "обошлось без пострадавших и жертв",
        "there were no casualties",
    ),
    // "пострадавшие отсутствуют", "жертвы и пострадавшие среди населения отсутствуют": absent.
    ("пострадавшие отсутствуют", "no one was injured"),
    ("жертвы отсутствуют", "there were no casualties"),
    // "жертвы и разрушения отсутствуют": casualties and damage absent.
    (
        "жертвы и разрушения отсутствуют",
        "there were no casualties",
    ),
    (
        "пострадавшие и разрушения отсутствуют",
        "no one was injured",
    ),
    (
        "жертвы и пострадавшие отсутствуют",
        "there were no casualties",
    ),
    (
        "жертвы и пострадавшие среди населения отсутствуют",
        "there were no casualties among the population",
    ),
    ("среди погибших", "among the dead"),
    ("среди раненых", "among the injured"),
    ("среди пострадавших", "among the injured"),
    ("раненых нет", "no one was injured"),
    ("все живы", "no one was killed"),
    ("находятся в больнице", "are hospitalised"),
    ("находится в больнице", "is hospitalised"),
    ("включая", "including"),
    // "Информации о разрушениях и пострадавших нет": no news of them, no zero.
    ("о разрушениях и пострадавших", "on damage and casualties"),
    ("о пострадавших и разрушениях", "on casualties and damage"),
    ("о возможных пострадавших", "on possible casualties"),
    ("пострадавших не", "no one was injured"),
    ("без пострадавших", "no one was injured"),
    // "К сожалению, не обошлось без пострадавших": there were injured (no count).
    ("не обошлось без", "there were"),
    ("не обошлося без", "there were"),
    ("обошлось без пострадавших", "no one was injured"),
    ("обошлось без жертв", "there were no casualties"),
    ("без жертв и пострадавших", "there were no casualties"),
    ("жертв и пострадавших нет", "there were no casualties"),
    ("жертв нет", "there were no casualties"),
    ("без жертв", "there were no casualties"),
    ("пострадавшие отсутствуют", "no one was injured"),
    ("локационно потерян*", "locationally lost"),
    ("локационно утерян*", "locationally lost"),
    // "Еще один дрон локально потерян": lost, as "локационно".
    ("локально потерян*", "locationally lost"),
    ("локально утрачен*", "locationally lost"),
    ("локационно утрачен*", "locationally lost"),
    // "еще 66 БПЛА сбиты с курса (локационно потеряны)": knocked off course, not shot down.
    ("сбиты с курса", "were locationally lost"),
    ("сбит* с курса", "locationally lost"),
    ("рекордным количеством", "a record number of"),
    (
        "медики оказали помощь",
        "medics provided medical assistance to",
    ),
    (
        "оказали медицинскую помощь",
        "provided medical assistance to",
    ),
    (
        "оказана медицинская помощь",
        "provided medical assistance to",
    ),
    ("жертвы отсутствуют", "there were no casualties"),
    ("погибших нет", "no one was killed"),
    (
        "информации о пострадавших нет",
        "there is no information on casualties",
    ),
    (
        "сообщений о пострадавших нет",
        "there were no reports of anyone injured",
    ),
    (
        "сообщений о пострадавших не поступало",
        "there were no reports of anyone injured",
    ),
    (
        "информации о жертвах нет",
        "there is no information on casualties",
    ),
    (
        "информации о погибших нет",
        "there is no information on casualties",
    ),
    // "есть пострадавший", "есть погибший": one.
    ("есть жертва", "one person was killed"),
    ("есть погибший", "one person was killed"),
    ("есть погибшая", "one person was killed"),
    ("есть пострадавший", "one person was injured"),
    ("есть пострадавшая", "one person was injured"),
    ("есть раненый", "one person was injured"),
    ("есть раненая", "one person was injured"),
    ("летели", "were flying"),
    (
        "информации о пострадавших не поступало",
        "there is no information on casualties",
    ),
    (
        "информация о пострадавших уточняется",
        "information on casualties is being clarified",
    ),
    (
        "информации о наличии пострадавших не поступало",
        "there is no information on casualties",
    ),
    (
        "сведений о пострадавших не поступало",
        "there is no information on casualties",
    ),
    ("жертв*", "victims"),
    ("человек", "people"),
    ("человека", "people"),
    ("доставлен* в больниц*", "taken to hospital"),
    ("доставили в больниц*", "taken to hospital"),
    // "доставили в городскую больницу": a hospital named by its kind.
    ("доставили в * больниц*", "were taken to hospital"),
    ("доставлен* в * больниц*", "taken to hospital"),
    // "Одесса потеряла трех человек": the city lost them, killed.
    ("потерял* >#num >человек*", "killed"),
    ("смертельн* ранени*", "fatal injuries"),
    // "получила травмы, несовместимые с жизнью": injuries incompatible with life, fatal.
    ("получил* травм* >несовместим*", "sustained fatal injuries"),
    ("травм* >несовместим*", "fatal injuries"),
    // "смертельно ранили троих военных": fatally wounded, killed.
    ("смертельно ранил*", "killed"),
    ("смертельно ранен*", "fatally wounded"),
    ("тяжелоранен*", "seriously injured"),
    ("легкоранен*", "lightly injured"),
    (
        "получил* легк* телесн* повреждени*",
        "sustained light injuries",
    ),
    ("получил* телесн* повреждени*", "sustained injuries"),
    ("телесн* повреждени*", "injuries"),
    // "Пострадавшему — 31 год": the victim's age (the dative of the person counted).
    ("пострадавшему >#num", "the victim, aged"),
    ("погибшему >#num", "the victim, aged"),
    ("получил* смертельн* ранени*", "sustained fatal injuries"),
    // "погиб гражданин США": one citizen.
    ("гражданин", "a citizen"),
    ("гражданка", "a citizen"),
    ("граждан*", "citizens"),
    ("людей", "people"),
    ("люди", "people"),
    // "Еще 3 жителя дома получили травмы": residents of the house.
    ("жител* дома", "residents of the house"),
    // "около 20 жителей города получили ранения": residents of the city.
    ("жител* города", "residents of the city"),
    ("жителей", "residents"),
    ("житель", "a resident"),
    ("жительница", "a resident"),
    // "Также пострадал его брат": a possessive before a relative.
    ("его >брат*", "his"),
    ("его >сестр*", "his"),
    ("его >сын*", "his"),
    ("его >доч*", "his"),
    ("его >жен*", "his"),
    ("его >мать", "his"),
    ("его >отец", "his"),
    ("ее >муж*", "her"),
    ("ее >сын*", "her"),
    ("ее >доч*", "her"),
    ("ее >мать", "her"),
    ("ее >брат*", "her"),
    ("ее >сестр*", "her"),
    // "четыре сотрудника предприятия получили серьезные травмы", "два работника компании
    // получили ранения": the site in the genitive after the people counted is theirs ("of the
    // enterprise"), and "работника" after a number is plural.
    ("<#num работника", "workers"),
    ("<сотрудник* предприятия", "of the enterprise"),
    ("<работник* предприятия", "of the enterprise"),
    ("<сотрудник* компании", "of the company"),
    ("<работник* компании", "of the company"),
    ("<сотрудник* завода", "of the plant"),
    ("<работник* завода", "of the plant"),
    ("<сотрудник* нефтебазы", "of the oil depot"),
    ("<работник* нефтебазы", "of the oil depot"),
    ("<сотрудник* объекта", "of the facility"),
    ("<работник* объекта", "of the facility"),
    ("жител*", "residents"),
    ("горожан*", "residents"),
    // "пострадал мирный житель": one civilian (the plural form stays "civilians").
    ("мирный житель", "a civilian"),
    ("мирного жителя", "a civilian"),
    ("мирную жительницу", "a civilian"),
    ("мирная жительница", "a civilian"),
    ("местный житель", "a resident"),
    ("местная жительница", "a resident"),
    ("местн*", "local"),
    ("сотрудник", "an employee"),
    ("сотрудница", "an employee"),
    ("сотрудник*", "employees"),
    // "пострадал человек", "погиб человек": a singular verb, one person.
    ("пострадал человек", "one person was injured"),
    ("погиб человек", "one person was killed"),
    ("травмирован человек", "one person was injured"),
    ("ранен человек", "one person was injured"),
    ("пострадал один человек", "one person was injured"),
    ("мирн* жител*", "civilians"),
    ("мирн* граждан*", "civilians"),
    // "загинув пілот винищувача": a military pilot, no civilian casualty of a strike.
    ("пилот*", "pilot"),
    ("летчик*", "pilot"),
    ("лётчик*", "pilot"),
    // "Пострадал 19-летний молодой человек": one young man (not "people").
    ("молодой человек", "young man"),
    ("молодого человека", "young man"),
    ("мужчин*", "man"),
    ("женщин*", "woman"),
    // The plural forms: "мужчин 60, 76, 45 и 42 лет", "двух мальчиков".
    ("мужчин", "men"),
    ("женщин", "women"),
    ("мальчики", "boys"),
    ("мальчиков", "boys"),
    ("девочек", "girls"),
    ("подростки", "teenagers"),
    ("подростков", "teenagers"),
    ("ребенок", "a child"),
    ("ребёнок", "a child"),
    ("ребенка", "a child"),
    ("ребёнка", "a child"),
    ("дети", "children"),
    ("детей", "children"),
    ("взрослых", "adults"),
    ("взрослые", "adults"),
    ("взрослый", "an adult"),
    ("взрослая", "an adult"),
    ("подрост*", "teenager"),
    ("девушк*", "girl"),
    ("мальчик*", "boy"),
    ("пенсионер*", "pensioner"),
    ("спасател*", "rescuers"),
    // "машинист и его помощник получили осколочные ранения", "фельдшер и медицинская сестра
    // получили ранения": train and ambulance crews.
    ("помощник машиниста", "an assistant driver"),
    ("машинист", "a train driver"),
    ("машиниста", "a train driver"),
    ("его помощник", "his assistant"),
    ("фельдшер", "a paramedic"),
    ("фельдшера", "a paramedic"),
    ("медицинская сестра", "a nurse"),
    ("медсестра", "a nurse"),
    ("медсестры", "nurses"),
];

/// The casualty nouns of a zero statement whose negation comes later ("пострадавших в результате
/// атаки нет"), and what each is a zero of (read by `extract::gloss`).
pub(crate) const ZERO_NOUNS: &[(&str, ZeroOf)] = &[
    ("жертв", ZeroOf::Both),
    ("погибших", ZeroOf::Killed),
    ("пострадавших", ZeroOf::Injured),
    ("пострадавшие", ZeroOf::Injured),
    ("раненых", ZeroOf::Injured),
    ("потерпевших", ZeroOf::Injured),
    ("травмированных", ZeroOf::Injured),
];

/// The negations that end such a statement.
pub(crate) const ZERO_NEGATIONS: &[&str] = &[
    "нет",
    "не было",
    "не выявлено",
    "не зафиксирован*",
    // "пострадавших и повреждений не зарегистрировано" (none recorded). (Not "не обнаружено":
    // "Погибших на данный момент не обнаружено" is a search of the rubble, not yet over.)
    "не зарегистрирован*",
    "не имеется",
    // "жертв и разрушений удалось избежать" (casualties and damage were avoided).
    "удалось избежать",
];

/// The words before a casualty noun that make its "нет" no zero of the attack: an absence of news
/// ("информации о пострадавших нет"), or of more casualties ("других пострадавших нет").
pub(crate) const ZERO_NOT_KNOWN: &[&str] = &[
    "о",
    "об",
    "информации",
    "сведений",
    "данных",
    "других",
    "иных",
    // "информации о наличии пострадавших нет": no news of them.
    "наличии",
    // "Информации о возможных пострадавших нет".
    "возможных",
];

/// The prepositions that make a word of [`ZERO_NOT_KNOWN`] the zero's source ("По предварительной информации пострадавших … нет").
pub(crate) const ZERO_SOURCES: &[&str] = &["по"];

/// The words between a casualty noun and its negation that make it no zero: "пострадавших в
/// тяжелом состоянии нет" (there are lightly injured).
pub(crate) const ZERO_QUALIFIED: &[&str] = &["состоянии", "тяжел*", "серьезн*", "других", "больше"];
