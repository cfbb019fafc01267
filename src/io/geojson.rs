//! GeoJSON (RFC 7946): a streaming reader that hands over one feature at a time, so a
//! 100 MB file is read in bounded memory, and a writer of Clearfield's feature format.
//!
//! The reader turns geometry into geo-types only after checking what geo-types would hide:
//! unclosed rings (it would close them), rings too short, altitudes (it would drop them).

use std::fmt;
use std::io::{Read, Write};

use geo::orient::{Direction, Orient};
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

/// Reads a FeatureCollection (or a single Feature) from `reader`, calling `on_feature` with
/// each feature's index and JSON, in file order. `on_feature` may stop the reading by
/// returning an error, which is handed back.
pub fn read_features<E>(
    reader: impl Read,
    mut on_feature: impl FnMut(usize, Value) -> Result<(), E>,
) -> Result<Result<Header, E>, FileError> {
    let mut stop: Option<E> = None;
    let mut de =
        serde_json::Deserializer::from_reader(std::io::BufReader::with_capacity(1 << 16, reader));
    let seed = TopLevel {
        on_feature: &mut |i, v| match on_feature(i, v) {
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
        Some(other) => Err(FileError::NotGeoJson(format!(
            "the top-level object is a {other:?}, not a FeatureCollection or Feature"
        ))),
        None => Err(FileError::NotGeoJson(
            "the top-level object has no \"type\"".to_owned(),
        )),
    }
}

type OnFeature<'a> = &'a mut dyn FnMut(usize, Value) -> bool;

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
        f.write_str("a GeoJSON object (FeatureCollection or Feature)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Header, A::Error> {
        let mut header = Header::default();
        // A lone Feature is kept whole (it is one feature); a collection's other members are
        // small and its features are streamed.
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
                "geometry" | "properties" | "id" | "bbox" => {
                    members.insert(key, map.next_value()?);
                }
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if header.kind.as_deref() == Some("Feature") && !features_seen {
            header.features = 1;
            if !(self.on_feature)(0, Value::Object(members)) {
                return Err(serde::de::Error::custom(STOPPED));
            }
        } else if header.kind.as_deref() == Some("FeatureCollection") && !features_seen {
            return Err(serde::de::Error::custom(
                "the FeatureCollection has no \"features\" array",
            ));
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
            if !(self.on_feature)(i, v) {
                return Err(serde::de::Error::custom(STOPPED));
            }
            i += 1;
        }
        Ok(i)
    }
}

/// Reads a GeoJSON geometry object, refusing what geo-types would silently change.
pub fn geometry(v: &Value) -> Result<Geometry<f64>, String> {
    let obj = v
        .as_object()
        .ok_or("geometry is not a GeoJSON geometry object")?;
    let kind = obj
        .get("type")
        .and_then(Value::as_str)
        .ok_or("geometry has no \"type\"")?;
    let coords = obj.get("coordinates");
    match kind {
        "Point" => Ok(Geometry::Point(Point(position(
            coords.ok_or("Point has no coordinates")?,
        )?))),
        "Polygon" => Ok(Geometry::Polygon(polygon(
            coords.ok_or("Polygon has no coordinates")?,
            None,
        )?)),
        "MultiPolygon" => {
            let parts = coords
                .and_then(Value::as_array)
                .ok_or("MultiPolygon coordinates are not an array")?;
            let polygons = parts
                .iter()
                .enumerate()
                .map(|(i, p)| polygon(p, (parts.len() > 1).then_some(i + 1)))
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Geometry::MultiPolygon(MultiPolygon(polygons)))
        }
        other => Err(format!("is a {other}")),
    }
}

fn position(v: &Value) -> Result<Coord<f64>, String> {
    let a = v
        .as_array()
        .ok_or("a position is not an array of numbers")?;
    match a.as_slice() {
        [x, y] => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => Ok(Coord { x, y }),
            _ => Err("a position is not an array of numbers".to_owned()),
        },
        [_, _, _, ..] => Err("has altitudes (3D positions); Clearfield keeps 2D lon/lat: drop them first (ogr2ogr -dim XY)".to_owned()),
        _ => Err("a position has fewer than 2 numbers".to_owned()),
    }
}

fn polygon(v: &Value, part: Option<usize>) -> Result<Polygon<f64>, String> {
    let rings = v
        .as_array()
        .ok_or("Polygon coordinates are not an array of rings")?;
    if rings.is_empty() {
        return Err("is an empty Polygon".to_owned());
    }
    let mut out = Vec::with_capacity(rings.len());
    for (ri, ring) in rings.iter().enumerate() {
        let name = match (part, ri) {
            (None, 0) => "exterior ring".to_owned(),
            (None, r) => format!("interior ring {r}"),
            (Some(p), 0) => format!("polygon {p}: exterior ring"),
            (Some(p), r) => format!("polygon {p}: interior ring {r}"),
        };
        let pts = ring
            .as_array()
            .ok_or_else(|| format!("{name} is not an array of positions"))?;
        let coords = pts.iter().map(position).collect::<Result<Vec<_>, _>>()?;
        if coords.len() < 4 {
            return Err(format!(
                "{name} has {} positions; a closed ring needs at least 4",
                coords.len()
            ));
        }
        if coords.first() != coords.last() {
            return Err(format!(
                "{name} is not closed: its last position must repeat its first"
            ));
        }
        out.push(LineString(coords));
    }
    let exterior = out.remove(0);
    Ok(Polygon::new(exterior, out))
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
        let f = serde_json::json!({
            "type": "Feature",
            "geometry": geometry_json(geometry),
            "properties": properties,
        });
        serde_json::to_writer(&mut self.out, &f)?;
        Ok(())
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
        let h = read_features(text.as_bytes(), |_, v| {
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
        let e = read(r#"{"type":"Polygon","coordinates":[]}"#)
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "not GeoJSON: the top-level object is a \"Polygon\", not a FeatureCollection or Feature"
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
