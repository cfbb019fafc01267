//! Positions from a GPS receiver averaged over several fixes: the mean position and how far
//! the fixes lie from it, in metres on WGS84.
//!
//! The mean is the arithmetic mean of longitudes and latitudes (longitudes taken relative to
//! the first fix, so fixes either side of the antimeridian average across it rather than
//! round the world). For a receiver held still, whose fixes lie within some metres of each
//! other, this is the mean on the ellipsoid to far better than a millimetre: over a few
//! metres the ellipsoid is flat to within 1e-6 m and a degree of longitude or latitude has
//! one length, so the mean of the coordinates is the point that minimises the squared
//! distances. The spread is measured exactly: the geodesic distance (Karney's algorithm,
//! geographiclib) from the mean to each fix.

use geographiclib_rs::{Geodesic, InverseGeodesic};

/// How a receiver computed a fix: NMEA GGA's fix quality.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum FixQuality {
    /// No position (GGA quality 0), or one estimated, entered by hand or simulated (6, 7,
    /// 8): not a measurement, never counted.
    Invalid,
    /// An autonomous satellite fix (1).
    Gps,
    /// Differential GPS: corrections from a station or SBAS (2).
    Dgps,
    /// Precise positioning service (3).
    Pps,
    /// Real-time kinematic, fixed ambiguities (4).
    Rtk,
    /// Real-time kinematic, float solution (5).
    FloatRtk,
}

impl FixQuality {
    /// Whether a fix of this quality is a measured position that may be averaged.
    pub fn is_valid(self) -> bool {
        self != FixQuality::Invalid
    }

    /// The quality as a receiver's display names it: `GPS`, `DGPS`, `RTK`…
    pub fn name(self) -> &'static str {
        match self {
            FixQuality::Invalid => "no fix",
            FixQuality::Gps => "GPS",
            FixQuality::Dgps => "DGPS",
            FixQuality::Pps => "PPS",
            FixQuality::Rtk => "RTK",
            FixQuality::FloatRtk => "float RTK",
        }
    }
}

/// One position a receiver reported (WGS84 degrees).
#[derive(Clone, Debug, PartialEq)]
pub struct Fix {
    /// Longitude, degrees east.
    pub lon: f64,
    /// Latitude, degrees north.
    pub lat: f64,
    /// Height above mean sea level (the receiver's geoid), metres, when given.
    pub altitude: Option<f64>,
    /// How the fix was computed.
    pub quality: FixQuality,
    /// Satellites used in the fix, when given.
    pub satellites: Option<u32>,
    /// Horizontal dilution of precision, when given.
    pub hdop: Option<f64>,
    /// UTC time of the fix, when given (the date when an RMC sentence gave it).
    pub time: Option<FixTime>,
}

/// When a fix was taken, in UTC, as far as the receiver said.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FixTime {
    /// Time of day only (GGA without an RMC giving the date).
    Time(chrono::NaiveTime),
    /// Date and time.
    DateTime(chrono::NaiveDateTime),
}

/// A position averaged over fixes and how tightly they agree.
#[derive(Clone, Debug, PartialEq)]
pub struct Averaged {
    /// Mean longitude, degrees east, in -180..180.
    pub lon: f64,
    /// Mean latitude, degrees north.
    pub lat: f64,
    /// Mean altitude of the fixes that give one, metres.
    pub altitude: Option<f64>,
    /// The greatest geodesic distance of a fix from the mean, metres.
    pub spread_max_m: f64,
    /// The root mean square of the geodesic distances of the fixes from the mean, metres.
    pub spread_rms_m: f64,
    /// How many fixes were averaged.
    pub count: usize,
    /// Mean HDOP of the fixes that give one.
    pub mean_hdop: Option<f64>,
    /// The fewest satellites any fix used (of those that say).
    pub min_satellites: Option<u32>,
    /// The poorest quality among the fixes.
    pub quality: FixQuality,
}

/// Why fixes could not be averaged.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum AverageError {
    /// No valid fix among those given.
    #[error("no valid fix to average")]
    NoFix,
    /// A fix with a coordinate that is not a finite number or out of range.
    #[error("fix {index}: lon {lon}, lat {lat} is not a position (lon -180..180, lat -90..90)")]
    OutOfRange {
        /// Position of the fix in the list.
        index: usize,
        /// Its longitude.
        lon: f64,
        /// Its latitude.
        lat: f64,
    },
}

impl crate::i18n::Localized for AverageError {
    /// `err-average-error-…`; the position as given.
    fn text_in(&self, m: &crate::i18n::Messages) -> String {
        match self {
            Self::NoFix => m.text("err-average-error-no-fix", &[]),
            Self::OutOfRange { index, lon, lat } => m.text(
                "err-average-error-out-of-range",
                &[
                    ("index", index.to_string().into()),
                    ("lon", lon.to_string().into()),
                    ("lat", lat.to_string().into()),
                ],
            ),
        }
    }
}

/// `x` wrapped into -180..180 degrees.
fn wrap(x: f64) -> f64 {
    let w = (x + 180.0).rem_euclid(360.0) - 180.0;
    if w == -180.0 && x > 0.0 { 180.0 } else { w }
}

/// The mean of the first `n` valid fixes (all of them when fewer), with their spread in
/// metres, count, mean HDOP and fewest satellites. Fixes of quality `Invalid` are skipped.
pub fn average(fixes: &[Fix], n: usize) -> Result<Averaged, AverageError> {
    let used: Vec<&Fix> = fixes
        .iter()
        .filter(|f| f.quality.is_valid())
        .take(n)
        .collect();
    let first = used.first().ok_or(AverageError::NoFix)?;
    for (index, f) in used.iter().enumerate() {
        let ok = f.lon.is_finite()
            && f.lat.is_finite()
            && (-180.0..=180.0).contains(&f.lon)
            && (-90.0..=90.0).contains(&f.lat);
        if !ok {
            return Err(AverageError::OutOfRange {
                index,
                lon: f.lon,
                lat: f.lat,
            });
        }
    }
    let count = used.len();
    let k = count as f64;
    // Longitudes as offsets from the first fix, each within ±180°: no jump at the antimeridian.
    let d_lon: f64 = used.iter().map(|f| wrap(f.lon - first.lon)).sum::<f64>() / k;
    let lon = wrap(first.lon + d_lon);
    let lat = used.iter().map(|f| f.lat).sum::<f64>() / k;
    let geod = Geodesic::wgs84();
    let distances: Vec<f64> = used
        .iter()
        .map(|f| InverseGeodesic::<f64>::inverse(&geod, lat, lon, f.lat, f.lon))
        .collect();
    let spread_max_m = distances.iter().copied().fold(0.0, f64::max);
    let spread_rms_m = (distances.iter().map(|d| d * d).sum::<f64>() / k).sqrt();
    let mean_of = |values: Vec<f64>| {
        (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
    };
    Ok(Averaged {
        lon,
        lat,
        altitude: mean_of(used.iter().filter_map(|f| f.altitude).collect()),
        spread_max_m,
        spread_rms_m,
        count,
        mean_hdop: mean_of(used.iter().filter_map(|f| f.hdop).collect()),
        min_satellites: used.iter().filter_map(|f| f.satellites).min(),
        quality: used
            .iter()
            .map(|f| f.quality)
            .min()
            .unwrap_or(FixQuality::Gps),
    })
}
