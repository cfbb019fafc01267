//! The desktop app driven headless by its labels (egui_kittest): a first run offers the demo,
//! loading it fills the database and the dashboard, and a damaged file is reported in the
//! window instead of crashing.

use chrono::NaiveDate;
use clearfield::app::ClearfieldApp;
use clearfield::model::RecordKind;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The app in a headless window of `w` × `h` points, after its first frames.
fn window(app: ClearfieldApp, w: f32, h: f32) -> Harness<'static, ClearfieldApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(w, h))
        .build_ui_state(|ui, app: &mut ClearfieldApp| app.ui(ui), app);
    harness.run();
    harness
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

#[test]
fn first_run_offers_the_demo_and_loading_it_shows_the_programme() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.gpkg");
    let app = ClearfieldApp::new(db.clone(), today());
    assert!(db.exists(), "the app creates its file on first run");
    let mut harness = window(app, 1280.0, 800.0);
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
    let harness = window(app, 1280.0, 800.0);
    harness.get_by_label_contains("not a database file");
    assert_eq!(
        std::fs::read_to_string(&db).unwrap(),
        "field notes, not a database"
    );
}

/// Done-when of the desktop app issue: record a hazard area, then a clearance over part of
/// it, and see the remaining area change. Boundaries are typed here (the same text box the
/// map clicks fill).
#[test]
fn record_a_hazard_area_and_a_clearance_and_see_the_remaining_area_change() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("field.gpkg");
    let app = ClearfieldApp::new(db.clone(), today());
    let mut harness = window(app, 1400.0, 900.0);
    let text_input = |harness: &Harness<'_, ClearfieldApp>, label: &str, text: &str| {
        let role = if label == "Geometry" {
            egui::accesskit::Role::MultilineTextInput
        } else {
            egui::accesskit::Role::TextInput
        };
        let node = harness.get_by_role_and_label(role, label);
        node.focus();
        node.type_text(text);
    };

    harness.get_by_label("New hazard area").click();
    harness.run();
    // A bad date is shown beside the form and nothing is saved.
    text_input(
        &harness,
        "Geometry",
        "POLYGON((35.58 33.28,35.585 33.28,35.585 33.284,35.58 33.284,35.58 33.28))",
    );
    text_input(&harness, "name", "Kfar Kila north");
    harness.run();
    let date = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "surveyed_on");
    date.focus();
    date.type_text("x");
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    harness.get_by_label_contains("is not a date written YYYY-MM-DD");
    assert_eq!(
        harness
            .state()
            .store()
            .unwrap()
            .load(RecordKind::HazardArea)
            .unwrap()
            .records
            .len(),
        0
    );
    harness.get_by_label("Cancel").click();
    harness.run();

    harness.get_by_label("New hazard area").click();
    harness.run();
    text_input(
        &harness,
        "Geometry",
        "POLYGON((35.58 33.28,35.585 33.28,35.585 33.284,35.58 33.284,35.58 33.28))",
    );
    text_input(&harness, "name", "Kfar Kila north");
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    let remaining =
        |h: &Harness<'_, ClearfieldApp>| h.state().dashboard().unwrap().status.totals.remaining.0;
    // pyproj Geod(ellps="WGS84"): 206 634.996 m².
    assert!(
        (remaining(&harness) - 206_634.996).abs() < 0.01,
        "{}",
        remaining(&harness)
    );

    harness.get_by_label("New land release").click();
    harness.run();
    text_input(
        &harness,
        "Geometry",
        "POLYGON((35.58 33.28,35.582 33.28,35.582 33.282,35.58 33.282,35.58 33.28))",
    );
    harness.run();
    harness.get_by_label("Save").click();
    harness.run();
    // The L-shaped rest: 165 308.156 m² (pyproj).
    assert!(
        (remaining(&harness) - 165_308.156).abs() < 0.01,
        "{}",
        remaining(&harness)
    );
    harness.get_by_label("165,308");
    let store = harness.state().store().unwrap();
    assert_eq!(
        store.load(RecordKind::LandRelease).unwrap().records.len(),
        1
    );
    harness.get_by_label_contains("Saved land release");
}

