//! The rule that decides a record's state from its versions, pure: used by the file merge
//! (`store::merge`) and by the hub (`hub`), so a file and a hub holding the same versions show
//! the same record and the same conflicts.
//!
//! Every change of a record is a version naming the versions it was made from (`parents`).
//! A record's current versions ("heads") are those no other version names as a parent: one
//! head is an agreed state; two or more are a conflict (edited in two places since they last
//! shared a version). The record shown is the head changed last (ties: the larger
//! version_id), and a deletion shows as no record. This depends only on the set of versions,
//! so merging or syncing in any order, or twice, gives the same records.
//!
//! Equal content is not a conflict: heads that say the same (the same operation kind and the
//! same record, stamps aside) are one state reached twice, as when HQ sends one baseline to
//! every team and each imports it; and a head whose state an ancestor of another head
//! already had is that line's past, not a competitor (see [`heads`]).

use std::collections::{HashMap, HashSet};

/// A version as a change log holds it, every field as its text: what a file and a hub
/// exchange. The texts travel unchanged, so a version is the same bytes everywhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogEntry {
    /// Unique across every file.
    pub version_id: String,
    /// `hazard_area`, `land_release`, … (`RecordKind::as_str`).
    pub record_kind: String,
    /// The record's UUID as text.
    pub record_id: String,
    /// `insert`, `update` or `delete`.
    pub operation: String,
    /// When it was made (ISO 8601 UTC, as the file stamped it).
    pub changed_at: String,
    /// By whom.
    pub changed_by: String,
    /// The record as this version has it: JSON text.
    pub record: String,
    /// The versions it was made from: a JSON array of version_ids, as text.
    pub parents: String,
}

/// A version as the rule needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    /// The version.
    pub version_id: String,
    /// The versions it was made from.
    pub parents: Vec<String>,
    /// When it was made.
    pub changed_at: String,
    /// `insert`, `update` or `delete`.
    pub operation: String,
    /// What the version says ([`content`]): deleted or not, and the record without stamps.
    pub content: String,
    /// Its position in the log it was read from.
    pub seq: i64,
    /// Brought in by the merge or sync at work (the file's own versions are not).
    pub incoming: bool,
}

impl Version {
    /// The version of a log entry at position `seq`, with its [`content`]. Parents that are
    /// not a JSON array of strings count as none.
    pub fn of(entry: &LogEntry, seq: i64, incoming: bool) -> Version {
        Version {
            version_id: entry.version_id.clone(),
            parents: serde_json::from_str(&entry.parents).unwrap_or_default(),
            changed_at: entry.changed_at.clone(),
            operation: entry.operation.clone(),
            content: content(&entry.operation, &entry.record),
            seq,
            incoming,
        }
    }
}

/// What a version says, for telling equal states apart: `1` for a deletion or `0`, then the
/// record's JSON without its stamps (`created_at`, `modified_at`, `modified_by`), keys in
/// their order. A record that is not a JSON object is taken whole.
pub fn content(operation: &str, record: &str) -> String {
    let deleted = if operation == "delete" { '1' } else { '0' };
    match serde_json::from_str::<serde_json::Value>(record) {
        Ok(serde_json::Value::Object(mut map)) => {
            for stamp in ["created_at", "modified_at", "modified_by"] {
                map.shift_remove(stamp);
            }
            format!("{deleted}{}", serde_json::Value::Object(map))
        }
        _ => format!("{deleted}{record}"),
    }
}

/// Which of two versions was changed later (ties: the larger version_id).
fn later(a: &Version, b: &Version) -> std::cmp::Ordering {
    (&a.changed_at, &a.version_id).cmp(&(&b.changed_at, &b.version_id))
}

/// The heads of a record's versions (those no other version names as a parent), less those
/// that say nothing new, and the one shown (changed last; ties: the larger version_id).
///
/// A head says nothing new when another head says the same (one state reached twice: both
/// files imported one baseline) or when an ancestor of another head said the same (that
/// line went on from this state). Two or more heads left are a conflict. This depends only
/// on the set of versions, so every merge order agrees.
pub fn heads(versions: &[Version]) -> (Vec<&Version>, Option<&Version>) {
    let named: HashSet<&str> = versions
        .iter()
        .flat_map(|v| v.parents.iter().map(String::as_str))
        .collect();
    let mut raw: Vec<&Version> = versions
        .iter()
        .filter(|v| !named.contains(v.version_id.as_str()))
        .collect();
    // Latest first, so the one kept of equal heads is the one the rule would show.
    raw.sort_by(|a, b| later(b, a));
    let by_id: HashMap<&str, &Version> = versions
        .iter()
        .map(|v| (v.version_id.as_str(), v))
        .collect();
    // The contents a version's line went through before it.
    let past_of = |head: &Version| -> HashSet<&str> {
        let mut seen: HashSet<&str> = HashSet::new();
        let mut stack: Vec<&str> = head.parents.iter().map(String::as_str).collect();
        let mut contents = HashSet::new();
        while let Some(id) = stack.pop() {
            if !seen.insert(id) {
                continue;
            }
            if let Some(v) = by_id.get(id) {
                contents.insert(v.content.as_str());
                stack.extend(v.parents.iter().map(String::as_str));
            }
        }
        contents
    };
    // Equal heads are one state, reached on several lines: its past is all of theirs.
    let mut states: Vec<(&Version, HashSet<&str>)> = Vec::new();
    for h in raw {
        let past = past_of(h);
        match states.iter_mut().find(|(k, _)| k.content == h.content) {
            Some((_, p)) => p.extend(past),
            None => states.push((h, past)),
        }
    }
    // A state is left behind when another head's line went on from it, and that head's own
    // state is not in its past: two heads each in the other's past (edited back and forth)
    // both stay, and so does any third head's disagreement with them.
    let current: Vec<&Version> = states
        .iter()
        .enumerate()
        .filter(|(i, (h, own_past))| {
            !states.iter().enumerate().any(|(j, (g, past))| {
                j != *i
                    && past.contains(h.content.as_str())
                    && !own_past.contains(g.content.as_str())
            })
        })
        .map(|(_, (h, _))| *h)
        .collect();
    let heads = if current.is_empty() {
        states.into_iter().map(|(h, _)| h).collect()
    } else {
        current
    };
    let shown = heads.iter().copied().max_by(|a, b| later(a, b));
    (heads, shown)
}

