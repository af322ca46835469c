//! Tests of the analysis stage.
use super::*;
use crate::events::events_frame;
use crate::extract::{Count, Event, Side};
use chrono::NaiveDate;

fn day(d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2025, 9, d)
}

fn count(value: u32, q: Qualifier) -> Option<Count> {
    Some(Count {
        value,
        qualifier: q,
    })
}

fn exact(value: u32) -> Option<Count> {
    Some(Count::exact(value))
}

fn u32_at(df: &DataFrame, name: &str, row: usize) -> Option<u32> {
    df.column(name).unwrap().u32().unwrap().get(row)
}

fn f64_at(df: &DataFrame, name: &str, row: usize) -> Option<f64> {
    df.column(name).unwrap().f64().unwrap().get(row)
}

fn str_at(df: &DataFrame, name: &str, row: usize) -> Option<String> {
    df.column(name)
        .unwrap()
        .str()
        .unwrap()
        .get(row)
        .map(str::to_string)
}

fn list_at(df: &DataFrame, name: &str, row: usize) -> Vec<String> {
    let s = df.column(name).unwrap().list().unwrap().get_as_series(row);
    s.map(|s| {
        s.str()
            .unwrap()
            .iter()
            .map(|x| x.unwrap_or("<null>").to_string())
            .collect()
    })
    .unwrap_or_default()
}

/// The row of `rates` for one attack and weapon.
fn rate_row(rates: &DataFrame, attack: &str, weapon: &str) -> usize {
    (0..rates.height())
        .find(|&i| {
            str_at(rates, "attack", i).as_deref() == Some(attack)
                && str_at(rates, "weapon", i).as_deref() == Some(weapon)
        })
        .unwrap_or_else(|| panic!("no rate row for {attack} {weapon}:\n{rates}"))
}

#[test]
fn rates_use_qualifiers_and_stay_null_when_a_figure_is_missing() {
    let mut e = Event::empty("a", day(7), Side::Russia);
    e.drones_launched = count(580, Qualifier::About);
    e.drones_intercepted = exact(552);
    e.missiles_launched = exact(40);
    e.missiles_intercepted = exact(31);
    let mut f = Event::empty("b", day(8), Side::Russia);
    f.drones_launched = count(650, Qualifier::MoreThan);
    f.drones_intercepted = exact(600);
    f.missiles_launched = exact(13); // intercepted not reported
    let rates = rates(&attacks(&events_frame(&[e, f]).unwrap()).unwrap()).unwrap();
    assert_eq!(rates.height(), 6, "{rates}");

    let r = rate_row(&rates, "2025-09-07 russia", "drones");
    assert!((f64_at(&rates, "rate", r).unwrap() - 552.0 / 580.0).abs() < 1e-9);
    assert!((f64_at(&rates, "rate", r).unwrap() - 0.952).abs() < 1e-3);
    assert_eq!(
        str_at(&rates, "rate_quality", r).as_deref(),
        Some("approximate")
    );
    assert_eq!(str_at(&rates, "label", r).as_deref(), Some("552/~580"));

    let r = rate_row(&rates, "2025-09-07 russia", "missiles");
    assert_eq!(f64_at(&rates, "rate", r), Some(0.775));
    assert_eq!(str_at(&rates, "rate_quality", r).as_deref(), Some("exact"));
    assert_eq!(str_at(&rates, "label", r).as_deref(), Some("31/40"));

    let r = rate_row(&rates, "2025-09-07 russia", "all");
    assert_eq!(u32_at(&rates, "launched", r), Some(620));
    assert_eq!(u32_at(&rates, "intercepted", r), Some(583));
    assert_eq!(
        str_at(&rates, "launched_qualifier", r).as_deref(),
        Some("about")
    );
    assert_eq!(
        str_at(&rates, "rate_quality", r).as_deref(),
        Some("approximate")
    );

    let r = rate_row(&rates, "2025-09-08 russia", "drones");
    assert_eq!(
        str_at(&rates, "rate_quality", r).as_deref(),
        Some("upper_bound")
    );
    assert_eq!(str_at(&rates, "label", r).as_deref(), Some("600/650+"));

    // Missiles launched but interception not reported: null rate, not 0, and `all` unknown.
    for weapon in ["missiles", "all"] {
        let r = rate_row(&rates, "2025-09-08 russia", weapon);
        assert_eq!(f64_at(&rates, "rate", r), None, "{weapon}: {rates}");
        assert_eq!(str_at(&rates, "rate_quality", r), None);
        assert_eq!(u32_at(&rates, "intercepted", r), None);
    }
    let r = rate_row(&rates, "2025-09-08 russia", "missiles");
    assert_eq!(str_at(&rates, "label", r).as_deref(), Some("?/13"));
    let rate = rates.column("rate").unwrap().f64().unwrap();
    assert!(rate.iter().flatten().all(|r| r.is_finite() && r > 0.0));
}

