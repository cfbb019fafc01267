//! GeoPackage binary geometry (spec clause 2.1.3): header, envelope, ISO WKB; and the `ST_*`
//! SQL functions that GDAL's spatial-index triggers call.

use geo::BoundingRect;
use geo_traits::GeometryTrait;
use geo_traits::to_geo::ToGeoGeometry;
use geo_types::{Geometry, MultiPolygon, Point, Rect};
use rusqlite::Connection;
use rusqlite::functions::FunctionFlags;
use rusqlite::types::ValueRef;

/// The only SRS the app writes: WGS84 lon/lat.
pub const SRS_ID: i32 = 4326;

/// Why a geometry blob cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BlobError {
    /// Shorter than its header says.
    #[error("geometry blob is truncated ({0} bytes)")]
    Truncated(usize),
    /// Does not start with `GP`.
    #[error("geometry blob does not start with the GeoPackage magic 'GP'")]
    Magic,
    /// Unknown version or envelope code.
    #[error(
        "geometry blob header is not GeoPackage 1.x (version {version}, envelope code {envelope})"
    )]
    Header {
        /// Version byte.
        version: u8,
        /// Envelope indicator (0–4 are defined).
        envelope: u8,
    },
    /// The extended-geometry flag (non-standard types).
    #[error("geometry blob uses the extended GeoPackage geometry types, which are not supported")]
    Extended,
    /// SRS other than EPSG:4326.
    #[error("geometry is in SRS {0}, not EPSG:4326")]
    Srs(i32),
    /// The header marks the geometry empty.
    #[error("geometry is empty")]
    Empty,
    /// The WKB after the header does not decode.
    #[error("geometry WKB does not decode: {0}")]
    Wkb(String),
}

/// Encodes a geometry as a little-endian GeoPackage blob in EPSG:4326, with an xy envelope
/// for everything but points (as GDAL does).
pub fn encode(g: &Geometry<f64>) -> Vec<u8> {
    let rect = match g {
        Geometry::Point(_) => None,
        other => other.bounding_rect(),
    };
    encode_with(g, rect)
}

/// [`encode`] of `Geometry::MultiPolygon(mp)`, without making that geometry.
pub fn encode_multipolygon(mp: &MultiPolygon<f64>) -> Vec<u8> {
    encode_with(mp, mp.bounding_rect())
}

/// [`encode`] of `Geometry::Point(p)`, without making that geometry.
pub fn encode_point(p: &Point<f64>) -> Vec<u8> {
    encode_with(p, None)
}

