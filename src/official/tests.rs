use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use super::*;
use crate::extract::{Count, Event, Field, Qualifier, Side};

fn fixture() -> Official {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/official/missile_attacks_fixture.csv");
    load(&p).expect("fixture loads")
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn rows_are_typed_and_bad_rows_are_warnings_naming_the_line() {
    let o = fixture();
    assert_eq!(o.sha256.len(), 64);
    // 23 data rows: the not-a-date row and the short row are skipped.
    assert_eq!(o.records.len(), 21);
    let lines: Vec<String> = o.warnings.iter().map(|w| w.to_string()).collect();
    let has = |line: u64, what: &str| {
        lines
            .iter()
            .any(|w| w.contains(&format!(".csv:{line}:")) && w.contains(what))
    };
    assert!(has(17, "no weapon class"), "{lines:#?}");
    assert!(has(17, "affected region not read"), "{lines:#?}");
    assert!(has(18, "time_start"), "{lines:#?}");
    assert!(has(19, "not a count"), "{lines:#?}");
    assert!(has(20, "fields"), "{lines:#?}");
    assert_eq!(o.warnings.len(), 5, "{lines:#?}");

    let first = &o.records[0];
    assert_eq!(first.line, 2);
    assert_eq!(first.class, WeaponClass::AttackDrone);
    assert_eq!((first.launched, first.destroyed), (Some(653), Some(585)));
    assert_eq!(first.num_hit_location, Some(29));
    assert_eq!(first.affected_regions, ["Kyiv oblast", "Lviv oblast"]);
    assert_eq!(first.reporter, "kpszsu");
    assert_eq!(first.date(), d(2025, 12, 6));
    let bare = o.records.iter().find(|r| r.model == "GBU").unwrap();
    assert!(!bare.has_time);
    assert_eq!(bare.date(), d(2024, 5, 16));
    let nan = o.records.iter().find(|r| r.line == 14).unwrap();
    assert_eq!(nan.not_reach_goal, None);

    let df = o.frame().unwrap();
    assert_eq!(df.height(), 21);
    assert_eq!(
        df.column("launched").unwrap().dtype(),
        &polars::prelude::DataType::UInt32
    );
    assert!(matches!(
        df.column("time_end").unwrap().dtype(),
        polars::prelude::DataType::Datetime(_, _)
    ));
}

#[test]
fn nights_are_national_reports_by_post_with_classes_summed() {
    let o = fixture();
    let nights = o.nights();
    let dates: Vec<_> = nights.iter().map(|n| n.date.unwrap()).collect();
    assert_eq!(
        dates,
        [
            d(2024, 5, 16),
            d(2024, 5, 17),
            d(2025, 9, 6),
            d(2025, 9, 7),
            d(2025, 9, 20),
            d(2025, 12, 3),
            d(2025, 12, 6),
            d(2026, 2, 28),
            d(2026, 3, 1),
        ]
    );
    let dec6 = &nights[6];
    // The regional command's 94 UAVs are not added; the cruise bundle with its 05:00 start
    // belongs to the same post.
    assert_eq!(dec6.drones_launched, Some(653));
    assert_eq!(dec6.missiles_launched, Some(14 + 34 + 3));
    assert_eq!(dec6.missiles_destroyed, Some(1 + 29));
    assert_eq!(dec6.by_class[&WeaponClass::Cruise], (Some(34), Some(29)));
    assert_eq!(dec6.lines, [2, 3, 4, 5]);
    let sep6 = &nights[2];
    // Reconnaissance drones are not the project's drones.
    assert_eq!(sep6.drones_launched, Some(91));
    assert_eq!(sep6.hit_locations, Some(8));
    let may16 = &nights[0];
    // A guided bomb is not a missile; an unknown model counts in neither.
    assert_eq!(may16.missiles_launched, None);
    assert_eq!(may16.drones_launched, None);
}

#[test]
fn a_post_with_two_nights_is_split_where_its_periods_do_not_overlap() {
    let o = fixture();
    let nights = o.nights();
    let two: Vec<&Night> = nights
        .iter()
        .filter(|n| n.source.ends_with("fixture-two-nights"))
        .collect();
    assert_eq!(two.len(), 2);
    // The evening Kinzhal inside the first night's window stays with it.
    assert_eq!(two[0].date, Some(d(2026, 2, 28)));
    assert_eq!(two[0].lines, [21, 22, 24]);
    assert_eq!(two[0].drones_launched, Some(105));
    assert_eq!(two[0].missiles_launched, Some(2));
    assert_eq!(two[1].date, Some(d(2026, 3, 1)));
    assert_eq!(two[1].lines, [23]);
    assert_eq!(two[1].drones_launched, Some(123));
    assert_eq!(two[1].missiles_launched, None);
}

#[test]
fn monthly_launched_matches_a_sum_by_hand() {
    let o = fixture();
    let m = nights::monthly_launched(&o.nights());
    assert_eq!(
        m,
        [
            (d(2024, 5, 1), 0, 0),
            (d(2025, 9, 1), 91 + 810 + 579, 4 + 9 + 32 + 8),
            (d(2025, 12, 1), 111 + 653, 14 + 34 + 3),
            (d(2026, 2, 1), 105, 1 + 1),
            (d(2026, 3, 1), 123, 0),
        ]
    );
}

fn event(date: NaiveDate, fields: &[(Field, u32, Qualifier)]) -> Event {
    let mut e = Event::empty("a", Some(date), Side::Russia);
    for (f, v, q) in fields {
        e.set(
            *f,
            Some(Count {
                value: *v,
                qualifier: *q,
            }),
        );
    }
    e
}

#[test]
fn seed_figures_get_qualifier_aware_verdicts() {
    use Qualifier::*;
    let o = fixture();
    let nights = o.nights();
    let events = [
        event(
            d(2025, 9, 7),
            &[
                (Field::DronesLaunched, 800, MoreThan),
                (Field::MissilesLaunched, 13, Exact),
            ],
        ),
        event(
            d(2025, 9, 20),
            &[
                (Field::DronesLaunched, 580, About),
                (Field::DronesIntercepted, 550, Exact),
                (Field::MissilesLaunched, 40, Exact),
            ],
        ),
        event(d(2023, 1, 1), &[(Field::DronesLaunched, 5, Exact)]),
        event(d(2024, 5, 16), &[(Field::MissilesLaunched, 2, Exact)]),
    ];
    let checks = check(&events, &nights);
    let v: Vec<(Field, Verdict, Option<i64>)> = checks
        .iter()
        .map(|c| (c.field, c.verdict, c.difference))
        .collect();
    assert_eq!(
        v,
        [
            (Field::DronesLaunched, Verdict::Consistent, None),
            (Field::MissilesLaunched, Verdict::Consistent, None),
            (Field::DronesLaunched, Verdict::Consistent, None),
            (Field::DronesIntercepted, Verdict::Discrepancy, Some(2)),
            (Field::MissilesLaunched, Verdict::Consistent, None),
            (Field::DronesLaunched, Verdict::OfficialMissing, None),
            (Field::MissilesLaunched, Verdict::NewsOnly, None),
        ]
    );
    assert!(checks[..5].iter().all(|c| c.offset_days == Some(0)));
    assert_eq!(checks[0].official, Some(810));
    assert_eq!(
        checks[1].official,
        Some(13),
        "4 Iskander-M/KN-23 + 9 Iskander-K"
    );
}

#[test]
fn qualifiers_agree_as_stated() {
    use Qualifier::*;
    let c = |v, q| Count {
        value: v,
        qualifier: q,
    };
    assert!(check::agrees(c(800, MoreThan), 810));
    assert!(!check::agrees(c(800, MoreThan), 800));
    assert!(check::agrees(c(580, About), 579));
    assert!(check::agrees(c(600, About), 579), "within 5%");
    assert!(!check::agrees(c(600, About), 560));
    assert!(check::agrees(c(26, AtLeast), 26));
    assert!(check::agrees(c(50, UpTo), 44));
    assert!(!check::agrees(c(40, Exact), 32));
}

#[test]
fn a_missing_file_is_an_error_naming_it_and_a_wrong_header_too() {
    let err = load(Path::new("/nonexistent/missile_attacks_daily.csv")).unwrap_err();
    assert!(err
        .to_string()
        .contains("/nonexistent/missile_attacks_daily.csv"));
    let err = parse("a,b\n1,2\n", Path::new("x.csv")).unwrap_err();
    assert!(err.to_string().starts_with("x.csv:1:"), "{err}");
}

mod filled {
    use super::*;
    use crate::analysis;
    use crate::events::events_frame;
    use crate::official;
    use crate::Field;
    use polars::prelude::{DataFrame, DataType};

    fn frame_of(events: &[Event]) -> DataFrame {
        analysis::attacks(&events_frame(events).unwrap()).unwrap()
    }

    fn strs(df: &DataFrame, name: &str) -> Vec<Option<String>> {
        let c = df.column(name).unwrap().cast(&DataType::String).unwrap();
        c.str()
            .unwrap()
            .iter()
            .map(|s| s.map(str::to_string))
            .collect()
    }

    fn u32s(df: &DataFrame, name: &str) -> Vec<Option<u32>> {
        let c = df.column(name).unwrap().cast(&DataType::UInt32).unwrap();
        c.u32().unwrap().iter().collect()
    }

    fn s(v: &str) -> Option<String> {
        Some(v.to_string())
    }

    fn events() -> Vec<Event> {
        use Qualifier::*;
        let mut ukraine = Event::empty("u", Some(d(2025, 9, 7)), Side::Ukraine);
        ukraine.drones_intercepted = Some(Count::exact(100));
        let mut undated = Event::empty("x", None, Side::Russia);
        undated.drones_launched = Some(Count::exact(45));
        vec![
            // The seed night of 7 September: launched as the articles say, intercepted missing.
            event(
                d(2025, 9, 7),
                &[
                    (Field::DronesLaunched, 800, MoreThan),
                    (Field::MissilesLaunched, 13, Exact),
                ],
            ),
            // Every figure in the news: nothing taken from the record.
            event(
                d(2025, 9, 20),
                &[
                    (Field::DronesLaunched, 580, About),
                    (Field::DronesIntercepted, 552, Exact),
                    (Field::MissilesLaunched, 40, Exact),
                    (Field::MissilesIntercepted, 31, Exact),
                ],
            ),
            // A day after the night of 2 to 3 December, agreeing with it: used, offset -1.
            event(d(2025, 12, 4), &[(Field::DronesLaunched, 111, AtLeast)]),
            // A day after a night it does not agree with: not used.
            event(d(2025, 9, 21), &[(Field::MissilesLaunched, 99, Exact)]),
            // No night near.
            event(d(2023, 1, 1), &[(Field::DronesLaunched, 5, Exact)]),
            ukraine,
            undated,
        ]
    }

    #[test]
    fn missing_figures_come_from_the_night_with_their_source_marked() {
        let o = fixture();
        let f = official::filled(&frame_of(&events()), &o).unwrap();
        // Russian attacks only, in the order of the attacks frame (dated by date, undated last).
        assert_eq!(
            strs(&f, "event_date"),
            [
                s("2023-01-01"),
                s("2025-09-07"),
                s("2025-09-20"),
                s("2025-09-21"),
                s("2025-12-04"),
                None
            ]
        );
        assert_eq!(
            u32s(&f, "drones_launched"),
            [Some(5), Some(800), Some(580), None, Some(111), Some(45)]
        );
        assert_eq!(
            strs(&f, "drones_launched_qualifier")[1],
            s("more_than"),
            "a news bound is kept, never replaced by the record's 810"
        );
        assert_eq!(u32s(&f, "drones_launched_official")[1], Some(810));
        assert_eq!(
            u32s(&f, "drones_intercepted"),
            [None, Some(747), Some(552), None, Some(83), None]
        );
        assert_eq!(
            strs(&f, "drones_intercepted_source"),
            [None, s("official"), s("news"), None, s("official"), None]
        );
        assert_eq!(
            strs(&f, "drones_intercepted_qualifier")[1],
            s("exact"),
            "an official figure is exact"
        );
        assert_eq!(
            u32s(&f, "missiles_intercepted"),
            [None, Some(4), Some(31), None, None, None]
        );
        assert_eq!(
            strs(&f, "official_source"),
            [
                None,
                s("kpszsu/posts/fixture-2025-09-07"),
                s("kpszsu/posts/fixture-2025-09-20"),
                None,
                s("kpszsu/posts/fixture-2025-12-03"),
                None
            ]
        );
        let off = f.column("official_offset_days").unwrap().i64().unwrap();
        assert_eq!(
            off.iter().collect::<Vec<_>>(),
            [None, Some(0), Some(0), None, Some(-1), None]
        );
        assert!(strs(&f, "official_sha256")
            .iter()
            .all(|h| h.as_deref() == Some(o.sha256.as_str())));
    }

    #[test]
    fn rates_of_the_filled_frame_state_their_source() {
        let o = fixture();
        let f = official::filled(&frame_of(&events()), &o).unwrap();
        let r = official::filled_rates(&f).unwrap();
        assert_eq!(r.height(), 3 * f.height());
        let pick =
            |attack: usize, weapon: usize, col: &str| strs(&r, col)[3 * attack + weapon].clone();
        // 7 September: 747 (official) of more than 800 (news).
        assert_eq!(pick(1, 0, "launched_source"), s("news"));
        assert_eq!(pick(1, 0, "intercepted_source"), s("official"));
        assert_eq!(pick(1, 0, "rate_source"), s("mixed"));
        assert_eq!(pick(1, 0, "rate_quality"), s("upper_bound"));
        assert_eq!(pick(1, 2, "rate_source"), s("mixed"));
        // 20 September: every figure from the news.
        for w in 0..3 {
            assert_eq!(pick(2, w, "rate_source"), s("news"));
        }
        // 4 December: at least 111 (news), 83 (official); no missiles, no rate, no source.
        assert_eq!(pick(4, 0, "rate_source"), s("mixed"));
        assert_eq!(pick(4, 1, "rate_source"), None);
        // 21 September and the undated attack: no rate at all.
        assert_eq!(pick(3, 1, "rate_source"), None);
        assert_eq!(pick(5, 0, "rate_source"), None);
        let rate = r.column("rate").unwrap().f64().unwrap();
        assert!((rate.get(3).unwrap() - 747.0 / 800.0).abs() < 1e-9);
    }
}

#[test]
fn monthly_rates_per_class_over_the_nights_that_give_both_figures() {
    use history::{monthly_rates, RATE_CLASSES};
    let o = fixture();
    let r = monthly_rates(&o.nights(), &RATE_CLASSES);
    let v: Vec<(NaiveDate, WeaponClass, u32, u64, u64)> = r
        .iter()
        .map(|c| (c.month, c.class, c.nights, c.launched, c.destroyed))
        .collect();
    use WeaponClass::*;
    // May 2024's drone row has no launched figure ("many"): no rate, not a rate of 0.
    assert_eq!(
        v,
        [
            (
                d(2025, 9, 1),
                AttackDrone,
                3,
                91 + 810 + 579,
                68 + 747 + 552
            ),
            (d(2025, 9, 1), Cruise, 2, 9 + 32, 4 + 29),
            (d(2025, 9, 1), Ballistic, 2, 4 + 8, 2), // 0 of 4, 2 of 8
            (d(2025, 12, 1), AttackDrone, 2, 111 + 653, 83 + 585),
            (d(2025, 12, 1), Cruise, 1, 34, 29),
            (d(2025, 12, 1), Ballistic, 1, 14, 1),
            (d(2026, 2, 1), AttackDrone, 1, 105, 90),
            (d(2026, 2, 1), Ballistic, 1, 1, 0),
            (d(2026, 3, 1), AttackDrone, 1, 123, 100),
        ]
    );
}

#[test]
fn a_morning_missile_wave_hours_after_the_nights_drones_is_the_same_attack() {
    // 13 December 2024 as the record has it: drones until 05:00, missiles from 07:00, one post.
    let text = "time_start,time_end,model,launched,destroyed,source
2024-12-12 18:00,2024-12-13 05:00,Shahed-136/131,193.0,80.0,kpszsu/posts/a
2024-12-13 07:00,2024-12-13 10:00,X-101/X-555 and Kalibr and Iskander-K,86.0,80.0,kpszsu/posts/a
2024-12-13 19:00,2024-12-14 09:00,Shahed-136/131,132.0,58.0,kpszsu/posts/a
";
    let (records, warnings) = parse(text, Path::new("x.csv")).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    let n = nights(&records);
    assert_eq!(n.len(), 2, "{n:#?}");
    assert_eq!(n[0].date, Some(d(2024, 12, 13)));
    assert_eq!(
        (n[0].drones_launched, n[0].missiles_launched),
        (Some(193), Some(86))
    );
    assert_eq!(n[1].date, Some(d(2024, 12, 14)));
    assert_eq!(n[1].drones_launched, Some(132));
}
