//! Casualties: killed or injured for a number (people counted, coordinated people adding up),
//! and casualties of ground fire rather than the air attack.

use super::counts::Quant;
use super::lexicon::patterns;
use super::lexicon::*;
use super::numbers::{Kind, Quantity, Tok};
use super::scope::{clause_locality, locality};
use super::sentence::{Cand, Head, Sent};
use super::types::{Field, Status};
pub(crate) use ground::{after_air_attack, ground_fire};
use later::{died_after, not_saved};
pub(crate) use lists::coordinated_people;
use lists::{dead_included_after, earlier_group_field, injured_before_including, list_field};
use regex::Regex;
use std::sync::LazyLock;
use subject::{past_relative, verb_after};

mod claims;
mod ground;
mod later;
mod lists;
mod subject;

/// A first report its sentence corrects after it.
static CORRECTED_LATER: LazyLock<Regex> = crate::regex!(patterns::CORRECTED_LATER);

/// Whether the count ending at token `j` is a first report that its sentence corrects after it
/// ([`patterns::CORRECTED_LATER`]).
fn corrected_later(s: &Sent, j: usize) -> bool {
    CORRECTED_LATER.find(&s.text).is_some_and(|m| {
        let but = s.text[..m.end()].rfind("but ").unwrap_or(m.end());
        s.toks
            .get(j.saturating_sub(1))
            .is_some_and(|t| t.end <= but)
    })
}

/// killed or injured, for a number in a casualty phrase.
pub(crate) fn casualty_field(toks: &[Tok], q: &Quantity, h: Head, end: usize) -> Option<Field> {
    // "the casualty toll rose to nine", "Casualty toll from that attack has increased to 30":
    // killed and injured together, neither's figure.
    // ("The casualty toll is still unclear but 12 people were injured": not past a conjunction.)
    let clause = toks[q.q_start.saturating_sub(10)..q.q_start]
        .iter()
        .rev()
        .take_while(|t| !t.is_any(&[".", ";", ","]) && !t.is_any(TOLL_CLAUSE_BREAKS));
    let mut last: Option<&Tok> = None;
    for t in clause {
        if t.is("toll") {
            last = Some(t);
        } else if last.is_some() {
            if t.is_any(&["casualty", "casualties"]) {
                return None;
            }
            break;
        }
    }
    // "killing 500 heads of cattle": animals are no casualties.
    let animals = toks
        .get(q.j..(q.j + 4).min(toks.len()))
        .is_some_and(|after| after.iter().any(|t| t.is_any(ANIMAL_NOUNS)));
    if animals {
        return None;
    }
    // "58 people had been rescued from the rubble, 51 of whom were killed": the relative's
    // count takes its own verb.
    let of_whom = toks.get(q.j).is_some_and(|t| t.is("of"))
        && toks
            .get(q.j + 1)
            .is_some_and(|t| t.is_any(&["whom", "them"]));
    if of_whom {
        return verb_field(toks, verb_after(toks, q, Head::Person, q.j + 2)).flatten();
    }
    match h {
        Head::Killed => return Some(Field::Killed),
        Head::Injured => return Some(Field::Injured),
        Head::Other if places_or_things(toks, end) => return None,
        _ => {}
    }
    if let Some(f) = adjective_field(toks, q, end) {
        return Some(f);
    }
    // "could not save the lives of two people who were wounded": they died, whatever the
    // relative clause says of them before.
    let lives_of = q.q_start >= 2
        && toks[q.q_start - 1].is("of")
        && toks[q.q_start - 2].is_any(&["lives", "life"]);
    // ("the life of the one person who was injured is not in danger": alive.)
    let safe = || {
        (q.j..toks.len().min(q.j + 14)).any(|k| {
            toks[k].is_any(&["danger", "threat", "threatened"])
                && toks[k.saturating_sub(2)..k]
                    .iter()
                    .any(|t| t.is_any(&["not", "no", "out"]))
        })
    };
    if lives_of && matches!(h, Head::Person | Head::None) && !safe() {
        return Some(Field::Killed);
    }
    // "15 received various injuries": a bare number whose next word is a casualty verb.
    let verb_next = h == Head::Other
        && toks
            .get(q.j)
            .is_some_and(|t| t.is_any(INJURE_AFTER) || t.is_any(KILL_AFTER));
    // "killed at least four and wounded dozens", "claimed the lives of at least two people and
    // left eight others injured": the object of the verb before it, the verb after it another
    // predicate's.
    let and_at = if h == Head::None { q.j } else { end };
    if matches!(h, Head::None | Head::Person) && toks.get(and_at).is_some_and(|t| t.is("and")) {
        if let Some(f) = before_field(toks, q, h) {
            return Some(f);
        }
    }
    // "Погибли два человека, 22 человека ... получили травмы" (glossed "Were killed two people,
    // 22 people, ... sustained injuries"): a count right after its verb, then a comma, is that
    // verb's, not the next count's.
    let count_at = |k: usize| {
        toks.get(k)
            .is_some_and(|t| matches!(t.kind, Kind::Num(_)) || t.is("another"))
    };
    let verb_first = q.q_start >= 1
        && toks[q.q_start - 1].is_any(CASUALTY_PARTICIPLES)
        && toks.get(end).is_some_and(|t| t.is(","))
        && count_at(end + 1);
    if verb_first && matches!(h, Head::Person | Head::None) {
        if let Some(f) = before_field(toks, q, h) {
            return Some(f);
        }
    }
    if matches!(h, Head::Person | Head::None) || verb_next {
        // After: "(people) were killed", "died", "sustained injuries", "lost their lives".
        let k = verb_after(toks, q, h, end);
        if let Some(decided) = verb_field(toks, k) {
            return decided;
        }
    }
    toll_field(toks, q)
        .or_else(|| before_field(toks, q, h))
        .or_else(|| earlier_group_field(toks, q.q_start))
        .or_else(|| (h == Head::Person).then(|| list_field(toks, q)).flatten())
}

