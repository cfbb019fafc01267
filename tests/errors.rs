//! Issue #15: the reasons a record or a file is refused, in the user's language. Every
//! error that speaks the languages (`i18n::Localized`) says in English exactly what its
//! `Display` says (written out here), and the command line says it in the language chosen.

mod common;

use chrono::NaiveDate;
use clearfield::geom::{GeometryProblem, Hint, Part, Topology};
use clearfield::i18n::{Language, Localized, Messages};
use clearfield::model::{FieldError, FieldReason, Invalid, RecordKind};

/// `(error, its English text)`: the text both `to_string()` and `text_in(English)` give.
fn english_is_the_display<E: Localized + std::fmt::Display>(cases: &[(E, &str)]) {
    for (e, want) in cases {
        assert_eq!(e.to_string(), *want);
        assert_eq!(e.text_in(Messages::english()), *want, "{want}");
    }
}

/// Each variant in every catalogue: the key is there (no English fallback for a
/// translated catalogue) and the text differs from English where words are.
fn translated<E: Localized>(e: &E) {
    let en = e.text_in(Messages::english());
    for language in [Language::Ar, Language::Ka, Language::Ru] {
        let text = e.text_in(&Messages::new(language));
        assert_ne!(text, en, "{language:?}: {en}");
    }
}

fn field_reasons() -> Vec<(FieldReason, &'static str)> {
    let may_1 = NaiveDate::from_ymd_opt(2026, 5, 1).unwrap();
    vec![
        (
            FieldReason::NotAField(RecordKind::HazardArea),
            "is not a field of a hazard area",
        ),
        (
            FieldReason::NotAField(RecordKind::OrdnanceFind),
            "is not a field of a ordnance find",
        ),
        (FieldReason::Required, "is required"),
        (
            FieldReason::RequiredWith {
                given: "bearing_deg",
            },
            "is required with bearing_deg: a leg is a bearing and a distance",
        ),
        (
            FieldReason::CategoryRequired {
                ordnance_type: "PFM-1".to_owned(),
                choices: "submunition|landmine".to_owned(),
            },
            "is required for ordnance type \"PFM-1\", which is not in the reference list (submunition|landmine)",
        ),
        (
            FieldReason::OneOf("SHA|CHA".to_owned()),
            "must be one of SHA|CHA",
        ),
        (
            FieldReason::AfterCompleted(may_1),
            "is after completed_on 2026-05-01",
        ),
        (FieldReason::NotADate, "is not a date written YYYY-MM-DD"),
        (
            FieldReason::NoSuchDay,
            "is not a calendar date (no such day)",
        ),
        (
            FieldReason::DateOutOfRange,
            "is outside the years 1900 to 2199",
        ),
        (FieldReason::NotAUuid, "is not a UUID (like 3f2b…-…)"),
        (FieldReason::Negative, "must not be negative"),
        (FieldReason::TooLarge, "is too large"),
        (
            FieldReason::WholeCentimetres,
            "must be a whole number of centimetres",
        ),
        (
            FieldReason::WholeOrZero,
            "must be a whole number, 0 or more",
        ),
        (FieldReason::Whole, "must be a whole number"),
        (FieldReason::AtLeastOne, "must be at least 1"),
        (FieldReason::NotANumber, "is not a number (like 12.5)"),
        (FieldReason::Bearing, "must be at least 0 and below 360"),
        (
            FieldReason::Declination,
            "must be between -180 and 180 degrees",
        ),
        (
            FieldReason::NotAnArea("Point"),
            "must be a Polygon or MultiPolygon, not a Point",
        ),
        (
            FieldReason::NotAPoint("LineString"),
            "must be a Point, not a LineString",
        ),
        (FieldReason::Geometry("is empty".to_owned()), "is empty"),
    ]
}

#[test]
fn field_reasons_in_english_are_their_display() {
    let cases = field_reasons();
    english_is_the_display(&cases);
    for (reason, _) in &cases {
        if !matches!(reason, FieldReason::Geometry(_)) {
            translated(reason);
        }
    }
}

#[test]
fn field_errors_and_invalid_records_in_english_are_their_display() {
    let no_day = FieldError::new("surveyed_on", "2023-02-30", FieldReason::NoSuchDay);
    let required = FieldError::new("name", "", FieldReason::Required);
    // A value with a quote and a control character, quoted as Rust quotes it.
    let quoted = FieldError::new("quantity", "2\"\t", FieldReason::Whole);
    english_is_the_display(&[
        (
            no_day.clone(),
            "surveyed_on \"2023-02-30\": is not a calendar date (no such day)",
        ),
        (required.clone(), "name: is required"),
        (quoted, "quantity \"2\\\"\\t\": must be a whole number"),
    ]);
    english_is_the_display(&[(
        Invalid {
            errors: vec![required, no_day],
        },
        "name: is required; surveyed_on \"2023-02-30\": is not a calendar date (no such day)",
    )]);
}

