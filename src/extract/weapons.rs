//! Weapon counts: drones and missiles launched, intercepted, hit or lost, with totals and parts.

use super::counts::Quant;
use super::heads::head;
use super::lexicon::*;
use super::numbers::{Kind, Quantity, Tok};
use super::roles::{part_verb_after_total, weapon_role, Role};
use super::scope::locality;
use super::sentence::{Cand, Head};
use super::sides::np_side;
use super::types::{Field, Side, Status};

/// The launched field of drones or missiles.
fn launched(drone: bool) -> Field {
    if drone {
        Field::DronesLaunched
    } else {
        Field::MissilesLaunched
    }
}

/// The intercepted field of drones or missiles.
fn intercepted(drone: bool) -> Field {
    if drone {
        Field::DronesIntercepted
    } else {
        Field::MissilesIntercepted
    }
}

/// The side of an owner right after a weapon noun phrase: "17 attack drones of the Ukrainian
/// Armed Forces" (glossed "беспилотников ВСУ"), "missiles of the Russian army".
fn owner_side(toks: &[Tok], end: usize) -> Option<Side> {
    if !toks.get(end).is_some_and(|t| t.is("of")) {
        return None;
    }
    let at = end + 1 + usize::from(toks.get(end + 1).is_some_and(|t| t.is("the")));
    np_side(toks, at, at + 1)
}

const SUBSET: &str = "a subset (\"including ...\") of a total in the same sentence";

/// "The Kalibr missile was one of 10 missiles launched ...": a copula before the part (it names
/// what a weapon was, not what was done to it).
fn copula_before(toks: &[Tok], k: usize) -> bool {
    k > 0 && toks[k - 1].is_any(COPULAS)
}

/// Pushes the candidates of a drone or missile count; returns the end of an "X of the Y" total
/// it consumed (quantities before it are done).
pub(crate) fn weapon_count(
    w: &Quant,
    mut cand: Cand,
    out: &mut Vec<Cand>,
    launched_seen: [bool; 2],
) -> Option<usize> {
    let drone = w.h == Head::Drone;
    cand.side = np_side(&w.s.toks, w.q.j, w.end).or_else(|| owner_side(&w.s.toks, w.end));
    if w.period {
        cand.status = Status::Aggregate;
        cand.field = Some(launched(drone));
        cand.reason = Some("a period total, not one attack".into());
        out.push(cand);
        return None;
    }
    // "far surpassing the previous record of 539 drones": an earlier attack compared with.
    let toks = &w.s.toks;
    let k = w.q.q_start;
    let record = k >= 3
        && toks[k - 1].is("of")
        && toks[k - 2].is_any(RECORD_NOUNS)
        && toks[k - 3].is_any(EARLIER_ADJECTIVES);
    if record {
        cand.field = Some(launched(drone));
        cand.reason = Some("an earlier record compared with, not this attack".into());
        out.push(cand);
        return None;
    }
    if let Some(end) = downed_total(w, &cand, out) {
        return Some(end);
    }
    let mut roles = roles_of(w, out);
    // X of Y "launched": the launch is Y's. "Six out of eight drones launched in the attack
    // crashed into ...": X did what the verb after the participle says; "it dropped 110 out of
    // 177 drones": with no verb we know, X is intercepted.
    if w.total.is_some() && roles == [Role::Launched] {
        if let Some(r) = part_verb_after_total(toks, w.end) {
            roles = vec![r];
        } else if !weapon_role(toks, w.q.q_start, w.end).1 && !copula_before(toks, w.q.q_start) {
            roles = vec![Role::Intercepted];
        }
    }
    // "The missile was one of 10 missiles fired at Ukraine": a part of the launch count it
    // names, no launch of its own beside it.
    // (Not "150 drones from five directions": a part is smaller than its whole.)
    let part = w
        .total
        .is_some_and(|y| y.value.zip(w.q.value).is_some_and(|(y, x)| x < y));
    if part && roles == [Role::Launched] {
        let mut c = cand.clone();
        c.field = Some(launched(drone));
        c.status = Status::Superseded;
        c.reason = Some("a part (\"X of Y\") of the launch count after it".into());
        out.push(c);
        roles.clear();
    }
    if all_but(w, &cand, out, &mut roles) && w.total.is_none() {
        return None;
    }
    if let Some((field, reason)) = part_of_earlier(w, &roles) {
        cand.field = field;
        cand.status = Status::Superseded;
        cand.reason = Some(reason.into());
        out.push(cand);
        return None;
    }
    if among_later(w) {
        cand.field = Some(launched(drone));
        cand.status = Status::Superseded;
        cand.reason = Some("a part (\"N ... were among M\") of a total stated after it".into());
        out.push(cand);
        return None;
    }
    if w.none_of {
        none_of(w, &cand, out, &mut roles);
    }
    let launched_before = launched_seen[usize::from(!drone)];
    if w.all_of && roles == [Role::Intercepted] && !launched_before {
        // "destroyed all 27 drones launched by Russia": all of them were launched too.
        roles.push(Role::Launched);
    }
    push_roles(w, &cand, &roles, out);
    let y = w.total?;
    let mut c = total_cand(w, &cand, y, launched(drone));
    if w.including {
        // "among them seven of the 12 ballistic missiles": 12 is a subtype.
        c.status = Status::Superseded;
        c.reason = Some(SUBSET.into());
    }
    out.push(c);
    Some(y.j)
}

