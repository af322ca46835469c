//! Choice: each field's value from its candidates — per-sentence sums and breakdowns,
//! elliptical parts, the largest national figure, regional sums where no national one exists.

use super::lexicon::{
    BREAKDOWN_MARKS, INTERCEPT_VERBS, LAUNCH_VERBS, REDUCED_RELATIVE_PREPS, SAYING_VERBS,
};
use super::numbers::Kind;
use super::parts::adding_opener;
use super::places;
use super::scope::national_after;
use super::sentence::{Cand, Sent};
use super::types::{Count, Field, Qualifier, Status};
use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, BTreeSet};

mod areas;
use areas::intercept_area;

/// One option for a field's value: the count, its qualifier and the candidates it is made of.
type Opt = (u32, Qualifier, Vec<usize>);

/// Chooses the value of one field from its candidates: the largest national figure (totals
/// beat subsets, a rising toll's latest total is its largest); without a national one, the sum
/// over places of each place's largest figure. `alone`: the attack has no figure of the whole
/// attack in any weapon field, so a one-place interception figure ("In Kyiv, more than 10 drones
/// were downed") is the attack's figure. Returns the count and the candidates used.
pub(crate) fn choose(
    field: Field,
    idxs: &[usize],
    cands: &[Cand],
    sents: &[Sent],
    alone: bool,
) -> Option<(Count, Vec<usize>)> {
    let casualty = matches!(field, Field::Killed | Field::Injured | Field::Hits);
    let national: Vec<usize> = idxs
        .iter()
        .copied()
        .filter(|&i| !cands[i].subset && (cands[i].locality.is_none() || !casualty))
        .collect();
    let intercepts = matches!(field, Field::DronesIntercepted | Field::MissilesIntercepted);
    if intercepts && national.is_empty() {
        let options = regional_options(idxs, cands, sents);
        // Two regions or more sum; one region alone counts only when nothing national is given.
        return regional_sum(&options, cands, sents).or_else(|| {
            options
                .into_iter()
                .filter(|_| alone)
                .max_by_key(|o| o.0)
                .map(|(value, qualifier, picks)| (Count { value, qualifier }, picks))
        });
    }
    // "In Dnipro a missile hit a residential building": an article with no figure of the whole
    // attack reports the attack on that place; its launch count is the attack's (not when its
    // figures are of several regions: "In Kyiv, ... In Kharkiv, a missile struck").
    let launched = matches!(field, Field::DronesLaunched | Field::MissilesLaunched);
    let regions: BTreeSet<&str> = cands
        .iter()
        .filter_map(|c| c.locality.as_deref())
        .map(places::region_of)
        .collect();
    if launched && national.is_empty() && (alone || regions.len() == 1) && regions.len() <= 1 {
        return regional_options(idxs, cands, sents)
            .into_iter()
            .max_by_key(|o| o.0)
            .map(|(value, qualifier, picks)| (Count { value, qualifier }, picks));
    }
    let national_choice = if national.is_empty() {
        None
    } else {
        let options = sentence_options(field, &national, cands, sents);
        if intercepts {
            let mut all = options.clone();
            all.extend(regional_options(idxs, cands, sents));
            if let Some(sum) = regional_sum(&all, cands, sents) {
                return Some(sum);
            }
        }
        best_with_adds(options, cands, sents)
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
    let (sum, picks) = local_sum(&local, cands);
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

/// "In Mykolaiv, the governor said defenders had shot down four Shahed drones": figures
/// restricted to the place their sentence opens with, used only in a sum over regions
/// (interceptions, no national figure); one option per sentence.
fn regional_options(idxs: &[usize], cands: &[Cand], sents: &[Sent]) -> Vec<Opt> {
    let mut by_sent: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &i in idxs {
        let s = &sents[cands[i].sent];
        if cands[i].subset && s.regional && !s.national && cands[i].status == Status::Used {
            by_sent.entry(cands[i].sent).or_default().push(i);
        }
    }
    let mut options = Vec::new();
    for (_, group) in by_sent {
        weapon_option(group, cands, sents, &mut options);
    }
    options
}

/// The options of the national candidates, one per sentence (or list): within one sentence,
/// coordinated counts of one field are subtypes that sum ("three S-300 ... as well as a Kh-31
/// and two Kh-22"); for casualties, the largest count of the sentence with its elliptical parts
/// ("four killed in Kharkiv, two in Donetsk and one in Kherson"); two reports in one sentence
/// ("..., while the mayor said 13 were shot down") are two options.
fn sentence_options(field: Field, national: &[usize], cands: &[Cand], sents: &[Sent]) -> Vec<Opt> {
    let mut by_sent: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &i in national {
        by_sent
            .entry(sum_group(&cands[i], sents))
            .or_default()
            .push(i);
    }
    let mut options: Vec<Opt> = Vec::new();
    for (_, group) in by_sent {
        if matches!(field, Field::Killed | Field::Injured) {
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
                    options.push((v, combine(picks.iter().map(|&i| cands[i].qualifier)), picks));
                }
            }
        } else {
            for group in reports(&group, cands, sents) {
                weapon_option(group, cands, sents, &mut options);
            }
        }
    }
    options
}

