//! Issue #17, "Done when": the three users who got stuck, each driving one whole task in the
//! app (egui_kittest), and checked on what they read: the sentence, the labels, the record
//! a link opens; the file only where the task is to change it.

mod common;

use chrono::NaiveDate;
use clearfield::app::ClearfieldApp;
use clearfield::model::RecordKind;
use common::settle;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn window(app: ClearfieldApp, w: f32, h: f32) -> Harness<'static, ClearfieldApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(w, h))
        .build_ui_state(|ui, app: &mut ClearfieldApp| app.ui(ui), app);
    settle(&mut harness);
    harness
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 27).unwrap()
}

/// Types `text` into the text field labelled `label`, replacing what was there.
fn type_into(harness: &mut Harness<'_, ClearfieldApp>, label: &str, text: &str) {
    let field = harness.get_by_role_and_label(Role::TextInput, label);
    field.focus();
    for _ in 0..200 {
        harness.key_press(egui::Key::Backspace);
    }
    let field = harness.get_by_role_and_label(Role::TextInput, label);
    field.type_text(text);
    harness.run_steps(2);
}

/// Clicks `button` and waits until the app's background work is done.
fn press(harness: &mut Harness<'_, ClearfieldApp>, button: &str) {
    harness.get_by_label(button).click();
    harness.run_steps(2);
    for _ in 0..2000 {
        let s = harness.state();
        if !s.import_running() && !s.writing() && !s.previewing() && !s.merge_running() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    settle(harness);
}

/// The text of a label (egui gives it as the node's label or its value).
fn text_of(harness: &Harness<'_, ClearfieldApp>, contains: &str) -> String {
    let node = harness.get_by_label_contains(contains);
    node.accesskit_node()
        .label()
        .or_else(|| node.value())
        .unwrap_or_default()
}

/// The team leader: finds the hazard area by name, reads what remains of it and what was
/// done there, opens the clearance from its panel, then goes to a position read off a GPS
/// unit in UTM (36S 740281 3685298 is lon 35.58, lat 33.28: pyproj, to the metre); the panel
/// never moves the map.
#[test]
fn team_leader_finds_the_hazard_area_reads_its_remaining_land_and_goes_to_a_position() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("team.gpkg");
    common::yohmor_half_cleared(&db);
    let mut harness = window(ClearfieldApp::new(db, today()), 1400.0, 900.0);
    let map_area = harness.state().map().area().unwrap();
    type_into(
        &mut harness,
        "Go to (a name, an id, or lon,lat / UTM / MGRS / DMS)",
        "yohmor",
    );
    press(&mut harness, "Go");
    // The hazard area's panel: its name, its land still contaminated (the west half), and
    // what was done there, each a link.
    harness.get_by_label("Yohmor terraces");
    harness.get_by_label("Area 103.31 ha (1,033,140 m²)");
    harness.get_by_label("Remaining 51.66 ha (516,570 m²)");
    harness.get_by_label("2 × M77 · 2025-05-02");
    assert_eq!(harness.state().map().area().unwrap(), map_area);
    let (lon, lat) = harness.state().map().centre();
    assert!(
        (lon - 35.585).abs() < 1e-9 && (lat - 33.285).abs() < 1e-9,
        "{lon} {lat}"
    );
    harness
        .get_by_label("cleared 2025-06-01 · 51.66 ha · Team B")
        .click();
    settle(&mut harness);
    harness.get_by_label("Team B");
    harness.get_by_label_contains("Land release ");
    // A position read off the GPS unit.
    type_into(
        &mut harness,
        "Go to (a name, an id, or lon,lat / UTM / MGRS / DMS)",
        "36S 740281 3685298",
    );
    press(&mut harness, "Go");
    let said = text_of(&harness, "Centred on lon ");
    let lon: f64 = said[15..24].parse().unwrap();
    let lat: f64 = said[30..39].parse().unwrap();
    // One metre is about 1e-5° here.
    assert!(
        (lon - 35.58).abs() < 1e-5 && (lat - 33.28).abs() < 1e-5,
        "{said}"
    );
}

