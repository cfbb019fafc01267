//! Inputs and outputs (issue #11, part 4): what files from elsewhere look like when they
//! come in (byte-order marks, bare geometries, GDAL's own columns, 17-digit coordinates,
//! number text), what the messages say, exit codes and closed pipes, and reports that a
//! spreadsheet or a Markdown viewer would otherwise misread. Each test is named after what
//! it pins; expected values are written by hand or come from GDAL or the standard library.

mod common;
use common::{ok, run};

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

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
        report.starts_with("imported 1 hazard area, 0 land releases, 0 ordnance finds"),
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
        report.starts_with("imported 1 hazard area, 0 land releases, 0 ordnance finds"),
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
        report.starts_with("imported 1 hazard area, 0 land releases, 0 ordnance finds"),
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

// ---- Messages -------------------------------------------------------------------------

fn feature(geometry: &str, properties: &str) -> String {
    format!(r#"{{"type":"Feature","geometry":{geometry},"properties":{properties}}}"#)
}

fn collection(features: &[String]) -> String {
    format!(
        r#"{{"type":"FeatureCollection","features":[{}]}}"#,
        features.join(",")
    )
}

/// Imports `text` into a fresh file, expecting a refusal; (exit status, standard error).
fn refused(text: &str, args: &[&str]) -> (Option<i32>, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "t.gpkg");
    let file = write(dir.path(), "in.geojson", text);
    let before = common::dump(&db);
    let mut all = vec!["import", file.as_str()];
    all.extend_from_slice(args);
    let out = run(&db, &all);
    assert_eq!(
        common::dump(&db),
        before,
        "a refused import changed the file"
    );
    // Progress lines ("import: 10% read") come first for big files.
    let e: String = stderr(&out)
        .replace(&file, "in.geojson")
        .lines()
        .filter(|l| !l.starts_with("import: "))
        .map(|l| format!("{l}\n"))
        .collect();
    (out.status.code(), e)
}

const FIND: &str = r#"{"kind":"ordnance_find","ordnance_type":"M42","found_on":"2024-01-01"}"#;
const HAZARD: &str =
    r#"{"kind":"hazard_area","name":"A","classification":"CHA","surveyed_on":"2023-04-02"}"#;