/// The blob of `g` with `rect` as its envelope (none for points).
fn encode_with(g: &impl GeometryTrait<T = f64>, rect: Option<Rect<f64>>) -> Vec<u8> {
    let mut out = Vec::with_capacity(8 + 32 + wkb::writer::geometry_wkb_size(g));
    out.extend_from_slice(b"GP");
    out.push(0); // version 1
    // bit 0: little endian; bits 1-3: envelope code (1 = minx, maxx, miny, maxy).
    out.push(if rect.is_some() {
        0b0000_0011
    } else {
        0b0000_0001
    });
    out.extend_from_slice(&SRS_ID.to_le_bytes());
    if let Some(r) = rect {
        for v in [r.min().x, r.max().x, r.min().y, r.max().y] {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    let options = wkb::writer::WriteOptions {
        endianness: wkb::Endianness::LittleEndian,
    };
    // Writing to a Vec cannot fail for the types the app stores.
    if let Err(e) = wkb::writer::write_geometry(&mut out, g, &options) {
        debug_assert!(false, "WKB write failed: {e}");
    }
    out
}

/// The parsed header of a blob.
struct Header {
    little_endian: bool,
    empty: bool,
    srs_id: i32,
    /// minx, maxx, miny, maxy, when the header carries them.
    envelope: Option<[f64; 4]>,
    wkb_offset: usize,
}

fn header(blob: &[u8]) -> Result<Header, BlobError> {
    if blob.len() < 8 {
        return Err(BlobError::Truncated(blob.len()));
    }
    if &blob[0..2] != b"GP" {
        return Err(BlobError::Magic);
    }
    let version = blob[2];
    let flags = blob[3];
    let envelope_code = (flags >> 1) & 0b111;
    if version != 0 || envelope_code > 4 {
        return Err(BlobError::Header {
            version,
            envelope: envelope_code,
        });
    }
    if flags & 0b0010_0000 != 0 {
        return Err(BlobError::Extended);
    }
    let little_endian = flags & 1 == 1;
    let read_i32 = |b: [u8; 4]| {
        if little_endian {
            i32::from_le_bytes(b)
        } else {
            i32::from_be_bytes(b)
        }
    };
    let read_f64 = |b: [u8; 8]| {
        if little_endian {
            f64::from_le_bytes(b)
        } else {
            f64::from_be_bytes(b)
        }
    };
    let srs_id = read_i32([blob[4], blob[5], blob[6], blob[7]]);
    let envelope_len = match envelope_code {
        0 => 0,
        1 => 32,
        2 | 3 => 48,
        _ => 64,
    };
    let wkb_offset = 8 + envelope_len;
    if blob.len() < wkb_offset {
        return Err(BlobError::Truncated(blob.len()));
    }
    let envelope = (envelope_len > 0).then(|| {
        let mut e = [0.0; 4];
        for (i, v) in e.iter_mut().enumerate() {
            let at = 8 + i * 8;
            let mut b = [0u8; 8];
            b.copy_from_slice(&blob[at..at + 8]);
            *v = read_f64(b);
        }
        e
    });
    Ok(Header {
        little_endian,
        empty: flags & 0b0001_0000 != 0,
        srs_id,
        envelope,
        wkb_offset,
    })
}

/// Decodes a GeoPackage blob in EPSG:4326 into a 2D geometry (Z and M values are not kept).
pub fn decode(blob: &[u8]) -> Result<Geometry<f64>, BlobError> {
    let h = header(blob)?;
    let _ = h.little_endian;
    if h.srs_id != SRS_ID {
        return Err(BlobError::Srs(h.srs_id));
    }
    if h.empty {
        return Err(BlobError::Empty);
    }
    let wkb =
        wkb::reader::read_wkb(&blob[h.wkb_offset..]).map_err(|e| BlobError::Wkb(e.to_string()))?;
    wkb.try_to_geometry().ok_or(BlobError::Empty)
}

/// The WKB inside a GeoPackage blob in EPSG:4326, as stored (no coordinate touched);
/// `None` for an empty geometry.
pub fn wkb_of(blob: &[u8]) -> Result<Option<&[u8]>, BlobError> {
    let h = header(blob)?;
    if h.srs_id != SRS_ID {
        return Err(BlobError::Srs(h.srs_id));
    }
    if h.empty {
        return Ok(None);
    }
    blob.get(h.wkb_offset..)
        .map(Some)
        .ok_or(BlobError::Truncated(blob.len()))
}

/// The OGC name of the geometry type a blob's WKB declares (`POLYGON`, `MULTIPOLYGON`, …,
/// Z/M variants by their base type), as GeoPackage's `geometry_type_name` spells it.
pub fn type_name(blob: &[u8]) -> Result<&'static str, BlobError> {
    let h = header(blob)?;
    let wkb = blob
        .get(h.wkb_offset..h.wkb_offset + 5)
        .ok_or(BlobError::Truncated(blob.len()))?;
    let code = if wkb[0] == 1 {
        u32::from_le_bytes([wkb[1], wkb[2], wkb[3], wkb[4]])
    } else {
        u32::from_be_bytes([wkb[1], wkb[2], wkb[3], wkb[4]])
    };
    // ISO WKB adds 1000 (Z), 2000 (M) or 3000 (ZM); EWKB-style high flags are masked off.
    Ok(match (code & 0x0FFF_FFFF) % 1000 {
        1 => "POINT",
        2 => "LINESTRING",
        3 => "POLYGON",
        4 => "MULTIPOINT",
        5 => "MULTILINESTRING",
        6 => "MULTIPOLYGON",
        7 => "GEOMETRYCOLLECTION",
        _ => "GEOMETRY",
    })
}

/// minx, maxx, miny, maxy of a blob: from its header, or from its WKB when it has no envelope.
pub(crate) fn envelope(blob: &[u8]) -> Option<[f64; 4]> {
    let h = header(blob).ok()?;
    if h.empty {
        return None;
    }
    if let Some(e) = h.envelope {
        return Some(e);
    }
    // A 2D point (what the app writes for finds, with no envelope) is read straight from its
    // WKB: the extents of a table and GDAL's R-tree triggers ask for it four times a row.
    if let Some([x, y]) = point_xy(&blob[h.wkb_offset..]) {
        return Some([x, x, y, y]);
    }
    let wkb = wkb::reader::read_wkb(&blob[h.wkb_offset..]).ok()?;
    let r = wkb.try_to_geometry()?.bounding_rect()?;
    Some([r.min().x, r.max().x, r.min().y, r.max().y])
}

/// The coordinates of a WKB 2D point (type 1, either byte order), when neither is NaN (an
/// empty point); `None` for anything else.
fn point_xy(wkb: &[u8]) -> Option<[f64; 2]> {
    let bytes: &[u8; 21] = wkb.get(..21)?.try_into().ok()?;
    let little = match bytes[0] {
        1 => true,
        0 => false,
        _ => return None,
    };
    let u32_at = |at: usize| {
        let b = [bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]];
        if little {
            u32::from_le_bytes(b)
        } else {
            u32::from_be_bytes(b)
        }
    };
    let f64_at = |at: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&bytes[at..at + 8]);
        if little {
            f64::from_le_bytes(b)
        } else {
            f64::from_be_bytes(b)
        }
    };
    let (x, y) = (f64_at(5), f64_at(13));
    (u32_at(1) == 1 && !x.is_nan() && !y.is_nan()).then_some([x, y])
}

