//! `clearfield status --json` against an independent computation: GEOS (shapely) for the
//! boolean operations and Karney (pyproj) for the areas, in scripts/geos_status.py, on
//! generated programmes at several dates. They must agree to 0.01 %.
//!
//! Needs python3 with shapely and pyproj (`pip install shapely pyproj`, as .ci/run does);
//! elsewhere the test says it was skipped.

use std::path::Path;
use std::process::Command;

use clearfield::generate::{self, Spec};
use clearfield::store::Store;

fn python_ready() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import shapely, pyproj, numpy"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install shapely and pyproj (see .ci/run)"
        );
        eprintln!("SKIPPED: python3 with shapely and pyproj not found");
    }
    ok
}

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
    if !python_ready() {
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
