//! KML 2.2 and KMZ (Google Earth's files, crates `kml` and `zip`): read into the GeoJSON
//! features the import reads, so that a KML file goes through the same checks, problems and
//! transaction as a GeoJSON one (`exchange::import`); and written for managers who look at
//! the programme in Google Earth ([`write_kml`]).
//!
//! Reading:
//! - Each Placemark is a feature, numbered in file order: a Point a point feature (a find,
//!   evidence or survey point, by `--as` or its `kind`), a Polygon (outer and inner
//!   boundaries) a boundary, a MultiGeometry's polygons one MultiPolygon and its points one
//!   point feature each. A LineString (or LinearRing) is a boundary only when closed; an open
//!   one is refused, naming the placemark, since a boundary must be a closed ring.
//! - `name` becomes the `name` property, `description` the `note` (unless the placemark's
//!   data has a `note`), and `ExtendedData` (`<Data name><value>` and
//!   `<SchemaData><SimpleData name>`) the properties of those names, as text.
//! - Documents and Folders are walked through; Styles, LookAt, NetworkLinks, Schemas and
//!   anything else are ignored, never an error.
//! - **Altitudes are dropped**: the database holds positions on the ground only.
//! - A KMZ is a zip holding `doc.kml` (or else the first `.kml` in it), read as above.
//!
//! The `kml` crate reads the geometry, names and descriptions; it keeps `ExtendedData` only
//! as a generic element tree that loses a value given as CDATA and leaves `&amp;` in
//! attribute names escaped, so the data are read in a second pass with `quick-xml`,
//! placemark by placemark in the same order.

use std::fmt::Write as _;
use std::io::{Read, Seek};

use geographiclib_rs::{Geodesic, InverseGeodesic};
use kml::types::{Geometry, Placemark};
use serde_json::{Map, Value, json};

use crate::model::{Record, RecordKind};

/// How KML features are made.
#[derive(Clone, Copy, Debug)]
pub struct KmlOptions {
    /// The kind polygons without a `kind` property are imported as (hazard area or release).
    pub polygons_as: RecordKind,
}

impl Default for KmlOptions {
    fn default() -> Self {
        KmlOptions {
            polygons_as: RecordKind::HazardArea,
        }
    }
}

/// Why a KML or KMZ file cannot be imported.
#[derive(Debug, thiserror::Error)]
pub enum KmlError {
    /// Not KML that the reader understands.
    #[error("not a KML file that can be read: {0}")]
    Unreadable(String),
    /// A zip file with no KML inside.
    #[error("not a KMZ file: {0}")]
    NotKmz(String),
    /// One placemark that cannot be a record.
    #[error("{what}: {reason}")]
    Placemark {
        /// Which placemark, by number and name (`placemark 3 "Terrace"`).
        what: String,
        /// Why.
        reason: String,
    },
}

impl crate::i18n::Localized for KmlError {
    /// `err-kml-error-…`; the reader's detail and a placemark's reason as they are worded.
    fn text_in(&self, m: &crate::i18n::Messages) -> String {
        match self {
            Self::Unreadable(detail) => m.text(
                "err-kml-error-unreadable",
                &[("detail", detail.as_str().into())],
            ),
            Self::NotKmz(detail) => m.text(
                "err-kml-error-not-kmz",
                &[("detail", detail.as_str().into())],
            ),
            Self::Placemark { what, reason } => format!("{what}: {reason}"),
        }
    }
}

/// What the conversion made besides the features: a label per feature, in feature order,
/// naming the placemark it came from, and the notes the user must be told.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KmlReport {
    /// For feature `i` (0-based), the placemark it came from (`placemark 3 "Terrace"`).
    pub labels: Vec<String>,
    /// How many placemarks had altitudes, which were dropped.
    pub altitudes_dropped: usize,
}

