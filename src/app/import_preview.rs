//! The import's choices (what the command line's `--as`, `--set`, `--skip-invalid` and
//! `--repair` say) and its preview: every feature of the file read as the import would read
//! it, on a thread of its own, drawn on the map (good ones in blue, refused ones in red, with
//! a ring where a boundary crosses itself) and listed by name, before anything is written.

use std::path::{Path, PathBuf};

use egui::{Color32, RichText};

use super::job::Job;
use super::map::MapView;
use crate::exchange::{self, ImportOptions, Previewed, RepairPolicy};
use crate::io::formats;
use crate::model::{Fields, RecordKind};
use crate::store::Store;

/// A feature the import would take.
const GOOD: Color32 = Color32::from_rgb(40, 140, 255);
/// A feature it would refuse, and where a boundary crosses itself.
const BAD: Color32 = Color32::from_rgb(255, 40, 40);

/// What the user chose for the import.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Choices {
    /// The kind of features that say none (`--as`).
    pub kind: Option<RecordKind>,
    /// Values for fields the features lack, `FIELD=VALUE` separated by commas (`--set`).
    pub set: String,
    /// Columns read as fields, `COLUMN=FIELD` separated by commas (`--map`;
    /// `COLUMN=geometry` names a form export's geometry column).
    pub map: String,
    /// The sheet of an XLSX file, from a saved profile (`--sheet`).
    pub sheet: Option<String>,
    /// Import the valid features and list the others.
    pub skip_invalid: bool,
    /// Repair invalid boundaries (`--repair`).
    pub repair: bool,
    /// Take a repair whatever it does to the area (`--accept-repairs`).
    pub accept_repairs: bool,
}

impl Choices {
    /// The columns read as fields, or why they cannot be read.
    fn map_pairs(&self) -> Result<Vec<(String, String)>, String> {
        let mut map = Vec::new();
        for pair in self
            .map
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            map.push(exchange::map_pair(pair).map_err(|e| format!("columns read as fields: {e}"))?);
        }
        Ok(map)
    }

    /// How the file is turned into features (a form export's geometry column, a sheet).
    pub fn source_options(&self) -> Result<formats::SourceOptions, String> {
        Ok(formats::SourceOptions::for_import(
            self.kind,
            &self.map_pairs()?,
            self.sheet.clone(),
            self.skip_invalid,
        ))
    }

    /// Takes the choices saved under a name (`import --save-profile`).
    pub fn take_profile(&mut self, profile: &exchange::ImportProfile) {
        self.kind = profile.kind.as_deref().and_then(|k| k.parse().ok());
        let pairs: Vec<String> = profile
            .map
            .iter()
            .map(|(c, f)| format!("{c}={f}"))
            .collect();
        self.map = pairs.join(", ");
        let set: Vec<String> = profile
            .set
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        self.set = set.join(", ");
        self.sheet = profile.sheet.clone();
    }

    /// The import's options, or why the fields to set cannot be read.
    pub fn options(&self) -> Result<ImportOptions, String> {
        let mut set = Fields::new();
        for pair in self
            .set
            .split([',', ';', '\n'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            let (field, value) =
                exchange::set_pair(pair).map_err(|e| format!("fill fields: {e}"))?;
            set.insert(field, value);
        }
        Ok(ImportOptions {
            skip_invalid: self.skip_invalid,
            default_kind: self.kind,
            set,
            map: formats::field_map(&self.map_pairs()?),
            unit: exchange::Unit::Feature,
            update: false,
            repair: self.repair.then_some(RepairPolicy {
                accept_all: self.accept_repairs,
                ..RepairPolicy::default()
            }),
        })
    }

    /// The choices' controls, with the profiles saved in the database (name and choices) to
    /// start from.
    pub fn ui(&mut self, ui: &mut egui::Ui, profiles: &[(String, exchange::ImportProfile)]) {
        let m = super::lang::messages(ui.ctx());
        if !profiles.is_empty() {
            ui.horizontal(|ui| {
                let label = ui.label(m.text("app-import-saved-choices", &[]));
                let mut chosen = None;
                egui::ComboBox::from_id_salt("import-profile")
                    .selected_text(m.text("app-choose-value", &[]))
                    .show_ui(ui, |ui| {
                        for (i, (name, _)) in profiles.iter().enumerate() {
                            if ui.selectable_label(false, name).clicked() {
                                chosen = Some(i);
                            }
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if let Some(i) = chosen {
                    self.take_profile(&profiles[i].1);
                }
            });
        }
        ui.horizontal(|ui| {
            let label = ui.label(m.text("app-import-kindless", &[]));
            let refused = m.text("app-import-refused", &[]);
            egui::ComboBox::from_id_salt("import-kind")
                .selected_text(
                    self.kind
                        .map_or_else(|| refused.clone(), |k| super::lang::kind(&m, k)),
                )
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.kind, None, refused.as_str());
                    for k in RecordKind::ALL {
                        ui.selectable_value(&mut self.kind, Some(k), super::lang::kind(&m, k));
                    }
                })
                .response
                .labelled_by(label.id);
        });
        let label = ui.label(m.text("app-import-fill", &[]));
        ui.add(
            egui::TextEdit::singleline(&mut self.set)
                .hint_text("classification=SHA, surveyed_on=2024-05-02"),
        )
        .labelled_by(label.id);
        let label = ui.label(m.text("app-import-columns", &[]));
        ui.add(
            egui::TextEdit::singleline(&mut self.map)
                .hint_text("site/site_name=name, survey_date=surveyed_on"),
        )
        .labelled_by(label.id);
        ui.checkbox(
            &mut self.skip_invalid,
            m.text("app-import-skip-invalid", &[]),
        );
        ui.checkbox(&mut self.repair, m.text("app-import-repair", &[]));
        if self.repair {
            ui.checkbox(
                &mut self.accept_repairs,
                m.text("app-import-accept-repairs", &[]),
            );
        }
    }
}

