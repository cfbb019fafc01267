//! Import and export from the app: every format the import reads in (on its own thread,
//! with progress, a preview on the map first, and every problem listed per feature as on
//! the command line); GeoJSON, GPX, KML or shapefiles and the HTML report out.

use std::path::PathBuf;
use std::sync::Arc;

use egui::RichText;

use super::import_preview;
use super::job::Job;
use super::map::MapView;
use super::{File, UiCommand};
use crate::exchange::{self, ImportOptions, ImportSummary};
use crate::i18n::Messages;
use crate::io::formats;
use crate::store::Store;

/// What the import/export panel asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Show the panel.
    Open,
    /// Hide it.
    Close,
    /// Read the file named in the panel as the import would, and show it on the map.
    Preview,
    /// Show this feature of the preview alone on the map (0: all of them again).
    PickFeature(usize),
    /// Import the file named in the panel.
    StartImport,
    /// Export every record to the file named in the panel.
    Export,
    /// Write the progress report for the period in the panel to the file named in the
    /// panel, in the format its ending says.
    WriteReport,
    /// Open the report just written with the system's viewer.
    OpenReport,
}

impl From<Command> for UiCommand {
    fn from(command: Command) -> Self {
        UiCommand::Exchange(command)
    }
}

/// What the app does when the panel's work has finished.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing: the panel shows what happened.
    Nothing,
    /// An import finished (records may have come in): read the file again and fit the map.
    Imported,
}

/// Applies `command` to the panel in `slot` (`None`: hidden). The work runs on threads of
/// its own with their own connections to `file`; the panel shows what it said, so there is
/// nothing for the app to do after (see [`ExchangePanel::poll`]).
pub fn apply(
    slot: &mut Option<ExchangePanel>,
    command: Command,
    file: File<'_>,
    map: &mut MapView,
) {
    match command {
        Command::Open => {
            let profiles = file
                .store
                .map(|store| saved_profiles(store))
                .unwrap_or_default();
            *slot = Some(ExchangePanel {
                profiles,
                ..ExchangePanel::default()
            })
        }
        Command::Close => {
            if slot.as_ref().is_some_and(|p| p.preview.is_some()) {
                map.set_highlights(Vec::new());
            }
            *slot = None;
        }
        Command::Preview => {
            if let Some(panel) = slot {
                let path = PathBuf::from(panel.path.trim());
                panel.outcome = None;
                panel.preview = None;
                map.set_highlights(Vec::new());
                panel.previewing = Some(import_preview::start(
                    file.path.to_path_buf(),
                    path,
                    panel.choices.clone(),
                    file.messages.language(),
                ));
            }
        }
        Command::PickFeature(n) => {
            if let Some(preview) = slot.as_mut().and_then(|p| p.preview.as_mut()) {
                preview.picked = (n > 0).then_some(n);
                preview.show_on(map);
            }
        }
        Command::StartImport => {
            if let Some(panel) = slot {
                let path = PathBuf::from(panel.path.trim());
                panel.outcome = None;
                match (panel.choices.options(), panel.choices.source_options()) {
                    (Ok(options), Ok(source_options)) => {
                        panel.job = Some(ImportJob::start(
                            file.path.to_path_buf(),
                            path,
                            file.actor.to_owned(),
                            (source_options, options),
                            file.messages.clone(),
                        ))
                    }
                    (Err(why), _) | (_, Err(why)) => panel.outcome = Some((true, vec![why])),
                }
            }
        }
        Command::OpenReport => {
            if let Some(panel) = slot
                && let Some(path) = &panel.report
                && let Err(e) = open::that_detached(path)
            {
                panel.outcome = Some((true, vec![format!("{}: not opened: {e}", path.display())]));
            }
        }
        Command::Export | Command::WriteReport => {
            let Some(panel) = slot else { return };
            let path = PathBuf::from(panel.path.trim());
            if let Err(why) = writable(&path, file.path, panel.confirmed.as_deref()) {
                panel.outcome = Some((true, vec![why]));
                return;
            }
            panel.outcome = None;
            panel.report = None;
            let db = file.path.to_path_buf();
            let messages = file.messages.clone();
            panel.writing = Some(if command == Command::Export {
                start_export(db, path, file.today, messages)
            } else {
                match panel.period(file.today) {
                    Ok(period) => {
                        panel.report = Some(path.clone());
                        start_report(db, path, period, messages)
                    }
                    Err(why) => {
                        panel.outcome = Some((true, vec![why]));
                        return;
                    }
                }
            });
        }
    }
}

