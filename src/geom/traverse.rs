//! A hazard area's perimeter from a survey traverse: from a benchmark, one leg to the start
//! point, then leg after leg (bearing and distance) round the perimeter to the end point.
//!
//! Each leg is a geodesic on WGS84, solved with Karney's algorithm (geographiclib-rs), from
//! the bearing turned to true north: a magnetic bearing plus the declination (the World
//! Magnetic Model's for the date at the benchmark, or the one the surveyor gives), a grid
//! bearing plus the UTM grid convergence at the leg's first point (in the benchmark's zone).
//! The perimeter is the ring start → … → end → start with straight edges in lon/lat, the
//! area semantics of the whole app, measured by [`crate::geom::geodesic_area`].
//!
//! Nothing is corrected: a traverse that does not close shows its misclosure
//! ([`TraverseResult::closure_error_m`], [`TraverseResult::closure_ratio`]); the compass
//! rule ([`bowditch`]) distributes it only when asked. Pure: no IO, and the date is given.

use chrono::{Datelike, NaiveDate};
use geo_types::{Coord, LineString, MultiPolygon, Polygon};
use geographiclib_rs::{DirectGeodesic, Geodesic, InverseGeodesic};

use crate::geom::{self, GeometryProblem};
// The model's names for a bearing's north and a point's part, re-exported for callers.
pub use crate::model::{BearingReference, SurveyPointType};

/// The closure most survey standards accept by default: 1:100 (the misclosure at most a
/// hundredth of the perimeter).
pub const DEFAULT_TOLERANCE: f64 = 100.0;

/// One leg of a traverse: to the point of `kind`, from the previous point (the benchmark for
/// the `start` leg).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Leg {
    /// The kind of point the leg ends at: `start` first, then `turning`, `intermediate`,
    /// and `end` last.
    pub kind: SurveyPointType,
    /// Bearing, degrees clockwise from the input's north, in [0, 360).
    pub bearing_deg: f64,
    /// Length on the ground (on the ellipsoid), metres, finite and not negative.
    pub distance_m: f64,
}

/// A traverse as surveyed.
#[derive(Clone, Debug, PartialEq)]
pub struct TraverseInput {
    /// Longitude of the benchmark, WGS84 degrees.
    pub benchmark_lon: f64,
    /// Latitude of the benchmark, WGS84 degrees.
    pub benchmark_lat: f64,
    /// The legs in order, the `start` leg first.
    pub legs: Vec<Leg>,
    /// The north the bearings are measured from.
    pub bearing_ref: BearingReference,
    /// Magnetic declination to use (degrees, east positive) instead of the World Magnetic
    /// Model's; only for magnetic bearings.
    pub declination_deg: Option<f64>,
    /// The survey's date, for the World Magnetic Model.
    pub date: NaiveDate,
}

/// Where the declination used came from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DeclinationSource {
    /// Given by the surveyor.
    Given,
    /// The World Magnetic Model at the benchmark for the survey's date, with its 1σ
    /// uncertainty there (WMM error model), degrees.
    Wmm {
        /// One standard deviation of the model's declination there, degrees.
        uncertainty_deg: f64,
        /// In the model's caution zone round a magnetic pole (horizontal field under
        /// 6000 nT): compasses may be inaccurate there.
        caution_zone: bool,
    },
}

/// The magnetic declination a magnetic traverse was turned to true north with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Declination {
    /// Degrees, east positive: true bearing = magnetic bearing + declination.
    pub degrees: f64,
    /// Where it came from.
    pub source: DeclinationSource,
}

/// One computed point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TraversePoint {
    /// What the point is.
    pub kind: SurveyPointType,
    /// Longitude, WGS84 degrees.
    pub lon: f64,
    /// Latitude, WGS84 degrees.
    pub lat: f64,
    /// The true azimuth (degrees, [0, 360)) the leg to this point was run on, at the
    /// leg's first point.
    pub true_bearing_deg: f64,
    /// The leg's length, metres.
    pub distance_m: f64,
}

