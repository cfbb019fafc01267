//! GeoJSON (RFC 7946): a streaming reader that hands over one feature at a time, so a
//! 100 MB file is read in bounded memory, and a writer of Clearfield's feature format.
//!
//! The reader turns geometry into geo-types only after checking what geo-types would hide:
//! unclosed rings (it would close them), rings too short, altitudes (it would drop them).

use std::fmt;
use std::io::{Read, Write};

use geo::orient::{Direction, Orient};
use geo::winding_order::{Winding, WindingOrder};
use geo_types::{Coord, Geometry, LineString, MultiPolygon, Point, Polygon, Rect};
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

/// What is wrong with the file as a whole.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// Not JSON at all, or broken JSON.
    #[error("not JSON: {0}")]
    NotJson(String),
    /// JSON, but not a GeoJSON FeatureCollection or Feature.
    #[error("not GeoJSON: {0}")]
    NotGeoJson(String),
    /// Reading failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

impl crate::i18n::Localized for FileError {
    /// `err-file-error-not-json`, `err-file-error-not-geo-json` (the reader's detail as it
    /// words it); a failed read as the system says it.
    fn text_in(&self, m: &crate::i18n::Messages) -> String {
        match self {
            Self::NotJson(detail) => m.text(
                "err-file-error-not-json",
                &[("detail", detail.as_str().into())],
            ),
            Self::NotGeoJson(detail) => m.text(
                "err-file-error-not-geo-json",
                &[("detail", detail.as_str().into())],
            ),
            Self::Io(e) => e.to_string(),
        }
    }
}

/// Members of the top-level object other than the features.
#[derive(Clone, Debug, Default)]
pub struct Header {
    /// The `type` member.
    pub kind: Option<String>,
    /// A legacy `crs` member (GeoJSON 2008), if any.
    pub crs: Option<Value>,
    /// Number of features read.
    pub features: usize,
}

/// Where a feature handed to the caller of [`read_features`] came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A Feature object (in a collection, or the whole file).
    Feature,
    /// The whole file is one bare Geometry object (valid RFC 7946), handed over as a
    /// Feature with that geometry and no properties.
    BareGeometry,
}

/// The geometry types of RFC 7946, section 1.4.
const GEOMETRY_TYPES: [&str; 7] = [
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
];

/// Skips a UTF-8 byte-order mark at the start of a stream (RFC 8259, section 8.1: a
/// parser may ignore it; Windows tools write one).
struct SkipBom<R> {
    inner: R,
    /// The first bytes read, not yet handed on; `None` until they have been read.
    head: Option<([u8; 3], usize, usize)>,
}

impl<R: Read> Read for SkipBom<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.head.is_none() {
            let mut first = [0u8; 3];
            let mut n = 0;
            while n < 3 {
                match self.inner.read(&mut first[n..]) {
                    Ok(0) => break,
                    Ok(k) => n += k,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(e),
                }
            }
            let start = if first[..n] == [0xEF, 0xBB, 0xBF] {
                3
            } else {
                0
            };
            self.head = Some((first, start, n));
        }
        if let Some((first, start, end)) = &mut self.head
            && *start < *end
        {
            let k = (*end - *start).min(buf.len());
            buf[..k].copy_from_slice(&first[*start..*start + k]);
            *start += k;
            return Ok(k);
        }
        self.inner.read(buf)
    }
}

/// The WGS84 UTM zone a legacy `crs` name gives by its EPSG code
/// (`urn:ogc:def:crs:EPSG::32636`, `EPSG:32636`); `None` for any other.
///
/// ```
/// use clearfield::io::geojson::utm_crs;
/// assert_eq!(utm_crs("urn:ogc:def:crs:EPSG::32736").map(|z| z.name()).as_deref(), Some("WGS 84 / UTM zone 36S"));
/// assert_eq!(utm_crs("urn:ogc:def:crs:EPSG::2154"), None);
/// ```
pub fn utm_crs(name: &str) -> Option<super::coords::UtmZone> {
    let upper = name.trim().to_ascii_uppercase();
    if !upper.contains("EPSG") {
        return None;
    }
    let code: u32 = upper.rsplit(':').next()?.trim().parse().ok()?;
    super::coords::UtmZone::from_epsg(code)
}

