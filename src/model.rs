//! Domain types: hazard areas, land releases, ordnance finds, and the survey and evidence
//! points recorded with them, with validation of typed values.
//!
//! Records are built from text fields (`name`, `surveyed_on`, …) by one function per kind, so
//! the CLI, imports and the app's forms all validate the same way. Nothing here does IO or
//! reads the clock.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use geo_types::{MultiPolygon, Point};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::geom::{self, GeometryProblem};
use crate::i18n::{Localized, Messages};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A new random (version 4) id.
            pub fn new_random() -> Self {
                Self(Uuid::new_v4())
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.hyphenated().fmt(f)
            }
        }

        impl FromStr for $name {
            type Err = uuid::Error;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Uuid::parse_str(s.trim()).map(Self)
            }
        }
    };
}

id_type!(
    /// Identity of a hazard area, the same on every laptop.
    HazardId
);
id_type!(
    /// Identity of a land release.
    ReleaseId
);
id_type!(
    /// Identity of an ordnance find.
    FindId
);
id_type!(
    /// Identity of a survey point.
    SurveyPointId
);
id_type!(
    /// Identity of an evidence point.
    EvidencePointId
);

/// An area in square metres (geodesic, on WGS84).
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Area(pub f64);

impl Area {
    /// The area in square metres.
    pub fn m2(self) -> f64 {
        self.0
    }
    /// The area in hectares.
    pub fn hectares(self) -> f64 {
        self.0 / 10_000.0
    }
    /// The area in square kilometres.
    pub fn km2(self) -> f64 {
        self.0 / 1_000_000.0
    }
}

/// The three kinds of record the app keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    /// A suspected or confirmed hazard area.
    HazardArea,
    /// Land cancelled, reduced or cleared.
    LandRelease,
    /// An item of explosive ordnance found.
    OrdnanceFind,
    /// A point of a hazard area's or a release's survey: benchmark, reference, start,
    /// turning, intermediate or end point.
    SurveyPoint,
    /// Evidence of contamination at a point: a strike, an item seen, an accident, a witness.
    EvidencePoint,
}

impl RecordKind {
    /// Every kind, in the order lists show them.
    pub const ALL: [RecordKind; Self::COUNT] = [
        Self::HazardArea,
        Self::LandRelease,
        Self::OrdnanceFind,
        Self::SurveyPoint,
        Self::EvidencePoint,
    ];

    /// How many kinds there are: the length of arrays kept per kind.
    pub const COUNT: usize = 5;

    /// Its place in [`RecordKind::ALL`], for arrays kept per kind.
    pub fn index(self) -> usize {
        match self {
            Self::HazardArea => 0,
            Self::LandRelease => 1,
            Self::OrdnanceFind => 2,
            Self::SurveyPoint => 3,
            Self::EvidencePoint => 4,
        }
    }

    /// The name used in files and the change log (`hazard_area`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::HazardArea => "hazard_area",
            Self::LandRelease => "land_release",
            Self::OrdnanceFind => "ordnance_find",
            Self::SurveyPoint => "survey_point",
            Self::EvidencePoint => "evidence_point",
        }
    }

    /// The name the command line takes (`--kind hazard|release|find`, `add hazard`).
    pub fn short(self) -> &'static str {
        match self {
            Self::HazardArea => "hazard",
            Self::LandRelease => "release",
            Self::OrdnanceFind => "find",
            Self::SurveyPoint => "survey",
            Self::EvidencePoint => "evidence",
        }
    }

    /// A plain-language name for messages.
    pub fn label(self) -> &'static str {
        match self {
            Self::HazardArea => "hazard area",
            Self::LandRelease => "land release",
            Self::OrdnanceFind => "ordnance find",
            Self::SurveyPoint => "survey point",
            Self::EvidencePoint => "evidence point",
        }
    }

    /// The text fields a record of this kind has (geometry and id aside).
    pub fn fields(self) -> &'static [&'static str] {
        match self {
            Self::HazardArea => HAZARD_FIELDS,
            Self::LandRelease => RELEASE_FIELDS,
            Self::OrdnanceFind => FIND_FIELDS,
            Self::SurveyPoint => SURVEY_FIELDS,
            Self::EvidencePoint => EVIDENCE_FIELDS,
        }
    }

    /// The fields a record of this kind cannot be saved without (its geometry aside), in
    /// field order: what [`build`] says "is required" of an empty record.
    ///
    /// ```
    /// use clearfield::model::RecordKind;
    /// assert_eq!(RecordKind::LandRelease.required_fields(), ["method", "completed_on"]);
    /// ```
    pub fn required_fields(self) -> Vec<&'static str> {
        let empty = build(self, RecordInput::default(), &[]);
        let errors = empty.err().map(|e| e.errors).unwrap_or_default();
        self.fields()
            .iter()
            .copied()
            .filter(|f| {
                errors
                    .iter()
                    .any(|e| e.field == *f && e.reason == FieldReason::Required)
            })
            .collect()
    }

    /// The field holding the date a record of this kind counts from (when it was recorded,
    /// released, found); `None` for a survey point, which has no date of its own.
    ///
    /// ```
    /// use clearfield::model::RecordKind;
    /// assert_eq!(RecordKind::LandRelease.date_field(), Some("completed_on"));
    /// assert_eq!(RecordKind::SurveyPoint.date_field(), None);
    /// ```
    pub fn date_field(self) -> Option<&'static str> {
        match self {
            Self::HazardArea => Some("surveyed_on"),
            Self::LandRelease => Some("completed_on"),
            Self::OrdnanceFind => Some("found_on"),
            Self::EvidencePoint => Some("recorded_on"),
            Self::SurveyPoint => None,
        }
    }

    /// Whether its records are points (finds, survey and evidence points) rather than areas.
    pub fn is_point(self) -> bool {
        !matches!(self, Self::HazardArea | Self::LandRelease)
    }
}

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RecordKind {
    type Err = String;

    /// The kind named as in files and the change log (`hazard_area`, …), or as on the command
    /// line (`hazard`, `release`, `find`).
    ///
    /// ```
    /// use clearfield::model::RecordKind;
    /// assert_eq!("land_release".parse(), Ok(RecordKind::LandRelease));
    /// assert_eq!("find".parse(), Ok(RecordKind::OrdnanceFind));
    /// assert!("mine".parse::<RecordKind>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<RecordKind, String> {
        RecordKind::ALL
            .into_iter()
            .find(|k| k.as_str() == s || k.short() == s)
            .ok_or_else(|| {
                "is not hazard_area, land_release, ordnance_find, survey_point or evidence_point \
                 (hazard, release, find, survey, evidence)"
                    .to_owned()
            })
    }
}

/// A closed set of values (see `text_enum!`): what a field of it must be one of.
trait Closed: FromStr {
    /// The accepted values: `a|b|c`.
    fn choices() -> String;
}

