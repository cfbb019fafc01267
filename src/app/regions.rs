//! The regions and hazard areas panel: the programme by region, as a table and as bars of
//! each region's share of the land still contaminated, and its hazard areas. The headers stay
//! on top while the rows scroll, the numbers are never cut, and a row is a way to its
//! records: a region shows its hazard areas on the map and lists only them, a hazard area is
//! selected and shown.

use egui::{Align, Layout, RichText, Sense};
use egui_extras::{Column, TableBuilder};
use uuid::Uuid;

use super::figures::{TableSort, Tables};
use super::style::Units;
use super::{UiCommand, lang, record_panel};
use crate::geom::engine::RegionFigures;
use crate::i18n::Messages;

/// What the panel asks of the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Open the panel: the tables are computed, and again after each change.
    Open,
    /// Close it.
    Close,
    /// Sort both tables by a column.
    Sort(TableSort),
    /// List only this region's hazard areas and show them on the map (`None`: all regions
    /// again; `Some(None)`: the hazard areas with no region).
    Region(Option<Option<String>>),
}

impl From<Command> for UiCommand {
    fn from(command: Command) -> Self {
        UiCommand::Regions(command)
    }
}

/// The panel's own state.
#[derive(Debug, Default)]
pub struct RegionsPanel {
    /// Whether it is on screen.
    pub open: bool,
    /// The region whose hazard areas are listed (`None`: all).
    pub region: Option<Option<String>>,
}

impl RegionsPanel {
    /// Applies a command to the panel; the hazard areas to show on the map when a region
    /// was chosen.
    pub fn apply(&mut self, command: &Command, tables: Option<&Tables>) -> Option<Vec<Uuid>> {
        match command {
            Command::Open => self.open = true,
            Command::Close => {
                self.open = false;
                self.region = None;
            }
            Command::Sort(_) => {}
            Command::Region(region) => {
                self.region = region.clone();
                let tables = tables?;
                let region = region.as_ref()?;
                return Some(
                    tables
                        .hazards
                        .iter()
                        .filter(|h| &h.region == region)
                        .map(|h| h.id)
                        .collect(),
                );
            }
        }
        None
    }

    /// Draws the panel: the bars, the regions, the hazard areas.
    pub fn ui(
        &self,
        ui: &mut egui::Ui,
        tables: Option<&Tables>,
        selected: Option<Uuid>,
        units: Units,
        commands: &mut Vec<UiCommand>,
    ) {
        let m = lang::messages(ui.ctx());
        ui.horizontal(|ui| {
            ui.heading(m.text("app-regions-open", &[]));
            if ui.button(m.text("app-close", &[])).clicked() {
                commands.push(Command::Close.into());
            }
        });
        let Some(tables) = tables else {
            ui.label(m.text("app-regions-computing", &[]));
            return;
        };
        // A click anywhere on a row is for the row, not to select its text.
        ui.style_mut().interaction.selectable_labels = false;
        ui.label(RichText::new(m.text("app-regions-by-region", &[])).strong());
        share_bars(ui, &tables.regions, units);
        ui.separator();
        let unit = lang::unit_symbol(&m, units.large);
        ui.label(m.text("app-areas-in", &[("unit", unit.into())]));
        self.regions_table(ui, tables, units, commands);
        ui.separator();
        self.hazards_table(ui, tables, selected, units, commands);
    }

    fn regions_table(
        &self,
        ui: &mut egui::Ui,
        tables: &Tables,
        units: Units,
        commands: &mut Vec<UiCommand>,
    ) {
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        let m = lang::messages(ui.ctx());
        TableBuilder::new(ui)
            .id_salt("regions-table")
            .striped(true)
            .sense(Sense::click())
            .cell_layout(Layout::left_to_right(Align::Center))
            .column(Column::remainder().at_least(90.0).clip(true))
            .columns(Column::auto(), 3)
            .max_scroll_height(200.0)
            .header(row_height, |mut header| {
                let sorts = [
                    ("app-col-region", TableSort::Name),
                    ("app-col-area", TableSort::Area),
                    ("app-col-remaining", TableSort::Remaining),
                ];
                sort_header(&mut header, &m, sorts[0], tables.sort, commands);
                header.col(|ui| {
                    ui.strong(m.text("app-layer-hazard_area", &[]));
                });
                sort_header(&mut header, &m, sorts[1], tables.sort, commands);
                sort_header(&mut header, &m, sorts[2], tables.sort, commands);
            })
            .body(|body| {
                body.rows(row_height, tables.regions.len(), |mut row| {
                    let r = &tables.regions[row.index()];
                    row.set_selected(self.region.as_ref() == Some(&r.region));
                    row.col(|ui| {
                        let name = region_name(&m, r);
                        ui.label(&name).on_hover_text(&name);
                    });
                    number(&mut row, m.number(&r.hazard_areas.to_string()));
                    number(
                        &mut row,
                        lang::area_number(&m, units.large, r.hazard_area.0),
                    );
                    number(&mut row, lang::area_number(&m, units.large, r.remaining.0));
                    if row.response().clicked() {
                        let chosen = if self.region.as_ref() == Some(&r.region) {
                            None
                        } else {
                            Some(r.region.clone())
                        };
                        commands.push(Command::Region(chosen).into());
                    }
                });
            });
    }

