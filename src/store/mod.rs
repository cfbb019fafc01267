//! The field database: one SQLite file that is also an OGC GeoPackage. The only module with SQL.
//!
//! Every connection sets WAL, `synchronous=FULL` (a commit survives a power cut),
//! `foreign_keys=ON` and a busy timeout, and registers the `ST_*` functions GDAL's triggers
//! need. Every write runs in one transaction; the change log is kept by triggers in the schema.

pub mod gpkg;
mod localized;
pub mod merge;
pub mod migrate;
pub mod photos;
pub mod sync;
pub mod undo;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::types::Value;
use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, Transaction, params};
use uuid::Uuid;

use crate::model::{
    self, Fields, OrdnanceCategory, OrdnanceType, Record, RecordInput, RecordKind, Stamp,
};

pub use migrate::CURRENT_VERSION;

/// Why the database could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// No file at the path.
    #[error("{0}: no such file; create it with `clearfield init`")]
    Missing(PathBuf),
    /// `init` on a path that already holds something else, or a backup to a name that is
    /// taken (an existing file, this database's own journal).
    #[error(
        "{0}: a file is already there (not a Clearfield database, or one not to be replaced); nothing was changed"
    )]
    Exists(PathBuf),
    /// Not an SQLite file at all.
    #[error("{path}: not a database file ({reason})")]
    NotADatabase {
        /// The file.
        path: PathBuf,
        /// What was found instead.
        reason: String,
    },
    /// An SQLite file or GeoPackage that Clearfield did not make.
    #[error(
        "{path}: {what}, not a Clearfield database (it has no clearfield_meta table); nothing was changed"
    )]
    NotOurs {
        /// The file.
        path: PathBuf,
        /// What it is.
        what: &'static str,
    },
    /// Written by a newer Clearfield.
    #[error(
        "{path}: schema version {found} was written by a newer Clearfield (this one reads up to {supported}); update Clearfield, the file was not changed"
    )]
    TooNew {
        /// The file.
        path: PathBuf,
        /// Its version.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// A version that is not a number.
    #[error("{path}: schema version {found:?} in clearfield_meta is not a number")]
    BadVersion {
        /// The file.
        path: PathBuf,
        /// What is there.
        found: String,
    },
    /// SQLite's own check failed.
    #[error(
        "{path}: the database is damaged ({details}); restore it from a backup, the file was not changed"
    )]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What the check reported (first lines).
        details: String,
    },
    /// A change asked of a file that can only be read.
    #[error(
        "{path}: the file can only be read (write-protected media, a read-only share, or no permission), so Clearfield cannot {wanted}; copy it to a writable folder first. Nothing was changed"
    )]
    ReadOnly {
        /// The file.
        path: PathBuf,
        /// What was asked.
        wanted: &'static str,
    },
    /// A WAL-mode file whose folder this user cannot write, on a filesystem others may write.
    #[error(
        "{0}: the file was left in WAL mode and its folder cannot be written by this user, so it cannot be read safely while others may be writing it; ask for write access to the folder, or copy the file and open the copy"
    )]
    SharedReadOnly(PathBuf),
    /// A file read without changing it (the other file of a merge) whose schema is older.
    #[error(
        "{path}: schema version {found} is older than this build's {current}; open it once with this Clearfield (`clearfield --db FILE check`) to upgrade it, then try again",
        current = CURRENT_VERSION
    )]
    NeedsUpgrade {
        /// The file.
        path: PathBuf,
        /// Its version.
        found: u32,
    },
    /// A read-only file left with unsaved changes in its `-wal` beside it.
    #[error(
        "{0}: the file is on read-only media with changes not yet merged into it (its -wal file beside it); copy the file together with its -wal and -shm files to a writable folder and open it there"
    )]
    ReadOnlyWal(PathBuf),
    /// No record with this id.
    #[error("no record with id {0}")]
    NotFound(Uuid),
    /// A write (an app edit, undo or redo) to a record that something else changed since
    /// it was read.
    #[error(
        "record {0} was changed meanwhile (by a merge or another program); nothing was written, open it again"
    )]
    ChangedSince(Uuid),
    /// Bringing back a deleted record that a merge left in conflict.
    #[error(
        "record {0} is in conflict after a merge; resolve it first (Conflicts, or `clearfield resolve`)"
    )]
    InConflict(Uuid),
    /// A new record with an id that is already used.
    #[error("{kind} {id}: a record with this id already exists")]
    DuplicateId {
        /// Kind of the new record.
        kind: RecordKind,
        /// The id.
        id: Uuid,
    },
    /// A record naming a hazard area (or, for a survey point, a hazard area or a release)
    /// that does not exist.
    #[error("{kind} {id}: {field} {hazard_id}: no such {target}")]
    NoSuchHazard {
        /// Kind of the record.
        kind: RecordKind,
        /// The record.
        id: Uuid,
        /// The field naming it (`hazard_id`, `belongs_to`).
        field: &'static str,
        /// The missing record.
        hazard_id: Uuid,
        /// What it should name (`hazard area`, `hazard area or land release`).
        target: &'static str,
    },
    /// Deleting a hazard area or release that other records still point at.
    #[error(
        "{} {id}: {releases} land release(s), {finds} ordnance find(s) and {points} survey or evidence point(s) refer to it; delete or relink them first",
        kind.label()
    )]
    Referenced {
        /// What is being deleted.
        kind: RecordKind,
        /// The record.
        id: Uuid,
        /// Releases that name it.
        releases: u64,
        /// Finds that name it.
        finds: u64,
        /// Survey and evidence points that name it.
        points: u64,
    },
    /// A merge that cannot be done; nothing was changed.
    #[error("cannot merge {path}: {reason}; nothing was changed")]
    MergeRefused {
        /// The other file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// `resolve` on a record that is not in conflict.
    #[error("record {0} is not in conflict (see `clearfield conflicts`)")]
    NoConflict(Uuid),
    /// `resolve` with a choice that does not pick one version.
    #[error("record {id}: {reason}")]
    BadChoice {
        /// The record.
        id: Uuid,
        /// Why.
        reason: String,
    },
    /// `resolve` naming a version that is not one of the record's versions in conflict.
    #[error("record {id}: {version:?} is not one of the versions in conflict ({versions})")]
    NotInConflict {
        /// The record.
        id: Uuid,
        /// The version named.
        version: String,
        /// The versions in conflict.
        versions: String,
    },
    /// `resolve` taking a field that records of this kind do not have.
    #[error("record {id}: {field:?} is not a field of a {} (fields: {}, geom)", kind.label(), kind.fields().join(", "))]
    NotAField {
        /// The record.
        id: Uuid,
        /// Its kind.
        kind: RecordKind,
        /// The field named.
        field: String,
    },
    /// `resolve` taking a field from a version that deletes the record, or into a kept
    /// deletion.
    #[error(
        "record {id}: version {version} deletes the record; it has no {field} to take, nor takes one"
    )]
    DeletionHasNoFields {
        /// The record.
        id: Uuid,
        /// The deleting version.
        version: String,
        /// The field asked for.
        field: String,
    },
    /// `resolve` with fields from several versions that together do not make a valid
    /// record; nothing was written.
    #[error("record {id}: the {} these choices make is not valid: {invalid}; nothing was written", kind.label())]
    InvalidChoice {
        /// The record.
        id: Uuid,
        /// Its kind.
        kind: RecordKind,
        /// What is wrong with it.
        invalid: crate::model::Invalid,
    },
    /// A stored setting that cannot be read.
    #[error("setting {key} {value:?}: {reason}; set it again with `clearfield settings`")]
    BadSetting {
        /// The setting.
        key: &'static str,
        /// Its stored value.
        value: String,
        /// Why it is not valid.
        reason: String,
    },
    /// A stored row that does not make a valid record.
    #[error("{0}")]
    BadRow(RowProblem),
    /// Any other SQLite failure. (Its message is SQLite's own once, not also as a "source":
    /// a chain printer would say it twice.)
    #[error("{}", sqlite_message(.0))]
    Sqlite(rusqlite::Error),
    /// The file could not be read.
    #[error("{path}: {error}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error (in the message, not a "source": said once).
        error: std::io::Error,
    },
    /// Another file named for reading (a merge's, a restore's) is not there.
    #[error("{0}: no such file")]
    NoSuchFile(PathBuf),
    /// Bytes offered as a photo that are not a JPEG or PNG image.
    #[error("{0}: not a JPEG or PNG photo (told by its first bytes); nothing was attached")]
    NotAPhoto(String),
    /// No photo with this id.
    #[error("no photo with id {0}")]
    NoSuchPhoto(Uuid),
    /// Detaching a photo that is not attached to the record.
    #[error("photo {photo} is not attached to record {record} (see `clearfield photos {record}`)")]
    NotAttached {
        /// The record.
        record: Uuid,
        /// The photo.
        photo: Uuid,
    },
    /// Attaching a photo (the same bytes) that the record already has.
    #[error("{file}: record {record} already has this photo (as {photo}); nothing was attached")]
    AlreadyAttached {
        /// The file offered.
        file: String,
        /// The record.
        record: Uuid,
        /// The photo it already has.
        photo: Uuid,
    },
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> StoreError {
        StoreError::Sqlite(e)
    }
}

/// A stored row that does not make a valid record: where it is and why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{table} feature {fid} (id {id}): {reason}")]
pub struct RowProblem {
    /// The table.
    pub table: &'static str,
    /// Its GeoPackage feature id.
    pub fid: i64,
    /// Its UUID text as stored.
    pub id: String,
    /// What is wrong.
    pub reason: String,
}

/// Records of one kind read from the file, and the rows that could not be read.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    /// The valid records, in feature-id order.
    pub records: Vec<Record>,
    /// Rows that are not valid records (edited outside the app, damaged).
    pub problems: Vec<RowProblem>,
}

/// Finds of one type, category, disposal and team, counted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindGroup {
    /// Ordnance type code.
    pub ordnance_type: String,
    /// Category.
    pub category: String,
    /// Disposal, if recorded.
    pub disposal: Option<String>,
    /// Team, if recorded.
    pub team: Option<String>,
    /// Number of finds.
    pub finds: u64,
    /// Number of items (sum of quantities).
    pub items: u64,
}

/// One version of a record in the change log.
#[derive(Clone, Debug, PartialEq)]
pub struct ChangeEntry {
    /// Position in the log.
    pub seq: i64,
    /// Unique id of this version.
    pub version_id: String,
    /// Kind of record.
    pub kind: String,
    /// The record's UUID.
    pub record_id: String,
    /// `insert`, `update` or `delete`.
    pub operation: String,
    /// When (UTC).
    pub changed_at: String,
    /// Who (`external` for another program).
    pub changed_by: String,
    /// The whole record after the change (before it, for a delete), as JSON.
    pub record: serde_json::Value,
    /// The versions it was made from: one for an edit, none for the first, every competing
    /// version for a resolved conflict.
    pub parents: Vec<String>,
}

/// What `clearfield check` found.
#[derive(Clone, Debug, Default)]
pub struct CheckReport {
    /// Lines from `PRAGMA integrity_check` other than `ok`.
    pub integrity: Vec<String>,
    /// Broken links between records.
    pub foreign_keys: Vec<String>,
    /// GeoPackage rules the file breaks.
    pub geopackage: Vec<String>,
    /// Clearfield's own triggers and views that are missing or damaged.
    pub schema: Vec<String>,
    /// Rows that are not valid records.
    pub rows: Vec<RowProblem>,
    /// Records checked, by kind.
    pub counts: Vec<(RecordKind, usize)>,
}