#[test]
fn field_errors_in_arabic_georgian_and_russian() {
    let e = FieldError::new("surveyed_on", "2023-02-30", FieldReason::NoSuchDay);
    let ar = Messages::new(Language::Ar);
    assert_eq!(
        e.text_in(&ar),
        "surveyed_on \"2023-02-30\": ليس تاريخاً في التقويم (لا يوجد يوم كهذا)"
    );
    // The kind in the language, a date as the language writes it.
    let ru = Messages::new(Language::Ru);
    assert_eq!(
        FieldError::new("note", "", FieldReason::NotAField(RecordKind::HazardArea)).text_in(&ru),
        "note: не является полем записи «опасный район»"
    );
    let end = NaiveDate::from_ymd_opt(2026, 5, 1).unwrap();
    assert_eq!(
        FieldReason::AfterCompleted(end).text_in(&ru),
        "позже completed_on 1 мая 2026"
    );
    let ka = Messages::new(Language::Ka);
    assert_eq!(
        FieldError::new("quantity", "0", FieldReason::AtLeastOne).text_in(&ka),
        "quantity \"0\": უნდა იყოს არანაკლებ 1"
    );
}

/// `clearfield --lang ar add …` with a refused value: the Arabic line of ar.ftl
/// (`cli-not-added`, `err-field-error`, `err-field-reason-…`) with the values put in, and
/// status 1 as in English.
#[test]
fn a_refused_record_in_arabic_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    common::ok(&db, &["init"]);
    let add = |lang: &str| {
        common::run(
            &db,
            &[
                "--lang",
                lang,
                "add",
                "find",
                "--at",
                "35.5,33.3",
                "--ordnance-type",
                "M42",
                "--found-on",
                "2024-01-01",
                "--quantity",
                "0",
                "--depth-cm",
                "x",
            ],
        )
    };
    let ar = add("ar");
    assert_eq!(ar.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(ar.stderr).unwrap(),
        "clearfield: لم تتم إضافة ذخيرة معثور عليها: quantity \"0\": يجب ألا يقل عن 1; \
         depth_cm \"x\": يجب أن يكون عدداً صحيحاً من السنتيمترات\n"
    );
    let en = add("en");
    assert_eq!(en.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(en.stderr).unwrap(),
        "clearfield: ordnance find not added: quantity \"0\": must be at least 1; \
         depth_cm \"x\": must be a whole number of centimetres\n"
    );
}

fn problem_reasons() -> Vec<(clearfield::exchange::ProblemReason, &'static str)> {
    use clearfield::exchange::{ProblemReason as R, Unit};
    let id = uuid::Uuid::parse_str("3f2b1c4e-9d7a-4e21-8b6f-0a1b2c3d4e5f").unwrap();
    vec![
        (
            R::SameId {
                unit: Unit::Feature,
                first: 2,
            },
            "the same id as feature 2",
        ),
        (
            R::Conflict("name, geometry".to_owned()),
            "conflict: the database already has this id with different name, geometry; not overwritten",
        ),
        (
            R::Deleted {
                at: "2026-05-01 10:00".to_owned(),
                by: "amal".to_owned(),
            },
            "this record was deleted from the database on 2026-05-01 10:00 by amal; not brought back (its versions are in `clearfield history`)",
        ),
        (
            R::LinkNotImported {
                field: "hazard_id",
                id,
                unit: Unit::Record,
                feature: 4,
            },
            "hazard_id 3f2b1c4e-9d7a-4e21-8b6f-0a1b2c3d4e5f is record 4, which is not imported",
        ),
        (
            R::NoSuchLink {
                field: "hazard_id",
                id,
                release_too: false,
            },
            "hazard_id 3f2b1c4e-9d7a-4e21-8b6f-0a1b2c3d4e5f: no such hazard area in the file or the database",
        ),
        (
            R::NoSuchLink {
                field: "belongs_to",
                id,
                release_too: true,
            },
            "belongs_to 3f2b1c4e-9d7a-4e21-8b6f-0a1b2c3d4e5f: no such hazard area or land release in the file or the database",
        ),
        (R::NotAnObject, "is not a GeoJSON Feature object"),
        (
            R::NotAFeature,
            "is not a GeoJSON Feature (its \"type\" is not \"Feature\")",
        ),
        (R::PropertiesNotAnObject, "\"properties\" is not an object"),
        (
            R::IdNotAUuid("\"17\"".to_owned()),
            "id \"17\" is not a UUID",
        ),
        (
            R::UnknownKind("\"mine\"".to_owned()),
            "kind \"mine\" is not one of hazard_area, land_release, ordnance_find, survey_point, evidence_point",
        ),
        (R::KindNotText("3".to_owned()), "kind 3 is not text"),
        (
            R::NoKind,
            "has no kind (hazard_area, land_release, ordnance_find, survey_point or evidence_point); give one with --as",
        ),
        (
            R::BareGeometry("Polygon".to_owned()),
            "is a bare Polygon geometry with no properties: give its kind with --as hazard|release|find (and its fields with --set FIELD=VALUE)",
        ),
        (R::NotTextOrNumber("name"), "name must be text or a number"),
        (R::NoGeometry, "has no geometry"),
        (
            R::Invalid(Invalid::one(FieldError::new(
                "quantity",
                "0",
                FieldReason::AtLeastOne,
            ))),
            "quantity \"0\": must be at least 1",
        ),
        (
            R::ForeignCrs("EPSG:32636".to_owned()),
            "its crs member names EPSG:32636, not WGS84 longitude/latitude; GeoJSON (RFC 7946) is always WGS84 lon/lat: reproject it first (ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson)",
        ),
        (
            R::FileCrs("EPSG:32636".to_owned()),
            "the file's crs member names EPSG:32636, not WGS84 longitude/latitude",
        ),
        (
            R::DatesShiftedOut(-40000),
            "its dates moved by -40000 days would leave the years 1900 to 2199",
        ),
        (
            R::ProjectedRing(Part::PolygonInteriorRing(2, 1)),
            "geometry: polygon 2: interior ring 1: coordinates look like projected metres (e.g. \
             UTM), not WGS84 lon/lat degrees: reproject first (ogr2ogr -t_srs EPSG:4326 \
             out.geojson in.geojson)",
        ),
        (R::Text("geometry is empty".to_owned()), "geometry is empty"),
    ]
}

