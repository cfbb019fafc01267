//! Recording a new hazard area, land release or find, or editing one: vertices clicked,
//! dragged, inserted and deleted on the map or coordinates typed, and a form for every field.
//! Values are checked by the same library functions as the command line; problems show
//! beside the form and nothing is saved until they are put right.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use egui::RichText;
use geo_types::{Coord, Geometry, LineString, MultiPolygon, Point, Polygon};

use super::{File, UiCommand};
use crate::geom;
use crate::model::{self, OrdnanceType, Record, RecordInput, RecordKind};
use crate::store::undo::Change;

/// A boundary being edited: polygons, their rings (exterior first), their vertices in lon/lat
/// without the closing repeat. A find is one polygon of one ring of one vertex.
pub type Rings = Vec<Vec<Vec<[f64; 2]>>>;

/// Where a vertex is in [`Rings`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct VertexAt {
    /// Which polygon.
    pub polygon: usize,
    /// Which ring of it (0: the exterior).
    pub ring: usize,
    /// Which vertex of the ring.
    pub index: usize,
}

/// What the editor's widgets and the map's handles ask of the editor.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Start recording a new record of this kind.
    Start(RecordKind),
    /// Start recording a new record of this kind with these fields filled in (a survey
    /// point of the selected hazard area, say).
    StartWith(RecordKind, Vec<(String, String)>),
    /// A point clicked on the map while recording (lon, lat).
    AddVertex(f64, f64),
    /// A vertex handle started to be dragged.
    BeginVertexDrag(VertexAt),
    /// A vertex dragged to (lon, lat).
    MoveVertex(VertexAt, f64, f64),
    /// A vertex inserted at (lon, lat), before the one at that place.
    InsertVertex(VertexAt, f64, f64),
    /// A vertex deleted.
    DeleteVertex(VertexAt),
    /// A vertex clicked (the Delete key deletes it).
    SelectVertex(VertexAt),
    /// The geometry text was typed into.
    GeometryTyped,
    /// A position averaged from the GPS receiver: the find's, point's or next vertex's
    /// place, with the fixes' quality kept on a survey point.
    UseGps(crate::geom::fixes::Averaged),
    /// The legs table changed: the traverse is computed again and its outline drawn.
    TraverseChanged,
    /// Save the record being recorded.
    Save,
    /// Drop the record being recorded.
    Cancel,
}

impl From<Command> for UiCommand {
    fn from(command: Command) -> Self {
        UiCommand::Editor(command)
    }
}

/// What the app does after an editor's command.
#[derive(Debug)]
pub enum Outcome {
    /// Nothing: the editor shows what happened (a refusal stays beside the form).
    Nothing,
    /// The record was saved and the editor closed: the change (before, after), for the
    /// history, the selection, the map and the figures.
    Saved(Box<Change>),
}

/// What the forms remember from one record to the next in a sitting: the last team and
/// region saved, which the next new record starts with.
#[derive(Clone, Debug, Default)]
pub struct Remembered(BTreeMap<String, String>);

/// The fields whose last value a new record starts with.
const REMEMBERED: [&str; 2] = ["team", "region"];

impl Remembered {
    /// Keeps the remembered fields of a record saved.
    fn keep(&mut self, record: &Record) {
        let fields = record.fields();
        for name in REMEMBERED {
            if let Some(v) = fields.get(name) {
                self.0.insert(name.to_owned(), v.clone());
            }
        }
    }
}

/// Applies `command` to the editor in `slot` (`None`: no record being recorded), writing to
/// `file` on Save; `types` are the ordnance types a find's form is checked against; a new
/// record starts with what `remembered` holds, and a saved one updates it.
pub fn apply(
    slot: &mut Option<Editor>,
    command: Command,
    file: File<'_>,
    types: &[OrdnanceType],
    remembered: &mut Remembered,
) -> Outcome {
    let start = match &command {
        Command::Start(kind) => Some((*kind, Vec::new())),
        Command::StartWith(kind, fields) => Some((*kind, fields.clone())),
        _ => None,
    };
    if let Some((kind, fields)) = start {
        let mut e = Editor::new(kind, file.today);
        for (name, value) in &remembered.0 {
            if kind.fields().contains(&name.as_str()) {
                e.fields.insert(name.clone(), value.clone());
            }
        }
        e.fields.extend(fields);
        if let Some(store) = file.store.as_deref() {
            e.hazards = store.hazard_names().unwrap_or_default();
            if let Ok(settings) = crate::status::settings(store) {
                e.tolerance = settings.closure_tolerance();
            }
        }
        e.recheck(types);
        *slot = Some(e);
        return Outcome::Nothing;
    }
    let Some(e) = slot else {
        return Outcome::Nothing;
    };
    let moved = matches!(
        command,
        Command::AddVertex(..)
            | Command::MoveVertex(..)
            | Command::GeometryTyped
            | Command::UseGps(_)
            | Command::TraverseChanged
    );
    match command {
        Command::Start(_) | Command::StartWith(..) => {}
        Command::AddVertex(lon, lat) => e.add_vertex(lon, lat),
        Command::BeginVertexDrag(at) => {
            e.begin_change();
            e.selected_vertex = Some(at);
        }
        Command::MoveVertex(at, lon, lat) => e.move_vertex(at, lon, lat),
        Command::InsertVertex(at, lon, lat) => e.insert_vertex(at, lon, lat),
        Command::DeleteVertex(at) => e.delete_vertex(at),
        Command::SelectVertex(at) => e.selected_vertex = Some(at),
        Command::GeometryTyped => e.geometry_typed(),
        Command::UseGps(a) => e.use_gps(&a),
        Command::TraverseChanged => e.traverse_changed(),
        Command::Cancel => {
            *slot = None;
            return Outcome::Nothing;
        }
        Command::Save => {
            if let Some(change) = e.save(file, types) {
                if let Some(saved) = &change.after {
                    remembered.keep(saved);
                }
                *slot = None;
                return Outcome::Saved(Box::new(change));
            }
            return Outcome::Nothing;
        }
    }
    if moved && let Some(store) = file.store.as_deref() {
        e.propose_link(store);
    }
    e.recheck(types);
    Outcome::Nothing
}

