//! The database file as a whole: `init`, `check`, `backup`, `restore`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use super::{SHOWN_PROBLEMS, all_problems_help, open_in, shown};
use crate::i18n::Messages;
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
    /// The file to write
    dest: PathBuf,
}

/// `restore`'s arguments.
#[derive(Args)]
pub(super) struct RestoreArgs {
    /// The backup to restore from
    pub(super) src: PathBuf,
}

/// `init`: creates the file, or says what it already is (upgrading an older one).
pub(super) fn init(db: &Path, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    match Store::open(db) {
        Ok((store, opened)) => {
            let note = match opened {
                Opened::Migrated(from) => {
                    msgs.text("cli-already-upgraded", &[("from", from.to_string().into())])
                }
                Opened::Current => String::new(),
            };
            let line = msgs.text(
                "cli-already",
                &[
                    ("file", shown(db)),
                    ("version", store.schema_version()?.to_string().into()),
                    ("upgraded", note.into()),
                ],
            );
            writeln!(out, "{line}")?;
        }
        Err(store::StoreError::Missing(_)) => {
            Store::create(db)?;
            writeln!(out, "{}", msgs.text("cli-created", &[("file", shown(db))]))?;
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

/// `check`: every problem in the file, the first ones listed; false when there is any.
pub(super) fn check(a: CheckArgs, db: &Path, msgs: &Messages, out: &mut dyn Write) -> Result<bool> {
    let store = open_in(db, msgs, out)?;
    let report = store.check()?;
    // The tables by their names in the file: codes, the same in every language.
    let counts: Vec<String> = report
        .counts
        .iter()
        .map(|(k, n)| format!("{n} {}", store::table(*k)))
        .collect();
    let line = msgs.text(
        "cli-checked",
        &[
            ("file", shown(db)),
            (
                "counts",
                counts.join(&msgs.text("list-separator", &[])).into(),
            ),
        ],
    );
    writeln!(out, "{line}")?;
    // The problems themselves are the library's, in English.
    let said = |key: &str, problem: String| msgs.text(key, &[("problem", problem.into())]);
    let lines: Vec<String> = (report.integrity.iter())
        .map(|l| said("check-integrity", l.clone()))
        .chain(
            report
                .foreign_keys
                .iter()
                .map(|l| said("check-link", l.clone())),
        )
        .chain(
            report
                .geopackage
                .iter()
                .map(|l| said("check-geopackage", l.clone())),
        )
        .chain(
            report
                .schema
                .iter()
                .map(|l| said("check-schema", l.clone())),
        )
        .chain(
            report
                .rows
                .iter()
                .map(|p| said("check-record", p.to_string())),
        )
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
        let line = msgs.text("cli-more-all", &[("count", (lines.len() - shown).into())]);
        writeln!(out, "{line}")?;
    }
    if report.is_clean() {
        writeln!(out, "{}", msgs.text("cli-no-problems", &[]))?;
        return Ok(true);
    }
    let n = report.integrity.len()
        + report.foreign_keys.len()
        + report.geopackage.len()
        + report.schema.len()
        + report.rows.len();
    writeln!(
        out,
        "{}",
        msgs.text("cli-problems-found", &[("count", n.into())])
    )?;
    Ok(false)
}

/// `backup DEST`: a copy made safely while other programs may use the file.
pub(super) fn backup(a: BackupArgs, db: &Path, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    let store = open_in(db, msgs, out)?;
    store.backup(&a.dest)?;
    let line = msgs.text(
        "cli-backed-up",
        &[("file", shown(db)), ("backup", shown(&a.dest))],
    );
    writeln!(out, "{line}")?;
    Ok(())
}

/// `restore SRC`: the database replaced with a checked backup, the file as it was kept.
pub(super) fn restore(
    a: RestoreArgs,
    db: &Path,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let mut store = open_in(db, msgs, out)?;
    let kept = store.restore(&a.src)?;
    let line = msgs.text(
        "cli-restored",
        &[
            ("file", shown(db)),
            ("backup", shown(&a.src)),
            ("kept", shown(&kept)),
        ],
    );
    writeln!(out, "{line}")?;
    Ok(())
}
