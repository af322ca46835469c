//! Assembly: events from the used candidates, one per date and attacker, and the choice of each field's value.

use super::dates::CueKind;
use super::dating::Timeline;
use super::lexicon::BREAKDOWN_MARKS;
use super::numbers::Kind;
use super::provenance::original_sentence;
use super::reporters::reporters;
use super::sentence::{Cand, Sent};
use super::types::{Count, Event, Field, Qualifier, Side, Status};
use crate::text::{Doc, LineKind};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Builds events from the used candidates: one per (date, attacker).
pub(crate) fn assemble(
    id: &str,
    sents: &[Sent],
    doc: &Doc,
    cands: &mut [Cand],
    tl: &Timeline,
) -> Vec<Event> {
    let mut keys: BTreeMap<(Option<NaiveDate>, Side), Vec<usize>> = BTreeMap::new();
    let mut order: Vec<(Option<NaiveDate>, Side)> = Vec::new();
    for (i, c) in cands.iter().enumerate() {
        if c.field.is_none()
            || !matches!(c.status, Status::Used)
            || c.field == Some(Field::GlideBombs)
        {
            continue;
        }
        let key = (c.date, c.side.unwrap_or(Side::Russia));
        if !keys.contains_key(&key) {
            order.push(key);
        }
        keys.entry(key).or_default().push(i);
    }
    let full_names: Vec<String> = sents
        .iter()
        .filter(|s| !matches!(s.kind, LineKind::Boilerplate | LineKind::Duplicate))
        .flat_map(reporters)
        .filter(|r| r.contains(' '))
        .collect();
    let mut events = Vec::new();
    for key in order {
        let idxs = keys.remove(&key).unwrap_or_default();
        let mut ev = Event::empty(id, key.0, key.1);
        let mut used_sents: Vec<usize> = Vec::new();
        for field in Field::EVENT {
            let of_field: Vec<usize> = idxs
                .iter()
                .copied()
                .filter(|&i| cands[i].field == Some(field))
                .collect();
            if of_field.is_empty() {
                continue;
            }
            let chosen = choose(field, &of_field, cands, sents);
            if let Some((count, picks)) = chosen {
                ev.set(field, Some(count));
                for &i in &of_field {
                    if picks.contains(&i) {
                        used_sents.push(cands[i].sent);
                    } else {
                        cands[i].status = Status::Superseded;
                        if cands[i].reason.is_none() {
                            cands[i].reason = Some(format!(
                                "another figure was chosen for {field}: {}",
                                count.value
                            ));
                        }
                    }
                }
            }
        }
        if used_sents.is_empty() {
            continue;
        }
        used_sents.sort();
        used_sents.dedup();
        // Reporters and evidence from the figure sentences.
        let mut rep: Vec<String> = Vec::new();
        for &si in &used_sents {
            for r in reporters(&sents[si]) {
                // "Kiper said" after "Odesa governor Oleh Kiper said": the full name.
                let r = if r.contains(' ') {
                    r
                } else {
                    full_names
                        .iter()
                        .find(|f| f.ends_with(&format!(" {r}")))
                        .cloned()
                        .unwrap_or(r)
                };
                if !rep.contains(&r) {
                    rep.push(r);
                }
            }
        }
        ev.reported_by = (!rep.is_empty()).then(|| rep.join("; "));
        ev.evidence = used_sents
            .iter()
            .map(|&si| original_sentence(doc, si))
            .collect::<Vec<_>>()
            .join(" || ");
        events.push(ev);
    }
    // Locations: places named in sentences about the attack, given to the attack of their
    // country's attacker on the sentence's date.
    for s in sents {
        if matches!(
            s.kind,
            LineKind::Boilerplate | LineKind::Duplicate | LineKind::Heading
        ) {
            continue;
        }
        // "Russia has fired 60 missiles at Odesa Oblast since July": a period, not one attack.
        let period_only = s.cues.iter().any(|c| c.kind == CueKind::Period)
            && s.cues.iter().all(|c| c.kind == CueKind::Period);
        for (ti, name, country, ok) in &s.places {
            if !ok || period_only {
                continue;
            }
            let side = country.attacker();
            let date = tl.day(s, s.toks[*ti].start);
            if let Some(ev) = events
                .iter_mut()
                .find(|e| e.attacker == side && e.event_date == date)
            {
                if !ev.locations.contains(name) {
                    ev.locations.push(name.clone());
                }
            }
        }
    }
    events
}