#[test]
fn rates_of_zero_launched_or_nothing_reported_are_null() {
    let mut e = Event::empty("a", day(7), Side::Russia);
    e.drones_launched = exact(0);
    e.drones_intercepted = exact(0);
    e.killed = exact(2);
    let rates = rates(&attacks(&events_frame(&[e]).unwrap()).unwrap()).unwrap();
    for weapon in WEAPONS {
        let r = rate_row(&rates, "2025-09-07 russia", weapon);
        assert_eq!(f64_at(&rates, "rate", r), None, "{rates}");
    }
    let r = rate_row(&rates, "2025-09-07 russia", "missiles");
    assert_eq!(str_at(&rates, "label", r), None);
}

#[test]
fn overall_rate_is_weighted_by_launched_over_attacks_with_both_figures() {
    let mut a = Event::empty("a", day(7), Side::Russia);
    a.drones_launched = exact(100);
    a.drones_intercepted = exact(90);
    let mut b = Event::empty("b", day(8), Side::Russia);
    b.drones_launched = exact(300);
    b.drones_intercepted = exact(210);
    let mut c = Event::empty("c", day(9), Side::Russia);
    c.drones_launched = exact(1000); // no interception figure: left out
    let rates = rates(&attacks(&events_frame(&[a, b, c]).unwrap()).unwrap()).unwrap();
    let overall = overall_rates(&rates).unwrap();
    assert_eq!(overall.height(), 3, "{overall}");
    assert_eq!(str_at(&overall, "weapon", 0).as_deref(), Some("drones"));
    assert_eq!(
        overall.column("attacks").unwrap().u32().unwrap().get(0),
        Some(2)
    );
    assert_eq!(f64_at(&overall, "rate", 0), Some(300.0 / 400.0));
    assert_eq!(str_at(&overall, "label", 0).as_deref(), Some("300/400"));
    assert_eq!(
        str_at(&overall, "rate_quality", 0).as_deref(),
        Some("exact")
    );
    // No missile figures at all: a row with a null rate, not 0.
    assert_eq!(str_at(&overall, "weapon", 1).as_deref(), Some("missiles"));
    assert_eq!(f64_at(&overall, "rate", 1), None);
    assert_eq!(
        overall.column("attacks").unwrap().u32().unwrap().get(1),
        Some(0)
    );
}