/// A coordinate written as text ("33.2") is text, whatever follows it; it used to be
/// called an altitude.
#[test]
fn a_text_coordinate_is_called_text_not_an_altitude() {
    let (code, e) = refused(
        &collection(&[
            feature(r#"{"type":"Point","coordinates":[35.5,"33.2",410]}"#, FIND),
            feature(
                r#"{"type":"Polygon","coordinates":[[[35.58,33.28],["35.585",33.28],[35.585,33.284],[35.58,33.284],[35.58,33.28]]]}"#,
                HAZARD,
            ),
        ]),
        &[],
    );
    assert_eq!(code, Some(1));
    assert_eq!(
        e,
        "clearfield: in.geojson: 2 problem(s), nothing was imported\n\
         \x20 feature 1: geometry point: latitude \"33.2\" is text, not a number (write it without quotes)\n\
         \x20 feature 2 \"A\": geometry exterior ring: position 1: longitude \"35.585\" is text, not a number (write it without quotes)\n"
    );
}

/// A file in UTM (projected metres) gets one clause per ring saying so, not one per
/// vertex.
#[test]
fn projected_coordinates_get_one_clause_per_ring_not_per_vertex() {
    let (code, e) = refused(
        &collection(&[feature(
            r#"{"type":"Polygon","coordinates":[[[740281,3685298],[740381,3685298],[740381,3685398],[740281,3685398],[740281,3685298]],[[740300,3685300],[740300,3685310],[740310,3685310],[740300,3685300]]]}"#,
            HAZARD,
        )]),
        &[],
    );
    assert_eq!(code, Some(1));
    let clause = "coordinates look like projected metres (e.g. UTM), not WGS84 lon/lat degrees: \
                  reproject first (ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson)";
    assert_eq!(
        e,
        format!(
            "clearfield: in.geojson: 1 problem(s), nothing was imported\n  feature 1 \"A\": \
             geometry: exterior ring: {clause}; geometry: interior ring 1: {clause}\n"
        )
    );
}

/// An unclosed ring used to be the only thing said about its feature; the other ring and
/// the fields are checked too.
#[test]
fn an_unclosed_ring_does_not_hide_the_other_problems() {
    let (code, e) = refused(
        &collection(&[feature(
            r#"{"type":"Polygon","coordinates":[[[35.58,33.28],[35.585,33.28],[35.585,33.284],[35.58,33.284]],[[35.581,33.281],[35.581,33.282],[35.582,33.282]]]}"#,
            r#"{"kind":"hazard_area","name":"A","classification":"XX","surveyed_on":"2023-02-30"}"#,
        )]),
        &[],
    );
    assert_eq!(code, Some(1));
    assert_eq!(
        e,
        "clearfield: in.geojson: 1 problem(s), nothing was imported\n  feature 1 \"A\": \
         geometry exterior ring is not closed: its last position must repeat its first; \
         interior ring 1 has 3 positions; a closed ring needs at least 4; \
         classification \"XX\": must be one of SHA|CHA; \
         surveyed_on \"2023-02-30\": is not a calendar date (no such day)\n"
    );
}

/// 1,500 bad features give the first 20 and the count; `--all-problems` gives them all.
#[test]
fn many_problems_show_the_first_twenty_and_how_many_more() {
    let bad: Vec<String> = (0..1500)
        .map(|_| {
            feature(
                r#"{"type":"Point","coordinates":[35.5,33.2]}"#,
                r#"{"kind":"ordnance_find","found_on":"2024-01-01"}"#,
            )
        })
        .collect();
    let text = collection(&bad);
    let (code, e) = refused(&text, &[]);
    assert_eq!(code, Some(1));
    let lines: Vec<&str> = e.lines().collect();
    assert_eq!(lines.len(), 22, "{e}");
    assert_eq!(
        lines[0],
        "clearfield: in.geojson: 1500 problem(s), nothing was imported"
    );
    assert_eq!(lines[1], "  feature 1: ordnance_type: is required");
    assert_eq!(lines[20], "  feature 20: ordnance_type: is required");
    assert_eq!(
        lines[21],
        "  … and 1480 more (--all-problems lists them all)"
    );
    let (code, e) = refused(&text, &["--all-problems"]);
    assert_eq!(code, Some(1));
    let lines: Vec<&str> = e.lines().collect();
    assert_eq!(lines.len(), 1501);
    assert_eq!(lines[1500], "  feature 1500: ordnance_type: is required");
}

/// A 5 MB bad value gives a one-line message of readable length.
#[test]
fn a_huge_bad_value_is_cut_in_the_message() {
    let huge = "9".repeat(5_000_000);
    let (code, e) = refused(
        &collection(&[feature(
            r#"{"type":"Point","coordinates":[35.5,33.2]}"#,
            &format!(r#"{{"kind":"ordnance_find","ordnance_type":"M42","found_on":"{huge}"}}"#),
        )]),
        &[],
    );
    assert_eq!(code, Some(1));
    assert_eq!(
        e,
        format!(
            "clearfield: in.geojson: 1 problem(s), nothing was imported\n  feature 1: found_on \"{}…\": is not a date written YYYY-MM-DD\n",
            "9".repeat(80)
        )
    );
    // A command-line argument is at most 128 KiB on Linux.
    let long = &huge[..100_000];
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "t.gpkg");
    let out = run(
        &db,
        &[
            "add",
            "find",
            "--at",
            "35.5,33.2",
            "--ordnance-type",
            "M42",
            "--found-on",
            long,
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "clearfield: ordnance find not added: found_on \"{}…\": is not a date written YYYY-MM-DD\n",
            "9".repeat(80)
        )
    );
    // A position typed as degrees: the value is cut, the reason after it stays whole.
    let dms = "N".repeat(100_000);
    let out = run(
        &db,
        &[
            "add",
            "find",
            "--at",
            &dms,
            "--ordnance-type",
            "M42",
            "--found-on",
            "2024-01-01",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        stderr(&out),
        format!(
            "clearfield: geometry \"{}…\": write degrees, minutes and seconds before each N/S/E/W\n",
            "N".repeat(80)
        )
    );
    let out = run(&db, &["show", long]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "clearfield: \"{}…\" is not a record id (a UUID like 3f2b1c4e-…): invalid length: found 100000\n",
            "9".repeat(80)
        )
    );
}

// ---- Exit codes and pipes -------------------------------------------------------------

/// 0 done, 1 problems found, 2 could not run.
#[test]
fn exit_codes_are_0_done_1_problems_found_2_could_not_run() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "t.gpkg");
    let good = write(
        dir.path(),
        "good.geojson",
        collection(&[feature(POLYGON, HAZARD)]),
    );
    let bad = write(
        dir.path(),
        "bad.geojson",
        collection(&[feature(
            r#"{"type":"Point","coordinates":[35.5,33.2]}"#,
            HAZARD,
        )]),
    );
    let not_json = write(dir.path(), "notes.geojson", "hazard areas, 2024\n");
    let missing = dir.path().join("missing.gpkg");
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "not a database\n").unwrap();
    let code = |db: &Path, args: &[&str]| run(db, args).status.code();
    // 0: done.
    assert_eq!(code(&db, &["import", &good]), Some(0));
    assert_eq!(code(&db, &["list"]), Some(0));
    // 1: the command ran and found problems in its input or the file.
    assert_eq!(code(&db, &["import", &bad]), Some(1));
    assert_eq!(
        code(
            &db,
            &[
                "add",
                "hazard",
                "--name",
                "x",
                "--classification",
                "Q",
                "--surveyed-on",
                "2024-01-01",
                "--geometry",
                "POLYGON((35.58 33.28, 35.585 33.28, 35.585 33.284, 35.58 33.284, 35.58 33.28))"
            ]
        ),
        Some(1)
    );
    assert_eq!(
        code(
            &db,
            &[
                "add",
                "find",
                "--at",
                "35.5,33.2,",
                "--ordnance-type",
                "M42",
                "--found-on",
                "2024-01-01"
            ]
        ),
        Some(1)
    );
    // 2: could not run.
    assert_eq!(code(&db, &["import", &not_json]), Some(2));
    assert_eq!(code(&db, &["import", "no-such-file.geojson"]), Some(2));
    assert_eq!(code(&missing, &["list"]), Some(2));
    assert_eq!(code(&notes, &["list"]), Some(2));
    assert_eq!(code(&db, &["list", "--bogus"]), Some(2));
    assert_eq!(code(&db, &["status", "--as-of", "2024-13-01"]), Some(2));
    assert_eq!(
        code(&db, &["show", "00000000-0000-4000-8000-000000000009"]),
        Some(2)
    );
}

