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
        let m = super::lang::messages(ui.ctx());
        ui.heading(m.text("app-merge-title", &[]));
        ui.label(m.text("app-merge-help", &[]));
        let label = ui.label(m.text("app-merge-file-label", &[]));
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(&mut self.path).hint_text("/media/usb/team-a.gpkg"))
                .labelled_by(label.id);
            if ui.button(m.text("app-choose", &[])).clicked() {
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
                    let merge = egui::Button::new(m.text("app-merge", &[]));
                    if ui.add_enabled(ready, merge).clicked() {
                        commands.push(Command::Start { dry_run: false }.into());
                    }
                    if ui
                        .add_enabled(ready, egui::Button::new(m.text("app-dry-run", &[])))
                        .clicked()
                    {
                        commands.push(Command::Start { dry_run: true }.into());
                    }
                    if ui.button(m.text("app-close", &[])).clicked() {
                        commands.push(Command::Close.into());
                    }
                });
            }
        }
        match &self.outcome {
            Some(Ok(summary)) => {
                let mut said =
                    crate::said::merged(summary, std::path::Path::new(self.path.trim()), &m);
                if let Some(first) = said.get(..1) {
                    said.replace_range(..1, &first.to_uppercase());
                }
                ui.label(if summary.dry_run {
                    m.text("app-dry-run-said", &[("said", said.into())])
                } else {
                    said
                });
                egui::ScrollArea::vertical()
                    .id_salt("merged-records")
                    .max_height(200.0)
                    .show(ui, |ui| {
                        for r in &summary.records {
                            ui.label(crate::said::merged_record(r, &m));
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
    let m = super::lang::messages(ui.ctx());
    ui.heading(m.text("app-conflicts", &[("count", conflicts.len().into())]));
    if conflicts.is_empty() {
        ui.label(m.text("app-no-conflicts", &[]));
        return;
    }
    for c in conflicts {
        let text = title(&m, c);
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
        ui.label(m.text("app-conflict-help", &[]));
    }
    super::lang::grid_scope(ui, |ui| {
        egui::Grid::new("versions").striped(true).show(ui, |ui| {
            ui.label("");
            for (i, v) in c.versions.iter().enumerate() {
                let key = if v.deletes() {
                    "app-version-heading-deletes"
                } else {
                    "app-version-heading"
                };
                let heading = m.text(
                    key,
                    &[
                        ("whose", whose(&m, c, v).into()),
                        ("by", v.changed_by.as_str().into()),
                        ("when", v.when().into()),
                    ],
                );
                ui.label(RichText::new(heading).color(colour(i)));
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
                let label = super::lang::field(&m, f);
                ui.label(if differs {
                    RichText::new(label).strong()
                } else {
                    RichText::new(label)
                });
                match (differs, base) {
                    (true, Some(base)) => field_choice(ui, &m, c, f, base, picks),
                    _ => {
                        for v in &c.versions {
                            if v.deletes() {
                                ui.label("-");
                            } else {
                                let text = value_text(&m, v, f);
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
                let whose = ("whose", whose(&m, c, v).into());
                let keep = if alike > 1 {
                    m.text(
                        "app-keep-version-by",
                        &[
                            whose,
                            ("by", v.changed_by.as_str().into()),
                            ("when", v.when().into()),
                        ],
                    )
                } else {
                    m.text("app-keep-version", &[whose])
                };
                let version = ("version", v.version_id.as_str().into());
                if ui
                    .button(keep)
                    .on_hover_text(m.text("app-version-id", &[version]))
                    .clicked()
                {
                    commands.push(Command::Resolve(c.record_id, v.version_id.clone()).into());
                }
            }
            ui.end_row();
        });
    });
    if let Some(base) = base
        && !differing.is_empty()
        && ui.button(m.text("app-resolve-choices", &[])).clicked()
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
        ui.label(m.text("app-conflict-delete-note", &[]));
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
    m: &crate::i18n::Messages,
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
            ui.add_enabled(
                false,
                egui::RadioButton::new(false, m.text("app-deleted-version", &[])),
            );
            continue;
        }
        let value = value_text(m, v, field);
        let text = RichText::new(short(field, &value)).color(colour(i));
        if ui
            .radio(chosen == v.version_id, text)
            .on_hover_text(format!(
                "{value}\n\n{}",
                m.text(
                    "app-take-from",
                    &[
                        ("field", super::lang::field(m, field).into()),
                        ("whose", whose(m, c, v).into()),
                        ("by", v.changed_by.as_str().into()),
                        ("when", v.when().into()),
                    ],
                )
            ))
            .clicked()
        {
            picks.insert(field.to_owned(), v.version_id.clone());
        }
    }
}

/// Whose a version is, in the language: this file's or the other file's.
fn whose(m: &crate::i18n::Messages, c: &Conflict, v: &ConflictVersion) -> String {
    if c.mine.as_deref() == Some(v.version_id.as_str()) {
        m.text("app-this-file", &[])
    } else {
        m.text("app-other-file", &[])
    }
}

/// A conflict as the list names it: its record's kind in the language, its name and the
/// start of its id: `hazard area "North" · 11111111`.
fn title(m: &crate::i18n::Messages, c: &Conflict) -> String {
    let kind = super::lang::kind(m, c.kind);
    let id = c.record_id.to_string();
    match c.name() {
        Some(n) => format!("{kind} {:?} · {}", crate::io::text::cut(&n), &id[..8]),
        None => format!("{kind} {}", &id[..8]),
    }
}

/// A version's field as shown: a value from a closed list in words, the geometry as what
/// it is, its size and where (`51.7 ha, 4 vertices around 35.50250, 33.20500`), in the
/// language.
fn value_text(m: &crate::i18n::Messages, v: &ConflictVersion, field: &str) -> String {
    if field != crate::store::merge::GEOM {
        return super::lang::field_value(m, field, &v.text(field));
    }
    match v.geometry() {
        Some(geo_types::Geometry::Point(p)) => m.text(
            "app-geom-point",
            &[
                ("lon", format!("{:.6}", p.x()).into()),
                ("lat", format!("{:.6}", p.y()).into()),
            ],
        ),
        Some(geo_types::Geometry::MultiPolygon(mp)) => {
            use geo::Centroid;
            let vertices: usize = mp
                .iter()
                .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
                .map(|ring| ring.0.len().saturating_sub(1))
                .sum();
            let (lon, lat) = mp.centroid().map_or((String::new(), String::new()), |c| {
                (format!("{:.5}", c.x()), format!("{:.5}", c.y()))
            });
            let area = crate::estimate::area_words_in(crate::geom::geodesic_area(&mp).m2(), m);
            m.text(
                "app-geom-area",
                &[
                    ("area", area.into()),
                    ("vertices", vertices.into()),
                    ("lon", lon.into()),
                    ("lat", lat.into()),
                ],
            )
        }
        Some(_) => m.text("app-geom-other", &[]),
        None => "-".to_owned(),
    }
}
