//! The national hub: a PostgreSQL database with PostGIS that laptops sync through, and the
//! only place with PostgreSQL SQL (as `store/` is for GeoPackage SQL).
//!
//! The hub holds every version every file sent (`versions`, the change log's DAG with its
//! texts unchanged) and, for each record, the version the rule shows (`crate::versions`,
//! the file merge's own rule) in PostGIS tables QGIS opens, with the records in conflict.
//! A sync ([`sync`]) sends the file's versions the hub lacks, has the hub apply the rule to
//! the records they touch, then brings back the hub's versions the file lacks and applies
//! the same rule in the file (`Store::take_from_hub`). Both sides then hold the same versions
//! of every record, hence the same heads, shown version and conflicts.
//!
//! Safety: the hub's writes run in one transaction under one advisory lock (so writers take
//! turns, versions are numbered in commit order, and the rule sees every version committed
//! before); the file's in one SQLite transaction. A sync cut anywhere leaves each side as
//! before or as after its own step; what was sent is sent again next time and kept once.

mod connect;
mod extras;
mod shown;

use postgres::{Client, IsolationLevel};

use crate::store::merge::MergeSummary;
use crate::store::sync::{FromHub, HubMarks};
use crate::store::{Store, StoreError};
use crate::versions::LogEntry;

pub use connect::{redacted, with_password};

/// The hub schema this build writes.
pub const HUB_VERSION: i32 = 2;

/// The migrations, in order: schema N is `MIGRATIONS[N - 1]`. Append only.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001.sql"),
    include_str!("migrations/0002.sql"),
];

/// The advisory lock every hub write takes (the bytes of "Clearfld").
const WRITE_LOCK: i64 = 0x436C_6561_7266_6C64;

/// Versions sent or read per statement.
const CHUNK: usize = 2000;

/// Why the hub could not be used.
#[derive(Debug, thiserror::Error)]
pub enum HubError {
    /// The URL cannot be read.
    #[error("{url}: {reason}")]
    Url {
        /// The URL, password left out.
        url: String,
        /// Why.
        reason: String,
    },
    /// No connection.
    #[error("{url}: cannot connect: {reason}")]
    Connect {
        /// The URL, password left out.
        url: String,
        /// Why, as PostgreSQL or the network said.
        reason: String,
    },
    /// The database is not a hub (yet).
    #[error("{url}: not a Clearfield hub; create it with `clearfield hub init {url}`")]
    NotAHub {
        /// The URL, password left out.
        url: String,
    },
    /// The hub is of a schema this build does not know, or an older one.
    #[error(
        "{url}: hub schema {found}, this build works with schema {supported}{}",
        if found < supported { "; upgrade it with `clearfield hub init`" } else { "; use a newer Clearfield" }
    )]
    Schema {
        /// The URL, password left out.
        url: String,
        /// The hub's schema.
        found: i32,
        /// This build's.
        supported: i32,
    },
    /// A version the hub holds cannot be shown.
    #[error("version {version_id} of {record_id}: {reason}")]
    BadVersion {
        /// The version.
        version_id: String,
        /// Its record.
        record_id: String,
        /// Why.
        reason: String,
    },
    /// A photo the hub holds with other bytes than the file's.
    #[error("photo {uuid} has different bytes in the file and the hub; nothing was sent")]
    PhotoDiffers {
        /// The photo's id.
        uuid: String,
    },
    /// PostgreSQL refused a statement, or the connection broke.
    #[error("hub: {}", postgres_reason(.0))]
    Postgres(postgres::Error),
    /// The file refused.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl crate::i18n::Localized for HubError {
    /// `err-hub-error-…`; the URL (password left out) and the ids as they are, what
    /// PostgreSQL or the network says as it words it.
    fn text_in(&self, m: &crate::i18n::Messages) -> String {
        match self {
            Self::Connect { url, reason } => m.text(
                "err-hub-error-connect",
                &[
                    ("url", url.as_str().into()),
                    ("reason", reason.as_str().into()),
                ],
            ),
            Self::NotAHub { url } => {
                m.text("err-hub-error-not-a-hub", &[("url", url.as_str().into())])
            }
            Self::Schema {
                url,
                found,
                supported,
            } => m.text(
                if found < supported {
                    "err-hub-error-schema-older"
                } else {
                    "err-hub-error-schema-newer"
                },
                &[
                    ("url", url.as_str().into()),
                    ("found", found.to_string().into()),
                    ("supported", supported.to_string().into()),
                ],
            ),
            Self::BadVersion {
                version_id,
                record_id,
                reason,
            } => m.text(
                "err-hub-error-bad-version",
                &[
                    ("version", version_id.as_str().into()),
                    ("record", record_id.as_str().into()),
                    ("reason", reason.as_str().into()),
                ],
            ),
            Self::PhotoDiffers { uuid } => m.text(
                "err-hub-error-photo-differs",
                &[("uuid", uuid.as_str().into())],
            ),
            Self::Store(e) => e.text_in(m),
            Self::Url { .. } | Self::Postgres(_) => self.to_string(),
        }
    }
}

