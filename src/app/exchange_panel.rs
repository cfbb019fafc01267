//! Import and export from the app: GeoJSON in (on its own thread, with progress, and every
//! problem listed per feature as on the command line), GeoJSON and the HTML report out.

use std::path::PathBuf;

use egui::RichText;

use super::UiCommand;
use super::job::Job;
use crate::exchange::{self, ImportOptions, ImportSummary};
use crate::store::Store;

/// An import running on its own thread.
pub struct ImportJob(Job<Result<ImportSummary, Vec<String>>>);

impl ImportJob {
    /// Starts importing `file` into the database at `db` on a second connection.
    pub fn start(db: PathBuf, file: PathBuf, actor: String, skip_invalid: bool) -> ImportJob {
        let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
        ImportJob(Job::start("import", move |progress| {
            let one = |e: String| vec![e];
            let (mut store, _) = Store::open(&db).map_err(|e| one(e.to_string()))?;
            let f = exchange::open_source(&file, &db)
                .map_err(|e| one(format!("{}: {e}", file.display())))?;
            let options = ImportOptions {
                skip_invalid,
                ..ImportOptions::default()
            };
            exchange::import(&mut store, f, &options, &actor, &mut |p| {
                progress.set(p.bytes, size)
            })
            .map_err(|e| match e {
                exchange::ImportError::Rejected { problems, more } => {
                    let mut lines = vec![format!(
                        "{} problem(s), nothing was imported:",
                        problems.len() + more
                    )];
                    lines.extend(problems.iter().map(ToString::to_string));
                    if more > 0 {
                        lines.push(format!("… and {more} more"));
                    }
                    lines
                }
                other => one(other.to_string()),
            })
        }))
    }

    fn progress(&self) -> f32 {
        self.0.progress()
    }

    /// Whether it has finished.
    pub fn finished(&self) -> bool {
        self.0.finished()
    }

    /// Its outcome.
    pub fn outcome(self) -> Result<ImportSummary, Vec<String>> {
        self.0
            .result()
            .unwrap_or_else(|| Err(vec!["the import stopped unexpectedly".to_owned()]))
    }
}

/// The panel's memory.
#[derive(Default)]
pub struct ExchangePanel {
    /// File path, as typed.
    pub path: String,
    /// A path chosen in the save dialog, which asked about replacing it if it existed.
    pub confirmed: Option<std::path::PathBuf>,
    /// Import the valid features and list the others.
    pub skip_invalid: bool,
    /// The running import.
    pub job: Option<ImportJob>,
    /// What the last action said: lines, and whether they are an error.
    pub outcome: Option<(bool, Vec<String>)>,
}

impl ExchangePanel {
    /// The panel; emits `StartImport`, `ExportGeoJson`, `WriteReport`, `CloseExchange`.
    pub fn ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<UiCommand>) {
        ui.heading("Import and export");
        let label = ui.label("File");
        ui.add(egui::TextEdit::singleline(&mut self.path).hint_text("/media/usb/survey.geojson"))
            .labelled_by(label.id);
        ui.horizontal(|ui| {
            for (text, save) in [("Choose a file to import…", false), ("Save as…", true)] {
                if ui.button(text).clicked() {
                    commands.push(UiCommand::Browse(super::dialogs::Request {
                        field: super::dialogs::Field::Exchange,
                        save,
                        filter: super::dialogs::GEOJSON,
                    }));
                }
            }
        });
        ui.checkbox(
            &mut self.skip_invalid,
            "Import the valid features, list the others",
        );
        let ready = !self.path.trim().is_empty() && self.job.is_none();
        ui.horizontal(|ui| {
            if ui
                .add_enabled(ready, egui::Button::new("Import GeoJSON"))
                .clicked()
            {
                commands.push(UiCommand::StartImport);
            }
            if ui
                .add_enabled(ready, egui::Button::new("Export GeoJSON"))
                .clicked()
            {
                commands.push(UiCommand::ExportGeoJson);
            }
        });
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    ready,
                    egui::Button::new("Write report (HTML, last 12 months)"),
                )
                .clicked()
            {
                commands.push(UiCommand::WriteReport);
            }
            if ui.button("Close").clicked() {
                commands.push(UiCommand::CloseExchange);
            }
        });
        if let Some(job) = &self.job {
            ui.add(egui::ProgressBar::new(job.progress()).show_percentage());
            ui.ctx().request_repaint();
        }
        if let Some((error, lines)) = &self.outcome {
            egui::ScrollArea::vertical()
                .max_height(400.0)
                .show(ui, |ui| {
                    for line in lines {
                        let text = RichText::new(line);
                        ui.label(if *error {
                            text.color(super::style::error_colour(ui.visuals()))
                        } else {
                            text
                        });
                    }
                });
        }
    }
}
