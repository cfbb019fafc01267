//! Records in and out: `import` (every format `io::formats` reads), `export` (GeoJSON,
//! GPX, KML, shapefiles).

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result, bail};
use clap::Args;

use super::records::kind_parser;
use super::{Refused, SHOWN_PROBLEMS, all_problems_help, date_flag, open_in};
use crate::exchange;
use crate::i18n::{Arg, Localized, Messages};
use crate::io::formats;
use crate::io::text::printable;
use crate::model::RecordKind;

/// `import`'s arguments.
#[derive(Args)]
pub(super) struct ImportArgs {
    /// File to import, its format told by its content: GeoJSON, GPX, KML or KMZ, a shapefile
    /// (its .shp, or a .zip of its parts), a KoboToolbox/ODK export (CSV or XLSX); or - for
    /// standard input (GeoJSON)
    #[arg(required_unless_present_any = ["list_profiles", "save_profile"])]
    file: Option<String>,
    /// XLSX: the sheet to read [default: the first]
    #[arg(long, value_name = "NAME")]
    sheet: Option<String>,
    /// Give a stored record of the same id and other content the file's content as a new
    /// version (always so for a KoboToolbox/ODK export: the submission is the authority);
    /// a record deleted here is not brought back
    #[arg(long)]
    update: bool,
    /// Read the file with the choices (--as, --map, --set, --sheet) saved under this name;
    /// choices given besides are added (--map) or take precedence
    #[arg(long, value_name = "NAME")]
    profile: Option<String>,
    /// Once the import succeeds, save its choices (--as, --map, --set, --sheet) under this
    /// name in the database, for --profile; without a FILE, only save them
    #[arg(long, value_name = "NAME")]
    save_profile: Option<String>,
    /// List the saved import profiles and stop
    #[arg(long)]
    list_profiles: bool,
    /// GPX: close an open track or route by joining its ends (the gap is reported) instead
    /// of refusing it
    #[arg(long)]
    close_tracks: bool,
    /// GPX and KML: what tracks, routes and polygons without a kind are: hazard (the default)
    /// or release
    #[arg(long, value_name = "KIND", value_parser = kind_parser())]
    tracks_as: Option<RecordKind>,
    /// Repair invalid boundaries (self-intersections, holes touching or outside their
    /// shell, overlapping parts) and list each repair, also in FILE.repairs.csv
    #[arg(long)]
    repair: bool,
    /// With --repair: the largest change of area a repair may make, percent
    #[arg(
        long,
        value_name = "PERCENT",
        default_value_t = 1.0,
        requires = "repair"
    )]
    repair_tolerance: f64,
    /// With --repair: take every repair whatever it does to the area
    #[arg(long, requires = "repair")]
    accept_repairs: bool,
    /// Import the valid features and list the others
    #[arg(long)]
    skip_invalid: bool,
    // List every problem found, not only the first ones.
    #[arg(long, help = all_problems_help())]
    all_problems: bool,
    /// Kind of the features that have no "kind" property
    #[arg(long = "as", id = "as", value_name = "as", value_parser = kind_parser())]
    default_kind: Option<RecordKind>,
    /// A property (a column) read as a field, e.g. --map Site=name (repeatable); for a
    /// KoboToolbox/ODK export, --map COLUMN=geometry names the geometry column
    #[arg(long, value_name = "COLUMN=FIELD", allow_hyphen_values = true)]
    map: Vec<String>,
    /// A value for a field the features lack, e.g. --set classification=SHA (repeatable)
    #[arg(long, value_name = "FIELD=VALUE", allow_hyphen_values = true)]
    set: Vec<String>,
}

/// `export`'s arguments.
#[derive(Args)]
pub(super) struct ExportArgs {
    /// File to write (GeoJSON, GPX, KML or shapefiles by its extension), or - for standard
    /// output; a name ending .shp writes shapefiles beside it, one per kind:
    /// NAME_hazard_area.shp, NAME_ordnance_find.shp…
    file: String,
    /// The format to write: geojson, gpx (finds, evidence and survey points as waypoints,
    /// the land still contaminated as routes), kml (for Google Earth) or shp (ESRI
    /// Shapefile, for ArcGIS) [default: by the file's extension, else geojson]
    #[arg(long, value_name = "FORMAT", value_parser = ["geojson", "gpx", "kml", "shp"])]
    format: Option<String>,
    /// Only this kind (repeatable) [default: all]
    #[arg(long, value_name = "kind", value_parser = kind_parser())]
    kind: Vec<RecordKind>,
    /// Only records surveyed, completed or found by this date (GPX: the land still
    /// contaminated at this date) [default: today]
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
}

