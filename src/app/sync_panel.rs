//! Syncing the open file with the national hub from the app: the hub's URL remembered on
//! this laptop without its password, the password asked for at each sync and never kept
//! (or taken from `PGPASSWORD` / `~/.pgpass`, as the command line does), the sync on a
//! thread of its own with progress, and what it did said in the panel.

use std::path::{Path, PathBuf};

use super::File;
use super::UiCommand;
use super::job::Job;
use crate::hub::{self, Hub};
use crate::store::Store;

/// Records named in the panel after a sync (the rest counted).
const SHOWN: usize = 20;

/// What the sync panel asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    /// Show the panel.
    Open,
    /// Hide it.
    Close,
    /// Sync with the hub named in it.
    Start,
}

impl From<Command> for UiCommand {
    fn from(command: Command) -> Self {
        UiCommand::Sync(command)
    }
}

/// What the app does after a sync command, or when a sync has finished.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing to do.
    Nothing,
    /// A sync finished: records may have changed, read the file again.
    Synced,
    /// Why the command could not be done, for the app's message line.
    Failed(String),
}

/// The sync panel's memory.
#[derive(Default)]
pub struct SyncPanel {
    /// Whether it is shown.
    pub open: bool,
    /// The hub's URL, as typed (remembered without a password).
    pub url: String,
    /// The password typed for the next sync; emptied when the sync starts.
    pub password: String,
    job: Option<Job<Result<Vec<String>, String>>>,
    /// What the last sync said (its lines), or why it failed.
    pub said: Option<Result<Vec<String>, String>>,
}

impl SyncPanel {
    /// The panel, its URL the one remembered on this laptop.
    pub fn remembering(url: Option<String>) -> SyncPanel {
        SyncPanel {
            url: url.unwrap_or_default(),
            ..SyncPanel::default()
        }
    }

    /// Whether a sync is running.
    pub fn running(&self) -> bool {
        self.job.is_some()
    }

    /// Applies `command`; a sync runs through a thread with its own connection to `file`,
    /// and the URL (without a password) is written to the app's settings at `settings`.
    pub fn apply(&mut self, command: Command, file: File<'_>, settings: Option<&Path>) -> Outcome {
        match command {
            Command::Open => self.open = true,
            Command::Close => self.open = false,
            Command::Start => {
                if let Some(why) = file.held {
                    return Outcome::Failed(why);
                }
                if file.store.as_ref().is_some_and(|s| s.is_read_only()) {
                    return Outcome::Failed(file.messages.text("app-sync-read-only", &[]));
                }
                let url = self.url.trim().to_owned();
                if !hub::is_hub_url(&url) {
                    self.said = Some(Err(file.messages.text("app-sync-give-address", &[])));
                    return Outcome::Nothing;
                }
                let password = std::mem::take(&mut self.password);
                // A password typed into the URL is used, never kept.
                self.url = hub::redacted(&url);
                let kept = remember(settings, &self.url);
                let full = if password.is_empty() {
                    url
                } else {
                    hub::with_password(&url, &password)
                };
                self.said = None;
                self.job = Some(start(
                    file.path.to_path_buf(),
                    full,
                    file.actor.to_owned(),
                    file.messages.clone(),
                ));
                if let Err(why) = kept {
                    let why = ("why", why.into());
                    return Outcome::Failed(file.messages.text("app-sync-not-kept", &[why]));
                }
            }
        }
        Outcome::Nothing
    }

    /// Picks up a finished sync.
    pub fn poll(&mut self) -> Outcome {
        if !self.job.as_ref().is_some_and(Job::finished) {
            return Outcome::Nothing;
        }
        let Some(job) = self.job.take() else {
            return Outcome::Nothing;
        };
        let said = job
            .result()
            .unwrap_or_else(|| Err("the sync stopped unexpectedly".to_owned()));
        let synced = said.is_ok();
        self.said = Some(said);
        if synced {
            Outcome::Synced
        } else {
            Outcome::Nothing
        }
    }

    /// The panel; emits its commands.
    pub fn ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<UiCommand>) {
        let m = super::lang::messages(ui.ctx());
        ui.heading(m.text("app-sync-title", &[]));
        ui.label(m.text("app-sync-help", &[]));
        let label = ui.label(m.text("app-sync-address", &[]));
        ui.add(
            egui::TextEdit::singleline(&mut self.url)
                .hint_text("postgresql://team@hub.example.org:5432/programme")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        let label = ui.label(m.text("app-sync-password", &[]));
        ui.add(
            egui::TextEdit::singleline(&mut self.password)
                .password(true)
                .hint_text(m.text("app-sync-password-hint", &[]))
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        match &self.job {
            Some(job) => {
                ui.label(m.text("app-syncing", &[]));
                ui.add(egui::ProgressBar::new(job.progress()).show_percentage());
                ui.ctx().request_repaint();
            }
            None => {
                ui.horizontal(|ui| {
                    let ready = !self.url.trim().is_empty();
                    let sync = egui::Button::new(m.text("app-sync", &[]));
                    if ui.add_enabled(ready, sync).clicked() {
                        commands.push(Command::Start.into());
                    }
                    if ui.button(m.text("app-close", &[])).clicked() {
                        commands.push(Command::Close.into());
                    }
                });
            }
        }
        match &self.said {
            Some(Ok(lines)) => {
                for line in lines {
                    ui.label(line);
                }
            }
            Some(Err(why)) => {
                ui.label(egui::RichText::new(why).color(super::style::error_colour(ui.visuals())));
            }
            None => {}
        }
    }
}

/// Writes the hub's URL (no password in it) to the app's settings.
fn remember(settings: Option<&Path>, url: &str) -> Result<(), String> {
    let Some(path) = settings else { return Ok(()) };
    crate::io::app_settings::update(path, |s| s.hub_url = Some(url.to_owned()))
}

/// Syncs the file at `db` with the hub at `url` on a thread, with a connection of its own;
/// what it did said in the language of `messages`.
fn start(
    db: PathBuf,
    url: String,
    actor: String,
    messages: std::sync::Arc<crate::i18n::Messages>,
) -> Job<Result<Vec<String>, String>> {
    Job::start("sync", move |progress| {
        let (mut store, _) = Store::open(&db).map_err(|e| e.to_string())?;
        let mut hub = Hub::open(&url).map_err(|e| e.to_string())?;
        let summary = hub::sync(&mut store, &mut hub, &actor, &mut |_, done, total| {
            progress.set(done as u64, total as u64)
        })
        .map_err(|e| e.to_string())?;
        let mut lines = crate::said::sync_lines(&summary, hub.label(), SHOWN, &messages);
        if let Some(first) = lines.first_mut()
            && let Some(c) = first.get(..1)
        {
            let upper = c.to_uppercase();
            first.replace_range(..1, &upper);
        }
        Ok(lines)
    })
}
