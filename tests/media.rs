//! The file as it lives on real machines and media: other programs reading it while the app
//! writes, write-protected USB sticks, and one self-contained file when the last connection
//! closes.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};

use clearfield::model::RecordKind;
use clearfield::store::{Store, StoreError};
use common::*;

fn side_file(db: &Path, suffix: &str) -> PathBuf {
    let mut s = db.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

/// Issue #11 §0: with the app open on a file, other programs reading it (`status`,
/// `conflicts`, `backup`, `list`, sqlite3) made the app's next saves vanish: opening the
/// file with plain IO inside the app's process dropped its POSIX locks, and another
/// process's close then deleted the WAL under the app's live connection. Here this process
/// plays the app (one connection held, a new store opened for every refresh as the app
/// does), another process runs commands the whole time, and every save must land.
#[test]
fn saves_land_while_other_programs_read_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("team.gpkg");
    let mut app = Store::create(&db).unwrap();
    let stop = AtomicBool::new(false);
    // sqlite3 reads the file as one more program; .ci/run installs it.
    let sqlite3 = tool("sqlite3", &["-version"], "sqlite3");
    const SAVES: usize = 40;
    let commands_run = std::thread::scope(|s| {
        let reader = std::thread::Builder::new()
            .name("other-programs".into())
            .spawn_scoped(s, || {
                let mut n = 0usize;
                while !stop.load(Ordering::SeqCst) && n < 10_000 {
                    let backup = dir.path().join(format!("copy-{n}.gpkg"));
                    let backup = backup.to_str().unwrap().to_owned();
                    for args in [
                        vec!["status"],
                        vec!["conflicts"],
                        vec!["list", "--kind", "find"],
                        vec!["backup", backup.as_str()],
                    ] {
                        let out = run(&db, &args);
                        assert!(
                            out.status.success(),
                            "{args:?}: {}",
                            String::from_utf8_lossy(&out.stderr)
                        );
                        n += 1;
                    }
                    if sqlite3 {
                        let out = Command::new("sqlite3")
                            .arg(&db)
                            .arg("SELECT count(*) FROM ordnance_finds")
                            .output()
                            .unwrap();
                        assert!(out.status.success(), "{out:?}");
                    }
                }
                n
            })
            .unwrap();
        // Stops the other process's loop however this thread ends, a failed assertion too.
        struct StopOnDrop<'a>(&'a AtomicBool);
        impl Drop for StopOnDrop<'_> {
            fn drop(&mut self) {
                self.0.store(true, Ordering::SeqCst);
            }
        }
        let stopper = StopOnDrop(&stop);
        for i in 0..SAVES {
            // What the app's refresh does: a store of its own, a snapshot read, closed again.
            let (refresh, _) = Store::open(&db).unwrap();
            let seen = refresh
                .snapshot(|s| Ok(s.load(RecordKind::OrdnanceFind)?.records.len()))
                .unwrap();
            assert_eq!(seen, i, "the refresh sees every save so far");
            drop(refresh);
            app.insert(&[numbered_find(i)], "app").unwrap();
            assert!(
                side_file(&db, "-wal").exists(),
                "save {i}: the WAL was deleted under the app's open connection"
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        drop(stopper);
        reader.join().unwrap()
    });
    assert!(
        commands_run >= 8,
        "the other process ran {commands_run} commands"
    );
    drop(app);
    // Counted by another process, from the file alone.
    let listed = ok(&db, &["list", "--kind", "find"]);
    let notes: Vec<&str> = listed.lines().filter(|l| l.contains(" × M42")).collect();
    assert_eq!(notes.len(), SAVES, "{listed}");
}

/// The last connection to close leaves one self-contained file: no `-wal` or `-shm` beside
/// it, every committed record in the file itself.
#[test]
fn the_last_close_leaves_one_self_contained_file() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("team.gpkg");
    {
        let mut store = Store::create(&db).unwrap();
        let (mut second, _) = Store::open(&db).unwrap();
        store.insert(&[numbered_find(1)], "a").unwrap();
        second.insert(&[numbered_find(2)], "b").unwrap();
        drop(store);
        assert!(
            side_file(&db, "-wal").exists(),
            "one connection is still open"
        );
    }
    assert!(!side_file(&db, "-wal").exists());
    assert!(!side_file(&db, "-shm").exists());
    // The file alone, copied elsewhere, holds both records.
    let copy = dir.path().join("copy.gpkg");
    std::fs::copy(&db, &copy).unwrap();
    let (store, _) = Store::open(&copy).unwrap();
    assert_eq!(
        store.load(RecordKind::OrdnanceFind).unwrap().records.len(),
        2
    );
}

