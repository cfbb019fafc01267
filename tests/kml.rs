//! Issue #14 §3 and §6: KML and KMZ imported through the same path as GeoJSON (placemarks,
//! names, descriptions, ExtendedData; folders, styles and views ignored; an open boundary
//! refused naming its placemark), and the records exported as GPX for a team's GPS (the
//! land still contaminated as routes) and as KML for Google Earth, both read back by GDAL.

mod common;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use clearfield::model::{Record, RecordKind};
use clearfield::store::Store;
use common::*;
use serde_json::Value;

fn data(name: &str) -> String {
    format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn fresh(dir: &Path) -> PathBuf {
    let db = dir.join("field.gpkg");
    ok(&db, &["init"]);
    db
}

fn load(db: &Path, kind: RecordKind) -> Vec<Record> {
    let (store, _) = Store::open(db).unwrap();
    store.load(kind).unwrap().records
}

/// Every ring of a hazard area, as [x, y] lists.
fn rings(r: &Record) -> Vec<Vec<Vec<[f64; 2]>>> {
    let Record::Hazard(h) = r else {
        panic!("not a hazard area")
    };
    h.geometry
        .0
        .iter()
        .map(|p| {
            std::iter::once(p.exterior())
                .chain(p.interiors())
                .map(|l| l.0.iter().map(|c| [c.x, c.y]).collect())
                .collect()
        })
        .collect()
}

fn hazard<'a>(all: &'a [Record], name: &str) -> &'a Record {
    all.iter()
        .find(|r| matches!(r, Record::Hazard(h) if h.name == name))
        .unwrap_or_else(|| panic!("no hazard area {name}"))
}

/// A KML written by GDAL (`ogr2ogr -f KML`, see tests/data/README.md) from
/// tests/data/ogr_source.geojson: its SchemaData fields, names, the polygon's hole, the
/// multipolygon and the point come in as the GeoJSON has them.
#[test]
fn a_kml_written_by_gdal_is_imported_as_the_geojson_it_came_from() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let said = ok(&db, &["import", &data("ogr.kml")]);
    assert!(
        said.contains("imported 2 hazard areas, 0 land releases, 1 ordnance find"),
        "{said}"
    );
    let hazards = load(&db, RecordKind::HazardArea);
    let terrace = hazard(&hazards, "Terrace");
    let Record::Hazard(h) = terrace else { panic!() };
    assert_eq!(h.classification.as_str(), "CHA");
    assert_eq!(h.surveyed_on.to_string(), "2024-03-02");
    assert_eq!(h.region.as_deref(), Some("Nabatieh"));
    assert_eq!(
        rings(terrace),
        [vec![
            vec![
                [35.484, 33.275],
                [35.488, 33.275],
                [35.488, 33.278],
                [35.484, 33.278],
                [35.484, 33.275]
            ],
            vec![
                [35.485, 33.276],
                [35.485, 33.277],
                [35.486, 33.277],
                [35.486, 33.276],
                [35.485, 33.276]
            ]
        ]]
    );
    let orchard = hazard(&hazards, "Orchard");
    assert_eq!(
        rings(orchard),
        [
            vec![vec![
                [35.49, 33.28],
                [35.491, 33.28],
                [35.491, 33.281],
                [35.49, 33.28]
            ]],
            vec![vec![
                [35.492, 33.28],
                [35.493, 33.28],
                [35.493, 33.281],
                [35.492, 33.28]
            ]]
        ]
    );
    let finds = load(&db, RecordKind::OrdnanceFind);
    let Record::Find(f) = &finds[0] else { panic!() };
    assert_eq!((f.location.x(), f.location.y()), (35.4851, 33.2761));
    assert_eq!((f.ordnance_type.as_str(), f.quantity), ("M77", 2));
    assert_eq!(f.found_on.to_string(), "2024-04-17");
    assert_eq!(f.extra["name"], "BLU-97 by the wall");
}

