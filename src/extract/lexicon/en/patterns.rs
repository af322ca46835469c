//! Phrase patterns of the genre (regular-expression sources, compiled where they are used).

use crate::extract::types::Side;

// Sentence structure (structure.rs).
/// "... at Kyiv and other parts of Ukraine early Friday, killing at least eight people": the
/// country, not the place named first.
pub(crate) const NATIONAL: &str = r"(?i)\b(?:in total|overall|across (?:the country|ukraine)|nationwide|total of|throughout the country|other (?:parts|regions|areas|cities) of (?:the country|ukraine)|and (?:several |many |a number of )?other (?:ukrainian |russian )?(?:cities|towns|regions|oblasts|provinces)|(?:over|across) (?:the )?(?:russian|ukrainian) (?:regions|territory|territories)|(?:over|across) (?:the )?regions of (?:russia|ukraine))\b";
/// A restricted-looking opening that names a whole country, "In Ukraine, officials reported",
/// "Над российскими регионами ... был перехвачен 201 ... беспилотник" (glossed "Over Russian
/// regions"), or
/// an institution of one: "In the Air Force's statement", "У Повітряних Силах інформують" (glossed
/// "In The Air Force ... report").
pub(crate) const COUNTRY_OPENING: &str = r"(?i)^(?:in|within|over|across)\s+(?:the\s+)?(?:Ukraine|Russia|Russian Federation|(?:Ukrainian|Russian) (?:regions|territory|territories)|(?:Ukrainian |Russian )?(?:Air Force|General Staff|Armed Forces|(?:Defen[cs]e )?Ministry|Ministry of Defen[cs]e|Defen[cs]e Forces|Air Command|Air Defen[cs]e Forces))\b";
pub(crate) const RESTRICTED: &str = r"(?i)^(?:in|within|over|across)\s+(?:the\s+)?(?:city\s+of\s+|region\s+of\s+)?(?-i:[A-Z])|^(?:in|over) the capital\b|\bover the (?:city|capital)(?:'s airspace)?\b|\b(?:in|over) the airspace (?:around|over|of|above) (?:the (?:city|capital)\b|(?-i:[A-Z]))|\b(?:authorities|officials?|governor|mayor|police|administration)\b[^.;]{0,40}\bin the (?:city|region|town|village)\b|\b(?:missiles|drones|uavs|shaheds) (?:targeting|heading for|headed for|flying towards?) (?-i:[A-Z])[^.;]{0,30}\b(?:were|was) (?:shot down|destroyed|intercepted|downed)\b";
// Counts (counts.rs).
/// "all of them were shot down", "all of which were allegedly shot down", "managed to shoot down
/// all of them", "all of them were hit by air defense systems", "two drones, both were shot down",
/// "all of which Russian forces allegedly shot down", "all of which the Ukrainian Air Force said it
/// intercepted" (active, its subject the defence):
/// every weapon of the count before ("all enemy air targets were destroyed").
pub(crate) const ALL_OF_THEM: &str = r"(?i)\b(?:all|both) (?:of )?(?:the )?(?:(?:air|enemy|aerial|hostile) ){0,2}(?:targets|projectiles)\b[^.;]{0,30}?\b(?:(?:were|was|had been|have been)\s+)?(?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)|\ball (?:of )?(?:them|which|these|those)\b(?:[^.;]{0,30}?\b|,[^.;\d,]{1,50},\s*)(?:were|was|had been|have been)\s+(?:[a-z]+ly\s+)?(?:shot down|destroyed|intercepted|downed|neutrali[sz]ed|hit by (?:the )?air[- ]defen[cs]e)|\b(?:all|both)[\x22“”]? (?:were|had been|have been) (?:\w+ )?(?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)|\b(?:shot down|destroyed|intercepted|downed|neutrali[sz]ed) (?:them|these|those) all\b|\b(?:shot|shoot|shooting) (?:them|these|those) all down\b|\b(?:which|that|they) (?:were|had been|have been) all (?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)|\b(?:shot down|shoot down|destroyed|destroy|intercepted|intercept|downed|neutrali[sz]ed|neutrali[sz]e) all (?:of )?(?:them|these|those|(?:the )?(?:(?:air|enemy|aerial|hostile) ){0,2}targets)\b|\ball of which (?:the )?(?:russian|ukrainian|russia['’]s|ukraine['’]s|its|their)?\s*(?:forces|air defen[cs]es?|air force|military|army)\s+(?:(?:said|says|claimed|reported) (?:it|they) )?(?:\w+ly\s+)?(?:(?:have|had)\s+)?(?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)\b";
/// "Four drones tried to attack the Bryansk region. They were shot down over the region": a
/// sentence that opens on the pronoun says it of the launch count right before, all of it ("They
/// were all shot down" is `ALL_OF_THEM`'s).
/// "which said it had intercepted 475 and 39 of those respectively": one number for each launch
/// count before it, in order.
pub(crate) const RESPECTIVELY_DOWNED: &str = r"(?i)\b(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed)\s+(\d[\d,]*)\s+and\s+(\d[\d,]*)(?:\s+of (?:those|them|these|the total))?,?\s+respectively\b";
/// "Russia had launched 88 missiles and 63 Shahed drones. Of them, 37 and 55 respectively were
/// shot down": the same pairing, the numbers before a passive verb.
/// ("..., of which 43 and 13 were shot down respectively": the word after the verb.)
pub(crate) const RESPECTIVELY_DOWNED_PASSIVE: &str = r"(?i)\b(\d[\d,]*)\s+and\s+(\d[\d,]*)(?:,?\s+respectively,?\s+(?:were|had been|have been)\s+(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed)\b|\s+(?:were|had been|have been)\s+(?:intercepted|shot down|downed|destroyed|neutrali[sz]ed),?\s+respectively\b)";
pub(crate) const THEY_WERE_DOWNED: &str = r"(?i)^(?:they|these|those) (?:were|had been|have been) (?:[a-z]+ly )?(?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)\b";
/// "\"six Kalibr missiles were launched from the Black Sea towards Odessa,\" noting that they were
/// intercepted by air defenses": later in the launch count's sentence, a clause of its own that
/// says "they" were downed.
pub(crate) const THEY_IN_CLAUSE: &str = r"(?i)^[^.;]*?\b(?:noting|adding|saying|stating) (?:that )?they (?:were|had been|have been) (?:all )?(?:shot down|intercepted|destroyed|downed)\b";
/// "A missile was launched towards Lviv region. However, air defence shot it down over
/// Zolochiv" (glossed "збили її"), "it was intercepted": the one weapon launched in the sentence
/// before, pointed back at by a pronoun.
pub(crate) const IT_WAS_DOWNED: &str = r"(?i)\b(?:it (?:was|had been|has been) (?:[a-z]+ly )?(?:shot down|intercepted|downed)|(?:shot|brought|took) it down|(?:shot down|intercepted|downed) it)\b";
/// "downed 18 of the drones and all of the missiles", "intercepting 284 drones and all missiles":
/// all of the weapon counted before.
/// A relative clause after a list of counts: "eight Shahed drones and three cruise missiles which
/// were shot down", "45 Shahed drones that his forces shot down" (every count of the list before
/// it).
pub(crate) const WHICH_WERE_DOWNED: &str = r"(?i)^,?\s*(?:which|that) (?:(?:were|had been|have been)|(?:its|his|their|the|air|ukraine's|ukrainian|russian) (?:\w+ ){0,2}?(?:forces|defen[cs]es?|systems|military|army))\s+(?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)\b";
pub(crate) const ALL_OF_THE: &str = r"(?i)\b(?:shot down|shoot down|shooting down|downed|downing|destroyed|destroy|destroying|intercepted|intercept|intercepting|neutrali[sz]ed|neutrali[sz]e|neutrali[sz]ing)\b[^.;]{0,60}?\ball (?:(?:of )?the (?:[^\W\d]+ ){0,2}?)?(?P<w>missiles|drones|uavs|shaheds)\b|\ball (?:of )?(?:the )?(?:[^\W\d]+ ){0,2}?(?P<w2>missiles|drones|uavs|shaheds) (?:\w+ )?(?:were|had been|have been) (?:\w+ )?(?:(?:detected|spotted|tracked) and )?(?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)\b|\bthe (?:[^\W\d]+ ){0,2}?(?P<w3>missiles|drones|uavs|shaheds) (?:were|had been|have been) all (?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)\b|\ball (?:of )?the (?P<w4>missiles|drones|uavs|shaheds) and (?:\d+|[a-z]+) (?:[^\W\d]+ ){0,2}?(?:missiles|drones|uavs|shaheds) (?:were|had been|have been) (?:\w+ )?(?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)\b";
// Casualties (casualties.rs).
/// A first report corrected later in its sentence: "Initially, he reported one person injured,
/// but later clarified that no casualties were recorded", "Initially, reports indicated one
/// casualty ..., but later authorities refuted this information".
/// A sentence that gives its figures as an update of what was reported before (updates.rs):
/// "According to updated information, one person has died", "По уточнённой информации мэра ...
/// погибли два человека" (after "СМИ сообщали о троих погибших"), "Later Razvozhayev clarified:
/// ...".
pub(crate) const UPDATED_INFO: &str = r"(?i)^\W*(?:according to (?:the )?(?:updated|clarified|revised|refined|corrected) (?:information|data|figures)|(?:later|subsequently),? [^.;:]{0,40}?\b(?:clarified|corrected|revised)\b)";
/// A first report that a later figure of the article replaces: "They had initially said 17 had
/// been killed", "Initially, there was information about 17 dead", "The death toll was originally
/// reported as 17", "Officials had previously said more than 120 missiles were fired".
pub(crate) const FIRST_REPORT: &str = r"(?i)\b(?:initially|originally|at first)\b[^.;]{0,30}?\b(?:said|reported|stated|claimed|announced|put|gave|estimated|there was information|were reports)\b|\b(?:said|reported|stated|was information|were reports) (?:initially|originally|at first)\b|\bhad (?:previously|initially|originally) (?:said|reported|stated|claimed)\b|\b(?:said|reported|stated) earlier that\b[^.;]*\b(?:though|but) later\b";
pub(crate) const CORRECTED_LATER: &str = r"(?i)^\W*(?:[\w'’-]+\s+){0,4}?(?:initially|at first|originally)\b[^.;]*?\bbut (?:later|then|subsequently)\b[^.;]{0,40}?\b(?:clarified|corrected|refuted|revised|denied|updated|retracted)\b";
/// A day's toll put down to "Russian aggression" ("Due to Russian aggression, 1 person was killed
/// and 4 others were injured," Prokudin wrote): the regional summary of shelling and air attacks
/// together, not the air attack's, unless the sentence names an air weapon. So is the toll of a
/// round-up of settlements attacked ("Russian troops attacked 16 settlements yesterday, killing 1
/// person and wounding 10").
pub(crate) const AGGRESSION_TOLL: &str = r"(?i)\b(?:(?:as a result of|due to|because of|from) (?:the )?(?:russian|enemy|russia's) aggression|(?:attacked|struck|hit|targeted) \d+ (?:settlements|localities|towns and villages|communities))\b";
/// The lead of a day's round-up of every region's tolls ("At least seven civilians were killed
/// and 23 were injured in Russian strikes across Ukraine over the past 24 hours, regional
/// authorities reported", "Russian attacks against Ukraine killed ...", "in Ukraine"; not "in
/// Ukraine's Kharkiv region"): the regions' tolls after it that name no air weapon are its parts,
/// shelling and air attacks together.
pub(crate) const ROUND_UP_LEAD: &str = r"(?i)\b(?:killed|injured|wounded)\b[^.;]*\b(?:across|against|in) (?:ukraine|the country)(?:[^'’\w.;]|$)[^.;]*\b(?:over|in) the (?:past|last|previous) (?:day|24 hours)\b|\b(?:across|against|in) (?:ukraine|the country)(?:[^'’\w.;]|$)[^.;]*\b(?:killed|injured|wounded)\b[^.;]*\b(?:over|in) the (?:past|last|previous) (?:day|24 hours)\b|\b(?:over|in) the (?:past|last|previous) (?:day|24 hours)\b[^.;]*\b(?:across|against|in) (?:ukraine|the country)(?:[^'’\w.;]|$)[^.;]*\b(?:killed|injured|wounded)\b";
/// The same lead with the regions' officials for its window ("Russian attacks across Ukraine
/// killed at least eight people and injured at least 26, including a child, regional authorities
/// reported on Jan. 30"), when it names no air weapon and no night (structure.rs checks that):
/// "Russian attacks on Ukraine overnight ... injured at least five people across the country,
/// local authorities said" is the night's air attack.
pub(crate) const ROUND_UP_REPORTED: &str = r"(?i)\b(?:attacks|strikes|shelling)\s+(?:across|against|in)\s+(?:ukraine|the country)(?:[^'’\w.;]|$)[^.;]*\b(?:killed|injured|wounded)\b[^.;]*\b(?:according to |reported by )?(?:regional|local) (?:authorities|officials|administrations|governors|military administrations)\b";
/// What makes casualties of shelling and air attacks together a summary total.
pub(crate) const MIXED_TOTAL: &str = r"(?i)\b(?:in total|overall|altogether|(?:over|in|during) the (?:past|last) (?:day|24 hours)|throughout the day|a day earlier|over the day)\b";
// Zero statements (zeros.rs). ("there were no hits, damage, or casualties": the Air Force's
// "hits" among the nouns of a zero.)
pub(crate) const ZERO_BOTH: &str = r"(?i)\b(?:no (?:civilian )?(?:casualties|causalities)|neither (?:casualties|victims|deaths) nor|neither (?:damage|destruction) nor (?:casualties|victims)\b|(?:civilian |human )?casualties (?:have been|had been|were|was) avoided|(?:the )?absence of (?:any )?(?:casualties|victims)|without (?:causing |any )*(?:(?:damage|destruction|fires?) (?:or|and) )?casualties|no (?:infrastructure |material |structural |critical |preliminary )?(?:damages?|destructions?|fires?|hits?)(?: to(?: [\w-]+){1,3}?)? (?:or|and) (?:casualties|victims)|no reports? (?:of|about) (?:any )?(?:(?:damage|destruction) (?:or|and) )?casualties|no reports? (?:of|about) (?:any )?(?:injuries|deaths|fatalities) (?:or|and) (?:injuries|deaths|fatalities)|no reported casualties|no (?:deaths|fatalities), (?:injuries|casualties)\b|(?:no one|nobody)(?:\s+(?:on|in|at|inside|aboard)\s+(?:the\s+)?[\w-]+)? was (?:reported )?(?:killed or (?:injured|wounded|hurt)|(?:injured|wounded|hurt) or killed|harmed)|no victims|no (?:fires?|damages?|destructions?|hits?), (?:fires?|damages?|destructions?|hits?),? (?:or|and) (?:casualties|victims)|there (?:are|were|was|is|have been|has been) not any (?:casualties|victims)|no (?:known |immediately known |preliminary )?casualties|neither\b[^.;]{0,40}?\b(?:has|have|had) reported any (?:casualties|victims)|no (?:injuries|injured|wounded|deaths|dead|fatalities) (?:or|and) (?:injuries|injured|wounded|deaths|dead|fatalities|victims|casualties)|prevent(?:ed)? any casualties|avoid(?:ed|ing)? any casualties|did(?: not|n't) report any (?:casualties|victims|injuries or deaths|deaths or injuries)|(?:did(?: not|n't) (?:cause|result in|lead to|inflict)|(?:had|has|have)(?: not|n't) (?:caused|resulted in|led to|inflicted)) (?:any )?(?:(?:damage|destruction) (?:or|and) )?(?:casualties|victims|(?:deaths|fatalities) or injuries|injuries or (?:deaths|fatalities)))\b";
pub(crate) const ZERO_INJURED: &str = r"(?i)\b(?:no (?:one|body)(?:\s+(?:on|in|at|inside|aboard)\s+(?:the\s+)?[\w-]+)? (?:was|were) (?:hurt|injured|wounded)|not a single (?:person|one|civilian|resident|ukrainian|russian) (?:was|were) (?:hurt|injured|wounded)|(?:civilians|residents|people|personnel|passengers|crew|staff|workers|everyone) (?:remained|were|was) unharmed|(?:no (?:one|body|people|civilians?|residents)|nobody) (?:has|had|have) been (?:hurt|injured|wounded|harmed)|there (?:are|were|was|is) no (?:injured|wounded)\b|none (?:of the (?:residents|people|civilians|locals|passengers|workers|staff|employees|crew) )?(?:was|were) (?:hurt|injured|wounded)|no (?:one|people|civilians) (?:is|are|was|were) (?:said|reported|thought|believed) to have been (?:hurt|injured|wounded)|(?:no (?:one|body|people|civilians?|residents)|nobody)(?: or (?:military )?(?:personnel|servicemen|soldiers))? (?:was|were) reported (?:hurt|injured|wounded)|did(?: not|n't) (?:hurt|injure) anyone|nobody (?:was |were )?(?:hurt|injured|wounded)|no (?:reported |known |preliminary )?injuries|no (?:damage|destruction|fires?|hits?)(?: to(?: [\w-]+){1,3}?)? (?:or|and) injur(?:y|ies)\b|without (?:causing |any )*injur(?:y|ies)\b|no one (?:was )?injured|(?:people|civilians|residents|no one) (?:were|was) not (?:injured|hurt|wounded)|no (?:people|civilians|residents|locals) (?:were )?(?:injured|hurt|wounded)|(?:injuries|injured)\s*:\s*(?:none|0)\b|no reports? (?:of|about) (?:anybody|anyone|any people|people|civilians) (?:being |having been )?(?:hurt|injured|wounded)|(?:did(?: not|n't) (?:report|cause|result in)|(?:had|has|have)(?: not|n't) (?:caused|resulted in)) any injur(?:y|ies)\b|no reports? (?:of|about) (?:any )?(?:(?:damage|destruction) (?:or|and) )?injur(?:y|ies)\b|(?:no one|nobody) (?:has |had |have )?(?:sought|requested|applied for|asked for) medical (?:assistance|help|attention|care)\b)";
pub(crate) const ZERO_KILLED: &str = r"(?i)\b(?:no (?:one|body)(?:\s+(?:on|in|at|inside|aboard)\s+(?:the\s+)?[\w-]+)? (?:was|were) killed|not a single (?:person|one|civilian|resident|ukrainian|russian) (?:died|was killed)|none (?:was|were) killed|nobody (?:was |were )?killed|no deaths|no fatalities|no one died|(?:no (?:one|body|people|civilians?|residents)|nobody) (?:was|were) reported (?:killed|dead)|(?:not|without) claiming (?:any )?(?:human )?lives|did(?: not|n't) claim (?:any )?(?:human )?lives|(?:without|no) (?:any )?loss of (?:human )?(?:life|lives)|no (?:civilian |human )?lives were lost|there (?:are|were|was|is) no dead\b|(?:fatalities|deaths|killed)\s*:\s*(?:none|0)\b|(?:everyone|everybody|all of them|all (?:the )?(?:residents|people)) (?:is|are|was|were|remained|stayed) alive\b|(?:everyone|everybody|all of them|all (?:the )?(?:residents|people)) survived\b)";
/// Not yet known, not a zero: "no immediate reports of casualties", "no information on casualties",
/// "no fatalities were reported in the immediate aftermath", "There were initially no reports of
/// damage or casualties".
/// After "no casualties" in its sentence: injured people being helped ("Preliminarily, there
/// were no casualties, the injured are being given assistance", glossed "Попередньо, без жертв,
/// ... постраждалим надається допомога"): no deaths, but injured.
pub(crate) const INJURED_HELPED: &str = r"(?i)\b(?:the )?(?:injured|wounded) (?:are|is|were|was) (?:being )?(?:given|provided with|treated|helped|assisted|receiving)\b|\b(?:assistance|help|aid|care) (?:is|was|are|were) (?:being )?(?:given|provided|rendered) to (?:the )?(?:injured|wounded|victims)\b";
/// A sentence right after a zero of both that opens with a contrast and speaks of injured people
/// ("Внаслідок удару жертв немає. Однак на місці є постраждалі", glossed "there were no
/// casualties. However ... є injured"; "No one was killed. But several people were hurt"): the
/// zero is of the dead only.
pub(crate) const INJURED_NEXT: &str =
    r"(?i)^\W*(?:however|but|yet|still|though)\b[^.;]*\b(?:injured|wounded|hurt|injuries)\b";
