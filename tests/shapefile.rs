//! Issue #14 §2: shapefiles in and out, and UTM in a GeoJSON's legacy `crs`.
//!
//! The sample files under tests/data/shapefile/ were made by GDAL's ogr2ogr from the GeoJSON
//! beside them (`make.sh` there remakes them): the GeoJSON is the truth the imported records
//! are compared with, coordinate by coordinate. What we export is read back by ogrinfo and
//! ogr2ogr (Debian's gdal-bin; on CI their absence is a failure).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use clearfield::model::{Record, RecordKind};
use clearfield::store::Store;
use common::*;
use serde_json::Value;

fn data(name: &str) -> String {
    format!("{}/tests/data/shapefile/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn fresh(dir: &Path) -> PathBuf {
    let db = dir.join("field.gpkg");
    ok(&db, &["init"]);
    db
}

fn records(db: &Path, kind: RecordKind) -> Vec<Record> {
    let (store, _) = Store::open(db).unwrap();
    store.load(kind).unwrap().records
}

fn by_name<'a>(records: &'a [Record], name: &str) -> &'a Record {
    records
        .iter()
        .find(|r| {
            r.fields().get("name").map(String::as_str) == Some(name)
                || r.extra().get("name").and_then(Value::as_str) == Some(name)
        })
        .unwrap_or_else(|| panic!("no record named {name}"))
}

/// The rings of a GeoJSON feature of `file` (the truth), polygon by polygon.
fn truth_rings(file: &str, name: &str) -> Vec<Vec<Vec<[f64; 2]>>> {
    let v: Value = serde_json::from_str(&std::fs::read_to_string(data(file)).unwrap()).unwrap();
    let f = v["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["properties"]["name"] == name)
        .unwrap();
    let ring = |r: &Value| -> Vec<[f64; 2]> {
        r.as_array()
            .unwrap()
            .iter()
            .map(|p| [p[0].as_f64().unwrap(), p[1].as_f64().unwrap()])
            .collect()
    };
    let polygon =
        |p: &Value| -> Vec<Vec<[f64; 2]>> { p.as_array().unwrap().iter().map(ring).collect() };
    match f["geometry"]["type"].as_str().unwrap() {
        "Polygon" => vec![polygon(&f["geometry"]["coordinates"])],
        _ => f["geometry"]["coordinates"]
            .as_array()
            .unwrap()
            .iter()
            .map(polygon)
            .collect(),
    }
}

/// The stored rings of a hazard area, polygon by polygon.
fn stored_rings(r: &Record) -> Vec<Vec<Vec<[f64; 2]>>> {
    let Record::Hazard(h) = r else { panic!() };
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

/// Every polygon, ring and vertex of `got` within `tol` degrees of `want`'s, whatever the
/// order of the polygons, the rings' direction and starting vertex.
fn same_rings(got: &[Vec<Vec<[f64; 2]>>], want: &[Vec<Vec<[f64; 2]>>], tol: f64) {
    assert_eq!(got.len(), want.len(), "polygons: {got:?} vs {want:?}");
    let near = |a: [f64; 2], b: [f64; 2]| (a[0] - b[0]).abs() <= tol && (a[1] - b[1]).abs() <= tol;
    let same_ring = |a: &Vec<[f64; 2]>, b: &Vec<[f64; 2]>| {
        a.len() == b.len() && a.iter().all(|p| b.iter().any(|q| near(*p, *q)))
    };
    for w in want {
        let g = got
            .iter()
            .find(|g| g.len() == w.len() && same_ring(&g[0], &w[0]))
            .unwrap_or_else(|| panic!("no polygon like {w:?} in {got:?}"));
        for hole in &w[1..] {
            assert!(
                g[1..].iter().any(|h| same_ring(h, hole)),
                "hole {hole:?} in {g:?}"
            );
        }
    }
}

/// A WGS84 polygon shapefile: each record a hazard area whose rings are the GeoJSON's
/// exactly (a hole kept in its polygon; the record with two outer rings a MultiPolygon with
/// its hole in the first), DBF dates and numbers read as such, names ogr2ogr cut to 10
/// characters read as the fields, an empty value left out.
#[test]
fn a_wgs84_polygon_shapefile_is_imported_with_its_rings_and_attributes() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let said = ok(&db, &["import", &data("hazards_wgs84.shp")]);
    assert!(said.contains("imported 2 hazard areas"), "{said}");
    assert!(!said.contains("converted"), "{said}");
    let hazards = records(&db, RecordKind::HazardArea);
    let terrace = by_name(&hazards, "Terrace north");
    same_rings(
        &stored_rings(terrace),
        &truth_rings("hazards.geojson", "Terrace north"),
        0.0,
    );
    let f = terrace.fields();
    assert_eq!(f["classification"], "CHA");
    assert_eq!(f["contamination"], "cmr");
    assert_eq!(f["surveyed_on"], "2024-04-15");
    let extra = terrace.extra();
    assert_eq!(extra["priority"], serde_json::json!(3));
    assert_eq!(extra["area_ha"].as_f64(), Some(1.25));
    assert_eq!(extra["village"], "Yohmor");
    let groves = by_name(&hazards, "Olive groves");
    let rings = stored_rings(groves);
    assert_eq!(rings.len(), 2, "two outer rings: a MultiPolygon");
    same_rings(&rings, &truth_rings("hazards.geojson", "Olive groves"), 0.0);
    assert_eq!(groves.fields()["surveyed_on"], "2024-05-02");
    assert!(
        !groves.extra().contains_key("village"),
        "an empty value is left out: {:?}",
        groves.extra()
    );
}

/// The same data projected by ogr2ogr to WGS 84 / UTM zone 36N (EPSG:32636) comes back to
/// the original lon/lat within 1e-7 degrees (1 cm), and the conversion is said.
#[test]
fn a_utm_shapefile_is_converted_back_to_the_original_lon_lat_and_said() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let said = ok(&db, &["import", &data("hazards_utm36n.shp")]);
    assert!(
        said.contains("converted from WGS 84 / UTM zone 36N to WGS84 longitude/latitude"),
        "{said}"
    );
    let hazards = records(&db, RecordKind::HazardArea);
    for name in ["Terrace north", "Olive groves"] {
        same_rings(
            &stored_rings(by_name(&hazards, name)),
            &truth_rings("hazards.geojson", name),
            1e-7,
        );
    }
}

