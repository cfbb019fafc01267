//! The desktop app driven headless by its labels (egui_kittest): a first run offers the demo,
//! loading it fills the database and the dashboard, and a damaged file is reported in the
//! window instead of crashing.

use chrono::NaiveDate;
use clearfield::app::ClearfieldApp;
use clearfield::model::RecordKind;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

#[test]
fn first_run_offers_the_demo_and_loading_it_shows_the_programme() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.gpkg");
    let app = ClearfieldApp::new(db.clone(), today());
    assert!(db.exists(), "the app creates its file on first run");
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut ClearfieldApp| app.ui(ui), app);
    harness.run();
    harness.get_by_label("This file has no records yet");
    harness.get_by_label("Load the demo programme").click();
    harness.run();
    let store = harness.state().store().unwrap();
    let counts: Vec<usize> = RecordKind::ALL
        .iter()
        .map(|k| store.load(*k).unwrap().records.len())
        .collect();
    assert_eq!(counts, [250, 1200, 1500]);
    harness.get_by_label_contains("Loaded the demo programme: 250 hazard areas");
    assert!(
        harness.query_by_label("Load the demo programme").is_none(),
        "the welcome is gone"
    );
    // The dashboard shows what `status` computes for the same file and date.
    let status = clearfield::status::status(store, today(), None).unwrap();
    let shown = harness.state().dashboard().unwrap().status.totals;
    assert_eq!(shown, status.totals);
    harness.get_by_label(&clearfield::estimate::thousands(status.totals.remaining.0));
    // Layers can be switched off by their labels.
    harness.get_by_label("Ordnance finds").click();
    harness.run();
}

#[test]
fn a_file_that_is_not_a_database_is_reported_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("notes.gpkg");
    std::fs::write(&db, "field notes, not a database").unwrap();
    let app = ClearfieldApp::new(db.clone(), today());
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .build_ui_state(|ui, app: &mut ClearfieldApp| app.ui(ui), app);
    harness.run();
    harness.get_by_label_contains("not a database file");
    assert_eq!(
        std::fs::read_to_string(&db).unwrap(),
        "field notes, not a database"
    );
}