impl CheckReport {
    /// True when nothing is wrong.
    pub fn is_clean(&self) -> bool {
        self.integrity.is_empty()
            && self.foreign_keys.is_empty()
            && self.geopackage.is_empty()
            && self.schema.is_empty()
            && self.rows.is_empty()
    }
}

/// Whether `path` names the database at `db` or one of its journal files (`-wal`, `-shm`,
/// `-journal`), links followed, whether or not those exist now: no export, report or backup
/// may be written there, and no import read from there with plain file IO.
pub fn part_of_database(path: &Path, db: &Path) -> bool {
    // The folder resolved (links, `..`), the name as given.
    let place = |p: &Path| -> Option<PathBuf> {
        let p = crate::io::resolve_links(p).ok()?;
        let folder = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
            _ => PathBuf::from("."),
        };
        Some(std::fs::canonicalize(folder).ok()?.join(p.file_name()?))
    };
    let (Some(target), Some(db)) = (place(path), place(db)) else {
        return crate::io::same_file(path, db);
    };
    ["", "-wal", "-shm", "-journal"].iter().any(|suffix| {
        let mut name = db.clone().into_os_string();
        name.push(suffix);
        name == target.as_os_str()
    }) || crate::io::same_file(path, &db)
}

/// The feature table of a kind.
pub fn table(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::HazardArea => "hazard_areas",
        RecordKind::LandRelease => "land_releases",
        RecordKind::OrdnanceFind => "ordnance_finds",
        RecordKind::SurveyPoint => "survey_points",
        RecordKind::EvidencePoint => "evidence_points",
    }
}

/// Columns of each table that hold record fields, in the order `columns` returns them.
fn columns(kind: RecordKind) -> &'static [&'static str] {
    kind.fields()
}

/// An open Clearfield database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Opened for reading only: the file cannot, or must not, be written.
    read_only: bool,
    /// Read as immutable: a WAL-mode file on write-protected media (see `readable`).
    immutable: bool,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

/// Whether `open` found the file as this build writes it or had to upgrade it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Opened {
    /// Already at the current schema.
    Current,
    /// Upgraded from this schema version.
    Migrated(u32),
}

impl Store {
    /// Creates a new database at `path` (and its folder). Fails, changing nothing, when a
    /// file is already there.
    pub fn create(path: &Path) -> Result<Store, StoreError> {
        if path.exists() {
            return Err(StoreError::Exists(path.to_owned()));
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|error| StoreError::Io {
                path: dir.to_owned(),
                error,
            })?;
        }
        let mut conn = Connection::open_with_flags(
            literal_path(path),
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        configure(&conn)?;
        set_wal(&conn)?;
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        migrate::apply(&tx, 0, CURRENT_VERSION)?;
        tx.commit()?;
        Ok(Store {
            conn,
            path: path.to_owned(),
            read_only: false,
            immutable: false,
        })
    }

    /// Opens an existing database, upgrading an older schema in one transaction.
    ///
    /// Refuses, changing nothing, a file that is missing, not SQLite, not Clearfield's, or
    /// newer than this build. Opening reads only the file's header and schema, so that a
    /// command on a national-scale file starts at once; SQLite reports any damaged page it
    /// meets later as [`StoreError::Corrupt`]-style "damaged" errors, and
    /// [`Store::check`] (`clearfield check`) runs the full `integrity_check`.
    pub fn open(path: &Path) -> Result<(Store, Opened), StoreError> {
        // Programs opening one old file at once: while one switches it to WAL or upgrades
        // it, SQLite may answer another "busy" at once, without waiting (a connection that
        // read the file in its old journal mode must start again). Opening changes nothing
        // until its one transaction commits, so it is simply tried again.
        let mut tries = 0;
        loop {
            match Store::open_as(path, OpenFlags::SQLITE_OPEN_READ_WRITE) {
                Err(StoreError::Sqlite(e)) if is_busy(&e) && tries < 100 => {
                    tries += 1;
                    std::thread::sleep(Duration::from_millis(20 + 5 * tries));
                }
                other => return other,
            }
        }
    }

    /// Opens an existing database for reading only, never changing it (no upgrade, no
    /// journal mode set): what a merge reads the other file with, and a backup's source.
    /// A file of an older schema is refused with [`StoreError::ReadOnly`].
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        Store::open_as(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map(|(store, _)| store)
    }

    /// [`Store::open_read_only`] for a file other than the one being worked on (a merge's,
    /// a restore's): a missing one is [`StoreError::NoSuchFile`], with no advice to create it.
    pub fn open_other(path: &Path) -> Result<Store, StoreError> {
        Store::open_read_only(path).map_err(|e| match e {
            StoreError::Missing(p) => StoreError::NoSuchFile(p),
            e => e,
        })
    }

    fn open_as(path: &Path, access: OpenFlags) -> Result<(Store, Opened), StoreError> {
        // Only metadata is read here: the file itself is opened by SQLite alone. Opening and
        // closing it with plain file IO would drop every POSIX lock this process holds on it
        // (the app keeps connections open), and another process would then delete the WAL
        // under them (sqlite.org, "How To Corrupt An SQLite Database File", 2.2).
        check_path(path)?;
        // READ_WRITE falls back to read-only where the file cannot be written (write-protected
        // media, a read-only share).
        let conn = Connection::open_with_flags(
            literal_path(path),
            access | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| store_error(path, e))?;
        let read_only = conn
            .is_readonly(rusqlite::MAIN_DB)
            .map_err(|e| store_error(path, e))?;
        let (conn, immutable) = if read_only {
            readable(path, conn)?
        } else {
            (conn, false)
        };
        let mut store = Store {
            conn,
            path: path.to_owned(),
            read_only,
            immutable,
        };
        store
            .conn
            .busy_timeout(Duration::from_secs(10))
            .map_err(|e| store_error(path, e))?;
        let found = store.found_version()?;
        configure(&store.conn).map_err(|e| store_error(path, e))?;
        if read_only {
            if found < CURRENT_VERSION {
                return Err(if access == OpenFlags::SQLITE_OPEN_READ_ONLY {
                    StoreError::NeedsUpgrade {
                        path: path.to_owned(),
                        found,
                    }
                } else {
                    StoreError::ReadOnly {
                        path: path.to_owned(),
                        wanted: "upgrade its schema",
                    }
                });
            }
            return Ok((store, Opened::Current));
        }
        set_wal(&store.conn).map_err(|e| store_error(path, e))?;
        if found == CURRENT_VERSION {
            return Ok((store, Opened::Current));
        }
        // The version is read again inside the write lock: another process opening the same
        // old file at the same moment migrates it once, not twice.
        let tx = store
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let now: u32 = migrate::version(&tx)?
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(found);
        migrate::apply(&tx, now, CURRENT_VERSION)?;
        tx.commit()?;
        Ok((
            store,
            if now < CURRENT_VERSION {
                Opened::Migrated(now)
            } else {
                Opened::Current
            },
        ))
    }

    /// The schema version recorded in the file, refusing files that are not Clearfield's,
    /// newer than this build, or not SQLite at all.
    fn found_version(&self) -> Result<u32, StoreError> {
        let path = &self.path;
        let version = match migrate::version(&self.conn) {
            Ok(Some(v)) => v,
            Ok(None) => {
                let app_id: i64 = self
                    .conn
                    .query_row("PRAGMA application_id", [], |r| r.get(0))?;
                return Err(StoreError::NotOurs {
                    path: path.to_owned(),
                    what: if app_id == 0x4750_4B47 {
                        "a GeoPackage"
                    } else {
                        "an SQLite database"
                    },
                });
            }
            Err(e) if e.sqlite_error_code() == Some(ErrorCode::NotADatabase) => {
                return Err(StoreError::NotADatabase {
                    path: path.to_owned(),
                    reason: "it does not start with the SQLite header".to_owned(),
                });
            }
            Err(e) => return Err(store_error(path, e)),
        };
        let found: u32 = version.trim().parse().map_err(|_| StoreError::BadVersion {
            path: path.to_owned(),
            found: version.clone(),
        })?;
        if found > CURRENT_VERSION {
            return Err(StoreError::TooNew {
                path: path.to_owned(),
                found,
                supported: CURRENT_VERSION,
            });
        }
        Ok(found)
    }

    /// The `file:` URI another connection attaches this file with, read-only.
    pub(crate) fn attach_uri(&self) -> String {
        file_uri(
            &self.path,
            if self.immutable {
                "immutable=1"
            } else {
                "mode=ro"
            },
        )
    }

    /// True when the file could only be opened for reading (write-protected media, a
    /// read-only share, no permission): every write is refused with [`StoreError::ReadOnly`].
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The file this store reads and writes.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<u32, StoreError> {
        let v = migrate::version(&self.conn)?.unwrap_or_default();
        v.parse().map_err(|_| StoreError::BadVersion {
            path: self.path.clone(),
            found: v,
        })
    }

