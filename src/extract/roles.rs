//! Roles of weapon counts: launched, intercepted, hit or lost, from the governing verb.

use super::lexicon::*;
use super::numbers::{self, Tok};

mod asides;
mod defence;
mod denials;
mod lists;
mod passive;
mod totals;
use asides::{listing_colon, past_aside};
use defence::{defence_after, defence_subject};
use denials::{lost_or_jammed, not_reached, role_at};
use lists::subject_of_its_own;
pub(crate) use passive::part_verb_after_total;
use passive::passive_after;
use totals::{attack_of, out_of_total};

/// The role verb governing a weapon count: launched, intercepted or hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Launched,
    Intercepted,
    Hit,
    Lost,
    /// Supplied, produced, bought: not an attack's weapons.
    Supplied,
    /// A launch that may come ("Russia could unleash 1,000 drones in one night"): none made.
    Possible,
}

fn verb_role(t: &Tok, next: Option<&Tok>) -> Option<Role> {
    let w = t.lower.as_str();
    // "319 drones and 25 cruise missiles were knocked down"; not "knocked out power".
    if w == "knocked" {
        return next.filter(|n| n.is("down")).map(|_| Role::Intercepted);
    }
    // "strike UAVs", "attack drones": a kind of weapon, not a verb.
    if matches!(w, "strike" | "attack")
        && next.is_some_and(|n| {
            DRONE_HEADS.contains(&n.lower.as_str()) || MISSILE_HEADS.contains(&n.lower.as_str())
        })
    {
        return None;
    }
    // "fought off a drone", "fended off two drones".
    if matches!(w, "fought" | "fended" | "beat") && next.is_some_and(|n| n.is("off")) {
        return Some(Role::Intercepted);
    }
    // "took out seven drones", "taken down".
    if matches!(
        w,
        "shot" | "shoot" | "shooting" | "brought" | "taken" | "took" | "take" | "taking"
    ) {
        return next
            .filter(|n| n.is_any(&["down", "out", "downed"]))
            .map(|_| Role::Intercepted);
    }
    // ("later revised that down to 12": a change, not a downing.)
    if w == "down" && next.is_some_and(|n| n.is("to")) {
        return None;
    }
    if w == "down" || w == "downed" {
        return Some(Role::Intercepted);
    }
    // "confirmed the destruction of 50 attack drones", "the interception of three missiles".
    if INTERCEPT_NOUNS.contains(&w) && next.is_some_and(|n| n.is("of")) {
        return Some(Role::Intercepted);
    }
    if INTERCEPT_VERBS.contains(&w) {
        return Some(Role::Intercepted);
    }
    if LAUNCH_VERBS.contains(&w) {
        return Some(Role::Launched);
    }
    if LOST_WORDS.contains(&w) {
        return Some(Role::Lost);
    }
    if HIT_VERBS.contains(&w) {
        return Some(Role::Hit);
    }
    if SUPPLY_VERBS.contains(&w) {
        return Some(Role::Supplied);
    }
    None
}

