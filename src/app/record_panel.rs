//! The selected record's panel beside the map: every field, its area or position, and what
//! can be done with it (zoom to it, edit it, delete it). The selection itself is the app's
//! (the figures keep it current when the file changes); this module selects, and applies the
//! panel's commands through the library.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::i18n::Localized;
use uuid::Uuid;

use super::job::Job;
use super::{File, MapView, UiCommand};
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
    /// Attach these photo files to the selected record (all or none).
    Attach(Vec<PathBuf>),
    /// Detach this photo from the selected record.
    Detach(Uuid),
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
    /// The selected record's photos changed (attached or detached): what to say.
    Photos(String),
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
                    Err(e) => return Outcome::Failed(e.text_in(file.messages)),
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
                Ok(None) => Outcome::Failed(
                    file.messages
                        .text("app-no-record", &[("id", id.to_string().into())]),
                ),
                Err(e) => Outcome::Failed(e.text_in(file.messages)),
            };
        }
        Command::Delete => return delete(selection, file),
        Command::Attach(paths) => return attach(*selection.id, &paths, file),
        Command::Detach(photo) => {
            if let Some(why) = file.held {
                return Outcome::Failed(why);
            }
            let (Some(store), Some(id)) = (file.store, *selection.id) else {
                return Outcome::Nothing;
            };
            return match store.detach(id, photo, file.actor) {
                Ok(()) => Outcome::Photos(file.messages.text("app-photo-detached", &[])),
                Err(e) => Outcome::Failed(e.text_in(file.messages)),
            };
        }
    }
    Outcome::Nothing
}

/// Attaches the files to the record: all of them, or none and why.
fn attach(id: Option<Uuid>, paths: &[PathBuf], file: File<'_>) -> Outcome {
    if let Some(why) = file.held {
        return Outcome::Failed(why);
    }
    let (Some(store), Some(id)) = (file.store, id) else {
        return Outcome::Failed(file.messages.text("app-photo-select-record", &[]));
    };
    let mut read = Vec::with_capacity(paths.len());
    for path in paths {
        match std::fs::read(path) {
            Ok(bytes) => read.push((
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| path.display().to_string()),
                bytes,
            )),
            Err(e) => return Outcome::Failed(format!("{}: {e}", path.display())),
        }
    }
    let photos: Vec<crate::store::photos::NewPhoto<'_>> = read
        .iter()
        .map(|(name, bytes)| crate::store::photos::NewPhoto {
            file_name: name,
            bytes,
        })
        .collect();
    match store.attach_all(id, &photos, file.actor) {
        Ok(ids) => Outcome::Photos(
            file.messages
                .text("app-photos-attached", &[("count", ids.len().into())]),
        ),
        Err(e) => Outcome::Failed(e.text_in(file.messages)),
    }
}

/// A photo's id and its thumbnail (`None`: it could not be decoded).
type Thumbnail = (Uuid, Option<egui::ColorImage>);

/// Thumbnails of a photo, at most this many points on a side.
const THUMBNAIL: u32 = 96;

/// The selected record's photos and their thumbnails, decoded off the UI thread and kept
/// as textures until the selection or its photos change.
#[derive(Default)]
pub struct Photos {
    /// The record they are the photos of.
    record: Option<Uuid>,
    /// Its photos, in the order attached.
    pub list: Vec<crate::store::photos::Photo>,
    textures: HashMap<Uuid, egui::TextureHandle>,
    decoding: Option<Job<Vec<Thumbnail>>>,
}

impl Photos {
    /// Reads the photos of `record` (none for `None`), starting the decoding of thumbnails
    /// not yet made.
    pub fn load(&mut self, store: Option<&crate::store::Store>, record: Option<Uuid>) {
        let list = match (store, record) {
            (Some(store), Some(id)) => store.photos_of(id).unwrap_or_default(),
            _ => Vec::new(),
        };
        if record != self.record {
            self.textures.clear();
        }
        self.record = record;
        let wanted: Vec<(Uuid, Vec<u8>)> = match store {
            Some(store) => list
                .iter()
                .filter(|p| !self.textures.contains_key(&p.id))
                .filter_map(|p| store.photo(p.id).ok().map(|b| (p.id, b)))
                .collect(),
            None => Vec::new(),
        };
        self.list = list;
        if !wanted.is_empty() {
            self.decoding = Some(Job::start("thumbnails", move |_| {
                wanted
                    .into_iter()
                    .map(|(id, bytes)| (id, thumbnail(&bytes)))
                    .collect()
            }));
        }
    }

