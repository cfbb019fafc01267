//! KoboToolbox and ODK exports (one row a submission), CSV (crate `csv`) or XLSX (crate
//! `calamine`, the first sheet or one named), turned into the GeoJSON features the import
//! reads, so that they go through the same checks, problems and transaction as a GeoJSON
//! file (`exchange::import`).
//!
//! - **Geometry.** The geometry column is named with `--map COLUMN=geometry`
//!   ([`KoboOptions::geometry`]), or else found by content: a column whose every non-empty
//!   value is a list of `lat lon [alt [acc]]` points separated by `;` (ODK's geopoint,
//!   geotrace and geoshape, LATITUDE first). With `--as` naming a boundary kind the first
//!   column of shapes is taken, a point kind the first column of single points, else the
//!   first of either; Kobo's split geopoint columns (`_NAME_latitude`, `_NAME_longitude`,
//!   `_NAME_altitude`, `_NAME_precision`; ODK Central's `NAME-Latitude`, …) are a geopoint
//!   too. A shape must be closed (its last point its first, as a geoshape is; a geotrace
//!   closed so is accepted as a boundary); an open one is refused, naming its row and the
//!   gap between its ends (every such row is listed and nothing imported; with
//!   `--skip-invalid` they are left out, each told). A geopoint's accuracy becomes `gps_accuracy_m` (a survey point's
//!   field; kept with the record for other kinds) and its altitude `altitude_m` (kept); the
//!   altitude and accuracy of a shape's vertices are not kept. Coordinates are never
//!   changed otherwise.
//! - **Id.** The submission's `meta/rootUuid` (the same across edits on the server, in newer
//!   Kobo exports), else `_uuid`, else `meta/instanceID` / `meta-instanceID` / `KEY`
//!   (`uuid:` prefix stripped) becomes the record's `id`: importing the same export again
//!   changes nothing, and a submission edited on the server updates its record (the source
//!   is marked [`crate::io::formats::Source::updates_records`]).
//! - **Columns.** Every other non-empty cell is a property under its full column name
//!   (`group/field` as Kobo writes it, `group-field` as ODK Central does); `--map` renames
//!   it to a field. Of Kobo's and ODK's own columns only `_submission_time`,
//!   `_submitted_by`, `SubmissionDate` and `SubmitterName` are kept; the others (every
//!   column starting with `_`, such as `_id`, `_index`, `_validation_status`, `_status`,
//!   `_notes`, `_tags`, `_attachments`, `_geolocation`, `__version__`, and `meta/…`,
//!   `formhub/…`, `KEY`) are dropped unless a `--map` names them.
//! - **Rows.** Problems name the spreadsheet's row (the header is row 1) and the submission:
//!   `row 14 (submission 3f1c2a9b…): …` ([`KoboReport::places`]).

use std::io::{Read, Seek};

use geographiclib_rs::{Geodesic, InverseGeodesic};
use serde_json::{Map, Value, json};

use crate::model::RecordKind;

/// How a Kobo export is read.
#[derive(Clone, Debug, Default)]
pub struct KoboOptions {
    /// XLSX: the sheet to read (`--sheet`); the first when `None`.
    pub sheet: Option<String>,
    /// The column holding the geometry (`--map COLUMN=geometry`); found by content when
    /// `None`.
    pub geometry: Option<String>,
    /// Columns named by `--map`: kept even when they are Kobo's own.
    pub keep: Vec<String>,
    /// The kind the submissions are imported as (`--as`): which geometry column is taken.
    pub kind: Option<RecordKind>,
    /// Leave out the rows whose geometry cannot be read, each told in a note, instead of
    /// refusing the file (`--skip-invalid`).
    pub skip_invalid: bool,
}