/// Chooses the value of one field from its candidates: the largest national figure (totals
/// beat subsets, a rising toll's latest total is its largest); without a national one, the sum
/// over places of each place's largest figure. Returns the count and the candidates used.
fn choose(
    field: Field,
    idxs: &[usize],
    cands: &[Cand],
    sents: &[Sent],
) -> Option<(Count, Vec<usize>)> {
    let casualty = matches!(field, Field::Killed | Field::Injured | Field::Hits);
    let national: Vec<usize> = idxs
        .iter()
        .copied()
        .filter(|&i| !cands[i].subset && (cands[i].locality.is_none() || !casualty))
        .collect();
    let national_choice = if national.is_empty() {
        None
    } else {
        // Within one sentence, coordinated counts of one field are subtypes that sum
        // ("three S-300 ... as well as a Kh-31 and two Kh-22"): take per-sentence sums first.
        let mut by_sent: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        for &i in &national {
            // The items of one list are one sentence: "🔹 8 Kh-101; 🔹 4 Kalibr; ..." sum.
            let s = &sents[cands[i].sent];
            let group = s.lead.map_or(s.idx, |l| sents.len() + l);
            by_sent.entry(group).or_default().push(i);
        }
        let mut options: Vec<(u32, Qualifier, Vec<usize>)> = Vec::new();
        for (_, group) in by_sent {
            if matches!(field, Field::Killed | Field::Injured) {
                // The largest count of the sentence, its elliptical parts added ("four killed
                // in Kharkiv, two in Donetsk and one in Kherson").
                let chains = chains(&group, cands);
                if let Some(chain) = chains.into_iter().max_by(|a, b| {
                    chain_value(a, cands, sents)
                        .cmp(&chain_value(b, cands, sents))
                        .then_with(|| b[0].cmp(&a[0]))
                }) {
                    let picks = if breakdown(&chain, cands, sents) {
                        vec![chain[0]]
                    } else {
                        chain
                    };
                    let v = picks
                        .iter()
                        .filter_map(|&i| cands[i].value)
                        .fold(0u32, u32::saturating_add);
                    if cands[picks[0]].value.is_some() {
                        options.push((
                            v,
                            combine(picks.iter().map(|&i| cands[i].qualifier)),
                            picks,
                        ));
                    }
                }
            } else {
                let sum: u32 = group
                    .iter()
                    .filter_map(|&i| cands[i].value)
                    .fold(0u32, |a, v| a.saturating_add(v));
                let mut ordered = group.clone();
                ordered.sort_by_key(|&i| cands[i].tok_start);
                if group.len() > 1 && breakdown(&ordered, cands, sents) {
                    let t = ordered[0];
                    options.push((cands[t].value.unwrap_or(0), cands[t].qualifier, vec![t]));
                    continue;
                }
                options.push((
                    sum,
                    combine(group.iter().map(|&i| cands[i].qualifier)),
                    group,
                ));
            }
        }
        options
            .into_iter()
            .max_by_key(|(v, _, _)| *v)
            .map(|(value, qualifier, picks)| (Count { value, qualifier }, picks))
    };
    if !casualty {
        // Weapons: the national figure; regional ones alone are not a national total.
        return national_choice;
    }
    // Casualties and hits: the sum over places of each place's largest figure, when it is larger
    // than the national figure (a rising toll reported for the struck city, or regional figures
    // with no national total).
    let local: Vec<usize> = idxs
        .iter()
        .copied()
        .filter(|&i| cands[i].locality.is_some() && !cands[i].subset)
        .collect();
    if local.is_empty() {
        return national_choice;
    }
    let mut by_place: BTreeMap<String, usize> = BTreeMap::new();
    for &i in &local {
        let place = cands[i].locality.clone().unwrap_or_default();
        let e = by_place.entry(place).or_insert(i);
        if cands[i].value > cands[*e].value {
            *e = i;
        }
    }
    let picks: Vec<usize> = by_place.values().copied().collect();
    let sum = picks
        .iter()
        .filter_map(|&i| cands[i].value)
        .fold(0u32, |a, v| a.saturating_add(v));
    let q = if picks.len() > 1 {
        let q = combine(picks.iter().map(|&i| cands[i].qualifier));
        if q == Qualifier::Exact {
            Qualifier::Exact
        } else {
            Qualifier::AtLeast
        }
    } else {
        cands[picks[0]].qualifier
    };
    match national_choice {
        Some((n, np)) if n.value >= sum => Some((n, np)),
        _ => Some((
            Count {
                value: sum,
                qualifier: q,
            },
            picks,
        )),
    }
}

/// The counts of one sentence as chains: each count with the elliptical parts that follow it.
fn chains(group: &[usize], cands: &[Cand]) -> Vec<Vec<usize>> {
    let mut ordered = group.to_vec();
    ordered.sort_by_key(|&i| cands[i].tok_start);
    let mut out: Vec<Vec<usize>> = Vec::new();
    for i in ordered {
        match out.last_mut() {
            Some(chain) if cands[i].part => chain.push(i),
            _ => out.push(vec![i]),
        }
    }
    out
}

/// A chain's value: its breakdown's total, else the sum of its counts.
fn chain_value(chain: &[usize], cands: &[Cand], sents: &[Sent]) -> u32 {
    let n = if breakdown(chain, cands, sents) {
        1
    } else {
        chain.len()
    };
    chain[..n]
        .iter()
        .filter_map(|&i| cands[i].value)
        .fold(0u32, u32::saturating_add)
}

/// Whether the first count of `ordered` (by position) is a total and the rest its breakdown:
/// "five missiles: three Kh-101 and two Iskander-M", "four drones – two in Rostov, one in
/// Belgorod and another in Kursk". The parts follow a breakdown mark and add up to the total.
fn breakdown(ordered: &[usize], cands: &[Cand], sents: &[Sent]) -> bool {
    let Some((&t, rest)) = ordered.split_first() else {
        return false;
    };
    let rest_sum = rest
        .iter()
        .filter_map(|&i| cands[i].value)
        .fold(0u32, u32::saturating_add);
    let toks = &sents[cands[t].sent].toks;
    !rest.is_empty()
        && cands[t].value.is_some_and(|v| v == rest_sum)
        && toks
            .get(cands[t].tok_end..)
            .unwrap_or(&[])
            .iter()
            .take_while(|n| !matches!(n.kind, Kind::Num(_)))
            .take(12)
            .any(|n| n.is_any(BREAKDOWN_MARKS))
}

/// The qualifier of a sum.
fn combine(qs: impl Iterator<Item = Qualifier>) -> Qualifier {
    let qs: Vec<Qualifier> = qs.collect();
    if qs.iter().all(|&q| q == qs[0]) {
        return qs.first().copied().unwrap_or(Qualifier::Exact);
    }
    if qs.contains(&Qualifier::About) {
        return Qualifier::About;
    }
    if qs.contains(&Qualifier::UpTo) {
        return Qualifier::UpTo;
    }
    Qualifier::AtLeast
}