/// The largest option, plus the sentences that only add to it ("... destroyed a drone over the
/// region. Another drone was destroyed over the region") when it is the nearest figure before
/// them (not the second item of a breakdown: "destroyed two drones in separate incidents. One
/// drone was intercepted ... Another drone was destroyed ...").
fn best_with_adds(
    options: Vec<Opt>,
    cands: &[Cand],
    sents: &[Sent],
) -> Option<(Count, Vec<usize>)> {
    let (adds, options): (Vec<Opt>, Vec<Opt>) = options
        .into_iter()
        .partition(|o| o.2.iter().all(|&i| cands[i].part));
    let sent_of = |o: &Opt| o.2.iter().map(|&i| cands[i].sent).max();
    // The nearest option before, past the breakdown of a larger figure before it ("23 drones were
    // shot down. Ten over Belgorod ..., another three over Bryansk. In addition, another nine
    // were destroyed").
    let nearest_before = |at: Option<usize>, adding: bool| {
        let mut before: Vec<&Opt> = options.iter().filter(|o| sent_of(o) < at).collect();
        before.sort_by_key(|o| sent_of(o));
        let mut k = before.len();
        while adding && k >= 2 && before[k - 1].0 < before[k - 2].0 {
            k -= 1;
        }
        (k > 0).then(|| before[k - 1].2.clone())
    };
    let adds: Vec<(Opt, Option<Vec<usize>>)> = adds
        .into_iter()
        .map(|a| {
            let adding = sent_of(&a).is_some_and(|s| adding_opener(&sents[s].toks));
            let before = nearest_before(sent_of(&a), adding)
                .filter(|b| adding || !after_breakdown(b, &a.2, cands));
            (a, before)
        })
        .collect();
    // Equal figures with different qualifiers ("At least 22 people were killed" beside "22
    // civilians"): the lower bound, which neither report contradicts.
    let bound = |q: &Qualifier| matches!(q, Qualifier::AtLeast | Qualifier::MoreThan);
    let best = options
        .iter()
        .max_by_key(|(v, q, _)| (*v, bound(q)))
        .cloned();
    match best {
        Some((mut value, qualifier, mut picks)) => {
            for ((v, _, p), before) in adds {
                if before.as_ref() == Some(&picks) {
                    value = value.saturating_add(v);
                    picks.extend(p);
                }
            }
            Some((Count { value, qualifier }, picks))
        }
        None => adds
            .into_iter()
            .map(|(a, _)| a)
            .max_by_key(|(v, _, _)| *v)
            .map(|(value, qualifier, picks)| (Count { value, qualifier }, picks)),
    }
}

/// Whether figures of the same field come between the option `before` and the part `part`
/// ("downed 120 drones ... included 30 over Bryansk, 29 in Kursk and 17 in Belgorod. Another
/// 18 drones were downed over the Oryol region"): the part is one more item of that breakdown,
/// within the figure before it, not an addition to it.
fn after_breakdown(before: &[usize], part: &[usize], cands: &[Cand]) -> bool {
    let key = |i: usize| (cands[i].sent, cands[i].tok_start);
    let (Some(from), Some(to)) = (
        before.iter().map(|&i| key(i)).max(),
        part.iter().map(|&i| key(i)).min(),
    ) else {
        return false;
    };
    let field = cands[part[0]].field;
    cands.iter().any(|c| {
        c.field == field
            && c.value.is_some()
            && matches!(c.status, Status::Used | Status::Superseded)
            && (c.sent, c.tok_start) > from
            && (c.sent, c.tok_start) < to
    })
}