/// A record being drawn and filled in.
pub struct Editor {
    /// What is being recorded.
    pub kind: RecordKind,
    /// The stored record being edited; `None` for a new one.
    pub original: Option<Record>,
    /// The boundary (or the find's position) as drawn.
    pub shape: Rings,
    /// The geometry as text: WKT, or a point as lon,lat / UTM / MGRS / DMS. Follows the
    /// shape, and the shape follows it when it is typed.
    pub geometry: String,
    /// Field values as typed.
    pub fields: BTreeMap<String, String>,
    /// Why the last save (or vertex deletion) was refused.
    pub problems: Vec<String>,
    /// The vertex clicked last, which the Delete key removes.
    pub selected_vertex: Option<VertexAt>,
    /// What the form lacks or has wrong as it stands, said as it is filled in.
    pub missing: Vec<(String, model::FieldReason)>,
    /// The hazard areas a record can be linked to (id, name), by name.
    pub hazards: Vec<(uuid::Uuid, String)>,
    /// The hazard area proposed because the record was drawn inside it, until the user
    /// picks another (or none).
    pub proposed: Option<uuid::Uuid>,
    /// Whether the user chose the link: it is no longer proposed.
    link_chosen: bool,
    /// Enter was pressed in a one-line field this frame: the form saves.
    entered: bool,
    /// The app's date, where a date picker opens on an empty field.
    today: NaiveDate,
    /// The boundary as a traverse from a benchmark, when entered as one.
    pub traverse: Option<super::traverse_form::TraverseForm>,
    /// The programme's closure tolerance, N of 1:N.
    pub tolerance: f64,
    /// What is typed to narrow the list of ordnance types.
    type_search: String,
    /// Earlier shapes, for Undo; later ones, for Redo.
    undo: Vec<Rings>,
    redo: Vec<Rings>,
}