/// Why a Kobo export cannot be imported.
#[derive(Debug, thiserror::Error)]
pub enum KoboError {
    /// Not a CSV or XLSX file that can be read.
    #[error("not a readable {what}: {why}")]
    Unreadable {
        /// CSV or XLSX.
        what: &'static str,
        /// Why.
        why: String,
    },
    /// `--sheet` names no sheet of the workbook.
    #[error("the workbook has no sheet {name:?} (it has {have})")]
    NoSheet {
        /// The sheet asked for.
        name: String,
        /// The sheets there are.
        have: String,
    },
    /// The file has a header and no submissions, or no header.
    #[error("no submissions: the file has no rows below its header")]
    Empty,
    /// `--map COLUMN=geometry` names no column.
    #[error("--map {0}=geometry: there is no column {0:?}")]
    NoColumn(String),
    /// No column holds geometries.
    #[error(
        "no column holds ODK geopoints or geoshapes (\"lat lon alt acc;…\") in every row; name it with --map COLUMN=geometry"
    )]
    NoGeometry,
    /// Rows whose geometry cannot be read, each named.
    #[error("{} row(s) cannot be read: {}", .0.len(), .0.join("; "))]
    Rows(Vec<String>),
}

impl crate::i18n::Localized for KoboError {
    /// `err-kobo-error-…`; the reader's detail and each row's problem as they are worded.
    fn text_in(&self, m: &crate::i18n::Messages) -> String {
        match self {
            Self::Unreadable { what, why } => m.text(
                "err-kobo-error-unreadable",
                &[("what", (*what).into()), ("why", why.as_str().into())],
            ),
            Self::NoSheet { name, have } => m.text(
                "err-kobo-error-no-sheet",
                &[
                    ("name", format!("{name:?}").into()),
                    ("have", have.as_str().into()),
                ],
            ),
            Self::Empty => m.text("err-kobo-error-empty", &[]),
            Self::NoColumn(column) => m.text(
                "err-kobo-error-no-column",
                &[
                    ("column", column.as_str().into()),
                    ("quoted", format!("{column:?}").into()),
                ],
            ),
            Self::NoGeometry => m.text("err-kobo-error-no-geometry", &[]),
            Self::Rows(rows) => m.text(
                "err-kobo-error-rows",
                &[
                    ("count", rows.len().into()),
                    ("rows", rows.join("; ").into()),
                ],
            ),
        }
    }
}

/// What the conversion did besides making features.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KoboReport {
    /// Each feature's place in the file, in feature order: `row 14 (submission 3f1c2a9b…)`.
    pub places: Vec<String>,
    /// Things the user must be told (the geometry column taken), one line each.
    pub notes: Vec<String>,
}

/// A sheet read: its header and its rows (cells as JSON: text, numbers, or null for empty).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    /// The column names.
    pub header: Vec<String>,
    /// The rows below the header, each with its spreadsheet row number (the header is 1).
    pub rows: Vec<(usize, Vec<Value>)>,
}

/// Columns of Kobo or ODK that say the file is a form export.
const KNOWN_COLUMNS: [&str; 8] = [
    "_uuid",
    "_submission_time",
    "_id",
    "_index",
    "meta/instanceID",
    "meta-instanceID",
    "KEY",
    "SubmissionDate",
];

/// Kobo's and ODK's own columns that are kept with the record.
const KEPT_META: [&str; 4] = [
    "_submission_time",
    "_submitted_by",
    "SubmissionDate",
    "SubmitterName",
];

/// The id columns, most stable first.
const ID_COLUMNS: [&str; 5] = [
    "meta/rootUuid",
    "_uuid",
    "meta/instanceID",
    "meta-instanceID",
    "KEY",
];

/// The text of `head` that is whole UTF-8, without a byte-order mark.
fn head_text(head: &[u8]) -> &str {
    let text = match std::str::from_utf8(head) {
        Ok(t) => t,
        // The head may end inside a character.
        Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or(""),
    };
    text.trim_start_matches('\u{feff}')
}

/// The separator of a CSV header line: `;` or `,`, whichever appears more often outside
/// quotes (`,` on a tie); `None` when there is neither.
///
/// ```
/// use clearfield::io::kobo::separator;
/// assert_eq!(separator("\"a;b\",c,d"), Some(b','));
/// assert_eq!(separator("start;end;\"x,y\""), Some(b';'));
/// assert_eq!(separator("{\"type\""), None);
/// ```
pub fn separator(line: &str) -> Option<u8> {
    let (mut commas, mut semis, mut quoted) = (0, 0, false);
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semis += 1,
            _ => {}
        }
    }
    match (commas, semis) {
        (0, 0) => None,
        (c, s) if s > c => Some(b';'),
        _ => Some(b','),
    }
}