/// Declares a closed set of values stored as lower-case (or fixed) text.
macro_rules! text_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vdoc])* $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// The stored text of this value.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            /// The accepted values, for messages: `a|b|c`.
            pub fn choices() -> String {
                [$($text),+].join("|")
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = String;
            /// Case-insensitive; `-` and space are read as `_`.
            fn from_str(s: &str) -> Result<Self, String> {
                let wanted = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
                $(if wanted == $text.to_ascii_lowercase() { return Ok($name::$variant); })+
                Err(format!("must be one of {}", Self::choices()))
            }
        }

        impl Closed for $name {
            fn choices() -> String {
                $name::choices()
            }
        }
    };
}

text_enum!(
    /// Whether contamination is suspected or confirmed by evidence.
    Classification {
        /// Suspected hazard area.
        Sha = "SHA",
        /// Confirmed hazard area.
        Cha = "CHA",
    }
);

text_enum!(
    /// What contaminates a hazard area.
    Contamination {
        /// Cluster munition remnants.
        Cmr = "cmr",
        /// Other unexploded ordnance.
        Uxo = "uxo",
        /// Anti-personnel mines.
        ApMines = "ap_mines",
        /// Anti-vehicle mines.
        AtMines = "at_mines",
        /// Improvised explosive devices.
        Ied = "ied",
        /// More than one of the above.
        Mixed = "mixed",
    }
);

text_enum!(
    /// Where work on a hazard area stands.
    HazardStatus {
        /// Recorded, no work under way.
        Active = "active",
        /// Survey or clearance under way.
        InProgress = "in_progress",
        /// All land released.
        Closed = "closed",
    }
);

text_enum!(
    /// How land was released.
    ReleaseMethod {
        /// Cancelled by non-technical survey.
        Cancelled = "cancelled",
        /// Reduced by technical survey.
        Reduced = "reduced",
        /// Cleared.
        Cleared = "cleared",
    }
);

text_enum!(
    /// Broad class of an ordnance item.
    OrdnanceCategory {
        /// Submunition (bomblet, grenade from a carrier).
        Submunition = "submunition",
        /// Aircraft bomb.
        Bomb = "bomb",
        /// Artillery projectile.
        Projectile = "projectile",
        /// Mortar bomb.
        Mortar = "mortar",
        /// Rocket.
        Rocket = "rocket",
        /// Hand or rifle grenade.
        Grenade = "grenade",
        /// Landmine.
        Landmine = "landmine",
        /// Anything else.
        Other = "other",
    }
);

text_enum!(
    /// State of an item when found.
    Condition {
        /// Intact.
        Intact = "intact",
        /// Damaged or deteriorated.
        Damaged = "damaged",
        /// Not assessed.
        Unknown = "unknown",
    }
);

text_enum!(
    /// What was done with an item.
    Disposal {
        /// Destroyed where it lay.
        DestroyedInSitu = "destroyed_in_situ",
        /// Moved and destroyed elsewhere.
        RemovedAndDestroyed = "removed_and_destroyed",
        /// Moved to storage.
        RemovedToStorage = "removed_to_storage",
        /// Not yet disposed of.
        Pending = "pending",
    }
);

text_enum!(
    /// The part a survey point plays in marking a hazard area or a release (IMSMA's point
    /// types).
    SurveyPointType {
        /// A permanent, recoverable mark outside the area, where the survey starts.
        Benchmark = "benchmark",
        /// A landmark the benchmark can be found from.
        Reference = "reference",
        /// The first point of the perimeter.
        Start = "start",
        /// A corner of the perimeter.
        Turning = "turning",
        /// A point between turning points more than 50 m apart.
        Intermediate = "intermediate",
        /// The last point of the perimeter.
        End = "end",
    }
);

text_enum!(
    /// What a bearing is measured from.
    BearingReference {
        /// True (geographic) north.
        True = "true",
        /// Grid north of the UTM zone.
        Grid = "grid",
        /// Magnetic north, as a compass gives it.
        Magnetic = "magnetic",
    }
);

text_enum!(
    /// What an evidence point records.
    EvidenceType {
        /// Where a munition or its carrier struck.
        Strike = "strike",
        /// An item of ordnance seen (not yet found and recorded as a find).
        ItemSeen = "item_seen",
        /// An accident with explosive ordnance.
        Accident = "accident",
        /// A witness's report of contamination.
        Witness = "witness",
    }
);

/// Who last changed a record and when, as the database stamped it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Stamp {
    /// When the record was created (UTC, `YYYY-MM-DDTHH:MM:SS.SSSZ`).
    pub created_at: Option<String>,
    /// When it was last changed.
    pub modified_at: Option<String>,
    /// Who last changed it.
    pub modified_by: Option<String>,
}

/// Attributes from imports that have no column of their own; kept and exported again.
pub type Extra = serde_json::Map<String, serde_json::Value>;

/// A suspected or confirmed hazard area.
#[derive(Clone, Debug, PartialEq)]
pub struct HazardArea {
    /// Identity.
    pub id: HazardId,
    /// Name given by the survey team.
    pub name: String,
    /// SHA or CHA.
    pub classification: Classification,
    /// What contaminates it.
    pub contamination: Contamination,
    /// The date it was recorded; it counts as contaminated from this date.
    pub surveyed_on: NaiveDate,
    /// Administrative region (for the per-region breakdown).
    pub region: Option<String>,
    /// Where work stands.
    pub status: HazardStatus,
    /// Free text.
    pub note: Option<String>,
    /// Boundary, lon/lat WGS84.
    pub geometry: MultiPolygon<f64>,
    /// Unknown attributes from imports.
    pub extra: Extra,
    /// Database stamps.
    pub stamp: Stamp,
}

/// Land cancelled, reduced or cleared.
#[derive(Clone, Debug, PartialEq)]
pub struct LandRelease {
    /// Identity.
    pub id: ReleaseId,
    /// The hazard area it was released from, when known.
    pub hazard_id: Option<HazardId>,
    /// Cancelled, reduced or cleared.
    pub method: ReleaseMethod,
    /// When work started.
    pub started_on: Option<NaiveDate>,
    /// When the land was released; it frees land from this date on.
    pub completed_on: NaiveDate,
    /// The team that did the work.
    pub team: Option<String>,
    /// Depth of clearance or search in centimetres.
    pub depth_cm: Option<u32>,
    /// Free text.
    pub note: Option<String>,
    /// Released land, lon/lat WGS84.
    pub geometry: MultiPolygon<f64>,
    /// Unknown attributes from imports.
    pub extra: Extra,
    /// Database stamps.
    pub stamp: Stamp,
}

