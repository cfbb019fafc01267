//! Issue #14 §4 (KoboToolbox / ODK Collect exports): a form export, CSV or XLSX, imported
//! with its geoshapes and geopoints where the form put them (latitude first in the file),
//! columns read as fields with --map, the submission's uuid as the record's id; the same
//! export again changes nothing, a submission edited on the server updates its record with
//! a new version, the choices saved as a named profile, and a bad row named by its row.
//!
//! The samples (tests/data/kobo_hazards.csv, kobo_points.xlsx) are described in
//! tests/data/README.md.

mod common;

use std::path::{Path, PathBuf};

use clearfield::model::{Record, RecordKind};
use clearfield::store::Store;
use common::*;
use uuid::Uuid;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");

/// The hazard-area export's choices: kind and the columns read as fields.
const HAZARD_ARGS: [&str; 10] = [
    "--as",
    "hazard",
    "--map",
    "site/site_name=name",
    "--map",
    "site/region=region",
    "--map",
    "survey_date=surveyed_on",
    "--map",
    "remarks=note",
];

const WADI: &str = "3f1c2a9b-7d4e-4c1a-9b2e-5a6d7c8e9f01";
const OLIVE: &str = "8a2d4e6f-1b3c-4d5e-8f7a-9b0c1d2e3f40";
const SCHOOL: &str = "c0ffee00-1234-4abc-8def-0123456789ab";

fn fresh(dir: &Path) -> PathBuf {
    let db = dir.join("field.gpkg");
    ok(&db, &["init"]);
    db
}

fn sample(name: &str) -> String {
    format!("{DATA}/{name}")
}

fn import_hazards(db: &Path, file: &str) -> String {
    let mut args = vec!["import", file];
    args.extend(HAZARD_ARGS);
    ok(db, &args)
}

fn hazard(store: &Store, id: &str) -> clearfield::model::HazardArea {
    match store.get(Uuid::parse_str(id).unwrap()).unwrap() {
        Some(Record::Hazard(h)) => h,
        other => panic!("{id}: {other:?}"),
    }
}

fn count(db: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(db).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

/// The sample export written with one cell (or more) replaced.
fn edited(dir: &Path, name: &str, from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(sample("kobo_hazards.csv")).unwrap();
    assert!(text.contains(from), "{from}");
    let path = dir.join(name);
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    path.to_str().unwrap().to_owned()
}

/// The CSV (`;`-separated, with a byte-order mark, as Kobo writes it) gives three hazard
/// areas: each boundary the geoshape's points with latitude and longitude swapped (the file
/// says `33.2801 35.5801 …`: latitude first), the id the submission's `_uuid`, the mapped
/// columns as fields, `_submission_time` and `_submitted_by` kept, Kobo's other columns
/// dropped, and the other geopoint column kept as it was.
#[test]
fn a_kobo_csv_gives_boundaries_in_lat_lon_order_ids_from_uuid_and_mapped_fields() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let said = import_hazards(&db, &sample("kobo_hazards.csv"));
    assert!(said.contains("geometry from column boundary"), "{said}");
    assert!(
        said.contains("imported 3 hazard areas, 0 land releases, 0 ordnance finds"),
        "{said}"
    );
    let (store, _) = Store::open(&db).unwrap();
    let h = hazard(&store, WADI);
    let ring: Vec<(f64, f64)> = h.geometry.0[0]
        .exterior()
        .0
        .iter()
        .map(|c| (c.x, c.y))
        .collect();
    assert_eq!(
        ring,
        [
            (35.5801, 33.2801),
            (35.5851, 33.2801),
            (35.5851, 33.2841),
            (35.5801, 33.2841),
            (35.5801, 33.2801)
        ]
    );
    assert_eq!(h.name, "Wadi North");
    assert_eq!(h.region.as_deref(), Some("Nabatieh"));
    assert_eq!(h.surveyed_on.to_string(), "2024-05-06");
    assert_eq!(h.note.as_deref(), Some("Strike marks along the terraces"));
    assert_eq!(h.classification.to_string(), "SHA");
    assert_eq!(h.extra["_submission_time"], "2024-05-06T05:41:02");
    assert_eq!(h.extra["_submitted_by"], "team_alpha");
    assert_eq!(h.extra["observer"], "33.2799 35.5799 118 5");
    assert_eq!(h.extra["today"], "2024-05-06");
    for dropped in [
        "_id",
        "_uuid",
        "_index",
        "_validation_status",
        "_status",
        "_notes",
        "_tags",
        "__version__",
        "meta/instanceID",
        "_observer_latitude",
        "boundary",
    ] {
        assert!(!h.extra.contains_key(dropped), "{dropped} kept");
    }
    let olive = hazard(&store, OLIVE);
    assert_eq!(olive.classification.to_string(), "CHA");
    assert_eq!(
        olive.geometry.0[0].exterior().0[2],
        geo_types::coord! {x: 35.5921, y: 33.2931}
    );
    // The third has an empty remarks cell: no note.
    assert_eq!(hazard(&store, SCHOOL).note, None);
}