/// `clearfield list | head -1`: the reader goes away; the command ends quietly (no
/// "Broken pipe" message) with status 0.
#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("big.gpkg");
    let out = Command::new(env!("CARGO_BIN_EXE_clearfield"))
        .args([
            "generate",
            db.to_str().unwrap(),
            "--hazards",
            "50",
            "--releases",
            "200",
            "--finds",
            "3000",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    for args in [&["list"][..], &["export", "-"]] {
        // More than a pipe's buffer (64 KiB), so the writer is still writing when the
        // reader leaves.
        let mut child = Command::new(env!("CARGO_BIN_EXE_clearfield"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut first)
            .unwrap();
        assert!(!first.is_empty());
        let out = child.wait_with_output().unwrap();
        assert_eq!(stderr(&out), "", "{args:?}");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
    }
}

// ---- Reports and the terminal ---------------------------------------------------------

/// A programme whose team names and ordnance types are what an attacker (or a careless
/// spreadsheet user) would type: formulas, Markdown table bars, HTML, a bare CR.
fn hostile_programme(dir: &Path) -> std::path::PathBuf {
    let db = new_db(dir, "p.gpkg");
    ok(&db, &["settings", "--name", "<b>Prog</b> | x"]);
    let hazard = ok(
        &db,
        &[
            "add",
            "hazard",
            "--name",
            "H",
            "--classification",
            "CHA",
            "--surveyed-on",
            "2021-01-01",
            "--geometry",
            "POLYGON((35.58 33.28, 35.585 33.28, 35.585 33.284, 35.58 33.284, 35.58 33.28))",
        ],
    );
    assert!(hazard.starts_with("added hazard area"), "{hazard}");
    // New contamination in the period, no releases: the net rate is negative.
    ok(
        &db,
        &[
            "add",
            "hazard",
            "--name",
            "H2",
            "--classification",
            "SHA",
            "--surveyed-on",
            "2022-06-01",
            "--geometry",
            "POLYGON((35.6 33.28, 35.605 33.28, 35.605 33.284, 35.6 33.284, 35.6 33.28))",
        ],
    );
    for (team, on) in [
        ("=HYPERLINK(\"http://evil\",\"x\")", "2022-02-01"),
        ("-2+3", "2022-03-01"),
        ("a\rb", "2022-04-01"),
        ("A | <i>B</i>", "2022-05-01"),
    ] {
        ok(
            &db,
            &[
                "add",
                "find",
                "--at",
                "35.581,33.281",
                "--ordnance-type",
                "@SUM(1+1)",
                "--category",
                "other",
                "--found-on",
                on,
                "--team",
                team,
                "--disposal",
                "pending",
            ],
        );
    }
    db
}

/// CSV cells that start with `=`, `+`, `-`, `@` (or a tab or CR) are neutralised with a
/// leading `'`; plain negative numbers in the value column are left alone; a bare CR is
/// quoted. (Expected rows written by hand, RFC 4180 and OWASP's rule.)
#[test]
fn csv_report_cells_cannot_run_as_formulas_and_a_bare_cr_is_quoted() {
    let dir = tempfile::tempdir().unwrap();
    let db = hostile_programme(dir.path());
    let csv = ok(
        &db,
        &[
            "report",
            "--from",
            "2022-01-01",
            "--to",
            "2022-12-31",
            "--format",
            "csv",
        ],
    );
    for line in [
        // The item holds a comma, so it is quoted too.
        "finds,\"'@SUM(1+1) (other), pending\",4,finds",
        "teams,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",1,finds",
        "teams,'-2+3,1,items",
        "teams,\"a\rb\",1,finds",
        "teams,A | <i>B</i>,1,finds",
    ] {
        assert!(csv.contains(&format!("{line}\n")), "no {line:?} in\n{csv}");
    }
    // A negative figure in the value column stays a number (the net rate is negative
    // when contamination grows faster than land is released: here, no releases at all).
    let rates: Vec<&str> = csv
        .lines()
        .filter(|l| l.starts_with("estimate,net rate,"))
        .collect();
    assert_eq!(rates.len(), 1, "{csv}");
    let rate = rates[0]
        .strip_prefix("estimate,net rate,-")
        .and_then(|r| r.strip_suffix(",m2 per day"))
        .unwrap_or_else(|| panic!("not a plain negative number: {}", rates[0]));
    assert!(rate.parse::<f64>().is_ok_and(|r| r > 0.0), "{}", rates[0]);
}

/// Markdown table cells escape `|` (which would split the cell) and HTML (which a viewer
/// would render); a line break cannot end the table.
#[test]
fn markdown_report_escapes_bars_html_and_line_breaks() {
    let dir = tempfile::tempdir().unwrap();
    let db = hostile_programme(dir.path());
    let md = ok(
        &db,
        &[
            "report",
            "--from",
            "2022-01-01",
            "--to",
            "2022-12-31",
            "--format",
            "md",
        ],
    );
    assert!(
        md.starts_with(
            "# &lt;b&gt;Prog&lt;/b&gt; \\| x: progress report 2022-01-01 to 2022-12-31\n"
        ),
        "{md}"
    );
    for line in [
        "| @SUM(1+1) | other | pending | 4 | 4 |",
        "| A \\| &lt;i&gt;B&lt;/i&gt; | 0 | 0 | 1 | 1 |",
        "| a b | 0 | 0 | 1 | 1 |",
        "| =HYPERLINK(\"http://evil\",\"x\") | 0 | 0 | 1 | 1 |",
    ] {
        assert!(md.contains(&format!("{line}\n")), "no {line:?} in\n{md}");
    }
    assert!(!md.contains('\r'));
    // Every row of the teams table has its 5 cells: 6 unescaped bars.
    let teams: Vec<&str> = md
        .split("## Teams")
        .nth(1)
        .unwrap()
        .split("\n\n")
        .nth(1)
        .unwrap()
        .lines()
        .filter(|l| l.starts_with('|'))
        .collect();
    assert_eq!(teams.len(), 6, "{md}");
    for row in teams {
        let bars = row.replace("\\|", "").matches('|').count();
        assert_eq!(bars, 6, "{row}");
    }
}

/// `show` and `add` print stored text with its control characters escaped, as `list`
/// does, so a name cannot clear the screen or fake a line.
#[test]
fn show_and_add_escape_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "t.gpkg");
    let added = ok(
        &db,
        &[
            "add",
            "release",
            "--method",
            "cleared",
            "--completed-on",
            "2024-01-01",
            "--team",
            "T\u{1b}[2J\nfake line",
            "--note",
            "n\u{9b}31m\u{202e}x",
            "--geometry",
            "POLYGON((35.58 33.28, 35.585 33.28, 35.585 33.284, 35.58 33.284, 35.58 33.28))",
        ],
    );
    assert_eq!(added.lines().count(), 1, "{added:?}");
    assert!(added.contains("team T\\u{1b}[2J\\nfake line"), "{added:?}");
    let id = added.split_whitespace().nth(3).unwrap();
    let shown = ok(&db, &["show", id]);
    assert!(
        shown.contains("  team            T\\u{1b}[2J\\nfake line\n"),
        "{shown:?}"
    );
    assert!(
        shown.contains("  note            n\\u{9b}31m\\u{202e}x\n"),
        "{shown:?}"
    );
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{9b}'),
        "{shown:?}"
    );
    let listed = ok(&db, &["list"]);
    assert!(
        listed.contains("team T\\u{1b}[2J\\nfake line\n"),
        "{listed:?}"
    );
}