/// Casualties by place: the sum over places of each place's largest figure, where a figure is a
/// count with its coordinated parts ("a married couple and their two young sons" = 4) unless
/// they have places of their own; a part opening its own sentence adds to its place's figure.
fn local_sum(local: &[usize], cands: &[Cand]) -> (u32, Vec<usize>) {
    let mut by_sent: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &i in local {
        by_sent.entry(cands[i].sent).or_default().push(i);
    }
    let mut by_place: BTreeMap<String, (u32, Vec<usize>)> = BTreeMap::new();
    for group in by_sent.values() {
        for chain in chains(group, cands) {
            // Parts with a place of their own ("three in Kyiv, and two in Kherson") are that
            // place's figures.
            let mut per_place: BTreeMap<String, Vec<usize>> = BTreeMap::new();
            for i in chain {
                let place = cands[i].locality.clone().unwrap_or_default();
                per_place.entry(place).or_default().push(i);
            }
            for (place, picks) in per_place {
                let v = picks
                    .iter()
                    .filter_map(|&i| cands[i].value)
                    .fold(0u32, u32::saturating_add);
                // "The woman sustained moderate injuries. Her husband suffered minor wounds".
                let adds = picks.iter().all(|&i| cands[i].part);
                match by_place.entry(place) {
                    Entry::Occupied(mut e) if adds => {
                        let e = e.get_mut();
                        e.0 = e.0.saturating_add(v);
                        e.1.extend(picks);
                    }
                    Entry::Occupied(mut e) => {
                        if v > e.get().0 {
                            *e.get_mut() = (v, picks);
                        }
                    }
                    Entry::Vacant(e) => {
                        e.insert((v, picks));
                    }
                }
            }
        }
    }
    let picks: Vec<usize> = by_place
        .values()
        .flat_map(|(_, p)| p.iter().copied())
        .collect();
    let sum = by_place
        .values()
        .fold(0u32, |a, (v, _)| a.saturating_add(*v));
    (sum, picks)
}

/// The group a candidate's figures sum within: its sentence, or its list. The items of one list
/// are one sentence ("🔹 8 Kh-101; 🔹 4 Kalibr; ..." sum); an item that is a sentence of its own,
/// with its verb ("▪️ 15 drones were shot down over the Black Sea, seven over ..."), is a
/// statement, not one more entry. A participle that modifies the item's weapon ("3 ballistic
/// missiles, launched from Crimea;", "2 Kh-59 fired from the Belgorod region") is no verb of its
/// own.
fn sum_group(c: &Cand, sents: &[Sent]) -> usize {
    let s = &sents[c.sent];
    let statement = || {
        s.toks.iter().enumerate().any(|(k, t)| {
            let verb = t.is_any(INTERCEPT_VERBS)
                || t.is_any(LAUNCH_VERBS)
                || t.is_any(&["down", "downed"]);
            let participle = t.is_any(LAUNCH_VERBS)
                && s.toks
                    .get(k + 1)
                    .is_some_and(|n| n.is_any(REDUCED_RELATIVE_PREPS));
            verb && !participle
        })
    };
    s.lead
        .filter(|_| c.locality.is_none() && !statement())
        .map_or(s.idx, |l| sents.len() + l)
}

/// Interceptions reported region by region with no national total ("two drones were downed over
/// the Moscow region ... two over the Bryansk region"): the sum over regions of each region's
/// largest figure, when there are two regions or more and no figure is national (names no region
/// or three or more). A sentence's region is the one its figures were downed over or in.
fn regional_sum(
    options: &[(u32, Qualifier, Vec<usize>)],
    cands: &[Cand],
    sents: &[Sent],
) -> Option<(Count, Vec<usize>)> {
    let mut has_national = false;
    let mut by_area: BTreeMap<Vec<&str>, &(u32, Qualifier, Vec<usize>)> = BTreeMap::new();
    for o in options {
        match intercept_area(&o.2, cands, sents) {
            Some(area) => {
                let e = by_area.entry(area).or_insert(o);
                if o.0 > e.0 {
                    *e = o;
                }
            }
            None => has_national = true,
        }
    }
    let areas: Vec<&Vec<&str>> = by_area.keys().collect();
    let disjoint = areas.iter().enumerate().all(|(n, a)| {
        areas[n + 1..]
            .iter()
            .all(|b| a.iter().all(|r| !b.contains(r)))
    });
    if areas.len() < 2 || !disjoint {
        return None;
    }
    if has_national {
        return None;
    }
    let sum = by_area.values().fold(0u32, |a, o| a.saturating_add(o.0));
    let picks: Vec<usize> = by_area.values().flat_map(|o| o.2.iter().copied()).collect();
    let q = combine(by_area.values().map(|o| o.1));
    Some((
        Count {
            value: sum,
            qualifier: q,
        },
        picks,
    ))
}

