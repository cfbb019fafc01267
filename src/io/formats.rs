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
use super::kml::{self, KmlOptions};
use super::kobo::{self, KoboOptions};
use super::shapefile::{self, ShapefileError};
use crate::model::RecordKind;

/// A format the import reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// RFC 7946 GeoJSON (streamed, never read whole).
    GeoJson,
    /// GPX 1.0 or 1.1.
    Gpx,
    /// KML 2.2 (Google Earth).
    Kml,
    /// KMZ: a zip holding a KML.
    Kmz,
    /// An ESRI Shapefile: its `.shp` (the other parts beside it), or a zip holding them.
    Shapefile,
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
            Format::Kml => "KML",
            Format::Kmz => "KMZ",
            Format::Shapefile => "Shapefile",
            Format::KoboCsv => "CSV (KoboToolbox/ODK)",
            Format::KoboXlsx => "XLSX (KoboToolbox/ODK)",
        }
    }

    /// What its problems call the things it holds: a shapefile's records, by 1-based shape
    /// index; a GeoJSON's (and a GPX's or KML's converted) features.
    pub fn unit(self) -> crate::exchange::Unit {
        match self {
            Format::Shapefile => crate::exchange::Unit::Record,
            Format::GeoJson
            | Format::Gpx
            | Format::Kml
            | Format::Kmz
            | Format::KoboCsv
            | Format::KoboXlsx => crate::exchange::Unit::Feature,
        }
    }
}

/// How files other than GeoJSON are turned into features.
#[derive(Clone, Debug, Default)]
pub struct SourceOptions {
    /// For GPX.
    pub gpx: GpxOptions,
    /// For KML and KMZ.
    pub kml: KmlOptions,
    /// For KoboToolbox and ODK exports.
    pub kobo: KoboOptions,
}

impl SourceOptions {
    /// The options of an import whose features without a kind are `kind` (`--as`), whose
    /// columns are read as `map` says (`--map`; `COLUMN=geometry` names a form export's
    /// geometry column, the rest are kept even when they are Kobo's own), from the XLSX
    /// `sheet`, leaving out a form's unreadable rows with `skip_invalid`. Tracks, routes and
    /// polygons without a kind are hazard areas, and open tracks refused, until set.
    pub fn for_import(
        kind: Option<RecordKind>,
        map: &[(String, String)],
        sheet: Option<String>,
        skip_invalid: bool,
    ) -> SourceOptions {
        SourceOptions {
            gpx: GpxOptions {
                points_as: kind,
                ..GpxOptions::default()
            },
            kml: KmlOptions::default(),
            kobo: KoboOptions {
                sheet,
                geometry: map
                    .iter()
                    .find(|(_, f)| f == "geometry")
                    .map(|(c, _)| c.clone()),
                keep: map.iter().map(|(c, _)| c.clone()).collect(),
                kind,
                skip_invalid,
            },
        }
    }

    /// Sets what tracks, routes and polygons without a kind are (hazard area or release).
    pub fn boundaries_as(&mut self, kind: RecordKind) {
        self.gpx.tracks_as = kind;
        self.kml.polygons_as = kind;
    }
}

/// The `--map` pairs that read a column as a field: all but `COLUMN=geometry`, which
/// [`SourceOptions::for_import`] takes.
pub fn field_map(map: &[(String, String)]) -> Vec<(String, String)> {
    map.iter()
        .filter(|(_, f)| f != "geometry")
        .cloned()
        .collect()
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
    /// Where the converted file says where each feature came from (`placemark 3
    /// "Terrace"`, a form export's `row 14 (submission 3f1c…)`), by feature, for naming it
    /// in problems; empty when "feature N" says it.
    pub labels: Vec<String>,
    /// Whether the file is the authority for its records: a record it holds that is stored
    /// with other content is updated (`exchange::ImportOptions::update`), as a form export's
    /// submission edited on the server.
    pub updates_records: bool,
}

impl Source {
    /// A problem of the import as the user is told it, with the labels taken out of the
    /// source ([`Source::labels`]): the label names the feature as the file does (the
    /// placemark's name, the submission), in place of its number, name and id.
    ///
    /// ```
    /// use clearfield::exchange::Problem;
    /// use clearfield::io::formats::Source;
    /// let p = Problem { unit: Default::default(), feature: Some(2), id: None, name: None, message: "bad".into() };
    /// let labels = ["row 2".to_owned(), "row 5 (submission u)".to_owned()];
    /// assert_eq!(Source::describe_with(&labels, &p), "row 5 (submission u): bad");
    /// assert_eq!(Source::describe_with(&[], &p), "feature 2: bad");
    /// ```
    pub fn describe_with(labels: &[String], p: &crate::exchange::Problem) -> String {
        match p.feature.and_then(|n| labels.get(n.checked_sub(1)?)) {
            Some(label) => format!("{label}: {}", p.message),
            None => p.to_string(),
        }
    }

