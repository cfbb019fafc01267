//! Synthetic programmes for tests, benchmarks and the demo: hazard areas, releases and finds
//! shaped like a cluster-munition clearance programme in south Lebanon. Seeded and
//! deterministic: the same `Spec` always gives the same records, on every machine.
//!
//! Hazard areas are star-shaped polygons (simple by construction) of 12–64 vertices around
//! strike sites, several per site so that many overlap; about 10 % have a hole and 5 % a
//! second part. Releases are rotated rectangles over (and sometimes spilling out of) hazard
//! areas, mostly completed after the hazard area was recorded, some before.

use std::f64::consts::TAU;

use chrono::{Days, NaiveDate};
use geo_types::{Coord, Geometry, LineString, MultiPolygon, Point, Polygon};
use rand::{Rng, SeedableRng};
use rand_pcg::Pcg64;
use uuid::Uuid;

use crate::model::{self, Fields, OrdnanceType, Record, RecordInput, RecordKind};

/// What to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Spec {
    /// Seed of the random sequence.
    pub seed: u64,
    /// Number of hazard areas.
    pub hazards: usize,
    /// Number of land releases.
    pub releases: usize,
    /// Number of ordnance finds.
    pub finds: usize,
}

impl Spec {
    /// The national-scale programme of the benchmarks: 5,000 hazard areas, 20,000 releases,
    /// 200,000 finds.
    pub const NATIONAL: Spec = Spec {
        seed: 2006,
        hazards: 5_000,
        releases: 20_000,
        finds: 200_000,
    };
}

/// South Lebanon, between the Litani and the Blue Line: lon 35.10–35.85, lat 33.05–33.40.
const WEST: f64 = 35.10;
const EAST: f64 = 35.85;
const SOUTH: f64 = 33.05;
const NORTH: f64 = 33.40;

const REGIONS: [&str; 6] = [
    "Bint Jbeil",
    "Marjayoun",
    "Nabatieh",
    "Tyre",
    "Hasbaya",
    "Sidon",
];
const TEAMS: [&str; 8] = [
    "MAG 1", "MAG 2", "NPA 1", "NPA 2", "DCA 1", "LAF 1", "LAF 2", "HI 1",
];
const TYPES: [&str; 8] = [
    "M42", "M46", "M77", "M85", "BLU-63", "BLU-61", "Type 90", "MZD-2",
];

/// Metres to degrees at latitude `lat`: (per metre east, per metre north).
fn degrees_per_metre(lat: f64) -> (f64, f64) {
    (1.0 / (111_320.0 * lat.to_radians().cos()), 1.0 / 110_574.0)
}

fn day(rng: &mut Pcg64, from: NaiveDate, to: NaiveDate) -> NaiveDate {
    let span = (to - from).num_days().max(0) as u64;
    from + Days::new(rng.random_range(0..=span))
}

/// A star-shaped ring around `c` (simple: angles strictly increase, radii positive).
fn star(
    rng: &mut Pcg64,
    c: Coord<f64>,
    radius_m: f64,
    vertices: usize,
    min_factor: f64,
    clockwise: bool,
) -> LineString<f64> {
    let (dx, dy) = degrees_per_metre(c.y);
    let mut angles: Vec<f64> = (0..vertices)
        .map(|i| (i as f64 + rng.random_range(0.1..0.9)) * TAU / vertices as f64)
        .collect();
    if clockwise {
        angles.reverse();
    }
    let mut pts: Vec<Coord<f64>> = angles
        .iter()
        .map(|a| {
            let r = radius_m * rng.random_range(min_factor..1.0);
            Coord {
                x: c.x + r * a.cos() * dx,
                y: c.y + r * a.sin() * dy,
            }
        })
        .collect();
    pts.push(pts[0]);
    LineString(pts)
}

