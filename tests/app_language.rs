//! The app's languages (issue #15): the switch in the settings, remembered; the language
//! the app starts in; every label from the catalogue (a pseudo-language); right to left
//! in Arabic.

mod common;

use chrono::NaiveDate;
use clearfield::app::ClearfieldApp;
use clearfield::i18n::Language;
use common::settle;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// The app in a headless window of `w` × `h` points, after its first frames.
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

/// Georgian chosen in the settings: the top bar speaks Georgian in the next frame, the
/// settings file keeps `ka`, and an app opened again with that file starts in Georgian.
#[test]
fn georgian_chosen_in_the_settings_at_once_and_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("field.gpkg");
    let settings = dir.path().join("config").join("app.json");
    let app = ClearfieldApp::with_settings(db.clone(), today(), Some(settings.clone()));
    let mut harness = window(app, 1280.0, 1200.0);
    harness.get_by_label("Fit map to data");
    harness.get_by_label("Settings").click();
    harness.run_steps(2);
    // Each language by its own name.
    for name in ["English", "العربية", "Русский"] {
        harness.get_by_label(name);
    }
    harness.get_by_label("ქართული").click();
    harness.run_steps(2);
    assert_eq!(harness.state().language(), Language::Ka);
    harness.get_by_label("რუკა მონაცემებზე");
    harness.get_by_label("ახალი საშიში ტერიტორია");
    assert!(harness.query_by_label("Fit map to data").is_none());
    let kept: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&settings).unwrap()).unwrap();
    assert_eq!(kept["language"], "ka");

    // The environment's language does not override the one chosen.
    let again = ClearfieldApp::with_settings(db, today(), Some(settings))
        .with_environment_language(Language::Ru);
    assert_eq!(again.language(), Language::Ka);
    let harness = window(again, 1280.0, 900.0);
    harness.get_by_label("რუკა მონაცემებზე");
}