// ---- Fuzz ------------------------------------------------------------------------------
//
// The readers of outside text must never panic: whatever the bytes, they answer with a
// value or a reason. Deterministic (fixed seed, no persistence file), a few seconds in the
// normal `cargo test` run; a case that panicked is kept below as a named regression test.

mod fuzz {
    use super::*;
    use proptest::prelude::*;
    use proptest::test_runner::{Config, RngAlgorithm, TestCaseError, TestRng, TestRunner};

    /// A runner with a fixed seed. `FUZZ_SCALE=N` runs N times the cases and `FUZZ_SEED=S`
    /// another seed, for a longer hunt by hand; the normal run uses neither.
    fn runner(cases: u32) -> TestRunner {
        let scale: u32 = std::env::var("FUZZ_SCALE")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(1);
        let rng = match std::env::var("FUZZ_SEED")
            .ok()
            .and_then(|s| s.parse::<u64>().ok())
        {
            Some(seed) => {
                let mut bytes = [0u8; 32];
                bytes[..8].copy_from_slice(&seed.to_le_bytes());
                TestRng::from_seed(RngAlgorithm::ChaCha, &bytes)
            }
            None => TestRng::deterministic_rng(RngAlgorithm::ChaCha),
        };
        TestRunner::new_with_rng(
            Config {
                cases: cases.saturating_mul(scale),
                failure_persistence: None,
                ..Config::default()
            },
            rng,
        )
    }

