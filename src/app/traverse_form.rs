//! The legs table of a hazard area's or release's form: a boundary walked from a benchmark,
//! leg by leg (bearing and distance), computed as it is typed (`geom::traverse`), its
//! outline drawn on the map and its closure shown before saving. Rows can be pasted from a
//! spreadsheet (tab-separated). Nothing here computes: the library does.

use chrono::NaiveDate;
use egui::RichText;

use crate::geom::traverse::{self, Adjusted, BearingReference, Leg, TraverseInput, TraverseResult};
use crate::io::legs;
use crate::model::SurveyPointType;

/// The legs table as typed.
#[derive(Clone, Debug)]
pub struct TraverseForm {
    /// The benchmark: lon,lat, UTM, MGRS or DMS.
    pub benchmark: String,
    /// The north the bearings are read from.
    pub bearing_ref: BearingReference,
    /// A declination to use instead of the World Magnetic Model's, as typed.
    pub declination: String,
    /// The legs: kind, bearing, distance, as typed.
    pub rows: Vec<[String; 3]>,
    /// Rows pasted from a spreadsheet, waiting to be read.
    pub pasted: String,
    /// Save a closure worse than the programme's tolerance as measured.
    pub accept: bool,
    /// Distribute the misclosure by the compass rule.
    pub adjust: bool,
    /// The traverse as last computed, or why it could not be.
    pub computed: Option<Result<Computed, NotComputed>>,
}

/// Why a traverse cannot be computed: the table cannot be read, or the traverse is refused.
#[derive(Clone, Debug)]
pub enum NotComputed {
    /// The benchmark or a leg of the table cannot be read (said in English).
    Table(String),
    /// The traverse refused ([`traverse::TraverseError`], said in the language).
    Traverse(traverse::TraverseError),
}

impl From<String> for NotComputed {
    fn from(why: String) -> Self {
        NotComputed::Table(why)
    }
}

impl crate::i18n::Localized for NotComputed {
    fn text_in(&self, m: &crate::i18n::Messages) -> String {
        match self {
            NotComputed::Table(why) => why.clone(),
            NotComputed::Traverse(e) => e.text_in(m),
        }
    }
}

/// A traverse computed from the table.
#[derive(Clone, Debug)]
pub struct Computed {
    /// The traverse.
    pub result: TraverseResult,
    /// Its legs.
    pub legs: Vec<Leg>,
    /// The compass rule's adjustment, when asked for.
    pub adjusted: Option<Adjusted>,
}

impl Computed {
    /// The boundary to save: adjusted when asked.
    pub fn polygon(&self) -> &geo_types::Polygon<f64> {
        self.adjusted
            .as_ref()
            .map_or(&self.result.polygon, |a| &a.polygon)
    }
}

impl Default for TraverseForm {
    fn default() -> Self {
        let row = |kind: &str| [kind.to_owned(), String::new(), String::new()];
        TraverseForm {
            benchmark: String::new(),
            bearing_ref: BearingReference::Magnetic,
            declination: String::new(),
            rows: vec![
                row("start"),
                row("turning"),
                row("turning"),
                row("turning"),
                row("end"),
            ],
            pasted: String::new(),
            accept: false,
            adjust: false,
            computed: None,
        }
    }
}

impl TraverseForm {
    /// Computes the traverse the table describes, dated `date` (for the magnetic model).
    pub fn compute(&mut self, date: NaiveDate) {
        self.computed = Some(self.computed_at(date));
    }

    fn computed_at(&self, date: NaiveDate) -> Result<Computed, NotComputed> {
        let p = crate::io::wkt::parse_point(&self.benchmark)
            .map_err(|why| format!("benchmark {why}"))?;
        let mut text = legs::HEADER.to_owned();
        for r in &self.rows {
            text.push('\n');
            text.push_str(&format!("{},{},{}", r[0], r[1].trim(), r[2].trim()));
        }
        // Line 1 is the header: row N of the table is line N + 1.
        let rows = legs::parse_legs(&text).map_err(|e| {
            let row = e.line.saturating_sub(1);
            match e.column {
                Some(c) => format!("leg {row}, {c}: {}", e.why),
                None => format!("leg {row}: {}", e.why),
            }
        })?;
        let declination = match self.declination.trim() {
            "" => None,
            d => Some(
                d.parse::<f64>()
                    .map_err(|_| format!("declination {d:?}: is not a number of degrees"))?,
            ),
        };
        let input = TraverseInput {
            benchmark_lon: p.x(),
            benchmark_lat: p.y(),
            legs: rows.iter().map(|r| r.leg).collect(),
            bearing_ref: self.bearing_ref,
            declination_deg: declination,
            date,
        };
        let result = traverse::compute(&input).map_err(NotComputed::Traverse)?;
        let adjusted = if self.adjust {
            Some(traverse::bowditch(&result).map_err(|e| format!("adjusted: {e}"))?)
        } else {
            None
        };
        Ok(Computed {
            result,
            legs: input.legs,
            adjusted,
        })
    }

