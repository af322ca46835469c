//! Where a casualty count's verb is: past its subject's coordinated people, parenthetical,
//! ages, apposition, place and relative clause, and past the auxiliaries ("eight people,
//! including an 11-year-old girl, in the region were injured").

use super::super::lexicon::*;
use super::super::numbers::{Kind, Quantity, Tok};
use super::super::sentence::Head;

fn dash(t: &Tok) -> bool {
    t.is_any(&["-", "–", "—"])
}

/// Where the verb of a casualty count's clause is, past its subject's apposition or
/// prepositional phrase and auxiliaries.
pub(super) fn verb_after(toks: &[Tok], q: &Quantity, h: Head, end: usize) -> usize {
    let mut k = if h == Head::Person { end } else { q.j };
    if h == Head::Person {
        k = past_coordinated(toks, k, q.value == Some(1));
    }
    k = past_parenthetical(toks, k);
    if h == Head::Person {
        k = past_ages(toks, k);
    }
    let (after, apposition) = past_apposition(toks, k);
    k = after;
    if h == Head::Person && !apposition {
        k = past_place(toks, k);
    }
    // "Four local residents passing by the school were wounded": past a participle phrase to
    // its main verb.
    if h == Head::Person {
        if let Some(m) = past_participle_phrase(toks, k) {
            return m;
        }
    }
    // "15 people who were injured", "two people who died": a relative clause's verb is theirs.
    if h == Head::Person {
        let (v, relative) = past_relative(toks, k);
        let casualty_verb = |t: &Tok| t.is_any(KILL_AFTER) || t.is_any(INJURE_AFTER);
        // "Another person who was injured in a missile attack on Poltava on September 3 died
        // in hospital today": the injured of the relative clause are the dead of the main one.
        if relative && toks.get(v).is_some_and(|t| t.is_any(INJURE_AFTER)) {
            let died = (v + 1..toks.len().min(v + 16))
                .take_while(|&m| !toks[m].is_any(&[",", ";", "."]))
                .find(|&m| toks[m].is_any(&["died", "dies"]));
            if let Some(m) = died {
                return m;
            }
        }
        if relative && !toks.get(v).is_some_and(casualty_verb) {
            // "Three men who were in the car died", "Four people who were walking past the
            // school at the time of the strike were injured": past the relative clause to its
            // main verb.
            let main = (v..toks.len().min(v + 14))
                .take_while(|&m| {
                    !toks[m].is_any(&[",", ";", "."])
                        && !toks[m].is_any(SUBORDINATORS)
                        && !matches!(toks[m].kind, Kind::Num(_))
                })
                .find(|&m| casualty_verb(&toks[m]));
            if let Some(m) = main {
                // "... who were at the airfield were fatally injured": the adverb with its verb.
                let fatally = m > v && toks[m - 1].is_any(&["fatally", "mortally"]);
                return m - usize::from(fatally);
            }
        }
        return v;
    }
    // "Among 21 who were killed": a bare number with its relative clause.
    if h == Head::None && toks.get(k).is_some_and(|t| t.is("who")) {
        return past_aux(toks, k + 1);
    }
    past_aux(toks, k)
}

/// "a married couple and their two young sons – have been killed", "A nine-year-old girl, her
/// mother and another woman were killed": the people coordinated with it share its verb (a
/// list of single people joined by commas only when "and" closes it; not "two people, a man and
/// a woman, were killed", an apposition).
fn past_coordinated(toks: &[Tok], k: usize, single: bool) -> usize {
    let mut at = k;
    while toks
        .get(at)
        .is_some_and(|t| t.is("and") || (single && t.is(",")))
    {
        let and = toks[at].is("and");
        let Some(m) = (at + 1..(at + 5).min(toks.len())).find(|&m| toks[m].is_any(PERSON_HEADS))
        else {
            break;
        };
        let stop = |n: usize| {
            toks[n].is_any(&[",", ";", ".", "including", "among", "such"])
                || toks[n].is_any(AUX)
                || matches!(toks[n].kind, Kind::Num(_))
        };
        if !and && (at + 1..m).any(stop) {
            break;
        }
        at = m + 1;
        if and {
            if toks.get(at).is_some_and(dash) {
                at += 1;
            }
            return at;
        }
    }
    k
}