#[test]
fn import_problems_in_english_are_their_display() {
    use clearfield::exchange::{ImportError, Problem, ProblemText, Unit};
    let cases = problem_reasons();
    english_is_the_display(&cases);
    for (reason, _) in &cases {
        if !matches!(reason, clearfield::exchange::ProblemReason::Text(_)) {
            translated(reason);
        }
    }
    let two = ProblemText(vec![
        clearfield::exchange::ProblemReason::NoGeometry,
        clearfield::exchange::ProblemReason::NotTextOrNumber("name"),
    ]);
    let problem = |feature, id: Option<&str>, name: Option<&str>| Problem {
        unit: Unit::Feature,
        feature,
        id: id.map(str::to_owned),
        name: name.map(str::to_owned),
        message: two.clone(),
    };
    let with_id = problem(Some(3), Some("abc"), Some("North \"field\""));
    let plain = problem(Some(3), None, None);
    let file = problem(None, None, None);
    english_is_the_display(&[
        (
            with_id.clone(),
            "feature 3 \"North \\\"field\\\"\" (id abc): has no geometry; name must be text or a number",
        ),
        (
            plain.clone(),
            "feature 3: has no geometry; name must be text or a number",
        ),
        (file, "file: has no geometry; name must be text or a number"),
    ]);
    english_is_the_display(&[
        (
            ImportError::Rejected {
                problems: vec![with_id, plain],
                more: 0,
            },
            "2 problem(s), nothing was imported\n  feature 3 \"North \\\"field\\\"\" (id abc): has no geometry; name must be text or a number\n  feature 3: has no geometry; name must be text or a number",
        ),
        (
            ImportError::Rejected {
                problems: vec![problem(Some(1), None, None)],
                more: 12,
            },
            "13 problem(s), nothing was imported\n  feature 1: has no geometry; name must be text or a number\n  … and 12 more",
        ),
        (
            ImportError::File(clearfield::io::geojson::FileError::NotJson(
                "expected value at line 1 column 1".to_owned(),
            )),
            "not JSON: expected value at line 1 column 1; nothing was imported",
        ),
    ]);
    // In Arabic: the unit, the reasons and the count in the language.
    let ar = Messages::new(Language::Ar);
    assert_eq!(
        ImportError::Rejected {
            problems: vec![problem(Some(1), None, None)],
            more: 0,
        }
        .text_in(&ar),
        "عدد المشاكل: 1، لم يُستورد شيء\n  المعلم 1: لا شكل هندسياً له; name يجب أن يكون نصاً أو رقماً"
    );
}

#[test]
fn file_errors_of_each_format_in_english_are_their_display() {
    use clearfield::io::formats::SourceError;
    use clearfield::io::geojson::FileError;
    use clearfield::io::gpx::GpxError;
    use clearfield::io::kml::KmlError;
    use clearfield::io::kobo::KoboError;
    english_is_the_display(&[
        (
            FileError::NotJson("EOF while parsing".to_owned()),
            "not JSON: EOF while parsing",
        ),
        (
            FileError::NotGeoJson("the top-level object has no \"type\"".to_owned()),
            "not GeoJSON: the top-level object has no \"type\"",
        ),
    ]);
    english_is_the_display(&[
        (
            GpxError::Unreadable("no gpx element".to_owned()),
            "not a GPX file that can be read: no gpx element",
        ),
        (
            GpxError::Write("disk full".to_owned()),
            "cannot write GPX: disk full",
        ),
        (
            GpxError::Open {
                what: "track 2 \"Edge\"".to_owned(),
                gap_m: 1234.56,
            },
            "track 2 \"Edge\" is open: its last point is 1234.6 m from its first; a boundary must be closed (give --close-tracks to close it, the gap is reported)",
        ),
    ]);
    english_is_the_display(&[
        (
            KmlError::Unreadable("bad XML".to_owned()),
            "not a KML file that can be read: bad XML",
        ),
        (
            KmlError::NotKmz("no .kml inside".to_owned()),
            "not a KMZ file: no .kml inside",
        ),
        (
            KmlError::Placemark {
                what: "placemark 3 \"Terrace\"".to_owned(),
                reason: "its geometry cannot be a record".to_owned(),
            },
            "placemark 3 \"Terrace\": its geometry cannot be a record",
        ),
    ]);
    english_is_the_display(&[
        (
            KoboError::Unreadable {
                what: "CSV",
                why: "invalid UTF-8".to_owned(),
            },
            "not a readable CSV: invalid UTF-8",
        ),
        (
            KoboError::NoSheet {
                name: "Finds".to_owned(),
                have: "Sheet1, Sheet2".to_owned(),
            },
            "the workbook has no sheet \"Finds\" (it has Sheet1, Sheet2)",
        ),
        (
            KoboError::Empty,
            "no submissions: the file has no rows below its header",
        ),
        (
            KoboError::NoColumn("where".to_owned()),
            "--map where=geometry: there is no column \"where\"",
        ),
        (
            KoboError::NoGeometry,
            "no column holds ODK geopoints or geoshapes (\"lat lon alt acc;…\") in every row; name it with --map COLUMN=geometry",
        ),
        (
            KoboError::Rows(vec![
                "row 3: no point".to_owned(),
                "row 9: no point".to_owned(),
            ]),
            "2 row(s) cannot be read: row 3: no point; row 9: no point",
        ),
    ]);
    english_is_the_display(&[
        (
            SourceError::Kobo(KoboError::Empty),
            "no submissions: the file has no rows below its header",
        ),
        (
            SourceError::GeoJson("zone 99 is not a UTM zone".to_owned()),
            "zone 99 is not a UTM zone",
        ),
    ]);
    // The gap written as Russian writes numbers.
    let ru = Messages::new(Language::Ru);
    assert_eq!(
        GpxError::Open {
            what: "track 2".to_owned(),
            gap_m: 1234.56,
        }
        .text_in(&ru),
        "track 2 не замкнут: его последняя точка в 1234,6 м от первой; граница должна быть замкнута (--close-tracks замыкает её, разрыв сообщается)"
    );
    for e in [KoboError::Empty, KoboError::NoGeometry] {
        translated(&e);
    }
}

