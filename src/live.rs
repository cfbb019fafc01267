//! The programme's figures kept current edit by edit: what the app's dashboard, forecast and
//! remaining land show, updated from each saved change instead of read again from the file.
//!
//! [`Live`] starts from one read of the file ([`status::read`]; the same figures as [`status::status`],
//! [`status::forecast`] and [`status::finds_by_type`]), then takes each change as the record
//! before and after it: the engine recomputes only the clusters the change touches, and the
//! counts move by the record's own contribution. `tests/live.rs` checks that after any
//! sequence of edits the figures equal those computed afresh from the file.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::estimate::Estimate;
use crate::geom::engine::{Engine, Step};
use crate::model::{HazardArea, LandRelease, OrdnanceFind, Record};
use crate::status::{self, Areas, Forecast, Settings, Status, TypeCount};

/// Finds counted by ordnance type and category: (finds, items).
type FindTally = BTreeMap<(String, String), (u64, u64)>;

/// What [`Live`] starts from: a programme as read from its file.
#[derive(Clone, Debug, Default)]
pub struct Read {
    /// Its hazard areas and releases, and the rows that are not valid records.
    pub areas: Areas,
    /// Its finds made by the date, counted by type ([`status::finds_by_type`]).
    pub finds: Vec<TypeCount>,
    /// Its settings.
    pub settings: Settings,
}

/// A programme's hazard areas and releases computed at a date (its figures, remaining land
/// and series): the long part of making a [`Live`], which can run while the rest of the file
/// is read ([`Live::of`]).
#[derive(Debug)]
pub struct Computed {
    today: NaiveDate,
    engine: Engine,
}

impl Computed {
    /// Computes the hazard areas and releases of `areas` at `today`.
    pub fn new(areas: &Areas, today: NaiveDate) -> Computed {
        Computed {
            today,
            engine: Engine::new(&areas.hazards, &areas.releases, today),
        }
    }

    /// As [`Computed::new`], telling `progress(done, all)` as groups of records sharing land
    /// are computed.
    pub fn with_progress(
        areas: &Areas,
        today: NaiveDate,
        progress: &(dyn Fn(usize, usize) + Sync),
    ) -> Computed {
        Computed {
            today,
            engine: Engine::with_progress(&areas.hazards, &areas.releases, today, progress),
        }
    }
}

/// The figures of a programme at one date, kept current as records change.
#[derive(Debug)]
pub struct Live {
    today: NaiveDate,
    window_days: u32,
    settings: Settings,
    /// Valid hazard areas and releases recorded by `today`.
    hazard_areas: usize,
    land_releases: usize,
    /// Finds made by `today`, by type and category, as the file counts them (rows that are
    /// not valid records included).
    finds: FindTally,
    /// Rows that are not valid records, described (only a change outside the app alters them).
    excluded: Vec<String>,
    engine: Engine,
}

/// What the dashboard shows: status, forecast and finds by type at one date.
#[derive(Clone, Debug)]
pub struct Figures {
    /// Status at the date.
    pub status: Status,
    /// The completion estimate and the series it was made from.
    pub estimate: Estimate,
    /// Hazard and remaining area at every date either changed.
    pub series: Vec<(NaiveDate, Step)>,
    /// Finds and items by ordnance type, most items first.
    pub finds_by_type: Vec<TypeCount>,
    /// The programme's name, when set.
    pub programme: Option<String>,
}

impl Live {
    /// The figures of a programme as read from its file (in one snapshot): its hazard areas
    /// and releases, its finds counted by type made by `today` (every row, as
    /// [`status::finds_by_type`] counts them) and its settings; the forecast over
    /// `window_days`.
    pub fn new(read: &Read, today: NaiveDate, window_days: u32) -> Live {
        Live::of(read, Computed::new(&read.areas, today), window_days)
    }

    /// As [`Live::new`], with its hazard areas and releases computed already (while the
    /// rest of the file was read): `computed` is of `read.areas`.
    pub fn of(read: &Read, computed: Computed, window_days: u32) -> Live {
        let areas = &read.areas;
        let today = computed.today;
        Live {
            today,
            window_days,
            settings: read.settings.clone(),
            hazard_areas: recorded_by(&areas.hazards, today),
            land_releases: released_by(&areas.releases, today),
            finds: tally(&read.finds),
            excluded: areas.excluded.clone(),
            engine: computed.engine,
        }
    }

