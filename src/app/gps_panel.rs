//! The GPS panel: connects to a receiver (serial port, gpsd, or a recorded log replayed),
//! shows its live position, fix quality and satellites, draws it on the map, and "Use
//! position" averages the next N fixes and shows the spread in metres.
//!
//! The receiver is followed on a named thread (`io::nmea::follow` through a [`Job`]), which
//! puts each fix in a shared [`Feed`]; averaging is a second job that waits for N new fixes
//! in the feed (a serial port is opened once, by the follower). Without a receiver the panel
//! says why and the rest of the app is untouched. The settings stay as typed while the app
//! runs.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use egui::RichText;

use super::UiCommand;
use super::job::Job;
use crate::geom::fixes::{Averaged, Fix, average};
use crate::i18n::{Localized, Messages};
use crate::io::nmea::{self, Counts, Source};

/// How long a receiver may say nothing before the panel reports it gone.
const SILENCE: Duration = Duration::from_secs(10);

/// The longest "Use position" waits for its fixes.
const AVERAGE_TIMEOUT: Duration = Duration::from_secs(60);

/// Fixes kept in the feed (the newest).
const KEPT: usize = 1000;

/// What the GPS panel asks for.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Show or hide the panel.
    Toggle,
    /// Connect to the source set in the panel.
    Connect,
    /// Stop following the receiver.
    Disconnect,
    /// Average the next N fixes.
    UsePosition,
}

impl From<Command> for UiCommand {
    fn from(command: Command) -> Self {
        UiCommand::Gps(command)
    }
}

/// Where the panel takes positions from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A serial or USB receiver.
    Serial,
    /// gpsd.
    Gpsd,
    /// A recorded NMEA log, replayed over and over.
    Replay,
}

/// What the follower has received so far, shared with the panel and the averaging job.
#[derive(Debug, Default)]
pub struct Feed {
    /// The newest fixes, at most [`KEPT`].
    fixes: Vec<Fix>,
    /// Every fix received since connecting.
    total: usize,
    /// What was read.
    counts: Counts,
}

impl Feed {
    /// The fixes received after the first `from` of all, oldest first (those still kept).
    fn since(&self, from: usize) -> &[Fix] {
        let new = self.total.saturating_sub(from).min(self.fixes.len());
        &self.fixes[self.fixes.len() - new..]
    }
}

/// A receiver being followed.
struct Connection {
    source: Source,
    stop: Arc<AtomicBool>,
    feed: Arc<Mutex<Feed>>,
    job: Job<Result<(), nmea::GpsError>>,
}

/// The panel's state.
pub struct GpsPanel {
    /// Whether the panel is shown.
    pub open: bool,
    /// The kind of source chosen.
    pub kind: Kind,
    /// The serial port, as typed.
    pub port: String,
    /// The baud rate, as typed.
    pub baud: String,
    /// gpsd's address, as typed.
    pub gpsd: String,
    /// The log file, as typed.
    pub replay: String,
    /// How many fixes "Use position" averages.
    pub fixes: u32,
    connection: Option<Connection>,
    averaging: Option<Job<Result<Averaged, String>>>,
    /// The last averaged position, or why there is none.
    result: Option<Result<Averaged, String>>,
    /// Why the last connection ended, when it failed.
    failure: Option<String>,
}

impl Default for GpsPanel {
    fn default() -> Self {
        GpsPanel {
            open: false,
            kind: Kind::Serial,
            port: default_port().to_owned(),
            baud: nmea::DEFAULT_BAUD.to_string(),
            gpsd: nmea::DEFAULT_GPSD.to_owned(),
            replay: String::new(),
            fixes: 10,
            connection: None,
            averaging: None,
            result: None,
            failure: None,
        }
    }
}

/// The usual name of the first USB receiver on this system.
fn default_port() -> &'static str {
    if cfg!(windows) {
        "COM3"
    } else {
        "/dev/ttyUSB0"
    }
}