fn rotated_rect(c: Coord<f64>, w_m: f64, h_m: f64, angle: f64) -> Polygon<f64> {
    let (dx, dy) = degrees_per_metre(c.y);
    let (s, co) = angle.sin_cos();
    let mut pts: Vec<Coord<f64>> = [(-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)]
        .iter()
        .map(|(u, v)| {
            let (x, y) = (u * w_m, v * h_m);
            Coord {
                x: c.x + (x * co - y * s) * dx,
                y: c.y + (x * s + y * co) * dy,
            }
        })
        .collect();
    pts.push(pts[0]);
    Polygon::new(LineString(pts), vec![])
}

fn fields(pairs: &[(&str, String)]) -> Fields {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect()
}

fn uuid(rng: &mut Pcg64) -> Uuid {
    uuid::Builder::from_random_bytes(rng.random()).into_uuid()
}

/// Generates the programme: hazard areas first, then releases, then finds, each valid.
///
/// `types` is the ordnance type reference list (finds use its categories).
pub fn programme(spec: &Spec, types: &[OrdnanceType]) -> Result<Vec<Record>, model::Invalid> {
    let mut rng = Pcg64::seed_from_u64(spec.seed);
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    let (first, last) = (date(2006, 9, 1), date(2025, 12, 31));
    let mut out = Vec::with_capacity(spec.hazards + spec.releases + spec.finds);
    // (centre, radius in metres, surveyed_on, id) of each hazard area.
    let mut sites: Vec<(Coord<f64>, f64, NaiveDate, Uuid)> = Vec::with_capacity(spec.hazards);
    let mut strike = Coord { x: 0.0, y: 0.0 };
    for i in 0..spec.hazards {
        // A new strike site every few hazard areas; the others overlap around it.
        if i % 4 == 0 || rng.random_bool(0.2) {
            strike = Coord {
                x: rng.random_range(WEST..EAST),
                y: rng.random_range(SOUTH..NORTH),
            };
        }
        let (dx, dy) = degrees_per_metre(strike.y);
        let c = Coord {
            x: strike.x + rng.random_range(-250.0..250.0) * dx,
            y: strike.y + rng.random_range(-250.0..250.0) * dy,
        };
        let radius = rng.random_range(60.0..260.0);
        let vertices = rng.random_range(12..=64);
        let mut shell = Polygon::new(star(&mut rng, c, radius, vertices, 0.7, false), vec![]);
        if rng.random_bool(0.10) {
            // A hole well inside the shell's smallest radius.
            let n = rng.random_range(8..16);
            let hole = star(&mut rng, c, radius * 0.3, n, 0.6, true);
            shell = Polygon::new(shell.exterior().clone(), vec![hole]);
        }
        let mut parts = vec![shell];
        if rng.random_bool(0.05) {
            let far = Coord {
                x: c.x + 3.5 * radius * dx,
                y: c.y,
            };
            let n = rng.random_range(12..=32);
            parts.push(Polygon::new(
                star(&mut rng, far, radius * 0.8, n, 0.7, false),
                vec![],
            ));
        }
        // Most contamination recorded soon after 2006; some found later, some after 2023.
        let surveyed_on = match rng.random_range(0..10) {
            0..=5 => day(&mut rng, first, date(2009, 12, 31)),
            6..=8 => day(&mut rng, date(2010, 1, 1), date(2023, 9, 30)),
            _ => day(&mut rng, date(2023, 10, 1), last),
        };
        let id = uuid(&mut rng);
        sites.push((c, radius, surveyed_on, id));
        let input = RecordInput {
            id: Some(id),
            geometry: Some(Geometry::MultiPolygon(MultiPolygon(parts))),
            fields: fields(&[
                ("name", format!("CMR-{:05}", i + 1)),
                (
                    "classification",
                    if rng.random_bool(0.7) { "CHA" } else { "SHA" }.to_owned(),
                ),
                ("surveyed_on", surveyed_on.to_string()),
                (
                    "region",
                    REGIONS[rng.random_range(0..REGIONS.len())].to_owned(),
                ),
            ]),
            extra: model::Extra::new(),
        };
        out.push(model::build(RecordKind::HazardArea, input, types)?);
    }
    for _ in 0..spec.releases {
        if sites.is_empty() {
            break;
        }
        let (c, radius, surveyed_on, hazard_id) = sites[rng.random_range(0..sites.len())];
        let (dx, dy) = degrees_per_metre(c.y);
        let centre = Coord {
            x: c.x + rng.random_range(-0.8..0.8) * radius * dx,
            y: c.y + rng.random_range(-0.8..0.8) * radius * dy,
        };
        let polygon = rotated_rect(
            centre,
            rng.random_range(20.0..160.0),
            rng.random_range(20.0..120.0),
            rng.random_range(0.0..TAU),
        );
        // One in ten was completed before the hazard area was recorded (it frees none of it).
        let completed_on = if rng.random_bool(0.1) {
            day(&mut rng, first, surveyed_on)
        } else {
            day(&mut rng, surveyed_on, last)
        };
        let started_on = completed_on - Days::new(rng.random_range(0..90));
        let method = match rng.random_range(0..10) {
            0..=2 => "cancelled",
            3..=5 => "reduced",
            _ => "cleared",
        };
        let mut f = vec![
            ("method", method.to_owned()),
            ("started_on", started_on.to_string()),
            ("completed_on", completed_on.to_string()),
            ("team", TEAMS[rng.random_range(0..TEAMS.len())].to_owned()),
        ];
        if method != "cancelled" {
            f.push((
                "depth_cm",
                [10, 15, 20, 30][rng.random_range(0..4)].to_string(),
            ));
        }
        if surveyed_on <= completed_on && rng.random_bool(0.8) {
            f.push(("hazard_id", hazard_id.to_string()));
        }
        let input = RecordInput {
            id: Some(uuid(&mut rng)),
            geometry: Some(Geometry::Polygon(polygon)),
            fields: fields(&f),
            extra: model::Extra::new(),
        };
        out.push(model::build(RecordKind::LandRelease, input, types)?);
    }
    for _ in 0..spec.finds {
        if sites.is_empty() {
            break;
        }
        let (c, radius, surveyed_on, hazard_id) = sites[rng.random_range(0..sites.len())];
        let (dx, dy) = degrees_per_metre(c.y);
        let a = rng.random_range(0.0..TAU);
        let r = radius * rng.random_range(0.0..0.7f64).sqrt();
        let p = Point::new(c.x + r * a.cos() * dx, c.y + r * a.sin() * dy);
        let found_on = day(&mut rng, surveyed_on, last);
        let mut f = vec![
            (
                "ordnance_type",
                TYPES[rng.random_range(0..TYPES.len())].to_owned(),
            ),
            (
                "quantity",
                if rng.random_bool(0.9) {
                    1
                } else {
                    rng.random_range(2..12)
                }
                .to_string(),
            ),
            ("found_on", found_on.to_string()),
            (
                "condition",
                ["intact", "damaged", "unknown"][rng.random_range(0..3)].to_owned(),
            ),
            (
                "disposal",
                if rng.random_bool(0.85) {
                    "destroyed_in_situ"
                } else {
                    "removed_and_destroyed"
                }
                .to_owned(),
            ),
            ("team", TEAMS[rng.random_range(0..TEAMS.len())].to_owned()),
            ("depth_cm", rng.random_range(0..25).to_string()),
        ];
        if rng.random_bool(0.9) {
            f.push(("hazard_id", hazard_id.to_string()));
        }
        let input = RecordInput {
            id: Some(uuid(&mut rng)),
            geometry: Some(Geometry::Point(p)),
            fields: fields(&f),
            extra: model::Extra::new(),
        };
        out.push(model::build(RecordKind::OrdnanceFind, input, types)?);
    }
    Ok(out)
}