#[test]
fn reconciliation_prefers_exact_keeps_lowest_and_marks_disputes() {
    let mut a = Event::empty("a", day(7), Side::Russia);
    a.drones_launched = count(800, Qualifier::MoreThan);
    a.missiles_launched = exact(13);
    a.killed = count(3, Qualifier::AtLeast);
    a.locations = vec!["Kyiv".into()];
    let mut b = Event::empty("b", day(7), Side::Russia);
    b.drones_launched = exact(810);
    b.missiles_launched = exact(15);
    b.locations = vec!["Kyiv".into(), "Lviv".into()];
    b.reported_by = Some("Ukrainian Air Force; Kyiv city administration".into());
    a.reported_by = Some("Ukrainian Air Force".into());
    let mut c = Event::empty("c", day(7), Side::Russia);
    c.drones_launched = exact(805);
    // Another attacker on the same day is another attack.
    let mut d = Event::empty("d", day(7), Side::Ukraine);
    d.drones_launched = exact(120);

    let attacks = attacks(&events_frame(&[a, b, c, d]).unwrap()).unwrap();
    assert_eq!(attacks.height(), 2, "{attacks}");
    assert_eq!(
        str_at(&attacks, "attack", 0).as_deref(),
        Some("2025-09-07 russia")
    );
    assert_eq!(list_at(&attacks, "sources", 0), ["a", "b", "c"]);
    assert_eq!(u32_at(&attacks, "n_sources", 0), Some(3));
    // Exact beats "more than 800"; 805 and 810 disagree: the lowest is kept.
    assert_eq!(u32_at(&attacks, "drones_launched", 0), Some(805));
    assert_eq!(
        str_at(&attacks, "drones_launched_qualifier", 0).as_deref(),
        Some("exact")
    );
    assert_eq!(
        list_at(&attacks, "drones_launched_reported", 0),
        ["800+", "810", "805"]
    );
    assert_eq!(u32_at(&attacks, "missiles_launched", 0), Some(13));
    assert_eq!(
        list_at(&attacks, "missiles_launched_reported", 0),
        ["13", "15"]
    );
    assert_eq!(
        attacks.column("disputed").unwrap().bool().unwrap().get(0),
        Some(true)
    );
    assert_eq!(
        str_at(&attacks, "disputed_fields", 0).as_deref(),
        Some("drones_launched, missiles_launched")
    );
    // The only killed figure is qualified: it is kept with its qualifier.
    assert_eq!(str_at(&attacks, "killed_label", 0).as_deref(), Some("≥3"));
    assert_eq!(list_at(&attacks, "locations", 0), ["Kyiv", "Lviv"]);
    assert_eq!(
        list_at(&attacks, "reported_by", 0),
        ["Ukrainian Air Force", "Kyiv city administration"]
    );
    // No place or reporter named: an empty list, not null.
    assert_eq!(attacks.column("locations").unwrap().null_count(), 0);
    assert_eq!(attacks.column("reported_by").unwrap().null_count(), 0);

    assert_eq!(
        str_at(&attacks, "attack", 1).as_deref(),
        Some("2025-09-07 ukraine")
    );
    assert_eq!(
        attacks.column("disputed").unwrap().bool().unwrap().get(1),
        Some(false)
    );
    assert_eq!(str_at(&attacks, "disputed_fields", 1), None);
}

#[test]
fn qualified_only_figures_prefer_estimates_then_the_tightest_bound() {
    let mut a = Event::empty("a", day(7), Side::Russia);
    a.drones_launched = count(800, Qualifier::MoreThan);
    a.injured = count(50, Qualifier::UpTo);
    let mut b = Event::empty("b", day(7), Side::Russia);
    b.drones_launched = count(810, Qualifier::AtLeast);
    b.injured = count(40, Qualifier::UpTo);
    let mut c = Event::empty("c", day(7), Side::Russia);
    c.killed = count(20, Qualifier::About);
    c.injured = count(45, Qualifier::About);
    let attacks = attacks(&events_frame(&[a, b, c]).unwrap()).unwrap();
    assert_eq!(
        str_at(&attacks, "drones_launched_label", 0).as_deref(),
        Some("≥810")
    );
    assert_eq!(str_at(&attacks, "injured_label", 0).as_deref(), Some("~45"));
    assert_eq!(str_at(&attacks, "killed_label", 0).as_deref(), Some("~20"));
    assert_eq!(str_at(&attacks, "disputed_fields", 0), None);
}

#[test]
fn undated_rows_stay_separate_and_are_reported() {
    let mut a = Event::empty("a", None, Side::Russia);
    a.drones_launched = exact(50);
    let mut b = Event::empty("b", None, Side::Russia);
    b.drones_launched = exact(60);
    let mut c = Event::empty("c", day(7), Side::Russia);
    c.drones_launched = exact(70);
    let events = events_frame(&[a, b, c]).unwrap();
    let (report, warnings) = Report::from_events(events, 3).unwrap();
    let attacks = &report.attacks;
    assert_eq!(attacks.height(), 3, "{attacks}");
    assert_eq!(
        str_at(attacks, "attack", 0).as_deref(),
        Some("2025-09-07 russia")
    );
    assert_eq!(
        str_at(attacks, "attack", 1).as_deref(),
        Some("undated russia (a)")
    );
    assert_eq!(
        str_at(attacks, "attack", 2).as_deref(),
        Some("undated russia (b)")
    );
    assert_eq!(u32_at(attacks, "drones_launched", 1), Some(50));
    assert_eq!(u32_at(attacks, "drones_launched", 2), Some(60));
    let undated: Vec<_> = warnings
        .iter()
        .filter(|w| w.message.contains("no date"))
        .collect();
    assert_eq!(undated.len(), 2, "{warnings:?}");
    assert_eq!(undated[0].article.as_deref(), Some("a"));
    // The trend is over dated attacks only.
    assert_eq!(report.trend.height(), 1);
}

