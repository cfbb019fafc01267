//! The command line: `clearfield [--db PATH] <command>`. Parses, calls the library, prints.
//!
//! The tree is derived (`Cli`, `Command`) except the `add` and `edit` field flags, which
//! are generated from the model's field lists (`fields`). [`run`] parses and hands each
//! command to its own function, one module per group of related commands: `records` (add,
//! edit, list, show, history, delete, types), `file` (init, check, backup, restore),
//! `exchange` (import, export), `merge` (merge, conflicts, resolve), `hub` (hub init, sync), `programme`
//! (status, estimate, report, settings, generate), `gps` (a receiver's position) and
//! `traverse` (a perimeter from legs, nothing saved), `photos` (attach, photos, detach);
//! `clap_words` says clap's own words (help headings, parse errors) in the language.

mod clap_words;
mod exchange;
mod fields;
mod file;
mod gps;
mod hub;
mod merge;
mod photos;
mod programme;
mod records;
mod traverse;

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use uuid::Uuid;

pub use clap_words::ArgsError;

use crate::i18n::{Language, Messages};
use crate::model;
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
                        | store::StoreError::NotAPhoto(_)
                        | store::StoreError::AlreadyAttached { .. }
                        | store::StoreError::NotAttached { .. }
                )
            )
    });
    if refused { 1 } else { 2 }
}

/// The messages the command line `args` speaks: `--lang`, else the environment (what
/// `main` says an error in).
pub fn messages_for(args: &[std::ffi::OsString]) -> Messages {
    Messages::new(language(lang_flag(args)))
}

/// The error `run` returned as `main` prints it: each error of the chain, outermost first,
/// joined by `: ` as anyhow's `{:#}` does; one of the library's errors that speaks the
/// languages ([`crate::i18n::Localized`]) in the language of `msgs`, the rest as worded.
pub fn error_text(e: &anyhow::Error, msgs: &Messages) -> String {
    let parts: Vec<String> = e
        .chain()
        .map(|c| match localized(c) {
            Some(l) => l.text_in(msgs),
            None => c.to_string(),
        })
        .collect();
    parts.join(": ")
}

/// `e` as one of the library's errors that speak the languages, if it is one.
fn localized<'e>(
    e: &'e (dyn std::error::Error + 'static),
) -> Option<&'e dyn crate::i18n::Localized> {
    if let Some(x) = e.downcast_ref::<model::Invalid>() {
        return Some(x);
    }
    if let Some(x) = e.downcast_ref::<model::FieldError>() {
        return Some(x);
    }
    if let Some(x) = e.downcast_ref::<store::StoreError>() {
        return Some(x);
    }
    if let Some(x) = e.downcast_ref::<crate::exchange::ImportError>() {
        return Some(x);
    }
    if let Some(x) = e.downcast_ref::<crate::io::formats::SourceError>() {
        return Some(x);
    }
    if let Some(x) = e.downcast_ref::<crate::io::geojson::FileError>() {
        return Some(x);
    }
    if let Some(x) = e.downcast_ref::<crate::geom::traverse::TraverseError>() {
        return Some(x);
    }
    if let Some(x) = e.downcast_ref::<crate::io::nmea::GpsError>() {
        return Some(x);
    }
    if let Some(x) = e.downcast_ref::<crate::geom::fixes::AverageError>() {
        return Some(x);
    }
    if let Some(x) = e.downcast_ref::<crate::hub::HubError>() {
        return Some(x);
    }
    if let Some(x) = e.downcast_ref::<crate::report::ReportError>() {
        return Some(x);
    }
    if let Some(x) = e.downcast_ref::<crate::exchange::ExportError>() {
        return Some(x);
    }
    None
}

/// Whether `e` is a write to an output whose reader has gone (`clearfield list | head`):
/// then the command ends quietly.
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    let broken = |io: &std::io::Error| io.kind() == std::io::ErrorKind::BrokenPipe;
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>().is_some_and(broken)
            || matches!(c.downcast_ref::<crate::exchange::ExportError>(), Some(crate::exchange::ExportError::Io(io)) if broken(io))
    })
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

