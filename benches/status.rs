//! `cargo bench --bench status`: the remaining-area engine on the generated national-scale
//! programme (5,000 hazard areas, 20,000 releases, 200,000 finds), against the same
//! computation with GEOS (shapely) and Karney (pyproj) in `scripts/geos_status.py`.
//!
//! Measures, each as the best of a few runs:
//! - the whole `clearfield status --json` command (process start, reading the file included);
//! - the library's parts: loading and validating records, building the engine (full
//!   recomputation), one incremental edit of a hazard area and of a release;
//! - `python3 scripts/geos_status.py` on the same file and dates, when shapely and pyproj are
//!   installed (`pip install shapely pyproj`).
//!
//! Record the figures in BENCHMARKS.md with the machine and the command.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use clearfield::geom::engine::Engine;
use clearfield::store::Store;

mod common;

use common::{best, national_file};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench-data");
    std::fs::create_dir_all(&dir).expect("bench dir");
    let t0 = Instant::now();
    let path = national_file(&dir);
    println!(
        "programme: {} (ready in {:.1?})",
        path.display(),
        t0.elapsed()
    );
    let as_of = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");

    let bin = env!("CARGO_BIN_EXE_clearfield");
    let (whole, out) = best(3, || {
        Command::new(bin)
            .args([
                "--db",
                path.to_str().expect("utf-8 path"),
                "status",
                "--json",
                "--as-of",
                "2026-01-01",
            ])
            .output()
            .expect("run clearfield")
    });
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ours: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    println!("clearfield status --json (whole command):  {whole:>10.3?}");

    let (store, _) = Store::open(&path).expect("open");
    let (load, areas) = best(3, || clearfield::status::load(&store).expect("load"));
    let (hazards, releases) = (areas.hazards, areas.releases);
    println!("  load + validate 25,000 polygons:         {load:>10.3?}");
    let (full, mut engine) = best(3, || Engine::new(&hazards, &releases, as_of));
    println!(
        "  full recomputation (engine, {} clusters): {full:>10.3?}",
        engine.cluster_count()
    );

    let (series_time, series) = best(1, || engine.series());
    println!(
        "  series: {} dates:                     {series_time:>10.3?}",
        series.len()
    );

    let mut h = hazards[2500].clone();
    let shift = |g: &mut geo_types::MultiPolygon<f64>, dx: f64| {
        use geo::Translate;
        g.translate_mut(dx, 0.0);
    };
    let (edit_h, _) = best(5, || {
        shift(&mut h.geometry, 1e-5);
        engine.upsert_hazard(&h);
    });
    let mut r = releases[10_000].clone();
    let (edit_r, _) = best(5, || {
        shift(&mut r.geometry, 1e-5);
        engine.upsert_release(&r);
    });
    println!("  incremental edit of one hazard area:     {edit_h:>10.3?}");
    println!("  incremental edit of one release:         {edit_r:>10.3?}");

    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scripts")
        .join("geos_status.py");
    let (geos, out) = best(1, || {
        Command::new("python3")
            .arg(&script)
            .arg(&path)
            .args(["--as-of", "2026-01-01"])
            .output()
            .expect("run python3")
    });
    if !out.status.success() {
        println!(
            "GEOS script did not run (pip install shapely pyproj): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return;
    }
    let theirs: serde_json::Value = serde_json::from_slice(&out.stdout).expect("GEOS json");
    println!("GEOS script (shapely + pyproj), whole:     {geos:>10.3?}");
    if let Some(c) = theirs.get("compute_seconds").and_then(|v| v.as_f64()) {
        println!(
            "  of which computation (reading excluded): {:>10.3?}",
            Duration::from_secs_f64(c)
        );
    }
    println!(
        "speed-up, whole command vs whole script:   {:>9.1}x",
        geos.as_secs_f64() / whole.as_secs_f64()
    );
    for key in ["hazard_area_m2", "remaining_area_m2"] {
        let (a, b) = (
            ours[key].as_f64().unwrap_or(f64::NAN),
            theirs[key].as_f64().unwrap_or(f64::NAN),
        );
        println!(
            "{key}: clearfield {a:.1}, GEOS {b:.1}, difference {:.5} %",
            (a - b).abs() / b * 100.0
        );
    }
    for m in ["cancelled", "reduced", "cleared"] {
        let (a, b) = (
            ours["released_area_m2"][m].as_f64().unwrap_or(f64::NAN),
            theirs["released_area_m2"][m].as_f64().unwrap_or(f64::NAN),
        );
        println!(
            "released {m}: clearfield {a:.1}, GEOS {b:.1}, difference {:.5} %",
            (a - b).abs() / b * 100.0
        );
    }
}
