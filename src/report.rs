//! The progress report for a period: what a programme manager sends to donors and uses for
//! the Convention's Article 7 report. Computed here; written out by `io::report`.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};

use crate::estimate::{self, Estimate};
use crate::geom::engine::{Engine, Step, Totals};
use crate::model::ReleaseMethod;
use crate::status::{self, Areas};
use crate::store::{Store, StoreError};

/// Finds of one ordnance type with one disposal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindRow {
    /// Ordnance type code.
    pub ordnance_type: String,
    /// Category.
    pub category: String,
    /// Disposal (`not recorded` when missing).
    pub disposal: String,
    /// Number of finds.
    pub finds: u64,
    /// Number of items.
    pub items: u64,
}

/// One team's work in the period.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TeamRow {
    /// Team name (`not recorded` when missing).
    pub team: String,
    /// Releases completed in the period.
    pub releases: u64,
    /// Land credited to those releases at the end of the period, m².
    pub released_m2: f64,
    /// Finds made in the period.
    pub finds: u64,
    /// Items found in the period.
    pub items: u64,
}

/// Everything the report shows.
#[derive(Clone, Debug)]
pub struct Report {
    /// Programme name, if set.
    pub programme: Option<String>,
    /// First day of the period.
    pub from: NaiveDate,
    /// Last day of the period.
    pub to: NaiveDate,
    /// Figures at the start of the period (end of the day before `from`).
    pub start: Totals,
    /// Figures at the end of the period.
    pub end: Totals,
    /// Hazard areas recorded in the period.
    pub new_hazard_areas: u64,
    /// Releases completed in the period.
    pub releases_completed: u64,
    /// Finds by type and disposal.
    pub finds: Vec<FindRow>,
    /// Work by team.
    pub teams: Vec<TeamRow>,
    /// Submunitions destroyed in the period (items of category submunition disposed of by
    /// destruction in situ or after removal).
    pub submunitions_destroyed: u64,
    /// The completion estimate at the end of the period.
    pub estimate: Estimate,
    /// Remaining and hazard area over time, up to the end of the period, for the chart.
    pub series: Vec<(NaiveDate, Step)>,
    /// Rows left out of the figures because they are not valid records.
    pub excluded: Vec<String>,
}

impl Report {
    /// Land released in the period by `method`, m² (end less start).
    pub fn released_in_period(&self, method: ReleaseMethod) -> f64 {
        let pick = |t: &Totals| match method {
            ReleaseMethod::Cancelled => t.cancelled.0,
            ReleaseMethod::Reduced => t.reduced.0,
            ReleaseMethod::Cleared => t.cleared.0,
        };
        pick(&self.end) - pick(&self.start)
    }

    /// Hazard area added to the programme in the period (growth of the union), m².
    pub fn hazard_area_added(&self) -> f64 {
        self.end.hazard_area.0 - self.start.hazard_area.0
    }
}

/// Why a report cannot be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// `from` after `to`.
    #[error("--from {from} is after --to {to}")]
    Period {
        /// Start.
        from: NaiveDate,
        /// End.
        to: NaiveDate,
    },
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl crate::i18n::Localized for ReportError {
    /// `err-report-error-period` (the dates as the language writes them, ISO 8601 in
    /// English), or the store's error.
    fn text_in(&self, m: &crate::i18n::Messages) -> String {
        match self {
            Self::Period { from, to } => m.text(
                "err-report-error-period",
                &[("from", m.day(*from).into()), ("to", m.day(*to).into())],
            ),
            Self::Store(e) => e.text_in(m),
        }
    }
}

/// The team or disposal of a row whose records do not give one (the JSON and CSV say it in
/// English; Markdown and HTML in the report's language).
pub const NOT_RECORDED: &str = "not recorded";

/// Computes the report for `from`..=`to`, with the estimate over `window_days` at `to`.
pub fn report(
    store: &Store,
    from: NaiveDate,
    to: NaiveDate,
    window_days: u32,
) -> Result<Report, ReportError> {
    if from > to {
        return Err(ReportError::Period { from, to });
    }
    let Areas {
        hazards,
        releases,
        excluded,
    } = status::load(store)?;
    let settings = status::settings(store)?;
    let day_before = from.checked_sub_days(Days::new(1)).unwrap_or(from);
    let mut engine = Engine::new(&hazards, &releases, to);
    let end = engine.totals();
    let credits = engine.credits();
    engine.set_as_of(day_before);
    let start = engine.totals();
    let series: Vec<(NaiveDate, Step)> = Engine::series_of(&hazards, &releases)
        .into_iter()
        .filter(|(d, _)| *d <= to)
        .collect();
    let estimate = estimate::estimate(&series, to, window_days, settings.deadline);

    let in_period = |d: NaiveDate| from <= d && d <= to;
    let mut teams: BTreeMap<String, TeamRow> = BTreeMap::new();
    let team_row = |teams: &mut BTreeMap<String, TeamRow>, name: Option<&str>| -> String {
        let key = name.unwrap_or(NOT_RECORDED).to_owned();
        teams.entry(key.clone()).or_insert_with(|| TeamRow {
            team: key.clone(),
            ..TeamRow::default()
        });
        key
    };
    let mut releases_completed = 0;
    for r in releases.iter().filter(|r| in_period(r.completed_on)) {
        releases_completed += 1;
        let key = team_row(&mut teams, r.team.as_deref());
        if let Some(row) = teams.get_mut(&key) {
            row.releases += 1;
            row.released_m2 += credits.get(&r.id.0).copied().unwrap_or(0.0);
        }
    }
    let mut finds: BTreeMap<(String, String, String), FindRow> = BTreeMap::new();
    let mut submunitions_destroyed = 0;
    for g in store.finds_between(from, to)? {
        let disposal = g
            .disposal
            .clone()
            .unwrap_or_else(|| NOT_RECORDED.to_owned());
        let row = finds
            .entry((
                g.ordnance_type.clone(),
                g.category.clone(),
                disposal.clone(),
            ))
            .or_insert_with(|| FindRow {
                ordnance_type: g.ordnance_type.clone(),
                category: g.category.clone(),
                disposal,
                finds: 0,
                items: 0,
            });
        row.finds += g.finds;
        row.items += g.items;
        if g.category == "submunition"
            && matches!(
                g.disposal.as_deref(),
                Some("destroyed_in_situ" | "removed_and_destroyed")
            )
        {
            submunitions_destroyed += g.items;
        }
        let key = team_row(&mut teams, g.team.as_deref());
        if let Some(row) = teams.get_mut(&key) {
            row.finds += g.finds;
            row.items += g.items;
        }
    }
    Ok(Report {
        programme: settings.programme_name,
        from,
        to,
        start,
        end,
        new_hazard_areas: hazards.iter().filter(|h| in_period(h.surveyed_on)).count() as u64,
        releases_completed,
        finds: finds.into_values().collect(),
        teams: teams.into_values().collect(),
        submunitions_destroyed,
        estimate,
        series,
        excluded,
    })
}
