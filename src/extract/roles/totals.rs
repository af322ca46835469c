//! Fronted totals: "Out of more than 90 missiles, 73 were shot down", "Of the 126 drones, 104
//! were ...", "З шести ракет чотири знищила ППО": the total a part is taken from is the launch
//! count. And an attack's total after its noun: "intercepted a massive strike of 337 drones".

use super::super::lexicon::*;
use super::super::numbers::Tok;
use super::{verb_role, Role};

/// Whether the count at `[q_start, end)` is a fronted total: "Out of (more than) 90 missiles,"
/// or "Of the 126 drones," at the start of its clause, another count right after the comma.
pub(super) fn out_of_total(toks: &[Tok], q_start: usize, end: usize) -> bool {
    let mut k = q_start;
    while k > 0
        && toks[k - 1].is_any(&[
            "more", "than", "over", "at", "least", "about", "the", "some",
        ])
    {
        k -= 1;
    }
    if k == 0 || !toks[k - 1].is("of") {
        return false;
    }
    let of = k - 1;
    // (Past opening quotes: "«З шести ракет чотири знищила ППО".)
    let first = toks.iter().take_while(|t| t.is_any(OPENING_QUOTES)).count();
    // ("The Air Force said that of 75 drones ...": after a reporting "that" too.)
    let opens = |i: usize| i <= first || toks[i - 1].is_any(&[",", ";", ":", "that"]);
    let fronted = (of > 0 && toks[of - 1].is("out") && opens(of - 1)) || opens(of);
    // ("З шести ракет чотири знищила ППО", glossed "Of six missiles four were destroyed": a
    // number word.)
    let num =
        |t: &Tok| matches!(t.kind, crate::extract::numbers::Kind::Num(_)) || t.is_any(NUMBER_WORDS);
    // ("Из 35 крылатых ракет 34 были сбиты", glossed "Of 35 cruise missiles 34 were shot
    // down": no comma in Russian or Ukrainian.)
    let comma = usize::from(toks.get(end).is_some_and(|t| t.is(",")));
    let reported = of > 0 && toks[of - 1].is("that");
    if fronted && (comma == 1 || of == first || reported) && toks.get(end + comma).is_some_and(num)
    {
        return true;
    }
    // ("з 75 безпілотників було збито 71", glossed "of 75 drones was shot down 71": the verb
    // of downing before the part.)
    let downing =
        |t: &Tok| t.is_any(PASSIVE_AUX) || t.is_any(INTERCEPT_VERBS) || t.is_any(&["shot", "down"]);
    let verb_end = (end..toks.len().min(end + 5))
        .find(|&k| !downing(&toks[k]))
        .unwrap_or(end);
    if fronted
        && verb_end > end
        && toks[end..verb_end]
            .iter()
            .any(|t| t.is_any(INTERCEPT_VERBS) || t.is("down"))
        && toks.get(verb_end).is_some_and(num)
    {
        return true;
    }
    // "of more than 50 missiles launched at our territory 44 were shot down" (translated copy,
    // no comma): a participle phrase of launching after the total, then the part and its verb
    // of downing.
    if fronted && toks.get(end).is_some_and(|t| t.is_any(LAUNCH_PARTICIPLES)) {
        let part = (end + 1..toks.len().min(end + 7))
            .take_while(|&k| !toks[k].is_any(&[",", ";", ".", ":"]))
            .find(|&k| num(&toks[k]));
        // ("44 were shot down", "44 missiles were shot down": the verb's next word is read too.)
        let downed = |p: usize| {
            (p + 1..toks.len().min(p + 5))
                .any(|k| verb_role(&toks[k], toks.get(k + 1)) == Some(Role::Intercepted))
        };
        if part.is_some_and(downed) {
            return true;
        }
    }
    // "Of the 26 drones that Russia fired at Ukraine on April 19-20, Ukrainian forces shot down
    // 21", "Of the almost forty drones fired by Russia last night, air defences shot down 24":
    // a clause of its own after the total, then the part downed.
    let comma = (end..toks.len().min(end + 16))
        .take_while(|&k| !toks[k].is_any(&[";", "."]))
        .find(|&k| toks[k].is(","));
    fronted
        && of == first
        && comma.is_some_and(|c| {
            let rest = &toks[c + 1..toks.len().min(c + 10)];
            rest.iter().any(num)
                && rest
                    .iter()
                    .enumerate()
                    .any(|(n, t)| verb_role(t, rest.get(n + 1)) == Some(Role::Intercepted))
        })
}

/// "intercepted a massive strike of 337 Ukrainian drones": an attack noun with its article,
/// right before "of" and the count, is no verb; the count is the attack's weapons, and the verb
/// before it decides.
pub(super) fn attack_of(toks: &[Tok], k: usize, q_start: usize) -> bool {
    let noun = toks[k].is_any(ATTACK_NOUNS)
        && toks.get(k + 1).is_some_and(|t| t.is("of"))
        && k + 2 == q_start;
    let article = (k.saturating_sub(3)..k).any(|m| toks[m].is_any(&["a", "an", "the"]));
    noun && article
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    #[test]
    fn an_attack_of_n_weapons_takes_the_verb_before_it() {
        let e = one("Russia's Defense Ministry claimed its forces had intercepted a massive strike of 337 Ukrainian drones across multiple regions.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(337));
        assert_eq!(e.hits.map(|c| c.value), None);
        let e = one("In Odesa at night, the enemy sent an attack of 15 Shahed drones.");
        assert_eq!(e.drones_launched.map(|c| c.value), Some(15));
    }
}