/// "debris from one of 87 downed drones hit a building", "One of the 44 downed Russian missiles
/// fell in Moldova": Y, with a participle of downing before its noun, is the interceptions, and X
/// a part of them (what fell, not a count of the attack). The end of the phrase when it is one.
fn downed_total(w: &Quant, cand: &Cand, out: &mut Vec<Cand>) -> Option<usize> {
    let y = w.total?;
    let toks = &w.s.toks;
    // (Y's phrase may end past the weapon noun's: "X of the drones, 16 ...".)
    let between = toks.get(y.j..w.end).unwrap_or_default();
    if !between.iter().any(|t| t.is_any(DOWNED_ADJECTIVES)) {
        return None;
    }
    let drone = w.h == Head::Drone;
    let mut part = cand.clone();
    part.field = Some(intercepted(drone));
    part.status = Status::Superseded;
    part.reason = Some("a part (\"X of Y\") of the downed count after it".into());
    out.push(part);
    out.push(total_cand(w, cand, y, intercepted(drone)));
    Some(y.j)
}

/// The candidate of Y in "X of Y": the count `cand` of X moved to Y's phrase, with `field`.
fn total_cand(w: &Quant, cand: &Cand, y: &Quantity, field: Field) -> Cand {
    let mut c = cand.clone();
    c.tok_start = y.q_start;
    c.tok_end = w.end;
    c.value = y.value.and_then(|v| u32::try_from(v).ok());
    c.qualifier = y.qualifier;
    c.field = Some(field);
    c.status = Status::Used;
    c
}

/// The roles of a weapon count: its verb's, else (in a list item) the list lead's, else the
/// role of the item before it in an inline list ("destroyed over Belgorod (four drones), Kursk
/// (one drone), Bryansk (18 drones)").
fn roles_of(w: &Quant, out: &[Cand]) -> Vec<Role> {
    let (from, to) = w.subject.unwrap_or((w.q.q_start, w.end));
    let (mut roles, explicit) = weapon_role(&w.s.toks, from, to);
    if part_unstated(w) {
        // "most of about 70 missiles were shot down": 70 were launched; how many were downed is
        // not said.
        return vec![Role::Launched];
    }
    if !explicit && w.s.lead.is_none() {
        if let Some(r) = inline_list_role(w, out)
            .or_else(|| colon_list_role(w, out))
            .or_else(|| continued_role(w, out))
            .or_else(|| among_them_role(w))
        {
            return vec![r];
        }
    }
    if let Some(l) = w.s.lead.filter(|_| !explicit) {
        // "🔹 7 Kh-101 cruise missiles;" under "... shot down/suppressed by EW:".
        let lt = &w.sents[l].toks;
        let colon = lt.iter().rposition(|t| t.is(":")).unwrap_or(lt.len());
        let (r, e) = weapon_role(lt, colon, colon);
        if e {
            roles = r;
        }
    }
    roles
}

