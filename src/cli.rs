//! The command line: `clearfield [--db PATH] <command>`. Parses, calls the library, prints.

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use clap::{Arg, ArgAction, ArgMatches, Command};
use uuid::Uuid;

use crate::exchange;
use crate::generate;
use crate::geom;
use crate::io::text::printable;
use crate::io::wkt;
use crate::model::{self, Fields, Record, RecordInput, RecordKind};
use crate::status::{self, Breakdown};
use crate::store::{self, Opened, Store};

/// A command that ran and refused its input because of problems in it: a record with bad
/// values, an import refused for bad features. `main` exits with status 1 for it; any
/// other error means the command could not run (status 2).
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Refused(
    /// What was refused and why: one line, then any list of problems, one a line.
    pub String,
);

/// How many problems a command lists unless asked for all (`--all-problems`).
pub const SHOWN_PROBLEMS: usize = 20;

/// The exit status for an error `run` returned: 1 when the command refused its input for
/// problems in it, 2 when it could not run (missing or unreadable file, database error,
/// bad arguments).
pub fn exit_code(e: &anyhow::Error) -> u8 {
    let refused = e.chain().any(|c| {
        c.is::<Refused>()
            || matches!(
                c.downcast_ref::<store::StoreError>(),
                Some(
                    store::StoreError::DuplicateId { .. }
                        | store::StoreError::NoSuchHazard { .. }
                        | store::StoreError::Referenced { .. }
                        | store::StoreError::InConflict(_)
                        | store::StoreError::ChangedSince(_)
                )
            )
    });
    if refused { 1 } else { 2 }
}

/// Whether `e` is a write to an output whose reader has gone (`clearfield list | head`):
/// then the command ends quietly.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    let broken = |io: &std::io::Error| io.kind() == std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(broken)
            || matches!(c.downcast_ref::<exchange::ExportError>(), Some(exchange::ExportError::Io(io)) if broken(io))
    })
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

/// A record refused for bad values: one line, each value cut to a readable length.
fn refused_record(what: String, mut invalid: model::Invalid) -> anyhow::Error {
    for e in &mut invalid.errors {
        e.value = crate::io::text::cut(&e.value);
    }
    Refused(format!("{what}: {invalid}")).into()
}

/// Today's date on this computer's clock: the one place the program reads it (with `main`'s
/// start of the app, through this), passed on to the library as `today`/`as_of`.
#[allow(clippy::disallowed_methods)]
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// What `main` should do after parsing.
pub enum Outcome {
    /// A command ran; exit with this success flag (false: it found problems, e.g. `check`).
    Done(bool),
    /// No command: start the desktop app on this database.
    App(PathBuf),
}

/// One line per field: its help text, for `add` and `edit`.
fn field_help(field: &str) -> &'static str {
    match field {
        "name" => "Name of the hazard area",
        "classification" => "SHA (suspected) or CHA (confirmed)",
        "contamination" => "cmr|uxo|ap_mines|at_mines|ied|mixed [default: cmr]",
        "surveyed_on" => "Date the hazard area was recorded, YYYY-MM-DD",
        "region" => "Administrative region",
        "status" => "active|in_progress|closed [default: active]",
        "note" => "Free text",
        "hazard_id" => "UUID of the hazard area it belongs to",
        "method" => "cancelled|reduced|cleared",
        "started_on" => "Date work started, YYYY-MM-DD",
        "completed_on" => "Date the land was released, YYYY-MM-DD",
        "team" => "Team name",
        "depth_cm" => "Depth in centimetres (0 or more)",
        "ordnance_type" => "Type code, e.g. M42, BLU-97 (see `clearfield types`)",
        "category" => {
            "submunition|bomb|projectile|mortar|rocket|grenade|landmine|other [default: from the type list]"
        }
        "quantity" => "Number of items, 1 or more [default: 1]",
        "condition" => "intact|damaged|unknown",
        "found_on" => "Date found, YYYY-MM-DD",
        "disposal" => "destroyed_in_situ|removed_and_destroyed|removed_to_storage|pending",
        _ => "",
    }
}

/// `--all-problems`: list every problem, not only the first ones.
fn all_problems_flag() -> Arg {
    Arg::new("all-problems")
        .long("all-problems")
        .action(ArgAction::SetTrue)
        .help(format!(
            "List every problem found, not only the first {SHOWN_PROBLEMS} and how many more"
        ))
}

/// `--as-of DATE`.
fn as_of_flag(help: &'static str) -> Arg {
    Arg::new("as-of")
        .long("as-of")
        .value_name("DATE")
        .help(help)
}

/// `--window-days N`, the estimate's window.
fn window_days_flag(help: &'static str) -> Arg {
    Arg::new("window-days")
        .long("window-days")
        .value_name("N")
        .default_value("365")
        .value_parser(clap::value_parser!(u32).range(30..=3650))
        .help(help)
}

fn flag(field: &str) -> String {
    field.replace('_', "-")
}

