//! File and text formats. The only module that knows how geometry and records are written
//! outside the database.

pub mod app_settings;
pub mod coords;
pub mod formats;
pub mod gazetteer;
pub mod geojson;
pub mod gpx;
pub mod kml;
pub mod kobo;
pub mod legs;
pub mod mbtiles;
pub mod nmea;
pub mod photo;
pub mod report;
pub mod shapefile;
pub mod text;
pub mod wkt;

use std::path::{Path, PathBuf};

/// A file being written whole or not at all: the content goes to a temporary file beside the
/// destination, which takes the destination's name only on [`AtomicFile::commit`], after
/// the content and then the folder entry are synced to the disk. Dropped uncommitted (an
/// error, a full disk), it removes the temporary file: no `.partial` is left behind.
///
/// A destination that is a symbolic link is written through, knowingly: the file the link
/// points to is replaced and the link stays. A destination that exists and is not a regular
/// file (a device such as `/dev/sda`, a pipe, a folder) is refused: renaming over it would
/// replace it with a regular file.
#[derive(Debug)]
pub struct AtomicFile {
    dest: PathBuf,
    tmp: PathBuf,
    committed: bool,
}

impl AtomicFile {
    /// Prepares to write `path`; refuses a special file there.
    pub fn new(path: &Path) -> std::io::Result<AtomicFile> {
        let dest = resolve_links(path)?;
        match std::fs::metadata(&dest) {
            Ok(m) if !m.is_file() => {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    format!(
                        "{} is {}, not a regular file; nothing was written",
                        dest.display(),
                        if m.is_dir() {
                            "a folder"
                        } else {
                            "a device, pipe or socket"
                        }
                    ),
                ));
            }
            _ => {}
        }
        if let Some(folder) = dest.parent().filter(|p| !p.as_os_str().is_empty())
            && !folder.is_dir()
        {
            return Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!(
                    "there is no folder {}; nothing was written",
                    folder.display()
                ),
            ));
        }
        let name = dest
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "output".to_owned());
        // A name of its own, made here and now (never a leftover, another writer's file or a
        // link planted under a name known in advance).
        static MADE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = MADE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp = dest.with_file_name(format!(".{name}.{}-{n}.partial", std::process::id()));
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        Ok(AtomicFile {
            dest,
            tmp,
            committed: false,
        })
    }

    /// The temporary file to write the content to (made empty, ours alone).
    pub fn temp_path(&self) -> &Path {
        &self.tmp
    }

    /// The file that will be replaced (the target of a link given as destination).
    pub fn destination(&self) -> &Path {
        &self.dest
    }

    /// Syncs the content, gives it the destination's name, and syncs the folder, so the
    /// new file survives a power cut once this returns.
    pub fn commit(mut self) -> std::io::Result<()> {
        std::fs::File::open(&self.tmp)?.sync_all()?;
        std::fs::rename(&self.tmp, &self.dest)?;
        self.committed = true;
        let folder = match self.dest.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        // Folders can be opened for syncing on Unix; elsewhere the rename stands as is.
        #[cfg(unix)]
        std::fs::File::open(folder)?.sync_all()?;
        #[cfg(not(unix))]
        let _ = folder;
        Ok(())
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

/// The file a chain of symbolic links ends at (the path itself when it is not a link, or
/// does not exist yet).
pub(crate) fn resolve_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let target = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(dir) if target.is_relative() => dir.join(target),
                    _ => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        format!("{}: too many levels of symbolic links", path.display()),
    ))
}

/// Whether two paths name one file (links and `..` resolved), from metadata alone: neither
/// file is opened.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::metadata(a), std::fs::metadata(b)) {
        #[cfg(unix)]
        (Ok(ma), Ok(mb)) => {
            use std::os::unix::fs::MetadataExt;
            ma.dev() == mb.dev() && ma.ino() == mb.ino()
        }
        #[cfg(not(unix))]
        (Ok(_), Ok(_)) => std::fs::canonicalize(a).ok() == std::fs::canonicalize(b).ok(),
        _ => false,
    }
}

/// Writes `bytes` to `path` whole or not at all (see [`AtomicFile`]).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let file = AtomicFile::new(path)?;
    std::fs::write(file.temp_path(), bytes)?;
    file.commit()
}
