//! Issue #13 §1: survey points and evidence points, stored as GeoPackage point layers and
//! kept like every other record (change log, merge, GeoJSON, check), and schema version 3,
//! the migration that adds them, run on a file made by the previous release.

mod common;

use std::path::Path;
use std::process::Command;

use clearfield::exchange::{self, ImportOptions};
use clearfield::model::{Record, RecordKind};
use clearfield::store::{Opened, Store, StoreError};
use common::*;
use uuid::Uuid;

fn uuid(s: &str) -> Uuid {
    Uuid::parse_str(s).unwrap()
}

/// A file with [`full_set`] and [`points_set`].
fn stored(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("field.gpkg");
    let mut store = Store::create(&path).unwrap();
    let mut all = full_set();
    all.extend(points_set());
    store.insert(&all, "team").unwrap();
    path
}

/// Every field of every point, read back as it was written (numbers with all their digits,
/// text with quotes and non-ASCII), and their first versions in the change log.
#[test]
fn survey_and_evidence_points_keep_every_field_and_their_history() {
    let dir = tempfile::tempdir().unwrap();
    let path = stored(dir.path());
    let (store, _) = Store::open(&path).unwrap();
    for expected in points_set() {
        let got = store.get(expected.uuid()).unwrap().unwrap();
        assert_eq!(got.clone().without_stamp(), expected, "{}", expected.uuid());
        let history = store.history(expected.uuid()).unwrap();
        assert_eq!(history.len(), 1);
        assert_eq!(history[0].operation, "insert");
        assert_eq!(history[0].changed_by, "team");
    }
    // Stored as numbers, as QGIS shows them.
    let (bearing, sequence): (f64, i64) = store
        .connection()
        .query_row(
            "SELECT bearing_deg, sequence FROM survey_points WHERE id = ?1",
            [START_ID],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((bearing, sequence), (17.25, 1));
    let Some(Record::Survey(start)) = store.get(uuid(START_ID)).unwrap() else {
        panic!("start point missing")
    };
    assert_eq!(
        start.belongs_to,
        uuid(RELEASE_ID),
        "a point may mark a release"
    );
}

/// Values a survey point cannot hold are refused with the field and the reason.
#[test]
fn a_survey_point_with_impossible_values_is_refused_naming_each_field() {
    let input = |pairs: &[(&str, &str)]| clearfield::model::RecordInput {
        id: None,
        geometry: Some(clearfield::io::wkt::parse("35.5,33.3").unwrap()),
        fields: fields(pairs),
        extra: Default::default(),
    };
    let err = clearfield::model::build(
        RecordKind::SurveyPoint,
        input(&[
            ("belongs_to", HAZARD_ID),
            ("point_type", "corner"),
            ("sequence", "-1"),
            ("bearing_deg", "360"),
            ("hdop", "x"),
        ]),
        &types(),
    )
    .unwrap_err()
    .to_string();
    for part in [
        "point_type \"corner\"",
        "sequence \"-1\": must be a whole number, 0 or more",
        "bearing_deg \"360\": must be at least 0 and below 360",
        "hdop \"x\": is not a number",
    ] {
        assert!(err.contains(part), "{part} not in: {err}");
    }
    let err = clearfield::model::build(
        RecordKind::SurveyPoint,
        input(&[
            ("belongs_to", HAZARD_ID),
            ("point_type", "turning"),
            ("sequence", "2"),
            ("bearing_deg", "45"),
        ]),
        &types(),
    )
    .unwrap_err()
    .to_string();
    assert_eq!(
        err,
        "distance_m: is required with bearing_deg: a leg is a bearing and a distance"
    );
    let err = clearfield::model::build(RecordKind::EvidencePoint, input(&[]), &types())
        .unwrap_err()
        .to_string();
    assert!(err.contains("evidence_type: is required"), "{err}");
    assert!(err.contains("recorded_on: is required"), "{err}");
}

/// A point naming a record that is not there is refused, and the records points name cannot
/// be deleted from under them (by Clearfield or by another program through the triggers).
#[test]
fn links_of_points_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = stored(dir.path());
    let mut store = Store::open(&path).unwrap().0;
    let before = dump(&path);
    let mut orphan = points_set().remove(0);
    if let Record::Survey(p) = &mut orphan {
        p.id = clearfield::model::SurveyPointId(Uuid::new_v4());
        p.belongs_to = Uuid::new_v4();
    }
    let err = store.insert(&[orphan], "team").unwrap_err();
    assert!(
        err.to_string()
            .contains("no such hazard area or land release"),
        "{err}"
    );
    let err = store.delete(uuid(RELEASE_ID), "team").unwrap_err();
    assert!(
        matches!(err, StoreError::Referenced { points: 1, .. }),
        "{err}"
    );
    assert!(err.to_string().starts_with("land release"), "{err}");
    let err = store.delete(uuid(HAZARD_ID), "team").unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Referenced {
                releases: 1,
                finds: 1,
                points: 2,
                ..
            }
        ),
        "{err}"
    );
    drop(store);
    // Another program (GDAL writes with foreign keys off) meets the triggers.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    let refused = conn.execute("DELETE FROM land_releases WHERE id = ?1", [RELEASE_ID]);
    assert!(
        refused
            .unwrap_err()
            .to_string()
            .contains("marked by survey points"),
    );
    assert_eq!(dump(&path), before);
    // A dangling link written with the triggers bypassed is what `check` reports.
    conn.execute_batch(
        "INSERT INTO clearfield_meta (key, value) VALUES ('bulk_insert', '1');
         UPDATE survey_points SET belongs_to = '00000000-0000-4000-8000-000000000000' WHERE id = 'b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e';
         DELETE FROM clearfield_meta WHERE key = 'bulk_insert';",
    )
    .unwrap();
    drop(conn);
    let out = run(&path, &["check"]);
    let said = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains(&format!(
            "survey point {BENCHMARK_ID}: belongs_to 00000000-0000-4000-8000-000000000000 names no hazard area or land release"
        )),
        "{said}"
    );
}