/// The first [`SHOWN_PROBLEMS`] lines (all with `all`), indented, then how many more.
fn problem_lines(lines: &[String], more: usize, all: bool, msgs: &Messages) -> String {
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
            s.push_str("\n  ");
            s.push_str(&msgs.text("cli-more-all", &[("count", rest.into())]));
        } else {
            s.push_str("\n  ");
            s.push_str(&msgs.text("cli-more", &[("count", rest.into())]));
        }
    }
    s
}
/// The import's choices: the profile named by `--profile` (if any), then the flags given,
/// checked.
fn choices(a: &ImportArgs, db: &Path) -> Result<exchange::ImportProfile> {
    let mut profile = match &a.profile {
        Some(name) => {
            let store = crate::store::Store::open_read_only(db)?;
            exchange::load_profile(&store, name)?
        }
        None => exchange::ImportProfile::default(),
    };
    if let Some(kind) = a.default_kind {
        profile.kind = Some(kind.as_str().to_owned());
    }
    if a.sheet.is_some() {
        profile.sheet = a.sheet.clone();
    }
    for pair in &a.map {
        let (column, field) = exchange::map_pair(pair).map_err(|e| anyhow::anyhow!("--map {e}"))?;
        profile.map.push((column, field));
    }
    for pair in &a.set {
        let (field, value) = exchange::set_pair(pair).map_err(|e| anyhow::anyhow!("--set {e}"))?;
        profile.set.insert(field, value);
    }
    Ok(profile)
}

