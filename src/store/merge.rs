//! Merging another Clearfield file into this one, record by record (UUID) and version by
//! version (version_id), with conflicts kept for the user to resolve; and backups.
//!
//! The rule that decides each record's heads, shown version and conflicts from its versions
//! is `crate::versions` (pure, shared with the hub's sync); this module reads and writes the
//! file around it.

use std::collections::HashSet;
use std::path::Path;

use rusqlite::{OptionalExtension, params};
use uuid::Uuid;

use super::{RecordKind, Store, StoreError, begin, columns, finish, table};
use crate::versions::{Version, heads, mine_shown};

/// What a merge did (or, for a dry run, would do).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeSummary {
    /// Versions copied from the other file.
    pub versions_received: usize,
    /// Records added.
    pub added: usize,
    /// Records whose shown version changed.
    pub updated: usize,
    /// Records deleted.
    pub deleted: usize,
    /// Records in conflict after the merge.
    pub conflicts: Vec<(RecordKind, Uuid)>,
    /// Photos copied from the other file.
    pub photos_received: usize,
    /// Attaches and detaches of photos copied from the other file.
    pub photo_changes_received: usize,
    /// Programme settings a hub wrote into the file (key, value now); a file merge leaves
    /// settings as they are.
    pub settings_changed: Vec<(String, String)>,
    /// Nothing was written.
    pub dry_run: bool,
    /// Each record added, changed, deleted or left in conflict, in the order the merge met
    /// them.
    pub records: Vec<MergedRecord>,
}

/// What a merge did to a record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeChange {
    /// It came from the other file.
    Added,
    /// Its shown version is now the other file's.
    Changed,
    /// The other file deleted it.
    Deleted,
    /// It was edited in both files: it waits in the conflicts for a choice.
    InConflict,
}

/// A record a merge added, changed or deleted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergedRecord {
    /// What happened to it.
    pub change: MergeChange,
    /// Its kind.
    pub kind: RecordKind,
    /// Its id.
    pub id: Uuid,
    /// Its name, when it has one.
    pub name: Option<String>,
}

/// One competing version of a record in conflict.
#[derive(Clone, Debug, PartialEq)]
pub struct ConflictVersion {
    /// The version.
    pub version_id: String,
    /// When it was made.
    pub changed_at: String,
    /// By whom.
    pub changed_by: String,
    /// `insert`, `update` or `delete`.
    pub operation: String,
    /// The record as that version has it.
    pub record: serde_json::Value,
}

/// A record edited in two files, waiting for the user.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The record.
    pub record_id: Uuid,
    /// Its kind.
    pub kind: RecordKind,
    /// The competing versions, oldest change first.
    pub versions: Vec<ConflictVersion>,
    /// The version this file had before the merge that found the conflict.
    pub mine: Option<String>,
    /// The version shown until it is resolved.
    pub shown: String,
}

impl Conflict {
    /// The record's name as the shown version has it (or else any version; a find by its
    /// type), when it has one.
    pub fn name(&self) -> Option<String> {
        let shown = self.versions.iter().find(|v| v.version_id == self.shown);
        let named = |key: &str| {
            shown
                .into_iter()
                .chain(&self.versions)
                .find_map(|v| v.record.get(key)?.as_str().map(str::to_owned))
        };
        named("name").or_else(|| named("ordnance_type"))
    }

    /// The record as a person knows it: its kind, its name ([`Conflict::name`]) and the
    /// start of its id: `hazard area "North A" · 11111111`.
    pub fn title(&self) -> String {
        let id = self.record_id.to_string();
        match self.name() {
            Some(n) => format!(
                "{} {:?} · {}",
                self.kind.label(),
                crate::io::text::cut(&n),
                &id[..8]
            ),
            None => format!("{} {}", self.kind.label(), &id[..8]),
        }
    }
}

/// Which version `resolve` keeps, or takes a field from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Keep {
    /// The version this file had.
    Mine,
    /// The other file's version (when there is exactly one).
    Theirs,
    /// This version (or the start of its id).
    Version(String),
}

/// A field `resolve` takes from another version than the one it keeps.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Take {
    /// One of the kind's fields ([`RecordKind::fields`]), or [`GEOM`] for the geometry.
    pub field: String,
    /// The version whose value it takes.
    pub from: Keep,
}

/// The name the geometry goes by when `resolve` takes it from a version, as one field.
pub const GEOM: &str = "geom";

impl ConflictVersion {
    /// Whether this version deletes the record (it then has no fields to give).
    pub fn deletes(&self) -> bool {
        self.operation == "delete"
    }

    /// When it was made, to the minute: `2026-12-02 01:50 UTC`.
    pub fn when(&self) -> String {
        let t = self.changed_at.get(..16).unwrap_or(&self.changed_at);
        format!("{} UTC", t.replacen('T', " ", 1))
    }