/// Whether `head` (a file's first bytes) is KML: XML whose root is `kml`.
///
/// ```
/// use clearfield::io::kml::is_kml;
/// assert!(is_kml(b"<?xml version=\"1.0\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">"));
/// assert!(!is_kml(b"<?xml version=\"1.0\"?><gpx version=\"1.1\">"));
/// ```
pub fn is_kml(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    let t = text.trim_start_matches('\u{feff}').trim_start();
    (t.starts_with("<?xml") || t.starts_with("<kml") || t.starts_with("<!--")) && t.contains("<kml")
}

/// Whether `head` is the start of a zip file.
pub fn is_zip(head: &[u8]) -> bool {
    head.starts_with(b"PK\x03\x04")
}

/// Whether `head` is a zip file whose first entry is a `.kml` (as Google Earth writes a KMZ:
/// `doc.kml` first).
///
/// ```
/// use clearfield::io::kml::is_kmz;
/// let mut head = b"PK\x03\x04".to_vec();
/// head.resize(26, 0);
/// head.extend([7, 0, 0, 0]);
/// head.extend(b"doc.kml");
/// assert!(is_kmz(&head));
/// ```
pub fn is_kmz(head: &[u8]) -> bool {
    if !is_zip(head) || head.len() < 30 {
        return false;
    }
    let n = u16::from_le_bytes([head[26], head[27]]) as usize;
    head.get(30..30 + n)
        .is_some_and(|name| name.to_ascii_lowercase().ends_with(b".kml"))
}

/// Whether the zip file in `reader` holds a `.kml` anywhere (a KMZ whose `doc.kml` is not its
/// first entry).
pub fn zip_holds_kml(reader: impl Read + Seek) -> bool {
    zip::ZipArchive::new(reader).is_ok_and(|z| z.file_names_raw().any(is_kml_name))
}

fn is_kml_name(name: &[u8]) -> bool {
    name.to_ascii_lowercase().ends_with(b".kml")
}

/// The KML inside the KMZ in `reader`: its `doc.kml`, or else its first `.kml`.
pub fn kml_of_kmz(reader: impl Read + Seek) -> Result<Vec<u8>, KmlError> {
    let mut z = zip::ZipArchive::new(reader).map_err(|e| KmlError::NotKmz(e.to_string()))?;
    let index = z
        .index_for_name_raw(b"doc.kml")
        .or_else(|| {
            let name = z.file_names_raw().find(|n| is_kml_name(n))?.to_vec();
            z.index_for_name_raw(&name)
        })
        .ok_or_else(|| KmlError::NotKmz("a zip file with no .kml inside".to_owned()))?;
    let mut entry = z
        .by_index(index)
        .map_err(|e| KmlError::NotKmz(e.to_string()))?;
    let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
    let mut bytes = Vec::new();
    entry
        .read_to_end(&mut bytes)
        .map_err(|e| KmlError::NotKmz(format!("{name}: {e}")))?;
    Ok(bytes)
}

