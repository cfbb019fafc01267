//! Schema version 2: a file made by the previous release upgrades with every record and
//! version, and the file keeps its rules when other programs (GDAL, QGIS) write to it.

mod common;

use std::path::Path;
use std::process::Command;

use clearfield::model::{Record, RecordKind};
use clearfield::store::{Opened, Store};
use common::*;
use uuid::Uuid;

const V1_HAZARD: &str = "5a1e0001-0000-4000-8000-000000000001";
const V1_RELEASE: &str = "5a1e0002-0000-4000-8000-000000000002";
const V1_FIND: &str = "5a1e0003-0000-4000-8000-000000000003";
const V1_DELETED_FIND: &str = "5a1e0004-0000-4000-8000-000000000004";

/// A copy of `tests/data/v1.gpkg`, made by Clearfield 0.1 (schema version 1) with the
/// command line: a hazard area (then its note edited), a release and a find in it, a second
/// find (then deleted), and the programme's settings.
fn v1_copy(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("v1.gpkg");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/v1.gpkg"),
        &path,
    )
    .unwrap();
    path
}

#[test]
fn a_file_made_by_the_previous_release_upgrades_with_every_record_and_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = v1_copy(dir.path());
    let said = ok(&path, &["list"]);
    assert!(
        said.starts_with(&format!(
            "upgraded {} from schema version 1 to {}\n",
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
    let get = |id: &str| store.get(Uuid::parse_str(id).unwrap()).unwrap();
    let Some(Record::Hazard(h)) = get(V1_HAZARD) else {
        panic!("hazard area missing")
    };
    assert_eq!(h.name, "Kfar Kila north");
    assert_eq!(h.note.as_deref(), Some("fenced 2024"));
    assert!(matches!(get(V1_RELEASE), Some(Record::Release(_))));
    assert!(matches!(get(V1_FIND), Some(Record::Find(_))));
    assert!(get(V1_DELETED_FIND).is_none());
    // Its history: added, then deleted, both kept.
    let history = store
        .history(Uuid::parse_str(V1_DELETED_FIND).unwrap())
        .unwrap();
    let ops: Vec<&str> = history.iter().map(|e| e.operation.as_str()).collect();
    assert_eq!(ops, ["insert", "delete"]);
    assert_eq!(history[0].changed_by, "release-0.1");
    let versions: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM change_log", [], |r| r.get(0))
        .unwrap();
    assert_eq!(versions, 6, "4 adds, 1 edit, 1 delete");
    assert!(ok(&path, &["check"]).contains("no problems found"));
    assert!(ok(&path, &["settings"]).contains("South Lebanon"));
    // What the upgrade made is what a new file has.
    let fresh = Store::create(&dir.path().join("fresh.gpkg")).unwrap();
    assert_eq!(schema_of(store.connection()), schema_of(fresh.connection()));
}

fn outside(path: &Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).unwrap();
    // As GDAL and QGIS write: foreign keys off (the bundled SQLite turns them on by default).
    conn.execute_batch("PRAGMA foreign_keys = OFF").unwrap();
    let fk: i64 = conn
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 0, "the outside writer must have foreign keys off");
    conn
}

/// Issue #11 §2: an outside writer (GDAL leaves foreign keys off) could delete a hazard area
/// a release still refers to. The file's triggers refuse it, and dangling links too.
#[test]
fn a_writer_with_foreign_keys_off_cannot_break_links_to_hazard_areas() {
    let dir = tempfile::tempdir().unwrap();
    let path = v1_copy(dir.path());
    drop(Store::open(&path).unwrap());
    let conn = outside(&path);
    let err = conn
        .execute("DELETE FROM hazard_areas WHERE id = ?1", [V1_HAZARD])
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("named by land releases, ordnance finds, evidence points or survey points"),
        "{err}"
    );
    let err = conn
        .execute(
            "UPDATE land_releases SET hazard_id = '99999999-9999-4999-8999-999999999999' WHERE id = ?1",
            [V1_RELEASE],
        )
        .unwrap_err()
        .to_string();
    assert!(err.contains("hazard_id names no hazard area"), "{err}");
    let blob: Vec<u8> = conn
        .query_row(
            "SELECT geom FROM ordnance_finds WHERE id = ?1",
            [V1_FIND],
            |r| r.get(0),
        )
        .unwrap();
    let err = conn
        .execute(
            "INSERT INTO ordnance_finds (geom, hazard_id, ordnance_type, category, found_on) \
             VALUES (?1, '99999999-9999-4999-8999-999999999999', 'M42', 'submunition', '2024-01-01')",
            [&blob],
        )
        .unwrap_err()
        .to_string();
    assert!(err.contains("hazard_id names no hazard area"), "{err}");
    // GDAL itself, through SQL as a QGIS user would.
    if tool("ogrinfo", &["--version"], "gdal-bin") {
        let out = Command::new("ogrinfo")
            .arg(&path)
            .args([
                "-sql",
                &format!("DELETE FROM hazard_areas WHERE id = '{V1_HAZARD}'"),
            ])
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains("this hazard area is named by"), "{out:?}");
    }
    drop(conn);
    assert!(ok(&path, &["check"]).contains("no problems found"));
    assert!(ok(&path, &["show", V1_HAZARD]).contains("Kfar Kila north"));
}

