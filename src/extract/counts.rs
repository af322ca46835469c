//! Quantities to figure candidates: implied numbers, partitives, weapon counts, strikes and casualties.

use super::casualties::{casualty_field, ground_fire};
use super::dates::{Cue, CueKind};
use super::heads::{head, not_a_count};
use super::lexicon::*;
use super::numbers::{self, Quantity};
use super::roles::{weapon_role, Role};
use super::scope::locality;
use super::sentence::{Cand, Head, Sent};
use super::sides::np_side;
use super::types::{Field, Qualifier, Status};
use crate::text::LineKind;
use crate::warning::Warning;
use regex::Regex;
use std::sync::LazyLock;

/// Figures above this are not one attack's (a typo, a money amount, a garbled number).
pub(crate) const PLAUSIBLE_MAX: u64 = 20_000;

/// "a second victim", "a third person": the toll so far, from two on.
pub(crate) const ORDINALS: &[&str] = &["second", "third", "fourth", "fifth", "sixth"];

pub(crate) static ALL_OF_THEM: LazyLock<Regex> = crate::regex!(
    r"(?i)\ball (?:of )?(?:them|which|these|those)\b[^.;]{0,30}?\b(?:were|was|had been|have been)\s+(?:shot down|destroyed|intercepted|downed|neutrali[sz]ed)"
);

fn classify_sentence(
    s: &Sent,
    sents: &[Sent],
    out: &mut Vec<Cand>,
    warnings: &mut Vec<Warning>,
    id: &str,
) {
    classify_quantities(s, sents, out, warnings, id);
    // "... and all of them were shot down": as many intercepted as the count before.
    let qualified = |m: &regex::Match| {
        let before = s.lower[..m.start()].trim_end();
        ["almost", "nearly", "not", "virtually", "practically"]
            .iter()
            .any(|w| before.ends_with(w))
    };
    if let Some(m) = ALL_OF_THEM.find(&s.text).filter(|m| !qualified(m)) {
        let launched = out
            .iter()
            .rev()
            .filter(|c| c.sent + 1 >= s.idx && c.status == Status::Used)
            .find(|c| {
                matches!(
                    c.field,
                    Some(Field::DronesLaunched | Field::MissilesLaunched)
                )
            })
            .cloned();
        if let Some(l) = launched {
            let tok_start = s
                .toks
                .iter()
                .position(|t| t.start >= m.start())
                .unwrap_or(0);
            let tok_end = s
                .toks
                .iter()
                .rposition(|t| t.end <= m.end())
                .map_or(s.toks.len(), |k| k + 1);
            out.push(Cand {
                sent: s.idx,
                field: Some(if l.field == Some(Field::DronesLaunched) {
                    Field::DronesIntercepted
                } else {
                    Field::MissilesIntercepted
                }),
                tok_start,
                tok_end,
                ..l
            });
        }
    }
}