/// Offline field database for clearance of cluster munitions and other explosive ordnance.
///
/// Run without a command to open the desktop app. Coordinates are WGS84 decimal degrees,
/// longitude first.
#[derive(Parser)]
#[command(name = "clearfield", version)]
struct Cli {
    /// The database file (a GeoPackage) [default: the per-user data file]
    #[arg(long, global = true, value_name = "PATH", env = "CLEARFIELD_DB")]
    db: Option<PathBuf>,
    /// Who is making changes, for the change log [default: the login name]
    #[arg(long, global = true, value_name = "NAME", env = "CLEARFIELD_USER")]
    user: Option<String>,
    /// Language of the messages: en, ar, ka or ru [default: from LC_ALL, LC_MESSAGES or
    /// LANG, else English]. JSON output is the same in every language
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<Lang>,
    // None: open the desktop app.
    #[command(subcommand)]
    command: Option<Command>,
}

/// `--lang`: the languages with a catalogue.
#[derive(Clone, Copy, clap::ValueEnum)]
enum Lang {
    /// English
    En,
    /// Arabic (العربية)
    Ar,
    /// Georgian (ქართული)
    Ka,
    /// Russian (Русский)
    Ru,
}

impl From<Lang> for Language {
    fn from(l: Lang) -> Language {
        match l {
            Lang::En => Language::En,
            Lang::Ar => Language::Ar,
            Lang::Ka => Language::Ka,
            Lang::Ru => Language::Ru,
        }
    }
}

/// The language of the messages: `--lang`, else the environment as POSIX orders it
/// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
fn language(flag: Option<Lang>) -> Language {
    if let Some(l) = flag {
        return l.into();
    }
    let var = |name: &str| std::env::var(name).ok();
    Language::from_env(
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
    )
}

/// Every command; a variant's doc comment is its one line of help.
#[derive(Subcommand)]
enum Command {
    /// Create the database file
    Init,
    /// Add a record
    // `add` alone is an error naming the kinds, not the help.
    #[command(arg_required_else_help = false)]
    Add {
        // The kind is the subcommand, each with its own field flags.
        #[command(subcommand)]
        record: fields::NewRecord,
    },
    /// Change fields or the geometry of a record (an empty value clears a field)
    Edit(records::EditArgs),
    /// List records
    List(records::ListArgs),
    /// Show one record with all its fields
    Show(RecordId),
    /// Show every version of a record from the change log
    History(RecordId),
    /// Delete a record (its versions stay in the change log)
    Delete(RecordId),
    /// Attach JPEG or PNG photos to a record (all or none)
    Attach(photos::AttachArgs),
    /// List a record's photos: id, file, size, type, date taken and position (EXIF)
    Photos(RecordId),
    /// Detach a photo from a record (the photo stays in the file and the history)
    Detach(photos::DetachArgs),
    /// Check the file: integrity, GeoPackage rules, every record's values and geometry
    Check(file::CheckArgs),
    /// List the ordnance type reference list
    Types,
    /// Hazard area, remaining area and land released at a date
    Status(programme::StatusArgs),
    /// Import a GeoJSON, GPX, KML/KMZ or shapefile: every feature, or nothing and every
    /// problem listed
    Import(exchange::ImportArgs),
    /// Export records as RFC 7946 GeoJSON, GPX (for a GPS), KML (for Google Earth) or
    /// shapefiles (one per kind)
    Export(exchange::ExportArgs),
    /// Bring every record and every version of another file into this one, by UUID
    Merge(merge::MergeArgs),
    /// Records edited in two files: whose each competing version is and the fields that differ
    Conflicts(merge::ConflictsArgs),
    /// Resolve a conflict: keep one version, or one version with fields from the others
    ///
    /// `--keep` names the version the new one starts from: `mine` (this file's before the
    /// merge), `theirs` (the other file's) or a version id (or its start) as `clearfield
    /// conflicts` lists them. Each `--take FIELD=mine|theirs|VERSION` takes one field from
    /// another version: `--keep mine --take status=theirs` keeps this file's note and takes
    /// the other file's status; `--take geom=theirs` takes the other file's geometry. The
    /// record made is checked as any edit is: a mix that is not valid (a release started
    /// after it was completed) is refused and nothing is written. The new version is made
    /// from every competing version, so merging it into the other files ends the conflict
    /// there too.
    Resolve(merge::ResolveArgs),
    /// The national hub on PostgreSQL/PostGIS that files sync through
    #[command(subcommand)]
    Hub(hub::HubCommand),
    /// Send this file's versions to a hub and bring back the hub's, with merge's rule on
    /// both sides (the same records and conflicts)
    Sync(hub::SyncArgs),
    /// Copy the database to a new file, safely even while the app is open
    Backup(file::BackupArgs),
    /// Replace the database with a backup (checked first; the current file is kept beside it)
    Restore(file::RestoreArgs),
    /// When clearance will be complete at the recent pace, against the Article 4 deadline
    Estimate(programme::EstimateArgs),
    /// Progress report for a period: land, finds, teams, estimate, Article 7 summary
    Report(programme::ReportArgs),
    /// Show, or set, the programme's name and Article 4 deadline
    Settings(programme::SettingsArgs),
    /// Write a synthetic programme (south Lebanon) into a new file, for trying the app and
    /// for benchmarks
    Generate(programme::GenerateArgs),
    /// Position from a GPS receiver (serial port, gpsd or a recorded NMEA log), averaged
    /// over several fixes
    Gps(gps::GpsArgs),
    /// A hazard area's perimeter from a benchmark and a table of legs (bearing, distance):
    /// points, area, perimeter and closure, printed and not saved
    Traverse(traverse::TraverseArgs),
}