/// Whether `head` (a file's first bytes) is a Kobo or ODK CSV export: text whose first line
/// has separators and names a column of Kobo's or ODK's own, or whose first row holds a
/// geopoint or geoshape; failing both, a name ending in `.csv` decides for text with
/// separators that is not JSON, XML or NMEA.
///
/// ```
/// use clearfield::io::kobo::is_csv;
/// use std::path::Path;
/// assert!(is_csv(Path::new("x"), b"\xef\xbb\xbfstart;site;_uuid\n"));
/// assert!(is_csv(Path::new("x"), b"site,where\nA,33.1 35.2 0 5\n"));
/// assert!(!is_csv(Path::new("x.csv"), b"{\"type\":\"FeatureCollection\",\"features\":[]}"));
/// assert!(!is_csv(Path::new("x"), b"<?xml version=\"1.0\"?><gpx>"));
/// ```
pub fn is_csv(path: &std::path::Path, head: &[u8]) -> bool {
    let text = head_text(head);
    let start = text.trim_start();
    // A JSON object or array, XML, or an NMEA log ('\u{7b}' is an opening brace, written so
    // that brace-counting tools see the function whole).
    if start.is_empty() || start.starts_with(['\u{7b}', '[', '<', '$']) {
        return false;
    }
    let first = text.lines().next().unwrap_or("");
    let Some(sep) = separator(first) else {
        return false;
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let Some(Ok(header)) = records.next() else {
        return false;
    };
    if header.iter().any(|h| KNOWN_COLUMNS.contains(&h.trim())) {
        return true;
    }
    if let Some(Ok(row)) = records.next()
        && row.iter().any(|cell| {
            parse_points(cell).is_ok_and(|p| !p.is_empty() && p.iter().all(|p| in_range(p).is_ok()))
        })
    {
        return true;
    }
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

/// Whether `file` is a zip holding `xl/workbook.xml` (an XLSX workbook). Leaves the file
/// at an unknown position.
pub fn is_xlsx(file: &mut std::fs::File) -> std::io::Result<bool> {
    file.rewind()?;
    match zip::ZipArchive::new(std::io::BufReader::new(&mut *file)) {
        Ok(mut archive) => Ok(archive.by_name("xl/workbook.xml").is_ok()),
        Err(_) => Ok(false),
    }
}

/// Reads a CSV export (`;` or `,` separated, told from the header line; UTF-8 with or
/// without a byte-order mark).
pub fn read_csv(mut reader: impl Read) -> Result<Table, KoboError> {
    let unreadable = |why: String| KoboError::Unreadable { what: "CSV", why };
    let mut bytes = Vec::new();
    reader
        .read_to_end(&mut bytes)
        .map_err(|e| unreadable(e.to_string()))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| {
        unreadable(format!(
            "not UTF-8 text (byte {}); export it again as UTF-8",
            e.valid_up_to() + 1
        ))
    })?;
    let text = text.trim_start_matches('\u{feff}');
    let sep = separator(text.lines().next().unwrap_or("")).unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .flexible(true)
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut table = Table::default();
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| unreadable(format!("row {}: {e}", i + 1)))?;
        if i == 0 {
            table.header = record.iter().map(|h| h.trim().to_owned()).collect();
            continue;
        }
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cells = record
            .iter()
            .map(|c| match c.trim() {
                "" => Value::Null,
                t => Value::String(t.to_owned()),
            })
            .collect();
        table.rows.push((i + 1, cells));
    }
    Ok(table)
}