/// GeoJSON export, then import into an empty file, gives the same records; each point's
/// feature has its `kind` and its numbers as JSON numbers.
#[test]
fn points_travel_through_geojson_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let path = stored(dir.path());
    let out = dir.path().join("out.geojson");
    let said = ok(&path, &["export", out.to_str().unwrap()]);
    assert!(said.contains("2 survey points, 1 evidence point"), "{said}");
    let text = std::fs::read_to_string(&out).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    let start = json["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["properties"]["id"] == START_ID)
        .unwrap();
    assert_eq!(start["properties"]["kind"], "survey_point");
    assert_eq!(start["properties"]["bearing_deg"], serde_json::json!(17.25));
    assert_eq!(start["properties"]["sequence"], serde_json::json!(1));
    assert_eq!(start["geometry"]["type"], "Point");
    let copy = dir.path().join("copy.gpkg");
    let mut store = Store::create(&copy).unwrap();
    let summary = exchange::import(
        &mut store,
        std::fs::File::open(&out).unwrap(),
        &ImportOptions::default(),
        "hq",
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(summary.added, [1, 1, 1, 2, 1]);
    for expected in full_set().into_iter().chain(points_set()) {
        let got = store.get(expected.uuid()).unwrap().unwrap().without_stamp();
        assert_eq!(got, expected);
    }
    // A point naming nothing in the file or the database is listed, and nothing imported.
    let stray = dir.path().join("stray.geojson");
    std::fs::write(
        &stray,
        r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"kind":"survey_point","belongs_to":"11111111-1111-4111-8111-111111111111","point_type":"end","sequence":5},"geometry":{"type":"Point","coordinates":[35.5,33.3]}}]}"#,
    )
    .unwrap();
    let fresh = dir.path().join("fresh.gpkg");
    drop(Store::create(&fresh).unwrap());
    let out = run(&fresh, &["import", stray.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("belongs_to 11111111-1111-4111-8111-111111111111: no such hazard area or land release in the file or the database"),
        "{err}"
    );
}

/// Points added in one file reach another by merge, edits to them as well, and an edit in
/// both files is a conflict like any record's.
#[test]
fn points_merge_like_other_records() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.gpkg");
    let b = dir.path().join("b.gpkg");
    let mut store_a = Store::create(&a).unwrap();
    store_a.insert(&full_set(), "a").unwrap();
    drop(store_a);
    std::fs::copy(&a, &b).unwrap();
    let mut store_a = Store::open(&a).unwrap().0;
    store_a.insert(&points_set(), "a").unwrap();
    let mut store_b = Store::open(&b).unwrap().0;
    store_b.merge(&a, "b", false, &mut |_, _| {}).unwrap();
    for p in points_set() {
        assert_eq!(store_b.get(p.uuid()).unwrap().unwrap().without_stamp(), p);
    }
    // Both edit the benchmark's note.
    let edit = |store: &mut Store, note: &str, who: &str| {
        let r = store.get(uuid(BENCHMARK_ID)).unwrap().unwrap();
        let changed = r
            .edited(&fields(&[("note", note)]), None, &types())
            .unwrap();
        store.update(&changed, who).unwrap();
    };
    edit(&mut store_a, "pin moved", "a");
    edit(&mut store_b, "pin painted red", "b");
    let summary = store_b.merge(&a, "b", false, &mut |_, _| {}).unwrap();
    assert_eq!(
        summary.conflicts,
        vec![(RecordKind::SurveyPoint, uuid(BENCHMARK_ID))]
    );
    assert_eq!(store_b.conflicts().unwrap().len(), 1);
}