/// Without a language in the settings, the environment's; a tag written by a newer
/// version (a language this one has no catalogue for) is English, not a crash; a
/// settings file without a language is read as before.
#[test]
fn the_language_at_start_settings_then_environment_then_english() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("field.gpkg");
    let settings = dir.path().join("app.json");
    std::fs::write(&settings, r#"{"user": "Amal"}"#).unwrap();
    let app = ClearfieldApp::with_settings(db.clone(), today(), Some(settings.clone()));
    assert_eq!(app.language(), Language::En);
    let app = app.with_environment_language(Language::Ru);
    assert_eq!(app.language(), Language::Ru);
    let harness = window(app, 1280.0, 900.0);
    harness.get_by_label("Показать все данные");

    std::fs::write(&settings, r#"{"user": "Amal", "language": "tlh"}"#).unwrap();
    let app = ClearfieldApp::with_settings(db.clone(), today(), Some(settings.clone()))
        .with_environment_language(Language::Ru);
    assert_eq!(app.language(), Language::En);
    let harness = window(app, 1280.0, 900.0);
    harness.get_by_label("Fit map to data");

    std::fs::write(&settings, r#"{"language": "ar"}"#).unwrap();
    let app = ClearfieldApp::with_settings(db, today(), Some(settings));
    assert_eq!(app.language(), Language::Ar);
}

/// The words of `text` outside « … », less numbers, ids (hexadecimal, 8 characters or
/// more), coordinates and the words of `data` (names and codes from the records, the
/// file's name). Panics when the marks do not pair up.
fn outside_the_catalogue(text: &str, data: &std::collections::BTreeSet<String>) -> Vec<String> {
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in text.chars() {
        match c {
            '«' => depth += 1,
            '»' => depth = depth.checked_sub(1).expect("» without «"),
            c if depth == 0 => outside.push(c),
            _ => outside.push(' '),
        }
    }
    assert_eq!(depth, 0, "« without » in {text:?}");
    outside
        .split(|c: char| c.is_whitespace() || "|(),:;\"'`·×/".contains(c))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .filter(|w| !(w.len() >= 8 && w.chars().all(|c| c.is_ascii_hexdigit() || c == '-')))
        .filter(|w| !data.contains(*w))
        .map(str::to_owned)
        .collect()
}

/// Every text the accessibility tree shows (labels, and values but a text field's, which
/// is the user's), with its role.
fn shown_texts(harness: &Harness<'_, ClearfieldApp>) -> Vec<(String, String)> {
    let texts = std::cell::RefCell::new(Vec::new());
    let _ = harness
        .query_all_by(|n| {
            let role = format!("{:?}", n.role());
            // A wrapped label's lines: the label itself has the whole text.
            // egui's own name for a panel's resize handle ("Resize panel"): not shown.
            if matches!(
                n.role(),
                egui::accesskit::Role::TextRun | egui::accesskit::Role::Splitter
            ) {
                return false;
            }
            if let Some(label) = n.label() {
                texts.borrow_mut().push((role.clone(), label.to_string()));
            }
            let typed = matches!(
                n.role(),
                egui::accesskit::Role::TextInput | egui::accesskit::Role::MultilineTextInput
            );
            if !typed && let Some(value) = n.value() {
                texts.borrow_mut().push((role, value.to_string()));
            }
            false
        })
        .count();
    texts.into_inner()
}

/// Issue #15: every label of the app's main screens comes from the catalogue. With a
/// pseudo-language (every message between « »), the top bar, the welcome page, the
/// dashboard, a hazard area's panel, its form and the regions panel show nothing outside
/// the marks but data: record names, regions, teams, ordnance codes, numbers, dates, ids.
#[test]
fn every_label_of_the_main_screens_is_from_the_catalogue() {
    let pseudo = common::pseudo_catalogue("«", "»");
    let messages = || clearfield::i18n::Messages::with_catalogue(Language::En, &pseudo);
    // The marks work: a message comes marked (pinned here, so that a pseudo catalogue
    // that marks nothing fails).
    assert_eq!(messages().text("app-fit-map", &[]), "«Fit map to data»");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.gpkg");
    let mut data: std::collections::BTreeSet<String> =
        ["Clearfield", "demo.gpkg"].map(str::to_owned).into();
    let check = |harness: &Harness<'_, ClearfieldApp>,
                 screen: &str,
                 data: &std::collections::BTreeSet<String>| {
        let texts = shown_texts(harness);
        assert!(texts.len() > 10, "{screen}: {texts:?}");
        let stray: Vec<_> = texts
            .iter()
            .filter(|(_, t)| !data.contains(t) && !outside_the_catalogue(t, data).is_empty())
            .collect();
        assert!(
            stray.is_empty(),
            "{screen}: not from the catalogue: {stray:#?}"
        );
    };

    // The welcome page of an empty file.
    let app = ClearfieldApp::with_settings(db.clone(), today(), None).with_messages(messages());
    let harness = window(app, 1280.0, 900.0);
    check(&harness, "welcome", &data);
    drop(harness);

    // The demo programme: the dashboard.
    {
        let mut store = clearfield::store::Store::open(&db).unwrap().0;
        clearfield::demo::load(&mut store, today(), "demo", &mut |_| {}).unwrap();
        for kind in clearfield::model::RecordKind::ALL {
            for r in store.load(kind).unwrap().records {
                for (field, value) in r.fields() {
                    let free = clearfield::model::choices(&field).is_none();
                    if !free || value.is_empty() {
                        continue;
                    }
                    // Names, regions and teams also show inside sentences, word by word;
                    // a note only as a whole.
                    if ["name", "region", "team"].contains(&field.as_str()) {
                        data.extend(value.split_whitespace().map(str::to_owned));
                    }
                    data.insert(value);
                }
            }
        }
        for t in store.ordnance_types().unwrap() {
            data.insert(t.code.clone());
        }
    }
    let app = ClearfieldApp::with_settings(db, today(), None).with_messages(messages());
    let mut harness = window(app, 1280.0, 1400.0);
    check(&harness, "dashboard", &data);
    // Painted on the map (not in the accessibility tree): the scale bar and the credit.
    let painted = painted_texts(&harness);
    assert!(
        painted
            .iter()
            .any(|t| t.starts_with('«') && (t.ends_with(" m»") || t.ends_with(" km»"))),
        "{painted:?}"
    );
    assert!(
        painted
            .iter()
            .any(|t| t.starts_with("«Place names © GeoNames")),
        "{painted:?}"
    );

    // A hazard area's panel, found by "Go to", then its form.
    let id = harness
        .state()
        .store()
        .unwrap()
        .load(clearfield::model::RecordKind::HazardArea)
        .unwrap()
        .records[0]
        .uuid();
    let go_to = messages().text("app-go-to", &[]);
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, &go_to);
    field.focus();
    field.type_text(&id.to_string()[..8]);
    harness.run_steps(2);
    harness.get_by_label("«Go»").click();
    settle(&mut harness);
    harness.get_by_label("«Edit»");
    check(&harness, "record panel", &data);
    harness.get_by_label("«Edit»").click();
    settle(&mut harness);
    harness.get_by_label("«Save»");
    check(&harness, "form", &data);
    harness.get_by_label("«Cancel»").click();
    settle(&mut harness);

    // The regions panel.
    harness.get_by_label("«Regions and hazard areas»").click();
    settle(&mut harness);
    harness.get_by_label("«Land still contaminated, by region»");
    check(&harness, "regions", &data);

    // The GPS receiver's panel ("gpsd" is a program's name), the sync panel and the
    // import/export panel, each in the regions panel's place.
    data.insert("gpsd".to_owned());
    harness.get_by_label("«GPS»").click();
    settle(&mut harness);
    harness.get_by_label("«GPS receiver»");
    check(&harness, "GPS", &data);
    harness.get_by_label("«GPS»").click();
    harness.get_by_label("«Sync with hub»").click();
    settle(&mut harness);
    harness.get_by_label("«Hub address»");
    check(&harness, "sync", &data);
    // Import/export comes before the sync panel.
    harness.get_by_label("«Import / export»").click();
    settle(&mut harness);
    harness.get_by_label("«Import and export»");
    check(&harness, "import/export", &data);
    // What an export, a report and an import of the exported file say: a path is data.
    let exported = dir.path().join("all.geojson");
    let report = dir.path().join("report.html");
    for (path, button, said) in [
        (&exported, "«Export»", "«exported «"),
        (&report, "«Write report»", "«Wrote the report for "),
        (&exported, "«Import»", "«imported «"),
    ] {
        let shown = path.display().to_string();
        data.insert(shown.clone());
        common::act_on_file(&mut harness, "«File»", &shown, button);
        harness.get_by_label_contains(said);
        check(&harness, button, &data);
    }

    // A new hazard area's form with its traverse table.
    harness.get_by_label("«New hazard area»").click();
    settle(&mut harness);
    harness
        .get_by_label("«Enter legs from a benchmark»")
        .click();
    settle(&mut harness);
    harness.get_by_label("«Read pasted rows»");
    check(&harness, "traverse", &data);
}

/// The texts of the last frame's output as painted (the map's included).
fn painted_texts(harness: &Harness<'_, ClearfieldApp>) -> Vec<String> {
    fn collect(shape: &egui::Shape, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
            egui::Shape::Text(t) => out.push(t.galley.job.text.clone()),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, &mut out);
    }
    out
}

