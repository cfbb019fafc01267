//! The field database: round trips, the change log, atomic writes, refusals and migrations.

mod common;

use std::path::{Path, PathBuf};

use clearfield::model::{Record, RecordKind};
use clearfield::store::{self, CURRENT_VERSION, Opened, Store, StoreError, migrate};
use common::*;
use uuid::Uuid;

fn temp() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("field.gpkg");
    (dir, path)
}

#[test]
fn every_field_round_trips() {
    let (_dir, path) = temp();
    let records = full_set();
    {
        let mut store = Store::create(&path).unwrap();
        store.insert(&records, "alice").unwrap();
    }
    let (store, opened) = Store::open(&path).unwrap();
    assert_eq!(opened, Opened::Current);
    for original in &records {
        let back = store.get(original.uuid()).unwrap().expect("stored");
        assert_eq!(back.stamp().modified_by.as_deref(), Some("alice"));
        assert!(
            back.stamp()
                .created_at
                .as_deref()
                .is_some_and(|t| t.len() == 24 && t.ends_with('Z'))
        );
        assert_eq!(back.without_stamp(), *original);
    }
    // The find's type was typed in lower case and is stored as the reference list spells it.
    let Record::Find(f) = store
        .get(Uuid::parse_str(FIND_ID).unwrap())
        .unwrap()
        .unwrap()
    else {
        panic!()
    };
    assert_eq!(f.ordnance_type, "BLU-97");
    assert_eq!(f.category.as_str(), "submunition");
}

#[test]
fn edits_and_deletes_keep_every_version_in_the_change_log() {
    let (_dir, path) = temp();
    let mut store = Store::create(&path).unwrap();
    let records = full_set();
    store.insert(&records, "alice").unwrap();
    let find_id = Uuid::parse_str(FIND_ID).unwrap();

    let edited = records[2]
        .edited(&fields(&[("quantity", "4"), ("note", "")]), None, &types())
        .unwrap();
    store.update(&edited, "bob").unwrap();
    assert_eq!(
        store.delete(find_id, "carol").unwrap(),
        RecordKind::OrdnanceFind
    );
    assert!(store.get(find_id).unwrap().is_none());

    let history = store.history(find_id).unwrap();
    let ops: Vec<(&str, &str)> = history
        .iter()
        .map(|e| (e.operation.as_str(), e.changed_by.as_str()))
        .collect();
    assert_eq!(
        ops,
        [("insert", "alice"), ("update", "bob"), ("delete", "carol")]
    );
    assert_eq!(history[0].record["quantity"], 3);
    assert_eq!(history[0].record["note"], "in a drainage ditch");
    assert_eq!(history[1].record["quantity"], 4);
    assert!(history[1].record["note"].is_null());
    // The deleted version is whole, geometry included.
    assert_eq!(history[2].record["quantity"], 4);
    assert!(
        history[2].record["geom"]
            .as_str()
            .is_some_and(|g| g.starts_with("4750"))
    );
    assert!(
        history
            .windows(2)
            .all(|w| w[0].version_id != w[1].version_id)
    );
}

#[test]
fn a_failing_batch_writes_nothing() {
    let (_dir, path) = temp();
    let mut store = Store::create(&path).unwrap();
    let mut records = full_set();
    // The find points at a hazard area that does not exist.
    let missing = "00000000-0000-4000-8000-000000000001";
    records.push(record(
        RecordKind::OrdnanceFind,
        None,
        "35.5,33.3",
        &[
            ("hazard_id", missing),
            ("ordnance_type", "M42"),
            ("found_on", "2024-01-01"),
        ],
    ));
    let before = dump(&path);
    let err = store.insert(&records, "alice").unwrap_err();
    assert!(
        matches!(err, StoreError::NoSuchHazard { hazard_id, .. } if hazard_id.to_string() == missing),
        "{err}"
    );
    assert!(err.to_string().contains("no such hazard area"), "{err}");
    assert_eq!(dump(&path), before);
}

#[test]
fn a_duplicate_id_is_refused() {
    let (_dir, path) = temp();
    let mut store = Store::create(&path).unwrap();
    let records = full_set();
    store.insert(&records[..1], "alice").unwrap();
    let before = dump(&path);
    let err = store.insert(&records[..1], "alice").unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("hazard_area {HAZARD_ID}: a record with this id already exists")
    );
    assert_eq!(dump(&path), before);
}

