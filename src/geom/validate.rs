//! OGC validity of a multipolygon in O(n log n): the rules of geo's `Validation`, with its
//! O(n²) ring self-intersection loop replaced by an R-tree of the segments' envelopes.
//!
//! Rules, as geo 0.33 states and checks them (in words a surveyor reads: "the boundary",
//! "hole 2", "part 3", counted from 1, never "polygon at index 0"; a boundary crossing itself
//! also says where):
//! - a ring has at least 3 distinct points (4 with the closing one);
//! - a ring does not intersect itself: two of its segments that intersect (at a point or
//!   along a line) are an error unless one ends where the other starts; so crossings,
//!   self-touching vertices, spikes and collinear overlaps are all refused;
//! - each hole is inside its shell and touches it, and the other holes, only at points;
//!   holes do not overlap each other;
//! - the parts of a multipolygon do not overlap and touch only at points.
//!
//! The ring-against-ring and part-against-part checks use geo's `relate` (already indexed);
//! parts are paired only when their bounding boxes meet, which cannot change a verdict
//! (parts whose boxes are apart share nothing).

use geo::algorithm::validation::{InvalidPolygon, RingRole};
use geo::coordinate_position::CoordPos;
use geo::dimensions::Dimensions;
use geo::line_intersection::line_intersection;
use geo::{
    BoundingRect, Intersects, LineIntersection, PreparedGeometry, Relate, RemoveRepeatedPoints,
};
use geo_types::{Coord, Line, LineString, MultiPolygon, Polygon, Rect};
use rstar::primitives::{GeomWithData, Rectangle};
use rstar::{RTree, RTreeObject};

use super::{GeometryProblem, Part, Topology};

/// A segment's (or a part's) envelope in the R-tree, with its index.
type Indexed = GeomWithData<Rectangle<[f64; 2]>, usize>;

fn envelope(min: Coord<f64>, max: Coord<f64>, index: usize) -> Indexed {
    GeomWithData::new(
        Rectangle::from_corners([min.x, min.y], [max.x, max.y]),
        index,
    )
}

/// The topology problems of `mp`. Coordinates must already be finite.
///
/// Rings are checked first; holes against shells and parts against parts only when every
/// ring is simple (geo's `relate` can panic on self-intersecting rings, and a crossing ring
/// is reason enough to refuse), so the verdict is geo's but not always the whole list.
pub(crate) fn topology_problems(mp: &MultiPolygon<f64>) -> Vec<GeometryProblem> {
    let mut problems = Vec::new();
    let parts = mp.0.len();
    for (i, polygon) in mp.0.iter().enumerate() {
        ring_problems(PartOf { index: i, parts }, polygon, &mut problems);
    }
    if !problems.is_empty() {
        return problems;
    }
    let boxes: Vec<Option<Indexed>> =
        mp.0.iter()
            .enumerate()
            .map(|(i, p)| p.bounding_rect().map(|r| envelope(r.min(), r.max(), i)))
            .collect();
    let tree = RTree::bulk_load(boxes.iter().flatten().copied().collect());
    for (i, polygon) in mp.0.iter().enumerate() {
        hole_problems(PartOf { index: i, parts }, polygon, &mut problems);
        let Some(b) = &boxes[i] else { continue };
        let mut others: Vec<usize> = tree
            .locate_in_envelope_intersecting(&b.envelope())
            .map(|o| o.data)
            .filter(|&j| j > i)
            .collect();
        others.sort_unstable();
        for j in others {
            let im = polygon.relate(&mp.0[j]);
            if im.get(CoordPos::Inside, CoordPos::Inside) == Dimensions::TwoDimensional {
                problems.push(GeometryProblem::Topology(Topology::PartsOverlap(
                    i + 1,
                    j + 1,
                )));
            }
            if im.get(CoordPos::OnBoundary, CoordPos::OnBoundary) == Dimensions::OneDimensional {
                problems.push(GeometryProblem::Topology(Topology::PartsShareAnEdge(
                    i + 1,
                    j + 1,
                )));
            }
        }
    }
    problems
}

/// Which part of a multipolygon, and of how many: its rings are named from it.
#[derive(Clone, Copy)]
struct PartOf {
    /// From 0.
    index: usize,
    /// How many parts the multipolygon has.
    parts: usize,
}