/// As [`every_label_of_the_main_screens_is_from_the_catalogue`], for the conflicts view:
/// the list, a conflict's versions side by side (whose, by whom, when), the fields to
/// choose and the buttons.
#[test]
fn every_label_of_the_conflicts_view_is_from_the_catalogue() {
    let pseudo = common::pseudo_catalogue("«", "»");
    let messages = clearfield::i18n::Messages::with_catalogue(Language::En, &pseudo);
    let dir = tempfile::tempdir().unwrap();
    let master = common::note_here_status_in_the_team(dir.path());
    let app = ClearfieldApp::with_settings(master, today(), None).with_messages(messages);
    let mut harness = window(app, 1400.0, 1000.0);
    harness.get_by_label("«Conflicts (1)»").click();
    settle(&mut harness);
    harness
        .get_by_label("«hazard area» \"North\" · 11111111")
        .click();
    settle(&mut harness);
    harness.get_by_label("«Resolve with these choices»");
    // The data: the record's name, notes, the file's name, who changed it, and when.
    let data: std::collections::BTreeSet<String> = [
        "Clearfield",
        "master.gpkg",
        "North",
        "hq",
        "team",
        "UTC",
        "goats graze here",
        "goats",
        "graze",
        "here",
    ]
    .map(str::to_owned)
    .into();
    let stray: Vec<_> = shown_texts(&harness)
        .into_iter()
        .filter(|(_, t)| !outside_the_catalogue(t, &data).is_empty())
        .collect();
    assert!(stray.is_empty(), "not from the catalogue: {stray:#?}");
}

