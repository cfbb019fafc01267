//! Recording a new hazard area, land release or find: vertices clicked on the map or typed
//! coordinates, and a form for every field. Values are checked by the same library function
//! as the command line; problems show beside the form and nothing is saved until they are
//! put right.

use std::collections::BTreeMap;

use egui::{Color32, RichText};

use super::UiCommand;
use crate::geom;
use crate::model::{self, OrdnanceType, Record, RecordInput, RecordKind};

/// A record being drawn and filled in.
pub struct Editor {
    /// What is being recorded.
    pub kind: RecordKind,
    /// Vertices clicked on the map so far (lon/lat).
    pub vertices: Vec<[f64; 2]>,
    /// The geometry as text: WKT, or a point as lon,lat / UTM / MGRS / DMS. Filled from the
    /// clicked vertices, and editable.
    pub geometry: String,
    /// Field values as typed.
    pub fields: BTreeMap<String, String>,
    /// Why the last save was refused.
    pub problems: Vec<String>,
}

impl Editor {
    /// A new record of `kind`, with sensible defaults (dates today).
    pub fn new(kind: RecordKind, today: chrono::NaiveDate) -> Self {
        let mut fields = BTreeMap::new();
        let today = today.to_string();
        match kind {
            RecordKind::HazardArea => {
                fields.insert("classification".to_owned(), "SHA".to_owned());
                fields.insert("surveyed_on".to_owned(), today);
            }
            RecordKind::LandRelease => {
                fields.insert("method".to_owned(), "cleared".to_owned());
                fields.insert("completed_on".to_owned(), today);
            }
            RecordKind::OrdnanceFind => {
                fields.insert("found_on".to_owned(), today);
                fields.insert("quantity".to_owned(), "1".to_owned());
            }
        }
        Editor {
            kind,
            vertices: Vec::new(),
            geometry: String::new(),
            fields,
            problems: Vec::new(),
        }
    }

    /// Adds a clicked point: a vertex of the boundary, or the find's location.
    pub fn add_vertex(&mut self, lon: f64, lat: f64) {
        if self.kind == RecordKind::OrdnanceFind {
            self.vertices = vec![[lon, lat]];
        } else {
            self.vertices.push([lon, lat]);
        }
        self.geometry = self.geometry_from_vertices();
    }

    /// Removes the last clicked vertex.
    pub fn undo_vertex(&mut self) {
        self.vertices.pop();
        self.geometry = self.geometry_from_vertices();
    }

    fn geometry_from_vertices(&self) -> String {
        match (self.kind, self.vertices.as_slice()) {
            (_, []) => String::new(),
            (RecordKind::OrdnanceFind, [p, ..]) => format!("{},{}", p[0], p[1]),
            (_, vs) => {
                let mut ring: Vec<String> =
                    vs.iter().map(|p| format!("{} {}", p[0], p[1])).collect();
                ring.push(format!("{} {}", vs[0][0], vs[0][1]));
                format!("POLYGON(({}))", ring.join(","))
            }
        }
    }

    /// The record the form describes, or every problem with it.
    pub fn build(&self, types: &[OrdnanceType]) -> Result<Record, Vec<String>> {
        let geometry = match crate::io::wkt::parse(&self.geometry) {
            Ok(g) => Some(g),
            Err(_) if self.geometry.trim().is_empty() => None,
            Err(e) => return Err(vec![format!("geometry {e}")]),
        };
        let fields: model::Fields = self
            .fields
            .iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        model::build(
            self.kind,
            RecordInput {
                id: None,
                geometry,
                fields,
                extra: model::Extra::new(),
            },
            types,
        )
        .map_err(|invalid| invalid.errors.iter().map(ToString::to_string).collect())
    }

    /// The form; emits `SaveRecord` or `CancelEdit`.
    pub fn ui(&mut self, ui: &mut egui::Ui, types: &[OrdnanceType], commands: &mut Vec<UiCommand>) {
        ui.heading(format!("New {}", self.kind.label()));
        ui.label(match self.kind {
            RecordKind::OrdnanceFind => {
                "Click the map where it was found, or type the position below."
            }
            _ => "Click the map to add vertices, or type the boundary below.",
        });
        let label = ui.label("Geometry");
        ui.add(
            egui::TextEdit::multiline(&mut self.geometry)
                .desired_rows(2)
                .hint_text("WKT, lon,lat, UTM, MGRS or DMS"),
        )
        .labelled_by(label.id);
        if !self.vertices.is_empty() && ui.button("Remove last vertex").clicked() {
            self.undo_vertex();
        }
        egui::Grid::new("fields").num_columns(2).show(ui, |ui| {
            for name in self.kind.fields() {
                let label = ui.label(*name);
                let value = self.fields.entry((*name).to_owned()).or_default();
                if *name == "ordnance_type" {
                    egui::ComboBox::from_id_salt("ordnance_type")
                        .selected_text(if value.is_empty() {
                            "choose…"
                        } else {
                            value.as_str()
                        })
                        .show_ui(ui, |ui| {
                            for t in types {
                                ui.selectable_value(
                                    value,
                                    t.code.clone(),
                                    format!("{} ({})", t.code, t.category),
                                );
                            }
                        })
                        .response
                        .labelled_by(label.id);
                } else {
                    ui.add(egui::TextEdit::singleline(value).hint_text(hint(name)))
                        .labelled_by(label.id);
                }
                ui.end_row();
            }
        });
        if let Some(area) = h_area(&self.build(types)) {
            ui.label(format!(
                "Area {} m² ({:.4} ha)",
                crate::estimate::thousands(area),
                area / 1e4
            ));
        }
        for p in &self.problems {
            ui.label(RichText::new(p).color(Color32::from_rgb(200, 0, 0)));
        }
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                commands.push(UiCommand::SaveRecord);
            }
            if ui.button("Cancel").clicked() {
                commands.push(UiCommand::CancelEdit);
            }
        });
    }
}

/// The area of a valid boundary, m².
fn h_area(built: &Result<Record, Vec<String>>) -> Option<f64> {
    match built {
        Ok(Record::Hazard(h)) => Some(geom::geodesic_area(&h.geometry).m2()),
        Ok(Record::Release(r)) => Some(geom::geodesic_area(&r.geometry).m2()),
        _ => None,
    }
}

fn hint(field: &str) -> &'static str {
    match field {
        "classification" => "SHA or CHA",
        "contamination" => "cmr, uxo, ap_mines, at_mines, ied, mixed",
        "status" => "active, in_progress, closed",
        "method" => "cancelled, reduced, cleared",
        "surveyed_on" | "started_on" | "completed_on" | "found_on" => "YYYY-MM-DD",
        "depth_cm" => "centimetres",
        "hazard_id" => "UUID of the hazard area",
        "category" => "from the type list when empty",
        "condition" => "intact, damaged, unknown",
        "disposal" => "destroyed_in_situ, removed_and_destroyed, removed_to_storage, pending",
        _ => "",
    }
}