/// A Google Earth file (tests/data/google_earth.kml, written by hand as Google Earth Pro
/// saves one): nested Folders, a StyleMap, a Schema, a NetworkLink, LookAts and a
/// `gx:altitudeMode` (which the `kml` crate alone refuses) are passed
/// over; Data (with CDATA and entities) and SchemaData become fields and kept properties;
/// the description becomes the note; a MultiGeometry of polygons is one multipolygon and
/// one of points two evidence points; the altitudes are dropped and the user told.
#[test]
fn a_google_earth_kml_with_folders_styles_and_data_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let said = ok(&db, &["import", &data("google_earth.kml")]);
    assert!(
        said.contains(
            "imported 2 hazard areas, 0 land releases, 0 ordnance finds, 2 evidence points"
        ),
        "{said}"
    );
    assert!(said.contains("altitudes dropped: 2 placemark(s)"), "{said}");
    let hazards = load(&db, RecordKind::HazardArea);
    let north = hazard(&hazards, "Terrace north");
    let Record::Hazard(h) = north else { panic!() };
    assert_eq!(h.classification.as_str(), "CHA");
    assert_eq!(h.surveyed_on.to_string(), "2024-04-15");
    assert_eq!(
        h.note.as_deref(),
        Some("Strikes seen by the shepherd <b>2006</b>")
    );
    assert_eq!(h.extra["source"], "Mukhtar & shepherd <Ali>");
    assert_eq!(h.extra["access & notes"], "track from the east & the wadi");
    assert_eq!(
        rings(north),
        [vec![vec![
            [35.484, 33.275],
            [35.488, 33.275],
            [35.488, 33.278],
            [35.484, 33.278],
            [35.484, 33.275]
        ]]]
    );
    let wadi = hazard(&hazards, "Wadi fields");
    let Record::Hazard(w) = wadi else { panic!() };
    assert_eq!(w.classification.as_str(), "SHA");
    assert_eq!(w.extra["team"], "MAG 3");
    assert_eq!(w.geometry.0.len(), 2);
    assert_eq!(rings(wadi)[1][0][1], [35.493, 33.28]);
    let mut at: Vec<(f64, f64, String)> = load(&db, RecordKind::EvidencePoint)
        .iter()
        .map(|r| {
            let Record::Evidence(e) = r else { panic!() };
            (
                e.location.x(),
                e.location.y(),
                format!(
                    "{} {} {}",
                    e.evidence_type.as_str(),
                    e.recorded_on,
                    e.extra["name"]
                ),
            )
        })
        .collect();
    at.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(
        at,
        [
            (35.4855, 33.2762, "strike 2024-04-15 \"Craters\"".to_owned()),
            (35.4861, 33.2771, "strike 2024-04-15 \"Craters\"".to_owned())
        ]
    );
}

/// A KMZ (a zip whose doc.kml is not its first entry), under a name that says nothing, is
/// told by its content and read as the KML inside it.
#[test]
fn a_kmz_is_told_by_its_content_and_read() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let kmz = dir.path().join("from the field.dat");
    let mut z = zip::ZipWriter::new(std::fs::File::create(&kmz).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    z.start_file("files/photo.txt", opts).unwrap();
    z.write_all(b"not a photo").unwrap();
    z.start_file("doc.kml", opts).unwrap();
    z.write_all(&std::fs::read(data("google_earth.kml")).unwrap())
        .unwrap();
    z.finish().unwrap();
    let said = ok(&db, &["import", kmz.to_str().unwrap()]);
    assert!(
        said.contains(
            "imported 2 hazard areas, 0 land releases, 0 ordnance finds, 2 evidence points"
        ),
        "{said}"
    );
    let hazards = load(&db, RecordKind::HazardArea);
    let Record::Hazard(w) = hazard(&hazards, "Wadi fields") else {
        panic!()
    };
    assert_eq!(w.extra["team"], "MAG 3");
}

const OPEN: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder>
<Placemark><name>Closed one</name><ExtendedData><Data name="classification"><value>SHA</value></Data><Data name="surveyed_on"><value>2024-04-15</value></Data><Data name="contamination"><value>cmr</value></Data></ExtendedData>
<LineString><coordinates>35.50,33.28 35.501,33.28 35.501,33.281 35.50,33.28</coordinates></LineString></Placemark>
<Placemark><name>North field</name><LineString><coordinates>35.50,33.28 35.501,33.28 35.501,33.281 35.50,33.281</coordinates></LineString></Placemark>
</Folder></Document></kml>"#;