/// Issue #11 §2: a find added in QGIS without a category failed on NOT NULL. It takes its
/// type's category from the type list, as the command line does; logged once, filled in.
#[test]
fn a_find_added_without_a_category_takes_its_types_category() {
    let dir = tempfile::tempdir().unwrap();
    let path = v1_copy(dir.path());
    drop(Store::open(&path).unwrap());
    let conn = outside(&path);
    let blob: Vec<u8> = conn
        .query_row(
            "SELECT geom FROM ordnance_finds WHERE id = ?1",
            [V1_FIND],
            |r| r.get(0),
        )
        .unwrap();
    for (ty, note) in [("M42", "qgis m42"), ("ZZ-9", "qgis unknown type")] {
        conn.execute(
            "INSERT INTO ordnance_finds (geom, ordnance_type, found_on, note) VALUES (?1, ?2, '2024-06-01', ?3)",
            rusqlite::params![&blob, ty, note],
        )
        .unwrap();
    }
    let rows: Vec<(String, String, String)> = {
        let mut stmt = conn
            .prepare("SELECT id, ordnance_type, category FROM ordnance_finds WHERE note LIKE 'qgis%' ORDER BY fid")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    // M42 is a submunition in the type list (`clearfield types`); an unknown type is "other".
    assert_eq!(rows[0].2, "submunition");
    assert_eq!(rows[1].2, "other");
    for (id, _, category) in &rows {
        let log: Vec<(String, String, String)> = {
            let mut stmt = conn
                .prepare("SELECT operation, changed_by, json_extract(record, '$.category') FROM change_log WHERE record_id = ?1")
                .unwrap();
            stmt.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .unwrap()
                .map(Result::unwrap)
                .collect()
        };
        assert_eq!(
            log,
            vec![("insert".to_owned(), "external".to_owned(), category.clone())]
        );
    }
    let err = conn
        .execute(
            "UPDATE ordnance_finds SET category = NULL WHERE id = ?1",
            [&rows[0].0],
        )
        .unwrap_err()
        .to_string();
    assert!(err.contains("category cannot be emptied"), "{err}");
    drop(conn);
    let (store, _) = Store::open(&path).unwrap();
    assert_eq!(
        store.load(RecordKind::OrdnanceFind).unwrap().records.len(),
        3
    );
    assert!(ok(&path, &["check"]).contains("no problems found"));
}

/// Issue #11 §4: a database failure ("CHECK constraint failed: …") was printed without the
/// file it happened in. It names the file, says what happened in words, once.
#[test]
fn a_database_failure_names_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = v1_copy(dir.path());
    drop(Store::open(&path).unwrap());
    outside(&path)
        .execute_batch(
            "CREATE TRIGGER local_rule BEFORE INSERT ON ordnance_finds \
             BEGIN SELECT RAISE(ABORT, 'finds are closed for the audit'); END;",
        )
        .unwrap();
    let out = run(
        &path,
        &[
            "add",
            "find",
            "--at",
            "35.581,33.281",
            "--ordnance-type",
            "M42",
            "--found-on",
            "2024-04-20",
        ],
    );
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err,
        format!(
            "clearfield: {}: the file's own rules refused the change (finds are closed for the audit); nothing was changed\n",
            path.display()
        )
    );
}