/// Reads a sheet of an XLSX export: the one named, else the first.
pub fn read_xlsx(file: impl Read + Seek, sheet: Option<&str>) -> Result<Table, KoboError> {
    use calamine::{Data, Reader, Xlsx};
    let unreadable = |why: String| KoboError::Unreadable { what: "XLSX", why };
    let mut book: Xlsx<_> = Xlsx::new(file).map_err(|e| unreadable(e.to_string()))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s)
            .cloned()
            .ok_or_else(|| KoboError::NoSheet {
                name: s.to_owned(),
                have: names
                    .iter()
                    .map(|n| format!("{n:?}"))
                    .collect::<Vec<_>>()
                    .join(", "),
            })?,
        None => names.first().cloned().ok_or(KoboError::Empty)?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| unreadable(format!("sheet {name:?}: {e}")))?;
    let first_row = range.start().map(|(r, _)| r as usize + 1).unwrap_or(1);
    let mut table = Table::default();
    for (i, row) in range.rows().enumerate() {
        let cells: Vec<Value> = row
            .iter()
            .map(|c| match c {
                Data::Empty | Data::Error(_) => Value::Null,
                Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => match s.trim() {
                    "" => Value::Null,
                    t => Value::String(t.to_owned()),
                },
                Data::Int(n) => Value::from(*n),
                Data::Float(x) => number(*x),
                Data::Bool(b) => Value::Bool(*b),
                Data::DateTime(d) => excel_date(d.as_f64(), d.is_duration()),
            })
            .collect();
        if i == 0 {
            table.header = cells
                .iter()
                .map(|c| match c {
                    Value::String(s) => s.clone(),
                    Value::Null => String::new(),
                    other => other.to_string(),
                })
                .collect();
        } else if cells.iter().any(|c| !c.is_null()) {
            table.rows.push((first_row + i, cells));
        }
    }
    Ok(table)
}

/// A spreadsheet number as JSON: a whole number without a fraction.
fn number(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x)
            .map(Value::Number)
            .unwrap_or(Value::Null)
    }
}

/// An Excel date serial (days since 1899-12-30) as ISO 8601 text: a date alone when it has
/// no time of day.
fn excel_date(serial: f64, duration: bool) -> Value {
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).and_then(|d| d.and_hms_opt(0, 0, 0));
    let (false, Some(epoch)) = (duration, epoch) else {
        return number(serial);
    };
    let ms = (serial * 86_400_000.0).round() as i64;
    let Some(at) = epoch.checked_add_signed(chrono::TimeDelta::milliseconds(ms)) else {
        return number(serial);
    };
    if at.time() == chrono::NaiveTime::MIN {
        Value::String(at.date().format("%Y-%m-%d").to_string())
    } else {
        Value::String(at.format("%Y-%m-%dT%H:%M:%S%.f").to_string())
    }
}

/// One ODK point: latitude, longitude, altitude, accuracy.
type OdkPoint = [Option<f64>; 4];

/// The points of an ODK geopoint, geotrace or geoshape (`lat lon [alt [acc]]`, `;` between
/// points; an empty point, as after a last `;`, is left out), without range checks.
///
/// ```
/// use clearfield::io::kobo::parse_points;
/// let p = parse_points("33.1 35.2 10 4.5;33.2 35.3").unwrap();
/// assert_eq!(p[0], [Some(33.1), Some(35.2), Some(10.0), Some(4.5)]);
/// assert_eq!(p[1], [Some(33.2), Some(35.3), None, None]);
/// assert!(parse_points("hello world").is_err());
/// ```
pub fn parse_points(text: &str) -> Result<Vec<[Option<f64>; 4]>, String> {
    let mut out = Vec::new();
    for (i, part) in text.split(';').enumerate() {
        let numbers: Vec<&str> = part.split_whitespace().collect();
        if numbers.is_empty() {
            continue;
        }
        if !(2..=4).contains(&numbers.len()) {
            return Err(format!(
                "point {} has {} numbers, not \"lat lon [alt [acc]]\"",
                i + 1,
                numbers.len()
            ));
        }
        let mut p: OdkPoint = [None; 4];
        for (slot, n) in p.iter_mut().zip(&numbers) {
            let x: f64 = n
                .parse()
                .ok()
                .filter(|x: &f64| x.is_finite())
                .ok_or_else(|| format!("point {}: {n:?} is not a number", i + 1))?;
            *slot = Some(x);
        }
        out.push(p);
    }
    Ok(out)
}

