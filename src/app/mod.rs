//! The desktop app (egui/eframe): a map of the programme and a managers' dashboard. The only
//! module that imports egui. Drawing code emits [`UiCommand`]s; the app applies them after the
//! frame is drawn, through the same library functions the command line uses.

mod bidi;
mod chart;
mod dialogs;
mod editor;
mod exchange_panel;
mod figures;
mod gps_panel;
mod hub_view;
mod import_preview;
mod job;
mod lang;
mod map;
mod merging;
mod places;
mod record_panel;
mod regions;
mod style;
mod sync_panel;

pub use bidi::add_to as add_bidi;
pub use style::add_fonts;
mod traverse_form;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::NaiveDate;
use egui::RichText;
use uuid::Uuid;

use crate::estimate::thousands;
use crate::exchange;
use crate::i18n::{Language, Localized, Messages};
use crate::model::RecordKind;

use crate::store::{Store, StoreError};

pub use figures::{Dashboard, TableSort, Tables};
pub use gps_panel::GpsPanel;
pub use map::MapView;
pub use places::PlacesLayer;

/// Opens the app window on `db` (creating the file if needed). Returns when the window
/// closes; an error when no window can be opened (no display). The app speaks the language
/// its settings remember, else the one the environment names (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`), else English.
pub fn run(db: PathBuf, today: NaiveDate) -> Result<(), String> {
    let env = |k: &str| std::env::var(k).ok();
    let environment = Language::from_env(
        env("LC_ALL").as_deref(),
        env("LC_MESSAGES").as_deref(),
        env("LANG").as_deref(),
    );
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(format!(
                "Clearfield: {}",
                crate::hub::redacted(&db.display().to_string())
            ))
            .with_inner_size([1280.0, 800.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Clearfield",
        options,
        Box::new(move |_cc| {
            Ok(Box::new(
                ClearfieldApp::new(db, today).with_environment_language(environment),
            ))
        }),
    )
    .map_err(|e| e.to_string())
}

/// What the UI asked for while drawing; applied after the frame. Each panel's commands are
/// its own (`editor`, `exchange_panel`, `merging`, `record_panel`), applied by that panel;
/// the rest are the app's.
#[derive(Clone, Debug, PartialEq)]
pub enum UiCommand {
    /// For the editor of a record being recorded or edited (and the map's handles).
    Editor(editor::Command),
    /// For the import/export panel.
    Exchange(exchange_panel::Command),
    /// For the merge and conflicts panels.
    Merge(merging::Command),
    /// For the selected record's panel (and a click on the map).
    Record(record_panel::Command),
    /// For the GPS receiver's panel.
    Gps(gps_panel::Command),
    /// For the hub's sync panel.
    Sync(sync_panel::Command),
    /// Import the bundled demo programme into the open file.
    LoadDemo,
    /// Fit the map to the records.
    ZoomToData,
    /// Undo the last change: to the boundary being edited, or else to the file.
    Undo,
    /// Redo what Undo took back.
    Redo,
    /// Show a file dialog; the chosen path fills a text field.
    Browse(dialogs::Request),
    /// Show the MBTiles basemap named in the dashboard.
    OpenBasemap,
    /// For the regions and hazard areas panel.
    Regions(regions::Command),
    /// Go to what is typed in the "Go to" field: a position, or a record by name or id.
    GoTo,
    /// HQ's view: read the hub again.
    ReadHubAgain,
}

/// The open file as the panels' commands use it.
struct File<'a> {
    /// Its path: long work opens a connection of its own to it.
    path: &'a Path,
    /// The open store (`None` when the file could not be opened), for short writes on the
    /// UI thread.
    store: Option<&'a mut Store>,
    /// Who makes the changes, for the change log.
    actor: &'a str,
    /// The app's date.
    today: NaiveDate,
    /// Why the file cannot be written from here now (see `ClearfieldApp::writer_elsewhere`).
    held: Option<String>,
    /// The messages in the app's language, for what the commands say (an `Arc`, so that
    /// long work can take them to its thread).
    messages: &'a Arc<Messages>,
}

/// The app's [`File`], borrowed field by field, so that a panel's own state can be borrowed
/// beside it.
macro_rules! file_of {
    ($app:ident) => {
        File {
            held: $app.writer_elsewhere(),
            path: &$app.db,
            store: $app.store.as_mut(),
            actor: &$app.actor,
            today: $app.today,
            messages: &$app.messages,
        }
    };
}

/// Which way through the history of changes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Undo,
    Redo,
}

/// Starts `work` on a thread named `name`, as the long work of the app runs. Like
/// `std::thread::spawn`, it panics only when the system cannot start a thread at all.
pub(crate) fn spawn_named<T: Send + 'static>(
    name: &str,
    work: impl FnOnce() -> T + Send + 'static,
) -> std::thread::JoinHandle<T> {
    #[allow(clippy::expect_used)]
    std::thread::Builder::new()
        .name(name.to_owned())
        .spawn(work)
        .expect("the system cannot start a thread")
}

/// Drops `old` (large shapes, an engine) on a thread of its own, so a frame does not pay for
/// freeing it; here, when no thread can be started.
fn drop_elsewhere<T: Send + 'static>(old: T) {
    // On failure the closure, and `old` with it, is dropped right here.
    let _ = std::thread::Builder::new()
        .name("drop-old".to_owned())
        .spawn(move || drop(old));
}

/// The app's state; widgets are rebuilt each frame from it.
pub struct ClearfieldApp {
    db: PathBuf,
    store: Option<Store>,
    today: NaiveDate,
    /// The last error or notice, shown until the next one.
    message: Option<(bool, String)>,
    dashboard: Option<Dashboard>,
    map: MapView,
    selected: Option<Uuid>,
    commands: Vec<UiCommand>,
    editor: Option<editor::Editor>,
    types: Vec<crate::model::OrdnanceType>,
    /// Who is making changes, for the change log.
    actor: String,
    /// Where the app's settings are kept on this laptop (none: not kept).
    settings_path: Option<PathBuf>,
    /// The user's name as typed in the settings.
    user_text: String,
    /// What the last "Go to" did, or why it could not (`true`: an error), said under the
    /// field.
    go_to_said: Option<(bool, String)>,
    /// What is typed in the "Go to" field.
    go_to_text: String,
    /// The records the last "Go to" found (kind, id, name), to pick from.
    found: Vec<(RecordKind, uuid::Uuid, String)>,
    /// The places the last "Go to" found (what to show, lon, lat), to pick from.
    found_places: Vec<(String, f64, f64)>,
    /// The merge and conflicts panels.
    merging: merging::Merging,
    conflicts: Vec<crate::store::merge::Conflict>,
    /// Path of an MBTiles basemap, as typed.
    basemap_path: String,
    exchange: Option<exchange_panel::ExchangePanel>,
    tables: Option<Tables>,
    /// The regions and hazard areas panel.
    regions: regions::RegionsPanel,
    /// How areas are written.
    units: style::Units,
    /// The app's look was set.
    styled: bool,
    /// The selected record as stored, shown beside the map.
    selected_record: Option<crate::model::Record>,
    /// The survey and evidence points of the selected hazard area or release, for its panel.
    selected_points: Vec<crate::model::Record>,
    /// The selected hazard area's releases and finds.
    selected_linked: Vec<crate::model::Record>,
    /// The selected hazard area's land still contaminated (`None` while the figures are
    /// worked out, and for other records).
    selected_remaining: Option<crate::model::Area>,
    /// The selected record's photos and their thumbnails, for its panel.
    selected_photos: record_panel::Photos,
    /// The last team and region saved, which new records start with.
    remembered: editor::Remembered,
    /// The figures and the map's layers, kept current off the UI thread (`None` without a
    /// file).
    figures: Option<figures::Follower>,
    /// How far opening the file has got (until its figures are shown).
    opening: Option<figures::Opening>,
    /// The status, while the first forecast is being made.
    first_status: Option<crate::status::Status>,
    /// Fit the map to the records once they are loaded (first open, demo, import).
    zoom_after_refresh: bool,
    /// A file dialog on screen.
    dialog: Option<dialogs::Pending>,
    /// The bundled demo being loaded.
    demo: Option<job::Job<Result<exchange::ImportSummary, String>>>,
    /// Changes saved in this sitting, for Undo and Redo.
    history: crate::store::undo::History,
    /// The GPS receiver's panel (and the receiver it follows).
    gps: GpsPanel,
    /// The panel that syncs the file with the national hub.
    sync: sync_panel::SyncPanel,
    /// HQ's read-only view of a hub, when the app was opened on one.
    hub: Option<hub_view::HubView>,
    /// The messages in the language the app speaks.
    messages: Arc<Messages>,
    /// Whether the settings remember a language (then the environment's is not used).
    language_remembered: bool,
}