    /// The ordnance type reference list, by code.
    pub fn ordnance_types(&self) -> Result<Vec<OrdnanceType>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT code, category, description FROM ordnance_types ORDER BY fid")?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })?;
        let mut types = Vec::new();
        for row in rows {
            let (code, category, description) = row?;
            let category = category
                .parse::<OrdnanceCategory>()
                .unwrap_or(OrdnanceCategory::Other);
            types.push(OrdnanceType {
                code,
                category,
                description,
            });
        }
        Ok(types)
    }

    /// Adds records in one transaction: all of them or, on any error, none.
    pub fn insert(&mut self, records: &[Record], actor: &str) -> Result<(), StoreError> {
        self.insert_with_progress(records, actor, &mut |_| {})
    }

    /// As [`Store::insert`], calling `progress` with the number written so far.
    pub fn insert_with_progress(
        &mut self,
        records: &[Record],
        actor: &str,
        progress: &mut dyn FnMut(usize),
    ) -> Result<(), StoreError> {
        self.write(actor, |tx, extents| {
            for (i, record) in records.iter().enumerate() {
                check_links(tx, record)?;
                insert_row(tx, record, actor)?;
                extents.added(record);
                progress(i + 1);
            }
            Ok(())
        })
    }

    /// Starts an import: one transaction that records are added to one by one and that
    /// writes nothing unless [`ImportSession::commit`] is called. Links to hazard areas are
    /// checked at the end, so a file may list a release before its hazard area.
    pub fn import_session(&mut self, actor: &str) -> Result<ImportSession<'_>, StoreError> {
        self.writable()?;
        let types = self.ordnance_types()?;
        let tx = begin(&mut self.conn, actor)?;
        tx.pragma_update(None, "defer_foreign_keys", "ON")?;
        let mut empty = true;
        let mut start_fids = [0i64; RecordKind::COUNT];
        for (i, kind) in RecordKind::ALL.iter().enumerate() {
            let t = table(*kind);
            start_fids[i] =
                tx.query_row(&format!("SELECT coalesce(max(fid), 0) FROM {t}"), [], |r| {
                    r.get(0)
                })?;
            let any: bool =
                tx.query_row(&format!("SELECT EXISTS (SELECT 1 FROM {t})"), [], |r| {
                    r.get(0)
                })?;
            empty &= !any;
        }
        // Deleted records leave their versions behind: the lookups are needed then too.
        empty &= !tx.query_row("SELECT EXISTS (SELECT 1 FROM change_log)", [], |r| {
            r.get::<_, bool>(0)
        })?;
        // The change log is written in one statement a table at commit (see schema.sql).
        tx.execute(
            "INSERT INTO clearfield_meta (key, value) VALUES ('bulk_insert', '1')",
            [],
        )?;
        // With `bulk_insert` set, Clearfield's own triggers on the feature tables do nothing
        // for the rows an import writes (they come with their ids and categories), but
        // SQLite still runs each of them, WHEN clause and lookups, for every row: about a
        // third of the writing. When they are the only triggers there, they are switched off
        // for the rows' INSERTs; any other (GDAL's spatial index, a user's) keeps them all.
        let triggers_off = own_objects(&tx, OwnObjects::FeatureTriggers)?;
        if triggers_off {
            tx.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)?;
        }
        // SQLite checks a row's CHECK constraints as it is inserted, and for every `IN (...)`
        // of more than two values it builds a temporary index anew for each row (the
        // expression reads the row being inserted): with `json_valid` of each change-log
        // record, over a third of the writing. When the tables are Clearfield's own, the
        // constraints are checked instead for all the import's rows at once before it
        // commits ([`ImportSession::commit`]): a row that breaks one fails the import as
        // before.
        let checks_later = own_objects(&tx, OwnObjects::CheckedTables)?;
        let mut check_from = [0i64; RecordKind::COUNT + 1];
        if checks_later {
            check_from[..RecordKind::COUNT].copy_from_slice(&start_fids);
            check_from[RecordKind::COUNT] =
                tx.query_row("SELECT coalesce(max(seq), 0) FROM change_log", [], |r| {
                    r.get(0)
                })?;
            tx.pragma_update(None, "ignore_check_constraints", true)?;
        }
        Ok(ImportSession {
            tx,
            triggers_off,
            checks_later,
            check_from,
            types,
            actor: actor.to_owned(),
            was_empty: empty,
            added_hazards: std::collections::HashSet::new(),
            added_releases: std::collections::HashSet::new(),
            logged_fids: start_fids,
            pending: Default::default(),
            pending_ids: std::collections::HashSet::new(),
            updates: Vec::new(),
        })
    }

    /// Replaces a stored record with `record` (same id and kind), stamping who and when.
    pub fn update(&mut self, record: &Record, actor: &str) -> Result<(), StoreError> {
        self.write(actor, |tx, extents| {
            extents.removed(tx, record.kind(), record.uuid())?;
            update_row(tx, record, actor)?;
            extents.added(record);
            Ok(())
        })
    }

    /// Deletes a record (its every version stays in the change log); returns its kind.
    pub fn delete(&mut self, id: Uuid, actor: &str) -> Result<RecordKind, StoreError> {
        self.write(actor, |tx, extents| {
            if let Some(kind) = find_kind(tx, id)? {
                extents.removed(tx, kind, id)?;
            }
            delete_row(tx, id)
        })
    }

    /// Puts a record back in the state `target` (`None`: deleted), provided it is still in
    /// the state `expected`: what undo and redo do. When the record was changed since (by a
    /// merge, another program), nothing is written and [`StoreError::ChangedSince`] says so.
    /// Stamps are not compared. A deleted record that comes back names its deletion as the
    /// parent version, so a merge sees one line of history, not a conflict.
    pub fn restore_state(
        &mut self,
        id: Uuid,
        expected: Option<&Record>,
        target: Option<&Record>,
        actor: &str,
    ) -> Result<(), StoreError> {
        let types = self.ordnance_types()?;
        self.write(actor, |tx, extents| {
            if let Some(kind) = find_kind(tx, id)? {
                extents.removed(tx, kind, id)?;
            }
            if let Some(t) = target {
                extents.added(t);
            }
            let current = match find_kind(tx, id)? {
                Some(kind) => {
                    let mut loaded =
                        load_where(tx, kind, "WHERE id = ?1", &[id.to_string()], &types)?;
                    if let Some(problem) = loaded.problems.pop() {
                        return Err(StoreError::BadRow(problem));
                    }
                    loaded.records.pop()
                }
                None => None,
            };
            let same = |a: Option<&Record>, b: Option<&Record>| {
                a.cloned().map(Record::without_stamp) == b.cloned().map(Record::without_stamp)
            };
            if !same(current.as_ref(), expected) {
                return Err(StoreError::ChangedSince(id));
            }
            match (current, target) {
                (Some(_), Some(t)) => update_row(tx, t, actor),
                (Some(_), None) => delete_row(tx, id).map(|_| ()),
                (None, Some(t)) => {
                    // A deleted record in conflict has several current versions; bringing it
                    // back would name only one as its parent. Resolve first.
                    let in_conflict = tx
                        .query_row(
                            "SELECT 1 FROM conflicts WHERE record_id = ?1",
                            [id.to_string()],
                            |_| Ok(()),
                        )
                        .optional()?
                        .is_some();
                    if in_conflict {
                        return Err(StoreError::InConflict(id));
                    }
                    check_links(tx, t)?;
                    let last: Option<String> = tx
                        .query_row(
                            "SELECT version_id FROM change_log WHERE record_id = ?1 ORDER BY seq DESC LIMIT 1",
                            [id.to_string()],
                            |r| r.get(0),
                        )
                        .optional()?;
                    insert_row(tx, t, actor)?;
                    if let Some(last) = last {
                        tx.execute(
                            "UPDATE change_log SET parents = json_array(?2) WHERE seq = \
                             (SELECT max(seq) FROM change_log WHERE record_id = ?1)",
                            params![id.to_string(), last],
                        )?;
                    }
                    Ok(())
                }
                (None, None) => Ok(()),
            }
        })
    }

    /// The record with this id, of whatever kind; `Ok(None)` when there is none.
    pub fn get(&self, id: Uuid) -> Result<Option<Record>, StoreError> {
        let Some(kind) = find_kind(&self.conn, id)? else {
            return Ok(None);
        };
        let types = self.ordnance_types()?;
        let mut loaded = self.load_where(kind, "WHERE id = ?1", &[id.to_string()], &types)?;
        if let Some(problem) = loaded.problems.pop() {
            return Err(StoreError::BadRow(problem));
        }
        Ok(loaded.records.pop())
    }

    /// The stored row of `id` as read, before the record rules: what an edit starts from when
    /// the row no longer passes them (stored before a rule it now breaks, or written by
    /// another program), so the user can correct it rather than only delete it. `None` when
    /// there is no such row; a [`StoreError::BadRow`] when it cannot even be read.
    pub fn stored_input(
        &self,
        id: Uuid,
    ) -> Result<Option<(RecordKind, RecordInput, Stamp)>, StoreError> {
        let Some(kind) = find_kind(&self.conn, id)? else {
            return Ok(None);
        };
        let mut found = None;
        for_each_row(
            &self.conn,
            kind,
            "WHERE id = ?1",
            &[id.to_string()],
            &mut |row| found = Some(row),
        )?;
        match found {
            None => Ok(None),
            Some(Err(problem)) => Err(StoreError::BadRow(problem)),
            Some(Ok((input, stamp, _))) => Ok(Some((kind, input, stamp))),
        }
    }

    /// Every hazard area's id and name, by name: what a form offers to link a record to.
    pub fn hazard_names(&self) -> Result<Vec<(Uuid, String)>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name FROM hazard_areas WHERE id IS NOT NULL ORDER BY name, id",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (id, name) = row?;
            if let Ok(id) = Uuid::parse_str(&id) {
                out.push((id, name));
            }
        }
        Ok(out)
    }

    /// The hazard areas whose boundary holds the point `(lon, lat)` (inside or on it), by
    /// id: where a find or a release drawn there most likely belongs. Found by the rows'
    /// boxes first, then their outlines.
    pub fn hazards_at(&self, lon: f64, lat: f64) -> Result<Vec<Uuid>, StoreError> {
        use geo::Intersects;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, geom FROM hazard_areas WHERE id IS NOT NULL \
             AND ST_MinX(geom) <= ?1 AND ST_MaxX(geom) >= ?1 \
             AND ST_MinY(geom) <= ?2 AND ST_MaxY(geom) >= ?2 ORDER BY id",
        )?;
        let rows = stmt.query_map([lon, lat], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
        })?;
        let point = geo_types::Point::new(lon, lat);
        let mut out = Vec::new();
        for row in rows {
            let (id, blob) = row?;
            let inside = gpkg::decode(&blob).is_ok_and(|g| g.intersects(&point));
            if let (true, Ok(id)) = (inside, Uuid::parse_str(&id)) {
                out.push(id);
            }
        }
        Ok(out)
    }

    /// The survey points that mark the record `id` (a hazard area or a release), in survey
    /// order, then the evidence points that name it (a hazard area), oldest first; rows that
    /// are not valid records are left out (`check` lists them).
    pub fn points_of(&self, id: Uuid) -> Result<Vec<Record>, StoreError> {
        let types = self.ordnance_types()?;
        let args = [id.to_string()];
        let mut points = self
            .load_where(
                RecordKind::SurveyPoint,
                "WHERE belongs_to = ?1",
                &args,
                &types,
            )?
            .records;
        // Stored order (fid) breaks ties.
        points.sort_by_key(|p| match p {
            Record::Survey(s) => s.sequence,
            _ => 0,
        });
        let mut evidence = self
            .load_where(
                RecordKind::EvidencePoint,
                "WHERE hazard_id = ?1",
                &args,
                &types,
            )?
            .records;
        evidence.sort_by_key(|e| e.dates());
        points.extend(evidence);
        Ok(points)
    }

    /// Records whose name holds `text` (any case; a hazard area's name, or the name kept
    /// with another record) or whose id starts with it, at most `limit`, hazard areas first:
    /// each with its kind, id and name (empty when it has none).
    pub fn find_records(
        &self,
        text: &str,
        limit: usize,
    ) -> Result<Vec<(RecordKind, Uuid, String)>, StoreError> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(Vec::new());
        }
        let escaped = text
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let (contains, prefix) = (format!("%{escaped}%"), format!("{escaped}%"));
        let mut out = Vec::new();
        for kind in RecordKind::ALL {
            let name = if kind == RecordKind::HazardArea {
                "name"
            } else {
                "json_extract(extra, '$.name')"
            };
            let sql = format!(
                "SELECT id, coalesce({name}, '') FROM {} \
                 WHERE {name} LIKE ?1 ESCAPE '\\' OR id LIKE ?2 ESCAPE '\\' \
                 ORDER BY {name} LIMIT ?3",
                table(kind)
            );
            let left = limit.saturating_sub(out.len());
            if left == 0 {
                break;
            }
            let mut stmt = self.conn.prepare(&sql)?;
            let mut rows = stmt.query(rusqlite::params![contains, prefix, left as i64])?;
            while let Some(row) = rows.next()? {
                let id: String = row.get(0)?;
                let name: String = row.get(1)?;
                if let Ok(id) = Uuid::parse_str(&id) {
                    out.push((kind, id, name));
                }
            }
        }
        Ok(out)
    }

    /// The land releases and ordnance finds that name hazard area `id` as theirs, releases
    /// first, each by date.
    pub fn linked_to(&self, id: Uuid) -> Result<Vec<Record>, StoreError> {
        let types = self.ordnance_types()?;
        let args = [id.to_string()];
        let mut out = Vec::new();
        for kind in [RecordKind::LandRelease, RecordKind::OrdnanceFind] {
            let mut these = self
                .load_where(kind, "WHERE hazard_id = ?1", &args, &types)?
                .records;
            these.sort_by_key(Record::dates);
            out.extend(these);
        }
        Ok(out)
    }

    /// Every record of one kind, with the rows that are not valid records listed apart.
    pub fn load(&self, kind: RecordKind) -> Result<Loaded, StoreError> {
        let types = self.ordnance_types()?;
        load_all(&self.conn, kind, &types)
    }

    fn load_where(
        &self,
        kind: RecordKind,
        filter: &str,
        args: &[String],
        types: &[OrdnanceType],
    ) -> Result<Loaded, StoreError> {
        load_where(&self.conn, kind, filter, args, types)
    }

    /// Every version of the record with this id, oldest first.
    pub fn history(&self, id: Uuid) -> Result<Vec<ChangeEntry>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT seq, version_id, record_kind, record_id, operation, changed_at, changed_by, record, parents \
             FROM change_log WHERE record_id = ?1 ORDER BY seq",
        )?;
        let rows = stmt.query_map([id.to_string()], |r| {
            let record: String = r.get(7)?;
            let parents: String = r.get(8)?;
            Ok(ChangeEntry {
                parents: serde_json::from_str(&parents).unwrap_or_default(),
                seq: r.get(0)?,
                version_id: r.get(1)?,
                kind: r.get(2)?,
                record_id: r.get(3)?,
                operation: r.get(4)?,
                changed_at: r.get(5)?,
                changed_by: r.get(6)?,
                record: serde_json::from_str(&record).unwrap_or(serde_json::Value::String(record)),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Finds made on or before `as_of`, and the number of items they hold.
    pub fn find_counts(&self, as_of: chrono::NaiveDate) -> Result<(u64, u64), StoreError> {
        Ok(self.conn.query_row(
            "SELECT count(*), coalesce(sum(quantity), 0) FROM ordnance_finds WHERE found_on <= ?1",
            [as_of.to_string()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    /// Finds made on or before `as_of`, counted by type and category: (type, category,
    /// finds, items), in the order of type and category.
    pub fn finds_by_type(
        &self,
        as_of: chrono::NaiveDate,
    ) -> Result<Vec<(String, String, u64, u64)>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT ordnance_type, category, count(*), sum(quantity) FROM ordnance_finds \
             WHERE found_on <= ?1 GROUP BY 1, 2 ORDER BY 1, 2",
        )?;
        let rows = stmt.query_map([as_of.to_string()], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Finds made from `from` to `to` (inclusive), grouped by type, category, disposal and team.
    pub fn finds_between(
        &self,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> Result<Vec<FindGroup>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT ordnance_type, category, disposal, team, count(*), sum(quantity) FROM ordnance_finds \
             WHERE found_on >= ?1 AND found_on <= ?2 GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
        )?;
        let rows = stmt.query_map([from.to_string(), to.to_string()], |r| {
            Ok(FindGroup {
                ordnance_type: r.get(0)?,
                category: r.get(1)?,
                disposal: r.get(2)?,
                team: r.get(3)?,
                finds: r.get(4)?,
                items: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A programme setting (`programme_name`, `article4_deadline`).
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// The import profile saved under `name` (its JSON text), if there is one.
    pub fn import_profile(&self, name: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT profile FROM import_profiles WHERE name = ?1",
                [name],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Every saved import profile, by name: its name and JSON text.
    pub fn import_profiles(&self) -> Result<Vec<(String, String)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, profile FROM import_profiles ORDER BY name")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Saves an import profile (a JSON object) under `name`, replacing one of that name.
    pub fn save_import_profile(&mut self, name: &str, profile: &str) -> Result<(), StoreError> {
        self.writable()?;
        self.conn.execute(
            "INSERT INTO import_profiles (name, profile) VALUES (?1, ?2) \
             ON CONFLICT(name) DO UPDATE SET profile = excluded.profile",
            [name, profile],
        )?;
        Ok(())
    }

    /// Sets a programme setting.
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.set_settings(&[(key, value)])
    }

    /// Sets several programme settings in one transaction: all of them or none.
    pub fn set_settings(&mut self, pairs: &[(&str, &str)]) -> Result<(), StoreError> {
        self.writable()?;
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        for (key, value) in pairs {
            tx.execute(
                "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Refuses a change to a file opened read-only, naming it.
    fn writable(&self) -> Result<(), StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly {
                path: self.path.clone(),
                wanted: "change it",
            });
        }
        Ok(())
    }

    /// Full check: SQLite integrity, links, GeoPackage rules, and every record's values and
    /// geometry. Reports; changes nothing.
    pub fn check(&self) -> Result<CheckReport, StoreError> {
        let mut report = CheckReport::default();
        // On a damaged file any step may fail where SQLite meets the damage: that is a
        // finding to report, not a reason to stop without a report.
        if let Err(e) = self.check_into(&mut report) {
            match e {
                StoreError::Sqlite(ref s)
                    if matches!(
                        s.sqlite_error_code(),
                        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase)
                    ) =>
                {
                    report.integrity.push(s.to_string());
                }
                other => return Err(other),
            }
        }
        Ok(report)
    }

    fn check_into(&self, report: &mut CheckReport) -> Result<(), StoreError> {
        report.integrity = pragma_lines(&self.conn, "PRAGMA integrity_check")?
            .into_iter()
            .filter(|l| l != "ok")
            .collect();
        let mut stmt = self.conn.prepare("PRAGMA foreign_key_check")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let table: String = row.get(0)?;
            let rowid: Option<i64> = row.get(1)?;
            let parent: String = row.get(2)?;
            report.foreign_keys.push(format!(
                "{table} feature {}: refers to a missing row of {parent}",
                rowid.map_or("?".to_owned(), |r| r.to_string())
            ));
        }
        for (id, belongs_to) in dangling_survey_points(&self.conn)? {
            report.foreign_keys.push(format!(
                "survey point {id}: belongs_to {belongs_to} names no hazard area or land release"
            ));
        }
        report.geopackage = self.geopackage_problems()?;
        report.geopackage.extend(self.geometry_type_problems()?);
        report.schema = self.schema_problems()?;
        for kind in RecordKind::ALL {
            let loaded = self.load(kind)?;
            report
                .counts
                .push((kind, loaded.records.len() + loaded.problems.len()));
            report.rows.extend(loaded.problems);
        }
        Ok(())
    }

    /// Rows whose geometry is not of their column's declared type: GDAL's validate_gpkg.py
    /// rejects the file (`ogr2ogr -append` of polygons into a MULTIPOLYGON table writes them).
    fn geometry_type_problems(&self) -> Result<Vec<String>, StoreError> {
        let mut problems = Vec::new();
        for kind in RecordKind::ALL {
            let t = table(kind);
            let declared: Option<String> = self
                .conn
                .query_row(
                    "SELECT upper(geometry_type_name) FROM gpkg_geometry_columns WHERE table_name = ?1",
                    [t],
                    |r| r.get(0),
                )
                .optional()?;
            // A table with no geometry column registered is named by `geopackage_problems`.
            let Some(declared) = declared else { continue };
            let mut stmt = self
                .conn
                .prepare(&format!("SELECT fid, id, geom FROM {t} ORDER BY fid"))?;
            let mut rows = stmt.query([])?;
            while let Some(row) = rows.next()? {
                let rusqlite::types::ValueRef::Blob(blob) = row.get_ref(2)? else {
                    continue; // reported with the rows that are not valid records
                };
                let Ok(found) = gpkg::type_name(blob) else {
                    continue; // likewise
                };
                if found != declared && declared != "GEOMETRY" {
                    problems.push(format!(
                        "{t} feature {} (id {}): a {found} geometry in a {declared} column, which GDAL's validate_gpkg.py rejects (as `ogr2ogr -append` writes without `-nlt {declared}`); editing the record in Clearfield stores it as a {declared}",
                        row.get::<_, i64>(0)?,
                        text_of(row.get_ref(1)?)
                    ));
                }
            }
        }
        Ok(problems)
    }

    /// Triggers and views of Clearfield's schema that are missing or differ from what this
    /// version creates: a damaged change-log trigger fails every write, or logs nothing.
    /// Triggers other programs add (GDAL's spatial index) are theirs and not compared.
    fn schema_problems(&self) -> Result<Vec<String>, StoreError> {
        let mut fresh = Connection::open_in_memory()?;
        gpkg::register_functions(&fresh)?;
        {
            let tx = fresh.transaction()?;
            migrate::apply(&tx, 0, self.schema_version()?)?;
            tx.commit()?;
        }
        let objects = |conn: &Connection| -> rusqlite::Result<Vec<(String, String, String)>> {
            let mut stmt = conn.prepare(
                "SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            rows.collect()
        };
        let squash = |sql: &str| sql.split_whitespace().collect::<Vec<_>>().join(" ");
        let have: std::collections::HashMap<String, String> = objects(&self.conn)?
            .into_iter()
            .map(|(_, name, sql)| (name, squash(&sql)))
            .collect();
        let mut problems = Vec::new();
        for (kind, name, sql) in objects(&fresh)? {
            match have.get(&name) {
                None => problems.push(format!(
                    "{kind} {name} is missing: changes are not logged or checked as they should be; restore the file from a backup"
                )),
                Some(found) if *found != squash(&sql) => problems.push(format!(
                    "{kind} {name} differs from Clearfield's: changes may fail or go unlogged; restore the file from a backup"
                )),
                Some(_) => {}
            }
        }
        Ok(problems)
    }

    fn geopackage_problems(&self) -> Result<Vec<String>, StoreError> {
        let mut problems = Vec::new();
        let app_id: i64 = self
            .conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))?;
        if app_id != 0x4750_4B47 {
            problems.push(format!(
                "application_id is {app_id:#x}, not 'GPKG' (0x47504b47)"
            ));
        }
        let user_version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if !(10200..10500).contains(&user_version) {
            problems.push(format!(
                "user_version is {user_version}, not a GeoPackage 1.2-1.4 version"
            ));
        }
        for srs in [4326, -1, 0] {
            let n: i64 = self.conn.query_row(
                "SELECT count(*) FROM gpkg_spatial_ref_sys WHERE srs_id = ?1",
                [srs],
                |r| r.get(0),
            )?;
            if n != 1 {
                problems.push(format!("gpkg_spatial_ref_sys has no row for srs_id {srs}"));
            }
        }
        for kind in RecordKind::ALL {
            let n: i64 = self.conn.query_row(
                "SELECT count(*) FROM gpkg_contents c JOIN gpkg_geometry_columns g USING (table_name) \
                 WHERE c.table_name = ?1 AND c.data_type = 'features' AND g.srs_id = 4326",
                [table(kind)],
                |r| r.get(0),
            )?;
            if n != 1 {
                problems.push(format!(
                    "{} is not registered as a feature table in EPSG:4326",
                    table(kind)
                ));
            }
        }
        Ok(problems)
    }

    /// Runs `work` in one transaction with `actor` named for the change log, then updates the
    /// GeoPackage contents extents. Nothing is written unless all of it succeeds.
    fn write<T>(
        &mut self,
        actor: &str,
        work: impl FnOnce(&Transaction<'_>, &mut Extents) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.writable()?;
        let tx = begin(&mut self.conn, actor)?;
        let mut extents = Extents::default();
        let out = work(&tx, &mut extents)?;
        extents.write(&tx)?;
        end(tx)?;
        Ok(out)
    }

    /// Runs `read` on one snapshot of the file: all it reads is as of one moment, even while
    /// another connection (a merge, an import) commits meanwhile. For reads only.
    pub fn snapshot<T>(
        &self,
        read: impl FnOnce(&Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        // Under WAL a read transaction sees the file as of its first read, to its end.
        self.conn.execute_batch("BEGIN DEFERRED")?;
        let out = read(self);
        self.conn.execute_batch("ROLLBACK")?;
        out
    }

    /// The underlying connection, for tests that must reach below the API (damage a row,
    /// add GDAL's triggers).
    #[doc(hidden)]
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// Records of `kind` matching `filter` (an SQL WHERE clause on `args`), read on `conn`.
fn load_where(
    conn: &Connection,
    kind: RecordKind,
    filter: &str,
    args: &[String],
    types: &[OrdnanceType],
) -> Result<Loaded, StoreError> {
    let mut loaded = Loaded::default();
    for_each_row(
        conn,
        kind,
        filter,
        args,
        &mut |row| match build_row(kind, row, types) {
            Ok(record) => loaded.records.push(record),
            Err(problem) => loaded.problems.push(problem),
        },
    )?;
    Ok(loaded)
}

/// The record of a stored row, or the problem with it.
fn build_row(
    kind: RecordKind,
    row: Result<StoredRow, RowProblem>,
    types: &[OrdnanceType],
) -> Result<Record, RowProblem> {
    row.and_then(|(input, stamp, problem)| {
        model::build(kind, input, types)
            .map(|mut record| {
                *record.stamp_mut() = stamp;
                record
            })
            .map_err(|invalid| problem(invalid.to_string()))
    })
}

/// Every record of `kind`, read on `conn`, as [`load_where`] would give them: rows are read on
/// this thread and checked against the record rules ([`model::build`]) a chunk at a time on
/// rayon's threads meanwhile, then put back in the order of their feature ids.
fn load_all(
    conn: &Connection,
    kind: RecordKind,
    types: &[OrdnanceType],
) -> Result<Loaded, StoreError> {
    const CHUNK: usize = 512;
    type Built = Vec<Result<Record, RowProblem>>;
    let build = |rows: Vec<Result<StoredRow, RowProblem>>| -> Built {
        rows.into_iter()
            .map(|row| build_row(kind, row, types))
            .collect()
    };
    let (send, receive) = std::sync::mpsc::channel::<(usize, Built)>();
    let read = rayon::in_place_scope(|scope| {
        let mut chunk = Vec::with_capacity(CHUNK);
        let mut chunks = 0;
        let read = for_each_row(conn, kind, "", &[], &mut |row| {
            chunk.push(row);
            if chunk.len() == CHUNK {
                let rows = std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK));
                let send = send.clone();
                let i = chunks;
                chunks += 1;
                scope.spawn(move |_| {
                    let _ = send.send((i, build(rows)));
                });
            }
        });
        // The last (or only) chunk is built here.
        let _ = send.send((chunks, build(chunk)));
        read
    });
    drop(send);
    read?;
    let mut built: Vec<(usize, Built)> = receive.into_iter().collect();
    built.sort_unstable_by_key(|(i, _)| *i);
    let mut loaded = Loaded::default();
    loaded
        .records
        .reserve(built.iter().map(|(_, rows)| rows.len()).sum());
    for row in built.into_iter().flat_map(|(_, rows)| rows) {
        match row {
            Ok(record) => loaded.records.push(record),
            Err(problem) => loaded.problems.push(problem),
        }
    }
    Ok(loaded)
}

/// A stored row as read, before the record rules: its input, its stamps, and how to name a
/// problem with it.
type StoredRow = (RecordInput, Stamp, Box<dyn Fn(String) -> RowProblem + Send>);

/// Reads the rows of `kind` matching `filter` and hands each to `each`, as its input or, when
/// it cannot even be read (not a UUID, no geometry blob, bad JSON), as a problem.
fn for_each_row(
    conn: &Connection,
    kind: RecordKind,
    filter: &str,
    args: &[String],
    each: &mut dyn FnMut(Result<StoredRow, RowProblem>),
) -> Result<(), StoreError> {
    let cols = columns(kind);
    let sql = format!(
        "SELECT fid, id, geom, extra, created_at, modified_at, modified_by, {} FROM {} {filter} ORDER BY fid",
        cols.join(", "),
        table(kind)
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
    while let Some(row) = rows.next()? {
        let fid: i64 = row.get(0)?;
        let id_text = text_of(row.get_ref(1)?);
        let problem = {
            let id_text = id_text.clone();
            move |reason: String| RowProblem {
                table: table(kind),
                fid,
                id: id_text.clone(),
                reason,
            }
        };
        let Ok(id) = Uuid::parse_str(&id_text) else {
            each(Err(problem("id is not a UUID".to_owned())));
            continue;
        };
        let geometry = match row.get_ref(2)? {
            rusqlite::types::ValueRef::Blob(b) => match gpkg::decode(b) {
                Ok(g) => g,
                Err(e) => {
                    each(Err(problem(e.to_string())));
                    continue;
                }
            },
            rusqlite::types::ValueRef::Null => {
                each(Err(problem("has no geometry".to_owned())));
                continue;
            }
            _ => {
                each(Err(problem("geometry is not a GeoPackage blob".to_owned())));
                continue;
            }
        };
        let extra = match row.get::<_, Option<String>>(3)? {
            None => model::Extra::new(),
            Some(text) => match serde_json::from_str::<model::Extra>(&text) {
                Ok(map) => map,
                Err(e) => {
                    each(Err(problem(format!("extra is not a JSON object: {e}"))));
                    continue;
                }
            },
        };
        let stamp = Stamp {
            created_at: row.get(4)?,
            modified_at: row.get(5)?,
            modified_by: row.get(6)?,
        };
        let mut fields = Fields::new();
        for (i, col) in cols.iter().enumerate() {
            let v = row.get_ref(7 + i)?;
            if !matches!(v, rusqlite::types::ValueRef::Null) {
                fields.insert((*col).to_owned(), text_of(v));
            }
        }
        let input = RecordInput {
            id: Some(id),
            geometry: Some(geometry),
            fields,
            extra,
        };
        each(Ok((input, stamp, Box::new(problem))));
    }
    Ok(())
}

/// Starts a write transaction naming `actor` for the change-log triggers.
fn begin<'c>(conn: &'c mut Connection, actor: &str) -> Result<Transaction<'c>, StoreError> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    tx.execute(
        "INSERT INTO clearfield_meta (key, value) VALUES ('session_actor', ?1) \
         ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [actor],
    )?;
    Ok(tx)
}

/// Ends a write transaction of many records (a merge, an import): forgets the actor,
/// measures every table's GeoPackage extent anew, commits.
fn finish(tx: Transaction<'_>) -> Result<(), StoreError> {
    before_commit(&tx)?;
    tx.commit()?;
    Ok(())
}

/// What [`finish`] does before it commits: every table's extent measured, the actor
/// forgotten.
fn before_commit(tx: &Transaction<'_>) -> Result<(), StoreError> {
    for kind in RecordKind::ALL {
        measure_extent(tx, kind)?;
    }
    forget_actor(tx)
}

/// Forgets the actor and commits.
fn end(tx: Transaction<'_>) -> Result<(), StoreError> {
    forget_actor(&tx)?;
    tx.commit()?;
    Ok(())
}

/// Forgets who is writing (the change-log triggers read it).
fn forget_actor(tx: &Transaction<'_>) -> Result<(), StoreError> {
    tx.execute(
        "DELETE FROM clearfield_meta WHERE key = 'session_actor'",
        [],
    )?;
    Ok(())
}

/// Sets a table's GeoPackage extent (and last change) from every geometry in it: one pass
/// over the geometry headers.
fn measure_extent(tx: &Transaction<'_>, kind: RecordKind) -> Result<(), StoreError> {
    let t = table(kind);
    tx.execute(
        &format!(
            "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), \
             (min_x, max_x, min_y, max_y) = (SELECT min(ST_MinX(geom)), max(ST_MaxX(geom)), \
             min(ST_MinY(geom)), max(ST_MaxY(geom)) FROM {t}) WHERE table_name = ?1"
        ),
        params![t],
    )?;
    Ok(())
}

/// The boxes (min x, max x, min y, max y) of the geometries a write adds and takes away, by
/// table, so that a table's GeoPackage extent is brought up to date without reading every
/// row: it grows by what is added, and is measured anew only when a geometry on its edge is
/// taken away (200,000 finds take 0.2 s to read; a save should not).
#[derive(Default)]
struct Extents {
    /// (table, box taken away, box added).
    edits: Vec<(RecordKind, Option<Bbox>, Option<Bbox>)>,
}

/// Min x, max x, min y, max y.
type Bbox = [f64; 4];

impl Extents {
    /// A record written: its geometry's box.
    fn added(&mut self, record: &Record) {
        use geo::BoundingRect;
        let b = record
            .geometry()
            .bounding_rect()
            .map(|r| [r.min().x, r.max().x, r.min().y, r.max().y]);
        self.edits.push((record.kind(), None, b));
    }

    /// A stored record about to be replaced or deleted: its geometry's box as stored.
    fn removed(
        &mut self,
        tx: &Transaction<'_>,
        kind: RecordKind,
        id: Uuid,
    ) -> Result<(), StoreError> {
        let blob: Option<Vec<u8>> = tx
            .prepare_cached(&format!("SELECT geom FROM {} WHERE id = ?1", table(kind)))?
            .query_row([id.to_string()], |r| r.get(0))
            .optional()?
            .flatten();
        let b = blob.as_deref().and_then(gpkg::envelope);
        self.edits.push((kind, b, None));
        Ok(())
    }

    /// Brings the extent of each table written to up to date.
    fn write(&self, tx: &Transaction<'_>) -> Result<(), StoreError> {
        for kind in RecordKind::ALL {
            let edits: Vec<_> = self.edits.iter().filter(|e| e.0 == kind).collect();
            if edits.is_empty() {
                continue;
            }
            let t = table(kind);
            let stored: (Option<f64>, Option<f64>, Option<f64>, Option<f64>) = tx.query_row(
                "SELECT min_x, max_x, min_y, max_y FROM gpkg_contents WHERE table_name = ?1",
                [t],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )?;
            let (Some(a), Some(b), Some(c), Some(d)) = stored else {
                measure_extent(tx, kind)?;
                continue;
            };
            let mut e = [a, b, c, d];
            // A geometry taken away from the edge may leave the table smaller: measure it.
            let on_edge = |o: &[f64; 4]| o[0] <= a || o[1] >= b || o[2] <= c || o[3] >= d;
            if edits
                .iter()
                .any(|(_, old, _)| old.as_ref().is_some_and(on_edge))
            {
                measure_extent(tx, kind)?;
                continue;
            }
            for n in edits.iter().filter_map(|(_, _, new)| new.as_ref()) {
                e = [
                    e[0].min(n[0]),
                    e[1].max(n[1]),
                    e[2].min(n[2]),
                    e[3].max(n[3]),
                ];
            }
            tx.execute(
                "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now'), \
                 min_x = ?2, max_x = ?3, min_y = ?4, max_y = ?5 WHERE table_name = ?1",
                params![t, e[0], e[1], e[2], e[3]],
            )?;
        }
        Ok(())
    }
}

/// Inserts one record; a used id is [`StoreError::DuplicateId`].
fn insert_row(tx: &Transaction<'_>, record: &Record, actor: &str) -> Result<(), StoreError> {
    let (geom, values) = row_values(record);
    let kind = record.kind();
    let mut params: Vec<Value> = Vec::with_capacity(values.len() + 4);
    params.push(Value::Text(record.uuid().to_string()));
    params.push(Value::Blob(geom));
    params.extend(values);
    params.push(extra_value(record));
    params.push(Value::Text(actor.to_owned()));
    match tx
        .prepare_cached(insert_sql(kind))?
        .execute(rusqlite::params_from_iter(params))
    {
        Ok(_) => Ok(()),
        Err(e) if is_unique_violation(&e) => Err(StoreError::DuplicateId {
            kind,
            id: record.uuid(),
        }),
        Err(e) => Err(e.into()),
    }
}

/// Replaces the row of `record` (same id and kind) on `tx`, stamping who and when.
fn update_row(tx: &Transaction<'_>, record: &Record, actor: &str) -> Result<(), StoreError> {
    check_links(tx, record)?;
    let (geom, values) = row_values(record);
    let kind = record.kind();
    let cols = columns(kind);
    let sets: Vec<String> = cols
        .iter()
        .enumerate()
        .map(|(i, c)| format!("{c} = ?{}", i + 3))
        .collect();
    let sql = format!(
        "UPDATE {} SET geom = ?2, {}, extra = ?{}, modified_by = ?{}, \
         modified_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?1",
        table(kind),
        sets.join(", "),
        3 + cols.len(),
        4 + cols.len(),
    );
    let mut params: Vec<Value> = vec![Value::Text(record.uuid().to_string()), Value::Blob(geom)];
    params.extend(values);
    params.push(extra_value(record));
    params.push(Value::Text(actor.to_owned()));
    let changed = tx.execute(&sql, rusqlite::params_from_iter(params))?;
    if changed == 0 {
        return Err(StoreError::NotFound(record.uuid()));
    }
    Ok(())
}

/// Deletes the record `id` on `tx`, refusing a hazard area that others still point at.
fn delete_row(tx: &Transaction<'_>, id: Uuid) -> Result<RecordKind, StoreError> {
    let kind = find_kind(tx, id)?.ok_or(StoreError::NotFound(id))?;
    if matches!(kind, RecordKind::HazardArea | RecordKind::LandRelease) {
        let count = |t: &str, column: &str| -> rusqlite::Result<u64> {
            tx.query_row(
                &format!("SELECT count(*) FROM {t} WHERE {column} = ?1"),
                [id.to_string()],
                |r| r.get(0),
            )
        };
        let (releases, finds, evidence) = if kind == RecordKind::HazardArea {
            (
                count("land_releases", "hazard_id")?,
                count("ordnance_finds", "hazard_id")?,
                count("evidence_points", "hazard_id")?,
            )
        } else {
            (0, 0, 0)
        };
        let points = evidence + count("survey_points", "belongs_to")?;
        if releases + finds + points > 0 {
            return Err(StoreError::Referenced {
                kind,
                id,
                releases,
                finds,
                points,
            });
        }
    }
    tx.execute(
        &format!("DELETE FROM {} WHERE id = ?1", table(kind)),
        [id.to_string()],
    )?;
    Ok(kind)
}

/// The INSERT statement of a kind's table, made once.
fn insert_sql(kind: RecordKind) -> &'static str {
    static SQL: std::sync::OnceLock<[String; RecordKind::COUNT]> = std::sync::OnceLock::new();
    let all = SQL.get_or_init(|| {
        RecordKind::ALL.map(|kind| {
            let cols = columns(kind);
            let marks: Vec<String> = (3..3 + cols.len()).map(|i| format!("?{i}")).collect();
            format!(
                "INSERT INTO {} (id, geom, {}, extra, modified_by) VALUES (?1, ?2, {}, ?{}, ?{})",
                table(kind),
                cols.join(", "),
                marks.join(", "),
                3 + cols.len(),
                4 + cols.len(),
            )
        })
    });
    &all[kind.index()]
}

/// An import in progress: one open transaction. Dropping it without
/// [`ImportSession::commit`] writes nothing.
pub struct ImportSession<'c> {
    tx: Transaction<'c>,
    /// Triggers are switched off on the connection until commit or drop (see
    /// [`Store::import_session`]).
    triggers_off: bool,
    /// CHECK constraints are left to [`ImportSession::commit`] (see
    /// [`Store::import_session`]): ignored on the connection until then (or drop).
    checks_later: bool,
    /// The largest row id of each of [`CHECKED_TABLES`] when the import began: the rows
    /// above it are checked at commit.
    check_from: [i64; RecordKind::COUNT + 1],
    types: Vec<OrdnanceType>,
    actor: String,
    /// No records were stored when the import began: an id can then only clash within the
    /// file, which the importer checks, so the per-record lookups are skipped.
    was_empty: bool,
    /// Hazard areas added in this import.
    added_hazards: std::collections::HashSet<Uuid>,
    /// Land releases added in this import (survey points may name them).
    added_releases: std::collections::HashSet<Uuid>,
    /// The largest feature id of each table whose change-log entry is written (when the
    /// import began: the rows above it are the import's).
    logged_fids: [i64; RecordKind::COUNT],
    /// Rows added but not yet written, by table (in [`RecordKind::ALL`] order), written
    /// [`INSERT_BATCH`] at a time in one statement: see [`ImportSession::insert_row`].
    pending: [Vec<Row>; RecordKind::COUNT],
    /// The ids of the rows in `pending`: a lookup of one of them writes them first (kept only
    /// when lookups are made: not into an empty file).
    pending_ids: std::collections::HashSet<Uuid>,
    /// Stored records to replace at commit ([`ImportSession::update`]).
    updates: Vec<Record>,
}

/// Rows written by one INSERT statement of an import. One statement per row made SQLite
/// redo per row what it does per statement: the statement journal of the pages it touches,
/// a temporary index for each `IN (...)` CHECK constraint, the DEFAULT timestamps.
const INSERT_BATCH: usize = 128;

/// A record as the values of its table's row (id, geometry blob, field columns, extra),
/// encoded ahead of writing: the import encodes on its reading thread, so that the writing
/// thread only writes.
pub struct Row {
    kind: RecordKind,
    id: Uuid,
    /// The record it names, to be checked before the import commits.
    link: Option<Link>,
    values: Vec<Value>,
}

/// What a record names: the hazard area of a release, find or evidence point, the hazard
/// area or release a survey point marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    /// The record named.
    pub id: Uuid,
    /// The field naming it.
    pub field: &'static str,
    /// Whether a land release may be named as well as a hazard area.
    pub release_too: bool,
}

impl Link {
    /// What `record` names, if anything.
    pub fn of(record: &Record) -> Option<Link> {
        let id = record.linked_to()?;
        let survey = record.kind() == RecordKind::SurveyPoint;
        Some(Link {
            id,
            field: if survey { "belongs_to" } else { "hazard_id" },
            release_too: survey,
        })
    }

    /// What it should name, in words.
    pub fn target(&self) -> &'static str {
        if self.release_too {
            "hazard area or land release"
        } else {
            "hazard area"
        }
    }
}

impl Row {
    /// Encodes `record` as the row [`ImportSession::insert_row`] writes.
    pub fn new(record: &Record) -> Row {
        let (geom, values) = row_values(record);
        let mut all = Vec::with_capacity(values.len() + 3);
        all.push(Value::Text(record.uuid().to_string()));
        all.push(Value::Blob(geom));
        all.extend(values);
        all.push(extra_value(record));
        Row {
            kind: record.kind(),
            id: record.uuid(),
            link: Link::of(record),
            values: all,
        }
    }

    /// The kind of record.
    pub fn kind(&self) -> RecordKind {
        self.kind
    }

    /// The record it names (see [`Link`]).
    pub fn link(&self) -> Option<Link> {
        self.link
    }
}

/// The INSERT statement of `rows` rows of a kind's table: ?1 is the actor, ?2 the time
/// stamp, then each row's values in [`Row`] order.
fn insert_rows_sql(kind: RecordKind, rows: usize) -> String {
    let cols = columns(kind);
    let per_row = cols.len() + 3;
    let mut sql = format!(
        "INSERT INTO {} (id, geom, {}, extra, modified_by, created_at, modified_at) VALUES ",
        table(kind),
        cols.join(", "),
    );
    for r in 0..rows {
        if r > 0 {
            sql.push(',');
        }
        sql.push('(');
        for c in 0..per_row {
            sql.push_str(&format!("?{},", 3 + r * per_row + c));
        }
        sql.push_str("?1,?2,?2)");
    }
    sql
}

impl ImportSession<'_> {
    /// The ordnance type reference list.
    pub fn ordnance_types(&self) -> &[OrdnanceType] {
        &self.types
    }

    /// Whether no records (and no versions of deleted ones) were stored when the import began.
    pub fn started_empty(&self) -> bool {
        self.was_empty
    }

    /// The stored record with this id, as the transaction sees it.
    pub fn get(&mut self, id: Uuid) -> Result<Option<Record>, StoreError> {
        if self.was_empty {
            return Ok(None);
        }
        self.flush_for(id)?;
        let Some(kind) = find_kind(&self.tx, id)? else {
            return Ok(None);
        };
        let mut loaded = load_where(
            &self.tx,
            kind,
            "WHERE id = ?1",
            &[id.to_string()],
            &self.types,
        )?;
        if let Some(problem) = loaded.problems.pop() {
            return Err(StoreError::BadRow(problem));
        }
        Ok(loaded.records.pop())
    }

    /// When and by whom the record with this id was deleted, if its last version here is a
    /// deletion.
    pub fn deleted(&self, id: Uuid) -> Result<Option<(String, String)>, StoreError> {
        if self.was_empty {
            return Ok(None);
        }
        let last: Option<(String, String, String)> = self
            .tx
            .prepare_cached(
                "SELECT operation, changed_at, changed_by FROM change_log WHERE record_id = ?1 ORDER BY seq DESC LIMIT 1",
            )?
            .query_row([id.to_string()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .optional()?;
        Ok(last
            .filter(|(op, _, _)| op == "delete")
            .map(|(_, at, by)| (at, by)))
    }

    /// Whether the record a link names exists (stored before, or added in this import).
    pub fn link_exists(&self, link: &Link) -> Result<bool, StoreError> {
        if self.added_hazards.contains(&link.id)
            || (link.release_too && self.added_releases.contains(&link.id))
        {
            return Ok(true);
        }
        if self.was_empty {
            return Ok(false);
        }
        link_stored(&self.tx, link)
    }

    /// Replaces the stored record of the same id and kind with `record`: a new version,
    /// stamped and written to the change log as any edit ([`Store::update`]), in this
    /// import's transaction. It is written at [`ImportSession::commit`], after the records
    /// added, so its link may name one of them.
    pub fn update(&mut self, record: Record) -> Result<(), StoreError> {
        self.updates.push(record);
        Ok(())
    }

    /// Adds a record (its hazard link is not checked here: see [`Store::import_session`]).
    pub fn insert(&mut self, record: &Record) -> Result<(), StoreError> {
        self.insert_row(Row::new(record))
    }

    /// Adds a record encoded beforehand ([`Row::new`]). Rows are written a batch at a time:
    /// a used id may be reported by a later call (or by [`ImportSession::commit`]) as
    /// [`StoreError::DuplicateId`].
    pub fn insert_row(&mut self, row: Row) -> Result<(), StoreError> {
        let k = row.kind.index();
        match row.kind {
            RecordKind::HazardArea => {
                self.added_hazards.insert(row.id);
            }
            RecordKind::LandRelease => {
                self.added_releases.insert(row.id);
            }
            _ => {}
        }
        if !self.was_empty {
            self.pending_ids.insert(row.id);
        }
        self.pending[k].push(row);
        if self.pending[k].len() >= INSERT_BATCH {
            self.flush(k)?;
        }
        Ok(())
    }

    /// Writes the pending rows of table `k`.
    fn flush(&mut self, k: usize) -> Result<(), StoreError> {
        let rows = std::mem::take(&mut self.pending[k]);
        if rows.is_empty() {
            return Ok(());
        }
        let kind = RecordKind::ALL[k];
        let now: String = self
            .tx
            .prepare_cached("SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now')")?
            .query_row([], |r| r.get(0))?;
        let result = if rows.len() == INSERT_BATCH {
            static SQL: std::sync::OnceLock<[String; RecordKind::COUNT]> =
                std::sync::OnceLock::new();
            let sql =
                &SQL.get_or_init(|| RecordKind::ALL.map(|k| insert_rows_sql(k, INSERT_BATCH)))[k];
            self.write_rows(sql, &rows, &now)
        } else {
            self.write_rows(&insert_rows_sql(kind, rows.len()), &rows, &now)
        };
        match result {
            Ok(()) => {}
            // Which row: the failed statement wrote nothing, so write them one by one.
            Err(e) if is_unique_violation(&e) => {
                for row in &rows {
                    match self.write_rows(
                        &insert_rows_sql(kind, 1),
                        std::slice::from_ref(row),
                        &now,
                    ) {
                        Ok(()) => {}
                        Err(e) if is_unique_violation(&e) => {
                            return Err(StoreError::DuplicateId { kind, id: row.id });
                        }
                        Err(e) => return Err(e.into()),
                    }
                }
            }
            Err(e) => return Err(e.into()),
        }
        if !self.was_empty {
            for row in &rows {
                self.pending_ids.remove(&row.id);
            }
        }
        self.log(k)?;
        Ok(())
    }

    /// Writes the change-log entries of the rows of table `k` written since the last call,
    /// from its `*_log_record` view (the same JSON as the triggers'): in the order the rows
    /// were written, while the reading thread reads on.
    fn log(&mut self, k: usize) -> Result<(), StoreError> {
        static SQL: std::sync::OnceLock<[String; RecordKind::COUNT]> = std::sync::OnceLock::new();
        let sql = &SQL.get_or_init(|| {
            RecordKind::ALL.map(|kind| {
                format!(
                    "INSERT INTO change_log (record_kind, record_id, operation, changed_by, record) \
                     SELECT ?1, id, 'insert', ?2, record FROM {}_log_record WHERE fid > ?3 ORDER BY fid",
                    table(kind)
                )
            })
        })[k];
        self.tx.prepare_cached(sql)?.execute(params![
            RecordKind::ALL[k].as_str(),
            self.actor,
            self.logged_fids[k]
        ])?;
        self.logged_fids[k] = self.tx.query_row(
            &format!(
                "SELECT coalesce(max(fid), 0) FROM {}",
                table(RecordKind::ALL[k])
            ),
            [],
            |r| r.get(0),
        )?;
        Ok(())
    }

    fn write_rows(&self, sql: &str, rows: &[Row], now: &str) -> rusqlite::Result<()> {
        let mut stmt = self.tx.prepare_cached(sql)?;
        stmt.raw_bind_parameter(1, &self.actor)?;
        stmt.raw_bind_parameter(2, now)?;
        let mut i = 3;
        for row in rows {
            for v in &row.values {
                stmt.raw_bind_parameter(i, v)?;
                i += 1;
            }
        }
        stmt.raw_execute()?;
        Ok(())
    }

    /// Writes the pending rows when `id` is one of them, so that a lookup sees it.
    fn flush_for(&mut self, id: Uuid) -> Result<(), StoreError> {
        if self.pending_ids.contains(&id) {
            for k in 0..3 {
                self.flush(k)?;
            }
        }
        Ok(())
    }

    /// Writes everything added, with its change-log entries.
    pub fn commit(mut self) -> Result<(), StoreError> {
        for k in 0..RecordKind::COUNT {
            self.flush(k)?;
        }
        self.triggers_on()?;
        if self.checks_later {
            self.checks_on()?;
            for (t, from) in CHECKED_TABLES.iter().zip(self.check_from) {
                check_rows(&self.tx, t, from)?;
            }
        }

        // A record imported again after a delete gets its photos back (the triggers that do
        // it for other inserts may have been off for the import's rows).
        photos::relink(&self.tx)?;
        self.tx
            .execute("DELETE FROM clearfield_meta WHERE key = 'bulk_insert'", [])?;
        // With the triggers on again: each new version goes to the change log, its parent
        // the version it replaces.
        for record in std::mem::take(&mut self.updates) {
            update_row(&self.tx, &record, &self.actor)?;
        }
        before_commit(&self.tx)?;
        // As `Transaction::commit` does; the transaction, dropped with the session, then
        // has nothing left to do (or rolls back if the commit failed).
        self.tx.execute_batch("COMMIT")?;
        Ok(())
    }

    /// Enforces CHECK constraints again, if the session left them for later.
    fn checks_on(&mut self) -> Result<(), StoreError> {
        if self.checks_later {
            self.tx
                .pragma_update(None, "ignore_check_constraints", false)?;
        }
        Ok(())
    }

    /// Switches the triggers back on, if the session switched them off.
    fn triggers_on(&mut self) -> Result<(), StoreError> {
        if self.triggers_off {
            self.tx
                .set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, true)?;
            self.triggers_off = false;
        }
        Ok(())
    }
}

impl Drop for ImportSession<'_> {
    fn drop(&mut self) {
        // A session dropped without commit (an error) leaves the connection as it found it.
        let _ = self.triggers_on();
        let _ = self.checks_on();
    }
}

/// The tables an import writes rows to: the feature tables and the change log.
const CHECKED_TABLES: [&str; RecordKind::COUNT + 1] = [
    "hazard_areas",
    "land_releases",
    "ordnance_finds",
    "survey_points",
    "evidence_points",
    "change_log",
];

/// Checks the CHECK constraints of `t`'s rows with a row id above `from`, as SQLite checks
/// them on insert (a constraint fails when its expression is false, not when it is NULL),
/// in one pass: an `IN (...)` list then makes its temporary index once. The first row that
/// breaks one is the error SQLite would have given.
fn check_rows(tx: &Transaction<'_>, t: &str, from: i64) -> Result<(), StoreError> {
    let sql: String = tx.query_row(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1",
        [t],
        |r| r.get(0),
    )?;
    let checks = check_expressions(&sql);
    if checks.is_empty() {
        return Ok(());
    }
    let holds = |e: &String| format!("coalesce(({e}), 1)");
    let all: Vec<String> = checks.iter().map(holds).collect();
    let broken: Option<i64> = tx
        .query_row(
            &format!(
                "SELECT rowid FROM \"{t}\" WHERE rowid > ?1 AND NOT ({}) LIMIT 1",
                all.join(" AND ")
            ),
            [from],
            |r| r.get(0),
        )
        .optional()?;
    let Some(row) = broken else {
        return Ok(());
    };
    for e in &checks {
        let fails: bool = tx.query_row(
            &format!("SELECT NOT {} FROM \"{t}\" WHERE rowid = ?1", holds(e)),
            [row],
            |r| r.get(0),
        )?;
        if fails {
            return Err(StoreError::Sqlite(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT_CHECK),
                Some(format!("CHECK constraint failed: {e}")),
            )));
        }
    }
    Ok(())
}