/// An item (or a group of identical items) of explosive ordnance found.
#[derive(Clone, Debug, PartialEq)]
pub struct OrdnanceFind {
    /// Identity.
    pub id: FindId,
    /// The hazard area it was found in, when known.
    pub hazard_id: Option<HazardId>,
    /// Type code, e.g. `M42`, `BLU-97`.
    pub ordnance_type: String,
    /// Broad class.
    pub category: OrdnanceCategory,
    /// Number of items, at least 1.
    pub quantity: u32,
    /// State when found.
    pub condition: Option<Condition>,
    /// Depth below the surface in centimetres.
    pub depth_cm: Option<u32>,
    /// Date found.
    pub found_on: NaiveDate,
    /// What was done with it.
    pub disposal: Option<Disposal>,
    /// The team that found it.
    pub team: Option<String>,
    /// Free text.
    pub note: Option<String>,
    /// Location, lon/lat WGS84.
    pub location: Point<f64>,
    /// Unknown attributes from imports.
    pub extra: Extra,
    /// Database stamps.
    pub stamp: Stamp,
}

/// A point of the survey of a hazard area or a land release: where the team stood, and the
/// leg (bearing and distance) that led there from the point before, as measured.
#[derive(Clone, Debug, PartialEq)]
pub struct SurveyPoint {
    /// Identity.
    pub id: SurveyPointId,
    /// The hazard area or land release it marks.
    pub belongs_to: Uuid,
    /// Benchmark, reference, start, turning, intermediate or end.
    pub point_type: SurveyPointType,
    /// Its place in the survey, from 0 (the benchmark).
    pub sequence: u32,
    /// Bearing of the leg that led here, degrees in [0, 360).
    pub bearing_deg: Option<f64>,
    /// What that bearing was measured from.
    pub bearing_ref: Option<BearingReference>,
    /// Length of that leg, metres.
    pub distance_m: Option<f64>,
    /// Magnetic declination used to turn a magnetic bearing to true, degrees east.
    pub declination_deg: Option<f64>,
    /// GPS accuracy of the position, metres, where measured.
    pub gps_accuracy_m: Option<f64>,
    /// Horizontal dilution of precision, where measured.
    pub hdop: Option<f64>,
    /// Satellites used, where measured.
    pub satellites: Option<u32>,
    /// Free text.
    pub note: Option<String>,
    /// Position, lon/lat WGS84.
    pub location: Point<f64>,
    /// Unknown attributes from imports.
    pub extra: Extra,
    /// Database stamps.
    pub stamp: Stamp,
}

/// Evidence of contamination at a point, often recorded before any hazard area.
#[derive(Clone, Debug, PartialEq)]
pub struct EvidencePoint {
    /// Identity.
    pub id: EvidencePointId,
    /// The hazard area it is evidence for, when one is recorded.
    pub hazard_id: Option<HazardId>,
    /// Strike, item seen, accident or witness report.
    pub evidence_type: EvidenceType,
    /// When it was recorded.
    pub recorded_on: NaiveDate,
    /// Who or what it came from (a witness, a team, a report).
    pub source: Option<String>,
    /// Free text.
    pub note: Option<String>,
    /// Position, lon/lat WGS84.
    pub location: Point<f64>,
    /// Unknown attributes from imports.
    pub extra: Extra,
    /// Database stamps.
    pub stamp: Stamp,
}

/// One entry of the ordnance type reference list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrdnanceType {
    /// Type code, e.g. `BLU-97`.
    pub code: String,
    /// Broad class.
    pub category: OrdnanceCategory,
    /// What it is.
    pub description: String,
}

/// A record of any kind.
#[derive(Clone, Debug, PartialEq)]
pub enum Record {
    /// A hazard area.
    Hazard(HazardArea),
    /// A land release.
    Release(LandRelease),
    /// An ordnance find.
    Find(OrdnanceFind),
    /// A survey point.
    Survey(SurveyPoint),
    /// An evidence point.
    Evidence(EvidencePoint),
}

impl Record {
    /// The record's kind.
    pub fn kind(&self) -> RecordKind {
        match self {
            Record::Hazard(_) => RecordKind::HazardArea,
            Record::Release(_) => RecordKind::LandRelease,
            Record::Find(_) => RecordKind::OrdnanceFind,
            Record::Survey(_) => RecordKind::SurveyPoint,
            Record::Evidence(_) => RecordKind::EvidencePoint,
        }
    }

    /// The record's UUID.
    pub fn uuid(&self) -> Uuid {
        match self {
            Record::Hazard(h) => h.id.0,
            Record::Release(r) => r.id.0,
            Record::Find(f) => f.id.0,
            Record::Survey(p) => p.id.0,
            Record::Evidence(e) => e.id.0,
        }
    }

    /// The record's text fields, by name (see [`RecordKind::fields`]); empty ones left out.
    pub fn fields(&self) -> Fields {
        match self {
            Record::Hazard(h) => h.fields(),
            Record::Release(r) => r.fields(),
            Record::Find(f) => f.fields(),
            Record::Survey(p) => p.fields(),
            Record::Evidence(e) => e.fields(),
        }
    }

