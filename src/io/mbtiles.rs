//! Raster basemaps from an MBTiles file (SQLite; tiles in the TMS scheme, PNG or JPEG), read
//! with no network: the web-mercator tile maths and the row flip live here.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, OptionalExtension};

/// Why a basemap cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum MbtilesError {
    /// Not an SQLite file with a `tiles` table.
    #[error("{path}: not an MBTiles file ({reason})")]
    NotMbtiles {
        /// The file.
        path: PathBuf,
        /// What is missing.
        reason: String,
    },
    /// A tile that does not decode.
    #[error("tile {z}/{x}/{y}: {reason}")]
    BadTile {
        /// Zoom.
        z: u8,
        /// Column.
        x: u32,
        /// Row (XYZ, from the north).
        y: u32,
        /// Why.
        reason: String,
    },
    /// SQLite failed.
    #[error("basemap: {0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// An open MBTiles basemap.
pub struct Mbtiles {
    conn: Connection,
    /// Its name from the metadata table, or the file name.
    pub name: String,
    /// Lowest and highest zoom levels present.
    pub zooms: (u8, u8),
}

/// A decoded tile: RGBA pixels.
pub struct Tile {
    /// Width and height in pixels.
    pub size: [usize; 2],
    /// Pixels, RGBA, row by row from the north-west corner.
    pub rgba: Vec<u8>,
}

/// The XYZ tile (column, row from the north) holding lon/lat at zoom `z`.
pub fn tile_of(lon: f64, lat: f64, z: u8) -> (u32, u32) {
    let n = f64::from(1u32 << z);
    let lat = lat.clamp(-85.051_128_78, 85.051_128_78).to_radians();
    let x = ((lon + 180.0) / 360.0 * n).floor().clamp(0.0, n - 1.0);
    let y = ((1.0 - (lat.tan() + 1.0 / lat.cos()).ln() / std::f64::consts::PI) / 2.0 * n)
        .floor()
        .clamp(0.0, n - 1.0);
    (x as u32, y as u32)
}

/// Lon/lat of the north-west corner of XYZ tile (x, y) at zoom `z`.
pub fn tile_corner(x: u32, y: u32, z: u8) -> (f64, f64) {
    let n = f64::from(1u32 << z);
    let lon = f64::from(x) / n * 360.0 - 180.0;
    let lat = (std::f64::consts::PI * (1.0 - 2.0 * f64::from(y) / n))
        .sinh()
        .atan()
        .to_degrees();
    (lon, lat)
}

impl Mbtiles {
    /// Opens a basemap read-only.
    pub fn open(path: &Path) -> Result<Mbtiles, MbtilesError> {
        let not = |reason: &str| MbtilesError::NotMbtiles {
            path: path.to_owned(),
            reason: reason.to_owned(),
        };
        if !path.is_file() {
            return Err(not("no such file"));
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|e| not(&e.to_string()))?;
        let zooms: (Option<u8>, Option<u8>) = conn
            .query_row(
                "SELECT min(zoom_level), max(zoom_level) FROM tiles",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(|e| not(&format!("no tiles table: {e}")))?;
        let (Some(lo), Some(hi)) = zooms else {
            return Err(not("it has no tiles"));
        };
        let name = conn
            .query_row("SELECT value FROM metadata WHERE name = 'name'", [], |r| {
                r.get::<_, String>(0)
            })
            .optional()
            .ok()
            .flatten()
            .unwrap_or_else(|| {
                path.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            });
        Ok(Mbtiles {
            conn,
            name,
            zooms: (lo, hi),
        })
    }

    /// The tile (x, y) at zoom `z`, y counted from the north (XYZ) as maps draw them; MBTiles
    /// stores rows from the south (TMS). `Ok(None)` where the file has no tile.
    pub fn tile(&self, z: u8, x: u32, y: u32) -> Result<Option<Tile>, MbtilesError> {
        let tms_row = (1u32 << z) - 1 - y;
        let data: Option<Vec<u8>> = self
            .conn
            .prepare_cached("SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3")?
            .query_row(rusqlite::params![z, x, tms_row], |r| r.get(0))
            .optional()?;
        let Some(data) = data else { return Ok(None) };
        let img = image::load_from_memory(&data).map_err(|e| MbtilesError::BadTile {
            z,
            x,
            y,
            reason: e.to_string(),
        })?;
        let rgba = img.to_rgba8();
        Ok(Some(Tile {
            size: [rgba.width() as usize, rgba.height() as usize],
            rgba: rgba.into_raw(),
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tile_maths_matches_the_slippy_map_convention() {
        // Zoom 0 is one tile whose north edge is the Mercator limit, 85.0511°.
        // Beirut (35.5018, 33.8938) at zoom 10, by hand: x = 215.5018 / 360 × 1024 = 612.98;
        // y = (1 − ln(tan φ + sec φ) / π) / 2 × 1024 = (1 − 0.62944 / π) / 2 × 1024 = 409.41.
        assert_eq!(tile_of(35.5018, 33.8938, 10), (612, 409));
        // Its north-west corner: lon 612 / 1024 × 360 − 180 = 35.15625; lat atan(sinh(π ×
        // (1 − 818 / 1024))) = atan(sinh(0.63200)) = atan(0.67494) = 34.0162°.
        let (lon, lat) = tile_corner(612, 409, 10);
        assert!((lon - 35.15625).abs() < 1e-9, "{lon}");
        assert!((lat - 34.0162).abs() < 1e-4, "{lat}");
        assert_eq!(tile_of(0.0, 0.0, 1), (1, 1));
        let (lon, lat) = tile_corner(0, 0, 0);
        assert_eq!(lon, -180.0);
        assert!((lat - 85.051_128_779_806_59).abs() < 1e-12, "{lat}");
    }
}