/// "13 people - including two children and a pregnant woman - were injured", "Еще 17 человек
/// (среди них — четверо детей) пострадали": a parenthetical between dashes or brackets is
/// passed over.
fn past_parenthetical(toks: &[Tok], mut k: usize) -> usize {
    let closing = |t: &Tok| -> Option<fn(&Tok) -> bool> {
        if dash(t) {
            Some(|c: &Tok| c.is_any(&["-", "–", "—"]))
        } else if t.is("(") {
            Some(|c: &Tok| c.is(")"))
        } else {
            None
        }
    };
    // A dash right before a casualty verb ("Ще 25 – отримали травми", glossed "Another 25 -
    // sustained injuries"): the verb, not a parenthetical.
    let verb_next = toks
        .get(k + 1)
        .is_some_and(|t| t.is_any(INJURE_AFTER) || t.is_any(KILL_AFTER));
    if toks.get(k).is_some_and(dash) && verb_next {
        return k + 1;
    }
    if let Some(close) = toks.get(k).and_then(closing) {
        if let Some(m) = (k + 2..(k + 16).min(toks.len()))
            .take_while(|&m| !toks[m].is_any(&[";", "."]))
            .find(|&m| close(&toks[m]))
        {
            k = m + 1;
        } else if dash(&toks[k]) && toks.get(k + 1).is_some_and(|t| t.is_any(AUX)) {
            // The closing dash of a parenthetical the count is in: "– a couple and their two
            // sons – have been killed".
            k += 1;
        }
    }
    k
}

/// "three women aged 32, 36, and 56 were injured", "five people aged between 36 and 55 suffered
/// injuries", "a man born in 1986 died": past their ages.
/// The words between the ages of a list or a range after "aged".
const AGE_RANGE_WORDS: &[&str] = &[",", "and", "to", "between", "from"];

fn past_ages(toks: &[Tok], mut k: usize) -> usize {
    if toks.get(k).is_some_and(|t| t.is_any(AGE_WORDS)) {
        let mut m = k + 1;
        while toks
            .get(m)
            .is_some_and(|t| matches!(t.kind, Kind::Num(_)) || t.is_any(AGE_RANGE_WORDS))
        {
            m += 1;
        }
        // ("a woman aged 60 and wounded three others": not past the "and" after the last age.)
        while m > k + 1 && toks[m - 1].is_any(AGE_RANGE_WORDS) {
            m -= 1;
        }
        // "aged 44, 48 and 49 years old" (glossed "віком 44, 48 і 49 років").
        if m > k + 1 && toks.get(m).is_some_and(|t| t.is_any(&["years", "year"])) {
            m += usize::from(toks.get(m + 1).is_some_and(|t| t.is("old"))) + 1;
        }
        if m > k + 1 {
            k = m;
        }
    } else if toks.get(k).is_some_and(|t| matches!(t.kind, Kind::Num(_)))
        && toks
            .get(k + 1)
            .is_some_and(|t| t.is_any(&["years", "year"]))
        && toks.get(k + 2).is_some_and(|t| t.is("old"))
    {
        // "another girl 17 years old was injured" (glossed "ще одна дівчинка 17 років").
        k += 3;
    } else if toks.get(k).is_some_and(|t| t.is("born")) {
        // "a man born in 1986 died" (translated "чоловік 1986 року народження загинув"): past
        // the year of birth.
        let m = k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.is("in")));
        if toks.get(m).is_some_and(|t| matches!(t.kind, Kind::Num(_))) {
            k = m + 1;
        }
    }
    k
}