/// A LineString whose ends do not meet is refused, naming the placemark by number and name
/// and the gap (0.001° of latitude at 33.28° N is 110.9 m, pyproj `Geod(ellps="WGS84")`);
/// nothing is written, not even the closed one before it.
#[test]
fn an_open_linestring_is_refused_naming_the_placemark_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let file = dir.path().join("lines.kml");
    std::fs::write(&file, OPEN).unwrap();
    let out = run(&db, &["import", file.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("placemark 2 \"North field\": its LineString is open (its last point is 110.9 m from its first); a boundary must be a closed ring; nothing was imported"),
        "{err}"
    );
    assert!(load(&db, RecordKind::HazardArea).is_empty());
    // Without the open one, the closed line is a boundary.
    let closed = OPEN.replace(
        "<Placemark><name>North field</name><LineString><coordinates>35.50,33.28 35.501,33.28 35.501,33.281 35.50,33.281</coordinates></LineString></Placemark>",
        "",
    );
    std::fs::write(&file, closed).unwrap();
    ok(&db, &["import", file.to_str().unwrap()]);
    assert_eq!(
        rings(&load(&db, RecordKind::HazardArea)[0]),
        [vec![vec![
            [35.50, 33.28],
            [35.501, 33.28],
            [35.501, 33.281],
            [35.50, 33.28]
        ]]]
    );
}

/// The import's own checks name a KML feature by its placemark's number and name, not by
/// "feature N", and nothing is written.
#[test]
fn problems_name_the_placemark() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let file = dir.path().join("bad.kml");
    std::fs::write(
        &file,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>Crater</name><ExtendedData><Data name="evidence_type"><value>strike</value></Data><Data name="recorded_on"><value>2024-04-15</value></Data></ExtendedData><Point><coordinates>35.5,33.2</coordinates></Point></Placemark>
<Placemark><name>Terrace</name><ExtendedData><Data name="classification"><value>XXX</value></Data><Data name="surveyed_on"><value>2024-04-15</value></Data><Data name="contamination"><value>cmr</value></Data></ExtendedData><Polygon><outerBoundaryIs><LinearRing><coordinates>35.50,33.28 35.501,33.28 35.501,33.281 35.50,33.28</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document></kml>"#,
    )
    .unwrap();
    let out = run(&db, &["import", file.to_str().unwrap(), "--as", "evidence"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "1 problem(s), nothing was imported\n  placemark 2 \"Terrace\": classification \"XXX\""
        ),
        "{err}"
    );
    assert!(load(&db, RecordKind::EvidencePoint).is_empty());
}

const HAZARD_ID: &str = "1a2b3c4d-0000-4000-8000-000000000001";