/// A GeoJSON file whose legacy `crs` member names a WGS84 UTM zone, read whole, its
/// coordinates converted to lon/lat and the `crs` member taken out; `Ok(None)` for any other
/// file (left to the streaming import, which refuses other systems). `Err` names the feature
/// whose position cannot be converted.
pub fn from_utm(
    file: &mut (impl Read + std::io::Seek),
) -> Result<Option<(Vec<u8>, super::coords::UtmZone)>, String> {
    let header = match read_features(&mut *file, |_, _, _| Ok::<(), ()>(())) {
        Ok(Ok(h)) => h,
        _ => return Ok(None),
    };
    let Some(zone) = header
        .crs
        .as_ref()
        .and_then(|c| c.pointer("/properties/name"))
        .and_then(Value::as_str)
        .and_then(utm_crs)
    else {
        return Ok(None);
    };
    file.rewind().map_err(|e| e.to_string())?;
    let mut value: Value = serde_json::from_reader(std::io::BufReader::new(SkipBom {
        inner: &mut *file,
        head: None,
    }))
    .map_err(|e| format!("not JSON: {e}"))?;
    fn positions(v: &mut Value, zone: super::coords::UtmZone) -> Result<(), String> {
        let Value::Array(items) = v else {
            return Ok(());
        };
        if items.first().is_some_and(Value::is_number) {
            if let (Some(e), Some(n)) = (
                items.first().and_then(Value::as_f64),
                items.get(1).and_then(Value::as_f64),
            ) {
                let (lon, lat) = zone.to_lon_lat(e, n)?;
                items[0] = Value::from(lon);
                items[1] = Value::from(lat);
            }
            return Ok(());
        }
        items.iter_mut().try_for_each(|i| positions(i, zone))
    }
    fn geometry(g: &mut Value, zone: super::coords::UtmZone) -> Result<(), String> {
        if let Some(parts) = g.get_mut("geometries").and_then(Value::as_array_mut) {
            return parts.iter_mut().try_for_each(|p| geometry(p, zone));
        }
        match g.get_mut("coordinates") {
            Some(c) => positions(c, zone),
            None => Ok(()),
        }
    }
    let Some(top) = value.as_object_mut() else {
        return Ok(None);
    };
    top.shift_remove("crs");
    match top.get("type").and_then(Value::as_str) {
        Some("FeatureCollection") => {
            if let Some(features) = top.get_mut("features").and_then(Value::as_array_mut) {
                for (i, f) in features.iter_mut().enumerate() {
                    if let Some(g) = f.get_mut("geometry") {
                        geometry(g, zone).map_err(|e| format!("feature {}: {e}", i + 1))?;
                    }
                }
            }
        }
        Some("Feature") => {
            if let Some(g) = top.get_mut("geometry") {
                geometry(g, zone).map_err(|e| format!("feature 1: {e}"))?;
            }
        }
        _ => geometry(&mut value, zone).map_err(|e| format!("feature 1: {e}"))?,
    }
    let bytes = serde_json::to_vec(&value).map_err(|e| e.to_string())?;
    Ok(Some((bytes, zone)))
}

/// Reads a FeatureCollection (or a single Feature, or a bare Geometry) from `reader`,
/// calling `on_feature` with each feature's index, JSON and origin, in file order.
/// `on_feature` may stop the reading by returning an error, which is handed back. A UTF-8
/// byte-order mark at the start is skipped.
pub fn read_features<E>(
    reader: impl Read,
    mut on_feature: impl FnMut(usize, Value, Origin) -> Result<(), E>,
) -> Result<Result<Header, E>, FileError> {
    let mut stop: Option<E> = None;
    let reader = SkipBom {
        inner: reader,
        head: None,
    };
    let mut de =
        serde_json::Deserializer::from_reader(std::io::BufReader::with_capacity(1 << 16, reader));
    let seed = TopLevel {
        on_feature: &mut |i, v, origin| match on_feature(i, v, origin) {
            Ok(()) => true,
            Err(e) => {
                stop = Some(e);
                false
            }
        },
    };
    let result = seed.deserialize(&mut de);
    if let Some(e) = stop {
        return Ok(Err(e));
    }
    let header = result.map_err(|e| {
        if e.is_io() {
            FileError::Io(std::io::Error::other(e.to_string()))
        } else if e.is_data() {
            FileError::NotGeoJson(e.to_string())
        } else {
            FileError::NotJson(e.to_string())
        }
    })?;
    de.end().map_err(|e| FileError::NotJson(e.to_string()))?;
    match header.kind.as_deref() {
        Some("FeatureCollection" | "Feature") => Ok(Ok(header)),
        Some(g) if GEOMETRY_TYPES.contains(&g) => Ok(Ok(header)),
        Some(other) => Err(FileError::NotGeoJson(format!(
            "the top-level object is a {:?}, not a FeatureCollection, Feature or Geometry",
            cut(other)
        ))),
        None => Err(FileError::NotGeoJson(
            "the top-level object has no \"type\"".to_owned(),
        )),
    }
}