/// "Three crew members, citizens of Egypt and Syria, were killed": past an apposition between
/// commas; and whether there was one.
fn past_apposition(toks: &[Tok], k: usize) -> (usize, bool) {
    // "Three crew members, citizens of Egypt and Syria, were killed": an apposition.
    // "a second victim, a woman who had been waiting at the bus stop, died in hospital".
    // Not a verb with a count of its own: "killed 33 people, including six children, injured
    // 94 people" (another predicate, in a Ukrainian or Russian text's word order).
    let own_count = |m: usize| {
        toks[(m + 2).min(toks.len())..(m + 5).min(toks.len())]
            .iter()
            .take_while(|t| !t.is_any(&[",", ".", ";"]))
            .any(|t| matches!(t.kind, Kind::Num(_)))
    };
    const AUX_AFTER: &[&str] = &["were", "was", "have", "has", "had"];
    // "eight people, including an 11-year-old girl, in the region were injured": a place
    // between the closing comma and the verb.
    let place_then_aux = |m: usize| {
        toks[m]
            .is_any(&["in", "at", "on", "from", "near"])
            .then(|| {
                (m + 1..(m + 6).min(toks.len()))
                    .take_while(|&a| !toks[a].is_any(&[",", ";", "."]))
                    .find(|&a| toks[a].is_any(AUX_AFTER))
            })
            .flatten()
    };
    let closes = |m: usize| {
        toks[m].is(",")
            && (toks[m + 1].is_any(&["were", "was", "have", "has", "had", "died"])
                // ("four people, including two children, did not survive the attack").
                || toks[m + 1].is("did") && toks.get(m + 2).is_some_and(|t| t.is("not"))
                || ((toks[m + 1].is_any(KILL_AFTER) || toks[m + 1].is_any(INJURE_AFTER))
                    && !own_count(m))
                || place_then_aux(m + 1).is_some())
    };
    let close = toks.get(k).filter(|t| t.is(",")).and_then(|_| {
        (k + 2..(k + 16).min(toks.len().saturating_sub(1)))
            .take_while(|&m| !toks[m].is_any(&[";", "."]))
            .find(|&m| closes(m))
    });
    match close {
        Some(m) => (place_then_aux(m + 1).unwrap_or(m + 1), true),
        None => (k, false),
    }
}

/// "people in Kharkiv were", "residents of a nearby apartment building had been", "three
/// people, including a child, were": past a prepositional phrase or a parenthetical to the
/// auxiliary.
fn past_place(toks: &[Tok], mut k: usize) -> usize {
    let parenthetical = toks.get(k).is_some_and(|t| t.is(","))
        && toks
            .get(k + 1)
            .is_some_and(|t| t.is_any(PARENTHETICAL_OPENERS));
    // "Twelve people including a child were killed".
    let prep = toks.get(k).is_some_and(|t| t.is_any(SUBJECT_PREPS));
    // "Two residents Kursk region sustained injuries" (glossed "Два жителя Курской области"): a
    // region in the genitive, with no "of".
    // "A resident Sevastopol was killed" (glossed "Житель Севастополя погиб"): a city.
    let genitive = toks.get(k).is_some_and(|t| t.capitalized())
        && toks.get(k + 1).is_some_and(|t| {
            t.is_any(&["region", "oblast", "district", "krai"])
                || t.is_any(&["was", "were", "died"])
                || t.is_any(KILL_AFTER)
                || t.is_any(INJURE_AFTER)
        });
    if parenthetical || prep || genitive {
        let mut m = k + 1;
        // "three crew members of the vessel suffered injuries": a verb taking an injury, with
        // no auxiliary, ends the phrase too.
        // "left five members of the headquarters' staff injured": a participle right after an
        // "of" phrase (not "killed 31 people, including five children, and injured 150").
        let of = toks[k].is("of");
        // ("75 people including 14 children were injured": the part's number is inside the
        // phrase, no figure of its own.)
        let part = toks[k].is("including");
        // ("One resident of the house died": an intransitive verb of dying.)
        let verb = |t: &Tok| {
            t.is_any(&["were", "was", "have", "had", "are"])
                || t.is_any(INJURY_TAKING)
                || of && t.is_any(&["injured", "wounded", "hurt", "died", "perished"])
        };
        // Not past another figure: "kill 12 of our people in Kyiv, and almost 90 were wounded";
        // past a parenthetical inside the phrase: "Eight residents with acute stress reactions,
        // including 2 children, sought medical attention".
        while m < toks.len()
            && m < k + 8
            && !(m > k + 1
                && toks[m].is(",")
                && toks
                    .get(m + 1)
                    .is_some_and(|t| t.is_any(PARENTHETICAL_OPENERS))
                && {
                    let close = toks[m + 1..(m + 8).min(toks.len())]
                        .iter()
                        .position(|t| t.is(","));
                    if let Some(c) = close {
                        m += c + 2;
                    }
                    close.is_none()
                })
            && !verb(&toks[m])
            && !toks[m].is_any(&[";", "."])
            && !(of && toks[m].is(","))
            && (part || !matches!(toks[m].kind, Kind::Num(_)))
        {
            m += 1;
        }
        if (m > k + 1 || genitive && m > k) && toks.get(m).is_some_and(verb) {
            k = m;
        }
    }
    k
}

