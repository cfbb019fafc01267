//! What the library's results say, in the chosen language (issue #15): the lines of an
//! import, an export, a merge and a sync, said the same by the command line and the app.
//! Each line comes from the catalogue; in English they are the lines the command line
//! printed before the catalogues.

use std::path::Path;

use crate::exchange::{ImportSummary, Written};
use crate::hub::SyncSummary;
use crate::i18n::Messages;
use crate::model::RecordKind;
use crate::store::merge::{MergeChange, MergeSummary, MergedRecord};

/// A record kind's name in the language: "hazard area".
///
/// ```
/// use clearfield::i18n::{Language, Messages};
/// use clearfield::model::RecordKind;
/// let ru = Messages::new(Language::Ru);
/// assert_eq!(clearfield::said::kind_name(&ru, RecordKind::HazardArea), "опасный район");
/// ```
pub fn kind_name(msgs: &Messages, kind: RecordKind) -> String {
    let key = match kind {
        RecordKind::HazardArea => "kind-hazard-area",
        RecordKind::LandRelease => "kind-land-release",
        RecordKind::OrdnanceFind => "kind-ordnance-find",
        RecordKind::SurveyPoint => "kind-survey-point",
        RecordKind::EvidencePoint => "kind-evidence-point",
    };
    msgs.text(key, &[])
}

/// Counts of records by kind, with the language's plurals; survey and evidence points
/// only when there are some.
///
/// ```
/// use clearfield::i18n::{Language, Messages};
/// use clearfield::said::counts;
/// let en = Messages::new(Language::En);
/// assert_eq!(counts(&en, &[1, 2, 3, 0, 0]), "1 hazard area, 2 land releases, 3 ordnance finds");
/// assert_eq!(
///     counts(&en, &[1, 0, 0, 6, 1]),
///     "1 hazard area, 0 land releases, 0 ordnance finds, 6 survey points, 1 evidence point"
/// );
/// ```
pub fn counts(msgs: &Messages, counts: &[usize; RecordKind::COUNT]) -> String {
    let mut parts = Vec::new();
    for kind in RecordKind::ALL {
        let n = counts[kind.index()];
        let optional = matches!(kind, RecordKind::SurveyPoint | RecordKind::EvidencePoint);
        if n > 0 || !optional {
            let key = match kind {
                RecordKind::HazardArea => "count-hazard-area",
                RecordKind::LandRelease => "count-land-release",
                RecordKind::OrdnanceFind => "count-ordnance-find",
                RecordKind::SurveyPoint => "count-survey-point",
                RecordKind::EvidencePoint => "count-evidence-point",
            };
            parts.push(msgs.text(key, &[("count", n.into())]));
        }
    }
    parts.join(&msgs.text("list-separator", &[]))
}

/// An import in one line: what came in from `file`, what was there unchanged, how many
/// records were updated (when `update`, or when some were) and kept deleted.
pub fn imported(summary: &ImportSummary, file: &str, update: bool, msgs: &Messages) -> String {
    let mut line = msgs.text(
        "cli-imported",
        &[
            ("counts", counts(msgs, &summary.added).into()),
            ("file", file.into()),
            ("unchanged", summary.unchanged.into()),
        ],
    );
    if update || summary.updated > 0 {
        line.push_str(&msgs.text("cli-imported-updated", &[("count", summary.updated.into())]));
    }
    if summary.kept_deleted > 0 {
        line.push_str(&msgs.text(
            "cli-imported-kept-deleted",
            &[("count", summary.kept_deleted.into())],
        ));
    }
    line
}

/// What an export wrote, in one line.
pub fn written(written: &Written, msgs: &Messages) -> String {
    match written {
        Written::Records {
            counts: n,
            to,
            routes,
        } => {
            let counts = counts(msgs, n);
            match routes {
                _ if to.is_empty() => {
                    msgs.text("cli-exported-nothing", &[("counts", counts.into())])
                }
                Some(r) => msgs.text(
                    "cli-exported-routes",
                    &[
                        ("counts", counts.into()),
                        ("file", to.as_str().into()),
                        ("routes", (*r).into()),
                    ],
                ),
                None => msgs.text(
                    "cli-exported",
                    &[("counts", counts.into()), ("file", to.as_str().into())],
                ),
            }
        }
        Written::Photos { count, folder } => msgs.text(
            "cli-wrote-photos",
            &[
                ("count", (*count).into()),
                ("folder", folder.display().to_string().into()),
            ],
        ),
    }
}