    /// Takes the thumbnails decoded meanwhile.
    pub fn poll(&mut self, ctx: &egui::Context) {
        let Some(job) = &self.decoding else { return };
        if !job.finished() {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
            return;
        }
        let Some(job) = self.decoding.take() else {
            return;
        };
        for (id, image) in job.result().unwrap_or_default() {
            if let Some(image) = image {
                let texture = ctx.load_texture(format!("photo-{id}"), image, Default::default());
                self.textures.insert(id, texture);
            }
        }
    }
}

/// A small copy of a JPEG or PNG, `None` when it cannot be decoded.
fn thumbnail(bytes: &[u8]) -> Option<egui::ColorImage> {
    let image = image::load_from_memory(bytes).ok()?;
    let small = image.thumbnail(THUMBNAIL, THUMBNAIL).to_rgba8();
    let size = [small.width() as usize, small.height() as usize];
    Some(egui::ColorImage::from_rgba_unmultiplied(
        size,
        small.as_raw(),
    ))
}

/// The photos part of the panel: each thumbnail with its file name, date and a Detach
/// button, and "Attach photo…".
fn photos_ui(ui: &mut egui::Ui, photos: &Photos, commands: &mut Vec<UiCommand>) {
    let m = super::lang::messages(ui.ctx());
    ui.separator();
    ui.label(egui::RichText::new(m.text("app-photos", &[])).strong());
    for p in &photos.list {
        ui.horizontal(|ui| {
            match photos.textures.get(&p.id) {
                Some(texture) => {
                    ui.add(
                        egui::Image::new(texture)
                            .max_size(egui::vec2(THUMBNAIL as f32, THUMBNAIL as f32)),
                    );
                }
                None => {
                    ui.spinner();
                }
            }
            ui.vertical(|ui| {
                ui.label(&p.file_name);
                if let Some(at) = &p.taken_at {
                    ui.label(m.text("app-photo-taken", &[("at", at.as_str().into())]));
                }
                if let Some((lon, lat)) = p.position {
                    ui.label(format!("lon {lon:.6}, lat {lat:.6}"));
                }
                if ui.small_button(m.text("app-photo-detach", &[])).clicked() {
                    commands.push(Command::Detach(p.id).into());
                }
            });
        });
    }
    if ui
        .button(m.text("app-photo-attach", &[]))
        .on_hover_text(m.text("app-photo-attach-hint", &[]))
        .clicked()
    {
        commands.push(UiCommand::Browse(super::dialogs::Request {
            field: super::dialogs::Field::Photo,
            save: false,
            filter: super::dialogs::PHOTOS,
        }));
    }
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
        Err(e) => Outcome::Failed(e.text_in(file.messages)),
    }
}

/// What the panel shows beside the record itself.
pub struct Related<'a> {
    /// Its survey and evidence points.
    pub points: &'a [Record],
    /// A hazard area's land releases and ordnance finds.
    pub linked: &'a [Record],
    /// A hazard area's land still contaminated (`None` while the figures are worked out).
    pub remaining: Option<crate::model::Area>,
}