/// Schema version 3 (and on to the current one) from a file made by an earlier release (`tests/data/v2.gpkg`, made by
/// the command line of schema version 2: a hazard area whose note was then edited, a release
/// and a find in it, a second find then deleted, the settings): every record and version
/// kept, the new layers there and empty, the schema what a new file has, and points then
/// added to its records.
#[test]
fn a_file_of_schema_version_2_upgrades_with_every_record_and_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v2.gpkg");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/v2.gpkg"),
        &path,
    )
    .unwrap();
    let said = ok(&path, &["list"]);
    assert!(
        said.starts_with(&format!(
            "upgraded {} from schema version 2 to {}\n",
            path.display(),
            clearfield::store::CURRENT_VERSION
        )),
        "{said}"
    );
    let (store, opened) = Store::open(&path).unwrap();
    assert_eq!(opened, Opened::Current);
    assert_eq!(
        store.schema_version().unwrap(),
        clearfield::store::CURRENT_VERSION
    );
    let hazard = "5a1e0001-0000-4000-8000-000000000001";
    let Some(Record::Hazard(h)) = store.get(uuid(hazard)).unwrap() else {
        panic!("hazard area missing")
    };
    assert_eq!(h.name, "Kfar Kila north");
    assert_eq!(h.note.as_deref(), Some("fenced 2024"));
    assert!(
        store
            .get(uuid("5a1e0004-0000-4000-8000-000000000004"))
            .unwrap()
            .is_none()
    );
    let versions: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM change_log", [], |r| r.get(0))
        .unwrap();
    assert_eq!(versions, 6, "4 adds, 1 edit, 1 delete");
    let fresh = Store::create(&dir.path().join("fresh.gpkg")).unwrap();
    assert_eq!(schema_of(store.connection()), schema_of(fresh.connection()));
    drop(store);
    ok(
        &path,
        &[
            "add",
            "survey",
            "--belongs-to",
            hazard,
            "--point-type",
            "benchmark",
            "--sequence",
            "0",
            "--at",
            "35.549,33.249",
        ],
    );
    ok(
        &path,
        &[
            "add",
            "evidence",
            "--evidence-type",
            "witness",
            "--recorded-on",
            "2024-01-15",
            "--at",
            "35.553,33.256",
        ],
    );
    let said = ok(&path, &["check"]);
    assert!(
        said.contains("1 survey_points, 1 evidence_points"),
        "{said}"
    );
    assert!(said.contains("no problems found"), "{said}");
}

/// GDAL lists the two new layers with their fields and no warning, and its validator passes
/// the file.
#[test]
fn gdal_reads_the_point_layers_and_validates_the_file() {
    if !tool("ogrinfo", &["--version"], "gdal-bin")
        || !tool("/usr/bin/python3", &["-c", "import osgeo"], "python3-gdal")
    {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = stored(dir.path());
    let out = Command::new("ogrinfo")
        .args(["-ro", "-al", "-so"])
        .arg(&path)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(!err.contains("Warning") && !err.contains("ERROR"), "{err}");
    for part in [
        "Layer name: survey_points",
        "Layer name: evidence_points",
        "bearing_deg: Real",
        "evidence_type: String",
    ] {
        assert!(said.contains(part), "{part} not in: {said}");
    }
    let features = |layer: &str| {
        let out = Command::new("ogrinfo")
            .args(["-ro", "-so"])
            .arg(&path)
            .arg(layer)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).contains("Feature Count: ")
            && String::from_utf8_lossy(&out.stdout).contains(match layer {
                "survey_points" => "Feature Count: 2",
                _ => "Feature Count: 1",
            })
    };
    assert!(features("survey_points"));
    assert!(features("evidence_points"));
    let validated = Command::new("/usr/bin/python3")
        .arg("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py")
        .arg(&path)
        .output()
        .unwrap();
    assert!(validated.status.success(), "{validated:?}");
}
