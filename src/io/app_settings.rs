//! The app's own settings on this laptop (not the programme's, which live in the database
//! and travel with it): a small JSON file in the user's configuration folder
//! (`~/.config/clearfield/app.json` on Linux), written whole or not at all.

use std::path::{Path, PathBuf};

/// What the app remembers between runs on this laptop.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct AppSettings {
    /// The name the app writes in the change log for this laptop's user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Areas in m² instead of km² and hectares.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub square_metres: bool,
    /// The national hub this laptop syncs with, its password left out (never kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hub_url: Option<String>,
    /// The language the app speaks, as a tag (`en`, `ar`, `ka`, `ru`); none: the
    /// environment's. A tag the app does not know (a newer version's) means English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl AppSettings {
    /// The language remembered: `None` when none is, English for a tag without a catalogue.
    ///
    /// ```
    /// use clearfield::i18n::Language;
    /// use clearfield::io::app_settings::AppSettings;
    /// let mut s = AppSettings::default();
    /// assert_eq!(s.language(), None);
    /// s.language = Some("ka".to_owned());
    /// assert_eq!(s.language(), Some(Language::Ka));
    /// s.language = Some("tlh".to_owned());
    /// assert_eq!(s.language(), Some(Language::En));
    /// ```
    pub fn language(&self) -> Option<crate::i18n::Language> {
        self.language
            .as_deref()
            .map(|tag| crate::i18n::Language::from_tag(tag).unwrap_or_default())
    }
}

/// The settings file of this user on this machine, when there is a home folder.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Clearfield", "clearfield")
        .map(|dirs| dirs.config_dir().join("app.json"))
}

/// The settings in `path`: the defaults when there is no file yet; why not when it cannot
/// be read (the defaults are then used, and the file is left as it is until saved).
///
/// ```
/// use clearfield::io::app_settings::{load, AppSettings};
/// let dir = std::env::temp_dir().join("clearfield-doc-settings-missing");
/// assert_eq!(load(&dir.join("app.json")), Ok(AppSettings::default()));
/// ```
pub fn load(path: &Path) -> Result<AppSettings, String> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map_err(|e| format!("{}: not settings the app can read ({e})", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(AppSettings::default()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Writes the settings to `path` whole or not at all, making its folder if need be.
pub fn save(path: &Path, settings: &AppSettings) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    let bytes = serde_json::to_vec_pretty(settings).map_err(|e| e.to_string())?;
    super::write_atomic(path, &bytes).map_err(|e| format!("{}: {e}", path.display()))
}

/// Changes the settings in `path` with `change` and writes them back, whole or not at all.
/// A file that cannot be read is left as it is and the change refused (saying why), so
/// that keeping one choice never wipes the others.
pub fn update(path: &Path, change: impl FnOnce(&mut AppSettings)) -> Result<(), String> {
    let mut settings = load(path)?;
    change(&mut settings);
    save(path, &settings)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Keeping one choice keeps the others; a file that cannot be read is not overwritten.
    #[test]
    fn update_changes_one_setting_and_never_wipes_an_unreadable_file() {
        let dir = std::env::temp_dir().join(format!("clearfield-settings-{}", std::process::id()));
        let path = dir.join("app.json");
        update(&path, |s| s.user = Some("Amal Haddad".to_owned())).unwrap();
        update(&path, |s| s.square_metres = true).unwrap();
        let read = load(&path).unwrap();
        assert_eq!(read.user.as_deref(), Some("Amal Haddad"));
        assert!(read.square_metres);
        std::fs::write(&path, b"{ not json").unwrap();
        let refused = update(&path, |s| {
            s.hub_url = Some("postgresql://hq@hub/p".to_owned())
        });
        assert!(
            refused
                .unwrap_err()
                .contains("not settings the app can read")
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"{ not json");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