    /// Hands each field with a value to `each`, name and value, in [`RecordKind::fields`]
    /// order: what [`Record::fields`] holds (the value's text is its `Display`), without
    /// making a map.
    pub fn each_field<'a>(&'a self, each: &mut dyn FnMut(&'static str, &'a dyn fmt::Display)) {
        match self {
            Record::Hazard(h) => h.each_field(each),
            Record::Release(r) => r.each_field(each),
            Record::Find(f) => f.each_field(each),
            Record::Survey(p) => p.each_field(each),
            Record::Evidence(e) => e.each_field(each),
        }
    }

    /// Database stamps.
    pub fn stamp(&self) -> &Stamp {
        match self {
            Record::Hazard(h) => &h.stamp,
            Record::Release(r) => &r.stamp,
            Record::Find(f) => &f.stamp,
            Record::Survey(p) => &p.stamp,
            Record::Evidence(e) => &e.stamp,
        }
    }

    /// The record's geometry: a MultiPolygon for areas, a Point for the others.
    pub fn geometry(&self) -> geo_types::Geometry<f64> {
        match self {
            Record::Hazard(h) => geo_types::Geometry::MultiPolygon(h.geometry.clone()),
            Record::Release(r) => geo_types::Geometry::MultiPolygon(r.geometry.clone()),
            Record::Find(f) => geo_types::Geometry::Point(f.location),
            Record::Survey(p) => geo_types::Geometry::Point(p.location),
            Record::Evidence(e) => geo_types::Geometry::Point(e.location),
        }
    }

    /// The point of a find, survey point or evidence point; `None` for an area.
    pub fn point(&self) -> Option<Point<f64>> {
        match self {
            Record::Hazard(_) | Record::Release(_) => None,
            Record::Find(f) => Some(f.location),
            Record::Survey(p) => Some(p.location),
            Record::Evidence(e) => Some(e.location),
        }
    }

    /// The record it is linked to: the hazard area a release, find or evidence point names,
    /// the hazard area or release a survey point marks.
    pub fn linked_to(&self) -> Option<Uuid> {
        match self {
            Record::Hazard(_) => None,
            Record::Release(r) => r.hazard_id.map(|h| h.0),
            Record::Find(f) => f.hazard_id.map(|h| h.0),
            Record::Survey(p) => Some(p.belongs_to),
            Record::Evidence(e) => e.hazard_id.map(|h| h.0),
        }
    }

    /// Database stamps, to set.
    pub fn stamp_mut(&mut self) -> &mut Stamp {
        match self {
            Record::Hazard(h) => &mut h.stamp,
            Record::Release(r) => &mut r.stamp,
            Record::Find(f) => &mut f.stamp,
            Record::Survey(p) => &mut p.stamp,
            Record::Evidence(e) => &mut e.stamp,
        }
    }

    /// The record without its database stamps, to compare content.
    pub fn without_stamp(mut self) -> Record {
        *self.stamp_mut() = Stamp::default();
        self
    }

    /// Unknown attributes from imports.
    pub fn extra(&self) -> &Extra {
        match self {
            Record::Hazard(h) => &h.extra,
            Record::Release(r) => &r.extra,
            Record::Find(f) => &f.extra,
            Record::Survey(p) => &p.extra,
            Record::Evidence(e) => &e.extra,
        }
    }

    /// Unknown attributes from imports, to set.
    pub fn extra_mut(&mut self) -> &mut Extra {
        match self {
            Record::Hazard(h) => &mut h.extra,
            Record::Release(r) => &mut r.extra,
            Record::Find(f) => &mut f.extra,
            Record::Survey(p) => &mut p.extra,
            Record::Evidence(e) => &mut e.extra,
        }
    }

    /// The record's dates: when a hazard area was recorded, a release started (when given)
    /// and completed, a find made. Their fields are [`DATE_FIELDS`].
    pub fn dates(&self) -> Vec<NaiveDate> {
        match self {
            Record::Hazard(h) => vec![h.surveyed_on],
            Record::Release(r) => r.started_on.into_iter().chain([r.completed_on]).collect(),
            Record::Find(f) => vec![f.found_on],
            Record::Survey(_) => vec![],
            Record::Evidence(e) => vec![e.recorded_on],
        }
    }

    /// The record with every date moved by `days` (earlier when negative), everything else
    /// as it was; `None` when a date would leave the years 1900 to 2199 that dates are kept in
    /// (see [`parse_date`]). Moving all dates alike keeps their order and the days between them.
    pub fn shifted(&self, days: i64) -> Option<Record> {
        let by = |d: NaiveDate| {
            d.checked_add_signed(chrono::TimeDelta::try_days(days)?)
                .filter(|d| in_date_range(*d))
        };
        let mut r = self.clone();
        match &mut r {
            Record::Hazard(h) => h.surveyed_on = by(h.surveyed_on)?,
            Record::Release(x) => {
                x.started_on = match x.started_on {
                    Some(d) => Some(by(d)?),
                    None => None,
                };
                x.completed_on = by(x.completed_on)?;
            }
            Record::Find(f) => f.found_on = by(f.found_on)?,
            Record::Survey(_) => {}
            Record::Evidence(e) => e.recorded_on = by(e.recorded_on)?,
        }
        Some(r)
    }

    /// A new record of the same kind and id with `changes` applied over its fields and, when
    /// given, a new geometry; validated as a new record would be.
    pub fn edited(
        &self,
        changes: &Fields,
        geometry: Option<geo_types::Geometry<f64>>,
        types: &[OrdnanceType],
    ) -> Result<Record, Invalid> {
        let input = RecordInput {
            id: Some(self.uuid()),
            geometry: Some(self.geometry()),
            fields: self.fields(),
            extra: self.extra().clone(),
        };
        let mut record = input.edited(self.kind(), changes, geometry, types)?;
        *record.stamp_mut() = self.stamp().clone();
        Ok(record)
    }
}

impl RecordInput {
    /// Applies `changes` (an empty value removes the field) and a new geometry, if any, and
    /// builds the record of `kind` through [`build`]: every edit is checked as a new record
    /// is, an edit of a stored row that no longer passes the rules too.
    pub fn edited(
        mut self,
        kind: RecordKind,
        changes: &Fields,
        geometry: Option<geo_types::Geometry<f64>>,
        types: &[OrdnanceType],
    ) -> Result<Record, Invalid> {
        for (name, value) in changes {
            if !kind.fields().contains(&name.as_str()) {
                return Err(Invalid::one(FieldError::new(
                    name,
                    "",
                    FieldReason::NotAField(kind),
                )));
            }
            if value.trim().is_empty() {
                self.fields.remove(name);
            } else {
                self.fields.insert(name.clone(), value.clone());
            }
        }
        if geometry.is_some() {
            self.geometry = geometry;
        }
        build(kind, self, types)
    }
}

const HAZARD_FIELDS: &[&str] = &[
    "name",
    "classification",
    "contamination",
    "surveyed_on",
    "region",
    "status",
    "note",
];
const RELEASE_FIELDS: &[&str] = &[
    "hazard_id",
    "method",
    "started_on",
    "completed_on",
    "team",
    "depth_cm",
    "note",
];
const FIND_FIELDS: &[&str] = &[
    "hazard_id",
    "ordnance_type",
    "category",
    "quantity",
    "condition",
    "depth_cm",
    "found_on",
    "disposal",
    "team",
    "note",
];

const SURVEY_FIELDS: &[&str] = &[
    "belongs_to",
    "point_type",
    "sequence",
    "bearing_deg",
    "bearing_ref",
    "distance_m",
    "declination_deg",
    "gps_accuracy_m",
    "hdop",
    "satellites",
    "note",
];
const EVIDENCE_FIELDS: &[&str] = &[
    "hazard_id",
    "evidence_type",
    "recorded_on",
    "source",
    "note",
];

/// The values a field takes from a closed list, as stored (`None` for a free field).
///
/// ```
/// use clearfield::model::choices;
/// assert_eq!(choices("method"), Some(vec!["cancelled", "reduced", "cleared"]));
/// assert_eq!(choices("team"), None);
/// ```
pub fn choices(field: &str) -> Option<Vec<&'static str>> {
    fn all<T: Copy>(values: &[T], text: fn(T) -> &'static str) -> Option<Vec<&'static str>> {
        Some(values.iter().map(|v| text(*v)).collect())
    }
    match field {
        "classification" => all(Classification::ALL, Classification::as_str),
        "contamination" => all(Contamination::ALL, Contamination::as_str),
        "status" => all(HazardStatus::ALL, HazardStatus::as_str),
        "method" => all(ReleaseMethod::ALL, ReleaseMethod::as_str),
        "category" => all(OrdnanceCategory::ALL, OrdnanceCategory::as_str),
        "condition" => all(Condition::ALL, Condition::as_str),
        "disposal" => all(Disposal::ALL, Disposal::as_str),
        "point_type" => all(SurveyPointType::ALL, SurveyPointType::as_str),
        "bearing_ref" => all(BearingReference::ALL, BearingReference::as_str),
        "evidence_type" => all(EvidenceType::ALL, EvidenceType::as_str),
        _ => None,
    }
}

/// The fields of every kind that hold a date (see [`Record::dates`]).
pub const DATE_FIELDS: [&str; 5] = [
    "surveyed_on",
    "started_on",
    "completed_on",
    "found_on",
    "recorded_on",
];