impl GpsPanel {
    /// The source the panel is set to, or why the settings are not one.
    fn source(&self) -> Result<Source, String> {
        match self.kind {
            Kind::Serial => {
                let baud = self.baud.trim().parse::<u32>().ok().filter(|b| *b > 0);
                let baud = baud.ok_or_else(|| {
                    format!("baud rate {:?} is not a whole number above 0", self.baud)
                })?;
                Ok(Source::Serial {
                    port: self.port.trim().to_owned(),
                    baud,
                })
            }
            Kind::Gpsd => Ok(Source::Gpsd(self.gpsd.trim().to_owned())),
            Kind::Replay => Ok(Source::Replay(PathBuf::from(self.replay.trim()))),
        }
    }

    /// Whether a receiver is being followed.
    pub fn connected(&self) -> bool {
        self.connection.is_some()
    }

    /// The newest fix received, if connected.
    pub fn live(&self) -> Option<Fix> {
        let c = self.connection.as_ref()?;
        let feed = c.feed.lock().ok()?;
        feed.fixes.last().cloned()
    }

    /// The last averaged position, if any.
    pub fn averaged(&self) -> Option<&Averaged> {
        self.result.as_ref().and_then(|r| r.as_ref().ok())
    }

    /// Whether "Use position" is waiting for its fixes.
    pub fn averaging(&self) -> bool {
        self.averaging.is_some()
    }

    /// Stops following the receiver (the thread ends within a fraction of a second).
    fn disconnect(&mut self) {
        if let Some(c) = self.connection.take() {
            c.stop.store(true, Ordering::Relaxed);
        }
    }

    /// Takes in what the jobs have finished; asks for frames while they run.
    pub fn poll(&mut self, ctx: &egui::Context) {
        if self.connection.is_some() || self.averaging.is_some() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        if let Some(c) = &self.connection
            && c.job.finished()
            && let Some(c) = self.connection.take()
        {
            let why = match c.job.result() {
                Some(Ok(())) => None,
                Some(Err(e)) => Some(e.text_in(&super::lang::messages(ctx))),
                None => Some("the GPS reader stopped unexpectedly".to_owned()),
            };
            self.failure = why;
        }
        if self.averaging.as_ref().is_some_and(Job::finished)
            && let Some(job) = self.averaging.take()
        {
            self.result = Some(
                job.result()
                    .unwrap_or_else(|| Err("averaging stopped unexpectedly".to_owned())),
            );
        }
    }

    /// Draws the panel, pushing its commands.
    pub fn ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<UiCommand>) {
        let m = super::lang::messages(ui.ctx());
        ui.horizontal(|ui| {
            ui.heading(m.text("app-gps-title", &[]));
            if ui.button(m.text("app-close", &[])).clicked() {
                commands.push(Command::Toggle.into());
            }
        });
        let connected = self.connection.is_some();
        ui.add_enabled_ui(!connected, |ui| self.settings_ui(ui));
        ui.horizontal(|ui| {
            if connected {
                if ui.button(m.text("app-gps-disconnect", &[])).clicked() {
                    commands.push(Command::Disconnect.into());
                }
            } else if ui.button(m.text("app-gps-connect", &[])).clicked() {
                commands.push(Command::Connect.into());
            }
        });
        if let Some(why) = &self.failure {
            ui.label(RichText::new(why).color(super::style::error_colour(ui.visuals())));
        }
        if let Some(c) = &self.connection {
            ui.label(m.text(
                "app-gps-connected",
                &[("source", c.source.to_string().into())],
            ));
            live_ui(ui, &c.feed);
        }
        ui.separator();
        ui.horizontal(|ui| {
            let l = ui.label(m.text("app-gps-fixes-to-average", &[]));
            ui.add(egui::DragValue::new(&mut self.fixes).range(1..=1000))
                .labelled_by(l.id);
        });
        if self.averaging.is_some() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(m.text("app-gps-averaging", &[("count", self.fixes.into())]));
            });
        } else if ui
            .add_enabled(
                connected,
                egui::Button::new(m.text("app-gps-use-position", &[])),
            )
            .clicked()
        {
            commands.push(Command::UsePosition.into());
        }
        match &self.result {
            Some(Ok(a)) => averaged_ui(ui, a),
            Some(Err(e)) => {
                ui.label(RichText::new(e).color(super::style::error_colour(ui.visuals())));
            }
            None => {}
        }
    }

    fn settings_ui(&mut self, ui: &mut egui::Ui) {
        let m = super::lang::messages(ui.ctx());
        ui.horizontal(|ui| {
            ui.radio_value(&mut self.kind, Kind::Serial, m.text("app-gps-serial", &[]));
            ui.radio_value(&mut self.kind, Kind::Gpsd, "gpsd");
            ui.radio_value(&mut self.kind, Kind::Replay, m.text("app-gps-replay", &[]));
        });
        let (key, field) = match self.kind {
            Kind::Serial => ("app-gps-port", &mut self.port),
            Kind::Gpsd => ("app-gps-gpsd-address", &mut self.gpsd),
            Kind::Replay => ("app-gps-log-file", &mut self.replay),
        };
        ui.horizontal(|ui| {
            let l = ui.label(m.text(key, &[]));
            ui.text_edit_singleline(field).labelled_by(l.id);
        });
        if self.kind == Kind::Serial {
            ui.horizontal(|ui| {
                let l = ui.label(m.text("app-gps-baud", &[]));
                ui.add(egui::TextEdit::singleline(&mut self.baud).desired_width(60.0))
                    .labelled_by(l.id);
            });
        }
    }
}

