//! What is wrong with a shape, typed: the problem, the ring it is in and, for a broken
//! topology rule, which rule. Each says itself in English (`Display`, the text these
//! messages always had) and in the user's language ([`Localized`], keys `err-geometry-…`
//! and `geom-part-…`).

use crate::i18n::{Localized, Messages};

/// Which ring (or point) of a geometry a problem is in, as the messages name it. Numbers
/// count from 1.
///
/// The topology checks name rings as a surveyor reads them ("the boundary", "hole 2",
/// "part 3's boundary"); the coordinate and size checks in OGC words ("exterior ring",
/// "polygon 2: interior ring 1").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// "the boundary": the outer ring of a boundary in one part.
    Boundary,
    /// "hole N" of a boundary in one part.
    Hole(usize),
    /// "part N's boundary".
    PartBoundary(usize),
    /// "part N's hole M": (part, hole).
    PartHole(usize, usize),
    /// "exterior ring" of a single polygon.
    ExteriorRing,
    /// "interior ring N" of a single polygon.
    InteriorRing(usize),
    /// "polygon N: exterior ring" of a multipolygon.
    PolygonExteriorRing(usize),
    /// "polygon N: interior ring M" of a multipolygon: (polygon, ring).
    PolygonInteriorRing(usize, usize),
    /// "point": a find's or survey point's location.
    Point,
}

impl std::fmt::Display for Part {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Part::Boundary => write!(f, "the boundary"),
            Part::Hole(h) => write!(f, "hole {h}"),
            Part::PartBoundary(p) => write!(f, "part {p}'s boundary"),
            Part::PartHole(p, h) => write!(f, "part {p}'s hole {h}"),
            Part::ExteriorRing => write!(f, "exterior ring"),
            Part::InteriorRing(r) => write!(f, "interior ring {r}"),
            Part::PolygonExteriorRing(p) => write!(f, "polygon {p}: exterior ring"),
            Part::PolygonInteriorRing(p, r) => write!(f, "polygon {p}: interior ring {r}"),
            Part::Point => write!(f, "point"),
        }
    }
}

impl Localized for Part {
    fn text_in(&self, m: &Messages) -> String {
        let key = |k: &str| format!("geom-part-{k}");
        let n = |v: usize| v.to_string();
        match self {
            Part::Boundary => m.text(&key("boundary"), &[]),
            Part::Hole(h) => m.text(&key("hole"), &[("hole", n(*h).into())]),
            Part::PartBoundary(p) => m.text(&key("part-boundary"), &[("part", n(*p).into())]),
            Part::PartHole(p, h) => m.text(
                &key("part-hole"),
                &[("part", n(*p).into()), ("hole", n(*h).into())],
            ),
            Part::ExteriorRing => m.text(&key("exterior-ring"), &[]),
            Part::InteriorRing(r) => m.text(&key("interior-ring"), &[("ring", n(*r).into())]),
            Part::PolygonExteriorRing(p) => {
                m.text(&key("polygon-exterior-ring"), &[("polygon", n(*p).into())])
            }
            Part::PolygonInteriorRing(p, r) => m.text(
                &key("polygon-interior-ring"),
                &[("polygon", n(*p).into()), ("ring", n(*r).into())],
            ),
            Part::Point => m.text(&key("point"), &[]),
        }
    }
}

/// A guess at why a coordinate is out of the lon/lat range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Hint {
    /// No guess: nothing is added to the message.
    NoGuess,
    /// A coordinate over 1000: metres of a projection (UTM), not degrees.
    ProjectedMetres,
    /// In range with longitude and latitude the other way round.
    Swapped,
}

impl std::fmt::Display for Hint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Hint::NoGuess => "",
            Hint::ProjectedMetres => {
                " (these look like projected metres, e.g. UTM; give WGS84 lon/lat degrees)"
            }
            Hint::Swapped => " (longitude and latitude may be swapped; the order is lon, lat)",
        })
    }
}

impl Localized for Hint {
    /// Empty for [`Hint::NoGuess`], else the guess in brackets after a space.
    fn text_in(&self, m: &Messages) -> String {
        let key = match self {
            Hint::NoGuess => return String::new(),
            Hint::ProjectedMetres => "geom-hint-projected-metres",
            Hint::Swapped => "geom-hint-swapped",
        };
        format!(" ({})", m.text(key, &[]))
    }
}

/// A topology rule a boundary breaks (geo's `InvalidPolygon`, with the rings named, and
/// parts of a multipolygon that overlap or share an edge).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Topology {
    /// A ring with fewer than 3 distinct corners.
    TooFewCorners(Part),
    /// A ring crossing itself, where not known.
    CrossesItself(Part),
    /// A ring with a coordinate that is not a number.
    NotANumber {
        /// The ring.
        ring: Part,
        /// The corner, from 1.
        corner: usize,
    },
    /// A hole not inside its part's boundary.
    HoleOutside {
        /// The hole.
        hole: Part,
        /// The boundary it should be inside.
        boundary: Part,
    },
    /// Two rings of one part sharing an edge.
    RingsShareAnEdge(Part, Part),
    /// Two rings of one part overlapping.
    RingsOverlap(Part, Part),
    /// Two parts (from 1) overlapping.
    PartsOverlap(usize, usize),
    /// Two parts (from 1) sharing an edge.
    PartsShareAnEdge(usize, usize),
}

