//! The hub's shown records and conflicts made what the rule (`crate::versions::heads`) says
//! of each record's versions: the same rule, on the same versions, as in every file.

use std::collections::HashMap;

use postgres::Transaction;

use super::HubError;
use crate::model::RecordKind;
use crate::store::{gpkg, table};
use crate::versions::{LogEntry, Version, heads};

/// Records read per statement.
const RECORDS: usize = 2000;

/// A kind's rows to write: (id, version_id, WKB, the record's JSON without `geom`).
type Rows = Vec<(String, String, Option<Vec<u8>>, String)>;

/// What the rule says of a batch of records, gathered to be written kind by kind.
#[derive(Default)]
struct Decided {
    shown: HashMap<RecordKind, Rows>,
    deleted: HashMap<RecordKind, Vec<String>>,
    conflicts: Vec<(String, String, String)>,
    settled: Vec<String>,
}

/// Shows anew every record in `record_ids` (sorted, distinct) from all its versions in the
/// hub. Returns how many records that was.
pub(super) fn show(
    tx: &mut Transaction<'_>,
    record_ids: &[String],
    progress: &mut dyn FnMut(usize, usize),
) -> Result<usize, HubError> {
    for (n, chunk) in record_ids.chunks(RECORDS).enumerate() {
        let rows = tx.query(
            "SELECT record_id, record_kind, version_id, operation, changed_at, changed_by, record, parents, seq
             FROM versions WHERE record_id = ANY($1) ORDER BY record_id, seq",
            &[&chunk],
        )?;
        let mut decided = Decided::default();
        let mut at = 0;
        while at < rows.len() {
            let record_id: String = rows[at].get(0);
            let end = rows[at..]
                .iter()
                .position(|r| r.get::<_, &str>(0) != record_id)
                .map_or(rows.len(), |p| at + p);
            let entries: Vec<(LogEntry, i64)> = rows[at..end]
                .iter()
                .map(|r| {
                    (
                        LogEntry {
                            record_id: r.get(0),
                            record_kind: r.get(1),
                            version_id: r.get(2),
                            operation: r.get(3),
                            changed_at: r.get(4),
                            changed_by: r.get(5),
                            record: r.get(6),
                            parents: r.get(7),
                        },
                        r.get(8),
                    )
                })
                .collect();
            decide(&record_id, &entries, &mut decided)?;
            at = end;
        }
        write(tx, decided)?;
        progress(
            (n * RECORDS + chunk.len()).min(record_ids.len()),
            record_ids.len(),
        );
    }
    Ok(record_ids.len())
}

/// The rule applied to one record's versions, its outcome added to `decided`.
fn decide(
    record_id: &str,
    entries: &[(LogEntry, i64)],
    decided: &mut Decided,
) -> Result<(), HubError> {
    let versions: Vec<Version> = entries
        .iter()
        .map(|(e, seq)| Version::of(e, *seq, false))
        .collect();
    let (heads, shown) = heads(&versions);
    let Some(shown) = shown else { return Ok(()) };
    let Some((entry, _)) = entries
        .iter()
        .find(|(e, _)| e.version_id == shown.version_id)
    else {
        return Ok(());
    };
    let bad = |reason: String| HubError::BadVersion {
        version_id: entry.version_id.clone(),
        record_id: record_id.to_owned(),
        reason,
    };
    let kind: RecordKind = entry
        .record_kind
        .parse()
        .map_err(|_| bad(format!("unknown kind {:?}", entry.record_kind)))?;
    if entry.operation == "delete" {
        decided
            .deleted
            .entry(kind)
            .or_default()
            .push(record_id.to_owned());
    } else {
        let (wkb, rest) = split_geometry(&entry.record).map_err(bad)?;
        decided.shown.entry(kind).or_default().push((
            record_id.to_owned(),
            entry.version_id.clone(),
            wkb,
            rest,
        ));
    }
    if heads.len() > 1 {
        let ids: Vec<&str> = heads.iter().map(|h| h.version_id.as_str()).collect();
        decided.conflicts.push((
            record_id.to_owned(),
            kind.as_str().to_owned(),
            serde_json::to_string(&ids).unwrap_or_default(),
        ));
    } else {
        decided.settled.push(record_id.to_owned());
    }
    Ok(())
}