/// Whether a sentence opens with a part of what the sentence before counted: "Among them",
/// "Of these", "Of those".
pub(crate) fn opens_with_part_pronoun(toks: &[Tok]) -> bool {
    toks.first().is_some_and(|t| t.is_any(&["among", "of"]))
        && toks
            .get(1)
            .is_some_and(|t| t.is_any(&["them", "these", "those"]))
}

/// "... destroyed or suppressed 621 air targets. Among them - 587 attack drones and 34 cruise
/// missiles": a sentence with no verb that opens with "among them" (or "of these") breaks down
/// the air targets the sentence before intercepted, and its counts are intercepted too.
fn among_them_role(w: &Quant) -> Option<Role> {
    if !opens_with_part_pronoun(&w.s.toks) {
        return None;
    }
    let prev = w.sents.get(w.s.idx.checked_sub(1)?)?;
    let pt = &prev.toks;
    (0..pt.len()).find_map(|k| {
        if !matches!(pt[k].kind, Kind::Num(_)) {
            return None;
        }
        let targets = (k + 1..(k + 4).min(pt.len())).find(|&m| pt[m].is("targets"))?;
        let (roles, explicit) = weapon_role(pt, k, targets + 1);
        (explicit && roles == [Role::Intercepted]).then_some(Role::Intercepted)
    })
}

/// Whether the count is the whole of an unstated part: "most of (the) 70 missiles", "the
/// majority of the 50 drones", "some of the 30 drones".
fn part_unstated(w: &Quant) -> bool {
    let toks = &w.s.toks;
    let mut k = w.q.q_start;
    if k > 0 && toks[k - 1].is_any(&["the", "these", "those"]) {
        k -= 1;
    }
    k >= 2 && toks[k - 1].is("of") && toks[k - 2].is_any(UNSTATED_PARTS)
}

/// "... destroyed 70 drones over Crimea. Another 43 drones over the Krasnodar region and one over
/// the Volgograd region.": a sentence with no verb that opens with "another" continues the
/// sentence before, and its count has the role of that sentence's last count.
fn continued_role(w: &Quant, out: &[Cand]) -> Option<Role> {
    let (toks, q_start) = (&w.s.toks, w.q.q_start);
    const OTHER: &[&str] = &["another", "other"];
    // "Another 43 drones …" or "And another …": the opener is the sentence's first or second
    // word, right before the count. Checked first and in constant time: the verb scan below
    // runs only for such sentences (a long list must not make every count scan it).
    let opens = matches!(q_start, 1 | 2)
        && toks[q_start - 1].is_any(OTHER)
        && !toks[..q_start - 1].iter().any(|t| t.is_any(OTHER));
    if !(opens && w.s.idx > 0) {
        return None;
    }
    let verbless = !toks.iter().any(|t| {
        t.is_any(LAUNCH_VERBS) || t.is_any(INTERCEPT_VERBS) || t.is_any(&["were", "was", "are"])
    });
    if !verbless {
        return None;
    }
    let prev = out
        .iter()
        .rev()
        .find(|c| c.sent + 1 == w.s.idx && c.status == Status::Used)?;
    count_role(prev)
}

/// The role a used count's field gives the count that continues it: intercepted or launched
/// (casualty and hit fields continue nothing).
fn count_role(prev: &Cand) -> Option<Role> {
    match prev.field? {
        Field::DronesIntercepted | Field::MissilesIntercepted => Some(Role::Intercepted),
        Field::DronesLaunched | Field::MissilesLaunched => Some(Role::Launched),
        _ => None,
    }
}