/// A programme with known remaining land: Terrace (35.484–35.488 E, 33.275–33.278 N) with its
/// east part (from 35.486 E) cleared; Orchard (35.490–35.494, 33.280–33.284) with a hole
/// cleared in its middle (35.491–35.492, 33.281–33.282); Gone, wholly cleared; a find, an
/// evidence point and a survey point.
fn programme(dir: &Path) -> PathBuf {
    let db = fresh(dir);
    let file = dir.join("programme.geojson");
    let rect = |x0: f64, y0: f64, x1: f64, y1: f64| {
        format!("[[[{x0},{y0}],[{x1},{y0}],[{x1},{y1}],[{x0},{y1}],[{x0},{y0}]]]")
    };
    let hazard = |id: &str, name: &str, class: &str, ring: String| {
        format!(
            r#"{{"type":"Feature","properties":{{"kind":"hazard_area","id":"{id}","name":"{name}","classification":"{class}","contamination":"cmr","surveyed_on":"2024-03-01"}},"geometry":{{"type":"Polygon","coordinates":{ring}}}}}"#
        )
    };
    let release = |ring: String| {
        format!(
            r#"{{"type":"Feature","properties":{{"kind":"land_release","method":"cleared","completed_on":"2024-05-01"}},"geometry":{{"type":"Polygon","coordinates":{ring}}}}}"#
        )
    };
    let features = [
        hazard(HAZARD_ID, "Terrace", "CHA", rect(35.484, 33.275, 35.488, 33.278)),
        hazard(
            "1a2b3c4d-0000-4000-8000-000000000002",
            "Orchard",
            "SHA",
            rect(35.490, 33.280, 35.494, 33.284),
        ),
        hazard(
            "1a2b3c4d-0000-4000-8000-000000000003",
            "Gone",
            "SHA",
            rect(35.50, 33.28, 35.501, 33.281),
        ),
        release(rect(35.486, 33.274, 35.489, 33.279)),
        release(rect(35.491, 33.281, 35.492, 33.282)),
        release(rect(35.4995, 33.2795, 35.5015, 33.2815)),
        r#"{"type":"Feature","properties":{"kind":"ordnance_find","id":"6f9619ff-8b86-4011-b42d-00cf4fc964ff","ordnance_type":"M77","quantity":2,"condition":"damaged","found_on":"2024-04-17"},"geometry":{"type":"Point","coordinates":[35.4851,33.2761]}}"#.to_owned(),
        r#"{"type":"Feature","properties":{"kind":"evidence_point","name":"Crater by the well","evidence_type":"strike","recorded_on":"2024-04-15"},"geometry":{"type":"Point","coordinates":[35.4855,33.2762]}}"#.to_owned(),
        format!(r#"{{"type":"Feature","properties":{{"kind":"survey_point","id":"7e000000-0000-4000-8000-000000000001","belongs_to":"{HAZARD_ID}","point_type":"benchmark","sequence":1}},"geometry":{{"type":"Point","coordinates":[35.4839,33.2749]}}}}"#),
    ];
    std::fs::write(
        &file,
        format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            features.join(",")
        ),
    )
    .unwrap();
    ok(&db, &["import", file.to_str().unwrap()]);
    db
}

