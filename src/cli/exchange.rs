//! GeoJSON in and out: `import`, `export`.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result, bail};
use clap::Args;

use super::records::kind_parser;
use super::{Refused, SHOWN_PROBLEMS, all_problems_help, date_flag, open};
use crate::exchange;
use crate::io::formats;
use crate::io::text::printable;
use crate::model::{Fields, RecordKind};

/// `import`'s arguments.
#[derive(Args)]
pub(super) struct ImportArgs {
    /// File to import, its format told by its content: GeoJSON or GPX, or - for standard input (GeoJSON)
    file: String,
    /// GPX: close an open track or route by joining its ends (the gap is reported) instead
    /// of refusing it
    #[arg(long)]
    close_tracks: bool,
    /// GPX: what tracks and routes are: hazard (the default) or release
    #[arg(long, value_name = "KIND", value_parser = kind_parser())]
    tracks_as: Option<RecordKind>,
    /// Import the valid features and list the others
    #[arg(long)]
    skip_invalid: bool,
    // List every problem found, not only the first ones.
    #[arg(long, help = all_problems_help())]
    all_problems: bool,
    /// Kind of the features that have no "kind" property
    #[arg(long = "as", id = "as", value_name = "as", value_parser = kind_parser())]
    default_kind: Option<RecordKind>,
    /// A property (a column) read as a field, e.g. --map Site=name (repeatable)
    #[arg(long, value_name = "COLUMN=FIELD", allow_hyphen_values = true)]
    map: Vec<String>,
    /// A value for a field the features lack, e.g. --set classification=SHA (repeatable)
    #[arg(long, value_name = "FIELD=VALUE", allow_hyphen_values = true)]
    set: Vec<String>,
}

/// `export`'s arguments.
#[derive(Args)]
pub(super) struct ExportArgs {
    /// GeoJSON file to write, or - for standard output
    file: String,
    /// Only this kind (repeatable) [default: all]
    #[arg(long, value_name = "kind", value_parser = kind_parser())]
    kind: Vec<RecordKind>,
    /// Only records surveyed, completed or found by this date
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
}

/// The first [`SHOWN_PROBLEMS`] lines (all with `all`), indented, then how many more.
fn problem_lines(lines: &[String], more: usize, all: bool) -> String {
    let shown = if all {
        lines.len()
    } else {
        lines.len().min(SHOWN_PROBLEMS)
    };
    let mut s = String::new();
    for line in &lines[..shown] {
        s.push_str("\n  ");
        s.push_str(line);
    }
    let rest = lines.len() - shown + more;
    if rest > 0 {
        if shown < lines.len() {
            s.push_str(&format!(
                "\n  … and {rest} more (--all-problems lists them all)"
            ));
        } else {
            s.push_str(&format!("\n  … and {rest} more"));
        }
    }
    s
}

