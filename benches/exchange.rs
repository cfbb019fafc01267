//! `cargo bench --bench exchange`: GeoJSON export and import of the generated national-scale
//! programme (5,000 hazard areas, 20,000 releases, 200,000 finds) against `ogr2ogr`
//! converting the same data between GeoPackage and GeoJSON, in the same run. Also checks that
//! GDAL reads the export with the right counts and that export → import → export gives the
//! same bytes. Needs gdal-bin. Record the figures in BENCHMARKS.md.

mod common;

use std::path::Path;
use std::process::Command;

use common::{best, national_file};

fn run(cmd: &str, args: &[&str]) {
    let out = Command::new(cmd).args(args).output().expect("run");
    assert!(
        out.status.success(),
        "{cmd} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("bench-data");
    std::fs::create_dir_all(&dir).expect("bench dir");
    let gpkg = national_file(&dir);
    let p = |name: &str| dir.join(name).to_str().expect("utf-8").to_owned();
    let bin = env!("CARGO_BIN_EXE_clearfield");
    let (ours_export, _) = best(3, || {
        run(
            bin,
            &[
                "--db",
                &p("national-2006.gpkg"),
                "export",
                &p("export.geojson"),
            ],
        )
    });
    println!("clearfield export (whole command):          {ours_export:>10.3?}");
    let (gdal_export, _) = best(3, || {
        for layer in ["hazard_areas", "land_releases", "ordnance_finds"] {
            let out = p(&format!("gdal-{layer}.geojson"));
            let _ = std::fs::remove_file(&out);
            run(
                "ogr2ogr",
                &["-f", "GeoJSON", &out, gpkg.to_str().expect("utf-8"), layer],
            );
        }
    });
    println!("ogr2ogr GeoPackage -> GeoJSON, 3 layers:    {gdal_export:>10.3?}");
    let (ours_import, _) = best(3, || {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", p("imported.gpkg")));
        }
        run(bin, &["--db", &p("imported.gpkg"), "init"]);
        run(
            bin,
            &["--db", &p("imported.gpkg"), "import", &p("export.geojson")],
        );
    });
    println!("clearfield init + import (whole commands):  {ours_import:>10.3?}");
    let (gdal_import, _) = best(3, || {
        let _ = std::fs::remove_file(p("gdal-imported.gpkg"));
        run(
            "ogr2ogr",
            &["-f", "GPKG", &p("gdal-imported.gpkg"), &p("export.geojson")],
        );
    });
    println!("ogr2ogr GeoJSON -> GeoPackage:              {gdal_import:>10.3?}");
    println!(
        "speed-up: export {:.2}x, import {:.2}x",
        gdal_export.as_secs_f64() / ours_export.as_secs_f64(),
        gdal_import.as_secs_f64() / ours_import.as_secs_f64()
    );
    run(
        bin,
        &[
            "--db",
            &p("imported.gpkg"),
            "export",
            &p("export-again.geojson"),
        ],
    );
    let same = std::fs::read(p("export.geojson")).expect("read")
        == std::fs::read(p("export-again.geojson")).expect("read");
    println!("export -> import -> export byte-identical: {same}");
    let info = Command::new("ogrinfo")
        .args(["-al", "-so", &p("export.geojson")])
        .output()
        .expect("ogrinfo");
    let text = String::from_utf8_lossy(&info.stdout);
    let count = text
        .lines()
        .find(|l| l.starts_with("Feature Count"))
        .unwrap_or("Feature Count: ?");
    println!("ogrinfo on the export: {count} (225000 expected)");
}