/// A layer of a file as GeoJSON, read by GDAL's `ogr2ogr`.
fn gdal_layer(file: &Path, layer: &str, config: &[&str]) -> Value {
    let out = Command::new("ogr2ogr")
        .args(config)
        .args(["-f", "GeoJSON", "/vsistdout/"])
        .arg(file)
        .arg(layer)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The corners of a closed ring (its last point, the first again, left out), rounded to
/// 1e-9° (0.1 mm: the engine's boolean operations leave noise below that), sorted.
fn corners(ring: &[Value]) -> Vec<(i64, i64)> {
    let first = &ring[0];
    assert_eq!(first, ring.last().unwrap(), "the route is not closed");
    let mut c: Vec<(i64, i64)> = ring[..ring.len() - 1]
        .iter()
        .map(|p| {
            (
                (p[0].as_f64().unwrap() * 1e9).round() as i64,
                (p[1].as_f64().unwrap() * 1e9).round() as i64,
            )
        })
        .collect();
    c.sort();
    c
}

fn rect_corners(x0: f64, y0: f64, x1: f64, y1: f64) -> Vec<(i64, i64)> {
    let r = |v: f64| (v * 1e9).round() as i64;
    let mut c = vec![
        (r(x0), r(y0)),
        (r(x1), r(y0)),
        (r(x1), r(y1)),
        (r(x0), r(y1)),
    ];
    c.sort();
    c
}

/// `export FILE.gpx`, read by GDAL's GPX driver: the three point records are waypoints
/// where they were recorded, named and described for a team; each hazard area's land still
/// contaminated is routes: Terrace only its uncleared west part, Orchard its outline and the
/// hole's ring as "(1/2)" and "(2/2)", Gone none. Those corners are the hand-computed
/// difference of the rectangles.
#[test]
fn gpx_export_has_the_points_as_waypoints_and_the_remaining_land_as_routes() {
    if !tool("ogr2ogr", &["--version"], "gdal-bin") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = programme(dir.path());
    let gpx = dir.path().join("team.gpx");
    let said = ok(
        &db,
        &["export", gpx.to_str().unwrap(), "--as-of", "2024-06-01"],
    );
    assert!(said.contains("as 3 route(s)"), "{said}");
    let w = gdal_layer(&gpx, "waypoints", &[]);
    let mut points: Vec<(f64, f64, String, String, String)> = w["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let c = &f["geometry"]["coordinates"];
            let p = &f["properties"];
            (
                c[0].as_f64().unwrap(),
                c[1].as_f64().unwrap(),
                p["name"].as_str().unwrap().to_owned(),
                p["desc"].as_str().unwrap().to_owned(),
                p["time"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    points.sort_by(|a, b| a.0.total_cmp(&b.0));
    assert_eq!(
        points,
        [
            (
                35.4839,
                33.2749,
                "benchmark 7e000000".to_owned(),
                "survey point: benchmark no. 1".to_owned(),
                String::new()
            ),
            (
                35.4851,
                33.2761,
                "M77 6f9619ff".to_owned(),
                "find: 2 x M77, condition damaged".to_owned(),
                "2024-04-17T00:00:00Z".to_owned()
            ),
            (
                35.4855,
                33.2762,
                "Crater by the well".to_owned(),
                "evidence: strike".to_owned(),
                "2024-04-15T00:00:00Z".to_owned()
            ),
        ]
    );
    let r = gdal_layer(&gpx, "routes", &[]);
    let routes: Vec<(String, Vec<(i64, i64)>)> = r["features"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["properties"]["name"].as_str().unwrap().to_owned(),
                corners(f["geometry"]["coordinates"].as_array().unwrap()),
            )
        })
        .collect();
    assert_eq!(
        routes,
        [
            (
                "Orchard (1/2)".to_owned(),
                rect_corners(35.490, 33.280, 35.494, 33.284)
            ),
            (
                "Orchard (2/2)".to_owned(),
                rect_corners(35.491, 33.281, 35.492, 33.282)
            ),
            (
                "Terrace".to_owned(),
                rect_corners(35.484, 33.275, 35.486, 33.278)
            ),
        ]
    );
    // Before the releases, the whole outlines remain.
    let before = dir.path().join("before.gpx");
    ok(
        &db,
        &[
            "export",
            before.to_str().unwrap(),
            "--as-of",
            "2024-04-30",
            "--kind",
            "hazard",
        ],
    );
    let r = gdal_layer(&before, "routes", &[]);
    assert_eq!(r["features"].as_array().unwrap().len(), 3);
    let w = gdal_layer(&before, "waypoints", &[]);
    assert!(w["features"].as_array().unwrap().is_empty());
}

/// A ring of more than 250 points is written whole, with a warning naming the route: many
/// Garmin units take no more. `--format gpx` writes GPX whatever the file's name.
#[test]
fn a_route_too_long_for_a_garmin_is_written_whole_with_a_warning() {
    if !tool("ogr2ogr", &["--version"], "gdal-bin") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    // 300 points on a circle of 0.01° around (35.5, 33.3), then the first again.
    let mut ring: Vec<String> = (0..300)
        .map(|i| {
            let a = i as f64 * std::f64::consts::TAU / 300.0;
            format!("[{},{}]", 35.5 + 0.01 * a.cos(), 33.3 + 0.01 * a.sin())
        })
        .collect();
    ring.push(ring[0].clone());
    let file = dir.path().join("round.geojson");
    std::fs::write(
        &file,
        format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"kind":"hazard_area","name":"Round field","classification":"SHA","contamination":"cmr","surveyed_on":"2024-03-01"}},"geometry":{{"type":"Polygon","coordinates":[[{}]]}}}}]}}"#,
            ring.join(",")
        ),
    )
    .unwrap();
    ok(&db, &["import", file.to_str().unwrap()]);
    let gpx = dir.path().join("team.out");
    let out = run(
        &db,
        &[
            "export",
            gpx.to_str().unwrap(),
            "--format",
            "gpx",
            "--as-of",
            "2024-06-01",
        ],
    );
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("route \"Round field\" has 301 points; many Garmin units take at most 250"),
        "{err}"
    );
    let r = gdal_layer(&gpx, "routes", &[]);
    assert_eq!(
        r["features"][0]["geometry"]["coordinates"]
            .as_array()
            .unwrap()
            .len(),
        301
    );
}

