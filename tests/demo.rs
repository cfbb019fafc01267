//! The bundled demo programme (issue #12 §6): it is `generate::Spec::DEMO` exported, the
//! benchmarks' timeline is unchanged, and it loads with its dates moved so that it ends the
//! month before today, every date by the same whole number of days.

use chrono::NaiveDate;
use clearfield::demo;
use clearfield::exchange::{self, ExportOptions, ImportOptions};
use clearfield::generate::{self, Spec, Timeline};
use clearfield::model::{Record, RecordKind};
use clearfield::store::Store;
use uuid::Uuid;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The export of a generated programme, as `clearfield generate` then `export` write it.
fn generated_export(spec: &Spec) -> Vec<u8> {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("g.gpkg")).unwrap();
    let records = generate::programme(spec, &store.ordnance_types().unwrap()).unwrap();
    store.insert(&records, "generate").unwrap();
    let mut out = Vec::new();
    exchange::export(&store, &mut out, &ExportOptions::default()).unwrap();
    out
}

/// FNV-1a, 64 bits: a fingerprint of bytes, to compare with one taken elsewhere.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[test]
fn the_bundled_demo_is_the_demo_spec_exported() {
    assert_eq!(
        Spec::DEMO,
        Spec {
            seed: 3,
            hazards: 250,
            releases: 1200,
            finds: 1500,
            timeline: Timeline::Steady,
        }
    );
    assert!(
        generated_export(&Spec::DEMO) == demo::GEOJSON,
        "assets/demo.geojson is not Spec::DEMO exported: regenerate it (src/demo.rs says how)"
    );
}

/// The benchmarks' files depend on the scattered timeline: the demo bundled before issue
/// #12 was seed 3 with it (assets/demo.geojson of commit 99b0126, 1,643,333 bytes,
/// fingerprinted with Python), and it still comes out byte for byte.
#[test]
fn the_scattered_timeline_is_unchanged() {
    let old = generated_export(&Spec {
        seed: 3,
        hazards: 250,
        releases: 1200,
        finds: 1500,
        timeline: Timeline::Scattered,
    });
    assert_eq!(old.len(), 1_643_333);
    assert_eq!(fnv1a(&old), 0x3b06_334c_c064_89fe);
}

#[test]
fn the_newest_date_goes_to_the_last_day_of_the_month_before_today() {
    // (today, where the newest date goes, days from the demo's newest date 2026-10-31),
    // worked out by hand and checked with Python's datetime.
    for (today, target, days) in [
        ("2026-12-01", "2026-11-30", 30),
        ("2026-12-31", "2026-11-30", 30),
        ("2026-11-27", "2026-10-31", 0),
        ("2026-11-01", "2026-10-31", 0),
        ("2027-01-15", "2026-12-31", 61),  // across the year's end
        ("2028-03-10", "2028-02-29", 486), // a leap year's February
        ("2027-03-10", "2027-02-28", 120),
        ("2025-03-01", "2025-02-28", -610), // a clock before the file's dates: back
    ] {
        assert_eq!(demo::newest_on(d(today)), Some(d(target)), "{today}");
        assert_eq!(
            demo::offset_days(d("2026-10-31"), d(today)),
            Some(days),
            "{today}"
        );
    }
    assert_eq!(
        exchange::newest_date(demo::GEOJSON).unwrap(),
        Some(d("2026-10-31"))
    );
    assert_eq!(
        exchange::newest_date(&b"{\"type\":\"FeatureCollection\",\"features\":[]}"[..]).unwrap(),
        None
    );
}

/// The loaded records of `store`, by id.
fn by_id(store: &Store) -> std::collections::HashMap<Uuid, Record> {
    RecordKind::ALL
        .iter()
        .flat_map(|k| store.load(*k).unwrap().records)
        .map(|r| (r.uuid(), r))
        .collect()
}