#[test]
fn store_errors_in_english_are_their_display() {
    use clearfield::store::StoreError as S;
    use std::path::PathBuf;
    let id = uuid::Uuid::parse_str("3f2b1c4e-9d7a-4e21-8b6f-0a1b2c3d4e5f").unwrap();
    let other = uuid::Uuid::parse_str("0b7f0000-0000-4000-8000-000000000001").unwrap();
    let path = || PathBuf::from("/data/team 2.gpkg");
    let cases: Vec<(S, String)> = vec![
        (
            S::Missing(path()),
            "/data/team 2.gpkg: no such file; create it with `clearfield init`".into(),
        ),
        (
            S::Exists(path()),
            "/data/team 2.gpkg: a file is already there (not a Clearfield database, or one not to be replaced); nothing was changed".into(),
        ),
        (
            S::NotADatabase {
                path: path(),
                reason: "file is not a database".into(),
            },
            "/data/team 2.gpkg: not a database file (file is not a database)".into(),
        ),
        (
            S::NotOurs {
                path: path(),
                what: "a GeoPackage",
            },
            "/data/team 2.gpkg: a GeoPackage, not a Clearfield database (it has no clearfield_meta table); nothing was changed".into(),
        ),
        (
            S::NotOurs {
                path: path(),
                what: "an SQLite database",
            },
            "/data/team 2.gpkg: an SQLite database, not a Clearfield database (it has no clearfield_meta table); nothing was changed".into(),
        ),
        (
            S::TooNew {
                path: path(),
                found: 99,
                supported: 12,
            },
            "/data/team 2.gpkg: schema version 99 was written by a newer Clearfield (this one reads up to 12); update Clearfield, the file was not changed".into(),
        ),
        (
            S::BadVersion {
                path: path(),
                found: "x".into(),
            },
            "/data/team 2.gpkg: schema version \"x\" in clearfield_meta is not a number".into(),
        ),
        (
            S::Corrupt {
                path: path(),
                details: "page 3 is never used".into(),
            },
            "/data/team 2.gpkg: the database is damaged (page 3 is never used); restore it from a backup, the file was not changed".into(),
        ),
        (
            S::ReadOnly {
                path: path(),
                wanted: "change it",
            },
            "/data/team 2.gpkg: the file can only be read (write-protected media, a read-only share, or no permission), so Clearfield cannot change it; copy it to a writable folder first. Nothing was changed".into(),
        ),
        (
            S::ReadOnly {
                path: path(),
                wanted: "upgrade its schema",
            },
            "/data/team 2.gpkg: the file can only be read (write-protected media, a read-only share, or no permission), so Clearfield cannot upgrade its schema; copy it to a writable folder first. Nothing was changed".into(),
        ),
        (
            S::SharedReadOnly(path()),
            "/data/team 2.gpkg: the file was left in WAL mode and its folder cannot be written by this user, so it cannot be read safely while others may be writing it; ask for write access to the folder, or copy the file and open the copy".into(),
        ),
        (
            S::NeedsUpgrade {
                path: path(),
                found: 1,
            },
            format!(
                "/data/team 2.gpkg: schema version 1 is older than this build's {}; open it once with this Clearfield (`clearfield --db FILE check`) to upgrade it, then try again",
                clearfield::store::CURRENT_VERSION
            ),
        ),
        (
            S::ReadOnlyWal(path()),
            "/data/team 2.gpkg: the file is on read-only media with changes not yet merged into it (its -wal file beside it); copy the file together with its -wal and -shm files to a writable folder and open it there".into(),
        ),
        (S::NotFound(id), format!("no record with id {id}")),
        (
            S::ChangedSince(id),
            format!("record {id} was changed meanwhile (by a merge or another program); nothing was written, open it again"),
        ),
        (
            S::InConflict(id),
            format!("record {id} is in conflict after a merge; resolve it first (Conflicts, or `clearfield resolve`)"),
        ),
        (
            S::DuplicateId {
                kind: RecordKind::OrdnanceFind,
                id,
            },
            format!("ordnance_find {id}: a record with this id already exists"),
        ),
        (
            S::NoSuchHazard {
                kind: RecordKind::LandRelease,
                id,
                field: "hazard_id",
                hazard_id: other,
                target: "hazard area",
            },
            format!("land_release {id}: hazard_id {other}: no such hazard area"),
        ),
        (
            S::NoSuchHazard {
                kind: RecordKind::SurveyPoint,
                id,
                field: "belongs_to",
                hazard_id: other,
                target: "hazard area or land release",
            },
            format!("survey_point {id}: belongs_to {other}: no such hazard area or land release"),
        ),
        (
            S::Referenced {
                kind: RecordKind::HazardArea,
                id,
                releases: 2,
                finds: 1,
                points: 0,
            },
            format!("hazard area {id}: 2 land release(s), 1 ordnance find(s) and 0 survey or evidence point(s) refer to it; delete or relink them first"),
        ),
        (
            S::MergeRefused {
                path: path(),
                reason: "it is this database".into(),
            },
            "cannot merge /data/team 2.gpkg: it is this database; nothing was changed".into(),
        ),
        (
            S::NoConflict(id),
            format!("record {id} is not in conflict (see `clearfield conflicts`)"),
        ),
        (
            S::BadChoice {
                id,
                reason: "choose one version".into(),
            },
            format!("record {id}: choose one version"),
        ),
        (
            S::NotInConflict {
                id,
                version: "v9".into(),
                versions: "v1, v2".into(),
            },
            format!("record {id}: \"v9\" is not one of the versions in conflict (v1, v2)"),
        ),
        (
            S::NotAField {
                id,
                kind: RecordKind::EvidencePoint,
                field: "depth".into(),
            },
            format!("record {id}: \"depth\" is not a field of a evidence point (fields: hazard_id, evidence_type, recorded_on, source, note, geom)"),
        ),
        (
            S::DeletionHasNoFields {
                id,
                version: "v2".into(),
                field: "name".into(),
            },
            format!("record {id}: version v2 deletes the record; it has no name to take, nor takes one"),
        ),
        (
            S::InvalidChoice {
                id,
                kind: RecordKind::HazardArea,
                invalid: Invalid::one(FieldError::new("name", "", FieldReason::Required)),
            },
            format!("record {id}: the hazard area these choices make is not valid: name: is required; nothing was written"),
        ),
        (
            S::BadSetting {
                key: "deadline",
                value: "soon".into(),
                reason: "is not a date".into(),
            },
            "setting deadline \"soon\": is not a date; set it again with `clearfield settings`".into(),
        ),
        (
            S::NoSuchFile(path()),
            "/data/team 2.gpkg: no such file".into(),
        ),
        (
            S::NotAPhoto("map.pdf".into()),
            "map.pdf: not a JPEG or PNG photo (told by its first bytes); nothing was attached".into(),
        ),
        (S::NoSuchPhoto(other), format!("no photo with id {other}")),
        (
            S::NotAttached {
                record: id,
                photo: other,
            },
            format!("photo {other} is not attached to record {id} (see `clearfield photos {id}`)"),
        ),
        (
            S::AlreadyAttached {
                file: "a.jpg".into(),
                record: id,
                photo: other,
            },
            format!("a.jpg: record {id} already has this photo (as {other}); nothing was attached"),
        ),
    ];
    for (e, want) in &cases {
        assert_eq!(e.to_string(), *want);
        assert_eq!(e.text_in(Messages::english()), *want);
        if !matches!(e, S::BadChoice { .. }) {
            translated(e);
        }
    }
    // Kept as the system words them.
    let io = S::Io {
        path: path(),
        error: std::io::Error::other("disk on fire"),
    };
    assert_eq!(
        io.text_in(Messages::english()),
        "/data/team 2.gpkg: disk on fire"
    );
}

