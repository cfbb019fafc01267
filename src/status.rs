//! The programme's status at a date: counts and areas from the database through the
//! remaining-area engine. Shared by `clearfield status` and the app's dashboard.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::estimate::Estimate;
use crate::geom::engine::{Engine, HazardFigures, RegionFigures, Step, Totals};
use crate::model::{HazardArea, LandRelease, Record, RecordKind};
use crate::store::{Store, StoreError};

/// Which breakdown to add to the totals.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Breakdown {
    /// One row per hazard area.
    Hazard,
    /// One row per region.
    Region,
}

/// Counts and areas at one date.
#[derive(Clone, Debug)]
pub struct Status {
    /// The date.
    pub as_of: NaiveDate,
    /// Hazard areas recorded by the date.
    pub hazard_areas: usize,
    /// Releases completed by the date.
    pub land_releases: usize,
    /// Finds made by the date.
    pub ordnance_finds: u64,
    /// Items found by the date (sum of quantities).
    pub items_found: u64,
    /// Areas.
    pub totals: Totals,
    /// Rows left out because they are not valid records (see `clearfield check`).
    pub excluded: Vec<String>,
    /// Per-hazard rows, when asked for.
    pub by_hazard: Option<Vec<HazardFigures>>,
    /// Per-region rows, when asked for.
    pub by_region: Option<Vec<RegionFigures>>,
}

/// The records the engine works on.
#[derive(Clone, Debug, Default)]
pub struct Areas {
    /// Every valid hazard area.
    pub hazards: Vec<HazardArea>,
    /// Every valid land release.
    pub releases: Vec<LandRelease>,
    /// Rows that are not valid records, described.
    pub excluded: Vec<String>,
}

/// Hazard areas and releases of the file, and the rows that could not be read.
pub fn load(store: &Store) -> Result<Areas, StoreError> {
    let mut excluded = Vec::new();
    let mut hazards = Vec::new();
    let mut releases = Vec::new();
    for kind in [RecordKind::HazardArea, RecordKind::LandRelease] {
        let loaded = store.load(kind)?;
        excluded.extend(loaded.problems.iter().map(ToString::to_string));
        for r in loaded.records {
            match r {
                Record::Hazard(h) => hazards.push(h),
                Record::Release(r) => releases.push(r),
                Record::Find(_) | Record::Survey(_) | Record::Evidence(_) => {}
            }
        }
    }
    Ok(Areas {
        hazards,
        releases,
        excluded,
    })
}

/// What [`crate::live::Live`] starts from, read from `store` at `as_of` (in one snapshot
/// when the caller holds one).
pub fn read(store: &Store, as_of: NaiveDate) -> Result<crate::live::Read, StoreError> {
    read_with(store, load(store)?, as_of)
}

/// As [`read`], with the hazard areas and releases already loaded.
pub fn read_with(
    store: &Store,
    areas: Areas,
    as_of: NaiveDate,
) -> Result<crate::live::Read, StoreError> {
    Ok(crate::live::Read {
        areas,
        finds: finds_by_type(store, as_of)?,
        settings: settings(store)?,
    })
}

/// Computes the status of the programme in `store` at `as_of`.
pub fn status(
    store: &Store,
    as_of: NaiveDate,
    breakdown: Option<Breakdown>,
) -> Result<Status, StoreError> {
    status_of(store, &load(store)?, as_of, breakdown)
}

/// As [`status`], for records already read (the app reads them once for several uses).
pub fn status_of(
    store: &Store,
    areas: &Areas,
    as_of: NaiveDate,
    breakdown: Option<Breakdown>,
) -> Result<Status, StoreError> {
    let engine = Engine::new(&areas.hazards, &areas.releases, as_of);
    status_with(store, areas, &engine, breakdown)
}

/// As [`status_of`], with the engine already built for these records at the status date
/// (the app also draws the remaining land from it).
pub fn status_with(
    store: &Store,
    areas: &Areas,
    engine: &Engine,
    breakdown: Option<Breakdown>,
) -> Result<Status, StoreError> {
    let as_of = engine.as_of();
    let (ordnance_finds, items_found) = store.find_counts(as_of)?;
    Ok(Status {
        as_of,
        hazard_areas: areas
            .hazards
            .iter()
            .filter(|h| h.surveyed_on <= as_of)
            .count(),
        land_releases: areas
            .releases
            .iter()
            .filter(|r| r.completed_on <= as_of)
            .count(),
        ordnance_finds,
        items_found,
        totals: engine.totals(),
        excluded: areas.excluded.clone(),
        by_hazard: (breakdown == Some(Breakdown::Hazard)).then(|| engine.by_hazard()),
        by_region: (breakdown == Some(Breakdown::Region)).then(|| engine.by_region()),
    })
}

