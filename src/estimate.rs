//! When will clearance be complete? A forecast from the trend of remaining area, with an
//! honest interval and a comparison with the Article 4 deadline. Pure: the series and the
//! dates are passed in.
//!
//! Method (README, "How the completion estimate works"):
//! - window W days (default 365) ending at `as_of`;
//! - net rate = (remaining(as_of − W) − remaining(as_of)) / W, m² per day; also the gross
//!   release rate (land released in the window / W) and the rate of new contamination (hazard
//!   area added in the window / W), which together explain the net rate;
//! - completion = as_of + remaining / net rate, when the net rate is positive;
//! - 80 % interval: the window is cut into n periods of about a month; each period's net rate
//!   is one observation; the interval for the mean rate is net ± t(0.90, n−1) · s / √n
//!   (Student's t, s the periods' standard deviation), and the dates are those the two rates
//!   give. When the slow end of the interval is not positive, there is no latest date.
//! - deadline: on track when the completion date is on or before it; the required pace is
//!   remaining / days left, also given as a multiple of the current net pace.

use chrono::{Days, NaiveDate};

use crate::geom::engine::Step;
use crate::i18n::{Arg, Messages};

/// Default window, days.
pub const DEFAULT_WINDOW_DAYS: u32 = 365;

/// Beyond this many days a forecast is not given as a date.
const HORIZON_DAYS: f64 = 100.0 * 365.25;

/// The forecast and the figures behind it.
#[derive(Clone, Debug, PartialEq)]
pub struct Estimate {
    /// The date of the forecast.
    pub as_of: NaiveDate,
    /// Remaining area at `as_of`, m².
    pub remaining_m2: f64,
    /// Hazard area recorded by `as_of`, m² (zero: no data yet).
    pub hazard_area_m2: f64,
    /// Length of the window, days.
    pub window_days: u32,
    /// Net reduction of remaining area, m² per day (negative: it grows).
    pub net_rate_m2_per_day: f64,
    /// Land released in the window, m² per day.
    pub release_rate_m2_per_day: f64,
    /// Hazard area newly recorded in the window, m² per day.
    pub new_contamination_m2_per_day: f64,
    /// Forecast completion date, if the pace ever ends it (within a century).
    pub completion_date: Option<NaiveDate>,
    /// Earliest date of the 80 % interval.
    pub completion_low: Option<NaiveDate>,
    /// Latest date of the 80 % interval; `None` when the slow end never completes.
    pub completion_high: Option<NaiveDate>,
    /// The programme's Article 4 deadline, if set.
    pub deadline: Option<NaiveDate>,
    /// Whether the forecast completes on or before the deadline.
    pub on_track: Option<bool>,
    /// Pace needed to meet the deadline, m² per day (`None` without a deadline or after it).
    pub required_rate_m2_per_day: Option<f64>,
    /// Required pace as a multiple of the current net pace.
    pub required_pace_ratio: Option<f64>,
    /// Net rate of each period of the window, m² per day, oldest first.
    pub period_rates: Vec<f64>,
    /// The forecast in plain words.
    pub statement: String,
    /// The one sentence a manager reads first ([`headline`]).
    pub headline: String,
}

/// A step function's value at `t`: the last entry on or before it (zeros before the first).
pub fn value_at(series: &[(NaiveDate, Step)], t: NaiveDate) -> Step {
    let i = series.partition_point(|(d, _)| *d <= t);
    if i == 0 {
        Step::default()
    } else {
        series[i - 1].1
    }
}

/// The corners of the remaining-area line of a chart, up to `until`: remaining area (m²) is a
/// step function, keeping its value until the next date of `series`, so the line starts at
/// zero on the first date, rises (or falls) straight up there, runs level to the next date
/// where the value changes, goes straight to the new value, and so on, then runs level on to
/// `until`. Dates after `until` are left out, as are dates where the remaining area does not
/// change. Empty when nothing is recorded by `until`.
pub fn step_line(series: &[(NaiveDate, Step)], until: NaiveDate) -> Vec<(NaiveDate, f64)> {
    let mut corners: Vec<(NaiveDate, f64)> = Vec::new();
    let mut current = 0.0;
    for (d, step) in series.iter().take_while(|(d, _)| *d <= until) {
        if corners.is_empty() {
            corners.push((*d, 0.0));
        }
        let v = step.remaining.0;
        if v != current {
            if corners.last().is_some_and(|(at, _)| at != d) {
                corners.push((*d, current));
            }
            corners.push((*d, v));
            current = v;
        }
    }
    if corners.last().is_some_and(|(at, _)| *at < until) {
        corners.push((until, current));
    }
    corners
}