/// Past a relative pronoun (after a comma or not) and the auxiliaries after it: "people who
/// were injured", "people, which were injured" → the verb "injured"; and whether there was a
/// pronoun.
pub(super) fn past_relative(toks: &[Tok], k: usize) -> (usize, bool) {
    let relative = |t: &Tok| t.is_any(&["who", "which", "that"]);
    let after = if toks.get(k).is_some_and(relative) {
        k + 1
    } else if toks.get(k).is_some_and(|t| t.is(",")) && toks.get(k + 1).is_some_and(relative) {
        k + 2
    } else {
        k
    };
    (past_aux(toks, after), after > k)
}

/// The casualty verb after a participle phrase at `k` ("passing by the school were wounded",
/// "travelling on the bus were seriously injured"), when one follows within the clause (not past
/// a clause of its own: "working at the site where residents were killed"; not a participle of
/// a casualty: "seeking medical help after ...").
fn past_participle_phrase(toks: &[Tok], k: usize) -> Option<usize> {
    let t = toks.get(k)?;
    if !t.is_word()
        || !t.lower.ends_with("ing")
        || t.is_any(NOT_PARTICIPLES)
        || t.is_any(KILL_AFTER)
        || t.is_any(INJURE_AFTER)
    {
        return None;
    }
    let m = (k + 1..toks.len().min(k + 10))
        .take_while(|&m| {
            !toks[m].is_any(PHRASE_CLAUSE_STOPS)
                && !toks[m].is_any(SUBORDINATORS)
                && !matches!(toks[m].kind, Kind::Num(_))
        })
        .find(|&m| toks[m].is_any(AUX))?;
    let v = past_aux(toks, m);
    let casualty = |t: &Tok| t.is_any(KILL_AFTER) || t.is_any(INJURE_AFTER);
    // ("were seriously injured"; "were fatally wounded" keeps its adverb for the verb.)
    let adverb = toks
        .get(v)
        .is_some_and(|a| a.lower.ends_with("ly") && !a.is_any(&["fatally", "mortally"]))
        && toks.get(v + 1).is_some_and(casualty);
    let fatal = toks
        .get(v)
        .is_some_and(|a| a.is_any(&["fatally", "mortally"]));
    if adverb {
        return Some(v + 1);
    }
    (fatal || toks.get(v).is_some_and(casualty)).then_some(v)
}

/// Past up to seven auxiliaries ("have been", "were also").
fn past_aux(toks: &[Tok], start: usize) -> usize {
    let mut k = start;
    // ('three more civilians were "gravely injured"': scare quotes are no word.)
    while k < toks.len() && (toks[k].is_any(AUX) || toks[k].is("\"")) && k < start + 7 {
        k += 1;
    }
    // "14 were left injured": "left" before a casualty word is a copula.
    let left_as = k > start
        && toks.get(k).is_some_and(|t| t.is("left"))
        && toks
            .get(k + 1)
            .is_some_and(|n| n.is_any(&["injured", "wounded", "dead", "hurt"]));
    k + usize::from(left_as)
}
