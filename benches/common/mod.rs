//! Shared by the benchmarks: timing and the generated national-scale programme.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use clearfield::generate::{self, Spec};
use clearfield::store::Store;

pub fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..runs {
        let start = Instant::now();
        let v = f();
        best = best.min(start.elapsed());
        out = Some(v);
    }
    (best, out.expect("runs > 0"))
}

pub fn national_file(dir: &Path) -> PathBuf {
    let path = dir.join(format!("national-{}.gpkg", Spec::NATIONAL.seed));
    if !path.exists() {
        let tmp = dir.join("national.tmp.gpkg");
        let _ = std::fs::remove_file(&tmp);
        let mut store = Store::create(&tmp).expect("create");
        let records = generate::programme(&Spec::NATIONAL, &store.ordnance_types().expect("types"))
            .expect("valid");
        store.insert(&records, "bench").expect("insert");
        drop(store);
        std::fs::rename(&tmp, &path).expect("rename");
    }
    path
}