/// Two-sided 80 % quantile of Student's t (that is, t(0.90)) for `df` degrees of freedom.
fn t90(df: usize) -> f64 {
    const TABLE: [f64; 30] = [
        3.078, 1.886, 1.638, 1.533, 1.476, 1.440, 1.415, 1.397, 1.383, 1.372, 1.363, 1.356, 1.350,
        1.345, 1.341, 1.337, 1.333, 1.330, 1.328, 1.325, 1.323, 1.321, 1.319, 1.318, 1.316, 1.315,
        1.314, 1.313, 1.311, 1.310,
    ];
    match df {
        0 => f64::NAN,
        1..=30 => TABLE[df - 1],
        _ => 1.2816,
    }
}

fn add_days(d: NaiveDate, days: f64) -> Option<NaiveDate> {
    if !days.is_finite() || !(0.0..=HORIZON_DAYS).contains(&days) {
        return None;
    }
    // Complete by the end of the day the work runs out; a hair over a whole day from float
    // rounding of the areas is not another day.
    d.checked_add_days(Days::new((days - 1e-6).ceil().max(0.0) as u64))
}

/// Forecasts completion from `series` (remaining area at every date it changes, as
/// [`crate::geom::engine::Engine::series`] gives).
pub fn estimate(
    series: &[(NaiveDate, Step)],
    as_of: NaiveDate,
    window_days: u32,
    deadline: Option<NaiveDate>,
) -> Estimate {
    let w = window_days.max(1);
    let start = as_of
        .checked_sub_days(Days::new(u64::from(w)))
        .unwrap_or(NaiveDate::MIN);
    let now = value_at(series, as_of);
    let then = value_at(series, start);
    let wf = f64::from(w);
    let remaining = now.remaining.0;
    let net = (then.remaining.0 - remaining) / wf;
    let release_rate = (now.released().0 - then.released().0) / wf;
    let new_contamination = (now.hazard_area.0 - then.hazard_area.0) / wf;

    // Periods of about a month: n equal slices of the window, on whole days.
    let n = ((wf / 30.4375).round() as u32).clamp(1, w);
    let bounds: Vec<NaiveDate> = (0..=n)
        .map(|k| start + Days::new((u64::from(w) * u64::from(k) / u64::from(n)).min(u64::from(w))))
        .collect();
    let period_rates: Vec<f64> = bounds
        .windows(2)
        .map(|b| {
            let days = (b[1] - b[0]).num_days().max(1) as f64;
            (value_at(series, b[0]).remaining.0 - value_at(series, b[1]).remaining.0) / days
        })
        .collect();
    let (low_rate, high_rate) = if period_rates.len() >= 2 {
        let k = period_rates.len() as f64;
        let mean = period_rates.iter().sum::<f64>() / k;
        let var = period_rates.iter().map(|r| (r - mean).powi(2)).sum::<f64>() / (k - 1.0);
        let half = t90(period_rates.len() - 1) * (var / k).sqrt();
        (net - half, net + half)
    } else {
        (net, net)
    };

    let complete = remaining <= 0.0;
    // When the remaining area is gone at `rate` m² a day; never, at a rate that does not fall.
    let done_at = |rate: f64| {
        if complete {
            Some(as_of)
        } else if rate > 0.0 {
            add_days(as_of, remaining / rate)
        } else {
            None
        }
    };
    let completion_date = done_at(net);
    let completion_low = done_at(high_rate);
    let completion_high = done_at(low_rate);

    let days_left = deadline.map(|d| (d - as_of).num_days());
    let required = match days_left {
        Some(days) if days > 0 && !complete => Some(remaining / days as f64),
        Some(_) if complete => Some(0.0),
        _ => None,
    };
    let on_track = deadline.map(|d| complete || completion_date.is_some_and(|c| c <= d));
    let ratio = match required {
        Some(r) if net > 0.0 => Some(r / net),
        _ => None,
    };

    let mut e = Estimate {
        as_of,
        remaining_m2: remaining,
        hazard_area_m2: now.hazard_area.0,
        window_days: w,
        net_rate_m2_per_day: net,
        release_rate_m2_per_day: release_rate,
        new_contamination_m2_per_day: new_contamination,
        completion_date,
        completion_low,
        completion_high,
        deadline,
        on_track,
        required_rate_m2_per_day: required,
        required_pace_ratio: ratio,
        period_rates,
        statement: String::new(),
        headline: String::new(),
    };
    e.statement = statement(&e);
    e.headline = headline(&e);
    e
}

