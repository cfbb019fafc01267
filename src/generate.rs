//! Synthetic programmes for tests, benchmarks and the demo: hazard areas, releases and finds
//! shaped like a cluster-munition clearance programme in south Lebanon. Seeded and
//! deterministic: the same `Spec` always gives the same records, on every machine.
//!
//! Hazard areas are star-shaped polygons (simple by construction) of 12–64 vertices around
//! strike sites, several per site so that many overlap; about 10 % have a hole and 5 % a
//! second part. Their dates follow the spec's [`Timeline`]:
//! - [`Timeline::Scattered`] (the benchmarks'): releases are rotated rectangles over (and
//!   sometimes spilling out of) hazard areas, mostly completed at a random date after the
//!   hazard area was recorded, some before; finds at random dates after it. The remaining
//!   area hardly falls: a stress test, not a story.
//! - [`Timeline::Steady`] (the demo's): a programme working through its hazard areas at a
//!   steady pace. Contamination is mostly recorded in the first years after 2006 (none in
//!   the last two years); four teams at a time each release one hazard area in lanes
//!   (about 55 m wide in the demo; an SHA mostly cancelled or reduced, a CHA mostly
//!   cleared), one lane completed every span / releases days programme-wide, the next area
//!   taken by priority among those recorded; finds are made in the lanes as they are
//!   worked. About 85 % of the lanes are done by the last date, so the rest is still to do.

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
    /// How the records' dates are laid out.
    pub timeline: Timeline,
}

/// How a generated programme's dates are laid out (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timeline {
    /// Each record's date drawn on its own over 2006-09-01..=2025-12-31: the benchmarks'.
    Scattered,
    /// Hazard areas released lane by lane at a steady pace from 2006 to [`STEADY_LAST`]: the
    /// demo's.
    Steady,
}

/// The last date of a [`Timeline::Steady`] programme: its last release is completed on it.
pub const STEADY_LAST: NaiveDate = match NaiveDate::from_ymd_opt(2026, 10, 31) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

impl Spec {
    /// The national-scale programme of the benchmarks: 5,000 hazard areas, 20,000 releases,
    /// 200,000 finds.
    pub const NATIONAL: Spec = Spec {
        seed: 2006,
        hazards: 5_000,
        releases: 20_000,
        finds: 200_000,
        timeline: Timeline::Scattered,
    };