/// Whether the noun phrase ending at `end` counts places or things: "injured two districts"
/// (glossed "постраждали два райони"), "injured up to ten buildings" — no people.
fn places_or_things(toks: &[Tok], end: usize) -> bool {
    toks.get(end.saturating_sub(1))
        .is_some_and(|t| t.is_any(PLACE_NOUNS) || t.is_any(BUILDING_NOUNS))
}

/// Adjective between number and person noun: "eight injured residents".
fn adjective_field(toks: &[Tok], q: &Quantity, end: usize) -> Option<Field> {
    for t in toks.get(q.j..end.min(toks.len())).unwrap_or(&[]) {
        if t.is_any(&["injured", "wounded"]) {
            return Some(Field::Injured);
        }
        if t.is_any(&["dead", "killed"]) {
            return Some(Field::Killed);
        }
    }
    None
}

/// "leaving five people with shrapnel injuries", "two employees with serious injuries": "with"
/// at `k` and an injury past its modifiers.
fn with_injuries(toks: &[Tok], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.is("with"))
        && (k + 1..toks.len().min(k + 5))
            .find(|&m| !toks[m].is_any(INJURY_MODIFIERS) || toks[m].is("with"))
            .is_some_and(|m| toks[m].is_any(WITH_INJURIES))
}

