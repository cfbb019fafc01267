//! `cargo bench --bench validate`: validating one large hazard area (`geom::validate_area`,
//! every rule, the ring self-intersection check with an R-tree), on star-shaped rings of
//! 50,000, 200,000 and 1,000,000 vertices (valid: vertices in increasing angle round a
//! centre), and geo's own `Validation` (O(n²) self-intersection loop) on the 50,000 one
//! for comparison.
//!
//! Record the figures in BENCHMARKS.md with the machine and the command.

use std::time::Instant;

use clearfield::geom;
use geo::Validation;
use geo_types::{LineString, MultiPolygon, Polygon};

mod common;

use common::best;

/// A star-shaped ring of `n` vertices round (35.5°E, 33.3°N), about 9° across (so that
/// 1,000,000 vertices are 3 m apart, as a boundary walked with a GPS), its radius waving.
fn star(n: usize) -> MultiPolygon<f64> {
    let mut ring: Vec<(f64, f64)> = (0..n)
        .map(|k| {
            let theta = std::f64::consts::TAU * k as f64 / n as f64;
            let r = 4.5 * (1.0 + 0.2 * (7.0 * theta).sin());
            (35.5 + r * theta.cos(), 33.3 + r * theta.sin())
        })
        .collect();
    ring.push(ring[0]);
    MultiPolygon(vec![Polygon::new(LineString::from(ring), vec![])])
}

fn main() {
    for n in [50_000, 200_000, 1_000_000] {
        let mp = star(n);
        let (t, problems) = best(3, || geom::validate_area(&mp));
        assert!(problems.is_empty(), "{n}: {problems:?}");
        println!("validate_area, star of {n:>9} vertices (valid): {t:>10.3?}");
        // The same ring with two neighbouring vertices swapped crosses itself there.
        let mut crossed = mp.clone();
        crossed.0[0].exterior_mut(|r| r.0.swap(n / 3, n / 3 + 1));
        let (t, problems) = best(3, || geom::validate_area(&crossed));
        assert_eq!(problems.len(), 1, "{n}: {problems:?}");
        println!(
            "validate_area, star of {n:>9} vertices (one crossing): {t:>10.3?}  {}",
            problems[0]
        );
    }
    let mp = star(50_000);
    let start = Instant::now();
    let valid = mp.is_valid();
    println!(
        "geo Validation::is_valid, star of 50000 vertices: {:>10.3?} (valid: {valid})",
        start.elapsed()
    );
}