/// The role of the previous weapon count of the sentence when only list punctuation, places and
/// "and" stand between the two.
fn inline_list_role(w: &Quant, out: &[Cand]) -> Option<Role> {
    let prev = used_before(w, out, w.q.q_start)?;
    let role = count_role(prev)?;
    let toks = &w.s.toks;
    let gap = toks.get(prev.tok_end..w.q.q_start)?;
    let listy = gap.len() <= 8
        && gap.iter().any(|t| t.is("("))
        && gap.iter().all(|t| {
            t.is_any(&[
                "(", ")", ",", "and", "the", "region", "regions", "oblast", "oblasts",
            ]) || t.text.chars().next().is_some_and(char::is_uppercase)
        });
    listy.then_some(role)
}

/// "69 Ukrainian drones were intercepted and destroyed by the air defence systems on duty: 28
/// UAVs over the Kursk region, 27 UAVs over the Bryansk region, …": the verbless items of a
/// list after a colon take the role of the count that introduces the list, as the lines of a
/// list take their lead's.
fn colon_list_role(w: &Quant, out: &[Cand]) -> Option<Role> {
    let colon = w.s.toks[..w.q.q_start].iter().rposition(|t| t.is(":"))?;
    count_role(used_before(w, out, colon)?)
}

/// The last used count of the sentence that ends by token `before`.
fn used_before<'a>(w: &Quant, out: &'a [Cand], before: usize) -> Option<&'a Cand> {
    out.iter()
        .rev()
        .take_while(|c| c.sent == w.s.idx)
        .find(|c| c.status == Status::Used && c.tok_end <= before)
}

/// "downed all but three of the 45 drones": 42 of 45 intercepted; "downed all but three of the
/// drones": of the count stated before; "a total of 31 Shahed drones, all intercepted except
/// one": 30. Returns whether it pushed (and cleared the roles).
fn all_but(w: &Quant, cand: &Cand, out: &mut Vec<Cand>, roles: &mut Vec<Role>) -> bool {
    let (toks, q) = (&w.s.toks, w.q);
    let drone = w.h == Head::Drone;
    let Some((all, participle)) = all_except(toks, q.q_start) else {
        return false;
    };
    let whole: Option<(u64, _)> = match w.total {
        Some(y) => y.value.map(|v| (v, y.qualifier)),
        None if w.partitive.is_some() => out
            .iter()
            .rev()
            .find(|c| c.field == Some(launched(drone)) && c.status == Status::Used)
            .and_then(|c| c.value.map(|v| (u64::from(v), c.qualifier))),
        // "Among these, 47 were cruise missiles, with air defenses intercepting all but six": the
        // last launch count of its weapon, in this sentence or the one before.
        None => out
            .iter()
            .rev()
            .filter(|c| c.sent + 1 >= w.s.idx)
            .find(|c| {
                c.field == Some(launched(drone))
                    && matches!(c.status, Status::Used | Status::Superseded)
            })
            .and_then(|c| c.value.map(|v| (u64::from(v), c.qualifier))),
    };
    let Some((m, mq)) = whole else {
        return false;
    };
    let (before, _) = weapon_role(toks, all, w.end);
    if !participle && !before.contains(&Role::Intercepted) {
        return false;
    }
    let mut c = cand.clone();
    c.tok_start = all;
    c.value = q
        .value
        .and_then(|n| u32::try_from(m.saturating_sub(n)).ok());
    c.qualifier = mq;
    c.field = Some(intercepted(drone));
    c.status = Status::Used;
    out.push(c);
    roles.clear();
    true
}

/// Where "all" stands in "all but N" / "all except (for) N", or in "all intercepted except N"
/// (then `true`: the participle gives the role), for the count at `q_start`.
fn all_except(toks: &[Tok], q_start: usize) -> Option<(usize, bool)> {
    let mut k = q_start;
    if k >= 2 && toks[k - 1].is("for") && toks[k - 2].is("except") {
        k -= 1;
    }
    if k < 2 || !toks[k - 1].is_any(&["but", "except"]) {
        return None;
    }
    let word = k - 1;
    if toks[word - 1].is("all") {
        return Some((word - 1, false));
    }
    (toks[word].is("except")
        && word >= 2
        && toks[word - 2].is("all")
        && toks[word - 1].is_any(INTERCEPT_VERBS))
    .then_some((word - 2, true))
}