/// A computed traverse.
#[derive(Clone, Debug, PartialEq)]
pub struct TraverseResult {
    /// Longitude of the benchmark, WGS84 degrees.
    pub benchmark_lon: f64,
    /// Latitude of the benchmark, WGS84 degrees.
    pub benchmark_lat: f64,
    /// The perimeter's points in order, `start` first and `end` last (not the benchmark).
    pub points: Vec<TraversePoint>,
    /// The perimeter: the ring start → … → end → start (a point equal to the one before it
    /// is not repeated), straight edges in lon/lat; valid (checked), never repaired.
    pub polygon: Polygon<f64>,
    /// Area of the polygon on WGS84, m² (the app's area semantics).
    pub area_m2: f64,
    /// Sum of the legs' lengths from the start point (every leg but the `start` leg), m.
    pub perimeter_m: f64,
    /// Geodesic distance from the end point back to the start point, m.
    pub closure_error_m: f64,
    /// N of the closure 1:N (perimeter / closure error); `None` when the traverse closes
    /// exactly (closure error 0: 1:∞).
    pub closure_ratio: Option<f64>,
    /// The north the bearings were measured from.
    pub bearing_ref: BearingReference,
    /// The declination used (magnetic bearings only).
    pub declination: Option<Declination>,
    /// The UTM zone whose grid north grid bearings were measured from (grid bearings only).
    pub utm_zone: Option<i32>,
}

impl TraverseResult {
    /// Whether the closure is worse than 1:`tolerance` (e.g. [`DEFAULT_TOLERANCE`]): the
    /// misclosure is more than `perimeter / tolerance`. An exact closure is never worse.
    pub fn closure_worse_than(&self, tolerance: f64) -> bool {
        self.closure_ratio.is_some_and(|n| n < tolerance)
    }
}

/// Why a traverse cannot be computed. Legs are numbered from 1, the `start` leg first.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum TraverseError {
    /// The benchmark is not a WGS84 position.
    #[error("benchmark (lon {lon}, lat {lat}) is not a position: lon -180..180, lat -90..90")]
    Benchmark {
        /// Longitude given.
        lon: f64,
        /// Latitude given.
        lat: f64,
    },
    /// The legs are not in a traverse's order.
    #[error("leg {leg}: kind {kind}: {why}")]
    Order {
        /// Which leg, from 1.
        leg: usize,
        /// The leg's kind.
        kind: SurveyPointType,
        /// Why.
        why: &'static str,
    },
    /// A bearing outside [0, 360) or not a number.
    #[error("leg {leg}: bearing {value} is outside 0 to 360 (360 excluded)")]
    Bearing {
        /// Which leg, from 1.
        leg: usize,
        /// Bearing given.
        value: f64,
    },
    /// A distance negative or not a number.
    #[error("leg {leg}: distance {value} m must be a finite number, not negative")]
    Distance {
        /// Which leg, from 1.
        leg: usize,
        /// Distance given.
        value: f64,
    },
    /// A declination given that is not one, or given for bearings that are not magnetic.
    #[error("declination {value}: {why}")]
    Declination {
        /// Declination given.
        value: f64,
        /// Why.
        why: &'static str,
    },
    /// The World Magnetic Model has no declination for this date or place.
    #[error(
        "no magnetic declination for {date} at lat {lat}, lon {lon}: {why}; give --declination"
    )]
    Wmm {
        /// The survey's date.
        date: NaiveDate,
        /// Latitude of the benchmark.
        lat: f64,
        /// Longitude of the benchmark.
        lon: f64,
        /// The model's reason.
        why: String,
    },
    /// Grid bearings from a benchmark outside UTM (the polar regions use UPS).
    #[error("grid bearings need a UTM zone; the benchmark at lat {lat} is outside 80°S–84°N")]
    NoUtmZone {
        /// Latitude of the benchmark.
        lat: f64,
    },
    /// A leg reaches a latitude beyond a pole or a point that is not a position.
    #[error("leg {leg} ends off the map (lon {lon}, lat {lat})")]
    OffTheMap {
        /// Which leg, from 1.
        leg: usize,
        /// Longitude reached.
        lon: f64,
        /// Latitude reached.
        lat: f64,
    },
    /// Fewer than 3 distinct points on the perimeter.
    #[error("the perimeter has {0} distinct points; an area needs at least 3")]
    TooFewPoints(usize),
    /// The ring crosses or touches itself.
    #[error("the perimeter crosses itself near lon {lon:.6}, lat {lat:.6}; check the legs")]
    SelfIntersecting {
        /// Longitude of the first crossing found.
        lon: f64,
        /// Latitude of the first crossing found.
        lat: f64,
    },
    /// The ring breaks another geometry rule (no area, across the antimeridian, …).
    #[error("the perimeter {0}")]
    Polygon(String),
}

