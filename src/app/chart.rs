//! The dashboard's burn-down chart.

use chrono::{Datelike, NaiveDate};
use egui::Color32;
use egui_plot::{Corner, GridInput, GridMark, Legend, Line, LineStyle, Plot, PlotPoints, VLine};

use super::Dashboard;

/// Remaining area over time (km²) up to the dashboard's date, the projection at the current
/// pace, and the deadline. Remaining area is a step function (it keeps its value until the
/// next date it changes), drawn as steps ([`crate::estimate::step_line`]) and carried on to
/// the dashboard's date. A legend names the lines; the x axis is dated by year, and today
/// and the deadline are marked. Nothing is drawn when no hazard area is recorded by then.
pub(super) fn burn_down(ui: &mut egui::Ui, d: &Dashboard) {
    let steps = crate::estimate::step_line(&d.series, d.status.as_of);
    let Some(&(_, now)) = steps.last() else {
        return;
    };
    let now = now / 1e6;
    let x = |day: NaiveDate| f64::from(day.num_days_from_ce());
    let points: Vec<[f64; 2]> = steps.iter().map(|(day, m2)| [x(*day), m2 / 1e6]).collect();
    let e = &d.estimate;
    let peak = points.iter().map(|p| p[1]).fold(0.0, f64::max);
    let m = super::lang::messages(ui.ctx());
    Plot::new("burn-down")
        .height(190.0)
        // Room above the curve for the legend.
        .include_y(peak * 1.7)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .y_axis_label(m.text("app-chart-remaining-km2", &[]))
        .x_axis_label(m.text("app-chart-year", &[]))
        .legend(Legend::default().position(Corner::RightTop))
        .x_grid_spacer(year_marks)
        .x_axis_formatter(|mark, _| {
            NaiveDate::from_num_days_from_ce_opt(mark.value as i32)
                .map_or(String::new(), |d| d.year().to_string())
        })
        .show(ui, |plot| {
            plot.line(
                Line::new(m.text("app-chart-remaining", &[]), PlotPoints::from(points))
                    .color(Color32::from_rgb(255, 0, 0))
                    // The corners as a line: by default egui_plot merges points that share
                    // a pixel column into a filled band, which draws a step (two points at
                    // one date) as a filled wedge to the next date.
                    .allow_band(false),
            );
            if let Some(done) = e.completion_date {
                plot.line(
                    Line::new(
                        m.text("app-chart-projection", &[]),
                        PlotPoints::from(vec![[x(e.as_of), now], [x(done), 0.0]]),
                    )
                    .style(LineStyle::dashed_loose())
                    .color(Color32::GRAY),
                );
            }
            plot.vline(
                VLine::new(
                    m.text("app-chart-today", &[("date", m.date(e.as_of).into())]),
                    x(e.as_of),
                )
                .color(Color32::from_gray(150))
                .style(LineStyle::dotted_loose()),
            );
            if let Some(deadline) = e.deadline {
                plot.vline(
                    VLine::new(
                        m.text("app-chart-deadline", &[("date", m.date(deadline).into())]),
                        x(deadline),
                    )
                    .color(Color32::from_rgb(176, 0, 0)),
                );
            }
        });
}

/// The x axis's marks: the first of January of each year in view, every `step` years
/// (1, 2, 5, 10 … so that four or five are labelled, far enough apart to be read) drawn
/// stronger than the years between.
fn year_marks(input: GridInput) -> Vec<GridMark> {
    let (lo, hi) = input.bounds;
    let year_of = |v: f64| NaiveDate::from_num_days_from_ce_opt(v as i32).map(|d| d.year());
    let (Some(first), Some(last)) = (year_of(lo), year_of(hi)) else {
        return Vec::new();
    };
    let span = (last - first).max(1);
    let step = [1, 2, 5, 10, 20, 50]
        .into_iter()
        .find(|s| span / s <= 4)
        .unwrap_or(100);
    (first..=last + 1)
        .filter_map(|y| {
            let value = f64::from(NaiveDate::from_ymd_opt(y, 1, 1)?.num_days_from_ce());
            let step_size = if y % step == 0 {
                365.25 * f64::from(step)
            } else {
                365.25
            };
            // Not at the very edges, where the year would be cut in half.
            let margin = 0.03 * (hi - lo);
            (lo + margin..=hi - margin)
                .contains(&value)
                .then_some(GridMark { value, step_size })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> f64 {
        f64::from(NaiveDate::from_ymd_opt(y, m, d).unwrap().num_days_from_ce())
    }

    #[test]
    fn a_twenty_year_axis_is_marked_each_year_and_labelled_every_five() {
        let marks = year_marks(GridInput {
            bounds: (day(2005, 7, 1), day(2027, 3, 1)),
            base_step_size: 1.0,
        });
        // 1 January 2007 … 2026, each on its date; not 2006 nor 2027, six and two months
        // from the ends (under 3 % of the axis's 7,913 days), where the year would be cut.
        assert_eq!(marks.len(), 20);
        assert_eq!(marks[0].value, day(2007, 1, 1));
        assert_eq!(marks[19].value, day(2026, 1, 1));
        let strong: Vec<f64> = marks
            .iter()
            .filter(|m| m.step_size > 366.0)
            .map(|m| m.value)
            .collect();
        assert_eq!(
            strong,
            [2010, 2015, 2020, 2025].map(|y| day(y, 1, 1)).to_vec()
        );
    }
}