/// Values in messages are cut to a readable length (see [`super::text::cut`]).
pub use super::text::cut;

type OnFeature<'a> = &'a mut dyn FnMut(usize, Value, Origin) -> bool;

const STOPPED: &str = "clearfield: stopped by the importer";

struct TopLevel<'a> {
    on_feature: OnFeature<'a>,
}

impl<'de> DeserializeSeed<'de> for TopLevel<'_> {
    type Value = Header;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Header, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TopLevel<'_> {
    type Value = Header;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a GeoJSON object (FeatureCollection, Feature or Geometry)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Header, A::Error> {
        let mut header = Header::default();
        // A lone Feature (or bare Geometry) is kept whole (it is one feature); a
        // collection's other members are small and its features are streamed.
        let mut members = Map::new();
        let mut features_seen = false;
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "features" => {
                    features_seen = true;
                    header.features = map.next_value_seed(Features {
                        on_feature: &mut *self.on_feature,
                    })?;
                }
                "type" => {
                    let t: Value = map.next_value()?;
                    header.kind = t.as_str().map(str::to_owned);
                    members.insert(key, t);
                }
                "crs" => header.crs = Some(map.next_value()?),
                "geometry" | "properties" | "id" | "bbox" | "coordinates" | "geometries" => {
                    members.insert(key, map.next_value()?);
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        let kind = header.kind.clone().unwrap_or_default();
        let one = if kind == "Feature" {
            Some((Value::Object(members), Origin::Feature))
        } else if GEOMETRY_TYPES.contains(&kind.as_str()) {
            members.shift_remove("properties");
            members.shift_remove("geometry");
            members.shift_remove("id");
            let mut feature = Map::new();
            feature.insert("type".to_owned(), Value::from("Feature"));
            feature.insert("geometry".to_owned(), Value::Object(members));
            Some((Value::Object(feature), Origin::BareGeometry))
        } else {
            None
        };
        match one {
            // A stray "features" member: an empty one is ignored, a full one makes the
            // file ambiguous (one feature, or a collection?).
            Some(_) if header.features > 0 => {
                return Err(serde::de::Error::custom(format!(
                    "the top-level object is a {kind} but also has a \"features\" array of {} \
                     feature(s): is it a FeatureCollection?",
                    header.features
                )));
            }
            Some((value, origin)) => {
                header.features = 1;
                if !(self.on_feature)(0, value, origin) {
                    return Err(serde::de::Error::custom(STOPPED));
                }
            }
            None if kind == "FeatureCollection" && !features_seen => {
                return Err(serde::de::Error::custom(
                    "the FeatureCollection has no \"features\" array",
                ));
            }
            None => {}
        }
        Ok(header)
    }
}

struct Features<'a> {
    on_feature: OnFeature<'a>,
}

impl<'de> DeserializeSeed<'de> for Features<'_> {
    type Value = usize;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Features<'_> {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of features")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<usize, A::Error> {
        let mut i = 0;
        while let Some(v) = seq.next_element::<Value>()? {
            if !(self.on_feature)(i, v, Origin::Feature) {
                return Err(serde::de::Error::custom(STOPPED));
            }
            i += 1;
        }
        Ok(i)
    }
}

