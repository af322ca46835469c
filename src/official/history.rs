//! The record over its whole history: the sizes of the nights, their weekly or monthly means,
//! the record nights, and the monthly interception rate per weapon class. Pure functions of the
//! [`Night`]s, for the charts of [`crate::charts::official`] and for notebooks.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, Months, NaiveDate};

use super::{Night, WeaponClass};

/// How nights are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    /// Weeks from Monday to Sunday.
    Week,
    /// Calendar months.
    Month,
}

impl Period {
    /// The first day of the period holding `d`.
    pub fn start(self, d: NaiveDate) -> NaiveDate {
        match self {
            Period::Week => d - Days::new(u64::from(d.weekday().num_days_from_monday())),
            Period::Month => d.with_day(1).unwrap_or(d),
        }
    }

    /// The first day of the next period, for a period starting on `start`.
    pub fn next(self, start: NaiveDate) -> NaiveDate {
        match self {
            Period::Week => start + Days::new(7),
            Period::Month => start + Months::new(1),
        }
    }

    /// `week` or `month`.
    pub fn as_str(self) -> &'static str {
        match self {
            Period::Week => "week",
            Period::Month => "month",
        }
    }
}

/// One national attack's size: attack drones and missiles launched (a missing figure is 0 here,
/// and a night with neither figure is left out by [`night_sizes`]).
#[derive(Debug, Clone, PartialEq)]
pub struct NightSize {
    /// The date the attack ended.
    pub date: NaiveDate,
    /// Attack drones launched.
    pub drones: u32,
    /// Missiles launched.
    pub missiles: u32,
}

impl NightSize {
    /// Drones and missiles.
    pub fn total(&self) -> u32 {
        self.drones.saturating_add(self.missiles)
    }
}

/// The dated nights that give a drone or a missile figure, in date order.
pub fn night_sizes(nights: &[Night]) -> Vec<NightSize> {
    let mut v: Vec<NightSize> = nights
        .iter()
        .filter(|n| n.drones_launched.is_some() || n.missiles_launched.is_some())
        .filter_map(|n| {
            Some(NightSize {
                date: n.date?,
                drones: n.drones_launched.unwrap_or(0),
                missiles: n.missiles_launched.unwrap_or(0),
            })
        })
        .collect();
    v.sort_by_key(|s| s.date);
    v
}

/// The record nights: each larger (drones and missiles) than every night before it. Indices
/// into `sizes`, in date order.
pub fn records(sizes: &[NightSize]) -> Vec<usize> {
    let mut best = 0;
    let mut out = Vec::new();
    for (i, s) in sizes.iter().enumerate() {
        if s.total() > best {
            best = s.total();
            out.push(i);
        }
    }
    out
}

/// The nights of one period.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodSize {
    /// Its first day.
    pub start: NaiveDate,
    /// The first day of the next period.
    pub end: NaiveDate,
    /// How many nights of the record fall in it.
    pub nights: u32,
    /// Attack drones launched in all of them.
    pub drones: u64,
    /// Missiles launched in all of them.
    pub missiles: u64,
}

impl PeriodSize {
    /// The mean number of attack drones per night of the record in the period.
    pub fn mean_drones(&self) -> f64 {
        self.drones as f64 / f64::from(self.nights.max(1))
    }
    /// The mean number of missiles per night of the record in the period.
    pub fn mean_missiles(&self) -> f64 {
        self.missiles as f64 / f64::from(self.nights.max(1))
    }
}

/// The nights grouped by `period`: only periods with at least one night (a period without any
/// is a gap, not a zero).
pub fn period_sizes(sizes: &[NightSize], period: Period) -> Vec<PeriodSize> {
    let mut m: BTreeMap<NaiveDate, PeriodSize> = BTreeMap::new();
    for s in sizes {
        let start = period.start(s.date);
        let p = m.entry(start).or_insert_with(|| PeriodSize {
            start,
            end: period.next(start),
            nights: 0,
            drones: 0,
            missiles: 0,
        });
        p.nights += 1;
        p.drones += u64::from(s.drones);
        p.missiles += u64::from(s.missiles);
    }
    m.into_values().collect()
}