impl Command {
    /// The file other than the database the command reads (a merge's, a restore's), which
    /// a failure may be in too.
    fn other_file(&self) -> Option<&Path> {
        match self {
            Command::Merge(a) => Some(&a.other),
            Command::Restore(a) => Some(&a.src),
            _ => None,
        }
    }

    /// Whether the command can read a hub given as `--db postgresql://…` (HQ's reading:
    /// never a change), or does not read `--db` at all.
    fn reads_a_hub(&self) -> bool {
        matches!(
            self,
            Command::Status(_)
                | Command::Estimate(_)
                | Command::Report(_)
                | Command::Export(_)
                | Command::Hub(_)
                | Command::Generate(_)
                | Command::Gps(_)
                | Command::Traverse(_)
        )
    }
}

/// The one argument of `show`, `history`, `delete` and `photos`.
#[derive(Args)]
struct RecordId {
    /// The record's UUID
    id: String,
}

/// The command-line interface: the whole clap tree, as `run` parses it.
pub fn command() -> clap::Command {
    Cli::command()
}

/// The per-user data file used when neither `--db` nor `CLEARFIELD_DB` is given.
pub fn default_db_path() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("org", "Clearfield", "clearfield")
        .context("cannot find a home folder for the default data file; give --db PATH")?;
    Ok(dirs.data_dir().join("clearfield.gpkg"))
}

/// Runs the command line `args` (with the program name first), writing results to `out`.
/// Help and clap's own errors are in the language of `--lang` or the environment too.
pub fn run(
    args: impl IntoIterator<Item = std::ffi::OsString>,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let args: Vec<std::ffi::OsString> = args.into_iter().collect();
    let msgs = Messages::new(language(lang_flag(&args)));
    run_parsed(parse(args, &msgs)?, &msgs, out)
}

/// The command line `args` parsed; clap's error, in the language of `msgs` when it is not
/// English, when they are refused.
fn parse(args: impl IntoIterator<Item = std::ffi::OsString>, msgs: &Messages) -> Result<Cli> {
    let matches = command_in(msgs)
        .try_get_matches_from(args)
        .map_err(|e| clap_words::args_error(e, msgs))?;
    Cli::from_arg_matches(&matches).map_err(|e| clap_words::args_error(e, msgs))
}

/// `--lang` as given in `args`, read before they are parsed (help is written in it).
fn lang_flag(args: &[std::ffi::OsString]) -> Option<Lang> {
    let mut words = args.iter().filter_map(|a| a.to_str());
    while let Some(word) = words.next() {
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next(),
            Some(rest) => rest.strip_prefix('='),
            None => continue,
        };
        return value.and_then(|v| Lang::from_str(v, true).ok());
    }
    None
}

