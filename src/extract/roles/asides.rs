//! Asides between a count and its verb: an aside in commas passed over ("The fifth drone, it
//! said, was jammed", "nearly 40 drones, about 90 percent of those launched, were shot down"), and
//! a colon that lists a verb's objects ("shot down most of them: 333 drones and 16 missiles").

use super::super::lexicon::*;
use super::super::numbers::Tok;
use super::lists::colon_breakdown;
use super::verb_role;

/// "shot down most of them: 333 drones and 16 missiles", "destroyed 56 air targets: 43 cruise
/// missiles and 13 UAVs": a colon at `k` that lists the verb's objects.
pub(super) fn listing_colon(toks: &[Tok], k: usize) -> bool {
    // ("the weaponry he said air defense had shot down: nine Kalibr cruise missiles, ...": the
    // verb itself before the colon.)
    let downing = |t: &Tok| t.is_any(INTERCEPT_VERBS) || t.is("down");
    let verb = k >= 1 && downing(&toks[k - 1]);
    // ("targets were neutralised over several regions: 12 drones over Crimea, ...": the verb
    // and the area it was done over.)
    let over_areas = (k.saturating_sub(8)..k.saturating_sub(1)).any(|j| {
        downing(&toks[j])
            && toks[j + 1].is_any(OVER_AREA_PREPS)
            && toks[j + 2..k]
                .iter()
                .all(|t| t.lower.chars().all(char::is_alphabetic))
    });
    let verb = verb || over_areas;
    toks[k].is(":")
        && (toks[k.saturating_sub(3)..k]
            .iter()
            .any(|p| p.is_any(COLON_LIST_HEADS))
            || verb
            || colon_breakdown(toks, k))
}

/// Past an aside between commas that opens at `k` ("a ballistic missile, likely an X-101, hit
/// the city"): the token after its closing comma, when the aside has no verb or number of its
/// own and a verb follows it; else `k`.
pub(super) fn past_aside(toks: &[Tok], k: usize) -> usize {
    if !toks.get(k).is_some_and(|t| t.is(",")) {
        return k;
    }
    let Some(close) = (k + 1..toks.len().min(k + 8)).find(|&m| toks[m].is_any(&[",", ".", ";"]))
    else {
        return k;
    };
    let plain = toks[k + 1..close].iter().all(|t| {
        t.is_word()
            && verb_role(t, None).is_none()
            && !t.lower.starts_with(|c: char| c.is_ascii_digit())
            && !t.is_any(SMALL_NUMBER_WORDS)
            && !t.is_any(&["and", "or", "who", "which", "that"])
    });
    // ("nearly 40 drones, about 90-percent of those launched, were shot down": a proportion of
    // the count.)
    let aside = &toks[k + 1..close];
    let proportion = aside.iter().any(|t| t.is("of"))
        && aside.iter().any(|t| {
            t.is_any(PROPORTION_WORDS) || t.lower.ends_with("percent") || t.lower.ends_with('%')
        });
    let plain = plain || proportion;
    // ("The fifth drone, it said, was jammed": past the passive's auxiliary.)
    let v = (close + 1..toks.len())
        .find(|&v| !toks[v].is_any(PASSIVE_AUX))
        .unwrap_or(toks.len());
    let verb = toks
        .get(v)
        .and_then(|t| verb_role(t, toks.get(v + 1)))
        .is_some();
    if toks[close].is(",") && close > k + 1 && plain && verb {
        close + 1
    } else {
        k
    }
}
