//! Area on the WGS84 ellipsoid of a polygon whose edges are straight lines in lon/lat
//! (RFC 7946 §3.1.1: a line between two positions is straight in the coordinate reference
//! system), measured exactly as the line integral of the ellipsoidal zone area.
//!
//! Why this and not geodesic edges: the boolean operations (i_overlay) work in the lon/lat
//! plane, where a straight edge and the same edge cut at a collinear point are the same
//! line. Measured with geodesic edges, removing a collinear vertex moved the boundary (a
//! 6° edge along a parallel bulges kilometres from the parallel), so a union changed the
//! figures. With straight edges, an edge split anywhere along itself measures the same, so
//! disjoint parts add up to their union.
//!
//! Method: for a region R of the lon/lat plane, area = ∬ dA/dφ dφ dλ = −∮ Z(φ) dλ (Green),
//! where Z(φ) = (b²/2)·[sinφ/(1 − e²sin²φ) + atanh(e·sinφ)/e] is the area of the zone
//! between the equator and latitude φ per radian of longitude. Along a straight edge φ is
//! linear in λ, and Z is smooth, so each edge is integrated with 4-point Gauss–Legendre on
//! pieces of at most 0.5° of latitude (error far below 1e-12 relative). Z(φ₀) of the ring's
//! first vertex is subtracted from every value (it integrates to zero round a closed ring),
//! so the small differences are not lost against Z's size (about 2e13 m²).

use geo_types::Coord;

/// WGS84 semi-major axis, m.
const A: f64 = 6_378_137.0;
/// WGS84 flattening.
const F: f64 = 1.0 / 298.257_223_563;

/// Gauss–Legendre nodes on [0, 1] and their weights (4 points).
const NODES: [(f64, f64); 4] = [
    (
        0.5 - 0.5 * 0.861_136_311_594_052_6,
        0.5 * 0.347_854_845_137_453_86,
    ),
    (
        0.5 - 0.5 * 0.339_981_043_584_856_3,
        0.5 * 0.652_145_154_862_546_1,
    ),
    (
        0.5 + 0.5 * 0.339_981_043_584_856_3,
        0.5 * 0.652_145_154_862_546_1,
    ),
    (
        0.5 + 0.5 * 0.861_136_311_594_052_6,
        0.5 * 0.347_854_845_137_453_86,
    ),
];

/// Largest change of latitude integrated as one piece, degrees.
const PIECE_DEG: f64 = 0.5;

/// Area of the ellipsoidal zone between the equator and latitude `phi` (radians), per
/// radian of longitude, m².
#[cfg(test)]
fn zone(phi: f64) -> f64 {
    zone_between(0.0, phi)
}

/// Z(`phi0` + `delta`) − Z(`phi0`) (radians), m² per radian of longitude, without the
/// cancellation of subtracting two values of about 2e13 m²: with s = sin φ,
/// s − s₀ = 2·cos(φ₀ + δ/2)·sin(δ/2),
/// s/(1 − e²s²) − s₀/(1 − e²s₀²) = (s − s₀)(1 + e²s s₀)/((1 − e²s²)(1 − e²s₀²)),
/// atanh(e s) − atanh(e s₀) = atanh(e(s − s₀)/(1 − e²s s₀)).
fn zone_between(phi0: f64, delta: f64) -> f64 {
    let b = A * (1.0 - F);
    let e2 = F * (2.0 - F);
    let e = e2.sqrt();
    let s0 = phi0.sin();
    let s = (phi0 + delta).sin();
    let ds = 2.0 * (phi0 + 0.5 * delta).cos() * (0.5 * delta).sin();
    let first = ds * (1.0 + e2 * s * s0) / ((1.0 - e2 * s * s) * (1.0 - e2 * s0 * s0));
    let second = (e * ds / (1.0 - e2 * s * s0)).atanh() / e;
    0.5 * b * b * (first + second)
}

/// Unsigned area, m², enclosed by a closed ring of (lon, lat) degrees whose edges are
/// straight in lon/lat. The ring must not cross the antimeridian (no edge spans more than
/// 180° of longitude); `validate_area` refuses those.
pub(crate) fn ring_area(ring: &[Coord<f64>]) -> f64 {
    let Some(first) = ring.first() else {
        return 0.0;
    };
    let y0 = first.y;
    let mut sum = 0.0;
    for w in ring.windows(2) {
        let dlon = w[1].x - w[0].x;
        if dlon == 0.0 {
            continue;
        }
        sum += dlon.to_radians() * mean_zone(y0, w[0].y - y0, w[1].y - w[0].y);
    }
    sum.abs()
}

/// Mean of Z(φ) − Z(`y0`) along a straight edge from latitude `y0` + `off` rising by `dy`
/// (degrees), φ linear in λ, by Gauss–Legendre on pieces of at most [`PIECE_DEG`].
/// Latitudes are kept as offsets from `y0` so that a sliver's height is not rounded away.
fn mean_zone(y0: f64, off: f64, dy: f64) -> f64 {
    let phi0 = y0.to_radians();
    let pieces = (dy.abs() / PIECE_DEG).ceil().max(1.0);
    let n = pieces as usize;
    let mut total = 0.0;
    for k in 0..n {
        let t0 = k as f64 / pieces;
        let t1 = (k + 1) as f64 / pieces;
        let mut piece = 0.0;
        for (node, weight) in NODES {
            let t = t0 + (t1 - t0) * node;
            piece += weight * zone_between(phi0, (off + dy * t).to_radians());
        }
        total += piece * (t1 - t0);
    }
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_ellipsoid_is_earth_area() {
        // 4π·Z(90°) is the WGS84 ellipsoid's area: 510 065 621 724 088.4 m² (Karney 2013,
        // GeographicLib's Geodesic.WGS84.EllipsoidArea()).
        let whole = 4.0 * std::f64::consts::PI * zone(std::f64::consts::FRAC_PI_2);
        assert!((whole - 510_065_621_724_088.4).abs() < 1.0, "{whole}");
    }

    #[test]
    fn an_edge_split_at_a_collinear_point_measures_the_same() {
        // A 6° edge along 22°N (Egypt's southern border) and a 10° diagonal, whole or cut at
        // points on the line: the same area to 1e-12.
        let whole = [(25.0, 22.0), (31.0, 22.0), (35.0, 32.0), (25.0, 22.0)];
        let cut = [
            (25.0, 22.0),
            (27.5, 22.0),
            (31.0, 22.0),
            (33.0, 27.0),
            (35.0, 32.0),
            (30.0, 27.0),
            (25.0, 22.0),
        ];
        let c = |v: &[(f64, f64)]| -> Vec<Coord<f64>> {
            v.iter().map(|&(x, y)| Coord { x, y }).collect()
        };
        let (a, b) = (ring_area(&c(&whole)), ring_area(&c(&cut)));
        assert!((a - b).abs() < 1e-12 * a, "{a} vs {b}");
    }
}