/// Reads a GeoJSON geometry object, refusing what geo-types would silently change. Every
/// problem found is reported, joined by "; " (an unclosed ring does not hide a text
/// coordinate in another ring).
pub fn geometry(v: &Value) -> Result<Geometry<f64>, String> {
    let obj = v
        .as_object()
        .ok_or("geometry is not a GeoJSON geometry object")?;
    let kind = obj
        .get("type")
        .and_then(Value::as_str)
        .ok_or("geometry has no \"type\"")?;
    let coords = obj.get("coordinates");
    let mut problems = Vec::new();
    let geometry = match kind {
        "Point" => match coords {
            None => Err("Point has no coordinates".to_owned()),
            Some(c) => match position(c) {
                Ok(c) => Ok(Geometry::Point(Point(c))),
                Err(PositionError::Altitudes) => Err(ALTITUDES.to_owned()),
                Err(PositionError::Other(e)) => Err(format!("point: {e}")),
            },
        },
        "Polygon" => match coords {
            None => Err("Polygon has no coordinates".to_owned()),
            Some(c) => polygon(c, None, &mut problems)
                .map(Geometry::Polygon)
                .ok_or_else(String::new),
        },
        "MultiPolygon" => match coords.and_then(Value::as_array) {
            None => Err("MultiPolygon coordinates are not an array".to_owned()),
            Some(parts) => {
                let polygons: Vec<Option<Polygon<f64>>> = parts
                    .iter()
                    .enumerate()
                    .map(|(i, p)| polygon(p, (parts.len() > 1).then_some(i + 1), &mut problems))
                    .collect();
                polygons
                    .into_iter()
                    .collect::<Option<Vec<_>>>()
                    .map(|p| Geometry::MultiPolygon(MultiPolygon(p)))
                    .ok_or_else(String::new)
            }
        },
        other => Err(format!("is a {}", cut(other))),
    };
    match geometry {
        Ok(g) if problems.is_empty() => Ok(g),
        Ok(_) => Err(problems.join("; ")),
        Err(e) => {
            if !e.is_empty() {
                problems.insert(0, e);
            }
            Err(problems.join("; "))
        }
    }
}

/// A JSON value for a message: its text, cut to about 80 characters.
fn shown(v: &Value) -> String {
    cut(&v.to_string())
}

const ALTITUDES: &str =
    "has altitudes (3D positions); Clearfield keeps 2D lon/lat: drop them first (ogr2ogr -dim XY)";

/// Why a position cannot be read.
enum PositionError {
    /// A third (numeric) value: an altitude.
    Altitudes,
    /// Anything else, said in words.
    Other(String),
}

/// Reads one position `[lon, lat]`, naming what is wrong with each of its values.
fn position(v: &Value) -> Result<Coord<f64>, PositionError> {
    use PositionError::Other;
    let a = v.as_array().ok_or_else(|| {
        Other(format!(
            "{} is not an array [longitude, latitude]",
            shown(v)
        ))
    })?;
    if a.len() < 2 {
        return Err(Other(format!(
            "{} has {} value(s); give [longitude, latitude]",
            shown(v),
            a.len()
        )));
    }
    let number = |i: usize, name: &str| -> Result<f64, String> {
        match &a[i] {
            Value::Number(n) => n
                .as_f64()
                .filter(|f| f.is_finite())
                .ok_or_else(|| format!("{name} {} is too large to be a coordinate", shown(&a[i]))),
            Value::String(_) => Err(format!(
                "{name} {} is text, not a number (write it without quotes)",
                shown(&a[i])
            )),
            other => Err(format!("{name} {} is not a number", shown(other))),
        }
    };
    match (number(0, "longitude"), number(1, "latitude")) {
        (Ok(_), Ok(_)) if a.len() > 2 && a[2..].iter().all(Value::is_number) => {
            Err(PositionError::Altitudes)
        }
        (Ok(_), Ok(_)) if a.len() > 2 => Err(Other(format!(
            "{} has {} values; give [longitude, latitude]",
            shown(v),
            a.len()
        ))),
        (Ok(x), Ok(y)) => Ok(Coord { x, y }),
        (Err(e), Ok(_)) | (Ok(_), Err(e)) => Err(Other(e)),
        (Err(x), Err(y)) => Err(Other(format!("{x}; {y}"))),
    }
}

