//! Completion estimates for histories whose answer is known by hand.

use chrono::{Days, NaiveDate};
use clearfield::estimate::{Estimate, estimate};
use clearfield::geom::engine::Step;
use clearfield::model::Area;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A series with one step a day from `from` for `days` days: hazard area and released area
/// given by functions of the day number.
fn daily(
    from: &str,
    days: u64,
    hazard: impl Fn(u64) -> f64,
    released: impl Fn(u64) -> f64,
) -> Vec<(NaiveDate, Step)> {
    (0..=days)
        .map(|i| {
            let (h, r) = (hazard(i), released(i));
            (
                d(from) + Days::new(i),
                Step {
                    hazard_area: Area(h),
                    remaining: Area(h - r),
                },
            )
        })
        .collect()
}

fn close(what: &str, got: f64, want: f64) {
    assert!(
        (got - want).abs() <= 1e-6 * want.abs().max(1.0),
        "{what}: {got}, want {want}"
    );
}

#[test]
fn steady_pace() {
    // 1,095,000 m² recorded on 2020-01-01, 1,000 m² cleared every day for two years.
    let s = daily("2020-01-01", 730, |_| 1_095_000.0, |i| 1000.0 * i as f64);
    let as_of = d("2020-01-01") + Days::new(730); // 2021-12-31
    let e = estimate(&s, as_of, 365, Some(d("2023-01-01")));
    close("remaining", e.remaining_m2, 365_000.0);
    close("net", e.net_rate_m2_per_day, 1000.0);
    close("release rate", e.release_rate_m2_per_day, 1000.0);
    close("new contamination", e.new_contamination_m2_per_day, 0.0);
    // 365,000 m² at 1,000 m²/day: 365 days.
    assert_eq!(e.completion_date, Some(d("2022-12-31")));
    // Every month at the same pace: no spread, the interval is the date itself.
    assert_eq!(
        (e.completion_low, e.completion_high),
        (e.completion_date, e.completion_date)
    );
    assert_eq!(e.period_rates.len(), 12);
    assert_eq!(e.on_track, Some(true));
    // 365,000 m² over the 366 days to 2023-01-01.
    close(
        "required",
        e.required_rate_m2_per_day.unwrap(),
        365_000.0 / 366.0,
    );
    assert!(
        e.statement.contains("complete on 2022-12-31"),
        "{}",
        e.statement
    );
    assert!(
        e.statement.contains("deadline 2023-01-01 is on track"),
        "{}",
        e.statement
    );
}

#[test]
fn no_pace_never_ends() {
    let s = daily(
        "2020-01-01",
        730,
        |_| 500_000.0,
        |i| {
            if i < 100 {
                1000.0 * i as f64
            } else {
                100_000.0
            }
        },
    );
    let e = estimate(&s, d("2021-12-31"), 365, Some(d("2026-05-01")));
    close("net", e.net_rate_m2_per_day, 0.0);
    assert_eq!(
        (e.completion_date, e.completion_low, e.completion_high),
        (None, None, None)
    );
    assert_eq!(e.on_track, Some(false));
    // 400,000 m² over the 1,582 days to the deadline; no multiple of a zero pace.
    close(
        "required",
        e.required_rate_m2_per_day.unwrap(),
        400_000.0 / 1582.0,
    );
    assert_eq!(e.required_pace_ratio, None);
    assert!(
        e.statement.contains("clearance never ends"),
        "{}",
        e.statement
    );
}