/// The role a count's own phrase decides, before any verb ahead of it: an absolute participle
/// ("with 31 of the drones shot down"), a relative clause with a subject of its own, a fronted
/// total ("Out of more than 90 missiles, 73 ..."), a participle inside the noun phrase, "lost or
/// jammed", a passive right after it.
fn role_after(toks: &[Tok], q_start: usize, end: usize) -> Option<Vec<Role>> {
    // 0. "with 31 of the drones shot down", "with 406 drones and nine missiles successfully
    // intercepted": an absolute participle (past the counts coordinated with it); "24 drones
    // (13 shot down)", "(only nine intercepted)": the same in brackets.
    let bracket = q_start > 0 && toks[q_start - 1].is("(")
        || q_start > 1 && toks[q_start - 1].is("only") && toks[q_start - 2].is("(");
    let with_total = q_start > 3
        && toks[q_start - 4..q_start]
            .iter()
            .map(|t| t.lower.as_str())
            .eq(["with", "a", "total", "of"]);
    if q_start > 0 && toks[q_start - 1].is("with") || with_total || bracket {
        let participle = (end..toks.len().min(end + 8))
            .take_while(|&k| !toks[k].is_any(ABSOLUTE_PARTICIPLE_STOPS))
            .filter(|&k| toks[k].lower.ends_with("ed") || toks[k].is_any(&["shot", "down"]))
            .find_map(|k| verb_role(&toks[k], toks.get(k + 1)));
        if participle == Some(Role::Intercepted) {
            return Some(vec![Role::Intercepted]);
        }
        // "shot down 21 drones, with a total of up to 26 drones used by Russian forces": the
        // weapons launched (not "the interception of ... along with 308 drones launched by").
        let by = toks.get(end + 1).is_some_and(|t| t.is_any(&["by", "from"]));
        if with_total && by && toks[end].is_any(ABSOLUTE_LAUNCH_PARTICIPLES) {
            return Some(vec![Role::Launched]);
        }
        // "..., with two Russian missiles striking the Park Hotel": the weapons that hit.
        let striking = toks
            .get(end)
            .is_some_and(|t| t.is_any(&["striking", "hitting"]));
        if striking {
            return Some(vec![Role::Hit]);
        }
    }
    // 0b. "87 cruise missiles, 46 of which the AFU managed to shoot down": a relative clause
    // with a subject of its own; its verb is the count's.
    if end >= 2 && toks[end - 1].is_any(&["which", "them"]) && toks[end - 2].is("of") {
        let clause = toks[end..]
            .iter()
            .take(8)
            .take_while(|t| !t.is_any(&[",", ".", ";"]));
        for (n, _) in clause.enumerate() {
            match role_at(toks, end + n) {
                Some(Role::Intercepted) => return Some(vec![Role::Intercepted]),
                // (A denied interception: "31 of them could not be intercepted".)
                Some(Role::Launched)
                    if toks[end..end + n]
                        .iter()
                        .any(|t| t.is_any(INTERCEPT_DENIALS)) =>
                {
                    return Some(vec![Role::Launched])
                }
                _ => {}
            }
        }
    }
    // 0b'. "between 10 and 20 drones could have attacked the airport", "drones may be
    // launched": a launch guessed or to come.
    if toks
        .get(end)
        .is_some_and(|t| t.is_any(MODAL_WORDS) && !t.text.starts_with('M'))
    {
        let m = end + 1 + usize::from(toks.get(end + 1).is_some_and(|t| t.is_any(&["have", "be"])));
        if toks.get(m).and_then(|v| verb_role(v, toks.get(m + 1))) == Some(Role::Launched) {
            return Some(vec![Role::Possible]);
        }
    }
    // 0c. "Out of more than 90 missiles, 73 were shot down", "Of the 126 drones, 104 were ...":
    // the total a part is taken from, fronted with its own comma, is the launch count.
    if out_of_total(toks, q_start, end) {
        return Some(vec![Role::Launched]);
    }
    // "the ministry reported 48 downed drones" (glossed "о 48 сбитых БПЛА"): an intercept
    // participle inside the count's noun phrase.
    let downed_inside = (q_start + 1..end).any(|k| {
        (toks[k].lower.ends_with("ed") || toks[k].is("shot"))
            && verb_role(&toks[k], toks.get(k + 1)) == Some(Role::Intercepted)
    });
    // "Sobyanin reported five drones, destroyed over the Moscow region" (glossed "сообщил о
    // пяти БПЛА, уничтоженных"): a reported count and the participle after its comma.
    let reported = q_start > 0 && toks[q_start - 1].is_any(&["reported", "announced"]);
    let downed_after = toks.get(end).is_some_and(|t| t.is(","))
        && toks.get(end + 1).is_some_and(|p| {
            (p.lower.ends_with("ed") || p.is("shot"))
                && verb_role(p, toks.get(end + 2)) == Some(Role::Intercepted)
        })
        && !toks
            .get(end + 2 + usize::from(toks.get(end + 1).is_some_and(|p| p.is("shot"))))
            .is_some_and(|n| matches!(n.kind, numbers::Kind::Num(_)));
    if downed_inside || reported && downed_after {
        return Some(vec![Role::Intercepted]);
    }
    // "415 drones went off radar or were jammed", "were either jammed or disappeared from
    // radar": lost or jammed, one figure for both: neither intercepted nor launched.
    if lost_or_jammed(toks, end) {
        return Some(vec![Role::Lost]);
    }
    // "49 imitator drones did not reach their targets", "never reached": got through to nothing,
    // neither intercepted (by a verb before) nor a launch count of their own.
    if not_reached(toks, end) {
        return Some(vec![Role::Lost]);
    }
    // 1. A passive right after it: "36 drones were shot down", "64 were jammed".
    if let Some(r) = passive_after(toks, end) {
        return Some(vec![r]);
    }
    None
}

