//! The national hub: `hub init URL` and `sync URL`.

use std::io::Write;
use std::path::Path;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::open;
use crate::hub::{self, Hub, Step};

/// `hub`'s subcommands.
#[derive(Subcommand)]
pub(super) enum HubCommand {
    /// Create the hub's tables in a PostgreSQL database with PostGIS, or bring them to
    /// this version (a hub already current is left as it is)
    Init(HubUrl),
    /// Show the programme's settings the hub holds, or set them: every laptop takes them
    /// at its next sync (a laptop's own are sent only where the hub has none)
    Settings(HubSettingsArgs),
}

/// `hub settings`'s arguments.
#[derive(Args)]
pub(super) struct HubSettingsArgs {
    #[command(flatten)]
    hub: HubUrl,
    #[command(flatten)]
    settings: super::programme::SettingsArgs,
}

/// A hub's URL.
#[derive(Args)]
pub(super) struct HubUrl {
    /// postgresql://USER@HOST:PORT/DATABASE[?sslmode=…]; the password from the URL,
    /// PGPASSWORD or ~/.pgpass, never stored
    url: String,
}

/// `sync`'s arguments.
#[derive(Args)]
pub(super) struct SyncArgs {
    #[command(flatten)]
    hub: HubUrl,
    /// Compare every version of both sides, not only those since the last sync (after the
    /// hub was restored from a backup)
    #[arg(long)]
    all: bool,
}

/// `hub init URL`, `hub settings URL`.
pub(super) fn hub(
    command: HubCommand,
    user: &str,
    msgs: &crate::i18n::Messages,
    out: &mut dyn Write,
) -> Result<()> {
    match command {
        HubCommand::Settings(a) => {
            let changes = super::programme::setting_changes(&a.settings)?;
            let mut hub = Hub::open(&a.hub.url)?;
            if !changes.is_empty() {
                let pairs: Vec<(&str, &str)> =
                    changes.iter().map(|(k, v)| (*k, v.as_str())).collect();
                hub.set_settings(&pairs, user)?;
            }
            let settings = crate::status::Settings::from_pairs(&hub.settings()?)?;
            super::programme::print_settings(&settings, msgs, out)?;
        }
        HubCommand::Init(a) => {
            let (hub, done) = Hub::init(&a.url)?;
            let key = if done.applied.is_empty() {
                "cli-hub-current"
            } else {
                "cli-hub-ready"
            };
            let line = msgs.text(
                key,
                &[
                    ("hub", hub.label().into()),
                    ("schema", hub::HUB_VERSION.to_string().into()),
                    ("id", done.hub_id.into()),
                ],
            );
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}

/// A hub's progress on standard error: long steps (over 10 000 versions or records) say
/// how far they are, every tenth.
pub(super) fn progress_on_stderr() -> impl FnMut(Step, usize, usize) {
    let mut shown = (Step::Send, 0);
    move |step, done, total| {
        let pct = done * 100 / total.max(1);
        if total > 10_000 && (shown.0 != step || pct >= shown.1 + 10) {
            shown = (step, pct - pct % 10);
            eprintln!("hub: {} {}% ({done} of {total})", step.word(), shown.1);
        }
    }
}

/// `sync URL`: the file's versions sent to the hub, the hub's brought back, the same rule
/// applied on both sides.
pub(super) fn sync(
    a: SyncArgs,
    db: &Path,
    user: &str,
    msgs: &crate::i18n::Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let mut store = open(db, out)?;
    let mut hub = Hub::open(&a.hub.url)?;
    let sync = if a.all { hub::sync_all } else { hub::sync };
    let summary = sync(&mut store, &mut hub, user, &mut progress_on_stderr())?;
    // The summary, then the photos, settings, records and conflicts, indented.
    let lines = crate::said::sync_lines(&summary, hub.label(), super::SHOWN_PROBLEMS, msgs);
    for (n, line) in lines.iter().enumerate() {
        let indent = if n == 0 { "" } else { "  " };
        writeln!(out, "{indent}{line}")?;
    }
    Ok(())
}
