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