impl crate::i18n::Localized for TraverseError {
    /// `err-traverse-error-…`: legs by number, positions as given (lon, lat with a point),
    /// bearings and distances written for the language, the model's reason as it words it.
    fn text_in(&self, m: &crate::i18n::Messages) -> String {
        use crate::i18n::Arg;
        let key = |k: &str| format!("err-traverse-error-{k}");
        let text = |x: &dyn std::fmt::Display| -> Arg<'static> { x.to_string().into() };
        let number = |x: f64| -> Arg<'static> { m.number(&x.to_string()).into() };
        match self {
            Self::Benchmark { lon, lat } => {
                m.text(&key("benchmark"), &[("lon", text(lon)), ("lat", text(lat))])
            }
            Self::Order { leg, kind, why } => m.text(
                &key("order"),
                &[
                    ("leg", text(leg)),
                    ("kind", kind.as_str().into()),
                    ("why", order_reason(m, why).into()),
                ],
            ),
            Self::Bearing { leg, value } => m.text(
                &key("bearing"),
                &[("leg", text(leg)), ("value", number(*value))],
            ),
            Self::Distance { leg, value } => m.text(
                &key("distance"),
                &[("leg", text(leg)), ("value", number(*value))],
            ),
            Self::Declination { value, why } => m.text(
                &key("declination"),
                &[
                    ("value", number(*value)),
                    ("why", order_reason(m, why).into()),
                ],
            ),
            Self::Wmm {
                date,
                lat,
                lon,
                why,
            } => m.text(
                &key("wmm"),
                &[
                    ("date", m.day(*date).into()),
                    ("lat", text(lat)),
                    ("lon", text(lon)),
                    ("why", why.as_str().into()),
                ],
            ),
            Self::NoUtmZone { lat } => m.text(&key("no-utm-zone"), &[("lat", text(lat))]),
            Self::OffTheMap { leg, lon, lat } => m.text(
                &key("off-the-map"),
                &[("leg", text(leg)), ("lon", text(lon)), ("lat", text(lat))],
            ),
            Self::TooFewPoints(n) => m.text(&key("too-few-points"), &[("count", (*n).into())]),
            Self::SelfIntersecting { lon, lat } => m.text(
                &key("self-intersecting"),
                &[
                    ("lon", format!("{lon:.6}").into()),
                    ("lat", format!("{lat:.6}").into()),
                ],
            ),
            Self::Polygon(why) => m.text(&key("polygon"), &[("why", why.as_str().into())]),
        }
    }
}

/// A reason a leg's order or a declination is refused, in the language (the English text
/// when the catalogues lack it).
fn order_reason(m: &crate::i18n::Messages, why: &'static str) -> String {
    let key = match why {
        "the first leg must be of kind start (benchmark to start point)" => "first-start",
        "only the first leg is of kind start" => "only-first-start",
        "only the last leg is of kind end" => "only-last-end",
        "the last leg must be of kind end (it reaches the end point)" => "last-end",
        "a leg reaches a start, turning, intermediate or end point" => "reaches",
        "must be a number of degrees from -180 to 180 (east positive)" => "declination-range",
        "applies to magnetic bearings only" => "declination-magnetic",
        other => return other.to_owned(),
    };
    m.text(&format!("err-traverse-reason-{key}"), &[])
}