impl PartOf {
    /// A ring of this part: "the boundary", "hole 2"; "part 3's boundary", "part 3's hole
    /// 2" when there are several parts.
    fn ring(self, role: RingRole) -> Part {
        match (self.parts, role) {
            (1, RingRole::Exterior) => Part::Boundary,
            (1, RingRole::Interior(h)) => Part::Hole(h + 1),
            (_, RingRole::Exterior) => Part::PartBoundary(self.index + 1),
            (_, RingRole::Interior(h)) => Part::PartHole(self.index + 1, h + 1),
        }
    }

    /// A rule broken by this part's rings.
    fn problem(self, e: InvalidPolygon) -> GeometryProblem {
        GeometryProblem::Topology(match e {
            InvalidPolygon::TooFewPointsInRing(r) => Topology::TooFewCorners(self.ring(r)),
            InvalidPolygon::SelfIntersection(r) => Topology::CrossesItself(self.ring(r)),
            InvalidPolygon::NonFiniteCoord(r, i) => Topology::NotANumber {
                ring: self.ring(r),
                corner: i.0 + 1,
            },
            InvalidPolygon::InteriorRingNotContainedInExteriorRing(r) => Topology::HoleOutside {
                hole: self.ring(r),
                boundary: self.ring(RingRole::Exterior),
            },
            InvalidPolygon::IntersectingRingsOnALine(a, b) => {
                Topology::RingsShareAnEdge(self.ring(a), self.ring(b))
            }
            InvalidPolygon::IntersectingRingsOnAnArea(a, b) => {
                Topology::RingsOverlap(self.ring(a), self.ring(b))
            }
        })
    }
}

/// Problems of each ring of one polygon on its own.
fn ring_problems(part: PartOf, polygon: &Polygon<f64>, problems: &mut Vec<GeometryProblem>) {
    let rings = std::iter::once(polygon.exterior()).chain(polygon.interiors());
    for (r, ring) in rings.enumerate() {
        if ring.0.is_empty() {
            continue;
        }
        let role = if r == 0 {
            RingRole::Exterior
        } else {
            RingRole::Interior(r - 1)
        };
        if ring.remove_repeated_points().0.len() < 4 {
            problems.push(part.problem(InvalidPolygon::TooFewPointsInRing(role)));
        }
        if let Some(at) = self_intersection(ring) {
            problems.push(GeometryProblem::SelfIntersection {
                polygon: part.index,
                ring: part.ring(role),
                lon: at.x,
                lat: at.y,
            });
        }
    }
}

/// Problems of one polygon's holes against its shell and each other.
fn hole_problems(part: PartOf, polygon: &Polygon<f64>, problems: &mut Vec<GeometryProblem>) {
    if polygon.interiors().iter().all(|r| r.0.is_empty()) {
        return;
    }
    // As geo: the exterior prepared once (its R-tree cached) for every hole.
    let exterior = Polygon::new(polygon.exterior().clone(), vec![]);
    let prepared_exterior = PreparedGeometry::from(&exterior);
    let hole_boxes: Vec<Option<Rect<f64>>> = polygon
        .interiors()
        .iter()
        .map(|h| h.bounding_rect())
        .collect();
    for (h1, hole1) in polygon.interiors().iter().enumerate() {
        if hole1.0.is_empty() {
            continue;
        }
        let hole1_polygon = Polygon::new(hole1.clone(), vec![]);
        let prepared_hole1 = PreparedGeometry::from(&hole1_polygon);
        let im = prepared_exterior.relate(&prepared_hole1);
        if !im.is_contains() {
            problems.push(
                part.problem(InvalidPolygon::InteriorRingNotContainedInExteriorRing(
                    RingRole::Interior(h1),
                )),
            );
        }
        if im.get(CoordPos::OnBoundary, CoordPos::OnBoundary) == Dimensions::OneDimensional {
            problems.push(part.problem(InvalidPolygon::IntersectingRingsOnALine(
                RingRole::Exterior,
                RingRole::Interior(h1),
            )));
        }
        for (h2, hole2) in polygon.interiors().iter().enumerate().skip(h1 + 1) {
            // Holes whose boxes are apart share nothing: no need to relate them.
            if hole2.0.is_empty() || !boxes_meet(hole_boxes[h1], hole_boxes[h2]) {
                continue;
            }
            let im = prepared_hole1.relate(&Polygon::new(hole2.clone(), vec![]));
            if im.get(CoordPos::Inside, CoordPos::Inside) == Dimensions::TwoDimensional {
                problems.push(part.problem(InvalidPolygon::IntersectingRingsOnAnArea(
                    RingRole::Interior(h1),
                    RingRole::Interior(h2),
                )));
            }
            if im.get(CoordPos::OnBoundary, CoordPos::OnBoundary) == Dimensions::OneDimensional {
                problems.push(part.problem(InvalidPolygon::IntersectingRingsOnALine(
                    RingRole::Interior(h1),
                    RingRole::Interior(h2),
                )));
            }
        }
    }
}