    /// The demo programme bundled with the app (`assets/demo.geojson` is this spec exported):
    /// 250 hazard areas, 1,200 releases, 1,500 finds on a steady timeline.
    pub const DEMO: Spec = Spec {
        seed: 3,
        hazards: 250,
        releases: 1_200,
        finds: 1_500,
        timeline: Timeline::Steady,
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
    match spec.timeline {
        Timeline::Scattered => scattered(spec, types),
        Timeline::Steady => steady(spec, types),
    }
}

/// One hazard area's shape: its parts, and each part's centre and outer radius in metres.
struct Shape {
    parts: Vec<Polygon<f64>>,
    discs: Vec<(Coord<f64>, f64)>,
}

/// The shape of hazard area `i` (0-based): a new strike site every few hazard areas, the
/// others overlapping around the last one (`strike`).
fn hazard_shape(rng: &mut Pcg64, i: usize, strike: &mut Coord<f64>) -> Shape {
    if i.is_multiple_of(4) || rng.random_bool(0.2) {
        *strike = Coord {
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
    let mut shell = Polygon::new(star(rng, c, radius, vertices, 0.7, false), vec![]);
    if rng.random_bool(0.10) {
        // A hole well inside the shell's smallest radius.
        let n = rng.random_range(8..16);
        let hole = star(rng, c, radius * 0.3, n, 0.6, true);
        shell = Polygon::new(shell.exterior().clone(), vec![hole]);
    }
    let mut parts = vec![shell];
    let mut discs = vec![(c, radius)];
    if rng.random_bool(0.05) {
        let far = Coord {
            x: c.x + 3.5 * radius * dx,
            y: c.y,
        };
        let n = rng.random_range(12..=32);
        parts.push(Polygon::new(
            star(rng, far, radius * 0.8, n, 0.7, false),
            vec![],
        ));
        discs.push((far, radius * 0.8));
    }
    Shape { parts, discs }
}

/// [`Timeline::Scattered`]: every date drawn on its own.
fn scattered(spec: &Spec, types: &[OrdnanceType]) -> Result<Vec<Record>, model::Invalid> {
    let mut rng = Pcg64::seed_from_u64(spec.seed);
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    let (first, last) = (date(2006, 9, 1), date(2025, 12, 31));
    let mut out = Vec::with_capacity(spec.hazards + spec.releases + spec.finds);
    // (centre, radius in metres, surveyed_on, id) of each hazard area.
    let mut sites: Vec<(Coord<f64>, f64, NaiveDate, Uuid)> = Vec::with_capacity(spec.hazards);
    let mut strike = Coord { x: 0.0, y: 0.0 };
    for i in 0..spec.hazards {
        let Shape { parts, discs } = hazard_shape(&mut rng, i, &mut strike);
        let (c, radius) = discs[0];
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

/// A hazard area of a [`Timeline::Steady`] programme, before its record is made.
struct Site {
    id: Uuid,
    shape: Shape,
    surveyed_on: NaiveDate,
    cha: bool,
    region: &'static str,
    /// When it comes up for work: recorded first, taken first, but not strictly.
    priority: NaiveDate,
    /// The team that works it.
    team: &'static str,
    /// Its lanes (one release each), in working order, with the part (disc) each covers.
    lanes: Vec<(Polygon<f64>, usize)>,
    /// How many of its lanes are released by the last date.
    done: usize,
}

/// One lane of work released: the release's fields and where finds can be made in it.
struct Lane {
    site: usize,
    polygon: Polygon<f64>,
    disc: usize,
    started_on: NaiveDate,
    completed_on: NaiveDate,
    method: &'static str,
}

/// Fraction of the planned lanes that are released by [`STEADY_LAST`].
const STEADY_DONE: f64 = 0.85;
/// Hazard areas worked at once (each by one team).
const STEADY_TEAMS_AT_WORK: usize = 4;

/// The lanes, about `width` metres wide, that cover a disc of `radius` metres around `c`
/// across direction `angle`; neighbours overlap by a metre and each spills 10 m past the
/// disc, as clearance lanes do.
fn lanes(c: Coord<f64>, radius: f64, width: f64, angle: f64) -> Vec<Polygon<f64>> {
    let n = (2.0 * radius / width).ceil().max(1.0) as usize;
    let w = 2.0 * radius / n as f64;
    let (dx, dy) = degrees_per_metre(c.y);
    let (s, co) = angle.sin_cos();
    (0..n)
        .map(|j| {
            let off = (j as f64 + 0.5) * w - radius;
            let centre = Coord {
                x: c.x - off * s * dx,
                y: c.y + off * co * dy,
            };
            rotated_rect(centre, 2.0 * radius + 20.0, w + 2.0, angle)
        })
        .collect()
}

/// A random point of `lane` within 0.7 of the radius of the disc (`c`, `radius`) it covers,
/// where the hazard area surely is; the disc's middle when none is found.
fn point_in_lane(rng: &mut Pcg64, lane: &Polygon<f64>, c: Coord<f64>, radius: f64) -> Point<f64> {
    let ring = &lane.exterior().0;
    if ring.len() < 4 {
        return Point::from(c);
    }
    let (dx, dy) = degrees_per_metre(c.y);
    for _ in 0..16 {
        // The lane is a parallelogram: corner 0 plus a mix of its two sides.
        let (u, v) = (rng.random_range(0.0..1.0), rng.random_range(0.0..1.0));
        let p = Coord {
            x: ring[0].x + u * (ring[1].x - ring[0].x) + v * (ring[3].x - ring[0].x),
            y: ring[0].y + u * (ring[1].y - ring[0].y) + v * (ring[3].y - ring[0].y),
        };
        let (ex, ny) = ((p.x - c.x) / dx, (p.y - c.y) / dy);
        if ex.hypot(ny) <= 0.7 * radius {
            return Point::from(p);
        }
    }
    Point::from(c)
}

/// [`Timeline::Steady`]: a programme that works through its hazard areas.
fn steady(spec: &Spec, types: &[OrdnanceType]) -> Result<Vec<Record>, model::Invalid> {
    let mut rng = Pcg64::seed_from_u64(spec.seed);
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
    let (first, last) = (date(2006, 9, 1), STEADY_LAST);
    let mut out = Vec::with_capacity(spec.hazards + spec.releases + spec.finds);
    let mut strike = Coord { x: 0.0, y: 0.0 };
    let mut sites = Vec::with_capacity(spec.hazards);
    for i in 0..spec.hazards {
        let shape = hazard_shape(&mut rng, i, &mut strike);
        // Most contamination recorded in the emergency survey after 2006, less and less
        // later, a little in the last years.
        let surveyed_on = match rng.random_range(0..100) {
            0..=59 => day(&mut rng, first, date(2008, 12, 31)),
            60..=84 => day(&mut rng, date(2009, 1, 1), date(2014, 12, 31)),
            85..=96 => day(&mut rng, date(2015, 1, 1), date(2022, 12, 31)),
            _ => day(&mut rng, date(2023, 1, 1), last - Days::new(730)),
        };
        sites.push(Site {
            id: uuid(&mut rng),
            shape,
            surveyed_on,
            cha: rng.random_bool(0.7),
            region: REGIONS[rng.random_range(0..REGIONS.len())],
            priority: surveyed_on + Days::new(rng.random_range(0..=4 * 365)),
            team: TEAMS[rng.random_range(0..TEAMS.len())],
            lanes: Vec::new(),
            done: 0,
        });
    }
    // Lanes as wide as makes the releases about `STEADY_DONE` of the work planned.
    let across: f64 = sites
        .iter()
        .flat_map(|s| s.shape.discs.iter().map(|(_, r)| 2.0 * r))
        .sum();
    let width = across * STEADY_DONE / spec.releases.max(1) as f64;
    for site in &mut sites {
        let angle = rng.random_range(0.0..TAU);
        site.lanes = site
            .shape
            .discs
            .iter()
            .enumerate()
            .flat_map(|(i, (c, r))| lanes(*c, *r, width, angle).into_iter().map(move |l| (l, i)))
            .collect();
    }
    // The work: one lane completed every `span / releases` days, programme-wide; teams take
    // turns, each finishing its hazard area before taking the next one recorded by then (the
    // earliest priority first).
    let start = first + Days::new(60);
    let span = (last - start).num_days() as f64;
    let n = spec.releases;
    let mut taken = vec![false; sites.len()];
    let mut at_work: [Option<usize>; STEADY_TEAMS_AT_WORK] = [None; STEADY_TEAMS_AT_WORK];
    let mut done: Vec<Lane> = Vec::with_capacity(n);
    for k in 0..n {
        let on_schedule = start + Days::new(((k + 1) as f64 * span / n as f64) as u64);
        let slot = k % STEADY_TEAMS_AT_WORK;
        let busy = at_work[slot].filter(|&s| sites[s].done < sites[s].lanes.len());
        let site = match busy {
            Some(s) => s,
            None => {
                // The next hazard area recorded by now, else the next one to be recorded.
                let next = (0..sites.len())
                    .filter(|&s| !taken[s] && sites[s].surveyed_on < on_schedule)
                    .min_by_key(|&s| (sites[s].priority, s))
                    .or_else(|| {
                        (0..sites.len())
                            .filter(|&s| !taken[s])
                            .min_by_key(|&s| (sites[s].surveyed_on, s))
                    });
                let Some(s) = next else { break };
                taken[s] = true;
                at_work[slot] = Some(s);
                s
            }
        };
        let completed_on = if k + 1 == n {
            last
        } else {
            let jitter = rng.random_range(0..=20);
            (on_schedule + Days::new(jitter))
                .checked_sub_days(Days::new(10))
                .unwrap_or(on_schedule)
                .max(sites[site].surveyed_on + Days::new(14))
                .min(last)
        };
        let started_on = completed_on - Days::new(rng.random_range(5..45));
        let method = match (sites[site].cha, rng.random_range(0..10)) {
            (true, 0) | (false, 0..=5) => "cancelled",
            (true, 1..=3) | (false, 6..=8) => "reduced",
            _ => "cleared",
        };
        let (polygon, disc) = sites[site].lanes[sites[site].done].clone();
        sites[site].done += 1;
        done.push(Lane {
            site,
            polygon,
            disc,
            started_on,
            completed_on,
            method,
        });
    }
    for (i, site) in sites.iter().enumerate() {
        let status = match site.done {
            0 => "active",
            d if d == site.lanes.len() => "closed",
            _ => "in_progress",
        };
        let input = RecordInput {
            id: Some(site.id),
            geometry: Some(Geometry::MultiPolygon(MultiPolygon(
                site.shape.parts.clone(),
            ))),
            fields: fields(&[
                ("name", format!("CMR-{:05}", i + 1)),
                (
                    "classification",
                    if site.cha { "CHA" } else { "SHA" }.to_owned(),
                ),
                ("surveyed_on", site.surveyed_on.to_string()),
                ("region", site.region.to_owned()),
                ("status", status.to_owned()),
            ]),
            extra: model::Extra::new(),
        };
        out.push(model::build(RecordKind::HazardArea, input, types)?);
    }
    for lane in &done {
        let site = &sites[lane.site];
        let mut f = vec![
            ("method", lane.method.to_owned()),
            ("started_on", lane.started_on.to_string()),
            ("completed_on", lane.completed_on.to_string()),
            ("team", site.team.to_owned()),
            ("hazard_id", site.id.to_string()),
        ];
        if lane.method != "cancelled" {
            f.push((
                "depth_cm",
                [10, 15, 20, 30][rng.random_range(0..4)].to_string(),
            ));
        }
        let input = RecordInput {
            id: Some(uuid(&mut rng)),
            geometry: Some(Geometry::Polygon(lane.polygon.clone())),
            fields: fields(&f),
            extra: model::Extra::new(),
        };
        out.push(model::build(RecordKind::LandRelease, input, types)?);
    }
    steady_finds(&mut rng, spec.finds, &sites, &done, types, &mut out)?;
    Ok(out)
}

/// [`Timeline::Steady`]'s finds: made where land is searched, in the lanes reduced or
/// cleared, while they are worked.
fn steady_finds(
    rng: &mut Pcg64,
    finds: usize,
    sites: &[Site],
    done: &[Lane],
    types: &[OrdnanceType],
    out: &mut Vec<Record>,
) -> Result<(), model::Invalid> {
    let last = STEADY_LAST;
    let searched: Vec<&Lane> = done.iter().filter(|l| l.method != "cancelled").collect();
    for _ in 0..finds {
        let (p, found_on, site) = match searched.len() {
            0 => {
                if sites.is_empty() {
                    break;
                }
                // No land searched (no releases): finds reported at the hazard areas.
                let s = rng.random_range(0..sites.len());
                let (c, radius) = sites[s].shape.discs[0];
                let (dx, dy) = degrees_per_metre(c.y);
                let a = rng.random_range(0.0..TAU);
                let r = radius * rng.random_range(0.0..0.7f64).sqrt();
                let p = Point::new(c.x + r * a.cos() * dx, c.y + r * a.sin() * dy);
                (p, day(rng, sites[s].surveyed_on, last), s)
            }
            len => {
                let lane = searched[rng.random_range(0..len)];
                let site = &sites[lane.site];
                let (c, radius) = site.shape.discs[lane.disc];
                let p = point_in_lane(rng, &lane.polygon, c, radius);
                let from = lane.started_on.max(site.surveyed_on);
                (p, day(rng, from, lane.completed_on), lane.site)
            }
        };
        let f = vec![
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
            ("team", sites[site].team.to_owned()),
            ("depth_cm", rng.random_range(0..25).to_string()),
            ("hazard_id", sites[site].id.to_string()),
        ];
        let input = RecordInput {
            id: Some(uuid(rng)),
            geometry: Some(Geometry::Point(p)),
            fields: fields(&f),
            extra: model::Extra::new(),
        };
        out.push(model::build(RecordKind::OrdnanceFind, input, types)?);
    }
    Ok(())
}