/// Computes the perimeter a traverse marks: each point by the geodesic direct problem from
/// the one before, the polygon, its area, perimeter and closure. Refuses (never repairs)
/// legs out of order, bearings outside [0, 360), negative or non-finite distances, fewer
/// than 3 distinct perimeter points and a ring that crosses itself.
///
/// ```
/// use chrono::NaiveDate;
/// use clearfield::geom::traverse::{self, BearingReference, Leg, TraverseInput};
/// use clearfield::model::SurveyPointType::*;
///
/// let leg = |kind, bearing_deg, distance_m| Leg { kind, bearing_deg, distance_m };
/// let input = TraverseInput {
///     benchmark_lon: 35.5,
///     benchmark_lat: 33.3,
///     legs: vec![
///         leg(Start, 0.0, 100.0),
///         leg(Turning, 90.0, 100.0),
///         leg(End, 180.0, 100.0),
///     ],
///     bearing_ref: BearingReference::True,
///     declination_deg: None,
///     date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
/// };
/// let result = traverse::compute(&input).unwrap();
/// // pyproj 3.7.2: Geod(ellps='WGS84').fwd(35.5, 33.3, 0, 100) -> lat 33.300901633455666
/// assert!((result.points[0].lat - 33.300901633455666).abs() < 1e-12);
/// assert_eq!(result.points[0].lon, 35.5);
/// assert_eq!(result.perimeter_m, 200.0);
/// ```
pub fn compute(input: &TraverseInput) -> Result<TraverseResult, TraverseError> {
    let (lon0, lat0) = (input.benchmark_lon, input.benchmark_lat);
    if !(lon0.is_finite() && lat0.is_finite() && lon0.abs() <= 180.0 && lat0.abs() <= 90.0) {
        return Err(TraverseError::Benchmark {
            lon: lon0,
            lat: lat0,
        });
    }
    check_legs(&input.legs)?;
    let declination = declination(input)?;
    let utm_zone = match input.bearing_ref {
        BearingReference::Grid => Some(utm_zone(lon0, lat0)?),
        _ => None,
    };
    let g = Geodesic::wgs84();
    let mut points = Vec::with_capacity(input.legs.len());
    let (mut lon, mut lat) = (lon0, lat0);
    for (i, leg) in input.legs.iter().enumerate() {
        let correction = match (declination, utm_zone) {
            (Some(d), _) => d.degrees,
            (None, Some(zone)) => grid_convergence_deg(lon, lat, zone),
            (None, None) => 0.0,
        };
        let azimuth = (leg.bearing_deg + correction).rem_euclid(360.0);
        let (lat2, lon2): (f64, f64) = g.direct(lat, lon, azimuth, leg.distance_m);
        if !(lat2.is_finite() && lon2.is_finite()) {
            return Err(TraverseError::OffTheMap {
                leg: i + 1,
                lon: lon2,
                lat: lat2,
            });
        }
        (lon, lat) = (lon2, lat2);
        points.push(TraversePoint {
            kind: leg.kind,
            lon,
            lat,
            true_bearing_deg: azimuth,
            distance_m: leg.distance_m,
        });
    }
    let (polygon, area_m2) = perimeter_polygon(&points)?;
    let perimeter_m: f64 = points.iter().skip(1).map(|p| p.distance_m).sum();
    let (start, end) = (points[0], points[points.len() - 1]);
    let closure_error_m: f64 = g.inverse(end.lat, end.lon, start.lat, start.lon);
    Ok(TraverseResult {
        benchmark_lon: lon0,
        benchmark_lat: lat0,
        points,
        polygon,
        area_m2,
        perimeter_m,
        closure_error_m,
        closure_ratio: (closure_error_m > 0.0).then(|| perimeter_m / closure_error_m),
        bearing_ref: input.bearing_ref,
        declination,
        utm_zone,
    })
}

