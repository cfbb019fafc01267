//! Geometry rules: validity of hazard and release polygons and of find points, and areas.
//!
//! Nothing here changes a geometry. Invalid input is reported, with the part and the reason,
//! and left for the user to correct.

use geo::Kernel;
use geo::kernels::{Orientation, RobustKernel};
use geo_types::{Coord, Geometry, LineString, MultiPolygon, Point};

use crate::model::Area;

mod area;
pub mod engine;
pub mod fixes;
mod problem;
pub mod repair;
pub mod traverse;
mod validate;

pub use problem::{GeometryProblem, Hint, Part, Topology};

/// Surface area of the WGS84 ellipsoid, m² (Karney 2013).
pub const EARTH_AREA_M2: f64 = 510_065_621_724_088.4;

/// Checks a hazard or release boundary: not empty, coordinates finite and in range, no edge
/// across the antimeridian, valid in the OGC sense (closed rings of 3+ distinct points, no
/// self-intersection, holes inside their shell, parts not overlapping; O(n log n), see
/// `validate.rs`), and no ring that is never right: one enclosing no area, the whole world,
/// or more than half the Earth.
pub fn validate_area(mp: &MultiPolygon<f64>) -> Vec<GeometryProblem> {
    if mp.0.is_empty() {
        return vec![GeometryProblem::Empty];
    }
    let rings: Vec<(Part, &LineString<f64>)> = named_rings(mp);
    let mut problems = Vec::new();
    for &(part, ring) in &rings {
        for (i, c) in ring.0.iter().enumerate() {
            check_coord(part, i, *c, &mut problems);
        }
    }
    // The other checks are meaningless on coordinates that are not lon/lat.
    if !problems.is_empty() {
        return problems;
    }
    // An edge over 180° of longitude: the whole world or a band round it (refused for its
    // size), or else a boundary meant to cross the antimeridian.
    for &(part, ring) in &rings {
        if let Some(p) = antimeridian(part, ring) {
            problems.push(too_large(part, ring).unwrap_or(p));
        }
    }
    if !problems.is_empty() {
        return problems;
    }
    problems.extend(validate::topology_problems(mp));
    // Measuring is meaningful only on simple rings.
    if problems.is_empty() {
        for &(part, ring) in &rings {
            problems.extend(zero_area(part, ring).or_else(|| too_large(part, ring)));
        }
    }
    problems
}

/// Every ring of `mp` with its name in messages.
fn named_rings(mp: &MultiPolygon<f64>) -> Vec<(Part, &LineString<f64>)> {
    let mut out = Vec::new();
    for (pi, polygon) in mp.0.iter().enumerate() {
        let rings = std::iter::once(polygon.exterior()).chain(polygon.interiors());
        for (ri, ring) in rings.enumerate() {
            let part = match (mp.0.len(), ri) {
                (1, 0) => Part::ExteriorRing,
                (1, r) => Part::InteriorRing(r),
                (_, 0) => Part::PolygonExteriorRing(pi + 1),
                (_, r) => Part::PolygonInteriorRing(pi + 1, r),
            };
            out.push((part, ring));
        }
    }
    out
}

/// The first edge spanning more than 180° of longitude: RFC 7946 edges are straight in
/// lon/lat, so it goes the long way round instead of across the antimeridian.
fn antimeridian(part: Part, ring: &LineString<f64>) -> Option<GeometryProblem> {
    let (index, w) = ring
        .0
        .windows(2)
        .enumerate()
        .find(|(_, w)| (w[1].x - w[0].x).abs() > 180.0)?;
    Some(GeometryProblem::CrossesAntimeridian {
        part,
        index,
        from: w[0].x,
        to: w[1].x,
    })
}

/// A ring with all its points on one line (exactly, by a robust orientation test).
fn zero_area(part: Part, ring: &LineString<f64>) -> Option<GeometryProblem> {
    let pts = &ring.0;
    let &p = pts.first()?;
    let collinear = match pts.iter().find(|&&q| q != p) {
        None => true,
        Some(&q) => pts
            .iter()
            .all(|&r| RobustKernel::orient2d(p, q, r) == Orientation::Collinear),
    };
    collinear.then_some(GeometryProblem::ZeroArea { part })
}