/// The KML in `bytes` as a GeoJSON FeatureCollection (bytes), placemarks in file order, and
/// which placemark each feature came from.
pub fn to_geojson(bytes: &[u8], options: &KmlOptions) -> Result<(Vec<u8>, KmlReport), KmlError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| KmlError::Unreadable(format!("not UTF-8 text: {e}")))?;
    let text = text.trim_start_matches('\u{feff}');
    let text = &without_extension_altitude_modes(text);
    let root: kml::Kml = kml::KmlReader::<_, f64>::from_string(text)
        .read()
        .map_err(|e| KmlError::Unreadable(e.to_string()))?;
    let mut placemarks = Vec::new();
    collect(&root, &mut placemarks);
    let data = extended_data(text)?;
    if data.len() != placemarks.len() {
        return Err(KmlError::Unreadable(format!(
            "{} placemarks found, but {} read with their data",
            data.len(),
            placemarks.len()
        )));
    }
    let mut features = Vec::new();
    let mut report = KmlReport::default();
    for (i, (p, data)) in placemarks.into_iter().zip(data).enumerate() {
        let what = match p.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
            Some(n) => format!("placemark {} {n:?}", i + 1),
            None => format!("placemark {}", i + 1),
        };
        let props = properties(p, data);
        let mut parts = Parts::default();
        match &p.geometry {
            Some(g) => parts.add(g, &what)?,
            None => {
                return Err(KmlError::Placemark {
                    what,
                    reason: "has no geometry (a Point, Polygon or MultiGeometry)".to_owned(),
                });
            }
        }
        if parts.altitude {
            report.altitudes_dropped += 1;
        }
        if !parts.polygons.is_empty() {
            let mut props = props.clone();
            props
                .entry("kind")
                .or_insert_with(|| Value::String(options.polygons_as.as_str().to_owned()));
            let geometry = if parts.polygons.len() == 1 {
                json!({"type": "Polygon", "coordinates": parts.polygons[0]})
            } else {
                json!({"type": "MultiPolygon", "coordinates": parts.polygons})
            };
            features.push(json!({"type": "Feature", "properties": props, "geometry": geometry}));
            report.labels.push(what.clone());
        }
        let n = parts.points.len();
        for (k, p) in parts.points.iter().enumerate() {
            features.push(json!({
                "type": "Feature",
                "properties": props,
                "geometry": {"type": "Point", "coordinates": p},
            }));
            report.labels.push(if n > 1 {
                format!("{what} point {}", k + 1)
            } else {
                what.clone()
            });
        }
    }
    let collection = json!({"type": "FeatureCollection", "features": features});
    let bytes = serde_json::to_vec(&collection).map_err(|e| KmlError::Unreadable(e.to_string()))?;
    Ok((bytes, report))
}

/// `text` without Google's extension altitude modes (`<gx:altitudeMode>clampToSeaFloor
/// </gx:altitudeMode>`), which the `kml` crate refuses as unknown modes: altitudes are
/// dropped anyway.
fn without_extension_altitude_modes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(":altitudeMode>") {
        let open = rest[..at].rfind('<');
        let prefix = open.map(|o| &rest[o + 1..at]);
        match (open, prefix) {
            (Some(o), Some(p))
                if !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') =>
            {
                let close = format!("</{p}:altitudeMode>");
                if let Some(end) = rest[at..].find(&close) {
                    out.push_str(&rest[..o]);
                    rest = &rest[at + end + close.len()..];
                    continue;
                }
                out.push_str(&rest[..at + 1]);
                rest = &rest[at + 1..];
            }
            _ => {
                out.push_str(&rest[..at + 1]);
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every placemark under `k`, in document order (folders and documents walked through).
fn collect<'a>(k: &'a kml::Kml, out: &mut Vec<&'a Placemark>) {
    match k {
        kml::Kml::KmlDocument(d) => d.elements.iter().for_each(|e| collect(e, out)),
        kml::Kml::Document { elements, .. } => elements.iter().for_each(|e| collect(e, out)),
        kml::Kml::Folder(f) => f.elements.iter().for_each(|e| collect(e, out)),
        kml::Kml::Placemark(p) => out.push(p),
        _ => {}
    }
}

/// A placemark's properties: its data, then its name and description.
fn properties(p: &Placemark, data: Vec<(String, String)>) -> Map<String, Value> {
    let mut props = Map::new();
    for (k, v) in data {
        props.insert(k, Value::String(v));
    }
    if let Some(n) = p.name.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
        props
            .entry("name")
            .or_insert_with(|| Value::String(n.to_owned()));
    }
    if let Some(d) = p
        .description
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        props
            .entry("note")
            .or_insert_with(|| Value::String(d.to_owned()));
    }
    props
}

/// A placemark's geometry taken apart: polygons (rings of [x, y]) and points.
#[derive(Default)]
struct Parts {
    polygons: Vec<Vec<Vec<[f64; 2]>>>,
    points: Vec<[f64; 2]>,
    altitude: bool,
}