/// The newest fix and what was read.
fn live_ui(ui: &mut egui::Ui, feed: &Mutex<Feed>) {
    let Ok(feed) = feed.lock() else { return };
    let m = super::lang::messages(ui.ctx());
    match feed.fixes.last() {
        Some(f) => {
            let at = format!("{:.7},{:.7}", f.lon, f.lat);
            ui.label(m.text("app-gps-live", &[("at", at.into())]));
            ui.label(
                m.text(
                    "app-gps-fix",
                    &[
                        ("quality", f.quality.name().into()),
                        (
                            "satellites",
                            f.satellites
                                .map_or("?".to_owned(), |s| s.to_string())
                                .into(),
                        ),
                        (
                            "hdop",
                            f.hdop.map_or("?".to_owned(), |h| format!("{h:.1}")).into(),
                        ),
                    ],
                ),
            );
        }
        None => {
            ui.label(m.text("app-gps-waiting", &[]));
        }
    }
    let c = &feed.counts;
    ui.label(m.text(
        "app-gps-counts",
        &[
            ("total", feed.total.to_string().into()),
            ("bad", c.bad_checksum.to_string().into()),
            ("nofix", c.no_fix.to_string().into()),
        ],
    ));
}

/// The GPS part of a record's form: average the receiver's next fixes, and use the averaged
/// position for the record (its place, or its next vertex). Nothing when no receiver is
/// connected and nothing was averaged.
pub fn editor_ui(ui: &mut egui::Ui, panel: &GpsPanel, commands: &mut Vec<UiCommand>) {
    if !panel.connected() && panel.averaged().is_none() {
        return;
    }
    let m = super::lang::messages(ui.ctx());
    ui.separator();
    ui.label(RichText::new(m.text("app-gps", &[])).strong());
    if panel.connected() {
        let label = if panel.averaging() {
            m.text("app-gps-averaging-short", &[])
        } else {
            m.text("app-gps-average-next", &[])
        };
        if ui
            .add_enabled(!panel.averaging(), egui::Button::new(label))
            .clicked()
        {
            commands.push(Command::UsePosition.into());
        }
    }
    if let Some(a) = panel.averaged() {
        let text = m.text(
            "app-gps-use-averaged",
            &[
                ("count", a.count.to_string().into()),
                ("spread", m.number(&format!("{:.1}", a.spread_max_m)).into()),
            ],
        );
        if ui.button(text).clicked() {
            commands.push(super::editor::Command::UseGps(a.clone()).into());
        }
    }
}