/// The IM officer: previews a survey file on the map (the boundary that crosses itself named
/// with where it crosses, nothing written), imports the good feature and skips the bad, sees
/// the map fitted to what came in; then merges a team's file: the dry run lists the record it
/// would change by kind and name, the merge finds the conflict, and the officer takes the
/// note from this file and the status from the team's, reading both on the record after.
#[test]
fn im_officer_previews_imports_merges_and_resolves_field_by_field() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("national.gpkg");
    let survey = dir.path().join("survey.geojson");
    std::fs::write(
        &survey,
        r#"{"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"Olive grove"},"geometry":{"type":"Polygon","coordinates":[[[35.6,33.3],[35.61,33.3],[35.61,33.31],[35.6,33.3]]]}},
{"type":"Feature","properties":{"name":"Terrace"},"geometry":{"type":"Polygon","coordinates":[[[35.50,33.30],[35.51,33.31],[35.51,33.30],[35.50,33.31],[35.50,33.30]]]}}]}"#,
    )
    .unwrap();
    let mut harness = window(ClearfieldApp::new(db.clone(), today()), 1400.0, 1000.0);
    harness.get_by_label("Import / export").click();
    settle(&mut harness);
    type_into(&mut harness, "File", survey.to_str().unwrap());
    type_into(
        &mut harness,
        "Fill fields the features lack (FIELD=VALUE, comma between)",
        "classification=SHA, surveyed_on=2024-05-02",
    );
    harness
        .get_by_role_and_label(Role::ComboBox, "Features without a kind are")
        .click();
    harness.run_steps(2);
    harness.get_by_label("hazard area").click();
    harness.run_steps(2);
    press(&mut harness, "Preview on the map");
    harness.get_by_label_contains("1 would be refused");
    harness.get_by_label(
        "Feature 2 \"Terrace\": geometry: the boundary crosses itself near lon 35.50500, lat 33.30500",
    );
    let count = |harness: &Harness<'_, ClearfieldApp>| {
        harness
            .state()
            .store()
            .unwrap()
            .load(RecordKind::HazardArea)
            .unwrap()
            .records
            .len()
    };
    assert_eq!(count(&harness), 0, "a preview writes nothing");
    harness
        .get_by_label("Import the valid features, list the others")
        .click();
    harness.run_steps(2);
    press(&mut harness, "Import");
    harness.get_by_label_contains("Imported 1 hazard area");
    harness.get_by_label_contains("Skipped 1:");
    assert_eq!(count(&harness), 1);
    // The map fitted to what came in: the olive grove's box, 35.6–35.61, 33.3–33.31.
    let (lon, lat) = harness.state().map().centre();
    assert!(
        (lon - 35.605).abs() < 1e-9 && (lat - 33.305).abs() < 1e-9,
        "{lon} {lat}"
    );
    harness.get_by_label("Close").click();
    settle(&mut harness);

    // A team's copy, edited there (its status) while this file gets a note.
    let store = harness.state().store().unwrap();
    let grove = store.find_records("Olive grove", 5).unwrap()[0].1;
    let team = dir.path().join("team.gpkg");
    store.backup(&team).unwrap();
    {
        let (mut t, _) = clearfield::store::Store::open(&team).unwrap();
        let current = t.get(grove).unwrap().unwrap();
        let edited = current
            .edited(&common::fields(&[("status", "in_progress")]), None, &[])
            .unwrap();
        t.update(&edited, "team").unwrap();
    }
    {
        let (mut here, _) = clearfield::store::Store::open(&db).unwrap();
        let current = here.get(grove).unwrap().unwrap();
        let edited = current
            .edited(&common::fields(&[("note", "goats graze here")]), None, &[])
            .unwrap();
        here.update(&edited, "hq").unwrap();
    }
    harness.get_by_label("Merge a file").click();
    settle(&mut harness);
    type_into(&mut harness, "File to merge", team.to_str().unwrap());
    press(&mut harness, "Dry run");
    harness.get_by_label_contains("(dry run, nothing changed)");
    harness.get_by_label(&format!("conflict on hazard area \"Olive grove\" {grove}"));
    assert!(
        harness
            .state()
            .store()
            .unwrap()
            .conflicts()
            .unwrap()
            .is_empty()
    );
    press(&mut harness, "Merge");
    harness.get_by_label_contains(": 1 version received; ");
    harness.get_by_label("Close").click();
    settle(&mut harness);
    // The conflicts panel opened itself; the record by kind and name.
    harness
        .get_by_label(&format!(
            "hazard area \"Olive grove\" · {}",
            &grove.to_string()[..8]
        ))
        .click();
    settle(&mut harness);
    harness.get_by_label("goats graze here").click();
    harness.run_steps(2);
    // The status in words (stored as `in_progress`).
    harness.get_by_label("in progress").click();
    harness.run_steps(2);
    press(&mut harness, "Resolve with these choices");
    // What the officer reads after: the resolved record with both.
    harness.get_by_label_contains(&format!("Resolved {grove}: new version "));
    harness.get_by_label("goats graze here");
    harness.get_by_label("in progress");
    harness.get_by_role_and_label(Role::Button, "Conflicts (0)");
}

