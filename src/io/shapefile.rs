//! ESRI Shapefiles in and out (crates `shapefile` and `dbase`, `zip` for a zipped one,
//! `encoding_rs` for the attribute table's code page).
//!
//! Import: a `.shp` with its `.shx`, `.dbf`, `.prj` and `.cpg` beside it (or all of them in
//! one `.zip`) is turned into the GeoJSON features the import reads, one feature per record
//! in record order, so "feature N" of the checks is record N of the file.
//!
//! - Polygons: rings clockwise are outer rings, counter-clockwise ones holes (the
//!   shapefile convention); each hole goes to the smallest outer ring that holds it; a
//!   record with several outer rings is a MultiPolygon. Points are Points.
//! - Attributes: every DBF field is a property, numbers as numbers, dates as `YYYY-MM-DD`,
//!   empty values left out. A column named as ArcGIS cuts a field's name to 10 characters
//!   (`surveyed_o`, `classifica`) is read as that field.
//! - The `.cpg` names the text encoding (UTF-8 without one); text that is not valid in it
//!   is refused, never replaced.
//! - The `.prj`: WGS84 lon/lat is read as is; WGS84 UTM (any zone, north or south) is
//!   converted to lon/lat ([`UtmZone`]) and said in a note; anything else is refused with
//!   its name. Without a `.prj`, coordinates all within lon/lat range are read as WGS84
//!   (said in a note); otherwise refused.
//!
//! Export ([`write_layers`]): one shapefile per kind of record (a shapefile holds one
//! geometry type), each with its `.shx`, `.dbf`, `.prj` (WGS84) and `.cpg` (UTF-8).

use std::io::{Cursor, Read, Seek};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};
use shapefile::dbase;
use shapefile::{PolygonRing, Shape};

use super::coords::UtmZone;
use crate::model::RecordKind;

/// The first four bytes of every `.shp` (and `.shx`): the file code 9994, big-endian.
const FILE_CODE: [u8; 4] = [0x00, 0x00, 0x27, 0x0A];

/// Why a shapefile cannot be imported (or written).
#[derive(Debug, thiserror::Error)]
pub enum ShapefileError {
    /// A part cannot be read (named).
    #[error("{0}")]
    Io(String),
    /// A record that cannot be read or taken (1-based).
    #[error("record {record}: {reason}")]
    Record {
        /// 1-based shape index.
        record: usize,
        /// Why.
        reason: String,
    },
    /// The file as a whole: its projection, encoding, parts.
    #[error("{0}")]
    File(String),
}

fn file_error(text: impl Into<String>) -> ShapefileError {
    ShapefileError::File(text.into())
}

fn record_error(record: usize, reason: impl Into<String>) -> ShapefileError {
    ShapefileError::Record {
        record,
        reason: reason.into(),
    }
}

/// Whether `head` (a file's first bytes) is a `.shp`: the file code 9994.
///
/// ```
/// use clearfield::io::shapefile::is_shapefile;
/// assert!(is_shapefile(&[0, 0, 0x27, 0x0A, 0, 0]));
/// assert!(!is_shapefile(b"{\"type\""));
/// ```
pub fn is_shapefile(head: &[u8]) -> bool {
    head.starts_with(&FILE_CODE)
}

/// Whether `head` is a zip archive (its first local file header).
///
/// ```
/// use clearfield::io::shapefile::is_zip;
/// assert!(is_zip(b"PK\x03\x04\x14\x00"));
/// assert!(!is_zip(b"PK"));
/// ```
pub fn is_zip(head: &[u8]) -> bool {
    head.starts_with(b"PK\x03\x04")
}

/// The parts of one shapefile, read whole.
#[derive(Default)]
struct Parts {
    shp: Vec<u8>,
    shx: Option<Vec<u8>>,
    dbf: Option<Vec<u8>>,
    prj: Option<Vec<u8>>,
    cpg: Option<Vec<u8>>,
}

/// A shapefile turned into GeoJSON.
#[derive(Clone, Debug)]
pub struct Converted {
    /// A GeoJSON FeatureCollection, one feature per record.
    pub geojson: Vec<u8>,
    /// What the user must be told: a projection converted, WGS84 assumed, heights dropped.
    pub notes: Vec<String>,
}

/// Parts larger than this are refused (a zip that would unpack to more).
const MAX_PART: u64 = 4 << 30;

/// Reads the shapefile whose `.shp` is `shp` (opened) at `path`, with the parts beside it
/// (their extensions in any case).
pub fn read_files(mut shp: impl Read, path: &Path) -> Result<Converted, ShapefileError> {
    let mut parts = Parts::default();
    shp.read_to_end(&mut parts.shp)
        .map_err(|e| ShapefileError::Io(format!("cannot read {}: {e}", path.display())))?;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let stem = path.file_stem().map(|s| s.to_owned()).unwrap_or_default();
    let entries = std::fs::read_dir(&folder)
        .map_err(|e| ShapefileError::Io(format!("cannot list {}: {e}", folder.display())))?;
    for entry in entries.flatten() {
        let p = entry.path();
        if p.file_stem() != Some(stem.as_os_str()) {
            continue;
        }
        let ext = p
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        if let Some(slot) = parts.slot(&ext) {
            let bytes = std::fs::read(&p)
                .map_err(|e| ShapefileError::Io(format!("cannot read {}: {e}", p.display())))?;
            *slot = Some(bytes);
        }
    }
    convert(parts)
}

impl Parts {
    /// Where the part with extension `ext` (lower case) goes; `None` for others.
    fn slot(&mut self, ext: &str) -> Option<&mut Option<Vec<u8>>> {
        match ext {
            "shx" => Some(&mut self.shx),
            "dbf" => Some(&mut self.dbf),
            "prj" => Some(&mut self.prj),
            "cpg" => Some(&mut self.cpg),
            _ => None,
        }
    }
}

