//! `cargo bench --bench frame`: frame time of the desktop app with the national-scale
//! programme (5,000 hazard areas, 20,000 releases, 200,000 finds) while panning the map,
//! measured headless: building the frame (egui) and tessellating it into triangles, the CPU
//! work of a frame; the GPU upload is not included. Record the figures in BENCHMARKS.md.
//!
//! `cargo bench --bench frame -- ar` (or `ka`, `ru`): the same in that language; in Arabic
//! every text goes through the bidirectional algorithm (app::bidi) each frame.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use clearfield::app::ClearfieldApp;

/// The allocator the app's binary uses (src/main.rs), so that frames allocate as they do there.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use common::national_file;

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench-data");
    std::fs::create_dir_all(&dir).expect("bench dir");
    let path = national_file(&dir);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    let start = Instant::now();
    let language = std::env::args()
        .skip(1)
        .find_map(|a| clearfield::i18n::Language::from_tag(&a))
        .unwrap_or(clearfield::i18n::Language::En);
    println!("language: {}", language.tag());
    let mut app =
        ClearfieldApp::new(path, today).with_messages(clearfield::i18n::Messages::new(language));
    println!(
        "the window is ready (file opened, figures started in the background): {:.2?}",
        start.elapsed()
    );
    let ctx = egui::Context::default();
    let size = egui::vec2(1400.0, 900.0);
    let frame = |app: &mut ClearfieldApp, events: Vec<egui::Event>| -> Duration {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
            events,
            ..Default::default()
        };
        let t = Instant::now();
        let output = ctx.run_ui(input, |ui| app.ui(ui));
        let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
        std::hint::black_box(primitives);
        t.elapsed()
    };
    // Settle (fit to data), then pan by dragging across the map, at two zooms.
    // The figures and the map's shapes are computed in a thread; the window is live meanwhile.
    let mut first_frames = Vec::new();
    while app.busy() {
        first_frames.push(frame(&mut app, Vec::new()));
        std::thread::sleep(Duration::from_millis(15));
    }
    // The last one took the figures and the map's shapes in.
    let handover = first_frames.pop().unwrap_or_default();
    let shown = start.elapsed();
    let first_paint = frame(&mut app, Vec::new());
    first_frames.sort();
    println!(
        "while the figures are computed: {} frames, median {:.2?}, worst {:.2?}",
        first_frames.len(),
        first_frames
            .get(first_frames.len() / 2)
            .copied()
            .unwrap_or_default(),
        first_frames.last().copied().unwrap_or_default(),
    );
    println!(
        "figures shown after {shown:.2?}; the frame taking them in {handover:.2?}, the next {first_paint:.2?}"
    );
    for _ in 0..3 {
        frame(&mut app, Vec::new());
    }
    for (label, zoom_steps) in [("whole programme", 0), ("zoomed in 8x", 3)] {
        for _ in 0..zoom_steps {
            frame(
                &mut app,
                vec![egui::Event::Key {
                    key: egui::Key::Plus,
                    physical_key: None,
                    pressed: true,
                    repeat: false,
                    modifiers: Default::default(),
                }],
            );
        }
        let mut times = Vec::new();
        let mut pos = egui::pos2(800.0, 450.0);
        frame(
            &mut app,
            vec![
                egui::Event::PointerMoved(pos),
                egui::Event::PointerButton {
                    pos,
                    button: egui::PointerButton::Primary,
                    pressed: true,
                    modifiers: Default::default(),
                },
            ],
        );
        for _ in 0..120 {
            pos.x -= 3.0;
            times.push(frame(&mut app, vec![egui::Event::PointerMoved(pos)]));
        }
        frame(
            &mut app,
            vec![egui::Event::PointerButton {
                pos,
                button: egui::PointerButton::Primary,
                pressed: false,
                modifiers: Default::default(),
            }],
        );
        times.sort();
        let median = times[times.len() / 2];
        let p95 = times[times.len() * 95 / 100];
        println!(
            "panning, {label}: median {median:.2?}, 95th percentile {p95:.2?}, worst {:.2?}",
            times[times.len() - 1]
        );
    }
}