impl Editor {
    /// A new record of `kind`, with sensible defaults (dates today).
    pub fn new(kind: RecordKind, day: NaiveDate) -> Self {
        let mut fields = BTreeMap::new();
        let today = day.to_string();
        match kind {
            RecordKind::HazardArea => {
                fields.insert("classification".to_owned(), "SHA".to_owned());
                fields.insert("contamination".to_owned(), "cmr".to_owned());
                fields.insert("status".to_owned(), "active".to_owned());
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
            RecordKind::SurveyPoint => {
                fields.insert("point_type".to_owned(), "turning".to_owned());
            }
            RecordKind::EvidencePoint => {
                fields.insert("evidence_type".to_owned(), "strike".to_owned());
                fields.insert("recorded_on".to_owned(), today);
            }
        }
        Editor::blank(kind, fields, day)
    }

    /// An editor of `kind` with these field values and nothing drawn yet.
    fn blank(kind: RecordKind, fields: BTreeMap<String, String>, today: NaiveDate) -> Self {
        Editor {
            kind,
            original: None,
            shape: Vec::new(),
            geometry: String::new(),
            fields,
            problems: Vec::new(),
            selected_vertex: None,
            missing: Vec::new(),
            hazards: Vec::new(),
            proposed: None,
            link_chosen: false,
            entered: false,
            today,
            traverse: None,
            tolerance: crate::geom::traverse::DEFAULT_TOLERANCE,
            type_search: String::new(),
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// An editor on a stored record: its fields and its boundary's vertices (`today`: the
    /// app's date).
    pub fn edit(record: &Record, today: NaiveDate) -> Self {
        let mut fields: BTreeMap<String, String> = record.fields().into_iter().collect();
        for name in record.kind().fields() {
            fields.entry((*name).to_owned()).or_default();
        }
        let mut editor = Editor {
            original: Some(record.clone()),
            shape: rings_of(&record.geometry()),
            ..Editor::blank(record.kind(), fields, today)
        };
        editor.geometry = editor.geometry_text();
        editor
    }

    /// Takes a position averaged from the GPS receiver: a point record is placed there (a
    /// survey point also keeps the fixes' spread as its accuracy, their mean HDOP and the
    /// fewest satellites), an area gets it as its next vertex.
    pub fn use_gps(&mut self, a: &crate::geom::fixes::Averaged) {
        self.add_vertex(a.lon, a.lat);
        if self.kind == RecordKind::SurveyPoint {
            let mut put = |name: &str, value: Option<String>| {
                if let Some(v) = value {
                    self.fields.insert(name.to_owned(), v);
                }
            };
            put("gps_accuracy_m", Some(format!("{:.2}", a.spread_rms_m)));
            put("hdop", a.mean_hdop.map(|h| format!("{h:.2}")));
            put("satellites", a.min_satellites.map(|s| s.to_string()));
        }
    }

    /// The legs table of a new hazard area or release (a button opens it), its figures and
    /// closure; whether the table changed.
    fn traverse_ui(&mut self, ui: &mut egui::Ui) -> bool {
        if self.kind.is_point() || self.original.is_some() {
            return false;
        }
        let Some(t) = &mut self.traverse else {
            if ui
                .button(super::lang::tr(ui, "app-traverse-enter"))
                .clicked()
            {
                self.traverse = Some(Default::default());
            }
            return false;
        };
        let mut changed = false;
        egui::CollapsingHeader::new(super::lang::tr(ui, "app-traverse-title"))
            .id_salt("traverse")
            .default_open(true)
            .show(ui, |ui| {
                changed = t.ui(ui);
                t.summary_ui(ui, self.tolerance);
            });
        changed
    }

    /// Computes the traverse again (dated by the record's own date, or today) and, when it
    /// can be computed, draws its boundary as the record's.
    pub fn traverse_changed(&mut self) {
        let date = self
            .kind
            .date_field()
            .and_then(|f| self.fields.get(f))
            .and_then(|d| model::parse_date(d).ok())
            .unwrap_or(self.today);
        let Some(t) = &mut self.traverse else { return };
        t.compute(date);
        if let Some(Ok(c)) = &t.computed {
            let shape = rings_of(&Geometry::Polygon(c.polygon().clone()));
            if shape != self.shape {
                self.begin_change();
                self.shape = shape;
                self.geometry = self.geometry_text();
            }
        }
    }

    /// Checks the form as it stands: [`Editor::missing`] says what it lacks or has wrong.
    pub fn recheck(&mut self, types: &[OrdnanceType]) {
        self.missing = match self.build_fields(types) {
            Ok(_) => Vec::new(),
            Err(problems) => problems
                .iter()
                .map(|p| (p.field.clone(), p.reason.clone()))
                .collect(),
        };
    }

    /// Links a new release, find or evidence point drawn inside a hazard area to it (the
    /// first by id, if several hold it), unless the user chose a link. A release is placed
    /// by a point inside it.
    pub fn propose_link(&mut self, store: &crate::store::Store) {
        use geo::InteriorPoint;
        let linkable = matches!(
            self.kind,
            RecordKind::LandRelease | RecordKind::OrdnanceFind | RecordKind::EvidencePoint
        );
        if !linkable || self.link_chosen || self.original.is_some() {
            return;
        }
        let at = match self.kind {
            RecordKind::LandRelease => polygons(&self.shape)
                .first()
                .filter(|p| p.exterior().0.len() >= 4)
                .and_then(|p| p.interior_point())
                .map(|p| [p.x(), p.y()]),
            _ => self
                .shape
                .first()
                .and_then(|p| p.first())
                .and_then(|r| r.first())
                .copied(),
        };
        let Some([lon, lat]) = at else { return };
        let found = store
            .hazards_at(lon, lat)
            .unwrap_or_default()
            .first()
            .copied();
        if found != self.proposed {
            self.proposed = found;
            match found {
                Some(id) => self.fields.insert("hazard_id".to_owned(), id.to_string()),
                None => self.fields.insert("hazard_id".to_owned(), String::new()),
            };
        }
    }

    /// Whether a click on empty map adds a vertex or places the find: only for a new record
    /// (a stored find moves only when dragged, so a click meant to pan does not move it).
    pub fn clicks_add(&self) -> bool {
        self.original.is_none()
    }

    /// Keeps the current shape for Undo before changing it.
    pub fn begin_change(&mut self) {
        self.undo.push(self.shape.clone());
        self.redo.clear();
        self.problems.clear();
    }

    /// Adds a clicked point: the next vertex of the first ring, or the find's location.
    pub fn add_vertex(&mut self, lon: f64, lat: f64) {
        self.begin_change();
        if self.kind.is_point() {
            self.shape = vec![vec![vec![[lon, lat]]]];
        } else {
            if self.shape.is_empty() {
                self.shape.push(vec![Vec::new()]);
            }
            self.shape[0][0].push([lon, lat]);
        }
        self.geometry = self.geometry_text();
    }

    /// Moves a vertex (while it is dragged; [`Editor::begin_change`] was called when the
    /// drag started).
    pub fn move_vertex(&mut self, at: VertexAt, lon: f64, lat: f64) {
        if let Some(v) = self.vertex_mut(at) {
            *v = [lon, lat];
            self.geometry = self.geometry_text();
        }
    }

    /// Inserts a vertex before `at` (between it and the one before).
    pub fn insert_vertex(&mut self, at: VertexAt, lon: f64, lat: f64) {
        let fits = self
            .shape
            .get(at.polygon)
            .and_then(|p| p.get(at.ring))
            .is_some_and(|r| at.index <= r.len());
        if !fits {
            return;
        }
        self.begin_change();
        self.shape[at.polygon][at.ring].insert(at.index, [lon, lat]);
        self.selected_vertex = Some(at);
        self.geometry = self.geometry_text();
    }

    /// Deletes a vertex; refused, with the reason shown, when its ring would have fewer than
    /// three vertices left.
    pub fn delete_vertex(&mut self, at: VertexAt) {
        // A find is its one point: it is moved, not deleted.
        if self.kind.is_point() {
            return;
        }
        let Some(ring) = self.shape.get(at.polygon).and_then(|p| p.get(at.ring)) else {
            return;
        };
        if at.index >= ring.len() {
            return;
        }
        if self.original.is_some() && ring.len() <= 3 {
            self.problems = vec![format!(
                "polygon {} ring {}: a ring needs at least 3 vertices; the vertex was not deleted",
                at.polygon + 1,
                at.ring + 1
            )];
            return;
        }
        self.begin_change();
        self.shape[at.polygon][at.ring].remove(at.index);
        self.selected_vertex = None;
        self.geometry = self.geometry_text();
    }

    /// Takes back the last change to the shape; false when there is none.
    pub fn undo(&mut self) -> bool {
        self.step(false)
    }

    /// Makes the last undone change to the shape again; false when there is none.
    pub fn redo(&mut self) -> bool {
        self.step(true)
    }

    /// One step back (or forward) in the shape's history.
    fn step(&mut self, forward: bool) -> bool {
        let (from, to) = if forward {
            (&mut self.redo, &mut self.undo)
        } else {
            (&mut self.undo, &mut self.redo)
        };
        // A drag that ended where it began left a step with nothing in it.
        while from.last() == Some(&self.shape) {
            from.pop();
        }
        let Some(shape) = from.pop() else {
            return false;
        };
        to.push(std::mem::replace(&mut self.shape, shape));
        self.after_history_step();
        true
    }

    /// Whether Undo / Redo have something to do.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// See [`Editor::can_undo`].
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    fn after_history_step(&mut self) {
        self.selected_vertex = None;
        self.problems.clear();
        self.geometry = self.geometry_text();
    }

    /// The geometry text was typed: the shape follows it when it reads as a geometry.
    pub fn geometry_typed(&mut self) {
        if let Ok(g) = crate::io::wkt::parse(&self.geometry) {
            let shape = rings_of(&g);
            if shape != self.shape {
                self.undo.push(std::mem::replace(&mut self.shape, shape));
                self.redo.clear();
                // Its index may name another vertex now.
                self.selected_vertex = None;
            }
        }
    }

    fn vertex_mut(&mut self, at: VertexAt) -> Option<&mut [f64; 2]> {
        self.shape
            .get_mut(at.polygon)?
            .get_mut(at.ring)?
            .get_mut(at.index)
    }

    /// The shape as text: `lon,lat` for a find, WKT for a boundary.
    fn geometry_text(&self) -> String {
        if self.kind.is_point() {
            return match self.shape.first().and_then(|p| p.first()?.first()) {
                Some(p) => format!("{},{}", p[0], p[1]),
                None => String::new(),
            };
        }
        let polygons = polygons(&self.shape);
        match polygons.len() {
            0 => String::new(),
            1 => crate::io::wkt::to_wkt(&Geometry::Polygon(polygons[0].clone())),
            _ => crate::io::wkt::to_wkt(&Geometry::MultiPolygon(MultiPolygon(polygons))),
        }
    }

    /// The area of the boundary as it stands, m², when it is a valid one (whatever the state
    /// of the other fields), so that it shows while the form is being filled in.
    pub fn area(&self) -> Option<f64> {
        if self.kind.is_point() {
            return None;
        }
        let mp = match crate::io::wkt::parse(&self.geometry).ok()? {
            Geometry::Polygon(p) => MultiPolygon(vec![p]),
            Geometry::MultiPolygon(mp) => mp,
            _ => return None,
        };
        geom::validate_area(&mp)
            .is_empty()
            .then(|| geom::geodesic_area(&mp).m2())
    }

    /// The record the form describes, or every problem with it in the language of `m`.
    pub fn build(
        &self,
        types: &[OrdnanceType],
        m: &crate::i18n::Messages,
    ) -> Result<Record, Vec<String>> {
        use crate::i18n::Localized;
        self.build_fields(types)
            .map_err(|errors| errors.iter().map(|e| e.text_in(m)).collect())
    }

    /// As [`Editor::build`], the problems by field.
    fn build_fields(&self, types: &[OrdnanceType]) -> Result<Record, Vec<model::FieldError>> {
        let geometry = match crate::io::wkt::parse(&self.geometry) {
            Ok(g) => Some(g),
            Err(_) if self.geometry.trim().is_empty() => None,
            Err(e) => {
                return Err(vec![model::FieldError::new(
                    "geometry",
                    "",
                    model::FieldReason::Geometry(e.to_string()),
                )]);
            }
        };
        let built = match &self.original {
            // Empty fields are cleared; every field of the kind is in the form.
            Some(original) => original.edited(&self.fields, geometry, types),
            None => {
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
            }
        };
        built.map_err(|invalid| invalid.errors)
    }

    /// Saves the record the form describes to `file`: the change made, or `None` with the
    /// refusal kept in [`Editor::problems`] (nothing is written without an open file).
    fn save(&mut self, file: File<'_>, types: &[OrdnanceType]) -> Option<Change> {
        let store = file.store?;
        if let Some(why) = file.held {
            self.problems = vec![why];
            return None;
        }
        if self.traverse.is_some() {
            // Dated by the record's date as it is now.
            self.traverse_changed();
        }
        let mut record = match self.build(types, file.messages) {
            Err(problems) => {
                self.problems = problems;
                return None;
            }
            Ok(record) => record,
        };
        // A boundary walked from a benchmark is saved with its survey points, its closure
        // held to the programme's tolerance unless accepted or adjusted (either recorded).
        let mut attached = Vec::new();
        if let Some(t) = &self.traverse {
            let computed = match &t.computed {
                Some(Ok(c)) => c,
                Some(Err(why)) => {
                    let why = crate::i18n::Localized::text_in(why, file.messages);
                    self.problems = vec![format!("traverse: {why}")];
                    return None;
                }
                None => {
                    self.problems = vec!["traverse: fill in the benchmark and the legs".to_owned()];
                    return None;
                }
            };
            let r = &computed.result;
            use crate::geom::traverse::{Taken, take_closure};
            let taken = match (&computed.adjusted, t.accept) {
                (Some(_), _) => Taken::Adjusted,
                (None, true) => Taken::Accepted,
                (None, false) => Taken::AsMeasured,
            };
            match take_closure(r, self.tolerance, taken) {
                Ok(closure) => {
                    record.extra_mut().insert("traverse".to_owned(), closure);
                }
                Err(refused) => {
                    self.problems =
                        vec![format!("{refused}: check the legs, or accept or adjust it")];
                    return None;
                }
            }
            attached = crate::geom::traverse::survey_points(
                r,
                &computed.legs,
                computed.adjusted.as_ref(),
                record.uuid(),
            )
            .into_iter()
            .map(Record::Survey)
            .collect();
        }
        let saved = match &self.original {
            // Written only if nothing else (a merge) changed it since the editor opened.
            Some(original) => {
                store.restore_state(record.uuid(), Some(original), Some(&record), file.actor)
            }
            None => {
                let mut all = vec![record.clone()];
                all.extend(attached);
                store.insert(&all, file.actor)
            }
        };
        match saved {
            Ok(()) => Some(Change {
                id: record.uuid(),
                before: self.original.clone(),
                after: Some(record),
            }),
            Err(err) => {
                self.problems = vec![crate::i18n::Localized::text_in(&err, file.messages)];
                None
            }
        }
    }

    /// The form; emits `Save`, `Cancel`, `GeometryTyped` or `DeleteVertex`.
    pub fn ui(&mut self, ui: &mut egui::Ui, types: &[OrdnanceType], commands: &mut Vec<UiCommand>) {
        let m = super::lang::messages(ui.ctx());
        let kind = super::lang::kind(&m, self.kind);
        match &self.original {
            None => ui.heading(m.text("app-form-new", &[("kind", kind.into())])),
            Some(r) => ui.heading(m.text(
                "app-form-edit",
                &[("kind", kind.into()), ("id", short(r.uuid()).into())],
            )),
        };
        ui.label(m.text(
            match (self.kind, &self.original) {
                (RecordKind::OrdnanceFind, _) => "app-form-help-find",
                (k, _) if k.is_point() => "app-form-help-point",
                (_, None) => "app-form-help-new-area",
                (_, Some(_)) => "app-form-help-edit-area",
            },
            &[],
        ));
        if self.traverse_ui(ui) {
            commands.push(Command::TraverseChanged.into());
        }
        let label = ui.label(super::lang::field(&m, "geometry"));
        // A long boundary scrolls in its box, so the form stays in view.
        let typed = egui::ScrollArea::vertical()
            .id_salt("geometry-text")
            .max_height(110.0)
            .show(ui, |ui| {
                ui.add(
                    egui::TextEdit::multiline(&mut self.geometry)
                        .desired_rows(2)
                        .desired_width(f32::INFINITY)
                        .hint_text(m.text("app-form-geometry-hint", &[])),
                )
                .labelled_by(label.id)
            })
            .inner;
        if typed.changed() {
            commands.push(Command::GeometryTyped.into());
        }
        if let Some(at) = self.selected_vertex
            && !self.kind.is_point()
            && ui.button(m.text("app-form-delete-vertex", &[])).clicked()
        {
            commands.push(Command::DeleteVertex(at).into());
        }
        let changed = self.fields_ui(ui, types);
        if changed {
            self.recheck(types);
        }
        if let Some(area) = self.area() {
            ui.label(super::lang::area_line(&m, "app-area-line", area));
        }
        let unlinked = matches!(
            self.kind,
            RecordKind::LandRelease | RecordKind::OrdnanceFind
        ) && self
            .fields
            .get("hazard_id")
            .is_none_or(|v| v.trim().is_empty());
        if unlinked {
            ui.label(
                RichText::new(m.text("app-form-unlinked", &[]))
                    .color(super::style::warning_colour(ui.visuals())),
            );
        }
        if self.problems.is_empty() && !self.missing.is_empty() {
            ui.label(
                RichText::new(m.text(
                    "app-form-to-save",
                    &[("missing", self.missing_text(&m).into())],
                ))
                .color(super::style::warning_colour(ui.visuals())),
            );
        }
        for p in &self.problems {
            ui.label(RichText::new(p).color(super::style::error_colour(ui.visuals())));
        }
        // Enter in a one-line field saves, as in the field forms teams know.
        let entered = std::mem::take(&mut self.entered);
        ui.horizontal(|ui| {
            if ui.button(m.text("app-save", &[])).clicked() || entered {
                commands.push(Command::Save.into());
            }
            if ui.button(m.text("app-cancel", &[])).clicked() {
                commands.push(Command::Cancel.into());
            }
        });
    }
}

impl Editor {
    /// What the form lacks or has wrong, each with its field's label in the language: "Name:
    /// is required; Date: …".
    fn missing_text(&self, m: &crate::i18n::Messages) -> String {
        let parts: Vec<String> = (self.missing.iter())
            .map(|(field, reason)| {
                m.text(
                    "app-form-problem",
                    &[
                        ("field", super::lang::field(m, field).into()),
                        ("reason", crate::i18n::Localized::text_in(reason, m).into()),
                    ],
                )
            })
            .collect();
        parts.join("; ")
    }

    /// The fields' grid: labels in words with units, required ones marked `*`, a list for
    /// every closed set, the hazard area by name. Whether a value changed.
    fn fields_ui(&mut self, ui: &mut egui::Ui, types: &[OrdnanceType]) -> bool {
        let required = self.kind.required_fields();
        let mut changed = false;
        // A type picked from the list brings its category (the field after it), so that an
        // edited find does not keep the category of the type it had before.
        let mut picked: Option<model::OrdnanceCategory> = None;
        let hazards = std::mem::take(&mut self.hazards);
        let today = self.today;
        let m = super::lang::messages(ui.ctx());
        let choose = m.text("app-choose-value", &[]);
        let none = m.text("app-none", &[]);
        let shown_choice = |value: &str| {
            if value.is_empty() {
                choose.clone()
            } else {
                super::lang::value(&m, value)
            }
        };
        super::lang::grid_scope(ui, |ui| {
            egui::Grid::new("fields").num_columns(2).show(ui, |ui| {
                for name in self.kind.fields() {
                    let mut text = super::lang::field(&m, name);
                    if required.contains(name) {
                        text.push_str(" *");
                    }
                    let label = ui.label(text);
                    let value = self.fields.entry((*name).to_owned()).or_default();
                    if *name == "category"
                        && let Some(c) = picked.take()
                    {
                        *value = c.as_str().to_owned();
                    }
                    let before = value.clone();
                    let salt = (*name, self.kind);
                    if *name == "ordnance_type" {
                        let search = &mut self.type_search;
                        egui::ComboBox::from_id_salt(salt)
                            .selected_text(shown_choice(value))
                            .show_ui(ui, |ui| {
                                // The list is long: typing narrows it (code or description).
                                let label = ui.label(m.text("app-form-search-types", &[]));
                                super::bidi::single_line(ui, search, |e| e.desired_width(160.0))
                                    .labelled_by(label.id);
                                let wanted = search.trim().to_lowercase();
                                for t in types.iter().filter(|t| {
                                    wanted.is_empty()
                                        || t.code.to_lowercase().contains(&wanted)
                                        || t.description.to_lowercase().contains(&wanted)
                                }) {
                                    let choice = ui.selectable_value(
                                        value,
                                        t.code.clone(),
                                        format!(
                                            "{} ({})",
                                            t.code,
                                            super::lang::value(&m, t.category.as_str())
                                        ),
                                    );
                                    if choice.clicked() {
                                        picked = Some(t.category);
                                    }
                                }
                            })
                            .response
                            .labelled_by(label.id);
                    } else if *name == "hazard_id" && !hazards.is_empty() {
                        let shown = hazards
                            .iter()
                            .find(|(id, _)| id.to_string() == *value)
                            .map_or_else(
                                || {
                                    if value.is_empty() {
                                        none.clone()
                                    } else {
                                        value.clone()
                                    }
                                },
                                |(_, n)| n.clone(),
                            );
                        let response = egui::ComboBox::from_id_salt(salt)
                            .selected_text(shown)
                            .show_ui(ui, |ui| {
                                let mut chosen = ui.selectable_value(value, String::new(), &none);
                                for (id, n) in &hazards {
                                    chosen |= ui.selectable_value(value, id.to_string(), n);
                                }
                                chosen
                            });
                        response.response.labelled_by(label.id);
                        if response.inner.is_some_and(|r| r.clicked()) {
                            self.link_chosen = true;
                        }
                    } else if let Some(options) = model::choices(name) {
                        egui::ComboBox::from_id_salt(salt)
                            .selected_text(shown_choice(value))
                            .show_ui(ui, |ui| {
                                if !required.contains(name) {
                                    let none = m.text("app-none-in-list", &[]);
                                    ui.selectable_value(value, String::new(), none);
                                }
                                for o in options {
                                    ui.selectable_value(
                                        value,
                                        o.to_owned(),
                                        super::lang::value(&m, o),
                                    );
                                }
                            })
                            .response
                            .labelled_by(label.id);
                    } else if model::DATE_FIELDS.contains(name) {
                        ui.horizontal(|ui| {
                            let response = ui
                                .add(
                                    egui::TextEdit::singleline(value)
                                        .hint_text(hint(&m, name))
                                        .desired_width(110.0),
                                )
                                .labelled_by(label.id);
                            if response.lost_focus()
                                && ui.input(|i| i.key_pressed(egui::Key::Enter))
                            {
                                self.entered = true;
                            }
                            date_picker(ui, name, value, today);
                        });
                    } else {
                        let response =
                            super::bidi::single_line(ui, value, |e| e.hint_text(hint(&m, name)))
                                .labelled_by(label.id);
                        if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
                            self.entered = true;
                        }
                    }
                    changed |= *value != before;
                    ui.end_row();
                }
            })
        });
        self.hazards = hazards;
        if let Some(&proposed) = self.proposed.as_ref()
            && self
                .fields
                .get("hazard_id")
                .is_some_and(|v| *v == proposed.to_string())
        {
            ui.label(m.text("app-form-linked-drawn-in", &[]));
        }
        changed
    }
}

/// A calendar beside a date field: it shows the date typed (today when none is readable)
/// and writes the date picked into the field as `YYYY-MM-DD`.
fn date_picker(ui: &mut egui::Ui, name: &'static str, value: &mut String, today: NaiveDate) {
    use chrono::Datelike;
    let shown = model::parse_date(value).unwrap_or(today);
    let Ok(mut date) =
        jiff::civil::Date::new(shown.year() as i16, shown.month() as i8, shown.day() as i8)
    else {
        return;
    };
    let before = date;
    ui.add(
        egui_extras::DatePickerButton::new(&mut date)
            .id_salt(name)
            .show_icon(false)
            // Its year, month and day lists have no accessible names: arrows and the
            // calendar instead.
            .combo_boxes(false)
            .format(super::lang::tr(ui, "app-calendar")),
    );
    if date != before {
        *value = format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day());
    }
}

/// The first characters of an id, enough to tell records apart on screen.
pub fn short(id: uuid::Uuid) -> String {
    let mut s = id.to_string();
    s.truncate(8);
    s
}

/// The polygons a shape makes, rings closed; polygons without an exterior vertex left out.
pub fn polygons(shape: &Rings) -> Vec<Polygon<f64>> {
    let ring = |r: &Vec<[f64; 2]>| {
        LineString::from(
            r.iter()
                .map(|c| Coord { x: c[0], y: c[1] })
                .collect::<Vec<_>>(),
        )
    };
    shape
        .iter()
        .filter(|p| p.first().is_some_and(|r| !r.is_empty()))
        .map(|p| Polygon::new(ring(&p[0]), p[1..].iter().map(ring).collect()))
        .collect()
}

/// The vertices of a geometry as [`Rings`] (closing repeats left out).
fn rings_of(g: &Geometry<f64>) -> Rings {
    let open = |l: &LineString<f64>| {
        let mut pts: Vec<[f64; 2]> = l.0.iter().map(|c| [c.x, c.y]).collect();
        if pts.len() > 1 && pts.first() == pts.last() {
            pts.pop();
        }
        pts
    };
    let polygon = |p: &Polygon<f64>| {
        std::iter::once(p.exterior())
            .chain(p.interiors())
            .map(open)
            .collect()
    };
    match g {
        Geometry::Point(Point(c)) => vec![vec![vec![[c.x, c.y]]]],
        Geometry::Polygon(p) => vec![polygon(p)],
        Geometry::MultiPolygon(mp) => mp.0.iter().map(polygon).collect(),
        _ => Vec::new(),
    }
}

/// What an empty field shows: its format or its choices, in the language.
fn hint(m: &crate::i18n::Messages, field: &str) -> String {
    match field {
        "surveyed_on" | "started_on" | "completed_on" | "found_on" | "recorded_on" => {
            "YYYY-MM-DD".to_owned()
        }
        "depth_cm" => m.text("app-hint-centimetres", &[]),
        "hazard_id" => m.text("app-hint-hazard-id", &[]),
        "category" => m.text("app-hint-category", &[]),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square() -> Editor {
        let mut e = Editor::new(
            RecordKind::HazardArea,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        );
        e.fields.insert("name".to_owned(), "Wadi".to_owned());
        for (x, y) in [(35.0, 33.0), (35.1, 33.0), (35.1, 33.1), (35.0, 33.1)] {
            e.add_vertex(x, y);
        }
        e
    }

    #[test]
    fn vertices_make_a_closed_polygon_and_undo_redo_step_through_them() {
        let mut e = square();
        assert_eq!(
            e.geometry,
            "POLYGON((35 33,35.1 33,35.1 33.1,35 33.1,35 33))"
        );
        let at = VertexAt {
            polygon: 0,
            ring: 0,
            index: 1,
        };
        e.insert_vertex(at, 35.05, 32.95);
        e.begin_change();
        e.move_vertex(
            VertexAt {
                polygon: 0,
                ring: 0,
                index: 3,
            },
            35.2,
            33.2,
        );
        assert_eq!(
            e.geometry,
            "POLYGON((35 33,35.05 32.95,35.1 33,35.2 33.2,35 33.1,35 33))"
        );
        assert!(e.undo());
        assert_eq!(
            e.geometry,
            "POLYGON((35 33,35.05 32.95,35.1 33,35.1 33.1,35 33.1,35 33))"
        );
        assert!(e.undo());
        assert_eq!(
            e.geometry,
            "POLYGON((35 33,35.1 33,35.1 33.1,35 33.1,35 33))"
        );
        assert!(e.redo());
        assert!(e.redo());
        assert!(!e.redo());
        assert_eq!(
            e.geometry,
            "POLYGON((35 33,35.05 32.95,35.1 33,35.2 33.2,35 33.1,35 33))"
        );
    }

    /// The area shows while the form is incomplete, in either winding; pyproj
    /// (`Geod(ellps="WGS84")`) on the ring densified in lon/lat to 1e-5° steps (edges are
    /// straight in lon/lat) gives 103 586 099.565 m² for this 0.1° square (103 586 102.484
    /// with geodesic edges).
    #[test]
    fn the_area_shows_before_the_form_is_complete() {
        let mut e = square();
        e.fields.insert("name".to_owned(), String::new());
        assert!(e.build(&[], crate::i18n::Messages::english()).is_err());
        let area = e.area().unwrap();
        assert!((area - 103_586_099.565).abs() < 0.01, "{area}");
        e.geometry = "POLYGON((35 33,35 33.1,35.1 33.1,35.1 33,35 33))".to_owned();
        assert!((e.area().unwrap() - area).abs() < 1e-6);
        // A bow-tie has no area to show.
        e.geometry = "POLYGON((35 33,35.1 33.1,35.1 33,35 33.1,35 33))".to_owned();
        assert_eq!(e.area(), None);
    }

    #[test]
    fn a_stored_ring_keeps_three_vertices() {
        let built = square()
            .build(&[], crate::i18n::Messages::english())
            .unwrap();
        let mut e = Editor::edit(
            &built,
            chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
        );
        let first = VertexAt {
            polygon: 0,
            ring: 0,
            index: 0,
        };
        e.delete_vertex(first);
        assert!(e.problems.is_empty());
        let before = e.geometry.clone();
        e.delete_vertex(first);
        assert_eq!(e.geometry, before, "a triangle is not cut down");
        assert!(
            e.problems[0].contains("at least 3 vertices"),
            "{:?}",
            e.problems
        );
    }

    #[test]
    fn typed_geometry_moves_the_handles() {
        let mut e = square();
        e.geometry = "POLYGON((35 33,35.3 33,35.3 33.3,35 33))".to_owned();
        e.geometry_typed();
        assert_eq!(
            e.shape,
            vec![vec![vec![[35.0, 33.0], [35.3, 33.0], [35.3, 33.3]]]]
        );
        assert!(e.undo());
        assert_eq!(e.shape[0][0].len(), 4);
    }
}