pub(crate) fn classify_quantities(
    s: &Sent,
    sents: &[Sent],
    out: &mut Vec<Cand>,
    warnings: &mut Vec<Warning>,
    id: &str,
) {
    let toks = &s.toks;
    let quants = numbers::quantities(toks);
    let mut including = false;
    let mut skip_until = 0;
    let infobox_key = if s.kind == LineKind::Infobox {
        let l = s.lower.trim_start_matches(['-', ' ', '|']);
        if l.starts_with("deaths")
            || l.starts_with("fatalities")
            || l.starts_with("killed")
            || l.contains("deaths") && l.len() < 60
        {
            Some(Field::Killed)
        } else if l.starts_with("injur")
            || l.starts_with("wounded")
            || l.starts_with("reported injuries")
            || l.contains("injur") && l.len() < 80
        {
            Some(Field::Injured)
        } else {
            None
        }
    } else {
        None
    };
    let mut quants = quants;
    let mut covered = vec![false; toks.len()];
    for q in &quants {
        for c in covered.iter_mut().take(q.j).skip(q.i) {
            *c = true;
        }
    }
    for (k, t) in toks.iter().enumerate() {
        // "killing the driver": one person; "a second victim died in hospital": the toll is two.
        // "The driver sustained shrapnel injuries", "her husband was wounded".
        let the_one = t.is_any(&["the", "his", "her", "their"]);
        let ordinal = ORDINALS
            .iter()
            .position(|o| t.is(o))
            .filter(|_| k > 0 && toks[k - 1].is("a"))
            .map(|p| p as u64 + 2);
        if (the_one || ordinal.is_some()) && !covered[k] {
            let (h, e, noun) = head(toks, k + 1);
            let probe = Quantity::implied(k, ordinal.unwrap_or(1));
            let field = (h == Head::Person && !noun.ends_with('s'))
                .then(|| casualty_field(toks, &probe, Head::Person, e))
                .flatten();
            if field.is_some() && (the_one || field == Some(Field::Killed)) {
                quants.push(probe);
            }
            continue;
        }
        // "both Kh-59 missiles were destroyed": two.
        if t.is("both") && !covered[k] {
            let (h, e, noun) = head(toks, k + 1);
            let coordinated = toks.get(e).is_some_and(|n| n.is_any(&["and", "as", "or"]));
            // "Both of them were destroyed": two of the count before.
            let of_them = toks.get(k + 1).is_some_and(|n| n.is("of"))
                && toks
                    .get(k + 2)
                    .is_some_and(|n| n.is_any(&["them", "which", "these"]));
            if (matches!(h, Head::Missile | Head::Drone) && noun.ends_with('s') && !coordinated)
                || of_them
            {
                quants.push(Quantity::implied(k, 2));
            }
            continue;
        }
        if t.is_any(&["a", "an"]) && !covered[k] {
            let (h, _, _) = head(toks, k + 1);
            let singular = toks[k + 1..]
                .iter()
                .take(6)
                .find(|t| t.is_any(MISSILE_HEADS) || t.is_any(DRONE_HEADS))
                .is_some_and(|t| !t.lower.ends_with('s') || t.is_any(&["iskander-m"]));
            let person_one = h == Head::Person && {
                let probe = Quantity::implied(k, 1);
                let (_, e, noun) = head(toks, k + 1);
                !noun.ends_with('s') && casualty_field(toks, &probe, Head::Person, e).is_some()
            };
            // "a fraction of the price of a cruise missile": no verb launches it.
            let launched = h == Head::Missile && singular && {
                let (_, e, _) = head(toks, k + 1);
                weapon_role(toks, k, e).1
            };
            if launched || person_one {
                quants.push(Quantity::implied(k, 1));
            }
        }
    }
    quants.sort_by_key(|q| q.i);
    // Running state of this sentence, so that each quantity is O(1) work (long lines stay linear).
    let mut last_end: Option<usize> = None;
    let mut last_weapon_field: Option<Field> = None;
    // The last weapon count of the previous sentence ("Russia launched 44 drones. Air defences
    // destroyed 37 of them.").
    let prev_field: Option<Field> = out
        .iter()
        .rev()
        .take_while(|c| c.sent + 1 >= s.idx)
        .filter(|c| c.status == Status::Used)
        .find_map(|c| {
            c.field.filter(|f| {
                matches!(
                    f,
                    Field::DronesLaunched
                        | Field::DronesIntercepted
                        | Field::MissilesLaunched
                        | Field::MissilesIntercepted
                )
            })
        });
    let mut prev_weapon: Option<Head> = prev_field.map(|f| match f {
        Field::DronesLaunched | Field::DronesIntercepted => Head::Drone,
        _ => Head::Missile,
    });
    let mut launched_seen = [false, false];
    for (qi, q) in quants.iter().enumerate() {
        // Update the running state from what the previous quantity pushed.
        if let Some(c) = out.last().filter(|c| c.sent == s.idx) {
            last_end = Some(c.tok_end);
            if c.status == Status::Used {
                match c.field {
                    Some(f @ (Field::DronesLaunched | Field::DronesIntercepted)) => {
                        last_weapon_field = Some(f);
                        prev_weapon = Some(Head::Drone);
                        launched_seen[0] |= f == Field::DronesLaunched;
                    }
                    Some(f @ (Field::MissilesLaunched | Field::MissilesIntercepted)) => {
                        last_weapon_field = Some(f);
                        prev_weapon = Some(Head::Missile);
                        launched_seen[1] |= f == Field::MissilesLaunched;
                    }
                    _ => {}
                }
            }
        }
        if q.i < skip_until {
            continue;
        }
        let mut cand = Cand {
            sent: s.idx,
            field: None,
            value: q.value.and_then(|v| u32::try_from(v).ok()),
            qualifier: q.qualifier,
            tok_start: q.q_start,
            tok_end: q.j,
            side: None,
            date: None,
            locality: None,
            status: Status::Rejected,
            reason: None,
            subset: false,
            period: false,
        };
        let prev = q.q_start.checked_sub(1).map(|k| &toks[k]);
        // "among them seven of the 12 ballistic missiles", "including 15 ballistic".
        let among_them = q.q_start >= 2
            && toks[q.q_start - 2].is("among")
            && toks[q.q_start - 1].is_any(&["them", "which", "these", "those"]);
        if prev.is_some_and(|p| p.is("including") || p.is("among")) || among_them {
            including = true;
        }
        if including {
            if let Some(last) = last_end {
                let gap = toks.get(last.min(q.q_start)..q.q_start).unwrap_or(&[]);
                if gap.iter().any(|t| t.is_any(&[",", ";", "."]))
                    && !prev.is_some_and(|p| p.is("including"))
                    && !among_them
                {
                    including = false;
                }
            }
        }
        // Numbers that are never counts.
        if let Some(reason) = not_a_count(toks, q, &s.cues) {
            if q.digits || q.vague {
                cand.reason = Some(reason);
                out.push(cand);
            }
            continue;
        }
        let (mut h, mut end, noun) = head(toks, q.j);
        let mut partitive: Option<Option<Field>> = None;
        let none_of = q.q_start >= 2
            && toks[q.q_start - 1].is("the")
            && toks[q.q_start - 2].is("of")
            && q.q_start >= 3
            && toks[q.q_start - 3].is("none");
        let all_of = q.q_start >= 1 && toks[q.q_start - 1].is("all")
            || (q.q_start >= 3
                && toks[q.q_start - 1].is("the")
                && toks[q.q_start - 2].is("of")
                && toks[q.q_start - 3].is("all"));
        // "X of the Y drones" / "X out of Y": the head is after Y.
        let mut total: Option<&Quantity> = None;
        if matches!(h, Head::Other | Head::None) {
            let mut k = q.j;
            if toks.get(k).is_some_and(|t| t.is("out")) {
                k += 1;
            }
            if toks.get(k).is_some_and(|t| t.is("of")) {
                k += 1;
                if toks
                    .get(k)
                    .is_some_and(|t| t.is_any(&["the", "its", "these", "those"]))
                {
                    k += 1;
                }
                if let Some(y) = quants.get(qi + 1).filter(|y| y.q_start == k || y.i == k) {
                    let (h2, e2, _) = head(toks, y.j);
                    h = h2;
                    end = e2;
                    total = Some(y);
                } else {
                    // "23 of which were shot down", "97 of the drones were shot down", "17 of them
                    // over Kursk": a part of a count stated before.
                    let (h2, e2, _) = head(toks, k);
                    let earlier = last_weapon_field.or(prev_field);
                    // "two of its entrances": a part of something else.
                    let other_noun = h2 == Head::Other
                        && !toks
                            .get(k)
                            .is_some_and(|t| t.is_any(&["them", "which", "these", "those"]));
                    h = if matches!(h2, Head::Drone | Head::Missile) {
                        h2
                    } else if other_noun {
                        Head::Other
                    } else {
                        match earlier {
                            Some(Field::DronesLaunched | Field::DronesIntercepted) => Head::Drone,
                            Some(Field::MissilesLaunched | Field::MissilesIntercepted) => {
                                Head::Missile
                            }
                            _ => h,
                        }
                    };
                    end = if matches!(h2, Head::Drone | Head::Missile) {
                        e2
                    } else {
                        k + 1
                    };
                    partitive = Some(earlier);
                }
            }
        }
        // "thirty-one were shot down", "three more were suppressed", "of which 167 were shot
        // down": a bare number with a role verb counts what the count before it counts.
        if h == Head::None || (h == Head::Person && matches!(noun.as_str(), "more" | "others")) {
            let (roles, explicit) = weapon_role(toks, q.q_start, end.max(q.j));
            let noun_before = toks[..q.q_start].iter().rev().find_map(|t| {
                if t.is_any(DRONE_HEADS) && !t.is_any(&["vehicles", "munitions"]) {
                    Some(Head::Drone)
                } else if t.is_any(MISSILE_HEADS) {
                    Some(Head::Missile)
                } else {
                    None
                }
            });
            let earlier = noun_before.or(prev_weapon);
            let casualty_cue = casualty_field(toks, q, h, end).is_some();
            if explicit
                && !casualty_cue
                && roles
                    .iter()
                    .any(|r| matches!(r, Role::Intercepted | Role::Lost))
            {
                if let Some(e) = earlier {
                    h = e;
                    end = end.max(q.j);
                }
            }
        }
        if q.vague {
            cand.status = Status::Vague;
            cand.field = match h {
                Head::Drone => Some(Field::DronesLaunched),
                Head::Missile => Some(Field::MissilesLaunched),
                Head::Person | Head::Killed | Head::Injured => None,
                _ => None,
            };
            cand.reason = Some(format!(
                "vague quantity \"{}\": never a count",
                toks[q.i].text
            ));
            cand.tok_end = end.max(q.j);
            if !matches!(h, Head::Other | Head::None) {
                out.push(cand);
            }
            continue;
        }
        // "a Kh-31 missile", "an Iskander-M ballistic missile".
        cand.tok_end = end.max(q.j);
        let period = s
            .cues
            .iter()
            .any(|c| c.kind == CueKind::Period && cue_governs(s, c, q))
            || s.in_period_para;
        cand.period = period;
        if let Some(v) = q.value {
            if v > PLAUSIBLE_MAX
                && matches!(
                    h,
                    Head::Drone | Head::Missile | Head::Person | Head::Killed | Head::Injured
                )
            {
                cand.reason = Some(format!("{v} is implausible for one attack"));
                warnings.push(Warning::article(
                    id,
                    format!(
                        "implausible figure {v} in \"{}\": ignored",
                        s.text.chars().take(120).collect::<String>()
                    ),
                ));
                out.push(cand);
                continue;
            }
        } else {
            cand.reason = Some("not a whole number that fits".into());
            if matches!(h, Head::Drone | Head::Missile | Head::Person) {
                warnings.push(Warning::article(
                    id,
                    format!("unreadable number \"{}\": ignored", toks[q.i].text),
                ));
            }
            out.push(cand);
            continue;
        }
        match h {
            Head::Drone | Head::Missile => {
                let drone = h == Head::Drone;
                cand.side = np_side(toks, q.j, end);
                if period {
                    cand.status = Status::Aggregate;
                    cand.field = Some(if drone {
                        Field::DronesLaunched
                    } else {
                        Field::MissilesLaunched
                    });
                    cand.reason = Some("a period total, not one attack".into());
                    out.push(cand);
                    continue;
                }
                let (mut roles, explicit) = weapon_role(toks, q.q_start, end);
                if let Some(l) = s.lead.filter(|_| !explicit) {
                    // "🔹 7 Kh-101 cruise missiles;" under "... shot down/suppressed by EW:".
                    let lt = &sents[l].toks;
                    let colon = lt.iter().rposition(|t| t.is(":")).unwrap_or(lt.len());
                    let (r, e) = weapon_role(lt, colon, colon);
                    if e {
                        roles = r;
                    }
                }
                // "downed all but three of the 45 drones": 42 of 45.
                let all_but = q.q_start >= 2
                    && toks[q.q_start - 1].is("but")
                    && toks[q.q_start - 2].is("all");
                // "downed all but three of the drones": of the count stated before.
                let launched_field = if drone {
                    Field::DronesLaunched
                } else {
                    Field::MissilesLaunched
                };
                let whole: Option<(u64, Qualifier)> = match total {
                    Some(y) => y.value.map(|v| (v, y.qualifier)),
                    None if partitive.is_some() => out
                        .iter()
                        .rev()
                        .find(|c| c.field == Some(launched_field) && c.status == Status::Used)
                        .and_then(|c| c.value.map(|v| (u64::from(v), c.qualifier))),
                    None => None,
                };
                if let Some((m, mq)) = whole.filter(|_| all_but) {
                    let (before, _) = weapon_role(toks, q.q_start - 2, end);
                    if before.contains(&Role::Intercepted) {
                        let mut c = cand.clone();
                        c.tok_start = q.q_start - 2;
                        c.value = q
                            .value
                            .and_then(|n| u32::try_from(m.saturating_sub(n)).ok());
                        c.qualifier = mq;
                        c.field = Some(if drone {
                            Field::DronesIntercepted
                        } else {
                            Field::MissilesIntercepted
                        });
                        c.status = Status::Used;
                        out.push(c);
                        roles.clear();
                        if total.is_none() {
                            continue;
                        }
                    }
                }
                // "Of the 126 drones, 104 were shot down": the part with its own outcome is used;
                // "Of the downed drones, 20 were over Kyiv" is a subset.
                let comma = toks.iter().position(|t| t.is(","));
                let own_outcome = comma.is_some_and(|c| {
                    q.q_start > c
                        && roles.first() == Some(&Role::Intercepted)
                        && !toks[..c].iter().any(|t| {
                            t.is_any(INTERCEPT_VERBS) || t.is_any(&["downed", "shot", "down"])
                        })
                });
                if (s.lower.starts_with("of the ")
                    || s.lower.starts_with("of these ")
                    || s.lower.starts_with("of them"))
                    && !own_outcome
                {
                    cand.field = Some(match (drone, roles.first()) {
                        (true, Some(Role::Intercepted)) => Field::DronesIntercepted,
                        (false, Some(Role::Intercepted)) => Field::MissilesIntercepted,
                        (true, _) => Field::DronesLaunched,
                        (false, _) => Field::MissilesLaunched,
                    });
                    cand.status = Status::Superseded;
                    cand.reason = Some(
                        "a part (\"Of the ... drones, N ...\") of a count stated before".into(),
                    );
                    out.push(cand);
                    continue;
                }
                if let Some(earlier) = partitive {
                    // A part of a count: used only when its role differs from the count's
                    // ("31 drones, 23 of which were shot down"); else a subset ("17 of them over Kursk").
                    let role_field = |r: &Role| match (drone, r) {
                        (true, Role::Intercepted) => Some(Field::DronesIntercepted),
                        (false, Role::Intercepted) => Some(Field::MissilesIntercepted),
                        (true, Role::Launched) => Some(Field::DronesLaunched),
                        (false, Role::Launched) => Some(Field::MissilesLaunched),
                        _ => None,
                    };
                    if roles
                        .iter()
                        .all(|r| role_field(r) == earlier || *r == Role::Launched)
                    {
                        cand.field = roles.first().and_then(role_field);
                        cand.status = Status::Superseded;
                        cand.reason =
                            Some("a part (\"N of them\") of a count stated before".into());
                        out.push(cand);
                        continue;
                    }
                }
                if none_of {
                    // "none of the three missiles were intercepted": 0 intercepted of 3 launched.
                    let later = toks
                        .get(end.min(toks.len())..)
                        .unwrap_or(&[])
                        .iter()
                        .take_while(|t| !t.is_any(&[";", "."]))
                        .any(|t| t.is_any(INTERCEPT_VERBS) || t.is("shot"));
                    if roles.contains(&Role::Intercepted) || later {
                        let mut c = cand.clone();
                        c.value = Some(0);
                        c.field = Some(if drone {
                            Field::DronesIntercepted
                        } else {
                            Field::MissilesIntercepted
                        });
                        c.status = Status::Used;
                        out.push(c);
                        roles = vec![Role::Launched];
                    }
                }
                let launched_before = launched_seen[usize::from(!drone)];
                if all_of && roles == [Role::Intercepted] && !launched_before {
                    // "destroyed all 27 drones launched by Russia": all of them were launched too.
                    roles.push(Role::Launched);
                }
                let regional = s.regional && !s.national;
                let subset = including;
                for (n, role) in roles.iter().enumerate() {
                    let mut c = cand.clone();
                    if n > 0 {
                        c.tok_start = q.q_start;
                    }
                    c.field = Some(match (drone, role) {
                        (true, Role::Intercepted) => Field::DronesIntercepted,
                        (false, Role::Intercepted) => Field::MissilesIntercepted,
                        (true, Role::Launched) => Field::DronesLaunched,
                        (false, Role::Launched) => Field::MissilesLaunched,
                        (_, Role::Hit) => Field::Hits,
                        (true, Role::Lost) | (false, Role::Lost) => {
                            c.reason = Some(
                                "lost or failed to reach targets: not counted as intercepted"
                                    .into(),
                            );
                            c.field = Some(if drone {
                                Field::DronesIntercepted
                            } else {
                                Field::MissilesIntercepted
                            });
                            out.push(c);
                            continue;
                        }
                    });
                    c.status = Status::Used;
                    if subset {
                        c.status = Status::Superseded;
                        c.reason = Some(
                            "a subset (\"including ...\") of a total in the same sentence".into(),
                        );
                    } else if regional {
                        c.subset = true; // a regional figure: used only when nothing national exists
                        c.locality = locality(s, sents);
                    }
                    out.push(c);
                }
                if let Some(y) = total {
                    let mut c = cand.clone();
                    c.tok_start = y.q_start;
                    c.tok_end = end;
                    c.value = y.value.and_then(|v| u32::try_from(v).ok());
                    c.qualifier = y.qualifier;
                    c.field = Some(if drone {
                        Field::DronesLaunched
                    } else {
                        Field::MissilesLaunched
                    });
                    c.status = Status::Used;
                    if subset {
                        // "among them seven of the 12 ballistic missiles": 12 is a subtype.
                        c.status = Status::Superseded;
                        c.reason = Some(
                            "a subset (\"including ...\") of a total in the same sentence".into(),
                        );
                    }
                    out.push(c);
                    skip_until = y.j;
                }
            }
            Head::Bomb | Head::Ground => {
                cand.field = if h == Head::Bomb {
                    Some(Field::GlideBombs)
                } else {
                    None
                };
                cand.status = if period && h == Head::Bomb {
                    Status::Aggregate
                } else {
                    Status::Rejected
                };
                cand.reason = Some(if h == Head::Bomb {
                    "guided aerial bombs are not missiles".into()
                } else {
                    "artillery, MLRS rockets and shells are not missiles".into()
                });
                out.push(cand);
            }
            Head::StrikeEvents => {
                cand.reason = Some(format!("counts {noun} (events), not weapons"));
                out.push(cand);
            }
            Head::Strike => {
                if period {
                    cand.reason = Some("a period total, not one attack".into());
                } else {
                    cand.field = Some(Field::Hits);
                    cand.status = Status::Used;
                    cand.locality = locality(s, sents);
                }
                out.push(cand);
            }
            Head::Person | Head::Killed | Head::Injured | Head::None | Head::Other => {
                let field = infobox_key
                    .filter(|_| q.i <= 4)
                    .or_else(|| casualty_field(toks, q, h, end));
                match field {
                    Some(f) if !period => {
                        cand.field = Some(f);
                        cand.status = Status::Used;
                        if including {
                            cand.status = Status::Superseded;
                            cand.reason = Some(
                                "a subset (\"including ...\") of a total in the same sentence"
                                    .into(),
                            );
                        } else if let Some(why) = ground_fire(s, sents) {
                            cand.status = Status::Rejected;
                            cand.reason = Some(why);
                        }
                        cand.locality = locality(s, sents);
                        out.push(cand);
                    }
                    Some(f) => {
                        cand.field = Some(f);
                        cand.reason = Some("a period total, not one attack".into());
                        out.push(cand);
                    }
                    None => {
                        if q.digits {
                            cand.reason = Some(if noun.is_empty() {
                                "not attached to drones, missiles, people or hits".into()
                            } else {
                                format!("counts \"{noun}\", not drones, missiles, people or hits")
                            });
                            out.push(cand);
                        }
                    }
                }
            }
        }
    }
}

/// Whether a period cue governs a quantity (same clause).
pub(crate) fn cue_governs(s: &Sent, c: &Cue, q: &Quantity) -> bool {
    let qpos = s.toks[q.i].start;
    let (a, b) = if c.start < qpos {
        (c.end, qpos)
    } else {
        (qpos, c.start)
    };
    if b.saturating_sub(a) >= 120 {
        return false;
    }
    let between = &s.text[a.min(s.text.len())..b.min(s.text.len())];
    !between.contains(';') && !between.contains(". ") && between.len() < 120
}

/// The figure candidates of an article's sentences (headings and boilerplate have none).
pub(crate) fn candidates(sents: &[Sent], warnings: &mut Vec<Warning>, id: &str) -> Vec<Cand> {
    let mut cands: Vec<Cand> = Vec::new();
    for s in sents {
        if matches!(
            s.kind,
            LineKind::Boilerplate | LineKind::Duplicate | LineKind::Heading
        ) {
            continue;
        }
        classify_sentence(s, sents, &mut cands, warnings, id);
    }
    cands
}