/// Reads the one shapefile in the zip archive `reader` (in a folder of it or at its top).
pub fn read_zip(reader: impl Read + Seek) -> Result<Converted, ShapefileError> {
    let mut archive = zip::ZipArchive::new(reader)
        .map_err(|e| file_error(format!("not a zip archive that can be read: {e}")))?;
    let mut names: Vec<String> = Vec::new();
    for name in archive.file_names() {
        let name =
            name.map_err(|e| file_error(format!("a name in the zip cannot be read: {e}")))?;
        names.push(name.into_owned());
    }
    let is_shp = |n: &String| {
        n.to_ascii_lowercase().ends_with(".shp")
            && !n.starts_with("__MACOSX/")
            && !n.rsplit('/').next().unwrap_or("").starts_with("._")
    };
    let shps: Vec<&String> = names.iter().filter(|n| is_shp(n)).collect();
    let shp_name = match shps.as_slice() {
        [one] => (*one).clone(),
        [] => {
            return Err(file_error(
                "the zip holds no shapefile (.shp), no KML (a KMZ) and no XLSX workbook: nothing here to import",
            ));
        }
        many => {
            return Err(file_error(format!(
                "the zip holds {} shapefiles ({}): import them one at a time",
                many.len(),
                many.iter()
                    .map(|s| s.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )));
        }
    };
    let base = &shp_name[..shp_name.len() - 4];
    let mut parts = Parts::default();
    for name in &names {
        let Some(ext) = name
            .strip_prefix(base)
            .and_then(|rest| rest.strip_prefix('.'))
            .map(str::to_ascii_lowercase)
        else {
            continue;
        };
        let is_shp_part = ext == "shp";
        if !is_shp_part && parts.slot(&ext).is_none() {
            continue;
        }
        let mut entry = archive
            .by_name(name)
            .map_err(|e| ShapefileError::Io(format!("cannot read {name} in the zip: {e}")))?;
        let mut bytes = Vec::new();
        (&mut entry)
            .take(MAX_PART)
            .read_to_end(&mut bytes)
            .map_err(|e| ShapefileError::Io(format!("cannot read {name} in the zip: {e}")))?;
        if is_shp_part {
            parts.shp = bytes;
        } else if let Some(slot) = parts.slot(&ext) {
            *slot = Some(bytes);
        }
    }
    if !is_shapefile(&parts.shp) {
        return Err(file_error(format!(
            "{shp_name} in the zip is not a shapefile"
        )));
    }
    convert(parts)
}

/// The coordinate system of a shapefile: WGS84 lon/lat or a WGS84 UTM zone.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Crs {
    Wgs84,
    Utm(UtmZone),
}

/// A WKT node: `KEYWORD["name", values…, CHILD[…]…]`.
#[derive(Debug, Default)]
struct Node {
    key: String,
    texts: Vec<String>,
    numbers: Vec<f64>,
    children: Vec<Node>,
}

impl Node {
    fn name(&self) -> &str {
        self.texts.first().map(String::as_str).unwrap_or("")
    }

    fn child(&self, key: &str) -> Option<&Node> {
        self.children
            .iter()
            .find(|c| c.key.eq_ignore_ascii_case(key))
    }

    /// The value of `PARAMETER["name", value]`, the name compared loosely.
    fn parameter(&self, name: &str) -> Option<f64> {
        let want = loose(name);
        self.children
            .iter()
            .filter(|c| c.key.eq_ignore_ascii_case("PARAMETER"))
            .find(|c| loose(c.name()) == want)
            .and_then(|c| c.numbers.first().copied())
    }
}

/// `False_Easting`, `false easting` and `FALSE_EASTING` alike.
fn loose(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase()
}

/// Parses WKT1 (as ESRI and GDAL write it) into nodes; `None` when it is not WKT.
fn parse_wkt(text: &str) -> Option<Node> {
    fn node(chars: &[char], at: &mut usize) -> Option<Node> {
        let skip = |at: &mut usize| {
            while *at < chars.len() && chars[*at].is_whitespace() {
                *at += 1;
            }
        };
        skip(at);
        let start = *at;
        while *at < chars.len() && (chars[*at].is_ascii_alphanumeric() || chars[*at] == '_') {
            *at += 1;
        }
        let mut n = Node {
            key: chars[start..*at].iter().collect(),
            ..Node::default()
        };
        skip(at);
        let close = match chars.get(*at) {
            Some('[') => ']',
            Some('(') => ')',
            _ => return Some(n),
        };
        *at += 1;
        loop {
            skip(at);
            match chars.get(*at)? {
                '"' => {
                    let from = *at + 1;
                    let to = from + chars[from..].iter().position(|c| *c == '"')?;
                    n.texts.push(chars[from..to].iter().collect());
                    *at = to + 1;
                }
                c if c.is_ascii_digit() || matches!(c, '-' | '+' | '.') => {
                    let from = *at;
                    while *at < chars.len()
                        && (chars[*at].is_ascii_alphanumeric()
                            || matches!(chars[*at], '-' | '+' | '.'))
                    {
                        *at += 1;
                    }
                    let t: String = chars[from..*at].iter().collect();
                    n.numbers.push(t.parse().ok()?);
                }
                c if c.is_ascii_alphabetic() => {
                    let child = node(chars, at)?;
                    n.children.push(child);
                }
                _ => return None,
            }
            skip(at);
            match chars.get(*at)? {
                ',' => *at += 1,
                c if *c == close => {
                    *at += 1;
                    return Some(n);
                }
                _ => return None,
            }
        }
    }
    let chars: Vec<char> = text.trim_start_matches('\u{feff}').chars().collect();
    let mut at = 0;
    let n = node(&chars, &mut at)?;
    (!n.key.is_empty()).then_some(n)
}

