//! Files brought together: `merge`, `conflicts`, `resolve`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use super::{open, open_in, parse_id};
use crate::i18n::Messages;
use crate::io::text::printable;
use crate::store::merge::{Conflict, Keep, Take};
use crate::store::merge::{MergeSummary, MergedRecord};

/// `merge`'s arguments.
#[derive(Args)]
pub(super) struct MergeArgs {
    /// The other Clearfield file
    pub(super) other: PathBuf,
    /// Say what would happen; change nothing
    #[arg(long)]
    dry_run: bool,
}

/// `conflicts`' arguments.
#[derive(Args)]
pub(super) struct ConflictsArgs {
    /// Print JSON
    #[arg(long)]
    json: bool,
}

/// `resolve`'s arguments.
#[derive(Args)]
pub(super) struct ResolveArgs {
    /// The record's UUID
    id: String,
    /// This file's version, the other file's, or a version id (or its start)
    #[arg(long, value_name = "mine|theirs|VERSION")]
    keep: String,
    /// Take one field from another version (repeatable; `geom` is the geometry)
    #[arg(long, value_name = "FIELD=mine|theirs|VERSION")]
    take: Vec<String>,
}

/// `merge OTHER`: every record and version of the other file brought into this one.
pub(super) fn merge(
    a: MergeArgs,
    db: &Path,
    user: &str,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let (other, dry_run) = (&a.other, a.dry_run);
    let mut store = open_in(db, msgs, out)?;
    let mut shown = 0;
    let m = store.merge(other, user, dry_run, &mut |done, total| {
        let pct = done * 100 / total.max(1);
        if total > 10_000 && pct >= shown + 10 {
            shown = pct - pct % 10;
            eprintln!("merge: {shown}% ({done} of {total} records)");
        }
    })?;
    writeln!(out, "{}", merge_line(&m, other, msgs))?;
    // Which records, not only how many: the first ones, then how many more.
    for r in m.records.iter().take(super::SHOWN_PROBLEMS) {
        writeln!(out, "  {}", printable(&record_line(r, msgs)))?;
    }
    if m.records.len() > super::SHOWN_PROBLEMS {
        let more = m.records.len() - super::SHOWN_PROBLEMS;
        writeln!(
            out,
            "  {}",
            msgs.text("cli-more", &[("count", more.into())])
        )?;
    }
    if m.photos_received > 0 || m.photo_changes_received > 0 {
        let line = msgs.text(
            "cli-photos-received",
            &[
                ("photos", m.photos_received.into()),
                ("changes", m.photo_changes_received.into()),
            ],
        );
        writeln!(out, "  {line}")?;
    }
    for (kind, id) in &m.conflicts {
        writeln!(out, "  {}", crate::said::conflict(*kind, *id, msgs))?;
    }
    if dry_run {
        writeln!(out, "{}", msgs.text("cli-dry-run", &[]))?;
    }
    Ok(())
}

/// The merge in one line, in the language of `msgs`.
fn merge_line(m: &MergeSummary, other: &Path, msgs: &Messages) -> String {
    crate::said::merged(m, other, msgs)
}

/// What a merge did to one record, in the language of `msgs`.
fn record_line(r: &MergedRecord, msgs: &Messages) -> String {
    crate::said::merged_record(r, msgs)
}

/// `conflicts`: each record in conflict with its competing versions, or as JSON.
pub(super) fn conflicts(
    a: ConflictsArgs,
    db: &Path,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let store = open(db, out)?;
    let conflicts = store.conflicts()?;
    if a.json {
        let v: Vec<serde_json::Value> = conflicts.iter().map(conflict_json).collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
    } else if conflicts.is_empty() {
        writeln!(out, "{}", msgs.text("cli-no-conflicts", &[]))?;
    } else {
        for c in &conflicts {
            print_conflict(c, out)?;
        }
        writeln!(out, "{}", msgs.text("cli-resolve-with", &[]))?;
    }
    Ok(())
}

/// `resolve ID --keep … [--take FIELD=…]…`: the version kept, with the fields taken from
/// others, becomes a new version, ending the conflict.
pub(super) fn resolve(
    a: ResolveArgs,
    db: &Path,
    user: &str,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let id = parse_id(&a.id)?;
    let take = a
        .take
        .iter()
        .map(|t| match t.split_once('=') {
            Some((field, from)) if !field.trim().is_empty() && !from.trim().is_empty() => {
                Ok(Take {
                    field: field.trim().to_owned(),
                    from: keep(from.trim()),
                })
            }
            _ => Err(anyhow::anyhow!(
                "--take {t:?}: expected FIELD=mine, FIELD=theirs or FIELD=VERSION"
            )),
        })
        .collect::<Result<Vec<_>>>()?;
    let mut store = open(db, out)?;
    let version = store.resolve_taking(id, &keep(&a.keep), &take, user)?;
    let line = msgs.text(
        "cli-resolved",
        &[("id", id.to_string().into()), ("version", version.into())],
    );
    writeln!(out, "{line}")?;
    Ok(())
}

/// The version `mine`, `theirs` or a version id names.
fn keep(text: &str) -> Keep {
    match text {
        "mine" => Keep::Mine,
        "theirs" => Keep::Theirs,
        v => Keep::Version(v.to_owned()),
    }
}

/// One conflict as `conflicts --json` prints it: the record, the fields that differ, and
/// each version with whose it is.
fn conflict_json(c: &Conflict) -> serde_json::Value {
    serde_json::json!({
        "record_id": c.record_id.to_string(),
        "kind": c.kind.to_string(),
        "title": c.title(),
        "shown": c.shown,
        "mine": c.mine,
        "differs": c.differing(),
        "versions": c.versions.iter().map(|v| serde_json::json!({
            "version_id": v.version_id, "changed_at": v.changed_at,
            "changed_by": v.changed_by, "operation": v.operation,
            "whose": c.whose(v), "record": v.record,
        })).collect::<Vec<_>>(),
    })
}

/// One conflict: the record by kind, name and id and the fields that differ, then each
/// version, whose it is, by whom and when, with its values of those fields.
fn print_conflict(c: &Conflict, out: &mut dyn Write) -> Result<()> {
    let name = c
        .name()
        .map(|n| format!(" {:?}", crate::io::text::cut(&n)))
        .unwrap_or_default();
    let differing = c.differing();
    writeln!(
        out,
        "{}{} {}: {}",
        c.kind.label(),
        printable(&name),
        c.record_id,
        match differing.as_slice() {
            [] => "no field differs".to_owned(),
            [one] => format!("{one} differs"),
            many => format!("{} differ", many.join(", ")),
        }
    )?;
    for v in &c.versions {
        let tags = [
            (c.mine.as_deref() == Some(v.version_id.as_str())).then_some("mine"),
            (c.shown == v.version_id).then_some("shown"),
        ];
        let tags: Vec<&str> = tags.into_iter().flatten().collect();
        writeln!(
            out,
            "  {}  {}  {}{}",
            v.version_id,
            printable(&c.heading(v)),
            v.operation,
            if tags.is_empty() {
                String::new()
            } else {
                format!("  ({})", tags.join(", "))
            }
        )?;
        if v.deletes() {
            writeln!(out, "      deletes the record")?;
            continue;
        }
        for f in &differing {
            writeln!(out, "      {f}={}", printable(&v.text(f)))?;
        }
    }
    Ok(())
}