/// Formats m² with thousands separators.
pub fn thousands(v: f64) -> String {
    let s = format!("{:.0}", v.abs());
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < -0.5 { format!("-{out}") } else { out }
}

/// A unit areas are written in for people: km² and hectares by default, m² on request.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AreaUnit {
    /// Square kilometres, three decimals (to the thousand m²).
    #[default]
    SquareKilometres,
    /// Hectares, two decimals (to the hundred m²).
    Hectares,
    /// Square metres, whole.
    SquareMetres,
}

impl AreaUnit {
    /// The unit's symbol: `km²`, `ha` or `m²`.
    pub fn symbol(self) -> &'static str {
        match self {
            AreaUnit::SquareKilometres => "km²",
            AreaUnit::Hectares => "ha",
            AreaUnit::SquareMetres => "m²",
        }
    }

    /// `m2` in this unit, with thousands separators and the unit's decimals, without the
    /// symbol.
    ///
    /// ```
    /// use clearfield::estimate::AreaUnit;
    /// assert_eq!(AreaUnit::SquareKilometres.format(13_573_032.0), "13.573");
    /// assert_eq!(AreaUnit::Hectares.format(13_573_032.0), "1,357.30");
    /// assert_eq!(AreaUnit::SquareMetres.format(13_573_032.4), "13,573,032");
    /// ```
    pub fn format(self, m2: f64) -> String {
        let (value, decimals) = match self {
            AreaUnit::SquareKilometres => (m2 / 1e6, 3),
            AreaUnit::Hectares => (m2 / 1e4, 2),
            AreaUnit::SquareMetres => (m2, 0),
        };
        let text = format!("{:.*}", decimals, value.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let mut out = String::new();
        if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
            out.push('-');
        }
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if !fraction.is_empty() {
            out.push('.');
            out.push_str(fraction);
        }
        out
    }
}

/// An area as a manager reads it: km² from 1 km² up, else hectares (one decimal), with
/// thousands separators.
///
/// ```
/// use clearfield::estimate::area_words;
/// assert_eq!(area_words(73_412_000.0), "73.4 km²");
/// assert_eq!(area_words(1_234_567_000.0), "1,234.6 km²");
/// assert_eq!(area_words(42_000.0), "4.2 ha");
/// ```
pub fn area_words(m2: f64) -> String {
    area_words_in(m2, Messages::english())
}

/// As [`area_words`], in the language of `msgs`: `73,4 км²` in Russian.
pub fn area_words_in(m2: f64, msgs: &Messages) -> String {
    let (value, unit) = if m2 >= 1e6 {
        (m2 / 1e6, "unit-km2")
    } else {
        (m2 / 1e4, "unit-ha")
    };
    let tenths = (value * 10.0).round();
    let whole = (tenths / 10.0).trunc();
    let number = format!("{}.{}", thousands(whole), (tenths - whole * 10.0) as u8);
    msgs.text(
        "area",
        &[
            ("number", msgs.number(&number).into()),
            ("unit", msgs.text(unit, &[]).into()),
        ],
    )
}

/// A date as a manager reads it: `1 May 2026`.
///
/// ```
/// use clearfield::estimate::date_words;
/// use chrono::NaiveDate;
/// assert_eq!(date_words(NaiveDate::from_ymd_opt(2026, 5, 1).unwrap()), "1 May 2026");
/// ```
pub fn date_words(d: NaiveDate) -> String {
    Messages::english().date(d)
}

/// The completion date as the app and the command line say it: the date, or "none at this
/// pace" (also when it is more than a century away).
pub fn completion_words(e: &Estimate) -> String {
    match e.completion_date {
        Some(d) => d.to_string(),
        None => "none at this pace".to_owned(),
    }
}

