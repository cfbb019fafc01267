//! `clearfield status --json` against an independent computation: GEOS (shapely) for the
//! boolean operations and Karney (pyproj) for the areas, in scripts/geos_status.py, on
//! generated programmes at several dates. They must agree to 0.01 %.
//!
//! Needs python3 with shapely and pyproj (`pip install shapely pyproj`, as .ci/run does);
//! elsewhere the test says it was skipped.

mod common;

use std::path::Path;
use std::process::Command;

use clearfield::generate::{self, Spec};
use clearfield::model::Record;
use clearfield::store::Store;

fn json(cmd: &mut Command) -> serde_json::Value {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn close(what: &str, ours: f64, theirs: f64) {
    let tolerance = 1e-4 * theirs.abs().max(1.0);
    assert!(
        (ours - theirs).abs() <= tolerance,
        "{what}: clearfield {ours}, GEOS {theirs}"
    );
}

#[test]
fn status_agrees_with_geos_and_karney() {
    if !common::tool(
        "python3",
        &["-c", "import shapely, pyproj, numpy"],
        "shapely and pyproj",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/geos_status.py");
    for seed in [1, 2, 3] {
        let path = dir.path().join(format!("p{seed}.gpkg"));
        let spec = Spec {
            seed,
            hazards: 240,
            releases: 960,
            finds: 200,
            timeline: generate::Timeline::Scattered,
        };
        let mut store = Store::create(&path).unwrap();
        let records = generate::programme(&spec, &store.ordnance_types().unwrap()).unwrap();
        store.insert(&records, "test").unwrap();
        drop(store);
        for as_of in [
            "2007-06-30",
            "2009-01-01",
            "2015-01-01",
            "2024-06-01",
            "2026-01-01",
        ] {
            let ours = json(
                Command::new(env!("CARGO_BIN_EXE_clearfield"))
                    .arg("--db")
                    .arg(&path)
                    .args(["status", "--json", "--as-of", as_of]),
            );
            let theirs = json(
                Command::new("python3")
                    .arg(&script)
                    .arg(&path)
                    .args(["--as-of", as_of]),
            );
            let at = format!("seed {seed}, {as_of}");
            for key in [
                "hazard_areas",
                "land_releases",
                "ordnance_finds",
                "items_found",
            ] {
                assert_eq!(ours[key], theirs[key], "{at}: {key}");
            }
            close(
                &format!("{at}: hazard area"),
                ours["hazard_area_m2"].as_f64().unwrap(),
                theirs["hazard_area_m2"].as_f64().unwrap(),
            );
            close(
                &format!("{at}: remaining"),
                ours["remaining_area_m2"].as_f64().unwrap(),
                theirs["remaining_area_m2"].as_f64().unwrap(),
            );
            for m in ["cancelled", "reduced", "cleared"] {
                close(
                    &format!("{at}: {m}"),
                    ours["released_area_m2"][m].as_f64().unwrap(),
                    theirs["released_area_m2"][m].as_f64().unwrap(),
                );
            }
            assert!(
                ours["remaining_area_m2"].as_f64().unwrap() > 0.0,
                "{at}: nothing to compare"
            );
        }
    }
}

/// A generated programme with no contamination recorded after 2009, so that the remaining
/// area falls and the estimate has a date to compare.
fn shrinking_programme(path: &Path, seed: u64) {
    let mut store = Store::create(path).unwrap();
    let spec = Spec {
        seed,
        hazards: 200,
        releases: 1200,
        finds: 100,
        timeline: generate::Timeline::Scattered,
    };
    let mut records = generate::programme(&spec, &store.ordnance_types().unwrap()).unwrap();
    let cutoff = chrono::NaiveDate::from_ymd_opt(2009, 12, 31).unwrap();
    let late: std::collections::HashSet<uuid::Uuid> = records
        .iter()
        .filter_map(|r| match r {
            Record::Hazard(h) if h.surveyed_on > cutoff => Some(h.id.0),
            _ => None,
        })
        .collect();
    records.retain(|r| !late.contains(&r.uuid()));
    for r in &mut records {
        match r {
            Record::Release(x) if x.hazard_id.is_some_and(|h| late.contains(&h.0)) => {
                x.hazard_id = None
            }
            Record::Find(x) if x.hazard_id.is_some_and(|h| late.contains(&h.0)) => {
                x.hazard_id = None
            }
            _ => {}
        }
    }
    store.insert(&records, "test").unwrap();
}

#[test]
fn estimate_and_report_agree_with_geos_and_karney() {
    if !common::tool(
        "python3",
        &["-c", "import shapely, pyproj, numpy"],
        "shapely and pyproj",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/geos_status.py");
    let path = dir.path().join("shrinking.gpkg");
    shrinking_programme(&path, 4);
    let clearfield = |args: &[&str]| {
        json(
            Command::new(env!("CARGO_BIN_EXE_clearfield"))
                .arg("--db")
                .arg(&path)
                .args(args),
        )
    };
    let geos = |as_of: &str, window: Option<&str>| {
        let mut c = Command::new("python3");
        c.arg(&script).arg(&path).args(["--as-of", as_of]);
        if let Some(w) = window {
            c.args(["--window-days", w]);
        }
        json(&mut c)
    };
    let mut dated = 0;
    for (as_of, window) in [
        ("2012-06-30", "365"),
        ("2018-01-01", "730"),
        ("2024-06-30", "365"),
    ] {
        let ours = clearfield(&[
            "estimate",
            "--json",
            "--as-of",
            as_of,
            "--window-days",
            window,
        ]);
        let theirs = geos(as_of, Some(window));
        let at = format!("{as_of}, {window} days");
        // Rates agree to 0.01 % of the pace that would clear the remaining area in the window.
        let scale = theirs["remaining_area_m2"].as_f64().unwrap() / window.parse::<f64>().unwrap();
        for key in [
            "net_rate_m2_per_day",
            "release_rate_m2_per_day",
            "new_contamination_m2_per_day",
        ] {
            let (a, b) = (ours[key].as_f64().unwrap(), theirs[key].as_f64().unwrap());
            assert!(
                (a - b).abs() <= 1e-4 * scale + 0.01,
                "{at}: {key}: clearfield {a}, GEOS {b}"
            );
        }
        close(
            &format!("{at}: remaining"),
            ours["remaining_area_m2"].as_f64().unwrap(),
            theirs["remaining_area_m2"].as_f64().unwrap(),
        );
        match (
            ours["completion_date"].as_str(),
            theirs["completion_date"].as_str(),
        ) {
            (Some(a), Some(b)) => {
                let (a, b) = (
                    clearfield::model::parse_date(a).unwrap(),
                    clearfield::model::parse_date(b).unwrap(),
                );
                assert!(
                    (a - b).num_days().abs() <= 1,
                    "{at}: completion clearfield {a}, GEOS {b}"
                );
                dated += 1;
            }
            (a, b) => assert_eq!(a, b, "{at}: completion"),
        }
    }
    assert!(
        dated >= 2,
        "the programme should shrink: {dated} completion dates compared"
    );

    let report = clearfield(&[
        "report",
        "--from",
        "2015-01-01",
        "--to",
        "2015-12-31",
        "--format",
        "json",
    ]);
    let start = geos("2014-12-31", None);
    let end = geos("2015-12-31", None);
    close(
        "report: remaining at start",
        report["remaining_start_m2"].as_f64().unwrap(),
        start["remaining_area_m2"].as_f64().unwrap(),
    );
    close(
        "report: remaining at end",
        report["remaining_end_m2"].as_f64().unwrap(),
        end["remaining_area_m2"].as_f64().unwrap(),
    );
    for m in ["cancelled", "reduced", "cleared"] {
        let theirs = end["released_area_m2"][m].as_f64().unwrap()
            - start["released_area_m2"][m].as_f64().unwrap();
        let ours = report["released_in_period_m2"][m].as_f64().unwrap();
        assert!(
            (ours - theirs).abs() <= 1e-4 * end["hazard_area_m2"].as_f64().unwrap(),
            "report: {m} clearfield {ours}, GEOS {theirs}"
        );
        assert!(theirs > 0.0, "report: nothing released by {m} in 2015");
    }
}