/// The XLSX export (made by GDAL from tests/data/kobo_points_source.csv) gives survey points
/// at the coordinates GDAL reads from the same workbook (its `_gps_latitude` and
/// `_gps_longitude` cells), each point's accuracy (`_gps_precision`) as its
/// `gps_accuracy_m`, the numbers and date cells read as GDAL reads them; `--sheet` takes
/// the sheet by name and a missing one is refused naming those there are.
#[test]
fn an_xlsx_export_gives_survey_points_where_gdal_reads_them() {
    if !tool("ogr2ogr", &["--version"], "gdal-bin") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    import_hazards(&db, &sample("kobo_hazards.csv"));
    let xlsx = sample("kobo_points.xlsx");
    let args = [
        "import",
        &xlsx,
        "--as",
        "survey",
        "--map",
        "point/point_type=point_type",
        "--map",
        "point/sequence=sequence",
        "--map",
        "hazard=belongs_to",
    ];
    let mut wrong = args.to_vec();
    wrong.extend(["--sheet", "Sheet1"]);
    let out = run(&db, &wrong);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains(r#"the workbook has no sheet "Sheet1" (it has "survey")"#),
        "{err}"
    );
    let mut named = args.to_vec();
    named.extend(["--sheet", "survey"]);
    let said = ok(&db, &named);
    assert!(said.contains("3 survey points"), "{said}");
    // GDAL's reading of the workbook.
    let csv = dir.path().join("gdal.csv");
    let status = std::process::Command::new("ogr2ogr")
        .args(["-f", "CSV", "-oo", "HEADERS=FORCE"])
        .arg(&csv)
        .arg(&xlsx)
        .status()
        .unwrap();
    assert!(status.success());
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let (store, _) = Store::open(&db).unwrap();
    let mut seen = 0;
    for line in lines {
        let cells: Vec<&str> = line.split(',').map(|c| c.trim_matches('"')).collect();
        let id = Uuid::parse_str(cells[col("_uuid")]).unwrap();
        let Some(Record::Survey(p)) = store.get(id).unwrap() else {
            panic!("{id} missing")
        };
        let lat: f64 = cells[col("_gps_latitude")].parse().unwrap();
        let lon: f64 = cells[col("_gps_longitude")].parse().unwrap();
        assert_eq!((p.location.x(), p.location.y()), (lon, lat));
        let acc: f64 = cells[col("_gps_precision")].parse().unwrap();
        assert_eq!(p.gps_accuracy_m, Some(acc));
        let alt: f64 = cells[col("_gps_altitude")].parse().unwrap();
        assert_eq!(p.extra["altitude_m"].as_f64(), Some(alt));
        assert_eq!(
            p.sequence.to_string(),
            cells[col("point/sequence")],
            "a number cell"
        );
        assert_eq!(p.point_type.to_string(), cells[col("point/point_type")]);
        assert_eq!(p.belongs_to.to_string(), WADI);
        // GDAL writes the date cell as 2024/05/06 06:02:11.
        let when = cells[col("_submission_time")]
            .replace('/', "-")
            .replace(' ', "T");
        assert_eq!(p.extra["_submission_time"], when.as_str(), "a date cell");
        seen += 1;
    }
    assert_eq!(seen, 3);
    let p = store
        .load(RecordKind::SurveyPoint)
        .unwrap()
        .records
        .into_iter()
        .find(|r| r.uuid().to_string() == "5b1e0c2a-0001-4f00-8a00-00000000a001")
        .unwrap();
    let Record::Survey(p) = p else { panic!() };
    // The sample's first row, by hand: 33.27951 35.57952 117.5 3.9.
    assert_eq!((p.location.x(), p.location.y()), (35.57952, 33.27951));
    assert_eq!(p.gps_accuracy_m, Some(3.9));
}

