//! What a sync with a hub (`crate::hub`) needs of the file: its versions after a log
//! position, and the hub's versions taken in by the merge's own rule
//! (`merge::apply_incoming`), with where the file stands with that hub written in the same
//! transaction.
//!
//! Where it stands is two numbers per hub, in `clearfield_meta`: the file's last log position
//! the hub is known to hold (`hub_sent:HUB_ID`) and the hub's last position the file holds
//! (`hub_received:HUB_ID`). They only spare sending again what was sent: a version sent twice
//! is kept once on both sides (by version_id), so numbers older than the truth (a file
//! restored from a backup, a sync cut before its end) cost time, never data.

use std::path::Path;

use rusqlite::{OptionalExtension, params};

use super::merge::{MergeSummary, apply_incoming, close_merge, start_merge};
use super::{Store, StoreError, begin, finish, forget_actor};
use crate::versions::LogEntry;

/// Where a file stands with one hub.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HubMarks {
    /// The file's last log position the hub holds (0: none yet).
    pub sent: i64,
    /// The hub's last log position the file holds (0: none yet).
    pub received: i64,
}

/// A photo as a file and a hub exchange it: its bytes and what is known of it (the file's
/// `photos` row, less its local id).
#[derive(Clone, Debug, PartialEq)]
pub struct PhotoRow {
    /// Its identity, the same everywhere.
    pub uuid: String,
    /// The image's bytes.
    pub data: Vec<u8>,
    /// `image/jpeg` or `image/png`.
    pub content_type: String,
    /// The name of the file it was attached from.
    pub file_name: String,
    /// SHA-256 of the bytes, lower-case hex.
    pub sha256: String,
    /// EXIF DateTimeOriginal.
    pub taken_at: Option<String>,
    /// EXIF GPS longitude.
    pub lon: Option<f64>,
    /// EXIF GPS latitude.
    pub lat: Option<f64>,
    /// When it was first stored in a Clearfield file.
    pub added_at: String,
    /// Who stored it.
    pub added_by: String,
}

/// An attach or detach of a photo, as `photo_log` holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhotoFact {
    /// The fact's identity, the same everywhere.
    pub version_id: String,
    /// The record's id.
    pub record_id: String,
    /// The photo's uuid.
    pub photo_id: String,
    /// `attach` or `detach`.
    pub operation: String,
    /// When (UTC).
    pub changed_at: String,
    /// Who.
    pub changed_by: String,
}

/// The hub's versions for [`Store::take_from_hub`], and what the sync knows of both sides.
#[derive(Clone, Copy, Debug)]
pub struct FromHub<'a> {
    /// The hub's identity (`hub_meta` hub_id).
    pub hub_id: &'a str,
    /// The hub as the user named it, password left out: for messages and `merges`.
    pub label: &'a str,
    /// The file's log position up to which its versions are now in the hub.
    pub sent_upto: i64,
    /// The hub's log position up to which `versions` brings everything the file lacks.
    pub hub_position: i64,
    /// The hub's versions, in the hub's log order.
    pub versions: &'a [LogEntry],
    /// The hub's photos the file lacks.
    pub photos: &'a [PhotoRow],
    /// The hub's attaches and detaches the file lacks, in the hub's order.
    pub facts: &'a [PhotoFact],
    /// The hub's programme settings (key, value): the programme's, written into the file.
    pub settings: &'a [(String, String)],
}

impl Store {
    /// A read-only copy, in memory, of a hub's programme: every version the hub holds
    /// taken in by the merge's rule, as a sync into an empty file would take them, so that
    /// every figure is computed by the same engine as for a file. Named in messages by
    /// `hub.label` (the hub's URL, password left out); nothing is written anywhere.
    pub fn from_hub(
        hub: &FromHub<'_>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Store, StoreError> {
        let mut conn = rusqlite::Connection::open_in_memory()?;
        super::configure(&conn)?;
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        super::migrate::apply(&tx, 0, super::CURRENT_VERSION)?;
        tx.commit()?;
        let store = Store {
            conn,
            path: Path::new(hub.label).to_owned(),
            read_only: false,
            immutable: false,
        };
        store.filled_from_hub(hub, progress)
    }

    /// As [`Store::from_hub`], into a new file at `path` (for the app, which reads a file
    /// on several connections); the store returned is read-only, the file stays.
    pub fn copy_of_hub(
        path: &Path,
        hub: &FromHub<'_>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Store, StoreError> {
        Store::create(path)?.filled_from_hub(hub, progress)
    }

    /// This new store with the hub's versions taken in, then read-only.
    fn filled_from_hub(
        mut self,
        hub: &FromHub<'_>,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Store, StoreError> {
        self.take_from_hub(hub, "hub", progress)?;
        self.read_only = true;
        Ok(self)
    }

    /// The file's identity (`clearfield_meta` file_id), shared by its copies.
    pub fn file_id(&self) -> Result<String, StoreError> {
        Ok(self.conn.query_row(
            "SELECT value FROM clearfield_meta WHERE key = 'file_id'",
            [],
            |r| r.get(0),
        )?)
    }