/// A database error on the command line, in Russian, with the same exit status.
#[test]
fn a_missing_file_in_russian_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.gpkg");
    let out = common::run(&db, &["--lang", "ru", "list"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "clearfield: {}: нет такого файла; создайте его командой `clearfield init`\n",
            db.display()
        )
    );
}

#[test]
fn traverse_errors_in_english_are_their_display() {
    use clearfield::geom::traverse::{SurveyPointType, TraverseError as T};
    let cases = vec![
        (
            T::Benchmark {
                lon: 200.0,
                lat: 33.5,
            },
            "benchmark (lon 200, lat 33.5) is not a position: lon -180..180, lat -90..90",
        ),
        (
            T::Order {
                leg: 1,
                kind: SurveyPointType::Turning,
                why: "the first leg must be of kind start (benchmark to start point)",
            },
            "leg 1: kind turning: the first leg must be of kind start (benchmark to start point)",
        ),
        (
            T::Order {
                leg: 3,
                kind: SurveyPointType::Start,
                why: "only the first leg is of kind start",
            },
            "leg 3: kind start: only the first leg is of kind start",
        ),
        (
            T::Order {
                leg: 2,
                kind: SurveyPointType::End,
                why: "only the last leg is of kind end",
            },
            "leg 2: kind end: only the last leg is of kind end",
        ),
        (
            T::Order {
                leg: 5,
                kind: SurveyPointType::Turning,
                why: "the last leg must be of kind end (it reaches the end point)",
            },
            "leg 5: kind turning: the last leg must be of kind end (it reaches the end point)",
        ),
        (
            T::Order {
                leg: 2,
                kind: SurveyPointType::Benchmark,
                why: "a leg reaches a start, turning, intermediate or end point",
            },
            "leg 2: kind benchmark: a leg reaches a start, turning, intermediate or end point",
        ),
        (
            T::Bearing {
                leg: 2,
                value: 361.5,
            },
            "leg 2: bearing 361.5 is outside 0 to 360 (360 excluded)",
        ),
        (
            T::Distance {
                leg: 4,
                value: -12.5,
            },
            "leg 4: distance -12.5 m must be a finite number, not negative",
        ),
        (
            T::Declination {
                value: 200.0,
                why: "must be a number of degrees from -180 to 180 (east positive)",
            },
            "declination 200: must be a number of degrees from -180 to 180 (east positive)",
        ),
        (
            T::Declination {
                value: 2.5,
                why: "applies to magnetic bearings only",
            },
            "declination 2.5: applies to magnetic bearings only",
        ),
        (
            T::Wmm {
                date: NaiveDate::from_ymd_opt(2031, 1, 2).unwrap(),
                lat: 33.3,
                lon: 35.5,
                why: "the model covers 2025 to 2030".to_owned(),
            },
            "no magnetic declination for 2031-01-02 at lat 33.3, lon 35.5: the model covers 2025 to 2030; give --declination",
        ),
        (
            T::NoUtmZone { lat: 85.0 },
            "grid bearings need a UTM zone; the benchmark at lat 85 is outside 80°S–84°N",
        ),
        (
            T::OffTheMap {
                leg: 3,
                lon: 35.5,
                lat: 95.25,
            },
            "leg 3 ends off the map (lon 35.5, lat 95.25)",
        ),
        (
            T::TooFewPoints(2),
            "the perimeter has 2 distinct points; an area needs at least 3",
        ),
        (
            T::SelfIntersecting {
                lon: 35.5,
                lat: 33.25,
            },
            "the perimeter crosses itself near lon 35.500000, lat 33.250000; check the legs",
        ),
        (
            T::Polygon("has no area".to_owned()),
            "the perimeter has no area",
        ),
    ];
    english_is_the_display(&cases);
    for (e, _) in &cases {
        translated(e);
    }
    // Distances written as Russian writes numbers; positions as given.
    let ru = Messages::new(Language::Ru);
    assert_eq!(
        T::Distance {
            leg: 4,
            value: -12.5
        }
        .text_in(&ru),
        "ход 4: расстояние -12,5 м должно быть конечным неотрицательным числом"
    );
    assert_eq!(
        T::Order {
            leg: 1,
            kind: SurveyPointType::Turning,
            why: "the first leg must be of kind start (benchmark to start point)",
        }
        .text_in(&Messages::new(Language::Ar)),
        "الضلع 1: النوع turning: يجب أن يكون الضلع الأول من النوع start (من العلامة المرجعية إلى نقطة البداية)"
    );
}