/// What the verb at `k` says: `Some(field)` when it decides ("were killed", "was taken to
/// hospital", "sustained shrapnel injuries"; `Some(None)` for "sustained damage"), `None` when it
/// says nothing.
fn verb_field(toks: &[Tok], k: usize) -> Option<Option<Field>> {
    // "78 people reported killed or injured": both together, neither's figure.
    let killed = |t: &Tok| t.is_any(&["killed", "dead", "died"]);
    let injured = |t: &Tok| t.is_any(&["injured", "wounded", "hurt"]);
    if let (Some(a), Some(or), Some(b)) = (toks.get(k), toks.get(k + 1), toks.get(k + 2)) {
        // Not "left nine people dead and injured seven others": "injured" with its own object.
        let own_object = toks.get(k + 3).is_some_and(|n| {
            matches!(n.kind, Kind::Num(_))
                || n.is_any(SMALL_NUMBER_WORDS)
                || n.is_any(&[
                    "at",
                    "more",
                    "nearly",
                    "almost",
                    "about",
                    "around",
                    "over",
                    "some",
                    "up",
                    "approximately",
                    "roughly",
                    "another",
                ])
        });
        if or.is_any(&["or", "and"])
            && ((killed(a) && injured(b)) || (injured(a) && killed(b)))
            && !own_object
        {
            return Some(None);
        }
    }
    // "eight people have been rescued and hospitalised": a rescue, then the injury.
    let rescued_then = toks.get(k).is_some_and(|t| t.is_any(RESCUE_VERBS))
        && toks.get(k + 1).is_some_and(|t| t.is("and"));
    let k = k + 2 * usize::from(rescued_then);
    if let Some(t) = toks.get(k) {
        // "was fatally wounded", "sustained fatal injuries": killed.
        let fatal_next = toks
            .get(k + 1)
            .is_some_and(|n| n.is_any(&["injured", "wounded", "hurt"]));
        if t.is_any(&["fatally", "mortally"]) && fatal_next {
            return Some(Some(Field::Killed));
        }
        let fatal_injuries = t.is_any(&[
            "sustained",
            "suffered",
            "received",
            "sustaining",
            "suffering",
            "receiving",
        ]) && toks
            .get(k + 1)
            .is_some_and(|n| n.is_any(&["fatal", "mortal"]))
            && toks
                .get(k + 2)
                .is_some_and(|n| n.lower.starts_with("injur") || n.lower.starts_with("wound"));
        // "did not survive".
        let not_survived = t.is("did")
            && toks.get(k + 1).is_some_and(|n| n.is("not"))
            && toks.get(k + 2).is_some_and(|n| n.is("survive"));
        if fatal_injuries || not_survived {
            return Some(Some(Field::Killed));
        }
        if with_injuries(toks, k) {
            return Some(Some(Field::Injured));
        }
        let lost_lives = toks
            .get(k + 2)
            .is_some_and(|n| n.is_any(&["lives", "life"]));
        // "were found dead amid the debris", "have been declared dead".
        let found_dead =
            t.is_any(FOUND_DEAD_VERBS) && toks.get(k + 1).is_some_and(|n| n.is("dead"));
        if found_dead || t.is_any(KILL_AFTER) && (!t.is("lost") || lost_lives) {
            return Some(Some(Field::Killed));
        }
        // "was taken to hospital", "were rushed to hospital", "treated in hospital", "were sent to
        // hospital with shrapnel wounds".
        // "were taken to a medical facility with injuries".
        let to_hospital = t.is_any(TO_HOSPITAL_VERBS)
            && toks
                .get(k + 1..(k + 5).min(toks.len()))
                .is_some_and(|after| {
                    after.iter().any(|n| n.is_any(&["hospital", "hospitals"]))
                        || after
                            .windows(2)
                            .any(|w| w[0].is("medical") && w[1].is_any(MEDICAL_PLACES))
                });
        // "Twenty-one people are in hospital", "remain in hospital": in hospital after the
        // attack.
        // (`k` is at the copula, or already past "are in".)
        // ("four children and four injured adults are currently in medical facilities".)
        let medical = |m: usize| m >= 1 && toks[m - 1].is("medical");
        let in_hospital = (k.saturating_sub(1)..(k + 5).min(toks.len()))
            .find(|&m| {
                toks[m].is_any(&["hospital", "hospitals"])
                    || toks[m].is_any(&["facilities", "institutions", "facility"]) && medical(m)
            })
            .is_some_and(|m| {
                let i = if m >= 1 && (toks[m - 1].is("the") || medical(m)) {
                    m - 1
                } else {
                    m
                };
                i >= 2 && toks[i - 1].is("in") && toks[i - 2].is_any(IN_HOSPITAL_COPULAS)
            });
        if to_hospital || in_hospital {
            return Some(Some(Field::Injured));
        }
        if t.is_any(INJURE_AFTER) {
            if t.is_any(INJURY_TAKING) {
                // "sustained shrapnel injuries", "suffered serious burns", "sustained varying
                // degrees of injuries", "sustained a
                // through-and-through wound".
                let skip = toks
                    .get(k + 1..(k + 5).min(toks.len()))
                    .unwrap_or(&[])
                    .iter()
                    .take_while(|n| n.is_any(INJURY_MODIFIERS) || n.is_any(INJURY_MODIFIER_LINKS))
                    .count();
                // "sustained severe injuries and later succumbed to her wounds": died.
                let died_later = died_after(toks, k + 2 + skip);
                return Some(
                    toks.get(k + 1 + skip)
                        .filter(|n| n.lower.starts_with("injur") || n.is_any(INJURY_NOUNS))
                        .map(|_| {
                            if died_later {
                                Field::Killed
                            } else {
                                Field::Injured
                            }
                        }),
                );
            }
            // "one person was injured - he could not be saved", "was wounded and later died in
            // hospital": the injured person died.
            if died_after(toks, k + 1) {
                return Some(Some(Field::Killed));
            }
            return Some(Some(Field::Injured));
        }
        // "one of the victims could not be saved".
        if not_saved(toks, k) {
            return Some(Some(Field::Killed));
        }
    }
    None
}

