//! File and text formats. The only module that knows how geometry and records are written
//! outside the database.

pub mod coords;
pub mod geojson;
pub mod mbtiles;
pub mod report;
pub mod text;
pub mod wkt;

use std::path::Path;

/// Writes `bytes` to `path` through a temporary file beside it, so a crash or a full disk
/// never leaves half a file where a whole one was expected.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".to_owned());
    let tmp = path.with_file_name(format!(".{name}.partial"));
    std::fs::write(&tmp, bytes)?;
    if let Err(e) = std::fs::rename(&tmp, path) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    Ok(())
}
