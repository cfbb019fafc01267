//! Photos attached to records, kept with the OGC GeoPackage Related Tables Extension (OGC
//! 18-000): the media table `photos` and one mapping table per record table
//! (`<table>_photos`, base_id = the record's fid, related_id = the photo's id). See
//! `migrations/0004.sql`.
//!
//! A photo never changes and is never deleted; what changes is whether it is attached to a
//! record. Every attach and detach is a fact in `photo_log`, and the link shown is the
//! latest fact of its (record, photo) pair. A merge copies the photos (by uuid) and the facts
//! (by version_id) the other file has and this one lacks, then makes the mapping tables what
//! the facts say: both are sets, so merging in any order, or twice, gives the same links.

use rusqlite::{OptionalExtension, Transaction, params};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{RecordKind, Store, StoreError, begin, end, find_kind, table};
use crate::io::photo::{self, ImageType};

/// A photo attached to a record, without its bytes.
#[derive(Clone, Debug, PartialEq)]
pub struct Photo {
    /// Its identity, the same in every file.
    pub id: Uuid,
    /// The name of the file it was attached from.
    pub file_name: String,
    /// `image/jpeg` or `image/png`.
    pub content_type: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the bytes, lower-case hex.
    pub sha256: String,
    /// EXIF DateTimeOriginal (camera local time), `YYYY-MM-DDTHH:MM:SS`.
    pub taken_at: Option<String>,
    /// EXIF GPS position (lon, lat), decimal degrees.
    pub position: Option<(f64, f64)>,
    /// When it was first stored in a Clearfield file (UTC).
    pub added_at: String,
    /// Who stored it.
    pub added_by: String,
}

/// One attach or detach of a photo, as the change log keeps it.
#[derive(Clone, Debug, PartialEq)]
pub struct PhotoChange {
    /// Unique id of this fact, across files.
    pub version_id: String,
    /// The record.
    pub record_id: Uuid,
    /// The photo.
    pub photo_id: Uuid,
    /// `attach` or `detach`.
    pub operation: String,
    /// When (UTC).
    pub changed_at: String,
    /// Who.
    pub changed_by: String,
    /// The photo's file name (empty if the photo is not in this file).
    pub file_name: String,
}

/// A file to attach: its name (for messages and the list) and its bytes.
#[derive(Clone, Copy, Debug)]
pub struct NewPhoto<'a> {
    /// The file name.
    pub file_name: &'a str,
    /// The bytes, JPEG or PNG.
    pub bytes: &'a [u8],
}

const PHOTO_COLUMNS: &str = "p.uuid, p.file_name, p.content_type, length(p.data), p.sha256, \
     p.taken_at, p.lon, p.lat, p.added_at, p.added_by";

fn photo_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Photo> {
    photo_row_at(r, 0)
}