/// Checks each leg's values and the order of kinds: `start` first, `end` last, `turning`
/// or `intermediate` between.
fn check_legs(legs: &[Leg]) -> Result<(), TraverseError> {
    use SurveyPointType as K;
    if legs.is_empty() {
        return Err(TraverseError::TooFewPoints(0));
    }
    let last = legs.len() - 1;
    for (i, leg) in legs.iter().enumerate() {
        let n = i + 1;
        if !(leg.bearing_deg.is_finite() && (0.0..360.0).contains(&leg.bearing_deg)) {
            return Err(TraverseError::Bearing {
                leg: n,
                value: leg.bearing_deg,
            });
        }
        if !(leg.distance_m.is_finite() && leg.distance_m >= 0.0) {
            return Err(TraverseError::Distance {
                leg: n,
                value: leg.distance_m,
            });
        }
        let why = match (i, leg.kind) {
            (0, K::Start) => None,
            (0, _) => Some("the first leg must be of kind start (benchmark to start point)"),
            (_, K::Start) => Some("only the first leg is of kind start"),
            (i, K::End) if i != last => Some("only the last leg is of kind end"),
            (i, K::Turning | K::Intermediate) if i == last => {
                Some("the last leg must be of kind end (it reaches the end point)")
            }
            (_, K::Benchmark | K::Reference) => {
                Some("a leg reaches a start, turning, intermediate or end point")
            }
            _ => None,
        };
        if let Some(why) = why {
            return Err(TraverseError::Order {
                leg: n,
                kind: leg.kind,
                why,
            });
        }
    }
    Ok(())
}

/// The declination to turn magnetic bearings with; `None` for true and grid bearings.
fn declination(input: &TraverseInput) -> Result<Option<Declination>, TraverseError> {
    match (input.bearing_ref, input.declination_deg) {
        (BearingReference::Magnetic, Some(d)) if d.is_finite() && d.abs() <= 180.0 => {
            Ok(Some(Declination {
                degrees: d,
                source: DeclinationSource::Given,
            }))
        }
        (BearingReference::Magnetic, Some(d)) => Err(TraverseError::Declination {
            value: d,
            why: "must be a number of degrees from -180 to 180 (east positive)",
        }),
        (BearingReference::Magnetic, None) => {
            wmm_declination(input.benchmark_lon, input.benchmark_lat, input.date).map(Some)
        }
        (_, Some(d)) => Err(TraverseError::Declination {
            value: d,
            why: "applies to magnetic bearings only",
        }),
        (_, None) => Ok(None),
    }
}

/// The World Magnetic Model's declination at (`lon`, `lat`), on the ellipsoid (height 0),
/// for `date` (the model's bundled epochs, WMM2020 and WMM2025, chosen by the date).
/// Refused in the model's blackout zones round the magnetic poles; its caution zones are
/// flagged.
pub fn wmm_declination(lon: f64, lat: f64, date: NaiveDate) -> Result<Declination, TraverseError> {
    use world_magnetic_model::uom::si::angle::degree;
    use world_magnetic_model::uom::si::f32::{Angle, Length};
    use world_magnetic_model::uom::si::length::meter;
    use world_magnetic_model::{GeomagneticField, WarningZone};
    let fail = |why: String| TraverseError::Wmm {
        date,
        lat,
        lon,
        why,
    };
    let ordinal = u16::try_from(date.ordinal()).map_err(|e| fail(e.to_string()))?;
    let day = world_magnetic_model::time::Date::from_ordinal_date(date.year(), ordinal)
        .map_err(|e| fail(e.to_string()))?;
    let field = GeomagneticField::new(
        Length::new::<meter>(0.0),
        Angle::new::<degree>(lat as f32),
        Angle::new::<degree>(lon as f32),
        day,
    )
    .map_err(|e| fail(e.to_string()))?;
    let warning = field.declination_warning();
    if warning == Some(WarningZone::BlackoutZone) {
        return Err(fail(
            "the place is in the model's blackout zone round a magnetic pole, where compasses \
             are unreliable"
                .to_owned(),
        ));
    }
    Ok(Declination {
        degrees: f64::from(field.declination().get::<degree>()),
        source: DeclinationSource::Wmm {
            uncertainty_deg: f64::from(field.declination_uncertainty().get::<degree>()),
            caution_zone: warning == Some(WarningZone::CautionZone),
        },
    })
}