/// `export FILE.kml`, read by GDAL's LIBKML driver with styles resolved: a folder (layer)
/// per kind; CHA red #FF0000 and SHA amber #F4A718 outlines opaque and fills at 50 %
/// (alpha 7F), releases green; each placemark's fields in its ExtendedData; the
/// coordinates as stored.
#[test]
fn kml_export_has_gichd_styles_folders_and_the_fields() {
    if !tool("ogr2ogr", &["--version"], "gdal-bin") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = programme(dir.path());
    let kml = dir.path().join("managers.kml");
    let said = ok(&db, &["export", kml.to_str().unwrap()]);
    assert!(
        said.contains("exported 3 hazard areas, 3 land releases, 1 ordnance find, 1 survey point, 1 evidence point"),
        "{said}"
    );
    let info = Command::new("ogrinfo")
        .args(["-ro", "-q"])
        .arg(&kml)
        .output()
        .unwrap();
    let layers = String::from_utf8_lossy(&info.stdout);
    for folder in [
        "Hazard areas",
        "Land releases",
        "Ordnance finds",
        "Evidence points",
        "Survey points",
    ] {
        assert!(layers.contains(folder), "{layers}");
    }
    let styles = styles_by_name(&kml);
    assert_eq!(
        styles["Terrace"],
        "PEN(c:#FF0000FF,w:2.000000px);BRUSH(fc:#FF00007F)"
    );
    assert_eq!(
        styles["Orchard"],
        "PEN(c:#F4A718FF,w:2.000000px);BRUSH(fc:#F4A7187F)"
    );
    let h = gdal_layer(&kml, "Hazard areas", &[]);
    let by_name = |name: &str| -> Value {
        h["features"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["properties"]["Name"] == name)
            .unwrap()
            .clone()
    };
    let terrace = by_name("Terrace");
    let p = &terrace["properties"];
    assert_eq!(p["classification"], "CHA");
    assert_eq!(p["id"], HAZARD_ID);
    assert_eq!(p["surveyed_on"], "2024-03-01");
    assert_eq!(
        terrace["geometry"]["coordinates"][0],
        serde_json::json!([
            [35.484, 33.275],
            [35.488, 33.275],
            [35.488, 33.278],
            [35.484, 33.278],
            [35.484, 33.275]
        ])
    );
    let r = gdal_layer(&kml, "Land releases", &[]);
    for f in r["features"].as_array().unwrap() {
        let name = f["properties"]["Name"].as_str().unwrap();
        assert!(name.starts_with("cleared "), "{name}");
        assert_eq!(
            styles[name],
            "PEN(c:#00A000FF,w:2.000000px);BRUSH(fc:#00A0007F)"
        );
    }
    let f = gdal_layer(&kml, "Ordnance finds", &[]);
    let find = &f["features"][0];
    assert_eq!(
        find["geometry"]["coordinates"],
        serde_json::json!([35.4851, 33.2761])
    );
    assert_eq!(find["properties"]["Name"], "M77 6f9619ff");
    assert_eq!(find["properties"]["quantity"], "2");
    assert_eq!(find["properties"]["condition"], "damaged");
}

/// Each placemark's style as GDAL's LIBKML driver resolves it (`ogrinfo`, by name).
fn styles_by_name(kml: &Path) -> std::collections::HashMap<String, String> {
    let out = Command::new("ogrinfo")
        .args(["--config", "LIBKML_RESOLVE_STYLE", "YES", "-ro", "-al"])
        .arg(kml)
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    let mut styles = std::collections::HashMap::new();
    let mut name = String::new();
    for line in text.lines().map(str::trim) {
        if let Some(n) = line.strip_prefix("Name (String) = ") {
            name = n.to_owned();
        } else if let Some(s) = line.strip_prefix("Style = ") {
            styles.insert(name.clone(), s.to_owned());
        }
    }
    styles
}