/// The same export imported again writes nothing: the file is byte for byte as it was (no
/// record, no change-log entry, no stamp), and the summary says all three are present.
#[test]
fn importing_the_same_export_again_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    import_hazards(&db, &sample("kobo_hazards.csv"));
    let before = dump(&db);
    let log = count(&db, "SELECT count(*) FROM change_log");
    assert_eq!(log, 3);
    let said = import_hazards(&db, &sample("kobo_hazards.csv"));
    assert!(
        said.contains("imported 0 hazard areas, 0 land releases, 0 ordnance finds")
            && said.contains("3 already present unchanged; 0 updated"),
        "{said}"
    );
    assert_eq!(dump(&db), before);
    assert_eq!(count(&db, "SELECT count(*) FROM change_log"), 3);
}

/// A submission edited on the server (one cell of the export changed) updates that record
/// only: one new change-log entry, an `update` whose parent is the first version, seen by
/// `history`; the other two records untouched.
#[test]
fn a_submission_edited_on_the_server_updates_its_record_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    import_hazards(&db, &sample("kobo_hazards.csv"));
    let (store, _) = Store::open(&db).unwrap();
    let (wadi, school) = (hazard(&store, WADI), hazard(&store, SCHOOL));
    drop(store);
    let file = edited(
        dir.path(),
        "edited.csv",
        "BLU-63 found by a farmer",
        "BLU-63 and BLU-61 found by a farmer",
    );
    let said = import_hazards(&db, &file);
    assert!(
        said.contains("2 already present unchanged; 1 updated"),
        "{said}"
    );
    assert_eq!(count(&db, "SELECT count(*) FROM change_log"), 4);
    assert_eq!(
        count(
            &db,
            &format!(
                "SELECT count(*) FROM change_log WHERE record_id = '{OLIVE}' AND operation = 'update' \
                 AND parents = (SELECT json_array(version_id) FROM change_log WHERE record_id = '{OLIVE}' AND operation = 'insert')"
            )
        ),
        1
    );
    let (store, _) = Store::open(&db).unwrap();
    let olive = hazard(&store, OLIVE);
    assert_eq!(
        olive.note.as_deref(),
        Some("BLU-63 and BLU-61 found by a farmer")
    );
    assert_eq!(olive.name, "Olive Grove");
    assert_eq!(hazard(&store, WADI), wadi);
    assert_eq!(hazard(&store, SCHOOL), school);
    let history = ok(&db, &["history", OLIVE]);
    let ops: Vec<&str> = history
        .lines()
        .filter(|l| !l.starts_with(' '))
        .map(|l| l.split_whitespace().nth(1).unwrap())
        .collect();
    assert_eq!(ops, ["insert", "update"], "{history}");
    assert!(history.contains("BLU-63 and BLU-61"), "{history}");
}

/// A submission deleted here is not brought back by the next export, and the summary says
/// so; the rest of the export goes in.
#[test]
fn a_record_deleted_here_is_not_brought_back_and_the_summary_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    import_hazards(&db, &sample("kobo_hazards.csv"));
    ok(&db, &["delete", SCHOOL]);
    let said = import_hazards(&db, &sample("kobo_hazards.csv"));
    assert!(
        said.contains("2 already present unchanged; 0 updated; 1 deleted here, not brought back"),
        "{said}"
    );
    let (store, _) = Store::open(&db).unwrap();
    assert!(
        store
            .get(Uuid::parse_str(SCHOOL).unwrap())
            .unwrap()
            .is_none()
    );
}

