//! Photos of a record: `attach`, `photos`, `detach`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use clap::Args;

use super::{open_in, parse_id_in};
use crate::i18n::Messages;
use crate::io::text::printable;
use crate::store::photos::NewPhoto;

/// `attach`'s arguments.
#[derive(Args)]
pub(super) struct AttachArgs {
    /// The record's UUID
    id: String,
    /// JPEG or PNG files; all are attached, or none when one is refused
    #[arg(required = true)]
    files: Vec<PathBuf>,
}

/// `detach`'s arguments.
#[derive(Args)]
pub(super) struct DetachArgs {
    /// The record's UUID
    id: String,
    /// The photo's id (from `clearfield photos ID`)
    photo: String,
}

/// `attach ID FILE…`: every file or none.
pub(super) fn attach(
    a: AttachArgs,
    db: &Path,
    user: &str,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let id = parse_id_in(&a.id, msgs)?;
    let mut read = Vec::with_capacity(a.files.len());
    for f in &a.files {
        let bytes = std::fs::read(f).with_context(|| format!("cannot read {}", f.display()))?;
        read.push((f.display().to_string(), bytes));
    }
    let photos: Vec<NewPhoto<'_>> = read
        .iter()
        .map(|(name, bytes)| NewPhoto {
            file_name: name.rsplit(['/', '\\']).next().unwrap_or(name.as_str()),
            bytes,
        })
        .collect();
    let mut store = open_in(db, msgs, out)?;
    let ids = store.attach_all(id, &photos, user)?;
    for (p, photo) in photos.iter().zip(ids) {
        let line = msgs.text(
            "cli-attached",
            &[
                ("file", printable(p.file_name).into()),
                ("id", id.to_string().into()),
                ("photo", photo.to_string().into()),
            ],
        );
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// `photos ID`: the record's photos, one a line.
pub(super) fn photos(id: &str, db: &Path, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    let id = parse_id_in(id, msgs)?;
    let store = open_in(db, msgs, out)?;
    let photos = store.photos_of(id)?;
    if photos.is_empty() {
        let line = msgs.text("cli-no-photos", &[("id", id.to_string().into())]);
        writeln!(out, "{line}")?;
        return Ok(());
    }
    writeln!(
        out,
        "{:<36}  {:<24}  {:>9}  {:<10}  {:<19}  position (lon, lat)",
        "photo", "file", "bytes", "type", "taken at"
    )?;
    for p in photos {
        writeln!(
            out,
            "{:<36}  {:<24}  {:>9}  {:<10}  {:<19}  {}",
            p.id,
            printable(&p.file_name),
            p.size,
            p.content_type,
            p.taken_at.as_deref().unwrap_or("-"),
            p.position
                .map(|(lon, lat)| format!("{lon:.6}, {lat:.6}"))
                .unwrap_or_else(|| "-".to_owned())
        )?;
    }
    Ok(())
}

/// `detach ID PHOTO_ID`.
pub(super) fn detach(
    a: DetachArgs,
    db: &Path,
    user: &str,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let id = parse_id_in(&a.id, msgs)?;
    let photo = uuid::Uuid::parse_str(a.photo.trim()).with_context(|| {
        msgs.text(
            "cli-not-a-photo-id",
            &[
                (
                    "text",
                    format!("{:?}", crate::io::text::cut(&a.photo)).into(),
                ),
                ("id", id.to_string().into()),
            ],
        )
    })?;
    let mut store = open_in(db, msgs, out)?;
    store.detach(id, photo, user)?;
    let line = msgs.text(
        "cli-detached",
        &[
            ("photo", photo.to_string().into()),
            ("id", id.to_string().into()),
        ],
    );
    writeln!(out, "{line}")?;
    Ok(())
}