/// The fields of every kind that hold a whole number (stored as SQLite integers).
pub const INTEGER_FIELDS: [&str; 4] = ["depth_cm", "quantity", "sequence", "satellites"];

/// The fields of every kind that hold a decimal number (stored as SQLite reals).
pub const REAL_FIELDS: [&str; 5] = [
    "bearing_deg",
    "distance_m",
    "declination_deg",
    "gps_accuracy_m",
    "hdop",
];

/// Text fields of a record by name, as typed by a user or read from a file.
pub type Fields = BTreeMap<String, String>;

/// One field (or the geometry) with a value that cannot be accepted, and why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{field}{}: {reason}", if value.is_empty() { String::new() } else { format!(" {value:?}") })]
pub struct FieldError {
    /// The field's name (`surveyed_on`, `geometry`, …).
    pub field: String,
    /// The value given, empty when none was.
    pub value: String,
    /// Why it cannot be accepted.
    pub reason: FieldReason,
}

impl FieldError {
    /// A problem with `field` holding `value`.
    pub fn new(field: &str, value: &str, reason: FieldReason) -> Self {
        Self {
            field: field.to_owned(),
            value: value.to_owned(),
            reason,
        }
    }
}

impl Localized for FieldError {
    /// `err-field-error` (`surveyed_on "2026-13-01": …`), or `err-field-error-no-value`
    /// when no value was given; the field's name and the value as given.
    fn text_in(&self, m: &Messages) -> String {
        let reason = self.reason.text_in(m);
        if self.value.is_empty() {
            m.text(
                "err-field-error-no-value",
                &[
                    ("field", self.field.as_str().into()),
                    ("reason", reason.into()),
                ],
            )
        } else {
            m.text(
                "err-field-error",
                &[
                    ("field", self.field.as_str().into()),
                    ("value", format!("{:?}", self.value).into()),
                    ("reason", reason.into()),
                ],
            )
        }
    }
}

/// Why a field's value cannot be accepted: each a catalogue key `err-field-reason-…`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FieldReason {
    /// The record's kind has no such field.
    #[error("is not a field of a {}", .0.label())]
    NotAField(RecordKind),
    /// A required field left empty.
    #[error("is required")]
    Required,
    /// One leg of a survey point given without the other (`given` is the one given).
    #[error("is required with {given}: a leg is a bearing and a distance")]
    RequiredWith {
        /// The field given: `bearing_deg` or `distance_m`.
        given: &'static str,
    },
    /// A find's type not in the reference list, and no category given.
    #[error(
        "is required for ordnance type {ordnance_type:?}, which is not in the reference list ({choices})"
    )]
    CategoryRequired {
        /// The type as given.
        ordnance_type: String,
        /// The categories, `|`-separated.
        choices: String,
    },
    /// A value outside a closed list.
    #[error("must be one of {0}")]
    OneOf(
        /// The values allowed, `|`-separated.
        String,
    ),
    /// A start date after the end date.
    #[error("is after completed_on {0}")]
    AfterCompleted(
        /// The end date.
        NaiveDate,
    ),
    /// Not written `YYYY-MM-DD`.
    #[error("is not a date written YYYY-MM-DD")]
    NotADate,
    /// `YYYY-MM-DD`, but no such day.
    #[error("is not a calendar date (no such day)")]
    NoSuchDay,
    /// A date before 1900 or after 2199.
    #[error("is outside the years 1900 to 2199")]
    DateOutOfRange,
    /// Not a UUID.
    #[error("is not a UUID (like 3f2b…-…)")]
    NotAUuid,
    /// A negative number.
    #[error("must not be negative")]
    Negative,
    /// A number too large to keep.
    #[error("is too large")]
    TooLarge,
    /// Not a whole number of centimetres.
    #[error("must be a whole number of centimetres")]
    WholeCentimetres,
    /// Not a whole number of 0 or more.
    #[error("must be a whole number, 0 or more")]
    WholeOrZero,
    /// Not a whole number.
    #[error("must be a whole number")]
    Whole,
    /// A quantity below 1.
    #[error("must be at least 1")]
    AtLeastOne,
    /// Not a decimal number.
    #[error("is not a number (like 12.5)")]
    NotANumber,
    /// A bearing outside 0 to 360 degrees.
    #[error("must be at least 0 and below 360")]
    Bearing,
    /// A declination outside -180 to 180 degrees.
    #[error("must be between -180 and 180 degrees")]
    Declination,
    /// An area's geometry of another type (`found`: `Point`, `LineString`…).
    #[error("must be a Polygon or MultiPolygon, not a {0}")]
    NotAnArea(
        /// The geometry type given.
        &'static str,
    ),
    /// A point's geometry of another type.
    #[error("must be a Point, not a {0}")]
    NotAPoint(
        /// The geometry type given.
        &'static str,
    ),
    /// A geometry that cannot be read, as the reader words it (WKT, GeoPackage blobs: not
    /// yet in the catalogues, in English in every language).
    #[error("{0}")]
    Geometry(
        /// The problem, in English.
        String,
    ),
    /// A geometry that is read but cannot be accepted: the problem, typed (said in the
    /// user's language).
    #[error("{0}")]
    Shape(
        /// What is wrong with it.
        GeometryProblem,
    ),
}

impl Localized for FieldReason {
    fn text_in(&self, m: &Messages) -> String {
        let plain = |key: &str| m.text(key, &[]);
        match self {
            Self::NotAField(kind) => m.text(
                "err-field-reason-not-a-field",
                &[(
                    "kind",
                    m.text(&format!("app-kind-{}", kind.as_str()), &[]).into(),
                )],
            ),
            Self::Required => plain("err-field-reason-required"),
            Self::RequiredWith { given } => m.text(
                "err-field-reason-required-with",
                &[("given", (*given).into())],
            ),
            Self::CategoryRequired {
                ordnance_type,
                choices,
            } => m.text(
                "err-field-reason-category-required",
                &[
                    ("type", format!("{ordnance_type:?}").into()),
                    ("choices", choices.as_str().into()),
                ],
            ),
            Self::OneOf(choices) => m.text(
                "err-field-reason-one-of",
                &[("choices", choices.as_str().into())],
            ),
            Self::AfterCompleted(end) => m.text(
                "err-field-reason-after-completed",
                &[("date", m.day(*end).into())],
            ),
            Self::NotADate => plain("err-field-reason-not-a-date"),
            Self::NoSuchDay => plain("err-field-reason-no-such-day"),
            Self::DateOutOfRange => plain("err-field-reason-date-out-of-range"),
            Self::NotAUuid => plain("err-field-reason-not-a-uuid"),
            Self::Negative => plain("err-field-reason-negative"),
            Self::TooLarge => plain("err-field-reason-too-large"),
            Self::WholeCentimetres => plain("err-field-reason-whole-centimetres"),
            Self::WholeOrZero => plain("err-field-reason-whole-or-zero"),
            Self::Whole => plain("err-field-reason-whole"),
            Self::AtLeastOne => plain("err-field-reason-at-least-one"),
            Self::NotANumber => plain("err-field-reason-not-a-number"),
            Self::Bearing => plain("err-field-reason-bearing"),
            Self::Declination => plain("err-field-reason-declination"),
            Self::NotAnArea(found) => {
                m.text("err-field-reason-not-an-area", &[("type", (*found).into())])
            }
            Self::NotAPoint(found) => {
                m.text("err-field-reason-not-a-point", &[("type", (*found).into())])
            }
            Self::Geometry(text) => text.clone(),
            Self::Shape(problem) => problem.text_in(m),
        }
    }
}