/// A part of a count stated before, not a count of its own: its field and why.
fn part_of_earlier(w: &Quant, roles: &[Role]) -> Option<(Option<Field>, &'static str)> {
    let (s, toks, q) = (w.s, &w.s.toks, w.q);
    let drone = w.h == Head::Drone;
    // "Of the 126 drones, 104 were shot down": the part with its own outcome is used;
    // "Of the downed drones, 20 were over Kyiv" is a subset.
    // (The scans for the comma run only in such sentences: a count must not scan its whole
    // sentence, or a long one costs its square.)
    let opens_of = ["of the ", "of these ", "of them"]
        .iter()
        .any(|p| s.lower.starts_with(p));
    // ("Of them 7 were shot down", glossed "Из них 7 были сбиты": no comma after "of them".)
    let own_outcome = || {
        let pronoun =
            toks.len() > 2 && toks[0].is("of") && toks[1].is_any(&["them", "these", "those"]);
        let comma = toks.iter().position(|t| t.is(","));
        let comma = if pronoun && !toks[2].is(",") {
            Some(1)
        } else {
            comma
        };
        comma.is_some_and(|c| {
            q.q_start > c
                && roles.first() == Some(&Role::Intercepted)
                && !toks[..c]
                    .iter()
                    .any(|t| t.is_any(INTERCEPT_VERBS) || t.is_any(&["downed", "shot", "down"]))
        })
    };
    // ("Of the 126 drones, 104 were shot down", "Of the 26 drones that Russia fired ..., Ukrainian
    // forces shot down 21": the total named in the opening of-phrase is the launch count.)
    let opening_total = roles.first() == Some(&Role::Launched)
        && toks[..q.q_start].iter().all(|t| {
            t.is_any(&[
                "of", "the", "almost", "nearly", "about", "around", "more", "than", "over", "some",
            ])
        });
    if opens_of && !own_outcome() && !opening_total {
        let field = if roles.first() == Some(&Role::Intercepted) {
            intercepted(drone)
        } else {
            launched(drone)
        };
        return Some((
            Some(field),
            "a part (\"Of the ... drones, N ...\") of a count stated before",
        ));
    }
    // A part of a count: used only when its role differs from the count's ("31 drones, 23 of
    // which were shot down"); else a subset ("17 of them over Kursk").
    let earlier = w.partitive?;
    let role_field = |r: &Role| match r {
        Role::Intercepted => Some(intercepted(drone)),
        Role::Launched => Some(launched(drone)),
        _ => None,
    };
    roles
        .iter()
        .all(|r| role_field(r) == earlier || *r == Role::Launched)
        .then(|| {
            (
                roles.first().and_then(role_field),
                "a part (\"N of them\") of a count stated before",
            )
        })
}

/// "The six Kinzhals, ballistic missiles which ..., were among a volley of 18 missiles": a count
/// that its clause places among a later count of the same weapon.
fn among_later(w: &Quant) -> bool {
    let toks = &w.s.toks;
    let clause = toks
        .get(w.end..toks.len().min(w.end + 25))
        .unwrap_or(&[])
        .iter()
        .take_while(|t| !t.is_any(&[";", "."]))
        .count();
    (w.end + 1..w.end + clause).any(|a| {
        toks[a].is("among")
            && toks[a - 1].is_any(&["were", "was", "are", "is"])
            && (a + 1..toks.len().min(a + 5)).any(|k| {
                let number = matches!(toks[k].kind, Kind::Num(_)) || toks[k].is_any(NUMBER_WORDS);
                number && head(toks, k + 1).0 == w.h
            })
    })
}