/// What a preview found.
pub struct Preview {
    /// The file and the choices it was made with: another file or other choices need a
    /// preview of their own.
    pub made_for: (PathBuf, Choices),
    /// What the conversion said (a track closed, a projection converted).
    pub notes: Vec<String>,
    /// What the file calls its features (a shapefile's records).
    pub unit: exchange::Unit,
    /// Every feature.
    pub features: Vec<Previewed>,
    /// The feature shown alone, when one was picked from the list.
    pub picked: Option<usize>,
}

/// A preview being made on its own thread.
pub type PreviewJob = Job<Result<Preview, String>>;

/// Starts reading `file` as the import would, with the database at `db` for its ordnance
/// types; why it cannot be read is said in `language`.
pub fn start(
    db: PathBuf,
    file: PathBuf,
    choices: Choices,
    language: crate::i18n::Language,
) -> PreviewJob {
    Job::start("import-preview", move |_| {
        use crate::i18n::Localized;
        let m = crate::i18n::Messages::new(language);
        let options = choices.options()?;
        let source_options = choices.source_options()?;
        let types = Store::open(&db)
            .and_then(|(store, _)| store.ordnance_types())
            .map_err(|e| e.text_in(&m))?;
        let f =
            exchange::open_source(&file, &db).map_err(|e| format!("{}: {e}", file.display()))?;
        let source = formats::open(f, &file, &source_options)
            .map_err(|e| format!("{}: {}", file.display(), e.text_in(&m)))?;
        let options = ImportOptions {
            unit: source.format.unit(),
            ..options
        };
        let unit = options.unit;
        let features = exchange::preview(source.reader, &options, &types)
            .map_err(|e| format!("{}: {}", file.display(), e.text_in(&m)))?;
        Ok(Preview {
            made_for: (file, choices),
            notes: source.notes,
            unit,
            features,
            picked: None,
        })
    })
}

impl Preview {
    /// Whether it was made for this file with these choices.
    pub fn is_for(&self, file: &Path, choices: &Choices) -> bool {
        self.made_for.0 == file && &self.made_for.1 == choices
    }