/// The expressions of the CHECK constraints in a CREATE TABLE statement, as written (string
/// literals, quoted names and comments skipped over).
fn check_expressions(sql: &str) -> Vec<String> {
    let b = sql.as_bytes();
    // The end of the literal, quoted name or comment starting at `i`, if one does.
    let skip = |i: usize| -> Option<usize> {
        let close = match (b[i], b.get(i + 1)) {
            (b'\'' | b'"' | b'`', _) => b[i],
            (b'[', _) => b']',
            (b'-', Some(b'-')) => b'\n',
            (b'/', Some(b'*')) => {
                let end = sql[i + 2..].find("*/").map_or(b.len(), |e| i + 2 + e + 2);
                return Some(end);
            }
            _ => return None,
        };
        let mut j = i + 1;
        while j < b.len() {
            if b[j] == close {
                // A doubled quote is one quote inside the literal.
                if close != b'\n' && close != b']' && b.get(j + 1) == Some(&close) {
                    j += 2;
                    continue;
                }
                return Some(j + 1);
            }
            j += 1;
        }
        Some(b.len())
    };
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'$';
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if let Some(next) = skip(i) {
            i = next;
            continue;
        }
        if !word(b[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && word(b[i]) {
            i += 1;
        }
        if !sql[start..i].eq_ignore_ascii_case("check") {
            continue;
        }
        let mut j = i;
        while j < b.len() && b[j].is_ascii_whitespace() {
            j += 1;
        }
        if b.get(j) != Some(&b'(') {
            continue;
        }
        let (open, mut depth) = (j, 0usize);
        while j < b.len() {
            if let Some(next) = skip(j) {
                j = next;
                continue;
            }
            match b[j] {
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        out.push(sql[open + 1..j.min(b.len())].trim().to_owned());
        i = j + 1;
    }
    out
}

/// Schema objects an import relies on being Clearfield's own.
#[derive(Clone, Copy)]
enum OwnObjects {
    /// The triggers on the feature tables.
    FeatureTriggers,
    /// The tables an import writes rows to ([`CHECKED_TABLES`]), with their constraints.
    CheckedTables,
}

/// Whether the objects are exactly those of a fresh file of the current schema: none
/// missing, changed or added.
fn own_objects(conn: &Connection, which: OwnObjects) -> Result<bool, StoreError> {
    type Objects = std::collections::BTreeSet<(String, String)>;
    fn listed(conn: &Connection, which: OwnObjects) -> rusqlite::Result<Objects> {
        let mut stmt = conn.prepare(match which {
            OwnObjects::FeatureTriggers => {
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND lower(tbl_name) \
                 IN ('hazard_areas', 'land_releases', 'ordnance_finds', 'survey_points', \
                 'evidence_points')"
            }
            OwnObjects::CheckedTables => {
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND lower(name) \
                 IN ('hazard_areas', 'land_releases', 'ordnance_finds', 'survey_points', \
                 'evidence_points', 'change_log')"
            }
        })?;
        let rows = stmt.query_map([], |r| {
            let sql: String = r.get(1)?;
            Ok((
                r.get(0)?,
                sql.split_whitespace().collect::<Vec<_>>().join(" "),
            ))
        })?;
        rows.collect()
    }
    fn fresh(which: OwnObjects) -> Result<Objects, StoreError> {
        let mut fresh = Connection::open_in_memory()?;
        gpkg::register_functions(&fresh)?;
        let tx = fresh.transaction()?;
        migrate::apply(&tx, 0, CURRENT_VERSION)?;
        Ok(listed(&tx, which)?)
    }
    static OWN: [std::sync::OnceLock<Option<Objects>>; 2] =
        [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
    match OWN[which as usize].get_or_init(|| fresh(which).ok()) {
        Some(own) => Ok(listed(conn, which)? == *own),
        None => Ok(false),
    }
}

/// Per-connection settings; also registers the `ST_*` functions.
fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(Duration::from_secs(10))?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // 256 MiB of page cache at most (taken only as used), and up to 1 GiB of pages changed
    // by a write transaction before they spill into the WAL: a large import (the
    // national-scale one changes 270 MB) then writes each page once at commit. Spilled pages
    // changed again are rewritten in the WAL, and the commit reads all of them back to redo
    // the WAL's checksums.
    conn.pragma_update(None, "cache_size", -262_144)?;
    conn.pragma_update(None, "cache_spill", -1_048_576)?;
    // Merges build temporary tables; keep them off the disk.
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    gpkg::register_functions(conn)?;
    Ok(())
}

/// The path as SQLite must be given it to open that very file. The bundled SQLite reads
/// names starting with `file:` as URIs (`file:t.gpkg` would be `t.gpkg`), so such a
/// relative name is given as `./file:t.gpkg`.
fn literal_path(path: &Path) -> PathBuf {
    if path.as_os_str().as_encoded_bytes().starts_with(b"file:") {
        Path::new(".").join(path)
    } else {
        path.to_owned()
    }
}

/// Whether SQLite answered "busy" or "locked".
fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
    )
}

/// WAL, for a connection that may write: readers never wait for the writer.
fn set_wal(conn: &Connection) -> rusqlite::Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")
}

