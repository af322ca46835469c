//! People listed after a casualty word: "there are injured - a man aged 61, a woman aged 59 and a
//! child aged 4" (glossed from "є поранені – чоловік 61 року, жінка 59 років та дитина 4
//! років"), "The injured are a man, 61, and a woman, 59": each person of the list is one of them;
//! and people coordinated under one verb, who add up ("a married couple and their two young
//! sons were killed").

use super::super::implied::plural_people;
use super::super::lexicon::{
    ADDED_PEOPLE, ADDED_PEOPLE_JOINERS, ADDED_PEOPLE_STOPS, AUX, INJURED_NOUNS, INJURE_AFTER,
    KILLED_NOUNS, KILL_AFTER, PERSON_HEADS, RELATIVES,
};
use super::super::numbers::{Kind, Quantity, Tok};
use super::super::sentence::{Cand, Head, Sent};
use super::super::types::{Field, Status};

/// What opens the list after its casualty word.
const LIST_OPENERS: &[&str] = &["-", "–", "—", ":", "are", "were"];
/// Words of an age after a person ("aged 61", "59 years old", ", 4").
const AGE_WORDS: &[&str] = &["aged", "years", "year", "old", ","];
/// Words before a person's noun in a list item ("a woman", "her son", "an elderly man").
const ITEM_OPENERS: &[&str] = &["a", "an", "the", "his", "her", "their", "another"];

/// The field of the person at `q` (one person) when it is an item of a list of people after a
/// casualty word.
pub(super) fn list_field(toks: &[Tok], q: &Quantity) -> Option<Field> {
    let mut k = q.q_start;
    // Back over the items before it, up to the list's opener.
    for _ in 0..6 {
        let j = toks.get(k.checked_sub(1)?)?;
        if j.is_any(LIST_OPENERS) {
            return opener_field(toks, k - 1);
        }
        if !j.is_any(&[",", "and"]) {
            return None;
        }
        k = item_start(toks, k - 1)?;
    }
    None
}

/// The casualty word before the list's opener at `o`: "injured -", "The injured are", "there are
/// dead:".
fn opener_field(toks: &[Tok], o: usize) -> Option<Field> {
    let w = toks.get(o.checked_sub(1)?)?;
    // "there are injured - ...": only a casualty word that stands alone as the noun.
    let noun = |t: &Tok| {
        if t.is_any(&["dead", "killed"]) || t.is_any(KILLED_NOUNS) {
            Some(Field::Killed)
        } else if t.is_any(&["injured", "wounded"]) || t.is_any(INJURED_NOUNS) {
            Some(Field::Injured)
        } else {
            None
        }
    };
    let field = noun(w)?;
    // Before it, "the" ("The injured are") or a copula ("there are injured -", "є injured -").
    let before = o.checked_sub(2).map(|b| &toks[b]);
    let copula_or_the = before
        .is_some_and(|b| b.is_any(&["the", "are", "were", "is", "є", "also"]) || b.is("there"));
    // Not "Among the dead are an employee ... and a paramedic": some of a toll given elsewhere.
    let among = o >= 3 && toks[o - 3].is_any(&["among", "including"]);
    (copula_or_the && !among).then_some(field)
}

/// The first token of the list item that ends right before the joiner at `joiner`: a person's
/// noun, after an optional opener, before an optional age.
fn item_start(toks: &[Tok], joiner: usize) -> Option<usize> {
    let mut m = joiner;
    // Back over the age: "aged 61", ", 61", "59 years old".
    let mut steps = 0;
    while m > 0 && steps < 5 {
        let t = &toks[m - 1];
        if matches!(t.kind, Kind::Num(_)) || t.is_any(AGE_WORDS) {
            m -= 1;
            steps += 1;
        } else {
            break;
        }
    }
    let head = m.checked_sub(1)?;
    if !toks[head].is_any(PERSON_HEADS) || toks[head].is_any(&["people", "persons", "others"]) {
        return None;
    }
    let mut start = head;
    // "an elderly man", "a 4-year-old child": up to two words before the noun.
    for _ in 0..2 {
        match start.checked_sub(1).map(|b| &toks[b]) {
            Some(b) if b.is_any(ITEM_OPENERS) => return Some(start - 1),
            Some(b) if b.is_word() && !b.is_any(&[",", "and"]) && b.lower.contains("-year-old") => {
                start -= 1;
            }
            _ => break,
        }
    }
    Some(start)
}