impl From<postgres::Error> for HubError {
    fn from(e: postgres::Error) -> Self {
        HubError::Postgres(e)
    }
}

/// What PostgreSQL said (its message and detail), or else the client's error, in one line.
fn postgres_reason(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => match db.detail() {
            Some(detail) => format!("{}: {} ({detail})", db.severity(), db.message()),
            None => format!("{}: {}", db.severity(), db.message()),
        },
        None => match std::error::Error::source(e) {
            Some(source) => format!("{e}: {source}"),
            None => e.to_string(),
        },
    }
}

/// A connection to a hub.
pub struct Hub {
    client: Client,
    label: String,
}

impl std::fmt::Debug for Hub {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hub").field("url", &self.label).finish()
    }
}

/// What `hub init` did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Initialised {
    /// The hub's identity.
    pub hub_id: String,
    /// The schema versions applied now (none: it was a hub of this schema already).
    pub applied: Vec<i32>,
}

/// What a sync did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SyncSummary {
    /// The file's versions the hub did not have.
    pub sent: usize,
    /// The file's versions looked at (sent, or found in the hub already).
    pub offered: usize,
    /// Records the hub showed anew.
    pub hub_records: usize,
    /// The file's photos the hub did not have.
    pub photos_sent: usize,
    /// The file's attaches and detaches of photos the hub did not have.
    pub photo_changes_sent: usize,
    /// What taking the hub's versions did to the file.
    pub received: MergeSummary,
}

impl Hub {
    /// Connects to the hub at `url` (see `connect`'s conventions for credentials and TLS)
    /// and checks it is a hub of this build's schema.
    pub fn open(url: &str) -> Result<Hub, HubError> {
        let mut hub = Hub::connect(url)?;
        let found = hub.schema_version()?;
        match found {
            None => Err(HubError::NotAHub { url: hub.label }),
            Some(found) if found != HUB_VERSION => Err(HubError::Schema {
                url: hub.label,
                found,
                supported: HUB_VERSION,
            }),
            Some(_) => Ok(hub),
        }
    }

    fn connect(url: &str) -> Result<Hub, HubError> {
        let target = connect::target(url)?;
        let client = connect::connect(&target)?;
        Ok(Hub {
            client,
            label: target.label,
        })
    }