/// The version a file showed before a merge: the latest of its own heads (versions not
/// `incoming`).
pub fn mine_shown(versions: &[Version]) -> Option<&Version> {
    let named: HashSet<&str> = versions
        .iter()
        .filter(|v| !v.incoming)
        .flat_map(|v| v.parents.iter().map(String::as_str))
        .collect();
    versions
        .iter()
        .filter(|v| !v.incoming && !named.contains(v.version_id.as_str()))
        .max_by(|a, b| later(a, b))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A version `id` saying `content`, made from `parents`, at minute `at`.
    fn v(id: &str, content: &str, parents: &[&str], at: u32) -> Version {
        Version {
            version_id: id.to_owned(),
            parents: parents.iter().map(|p| (*p).to_owned()).collect(),
            changed_at: format!("2026-01-01T00:{at:02}:00Z"),
            operation: "update".to_owned(),
            content: content.to_owned(),
            seq: i64::from(at),
            incoming: false,
        }
    }

    fn ids<'a>(heads: &[&'a Version]) -> Vec<&'a str> {
        let mut ids: Vec<&str> = heads.iter().map(|h| h.version_id.as_str()).collect();
        ids.sort_unstable();
        ids
    }

    #[test]
    fn one_baseline_imported_twice_then_edited_is_no_conflict() {
        let versions = [
            v("a1", "A", &[], 1),
            v("a2", "A", &[], 2),
            v("e", "E", &["a2"], 3),
        ];
        let (heads, shown) = heads(&versions);
        assert_eq!(ids(&heads), ["e"]);
        assert_eq!(shown.map(|s| s.version_id.as_str()), Some("e"));
    }

    #[test]
    fn edited_back_and_forth_against_an_edit_stays_a_conflict() {
        // X: A → B. Y: A → B → A. Each head's state is in the other's past.
        let versions = [
            v("a", "A", &[], 1),
            v("xb", "B", &["a"], 2),
            v("yb", "B", &["a"], 3),
            v("ya", "A", &["yb"], 4),
        ];
        assert_eq!(ids(&heads(&versions).0), ["xb", "ya"]);
    }

    /// Found in review: with a third team's edit, the two heads above used to leave each
    /// other out, and the third was shown with no conflict at all.
    #[test]
    fn a_third_teams_edit_does_not_settle_a_disagreement() {
        // X: A → B. Y: A → B → A. Z: A → C.
        let versions = [
            v("a", "A", &[], 1),
            v("xb", "B", &["a"], 2),
            v("yb", "B", &["a"], 3),
            v("ya", "A", &["yb"], 4),
            v("zc", "C", &["a"], 5),
        ];
        let (heads, _) = heads(&versions);
        // Y went back to the baseline Z went on from: Y's state is left behind; B and C
        // disagree.
        assert_eq!(ids(&heads), ["xb", "zc"]);
    }

    #[test]
    fn an_equal_heads_past_counts_for_the_state_whichever_copy_is_kept() {
        // Two copies of state B: the later one (kept) has no past, the earlier one went
        // through C. A head saying C is behind B's line and is left out.
        let versions = [
            v("c", "C", &[], 1),
            v("b1", "B", &["c"], 2),
            v("b2", "B", &[], 3),
            v("c2", "C", &[], 4),
        ];
        assert_eq!(ids(&heads(&versions).0), ["b2"]);
    }

    #[test]
    fn stamps_do_not_count_in_content_and_key_order_is_kept() {
        let a = content(
            "update",
            r#"{"id":"x","name":"N","depth_cm":10.50,"created_at":"1","modified_at":"2","modified_by":"a"}"#,
        );
        assert_eq!(a, r#"0{"id":"x","name":"N","depth_cm":10.50}"#);
        assert_eq!(
            content("delete", r#"{"id":"x","modified_by":"b"}"#),
            r#"1{"id":"x"}"#
        );
        assert_eq!(content("update", "not json"), "0not json");
    }
}
