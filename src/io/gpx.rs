//! GPX 1.0 and 1.1 (a Garmin's or a phone's tracks and waypoints, crate `gpx`), turned into
//! the GeoJSON features the import reads, so that a GPX file goes through the same checks,
//! problems and transaction as a GeoJSON one (`exchange::import`).
//!
//! - A waypoint is a Point feature (a find, an evidence point or a survey point, by `--as`).
//! - A track segment or a route is a boundary (a hazard area unless `--tracks-as release`):
//!   a Polygon when
//!   its last point is its first; an open one is refused, naming it and the gap between its
//!   ends in metres, unless closing is asked for ([`GpxOptions::close_tracks`]), which is
//!   then reported with the gap.
//! - A name becomes the `name` property (a hazard area's name; kept with the record
//!   otherwise), a description (or else a comment) the `note`, and a time's date the date
//!   field of the kind the features are imported as. Nothing else is guessed.

use std::io::Read;

use geographiclib_rs::{Geodesic, InverseGeodesic};
use serde_json::{Map, Value, json};

use crate::model::{Record, RecordKind};

/// How GPX features are made.
#[derive(Clone, Debug)]
pub struct GpxOptions {
    /// Close an open track or route by joining its last point to its first (the gap is
    /// reported) instead of refusing it.
    pub close_tracks: bool,
    /// The kind waypoints are imported as (`--as`): its date field takes their times.
    pub points_as: Option<RecordKind>,
    /// The kind tracks and routes are imported as: a hazard area or a land release.
    pub tracks_as: RecordKind,
}

impl Default for GpxOptions {
    fn default() -> Self {
        GpxOptions {
            close_tracks: false,
            points_as: None,
            tracks_as: RecordKind::HazardArea,
        }
    }
}

/// Why a GPX file cannot be imported.
#[derive(Debug, thiserror::Error)]
pub enum GpxError {
    /// Not GPX that the reader understands.
    #[error("not a GPX file that can be read: {0}")]
    Unreadable(String),
    /// The GPX cannot be written.
    #[error("cannot write GPX: {0}")]
    Write(String),
    /// A track or route whose ends do not meet.
    #[error(
        "{what} is open: its last point is {gap_m:.1} m from its first; a boundary must be closed (give --close-tracks to close it, the gap is reported)"
    )]
    Open {
        /// Which track or route, by number and name.
        what: String,
        /// The distance between its ends, metres.
        gap_m: f64,
    },
}

impl crate::i18n::Localized for GpxError {
    /// `err-gpx-error-…`; the reader's detail as it words it, the gap in metres written for
    /// the language.
    fn text_in(&self, m: &crate::i18n::Messages) -> String {
        match self {
            Self::Unreadable(detail) => m.text(
                "err-gpx-error-unreadable",
                &[("detail", detail.as_str().into())],
            ),
            Self::Write(detail) => {
                m.text("err-gpx-error-write", &[("detail", detail.as_str().into())])
            }
            Self::Open { what, gap_m } => m.text(
                "err-gpx-error-open",
                &[
                    ("what", what.as_str().into()),
                    ("gap", m.number(&format!("{gap_m:.1}")).into()),
                ],
            ),
        }
    }
}

/// What the conversion did besides making features: tracks closed on request.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GpxReport {
    /// Each track or route closed, with the gap joined (metres).
    pub closed: Vec<(String, f64)>,
}

/// Whether `head` (a file's first bytes) is GPX: XML whose root is `gpx`.
///
/// ```
/// use clearfield::io::gpx::is_gpx;
/// assert!(is_gpx(b"<?xml version=\"1.0\"?>\n<gpx version=\"1.1\" creator=\"x\">"));
/// assert!(!is_gpx(b"{\"type\":\"FeatureCollection\"}"));
/// ```
pub fn is_gpx(head: &[u8]) -> bool {
    let text = String::from_utf8_lossy(head);
    let t = text.trim_start_matches('\u{feff}').trim_start();
    (t.starts_with("<?xml") || t.starts_with("<gpx")) && t.contains("<gpx")
}