/// Reads one polygon, adding every problem of every ring to `problems`; `None` when there
/// was any.
fn polygon(v: &Value, part: Option<usize>, problems: &mut Vec<String>) -> Option<Polygon<f64>> {
    let prefix = part.map(|p| format!("polygon {p}: ")).unwrap_or_default();
    let Some(rings) = v.as_array() else {
        problems.push(format!("{prefix}coordinates are not an array of rings"));
        return None;
    };
    if rings.is_empty() {
        problems.push(format!("{prefix}is an empty Polygon"));
        return None;
    }
    let before = problems.len();
    let mut out = Vec::with_capacity(rings.len());
    for (ri, ring) in rings.iter().enumerate() {
        let name = match (part, ri) {
            (None, 0) => "exterior ring".to_owned(),
            (None, r) => format!("interior ring {r}"),
            (Some(p), 0) => format!("polygon {p}: exterior ring"),
            (Some(p), r) => format!("polygon {p}: interior ring {r}"),
        };
        let Some(pts) = ring.as_array() else {
            problems.push(format!("{name} is not an array of positions"));
            continue;
        };
        // One message per ring for its unreadable positions, not one per vertex.
        let mut coords = Vec::with_capacity(pts.len());
        let mut first_bad: Option<(usize, String)> = None;
        let (mut bad, mut altitudes) = (0usize, false);
        for (i, p) in pts.iter().enumerate() {
            match position(p) {
                Ok(c) => coords.push(c),
                Err(PositionError::Altitudes) => altitudes = true,
                Err(PositionError::Other(e)) => {
                    bad += 1;
                    first_bad.get_or_insert((i, e));
                }
            }
        }
        if altitudes && !problems.iter().any(|p| p == ALTITUDES) {
            problems.push(ALTITUDES.to_owned());
        }
        if let Some((i, e)) = first_bad {
            let more = if bad > 1 {
                format!(" ({bad} positions of this ring in all)")
            } else {
                String::new()
            };
            problems.push(format!("{name}: position {i}: {e}{more}"));
        }
        if altitudes || bad > 0 {
            continue;
        }
        if coords.len() < 4 {
            problems.push(format!(
                "{name} has {} positions; a closed ring needs at least 4",
                coords.len()
            ));
            continue;
        }
        if coords.first() != coords.last() {
            problems.push(format!(
                "{name} is not closed: its last position must repeat its first"
            ));
            continue;
        }
        out.push(LineString(coords));
    }
    if problems.len() > before || out.is_empty() {
        return None;
    }
    let exterior = out.remove(0);
    Some(Polygon::new(exterior, out))
}

/// The JSON of a geometry as RFC 7946 wants it: exterior rings counter-clockwise, holes
/// clockwise, every digit of every coordinate.
pub fn geometry_json(g: &Geometry<f64>) -> Value {
    let ring = |l: &LineString<f64>| {
        Value::Array(l.0.iter().map(|c| serde_json::json!([c.x, c.y])).collect())
    };
    let poly = |p: &Polygon<f64>| {
        let p = p.orient(Direction::Default);
        Value::Array(
            std::iter::once(p.exterior())
                .chain(p.interiors())
                .map(ring)
                .collect(),
        )
    };
    match g {
        Geometry::Point(p) => serde_json::json!({"type": "Point", "coordinates": [p.x(), p.y()]}),
        Geometry::Polygon(p) => serde_json::json!({"type": "Polygon", "coordinates": poly(p)}),
        Geometry::MultiPolygon(mp) => {
            serde_json::json!({"type": "MultiPolygon", "coordinates": mp.0.iter().map(poly).collect::<Vec<_>>()})
        }
        other => serde_json::json!({"type": crate::geom::type_name(other), "coordinates": []}),
    }
}