/// Past the closing quote of a quoted count: '"over two dozen drones" launched by Russia were
/// shot down' (the normalised text has ASCII quotes only).
fn past_quote(toks: &[Tok], q_start: usize, end: usize) -> usize {
    let quoted = toks.get(end).is_some_and(|t| t.is("\""))
        && end > q_start
        && toks[..q_start].iter().any(|t| t.is("\""));
    end + usize::from(quoted)
}

/// Finds the role of the weapon count at tokens `[q_start, end)`, and whether a verb said it
/// (`false`: the default, launched).
pub(crate) fn weapon_role(toks: &[Tok], q_start: usize, end: usize) -> (Vec<Role>, bool) {
    if let Some(r) = role_of_its_own(toks, end) {
        return (r, true);
    }
    let end = past_quote(
        toks,
        q_start,
        past_adverb(toks, past_type_phrase(toks, end.min(toks.len()))),
    );
    // One weapon named with an article: "a Russian missile".
    // (Not "one of which hit a car repair shop": a part of the count before.)
    let single = toks
        .get(q_start)
        .is_some_and(|t| t.is_any(&["a", "an", "one"]))
        && !toks.get(q_start + 1).is_some_and(|t| t.is("of"));
    if let Some(r) = role_after(toks, q_start, end) {
        return (r, true);
    }
    // 2. The nearest verb before it in the clause ("Russia fired 40 missiles", "struck Sumy with
    // two missiles": a strike *with* weapons launches them).
    let mut k = q_start;
    let mut steps = 0;
    let mut with = false;
    let mut comma = false;
    while k > 0 && steps < 22 {
        k -= 1;
        steps += 1;
        let t = &toks[k];
        if let Some(m) = aside_before(toks, k) {
            k = m;
            continue;
        }
        // (Not a comma before "as well as": "shot down 460 of the drones, as well as 19 of the
        // 20 missiles launched during the assault" lists the verb's objects.)
        comma |= t.is(",") && !as_well_as(toks, k + 1);
        if listing_colon(toks, k) {
            // The list's verb is before its colon, however long the list.
            steps = 0;
            continue;
        }
        if clause_start(toks, k) {
            break;
        }
        if t.is("with") {
            with = true;
        }
        if attack_with(toks, k, q_start) {
            return (vec![Role::Launched], true);
        }
        // "shot down 36 rockets and 186 drones out of 194 attack drones and 67 missiles fired":
        // a count coordinated after an "out of" total is a total too.
        if t.is("of")
            && k > 0
            && toks[k - 1].is("out")
            && k + 1 < q_start
            && !toks[q_start..end].iter().any(|t| t.is("of"))
            && toks[k.saturating_sub(8)..k - 1].iter().any(|t| t.is("and"))
        {
            return (vec![Role::Launched], true);
        }
        if let Some(r) = role_at(toks, k).or_else(|| knocked_out(toks, k)) {
            if participle_adjective(toks, k, q_start) || attack_of(toks, k, q_start) {
                continue;
            }
            // (Not the month: "on 15 May launched", glossed "15 мая запустила".)
            let month = k >= 1
                && toks[k - 1].is("may")
                && (toks[k - 1].text.starts_with('M')
                    || k >= 2 && matches!(toks[k - 2].kind, numbers::Kind::Num(_)));
            // "between 10 and 20 drones could have attacked the airport": a guess.
            let modal_perfect = k >= 2 && toks[k - 1].is("have") && toks[k - 2].is_any(MODAL_WORDS);
            if r == Role::Launched
                && k > 0
                && (toks[k - 1].is_any(MODAL_WORDS) && !month || modal_perfect)
            {
                return (vec![Role::Possible], true);
            }
            // "shot down 10 missiles fired from the Caspian Sea, 23 Shahed drones and ...": a
            // participle after a weapon noun modifies it; the verb of the list is further back.
            // ("eight Storm Shadow missiles allegedly launched by Ukraine": past its adverb.)
            let noun_at = if k > 1 && toks[k - 1].is_any(HEDGE_ADVERBS) {
                k - 2
            } else {
                k.saturating_sub(1)
            };
            // ("destroyed 104 out of 120 missiles fired and 42 out of 90 drones launched": the
            // participle closes the count before, coordinated with this one.)
            let closes_before = k + 1 < q_start
                && toks[k + 1..q_start].iter().all(|t| t.is_any(&["and", ","]))
                && toks[k + 1..q_start].iter().any(|t| t.is("and"));
            let reduced = r == Role::Launched
                && k > 0
                && (toks[noun_at].is_any(DRONE_HEADS) || toks[noun_at].is_any(MISSILE_HEADS))
                && (toks
                    .get(k + 1)
                    .is_some_and(|n| n.is_any(REDUCED_RELATIVE_PREPS))
                    || closes_before);
            if reduced {
                continue;
            }
            // "out of the 805 drones launched, 751 drones ... were intercepted": a verb closing
            // the clause before the count is not its verb; the clause after decides.
            if r == Role::Launched && toks.get(k + 1).is_some_and(|n| n.is(",")) && k + 1 < q_start
            {
                break;
            }
            // "The air defense forces hit all 9 UAVs": air defence hits what it intercepts.
            if r == Role::Hit && defence_subject(toks, k) {
                return (vec![Role::Intercepted], true);
            }
            if r == Role::Hit && with {
                return (vec![Role::Launched], true);
            }
            // "the building destroyed by a Russian missile": the missile destroyed, it was not.
            let agent = toks.get(k + 1).is_some_and(|n| n.is("by"))
                && toks.get(k + 2..q_start).is_some_and(|between| {
                    between
                        .iter()
                        .all(|t| t.is_any(&["a", "an", "the"]) || t.is_any(MODIFIERS))
                });
            if r == Role::Intercepted && agent {
                return (vec![Role::Launched], true);
            }
            // "a tire shop which was hit by a Russian missile": one weapon that hit, so one
            // launched (as "a Russian missile hit a tire shop").
            if r == Role::Hit && agent && single {
                return (vec![Role::Launched, Role::Hit], true);
            }
            // "While 183 drones were intercepted, 25 drones reached targets", "a majority were
            // shot down more than 50 drones hit their targets": a verb of another clause, or a
            // passive one (it takes no object), yields to the count's own verb after it.
            let v = if t.is_any(&["down", "out"]) {
                k.saturating_sub(1)
            } else {
                k
            };
            let passive = v > 0 && toks[v - 1].is_any(&["were", "was", "been", "be", "are", "is"]);
            if comma || passive {
                if let Some(f) = forward_role(toks, end, single) {
                    return (f, true);
                }
            }
            return (vec![r], true);
        }
    }
    forward_role(toks, end, single).map_or((vec![Role::Launched], false), |r| (r, true))
}