#[test]
fn a_hazard_area_with_releases_or_finds_is_not_deleted() {
    let (_dir, path) = temp();
    let mut store = Store::create(&path).unwrap();
    store.insert(&full_set(), "alice").unwrap();
    let before = dump(&path);
    let err = store
        .delete(Uuid::parse_str(HAZARD_ID).unwrap(), "bob")
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::Referenced {
                releases: 1,
                finds: 1,
                ..
            }
        ),
        "{err}"
    );
    assert_eq!(dump(&path), before);
}

#[test]
fn update_of_a_missing_record_is_not_found() {
    let (_dir, path) = temp();
    let mut store = Store::create(&path).unwrap();
    let err = store.update(&full_set()[0], "bob").unwrap_err();
    assert!(matches!(err, StoreError::NotFound(id) if id.to_string() == HAZARD_ID));
}

/// Builds a file at schema version `version` the way that version's Clearfield made it.
fn file_at_version(path: &Path, version: u32) {
    let mut conn = rusqlite::Connection::open(path).unwrap();
    let tx = conn.transaction().unwrap();
    migrate::apply(&tx, 0, version).unwrap();
    tx.commit().unwrap();
}

#[test]
fn every_earlier_schema_version_migrates_and_keeps_its_records() {
    for version in 1..=CURRENT_VERSION {
        let (_dir, path) = temp();
        file_at_version(&path, version);
        // Records written at that version with plain SQL, as that version's app would have.
        let conn = rusqlite::Connection::open(&path).unwrap();
        let blob = clearfield::store::gpkg::encode(&full_set()[0].geometry());
        conn.execute(
            "INSERT INTO hazard_areas (id, geom, name, classification, surveyed_on, modified_by) VALUES (?1, ?2, 'old', 'SHA', '2020-01-01', 'v')",
            rusqlite::params![HAZARD_ID, blob],
        )
        .unwrap();
        drop(conn);
        let (store, opened) = Store::open(&path).unwrap();
        let expected = if version < CURRENT_VERSION {
            Opened::Migrated(version)
        } else {
            Opened::Current
        };
        assert_eq!(opened, expected, "from version {version}");
        assert_eq!(store.schema_version().unwrap(), CURRENT_VERSION);
        let Record::Hazard(h) = store
            .get(Uuid::parse_str(HAZARD_ID).unwrap())
            .unwrap()
            .unwrap()
        else {
            panic!()
        };
        assert_eq!(h.name, "old");
        assert_eq!(
            schema_of(store.connection()),
            schema_of(Store::create(&temp().1).unwrap().connection())
        );
    }
}

#[test]
fn fresh_schema_equals_schema_sql() {
    let (_dir, path) = temp();
    let store = Store::create(&path).unwrap();
    let by_hand = rusqlite::Connection::open_in_memory().unwrap();
    by_hand
        .execute_batch(
            &std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schema.sql")).unwrap(),
        )
        .unwrap();
    assert_eq!(schema_of(store.connection()), schema_of(&by_hand));
}

#[test]
fn a_newer_file_is_refused_unchanged() {
    let (_dir, path) = temp();
    drop(Store::create(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute(
        "UPDATE clearfield_meta SET value = ?1 WHERE key = 'schema_version'",
        [(CURRENT_VERSION + 1).to_string()],
    )
    .unwrap();
    drop(conn);
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::TooNew { found, supported, .. } if found == CURRENT_VERSION + 1 && supported == CURRENT_VERSION)
    );
    assert!(err.to_string().contains("newer Clearfield"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn files_that_are_not_ours_are_refused_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "hazard areas, 2024\n".repeat(20)).unwrap();
    let empty = dir.path().join("empty.gpkg");
    std::fs::write(&empty, "").unwrap();
    let sqlite = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&sqlite)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let gpkg = dir.path().join("qgis.gpkg");
    rusqlite::Connection::open(&gpkg)
        .unwrap()
        .execute_batch(
            "PRAGMA application_id = 1196444487; CREATE TABLE gpkg_contents (table_name TEXT);",
        )
        .unwrap();
    let cases: [(&Path, &str); 5] = [
        (
            &text,
            "not a database file (it does not start with the SQLite header)",
        ),
        (&empty, "not a database file (the file is empty)"),
        (&sqlite, "an SQLite database, not a Clearfield database"),
        (&gpkg, "a GeoPackage, not a Clearfield database"),
        (dir.path(), "not a database file (it is a folder)"),
    ];
    for (path, expected) in cases {
        let before = if path.is_file() {
            std::fs::read(path).unwrap()
        } else {
            vec![]
        };
        let err = Store::open(path).unwrap_err().to_string();
        assert!(err.starts_with(&format!("{}: ", path.display())), "{err}");
        assert!(err.contains(expected), "{path:?}: {err}");
        if path.is_file() {
            assert_eq!(std::fs::read(path).unwrap(), before, "{path:?} changed");
        }
    }
    let missing = dir.path().join("missing.gpkg");
    assert!(matches!(Store::open(&missing), Err(StoreError::Missing(_))));
    assert!(!missing.exists());
    // init refuses to overwrite something that is not ours.
    assert!(matches!(Store::create(&sqlite), Err(StoreError::Exists(_))));
}