/// Every problem found in one record's values; the record is not accepted.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", .errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
pub struct Invalid {
    /// The problems, in field order.
    pub errors: Vec<FieldError>,
}

impl Localized for Invalid {
    /// Each problem in the language, joined by `; ` as in English.
    fn text_in(&self, m: &Messages) -> String {
        let parts: Vec<String> = self.errors.iter().map(|e| e.text_in(m)).collect();
        parts.join("; ")
    }
}

impl Invalid {
    /// A single problem.
    pub fn one(error: FieldError) -> Self {
        Self {
            errors: vec![error],
        }
    }
}

/// What a new record is built from: text fields, a geometry and kept attributes.
#[derive(Clone, Debug, Default)]
pub struct RecordInput {
    /// The id; a random one is made when `None`.
    pub id: Option<Uuid>,
    /// Polygon/MultiPolygon for hazard areas and releases, Point for finds.
    pub geometry: Option<geo_types::Geometry<f64>>,
    /// Text fields by name.
    pub fields: Fields,
    /// Attributes with no field of their own.
    pub extra: Extra,
}

/// Builds and validates a record of `kind`, reporting every problem at once.
///
/// `types` is the ordnance type reference list: a find's `category` defaults to the listed
/// category of its type, and its type is spelled as listed (`blu-97` becomes `BLU-97`).
pub fn build(
    kind: RecordKind,
    input: RecordInput,
    types: &[OrdnanceType],
) -> Result<Record, Invalid> {
    let mut p = Parser {
        fields: &input.fields,
        errors: Vec::new(),
    };
    for name in input.fields.keys() {
        if !kind.fields().contains(&name.as_str()) {
            p.errors
                .push(FieldError::new(name, "", FieldReason::NotAField(kind)));
        }
    }
    let id = input.id.unwrap_or_else(Uuid::new_v4);
    let record = match kind {
        RecordKind::HazardArea => {
            let name = p.text("name", true);
            let classification = p.parse::<Classification>("classification", true);
            let contamination = p.parse::<Contamination>("contamination", false);
            let surveyed_on = p.date("surveyed_on", true);
            let region = p.text("region", false);
            let status = p.parse::<HazardStatus>("status", false);
            let note = p.text("note", false);
            let geometry = p.area_geometry(input.geometry);
            match (name, classification, surveyed_on, geometry) {
                (Some(name), Some(classification), Some(surveyed_on), Some(geometry)) => {
                    Some(Record::Hazard(HazardArea {
                        id: HazardId(id),
                        name,
                        classification,
                        contamination: contamination.unwrap_or(Contamination::Cmr),
                        surveyed_on,
                        region,
                        status: status.unwrap_or(HazardStatus::Active),
                        note,
                        geometry,
                        extra: input.extra,
                        stamp: Stamp::default(),
                    }))
                }
                _ => None,
            }
        }
        RecordKind::LandRelease => {
            let hazard_id = p.id("hazard_id");
            let method = p.parse::<ReleaseMethod>("method", true);
            let started_on = p.date("started_on", false);
            let completed_on = p.date("completed_on", true);
            let team = p.text("team", false);
            let depth_cm = p.depth("depth_cm");
            let note = p.text("note", false);
            let geometry = p.area_geometry(input.geometry);
            if let (Some(start), Some(end)) = (started_on, completed_on)
                && start > end
            {
                p.errors.push(FieldError::new(
                    "started_on",
                    &start.to_string(),
                    FieldReason::AfterCompleted(end),
                ));
            }
            match (method, completed_on, geometry) {
                (Some(method), Some(completed_on), Some(geometry)) => {
                    Some(Record::Release(LandRelease {
                        id: ReleaseId(id),
                        hazard_id: hazard_id.map(HazardId),
                        method,
                        started_on,
                        completed_on,
                        team,
                        depth_cm,
                        note,
                        geometry,
                        extra: input.extra,
                        stamp: Stamp::default(),
                    }))
                }
                _ => None,
            }
        }
        RecordKind::SurveyPoint => survey_point(&mut p, id, input.geometry, input.extra),
        RecordKind::EvidencePoint => evidence_point(&mut p, id, input.geometry, input.extra),
        RecordKind::OrdnanceFind => {
            let hazard_id = p.id("hazard_id");
            let typed = p.text("ordnance_type", true);
            let listed = typed
                .as_deref()
                .and_then(|t| types.iter().find(|k| k.code.eq_ignore_ascii_case(t.trim())));
            let ordnance_type = listed.map(|k| k.code.clone()).or(typed);
            let category = match p.parse::<OrdnanceCategory>("category", false) {
                Some(c) => Some(c),
                None if p.has("category") => None,
                None => match (listed, &ordnance_type) {
                    (Some(k), _) => Some(k.category),
                    (None, Some(t)) => {
                        p.errors.push(FieldError::new(
                            "category",
                            "",
                            FieldReason::CategoryRequired {
                                ordnance_type: t.clone(),
                                choices: OrdnanceCategory::choices(),
                            },
                        ));
                        None
                    }
                    (None, None) => None,
                },
            };
            let quantity = p.quantity("quantity");
            let condition = p.parse::<Condition>("condition", false);
            let depth_cm = p.depth("depth_cm");
            let found_on = p.date("found_on", true);
            let disposal = p.parse::<Disposal>("disposal", false);
            let team = p.text("team", false);
            let note = p.text("note", false);
            let location = p.point_geometry(input.geometry);
            match (ordnance_type, category, quantity, found_on, location) {
                (
                    Some(ordnance_type),
                    Some(category),
                    Some(quantity),
                    Some(found_on),
                    Some(location),
                ) => Some(Record::Find(OrdnanceFind {
                    id: FindId(id),
                    hazard_id: hazard_id.map(HazardId),
                    ordnance_type,
                    category,
                    quantity,
                    condition,
                    depth_cm,
                    found_on,
                    disposal,
                    team,
                    note,
                    location,
                    extra: input.extra,
                    stamp: Stamp::default(),
                })),
                _ => None,
            }
        }
    };
    match record {
        Some(record) if p.errors.is_empty() => Ok(record),
        _ => Err(Invalid { errors: p.errors }),
    }
}