/// A version's record JSON as the WKB of its geometry (the GeoPackage blob's, unchanged)
/// and the rest of the record.
fn split_geometry(record: &str) -> Result<(Option<Vec<u8>>, String), String> {
    let mut value: serde_json::Value =
        serde_json::from_str(record).map_err(|e| format!("its record is not JSON: {e}"))?;
    let map = value
        .as_object_mut()
        .ok_or("its record is not a JSON object")?;
    let wkb = match map.shift_remove("geom") {
        Some(serde_json::Value::String(hex)) if !hex.is_empty() => {
            let blob = unhex(&hex).ok_or("its geometry is not hexadecimal")?;
            gpkg::wkb_of(&blob)
                .map_err(|e| format!("its geometry: {e}"))?
                .map(<[u8]>::to_vec)
        }
        _ => None,
    };
    Ok((wkb, value.to_string()))
}

/// Bytes from hexadecimal text (either case); `None` when it is not.
fn unhex(hex: &str) -> Option<Vec<u8>> {
    if !hex.len().is_multiple_of(2) {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
        .collect()
}

/// The shown rows and conflicts of one batch written.
fn write(tx: &mut Transaction<'_>, decided: Decided) -> Result<(), HubError> {
    for kind in RecordKind::ALL {
        if let Some(ids) = decided.deleted.get(&kind) {
            tx.execute(
                &format!("DELETE FROM {} WHERE id = ANY($1)", table(kind)),
                &[ids],
            )?;
        }
        if let Some(rows) = decided.shown.get(&kind) {
            let ids: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
            let versions: Vec<&str> = rows.iter().map(|r| r.1.as_str()).collect();
            let wkbs: Vec<Option<&[u8]>> = rows.iter().map(|r| r.2.as_deref()).collect();
            let records: Vec<&str> = rows.iter().map(|r| r.3.as_str()).collect();
            tx.execute(&upsert_sql(kind), &[&ids, &versions, &wkbs, &records])?;
        }
    }
    if !decided.conflicts.is_empty() {
        let col = |f: fn(&(String, String, String)) -> &String| -> Vec<&str> {
            decided.conflicts.iter().map(|c| f(c).as_str()).collect()
        };
        tx.execute(
            "INSERT INTO conflicts (record_id, record_kind, versions)
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
             ON CONFLICT (record_id) DO UPDATE SET versions = excluded.versions",
            &[&col(|c| &c.0), &col(|c| &c.1), &col(|c| &c.2)],
        )?;
    }
    if !decided.settled.is_empty() {
        tx.execute(
            "DELETE FROM conflicts WHERE record_id = ANY($1)",
            &[&decided.settled],
        )?;
    }
    Ok(())
}

/// INSERT … ON CONFLICT UPDATE of a kind's shown rows from arrays of ids, version ids, WKB
/// and record JSON; each field typed by the table's column (`jsonb_populate_record`).
fn upsert_sql(kind: RecordKind) -> String {
    let t = table(kind);
    let mut cols: Vec<&str> = kind.fields().to_vec();
    cols.extend(["extra", "created_at", "modified_at", "modified_by"]);
    let geom = match kind {
        RecordKind::HazardArea | RecordKind::LandRelease => "ST_Multi(ST_GeomFromWKB(u.wkb, 4326))",
        _ => "ST_GeomFromWKB(u.wkb, 4326)",
    };
    let values: Vec<String> = cols.iter().map(|c| format!("r.{c}")).collect();
    let sets: Vec<String> = cols
        .iter()
        .chain(&["version_id", "geom"])
        .map(|c| format!("{c} = excluded.{c}"))
        .collect();
    format!(
        "INSERT INTO {t} (id, version_id, geom, {cols}) \
         SELECT u.id, u.version_id, {geom}, {values} \
         FROM unnest($1::text[], $2::text[], $3::bytea[], $4::text[]) AS u(id, version_id, wkb, rec) \
         CROSS JOIN LATERAL jsonb_populate_record(NULL::{t}, u.rec::jsonb) AS r \
         ON CONFLICT (id) DO UPDATE SET {sets}",
        cols = cols.join(", "),
        values = values.join(", "),
        sets = sets.join(", ")
    )
}