/// The refusal of a coordinate system that is not WGS84 lon/lat or WGS84 UTM.
fn other_crs(name: &str) -> ShapefileError {
    file_error(format!(
        "its .prj names {name:?}, which is not WGS84 longitude/latitude or a WGS84 UTM zone; \
         reproject it first (ogr2ogr -t_srs EPSG:4326 out.shp in.shp)"
    ))
}

/// Whether a GEOGCS node is WGS84 in degrees from Greenwich.
fn is_wgs84(geog: &Node) -> bool {
    let datum = geog
        .child("DATUM")
        .map(|d| loose(d.name()))
        .unwrap_or_default();
    let datum_ok = matches!(
        datum.as_str(),
        "dwgs1984" | "wgs1984" | "wgs84" | "worldgeodeticsystem1984"
    );
    let meridian_ok = geog
        .child("PRIMEM")
        .and_then(|p| p.numbers.first())
        .is_none_or(|x| *x == 0.0);
    let unit_ok = geog
        .child("UNIT")
        .and_then(|u| u.numbers.first())
        .is_none_or(|x| (x - std::f64::consts::PI / 180.0).abs() < 1e-12);
    datum_ok && meridian_ok && unit_ok
}

/// The coordinate system a `.prj` names.
fn crs_of(prj: &str) -> Result<Crs, ShapefileError> {
    let Some(root) = parse_wkt(prj) else {
        return Err(file_error(format!(
            "its .prj is not WKT that can be read ({:?})",
            super::text::cut(prj.trim())
        )));
    };
    let key = root.key.to_ascii_uppercase();
    if key == "GEOGCS" {
        return if is_wgs84(&root) {
            Ok(Crs::Wgs84)
        } else {
            Err(other_crs(root.name()))
        };
    }
    if key != "PROJCS" {
        return Err(other_crs(root.name()));
    }
    let name = root.name();
    // The zone its parameters give (a name such as "UTM Zone 36, Northern Hemisphere" or a
    // custom one says nothing sure), then checked against the name when the name gives one.
    let by_parameters = utm_zone_of_parameters(&root);
    match (utm_zone_named(name), by_parameters) {
        (Some(named), Some(zone)) if named == zone => Ok(Crs::Utm(zone)),
        (None, Some(zone)) => Ok(Crs::Utm(zone)),
        (Some(_), _) => Err(file_error(format!(
            "its .prj names {name:?} but its datum or parameters are not those of WGS84 UTM; \
             reproject it first (ogr2ogr -t_srs EPSG:4326 out.shp in.shp)"
        ))),
        (None, None) => Err(other_crs(name)),
    }
}

/// The WGS84 UTM zone a PROJCS is by its datum, projection and parameters (Transverse
/// Mercator, scale 0.9996, false easting 500 km, false northing 0 or 10 000 km, a zone's
/// central meridian, metres); `None` for any other.
fn utm_zone_of_parameters(root: &Node) -> Option<UtmZone> {
    let close = |p: &str, v: f64| root.parameter(p).is_some_and(|x| (x - v).abs() < 1e-9);
    let geog_ok = root.child("GEOGCS").is_some_and(is_wgs84);
    let projection_ok =
        root.child("PROJECTION").map(|p| loose(p.name())).as_deref() == Some("transversemercator");
    let metre_ok = root
        .child("UNIT")
        .and_then(|u| u.numbers.first())
        .is_none_or(|x| *x == 1.0);
    if !(geog_ok
        && projection_ok
        && metre_ok
        && close("latitude_of_origin", 0.0)
        && close("scale_factor", 0.9996)
        && close("false_easting", 500_000.0))
    {
        return None;
    }
    let north = if close("false_northing", 0.0) {
        true
    } else if close("false_northing", 10_000_000.0) {
        false
    } else {
        return None;
    };
    let cm = root.parameter("central_meridian")?;
    let zone = ((cm + 183.0) / 6.0).round();
    ((1.0..=60.0).contains(&zone) && (zone * 6.0 - 183.0 - cm).abs() < 1e-9).then_some(UtmZone {
        zone: zone as i32,
        north,
    })
}

/// The zone of a name as EPSG (`WGS 84 / UTM zone 36N`) or ESRI (`WGS_1984_UTM_Zone_36N`)
/// write it.
fn utm_zone_named(name: &str) -> Option<UtmZone> {
    let l = loose(name);
    let rest = l
        .strip_prefix("wgs84utmzone")
        .or_else(|| l.strip_prefix("wgs1984utmzone"))?;
    let (digits, hemi) = rest.split_at(rest.len().checked_sub(1)?);
    let zone: i32 = digits.parse().ok()?;
    let north = match hemi {
        "n" => true,
        "s" => false,
        _ => return None,
    };
    (1..=60).contains(&zone).then_some(UtmZone { zone, north })
}

/// The DBF reader's decoder for `encoding`: UTF-8 strictly (a malformed byte is an error);
/// any other through encoding_rs (whose replacement characters are then refused).
fn dbase_encoding(encoding: &'static encoding_rs::Encoding) -> dbase::encoding::DynEncoding {
    if encoding == encoding_rs::UTF_8 {
        dbase::Unicode.into()
    } else {
        dbase::encoding::EncodingRs::from(encoding).into()
    }
}