#[test]
fn a_pause_widens_the_interval() {
    // 1,000 m²/day until 2021-07-04, then nothing: in the window ending 2021-12-31, 185 days
    // of work and 180 of pause.
    let pause_from = 550;
    let s = daily(
        "2020-01-01",
        730,
        |_| 1_000_000.0,
        |i| 1000.0 * i.min(pause_from) as f64,
    );
    let as_of = d("2021-12-31");
    let e = estimate(&s, as_of, 365, None);
    let net = 185_000.0 / 365.0;
    close("net", e.net_rate_m2_per_day, net);
    let remaining = 1_000_000.0 - 550_000.0;
    close("remaining", e.remaining_m2, remaining);
    let days = (remaining / net).ceil() as u64; // 888 days
    assert_eq!(e.completion_date, Some(as_of + Days::new(days)));
    // The interval, computed here from the definition and the history itself: the window
    // (days 365 to 730 of the series) cut into 12 periods on whole days, each period's rate
    // the fall of remaining area over it.
    let remaining_on = |day: u64| 1_000_000.0 - 1000.0 * day.min(pause_from) as f64;
    let bounds: Vec<u64> = (0..=12u64).map(|k| 365 + 365 * k / 12).collect();
    let rates: Vec<f64> = bounds
        .windows(2)
        .map(|b| (remaining_on(b[0]) - remaining_on(b[1])) / (b[1] - b[0]) as f64)
        .collect();
    assert_eq!(e.period_rates, rates);
    let k = rates.len() as f64;
    let mean = rates.iter().sum::<f64>() / k;
    let sd = (rates.iter().map(|r| (r - mean).powi(2)).sum::<f64>() / (k - 1.0)).sqrt();
    let half = 1.363 * sd / k.sqrt(); // t(0.90, 11 df)
    assert_eq!(
        e.completion_low,
        Some(as_of + Days::new((remaining / (net + half)).ceil() as u64))
    );
    assert_eq!(
        e.completion_high,
        Some(as_of + Days::new((remaining / (net - half)).ceil() as u64))
    );
    assert!(e.completion_low < e.completion_date && e.completion_date < e.completion_high);
    // Six of the twelve periods are all work, five all pause, one mixed.
    assert_eq!(
        e.period_rates.iter().filter(|r| **r == 0.0).count(),
        5,
        "{:?}",
        e.period_rates
    );
    assert_eq!(e.deadline, None);
    assert_eq!(e.on_track, None);
}

#[test]
fn a_burst_of_new_contamination_stops_the_clock() {
    // Steady clearance of 1,000 m²/day, and 500,000 m² of new hazard area recorded mid-window.
    let s = daily(
        "2020-01-01",
        730,
        |i| if i >= 600 { 1_595_000.0 } else { 1_095_000.0 },
        |i| 1000.0 * i as f64,
    );
    let e = estimate(&s, d("2021-12-31"), 365, Some(d("2026-05-01")));
    close("release rate", e.release_rate_m2_per_day, 1000.0);
    close(
        "new contamination",
        e.new_contamination_m2_per_day,
        500_000.0 / 365.0,
    );
    close("net", e.net_rate_m2_per_day, 1000.0 - 500_000.0 / 365.0);
    assert!(e.net_rate_m2_per_day < 0.0);
    assert_eq!(e.completion_date, None);
    assert_eq!(e.on_track, Some(false));
    assert!(
        e.statement
            .contains("new contamination is recorded as fast as land is released"),
        "{}",
        e.statement
    );
}

/// Lebanon's published figures: about 7.29 km² remaining at the end of 2020 and 5.23 km² at
/// the end of 2022; Article 4 deadline 1 May 2026.
fn lebanon(window: u32) -> Estimate {
    let s = daily(
        "2020-12-31",
        730,
        |_| 10_000_000.0,
        |i| 2_710_000.0 + 2_060_000.0 * i as f64 / 730.0,
    );
    estimate(&s, d("2022-12-31"), window, Some(d("2026-05-01")))
}

#[test]
fn lebanon_is_not_on_track() {
    let e = lebanon(365);
    close("remaining", e.remaining_m2, 5_230_000.0);
    // Over 2022 the remaining area fell by 1.03 km²: 2,821.9 m² per day.
    close("net", e.net_rate_m2_per_day, 1_030_000.0 / 365.0);
    // 5.23 km² at that pace: 1,853.4 days, so 1,854 days after 2022-12-31.
    assert_eq!(e.completion_date, Some(d("2028-01-28")));
    assert_eq!(e.on_track, Some(false));
    // 1,217 days from 2022-12-31 to 2026-05-01: 4,297.5 m² per day, 1.52 times the pace.
    close(
        "required",
        e.required_rate_m2_per_day.unwrap(),
        5_230_000.0 / 1217.0,
    );
    close(
        "ratio",
        e.required_pace_ratio.unwrap(),
        (5_230_000.0 / 1217.0) / (1_030_000.0 / 365.0),
    );
    assert!(
        e.statement
            .contains("will not be met at this pace: it needs 4,297 m² per day, 1.52 times"),
        "{}",
        e.statement
    );
    // Two-year window: the same steady pace, the same answer.
    let e2 = lebanon(730);
    assert_eq!(e2.completion_date, Some(d("2028-01-28")));
}