/// Whether an export or a report may be written to `path`: never over the open database (or
/// its journal files), and over another existing file only when the save dialog asked about
/// replacing it (`confirmed`); else why not.
fn writable(
    path: &std::path::Path,
    db: &std::path::Path,
    confirmed: Option<&std::path::Path>,
) -> Result<(), String> {
    if path.as_os_str().is_empty() {
        return Err("no file named: type a path or use Save as…".to_owned());
    }
    if crate::store::part_of_database(path, db) {
        return Err(format!(
            "{}: this is the open database; choose another file",
            path.display()
        ));
    }
    if path.exists() && confirmed != Some(path) {
        return Err(format!(
            "{} already exists and was not replaced; choose it with Save as… to replace it, or type a new name",
            path.display()
        ));
    }
    Ok(())
}

/// The import profiles saved in the database that can be read, by name.
fn saved_profiles(store: &Store) -> Vec<(String, exchange::ImportProfile)> {
    exchange::profiles(store)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|(name, json)| Some((name, serde_json::from_str(&json).ok()?)))
        .collect()
}

/// An import running on its own thread.
pub struct ImportJob(Job<Result<Imported, Vec<String>>>);

/// A finished import: what it did, the notes of the file's conversion, and its result
/// line in the app's language.
pub type Imported = (ImportSummary, Vec<String>, String);