/// The choices saved as a profile with the first import, then given alone by name, read the
/// export the same way: the same GeoJSON exported from both databases, and the profile
/// listed by `--list-profiles`. A profile saved without a file is saved only.
#[test]
fn a_profile_saved_then_used_alone_gives_the_same_result() {
    let dir = tempfile::tempdir().unwrap();
    let first = fresh(dir.path());
    let mut args = vec!["import", DATA];
    let file = sample("kobo_hazards.csv");
    args[1] = &file;
    args.extend(HAZARD_ARGS);
    args.extend(["--set", "status=active", "--save-profile", "monthly"]);
    let said = ok(&first, &args);
    assert!(said.contains("saved import profile monthly"), "{said}");
    let listed = ok(&first, &["import", "--list-profiles"]);
    assert!(
        listed.starts_with("monthly  ") && listed.contains(r#"["site/site_name","name"]"#),
        "{listed}"
    );
    let second_dir = tempfile::tempdir().unwrap();
    let second = fresh(second_dir.path());
    // Saved without importing, then used alone.
    let mut only = vec!["import"];
    only.extend(HAZARD_ARGS);
    only.extend(["--set", "status=active", "--save-profile", "monthly"]);
    ok(&second, &only);
    assert_eq!(count(&second, "SELECT count(*) FROM hazard_areas"), 0);
    ok(&second, &["import", &file, "--profile", "monthly"]);
    let a = dir.path().join("a.geojson");
    let b = dir.path().join("b.geojson");
    ok(&first, &["export", a.to_str().unwrap()]);
    ok(&second, &["export", b.to_str().unwrap()]);
    let (a, b) = (std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
    assert!(String::from_utf8_lossy(&a).contains("Wadi North"));
    assert_eq!(a, b);
    let out = run(&second, &["import", &file, "--profile", "weekly"]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(r#"there is no import profile "weekly""#)
    );
}

/// A geoshape of two points and a date that is not one are each refused naming the row of
/// the spreadsheet (the header is row 1) and the submission, and nothing is written.
#[test]
fn a_bad_row_is_named_by_its_row_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let before = dump(&db);
    let two_points = edited(
        dir.path(),
        "two.csv",
        "33.2901 35.5901 0 3.5;33.2901 35.5941 0 3.5;33.2931 35.5921 0 3.5;33.2901 35.5901 0 3.5",
        "33.2901 35.5901 0 3.5;33.2901 35.5941 0 3.5",
    );
    let mut args = vec!["import", two_points.as_str()];
    args.extend(HAZARD_ARGS);
    let out = run(&db, &args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("row 3 (submission 8a2d4e6f…): geometry: the shape has 2 point(s); a boundary needs at least 3"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
    assert_eq!(dump(&db), before);
    let open = edited(
        dir.path(),
        "open.csv",
        "33.2751 35.2001 40 6;33.2701 35.2001 40 6",
        "33.2751 35.2001 40 6",
    );
    args[1] = &open;
    let out = run(&db, &args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("row 4 (submission c0ffee00…): geometry: the shape is open"),
        "{err}"
    );
    assert_eq!(dump(&db), before);
    let bad_date = edited(
        dir.path(),
        "date.csv",
        "\"2024-05-08\";\"SHA\"",
        "\"2024-13-45\";\"SHA\"",
    );
    args[1] = &bad_date;
    let out = run(&db, &args);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("1 problem(s), nothing was imported"), "{err}");
    assert!(
        err.contains("row 4 (submission c0ffee00…): ") && err.contains("surveyed_on"),
        "{err}"
    );
    assert_eq!(dump(&db), before);
}

/// `--update` for a GeoJSON file: a feature whose record is stored with other content gives
/// it a new version instead of being refused as a conflict.
#[test]
fn update_gives_a_geojson_feature_s_record_a_new_version() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    import_hazards(&db, &sample("kobo_hazards.csv"));
    let path = dir.path().join("all.geojson");
    let file = path.to_str().unwrap();
    ok(&db, &["export", file]);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("Wadi North", "Wadi North (fenced)")).unwrap();
    let out = run(&db, &["import", file]);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("not overwritten"),
        "without --update, a conflict"
    );
    let said = ok(&db, &["import", file, "--update"]);
    assert!(said.contains("1 updated"), "{said}");
    let (store, _) = Store::open(&db).unwrap();
    assert_eq!(hazard(&store, WADI).name, "Wadi North (fenced)");
}