/// A [`Photo`] from [`PHOTO_COLUMNS`] starting at column `at`.
fn photo_row_at(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Photo> {
    let id: String = r.get(at)?;
    let lon: Option<f64> = r.get(at + 6)?;
    let lat: Option<f64> = r.get(at + 7)?;
    Ok(Photo {
        id: Uuid::parse_str(&id).unwrap_or_default(),
        file_name: r.get(at + 1)?,
        content_type: r.get(at + 2)?,
        size: r.get(at + 3)?,
        sha256: r.get(at + 4)?,
        taken_at: r.get(at + 5)?,
        position: lon.zip(lat),
        added_at: r.get(at + 8)?,
        added_by: r.get(at + 9)?,
    })
}

/// The mapping table of a record kind.
fn mapping(kind: RecordKind) -> String {
    format!("{}_photos", table(kind))
}

/// The kind and fid of the record with this id.
fn record_row(conn: &rusqlite::Connection, id: Uuid) -> Result<(RecordKind, i64), StoreError> {
    let kind = find_kind(conn, id)?.ok_or(StoreError::NotFound(id))?;
    let fid = conn.query_row(
        &format!("SELECT fid FROM {} WHERE id = ?1", table(kind)),
        [id.to_string()],
        |r| r.get(0),
    )?;
    Ok((kind, fid))
}

/// Lower-case hex SHA-256 of `bytes`.
fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Store {
    /// Attaches one JPEG or PNG photo to the record; returns the photo's id. Refuses other
    /// bytes, naming the file, with nothing written.
    pub fn attach(
        &mut self,
        record: Uuid,
        bytes: &[u8],
        file_name: &str,
        actor: &str,
    ) -> Result<Uuid, StoreError> {
        let ids = self.attach_all(record, &[NewPhoto { file_name, bytes }], actor)?;
        Ok(ids[0])
    }

    /// Attaches several photos to the record in one transaction: all of them or, when one is
    /// refused (not an image, already attached), none. Returns their ids in order. The same
    /// bytes already stored in this file (attached to another record) are the same photo.
    pub fn attach_all(
        &mut self,
        record: Uuid,
        photos: &[NewPhoto<'_>],
        actor: &str,
    ) -> Result<Vec<Uuid>, StoreError> {
        self.writable()?;
        let mut checked = Vec::with_capacity(photos.len());
        for p in photos {
            let kind =
                ImageType::of(p.bytes).ok_or_else(|| StoreError::NotAPhoto(p.file_name.into()))?;
            checked.push((p, kind));
        }
        let tx = begin(&mut self.conn, actor)?;
        let (kind, fid) = record_row(&tx, record)?;
        let mut ids = Vec::with_capacity(photos.len());
        for (p, image) in checked {
            let (photo_id, photo_fid) = store_photo(&tx, p, image, actor)?;
            let linked: bool = tx.query_row(
                &format!(
                    "SELECT EXISTS (SELECT 1 FROM {} WHERE base_id = ?1 AND related_id = ?2)",
                    mapping(kind)
                ),
                params![fid, photo_fid],
                |r| r.get(0),
            )?;
            if linked {
                return Err(StoreError::AlreadyAttached {
                    file: p.file_name.to_owned(),
                    record,
                    photo: photo_id,
                });
            }
            tx.execute(
                &format!(
                    "INSERT INTO {} (base_id, related_id) VALUES (?1, ?2)",
                    mapping(kind)
                ),
                params![fid, photo_fid],
            )?;
            log(&tx, record, photo_id, "attach", actor)?;
            ids.push(photo_id);
        }
        end(tx)?;
        Ok(ids)
    }

    /// Detaches the photo from the record. The photo stays in the file (and in the record's
    /// history); only the link goes.
    pub fn detach(&mut self, record: Uuid, photo: Uuid, actor: &str) -> Result<(), StoreError> {
        self.writable()?;
        let tx = begin(&mut self.conn, actor)?;
        let (kind, fid) = record_row(&tx, record)?;
        let removed = tx.execute(
            &format!(
                "DELETE FROM {} WHERE base_id = ?1 AND related_id = \
                 (SELECT id FROM photos WHERE uuid = ?2)",
                mapping(kind)
            ),
            params![fid, photo.to_string()],
        )?;
        if removed == 0 {
            return Err(StoreError::NotAttached { record, photo });
        }
        log(&tx, record, photo, "detach", actor)?;
        end(tx)?;
        Ok(())
    }

    /// The photos attached to the record, in the order they were attached.
    pub fn photos_of(&self, record: Uuid) -> Result<Vec<Photo>, StoreError> {
        let (kind, fid) = record_row(&self.conn, record)?;
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {PHOTO_COLUMNS} FROM {} m JOIN photos p ON p.id = m.related_id \
             WHERE m.base_id = ?1 ORDER BY m.id",
            mapping(kind)
        ))?;
        let rows = stmt.query_map([fid], photo_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The photo with this id, without its bytes.
    pub fn photo_info(&self, photo: Uuid) -> Result<Photo, StoreError> {
        self.conn
            .query_row(
                &format!("SELECT {PHOTO_COLUMNS} FROM photos p WHERE p.uuid = ?1"),
                [photo.to_string()],
                photo_row,
            )
            .optional()?
            .ok_or(StoreError::NoSuchPhoto(photo))
    }

    /// The bytes of the photo with this id, as attached.
    pub fn photo(&self, photo: Uuid) -> Result<Vec<u8>, StoreError> {
        self.conn
            .query_row(
                "SELECT data FROM photos WHERE uuid = ?1",
                [photo.to_string()],
                |r| r.get(0),
            )
            .optional()?
            .ok_or(StoreError::NoSuchPhoto(photo))
    }

    /// Every photo attached to a record now: (record id, photo), by record then attachment.
    pub fn attached_photos(&self) -> Result<Vec<(Uuid, Photo)>, StoreError> {
        let mut out = Vec::new();
        for kind in RecordKind::ALL {
            let mut stmt = self.conn.prepare(&format!(
                "SELECT r.id, {PHOTO_COLUMNS} FROM {} m JOIN {} r ON r.fid = m.base_id \
                 JOIN photos p ON p.id = m.related_id WHERE r.id IS NOT NULL ORDER BY r.id, m.id",
                mapping(kind),
                table(kind)
            ))?;
            let rows = stmt.query_map([], |r| {
                let record: String = r.get(0)?;
                let photo = photo_row_at(r, 1)?;
                Ok((Uuid::parse_str(&record).unwrap_or_default(), photo))
            })?;
            for row in rows {
                out.push(row?);
            }
        }
        Ok(out)
    }

    /// Every attach and detach of a photo to or from the record, oldest first (also for a
    /// deleted record).
    pub fn photo_history(&self, record: Uuid) -> Result<Vec<PhotoChange>, StoreError> {
        let mut stmt = self.conn.prepare(
            "SELECT l.version_id, l.record_id, l.photo_id, l.operation, l.changed_at, l.changed_by, \
             coalesce(p.file_name, '') FROM photo_log l LEFT JOIN photos p ON p.uuid = l.photo_id \
             WHERE l.record_id = ?1 ORDER BY l.changed_at, l.seq",
        )?;
        let rows = stmt.query_map([record.to_string()], |r| {
            let record_id: String = r.get(1)?;
            let photo_id: String = r.get(2)?;
            Ok(PhotoChange {
                version_id: r.get(0)?,
                record_id: Uuid::parse_str(&record_id).unwrap_or_default(),
                photo_id: Uuid::parse_str(&photo_id).unwrap_or_default(),
                operation: r.get(3)?,
                changed_at: r.get(4)?,
                changed_by: r.get(5)?,
                file_name: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Stores the photo, or finds the same bytes already stored: (uuid, row id).
fn store_photo(
    tx: &Transaction<'_>,
    p: &NewPhoto<'_>,
    image: ImageType,
    actor: &str,
) -> Result<(Uuid, i64), StoreError> {
    let sha = sha256_hex(p.bytes);
    let existing: Option<(String, i64)> = tx
        .query_row(
            "SELECT uuid, id FROM photos WHERE sha256 = ?1 AND data = ?2",
            params![sha, p.bytes],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((uuid, id)) = existing
        && let Ok(uuid) = Uuid::parse_str(&uuid)
    {
        return Ok((uuid, id));
    }
    let taken = photo::taken(p.bytes);
    let id = Uuid::new_v4();
    tx.execute(
        "INSERT INTO photos (data, content_type, uuid, file_name, sha256, taken_at, lon, lat, added_by) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            p.bytes,
            image.mime(),
            id.to_string(),
            p.file_name,
            sha,
            taken.at,
            taken.lon,
            taken.lat,
            actor
        ],
    )?;
    Ok((id, tx.last_insert_rowid()))
}

/// Writes an attach or detach fact.
fn log(
    tx: &Transaction<'_>,
    record: Uuid,
    photo: Uuid,
    operation: &str,
    actor: &str,
) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO photo_log (record_id, photo_id, operation, changed_by) VALUES (?1, ?2, ?3, ?4)",
        params![record.to_string(), photo.to_string(), operation, actor],
    )?;
    Ok(())
}

/// The merge's part for photos, with the other file attached as `other`: copies the photos
/// and the attach/detach facts this file lacks and makes the mapping tables what the facts
/// say. Returns (photos received, facts received). Refuses a photo id whose bytes differ
/// between the files.
pub(super) fn merge_photos(
    tx: &Transaction<'_>,
    other: &std::path::Path,
) -> Result<(usize, usize), StoreError> {
    merge_photos_from(tx, other, "other.photos", "other.photo_log")
}

/// [`merge_photos`] from tables of the file's shape other than the other file's: `photos`
/// (ordered by `id`) and `log` (ordered by `seq`), e.g. a hub's photos in temporary tables.
pub(super) fn merge_photos_from(
    tx: &Transaction<'_>,
    other: &std::path::Path,
    photos: &str,
    log: &str,
) -> Result<(usize, usize), StoreError> {
    let differing: Option<String> = tx
        .query_row(
            &format!(
                "SELECT o.uuid FROM {photos} o JOIN main.photos m ON m.uuid = o.uuid \
                 WHERE m.sha256 <> o.sha256 OR m.data <> o.data LIMIT 1"
            ),
            [],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(uuid) = differing {
        return Err(StoreError::MergeRefused {
            path: other.to_owned(),
            reason: format!("photo {uuid} has different bytes in the two files"),
        });
    }
    let photos = tx.execute(
        &format!(
            "INSERT INTO main.photos (data, content_type, uuid, file_name, sha256, taken_at, lon, lat, added_at, added_by) \
             SELECT data, content_type, uuid, file_name, sha256, taken_at, lon, lat, added_at, added_by \
             FROM {photos} WHERE uuid NOT IN (SELECT uuid FROM main.photos) ORDER BY id"
        ),
        [],
    )?;
    tx.execute_batch(&format!(
        "DROP TABLE IF EXISTS temp.incoming_links;
         CREATE TEMP TABLE incoming_links AS
           SELECT version_id, record_id, photo_id, operation, changed_at, changed_by
           FROM {log} WHERE version_id NOT IN (SELECT version_id FROM main.photo_log)
           ORDER BY seq;
         INSERT INTO main.photo_log (version_id, record_id, photo_id, operation, changed_at, changed_by)
           SELECT version_id, record_id, photo_id, operation, changed_at, changed_by FROM temp.incoming_links;"
    ))?;
    let facts: usize = tx.query_row("SELECT count(*) FROM temp.incoming_links", [], |r| {
        r.get::<_, i64>(0)
    })? as usize;
    // The state of each pair the other file said something about: its latest fact.
    let pairs = "(SELECT DISTINCT i.record_id, i.photo_id, (SELECT l.operation FROM main.photo_log l \
         WHERE l.record_id = i.record_id AND l.photo_id = i.photo_id \
         ORDER BY l.changed_at DESC, l.version_id DESC LIMIT 1) AS state FROM temp.incoming_links i)";
    for kind in RecordKind::ALL {
        let (t, m) = (table(kind), mapping(kind));
        tx.execute(
            &format!(
                "DELETE FROM main.{m} WHERE id IN (SELECT x.id FROM main.{m} x \
                 JOIN main.{t} r ON r.fid = x.base_id JOIN main.photos p ON p.id = x.related_id \
                 JOIN {pairs} s ON s.record_id = r.id AND s.photo_id = p.uuid WHERE s.state = 'detach')"
            ),
            [],
        )?;
        tx.execute(
            &format!(
                "INSERT OR IGNORE INTO main.{m} (base_id, related_id) SELECT r.fid, p.id \
                 FROM {pairs} s JOIN main.{t} r ON r.id = s.record_id \
                 JOIN main.photos p ON p.uuid = s.photo_id WHERE s.state = 'attach'"
            ),
            [],
        )?;
    }
    tx.execute_batch("DROP TABLE temp.incoming_links;")?;
    Ok((photos, facts))
}

/// Makes every mapping row the log says should be there for the records present (a photo's
/// latest fact for the record is an attach); rows already there stay. Idempotent.
pub(super) fn relink(tx: &Transaction<'_>) -> Result<(), StoreError> {
    for kind in RecordKind::ALL {
        let (t, m) = (table(kind), mapping(kind));
        tx.execute(
            &format!(
                "INSERT OR IGNORE INTO {m} (base_id, related_id) SELECT r.fid, p.id \
                 FROM photo_log l JOIN {t} r ON r.id = l.record_id JOIN photos p ON p.uuid = l.photo_id \
                 WHERE l.operation = 'attach' AND l.seq = (SELECT l2.seq FROM photo_log l2 \
                 WHERE l2.record_id = l.record_id AND l2.photo_id = l.photo_id \
                 ORDER BY l2.changed_at DESC, l2.version_id DESC LIMIT 1)"
            ),
            [],
        )?;
    }
    Ok(())
}