impl Parts {
    fn ring(&mut self, coords: &[kml::types::Coord]) -> Vec<[f64; 2]> {
        if coords.iter().any(|c| c.z.is_some_and(|z| z != 0.0)) {
            self.altitude = true;
        }
        coords.iter().map(|c| [c.x, c.y]).collect()
    }

    fn add(&mut self, g: &Geometry, what: &str) -> Result<(), KmlError> {
        match g {
            Geometry::Point(p) => {
                let r = self.ring(std::slice::from_ref(&p.coord));
                self.points.extend(r);
            }
            Geometry::Polygon(p) => {
                let mut rings = vec![self.ring(&p.outer.coords)];
                for inner in &p.inner {
                    rings.push(self.ring(&inner.coords));
                }
                self.polygons.push(rings);
            }
            Geometry::LineString(l) => self.closed(&l.coords, what, "LineString")?,
            Geometry::LinearRing(l) => self.closed(&l.coords, what, "LinearRing")?,
            Geometry::MultiGeometry(m) => {
                for g in &m.geometries {
                    self.add(g, what)?;
                }
            }
            Geometry::Element(e) => {
                return Err(KmlError::Placemark {
                    what: what.to_owned(),
                    reason: format!("a {} cannot be a record", e.name),
                });
            }
            _ => {
                return Err(KmlError::Placemark {
                    what: what.to_owned(),
                    reason: "its geometry cannot be a record".to_owned(),
                });
            }
        }
        Ok(())
    }

    /// A line as a boundary: taken when closed, refused with its gap when open.
    fn closed(
        &mut self,
        coords: &[kml::types::Coord],
        what: &str,
        tag: &str,
    ) -> Result<(), KmlError> {
        let ring = self.ring(coords);
        match (ring.first(), ring.last()) {
            (Some(a), Some(b)) if a == b && ring.len() >= 4 => {
                self.polygons.push(vec![ring]);
                Ok(())
            }
            (Some(a), Some(b)) if ring.len() >= 2 => {
                let gap_m: f64 = Geodesic::wgs84().inverse(a[1], a[0], b[1], b[0]);
                Err(KmlError::Placemark {
                    what: what.to_owned(),
                    reason: format!(
                        "its {tag} is open (its last point is {gap_m:.1} m from its first); a boundary must be a closed ring"
                    ),
                })
            }
            _ => Err(KmlError::Placemark {
                what: what.to_owned(),
                reason: format!(
                    "its {tag} has fewer than 4 points; a boundary must be a closed ring"
                ),
            }),
        }
    }
}