/// Whether two bounding boxes meet (touching counts).
fn boxes_meet(a: Option<Rect<f64>>, b: Option<Rect<f64>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a.min().x <= b.max().x
                && b.min().x <= a.max().x
                && a.min().y <= b.max().y
                && b.min().y <= a.max().y
        }
        _ => false,
    }
}

/// Where a ring first intersects itself (the lowest pair of segments that do), or `None`.
///
/// geo's rule, pair by pair: segments `a` and `b` that intersect are an error unless
/// `a.start == b.end` or `a.end == b.start` (the rule is the same both ways round). Only
/// pairs whose envelopes meet can intersect, so only those are tested: each segment's
/// envelope is looked up in an R-tree of all of them, O(n log n) for a boundary whose
/// segments are not piled on each other.
pub(crate) fn self_intersection(ring: &LineString<f64>) -> Option<Coord<f64>> {
    let lines: Vec<Line<f64>> = ring.lines().collect();
    let boxes: Vec<Indexed> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let min = Coord {
                x: l.start.x.min(l.end.x),
                y: l.start.y.min(l.end.y),
            };
            let max = Coord {
                x: l.start.x.max(l.end.x),
                y: l.start.y.max(l.end.y),
            };
            envelope(min, max, i)
        })
        .collect();
    let tree = RTree::bulk_load(boxes.clone());
    for (i, b) in boxes.iter().enumerate() {
        let a = lines[i];
        let first = tree
            .locate_in_envelope_intersecting(&b.envelope())
            .map(|o| o.data)
            .filter(|&j| j > i)
            .filter(|&j| {
                let c = lines[j];
                a.start != c.end && a.end != c.start && a.intersects(&c)
            })
            .min();
        if let Some(j) = first {
            return Some(match line_intersection(a, lines[j]) {
                Some(LineIntersection::SinglePoint { intersection, .. }) => intersection,
                Some(LineIntersection::Collinear { intersection }) => intersection.start,
                None => lines[j].start,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::Validation;
    use geo_types::polygon;
    use proptest::prelude::*;

    #[test]
    fn a_crossing_is_located_where_the_ring_crosses_itself() {
        // Bowtie: the diagonals cross at the square's centre (35.05, 33.05).
        let bowtie = polygon![(x: 35.0, y: 33.0), (x: 35.1, y: 33.1), (x: 35.1, y: 33.0), (x: 35.0, y: 33.1)];
        let at = self_intersection(bowtie.exterior()).expect("crossing");
        assert!(
            (at.x - 35.05).abs() < 1e-12 && (at.y - 33.05).abs() < 1e-12,
            "{at:?}"
        );
    }

    #[test]
    fn a_spike_and_a_touching_vertex_are_self_intersections() {
        // Spike: out from (1,1) to (1,2) and back along the same line.
        let spike = polygon![(x: 0.0, y: 0.0), (x: 1.0, y: 0.0), (x: 1.0, y: 1.0), (x: 1.0, y: 2.0), (x: 1.0, y: 1.0), (x: 0.0, y: 1.0)];
        assert!(self_intersection(spike.exterior()).is_some());
        // The ring passes twice through (1,1).
        let touch = polygon![(x: 0.0, y: 0.0), (x: 2.0, y: 0.0), (x: 1.0, y: 1.0), (x: 2.0, y: 2.0), (x: 0.0, y: 2.0), (x: 1.0, y: 1.0)];
        let at = self_intersection(touch.exterior()).expect("touch");
        assert_eq!((at.x, at.y), (1.0, 1.0));
        // Both are refused by geo too.
        assert!(!spike.is_valid() && !touch.is_valid());
    }

    /// A smooth star-shaped ring of `n` vertices, 9° across (simple: vertices in increasing
    /// angle round its centre).
    fn star(n: usize) -> LineString<f64> {
        let mut ring: Vec<(f64, f64)> = (0..n)
            .map(|k| {
                let theta = std::f64::consts::TAU * k as f64 / n as f64;
                let r = 4.5 * (1.0 + 0.2 * (7.0 * theta).sin());
                (35.5 + r * theta.cos(), 33.3 + r * theta.sin())
            })
            .collect();
        ring.push(ring[0]);
        LineString::from(ring)
    }

    #[test]
    fn a_crossing_in_a_long_boundary_is_found_where_it_is() {
        let n = 20_000;
        let ring = star(n);
        assert_eq!(self_intersection(&ring), None);
        // Two neighbours swapped: the path goes k-1, k+1, k, k+2, and its two chords cross
        // between v(k) and v(k+1).
        let k = n / 3;
        let mut crossed = ring.clone();
        crossed.0.swap(k, k + 1);
        let at = self_intersection(&crossed).expect("crossing");
        let (a, b) = (ring.0[k], ring.0[k + 1]);
        let within = |v: f64, p: f64, q: f64| v >= p.min(q) - 1e-12 && v <= p.max(q) + 1e-12;
        assert!(within(at.x, a.x, b.x) && within(at.y, a.y, b.y), "{at:?}");
        let mp = MultiPolygon(vec![Polygon::new(crossed, vec![])]);
        let problems = topology_problems(&mp);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0]
                .to_string()
                .contains("the boundary crosses itself near lon 3")
        );
    }

    #[test]
    fn same_verdict_as_geo_on_a_2000_vertex_boundary() {
        let ring = star(2_000);
        let mut crossed = ring.clone();
        crossed.0.swap(700, 701);
        for r in [ring, crossed] {
            let mp = MultiPolygon(vec![Polygon::new(r, vec![])]);
            assert_eq!(verdict(&mp), mp.is_valid());
        }
    }

    /// A small ring on a 4×4 grid (so that shared vertices, collinear edges and spikes are
    /// frequent), closed.
    fn grid_ring(max: usize) -> impl Strategy<Value = Vec<(f64, f64)>> {
        // Some points nudged by 1e-12° off the grid: nearly collinear, nearly touching.
        let nudge = prop_oneof![6 => Just(0.0), 1 => Just(1e-12), 1 => Just(-1e-12)];
        prop::collection::vec((0..4u8, 0..4u8, nudge), 3..max).prop_map(|pts| {
            let mut v: Vec<(f64, f64)> = pts
                .into_iter()
                .map(|(x, y, d)| (35.0 + f64::from(x) * 0.25 + d, 33.0 + f64::from(y) * 0.25))
                .collect();
            v.push(v[0]);
            v
        })
    }

    /// Valid by our rules.
    fn verdict(mp: &MultiPolygon<f64>) -> bool {
        topology_problems(mp).is_empty()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Our verdict (valid or not) is geo's, on random small polygons with holes and
        /// multipolygons whose points sit on a coarse grid: many shared vertices, collinear
        /// edges, spikes, touching rings.
        #[test]
        fn same_verdict_as_geo(
            shell in grid_ring(8),
            holes in prop::collection::vec(grid_ring(5), 0..2),
            second in prop::option::of(grid_ring(6)),
        ) {
            let p = Polygon::new(
                LineString::from(shell),
                holes.into_iter().map(LineString::from).collect(),
            );
            let mut parts = vec![p];
            if let Some(s) = second {
                parts.push(Polygon::new(LineString::from(s), vec![]));
            }
            let mp = MultiPolygon(parts);
            // geo's relate panics on some self-intersecting rings: those cases are skipped.
            let theirs = std::panic::catch_unwind(|| mp.is_valid());
            prop_assume!(theirs.is_ok());
            prop_assert_eq!(verdict(&mp), theirs.is_ok_and(|v| v), "{:?}", mp);
        }
    }
}