/// "none of the three missiles were intercepted": 0 intercepted of 3 launched.
fn none_of(w: &Quant, cand: &Cand, out: &mut Vec<Cand>, roles: &mut Vec<Role>) {
    let toks = &w.s.toks;
    let later = toks
        .get(w.end.min(toks.len())..)
        .unwrap_or(&[])
        .iter()
        .take_while(|t| !t.is_any(&[";", "."]))
        .any(|t| t.is_any(INTERCEPT_VERBS) || t.is("shot"));
    if roles.contains(&Role::Intercepted) || later {
        let mut c = cand.clone();
        c.value = Some(0);
        c.field = Some(intercepted(w.h == Head::Drone));
        c.status = Status::Used;
        out.push(c);
        *roles = vec![Role::Launched];
    }
}

/// One candidate per role: launched, intercepted, hits; lost ones are not intercepted.
fn push_roles(w: &Quant, cand: &Cand, roles: &[Role], out: &mut Vec<Cand>) {
    let (s, drone) = (w.s, w.h == Head::Drone);
    // "destroyed more than 20 'Shaheds' in the Sumy region alone, with over 40 strike drones
    // shot down in total": one place's part of the total its sentence gives.
    let alone = s.toks.iter().any(|t| t.is("total"))
        && (w.end..s.toks.len().min(w.end + 8))
            .take_while(|&k| !s.toks[k].is_any(&[",", ";", "."]))
            .find(|&k| s.toks[k].is("alone"))
            .is_some_and(|a| s.places.iter().any(|p| p.0 >= w.end && p.0 < a));
    // ("shot down 23 of 28 drones - most over the capital Kyiv": the part of a launch total in
    // its own phrase has the total's scope, the attack's, when no place comes before it; not
    // "In Odessa, 12 out of 15 drones were destroyed".)
    let pair = w.total.is_some() && !s.places.iter().any(|p| p.0 < w.q.q_start);
    let regional = s.regional && !s.national && !pair || alone;
    for (n, role) in roles.iter().enumerate() {
        let mut c = cand.clone();
        if n > 0 {
            c.tok_start = w.q.q_start;
        }
        c.field = Some(match role {
            Role::Intercepted => intercepted(drone),
            Role::Launched => launched(drone),
            Role::Hit => Field::Hits,
            Role::Lost => {
                c.reason =
                    Some("lost or failed to reach targets: not counted as intercepted".into());
                c.field = Some(intercepted(drone));
                out.push(c);
                continue;
            }
            Role::Possible => {
                c.reason = Some("a launch that could come, not one made".into());
                c.field = Some(launched(drone));
                out.push(c);
                continue;
            }
            Role::Supplied => {
                c.reason = Some("weapons supplied, produced or bought: not an attack".into());
                c.field = Some(launched(drone));
                out.push(c);
                continue;
            }
        });
        c.status = Status::Used;
        let launched_part = w.of_which && *role == Role::Launched;
        // "destroyed and intercepted 17 UAVs, of which 6 were intercepted over the Voronezh
        // region, 6 over ...": the parts of an intercept total.
        let intercepted_part = w.of_which
            && *role == Role::Intercepted
            && out.iter().rev().take_while(|p| p.sent == s.idx).any(|p| {
                p.field == Some(intercepted(drone))
                    && p.status == Status::Used
                    && p.tok_end <= w.q.q_start
            });
        if w.including || launched_part || intercepted_part {
            c.status = Status::Superseded;
            c.reason = Some(SUBSET.into());
        } else if regional {
            c.subset = true; // a regional figure: used only when nothing national exists
            c.locality = locality(s, w.sents);
        }
        out.push(c);
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    #[test]
    fn a_downed_total_is_the_interceptions_and_its_part_no_count() {
        let e = one("Russia launched a record 90 Shahed-type drones overnight, the air force said. A boy was killed after falling debris from one of 87 downed drones hit a building in Odesa.");
        assert_eq!(e.drones_launched.map(|c| c.value), Some(90));
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(87));
        // Without the participle, X of Y stays a part of a launch count.
        let e = one("Air defences shot down 14 of 17 Shahed drones overnight, the air force said.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(14));
        assert_eq!(e.drones_launched.map(|c| c.value), Some(17));
    }
}