/// Refuses a path that is missing, a folder, empty or not a regular file, from its metadata
/// alone: the file is never opened outside SQLite (see [`Store::open`]).
fn check_path(path: &Path) -> Result<(), StoreError> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(StoreError::Missing(path.to_owned()));
        }
        Err(error) => {
            return Err(StoreError::Io {
                path: path.to_owned(),
                error,
            });
        }
    };
    let not_db = |reason: &str| StoreError::NotADatabase {
        path: path.to_owned(),
        reason: reason.to_owned(),
    };
    if meta.is_dir() {
        return Err(not_db("it is a folder"));
    }
    if !meta.is_file() {
        return Err(not_db(
            "it is not a regular file (a device, pipe or socket)",
        ));
    }
    if meta.len() == 0 {
        return Err(not_db("the file is empty"));
    }
    // The smallest SQLite page is 512 bytes; SQLite would take a shorter file for an empty
    // database.
    if meta.len() < 512 {
        return Err(not_db("it does not start with the SQLite header"));
    }
    Ok(())
}

/// A connection that can read a file SQLite could open only read-only.
///
/// A file left in WAL mode (the app was killed, or the file was copied while open) cannot be
/// read on write-protected media without its `-shm`, which cannot be made there: it is then
/// opened as immutable, which is right because nothing can change it, unless a `-wal` with
/// content lies beside it, whose changes immutable reading would silently miss.
/// Returns the connection and whether it reads the file as immutable.
fn readable(path: &Path, conn: Connection) -> Result<(Connection, bool), StoreError> {
    // A real read of the schema: in WAL mode it needs the -shm, which SQLite cannot make
    // here (CANTOPEN, or READONLY_CANTINIT where the folder is not writable).
    match conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    }) {
        Ok(_) => return Ok((conn, false)),
        Err(e)
            if matches!(
                e.sqlite_error_code(),
                Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly)
            ) => {}
        Err(e) if e.sqlite_error_code() == Some(ErrorCode::NotADatabase) => {
            return Err(StoreError::NotADatabase {
                path: path.to_owned(),
                reason: "it does not start with the SQLite header".to_owned(),
            });
        }
        Err(e) => return Err(store_error(path, e)),
    }
    drop(conn);
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
        return Err(StoreError::ReadOnlyWal(path.to_owned()));
    }
    // Immutable reading takes no locks: right only where nobody can write the file at all.
    // A folder this user may not write (a share others write to) is not that.
    if !on_read_only_filesystem(path) {
        return Err(StoreError::SharedReadOnly(path.to_owned()));
    }
    let conn = Connection::open_with_flags(
        file_uri(path, "immutable=1"),
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            | OpenFlags::SQLITE_OPEN_URI,
    )
    .map_err(|e| store_error(path, e))?;
    Ok((conn, true))
}