/// The 80 % interval as the app and the command line say it.
///
/// ```
/// use clearfield::estimate::{estimate, interval_words};
/// let e = estimate(&[], chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(), 365, None);
/// assert_eq!(interval_words(&e), "2026-01-01 to 2026-01-01");
/// ```
pub fn interval_words(e: &Estimate) -> String {
    match (e.completion_low, e.completion_high) {
        (Some(lo), Some(hi)) => format!("{lo} to {hi}"),
        (Some(lo), None) => format!("from {lo}, with no latest date"),
        _ => "none: no completion at this pace".to_owned(),
    }
}

/// The forecast in one sentence, the first thing a manager reads: the deadline (missed, on
/// track, or not on track and the pace it needs) or the completion, what remains, and what
/// the last window's work did ("new contamination outran releases"). "No data yet" for an
/// empty file.
pub fn headline(e: &Estimate) -> String {
    headline_in(e, Messages::english())
}

/// As [`headline`], in the language of `msgs`, its dates and numbers written for it.
pub fn headline_in(e: &Estimate, msgs: &Messages) -> String {
    if e.hazard_area_m2 <= 0.0 {
        return msgs.text("headline-no-data", &[]);
    }
    if e.remaining_m2 <= 0.0 {
        return msgs.text(
            "headline-all-released",
            &[("date", msgs.date(e.as_of).into())],
        );
    }
    let completion = match e.completion_date {
        Some(c) => msgs.text("completion-ends", &[("date", msgs.date(c).into())]),
        None => msgs.text("completion-never", &[]),
    };
    let per_day = |v: f64| {
        msgs.text(
            "rate-per-day",
            &[("rate", msgs.number(&thousands(v)).into())],
        )
    };
    let mut args: Vec<(&str, Arg)> = vec![
        ("remaining", area_words_in(e.remaining_m2, msgs).into()),
        ("completion", completion.into()),
        ("pace", pace_words(e, msgs).into()),
    ];
    let key = match e.deadline {
        Some(d) => {
            args.push(("deadline", msgs.date(d).into()));
            if d < e.as_of {
                "headline-missed"
            } else if e.on_track == Some(true) {
                "headline-on-track"
            } else {
                let needed = e
                    .required_rate_m2_per_day
                    .map(|r| msgs.text("needed-pace", &[("rate", per_day(r).into())]))
                    .unwrap_or_default();
                args.push(("needed", needed.into()));
                "headline-not-on-track"
            }
        }
        None => "headline-no-deadline",
    };
    msgs.text(key, &args)
}

/// What the last window's work did, for the headline: "over the last 12 months new
/// contamination (…) outran releases (…)".
fn pace_words(e: &Estimate, msgs: &Messages) -> String {
    let window = if e.window_days == 365 {
        msgs.text("window-year", &[])
    } else {
        msgs.text("window-days", &[("days", e.window_days.into())])
    };
    let per_day = |v: f64| {
        msgs.text(
            "rate-per-day",
            &[("rate", msgs.number(&thousands(v)).into())],
        )
    };
    let (released, new) = (e.release_rate_m2_per_day, e.new_contamination_m2_per_day);
    let key = if released <= 0.0 && new <= 0.0 {
        "pace-quiet"
    } else if released <= 0.0 {
        "pace-no-releases"
    } else if new <= 0.0 {
        "pace-no-new"
    } else if new > released {
        "pace-outran"
    } else {
        "pace-outpaced"
    };
    msgs.text(
        key,
        &[
            ("window", window.into()),
            ("released", per_day(released).into()),
            ("new", per_day(new).into()),
        ],
    )
}

/// The forecast in plain words, in English (the estimate's `statement`).
fn statement(e: &Estimate) -> String {
    statement_in(e, Messages::english())
}