/// The per-sentence option of a weapon field: the sum of its coordinated counts, or a total
/// followed by its breakdown.
fn weapon_option(
    group: Vec<usize>,
    cands: &[Cand],
    sents: &[Sent],
    options: &mut Vec<(u32, Qualifier, Vec<usize>)>,
) {
    // "Russia launched 72 drones overnight, though Kyiv shot down 33 of the 72 Russian drones":
    // the total of "X of the Y" restates a count before it, it does not add.
    let restated = |i: usize| {
        let c = &cands[i];
        let toks = &sents[c.sent].toks;
        let after_of =
            c.tok_start >= 2 && toks[c.tok_start - 1].is("the") && toks[c.tok_start - 2].is("of")
                || c.tok_start >= 1 && toks[c.tok_start - 1].is("of");
        after_of
            && group
                .iter()
                .any(|&j| j != i && cands[j].tok_start < c.tok_start && cands[j].value == c.value)
    };
    let group: Vec<usize> = group.iter().copied().filter(|&i| !restated(i)).collect();
    // "using 28 ballistic missiles out of 37 launched": the count after "(out) of" is the total
    // the one before is part of; the part does not add.
    let of_total = |i: usize| {
        let c = &cands[i];
        let toks = &sents[c.sent].toks;
        c.tok_start >= 1 && toks[c.tok_start - 1].is("of")
    };
    let part_of_later = |j: usize| {
        group.iter().any(|&i| {
            i != j
                && of_total(i)
                && cands[i].sent == cands[j].sent
                && cands[j].tok_end <= cands[i].tok_start
                && cands[i].tok_start - cands[j].tok_end <= 6
                && cands[j].value < cands[i].value
        })
    };
    let group: Vec<usize> = group
        .iter()
        .copied()
        .filter(|&j| !part_of_later(j))
        .collect();
    let sum: u32 = group
        .iter()
        .filter_map(|&i| cands[i].value)
        .fold(0u32, |a, v| a.saturating_add(v));
    // "eight drones over the region and 45 drones overnight across the country": the whole
    // country's count after smaller ones of its sentence is their total.
    let total = group.iter().copied().find(|&i| {
        let c = &cands[i];
        national_after(&sents[c.sent], c.tok_end)
            && group
                .iter()
                .any(|&j| cands[j].tok_start < c.tok_start && cands[j].value < c.value)
    });
    if let Some(t) = total {
        options.push((cands[t].value.unwrap_or(0), cands[t].qualifier, vec![t]));
        return;
    }
    let mut ordered = group.clone();
    ordered.sort_by_key(|&i| cands[i].tok_start);
    if group.len() > 1 && breakdown(&ordered, cands, sents) {
        let t = ordered[0];
        options.push((cands[t].value.unwrap_or(0), cands[t].qualifier, vec![t]));
        return;
    }
    options.push((
        sum,
        combine(group.iter().map(|&i| cands[i].qualifier)),
        group,
    ));
}