impl ClearfieldApp {
    /// Opens (or creates) the database at `db`; a file that cannot be opened is reported in
    /// the window, not by a panic.
    pub fn new(db: PathBuf, today: NaiveDate) -> Self {
        Self::with_settings(db, today, crate::io::app_settings::default_path())
    }

    /// As [`ClearfieldApp::new`], with the app's settings kept in `settings` (none: not
    /// kept).
    pub fn with_settings(db: PathBuf, today: NaiveDate, settings: Option<PathBuf>) -> Self {
        let saved = settings
            .as_deref()
            .map(crate::io::app_settings::load)
            .unwrap_or(Ok(Default::default()));
        let (saved, unreadable) = match saved {
            Ok(s) => (s, None),
            Err(why) => (Default::default(), Some(why)),
        };
        // A hub is read into a copy first (see `poll_hub`); a file is opened at once.
        let hub_url = crate::hub::url_in(&db).map(str::to_owned);
        let opened = match hub_url {
            Some(_) => Err(None),
            None => match Store::open(&db) {
                Ok((store, _)) => Ok(store),
                Err(StoreError::Missing(_)) => Store::create(&db).map_err(Some),
                Err(e) => Err(Some(e)),
            },
        };
        let mut app = ClearfieldApp {
            db,
            store: None,
            today,
            message: None,
            dashboard: None,
            map: MapView::default(),
            selected: None,
            commands: Vec::new(),
            editor: None,
            types: Vec::new(),
            actor: actor(&saved),
            settings_path: settings,
            user_text: saved.user.clone().unwrap_or_default(),
            go_to_text: String::new(),
            go_to_said: None,
            found_places: Vec::new(),
            found: Vec::new(),
            merging: merging::Merging::default(),
            conflicts: Vec::new(),
            basemap_path: String::new(),
            exchange: None,
            tables: None,
            regions: regions::RegionsPanel::default(),
            units: if saved.square_metres {
                style::Units::SQUARE_METRES
            } else {
                style::Units::DEFAULT
            },
            styled: false,
            history: Default::default(),
            dialog: None,
            demo: None,
            selected_record: None,
            selected_points: Vec::new(),
            selected_linked: Vec::new(),
            selected_remaining: None,
            selected_photos: record_panel::Photos::default(),
            remembered: editor::Remembered::default(),
            figures: None,
            first_status: None,
            opening: None,
            zoom_after_refresh: true,
            gps: GpsPanel::default(),
            sync: sync_panel::SyncPanel::remembering(saved.hub_url.clone()),
            hub: None,
            messages: Arc::new(Messages::new(saved.language().unwrap_or_default())),
            language_remembered: saved.language().is_some(),
        };
        match opened {
            Ok(store) => {
                app.types = store.ordnance_types().unwrap_or_default();
                app.store = Some(store);
                app.figures = Some(figures::Follower::open(app.db.clone(), today));
            }
            Err(Some(e)) => app.message = Some((true, e.text_in(&app.messages))),
            Err(None) => {}
        }
        if let Some(url) = hub_url {
            app.db = PathBuf::from(crate::hub::redacted(&url));
            match hub_view::HubView::start(url) {
                Ok(view) => app.hub = Some(view),
                Err(why) => app.message = Some((true, why)),
            }
        }
        if let (Some(why), None) = (unreadable, &app.message) {
            app.message = Some((true, app.t("app-settings-not-read", &[("why", why.into())])));
        }
        app
    }

    /// The app in `language`, the one the environment names, unless its settings remember
    /// one.
    pub fn with_environment_language(mut self, language: Language) -> Self {
        if !self.language_remembered {
            self.messages = Arc::new(Messages::new(language));
        }
        self
    }

    /// The app speaking `messages` (a translator's draft, or a test's pseudo-language),
    /// until a language is chosen in its settings.
    pub fn with_messages(mut self, messages: Messages) -> Self {
        self.messages = Arc::new(messages);
        self
    }

    /// The message `key` with `args` in the language the app speaks.
    fn t(&self, key: &str, args: &[(&str, crate::i18n::Arg)]) -> String {
        self.messages.text(key, args)
    }

    /// The language the app speaks.
    pub fn language(&self) -> Language {
        self.messages.language()
    }

    /// Speaks `language` from the next frame on, and remembers it in the settings.
    fn choose_language(&mut self, language: Language) {
        self.messages = Arc::new(Messages::new(language));
        self.language_remembered = true;
        let Some(path) = self.settings_path.clone() else {
            return;
        };
        let tag = language.tag().to_owned();
        if let Err(why) = crate::io::app_settings::update(&path, |s| s.language = Some(tag)) {
            let said = self
                .messages
                .text("app-settings-not-saved", &[("why", why.into())]);
            self.message = Some((true, said));
        }
    }

    /// Goes to what the "Go to" field says: a position (lon,lat, UTM, MGRS, DMS) is centred
    /// and marked; otherwise the records whose name holds it or whose id starts with it are
    /// found, and the only one, or the first, is selected and shown; and the bundled places
    /// with a name like it are listed after them (the map centred on the first when no
    /// record was found).
    fn go_to(&mut self) {
        // Said under the field, where the user looks, not in the status bar.
        let before = self.message.take();
        self.look_up();
        self.go_to_said = self.message.take();
        self.message = before;
    }

    /// [`ClearfieldApp::go_to`]'s search; what it found said in `message`.
    fn look_up(&mut self) {
        let text = self.go_to_text.trim().to_owned();
        self.found.clear();
        self.found_places.clear();
        if text.is_empty() {
            return;
        }
        if let Some(position) = crate::io::coords::parse_position(&text) {
            match position {
                Ok(p) => {
                    self.map.go_to(p.x(), p.y());
                    let at = format!("lon {:.6}, lat {:.6}", p.x(), p.y());
                    self.message = Some((false, self.t("app-centred-on", &[("what", at.into())])));
                }
                Err(why) => self.message = Some((true, format!("{text:?}: {why}"))),
            }
            return;
        }
        self.found_places = places::find(&text, 20);
        let records = match self.store.as_ref().map(|s| s.find_records(&text, 50)) {
            Some(Ok(found)) => found,
            Some(Err(e)) => {
                self.message = Some((true, e.text_in(&self.messages)));
                return;
            }
            None => Vec::new(),
        };
        if let Some(first) = records.first().map(|r| r.1) {
            self.found = records;
            self.commands
                .push(record_panel::Command::Select(Some(first)).into());
            self.commands.push(record_panel::Command::ZoomTo.into());
        } else if let Some((shown, lon, lat)) = self.found_places.first().cloned() {
            self.map.go_to(lon, lat);
            self.message = Some((false, self.t("app-centred-on", &[("what", shown.into())])));
        } else {
            let said = self.t("app-nothing-named", &[("text", text.into())]);
            self.message = Some((true, said));
        }
    }

    /// Who makes the changes, as the change log names them.
    pub fn actor(&self) -> &str {
        &self.actor
    }