    /// Where this file stands with the hub `hub_id`; zeros for a hub never synced with.
    pub fn hub_marks(&self, hub_id: &str) -> Result<HubMarks, StoreError> {
        let read = |key: String| -> Result<i64, StoreError> {
            let value: Option<String> = self
                .conn
                .query_row(
                    "SELECT value FROM clearfield_meta WHERE key = ?1",
                    [key],
                    |r| r.get(0),
                )
                .optional()?;
            Ok(value.and_then(|v| v.parse().ok()).unwrap_or(0))
        };
        Ok(HubMarks {
            sent: read(format!("hub_sent:{hub_id}"))?,
            received: read(format!("hub_received:{hub_id}"))?,
        })
    }

    /// The uuid and SHA-256 of every photo the file holds.
    pub fn photo_hashes(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT uuid, sha256 FROM photos ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The photos with these uuids, bytes included, in the order given (a uuid the file
    /// does not hold is left out).
    pub fn photos_named(&self, uuids: &[&str]) -> Result<Vec<PhotoRow>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT uuid, data, content_type, file_name, sha256, taken_at, lon, lat, added_at, added_by
             FROM photos WHERE uuid = ?1",
        )?;
        let mut out = Vec::with_capacity(uuids.len());
        for uuid in uuids {
            if let Some(p) = stmt
                .query_row([uuid], |r| {
                    Ok(PhotoRow {
                        uuid: r.get(0)?,
                        data: r.get(1)?,
                        content_type: r.get(2)?,
                        file_name: r.get(3)?,
                        sha256: r.get(4)?,
                        taken_at: r.get(5)?,
                        lon: r.get(6)?,
                        lat: r.get(7)?,
                        added_at: r.get(8)?,
                        added_by: r.get(9)?,
                    })
                })
                .optional()?
            {
                out.push(p);
            }
        }
        Ok(out)
    }

