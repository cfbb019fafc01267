//! A file made by the previous release (schema version 3: `tests/data/v3.gpkg`, written by
//! the `clearfield` binary of commit bbb9dff, see tests/data/README.md) upgrades to the
//! current schema (4: import profiles; 5: photos) with every record, version and setting,
//! its schema then equal to a new file's, and it takes what the new schema adds.

mod common;

use std::path::Path;
use std::process::Command;

use clearfield::model::Record;
use clearfield::store::{Opened, Store};
use common::*;

const VALIDATOR: &str = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py";
const HAZARD: &str = "6e042450-50ed-455c-a6d7-a785e84cabea";

#[test]
fn a_file_of_schema_version_3_upgrades_and_takes_photos_and_profiles() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.gpkg");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/v3.gpkg"),
        &path,
    )
    .unwrap();
    let said = ok(&path, &["list"]);
    assert!(
        said.starts_with(&format!(
            "upgraded {} from schema version 3 to {}\n",
            path.display(),
            clearfield::store::CURRENT_VERSION
        )),
        "{said}"
    );
    let (store, opened) = Store::open(&path).unwrap();
    assert_eq!(opened, Opened::Current);
    let Some(Record::Hazard(h)) = store.get(HAZARD.parse().unwrap()).unwrap() else {
        panic!("hazard area missing")
    };
    assert_eq!(h.name, "Terrace north");
    let count = |sql: &str| -> i64 { store.connection().query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM change_log"), 6, "6 adds");
    assert_eq!(count("SELECT count(*) FROM survey_points"), 2);
    assert_eq!(count("SELECT count(*) FROM evidence_points"), 1);
    let fresh = Store::create(&dir.path().join("fresh.gpkg")).unwrap();
    assert_eq!(schema_of(store.connection()), schema_of(fresh.connection()));
    drop(store);
    let settings = ok(&path, &["settings"]);
    assert!(
        settings.contains("1:500"),
        "the closure tolerance kept: {settings}"
    );

    // What schema 4 and 5 add: a saved import profile, a photo.
    ok(
        &path,
        &["import", "--save-profile", "monthly", "--as", "evidence"],
    );
    assert!(ok(&path, &["import", "--list-profiles"]).contains("monthly"));
    let png = dir.path().join("marking.png");
    image::RgbImage::from_pixel(4, 3, image::Rgb([200, 30, 30]))
        .save(&png)
        .unwrap();
    ok(&path, &["attach", HAZARD, png.to_str().unwrap()]);
    let photos = ok(&path, &["photos", HAZARD]);
    assert!(
        photos.contains("marking.png") && photos.contains("image/png"),
        "{photos}"
    );
    let checked = ok(&path, &["check"]);
    assert!(checked.contains("no problems found"), "{checked}");
    if !tool("/usr/bin/python3", &["-c", "import osgeo"], "python3-gdal") {
        return;
    }
    let out = Command::new("/usr/bin/python3")
        .arg(VALIDATOR)
        .arg(Path::new(&path))
        .output()
        .unwrap();
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