/// The UTM zone of a position (with the Norway and Svalbard exceptions), as GPS units give
/// it; refused outside UTM's latitudes.
fn utm_zone(lon: f64, lat: f64) -> Result<i32, TraverseError> {
    let zone = geoconvert::LatLon::create(lat, lon)
        .map(|ll| ll.to_utmups().zone())
        .unwrap_or(0);
    if zone == 0 || !(-80.0..=84.0).contains(&lat) {
        return Err(TraverseError::NoUtmZone { lat });
    }
    Ok(zone)
}

/// The meridian convergence of UTM `zone` at (`lon`, `lat`), degrees: the bearing of grid
/// north clockwise from true north (GeographicLib's γ; PROJ's `meridian_convergence`), so
/// true bearing = grid bearing + γ.
///
/// geoconvert does not expose γ, so this is the transverse Mercator series on the ellipsoid
/// (e.g. Snyder 1987; DMA TM 8358.2 §2-5): with Δλ from the central meridian,
/// γ = Δλ sinφ [1 + Δλ²cos²φ (1 + 3η² + 2η⁴)/3 + Δλ⁴cos⁴φ (2 − tan²φ)/15], η² = e′²cos²φ.
/// The next term is O(Δλ⁷): within a zone it is under 1e-7°, against PROJ in
/// `tests/traverse.rs`.
pub fn grid_convergence_deg(lon: f64, lat: f64, zone: i32) -> f64 {
    const F: f64 = 1.0 / 298.257_223_563;
    let e2 = F * (2.0 - F);
    let ep2 = e2 / (1.0 - e2);
    let central = f64::from(6 * zone - 183);
    let dl = ((lon - central + 540.0).rem_euclid(360.0) - 180.0).to_radians();
    let phi = lat.to_radians();
    let (s, c, t) = (phi.sin(), phi.cos(), phi.tan());
    let n2 = ep2 * c * c;
    let l2c2 = dl * dl * c * c;
    let gamma = dl
        * s
        * (1.0
            + l2c2 / 3.0 * (1.0 + 3.0 * n2 + 2.0 * n2 * n2)
            + l2c2 * l2c2 / 15.0 * (2.0 - t * t));
    gamma.to_degrees()
}

/// The ring start → … → end → start through `points`, checked as a hazard boundary is
/// (`geom::validate_area`), and its area.
fn perimeter_polygon(points: &[TraversePoint]) -> Result<(Polygon<f64>, f64), TraverseError> {
    let mut ring: Vec<Coord<f64>> = Vec::with_capacity(points.len() + 1);
    for p in points {
        let c = Coord { x: p.lon, y: p.lat };
        if ring.last() != Some(&c) {
            ring.push(c);
        }
    }
    if ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    let mut distinct = ring.clone();
    distinct.sort_by(|a, b| a.x.total_cmp(&b.x).then(a.y.total_cmp(&b.y)));
    distinct.dedup();
    if distinct.len() < 3 {
        return Err(TraverseError::TooFewPoints(distinct.len()));
    }
    ring.push(ring[0]);
    let polygon = Polygon::new(LineString(ring), vec![]);
    let mp = MultiPolygon(vec![polygon]);
    if let Some(problem) = geom::validate_area(&mp).into_iter().next() {
        return Err(match problem {
            GeometryProblem::SelfIntersection { lon, lat, .. } => {
                TraverseError::SelfIntersecting { lon, lat }
            }
            other => TraverseError::Polygon(other.to_string()),
        });
    }
    let area = geom::geodesic_area(&mp).m2();
    let [polygon] = <[Polygon<f64>; 1]>::try_from(mp.0)
        .map_err(|_| TraverseError::Polygon("is not one polygon".to_owned()))?;
    Ok((polygon, area))
}