impl ImportJob {
    /// Starts importing `file` into the database at `db` on a second connection; what it
    /// did, and the problems that refuse it or that it skips, said in the language of `m`.
    pub fn start(
        db: PathBuf,
        file: PathBuf,
        actor: String,
        (source_options, options): (formats::SourceOptions, ImportOptions),
        m: Arc<Messages>,
    ) -> ImportJob {
        ImportJob(Job::start("import", move |progress| {
            use crate::i18n::Localized;
            let one = |e: String| vec![e];
            let shown = file.display().to_string();
            let (mut store, _) = Store::open(&db).map_err(|e| one(e.text_in(&m)))?;
            let f = exchange::open_source(&file, &db).map_err(|e| one(format!("{shown}: {e}")))?;
            let source = formats::open(f, &file, &source_options).map_err(|e| {
                one(m.text(
                    "app-import-failed",
                    &[
                        ("file", shown.as_str().into()),
                        ("why", e.text_in(&m).into()),
                    ],
                ))
            })?;
            let size = source.size;
            let labels = source.labels;
            let notes = source.notes;
            let options = ImportOptions {
                unit: source.format.unit(),
                update: options.update || source.updates_records,
                ..options
            };
            exchange::import(&mut store, source.reader, &options, &actor, &mut |p| {
                progress.set(p.bytes, size)
            })
            .map(|summary| {
                let mut notes = notes;
                if !summary.repaired.is_empty() {
                    notes.push(match exchange::write_repairs(&file, &summary.repaired) {
                        Ok(list) => m.text(
                            "app-repairs-listed",
                            &[("file", list.display().to_string().into())],
                        ),
                        Err(e) => {
                            m.text("app-repairs-not-listed", &[("why", e.to_string().into())])
                        }
                    });
                }
                let said = crate::said::imported(&summary, &shown, false, &m);
                (summary, notes, said)
            })
            .map_err(|e| match e {
                exchange::ImportError::Rejected { problems, more } => {
                    let mut lines = vec![m.text(
                        "app-import-rejected",
                        &[("count", (problems.len() + more).into())],
                    )];
                    lines.extend(
                        problems
                            .iter()
                            .map(|p| formats::Source::describe_in(&labels, p, &m)),
                    );
                    if more > 0 {
                        lines.push(m.text("said-more", &[("count", more.into())]));
                    }
                    lines
                }
                other => one(other.text_in(&m)),
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

    /// Its outcome: what it did and the conversion's notes (a projection converted), or why
    /// nothing was imported.
    pub fn outcome(self) -> Result<Imported, Vec<String>> {
        self.0
            .result()
            .unwrap_or_else(|| Err(vec!["the import stopped unexpectedly".to_owned()]))
    }
}

/// An export or a report being written on its own thread (its own connection): the lines
/// to show when done, and whether they are an error.
pub type WriteJob = Job<(bool, Vec<String>)>;

/// Starts exporting every record of the database at `db` to `path` as GeoJSON.
pub fn start_export(
    db: PathBuf,
    path: PathBuf,
    today: chrono::NaiveDate,
    m: Arc<Messages>,
) -> WriteJob {
    Job::start("export", move |_| {
        let format =
            exchange::ExportFormat::of_path(&path).unwrap_or(exchange::ExportFormat::GeoJson);
        let exported = Store::open(&db)
            .map_err(|e| e.to_string())
            .and_then(|(store, _)| {
                exchange::export_file(&store, &path, format, &Default::default(), today)
                    .map_err(|e| e.to_string())
            });
        match exported {
            Ok(done) => {
                let mut lines: Vec<String> = done
                    .written
                    .iter()
                    .map(|w| sentence(&crate::said::written(w, &m)))
                    .collect();
                lines.extend(done.warnings.iter().map(|w| sentence(w)));
                (false, lines)
            }
            Err(e) => (
                true,
                vec![m.text(
                    "app-export-failed",
                    &[
                        ("file", path.display().to_string().into()),
                        ("why", e.into()),
                    ],
                )],
            ),
        }
    })
}

/// A line said by the library as a sentence: a capital first letter and a full stop.
fn sentence(line: &str) -> String {
    let mut chars = line.chars();
    let mut s: String = chars
        .next()
        .map(|c| c.to_uppercase().collect::<String>())
        .unwrap_or_default();
    s.push_str(chars.as_str());
    if !s.ends_with('.') {
        s.push('.');
    }
    s
}

/// Starts writing the progress report for the period `(from, to)` to `path`, in the format
/// its ending says (HTML, Markdown, CSV, JSON).
pub fn start_report(
    db: PathBuf,
    path: PathBuf,
    (from, today): (chrono::NaiveDate, chrono::NaiveDate),
    m: Arc<Messages>,
) -> WriteJob {
    Job::start("report", move |_| {
        let written = Store::open(&db)
            .map_err(|e| e.to_string())
            .and_then(|(store, _)| {
                crate::report::report(&store, from, today, crate::estimate::DEFAULT_WINDOW_DAYS)
                    .map_err(|e| e.to_string())
            })
            .and_then(|r| {
                let format = crate::io::report::Format::of_path(&path);
                let text = crate::io::report::render(&r, format, &m);
                crate::io::write_atomic(&path, text.as_bytes()).map_err(|e| e.to_string())
            });
        match written {
            Ok(()) => (
                false,
                vec![m.text(
                    "app-report-written",
                    &[
                        ("from", from.to_string().into()),
                        ("to", today.to_string().into()),
                        ("file", path.display().to_string().into()),
                    ],
                )],
            ),
            Err(e) => (true, vec![format!("{}: {e}", path.display())]),
        }
    })
}

/// The panel's memory.
#[derive(Default)]
pub struct ExchangePanel {
    /// File path, as typed.
    pub path: String,
    /// A path chosen in the save dialog, which asked about replacing it if it existed.
    pub confirmed: Option<std::path::PathBuf>,
    /// The report's period, as typed (empty: the 12 months to today).
    pub report_from: String,
    /// The report's last day, as typed (empty: today).
    pub report_to: String,
    /// The report being written or last written, to open.
    pub report: Option<PathBuf>,
    /// The import's choices.
    pub choices: import_preview::Choices,
    /// The import profiles saved in the database, by name.
    pub profiles: Vec<(String, exchange::ImportProfile)>,
    /// The preview being made.
    pub previewing: Option<import_preview::PreviewJob>,
    /// The last preview.
    pub preview: Option<import_preview::Preview>,
    /// The running import.
    pub job: Option<ImportJob>,
    /// The export or report being written.
    pub writing: Option<WriteJob>,
    /// What the last action said: lines, and whether they are an error.
    pub outcome: Option<(bool, Vec<String>)>,
}

impl ExchangePanel {
    /// The report's period: the dates typed, or the 12 months to `today`; else why not.
    fn period(
        &self,
        today: chrono::NaiveDate,
    ) -> Result<(chrono::NaiveDate, chrono::NaiveDate), String> {
        let date = |what: &str, text: &str, default: chrono::NaiveDate| {
            let text = text.trim();
            if text.is_empty() {
                Ok(default)
            } else {
                crate::model::parse_date(text).map_err(|e| format!("report {what} {text:?}: {e}"))
            }
        };
        let to = date("to", &self.report_to, today)?;
        let from = date("from", &self.report_from, to - chrono::Days::new(365))?;
        if from > to {
            return Err(format!(
                "the report's period starts ({from}) after it ends ({to})"
            ));
        }
        Ok((from, to))
    }

    /// Picks up finished work: an import's outcome (then the app reads the file again), an
    /// export's or a report's.
    pub fn poll(&mut self, map: &mut MapView, m: &Messages) -> Outcome {
        self.poll_preview(map);
        let imported = self.poll_import(m);
        if imported == Outcome::Imported {
            self.preview = None;
            map.set_highlights(Vec::new());
        }
        self.poll_writing();
        imported
    }

    /// Picks up a finished preview: drawn on the map, or why it could not be made.
    fn poll_preview(&mut self, map: &mut MapView) {
        if !self.previewing.as_ref().is_some_and(Job::finished) {
            return;
        }
        match self.previewing.take().and_then(Job::result) {
            Some(Ok(preview)) => {
                preview.show_on(map);
                self.preview = Some(preview);
            }
            Some(Err(why)) => self.outcome = Some((true, vec![why])),
            None => {
                self.outcome = Some((true, vec!["the preview stopped unexpectedly".to_owned()]))
            }
        }
    }

    /// Picks up a finished import: what it said.
    fn poll_import(&mut self, m: &Messages) -> Outcome {
        if !self.job.as_ref().is_some_and(ImportJob::finished) {
            return Outcome::Nothing;
        }
        let Some(job) = self.job.take() else {
            return Outcome::Nothing;
        };
        self.outcome = Some(match job.outcome() {
            Ok((s, notes, said)) => {
                let mut lines = notes;
                lines.push(sentence(&said));
                for r in &s.repaired {
                    lines.push(m.text("app-repaired", &[("what", r.text().into())]));
                }
                if !s.skipped.is_empty() {
                    let count = s.skipped.len() + s.more_skipped;
                    lines.push(m.text("app-skipped", &[("count", count.into())]));
                    lines.extend(
                        s.skipped
                            .iter()
                            .map(|p| crate::i18n::Localized::text_in(p, m)),
                    );
                }
                (false, lines)
            }
            Err(lines) => (true, lines),
        });
        Outcome::Imported
    }

    /// Picks up a finished export or report: what it said.
    fn poll_writing(&mut self) {
        if !self.writing.as_ref().is_some_and(Job::finished) {
            return;
        }
        if let Some(job) = self.writing.take() {
            self.outcome = Some(
                job.result()
                    .unwrap_or_else(|| (true, vec!["writing stopped unexpectedly".to_owned()])),
            );
        }
    }

    /// The panel; emits `StartImport`, `Export`, `WriteReport`, `Close`, and `Browse` for
    /// the file dialogs.
    pub fn ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<UiCommand>) {
        let m = super::lang::messages(ui.ctx());
        ui.heading(m.text("app-exchange-title", &[]));
        let label = ui.label(m.text("app-exchange-file", &[]));
        ui.add(egui::TextEdit::singleline(&mut self.path).hint_text("/media/usb/survey.geojson"))
            .labelled_by(label.id);
        ui.horizontal(|ui| {
            for (key, save) in [
                ("app-exchange-choose", false),
                ("app-exchange-save-as", true),
            ] {
                if ui.button(m.text(key, &[])).clicked() {
                    commands.push(UiCommand::Browse(super::dialogs::Request {
                        field: super::dialogs::Field::Exchange,
                        save,
                        filter: if save {
                            super::dialogs::EXPORTABLE
                        } else {
                            super::dialogs::IMPORTABLE
                        },
                    }));
                }
            }
        });
        self.choices.ui(ui, &self.profiles);
        let ready = !self.path.trim().is_empty()
            && self.job.is_none()
            && self.writing.is_none()
            && self.previewing.is_none();
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    ready,
                    egui::Button::new(m.text("app-exchange-preview", &[])),
                )
                .clicked()
            {
                commands.push(Command::Preview.into());
            }
            let import = egui::Button::new(m.text("app-exchange-import", &[]));
            if ui.add_enabled(ready, import).clicked() {
                commands.push(Command::StartImport.into());
            }
        });
        if self.previewing.is_some() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(m.text("app-exchange-reading", &[]));
            });
            ui.ctx().request_repaint();
        }
        if let Some(preview) = &self.preview {
            if preview.is_for(std::path::Path::new(self.path.trim()), &self.choices) {
                if let Some(n) = preview.ui(ui) {
                    commands.push(Command::PickFeature(n).into());
                }
            } else {
                ui.label(m.text("app-exchange-preview-stale", &[]));
            }
        }
        ui.separator();
        ui.horizontal(|ui| {
            if ui
                .add_enabled(ready, egui::Button::new(m.text("app-exchange-export", &[])))
                .on_hover_text(m.text("app-exchange-export-hint", &[]))
                .clicked()
            {
                commands.push(Command::Export.into());
            }
        });
        ui.horizontal(|ui| {
            let label = ui.label(m.text("app-report-from", &[]));
            ui.add(
                egui::TextEdit::singleline(&mut self.report_from)
                    .hint_text(m.text("app-report-from-hint", &[]))
                    .desired_width(100.0),
            )
            .labelled_by(label.id);
            let label = ui.label(m.text("app-report-to", &[]));
            ui.add(
                egui::TextEdit::singleline(&mut self.report_to)
                    .hint_text(m.text("app-report-to-hint", &[]))
                    .desired_width(100.0),
            )
            .labelled_by(label.id);
        });
        ui.horizontal(|ui| {
            if ui
                .add_enabled(ready, egui::Button::new(m.text("app-report-write", &[])))
                .on_hover_text(m.text("app-report-write-hint", &[]))
                .clicked()
            {
                commands.push(Command::WriteReport.into());
            }
            let written = self.report.is_some()
                && self.writing.is_none()
                && self.outcome.as_ref().is_some_and(|(error, _)| !error);
            if written && ui.button(m.text("app-report-open", &[])).clicked() {
                commands.push(Command::OpenReport.into());
            }
            if ui.button(m.text("app-close", &[])).clicked() {
                commands.push(Command::Close.into());
            }
        });
        if let Some(job) = &self.job {
            ui.add(egui::ProgressBar::new(job.progress()).show_percentage());
            ui.ctx().request_repaint();
        }
        if self.writing.is_some() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(m.text("app-writing", &[]));
            });
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
