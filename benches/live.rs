//! `cargo bench --bench live`: how soon the desktop app shows the national-scale programme
//! (5,000 hazard areas, 20,000 releases, 200,000 finds) after opening it, and how soon the
//! dashboard, the forecast and the map's remaining land follow a save, a delete and an undo.
//! Driven headless through the app's own widgets (egui_kittest), frames included, GPU not.
//! Record the figures in BENCHMARKS.md.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use clearfield::app::ClearfieldApp;
use clearfield::model::RecordKind;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use geo::BoundingRect;

/// The allocator the app's binary uses (src/main.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

type App<'a> = Harness<'a, ClearfieldApp>;

/// Runs frames until `done` holds, one each `every` (while it waits for work the app asks for
/// a frame 100 ms after the last, and at once when work hands something over: this counts
/// up to 100 ms more than the app takes); the time it took.
fn until_every(
    harness: &mut App<'_>,
    every: Duration,
    done: impl Fn(&ClearfieldApp) -> bool,
) -> Duration {
    let start = Instant::now();
    while !done(harness.state()) {
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "waited 2 minutes"
        );
        harness.step();
        std::thread::sleep(every);
    }
    start.elapsed()
}

/// As [`until_every`], a frame each millisecond.
fn until(harness: &mut App<'_>, done: impl Fn(&ClearfieldApp) -> bool) -> Duration {
    until_every(harness, Duration::from_millis(1), done)
}

fn remaining(app: &ClearfieldApp) -> Option<(usize, u64)> {
    app.dashboard().map(|d| {
        (
            d.status.land_releases,
            d.status.totals.remaining.0.to_bits(),
        )
    })
}

fn text(harness: &App<'_>, role: egui::accesskit::Role, label: &str, value: &str) {
    let field = harness.get_by_role_and_label(role, label);
    field.focus();
    field.type_text(value);
}

/// Clicks `button` (Save, Delete), then times the frames until the dashboard shows other
/// figures and the app has nothing left to work out.
fn timed_click(harness: &mut App<'_>, button: &str) -> (Duration, Duration) {
    let before = remaining(harness.state());
    harness.get_by_label(button).click();
    let start = Instant::now();
    harness.step();
    until(harness, |app| remaining(app) != before);
    let figures = start.elapsed();
    until(harness, |app| !app.busy());
    (figures, start.elapsed())
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench-data");
    std::fs::create_dir_all(&dir).expect("bench dir");
    let national = common::national_file(&dir);
    // Saves go to a copy: the generated file stays as generated.
    let path = dir.join("live-bench.gpkg");
    std::fs::copy(&national, &path).expect("copy");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    // Where to record: a square in the middle of the first hazard area.
    let (store, _) = clearfield::store::Store::open(&path).expect("open");
    let hazard = match &store.load(RecordKind::HazardArea).expect("load").records[0] {
        clearfield::model::Record::Hazard(h) => h.clone(),
        _ => unreachable!(),
    };
    drop(store);
    let b = hazard.geometry.bounding_rect().expect("box");
    let (x, y) = ((b.min().x + b.max().x) / 2.0, (b.min().y + b.max().y) / 2.0);
    let d = ((b.max().x - b.min().x).min(b.max().y - b.min().y) / 4.0).max(1e-5);
    let square = format!(
        "POLYGON(({} {},{} {},{} {},{} {},{} {}))",
        x - d,
        y - d,
        x + d,
        y - d,
        x + d,
        y + d,
        x - d,
        y + d,
        x - d,
        y - d
    );

    let start = Instant::now();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(|ui, app: &mut ClearfieldApp| app.ui(ui), {
            ClearfieldApp::new(path.clone(), today)
        });
    let window = start.elapsed();
    let every = Duration::from_millis(100);
    until_every(&mut harness, every, |app| app.map().shape_count() > 0);
    let map = start.elapsed();
    until_every(&mut harness, every, |app| app.status().is_some());
    let status = start.elapsed();
    until_every(&mut harness, every, |app| app.dashboard().is_some());
    let figures = start.elapsed();
    until_every(&mut harness, every, |app| !app.busy());
    let all = start.elapsed();
    println!(
        "open: window {window:.2?}, map {map:.2?}, figures {status:.2?}, forecast {figures:.2?}, finds and conflicts {all:.2?}"
    );

    let mut saves = Vec::new();
    for round in 0..5 {
        harness.get_by_label("New land release").click();
        until(&mut harness, |app| !app.busy());
        harness.run_steps(2);
        text(
            &harness,
            egui::accesskit::Role::MultilineTextInput,
            "Geometry",
            &square,
        );
        harness.run_steps(2);
        let (shown, idle) = timed_click(&mut harness, "Save");
        println!("save {round} → figures {shown:.2?} (all done {idle:.2?})");
        saves.push(shown);
        // Undo it (Ctrl+Z), timed the same way.
        let before = remaining(harness.state());
        let t = Instant::now();
        harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
        until(&mut harness, |app| remaining(app) != before);
        println!("undo {round} → figures {:.2?}", t.elapsed());
        saves.push(t.elapsed());
        until(&mut harness, |app| !app.busy());
    }
    saves.sort();
    println!(
        "save or undo → figures: median {:.2?}, worst {:.2?} ({} edits)",
        saves[saves.len() / 2],
        saves[saves.len() - 1],
        saves.len()
    );
    drop(harness);
    let _ = std::fs::remove_file(&path);
}