/// A GeoJSON whose legacy crs names EPSG:32636 (ogr2ogr -t_srs EPSG:32636 -lco RFC7946=NO,
/// millimetre precision) is converted and said instead of refused; a crs naming another
/// system (Lambert-93, EPSG:2154) is still refused with its name.
#[test]
fn a_utm_crs_in_geojson_is_converted_and_another_still_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let said = ok(&db, &["import", &data("hazards_utm36n.geojson")]);
    assert!(
        said.contains("converted from WGS 84 / UTM zone 36N"),
        "{said}"
    );
    let hazards = records(&db, RecordKind::HazardArea);
    same_rings(
        &stored_rings(by_name(&hazards, "Terrace north")),
        &truth_rings("hazards.geojson", "Terrace north"),
        1e-7,
    );
    let lambert = dir.path().join("lambert.geojson");
    std::fs::write(
        &lambert,
        r#"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}},
"features":[{"type":"Feature","properties":{"kind":"hazard_area"},"geometry":{"type":"Point","coordinates":[652000,6862000]}}]}"#,
    )
    .unwrap();
    let fresh_db = dir.path().join("other.gpkg");
    ok(&fresh_db, &["init"]);
    let out = run(&fresh_db, &["import", lambert.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("urn:ogc:def:crs:EPSG::2154"), "{err}");
    assert!(records(&fresh_db, RecordKind::HazardArea).is_empty());
}

/// Points written by ogr2ogr in Windows-1256 (its .cpg says CP1256) keep their Arabic text,
/// read from the .shp or from a zip of the parts alike; numbers, dates and the cut
/// `ordnance_t` column are fields; an empty number is left out.
#[test]
fn arabic_text_in_windows_1256_is_read_from_the_files_and_from_a_zip() {
    for file in ["finds_cp1256.shp", "finds_cp1256.zip"] {
        let dir = tempfile::tempdir().unwrap();
        let db = fresh(dir.path());
        let said = ok(&db, &["import", &data(file)]);
        assert!(said.contains("2 ordnance finds"), "{file}: {said}");
        let finds = records(&db, RecordKind::OrdnanceFind);
        let m42 = finds
            .iter()
            .find(|r| r.fields()["ordnance_type"] == "M42")
            .unwrap();
        let Record::Find(f) = m42 else { panic!() };
        assert_eq!((f.location.x(), f.location.y()), (35.4851, 33.2761));
        let fields = m42.fields();
        assert_eq!(fields["team"], "فريق 3");
        assert_eq!(fields["quantity"], "2");
        assert_eq!(fields["depth_cm"], "5");
        assert_eq!(fields["found_on"], "2024-04-17");
        assert_eq!(m42.extra()["place"], "يحمر الشقيف");
        let blu = finds
            .iter()
            .find(|r| r.fields()["ordnance_type"] == "BLU-97")
            .unwrap();
        assert!(!blu.fields().contains_key("depth_cm"), "{:?}", blu.fields());
        assert_eq!(blu.extra()["place"], "Arnoun");
    }
}