/// Whether the participle at `k` is an adjective, not the clause's verb: before its noun
/// ("destroyed 39 of 55 launched missiles and 20 of 21 drones"), or between "all" and the count
/// ("shot down all launched 24 drones", glossed "сбили все запущенные 24 беспилотника").
fn participle_adjective(toks: &[Tok], k: usize, q_start: usize) -> bool {
    // (Not "Among the destroyed aircraft were eight Shahed drones": a fronted phrase whose
    // participle is the count's outcome.)
    let fronted = k >= 2 && toks[k - 1].is("the") && toks[k - 2].is("among");
    // (Not "air defences destroyed drones over the Belgorod region (4 drones)": a verb after
    // its subject.)
    let verb = k > 0 && toks[k - 1].is_any(INTERCEPTOR_SUBJECTS);
    !fronted
        && !verb
        && k + 1 < q_start
        && toks
            .get(k + 1)
            .is_some_and(|n| n.is_any(DRONE_HEADS) || n.is_any(MISSILE_HEADS))
        || k + 1 == q_start
            && k > 0
            && (toks[k - 1].is("all") || k > 1 && toks[k - 1].is("the") && toks[k - 2].is("all"))
}

/// Whether token `k` opens the clause a count stands in, so that no verb before it is the count's:
/// a clause of contrast, report or cause ("destroyed 21 drones ..., as a result of the fall of one
/// drone a man was injured"), or "of which" ("367 aerial weapons—including missiles and
/// drones—of which 45 cruise missiles and 266 UAVs were intercepted": the relative clause's verb
/// is after its subject).
fn clause_start(toks: &[Tok], k: usize) -> bool {
    toks[k].is_any(BACKWARD_VERB_STOPS) || toks[k].is("which") && k > 0 && toks[k - 1].is("of")
}

