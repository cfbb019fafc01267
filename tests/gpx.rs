//! Issue #14 §1 (GPX): a GPS unit's waypoints and tracks imported through the same path as
//! GeoJSON: waypoints as finds (or evidence or survey points), tracks as boundaries, names,
//! descriptions and dates kept; an open track refused with the gap, or closed on request.

mod common;

use std::path::Path;
use std::process::Command;

use clearfield::model::{Record, RecordKind};
use clearfield::store::Store;
use common::*;

const GPX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="Garmin eTrex 32x" xmlns="http://www.topografix.com/GPX/1/1">
  <wpt lat="33.2761" lon="35.4851"><ele>412.3</ele><time>2024-04-17T08:31:05Z</time><name>001</name><desc>M77 in the ditch</desc></wpt>
  <wpt lat="33.277" lon="35.486"><time>2024-04-18T09:02:44Z</time><name>002</name><cmt>two BLU-97</cmt></wpt>
  <trk><name>Terrace north</name><trkseg>
    <trkpt lat="33.275" lon="35.484"><time>2024-04-15T07:00:00Z</time></trkpt>
    <trkpt lat="33.275" lon="35.488"/>
    <trkpt lat="33.278" lon="35.488"/>
    <trkpt lat="33.278" lon="35.484"/>
    LAST
  </trkseg></trk>
</gpx>
"#;

fn gpx(dir: &Path, name: &str, closed: bool) -> String {
    let last = if closed {
        r#"<trkpt lat="33.275" lon="35.484"/>"#
    } else {
        ""
    };
    let path = dir.join(name);
    std::fs::write(&path, GPX.replace("LAST", last)).unwrap();
    path.to_str().unwrap().to_owned()
}

fn fresh(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("field.gpkg");
    ok(&db, &["init"]);
    db
}

/// Waypoints become finds where the file puts them, with their dates, descriptions and
/// names; the closed track becomes a hazard area whose boundary is its points. The file is
/// told by its content, whatever its name.
#[test]
fn waypoints_and_a_closed_track_are_imported_as_they_are_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let file = gpx(dir.path(), "garmin export.txt", true);
    let said = ok(
        &db,
        &[
            "import",
            &file,
            "--as",
            "find",
            "--set",
            "ordnance_type=M77",
            "--set",
            "classification=SHA",
        ],
    );
    assert!(
        said.contains("imported 1 hazard area, 0 land releases, 2 ordnance finds"),
        "{said}"
    );
    let (store, _) = Store::open(&db).unwrap();
    let mut finds = store.load(RecordKind::OrdnanceFind).unwrap().records;
    finds.sort_by_key(|a| a.dates());
    let Record::Find(f) = &finds[0] else { panic!() };
    assert_eq!((f.location.x(), f.location.y()), (35.4851, 33.2761));
    assert_eq!(f.found_on.to_string(), "2024-04-17");
    assert_eq!(f.note.as_deref(), Some("M77 in the ditch"));
    assert_eq!(f.extra["name"], "001", "the waypoint's name is kept");
    let Record::Find(g) = &finds[1] else { panic!() };
    assert_eq!(
        g.note.as_deref(),
        Some("two BLU-97"),
        "a comment when no description"
    );
    let hazards = store.load(RecordKind::HazardArea).unwrap().records;
    let Record::Hazard(h) = &hazards[0] else {
        panic!()
    };
    assert_eq!(h.name, "Terrace north");
    assert_eq!(h.surveyed_on.to_string(), "2024-04-15");
    let ring: Vec<(f64, f64)> = h.geometry.0[0]
        .exterior()
        .0
        .iter()
        .map(|c| (c.x, c.y))
        .collect();
    assert_eq!(
        ring,
        [
            (35.484, 33.275),
            (35.488, 33.275),
            (35.488, 33.278),
            (35.484, 33.278),
            (35.484, 33.275)
        ]
    );
}

/// An open track is refused, naming it and the gap between its ends (0.003° of latitude at
/// 33.2765° N: 332.73 m on WGS84, the meridian arc), and nothing is written; with
/// `--close-tracks` it is closed and the gap reported.
#[test]
fn an_open_track_is_refused_with_its_gap_or_closed_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let file = gpx(dir.path(), "open.gpx", false);
    let before = dump(&db);
    let args = [
        "import",
        &file,
        "--as",
        "find",
        "--set",
        "ordnance_type=M77",
        "--set",
        "classification=SHA",
    ];
    let out = run(&db, &args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(
            r#"track 1 "Terrace north" is open: its last point is 332.7 m from its first"#
        ),
        "{err}"
    );
    assert!(err.contains("--close-tracks"), "{err}");
    assert_eq!(dump(&db), before);
    let mut closing = args.to_vec();
    closing.push("--close-tracks");
    let said = ok(&db, &closing);
    assert!(
        said.contains(r#"closed track 1 "Terrace north": its ends were 332.7 m apart"#),
        "{said}"
    );
    let (store, _) = Store::open(&db).unwrap();
    let Record::Hazard(h) = &store.load(RecordKind::HazardArea).unwrap().records[0] else {
        panic!()
    };
    let ring = &h.geometry.0[0].exterior().0;
    assert_eq!(ring.len(), 5);
    assert_eq!(ring[0], ring[4]);
}

