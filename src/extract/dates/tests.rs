//! Unit tests of the date cues and their resolution.

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn first(s: &str, a: Anchors) -> Option<NaiveDate> {
    cues(s).into_iter().find_map(|c| resolve(c.kind, a))
}

#[test]
fn cues_resolve_against_the_published_date() {
    let a = Anchors {
        published: Some(d(2025, 9, 7)),
        ..Default::default()
    }; // a Sunday
    let cases = [
        ("drones in the early hours of Sunday", d(2025, 9, 7)),
        ("Russia attacked overnight", d(2025, 9, 7)),
        ("on Thursday night", d(2025, 9, 5)),
        ("overnight into Saturday", d(2025, 9, 6)),
        ("last Sunday", d(2025, 8, 31)),
        ("on 5 September", d(2025, 9, 5)),
        ("Sept. 5", d(2025, 9, 5)),
        ("on Dec. 14, 2022", d(2022, 12, 14)),
        ("on the night of 17-18 September 2024", d(2024, 9, 18)),
        ("yesterday", d(2025, 9, 6)),
        (
            "occurred overnight between Saturday and Sunday",
            d(2025, 9, 7),
        ),
        ("the night from Friday to Saturday", d(2025, 9, 6)),
        ("01.05.2023, 23:00", d(2023, 5, 1)),
        // The evening start of a count window: the attack ends the next morning.
        (
            "From 7:00 p.m. on Friday, September 5, the enemy attacked",
            d(2025, 9, 6),
        ),
        (
            "from 18:00 on 5 September the enemy attacked",
            d(2025, 9, 6),
        ),
        (
            "From the evening of 5 September the enemy attacked",
            d(2025, 9, 6),
        ),
    ];
    for (s, want) in cases {
        assert_eq!(first(s, a), Some(want), "{s}");
    }
}

#[test]
fn weekdays_without_a_published_date_use_the_nearest_stated_date() {
    let a = Anchors {
        text: Some(d(2024, 4, 22)),
        ..Default::default()
    }; // a Monday
    assert_eq!(first("reported Tuesday", a), Some(d(2024, 4, 23)));
    assert_eq!(first("overnight", a), None);
}

#[test]
fn periods_are_not_dates() {
    for s in [
        "this week",
        "since February 24",
        "in March",
        "over the past week",
        "100 drones a day",
        "shot down 82 Ukrainian drones in a 24-hour period",
        "Throughout February 2024, Russia launched more than 330 drones",
        "In March, Russia launched 1,200 drones",
    ] {
        assert!(cues(s).iter().any(|c| c.kind == CueKind::Period), "{s}");
    }
    // "the night of March 3 to 4", "the night of 17–18 May": the second day.
    for t in [
        "on the night of March 3 to 4",
        "on the night of 17–18 May",
        "3 to 4 March",
    ] {
        let c = cues(t);
        assert!(
            matches!(c[0].kind, CueKind::Date { day: 4 | 18, .. }),
            "{t}: {c:?}"
        );
    }
    // A month of a year: a past date unless a period claims it.
    let past = cues("the deadliest attack since October 2022, when missiles killed 13");
    assert!(
        matches!(
            past[0].kind,
            CueKind::Past {
                day: 1,
                month: 10,
                year: 2022
            }
        ),
        "{past:?}"
    );
    assert!(matches!(
        cues("in March 2024, Russia launched")[0].kind,
        CueKind::Period
    ));
    // A weekday with its date is the date.
    let cap = cues("in Kharkiv, Ukraine, Saturday, March 29, 2025. That attack killed four.");
    assert_eq!(cap.len(), 1, "{cap:?}");
    assert!(matches!(
        cap[0].kind,
        CueKind::Date {
            day: 29,
            month: 3,
            year: Some(2025)
        }
    ));
    // A window from the evening to the morning ends the next day.
    let w = cues("46 drones between 11:00 p.m. Saturday and 7:00 a.m. Moscow time");
    assert!(
        matches!(w[0].kind, CueKind::Weekday { plus: 1, .. }),
        "{w:?}"
    );
    // "Overnight into Oct. 9": one cue, the named day.
    let into = cues("Overnight into Oct. 9, Russia sent 24 attack drones");
    assert_eq!(into.len(), 1, "{into:?}");
    assert!(matches!(
        into[0].kind,
        CueKind::Date {
            day: 9,
            month: 10,
            ..
        }
    ));
    // The count window of one night is not a period.
    let night = cues("On the night of 13 April (from 18:00 on 12 April), the enemy attacked");
    assert_eq!(night.len(), 1, "{night:?}");
    let evening =
        cues("Overnight into 7 February from the evening of 6 February, the enemy attacked");
    assert!(
        matches!(
            evening[..],
            [
                ..,
                Cue {
                    kind: CueKind::Date { day: 7, .. },
                    ..
                }
            ]
        ) && !evening
            .iter()
            .any(|c| matches!(c.kind, CueKind::Date { day: 6, .. })),
        "{evening:?}"
    );
    let tass = cues("from 23:00 Moscow time on August 16 to 07:00 Moscow time on August 17");
    assert_eq!(tass.len(), 1, "{tass:?}");
    assert!(matches!(tass[0].kind, CueKind::Date { day: 17, .. }));
    assert!(matches!(night[0].kind, CueKind::Date { day: 13, .. }));
    assert!(!cues("the largest attack since the invasion began")
        .iter()
        .any(|c| c.kind == CueKind::Period));
}

#[test]
fn the_latest_of_a_series_since_a_date_is_no_period_but_the_latest_report_s_total_is() {
    let period = |s: &str| cues(s).iter().any(|c| c.kind == CueKind::Period);
    assert!(!period(
        "nine drones during the overnight strikes — the latest launched by Russia since its \
         full-scale invasion in February 2022"
    ));
    assert!(!period(
        "the latest in a series of Russian missile and drone attacks since October"
    ));
    assert!(period(
        "According to the latest report, Russian forces have shot down 92,459 drones since the \
         SVO began"
    ));
}

#[test]
fn a_comparison_s_since_day_dates_nothing_unless_told_of() {
    let a = Anchors {
        published: Some(d(2023, 5, 9)),
        ..Default::default()
    };
    // The bound of "the second such attack since Monday" is the attack compared with.
    assert_eq!(
        first(
            "It is the second such attack since Monday, with 23 shot down",
            a
        ),
        None
    );
    assert_eq!(
        first("the largest attack since October 10, with 23 shot down", a),
        None
    );
    // A day its own clause tells of dates that clause's figures.
    assert_eq!(
        first(
            "the largest attack since October 10, when missiles killed 13",
            a
        ),
        Some(d(2022, 10, 10))
    );
}

#[test]
fn days_later_count_forward_from_the_main_attack() {
    let kinds: Vec<CueKind> = cues("struck at least 10 regions two days later")
        .into_iter()
        .map(|c| c.kind)
        .collect();
    assert!(kinds.contains(&CueKind::Relative(2)));
    let kinds: Vec<CueKind> = cues("Just two days prior, a drone strike injured 11")
        .into_iter()
        .map(|c| c.kind)
        .collect();
    assert!(kinds.contains(&CueKind::Relative(-2)));
}