/// Merge two team files from the app and resolve their conflict with the versions side by side.
#[test]
fn merge_team_files_and_resolve_the_conflict_in_the_app() {
    use clearfield::model::Record;
    use clearfield::store::Store;
    let dir = tempfile::tempdir().unwrap();
    let master = dir.path().join("master.gpkg");
    let id = uuid::Uuid::parse_str("11111111-1111-4111-8111-111111111111").unwrap();
    {
        let mut m = Store::create(&master).unwrap();
        let input = clearfield::model::RecordInput {
            id: Some(id),
            geometry: Some(
                clearfield::io::wkt::parse(
                    "POLYGON((35.5 33.2,35.505 33.2,35.505 33.21,35.5 33.2))",
                )
                .unwrap(),
            ),
            fields: [
                ("name", "North"),
                ("classification", "CHA"),
                ("surveyed_on", "2024-01-01"),
            ]
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
            extra: Default::default(),
        };
        let h = clearfield::model::build(RecordKind::HazardArea, input, &[]).unwrap();
        m.insert(&[h], "hq").unwrap();
    }
    let teams: Vec<std::path::PathBuf> = ["a", "b"]
        .iter()
        .map(|t| {
            let p = dir.path().join(format!("team-{t}.gpkg"));
            std::fs::copy(&master, &p).unwrap();
            let (mut s, _) = Store::open(&p).unwrap();
            let current = s.get(id).unwrap().unwrap();
            let mut changes = clearfield::model::Fields::new();
            changes.insert("name".into(), format!("North {}", t.to_uppercase()));
            s.update(&current.edited(&changes, None, &[]).unwrap(), t)
                .unwrap();
            p
        })
        .collect();

    let app = ClearfieldApp::new(master.clone(), today());
    let mut harness = window(app, 1400.0, 900.0);
    harness.get_by_label("Merge a file").click();
    harness.run();
    for team in &teams {
        let path = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "File to merge");
        path.focus();
        path.type_text(team.to_str().unwrap());
        harness.run_steps(2);
        harness.get_by_label("Merge").click();
        harness.run_steps(2);
        for _ in 0..500 {
            if !harness.state().merge_running() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
            harness.step();
        }
        harness.run_steps(3);
        harness.get_by_label_contains("Merged: 1 versions received");
        // Clear the path for the next file.
        let path = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "File to merge");
        path.focus();
        for _ in 0..team.to_str().unwrap().len() {
            harness.key_press(egui::Key::Backspace);
        }
        harness.run_steps(2);
    }
    assert_eq!(
        harness.state().store().unwrap().conflicts().unwrap().len(),
        1
    );
    harness.get_by_label("Close").click();
    harness.run_steps(3);
    // The conflicts panel opened by itself after the merge that found one.
    harness
        .get_by_label_contains("hazard area 11111111")
        .click();
    harness.run_steps(3);
    harness.get_by_label("North A");
    harness.get_by_label("North B");
    let keep = harness.get_all_by_label_contains("Keep ").next().unwrap();
    keep.click();
    harness.run_steps(3);
    let store = harness.state().store().unwrap();
    assert!(store.conflicts().unwrap().is_empty());
    let Record::Hazard(h) = store.get(id).unwrap().unwrap() else {
        panic!()
    };
    assert_eq!(
        h.name, "North A",
        "the first column (the older change) was kept"
    );
}

/// Import from the app: a bad file lists its problems per feature and changes nothing; a good
/// one comes in; export and the report write their files.
#[test]
fn import_and_export_from_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("f.gpkg");
    let bad = dir.path().join("bad.geojson");
    std::fs::write(
        &bad,
        r#"{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[35.5,95]},"properties":{"kind":"ordnance_find","ordnance_type":"M42","found_on":"2024-01-01"}}]}"#,
    )
    .unwrap();
    let good = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/demo.geojson");
    let app = ClearfieldApp::new(db.clone(), today());
    let mut harness = window(app, 1400.0, 900.0);
    harness.get_by_label("Import / export").click();
    harness.run();
    let act = |harness: &mut Harness<'_, ClearfieldApp>, path: &str, button: &str| {
        let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "File");
        field.focus();
        for _ in 0..300 {
            harness.key_press(egui::Key::Backspace);
        }
        field.type_text(path);
        harness.run_steps(2);
        harness.get_by_label(button).click();
        harness.run_steps(2);
        for _ in 0..1000 {
            if !harness.state().import_running() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
            harness.step();
        }
        harness.run_steps(2);
    };
    act(&mut harness, bad.to_str().unwrap(), "Import GeoJSON");
    harness.get_by_label_contains("1 problem(s), nothing was imported");
    harness.get_by_label_contains(
        "feature 1: geometry: point: coordinate 0 (lon 35.5, lat 95) is outside",
    );
    assert_eq!(
        harness
            .state()
            .store()
            .unwrap()
            .load(RecordKind::OrdnanceFind)
            .unwrap()
            .records
            .len(),
        0
    );
    act(&mut harness, good, "Import GeoJSON");
    harness.get_by_label_contains(
        "Imported 250 hazard areas, 1200 land releases, 1500 ordnance finds",
    );
    let out = dir.path().join("out.geojson");
    act(&mut harness, out.to_str().unwrap(), "Export GeoJSON");
    harness.get_by_label_contains("Exported 250 hazard areas");
    assert_eq!(
        std::fs::read(&out).unwrap(),
        std::fs::read(good).unwrap(),
        "export gives the demo's bytes back"
    );
    let report = dir.path().join("report.html");
    act(
        &mut harness,
        report.to_str().unwrap(),
        "Write report (HTML, last 12 months)",
    );
    harness.get_by_label_contains("Wrote the report");
    assert!(std::fs::read_to_string(&report).unwrap().contains("<svg"));
}

#[test]
fn region_and_hazard_tables_sort_by_their_columns() {
    let dir = tempfile::tempdir().unwrap();
    let app = ClearfieldApp::new(dir.path().join("f.gpkg"), today());
    let mut harness = window(app, 1400.0, 1400.0);
    harness.get_by_label("Load the demo programme").click();
    harness.run();
    harness.get_by_label("Regions and hazard areas").click();
    harness.run();
    // The demo's six regions, each listed once; the regions add up to the total.
    for region in [
        "Bint Jbeil",
        "Marjayoun",
        "Nabatieh",
        "Tyre",
        "Hasbaya",
        "Sidon",
    ] {
        harness.get_by_label(region);
    }
    harness.get_by_label("remaining, m² (sorted)");
    harness.get_by_label("name").click();
    harness.run();
    harness.get_by_label("name (sorted)");
    harness.get_by_label("CMR-00001");
}