/// The programme's settings.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Programme name, for reports.
    pub programme_name: Option<String>,
    /// Article 4 deadline.
    pub deadline: Option<NaiveDate>,
    /// The closure a traverse must reach to be saved without the user accepting it: N of
    /// 1:N (`None`: [`crate::geom::traverse::DEFAULT_TOLERANCE`], 1:100).
    pub closure_tolerance: Option<u32>,
}

impl Settings {
    /// N of the 1:N closure a traverse must reach (the programme's, or 1:100).
    pub fn closure_tolerance(&self) -> f64 {
        self.closure_tolerance
            .map_or(crate::geom::traverse::DEFAULT_TOLERANCE, f64::from)
    }
}

/// Reads the settings; a stored deadline that is not a date is an error naming it.
pub fn settings(store: &Store) -> Result<Settings, StoreError> {
    Settings::from_pairs(&store.all_settings()?)
}

impl Settings {
    /// The settings from their stored (key, value) pairs (a file's `settings` table, a
    /// hub's), each value checked; keys it does not know are left out.
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<Settings, StoreError> {
        let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        let deadline =
            match get("article4_deadline") {
                None => None,
                Some(text) => Some(crate::model::parse_date(&text).map_err(|reason| {
                    StoreError::BadSetting {
                        key: "article4_deadline",
                        value: text.clone(),
                        reason,
                    }
                })?),
            };
        let closure_tolerance = match get("closure_tolerance") {
            None => None,
            Some(text) => {
                Some(
                    parse_tolerance(&text).map_err(|reason| StoreError::BadSetting {
                        key: "closure_tolerance",
                        value: text.clone(),
                        reason,
                    })?,
                )
            }
        };
        Ok(Settings {
            programme_name: get("programme_name"),
            deadline,
            closure_tolerance,
        })
    }
}

/// N of a 1:N closure tolerance, as typed (`100` or `1:100`): a whole number, 1 or more.
///
/// ```
/// use clearfield::status::parse_tolerance;
/// assert_eq!(parse_tolerance("1:200"), Ok(200));
/// assert!(parse_tolerance("0").is_err());
/// ```
pub fn parse_tolerance(text: &str) -> Result<u32, String> {
    let t = text.trim();
    let n = t.strip_prefix("1:").unwrap_or(t);
    match n.trim().parse::<u32>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err("must be N of 1:N, a whole number 1 or more (like 100 or 1:100)".to_owned()),
    }
}

/// The completion estimate at `as_of` over a window of `window_days`, against the deadline
/// in the settings; with the rows left out of the figures.
pub fn estimate(
    store: &Store,
    as_of: NaiveDate,
    window_days: u32,
) -> Result<(Estimate, Vec<String>), StoreError> {
    let f = forecast(store, as_of, window_days)?;
    Ok((f.estimate, f.excluded))
}

/// Finds of one ordnance type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeCount {
    /// Ordnance type code (M42, BLU-97, ...).
    pub ordnance_type: String,
    /// Its category.
    pub category: String,
    /// Number of finds.
    pub finds: u64,
    /// Number of items (a find may be several).
    pub items: u64,
}

/// Finds and items by ordnance type, found on or before `as_of`; most items first.
pub fn finds_by_type(store: &Store, as_of: NaiveDate) -> Result<Vec<TypeCount>, StoreError> {
    let by: BTreeMap<(String, String), (u64, u64)> = store
        .finds_by_type(as_of)?
        .into_iter()
        .map(|(t, c, finds, items)| ((t, c), (finds, items)))
        .collect();
    Ok(sorted_type_counts(&by))
}

/// Finds and items counted by (type, category), as rows with the most items first.
pub fn sorted_type_counts(by: &BTreeMap<(String, String), (u64, u64)>) -> Vec<TypeCount> {
    let mut out: Vec<TypeCount> = by
        .iter()
        .map(|((ordnance_type, category), &(finds, items))| TypeCount {
            ordnance_type: ordnance_type.clone(),
            category: category.clone(),
            finds,
            items,
        })
        .collect();
    out.sort_by(|a, b| {
        b.items
            .cmp(&a.items)
            .then(a.ordnance_type.cmp(&b.ordnance_type))
    });
    out
}

/// The estimate with the series it was made from, for charts.
pub struct Forecast {
    /// The estimate.
    pub estimate: Estimate,
    /// Hazard and remaining area at every date either changed.
    pub series: Vec<(NaiveDate, Step)>,
    /// Rows left out of the figures because they are not valid records.
    pub excluded: Vec<String>,
}

