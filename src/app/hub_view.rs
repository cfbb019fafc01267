//! HQ's view of a national hub in the app (`clearfield --db postgresql://…`): everything the
//! hub holds read into a GeoPackage in a temporary folder (`hub::copy`, the merge's rule, as
//! `status --db postgresql://…` reads it), opened read-only, so that the map, the dashboard
//! and the panels work as for a file and every change is refused. "Read the hub again"
//! makes a new copy; the folder goes when the app closes.

use std::path::PathBuf;

use super::job::Job;
use crate::hub::{self, Step};

/// The hub being viewed.
pub struct HubView {
    /// The hub's URL without its password, as the app shows it.
    pub label: String,
    /// The URL as given (a password in it is kept in memory only, to read again).
    url: String,
    dir: tempfile::TempDir,
    copies: u32,
    job: Option<Job<Result<PathBuf, String>>>,
}

impl HubView {
    /// Starts reading the hub at `url` into a new temporary folder.
    pub fn start(url: String) -> Result<HubView, String> {
        let dir = tempfile::Builder::new()
            .prefix("clearfield-hub-")
            .tempdir()
            .map_err(|e| format!("cannot make a folder for the hub's copy: {e}"))?;
        let mut view = HubView {
            label: hub::redacted(&url),
            url,
            dir,
            copies: 0,
            job: None,
        };
        view.read_again();
        Ok(view)
    }

    /// The hub's database name, as the top bar shows it (the whole URL on hover).
    pub fn database(&self) -> &str {
        let path = self.label.split_once("://").map_or("", |(_, rest)| rest);
        let path = path.split('?').next().unwrap_or_default();
        path.rsplit_once('/').map_or(path, |(_, db)| db)
    }

    /// Reads the hub again into a new copy (the one open stays until it is ready).
    pub fn read_again(&mut self) {
        if self.job.is_some() {
            return;
        }
        self.copies += 1;
        let path = self.dir.path().join(format!("hub-{}.gpkg", self.copies));
        let url = self.url.clone();
        self.job = Some(Job::start("hub-read", move |progress| {
            hub::copy(&url, &path, &mut |step, done, total| {
                // Reading the versions is the first half, showing them the second.
                let half = if step == Step::Apply { 1 } else { 0 };
                let total = total.max(1) as u64;
                progress.set(half * total + done as u64, 2 * total);
            })
            .map_err(|e| e.to_string())?;
            Ok(path)
        }));
    }

    /// How far the reading has got, 0 to 1, while it runs.
    pub fn reading(&self) -> Option<f32> {
        self.job.as_ref().map(Job::progress)
    }

    /// The copy's path once the reading has finished, or why it failed.
    pub fn poll(&mut self) -> Option<Result<PathBuf, String>> {
        if !self.job.as_ref().is_some_and(Job::finished) {
            return None;
        }
        let job = self.job.take()?;
        Some(
            job.result()
                .unwrap_or_else(|| Err("reading the hub stopped unexpectedly".to_owned())),
        )
    }
}
