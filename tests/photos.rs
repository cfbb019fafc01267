//! Issue #14 §7: photos attached to records, kept with the OGC GeoPackage Related Tables
//! Extension (OGC 18-000) so that GDAL (QGIS) reads them as a "media" relation; the date
//! taken and GPS position read from EXIF; every attach and detach in the history and carried
//! by merge; exported beside the GeoJSON.
//!
//! The sample photos are made by GDAL's `gdal_translate` (Debian's gdal-bin), which writes
//! the EXIF tags it is given: the truth is what it was told to write.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use clearfield::store::Store;
use common::*;
use uuid::Uuid;

const HAZARD: &str = "5a1e0001-0000-4000-8000-000000000001";
const VALIDATOR: &str = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py";

/// A file with one hazard area.
fn field_file(dir: &Path, name: &str) -> PathBuf {
    let db = dir.join(name);
    ok(&db, &["init"]);
    ok(
        &db,
        &[
            "add",
            "hazard",
            "--id",
            HAZARD,
            "--name",
            "Kfar Kila north",
            "--classification",
            "CHA",
            "--surveyed-on",
            "2023-04-02",
            "--geometry",
            "POLYGON((35.58 33.28, 35.585 33.28, 35.585 33.284, 35.58 33.284, 35.58 33.28))",
        ],
    );
    db
}

fn photo_id(attach_output: &str) -> Uuid {
    let id = attach_output.split_whitespace().last().unwrap();
    Uuid::parse_str(id).unwrap()
}

fn uuid(s: &str) -> Uuid {
    Uuid::parse_str(s).unwrap()
}

/// The date taken and the GPS position GDAL wrote into the EXIF are what `photos` shows
/// and what the photos table holds: 12° 30' 36" S = -(12 + 30/60 + 36/3600) = -12.51.
#[test]
fn the_exif_date_and_position_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let Some(jpg) = gdal_photo(dir.path(), "IMG_0012.jpg", 200, "JPEG") else {
        return;
    };
    let db = field_file(dir.path(), "a.gpkg");
    let id = photo_id(&ok(&db, &["attach", HAZARD, jpg.to_str().unwrap()]));
    let listed = ok(&db, &["photos", HAZARD]);
    let line = listed.lines().nth(1).unwrap();
    let size = std::fs::metadata(&jpg).unwrap().len().to_string();
    let words: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(
        words,
        [
            &id.to_string(),
            "IMG_0012.jpg",
            size.as_str(),
            "image/jpeg",
            "2024-03-05T10:20:30",
            "106.750000,",
            "-12.510000"
        ],
        "{listed}"
    );
    let store = Store::open(&db).unwrap().0;
    let photo = store.photo_info(id).unwrap();
    assert_eq!(photo.taken_at.as_deref(), Some("2024-03-05T10:20:30"));
    let (lon, lat) = photo.position.unwrap();
    assert!((lon - 106.75).abs() < 1e-12, "{lon}");
    assert!((lat - -12.51).abs() < 1e-12, "{lat}");
}