/// A geometry to write, borrowed: a record's own MultiPolygon or Point is written without
/// being copied into a [`Geometry`].
#[derive(Clone, Copy, Debug)]
pub enum Shape<'a> {
    /// A point.
    Point(&'a Point<f64>),
    /// A polygon.
    Polygon(&'a Polygon<f64>),
    /// A multipolygon.
    MultiPolygon(&'a MultiPolygon<f64>),
    /// Any other geometry (written with no coordinates, as [`geometry_json`] does).
    Other(&'a Geometry<f64>),
}

impl<'a> From<&'a Geometry<f64>> for Shape<'a> {
    fn from(g: &'a Geometry<f64>) -> Shape<'a> {
        match g {
            Geometry::Point(p) => Shape::Point(p),
            Geometry::Polygon(p) => Shape::Polygon(p),
            Geometry::MultiPolygon(mp) => Shape::MultiPolygon(mp),
            other => Shape::Other(other),
        }
    }
}

/// Writes `g` as [`geometry_json`] would serialise it, coordinates straight from the
/// floats.
fn write_geometry(out: &mut impl Write, g: Shape<'_>) -> std::io::Result<()> {
    fn coord(out: &mut impl Write, c: &Coord<f64>) -> std::io::Result<()> {
        out.write_all(b"[")?;
        serde_json::to_writer(&mut *out, &c.x)?;
        out.write_all(b",")?;
        serde_json::to_writer(&mut *out, &c.y)?;
        out.write_all(b"]")
    }
    /// A ring in `order`, reversed exactly when `Orient` would reverse it (its winding is
    /// the other one), without copying it.
    fn ring(
        out: &mut impl Write,
        ring: &LineString<f64>,
        order: WindingOrder,
    ) -> std::io::Result<()> {
        let reverse = ring.winding_order().is_some_and(|w| w != order);
        let mut write = |i: usize, c: &Coord<f64>| -> std::io::Result<()> {
            if i > 0 {
                out.write_all(b",")?;
            }
            coord(out, c)
        };
        if reverse {
            for (i, c) in ring.0.iter().rev().enumerate() {
                write(i, c)?;
            }
        } else {
            for (i, c) in ring.0.iter().enumerate() {
                write(i, c)?;
            }
        }
        Ok(())
    }
    /// As `p.orient(Direction::Default)` (exterior counter-clockwise, holes clockwise).
    fn poly(out: &mut impl Write, p: &Polygon<f64>) -> std::io::Result<()> {
        out.write_all(b"[[")?;
        ring(out, p.exterior(), WindingOrder::CounterClockwise)?;
        out.write_all(b"]")?;
        for hole in p.interiors() {
            out.write_all(b",[")?;
            ring(out, hole, WindingOrder::Clockwise)?;
            out.write_all(b"]")?;
        }
        out.write_all(b"]")
    }
    match g {
        Shape::Point(p) => {
            out.write_all(b"{\"type\":\"Point\",\"coordinates\":")?;
            coord(out, &p.0)?;
        }
        Shape::Polygon(p) => {
            out.write_all(b"{\"type\":\"Polygon\",\"coordinates\":")?;
            poly(out, p)?;
        }
        Shape::MultiPolygon(mp) => {
            out.write_all(b"{\"type\":\"MultiPolygon\",\"coordinates\":[")?;
            for (i, p) in mp.0.iter().enumerate() {
                if i > 0 {
                    out.write_all(b",")?;
                }
                poly(out, p)?;
            }
            out.write_all(b"]")?;
        }
        Shape::Other(other) => {
            return serde_json::to_writer(&mut *out, &geometry_json(other)).map_err(Into::into);
        }
    }
    out.write_all(b"}")
}

/// A property value for [`SerialisedFeatures::push`].
#[derive(Clone, Copy)]
pub enum PropertyValue<'a> {
    /// A JSON string: this text.
    Text(&'a str),
    /// A JSON string: the value's `Display` text.
    Shown(&'a dyn fmt::Display),
    /// A JSON number when the value's `Display` text is an unsigned integer (of 64 bits at
    /// most), a JSON string otherwise.
    Count(&'a dyn fmt::Display),
    /// A JSON number when the value's `Display` text is a finite decimal number, a JSON
    /// string otherwise.
    Number(&'a dyn fmt::Display),
    /// Any JSON value.
    Json(&'a Value),
}

/// Features serialised ahead of writing, on any thread, for
/// [`CollectionWriter::write_features`]: the bytes `feature` writes for each, in order.
#[derive(Default)]
pub struct SerialisedFeatures {
    bytes: Vec<u8>,
    count: usize,
    text: String,
}

impl SerialisedFeatures {
    /// Adds a feature: the same bytes as [`CollectionWriter::feature`] with the properties
    /// as a map of these entries (keys must differ), in order.
    pub fn push<'p>(
        &mut self,
        geometry: Shape<'_>,
        properties: impl IntoIterator<Item = (&'p str, PropertyValue<'p>)>,
    ) {
        // Writing to a Vec fails only for a serialiser error, which these values cannot
        // raise (keys are strings; numbers of a `Value` are already checked).
        if let Err(e) = self.write(geometry, properties) {
            debug_assert!(false, "serialising a feature failed: {e}");
        }
        self.count += 1;
    }

    fn write<'p>(
        &mut self,
        geometry: Shape<'_>,
        properties: impl IntoIterator<Item = (&'p str, PropertyValue<'p>)>,
    ) -> std::io::Result<()> {
        use std::fmt::Write as _;
        let out = &mut self.bytes;
        out.extend_from_slice(b",\n{\"type\":\"Feature\",\"geometry\":");
        write_geometry(out, geometry)?;
        out.extend_from_slice(b",\"properties\":{");
        for (i, (key, value)) in properties.into_iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            serde_json::to_writer(&mut *out, key)?;
            out.push(b':');
            match value {
                PropertyValue::Text(t) => serde_json::to_writer(&mut *out, t)?,
                PropertyValue::Json(v) => serde_json::to_writer(&mut *out, v)?,
                PropertyValue::Shown(d) | PropertyValue::Count(d) | PropertyValue::Number(d) => {
                    self.text.clear();
                    let _ = write!(self.text, "{d}");
                    match value {
                        PropertyValue::Count(_) => match self.text.parse::<u64>() {
                            Ok(n) => serde_json::to_writer(&mut *out, &n)?,
                            Err(_) => serde_json::to_writer(&mut *out, self.text.as_str())?,
                        },
                        PropertyValue::Number(_) => match self.text.parse::<f64>() {
                            Ok(x) if x.is_finite() => serde_json::to_writer(&mut *out, &x)?,
                            _ => serde_json::to_writer(&mut *out, self.text.as_str())?,
                        },
                        _ => serde_json::to_writer(&mut *out, self.text.as_str())?,
                    }
                }
            }
        }
        out.extend_from_slice(b"}}");
        Ok(())
    }

    /// Features added.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether none were added.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }
}

/// Writes a FeatureCollection: `{"type", "bbox", "features": [...]}`, one feature a line.
pub struct CollectionWriter<W: Write> {
    out: W,
    first: bool,
}

impl<W: Write> CollectionWriter<W> {
    /// Starts the collection with its bounding box (none for an empty collection).
    pub fn new(mut out: W, bbox: Option<Rect<f64>>) -> std::io::Result<Self> {
        out.write_all(b"{\"type\":\"FeatureCollection\"")?;
        if let Some(b) = bbox {
            let v = serde_json::json!([b.min().x, b.min().y, b.max().x, b.max().y]);
            write!(out, ",\"bbox\":{v}")?;
        }
        out.write_all(b",\"features\":[")?;
        Ok(Self { out, first: true })
    }

    /// Writes one feature.
    pub fn feature(
        &mut self,
        geometry: &Geometry<f64>,
        properties: &Map<String, Value>,
    ) -> std::io::Result<()> {
        self.out
            .write_all(if self.first { b"\n" } else { b",\n" })?;
        self.first = false;
        // The same bytes as serialising `{"type", "geometry": geometry_json(g),
        // "properties"}`, without a JSON value per coordinate (with arbitrary_precision a
        // number value is a string: one allocation each).
        self.out.write_all(b"{\"type\":\"Feature\",\"geometry\":")?;
        write_geometry(&mut self.out, geometry.into())?;
        self.out.write_all(b",\"properties\":")?;
        serde_json::to_writer(&mut self.out, properties)?;
        self.out.write_all(b"}")?;
        Ok(())
    }

    /// Writes features serialised beforehand ([`SerialisedFeatures`]), in their order.
    pub fn write_features(&mut self, features: &SerialisedFeatures) -> std::io::Result<()> {
        if features.count == 0 {
            return Ok(());
        }
        // Each feature starts with ",\n"; the collection's first with "\n" only.
        let bytes = &features.bytes[usize::from(self.first)..];
        self.first = false;
        self.out.write_all(bytes)
    }

    /// Ends the collection and returns the writer.
    pub fn finish(mut self) -> std::io::Result<W> {
        self.out.write_all(b"\n]}\n")?;
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<(Header, Vec<Value>), FileError> {
        let mut seen = Vec::new();
        let h = read_features(text.as_bytes(), |_, v, _| {
            seen.push(v);
            Ok::<(), ()>(())
        })?;
        Ok((h.unwrap(), seen))
    }

    #[test]
    fn a_collection_streams_its_features_in_order() {
        let (h, f) = read(
            r#"{"type":"FeatureCollection","crs":{"x":1},"features":[{"a":1},{"a":2}],"name":"n"}"#,
        )
        .unwrap();
        assert_eq!(h.features, 2);
        assert_eq!(f[1]["a"], 2);
        assert!(h.crs.is_some());
    }

    #[test]
    fn a_lone_feature_is_one_feature() {
        let (h, f) = read(r#"{"type":"Feature","geometry":null,"properties":{"k":1}}"#).unwrap();
        assert_eq!((h.features, f.len()), (1, 1));
        assert_eq!(f[0]["properties"]["k"], 1);
    }

    #[test]
    fn files_that_are_not_geojson_are_named() {
        assert!(matches!(read("hello"), Err(FileError::NotJson(_))));
        assert!(matches!(
            read(r#"{"type":"FeatureCollection","features":[{"a":1},"#),
            Err(FileError::NotJson(_))
        ));
        let e = read(r#"{"type":"Topology","objects":{}}"#)
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "not GeoJSON: the top-level object is a \"Topology\", not a FeatureCollection, Feature or Geometry"
        );
        assert!(matches!(read("[1,2]"), Err(FileError::NotGeoJson(_))));
        assert!(
            read(r#"{"type":"FeatureCollection"}"#)
                .unwrap_err()
                .to_string()
                .contains("no \"features\" array")
        );
    }

    #[test]
    fn written_geometry_is_the_bytes_of_its_json_value() {
        let polygon = |x: f64| {
            Polygon::new(
                LineString::from(vec![(x, 0.1), (x, 1.0), (x + 1.0, 0.1), (x, 0.1)]),
                vec![LineString::from(vec![
                    (x + 0.1, 0.2),
                    (x + 0.2, 0.2),
                    (x + 0.1, 0.3),
                    (x + 0.1, 0.2),
                ])],
            )
        };
        for g in [
            Geometry::Point(Point::new(35.123456789012345, -0.0)),
            Geometry::Point(Point::new(1e-300, 5e300)),
            Geometry::Polygon(polygon(35.0)),
            Geometry::MultiPolygon(MultiPolygon(vec![polygon(35.0), polygon(40.0)])),
            Geometry::MultiPolygon(MultiPolygon(vec![])),
        ] {
            let mut written = Vec::new();
            write_geometry(&mut written, (&g).into()).unwrap();
            assert_eq!(
                String::from_utf8(written).unwrap(),
                serde_json::to_string(&geometry_json(&g)).unwrap()
            );
        }
    }

    #[test]
    fn a_byte_order_mark_is_skipped_and_only_at_the_start() {
        let (h, f) =
            read("\u{feff}{\"type\":\"Feature\",\"properties\":{\"k\":\"\u{feff}\"}}").unwrap();
        assert_eq!(
            (h.features, f[0]["properties"]["k"].as_str()),
            (1, Some("\u{feff}"))
        );
        // Files shorter than a mark, and a mark with nothing after it.
        assert!(matches!(read("1"), Err(FileError::NotGeoJson(_))));
        assert!(matches!(read("\u{feff}"), Err(FileError::NotJson(_))));
        assert!(matches!(read(""), Err(FileError::NotJson(_))));
    }

    #[test]
    fn a_bare_geometry_is_one_feature_with_that_geometry() {
        let mut seen = Vec::new();
        let h = read_features(
            r#"{"coordinates":[35.5,33.2],"type":"Point","bbox":[35.5,33.2,35.5,33.2]}"#.as_bytes(),
            |i, v, origin| {
                seen.push((i, v, origin));
                Ok::<(), ()>(())
            },
        )
        .unwrap()
        .unwrap();
        assert_eq!(h.features, 1);
        assert_eq!(seen.len(), 1);
        assert_eq!(seen[0].2, Origin::BareGeometry);
        assert_eq!(
            seen[0].1.to_string(),
            r#"{"type":"Feature","geometry":{"coordinates":[35.5,33.2],"type":"Point","bbox":[35.5,33.2,35.5,33.2]}}"#
        );
    }

    #[test]
    fn a_feature_with_a_stray_features_member_is_that_feature_or_refused() {
        let (h, f) =
            read(r#"{"features":[],"type":"Feature","geometry":null,"properties":{"k":1}}"#)
                .unwrap();
        assert_eq!((h.features, f.len()), (1, 1));
        assert_eq!(f[0]["properties"]["k"], 1);
        let e = read(r#"{"type":"Feature","features":[{"a":1}],"properties":{}}"#)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("is a Feature but also has a \"features\" array of 1 feature(s)"),
            "{e}"
        );
    }

    #[test]
    fn geometry_problems_are_found_before_geo_types_hides_them() {
        let g = |s: &str| geometry(&serde_json::from_str(s).unwrap());
        assert_eq!(
            g(r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}"#).unwrap_err(),
            "exterior ring is not closed: its last position must repeat its first"
        );
        assert_eq!(
            g(r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}"#).unwrap_err(),
            "exterior ring has 3 positions; a closed ring needs at least 4"
        );
        assert!(
            g(r#"{"type":"Point","coordinates":[35,33,120]}"#)
                .unwrap_err()
                .contains("altitudes")
        );
        assert_eq!(
            g(r#"{"type":"LineString","coordinates":[[0,0],[1,1]]}"#).unwrap_err(),
            "is a LineString"
        );
    }
}
