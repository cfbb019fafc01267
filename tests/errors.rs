//! Issue #15: the reasons a record or a file is refused, in the user's language. Every
//! error that speaks the languages (`i18n::Localized`) says in English exactly what its
//! `Display` says (written out here), and the command line says it in the language chosen.

mod common;

use chrono::NaiveDate;
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
        (FieldReason::NoSuchDay, "is not a calendar date (no such day)"),
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
        (FieldReason::WholeOrZero, "must be a whole number, 0 or more"),
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
        (
            FieldReason::Geometry("is empty".to_owned()),
            "is empty",
        ),
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