/// An averaged position: where, how tightly, from what.
fn averaged_ui(ui: &mut egui::Ui, a: &Averaged) {
    let m = super::lang::messages(ui.ctx());
    ui.label(RichText::new(m.text("app-gps-averaged", &[])).strong());
    let at = format!("{:.7},{:.7}", a.lon, a.lat);
    ui.label(m.text("app-gps-at", &[("at", at.into())]));
    if let Some(utm) = crate::io::coords::utm_text(a.lon, a.lat) {
        ui.label(format!("UTM {utm}"));
    }
    if let Some(mgrs) = crate::io::coords::mgrs_text(a.lon, a.lat) {
        ui.label(format!("MGRS {mgrs}"));
    }
    ui.label(m.text(
        "app-gps-spread",
        &[
            ("max", m.number(&format!("{:.2}", a.spread_max_m)).into()),
            ("rms", m.number(&format!("{:.2}", a.spread_rms_m)).into()),
        ],
    ));
    let satellites = (a.min_satellites).map_or("?".to_owned(), |s| {
        m.text("app-gps-at-least", &[("n", s.to_string().into())])
    });
    let hdop = (a.mean_hdop).map_or("?".to_owned(), |h| {
        m.text(
            "app-gps-mean",
            &[("n", m.number(&format!("{h:.2}")).into())],
        )
    });
    ui.label(m.text(
        "app-gps-averaged-from",
        &[
            ("count", a.count.to_string().into()),
            ("quality", a.quality.name().into()),
            ("satellites", satellites.into()),
            ("hdop", hdop.into()),
        ],
    ));
}

/// Applies `command` to the panel; the error for the app's message line, if any (an
/// average refused is said in the language of `m`).
pub fn apply(panel: &mut GpsPanel, command: Command, m: &Messages) -> Option<String> {
    match command {
        Command::Toggle => panel.open = !panel.open,
        Command::Connect => {
            panel.disconnect();
            panel.failure = None;
            let source = match panel.source() {
                Ok(s) => s,
                Err(e) => {
                    panel.failure = Some(e);
                    return None;
                }
            };
            panel.connection = Some(connect(source));
        }
        Command::Disconnect => panel.disconnect(),
        Command::UsePosition => {
            let Some(c) = &panel.connection else {
                return Some("Connect a GPS receiver first.".to_owned());
            };
            panel.result = None;
            panel.averaging = Some(start_average(
                c.feed.clone(),
                panel.fixes as usize,
                m.language(),
            ));
        }
    }
    None
}

/// Starts following `source` on a named thread.
fn connect(source: Source) -> Connection {
    let stop = Arc::new(AtomicBool::new(false));
    let feed = Arc::new(Mutex::new(Feed::default()));
    let (s, f, src) = (stop.clone(), feed.clone(), source.clone());
    let job = Job::start("gps-follow", move |_| {
        let mut on_fix = |fix: Fix, counts: Counts| {
            if let Ok(mut feed) = f.lock() {
                if feed.fixes.len() >= KEPT {
                    feed.fixes.remove(0);
                }
                feed.fixes.push(fix);
                feed.total += 1;
                feed.counts = counts;
            }
        };
        nmea::follow(&src, SILENCE, &s, &mut on_fix)
    });
    Connection {
        source,
        stop,
        feed,
        job,
    }
}

/// Waits on a named thread for `n` fixes after those already in `feed`, and averages them;
/// an average refused is said in `language`.
fn start_average(
    feed: Arc<Mutex<Feed>>,
    n: usize,
    language: crate::i18n::Language,
) -> Job<Result<Averaged, String>> {
    Job::start("gps-average", move |progress| {
        let from = feed.lock().map_err(|e| e.to_string())?.total;
        let started = Instant::now();
        loop {
            {
                let feed = feed.lock().map_err(|e| e.to_string())?;
                let new = feed.since(from);
                progress.set(new.len().min(n) as u64, n as u64);
                if new.len() >= n {
                    return average(&new[..n], n).map_err(|e| e.text_in(&Messages::new(language)));
                }
                if started.elapsed() > AVERAGE_TIMEOUT {
                    return Err(format!(
                        "only {} of {n} fixes in {} s; the position was not taken",
                        new.len(),
                        AVERAGE_TIMEOUT.as_secs()
                    ));
                }
            }
            // Once the follower has stopped (disconnected or failed), no fix will come.
            if Arc::strong_count(&feed) == 1 {
                return Err("the receiver was disconnected before enough fixes came".to_owned());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    })
}

/// Draws the receiver's live position (a filled circle) and the averaged one (a ring).
pub fn draw(painter: &egui::Painter, live: Option<egui::Pos2>, averaged: Option<egui::Pos2>) {
    let blue = egui::Color32::from_rgb(0, 90, 255);
    if let Some(p) = live {
        painter.circle(p, 6.0, blue, egui::Stroke::new(2.0, egui::Color32::WHITE));
    }
    if let Some(p) = averaged {
        painter.circle_stroke(p, 9.0, egui::Stroke::new(2.5, blue));
    }
}
