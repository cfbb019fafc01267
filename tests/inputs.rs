//! Inputs and outputs (issue #11, part 4): what files from elsewhere look like when they
//! come in (byte-order marks, bare geometries, GDAL's own columns, 17-digit coordinates,
//! number text), what the messages say, exit codes and closed pipes, and reports that a
//! spreadsheet or a Markdown viewer would otherwise misread. Each test is named after what
//! it pins; expected values are written by hand or come from GDAL or the standard library.

mod common;
use common::{ok, run};

use std::path::Path;
use std::process::Command;

use clearfield::exchange::{self, ExportOptions, ImportOptions};
use clearfield::store::Store;

const SQUARE: &str =
    "[[[35.58,33.28],[35.585,33.28],[35.585,33.284],[35.58,33.284],[35.58,33.28]]]";
const POLYGON: &str = r#"{"type":"Polygon","coordinates":[[[35.58,33.28],[35.585,33.28],[35.585,33.284],[35.58,33.284],[35.58,33.28]]]}"#;

fn write(dir: &Path, name: &str, text: impl AsRef<[u8]>) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_str().unwrap().to_owned()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn new_db(dir: &Path, name: &str) -> std::path::PathBuf {
    let db = dir.join(name);
    ok(&db, &["init"]);
    db
}

// ---- GeoJSON coming in ----------------------------------------------------------------

/// Windows tools (Notepad, Excel's "UTF-8" CSV-to-JSON helpers) start files with a UTF-8
/// byte-order mark; RFC 8259 lets a parser ignore it.
#[test]
fn a_utf8_byte_order_mark_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "t.gpkg");
    let text = format!(
        "\u{feff}{{\"type\":\"FeatureCollection\",\"features\":[{{\"type\":\"Feature\",\"geometry\":{POLYGON},\"properties\":{{\"kind\":\"hazard_area\",\"name\":\"BOM\",\"classification\":\"SHA\",\"surveyed_on\":\"2024-01-02\"}}}}]}}"
    );
    assert!(text.as_bytes().starts_with(&[0xEF, 0xBB, 0xBF]));
    let file = write(dir.path(), "bom.geojson", text);
    let report = ok(&db, &["import", &file]);
    assert!(
        report.starts_with("imported 1 hazard areas, 0 land releases, 0 ordnance finds"),
        "{report}"
    );
}

/// A bare Geometry object is valid RFC 7946 GeoJSON: with `--as` (and `--set` for the
/// fields) it is one feature.
#[test]
fn a_bare_geometry_imports_as_one_feature_with_as() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "t.gpkg");
    let file = write(dir.path(), "g.geojson", POLYGON);
    let report = ok(
        &db,
        &[
            "import",
            &file,
            "--as",
            "hazard",
            "--set",
            "name=Bare",
            "--set",
            "classification=SHA",
            "--set",
            "surveyed_on=2024-05-02",
        ],
    );
    assert!(
        report.starts_with("imported 1 hazard areas, 0 land releases, 0 ordnance finds"),
        "{report}"
    );
    let list = ok(&db, &["list", "--kind", "hazard"]);
    assert!(list.contains("SHA \"Bare\"  surveyed 2024-05-02"), "{list}");
}

/// Without `--as`, a bare geometry is refused with what is missing, not as "not GeoJSON".
#[test]
fn a_bare_geometry_without_as_says_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "t.gpkg");
    let file = write(dir.path(), "g.geojson", POLYGON);
    let out = run(&db, &["import", &file]);
    let e = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{e}");
    assert_eq!(
        e,
        format!(
            "clearfield: {file}: 1 problem(s), nothing was imported\n  feature 1: \
             is a bare Polygon geometry with no properties: give its kind with --as \
             hazard|release|find (and its fields with --set FIELD=VALUE)\n"
        )
    );
}

/// A Feature with a stray `"features": []` member is still that one feature: it is
/// imported, never silently nothing.
#[test]
fn a_feature_with_a_stray_features_member_is_imported_not_dropped() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "t.gpkg");
    let file = write(
        dir.path(),
        "f.geojson",
        format!(
            r#"{{"type":"Feature","features":[],"geometry":{POLYGON},"properties":{{"kind":"hazard_area","name":"Stray","classification":"CHA","surveyed_on":"2023-04-02"}}}}"#
        ),
    );
    let report = ok(&db, &["import", &file]);
    assert!(
        report.starts_with("imported 1 hazard areas, 0 land releases, 0 ordnance finds"),
        "{report}"
    );
}