fn field_args(fields: &[&'static str]) -> Vec<Arg> {
    fields
        .iter()
        .map(|f| {
            Arg::new(*f)
                .long(flag(f))
                .value_name("VALUE")
                .allow_hyphen_values(true)
                .help(field_help(f))
        })
        .collect()
}

fn geometry_arg(kind: RecordKind) -> Arg {
    // Hyphen values: western longitudes and southern latitudes start with '-'.
    let arg = Arg::new("geometry")
        .long("geometry")
        .value_name("WKT|LON,LAT")
        .allow_hyphen_values(true);
    match kind {
        RecordKind::OrdnanceFind => arg.visible_alias("at").help(
            "Location: lon,lat in decimal degrees (longitude first), UTM (36S 740281 3685298), \
             MGRS (36SYB4028185298), DMS (33°16'48\"N 35°34'48\"E) or WKT POINT (lon lat)",
        ),
        _ => arg.help("Boundary as WKT POLYGON or MULTIPOLYGON, lon lat order, rings closed"),
    }
}

/// The command-line interface.
pub fn command() -> Command {
    let all_fields: Vec<&'static str> = {
        let mut v: Vec<&'static str> = RecordKind::ALL
            .iter()
            .flat_map(|k| k.fields().iter().copied())
            .collect();
        let mut seen = std::collections::HashSet::new();
        v.retain(|f| seen.insert(*f));
        v
    };
    let add_kind = |name: &'static str, kind: RecordKind, about: &'static str| {
        Command::new(name)
            .about(about)
            .arg(geometry_arg(kind).required(true))
            .arg(
                Arg::new("id")
                    .long("id")
                    .value_name("UUID")
                    .help("Use this id instead of a new random one"),
            )
            .args(field_args(kind.fields()))
    };
    Command::new("clearfield")
        .about("Offline field database for clearance of cluster munitions and other explosive ordnance")
        .long_about(
            "Offline field database for clearance of cluster munitions and other explosive ordnance.\n\n\
             Run without a command to open the desktop app. Coordinates are WGS84 decimal degrees, \
             longitude first.",
        )
        .version(env!("CARGO_PKG_VERSION"))
        .arg(
            Arg::new("db")
                .long("db")
                .global(true)
                .value_name("PATH")
                .env("CLEARFIELD_DB")
                .value_parser(clap::value_parser!(PathBuf))
                .help("The database file (a GeoPackage) [default: the per-user data file]"),
        )
        .arg(
            Arg::new("user")
                .long("user")
                .global(true)
                .value_name("NAME")
                .env("CLEARFIELD_USER")
                .help("Who is making changes, for the change log [default: the login name]"),
        )
        .subcommand(Command::new("init").about("Create the database file"))
        .subcommand(
            Command::new("add")
                .about("Add a record")
                .subcommand_required(true)
                .subcommand(add_kind("hazard", RecordKind::HazardArea, "Add a hazard area (SHA or CHA)"))
                .subcommand(add_kind("release", RecordKind::LandRelease, "Add land cancelled, reduced or cleared"))
                .subcommand(add_kind("find", RecordKind::OrdnanceFind, "Add an ordnance find")),
        )
        .subcommand(
            Command::new("edit")
                .about("Change fields or the geometry of a record (an empty value clears a field)")
                .arg(Arg::new("ID").required(true).help("The record's UUID"))
                .arg(
                    Arg::new("geometry")
                        .long("geometry")
                        .value_name("WKT|LON,LAT")
                        .allow_hyphen_values(true)
                        .help("New geometry (WKT, or lon,lat for a find)"),
                )
                .args(field_args(&all_fields)),
        )
        .subcommand(
            Command::new("list").about("List records").arg(
                Arg::new("kind")
                    .long("kind")
                    .value_parser(["hazard", "release", "find"])
                    .help("Only this kind"),
            ),
        )
        .subcommand(
            Command::new("show")
                .about("Show one record with all its fields")
                .arg(Arg::new("ID").required(true).help("The record's UUID")),
        )
        .subcommand(
            Command::new("history")
                .about("Show every version of a record from the change log")
                .arg(Arg::new("ID").required(true).help("The record's UUID")),
        )
        .subcommand(
            Command::new("delete")
                .about("Delete a record (its versions stay in the change log)")
                .arg(Arg::new("ID").required(true).help("The record's UUID")),
        )
        .subcommand(
            Command::new("check")
                .about("Check the file: integrity, GeoPackage rules, every record's values and geometry")
                .arg(all_problems_flag()),
        )
        .subcommand(Command::new("types").about("List the ordnance type reference list"))
        .subcommand(
            Command::new("status")
                .about("Hazard area, remaining area and land released at a date")
                .arg(as_of_flag("The date, YYYY-MM-DD [default: today]"))
                .arg(Arg::new("json").long("json").action(ArgAction::SetTrue).help("Print one JSON object"))
                .arg(
                    Arg::new("by")
                        .long("by")
                        .value_parser(["hazard", "region"])
                        .help("Add a breakdown per hazard area or per region"),
                ),
        )
        .subcommand(
            Command::new("import")
                .about("Import a GeoJSON file: every feature, or nothing and every problem listed")
                .arg(Arg::new("FILE").required(true).help("GeoJSON file, or - for standard input"))
                .arg(
                    Arg::new("skip-invalid")
                        .long("skip-invalid")
                        .action(ArgAction::SetTrue)
                        .help("Import the valid features and list the others"),
                )
                .arg(all_problems_flag())
                .arg(
                    Arg::new("as")
                        .long("as")
                        .value_parser(["hazard", "release", "find"])
                        .help("Kind of the features that have no \"kind\" property"),
                )
                .arg(
                    Arg::new("set")
                        .long("set")
                        .value_name("FIELD=VALUE")
                        .action(ArgAction::Append)
                        .allow_hyphen_values(true)
                        .help("A value for a field the features lack, e.g. --set classification=SHA (repeatable)"),
                ),
        )
        .subcommand(
            Command::new("export")
                .about("Export records as RFC 7946 GeoJSON")
                .arg(Arg::new("FILE").required(true).help("GeoJSON file to write, or - for standard output"))
                .arg(
                    Arg::new("kind")
                        .long("kind")
                        .value_parser(["hazard", "release", "find"])
                        .action(ArgAction::Append)
                        .help("Only this kind (repeatable) [default: all]"),
                )
                .arg(as_of_flag("Only records surveyed, completed or found by this date")),
        )
        .subcommand(
            Command::new("merge")
                .about("Bring every record and every version of another file into this one, by UUID")
                .arg(Arg::new("OTHER").required(true).value_parser(clap::value_parser!(PathBuf)).help("The other Clearfield file"))
                .arg(
                    Arg::new("dry-run")
                        .long("dry-run")
                        .action(ArgAction::SetTrue)
                        .help("Say what would happen; change nothing"),
                ),
        )
        .subcommand(
            Command::new("conflicts")
                .about("Records edited in two files, with their competing versions")
                .arg(Arg::new("json").long("json").action(ArgAction::SetTrue).help("Print JSON")),
        )
        .subcommand(
            Command::new("resolve")
                .about("Resolve a conflict by keeping one version")
                .arg(Arg::new("ID").required(true).help("The record's UUID"))
                .arg(
                    Arg::new("keep")
                        .long("keep")
                        .required(true)
                        .value_name("mine|theirs|VERSION")
                        .help("This file's version, the other file's, or a version id (or its start)"),
                ),
        )
        .subcommand(
            Command::new("backup")
                .about("Copy the database to a new file, safely even while the app is open")
                .arg(Arg::new("DEST").required(true).value_parser(clap::value_parser!(PathBuf))),
        )
        .subcommand(
            Command::new("restore")
                .about("Replace the database with a backup (checked first; the current file is kept beside it)")
                .arg(Arg::new("SRC").required(true).value_parser(clap::value_parser!(PathBuf))),
        )
        .subcommands(programme_commands())
}