    /// Takes the name typed in the settings as the change log's user, and keeps it.
    fn save_user(&mut self) {
        let name = self.user_text.trim().to_owned();
        if name.is_empty() {
            self.message = Some((true, self.t("app-type-a-name", &[])));
            return;
        }
        let Some(path) = self.settings_path.clone() else {
            self.actor = name;
            return;
        };
        let who = ("name", crate::i18n::Arg::from(name.clone()));
        let kept = name.clone();
        self.message = Some(
            match crate::io::app_settings::update(&path, |s| s.user = Some(kept)) {
                Ok(()) => (false, self.t("app-user-kept", &[who])),
                Err(why) => (
                    true,
                    self.t("app-user-not-kept", &[who, ("why", why.into())]),
                ),
            },
        );
        self.actor = name;
    }

    /// Writes areas in m² (or in km² and ha), and keeps the choice.
    fn save_units(&mut self, square_metres: bool) {
        self.units = if square_metres {
            style::Units::SQUARE_METRES
        } else {
            style::Units::DEFAULT
        };
        let Some(path) = self.settings_path.clone() else {
            return;
        };
        if let Err(why) =
            crate::io::app_settings::update(&path, |s| s.square_metres = square_metres)
        {
            self.message = Some((true, self.t("app-units-not-kept", &[("why", why.into())])));
        }
    }

    /// The open database, if any.
    pub fn store(&self) -> Option<&Store> {
        self.store.as_ref()
    }

    /// Whether a merge is running.
    pub fn merge_running(&self) -> bool {
        self.merging.running()
    }

    /// Whether an import is running.
    pub fn import_running(&self) -> bool {
        self.exchange.as_ref().is_some_and(|e| e.job.is_some())
    }

    /// Whether a file to import is being read for its preview.
    pub fn previewing(&self) -> bool {
        self.exchange
            .as_ref()
            .is_some_and(|e| e.previewing.is_some())
    }

    /// Whether an export or a report is being written.
    pub fn writing(&self) -> bool {
        self.exchange.as_ref().is_some_and(|e| e.writing.is_some())
    }

    /// The figures shown, if the file could be read.
    pub fn dashboard(&self) -> Option<&Dashboard> {
        self.dashboard.as_ref()
    }

    /// The status shown: from the figures, or on opening the status that comes before the
    /// forecast.
    pub fn status(&self) -> Option<&crate::status::Status> {
        self.dashboard
            .as_ref()
            .map(|d| &d.status)
            .or(self.first_status.as_ref())
    }

    /// The GPS panel: its receiver's live position and the last averaged one.
    pub fn gps(&self) -> &GpsPanel {
        &self.gps
    }

    /// The map, to find where a place is on screen.
    pub fn map(&self) -> &MapView {
        &self.map
    }