/// Whether "as well as" begins at `k`.
fn as_well_as(toks: &[Tok], k: usize) -> bool {
    toks.get(k..k + 3)
        .is_some_and(|w| w[0].is("as") && w[1].is("well") && w[2].is("as"))
}

/// "condemned the Russian attack this Saturday with a missile against a residential building":
/// a noun of attack at `k` right before "with" and its weapons launches them (not "in overnight
/// attacks, along with three cruise missiles").
fn attack_with(toks: &[Tok], k: usize, q_start: usize) -> bool {
    let with = toks[k + 1..(k + 4).min(q_start)]
        .iter()
        .position(|w| w.is("with"))
        .is_some_and(|p| {
            !toks[k + 1..k + 1 + p].iter().any(|w| w.is_punct())
                && !toks[k + p].is_any(&["along", "together"])
        });
    with && toks[k].is_any(ATTACK_NOUNS)
}

/// Past a report's participle before the verb at `v`: "72 Shahed-type drones and other UAVs were
/// confirmed destroyed".
fn past_report(toks: &[Tok], v: usize) -> usize {
    let report = toks.get(v).is_some_and(|t| t.is_any(REPORTING_PARTICIPLES))
        && toks
            .get(v + 1)
            .is_some_and(|n| verb_role(n, toks.get(v + 2)).is_some());
    v + usize::from(report)
}

/// The start of an aside that ends at token `k`, which the search for a count's verb passes
/// over: "launched two ballistic missiles - including the one that hit Kryvyi Rih - and 112
/// drones" (a parenthetical between dashes), "63 Shahed drones (55 of them were shot down), 12
/// Iskander-M missiles" (any bracket), "hit with 70 missiles, 48 of which were shot down, and 140
/// drones" (the relative clause of the count before).
fn aside_before(toks: &[Tok], k: usize) -> Option<usize> {
    let t = &toks[k];
    if t.is_any(&["-", ")"]) {
        let open = if t.is(")") { "(" } else { "-" };
        let start = (k.saturating_sub(16)..k).rev().find(|&m| toks[m].is(open));
        let aside = start.filter(|&m| {
            open == "("
                || toks
                    .get(m + 1)
                    .is_some_and(|n| n.is_any(&["including", "which", "that", "the"]))
        });
        if aside.is_some() {
            return aside;
        }
    }
    if t.is(",") {
        return (k.saturating_sub(12)..k)
            .rev()
            .find(|&p| toks[p].is(","))
            .filter(|&p| {
                toks.get(p + 2).is_some_and(|o| o.is("of"))
                    && toks
                        .get(p + 3)
                        .is_some_and(|w| w.is_any(&["which", "them"]))
            });
    }
    None
}

/// A role the count's own words decide before any verb around it: "the 81-missile strike hit
/// ..." (a compound's weapons are the event's, launched); "shot down 32 Russian drones and 45
/// others disappeared from radars" (a verb of losing right after it, whatever verb governs the
/// list).
fn role_of_its_own(toks: &[Tok], end: usize) -> Option<Vec<Role>> {
    let compound = end >= 3
        && toks[end - 2].is("-")
        && toks[end - 2].start == toks[end - 3].end
        && toks.get(end).is_some_and(|t| t.is_any(COMPOUND_EVENTS));
    if compound {
        return Some(vec![Role::Launched]);
    }
    // "and four more are still in the air": neither intercepted nor anything else yet.
    if numbers::phrase_end(toks, end, AIRBORNE_PHRASES).is_some() {
        return Some(vec![Role::Lost]);
    }
    toks.get(end)
        .and_then(|t| verb_role(t, toks.get(end + 1)))
        .filter(|r| *r == Role::Lost)
        .map(|r| vec![r])
}

