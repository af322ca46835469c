//! Assembly: events from the used candidates, one per date and attacker, and the choice of each field's value.

use super::choice::choose;
use super::dates::CueKind;
use super::dating::Timeline;
use super::provenance::original_sentence;
use super::reporters::reporters;
use super::sentence::{Cand, Sent};
use super::types::{Event, Field, Qualifier, Side, Status};
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
    let mut events = Vec::new();
    for key in order {
        let idxs = keys.remove(&key).unwrap_or_default();
        let mut ev = Event::empty(id, key.0, key.1);
        let mut picked: Vec<(Field, Vec<usize>)> = Vec::new();
        // No figure of the whole attack in any weapon field: a one-place figure is the attack's.
        let alone = !idxs.iter().any(|&i| {
            matches!(
                cands[i].field,
                Some(
                    Field::DronesLaunched
                        | Field::DronesIntercepted
                        | Field::MissilesLaunched
                        | Field::MissilesIntercepted
                )
            ) && !cands[i].subset
        });
        for field in Field::EVENT {
            let of_field: Vec<usize> = idxs
                .iter()
                .copied()
                .filter(|&i| cands[i].field == Some(field))
                .collect();
            if of_field.is_empty() {
                continue;
            }
            let chosen = choose(field, &of_field, cands, sents, alone);
            if let Some((count, picks)) = chosen {
                ev.set(field, Some(count));
                for &i in &of_field {
                    if !picks.contains(&i) {
                        cands[i].status = Status::Superseded;
                        if cands[i].reason.is_none() {
                            cands[i].reason = Some(format!(
                                "another figure was chosen for {field}: {}",
                                count.value
                            ));
                        }
                    }
                }
                picked.push((field, picks));
            } else {
                // "13 drones ... over the capital Kyiv" beside a figure of the whole attack: a
                // one-place figure that gives the attack no value of this field.
                for &i in &of_field {
                    cands[i].status = Status::Superseded;
                    if cands[i].reason.is_none() {
                        cands[i].reason = Some(
                            "a figure for one place only, and the attack has figures of the whole"
                                .into(),
                        );
                    }
                }
            }
        }
        fewer_launched_than_intercepted(&mut ev, &mut picked, cands);
        let mut used_sents: Vec<usize> = picked
            .iter()
            .flat_map(|(_, p)| p.iter().map(|&i| cands[i].sent))
            .collect();
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
                    full_name(sents, &r).unwrap_or(r)
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

/// A launch count smaller than the interceptions of the same attack is a part of it ("over 70
/// drones targeted the capital" beside "337 drones were shot down over 10 regions"), not its
/// total: the launched figure is dropped, its candidates superseded.
fn fewer_launched_than_intercepted(
    ev: &mut Event,
    picked: &mut Vec<(Field, Vec<usize>)>,
    cands: &mut [Cand],
) {
    let pairs = [
        (Field::DronesLaunched, Field::DronesIntercepted),
        (Field::MissilesLaunched, Field::MissilesIntercepted),
    ];
    for (l, i) in pairs {
        let (Some(launched), Some(intercepted)) = (ev.get(l), ev.get(i)) else {
            continue;
        };
        // "more than 100 missiles" beside 102 shot down is consistent: a bound or an estimate
        // is a part only when well short (under 90%).
        let short = match launched.qualifier {
            Qualifier::Exact | Qualifier::UpTo => launched.value < intercepted.value,
            _ => u64::from(launched.value) * 10 < u64::from(intercepted.value) * 9,
        };
        if !short {
            continue;
        }
        ev.set(l, None);
        for (_, picks) in picked.iter().filter(|(f, _)| *f == l) {
            for &k in picks {
                cands[k].status = Status::Superseded;
                cands[k].reason = Some(format!(
                    "fewer launched ({}) than intercepted ({}): a part of the attack, not its total",
                    launched.value, intercepted.value
                ));
            }
        }
        picked.retain(|(f, _)| *f != l);
    }
}

/// The full form the article gives a reporter named by surname only ("Kiper" after "Odesa
/// governor Oleh Kiper said"): read from the sentences that mention the surname.
fn full_name(sents: &[Sent], short: &str) -> Option<String> {
    let suffix = format!(" {short}");
    sents
        .iter()
        .filter(|s| !matches!(s.kind, LineKind::Boilerplate | LineKind::Duplicate))
        .filter(|s| s.text.contains(short))
        .flat_map(reporters)
        .find(|f| f.contains(' ') && f.ends_with(&suffix))
}
