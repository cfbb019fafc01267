//! The dashboard's burn-down chart.

use chrono::{Datelike, NaiveDate};
use egui::Color32;
use egui_plot::{Corner, Legend, Line, LineStyle, Plot, PlotPoints, VLine};

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
    Plot::new("burn-down")
        .height(190.0)
        // Room above the curve for the legend.
        .include_y(peak * 1.7)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .y_axis_label("remaining, km²")
        .x_axis_label("year")
        .legend(Legend::default().position(Corner::RightTop))
        .x_axis_formatter(|mark, _| {
            NaiveDate::from_num_days_from_ce_opt(mark.value as i32)
                .map_or(String::new(), |d| d.year().to_string())
        })
        .show(ui, |plot| {
            plot.line(
                Line::new("remaining area", PlotPoints::from(points))
                    .color(Color32::from_rgb(255, 0, 0))
                    // The corners as a line: by default egui_plot merges points that share
                    // a pixel column into a filled band, which draws a step (two points at
                    // one date) as a filled wedge to the next date.
                    .allow_band(false),
            );
            if let Some(done) = e.completion_date {
                plot.line(
                    Line::new(
                        "projection at the present pace",
                        PlotPoints::from(vec![[x(e.as_of), now], [x(done), 0.0]]),
                    )
                    .style(LineStyle::dashed_loose())
                    .color(Color32::GRAY),
                );
            }
            plot.vline(
                VLine::new(format!("today ({})", e.as_of), x(e.as_of))
                    .color(Color32::from_gray(150))
                    .style(LineStyle::dotted_loose()),
            );
            if let Some(deadline) = e.deadline {
                plot.vline(
                    VLine::new(format!("Article 4 deadline ({deadline})"), x(deadline))
                        .color(Color32::from_rgb(176, 0, 0)),
                );
            }
        });
}
