//! Merging a team's file from the app, with progress, and resolving conflicts with the
//! competing versions side by side in a table and outlined on the map.

use std::collections::BTreeMap;
use std::path::PathBuf;

use egui::{Color32, RichText};
use uuid::Uuid;

use super::job::Job;
use super::{File, MapView, UiCommand};
use crate::store::Store;
use crate::store::merge::{Conflict, ConflictVersion, Keep, MergeSummary, Take};

/// Colours of the competing versions on the map and in the table: this file's, then the others.
pub const VERSION_COLOURS: [Color32; 4] = [
    Color32::from_rgb(0, 90, 220),
    Color32::from_rgb(200, 0, 160),
    Color32::from_rgb(0, 150, 120),
    Color32::from_rgb(150, 90, 0),
];

/// What the merge and conflicts panels ask for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Show the merge panel.
    Open,
    /// Hide the merge panel.
    Close,
    /// Merge the file named in the merge panel.
    Start {
        /// Only say what would happen.
        dry_run: bool,
    },
    /// Show or hide the conflicts panel.
    ToggleConflicts,
    /// Show this conflict's versions.
    ShowConflict(Uuid),
    /// Resolve a conflict by keeping this version.
    Resolve(Uuid, String),
    /// Resolve a conflict from one version with fields taken from others.
    ResolveTaking {
        /// The record.
        id: Uuid,
        /// The version it starts from.
        keep: String,
        /// Each field taken from another version, and that version.
        take: Vec<(String, String)>,
    },
}

impl From<Command> for UiCommand {
    fn from(command: Command) -> Self {
        UiCommand::Merge(command)
    }
}

/// What the app does after a merge command, or when a merge has finished.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing: the panels show what happened.
    Nothing,
    /// A merge finished (records may have changed): read the file again.
    Merged,
    /// A conflict was resolved with a new version of the record: say so, and read the file
    /// again.
    Resolved {
        /// The record.
        id: Uuid,
        /// Its new version.
        version: String,
    },
    /// Why the command could not be done, for the app's message line.
    Failed(String),
}

/// The merge panel and the conflicts panel: what they remember (the conflicts themselves
/// are the app's, kept current with the figures).
#[derive(Default)]
pub struct Merging {
    /// The merge panel, when shown.
    pub panel: Option<MergePanel>,
    /// Whether the conflicts panel is shown.
    pub conflicts_open: bool,
    /// The conflict whose versions are shown.
    pub selected: Option<Uuid>,
    /// For the conflict shown, the version chosen for each field that differs (field,
    /// version id); a field not here takes the shown version's value.
    pub picks: BTreeMap<String, String>,
    /// Why the last resolution of the conflict shown was refused, shown under its choices.
    pub refused: Option<String>,
}

impl Merging {
    /// Whether a merge is running.
    pub fn running(&self) -> bool {
        self.panel.as_ref().is_some_and(|m| m.job.is_some())
    }

    /// Applies `command`: merges through a thread with its own connection to `file`,
    /// resolves in `file`'s store, outlines a conflict's versions on `map`.
    pub fn apply(
        &mut self,
        command: Command,
        conflicts: &[Conflict],
        file: File<'_>,
        map: &mut MapView,
    ) -> Outcome {
        match command {
            Command::Open => self.panel = Some(MergePanel::default()),
            Command::Close => self.panel = None,
            Command::Start { dry_run } => {
                if let Some(panel) = &mut self.panel {
                    let other = PathBuf::from(panel.path.trim());
                    panel.outcome = None;
                    panel.job = Some(MergeJob::start(
                        file.path.to_path_buf(),
                        other,
                        file.actor.to_owned(),
                        dry_run,
                    ));
                }
            }
            Command::ToggleConflicts => {
                self.conflicts_open = !self.conflicts_open;
                if !self.conflicts_open {
                    map.set_highlights(Vec::new());
                }
            }
            Command::ShowConflict(id) => self.show_conflict(id, conflicts, map),
            Command::Resolve(id, version) => {
                return self.resolve(id, &Keep::Version(version), &[], file, map);
            }
            Command::ResolveTaking { id, keep, take } => {
                let take: Vec<Take> = take
                    .into_iter()
                    .map(|(field, from)| Take {
                        field,
                        from: Keep::Version(from),
                    })
                    .collect();
                return self.resolve(id, &Keep::Version(keep), &take, file, map);
            }
        }
        Outcome::Nothing
    }