    fn hazards_table(
        &self,
        ui: &mut egui::Ui,
        tables: &Tables,
        selected: Option<Uuid>,
        units: Units,
        commands: &mut Vec<UiCommand>,
    ) {
        let hazards: Vec<_> = tables
            .hazards
            .iter()
            .filter(|h| self.region.as_ref().is_none_or(|r| &h.region == r))
            .collect();
        let m = lang::messages(ui.ctx());
        ui.horizontal(|ui| {
            let count = ("count", hazards.len().into());
            let title = match &self.region {
                None => m.text("app-regions-hazards", &[count]),
                Some(r) => {
                    let region = r.clone().unwrap_or_else(|| m.text("app-no-region", &[]));
                    m.text(
                        "app-regions-hazards-in",
                        &[("region", region.into()), count],
                    )
                }
            };
            ui.label(RichText::new(title).strong());
            let unit = lang::unit_symbol(&m, units.small);
            ui.label(m.text("app-areas-in", &[("unit", unit.into())]));
            if self.region.is_some() && ui.button(m.text("app-all-regions", &[])).clicked() {
                commands.push(Command::Region(None).into());
            }
        });
        let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
        TableBuilder::new(ui)
            .id_salt("hazards-table")
            .striped(true)
            .sense(Sense::click())
            .cell_layout(Layout::left_to_right(Align::Center))
            .column(Column::remainder().at_least(90.0).clip(true))
            .columns(Column::auto(), 2)
            .max_scroll_height(f32::INFINITY)
            .header(row_height, |mut header| {
                for column in [
                    ("app-col-name", TableSort::Name),
                    ("app-col-area", TableSort::Area),
                    ("app-col-remaining", TableSort::Remaining),
                ] {
                    sort_header(&mut header, &m, column, tables.sort, commands);
                }
            })
            .body(|body| {
                body.rows(row_height, hazards.len(), |mut row| {
                    let h = hazards[row.index()];
                    row.set_selected(selected == Some(h.id));
                    row.col(|ui| {
                        ui.label(&h.name).on_hover_text(&h.name);
                    });
                    number(&mut row, lang::area_number(&m, units.small, h.area.0));
                    number(&mut row, lang::area_number(&m, units.small, h.remaining.0));
                    if row.response().clicked() {
                        commands.push(record_panel::Command::Select(Some(h.id)).into());
                        commands.push(record_panel::Command::ZoomTo.into());
                    }
                });
            });
    }
}

/// A region as the user knows it.
fn region_name(m: &Messages, r: &RegionFigures) -> String {
    (r.region.clone()).unwrap_or_else(|| m.text("app-no-region-row", &[]))
}

/// A column header that sorts by its column when clicked.
fn sort_header(
    header: &mut egui_extras::TableRow<'_, '_>,
    m: &Messages,
    (key, by): (&str, TableSort),
    sort: TableSort,
    commands: &mut Vec<UiCommand>,
) {
    header.col(|ui| {
        let label = m.text(key, &[]);
        let text = if sort == by {
            m.text("app-col-sorted", &[("column", label.into())])
        } else {
            label
        };
        let button =
            egui::Button::new(RichText::new(text).strong()).wrap_mode(egui::TextWrapMode::Extend);
        if ui
            .add(button)
            .on_hover_text(m.text("app-sort-hint", &[]))
            .clicked()
        {
            commands.push(Command::Sort(by).into());
        }
    });
}

/// A number in a cell, right-aligned.
fn number(row: &mut egui_extras::TableRow<'_, '_>, text: String) {
    row.col(|ui| {
        ui.with_layout(Layout::right_to_left(Align::Center), |ui| {
            // Clear of the scroll bar, which floats over the last column.
            ui.add_space(10.0);
            ui.label(text);
        });
    });
}

/// Each region's land still contaminated as a bar, longest first, with its share of the
/// programme's (regions add up to it: each piece of land belongs to one region).
fn share_bars(ui: &mut egui::Ui, regions: &[RegionFigures], units: Units) {
    let m = lang::messages(ui.ctx());
    let total: f64 = regions.iter().map(|r| r.remaining.0).sum();
    if total <= 0.0 {
        ui.label(m.text("app-regions-none-left", &[]));
        return;
    }
    let mut by_remaining: Vec<&RegionFigures> = regions.iter().collect();
    by_remaining.sort_by(|a, b| b.remaining.0.total_cmp(&a.remaining.0));
    let most = by_remaining[0].remaining.0;
    let colour = egui::Color32::from_rgb(220, 60, 50);
    for r in by_remaining {
        let share = r.remaining.0 / total;
        ui.label(m.text(
            "app-region-share",
            &[
                ("region", region_name(&m, r).into()),
                (
                    "area",
                    lang::area_number(&m, units.large, r.remaining.0).into(),
                ),
                ("unit", lang::unit_symbol(&m, units.large).into()),
                ("share", m.number(&format!("{:.1}", 100.0 * share)).into()),
            ],
        ));
        let width = ui.available_width().min(360.0);
        let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 10.0), Sense::hover());
        let filled = egui::Rect::from_min_size(
            rect.min,
            egui::vec2(
                (width * (r.remaining.0 / most) as f32).max(1.0),
                rect.height(),
            ),
        );
        ui.painter()
            .rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
        ui.painter().rect_filled(filled, 2.0, colour);
    }
}
