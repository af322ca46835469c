//! Zero statements: "no casualties", "could not intercept any of the missiles".

use super::casualties::{after_air_attack, ground_fire};
use super::dating::Timeline;
use super::lexicon::{patterns, DRONE_HEADS, MISSILE_HEADS, RUSSIAN_WEAPON, UKRAINIAN_WEAPON};
use super::scope::{attack_regions, local_area, locality, zero_scope};
use super::sentence::{Cand, Sent};
use super::sides::Sides;
use super::types::{Field, Qualifier, Side, Status};
use crate::text::LineKind;
use regex::Regex;
use std::sync::LazyLock;

static ZERO_BOTH: LazyLock<Regex> = crate::regex!(patterns::ZERO_BOTH);

static ZERO_INJURED: LazyLock<Regex> = crate::regex!(patterns::ZERO_INJURED);

static ZERO_KILLED: LazyLock<Regex> = crate::regex!(patterns::ZERO_KILLED);

static NOT_YET: LazyLock<Regex> = crate::regex!(patterns::NOT_YET);
static INJURED_HELPED: LazyLock<Regex> = crate::regex!(patterns::INJURED_HELPED);
static INJURED_NEXT: LazyLock<Regex> = crate::regex!(patterns::INJURED_NEXT);

/// "unable to intercept any of the ballistic missiles", "could not intercept either of them",
/// "no missiles were shot down": 0 intercepted; `w` names the weapon, absent for "them".
static ZERO_INTERCEPT: LazyLock<Regex> = crate::regex!(patterns::ZERO_INTERCEPT);

/// Adds a zero candidate for each zero statement ("No casualties were reported", "could not
/// intercept any of the missiles").
pub(crate) fn zero_statements(sents: &[Sent], cands: &mut Vec<Cand>, sides: &Sides, tl: &Timeline) {
    // The places zeros were stated for: when every region an attack reached has its own zero
    // ("no casualties" over Moscow, and over Bryansk), together they are the attack's zero.
    let covered: Vec<String> = sents
        .iter()
        .filter(|s| !zero_fields(s, sents, cands).is_empty())
        .filter_map(|s| zero_scope(s, sents, sides.of(s.idx)).flatten())
        .collect();
    for s in sents {
        if matches!(
            s.kind,
            LineKind::Boilerplate | LineKind::Duplicate | LineKind::Heading
        ) {
            continue;
        }
        let fields = zero_fields(s, sents, cands);
        if fields.is_empty() {
            continue;
        }
        let side = zero_side(s, sents, cands, sides);
        // "the Russian armed forces shelled Nikopol using heavy artillery, but, fortunately, there
        // were no casualties": shelling's zero, not the air attack's.
        let partial = partial_zero(s, sents, side, tl, &covered).or_else(|| {
            ground_fire(s, sents)
                .filter(|_| !after_air_attack(s, sents))
                .map(|why| format!("a zero {why}"))
        });
        for f in fields {
            let casualty = matches!(f, Field::Killed | Field::Injured);
            let pos = 0;
            cands.push(Cand {
                sent: s.idx,
                field: Some(f),
                value: Some(0),
                qualifier: Qualifier::Exact,
                tok_start: 0,
                tok_end: s.toks.len(),
                side: Some(side),
                date: tl.day(s, pos),
                locality: locality(s, sents),
                status: if partial.is_some() && casualty {
                    Status::Rejected
                } else {
                    Status::Used
                },
                reason: partial.clone().filter(|_| casualty),
                subset: false,
                part: false,
                period: false,
                referent: None,
            });
        }
    }
}

/// The side of a zero statement: its sentence's, when it names one; else that of the figures of
/// the sentence before it ("... 81 Ukrainian drones were destroyed overnight in
/// five Russian regions. No casualties were reported."), or the side it states when it has no
/// figures; else the article's main attacker.
fn zero_side(s: &Sent, sents: &[Sent], cands: &[Cand], sides: &Sides) -> Side {
    if let Some(side) = sides.stated(s.idx) {
        return side;
    }
    // (Across a paragraph break too: pages that put each sentence on its own line.)
    // "Meanwhile, Russia reported that a Ukrainian drone damaged a power supply facility ...
    // There were no casualties.": the side of the nearest sentence before that tells one, by its
    // figures (used first; a hedged count still tells whose it is), the nationality of a weapon
    // it names, its places or its cues; up to three sentences back.
    for p in sents[s.idx.saturating_sub(3)..s.idx].iter().rev() {
        let of = |used: bool| -> Vec<Side> {
            cands
                .iter()
                .filter(|c| c.sent == p.idx && c.field.is_some())
                .filter(|c| !used || c.status == Status::Used)
                .filter_map(|c| c.side)
                .collect()
        };
        let unanimous = |v: Vec<Side>| {
            v.split_first()
                .map(|(first, rest)| rest.iter().all(|x| x == first).then_some(*first))
        };
        let found = unanimous(of(true))
            .or_else(|| unanimous(of(false)))
            .or_else(|| {
                weapon_side(p)
                    .or_else(|| place_side(p))
                    .or_else(|| sides.stated(p.idx))
                    .map(Some)
            });
        if let Some(side) = found {
            // Figures of both sides in the sentence before: the article's attacker.
            return side.unwrap_or_else(|| sides.of(s.idx));
        }
    }
    sides.of(s.idx)
}