/// Whether the file's folder is on a filesystem mounted read-only (a write-protected stick):
/// a probe file made there is refused as such. Made, it is removed at once.
fn on_read_only_filesystem(path: &Path) -> bool {
    let folder = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let probe = folder.join(format!(".clearfield-probe-{}", std::process::id()));
    match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(_) => {
            let _ = std::fs::remove_file(&probe);
            false
        }
        Err(e) => e.kind() == std::io::ErrorKind::ReadOnlyFilesystem,
    }
}

/// `file:` URI of a path with a query, percent-encoding what a URI would read otherwise.
pub(crate) fn file_uri(path: &Path, query: &str) -> String {
    let mut uri = String::from("file:");
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => uri.push_str("%25"),
            '?' => uri.push_str("%3f"),
            '#' => uri.push_str("%23"),
            c => uri.push(c),
        }
    }
    uri.push('?');
    uri.push_str(query);
    uri
}

fn store_error(path: &Path, e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => StoreError::NotADatabase {
            path: path.to_owned(),
            reason: e.to_string(),
        },
        Some(ErrorCode::DatabaseCorrupt) => StoreError::Corrupt {
            path: path.to_owned(),
            details: e.to_string(),
        },
        _ => StoreError::Sqlite(e),
    }
}

/// SQLite's message, with what to do when it says the file is damaged.
fn sqlite_message(e: &rusqlite::Error) -> String {
    if matches!(e, rusqlite::Error::QueryReturnedNoRows) {
        return "a row Clearfield expects is missing from the file (edited by another program?); nothing was changed. Run `clearfield check`".to_owned();
    }
    match e.sqlite_error_code() {
        Some(ErrorCode::ConstraintViolation) => {
            format!("the file's own rules refused the change ({e}); nothing was changed")
        }
        Some(ErrorCode::ReadOnly) => format!(
            "the file can only be read ({e}); nothing was changed. Copy it to a writable folder to change it"
        ),
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => format!(
            "the database is damaged ({e}); nothing was changed. Run `clearfield check` and restore the file from a backup"
        ),
        _ => format!("database error: {e}"),
    }
}