/// The encoding a `.cpg` names: `UTF-8`, a Windows code page (`1256`, `CP1251`,
/// `windows-1252`), ISO 8859 (`8859-6`, `ISO-8859-1`, `88591`) or another WHATWG label.
fn encoding_named(cpg: &str) -> Result<&'static encoding_rs::Encoding, ShapefileError> {
    let t = cpg.trim().trim_start_matches('\u{feff}').trim();
    let l = t.to_ascii_lowercase().replace(' ', "");
    let digits = l
        .strip_prefix("cp")
        .or_else(|| l.strip_prefix("ansi"))
        .or_else(|| l.strip_prefix("windows-"))
        .unwrap_or(&l);
    let label = if let Some(part) = l
        .strip_prefix("iso")
        .unwrap_or(&l)
        .trim_start_matches(['-', '_'])
        .strip_prefix("8859")
    {
        format!("iso-8859-{}", part.trim_start_matches(['-', '_']))
    } else if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) {
        match digits {
            "65001" => "utf-8".to_owned(),
            "866" => "ibm866".to_owned(),
            "932" => "shift_jis".to_owned(),
            "936" => "gbk".to_owned(),
            "949" => "euc-kr".to_owned(),
            "950" => "big5".to_owned(),
            d => format!("windows-{d}"),
        }
    } else {
        l.clone()
    };
    match encoding_rs::Encoding::for_label(label.as_bytes()) {
        Some(e) if e.is_ascii_compatible() && e != encoding_rs::REPLACEMENT => Ok(e),
        _ => Err(file_error(format!(
            "its .cpg names the text encoding {:?}, which is not one that can be read \
             (UTF-8, Windows code pages such as 1256 or 1251, ISO-8859-x)",
            super::text::cut(t)
        ))),
    }
}

/// The database field a DBF column name stands for when ArcGIS or GDAL cut it to 10
/// characters (`surveyed_o` → `surveyed_on`); `None` when it names no cut field.
fn uncut(column: &str) -> Option<&'static str> {
    if column.chars().count() != 10 {
        return None;
    }
    let mut found = None;
    for kind in RecordKind::ALL {
        for f in kind.fields() {
            if f.len() > 10 && f.starts_with(column) {
                if found.is_some_and(|g| g != *f) {
                    return None;
                }
                found = Some(*f);
            }
        }
    }
    found
}

/// A DBF value as a JSON property value; `None` when empty.
fn json_value(v: dbase::FieldValue) -> Option<Value> {
    use dbase::FieldValue as F;
    let number = |x: f64| -> Option<Value> {
        if x.fract() == 0.0 && x.abs() < 9.0e15 {
            Some(Value::from(x as i64))
        } else {
            serde_json::Number::from_f64(x).map(Value::Number)
        }
    };
    let date = |d: dbase::Date| format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
    match v {
        F::Character(s) => s.filter(|s| !s.trim().is_empty()).map(Value::String),
        F::Memo(s) => (!s.trim().is_empty()).then_some(Value::String(s)),
        F::Numeric(x) => x.and_then(number),
        // Written as text in the file: its shortest decimal form is the number meant.
        F::Float(x) => x.and_then(|x| x.to_string().parse::<f64>().ok().and_then(number)),
        F::Logical(b) => b.map(Value::Bool),
        F::Date(d) => d.map(|d| Value::String(date(d))),
        F::Integer(i) => Some(Value::from(i)),
        F::Double(x) | F::Currency(x) => number(x),
        F::DateTime(t) => {
            let (d, tm) = (t.date(), t.time());
            Some(Value::String(format!(
                "{}T{:02}:{:02}:{:02}",
                date(d),
                tm.hours(),
                tm.minutes(),
                tm.seconds()
            )))
        }
    }
}

/// Reads the attribute table: one property map per record, in field order.
fn attributes(
    dbf: &[u8],
    encoding: &'static encoding_rs::Encoding,
) -> Result<Vec<Map<String, Value>>, ShapefileError> {
    let mut reader = dbase::ReaderBuilder::new()
        .with_encoding(dbase_encoding(encoding))
        .build(Cursor::new(dbf))
        .map_err(|e| file_error(format!("its .dbf cannot be read: {e}")))?;
    let columns: Vec<String> = reader
        .fields()
        .iter()
        .map(|f| f.name().to_owned())
        .filter(|n| n != "DeletionFlag")
        .collect();
    let names: Vec<String> = columns
        .iter()
        .map(|c| match uncut(c) {
            Some(full) if !columns.iter().any(|o| o == full) => full.to_owned(),
            _ => c.clone(),
        })
        .collect();
    let mut out = Vec::new();
    for (i, record) in reader.iter_records().enumerate() {
        let mut record = record.map_err(|e| record_error(i + 1, format!("its attributes: {e}")))?;
        let mut props = Map::new();
        for (column, name) in columns.iter().zip(&names) {
            if let Some(v) = record.remove(column).and_then(json_value) {
                // A byte the encoding has no character for is refused, never replaced.
                if v.as_str().is_some_and(|t| t.contains('\u{fffd}')) {
                    return Err(record_error(
                        i + 1,
                        format!(
                            "field {column} holds bytes that are not text in {} (the encoding \
                             its .cpg names, UTF-8 without one)",
                            encoding.name()
                        ),
                    ));
                }
                props.insert(name.clone(), v);
            }
        }
        out.push(props);
    }
    Ok(out)
}

/// The points of a shape as (x, y), by ring for polygons.
enum Taken {
    Null,
    Point([f64; 2]),
    Polygon(Vec<(bool, Vec<[f64; 2]>)>),
}

/// A shape's geometry in the file's coordinates; whether it had Z or M values.
fn take(shape: Shape, record: usize) -> Result<(Taken, bool), ShapefileError> {
    fn rings<P>(rings: Vec<PolygonRing<P>>, xy: impl Fn(&P) -> [f64; 2]) -> Taken {
        Taken::Polygon(
            rings
                .into_iter()
                .map(|r| {
                    let outer = matches!(r, PolygonRing::Outer(_));
                    (outer, r.into_inner().iter().map(&xy).collect())
                })
                .collect(),
        )
    }
    Ok(match shape {
        Shape::NullShape => (Taken::Null, false),
        Shape::Point(p) => (Taken::Point([p.x, p.y]), false),
        Shape::PointM(p) => (Taken::Point([p.x, p.y]), true),
        Shape::PointZ(p) => (Taken::Point([p.x, p.y]), true),
        Shape::Polygon(p) => (rings(p.into_inner(), |q| [q.x, q.y]), false),
        Shape::PolygonM(p) => (rings(p.into_inner(), |q| [q.x, q.y]), true),
        Shape::PolygonZ(p) => (rings(p.into_inner(), |q| [q.x, q.y]), true),
        other => {
            return Err(record_error(
                record,
                format!(
                    "is a {}: only polygons (boundaries) and points can be imported",
                    other.shapetype()
                ),
            ));
        }
    })
}