/// The side of a weapon a sentence names with its nationality ("a Ukrainian drone damaged a
/// power supply facility"), if it names one.
fn weapon_side(s: &Sent) -> Option<Side> {
    s.toks.iter().enumerate().find_map(|(k, t)| {
        let weapon = s.toks[k + 1..(k + 3).min(s.toks.len())]
            .iter()
            .any(|n| n.is_any(DRONE_HEADS) || n.is_any(MISSILE_HEADS));
        if !weapon {
            return None;
        }
        if t.is_any(UKRAINIAN_WEAPON) {
            Some(Side::Ukraine)
        } else if t.is_any(RUSSIAN_WEAPON) {
            Some(Side::Russia)
        } else {
            None
        }
    })
}

/// The attacker the places of a sentence point to, when they are all on one side ("the governor
/// of Russia's Kursk region said a drone attack on an airfield set ablaze an oil storage tank").
fn place_side(s: &Sent) -> Option<Side> {
    let mut sides = s.places.iter().filter(|p| p.3).map(|p| p.2.attacker());
    let first = sides.next()?;
    sides.all(|x| x == first).then_some(first)
}

/// The fields a sentence states a zero for.
fn zero_fields(s: &Sent, sents: &[Sent], cands: &[Cand]) -> Vec<Field> {
    let mut fields = Vec::new();
    // "No fatalities were reported in the immediate aftermath": not yet known, for either field.
    let not_yet = NOT_YET.is_match(&s.text);
    if let Some(m) = ZERO_BOTH.find(&s.text).filter(|_| !not_yet) {
        // ("..., no casualties, the injured are being given assistance": no deaths only; so
        // with "However, there are injured" right after.)
        let injured_next = sents
            .get(s.idx + 1)
            .is_some_and(|n| n.para == s.para && INJURED_NEXT.is_match(&n.text));
        if INJURED_HELPED.is_match(&s.text[m.end()..]) || injured_next {
            fields.push(Field::Killed);
        } else {
            fields.extend([Field::Killed, Field::Injured]);
        }
    }
    if ZERO_INJURED.is_match(&s.text) && !not_yet {
        fields.push(Field::Injured);
    }
    if ZERO_KILLED.is_match(&s.text) && !not_yet {
        fields.push(Field::Killed);
    }
    for c in ZERO_INTERCEPT.captures_iter(&s.text) {
        let named = c
            .name("w")
            .or(c.name("w2"))
            .map(|m| m.as_str().to_lowercase());
        // "either of them": the weapon counted before.
        let missile = match named {
            Some(w) => w.starts_with("missile"),
            None => match cands.iter().rev().find(|c| {
                c.sent <= s.idx
                    && c.status == Status::Used
                    && matches!(
                        c.field,
                        Some(Field::DronesLaunched | Field::MissilesLaunched)
                    )
            }) {
                Some(c) => c.field == Some(Field::MissilesLaunched),
                None => continue,
            },
        };
        fields.push(if missile {
            Field::MissilesIntercepted
        } else {
            Field::DronesIntercepted
        });
    }
    fields.dedup();
    fields
}

/// "No casualties were reported in the capital", "the governor of Kirovohrad reported no
/// injuries": a zero for one place is the attack's only when the attack hit nothing else; the
/// reason it is not, if it is not. `side`: the zero's attacker (the regions of the other
/// direction's attack are no other place of this one).
fn partial_zero(
    s: &Sent,
    sents: &[Sent],
    side: Side,
    tl: &Timeline,
    covered: &[String],
) -> Option<String> {
    let day = |x: &Sent| tl.day(x, 0);
    zero_scope(s, sents, side).and_then(|scope| {
        let regions = attack_regions(sents, side, day(s), day);
        // An official's zero for an unnamed place ("regional governor Oleh Kiper ... adding
        // there were no civilian casualties") in an article about one region: that region's.
        if scope.is_none() && regions.len() == 1 && !local_area(s) {
            return None;
        }
        let other = regions
            .into_iter()
            .find(|r| scope.as_deref().is_none_or(|sc| sc != r) && !covered.contains(r))?;
        let scope = scope.unwrap_or_else(|| "one place".into());
        Some(format!(
            "a zero for {scope} only; the attack also reached {other}"
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::NOT_YET;

    #[test]
    fn a_zero_at_the_moment_of_the_report_is_not_yet_known() {
        for s in [
            "according to the operational report, as of 6:18 a.m., there were no casualties",
            "there were no casualties or destruction in Kyiv as of now,\" Popko concluded.",
            "At 9:55 p.m, Syniehubov stated that there were no reported casualties at that time.",
            "As of 07:30, no casualties were reported.",
        ] {
            assert!(NOT_YET.is_match(s), "{s}");
        }
    }

    #[test]
    fn a_zero_beside_a_time_that_is_no_hedge_stands() {
        for s in [
            "Preliminarily, there were no casualties.",
            "No one was in the building at the time of the attack, and there were no casualties.",
            "At 6:18 a.m. the drone hit a warehouse; there were no casualties.",
        ] {
            assert!(!NOT_YET.is_match(s), "{s}");
        }
    }
}