/// The forecast in plain words, in the language of `msgs`: what remains and what the
/// window's work did, when clearance ends at this pace (with its 80 % interval), and the
/// Article 4 deadline. In English it is the estimate's `statement`.
pub fn statement_in(e: &Estimate, msgs: &Messages) -> String {
    let number = |v: f64| msgs.number(&thousands(v));
    let mut parts = Vec::new();
    if e.remaining_m2 <= 0.0 {
        parts.push(msgs.text(
            "statement-none-remains",
            &[("date", msgs.day(e.as_of).into())],
        ));
    } else {
        let key = if e.net_rate_m2_per_day < 0.0 {
            "statement-grew"
        } else {
            "statement-fell"
        };
        parts.push(msgs.text(
            key,
            &[
                ("date", msgs.day(e.as_of).into()),
                (
                    "km2",
                    msgs.number(&format!("{:.3}", e.remaining_m2 / 1e6)).into(),
                ),
                ("days", e.window_days.into()),
                ("net", number(e.net_rate_m2_per_day.abs()).into()),
                ("released", number(e.release_rate_m2_per_day).into()),
                ("new", number(e.new_contamination_m2_per_day).into()),
            ],
        ));
        parts.push(match e.completion_date {
            Some(c) => {
                let date = ("date", msgs.day(c).into());
                match (e.completion_low, e.completion_high) {
                    (Some(lo), Some(hi)) => msgs.text(
                        "statement-complete",
                        &[
                            date,
                            ("low", msgs.day(lo).into()),
                            ("high", msgs.day(hi).into()),
                        ],
                    ),
                    (Some(lo), None) => msgs.text(
                        "statement-complete-no-latest",
                        &[date, ("low", msgs.day(lo).into())],
                    ),
                    _ => msgs.text("statement-complete-no-interval", &[date]),
                }
            }
            None if e.net_rate_m2_per_day > 0.0 => msgs.text("statement-century", &[]),
            None => msgs.text("statement-never", &[]),
        });
    }
    if let Some(d) = e.deadline {
        let date = ("date", msgs.day(d).into());
        parts.push(match (e.on_track, e.required_rate_m2_per_day) {
            (Some(true), _) => msgs.text("statement-on-track", &[date]),
            (_, Some(req)) => match e.required_pace_ratio {
                Some(r) => msgs.text(
                    "statement-needs-ratio",
                    &[
                        date,
                        ("rate", number(req).into()),
                        ("ratio", msgs.number(&format!("{r:.2}")).into()),
                    ],
                ),
                None => msgs.text("statement-needs", &[date, ("rate", number(req).into())]),
            },
            _ => msgs.text("statement-passed", &[date]),
        });
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Area;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn step(date: &str, hazard: f64, remaining: f64) -> (NaiveDate, Step) {
        (
            d(date),
            Step {
                hazard_area: Area(hazard),
                remaining: Area(remaining),
            },
        )
    }

    /// 100 km² recorded in 2025 and none released; by 2026 10 km² more recorded and 15 km²
    /// released. Over the 365 days to 2026-06-01: releases 15e6/365 = 41,096 m²/day, new
    /// contamination 10e6/365 = 27,397 m²/day, net 5e6/365 = 13,699 m²/day, so the 95 km²
    /// left take 95e6 / (5e6/365) = 6,935 days.
    fn programme() -> Vec<(NaiveDate, Step)> {
        vec![
            step("2025-01-01", 100e6, 100e6),
            step("2026-01-01", 110e6, 95e6),
        ]
    }

    #[test]
    fn the_headline_says_a_missed_deadline_and_what_the_year_did() {
        let e = estimate(&programme(), d("2026-06-01"), 365, Some(d("2026-05-01")));
        assert_eq!(
            e.headline,
            "Deadline 1 May 2026 missed: 95.0 km² remain; over the last 12 months releases \
             (41,096 m²/day) outpaced new contamination (27,397 m²/day)."
        );
    }

    #[test]
    fn the_headline_says_not_on_track_with_the_pace_needed() {
        // 95e6 m² in the 214 days to 2027-01-01: 443,925 m²/day.
        let e = estimate(&programme(), d("2026-06-01"), 365, Some(d("2027-01-01")));
        let ends = d("2026-06-01") + Days::new(6935);
        assert_eq!(
            e.headline,
            format!(
                "Not on track for the deadline 1 January 2027: 95.0 km² remain, at this pace \
                 clearance ends on {}, and meeting it needs 443,925 m²/day; over the last 12 \
                 months releases (41,096 m²/day) outpaced new contamination (27,397 m²/day).",
                date_words(ends)
            )
        );
    }

    #[test]
    fn the_headline_of_an_empty_file_or_a_quiet_year() {
        let e = estimate(&[], d("2026-06-01"), 365, None);
        assert!(e.headline.starts_with("No data yet"), "{}", e.headline);
        let quiet = vec![step("2020-01-01", 4e4, 4e4)];
        let e = estimate(&quiet, d("2026-06-01"), 365, None);
        assert_eq!(
            e.headline,
            "4.0 ha remain; at this pace clearance does not end; no releases and no new \
             contamination were recorded over the last 12 months."
        );
        // The same words in the app and the command line (issue #17).
        assert_eq!(completion_words(&e), "none at this pace");
        assert_eq!(interval_words(&e), "none: no completion at this pace");
        // 0.5 km² released and nothing new: 500,000 / 365 = 1,370 m²/day.
        let released = vec![step("2025-01-01", 1e6, 1e6), step("2026-01-01", 1e6, 0.5e6)];
        let e = estimate(&released, d("2026-06-01"), 365, None);
        assert!(
            e.headline.ends_with(
                "over the last 12 months releases came at 1,370 m²/day and no new \
                 contamination was recorded."
            ),
            "{}",
            e.headline
        );
        let outran = vec![step("2025-01-01", 1e6, 1e6), step("2026-01-01", 2e6, 1.5e6)];
        let e = estimate(&outran, d("2026-06-01"), 365, None);
        assert!(
            e.headline.ends_with(
                "over the last 12 months new contamination (2,740 m²/day) outran releases \
                 (1,370 m²/day)."
            ),
            "{}",
            e.headline
        );
    }

    #[test]
    fn thousands_groups_digits() {
        assert_eq!(thousands(1234567.4), "1,234,567");
        assert_eq!(thousands(999.6), "1,000");
        assert_eq!(thousands(-2500.0), "-2,500");
        assert_eq!(thousands(0.2), "0");
    }

    #[test]
    fn t_quantiles_match_the_table() {
        assert_eq!(t90(1), 3.078);
        assert_eq!(t90(11), 1.363);
        assert_eq!(t90(200), 1.2816);
    }

    #[test]
    fn value_at_is_a_step_function() {
        let s = vec![
            step("2020-01-01", 10.0, 10.0),
            step("2021-01-01", 10.0, 4.0),
        ];
        assert_eq!(value_at(&s, d("2019-12-31")).remaining.0, 0.0);
        assert_eq!(value_at(&s, d("2020-06-01")).remaining.0, 10.0);
        assert_eq!(value_at(&s, d("2021-01-01")).remaining.0, 4.0);
    }

    #[test]
    fn step_line_is_level_runs_and_straight_changes() {
        // One hazard area of 5,000 m² recorded on 2024-03-01, nothing released: up from zero
        // on that day, then level to the chart's date. Not a slope from (2024-03-01, 0).
        let one = vec![step("2024-03-01", 5000.0, 5000.0)];
        assert_eq!(
            step_line(&one, d("2026-11-27")),
            [
                (d("2024-03-01"), 0.0),
                (d("2024-03-01"), 5000.0),
                (d("2026-11-27"), 5000.0)
            ]
        );
        // On the day itself: only the rise.
        assert_eq!(
            step_line(&one, d("2024-03-01")),
            [(d("2024-03-01"), 0.0), (d("2024-03-01"), 5000.0)]
        );
        // Before it, and with no series: nothing to draw.
        assert!(step_line(&one, d("2024-02-29")).is_empty());
        assert!(step_line(&[], d("2026-11-27")).is_empty());
        // A release of 2,000 m² on 2025-01-10, a date where only the hazard area changed
        // (a release before a new hazard area), and a date after the chart's date.
        let s = vec![
            step("2024-03-01", 5000.0, 5000.0),
            step("2025-01-10", 5000.0, 3000.0),
            step("2025-06-01", 5000.0, 3000.0),
            step("2027-01-01", 9000.0, 7000.0),
        ];
        assert_eq!(
            step_line(&s, d("2026-11-27")),
            [
                (d("2024-03-01"), 0.0),
                (d("2024-03-01"), 5000.0),
                (d("2025-01-10"), 5000.0),
                (d("2025-01-10"), 3000.0),
                (d("2026-11-27"), 3000.0)
            ]
        );
    }
}
