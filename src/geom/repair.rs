//! Repairing an invalid boundary, only on request (`import --repair`), with a report of what
//! was wrong and the area before and after.
//!
//! The repair is GEOS's `make_valid` with its "structure" method: each polygon's shell is
//! filled by the non-zero rule (every place its outline goes round, so both loops of a
//! bowtie, and a loop drawn twice once), less its holes filled the same way; the polygons
//! are then joined. The other method ("linework", GEOS's default) fills by parity and so
//! drops land that an outline goes round twice, or where two parts overlap: for a hazard
//! area that would mark contaminated land as clear. On a bowtie both methods give the same
//! two triangles.
//!
//! The operations run in the lon/lat plane (i_overlay, as the engine's), and the input's
//! vertices are put back exactly where the output keeps them; only the new vertices where
//! edges cross carry the grid's rounding (about 1e-9 of the extent).
//!
//! The area before is what a GIS measures for the invalid polygon (each ring's enclosed area
//! by the shoelace rule, shells less holes: a bowtie's two loops cancel), so a repair that
//! turns a small twist into a small loop changes little, and a boundary that crosses itself
//! in the middle, whose meaning is doubtful, changes much and is refused unless accepted
//! (`exchange::RepairPolicy`).

use geo::BooleanOps;
use geo::bool_ops::FillRule;
use geo::orient::{Direction, Orient};
use geo_types::{MultiPolygon, Polygon};

use super::{GeometryProblem, geodesic_area, validate_area};
use crate::model::Area;

/// A repaired boundary.
#[derive(Clone, Debug, PartialEq)]
pub struct Repair {
    /// What was wrong, in the words of the validation (one entry a problem).
    pub problems: Vec<String>,
    /// The area a GIS gives the invalid boundary (see the module documentation).
    pub before: Area,
    /// The repaired boundary's area.
    pub after: Area,
    /// The repaired boundary: valid, exteriors counter-clockwise, holes clockwise.
    pub geometry: MultiPolygon<f64>,
}

impl Repair {
    /// The change of area as a fraction of the repaired area (1.0 when the repaired area is
    /// zero and the area before is not).
    ///
    /// ```
    /// use clearfield::geom::repair::Repair;
    /// use clearfield::model::Area;
    /// let r = Repair { problems: vec![], before: Area(750.0), after: Area(1000.0),
    ///                  geometry: geo_types::MultiPolygon(vec![]) };
    /// assert_eq!(r.change(), 0.25);
    /// ```
    pub fn change(&self) -> f64 {
        let (b, a) = (self.before.0, self.after.0);
        if a > 0.0 {
            (a - b).abs() / a
        } else if b > 0.0 {
            1.0
        } else {
            0.0
        }
    }
}

/// Why a boundary is not repaired.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum NotRepaired {
    /// It has a problem no repair mends (coordinates out of range, the antimeridian, too
    /// large, empty, no area): that problem stands.
    #[error("{0}")]
    Unrepairable(String),
    /// The repair left nothing (every loop encloses no land).
    #[error("{problems}: repairing it leaves no area")]
    NothingLeft {
        /// What was wrong.
        problems: String,
    },
    /// The repaired boundary is still not valid (kept for safety: not seen in tests).
    #[error("{problems}: the repaired boundary is still invalid: {still}")]
    StillInvalid {
        /// What was wrong.
        problems: String,
        /// What is still wrong.
        still: String,
    },
}