/// Runs `script` in a new user and mount namespace where `ro` is a tmpfs holding `files`,
/// remounted read-only: a write-protected USB stick, for real (EROFS), even as root. None
/// when this machine cannot make namespaces (visible; a failure on CI).
fn on_read_only_media(files: &[&Path], script: &str) -> Option<std::process::Output> {
    if !tool(
        "unshare",
        &["-rm", "true"],
        "util-linux (unshare -rm, for a read-only mount)",
    ) {
        return None;
    }
    let ro = tempfile::tempdir().unwrap();
    let mut copy = String::new();
    for f in files {
        copy.push_str(&format!("cp '{}' \"$RO\"/; ", f.display()));
    }
    let full = format!(
        "set -e; mount -t tmpfs tmpfs \"$RO\"; {copy} mount -o remount,ro \"$RO\"; set +e; {script}"
    );
    Some(
        Command::new("unshare")
            .args(["-rm", "sh", "-c", &full])
            .env("RO", ro.path())
            .env("CF", env!("CARGO_BIN_EXE_clearfield"))
            .env_remove("CLEARFIELD_DB")
            .output()
            .unwrap(),
    )
}

fn sample_file(dir: &Path) -> PathBuf {
    let db = dir.join("stick.gpkg");
    let mut store = Store::create(&db).unwrap();
    store.insert(&full_set(), "team").unwrap();
    db
}

/// Issue #11 §2: a file on a write-protected stick could not be listed, checked, exported or
/// merged from ("unable to open database file", no path named). It opens read-only.
#[test]
fn a_file_on_write_protected_media_is_listed_checked_exported_and_merged_from() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_file(dir.path());
    let target = dir.path().join("office.gpkg");
    drop(Store::create(&target).unwrap());
    let out = dir.path().join("out.geojson");
    let script = format!(
        "\"$CF\" --db \"$RO\"/stick.gpkg list --kind hazard; \
         \"$CF\" --db \"$RO\"/stick.gpkg check; \
         \"$CF\" --db \"$RO\"/stick.gpkg status --as-of 2025-01-01; \
         \"$CF\" --db \"$RO\"/stick.gpkg export '{}'; \
         \"$CF\" --db '{}' merge \"$RO\"/stick.gpkg; \
         echo ---; \
         \"$CF\" --db \"$RO\"/stick.gpkg delete {} 2>&1 || echo \"exit $?\"",
        out.display(),
        target.display(),
        FIND_ID
    );
    let Some(o) = on_read_only_media(&[&db], &script) else {
        return;
    };
    let stdout = String::from_utf8_lossy(&o.stdout);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("Yohmor wadi"), "{stdout}");
    assert!(stdout.contains("no problems found"), "{stdout}");
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("Yohmor wadi")
    );
    let (merged, _) = Store::open(&target).unwrap();
    assert_eq!(
        merged.load(RecordKind::HazardArea).unwrap().records.len(),
        1
    );
    // A change is refused with the file and the reason, not "unable to open database file".
    let refused = stdout.split("---").nth(1).unwrap();
    assert!(
        refused.contains("stick.gpkg: the file can only be read"),
        "{refused}"
    );
    assert!(refused.contains("exit "), "{refused}");
}

/// A file left in WAL mode (copied while the app had it open) still opens on a
/// write-protected stick; one with un-merged changes in a `-wal` beside it is refused with
/// the reason rather than read without them.
#[test]
fn a_wal_mode_file_on_write_protected_media_opens_or_says_why_not() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_file(dir.path());
    // As a copy made while the app had the file open: the header says WAL.
    let conn = rusqlite::Connection::open(&db).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    conn.execute_batch(
        "PRAGMA wal_autocheckpoint=0; UPDATE hazard_areas SET note = 'late change';",
    )
    .unwrap();
    let copy_dir = dir.path().join("copied");
    std::fs::create_dir(&copy_dir).unwrap();
    let main_only = copy_dir.join("stick.gpkg");
    std::fs::copy(&db, &main_only).unwrap();
    let wal_too = dir.path().join("with-wal");
    std::fs::create_dir(&wal_too).unwrap();
    let with_wal = wal_too.join("stick.gpkg");
    std::fs::copy(&db, &with_wal).unwrap();
    std::fs::copy(side_file(&db, "-wal"), side_file(&with_wal, "-wal")).unwrap();
    drop(conn);

    let Some(o) = on_read_only_media(
        &[&main_only],
        "\"$CF\" --db \"$RO\"/stick.gpkg list --kind hazard",
    ) else {
        return;
    };
    assert!(o.status.success(), "{o:?}");
    assert!(String::from_utf8_lossy(&o.stdout).contains("Yohmor wadi"));

    let Some(o) = on_read_only_media(
        &[&with_wal, &side_file(&with_wal, "-wal")],
        "\"$CF\" --db \"$RO\"/stick.gpkg list --kind hazard",
    ) else {
        return;
    };
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("stick.gpkg: the file is on read-only media with changes not yet merged"),
        "{err}"
    );
}