/// Each placemark's `ExtendedData` in file order: `(name, value)` of its `Data` and
/// `SimpleData` elements, as text.
fn extended_data(text: &str) -> Result<Vec<Vec<(String, String)>>, KmlError> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut out: Vec<Vec<(String, String)>> = Vec::new();
    let mut in_placemark = false;
    let mut in_data = false;
    // The name of the Data or SimpleData being read, and the text read so far (Some while
    // inside `value` or `SimpleData`).
    let mut name: Option<String> = None;
    let mut value: Option<String> = None;
    let bad = |e: &dyn std::fmt::Display| KmlError::Unreadable(e.to_string());
    loop {
        let event = reader.read_event().map_err(|e| {
            KmlError::Unreadable(format!("at byte {}: {e}", reader.buffer_position()))
        })?;
        match event {
            Event::Start(e) if e.local_name().as_ref() == b"Placemark" => {
                out.push(Vec::new());
                in_placemark = true;
            }
            Event::Empty(e) if e.local_name().as_ref() == b"Placemark" => out.push(Vec::new()),
            Event::End(e) if e.local_name().as_ref() == b"Placemark" => in_placemark = false,
            Event::Start(e) if in_placemark && e.local_name().as_ref() == b"ExtendedData" => {
                in_data = true;
            }
            Event::End(e) if e.local_name().as_ref() == b"ExtendedData" => in_data = false,
            Event::Start(e)
                if in_data && matches!(e.local_name().as_ref(), b"Data" | b"SimpleData") =>
            {
                name = attribute_name(&e)?;
                if e.local_name().as_ref() == b"SimpleData" {
                    value = Some(String::new());
                }
            }
            Event::Empty(e) if in_data && e.local_name().as_ref() == b"SimpleData" => {
                if let (Some(n), Some(list)) = (attribute_name(&e)?, out.last_mut()) {
                    list.push((n, String::new()));
                }
            }
            Event::Start(e) if in_data && e.local_name().as_ref() == b"value" => {
                value = Some(String::new());
            }
            Event::Text(t) if value.is_some() => {
                if let Some(v) = value.as_mut() {
                    v.push_str(&t.decode().map_err(|e| bad(&e))?);
                }
            }
            Event::CData(t) if value.is_some() => {
                if let Some(v) = value.as_mut() {
                    v.push_str(&t.decode().map_err(|e| bad(&e))?);
                }
            }
            Event::GeneralRef(r) if value.is_some() => {
                let s = match r.resolve_char_ref().map_err(|e| bad(&e))? {
                    Some(c) => c.to_string(),
                    None => {
                        let entity = r.decode().map_err(|e| bad(&e))?;
                        quick_xml::escape::resolve_xml_entity(&entity)
                            .ok_or_else(|| bad(&format!("unknown entity &{entity};")))?
                            .to_owned()
                    }
                };
                if let Some(v) = value.as_mut() {
                    v.push_str(&s);
                }
            }
            Event::End(e)
                if in_data && matches!(e.local_name().as_ref(), b"value" | b"SimpleData") =>
            {
                if let (Some(n), Some(v), Some(list)) = (name.clone(), value.take(), out.last_mut())
                {
                    list.push((n, v.trim().to_owned()));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The `name` attribute of a `Data` or `SimpleData`, unescaped.
fn attribute_name(e: &quick_xml::events::BytesStart<'_>) -> Result<Option<String>, KmlError> {
    let bad = |e: &dyn std::fmt::Display| KmlError::Unreadable(e.to_string());
    match e.try_get_attribute("name").map_err(|e| bad(&e))? {
        Some(a) => Ok(Some(
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .map_err(|e| bad(&e))?
                .into_owned(),
        )),
        None => Ok(None),
    }
}

/// KML colours (`aabbggrr`) of the styles [`write_kml`] writes: outline, then fill at 50 %.
///
/// CHA red `#FF0000` and SHA amber `#F4A718` are GICHD's; releases are green `#00A000`,
/// finds red, evidence points amber, survey points blue.
pub const STYLES: [(&str, &str, &str); 6] = [
    ("cha", "ff0000ff", "7f0000ff"),
    ("sha", "ff18a7f4", "7f18a7f4"),
    ("release", "ff00a000", "7f00a000"),
    ("find", "ff0000ff", ""),
    ("evidence", "ff18a7f4", ""),
    ("survey", "ffff0000", ""),
];

/// The folder each kind's placemarks go in, in the order they are written.
const FOLDERS: [(RecordKind, &str); RecordKind::COUNT] = [
    (RecordKind::HazardArea, "Hazard areas"),
    (RecordKind::LandRelease, "Land releases"),
    (RecordKind::OrdnanceFind, "Ordnance finds"),
    (RecordKind::EvidencePoint, "Evidence points"),
    (RecordKind::SurveyPoint, "Survey points"),
];

/// A KML 2.2 document of `records` (each with the properties to show, e.g.
/// `exchange::properties`) for Google Earth: a style per classification and kind, a Folder
/// per kind, each record a Placemark with its name, its note as description, its properties
/// as `ExtendedData`, and its geometry as stored (coordinates written in full).
pub fn write_kml(records: &[(&Record, Map<String, Value>)]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\">\n<Document>\n<name>Clearfield</name>\n",
    );
    for (id, line, fill) in STYLES {
        let _ = write!(s, "<Style id=\"{id}\">");
        if fill.is_empty() {
            let _ = write!(s, "<IconStyle><color>{line}</color></IconStyle>");
        } else {
            let _ = write!(
                s,
                "<LineStyle><color>{line}</color><width>2</width></LineStyle><PolyStyle><color>{fill}</color></PolyStyle>"
            );
        }
        s.push_str("</Style>\n");
    }
    for (kind, folder) in FOLDERS {
        let mut these = records.iter().filter(|(r, _)| r.kind() == kind).peekable();
        if these.peek().is_none() {
            continue;
        }
        let _ = writeln!(s, "<Folder><name>{folder}</name>");
        for (record, props) in these {
            placemark(&mut s, record, props);
        }
        s.push_str("</Folder>\n");
    }
    s.push_str("</Document>\n</kml>\n");
    s
}

/// One record's Placemark.
fn placemark(s: &mut String, record: &Record, props: &Map<String, Value>) {
    let style = match record {
        Record::Hazard(h) if h.classification.as_str() == "CHA" => "cha",
        Record::Hazard(_) => "sha",
        Record::Release(_) => "release",
        Record::Find(_) => "find",
        Record::Evidence(_) => "evidence",
        Record::Survey(_) => "survey",
    };
    let _ = write!(
        s,
        "<Placemark id=\"{}\"><name>{}</name>",
        record.uuid(),
        escape(&super::gpx::record_name(record))
    );
    if let Some(note) = props.get("note").and_then(Value::as_str) {
        let _ = write!(s, "<description>{}</description>", escape(note));
    }
    let _ = write!(s, "<styleUrl>#{style}</styleUrl><ExtendedData>");
    for (k, v) in props {
        let v = match v {
            Value::String(t) => t.clone(),
            other => other.to_string(),
        };
        let _ = write!(
            s,
            "<Data name=\"{}\"><value>{}</value></Data>",
            escape(k),
            escape(&v)
        );
    }
    s.push_str("</ExtendedData>");
    match record {
        Record::Hazard(h) => multipolygon(s, &h.geometry),
        Record::Release(r) => multipolygon(s, &r.geometry),
        Record::Find(_) | Record::Evidence(_) | Record::Survey(_) => {
            if let Some(p) = record.point() {
                let _ = write!(
                    s,
                    "<Point><coordinates>{},{}</coordinates></Point>",
                    p.x(),
                    p.y()
                );
            }
        }
    }
    s.push_str("</Placemark>\n");
}

/// A multipolygon as one Polygon, or a MultiGeometry of Polygons.
fn multipolygon(s: &mut String, mp: &geo_types::MultiPolygon<f64>) {
    let many = mp.0.len() != 1;
    if many {
        s.push_str("<MultiGeometry>");
    }
    for p in &mp.0 {
        s.push_str("<Polygon><outerBoundaryIs>");
        ring(s, p.exterior());
        s.push_str("</outerBoundaryIs>");
        for inner in p.interiors() {
            s.push_str("<innerBoundaryIs>");
            ring(s, inner);
            s.push_str("</innerBoundaryIs>");
        }
        s.push_str("</Polygon>");
    }
    if many {
        s.push_str("</MultiGeometry>");
    }
}

fn ring(s: &mut String, line: &geo_types::LineString<f64>) {
    s.push_str("<LinearRing><coordinates>");
    for (i, c) in line.0.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        let _ = write!(s, "{},{}", c.x, c.y);
    }
    s.push_str("</coordinates></LinearRing>");
}

/// `text` with the characters XML gives meaning to escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Google's altitude modes go, whatever their prefix; KML's own and text that only
    /// looks like one stay.
    #[test]
    fn extension_altitude_modes_are_taken_out() {
        assert_eq!(
            without_extension_altitude_modes(
                "<a><gx:altitudeMode>clampToSeaFloor</gx:altitudeMode><altitudeMode>absolute</altitudeMode><g2:altitudeMode>x</g2:altitudeMode>b:altitudeMode></a>"
            ),
            "<a><altitudeMode>absolute</altitudeMode>b:altitudeMode></a>"
        );
    }
}