fn pragma_lines(conn: &Connection, sql: &str) -> rusqlite::Result<Vec<String>> {
    let mut stmt = conn.prepare(sql)?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    rows.collect()
}

fn is_unique_violation(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE)
}

/// Text of a stored value of any type, as typed by a user.
fn text_of(v: rusqlite::types::ValueRef<'_>) -> String {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Null => String::new(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
        ValueRef::Blob(b) => format!("<{} bytes>", b.len()),
    }
}

/// Which table holds this id.
fn find_kind(conn: &Connection, id: Uuid) -> rusqlite::Result<Option<RecordKind>> {
    for kind in RecordKind::ALL {
        let found = conn
            .prepare_cached(&format!("SELECT 1 FROM {} WHERE id = ?1", table(kind)))?
            .query_row([id.to_string()], |_| Ok(()))
            .optional()?;
        if found.is_some() {
            return Ok(Some(kind));
        }
    }
    Ok(None)
}

/// Survey points whose `belongs_to` names no hazard area or land release (id, belongs_to):
/// that column has no foreign key (it can name either table), so `PRAGMA foreign_key_check`
/// does not see them.
pub(crate) fn dangling_survey_points(conn: &Connection) -> rusqlite::Result<Vec<(String, String)>> {
    let mut stmt = conn.prepare(
        "SELECT coalesce(id, 'fid ' || fid), belongs_to FROM main.survey_points \
         WHERE belongs_to NOT IN (SELECT id FROM main.hazard_areas WHERE id IS NOT NULL) \
         AND belongs_to NOT IN (SELECT id FROM main.land_releases WHERE id IS NOT NULL) ORDER BY fid",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// Whether the record `link` names is stored: a hazard area, or a release where the link
/// may name one.
fn link_stored(conn: &Connection, link: &Link) -> Result<bool, StoreError> {
    let stored = |sql: &str| -> Result<bool, StoreError> {
        Ok(conn
            .prepare_cached(sql)?
            .query_row([link.id.to_string()], |_| Ok(()))
            .optional()?
            .is_some())
    };
    Ok(stored("SELECT 1 FROM hazard_areas WHERE id = ?1")?
        || (link.release_too && stored("SELECT 1 FROM land_releases WHERE id = ?1")?))
}

/// Refuses a record that names a hazard area (or release) that does not exist, with a clear
/// message (SQLite's own foreign-key error names neither record).
fn check_links(tx: &Transaction<'_>, record: &Record) -> Result<(), StoreError> {
    let Some(link) = Link::of(record) else {
        return Ok(());
    };
    if !link_stored(tx, &link)? {
        return Err(StoreError::NoSuchHazard {
            kind: record.kind(),
            id: record.uuid(),
            field: link.field,
            hazard_id: link.id,
            target: link.target(),
        });
    }
    Ok(())
}

/// The geometry blob and the field columns of a record, in `columns(kind)` order, typed for
/// SQLite (integers as integers, absent values as NULL).
fn row_values(record: &Record) -> (Vec<u8>, Vec<Value>) {
    // The record's own geometry and fields, with no copy of the geometry nor map of the fields.
    let geom = match record {
        Record::Hazard(h) => gpkg::encode_multipolygon(&h.geometry),
        Record::Release(r) => gpkg::encode_multipolygon(&r.geometry),
        Record::Find(f) => gpkg::encode_point(&f.location),
        Record::Survey(p) => gpkg::encode_point(&p.location),
        Record::Evidence(e) => gpkg::encode_point(&e.location),
    };
    let cols = columns(record.kind());
    let mut values = vec![Value::Null; cols.len()];
    record.each_field(&mut |name, value| {
        if let Some(i) = cols.iter().position(|c| *c == name) {
            let text = value.to_string();
            values[i] = if crate::model::INTEGER_FIELDS.contains(&name) {
                text.parse::<i64>()
                    .map(Value::Integer)
                    .unwrap_or(Value::Text(text))
            } else if crate::model::REAL_FIELDS.contains(&name) {
                text.parse::<f64>()
                    .map(Value::Real)
                    .unwrap_or(Value::Text(text))
            } else {
                Value::Text(text)
            };
        }
    });
    (geom, values)
}

fn extra_value(record: &Record) -> Value {
    let extra = record.extra();
    if extra.is_empty() {
        Value::Null
    } else {
        // The text of `Value::Object(extra)`, without copying the map into one.
        Value::Text(
            serde_json::to_string(extra)
                .unwrap_or_else(|_| serde_json::Value::Object(extra.clone()).to_string()),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_expressions_are_read_whole_past_literals_and_comments() {
        let sql = "CREATE TABLE t (a TEXT CHECK (a IN ('x)', 'y''(')), -- check (not this)\n\
                   b INTEGER check(b >= 0 AND (b < 10)), \"check\" TEXT /* CHECK (nor this) */, \
                   CONSTRAINT c CHECK (length(a) = 1))";
        assert_eq!(
            check_expressions(sql),
            [
                "a IN ('x)', 'y''(')",
                "b >= 0 AND (b < 10)",
                "length(a) = 1"
            ]
        );
    }

    #[test]
    fn every_check_of_the_tables_an_import_writes_is_found() {
        let mut conn = Connection::open_in_memory().unwrap();
        gpkg::register_functions(&conn).unwrap();
        let tx = conn.transaction().unwrap();
        migrate::apply(&tx, 0, CURRENT_VERSION).unwrap();
        let count = |t: &str| {
            let sql: String = tx
                .query_row(
                    "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1",
                    [t],
                    |r| r.get(0),
                )
                .unwrap();
            let checks = check_expressions(&sql);
            // Each one is an expression SQLite evaluates over the table.
            for e in &checks {
                tx.query_row(
                    &format!("SELECT count(*) FROM {t} WHERE NOT ({e})"),
                    [],
                    |r| r.get::<_, i64>(0),
                )
                .unwrap();
            }
            (checks.len(), sql.matches("CHECK").count())
        };
        for t in CHECKED_TABLES {
            let (found, written) = count(t);
            assert_eq!(found, written, "{t}");
            assert!(found >= 3, "{t}");
        }
    }
}