#[test]
fn gps_and_average_errors_in_english_are_their_display() {
    use clearfield::geom::fixes::AverageError;
    use clearfield::io::nmea::{Counts, GpsError};
    let counts = Counts {
        lines: 12,
        bad_checksum: 1,
        no_fix: 2,
        ignored: 3,
        not_nmea: 0,
        unreadable: 0,
    };
    let noise = Counts {
        lines: 4,
        not_nmea: 3,
        unreadable: 1,
        ..Counts::default()
    };
    let what = || "GPS receiver on COM3".to_owned();
    let average = AverageError::OutOfRange {
        index: 2,
        lon: 200.5,
        lat: 33.0,
    };
    english_is_the_display(&[
        (AverageError::NoFix, "no valid fix to average"),
        (
            average.clone(),
            "fix 2: lon 200.5, lat 33 is not a position (lon -180..180, lat -90..90)",
        ),
    ]);
    let cases = vec![
        (
            GpsError::Open {
                what: what(),
                reason: "Access is denied.".to_owned(),
            },
            "no GPS receiver on COM3: Access is denied.",
        ),
        (
            GpsError::Silent {
                what: what(),
                secs: 10,
            },
            "no GPS receiver on COM3: nothing received in 10 s",
        ),
        (
            GpsError::TooFew {
                what: what(),
                wanted: 10,
                got: 3,
                secs: 30,
                counts,
            },
            "GPS receiver on COM3: 3 of 10 valid fixes in 30 s (12 lines read, 1 with a bad checksum, 2 GGA without a fix, 3 other sentences)",
        ),
        (
            GpsError::NoFix {
                what: what(),
                counts: noise,
            },
            "GPS receiver on COM3: no valid fix in it (4 lines read, none of them NMEA 0183 (a serial port at the wrong baud rate?))",
        ),
        (
            GpsError::Read {
                what: what(),
                reason: "device unplugged".to_owned(),
            },
            "GPS receiver on COM3: cannot read: device unplugged",
        ),
        (
            GpsError::Average {
                what: what(),
                error: average,
            },
            "GPS receiver on COM3: fix 2: lon 200.5, lat 33 is not a position (lon -180..180, lat -90..90)",
        ),
    ];
    english_is_the_display(&cases);
    assert_eq!(
        GpsError::TooFew {
            what: what(),
            wanted: 10,
            got: 3,
            secs: 30,
            counts,
        }
        .text_in(&Messages::new(Language::Ka)),
        "GPS receiver on COM3: სწორი ათვლები 3 / 10 30 წმ-ში (წაკითხული სტრიქონები: 12, არასწორი საკონტროლო ჯამით: 1, GGA მდებარეობის გარეშე: 2, სხვა წინადადებები: 3)"
    );
    translated(&AverageError::NoFix);
}