/// Issue #11 §2: `--db 'file:t.gpkg'` checked one path and then opened another (SQLite read
/// it as a URI). It is a file name like any other.
#[test]
fn a_path_that_reads_like_a_uri_is_a_file_name() {
    let dir = tempfile::tempdir().unwrap();
    let odd = dir.path().join("file:t.gpkg");
    let mut store = Store::create(&odd).unwrap();
    store.insert(&full_set()[..1], "a").unwrap();
    drop(store);
    assert!(odd.exists());
    let (store, _) = Store::open(&odd).unwrap();
    assert_eq!(store.load(RecordKind::HazardArea).unwrap().records.len(), 1);
    // Relative, as typed on the command line.
    let out = Command::new(env!("CARGO_BIN_EXE_clearfield"))
        .current_dir(dir.path())
        .args(["--db", "file:t.gpkg", "list", "--kind", "hazard"])
        .env_remove("CLEARFIELD_DB")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Yohmor wadi"));
    assert!(!dir.path().join("t.gpkg").exists());
}

/// A special file (here a FIFO, where SQLite would block) is refused from its metadata.
#[test]
fn a_special_file_is_refused_without_opening_it() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.gpkg");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let err = Store::open(&fifo).unwrap_err();
    assert!(matches!(err, StoreError::NotADatabase { .. }), "{err}");
    assert!(err.to_string().contains("not a regular file"), "{err}");
}

/// Issue #11 §2: `report` on a full disk left a `.partial` file beside the name. Here the
/// disk is a 4 KiB tmpfs and the report larger: refused, naming the file, nothing left.
#[test]
fn a_report_on_a_full_disk_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_file(dir.path());
    let script = format!(
        "mount -o remount,size=4k \"$RO\"; \
         \"$CF\" --db '{}' report --from 2024-01-01 --to 2024-12-31 -o \"$RO\"/report.html; \
         echo \"exit $?\"; ls -A \"$RO\"",
        db.display()
    );
    // The files list is empty: the tmpfs is remounted writable (size-limited) first.
    let Some(o) = on_read_only_media(
        &[],
        &script.replace("mount -o remount,size", "mount -o remount,rw,size"),
    ) else {
        return;
    };
    let stdout = String::from_utf8_lossy(&o.stdout);
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(
        stdout.contains("exit 2") || stdout.contains("exit 1"),
        "{stdout} {stderr}"
    );
    assert!(stderr.contains("report.html"), "{stderr}");
    assert!(stderr.contains("No space left on device"), "{stderr}");
    let listing: Vec<&str> = stdout.lines().filter(|l| !l.starts_with("exit")).collect();
    assert!(listing.is_empty(), "left behind: {listing:?}");
}

/// Issue #11 §2: writing through a temporary file and a rename replaced a device node or a
/// pipe with a regular file. Refused, and the pipe is still a pipe.
#[test]
fn an_export_over_a_special_file_is_refused() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let db = sample_file(dir.path());
    let fifo = dir.path().join("out.geojson");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let out = run(&db, &["export", fifo.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("not a regular file; nothing was written"),
        "{err}"
    );
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    let report = run(
        &db,
        &[
            "report",
            "--from",
            "2024-01-01",
            "--to",
            "2024-12-31",
            "-o",
            fifo.to_str().unwrap(),
            "--format",
            "md",
        ],
    );
    assert!(!report.status.success());
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        2,
        "no partial file left"
    );
}

