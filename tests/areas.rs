//! Area semantics (issue #11, part 1): an edge is a straight line in lon/lat (RFC 7946), the
//! land it bounds is measured on WGS84, and so the figures cannot depend on how the boolean
//! operations cut or join the boundaries: disjoint parts add up to their union, a record
//! that touches nothing changes no other figure, and regions add up to the total.
//!
//! Expected values come from pyproj (GeographicLib) on the rings densified in lon/lat, so
//! that its geodesic edges follow the straight lines to within millimetres.

mod common;

use chrono::NaiveDate;
use clearfield::geom::engine::Engine;
use clearfield::geom::{EARTH_AREA_M2, geodesic_area};
use clearfield::model::{HazardArea, Record, RecordKind};
use common::record;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn hazard(name: &str, region: &str, surveyed_on: &str, wkt: &str) -> HazardArea {
    match record(
        RecordKind::HazardArea,
        None,
        wkt,
        &[
            ("name", name),
            ("classification", "CHA"),
            ("surveyed_on", surveyed_on),
            ("region", region),
        ],
    ) {
        Record::Hazard(h) => h,
        _ => unreachable!(),
    }
}

fn relative(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs().max(1.0)
}

/// A 1°×1° cell at the equator: pyproj 3.7.2 `Geod(ellps="WGS84").polygon_area_perimeter`
/// on the ring densified with `shapely.segmentize(max_segment_length=8e-5)` (steps of at
/// most 8.9 m): 12 308 463 893.977 m².
const DEGREE_CELL: f64 = 12_308_463_893.977;

#[test]
fn two_adjacent_one_degree_cells_measure_as_a_union_what_they_measure_apart() {
    // Before: 24 619 443 759 m² as a union (the shared edge's end points dropped, the 2°
    // edges along 1°N measured as geodesics) against 2 × 12 308 778 361 apart.
    let west = hazard("W", "", "2020-01-01", "POLYGON((0 0,1 0,1 1,0 1,0 0))");
    let east = hazard("E", "", "2020-01-01", "POLYGON((1 0,2 0,2 1,1 1,1 0))");
    let apart = geodesic_area(&west.geometry).0 + geodesic_area(&east.geometry).0;
    let engine = Engine::new(&[west, east], &[], date("2021-01-01"));
    let union = engine.totals().hazard_area.0;
    assert!(
        relative(union, apart) < 1e-9,
        "union {union}, apart {apart}"
    );
    // Both cells measure what pyproj does on the densified ring (the east one is the west
    // one moved by 1° of longitude).
    assert!(
        (apart - 2.0 * DEGREE_CELL).abs() < 0.02,
        "{apart} against pyproj {}",
        2.0 * DEGREE_CELL
    );
}

/// Egypt from Natural Earth 1:110m as WKT (44 positions; collinear ones along 22°N and
/// 25°E, one position repeated).
fn egypt_wkt() -> String {
    // The copy the app bundles (the same bytes as shared/data's), so a clone tests alone.
    let path = std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/naturalearth_110m_countries.geojson"
    ));
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let all: serde_json::Value = serde_json::from_str(&text).unwrap();
    let egypt = all["features"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["properties"]["name"] == "Egypt")
        .expect("Egypt in Natural Earth");
    assert_eq!(egypt["geometry"]["type"], "Polygon");
    let ring: Vec<String> = egypt["geometry"]["coordinates"][0]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| format!("{} {}", p[0], p[1]))
        .collect();
    format!("POLYGON(({}))", ring.join(","))
}

#[test]
fn egypt_is_unchanged_when_a_square_100_km_away_is_added() {
    // Before: Egypt's figure dropped by 8.66e9 m² once the union (with a square inside its
    // bounding box) removed its collinear vertices.
    let egypt = hazard("Egypt", "", "2020-01-01", &egypt_wkt());
    // pyproj on the ring densified to 8e-5° steps (598,545 points): 997 249 413 804.8 m²
    // (Karney on the 44 positions with geodesic edges: 996 313 966 240.4).
    let alone = Engine::new(std::slice::from_ref(&egypt), &[], date("2021-01-01"));
    let a = alone.totals().hazard_area.0;
    assert!(
        relative(a, 997_249_413_804.8) < 1e-9,
        "Egypt {a} against pyproj"
    );
    // 0.994 km² in the Red Sea, 93 km from Egypt's coast (pyproj), inside its bounding box.
    let square = hazard(
        "square",
        "",
        "2020-01-01",
        "POLYGON((36.6 24,36.6098 24,36.6098 24.009,36.6 24.009,36.6 24))",
    );
    let s = geodesic_area(&square.geometry).0;
    // pyproj on the square densified likewise: 993 966.378 m².
    assert!((s - 993_966.378).abs() < 0.01, "square {s}");
    let both = Engine::new(&[egypt.clone(), square], &[], date("2021-01-01"));
    let total = both.totals().hazard_area.0;
    assert!(
        relative(total, a + s) < 1e-9,
        "with the square {total}, apart {}",
        a + s
    );
    // Exactly, in fact: the square touches nothing, so it is computed on its own and Egypt's
    // outline never goes through a boolean operation with it (which would snap Egypt's
    // vertices to a grid set by both, moving its figure by 7.5e-10).
    assert_eq!(total, a + s);
    assert_eq!(both.cluster_count(), 2);
    let rows = both.by_hazard();
    let egypt_row = rows.iter().find(|h| h.name == "Egypt").unwrap();
    assert!(relative(egypt_row.area.0, a) < 1e-9, "{}", egypt_row.area.0);
    let remaining = both.totals().remaining.0;
    assert!(relative(remaining, a + s) < 1e-9, "remaining {remaining}");
}

