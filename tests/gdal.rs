//! GDAL (what QGIS and ArcGIS read GeoPackages with) opens the file without warnings, and the
//! app keeps working after GDAL has written to it. Needs `ogrinfo`/`ogr2ogr` (Debian's
//! gdal-bin, which .ci/run installs); elsewhere these tests say they were skipped.

mod common;
use common::ok as clearfield;

use std::path::Path;
use std::process::{Command, Output};

fn run(cmd: &str, args: &[&str]) -> Output {
    let out = Command::new(cmd).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{cmd} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn readme_file(db: &Path) -> String {
    clearfield(db, &["init"]);
    let out = clearfield(
        db,
        &[
            "add",
            "hazard",
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
    let hazard = out.split_whitespace().nth(3).unwrap().to_owned();
    clearfield(
        db,
        &[
            "add",
            "release",
            "--method",
            "cleared",
            "--completed-on",
            "2024-05-01",
            "--hazard-id",
            &hazard,
            "--geometry",
            "POLYGON((35.58 33.28, 35.582 33.28, 35.582 33.282, 35.58 33.282, 35.58 33.28))",
        ],
    );
    clearfield(
        db,
        &[
            "add",
            "find",
            "--at",
            "35.581,33.281",
            "--ordnance-type",
            "M77",
            "--found-on",
            "2024-04-20",
        ],
    );
    hazard
}

#[test]
fn ogrinfo_lists_the_three_layers_in_epsg_4326_without_warnings() {
    if !common::tool("ogrinfo", &["--version"], "gdal-bin") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    let db_s = db.to_str().unwrap();
    readme_file(&db);
    let out = run("ogrinfo", &[db_s]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "GDAL printed warnings"
    );
    assert!(!stdout.contains("Warning"), "{stdout}");
    for layer in [
        "1: hazard_areas (Multi Polygon)",
        "2: land_releases (Multi Polygon)",
        "3: ordnance_finds (Point)",
    ] {
        assert!(stdout.contains(layer), "{stdout}");
    }
    for (layer, geometry) in [
        (
            "hazard_areas",
            "MULTIPOLYGON (((35.58 33.28,35.585 33.28,35.585 33.284,35.58 33.284,35.58 33.28)))",
        ),
        (
            "land_releases",
            "MULTIPOLYGON (((35.58 33.28,35.582 33.28,35.582 33.282,35.58 33.282,35.58 33.28)))",
        ),
        ("ordnance_finds", "POINT (35.581 33.281)"),
    ] {
        let out = run("ogrinfo", &["-al", db_s, layer]);
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(String::from_utf8_lossy(&out.stderr), "");
        assert!(text.contains("Feature Count: 1"), "{layer}: {text}");
        assert!(text.contains("ID[\"EPSG\",4326]"), "{layer}: {text}");
        assert!(text.contains(geometry), "{layer}: {text}");
    }
}

#[test]
fn the_app_writes_after_gdal_indexed_and_appended_to_the_file() {
    if !common::tool("ogrinfo", &["--version"], "gdal-bin") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    let db_s = db.to_str().unwrap();
    readme_file(&db);
    run(
        "ogrinfo",
        &[
            db_s,
            "-sql",
            "SELECT CreateSpatialIndex('hazard_areas', 'geom')",
        ],
    );
    // A polygon added by GDAL, as QGIS would: no id, no stamps.
    let csv = dir.path().join("q.csv");
    std::fs::write(
        &csv,
        "WKT,name,classification,surveyed_on\n\"POLYGON((35.6 33.28,35.605 33.28,35.605 33.284,35.6 33.28))\",From QGIS,SHA,2024-01-05\n",
    )
    .unwrap();
    run(
        "ogr2ogr",
        &[
            "-append",
            "-nln",
            "hazard_areas",
            db_s,
            csv.to_str().unwrap(),
            "-oo",
            "GEOM_POSSIBLE_NAMES=WKT",
            "-oo",
            "KEEP_GEOM_COLUMNS=NO",
            "-a_srs",
            "EPSG:4326",
            "-nlt",
            "MULTIPOLYGON",
        ],
    );
    clearfield(
        &db,
        &[
            "add",
            "hazard",
            "--name",
            "After GDAL",
            "--classification",
            "SHA",
            "--surveyed-on",
            "2024-02-01",
            "--geometry",
            "POLYGON((35.61 33.28, 35.615 33.28, 35.615 33.284, 35.61 33.28))",
        ],
    );
    let list = clearfield(&db, &["list", "--kind", "hazard"]);
    assert!(list.starts_with("hazard_areas (3):"), "{list}");
    let qgis_line = list.lines().find(|l| l.contains("From QGIS")).unwrap();
    let id = qgis_line.split_whitespace().next().unwrap();
    assert_eq!(
        uuid::Uuid::parse_str(id).unwrap().get_version_num(),
        4,
        "{qgis_line}"
    );
    assert!(clearfield(&db, &["check"]).ends_with("no problems found\n"));
    let history = clearfield(&db, &["history", id]);
    assert!(history.contains("insert  by external"), "{history}");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let indexed: i64 = conn
        .query_row("SELECT count(*) FROM rtree_hazard_areas_geom", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(indexed, 3);
}