/// A destination that is a symbolic link is written through: the file it points to gets the
/// content and the link stays a link.
#[test]
fn an_export_through_a_symbolic_link_replaces_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_file(dir.path());
    let shared = dir.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    let target = shared.join("latest.geojson");
    std::fs::write(&target, "old").unwrap();
    let link = dir.path().join("link.geojson");
    std::os::unix::fs::symlink("shared/latest.geojson", &link).unwrap();
    ok(&db, &["export", link.to_str().unwrap()]);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .contains("Yohmor wadi")
    );
    let backup = dir.path().join("backup-link.gpkg");
    std::os::unix::fs::symlink("shared/backup.gpkg", &backup).unwrap();
    // A backup to a link that points at no file yet creates that file.
    let out = run(&db, &["backup", backup.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    assert!(shared.join("backup.gpkg").is_file());
}

/// The database picked as the file to import (a slip in the file dialog) is refused from its
/// metadata: opening it with plain file IO would drop this process's locks, and the next
/// program to close the file would delete the WAL under the app.
#[test]
fn importing_the_open_database_itself_is_refused_without_opening_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("team.gpkg");
    let mut app = Store::create(&db).unwrap();
    app.insert(&[numbered_find(0)], "app").unwrap();
    let other_name = dir.path().join(".").join("team.gpkg");
    let err = clearfield::exchange::open_source(&other_name, &db).unwrap_err();
    assert!(
        err.to_string()
            .contains("it is the database being imported into"),
        "{err}"
    );
    ok(&db, &["status"]);
    assert!(
        side_file(&db, "-wal").exists(),
        "the WAL was deleted under the app"
    );
    app.insert(&[numbered_find(1)], "app").unwrap();
    drop(app);
    let listed = ok(&db, &["list", "--kind", "find"]);
    assert_eq!(listed.matches(" × M42").count(), 2, "{listed}");
}

/// Found in review: `export` and `report -o` could rename their output over the database
/// itself or its WAL (a typo, or a link to it). Export, report, backup and import refuse the
/// database and its journal files, by name or through a link, and change nothing.
#[test]
fn outputs_and_imports_never_touch_the_database_or_its_journal() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_file(dir.path());
    let link = dir.path().join("latest.geojson");
    std::os::unix::fs::symlink("stick.gpkg", &link).unwrap();
    let before = std::fs::read(&db).unwrap();
    let names: Vec<String> = ["", "-wal", "-shm", "-journal"]
        .iter()
        .map(|s| format!("{}{s}", db.display()))
        .chain([link.display().to_string()])
        .collect();
    for name in &names {
        for args in [
            vec!["export", name.as_str()],
            vec![
                "report",
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31",
                "-o",
                name.as_str(),
                "--format",
                "md",
            ],
            vec!["backup", name.as_str()],
            vec!["import", name.as_str()],
        ] {
            let out = run(&db, &args);
            assert!(!out.status.success(), "{args:?} was not refused");
        }
    }
    assert_eq!(std::fs::read(&db).unwrap(), before);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    for suffix in ["-wal", "-shm", "-journal"] {
        assert!(!side_file(&db, suffix).exists(), "{suffix} was written");
    }
    assert!(ok(&db, &["check"]).contains("no problems found"));
}

/// Found in review: immutable reading (no locks) was used for any file SQLite could only
/// read, also a share others write to. It is used only on a read-only filesystem; a WAL-mode
/// file in a folder this user cannot write is refused with the reason.
#[test]
fn a_wal_mode_file_in_a_folder_others_write_is_refused_not_read_without_locks() {
    use std::os::unix::fs::PermissionsExt;
    if !tool(
        "setpriv",
        &["--reuid=65534", "--regid=65534", "--clear-groups", "true"],
        "util-linux (setpriv, run as root, to act as user nobody)",
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let db = sample_file(dir.path());
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0))
        .unwrap();
    // A copy of the file as left in WAL mode, in a folder only root may write.
    let shared = dir.path().join("share");
    std::fs::create_dir(&shared).unwrap();
    let copy = shared.join("stick.gpkg");
    std::fs::copy(&db, &copy).unwrap();
    drop(conn);
    for (p, mode) in [
        (dir.path(), 0o755),
        (shared.as_path(), 0o755),
        (copy.as_path(), 0o644),
    ] {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).unwrap();
    }
    let out = Command::new("setpriv")
        .args(["--reuid=65534", "--regid=65534", "--clear-groups"])
        .arg(env!("CARGO_BIN_EXE_clearfield"))
        .arg("--db")
        .arg(&copy)
        .args(["list", "--kind", "hazard"])
        .env_remove("CLEARFIELD_DB")
        .output()
        .unwrap();
    assert!(!out.status.success(), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("stick.gpkg: the file was left in WAL mode and its folder cannot be written"),
        "{err}"
    );
    assert!(!shared.join(".clearfield-probe").exists());
}