/// Checks a point's latitude and longitude.
fn in_range(p: &OdkPoint) -> Result<(f64, f64), String> {
    let (lat, lon) = (p[0].unwrap_or(f64::NAN), p[1].unwrap_or(f64::NAN));
    if !(-90.0..=90.0).contains(&lat) {
        return Err(format!(
            "latitude {lat} is not between -90 and 90 (ODK writes latitude first)"
        ));
    }
    if !(-180.0..=180.0).contains(&lon) {
        return Err(format!("longitude {lon} is not between -180 and 180"));
    }
    Ok((lat, lon))
}

/// Where a row's geometry comes from.
#[derive(Clone, Debug, PartialEq)]
enum GeoSource {
    /// A column of geopoints, geotraces or geoshapes.
    Column(usize),
    /// Split geopoint columns: latitude, longitude, altitude, accuracy.
    Split([Option<usize>; 4]),
}

/// What a column's values are, when they are all ODK geometries.
#[derive(Clone, Copy, Debug, PartialEq)]
enum GeoColumn {
    Points,
    Shapes,
}

/// What column `c`'s non-empty values all are, if geometries (and at least one is there).
fn geo_column(table: &Table, c: usize) -> Option<GeoColumn> {
    let mut any = false;
    let mut shapes = false;
    for (_, row) in &table.rows {
        let Some(Value::String(text)) = row.get(c) else {
            match row.get(c) {
                None | Some(Value::Null) => continue,
                _ => return None,
            }
        };
        let points = parse_points(text).ok()?;
        if points.is_empty() {
            return None;
        }
        any = true;
        shapes |= points.len() > 1 || text.contains(';');
    }
    any.then_some(if shapes {
        GeoColumn::Shapes
    } else {
        GeoColumn::Points
    })
}

/// The split geopoint columns whose latitude column is `c`, if it is one.
fn split_columns(header: &[String], c: usize) -> Option<(String, [Option<usize>; 4])> {
    let h = header[c].as_str();
    let find = |name: String| header.iter().position(|x| *x == name);
    // Kobo: _NAME_latitude; ODK Central: NAME-Latitude.
    if let Some(name) = h
        .strip_prefix('_')
        .and_then(|r| r.strip_suffix("_latitude"))
    {
        let lon = find(format!("_{name}_longitude"))?;
        return Some((
            name.to_owned(),
            [
                Some(c),
                Some(lon),
                find(format!("_{name}_altitude")),
                find(format!("_{name}_precision")),
            ],
        ));
    }
    let name = h.strip_suffix("-Latitude")?;
    let lon = find(format!("{name}-Longitude"))?;
    Some((
        name.to_owned(),
        [
            Some(c),
            Some(lon),
            find(format!("{name}-Altitude")),
            find(format!("{name}-Accuracy")),
        ],
    ))
}

/// The geometry source of the table and a note saying which it is.
fn geometry_source(table: &Table, options: &KoboOptions) -> Result<(GeoSource, String), KoboError> {
    if let Some(name) = &options.geometry {
        let c = table
            .header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| KoboError::NoColumn(name.clone()))?;
        if let Some((_, cols)) = split_columns(&table.header, c) {
            return Ok((GeoSource::Split(cols), format!("geometry from {name}")));
        }
        return Ok((GeoSource::Column(c), format!("geometry from column {name}")));
    }
    let want = options.kind.map(|k| {
        if k.is_point() {
            GeoColumn::Points
        } else {
            GeoColumn::Shapes
        }
    });
    for c in 0..table.header.len() {
        if let Some(found) = geo_column(table, c)
            && want.is_none_or(|w| w == found)
        {
            let what = match found {
                GeoColumn::Points => "geopoints",
                GeoColumn::Shapes => "geoshapes",
            };
            let note = format!(
                "geometry from column {} ({what}; name another with --map COLUMN=geometry)",
                table.header[c]
            );
            return Ok((GeoSource::Column(c), note));
        }
        if want != Some(GeoColumn::Shapes)
            && let Some((name, cols)) = split_columns(&table.header, c)
        {
            let note = format!(
                "geometry from columns {}, {} (geopoint {name}; name another with --map COLUMN=geometry)",
                table.header[c],
                cols[1].map(|l| table.header[l].as_str()).unwrap_or("")
            );
            return Ok((GeoSource::Split(cols), note));
        }
    }
    Err(KoboError::NoGeometry)
}