#[test]
fn a_damaged_file_is_reported_and_not_written() {
    let (_dir, path) = temp();
    {
        let mut store = Store::create(&path).unwrap();
        store.insert(&full_set()[..1], "alice").unwrap();
    }
    let root: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row(
            "SELECT rootpage FROM sqlite_master WHERE name = 'change_log'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096 * (root as usize - 1);
    // Scribble over the b-tree page header of the change log's root page.
    bytes[page..page + 12].copy_from_slice(&[0xEE; 12]);
    std::fs::write(&path, &bytes).unwrap();

    let (mut store, _) = Store::open(&path).unwrap();
    let report = store.check().unwrap();
    assert!(!report.is_clean());
    assert!(!report.integrity.is_empty(), "{report:?}");
    // A write that reaches the damaged page fails with a plain message and writes nothing.
    let err = store
        .insert(&full_set()[1..2], "alice")
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("the database is damaged"), "{err}");
    assert!(err.contains("restore the file from a backup"), "{err}");
    drop(store);
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
}

/// GDAL/QGIS add an R-tree and these triggers (GeoPackage 1.3 Annex F.3) when a user makes a
/// spatial index; they call ST_* functions that plain SQLite lacks.
fn add_gdal_rtree(conn: &rusqlite::Connection, t: &str) {
    let sql = format!(
        "CREATE VIRTUAL TABLE rtree_{t}_geom USING rtree(id, minx, maxx, miny, maxy);
         CREATE TRIGGER rtree_{t}_geom_insert AFTER INSERT ON {t}
           WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN
           INSERT OR REPLACE INTO rtree_{t}_geom VALUES (NEW.fid,
             ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
         CREATE TRIGGER rtree_{t}_geom_update1 AFTER UPDATE OF geom ON {t}
           WHEN OLD.fid = NEW.fid AND (NEW.geom NOTNULL AND NOT ST_IsEmpty(NEW.geom)) BEGIN
           INSERT OR REPLACE INTO rtree_{t}_geom VALUES (NEW.fid,
             ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom)); END;
         CREATE TRIGGER rtree_{t}_geom_delete AFTER DELETE ON {t}
           WHEN old.geom NOT NULL BEGIN DELETE FROM rtree_{t}_geom WHERE id = OLD.fid; END;
         INSERT INTO gpkg_extensions VALUES ('{t}', 'geom', 'gpkg_rtree_index',
           'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');"
    );
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,
           definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));",
    )
    .unwrap();
    conn.execute_batch(&sql).unwrap();
}