/// A zero not yet known: "no immediate reports", "no casualties so far", "at this stage", "as of
/// now" anywhere in the sentence, "as of 6:18 a.m., there were no casualties" (a clock time: the
/// report's moment), "no reported casualties at that time".
pub(crate) const NOT_YET: &str = r"(?i)\bno immediate (?:reports?|information)\b|\b(?:initially|immediately) no (?:reports?|information)\b|\bin the immediate aftermath\b|\bno (?:information|details|word) (?:yet )?(?:of|on|about)\b|\breports? of (?:casualties|injuries|victims|deaths) at (?:this|that|the) (?:stage|time|moment|point)\b|\b(?:casualties|injuries|victims|deaths) (?:were|have been) reported at (?:this|that|the) (?:stage|time|moment|point)\b|\b(?:reported|known|confirmed) (?:as of yet|as yet|so far as of now)\b|\b(?:reported|recorded|registered|known|confirmed|casualties|injuries|victims|deaths|fatalities|injured|killed|hurt|dead)\s+(?:so far|thus far|as of now|as of yet|as yet|for now|at (?:this|the) moment|at this time)\b|^\W*(?:so far|thus far|as of now|as of yet|as yet|for now|at (?:this|the) moment|at this time)\b|\b(?:so far|thus far|as of now|as of yet|as yet|for now|at (?:this|the) moment|at this time),?\s+(?:there (?:have|has) been |there (?:were|are|is|was) )?no\b|\b(?:have|has|had) yet (?:been )?(?:reported|confirmed)\b|\b(?:reported|confirmed|known|reports?|casualties|injuries|victims|deaths|fatalities) yet\b|\bas of (?:now|yet)\b|\bas of \d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?|hours\b|h\b)|\bas of \d{1,2}[:.]\d{2}\b|\breported (?:casualties|injuries|victims|deaths|fatalities) at (?:this|that|the) (?:stage|time|moment|point)\b";
/// "unable to intercept any of the ballistic missiles", "could not intercept either of them",
/// "no missiles were shot down": 0 intercepted; `w` names the weapon, absent for "them".
pub(crate) const ZERO_INTERCEPT: &str = r"(?i)\b(?:unable to|failed to|could not|couldn't|did not|didn't|were not able to|was not able to|wasn't able to|weren't able to)\s+(?:intercept|shoot down|down|destroy)\s+(?:(?:either|any|one) of them\b|(?:any(?:\s+of)?(?:\s+the)?|the)(?:\s+[\w-]+){0,3}?\s+(?P<w>missiles?|drones?|uavs?|shaheds?)\b)|\bno (?P<w2>missiles?|drones?)\s+(?:were|was|could be)\s+(?:intercepted|shot down|downed|destroyed)|^(?:it|they|none) (?:was|were) (?:not|never) (?:intercepted|shot down|downed|destroyed)\b";
// Dates of figures (dating.rs).
pub(crate) const TOLL_UPDATE: &str = r"(?i)\b(?:toll|rose to|risen to|climbed to|increased to|revised (?:the (?:number|toll|figure|count) )?(?:up(?:ward)? )?to|up from|died in hospital|later died|bod(?:y|ies) of|died of (?:their|his|her) (?:wounds|injuries)|(?:have|has) now been|(?:there (?:are|were)|(?:has|have|had)) already|are now known|now stands|number of (?:injured|wounded|dead|victims)\b[^.;]{0,40}\b(?:reached|risen|increased|rose))\b";
// Reporters (reporters.rs).
pub(crate) const REPORTER_AFTER: &str = r"(?i)(?:^|[,;:]\s*|\bthat\s+)((?:the\s+|its\s+)?[A-Z][\w'.-]*(?:\s+[\w'.-]+){0,6}?)\s+(?:said|says|reported|reports|claimed|claims|stated|announced|confirmed|indicated|wrote|added|told)\b";
/// "according to Mr. Klitschko": a title's stop is part of the name.
pub(crate) const REPORTER_ACCORDING: &str = r"(?i)\baccording to (?:the\s+)?((?:(?:mr|mrs|ms|dr|gov|gen|lt|col|sgt)\.\s+)?[^,.;]+?)(?:,|\.|;| that | on | in |$)";
pub(crate) const REPORTER_TRAILING: &str = r"(?i),\s+((?:the\s+)?[\w'.-]+(?:\s+[\w'.-]+){0,6}?)\s+(?:said|reported|claimed|stated|announced|wrote)\s*(?:[,.]|$|on\b|in\b)";
/// "Ukraine's military reported Tuesday": the day is not part of the reporter.
pub(crate) const TRAILING_DAY: &str = r"(?i)\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)$";
// Scope (scope.rs).
/// A part of the count of the sentence before: "The defense forces shot down 176 of them".
pub(crate) const PART_OF_BEFORE: &str = r"(?i)\b(?:\d[\d,]*|all|most) of (?:them|these|those)\b";
/// The attack of the sentence before, referred to: "Ukrainian forces attacked the Feodosia port.
/// ¶ 1 person died and 2 people were injured in the attack."
/// ("Russian forces launched a series of strikes on Wednesday. ¶ The strikes, involving over 70
/// missiles and 100 kamikaze drones, ...": a sentence that opens with the attack named before.)
pub(crate) const THE_ATTACK_BEFORE: &str = r#"(?i)\b(?:in|during|by|after|following|as a result of) the (?:attack|strike|raid|assault)\b|^\W*the (?:attacks?|strikes?|raids?|assault|barrage|bombardment)\b"#;
/// More of what the sentence before counted: "Meanwhile, in Kyiv, at least six people were killed
/// in Russian attacks. ¶ Another 14 people, including a child, were injured." (its attack, its
/// side).
pub(crate) const MORE_OF_BEFORE: &str = r"(?i)^\W*(?:at least |nearly |almost |about |over |more than )?(?:another|a further|an additional) (?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|several|dozens)\b|^\W*(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|several) (?:more|other) (?:people|persons?|civilians?|residents?|men|women|children|man|woman|child)\b";
pub(crate) const SAME_SPEAKER: &str = r"(?i)\b(?:he|she|it|they) (?:said|says|added|adds|wrote|writes|reported|reports|told)\b|\baccording to (?:him|her|them)\b";
/// A region referred to, not named: "В небе над областью ПВО сбила один беспилотник" (glossed
/// "Over region air defence shot down one drone"), "over the region", "in the oblast" — the
/// region the sentence before named.
/// (A match that ends in "of" names the region after it: "over the region of Kursk".)
pub(crate) const REGION_REFERENCE: &str =
    r"(?i)\b(?:over|above|in|across) (?:the )?(?:region|oblast)\b(?:\s+of\b)?";