/// serde_json's default float parser is off by one ulp on about one 17-digit number in
/// eleven; every coordinate must come back bit for bit (truth: the standard library's
/// correctly rounded `str::parse`, and the stored blob read by the spec-only decoder).
#[test]
fn seventeen_digit_coordinates_round_trip_bit_exactly() {
    use rand::{Rng, SeedableRng};
    let mut rng = rand_pcg::Pcg64::seed_from_u64(11);
    let digits = |rng: &mut rand_pcg::Pcg64, n: usize| -> String {
        (0..n)
            .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
            .collect()
    };
    // 10,000 finds = 20,000 coordinates, each with 17 significant digits.
    let mut texts = Vec::new();
    let mut features = Vec::new();
    for i in 0..10_000 {
        let lon = format!("35.{}", digits(&mut rng, 15));
        let lat = format!("33.{}", digits(&mut rng, 15));
        features.push(format!(
            r#"{{"type":"Feature","geometry":{{"type":"Point","coordinates":[{lon},{lat}]}},"properties":{{"kind":"ordnance_find","id":"00000000-0000-4000-8000-{i:012}","ordnance_type":"M42","found_on":"2024-01-01"}}}}"#
        ));
        texts.push((lon, lat));
    }
    let file = format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        features.join(",")
    );
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("t.gpkg")).unwrap();
    exchange::import(
        &mut store,
        file.as_bytes(),
        &ImportOptions::default(),
        "t",
        &mut |_| {},
    )
    .unwrap();
    let want: Vec<(u64, u64)> = texts
        .iter()
        .map(|(x, y)| {
            (
                x.parse::<f64>().unwrap().to_bits(),
                y.parse::<f64>().unwrap().to_bits(),
            )
        })
        .collect();
    // Stored: the GeoPackage blobs, in id order (= file order).
    let stored: Vec<(u64, u64)> = {
        let mut stmt = store
            .connection()
            .prepare("SELECT geom FROM ordnance_finds ORDER BY id")
            .unwrap();
        stmt.query_map([], |r| r.get::<_, Vec<u8>>(0))
            .unwrap()
            .map(|b| match common::decode_blob(&b.unwrap()).2 {
                common::Decoded::Point(x, y) => (x.to_bits(), y.to_bits()),
                other => panic!("{other:?}"),
            })
            .collect()
    };
    let bad_stored = want.iter().zip(&stored).filter(|(a, b)| a != b).count();
    assert_eq!(
        (stored.len(), bad_stored),
        (10_000, 0),
        "coordinates stored off by an ulp"
    );
    // Exported: the shortest text that parses back to the same double.
    let mut out = Vec::new();
    exchange::export(&store, &mut out, &ExportOptions::default()).unwrap();
    let text = String::from_utf8(out).unwrap();
    let exported: Vec<(u64, u64)> = text
        .lines()
        .filter_map(|l| l.split("\"coordinates\":[").nth(1))
        .map(|rest| {
            let inner = &rest[..rest.find(']').unwrap()];
            let (x, y) = inner.split_once(',').unwrap();
            (
                x.parse::<f64>().unwrap().to_bits(),
                y.parse::<f64>().unwrap().to_bits(),
            )
        })
        .collect();
    let bad_exported = want.iter().zip(&exported).filter(|(a, b)| a != b).count();
    assert_eq!((exported.len(), bad_exported), (10_000, 0));
}

/// Extra properties keep their order and their numbers' digits (`1.50` stays `1.50`, `-0.0`
/// stays `-0.0`, a 30-digit integer keeps every digit instead of becoming
/// `1.2345678901234568e29`); only an exponent is spelled one way (`1e29` as `1e+29`, `2E-7`
/// as `2e-7`, the same number). So export → import → export is byte-identical for them too.
#[test]
fn extra_properties_keep_their_order_and_number_text() {
    let dir = tempfile::tempdir().unwrap();
    let a = new_db(dir.path(), "a.gpkg");
    let file = write(
        dir.path(),
        "in.geojson",
        format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","geometry":{{"type":"Polygon","coordinates":{SQUARE}}},"properties":{{"zeta":1e29,"kind":"hazard_area","alpha":"x","id":"069b304b-0000-4000-8000-000000000001","mid":1.50,"name":"A","big":123456789012345678901234567890,"classification":"CHA","surveyed_on":"2023-04-02","neg":-0.0,"last":{{"b":2E-7,"a":[1.0]}}}}}}]}}"#
        ),
    );
    ok(&a, &["import", &file]);
    let e1 = dir.path().join("e1.geojson");
    ok(&a, &["export", e1.to_str().unwrap()]);
    let e1_text = std::fs::read_to_string(&e1).unwrap();
    assert!(
        e1_text.contains(
            r#""status":"active","zeta":1e+29,"alpha":"x","mid":1.50,"big":123456789012345678901234567890,"neg":-0.0,"last":{"b":2e-7,"a":[1.0]}}}"#
        ),
        "{e1_text}"
    );
    let b = new_db(dir.path(), "b.gpkg");
    ok(&b, &["import", e1.to_str().unwrap()]);
    let e2 = dir.path().join("e2.geojson");
    ok(&b, &["export", e2.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&e2).unwrap(), e1_text);
}

/// GDAL writes the file's own columns (`created_at`, `modified_at`, `modified_by`) and the
/// `extra` JSON column as a nested object; importing that layer must give back the same
/// records, not records with those as user properties.
#[test]
fn a_gdal_layer_of_the_file_imports_its_own_columns_as_ours() {
    if !common::tool("ogr2ogr", &["--version"], "gdal-bin") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let a = new_db(dir.path(), "a.gpkg");
    let file = write(
        dir.path(),
        "in.geojson",
        format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","geometry":{{"type":"Polygon","coordinates":{SQUARE}}},"properties":{{"kind":"hazard_area","id":"069b304b-0000-4000-8000-000000000001","name":"A","classification":"CHA","surveyed_on":"2023-04-02","region":"Bint Jbeil","kobo":"uuid:1","n":3}}}}]}}"#
        ),
    );
    ok(&a, &["import", &file]);
    let layer = dir.path().join("layer.geojson");
    let out = Command::new("ogr2ogr")
        .args([
            "-f",
            "GeoJSON",
            layer.to_str().unwrap(),
            a.to_str().unwrap(),
        ])
        .arg("hazard_areas")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let gdal = std::fs::read_to_string(&layer).unwrap();
    assert!(gdal.contains("\"created_at\""), "{gdal}");
    assert!(gdal.contains("\"extra\": { \"kobo\""), "{gdal}");
    let b = new_db(dir.path(), "b.gpkg");
    ok(&b, &["import", layer.to_str().unwrap(), "--as", "hazard"]);
    let export = |db: &Path, name: &str| {
        let p = dir.path().join(name);
        ok(db, &["export", p.to_str().unwrap()]);
        std::fs::read_to_string(p).unwrap()
    };
    assert_eq!(export(&b, "b.geojson"), export(&a, "a.geojson"));
}
