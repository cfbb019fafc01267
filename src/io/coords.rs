//! Positions as GPS units and paper maps give them: UTM (`36S 740281 3685298`, zone and
//! latitude band), MGRS (`36SYB4028185298`) and degrees-minutes-seconds
//! (`33°16'48"N 35°34'48"E`). Conversions are GeographicLib's (geoconvert crate), WGS84.

use geo_types::Point;
use geoconvert::{LatLon, Mgrs, UtmUps};

/// The UTM latitude band letter of `lat` (C to X, without I and O).
fn band(lat: f64) -> char {
    const BANDS: &[u8] = b"CDEFGHJKLMNPQRSTUVWX";
    let i = (((lat + 80.0) / 8.0).floor() as isize).clamp(0, 19) as usize;
    BANDS[i] as char
}

/// `36S 740281 3685298`: zone, latitude band, easting and northing in whole metres.
pub fn utm_text(lon: f64, lat: f64) -> Option<String> {
    let ll = LatLon::create(lat, lon).ok()?;
    if !(-80.0..=84.0).contains(&lat) {
        return None;
    }
    let u = ll.to_utmups();
    Some(format!(
        "{}{} {:.0} {:.0}",
        u.zone(),
        band(lat),
        u.easting().floor(),
        u.northing().floor()
    ))
}

/// `36SYB4028185298`: the 1 m MGRS square containing the position.
pub fn mgrs_text(lon: f64, lat: f64) -> Option<String> {
    let ll = LatLon::create(lat, lon).ok()?;
    Some(ll.to_mgrs(5).to_string())
}

/// A WGS84 UTM zone, as a file's coordinate system names it (a shapefile's .prj, a
/// GeoJSON's legacy `crs`): its eastings and northings are turned into lon/lat by
/// GeographicLib (geoconvert), as typed positions are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UtmZone {
    /// 1 to 60.
    pub zone: i32,
    /// North of the equator (EPSG 326NN) or south (327NN, false northing 10 000 km).
    pub north: bool,
}

impl UtmZone {
    /// The zone of an EPSG code: 32601-32660 north, 32701-32760 south.
    ///
    /// ```
    /// use clearfield::io::coords::UtmZone;
    /// assert_eq!(UtmZone::from_epsg(32636), Some(UtmZone { zone: 36, north: true }));
    /// assert_eq!(UtmZone::from_epsg(32721), Some(UtmZone { zone: 21, north: false }));
    /// assert_eq!(UtmZone::from_epsg(4326), None);
    /// ```
    pub fn from_epsg(code: u32) -> Option<UtmZone> {
        let zone = (code % 100) as i32;
        let north = match code / 100 {
            326 => true,
            327 => false,
            _ => return None,
        };
        (1..=60).contains(&zone).then_some(UtmZone { zone, north })
    }

    /// Its name as EPSG gives it: `WGS 84 / UTM zone 36N`.
    pub fn name(self) -> String {
        format!(
            "WGS 84 / UTM zone {}{}",
            self.zone,
            if self.north { 'N' } else { 'S' }
        )
    }

    /// The central meridian, degrees.
    pub fn central_meridian(self) -> f64 {
        f64::from(self.zone * 6 - 183)
    }

    /// Longitude and latitude of an easting and northing (metres) in this zone; why not
    /// when they are outside what the zone can hold.
    ///
    /// ```
    /// use clearfield::io::coords::UtmZone;
    /// // pyproj: Proj(proj="utm", zone=36, ellps="WGS84")(35.58, 33.28) = (740281.254, 3685298.248)
    /// let (lon, lat) = UtmZone { zone: 36, north: true }.to_lon_lat(740281.254, 3685298.248).unwrap();
    /// assert!((lon - 35.58).abs() < 1e-7 && (lat - 33.28).abs() < 1e-7);
    /// ```
    pub fn to_lon_lat(self, easting: f64, northing: f64) -> Result<(f64, f64), String> {
        let u = UtmUps::create(self.zone, self.north, easting, northing).map_err(|e| {
            format!(
                "{easting} {northing} is not a position in {}: {e}",
                self.name()
            )
        })?;
        let ll = u.to_latlon();
        Ok((ll.longitude(), ll.latitude()))
    }
}

/// Reads `text` as UTM, MGRS or DMS; `None` when it is none of these (try WKT or lon,lat).
pub fn parse_position(text: &str) -> Option<Result<Point<f64>, String>> {
    let t = text.trim();
    parse_utm(t)
        .or_else(|| parse_mgrs(t))
        .or_else(|| parse_dms(t))
}

