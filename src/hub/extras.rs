//! What a sync exchanges besides versions: photos with their attach/detach facts (kept as a
//! file keeps them, `store/photos.rs`), and the programme's settings (the hub's are the
//! programme's; a file's are sent only where the hub has none).

use std::collections::{HashMap, HashSet};

use postgres::{GenericClient, Transaction};

use super::HubError;
use crate::store::Store;
use crate::store::sync::{PhotoFact, PhotoRow};

/// The file's side of a sync's photos, read once: the store (for the photos' bytes), and
/// the uuid and SHA-256 of every photo and every attach/detach it holds.
pub(super) struct FileSide<'a> {
    store: &'a Store,
    photos: Vec<(String, String)>,
    facts: Vec<PhotoFact>,
}

impl<'a> FileSide<'a> {
    /// Reads what the file holds of photos (not their bytes).
    pub(super) fn read(store: &'a Store) -> Result<FileSide<'a>, HubError> {
        Ok(FileSide {
            store,
            photos: store.photo_hashes()?,
            facts: store.photo_facts()?,
        })
    }
}

/// What [`send`] sent.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct SentExtras {
    /// Photos new to the hub.
    pub(super) photos: usize,
    /// Attaches and detaches new to the hub.
    pub(super) facts: usize,
}

/// Sends, within the hub's write transaction, the file's photos and facts the hub lacks
/// and its settings the hub has none of. A photo id the hub holds with other bytes is
/// refused, as a file merge refuses it.
pub(super) fn send(
    tx: &mut Transaction<'_>,
    file: &FileSide<'_>,
    file_id: &str,
    actor: &str,
) -> Result<SentExtras, HubError> {
    let hub_photos: HashMap<String, String> = tx
        .query("SELECT uuid, sha256 FROM photos", &[])?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let mut lacking = Vec::new();
    for (uuid, sha256) in &file.photos {
        match hub_photos.get(uuid) {
            Some(theirs) if theirs != sha256 => {
                return Err(HubError::PhotoDiffers { uuid: uuid.clone() });
            }
            Some(_) => {}
            None => lacking.push(uuid.as_str()),
        }
    }
    let insert = tx.prepare(
        "INSERT INTO photos (uuid, data, content_type, file_name, sha256, taken_at, lon, lat, added_at, added_by, origin_file)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (uuid) DO NOTHING",
    )?;
    let mut sent = SentExtras::default();
    // One photo at a time: each may be megabytes.
    for name in &lacking {
        for p in file.store.photos_named(std::slice::from_ref(name))? {
            sent.photos += tx.execute(
                &insert,
                &[
                    &p.uuid,
                    &p.data,
                    &p.content_type,
                    &p.file_name,
                    &p.sha256,
                    &p.taken_at,
                    &p.lon,
                    &p.lat,
                    &p.added_at,
                    &p.added_by,
                    &file_id,
                ],
            )? as usize;
        }
    }
    let hub_facts = fact_ids(tx)?;
    let facts: Vec<&PhotoFact> = file
        .facts
        .iter()
        .filter(|f| !hub_facts.contains(&f.version_id))
        .collect();
    let insert = tx.prepare(
        "INSERT INTO photo_log (version_id, record_id, photo_id, operation, changed_at, changed_by, origin_file)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (version_id) DO NOTHING",
    )?;
    for f in facts {
        sent.facts += tx.execute(
            &insert,
            &[
                &f.version_id,
                &f.record_id,
                &f.photo_id,
                &f.operation,
                &f.changed_at,
                &f.changed_by,
                &file_id,
            ],
        )? as usize;
    }
    for (key, value) in file.store.all_settings()? {
        tx.execute(
            "INSERT INTO settings (key, value, set_by) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING",
            &[&key, &value, &actor],
        )?;
    }
    Ok(sent)
}

/// The version ids of every fact the hub holds.
fn fact_ids(client: &mut impl GenericClient) -> Result<HashSet<String>, HubError> {
    Ok(client
        .query("SELECT version_id FROM photo_log", &[])?
        .iter()
        .map(|r| r.get(0))
        .collect())
}