/// The GPX in `reader` as a GeoJSON FeatureCollection (bytes), waypoints first, then tracks
/// (segment by segment) and routes.
pub fn to_geojson(
    reader: impl Read,
    options: &GpxOptions,
) -> Result<(Vec<u8>, GpxReport), GpxError> {
    let gpx = gpx::read(reader).map_err(|e| GpxError::Unreadable(e.to_string()))?;
    let mut features = Vec::new();
    let mut report = GpxReport::default();
    for w in &gpx.waypoints {
        let p = w.point();
        let props = properties(
            w.name.as_deref(),
            w.description.as_deref().or(w.comment.as_deref()),
            w.time.as_ref().and_then(|t| t.format().ok()),
            options.points_as,
        );
        features.push(json!({
            "type": "Feature",
            "properties": props,
            "geometry": {"type": "Point", "coordinates": [p.x(), p.y()]},
        }));
    }
    let mut lines: Vec<(String, &[gpx::Waypoint], Map<String, Value>)> = Vec::new();
    for (i, t) in gpx.tracks.iter().enumerate() {
        for (j, s) in t.segments.iter().enumerate() {
            let mut what = format!("track {}", i + 1);
            if t.segments.len() > 1 {
                what.push_str(&format!(" segment {}", j + 1));
            }
            if let Some(n) = &t.name {
                what.push_str(&format!(" {n:?}"));
            }
            let time = s
                .points
                .first()
                .and_then(|p| p.time.as_ref()?.format().ok());
            let props = properties(
                t.name.as_deref(),
                t.description.as_deref().or(t.comment.as_deref()),
                time,
                Some(options.tracks_as),
            );
            lines.push((what, &s.points, props));
        }
    }
    for (i, r) in gpx.routes.iter().enumerate() {
        let mut what = format!("route {}", i + 1);
        if let Some(n) = &r.name {
            what.push_str(&format!(" {n:?}"));
        }
        let props = properties(
            r.name.as_deref(),
            r.description.as_deref().or(r.comment.as_deref()),
            None,
            Some(options.tracks_as),
        );
        lines.push((what, &r.points, props));
    }
    for (what, points, mut props) in lines {
        props.insert(
            "kind".to_owned(),
            Value::String(options.tracks_as.as_str().to_owned()),
        );
        let mut ring: Vec<[f64; 2]> = points
            .iter()
            .map(|p| [p.point().x(), p.point().y()])
            .collect();
        if let (Some(first), Some(last)) = (ring.first().copied(), ring.last().copied())
            && first != last
        {
            let gap_m: f64 = Geodesic::wgs84().inverse(first[1], first[0], last[1], last[0]);
            if !options.close_tracks {
                return Err(GpxError::Open { what, gap_m });
            }
            ring.push(first);
            report.closed.push((what, gap_m));
        }
        features.push(json!({
            "type": "Feature",
            "properties": props,
            "geometry": {"type": "Polygon", "coordinates": [ring]},
        }));
    }
    let collection = json!({"type": "FeatureCollection", "features": features});
    let bytes = serde_json::to_vec(&collection).map_err(|e| GpxError::Unreadable(e.to_string()))?;
    Ok((bytes, report))
}

/// A feature's properties from a GPX name, description and time.
fn properties(
    name: Option<&str>,
    description: Option<&str>,
    time: Option<String>,
    kind: Option<RecordKind>,
) -> Map<String, Value> {
    let mut p = Map::new();
    if let Some(n) = name.map(str::trim).filter(|n| !n.is_empty()) {
        p.insert("name".to_owned(), Value::String(n.to_owned()));
    }
    if let Some(d) = description.map(str::trim).filter(|d| !d.is_empty()) {
        p.insert("note".to_owned(), Value::String(d.to_owned()));
    }
    let date_field = kind.and_then(RecordKind::date_field);
    if let (Some(field), Some(t)) = (date_field, time) {
        // ISO 8601 as the gpx crate writes it: the date is its first ten characters (UTC).
        if let Some(date) = t.get(..10) {
            p.insert(field.to_owned(), Value::String(date.to_owned()));
        }
    }
    p
}

/// Garmin units take at most this many points in a route.
pub const GARMIN_ROUTE_POINTS: usize = 250;

/// The name a record is shown by outside: a hazard area's name, a name kept from an import,
/// or else its type and the first 8 digits of its id ([`short_id`]).
pub fn record_name(record: &Record) -> String {
    if let Record::Hazard(h) = record {
        return h.name.clone();
    }
    if let Some(n) = record
        .extra()
        .get("name")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|n| !n.is_empty())
    {
        return n.to_owned();
    }
    let what = match record {
        Record::Find(f) => f.ordnance_type.clone(),
        Record::Evidence(e) => e.evidence_type.as_str().to_owned(),
        Record::Survey(p) => p.point_type.as_str().to_owned(),
        Record::Release(r) => r.method.as_str().to_owned(),
        Record::Hazard(h) => h.name.clone(),
    };
    format!("{what} {}", short_id(&record.uuid()))
}