/// A traverse adjusted by the compass (Bowditch) rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Adjusted {
    /// The perimeter's points moved, in order (`end` now on `start`).
    pub points: Vec<AdjustedPoint>,
    /// The adjusted perimeter (the end point falls on the start and is not repeated).
    pub polygon: Polygon<f64>,
    /// Area of the adjusted polygon on WGS84, m².
    pub area_m2: f64,
}

/// One point after the compass-rule adjustment.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AdjustedPoint {
    /// What the point is.
    pub kind: SurveyPointType,
    /// Adjusted longitude, WGS84 degrees.
    pub lon: f64,
    /// Adjusted latitude, WGS84 degrees.
    pub lat: f64,
    /// How far the point was moved, metres.
    pub shift_m: f64,
}

/// Distributes the misclosure by the compass (Bowditch) rule: each perimeter point moves
/// towards closing by the misclosure times the share of the perimeter run to reach it, so
/// the start stays and the end lands on the start. Only on request: [`compute`] never
/// adjusts.
///
/// On the ellipsoid: the misclosure is the geodesic from the end point to the start
/// (azimuth α there, length c); a point at perimeter distance d moves c·d/P along a geodesic
/// with azimuth α at that point (the end point is put exactly on the start). Over a hazard
/// area's extent the azimuth of one direction changes by far less than survey precision.
/// A refusal: the adjusted ring may cross itself (or have too few points) when the
/// misclosure is large.
pub fn bowditch(result: &TraverseResult) -> Result<Adjusted, TraverseError> {
    let g = Geodesic::wgs84();
    let points = &result.points;
    let (start, end) = (points[0], points[points.len() - 1]);
    let (closure, azimuth, _, _): (f64, f64, f64, f64) =
        g.inverse(end.lat, end.lon, start.lat, start.lon);
    let last = points.len() - 1;
    let mut run = 0.0;
    let mut adjusted = Vec::with_capacity(points.len());
    for (i, p) in points.iter().enumerate() {
        if i > 0 {
            run += p.distance_m;
        }
        let shift_m = if result.perimeter_m > 0.0 {
            closure * run / result.perimeter_m
        } else {
            0.0
        };
        let (lon, lat) = if i == last && i > 0 {
            (start.lon, start.lat)
        } else if shift_m > 0.0 {
            let (lat, lon): (f64, f64) = g.direct(p.lat, p.lon, azimuth, shift_m);
            (lon, lat)
        } else {
            (p.lon, p.lat)
        };
        adjusted.push(AdjustedPoint {
            kind: p.kind,
            lon,
            lat,
            shift_m,
        });
    }
    let as_points: Vec<TraversePoint> = adjusted
        .iter()
        .zip(points)
        .map(|(a, p)| TraversePoint {
            lon: a.lon,
            lat: a.lat,
            ..*p
        })
        .collect();
    let (polygon, area_m2) = perimeter_polygon(&as_points)?;
    Ok(Adjusted {
        points: adjusted,
        polygon,
        area_m2,
    })
}

