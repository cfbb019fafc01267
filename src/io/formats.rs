//! Which format a file to import is in, told by its content (its extension only where the
//! content cannot tell, as for the files inside a zip), and every format other than GeoJSON
//! turned into the GeoJSON features the import reads, so that all of them go through the
//! same checks, problems and transaction (`exchange::import`).
//!
//! A converter reads the whole file and returns a GeoJSON FeatureCollection (bytes) and the
//! notes the user must be told (a track closed, a projection converted); a file it cannot
//! read is refused with the reason, naming the place in the file where it can.

use std::io::{Read, Seek};
use std::path::Path;

use super::gpx::{self, GpxOptions};
use super::kobo::{self, KoboOptions};

/// A format the import reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// RFC 7946 GeoJSON (streamed, never read whole).
    GeoJson,
    /// GPX 1.0 or 1.1.
    Gpx,
    /// A KoboToolbox or ODK export as CSV.
    KoboCsv,
    /// A KoboToolbox or ODK export as XLSX (a zip holding `xl/workbook.xml`).
    KoboXlsx,
}

impl Format {
    /// Its name as the user knows it.
    pub fn name(self) -> &'static str {
        match self {
            Format::GeoJson => "GeoJSON",
            Format::Gpx => "GPX",
            Format::KoboCsv => "CSV (KoboToolbox/ODK)",
            Format::KoboXlsx => "XLSX (KoboToolbox/ODK)",
        }
    }
}

/// How files other than GeoJSON are turned into features.
#[derive(Clone, Debug, Default)]
pub struct SourceOptions {
    /// For GPX.
    pub gpx: GpxOptions,
    /// For KoboToolbox and ODK exports.
    pub kobo: KoboOptions,
}

/// A file opened for import: its GeoJSON, to be read by `exchange::import`.
pub struct Source {
    /// The format the file was in.
    pub format: Format,
    /// The GeoJSON features.
    pub reader: Box<dyn Read + Send>,
    /// The size of what `reader` gives, for progress (0 when unknown).
    pub size: u64,
    /// What the conversion did that the user must be told, one line each.
    pub notes: Vec<String>,
    /// Each feature's place in the file when it is not the feature's number (a form
    /// export's `row 14 (submission 3f1c…)`), in feature order; empty otherwise.
    pub places: Vec<String>,
    /// Whether the file is the authority for its records: a record it holds that is stored
    /// with other content is updated (`exchange::ImportOptions::update`), as a form export's
    /// submission edited on the server.
    pub updates_records: bool,
}

/// A problem of an import as the user is told it, naming the feature by its place in the
/// file ([`Source::places`]) when there is one.
///
/// ```
/// use clearfield::exchange::Problem;
/// use clearfield::io::formats::describe;
/// let p = Problem { feature: Some(2), id: None, message: "bad".into() };
/// assert_eq!(describe(&["row 2".into(), "row 5 (submission u)".into()], &p), "row 5 (submission u): bad");
/// assert_eq!(describe(&[], &p), "feature 2: bad");
/// ```
pub fn describe(places: &[String], problem: &crate::exchange::Problem) -> String {
    match problem.feature.and_then(|n| places.get(n.checked_sub(1)?)) {
        Some(place) => format!("{place}: {}", problem.message),
        None => problem.to_string(),
    }
}

/// Why a file cannot be imported as a whole.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// It cannot be read at all.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// A GPX file that is refused.
    #[error(transparent)]
    Gpx(#[from] gpx::GpxError),
    /// A KoboToolbox or ODK export that is refused.
    #[error(transparent)]
    Kobo(#[from] kobo::KoboError),
}

/// The format of the file whose first bytes are `head` and whose name is `path`.
///
/// ```
/// use clearfield::io::formats::{detect, Format};
/// use std::path::Path;
/// assert_eq!(detect(Path::new("x.json"), b"<?xml version=\"1.0\"?><gpx>"), Format::Gpx);
/// assert_eq!(detect(Path::new("x.gpx"), b"{\"type\":\"FeatureCollection\"}"), Format::GeoJson);
/// assert_eq!(detect(Path::new("x"), b"start;site;_uuid\n"), Format::KoboCsv);
/// assert_eq!(detect(Path::new("x"), b"PK\x03\x04"), Format::KoboXlsx);
/// ```
///
/// A zip is taken for XLSX here; [`open`] refuses one without `xl/workbook.xml`.
pub fn detect(path: &Path, head: &[u8]) -> Format {
    if gpx::is_gpx(head) {
        Format::Gpx
    } else if head.starts_with(b"PK\x03\x04") {
        Format::KoboXlsx
    } else if kobo::is_csv(path, head) {
        Format::KoboCsv
    } else {
        Format::GeoJson
    }
}

/// Opens `file` (already opened, e.g. by `exchange::open_source`, at `path`) for import:
/// its format told, and its content converted to GeoJSON when it is not GeoJSON.
pub fn open(
    mut file: std::fs::File,
    path: &Path,
    options: &SourceOptions,
) -> Result<Source, SourceError> {
    let mut head = [0u8; 4096];
    let n = read_head(&mut file, &mut head)?;
    file.rewind()?;
    let format = detect(path, &head[..n]);
    match format {
        Format::GeoJson => {
            let size = file.metadata().map(|m| m.len()).unwrap_or(0);
            Ok(Source {
                format,
                reader: Box::new(file),
                size,
                notes: Vec::new(),
                places: Vec::new(),
                updates_records: false,
            })
        }
        Format::Gpx => {
            let (bytes, report) = gpx::to_geojson(std::io::BufReader::new(file), &options.gpx)?;
            let notes = report
                .closed
                .iter()
                .map(|(what, gap)| format!("closed {what}: its ends were {gap:.1} m apart"))
                .collect();
            Ok(converted(format, bytes, notes))
        }
        Format::KoboCsv | Format::KoboXlsx => {
            let table = if format == Format::KoboCsv {
                kobo::read_csv(std::io::BufReader::new(file))?
            } else {
                if !kobo::is_xlsx(&mut file)? {
                    return Err(kobo::KoboError::NotXlsx.into());
                }
                file.rewind()?;
                kobo::read_xlsx(std::io::BufReader::new(file), options.kobo.sheet.as_deref())?
            };
            let (bytes, report) = kobo::to_geojson(&table, &options.kobo)?;
            let mut source = converted(format, bytes, report.notes);
            source.places = report.places;
            source.updates_records = true;
            Ok(source)
        }
    }
}

/// A converted file's source.
fn converted(format: Format, bytes: Vec<u8>, notes: Vec<String>) -> Source {
    Source {
        format,
        size: bytes.len() as u64,
        reader: Box::new(std::io::Cursor::new(bytes)),
        notes,
        places: Vec::new(),
        updates_records: false,
    }
}

/// Reads up to `buf.len()` bytes (fewer only at the end of the file).
fn read_head(file: &mut std::fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match file.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}