    /// Resolves the conflict of `id` from the version `keep` with the fields of `take`, in
    /// `file`'s store; the map's outlines of the versions go.
    fn resolve(
        &mut self,
        id: Uuid,
        keep: &Keep,
        take: &[Take],
        file: File<'_>,
        map: &mut MapView,
    ) -> Outcome {
        if let Some(why) = file.held {
            return Outcome::Failed(why);
        }
        let Some(store) = file.store else {
            return Outcome::Nothing;
        };
        match store.resolve_taking(id, keep, take, file.actor) {
            Ok(version) => {
                self.selected = None;
                self.picks.clear();
                self.refused = None;
                map.set_highlights(Vec::new());
                Outcome::Resolved { id, version }
            }
            Err(e) => {
                self.refused = Some(e.to_string());
                Outcome::Failed(e.to_string())
            }
        }
    }

    /// Outlines a conflict's competing versions on the map, each in its colour, and zooms to
    /// them.
    fn show_conflict(&mut self, id: Uuid, conflicts: &[Conflict], map: &mut MapView) {
        if self.selected != Some(id) {
            self.picks.clear();
            self.refused = None;
        }
        self.selected = Some(id);
        let outlines = conflicts
            .iter()
            .find(|c| c.record_id == id)
            .map(|c| {
                c.versions
                    .iter()
                    .enumerate()
                    .filter_map(|(i, v)| {
                        Some((v.geometry()?, VERSION_COLOURS[i % VERSION_COLOURS.len()]))
                    })
                    .collect()
            })
            .unwrap_or_default();
        map.set_highlights(outlines);
        map.zoom_to_highlights();
    }

    /// Picks up a finished merge: its outcome, and the conflicts panel shown when it found
    /// some.
    pub fn poll(&mut self) -> Outcome {
        let Some(panel) = &mut self.panel else {
            return Outcome::Nothing;
        };
        if !panel.job.as_ref().is_some_and(MergeJob::finished) {
            return Outcome::Nothing;
        }
        let Some(job) = panel.job.take() else {
            return Outcome::Nothing;
        };
        let outcome = job.outcome();
        let conflicts = outcome
            .as_ref()
            .map(|m| !m.conflicts.is_empty() && !m.dry_run)
            .unwrap_or(false);
        panel.outcome = Some(outcome);
        if conflicts {
            self.conflicts_open = true;
        }
        Outcome::Merged
    }
}

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
    /// The panel; emits `Start`, `Close`, and `Browse` for the file dialog.
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
                        commands.push(Command::Start { dry_run: false }.into());
                    }
                    if ui
                        .add_enabled(ready, egui::Button::new("Dry run"))
                        .clicked()
                    {
                        commands.push(Command::Start { dry_run: true }.into());
                    }
                    if ui.button("Close").clicked() {
                        commands.push(Command::Close.into());
                    }
                });
            }
        }
        match &self.outcome {
            Some(Ok(m)) => {
                let mut said = m.text(std::path::Path::new(self.path.trim()));
                if let Some(first) = said.get(..1) {
                    said.replace_range(..1, &first.to_uppercase());
                }
                ui.label(if m.dry_run {
                    format!("{said} (dry run, nothing changed)")
                } else {
                    said
                });
                egui::ScrollArea::vertical()
                    .id_salt("merged-records")
                    .max_height(200.0)
                    .show(ui, |ui| {
                        for r in &m.records {
                            ui.label(r.text());
                        }
                    });
            }
            Some(Err(e)) => {
                ui.label(RichText::new(e).color(super::style::error_colour(ui.visuals())));
            }
            None => {}
        }
    }
}

