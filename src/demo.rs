//! The demo programme bundled with the app: [`crate::generate::Spec::DEMO`] exported to
//! `assets/demo.geojson` (`clearfield generate demo.gpkg --seed 3 --hazards 250 --releases
//! 1200 --finds 1500 --timeline steady`, then `clearfield --db demo.gpkg export
//! assets/demo.geojson`), loaded with its dates moved so that it ends last month.
//!
//! The move is a whole number of days, the same for every date: the newest date of the file
//! becomes the last day of the month before today's. Days rather than months, so that every
//! interval between two dates stays as it was (the order of events, how long work took, the
//! pace over any window): the forecast on the day of loading is exactly the file's forecast
//! that many days after its newest date. (A move by months would keep days of the month but
//! stretch or shrink intervals at month ends: 31 January plus one month is 28 February.)
//! Leap days and month ends need nothing special: adding days always gives a calendar date,
//! and the target is the day before the first of today's month.

use chrono::{Datelike, Days, NaiveDate};

use crate::exchange::{self, ImportError, ImportOptions, ImportSummary, Progress};
use crate::store::Store;

/// The bundled demo file, as generated (newest date 2026-10-31).
pub const GEOJSON: &[u8] = include_bytes!("../assets/demo.geojson");

/// Where the demo's newest date goes when loaded on `today`: the last day of the month
/// before today's (`None` only before the first month chrono knows).
pub fn newest_on(today: NaiveDate) -> Option<NaiveDate> {
    today.with_day(1)?.checked_sub_days(Days::new(1))
}

/// The whole number of days to add to every date so that `newest` falls on
/// [`newest_on`]`(today)` (negative when `today` is before the file's dates).
pub fn offset_days(newest: NaiveDate, today: NaiveDate) -> Option<i64> {
    Some((newest_on(today)? - newest).num_days())
}

/// Loads the bundled demo into `store` (one transaction, as an import by `actor`), every date
/// moved by [`offset_days`] from the file's newest date to `today`.
pub fn load(
    store: &mut Store,
    today: NaiveDate,
    actor: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportSummary, ImportError> {
    let days = exchange::newest_date(GEOJSON)?
        .and_then(|newest| offset_days(newest, today))
        .unwrap_or(0);
    exchange::import_shifted(
        store,
        GEOJSON,
        &ImportOptions::default(),
        days,
        actor,
        progress,
    )
}
