//! The file is a GeoPackage by the spec's rules, read back without the app's own code:
//! header bytes, required tables and rows, and every geometry blob.

mod common;

use clearfield::model::Record;
use clearfield::store::Store;
use common::*;
use rusqlite::Connection;

fn made_file() -> (tempfile::TempDir, std::path::PathBuf, Vec<Record>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.gpkg");
    let records = full_set();
    let mut store = Store::create(&path).unwrap();
    store.insert(&records, "alice").unwrap();
    drop(store); // last connection closes: the WAL is checkpointed into the file
    (dir, path, records)
}

#[test]
fn header_bytes_say_sqlite_and_gpkg() {
    let (_dir, path, _) = made_file();
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(&bytes[0..16], b"SQLite format 3\0");
    // Spec 1.1.1.1.1: application_id at offset 68 is 'GPKG'; user_version at 60 is 10300.
    assert_eq!(&bytes[68..72], b"GPKG");
    assert_eq!(
        u32::from_be_bytes([bytes[60], bytes[61], bytes[62], bytes[63]]),
        10300
    );
    assert!(
        !path.with_extension("gpkg-wal").exists(),
        "WAL left behind after close"
    );
}

fn table_columns(conn: &Connection, table: &str) -> Vec<(String, String, bool, bool)> {
    let mut stmt = conn
        .prepare(&format!("PRAGMA table_info({table})"))
        .unwrap();
    stmt.query_map([], |r| {
        Ok((
            r.get(1)?,
            r.get(2)?,
            r.get::<_, i64>(3)? == 1,
            r.get::<_, i64>(5)? == 1,
        ))
    })
    .unwrap()
    .map(Result::unwrap)
    .collect()
}