/// The counts of one sentence split where a verb of saying stands between two of them.
fn reports(group: &[usize], cands: &[Cand], sents: &[Sent]) -> Vec<Vec<usize>> {
    let mut ordered = group.to_vec();
    ordered.sort_by_key(|&i| cands[i].tok_start);
    let mut out: Vec<Vec<usize>> = Vec::new();
    for i in ordered {
        let split = out.last().and_then(|g| g.last()).is_none_or(|&p| {
            // The items of a list are separate sentences of one group: never split.
            let (a, b) = (&cands[p], &cands[i]);
            // "..., the military said, while another 258 drones were suppressed": one more.
            let more = sents[b.sent]
                .toks
                .get(b.tok_start.saturating_sub(1)..=b.tok_start)
                .is_some_and(|ts| ts.iter().any(|t| t.is("another")));
            a.sent == b.sent
                && !more
                && sents[a.sent]
                    .toks
                    .get(a.tok_end..b.tok_start)
                    .unwrap_or(&[])
                    .iter()
                    .any(|t| t.is_any(SAYING_VERBS))
        });
        if split {
            out.push(vec![i]);
        } else if let Some(g) = out.last_mut() {
            g.push(i);
        }
    }
    out
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
/// Belgorod and another in Kursk". The parts follow a breakdown mark (or a comma, when there are
/// two or more bare ones) and add up to the total.
fn breakdown(ordered: &[usize], cands: &[Cand], sents: &[Sent]) -> bool {
    let Some((&t, rest)) = ordered.split_first() else {
        return false;
    };
    let rest_sum = rest
        .iter()
        .filter_map(|&i| cands[i].value)
        .fold(0u32, u32::saturating_add);
    let toks = &sents[cands[t].sent].toks;
    // The mark stands between the total and its first part.
    let first_part = rest.first().map_or(toks.len(), |&i| cands[i].tok_start);
    // "destroyed 11 enemy drones, nine in the Odesa Region and two in the Zaporizhzhia Region":
    // after a comma too, when two or more bare parts add up to the total (not "three missiles
    // from S-300 systems, as well as a Kh-31 and two Kh-22", subtypes that sum).
    let elliptical = rest.len() >= 2
        && rest.iter().all(|&i| {
            (cands[i].part || cands[i].tok_end <= cands[i].tok_start + 1)
                && !toks
                    .get(cands[i].tok_start)
                    .is_some_and(|t| t.is("another"))
        });
    let between = || {
        toks.get(cands[t].tok_end..first_part.max(cands[t].tok_end))
            .unwrap_or(&[])
            .iter()
            .take_while(|n| !matches!(n.kind, Kind::Num(_)))
            .take(12)
    };
    // A colon further on, past numbers that count nothing ("73 drones between 8 a.m. and 2 p.m.
    // Moscow time on February 22: 52 drones over ..."), but not a clock time's ("between 19:40
    // and 20:20 Kyiv time").
    let num = |k: usize| toks.get(k).is_some_and(|n| matches!(n.kind, Kind::Num(_)));
    let counts_something = |k: usize| {
        cands.iter().any(|c| {
            c.sent == cands[t].sent && c.field.is_some() && c.tok_start <= k && k < c.tok_end
        })
    };
    let far_colon = (cands[t].tok_end..first_part.min(toks.len()))
        .take(32)
        .take_while(|&k| !num(k) || !counts_something(k))
        .any(|k| {
            // (A clock's colon joins its digits: "19:40".)
            let clock = k > 0
                && num(k - 1)
                && num(k + 1)
                && toks[k - 1].end == toks[k].start
                && toks[k].end == toks[k + 1].start;
            toks[k].is(":") && !clock
        });
    // "41 Ukrainian drones in total: 12 over the Kursk region, 10 ... over the Bryansk region,
    // ...": after a colon, parts that stop short of the total are still its breakdown (a region
    // left out of the list), never more figures to add to it.
    let colon = between().any(|n| n.is(":")) || far_colon;
    // "7 UAVs over Kursk, 3 over Belgorod, 2 over Rostov, 1 over Bryansk and 1 over Lipetsk": a
    // first count with a region of its own, before parts with theirs, is the first part, however
    // the rest add up.
    let s = &sents[cands[t].sent];
    let own_region = s.places.iter().any(|p| {
        p.0 > cands[t].tok_end
            && p.0 < first_part
            && !["Russia", "Ukraine"].contains(&p.1.as_str())
            && toks[p.0 - 1].is_any(&["over", "in", "above"])
    });
    // (Not "three drones over Crimea, one in the northwest and two in the west of the
    // peninsula": parts within the total's region name none of their own.)
    let parts_placed = rest.iter().all(|&i| {
        let e = cands[i].tok_end;
        s.places.iter().any(|p| p.0 >= e && p.0 <= e + 3)
    });
    if own_region && parts_placed && !colon {
        return false;
    }
    // ("108 БпЛА: 104 ударних безпілотники ..., а також вісім реактивних БпЛА": parts after a
    // colon that overrun their total are still its breakdown; the total stated stands.)
    let adds_up = cands[t].value.is_some_and(|v| v == rest_sum || colon);
    !rest.is_empty()
        && adds_up
        && (far_colon || between().any(|n| n.is_any(BREAKDOWN_MARKS) || (elliptical && n.is(","))))
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

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    #[test]
    fn regional_intercepts_sum_when_no_national_figure() {
        let e = one("Russia's defence ministry said two Ukrainian drones were downed over the Moscow region overnight. Two more Ukrainian drones were shot down over the Bryansk region overnight, the ministry said.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(4));
        // The same region twice is one region's figure.
        let e = one("Russia's defence ministry said two Ukrainian drones were downed over the Moscow region overnight. The mayor said two drones were shot down over the Moscow region overnight.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(2));
    }

    #[test]
    fn a_national_figure_beats_regional_sums() {
        let e = one("Russia's defence ministry said 20 Ukrainian drones were destroyed overnight. Ten were shot down over the Bryansk region, governors said. Five were downed over the Kursk region.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(20));
    }

    #[test]
    fn a_count_with_its_launch_is_national_after_regional_figures() {
        // No region inherited from the sentence before: "30 of the 30" is the whole attack.
        let e = one("In addition, 14 Shaheds were destroyed over the Mykolaiv region. Air defense forces also shot down 4 Shaheds in the Khmelnytsky region. According to the Air Force, 30 of the 30 Shaheds were destroyed.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(30));
        assert_eq!(e.drones_launched.map(|c| c.value), Some(30));
    }
}