/// Issue #15, "Arabic edited correctly": in the Arabic app, a hazard area's name typed in
/// Arabic into the form, the caret moved with the arrow keys (in a right-to-left line the
/// left arrow moves forward in the text) and a word inserted between the two words, is
/// stored in logical order: the order it was typed and read, first word first.
#[test]
fn an_arabic_name_typed_and_edited_in_the_form_is_stored_in_logical_order() {
    use clearfield::i18n::Messages;
    use clearfield::model::RecordKind;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("field.gpkg");
    let id = {
        let mut store = clearfield::store::Store::create(&db).unwrap();
        clearfield::demo::load(&mut store, today(), "demo", &mut |_| {}).unwrap();
        store.load(RecordKind::HazardArea).unwrap().records[0].uuid()
    };
    let m = Messages::new(Language::Ar);
    let app = ClearfieldApp::with_settings(db.clone(), today(), None)
        .with_messages(Messages::new(Language::Ar));
    let mut harness = window(app, 1280.0, 800.0);
    let go_to_label = m.text("app-go-to", &[]);
    let go_to = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, &go_to_label);
    go_to.focus();
    go_to.type_text(&id.to_string());
    harness.run_steps(2);
    harness.get_by_label(&m.text("app-go", &[])).click();
    settle(&mut harness);
    harness.get_by_label(&m.text("app-edit", &[])).click();
    settle(&mut harness);
    let name_label = format!("{} *", m.text("app-field-name", &[]));
    let name = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, &name_label);
    name.focus();
    harness.run_steps(2);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, &name_label)
        .type_text("بساتين كفركلا");
    harness.run_steps(2);
    common::insert_a_word_in_the_arabic_name(&mut harness, &name_label);
    harness.get_by_label(&m.text("app-save", &[])).click();
    settle(&mut harness);
    let (store, _) = clearfield::store::Store::open(&db).unwrap();
    let stored = store.get(id).unwrap().unwrap();
    assert_eq!(
        stored.fields().get("name").map(String::as_str),
        Some("بساتين الجنوبية كفركلا")
    );
}

/// Issue #15: what a new record's form still lacks is said in the language, the reasons
/// as well as the fields' labels (ru.ftl: `app-form-to-save`, `app-field-name`,
/// `err-field-reason-required`).
#[test]
fn the_forms_reasons_in_russian() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("field.gpkg");
    let app = ClearfieldApp::with_settings(db, today(), Some(dir.path().join("app.json")))
        .with_environment_language(Language::Ru);
    let mut harness = window(app, 1280.0, 1200.0);
    harness.get_by_label("Новый опасный район").click();
    settle(&mut harness);
    harness.get_by_label_contains("Чтобы сохранить: Название: обязательно");
    assert!(harness.query_by_label_contains("is required").is_none());
}