/// A rolling mean over a window of `days` days: at each point, the mean of the values of the
/// points dated within the `days` days ending on it (itself included). Points further apart than
/// the window are not joined: the result is one run of points per stretch without such a gap.
/// `points` must be in date order; a window of 0 days is taken as 1.
pub fn rolling_mean_days(points: &[(NaiveDate, f64)], days: u32) -> Vec<Vec<(NaiveDate, f64)>> {
    let days = i64::from(days.max(1));
    let mut runs: Vec<Vec<(NaiveDate, f64)>> = Vec::new();
    let (mut first, mut sum) = (0, 0.0);
    for (i, &(d, v)) in points.iter().enumerate() {
        sum += v;
        while (d - points[first].0).num_days() >= days {
            sum -= points[first].1;
            first += 1;
        }
        let mean = sum / (i + 1 - first) as f64;
        let joined = i > 0 && (d - points[i - 1].0).num_days() < days;
        match runs.last_mut() {
            Some(run) if joined => run.push((d, mean)),
            _ => runs.push(vec![(d, mean)]),
        }
    }
    runs
}

/// The weapon classes whose monthly interception rate is charted.
pub const RATE_CLASSES: [WeaponClass; 3] = [
    WeaponClass::AttackDrone,
    WeaponClass::Cruise,
    WeaponClass::Ballistic,
];

/// One month's interception rate of one class.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassRate {
    /// The first day of the month.
    pub month: NaiveDate,
    /// The class.
    pub class: WeaponClass,
    /// Nights of the month that give both figures for the class, with some launched.
    pub nights: u32,
    /// Launched in those nights.
    pub launched: u64,
    /// Destroyed in those nights.
    pub destroyed: u64,
}

impl ClassRate {
    /// destroyed / launched.
    pub fn rate(&self) -> f64 {
        self.destroyed as f64 / self.launched.max(1) as f64
    }
}

/// Per month and class of `classes`, destroyed over launched, summed over the nights that give
/// both figures for the class (months without such a night have no rate). In month, then
/// `classes`, order.
pub fn monthly_rates(nights: &[Night], classes: &[WeaponClass]) -> Vec<ClassRate> {
    let mut m: BTreeMap<(NaiveDate, usize), ClassRate> = BTreeMap::new();
    for n in nights {
        let Some(date) = n.date else { continue };
        let month = Period::Month.start(date);
        for (k, class) in classes.iter().enumerate() {
            let Some((Some(l), Some(d))) = n.by_class.get(class) else {
                continue;
            };
            if *l == 0 {
                continue;
            }
            let r = m.entry((month, k)).or_insert_with(|| ClassRate {
                month,
                class: *class,
                nights: 0,
                launched: 0,
                destroyed: 0,
            });
            r.nights += 1;
            r.launched += u64::from(*l);
            r.destroyed += u64::from(*d);
        }
    }
    m.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn periods_start_on_mondays_and_first_days() {
        assert_eq!(Period::Week.start(d(2025, 9, 7)), d(2025, 9, 1));
        assert_eq!(Period::Week.next(d(2025, 9, 1)), d(2025, 9, 8));
        assert_eq!(Period::Month.start(d(2025, 9, 7)), d(2025, 9, 1));
        assert_eq!(Period::Month.next(d(2025, 12, 1)), d(2026, 1, 1));
    }

    #[test]
    fn a_rolling_mean_is_a_window_in_days_never_across_a_gap() {
        let p = [
            (d(2025, 9, 1), 10.0),
            (d(2025, 9, 3), 20.0),
            (d(2025, 9, 9), 30.0),
            (d(2025, 9, 30), 40.0),
        ];
        let runs = rolling_mean_days(&p, 7);
        assert_eq!(
            runs,
            [
                vec![
                    (d(2025, 9, 1), 10.0),
                    (d(2025, 9, 3), 15.0),
                    // 1 September is 8 days back: out of the window.
                    (d(2025, 9, 9), 25.0),
                ],
                vec![(d(2025, 9, 30), 40.0)],
            ]
        );
        assert!(rolling_mean_days(&[], 7).is_empty());
    }

    #[test]
    fn records_and_periods() {
        let s = |date, drones, missiles| NightSize {
            date,
            drones,
            missiles,
        };
        let sizes = [
            s(d(2025, 9, 1), 10, 0),
            s(d(2025, 9, 2), 5, 2),
            s(d(2025, 9, 7), 10, 1),
            s(d(2025, 10, 1), 3, 0),
        ];
        assert_eq!(records(&sizes), [0, 2]);
        let weeks = period_sizes(&sizes, Period::Week);
        assert_eq!(weeks.len(), 2);
        assert_eq!(
            (weeks[0].nights, weeks[0].drones, weeks[0].missiles),
            (3, 25, 3)
        );
        assert!((weeks[0].mean_drones() - 25.0 / 3.0).abs() < 1e-9);
        assert_eq!(weeks[1].start, d(2025, 9, 29));
        assert_eq!(period_sizes(&sizes, Period::Month).len(), 2);
    }
}