/// A city's or a region's official named without the place (its sentence names none): "Mayor
/// Vitali Klitschko had earlier spoken of nine injured", "the city's mayor said".
pub(crate) const UNPLACED_OFFICIAL: &str = r"(?i)\b(?:mayor|city military administration|city administration|regional governor|region's governor|regional (?:military )?administration)\b";
pub(crate) const ZERO_IN_CAPITAL: &str =
    r"(?i)\bin the capital\b|\bthe capital's\b|\bcapital's (?:mayor|authorities)\b";
/// A regional official's report: a zero right after it, naming no place, is for that region.
pub(crate) const REGIONAL_OFFICIAL: &str = r"(?i)\b(?:governor|mayor|regional (?:military )?administration|city (?:military )?administration|head of the [\w' -]{0,40}administration|head of the (?:region|oblast|city)|(?:region|regional|city|oblast)(?:'s)? head|(?:southern|northern|eastern|western) (?:military |operational |defen[cs]e )?(?:command|forces)|operational command (?:south|north|east|west))\b";
/// A zero said of every place the article named: "No injuries were reported in either region",
/// "in both cities", "in any of the regions".
pub(crate) const ZERO_EVERYWHERE: &str = r"(?i)\bin (?:either|both|all|any|each) (?:of )?(?:the |these |those )?(?:two |three )?(?:regions?|cities|city|oblasts?|areas?|places|districts?|communities)\b";
/// A zero said of every region named before, whatever else the sentence names: "Local
/// authorities in the aforementioned regions, including the capital Kyiv, did not report any
/// casualties in their respective areas".
pub(crate) const ZERO_ALL_NAMED: &str = r"(?i)\bin (?:the |these |those )?(?:aforementioned|above-mentioned|abovementioned|listed) (?:regions|oblasts|areas|provinces)\b|\bin their respective (?:regions|areas|oblasts|provinces)\b";
pub(crate) const ZERO_LOCAL: &str =
    r"(?i)\bin the (?:city|town|village|villages|district|region|area|community)\b";