    /// The URL as given, without its password.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// Creates the hub schema in the database at `url`, or brings it to this build's
    /// schema, in one transaction under the hub's lock; a hub already current is left as
    /// it is. Needs PostGIS installed on the server (the migration creates the extension).
    pub fn init(url: &str) -> Result<(Hub, Initialised), HubError> {
        let mut hub = Hub::connect(url)?;
        let mut tx = hub.client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS hub_schema (
               version integer PRIMARY KEY,
               applied_at timestamptz NOT NULL DEFAULT now())",
        )?;
        let found: i32 = tx
            .query_one("SELECT coalesce(max(version), 0) FROM hub_schema", &[])?
            .get(0);
        if found > HUB_VERSION {
            return Err(HubError::Schema {
                url: hub.label,
                found,
                supported: HUB_VERSION,
            });
        }
        let mut applied = Vec::new();
        for (n, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            let version = n as i32 + 1;
            tx.batch_execute(sql)?;
            tx.execute("INSERT INTO hub_schema (version) VALUES ($1)", &[&version])?;
            applied.push(version);
        }
        let hub_id: String = tx
            .query_one("SELECT value FROM hub_meta WHERE key = 'hub_id'", &[])?
            .get(0);
        tx.commit()?;
        Ok((hub, Initialised { hub_id, applied }))
    }

    /// The hub's schema version; `None` when the database is not a hub.
    fn schema_version(&mut self) -> Result<Option<i32>, HubError> {
        let exists: bool = self
            .client
            .query_one("SELECT to_regclass('hub_schema') IS NOT NULL", &[])?
            .get(0);
        if !exists {
            return Ok(None);
        }
        Ok(self
            .client
            .query_one("SELECT max(version) FROM hub_schema", &[])?
            .get(0))
    }

    /// Sets the programme's settings in the hub (`programme_name`, `article4_deadline`,
    /// `closure_tolerance`; values checked by the caller as for a file), all or none, under
    /// the hub's lock. Every laptop takes them at its next sync.
    pub fn set_settings(&mut self, pairs: &[(&str, &str)], actor: &str) -> Result<(), HubError> {
        let mut tx = self.client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
        extras::set(&mut tx, pairs, actor)?;
        tx.commit()?;
        Ok(())
    }

    /// The programme's settings the hub holds (key, value), by key.
    pub fn settings(&mut self) -> Result<Vec<(String, String)>, HubError> {
        extras::settings(&mut self.client)
    }

    /// The hub's identity.
    pub fn hub_id(&mut self) -> Result<String, HubError> {
        Ok(self
            .client
            .query_one("SELECT value FROM hub_meta WHERE key = 'hub_id'", &[])?
            .get(0))
    }

    /// Writes the versions the hub lacks (by version_id) and shows anew the records they
    /// touch, in one transaction under the hub's lock.
    fn send(
        &mut self,
        file: &extras::FileSide<'_>,
        versions: &[LogEntry],
        file_id: &str,
        actor: &str,
        progress: &mut dyn FnMut(Step, usize, usize),
    ) -> Result<Sent, HubError> {
        let mut tx = self.client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])?;
        let mut positions: Option<(i64, i64)> = None;
        let mut touched: Vec<String> = Vec::new();
        for (n, chunk) in versions.chunks(CHUNK).enumerate() {
            let column = |f: fn(&LogEntry) -> &String| -> Vec<&str> {
                chunk.iter().map(|v| f(v).as_str()).collect()
            };
            let rows = tx.query(
                "INSERT INTO versions (version_id, record_kind, record_id, operation, changed_at, changed_by, record, parents, origin_file)
                 SELECT v.version_id, v.record_kind, v.record_id, v.operation, v.changed_at, v.changed_by, v.record, v.parents, $9 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
                   WITH ORDINALITY AS v(version_id, record_kind, record_id, operation, changed_at, changed_by, record, parents, n)
                 ORDER BY v.n
                 ON CONFLICT (version_id) DO NOTHING
                 RETURNING seq, record_id",
                &[
                    &column(|v| &v.version_id),
                    &column(|v| &v.record_kind),
                    &column(|v| &v.record_id),
                    &column(|v| &v.operation),
                    &column(|v| &v.changed_at),
                    &column(|v| &v.changed_by),
                    &column(|v| &v.record),
                    &column(|v| &v.parents),
                    &file_id,
                ],
            )?;
            for row in rows {
                let seq: i64 = row.get(0);
                positions = Some(match positions {
                    Some((lo, hi)) => (lo.min(seq), hi.max(seq)),
                    None => (seq, seq),
                });
                touched.push(row.get(1));
            }
            progress(
                Step::Send,
                (n * CHUNK + chunk.len()).min(versions.len()),
                versions.len(),
            );
        }
        let sent = touched.len();
        touched.sort_unstable();
        touched.dedup();
        let shown = shown::show(&mut tx, &touched, &mut |done, total| {
            progress(Step::Hub, done, total)
        })?;
        let extras = extras::send(&mut tx, file, file_id, actor)?;
        tx.execute(
            "INSERT INTO syncs (file_id, synced_by, versions_received) VALUES ($1, $2, $3)",
            &[&file_id, &actor, &(sent as i32)],
        )?;
        tx.commit()?;
        Ok(Sent {
            positions,
            sent,
            shown,
            extras,
        })
    }

    /// A read-only transaction that sees one state of the hub throughout (REPEATABLE READ).
    fn snapshot(&mut self) -> Result<postgres::Transaction<'_>, HubError> {
        Ok(self
            .client
            .build_transaction()
            .isolation_level(IsolationLevel::RepeatableRead)
            .read_only(true)
            .start()?)
    }

    /// The hub's version ids after position `after` (with their positions), but those at
    /// positions in `skip` (the ones this sync sent), and the hub's last position, from one
    /// snapshot.
    fn ids_after(
        &mut self,
        after: i64,
        skip: Option<(i64, i64)>,
    ) -> Result<(Vec<(i64, String)>, i64), HubError> {
        let mut tx = self.snapshot()?;
        let last: i64 = tx
            .query_one("SELECT coalesce(max(seq), 0)::bigint FROM versions", &[])?
            .get(0);
        let (lo, hi) = skip.unwrap_or((0, -1));
        let ids = tx
            .query(
                "SELECT seq, version_id FROM versions
                 WHERE seq > $1 AND seq <= $2 AND NOT (seq BETWEEN $3 AND $4) ORDER BY seq",
                &[&after, &last, &lo, &hi],
            )?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect();
        tx.commit()?;
        Ok((ids, last))
    }

    /// The versions at these positions, in the hub's order. (Versions are never changed
    /// nor removed, so any snapshot reads them alike.)
    fn versions_at(
        &mut self,
        positions: &[i64],
        progress: &mut dyn FnMut(Step, usize, usize),
    ) -> Result<Vec<LogEntry>, HubError> {
        let mut out = Vec::with_capacity(positions.len());
        for chunk in positions.chunks(CHUNK) {
            let rows = self.client.query(
                "SELECT version_id, record_kind, record_id, operation, changed_at, changed_by, record, parents
                 FROM versions WHERE seq = ANY($1) ORDER BY seq",
                &[&chunk],
            )?;
            out.extend(rows.iter().map(|r| log_entry(r, 0)));
            progress(Step::Receive, out.len(), positions.len());
        }
        Ok(out)
    }
}