    /// The version's geometry, when it has one that can be read.
    pub fn geometry(&self) -> Option<geo_types::Geometry<f64>> {
        let blob = hex_decode(self.record.get(GEOM)?.as_str()?)?;
        super::gpkg::decode(&blob).ok()
    }

    /// A field's value as a person reads it (`-` when empty); the geometry as what it is,
    /// its size and where: `point 35.512000, 33.205000`, `51.7 ha, 4 vertices around
    /// 35.50250, 33.20500`.
    pub fn text(&self, field: &str) -> String {
        if field == GEOM {
            return match self.geometry() {
                Some(geo_types::Geometry::Point(p)) => format!("point {:.6}, {:.6}", p.x(), p.y()),
                Some(geo_types::Geometry::MultiPolygon(mp)) => {
                    use geo::Centroid;
                    let vertices: usize = mp
                        .iter()
                        .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
                        .map(|ring| ring.0.len().saturating_sub(1))
                        .sum();
                    let centre = mp
                        .centroid()
                        .map(|c| format!(" around {:.5}, {:.5}", c.x(), c.y()))
                        .unwrap_or_default();
                    format!(
                        "{}, {vertices} vertices{centre}",
                        crate::estimate::area_words(crate::geom::geodesic_area(&mp).m2())
                    )
                }
                Some(_) => "a geometry of another type".to_owned(),
                None => "-".to_owned(),
            };
        }
        match self.record.get(field) {
            None | Some(serde_json::Value::Null) => "-".to_owned(),
            Some(serde_json::Value::String(s)) if s.is_empty() => "-".to_owned(),
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(other) => other.to_string(),
        }
    }
}