/// Builds a survey point from its fields (see [`build`]).
fn survey_point(
    p: &mut Parser<'_>,
    id: Uuid,
    geometry: Option<geo_types::Geometry<f64>>,
    extra: Extra,
) -> Option<Record> {
    let belongs_to = p.id("belongs_to");
    if belongs_to.is_none() && !p.has("belongs_to") {
        p.required("belongs_to");
    }
    let point_type = p.parse::<SurveyPointType>("point_type", true);
    let sequence = p.whole("sequence", true);
    let bearing_deg = p.number(
        "bearing_deg",
        |x| (0.0..360.0).contains(&x),
        FieldReason::Bearing,
    );
    let bearing_ref = p.parse::<BearingReference>("bearing_ref", false);
    let not_negative = |x: f64| x >= 0.0;
    let distance_m = p.number("distance_m", not_negative, FieldReason::Negative);
    let declination_deg = p.number(
        "declination_deg",
        |x| (-180.0..=180.0).contains(&x),
        FieldReason::Declination,
    );
    let gps_accuracy_m = p.number("gps_accuracy_m", not_negative, FieldReason::Negative);
    let hdop = p.number("hdop", not_negative, FieldReason::Negative);
    let satellites = p.whole("satellites", false);
    let note = p.text("note", false);
    let location = p.point_geometry(geometry);
    if bearing_deg.is_some() != distance_m.is_some() {
        let (given, missing) = if bearing_deg.is_some() {
            ("bearing_deg", "distance_m")
        } else {
            ("distance_m", "bearing_deg")
        };
        p.errors.push(FieldError::new(
            missing,
            "",
            FieldReason::RequiredWith { given },
        ));
    }
    Some(Record::Survey(SurveyPoint {
        id: SurveyPointId(id),
        belongs_to: belongs_to?,
        point_type: point_type?,
        sequence: sequence?,
        bearing_deg,
        bearing_ref,
        distance_m,
        declination_deg,
        gps_accuracy_m,
        hdop,
        satellites,
        note,
        location: location?,
        extra,
        stamp: Stamp::default(),
    }))
}

/// Builds an evidence point from its fields (see [`build`]).
fn evidence_point(
    p: &mut Parser<'_>,
    id: Uuid,
    geometry: Option<geo_types::Geometry<f64>>,
    extra: Extra,
) -> Option<Record> {
    let hazard_id = p.id("hazard_id");
    let evidence_type = p.parse::<EvidenceType>("evidence_type", true);
    let recorded_on = p.date("recorded_on", true);
    let source = p.text("source", false);
    let note = p.text("note", false);
    let location = p.point_geometry(geometry);
    Some(Record::Evidence(EvidencePoint {
        id: EvidencePointId(id),
        hazard_id: hazard_id.map(HazardId),
        evidence_type: evidence_type?,
        recorded_on: recorded_on?,
        source,
        note,
        location: location?,
        extra,
        stamp: Stamp::default(),
    }))
}

/// Reads typed values out of text fields, collecting every problem.
struct Parser<'a> {
    fields: &'a Fields,
    errors: Vec<FieldError>,
}

impl Parser<'_> {
    fn has(&self, name: &str) -> bool {
        self.raw(name).is_some()
    }

    /// The trimmed value, `None` when absent or blank.
    fn raw(&self, name: &str) -> Option<&str> {
        self.fields
            .get(name)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    fn required(&mut self, name: &str) {
        self.errors
            .push(FieldError::new(name, "", FieldReason::Required));
    }

    fn text(&mut self, name: &str, required: bool) -> Option<String> {
        let value = self.raw(name).map(str::to_owned);
        if value.is_none() && required {
            self.required(name);
        }
        value
    }

    fn parse<T: Closed>(&mut self, name: &str, required: bool) -> Option<T> {
        match self.raw(name) {
            None => {
                if required {
                    self.required(name);
                }
                None
            }
            Some(v) => match v.parse::<T>() {
                Ok(t) => Some(t),
                Err(_) => {
                    let v = v.to_owned();
                    self.errors
                        .push(FieldError::new(name, &v, FieldReason::OneOf(T::choices())));
                    None
                }
            },
        }
    }

    fn date(&mut self, name: &str, required: bool) -> Option<NaiveDate> {
        let v = match self.raw(name) {
            None => {
                if required {
                    self.required(name);
                }
                return None;
            }
            Some(v) => v.to_owned(),
        };
        match date_value(&v) {
            Ok(d) => Some(d),
            Err(reason) => {
                self.errors.push(FieldError::new(name, &v, reason));
                None
            }
        }
    }

    fn id(&mut self, name: &str) -> Option<Uuid> {
        let v = self.raw(name)?.to_owned();
        match Uuid::parse_str(&v) {
            Ok(id) => Some(id),
            Err(_) => {
                self.errors
                    .push(FieldError::new(name, &v, FieldReason::NotAUuid));
                None
            }
        }
    }

    fn depth(&mut self, name: &str) -> Option<u32> {
        let v = self.raw(name)?.to_owned();
        match v.parse::<i64>() {
            Ok(d) if d < 0 => {
                self.errors
                    .push(FieldError::new(name, &v, FieldReason::Negative));
                None
            }
            Ok(d) => match u32::try_from(d) {
                Ok(d) => Some(d),
                Err(_) => {
                    self.errors
                        .push(FieldError::new(name, &v, FieldReason::TooLarge));
                    None
                }
            },
            Err(_) => {
                self.errors
                    .push(FieldError::new(name, &v, FieldReason::WholeCentimetres));
                None
            }
        }
    }

    /// A whole number of 0 or more.
    fn whole(&mut self, name: &str, required: bool) -> Option<u32> {
        let Some(v) = self.raw(name).map(str::to_owned) else {
            if required {
                self.required(name);
            }
            return None;
        };
        match v.parse::<u32>() {
            Ok(n) => Some(n),
            Err(_) => {
                self.errors
                    .push(FieldError::new(name, &v, FieldReason::WholeOrZero));
                None
            }
        }
    }

    /// A decimal number that `allowed` accepts (`why` says which numbers are).
    fn number(
        &mut self,
        name: &str,
        allowed: impl Fn(f64) -> bool,
        why: FieldReason,
    ) -> Option<f64> {
        let v = self.raw(name)?.to_owned();
        match v.parse::<f64>() {
            Ok(x) if x.is_finite() && allowed(x) => Some(x),
            Ok(x) if x.is_finite() => {
                self.errors.push(FieldError::new(name, &v, why));
                None
            }
            _ => {
                self.errors
                    .push(FieldError::new(name, &v, FieldReason::NotANumber));
                None
            }
        }
    }

    fn quantity(&mut self, name: &str) -> Option<u32> {
        let Some(v) = self.raw(name).map(str::to_owned) else {
            return Some(1);
        };
        match v.parse::<i64>() {
            Ok(q) if q >= 1 => match u32::try_from(q) {
                Ok(q) => Some(q),
                Err(_) => {
                    self.errors
                        .push(FieldError::new(name, &v, FieldReason::TooLarge));
                    None
                }
            },
            Ok(_) => {
                self.errors
                    .push(FieldError::new(name, &v, FieldReason::AtLeastOne));
                None
            }
            Err(_) => {
                self.errors
                    .push(FieldError::new(name, &v, FieldReason::Whole));
                None
            }
        }
    }

    fn geometry_problems(&mut self, problems: Vec<GeometryProblem>) -> bool {
        let ok = problems.is_empty();
        for problem in problems {
            self.errors
                .push(FieldError::new("geometry", "", FieldReason::Shape(problem)));
        }
        ok
    }

    fn area_geometry(
        &mut self,
        geometry: Option<geo_types::Geometry<f64>>,
    ) -> Option<MultiPolygon<f64>> {
        let mp = match geometry {
            None => {
                self.required("geometry");
                return None;
            }
            Some(geo_types::Geometry::Polygon(p)) => MultiPolygon(vec![p]),
            Some(geo_types::Geometry::MultiPolygon(mp)) => mp,
            Some(other) => {
                self.errors.push(FieldError::new(
                    "geometry",
                    "",
                    FieldReason::NotAnArea(geom::type_name(&other)),
                ));
                return None;
            }
        };
        self.geometry_problems(geom::validate_area(&mp))
            .then_some(mp)
    }

    fn point_geometry(&mut self, geometry: Option<geo_types::Geometry<f64>>) -> Option<Point<f64>> {
        let p = match geometry {
            None => {
                self.required("geometry");
                return None;
            }
            Some(geo_types::Geometry::Point(p)) => p,
            Some(other) => {
                self.errors.push(FieldError::new(
                    "geometry",
                    "",
                    FieldReason::NotAPoint(geom::type_name(&other)),
                ));
                return None;
            }
        };
        self.geometry_problems(geom::validate_point(&p))
            .then_some(p)
    }
}

