//! The map and the dashboard rendered headless on the GPU path the app uses (wgpu; on a
//! machine without a GPU, Mesa's lavapipe), compared with the reviewed pictures in
//! `tests/snapshots/` (desktop app issue #6). After a deliberate change of the look:
//! `UPDATE_SNAPSHOTS=1 cargo test --test snapshot`, then look at the new pictures before
//! committing them.

mod common;

use chrono::NaiveDate;
use clearfield::app::ClearfieldApp;
use clearfield::model::RecordKind;
use common::settle;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// Whether a GPU adapter (or lavapipe) is there; on CI its absence is a failure (.ci/run
/// installs Mesa's Vulkan drivers), elsewhere the test says it was skipped.
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
        eprintln!(
            "SKIPPED: no GPU adapter; install mesa-vulkan-drivers (lavapipe) to run this test"
        );
    }
    found
}

#[test]
fn demo_programme_map_and_dashboard() {
    if !gpu() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.gpkg");
    let mut harness = scene(db.clone());
    harness.get_by_label("Load the demo programme").click();
    settle(&mut harness);
    harness.remove_cursor();
    settle(&mut harness);
    harness.snapshot("demo_whole_programme");

    // Street level in the middle of the programme: areas with outlines, the remaining land
    // highlighted, finds one by one as symbols.
    let centre = {
        use geo::Centroid;
        let store = harness.state().store().unwrap();
        let hazards = store.load(RecordKind::HazardArea).unwrap().records;
        hazards[0].geometry().centroid().unwrap()
    };
    for _ in 0..9 {
        // Keys zoom about the cursor, which stays on that hazard area.
        let at = harness
            .state()
            .map()
            .screen_pos(centre.x(), centre.y())
            .unwrap();
        harness.hover_at(at);
        harness.step();
        harness.key_press(egui::Key::Plus);
        harness.step();
    }
    // Drag that hazard area to the middle of the map.
    let from = harness
        .state()
        .map()
        .screen_pos(centre.x(), centre.y())
        .unwrap();
    let to = egui::pos2(816.0, 400.0);
    harness.hover_at(from);
    harness.step();
    harness.drag_at(from);
    harness.step();
    for i in 1..=5 {
        harness.hover_at(from.lerp(to, i as f32 / 5.0));
        harness.step();
    }
    harness.drop_at(to);
    settle(&mut harness);
    harness.snapshot("demo_street_level");
}

/// A save that fails (SQLite refuses the insert) leaves the form open with the error beside
/// it, in a red that reads on the dark grey panel (issue #11 §0).
#[test]
fn a_failed_save_shows_its_error_beside_the_form() {
    if !gpu() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("field.gpkg");
    let mut harness = scene(db.clone());
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch(
            "CREATE TRIGGER fail_writes BEFORE INSERT ON hazard_areas \
             BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END;",
        )
        .unwrap();
    common::type_new_hazard(
        &mut harness,
        "POLYGON((35.58 33.28,35.585 33.28,35.585 33.284,35.58 33.284,35.58 33.28))",
        "Kfar Kila north",
    );
    harness.get_by_label("Save").click();
    settle(&mut harness);
    harness.remove_cursor();
    settle(&mut harness);
    harness.snapshot("failed_save");
}

/// Issue #17: the conflict view, each version headed by whose it is (this file, the other
/// file), by whom and when, in its colour; each field that differs a choice of whose value
/// to take (here the note from this file, the status from the other), the others plain.
#[test]
fn conflict_with_a_choice_per_field() {
    if !gpu() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let master = common::note_here_status_in_the_team(dir.path());
    let mut harness = scene(master);
    harness.get_by_label("Conflicts (1)").click();
    settle(&mut harness);
    harness
        .get_by_label("hazard area \"North\" · 11111111")
        .click();
    settle(&mut harness);
    harness.get_by_label("goats graze here").click();
    settle(&mut harness);
    harness.remove_cursor();
    settle(&mut harness);
    harness.snapshot("conflict_field_choice");
}

/// The app as the snapshot scenes see it: 1280 × 800 on the GPU path, on `db`, at the tests'
/// date.
fn scene(db: std::path::PathBuf) -> Harness<'static, ClearfieldApp> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .wgpu()
        .build_ui_state(
            |ui, app: &mut ClearfieldApp| app.ui(ui),
            ClearfieldApp::new(db, today),
        );
    settle(&mut harness);
    harness
}

/// Issue #17 (team leader): a hazard area's panel over the map, with its land still
/// contaminated (the west half: its east half was cleared) and its release and find, each a
/// link; the map is not moved by the panel.
#[test]
fn hazard_panel_with_its_remaining_area_release_and_find() {
    if !gpu() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("field.gpkg");
    common::yohmor_half_cleared(&db);
    let mut harness = scene(db);
    let at = harness.state().map().screen_pos(35.582, 33.285).unwrap();
    harness.hover_at(at);
    harness.step();
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    settle(&mut harness);
    harness.get_by_label("Yohmor terraces");
    harness.remove_cursor();
    settle(&mut harness);
    harness.snapshot("hazard_panel");
}