/// A zero's local area that is a whole city or region ("no casualties in the city"): the one
/// the sentences before named.
/// (Ending its clause: not "in the city's south".)
pub(crate) const ZERO_WHOLE_PLACE: &str = r"(?i)\bin the (?:city|town|region)\s*(?:[.,;:!]|$)";
// Sides (sides.rs).
/// "..., Russia", "in Russia" (not "in Russian-occupied", not "in Russia's night air raid on
/// Kyiv"), "over its territory".
pub(crate) const IN_RUSSIA: &str = r"(?:, |\bin |\bover )russia(?:[^'\w]|$)|\bover its territory\b|\brussian territory\b|\b(?:attacks?|strikes?|barrages?|raids?|assaults?) (?:on|against) russia(?:[^'\w]|$)";
/// Cues to the attacker of a sentence: (pattern, the side it points to, its weight).
pub(crate) const SIDE_CUES: &[(&str, Side, i32)] = &[
    (
        // A Russian regional official who reports the attack ("Two people were injured,"
        // Gladkov said): the region is his, the attacker Ukraine. (A weak cue: a place wins.)
        r"(?i)\b(?:gladkov|bogomaz|khinshtein|starovoit|sobyanin|vorobyov|aksyonov|aksenov|razvozhayev|razvozhaev|klychkov|artamonov|bocharov|slyusar|golubev|kondratyev|kondratiev|saldo|balitsky|pushilin|pasechnik|khabirov|busargin|gusev|malkov|rudenya|rudeni|anokhin|drozdenko|shapsha|minnikhanov|fedorishchev|evraev|yevraev|brechalov)\b|(?:^|[^\p{L}])(?:гусев\p{L}*|малков\p{L}*|руденя|рудени|анохин\p{L}*|дрозденко|шапша|шапши|минниханов\p{L}*|федорищев\p{L}*|евраев\p{L}*|бречалов\p{L}*|гладков\p{L}*|богомаз\p{L}*|хинштейн\p{L}*|старовойт\p{L}*|собянин\p{L}*|воробьев\p{L}*|воробьёв\p{L}*|аксенов\p{L}*|аксёнов\p{L}*|аксьонов\p{L}*|развожаев\p{L}*|развожаєв\p{L}*|клычков\p{L}*|артамонов\p{L}*|бочаров\p{L}*|слюсар\p{L}*|голубев\p{L}*|кондратьев\p{L}*|сальдо|балицк\p{L}*|балицьк\p{L}*|пушилин\p{L}*|пасечник\p{L}*)(?:[^\p{L}]|$)",
        Side::Ukraine,
        1,
    ),
    (
        // A Ukrainian regional official who reports the attack: the attacker Russia.
        r"(?i)\b(?:klitschko|syniehubov|synehubov|terekhov|lysak|vilkul|kiper|prokudin|kozytskyi|sadovyi|chaus|hryhorov|taburets|kalashnyk|filashkin|borzov|raikovych|pohuliaiko|bunechko)\b|(?:^|[^\p{L}])(?:борзов\p{L}*|райкович\p{L}*|погуляйко|бунечко|кличко|синєгубов\p{L}*|синегубов\p{L}*|терехов\p{L}*|лисак\p{L}*|лысак\p{L}*|вілкул\p{L}*|вилкул\p{L}*|кіпер\p{L}*|кипер\p{L}*|прокудін\p{L}*|прокудин\p{L}*|козицьк\p{L}*|козицк\p{L}*|садов\p{L}*|чаус\p{L}*|григоров\p{L}*|табурц\p{L}*|табурец\p{L}*|калашник\p{L}*|філашкін\p{L}*|филашкин\p{L}*)(?:[^\p{L}]|$)",
        Side::Russia,
        1,
    ),
    (
        // Weapons only one side fires: "Moscow claims Kalibr missiles hit ...", "ATACMS".
        r"(?i)\b(?:kalibrs?|kinzhals?|iskanders?(?:-[mk])?|kh-(?:101|555|55|22|59|69|31|32)|shaheds?|gerans?|zircons?|onyx)\b",
        Side::Russia,
        2,
    ),
    (
        r"(?i)\b(?:atacms|storm shadows?|scalp|neptunes?|himars|lyutyi|liutyi)\b",
        Side::Ukraine,
        2,
    ),
    (
        // ("A Ukrainian Armed Forces drone flew into the cooling tower", "Ukrainian combat drones
        // attacked two airfields".)
        r"(?i)\bukrainian (?:(?:armed forces|army|military|navy) )?(?:(?:combat|attack|kamikaze|strike|long-range|fixed[- ]wing|aircraft-type) )?(?:drones?|missiles?|uavs?|unmanned aerial vehicles?|attacks?|strikes?|airstrikes?|air (?:strikes?|attacks?))\b|\bukrainian forces (?:launched|attacked|struck)\b",
        Side::Ukraine,
        4,
    ),
    (
        r"(?i)\brussian (?:drones?|missiles?|uavs?|unmanned aerial vehicles?|attacks?|strikes?|airstrikes?|air (?:strikes?|attacks?)|assault|barrage|bombardment|forces|troops|military|army|terrorists|invaders|occupiers)\b",
        Side::Russia,
        3,
    ),
    (
        // "as Ukraine pursues its counteroffensive against Russian forces", "strikes on Russian
        // troops": Russian forces as the object, no attacker (it cancels the cue above).
        r"(?i)\b(?:against|on|targeting|targeted|struck|hit|attacked) (?:the )?russian (?:forces|troops|military|army|occupiers|invaders)\b",
        Side::Ukraine,
        3,
    ),
    (
        // "..., the Russian military said": a reporter, no attacker (it cancels the cue
        // above; "Russian forces launched ..., the Russian military said" stays Russia's).
        r"(?i)\brussian (?:military|army) (?:(?:has|had) )?(?:said|says|reported|reports|claimed|claims|stated|added|announced|told)\b",
        Side::Ukraine,
        3,
    ),
    (
        // "The Russian military said it had struck Ukrainian energy facilities": its own strike.
        r"(?i)\brussian (?:military|army|defen[cs]e ministry) (?:said|says|claimed|claims|reported|announced) (?:that )?(?:it|its forces) (?:had |has )?(?:struck|hit|launched|attacked|targeted|fired|carried out)\b",
        Side::Russia,
        3,
    ),
    (
        // "a long-range drone struck a Russian military plant", "hit a Russian military
        // airfield": a Russian site as the target outweighs "Russian military" as an attacker.
        r"(?i)\b(?:struck|hit|hitting|striking|attacked|targeted|targeting|on|at) (?:a |an |the )?russian (?:military|defen[cs]e|arms|army|air) (?:plant|factory|facility|base|airfield|air ?base|depot|enterprise|installation|site|target)s?\b",
        Side::Ukraine,
        6,
    ),
    (
        // ("The Armed Forces of Ukraine (AFU) attacked", glossed "Вооруженные силы Украины (ВСУ)
        // атаковали": past the abbreviation in brackets; "Украинские военнослужащие нанесли
        // удары", glossed "Ukrainian servicemen attacked": the words of Russian-installed
        // officials.)
        r"(?i)\b(?:ukraine|kyiv|kiev|ukrainian forces|ukrainian military|the ukrainian armed forces|the armed forces of ukraine|the afu|ukrainian (?:servicemen|soldiers|troops|militants|(?:armed )?formations)) (?:\([^()]{1,40}\) )?(?:(?:said|says|claimed|claims|announced|confirmed) (?:that )?it )?(?:(?:also|then|again|later|reportedly|allegedly|overnight|once again|(?:on|early|late) (?:mon|tues|wednes|thurs|fri|satur|sun)day) )?(?:has |had )?(?:also )?(?:launched|attacked|struck|fired|sent|targeted|hit|carried out|conducted|staged|mounted|deployed (?:about |over |more than |at least |up to |nearly )?\d[\d,]*)\b",
        Side::Ukraine,
        4,
    ),
    (
        // "a Ukrainian-launched missile hit a residential building" (also the gloss of
        // "выпущенная ВСУ ракета").
        r"(?i)\bukrainian-(?:launched|fired|made)\b",
        Side::Ukraine,
        4,
    ),
    (r"(?i)\brussian?-(?:launched|fired|made)\b", Side::Russia, 4),
    (
        // "injured in the missile attack on Lugansk by the Ukrainian Armed Forces": the attack's
        // agent after "by" (a place of one or two words between; no counted repeat, which makes
        // the side set's automaton large and slow).
        r"(?i)\b(?:attacks?|strikes?|shelling|bombardment) (?:on|against) (?:the )?[\w'-]+(?: [\w'-]+)? by (?:the )?(?:ukrainian armed forces|ukrainian forces|ukrainian military|ukrainian army|armed forces of ukraine|afu)\b",
        Side::Ukraine,
        5,
    ),
    (
        r"(?i)\b(?:attacks?|strikes?|shelling|bombardment) (?:on|against) (?:the )?[\w'-]+(?: [\w'-]+)? by (?:the )?(?:russian armed forces|russian forces|russian military|russian army|russian troops)\b",
        Side::Russia,
        5,
    ),
    (
        // "Three Ukrainian civilians and two Russian civilians died during overnight strikes": the
        // victims' nationality names the attacked side.
        r"(?i)\bukrainian (?:civilians|residents|citizens|children|women|men)\b",
        Side::Russia,
        2,
    ),
    (
        r"(?i)\brussian (?:civilians|residents|citizens|children|women|men)\b",
        Side::Ukraine,
        2,
    ),
    (
        // "two individuals were injured in attacks attributed to the Ukrainian Armed Forces".
        r"(?i)\battributed to (?:the )?(?:ukrainian armed forces|ukrainian forces|ukrainian military|ukraine|kyiv|kiev)\b",
        Side::Ukraine,
        4,
    ),
    (
        r"(?i)\battributed to (?:the )?(?:russian armed forces|russian forces|russian military|russia|moscow)\b",
        Side::Russia,
        4,
    ),
    (
        // "Ранее Гладков сообщил, что ВСУ убили мирного жителя" (glossed "the Ukrainian Armed
        // Forces killed a civilian"): the forces as agents of the casualties.
        r"(?i)\b(?:the ukrainian armed forces|ukrainian forces|ukrainian troops|the ukrainian military) (?:have |had )?(?:killed|wounded|injured)\b",
        Side::Ukraine,
        4,
    ),
    (
        // ("The Kremlin had fired almost 70 cruise missiles": the Kremlin as the attacker; "Moscow
        // said it fired an Oreshnik".)
        r"(?i)\b(?:russia|moscow|russians|the kremlin|the russian army|the russian military|the russian federation|russian federation) (?:(?:said|says|claimed|claims|announced|confirmed) (?:that )?it )?(?:(?:also|then|again|later|reportedly|allegedly|overnight|once again|(?:on|early|late) (?:mon|tues|wednes|thurs|fri|satur|sun)day) )?(?:has |had )?(?:also )?(?:launched|attacked|struck|fired|sent|targeted|hit|used|unleashed|carried out|conducted|staged|mounted|deployed|employed|hurled|battered|pounded|pummelled|pummeled|bombarded|pelted|rained)\b",
        Side::Russia,
        4,
    ),
    (
        // "A Kremlin missile struck a building in Kryvyi Rih": the Kremlin's weapons and forces
        // (not the Kremlin as a place struck).
        r"(?i)\bkremlin(?:'s|’s)? (?:missiles?|drones?|forces|troops|army|military|strikes?|attacks?|barrage)\b",
        Side::Russia,
        4,
    ),
    (
        // "Moscow forces have targeted", "deployed by Moscow's forces": the capital's forces.
        r"(?i)\bmoscow(?:'s)? (?:forces|troops|military|army)\b",
        Side::Russia,
        3,
    ),
    (
        // "Russian forces shot down eight Storm Shadow missiles", "Russian air defences
        // destroyed": the side that intercepts defends ("Russian military and security forces
        // disabled the drones", "the Russian military and intelligence services disabled both
        // drones", "Russian troops repelled").
        // (Not "Russian forces disabled a thermal power plant": a weapon after the new verbs.)
        r"(?i)\b(?:russian|russia's) (?:armed forces|forces|troops|military|army)(?: and (?:security|special|intelligence) (?:forces|services|agencies))? (?:(?:also|reportedly) )?(?:have |had )?(?:shot down|downed|intercepted|destroyed|(?:disabled|neutrali[sz]ed|repelled|repulsed) (?:the |an? |all |both )?(?:[\w-]+ ){0,2}(?:drones?|uavs?|missiles?|unmanned))\b",
        Side::Ukraine,
        5,
    ),
    (
        // "Ukrainian forces managed to intercept approximately 130 drones", "Ukrainian air
        // defences shot down", "the Ukrainian Armed Forces had destroyed 13 attack UAVs": the
        // side that intercepts defends, as for Russia's above.
        r"(?i)\b(?:ukrainian|ukraine's) (?:armed forces|forces|troops|military|army|air defen[cs]es?|air force)(?: units)? (?:(?:also|reportedly) )?(?:have |had )?(?:(?:managed|were able) to )?(?:shot down|shoot down|downed|intercepted|intercept|(?:destroyed|destroy) (?:the |an? |all |both |about |approximately |around |over |more than |nearly |at least )?(?:[\w,-]+ ){0,2}(?:drones?|uavs?|missiles?|shaheds?|unmanned|air targets))\b",
        Side::Russia,
        5,
    ),
    (
        // "one drone returned to the Russian territory", "went back to Belarus": launched from
        // there.
        r"(?i)\b(?:returned|flew back|went back|headed back|turned back) (?:to|towards?|into) (?:the )?(?:russian territory|russia|belarus|belarusian territory)\b",
        Side::Russia,
        4,
    ),
    (
        // "Russian invaders launched", whatever the noun (or its misspelling: "Russian ivaders").
        r"(?i)\brussian [a-z]+ (?:launched|fired|attacked|struck)\b",
        Side::Russia,
        3,
    ),
    (
        // "Russia's Nov. 25 attack on Ukraine", "Russia's overnight missile strikes", "the human
        // toll of Moscow's intensifying maritime campaign".
        r"(?i)\b(?:russia's|moscow's|russia’s|moscow’s) (?:[a-z0-9.-]+ ){0,3}(?:attacks?|strikes?|assault|barrage|bombardment|raids?|campaign)\b",
        Side::Russia,
        3,
    ),
    (
        // "The death toll from Ukraine's missile attack on a civilian crossing", "Kyiv's drone
        // strikes on refineries" (not "attacks on Ukraine's energy", "one of Ukraine's deadliest attacks":
        // a place's attack words, a victim's superlative).
        r"(?i)(?:^|[^\w\s]\s*|\b(?:from|in|by|after|of|during|amid|despite|with) )(?:ukraine's|kyiv's|kiev's|ukraine’s|kyiv’s|kiev’s) (?:(?:missile|drone|rocket|overnight|latest|new|massive|cross-border|air|aerial|long-range|naval|sea|artillery|atacms|himars|storm shadow|neptune|combined|retaliatory) ){0,2}(?:attacks?|strikes?|assault|barrage|bombardment|raids?)\b",
        Side::Ukraine,
        3,
    ),
    (
        // The Russian defence ministry's name for Ukraine's government: "an attempt by the Kiev
        // regime to carry out a terrorist attack using 33 aircraft-type unmanned aerial vehicles".
        r"(?i)\b(?:kiev|kyiv) regime\b",
        Side::Ukraine,
        4,
    ),
    (
        // ("the blaze resulted in no casualties, Russia's Emergencies Ministry reported".)
        r"(?i)\b(?:russia's|russian) (?:defen[cs]e ministry|ministry of defen[cs]e|air defen[cs]es?|mod|emergenc(?:y|ies) ministry|ministry (?:of|for) emergenc(?:y|ies))\b",
        Side::Ukraine,
        3,
    ),
    (
        // "The Russian military said it shot down two drones": the military that intercepts
        // defends (outweighs "Russian military" as an attacker).
        r"(?i)\b(?:the )?(?:russian|russia's) (?:military|army|(?:armed )?forces|troops) (?:(?:also|meanwhile|later|separately) )?(?:has |have )?(?:said|says|reported|claimed|claims) (?:that )?(?:it|they) (?:had |has |have )?(?:shot down|downed|destroyed|intercepted)\b",
        Side::Ukraine,
        7,
    ),
    (
        // "five others were shot down, according to the Russian military", "... were destroyed,
        // the Russian army said": the military credited with the downing defends.
        r"(?i)\b(?:shot down|downed|destroyed|intercepted|suppressed|neutrali[sz]ed)\b[^.;]*?, (?:according to (?:the )?(?:russian|russia's) (?:military|army|(?:armed )?forces|troops)\b|(?:the )?(?:russian|russia's) (?:military|army|(?:armed )?forces|troops) (?:said|says|reported|claimed)\b)",
        Side::Ukraine,
        7,
    ),
    (
        r"(?i)\b(?:shot down|downed|destroyed|intercepted|suppressed|neutrali[sz]ed)\b[^.;]*?, (?:according to (?:the )?(?:ukrainian|ukraine's) (?:military|army|(?:armed )?forces|troops)\b|(?:the )?(?:ukrainian|ukraine's) (?:military|army|(?:armed )?forces|troops) (?:said|says|reported|claimed)\b)",
        Side::Russia,
        7,
    ),
    (
        r"(?i)\b(?:the )?(?:ukrainian|ukraine's) (?:military|army|(?:armed )?forces|troops) (?:(?:also|meanwhile|later|separately) )?(?:has |have )?(?:said|says|reported|claimed|claims) (?:that )?(?:it|they) (?:had |has |have )?(?:shot down|downed|destroyed|intercepted)\b",
        Side::Russia,
        7,
    ),
    (
        // "Ukraine, meanwhile, said its air defence had downed eight out of nine drones": the
        // country that reports downing defends (as for Russia below).
        r"(?i)\b(?:ukraine|kyiv|kiev)(?:,? (?:meanwhile|in turn),?)? (?:(?:also|later|separately|earlier) )?(?:said|says|reported|claimed|claims),? (?:that )?(?:it|its (?:air defen[cs]es?|forces|military|air force|troops)) (?:had |has |have )?(?:shot down|downed|destroyed|intercepted)\b",
        Side::Russia,
        7,
    ),
    (
        // "Russia said it destroyed 10 drones over the port", "The Russians also reported that
        // ... 10 drones were destroyed" (glossed "Росіяни також відзвітували, що ... «знищено
        // 10 БпЛА»"): the country that reports downing defends.
        r"(?i)\b(?:russia|moscow|the russians|russian (?:officials|authorities)) (?:(?:also|later|separately|earlier) )?(?:said|says|reported|claimed|claims),? (?:that )?(?:(?:it|they|its air defen[cs]es?) (?:had |has |have )?(?:shot down|downed|destroyed|intercepted)\b|[^.;]{0,60}\b(?:(?:were|was|had been|have been) )?(?:shot down|downed|destroyed|intercepted) \W?(?:\d|[a-z]+ (?:drones|uavs|missiles))|[^.;]{0,60}\b(?:were|was|had been|have been) (?:shot down|downed|destroyed|intercepted)\b)",
        Side::Ukraine,
        6,
    ),
    (
        // "Russia intercepted 58 drones overnight", "russia claims to have intercepted a total of
        // 58 drones": the country that downs them defends (not "Russia destroyed grain
        // facilities ... with 20 drones").
        r"(?i)\b(?:russia|moscow|the russians) (?:(?:also|later|separately|earlier|reportedly) )?(?:(?:says|said|claims|claimed) to have |has |had )?(?:shot down|downed|destroyed|intercepted)(?:\s+[\w-]+){0,5}?\s+(?:drones?|uavs?|missiles?)\b",
        Side::Ukraine,
        6,
    ),
    (
        r"(?i)\b(?:ukraine|kyiv|kiev) (?:(?:also|later|separately|earlier|reportedly) )?(?:(?:says|said|claims|claimed) to have |has |had )?(?:shot down|downed|destroyed|intercepted)(?:\s+[\w-]+){0,5}?\s+(?:drones?|uavs?|missiles?)\b",
        Side::Russia,
        6,
    ),
    (
        // "says Mikhail Razvozhayev, the Russia-installed governor", "top Russian-appointed
        // Crimean official Sergey Aksyonov": the occupation's officials speak of Ukraine's attacks.
        r"(?i)\b(?:russian?|moscow|kremlin)-(?:installed|appointed|backed) (?:[a-z]+ ){0,2}(?:officials?|governor|head|leader|authorities|administration|mayor)\b",
        Side::Ukraine,
        3,
    ),
    (
        // "killed in a drone attack on an ambulance in the Russian-held part of Ukraine's Kherson
        // region", "in Russian-occupied Nova Kakhovka": a strike where Russia holds the ground is
        // Ukraine's (not "from Russian-occupied Crimea": where weapons are launched).
        r"(?i)\b(?:in|on|at) (?:the )?(?:russian?|moscow)-(?:held|occupied|controlled) (?:part|parts|areas?|territor(?:y|ies)|city|town|village|[a-z]+)\b",
        Side::Ukraine,
        3,
    ),
    (
        // "The so-called \"Head of the Government of Kherson Oblast\"", "the occupying
        // administration", "occupation authorities": officials of the occupied territories
        // speak of Ukraine's attacks.
        r"(?i)\bso-called\W{0,3}(?:[a-z]+ ){0,1}(?:head|governor|mayor|authorities|administration)\b|\b(?:occupying|occupation) (?:administration|authorities|officials?|head|governor)\b",
        Side::Ukraine,
        3,
    ),
    (
        // "Sevastopol Governor Mikhail Razvozhayev", "Губернатор Севастополя" (glossed "Governor
        // Sevastopol"): the occupied city's Russian-appointed governor speaks of Ukraine's
        // attacks (the place alone is no evidence).
        r"(?i)\b(?:governor|head) (?:of )?sevastopol\b|\bsevastopol(?:'s)? governor\b",
        Side::Ukraine,
        3,
    ),
    (
        r"(?i)\b(?:ukraine's|ukraine|ukrainian) (?:air force|air defen[cs]es?|general staff)\b",
        Side::Russia,
        2,
    ),
    (
        // "targeting Ukraine with more than 200 attack drones", "drones launched by Russia",
        // "missiles on the Ukrainian city of Sumy".
        r"(?i)\b(?:russia|the russian federation|moscow) (?:on|against) ukraine\b|\b(?:targeting|attacking|at|against|towards?|into) ukraine\b|\b(?:attacks?|strikes?) (?:[\w-]+ ){0,6}on ukraine's\b|\b(?:attacks?|strikes?|assault|offensive|barrage|campaign) on ukraine\b|\b(?:launched|fired|sent|attacked) (?:on|at) ukraine\b|\b(?:launched|fired|sent) (?:by|from) (?:russia|russian)\b|\b(?:on|at|against|over) the ukrainian (?:city|town|village|capital|port)\b",
        Side::Russia,
        2,
    ),
    (
        // "110 missiles were fired across Ukraine by Moscow": the agent of a passive launch, after
        // its verb and a place (not "fired were shot down by the Ukrainian forces", "a stray
        // fired by Ukraine's air defences").
        r"(?i)\b(?:launched|fired|sent|unleashed)\b(?: (?:overnight|again|also|early|late))?(?: (?:across|at|on|into|against|over|toward|towards|in)(?: [\w-]+){1,3})? by (?:russia|moscow|the kremlin|(?:the )?russian (?:forces|troops|military|army))\b(?:[^’']|$)",
        Side::Russia,
        4,
    ),
    (
        r"(?i)\b(?:launched|fired|sent|unleashed)\b(?: (?:overnight|again|also|early|late))?(?: (?:across|at|on|into|against|over|toward|towards|in)(?: [\w-]+){1,3})? by (?:ukraine|kyiv|kiev|(?:the )?ukrainian (?:forces|troops|military|army))\b(?:[^’']|$)",
        Side::Ukraine,
        4,
    ),
    (
        // "a drone crashed into a residential building in southwestern Russia".
        r"(?i)\b(?:crashed|fell|struck|hit|exploded|landed)\b[^.;]{0,60}\bin (?:(?:south|north)?(?:east|west)ern |southern |northern |central )russia\b",
        Side::Ukraine,
        3,
    ),
    (
        // "drones launched by Ukraine", "attacks against Russia", "on the Russian city of Kursk".
        // "Ukraine kept up its heavy drone assault on Russia".
        r"(?i)\b(?:targeting|attacking|at|against|towards?|into) russia\b|\b(?:attacks?|strikes?|assault|offensive|barrage|campaign) on russia\b|\b(?:launched|fired|sent|attacked) (?:on|at) russia\b|\b(?:launched|fired|sent) by (?:ukraine|kyiv|ukrainian)\b|\b(?:on|at|against|over) the russian (?:city|town|village|capital|port)\b",
        Side::Ukraine,
        2,
    ),
    (
        // "during a night shelling by the Armed Forces of Ukraine (AFU)", "an attack by Ukrainian
        // forces", "удара со стороны украинских боевиков" (a strike by Ukrainian militants): the
        // agent of an attack.
        // ("при ударе ВСУ", glossed "at strike the Ukrainian Armed Forces": the genitive agent;
        // "атак беспилотниками ВСУ", "attacks by drones of the Ukrainian Armed Forces": the
        // weapons' owner; "a tactical missile Tochka-U of the Armed Forces of Ukraine": past the
        // weapon's name.)
        r"(?i)\b(?:attacks?|shelling|strikes?|raids?|attacked|shelled|struck) by (?:the )?(?:armed forces of ukraine|ukrainian (?:armed )?(?:forces|militants|nationalists|formations|troops|army|military)|ukraine|kyiv|kiev|afu)\b|\b(?:attacks?|shelling|strikes?) (?:of )?the ukrainian armed forces\b|\b(?:drones?|uavs?|unmanned aerial vehicles?|missiles?)(?: [\w-]+)? (?:of|from) (?:the )?(?:ukrainian armed forces|armed forces of ukraine|afu)\b",
        Side::Ukraine,
        3,
    ),
    (
        r"(?i)\b(?:cause|perpetrator)s?\s*:\s*(?:the\s+)?(?:ukrain|security service of ukraine)",
        Side::Ukraine,
        4,
    ),
    (
        // "Russia on Sunday accused Ukraine of carrying out a drone attack", "blamed on Kyiv",
        // "blamed the attack on Ukraine",
        // "Russia has pointed fingers at Ukraine for this act of aggression".
        r"(?i)\b(?:accus(?:ed|es|ing) (?:ukraine|kyiv|kiev)|blam(?:ed|es|ing) (?:ukraine|kyiv|kiev)|point(?:ed|s|ing)? (?:the |its |their |a )?fingers? at (?:ukraine|kyiv|kiev))\b|\bblamed on (?:ukraine|kyiv|kiev)\b|\bblam(?:ed|es|ing) (?:the|this|that|these|those|its) (?:[\w-]+ ){0,2}?(?:attacks?|strikes?|raids?|explosions?|blasts?|incidents?) on (?:ukraine|kyiv|kiev)\b",
        Side::Ukraine,
        4,
    ),
    (
        // "Ukraine accused Russia of targeting civilians", "a missile attack blamed on Russia".
        r"(?i)\b(?:accus(?:ed|es|ing) (?:russia|moscow)|blam(?:ed|es|ing) (?:russia|moscow)|point(?:ed|s|ing)? (?:the |its |their |a )?fingers? at (?:russia|moscow))\b|\bblamed on (?:russia|moscow)\b|\bblam(?:ed|es|ing) (?:the|this|that|these|those|its) (?:[\w-]+ ){0,2}?(?:attacks?|strikes?|raids?|explosions?|blasts?|incidents?) on (?:russia|moscow)\b",
        Side::Russia,
        4,
    ),
];

