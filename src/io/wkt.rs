//! Geometry typed by a user: OGC WKT (`POLYGON ((35.1 33.2, …))`), or a point as `lon,lat`,
//! UTM, MGRS or degrees-minutes-seconds (see `io::coords`).

use std::str::FromStr;

use geo_types::{Geometry, Point};
use wkt::{ToWkt, Wkt};

/// Why typed geometry text cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum WktError {
    /// Not WKT, and not `lon,lat`.
    #[error("is neither WKT (e.g. POLYGON ((35.1 33.2, …))) nor a point written lon,lat: {0}")]
    Syntax(String),
    /// A ring whose last point is not its first.
    #[error("{0} is not closed: its last point must repeat its first")]
    RingNotClosed(String),
    /// Z or M values, which the app does not keep.
    #[error("has {0} coordinates; give 2D lon/lat only (heights are not kept)")]
    NotTwoDimensional(&'static str),
    /// UTM, MGRS or DMS text that does not make a position.
    #[error("{0}")]
    Position(String),
    /// Empty geometry (`POLYGON EMPTY`).
    #[error("is empty")]
    Empty,
}

/// Reads `text` as WKT or as `lon,lat` (two decimal numbers, longitude first).
///
/// Rings must be closed as written: the text is not corrected.
pub fn parse(text: &str) -> Result<Geometry<f64>, WktError> {
    parse_any(text)
}

/// One position as [`parse`] reads it (lon,lat, UTM, MGRS, DMS or WKT POINT), checked to be
/// on the map; why not, in words.
///
/// ```
/// let p = clearfield::io::wkt::parse_point("35.5,33.3").unwrap();
/// assert_eq!((p.x(), p.y()), (35.5, 33.3));
/// assert!(clearfield::io::wkt::parse_point("POLYGON((0 0,1 0,1 1,0 0))").is_err());
/// ```
pub fn parse_point(text: &str) -> Result<geo_types::Point<f64>, String> {
    let geometry = parse(text).map_err(|e| e.to_string())?;
    let Geometry::Point(p) = geometry else {
        return Err(format!(
            "is a {}: give one position",
            crate::geom::type_name(&geometry)
        ));
    };
    match crate::geom::validate_point(&p).into_iter().next() {
        Some(problem) => Err(problem.to_string()),
        None => Ok(p),
    }
}

fn parse_any(text: &str) -> Result<Geometry<f64>, WktError> {
    let text = text.trim();
    if let Some(point) = parse_lon_lat(text) {
        return Ok(point);
    }
    if let Some(position) = super::coords::parse_position(text) {
        return position.map(Geometry::Point).map_err(WktError::Position);
    }
    let wkt = Wkt::<f64>::from_str(text).map_err(|e| WktError::Syntax(e.to_string()))?;
    check(&wkt)?;
    Geometry::<f64>::try_from(wkt).map_err(|e| WktError::Syntax(e.to_string()))
}

fn parse_lon_lat(text: &str) -> Option<Geometry<f64>> {
    let (lon, lat) = text.split_once(',')?;
    let lon = f64::from_str(lon.trim()).ok()?;
    let lat = f64::from_str(lat.trim()).ok()?;
    Some(Geometry::Point(Point::new(lon, lat)))
}

fn check(wkt: &Wkt<f64>) -> Result<(), WktError> {
    use wkt::types::Dimension;
    let dimension = match wkt {
        Wkt::Point(p) => p.dimension(),
        Wkt::LineString(l) => l.dimension(),
        Wkt::Polygon(p) => p.dimension(),
        Wkt::MultiPoint(m) => m.dimension(),
        Wkt::MultiLineString(m) => m.dimension(),
        Wkt::MultiPolygon(m) => m.dimension(),
        Wkt::GeometryCollection(g) => g.dimension(),
    };
    match dimension {
        Dimension::XY => {}
        Dimension::XYZ => return Err(WktError::NotTwoDimensional("Z")),
        Dimension::XYM => return Err(WktError::NotTwoDimensional("M")),
        Dimension::XYZM => return Err(WktError::NotTwoDimensional("ZM")),
    }
    let polygons: Vec<&wkt::types::Polygon<f64>> = match wkt {
        Wkt::Polygon(p) => vec![p],
        Wkt::MultiPolygon(m) => m.polygons().iter().collect(),
        Wkt::Point(p) if p.coord().is_none() => return Err(WktError::Empty),
        _ => vec![],
    };
    if matches!(wkt, Wkt::Polygon(_) | Wkt::MultiPolygon(_))
        && polygons.iter().all(|p| p.rings().is_empty())
    {
        return Err(WktError::Empty);
    }
    let many = polygons.len() > 1;
    for (pi, polygon) in polygons.iter().enumerate() {
        for (ri, ring) in polygon.rings().iter().enumerate() {
            let coords = ring.coords();
            let closed = match (coords.first(), coords.last()) {
                (Some(a), Some(b)) => a.x == b.x && a.y == b.y,
                _ => true,
            };
            if !closed {
                let ring_name = if ri == 0 {
                    "exterior ring".to_owned()
                } else {
                    format!("interior ring {ri}")
                };
                let name = if many {
                    format!("polygon {}: {ring_name}", pi + 1)
                } else {
                    ring_name
                };
                return Err(WktError::RingNotClosed(name));
            }
        }
    }
    Ok(())
}

/// Writes a geometry as WKT, with every digit of its coordinates.
pub fn to_wkt(g: &Geometry<f64>) -> String {
    g.wkt_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lon_lat_point() {
        assert_eq!(
            parse(" 35.4, 33.2 ").unwrap(),
            Geometry::Point(Point::new(35.4, 33.2))
        );
    }

    #[test]
    fn unclosed_ring_is_rejected_not_closed() {
        let e = parse("POLYGON ((35 33, 35.1 33, 35.1 33.1))").unwrap_err();
        assert_eq!(e, WktError::RingNotClosed("exterior ring".into()));
    }

    #[test]
    fn z_is_rejected() {
        assert_eq!(
            parse("POINT Z (35 33 100)").unwrap_err(),
            WktError::NotTwoDimensional("Z")
        );
    }

    #[test]
    fn garbage_is_a_syntax_error() {
        assert!(matches!(parse("POLYGN ((1 2))"), Err(WktError::Syntax(_))));
    }

    #[test]
    fn round_trip_keeps_every_digit() {
        let text = "POLYGON((35.123456789012345 33.1,35.2 33.1,35.2 33.2,35.123456789012345 33.1))";
        let g = parse(text).unwrap();
        assert_eq!(parse(&to_wkt(&g)).unwrap(), g);
    }
}