/// Whether a column is Kobo's or ODK's own and not kept.
fn dropped(column: &str) -> bool {
    if KEPT_META.contains(&column) {
        return false;
    }
    column.starts_with('_')
        || column.starts_with("meta/")
        || column.starts_with("meta-")
        || column.starts_with("formhub/")
        || column == "KEY"
}

/// The submission id of a row: the first id column with a value, `uuid:` stripped.
fn submission_id(table: &Table, row: &[Value]) -> Option<String> {
    for name in ID_COLUMNS {
        if let Some(c) = table.header.iter().position(|h| h == name)
            && let Some(Value::String(v)) = row.get(c)
        {
            let v = v.trim();
            return Some(v.strip_prefix("uuid:").unwrap_or(v).to_owned());
        }
    }
    None
}

/// A row's place: `row 14 (submission 3f1c2a9b…)`.
fn place(row: usize, id: Option<&str>) -> String {
    match id {
        Some(id) if id.chars().count() > 8 => {
            let short: String = id.chars().take(8).collect();
            format!("row {row} (submission {short}…)")
        }
        Some(id) => format!("row {row} (submission {id})"),
        None => format!("row {row}"),
    }
}

/// A cell as a number, when it is one (or text that reads as one).
fn cell_number(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// A row's geometry (GeoJSON), with a point's altitude and accuracy.
type RowGeometry = (Value, Option<f64>, Option<f64>);

/// A row's geometry (GeoJSON), its altitude and accuracy for a point; `Ok(None)` when the
/// row has none.
fn row_geometry(source: &GeoSource, row: &[Value]) -> Result<Option<RowGeometry>, String> {
    let points = match source {
        GeoSource::Split(cols) => {
            let get = |i: usize| cols[i].and_then(|c| cell_number(row.get(c)));
            match (get(0), get(1)) {
                (None, None) => return Ok(None),
                (Some(lat), Some(lon)) => vec![[Some(lat), Some(lon), get(2), get(3)]],
                _ => return Err("has a latitude or a longitude, not both".to_owned()),
            }
        }
        GeoSource::Column(c) => match row.get(*c) {
            None | Some(Value::Null) => return Ok(None),
            Some(Value::String(text)) => parse_points(text)?,
            Some(other) => return Err(format!("{other} is not \"lat lon alt acc\"")),
        },
    };
    let mut ring = Vec::with_capacity(points.len());
    for (i, p) in points.iter().enumerate() {
        let (lat, lon) = in_range(p).map_err(|e| {
            if points.len() > 1 {
                format!("point {}: {e}", i + 1)
            } else {
                e
            }
        })?;
        ring.push([lon, lat]);
    }
    match ring.as_slice() {
        [] => Ok(None),
        [one] => Ok(Some((
            json!({"type": "Point", "coordinates": one}),
            points[0][2],
            points[0][3],
        ))),
        [first, .., last] => {
            let closed = first == last;
            let distinct = ring.len() - usize::from(closed);
            if distinct < 3 {
                return Err(format!(
                    "the shape has {distinct} point(s); a boundary needs at least 3"
                ));
            }
            if !closed {
                let gap_m: f64 = Geodesic::wgs84().inverse(first[1], first[0], last[1], last[0]);
                return Err(format!(
                    "the shape is open: its last point is {gap_m:.1} m from its first; a boundary \
                     must be closed (a geoshape is; close the geotrace on the form)"
                ));
            }
            Ok(Some((
                json!({"type": "Polygon", "coordinates": [ring]}),
                None,
                None,
            )))
        }
    }
}

/// The export in `table` as a GeoJSON FeatureCollection (bytes), one feature a row in
/// order, with each feature's place; or every row whose geometry cannot be read.
pub fn to_geojson(
    table: &Table,
    options: &KoboOptions,
) -> Result<(Vec<u8>, KoboReport), KoboError> {
    if table.rows.is_empty() {
        return Err(KoboError::Empty);
    }
    let (source, note) = geometry_source(table, options)?;
    let geometry_columns: Vec<usize> = match &source {
        GeoSource::Column(c) => vec![*c],
        GeoSource::Split(cols) => cols.iter().flatten().copied().collect(),
    };
    let kept: Vec<(usize, &str)> = table
        .header
        .iter()
        .enumerate()
        .filter(|(c, h)| {
            !h.is_empty()
                && !geometry_columns.contains(c)
                && (!dropped(h) || options.keep.iter().any(|k| k == *h))
        })
        .map(|(c, h)| (c, h.as_str()))
        .collect();
    let mut report = KoboReport {
        notes: vec![note],
        ..KoboReport::default()
    };
    let mut features = Vec::with_capacity(table.rows.len());
    let mut problems = Vec::new();
    for (n, row) in &table.rows {
        let id = submission_id(table, row);
        let here = place(*n, id.as_deref());
        let mut props = Map::new();
        if let Some(id) = &id {
            props.insert("id".to_owned(), Value::String(id.clone()));
        }
        for (c, name) in &kept {
            if let Some(v) = row.get(*c).filter(|v| !v.is_null()) {
                props.insert((*name).to_owned(), v.clone());
            }
        }
        let geometry = match row_geometry(&source, row) {
            Ok(Some((g, alt, acc))) => {
                if let Some(acc) = acc {
                    props.insert("gps_accuracy_m".to_owned(), number(acc));
                }
                if let Some(alt) = alt {
                    props.insert("altitude_m".to_owned(), number(alt));
                }
                g
            }
            Ok(None) => Value::Null,
            Err(why) => {
                problems.push(format!("{here}: geometry: {why}"));
                continue;
            }
        };
        report.places.push(here);
        features.push(json!({"type": "Feature", "properties": props, "geometry": geometry}));
    }
    if !problems.is_empty() && !options.skip_invalid {
        return Err(KoboError::Rows(problems));
    }
    report
        .notes
        .extend(problems.into_iter().map(|p| format!("skipped {p}")));
    let collection = json!({"type": "FeatureCollection", "features": features});
    let bytes = serde_json::to_vec(&collection).map_err(|e| KoboError::Unreadable {
        what: "export",
        why: e.to_string(),
    })?;
    Ok((bytes, report))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(csv: &str) -> Table {
        read_csv(csv.as_bytes()).unwrap()
    }

    #[test]
    fn a_geoshape_becomes_a_polygon_in_lon_lat_order() {
        let t = table(
            "_uuid;site;area\nu1;A;\"33.1 35.2 0 5;33.1 35.3 0 5;33.2 35.3 0 5;33.1 35.2 0 5\"\n",
        );
        let (bytes, report) = to_geojson(&t, &KoboOptions::default()).unwrap();
        let v: Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(
            v["features"][0]["geometry"]["coordinates"][0][1],
            json!([35.3, 33.1])
        );
        assert_eq!(v["features"][0]["properties"]["id"], "u1");
        assert_eq!(report.places, ["row 2 (submission u1)"]);
    }

    #[test]
    fn split_geopoint_columns_make_a_point_with_its_accuracy() {
        let t = table(
            "_uuid,_gps_latitude,_gps_longitude,_gps_altitude,_gps_precision\nu,33.5,35.5,100,3.5\n",
        );
        let (bytes, _) = to_geojson(&t, &KoboOptions::default()).unwrap();
        let v: Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(
            v["features"][0]["geometry"]["coordinates"],
            json!([35.5, 33.5])
        );
        assert_eq!(v["features"][0]["properties"]["gps_accuracy_m"], json!(3.5));
    }
}