/// What opens a clause of its own after a figure, so that a period in it is the clause's:
/// ", which they said was the 19th to hit the capital since the start of October", "as Moscow has
/// intensified attacks on its neighbour in recent days", "amid", ", while", an apposition that
/// ranks the attack (", the latest in a series of attacks since October"; "shot down eight drones
/// in the latest in a spate of air strikes in recent weeks").
pub(crate) const SUBORDINATE: &str = r"(?i), which\b|\bas (?:moscow|russia|kyiv|ukraine|the [a-z]+|it|they|he|she) (?:has|have|had|is|are|was|were|continues?|keeps?)\b|\bamid\b|, while\b|, (?:the|its|in) (?:latest|last|second|third|fourth|fifth|largest|biggest|heaviest|deadliest|most)\b|, part of\b|\bin (?:the|its) latest\b|\b(?:war|invasion|conflict|offensive) (?:that|which) (?:began|started|erupted|broke out)\b|, (?:reflecting|marking|underscoring|highlighting) (?:the latest|an escalation|a sharp)\b";
/// A demonstrative reference to the attack just named: "Zelensky said those strikes used more
/// than 90 aerial weapons", "That wave of drone and missile strikes killed at least one person"
/// (a sentence's opening "that": not "drones that attack cities"), "At least 18 people were
/// killed in that attack" (after a preposition). (Not "Of those, 30 were shot
/// down": a part of a count.)
/// An evening's hour or word right before a day: "at around 10:00 PM on January 6", "late in
/// the evening of 6 January", "at 22:30 on".
pub(crate) const EVENING_BEFORE: &str =
    r"(?i)(?:\b(?:evening|p\.?m\.?)|\b(?:1[89]|2[0-3])[:.][0-5]\d)\W*(?:\w+\W+){0,2}$";