#[test]
fn hub_report_and_export_errors_in_english_are_their_display() {
    use clearfield::exchange::ExportError;
    use clearfield::hub::HubError as H;
    use clearfield::report::ReportError;
    let url = || "postgres://hq.example/clearfield".to_owned();
    let cases = vec![
        (
            H::Connect {
                url: url(),
                reason: "connection refused".to_owned(),
            },
            "postgres://hq.example/clearfield: cannot connect: connection refused",
        ),
        (
            H::NotAHub { url: url() },
            "postgres://hq.example/clearfield: not a Clearfield hub; create it with `clearfield hub init postgres://hq.example/clearfield`",
        ),
        (
            H::Schema {
                url: url(),
                found: 1,
                supported: 3,
            },
            "postgres://hq.example/clearfield: hub schema 1, this build works with schema 3; upgrade it with `clearfield hub init`",
        ),
        (
            H::Schema {
                url: url(),
                found: 4,
                supported: 3,
            },
            "postgres://hq.example/clearfield: hub schema 4, this build works with schema 3; use a newer Clearfield",
        ),
        (
            H::BadVersion {
                version_id: "v7".to_owned(),
                record_id: "r1".to_owned(),
                reason: "bad JSON".to_owned(),
            },
            "version v7 of r1: bad JSON",
        ),
        (
            H::PhotoDiffers {
                uuid: "p1".to_owned(),
            },
            "photo p1 has different bytes in the file and the hub; nothing was sent",
        ),
        (
            H::Url {
                url: url(),
                reason: "no host".to_owned(),
            },
            "postgres://hq.example/clearfield: no host",
        ),
    ];
    english_is_the_display(&cases);
    for (e, _) in &cases {
        if !matches!(e, H::Url { .. }) {
            translated(e);
        }
    }
    let period = ReportError::Period {
        from: NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
        to: NaiveDate::from_ymd_opt(2026, 5, 1).unwrap(),
    };
    english_is_the_display(&[(period, "--from 2026-06-01 is after --to 2026-05-01")]);
    assert_eq!(
        ReportError::Period {
            from: NaiveDate::from_ymd_opt(2026, 6, 1).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 5, 1).unwrap(),
        }
        .text_in(&Messages::new(Language::Ru)),
        "--from 1 июня 2026 позже --to 1 мая 2026"
    );
    let missing = || clearfield::store::StoreError::Missing("/data/a.gpkg".into());
    english_is_the_display(&[
        (
            ExportError::Store(missing()),
            "/data/a.gpkg: no such file; create it with `clearfield init`",
        ),
        (
            ExportError::Io(std::io::Error::other("disk full")),
            "disk full",
        ),
    ]);
    english_is_the_display(&[(
        H::Store(missing()),
        "/data/a.gpkg: no such file; create it with `clearfield init`",
    )]);
}

/// Every geometry problem (and each way of naming a ring) with its English text.
fn geometry_problems() -> Vec<(GeometryProblem, &'static str)> {
    use GeometryProblem as G;
    vec![
        (G::Empty, "is empty"),
        (
            G::NonFinite {
                part: Part::ExteriorRing,
                index: 2,
            },
            "exterior ring: coordinate 2 is not a finite number",
        ),
        (
            G::OutOfRange {
                part: Part::InteriorRing(1),
                index: 0,
                lon: 720000.5,
                lat: 3680000.0,
                hint: Hint::ProjectedMetres,
            },
            "interior ring 1: coordinate 0 (lon 720000.5, lat 3680000) is outside lon -180..180, \
             lat -90..90 (these look like projected metres, e.g. UTM; give WGS84 lon/lat degrees)",
        ),
        (
            G::OutOfRange {
                part: Part::PolygonExteriorRing(2),
                index: 3,
                lon: 33.5,
                lat: 135.25,
                hint: Hint::Swapped,
            },
            "polygon 2: exterior ring: coordinate 3 (lon 33.5, lat 135.25) is outside lon \
             -180..180, lat -90..90 (longitude and latitude may be swapped; the order is lon, lat)",
        ),
        (
            G::OutOfRange {
                part: Part::Point,
                index: 0,
                lon: 200.5,
                lat: 95.0,
                hint: Hint::NoGuess,
            },
            "point: coordinate 0 (lon 200.5, lat 95) is outside lon -180..180, lat -90..90",
        ),
        (
            G::SelfIntersection {
                polygon: 0,
                ring: Part::Boundary,
                lon: 35.05,
                lat: 33.05,
            },
            "the boundary crosses itself near lon 35.05000, lat 33.05000",
        ),
        (
            G::CrossesAntimeridian {
                part: Part::PolygonInteriorRing(1, 2),
                index: 0,
                from: 179.9,
                to: -179.9,
            },
            "polygon 1: interior ring 2: the edge from coordinate 0 (lon 179.9) to the next \
             (lon -179.9) spans more than 180° of longitude; split a boundary that crosses the \
             antimeridian at 180° (RFC 7946 §3.1.9)",
        ),
        (
            G::ZeroArea {
                part: Part::ExteriorRing,
            },
            "exterior ring encloses no area: its points are all on one line",
        ),
        (
            G::WholeWorld {
                part: Part::ExteriorRing,
            },
            "exterior ring covers the whole world (lon -180..180, lat -90..90); a hazard area \
             over half the Earth is never right",
        ),
        (
            G::OverHalfTheEarth {
                part: Part::ExteriorRing,
                percent: 86.64,
            },
            "exterior ring encloses 86.6 % of the Earth's surface; a hazard area over half the \
             Earth is never right",
        ),
        (
            G::Topology(Topology::TooFewCorners(Part::Hole(2))),
            "hole 2 has fewer than 3 distinct corners",
        ),
        (
            G::Topology(Topology::CrossesItself(Part::PartBoundary(3))),
            "part 3's boundary crosses itself",
        ),
        (
            G::Topology(Topology::NotANumber {
                ring: Part::PartHole(3, 1),
                corner: 4,
            }),
            "part 3's hole 1 has a coordinate that is not a number (corner 4)",
        ),
        (
            G::Topology(Topology::HoleOutside {
                hole: Part::Hole(1),
                boundary: Part::Boundary,
            }),
            "hole 1 is not inside the boundary",
        ),
        (
            G::Topology(Topology::RingsShareAnEdge(
                Part::PartBoundary(2),
                Part::PartHole(2, 1),
            )),
            "part 2's boundary and part 2's hole 1 share an edge",
        ),
        (
            G::Topology(Topology::RingsOverlap(Part::Hole(1), Part::Hole(2))),
            "hole 1 and hole 2 overlap",
        ),
        (
            G::Topology(Topology::PartsOverlap(1, 2)),
            "parts 1 and 2 overlap",
        ),
        (
            G::Topology(Topology::PartsShareAnEdge(2, 3)),
            "parts 2 and 3 share an edge",
        ),
    ]
}