/// "The death toll from the attack on Dnipro rose to 14", "the toll has risen to 11", "the
/// number of injured across the region had reached 19".
fn toll_field(toks: &[Tok], q: &Quantity) -> Option<Field> {
    // "The total number of wounded is 44".
    // "the death toll of the Russian attack against a shopping centre in Kremchuk was 20
    // people", "the number of people killed in a missile attack ... on the shopping center is
    // 19 people": a long subject with no clause break before its copula.
    let copula = q.q_start >= 1 && toks[q.q_start - 1].is_any(&["is", "was", "stands", "stood"]);
    let is = copula
        && toks[q.q_start.saturating_sub(30)..q.q_start - 1]
            .iter()
            .rev()
            .take_while(|t| !t.is_any(&[",", ";", "."]) && !t.is_any(TOLL_CLAUSE_BREAKS))
            .any(|t| t.is_any(&["number", "toll"]));
    // "The death toll in the capital exceeded 18": the verb is the count's qualifier.
    let exceeded = toks.get(q.q_start).is_some_and(|t| t.is_any(EXCEED_VERBS));
    if q.q_start >= 1
        && (toks[q.q_start - 1].is_any(&["to", "at", "reached", "hit"]) || is || exceeded)
    {
        // "the number of injured ... had reached 19", "the number of people injured as a result
        // of an enemy attack on Zaporizhia increased to 23".
        // The subject may be long ("The number of people injured in Russia's Nov. 25 attack on
        // Ukraine, which ..., has risen to five"): back to the sentence's last stop.
        let from = (q.q_start.saturating_sub(40)..q.q_start)
            .rev()
            .find(|&i| {
                toks[i].is(";")
                    || (toks[i].is(".")
                        && toks
                            .get(i + 1)
                            .is_some_and(|n| n.text.starts_with(char::is_uppercase)))
            })
            .map_or(q.q_start.saturating_sub(40), |i| i + 1);
        let window = &toks[from..q.q_start];
        if let Some(p) = window
            .windows(2)
            .rposition(|w| w[0].is("number") && w[1].is("of"))
        {
            // "the number of those injured has risen to 20".
            let p = p + usize::from(
                window
                    .get(p + 2)
                    .is_some_and(|t| t.is_any(&["those", "the"])),
            );
            // "the current number of confirmed deaths is 17": past the noun's adjectives.
            let p = p + window[(p + 2).min(window.len())..]
                .iter()
                .take(2)
                .take_while(|t| t.is_any(TOLL_ADJECTIVES))
                .count();
            let person = window
                .get(p + 2)
                .is_some_and(|t| PERSON_HEADS.contains(&t.lower.as_str()));
            // "the number of people who were killed ...", "the number of people, which were
            // injured, ...": past a relative pronoun and its auxiliaries.
            let mut at = p + 2 + usize::from(person);
            if person {
                at = past_relative(window, at).0;
            }
            // ("the number of people, which sustained injuries, rose to six").
            let sustained = window
                .get(at)
                .is_some_and(|t| t.is_any(&["sustained", "suffered"]))
                && window
                    .get(at + 1)
                    .is_some_and(|t| t.is_any(&["injuries", "wounds"]));
            if let Some(n) = window.get(at) {
                if sustained
                    || n.is_any(&["injured", "wounded", "hurt", "hospitalised", "hospitalized"])
                {
                    return Some(Field::Injured);
                }
                if n.is_any(&["dead", "killed", "died", "deaths", "fatalities", "victims"]) {
                    return Some(Field::Killed);
                }
            }
        }
        // Back to the sentence's start, however long the subject ("The death toll from the Oct. 5
        // Russian Iskander ballistic missile strike on a grocery store and a nearby café in Hroza
        // village has risen to 52"); an abbreviation's stop ("on Saturday, Jan. 14, has risen to
        // 23") is none.
        let from = q.q_start.saturating_sub(40);
        let stop = |i: usize| {
            toks[i].is(";")
                || (toks[i].is(".")
                    && toks
                        .get(i + 1)
                        .is_some_and(|n| n.text.starts_with(char::is_uppercase)))
        };
        if let Some(at) = (from..q.q_start)
            .rev()
            .take_while(|&i| !stop(i))
            .find(|&i| toks[i].is("toll"))
        {
            // "the injury toll rose to 40", "the toll of injured reached 40"; not "a woman
            // injured in the attack died, bringing the death toll to five".
            let injury = toks[at.saturating_sub(1)..q.q_start]
                .iter()
                .any(|t| t.is_any(&["injury", "injured", "wounded"]));
            return Some(if injury {
                Field::Injured
            } else {
                Field::Killed
            });
        }
    }
    None
}

