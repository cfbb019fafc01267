//! Traverses (a perimeter from a benchmark and legs) against independent truths: pyproj
//! (PROJ and GeographicLib's C code) for the geodesic points, the misclosure and the grid
//! convergence; pyproj's geodesic area of the ring densified in lon/lat (as
//! scripts/geos_status.py measures straight lon/lat edges, here far finer) for the area;
//! NOAA's published WMM2025 test values for the declination. Never the code's own output.
//!
//! The pyproj checks need python3 with shapely and pyproj (.ci/run installs them); elsewhere
//! they say they were skipped, and on CI (CI set) their absence fails.

mod common;

use std::process::Command;

use chrono::NaiveDate;
use clearfield::geom::traverse::{
    self, BearingReference, DeclinationSource, Leg, TraverseError, TraverseInput, TraverseResult,
};
use clearfield::io::legs;
use clearfield::model::SurveyPointType::{self, *};

fn leg(kind: SurveyPointType, bearing_deg: f64, distance_m: f64) -> Leg {
    Leg {
        kind,
        bearing_deg,
        distance_m,
    }
}

fn input(lon: f64, lat: f64, legs: Vec<Leg>, bearing_ref: BearingReference) -> TraverseInput {
    TraverseInput {
        benchmark_lon: lon,
        benchmark_lat: lat,
        legs,
        bearing_ref,
        declination_deg: None,
        date: NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
    }
}

/// From the benchmark to a start point, then a 100 m square run north, east, south, west;
/// `last` is the length of the last (west) leg.
fn square(last: f64) -> Vec<Leg> {
    vec![
        leg(Start, 30.0, 50.0),
        leg(Turning, 0.0, 100.0),
        leg(Turning, 90.0, 100.0),
        leg(Turning, 180.0, 100.0),
        leg(End, 270.0, last),
    ]
}

fn have_pyproj() -> bool {
    common::tool(
        "python3",
        &["-c", "import shapely, pyproj"],
        "shapely and pyproj",
    )
}