pub(crate) const DEMONSTRATIVE_ATTACK: &str = r"(?i)\b(?:those|these) (?:[\w-]+ )?(?:strikes|attacks|raids|barrages|assaults)\b|^\W*that (?:[\w-]+ )?(?:strike|attack|raid|barrage|assault|wave|onslaught|bombardment)\b|\b(?:in|from|during|after|by) that (?:[\w-]+ )?(?:strike|attack|raid|barrage|assault|wave|onslaught|bombardment)\b";
/// A part of the weapons counted just before: "Ukraine's air defence units destroyed 60 of the
/// drones and one missile, it said", "shot down 106 of them", "Of these, 157 were shot down".
pub(crate) const PART_OF_COUNTED: &str = r"(?i)\b(?:\d[\d,]*|all|most|one|two|three|four|five|six|seven|eight|nine|ten) of (?:the|these|those) (?:[\w-]+ )?(?:drones|missiles|uavs|shaheds|projectiles|targets)\b|\b(?:shot down|downed|destroyed|intercepted|neutrali[sz]ed) (?:\d[\d,]*|all|most) of (?:them|these|those)\b|^\W*of (?:these|those|them),\s*\d[\d,]*\s+(?:were|was|had been|have been)\s+(?:shot down|downed|destroyed|intercepted|neutrali[sz]ed)\b";
/// A paragraph that opens by adding to the one before, its verb right after "also" ("Также были
/// сбиты четыре БПЛА", glossed "Also were shot down ..."; not "Also, the air force said ..." nor
/// "In addition, ...", which add to the article).
pub(crate) const ADDING_PARAGRAPH: &str = r"(?i)^\W*also\s+(?:were|was|has|have|had|been|\w+ed)\b";
/// A sentence that opens with a definite reference to an attack (dating.rs): "The missile landed
/// in a residential district", "The attack also damaged".
pub(crate) const DEFINITE_ATTACK: &str = r"^\W*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:missiles?|drones?|uavs?|attacks?|strikes?|barrage|assault|bombardment|shelling)\b";