/// The conflicts list and the selected conflict's versions side by side: a heading per
/// version saying whose it is, by whom and when; for each field that differs a choice of
/// the version whose value to take (into `state.picks`), and why the last resolution was
/// refused; emits `ShowConflict`, `Resolve` (one version whole) and `ResolveTaking` (the
/// choices).
pub fn conflicts_ui(
    ui: &mut egui::Ui,
    conflicts: &[Conflict],
    state: &mut Merging,
    commands: &mut Vec<UiCommand>,
) {
    let selected = state.selected;
    let picks = &mut state.picks;
    ui.heading(format!("Conflicts ({})", conflicts.len()));
    if conflicts.is_empty() {
        ui.label("No conflicts.");
        return;
    }
    for c in conflicts {
        let text = c.title();
        if ui
            .selectable_label(selected == Some(c.record_id), text)
            .clicked()
        {
            commands.push(Command::ShowConflict(c.record_id).into());
        }
    }
    let Some(c) = conflicts.iter().find(|c| Some(c.record_id) == selected) else {
        return;
    };
    ui.separator();
    let differing = c.differing();
    // The version a field takes unless another is chosen: the one shown, or else the first
    // that keeps the record.
    let base = c
        .versions
        .iter()
        .find(|v| v.version_id == c.shown && !v.deletes())
        .or_else(|| c.versions.iter().find(|v| !v.deletes()));
    if base.is_some() && !differing.is_empty() {
        ui.label("Choose whose value each field in bold takes, or keep one version whole.");
    }
    egui::Grid::new("versions").striped(true).show(ui, |ui| {
        ui.label("");
        for (i, v) in c.versions.iter().enumerate() {
            let deletes = if v.deletes() {
                "\ndeletes the record"
            } else {
                ""
            };
            ui.label(
                RichText::new(format!(
                    "{}\nby {}\n{}{deletes}",
                    c.whose(v),
                    v.changed_by,
                    v.when()
                ))
                .color(colour(i)),
            );
        }
        ui.end_row();
        for f in c
            .kind
            .fields()
            .iter()
            .copied()
            .chain([crate::store::merge::GEOM])
        {
            let differs = differing.contains(&f);
            ui.label(if differs {
                RichText::new(f).strong()
            } else {
                RichText::new(f)
            });
            match (differs, base) {
                (true, Some(base)) => field_choice(ui, c, f, base, picks),
                _ => {
                    for v in &c.versions {
                        if v.deletes() {
                            ui.label("-");
                        } else {
                            let text = v.text(f);
                            ui.label(short(f, &text)).on_hover_text(text);
                        }
                    }
                }
            }
            ui.end_row();
        }
        ui.label("");
        for v in &c.versions {
            // Two versions from other files are told apart by who made them and when.
            let alike = c
                .versions
                .iter()
                .filter(|w| c.whose(w) == c.whose(v))
                .count();
            let keep = if alike > 1 {
                format!(
                    "Keep {}'s version by {}, {}",
                    c.whose(v),
                    v.changed_by,
                    v.when()
                )
            } else {
                format!("Keep {}'s version", c.whose(v))
            };
            if ui
                .button(keep)
                .on_hover_text(format!("version {}", v.version_id))
                .clicked()
            {
                commands.push(Command::Resolve(c.record_id, v.version_id.clone()).into());
            }
        }
        ui.end_row();
    });
    if let Some(base) = base
        && !differing.is_empty()
        && ui.button("Resolve with these choices").clicked()
    {
        let take = differing
            .iter()
            .filter_map(|f| {
                let from = picks.get(*f)?;
                (*from != base.version_id).then(|| ((*f).to_owned(), from.clone()))
            })
            .collect();
        commands.push(
            Command::ResolveTaking {
                id: c.record_id,
                keep: base.version_id.clone(),
                take,
            }
            .into(),
        );
    }
    if let Some(why) = &state.refused {
        ui.label(RichText::new(why).color(super::style::error_colour(ui.visuals())));
    }
    if c.versions.iter().any(ConflictVersion::deletes) {
        ui.label("A version marked delete removes the record if kept; it has no fields to give.");
    }
}

/// A field's value cut to a table cell's width (the whole of it shows on hover); the
/// geometry's description whole.
fn short(field: &str, text: &str) -> String {
    if field == crate::store::merge::GEOM {
        return text.to_owned();
    }
    match text.char_indices().nth(40) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// The colour of the `i`th version, on the map and in the table.
fn colour(i: usize) -> Color32 {
    VERSION_COLOURS[i % VERSION_COLOURS.len()]
}

/// One differing field's row: a choice per version of its value, in the version's colour
/// (none from a deletion); the one chosen is in `picks`, else `base`'s.
fn field_choice(
    ui: &mut egui::Ui,
    c: &Conflict,
    field: &str,
    base: &ConflictVersion,
    picks: &mut BTreeMap<String, String>,
) {
    let chosen = picks
        .get(field)
        .cloned()
        .unwrap_or_else(|| base.version_id.clone());
    for (i, v) in c.versions.iter().enumerate() {
        if v.deletes() {
            ui.add_enabled(false, egui::RadioButton::new(false, "deleted"));
            continue;
        }
        let value = v.text(field);
        let text = RichText::new(short(field, &value)).color(colour(i));
        if ui
            .radio(chosen == v.version_id, text)
            .on_hover_text(format!("{value}\n\nTake {field} from {}", c.heading(v)))
            .clicked()
        {
            picks.insert(field.to_owned(), v.version_id.clone());
        }
    }
}
