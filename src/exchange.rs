//! GeoJSON import and export of records, for the CLI and the app alike.
//!
//! The feature format (README, "GeoJSON"): each feature's properties hold `kind`
//! (`hazard_area`, `land_release`, `ordnance_find`), `id` (a UUID) and the record's fields
//! under their database names; any other property is kept with the record and exported again.
//!
//! Import is atomic: every feature goes in, or nothing changes and every problem is listed,
//! each naming its feature (1-based index and id). With `skip_invalid`, the valid features go
//! in and the rest are listed. A feature whose id is already stored with the same content is
//! left as it is (importing a file twice changes nothing); with different content it is a
//! conflict, never overwritten, unless the file is the authority for its records
//! ([`ImportOptions::update`], as a form export is for its submissions): the record then
//! gets a new version, in the change log as any edit. A record deleted from the database is
//! never brought back by an import.

use std::collections::HashMap;
use std::fmt;
use std::io::{Read, Write};

use chrono::NaiveDate;
use geo::BoundingRect;
use geo_types::Rect;
use serde_json::{Map, Value};
use uuid::Uuid;

use crate::i18n::{Localized, Messages};
use crate::io::geojson::{self, CollectionWriter, FileError};
use crate::model::{self, Fields, Invalid, Record, RecordInput, RecordKind};
use crate::store::{ImportSession, Link, Row, Store, StoreError};

/// At most this many problems are kept; the rest are counted.
const MAX_PROBLEMS: usize = 10_000;

/// What a file's problems call the things it holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Unit {
    /// GeoJSON features (and GPX waypoints and tracks, converted to features).
    #[default]
    Feature,
    /// A shapefile's records, by 1-based shape index.
    Record,
}

impl Unit {
    /// `feature` or `record`.
    pub fn word(self) -> &'static str {
        match self {
            Unit::Feature => "feature",
            Unit::Record => "record",
        }
    }

    /// [`Unit::word`] in the language of `m` (`err-unit-feature`, `err-unit-record`).
    pub fn word_in(self, m: &Messages) -> String {
        m.text(&format!("err-unit-{}", self.word()), &[])
    }
}

/// One feature (or the file) that cannot be imported, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// What the file's features are called (a shapefile's records).
    pub unit: Unit,
    /// 1-based position of the feature in the file; `None` for the file as a whole.
    pub feature: Option<usize>,
    /// The feature's id, when it has one.
    pub id: Option<String>,
    /// The feature's name, when it has one (cut to a readable length).
    pub name: Option<String>,
    /// What is wrong.
    pub message: ProblemText,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = self
            .name
            .as_deref()
            .map(|n| format!(" {n:?}"))
            .unwrap_or_default();
        let unit = self.unit.word();
        match (self.feature, &self.id) {
            (Some(n), Some(id)) => write!(f, "{unit} {n}{name} (id {id}): {}", self.message),
            (Some(n), None) => write!(f, "{unit} {n}{name}: {}", self.message),
            (None, _) => write!(f, "file: {}", self.message),
        }
    }
}

impl Localized for Problem {
    /// `err-problem-feature-id` (`feature 3 "North field" (id …): …`),
    /// `err-problem-feature` or `err-problem-file`; the unit (`err-unit-feature`,
    /// `err-unit-record`) and the message in the language.
    fn text_in(&self, m: &Messages) -> String {
        let message = self.message.text_in(m);
        let Some(n) = self.feature else {
            return m.text("err-problem-file", &[("message", message.into())]);
        };
        let name = self
            .name
            .as_deref()
            .map(|n| format!(" {n:?}"))
            .unwrap_or_default();
        let mut args = vec![
            ("unit", self.unit.word_in(m).into()),
            ("n", n.to_string().into()),
            ("name", name.into()),
            ("message", message.into()),
        ];
        match &self.id {
            Some(id) => {
                args.push(("id", id.as_str().into()));
                m.text("err-problem-feature-id", &args)
            }
            None => m.text("err-problem-feature", &args),
        }
    }
}

/// What is wrong with a feature: one reason or more, said joined by `; `.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProblemText(
    /// The reasons, in the order found.
    pub Vec<ProblemReason>,
);

impl fmt::Display for ProblemText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&parts.join("; "))
    }
}

impl Localized for ProblemText {
    fn text_in(&self, m: &Messages) -> String {
        let parts: Vec<String> = self.0.iter().map(|r| r.text_in(m)).collect();
        parts.join("; ")
    }
}

impl From<ProblemReason> for ProblemText {
    fn from(reason: ProblemReason) -> Self {
        ProblemText(vec![reason])
    }
}

impl From<&str> for ProblemText {
    /// Text already worded, said as it is ([`ProblemReason::Text`]).
    fn from(text: &str) -> Self {
        ProblemReason::Text(text.to_owned()).into()
    }
}

impl From<String> for ProblemText {
    /// Text already worded, said as it is ([`ProblemReason::Text`]).
    fn from(text: String) -> Self {
        ProblemReason::Text(text).into()
    }
}

/// One reason a feature cannot be imported: each a catalogue key `err-problem-reason-…`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProblemReason {
    /// An id given to an earlier feature of the file.
    #[error("the same id as {} {first}", .unit.word())]
    SameId {
        /// What the file's features are called.
        unit: Unit,
        /// The earlier feature, 1-based.
        first: usize,
    },
    /// The database holds the id with other content (`0`: what differs, field names).
    #[error("conflict: the database already has this id with different {0}; not overwritten")]
    Conflict(
        /// What differs: field names, `geometry`, `other properties`, `content`.
        String,
    ),
    /// A record deleted from the database, not brought back.
    #[error(
        "this record was deleted from the database on {at} by {by}; not brought back (its versions are in `clearfield history`)"
    )]
    Deleted {
        /// When it was deleted.
        at: String,
        /// By whom.
        by: String,
    },
    /// A record linked to a hazard area of the file that is not imported.
    #[error("{field} {id} is {} {feature}, which is not imported", .unit.word())]
    LinkNotImported {
        /// The field naming it (`hazard_id`).
        field: &'static str,
        /// The record named.
        id: Uuid,
        /// What the file's features are called.
        unit: Unit,
        /// The feature holding it, 1-based.
        feature: usize,
    },
    /// A record linked to one neither in the file nor in the database.
    #[error("{field} {id}: no such {} in the file or the database", if *.release_too { "hazard area or land release" } else { "hazard area" })]
    NoSuchLink {
        /// The field naming it (`hazard_id`).
        field: &'static str,
        /// The record named.
        id: Uuid,
        /// Whether a land release may be named as well as a hazard area.
        release_too: bool,
    },
    /// Not a JSON object.
    #[error("is not a GeoJSON Feature object")]
    NotAnObject,
    /// An object whose `type` is not `Feature`.
    #[error("is not a GeoJSON Feature (its \"type\" is not \"Feature\")")]
    NotAFeature,
    /// `properties` is not an object.
    #[error("\"properties\" is not an object")]
    PropertiesNotAnObject,
    /// An id that is not a UUID (as the file writes it, cut to a readable length).
    #[error("id {0} is not a UUID")]
    IdNotAUuid(
        /// The id, quoted when it is text.
        String,
    ),
    /// A `kind` that is not one of the kinds.
    #[error(
        "kind {0} is not one of hazard_area, land_release, ordnance_find, survey_point, evidence_point"
    )]
    UnknownKind(
        /// The kind, quoted.
        String,
    ),
    /// A `kind` that is not text.
    #[error("kind {0} is not text")]
    KindNotText(
        /// The kind as the file writes it.
        String,
    ),
    /// A feature with no kind, and no `--as`.
    #[error(
        "has no kind (hazard_area, land_release, ordnance_find, survey_point or evidence_point); give one with --as"
    )]
    NoKind,
    /// A bare geometry with no kind, and no `--as`.
    #[error(
        "is a bare {0} geometry with no properties: give its kind with --as hazard|release|find (and its fields with --set FIELD=VALUE)"
    )]
    BareGeometry(
        /// The geometry's type.
        String,
    ),
    /// A field's value that is neither text nor a number.
    #[error("{0} must be text or a number")]
    NotTextOrNumber(
        /// The field.
        &'static str,
    ),
    /// No geometry.
    #[error("has no geometry")]
    NoGeometry,
    /// The fields' problems.
    #[error("{0}")]
    Invalid(Invalid),
    /// A legacy `crs` member naming another system than WGS84 lon/lat.
    #[error(
        "its crs member names {0}, not WGS84 longitude/latitude; GeoJSON (RFC 7946) is always WGS84 lon/lat: reproject it first (ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson)"
    )]
    ForeignCrs(
        /// The system named.
        String,
    ),
    /// The file's legacy `crs` naming another system, as the import preview says it.
    #[error("the file's crs member names {0}, not WGS84 longitude/latitude")]
    FileCrs(
        /// The system named.
        String,
    ),
    /// Dates that, moved (`--shift-dates`), would leave the years kept.
    #[error("its dates moved by {0} days would leave the years 1900 to 2199")]
    DatesShiftedOut(
        /// The days moved by.
        i64,
    ),
    /// A ring whose coordinates all look like projected metres (UTM), not lon/lat degrees.
    #[error(
        "geometry: {0}: coordinates look like projected metres (e.g. UTM), not WGS84 lon/lat degrees: reproject first (ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson)"
    )]
    ProjectedRing(
        /// The ring.
        crate::geom::Part,
    ),
    /// Worded elsewhere (a GeoJSON geometry that cannot be read, a repair refused): in
    /// English in every language until it has keys of its own.
    #[error("{0}")]
    Text(String),
}

