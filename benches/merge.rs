//! `cargo bench --bench merge`: merging one generated national-scale programme (5,000 hazard
//! areas, 20,000 releases, 200,000 finds, each with its change-log version) into another,
//! with `clearfield merge` as a user runs it. Record the figure in BENCHMARKS.md.

mod common;

use std::path::Path;
use std::process::Command;

use clearfield::generate::Spec;
use common::{best, national_file};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench-data");
    std::fs::create_dir_all(&dir).expect("bench dir");
    let ours = national_file(&dir);
    let other_spec = Spec {
        seed: 7,
        ..Spec::NATIONAL
    };
    let other = dir.join("national-7.gpkg");
    if !other.exists() {
        let mut store = clearfield::store::Store::create(&other).expect("create");
        let records =
            clearfield::generate::programme(&other_spec, &store.ordnance_types().expect("types"))
                .expect("valid");
        store.insert(&records, "bench").expect("insert");
    }
    let target = dir.join("merge-target.gpkg");
    let bin = env!("CARGO_BIN_EXE_clearfield");
    let merge = || {
        Command::new(bin)
            .args([
                "--db",
                target.to_str().expect("utf-8"),
                "merge",
                ours.to_str().expect("utf-8"),
            ])
            .output()
            .expect("run")
    };
    let mut time = std::time::Duration::MAX;
    let mut out = None;
    for _ in 0..3 {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", target.display()));
        }
        std::fs::copy(&other, &target).expect("copy");
        let (t, o) = best(1, merge);
        time = time.min(t);
        out = Some(o);
    }
    let out = out.expect("ran");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    print!("{}", String::from_utf8_lossy(&out.stdout));
    println!("clearfield merge of a national-scale file into another: {time:>10.3?}");
    let (again, out) = best(1, merge);
    print!("{}", String::from_utf8_lossy(&out.stdout));
    println!("the same merge again (nothing new):                    {again:>10.3?}");
}