/// The meridian arc the test above names, computed here by hand from WGS84's constants
/// (Simpson's rule on M(φ) = a(1 − e²)/(1 − e² sin²φ)^1.5): 332.728 m, shown as 332.7.
#[test]
fn the_gap_in_the_test_above_is_the_meridian_arc() {
    let (a, f) = (6_378_137.0_f64, 1.0 / 298.257_223_563);
    let e2 = f * (2.0 - f);
    let m = |phi: f64| a * (1.0 - e2) / (1.0 - e2 * phi.sin().powi(2)).powf(1.5);
    let (p0, p1) = (33.275_f64.to_radians(), 33.278_f64.to_radians());
    let arc = (p1 - p0) / 6.0 * (m(p0) + 4.0 * m((p0 + p1) / 2.0) + m(p1));
    assert!((arc - 332.728).abs() < 0.001, "{arc}");
    assert_eq!(format!("{arc:.1}"), "332.7");
}

/// A GPX file written by GDAL (another program, as QGIS exports waypoints) is read: its
/// waypoints become evidence points where GeoJSON put them.
#[test]
fn waypoints_written_by_gdal_are_read() {
    if !tool("ogr2ogr", &["--version"], "gdal-bin") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let geojson = dir.path().join("points.geojson");
    std::fs::write(
        &geojson,
        r#"{"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"name":"crater"},"geometry":{"type":"Point","coordinates":[35.51,33.29]}},
        {"type":"Feature","properties":{"name":"witness"},"geometry":{"type":"Point","coordinates":[35.52,33.3]}}]}"#,
    )
    .unwrap();
    let gpx = dir.path().join("gdal.gpx");
    let out = Command::new("ogr2ogr")
        .args(["-f", "GPX"])
        .arg(&gpx)
        .arg(&geojson)
        .args(["-nln", "waypoints"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = ok(
        &db,
        &[
            "import",
            gpx.to_str().unwrap(),
            "--as",
            "evidence",
            "--set",
            "evidence_type=strike",
            "--set",
            "recorded_on=2024-05-01",
        ],
    );
    assert!(said.contains("2 evidence points"), "{said}");
    let (store, _) = Store::open(&db).unwrap();
    let mut at: Vec<(f64, f64)> = store
        .load(RecordKind::EvidencePoint)
        .unwrap()
        .records
        .iter()
        .map(|r| {
            let p = r.point().unwrap();
            (p.x(), p.y())
        })
        .collect();
    at.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(at, [(35.51, 33.29), (35.52, 33.3)]);
}

/// `--map COLUMN=FIELD` reads a property as a field: the waypoints' names (001, 002) become
/// the finds' ordnance type only where asked, and a field no record has is refused before
/// anything is read.
#[test]
fn map_reads_a_property_as_a_field() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let file = dir.path().join("types.gpx");
    std::fs::write(
        &file,
        r#"<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1">
<wpt lat="33.2761" lon="35.4851"><time>2024-04-17T08:31:05Z</time><name>BLU-97</name></wpt></gpx>"#,
    )
    .unwrap();
    let file = file.to_str().unwrap();
    let out = run(
        &db,
        &["import", file, "--as", "find", "--map", "name=depth_cm"],
    );
    assert_eq!(out.status.code(), Some(1), "a name is not a depth");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(said.contains("depth_cm"), "{said}");
    let out = run(
        &db,
        &["import", file, "--as", "find", "--map", "name=colour"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("\"colour\" is not a field"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (store, _) = Store::open(&db).unwrap();
    assert_eq!(
        store.load(RecordKind::OrdnanceFind).unwrap().records.len(),
        0
    );
    drop(store);
    ok(
        &db,
        &[
            "import",
            file,
            "--as",
            "find",
            "--map",
            "name=ordnance_type",
        ],
    );
    let (store, _) = Store::open(&db).unwrap();
    let finds = store.load(RecordKind::OrdnanceFind).unwrap().records;
    let Record::Find(f) = &finds[0] else { panic!() };
    assert_eq!(f.ordnance_type, "BLU-97");
    assert!(!f.extra.contains_key("name"), "the name went to the field");
}

/// A GPX 1.1 as a Garmin eTrex writes it, with Garmin's extensions on waypoints, tracks and
/// track points, imports: the waypoint where the file puts it, with its date and comment;
/// the closed track log as the hazard area it walks round (positions as in the file).
#[test]
fn a_garmin_gpx_with_its_extensions_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/garmin_etrex.gpx");
    let said = ok(
        &db,
        &[
            "import",
            file,
            "--as",
            "find",
            "--set",
            "ordnance_type=M77",
            "--set",
            "classification=SHA",
        ],
    );
    assert!(
        said.contains("imported 1 hazard area, 0 land releases, 1 ordnance find"),
        "{said}"
    );
    let (store, _) = Store::open(&db).unwrap();
    let finds = store.load(RecordKind::OrdnanceFind).unwrap().records;
    let Record::Find(f) = &finds[0] else { panic!() };
    assert_eq!((f.location.x(), f.location.y()), (35.4851, 33.2761));
    assert_eq!(f.found_on.to_string(), "2024-04-17");
    assert_eq!(f.note.as_deref(), Some("M77 by the terrace wall"));
    let hazards = store.load(RecordKind::HazardArea).unwrap().records;
    let Record::Hazard(h) = &hazards[0] else {
        panic!()
    };
    assert_eq!(h.name, "ACTIVE LOG 084412");
    assert_eq!(h.surveyed_on.to_string(), "2024-04-15");
    let ring: Vec<(f64, f64)> = h.geometry.0[0]
        .exterior()
        .0
        .iter()
        .map(|c| (c.x, c.y))
        .collect();
    assert_eq!(
        ring,
        [
            (35.484, 33.275),
            (35.488, 33.275),
            (35.488, 33.278),
            (35.484, 33.278),
            (35.484, 33.275)
        ]
    );
}
