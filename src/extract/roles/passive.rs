//! The passive after a weapon count ("36 drones were shot down", "17 UAVs were detected and
//! destroyed"), past what stands between the count and its verb.

use super::super::lexicon::*;
use super::super::numbers::Tok;
use super::{role_at, verb_role, Role};

/// Past what stands between a count and its own verb: a participle phrase between commas ("A
/// drone, flying towards Moscow, was destroyed") or a relative clause with a participle ("a drone
/// that was flying towards Moscow was destroyed"); `end` when there is neither.
fn past_modifier(toks: &[Tok], end: usize) -> usize {
    let ing = |t: &Tok| t.lower.ends_with("ing") && t.lower.len() > 4;
    if toks.get(end).is_some_and(|t| t.is(",")) && toks.get(end + 1).is_some_and(ing) {
        if let Some(c) = (end + 2..toks.len().min(end + 10)).find(|&k| toks[k].is(",")) {
            return c + 1;
        }
    }
    // "three ballistic missiles, which were flying towards Kyiv, were shot down" (glossed "три
    // балістичні ракети, які летіли в напрямку Києва, збили"): a relative clause between commas.
    if toks.get(end).is_some_and(|t| t.is(","))
        && toks
            .get(end + 1)
            .is_some_and(|t| t.is_any(&["which", "that"]))
    {
        if let Some(c) = (end + 2..toks.len().min(end + 12))
            .take_while(|&k| !toks[k].is_any(&[";", "."]))
            .find(|&k| toks[k].is(","))
        {
            return c + 1;
        }
    }
    // "60 drones, primarily of the Shahed type, had been confirmed shot down": an aside between
    // commas with no auxiliary of its own, right before the count's auxiliary.
    if toks.get(end).is_some_and(|t| t.is(",")) {
        let close = (end + 1..toks.len().min(end + 10))
            .take_while(|&k| !toks[k].is_any(&[";", ".", "(", ")"]) && !toks[k].is_any(FINITE_AUX))
            .find(|&k| toks[k].is(","));
        if let Some(c) = close.filter(|&c| c > end + 1) {
            if toks.get(c + 1).is_some_and(|t| t.is_any(COUNT_AUX)) {
                return c + 1;
            }
        }
    }
    // "Two Ukrainian missiles attempting to attack the Crimean Bridge have been shot down": a
    // participle phrase with no commas, up to the auxiliary of the count's own verb.
    if toks.get(end).is_some_and(ing) {
        if let Some(a) = (end + 1..toks.len().min(end + 10))
            .take_while(|&m| !toks[m].is_any(&[",", ";", ".", "and", "but"]))
            .find(|&m| toks[m].is_any(&["was", "were", "have", "has"]))
        {
            return a;
        }
    }
    if toks.get(end).is_some_and(|t| t.is_any(&["that", "which"])) {
        let mut k = end + 1;
        while toks.get(k).is_some_and(|t| t.is_any(&["was", "were"])) {
            k += 1;
        }
        if toks.get(k).is_some_and(ing) {
            if let Some(a) = (k + 1..toks.len().min(k + 8))
                .take_while(|&m| !toks[m].is_any(&[",", ";", "."]))
                .find(|&m| toks[m].is_any(&["was", "were"]))
            {
                return a;
            }
        }
    }
    end
}

/// Past an abbreviation in brackets and the owner of the weapons between a count and its
/// verb: "three unmanned aerial vehicles (UAVs) of the Armed Forces of Ukraine (AFU) were
/// discovered and destroyed".
pub(super) fn past_owner(toks: &[Tok], end: usize) -> usize {
    let mut k = end;
    for _ in 0..4 {
        if toks.get(k).is_some_and(|t| t.is("(")) {
            match (k + 1..toks.len().min(k + 8)).find(|&m| toks[m].is(")")) {
                Some(close) => k = close + 1,
                None => break,
            }
        } else if toks.get(k).is_some_and(|t| t.is("of"))
            && toks.get(k + 1).is_some_and(|t| t.is("the"))
            && toks.get(k + 2).is_some_and(|t| t.capitalized())
        {
            k += 2;
            while toks.get(k).is_some_and(|t| t.capitalized() || t.is("of")) {
                k += 1;
            }
        } else {
            break;
        }
    }
    k
}