impl std::fmt::Display for Topology {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Topology::TooFewCorners(r) => write!(f, "{r} has fewer than 3 distinct corners"),
            Topology::CrossesItself(r) => write!(f, "{r} crosses itself"),
            Topology::NotANumber { ring, corner } => write!(
                f,
                "{ring} has a coordinate that is not a number (corner {corner})"
            ),
            Topology::HoleOutside { hole, boundary } => {
                write!(f, "{hole} is not inside {boundary}")
            }
            Topology::RingsShareAnEdge(a, b) => write!(f, "{a} and {b} share an edge"),
            Topology::RingsOverlap(a, b) => write!(f, "{a} and {b} overlap"),
            Topology::PartsOverlap(a, b) => write!(f, "parts {a} and {b} overlap"),
            Topology::PartsShareAnEdge(a, b) => write!(f, "parts {a} and {b} share an edge"),
        }
    }
}

impl Localized for Topology {
    fn text_in(&self, m: &Messages) -> String {
        let key = |k: &str| format!("err-geometry-topology-{k}");
        let one = |k: &str, r: &Part| m.text(&key(k), &[("ring", r.text_in(m).into())]);
        let two = |k: &str, a: &Part, b: &Part| {
            m.text(
                &key(k),
                &[("a", a.text_in(m).into()), ("b", b.text_in(m).into())],
            )
        };
        let parts = |k: &str, a: usize, b: usize| {
            m.text(
                &key(k),
                &[("a", a.to_string().into()), ("b", b.to_string().into())],
            )
        };
        match self {
            Topology::TooFewCorners(r) => one("too-few-corners", r),
            Topology::CrossesItself(r) => one("crosses-itself", r),
            Topology::NotANumber { ring, corner } => m.text(
                &key("not-a-number"),
                &[
                    ("ring", ring.text_in(m).into()),
                    ("corner", corner.to_string().into()),
                ],
            ),
            Topology::HoleOutside { hole, boundary } => m.text(
                &key("hole-outside"),
                &[
                    ("hole", hole.text_in(m).into()),
                    ("boundary", boundary.text_in(m).into()),
                ],
            ),
            Topology::RingsShareAnEdge(a, b) => two("rings-share-an-edge", a, b),
            Topology::RingsOverlap(a, b) => two("rings-overlap", a, b),
            Topology::PartsOverlap(a, b) => parts("parts-overlap", *a, *b),
            Topology::PartsShareAnEdge(a, b) => parts("parts-share-an-edge", *a, *b),
        }
    }
}

/// Why a geometry cannot be accepted.
///
/// Equality compares the numbers bit for bit (so it is an equivalence, and the type `Eq`,
/// as the errors holding it are): the checks put only finite numbers here.
#[derive(Clone, Debug, thiserror::Error)]
pub enum GeometryProblem {
    /// No polygons, or no coordinates.
    #[error("is empty")]
    Empty,
    /// NaN or infinite coordinate.
    #[error("{part}: coordinate {index} is not a finite number")]
    NonFinite {
        /// Which polygon or ring.
        part: Part,
        /// Position of the coordinate in its ring.
        index: usize,
    },
    /// Longitude or latitude outside the WGS84 range.
    #[error(
        "{part}: coordinate {index} (lon {lon}, lat {lat}) is outside lon -180..180, lat -90..90{hint}"
    )]
    OutOfRange {
        /// Which polygon or ring.
        part: Part,
        /// Position of the coordinate in its ring.
        index: usize,
        /// Longitude given.
        lon: f64,
        /// Latitude given.
        lat: f64,
        /// A guess at the cause, if any.
        hint: Hint,
    },
    /// A topology rule broken (hole outside its shell, parts overlapping, …).
    #[error("{0}")]
    Topology(Topology),
    /// A ring crosses or touches itself; where, so that it can be shown.
    #[error("{ring} crosses itself near lon {lon:.5}, lat {lat:.5}")]
    SelfIntersection {
        /// Position of the polygon in the multipolygon, from 0.
        polygon: usize,
        /// The ring: "the boundary", "hole 2", "part 3's boundary".
        ring: Part,
        /// Longitude of the first crossing found.
        lon: f64,
        /// Latitude of the first crossing found.
        lat: f64,
    },
    /// An edge spans more than 180° of longitude: meant to cross the antimeridian, it would be
    /// read as going the long way round the Earth.
    #[error(
        "{part}: the edge from coordinate {index} (lon {from}) to the next (lon {to}) spans more than 180° of longitude; split a boundary that crosses the antimeridian at 180° (RFC 7946 §3.1.9)"
    )]
    CrossesAntimeridian {
        /// Which polygon or ring.
        part: Part,
        /// Position of the edge's first coordinate in its ring.
        index: usize,
        /// Longitude at the edge's start.
        from: f64,
        /// Longitude at the edge's end.
        to: f64,
    },
    /// All the ring's points are on one line.
    #[error("{part} encloses no area: its points are all on one line")]
    ZeroArea {
        /// Which polygon or ring.
        part: Part,
    },
    /// The ring is the whole lon/lat range.
    #[error(
        "{part} covers the whole world (lon -180..180, lat -90..90); a hazard area over half the Earth is never right"
    )]
    WholeWorld {
        /// Which polygon or ring.
        part: Part,
    },
    /// The ring encloses more than half the Earth's surface.
    #[error(
        "{part} encloses {percent:.1} % of the Earth's surface; a hazard area over half the Earth is never right"
    )]
    OverHalfTheEarth {
        /// Which polygon or ring.
        part: Part,
        /// Share of the Earth's surface enclosed, %.
        percent: f64,
    },
}