/// Past a sentence adverb after a count, with or without its commas ("and two, unfortunately,
/// hit the airfield", "three reportedly struck the port"): the verb after it is the count's.
fn past_adverb(toks: &[Tok], end: usize) -> usize {
    let adverb = |k: usize| toks.get(k).is_some_and(|t| t.is_any(COUNT_ADVERBS));
    if adverb(end) {
        return end + 1;
    }
    if toks.get(end).is_some_and(|t| t.is(","))
        && adverb(end + 1)
        && toks.get(end + 2).is_some_and(|t| t.is(","))
    {
        return end + 3;
    }
    end
}

/// Past a postmodifier naming the weapon's type ("a missile of the Kinzhal type hit", "drones of
/// the Shahed-136 type were shot down") or its abbreviation ("vehicles (UAVs)"): the verb after it
/// is the weapon's.
fn past_type_phrase(toks: &[Tok], end: usize) -> usize {
    // "65 Ukrainian unmanned aerial vehicles (UAVs) destroyed overnight": an abbreviation in
    // parentheses is part of the noun.
    if toks.get(end).is_some_and(|t| t.is("(")) {
        if let Some(close) = (end + 2..(end + 4).min(toks.len())).find(|&k| toks[k].is(")")) {
            // (A name, not a clause: "(only nine intercepted)".)
            let name = toks[end + 1..close].iter().all(|t| {
                t.is_word()
                    && t.text.starts_with(|c: char| c.is_uppercase())
                    && !t.is_any(NUMBER_WORDS)
            });
            if name {
                return past_type_phrase(toks, close + 1);
            }
        }
    }
    if !toks.get(end).is_some_and(|t| t.is("of")) {
        return end;
    }
    let name = end + 1 + usize::from(toks.get(end + 1).is_some_and(|t| t.is("the")));
    (name + 1..(name + 4).min(toks.len()))
        .find(|&k| toks[k].is_any(TYPE_NOUNS))
        .filter(|&k| {
            toks[name..k]
                .iter()
                .all(|t| t.is_word() && !t.is_any(&["and", "or"]))
        })
        .map_or(end, |k| k + 1)
}

/// One weapon named with an article whose strike the sentence tells, from `k` right after it:
/// "a Russian missile killed 29 people" (the subject of a casualty verb), "a Russian missile,
/// which today hit Dnipro, injured seven children" (a relative clause that hits).
fn single_strike(toks: &[Tok], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    if t.is_any(SINGLE_STRIKE_VERBS) {
        return !toks
            .get(k + 1)
            .is_some_and(|n| n.is_any(&["by", "in", "on", "at"]));
    }
    // "an enemy missile fell in a residential area", "a missile S-300 exploded" (not "the
    // debris of a missile fell": the article starts the count's phrase).
    // (Not a missile shot down or intercepted before it fell: its debris.)
    if t.is_any(MISSILE_FALL_VERBS) {
        let downed = toks[k.saturating_sub(10)..k]
            .iter()
            .enumerate()
            .any(|(n, v)| {
                let at = k.saturating_sub(10) + n;
                verb_role(v, toks.get(at + 1)) == Some(Role::Intercepted)
                    || v.is_any(&["debris", "wreckage", "fragments"])
            });
        return !downed
            && toks[k.saturating_sub(2)..k]
                .iter()
                .any(|n| n.is_any(MISSILE_HEADS));
    }
    if !(t.is(",")
        && toks
            .get(k + 1)
            .is_some_and(|n| n.is_any(&["which", "that"])))
    {
        return false;
    }
    (k + 2..toks.len().min(k + 12))
        .take_while(|&m| !toks[m].is_any(&[",", ".", ";"]))
        .any(|m| verb_role(&toks[m], toks.get(m + 1)) == Some(Role::Hit))
}

/// "air defenses knocked out at least 34 missiles": "knocked out" at `k`, with the weapons as
/// its object, intercepts them (not "76 missiles knocked out power": there they are its subject,
/// which the search before a count never reaches).
fn knocked_out(toks: &[Tok], k: usize) -> Option<Role> {
    (toks[k].is("knocked") && toks.get(k + 1).is_some_and(|n| n.is("out")))
        .then_some(Role::Intercepted)
}