/// The command tree with its help in the language of `msgs`: a command's one line from
/// `help-cmd-PATH` (`help-cmd-status`, `help-cmd-add-hazard`), an option's from
/// `help-arg-PATH-ID` (`help-arg-status-as_of`; `help-arg-ID` for the global ones), and
/// clap's own words (`help-usage`, `help-options`, …; the `help` subcommand's and `-V`'s
/// lines, `[default: …]`, `[env: …]` and `[possible values: …]`: `clap_words`), where the
/// language's catalogue has them; English (the doc comments) elsewhere. English is clap's
/// tree untouched, built as `try_get_matches_from` builds it.
pub fn command_in(msgs: &Messages) -> clap::Command {
    let command = Cli::command();
    if msgs.language() == Language::En {
        return command;
    }
    let mut command = translate_command(command, "", msgs);
    command.build();
    clap_words::built_in_words(command, msgs)
}

/// [`command_in`] for one command and the commands under it.
fn translate_command(mut command: clap::Command, path: &str, msgs: &Messages) -> clap::Command {
    let key = |k: String| msgs.has(&k).then(|| msgs.text(&k, &[]));
    if !path.is_empty()
        && let Some(about) = key(format!("help-cmd-{path}"))
    {
        command = command.about(about).long_about(None);
    }
    if path.is_empty()
        && let Some(about) = key("help-cmd".to_owned())
    {
        command = command.about(about).long_about(None);
    }
    let options = key("help-options".to_owned());
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let global = ["db", "user", "lang"].contains(&id.as_str());
        let arg_key = if global || path.is_empty() {
            format!("help-arg-{id}")
        } else {
            format!("help-arg-{path}-{id}")
        };
        let help = key(arg_key);
        let options = options.clone();
        command = command.mut_arg(id, |mut a| {
            if let Some(help) = help {
                a = a.help(help).long_help(None);
            }
            a = clap_words::values_in_words(a, msgs);
            if let (Some(heading), false) = (options, a.is_positional()) {
                a = a.help_heading(heading);
            }
            a
        });
    }
    // clap's own -h/--help, made again in the language.
    if let Some(help) = key("help-arg-help".to_owned()) {
        let mut flag = clap::Arg::new("help")
            .short('h')
            .long("help")
            .action(clap::ArgAction::Help)
            .help(help);
        if let Some(heading) = &options {
            flag = flag.help_heading(heading.clone());
        }
        command = command.disable_help_flag(true).arg(flag);
    }
    if let Some(heading) = key("help-arguments".to_owned()) {
        let ids: Vec<String> = command
            .get_positionals()
            .map(|a| a.get_id().to_string())
            .collect();
        for id in ids {
            let heading = heading.clone();
            command = command.mut_arg(id, |a| a.help_heading(heading));
        }
    }
    if let Some(heading) = key("help-commands".to_owned()) {
        command = command.subcommand_help_heading(heading);
    }
    if let Some(template) = clap_words::help_template(msgs) {
        command = command.help_template(template);
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for name in subcommands {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        command = command.mut_subcommand(&name, |c| translate_command(c, &sub_path, msgs));
    }
    command
}

