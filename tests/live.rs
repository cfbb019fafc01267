//! The figures kept current edit by edit (`live::Live`, what the app's dashboard shows)
//! against the same figures computed afresh from the file (`status::status`,
//! `status::forecast`, `status::finds_by_type`, what `clearfield status` prints), after
//! random sequences of additions, moves, changes of date and deletions.
//!
//! Shapes are rectangles of 0.001° cells near the equator (see tests/engine.rs): overlaps,
//! clusters joining and falling apart, land cleared and then recorded again all occur.

mod common;

use chrono::NaiveDate;
use clearfield::live::Live;
use clearfield::model::{Record, RecordKind};
use clearfield::status;
use clearfield::store::Store;
use common::{cell_rect, record};
use proptest::prelude::*;
use uuid::Uuid;

const WINDOW: u32 = 365;

/// One of the dates records get (`day(30)`, 2025-01-04), so that records of that very day
/// are counted.
fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 1, 4).unwrap()
}

/// A date from 2020 to 2026 every 61 days: some after `today`, so they are not counted yet.
fn day(n: u32) -> String {
    (NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Days::new(u64::from(n) * 61))
        .to_string()
}

/// What a random edit is made of.
#[derive(Clone, Debug)]
enum Edit {
    Hazard((u32, u32, u32, u32), u32),
    Release((u32, u32, u32, u32), u32, usize),
    Find((u32, u32), u32, usize, u32),
    /// Moves the n-th record (of those there) by some cells.
    Move(usize, u32, u32),
    /// Gives the n-th record another date.
    Redate(usize, u32),
    Delete(usize),
}

fn a_rect() -> impl Strategy<Value = (u32, u32, u32, u32)> {
    (0u32..14, 0u32..14, 1u32..7, 1u32..7).prop_map(|(x, y, w, h)| (x, y, x + w, y + h))
}

/// Often `today` itself, the day a wrong comparison would miss.
fn a_day() -> impl Strategy<Value = u32> {
    prop_oneof![1 => Just(30u32), 3 => 0u32..40]
}

fn an_edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (a_rect(), a_day()).prop_map(|(r, d)| Edit::Hazard(r, d)),
        (a_rect(), a_day(), 0usize..3).prop_map(|(r, d, m)| Edit::Release(r, d, m)),
        ((0u32..20, 0u32..20), a_day(), 0usize..3, 1u32..5)
            .prop_map(|(p, d, t, q)| Edit::Find(p, d, t, q)),
        (0usize..64, 0u32..4, 0u32..4).prop_map(|(i, dx, dy)| Edit::Move(i, dx, dy)),
        (0usize..64, a_day()).prop_map(|(i, d)| Edit::Redate(i, d)),
        (0usize..64).prop_map(Edit::Delete),
    ]
}

/// The records as the test built them, with what built them (to build a moved copy).
struct Held {
    id: Uuid,
    kind: RecordKind,
    shape: (u32, u32, u32, u32),
    date: u32,
    other: usize,
    quantity: u32,
}

fn built(h: &Held) -> Record {
    let id = h.id.to_string();
    let (x0, y0, x1, y1) = h.shape;
    let date = day(h.date);
    match h.kind {
        RecordKind::HazardArea => record(
            h.kind,
            Some(&id),
            &cell_rect(x0, y0, x1, y1),
            &[
                ("name", &format!("H {x0} {y0}")),
                ("classification", ["CHA", "SHA"][h.other % 2]),
                ("surveyed_on", &date),
            ],
        ),
        RecordKind::LandRelease => record(
            h.kind,
            Some(&id),
            &cell_rect(x0, y0, x1, y1),
            &[
                ("method", ["cancelled", "reduced", "cleared"][h.other % 3]),
                ("completed_on", &date),
            ],
        ),
        RecordKind::OrdnanceFind => record(
            h.kind,
            Some(&id),
            &format!("{},{}", f64::from(x0) / 1000.0, f64::from(y0) / 1000.0),
            &[
                ("ordnance_type", ["M42", "BLU-97", "RPG-7"][h.other % 3]),
                (
                    "category",
                    ["submunition", "submunition", "rocket"][h.other % 3],
                ),
                ("found_on", &date),
                ("quantity", &h.quantity.to_string()),
            ],
        ),
        // Points that count for no figure: the sequences make none (`edits`).
        RecordKind::SurveyPoint | RecordKind::EvidencePoint => record(
            RecordKind::EvidencePoint,
            Some(&id),
            &format!("{},{}", f64::from(x0) / 1000.0, f64::from(y0) / 1000.0),
            &[("evidence_type", "strike"), ("recorded_on", &date)],
        ),
    }
}

