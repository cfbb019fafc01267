//! The database file as a whole: `init`, `check`, `backup`, `restore`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use super::{SHOWN_PROBLEMS, all_problems_help, open};
use crate::io::text::printable;
use crate::store::{self, Opened, Store};

/// `check`'s arguments.
#[derive(Args)]
pub(super) struct CheckArgs {
    // List every problem found, not only the first ones.
    #[arg(long, help = all_problems_help())]
    all_problems: bool,
}

/// `backup`'s arguments.
#[derive(Args)]
pub(super) struct BackupArgs {
    // The file to write.
    dest: PathBuf,
}

/// `restore`'s arguments.
#[derive(Args)]
pub(super) struct RestoreArgs {
    // The backup to restore from.
    pub(super) src: PathBuf,
}

/// `init`: creates the file, or says what it already is (upgrading an older one).
pub(super) fn init(db: &Path, out: &mut dyn Write) -> Result<()> {
    match Store::open(db) {
        Ok((store, opened)) => {
            let note = match opened {
                Opened::Migrated(from) => format!(", upgraded from schema version {from}"),
                Opened::Current => String::new(),
            };
            writeln!(
                out,
                "{} is already a Clearfield database (schema version {}){note}; nothing else changed",
                db.display(),
                store.schema_version()?
            )?;
        }
        Err(store::StoreError::Missing(_)) => {
            Store::create(db)?;
            writeln!(out, "created {}", db.display())?;
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

/// `check`: every problem in the file, the first ones listed; false when there is any.
pub(super) fn check(a: CheckArgs, db: &Path, out: &mut dyn Write) -> Result<bool> {
    let store = open(db, out)?;
    let report = store.check()?;
    let counts: Vec<String> = report
        .counts
        .iter()
        .map(|(k, n)| format!("{n} {}", store::table(*k)))
        .collect();
    writeln!(out, "checked {}: {}", db.display(), counts.join(", "))?;
    let lines: Vec<String> = (report.integrity.iter().map(|l| format!("integrity: {l}")))
        .chain(report.foreign_keys.iter().map(|l| format!("link: {l}")))
        .chain(report.geopackage.iter().map(|l| format!("geopackage: {l}")))
        .chain(report.schema.iter().map(|l| format!("schema: {l}")))
        .chain(report.rows.iter().map(|p| format!("record: {p}")))
        .map(|l| printable(&l))
        .collect();
    let shown = if a.all_problems {
        lines.len()
    } else {
        lines.len().min(SHOWN_PROBLEMS)
    };
    for line in &lines[..shown] {
        writeln!(out, "{line}")?;
    }
    if shown < lines.len() {
        writeln!(
            out,
            "… and {} more (--all-problems lists them all)",
            lines.len() - shown
        )?;
    }
    if report.is_clean() {
        writeln!(out, "no problems found")?;
        return Ok(true);
    }
    let n = report.integrity.len()
        + report.foreign_keys.len()
        + report.geopackage.len()
        + report.schema.len()
        + report.rows.len();
    writeln!(out, "{n} problem(s) found; nothing was changed")?;
    Ok(false)
}

/// `backup DEST`: a copy made safely while other programs may use the file.
pub(super) fn backup(a: BackupArgs, db: &Path, out: &mut dyn Write) -> Result<()> {
    let store = open(db, out)?;
    store.backup(&a.dest)?;
    writeln!(out, "backed up {} to {}", db.display(), a.dest.display())?;
    Ok(())
}

/// `restore SRC`: the database replaced with a checked backup, the file as it was kept.
pub(super) fn restore(a: RestoreArgs, db: &Path, out: &mut dyn Write) -> Result<()> {
    let mut store = open(db, out)?;
    let kept = store.restore(&a.src)?;
    writeln!(
        out,
        "restored {} from {}; the file as it was is kept as {}",
        db.display(),
        a.src.display(),
        kept.display()
    )?;
    Ok(())
}