#[test]
fn geometry_problems_in_english_are_their_display() {
    let cases = geometry_problems();
    english_is_the_display(&cases);
    for (problem, _) in &cases {
        translated(problem);
    }
    // Carried typed to the user: the field error says it in the language chosen.
    let (bowtie, english) = &cases[5];
    let reason = FieldReason::Shape(bowtie.clone());
    english_is_the_display(&[(reason.clone(), *english)]);
    assert_eq!(
        reason.text_in(&Messages::new(Language::Ru)),
        "граница: самопересечение около долготы 35.05000, широты 33.05000"
    );
    // A ring of projected metres refused on import, in Russian.
    let projected = clearfield::exchange::ProblemReason::ProjectedRing(Part::ExteriorRing);
    assert_eq!(
        projected.text_in(&Messages::new(Language::Ru)),
        "геометрия: внешнее кольцо: координаты похожи на метры проекции (например, UTM), а не \
         на градусы долготы и широты WGS84: сначала перепроецируйте (ogr2ogr -t_srs EPSG:4326 \
         out.geojson in.geojson)"
    );
}

#[test]
fn geometry_problems_in_arabic_georgian_and_russian() {
    let over_half = GeometryProblem::OverHalfTheEarth {
        part: Part::PolygonExteriorRing(2),
        percent: 86.64,
    };
    let hole_outside = GeometryProblem::Topology(Topology::HoleOutside {
        hole: Part::PartHole(2, 1),
        boundary: Part::PartBoundary(2),
    });
    let swapped = GeometryProblem::OutOfRange {
        part: Part::Point,
        index: 0,
        lon: 33.5,
        lat: 135.25,
        hint: Hint::Swapped,
    };
    let ru = Messages::new(Language::Ru);
    // The share of the Earth written for the language; coordinates keep their dot.
    assert_eq!(
        over_half.text_in(&ru),
        "полигон 2: внешнее кольцо: охватывает 86,6 % поверхности Земли; опасный район больше \
         половины Земли — всегда ошибка"
    );
    assert_eq!(
        hole_outside.text_in(&ru),
        "дыра 1 части 2: не внутри внешнего контура (граница части 2)"
    );
    assert_eq!(
        swapped.text_in(&ru),
        "точка: координата 0 (долгота 33.5, широта 135.25) вне диапазона долгота -180..180, \
         широта -90..90 (возможно, долгота и широта переставлены; порядок: долгота, широта)"
    );
    assert_eq!(
        hole_outside.text_in(&Messages::new(Language::Ka)),
        "ნაწილი 2, ხვრელი 1: არ არის გარე კონტურის შიგნით (ნაწილი 2, საზღვარი)"
    );
    assert_eq!(
        hole_outside.text_in(&Messages::new(Language::Ar)),
        "الثقب 1 من الجزء 2: ليس داخل الحدود الخارجية (حدود الجزء 2)"
    );
}

/// `clearfield --lang ru add hazard …` with a bowtie: the Russian line (`cli-not-added`,
/// `err-field-error`, `err-geometry-self-intersection`, `geom-part-boundary`) and status 1,
/// as in English.
#[test]
fn a_crossing_boundary_in_russian_on_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    common::ok(&db, &["init"]);
    let add = |lang: &str| {
        common::run(
            &db,
            &[
                "--lang",
                lang,
                "add",
                "hazard",
                "--name",
                "Bowtie",
                "--classification",
                "SHA",
                "--surveyed-on",
                "2023-04-02",
                "--region",
                "Marjayoun",
                "--geometry",
                "POLYGON((0 0, 1 1, 1 0, 0 1, 0 0))",
            ],
        )
    };
    let ru = add("ru");
    let en = add("en");
    assert_eq!(
        String::from_utf8(en.stderr).unwrap(),
        "clearfield: hazard area not added: geometry: the boundary crosses itself near lon \
         0.50000, lat 0.50000\n"
    );
    assert_eq!(en.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(ru.stderr).unwrap(),
        "clearfield: не добавлено: опасный район: geometry: граница: самопересечение около \
         долготы 0.50000, широты 0.50000\n"
    );
    assert_eq!(ru.status.code(), Some(1));
}