/// Twice the signed area of a ring (positive counter-clockwise).
fn signed_area2(ring: &[[f64; 2]]) -> f64 {
    ring.windows(2)
        .map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1])
        .sum()
}

/// Whether `p` is inside `ring` (even-odd rule).
fn inside(p: [f64; 2], ring: &[[f64; 2]]) -> bool {
    let mut c = false;
    for w in ring.windows(2) {
        let (a, b) = (w[0], w[1]);
        if (a[1] > p[1]) != (b[1] > p[1])
            && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]
        {
            c = !c;
        }
    }
    c
}

/// A polygon record's rings as GeoJSON Polygon or MultiPolygon coordinates, each hole in
/// the smallest outer ring holding it, exterior rings counter-clockwise (RFC 7946).
fn polygon_json(rings: Vec<(bool, Vec<[f64; 2]>)>, record: usize) -> Result<Value, ShapefileError> {
    let mut polygons: Vec<Vec<Vec<[f64; 2]>>> = Vec::new();
    let mut holes = Vec::new();
    for (i, (outer, mut ring)) in rings.into_iter().enumerate() {
        if outer {
            if signed_area2(&ring) < 0.0 {
                ring.reverse();
            }
            polygons.push(vec![ring]);
        } else {
            holes.push((i + 1, ring));
        }
    }
    for (i, mut hole) in holes {
        // Its vertices all inside the outer ring (a vertex on the ring's edge counts as
        // either way; one inside is enough when the others are on the edge).
        let holder = polygons
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                hole.iter().any(|v| inside(*v, &p[0]))
                    && hole.iter().filter(|v| !inside(**v, &p[0])).count() < hole.len() / 2
            })
            .min_by(|a, b| {
                signed_area2(&a.1[0])
                    .abs()
                    .total_cmp(&signed_area2(&b.1[0]).abs())
            })
            .map(|(k, _)| k);
        let Some(k) = holder else {
            return Err(record_error(
                record,
                format!(
                    "ring {i} is a hole (counter-clockwise) inside no outer ring of the record"
                ),
            ));
        };
        if signed_area2(&hole) > 0.0 {
            hole.reverse();
        }
        polygons[k].push(hole);
    }
    Ok(match polygons.len() {
        0 => {
            return Err(record_error(record, "a polygon with no outer ring"));
        }
        1 => json!({"type": "Polygon", "coordinates": polygons.remove(0)}),
        _ => json!({"type": "MultiPolygon", "coordinates": polygons}),
    })
}

/// Turns a shape's coordinates into lon/lat.
fn to_lon_lat(crs: Crs, p: [f64; 2], record: usize) -> Result<[f64; 2], ShapefileError> {
    match crs {
        Crs::Wgs84 => Ok(p),
        Crs::Utm(zone) => zone
            .to_lon_lat(p[0], p[1])
            .map(|(lon, lat)| [lon, lat])
            .map_err(|e| record_error(record, e)),
    }
}

/// The parts read: the features and notes.
fn convert(parts: Parts) -> Result<Converted, ShapefileError> {
    let mut notes = Vec::new();
    let encoding = match &parts.cpg {
        Some(cpg) => encoding_named(&String::from_utf8_lossy(cpg))?,
        None => encoding_rs::UTF_8,
    };
    let crs = match &parts.prj {
        Some(prj) => Some(crs_of(&String::from_utf8_lossy(prj))?),
        None => None,
    };
    let shape_reader = match parts.shx {
        Some(shx) => shapefile::ShapeReader::with_shx(Cursor::new(parts.shp), Cursor::new(shx)),
        None => shapefile::ShapeReader::new(Cursor::new(parts.shp)),
    };
    let mut shape_reader =
        shape_reader.map_err(|e| file_error(format!("its .shp cannot be read: {e}")))?;
    let mut taken = Vec::new();
    let mut z_or_m = false;
    for (i, shape) in shape_reader.iter_shapes().enumerate() {
        let shape = shape.map_err(|e| record_error(i + 1, e.to_string()))?;
        let (t, zm) = take(shape, i + 1)?;
        z_or_m |= zm;
        taken.push(t);
    }
    let crs = match crs {
        Some(c) => c,
        None => {
            let in_range =
                |p: &[f64; 2]| (-180.0..=180.0).contains(&p[0]) && (-90.0..=90.0).contains(&p[1]);
            let all_in_range = taken.iter().all(|t| match t {
                Taken::Null => true,
                Taken::Point(p) => in_range(p),
                Taken::Polygon(rings) => rings.iter().all(|(_, r)| r.iter().all(in_range)),
            });
            if !all_in_range {
                return Err(file_error(
                    "its .prj is missing and its coordinates are not all longitudes and latitudes: \
                     put the .prj beside the .shp (or in the zip) so its projection is known",
                ));
            }
            notes.push(
                "no .prj: the coordinates, all within longitude/latitude range, were read as WGS84"
                    .to_owned(),
            );
            Crs::Wgs84
        }
    };
    if let Crs::Utm(zone) = crs {
        notes.push(format!(
            "converted from {} to WGS84 longitude/latitude",
            zone.name()
        ));
    }
    if z_or_m {
        notes.push("heights (Z) and measures (M) were left out: only x and y are kept".to_owned());
    }
    let mut props = match &parts.dbf {
        Some(dbf) => attributes(dbf, encoding)?,
        None => {
            notes.push("no .dbf: the records have no attributes".to_owned());
            vec![Map::new(); taken.len()]
        }
    };
    if props.len() != taken.len() {
        return Err(file_error(format!(
            "its .shp holds {} records but its .dbf {} (rows marked deleted count as missing): \
             they do not belong together",
            taken.len(),
            props.len()
        )));
    }
    let mut features = Vec::with_capacity(taken.len());
    for (i, (t, p)) in taken.into_iter().zip(props.drain(..)).enumerate() {
        let n = i + 1;
        let geometry = match t {
            Taken::Null => Value::Null,
            Taken::Point(p) => json!({"type": "Point", "coordinates": to_lon_lat(crs, p, n)?}),
            Taken::Polygon(rings) => {
                let mut converted = Vec::with_capacity(rings.len());
                for (outer, ring) in rings {
                    let ring = ring
                        .into_iter()
                        .map(|p| to_lon_lat(crs, p, n))
                        .collect::<Result<Vec<_>, _>>()?;
                    converted.push((outer, ring));
                }
                polygon_json(converted, n)?
            }
        };
        features.push(json!({"type": "Feature", "properties": p, "geometry": geometry}));
    }
    let collection = json!({"type": "FeatureCollection", "features": features});
    let geojson = serde_json::to_vec(&collection).map_err(|e| file_error(e.to_string()))?;
    Ok(Converted { geojson, notes })
}