/// A photo attached in file A arrives in B by merge: the same photo id, byte for byte the
/// file attached (its SHA-256 as sha2 and the file agree), and B's history shows the attach;
/// a detach in A then reaches B too, the photo staying in B's file.
#[test]
fn a_photo_attached_in_one_file_arrives_by_merge_with_its_bytes_and_so_does_its_detach() {
    let dir = tempfile::tempdir().unwrap();
    let Some(jpg) = gdal_photo(dir.path(), "IMG_0012.jpg", 200, "JPEG") else {
        return;
    };
    let a = field_file(dir.path(), "a.gpkg");
    let b = dir.path().join("b.gpkg");
    ok(&b, &["init"]);
    let id = photo_id(&ok(&a, &["attach", HAZARD, jpg.to_str().unwrap()]));
    let merged = ok(&b, &["merge", a.to_str().unwrap()]);
    assert!(
        merged.contains("photos: 1 received, 1 attaches and detaches received"),
        "{merged}"
    );
    let store = Store::open(&b).unwrap().0;
    let listed = store.photos_of(uuid(HAZARD)).unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, id);
    assert_eq!(listed[0].file_name, "IMG_0012.jpg");
    assert_eq!(store.photo(id).unwrap(), std::fs::read(&jpg).unwrap());
    drop(store);
    let history = ok(&b, &["history", HAZARD]);
    assert!(
        history.contains("photo IMG_0012.jpg attached by tester at "),
        "{history}"
    );

    ok(&a, &["detach", HAZARD, &id.to_string()]);
    assert!(ok(&a, &["photos", HAZARD]).contains("no photos attached"));
    ok(&b, &["merge", a.to_str().unwrap()]);
    assert!(ok(&b, &["photos", HAZARD]).contains("no photos attached"));
    let history = ok(&b, &["history", HAZARD]);
    assert!(
        history.contains("photo IMG_0012.jpg detached by tester at "),
        "{history}"
    );
    let store = Store::open(&b).unwrap().0;
    assert_eq!(store.photo(id).unwrap(), std::fs::read(&jpg).unwrap());
    // Merging again changes nothing.
    drop(store);
    let again = ok(&b, &["merge", a.to_str().unwrap()]);
    assert!(again.contains("0 versions received"), "{again}");
    assert!(!again.contains("photos:"), "{again}");
}

/// GDAL reads the file as the Related Tables Extension says: ogrinfo lists the media table
/// and the mapping tables, GDAL's relationships API finds a "media" relation from
/// hazard_areas (fid) to photos (id) through hazard_areas_photos, whose row links the
/// hazard's fid to the photo; and GDAL's validate_gpkg.py passes the file.
#[test]
fn gdal_reads_the_photos_as_a_related_tables_media_relation() {
    let dir = tempfile::tempdir().unwrap();
    let Some(jpg) = gdal_photo(dir.path(), "IMG_0012.jpg", 200, "JPEG") else {
        return;
    };
    let Some(png) = gdal_photo(dir.path(), "sketch.png", 30, "PNG") else {
        return;
    };
    let db = field_file(dir.path(), "a.gpkg");
    ok(
        &db,
        &[
            "attach",
            HAZARD,
            jpg.to_str().unwrap(),
            png.to_str().unwrap(),
        ],
    );
    let info = Command::new("ogrinfo")
        .arg("-ro")
        .arg("-q")
        .arg(&db)
        .output()
        .unwrap();
    assert!(info.status.success(), "{info:?}");
    assert!(
        info.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&info.stderr)
    );
    let listed = String::from_utf8(info.stdout).unwrap();
    for layer in [
        "photos (None)",
        "hazard_areas_photos (None)",
        "land_releases_photos (None)",
        "ordnance_finds_photos (None)",
        "survey_points_photos (None)",
        "evidence_points_photos (None)",
    ] {
        assert!(listed.contains(layer), "{layer} not in {listed}");
    }
    if !tool("/usr/bin/python3", &["-c", "import osgeo"], "python3-gdal") {
        return;
    }
    let script = r#"
import sys
from osgeo import gdal
ds = gdal.OpenEx(sys.argv[1])
r = ds.GetRelationship('hazard_areas_photos_media')
print(r.GetLeftTableName(), r.GetRightTableName(), r.GetMappingTableName(), r.GetRelatedTableType(),
      r.GetLeftTableFields()[0], r.GetRightTableFields()[0])
m = ds.ExecuteSQL('SELECT m.base_id, p.content_type FROM hazard_areas_photos m JOIN photos p ON p.id = m.related_id ORDER BY m.id')
for f in m:
    print(f.GetField(0), f.GetField(1))
