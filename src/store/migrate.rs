//! The schema's history: one append-only list of SQL scripts. Entry N (1-based) takes a file
//! from schema version N-1 to N; entry 1 (`migrations/0001.sql`) creates a new file.
//!
//! To change the schema, append a script here and never edit an earlier one; then update
//! `schema.sql`, the whole current schema to read, which the test
//! `fresh_schema_equals_schema_sql` keeps equal to what the scripts make. A file made by each
//! earlier release is kept under `tests/data/` and migrated by a test.

use rusqlite::{Connection, Transaction};

/// Scripts from version 0 (an empty file) up to [`CURRENT_VERSION`].
pub const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001.sql"),
    include_str!("migrations/0002.sql"),
    include_str!("migrations/0003.sql"),
    include_str!("migrations/0004.sql"),
    include_str!("migrations/0005.sql"),
];

/// The schema version this build writes.
pub const CURRENT_VERSION: u32 = MIGRATIONS.len() as u32;

/// Applies the scripts after `from` up to `to`, inside `tx`, recording the version reached.
pub fn apply(tx: &Transaction<'_>, from: u32, to: u32) -> rusqlite::Result<()> {
    for (index, script) in MIGRATIONS
        .iter()
        .enumerate()
        .take(to as usize)
        .skip(from as usize)
    {
        tx.execute_batch(script)?;
        tx.execute(
            "UPDATE clearfield_meta SET value = ?1 WHERE key = 'schema_version'",
            [(index + 1).to_string()],
        )?;
    }
    Ok(())
}

/// The schema version recorded in the file, `None` when it has no Clearfield meta table.
pub fn version(conn: &Connection) -> rusqlite::Result<Option<String>> {
    let has_meta: bool = conn.query_row(
        "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = 'clearfield_meta'",
        [],
        |r| r.get(0),
    )?;
    if !has_meta {
        return Ok(None);
    }
    use rusqlite::OptionalExtension;
    conn.query_row(
        "SELECT value FROM clearfield_meta WHERE key = 'schema_version'",
        [],
        |r| r.get(0),
    )
    .optional()
}
