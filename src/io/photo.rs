//! Photos attached to records: which image format the bytes are (told by their first bytes,
//! never by the file name), and the date taken and GPS position their EXIF holds.

use std::path::{Path, PathBuf};

use exif::{In, Tag, Value};

/// The image formats a photo may be in, and their MIME types (the RTE media table's
/// `content_type`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageType {
    /// JPEG (`FF D8 FF`).
    Jpeg,
    /// PNG (`89 50 4E 47 0D 0A 1A 0A`).
    Png,
}

impl ImageType {
    /// The format of `bytes`, told by their magic bytes; `None` for anything else.
    ///
    /// ```
    /// use clearfield::io::photo::ImageType;
    /// assert_eq!(ImageType::of(b"\xff\xd8\xff\xe0rest"), Some(ImageType::Jpeg));
    /// assert_eq!(ImageType::of(b"GIF89a"), None);
    /// ```
    pub fn of(bytes: &[u8]) -> Option<ImageType> {
        if bytes.starts_with(&[0xff, 0xd8, 0xff]) {
            Some(ImageType::Jpeg)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(ImageType::Png)
        } else {
            None
        }
    }

    /// The MIME type (`image/jpeg`, `image/png`).
    pub fn mime(self) -> &'static str {
        match self {
            ImageType::Jpeg => "image/jpeg",
            ImageType::Png => "image/png",
        }
    }

    /// The file extension for the type (`jpg`, `png`).
    pub fn extension(self) -> &'static str {
        match self {
            ImageType::Jpeg => "jpg",
            ImageType::Png => "png",
        }
    }
}

/// What a photo's EXIF says about when and where it was taken; each part `None` when absent
/// or unreadable (a photo without EXIF is still a photo).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Taken {
    /// DateTimeOriginal as the camera wrote it (its local time), `YYYY-MM-DDTHH:MM:SS`.
    pub at: Option<String>,
    /// GPS longitude, decimal degrees (west negative).
    pub lon: Option<f64>,
    /// GPS latitude, decimal degrees (south negative).
    pub lat: Option<f64>,
}

/// Reads the date taken and the GPS position from the EXIF of a JPEG or PNG.
pub fn taken(bytes: &[u8]) -> Taken {
    // What can be read is kept past a flaw elsewhere in the EXIF (GDAL, and some cameras,
    // end the first IFD in a way the strict reader refuses).
    let read = exif::Reader::new()
        .continue_on_error(true)
        .read_from_container(&mut std::io::Cursor::new(bytes))
        .or_else(|e| e.distill_partial_result(|_| {}));
    let Ok(exif) = read else {
        return Taken::default();
    };
    let at = exif
        .get_field(Tag::DateTimeOriginal, In::PRIMARY)
        .or_else(|| exif.get_field(Tag::DateTime, In::PRIMARY))
        .and_then(|f| match &f.value {
            Value::Ascii(v) => v.first().and_then(|s| exif_datetime(s)),
            _ => None,
        });
    let degrees = |tag: Tag, reference: Tag, negative: u8, limit: f64| -> Option<f64> {
        let Value::Rational(parts) = &exif.get_field(tag, In::PRIMARY)?.value else {
            return None;
        };
        if parts.len() != 3 || parts.iter().any(|p| p.denom == 0) {
            return None;
        }
        let value = parts[0].to_f64() + parts[1].to_f64() / 60.0 + parts[2].to_f64() / 3600.0;
        let sign = match &exif.get_field(reference, In::PRIMARY)?.value {
            Value::Ascii(v) => match v.first().and_then(|s| s.first()) {
                Some(c) if c.eq_ignore_ascii_case(&negative) => -1.0,
                Some(_) => 1.0,
                None => return None,
            },
            _ => return None,
        };
        (value <= limit).then_some(sign * value)
    };
    let lat = degrees(Tag::GPSLatitude, Tag::GPSLatitudeRef, b'S', 90.0);
    let lon = degrees(Tag::GPSLongitude, Tag::GPSLongitudeRef, b'W', 180.0);
    match (lon, lat) {
        (Some(lon), Some(lat)) => Taken {
            at,
            lon: Some(lon),
            lat: Some(lat),
        },
        _ => Taken {
            at,
            lon: None,
            lat: None,
        },
    }
}