/// The programme-level commands: the estimate, the report, the settings, a generated
/// programme.
fn programme_commands() -> [Command; 4] {
    [
            Command::new("estimate")
                .about("When clearance will be complete at the recent pace, against the Article 4 deadline")
                .arg(as_of_flag("The date, YYYY-MM-DD [default: today]"))
                .arg(window_days_flag("Days of history the pace is measured over (30 to 3650)"))
                .arg(Arg::new("json").long("json").action(ArgAction::SetTrue).help("Print one JSON object")),
            Command::new("report")
                .about("Progress report for a period: land, finds, teams, estimate, Article 7 summary")
                .arg(Arg::new("from").long("from").value_name("DATE").required(true).help("First day, YYYY-MM-DD"))
                .arg(Arg::new("to").long("to").value_name("DATE").required(true).help("Last day, YYYY-MM-DD"))
                .arg(
                    Arg::new("format")
                        .long("format")
                        .value_parser(["md", "csv", "json", "html"])
                        .help("md, csv, json or html [default: from the -o file's extension, else md]"),
                )
                .arg(
                    Arg::new("output")
                        .short('o')
                        .long("output")
                        .value_name("FILE")
                        .value_parser(clap::value_parser!(PathBuf))
                        .help("Write to FILE instead of the screen"),
                )
                .arg(window_days_flag("Days of history the estimate's pace is measured over")),
            Command::new("settings")
                .about("Show, or set, the programme's name and Article 4 deadline")
                .arg(Arg::new("name").long("name").value_name("TEXT").help("Programme name, for reports"))
                .arg(Arg::new("deadline").long("deadline").value_name("DATE").help("Article 4 deadline, YYYY-MM-DD")),
            Command::new("generate")
                .about("Write a synthetic programme (south Lebanon) into a new file, for trying the app and for benchmarks")
                .arg(Arg::new("OUT").required(true).value_parser(clap::value_parser!(PathBuf)).help("New database file"))
                .arg(Arg::new("seed").long("seed").default_value("2006").value_parser(clap::value_parser!(u64)))
                .arg(Arg::new("hazards").long("hazards").default_value("5000").value_parser(clap::value_parser!(usize)))
                .arg(Arg::new("releases").long("releases").default_value("20000").value_parser(clap::value_parser!(usize)))
                .arg(Arg::new("finds").long("finds").default_value("200000").value_parser(clap::value_parser!(usize)))
                .arg(
                    Arg::new("timeline")
                        .long("timeline")
                        .default_value("scattered")
                        .value_parser(["scattered", "steady"])
                        .help("scattered: every date drawn on its own (the benchmarks'); steady: a programme releasing its hazard areas at a steady pace until 2026-10-31 (the demo's: --seed 3 --hazards 250 --releases 1200 --finds 1500)"),
                ),
    ]
}

/// The per-user data file used when neither `--db` nor `CLEARFIELD_DB` is given.
pub fn default_db_path() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("org", "Clearfield", "clearfield")
        .context("cannot find a home folder for the default data file; give --db PATH")?;
    Ok(dirs.data_dir().join("clearfield.gpkg"))
}

fn actor(m: &ArgMatches) -> String {
    m.get_one::<String>("user")
        .cloned()
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "unknown".to_owned())
}

fn open(path: &std::path::Path, out: &mut dyn Write) -> Result<Store> {
    let (store, opened) = Store::open(path)?;
    if let Opened::Migrated(from) = opened {
        writeln!(
            out,
            "upgraded {} from schema version {from} to {}",
            path.display(),
            store::CURRENT_VERSION
        )?;
    }
    Ok(store)
}

fn parse_id(text: &str) -> Result<Uuid> {
    Uuid::parse_str(text.trim()).with_context(|| {
        format!(
            "{:?} is not a record id (a UUID like 3f2b1c4e-…)",
            crate::io::text::cut(text)
        )
    })
}

/// The record id given as the command's ID.
fn id_arg(m: &ArgMatches) -> Result<Uuid> {
    parse_id(
        m.get_one::<String>("ID")
            .map(String::as_str)
            .unwrap_or_default(),
    )
}

