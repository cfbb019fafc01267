//! Merging a team's file from the app, with progress, and resolving conflicts with the
//! competing versions side by side in a table and outlined on the map.

use std::path::PathBuf;

use egui::{Color32, RichText};
use uuid::Uuid;

use super::UiCommand;
use super::job::Job;
use crate::store::Store;
use crate::store::merge::{Conflict, MergeSummary};

/// Colours of the competing versions on the map and in the table: this file's, then the others.
pub const VERSION_COLOURS: [Color32; 4] = [
    Color32::from_rgb(0, 90, 220),
    Color32::from_rgb(200, 0, 160),
    Color32::from_rgb(0, 150, 120),
    Color32::from_rgb(150, 90, 0),
];

/// A merge running on its own thread (the window stays responsive).
pub struct MergeJob(Job<Result<MergeSummary, String>>);

impl MergeJob {
    /// Starts merging `other` into the file at `db` on a second connection.
    pub fn start(db: PathBuf, other: PathBuf, actor: String, dry_run: bool) -> MergeJob {
        MergeJob(Job::start("merge", move |progress| {
            let (mut store, _) = Store::open(&db).map_err(|e| e.to_string())?;
            store
                .merge(&other, &actor, dry_run, &mut |n, of| {
                    progress.set(n as u64, of as u64)
                })
                .map_err(|e| e.to_string())
        }))
    }

    /// Share of records done, 0 to 1.
    pub fn progress(&self) -> f32 {
        self.0.progress()
    }

    /// Whether it has finished.
    pub fn finished(&self) -> bool {
        self.0.finished()
    }

    /// Its outcome (waits if it has not finished).
    pub fn outcome(self) -> Result<MergeSummary, String> {
        self.0
            .result()
            .unwrap_or_else(|| Err("the merge stopped unexpectedly".to_owned()))
    }
}

/// The merge panel's memory.
#[derive(Default)]
pub struct MergePanel {
    /// Path of the file to merge, as typed.
    pub path: String,
    /// The running merge.
    pub job: Option<MergeJob>,
    /// What the last merge said.
    pub outcome: Option<Result<MergeSummary, String>>,
}

impl MergePanel {
    /// The panel; emits `StartMerge`.
    pub fn ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<UiCommand>) {
        ui.heading("Merge a team's file");
        ui.label(
            "Every record and every version of the other file comes into this one, matched by id.",
        );
        let label = ui.label("File to merge");
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(&mut self.path).hint_text("/media/usb/team-a.gpkg"))
                .labelled_by(label.id);
            if ui.button("Choose…").clicked() {
                commands.push(UiCommand::Browse(super::dialogs::Request {
                    field: super::dialogs::Field::Merge,
                    save: false,
                    filter: super::dialogs::GEOPACKAGE,
                }));
            }
        });
        match &self.job {
            Some(job) => {
                ui.add(egui::ProgressBar::new(job.progress()).show_percentage());
                ui.ctx().request_repaint();
            }
            None => {
                ui.horizontal(|ui| {
                    let ready = !self.path.trim().is_empty();
                    if ui.add_enabled(ready, egui::Button::new("Merge")).clicked() {
                        commands.push(UiCommand::StartMerge { dry_run: false });
                    }
                    if ui
                        .add_enabled(ready, egui::Button::new("Dry run"))
                        .clicked()
                    {
                        commands.push(UiCommand::StartMerge { dry_run: true });
                    }
                    if ui.button("Close").clicked() {
                        commands.push(UiCommand::CloseMerge);
                    }
                });
            }
        }
        match &self.outcome {
            Some(Ok(m)) => {
                ui.label(format!(
                    "{}: {} versions received; {} records added, {} changed, {} deleted; {} in conflict",
                    if m.dry_run { "Dry run, nothing changed" } else { "Merged" },
                    m.versions_received,
                    m.added,
                    m.updated,
                    m.deleted,
                    m.conflicts.len()
                ));
            }
            Some(Err(e)) => {
                ui.label(RichText::new(e).color(super::style::error_colour(ui.visuals())));
            }
            None => {}
        }
    }
}

/// The conflicts list and the selected conflict's versions side by side; emits
/// `ShowConflict` and `Resolve`.
pub fn conflicts_ui(
    ui: &mut egui::Ui,
    conflicts: &[Conflict],
    selected: Option<Uuid>,
    commands: &mut Vec<UiCommand>,
) {
    ui.heading(format!("Conflicts ({})", conflicts.len()));
    if conflicts.is_empty() {
        ui.label("No conflicts.");
        return;
    }
    for c in conflicts {
        let text = format!("{} {}", c.kind.label(), &c.record_id.to_string()[..8]);
        if ui
            .selectable_label(selected == Some(c.record_id), text)
            .clicked()
        {
            commands.push(UiCommand::ShowConflict(c.record_id));
        }
    }
    let Some(c) = conflicts.iter().find(|c| Some(c.record_id) == selected) else {
        return;
    };
    ui.separator();
    let fields: Vec<&str> = c.kind.fields().to_vec();
    egui::Grid::new("versions").striped(true).show(ui, |ui| {
        ui.label("");
        for (i, v) in c.versions.iter().enumerate() {
            let who = if c.mine.as_deref() == Some(v.version_id.as_str()) {
                "this file"
            } else {
                "other file"
            };
            ui.label(
                RichText::new(format!(
                    "{who}\n{} {}",
                    v.changed_by,
                    &v.changed_at[..16.min(v.changed_at.len())]
                ))
                .color(VERSION_COLOURS[i % VERSION_COLOURS.len()]),
            );
        }
        ui.end_row();
        let text = |v: &serde_json::Value| match v {
            serde_json::Value::Null => "-".to_owned(),
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        for f in fields.iter().copied().chain(["geom"]) {
            let values: Vec<String> = c.versions.iter().map(|v| text(&v.record[f])).collect();
            let differs = values.windows(2).any(|w| w[0] != w[1]);
            ui.label(if differs {
                RichText::new(f).strong()
            } else {
                RichText::new(f)
            });
            for value in values {
                let shown = if f == "geom" {
                    if differs {
                        "differs".to_owned()
                    } else {
                        "same".to_owned()
                    }
                } else {
                    value
                };
                ui.label(if differs {
                    RichText::new(shown).strong()
                } else {
                    RichText::new(shown)
                });
            }
            ui.end_row();
        }
        ui.label("");
        for v in &c.versions {
            if ui
                .button(format!(
                    "Keep {}",
                    &v.version_id[..12.min(v.version_id.len())]
                ))
                .clicked()
            {
                commands.push(UiCommand::Resolve(c.record_id, v.version_id.clone()));
            }
        }
        ui.end_row();
    });
    if c.versions.iter().any(|v| v.operation == "delete") {
        ui.label("A version marked delete removes the record if kept.");
    }
}