/// `mp` repaired when it is invalid only in ways a repair mends (rings crossing or touching
/// themselves or each other, holes outside or touching their shell, parts overlapping);
/// `Ok(None)` when it is valid.
pub fn repair(mp: &MultiPolygon<f64>) -> Result<Option<Repair>, NotRepaired> {
    let problems = validate_area(mp);
    if problems.is_empty() {
        return Ok(None);
    }
    if let Some(p) = problems.iter().find(|p| !repairable(p)) {
        return Err(NotRepaired::Unrepairable(p.to_string()));
    }
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let joined = said.join("; ");
    let mut out = MultiPolygon::new(Vec::new());
    for polygon in &mp.0 {
        let part = structure(polygon);
        out = if out.0.is_empty() {
            part
        } else {
            out.union(&part)
        };
    }
    let inputs: Vec<&Polygon<f64>> = mp.0.iter().collect();
    let out = super::engine::restored(out, &inputs).orient(Direction::Default);
    if out.0.is_empty() {
        return Err(NotRepaired::NothingLeft { problems: joined });
    }
    let still = validate_area(&out);
    if !still.is_empty() {
        let still: Vec<String> = still.iter().map(ToString::to_string).collect();
        return Err(NotRepaired::StillInvalid {
            problems: joined,
            still: still.join("; "),
        });
    }
    Ok(Some(Repair {
        problems: said,
        before: geodesic_area(mp),
        after: geodesic_area(&out),
        geometry: out,
    }))
}

/// Whether a repair mends the problem.
fn repairable(p: &GeometryProblem) -> bool {
    matches!(
        p,
        GeometryProblem::SelfIntersection { .. } | GeometryProblem::Topology(_)
    )
}

/// One polygon's shell filled by the non-zero rule less its holes filled so.
fn structure(polygon: &Polygon<f64>) -> MultiPolygon<f64> {
    let none = MultiPolygon::<f64>::new(Vec::new());
    let shell = Polygon::new(polygon.exterior().clone(), Vec::new())
        .union_with_fill_rule(&none, FillRule::NonZero);
    let holes: Vec<Polygon<f64>> = polygon
        .interiors()
        .iter()
        .map(|h| Polygon::new(h.clone(), Vec::new()))
        .collect();
    if holes.is_empty() {
        return shell;
    }
    let holes = MultiPolygon::new(holes).union_with_fill_rule(&none, FillRule::NonZero);
    shell.difference(&holes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo_types::polygon;

    #[test]
    fn a_valid_boundary_is_left_alone() {
        let square = polygon![(x: 35.0, y: 33.0), (x: 35.1, y: 33.0), (x: 35.1, y: 33.1), (x: 35.0, y: 33.1)];
        assert_eq!(repair(&MultiPolygon(vec![square])), Ok(None));
    }

    /// A bowtie becomes its two triangles, each with the input's corners exactly and the
    /// crossing at the centre (35.05, 33.05) to the grid's rounding.
    #[test]
    fn a_bowtie_becomes_its_two_triangles() {
        let bowtie = polygon![(x: 35.0, y: 33.0), (x: 35.1, y: 33.1), (x: 35.1, y: 33.0), (x: 35.0, y: 33.1)];
        let r = repair(&MultiPolygon(vec![bowtie])).unwrap().unwrap();
        assert_eq!(r.geometry.0.len(), 2);
        for p in &r.geometry.0 {
            assert_eq!(p.exterior().0.len(), 4, "{p:?}");
            let centre = p
                .exterior()
                .0
                .iter()
                .find(|c| (c.x - 35.05).abs() < 1e-6)
                .expect("the crossing");
            assert!((centre.y - 33.05).abs() < 1e-9, "{centre:?}");
            assert!(p.exterior().0.iter().any(|c| c.x == 35.0 || c.x == 35.1));
        }
        assert!(r.problems[0].contains("crosses itself"), "{:?}", r.problems);
        assert!(
            r.before.0 < 1e-3 * r.after.0,
            "a symmetric bowtie's loops cancel"
        );
    }

    #[test]
    fn coordinates_out_of_range_are_not_repaired() {
        let bad = polygon![(x: 35.0, y: 33.0), (x: 235.1, y: 33.1), (x: 35.1, y: 33.0), (x: 35.0, y: 33.1)];
        assert!(matches!(
            repair(&MultiPolygon(vec![bad])),
            Err(NotRepaired::Unrepairable(_))
        ));
    }
}
