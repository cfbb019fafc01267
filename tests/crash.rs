//! A process killed in the middle of a write leaves the file consistent: every committed
//! record is there, nothing of the interrupted transaction is.

mod common;

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use clearfield::model::{Record, RecordKind};
use clearfield::store::Store;
use common::*;

const CHILD_ENV: &str = "CLEARFIELD_CRASH_TEST_DB";

/// The writer that the real test starts in a child process and kills.
#[test]
#[ignore = "helper process for killing_the_process_mid_transaction_loses_nothing_committed"]
fn crash_child_writer() {
    let path = std::env::var(CHILD_ENV).expect("run by the crash test only");
    let mut store = Store::create(std::path::Path::new(&path)).unwrap();
    for i in 0..5 {
        store.insert(&[numbered_find(i)], "team").unwrap();
    }
    println!("COMMITTED");
    let batch: Vec<Record> = (5..2005).map(numbered_find).collect();
    let _ = store.insert_with_progress(&batch, "team", &mut |n| {
        if n == 1000 {
            println!("IN_TX");
            std::thread::sleep(std::time::Duration::from_secs(600));
        }
    });
    unreachable!("the parent kills this process mid-transaction");
}

#[test]
fn killing_the_process_mid_transaction_loses_nothing_committed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.gpkg");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "crash_child_writer",
            "--ignored",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, &path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut lines = BufReader::new(stdout).lines();
    let mut seen = Vec::new();
    for line in lines.by_ref() {
        let line = line.unwrap();
        // The test harness may print its own "test … " prefix on the same line.
        for marker in ["COMMITTED", "IN_TX"] {
            if line.contains(marker) {
                seen.push(marker);
            }
        }
        if line.contains("IN_TX") {
            break;
        }
    }
    assert_eq!(seen, ["COMMITTED", "IN_TX"]);
    child.kill().unwrap(); // SIGKILL: no destructor, no rollback, no checkpoint
    child.wait().unwrap();
    assert!(
        path.with_extension("gpkg-wal").exists(),
        "the kill should leave a WAL behind"
    );

    let (store, _) = Store::open(&path).unwrap();
    let report = store.check().unwrap();
    assert!(report.is_clean(), "{report:?}");
    let finds = store.load(RecordKind::OrdnanceFind).unwrap();
    let notes: Vec<String> = finds
        .records
        .iter()
        .map(|r| match r {
            Record::Find(f) => f.note.clone().unwrap(),
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(notes, ["find 0", "find 1", "find 2", "find 3", "find 4"]);
    let logged: i64 = store
        .connection()
        .query_row("SELECT count(*) FROM change_log", [], |r| r.get(0))
        .unwrap();
    assert_eq!(logged, 5);
    let actor: i64 = store
        .connection()
        .query_row(
            "SELECT count(*) FROM clearfield_meta WHERE key = 'session_actor'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(actor, 0);
}