/// `YYYY:MM:DD HH:MM:SS` (EXIF) as `YYYY-MM-DDTHH:MM:SS`; `None` when it is not that shape
/// (cameras write blanks or zeros when the clock was never set).
fn exif_datetime(s: &[u8]) -> Option<String> {
    let s = std::str::from_utf8(s).ok()?.trim_end_matches('\0').trim();
    let parsed = chrono::NaiveDateTime::parse_from_str(s, "%Y:%m:%d %H:%M:%S").ok()?;
    Some(parsed.format("%Y-%m-%dT%H:%M:%S").to_string())
}

/// The folder of photos written beside an export (`out.geojson` → `out_photos/`): its name,
/// the links features hold being `out_photos/<photo id>.<jpg|png>`.
///
/// ```
/// use std::path::Path;
/// use clearfield::io::photo::folder_for;
/// assert_eq!(folder_for(Path::new("/data/out.geojson")), Path::new("/data/out_photos"));
/// ```
pub fn folder_for(export: &Path) -> PathBuf {
    let stem = export
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".to_owned());
    export.with_file_name(format!("{stem}_photos"))
}

/// A folder of photos being written whole or not at all: the files go to a hidden folder
/// beside the destination, which takes the destination's name on [`PhotoFolder::commit`]
/// (a folder already there is replaced). Dropped uncommitted, it removes what it wrote.
#[derive(Debug)]
pub struct PhotoFolder {
    dest: PathBuf,
    tmp: PathBuf,
    committed: bool,
}

impl PhotoFolder {
    /// Starts the folder that will be `dest`.
    pub fn new(dest: &Path) -> std::io::Result<PhotoFolder> {
        let name = dest
            .file_name()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = dest.with_file_name(format!(".{name}.partial-{}", std::process::id()));
        if tmp.exists() {
            std::fs::remove_dir_all(&tmp)?;
        }
        std::fs::create_dir(&tmp)?;
        Ok(PhotoFolder {
            dest: dest.to_owned(),
            tmp,
            committed: false,
        })
    }

    /// Writes one file (a plain name, no folders) into the folder, synced.
    pub fn write(&self, name: &str, bytes: &[u8]) -> std::io::Result<()> {
        use std::io::Write;
        let mut f = std::fs::File::create(self.tmp.join(name))?;
        f.write_all(bytes)?;
        f.sync_all()
    }

    /// Gives the folder its name, replacing one already there.
    pub fn commit(mut self) -> std::io::Result<()> {
        let old = self.dest.with_file_name(format!(
            ".{}.old-{}",
            self.dest
                .file_name()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            std::process::id()
        ));
        let replaced = match std::fs::symlink_metadata(&self.dest) {
            Ok(m) if m.is_dir() => {
                std::fs::rename(&self.dest, &old)?;
                true
            }
            Ok(_) => {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::AlreadyExists,
                    format!(
                        "{}: a file is there, not a folder of photos; move it away",
                        self.dest.display()
                    ),
                ));
            }
            Err(_) => false,
        };
        std::fs::rename(&self.tmp, &self.dest)?;
        self.committed = true;
        if replaced {
            std::fs::remove_dir_all(&old)?;
        }
        Ok(())
    }
}

impl Drop for PhotoFolder {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exif_dates_are_read_or_refused() {
        assert_eq!(
            exif_datetime(b"2024:03:05 10:20:30").as_deref(),
            Some("2024-03-05T10:20:30")
        );
        assert_eq!(exif_datetime(b"0000:00:00 00:00:00"), None);
        assert_eq!(exif_datetime(b"    :  :     :  :  "), None);
    }

    #[test]
    fn bytes_that_are_no_image_have_no_type_and_no_exif() {
        assert_eq!(ImageType::of(b"%PDF-1.4"), None);
        assert_eq!(
            ImageType::of(b"\x89PNG\r\n\x1a\nrest"),
            Some(ImageType::Png)
        );
        assert_eq!(taken(b"not a photo"), Taken::default());
    }
}