impl Hub {
    /// Every version the hub holds, in its log order, and its last position, read in one
    /// snapshot: what HQ computes the programme from.
    fn all_versions(
        &mut self,
        progress: &mut dyn FnMut(Step, usize, usize),
    ) -> Result<(Vec<LogEntry>, i64), HubError> {
        let mut tx = self.snapshot()?;
        let (count, last): (i64, i64) = {
            let row = tx.query_one(
                "SELECT count(*)::bigint, coalesce(max(seq), 0)::bigint FROM versions",
                &[],
            )?;
            (row.get(0), row.get(1))
        };
        let total = usize::try_from(count).unwrap_or(0);
        let mut out = Vec::with_capacity(total);
        let mut after = 0_i64;
        loop {
            let rows = tx.query(
                "SELECT seq, version_id, record_kind, record_id, operation, changed_at, changed_by, record, parents
                 FROM versions WHERE seq > $1 ORDER BY seq LIMIT $2",
                &[&after, &(CHUNK as i64)],
            )?;
            let Some(end) = rows.last() else { break };
            after = end.get(0);
            out.extend(rows.iter().map(|r| log_entry(r, 1)));
            progress(Step::Receive, out.len(), total);
        }
        tx.commit()?;
        Ok((out, last))
    }
}

/// HQ's view of the programme: a read-only copy, in memory, of everything the hub holds,
/// shown by the file merge's rule ([`Store::from_hub`]), so that `status`, `estimate`,
/// `report` and `export` compute from a hub with the same engine as from a file. Nothing is
/// written to the hub. `progress` is told each step's (done, total).
pub fn read(url: &str, progress: &mut dyn FnMut(Step, usize, usize)) -> Result<Store, HubError> {
    let all = Everything::read(&mut Hub::open(url)?, progress)?;
    Ok(Store::from_hub(&all.as_incoming(), &mut |done, total| {
        progress(Step::Apply, done, total)
    })?)
}

/// As [`read`], photos included, into a new GeoPackage at `path` (the app's view of a hub,
/// which reads the file on several connections; `export --db postgresql://…`, which writes
/// the photos beside what it exports); the store returned is read-only.
pub fn copy(
    url: &str,
    path: &std::path::Path,
    progress: &mut dyn FnMut(Step, usize, usize),
) -> Result<Store, HubError> {
    let mut hub = Hub::open(url)?;
    let mut all = Everything::read(&mut hub, progress)?;
    (all.photos, all.facts) = extras::all_photos(&mut hub.client)?;
    Ok(Store::copy_of_hub(
        path,
        &all.as_incoming(),
        &mut |done, total| progress(Step::Apply, done, total),
    )?)
}

/// Everything a hub holds that HQ's copy is made from.
struct Everything {
    hub_id: String,
    label: String,
    position: i64,
    versions: Vec<LogEntry>,
    settings: Vec<(String, String)>,
    photos: Vec<crate::store::sync::PhotoRow>,
    facts: Vec<crate::store::sync::PhotoFact>,
}

impl Everything {
    fn read(hub: &mut Hub, progress: &mut dyn FnMut(Step, usize, usize)) -> Result<Self, HubError> {
        let hub_id = hub.hub_id()?;
        let (versions, position) = hub.all_versions(progress)?;
        let settings = extras::settings(&mut hub.client)?;
        Ok(Everything {
            hub_id,
            label: hub.label.clone(),
            position,
            versions,
            settings,
            photos: Vec::new(),
            facts: Vec::new(),
        })
    }

    fn as_incoming(&self) -> FromHub<'_> {
        FromHub {
            hub_id: &self.hub_id,
            label: &self.label,
            sent_upto: 0,
            hub_position: self.position,
            versions: &self.versions,
            photos: &self.photos,
            facts: &self.facts,
            settings: &self.settings,
        }
    }
}

