//! GeoJSON import and export from the command line: a corpus of bad files, each refused with
//! its reason and the database unchanged; byte-identical round trips; idempotent re-import;
//! files written by GDAL.

mod common;
use common::{ok, run};

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use common::dump;

const HAZARD_ID: &str = "3f2b1c4e-9d7a-4e21-8b6f-0a1b2c3d4e5f";
const SQUARE: &str =
    "[[[35.58,33.28],[35.585,33.28],[35.585,33.284],[35.58,33.284],[35.58,33.28]]]";

fn hazard(id: &str, coordinates: &str, extra_props: &str) -> String {
    format!(
        r#"{{"type":"Feature","geometry":{{"type":"Polygon","coordinates":{coordinates}}},"properties":{{"kind":"hazard_area","id":"{id}","name":"Wadi","classification":"CHA","surveyed_on":"2023-04-02"{extra_props}}}}}"#
    )
}

fn collection(features: &[String]) -> String {
    format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        features.join(",")
    )
}

/// Bad files: (name, file text, what the one-line message must contain).
fn corpus() -> Vec<(&'static str, String, &'static str)> {
    let id2 = "0b8e3c52-7a35-4c1e-9f0e-5d6a7b8c9d0e";
    vec![
        ("not JSON", "hazard areas, 2024\n".to_owned(), "not JSON: expected value at line 1 column 1"),
        ("truncated", collection(&[hazard(HAZARD_ID, SQUARE, "")])[..120].to_owned(), "not JSON: EOF while parsing"),
        ("not GeoJSON", r#"{"type":"Topology","objects":{}}"#.to_owned(), "not GeoJSON: the top-level object is a \"Topology\""),
        ("no features", r#"{"type":"FeatureCollection"}"#.to_owned(), "the FeatureCollection has no \"features\" array"),
        (
            "wrong geometry type",
            collection(&[r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[35.5,33.2]},"properties":{"kind":"hazard_area","name":"P","classification":"SHA","surveyed_on":"2023-01-01"}}"#.to_owned()]),
            "feature 1 \"P\": geometry: must be a Polygon or MultiPolygon, not a Point",
        ),
        (
            "unclosed ring",
            collection(&[hazard(HAZARD_ID, "[[[35.58,33.28],[35.585,33.28],[35.585,33.284],[35.58,33.284]]]", "")]),
            "feature 1 \"Wadi\" (id 3f2b1c4e-9d7a-4e21-8b6f-0a1b2c3d4e5f): geometry exterior ring is not closed",
        ),
        (
            "too-short ring",
            collection(&[hazard(HAZARD_ID, "[[[35.58,33.28],[35.585,33.28],[35.58,33.28]]]", "")]),
            "geometry exterior ring has 3 positions; a closed ring needs at least 4",
        ),
        (
            "self-intersection",
            collection(&[hazard(HAZARD_ID, "[[[35.58,33.28],[35.585,33.284],[35.585,33.28],[35.58,33.284],[35.58,33.28]]]", "")]),
            "geometry: the boundary crosses itself near lon",
        ),
        (
            "hole outside its shell",
            collection(&[hazard(HAZARD_ID, "[[[35.58,33.28],[35.585,33.28],[35.585,33.284],[35.58,33.284],[35.58,33.28]],[[35.59,33.29],[35.59,33.291],[35.591,33.291],[35.59,33.29]]]", "")]),
            "geometry: hole 1 is not inside the boundary",
        ),
        (
            "latitude out of range",
            collection(&[r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[35.5,95.0]},"properties":{"kind":"ordnance_find","ordnance_type":"M42","found_on":"2024-01-01"}}"#.to_owned()]),
            "coordinate 0 (lon 35.5, lat 95) is outside lon -180..180, lat -90..90",
        ),
        (
            "swapped",
            collection(&[r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[33.2,135.5]},"properties":{"kind":"ordnance_find","ordnance_type":"M42","found_on":"2024-01-01"}}"#.to_owned()]),
            "(longitude and latitude may be swapped; the order is lon, lat)",
        ),
        (
            // A WGS84 UTM zone is converted (tests/shapefile.rs); Lambert-93 is not.
            "projected coordinates under a legacy crs",
            format!(
                r#"{{"type":"FeatureCollection","crs":{{"type":"name","properties":{{"name":"urn:ogc:def:crs:EPSG::2154"}}}},"features":[{}]}}"#,
                r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[652000.0,6862000.0]},"properties":{"kind":"ordnance_find","ordnance_type":"M42","found_on":"2024-01-01"}}"#
            ),
            "file: its crs member names urn:ogc:def:crs:EPSG::2154, not WGS84 longitude/latitude",
        ),
        (
            "projected coordinates",
            collection(&[r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[745000.0,3685000.0]},"properties":{"kind":"ordnance_find","ordnance_type":"M42","found_on":"2024-01-01"}}"#.to_owned()]),
            "(these look like projected metres, e.g. UTM; give WGS84 lon/lat degrees)",
        ),
        (
            "bad date",
            collection(&[hazard(HAZARD_ID, SQUARE, "").replace("2023-04-02", "2023-02-30")]),
            "surveyed_on \"2023-02-30\": is not a calendar date (no such day)",
        ),
        (
            "bad enum",
            collection(&[hazard(HAZARD_ID, SQUARE, "").replace("\"CHA\"", "\"confirmed\"")]),
            "classification \"confirmed\": must be one of SHA|CHA",
        ),
        (
            "duplicate ids",
            collection(&[hazard(HAZARD_ID, SQUARE, ""), hazard(HAZARD_ID, SQUARE, "")]),
            "feature 2 \"Wadi\" (id 3f2b1c4e-9d7a-4e21-8b6f-0a1b2c3d4e5f): the same id as feature 1",
        ),
        (
            "no kind",
            collection(&[r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[35.5,33.2]},"properties":{"ordnance_type":"M42"}}"#.to_owned()]),
            "feature 1: has no kind (hazard_area, land_release, ordnance_find, survey_point or evidence_point); give one with --as",
        ),
        (
            "id not a UUID",
            collection(&[hazard("17", SQUARE, "")]),
            "feature 1 \"Wadi\": id \"17\" is not a UUID",
        ),
        (
            "link to a missing hazard area",
            collection(&[format!(
                r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[35.5,33.2]}},"properties":{{"kind":"ordnance_find","id":"{id2}","hazard_id":"00000000-0000-4000-8000-000000000009","ordnance_type":"M42","found_on":"2024-01-01"}}}}"#
            )]),
            "hazard_id 00000000-0000-4000-8000-000000000009: no such hazard area in the file or the database",
        ),
        (
            "altitudes",
            collection(&[r#"{"type":"Feature","geometry":{"type":"Point","coordinates":[35.5,33.2,410.0]},"properties":{"kind":"ordnance_find","ordnance_type":"M42","found_on":"2024-01-01"}}"#.to_owned()]),
            "geometry has altitudes (3D positions)",
        ),
        (
            "conflict with a stored record",
            collection(&[hazard("aaaaaaaa-0000-4000-8000-000000000001", SQUARE, "").replace("Wadi", "Renamed")]),
            "conflict: the database already has this id with different name; not overwritten",
        ),
    ]
}

