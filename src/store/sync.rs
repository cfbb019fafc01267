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
        let mut store = Store {
            conn,
            path: Path::new(hub.label).to_owned(),
            read_only: false,
            immutable: false,
        };
        store.take_from_hub(hub, "hub", progress)?;
        store.read_only = true;
        Ok(store)
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
        if received > 0 {
            finish(tx)?;
        } else {
            forget_actor(&tx)?;
            tx.commit()?;
        }
        Ok(summary)
    }
}
