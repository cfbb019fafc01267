//! Offline basemaps: an MBTiles file read with the TMS row flip, and shown in the app.

mod common;

use std::io::Cursor;
use std::path::Path;

use clearfield::io::mbtiles::{Mbtiles, tile_of};

/// Writes an MBTiles file with one solid-colour PNG tile per (z, x, TMS row, colour).
fn mbtiles(path: &Path, tiles: &[(u8, u32, u32, [u8; 3])]) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(
        "CREATE TABLE metadata (name TEXT, value TEXT);
         INSERT INTO metadata VALUES ('name', 'Test basemap'), ('format', 'png');
         CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);",
    )
    .unwrap();
    for (z, x, row, rgb) in tiles {
        let img =
            image::RgbaImage::from_pixel(256, 256, image::Rgba([rgb[0], rgb[1], rgb[2], 255]));
        let mut png = Cursor::new(Vec::new());
        img.write_to(&mut png, image::ImageFormat::Png).unwrap();
        conn.execute(
            "INSERT INTO tiles VALUES (?1, ?2, ?3, ?4)",
            rusqlite::params![z, x, row, png.into_inner()],
        )
        .unwrap();
    }
}

#[test]
fn rows_are_flipped_from_tms_to_north_up() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.mbtiles");
    // At zoom 1, TMS row 1 is the northern row: XYZ row 0.
    mbtiles(&path, &[(1, 0, 1, [255, 0, 0]), (1, 0, 0, [0, 0, 255])]);
    let m = Mbtiles::open(&path).unwrap();
    assert_eq!(m.name, "Test basemap");
    assert_eq!(m.zooms, (1, 1));
    let north = m.tile(1, 0, 0).unwrap().unwrap();
    assert_eq!(north.size, [256, 256]);
    assert_eq!(&north.rgba[..4], &[255, 0, 0, 255]);
    let south = m.tile(1, 0, 1).unwrap().unwrap();
    assert_eq!(&south.rgba[..4], &[0, 0, 255, 255]);
    assert!(m.tile(1, 1, 0).unwrap().is_none(), "no tile there");
    let err = Mbtiles::open(&dir.path().join("none.mbtiles"))
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("not an MBTiles file (no such file)"), "{err}");
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "not tiles").unwrap();
    assert!(Mbtiles::open(&text).is_err());
}

#[test]
fn the_app_opens_a_basemap_by_its_path() {
    use clearfield::app::ClearfieldApp;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lebanon.mbtiles");
    // Tiles over south Lebanon at zoom 8 (TMS row = 2^8 − 1 − XYZ row).
    let (x, y) = tile_of(35.5, 33.25, 8);
    mbtiles(
        &path,
        &[
            (8, x, 255 - y, [200, 220, 200]),
            (8, x + 1, 255 - y, [200, 220, 200]),
        ],
    );
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let app = ClearfieldApp::new(dir.path().join("f.gpkg"), today);
    // Tall enough for the basemap field below the chart and the sentence above it.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 1200.0))
        .build_ui_state(|ui, app: &mut ClearfieldApp| app.ui(ui), app);
    common::settle(&mut harness);
    harness.get_by_label("Load the demo programme").click();
    common::settle(&mut harness);
    let field = harness.get_by_role_and_label(
        egui::accesskit::Role::TextInput,
        "Basemap (MBTiles file, offline)",
    );
    field.focus();
    field.type_text(path.to_str().unwrap());
    harness.run_steps(2);
    harness.get_by_label("Open").click();
    common::settle(&mut harness);
    harness.get_by_label("Basemap: Test basemap");
    harness.get_by_label("Showing Test basemap");
}
