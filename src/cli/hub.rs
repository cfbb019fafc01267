//! The national hub: `hub init URL` and `sync URL`.

use std::io::Write;
use std::path::Path;

use anyhow::Result;
use clap::{Args, Subcommand};

use super::open;
use crate::hub::{self, Hub, Step};
use crate::io::text::printable;

/// `hub`'s subcommands.
#[derive(Subcommand)]
pub(super) enum HubCommand {
    /// Create the hub's tables in a PostgreSQL database with PostGIS, or bring them to
    /// this version (a hub already current is left as it is)
    Init(HubUrl),
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

/// `hub init URL`.
pub(super) fn hub(command: HubCommand, out: &mut dyn Write) -> Result<()> {
    match command {
        HubCommand::Init(a) => {
            let (hub, done) = Hub::init(&a.url)?;
            if done.applied.is_empty() {
                writeln!(
                    out,
                    "{}: already a hub of schema {} (hub {}); nothing changed",
                    hub.label(),
                    hub::HUB_VERSION,
                    done.hub_id
                )?;
            } else {
                writeln!(
                    out,
                    "{}: hub of schema {} ready (hub {})",
                    hub.label(),
                    hub::HUB_VERSION,
                    done.hub_id
                )?;
            }
        }
    }
    Ok(())
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
    let mut shown = (Step::Send, 0);
    let sync = if a.all { hub::sync_all } else { hub::sync };
    let summary = sync(&mut store, &mut hub, user, &mut |step, done, total| {
        // Long steps say how far they are, every tenth.
        let pct = done * 100 / total.max(1);
        if total > 10_000 && (shown.0 != step || pct >= shown.1 + 10) {
            shown = (step, pct - pct % 10);
            eprintln!("sync: {} {}% ({done} of {total})", step.word(), shown.1);
        }
    })?;
    writeln!(
        out,
        "{}",
        super::merge::sync_line(&summary, hub.label(), msgs)
    )?;
    let records = &summary.received.records;
    for r in records.iter().take(super::SHOWN_PROBLEMS) {
        writeln!(out, "  {}", printable(&r.text()))?;
    }
    if records.len() > super::SHOWN_PROBLEMS {
        writeln!(
            out,
            "  … and {} more",
            records.len() - super::SHOWN_PROBLEMS
        )?;
    }
    for (kind, id) in &summary.received.conflicts {
        writeln!(
            out,
            "  conflict: {} {id} (see `clearfield conflicts`)",
            kind.label()
        )?;
    }
    Ok(())
}