/// The `.prj` of WGS84 longitude/latitude as ESRI writes it.
pub const WGS84_PRJ: &str = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

/// One shapefile to write: features of one geometry type (points or polygons).
pub struct Layer {
    /// What is added to the given name: `sites.shp` → `sites_<suffix>.shp`.
    pub suffix: String,
    /// The features: geometry (Point, Polygon or MultiPolygon) and properties.
    pub features: Vec<(geo_types::Geometry<f64>, Map<String, Value>)>,
}

/// The `.shp` a layer is written to beside `base` (`sites.shp`, suffix `hazard_area` →
/// `sites_hazard_area.shp`).
///
/// ```
/// use clearfield::io::shapefile::layer_path;
/// use std::path::Path;
/// assert_eq!(layer_path(Path::new("out/sites.shp"), "hazard_area"), Path::new("out/sites_hazard_area.shp"));
/// ```
pub fn layer_path(base: &Path, suffix: &str) -> PathBuf {
    let stem = base
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    base.with_file_name(format!("{stem}_{suffix}.shp"))
}

/// The type of a DBF column, from every value it takes.
#[derive(Clone, Debug, PartialEq)]
enum Column {
    /// Text, its width in bytes.
    Text(u8),
    /// Numbers: width and decimals.
    Number(u8, u8),
    /// True or false.
    Logical,
    /// `YYYY-MM-DD`.
    Date,
}

