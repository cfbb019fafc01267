//! [`StoreError`] in the user's language (issue #15): each variant a catalogue key
//! `err-store-error-…`, its paths, ids and values as they are. What SQLite, the system or
//! a merge's own check words (a damaged file's details, an OS error, a row's problem) is
//! put in as it is worded.

use super::{CURRENT_VERSION, StoreError};
use crate::i18n::{Arg, Localized, Messages};
use crate::model::RecordKind;

impl Localized for StoreError {
    fn text_in(&self, m: &Messages) -> String {
        file_level(self, m)
            .or_else(|| record_level(self, m))
            .unwrap_or_else(|| self.to_string())
    }
}

/// `err-store-error-KEY` with `args`.
fn say(m: &Messages, key: &str, args: &[(&str, Arg)]) -> Option<String> {
    Some(m.text(&format!("err-store-error-{key}"), args))
}

/// A path as the English text writes it.
fn shown(path: &std::path::Path) -> Arg<'static> {
    path.display().to_string().into()
}

/// A record kind as the app names it, in the language.
fn kind_in(m: &Messages, kind: RecordKind) -> Arg<'static> {
    m.text(&format!("app-kind-{}", kind.as_str()), &[]).into()
}

/// An English fragment the store words (what a file is, what was asked of it) in the
/// language, when it is one the catalogues have; else as it is.
fn fragment(m: &Messages, english: &'static str) -> Arg<'static> {
    let key = match english {
        "a GeoPackage" => "err-store-what-geopackage",
        "an SQLite database" => "err-store-what-sqlite",
        "upgrade its schema" => "err-store-wanted-upgrade",
        "change it" => "err-store-wanted-change",
        other => return other.into(),
    };
    m.text(key, &[]).into()
}

/// The errors about the file as a whole.
fn file_level(e: &StoreError, m: &Messages) -> Option<String> {
    match e {
        StoreError::Missing(path) => say(m, "missing", &[("path", shown(path))]),
        StoreError::Exists(path) => say(m, "exists", &[("path", shown(path))]),
        StoreError::NotADatabase { path, reason } => say(
            m,
            "not-a-database",
            &[("path", shown(path)), ("reason", reason.as_str().into())],
        ),
        StoreError::NotOurs { path, what } => say(
            m,
            "not-ours",
            &[("path", shown(path)), ("what", fragment(m, what))],
        ),
        StoreError::TooNew {
            path,
            found,
            supported,
        } => say(
            m,
            "too-new",
            &[
                ("path", shown(path)),
                ("found", found.to_string().into()),
                ("supported", supported.to_string().into()),
            ],
        ),
        StoreError::BadVersion { path, found } => say(
            m,
            "bad-version",
            &[
                ("path", shown(path)),
                ("found", format!("{found:?}").into()),
            ],
        ),
        StoreError::Corrupt { path, details } => say(
            m,
            "corrupt",
            &[("path", shown(path)), ("details", details.as_str().into())],
        ),
        StoreError::ReadOnly { path, wanted } => say(
            m,
            "read-only",
            &[("path", shown(path)), ("wanted", fragment(m, wanted))],
        ),
        StoreError::SharedReadOnly(path) => say(m, "shared-read-only", &[("path", shown(path))]),
        StoreError::NeedsUpgrade { path, found } => say(
            m,
            "needs-upgrade",
            &[
                ("path", shown(path)),
                ("found", found.to_string().into()),
                ("current", CURRENT_VERSION.to_string().into()),
            ],
        ),
        StoreError::ReadOnlyWal(path) => say(m, "read-only-wal", &[("path", shown(path))]),
        StoreError::MergeRefused { path, reason } => say(
            m,
            "merge-refused",
            &[("path", shown(path)), ("reason", reason.as_str().into())],
        ),
        StoreError::NoSuchFile(path) => say(m, "no-such-file", &[("path", shown(path))]),
        StoreError::NotAPhoto(file) => say(m, "not-a-photo", &[("file", file.as_str().into())]),
        _ => None,
    }
}

/// The errors about a record, a photo or a setting.
fn record_level(e: &StoreError, m: &Messages) -> Option<String> {
    let id = |u: &uuid::Uuid| -> Arg<'static> { u.to_string().into() };
    match e {
        StoreError::NotFound(u) => say(m, "not-found", &[("id", id(u))]),
        StoreError::ChangedSince(u) => say(m, "changed-since", &[("id", id(u))]),
        StoreError::InConflict(u) => say(m, "in-conflict", &[("id", id(u))]),
        StoreError::DuplicateId { kind, id: u } => say(
            m,
            "duplicate-id",
            &[("kind", kind.as_str().into()), ("id", id(u))],
        ),
        StoreError::NoSuchHazard {
            kind,
            id: u,
            field,
            hazard_id,
            target,
        } => say(
            m,
            if *target == "hazard area" {
                "no-such-hazard"
            } else {
                "no-such-hazard-or-release"
            },
            &[
                ("kind", kind.as_str().into()),
                ("id", id(u)),
                ("field", (*field).into()),
                ("hazard", id(hazard_id)),
            ],
        ),
        StoreError::Referenced {
            kind,
            id: u,
            releases,
            finds,
            points,
        } => say(
            m,
            "referenced",
            &[
                ("kind", kind_in(m, *kind)),
                ("id", id(u)),
                ("releases", (*releases).into()),
                ("finds", (*finds).into()),
                ("points", (*points).into()),
            ],
        ),
        StoreError::NoConflict(u) => say(m, "no-conflict", &[("id", id(u))]),
        StoreError::BadChoice { id: u, reason } => say(
            m,
            "bad-choice",
            &[("id", id(u)), ("reason", reason.as_str().into())],
        ),
        StoreError::NotInConflict {
            id: u,
            version,
            versions,
        } => say(
            m,
            "not-in-conflict",
            &[
                ("id", id(u)),
                ("version", format!("{version:?}").into()),
                ("versions", versions.as_str().into()),
            ],
        ),
        StoreError::NotAField { id: u, kind, field } => say(
            m,
            "not-a-field",
            &[
                ("id", id(u)),
                ("kind", kind_in(m, *kind)),
                ("field", format!("{field:?}").into()),
                ("fields", kind.fields().join(", ").into()),
            ],
        ),
        StoreError::DeletionHasNoFields {
            id: u,
            version,
            field,
        } => say(
            m,
            "deletion-has-no-fields",
            &[
                ("id", id(u)),
                ("version", version.as_str().into()),
                ("field", field.as_str().into()),
            ],
        ),
        StoreError::InvalidChoice {
            id: u,
            kind,
            invalid,
        } => say(
            m,
            "invalid-choice",
            &[
                ("id", id(u)),
                ("kind", kind_in(m, *kind)),
                ("invalid", invalid.text_in(m).into()),
            ],
        ),
        StoreError::BadSetting { key, value, reason } => say(
            m,
            "bad-setting",
            &[
                ("key", (*key).into()),
                ("value", format!("{value:?}").into()),
                ("reason", reason.as_str().into()),
            ],
        ),
        StoreError::NoSuchPhoto(u) => say(m, "no-such-photo", &[("id", id(u))]),
        StoreError::NotAttached { record, photo } => say(
            m,
            "not-attached",
            &[("record", id(record)), ("photo", id(photo))],
        ),
        StoreError::AlreadyAttached {
            file,
            record,
            photo,
        } => say(
            m,
            "already-attached",
            &[
                ("file", file.as_str().into()),
                ("record", id(record)),
                ("photo", id(photo)),
            ],
        ),
        _ => None,
    }
}