/// A shapefile in another projection (ogr2ogr -t_srs EPSG:22770, Syria Lambert on the Deir
/// ez Zor datum) is refused with the name its .prj gives and the ogr2ogr command that
/// reprojects it; nothing is written.
#[test]
fn another_projection_is_refused_with_its_name_and_the_command() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let before = dump(&db);
    let out = run(&db, &["import", &data("hazards_syria_lambert.shp")]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("Deir_ez_Zor_Syria_Lambert"), "{err}");
    assert!(
        err.contains("ogr2ogr -t_srs EPSG:4326 out.shp in.shp"),
        "{err}"
    );
    assert_eq!(dump(&db), before);
}

/// A record the checks refuse (a self-intersecting ring) and one the conversion refuses (a
/// counter-clockwise hole lying in no outer ring, made by reversing a ring of ogr2ogr's
/// output) are named by record number; nothing is written.
#[test]
fn a_bad_record_is_named_by_its_number_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let before = dump(&db);
    let out = run(&db, &["import", &data("bowtie.shp")]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("record 2 \"Bowtie\": geometry"), "{err}");
    assert!(
        err.contains("the boundary crosses itself near lon"),
        "{err}"
    );
    assert!(
        !err.contains("record 1") && !err.contains("feature"),
        "{err}"
    );
    let out = run(&db, &["import", &data("orphan_hole.shp")]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("record 2: ring 2 is a hole (counter-clockwise) inside no outer ring"),
        "{err}"
    );
    assert_eq!(dump(&db), before);
}

/// Copies the parts of sample `stem` with the given extensions into `dir`.
fn copy_parts(stem: &str, exts: &[&str], dir: &Path) -> String {
    for ext in exts {
        std::fs::copy(
            data(&format!("{stem}.{ext}")),
            dir.join(format!("{stem}.{ext}")),
        )
        .unwrap();
    }
    dir.join(format!("{stem}.shp")).to_str().unwrap().to_owned()
}

/// Without a .prj, lon/lat coordinates are read as WGS84 and that is said; UTM metres are
/// refused, saying the .prj is missing. A .cpg naming an encoding that is not known is
/// refused with its name.
#[test]
fn a_missing_prj_or_an_unknown_encoding_is_said() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let wgs = copy_parts("hazards_wgs84", &["shp", "shx", "dbf"], dir.path());
    let said = ok(&db, &["import", &wgs]);
    assert!(said.contains("no .prj"), "{said}");
    assert!(said.contains("read as WGS84"), "{said}");
    assert!(said.contains("imported 2 hazard areas"), "{said}");
    let before = dump(&db);
    let utm = copy_parts("hazards_utm36n", &["shp", "shx", "dbf"], dir.path());
    let out = run(&db, &["import", &utm]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("its .prj is missing"), "{err}");
    let finds = copy_parts("finds_cp1256", &["shp", "shx", "dbf", "prj"], dir.path());
    std::fs::write(dir.path().join("finds_cp1256.cpg"), "KLINGON-8").unwrap();
    let out = run(&db, &["import", &finds]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("\"KLINGON-8\""), "{err}");
    assert_eq!(dump(&db), before);
}

