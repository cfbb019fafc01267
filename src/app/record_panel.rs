//! The selected record's panel beside the map: every field, its area or position, and what
//! can be done with it (zoom to it, edit it, delete it). The selection itself is the app's
//! (the figures keep it current when the file changes); this module selects, and applies the
//! panel's commands through the library.

use uuid::Uuid;

use super::{File, MapView, UiCommand};
use crate::estimate::thousands;
use crate::model::Record;
use crate::store::undo::Change;

/// What the map (a click) and the record panel ask for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Select a record (or nothing).
    Select(Option<Uuid>),
    /// Centre the map on the selected record.
    ZoomTo,
    /// Edit the selected record.
    Edit,
    /// Delete the selected record.
    Delete,
}

impl From<Command> for UiCommand {
    fn from(command: Command) -> Self {
        UiCommand::Record(command)
    }
}

/// What the app does after a record panel's command.
#[derive(Debug)]
pub enum Outcome {
    /// Nothing more.
    Nothing,
    /// Open the editor on this record, as stored now.
    Edit(Box<Record>),
    /// The record was deleted, as shown, and the selection cleared: the change (before,
    /// nothing after), for the history, the map and the figures.
    Deleted(Box<Change>),
    /// Why the command could not be done, for the app's message line.
    Failed(String),
}

/// The selection the panel shows: the record's id and the record as stored (`None` while
/// it is being read, or when it is gone).
pub struct Selection<'a> {
    /// The selected record's id.
    pub id: &'a mut Option<Uuid>,
    /// The selected record as stored.
    pub record: &'a mut Option<Record>,
}

/// Applies `command` to the selection, reading and writing `file`; zooms `map`.
pub fn apply(
    command: Command,
    selection: Selection<'_>,
    file: File<'_>,
    map: &mut MapView,
) -> Outcome {
    match command {
        Command::Select(id) => {
            *selection.id = id;
            *selection.record = None;
            if let (Some(store), Some(id)) = (file.store, id) {
                match store.get(id) {
                    Ok(record) => *selection.record = record,
                    Err(e) => return Outcome::Failed(e.to_string()),
                }
            }
        }
        Command::ZoomTo => {
            if let Some(id) = *selection.id {
                map.zoom_to(id);
            }
        }
        Command::Edit => {
            let (Some(store), Some(id)) = (file.store, *selection.id) else {
                return Outcome::Nothing;
            };
            return match store.get(id) {
                Ok(Some(record)) => Outcome::Edit(Box::new(record)),
                Ok(None) => Outcome::Failed(format!("no record with id {id}")),
                Err(e) => Outcome::Failed(e.to_string()),
            };
        }
        Command::Delete => return delete(selection, file),
    }
    Outcome::Nothing
}

/// Deletes the selected record, as shown (Undo brings it back).
fn delete(selection: Selection<'_>, file: File<'_>) -> Outcome {
    if let Some(why) = file.held {
        return Outcome::Failed(why);
    }
    let (Some(store), Some(id)) = (file.store, *selection.id) else {
        return Outcome::Nothing;
    };
    // The version shown is the one deleted (and the one Undo brings back): if a merge
    // changed it meanwhile, nothing is deleted.
    let shown = selection.record.clone();
    match store.restore_state(id, shown.as_ref(), None, file.actor) {
        Ok(()) => {
            *selection.id = None;
            *selection.record = None;
            Outcome::Deleted(Box::new(Change {
                id,
                before: shown,
                after: None,
            }))
        }
        Err(e) => Outcome::Failed(e.to_string()),
    }
}

/// The selected record: every field, its area, its survey and evidence points (`points`),
/// and what can be done with it.
pub fn ui(ui: &mut egui::Ui, record: &Record, points: &[Record], commands: &mut Vec<UiCommand>) {
    ui.heading(format!(
        "{} {}",
        capitalised(record.kind().label()),
        super::editor::short(record.uuid())
    ));
    ui.label(record.uuid().to_string());
    let fields = record.fields();
    egui::Grid::new("selected-fields")
        .num_columns(2)
        .striped(true)
        .show(ui, |ui| {
            for name in record.kind().fields() {
                ui.label(*name);
                ui.label(fields.get(*name).map_or("", String::as_str));
                ui.end_row();
            }
        });
    let area = match record {
        Record::Hazard(h) => Some(crate::geom::geodesic_area(&h.geometry)),
        Record::Release(r) => Some(crate::geom::geodesic_area(&r.geometry)),
        Record::Find(_) | Record::Survey(_) | Record::Evidence(_) => None,
    };
    if let Some(a) = area {
        ui.label(format!(
            "Area {} m² ({:.4} ha)",
            thousands(a.m2()),
            a.hectares()
        ));
    }
    if let geo_types::Geometry::Point(p) = record.geometry() {
        ui.label(format!(
            "lon {:.6}, lat {:.6}; MGRS {}",
            p.x(),
            p.y(),
            crate::io::coords::mgrs_text(p.x(), p.y()).unwrap_or_default()
        ));
    }
    if !points.is_empty() {
        ui.separator();
        ui.label(egui::RichText::new("Survey and evidence points").strong());
        for p in points {
            let text = match p {
                Record::Survey(s) => match (s.bearing_deg, s.distance_m) {
                    (Some(b), Some(d)) => format!(
                        "{} {} · leg {b}° {} {d} m",
                        s.sequence,
                        s.point_type,
                        s.bearing_ref.map_or("", |r| r.as_str())
                    ),
                    _ => format!("{} {}", s.sequence, s.point_type),
                },
                Record::Evidence(e) => format!("{} {}", e.evidence_type, e.recorded_on),
                other => other.kind().label().to_owned(),
            };
            if ui.link(text).clicked() {
                commands.push(Command::Select(Some(p.uuid())).into());
            }
        }
    }
    let id = record.uuid().to_string();
    let next = points
        .iter()
        .filter_map(|p| match p {
            Record::Survey(s) => Some(s.sequence + 1),
            _ => None,
        })
        .max()
        .unwrap_or(0);
    let survey = super::editor::Command::StartWith(
        crate::model::RecordKind::SurveyPoint,
        vec![
            ("belongs_to".to_owned(), id.clone()),
            ("sequence".to_owned(), next.to_string()),
            (
                "point_type".to_owned(),
                if next == 0 { "benchmark" } else { "turning" }.to_owned(),
            ),
        ],
    );
    let evidence = super::editor::Command::StartWith(
        crate::model::RecordKind::EvidencePoint,
        vec![("hazard_id".to_owned(), id)],
    );
    match record {
        Record::Hazard(_) => {
            ui.horizontal(|ui| {
                if ui.button("Add survey point").clicked() {
                    commands.push(survey.into());
                }
                if ui.button("Add evidence point").clicked() {
                    commands.push(evidence.into());
                }
            });
        }
        Record::Release(_) if ui.button("Add survey point").clicked() => {
            commands.push(survey.into());
        }
        _ => {}
    }
    ui.horizontal(|ui| {
        for (label, command) in [
            ("Zoom to", Command::ZoomTo),
            ("Edit", Command::Edit),
            ("Delete", Command::Delete),
            ("Close", Command::Select(None)),
        ] {
            if ui.button(label).clicked() {
                commands.push(command.into());
            }
        }
    });
}

/// `text` with its first letter in capitals.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