impl PartialEq for GeometryProblem {
    fn eq(&self, other: &Self) -> bool {
        use GeometryProblem as G;
        let same = |a: &f64, b: &f64| a.to_bits() == b.to_bits();
        match (self, other) {
            (G::Empty, G::Empty) => true,
            (
                G::NonFinite { part, index },
                G::NonFinite {
                    part: p2,
                    index: i2,
                },
            ) => part == p2 && index == i2,
            (
                G::OutOfRange {
                    part,
                    index,
                    lon,
                    lat,
                    hint,
                },
                G::OutOfRange {
                    part: p2,
                    index: i2,
                    lon: x2,
                    lat: y2,
                    hint: h2,
                },
            ) => part == p2 && index == i2 && same(lon, x2) && same(lat, y2) && hint == h2,
            (G::Topology(a), G::Topology(b)) => a == b,
            (
                G::SelfIntersection {
                    polygon,
                    ring,
                    lon,
                    lat,
                },
                G::SelfIntersection {
                    polygon: p2,
                    ring: r2,
                    lon: x2,
                    lat: y2,
                },
            ) => polygon == p2 && ring == r2 && same(lon, x2) && same(lat, y2),
            (
                G::CrossesAntimeridian {
                    part,
                    index,
                    from,
                    to,
                },
                G::CrossesAntimeridian {
                    part: p2,
                    index: i2,
                    from: f2,
                    to: t2,
                },
            ) => part == p2 && index == i2 && same(from, f2) && same(to, t2),
            (G::ZeroArea { part }, G::ZeroArea { part: p2 })
            | (G::WholeWorld { part }, G::WholeWorld { part: p2 }) => part == p2,
            (
                G::OverHalfTheEarth { part, percent },
                G::OverHalfTheEarth {
                    part: p2,
                    percent: c2,
                },
            ) => part == p2 && same(percent, c2),
            _ => false,
        }
    }
}

impl Eq for GeometryProblem {}

impl Localized for GeometryProblem {
    /// Coordinates as the English writes them (a dot: they are read back as numbers), the
    /// share of the Earth written for the language.
    fn text_in(&self, m: &Messages) -> String {
        let key = |k: &str| format!("err-geometry-{k}");
        match self {
            GeometryProblem::Empty => m.text(&key("empty"), &[]),
            GeometryProblem::NonFinite { part, index } => m.text(
                &key("non-finite"),
                &[
                    ("part", part.text_in(m).into()),
                    ("index", index.to_string().into()),
                ],
            ),
            GeometryProblem::OutOfRange {
                part,
                index,
                lon,
                lat,
                hint,
            } => m.text(
                &key("out-of-range"),
                &[
                    ("part", part.text_in(m).into()),
                    ("index", index.to_string().into()),
                    ("lon", lon.to_string().into()),
                    ("lat", lat.to_string().into()),
                    ("hint", hint.text_in(m).into()),
                ],
            ),
            GeometryProblem::Topology(t) => t.text_in(m),
            GeometryProblem::SelfIntersection { ring, lon, lat, .. } => m.text(
                &key("self-intersection"),
                &[
                    ("ring", ring.text_in(m).into()),
                    ("lon", format!("{lon:.5}").into()),
                    ("lat", format!("{lat:.5}").into()),
                ],
            ),
            GeometryProblem::CrossesAntimeridian {
                part,
                index,
                from,
                to,
            } => m.text(
                &key("crosses-antimeridian"),
                &[
                    ("part", part.text_in(m).into()),
                    ("index", index.to_string().into()),
                    ("from", from.to_string().into()),
                    ("to", to.to_string().into()),
                ],
            ),
            GeometryProblem::ZeroArea { part } => {
                m.text(&key("zero-area"), &[("part", part.text_in(m).into())])
            }
            GeometryProblem::WholeWorld { part } => {
                m.text(&key("whole-world"), &[("part", part.text_in(m).into())])
            }
            GeometryProblem::OverHalfTheEarth { part, percent } => m.text(
                &key("over-half-the-earth"),
                &[
                    ("part", part.text_in(m).into()),
                    ("percent", m.number(&format!("{percent:.1}")).into()),
                ],
            ),
        }
    }
}