    /// Reads the rows pasted from a spreadsheet (kind, bearing, distance a row, tabs or
    /// commas; the header line may be left out) into the table; why not, when they cannot
    /// be read (the table is left as it was).
    pub fn read_pasted(&mut self) -> Result<(), String> {
        let pasted = self.pasted.trim();
        let text = if pasted.to_ascii_lowercase().starts_with("kind") {
            pasted.to_owned()
        } else {
            format!("{}\n{pasted}", legs::HEADER)
        };
        let rows = legs::parse_legs(&text).map_err(|e| format!("pasted rows: {e}"))?;
        self.rows = rows
            .iter()
            .map(|r| {
                [
                    r.leg.kind.as_str().to_owned(),
                    r.leg.bearing_deg.to_string(),
                    r.leg.distance_m.to_string(),
                ]
            })
            .collect();
        self.pasted.clear();
        Ok(())
    }

    /// The table; whether anything in it changed (the traverse is then computed again).
    pub fn ui(&mut self, ui: &mut egui::Ui) -> bool {
        let mut changed = false;
        let m = super::lang::messages(ui.ctx());
        egui::Grid::new("traverse-head")
            .num_columns(2)
            .show(ui, |ui| {
                let label = ui.label(m.text("app-traverse-benchmark", &[]));
                changed |= ui
                    .scope(|ui| {
                        super::bidi::single_line(ui, &mut self.benchmark, |e| {
                            e.hint_text(m.text("app-traverse-benchmark-hint", &[]))
                                .desired_width(180.0)
                        })
                    })
                    .inner
                    .labelled_by(label.id)
                    .changed();
                ui.end_row();
                let label = ui.label(m.text("app-traverse-bearings-from", &[]));
                let before = self.bearing_ref;
                egui::ComboBox::from_id_salt("bearing-ref")
                    .selected_text(super::lang::value(&m, self.bearing_ref.as_str()))
                    .show_ui(ui, |ui| {
                        for r in BearingReference::ALL {
                            let shown = super::lang::value(&m, r.as_str());
                            ui.selectable_value(&mut self.bearing_ref, *r, shown);
                        }
                    })
                    .response
                    .labelled_by(label.id);
                changed |= before != self.bearing_ref;
                ui.end_row();
                let label = ui.label(m.text("app-field-declination_deg", &[]));
                changed |= ui
                    .add(
                        egui::TextEdit::singleline(&mut self.declination)
                            .hint_text(m.text("app-traverse-wmm", &[]))
                            .desired_width(180.0),
                    )
                    .labelled_by(label.id)
                    .changed();
                ui.end_row();
            });
        let mut remove = None;
        egui::Grid::new("traverse-legs")
            .num_columns(4)
            .striped(true)
            .show(ui, |ui| {
                ui.label(m.text("app-traverse-leg-to", &[]));
                ui.label(m.text("app-field-bearing_deg", &[]));
                ui.label(m.text("app-field-distance_m", &[]));
                ui.label("");
                ui.end_row();
                for (i, row) in self.rows.iter_mut().enumerate() {
                    let n = i + 1;
                    let before = row[0].clone();
                    egui::ComboBox::from_id_salt(("leg-kind", i))
                        .selected_text(super::lang::value(&m, &row[0]))
                        .show_ui(ui, |ui| {
                            for k in SurveyPointType::ALL.iter().filter(|k| {
                                !matches!(
                                    k,
                                    SurveyPointType::Benchmark | SurveyPointType::Reference
                                )
                            }) {
                                let shown = super::lang::value(&m, k.as_str());
                                ui.selectable_value(&mut row[0], k.as_str().to_owned(), shown);
                            }
                        })
                        .response
                        .on_hover_text(m.text("app-traverse-leg-kind", &[("n", n.into())]));
                    changed |= before != row[0];
                    for (c, key) in [
                        (1, "app-traverse-leg-bearing"),
                        (2, "app-traverse-leg-distance"),
                    ] {
                        changed |= ui
                            .add(egui::TextEdit::singleline(&mut row[c]).desired_width(60.0))
                            .on_hover_text(m.text(key, &[("n", n.into())]))
                            .changed();
                    }
                    if ui
                        .small_button("×")
                        .on_hover_text(m.text("app-traverse-remove-leg", &[]))
                        .clicked()
                    {
                        remove = Some(i);
                    }
                    ui.end_row();
                }
            });
        if let Some(i) = remove {
            self.rows.remove(i);
            changed = true;
        }
        ui.horizontal(|ui| {
            if ui.button(m.text("app-traverse-add-leg", &[])).clicked() {
                // Before the end leg: a new corner of the perimeter.
                let at = self.rows.len().saturating_sub(1);
                self.rows
                    .insert(at, ["turning".to_owned(), String::new(), String::new()]);
                changed = true;
            }
        });
        let label = ui.label(m.text("app-traverse-paste", &[]));
        ui.add(
            egui::TextEdit::multiline(&mut self.pasted)
                .desired_rows(2)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        if ui.button(m.text("app-traverse-read-pasted", &[])).clicked() {
            match self.read_pasted() {
                Ok(()) => changed = true,
                Err(why) => self.computed = Some(Err(why.into())),
            }
        }
        changed |= ui
            .checkbox(&mut self.adjust, m.text("app-traverse-adjust", &[]))
            .changed();
        ui.checkbox(&mut self.accept, m.text("app-traverse-accept", &[]));
        changed
    }

    /// The traverse's figures and closure against the programme's `tolerance`, or why it
    /// cannot be computed yet.
    pub fn summary_ui(&self, ui: &mut egui::Ui, tolerance: f64) {
        let warn = super::style::warning_colour(ui.visuals());
        let m = super::lang::messages(ui.ctx());
        match &self.computed {
            None => {}
            Some(Err(why)) => {
                ui.label(RichText::new(crate::i18n::Localized::text_in(why, &m)).color(warn));
            }
            Some(Ok(c)) => {
                let r = &c.result;
                ui.label(m.text(
                    "app-traverse-area",
                    &[
                        (
                            "area",
                            m.number(&crate::estimate::thousands(r.area_m2)).into(),
                        ),
                        (
                            "perimeter",
                            m.number(&format!("{:.1}", r.perimeter_m)).into(),
                        ),
                    ],
                ));
                let ratio = r
                    .closure_ratio
                    .map_or("1:∞".to_owned(), |n| format!("1:{:.0}", n.floor()));
                let closure = m.text(
                    "app-traverse-closure",
                    &[
                        (
                            "error",
                            m.number(&format!("{:.3}", r.closure_error_m)).into(),
                        ),
                        ("ratio", ratio.into()),
                    ],
                );
                if r.closure_worse_than(tolerance) {
                    let said = m.text(
                        "app-traverse-closure-worse",
                        &[
                            ("closure", closure.into()),
                            ("tolerance", tolerance.to_string().into()),
                        ],
                    );
                    ui.label(RichText::new(said).color(warn));
                } else {
                    ui.label(RichText::new(closure).strong());
                }
                if let Some(d) = &r.declination {
                    let degrees = m.number(&format!("{:.2}", d.degrees));
                    ui.label(m.text("app-traverse-declination", &[("degrees", degrees.into())]));
                }
                if let Some(a) = &c.adjusted {
                    let most = a.points.iter().map(|p| p.shift_m).fold(0.0, f64::max);
                    ui.label(m.text(
                        "app-traverse-adjusted",
                        &[
                            ("most", m.number(&format!("{most:.3}")).into()),
                            (
                                "area",
                                m.number(&crate::estimate::thousands(a.area_m2)).into(),
                            ),
                        ],
                    ));
                }
            }
        }
    }
}