impl Conflict {
    /// Whose a version is: `this file` for the version this file had before the merge,
    /// else `other file`.
    pub fn whose(&self, version: &ConflictVersion) -> &'static str {
        if self.mine.as_deref() == Some(version.version_id.as_str()) {
            "this file"
        } else {
            "other file"
        }
    }

    /// Whose a version is, by whom and when: `this file: a, 2026-12-02 01:50 UTC`.
    pub fn heading(&self, version: &ConflictVersion) -> String {
        format!(
            "{}: {}, {}",
            self.whose(version),
            version.changed_by,
            version.when()
        )
    }

    /// The fields ([`RecordKind::fields`], then [`GEOM`]) whose values differ between the
    /// versions that keep the record (a deletion has no fields to compare).
    pub fn differing(&self) -> Vec<&'static str> {
        let kept: Vec<&ConflictVersion> = self.versions.iter().filter(|v| !v.deletes()).collect();
        self.kind
            .fields()
            .iter()
            .copied()
            .chain([GEOM])
            .filter(|f| {
                let value = |v: &ConflictVersion| match v.record.get(*f) {
                    None | Some(serde_json::Value::Null) => serde_json::Value::Null,
                    Some(serde_json::Value::String(s)) if s.is_empty() => serde_json::Value::Null,
                    Some(x) => x.clone(),
                };
                kept.windows(2).any(|w| value(w[0]) != value(w[1]))
            })
            .collect()
    }

    /// The version `keep` names: this file's, the other file's (when there is one), or the
    /// one whose id is or starts with the text given.
    pub fn version(&self, keep: &Keep) -> Result<&ConflictVersion, StoreError> {
        let id = self.record_id;
        fn one(
            found: Vec<&ConflictVersion>,
            none: StoreError,
            many: StoreError,
        ) -> Result<&ConflictVersion, StoreError> {
            match found.as_slice() {
                [v] => Ok(*v),
                [] => Err(none),
                _ => Err(many),
            }
        }
        let ids = || {
            self.versions
                .iter()
                .map(|v| v.version_id.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        match keep {
            Keep::Mine => {
                let mine = self.mine.as_deref().ok_or_else(|| StoreError::BadChoice {
                    id,
                    reason: "none of the versions was this file's before the merge; name one by its version id".to_owned(),
                })?;
                let found = self
                    .versions
                    .iter()
                    .filter(|v| v.version_id == mine)
                    .collect();
                let gone = || StoreError::BadChoice {
                    id,
                    reason: format!("this file's version {mine} is not among those in conflict"),
                };
                one(found, gone(), gone())
            }
            Keep::Theirs => {
                let others: Vec<&ConflictVersion> = self
                    .versions
                    .iter()
                    .filter(|v| Some(v.version_id.as_str()) != self.mine.as_deref())
                    .collect();
                let n = others.len();
                one(
                    others,
                    StoreError::BadChoice {
                        id,
                        reason: "no version is the other file's".to_owned(),
                    },
                    StoreError::BadChoice {
                        id,
                        reason: format!(
                            "there are {n} other versions; name one by its version id ({})",
                            ids()
                        ),
                    },
                )
            }
            Keep::Version(v) => {
                let found: Vec<&ConflictVersion> = self
                    .versions
                    .iter()
                    .filter(|c| !v.is_empty() && c.version_id.starts_with(v.as_str()))
                    .collect();
                let n = found.len();
                one(
                    found,
                    StoreError::NotInConflict {
                        id,
                        version: v.clone(),
                        versions: ids(),
                    },
                    StoreError::BadChoice {
                        id,
                        reason: format!(
                            "{v:?} starts {n} of the versions in conflict; give more of it ({})",
                            ids()
                        ),
                    },
                )
            }
        }
    }

    /// The record as `kept` has it with each field of `take` from the version it names,
    /// stamps as `kept` has them; refused for a field this kind has not, a field named
    /// twice, or a deletion on either side.
    fn mixed(
        &self,
        kept: &ConflictVersion,
        take: &[Take],
    ) -> Result<serde_json::Value, StoreError> {
        let id = self.record_id;
        let mut record = kept.record.clone();
        let mut seen: HashSet<&str> = HashSet::new();
        for t in take {
            let field = t.field.as_str();
            if !(field == GEOM || self.kind.fields().contains(&field)) {
                return Err(StoreError::NotAField {
                    id,
                    kind: self.kind,
                    field: t.field.clone(),
                });
            }
            if !seen.insert(field) {
                return Err(StoreError::BadChoice {
                    id,
                    reason: format!("{field} is taken twice; take each field from one version"),
                });
            }
            let from = self.version(&t.from)?;
            for v in [kept, from] {
                if v.deletes() {
                    return Err(StoreError::DeletionHasNoFields {
                        id,
                        version: v.version_id.clone(),
                        field: t.field.clone(),
                    });
                }
            }
            let value = from
                .record
                .get(field)
                .cloned()
                .unwrap_or(serde_json::Value::Null);
            if let Some(map) = record.as_object_mut() {
                map.insert(t.field.clone(), value);
            }
        }
        Ok(record)
    }
}

/// The record a version's JSON (as the change log keeps it) holds, through the record rules
/// ([`crate::model::build`]), as any edit is checked.
fn version_record(
    kind: RecordKind,
    id: Uuid,
    json: &serde_json::Value,
    types: &[crate::model::OrdnanceType],
) -> Result<crate::model::Record, crate::model::Invalid> {
    use crate::model::{FieldError, Invalid, RecordInput};
    let geometry = json
        .get(GEOM)
        .and_then(serde_json::Value::as_str)
        .and_then(hex_decode)
        .map(|blob| super::gpkg::decode(&blob))
        .transpose()
        .map_err(|e| {
            Invalid::one(FieldError::new(
                "geometry",
                "",
                crate::model::FieldReason::Geometry(e.to_string()),
            ))
        })?;
    let mut fields = crate::model::Fields::new();
    for f in kind.fields() {
        match json.get(*f) {
            None | Some(serde_json::Value::Null) => {}
            Some(serde_json::Value::String(s)) => {
                fields.insert((*f).to_owned(), s.clone());
            }
            Some(other) => {
                fields.insert((*f).to_owned(), other.to_string());
            }
        }
    }
    let extra = match json.get("extra") {
        Some(serde_json::Value::Object(map)) => map.clone(),
        _ => crate::model::Extra::new(),
    };
    let input = RecordInput {
        id: Some(id),
        geometry,
        fields,
        extra,
    };
    crate::model::build(kind, input, types)
}

/// Bytes of a hex string (the change log keeps geometry blobs as hex).
fn hex_decode(text: &str) -> Option<Vec<u8>> {
    (0..text.len())
        .step_by(2)
        .map(|i| {
            text.get(i..i + 2)
                .and_then(|b| u8::from_str_radix(b, 16).ok())
        })
        .collect()
}

impl Store {
    /// Merges the file at `other` into this one; see the module documentation. With
    /// `dry_run` nothing is written. Refuses a file that is not a Clearfield database, is of
    /// another schema version, or is this file. `progress` is told (done, total) records.
    pub fn merge(
        &mut self,
        other: &Path,
        actor: &str,
        dry_run: bool,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<MergeSummary, StoreError> {
        self.writable()?;
        let probe = Store::open_other(other)?;
        let other_version = probe.schema_version()?;
        let other_file_id: String = probe
            .conn
            .query_row(
                "SELECT value FROM clearfield_meta WHERE key = 'file_id'",
                [],
                |r| r.get(0),
            )
            .map_err(|e| StoreError::MergeRefused {
                path: other.to_owned(),
                reason: format!(
                    "its identity (clearfield_meta file_id) cannot be read: {}",
                    StoreError::from(e)
                ),
            })?;
        let attach_uri = probe.attach_uri();
        drop(probe);
        if other_version != super::CURRENT_VERSION {
            return Err(StoreError::TooNew {
                path: other.to_owned(),
                found: other_version,
                supported: super::CURRENT_VERSION,
            });
        }
        let same = match (
            std::fs::canonicalize(other),
            std::fs::canonicalize(&self.path),
        ) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        if same {
            return Err(StoreError::MergeRefused {
                path: other.to_owned(),
                reason: "it is this file".to_owned(),
            });
        }
        self.conn
            .execute("ATTACH DATABASE ?1 AS other", [attach_uri])?;
        let result = self.merge_attached(other, &other_file_id, actor, dry_run, progress);
        let detached = self.conn.execute("DETACH DATABASE other", []);
        let summary = result?;
        detached?;
        Ok(summary)
    }

    fn merge_attached(
        &mut self,
        other: &Path,
        other_file_id: &str,
        actor: &str,
        dry_run: bool,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<MergeSummary, StoreError> {
        let tx = begin(&mut self.conn, actor)?;
        let last_seq = start_merge(&tx)?;
        tx.execute_batch(
            "DROP TABLE IF EXISTS temp.incoming;
             CREATE TEMP TABLE incoming AS
               SELECT seq, version_id, record_id
               FROM other.change_log WHERE version_id NOT IN (SELECT version_id FROM main.change_log);
             CREATE INDEX temp.incoming_version ON incoming(version_id);
             INSERT INTO main.change_log (version_id, record_kind, record_id, operation, changed_at, changed_by, record, parents)
               SELECT version_id, record_kind, record_id, operation, changed_at, changed_by, record, parents
               FROM other.change_log WHERE seq IN (SELECT seq FROM temp.incoming) ORDER BY seq;",
        )?;
        let mut summary = MergeSummary {
            versions_received: tx
                .query_row("SELECT count(*) FROM temp.incoming", [], |r| r.get(0))?,
            dry_run,
            ..MergeSummary::default()
        };
        // Photos and their links before the records: a record arriving here gets its photos
        // from the links already copied (the mapping tables' insert triggers).
        (summary.photos_received, summary.photo_changes_received) =
            super::photos::merge_photos(&tx, other)?;

        apply_incoming(&tx, other, last_seq, &mut summary, progress)?;
        close_merge(
            &tx,
            other_file_id,
            &other.to_string_lossy(),
            actor,
            &mut summary,
        )?;
        if dry_run {
            tx.rollback()?;
        } else if summary.versions_received > 0
            || summary.photos_received > 0
            || summary.photo_changes_received > 0
        {
            finish(tx)?;
        }
        Ok(summary)
    }

    /// The records in conflict, with their competing versions.
    pub fn conflicts(&self) -> Result<Vec<Conflict>, StoreError> {
        let mut out = Vec::new();
        let mut stmt = self.conn.prepare(
            "SELECT record_id, record_kind, versions, mine FROM conflicts ORDER BY record_id",
        )?;
        let rows: Vec<(String, String, String, Option<String>)> = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<Result<_, _>>()?;
        for (record_id, kind, versions, mine) in rows {
            let ids: Vec<String> = serde_json::from_str(&versions).unwrap_or_default();
            let mut vs = Vec::new();
            for id in &ids {
                let v = self.conn.query_row(
                    "SELECT version_id, changed_at, changed_by, operation, record FROM change_log WHERE version_id = ?1",
                    [id],
                    |r| {
                        let record: String = r.get(4)?;
                        Ok(ConflictVersion {
                            version_id: r.get(0)?,
                            changed_at: r.get(1)?,
                            changed_by: r.get(2)?,
                            operation: r.get(3)?,
                            record: serde_json::from_str(&record).unwrap_or(serde_json::Value::Null),
                        })
                    },
                )?;
                vs.push(v);
            }
            vs.sort_by(|a, b| (&a.changed_at, &a.version_id).cmp(&(&b.changed_at, &b.version_id)));
            let shown = vs.last().map(|v| v.version_id.clone()).unwrap_or_default();
            if let (Ok(record_id), Some(kind)) =
                (Uuid::parse_str(&record_id), kind.parse::<RecordKind>().ok())
            {
                out.push(Conflict {
                    record_id,
                    kind,
                    versions: vs,
                    mine,
                    shown,
                });
            }
        }
        Ok(out)
    }

    /// Resolves the conflict of `record_id` by keeping one version: a new version made from
    /// it, superseding every competing version, becomes the record. The same as
    /// [`Store::resolve_taking`] with no fields taken.
    pub fn resolve(
        &mut self,
        record_id: Uuid,
        keep: &Keep,
        actor: &str,
    ) -> Result<String, StoreError> {
        self.resolve_taking(record_id, keep, &[], actor)
    }

    /// Resolves the conflict of `record_id` from the version `keep` names with each field of
    /// `take` from the version it names (the geometry as the one field [`GEOM`]): a new
    /// version made from every competing version becomes the record; returns its id. The
    /// record made is checked as any edit is; when it is not valid (a release's dates out of
    /// order), or a field is not one of its kind's, or a deletion is asked for fields,
    /// nothing is written and the error says why.
    pub fn resolve_taking(
        &mut self,
        record_id: Uuid,
        keep: &Keep,
        take: &[Take],
        actor: &str,
    ) -> Result<String, StoreError> {
        self.writable()?;
        let conflict = self
            .conflicts()?
            .into_iter()
            .find(|c| c.record_id == record_id)
            .ok_or(StoreError::NoConflict(record_id))?;
        let ids: Vec<&str> = conflict
            .versions
            .iter()
            .map(|v| v.version_id.as_str())
            .collect();
        let version = conflict.version(keep)?;
        let mixed = conflict.mixed(version, take)?;
        let built = if version.deletes() {
            None
        } else {
            let types = self.ordnance_types()?;
            let record =
                version_record(conflict.kind, record_id, &mixed, &types).map_err(|invalid| {
                    StoreError::InvalidChoice {
                        id: record_id,
                        kind: conflict.kind,
                        invalid,
                    }
                })?;
            Some(record)
        };
        let kind = conflict.kind;
        let tx = begin(&mut self.conn, actor)?;
        tx.pragma_update(None, "defer_foreign_keys", "ON")?;
        tx.execute(
            "INSERT INTO clearfield_meta (key, value) VALUES ('bulk_insert', '1')",
            [],
        )?;
        let operation = if version.operation == "delete" {
            "delete"
        } else {
            "update"
        };
        if let Some(record) = &built {
            super::check_links(&tx, record)?;
        }
        let record: String = tx.query_row(
            "SELECT json_set(?1, '$.modified_at', strftime('%Y-%m-%dT%H:%M:%fZ','now'), '$.modified_by', ?2)",
            params![mixed.to_string(), actor],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT INTO change_log (record_kind, record_id, operation, changed_by, parents, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                kind.as_str(),
                record_id.to_string(),
                operation,
                actor,
                serde_json::to_string(&ids).unwrap_or_default(),
                record
            ],
        )?;
        let new_version: String = tx.query_row(
            "SELECT version_id FROM change_log ORDER BY seq DESC LIMIT 1",
            [],
            |r| r.get(0),
        )?;
        apply(&tx, kind, &record_id.to_string(), operation, &record, false)?;
        tx.execute(
            "DELETE FROM conflicts WHERE record_id = ?1",
            [record_id.to_string()],
        )?;
        tx.execute("DELETE FROM clearfield_meta WHERE key = 'bulk_insert'", [])?;
        finish(tx)?;
        Ok(new_version)
    }

    /// Copies the whole database to `dest` with SQLite's online backup (safe while the app
    /// has the file open), through a temporary file checked before it takes the name.
    pub fn backup(&self, dest: &Path) -> Result<(), StoreError> {
        if dest.exists() || super::part_of_database(dest, &self.path) {
            return Err(StoreError::Exists(dest.to_owned()));
        }
        let io = |error| StoreError::Io {
            path: dest.to_owned(),
            error,
        };
        let file = crate::io::AtomicFile::new(dest).map_err(io)?;
        let tmp = file.temp_path();
        let mut out = rusqlite::Connection::open(super::literal_path(tmp))?;
        {
            let backup = rusqlite::backup::Backup::new(&self.conn, &mut out)?;
            backup.run_to_completion(1024, std::time::Duration::from_millis(0), None)?;
        }
        out.pragma_update(None, "journal_mode", "DELETE")?;
        let check: String = out.query_row("PRAGMA quick_check", [], |r| r.get(0))?;
        drop(out);
        if check != "ok" {
            return Err(StoreError::Corrupt {
                path: tmp.to_owned(),
                details: check,
            });
        }
        file.commit().map_err(io)
    }

    /// Replaces this database with the backup at `src`, after checking that `src` is a
    /// Clearfield database this build reads and passes the full integrity check. The file as
    /// it was is first kept as a backup beside it; returns that backup's path.
    pub fn restore(&mut self, src: &Path) -> Result<std::path::PathBuf, StoreError> {
        self.writable()?;
        let source = Store::open_other(src)?;
        let report = source.check()?;
        if !report.integrity.is_empty() {
            return Err(StoreError::Corrupt {
                path: src.to_owned(),
                details: report
                    .integrity
                    .into_iter()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join("; "),
            });
        }
        let stem = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut keep = self
            .path
            .with_file_name(format!("{stem}.before-restore.gpkg"));
        let mut n = 1;
        while keep.exists() {
            n += 1;
            keep = self
                .path
                .with_file_name(format!("{stem}.before-restore-{n}.gpkg"));
        }
        self.backup(&keep)?;
        {
            let backup = rusqlite::backup::Backup::new(&source.conn, &mut self.conn)?;
            backup.run_to_completion(1024, std::time::Duration::from_millis(0), None)?;
        }
        super::configure(&self.conn)?;
        super::set_wal(&self.conn)?;
        Ok(keep)
    }
}

/// Opens a merge in `tx`: foreign keys checked at commit, the change-log triggers standing
/// aside. Returns the last log position before the merge: versions copied in come above it.
pub(super) fn start_merge(tx: &rusqlite::Transaction<'_>) -> Result<i64, StoreError> {
    tx.pragma_update(None, "defer_foreign_keys", "ON")?;
    tx.execute(
        "INSERT INTO clearfield_meta (key, value) VALUES ('bulk_insert', '1')",
        [],
    )?;
    Ok(tx.query_row(
        "SELECT coalesce(max(seq), 0) FROM main.change_log",
        [],
        |r| r.get(0),
    )?)
}

/// Applies the rule (`crate::versions::heads`) to every record that versions listed in
/// `temp.incoming` (already in the log, above `last_seq`) touch: each record's shown
/// version made its row, its conflict kept or cleared; refuses, naming them, records left
/// pointing at a hazard area or release the incoming versions deleted (`other` names where
/// they came from).
pub(super) fn apply_incoming(
    tx: &rusqlite::Transaction<'_>,
    other: &Path,
    last_seq: i64,
    summary: &mut MergeSummary,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<(), StoreError> {
    // Every version of every record the other file brought something for.
    let by_record = versions_by_record(tx, last_seq)?;

    tx.execute_batch(
        "DROP TABLE IF EXISTS temp.arriving;
         CREATE TEMP TABLE arriving (seq INTEGER PRIMARY KEY, kind TEXT NOT NULL);",
    )?;
    let total = by_record.len();
    let had_conflicts: bool =
        tx.query_row("SELECT EXISTS (SELECT 1 FROM conflicts)", [], |r| r.get(0))?;
    for (done, (record_id, kind, versions)) in by_record.iter().enumerate() {
        let (heads, shown) = heads(versions);
        let Some(shown) = shown else { continue };
        // A record this file has never seen goes in with the others of its kind in one
        // statement at the end.
        let new_here = versions.iter().all(|v| v.incoming);
        if new_here && shown.operation != "delete" {
            tx.prepare_cached("INSERT INTO temp.arriving (seq, kind) VALUES (?1, ?2)")?
                .execute(params![shown.seq, kind.as_str()])?;
        } else if shown.incoming {
            let record: String = tx
                .prepare_cached("SELECT record FROM main.change_log WHERE seq = ?1")?
                .query_row([shown.seq], |r| r.get(0))?;
            // The same state under other stamps (one baseline imported in both files)
            // is applied, so every merge order shows the same row, but changes nothing.
            let same_as_mine = mine_shown(versions).is_some_and(|m| m.content == shown.content);
            let applied = apply(tx, *kind, record_id, &shown.operation, &record, false)?;
            if let Some(r) = merged_record(applied, same_as_mine, *kind, record_id, &record) {
                match r.change {
                    MergeChange::Added => summary.added += 1,
                    MergeChange::Changed => summary.updated += 1,
                    MergeChange::Deleted => summary.deleted += 1,
                    MergeChange::InConflict => {}
                }
                summary.records.push(r);
            }
        }
        if heads.len() > 1 {
            let ids: Vec<&str> = heads.iter().map(|h| h.version_id.as_str()).collect();
            let mine = heads
                .iter()
                .filter(|h| !h.incoming)
                .max_by(|a, b| (&a.changed_at, &a.version_id).cmp(&(&b.changed_at, &b.version_id)))
                .map(|h| h.version_id.clone());
            let existing_mine: Option<Option<String>> = tx
                .query_row(
                    "SELECT mine FROM conflicts WHERE record_id = ?1",
                    [record_id],
                    |r| r.get(0),
                )
                .optional()?;
            tx.execute(
                "INSERT INTO conflicts (record_id, record_kind, versions, mine) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(record_id) DO UPDATE SET versions = excluded.versions",
                params![
                    record_id,
                    kind.as_str(),
                    serde_json::to_string(&ids).unwrap_or_default(),
                    existing_mine.flatten().or(mine)
                ],
            )?;
            if let Ok(id) = Uuid::parse_str(record_id) {
                summary.conflicts.push((*kind, id));
                summary.records.push(in_conflict(tx, *kind, id, shown.seq)?);
            }
        } else if had_conflicts {
            tx.prepare_cached("DELETE FROM conflicts WHERE record_id = ?1")?
                .execute([record_id])?;
        }
        progress(done + 1, total);
    }

    summary.records.extend(arriving_records(tx)?);
    for kind in RecordKind::ALL {
        summary.added += tx.execute(arriving_sql(kind), [kind.as_str()])?;
    }
    tx.execute_batch("DROP TABLE temp.arriving;")?;

    // A deletion from the other file must not leave records here pointing at nothing.
    let mut broken = Vec::new();
    {
        let mut stmt = tx.prepare("PRAGMA main.foreign_key_check")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let t: String = row.get(0)?;
            let fid: i64 = row.get(1)?;
            let id: Option<String> = tx
                .query_row(
                    &format!("SELECT id FROM main.{t} WHERE fid = ?1"),
                    [fid],
                    |r| r.get(0),
                )
                .optional()?
                .flatten();
            broken.push(format!(
                "{t} {} refers to a hazard area the other file deleted",
                id.unwrap_or_default()
            ));
        }
    }
    for (id, belongs_to) in super::dangling_survey_points(tx)? {
        broken.push(format!(
            "survey point {id} marks {belongs_to}, which the other file deleted"
        ));
    }
    if !broken.is_empty() {
        return Err(StoreError::MergeRefused {
            path: other.to_owned(),
            reason: format!(
                "{}; relink or delete those records in one of the files first",
                broken.join("; ")
            ),
        });
    }
    Ok(())
}

/// Ends a merge before its commit: the merge noted in `merges` (`other_file_id`,
/// `other_label`), the triggers back, the temporary tables gone, the conflicts in order.
pub(super) fn close_merge(
    tx: &rusqlite::Transaction<'_>,
    other_file_id: &str,
    other_label: &str,
    actor: &str,
    summary: &mut MergeSummary,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO merges (other_file_id, other_path, merged_by, versions_received) VALUES (?1, ?2, ?3, ?4)",
        params![other_file_id, other_label, actor, summary.versions_received as i64],
    )?;
    tx.execute("DELETE FROM clearfield_meta WHERE key = 'bulk_insert'", [])?;
    tx.execute_batch("DROP TABLE temp.incoming;")?;
    summary.conflicts.sort();
    Ok(())
}

enum Applied {
    Added,
    Updated,
    Deleted,
    Nothing,
}

/// Every version of every record the other file brought something for, record by record
/// in log order; those above `last_seq` came with the merge.
fn versions_by_record(
    tx: &rusqlite::Transaction<'_>,
    last_seq: i64,
) -> Result<Vec<(String, RecordKind, Vec<Version>)>, StoreError> {
    let mut by_record: Vec<(String, RecordKind, Vec<Version>)> = Vec::new();
    let mut stmt = tx.prepare(
        "SELECT c.record_id, c.record_kind, c.version_id, c.parents, c.changed_at, c.operation, c.seq, c.record
         FROM main.change_log c
         WHERE c.record_id IN (SELECT record_id FROM temp.incoming)
         ORDER BY c.record_id, c.seq",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let record_id: String = row.get(0)?;
        let kind = row
            .get::<_, String>(1)?
            .parse()
            .unwrap_or(RecordKind::HazardArea);
        let parents: String = row.get(3)?;
        let operation: String = row.get(5)?;
        let record: String = row.get(7)?;
        let seq: i64 = row.get(6)?;
        let v = Version {
            version_id: row.get(2)?,
            parents: serde_json::from_str(&parents).unwrap_or_default(),
            changed_at: row.get(4)?,
            content: crate::versions::content(&operation, &record),
            operation,
            seq,
            incoming: seq > last_seq,
        };
        match by_record.last_mut() {
            Some((id, _, vs)) if *id == record_id => vs.push(v),
            _ => by_record.push((record_id, kind, vec![v])),
        }
    }
    Ok(by_record)
}

/// A record the merge leaves in conflict, named as its shown version (row `seq` of the
/// change log) names it.
fn in_conflict(
    tx: &rusqlite::Transaction<'_>,
    kind: RecordKind,
    id: Uuid,
    seq: i64,
) -> Result<MergedRecord, StoreError> {
    let record: String = tx
        .prepare_cached("SELECT record FROM main.change_log WHERE seq = ?1")?
        .query_row([seq], |r| r.get(0))?;
    Ok(MergedRecord {
        change: MergeChange::InConflict,
        kind,
        id,
        name: name_in(&record),
    })
}

/// The `name` in a record's JSON, when it has one.
fn name_in(record: &str) -> Option<String> {
    serde_json::from_str::<serde_json::Value>(record)
        .ok()
        .and_then(|v| v.get("name")?.as_str().map(str::to_owned))
}

/// The record an applied version added, changed or deleted (`None`: nothing to tell, as
/// the same state under other stamps).
fn merged_record(
    applied: Applied,
    same_as_mine: bool,
    kind: RecordKind,
    record_id: &str,
    record: &str,
) -> Option<MergedRecord> {
    let change = match applied {
        Applied::Added => MergeChange::Added,
        Applied::Updated if same_as_mine => return None,
        Applied::Updated => MergeChange::Changed,
        Applied::Deleted => MergeChange::Deleted,
        Applied::Nothing => return None,
    };
    Some(MergedRecord {
        change,
        kind,
        id: Uuid::parse_str(record_id).ok()?,
        name: name_in(record),
    })
}

/// The records new to this file that the merge adds in one statement per kind
/// (`temp.arriving`), in the order they came.
fn arriving_records(tx: &rusqlite::Transaction<'_>) -> Result<Vec<MergedRecord>, StoreError> {
    let mut out = Vec::new();
    let mut stmt = tx.prepare(
        "SELECT a.kind, c.record_id, json_extract(c.record, '$.name')
         FROM temp.arriving a JOIN main.change_log c ON c.seq = a.seq ORDER BY a.seq",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let kind: String = row.get(0)?;
        let id: String = row.get(1)?;
        let name = match row.get::<_, rusqlite::types::Value>(2)? {
            rusqlite::types::Value::Text(t) => Some(t),
            _ => None,
        };
        if let (Ok(kind), Ok(id)) = (kind.parse::<RecordKind>(), Uuid::parse_str(&id)) {
            out.push(MergedRecord {
                change: MergeChange::Added,
                kind,
                id,
                name,
            });
        }
    }
    Ok(out)
}

/// INSERT of every row of a kind listed in `temp.arriving`, from its version's JSON.
fn arriving_sql(kind: RecordKind) -> &'static str {
    static SQL: std::sync::OnceLock<[String; RecordKind::COUNT]> = std::sync::OnceLock::new();
    let all = SQL.get_or_init(|| {
        RecordKind::ALL.map(|kind| {
            let mut cols: Vec<&str> = columns(kind).to_vec();
            cols.extend(["extra", "created_at", "modified_at", "modified_by"]);
            let values: Vec<String> = cols.iter().map(|c| format!("json_extract(c.record, '$.{c}')")).collect();
            format!(
                "INSERT INTO {} (id, geom, {}) SELECT c.record_id, unhex(json_extract(c.record, '$.geom')), {} \
                 FROM temp.arriving a JOIN main.change_log c ON c.seq = a.seq WHERE a.kind = ?1 ORDER BY a.seq",
                table(kind),
                cols.join(", "),
                values.join(", ")
            )
        })
    });
    &all[kind.index()]
}

/// DELETE, UPDATE and INSERT of a kind's row from a version's JSON (?1) by id (?2), made once.
fn apply_sql(kind: RecordKind) -> [&'static str; 3] {
    static SQL: std::sync::OnceLock<[[String; 3]; RecordKind::COUNT]> = std::sync::OnceLock::new();
    let all = SQL.get_or_init(|| {
        RecordKind::ALL.map(|kind| {
            let t = table(kind);
            let mut cols: Vec<&str> = columns(kind).to_vec();
            cols.extend(["extra", "created_at", "modified_at", "modified_by"]);
            let sets: Vec<String> = cols.iter().map(|c| format!("{c} = json_extract(?1, '$.{c}')")).collect();
            let values: Vec<String> = cols.iter().map(|c| format!("json_extract(?1, '$.{c}')")).collect();
            [
                format!("DELETE FROM {t} WHERE id = ?1"),
                format!(
                    "UPDATE {t} SET geom = unhex(json_extract(?1, '$.geom')), {} WHERE id = ?2",
                    sets.join(", ")
                ),
                format!(
                    "INSERT INTO {t} (id, geom, {}) VALUES (?2, unhex(json_extract(?1, '$.geom')), {})",
                    cols.join(", "),
                    values.join(", ")
                ),
            ]
        })
    });
    let i = kind.index();
    [&all[i][0], &all[i][1], &all[i][2]]
}

/// Makes the row of `record_id` what the version's `record` JSON says (or deletes it), with
/// the change-log triggers standing aside (the version is already in the log).
fn apply(
    tx: &rusqlite::Transaction<'_>,
    kind: RecordKind,
    record_id: &str,
    operation: &str,
    record: &str,
    new_here: bool,
) -> Result<Applied, StoreError> {
    let [delete, update, insert] = apply_sql(kind);
    if operation == "delete" {
        let n = tx.prepare_cached(delete)?.execute([record_id])?;
        return Ok(if n > 0 {
            Applied::Deleted
        } else {
            Applied::Nothing
        });
    }
    if !new_here
        && tx
            .prepare_cached(update)?
            .execute(params![record, record_id])?
            > 0
    {
        return Ok(Applied::Updated);
    }
    tx.prepare_cached(insert)?
        .execute(params![record, record_id])?;
    Ok(Applied::Added)
}