fn given_fields(m: &ArgMatches, names: &[&'static str]) -> Fields {
    names
        .iter()
        .filter_map(|f| m.get_one::<String>(f).map(|v| ((*f).to_owned(), v.clone())))
        .collect()
}

fn parse_geometry(text: &str) -> Result<geo_types::Geometry<f64>> {
    wkt::parse(text).map_err(|e| {
        // The value it quotes is cut by the reader; the reason stays whole.
        Refused(format!("geometry {e}")).into()
    })
}

/// Runs the command line `args` (with the program name first), writing results to `out`.
pub fn run(
    args: impl IntoIterator<Item = std::ffi::OsString>,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let m = command().try_get_matches_from(args)?;
    let db = match m.get_one::<PathBuf>("db") {
        Some(p) => p.clone(),
        None => default_db_path()?,
    };
    let user = actor(&m);
    let Some((name, sub)) = m.subcommand() else {
        return Ok(Outcome::App(db));
    };
    run_command(name, sub, &db, &user, out).map_err(|e| {
        // A merge or a restore reads another file too, and SQLite does not say which.
        let other = match name {
            "merge" => sub.get_one::<PathBuf>("OTHER"),
            "restore" => sub.get_one::<PathBuf>("SRC"),
            _ => None,
        };
        name_the_file(e, &db, other.map(PathBuf::as_path))
    })
}

/// A database failure that does not name its file gets the file's name in front (both
/// names when another file was read too: the failure may be in either).
fn name_the_file(
    e: anyhow::Error,
    db: &std::path::Path,
    other: Option<&std::path::Path>,
) -> anyhow::Error {
    if !matches!(
        e.downcast_ref::<store::StoreError>(),
        Some(store::StoreError::Sqlite(_))
    ) {
        return e;
    }
    match other {
        Some(other) => e.context(format!(
            "{} or {} (SQLite does not say which)",
            db.display(),
            other.display()
        )),
        None => e.context(db.display().to_string()),
    }
}

/// Runs one subcommand on the database at `db`.
fn run_command(
    name: &str,
    sub: &ArgMatches,
    db: &std::path::Path,
    user: &str,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let (db, user) = (db.to_path_buf(), user.to_owned());
    match name {
        "init" => match Store::open(&db) {
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
                Store::create(&db)?;
                writeln!(out, "created {}", db.display())?;
            }
            Err(e) => return Err(e.into()),
        },
        "add" => {
            let (kind_name, a) = sub
                .subcommand()
                .context("add what? hazard, release or find")?;
            let kind = kind_arg(kind_name);
            let mut store = open(&db, out)?;
            let geometry = match a.get_one::<String>("geometry") {
                Some(text) => Some(parse_geometry(text)?),
                None => None,
            };
            let id = a.get_one::<String>("id").map(|s| parse_id(s)).transpose()?;
            let input = RecordInput {
                id,
                geometry,
                fields: given_fields(a, kind.fields()),
                extra: model::Extra::new(),
            };
            let record = model::build(kind, input, &store.ordnance_types()?)
                .map_err(|e| refused_record(format!("{} not added", kind.label()), e))?;
            store.insert(std::slice::from_ref(&record), &user)?;
            writeln!(
                out,
                "added {} {}{}",
                kind.label(),
                record.uuid(),
                summary(&record)
            )?;
        }
        "edit" => {
            let id = id_arg(sub)?;
            let mut store = open(&db, out)?;
            let current = match store.get(id) {
                Ok(Some(record)) => Some(record),
                Ok(None) => return Err(store::StoreError::NotFound(id).into()),
                // Stored before a rule it now breaks, or by another program: the edit that
                // corrects it starts from the row as stored.
                Err(store::StoreError::BadRow(_)) => None,
                Err(e) => return Err(e.into()),
            };
            let names: Vec<&'static str> = RecordKind::ALL
                .iter()
                .flat_map(|k| k.fields().iter().copied())
                .collect();
            let changes = given_fields(sub, &names);
            let geometry = match sub.get_one::<String>("geometry") {
                Some(text) => Some(parse_geometry(text)?),
                None => None,
            };
            if changes.is_empty() && geometry.is_none() {
                bail!(
                    "nothing to change: give --FIELD VALUE or --geometry (see `clearfield edit --help`)"
                );
            }
            let types = store.ordnance_types()?;
            let Some(current) = current else {
                let (kind, input, _) = store
                    .stored_input(id)?
                    .ok_or(store::StoreError::NotFound(id))?;
                let edited = input
                    .edited(kind, &changes, geometry, &types)
                    .map_err(|e| {
                        refused_record(
                            format!("{} {id} (not valid as stored) not changed", kind.label()),
                            e,
                        )
                    })?;
                store.update(&edited, &user)?;
                writeln!(out, "corrected {} {id}{}", kind.label(), summary(&edited))?;
                return Ok(Outcome::Done(true));
            };
            let edited = current.edited(&changes, geometry, &types).map_err(|e| {
                refused_record(format!("{} {id} not changed", current.kind().label()), e)
            })?;
            if edited == current {
                writeln!(out, "{} {id}: no change", current.kind().label())?;
            } else {
                store.update(&edited, &user)?;
                writeln!(
                    out,
                    "changed {} {id}{}",
                    current.kind().label(),
                    summary(&edited)
                )?;
            }
        }
        "list" => {
            let store = open(&db, out)?;
            let kinds: Vec<RecordKind> = match sub.get_one::<String>("kind") {
                Some(k) => vec![kind_arg(k)],
                None => RecordKind::ALL.to_vec(),
            };
            let mut problems = 0;
            for kind in kinds {
                let loaded = store.load(kind)?;
                writeln!(out, "{} ({}):", store::table(kind), loaded.records.len())?;
                for record in &loaded.records {
                    writeln!(out, "  {}{}", record.uuid(), summary(record))?;
                }
                for p in &loaded.problems {
                    writeln!(out, "  not valid: {}", printable(&p.to_string()))?;
                }
                problems += loaded.problems.len();
            }
            if problems > 0 {
                writeln!(
                    out,
                    "{problems} row(s) are not valid records and count in no figure; `clearfield check` says why, `clearfield edit ID` corrects one, `clearfield delete ID` removes it"
                )?;
            }
        }
        "show" => {
            let id = id_arg(sub)?;
            let store = open(&db, out)?;
            let record = store.get(id)?.ok_or(store::StoreError::NotFound(id))?;
            show(&record, out)?;
        }
        "history" => {
            let id = id_arg(sub)?;
            let store = open(&db, out)?;
            let entries = store.history(id)?;
            if entries.is_empty() {
                bail!("no record with id {id} in the change log");
            }
            for e in entries {
                writeln!(
                    out,
                    "{}  {:<6}  by {}  version {}",
                    e.changed_at,
                    e.operation,
                    printable(&e.changed_by),
                    e.version_id
                )?;
                writeln!(out, "    {}", printable(&e.record.to_string()))?;
            }
        }
        "delete" => {
            let id = id_arg(sub)?;
            let mut store = open(&db, out)?;
            let kind = store.delete(id, &user)?;
            writeln!(
                out,
                "deleted {} {id} (kept in the change log: `clearfield history {id}`)",
                kind.label()
            )?;
        }
        "check" => {
            let store = open(&db, out)?;
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
                .map(|l| crate::io::text::printable(&l))
                .collect();
            let shown = if sub.get_flag("all-problems") {
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
            } else {
                let n = report.integrity.len()
                    + report.foreign_keys.len()
                    + report.geopackage.len()
                    + report.schema.len()
                    + report.rows.len();
                writeln!(out, "{n} problem(s) found; nothing was changed")?;
                return Ok(Outcome::Done(false));
            }
        }
        "types" => {
            let store = open(&db, out)?;
            for t in store.ordnance_types()? {
                writeln!(
                    out,
                    "{:<18} {:<12} {}",
                    printable(&t.code),
                    t.category,
                    printable(&t.description)
                )?;
            }
        }
        "status" => {
            let as_of = match sub.get_one::<String>("as-of") {
                Some(text) => model::parse_date(text).map_err(|e| {
                    anyhow::anyhow!("--as-of {:?}: {e}", crate::io::text::cut(text))
                })?,
                None => today(),
            };
            let breakdown = match sub.get_one::<String>("by").map(String::as_str) {
                Some("hazard") => Some(Breakdown::Hazard),
                Some("region") => Some(Breakdown::Region),
                _ => None,
            };
            let store = open(&db, out)?;
            let s = status::status(&store, as_of, breakdown)?;
            if sub.get_flag("json") {
                writeln!(out, "{}", serde_json::to_string_pretty(&s.to_json())?)?;
            } else {
                print_status(&s, &db, out)?;
            }
        }
        "import" => {
            let file = sub
                .get_one::<String>("FILE")
                .map(String::as_str)
                .unwrap_or("-");
            let all_problems = sub.get_flag("all-problems");
            let mut options = exchange::ImportOptions {
                skip_invalid: sub.get_flag("skip-invalid"),
                default_kind: sub.get_one::<String>("as").map(|k| kind_arg(k)),
                set: Fields::new(),
            };
            for pair in sub.get_many::<String>("set").into_iter().flatten() {
                let (k, v) = pair
                    .split_once('=')
                    .with_context(|| format!("--set {pair:?}: write FIELD=VALUE"))?;
                options.set.insert(k.trim().to_owned(), v.to_owned());
            }
            let mut store = open(&db, out)?;
            let (reader, size): (Box<dyn std::io::Read + Send>, u64) = if file == "-" {
                (Box::new(std::io::stdin()), 0)
            } else {
                let f = exchange::open_source(std::path::Path::new(file), &db)
                    .with_context(|| format!("cannot import {file}"))?;
                let size = f.metadata().map(|m| m.len()).unwrap_or(0);
                (Box::new(f), size)
            };
            let mut shown = 0;
            let summary = exchange::import(&mut store, reader, &options, &user, &mut |p| {
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
                        .map(|p| crate::io::text::printable(&p.to_string()))
                        .collect();
                    anyhow::Error::new(Refused(format!(
                        "{file}: {} problem(s), nothing was imported{}",
                        problems.len() + more,
                        problem_lines(&lines, more, all_problems)
                    )))
                }
                other => anyhow::anyhow!("{file}: {other}"),
            })?;
            let [h, r, f] = summary.added;
            writeln!(
                out,
                "imported {h} hazard areas, {r} land releases, {f} ordnance finds from {file}; {} already present unchanged",
                summary.unchanged
            )?;
            if !summary.skipped.is_empty() {
                let lines: Vec<String> = summary
                    .skipped
                    .iter()
                    .map(|p| crate::io::text::printable(&p.to_string()))
                    .collect();
                writeln!(
                    out,
                    "skipped {} feature(s):{}",
                    summary.skipped.len() + summary.more_skipped,
                    problem_lines(&lines, summary.more_skipped, all_problems)
                )?;
            }
        }
        "export" => {
            let file = sub
                .get_one::<String>("FILE")
                .map(String::as_str)
                .unwrap_or("-");
            let options = exchange::ExportOptions {
                kinds: sub
                    .get_many::<String>("kind")
                    .into_iter()
                    .flatten()
                    .map(|k| kind_arg(k))
                    .collect(),
                as_of: match sub.get_one::<String>("as-of") {
                    Some(_) => Some(as_of_arg(sub)?),
                    None => None,
                },
            };
            let store = open(&db, out)?;
            let summary = if file == "-" {
                exchange::export(&store, std::io::stdout().lock(), &options)?
            } else {
                let summary =
                    exchange::export_to_path(&store, std::path::Path::new(file), &options)
                        .with_context(|| format!("cannot write {file}"))?;
                let [h, r, f] = summary.written;
                writeln!(
                    out,
                    "exported {h} hazard areas, {r} land releases, {f} ordnance finds to {file}"
                )?;
                summary
            };
            for u in &summary.unreadable {
                eprintln!("warning: not exported, not a valid record: {u}");
            }
        }
        "merge" => {
            let other = sub
                .get_one::<PathBuf>("OTHER")
                .context("OTHER is required")?;
            let dry_run = sub.get_flag("dry-run");
            let mut store = open(&db, out)?;
            let mut shown = 0;
            let m = store.merge(other, &user, dry_run, &mut |done, total| {
                let pct = done * 100 / total.max(1);
                if total > 10_000 && pct >= shown + 10 {
                    shown = pct - pct % 10;
                    eprintln!("merge: {shown}% ({done} of {total} records)");
                }
            })?;
            writeln!(
                out,
                "{} {}: {} versions received; {} records added, {} changed, {} deleted; {} in conflict",
                if dry_run { "would merge" } else { "merged" },
                other.display(),
                m.versions_received,
                m.added,
                m.updated,
                m.deleted,
                m.conflicts.len()
            )?;
            for (kind, id) in &m.conflicts {
                writeln!(
                    out,
                    "  conflict: {} {id} (see `clearfield conflicts`)",
                    kind.label()
                )?;
            }
            if dry_run {
                writeln!(out, "dry run: nothing was changed")?;
            }
        }
        "conflicts" => {
            let store = open(&db, out)?;
            let conflicts = store.conflicts()?;
            if sub.get_flag("json") {
                let v: Vec<serde_json::Value> = conflicts
                    .iter()
                    .map(|c| {
                        serde_json::json!({
                            "record_id": c.record_id.to_string(),
                            "kind": c.kind.as_str(),
                            "shown": c.shown,
                            "mine": c.mine,
                            "versions": c.versions.iter().map(|v| serde_json::json!({
                                "version_id": v.version_id, "changed_at": v.changed_at,
                                "changed_by": v.changed_by, "operation": v.operation, "record": v.record,
                            })).collect::<Vec<_>>(),
                        })
                    })
                    .collect();
                writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
            } else if conflicts.is_empty() {
                writeln!(out, "no conflicts")?;
            } else {
                for c in &conflicts {
                    writeln!(out, "{} {}:", c.kind.label(), c.record_id)?;
                    for v in &c.versions {
                        let tags = [
                            (c.mine.as_deref() == Some(v.version_id.as_str())).then_some("mine"),
                            (c.shown == v.version_id).then_some("shown"),
                        ];
                        let tags: Vec<&str> = tags.into_iter().flatten().collect();
                        writeln!(
                            out,
                            "  {}  {}  {:<6} by {}{}",
                            v.version_id,
                            v.changed_at,
                            v.operation,
                            printable(&v.changed_by),
                            if tags.is_empty() {
                                String::new()
                            } else {
                                format!("  ({})", tags.join(", "))
                            }
                        )?;
                        let fields: Vec<String> = v
                            .record
                            .as_object()
                            .map(|o| {
                                o.iter()
                                    .filter(|(k, _)| {
                                        !matches!(
                                            k.as_str(),
                                            "geom"
                                                | "created_at"
                                                | "modified_at"
                                                | "modified_by"
                                                | "id"
                                        )
                                    })
                                    .filter(|(_, v)| !v.is_null())
                                    .map(|(k, v)| {
                                        format!(
                                            "{k}={}",
                                            v.as_str()
                                                .map(str::to_owned)
                                                .unwrap_or_else(|| v.to_string())
                                        )
                                    })
                                    .collect()
                            })
                            .unwrap_or_default();
                        writeln!(out, "      {}", printable(&fields.join(", ")))?;
                    }
                }
                writeln!(
                    out,
                    "resolve with: clearfield resolve ID --keep mine|theirs|VERSION"
                )?;
            }
        }
        "resolve" => {
            let id = id_arg(sub)?;
            let keep = match sub
                .get_one::<String>("keep")
                .map(String::as_str)
                .unwrap_or_default()
            {
                "mine" => store::merge::Keep::Mine,
                "theirs" => store::merge::Keep::Theirs,
                v => store::merge::Keep::Version(v.to_owned()),
            };
            let mut store = open(&db, out)?;
            let version = store.resolve(id, &keep, &user)?;
            writeln!(out, "resolved {id}: new version {version}")?;
        }
        "backup" => {
            let dest = sub.get_one::<PathBuf>("DEST").context("DEST is required")?;
            let store = open(&db, out)?;
            store.backup(dest)?;
            writeln!(out, "backed up {} to {}", db.display(), dest.display())?;
        }
        "restore" => {
            let src = sub.get_one::<PathBuf>("SRC").context("SRC is required")?;
            let mut store = open(&db, out)?;
            let kept = store.restore(src)?;
            writeln!(
                out,
                "restored {} from {}; the file as it was is kept as {}",
                db.display(),
                src.display(),
                kept.display()
            )?;
        }
        "estimate" => {
            let as_of = as_of_arg(sub)?;
            let window = *sub.get_one::<u32>("window-days").unwrap_or(&365);
            let store = open(&db, out)?;
            let (e, excluded) = status::estimate(&store, as_of, window)?;
            if sub.get_flag("json") {
                writeln!(
                    out,
                    "{}",
                    serde_json::to_string_pretty(&status::estimate_json(&e, &excluded))?
                )?;
            } else {
                print_estimate(&e, out)?;
                for x in &excluded {
                    writeln!(out, "warning: left out, not a valid record: {x}")?;
                }
            }
        }
        "report" => {
            let date_arg = |name: &str| -> Result<chrono::NaiveDate> {
                let text = sub
                    .get_one::<String>(name)
                    .map(String::as_str)
                    .unwrap_or_default();
                model::parse_date(text)
                    .map_err(|e| anyhow::anyhow!("--{name} {:?}: {e}", crate::io::text::cut(text)))
            };
            let (from, to) = (date_arg("from")?, date_arg("to")?);
            let output = sub.get_one::<PathBuf>("output");
            let format: crate::io::report::Format = match sub.get_one::<String>("format") {
                Some(f) => f.parse().map_err(anyhow::Error::msg)?,
                None => match output.and_then(|p| p.extension()).and_then(|e| e.to_str()) {
                    Some("html" | "htm") => crate::io::report::Format::Html,
                    Some("csv") => crate::io::report::Format::Csv,
                    Some("json") => crate::io::report::Format::Json,
                    _ => crate::io::report::Format::Markdown,
                },
            };
            let window = *sub.get_one::<u32>("window-days").unwrap_or(&365);
            let store = open(&db, out)?;
            let r = crate::report::report(&store, from, to, window)?;
            let text = crate::io::report::render(&r, format);
            match output {
                Some(path) => {
                    if store::part_of_database(path, &db) {
                        bail!(
                            "{}: it is the database (or its journal); choose another file for the report",
                            path.display()
                        );
                    }
                    crate::io::write_atomic(path, text.as_bytes())
                        .with_context(|| format!("cannot write {}", path.display()))?;
                    writeln!(out, "wrote {}", path.display())?;
                }
                None => out.write_all(text.as_bytes())?,
            }
        }
        "settings" => {
            let mut store = open(&db, out)?;
            // Every value checked before any is written, then all written in one transaction.
            let mut changes: Vec<(&str, String)> = Vec::new();
            if let Some(name) = sub.get_one::<String>("name") {
                if name.trim().is_empty() {
                    bail!("--name: give the programme's name");
                }
                changes.push(("programme_name", name.trim().to_owned()));
            }
            if let Some(text) = sub.get_one::<String>("deadline") {
                let d = model::parse_date(text).map_err(|e| {
                    anyhow::anyhow!("--deadline {:?}: {e}", crate::io::text::cut(text))
                })?;
                changes.push(("article4_deadline", d.to_string()));
            }
            if !changes.is_empty() {
                let pairs: Vec<(&str, &str)> =
                    changes.iter().map(|(k, v)| (*k, v.as_str())).collect();
                store.set_settings(&pairs)?;
            }
            let s = status::settings(&store)?;
            writeln!(
                out,
                "programme name     {}",
                printable(s.programme_name.as_deref().unwrap_or("(not set)"))
            )?;
            writeln!(
                out,
                "Article 4 deadline {}",
                s.deadline.map_or("(not set)".to_owned(), |d| d.to_string())
            )?;
        }
        "generate" => {
            let path = sub.get_one::<PathBuf>("OUT").context("OUT is required")?;
            let spec = generate::Spec {
                seed: *sub.get_one::<u64>("seed").unwrap_or(&2006),
                hazards: *sub.get_one::<usize>("hazards").unwrap_or(&0),
                releases: *sub.get_one::<usize>("releases").unwrap_or(&0),
                finds: *sub.get_one::<usize>("finds").unwrap_or(&0),
                timeline: match sub.get_one::<String>("timeline").map(String::as_str) {
                    Some("steady") => generate::Timeline::Steady,
                    _ => generate::Timeline::Scattered,
                },
            };
            let mut store = Store::create(path)?;
            let records = generate::programme(&spec, &store.ordnance_types()?)?;
            let total = records.len();
            let mut shown = 0;
            store.insert_with_progress(&records, &user, &mut |n| {
                let pct = n * 100 / total.max(1);
                if pct >= shown + 10 {
                    shown = pct;
                    eprintln!("generate: {pct}% ({n} of {total} records)");
                }
            })?;
            writeln!(
                out,
                "wrote {} hazard areas, {} land releases and {} ordnance finds to {}",
                spec.hazards,
                spec.releases,
                spec.finds,
                path.display()
            )?;
        }
        other => bail!("unknown command {other}"),
    }
    Ok(Outcome::Done(true))
}