    /// HQ's view of a hub: how far its reading has got, and the copy opened read-only when
    /// it is ready (the figures read from it as from a file).
    fn poll_hub(&mut self, ctx: &egui::Context) {
        let Some(view) = &mut self.hub else { return };
        if let Some(done) = view.reading() {
            if self.store.is_none() {
                self.opening = Some(figures::Opening {
                    what: self
                        .messages
                        .text("app-reading-hub", &[("hub", view.label.as_str().into())]),
                    done: Some(done),
                });
            }
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        match view.poll() {
            None => {}
            Some(Err(why)) => {
                self.opening = None;
                self.message = Some((true, why));
            }
            Some(Ok(copy)) => match Store::open_read_only(&copy) {
                Ok(store) => {
                    self.types = store.ordnance_types().unwrap_or_default();
                    self.store = Some(store);
                    self.figures = Some(figures::Follower::open(copy.clone(), self.today));
                    self.db = copy;
                    self.dashboard = None;
                    self.zoom_after_refresh = true;
                }
                Err(e) => self.message = Some((true, e.text_in(&self.messages))),
            },
        }
    }

    /// Reads the whole file again for the figures and the map (after an import, a merge, a
    /// conflict resolved: changes the app did not make one by one).
    fn refresh(&mut self) {
        if let Some(f) = &mut self.figures {
            f.read_again();
        }
    }

    /// Shows what the figures' work has handed over: the map's layers, the figures, the
    /// conflicts, each as soon as it is ready.
    fn poll_figures(&mut self, ctx: &egui::Context) {
        let Some(f) = &mut self.figures else { return };
        let updates = f.poll(ctx);
        let busy = f.busy();
        if busy {
            // Work hands over by asking for a frame itself; this is the backstop. Frames
            // draw the whole map, so they are not run back to back while the figures are
            // computed on the other core.
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        if updates.is_empty() {
            return;
        }
        for update in updates {
            self.take(update);
        }
        if !busy {
            self.zoom_after_refresh = false;
            self.refresh_remaining();
        }
        ctx.request_repaint();
    }

    /// Takes in one piece of what the figures' work handed over.
    fn take(&mut self, update: figures::Update) {
        use figures::Update;
        match update {
            Update::Areas(layers) => {
                let [hazards, releases] = *layers;
                drop_elsewhere(self.map.set_records(RecordKind::HazardArea, hazards));
                drop_elsewhere(self.map.set_records(RecordKind::LandRelease, releases));
                if self.zoom_after_refresh {
                    self.map.zoom_to_data();
                }
            }
            Update::Points(kind, points) => {
                drop_elsewhere(self.map.set_records(kind, points));
                if self.zoom_after_refresh {
                    self.map.zoom_to_data();
                }
            }
            Update::Remaining { all: true, changes } => {
                drop_elsewhere(self.map.set_remaining(changes));
            }
            Update::Remaining {
                all: false,
                changes,
            } => {
                drop_elsewhere(self.map.change_remaining(changes));
            }
            Update::Figures(d) => {
                self.opening = None;
                self.dashboard = Some(*d);
                // The selected record as now stored (an undo or a merge may have deleted it).
                if let Some(store) = &self.store {
                    self.selected_record =
                        self.selected.and_then(|id| store.get(id).ok().flatten());
                }
                if self.selected_record.is_none() {
                    self.selected = None;
                }
                self.load_points();
            }
            Update::Status(status) => match &mut self.dashboard {
                // Figures at once; the forecast made from them follows.
                Some(d) => d.status = *status,
                None => self.first_status = Some(*status),
            },
            Update::Conflicts(c) => self.conflicts = c,
            Update::Tables(t) => {
                let sort = self.tables.as_ref().map(|t| t.sort);
                let mut t = t;
                if let Some(sort) = sort {
                    t.sort(sort);
                }
                self.tables = Some(t);
            }
            Update::Opening(o) => self.opening = Some(o),
            Update::Failed(e) => self.message = Some((true, e)),
        }
    }

    /// A change saved by the app: the map draws it at once, the figures follow.
    fn changed(&mut self, was: Option<crate::model::Record>, now: Option<crate::model::Record>) {
        match &now {
            Some(r) => self.map.put_record(r),
            None => {
                if let Some(r) = &was {
                    self.map.take_record(r.uuid());
                }
            }
        }
        if let Some(f) = &mut self.figures {
            f.changed(was, now);
        }
    }

    /// Puts the path chosen in a file dialog into its field.
    fn poll_dialog(&mut self, ctx: &egui::Context) {
        let Some(pending) = &self.dialog else { return };
        if !pending.finished() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
            return;
        }
        let Some(pending) = self.dialog.take() else {
            return;
        };
        let (field, save) = (pending.field, pending.save);
        let Some(path) = pending.chosen() else { return };
        let text = path.display().to_string();
        match field {
            dialogs::Field::Exchange => {
                if let Some(panel) = &mut self.exchange {
                    panel.path = text;
                    // The save dialog has asked about replacing an existing file.
                    panel.confirmed = save.then_some(path);
                    // A file chosen to import is shown on the map before anything is written.
                    if !save {
                        self.commands.push(exchange_panel::Command::Preview.into());
                    }
                }
            }
            dialogs::Field::Merge => {
                if let Some(panel) = &mut self.merging.panel {
                    panel.path = text;
                }
            }
            dialogs::Field::Basemap => {
                self.basemap_path = text;
                self.commands.push(UiCommand::OpenBasemap);
            }
            dialogs::Field::Photo => {
                self.commands
                    .push(record_panel::Command::Attach(vec![path]).into());
            }
        }
    }

    /// Why the file cannot be written from here now: a merge or an import holds it (a write
    /// would wait for the whole of it with the window frozen).
    fn writer_elsewhere(&self) -> Option<String> {
        (self.merge_running()
            || self.import_running()
            || self.demo.is_some()
            || self.sync.running())
        .then(|| {
            "A merge, an import or a sync is writing to the file; try again when it has finished."
                .to_owned()
        })
    }

    /// Whether figures, a merge or an import are being worked out in the background.
    pub fn busy(&self) -> bool {
        self.figures.as_ref().is_some_and(figures::Follower::busy)
            || self.merge_running()
            || self.import_running()
            || self.sync.running()
            || self.hub.as_ref().is_some_and(|h| h.reading().is_some())
            || self.previewing()
            || self.writing()
            || self.demo.is_some()
    }

    fn record_count(&self) -> usize {
        self.map.shape_count()
    }

    /// Draws one frame, then applies what the user asked for.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        if !std::mem::replace(&mut self.styled, true) {
            style::apply(ui.ctx());
        }
        lang::set(ui.ctx(), self.messages.clone());
        egui::Panel::top("top").show(ui, |ui| self.top_bar(ui));
        egui::Panel::bottom("bottom").show(ui, |ui| lang::directed(ui, |ui| self.bottom_bar(ui)));
        // The dashboard where reading starts: at the left, at the right in Arabic; the
        // panels opened beside the map at the other side.
        lang::start_panel(ui, "dashboard")
            .min_size(300.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .auto_shrink([false, true])
                    .show(ui, |ui| lang::directed(ui, |ui| self.dashboard_ui(ui)))
            });
        self.poll_hub(ui.ctx());
        self.poll_figures(ui.ctx());
        self.poll_dialog(ui.ctx());
        let merged = self.merging.poll();
        self.after_merge(merged);
        let synced = self.sync.poll();
        self.after_sync(synced);
        if let Some(imported) = self
            .exchange
            .as_mut()
            .map(|panel| panel.poll(&mut self.map, &self.messages))
        {
            self.after_exchange(imported);
        }
        self.poll_demo();
        self.gps.poll(ui.ctx());
        self.selected_photos.poll(ui.ctx());
        self.dropped_photos(ui.ctx());
        if let Some(editor) = &mut self.editor {
            lang::end_panel(ui, "editor")
                .min_size(320.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        lang::directed(ui, |ui| {
                            editor.ui(ui, &self.types, &mut self.commands);
                            gps_panel::editor_ui(ui, &self.gps, &mut self.commands);
                        })
                    });
                });
        } else if let Some(panel) = &mut self.exchange {
            lang::end_panel(ui, "exchange")
                .min_size(360.0)
                .show(ui, |ui| {
                    lang::directed(ui, |ui| panel.ui(ui, &mut self.commands))
                });
        } else if let Some(panel) = &mut self.merging.panel {
            lang::end_panel(ui, "merge").min_size(320.0).show(ui, |ui| {
                lang::directed(ui, |ui| panel.ui(ui, &mut self.commands))
            });
        } else if self.sync.open {
            lang::end_panel(ui, "sync").min_size(320.0).show(ui, |ui| {
                lang::directed(ui, |ui| self.sync.ui(ui, &mut self.commands))
            });
        } else if self.gps.open {
            lang::end_panel(ui, "gps").min_size(320.0).show(ui, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    lang::directed(ui, |ui| self.gps.ui(ui, &mut self.commands))
                });
            });
        } else if self.regions.open {
            lang::end_panel(ui, "regions")
                .min_size(380.0)
                .default_size(420.0)
                .show(ui, |ui| {
                    lang::directed(ui, |ui| {
                        self.regions.ui(
                            ui,
                            self.tables.as_ref(),
                            self.selected,
                            self.units,
                            &mut self.commands,
                        )
                    })
                });
        } else if self.merging.conflicts_open {
            lang::end_panel(ui, "conflicts")
                .min_size(360.0)
                .show(ui, |ui| {
                    egui::ScrollArea::vertical().show(ui, |ui| {
                        lang::directed(ui, |ui| {
                            merging::conflicts_ui(
                                ui,
                                &self.conflicts,
                                &mut self.merging,
                                &mut self.commands,
                            )
                        })
                    });
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            let empty = self.dashboard.is_some() && self.record_count() == 0;
            // The welcome page stands in for an empty map, but not while importing: a
            // preview is drawn on the map.
            let welcome = empty && self.editor.is_none() && self.exchange.is_none();
            if self.store.is_some() && welcome && !self.busy() {
                self.welcome(ui);
            } else {
                let editing = self.editor.as_ref().map(|e| map::EditView {
                    shape: &e.shape,
                    selected: e.selected_vertex,
                    hide: e.original.as_ref().map(crate::model::Record::uuid),
                    clicks_add: e.clicks_add(),
                    point: e.kind.is_point(),
                });
                self.map.ui(ui, self.selected, editing, &mut self.commands);
                let live = self
                    .gps
                    .live()
                    .and_then(|f| self.map.screen_pos(f.lon, f.lat));
                let averaged =
                    (self.gps.averaged()).and_then(|a| self.map.screen_pos(a.lon, a.lat));
                gps_panel::draw(ui.painter(), live, averaged);
            }
        });
        let side_panel = self.editor.is_some()
            || self.exchange.is_some()
            || self.merging.panel.is_some()
            || self.gps.open;
        if !side_panel {
            self.record_window(ui.ctx());
        }
        self.shortcuts(ui);
        for command in std::mem::take(&mut self.commands) {
            self.apply(command);
        }
    }

    /// The selected record's panel, over the map's right side: opening it neither shifts
    /// nor squeezes the map.
    fn record_window(&mut self, ctx: &egui::Context) {
        let (Some(record), Some(area)) = (&self.selected_record, self.map.area()) else {
            return;
        };
        let margin = 8.0;
        egui::Window::new(self.t("app-selected-record", &[]))
            .id(egui::Id::unique("selected-record"))
            .title_bar(false)
            .resizable(false)
            .movable(false)
            .anchor(
                if self.messages.language().is_right_to_left() {
                    egui::Align2::LEFT_TOP
                } else {
                    egui::Align2::RIGHT_TOP
                },
                [
                    if self.messages.language().is_right_to_left() {
                        margin
                    } else {
                        -margin
                    },
                    margin,
                ],
            )
            .constrain_to(area)
            .default_width(300.0)
            .max_height((area.height() - 2.0 * margin).max(80.0))
            .show(ctx, |ui| {
                egui::ScrollArea::vertical().show(ui, |ui| {
                    let related = record_panel::Related {
                        points: &self.selected_points,
                        linked: &self.selected_linked,
                        remaining: self.selected_remaining,
                    };
                    lang::directed(ui, |ui| {
                        record_panel::ui(
                            ui,
                            record,
                            &related,
                            &self.selected_photos,
                            &mut self.commands,
                        )
                    })
                });
            });
    }

    /// Ctrl+Z undoes, Ctrl+Y or Ctrl+Shift+Z redoes, Delete deletes the selected vertex;
    /// not while a text field has the keyboard (it has its own undo).
    fn shortcuts(&mut self, ui: &egui::Ui) {
        // Nor in the middle of a drag: the dragged vertex would move in another shape.
        if ui.ctx().egui_wants_keyboard_input() || ui.ctx().dragged_id().is_some() {
            return;
        }
        let (undo, redo, delete) = ui.input_mut(|i| {
            let redo = i.consume_key(
                egui::Modifiers::COMMAND | egui::Modifiers::SHIFT,
                egui::Key::Z,
            ) || i.consume_key(egui::Modifiers::COMMAND, egui::Key::Y);
            let undo = i.consume_key(egui::Modifiers::COMMAND, egui::Key::Z);
            (undo, redo, i.key_pressed(egui::Key::Delete))
        });
        if undo {
            self.commands.push(UiCommand::Undo);
        }
        if redo {
            self.commands.push(UiCommand::Redo);
        }
        if delete && let Some(at) = self.editor.as_ref().and_then(|e| e.selected_vertex) {
            self.commands.push(editor::Command::DeleteVertex(at).into());
        }
    }

    /// Applies one command: a panel's to that panel, then what its outcome asks of the app;
    /// the app's own here.
    fn apply(&mut self, command: UiCommand) {
        match command {
            UiCommand::Editor(command) => {
                let file = file_of!(self);
                let outcome = editor::apply(
                    &mut self.editor,
                    command,
                    file,
                    &self.types,
                    &mut self.remembered,
                );
                self.after_editor(outcome);
            }
            UiCommand::Exchange(command) => {
                let file = file_of!(self);
                exchange_panel::apply(&mut self.exchange, command, file, &mut self.map);
            }
            UiCommand::ReadHubAgain => {
                if let Some(view) = &mut self.hub {
                    view.read_again();
                }
            }
            UiCommand::Sync(command) => {
                let file = file_of!(self);
                let outcome = self
                    .sync
                    .apply(command, file, self.settings_path.as_deref());
                self.after_sync(outcome);
            }
            UiCommand::Merge(command) => {
                let file = file_of!(self);
                let outcome = self
                    .merging
                    .apply(command, &self.conflicts, file, &mut self.map);
                self.after_merge(outcome);
            }
            UiCommand::Record(command) => {
                let file = file_of!(self);
                let selection = record_panel::Selection {
                    id: &mut self.selected,
                    record: &mut self.selected_record,
                };
                let outcome = record_panel::apply(command, selection, file, &mut self.map);
                self.load_points();
                self.after_record(outcome);
            }
            UiCommand::Gps(command) => {
                if let Some(why) = gps_panel::apply(&mut self.gps, command, &self.messages) {
                    self.message = Some((true, why));
                }
            }
            UiCommand::LoadDemo => self.load_demo(),
            UiCommand::ZoomToData => self.map.zoom_to_data(),
            UiCommand::GoTo => self.go_to(),
            UiCommand::Undo => self.step(Step::Undo),
            UiCommand::Redo => self.step(Step::Redo),
            UiCommand::Browse(request) => {
                if self.dialog.is_none() {
                    let start = self.db.parent().map(Path::to_path_buf);
                    self.dialog = Some(dialogs::Pending::open(request, start));
                }
            }
            UiCommand::OpenBasemap => {
                self.message = Some(
                    match self.map.open_basemap(Path::new(self.basemap_path.trim())) {
                        Ok(name) => (
                            false,
                            self.t("app-basemap-opened", &[("name", name.into())]),
                        ),
                        Err(e) => (true, e.to_string()),
                    },
                );
            }
            UiCommand::Regions(command) => self.regions_command(command),
        }
    }

    /// Opens, closes or sorts the regions panel; a region chosen is shown on the map.
    fn regions_command(&mut self, command: regions::Command) {
        match &command {
            regions::Command::Open => {
                if let Some(f) = &mut self.figures {
                    f.show_tables(TableSort::Remaining);
                }
            }
            regions::Command::Close => {
                if let Some(f) = &mut self.figures {
                    f.hide_tables();
                }
                self.tables = None;
            }
            regions::Command::Sort(by) => {
                if let Some(t) = &mut self.tables {
                    t.sort(*by);
                }
                if let Some(f) = &mut self.figures {
                    f.sort_tables(*by);
                }
            }
            regions::Command::Region(_) => {}
        }
        if let Some(ids) = self.regions.apply(&command, self.tables.as_ref()) {
            self.map.zoom_to_records(&ids);
        }
    }

    /// After the editor: a saved record is selected, goes into the history, and is drawn.
    fn after_editor(&mut self, outcome: editor::Outcome) {
        match outcome {
            editor::Outcome::Nothing => {}
            editor::Outcome::Saved(change) => {
                let change = *change;
                let what = lang::change(&self.messages, &change);
                self.message = Some((false, self.t("app-saved", &[("what", what.into())])));
                self.history.push(change.clone());
                self.selected = Some(change.id);
                self.selected_record = change.after.clone();
                self.load_points();
                self.changed(change.before, change.after);
            }
        }
    }

    /// After the record panel: the editor opened, a deletion recorded and drawn, or a
    /// refusal shown.
    /// Files dropped on the window are attached to the open record as photos (all or none);
    /// with no record open, the message says to open one.
    fn dropped_photos(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if dropped.is_empty() {
            return;
        }
        if self.selected_record.is_some() && self.editor.is_none() {
            self.commands
                .push(record_panel::Command::Attach(dropped).into());
        } else {
            self.message = Some((true, self.t("app-open-record-for-photos", &[])));
        }
    }

    /// Reads the survey and evidence points and the photos of the selected record for its
    /// panel (small indexed queries: those of one record).
    fn load_points(&mut self) {
        self.selected_photos.load(
            self.store.as_ref(),
            self.selected_record
                .as_ref()
                .map(crate::model::Record::uuid),
        );
        use crate::model::RecordKind;
        self.selected_points = match (&self.store, &self.selected_record) {
            (Some(store), Some(r))
                if matches!(r.kind(), RecordKind::HazardArea | RecordKind::LandRelease) =>
            {
                store.points_of(r.uuid()).unwrap_or_default()
            }
            _ => Vec::new(),
        };
        self.selected_linked = match (&self.store, &self.selected_record) {
            (Some(store), Some(r)) if r.kind() == RecordKind::HazardArea => {
                store.linked_to(r.uuid()).unwrap_or_default()
            }
            _ => Vec::new(),
        };
        self.refresh_remaining();
    }

    /// The selected hazard area's land still contaminated, from the figures at rest.
    fn refresh_remaining(&mut self) {
        self.selected_remaining = match (&self.figures, &self.selected_record) {
            (Some(f), Some(r)) if r.kind() == crate::model::RecordKind::HazardArea => {
                f.hazard_remaining(r.uuid())
            }
            _ => None,
        };
    }

    fn after_record(&mut self, outcome: record_panel::Outcome) {
        match outcome {
            record_panel::Outcome::Nothing => {}
            record_panel::Outcome::Edit(record) => {
                self.editor = Some(editor::Editor::edit(&record, self.today));
            }
            record_panel::Outcome::Deleted(change) => {
                let change = *change;
                let what = lang::change(&self.messages, &change);
                self.message = Some((false, self.t("app-deleted", &[("what", what.into())])));
                self.history.push(change.clone());
                self.changed(change.before, None);
            }
            record_panel::Outcome::Photos(said) => self.message = Some((false, said)),
            record_panel::Outcome::Failed(why) => self.message = Some((true, why)),
        }
    }

    /// After the import/export panel's work: the file read again after an import, and the
    /// map fitted to it.
    fn after_exchange(&mut self, outcome: exchange_panel::Outcome) {
        match outcome {
            exchange_panel::Outcome::Nothing => {}
            exchange_panel::Outcome::Imported => {
                self.zoom_after_refresh = true;
                self.refresh();
            }
        }
    }

    /// After a sync command or a finished sync: the file read again.
    fn after_sync(&mut self, outcome: sync_panel::Outcome) {
        match outcome {
            sync_panel::Outcome::Nothing => {}
            sync_panel::Outcome::Synced => self.refresh(),
            sync_panel::Outcome::Failed(why) => self.message = Some((true, why)),
        }
    }

    /// After a merge command or a finished merge: the file read again.
    fn after_merge(&mut self, outcome: merging::Outcome) {
        match outcome {
            merging::Outcome::Nothing => {}
            merging::Outcome::Merged => self.refresh(),
            merging::Outcome::Resolved { id, version } => {
                let args = [
                    ("id", id.to_string().into()),
                    ("version", version.to_string().into()),
                ];
                self.message = Some((false, self.t("app-resolved", &args)));
                self.refresh();
                // The record as resolved, in its panel: what the choices made.
                self.commands
                    .push(record_panel::Command::Select(Some(id)).into());
            }
            merging::Outcome::Failed(why) => self.message = Some((true, why)),
        }
    }

    /// Loads the bundled demo (crate::demo) on a thread, its dates moved to end last month.
    fn load_demo(&mut self) {
        if self.store.is_none() || self.demo.is_some() {
            return;
        }
        let (db, today) = (self.db.clone(), self.today);
        self.demo = Some(job::Job::start("demo", move |_| {
            let (mut store, _) = Store::open(&db).map_err(|e| e.to_string())?;
            crate::demo::load(&mut store, today, "demo", &mut |_| {}).map_err(|e| e.to_string())
        }));
    }

    /// Undo or Redo: in the editor, of its shape; else of the changes saved in this sitting.
    fn step(&mut self, step: Step) {
        let redo = step == Step::Redo;
        if let Some(e) = &mut self.editor {
            let _ = if redo { e.redo() } else { e.undo() };
            return;
        }
        if let Some(why) = self.writer_elsewhere() {
            self.message = Some((true, why));
            return;
        }
        let Some(store) = &mut self.store else { return };
        let done = if redo {
            self.history.redo(store, &self.actor)
        } else {
            self.history.undo(store, &self.actor)
        };
        match done {
            Ok(Some(change)) => {
                let key = if redo { "app-redone" } else { "app-undone" };
                let what = lang::change(&self.messages, &change);
                self.message = Some((false, self.t(key, &[("what", what.into())])));
                let (from, to) = if redo {
                    (change.before, change.after)
                } else {
                    (change.after, change.before)
                };
                self.changed(from, to);
            }
            Ok(None) => {}
            Err(e @ StoreError::ChangedSince(_)) => {
                let why = e.text_in(&self.messages);
                self.message = Some((true, self.t("app-step-dropped", &[("why", why.into())])));
            }
            Err(e) => self.message = Some((true, e.text_in(&self.messages))),
        }
    }

    /// Picks up the loaded demo: what it holds, and fresh figures.
    fn poll_demo(&mut self) {
        if !self.demo.as_ref().is_some_and(job::Job::finished) {
            return;
        }
        let Some(job) = self.demo.take() else { return };
        match job
            .result()
            .unwrap_or_else(|| Err(self.t("app-loading-stopped", &[])))
        {
            Ok(s) => {
                let counts = lang::counts(&self.messages, &s.added);
                self.message = Some((
                    false,
                    self.t("app-demo-loaded", &[("counts", counts.into())]),
                ));
                self.zoom_after_refresh = true;
                self.refresh();
            }
            Err(e) => {
                self.message = Some((true, self.t("app-demo-failed", &[("why", e.into())])));
            }
        }
    }

    /// The file's name (the whole path on hover, and in the window's title), and whether it
    /// can only be read.
    fn file_name_ui(&self, ui: &mut egui::Ui) {
        let name = self.db.file_name().map_or_else(
            || self.db.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        ui.label(name).on_hover_text(self.db.display().to_string());
        if self.store.as_ref().is_some_and(Store::is_read_only) {
            ui.label(
                RichText::new(lang::tr(ui, "app-read-only"))
                    .color(style::error_colour(ui.visuals())),
            )
            .on_hover_text(lang::tr(ui, "app-file-read-only-hint"));
        }
    }

    fn top_bar(&mut self, ui: &mut egui::Ui) {
        // Wrapped: on a narrow window the buttons take a second line rather than going off
        // the edge. Right to left in Arabic: the name first at the right.
        let layout = if lang::right_to_left(ui) {
            egui::Layout::right_to_left(egui::Align::Center).with_main_wrap(true)
        } else {
            egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true)
        };
        let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
        ui.allocate_ui_with_layout(size, layout, |ui| {
            ui.heading("Clearfield");
            // The file's name; the whole path on hover (and in the window's title).
            if let Some(view) = &self.hub {
                let said = lang::tra(ui, "app-hq-view", &[("hub", view.database().into())]);
                ui.label(said).on_hover_text(&view.label);
                ui.label(
                    RichText::new(lang::tr(ui, "app-read-only"))
                        .color(style::error_colour(ui.visuals())),
                )
                .on_hover_text(lang::tr(ui, "app-hub-read-only-hint"));
                let again = egui::Button::new(lang::tr(ui, "app-read-hub-again"));
                if ui.add_enabled(view.reading().is_none(), again).clicked() {
                    self.commands.push(UiCommand::ReadHubAgain);
                }
            } else {
                self.file_name_ui(ui);
            }
            if ui.button(lang::tr(ui, "app-fit-map")).clicked() {
                self.commands.push(UiCommand::ZoomToData);
            }
            ui.separator();
            // HQ's view of a hub records nothing: changes are made on the laptops.
            let editing = self.editor.is_some() || self.store.is_none() || self.hub.is_some();
            for (kind, key) in [
                (RecordKind::HazardArea, "app-new-hazard-area"),
                (RecordKind::LandRelease, "app-new-land-release"),
                (RecordKind::OrdnanceFind, "app-new-find"),
                (RecordKind::EvidencePoint, "app-new-evidence-point"),
            ] {
                let button = egui::Button::new(lang::tr(ui, key));
                if ui.add_enabled(!editing, button).clicked() {
                    self.commands.push(editor::Command::Start(kind).into());
                }
            }
            ui.separator();
            self.undo_redo_ui(ui);
            ui.separator();
            let open = self.store.is_some();
            if ui
                .add_enabled(open, egui::Button::new(lang::tr(ui, "app-import-export")))
                .clicked()
            {
                self.commands.push(exchange_panel::Command::Open.into());
            }
            if ui
                .add_enabled(open, egui::Button::new(lang::tr(ui, "app-merge-file")))
                .clicked()
            {
                self.commands.push(merging::Command::Open.into());
            }
            let writable = self.store.as_ref().is_some_and(|s| !s.is_read_only());
            if ui
                .add_enabled(writable, egui::Button::new(lang::tr(ui, "app-sync-hub")))
                .clicked()
            {
                self.commands.push(sync_panel::Command::Open.into());
            }
            let n = self.conflicts.len();
            let text = lang::tra(ui, "app-conflicts", &[("count", n.into())]);
            if ui.add_enabled(open, egui::Button::new(text)).clicked() {
                self.commands.push(merging::Command::ToggleConflicts.into());
            }
            ui.separator();
            if ui.button(lang::tr(ui, "app-gps")).clicked() {
                self.commands.push(gps_panel::Command::Toggle.into());
            }
        });
    }

    /// The Undo and Redo buttons, what they would undo or redo on hover.
    fn undo_redo_ui(&mut self, ui: &mut egui::Ui) {
        let (undo, redo) = match &self.editor {
            Some(e) => {
                let boundary = || lang::tr(ui, "app-last-boundary-change");
                (e.can_undo().then(boundary), e.can_redo().then(boundary))
            }
            None => (
                self.history
                    .next_undo()
                    .map(crate::store::undo::Change::describe),
                self.history
                    .next_redo()
                    .map(crate::store::undo::Change::describe),
            ),
        };
        for (key, hint, what, command) in [
            ("app-undo", "app-undo-hint", undo, UiCommand::Undo),
            ("app-redo", "app-redo-hint", redo, UiCommand::Redo),
        ] {
            let button = ui.add_enabled(what.is_some(), egui::Button::new(lang::tr(ui, key)));
            if let Some(what) = what
                && button
                    .on_hover_text(lang::tra(ui, hint, &[("what", what.into())]))
                    .clicked()
            {
                self.commands.push(command);
            }
        }
    }

    fn bottom_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            match self.map.cursor() {
                Some((lon, lat)) => ui.label(lang::tra(
                    ui,
                    "app-cursor",
                    &[
                        ("lon", format!("{lon:.6}").into()),
                        ("lat", format!("{lat:.6}").into()),
                        (
                            "utm",
                            crate::io::coords::utm_text(lon, lat)
                                .unwrap_or_else(|| "-".to_owned())
                                .into(),
                        ),
                        (
                            "mgrs",
                            crate::io::coords::mgrs_text(lon, lat)
                                .unwrap_or_else(|| "-".to_owned())
                                .into(),
                        ),
                    ],
                )),
                None => ui.label(""),
            };
            if let Some((error, text)) = &self.message {
                ui.separator();
                let color = if *error {
                    style::error_colour(ui.visuals())
                } else {
                    ui.visuals().text_color()
                };
                ui.label(RichText::new(text).color(color));
            }
        });
    }

    fn welcome(&mut self, ui: &mut egui::Ui) {
        ui.vertical_centered(|ui| {
            ui.add_space(80.0);
            ui.heading(lang::tr(ui, "app-welcome-title"));
            ui.label(lang::tr(ui, "app-welcome-text"));
            ui.add_space(12.0);
            if self.demo.is_some() {
                ui.horizontal(|ui| {
                    ui.spinner();
                    ui.label(lang::tr(ui, "app-demo-loading"));
                });
            } else if ui.button(lang::tr(ui, "app-demo-load")).clicked() {
                self.commands.push(UiCommand::LoadDemo);
            }
        });
    }

    fn dashboard_ui(&mut self, ui: &mut egui::Ui) {
        if self.store.is_some() {
            self.go_to_ui(ui);
        }
        let computing = self.figures.as_ref().is_some_and(figures::Follower::busy);
        if let (Some(o), None) = (&self.opening, &self.dashboard) {
            // Opening: what is being done, and how far (not a spinner: it would ask for
            // frame after frame, each drawing the map).
            ui.label(&o.what);
            if let Some(done) = o.done {
                ui.add(egui::ProgressBar::new(done).show_percentage());
            }
        } else if computing {
            ui.label(lang::tr(ui, "app-computing-figures"));
        }
        let Some(d) = &self.dashboard else {
            match &self.first_status {
                // Opening: the figures are there, the forecast is still being made.
                Some(status) => {
                    status_ui(ui, status, self.units);
                    ui.separator();
                    ui.label(RichText::new(lang::tr(ui, "app-completion-estimate")).strong());
                    ui.label(lang::tr(ui, "app-computing-forecast"));
                }
                None if !computing => {
                    ui.label(lang::tr(ui, "app-no-figures"));
                }
                None => {}
            }
            return;
        };
        let programme = (d.programme.clone()).unwrap_or_else(|| lang::tr(ui, "app-programme"));
        ui.heading(programme);
        // The one sentence a manager reads first.
        let headline = crate::estimate::headline_in(&d.estimate, &lang::messages(ui.ctx()));
        ui.label(RichText::new(headline).strong().size(16.0));
        ui.separator();
        status_ui(ui, &d.status, self.units);
        if !self.regions.open && ui.button(lang::tr(ui, "app-regions-open")).clicked() {
            self.commands.push(regions::Command::Open.into());
        }
        if !d.finds_by_type.is_empty() {
            let m = lang::messages(ui.ctx());
            egui::CollapsingHeader::new(m.text("app-finds-by-type", &[]))
                .id_salt("finds-by-type")
                .show(ui, |ui| {
                    egui::Grid::new("finds-by-type")
                        .num_columns(4)
                        .striped(true)
                        .show(ui, |ui| {
                            for h in [
                                "app-col-type",
                                "app-col-category",
                                "app-col-finds",
                                "app-col-items",
                            ] {
                                ui.label(RichText::new(m.text(h, &[])).strong());
                            }
                            ui.end_row();
                            for t in &d.finds_by_type {
                                ui.label(&t.ordnance_type);
                                ui.label(lang::value(&m, &t.category));
                                ui.label(m.number(&thousands(t.finds as f64)));
                                ui.label(m.number(&thousands(t.items as f64)));
                                ui.end_row();
                            }
                        });
                });
        }
        ui.separator();
        ui.label(RichText::new(lang::tr(ui, "app-completion-estimate")).strong());
        if d.estimate.hazard_area_m2 <= 0.0 {
            // The headline says there is no data yet: no dates to give.
            ui.label(lang::tr(ui, "app-no-hazard-area-yet"));
        } else {
            completion_ui(ui, &d.estimate);
        }
        chart::burn_down(ui, d);
        ui.separator();
        if !d.status.excluded.is_empty() {
            ui.separator();
            ui.label(
                RichText::new(lang::tra(
                    ui,
                    "app-left-out",
                    &[("count", d.status.excluded.len().into())],
                ))
                .color(style::error_colour(ui.visuals())),
            );
        }
        ui.separator();
        ui.label(RichText::new(lang::tr(ui, "app-map")).strong());
        for kind in RecordKind::ALL {
            let mut shown = self.map.layer_visible(kind);
            let label = lang::tr(ui, &format!("app-layer-{}", kind.as_str()));
            if ui.checkbox(&mut shown, label).changed() {
                self.map.set_layer_visible(kind, shown);
            }
        }
        let mut remaining = self.map.remaining_visible();
        if ui
            .checkbox(&mut remaining, lang::tr(ui, "app-layer-remaining"))
            .changed()
        {
            self.map.set_remaining_visible(remaining);
        }
        finds_legend(ui);
        let label = ui.label(lang::tr(ui, "app-basemap"));
        ui.horizontal(|ui| {
            ui.add(egui::TextEdit::singleline(&mut self.basemap_path).desired_width(200.0))
                .labelled_by(label.id);
            if ui.button(lang::tr(ui, "app-open")).clicked() {
                self.commands.push(UiCommand::OpenBasemap);
            }
            if ui.button(lang::tr(ui, "app-choose")).clicked() {
                self.commands.push(UiCommand::Browse(dialogs::Request {
                    field: dialogs::Field::Basemap,
                    save: false,
                    filter: dialogs::MBTILES,
                }));
            }
        });
        if let Some(name) = self.map.basemap_name() {
            ui.label(lang::tra(
                ui,
                "app-basemap-showing",
                &[("name", name.into())],
            ));
        }
        ui.separator();
        self.settings_ui(ui);
    }
}