    /// Every attach and detach of a photo the file holds, in its order.
    pub fn photo_facts(&self) -> Result<Vec<PhotoFact>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT version_id, record_id, photo_id, operation, changed_at, changed_by
             FROM photo_log ORDER BY seq",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(PhotoFact {
                version_id: r.get(0)?,
                record_id: r.get(1)?,
                photo_id: r.get(2)?,
                operation: r.get(3)?,
                changed_at: r.get(4)?,
                changed_by: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every programme setting the file holds (key, value), by key.
    pub fn all_settings(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT key, value FROM settings ORDER BY key")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The position of the file's last version in its log (0 for an empty log).
    pub fn log_position(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT coalesce(max(seq), 0) FROM change_log", [], |r| {
                r.get(0)
            })?)
    }

    /// The versions at log positions in `after < seq <= upto`, in log order.
    pub fn versions_between(&self, after: i64, upto: i64) -> Result<Vec<LogEntry>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT version_id, record_kind, record_id, operation, changed_at, changed_by, record, parents
             FROM change_log WHERE seq > ?1 AND seq <= ?2 ORDER BY seq",
        )?;
        let rows = stmt.query_map(params![after, upto], |r| {
            Ok(LogEntry {
                version_id: r.get(0)?,
                record_kind: r.get(1)?,
                record_id: r.get(2)?,
                operation: r.get(3)?,
                changed_at: r.get(4)?,
                changed_by: r.get(5)?,
                record: r.get(6)?,
                parents: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Of versions elsewhere (position there, version_id), the positions of those this
    /// file does not have, in the order given.
    pub fn lacking(&self, versions: &[(i64, String)]) -> Result<Vec<i64>, StoreError> {
        let mut has = self
            .conn
            .prepare("SELECT EXISTS (SELECT 1 FROM change_log WHERE version_id = ?1)")?;
        let mut out = Vec::new();
        for (position, id) in versions {
            if !has.query_row([id], |r| r.get::<_, bool>(0))? {
                out.push(*position);
            }
        }
        Ok(out)
    }

    /// Takes in a hub's versions as a merge takes in another file's (the same rule, the same
    /// heads, shown versions and conflicts), and notes where the file now stands with the hub,
    /// in one transaction: cut anywhere, the file is as before or as after.
    ///
    /// The file's own versions up to `sent_upto` are noted as sent; so are the hub's versions
    /// written here, when nothing else was written to the file since `sent_upto` was read.
    pub fn take_from_hub(
        &mut self,
        hub: &FromHub<'_>,
        actor: &str,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<MergeSummary, StoreError> {
        self.writable()?;
        let tx = begin(&mut self.conn, actor)?;
        let last_seq = start_merge(&tx)?;
        tx.execute_batch(
            "DROP TABLE IF EXISTS temp.incoming;
             CREATE TEMP TABLE incoming (seq INTEGER PRIMARY KEY, version_id TEXT NOT NULL, record_id TEXT NOT NULL);",
        )?;
        let mut received = 0;
        {
            let mut insert = tx.prepare(
                "INSERT INTO main.change_log (version_id, record_kind, record_id, operation, changed_at, changed_by, record, parents)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (version_id) DO NOTHING",
            )?;
            let mut note = tx.prepare(
                "INSERT INTO temp.incoming (seq, version_id, record_id) VALUES (?1, ?2, ?3)",
            )?;
            for v in hub.versions {
                let n = insert.execute(params![
                    v.version_id,
                    v.record_kind,
                    v.record_id,
                    v.operation,
                    v.changed_at,
                    v.changed_by,
                    v.record,
                    v.parents
                ])?;
                if n == 1 {
                    note.execute(params![tx.last_insert_rowid(), v.version_id, v.record_id])?;
                    received += 1;
                }
            }
        }
        let mut summary = MergeSummary {
            versions_received: received,
            ..MergeSummary::default()
        };
        // Photos and their links before the records, as a merge takes them.
        (summary.photos_received, summary.photo_changes_received) = take_photos(&tx, hub)?;
        summary.settings_changed = take_settings(&tx, hub.settings)?;
        apply_incoming(&tx, Path::new(hub.label), last_seq, &mut summary, progress)?;
        close_merge(&tx, hub.hub_id, hub.label, actor, &mut summary)?;
        // What the hub sent back needs no sending again, unless the file was written between.
        let sent = if last_seq == hub.sent_upto {
            tx.query_row(
                "SELECT coalesce(max(seq), 0) FROM main.change_log",
                [],
                |r| r.get(0),
            )?
        } else {
            hub.sent_upto
        };
        let mut mark = tx.prepare(
            "INSERT INTO clearfield_meta (key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        )?;
        mark.execute(params![
            format!("hub_sent:{}", hub.hub_id),
            sent.to_string()
        ])?;
        mark.execute(params![
            format!("hub_received:{}", hub.hub_id),
            hub.hub_position.to_string()
        ])?;
        drop(mark);
        if received > 0 || summary.photos_received > 0 || summary.photo_changes_received > 0 {
            finish(tx)?;
        } else {
            forget_actor(&tx)?;
            tx.commit()?;
        }
        Ok(summary)
    }
}

/// The hub's photos and facts taken in by the merge's own rule for photos
/// (`photos::merge_photos_from`), through temporary tables of the file's shape.
fn take_photos(
    tx: &rusqlite::Transaction<'_>,
    hub: &FromHub<'_>,
) -> Result<(usize, usize), StoreError> {
    if hub.photos.is_empty() && hub.facts.is_empty() {
        return Ok((0, 0));
    }
    tx.execute_batch(
        "DROP TABLE IF EXISTS temp.hub_photos;
         DROP TABLE IF EXISTS temp.hub_photo_log;
         CREATE TEMP TABLE hub_photos (id INTEGER PRIMARY KEY, data BLOB NOT NULL, content_type TEXT NOT NULL,
           uuid TEXT NOT NULL, file_name TEXT NOT NULL, sha256 TEXT NOT NULL, taken_at TEXT, lon REAL, lat REAL,
           added_at TEXT NOT NULL, added_by TEXT NOT NULL);
         CREATE TEMP TABLE hub_photo_log (seq INTEGER PRIMARY KEY, version_id TEXT NOT NULL, record_id TEXT NOT NULL,
           photo_id TEXT NOT NULL, operation TEXT NOT NULL, changed_at TEXT NOT NULL, changed_by TEXT NOT NULL);",
    )?;
    {
        let mut photo = tx.prepare(
            "INSERT INTO temp.hub_photos (data, content_type, uuid, file_name, sha256, taken_at, lon, lat, added_at, added_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        for p in hub.photos {
            photo.execute(params![
                p.data,
                p.content_type,
                p.uuid,
                p.file_name,
                p.sha256,
                p.taken_at,
                p.lon,
                p.lat,
                p.added_at,
                p.added_by
            ])?;
        }
        let mut fact = tx.prepare(
            "INSERT INTO temp.hub_photo_log (version_id, record_id, photo_id, operation, changed_at, changed_by)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for f in hub.facts {
            fact.execute(params![
                f.version_id,
                f.record_id,
                f.photo_id,
                f.operation,
                f.changed_at,
                f.changed_by
            ])?;
        }
    }
    let taken = super::photos::merge_photos_from(
        tx,
        Path::new(hub.label),
        "temp.hub_photos",
        "temp.hub_photo_log",
    )?;
    tx.execute_batch("DROP TABLE temp.hub_photos; DROP TABLE temp.hub_photo_log;")?;
    Ok(taken)
}

/// The hub's programme settings written into the file where they differ: the settings
/// changed here (key, value now), by key.
fn take_settings(
    tx: &rusqlite::Transaction<'_>,
    settings: &[(String, String)],
) -> Result<Vec<(String, String)>, StoreError> {
    let mut changed = Vec::new();
    for (key, value) in settings {
        let here: Option<String> = tx
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?;
        if here.as_ref() != Some(value) {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )?;
            changed.push((key.clone(), value.clone()));
        }
    }
    Ok(changed)
}