/// Before: "killing 57", "injuring at least 26", "deaths of two", "injuries to three".
fn before_field(toks: &[Tok], q: &Quantity, h: Head) -> Option<Field> {
    let mut k = q.q_start;
    // "killed a mother and her three daughters": past the possessive to the "and".
    if k >= 2 && toks[k - 1].is_any(&["his", "her", "their"]) && toks[k - 2].is("and") {
        k -= 1;
    }
    let mut steps = 0;
    while k > 0 && steps < 6 {
        k -= 1;
        steps += 1;
        let t = &toks[k];
        // "killed two men and three women": past the coordinated people to their verb.
        let person = |p: &Tok| p.is_any(PERSON_HEADS) || p.lower.ends_with("-year-old");
        if t.is("and") && steps == 1 && k >= 2 && person(&toks[k - 1]) {
            for m in (k.saturating_sub(6)..k - 1).rev() {
                if toks[m].is_any(KILL_BEFORE)
                    && !toks[m].is_any(&["death", "deaths", "lives", "body", "bodies"])
                {
                    return Some(Field::Killed);
                }
                if toks[m].is_any(INJURE_BEFORE) && !toks[m].is_any(&["injuries", "injury"]) {
                    return Some(Field::Injured);
                }
                if matches!(toks[m].kind, Kind::Punct) {
                    break;
                }
            }
        }
        // "Unfortunately, there are dead - a woman and her son": the people after the dash.
        // ("..., injured - 20": a label after a comma, as the glossed "а поранених – 30".)
        let label = k == 1 || k >= 2 && toks[k - 2].is_any(&[",", "and", ";"]);
        if t.is_any(&["-", "–", "—", ":"])
            && k >= 1
            && (label || k >= 2 && toks[k - 2].is_any(&["are", "were", "is"]))
        {
            if toks[k - 1].is_any(&["dead", "killed"]) {
                return Some(Field::Killed);
            }
            if toks[k - 1].is_any(&["injured", "wounded"]) {
                return Some(Field::Injured);
            }
        }
        // "Medics provided medical assistance to three local residents": treated, so injured
        // (not "psychological assistance").
        if t.is("to")
            && steps == 1
            && k >= 2
            && toks[k - 1].is_any(MEDICAL_HELP_NOUNS)
            && toks[k - 2].is_any(&["medical", "first"])
        {
            return Some(Field::Injured);
        }
        if t.is_any(&[";", ".", "and"]) && steps > 1 {
            break;
        }
        // "Пострадали, по последним данным, 29 человек" (glossed "Injured, according to the
        // latest data, 29 people"), "пострадали, предварительно, четыре человека": past the
        // source or adverb between commas to the verb.
        if t.is(",") && steps == 1 {
            let open = (k.saturating_sub(8)..k)
                .rev()
                .find(|&m| toks[m].is(","))
                .filter(|&m| {
                    toks[m + 1..k]
                        .iter()
                        .any(|w| w.is("according") || w.is_any(ASIDE_ADVERBS))
                });
            if let Some(m) = open {
                k = m;
                continue;
            }
        }
        let before = if k > 0 {
            toks[k - 1].lower.as_str()
        } else {
            ""
        };
        // "the death toll rose to 40", "revised the death count to 47".
        if t.is("toll") || t.is("count") && matches!(before, "death" | "injury") {
            return Some(if before == "injury" {
                Field::Injured
            } else {
                Field::Killed
            });
        }
        if t.is_any(CASUALTY_VERB_GAP) {
            continue;
        }
        // "killed or injured about 20 people": both together, neither's figure.
        let joined_cue =
            |c: &Tok| c.is_any(&["killed", "injured", "wounded", "killing", "injuring"]);
        if joined_cue(t)
            && k >= 2
            && toks[k - 1].is_any(&["or", "and"])
            && joined_cue(&toks[k - 2])
            && toks[k - 2].is_any(KILL_BEFORE) != t.is_any(KILL_BEFORE)
        {
            return None;
        }
        if t.is_any(KILL_BEFORE) {
            // "claimed the lives of two", "claimed one life", "claimed 21 lives".
            let life_after = toks.get(q.j).is_some_and(|n| n.is_any(&["life", "lives"]));
            // ("claiming one life"; not "claiming two of its warplanes had been damaged".)
            if t.is_any(&["claimed", "claiming", "leaving"])
                && !toks.get(k + 1).is_some_and(|n| n.is_any(&["the", "lives"]))
                && !(t.is_any(&["claimed", "claiming"]) && life_after)
            {
                break;
            }
            if t.is_any(&["death", "deaths", "lives", "body", "bodies"])
                && !toks.get(k + 1).is_some_and(|n| n.is("of"))
            {
                break;
            }
            return Some(Field::Killed);
        }
        if t.is_any(INJURE_BEFORE) {
            // "causing injuries to two men", "resulting in an injury to a man".
            if t.is_any(&["injuries", "injury"]) && !toks.get(k + 1).is_some_and(|n| n.is("to")) {
                break;
            }
            // "the falling debris fatally injured three technical staff": killed.
            if k >= 1 && toks[k - 1].is_any(&["fatally", "mortally"]) {
                return Some(Field::Killed);
            }
            return Some(Field::Injured);
        }
        if h == Head::None || steps > 2 {
            break;
        }
        break;
    }
    None
}