/// The survey points a traverse is saved with, marking the record `belongs_to`: the
/// benchmark (sequence 0), then each leg's point as measured (its bearing as read, the north
/// it was read from, its distance, the declination used), at the position computed, or at
/// the compass rule's when the traverse was `adjusted` (each such point's note says how far
/// it was moved). `legs` are the legs `result` was computed from.
pub fn survey_points(
    result: &TraverseResult,
    legs: &[Leg],
    adjusted: Option<&Adjusted>,
    belongs_to: uuid::Uuid,
) -> Vec<crate::model::SurveyPoint> {
    use crate::model::{Extra, Stamp, SurveyPoint, SurveyPointId};
    let declination = match result.bearing_ref {
        BearingReference::Magnetic => result.declination.map(|d| d.degrees),
        _ => None,
    };
    let point = |sequence: u32, point_type, lon: f64, lat: f64| SurveyPoint {
        id: SurveyPointId(uuid::Uuid::new_v4()),
        belongs_to,
        point_type,
        sequence,
        bearing_deg: None,
        bearing_ref: None,
        distance_m: None,
        declination_deg: None,
        gps_accuracy_m: None,
        hdop: None,
        satellites: None,
        note: None,
        location: geo_types::Point::new(lon, lat),
        extra: Extra::new(),
        stamp: Stamp::default(),
    };
    let mut out = vec![point(
        0,
        SurveyPointType::Benchmark,
        result.benchmark_lon,
        result.benchmark_lat,
    )];
    for (i, (p, leg)) in result.points.iter().zip(legs).enumerate() {
        let moved = adjusted.and_then(|a| a.points.get(i));
        let (lon, lat) = moved.map_or((p.lon, p.lat), |m| (m.lon, m.lat));
        let mut s = point(u32::try_from(i + 1).unwrap_or(u32::MAX), p.kind, lon, lat);
        s.bearing_deg = Some(leg.bearing_deg);
        s.bearing_ref = Some(result.bearing_ref);
        s.distance_m = Some(leg.distance_m);
        s.declination_deg = declination;
        s.note = moved
            .filter(|m| m.shift_m > 0.0)
            .map(|m| format!("moved {:.3} m by the compass rule", m.shift_m));
        out.push(s);
    }
    out
}

/// How the user takes a traverse's closure when saving its boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Taken {
    /// As measured, held to the tolerance.
    AsMeasured,
    /// As measured, accepted even when worse than the tolerance.
    Accepted,
    /// Adjusted by the compass rule ([`bowditch`]): it closes.
    Adjusted,
}

/// A boundary refused for its closure: worse than the programme's tolerance, neither
/// accepted nor adjusted.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error(
    "closure {ratio} ({error_m:.3} m over a perimeter of {perimeter_m:.1} m) is worse than the programme's tolerance 1:{tolerance}; nothing saved"
)]
pub struct ClosureRefused {
    /// The misclosure as 1:N (rounded down).
    pub ratio: String,
    /// The misclosure, metres.
    pub error_m: f64,
    /// The perimeter, metres.
    pub perimeter_m: f64,
    /// N of the tolerance 1:N.
    pub tolerance: f64,
}

/// Holds a traverse's closure to the programme's `tolerance` as the user `taken` it, and
/// gives what is kept with the record it makes (its `extra`, key `traverse`): the
/// misclosure in metres and as 1:N, the tolerance, whether a worse closure was accepted,
/// whether the compass rule adjusted it. A closure worse than the tolerance is refused
/// unless accepted or adjusted.
pub fn take_closure(
    result: &TraverseResult,
    tolerance: f64,
    taken: Taken,
) -> Result<serde_json::Value, ClosureRefused> {
    let worse = result.closure_worse_than(tolerance);
    if worse && taken == Taken::AsMeasured {
        return Err(ClosureRefused {
            ratio: result
                .closure_ratio
                .map_or("1:∞".to_owned(), |n| format!("1:{:.0}", n.floor())),
            error_m: result.closure_error_m,
            perimeter_m: result.perimeter_m,
            tolerance,
        });
    }
    Ok(serde_json::json!({
        "closure_error_m": result.closure_error_m,
        "closure_ratio": result.closure_ratio,
        "perimeter_m": result.perimeter_m,
        "tolerance": tolerance,
        "worse_than_tolerance_accepted": worse && taken == Taken::Accepted,
        "adjusted": (taken == Taken::Adjusted).then_some("compass rule (Bowditch)"),
        "bearing_ref": result.bearing_ref.as_str(),
        "declination_deg": result.declination.map(|d| d.degrees),
    }))
}