impl Localized for ProblemReason {
    fn text_in(&self, m: &Messages) -> String {
        let key = |k: &str| format!("err-problem-reason-{k}");
        match self {
            Self::SameId { unit, first } => m.text(
                &key("same-id"),
                &[
                    ("unit", unit.word_in(m).into()),
                    ("first", first.to_string().into()),
                ],
            ),
            Self::Conflict(what) => m.text(&key("conflict"), &[("what", what.as_str().into())]),
            Self::Deleted { at, by } => m.text(
                &key("deleted"),
                &[("at", at.as_str().into()), ("by", by.as_str().into())],
            ),
            Self::LinkNotImported {
                field,
                id,
                unit,
                feature,
            } => m.text(
                &key("link-not-imported"),
                &[
                    ("field", (*field).into()),
                    ("id", id.to_string().into()),
                    ("unit", unit.word_in(m).into()),
                    ("feature", feature.to_string().into()),
                ],
            ),
            Self::NoSuchLink {
                field,
                id,
                release_too,
            } => m.text(
                &key(if *release_too {
                    "no-such-link-or-release"
                } else {
                    "no-such-link"
                }),
                &[("field", (*field).into()), ("id", id.to_string().into())],
            ),
            Self::NotAnObject => m.text(&key("not-an-object"), &[]),
            Self::NotAFeature => m.text(&key("not-a-feature"), &[]),
            Self::PropertiesNotAnObject => m.text(&key("properties-not-an-object"), &[]),
            Self::IdNotAUuid(id) => m.text(&key("id-not-a-uuid"), &[("id", id.as_str().into())]),
            Self::UnknownKind(kind) => {
                m.text(&key("unknown-kind"), &[("kind", kind.as_str().into())])
            }
            Self::KindNotText(kind) => {
                m.text(&key("kind-not-text"), &[("kind", kind.as_str().into())])
            }
            Self::NoKind => m.text(&key("no-kind"), &[]),
            Self::BareGeometry(t) => m.text(&key("bare-geometry"), &[("type", t.as_str().into())]),
            Self::NotTextOrNumber(field) => {
                m.text(&key("not-text-or-number"), &[("field", (*field).into())])
            }
            Self::NoGeometry => m.text(&key("no-geometry"), &[]),
            Self::Invalid(invalid) => invalid.text_in(m),
            Self::ForeignCrs(name) => {
                m.text(&key("foreign-crs"), &[("name", name.as_str().into())])
            }
            Self::FileCrs(name) => m.text(&key("file-crs"), &[("name", name.as_str().into())]),
            Self::DatesShiftedOut(days) => m.text(
                &key("dates-shifted-out"),
                &[("days", days.to_string().into())],
            ),
            Self::ProjectedRing(ring) => {
                m.text(&key("projected-ring"), &[("ring", ring.text_in(m).into())])
            }
            Self::Text(text) => text.clone(),
        }
    }
}

/// How to read a file.
#[derive(Clone, Debug, Default)]
pub struct ImportOptions {
    /// Import the valid features and list the others, instead of importing nothing.
    pub skip_invalid: bool,
    /// The kind of features that have no `kind` property (`--as`).
    pub default_kind: Option<RecordKind>,
    /// Values for fields that features lack (`--set FIELD=VALUE`), each for the features
    /// of the kinds that have that field.
    pub set: Fields,
    /// Properties read as fields (`--map COLUMN=FIELD`): each feature's property `COLUMN`,
    /// where it has one, becomes its `FIELD` (or its `id`), in place of any `FIELD` it had.
    pub map: Vec<(String, String)>,
    /// What the file's features are called in problems (`record N` for a shapefile).
    pub unit: Unit,
    /// Invalid boundaries repaired (`--repair`), and how far a repair may change an area;
    /// `None` refuses them, the default.
    pub repair: Option<RepairPolicy>,
    /// The file is the authority for its records (`--update`; always for a form export):
    /// a stored record with a feature's id and other content gets the feature's content as
    /// a new version, instead of being a conflict. The kind must be the same; a record
    /// deleted from the database stays deleted (counted in [`ImportSummary::kept_deleted`]).
    pub update: bool,
}

impl Repaired {
    /// One line: `feature 2 "Terrace" (id …): the boundary crosses itself near …; area
    /// 1,234.5 m² before, 1,240.1 m² after`.
    pub fn text(&self) -> String {
        let name = self
            .name
            .as_deref()
            .map(|n| format!(" {:?}", geojson::cut(n)))
            .unwrap_or_default();
        format!(
            "feature {}{name} (id {}): {}; area {:.1} m² before, {:.1} m² after",
            self.feature,
            self.id,
            self.problems.join("; "),
            self.before_m2,
            self.after_m2
        )
    }
}

/// The repairs of an import as CSV (RFC 4180): feature, id, name, what was wrong, and the
/// areas before and after, m².
pub fn repairs_csv(repairs: &[Repaired]) -> String {
    let mut csv = crate::io::text::csv_line(&[
        "feature",
        "id",
        "name",
        "what was wrong",
        "area before m2",
        "area after m2",
    ]);
    for r in repairs {
        csv.push_str(&crate::io::text::csv_line(&[
            &r.feature.to_string(),
            &r.id.to_string(),
            r.name.as_deref().unwrap_or(""),
            &r.problems.join("; "),
            &format!("{:.3}", r.before_m2),
            &format!("{:.3}", r.after_m2),
        ]));
    }
    csv
}

/// Writes the repairs of an import beside the imported file (`FILE.repairs.csv`), whole or
/// not at all; returns its path.
pub fn write_repairs(
    imported: &std::path::Path,
    repairs: &[Repaired],
) -> std::io::Result<std::path::PathBuf> {
    let mut name = imported.as_os_str().to_owned();
    name.push(".repairs.csv");
    let list = std::path::PathBuf::from(name);
    crate::io::write_atomic(&list, repairs_csv(repairs).as_bytes())?;
    Ok(list)
}

/// `FIELD=VALUE` (`--set`) read: the field one that some kind of record has; else why not.
///
/// ```
/// use clearfield::exchange::set_pair;
/// assert_eq!(set_pair(" classification = SHA"), Ok(("classification".into(), "SHA".into())));
/// assert!(set_pair("colour=red").unwrap_err().contains("not a field"));
/// ```
pub fn set_pair(pair: &str) -> Result<(String, String), String> {
    let Some((field, value)) = pair.split_once('=') else {
        return Err(format!("{pair:?}: write FIELD=VALUE"));
    };
    let field = field.trim();
    if !is_field(field) {
        return Err(format!("{field:?} is not a field of any kind of record"));
    }
    Ok((field.to_owned(), value.trim().to_owned()))
}

/// `COLUMN=FIELD` (`--map`) read: the field one that some kind of record has, `id`, or
/// `geometry` (a form export's geometry column); else why not.
///
/// ```
/// use clearfield::exchange::map_pair;
/// assert_eq!(map_pair("site/site_name=name"), Ok(("site/site_name".into(), "name".into())));
/// assert!(map_pair("=name").unwrap_err().contains("no column"));
/// ```
pub fn map_pair(pair: &str) -> Result<(String, String), String> {
    let Some((column, field)) = pair.split_once('=') else {
        return Err(format!("{pair:?}: write COLUMN=FIELD"));
    };
    let (column, field) = (column.trim(), field.trim());
    if column.is_empty() {
        return Err(format!("{pair:?}: no column named before the ="));
    }
    if field != "id" && field != "geometry" && !is_field(field) {
        return Err(format!("{field:?} is not a field of any kind of record"));
    }
    Ok((column.to_owned(), field.to_owned()))
}

/// Whether some kind of record has the field.
fn is_field(name: &str) -> bool {
    RecordKind::ALL
        .iter()
        .any(|kind| kind.fields().contains(&name))
}

/// How far a repair may go (`import --repair`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RepairPolicy {
    /// The largest change of area accepted, as a fraction of the repaired area (0.01: 1 %).
    pub tolerance: f64,
    /// Accept every repair whatever the change of area.
    pub accept_all: bool,
}

impl Default for RepairPolicy {
    fn default() -> Self {
        RepairPolicy {
            tolerance: 0.01,
            accept_all: false,
        }
    }
}

/// A boundary repaired on import.
#[derive(Clone, Debug, PartialEq)]
pub struct Repaired {
    /// 1-based position of the feature in the file.
    pub feature: usize,
    /// The record's id.
    pub id: Uuid,
    /// Its name, when it has one.
    pub name: Option<String>,
    /// What was wrong, one entry a problem.
    pub problems: Vec<String>,
    /// The area a GIS gives the invalid boundary, m² (`geom::repair`).
    pub before_m2: f64,
    /// The repaired boundary's area, m².
    pub after_m2: f64,
}

/// How far an import has got.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Features read.
    pub features: usize,
    /// Bytes read.
    pub bytes: u64,
}

/// Import choices saved under a name in the database (`import --save-profile NAME`), to be
/// used again alone (`import --profile NAME`): a monthly form export read the same way
/// every month. Stored as a JSON object in the `import_profiles` table.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ImportProfile {
    /// `--as`: the kind, as in files (`survey_point`).
    #[serde(rename = "as", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// `--map COLUMN=FIELD`, in order (`geometry` among the fields).
    #[serde(default)]
    pub map: Vec<(String, String)>,
    /// `--set FIELD=VALUE`.
    #[serde(default)]
    pub set: std::collections::BTreeMap<String, String>,
    /// `--sheet`: the sheet of an XLSX file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
}

/// Why a profile cannot be saved or used.
#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    /// A name that is not letters, digits, `-`, `_` or `.`.
    #[error("profile name {0:?}: use letters, digits, - _ and . only")]
    BadName(String),
    /// No profile of that name.
    #[error("there is no import profile {0:?} (import --list-profiles lists them)")]
    NoSuch(String),
    /// A stored profile that cannot be read.
    #[error("import profile {name:?} cannot be read: {why}; save it again with --save-profile")]
    Unreadable {
        /// Its name.
        name: String,
        /// Why.
        why: String,
    },
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Checks a profile's name.
fn profile_key(name: &str) -> Result<&str, ProfileError> {
    let ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(name)
    } else {
        Err(ProfileError::BadName(name.to_owned()))
    }
}

/// Saves `profile` under `name`, replacing one of that name.
pub fn save_profile(
    store: &mut Store,
    name: &str,
    profile: &ImportProfile,
) -> Result<(), ProfileError> {
    let key = profile_key(name)?;
    let text = serde_json::to_string(profile).map_err(|e| ProfileError::Unreadable {
        name: name.to_owned(),
        why: e.to_string(),
    })?;
    store.save_import_profile(key, &text)?;
    Ok(())
}