/// As [`estimate`], keeping the series.
pub fn forecast(store: &Store, as_of: NaiveDate, window_days: u32) -> Result<Forecast, StoreError> {
    forecast_of(store, &load(store)?, as_of, window_days)
}

/// As [`forecast`], for records already read.
pub fn forecast_of(
    store: &Store,
    areas: &Areas,
    as_of: NaiveDate,
    window_days: u32,
) -> Result<Forecast, StoreError> {
    let series = Engine::series_of(&areas.hazards, &areas.releases);
    forecast_from(store, areas, series, as_of, window_days)
}

/// As [`forecast_of`], with the engine already built for these records (its series does not
/// depend on its date): the app builds one engine for the status, the forecast and the map.
pub fn forecast_with(
    store: &Store,
    areas: &Areas,
    engine: &Engine,
    window_days: u32,
) -> Result<Forecast, StoreError> {
    forecast_from(store, areas, engine.series(), engine.as_of(), window_days)
}

fn forecast_from(
    store: &Store,
    areas: &Areas,
    series: Vec<(NaiveDate, Step)>,
    as_of: NaiveDate,
    window_days: u32,
) -> Result<Forecast, StoreError> {
    let deadline = settings(store)?.deadline;
    Ok(forecast_from_series(
        series,
        as_of,
        window_days,
        deadline,
        areas.excluded.clone(),
    ))
}

/// The forecast made from a series of remaining area, with the rows left out of it.
pub fn forecast_from_series(
    series: Vec<(NaiveDate, Step)>,
    as_of: NaiveDate,
    window_days: u32,
    deadline: Option<NaiveDate>,
    excluded: Vec<String>,
) -> Forecast {
    Forecast {
        estimate: crate::estimate::estimate(&series, as_of, window_days, deadline),
        series,
        excluded,
    }
}

/// The estimate as the JSON object `clearfield estimate --json` prints.
pub fn estimate_json(e: &Estimate, excluded: &[String]) -> Value {
    let date = |d: Option<NaiveDate>| d.map(|d| d.to_string());
    json!({
        "as_of": e.as_of.to_string(),
        "remaining_area_m2": m2(e.remaining_m2),
        "window_days": e.window_days,
        "net_rate_m2_per_day": m2(e.net_rate_m2_per_day),
        "release_rate_m2_per_day": m2(e.release_rate_m2_per_day),
        "new_contamination_m2_per_day": m2(e.new_contamination_m2_per_day),
        "completion_date": date(e.completion_date),
        "completion_low": date(e.completion_low),
        "completion_high": date(e.completion_high),
        "deadline": date(e.deadline),
        "on_track": e.on_track,
        "required_rate_m2_per_day": e.required_rate_m2_per_day.map(m2),
        "required_pace_ratio": e.required_pace_ratio.map(|r| (r * 1000.0).round() / 1000.0),
        "period_rates_m2_per_day": e.period_rates.iter().map(|r| m2(*r)).collect::<Vec<_>>(),
        "statement": e.statement,
        "excluded_records": excluded,
    })
}

/// Rounds m² to the centimetre² so JSON does not carry float noise.
fn m2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

impl Status {
    /// The status as the JSON object `clearfield status --json` prints.
    pub fn to_json(&self) -> Value {
        let t = &self.totals;
        let mut v = json!({
            "as_of": self.as_of.to_string(),
            "hazard_areas": self.hazard_areas,
            "land_releases": self.land_releases,
            "ordnance_finds": self.ordnance_finds,
            "items_found": self.items_found,
            "hazard_area_m2": m2(t.hazard_area.0),
            "remaining_area_m2": m2(t.remaining.0),
            "released_area_m2": {
                "cancelled": m2(t.cancelled.0),
                "reduced": m2(t.reduced.0),
                "cleared": m2(t.cleared.0),
            },
            "excluded_records": self.excluded,
        });
        if let Some(rows) = &self.by_hazard {
            v["by_hazard"] = rows
                .iter()
                .map(|h| {
                    json!({
                        "id": h.id.to_string(), "name": h.name, "region": h.region,
                        "area_m2": m2(h.area.0), "remaining_area_m2": m2(h.remaining.0),
                    })
                })
                .collect();
        }
        if let Some(rows) = &self.by_region {
            v["by_region"] = rows
                .iter()
                .map(|r| {
                    json!({
                        "region": r.region, "hazard_areas": r.hazard_areas,
                        "hazard_area_m2": m2(r.hazard_area.0), "remaining_area_m2": m2(r.remaining.0),
                    })
                })
                .collect();
        }
        v
    }
}