/// Past what comes between one weapon and its verb (`k`, right after the weapon): "a missile
/// fired from Russia hit an apartment building" (a participle of origin; of one weapon only:
/// "two missiles launched by Russian forces hit a school" were launched), "a ballistic missile,
/// likely an X-101, hit the city" (an aside between commas with no verb or count of its own).
/// `Err`: the participle is the only verb ("a US-supplied ATACMS missile launched by Ukrainian
/// forces detonated above the city": one launched, whatever became of it).
fn past_origin(toks: &[Tok], k: usize) -> Result<usize, Vec<Role>> {
    let origin = toks
        .get(k)
        .is_some_and(|t| t.is_any(&["fired", "launched"]))
        && toks.get(k + 1).is_some_and(|n| n.is_any(&["from", "by"]));
    let k = if origin {
        (k + 2..toks.len().min(k + 8))
            .take_while(|&m| !toks[m].is_any(&[",", ".", ";"]))
            .find(|&m| toks[m].is_any(HIT_VERBS))
            .ok_or_else(|| vec![Role::Launched])?
    } else {
        k
    };
    Ok(past_aside(toks, k))
}

/// Whether the comma at `k` is a serial comma before "and" in a list of counts under one verb
/// ("nine ballistic missiles, 13 cruise missiles, and 20 drones were downed"): not after a verb
/// of the count's own ("11 ballistic missiles targeted Ukraine, and 11 were intercepted", "70 of
/// which were Shahed types, and 89 were shot down").
fn serial_comma(toks: &[Tok], end: usize, k: usize) -> bool {
    toks.get(k + 1).is_some_and(|n| n.is_any(&["and", "&"]))
        && !toks[end..k].iter().enumerate().any(|(m, v)| {
            v.is_any(&[
                "were", "was", "is", "are", "been", "had", "has", "have", "which",
            ]) || verb_role(v, toks.get(end + m + 1)).is_some()
        })
}