/// The profile saved under `name`.
pub fn load_profile(store: &Store, name: &str) -> Result<ImportProfile, ProfileError> {
    let key = profile_key(name)?;
    let text = store
        .import_profile(key)?
        .ok_or_else(|| ProfileError::NoSuch(name.to_owned()))?;
    serde_json::from_str(&text).map_err(|e| ProfileError::Unreadable {
        name: name.to_owned(),
        why: e.to_string(),
    })
}

/// Every saved profile by name, each as its JSON text.
pub fn profiles(store: &Store) -> Result<Vec<(String, String)>, ProfileError> {
    Ok(store.import_profiles()?)
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportSummary {
    /// Records added, by kind (hazard areas, releases, finds).
    pub added: [usize; RecordKind::COUNT],
    /// Features already stored with the same content.
    pub unchanged: usize,
    /// Records given a new version ([`ImportOptions::update`]).
    pub updated: usize,
    /// Features of records deleted from the database, left deleted
    /// ([`ImportOptions::update`]; otherwise they are problems).
    pub kept_deleted: usize,
    /// Features left out (`skip_invalid`), with why.
    pub skipped: Vec<Problem>,
    /// Problems beyond those listed.
    pub more_skipped: usize,
    /// Boundaries repaired (`--repair`) of the records added, in file order.
    pub repaired: Vec<Repaired>,
}

/// Why nothing was imported.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file has problems; the database is unchanged.
    #[error("{} problem(s), nothing was imported{}", .problems.len() + .more, list(.problems, *.more))]
    Rejected {
        /// The problems, in file order (file-level first).
        problems: Vec<Problem>,
        /// Problems beyond those listed.
        more: usize,
    },
    /// The file is not GeoJSON; the database is unchanged.
    #[error("{0}; nothing was imported")]
    File(#[from] FileError),
    /// The database failed; it is unchanged.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl Localized for ImportError {
    /// `err-import-error-rejected` and the problems one a line (`err-import-error-more`
    /// for those not listed), `err-import-error-file`, or the store's error.
    fn text_in(&self, m: &Messages) -> String {
        match self {
            Self::Rejected { problems, more } => {
                let mut s = m.text(
                    "err-import-error-rejected",
                    &[("count", (problems.len() + more).into())],
                );
                for p in problems {
                    s.push_str("\n  ");
                    s.push_str(&p.text_in(m));
                }
                if *more > 0 {
                    s.push_str("\n  ");
                    s.push_str(&m.text("err-import-error-more", &[("more", (*more).into())]));
                }
                s
            }
            Self::File(e) => m.text("err-import-error-file", &[("why", e.text_in(m).into())]),
            Self::Store(e) => e.text_in(m),
        }
    }
}

fn list(problems: &[Problem], more: usize) -> String {
    let mut s = String::new();
    for p in problems {
        s.push_str("\n  ");
        s.push_str(&p.to_string());
    }
    if more > 0 {
        s.push_str(&format!("\n  … and {more} more"));
    }
    s
}

/// Counts bytes as they are read, for progress.
struct Counting<'a, R> {
    inner: R,
    bytes: &'a std::cell::Cell<u64>,
}

impl<R: Read> Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.bytes.set(self.bytes.get() + n as u64);
        Ok(n)
    }
}

/// The text a JSON property value stands for as a field value; `None` for null.
fn field_text(v: Value) -> Result<Option<String>, ()> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s)),
        Value::Number(n) => Ok(Some(n.to_string())),
        _ => Err(()),
    }
}

/// The CRS a legacy `crs` member names, when it is not WGS84 lon/lat.
fn foreign_crs(crs: &Value) -> Option<String> {
    let name = crs
        .pointer("/properties/name")
        .and_then(Value::as_str)
        .unwrap_or("an unnamed system")
        .to_owned();
    let upper = name.to_ascii_uppercase();
    let wgs84 = upper.ends_with("CRS84") || upper.ends_with("EPSG::4326") || upper == "EPSG:4326";
    (!wgs84).then_some(name)
}

struct Importer<'s, 'c> {
    session: &'s mut ImportSession<'c>,
    unit: Unit,
    /// [`ImportOptions::update`].
    update: bool,
    problems: Vec<Problem>,
    more: usize,
    summary: ImportSummary,
    /// First feature of each id in the file.
    seen: HashMap<Uuid, usize>,
    /// Hazard areas of the file that are not imported.
    refused_hazards: HashMap<Uuid, usize>,
    /// Releases and finds whose hazard area was not yet known when they were read.
    waiting: Vec<(usize, Option<Uuid>, Ready)>,
    /// Repairs of the features read, by position, until their record is added.
    repairs: HashMap<usize, Repaired>,
    /// The names of the features read, by position, for their problems.
    names: HashMap<usize, String>,
}

impl Importer<'_, '_> {
    /// Lists a problem with a feature (`id`: the id the file gave it, if any).
    fn problem(&mut self, feature: Option<usize>, id: Option<Uuid>, message: ProblemText) {
        if self.problems.len() < MAX_PROBLEMS {
            let name = feature.and_then(|n| self.names.get(&n)).cloned();
            self.problems.push(Problem {
                unit: self.unit,
                feature,
                id: id.map(|i| i.to_string()),
                name,
                message,
            });
        } else {
            self.more += 1;
        }
    }

    /// Checks a prepared feature against the file so far and the database, and adds it
    /// when it is new and valid.
    fn apply(&mut self, prepared: Prepared) -> Result<(), StoreError> {
        let Prepared {
            n,
            name,
            repair,
            id,
            given,
            outcome,
        } = prepared;
        if let Some(r) = repair {
            self.repairs.insert(n, *r);
        }
        if let Some(name) = name {
            self.names.insert(n, name);
        }
        let id_text = id.filter(|_| given);
        if let Some(id) = id {
            if let Some(&first) = self.seen.get(&id) {
                self.problem(
                    Some(n),
                    id_text,
                    ProblemReason::SameId {
                        unit: self.unit,
                        first,
                    }
                    .into(),
                );
                return Ok(());
            }
            self.seen.insert(id, n);
        }
        let ready = match outcome {
            Err((message, hazard)) => {
                if let (true, Some(id)) = (hazard, id) {
                    self.refused_hazards.insert(id, n);
                }
                self.problem(Some(n), id_text, message);
                return Ok(());
            }
            Ok(ready) => ready,
        };
        // Into an empty file there is nothing to compare with (and only the row came).
        if let Ready::Record(record) = &ready {
            if let Some(stored) = self.session.get(record.uuid())? {
                if same_content(&stored.clone().without_stamp(), record) {
                    self.summary.unchanged += 1;
                } else if self.update && stored.kind() == record.kind() {
                    let Ready::Record(record) = ready else {
                        return Ok(());
                    };
                    return self.add_when_linked(n, id_text, Ready::Replace(record));
                } else {
                    if record.kind() == RecordKind::HazardArea {
                        self.refused_hazards.insert(record.uuid(), n);
                    }
                    let what = differences(&stored, record);
                    self.problem(Some(n), id_text, ProblemReason::Conflict(what).into());
                }
                return Ok(());
            }
            // Importing an old file again must not bring back what was deleted since.
            if let Some((at, by)) = self.session.deleted(record.uuid())? {
                if self.update {
                    self.summary.kept_deleted += 1;
                    return Ok(());
                }
                if record.kind() == RecordKind::HazardArea {
                    self.refused_hazards.insert(record.uuid(), n);
                }
                self.problem(Some(n), id_text, ProblemReason::Deleted { at, by }.into());
                return Ok(());
            }
        }
        self.add_when_linked(n, id_text, ready)
    }

    /// Adds a record whose hazard area is known; keeps it waiting otherwise.
    fn add_when_linked(
        &mut self,
        n: usize,
        id_text: Option<Uuid>,
        ready: Ready,
    ) -> Result<(), StoreError> {
        if let Some(link) = ready.link() {
            if let Some(&m) = self.refused_hazards.get(&link.id) {
                self.problem(
                    Some(n),
                    id_text,
                    ProblemReason::LinkNotImported {
                        field: link.field,
                        id: link.id,
                        unit: self.unit,
                        feature: m,
                    }
                    .into(),
                );
                return Ok(());
            }
            if !self.session.link_exists(&link)? {
                self.waiting.push((n, id_text, ready));
                return Ok(());
            }
        }
        self.write(n, ready)
    }

    /// Writes a record that is ready: added (with the repair of feature `n`, if any), or
    /// (`Ready::Replace`) a new version.
    fn write(&mut self, n: usize, ready: Ready) -> Result<(), StoreError> {
        if let Ready::Replace(record) = ready {
            self.summary.updated += 1;
            return self.session.update(*record);
        }
        self.added(n, ready.kind());
        self.session.insert_row(ready.into_row())
    }

    /// Counts a record added from feature `n`, with its repair.
    fn added(&mut self, n: usize, kind: RecordKind) {
        self.summary.added[kind.index()] += 1;
        if let Some(r) = self.repairs.remove(&n) {
            self.summary.repaired.push(r);
        }
    }

    /// Settles the records that waited for their hazard area.
    fn finish_waiting(&mut self) -> Result<(), StoreError> {
        for (n, id_text, ready) in std::mem::take(&mut self.waiting) {
            match ready.link() {
                Some(link)
                    if self.refused_hazards.contains_key(&link.id)
                        || !self.session.link_exists(&link)? =>
                {
                    let (field, h) = (link.field, link.id);
                    let message = match self.refused_hazards.get(&h) {
                        Some(&m) => ProblemReason::LinkNotImported {
                            field,
                            id: h,
                            unit: self.unit,
                            feature: m,
                        },
                        None => ProblemReason::NoSuchLink {
                            field,
                            id: h,
                            release_too: link.release_too,
                        },
                    };
                    self.problem(Some(n), id_text, message.into());
                }
                _ => self.write(n, ready)?,
            }
        }
        Ok(())
    }
}

/// A valid feature: its record, to compare with what the database holds, or (into an empty
/// file, where there is nothing to compare with) only the row it is written as, encoded on
/// the reading thread.
enum Ready {
    Record(Box<Record>),
    Row(Row),
    /// A new version of a stored record ([`ImportOptions::update`]).
    Replace(Box<Record>),
}

impl Ready {
    fn kind(&self) -> RecordKind {
        match self {
            Ready::Record(r) | Ready::Replace(r) => r.kind(),
            Ready::Row(r) => r.kind(),
        }
    }