    /// Draws the features on the map (only the picked one, when one is), and fits the map
    /// to them.
    pub fn show_on(&self, map: &mut MapView) {
        let mut shown = Vec::new();
        for f in &self.features {
            if self.picked.is_some_and(|n| n != f.feature) {
                continue;
            }
            let colour = if f.problem.is_some() { BAD } else { GOOD };
            if let Some(g) = &f.geometry {
                let g = match g {
                    geo_types::Geometry::Polygon(p) => {
                        geo_types::Geometry::MultiPolygon(geo_types::MultiPolygon(vec![p.clone()]))
                    }
                    other => other.clone(),
                };
                shown.push((g, colour));
            }
            // Where a refused boundary crosses itself (a repaired one is drawn repaired).
            for c in f.crossings.iter().filter(|_| f.problem.is_some()) {
                shown.push((
                    geo_types::Geometry::Point(geo_types::Point::new(c[0], c[1])),
                    BAD,
                ));
            }
        }
        map.set_highlights(shown);
        map.zoom_to_highlights();
    }

    /// How many features, by kind, and how many would be refused, in the language of `m`.
    pub fn summary(&self, m: &crate::i18n::Messages) -> String {
        let mut counts = [0usize; RecordKind::COUNT];
        let mut refused = 0usize;
        let mut repaired = 0;
        for f in &self.features {
            match (&f.problem, f.kind) {
                (Some(_), _) => refused += 1,
                (None, Some(k)) => counts[k.index()] += 1,
                (None, None) => {}
            }
            repaired += usize::from(f.repaired);
        }
        let mut s = m.text(
            "app-preview-features",
            &[
                ("count", self.features.len().into()),
                ("counts", crate::said::counts(m, &counts).into()),
            ],
        );
        if repaired > 0 {
            s.push_str(&m.text("app-preview-repaired", &[("count", repaired.into())]));
        }
        if refused > 0 {
            s.push_str(&m.text("app-preview-refused", &[("count", refused.into())]));
        } else {
            // Fluent trims a message's leading space: the sentence after the full stop.
            s.push_str(". ");
            s.push_str(&m.text("app-preview-checks", &[]));
        }
        s
    }

    /// The summary and the refused features, each a button that shows it alone on the map;
    /// the picked feature's number when one was clicked (0: show all again).
    pub fn ui(&self, ui: &mut egui::Ui) -> Option<usize> {
        let mut picked = None;
        for note in &self.notes {
            ui.label(note);
        }
        ui.label(self.summary(&super::lang::messages(ui.ctx())));
        let error = super::style::error_colour(ui.visuals());
        let m = super::lang::messages(ui.ctx());
        egui::ScrollArea::vertical()
            .id_salt("preview-problems")
            .max_height(240.0)
            .show(ui, |ui| {
                for f in self.features.iter().filter(|f| f.problem.is_some()) {
                    let name = f
                        .name
                        .as_deref()
                        .map(|n| format!(" \"{}\"", crate::io::text::cut(n)))
                        .unwrap_or_default();
                    let unit = match self.unit {
                        exchange::Unit::Feature => "app-preview-unit-feature",
                        exchange::Unit::Record => "app-preview-unit-record",
                    };
                    let problem = f
                        .problem
                        .as_ref()
                        .map(|p| crate::i18n::Localized::text_in(p, &m))
                        .unwrap_or_default();
                    let text = m.text(
                        "app-preview-problem",
                        &[
                            ("unit", m.text(unit, &[]).into()),
                            ("n", f.feature.into()),
                            ("name", name.into()),
                            ("problem", problem.into()),
                        ],
                    );
                    if ui
                        .add(egui::Button::new(RichText::new(text).color(error)).wrap())
                        .on_hover_text(m.text("app-preview-show-alone", &[]))
                        .clicked()
                    {
                        picked = Some(f.feature);
                    }
                }
            });
        if self.picked.is_some()
            && ui
                .button(super::lang::tr(ui, "app-preview-show-all"))
                .clicked()
        {
            picked = Some(0);
        }
        picked
    }
}