/// The selected record: every field, its area (and a hazard area's remaining area), its
/// survey and evidence points, a hazard area's releases and finds (each a link that selects
/// it), its photos, and what can be done with it.
pub fn ui(
    ui: &mut egui::Ui,
    record: &Record,
    related: &Related<'_>,
    photos: &Photos,
    commands: &mut Vec<UiCommand>,
) {
    let points = related.points;
    let m = super::lang::messages(ui.ctx());
    ui.heading(format!(
        "{} {}",
        capitalised(&super::lang::kind(&m, record.kind())),
        super::editor::short(record.uuid())
    ));
    ui.label(record.uuid().to_string());
    let fields = record.fields();
    super::lang::grid_scope(ui, |ui| {
        egui::Grid::new("selected-fields")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for name in record.kind().fields() {
                    let stored = fields.get(*name).map_or("", String::as_str);
                    let cells = vec![
                        super::lang::field(&m, name),
                        super::lang::field_value(&m, name, stored),
                    ];
                    for cell in super::lang::reading_order(ui, cells) {
                        ui.label(cell);
                    }
                    ui.end_row();
                }
            });
    });
    let area = match record {
        Record::Hazard(h) => Some(crate::geom::geodesic_area(&h.geometry)),
        Record::Release(r) => Some(crate::geom::geodesic_area(&r.geometry)),
        Record::Find(_) | Record::Survey(_) | Record::Evidence(_) => None,
    };
    if let Some(a) = area {
        ui.label(super::lang::area_line(&m, "app-area-line", a.m2()));
    }
    if let Record::Hazard(_) = record {
        ui.label(
            egui::RichText::new(match related.remaining {
                Some(left) => super::lang::area_line(&m, "app-remaining-line", left.m2()),
                None => m.text("app-remaining-working", &[]),
            })
            .strong(),
        );
    }
    if !related.linked.is_empty() {
        ui.separator();
        ui.label(egui::RichText::new(m.text("app-releases-and-finds", &[])).strong());
        for r in related.linked {
            let text = match r {
                Record::Release(x) => {
                    let area = crate::geom::geodesic_area(&x.geometry).m2();
                    let ha =
                        super::lang::area_number(&m, crate::estimate::AreaUnit::Hectares, area);
                    let team = (x.team.clone()).unwrap_or_else(|| m.text("app-no-team", &[]));
                    m.text(
                        "app-release-line",
                        &[
                            ("method", super::lang::value(&m, x.method.as_str()).into()),
                            ("date", x.completed_on.to_string().into()),
                            ("ha", ha.into()),
                            ("team", team.into()),
                        ],
                    )
                }
                Record::Find(f) => format!("{} × {} · {}", f.quantity, f.ordnance_type, f.found_on),
                other => super::lang::kind(&m, other.kind()),
            };
            if ui.link(text).clicked() {
                commands.push(Command::Select(Some(r.uuid())).into());
            }
        }
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
        ui.label(egui::RichText::new(m.text("app-survey-evidence-points", &[])).strong());
        for p in points {
            let text = match p {
                Record::Survey(s) => {
                    let kind = super::lang::value(&m, s.point_type.as_str());
                    match (s.bearing_deg, s.distance_m) {
                        (Some(b), Some(d)) => m.text(
                            "app-survey-leg",
                            &[
                                ("sequence", s.sequence.to_string().into()),
                                ("type", kind.into()),
                                ("bearing", b.to_string().into()),
                                (
                                    "from",
                                    (s.bearing_ref)
                                        .map_or_else(String::new, |r| {
                                            super::lang::value(&m, r.as_str())
                                        })
                                        .into(),
                                ),
                                ("distance", d.to_string().into()),
                            ],
                        ),
                        _ => format!("{} {kind}", s.sequence),
                    }
                }
                Record::Evidence(e) => format!(
                    "{} {}",
                    super::lang::value(&m, e.evidence_type.as_str()),
                    e.recorded_on
                ),
                other => super::lang::kind(&m, other.kind()),
            };
            if ui.link(text).clicked() {
                commands.push(Command::Select(Some(p.uuid())).into());
            }
        }
    }
    photos_ui(ui, photos, commands);
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
                if ui.button(m.text("app-add-survey-point", &[])).clicked() {
                    commands.push(survey.into());
                }
                if ui.button(m.text("app-add-evidence-point", &[])).clicked() {
                    commands.push(evidence.into());
                }
            });
        }
        Record::Release(_) if ui.button(m.text("app-add-survey-point", &[])).clicked() => {
            commands.push(survey.into());
        }
        _ => {}
    }
    ui.horizontal(|ui| {
        for (key, command) in [
            ("app-zoom-to", Command::ZoomTo),
            ("app-edit", Command::Edit),
            ("app-delete", Command::Delete),
            ("app-close", Command::Select(None)),
        ] {
            if ui.button(m.text(key, &[])).clicked() {
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