/// Whether another list item follows the person phrase ending at `end`, past its age ("a woman
/// aged 59 and ...", "a man, 61, a woman, ...").
pub(super) fn item_follows(toks: &[Tok], end: usize) -> bool {
    let mut m = end;
    while m < toks.len() && m < end + 5 {
        let t = &toks[m];
        let age = matches!(t.kind, Kind::Num(_)) || t.is_any(AGE_WORDS) && !t.is(",");
        // ", 61," is an age between commas; a comma before a word is the next item's.
        let age_comma = t.is(",")
            && toks
                .get(m + 1)
                .is_some_and(|n| matches!(n.kind, Kind::Num(_)));
        if age || age_comma {
            m += 1;
        } else {
            break;
        }
    }
    toks.get(m).is_some_and(|t| t.is_any(&[",", "and"]))
}

/// "a married couple and their two young sons were killed", "killing two men and three
/// women": people coordinated under one casualty verb add up (a part of the count before).
pub(crate) fn coordinated_people(s: &Sent, c: &Cand, out: &[Cand]) -> bool {
    // "The woman sustained moderate injuries, while her husband suffered minor wounds": a
    // relative of the one person counted before is one more person (not of "six people,
    // including a girl ... Her mother died with her").
    let relative = s
        .toks
        .get(c.tok_start)
        .is_some_and(|t| t.is_any(&["his", "her", "their"]))
        && s.toks
            .get(c.tok_start + 1)
            .is_some_and(|t| t.is_any(RELATIVES))
        && out
            .iter()
            .rev()
            .find(|p| {
                p.status == Status::Used && matches!(p.field, Some(Field::Killed | Field::Injured))
            })
            .is_some_and(|p| p.value == Some(1));
    if relative && c.status == Status::Used {
        return true;
    }
    // (Past an age set off before it: "A man, 62, and two women, 51 and 53, have been injured".)
    // (Or past any number of no field: "a man 61 , a woman 59 years old", glossed.)
    let age = |p: &&Cand| p.status == Status::Rejected && p.field.is_none();
    let Some(prev) = out.iter().rev().find(|p| !age(p)).filter(|p| {
        p.sent == s.idx
            && p.field == c.field
            && p.status == Status::Used
            && c.status == Status::Used
    }) else {
        return false;
    };
    if more_of_the_same(s, c, prev, out) {
        return true;
    }
    // Right before it: "and", past "their", "his", "her", "also".
    let mut k = c.tok_start;
    // ("..., and also men 60 and 76 years old".)
    while k > prev.tok_start + 1 && s.toks[k - 1].is_any(&["their", "his", "her", "its", "also"]) {
        k -= 1;
    }
    // (Or a comma, between single people of a list that "and" closes: "a nine-year-old girl,
    // her mother and another woman"; not an apposition: "two people, a man and a woman".)
    let listed = k > prev.tok_start + 1
        && s.toks[k - 1].is(",")
        && prev.value == Some(1)
        && !matches!(s.toks[c.tok_start].kind, Kind::Num(_))
        && item_follows(&s.toks, c.tok_end);
    let joined = k > prev.tok_start + 1 && s.toks[k - 1].is("and") || listed;
    // Nothing but the previous count's phrase between: no verb of its own.
    let phrase_end = prev.tok_end.min(k.saturating_sub(1));
    let plain = s
        .toks
        .get(phrase_end..k.saturating_sub(1))
        .unwrap_or(&[])
        .iter()
        .all(|t| !t.is_any(AUX) && !t.is_any(KILL_AFTER) && !t.is_any(INJURE_AFTER));
    matches!(c.field, Some(Field::Killed | Field::Injured)) && joined && plain
}