/// Parses a calendar date written `YYYY-MM-DD`, between the years 1900 and 2199.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    date_value(text).map_err(|reason| reason.to_string())
}

/// As [`parse_date`], why not as a [`FieldReason`].
fn date_value(text: &str) -> Result<NaiveDate, FieldReason> {
    let text = text.trim();
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !shaped {
        return Err(FieldReason::NotADate);
    }
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| FieldReason::NoSuchDay)?;
    if !in_date_range(date) {
        return Err(FieldReason::DateOutOfRange);
    }
    Ok(date)
}

/// Whether `date` lies in the years 1900 to 2199, where dates are kept.
fn in_date_range(date: NaiveDate) -> bool {
    (1900..2200).contains(&chrono::Datelike::year(&date))
}

/// Hands `value` to `each` under `name` when there is one.
fn put<'a, T: fmt::Display>(
    each: &mut dyn FnMut(&'static str, &'a dyn fmt::Display),
    name: &'static str,
    value: Option<&'a T>,
) {
    if let Some(v) = value {
        each(name, v);
    }
}

/// A record's fields as [`Record::each_field`] hands them over.
type EachField<'e, 'a> = &'e mut dyn FnMut(&'static str, &'a dyn fmt::Display);

/// Collects the fields handed to `each` into a map of their text.
fn collect_fields<'a>(each_field: impl FnOnce(EachField<'_, 'a>)) -> Fields {
    let mut f = Fields::new();
    each_field(&mut |name, value| {
        f.insert(name.to_owned(), value.to_string());
    });
    f
}

impl HazardArea {
    /// Text fields by name.
    pub fn fields(&self) -> Fields {
        collect_fields(|each| self.each_field(each))
    }

    /// Each field with a value, in [`RecordKind::fields`] order.
    pub fn each_field<'a>(&'a self, each: EachField<'_, 'a>) {
        put(each, "name", Some(&self.name));
        put(each, "classification", Some(&self.classification));
        put(each, "contamination", Some(&self.contamination));
        put(each, "surveyed_on", Some(&self.surveyed_on));
        put(each, "region", self.region.as_ref());
        put(each, "status", Some(&self.status));
        put(each, "note", self.note.as_ref());
    }
}

impl LandRelease {
    /// Text fields by name.
    pub fn fields(&self) -> Fields {
        collect_fields(|each| self.each_field(each))
    }

    /// Each field with a value, in [`RecordKind::fields`] order.
    pub fn each_field<'a>(&'a self, each: EachField<'_, 'a>) {
        put(each, "hazard_id", self.hazard_id.as_ref());
        put(each, "method", Some(&self.method));
        put(each, "started_on", self.started_on.as_ref());
        put(each, "completed_on", Some(&self.completed_on));
        put(each, "team", self.team.as_ref());
        put(each, "depth_cm", self.depth_cm.as_ref());
        put(each, "note", self.note.as_ref());
    }
}

impl OrdnanceFind {
    /// Text fields by name.
    pub fn fields(&self) -> Fields {
        collect_fields(|each| self.each_field(each))
    }

    /// Each field with a value, in [`RecordKind::fields`] order.
    pub fn each_field<'a>(&'a self, each: EachField<'_, 'a>) {
        put(each, "hazard_id", self.hazard_id.as_ref());
        put(each, "ordnance_type", Some(&self.ordnance_type));
        put(each, "category", Some(&self.category));
        put(each, "quantity", Some(&self.quantity));
        put(each, "condition", self.condition.as_ref());
        put(each, "depth_cm", self.depth_cm.as_ref());
        put(each, "found_on", Some(&self.found_on));
        put(each, "disposal", self.disposal.as_ref());
        put(each, "team", self.team.as_ref());
        put(each, "note", self.note.as_ref());
    }
}

impl SurveyPoint {
    /// Text fields by name.
    pub fn fields(&self) -> Fields {
        collect_fields(|each| self.each_field(each))
    }

    /// Each field with a value, in [`RecordKind::fields`] order.
    pub fn each_field<'a>(&'a self, each: EachField<'_, 'a>) {
        put(each, "belongs_to", Some(&self.belongs_to));
        put(each, "point_type", Some(&self.point_type));
        put(each, "sequence", Some(&self.sequence));
        put(each, "bearing_deg", self.bearing_deg.as_ref());
        put(each, "bearing_ref", self.bearing_ref.as_ref());
        put(each, "distance_m", self.distance_m.as_ref());
        put(each, "declination_deg", self.declination_deg.as_ref());
        put(each, "gps_accuracy_m", self.gps_accuracy_m.as_ref());
        put(each, "hdop", self.hdop.as_ref());
        put(each, "satellites", self.satellites.as_ref());
        put(each, "note", self.note.as_ref());
    }
}

impl EvidencePoint {
    /// Text fields by name.
    pub fn fields(&self) -> Fields {
        collect_fields(|each| self.each_field(each))
    }

    /// Each field with a value, in [`RecordKind::fields`] order.
    pub fn each_field<'a>(&'a self, each: EachField<'_, 'a>) {
        put(each, "hazard_id", self.hazard_id.as_ref());
        put(each, "evidence_type", Some(&self.evidence_type));
        put(each, "recorded_on", Some(&self.recorded_on));
        put(each, "source", self.source.as_ref());
        put(each, "note", self.note.as_ref());
    }
}