    /// Valid files to mutate: an export of every kind with every field, a lone Feature, a
    /// bare geometry, a MultiPolygon with a hole, a legacy crs.
    fn seeds() -> Vec<Vec<u8>> {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(&dir.path().join("s.gpkg")).unwrap();
        store.insert(&common::full_set(), "fuzz").unwrap();
        let mut export = Vec::new();
        exchange::export(&store, &mut export, &ExportOptions::default()).unwrap();
        vec![
            export,
            feature(POLYGON, HAZARD).into_bytes(),
            POLYGON.as_bytes().to_vec(),
            b"\xef\xbb\xbf{\"type\":\"Point\",\"coordinates\":[35.5,33.2]}".to_vec(),
            collection(&[
                feature(r#"{"type":"Point","coordinates":[35.5,33.2]}"#, FIND),
                feature(
                    r#"{"type":"MultiPolygon","coordinates":[[[[35.58,33.28],[35.585,33.28],[35.585,33.284],[35.58,33.284],[35.58,33.28]],[[35.581,33.281],[35.581,33.282],[35.582,33.282],[35.581,33.281]]],[[[35.59,33.28],[35.595,33.28],[35.595,33.284],[35.59,33.28]]]]}"#,
                    HAZARD,
                ),
            ])
            .into_bytes(),
            br#"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:32636"}},"features":[{"type":"Feature","id":7,"geometry":{"type":"Point","coordinates":[740281,3685298]},"properties":{"kind":"ordnance_find","ordnance_type":"M42","found_on":"2024-01-01","extra":"{}","created_at":1,"modified_at":null,"modified_by":[]}}]}"#.to_vec(),
        ]
    }

    /// Pieces that make JSON and GeoJSON readers take unusual paths.
    const TOKENS: &[&str] = &[
        "1e400",
        "-1e400",
        "1e-400",
        "-0",
        "99999999999999999999999",
        "NaN",
        "null",
        "true",
        "\"\"",
        "[]",
        "{}",
        "[[",
        "]]",
        ",",
        ":",
        "\"",
        "\\",
        "\\u0000",
        "\\ud800",
        "\u{feff}",
        "\u{1b}",
        "0.12345678901234567890123",
        "\"Feature\"",
        "\"features\"",
        "\"type\"",
        "\"coordinates\"",
        "\"geometry\"",
        "\"properties\"",
        "\"Polygon\"",
        "\"MultiPolygon\"",
        "\"Point\"",
        "\"GeometryCollection\"",
        "\"kind\"",
        "\"hazard_area\"",
        "\"id\"",
        "\"extra\"",
        "\"crs\"",
        "[35.5,33.2,1]",
        "[\"35\",33]",
        "[[[0,0],[1,0],[0,0]]]",
    ];

    /// A mutation of `seed`: bytes flipped, removed, duplicated, or tokens inserted.
    fn mutated() -> impl Strategy<Value = Vec<u8>> {
        let seeds = seeds();
        (
            0..seeds.len(),
            prop::collection::vec((0u8..4, any::<u32>(), any::<u32>(), any::<u8>()), 1..8),
        )
            .prop_map(move |(i, ops)| {
                let mut b = seeds[i].clone();
                for (op, at, len, byte) in ops {
                    let at = at as usize % (b.len() + 1);
                    match op {
                        0 if at < b.len() => b[at] = byte,
                        1 => {
                            let end = (at + len as usize % 16).min(b.len());
                            b.drain(at..end);
                        }
                        2 => {
                            let end = (at + len as usize % 64).min(b.len());
                            let piece = b[at..end].to_vec();
                            b.splice(at..at, piece);
                        }
                        _ => {
                            let t = TOKENS[len as usize % TOKENS.len()].as_bytes();
                            b.splice(at..at, t.iter().copied());
                        }
                    }
                }
                b
            })
    }

    /// Everything the reader does with a file short of the database: stream the features
    /// and read each geometry.
    fn read(bytes: &[u8]) {
        let _ = clearfield::io::geojson::read_features(bytes, |_, v, _| {
            if let Some(g) = v.get("geometry") {
                let _ = clearfield::io::geojson::geometry(g);
            }
            let _ = clearfield::io::geojson::geometry(&v);
            Ok::<(), ()>(())
        });
    }

    #[test]
    fn the_geojson_reader_never_panics_on_arbitrary_bytes() {
        runner(3000)
            .run(&prop::collection::vec(any::<u8>(), 0..512), |bytes| {
                read(&bytes);
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn the_geojson_reader_never_panics_on_mutated_files() {
        runner(3000)
            .run(&mutated(), |bytes| {
                read(&bytes);
                Ok(())
            })
            .unwrap();
    }

    /// The whole import (reading thread, checks, the store's transaction) on mutated
    /// files, into one database: it answers with a summary or a reason, never a panic.
    #[test]
    fn the_import_never_panics_on_mutated_files() {
        let dir = tempfile::tempdir().unwrap();
        let store = std::cell::RefCell::new(Store::create(&dir.path().join("t.gpkg")).unwrap());
        let options = [
            ImportOptions::default(),
            ImportOptions {
                skip_invalid: true,
                default_kind: Some(clearfield::model::RecordKind::HazardArea),
                set: common::fields(&[("classification", "SHA"), ("surveyed_on", "2024-01-01")]),
                map: Vec::new(),
                repair: None,
                unit: Default::default(),
                update: false,
            },
        ];
        runner(1500)
            .run(&(mutated(), 0..2usize), |(bytes, o)| {
                let result = exchange::import(
                    &mut store.borrow_mut(),
                    bytes.as_slice(),
                    &options[o],
                    "fuzz",
                    &mut |_| {},
                );
                if let Err(exchange::ImportError::Store(e)) = result {
                    return Err(TestCaseError::fail(format!("database error: {e}")));
                }
                Ok(())
            })
            .unwrap();
    }

    /// WKT and the other position spellings (`lon,lat`, UTM, MGRS, DMS) typed by a user.
    #[test]
    fn the_wkt_reader_never_panics() {
        let valid = prop::sample::select(vec![
            "POLYGON((35.58 33.28, 35.585 33.28, 35.585 33.284, 35.58 33.284, 35.58 33.28))",
            "MULTIPOLYGON(((0 0,1 0,1 1,0 0),(0.1 0.1,0.2 0.1,0.2 0.2,0.1 0.1)),((2 2,3 2,3 3,2 2)))",
            "POINT (35.5 33.2)",
            "POINT Z (35 33 100)",
            "GEOMETRYCOLLECTION(POINT(1 2),POLYGON EMPTY)",
            "35.5,33.2",
            "36S 740281 3685298",
            "36SYB4028185298",
            "33°16'48\"N 35°34'48\"E",
        ]);
        let mutated_wkt = (
            valid,
            prop::collection::vec((any::<u16>(), any::<char>(), 0u8..3), 0..6),
        )
            .prop_map(|(s, ops)| {
                let mut chars: Vec<char> = s.chars().collect();
                for (at, c, op) in ops {
                    let at = at as usize % (chars.len() + 1);
                    match op {
                        0 if at < chars.len() => chars[at] = c,
                        1 if at < chars.len() => {
                            chars.remove(at);
                        }
                        _ => chars.insert(at, c),
                    }
                }
                chars.into_iter().collect::<String>()
            });
        let text = prop_oneof![
            mutated_wkt,
            ".{0,64}",
            "[0-9NSEWCKMPOLYGNZ(),. °'\"-]{0,40}"
        ];
        runner(5000)
            .run(&text, |s| {
                let _ = clearfield::io::wkt::parse(&s);
                Ok(())
            })
            .unwrap();
    }
}

/// An error message quoting a file name (or any text from outside) escapes its control
/// characters too.
#[test]
fn error_messages_escape_control_characters() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x\u{1b}[2Jy.gpkg");
    let out = run(&db, &["list"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "clearfield: {}/x\\u{{1b}}[2Jy.gpkg: no such file; create it with `clearfield init`\n",
            dir.path().display()
        )
    );
}

/// `check` on a file with 25 bad rows lists the first 20 and how many more, and all of
/// them with `--all-problems`; it still exits 1.
#[test]
fn check_shows_the_first_twenty_problems_and_how_many_more() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "t.gpkg");
    let conn = rusqlite::Connection::open(&db).unwrap();
    for _ in 0..25 {
        conn.execute(
            "INSERT INTO ordnance_finds (geom, ordnance_type, category, found_on) VALUES (X'4750', 'M42', 'submunition', '2024-01-01')",
            [],
        )
        .unwrap();
    }
    drop(conn);
    let out = run(&db, &["check"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 23, "{text}");
    assert!(
        lines[1].starts_with("record: ordnance_finds feature 1 (id "),
        "{text}"
    );
    assert!(
        lines[20].starts_with("record: ordnance_finds feature 20 (id "),
        "{text}"
    );
    assert_eq!(lines[21], "… and 5 more (--all-problems lists them all)");
    assert_eq!(lines[22], "25 problem(s) found; nothing was changed");
    let out = run(&db, &["check", "--all-problems"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 27, "{text}");
}

/// `--skip-invalid` imports the good features and lists the first 20 skipped ones and how
/// many more.
#[test]
fn skip_invalid_lists_the_first_twenty_skipped_and_how_many_more() {
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "t.gpkg");
    let mut features: Vec<String> = (0..30)
        .map(|_| {
            feature(
                r#"{"type":"Point","coordinates":[35.5,33.2]}"#,
                r#"{"kind":"ordnance_find","found_on":"2024-01-01"}"#,
            )
        })
        .collect();
    features.push(feature(POLYGON, HAZARD));
    let file = write(dir.path(), "in.geojson", collection(&features));
    let out = ok(&db, &["import", &file, "--skip-invalid"]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 23, "{out}");
    assert!(
        lines[0].starts_with("imported 1 hazard area, 0 land releases, 0 ordnance finds"),
        "{out}"
    );
    assert_eq!(lines[1], "skipped 30 feature(s):");
    assert_eq!(lines[2], "  feature 1: ordnance_type: is required");
    assert_eq!(lines[21], "  feature 20: ordnance_type: is required");
    assert_eq!(lines[22], "  … and 10 more (--all-problems lists them all)");
}

/// Numbers keep their text now, but a copy of an export that went through GDAL (which
/// writes `1.50` as `1.5` and `1e29` as `9.9999999999999991e+28`) is still the same record:
/// importing it again changes nothing and is no conflict.
#[test]
fn reimporting_a_gdal_copy_of_an_export_changes_nothing() {
    if !common::tool("ogr2ogr", &["--version"], "gdal-bin") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = new_db(dir.path(), "t.gpkg");
    let file = write(
        dir.path(),
        "in.geojson",
        format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","geometry":{{"type":"Polygon","coordinates":{SQUARE}}},"properties":{{"kind":"hazard_area","id":"069b304b-0000-4000-8000-000000000001","name":"A","classification":"CHA","surveyed_on":"2023-04-02","mid":1.50,"zeta":1e29,"tenth":0.1,"n":7}}}}]}}"#
        ),
    );
    ok(&db, &["import", &file]);
    let export = dir.path().join("e.geojson");
    ok(&db, &["export", export.to_str().unwrap()]);
    let gpkg = dir.path().join("g.gpkg");
    let back = dir.path().join("back.geojson");
    for args in [
        vec![
            "-f",
            "GPKG",
            gpkg.to_str().unwrap(),
            export.to_str().unwrap(),
        ],
        vec![
            "-f",
            "GeoJSON",
            back.to_str().unwrap(),
            gpkg.to_str().unwrap(),
        ],
    ] {
        let out = Command::new("ogr2ogr").args(&args).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let gdal = std::fs::read_to_string(&back).unwrap();
    assert!(gdal.contains("\"mid\": 1.5,"), "{gdal}");
    let before = common::dump(&db);
    let report = ok(&db, &["import", back.to_str().unwrap()]);
    assert_eq!(
        report,
        format!(
            "imported 0 hazard areas, 0 land releases, 0 ordnance finds from {}; 1 already present unchanged\n",
            back.display()
        )
    );
    assert_eq!(common::dump(&db), before);
}