/// A day of mourning named beside a date ("30 December has been declared a day of mourning",
/// "announced a day of mourning on November 12", "a national day of mourning on Sunday"), and a
/// funeral's or a meeting's day ("will be discussed during a meeting of the UN Security Council on
/// November 20"): days after an attack, not its day. Matched on the text from a day cue's start
/// to 100 bytes on, and on the 60 bytes before it.
/// Words without which neither pattern below can match (a cheap test before the regexes).
pub(crate) const OTHER_DAY_WORDS: &[&str] = &["mourning", "funeral", "meeting"];
pub(crate) const MOURNING_AFTER: &str = r"(?i)^[^.;]{0,40}?\b(?:declared|announced|will declare|will be|is|was)\b[^.;]{0,25}\b(?:(?:a |an )?(?:days? of |national |official )?mourning)\b";
pub(crate) const MOURNING_BEFORE: &str = concat!(
    r"(?i)\b(?:days? of mourning|funerals?|(?:an? |emergency )*meeting(?: of [\w' .-]{1,50}?)?)",
    r"\s+(?:(?:in|across)\s+[\w' -]{1,30}?\s+)?(?:on|for)\s+$"
);
/// A sentence that opens on an earlier report ("As reported by Ukrinform, on April 27 ...", "As
/// Ukrinform reported earlier, ...", "As previously reported, ..."): a recap when the day it
/// names is before the page's (Ukrainian and Russian are glossed into it: `ru::RECAPS`).
pub(crate) const RECAP_LEAD: &str = r"(?i)^\W*as (?:(?:previously|earlier|was|we) )?reported\b[^,.;]{0,40},|^\W*as [^,.;]{1,30}? (?:reported|wrote)(?: (?:earlier|previously))?\s*,";
/// A digest's line that dates the page's news ("Here is the situation on Tuesday, May 28, 2024.",
/// "The situation on Thursday, July 4, 2024 is as follows:"): the day its items without a date of
/// their own are of.
pub(crate) const SITUATION_LINE: &str = r"(?i)^\W*(?:(?:here is|here's|here’s|this is) )?the situation (?:as it stands )?on\b[^.:]{0,60}(?:\bis as follows\b|[.:]?\s*$)";