impl ClearfieldApp {
    /// The settings: the language (each by its own name), the change log's user, the units.
    fn settings_ui(&mut self, ui: &mut egui::Ui) {
        egui::CollapsingHeader::new(lang::tr(ui, "app-settings"))
            .id_salt("settings-header")
            .show(ui, |ui| {
                ui.label(lang::tr(ui, "app-language"));
                let mut chosen = None;
                ui.horizontal_wrapped(|ui| {
                    for language in Language::ALL {
                        let on = self.language() == language;
                        if ui.selectable_label(on, language.native_name()).clicked() && !on {
                            chosen = Some(language);
                        }
                    }
                });
                if let Some(language) = chosen {
                    self.choose_language(language);
                }
                let label = ui.label(lang::tra(
                    ui,
                    "app-user-name",
                    &[("name", self.actor.as_str().into())],
                ));
                ui.horizontal(|ui| {
                    bidi::single_line(ui, &mut self.user_text, |e| e.desired_width(200.0))
                        .labelled_by(label.id);
                    if ui.button(lang::tr(ui, "app-use-name")).clicked() {
                        self.save_user();
                    }
                });
                let mut square_metres = self.units == style::Units::SQUARE_METRES;
                if ui
                    .checkbox(&mut square_metres, lang::tr(ui, "app-square-metres"))
                    .changed()
                {
                    self.save_units(square_metres);
                }
            });
    }