#[test]
fn every_bad_file_is_refused_with_its_reason_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    ok(&db, &["init"]);
    // A stored record for the conflict case.
    let stored = dir.path().join("stored.geojson");
    std::fs::write(
        &stored,
        collection(&[hazard("aaaaaaaa-0000-4000-8000-000000000001", SQUARE, "")]),
    )
    .unwrap();
    ok(&db, &["import", stored.to_str().unwrap()]);
    for (name, text, expected) in corpus() {
        let file = dir
            .path()
            .join(format!("{}.geojson", name.replace(' ', "_")));
        std::fs::write(&file, &text).unwrap();
        let before = dump(&db);
        let out = run(&db, &["import", file.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{name}: imported");
        assert!(
            stderr.contains(expected),
            "{name}:\n  got  {stderr}\n  want {expected}"
        );
        assert!(stderr.contains("nothing was imported"), "{name}: {stderr}");
        assert_eq!(dump(&db), before, "{name}: the database changed");
    }
}

#[test]
fn every_problem_is_listed_at_once_and_skip_invalid_imports_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    ok(&db, &["init"]);
    let good = "5b6c7d8e-1111-4222-8333-944455566677";
    let file = dir.path().join("mixed.geojson");
    std::fs::write(
        &file,
        collection(&[
            hazard(HAZARD_ID, SQUARE, "").replace("2023-04-02", "2023-13-01"),
            hazard(good, SQUARE, ""),
            hazard("0b8e3c52-7a35-4c1e-9f0e-5d6a7b8c9d0e", "[[[35.58,33.28],[35.585,33.28],[35.585,33.284]]]", ""),
            format!(
                r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[35.582,33.281]}},"properties":{{"kind":"ordnance_find","hazard_id":"{HAZARD_ID}","ordnance_type":"M42","found_on":"2024-01-01"}}}}"#
            ),
        ]),
    )
    .unwrap();
    let before = dump(&db);
    let out = run(&db, &["import", file.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    let listed: Vec<&str> = stderr.lines().skip(1).map(str::trim).collect();
    assert_eq!(listed.len(), 3, "{stderr}");
    assert!(stderr.starts_with("clearfield: "), "{stderr}");
    assert!(
        stderr
            .lines()
            .next()
            .unwrap()
            .contains("3 problem(s), nothing was imported"),
        "{stderr}"
    );
    assert!(
        listed[0].starts_with(&format!(
            "feature 1 \"Wadi\" (id {HAZARD_ID}): surveyed_on \"2023-13-01\""
        )),
        "{stderr}"
    );
    assert!(listed[1].starts_with("feature 3 \"Wadi\" (id 0b8e3c52-7a35-4c1e-9f0e-5d6a7b8c9d0e): geometry exterior ring has 3 positions"), "{stderr}");
    assert!(
        listed[2].starts_with("feature 4: ")
            && listed[2].contains(&format!(
                "hazard_id {HAZARD_ID} is feature 1, which is not imported"
            )),
        "{stderr}"
    );
    assert_eq!(dump(&db), before);

    let report = ok(&db, &["import", "--skip-invalid", file.to_str().unwrap()]);
    assert!(
        report.starts_with("imported 1 hazard area, 0 land releases, 0 ordnance finds"),
        "{report}"
    );
    assert!(report.contains("skipped 3 feature(s):"), "{report}");
    assert!(ok(&db, &["show", good]).contains("name            Wadi"));
}

#[test]
fn foreign_files_import_with_as_and_set_and_keep_unknown_properties() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    ok(&db, &["init"]);
    // As a Kobo or QGIS export might be: no kind, no id, other attribute names.
    let file = dir.path().join("kobo.geojson");
    std::fs::write(
        &file,
        r#"{"type":"FeatureCollection","features":[
{"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[35.5,33.2]},"properties":{"ordnance_type":"bLu-97","found_on":"2024-03-01","_submission_time":"2024-03-01T10:22:00","device":{"model":"Garmin"}}}
]}"#,
    )
    .unwrap();
    let out = run(&db, &["import", file.to_str().unwrap()]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("has no kind"));
    let report = ok(
        &db,
        &[
            "import",
            file.to_str().unwrap(),
            "--as",
            "find",
            "--set",
            "team=NPA 2",
            "--set",
            "found_on=1999-01-01",
        ],
    );
    assert!(
        report.starts_with("imported 0 hazard areas, 0 land releases, 1 ordnance find"),
        "{report}"
    );
    let list = ok(&db, &["list", "--kind", "find"]);
    let id = list
        .lines()
        .nth(1)
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    let show = ok(&db, &["show", &id]);
    assert!(show.contains("ordnance_type   BLU-97"), "{show}");
    assert!(show.contains("team            NPA 2"), "{show}");
    assert!(
        show.contains("found_on        2024-03-01"),
        "--set does not override: {show}"
    );
    // Unknown properties, and the non-UUID feature id, are kept and exported again.
    let exported = ok(&db, &["export", "-"]);
    assert!(
        exported.contains(r#""_submission_time":"2024-03-01T10:22:00""#),
        "{exported}"
    );
    assert!(
        exported.contains(r#""device":{"model":"Garmin"}"#),
        "{exported}"
    );
    assert!(exported.contains(r#""feature_id":7"#), "{exported}");
}

fn generated(dir: &Path, name: &str) -> std::path::PathBuf {
    let db = dir.join(name);
    ok(
        &db,
        &[
            "generate",
            db.to_str().unwrap(),
            "--seed",
            "11",
            "--hazards",
            "60",
            "--releases",
            "200",
            "--finds",
            "300",
        ],
    );
    db
}

#[test]
fn export_import_export_is_byte_identical_and_reimport_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let a = generated(dir.path(), "a.gpkg");
    let first = dir.path().join("a.geojson");
    let report = ok(&a, &["export", first.to_str().unwrap()]);
    assert_eq!(
        report,
        format!(
            "exported 60 hazard areas, 200 land releases, 300 ordnance finds to {}\n",
            first.display()
        )
    );
    let b = dir.path().join("b.gpkg");
    ok(&b, &["init"]);
    assert!(
        ok(&b, &["import", first.to_str().unwrap()])
            .starts_with("imported 60 hazard areas, 200 land releases, 300 ordnance finds")
    );
    let second = ok(&b, &["export", "-"]);
    assert!(
        second == std::fs::read_to_string(&first).unwrap(),
        "export → import → export changed the bytes"
    );
    // The same file again: nothing added, nothing changed, not even the change log.
    let before = dump(&b);
    let again = ok(&b, &["import", first.to_str().unwrap()]);
    assert!(
        again.starts_with("imported 0 hazard areas, 0 land releases, 0 ordnance finds")
            && again.contains("560 already present unchanged"),
        "{again}"
    );
    assert_eq!(dump(&b), before, "re-import changed the database");
    // Standard input works too, and gives the same answer.
    let mut child = Command::new(env!("CARGO_BIN_EXE_clearfield"))
        .arg("--db")
        .arg(&b)
        .args(["import", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(second.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("560 already present unchanged"));
}

#[test]
fn export_follows_rfc_7946() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    ok(&db, &["init"]);
    // Clockwise exterior and counter-clockwise hole as typed: RFC 7946 wants the reverse.
    ok(
        &db,
        &[
            "add",
            "hazard",
            "--name",
            "H",
            "--classification",
            "SHA",
            "--surveyed-on",
            "2023-01-01",
            "--geometry",
            "POLYGON((35.58 33.28,35.58 33.284,35.585 33.284,35.585 33.28,35.58 33.28),(35.581 33.281,35.582 33.281,35.582 33.282,35.581 33.282,35.581 33.281))",
        ],
    );
    let text = ok(&db, &["export", "-", "--as-of", "2023-06-01"]);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(v.get("crs").is_none());
    assert_eq!(v["bbox"], serde_json::json!([35.58, 33.28, 35.585, 33.284]));
    let rings = v["features"][0]["geometry"]["coordinates"][0]
        .as_array()
        .unwrap();
    let signed = |ring: &serde_json::Value| -> f64 {
        let p: Vec<(f64, f64)> = ring
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c[0].as_f64().unwrap(), c[1].as_f64().unwrap()))
            .collect();
        p.windows(2)
            .map(|w| w[0].0 * w[1].1 - w[1].0 * w[0].1)
            .sum::<f64>()
            / 2.0
    };
    assert!(signed(&rings[0]) > 0.0, "exterior counter-clockwise");
    assert!(signed(&rings[1]) < 0.0, "hole clockwise");
    assert_eq!(v["features"][0]["properties"]["kind"], "hazard_area");
    // --as-of leaves out what did not exist yet.
    let early: serde_json::Value =
        serde_json::from_str(&ok(&db, &["export", "-", "--as-of", "2022-12-31"])).unwrap();
    assert_eq!(early["features"].as_array().unwrap().len(), 0);
    assert!(early.get("bbox").is_none());
}

#[test]
fn files_written_by_gdal_import_cleanly_and_gdal_reads_the_export() {
    if !common::tool("ogr2ogr", &["--version"], "gdal-bin") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let a = generated(dir.path(), "a.gpkg");
    let ours = dir.path().join("ours.geojson");
    ok(&a, &["export", ours.to_str().unwrap()]);
    // GDAL reads the export with the right count.
    let info = Command::new("ogrinfo")
        .args(["-al", "-so", ours.to_str().unwrap()])
        .output()
        .unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("Feature Count: 560"), "{info}");
    // GDAL rewrites it (RFC 7946, its own number formatting); the result imports cleanly.
    let via_gdal = dir.path().join("gdal.geojson");
    let out = Command::new("ogr2ogr")
        .args([
            "-f",
            "GeoJSON",
            "-lco",
            "RFC7946=YES",
            via_gdal.to_str().unwrap(),
            ours.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let b = dir.path().join("b.gpkg");
    ok(&b, &["init"]);
    let report = ok(&b, &["import", via_gdal.to_str().unwrap()]);
    assert!(
        report.starts_with("imported 60 hazard areas, 200 land releases, 300 ordnance finds"),
        "{report}"
    );
    // A layer of the GeoPackage itself, written by GDAL without kind: import with --as.
    let layer = dir.path().join("hazards.geojson");
    let out = Command::new("ogr2ogr")
        .args([
            "-f",
            "GeoJSON",
            layer.to_str().unwrap(),
            a.to_str().unwrap(),
            "hazard_areas",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let c = dir.path().join("c.gpkg");
    ok(&c, &["init"]);
    let report = ok(&c, &["import", layer.to_str().unwrap(), "--as", "hazard"]);
    assert!(report.starts_with("imported 60 hazard areas"), "{report}");
    let status = |db: &Path| -> serde_json::Value {
        serde_json::from_str(&ok(db, &["status", "--json", "--as-of", "2026-01-01"])).unwrap()
    };
    let (sa, sc) = (status(&a), status(&c));
    assert_eq!(sa["hazard_area_m2"], sc["hazard_area_m2"]);
}

/// An import writes its change-log entries in bulk (schema.sql, `*_log_record` views); they
/// must be what the per-row triggers write for the same records.
#[test]
fn bulk_import_logs_the_same_versions_as_the_triggers() {
    use clearfield::exchange::{self, ExportOptions, ImportOptions};
    use clearfield::store::Store;
    let dir = tempfile::tempdir().unwrap();
    let mut a = Store::create(&dir.path().join("a.gpkg")).unwrap();
    let records = common::full_set();
    a.insert(&records, "alice").unwrap();
    let mut file = Vec::new();
    exchange::export(&a, &mut file, &ExportOptions::default()).unwrap();
    let mut b = Store::create(&dir.path().join("b.gpkg")).unwrap();
    exchange::import(
        &mut b,
        file.as_slice(),
        &ImportOptions::default(),
        "alice",
        &mut |_| {},
    )
    .unwrap();
    for r in &records {
        let strip = |mut v: serde_json::Value| {
            let o = v.as_object_mut().unwrap();
            o.remove("created_at");
            o.remove("modified_at");
            v
        };
        let (ha, hb) = (a.history(r.uuid()).unwrap(), b.history(r.uuid()).unwrap());
        assert_eq!((ha.len(), hb.len()), (1, 1));
        assert_eq!(
            (hb[0].operation.as_str(), hb[0].changed_by.as_str()),
            ("insert", "alice")
        );
        assert_eq!(
            strip(ha[0].record.clone()),
            strip(hb[0].record.clone()),
            "{}",
            r.uuid()
        );
    }
    // And the bulk flag is gone, so later edits are logged by the triggers again.
    let flag: i64 = b
        .connection()
        .query_row(
            "SELECT count(*) FROM clearfield_meta WHERE key = 'bulk_insert'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(flag, 0);
    b.delete(uuid::Uuid::parse_str(common::FIND_ID).unwrap(), "bob")
        .unwrap();
    assert_eq!(
        b.history(uuid::Uuid::parse_str(common::FIND_ID).unwrap())
            .unwrap()
            .len(),
        2
    );
}

/// Re-importing an old export must not bring back a record deleted since.
#[test]
fn reimport_does_not_bring_back_deleted_records() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    ok(&db, &["init"]);
    let file = dir.path().join("h.geojson");
    std::fs::write(&file, collection(&[hazard(HAZARD_ID, SQUARE, "")])).unwrap();
    ok(&db, &["import", file.to_str().unwrap()]);
    ok(&db, &["delete", HAZARD_ID]);
    let before = dump(&db);
    let out = run(&db, &["import", file.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(
        stderr.contains(&format!(
            "feature 1 \"Wadi\" (id {HAZARD_ID}): this record was deleted from the database on "
        )),
        "{stderr}"
    );
    assert_eq!(dump(&db), before);
}