#[test]
fn collinear_vertices_change_no_area() {
    // The same 0.3° × 0.2° rectangle at 33°N, with and without points along its edges.
    let plain = hazard(
        "plain",
        "",
        "2020-01-01",
        "POLYGON((35.1 33.1,35.4 33.1,35.4 33.3,35.1 33.3,35.1 33.1))",
    );
    let dotted = hazard(
        "dotted",
        "",
        "2020-01-01",
        "POLYGON((35.1 33.1,35.2 33.1,35.3 33.1,35.4 33.1,35.4 33.2,35.4 33.3,35.25 33.3,35.1 33.3,35.1 33.2,35.1 33.1))",
    );
    let (a, b) = (
        geodesic_area(&plain.geometry).0,
        geodesic_area(&dotted.geometry).0,
    );
    assert!(relative(a, b) < 1e-12, "{a} vs {b}");
    // pyproj on the ring densified to 8e-5° steps: 620 475 489.284 m².
    assert!((a - 620_475_489.284).abs() < 0.01, "{a}");
}

#[test]
fn regions_add_up_to_the_total() {
    // Three overlapping hazard areas in two regions, with edges that the overlay cuts at
    // points that are not representable exactly, and releases over parts of them.
    let hazards = [
        hazard(
            "A",
            "North",
            "2020-01-01",
            "POLYGON((35.1 33.1,35.37 33.13,35.33 33.41,35.12 33.29,35.1 33.1))",
        ),
        hazard(
            "B",
            "South",
            "2020-03-01",
            "POLYGON((35.2 33.0,35.51 33.07,35.44 33.33,35.23 33.27,35.2 33.0))",
        ),
        hazard(
            "C",
            "North",
            "2020-05-01",
            "POLYGON((35.3 33.2,35.6 33.25,35.55 33.5,35.31 33.45,35.3 33.2))",
        ),
    ];
    let releases = [
        match record(
            RecordKind::LandRelease,
            None,
            "POLYGON((35.15 33.05,35.45 33.1,35.4 33.22,35.17 33.2,35.15 33.05))",
            &[("method", "cleared"), ("completed_on", "2020-06-01")],
        ) {
            Record::Release(r) => r,
            _ => unreachable!(),
        },
    ];
    let engine = Engine::new(&hazards, &releases, date("2021-01-01"));
    let t = engine.totals();
    let rows = engine.by_region();
    assert_eq!(rows.len(), 2);
    let hazard_sum: f64 = rows.iter().map(|r| r.hazard_area.0).sum();
    let remaining_sum: f64 = rows.iter().map(|r| r.remaining.0).sum();
    assert!(
        relative(hazard_sum, t.hazard_area.0) < 1e-9,
        "regions {hazard_sum}, total {}",
        t.hazard_area.0
    );
    assert!(
        relative(remaining_sum, t.remaining.0) < 1e-9,
        "regions {remaining_sum}, total {}",
        t.remaining.0
    );
    // And the released land plus the remaining is the hazard area.
    assert!(relative(t.released().0 + t.remaining.0, t.hazard_area.0) < 1e-9);
    assert!(t.remaining.0 > 0.0 && t.released().0 > 0.0);
    assert!(t.hazard_area.0 < EARTH_AREA_M2);
}

/// Boolean operations compute on a grid fitted to their input (i_overlay), which moved every
/// vertex of their output by about 1e-9 of the extent; chained, this moved figures by 1e-9,
/// enough to move the report's completion date by a day (tests/report.rs). The input's
/// vertices are now given back exactly, so cells cut from cells measure what they are.
#[test]
fn land_cut_by_releases_measures_exactly_what_is_left() {
    use common::cell_rect as rect;
    let h1 = hazard("H1", "", "2021-01-01", &rect(0, 0, 10, 10));
    let h2 = hazard("H2", "", "2022-03-01", &rect(20, 0, 25, 2));
    let release = |d: &str, w: String| match record(
        RecordKind::LandRelease,
        None,
        &w,
        &[("method", "cleared"), ("completed_on", d)],
    ) {
        Record::Release(r) => r,
        _ => unreachable!(),
    };
    let releases = [
        release("2021-06-01", rect(0, 0, 10, 1)),
        release("2022-02-01", rect(0, 1, 10, 3)),
        release("2022-05-01", rect(0, 3, 10, 4)),
        release("2022-09-01", rect(0, 4, 10, 5)),
    ];
    let mut engine = Engine::new(&[h1, h2], &releases, date("2021-12-31"));
    // Exact areas of the lon/lat rectangles left, Δλ·(Z(φ₂) − Z(φ₁)) computed with mpmath at
    // 40 digits: cells 0..10 × 1..10 are 1 107 816.481 060 697 m²; at the end of 2022, cells
    // 0..10 × 5..10 and 20..25 × 0..2 are 738 544.319 411 681 m².
    let left_2021 = engine.totals().remaining.0;
    assert!(
        relative(left_2021, 1_107_816.481_060_697) < 1e-12,
        "{left_2021}"
    );
    engine.set_as_of(date("2022-12-31"));
    let left_2022 = engine.totals().remaining.0;
    assert!(
        relative(left_2022, 738_544.319_411_681) < 1e-12,
        "{left_2022}"
    );
    // The series (each hazard area's rest cut by one release after another) too.
    let series = Engine::series_of(
        &[
            hazard("H1", "", "2021-01-01", &rect(0, 0, 10, 10)),
            hazard("H2", "", "2022-03-01", &rect(20, 0, 25, 2)),
        ],
        &releases,
    );
    let last = series.last().unwrap().1.remaining.0;
    assert!(relative(last, 738_544.319_411_681) < 1e-12, "{last}");
}