/// `import FILE`: every feature in one transaction, or nothing and the problems listed
/// (refused, status 1); with `--skip-invalid`, the valid ones and the others listed.
pub(super) fn import(
    a: ImportArgs,
    db: &Path,
    user: &str,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    if a.list_profiles {
        return list_profiles(db, out);
    }
    let profile = choices(&a, db)?;
    let default_kind = profile
        .kind
        .as_deref()
        .map(|k| {
            k.parse::<RecordKind>()
                .map_err(|e| anyhow::anyhow!("--as {k:?}: {e}"))
        })
        .transpose()?;
    let mut options = exchange::ImportOptions {
        skip_invalid: a.skip_invalid,
        default_kind,
        set: profile.set.clone().into_iter().collect(),
        map: Vec::new(),
        unit: exchange::Unit::Feature,
        repair: a.repair.then_some(exchange::RepairPolicy {
            tolerance: a.repair_tolerance / 100.0,
            accept_all: a.accept_repairs,
        }),
        update: a.update,
    };
    if !(0.0..=100.0).contains(&a.repair_tolerance) {
        bail!(
            "{}",
            msgs.text(
                "cli-repair-tolerance",
                &[("value", a.repair_tolerance.to_string().into())]
            )
        );
    }
    let Some(file) = a.file.as_deref() else {
        // Only saving the choices (clap requires FILE otherwise).
        let name = a.save_profile.as_deref().unwrap_or_default();
        let mut store = open_in(db, msgs, out)?;
        exchange::save_profile(&mut store, name, &profile)?;
        writeln!(
            out,
            "{}",
            msgs.text("cli-saved-profile", &[("name", name.into())])
        )?;
        return Ok(());
    };
    options.map = formats::field_map(&profile.map);
    let geometry_column = profile
        .map
        .iter()
        .find(|(_, f)| f == "geometry")
        .map(|(c, _)| c.clone());
    let mut store = open_in(db, msgs, out)?;
    let mut labels: Vec<String> = Vec::new();
    let file_arg = || Arg::from(file);
    let (reader, size): (Box<dyn std::io::Read + Send>, u64) = if file == "-" {
        (Box::new(std::io::stdin()), 0)
    } else {
        let f = exchange::open_source(Path::new(file), db)
            .with_context(|| msgs.text("cli-cannot-import", &[("file", file_arg())]))?;
        let tracks_as = a.tracks_as.unwrap_or(RecordKind::HazardArea);
        if tracks_as.is_point() {
            bail!(
                "{}",
                msgs.text("cli-tracks-as", &[("kind", tracks_as.to_string().into())])
            );
        }
        let mut source_options = formats::SourceOptions::for_import(
            default_kind,
            &profile.map,
            profile.sheet.clone(),
            a.skip_invalid,
        );
        source_options.boundaries_as(tracks_as);
        source_options.gpx.close_tracks = a.close_tracks;
        let source = formats::open(f, Path::new(file), &source_options).map_err(|e| match e {
            formats::SourceError::Io(e) => anyhow::anyhow!(
                "{}: {e}",
                msgs.text("cli-cannot-import", &[("file", file_arg())])
            ),
            formats::SourceError::Kobo(crate::io::kobo::KoboError::Rows(lines)) => {
                let lines: Vec<String> = lines.iter().map(|l| printable(l)).collect();
                Refused(format!(
                    "{}{}",
                    msgs.text(
                        "cli-import-problems",
                        &[("file", file_arg()), ("count", lines.len().into())]
                    ),
                    problem_lines(&lines, 0, a.all_problems, msgs)
                ))
                .into()
            }
            other => Refused(msgs.text(
                "cli-import-refused",
                &[("file", file_arg()), ("why", other.text_in(msgs).into())],
            ))
            .into(),
        })?;
        let form = matches!(
            source.format,
            formats::Format::KoboCsv | formats::Format::KoboXlsx
        );
        if let (false, Some(column)) = (form, &geometry_column) {
            bail!(
                "{}",
                msgs.text(
                    "cli-map-geometry",
                    &[
                        ("column", column.as_str().into()),
                        ("file", file_arg()),
                        ("format", source.format.name().into())
                    ]
                )
            );
        }
        if let (false, Some(sheet)) = (source.format == formats::Format::KoboXlsx, &profile.sheet) {
            bail!(
                "{}",
                msgs.text(
                    "cli-sheet-not-xlsx",
                    &[
                        ("sheet", sheet.as_str().into()),
                        ("file", file_arg()),
                        ("format", source.format.name().into())
                    ]
                )
            );
        }
        for note in &source.notes {
            writeln!(out, "{note}")?;
        }
        options.update |= source.updates_records;
        labels = source.labels;
        options.unit = source.format.unit();
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
            let lines: Vec<String> = problems
                .iter()
                .map(|p| printable(&formats::Source::describe_in(&labels, p, msgs)))
                .collect();
            anyhow::Error::new(Refused(format!(
                "{}{}",
                msgs.text(
                    "cli-import-problems",
                    &[
                        ("file", file_arg()),
                        ("count", (problems.len() + more).into())
                    ]
                ),
                problem_lines(&lines, more, a.all_problems, msgs)
            )))
        }
        other => anyhow::anyhow!("{file}: {}", other.text_in(msgs)),
    })?;
    let said = Said {
        file,
        labels: &labels,
        update: options.update,
        all: a.all_problems,
    };
    say_imported(&summary, &said, msgs, out)?;
    if let Some(name) = &a.save_profile {
        exchange::save_profile(&mut store, name, &profile)?;
        writeln!(
            out,
            "{}",
            msgs.text("cli-saved-profile", &[("name", name.as_str().into())])
        )?;
    }
    Ok(())
}

/// What an import is said with: the file, its features' labels, whether records were
/// updated, whether every problem is listed.
struct Said<'a> {
    file: &'a str,
    labels: &'a [String],
    update: bool,
    all: bool,
}

/// The import's result line, its repairs and the features it skipped, in the language of
/// `msgs`.
fn say_imported(
    summary: &exchange::ImportSummary,
    said: &Said,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let line = crate::said::imported(summary, said.file, said.update, msgs);
    writeln!(out, "{line}")?;
    if !summary.repaired.is_empty() {
        report_repairs(&summary.repaired, said.file, msgs, out)?;
    }
    if !summary.skipped.is_empty() {
        let lines: Vec<String> = summary
            .skipped
            .iter()
            .map(|p| printable(&formats::Source::describe_in(said.labels, p, msgs)))
            .collect();
        writeln!(
            out,
            "{}{}",
            msgs.text(
                "cli-skipped",
                &[(
                    "count",
                    (summary.skipped.len() + summary.more_skipped).into()
                )]
            ),
            problem_lines(&lines, summary.more_skipped, said.all, msgs)
        )?;
    }
    Ok(())
}