/// A merge of `other` in one line: "merged b.gpkg: 3 versions received; …".
pub fn merged(m: &MergeSummary, other: &Path, msgs: &Messages) -> String {
    let key = if m.dry_run {
        "cli-would-merge"
    } else {
        "cli-merged"
    };
    msgs.text(
        key,
        &[
            ("file", other.display().to_string().into()),
            (
                "versions",
                msgs.text("count-versions", &[("count", m.versions_received.into())])
                    .into(),
            ),
            (
                "records",
                msgs.text("count-records", &[("count", m.added.into())])
                    .into(),
            ),
            ("changed", m.updated.into()),
            ("deleted", m.deleted.into()),
            ("conflicts", m.conflicts.len().into()),
        ],
    )
}

/// What a merge did to one record: "add hazard area "North" 6e042450-…".
pub fn merged_record(r: &MergedRecord, msgs: &Messages) -> String {
    let key = match r.change {
        MergeChange::Added => "merge-add",
        MergeChange::Changed => "merge-change",
        MergeChange::Deleted => "merge-delete",
        MergeChange::InConflict => "merge-conflict-on",
    };
    let name = r
        .name
        .as_deref()
        .map(|n| format!(" {:?}", crate::io::text::cut(n)))
        .unwrap_or_default();
    msgs.text(
        key,
        &[
            ("kind", kind_name(msgs, r.kind).into()),
            ("name", name.into()),
            ("id", r.id.to_string().into()),
        ],
    )
}

/// A record left in conflict: "conflict: hazard area 6e04… (see `clearfield conflicts`)".
pub fn conflict(kind: RecordKind, id: uuid::Uuid, msgs: &Messages) -> String {
    msgs.text(
        "cli-conflict",
        &[
            ("kind", kind_name(msgs, kind).into()),
            ("id", id.to_string().into()),
        ],
    )
}

/// A sync with the hub `hub` in one line: "synced with …: 3 versions sent, 2 received; …".
pub fn synced(s: &SyncSummary, hub: &str, msgs: &Messages) -> String {
    let r = &s.received;
    msgs.text(
        "cli-synced",
        &[
            ("hub", hub.into()),
            (
                "sent",
                msgs.text("count-versions", &[("count", s.sent.into())])
                    .into(),
            ),
            ("received", r.versions_received.into()),
            (
                "records",
                msgs.text("count-records", &[("count", r.added.into())])
                    .into(),
            ),
            ("changed", r.updated.into()),
            ("deleted", r.deleted.into()),
            ("conflicts", r.conflicts.len().into()),
        ],
    )
}

/// A sync as the command line and the app say it: [`synced`], then the photos sent and
/// received (when any), the programme settings the hub wrote, the first `most` records
/// changed here (and how many more) and the records in conflict.
pub fn sync_lines(s: &SyncSummary, hub: &str, most: usize, msgs: &Messages) -> Vec<String> {
    let mut out = vec![synced(s, hub, msgs)];
    let r = &s.received;
    if s.photos_sent + s.photo_changes_sent + r.photos_received + r.photo_changes_received > 0 {
        out.push(msgs.text(
            "sync-photos",
            &[
                ("sent", s.photos_sent.into()),
                ("received", r.photos_received.into()),
                ("changes_sent", s.photo_changes_sent.into()),
                ("changes_received", r.photo_changes_received.into()),
            ],
        ));
    }
    for (key, value) in &r.settings_changed {
        out.push(msgs.text(
            "sync-setting",
            &[
                ("key", key.as_str().into()),
                ("value", crate::io::text::printable(value).into()),
            ],
        ));
    }
    for m in r.records.iter().take(most) {
        out.push(crate::io::text::printable(&merged_record(m, msgs)));
    }
    if r.records.len() > most {
        out.push(msgs.text("said-more", &[("count", (r.records.len() - most).into())]));
    }
    for (kind, id) in &r.conflicts {
        out.push(conflict(*kind, *id, msgs));
    }
    out
}
