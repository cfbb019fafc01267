//! `cargo bench --bench hub`: the national hub on a PostgreSQL with PostGIS started here
//! (as the tests start theirs): the first sync of a generated national-scale file (5,000
//! hazard areas, 20,000 releases, 200,000 finds) into an empty hub, a sync with nothing new,
//! a sync of 100 edits (three times), and HQ's `status --db postgresql://…` (the whole hub
//! read and computed), each as a user runs it, with the release binary. Record the figures
//! in BENCHMARKS.md.

mod common;
#[path = "../tests/common/postgres.rs"]
#[allow(dead_code)]
mod postgres;

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use clearfield::model::Fields;

fn main() {
    let Some(pg) = postgres::Postgres::start() else {
        return;
    };
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench-data");
    std::fs::create_dir_all(&dir).expect("bench dir");
    let national = common::national_file(&dir);
    let laptop = dir.join("hub-laptop.gpkg");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", laptop.display()));
    }
    std::fs::copy(&national, &laptop).expect("copy");
    let url = pg.database("bench");
    let bin = env!("CARGO_BIN_EXE_clearfield");
    let run = |db: &str, args: &[&str]| -> (Duration, Output) {
        let start = Instant::now();
        let out = Command::new(bin)
            .args(["--db", db])
            .args(args)
            .output()
            .expect("run");
        let took = start.elapsed();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        (took, out)
    };
    let file = laptop.to_str().expect("utf-8");
    run(file, &["hub", "init", &url]);
    let (first, out) = run(file, &["sync", &url]);
    print!("{}", String::from_utf8_lossy(&out.stdout));
    println!("first sync of the national file into an empty hub: {first:>10.3?}");
    let (nothing, _) = run(file, &["sync", &url]);
    println!("a sync with nothing new:                           {nothing:>10.3?}");
    for round in 0..3 {
        edit_hazard_notes(&laptop, 100, round);
        let (edits, out) = run(file, &["sync", &url]);
        print!("{}", String::from_utf8_lossy(&out.stdout));
        println!("a sync of 100 edits:                               {edits:>10.3?}");
    }
    let (hq, out) = run(&url, &["status", "--as-of", "2026-11-30"]);
    println!(
        "{}",
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .nth(3)
            .unwrap_or_default()
    );
    println!("HQ's status from the hub (read whole, computed):   {hq:>10.3?}");
}

/// Changes the note of `n` hazard areas, each saved as a user saves one (one version each).
fn edit_hazard_notes(path: &Path, n: usize, round: usize) {
    let (mut store, _) = clearfield::store::Store::open(path).expect("open");
    let ids: Vec<uuid::Uuid> = store
        .hazard_names()
        .expect("hazard areas")
        .into_iter()
        .take(n)
        .map(|(id, _)| id)
        .collect();
    for id in ids {
        let current = store.get(id).expect("read").expect("there");
        let mut changes = Fields::new();
        changes.insert("note".into(), format!("bench edit {round}"));
        let edited = current.edited(&changes, None, &[]).expect("valid");
        store.update(&edited, "bench").expect("update");
    }
}