/// The text of a property value in a text column (JSON for what is not text).
fn text_of(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A number's decimal text with `decimals` places (as the DBF writer formats it).
fn number_text(x: f64, decimals: usize) -> String {
    format!("{x:.decimals$}")
}

/// The type of the column of property `name`, from its values.
fn column_type(name: &str, values: &[&Value]) -> Result<Column, String> {
    let present: Vec<&Value> = values.iter().copied().filter(|v| !v.is_null()).collect();
    if !present.is_empty() && present.iter().all(|v| v.is_boolean()) {
        return Ok(Column::Logical);
    }
    if !present.is_empty() && present.iter().all(|v| v.is_number()) {
        let mut decimals = 0usize;
        let mut xs = Vec::new();
        for v in &present {
            let x = v
                .as_f64()
                .filter(|x| x.is_finite())
                .ok_or("a number too large")?;
            // The shortest text that reads back as this number: its places are those needed.
            let shortest = x.to_string();
            decimals = decimals.max(shortest.split_once('.').map_or(0, |(_, f)| f.len()));
            xs.push(x);
        }
        let width = xs
            .iter()
            .map(|x| number_text(*x, decimals).len())
            .max()
            .unwrap_or(1);
        if width > 254 || decimals > 253 {
            return Err("numbers too long for a DBF column".to_owned());
        }
        return Ok(Column::Number(width as u8, decimals as u8));
    }
    if crate::model::DATE_FIELDS.contains(&name)
        && present.iter().all(|v| {
            v.as_str()
                .is_some_and(|t| t.len() == 10 && crate::model::parse_date(t).is_ok())
        })
    {
        return Ok(Column::Date);
    }
    let width = present
        .iter()
        .map(|v| text_of(v).len())
        .max()
        .unwrap_or(1)
        .max(1);
    if width > 254 {
        return Err(format!(
            "a value of {width} bytes: a shapefile's text column holds at most 254 (export GeoJSON to keep it whole)"
        ));
    }
    Ok(Column::Text(width as u8))
}

/// DBF column names for `names`: each cut to 10 bytes (at a character boundary), made
/// unique (case aside) by ending the later ones `_1`, `_2`…
///
/// ```
/// use clearfield::io::shapefile::column_names;
/// let names = ["classification", "classifications", "note"].map(String::from);
/// assert_eq!(column_names(&names), ["classifica", "classifi_1", "note"]);
/// ```
pub fn column_names(names: &[String]) -> Vec<String> {
    fn cut(s: &str, bytes: usize) -> &str {
        let mut end = s.len().min(bytes);
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        &s[..end]
    }
    let mut taken: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for name in names {
        let mut candidate = cut(name, 10).to_owned();
        let mut n = 0;
        while taken.iter().any(|t| t.eq_ignore_ascii_case(&candidate)) {
            n += 1;
            let end = format!("_{n}");
            candidate = format!("{}{end}", cut(name, 10 - end.len()));
        }
        taken.push(candidate.clone());
        out.push(candidate);
    }
    out
}

/// The DBF value of a property in its column.
fn dbf_value(column: &Column, v: Option<&Value>) -> dbase::FieldValue {
    use dbase::FieldValue as F;
    let v = v.filter(|v| !v.is_null());
    match column {
        Column::Text(_) => F::Character(v.map(text_of)),
        Column::Number(..) => F::Numeric(v.and_then(Value::as_f64)),
        Column::Logical => F::Logical(v.and_then(Value::as_bool)),
        Column::Date => F::Date(v.and_then(Value::as_str).and_then(|t| {
            let d = crate::model::parse_date(t).ok()?;
            use chrono::Datelike;
            dbase::Date::new(d.day(), d.month(), d.year() as u32).ok()
        })),
    }
}

/// A geometry as a shape: a Point, or a Polygon whose outer rings are clockwise and holes
/// counter-clockwise.
fn shape_of(g: &geo_types::Geometry<f64>) -> Option<Out> {
    use geo_types::Geometry;
    let ring = |l: &geo_types::LineString<f64>| -> Vec<shapefile::Point> {
        l.0.iter()
            .map(|c| shapefile::Point::new(c.x, c.y))
            .collect()
    };
    let polygons: Vec<&geo_types::Polygon<f64>> = match g {
        Geometry::Point(p) => return Some(Out::Point(shapefile::Point::new(p.x(), p.y()))),
        Geometry::Polygon(p) => vec![p],
        Geometry::MultiPolygon(mp) => mp.0.iter().collect(),
        _ => return None,
    };
    let mut rings = Vec::new();
    for p in polygons {
        rings.push(PolygonRing::Outer(ring(p.exterior())));
        rings.extend(p.interiors().iter().map(|h| PolygonRing::Inner(ring(h))));
    }
    (!rings.is_empty()).then(|| Out::Polygon(shapefile::Polygon::with_rings(rings)))
}

/// A shape to write.
enum Out {
    Point(shapefile::Point),
    Polygon(shapefile::Polygon),
}

/// The four files of a layer (`.shp`, `.shx`, `.dbf`, `.cpg` and `.prj`) as bytes.
fn layer_bytes(layer: &Layer) -> Result<[Vec<u8>; 3], ShapefileError> {
    let mut names: Vec<String> = Vec::new();
    for (_, props) in &layer.features {
        for k in props.keys() {
            if !names.contains(k) {
                names.push(k.clone());
            }
        }
    }
    if names.len() > 255 {
        return Err(file_error(format!(
            "{}: {} properties, a DBF holds at most 255 columns",
            layer.suffix,
            names.len()
        )));
    }
    let mut columns = Vec::with_capacity(names.len());
    for name in &names {
        let values: Vec<&Value> = layer
            .features
            .iter()
            .filter_map(|(_, p)| p.get(name))
            .collect();
        columns.push(column_type(name, &values).map_err(|e| {
            // Named by the record that holds the value (its id).
            let id = layer
                .features
                .iter()
                .find(|(_, p)| p.get(name).is_some_and(|v| text_of(v).len() > 254))
                .and_then(|(_, p)| p.get("id"))
                .map(|id| format!(" {}", text_of(id)))
                .unwrap_or_default();
            file_error(format!("{}{id}: property {name}: {e}", layer.suffix))
        })?);
    }
    let dbf_names = column_names(&names);
    let mut builder = dbase::TableWriterBuilder::with_encoding(dbase::Unicode);
    for (name, column) in dbf_names.iter().zip(&columns) {
        let field = dbase::FieldName::try_from(name.as_str())
            .map_err(|e| file_error(format!("column {name}: {e}")))?;
        builder = match column {
            Column::Text(w) => builder.add_character_field(field, *w),
            Column::Number(w, d) => builder.add_numeric_field(field, *w, *d),
            Column::Logical => builder.add_logical_field(field),
            Column::Date => builder.add_date_field(field),
        };
    }
    let (mut shp, mut shx, mut dbf) = (
        Cursor::new(Vec::new()),
        Cursor::new(Vec::new()),
        Cursor::new(Vec::new()),
    );
    {
        let mut shapes = shapefile::ShapeWriter::with_shx(&mut shp, &mut shx);
        let mut table = builder.build_with_dest(&mut dbf);
        for (i, (geometry, props)) in layer.features.iter().enumerate() {
            let id = props
                .get("id")
                .map(text_of)
                .unwrap_or_else(|| (i + 1).to_string());
            let shape = shape_of(geometry).ok_or_else(|| {
                file_error(format!(
                    "{} {id}: its geometry is not a point or a polygon",
                    layer.suffix
                ))
            })?;
            let mut record = dbase::Record::default();
            for ((name, dbf_name), column) in names.iter().zip(&dbf_names).zip(&columns) {
                record.insert(dbf_name.clone(), dbf_value(column, props.get(name)));
            }
            match &shape {
                Out::Point(p) => shapes.write_shape(p),
                Out::Polygon(p) => shapes.write_shape(p),
            }
            .map_err(|e| file_error(format!("{} {id}: {e}", layer.suffix)))?;
            table
                .write_record(&record)
                .map_err(|e| file_error(format!("{} {id}: {e}", layer.suffix)))?;
        }
        shapes.finalize().map_err(|e| file_error(e.to_string()))?;
        table.finalize().map_err(|e| file_error(e.to_string()))?;
    }
    Ok([shp.into_inner(), shx.into_inner(), dbf.into_inner()])
}

/// Writes each layer (those with features) as a shapefile beside `base` ([`layer_path`]),
/// with its `.shx`, `.dbf`, `.prj` (WGS84) and `.cpg` (UTF-8): every file is written to a
/// temporary file first and all take their names only once all are written, so a failure
/// leaves nothing half-written. Returns the `.shp` files written.
pub fn write_layers(base: &Path, layers: &[Layer]) -> Result<Vec<PathBuf>, ShapefileError> {
    let io =
        |path: &Path, e: std::io::Error| ShapefileError::Io(format!("{}: {e}", path.display()));
    let mut pending = Vec::new();
    let mut written = Vec::new();
    for layer in layers.iter().filter(|l| !l.features.is_empty()) {
        let [shp, shx, dbf] = layer_bytes(layer)?;
        let path = layer_path(base, &layer.suffix);
        let files: [(&str, Vec<u8>); 5] = [
            ("shp", shp),
            ("shx", shx),
            ("dbf", dbf),
            ("prj", WGS84_PRJ.as_bytes().to_vec()),
            ("cpg", b"UTF-8".to_vec()),
        ];
        for (ext, bytes) in files {
            let p = path.with_extension(ext);
            let file = super::AtomicFile::new(&p).map_err(|e| io(&p, e))?;
            std::fs::write(file.temp_path(), &bytes).map_err(|e| io(&p, e))?;
            pending.push((p, file));
        }
        written.push(path);
    }
    for (p, file) in pending {
        file.commit().map_err(|e| io(&p, e))?;
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(name: &str) -> Vec<u8> {
        std::fs::read(format!(
            "{}/tests/data/shapefile/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    /// Parts damaged at random (bytes overwritten, files cut short; a fixed seed) give an
    /// answer (features or a reason), never a panic or an abort.
    #[test]
    fn damaged_parts_are_refused_never_a_panic() {
        let stems = ["hazards_utm36n", "finds_cp1256", "orphan_hole"];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for stem in stems {
            let parts = ["shp", "shx", "dbf"].map(|e| sample(&format!("{stem}.{e}")));
            for round in 0..600 {
                let mut damaged = parts.clone();
                let which = round % 3;
                let b = &mut damaged[which];
                for _ in 0..(1 + next() % 4) {
                    let at = (next() as usize) % b.len();
                    match next() % 3 {
                        0 => b[at] = next() as u8,
                        1 => b[at] = 0xFF,
                        _ => b.truncate(at.max(1)),
                    }
                }
                let [shp, shx, dbf] = damaged;
                let _ = convert(Parts {
                    shp,
                    shx: Some(shx),
                    dbf: Some(dbf),
                    prj: Some(sample(&format!("{stem}.prj"))),
                    cpg: None,
                });
            }
        }
    }

    /// A zip damaged at random (a fixed seed) is refused or read, never a panic.
    #[test]
    fn a_damaged_zip_is_refused_never_a_panic() {
        let zip = sample("finds_cp1256.zip");
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..1500 {
            let mut b = zip.clone();
            for _ in 0..3 {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let at = (state as usize) % b.len();
                b[at] = (state >> 32) as u8;
            }
            let _ = read_zip(Cursor::new(b));
        }
    }

    #[test]
    fn prj_names_and_parameters() {
        let utm = sample("hazards_utm36n.prj");
        assert_eq!(
            crs_of(&String::from_utf8_lossy(&utm)).unwrap(),
            Crs::Utm(UtmZone {
                zone: 36,
                north: true
            })
        );
        let south = String::from_utf8_lossy(&utm)
            .replace("36N", "36S")
            .replace("False_Northing\",0.0", "False_Northing\",10000000.0");
        assert_eq!(
            crs_of(&south).unwrap(),
            Crs::Utm(UtmZone {
                zone: 36,
                north: false
            })
        );
        // The name alone is not enough: a wrong central meridian is refused.
        let wrong = String::from_utf8_lossy(&utm)
            .replace("Central_Meridian\",33.0", "Central_Meridian\",39.0");
        assert!(crs_of(&wrong).is_err());
        let epsg = r#"PROJCS["WGS 84 / UTM zone 37S",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",39],PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],PARAMETER["false_northing",10000000],UNIT["metre",1],AUTHORITY["EPSG","32737"]]"#;
        assert_eq!(
            crs_of(epsg).unwrap(),
            Crs::Utm(UtmZone {
                zone: 37,
                north: false
            })
        );
        assert_eq!(
            crs_of(&String::from_utf8_lossy(&sample("hazards_wgs84.prj"))).unwrap(),
            Crs::Wgs84
        );
        // Named otherwise, told by its parameters.
        let named = String::from_utf8_lossy(&utm)
            .replace("WGS_1984_UTM_Zone_36N", "UTM Zone 36, Northern Hemisphere");
        assert_eq!(
            crs_of(&named).unwrap(),
            Crs::Utm(UtmZone {
                zone: 36,
                north: true
            })
        );
        let nad = r#"GEOGCS["GCS_North_American_1983",DATUM["D_North_American_1983",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]"#;
        assert!(
            crs_of(nad)
                .unwrap_err()
                .to_string()
                .contains("GCS_North_American_1983")
        );
    }

    #[test]
    fn cpg_labels() {
        for (label, want) in [
            ("UTF-8", encoding_rs::UTF_8),
            ("65001", encoding_rs::UTF_8),
            ("1256", encoding_rs::WINDOWS_1256),
            ("CP1256", encoding_rs::WINDOWS_1256),
            ("ANSI 1251", encoding_rs::WINDOWS_1251),
            ("8859-6", encoding_rs::ISO_8859_6),
            ("ISO-8859-5", encoding_rs::ISO_8859_5),
            ("88592", encoding_rs::ISO_8859_2),
        ] {
            assert_eq!(encoding_named(label).unwrap(), want, "{label}");
        }
        assert!(encoding_named("UTF-16").is_err());
        assert!(encoding_named("EBCDIC").is_err());
    }
}