#[test]
fn disputes_and_impossible_rates_are_warnings() {
    let mut a = Event::empty("a", day(7), Side::Russia);
    a.killed = exact(3);
    a.drones_launched = exact(10);
    a.drones_intercepted = exact(12);
    let mut b = Event::empty("b", day(7), Side::Russia);
    b.killed = exact(5);
    let (_, warnings) = Report::from_events(events_frame(&[a, b]).unwrap(), 2).unwrap();
    let text: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
    assert!(
        text.iter()
            .any(|w| w.contains("killed (3, 5)") && w.contains("3, is kept")),
        "{text:?}"
    );
    assert!(text.iter().any(|w| w.contains("above 100%")), "{text:?}");
}

#[test]
fn trend_has_rolling_mean_and_records() {
    let sizes = [
        (1, 100, Some(10)),
        (3, 80, None),
        (4, 200, Some(5)),
        (8, 150, Some(1)),
    ];
    let events: Vec<Event> = sizes
        .iter()
        .map(|&(d, drones, missiles)| {
            let mut e = Event::empty(&format!("a{d}"), day(d), Side::Russia);
            e.drones_launched = exact(drones);
            e.missiles_launched = missiles.and_then(exact);
            e
        })
        .collect();
    let attacks = attacks(&events_frame(&events).unwrap()).unwrap();
    let t = trend(&attacks, 2).unwrap();
    assert_eq!(t.height(), 4, "{t}");
    let totals: Vec<_> = t.column("total").unwrap().u32().unwrap().iter().collect();
    assert_eq!(totals, [Some(110), Some(80), Some(205), Some(151)]);
    let means: Vec<_> = t
        .column("rolling_mean")
        .unwrap()
        .f64()
        .unwrap()
        .iter()
        .collect();
    assert_eq!(means, [None, Some(95.0), Some(142.5), Some(178.0)]);
    let records: Vec<_> = t
        .column("is_record")
        .unwrap()
        .bool()
        .unwrap()
        .iter()
        .collect();
    assert_eq!(records, [Some(true), Some(false), Some(true), Some(false)]);
    let record: Vec<_> = t.column("record").unwrap().u32().unwrap().iter().collect();
    assert_eq!(record, [Some(110), Some(110), Some(205), Some(205)]);
    assert!(trend(&attacks, 0).is_err());
    let huge = trend(&attacks, usize::MAX).unwrap();
    assert_eq!(huge.column("rolling_mean").unwrap().null_count(), 4);

    let m = monthly(&attacks).unwrap();
    assert_eq!(m.height(), 1, "{m}");
    assert_eq!(m.column("attacks").unwrap().u32().unwrap().get(0), Some(4));
    assert_eq!(m.column("total").unwrap().u64().unwrap().get(0), Some(546));
    assert_eq!(
        m.column("largest").unwrap().u32().unwrap().get(0),
        Some(205)
    );
    // No casualty figure in the month: null, not 0.
    assert_eq!(m.column("killed").unwrap().u64().unwrap().get(0), None);
}

#[test]
fn empty_and_all_null_frames_give_empty_results() {
    let (report, warnings) = Report::from_events(events_frame(&[]).unwrap(), 0).unwrap();
    assert!(warnings.is_empty());
    assert_eq!(report.attacks.height(), 0);
    assert_eq!(report.rates.height(), 0);
    assert_eq!(report.trend.height(), 0);
    assert_eq!(report.monthly.height(), 0);
    assert_eq!(report.overall.height(), 3);
    assert!(summary(&report.attacks).is_ok());

    // A hand-written frame with all-null (untyped) columns and most columns missing.
    let none: [Option<i32>; 2] = [None, None];
    let events = df!(
        "article" => ["x", "y"],
        "event_date" => none,
        "attacker" => ["russia", "russia"],
        "drones_launched" => none,
    )
    .unwrap();
    let (report, warnings) = Report::from_events(events, 2).unwrap();
    assert_eq!(report.attacks.height(), 2);
    assert_eq!(warnings.len(), 2);
    let rate = report.rates.column("rate").unwrap();
    assert_eq!(rate.null_count(), rate.len());
}
