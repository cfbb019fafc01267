//! Three teams' copies of one master file, each edited on its own: the fixture the merge
//! and the hub are both checked on (the hub against the merge).

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use clearfield::exchange::{self, ExportOptions};
use clearfield::model::{Record, RecordKind};
use clearfield::store::Store;
use uuid::Uuid;

use super::record;

pub const H1: &str = "11111111-1111-4111-8111-111111111111";
pub const H2: &str = "22222222-2222-4222-8222-222222222222";
pub const H3: &str = "33333333-3333-4333-8333-333333333333";
pub const F1: &str = "44444444-4444-4444-8444-444444444444";
pub const R1: &str = "55555555-5555-4555-8555-555555555555";

pub fn square(x: u32) -> String {
    let x0 = 35.5 + f64::from(x) * 0.01;
    format!(
        "POLYGON(({x0} 33.2,{} 33.2,{} 33.21,{x0} 33.21,{x0} 33.2))",
        x0 + 0.005,
        x0 + 0.005
    )
}

pub fn hazard(id: Option<&str>, x: u32, name: &str) -> Record {
    record(
        RecordKind::HazardArea,
        id,
        &square(x),
        &[
            ("name", name),
            ("classification", "CHA"),
            ("surveyed_on", "2024-01-01"),
        ],
    )
}

pub fn open(path: &Path) -> Store {
    Store::open(path).unwrap().0
}

pub fn edit(store: &mut Store, id: &str, changes: &[(&str, &str)], actor: &str) {
    let current = store.get(Uuid::parse_str(id).unwrap()).unwrap().unwrap();
    let edited = current
        .edited(&super::fields(changes), None, &super::types())
        .unwrap();
    store.update(&edited, actor).unwrap();
}

/// The master and three team copies, each edited on its own; H1 is renamed by A and by B.
pub fn scenario(dir: &Path) -> (PathBuf, [PathBuf; 3]) {
    let master = dir.join("master.gpkg");
    {
        let mut m = Store::create(&master).unwrap();
        m.insert(
            &[
                hazard(Some(H1), 0, "North"),
                hazard(Some(H2), 1, "Middle"),
                hazard(Some(H3), 2, "South"),
            ],
            "hq",
        )
        .unwrap();
        m.insert(
            &[record(
                RecordKind::OrdnanceFind,
                Some(F1),
                "35.512,33.205",
                &[
                    ("hazard_id", H2),
                    ("ordnance_type", "M42"),
                    ("found_on", "2024-02-01"),
                ],
            )],
            "hq",
        )
        .unwrap();
    }
    let teams = ["a", "b", "c"].map(|t| {
        let p = dir.join(format!("team-{t}.gpkg"));
        std::fs::copy(&master, &p).unwrap();
        p
    });
    {
        let mut a = open(&teams[0]);
        a.insert(&[hazard(None, 3, "East A")], "a").unwrap();
        edit(&mut a, H1, &[("name", "North A")], "a");
        a.delete(Uuid::parse_str(F1).unwrap(), "a").unwrap();
    }
    {
        let mut b = open(&teams[1]);
        b.insert(
            &[record(
                RecordKind::LandRelease,
                None,
                &square(1),
                &[
                    ("hazard_id", H2),
                    ("method", "cleared"),
                    ("completed_on", "2024-06-01"),
                ],
            )],
            "b",
        )
        .unwrap();
        edit(&mut b, H2, &[("status", "in_progress")], "b");
        edit(&mut b, H1, &[("name", "North B")], "b");
    }
    {
        let mut c = open(&teams[2]);
        c.insert(
            &[record(
                RecordKind::OrdnanceFind,
                None,
                "35.525,33.205",
                &[
                    ("hazard_id", H3),
                    ("ordnance_type", "M77"),
                    ("category", "submunition"),
                    ("found_on", "2024-03-01"),
                ],
            )],
            "c",
        )
        .unwrap();
        edit(&mut c, H3, &[("note", "terraces")], "c");
    }
    (master, teams)
}

/// What a file holds: its records as exported, every version id, each conflict's record
/// and competing versions.
pub type Contents = (String, BTreeSet<String>, Vec<(Uuid, BTreeSet<String>)>);

pub fn contents(path: &Path) -> Contents {
    let store = open(path);
    let mut out = Vec::new();
    exchange::export(&store, &mut out, &ExportOptions::default()).unwrap();
    let versions = store
        .connection()
        .prepare("SELECT version_id FROM change_log")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let conflicts = store
        .conflicts()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c.record_id,
                c.versions.iter().map(|v| v.version_id.clone()).collect(),
            )
        })
        .collect();
    (String::from_utf8(out).unwrap(), versions, conflicts)
}