/// A ring covering the whole world or enclosing more than half the Earth.
fn too_large(part: Part, ring: &LineString<f64>) -> Option<GeometryProblem> {
    let a = ring_area(ring);
    if a >= EARTH_AREA_M2 * (1.0 - 1e-9) {
        Some(GeometryProblem::WholeWorld { part })
    } else if a > EARTH_AREA_M2 / 2.0 {
        Some(GeometryProblem::OverHalfTheEarth {
            part,
            percent: 100.0 * a / EARTH_AREA_M2,
        })
    } else {
        None
    }
}

/// Checks a find location: finite and in range.
pub fn validate_point(p: &Point<f64>) -> Vec<GeometryProblem> {
    let mut problems = Vec::new();
    check_coord(Part::Point, 0, p.0, &mut problems);
    problems
}

fn check_coord(part: Part, index: usize, c: Coord<f64>, problems: &mut Vec<GeometryProblem>) {
    if !c.x.is_finite() || !c.y.is_finite() {
        problems.push(GeometryProblem::NonFinite { part, index });
    } else if !(-180.0..=180.0).contains(&c.x) || !(-90.0..=90.0).contains(&c.y) {
        let hint = if c.x.abs() > 1000.0 || c.y.abs() > 1000.0 {
            Hint::ProjectedMetres
        } else if (-90.0..=90.0).contains(&c.x) && (-180.0..=180.0).contains(&c.y) {
            Hint::Swapped
        } else {
            Hint::NoGuess
        };
        problems.push(GeometryProblem::OutOfRange {
            part,
            index,
            lon: c.x,
            lat: c.y,
            hint,
        });
    }
}

/// The OGC name of a geometry's type, for messages.
pub fn type_name(g: &Geometry<f64>) -> &'static str {
    match g {
        Geometry::Point(_) => "Point",
        Geometry::Line(_) | Geometry::LineString(_) => "LineString",
        Geometry::Polygon(_) | Geometry::Rect(_) | Geometry::Triangle(_) => "Polygon",
        Geometry::MultiPoint(_) => "MultiPoint",
        Geometry::MultiLineString(_) => "MultiLineString",
        Geometry::MultiPolygon(_) => "MultiPolygon",
        Geometry::GeometryCollection(_) => "GeometryCollection",
    }
}

/// Area on the WGS84 ellipsoid of a valid (multi)polygon, m², whatever its ring orientation:
/// each exterior ring's area less its holes'.
///
/// Semantics (RFC 7946 §3.1.1): an edge is a straight line in lon/lat, the plane in which
/// the boolean operations work; the region it bounds is measured exactly on the ellipsoid
/// (line integral, `area.rs`). So an edge cut at a point on it measures the same, and
/// disjoint parts add up to the area of their union.
pub fn geodesic_area(mp: &MultiPolygon<f64>) -> Area {
    let total =
        mp.0.iter()
            .map(|p| {
                let holes: f64 = p.interiors().iter().map(ring_area).sum();
                (ring_area(p.exterior()) - holes).max(0.0)
            })
            .sum();
    Area(total)
}