/// Issue #17 (IM officer): an import previewed on the map before anything is written: the
/// good boundary in blue, the one refused in red with a ring where it crosses itself, named
/// in the list by its number and name.
#[test]
fn import_preview_with_a_bad_feature_marked() {
    if !gpu() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // A path relative to the crate (the tests' working folder), so the picture is the same on
    // every machine.
    std::fs::create_dir_all("target/tmp").unwrap();
    let preview = std::path::PathBuf::from("target/tmp/survey.geojson");
    std::fs::write(
        &preview,
        r#"{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"Olive grove"},"geometry":{"type":"Polygon","coordinates":[[[35.515,33.3],[35.525,33.3],[35.525,33.31],[35.515,33.3]]]}},
{"type":"Feature","properties":{"name":"Terrace"},"geometry":{"type":"Polygon","coordinates":[[[35.50,33.30],[35.51,33.31],[35.51,33.30],[35.50,33.31],[35.50,33.30]]]}}]}"#,
    )
    .unwrap();
    let mut harness = scene(dir.path().join("field.gpkg"));
    harness.get_by_label("Import / export").click();
    settle(&mut harness);
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "File");
    field.focus();
    field.type_text(preview.to_str().unwrap());
    harness.run_steps(2);
    let fill = harness.get_by_role_and_label(
        egui::accesskit::Role::TextInput,
        "Fill fields the features lack (FIELD=VALUE, comma between)",
    );
    fill.focus();
    fill.type_text("classification=SHA, surveyed_on=2024-05-02");
    harness.run_steps(2);
    harness
        .get_by_role_and_label(
            egui::accesskit::Role::ComboBox,
            "Features without a kind are",
        )
        .click();
    harness.run_steps(2);
    harness.get_by_label("hazard area").click();
    harness.run_steps(2);
    harness.get_by_label("Preview on the map").click();
    for _ in 0..1000 {
        harness.step();
        if !harness.state().previewing() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    settle(&mut harness);
    harness.get_by_label_contains("1 would be refused");
    harness.remove_cursor();
    settle(&mut harness);
    harness.snapshot("import_preview");
}

/// Issue #17 (programme manager): the regions and hazard areas panel on the demo programme:
/// a bar per region with its share, the region table, the hazard areas below.
#[test]
fn regions_panel_on_the_demo_programme() {
    if !gpu() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let mut harness = scene(dir.path().join("demo.gpkg"));
    harness.get_by_label("Load the demo programme").click();
    settle(&mut harness);
    harness.get_by_label("Regions and hazard areas").click();
    settle(&mut harness);
    harness.remove_cursor();
    settle(&mut harness);
    harness.snapshot("regions_panel");
}

/// Issue #15: the dashboard and a form in Arabic (right to left: the dashboard at the
/// right, the panels at the left, text against the right edge) and in Georgian, with a
/// hazard area of the demo programme named in Arabic, selected (its panel over the map),
/// then opened in the form and its name edited (a word typed between its two words).
#[test]
fn dashboard_and_form_in_arabic() {
    dashboard_and_form_in(clearfield::i18n::Language::Ar, "arabic");
}

/// As [`dashboard_and_form_in_arabic`], in Georgian (left to right), the Arabic name kept.
#[test]
fn dashboard_and_form_in_georgian() {
    dashboard_and_form_in(clearfield::i18n::Language::Ka, "georgian");
}

/// The dashboard with the Arabic-named hazard area's panel, then its form, in `language`;
/// the pictures `dashboard_NAME` and `form_NAME`.
fn dashboard_and_form_in(language: clearfield::i18n::Language, name: &str) {
    if !gpu() {
        return;
    }
    use clearfield::i18n::Messages;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.gpkg");
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let id = {
        let mut store = clearfield::store::Store::create(&db).unwrap();
        clearfield::demo::load(&mut store, today, "demo", &mut |_| {}).unwrap();
        let first = store.load(RecordKind::HazardArea).unwrap().records[0].clone();
        let edited = first
            .edited(
                &common::fields(&[("name", ARABIC_NAME)]),
                None,
                &common::types(),
            )
            .unwrap();
        store.update(&edited, "demo").unwrap();
        first.uuid()
    };
    let messages = Messages::new(language);
    let app = ClearfieldApp::with_settings(db, today, None).with_messages(Messages::new(language));
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .wgpu()
        .build_ui_state(|ui, app: &mut ClearfieldApp| app.ui(ui), app);
    settle(&mut harness);
    // Go to the hazard area by its id (typed in Latin letters).
    let go_to = messages.text("app-go-to", &[]);
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, &go_to);
    field.focus();
    field.type_text(&id.to_string()[..8]);
    harness.run_steps(2);
    harness.get_by_label(&messages.text("app-go", &[])).click();
    settle(&mut harness);
    harness.remove_cursor();
    settle(&mut harness);
    harness.snapshot(format!("dashboard_{name}"));
    harness.get_by_label(ARABIC_NAME);
    harness
        .get_by_label(&messages.text("app-edit", &[]))
        .click();
    settle(&mut harness);
    // The name edited: a word typed between its two words; the caret stays after it.
    let name_label = format!("{} *", messages.text("app-field-name", &[]));
    common::insert_a_word_in_the_arabic_name(&mut harness, &name_label);
    harness.remove_cursor();
    harness.run_steps(2);
    harness.snapshot(format!("form_{name}"));
}

/// A hazard area's name in Arabic: "the orchards of Kfar Kila".
const ARABIC_NAME: &str = "بساتين كفركلا";