    /// The "Go to" field (a hazard area by name or id, or a position) and what it found.
    fn go_to_ui(&mut self, ui: &mut egui::Ui) {
        let label = ui.label(lang::tr(ui, "app-go-to"));
        ui.horizontal(|ui| {
            let field = bidi::single_line(ui, &mut self.go_to_text, |e| {
                e.hint_text("Kfar Kila, 36S 740281 3685298")
                    .desired_width(230.0)
            })
            .labelled_by(label.id);
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button(lang::tr(ui, "app-go")).clicked() || entered {
                self.commands.push(UiCommand::GoTo);
            }
        });
        if self.found.len() > 1 {
            let m = lang::messages(ui.ctx());
            ui.label(m.text("app-found", &[("count", self.found.len().into())]));
            for (kind, id, name) in &self.found {
                let kind = lang::kind(&m, *kind);
                let shown = if name.is_empty() {
                    format!("{kind} {}", &id.to_string()[..8])
                } else {
                    format!("{kind} \"{name}\"")
                };
                if ui.link(shown).clicked() {
                    self.commands
                        .push(record_panel::Command::Select(Some(*id)).into());
                    self.commands.push(record_panel::Command::ZoomTo.into());
                }
            }
        }
        // Places after records; one place alone was already gone to.
        if !self.found_places.is_empty() && (!self.found.is_empty() || self.found_places.len() > 1)
        {
            let n = self.found_places.len();
            ui.label(lang::tra(ui, "app-places-found", &[("count", n.into())]));
            let mut clicked = None;
            for (shown, lon, lat) in &self.found_places {
                if ui.link(shown).clicked() {
                    clicked = Some((*lon, *lat, shown.clone()));
                }
            }
            if let Some((lon, lat, shown)) = clicked {
                self.map.go_to(lon, lat);
                let said = lang::tra(ui, "app-centred-on", &[("what", shown.into())]);
                self.go_to_said = Some((false, said));
            }
        }
        match &self.go_to_said {
            Some((true, why)) => {
                ui.label(RichText::new(why).color(style::error_colour(ui.visuals())));
            }
            Some((false, said)) => {
                ui.label(said);
            }
            None => {}
        }
        ui.separator();
    }
}

