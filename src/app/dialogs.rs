//! The system's own file dialogs (through rfd), run in a thread so that the window keeps
//! drawing while one is open. A chosen path fills the same text field a path can be typed
//! in, so a machine without a dialog service (no portal, no zenity) still works by typing.

use std::path::PathBuf;

use super::job::Job;

/// Which text field a chosen path goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// The import/export panel's file.
    Exchange,
    /// The merge panel's file.
    Merge,
    /// The basemap's MBTiles file.
    Basemap,
    /// A photo to attach to the selected record.
    Photo,
}

/// A dialog to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Request {
    /// Where the answer goes.
    pub field: Field,
    /// Choose a file to write (else one to read).
    pub save: bool,
    /// Name of the file type, and its extensions.
    pub filter: (&'static str, &'static [&'static str]),
}

/// A dialog on screen.
pub struct Pending {
    /// Where the answer goes.
    pub field: Field,
    /// A file to write (the dialog asked about replacing one that exists).
    pub save: bool,
    job: Job<Option<PathBuf>>,
}

impl Pending {
    /// Opens the dialog; `start` is the folder it opens in, when known.
    pub fn open(request: Request, start: Option<PathBuf>) -> Pending {
        let job = Job::start("file-dialog", move |_| {
            let mut dialog = rfd::AsyncFileDialog::new()
                .add_filter(request.filter.0, request.filter.1)
                .add_filter("All files", &["*"]);
            if let Some(dir) = start.filter(|d| !d.as_os_str().is_empty()) {
                dialog = dialog.set_directory(dir);
            }
            let chosen = if request.save {
                pollster::block_on(dialog.save_file())
            } else {
                pollster::block_on(dialog.pick_file())
            };
            chosen.map(|f| f.path().to_path_buf())
        });
        Pending {
            field: request.field,
            save: request.save,
            job,
        }
    }

    /// Whether the user has answered (or closed the dialog).
    pub fn finished(&self) -> bool {
        self.job.finished()
    }

    /// The chosen path; `None` when the dialog was cancelled or could not be shown.
    pub fn chosen(self) -> Option<PathBuf> {
        self.job.result().flatten()
    }
}

/// Files an export writes (told by their ending).
pub const EXPORTABLE: (&str, &[&str]) = (
    "GeoJSON, GPX, KML, Shapefile",
    &["geojson", "json", "gpx", "kml", "shp"],
);
/// Files the import reads (told by content; these are their usual endings).
pub const IMPORTABLE: (&str, &[&str]) = (
    "GeoJSON, GPX, KML, Shapefile, Kobo/ODK",
    &[
        "geojson", "json", "gpx", "kml", "kmz", "shp", "zip", "csv", "xlsx",
    ],
);
/// Clearfield files (GeoPackage).
pub const GEOPACKAGE: (&str, &[&str]) = ("Clearfield file (GeoPackage)", &["gpkg"]);
/// Photos a record may have.
pub const PHOTOS: (&str, &[&str]) = (
    "Photo (JPEG, PNG)",
    &["jpg", "jpeg", "png", "JPG", "JPEG", "PNG"],
);
/// Offline basemaps.
pub const MBTILES: (&str, &[&str]) = ("MBTiles basemap", &["mbtiles"]);