    /// The record it names (see [`Link`]).
    fn link(&self) -> Option<Link> {
        match self {
            Ready::Record(record) | Ready::Replace(record) => Link::of(record),
            Ready::Row(r) => r.link(),
        }
    }

    fn into_row(self) -> Row {
        match self {
            Ready::Record(r) | Ready::Replace(r) => Row::new(&r),
            Ready::Row(r) => r,
        }
    }
}

/// A feature read and checked on its own (no database), ready for [`Importer::apply`].
struct Prepared {
    /// 1-based position in the file.
    n: usize,
    /// Its name, when it has one (cut), to name it in problems.
    name: Option<String>,
    /// Its boundary's repair, when it was repaired.
    repair: Option<Box<Repaired>>,
    /// Its id, when it has a readable one (given, or made for it).
    id: Option<Uuid>,
    /// Whether the file gave the id.
    given: bool,
    /// The record or its row; or why not (and whether it was meant to be a hazard area).
    outcome: Result<Ready, (ProblemText, bool)>,
}

/// A feature's kind: its `kind` property, else `--as`; or why it has none.
fn feature_kind(
    kind: Option<Value>,
    feature: &serde_json::Map<String, Value>,
    origin: geojson::Origin,
    options: &ImportOptions,
) -> Result<RecordKind, ProblemReason> {
    match kind {
        Some(Value::String(k)) => RecordKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == k)
            .ok_or_else(|| ProblemReason::UnknownKind(format!("{:?}", geojson::cut(&k)))),
        None | Some(Value::Null) => options.default_kind.ok_or_else(|| match origin {
            geojson::Origin::BareGeometry => ProblemReason::BareGeometry(geojson::cut(
                feature
                    .get("geometry")
                    .and_then(|g| g.get("type"))
                    .and_then(Value::as_str)
                    .unwrap_or("GeoJSON"),
            )),
            geojson::Origin::Feature => ProblemReason::NoKind,
        }),
        Some(other) => Err(ProblemReason::KindNotText(geojson::cut(&other.to_string()))),
    }
}

/// Reads feature `n` (1-based) into a record, checking everything that needs no database;
/// with its name, for its problems.
fn prepare(
    n: usize,
    value: Value,
    origin: geojson::Origin,
    options: &ImportOptions,
    types: &[model::OrdnanceType],
    encode: bool,
) -> Prepared {
    let name = feature_name(&value, options);
    let mut prepared = prepare_record(n, value, origin, options, types, encode);
    prepared.name = name;
    prepared
}

/// A feature's name: its `name` property, or the column mapped to `name` (cut).
fn feature_name(value: &Value, options: &ImportOptions) -> Option<String> {
    let column = options
        .map
        .iter()
        .find(|(_, f)| f == "name")
        .map_or("name", |(c, _)| c.as_str());
    let name = value.get("properties")?.get(column)?.as_str()?.trim();
    (!name.is_empty()).then(|| geojson::cut(name))
}

/// The record of feature `n`, or why not.
fn prepare_record(
    n: usize,
    value: Value,
    origin: geojson::Origin,
    options: &ImportOptions,
    types: &[model::OrdnanceType],
    encode: bool,
) -> Prepared {
    let fail = |id: Option<Uuid>, given: bool, message: ProblemText, hazard: bool| Prepared {
        n,
        name: None,
        repair: None,
        id,
        given,
        outcome: Err((message, hazard)),
    };
    let Value::Object(mut obj) = value else {
        return fail(None, false, ProblemReason::NotAnObject.into(), false);
    };
    if obj.get("type").and_then(Value::as_str) != Some("Feature") {
        return fail(None, false, ProblemReason::NotAFeature.into(), false);
    }
    let mut props = match obj.shift_remove("properties") {
        None | Some(Value::Null) => Map::new(),
        Some(Value::Object(m)) => m,
        Some(_) => {
            return fail(
                None,
                false,
                ProblemReason::PropertiesNotAnObject.into(),
                false,
            );
        }
    };
    for (column, field) in &options.map {
        if let Some(v) = props.shift_remove(column) {
            props.insert(field.clone(), v);
        }
    }
    // The id: the `id` property, else a UUID feature id; a feature id that is not a UUID is
    // kept as the property `feature_id`.
    let feature_id = obj.shift_remove("id");
    let id_value = match props.shift_remove("id") {
        Some(v) => Some(v),
        None => match feature_id {
            Some(Value::String(s)) if Uuid::parse_str(&s).is_ok() => Some(Value::String(s)),
            Some(other) => {
                props.insert("feature_id".to_owned(), other);
                None
            }
            None => None,
        },
    };
    let given = !matches!(id_value, None | Some(Value::Null));
    let id = match id_value {
        None | Some(Value::Null) => Uuid::new_v4(),
        Some(Value::String(s)) => match Uuid::parse_str(s.trim()) {
            Ok(id) => id,
            Err(_) => {
                return fail(
                    None,
                    false,
                    ProblemReason::IdNotAUuid(format!("{:?}", geojson::cut(&s))).into(),
                    false,
                );
            }
        },
        Some(other) => {
            return fail(
                None,
                false,
                ProblemReason::IdNotAUuid(geojson::cut(&other.to_string())).into(),
                false,
            );
        }
    };
    let kind = match feature_kind(props.shift_remove("kind"), &obj, origin, options) {
        Ok(kind) => kind,
        Err(message) => return fail(Some(id), given, message.into(), false),
    };
    let hazard = kind == RecordKind::HazardArea;
    own_columns(&mut props);
    let mut fields = Fields::new();
    let mut errors = Vec::new();
    // The fields taken out of the properties in one pass (the rest keep their order), then
    // read in the kind's order.
    let names = kind.fields();
    let mut taken: Vec<Option<Value>> = vec![None; names.len()];
    props.retain(|k, v| match names.iter().position(|n| n == k) {
        Some(i) => {
            taken[i] = Some(std::mem::take(v));
            false
        }
        None => true,
    });
    for (name, v) in names.iter().zip(taken) {
        if let Some(v) = v {
            match field_text(v) {
                Ok(Some(t)) => {
                    fields.insert((*name).to_owned(), t);
                }
                Ok(None) => {}
                Err(()) => errors.push(ProblemReason::NotTextOrNumber(name)),
            }
        }
    }
    // A field given with `--set` fills the features of the kinds that have it (a GPX file
    // holds finds and boundaries together).
    for (k, v) in &options.set {
        if kind.fields().contains(&k.as_str()) {
            fields.entry(k.clone()).or_insert_with(|| v.clone());
        }
    }
    let geometry = feature_geometry(obj.get("geometry"), &mut errors);
    let name = fields
        .get("name")
        .cloned()
        .or_else(|| props.get("name").and_then(Value::as_str).map(str::to_owned));
    let (geometry, repair) = match (geometry, options.repair) {
        (Some(g), Some(policy)) => match repaired(g, policy, &mut props) {
            Ok(done) => done,
            Err(message) => {
                errors.push(ProblemReason::Text(message));
                (None, None)
            }
        },
        (g, _) => (g, None),
    };
    // The fields are checked even when the geometry is not readable, so that every problem
    // is listed at once.
    let have_geometry = geometry.is_some();
    let built = model::build(
        kind,
        RecordInput {
            id: Some(id),
            geometry,
            fields,
            extra: props,
        },
        types,
    )
    .map_err(|mut invalid| {
        if !have_geometry {
            // Already said above, better.
            invalid.errors.retain(|e| e.field != "geometry");
        }
        for e in &mut invalid.errors {
            e.value = geojson::cut(&e.value);
        }
        if !invalid.errors.is_empty() {
            errors.push(ProblemReason::Invalid(invalid));
        }
    })
    .ok();
    match built {
        Some(record) if errors.is_empty() => Prepared {
            n,
            name: None,
            repair: repair.map(|r| {
                Box::new(Repaired {
                    feature: n,
                    id,
                    name: name.clone(),
                    problems: r.problems,
                    before_m2: r.before.0,
                    after_m2: r.after.0,
                })
            }),
            id: Some(id),
            given,
            outcome: Ok({
                if encode {
                    Ready::Row(Row::new(&record))
                } else {
                    Ready::Record(Box::new(record))
                }
            }),
        },
        _ => fail(Some(id), given, ProblemText(errors), hazard),
    }
}

/// A feature's geometry, or `None` with why in `errors` (none, unreadable, or in projected
/// metres rather than lon/lat).
fn feature_geometry(
    geometry: Option<&Value>,
    errors: &mut Vec<ProblemReason>,
) -> Option<geo_types::Geometry<f64>> {
    match geometry {
        None | Some(Value::Null) => {
            errors.push(ProblemReason::NoGeometry);
            None
        }
        Some(g) => match geojson::geometry(g) {
            Ok(g) => match projected_rings(&g) {
                rings if rings.is_empty() => Some(g),
                rings => {
                    errors.extend(rings.into_iter().map(ProblemReason::ProjectedRing));
                    None
                }
            },
            Err(reason) => {
                errors.push(ProblemReason::Text(format!("geometry {reason}")));
                None
            }
        },
    }
}

/// `g` repaired when it is an invalid boundary that a repair mends within `policy`, with
/// the repair noted in the record's kept properties (`repaired_on_import`, so the change
/// log's version says it); else `g` as it is, or why its repair is refused.
fn repaired(
    g: geo_types::Geometry<f64>,
    policy: RepairPolicy,
    props: &mut Map<String, Value>,
) -> Result<
    (
        Option<geo_types::Geometry<f64>>,
        Option<crate::geom::repair::Repair>,
    ),
    String,
> {
    let mp = match &g {
        geo_types::Geometry::Polygon(p) => geo_types::MultiPolygon(vec![p.clone()]),
        geo_types::Geometry::MultiPolygon(mp) => mp.clone(),
        _ => return Ok((Some(g), None)),
    };
    let r = match crate::geom::repair::repair(&mp) {
        Ok(Some(r)) => r,
        // Valid, or a problem no repair mends: the record is built and refused as always.
        Ok(None) | Err(crate::geom::repair::NotRepaired::Unrepairable(_)) => {
            return Ok((Some(g), None));
        }
        Err(e) => return Err(format!("geometry not repaired: {e}")),
    };
    let change = r.change();
    if change > policy.tolerance && !policy.accept_all {
        return Err(format!(
            "geometry {}: repairing it changes its area by {:.1} % (from {:.1} m² to {:.1} m²), more than {} %; \
             not imported (--accept-repairs to take it)",
            r.problems.join("; "),
            change * 100.0,
            r.before.0,
            r.after.0,
            policy.tolerance * 100.0
        ));
    }
    props.insert(
        "repaired_on_import".to_owned(),
        serde_json::json!({
            "problems": r.problems,
            "area_before_m2": r.before.0,
            "area_after_m2": r.after.0,
        }),
    );
    let g = geo_types::Geometry::MultiPolygon(r.geometry.clone());
    Ok((Some(g), Some(r)))
}