#[test]
fn loaded_on_2026_12_01_the_demo_ends_in_november_every_date_30_days_later() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("demo.gpkg")).unwrap();
    let summary = demo::load(&mut store, d("2026-12-01"), "demo", &mut |_| {}).unwrap();
    assert_eq!(summary.added, [250, 1200, 1500, 0, 0]);
    let records = by_id(&store);
    let newest = records.values().flat_map(Record::dates).max();
    assert_eq!(newest, Some(d("2026-11-30")));
    let oldest = records.values().flat_map(Record::dates).min();
    // The file's oldest date, 2006-09-05 (the first survey), plus 30 days.
    assert_eq!(oldest, Some(d("2006-10-05")));
    // Records of the file chosen for their dates (ids from assets/demo.geojson), moved by
    // 30 days as counted by hand: across a leap day, from one, and over a short February.
    let id = |s: &str| Uuid::parse_str(s).unwrap();
    let Some(Record::Hazard(h)) = records.get(&id("cd8bfd30-da30-445a-99a2-6b2f0fff13a4")) else {
        panic!("CMR-00075")
    };
    assert_eq!(
        (h.name.as_str(), h.surveyed_on),
        ("CMR-00075", d("2008-02-29"))
    ); // 2008-01-30
    let Some(Record::Find(f)) = records.get(&id("64ff81a3-1267-480d-92a9-cb89600ea87c")) else {
        panic!("find")
    };
    assert_eq!(f.found_on, d("2008-03-30")); // 2008-02-29
    let Some(Record::Find(f)) = records.get(&id("2ad20b4a-ac9d-4a62-b7ca-32e285d85737")) else {
        panic!("find")
    };
    assert_eq!(f.found_on, d("2009-03-02")); // 2009-01-31: days, not "a month later"
    let Some(Record::Release(r)) = records.get(&id("4a06ac09-5cc6-43a8-974e-4ec8550d4c31")) else {
        panic!("release")
    };
    // 2024-02-09 and 2024-03-01.
    assert_eq!(
        (r.started_on, r.completed_on),
        (Some(d("2024-03-10")), d("2024-03-31"))
    );
}

#[test]
fn loaded_on_the_files_own_month_nothing_moves() {
    let dir = tempfile::tempdir().unwrap();
    let mut loaded = Store::create(&dir.path().join("a.gpkg")).unwrap();
    demo::load(&mut loaded, d("2026-11-27"), "demo", &mut |_| {}).unwrap();
    let mut imported = Store::create(&dir.path().join("b.gpkg")).unwrap();
    exchange::import(
        &mut imported,
        demo::GEOJSON,
        &ImportOptions::default(),
        "demo",
        &mut |_| {},
    )
    .unwrap();
    let strip = |m: std::collections::HashMap<Uuid, Record>| -> Vec<Record> {
        let mut v: Vec<Record> = m.into_values().map(Record::without_stamp).collect();
        v.sort_by_key(Record::uuid);
        v
    };
    assert!(strip(by_id(&loaded)) == strip(by_id(&imported)));
}

/// What the dashboard says of the demo loaded on 2026-12-01: remaining area, the pace over
/// the last 365 days and the completion date as `scripts/geos_status.py` computes them
/// (GEOS and pyproj, independent of this code) on the demo with every date moved 30 days by
/// SQLite's `date(d, '+30 days')`:
/// `geos_status.py shifted.gpkg --as-of 2026-12-01 --window-days 365` gives remaining
/// 2,583,214.262 m², net 1,578.474 m² a day, no new contamination, completion 2031-05-26.
#[test]
fn the_demo_loaded_on_2026_12_01_is_forecast_to_finish_in_2031() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("demo.gpkg")).unwrap();
    demo::load(&mut store, d("2026-12-01"), "demo", &mut |_| {}).unwrap();
    let e = clearfield::status::forecast(&store, d("2026-12-01"), 365)
        .unwrap()
        .estimate;
    assert!((e.remaining_m2 - 2_583_214.262).abs() < 1e-6 * 2_583_214.262);
    assert!((e.net_rate_m2_per_day - 1_578.474).abs() < 1e-6 * 1_578.474);
    assert_eq!(e.new_contamination_m2_per_day, 0.0);
    assert_eq!(e.completion_date, Some(d("2031-05-26")));
    // The interval: around it, within the decade.
    let (lo, hi) = (e.completion_low.unwrap(), e.completion_high.unwrap());
    assert!(lo < d("2031-05-26") && d("2031-05-26") < hi && hi < d("2036-12-01"));
}

/// A date that the move would take out of the years 1900–2199 is a problem of its feature,
/// and nothing is imported.
#[test]
fn a_move_out_of_the_date_range_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("t.gpkg")).unwrap();
    let file = br#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[35.5,33.2]},"properties":{"kind":"ordnance_find","ordnance_type":"M42","found_on":"1900-01-20"}}]}"#;
    let e = exchange::import_shifted(
        &mut store,
        &file[..],
        &ImportOptions::default(),
        -20,
        "t",
        &mut |_| {},
    )
    .unwrap_err();
    assert!(
        e.to_string()
            .contains("feature 1: its dates moved by -20 days would leave the years 1900 to 2199"),
        "{e}"
    );
    assert!(
        store
            .load(RecordKind::OrdnanceFind)
            .unwrap()
            .records
            .is_empty()
    );
    // By 19 days it lands on 1900-01-01, still in range.
    exchange::import_shifted(
        &mut store,
        &file[..],
        &ImportOptions::default(),
        -19,
        "t",
        &mut |_| {},
    )
    .unwrap();
    let finds = store.load(RecordKind::OrdnanceFind).unwrap().records;
    let [Record::Find(f)] = &finds[..] else {
        panic!("{finds:?}")
    };
    assert_eq!(f.found_on, d("1900-01-01"));
}