/// A number of people (or a bare number): killed or injured if a casualty phrase says so.
pub(crate) fn person_count(w: &Quant, mut cand: Cand, infobox_key: Option<Field>) -> Option<Cand> {
    let (s, sents, q) = (w.s, w.sents, w.q);
    // (Not "Постраждали 13 населених пунктів", glossed "Injured 13 settlements", on a short line
    // of its own: places, whatever the line's key.)
    let things = w.h == Head::Other && places_or_things(&s.toks, w.end);
    let field = infobox_key
        .filter(|_| q.i <= 4 && !things)
        .or_else(|| casualty_field(&s.toks, q, w.h, w.end));
    match field {
        Some(f) if !w.period => {
            cand.field = Some(f);
            cand.status = Status::Used;
            if f == Field::Injured && dead_included_after(&s.toks, w.end.max(q.j)) {
                // "resulted in 54 injuries, including two deaths": the dead and the injured
                // together, neither's figure (the deaths are the killed).
                cand.status = Status::Rejected;
                cand.reason =
                    Some("the injured and the dead together (\"including ... deaths\")".into());
            } else if w.including
                && !(f == Field::Killed && injured_before_including(&s.toks, q.q_start))
            {
                cand.status = Status::Superseded;
                cand.reason =
                    Some("a subset (\"including ...\") of a total in the same sentence".into());
            } else if let Some(why) = claims::rejected_cause(w) {
                cand.status = Status::Rejected;
                cand.reason = Some(why);
            } else if corrected_later(s, q.j) {
                cand.status = Status::Superseded;
                cand.reason = Some("a first report, corrected later in its sentence".into());
            }
            // "..., bringing the total death toll to eight": the whole attack's, not the place's.
            // "A third person was killed in the Zaporizhzhia region": the toll so far.
            let total = s.toks[q.q_start.saturating_sub(6)..q.q_start]
                .iter()
                .any(|t| t.is("total"))
                || s.toks.get(q.i).is_some_and(|t| t.is_any(ORDINAL_TOLLS));
            cand.locality = if total {
                None
            } else {
                locality(s, sents).or_else(|| clause_locality(s, cand.tok_start, cand.tok_end))
            };
            Some(cand)
        }
        Some(f) => {
            cand.field = Some(f);
            cand.reason = Some("a period total, not one attack".into());
            Some(cand)
        }
        None => {
            if q.digits {
                cand.reason = Some(if w.noun.is_empty() {
                    "not attached to drones, missiles, people or hits".into()
                } else {
                    format!(
                        "counts \"{}\", not drones, missiles, people or hits",
                        w.noun
                    )
                });
                Some(cand)
            } else {
                None
            }
        }
    }
}

#[cfg(test)]
mod tests;