/// Applies `edit` to the file and to `live`, as the app does after a save.
fn apply(store: &mut Store, live: &mut Live, held: &mut Vec<Held>, edit: &Edit, n: u128) {
    let new_id = Uuid::from_u128(0x1000 + n);
    let (was, now): (Option<Record>, Option<Record>) = match edit {
        Edit::Hazard(r, d) | Edit::Release(r, d, _) => {
            let (kind, other) = match edit {
                Edit::Release(_, _, m) => (RecordKind::LandRelease, *m),
                _ => (RecordKind::HazardArea, n as usize),
            };
            held.push(Held {
                id: new_id,
                kind,
                shape: *r,
                date: *d,
                other,
                quantity: 1,
            });
            (None, held.last().map(built))
        }
        Edit::Find((x, y), d, t, q) => {
            held.push(Held {
                id: new_id,
                kind: RecordKind::OrdnanceFind,
                shape: (*x, *y, *x, *y),
                date: *d,
                other: *t,
                quantity: *q,
            });
            (None, held.last().map(built))
        }
        Edit::Move(i, dx, dy) if !held.is_empty() => {
            let at = i % held.len();
            let was = store.get(held[at].id).unwrap();
            let (x0, y0, x1, y1) = held[at].shape;
            held[at].shape = (x0 + dx, y0 + dy, x1 + dx, y1 + dy);
            (was, Some(built(&held[at])))
        }
        Edit::Redate(i, d) if !held.is_empty() => {
            let at = i % held.len();
            let was = store.get(held[at].id).unwrap();
            held[at].date = *d;
            (was, Some(built(&held[at])))
        }
        Edit::Delete(i) if !held.is_empty() => {
            let gone = held.remove(i % held.len());
            (store.get(gone.id).unwrap(), None)
        }
        _ => return,
    };
    let id = was.as_ref().or(now.as_ref()).map(Record::uuid).unwrap();
    store
        .restore_state(id, was.as_ref(), now.as_ref(), "test")
        .unwrap();
    live.apply(was.as_ref(), now.as_ref());
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// The live figures equal those computed afresh from the file.
fn same_as_afresh(store: &Store, live: &Live) -> Result<(), TestCaseError> {
    let fresh = status::status(store, today(), None).unwrap();
    let forecast = status::forecast(store, today(), WINDOW).unwrap();
    let figures = live.figures();
    let s = &figures.status;
    prop_assert_eq!(
        (
            s.hazard_areas,
            s.land_releases,
            s.ordnance_finds,
            s.items_found
        ),
        (
            fresh.hazard_areas,
            fresh.land_releases,
            fresh.ordnance_finds,
            fresh.items_found
        )
    );
    let (a, b) = (s.totals, fresh.totals);
    for (x, y, what) in [
        (a.hazard_area.0, b.hazard_area.0, "hazard area"),
        (a.remaining.0, b.remaining.0, "remaining"),
        (a.cancelled.0, b.cancelled.0, "cancelled"),
        (a.reduced.0, b.reduced.0, "reduced"),
        (a.cleared.0, b.cleared.0, "cleared"),
    ] {
        prop_assert!(close(x, y), "{}: live {} m², afresh {} m²", what, x, y);
    }
    prop_assert_eq!(
        figures.series.iter().map(|(d, _)| *d).collect::<Vec<_>>(),
        forecast.series.iter().map(|(d, _)| *d).collect::<Vec<_>>()
    );
    for ((d, x), (_, y)) in figures.series.iter().zip(&forecast.series) {
        prop_assert!(
            close(x.remaining.0, y.remaining.0) && close(x.hazard_area.0, y.hazard_area.0),
            "series at {}: live {:?}, afresh {:?}",
            d,
            x,
            y
        );
    }
    prop_assert_eq!(
        figures.finds_by_type,
        status::finds_by_type(store, today()).unwrap()
    );
    // The estimate is made from the series by the same function: equal series (to rounding)
    // give the same statement.
    prop_assert_eq!(
        (
            &figures.estimate.statement,
            figures.estimate.completion_date
        ),
        (
            &forecast.estimate.statement,
            forecast.estimate.completion_date
        )
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// After every edit of a random sequence, the live figures are the figures afresh.
    #[test]
    fn live_figures_equal_figures_afresh_after_random_edits(
        start in prop::collection::vec(an_edit(), 0..8),
        edits in prop::collection::vec(an_edit(), 1..14),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::create(&dir.path().join("p.gpkg")).unwrap();
        let mut held = Vec::new();
        // The programme as first read: built with `start`, then read into a Live.
        let mut scratch = Live::new(&status::read(&store, today()).unwrap(), today(), WINDOW);
        for (n, e) in start.iter().enumerate() {
            apply(&mut store, &mut scratch, &mut held, e, n as u128);
        }
        let mut live = Live::new(&status::read(&store, today()).unwrap(), today(), WINDOW);
        same_as_afresh(&store, &live)?;
        for (n, e) in edits.iter().enumerate() {
            apply(&mut store, &mut live, &mut held, e, 1000 + n as u128);
            same_as_afresh(&store, &live)?;
        }
        // Read again (as after an import or a merge): the same figures.
        let read = status::read(&store, today()).unwrap();
        live.reload(&read);
        same_as_afresh(&store, &live)?;
        // The scratch one, brought up to date by reading, too.
        scratch.reload(&read);
        same_as_afresh(&store, &scratch)?;
    }
}