/// Unsigned area enclosed by one ring, m² (straight edges in lon/lat).
fn ring_area(ring: &LineString<f64>) -> f64 {
    area::ring_area(&ring.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo_types::{Polygon, polygon};

    #[test]
    fn bowtie_is_a_self_intersection() {
        let bowtie = polygon![(x: 35.0, y: 33.0), (x: 35.1, y: 33.1), (x: 35.1, y: 33.0), (x: 35.0, y: 33.1)];
        let problems = validate_area(&MultiPolygon(vec![bowtie]));
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(
            problems[0].to_string(),
            "the boundary crosses itself near lon 35.05000, lat 33.05000"
        );
    }

    #[test]
    fn latitude_95_is_out_of_range() {
        let p = validate_point(&Point::new(35.4, 95.0));
        assert!(matches!(p[..], [GeometryProblem::OutOfRange { lat, .. }] if lat == 95.0));
    }

    #[test]
    fn utm_metres_are_recognised() {
        let sq = Polygon::new(
            LineString::from(vec![
                (720_000.0, 3_680_000.0),
                (721_000.0, 3_680_000.0),
                (721_000.0, 3_681_000.0),
                (720_000.0, 3_680_000.0),
            ]),
            vec![],
        );
        let problems = validate_area(&MultiPolygon(vec![sq]));
        assert!(
            problems[0].to_string().contains("projected"),
            "{}",
            problems[0]
        );
    }

    #[test]
    fn hole_outside_shell_is_rejected() {
        let shell = LineString::from(vec![
            (35.0, 33.0),
            (35.1, 33.0),
            (35.1, 33.1),
            (35.0, 33.1),
            (35.0, 33.0),
        ]);
        let hole = LineString::from(vec![(35.2, 33.2), (35.3, 33.2), (35.3, 33.3), (35.2, 33.2)]);
        let problems = validate_area(&MultiPolygon(vec![Polygon::new(shell, vec![hole])]));
        assert!(
            problems
                .iter()
                .any(|p| p.to_string() == "hole 1 is not inside the boundary"),
            "{problems:?}"
        );
    }

    #[test]
    fn one_degree_cell_at_equator_matches_pyproj_on_the_densified_edges() {
        // Straight edges in lon/lat (RFC 7946). Expected: pyproj 3.7.2
        // Geod(ellps="WGS84").polygon_area_perimeter on the cell's ring densified with
        // shapely.segmentize(max_segment_length=8e-5) (steps of at most 8.9 m, 50,000 points):
        // 12 308 463 893.977 m² (at 1e-4° steps .979, 5e-5° .976: it converges on .975).
        // Karney's area of the 4 corners with geodesic edges, 12 308 778 361.469 m², is the
        // old semantics: the 1° edges along the parallel at 1°N bulge northwards.
        let cell = polygon![(x: 0.0, y: 0.0), (x: 1.0, y: 0.0), (x: 1.0, y: 1.0), (x: 0.0, y: 1.0)];
        let a = geodesic_area(&MultiPolygon(vec![cell.clone()])).m2();
        assert!((a - 12_308_463_893.977).abs() < 0.01, "{a}");
        // Clockwise winding gives the same area, not the rest of the Earth.
        let cw = Polygon::new(
            LineString::from(cell.exterior().0.iter().rev().copied().collect::<Vec<_>>()),
            vec![],
        );
        let b = geodesic_area(&MultiPolygon(vec![cw])).m2();
        assert_eq!(a, b);
    }

    #[test]
    fn a_sliver_measures_about_zero() {
        // A triangle a few nanodegrees high: the kind of sliver boolean operations leave
        // (Karney's unsigned area read some of these, wound either way, as the rest of the
        // Earth). Expected by hand: ½·base·height with metres per degree at 33°N on WGS84,
        // lon π/180·a·cosφ/W, lat π/180·a(1−e²)/W³, W = √(1 − e²sin²φ).
        let (a, f) = (6_378_137.0_f64, 1.0 / 298.257_223_563);
        let e2 = f * (2.0 - f);
        let phi = 33.0_f64.to_radians();
        let w = (1.0 - e2 * phi.sin().powi(2)).sqrt();
        let m_lon = std::f64::consts::PI / 180.0 * a * phi.cos() / w;
        let m_lat = std::f64::consts::PI / 180.0 * a * (1.0 - e2) / w.powi(3);
        let base = 35.0001 - 35.0; // exact in f64, as the code's differences are
        for k in 1..200 {
            let top = 33.0 + f64::from(k) * 1e-12;
            let h = top - 33.0;
            let expected = 0.5 * base * m_lon * h * m_lat;
            for ring in [
                vec![(35.0, 33.0), (35.0001, 33.0), (35.00005, top), (35.0, 33.0)],
                vec![(35.0, 33.0), (35.00005, top), (35.0001, 33.0), (35.0, 33.0)],
            ] {
                let p = Polygon::new(LineString::from(ring), vec![]);
                let got = geodesic_area(&MultiPolygon(vec![p])).m2();
                assert!(
                    (got - expected).abs() < 1e-6 * expected,
                    "h={h}: {got} m², expected {expected}"
                );
            }
        }
    }

    fn one_ring(points: &[(f64, f64)]) -> MultiPolygon<f64> {
        MultiPolygon(vec![Polygon::new(
            LineString::from(points.to_vec()),
            vec![],
        )])
    }

    /// A band round the Earth from `south` to `north`, with a vertex every 180° of longitude
    /// (no edge crossing the antimeridian) or, if `long_edges`, edges from -180° to 180°.
    fn band(south: f64, north: f64, long_edges: bool) -> MultiPolygon<f64> {
        let mut ring = vec![(-180.0, south)];
        if !long_edges {
            ring.push((0.0, south));
        }
        ring.extend([(180.0, south), (180.0, north)]);
        if !long_edges {
            ring.push((0.0, north));
        }
        ring.extend([(-180.0, north), (-180.0, south)]);
        one_ring(&ring)
    }

    #[test]
    fn the_whole_world_is_refused() {
        // Accepted before, and measured 0 m² by Karney: it zeroed national figures.
        for long_edges in [true, false] {
            let problems = validate_area(&band(-90.0, 90.0, long_edges));
            assert!(
                matches!(&problems[..], [GeometryProblem::WholeWorld { .. }]),
                "{problems:?}"
            );
            assert!(problems[0].to_string().contains("never right"));
        }
    }

    #[test]
    fn a_ring_over_half_the_earth_is_refused() {
        // From 60°S to 60°N all round: sin 60° = 86.6 % of a sphere's area (a little more on
        // the flattened ellipsoid), not the whole world.
        for long_edges in [true, false] {
            let problems = validate_area(&band(-60.0, 60.0, long_edges));
            match &problems[..] {
                [GeometryProblem::OverHalfTheEarth { percent, .. }] => {
                    assert!((86.0..88.0).contains(percent), "{percent}")
                }
                _ => panic!("{problems:?}"),
            }
            assert!(
                problems[0]
                    .to_string()
                    .contains("a hazard area over half the Earth is never right")
            );
        }
        // Just under half (from 29°S to 29°N: sin 29° = 48.5 %) is not refused for its size.
        assert_eq!(validate_area(&band(-29.0, 29.0, false)), vec![]);
    }

    #[test]
    fn collinear_points_are_a_zero_area_ring() {
        // geo's validation accepts this (no two segments cross); it was measured 42 m².
        let line = one_ring(&[
            (35.0, 33.0),
            (35.001, 33.001),
            (35.002, 33.002),
            (35.0, 33.0),
        ]);
        let problems = validate_area(&line);
        assert!(
            matches!(&problems[..], [GeometryProblem::ZeroArea { .. }]),
            "{problems:?}"
        );
        assert_eq!(
            problems[0].to_string(),
            "exterior ring encloses no area: its points are all on one line"
        );
    }

    #[test]
    fn an_edge_across_the_antimeridian_is_refused() {
        // A small square in Fiji written across 180°: as straight lon/lat edges it would go
        // the long way round and swallow the land on the other side of the Earth.
        let fiji = one_ring(&[
            (179.9, -17.0),
            (-179.9, -17.0),
            (-179.9, -16.9),
            (179.9, -16.9),
            (179.9, -17.0),
        ]);
        let problems = validate_area(&fiji);
        assert!(
            matches!(
                &problems[..],
                [GeometryProblem::CrossesAntimeridian { index: 0, .. }]
            ),
            "{problems:?}"
        );
        let text = problems[0].to_string();
        assert!(
            text.contains("split") && text.contains("180°") && text.contains("RFC 7946"),
            "{text}"
        );
        // The same square split at 180° is two valid parts.
        let split = MultiPolygon(vec![
            Polygon::new(
                LineString::from(vec![
                    (179.9, -17.0),
                    (180.0, -17.0),
                    (180.0, -16.9),
                    (179.9, -16.9),
                    (179.9, -17.0),
                ]),
                vec![],
            ),
            Polygon::new(
                LineString::from(vec![
                    (-180.0, -17.0),
                    (-179.9, -17.0),
                    (-179.9, -16.9),
                    (-180.0, -16.9),
                    (-180.0, -17.0),
                ]),
                vec![],
            ),
        ]);
        assert_eq!(validate_area(&split), vec![]);
    }
}