/// The hub's URL when a `--db` path names a hub rather than a file.
pub fn url_in(db: &std::path::Path) -> Option<&str> {
    db.to_str().filter(|d| is_hub_url(d))
}

/// Whether `text` names a hub (a `postgresql://` or `postgres://` URL) rather than a file.
pub fn is_hub_url(text: &str) -> bool {
    text.starts_with("postgresql://") || text.starts_with("postgres://")
}

/// A version from a row of `versions`, its columns from `first` on in `LogEntry`'s order
/// (version_id, record_kind, record_id, operation, changed_at, changed_by, record, parents).
fn log_entry(row: &postgres::Row, first: usize) -> LogEntry {
    LogEntry {
        version_id: row.get(first),
        record_kind: row.get(first + 1),
        record_id: row.get(first + 2),
        operation: row.get(first + 3),
        changed_at: row.get(first + 4),
        changed_by: row.get(first + 5),
        record: row.get(first + 6),
        parents: row.get(first + 7),
    }
}

/// What [`Hub::send`] did.
struct Sent {
    /// The hub positions the new versions took (first, last; none when all were there).
    positions: Option<(i64, i64)>,
    /// How many versions were new to the hub.
    sent: usize,
    /// How many records the hub showed anew.
    shown: usize,
    /// Photos and facts new to the hub.
    extras: extras::SentExtras,
}

/// The steps of a sync, for progress.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Versions sent to the hub.
    Send,
    /// Records the hub shows anew.
    Hub,
    /// Versions brought from the hub.
    Receive,
    /// Records the file shows anew.
    Apply,
}

impl Step {
    /// The step in a word.
    pub fn word(self) -> &'static str {
        match self {
            Step::Send => "sending",
            Step::Hub => "hub",
            Step::Receive => "receiving",
            Step::Apply => "applying",
        }
    }
}

/// Syncs the file with the hub: the file's versions the hub lacks sent and shown there,
/// then the hub's versions the file lacks brought back and shown here, each side by the file
/// merge's rule. Only what came since the file's last sync with this hub is looked at.
/// `progress` is told each step's (done, total).
pub fn sync(
    store: &mut Store,
    hub: &mut Hub,
    actor: &str,
    progress: &mut dyn FnMut(Step, usize, usize),
) -> Result<SyncSummary, HubError> {
    let hub_id = hub.hub_id()?;
    let marks = store.hub_marks(&hub_id)?;
    sync_from(store, hub, &hub_id, marks, actor, progress)
}

/// As [`sync`], but every version of both sides looked at, whatever the file noted of
/// earlier syncs: for a hub restored from a backup, which lacks versions the file sent after
/// that backup.
pub fn sync_all(
    store: &mut Store,
    hub: &mut Hub,
    actor: &str,
    progress: &mut dyn FnMut(Step, usize, usize),
) -> Result<SyncSummary, HubError> {
    let hub_id = hub.hub_id()?;
    sync_from(store, hub, &hub_id, HubMarks::default(), actor, progress)
}

/// A sync from these marks.
fn sync_from(
    store: &mut Store,
    hub: &mut Hub,
    hub_id: &str,
    marks: HubMarks,
    actor: &str,
    progress: &mut dyn FnMut(Step, usize, usize),
) -> Result<SyncSummary, HubError> {
    let file_id = store.file_id()?;
    let upto = store.log_position()?;
    let mine = store.versions_between(marks.sent, upto)?;
    let file = extras::FileSide::read(store)?;
    let sent = hub.send(&file, &mine, &file_id, actor, progress)?;
    // Ids first: a laptop that already has most of the hub's versions (a copy of a file
    // synced before) is sent only what it lacks.
    let (ids, hub_position) = hub.ids_after(marks.received, sent.positions)?;
    let lacking = store.lacking(&ids)?;
    let theirs = hub.versions_at(&lacking, progress)?;
    let extras = extras::for_file(&mut hub.client, &file)?;
    let label = hub.label.clone();
    let received = store.take_from_hub(
        &FromHub {
            hub_id,
            label: &label,
            sent_upto: upto,
            hub_position,
            versions: &theirs,
            photos: &extras.photos,
            facts: &extras.facts,
            settings: &extras.settings,
        },
        actor,
        &mut |done, total| progress(Step::Apply, done, total),
    )?;
    Ok(SyncSummary {
        sent: sent.sent,
        offered: mine.len(),
        hub_records: sent.shown,
        photos_sent: sent.extras.photos,
        photo_changes_sent: sent.extras.facts,
        received,
    })
}