/// The file's content tells a Kobo CSV from GeoJSON and GPX, whatever the name; a zip that
/// is not a workbook is refused as such.
#[test]
fn a_kobo_csv_is_told_by_content_and_a_zip_without_a_workbook_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let renamed = dir.path().join("export.json");
    std::fs::copy(sample("kobo_hazards.csv"), &renamed).unwrap();
    let said = import_hazards(&db, renamed.to_str().unwrap());
    assert!(said.contains("imported 3 hazard areas"), "{said}");
    let zip = dir.path().join("x.xlsx");
    {
        use std::io::Write;
        let mut w = zip::ZipWriter::new(std::fs::File::create(&zip).unwrap());
        w.start_file("notes.txt", zip::write::SimpleFileOptions::default())
            .unwrap();
        w.write_all(b"not a workbook").unwrap();
        w.finish().unwrap();
    }
    let out = run(&db, &["import", zip.to_str().unwrap(), "--as", "hazard"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("no XLSX workbook"), "{err}");
}

/// With `--skip-invalid`, a row whose shape cannot be read is left out and told by its row,
/// and the other submissions go in.
#[test]
fn skip_invalid_leaves_out_a_bad_shape_s_row_and_tells_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = fresh(dir.path());
    let two_points = edited(
        dir.path(),
        "two.csv",
        "33.2901 35.5901 0 3.5;33.2901 35.5941 0 3.5;33.2931 35.5921 0 3.5;33.2901 35.5901 0 3.5",
        "33.2901 35.5901 0 3.5;33.2901 35.5941 0 3.5",
    );
    let mut args = vec!["import", two_points.as_str(), "--skip-invalid"];
    args.extend(HAZARD_ARGS);
    let said = ok(&db, &args);
    assert!(
        said.contains("skipped row 3 (submission 8a2d4e6f…): geometry: the shape has 2 point(s)"),
        "{said}"
    );
    assert!(said.contains("imported 2 hazard areas"), "{said}");
    let (store, _) = Store::open(&db).unwrap();
    assert!(
        store
            .get(Uuid::parse_str(OLIVE).unwrap())
            .unwrap()
            .is_none()
    );
    assert_eq!(hazard(&store, SCHOOL).name, "School Road");
}

/// The hazard-area export as a workbook (written by GDAL from the CSV, with typed cells)
/// imports as the same records as the CSV: the same ids, boundaries from the geoshape
/// column and fields; only the kept `start`/`end` times lose their UTC offset, which a
/// spreadsheet cell does not hold.
#[test]
fn the_xlsx_of_the_hazard_export_gives_the_records_the_csv_gives() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (fresh(dir.path()), dir.path().join("b.gpkg"));
    ok(&b, &["init"]);
    import_hazards(&a, &sample("kobo_hazards.csv"));
    let said = import_hazards(&b, &sample("kobo_hazards.xlsx"));
    assert!(said.contains("imported 3 hazard areas"), "{said}");
    let features = |db: &Path| -> Vec<serde_json::Value> {
        let out = dir.path().join("out.geojson");
        ok(db, &["export", out.to_str().unwrap()]);
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
        v["features"].as_array().unwrap().clone()
    };
    let (from_csv, from_xlsx) = (features(&a), features(&b));
    assert_eq!(from_csv.len(), 3);
    for (c, x) in from_csv.iter().zip(&from_xlsx) {
        assert_eq!(c["geometry"], x["geometry"]);
        let (mut pc, mut px) = (c["properties"].clone(), x["properties"].clone());
        for p in [&mut pc, &mut px] {
            let m = p.as_object_mut().unwrap();
            m.remove("start");
            m.remove("end");
        }
        assert_eq!(pc, px);
        assert!(
            c["properties"]["start"]
                .as_str()
                .unwrap()
                .starts_with(x["properties"]["start"].as_str().unwrap())
        );
    }
}
