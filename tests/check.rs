//! `clearfield check` finds what other tools find: a file GDAL's validate_gpkg.py rejects,
//! and a damaged change-log trigger that makes every write fail.

mod common;

use std::path::Path;
use std::process::Command;

use clearfield::store::Store;
use common::*;

const VALIDATOR: &str = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py";

fn sample(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("field.gpkg");
    let mut store = Store::create(&db).unwrap();
    store.insert(&full_set(), "team").unwrap();
    db
}

/// GDAL's own GeoPackage validator (Debian's python3-gdal), run with Debian's python.
fn validate_gpkg(db: &Path) -> Option<std::process::Output> {
    if !tool("/usr/bin/python3", &["-c", "import osgeo"], "python3-gdal")
        || !tool("ogr2ogr", &["--version"], "gdal-bin")
    {
        return None;
    }
    Some(
        Command::new("/usr/bin/python3")
            .arg(VALIDATOR)
            .arg(db)
            .output()
            .unwrap(),
    )
}

/// Issue #11 §2: `check` passed a file that validate_gpkg.py fails: a POLYGON blob in the
/// MULTIPOLYGON table, as `ogr2ogr -append` writes it.
#[test]
fn check_names_a_polygon_appended_into_the_multipolygon_table() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    let Some(clean) = validate_gpkg(&db) else {
        return;
    };
    assert!(clean.status.success(), "{clean:?}");
    assert!(ok(&db, &["check"]).contains("no problems found"));
    let geojson = dir.path().join("one.geojson");
    std::fs::write(
        &geojson,
        r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"From GDAL","classification":"SHA","surveyed_on":"2024-02-01","modified_by":"gdal"},
        "geometry":{"type":"Polygon","coordinates":[[[35.6,33.3],[35.61,33.3],[35.61,33.31],[35.6,33.3]]]}}]}"#,
    )
    .unwrap();
    let out = Command::new("ogr2ogr")
        .args(["-append", "-nln", "hazard_areas"])
        .arg(&db)
        .arg(&geojson)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    // The independent verdict first: GDAL's validator rejects the file now.
    let rejected = validate_gpkg(&db).unwrap();
    assert!(!rejected.status.success(), "{rejected:?}");
    let out = run(&db, &["check"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("a POLYGON geometry in a MULTIPOLYGON column"),
        "{said}"
    );
    assert!(said.contains("hazard_areas feature 2"), "{said}");
}

/// Issue #11 §2: `check` passed a file whose change-log trigger was damaged, so that every
/// write failed. Damaged and missing triggers are named.
#[test]
fn check_names_a_damaged_or_missing_change_log_trigger() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample(dir.path());
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "DROP TRIGGER hazard_areas_log_update;
         CREATE TRIGGER hazard_areas_log_update AFTER UPDATE ON hazard_areas BEGIN
           INSERT INTO change_log (record_kind, record_id, operation, changed_by, record)
           VALUES ('hazard_area', NEW.id, 'update', 'x', NEW.no_such_column);
         END;
         DROP TRIGGER ordnance_finds_log_delete;",
    )
    .unwrap();
    drop(conn);
    let edit = run(&db, &["edit", HAZARD_ID, "--note", "x"]);
    assert!(!edit.status.success(), "every write fails: {edit:?}");
    let out = run(&db, &["check"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        said.contains("trigger hazard_areas_log_update differs from Clearfield's"),
        "{said}"
    );
    assert!(
        said.contains("trigger ordnance_finds_log_delete is missing"),
        "{said}"
    );
    assert!(said.contains("2 problem(s) found"), "{said}");
}