fn gdal(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{cmd} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// What we export is read by GDAL: one shapefile per kind beside the name given, in WGS84
/// (the ESRI .prj) and UTF-8 (the .cpg), the counts, the cut column names, the values
/// (Arabic text, dates, numbers) and the geometry of the files imported.
#[test]
fn the_export_is_read_back_by_gdal() {
    if !tool("ogrinfo", &["--version"], "gdal-bin") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    ok(&db, &["import", &data("hazards_wgs84.shp")]);
    ok(&db, &["import", &data("finds_cp1256.zip")]);
    let base = dir.path().join("sites.shp");
    let said = ok(&db, &["export", base.to_str().unwrap()]);
    assert!(
        said.contains("exported 2 hazard areas, 0 land releases, 2 ordnance finds"),
        "{said}"
    );
    let hazards = dir.path().join("sites_hazard_area.shp");
    let finds = dir.path().join("sites_ordnance_find.shp");
    assert!(
        !dir.path().join("sites_land_release.shp").exists(),
        "no empty layer"
    );
    let info = gdal("ogrinfo", &["-al", "-so", hazards.to_str().unwrap()]);
    assert!(info.contains("Geometry: Polygon"), "{info}");
    assert!(info.contains("Feature Count: 2"), "{info}");
    assert!(info.contains("surveyed_o: Date"), "{info}");
    assert!(info.contains("classifica: String"), "{info}");
    assert!(info.contains("\"EPSG\",4326"), "{info}");
    let info = gdal("ogrinfo", &["-al", "-so", finds.to_str().unwrap()]);
    assert!(info.contains("Geometry: Point"), "{info}");
    assert!(info.contains("Feature Count: 2"), "{info}");
    assert!(info.contains("quantity: Integer"), "{info}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("sites_ordnance_find.cpg")).unwrap(),
        "UTF-8"
    );
    let json = |shp: &Path| -> Value {
        let out = dir.path().join("read.geojson");
        let _ = std::fs::remove_file(&out);
        gdal(
            "ogr2ogr",
            &[
                "-f",
                "GeoJSON",
                out.to_str().unwrap(),
                shp.to_str().unwrap(),
            ],
        );
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap()
    };
    let h = json(&hazards);
    let terrace = h["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["properties"]["name"] == "Terrace north")
        .unwrap();
    assert_eq!(terrace["properties"]["classifica"], "CHA");
    assert_eq!(terrace["properties"]["surveyed_o"], "2024-04-15");
    assert_eq!(terrace["properties"]["priority"], 3);
    assert_eq!(terrace["properties"]["area_ha"], 1.25);
    let rings: Vec<Vec<[f64; 2]>> = terrace["geometry"]["coordinates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r.as_array()
                .unwrap()
                .iter()
                .map(|p| [p[0].as_f64().unwrap(), p[1].as_f64().unwrap()])
                .collect()
        })
        .collect();
    same_rings(
        &[rings],
        &truth_rings("hazards.geojson", "Terrace north"),
        0.0,
    );
    let f = json(&finds);
    let m42 = f["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["properties"]["ordnance_t"] == "M42")
        .unwrap();
    assert_eq!(m42["properties"]["team"], "فريق 3");
    assert_eq!(m42["properties"]["place"], "يحمر الشقيف");
    assert_eq!(m42["properties"]["found_on"], "2024-04-17");
    assert_eq!(m42["properties"]["quantity"], 2);
    assert_eq!(
        m42["geometry"]["coordinates"],
        serde_json::json!([35.4851, 33.2761])
    );
}

/// An export a shapefile cannot hold (a text of 300 bytes: a DBF text column holds 254) is
/// refused naming the property, and no file at all is left, not even the layers that could
/// be written; a shapefile to standard output is refused.
#[test]
fn an_export_that_cannot_be_whole_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    ok(&db, &["import", &data("finds_cp1256.zip")]);
    let long = dir.path().join("long.geojson");
    let text = "x".repeat(300);
    std::fs::write(
        &long,
        format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"kind":"hazard_area","name":"Long","classification":"SHA","contamination":"cmr","surveyed_on":"2024-01-01","story":"{text}"}},"geometry":{{"type":"Polygon","coordinates":[[[35.484,33.275],[35.488,33.275],[35.488,33.278],[35.484,33.275]]]}}}}]}}"#
        ),
    )
    .unwrap();
    ok(&db, &["import", long.to_str().unwrap()]);
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let base = out_dir.join("sites.shp");
    let out = run(&db, &["export", base.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{err}");
    assert!(err.contains("hazard_area "), "{err}");
    assert!(err.contains("property story"), "{err}");
    assert!(err.contains("254"), "{err}");
    assert_eq!(
        std::fs::read_dir(&out_dir).unwrap().count(),
        0,
        "nothing is left"
    );
    let out = run(&db, &["export", "-", "--format", "shp"]);
    assert!(!out.status.success());
}