/// "three people were injured, and four more received medical assistance", "two were killed,
/// while another three died in hospital": a count of more people, in a clause joined to the
/// previous count of the same field, adds to it (not a part of a total: "eight were injured,
/// five of them hospitalized and three others treated on site").
fn more_of_the_same(s: &Sent, c: &Cand, prev: &Cand, out: &[Cand]) -> bool {
    let toks = &s.toks;
    // (Nor the total of a part before it: "Five out of the eight victims were hospitalized,
    // and three more received medical assistance" = 8.)
    // (Nor a toll that rose to include them: "increased to 21, one more person died in the
    // hospital".)
    let total_of_part = toks[prev.tok_start.saturating_sub(2)..prev.tok_start]
        .iter()
        .any(|t| t.is_any(&["of", "to"]));
    if prev.subset || c.subset || prev.tok_end > c.tok_start || total_of_part {
        return false;
    }
    // "four more", "two others" (not "more than"); "another three".
    let end = c.tok_end.min(toks.len());
    let more_after = (c.tok_start + 1..(end + 1).min(toks.len()))
        .any(|k| toks[k].is_any(ADDED_PEOPLE) && !toks.get(k + 1).is_some_and(|t| t.is("than")));
    let another_before =
        c.tok_start >= 1 && toks[c.tok_start - 1].is("another") || toks[c.tok_start].is("another");
    if !(more_after || another_before) {
        return false;
    }
    // Between the two: a clause joined by a conjunction or comma, with no number, no partitive
    // ("of them", "of whom") and no other count's phrase.
    let between = &toks[prev.tok_end..c.tok_start];
    let joined = between.iter().any(|t| t.is_any(ADDED_PEOPLE_JOINERS));
    // ("..., even as another attack killed three more in Kharkiv": another attack's toll.)
    let other_attack = between
        .iter()
        .any(|t| t.is_any(&["another", "separate", "other"]));
    let partitive = between
        .iter()
        .chain(toks.get(end..(end + 2).min(toks.len())).unwrap_or(&[]))
        .any(|t| t.is_any(ADDED_PEOPLE_STOPS) || matches!(t.kind, Kind::Num(_)));
    // ("ten others were injured ..., where two were given assistance on the scene, and eight
    // others were taken to hospital": a number between, the parts of a total.)
    let number_between = out
        .iter()
        .any(|p| p.sent == s.idx && p.tok_start >= prev.tok_end && p.tok_start < c.tok_start);
    joined && !partitive && !other_attack && !number_between
}

/// ", including two deaths" right after a count of injured ("54 injuries, including two
/// deaths").
pub(super) fn dead_included_after(toks: &[Tok], end: usize) -> bool {
    let mut k = end;
    if toks.get(k).is_some_and(|t| t.is(",")) {
        k += 1;
    }
    toks.get(k).is_some_and(|t| t.is("including"))
        && toks
            .get(k + 1..(k + 4).min(toks.len()))
            .is_some_and(|ts| ts.iter().any(|t| t.is_any(KILLED_NOUNS)))
}

/// Whether the "including" before a count follows a count of injured ("54 injuries, including
/// two deaths"): the dead are no subset of them.
pub(super) fn injured_before_including(toks: &[Tok], q_start: usize) -> bool {
    let inc = q_start.checked_sub(1).filter(|&k| toks[k].is("including"));
    inc.is_some_and(|k| {
        let n = if k >= 1 && toks[k - 1].is(",") {
            k - 1
        } else {
            k
        };
        n >= 1 && toks[n - 1].is_any(INJURED_NOUNS)
    })
}

/// The field of a second group of people after "and (also)", past the ages of the first, from
/// the verb before the first: "Injured women 20 and 61 years old, and also men 60 and 76 years
/// old" (glossed "Ранения получили женщины 20 и 61 года, а также мужчины 60 и 76 лет").
pub(super) fn earlier_group_field(toks: &[Tok], noun: usize) -> Option<Field> {
    let mut k = noun;
    if k > 0 && toks[k - 1].is("also") {
        k -= 1;
    }
    k = k.checked_sub(1).filter(|&a| toks[a].is("and"))?;
    if k > 0 && toks[k - 1].is(",") {
        k -= 1;
    }
    // Back over the first group's ages to its noun.
    let age = |t: &Tok| matches!(t.kind, Kind::Num(Some(_))) || t.is_any(AGE_WORDS) || t.is("and");
    if !toks
        .get(k.checked_sub(1)?)
        .is_some_and(|t| t.is_any(&["old", "years"]))
    {
        return None;
    }
    let mut m = k - 1;
    while m > 0 && k - m < 12 && age(&toks[m]) {
        m -= 1;
    }
    if !plural_people(&toks[m])
        || !toks
            .get(m + 1)
            .is_some_and(|t| matches!(t.kind, Kind::Num(_)) || t.is("aged"))
    {
        return None;
    }
    // The verb before the first group is theirs, read as for any count ("Injured women ...").
    super::before_field(toks, &Quantity::implied(m, 1), Head::None)
}
