//! Nightly attacks: the national (`kpszsu`) reports grouped by the post they come from, one
//! [`Night`] per attack, dated by the end of its period. Regional commands' rows overlap the
//! national totals and are never added to them.
//!
//! A post usually reports one attack, but 78 of the 992 national posts of the 2026-04 snapshot
//! hold rows ending on different days (a weekend's two nights, or a source copied onto a row
//! months away). Within a post, rows whose periods overlap or lie less than [`JOIN_WITHIN`]
//! apart are one attack; a row further from the others is an attack of its own (68 posts are
//! split so). An evening Kinzhal inside the night's window, or the morning's missiles two hours
//! after the night's drones (13 December 2024: 193 drones, then 93 missiles), stay one attack;
//! "442 Shahed, 28→29 March" and "164 Shahed, 29→30 March" of one post are two nights.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};

use super::{Record, WeaponClass};

/// One national report of an attack: totals of the project's drones and missiles, per class, and
/// what the report adds (lost to electronic warfare, still in the air, places hit).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Night {
    /// The post (`kpszsu/posts/...`).
    pub source: String,
    /// The date of the attack: the latest `time_end` of the report's rows.
    pub date: Option<NaiveDate>,
    /// Earliest start and latest end of the report's period.
    pub period: Option<(NaiveDateTime, NaiveDateTime)>,
    /// Attack drones and decoys launched / destroyed (`None` where no row states them).
    pub drones_launched: Option<u32>,
    /// Attack drones destroyed.
    pub drones_destroyed: Option<u32>,
    /// Missiles of every class launched.
    pub missiles_launched: Option<u32>,
    /// Missiles destroyed.
    pub missiles_destroyed: Option<u32>,
    /// Attack drones lost to electronic warfare (did not reach their targets).
    pub not_reach_goal: Option<u32>,
    /// Drones or missiles still in the air when the report was posted.
    pub still_attacking: Option<u32>,
    /// Places hit (the largest figure of the report's rows).
    pub hit_locations: Option<u32>,
    /// Places where debris fell.
    pub debris_locations: Option<u32>,
    /// Per class: (launched, destroyed).
    pub by_class: BTreeMap<WeaponClass, (Option<u32>, Option<u32>)>,
    /// The lines of the rows it was built from.
    pub lines: Vec<u64>,
}

fn add(a: Option<u32>, b: Option<u32>) -> Option<u32> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.saturating_add(y)),
        (x, None) => x,
        (None, y) => y,
    }
}

impl Night {
    fn push(&mut self, r: &Record) {
        self.lines.push(r.line);
        self.period = Some(match self.period {
            None => (r.time_start, r.time_end),
            Some((s, e)) => (s.min(r.time_start), e.max(r.time_end)),
        });
        self.date = self.period.map(|(_, e)| e.date());
        let e = self.by_class.entry(r.class).or_default();
        *e = (add(e.0, r.launched), add(e.1, r.destroyed));
        if r.class.is_drone() {
            self.drones_launched = add(self.drones_launched, r.launched);
            self.drones_destroyed = add(self.drones_destroyed, r.destroyed);
            self.not_reach_goal = add(self.not_reach_goal, r.not_reach_goal);
        } else if r.class.is_missile() {
            self.missiles_launched = add(self.missiles_launched, r.launched);
            self.missiles_destroyed = add(self.missiles_destroyed, r.destroyed);
        }
        self.still_attacking = add(self.still_attacking, r.still_attacking);
        self.hit_locations = self.hit_locations.max(r.num_hit_location);
        self.debris_locations = self.debris_locations.max(r.num_fall_fragment_location);
    }
}

/// The national attacks of the record, in date order (then source, then file order): the rows
/// of one post, split where their periods do not overlap (see the module's documentation).
pub fn nights(records: &[Record]) -> Vec<Night> {
    let mut by_source: BTreeMap<&str, Vec<&Record>> = BTreeMap::new();
    for r in records.iter().filter(|r| r.is_national()) {
        by_source.entry(&r.source).or_default().push(r);
    }
    let mut out = Vec::new();
    for (source, rows) in by_source {
        for group in overlapping(rows) {
            let mut n = Night {
                source: source.to_string(),
                ..Night::default()
            };
            for r in group {
                n.push(r);
            }
            out.push(n);
        }
    }
    out.sort_by(|a, b| (a.date, &a.source, &a.lines).cmp(&(b.date, &b.source, &b.lines)));
    out
}

/// Rows of one post whose periods are less than this apart are one attack (a morning missile
/// wave two hours after the night's drones is the same attack; the next night, nine hours or
/// more after the morning report, is not).
pub const JOIN_WITHIN: chrono::TimeDelta = chrono::TimeDelta::hours(6);

/// The rows of one post in groups whose periods overlap or lie within [`JOIN_WITHIN`] of each
/// other (a sweep over the rows sorted by start: a row starting later than that after every
/// period so far has ended opens a new group). Rows keep their file order inside a group.
fn overlapping(mut rows: Vec<&Record>) -> Vec<Vec<&Record>> {
    rows.sort_by_key(|r| (r.time_start, r.time_end, r.line));
    let mut groups: Vec<Vec<&Record>> = Vec::new();
    let mut end: Option<chrono::NaiveDateTime> = None;
    for r in rows {
        match end {
            Some(e) if r.time_start <= e + JOIN_WITHIN => {
                end = Some(e.max(r.time_end));
                if let Some(g) = groups.last_mut() {
                    g.push(r);
                }
            }
            _ => {
                end = Some(r.time_end);
                groups.push(vec![r]);
            }
        }
    }
    for g in &mut groups {
        g.sort_by_key(|r| r.line);
    }
    groups
}

/// Monthly totals of attack drones and missiles launched over the national nights:
/// (first day of the month, drones, missiles).
pub fn monthly_launched(nights: &[Night]) -> Vec<(NaiveDate, u64, u64)> {
    let mut m: BTreeMap<NaiveDate, (u64, u64)> = BTreeMap::new();
    for n in nights {
        let Some(d) = n.date else { continue };
        let first = d.with_day0(0).unwrap_or(d);
        let e = m.entry(first).or_default();
        e.0 += u64::from(n.drones_launched.unwrap_or(0));
        e.1 += u64::from(n.missiles_launched.unwrap_or(0));
    }
    m.into_iter().map(|(d, (a, b))| (d, a, b)).collect()
}

use chrono::Datelike as _;