fn point(ll: LatLon) -> Point<f64> {
    Point::new(ll.longitude(), ll.latitude())
}

fn parse_utm(t: &str) -> Option<Result<Point<f64>, String>> {
    let tokens: Vec<&str> = t.split_whitespace().collect();
    let (zone_band, rest) = match tokens.as_slice() {
        [zb, e, n] => ((*zb).to_owned(), [*e, *n]),
        [z, b, e, n] if b.len() == 1 => (format!("{z}{b}"), [*e, *n]),
        _ => return None,
    };
    let last = zone_band.chars().last()?;
    let letter = last.to_ascii_uppercase();
    // Cut at a character boundary: the last character may be any letter, é or 𝔸 too.
    let zone: i32 = zone_band[..zone_band.len() - last.len_utf8()]
        .parse()
        .ok()?;
    let (e, n): (f64, f64) = (rest[0].parse().ok()?, rest[1].parse().ok()?);
    if !letter.is_ascii_alphabetic() {
        return None;
    }
    if !(1..=60).contains(&zone) || !"CDEFGHJKLMNPQRSTUVWX".contains(letter) {
        return Some(Err(format!(
            "{:?} is not a UTM position: zone 1-60 and a latitude band C-X",
            super::text::cut(t)
        )));
    }
    // The letter is the latitude band, as GPS units show it: N to X are north of the equator.
    let north = letter >= 'N';
    Some(
        UtmUps::create(zone, north, e, n)
            .map(|u| point(u.to_latlon()))
            .map_err(|e| format!("{:?} is not a UTM position: {e}", super::text::cut(t))),
    )
}

fn parse_mgrs(t: &str) -> Option<Result<Point<f64>, String>> {
    let compact: String = t.split_whitespace().collect();
    let bytes = compact.as_bytes();
    let digits_at = compact.find(|c: char| c.is_ascii_alphabetic())?;
    let shaped = digits_at <= 2
        && compact.len() >= digits_at + 3
        && bytes[..digits_at].iter().all(u8::is_ascii_digit)
        && bytes[digits_at..digits_at + 3]
            .iter()
            .all(u8::is_ascii_alphabetic)
        && bytes[digits_at + 3..].iter().all(u8::is_ascii_digit);
    if !shaped || digits_at == 0 {
        return None;
    }
    if !(compact.len() - digits_at - 3).is_multiple_of(2) {
        return Some(Err(format!(
            "{:?}: an MGRS reference has as many easting as northing digits",
            super::text::cut(t)
        )));
    }
    Some(
        Mgrs::parse_str(&compact.to_ascii_uppercase())
            .map(|m| point(m.to_latlon()))
            .map_err(|e| format!("{:?} is not an MGRS reference: {e}", super::text::cut(t))),
    )
}