/// Runs a python3 program given the JSON `arg` as its first argument; its JSON output.
fn python(program: &str, arg: serde_json::Value) -> serde_json::Value {
    let out = Command::new("python3")
        .args(["-c", program, &arg.to_string()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "python3: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// pyproj's traverse: each point by Geod.fwd from the one before (true azimuths), the
/// misclosure by Geod.inv from the last point to the start, and the area of the ring of
/// perimeter points with straight lon/lat edges, densified to 1e-7° (about 1 cm) before
/// Geod.geometry_area_perimeter, which measures geodesic edges.
const PYPROJ_TRAVERSE: &str = r#"
import json, sys, pyproj, shapely
a = json.loads(sys.argv[1])
g = pyproj.Geod(ellps='WGS84')
lon, lat = a['benchmark']
points = []
for azimuth, distance in a['legs']:
    lon, lat, _ = g.fwd(lon, lat, azimuth, distance)
    points.append([lon, lat])
_, _, closure = g.inv(points[-1][0], points[-1][1], points[0][0], points[0][1])
ring = shapely.segmentize(shapely.Polygon(points), max_segment_length=1e-7)
area = abs(g.geometry_area_perimeter(ring)[0])
print(json.dumps({'points': points, 'closure': closure, 'area': area}))
"#;

/// PROJ's meridian convergence of UTM `zone` at each of `points`.
const PYPROJ_CONVERGENCE: &str = r#"
import json, sys, pyproj
a = json.loads(sys.argv[1])
p = pyproj.Proj(proj='utm', zone=a['zone'], south=a['south'], ellps='WGS84')
print(json.dumps([p.get_factors(lon, lat).meridian_convergence for lon, lat in a['points']]))
"#;

/// Checks `result` against pyproj's traverse run on the true azimuths `result` used.
fn agrees_with_pyproj(result: &TraverseResult, legs: &[Leg]) {
    let azimuths: Vec<[f64; 2]> = result
        .points
        .iter()
        .zip(legs)
        .map(|(p, l)| [p.true_bearing_deg, l.distance_m])
        .collect();
    let truth = python(
        PYPROJ_TRAVERSE,
        serde_json::json!({
            "benchmark": [result.benchmark_lon, result.benchmark_lat],
            "legs": azimuths,
        }),
    );
    for (i, p) in result.points.iter().enumerate() {
        let t = &truth["points"][i];
        let (lon, lat) = (t[0].as_f64().unwrap(), t[1].as_f64().unwrap());
        assert!(
            (p.lon - lon).abs() < 1e-10 && (p.lat - lat).abs() < 1e-10,
            "point {i}: ours ({}, {}), pyproj ({lon}, {lat})",
            p.lon,
            p.lat
        );
    }
    let closure = truth["closure"].as_f64().unwrap();
    assert!(
        (result.closure_error_m - closure).abs() < 1e-6,
        "closure: ours {} m, pyproj {closure} m",
        result.closure_error_m
    );
    let area = truth["area"].as_f64().unwrap();
    assert!(
        (result.area_m2 - area).abs() < 0.01,
        "area: ours {} m², pyproj {area} m²",
        result.area_m2
    );
}

#[test]
fn a_true_square_closes_as_the_ellipsoid_says() {
    let legs = square(100.0);
    let result =
        traverse::compute(&input(35.5, 33.3, legs.clone(), BearingReference::True)).unwrap();
    assert_eq!(result.perimeter_m, 400.0);
    assert_eq!(result.points.len(), 5);
    // Geodesic legs do not close exactly on an ellipsoid: about 1.5 mm here (pyproj).
    assert!(result.closure_error_m < 0.002, "{}", result.closure_error_m);
    assert!(!result.closure_worse_than(traverse::DEFAULT_TOLERANCE));
    assert_eq!(
        result.closure_ratio,
        Some(result.perimeter_m / result.closure_error_m)
    );
    // Closed ring, start first: start, 3 corners, end, start.
    assert_eq!(result.polygon.exterior().0.len(), 6);
    if have_pyproj() {
        agrees_with_pyproj(&result, &legs);
    }
}

#[test]
fn a_short_last_leg_shows_its_misclosure_as_pyproj_measures_it() {
    let legs = square(95.0);
    let result =
        traverse::compute(&input(35.5, 33.3, legs.clone(), BearingReference::True)).unwrap();
    assert!((result.closure_error_m - 5.0).abs() < 0.01);
    let ratio = result.closure_ratio.unwrap();
    assert!((ratio - 395.0 / result.closure_error_m).abs() < 1e-9);
    // 1:79 is worse than 1:100, not than 1:50.
    assert!(result.closure_worse_than(100.0));
    assert!(!result.closure_worse_than(50.0));
    if have_pyproj() {
        agrees_with_pyproj(&result, &legs);
        let truth = python(
            PYPROJ_TRAVERSE,
            serde_json::json!({"benchmark": [35.5, 33.3], "legs": [[30.0, 50.0], [0.0, 100.0], [90.0, 100.0], [180.0, 100.0], [270.0, 95.0]]}),
        );
        let n = 395.0 / truth["closure"].as_f64().unwrap();
        assert!((ratio - n).abs() < 1e-6, "1:{ratio} against 1:{n}");
    }
}

#[test]
fn bowditch_moves_the_end_onto_the_start_in_proportion_to_distance_run() {
    let result =
        traverse::compute(&input(35.5, 33.3, square(95.0), BearingReference::True)).unwrap();
    let adjusted = traverse::bowditch(&result).unwrap();
    let c = result.closure_error_m;
    let shifts: Vec<f64> = adjusted.points.iter().map(|p| p.shift_m).collect();
    let expected = [
        0.0,
        c * 100.0 / 395.0,
        c * 200.0 / 395.0,
        c * 300.0 / 395.0,
        c,
    ];
    for (s, e) in shifts.iter().zip(expected) {
        assert!((s - e).abs() < 1e-9, "{shifts:?}");
    }
    let (start, end) = (adjusted.points[0], adjusted.points[4]);
    assert_eq!(
        (start.lon, start.lat),
        (result.points[0].lon, result.points[0].lat)
    );
    assert_eq!((end.lon, end.lat), (start.lon, start.lat));
    // The end falls on the start: 4 corners and the closing repeat.
    assert_eq!(adjusted.polygon.exterior().0.len(), 5);
    // The computed result itself is never adjusted.
    assert!((result.closure_error_m - 5.0).abs() < 0.01);
    // The closed square is about 100 m × 100 m.
    assert!(
        (adjusted.area_m2 - 9750.0).abs() < 50.0,
        "{}",
        adjusted.area_m2
    );
}

/// NOAA, "The US/UK World Magnetic Model for 2025-2030: Technical Report", test values
/// (WMM2025_TestValues.txt): at height 0 km, declination to 0.01°, so the tolerance is
/// 0.01° (rounding, and the crate's f32 arithmetic).
#[test]
fn magnetic_bearings_are_turned_with_the_wmm2025_declination() {
    for (date, lat, lon, published) in [
        ((2025, 1, 1), 80.0, 0.0, 1.28),
        ((2025, 1, 1), 0.0, 120.0, -0.16),
        ((2025, 1, 1), -80.0, -120.0, 68.78),
        // 2027.5: July 2nd (2027.4986; the declination changes by under 0.001° in that time).
        ((2027, 7, 2), 0.0, 120.0, -0.24),
    ] {
        let mut traverse_input = input(lon, lat, square(100.0), BearingReference::Magnetic);
        traverse_input.date = NaiveDate::from_ymd_opt(date.0, date.1, date.2).unwrap();
        let result = traverse::compute(&traverse_input).unwrap();
        let d = result.declination.unwrap();
        assert!(
            (d.degrees - published).abs() <= 0.01,
            "{date:?} lat {lat} lon {lon}: {} against the published {published}",
            d.degrees
        );
        assert!(matches!(d.source, DeclinationSource::Wmm { .. }));
        let first = result.points[0].true_bearing_deg;
        assert!(
            (first - (30.0 + d.degrees).rem_euclid(360.0)).abs() < 1e-12,
            "{first}"
        );
    }
}

#[test]
fn no_model_declination_in_a_blackout_zone_or_outside_the_model_dates() {
    // Near the north magnetic pole (about 85.8°N 139°W in 2025), the horizontal field is
    // under 2000 nT: a compass there is not a bearing.
    let mut near_pole = input(-139.0, 85.8, square(100.0), BearingReference::Magnetic);
    near_pole.date = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
    let e = traverse::compute(&near_pole).unwrap_err();
    assert!(e.to_string().contains("blackout zone"), "{e}");
    let mut late = input(35.5, 33.3, square(100.0), BearingReference::Magnetic);
    late.date = NaiveDate::from_ymd_opt(2031, 1, 1).unwrap();
    assert!(matches!(
        traverse::compute(&late),
        Err(TraverseError::Wmm { .. })
    ));
    late.declination_deg = Some(5.0);
    assert!(
        traverse::compute(&late).is_ok(),
        "a given declination needs no model"
    );
}

#[test]
fn a_given_declination_overrides_the_model_and_only_for_magnetic_bearings() {
    let mut given = input(35.5, 33.3, square(100.0), BearingReference::Magnetic);
    given.declination_deg = Some(-3.5);
    let result = traverse::compute(&given).unwrap();
    assert_eq!(result.declination.unwrap().degrees, -3.5);
    assert_eq!(result.declination.unwrap().source, DeclinationSource::Given);
    assert_eq!(result.points[0].true_bearing_deg, 26.5);
    // 0° magnetic with 3.5° W is 356.5° true.
    assert_eq!(result.points[1].true_bearing_deg, 356.5);
    given.bearing_ref = BearingReference::True;
    assert!(matches!(
        traverse::compute(&given),
        Err(TraverseError::Declination { .. })
    ));
}

#[test]
fn grid_bearings_are_turned_with_the_convergence_proj_gives() {
    // Zone 36 north; near the edge of zone 35; zone 36 south; Svalbard's zone 31X.
    for (lon, lat, zone) in [
        (35.5, 33.3, 36),
        (29.99, 60.0, 35),
        (30.5, -45.0, 36),
        (5.9, 80.0, 31),
    ] {
        let result =
            traverse::compute(&input(lon, lat, square(100.0), BearingReference::Grid)).unwrap();
        assert_eq!(result.utm_zone, Some(zone));
        // Each leg turned at its first point: the benchmark, then the start point, ….
        let mut from = vec![[lon, lat]];
        from.extend(result.points.iter().map(|p| [p.lon, p.lat]));
        from.pop();
        let grid = [30.0, 0.0, 90.0, 180.0, 270.0];
        for (i, (p, g)) in result.points.iter().zip(grid).enumerate() {
            let gamma = traverse::grid_convergence_deg(from[i][0], from[i][1], zone);
            assert!((p.true_bearing_deg - (g + gamma).rem_euclid(360.0)).abs() < 1e-9);
        }
        if have_pyproj() {
            let proj = python(
                PYPROJ_CONVERGENCE,
                serde_json::json!({"zone": zone, "south": lat < 0.0, "points": from}),
            );
            for (i, p) in from.iter().enumerate() {
                let theirs = proj[i].as_f64().unwrap();
                let ours = traverse::grid_convergence_deg(p[0], p[1], zone);
                assert!(
                    (ours - theirs).abs() < 1e-6,
                    "lon {} lat {} zone {zone}: ours {ours}°, PROJ {theirs}°",
                    p[0],
                    p[1]
                );
            }
        }
    }
}

#[test]
fn bad_traverses_are_refused_not_repaired() {
    let refused =
        |legs: Vec<Leg>| traverse::compute(&input(35.5, 33.3, legs, BearingReference::True));
    // East 100 m, back north-west to above the start, east again: the closing edge
    // crosses the second.
    let bowtie = vec![
        leg(Start, 0.0, 10.0),
        leg(Turning, 90.0, 100.0),
        leg(Turning, 315.0, 141.42),
        leg(End, 90.0, 100.0),
    ];
    assert!(
        matches!(refused(bowtie), Err(TraverseError::SelfIntersecting { .. })),
        "a ring crossing itself"
    );
    let line = vec![leg(Start, 0.0, 10.0), leg(End, 90.0, 100.0)];
    assert_eq!(refused(line), Err(TraverseError::TooFewPoints(2)));
    let negative = vec![
        leg(Start, 0.0, 10.0),
        leg(Turning, 90.0, -1.0),
        leg(End, 0.0, 5.0),
    ];
    assert!(matches!(
        refused(negative),
        Err(TraverseError::Distance { leg: 2, .. })
    ));
    let full_circle = vec![
        leg(Start, 0.0, 10.0),
        leg(Turning, 360.0, 1.0),
        leg(End, 0.0, 5.0),
    ];
    assert!(matches!(
        refused(full_circle),
        Err(TraverseError::Bearing { leg: 2, .. })
    ));
    let nan = vec![
        leg(Start, 0.0, 10.0),
        leg(Turning, 0.0, f64::NAN),
        leg(End, 0.0, 5.0),
    ];
    assert!(matches!(refused(nan), Err(TraverseError::Distance { .. })));
    let no_start = vec![
        leg(Turning, 0.0, 10.0),
        leg(Turning, 90.0, 10.0),
        leg(End, 0.0, 5.0),
    ];
    assert!(matches!(
        refused(no_start),
        Err(TraverseError::Order { leg: 1, .. })
    ));
    let collinear = vec![
        leg(Start, 0.0, 10.0),
        leg(Turning, 0.0, 10.0),
        leg(End, 0.0, 10.0),
    ];
    assert!(refused(collinear).is_err(), "a ring enclosing nothing");
}

#[test]
fn kinds_and_references_read_and_write_their_names() {
    for r in [
        BearingReference::True,
        BearingReference::Grid,
        BearingReference::Magnetic,
    ] {
        assert_eq!(r.to_string().parse::<BearingReference>(), Ok(r));
    }
    assert_eq!(
        " Magnetic ".parse::<BearingReference>(),
        Ok(BearingReference::Magnetic)
    );
    assert!("north".parse::<BearingReference>().is_err());
    for k in SurveyPointType::ALL {
        assert_eq!(k.to_string().parse::<SurveyPointType>(), Ok(*k));
    }
    assert_eq!(
        SurveyPointType::choices(),
        "benchmark|reference|start|turning|intermediate|end"
    );
}

#[test]
fn legs_csv_errors_name_the_line_and_column() {
    let e = legs::parse_legs(
        "kind,bearing_deg,distance_m\nstart,0,10\nturning,90,5\nturning,3x5,10\nend,0,1\n",
    )
    .unwrap_err();
    assert_eq!(e.to_string(), "line 4, bearing_deg: '3x5' is not a number");
    let e = legs::parse_legs("kind,bearing_deg,distance_m\nturning,0,10\n").unwrap_err();
    assert_eq!((e.line, e.column), (2, Some("kind")), "{e}");
    let e = legs::parse_legs("kind,bearing_deg,distance_m\nstart,0,10\nend,360,1\n").unwrap_err();
    assert_eq!((e.line, e.column), (3, Some("bearing_deg")), "{e}");
    let e = legs::parse_legs("kind,bearing_deg,distance_m\nstart,0,10\nend,0,-1\n").unwrap_err();
    assert_eq!((e.line, e.column), (3, Some("distance_m")), "{e}");
    let e = legs::parse_legs("kind,bearing,distance\nstart,0,10\n").unwrap_err();
    assert_eq!(e.line, 1, "{e}");
    let e = legs::parse_legs("kind,bearing_deg,distance_m\nstart,0,10\nturning,0\n").unwrap_err();
    assert_eq!((e.line, e.column), (3, None), "{e}");
    let e = legs::parse_legs("kind,bearing_deg,distance_m\nstart,0,10\nturning,0,1\n").unwrap_err();
    assert_eq!((e.line, e.column), (3, Some("kind")), "no end leg: {e}");
}

#[test]
fn legs_pasted_from_a_spreadsheet_are_read() {
    let pasted = "\u{feff}kind\tbearing_deg\tdistance_m\r\nstart\t30\t50\r\nturning\t0\t100\r\n\
                  turning\t90\t100\r\nturning\t180\t100\r\nend\t270\t100\r\n";
    let rows = legs::parse_legs(pasted).unwrap();
    let read: Vec<Leg> = rows.iter().map(|r| r.leg).collect();
    assert_eq!(read, square(100.0));
    assert_eq!(
        rows.iter().map(|r| r.line).collect::<Vec<_>>(),
        [2, 3, 4, 5, 6]
    );
}

/// Writes `legs` to a file in `dir`; runs `clearfield traverse` on it with `args`.
fn cli(dir: &std::path::Path, legs: &str, args: &[&str]) -> std::process::Output {
    let file = dir.join("legs.csv");
    std::fs::write(&file, legs).unwrap();
    Command::new(env!("CARGO_BIN_EXE_clearfield"))
        .arg("--db")
        .arg(dir.join("never.gpkg"))
        .args(["traverse", "--legs"])
        .arg(&file)
        .args(args)
        .env_remove("CLEARFIELD_DB")
        .output()
        .unwrap()
}

const SQUARE_CSV: &str = "kind,bearing_deg,distance_m\nstart,30,50\nturning,0,100\nturning,90,100\nturning,180,100\nend,270,100\n";

#[test]
fn the_command_prints_the_traverse_as_json_and_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = cli(
        dir.path(),
        SQUARE_CSV,
        &[
            "--benchmark",
            "35.5,33.3",
            "--bearing-ref",
            "true",
            "--json",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ours =
        traverse::compute(&input(35.5, 33.3, square(100.0), BearingReference::True)).unwrap();
    assert_eq!(json["bearing_ref"], "true");
    assert_eq!(json["declination_deg"], serde_json::Value::Null);
    assert_eq!(json["area_m2"].as_f64(), Some(ours.area_m2));
    assert_eq!(json["perimeter_m"].as_f64(), Some(400.0));
    assert_eq!(json["closure_error_m"].as_f64(), Some(ours.closure_error_m));
    assert_eq!(json["closure_ratio"].as_f64(), ours.closure_ratio);
    assert!(
        json["polygon_wkt"]
            .as_str()
            .unwrap()
            .starts_with("POLYGON((")
    );
    let points = json["points"].as_array().unwrap();
    assert_eq!(points.len(), 5);
    assert_eq!(points[0]["kind"], "start");
    assert_eq!(points[4]["kind"], "end");
    assert_eq!(points[1]["lat"].as_f64(), Some(ours.points[1].lat));
    assert!(!dir.path().join("never.gpkg").exists(), "nothing is saved");

    // The compass rule only when asked, beside the unadjusted figures.
    let out = cli(
        dir.path(),
        &SQUARE_CSV.replace("end,270,100", "end,270,99"),
        &[
            "--benchmark",
            "35.5,33.3",
            "--bearing-ref",
            "true",
            "--adjust",
            "--json",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let shifts = &json["adjusted"]["points"];
    assert_eq!(shifts[0]["shift_m"].as_f64(), Some(0.0));
    let closure = json["closure_error_m"].as_f64().unwrap();
    assert!((closure - 1.0).abs() < 0.01, "{closure}");
    assert_eq!(shifts[4]["shift_m"].as_f64(), Some(closure));

    // A declination with true bearings is refused, naming the flag.
    let out = cli(
        dir.path(),
        SQUARE_CSV,
        &[
            "--benchmark",
            "35.5,33.3",
            "--bearing-ref",
            "true",
            "--declination",
            "2",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.starts_with("clearfield: --declination 2: "),
        "{stderr}"
    );

    // Magnetic by default, with the model's declination for the date given.
    let out = cli(
        dir.path(),
        SQUARE_CSV,
        &["--benchmark", "0,80", "--date", "2025-01-01", "--json"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["bearing_ref"], "magnetic");
    assert!((json["declination_deg"].as_f64().unwrap() - 1.28).abs() <= 0.01);

    // UTM for the benchmark, and the human table.
    let out = cli(
        dir.path(),
        SQUARE_CSV,
        &["--benchmark", "36S 740281 3685298", "--declination", "4.5"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    for line in [
        "start",
        "end",
        "area",
        "perimeter     400.00 m",
        "closure",
        "declination   4.50° E (given)",
    ] {
        assert!(text.contains(line), "{line:?} in {text}");
    }
    assert!(!text.contains("WARNING"), "{text}");
}

#[test]
fn the_command_exits_1_over_tolerance_and_2_on_a_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    let short = SQUARE_CSV.replace("end,270,100", "end,270,95");
    let out = cli(
        dir.path(),
        &short,
        &["--benchmark", "35.5,33.3", "--bearing-ref", "true"],
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    // 395 m / 5.001 m = 1:78.98, written rounded down (never better than it is).
    assert!(text.contains("closure       5.001 m, 1:78"), "{text}");
    assert!(
        text.contains("WARNING: closure 1:78 is worse than 1:100"),
        "{text}"
    );
    // Accepted with a looser tolerance.
    let out = cli(
        dir.path(),
        &short,
        &[
            "--benchmark",
            "35.5,33.3",
            "--bearing-ref",
            "true",
            "--tolerance",
            "50",
            "--json",
        ],
    );
    assert_eq!(out.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["within_tolerance"], true);

    let bad = SQUARE_CSV.replace("turning,90,100", "turning,9O,100");
    let out = cli(dir.path(), &bad, &["--benchmark", "35.5,33.3"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("line 4, bearing_deg: '9O' is not a number"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(out.stdout.is_empty());

    let out = cli(dir.path(), SQUARE_CSV, &["--benchmark", "somewhere"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("--benchmark")
    );
}

const SQUARE: &str = "kind,bearing_deg,distance_m\nstart,30,50\nturning,0,100\nturning,90,100\nturning,180,100\nend,270,100\n";
const SHORT: &str = "kind,bearing_deg,distance_m\nstart,30,50\nturning,0,100\nturning,90,100\nturning,180,100\nend,270,95\n";

/// A new file with the legs file `legs` beside it.
fn file_with_legs(dir: &std::path::Path, legs: &str) -> (std::path::PathBuf, String) {
    let db = dir.join("field.gpkg");
    common::ok(&db, &["init"]);
    let csv = dir.join("legs.csv");
    std::fs::write(&csv, legs).unwrap();
    (db, csv.to_str().unwrap().to_owned())
}

fn add_surveyed(db: &std::path::Path, csv: &str, more: &[&str]) -> std::process::Output {
    let mut args = vec![
        "add",
        "hazard",
        "--name",
        "Walked square",
        "--classification",
        "CHA",
        "--surveyed-on",
        "2025-06-01",
        "--benchmark",
        "35.5,33.3",
        "--legs",
        csv,
    ];
    args.extend_from_slice(more);
    common::run(db, &args)
}

/// Issue #13 §3: `add hazard … --benchmark --legs` saves the boundary `traverse` computes
/// (the same points) with its survey points: the benchmark where it was given, then each
/// leg's point with the bearing and distance as read, in one transaction.
#[test]
fn add_with_legs_saves_the_boundary_and_its_survey_points() {
    use clearfield::model::{Record, RecordKind};
    let dir = tempfile::tempdir().unwrap();
    let (db, csv) = file_with_legs(dir.path(), SQUARE);
    let out = add_surveyed(&db, &csv, &["--bearing-ref", "true"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("with 6 survey points"), "{said}");
    let expected =
        traverse::compute(&input(35.5, 33.3, square(100.0), BearingReference::True)).unwrap();
    let (store, _) = clearfield::store::Store::open(&db).unwrap();
    let hazards = store.load(RecordKind::HazardArea).unwrap().records;
    let Record::Hazard(h) = &hazards[0] else {
        panic!()
    };
    assert_eq!(
        h.geometry.0[0], expected.polygon,
        "the boundary traverse computes"
    );
    assert_eq!(
        h.extra["traverse"]["closure_error_m"].as_f64().unwrap(),
        expected.closure_error_m
    );
    let points = store.points_of(h.id.0).unwrap();
    assert_eq!(points.len(), 6);
    let Record::Survey(b) = &points[0] else {
        panic!()
    };
    assert_eq!((b.sequence, b.point_type), (0, Benchmark));
    assert_eq!((b.location.x(), b.location.y()), (35.5, 33.3));
    for (i, (p, computed)) in points[1..].iter().zip(&expected.points).enumerate() {
        let Record::Survey(p) = p else { panic!() };
        let leg = &square(100.0)[i];
        assert_eq!(p.sequence as usize, i + 1);
        assert_eq!(p.point_type, leg.kind);
        assert_eq!(p.bearing_deg, Some(leg.bearing_deg));
        assert_eq!(p.distance_m, Some(leg.distance_m));
        assert_eq!(p.bearing_ref, Some(BearingReference::True));
        assert_eq!(p.declination_deg, None, "true bearings use none");
        assert_eq!(
            (p.location.x(), p.location.y()),
            (computed.lon, computed.lat)
        );
    }
}

/// A closure worse than the programme's tolerance is refused, changing nothing, unless the
/// user accepts it (recorded) or asks for the compass rule (recorded, points moved); the
/// tolerance is the programme's setting.
#[test]
fn a_poor_closure_is_refused_unless_accepted_or_adjusted() {
    use clearfield::model::{Record, RecordKind};
    let dir = tempfile::tempdir().unwrap();
    let (db, csv) = file_with_legs(dir.path(), SHORT);
    let before = common::dump(&db);
    let out = add_surveyed(&db, &csv, &["--bearing-ref", "true"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("is worse than the programme's tolerance 1:100; nothing saved"),
        "{err}"
    );
    assert!(err.contains("--accept-closure"), "{err}");
    assert_eq!(common::dump(&db), before);

    let out = add_surveyed(&db, &csv, &["--bearing-ref", "true", "--accept-closure"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (store, _) = clearfield::store::Store::open(&db).unwrap();
    let Record::Hazard(h) = &store.load(RecordKind::HazardArea).unwrap().records[0] else {
        panic!()
    };
    assert_eq!(h.extra["traverse"]["worse_than_tolerance_accepted"], true);
    assert_eq!(h.extra["traverse"]["tolerance"], 100.0);
    drop(store);

    let out = add_surveyed(&db, &csv, &["--bearing-ref", "true", "--adjust"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let (store, _) = clearfield::store::Store::open(&db).unwrap();
    let adjusted = store
        .load(RecordKind::HazardArea)
        .unwrap()
        .records
        .into_iter()
        .find(|r| matches!(r, Record::Hazard(h) if h.extra["traverse"]["adjusted"].is_string()))
        .unwrap();
    let points = store.points_of(adjusted.uuid()).unwrap();
    let at = |r: &Record| match r {
        Record::Survey(p) => (p.location, p.note.clone()),
        _ => panic!(),
    };
    let (start, _) = at(&points[1]);
    let (end, note) = at(&points[5]);
    assert_eq!(start, end, "the compass rule puts the end on the start");
    assert!(
        note.unwrap().starts_with("moved 5.0"),
        "the end moved by the misclosure"
    );
    drop(store);

    // A programme that accepts 1:50 takes it as it is.
    common::ok(&db, &["settings", "--closure-tolerance", "1:50"]);
    let out = add_surveyed(&db, &csv, &["--bearing-ref", "true"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = common::run(&db, &["settings", "--closure-tolerance", "0"]);
    assert_eq!(out.status.code(), Some(2));
}