/// The role a passive right after a count's noun phrase (ending at `end`) gives it: "36 drones
/// were shot down", "64 were jammed", "17 UAVs were detected and destroyed".
pub(super) fn passive_after(toks: &[Tok], end: usize) -> Option<Role> {
    let start = past_modifier(toks, past_owner(toks, end));
    let mut k = start;
    while k < toks.len()
        && k < start + 5
        && (toks[k].is_any(PASSIVE_AUX)
            // "ще 42 ворожі дрони — локаційно втрачено": a dash before the participle.
            || toks[k].is_any(&["\"", "“", "'", "locationally", "locally", "‘", "-"])
            // "12 of which were not shot down": role_at reads the denial.
            || toks[k].is_any(INTERCEPT_DENIALS)
            || ((k > end || toks[end - 1].is_any(&["which", "them", "these"]))
                && toks[k].is_any(ABLE_TO)))
    {
        k += 1;
    }
    // "a ballistic missile had destroyed a facility": a perfect without "been" is active, the
    // weapon its subject (forward_role reads it).
    let chain = &toks[start..k];
    let perfect = chain.iter().any(|t| t.is_any(&["has", "had", "have"]))
        && !chain
            .iter()
            .any(|t| t.is_any(&["were", "was", "been", "being", "are", "is"]));
    // "eight missiles allegedly launched by Ukraine": an adverb and a participle of origin,
    // no auxiliary: a reduced relative, not the count's passive.
    let reduced = chain.iter().all(|t| t.is_any(HEDGE_ADVERBS))
        && toks
            .get(k + 1)
            .is_some_and(|n| n.is("by") || n.is_any(REDUCED_RELATIVE_PREPS));
    // "Безпілотник, що летів ..., знищено" (glossed "A drone, flying ..., destroyed"): the
    // impersonal participle after the phrase, no auxiliary.
    let impersonal = start > end
        && k == start
        && toks
            .get(k)
            .is_some_and(|t| t.lower.ends_with("ed") || t.is("shot"));
    if (k > start || impersonal) && !perfect && !reduced {
        // "21 drones were recorded hitting 13 locations": the verb after the report's.
        if toks.get(k).is_some_and(|t| t.is_any(REPORTING_PARTICIPLES)) {
            if let Some(r) = toks.get(k + 1).and_then(|v| verb_role(v, toks.get(k + 2))) {
                return Some(r);
            }
        }
        // "17 UAVs were detected and destroyed", "were spotted, shot down": a coordinated verb
        // of interception is the outcome.
        // ("were identified by air defense systems and destroyed": past the first verb's agent.)
        // ("was detected over the territory of the Moscow region and suppressed by electronic
        // warfare", glossed: past the first verb's place.)
        let mut n = k + 1;
        let span = if toks.get(n).is_some_and(|t| t.is("by")) {
            6
        } else if toks
            .get(n)
            .is_some_and(|t| t.is_any(PLACE_PREPOSITIONS) || t.is("above"))
        {
            10
        } else {
            0
        };
        if span > 0 {
            let and_at = (n + 1..toks.len().min(n + span))
                .take_while(|&m| !toks[m].is_any(&[",", ";", "."]))
                .find(|&m| toks[m].is("and"));
            n = and_at.unwrap_or(n);
        }
        let first = n;
        while toks.get(n).is_some_and(|t| t.is_any(&[",", "and"])) && n < first + 2 {
            n += 1;
        }
        let then = (n > k + 1 && toks.get(k).is_some_and(|t| t.lower.ends_with("ed")))
            .then(|| toks.get(n).and_then(|v| verb_role(v, toks.get(n + 1))))
            .flatten();
        let r = role_at(toks, k);
        if r != Some(Role::Intercepted) && then == Some(Role::Intercepted) {
            return Some(Role::Intercepted);
        }
        if let Some(r) = r {
            return Some(r);
        }
    }
    None
}

/// The verb of a part whose total carries a launch participle: "Six out of eight drones
/// launched in the attack crashed into residential buildings", "five of the 10 missiles fired
/// at Kharkiv hit ...": the participle is the total's; the part did what the verb after says
/// (hit or intercepted). `end` is the end of the total's noun phrase.
pub(crate) fn part_verb_after_total(toks: &[Tok], end: usize) -> Option<Role> {
    let p = toks.get(end)?;
    if verb_role(p, toks.get(end + 1)) != Some(Role::Launched) || !p.lower.ends_with("ed") {
        return None;
    }
    (end + 1..toks.len().min(end + 12))
        .take_while(|&k| !toks[k].is_any(&[",", ";", ".", "and", "but", "while", "which", "that"]))
        .filter(|&k| !toks[k - 1].is_any(&["a", "an", "the", "this", "that"]))
        .find_map(|k| {
            verb_role(&toks[k], toks.get(k + 1))
                .filter(|r| matches!(r, Role::Hit | Role::Intercepted))
        })
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    #[test]
    fn a_participle_phrase_without_commas_reaches_the_count_s_passive() {
        // The verb of attacking inside the phrase is the weapons' purpose, not their role.
        let e = one("Two Ukrainian missiles attempting to attack the Crimean Bridge have been shot down by air defence, the ministry said.");
        assert_eq!(e.missiles_intercepted.map(|c| c.value), Some(2));
        let e = one("Three drones heading towards Moscow have been destroyed, the mayor said.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(3));
        // No auxiliary after the phrase: the verb before the count decides.
        let e = one("Russia launched 40 drones targeting Kyiv, and 30 were shot down.");
        assert_eq!(e.drones_launched.map(|c| c.value), Some(40));
    }
}