/// `import FILE`: every feature in one transaction, or nothing and the problems listed
/// (refused, status 1); with `--skip-invalid`, the valid ones and the others listed.
pub(super) fn import(a: ImportArgs, db: &Path, user: &str, out: &mut dyn Write) -> Result<()> {
    let file = a.file.as_str();
    let mut options = exchange::ImportOptions {
        skip_invalid: a.skip_invalid,
        default_kind: a.default_kind,
        set: Fields::new(),
        map: Vec::new(),
    };
    for pair in &a.map {
        let (column, field) = pair
            .split_once('=')
            .with_context(|| format!("--map {pair:?}: write COLUMN=FIELD"))?;
        let (column, field) = (column.trim(), field.trim());
        if field != "id"
            && !RecordKind::ALL
                .iter()
                .any(|kind| kind.fields().contains(&field))
        {
            bail!("--map {pair:?}: {field:?} is not a field of any kind of record");
        }
        if column.is_empty() {
            bail!("--map {pair:?}: no column named before the =");
        }
        options.map.push((column.to_owned(), field.to_owned()));
    }
    for pair in &a.set {
        let (k, v) = pair
            .split_once('=')
            .with_context(|| format!("--set {pair:?}: write FIELD=VALUE"))?;
        let k = k.trim();
        if !RecordKind::ALL
            .iter()
            .any(|kind| kind.fields().contains(&k))
        {
            bail!("--set {pair:?}: {k:?} is not a field of any kind of record");
        }
        options.set.insert(k.to_owned(), v.to_owned());
    }
    let mut store = open(db, out)?;
    let (reader, size): (Box<dyn std::io::Read + Send>, u64) = if file == "-" {
        (Box::new(std::io::stdin()), 0)
    } else {
        let f = exchange::open_source(Path::new(file), db)
            .with_context(|| format!("cannot import {file}"))?;
        let tracks_as = a.tracks_as.unwrap_or(RecordKind::HazardArea);
        if tracks_as.is_point() {
            bail!("--tracks-as {tracks_as}: tracks are boundaries: hazard or release");
        }
        let source_options = formats::SourceOptions {
            gpx: crate::io::gpx::GpxOptions {
                close_tracks: a.close_tracks,
                points_as: a.default_kind,
                tracks_as,
            },
        };
        let source = formats::open(f, Path::new(file), &source_options).map_err(|e| match e {
            formats::SourceError::Io(e) => anyhow::anyhow!("cannot import {file}: {e}"),
            other => Refused(format!("{file}: {other}; nothing was imported")).into(),
        })?;
        for note in &source.notes {
            writeln!(out, "{note}")?;
        }
        (source.reader, source.size)
    };
    let mut shown = 0;
    let summary = exchange::import(&mut store, reader, &options, user, &mut |p| {
        if size > 5_000_000 {
            let pct = (p.bytes * 100 / size.max(1)) as usize;
            if pct >= shown + 10 {
                shown = pct - pct % 10;
                eprintln!("import: {shown}% read ({} features)", p.features);
            }
        }
    })
    .map_err(|e| match e {
        exchange::ImportError::Rejected { problems, more } => {
            let lines: Vec<String> = problems.iter().map(|p| printable(&p.to_string())).collect();
            anyhow::Error::new(Refused(format!(
                "{file}: {} problem(s), nothing was imported{}",
                problems.len() + more,
                problem_lines(&lines, more, a.all_problems)
            )))
        }
        other => anyhow::anyhow!("{file}: {other}"),
    })?;
    writeln!(
        out,
        "imported {} from {file}; {} already present unchanged",
        exchange::counts_text(&summary.added),
        summary.unchanged
    )?;
    if !summary.skipped.is_empty() {
        let lines: Vec<String> = summary
            .skipped
            .iter()
            .map(|p| printable(&p.to_string()))
            .collect();
        writeln!(
            out,
            "skipped {} feature(s):{}",
            summary.skipped.len() + summary.more_skipped,
            problem_lines(&lines, summary.more_skipped, a.all_problems)
        )?;
    }
    Ok(())
}

/// `export FILE`: RFC 7946 GeoJSON, to a file whole or not at all, or to standard output.
pub(super) fn export(a: ExportArgs, db: &Path, out: &mut dyn Write) -> Result<()> {
    let file = a.file.as_str();
    let options = exchange::ExportOptions {
        kinds: a.kind,
        as_of: a
            .as_of
            .as_deref()
            .map(|text| date_flag("as-of", text))
            .transpose()?,
    };
    let store = open(db, out)?;
    let summary = if file == "-" {
        exchange::export(&store, std::io::stdout().lock(), &options)?
    } else {
        let summary = exchange::export_to_path(&store, Path::new(file), &options)
            .with_context(|| format!("cannot write {file}"))?;
        writeln!(
            out,
            "exported {} to {file}",
            exchange::counts_text(&summary.written)
        )?;
        if summary.photos > 0 {
            writeln!(
                out,
                "wrote {} photo(s) to {}",
                summary.photos,
                crate::io::photo::folder_for(Path::new(file)).display()
            )?;
        }
        summary
    };
    for u in &summary.unreadable {
        eprintln!("warning: not exported, not a valid record: {u}");
    }
    Ok(())
}