/// Who makes the changes: `CLEARFIELD_USER`, else the name kept in the app's settings, else
/// the login name.
fn actor(saved: &crate::io::app_settings::AppSettings) -> String {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
    env("CLEARFIELD_USER")
        .or_else(|| saved.user.clone().filter(|u| !u.trim().is_empty()))
        .or_else(|| env("USER"))
        .or_else(|| env("USERNAME"))
        .unwrap_or_else(|| "unknown".to_owned())
}

/// The completion estimate's dates, the deadline and the statement, in the language.
fn completion_ui(ui: &mut egui::Ui, e: &crate::estimate::Estimate) {
    let m = lang::messages(ui.ctx());
    let completion = match e.completion_date {
        Some(d) => m.date(d),
        None => m.text("app-completion-none", &[]),
    };
    ui.label(m.text("app-completion", &[("date", completion.into())]));
    let interval = match (e.completion_low, e.completion_high) {
        (Some(lo), Some(hi)) => m.text(
            "app-interval-between",
            &[("low", m.date(lo).into()), ("high", m.date(hi).into())],
        ),
        (Some(lo), None) => m.text("app-interval-from", &[("low", m.date(lo).into())]),
        _ => m.text("app-interval-none", &[]),
    };
    ui.label(m.text("app-interval", &[("interval", interval.into())]));
    if let Some(deadline) = e.deadline {
        // "On track" only for a deadline still ahead.
        let on_track = e.on_track == Some(true) && deadline >= e.as_of;
        let key = if deadline < e.as_of {
            "app-deadline-missed"
        } else if on_track {
            "app-deadline-on-track"
        } else {
            "app-deadline-not-on-track"
        };
        ui.label(
            RichText::new(m.text(key, &[("date", m.date(deadline).into())])).color(if on_track {
                style::ok_colour(ui.visuals())
            } else {
                style::error_colour(ui.visuals())
            }),
        );
    }
    ui.label(crate::estimate::statement_in(e, &m));
}