/// `prepared` (made with its record kept, not encoded) with the record's dates moved by
/// `days`, or the problem that they cannot be; its row encoded afterwards when `encode`.
fn shifted(mut prepared: Prepared, days: i64, encode: bool) -> Prepared {
    if let Ok(Ready::Record(record)) = &prepared.outcome {
        let moved = if days == 0 {
            Some((**record).clone())
        } else {
            record.shifted(days)
        };
        prepared.outcome = match moved {
            Some(moved) if encode => Ok(Ready::Row(Row::new(&moved))),
            Some(moved) => Ok(Ready::Record(Box::new(moved))),
            None => Err((
                ProblemReason::DatesShiftedOut(days).into(),
                record.kind() == RecordKind::HazardArea,
            )),
        };
    }
    prepared
}

/// The newest date of the features in `reader` (their [`model::DATE_FIELDS`] that are
/// dates), or `None` when there is none; reads the file without checking the features.
pub fn newest_date(reader: impl Read) -> Result<Option<NaiveDate>, FileError> {
    let mut newest: Option<NaiveDate> = None;
    let read = geojson::read_features(reader, |_, feature, _| {
        let props = feature.get("properties").and_then(Value::as_object);
        for name in model::DATE_FIELDS {
            let date = props
                .and_then(|p| p.get(name))
                .and_then(Value::as_str)
                .and_then(|t| model::parse_date(t).ok());
            newest = newest.max(date);
        }
        Ok::<(), ()>(())
    })?;
    // The callback never stops the reading.
    let _ = read;
    Ok(newest)
}

/// The rings of `g` whose coordinates all look like projected metres (UTM and the like: a
/// value beyond ±1000), so that such a file gets one message per ring instead of one per
/// vertex.
fn projected_rings(g: &geo_types::Geometry<f64>) -> Vec<crate::geom::Part> {
    use crate::geom::Part;
    use geo_types::Geometry;
    let projected = |c: &geo_types::Coord<f64>| {
        c.x.is_finite() && c.y.is_finite() && (c.x.abs() > 1000.0 || c.y.abs() > 1000.0)
    };
    let polygons: Vec<&geo_types::Polygon<f64>> = match g {
        Geometry::Polygon(p) => vec![p],
        Geometry::MultiPolygon(mp) => mp.0.iter().collect(),
        _ => return Vec::new(),
    };
    let many = polygons.len() > 1;
    let mut out = Vec::new();
    for (pi, polygon) in polygons.iter().enumerate() {
        let rings = std::iter::once(polygon.exterior()).chain(polygon.interiors());
        for (ri, ring) in rings.enumerate() {
            // All of them: a single mistyped vertex is better named by its index (the
            // geometry checks do that).
            if !ring.0.is_empty() && ring.0.iter().all(projected) {
                out.push(match (many, ri) {
                    (false, 0) => Part::ExteriorRing,
                    (false, r) => Part::InteriorRing(r),
                    (true, 0) => Part::PolygonExteriorRing(pi + 1),
                    (true, r) => Part::PolygonInteriorRing(pi + 1, r),
                });
            }
        }
    }
    out
}

/// The columns of Clearfield's own tables that GDAL (`ogr2ogr` of a layer of the file, or
/// a GeoPackage made from an export and written out again) hands back as properties: the
/// stamps, which the database makes anew, and `extra`, the kept properties as one JSON
/// object (nested, or as text), which are the record's properties again. Only when all three
/// stamps are there, so a `created_at` of a file from elsewhere stays a kept property.
fn own_columns(props: &mut Map<String, Value>) {
    const STAMPS: [&str; 3] = ["created_at", "modified_at", "modified_by"];
    if !STAMPS.iter().all(|k| props.contains_key(*k)) {
        return;
    }
    for k in STAMPS {
        props.shift_remove(k);
    }
    let nested = match props.get("extra") {
        Some(Value::Object(m)) => Some(m.clone()),
        Some(Value::String(text)) => match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(m)) => Some(m),
            _ => None,
        },
        Some(Value::Null) => Some(Map::new()),
        _ => None,
    };
    if let Some(nested) = nested {
        props.shift_remove("extra");
        for (k, v) in nested {
            props.entry(k).or_insert(v);
        }
    }
}

/// Whether two records hold the same content, their kept properties compared as JSON
/// values: numbers by value (`1.50` and `1.5`, `1e29` and `9.9999999999999991e+28` as GDAL
/// writes it, are the same number), objects whatever their order.
fn same_content(a: &Record, b: &Record) -> bool {
    let without_extra = |r: &Record| {
        let mut r = r.clone();
        match &mut r {
            Record::Hazard(h) => h.extra = model::Extra::new(),
            Record::Release(x) => x.extra = model::Extra::new(),
            Record::Find(f) => f.extra = model::Extra::new(),
            Record::Survey(p) => p.extra = model::Extra::new(),
            Record::Evidence(e) => e.extra = model::Extra::new(),
        }
        r
    };
    same_json_map(a.extra(), b.extra()) && without_extra(a) == without_extra(b)
}

fn same_json_map(a: &Map<String, Value>, b: &Map<String, Value>) -> bool {
    a.len() == b.len()
        && a.iter()
            .all(|(k, v)| b.get(k).is_some_and(|w| same_json(v, w)))
}

fn same_json(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            x == y || matches!((x.as_f64(), y.as_f64()), (Some(p), Some(q)) if p == q)
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_json(p, q))
        }
        (Value::Object(x), Value::Object(y)) => same_json_map(x, y),
        _ => a == b,
    }
}

/// Names what differs between a stored record and an incoming one.
fn differences(stored: &Record, incoming: &Record) -> String {
    if stored.kind() != incoming.kind() {
        return format!("kind ({})", stored.kind());
    }
    let (a, b) = (stored.fields(), incoming.fields());
    let mut names: Vec<&str> = stored
        .kind()
        .fields()
        .iter()
        .copied()
        .filter(|f| a.get(*f) != b.get(*f))
        .collect();
    if stored.geometry() != incoming.geometry() {
        names.push("geometry");
    }
    if !same_json_map(stored.extra(), incoming.extra()) {
        names.push("other properties");
    }
    if names.is_empty() {
        "content".to_owned()
    } else {
        names.join(", ")
    }
}

/// Imports the GeoJSON in `reader` into `store`; see the module documentation.
pub fn import(
    store: &mut Store,
    reader: impl Read + Send,
    options: &ImportOptions,
    actor: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportSummary, ImportError> {
    import_shifted(store, reader, options, 0, actor, progress)
}

/// As [`import`], with every date of every record moved by `days` (earlier when negative;
/// [`Record::shifted`]) once the feature is read and checked. A record whose dates would
/// leave the years 1900 to 2199 is a problem of its feature. The bundled demo is loaded so
/// (`crate::demo::load`).
pub fn import_shifted(
    store: &mut Store,
    reader: impl Read + Send,
    options: &ImportOptions,
    days: i64,
    actor: &str,
    progress: &mut dyn FnMut(Progress),
) -> Result<ImportSummary, ImportError> {
    let mut session = store.import_session(actor)?;
    let types = session.ordnance_types().to_vec();
    // Into an empty file every valid feature is written: its row is encoded on the reading
    // thread, and the record goes no further. Otherwise most may already be there (a file
    // imported again): records are compared, and only those written are encoded.
    let encode = session.started_empty();
    let mut imp = Importer {
        session: &mut session,
        unit: options.unit,
        update: options.update,
        problems: Vec::new(),
        more: 0,
        summary: ImportSummary::default(),
        seen: HashMap::new(),
        refused_hazards: HashMap::new(),
        waiting: Vec::new(),
        repairs: HashMap::new(),
        names: HashMap::new(),
    };
    // One thread reads and checks features, this one writes them: the two overlap. Features
    // travel in batches so the threads do not wake each other for every one.
    const BATCH: usize = 512;
    let (send, receive) = std::sync::mpsc::sync_channel::<(Vec<Prepared>, u64)>(16);
    let header = std::thread::scope(
        |scope| -> Result<Result<geojson::Header, ()>, ImportError> {
            let reading = std::thread::Builder::new()
                .name("import-reader".to_owned())
                .spawn_scoped(scope, move || {
                    let bytes = std::cell::Cell::new(0u64);
                    let counted = Counting {
                        inner: reader,
                        bytes: &bytes,
                    };
                    let mut batch = Vec::with_capacity(BATCH);
                    let read = geojson::read_features(counted, |i, v, origin| {
                        let prepared = if days == 0 {
                            prepare(i + 1, v, origin, options, &types, encode)
                        } else {
                            // Dates moved before the row is encoded.
                            let kept = prepare(i + 1, v, origin, options, &types, false);
                            shifted(kept, days, encode)
                        };
                        batch.push(prepared);
                        if batch.len() == BATCH {
                            // A closed channel means the writer stopped on an error: stop reading.
                            send.send((
                                std::mem::replace(&mut batch, Vec::with_capacity(BATCH)),
                                bytes.get(),
                            ))
                            .map_err(|_| ())?;
                        }
                        Ok(())
                    });
                    if !batch.is_empty() {
                        let _ = send.send((batch, bytes.get()));
                    }
                    read
                })
                .map_err(|error| StoreError::Io {
                    path: std::path::PathBuf::from("-"),
                    error,
                })?;
            let mut failed = None;
            'batches: for (batch, bytes) in receive.iter() {
                for prepared in batch {
                    let features = prepared.n;
                    if let Err(e) = imp.apply(prepared) {
                        failed = Some(e);
                        break 'batches;
                    }
                    progress(Progress { features, bytes });
                }
            }
            drop(receive);
            let read = reading.join().map_err(|_| StoreError::Io {
                path: std::path::PathBuf::from("-"),
                error: std::io::Error::other("the reading thread failed"),
            })?;
            if let Some(e) = failed {
                return Err(e.into());
            }
            Ok(read?)
        },
    )?;
    let Ok(header) = header else {
        return Err(ImportError::Store(StoreError::Io {
            path: std::path::PathBuf::from("-"),
            error: std::io::Error::other("reading stopped"),
        }));
    };
    imp.finish_waiting()?;
    let mut problems = Vec::new();
    if let Some(name) = header.crs.as_ref().and_then(foreign_crs) {
        problems.push(Problem {
            unit: options.unit,
            feature: None,
            id: None,
            name: None,
            message: ProblemReason::ForeignCrs(name).into(),
        });
    }
    let file_level = !problems.is_empty();
    problems.append(&mut imp.problems);
    let more = imp.more;
    let mut summary = std::mem::take(&mut imp.summary);
    if problems.is_empty() || (options.skip_invalid && !file_level) {
        // Nothing new (a file imported before): leave the file exactly as it was.
        if summary.added.iter().sum::<usize>() + summary.updated > 0 {
            session.commit()?;
        }
        summary.skipped = problems;
        summary.more_skipped = more;
        Ok(summary)
    } else {
        Err(ImportError::Rejected { problems, more })
    }
}