/// As [`run`], speaking the messages given whatever `--lang` and the environment say: a
/// draft catalogue (`Messages::with_catalogue`), or the pseudo-language of tests/i18n.rs
/// that shows which output does not come from the catalogue.
pub fn run_with(
    args: impl IntoIterator<Item = std::ffi::OsString>,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<Outcome> {
    run_parsed(parse(args, msgs)?, msgs, out)
}

/// Runs the command line parsed, speaking `msgs`.
fn run_parsed(cli: Cli, msgs: &Messages, out: &mut dyn Write) -> Result<Outcome> {
    let db = match cli.db {
        Some(p) => p,
        None => default_db_path()?,
    };
    let user = actor(cli.user);
    let Some(command) = cli.command else {
        return Ok(Outcome::App(db));
    };
    if let Some(url) = crate::hub::url_in(&db)
        && !command.reads_a_hub()
    {
        anyhow::bail!(
            "--db {}: a hub is only read, by status, estimate, report and export; to change it, sync a file with it (clearfield --db FILE sync URL)",
            crate::hub::redacted(url)
        );
    }
    // A merge or a restore reads another file too, and SQLite does not say which.
    let other = command.other_file().map(Path::to_path_buf);
    dispatch(command, &db, &user, msgs, out)
        .map(Outcome::Done)
        .map_err(|e| name_the_file(e, &db, other.as_deref()))
}

/// Runs one command on the database at `db`, as `user`, speaking `msgs`' language (the
/// commands converted to the catalogues so far: `status`, `estimate`, `report`, and the results of `init`, `add`, `edit`, `delete`, `check`,
/// `import`, `export`, `merge`, `sync`'s summary, `backup`, `restore`); false when it found
/// problems.
fn dispatch(
    command: Command,
    db: &Path,
    user: &str,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<bool> {
    match command {
        Command::Init => file::init(db, msgs, out)?,
        Command::Add { record } => records::add(record, db, user, msgs, out)?,
        Command::Edit(a) => records::edit(a, db, user, msgs, out)?,
        Command::List(a) => records::list(a, db, msgs, out)?,
        Command::Show(a) => records::show(&a.id, db, msgs, out)?,
        Command::History(a) => records::history(&a.id, db, msgs, out)?,
        Command::Delete(a) => records::delete(&a.id, db, user, msgs, out)?,
        Command::Attach(a) => photos::attach(a, db, user, msgs, out)?,
        Command::Photos(a) => photos::photos(&a.id, db, msgs, out)?,
        Command::Detach(a) => photos::detach(a, db, user, msgs, out)?,
        Command::Check(a) => return file::check(a, db, msgs, out),
        Command::Types => records::types(db, msgs, out)?,
        Command::Status(a) => programme::status(a, db, msgs, out)?,
        Command::Import(a) => exchange::import(a, db, user, msgs, out)?,
        Command::Export(a) => exchange::export(a, db, msgs, out)?,
        Command::Merge(a) => merge::merge(a, db, user, msgs, out)?,
        Command::Conflicts(a) => merge::conflicts(a, db, msgs, out)?,
        Command::Resolve(a) => merge::resolve(a, db, user, msgs, out)?,
        Command::Hub(c) => hub::hub(c, user, msgs, out)?,
        Command::Sync(a) => hub::sync(a, db, user, msgs, out)?,
        Command::Backup(a) => file::backup(a, db, msgs, out)?,
        Command::Restore(a) => file::restore(a, db, msgs, out)?,
        Command::Estimate(a) => programme::estimate(a, db, msgs, out)?,
        Command::Report(a) => programme::report(a, db, msgs, out)?,
        Command::Settings(a) => programme::settings(a, db, msgs, out)?,
        Command::Generate(a) => programme::generate(a, user, msgs, out)?,
        Command::Gps(a) => gps::gps(a, msgs, out)?,
        Command::Traverse(a) => return traverse::traverse(a, msgs, out),
    }
    Ok(true)
}

/// A database failure that does not name its file gets the file's name in front (both
/// names when another file was read too: the failure may be in either).
fn name_the_file(e: anyhow::Error, db: &Path, other: Option<&Path>) -> anyhow::Error {
    if !matches!(
        e.downcast_ref::<store::StoreError>(),
        Some(store::StoreError::Sqlite(_))
    ) {
        return e;
    }
    match other {
        Some(other) => e.context(format!(
            "{} or {} (SQLite does not say which)",
            db_label(db),
            other.display()
        )),
        None => e.context(db_label(db)),
    }
}

/// Who makes the changes: `--user` (or `CLEARFIELD_USER`), else the login name.
fn actor(user: Option<String>) -> String {
    user.or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "unknown".to_owned())
}

/// The database, or the hub named by `--db postgresql://…`, for reading: a hub is read
/// whole into a read-only copy in memory (`hub::read`), saying how far on standard error
/// when it is long.
fn read(db: &Path, msgs: &Messages, out: &mut dyn Write) -> Result<Store> {
    match crate::hub::url_in(db) {
        Some(url) => Ok(crate::hub::read(url, &mut hub::progress_on_stderr())?),
        None => open_in(db, msgs, out),
    }
}

/// As [`read`], a hub's photos included (for `export`, which writes them beside what it
/// exports): a hub is copied whole into a GeoPackage in a temporary folder, removed when the
/// folder returned is dropped.
fn read_with_photos(
    db: &Path,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<(Store, Option<tempfile::TempDir>)> {
    match crate::hub::url_in(db) {
        Some(url) => {
            let dir = tempfile::Builder::new()
                .prefix("clearfield-hub-")
                .tempdir()
                .context("cannot make a folder for the hub's copy")?;
            let store = crate::hub::copy(
                url,
                &dir.path().join("hub.gpkg"),
                &mut hub::progress_on_stderr(),
            )?;
            Ok((store, Some(dir)))
        }
        None => Ok((open_in(db, msgs, out)?, None)),
    }
}

/// `--db` as messages name it: a hub's URL without its password.
fn db_label(db: &Path) -> String {
    match crate::hub::url_in(db) {
        Some(url) => crate::hub::redacted(url),
        None => db.display().to_string(),
    }
}

/// Opens the database, saying so (in English) when it was upgraded to the current schema.
fn open(path: &Path, out: &mut dyn Write) -> Result<Store> {
    open_in(path, Messages::english(), out)
}

/// Opens the database, saying so in the language of `msgs` when it was upgraded to the
/// current schema.
fn open_in(path: &Path, msgs: &Messages, out: &mut dyn Write) -> Result<Store> {
    let (store, opened) = Store::open(path)?;
    if let Opened::Migrated(from) = opened {
        let line = msgs.text(
            "cli-upgraded",
            &[
                ("file", path.display().to_string().into()),
                ("from", from.to_string().into()),
                ("to", store::CURRENT_VERSION.to_string().into()),
            ],
        );
        writeln!(out, "{line}")?;
    }
    Ok(store)
}

/// A record id given on the command line (refused in English).
fn parse_id(text: &str) -> Result<Uuid> {
    parse_id_in(text, Messages::english())
}

/// A record id given on the command line, refused in the language of `msgs`.
fn parse_id_in(text: &str, msgs: &Messages) -> Result<Uuid> {
    Uuid::parse_str(text.trim()).with_context(|| {
        let quoted = format!("{:?}", crate::io::text::cut(text));
        msgs.text("cli-not-an-id", &[("text", quoted.into())])
    })
}

/// A record kind's name in the language of `msgs`: "hazard area".
fn kind_name(msgs: &Messages, kind: model::RecordKind) -> String {
    crate::said::kind_name(msgs, kind)
}

/// A path as the messages show it.
fn shown(path: &Path) -> crate::i18n::Arg<'static> {
    path.display().to_string().into()
}

/// The date given as `--NAME DATE`.
fn date_flag(name: &str, text: &str) -> Result<chrono::NaiveDate> {
    model::parse_date(text)
        .map_err(|e| anyhow::anyhow!("--{name} {:?}: {e}", crate::io::text::cut(text)))
}

/// `--as-of`, or today on this computer's clock.
fn as_of(text: Option<&str>) -> Result<chrono::NaiveDate> {
    match text {
        Some(text) => date_flag("as-of", text),
        None => Ok(today()),
    }
}

/// Help of `--all-problems` (`check`, `import`).
fn all_problems_help() -> String {
    format!("List every problem found, not only the first {SHOWN_PROBLEMS} and how many more")
}

/// `--window-days N`: the days of history the estimate's pace is measured over.
fn window_days() -> clap::builder::RangedI64ValueParser<u32> {
    clap::value_parser!(u32).range(30..=3650)
}

#[cfg(test)]
mod tests {
    /// clap's own checks of the tree (conflicting names, bad defaults, …).
    #[test]
    fn the_command_tree_is_well_formed() {
        super::command().debug_assert();
    }
}