/// The first 8 hex digits of an id.
///
/// ```
/// use clearfield::io::gpx::short_id;
/// assert_eq!(short_id(&"6f9619ff-8b86-d011-b42d-00cf4fc964ff".parse().unwrap()), "6f9619ff");
/// ```
pub fn short_id(id: &uuid::Uuid) -> String {
    id.simple().to_string()[..8].to_owned()
}

/// What a team needs to know of a point record, one line: a find's type, quantity and
/// condition; an evidence point's type; a survey point's type and sequence; then its note.
pub fn point_summary(record: &Record) -> String {
    let mut s = match record {
        Record::Find(f) => {
            let mut s = format!("find: {} x {}", f.quantity, f.ordnance_type);
            if let Some(c) = f.condition {
                s.push_str(&format!(", condition {}", c.as_str()));
            }
            s
        }
        Record::Evidence(e) => format!("evidence: {}", e.evidence_type.as_str()),
        Record::Survey(p) => format!("survey point: {} no. {}", p.point_type.as_str(), p.sequence),
        Record::Hazard(_) | Record::Release(_) => record.kind().label().to_owned(),
    };
    let note = match record {
        Record::Find(f) => f.note.as_deref(),
        Record::Evidence(e) => e.note.as_deref(),
        Record::Survey(p) => p.note.as_deref(),
        Record::Hazard(_) | Record::Release(_) => None,
    };
    if let Some(n) = note.map(str::trim).filter(|n| !n.is_empty()) {
        s.push_str("; ");
        s.push_str(n);
    }
    s
}

/// A GPX 1.1 file for a team's GPS: `points` (finds, evidence and survey points) as
/// waypoints (name [`record_name`], description [`point_summary`], time the record's date at
/// 00:00 UTC), and each hazard area's land still contaminated (`remaining`: name and land)
/// as routes, one per ring, named "NAME (k/n)" when the land has several rings. Also the
/// warnings to show: routes longer than a Garmin unit takes (they are not simplified).
pub fn write_gpx(
    points: &[&Record],
    remaining: &[(String, geo_types::MultiPolygon<f64>)],
) -> Result<(Vec<u8>, Vec<String>), GpxError> {
    let mut out = gpx::Gpx {
        version: gpx::GpxVersion::Gpx11,
        creator: Some("Clearfield".to_owned()),
        ..Default::default()
    };
    for r in points {
        let Some(p) = r.point() else { continue };
        let mut w = gpx::Waypoint::new(p);
        w.name = Some(record_name(r));
        w.description = Some(point_summary(r));
        let date = r.dates().into_iter().next();
        if let Some(d) = date
            && let Some(t) = d.and_hms_opt(0, 0, 0)
        {
            let t = time::OffsetDateTime::from_unix_timestamp(t.and_utc().timestamp())
                .map_err(|e| GpxError::Write(e.to_string()))?;
            w.time = Some(t.into());
        }
        out.waypoints.push(w);
    }
    let mut warnings = Vec::new();
    for (name, land) in remaining {
        let rings: Vec<&geo_types::LineString<f64>> = land
            .0
            .iter()
            .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
            .collect();
        let n = rings.len();
        for (k, ring) in rings.into_iter().enumerate() {
            let route_name = if n > 1 {
                format!("{name} ({}/{n})", k + 1)
            } else {
                name.clone()
            };
            if ring.0.len() > GARMIN_ROUTE_POINTS {
                warnings.push(format!(
                    "route {route_name:?} has {} points; many Garmin units take at most {GARMIN_ROUTE_POINTS} in a route (it was not simplified)",
                    ring.0.len()
                ));
            }
            let mut route = gpx::Route::new();
            route.name = Some(route_name);
            route.description = Some(format!("land still contaminated in {name}"));
            route.points = ring
                .0
                .iter()
                .map(|c| gpx::Waypoint::new(geo_types::Point::new(c.x, c.y)))
                .collect();
            out.routes.push(route);
        }
    }
    let mut bytes = Vec::new();
    gpx::write(&out, &mut bytes).map_err(|e| GpxError::Write(e.to_string()))?;
    Ok((bytes, warnings))
}