    /// As [`Source::describe_with`], in the language of `m` (English: the same text).
    pub fn describe_in(
        labels: &[String],
        p: &crate::exchange::Problem,
        m: &crate::i18n::Messages,
    ) -> String {
        use crate::i18n::Localized;
        match p.feature.and_then(|n| labels.get(n.checked_sub(1)?)) {
            Some(label) => format!("{label}: {}", p.message.text_in(m)),
            None => p.text_in(m),
        }
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
    /// A KML or KMZ file that is refused.
    #[error(transparent)]
    Kml(#[from] kml::KmlError),
    /// A KoboToolbox or ODK export that is refused.
    #[error(transparent)]
    Kobo(#[from] kobo::KoboError),
    /// A shapefile that is refused.
    #[error(transparent)]
    Shapefile(#[from] ShapefileError),
    /// A GeoJSON file whose legacy `crs` names a UTM zone that cannot be converted.
    #[error("{0}")]
    GeoJson(String),
}

impl crate::i18n::Localized for SourceError {
    /// The format's own error in the language; a read that failed, a shapefile's and a
    /// UTM conversion's problems as they are worded.
    fn text_in(&self, m: &crate::i18n::Messages) -> String {
        match self {
            Self::Gpx(e) => crate::i18n::Localized::text_in(e, m),
            Self::Kml(e) => crate::i18n::Localized::text_in(e, m),
            Self::Kobo(e) => crate::i18n::Localized::text_in(e, m),
            other => other.to_string(),
        }
    }
}

/// The format of the file whose first bytes are `head` and whose name is `path`.
///
/// ```
/// use clearfield::io::formats::{detect, Format};
/// use std::path::Path;
/// assert_eq!(detect(Path::new("x.json"), b"<?xml version=\"1.0\"?><gpx>"), Format::Gpx);
/// assert_eq!(detect(Path::new("x.gpx"), b"{\"type\":\"FeatureCollection\"}"), Format::GeoJson);
/// assert_eq!(detect(Path::new("x.xml"), b"<?xml version=\"1.0\"?><kml>"), Format::Kml);
/// assert_eq!(detect(Path::new("x.dat"), &[0, 0, 0x27, 0x0A, 0, 0]), Format::Shapefile);
/// assert_eq!(detect(Path::new("x"), b"start;site;_uuid\n"), Format::KoboCsv);
/// ```
///
/// A zip file is told as KMZ here when its first entry is a `.kml`, else as a shapefile;
/// [`open`] looks through a zip file for a `.kml`, then for an XLSX workbook, before
/// reading it as a shapefile.
pub fn detect(path: &Path, head: &[u8]) -> Format {
    if gpx::is_gpx(head) {
        Format::Gpx
    } else if kml::is_kml(head) {
        Format::Kml
    } else if kml::is_kmz(head) {
        Format::Kmz
    } else if shapefile::is_shapefile(head) || shapefile::is_zip(head) {
        Format::Shapefile
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
    let mut format = detect(path, &head[..n]);
    if format == Format::Shapefile && kml::is_zip(&head[..n]) {
        if kml::zip_holds_kml(&mut file) {
            format = Format::Kmz;
        } else {
            file.rewind()?;
            if kobo::is_xlsx(&mut file)? {
                format = Format::KoboXlsx;
            }
        }
        file.rewind()?;
    }
    match format {
        Format::GeoJson => {
            // A legacy crs member naming a WGS84 UTM zone (EPSG 326NN or 327NN): the file is
            // read whole and converted (rare; only a file whose first bytes name a crs and
            // such a code is looked at, not the many that name CRS84). A crs that comes
            // later is refused by the import, as any other is.
            let h = &head[..n];
            if contains(h, b"\"crs\"") && (contains(h, b":326") || contains(h, b":327")) {
                let utm = super::geojson::from_utm(&mut file).map_err(SourceError::GeoJson)?;
                file.rewind()?;
                if let Some((bytes, zone)) = utm {
                    let note =
                        format!("converted from {} to WGS84 longitude/latitude", zone.name());
                    return Ok(converted(format, bytes, vec![note]));
                }
            }
            let size = file.metadata().map(|m| m.len()).unwrap_or(0);
            Ok(Source {
                format,
                reader: Box::new(file),
                size,
                notes: Vec::new(),
                labels: Vec::new(),
                updates_records: false,
            })
        }
        Format::Kml | Format::Kmz => {
            let bytes = if format == Format::Kmz {
                kml::kml_of_kmz(std::io::BufReader::new(file))?
            } else {
                let mut bytes = Vec::new();
                file.read_to_end(&mut bytes)?;
                bytes
            };
            let (json, report) = kml::to_geojson(&bytes, &options.kml)?;
            let mut notes = Vec::new();
            if report.altitudes_dropped > 0 {
                notes.push(format!(
                    "altitudes dropped: {} placemark(s) had them; positions are kept on the ground",
                    report.altitudes_dropped
                ));
            }
            let mut source = converted(format, json, notes);
            source.labels = report.labels;
            Ok(source)
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
        Format::Shapefile => {
            let read = if shapefile::is_zip(&head[..n]) {
                shapefile::read_zip(std::io::BufReader::new(file))?
            } else {
                shapefile::read_files(std::io::BufReader::new(file), path)?
            };
            Ok(converted(format, read.geojson, read.notes))
        }
        Format::KoboCsv | Format::KoboXlsx => {
            let table = if format == Format::KoboCsv {
                kobo::read_csv(std::io::BufReader::new(file))?
            } else {
                kobo::read_xlsx(std::io::BufReader::new(file), options.kobo.sheet.as_deref())?
            };
            let (bytes, report) = kobo::to_geojson(&table, &options.kobo)?;
            let mut source = converted(format, bytes, report.notes);
            source.labels = report.places;
            source.updates_records = true;
            Ok(source)
        }
    }
}

/// Whether `needle` occurs in `hay`.
fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// A converted file's source.
fn converted(format: Format, bytes: Vec<u8>, notes: Vec<String>) -> Source {
    Source {
        format,
        size: bytes.len() as u64,
        reader: Box::new(std::io::Cursor::new(bytes)),
        notes,
        labels: Vec::new(),
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