/// Says each repair, and writes them all to `FILE.repairs.csv` beside the imported file.
fn report_repairs(
    repairs: &[exchange::Repaired],
    file: &str,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    writeln!(
        out,
        "{}",
        msgs.text("cli-repaired", &[("count", repairs.len().into())])
    )?;
    for r in repairs {
        writeln!(out, "  {}", printable(&r.text()))?;
    }
    if file == "-" {
        return Ok(());
    }
    let list = exchange::write_repairs(Path::new(file), repairs)
        .with_context(|| msgs.text("cli-repairs-not-written", &[("file", file.into())]))?;
    writeln!(
        out,
        "{}",
        msgs.text("cli-repairs-listed", &[("file", super::shown(&list))])
    )?;
    Ok(())
}

/// `import --list-profiles`: each saved profile's name and choices.
fn list_profiles(db: &Path, out: &mut dyn Write) -> Result<()> {
    let store = crate::store::Store::open_read_only(db)?;
    let all = exchange::profiles(&store)?;
    if all.is_empty() {
        writeln!(
            out,
            "no import profiles saved (import FILE ... --save-profile NAME saves one)"
        )?;
    }
    for (name, json) in all {
        writeln!(out, "{}  {}", printable(&name), printable(&json))?;
    }
    Ok(())
}

/// `export FILE`: RFC 7946 GeoJSON, to a file whole or not at all, or to standard output.
pub(super) fn export(a: ExportArgs, db: &Path, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    let file = a.file.as_str();
    let options = exchange::ExportOptions {
        kinds: a.kind,
        as_of: a
            .as_of
            .as_deref()
            .map(|text| date_flag("as-of", text))
            .transpose()?,
    };
    let format = match &a.format {
        Some(name) => exchange::ExportFormat::named(name),
        None => exchange::ExportFormat::of_path(Path::new(file)),
    }
    .unwrap_or(exchange::ExportFormat::GeoJson);
    let (store, _copy) = super::read_with_photos(db, msgs, out)?;
    if file == "-" {
        return export_to_stdout(&store, format, &options, msgs);
    }
    let done = exchange::export_file(&store, Path::new(file), format, &options, super::today())
        .with_context(|| msgs.text("cli-cannot-write-export", &[("file", file.into())]))?;
    for written in &done.written {
        writeln!(out, "{}", written_line(written, msgs))?;
    }
    for w in &done.warnings {
        eprintln!("warning: {w}");
    }
    Ok(())
}

/// What an export wrote, in one line in the language of `msgs`.
fn written_line(written: &exchange::Written, msgs: &Messages) -> String {
    crate::said::written(written, msgs)
}

/// `export -`: GeoJSON, GPX or KML to standard output.
fn export_to_stdout(
    store: &crate::store::Store,
    format: exchange::ExportFormat,
    options: &exchange::ExportOptions,
    msgs: &Messages,
) -> Result<()> {
    let (warnings, unreadable) = match format {
        exchange::ExportFormat::Shapefile => {
            bail!("{}", msgs.text("cli-shapefile-stdout", &[]))
        }
        exchange::ExportFormat::GeoJson => {
            let summary = exchange::export(store, std::io::stdout().lock(), options)?;
            (Vec::new(), summary.unreadable)
        }
        exchange::ExportFormat::Gpx | exchange::ExportFormat::Kml => {
            let done = if format == exchange::ExportFormat::Gpx {
                exchange::export_gpx(store, options, options.as_of.unwrap_or_else(super::today))?
            } else {
                exchange::export_kml(store, options)?
            };
            std::io::stdout().lock().write_all(&done.bytes)?;
            (done.warnings, done.unreadable)
        }
    };
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    for u in &unreadable {
        eprintln!("warning: not exported, not a valid record: {u}");
    }
    Ok(())
}