/// What the hub has for a file: its photos and facts the file lacks, in the hub's order,
/// and all its settings.
pub(super) struct ForFile {
    pub(super) photos: Vec<PhotoRow>,
    pub(super) facts: Vec<PhotoFact>,
    pub(super) settings: Vec<(String, String)>,
}

/// The hub's programme settings (key, value), by key.
pub(super) fn settings(client: &mut impl GenericClient) -> Result<Vec<(String, String)>, HubError> {
    Ok(client
        .query("SELECT key, value FROM settings ORDER BY key", &[])?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect())
}

/// What the hub has that the file lacks (its photos and facts, in the hub's order), and
/// all its settings. (Photos and facts are sets, never changed: what a sync sends meanwhile
/// is the file's own.)
pub(super) fn for_file(
    client: &mut impl GenericClient,
    file: &FileSide<'_>,
) -> Result<ForFile, HubError> {
    let have: HashSet<String> = file.photos.iter().map(|p| p.0.clone()).collect();
    let known: HashSet<String> = file.facts.iter().map(|f| f.version_id.clone()).collect();
    let (photos, facts) = photos_except(client, &have, &known)?;
    Ok(ForFile {
        photos,
        facts,
        settings: settings(client)?,
    })
}

/// Every photo and fact the hub holds, in its order: for HQ's copy of the hub.
pub(super) fn all_photos(
    client: &mut impl GenericClient,
) -> Result<(Vec<PhotoRow>, Vec<PhotoFact>), HubError> {
    photos_except(client, &HashSet::new(), &HashSet::new())
}

/// The hub's photos whose uuids are not in `have` and facts whose version ids are not in
/// `known`, in the hub's order.
fn photos_except(
    client: &mut impl GenericClient,
    have: &HashSet<String>,
    known: &HashSet<String>,
) -> Result<(Vec<PhotoRow>, Vec<PhotoFact>), HubError> {
    let uuids: Vec<String> = client
        .query("SELECT uuid FROM photos ORDER BY received_at, uuid", &[])?
        .iter()
        .map(|r| r.get::<_, String>(0))
        .filter(|u| !have.contains(u))
        .collect();
    let mut photos = Vec::with_capacity(uuids.len());
    // One photo at a time: each may be megabytes.
    for uuid in &uuids {
        let r = client.query_one(
            "SELECT uuid, data, content_type, file_name, sha256, taken_at, lon, lat, added_at, added_by
             FROM photos WHERE uuid = $1",
            &[uuid],
        )?;
        photos.push(PhotoRow {
            uuid: r.get(0),
            data: r.get(1),
            content_type: r.get(2),
            file_name: r.get(3),
            sha256: r.get(4),
            taken_at: r.get(5),
            lon: r.get(6),
            lat: r.get(7),
            added_at: r.get(8),
            added_by: r.get(9),
        });
    }
    let facts = client
        .query(
            "SELECT version_id, record_id, photo_id, operation, changed_at, changed_by
             FROM photo_log ORDER BY seq",
            &[],
        )?
        .iter()
        .map(|r| PhotoFact {
            version_id: r.get(0),
            record_id: r.get(1),
            photo_id: r.get(2),
            operation: r.get(3),
            changed_at: r.get(4),
            changed_by: r.get(5),
        })
        .filter(|f| !known.contains(&f.version_id))
        .collect();
    Ok((photos, facts))
}

/// Sets programme settings in the hub (key, value), in one transaction under the hub's
/// lock; every laptop takes them at its next sync.
pub(super) fn set(
    tx: &mut Transaction<'_>,
    pairs: &[(&str, &str)],
    actor: &str,
) -> Result<(), HubError> {
    for (key, value) in pairs {
        tx.execute(
            "INSERT INTO settings (key, value, set_by) VALUES ($1, $2, $3)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, set_by = excluded.set_by, set_at = now()",
            &[key, value, &actor],
        )?;
    }
    Ok(())
}