/// The verb after a weapon count that it is the subject of (steps 3 and 4 of [`weapon_role`]).
fn forward_role(toks: &[Tok], end: usize, single: bool) -> Option<Vec<Role>> {
    // 3. The main verb after a participle or a coordinated noun phrase: "19 drones launched at Kyiv
    // were shot down", "650 drones and 51 missiles were employed".
    let mut k = past_aside(toks, end);
    let mut active: Option<Role> = None;
    let mut active_after_weapon = false;
    while k < toks.len() && k < end + 12 {
        let t = &toks[k];
        if t.is_any(&[";", ".", "but", "while", "which", "who"]) {
            break;
        }
        if k > end && subject_of_its_own(toks, k) {
            break;
        }
        // "40 Kh-101 cruise missiles (35 were shot down), 5 Kh-22": a bracket after the count is
        // an aside with a subject of its own; the count's verb is outside it.
        if t.is("(") {
            if let Some(close) = (k + 1..toks.len().min(k + 16)).find(|&m| toks[m].is(")")) {
                k = close + 1;
                continue;
            }
        }
        if t.is_any(&["were", "was", "been"]) {
            // "... and three guided missiles were also intercepted": past the adverbs; "72
            // Shahed-type drones and other UAVs were confirmed destroyed": past a report's
            // participle.
            let v = (k + 1..toks.len())
                .find(|&v| !toks[v].is_any(PASSIVE_AUX))
                .unwrap_or(toks.len());
            let v = past_report(toks, v);
            // ("seven UAVs and one airborne target were detected and destroyed": a coordinated
            // verb of interception is the outcome, as right after the count.)
            let r = passive::passive_after(toks, k).filter(|r| *r == Role::Intercepted);
            if let Some(r) = r.or_else(|| role_at(toks, v)) {
                // "two drones targeted the Kremlin and were shot down": both.
                return match active {
                    Some(a) if toks[k - 1].is("and") && a != r => Some(vec![a, r]),
                    _ => Some(vec![r]),
                };
            }
        }
        if active.is_none() && !toks[k - 1].is_any(&["were", "was", "been"]) {
            active = verb_role(t, toks.get(k + 1)).filter(|_| {
                !toks
                    .get(k + 1)
                    .is_some_and(|n| n.is_any(&["by", "from", "at"]))
            });
            // "26 Russian missiles and 52 drones had hit 25 sites": past a perfect's auxiliary.
            let w = if k >= 2 && toks[k - 1].is_any(&["had", "have", "has"]) {
                k - 2
            } else {
                k - 1
            };
            active_after_weapon =
                active.is_some() && (toks[w].is_any(DRONE_HEADS) || toks[w].is_any(MISSILE_HEADS));
        }
        let serial = active.is_none() && serial_comma(toks, end, k);
        if t.is(",") && k > end && !serial {
            break;
        }
        k += 1;
    }
    if let Some(r) = defence_after(toks, end) {
        return Some(r);
    }
    // 4. The subject of an active verb right after it: "111 drones targeted the Dnipro region"
    // (past their owner: "five drones of the Ukrainian Armed Forces destroyed over the region").
    let start = passive::past_owner(toks, end);
    let mut k = start;
    while k < toks.len() && k < start + 4 && toks[k].is_any(BEFORE_OWN_VERB) {
        k += 1;
    }
    // "Seven UAVs loaded with explosives and shrapnel hit the pumping station": past what they
    // carried, to the verb.
    if toks.get(k).is_some_and(|t| t.is_any(CARRYING_PARTICIPLES)) {
        if let Some(v) = (k + 1..toks.len().min(k + 8))
            .take_while(|&v| !toks[v].is_any(&[",", ";", "."]))
            .find(|&v| verb_role(&toks[v], toks.get(v + 1)).is_some())
        {
            k = v;
        }
    }
    if single {
        match past_origin(toks, k) {
            Ok(v) => k = v,
            Err(roles) => return Some(roles),
        }
    }
    if single && single_strike(toks, k) {
        return Some(vec![Role::Launched, Role::Hit]);
    }
    // "a ballistic missile had destroyed a social infrastructure facility": a weapon that
    // destroys something hit it, it was not destroyed.
    let destroys = toks
        .get(k)
        .is_some_and(|v| v.is_any(&["destroyed", "destroys"]))
        && toks
            .get(k + 1)
            .is_some_and(|o| o.is_any(DESTROYED_OBJECT_STARTS));
    if destroys {
        return Some(if single {
            vec![Role::Launched, Role::Hit]
        } else {
            vec![Role::Hit]
        });
    }
    if let Some(r) = toks.get(k).and_then(|v| verb_role(v, toks.get(k + 1))) {
        // "46 drones disappeared from radar" (not "hit by", "launched from"); "14 drones
        // neutralised by electronic warfare" (glossed "нейтрализовали средствами РЭБ"): a reduced
        // passive of downing, its agent the defence.
        let agent = toks.get(k + 1).is_some_and(|n| n.is("by"));
        let downed_by = r == Role::Intercepted && agent && toks[k].lower.ends_with("ed");
        if r == Role::Lost
            || downed_by
            || !toks.get(k + 1).is_some_and(|n| n.is_any(&["by", "from"]))
        {
            // "a Russian missile hit an apartment building": one launched, and a hit; "three
            // missiles hit the city": hits only (the launch count is another figure).
            let mut roles = vec![r];
            if r == Role::Hit && single {
                roles.insert(0, Role::Launched);
            }
            // "... targeted the Kremlin and were shot down"
            let mut m = k + 1;
            while m < toks.len() && m < k + 12 && !toks[m].is_any(&[";", "."]) {
                if toks[m].is("and") && toks.get(m + 1).is_some_and(|n| n.is_any(&["were", "was"]))
                {
                    if let Some(r2) = toks.get(m + 2).and_then(|v| verb_role(v, toks.get(m + 3))) {
                        if !roles.contains(&r2) {
                            roles.push(r2);
                        }
                    }
                    break;
                }
                m += 1;
            }
            return Some(roles);
        }
    }
    // "10 missiles and 25 drones reached targets": the verb of a coordinated subject (not of a
    // relative clause: "15 drones that Russia launched").
    let coordinated = active_after_weapon && toks.get(end).is_some_and(|t| t.is("and"));
    match active {
        Some(Role::Hit) if coordinated && single => Some(vec![Role::Launched, Role::Hit]),
        Some(Role::Hit) if coordinated => Some(vec![Role::Hit]),
        Some(r) if coordinated => Some(vec![r]),
        _ => None,
    }
}