    /// Takes in the programme as read again from the file (after an import or a merge):
    /// the engine recomputes only the clusters of records that differ from what it holds;
    /// the counts, the finds and the settings are taken afresh. `read` is at the same date.
    pub fn reload(&mut self, read: &Read) {
        let areas = &read.areas;
        self.engine.sync(&areas.hazards, &areas.releases);
        self.engine.keep_series();
        self.hazard_areas = recorded_by(&areas.hazards, self.today);
        self.land_releases = released_by(&areas.releases, self.today);
        self.finds = tally(&read.finds);
        self.settings = read.settings.clone();
        self.excluded = areas.excluded.clone();
    }

    /// Makes and keeps the series of remaining area behind the forecast, so that the
    /// forecast after a change computes only the clusters the change touched.
    pub fn keep_series(&mut self) {
        self.engine.keep_series();
    }

    /// Takes in one change saved to the file: the record as it was (`None`: it is new) and
    /// as it is now (`None`: deleted).
    pub fn apply(&mut self, was: Option<&Record>, now: Option<&Record>) {
        if let Some(old) = was {
            self.count(old, -1);
            if now.is_none_or(|n| n.kind() != old.kind()) {
                self.engine.remove(old.uuid());
            }
        }
        if let Some(new) = now {
            self.count(new, 1);
            match new {
                Record::Hazard(h) => self.engine.upsert_hazard(h),
                Record::Release(r) => self.engine.upsert_release(r),
                Record::Find(_) | Record::Survey(_) | Record::Evidence(_) => {}
            }
        }
        self.engine.keep_series();
    }

    /// Adds (`sign` 1) or takes away (-1) a record's share of the counts.
    fn count(&mut self, record: &Record, sign: i64) {
        let step = |n: &mut usize| {
            *n = n.saturating_add_signed(sign as isize);
        };
        match record {
            Record::Hazard(h) if h.surveyed_on <= self.today => step(&mut self.hazard_areas),
            Record::Release(r) if r.completed_on <= self.today => step(&mut self.land_releases),
            Record::Find(f) if f.found_on <= self.today => self.tally(f, sign),
            _ => {}
        }
    }

    fn tally(&mut self, f: &OrdnanceFind, sign: i64) {
        let key = (f.ordnance_type.clone(), f.category.as_str().to_owned());
        let entry = self.finds.entry(key.clone()).or_default();
        let items = u64::from(f.quantity);
        if sign > 0 {
            entry.0 += 1;
            entry.1 += items;
        } else {
            entry.0 = entry.0.saturating_sub(1);
            entry.1 = entry.1.saturating_sub(items);
        }
        if *entry == (0, 0) {
            self.finds.remove(&key);
        }
    }

    /// The date the figures are for.
    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// The engine the figures come from (for the remaining land and the tables).
    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// The engine, to take the list of groups whose remaining land changed.
    pub fn engine_mut(&mut self) -> &mut Engine {
        &mut self.engine
    }

    /// The status at the date, as [`status::status`] computes it from the file.
    pub fn status(&self) -> Status {
        let (ordnance_finds, items_found) = self
            .finds
            .values()
            .fold((0, 0), |(f, i), (df, di)| (f + df, i + di));
        Status {
            as_of: self.today,
            hazard_areas: self.hazard_areas,
            land_releases: self.land_releases,
            ordnance_finds,
            items_found,
            totals: self.engine.totals(),
            excluded: self.excluded.clone(),
            by_hazard: None,
            by_region: None,
        }
    }

    /// The forecast at the date, as [`status::forecast`] computes it from the file.
    pub fn forecast(&self) -> Forecast {
        status::forecast_from_series(
            self.engine.series(),
            self.today,
            self.window_days,
            self.settings.deadline,
            self.excluded.clone(),
        )
    }

    /// Finds and items by type made by the date, as [`status::finds_by_type`] counts them.
    pub fn finds_by_type(&self) -> Vec<TypeCount> {
        status::sorted_type_counts(&self.finds)
    }

    /// Everything the dashboard shows.
    pub fn figures(&self) -> Figures {
        let forecast = self.forecast();
        Figures {
            status: self.status(),
            estimate: forecast.estimate,
            series: forecast.series,
            finds_by_type: self.finds_by_type(),
            programme: self.settings.programme_name.clone(),
        }
    }
}

fn tally(finds: &[TypeCount]) -> FindTally {
    finds
        .iter()
        .map(|t| {
            (
                (t.ordnance_type.clone(), t.category.clone()),
                (t.finds, t.items),
            )
        })
        .collect()
}

fn recorded_by(hazards: &[HazardArea], t: NaiveDate) -> usize {
    hazards.iter().filter(|h| h.surveyed_on <= t).count()
}

fn released_by(releases: &[LandRelease], t: NaiveDate) -> usize {
    releases.iter().filter(|r| r.completed_on <= t).count()
}