/// The status figures: areas by how they stand (in km² and ha, or m²), and the counts.
fn status_ui(ui: &mut egui::Ui, status: &crate::status::Status, units: style::Units) {
    let m = lang::messages(ui.ctx());
    ui.label(m.text("app-figures-on", &[("date", m.date(status.as_of).into())]));
    ui.separator();
    let t = &status.totals;
    let columns: &[crate::estimate::AreaUnit] = if units.large == units.small {
        &[units.large]
    } else {
        &[units.large, units.small]
    };
    lang::grid_scope(ui, |ui| {
        egui::Grid::new("areas")
            .num_columns(1 + columns.len())
            .striped(true)
            .show(ui, |ui| {
                let row = |ui: &mut egui::Ui, cells: Vec<RichText>| {
                    for cell in lang::reading_order(ui, cells) {
                        ui.label(cell);
                    }
                    ui.end_row();
                };
                let mut header = vec![RichText::new("")];
                header.extend(
                    columns
                        .iter()
                        .map(|u| RichText::new(lang::unit_symbol(&m, *u)).strong()),
                );
                row(ui, header);
                for (key, v) in [
                    ("app-area-hazard", t.hazard_area.0),
                    ("app-area-remaining", t.remaining.0),
                    ("app-area-cancelled", t.cancelled.0),
                    ("app-area-reduced", t.reduced.0),
                    ("app-area-cleared", t.cleared.0),
                ] {
                    let mut cells = vec![RichText::new(m.text(key, &[]))];
                    cells.extend(
                        columns
                            .iter()
                            .map(|u| RichText::new(lang::area_number(&m, *u, v))),
                    );
                    row(ui, cells);
                }
            });
    });
    ui.label(m.text("app-nts-ts", &[]));
    ui.separator();
    let n = |v: usize| m.number(&thousands(v as f64));
    ui.label(
        m.text(
            "app-status-counts",
            &[
                (
                    "hazards",
                    lang::kind_count(&m, RecordKind::HazardArea, status.hazard_areas).into(),
                ),
                (
                    "releases",
                    lang::kind_count(&m, RecordKind::LandRelease, status.land_releases).into(),
                ),
                (
                    "finds",
                    lang::kind_count(&m, RecordKind::OrdnanceFind, status.ordnance_finds as usize)
                        .into(),
                ),
                ("count", status.items_found.into()),
                ("items", n(status.items_found as usize).into()),
            ],
        ),
    );
}

/// The find symbols by category, drawn as on the map (folded away until asked for).
fn finds_legend(ui: &mut egui::Ui) {
    use crate::model::OrdnanceCategory;
    let m = lang::messages(ui.ctx());
    egui::CollapsingHeader::new(m.text("app-find-symbols", &[]))
        .id_salt("find-symbols")
        .show(ui, |ui| {
            ui.label(m.text("app-find-symbols-note", &[]));
            egui::Grid::new("finds-legend")
                .num_columns(4)
                .show(ui, |ui| {
                    for (i, category) in OrdnanceCategory::ALL.iter().enumerate() {
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(18.0, 18.0), egui::Sense::hover());
                        // On the map's own background, so the symbol reads as it does there.
                        ui.painter().rect_filled(rect, 2.0, map::BACKGROUND);
                        map::symbol(ui.painter(), rect.center(), Some(*category), false);
                        ui.label(lang::value(&m, category.as_str()));
                        if i % 2 == 1 {
                            ui.end_row();
                        }
                    }
                });
        });
}

impl eframe::App for ClearfieldApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        ClearfieldApp::ui(self, ui);
    }
}