/// Registers `ST_MinX`, `ST_MaxX`, `ST_MinY`, `ST_MaxY` and `ST_IsEmpty`, which the R-tree
/// triggers that GDAL and QGIS add to a GeoPackage call on every write.
pub fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    let flags = FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC;
    for (name, index) in [
        ("ST_MinX", 0),
        ("ST_MaxX", 1),
        ("ST_MinY", 2),
        ("ST_MaxY", 3),
    ] {
        conn.create_scalar_function(name, 1, flags, move |ctx| {
            Ok(match ctx.get_raw(0) {
                ValueRef::Blob(b) => envelope(b).map(|e| e[index]),
                _ => None,
            })
        })?;
    }
    conn.create_scalar_function("ST_IsEmpty", 1, flags, |ctx| {
        Ok(match ctx.get_raw(0) {
            ValueRef::Blob(b) => Some(envelope(b).is_none()),
            _ => None,
        })
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo_types::{Point, polygon};

    #[test]
    fn point_blob_bytes_follow_the_spec() {
        let blob = encode(&Geometry::Point(Point::new(35.5, 33.25)));
        // GP, version 0, flags 1 (LE, no envelope), srs 4326 LE, then WKB point (LE, type 1).
        let mut expected = vec![b'G', b'P', 0, 1, 0xE6, 0x10, 0, 0, 1, 1, 0, 0, 0];
        expected.extend_from_slice(&35.5f64.to_le_bytes());
        expected.extend_from_slice(&33.25f64.to_le_bytes());
        assert_eq!(blob, expected);
    }

    #[test]
    fn polygon_round_trips_with_envelope() {
        let g = Geometry::MultiPolygon(geo_types::MultiPolygon(vec![polygon![
            (x: 35.0, y: 33.0), (x: 35.5, y: 33.0), (x: 35.5, y: 33.25), (x: 35.0, y: 33.0)
        ]]));
        let blob = encode(&g);
        assert_eq!(blob[3], 0b11);
        assert_eq!(envelope(&blob), Some([35.0, 35.5, 33.0, 33.25]));
        assert_eq!(decode(&blob).unwrap(), g);
    }

    #[test]
    fn a_point_envelope_is_read_as_the_wkb_reader_reads_it() {
        let slow = |blob: &[u8]| {
            let h = header(blob).unwrap();
            let wkb = wkb::reader::read_wkb(&blob[h.wkb_offset..]).unwrap();
            let r = wkb.try_to_geometry().unwrap().bounding_rect().unwrap();
            [r.min().x, r.max().x, r.min().y, r.max().y]
        };
        for (x, y) in [
            (35.5, 33.25),
            (-0.0, 0.0),
            (-179.999999999, -89.5),
            (1e-300, 5e300),
        ] {
            let mut blob = encode(&Geometry::Point(Point::new(x, y)));
            assert_eq!(envelope(&blob), Some(slow(&blob)));
            // Big-endian WKB, as other programs may write it.
            blob[8] = 0;
            blob[9..13].copy_from_slice(&1u32.to_be_bytes());
            blob[13..21].copy_from_slice(&x.to_be_bytes());
            blob[21..29].copy_from_slice(&y.to_be_bytes());
            assert_eq!(envelope(&blob), Some([x, x, y, y]));
            assert_eq!(envelope(&blob), Some(slow(&blob)));
        }
    }

    #[test]
    fn a_record_geometry_encodes_as_the_geometry_it_is() {
        let mp = geo_types::MultiPolygon(vec![
            polygon![(x: 35.0, y: 33.0), (x: 35.5, y: 33.0), (x: 35.5, y: 33.25), (x: 35.0, y: 33.0)],
            polygon![(x: 36.0, y: 34.0), (x: 36.5, y: 34.0), (x: 36.5, y: 34.25), (x: 36.0, y: 34.0)],
        ]);
        assert_eq!(
            encode_multipolygon(&mp),
            encode(&Geometry::MultiPolygon(mp.clone()))
        );
        let p = Point::new(35.123456789012345, -0.0);
        assert_eq!(encode_point(&p), encode(&Geometry::Point(p)));
    }

    #[test]
    fn bad_blobs_are_named() {
        assert_eq!(decode(b"XX\0\x01\xe6\x10\0\0"), Err(BlobError::Magic));
        assert_eq!(decode(b"GP"), Err(BlobError::Truncated(2)));
        let mut other_srs = encode(&Geometry::Point(Point::new(1.0, 2.0)));
        other_srs[4..8].copy_from_slice(&32636i32.to_le_bytes());
        assert_eq!(decode(&other_srs), Err(BlobError::Srs(32636)));
    }
}