/// One feature as the import would read it, for a look before anything is written.
#[derive(Clone, Debug, PartialEq)]
pub struct Previewed {
    /// 1-based position in the file.
    pub feature: usize,
    /// Its kind, when known.
    pub kind: Option<RecordKind>,
    /// Its name, when it has one.
    pub name: Option<String>,
    /// Its geometry as it would be stored (repaired, when asked and repairable), when
    /// readable.
    pub geometry: Option<geo_types::Geometry<f64>>,
    /// Why it would be refused.
    pub problem: Option<ProblemText>,
    /// Where its boundary crosses itself (lon, lat), to be shown.
    pub crossings: Vec<[f64; 2]>,
    /// Whether its boundary would be repaired (`--repair`).
    pub repaired: bool,
}

/// Every feature of a file as the import would read it: the checks that need no database
/// (the fields, the geometry, a repair). Those against the database (an id already there
/// with other content, a deleted record, a hazard area named by a link) are made by the
/// import itself. Nothing is written.
pub fn preview(
    reader: impl Read,
    options: &ImportOptions,
    types: &[model::OrdnanceType],
) -> Result<Vec<Previewed>, ImportError> {
    let mut out = Vec::new();
    let read = geojson::read_features(reader, |i, v, origin| -> Result<(), ()> {
        let read_geometry = v.get("geometry").and_then(|g| geojson::geometry(g).ok());
        let crossings = read_geometry.as_ref().map(crossings).unwrap_or_default();
        let prepared = prepare(i + 1, v, origin, options, types, false);
        let name = prepared.name.clone();
        let repaired = prepared.repair.is_some();
        let (kind, geometry, problem) = match prepared.outcome {
            Ok(ready) => match ready {
                Ready::Record(r) | Ready::Replace(r) => (Some(r.kind()), Some(r.geometry()), None),
                Ready::Row(r) => (Some(r.kind()), read_geometry, None),
            },
            Err((message, _)) => (options.default_kind, read_geometry, Some(message)),
        };
        out.push(Previewed {
            feature: i + 1,
            kind,
            name,
            geometry,
            problem,
            crossings,
            repaired,
        });
        Ok(())
    })?;
    let header = read.map_err(|()| {
        ImportError::Store(StoreError::Io {
            path: std::path::PathBuf::from("-"),
            error: std::io::Error::other("reading stopped"),
        })
    })?;
    if let Some(name) = header.crs.as_ref().and_then(foreign_crs) {
        out.push(Previewed {
            feature: 0,
            kind: None,
            name: None,
            geometry: None,
            problem: Some(ProblemReason::FileCrs(name).into()),
            crossings: Vec::new(),
            repaired: false,
        });
    }
    Ok(out)
}

/// Where a boundary crosses or touches itself, as the validation finds it.
fn crossings(g: &geo_types::Geometry<f64>) -> Vec<[f64; 2]> {
    let mp = match g {
        geo_types::Geometry::Polygon(p) => geo_types::MultiPolygon(vec![p.clone()]),
        geo_types::Geometry::MultiPolygon(mp) => mp.clone(),
        _ => return Vec::new(),
    };
    crate::geom::validate_area(&mp)
        .into_iter()
        .filter_map(|p| match p {
            crate::geom::GeometryProblem::SelfIntersection { lon, lat, .. } => Some([lon, lat]),
            _ => None,
        })
        .collect()
}

/// What to export.
#[derive(Clone, Debug, Default)]
pub struct ExportOptions {
    /// Only these kinds (all when empty).
    pub kinds: Vec<RecordKind>,
    /// Only records that existed on this date (surveyed, completed or found by then).
    pub as_of: Option<NaiveDate>,
}

/// What an export wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExportSummary {
    /// Features written, by kind (hazard areas, releases, finds).
    pub written: [usize; RecordKind::COUNT],
    /// Stored rows that are not valid records and were not written (see `clearfield check`).
    pub unreadable: Vec<String>,
    /// Photo files written into the folder beside the export ([`export_to_path`]).
    pub photos: usize,
}

/// The properties of a record's feature: kind, id, fields (numbers as numbers), then the
/// properties kept from imports.
pub fn properties(record: &Record) -> Map<String, Value> {
    let mut p = Map::new();
    p.insert(
        "kind".to_owned(),
        Value::String(record.kind().as_str().to_owned()),
    );
    p.insert("id".to_owned(), Value::String(record.uuid().to_string()));
    let fields = record.fields();
    for name in record.kind().fields() {
        if let Some(v) = fields.get(*name) {
            let value = if model::INTEGER_FIELDS.contains(name) {
                v.parse::<u64>()
                    .map(Value::from)
                    .unwrap_or_else(|_| Value::String(v.clone()))
            } else if model::REAL_FIELDS.contains(name) {
                v.parse::<f64>()
                    .ok()
                    .and_then(|x| serde_json::Number::from_f64(x).map(Value::Number))
                    .unwrap_or_else(|| Value::String(v.clone()))
            } else {
                Value::String(v.clone())
            };
            p.insert((*name).to_owned(), value);
        }
    }
    for (k, v) in record.extra() {
        p.entry(k.clone()).or_insert_with(|| v.clone());
    }
    p
}

fn existed_on(record: &Record, d: NaiveDate) -> bool {
    match record {
        Record::Hazard(h) => h.surveyed_on <= d,
        Record::Release(r) => r.completed_on <= d,
        Record::Find(f) => f.found_on <= d,
        // A survey point has no date of its own: it is kept with what it marks.
        Record::Survey(_) => true,
        Record::Evidence(e) => e.recorded_on <= d,
    }
}

/// The records to export, kind by kind in [`RecordKind::ALL`] order (each kind's records
/// unsorted); rows that are not valid records are listed in `summary`.
fn selected(
    store: &Store,
    options: &ExportOptions,
    summary: &mut ExportSummary,
) -> Result<Vec<Vec<Record>>, ExportError> {
    let kinds: Vec<RecordKind> = if options.kinds.is_empty() {
        RecordKind::ALL.to_vec()
    } else {
        RecordKind::ALL
            .iter()
            .copied()
            .filter(|k| options.kinds.contains(k))
            .collect()
    };
    let mut by_kind = Vec::with_capacity(kinds.len());
    for kind in kinds {
        let loaded = store.load(kind)?;
        summary
            .unreadable
            .extend(loaded.problems.iter().map(ToString::to_string));
        let mut these = loaded.records;
        if let Some(d) = options.as_of {
            these.retain(|r| existed_on(r, d));
        }
        by_kind.push(these);
    }
    Ok(by_kind)
}

/// Exports to shapefiles beside `path` (`sites.shp` → `sites_hazard_area.shp`,
/// `sites_ordnance_find.shp`…, one per kind that has records, since a shapefile holds one
/// geometry type), each record's [`properties`] as its attributes, records by id. All the
/// files take their names only once every one is written. Returns the `.shp` files written.
pub fn export_shapefile(
    store: &Store,
    path: &std::path::Path,
    options: &ExportOptions,
) -> Result<(ExportSummary, Vec<std::path::PathBuf>), ExportError> {
    use crate::io::shapefile::{Layer, layer_path, write_layers};
    let mut summary = ExportSummary::default();
    let by_kind = selected(store, options, &mut summary)?;
    let mut layers = Vec::new();
    for mut these in by_kind {
        let Some(kind) = these.first().map(Record::kind) else {
            continue;
        };
        let suffix = kind.as_str().to_owned();
        for ext in ["shp", "shx", "dbf", "prj", "cpg"] {
            if crate::store::part_of_database(
                &layer_path(path, &suffix).with_extension(ext),
                store.path(),
            ) {
                return Err(ExportError::Io(std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    "it would overwrite the database being exported; choose another name",
                )));
            }
        }
        these.sort_by_key(Record::uuid);
        summary.written[kind.index()] += these.len();
        let features = these
            .iter()
            .map(|r| (r.geometry(), properties(r)))
            .collect();
        layers.push(Layer { suffix, features });
    }
    let written = write_layers(path, &layers)?;
    Ok((summary, written))
}

/// Writes the records as one RFC 7946 FeatureCollection: hazard areas, then releases, then
/// finds, each by id, so the same database always gives the same bytes.
pub fn export(
    store: &Store,
    writer: impl Write,
    options: &ExportOptions,
) -> Result<ExportSummary, ExportError> {
    Ok(export_linked(store, writer, options, &HashMap::new())?.0)
}