#[test]
fn writes_work_after_gdal_adds_its_spatial_index_triggers() {
    let (_dir, path) = temp();
    drop(Store::create(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for t in ["hazard_areas", "land_releases", "ordnance_finds"] {
            add_gdal_rtree(&conn, t);
        }
    }
    let (mut store, _) = Store::open(&path).unwrap();
    let records = full_set();
    store.insert(&records, "alice").unwrap();
    let moved = records[2]
        .edited(
            &Default::default(),
            Some(clearfield::io::wkt::parse("35.6,33.4").unwrap()),
            &types(),
        )
        .unwrap();
    store.update(&moved, "bob").unwrap();
    let conn = store.connection();
    let boxes: Vec<(i64, f64, f64, f64, f64)> = conn
        .prepare("SELECT id, minx, maxx, miny, maxy FROM rtree_hazard_areas_geom")
        .unwrap()
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    // The R-tree stores 32-bit floats rounded outwards: the hazard's box is about
    // lon 35.48..35.51, lat 33.27..33.28.
    assert_eq!(boxes.len(), 1);
    let (_, minx, maxx, miny, maxy) = boxes[0];
    assert!(
        (minx - 35.48).abs() < 1e-5 && (maxx - 35.51).abs() < 1e-5,
        "{boxes:?}"
    );
    assert!(
        (miny - 33.27).abs() < 1e-5 && (maxy - 33.28).abs() < 1e-5,
        "{boxes:?}"
    );
    let find_box: (f64, f64) = conn
        .query_row(
            "SELECT minx, miny FROM rtree_ordnance_finds_geom",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert!(
        (find_box.0 - 35.6).abs() < 1e-5 && (find_box.1 - 33.4).abs() < 1e-5,
        "{find_box:?}"
    );
    store
        .delete(Uuid::parse_str(FIND_ID).unwrap(), "bob")
        .unwrap();
    let n: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM rtree_ordnance_finds_geom", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(n, 0);
}

/// An import switches the triggers off for its rows only when the feature tables have none
/// but Clearfield's: GDAL's spatial-index triggers keep every trigger running, so the R-tree
/// gets every imported feature, with the box the ST_* functions give.
#[test]
fn an_import_keeps_gdal_spatial_index_whole() {
    use clearfield::exchange::{self, ExportOptions, ImportOptions};
    let (_dir, path) = temp();
    let mut source = Store::create(&path.with_extension("source.gpkg")).unwrap();
    let mut records = full_set();
    records.extend((0..300).map(numbered_find));
    source.insert(&records, "alice").unwrap();
    let mut file = Vec::new();
    exchange::export(&source, &mut file, &ExportOptions::default()).unwrap();
    drop(Store::create(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        for t in ["hazard_areas", "land_releases", "ordnance_finds"] {
            add_gdal_rtree(&conn, t);
        }
    }
    let (mut store, _) = Store::open(&path).unwrap();
    exchange::import(
        &mut store,
        file.as_slice(),
        &ImportOptions::default(),
        "alice",
        &mut |_| {},
    )
    .unwrap();
    let conn = store.connection();
    for t in ["hazard_areas", "land_releases", "ordnance_finds"] {
        let missing: i64 = conn
            .query_row(
                &format!(
                    "SELECT count(*) FROM {t} f LEFT JOIN rtree_{t}_geom r ON r.id = f.fid \
                     WHERE r.id IS NULL OR r.minx > ST_MinX(f.geom) OR r.maxx < ST_MaxX(f.geom) \
                     OR r.miny > ST_MinY(f.geom) OR r.maxy < ST_MaxY(f.geom)"
                ),
                [],
                |r| r.get(0),
            )
            .unwrap();
        let (rows, boxes): (i64, i64) = conn
            .query_row(
                &format!(
                    "SELECT (SELECT count(*) FROM {t}), (SELECT count(*) FROM rtree_{t}_geom)"
                ),
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((missing, boxes), (0, rows), "{t}");
    }
    assert!(store.check().unwrap().is_clean());
}

/// An import leaves the CHECK constraints to its commit, for all its rows at once (see
/// `Store::import_session`): a row that breaks one still fails the import, with SQLite's
/// message, and writes nothing; the constraints hold again for later writes.
#[test]
fn a_row_breaking_a_check_constraint_fails_the_import_and_writes_nothing() {
    let (_dir, path) = temp();
    let mut store = Store::create(&path).unwrap();
    let mut records = full_set();
    // What the model never makes, but a bug could: a find of no ordnance.
    if let Record::Find(f) = &mut records[2] {
        f.quantity = 0;
    }
    let mut session = store.import_session("alice").unwrap();
    for r in &records {
        session.insert(r).unwrap();
    }
    let err = session.commit().unwrap_err().to_string();
    assert!(
        err.contains("CHECK constraint failed: quantity >= 1"),
        "{err}"
    );
    let rows: i64 = store
        .connection()
        .query_row(
            "SELECT (SELECT count(*) FROM hazard_areas) + (SELECT count(*) FROM ordnance_finds) \
             + (SELECT count(*) FROM change_log)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(rows, 0);
    let blob = clearfield::store::gpkg::encode(&clearfield::io::wkt::parse("35.5,33.3").unwrap());
    let refused = store.connection().execute(
        "INSERT INTO ordnance_finds (geom, ordnance_type, found_on, quantity) VALUES (?1, 'M42', '2024-01-01', 0)",
        [&blob],
    );
    assert!(refused.is_err(), "{refused:?}");
    store.insert(&full_set(), "alice").unwrap();
}

/// After an import, done or refused, the triggers run again for every other write: a row
/// written by another program on the same connection gets its id and is logged.
#[test]
fn triggers_run_again_after_an_import_done_or_refused() {
    use clearfield::exchange::{self, ExportOptions, ImportOptions};
    let (_dir, path) = temp();
    let mut source = Store::create(&path.with_extension("source.gpkg")).unwrap();
    let records: Vec<Record> = (0..200).map(numbered_find).collect();
    source.insert(&records, "alice").unwrap();
    let mut file = Vec::new();
    exchange::export(&source, &mut file, &ExportOptions::default()).unwrap();
    let text = String::from_utf8(file.clone()).unwrap();
    // Every feature made invalid: the whole import is refused.
    let refused = text.replace("\"quantity\":", "\"quantity\":-").into_bytes();
    let mut store = Store::create(&path).unwrap();
    let blob = clearfield::store::gpkg::encode(&clearfield::io::wkt::parse("35.5,33.3").unwrap());
    let external = |store: &Store, n: i64| {
        store
            .connection()
            .execute(
                "INSERT INTO ordnance_finds (geom, ordnance_type, found_on) VALUES (?1, 'M42', '2024-01-01')",
                [&blob],
            )
            .unwrap();
        let (ids, logged): (i64, i64) = store
            .connection()
            .query_row(
                "SELECT (SELECT count(*) FROM ordnance_finds WHERE id IS NOT NULL AND category = 'submunition'), \
                 (SELECT count(*) FROM change_log WHERE changed_by = 'external')",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(logged, n);
        ids
    };
    assert!(
        exchange::import(
            &mut store,
            refused.as_slice(),
            &ImportOptions::default(),
            "alice",
            &mut |_| {}
        )
        .is_err()
    );
    assert_eq!(external(&store, 1), 1);
    exchange::import(
        &mut store,
        file.as_slice(),
        &ImportOptions::default(),
        "alice",
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(external(&store, 2), 202);
}

#[test]
fn a_row_added_by_another_program_gets_a_uuid_and_is_logged_as_external() {
    let (_dir, path) = temp();
    drop(Store::create(&path).unwrap());
    let blob = clearfield::store::gpkg::encode(&clearfield::io::wkt::parse("35.5,33.3").unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    // What QGIS writes: no id, no stamps, no category default of ours.
    conn.execute(
        "INSERT INTO ordnance_finds (geom, ordnance_type, category, found_on) VALUES (?1, 'M77', 'submunition', '2024-06-01')",
        [blob],
    )
    .unwrap();
    let id: String = conn
        .query_row("SELECT id FROM ordnance_finds", [], |r| r.get(0))
        .unwrap();
    let uuid = Uuid::parse_str(&id).unwrap();
    assert_eq!(uuid.get_version_num(), 4, "{id}");
    assert_eq!(id, id.to_lowercase());
    drop(conn);
    let (store, _) = Store::open(&path).unwrap();
    let history = store.history(uuid).unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(
        (
            history[0].operation.as_str(),
            history[0].changed_by.as_str()
        ),
        ("insert", "external")
    );
    assert_eq!(history[0].record["id"], id.as_str());
    let Record::Find(f) = store.get(uuid).unwrap().unwrap() else {
        panic!()
    };
    assert_eq!((f.ordnance_type.as_str(), f.quantity), ("M77", 1));
}

#[test]
fn check_reports_invalid_rows_and_changes_nothing() {
    let (_dir, path) = temp();
    let mut store = Store::create(&path).unwrap();
    store.insert(&full_set(), "alice").unwrap();
    // A bowtie and an impossible date, as another program could write them.
    // (A MULTIPOLYGON, as the column declares: a POLYGON would be a GeoPackage problem too.)
    let bowtie = clearfield::store::gpkg::encode(
        &clearfield::io::wkt::parse("MULTIPOLYGON(((35 33,35.1 33.1,35.1 33,35 33.1,35 33)))")
            .unwrap(),
    );
    store
        .connection()
        .execute(
            "INSERT INTO hazard_areas (id, geom, name, classification, surveyed_on) VALUES ('0b8e3c52-7a35-4c1e-9f0e-5d6a7b8c9d0e', ?1, 'bow', 'SHA', '2023-02-30')",
            [bowtie],
        )
        .unwrap();
    let fid: i64 = store
        .connection()
        .query_row("SELECT fid FROM hazard_areas WHERE name = 'bow'", [], |r| {
            r.get(0)
        })
        .unwrap();
    let before = dump(&path);
    let report = store.check().unwrap();
    assert!(!report.is_clean());
    assert!(
        report.integrity.is_empty()
            && report.foreign_keys.is_empty()
            && report.geopackage.is_empty()
    );
    assert_eq!(report.rows.len(), 1);
    let problem = report.rows[0].to_string();
    assert!(
        problem.starts_with(&format!(
            "hazard_areas feature {fid} (id 0b8e3c52-7a35-4c1e-9f0e-5d6a7b8c9d0e): "
        )),
        "{problem}"
    );
    assert!(
        problem.contains("surveyed_on \"2023-02-30\": is not a calendar date"),
        "{problem}"
    );
    assert!(problem.contains("crosses itself"), "{problem}");
    // Listing still shows the good records and names the bad row.
    let loaded = store.load(RecordKind::HazardArea).unwrap();
    assert_eq!((loaded.records.len(), loaded.problems.len()), (1, 1));
    assert_eq!(dump(&path), before);
}

#[test]
fn settings_are_kept() {
    let (_dir, path) = temp();
    let mut store = Store::create(&path).unwrap();
    assert_eq!(store.setting("article4_deadline").unwrap(), None);
    store
        .set_setting("article4_deadline", "2026-05-01")
        .unwrap();
    store
        .set_setting("article4_deadline", "2028-05-01")
        .unwrap();
    assert_eq!(
        store.setting("article4_deadline").unwrap().as_deref(),
        Some("2028-05-01")
    );
    assert!(
        store.set_setting("colour", "red").is_err(),
        "only known keys"
    );
    assert_eq!(store::table(RecordKind::LandRelease), "land_releases");
}

/// Undo and redo in the app (desktop app issue #6): each step is a new version in the change
/// log, one line of history (a deleted record that comes back names its deletion), and a
/// record changed by something else meanwhile is left alone.
#[test]
fn undo_and_redo_write_versions_and_refuse_a_record_changed_since() {
    use clearfield::store::undo::{Change, History};
    let (dir, path) = temp();
    let mut store = Store::create(&path).unwrap();
    let records = full_set();
    store.insert(&records, "alice").unwrap();
    let find_id = Uuid::parse_str(FIND_ID).unwrap();
    let original = records[2].clone();
    let copy = dir.path().join("before.gpkg");
    store.backup(&copy).unwrap();

    let mut history = History::default();
    let edited = original
        .edited(&fields(&[("quantity", "4")]), None, &types())
        .unwrap();
    store.update(&edited, "alice").unwrap();
    history.push(Change {
        id: find_id,
        before: Some(original.clone()),
        after: Some(edited.clone()),
    });
    store.delete(find_id, "alice").unwrap();
    history.push(Change {
        id: find_id,
        before: Some(edited.clone()),
        after: None,
    });
    assert_eq!(
        history.next_undo().unwrap().describe(),
        format!("deleted ordnance find {find_id}")
    );

    let now = |store: &Store| store.get(find_id).unwrap().map(Record::without_stamp);
    history.undo(&mut store, "alice").unwrap();
    assert_eq!(now(&store), Some(edited.clone()));
    history.undo(&mut store, "alice").unwrap();
    assert_eq!(now(&store), Some(original.clone()));
    assert!(history.undo(&mut store, "alice").unwrap().is_none());
    history.redo(&mut store, "alice").unwrap();
    assert_eq!(now(&store), Some(edited.clone()));
    history.redo(&mut store, "alice").unwrap();
    assert_eq!(now(&store), None);
    history.undo(&mut store, "alice").unwrap();
    assert_eq!(now(&store), Some(edited.clone()));

    // insert, update, delete, then undo: insert, update; redo: update, delete; undo: insert.
    let log: Vec<(String, String, String)> = store
        .connection()
        .prepare("SELECT operation, version_id, parents FROM change_log WHERE record_id = ?1 ORDER BY seq")
        .unwrap()
        .query_map([find_id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let ops: Vec<&str> = log.iter().map(|l| l.0.as_str()).collect();
    assert_eq!(
        ops,
        [
            "insert", "update", "delete", "insert", "update", "update", "delete", "insert"
        ]
    );
    for pair in log.windows(2) {
        assert_eq!(
            pair[1].2,
            format!("[\"{}\"]", pair[0].1),
            "one line of history"
        );
    }
    // So a copy taken before all this merges in without a conflict.
    let summary = store.merge(&copy, "alice", false, &mut |_, _| {}).unwrap();
    assert!(summary.conflicts.is_empty(), "{:?}", summary.conflicts);
    assert_eq!(now(&store), Some(edited.clone()));

    // Another program changes the record: undo refuses and changes nothing.
    let theirs = edited
        .edited(&fields(&[("quantity", "9")]), None, &types())
        .unwrap();
    store.update(&theirs, "qgis").unwrap();
    let before = dump(&path);
    let err = history.undo(&mut store, "alice").unwrap_err();
    assert!(
        matches!(err, StoreError::ChangedSince(id) if id == find_id),
        "{err}"
    );
    assert_eq!(dump(&path), before);
    assert!(
        history.next_undo().is_none(),
        "the step that can never apply is dropped, so earlier ones are not blocked"
    );
}

/// The dashboard's finds by type (desktop app issue #6): counted by hand from the records,
/// a find after the date left out, types with the most items first.
#[test]
fn finds_by_type_count_finds_and_items_up_to_the_date() {
    let (_dir, path) = temp();
    let mut store = Store::create(&path).unwrap();
    let find = |type_: &str, quantity: &str, found_on: &str| {
        record(
            RecordKind::OrdnanceFind,
            None,
            "35.5,33.2",
            &[
                ("ordnance_type", type_),
                ("quantity", quantity),
                ("found_on", found_on),
            ],
        )
    };
    store
        .insert(
            &[
                find("M42", "1", "2024-01-02"),
                find("M42", "4", "2024-02-03"),
                find("m42", "2", "2024-03-04"),
                find("M42", "5", "2025-01-01"),
                find("BLU-97", "10", "2024-12-31"),
            ],
            "alice",
        )
        .unwrap();
    let got: Vec<(String, String, u64, u64)> = clearfield::status::finds_by_type(
        &store,
        chrono::NaiveDate::from_ymd_opt(2024, 12, 31).unwrap(),
    )
    .unwrap()
    .into_iter()
    .map(|t| (t.ordnance_type, t.category, t.finds, t.items))
    .collect();
    assert_eq!(
        got,
        [
            ("BLU-97".to_owned(), "submunition".to_owned(), 1, 10),
            ("M42".to_owned(), "submunition".to_owned(), 3, 7),
        ]
    );
}

/// The app's figures are read on one snapshot (desktop app issue #6): a write committed by
/// another connection in the middle is not seen until the next read.
#[test]
fn a_snapshot_sees_one_moment_while_another_connection_writes() {
    let (_dir, path) = temp();
    let mut store = Store::create(&path).unwrap();
    let records = full_set();
    store.insert(&records[..1], "alice").unwrap();
    let count = |s: &Store| s.load(RecordKind::HazardArea).unwrap().records.len();
    let (inside, after_write) = store
        .snapshot(|s| {
            let first = count(s);
            let (mut other, _) = Store::open(&path).unwrap();
            let mut second = records[0].clone().without_stamp();
            if let Record::Hazard(h) = &mut second {
                h.id = clearfield::model::HazardId::new_random();
            }
            other.insert(&[second], "bob").unwrap();
            Ok((first, count(s)))
        })
        .unwrap();
    assert_eq!((inside, after_write), (1, 1));
    assert_eq!(count(&store), 2, "seen once the snapshot is over");
}

/// Pins the SQLite upgrade: 3.50.2 (rusqlite 0.37) has the WAL-reset bug, fixed in 3.51.3,
/// which can corrupt a file written from several connections, as the app does.
#[test]
fn bundled_sqlite_has_the_wal_reset_fix() {
    let v = rusqlite::version_number();
    assert!(
        v >= 3_051_003,
        "bundled SQLite {} predates 3.51.3",
        rusqlite::version()
    );
}

/// Issue #11 §2: `settings --name X --deadline BAD` wrote the name, then failed. Nothing is
/// written unless every value is good.
#[test]
fn settings_with_one_bad_value_change_nothing() {
    let (_dir, path) = temp();
    drop(Store::create(&path).unwrap());
    let out = common::run(&path, &["settings", "--name", "Old name"]);
    assert!(out.status.success());
    let out = common::run(
        &path,
        &["settings", "--name", "New name", "--deadline", "2026-02-30"],
    );
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("--deadline"),
        "{out:?}"
    );
    let (store, _) = Store::open(&path).unwrap();
    assert_eq!(
        store.setting("programme_name").unwrap().as_deref(),
        Some("Old name")
    );
    assert_eq!(store.setting("article4_deadline").unwrap(), None);
}

/// Issue #11 §2: migrations read the version inside the write lock. Several programs
/// opening one old file at the same moment upgrade it once; every one of them opens it.
#[test]
fn an_old_file_opened_by_several_programs_at_once_is_upgraded_once() {
    for _ in 0..5 {
        let (_dir, path) = temp();
        file_at_version(&path, 1);
        let barrier = std::sync::Barrier::new(4);
        let opened: Vec<Opened> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4)
                .map(|i| {
                    let (path, barrier) = (&path, &barrier);
                    std::thread::Builder::new()
                        .name(format!("opener-{i}"))
                        .spawn_scoped(s, move || {
                            barrier.wait();
                            Store::open(path).map(|(_, o)| o)
                        })
                        .unwrap()
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap().unwrap())
                .collect()
        });
        assert_eq!(
            opened.iter().filter(|o| **o == Opened::Migrated(1)).count(),
            1,
            "{opened:?}"
        );
        let (store, _) = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), CURRENT_VERSION);
        assert!(store.check().unwrap().is_clean());
    }
}

/// Issue #11 §2: stricter rules (geo 0.33, and now rings enclosing no area) must not hide
/// records stored before them: they stay listed, `check` names them, the figures say they
/// are left out, and the user decides: here corrects the boundary with `edit`.
#[test]
fn a_record_stored_before_a_stricter_rule_stays_listed_and_can_be_corrected() {
    let (_dir, path) = temp();
    let mut store = Store::create(&path).unwrap();
    store.insert(&full_set(), "alice").unwrap();
    // As Clearfield 0.1 stored it: three points on one line ("42 m²" then).
    let flat = clearfield::store::gpkg::encode(
        &clearfield::io::wkt::parse("MULTIPOLYGON(((35.5 33.2,35.6 33.2,35.7 33.2,35.5 33.2)))")
            .unwrap(),
    );
    const FLAT: &str = "0b8e3c52-7a35-4c1e-9f0e-5d6a7b8c9d0e";
    store
        .connection()
        .execute(
            "INSERT INTO hazard_areas (id, geom, name, classification, surveyed_on) VALUES (?1, ?2, 'flat', 'SHA', '2020-05-01')",
            rusqlite::params![FLAT, flat],
        )
        .unwrap();
    drop(store);
    let listed = common::ok(&path, &["list", "--kind", "hazard"]);
    assert!(
        listed.contains(&format!("not valid: hazard_areas feature 2 (id {FLAT})")),
        "{listed}"
    );
    assert!(listed.contains("encloses no area"), "{listed}");
    let checked = common::run(&path, &["check"]);
    assert_eq!(checked.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&checked.stdout).contains(FLAT));
    let status = common::ok(&path, &["status", "--as-of", "2025-01-01"]);
    assert!(
        status.contains("warning: left out, not a valid record") && status.contains(FLAT),
        "{status}"
    );
    // The user corrects the boundary; the name and dates stored with it are kept.
    let said = common::ok(
        &path,
        &[
            "edit",
            FLAT,
            "--geometry",
            "POLYGON((35.5 33.2,35.6 33.2,35.6 33.25,35.5 33.2))",
        ],
    );
    assert!(
        said.starts_with(&format!("corrected hazard area {FLAT}")),
        "{said}"
    );
    let (store, _) = Store::open(&path).unwrap();
    let Some(Record::Hazard(h)) = store.get(Uuid::parse_str(FLAT).unwrap()).unwrap() else {
        panic!("not a hazard area")
    };
    assert_eq!(
        (h.name.as_str(), h.surveyed_on.to_string().as_str()),
        ("flat", "2020-05-01")
    );
    assert!(store.check().unwrap().is_clean());
    let versions: Vec<String> = store
        .history(Uuid::parse_str(FLAT).unwrap())
        .unwrap()
        .into_iter()
        .map(|e| e.operation)
        .collect();
    assert_eq!(versions, ["insert", "update"]);
}