ds.ReleaseResultSet(m)
h = ds.ExecuteSQL("SELECT fid FROM hazard_areas WHERE id = '5a1e0001-0000-4000-8000-000000000001'")
print(h.GetNextFeature().GetFID())
ds.ReleaseResultSet(h)
"#;
    let out = Command::new("/usr/bin/python3")
        .args(["-c", script])
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "hazard_areas photos hazard_areas_photos media fid id"
    );
    let fid = lines[3];
    assert_eq!(lines[1], format!("{fid} image/jpeg"));
    assert_eq!(lines[2], format!("{fid} image/png"));
    let valid = Command::new("/usr/bin/python3")
        .arg(VALIDATOR)
        .arg(&db)
        .output()
        .unwrap();
    assert!(valid.status.success(), "{valid:?}");
    assert!(
        valid.stdout.is_empty() && valid.stderr.is_empty(),
        "{valid:?}"
    );
}

/// A file that is not a JPEG or PNG (told by content: a text file named .jpg) is refused,
/// naming it, and the photo given with it is not attached either: nothing is written. The
/// same photo attached twice to a record is refused the same way.
#[test]
fn a_file_that_is_not_an_image_is_refused_and_nothing_is_attached() {
    let dir = tempfile::tempdir().unwrap();
    let Some(jpg) = gdal_photo(dir.path(), "IMG_0012.jpg", 200, "JPEG") else {
        return;
    };
    let db = field_file(dir.path(), "a.gpkg");
    let fake = dir.path().join("notes.jpg");
    std::fs::write(&fake, "met the village chief at 10:00\n").unwrap();
    let before = dump(&db);
    let out = run(
        &db,
        &[
            "attach",
            HAZARD,
            jpg.to_str().unwrap(),
            fake.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("notes.jpg: not a JPEG or PNG photo"),
        "{said}"
    );
    assert_eq!(dump(&db), before);
    assert!(ok(&db, &["photos", HAZARD]).contains("no photos attached"));
    // The same photo twice on one record is refused too.
    ok(&db, &["attach", HAZARD, jpg.to_str().unwrap()]);
    let before = dump(&db);
    let out = run(&db, &["attach", HAZARD, jpg.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("IMG_0012.jpg: record 5a1e0001"),
        "{out:?}"
    );
    assert_eq!(dump(&db), before);
}

/// Export writes each exported record's photos into `out_photos/` beside `out.geojson`, the
/// feature's property `photos` holding the relative links (read back with GDAL's GeoJSON
/// reader), each file byte for byte the photo attached.
#[test]
fn export_writes_the_photos_beside_the_geojson_with_links() {
    let dir = tempfile::tempdir().unwrap();
    let Some(jpg) = gdal_photo(dir.path(), "IMG_0012.jpg", 200, "JPEG") else {
        return;
    };
    let db = field_file(dir.path(), "a.gpkg");
    let id = photo_id(&ok(&db, &["attach", HAZARD, jpg.to_str().unwrap()]));
    let out = dir.path().join("out.geojson");
    let said = ok(&db, &["export", out.to_str().unwrap()]);
    assert!(said.contains("wrote 1 photo(s) to"), "{said}");
    let link = format!("out_photos/{id}.jpg");
    assert_eq!(
        std::fs::read(dir.path().join(&link)).unwrap(),
        std::fs::read(&jpg).unwrap()
    );
    if !tool("ogrinfo", &["--version"], "gdal-bin") {
        return;
    }
    let info = Command::new("ogrinfo")
        .args(["-ro", "-q", "-al"])
        .arg(&out)
        .output()
        .unwrap();
    let text = String::from_utf8(info.stdout).unwrap();
    assert!(
        text.contains(&format!("photos (StringList) = (1:{link})")),
        "{text}"
    );
}

/// Deleting a record keeps its photos in the file (merge and history need them) and
/// leaves no mapping row naming the deleted record; a file that receives the record by merge
/// gets its photo linked (the link comes from the attach fact when the record arrives).
#[test]
fn a_deleted_records_photos_stay_in_the_file_and_no_link_dangles() {
    let dir = tempfile::tempdir().unwrap();
    let Some(jpg) = gdal_photo(dir.path(), "IMG_0012.jpg", 200, "JPEG") else {
        return;
    };
    let a = field_file(dir.path(), "a.gpkg");
    let id = photo_id(&ok(&a, &["attach", HAZARD, jpg.to_str().unwrap()]));
    let b = dir.path().join("b.gpkg");
    ok(&b, &["init"]);
    ok(&b, &["merge", a.to_str().unwrap()]);
    ok(&a, &["delete", HAZARD]);
    let store = Store::open(&a).unwrap().0;
    let rows: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM hazard_areas_photos", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rows, 0, "no mapping row names a deleted record");
    assert_eq!(store.photo(id).unwrap(), std::fs::read(&jpg).unwrap());
    drop(store);
    assert!(ok(&a, &["history", HAZARD]).contains("photo IMG_0012.jpg attached"));
    let store = Store::open(&b).unwrap().0;
    assert_eq!(store.photos_of(uuid(HAZARD)).unwrap()[0].id, id);
}

/// A file of schema version 2 (tests/data/v2.gpkg, made by that release) upgrades to the
/// current schema with the extension's tables, takes a photo on its hazard area, and still
/// passes GDAL's validator.
#[test]
fn a_file_of_schema_version_2_upgrades_and_takes_photos() {
    let dir = tempfile::tempdir().unwrap();
    let Some(jpg) = gdal_photo(dir.path(), "IMG_0012.jpg", 200, "JPEG") else {
        return;
    };
    let db = dir.path().join("v2.gpkg");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/v2.gpkg"),
        &db,
    )
    .unwrap();
    let said = ok(&db, &["attach", HAZARD, jpg.to_str().unwrap()]);
    assert!(
        said.starts_with(&format!(
            "upgraded {} from schema version 2 to 5\n",
            db.display()
        )),
        "{said}"
    );
    let id = photo_id(&said);
    let store = Store::open(&db).unwrap().0;
    assert_eq!(store.photos_of(uuid(HAZARD)).unwrap()[0].id, id);
    let fresh = Store::create(&dir.path().join("fresh.gpkg")).unwrap();
    assert_eq!(schema_of(store.connection()), schema_of(fresh.connection()));
    drop(store);
    if !tool("/usr/bin/python3", &["-c", "import osgeo"], "python3-gdal") {
        return;
    }
    let valid = Command::new("/usr/bin/python3")
        .arg(VALIDATOR)
        .arg(&db)
        .output()
        .unwrap();
    assert!(valid.status.success(), "{valid:?}");
}

/// Photos never change, so one photo id with other bytes in the other file is a damaged or
/// forged file: the merge is refused naming the photo, and nothing is changed.
#[test]
fn a_photo_id_with_other_bytes_in_the_other_file_refuses_the_merge() {
    let dir = tempfile::tempdir().unwrap();
    let Some(jpg) = gdal_photo(dir.path(), "IMG_0012.jpg", 200, "JPEG") else {
        return;
    };
    let Some(other) = gdal_photo(dir.path(), "IMG_0099.jpg", 10, "JPEG") else {
        return;
    };
    let a = field_file(dir.path(), "a.gpkg");
    let id = photo_id(&ok(&a, &["attach", HAZARD, jpg.to_str().unwrap()]));
    let b = dir.path().join("b.gpkg");
    ok(&b, &["init"]);
    let bytes = std::fs::read(&other).unwrap();
    let conn = rusqlite::Connection::open(&b).unwrap();
    conn.execute(
        "INSERT INTO photos (data, content_type, uuid, file_name, sha256, added_by) \
         VALUES (?1, 'image/jpeg', ?2, 'IMG_0099.jpg', ?3, 'forger')",
        rusqlite::params![bytes, id.to_string(), "0".repeat(64)],
    )
    .unwrap();
    drop(conn);
    let before = dump(&b);
    let out = run(&b, &["merge", a.to_str().unwrap()]);
    assert!(!out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(&format!("photo {id} has different bytes in the two files")),
        "{said}"
    );
    assert_eq!(dump(&b), before);
}