/// [`export`], each feature whose record is in `photos` given the property `photos` (its
/// links); also returns the records written that are in `photos`.
fn export_linked(
    store: &Store,
    writer: impl Write,
    options: &ExportOptions,
    photos: &HashMap<Uuid, Value>,
) -> Result<(ExportSummary, Vec<Uuid>), ExportError> {
    use rayon::prelude::*;
    let mut summary = ExportSummary::default();
    let by_kind = selected(store, options, &mut summary)?;
    // The records are put in order by reference: moving them is what costs.
    let mut records: Vec<&Record> = Vec::with_capacity(by_kind.iter().map(Vec::len).sum());
    for these in &by_kind {
        let start = records.len();
        records.extend(these);
        records[start..].sort_by_key(|r| r.uuid());
    }
    let bbox = records.iter().filter_map(|r| bounds(r)).reduce(|a, b| {
        Rect::new(
            geo_types::coord! { x: a.min().x.min(b.min().x), y: a.min().y.min(b.min().y) },
            geo_types::coord! { x: a.max().x.max(b.max().x), y: a.max().y.max(b.max().y) },
        )
    });
    let mut out = CollectionWriter::new(std::io::BufWriter::with_capacity(1 << 16, writer), bbox)?;
    // Features are serialised in chunks on rayon's threads and written in order, a window of
    // chunks at a time so that the whole file is never held in memory.
    const CHUNK: usize = 256;
    const WINDOW: usize = 64 * CHUNK;
    for window in records.chunks(WINDOW) {
        let parts: Vec<geojson::SerialisedFeatures> = window
            .par_chunks(CHUNK)
            .map(|chunk| {
                let mut features = geojson::SerialisedFeatures::default();
                for r in chunk {
                    push_feature(&mut features, r, photos.get(&r.uuid()));
                }
                features
            })
            .collect();
        for part in &parts {
            out.write_features(part)?;
        }
    }
    let mut linked = Vec::new();
    for r in &records {
        summary.written[r.kind().index()] += 1;
        if photos.contains_key(&r.uuid()) {
            linked.push(r.uuid());
        }
    }
    out.finish()?;
    Ok((summary, linked))
}

/// The bounding box of a record's geometry.
fn bounds(record: &Record) -> Option<Rect<f64>> {
    match record {
        Record::Hazard(h) => h.geometry.bounding_rect(),
        Record::Release(r) => r.geometry.bounding_rect(),
        Record::Find(f) => Some(f.location.bounding_rect()),
        Record::Survey(p) => Some(p.location.bounding_rect()),
        Record::Evidence(e) => Some(e.location.bounding_rect()),
    }
}

/// Adds a record's feature: its geometry and [`properties`], written without building them,
/// and its photos' links when it has some (a kept property of that name then gives way).
fn push_feature(out: &mut geojson::SerialisedFeatures, record: &Record, photos: Option<&Value>) {
    use geojson::PropertyValue;
    let shape = match record {
        Record::Hazard(h) => geojson::Shape::MultiPolygon(&h.geometry),
        Record::Release(r) => geojson::Shape::MultiPolygon(&r.geometry),
        Record::Find(f) => geojson::Shape::Point(&f.location),
        Record::Survey(p) => geojson::Shape::Point(&p.location),
        Record::Evidence(e) => geojson::Shape::Point(&e.location),
    };
    let id = record.uuid();
    let mut props: Vec<(&str, PropertyValue<'_>)> = Vec::with_capacity(16);
    props.push(("kind", PropertyValue::Text(record.kind().as_str())));
    props.push(("id", PropertyValue::Shown(&id)));
    record.each_field(&mut |name, value| {
        props.push((
            name,
            if model::INTEGER_FIELDS.contains(&name) {
                PropertyValue::Count(value)
            } else if model::REAL_FIELDS.contains(&name) {
                PropertyValue::Number(value)
            } else {
                PropertyValue::Shown(value)
            },
        ));
    });
    if let Some(links) = photos {
        props.push(("photos", PropertyValue::Json(links)));
    }
    let named = props.len();
    for (k, v) in record.extra() {
        if !props[..named].iter().any(|(n, _)| *n == k.as_str()) {
            props.push((k.as_str(), PropertyValue::Json(v)));
        }
    }
    out.push(shape, props);
}

/// Opens the file at `path` to import into the database at `db`, refusing the database
/// itself: it is not GeoJSON, and reading it with plain file IO would drop the SQLite locks
/// this process holds on it (see `Store::open`).
pub fn open_source(path: &std::path::Path, db: &std::path::Path) -> std::io::Result<std::fs::File> {
    if crate::store::part_of_database(path, db) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "it is the database being imported into (or its journal); choose a GeoJSON file",
        ));
    }
    std::fs::File::open(path)
}

/// Exports to the file at `path` through a temporary file beside it, so that a failed export
/// never leaves half a file under the name. The photos of the records written go into a
/// folder beside it (`out.geojson` → `out_photos/`, [`crate::io::photo::folder_for`]), one
/// file per photo named by its id, and each such feature's property `photos` lists their
/// relative links (`out_photos/<id>.jpg`); the folder is written aside and takes its name
/// just before the GeoJSON does. No photos, no folder.
pub fn export_to_path(
    store: &Store,
    path: &std::path::Path,
    options: &ExportOptions,
) -> Result<ExportSummary, ExportError> {
    if crate::store::part_of_database(path, store.path()) {
        return Err(ExportError::Io(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "it is the database being exported (or its journal); choose another file",
        )));
    }
    let attached = store.attached_photos()?;
    let file = crate::io::AtomicFile::new(path)?;
    if attached.is_empty() {
        let summary = export(store, std::fs::File::create(file.temp_path())?, options)?;
        file.commit()?;
        return Ok(summary);
    }
    let folder = crate::io::photo::folder_for(path);
    let folder_name = folder
        .file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let file_name = |p: &crate::store::photos::Photo| {
        let kind = if p.content_type == "image/png" {
            crate::io::photo::ImageType::Png
        } else {
            crate::io::photo::ImageType::Jpeg
        };
        format!("{}.{}", p.id, kind.extension())
    };
    let mut links: HashMap<Uuid, Value> = HashMap::new();
    let mut of_record: HashMap<Uuid, Vec<&crate::store::photos::Photo>> = HashMap::new();
    for (record, photo) in &attached {
        let link = Value::String(format!("{folder_name}/{}", file_name(photo)));
        if let Value::Array(a) = links
            .entry(*record)
            .or_insert_with(|| Value::Array(Vec::new()))
        {
            a.push(link);
        }
        of_record.entry(*record).or_default().push(photo);
    }
    let (mut summary, linked) = export_linked(
        store,
        std::fs::File::create(file.temp_path())?,
        options,
        &links,
    )?;
    let staged = crate::io::photo::PhotoFolder::new(&folder)?;
    let mut written = std::collections::HashSet::new();
    for record in linked {
        for photo in of_record.get(&record).into_iter().flatten() {
            if written.insert(photo.id) {
                staged.write(&file_name(photo), &store.photo(photo.id)?)?;
            }
        }
    }
    summary.photos = written.len();
    staged.commit()?;
    file.commit()?;
    Ok(summary)
}

/// A format `export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// RFC 7946 GeoJSON, every record with every field.
    GeoJson,
    /// GPX 1.1 for a team's GPS: point records as waypoints, the land still contaminated
    /// as routes.
    Gpx,
    /// KML 2.2 for Google Earth.
    Kml,
    /// ESRI Shapefiles for ArcGIS, one per kind ([`export_shapefile`]).
    Shapefile,
}

impl ExportFormat {
    /// The format named (`geojson`, `gpx`, `kml`, `shp`, any case), or the one a file's
    /// extension says (`.geojson`/`.json`, `.gpx`, `.kml`, `.shp`).
    ///
    /// ```
    /// use clearfield::exchange::ExportFormat;
    /// assert_eq!(ExportFormat::named("KML"), Some(ExportFormat::Kml));
    /// assert_eq!(ExportFormat::of_path(std::path::Path::new("team.GPX")), Some(ExportFormat::Gpx));
    /// assert_eq!(ExportFormat::of_path(std::path::Path::new("out.txt")), None);
    /// ```
    pub fn named(name: &str) -> Option<ExportFormat> {
        match name.to_ascii_lowercase().as_str() {
            "geojson" | "json" => Some(ExportFormat::GeoJson),
            "gpx" => Some(ExportFormat::Gpx),
            "kml" => Some(ExportFormat::Kml),
            "shp" => Some(ExportFormat::Shapefile),
            _ => None,
        }
    }

    /// The format a file's extension says, if it says one.
    pub fn of_path(path: &std::path::Path) -> Option<ExportFormat> {
        ExportFormat::named(path.extension()?.to_str()?)
    }
}

/// What an export to GPX or KML wrote.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OutsideExport {
    /// The file's content.
    pub bytes: Vec<u8>,
    /// Records written, by kind (for GPX, hazard areas with land still contaminated).
    pub written: [usize; RecordKind::COUNT],
    /// GPX routes written (one per ring of land still contaminated).
    pub routes: usize,
    /// What the user must be told about the file (routes too long for a Garmin unit).
    pub warnings: Vec<String>,
    /// Stored rows that are not valid records and were not written.
    pub unreadable: Vec<String>,
}

/// The records `options` selects, by kind then id, and the rows that could not be read.
fn selected_by_id(
    store: &Store,
    options: &ExportOptions,
) -> Result<(Vec<Record>, Vec<String>), ExportError> {
    let mut summary = ExportSummary::default();
    let mut records = Vec::new();
    for mut these in selected(store, options, &mut summary)? {
        these.sort_by_key(Record::uuid);
        records.extend(these);
    }
    Ok((records, summary.unreadable))
}

/// A GPX file for a team's GPS (`io::gpx::write_gpx`): the finds, evidence and survey points
/// `options` selects as waypoints and, unless `options.kinds` leaves hazard areas out, each
/// hazard area's land still contaminated at `as_of` as routes (its outline less the releases
/// recorded on it, as `status --by-hazard` measures it; all releases count, whatever the
/// kinds asked for).
pub fn export_gpx(
    store: &Store,
    options: &ExportOptions,
    as_of: NaiveDate,
) -> Result<OutsideExport, ExportError> {
    let (records, unreadable) = selected_by_id(store, options)?;
    let points: Vec<&Record> = records.iter().filter(|r| r.kind().is_point()).collect();
    let mut out = OutsideExport {
        unreadable,
        ..OutsideExport::default()
    };
    for r in &points {
        out.written[r.kind().index()] += 1;
    }
    let mut remaining = Vec::new();
    if options.kinds.is_empty() || options.kinds.contains(&RecordKind::HazardArea) {
        let areas = crate::status::load(store)?;
        let engine = crate::geom::engine::Engine::new(&areas.hazards, &areas.releases, as_of);
        for (_, name, land) in engine.remaining_by_hazard() {
            if !land.0.is_empty() {
                out.written[RecordKind::HazardArea.index()] += 1;
                out.routes += land
                    .0
                    .iter()
                    .map(|p| 1 + p.interiors().len())
                    .sum::<usize>();
                remaining.push((name, land));
            }
        }
    }
    let (bytes, warnings) = crate::io::gpx::write_gpx(&points, &remaining)
        .map_err(|e| ExportError::Io(std::io::Error::other(e.to_string())))?;
    out.bytes = bytes;
    out.warnings = warnings;
    Ok(out)
}