/// A kind given on the command line; clap admits only `hazard`, `release` and `find`.
fn kind_arg(k: &str) -> RecordKind {
    k.parse().unwrap_or(RecordKind::OrdnanceFind)
}

/// `--as-of`, or today on this computer's clock.
fn as_of_arg(m: &ArgMatches) -> Result<chrono::NaiveDate> {
    match m.get_one::<String>("as-of") {
        Some(text) => model::parse_date(text)
            .map_err(|e| anyhow::anyhow!("--as-of {:?}: {e}", crate::io::text::cut(text))),
        None => Ok(today()),
    }
}

fn print_estimate(e: &crate::estimate::Estimate, out: &mut dyn Write) -> Result<()> {
    use crate::estimate::thousands;
    let date = |d: Option<chrono::NaiveDate>| d.map_or("-".to_owned(), |d| d.to_string());
    writeln!(
        out,
        "Estimate on {} (pace over the last {} days)",
        e.as_of, e.window_days
    )?;
    writeln!(
        out,
        "  remaining                 {:>14} m²  ({:.3} km²)",
        thousands(e.remaining_m2),
        e.remaining_m2 / 1e6
    )?;
    writeln!(
        out,
        "  net reduction             {:>14} m² per day",
        thousands(e.net_rate_m2_per_day)
    )?;
    writeln!(
        out,
        "  released                  {:>14} m² per day",
        thousands(e.release_rate_m2_per_day)
    )?;
    writeln!(
        out,
        "  new contamination         {:>14} m² per day",
        thousands(e.new_contamination_m2_per_day)
    )?;
    writeln!(
        out,
        "  completion                {:>14}",
        date(e.completion_date)
    )?;
    match (e.completion_low, e.completion_high) {
        (None, _) => writeln!(
            out,
            "  80 % interval             none: no completion at this pace"
        )?,
        (Some(lo), None) => writeln!(out, "  80 % interval             {lo} to no latest date")?,
        (Some(lo), Some(hi)) => writeln!(out, "  80 % interval             {lo} to {hi}")?,
    }
    if let Some(d) = e.deadline {
        writeln!(out, "  Article 4 deadline        {:>14}", d)?;
        writeln!(
            out,
            "  on track                  {:>14}",
            match e.on_track {
                Some(true) => "yes",
                _ => "no",
            }
        )?;
        if let Some(r) = e.required_rate_m2_per_day {
            writeln!(
                out,
                "  pace needed               {:>14} m² per day",
                thousands(r)
            )?;
        }
        if let Some(r) = e.required_pace_ratio {
            writeln!(
                out,
                "                            {:>14.2} × the current pace",
                r
            )?;
        }
    } else {
        writeln!(
            out,
            "  Article 4 deadline        (not set: clearfield settings --deadline YYYY-MM-DD)"
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", e.statement)?;
    Ok(())
}

fn print_status(s: &status::Status, db: &std::path::Path, out: &mut dyn Write) -> Result<()> {
    let t = &s.totals;
    writeln!(out, "Status on {} ({})", s.as_of, db.display())?;
    writeln!(out, "  {:<22} {:>16} {:>12}", "", "m²", "km²")?;
    let row = |out: &mut dyn Write, label: &str, a: f64| {
        writeln!(out, "  {label:<22} {a:>16.0} {:>12.3}", a / 1e6)
    };
    row(out, "hazard area", t.hazard_area.0)?;
    row(out, "remaining", t.remaining.0)?;
    row(out, "released", t.released().0)?;
    row(out, "  cancelled (NTS)", t.cancelled.0)?;
    row(out, "  reduced (TS)", t.reduced.0)?;
    row(out, "  cleared", t.cleared.0)?;
    writeln!(out, "  hazard areas recorded {:>8}", s.hazard_areas)?;
    writeln!(out, "  land releases         {:>8}", s.land_releases)?;
    writeln!(
        out,
        "  ordnance finds        {:>8} ({} items)",
        s.ordnance_finds, s.items_found
    )?;
    if let Some(rows) = &s.by_region {
        writeln!(
            out,
            "\n  {:<24} {:>7} {:>16} {:>16}",
            "region", "areas", "hazard m²", "remaining m²"
        )?;
        for r in rows {
            writeln!(
                out,
                "  {:<24} {:>7} {:>16.0} {:>16.0}",
                printable(r.region.as_deref().unwrap_or("(none)")),
                r.hazard_areas,
                r.hazard_area.0,
                r.remaining.0
            )?;
        }
    }
    if let Some(rows) = &s.by_hazard {
        writeln!(
            out,
            "\n  {:<36} {:<24} {:>14} {:>14}",
            "hazard area", "name", "area m²", "remaining m²"
        )?;
        for h in rows {
            writeln!(
                out,
                "  {:<36} {:<24} {:>14.0} {:>14.0}",
                h.id,
                printable(&h.name),
                h.area.0,
                h.remaining.0
            )?;
        }
        writeln!(
            out,
            "  (each hazard area's own figures; where hazard areas overlap, the land is in each row)"
        )?;
    }
    for e in &s.excluded {
        writeln!(out, "warning: left out, not a valid record: {e}")?;
    }
    Ok(())
}

/// A short description of a record for one line of a list.
fn summary(record: &Record) -> String {
    match record {
        Record::Hazard(h) => format!(
            "  {} {:?}  surveyed {}  {:.0} m²",
            h.classification,
            h.name,
            h.surveyed_on,
            geom::geodesic_area(&h.geometry).m2()
        ),
        Record::Release(r) => format!(
            "  {}  completed {}  {:.0} m²{}",
            r.method,
            r.completed_on,
            geom::geodesic_area(&r.geometry).m2(),
            r.team
                .as_ref()
                .map(|t| format!("  team {}", printable(t)))
                .unwrap_or_default()
        ),
        Record::Find(f) => format!(
            "  {} × {}  found {}  at {}, {}",
            f.quantity,
            printable(&f.ordnance_type),
            f.found_on,
            f.location.x(),
            f.location.y()
        ),
    }
}

fn show(record: &Record, out: &mut dyn Write) -> Result<()> {
    writeln!(out, "{} {}", record.kind().label(), record.uuid())?;
    let fields = record.fields();
    for name in record.kind().fields() {
        writeln!(
            out,
            "  {:<15} {}",
            name,
            fields
                .get(*name)
                .map_or_else(|| "-".to_owned(), |v| printable(v))
        )?;
    }
    if let Record::Hazard(h) = record {
        let a = geom::geodesic_area(&h.geometry);
        writeln!(
            out,
            "  {:<15} {:.1} m² ({:.4} ha)",
            "area",
            a.m2(),
            a.hectares()
        )?;
    }
    if let Record::Release(r) = record {
        let a = geom::geodesic_area(&r.geometry);
        writeln!(
            out,
            "  {:<15} {:.1} m² ({:.4} ha)",
            "area",
            a.m2(),
            a.hectares()
        )?;
    }
    writeln!(
        out,
        "  {:<15} {}",
        "geometry",
        wkt::to_wkt(&record.geometry())
    )?;
    for (k, v) in record.extra() {
        writeln!(out, "  {:<15} {}", printable(k), printable(&v.to_string()))?;
    }
    let s = record.stamp();
    writeln!(
        out,
        "  {:<15} {}",
        "created_at",
        s.created_at.as_deref().unwrap_or("-")
    )?;
    writeln!(
        out,
        "  {:<15} {} by {}",
        "modified_at",
        s.modified_at.as_deref().unwrap_or("-"),
        printable(s.modified_by.as_deref().unwrap_or("-"))
    )?;
    Ok(())
}