fn parse_dms(t: &str) -> Option<Result<Point<f64>, String>> {
    if !t.contains(['N', 'S', 'E', 'W', 'n', 's', 'e', 'w']) {
        return None;
    }
    let cleaned: String = t
        .chars()
        .map(|c| {
            if matches!(c, '°' | '\'' | '"' | '′' | '″' | ',' | ';') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let mut values: Vec<(char, f64)> = Vec::new();
    let mut numbers: Vec<f64> = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, numbers: &mut Vec<f64>| -> Option<()> {
        if !word.is_empty() {
            numbers.push(word.parse().ok()?);
            word.clear();
        }
        Some(())
    };
    for c in cleaned.chars() {
        if c.is_ascii_digit() || c == '.' {
            word.push(c);
        } else {
            flush(&mut word, &mut numbers)?;
            let h = c.to_ascii_uppercase();
            if matches!(h, 'N' | 'S' | 'E' | 'W') {
                let v = match numbers.as_slice() {
                    [d] => *d,
                    [d, m] => d + m / 60.0,
                    [d, m, s] => d + m / 60.0 + s / 3600.0,
                    _ => {
                        return Some(Err(format!(
                            "{:?}: write degrees, minutes and seconds before each N/S/E/W",
                            super::text::cut(t)
                        )));
                    }
                };
                values.push((h, if matches!(h, 'S' | 'W') { -v } else { v }));
                numbers.clear();
            } else if !c.is_whitespace() {
                return None;
            }
        }
    }
    flush(&mut word, &mut numbers)?;
    if !numbers.is_empty() || values.len() != 2 {
        return Some(Err(format!(
            "{:?}: give a latitude (N/S) and a longitude (E/W)",
            super::text::cut(t)
        )));
    }
    let lat = values
        .iter()
        .find(|(h, _)| matches!(h, 'N' | 'S'))
        .map(|v| v.1);
    let lon = values
        .iter()
        .find(|(h, _)| matches!(h, 'E' | 'W'))
        .map(|v| v.1);
    match (lat, lon) {
        (Some(lat), Some(lon)) => Some(Ok(Point::new(lon, lat))),
        _ => Some(Err(format!(
            "{:?}: give a latitude (N/S) and a longitude (E/W)",
            super::text::cut(t)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Found by the fuzz harness (tests/inputs.rs): a UTM-shaped text whose zone ends in a
    /// multi-byte character was cut inside that character and panicked.
    #[test]
    fn a_utm_zone_ending_in_a_multibyte_character_is_not_a_panic() {
        assert_eq!(parse_position("36\u{d96c3} 740281 3685298"), None);
        assert_eq!(parse_position("é 1 2"), None);
        assert_eq!(
            parse_position("36é 740281 3685298").map(|r| r.is_err()),
            None,
            "é is not an ASCII latitude band"
        );
    }

    fn close(p: Point<f64>, lon: f64, lat: f64, tol: f64) {
        assert!(
            (p.x() - lon).abs() < tol && (p.y() - lat).abs() < tol,
            "{p:?} vs {lon},{lat}"
        );
    }

    #[test]
    fn utm_matches_pyproj() {
        // pyproj Proj(proj="utm", zone=36, ellps="WGS84")(35.58, 33.28) = (740281.254, 3685298.248).
        assert_eq!(utm_text(35.58, 33.28).unwrap(), "36S 740281 3685298");
        let p = parse_position("36S 740281.254 3685298.248")
            .unwrap()
            .unwrap();
        close(p, 35.58, 33.28, 1e-7);
        let p = parse_position("36 S 740281 3685298").unwrap().unwrap();
        close(p, 35.58, 33.28, 1e-4);
    }

    /// Eastings and northings pyproj computed (Transformer.from_crs(4326, 32736) and
    /// (4326, 32601), always_xy) come back to the lon/lat they came from: a southern zone
    /// (false northing 10 000 km) and the first zone near the antimeridian.
    #[test]
    fn utm_zones_south_and_at_the_edge_match_pyproj() {
        let south = UtmZone::from_epsg(32736).unwrap();
        let (lon, lat) = south
            .to_lon_lat(715053.0168410917, 8340702.272493448)
            .unwrap();
        assert!(
            (lon - 35.0).abs() < 1e-9 && (lat + 15.0).abs() < 1e-9,
            "{lon} {lat}"
        );
        let first = UtmZone::from_epsg(32601).unwrap();
        let (lon, lat) = first
            .to_lon_lat(405738.94287556794, 7795688.744812611)
            .unwrap();
        assert!(
            (lon + 179.5).abs() < 1e-9 && (lat - 70.25).abs() < 1e-9,
            "{lon} {lat}"
        );
    }

    #[test]
    fn mgrs_matches_the_reference() {
        // Empire State Building, UTM 18N 585664.12 4511315.42 (pyproj): MGRS 18TWL8566411315.
        assert_eq!(mgrs_text(-73.985278, 40.748333).unwrap(), "18TWL8566411315");
        let p = parse_position("18T WL 85664 11315").unwrap().unwrap();
        close(p, -73.985278, 40.748333, 2e-5);
        assert!(
            parse_position("18TWL856641131").unwrap().is_err(),
            "odd digit count"
        );
    }

    #[test]
    fn dms_in_common_spellings() {
        let p = parse_position("33°16'48\"N 35°34'48\"E").unwrap().unwrap();
        close(p, 35.58, 33.28, 1e-9);
        let p = parse_position("35 34 48 E, 33 16 48 N").unwrap().unwrap();
        close(p, 35.58, 33.28, 1e-9);
        let p = parse_position("33 16.8 S 70 W").unwrap().unwrap();
        close(p, -70.0, -33.28, 1e-9);
        assert!(parse_position("33 16 48 N").unwrap().is_err());
    }

    #[test]
    fn other_text_is_left_to_wkt() {
        assert!(parse_position("35.58,33.28").is_none());
        assert!(parse_position("POINT (35.58 33.28)").is_none());
        assert!(parse_position("POLYGON ((35 33, 36 33, 36 34, 35 33))").is_none());
    }
}
