//! The programme's status at a date: counts and areas from the database through the
//! remaining-area engine. Shared by `clearfield status` and the app's dashboard.

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::geom::engine::{Engine, HazardFigures, RegionFigures, Totals};
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
                Record::Find(_) => {}
            }
        }
    }
    Ok(Areas {
        hazards,
        releases,
        excluded,
    })
}

/// Computes the status of the programme in `store` at `as_of`.
pub fn status(
    store: &Store,
    as_of: NaiveDate,
    breakdown: Option<Breakdown>,
) -> Result<Status, StoreError> {
    let Areas {
        hazards,
        releases,
        excluded,
    } = load(store)?;
    let engine = Engine::new(&hazards, &releases, as_of);
    let (ordnance_finds, items_found) = store.find_counts(as_of)?;
    Ok(Status {
        as_of,
        hazard_areas: hazards.iter().filter(|h| h.surveyed_on <= as_of).count(),
        land_releases: releases.iter().filter(|r| r.completed_on <= as_of).count(),
        ordnance_finds,
        items_found,
        totals: engine.totals(),
        excluded,
        by_hazard: (breakdown == Some(Breakdown::Hazard)).then(|| engine.by_hazard()),
        by_region: (breakdown == Some(Breakdown::Region)).then(|| engine.by_region()),
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