/// A KML file for Google Earth (`io::kml::write_kml`): the records `options` selects, in a
/// Folder per kind, each with its fields as `ExtendedData` ([`properties`]).
pub fn export_kml(store: &Store, options: &ExportOptions) -> Result<OutsideExport, ExportError> {
    let (records, unreadable) = selected_by_id(store, options)?;
    let mut out = OutsideExport {
        unreadable,
        ..OutsideExport::default()
    };
    let with_props: Vec<(&Record, Map<String, Value>)> =
        records.iter().map(|r| (r, properties(r))).collect();
    for r in &records {
        out.written[r.kind().index()] += 1;
    }
    out.bytes = crate::io::kml::write_kml(&with_props).into_bytes();
    Ok(out)
}

/// What an export to a file said: what was written, and what the user should be warned of.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FileExport {
    /// What was written where, as values (said in a language by `said::written`:
    /// `exported 3 hazard areas, … to out.gpx`).
    pub written: Vec<Written>,
    /// Routes too long for a Garmin unit, stored rows that are not valid records.
    pub warnings: Vec<String>,
}

/// One thing an export to a file wrote ([`FileExport::written`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Written {
    /// Records of each kind written to `to` (a file, or several shapefiles' names joined
    /// by `, `; empty: nothing to export, no file), as `routes` routes for GPX.
    Records {
        /// How many of each kind.
        counts: [usize; RecordKind::COUNT],
        /// Where.
        to: String,
        /// GPX: how many routes.
        routes: Option<usize>,
    },
    /// Photos written to a folder beside a GeoJSON.
    Photos {
        /// How many.
        count: usize,
        /// The folder.
        folder: std::path::PathBuf,
    },
}

/// Exports what `options` selects to `path` in `format`, whole or not at all, for the
/// command line and the app alike: GeoJSON (with the photos in a folder beside it), GPX
/// (the land still contaminated at `options.as_of`, else `today`), KML, or shapefiles.
pub fn export_file(
    store: &Store,
    path: &std::path::Path,
    format: ExportFormat,
    options: &ExportOptions,
    today: NaiveDate,
) -> Result<FileExport, ExportError> {
    let shown = path.display();
    let mut done = FileExport::default();
    let unreadable = match format {
        ExportFormat::Gpx | ExportFormat::Kml => {
            let out = if format == ExportFormat::Gpx {
                export_gpx(store, options, options.as_of.unwrap_or(today))?
            } else {
                export_kml(store, options)?
            };
            write_export(store, path, &out.bytes)?;
            done.written.push(Written::Records {
                counts: out.written,
                to: shown.to_string(),
                routes: (format == ExportFormat::Gpx).then_some(out.routes),
            });
            done.warnings = out.warnings;
            out.unreadable
        }
        ExportFormat::Shapefile => {
            let (summary, written) = export_shapefile(store, path, options)?;
            let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
            done.written.push(Written::Records {
                counts: summary.written,
                to: names.join(", "),
                routes: None,
            });
            summary.unreadable
        }
        ExportFormat::GeoJson => {
            let summary = export_to_path(store, path, options)?;
            done.written.push(Written::Records {
                counts: summary.written,
                to: shown.to_string(),
                routes: None,
            });
            if summary.photos > 0 {
                let folder = crate::io::photo::folder_for(path);
                done.written.push(Written::Photos {
                    count: summary.photos,
                    folder,
                });
            }
            summary.unreadable
        }
    };
    done.warnings.extend(
        unreadable
            .iter()
            .map(|u| format!("not exported, not a valid record: {u}")),
    );
    Ok(done)
}

/// Writes an export's bytes to `path` whole or not at all, refusing the database itself.
pub fn write_export(
    store: &Store,
    path: &std::path::Path,
    bytes: &[u8],
) -> Result<(), ExportError> {
    if crate::store::part_of_database(path, store.path()) {
        return Err(ExportError::Io(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "it is the database being exported (or its journal); choose another file",
        )));
    }
    crate::io::write_atomic(path, bytes)?;
    Ok(())
}

impl From<std::io::Error> for ExportError {
    fn from(e: std::io::Error) -> ExportError {
        ExportError::Io(e)
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading the database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing failed (said once: not also as a source).
    #[error("{0}")]
    Io(std::io::Error),
    /// A shapefile cannot hold what is exported (said with the record), or writing it failed.
    #[error(transparent)]
    Shapefile(#[from] crate::io::shapefile::ShapefileError),
}

impl Localized for ExportError {
    /// The store's error in the language; a failed write and a shapefile's refusal as
    /// they are worded.
    fn text_in(&self, m: &Messages) -> String {
        match self {
            Self::Store(e) => e.text_in(m),
            other => other.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rings(wkt: &str) -> Vec<String> {
        projected_rings(&crate::io::wkt::parse(wkt).unwrap())
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// The export writes each feature straight from the record: the bytes must be those of
    /// its geometry and `properties` serialised, whatever the rings' orientation and
    /// whichever kept properties share a field's name.
    #[test]
    fn features_are_written_as_their_properties_map_would_serialise() {
        use geo::orient::{Direction, Orient};
        let dir = tempfile::tempdir().unwrap();
        let store = Store::create(&dir.path().join("t.gpkg")).unwrap();
        let spec = crate::generate::Spec {
            seed: 7,
            hazards: 30,
            releases: 60,
            finds: 200,
            timeline: crate::generate::Timeline::Scattered,
        };
        let mut records =
            crate::generate::programme(&spec, &store.ordnance_types().unwrap()).unwrap();
        let extra: Map<String, Value> = serde_json::from_str(
            r#"{"name":"kept","depth_cm":"7","kind":"x","id":1,"big":1e29,"n":[1.50,{"a":null}],"\u0007\"":"\n"}"#,
        )
        .unwrap();
        for (i, r) in records.iter_mut().enumerate() {
            match r {
                Record::Hazard(h) => {
                    if i % 2 == 0 {
                        // Clockwise exteriors and counter-clockwise holes: turned over.
                        h.geometry = h.geometry.orient(Direction::Reversed);
                    }
                    h.extra = extra.clone();
                }
                Record::Release(x) if i % 3 == 0 => x.extra = extra.clone(),
                Record::Find(f) if i % 5 == 0 => f.extra = extra.clone(),
                _ => {}
            }
        }
        let mut old = CollectionWriter::new(Vec::new(), None).unwrap();
        let mut new = CollectionWriter::new(Vec::new(), None).unwrap();
        for chunk in records.chunks(7) {
            let mut features = geojson::SerialisedFeatures::default();
            for r in chunk {
                old.feature(&r.geometry(), &properties(r)).unwrap();
                push_feature(&mut features, r, None);
            }
            new.write_features(&features).unwrap();
        }
        let (old, new) = (old.finish().unwrap(), new.finish().unwrap());
        assert_eq!(
            String::from_utf8(new).unwrap(),
            String::from_utf8(old).unwrap()
        );
    }

    #[test]
    fn kept_numbers_compare_by_value_and_objects_whatever_their_order() {
        let v = |t: &str| -> Value { serde_json::from_str(t).unwrap() };
        assert!(same_json(
            &v(r#"{"a":1.50,"b":[1e29,-0.0,{"c":7}],"d":"x"}"#),
            &v(r#"{"d":"x","b":[9.9999999999999991e+28,0,{"c":7.0}],"a":1.5}"#)
        ));
        assert!(!same_json(&v(r#"{"a":1.5}"#), &v(r#"{"a":1.51}"#)));
        assert!(!same_json(&v(r#"{"a":1.5}"#), &v(r#"{"a":"1.5"}"#)));
        assert!(!same_json(&v(r#"{"a":1}"#), &v(r#"{"a":1,"b":null}"#)));
        assert!(!same_json(&v(r#"[1,2]"#), &v(r#"[2,1]"#)));
    }

    #[test]
    fn a_ring_all_in_metres_is_projected_but_one_mistyped_vertex_is_not() {
        assert_eq!(
            rings(
                "MULTIPOLYGON(((740281 3685298,740381 3685298,740381 3685398,740281 3685298)),\
                 ((35.58 33.28,35.585 33.28,35.585 33.284,35.58 33.28),\
                 (740300 3685300,740300 3685310,740310 3685310,740300 3685300)))"
            ),
            ["polygon 1: exterior ring", "polygon 2: interior ring 1"]
        );
        // A typo in one vertex is left to the geometry checks, which name its index.
        assert!(rings("POLYGON((35.58 33.28,35580 33.28,35.585 33.284,35.58 33.28))").is_empty());
        assert!(rings("POINT(740281 3685298)").is_empty());
    }

    #[test]
    fn gdal_columns_of_the_file_are_ours_only_with_all_three_stamps() {
        let props = |text: &str| -> Map<String, Value> { serde_json::from_str(text).unwrap() };
        let mut p = props(
            r#"{"name":"A","extra":"{\"k\":1,\"a\":[2]}","created_at":"x","modified_at":"y","modified_by":"z","after":true}"#,
        );
        own_columns(&mut p);
        assert_eq!(
            Value::Object(p).to_string(),
            r#"{"name":"A","after":true,"k":1,"a":[2]}"#
        );
        // A Kobo export's own created_at is a kept property like any other.
        let mut p = props(r#"{"created_at":"2024-01-01","extra":{"k":1}}"#);
        own_columns(&mut p);
        assert_eq!(
            Value::Object(p).to_string(),
            r#"{"created_at":"2024-01-01","extra":{"k":1}}"#
        );
    }
}