/// The programme manager: opens the demo programme and reads the one sentence on top; the
/// area it says remains is what the regions add up to (another path through the engine:
/// each piece of land counted in one region), and its completion date is the estimate's;
/// the chart's legend names its lines; the report written from the app for the last 12
/// months says the same sentence.
#[test]
fn programme_manager_reads_the_sentence_the_regions_and_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = window(
        ClearfieldApp::new(dir.path().join("demo.gpkg"), today()),
        1600.0,
        1400.0,
    );
    harness.get_by_label("Load the demo programme").click();
    settle(&mut harness);
    let sentence = text_of(&harness, " remain; ");
    // "2.6 km² remain; at this pace clearance ends on 13 September 2031; …"
    let (remain, rest) = sentence.split_once(" km² remain; ").unwrap();
    let remain: f64 = remain.parse().unwrap();
    let completion = text_of(&harness, "Completion: ");
    // The date in words, as the headline writes it (issue #15: dates through the catalogue).
    let date = NaiveDate::parse_from_str(completion.trim_start_matches("Completion: "), "%d %B %Y")
        .unwrap();
    assert!(
        rest.starts_with(&format!(
            "at this pace clearance ends on {};",
            date.format("%-d %B %Y")
        )),
        "{sentence}"
    );
    assert!(rest.contains("over the last 12 months"), "{sentence}");
    for line in [
        "remaining area",
        "projection at the present pace",
        "today (27 November 2026)",
    ] {
        harness.get_by_label(line);
    }
    harness.get_by_label("Regions and hazard areas").click();
    settle(&mut harness);
    let mut regions = 0.0;
    for region in [
        "Bint Jbeil",
        "Marjayoun",
        "Nabatieh",
        "Tyre",
        "Hasbaya",
        "Sidon",
    ] {
        let bar = text_of(&harness, &format!("{region}: "));
        let (_, figures) = bar.split_once(": ").unwrap();
        regions += figures
            .split_once(" km² (")
            .unwrap()
            .0
            .parse::<f64>()
            .unwrap();
    }
    assert!(
        (regions - remain).abs() < 0.05,
        "{regions} against {remain}"
    );
    // The report of the last 12 months, written from the app, opens with the same sentence.
    harness.get_by_label("Import / export").click();
    settle(&mut harness);
    let report = dir.path().join("programme.html");
    type_into(&mut harness, "File", report.to_str().unwrap());
    press(&mut harness, "Write report");
    harness.get_by_label("Open the report");
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(html.contains(&sentence), "{sentence}");
}