#[test]
fn required_tables_and_rows_are_there() {
    let (_dir, path, _) = made_file();
    let conn = Connection::open(&path).unwrap();
    // Spec 1.1.2: the three required spatial reference systems.
    let srs: Vec<(i64, String, i64)> = conn
        .prepare("SELECT srs_id, organization, organization_coordsys_id FROM gpkg_spatial_ref_sys ORDER BY srs_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        srs,
        [
            (-1, "NONE".into(), -1),
            (0, "NONE".into(), 0),
            (4326, "EPSG".into(), 4326)
        ]
    );
    // Spec 1.1.3 / 2.1.5: feature tables registered with their geometry column.
    let features: Vec<(String, String, String, i64, i64, i64)> = conn
        .prepare(
            "SELECT c.table_name, g.column_name, g.geometry_type_name, g.srs_id, g.z, g.m FROM gpkg_contents c \
             JOIN gpkg_geometry_columns g USING (table_name) WHERE c.data_type = 'features' ORDER BY 1",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let want = |t: &str, ty: &str| (t.to_owned(), "geom".to_owned(), ty.to_owned(), 4326, 0, 0);
    assert_eq!(
        features,
        [
            want("evidence_points", "POINT"),
            want("hazard_areas", "MULTIPOLYGON"),
            want("land_releases", "MULTIPOLYGON"),
            want("ordnance_finds", "POINT"),
            want("survey_points", "POINT")
        ]
    );
    let attributes: Vec<String> = conn
        .prepare("SELECT table_name FROM gpkg_contents WHERE data_type = 'attributes' ORDER BY 1")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(
        attributes,
        [
            "change_log",
            "clearfield_meta",
            "conflicts",
            "evidence_points_photos",
            "hazard_areas_photos",
            "import_profiles",
            "land_releases_photos",
            "merges",
            "ordnance_finds_photos",
            "ordnance_types",
            "photo_log",
            "photos",
            "settings",
            "survey_points_photos"
        ]
    );
    // Every registered table has an INTEGER PRIMARY KEY (spec 2.1.6.1.1, 2.4.2.1.1), and the
    // contents extents cover the features.
    let tables: Vec<String> = conn
        .prepare("SELECT table_name FROM gpkg_contents")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for t in &tables {
        let pk: Vec<_> = table_columns(&conn, t)
            .into_iter()
            .filter(|c| c.3)
            .collect();
        assert_eq!(pk.len(), 1, "{t}");
        assert_eq!(pk[0].1, "INTEGER", "{t}");
        let sql: String = conn
            .query_row("SELECT sql FROM sqlite_master WHERE name = ?1", [t], |r| {
                r.get(0)
            })
            .unwrap();
        assert!(sql.contains("PRIMARY KEY AUTOINCREMENT"), "{t}");
    }
    let extent: (f64, f64, f64, f64) = conn
        .query_row("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = 'hazard_areas'", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .unwrap();
    assert_eq!(extent, (35.48, 33.27, 35.51, 33.28));
    // Column types are GeoPackage data types (spec table 1).
    let allowed = [
        "INTEGER",
        "TEXT",
        "DATE",
        "DATETIME",
        "MULTIPOLYGON",
        "POINT",
        "DOUBLE",
        "TINYINT",
        "BLOB",
        "REAL",
    ];
    for t in [
        "hazard_areas",
        "land_releases",
        "ordnance_finds",
        "settings",
        "ordnance_types",
        "change_log",
        "clearfield_meta",
        "conflicts",
        "merges",
        "import_profiles",
    ] {
        for (name, ty, _, _) in table_columns(&conn, t) {
            assert!(allowed.contains(&ty.as_str()), "{t}.{name} has type {ty}");
        }
    }
}

#[test]
fn every_geometry_blob_decodes_by_the_spec() {
    let (_dir, path, records) = made_file();
    let conn = Connection::open(&path).unwrap();
    for record in &records {
        let table = clearfield::store::table(record.kind());
        let blob: Vec<u8> = conn
            .query_row(
                &format!("SELECT geom FROM {table} WHERE id = ?1"),
                [record.uuid().to_string()],
                |r| r.get(0),
            )
            .unwrap();
        let (srs, envelope, decoded) = decode_blob(&blob);
        assert_eq!(srs, 4326);
        match (record, decoded) {
            (Record::Find(f), Decoded::Point(x, y)) => {
                assert_eq!((x, y), (f.location.x(), f.location.y()));
                assert_eq!(
                    envelope, None,
                    "points carry no envelope, as GDAL writes them"
                );
            }
            (Record::Hazard(h), Decoded::MultiPolygon(polys)) => {
                let expected: Vec<Vec<Vec<(f64, f64)>>> = h
                    .geometry
                    .0
                    .iter()
                    .map(|p| {
                        std::iter::once(p.exterior())
                            .chain(p.interiors())
                            .map(|r| r.0.iter().map(|c| (c.x, c.y)).collect())
                            .collect()
                    })
                    .collect();
                assert_eq!(polys, expected);
                assert_eq!(polys.len(), 2);
                assert_eq!(polys[0].len(), 2, "the hole is kept");
                let typed: (f64, f64) = (
                    "35.480123456789012".parse().unwrap(),
                    "33.271234567890123".parse().unwrap(),
                );
                assert_eq!(polys[0][0][0], typed, "full precision");
                assert_eq!(envelope, Some([35.48, 35.51, 33.27, 33.28]));
            }
            (Record::Release(_), Decoded::MultiPolygon(polys)) => {
                assert_eq!(
                    polys,
                    [[[
                        (35.48, 33.275),
                        (35.49, 33.275),
                        (35.49, 33.28),
                        (35.48, 33.28),
                        (35.48, 33.275)
                    ]]]
                );
                assert_eq!(envelope, Some([35.48, 35.49, 33.275, 33.28]));
            }
            (r, d) => panic!("{:?} stored as {d:?}", r.kind()),
        }
    }
}

/// min x, max x, min y, max y; `None` for an empty table.
type Extent = (Option<f64>, Option<f64>, Option<f64>, Option<f64>);

/// Each table's extent in `gpkg_contents` as it is, and measured from every row.
fn extents(store: &Store) -> Vec<Extent> {
    let conn = store.connection();
    let mut out = Vec::new();
    for t in ["hazard_areas", "land_releases", "ordnance_finds"] {
        let q = |sql: &str| {
            conn.query_row(sql, [t], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .unwrap()
        };
        out.push(q(
            "SELECT min_x, max_x, min_y, max_y FROM gpkg_contents WHERE table_name = ?1",
        ));
        let t_sql = format!(
            "SELECT min(ST_MinX(geom)), max(ST_MaxX(geom)), min(ST_MinY(geom)), max(ST_MaxY(geom)) \
             FROM {t} WHERE ?1 IS NOT NULL"
        );
        out.push(q(&t_sql));
    }
    out
}

mod extents_kept {
    use super::*;
    use clearfield::model::RecordKind;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]

        /// A save updates a table's extent without reading the whole table (it grows by what
        /// is added, and is measured again only when a geometry on its edge goes), and after
        /// any sequence of additions, moves and deletions it is still exactly the extent of
        /// the rows.
        #[test]
        fn extents_after_saves_equal_the_extents_of_the_rows(
            edits in prop::collection::vec((0u8..3, 0usize..16, 0u32..30, 0u32..30), 1..24)
        ) {
            let dir = tempfile::tempdir().unwrap();
            let mut store = Store::create(&dir.path().join("e.gpkg")).unwrap();
            let mut ids: Vec<(RecordKind, uuid::Uuid)> = Vec::new();
            for (what, which, x, y) in edits {
                let built = |kind: RecordKind, id: Option<&str>| match kind {
                    RecordKind::OrdnanceFind => record(
                        kind,
                        id,
                        &format!("{},{}", f64::from(x) / 1000.0, f64::from(y) / 1000.0),
                        &[("ordnance_type", "M42"), ("found_on", "2024-01-01")],
                    ),
                    _ => record(
                        kind,
                        id,
                        &cell_rect(x, y, x + 1 + which as u32 % 5, y + 2),
                        &[("name", "H"), ("classification", "CHA"), ("surveyed_on", "2024-01-01")],
                    ),
                };
                match what {
                    0 => {
                        let kind = [RecordKind::HazardArea, RecordKind::OrdnanceFind][which % 2];
                        let r = built(kind, None);
                        ids.push((kind, r.uuid()));
                        store.insert(&[r], "t").unwrap();
                    }
                    1 if !ids.is_empty() => {
                        let (kind, id) = ids[which % ids.len()];
                        let r = built(kind, Some(&id.to_string()));
                        store.update(&r, "t").unwrap();
                    }
                    2 if !ids.is_empty() => {
                        let (_, id) = ids.remove(which % ids.len());
                        store.delete(id, "t").unwrap();
                    }
                    _ => continue,
                }
                let e = extents(&store);
                for pair in e.chunks(2) {
                    prop_assert_eq!(pair[0], pair[1]);
                }
            }
        }
    }
}
