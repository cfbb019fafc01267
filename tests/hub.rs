//! The national hub on a real PostgreSQL with PostGIS, started by the tests themselves
//! (initdb in a temporary folder, pg_ctl on a free loopback port; as the `postgres` user when
//! run as root): `hub init` twice; three team files synced through the hub in all six orders
//! against merging the files directly (`Store::merge`, the independent path); a conflict
//! made on two laptops, resolved on one; GDAL's `ogrinfo` listing the hub's layers; syncs
//! killed at random moments; ten syncs at once; HQ reading the hub (`--db postgresql://…`)
//! as it reads the merged file.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use clearfield::exchange::{self, ExportOptions};
use clearfield::hub::{self, Hub};
use clearfield::model::Record;
use clearfield::store::Store;
use clearfield::store::merge::Keep;
use common::postgres::{PASSWORD, Postgres};
use common::teams::{H1, H2, H3, contents, edit, open, scenario};
use uuid::Uuid;

/// A new hub in a new database of `pg`.
fn new_hub(pg: &Postgres, name: &str) -> String {
    let url = pg.database(name);
    Hub::init(&url).unwrap();
    url
}

/// `master` with every file of `others` merged into it, as `merged.gpkg` in `dir`: the
/// independent path the hub is compared with.
fn merged(dir: &Path, master: &Path, others: &[PathBuf]) -> PathBuf {
    let merged = dir.join("merged.gpkg");
    std::fs::copy(master, &merged).unwrap();
    let mut m = open(&merged);
    for other in others {
        m.merge(other, "hq", false, &mut |_, _| {}).unwrap();
    }
    merged
}

/// The app in a headless window, after its first frames.
fn app_window(
    app: clearfield::app::ClearfieldApp,
) -> egui_kittest::Harness<'static, clearfield::app::ClearfieldApp> {
    let mut harness = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .build_ui_state(
            |ui, app: &mut clearfield::app::ClearfieldApp| app.ui(ui),
            app,
        );
    common::settle(&mut harness);
    harness
}

/// Runs the app's frames until its work in the background (a sync, reading a hub, the
/// figures) has finished.
fn until_idle(harness: &mut egui_kittest::Harness<'_, clearfield::app::ClearfieldApp>) {
    for _ in 0..2000 {
        harness.step();
        if harness.state().status().is_some() && !harness.state().busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    common::settle(harness);
}

fn client(url: &str) -> postgres::Client {
    postgres::Client::connect(url, postgres::NoTls).unwrap()
}

/// What the hub holds: every version id, each conflict, and each shown record (kind, id,
/// name or type, and its geometry as WKT).
struct HubContents {
    versions: BTreeSet<String>,
    conflicts: Vec<(Uuid, BTreeSet<String>)>,
    shown: BTreeSet<(String, String, String)>,
}

fn hub_contents(url: &str) -> HubContents {
    let mut c = client(url);
    let versions = c
        .query("SELECT version_id FROM versions", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let conflicts = c
        .query(
            "SELECT record_id, versions FROM conflicts ORDER BY record_id",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| {
            let ids: Vec<String> = serde_json::from_str(r.get(1)).unwrap();
            (
                Uuid::parse_str(r.get(0)).unwrap(),
                ids.into_iter().collect(),
            )
        })
        .collect();
    let mut shown = BTreeSet::new();
    for (table, label) in [
        ("hazard_areas", "name"),
        ("land_releases", "method"),
        ("ordnance_finds", "ordnance_type"),
    ] {
        for r in c
            .query(
                &format!("SELECT id, {label}, ST_AsText(geom) FROM {table}"),
                &[],
            )
            .unwrap()
        {
            shown.insert((
                table.to_owned(),
                r.get::<_, String>(0),
                format!("{} {}", r.get::<_, String>(1), r.get::<_, String>(2)),
            ));
        }
    }
    HubContents {
        versions,
        conflicts,
        shown,
    }
}

/// The same records as (table, id, name or type and WKT) from a file, read by GDAL's
/// ogr2ogr-independent path: the file's own GeoJSON export.
fn file_shown(path: &Path) -> BTreeSet<(String, String, String)> {
    let store = open(path);
    let mut out = Vec::new();
    exchange::export(&store, &mut out, &ExportOptions::default()).unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let mut shown = BTreeSet::new();
    for f in json["features"].as_array().unwrap() {
        let p = &f["properties"];
        let kind = p["kind"].as_str().unwrap();
        let (table, label) = match kind {
            "hazard_area" => ("hazard_areas", "name"),
            "land_release" => ("land_releases", "method"),
            "ordnance_find" => ("ordnance_finds", "ordnance_type"),
            other => panic!("unexpected kind {other}"),
        };
        let geometry: geo_types::Geometry<f64> =
            wkt_of(&f["geometry"]).unwrap_or_else(|| panic!("geometry of {f}"));
        let wkt = match geometry {
            geo_types::Geometry::Polygon(p) => {
                wkt::ToWkt::wkt_string(&geo_types::MultiPolygon(vec![p]))
            }
            g => wkt::ToWkt::wkt_string(&g),
        };
        shown.insert((
            table.to_owned(),
            p["id"].as_str().unwrap().to_owned(),
            format!("{} {}", p[label].as_str().unwrap(), wkt.replace(", ", ",")),
        ));
    }
    shown
}

/// A GeoJSON geometry (Point, Polygon or MultiPolygon) as geo-types.
fn wkt_of(g: &serde_json::Value) -> Option<geo_types::Geometry<f64>> {
    let pos = |p: &serde_json::Value| -> Option<geo_types::Coord<f64>> {
        Some(geo_types::coord! { x: p[0].as_f64()?, y: p[1].as_f64()? })
    };
    let ring = |r: &serde_json::Value| -> Option<geo_types::LineString<f64>> {
        r.as_array()?
            .iter()
            .map(pos)
            .collect::<Option<Vec<_>>>()
            .map(geo_types::LineString)
    };
    let polygon = |p: &serde_json::Value| -> Option<geo_types::Polygon<f64>> {
        let rings = p.as_array()?.iter().map(ring).collect::<Option<Vec<_>>>()?;
        let mut it = rings.into_iter();
        Some(geo_types::Polygon::new(it.next()?, it.collect()))
    };
    let c = &g["coordinates"];
    match g["type"].as_str()? {
        "Point" => Some(geo_types::Geometry::Point(geo_types::Point(pos(c)?))),
        "Polygon" => Some(geo_types::Geometry::Polygon(polygon(c)?)),
        "MultiPolygon" => Some(geo_types::Geometry::MultiPolygon(geo_types::MultiPolygon(
            c.as_array()?
                .iter()
                .map(polygon)
                .collect::<Option<Vec<_>>>()?,
        ))),
        _ => None,
    }
}

fn sync(path: &Path, url: &str, actor: &str) -> hub::SyncSummary {
    let mut store = open(path);
    let mut hub = Hub::open(url).unwrap();
    hub::sync(&mut store, &mut hub, actor, &mut |_, _, _| {}).unwrap()
}

#[test]
fn hub_init_twice_makes_one_schema_with_postgis_layers_and_gist_indexes() {
    let Some(pg) = Postgres::start() else { return };
    let url = pg.database("twice");
    let db = Path::new("unused.gpkg");
    let first = common::ok(db, &["hub", "init", &url]);
    assert!(first.contains("hub of schema 2 ready"), "{first}");
    assert!(
        !first.contains(PASSWORD),
        "the password is printed: {first}"
    );
    let second = common::ok(db, &["hub", "init", &url]);
    assert!(second.contains("already a hub of schema 2"), "{second}");
    // The same hub both times.
    let id = |s: &str| s.split("(hub ").nth(1).map(|t| t[..36].to_owned());
    assert_eq!(id(&first), id(&second));
    let mut c = client(&url);
    let schema: Vec<i32> = c
        .query("SELECT version FROM hub_schema", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(schema, [1, 2]);
    let mut columns: Vec<(String, String, i32)> = c
        .query(
            "SELECT f_table_name::text, type::text, srid FROM geometry_columns ORDER BY 1",
            &[],
        )
        .unwrap()
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect();
    columns.sort();
    let want = [
        ("evidence_points", "POINT"),
        ("hazard_areas", "MULTIPOLYGON"),
        ("land_releases", "MULTIPOLYGON"),
        ("ordnance_finds", "POINT"),
        ("survey_points", "POINT"),
    ]
    .map(|(t, g)| (t.to_owned(), g.to_owned(), 4326));
    assert_eq!(columns, want);
    let gist: i64 = c
        .query_one(
            "SELECT count(*) FROM pg_indexes WHERE indexdef LIKE '%USING gist (geom)%'",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(gist, 5);
    // A database that is not a hub is refused by sync, naming the way out.
    let plain = pg.database("plain");
    let file = tempfile::tempdir().unwrap();
    let laptop = file.path().join("l.gpkg");
    Store::create(&laptop).unwrap();
    let out = common::run(&laptop, &["sync", &plain]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("not a Clearfield hub") && !err.contains(PASSWORD),
        "{err}"
    );
}

#[test]
fn ogrinfo_lists_the_hub_layers_with_their_geometry_types() {
    let Some(pg) = Postgres::start() else { return };
    if !common::tool("ogrinfo", &["--version"], "gdal-bin") {
        return;
    }
    let url = new_hub(&pg, "gdal");
    let dir = tempfile::tempdir().unwrap();
    let (master, _) = scenario(dir.path());
    sync(&master, &url, "hq");
    let conn = format!(
        "PG:host=127.0.0.1 port={} dbname=gdal user=postgres password={PASSWORD}",
        pg.port
    );
    let out = Command::new("ogrinfo")
        .args(["-ro", &conn])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for layer in [
        "hazard_areas (Multi Polygon)",
        "land_releases (Multi Polygon)",
        "ordnance_finds (Point)",
        "survey_points (Point)",
        "evidence_points (Point)",
    ] {
        assert!(
            text.contains(layer),
            "ogrinfo does not list {layer}: {text}"
        );
    }
    // GDAL reads the records themselves: three hazard areas, their names.
    let out = Command::new("ogrinfo")
        .args(["-ro", "-al", "-q", &conn, "hazard_areas"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for name in ["North", "Middle", "South"] {
        assert!(text.contains(&format!("name (String) = {name}")), "{text}");
    }
    assert!(
        text.contains("MULTIPOLYGON (((35.5 33.2,35.505 33.2,35.505 33.21,35.5 33.21,35.5 33.2)))"),
        "{text}"
    );
}

#[test]
fn three_teams_synced_through_the_hub_in_several_orders_equal_the_files_merged() {
    let Some(pg) = Postgres::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (master, teams) = scenario(dir.path());
    // The independent path: the master with every team file merged into it.
    let merged = merged(dir.path(), &master, &teams);
    let expected = contents(&merged);
    assert_eq!(
        expected.2.iter().map(|c| c.0).collect::<Vec<_>>(),
        [Uuid::parse_str(H1).unwrap()],
        "the scenario has one conflict"
    );
    let expected_shown = file_shown(&merged);
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let merged_status = clearfield::status::status(&open(&merged), as_of, None)
        .unwrap()
        .to_json();
    for (n, order) in [
        [0, 1, 2],
        [0, 2, 1],
        [1, 0, 2],
        [1, 2, 0],
        [2, 0, 1],
        [2, 1, 0],
    ]
    .iter()
    .enumerate()
    {
        let url = new_hub(&pg, &format!("order{n}"));
        let copies: Vec<PathBuf> = teams
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let p = dir.path().join(format!("o{n}-{i}.gpkg"));
                std::fs::copy(t, &p).unwrap();
                p
            })
            .collect();
        // Each in turn, then the first two again: every laptop has seen everything.
        for &t in order.iter().chain(&order[..2]) {
            sync(&copies[t], &url, "team");
        }
        for (i, copy) in copies.iter().enumerate() {
            let got = contents(copy);
            assert!(
                got.0 == expected.0,
                "order {order:?}: laptop {i} shows other records than the merged file"
            );
            assert_eq!(got.1, expected.1, "order {order:?}: laptop {i}'s versions");
            assert_eq!(got.2, expected.2, "order {order:?}: laptop {i}'s conflicts");
        }
        let hub = hub_contents(&url);
        assert_eq!(
            hub.versions, expected.1,
            "order {order:?}: the hub's versions"
        );
        assert_eq!(
            hub.conflicts, expected.2,
            "order {order:?}: the hub's conflicts"
        );
        assert_eq!(
            hub.shown, expected_shown,
            "order {order:?}: the hub's records"
        );
        // HQ reading the hub sees what the merged file shows.
        let hq = hub::read(&url, &mut |_, _, _| {}).unwrap();
        assert!(hq.is_read_only());
        assert_eq!(
            clearfield::status::status(&hq, as_of, None)
                .unwrap()
                .to_json(),
            merged_status,
            "order {order:?}: HQ's status"
        );
        // A sync with nothing new sends and receives nothing.
        let again = sync(&copies[order[2]], &url, "team");
        assert_eq!((again.sent, again.received.versions_received), (0, 0));
    }
}

#[test]
fn a_conflict_made_on_two_laptops_shows_everywhere_and_resolving_it_clears_it_everywhere() {
    let Some(pg) = Postgres::start() else { return };
    let url = new_hub(&pg, "conflict");
    let dir = tempfile::tempdir().unwrap();
    let (master, _) = scenario(dir.path());
    let [a, b] = ["a", "b"].map(|t| {
        let p = dir.path().join(format!("laptop-{t}.gpkg"));
        std::fs::copy(&master, &p).unwrap();
        p
    });
    sync(&a, &url, "a");
    sync(&b, &url, "b");
    edit(&mut open(&a), H2, &[("name", "Middle A")], "a");
    edit(&mut open(&b), H2, &[("name", "Middle B")], "b");
    sync(&a, &url, "a");
    let s = sync(&b, &url, "b");
    assert_eq!(s.received.conflicts.len(), 1);
    sync(&a, &url, "a");
    let h2 = Uuid::parse_str(H2).unwrap();
    for laptop in [&a, &b] {
        let conflicts = open(laptop).conflicts().unwrap();
        assert_eq!(conflicts.len(), 1, "{}", laptop.display());
        assert_eq!(conflicts[0].record_id, h2);
        let names: BTreeSet<&str> = conflicts[0]
            .versions
            .iter()
            .map(|v| v.record["name"].as_str().unwrap())
            .collect();
        assert_eq!(names, BTreeSet::from(["Middle A", "Middle B"]));
    }
    assert_eq!(hub_contents(&url).conflicts.len(), 1);
    // Through the command line, as a user would: `conflicts` on each laptop names H2.
    for laptop in [&a, &b] {
        assert!(common::ok(laptop, &["conflicts"]).contains(H2));
    }
    open(&a).resolve(h2, &Keep::Mine, "a").unwrap();
    let out = common::ok(&a, &["sync", &url]);
    assert!(out.contains("1 version sent"), "{out}");
    sync(&b, &url, "b");
    for laptop in [&a, &b] {
        assert!(open(laptop).conflicts().unwrap().is_empty());
        let name = open(laptop).get(h2).unwrap().unwrap();
        assert_eq!(
            name.fields().get("name").map(String::as_str),
            Some("Middle A")
        );
    }
    let hub = hub_contents(&url);
    assert!(hub.conflicts.is_empty());
    assert!(
        hub.shown
            .iter()
            .any(|(_, id, s)| id == H2 && s.starts_with("Middle A "))
    );
}

/// Checks the hub holds, for every record, what the rule says of its versions: the shown
/// row of the shown version (none for a deletion), a conflict exactly when there are two
/// heads or more. A write cut half-way would leave a record shown from other versions.
fn assert_hub_consistent(url: &str, when: &str) {
    use clearfield::versions::{LogEntry, Version, heads};
    let mut c = client(url);
    let rows = c
        .query(
            "SELECT record_id, record_kind, version_id, operation, changed_at, changed_by, record, parents, seq
             FROM versions ORDER BY record_id, seq",
            &[],
        )
        .unwrap();
    let mut by_record: std::collections::BTreeMap<String, Vec<Version>> = Default::default();
    for r in &rows {
        let e = LogEntry {
            record_id: r.get(0),
            record_kind: r.get(1),
            version_id: r.get(2),
            operation: r.get(3),
            changed_at: r.get(4),
            changed_by: r.get(5),
            record: r.get(6),
            parents: r.get(7),
        };
        by_record
            .entry(e.record_id.clone())
            .or_default()
            .push(Version::of(&e, r.get(8), false));
    }
    let mut shown_rows = std::collections::BTreeMap::new();
    for table in [
        "hazard_areas",
        "land_releases",
        "ordnance_finds",
        "survey_points",
        "evidence_points",
    ] {
        for r in c
            .query(&format!("SELECT id, version_id FROM {table}"), &[])
            .unwrap()
        {
            shown_rows.insert(r.get::<_, String>(0), r.get::<_, String>(1));
        }
    }
    let conflicts: BTreeSet<String> = c
        .query("SELECT record_id FROM conflicts", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut want_rows = std::collections::BTreeMap::new();
    let mut want_conflicts = BTreeSet::new();
    for (id, versions) in &by_record {
        let (heads, shown) = heads(versions);
        let shown = shown.unwrap();
        if shown.operation != "delete" {
            want_rows.insert(id.clone(), shown.version_id.clone());
        }
        if heads.len() > 1 {
            want_conflicts.insert(id.clone());
        }
    }
    assert!(
        shown_rows == want_rows,
        "{when}: the hub's shown records are not its versions'"
    );
    assert_eq!(conflicts, want_conflicts, "{when}: the hub's conflicts");
}

fn version_ids(path: &Path) -> BTreeSet<String> {
    contents(path).1
}

/// A copy of `base` at `path` with `n` finds of its own.
fn laptop_with_finds(base: &Path, path: &Path, n: usize, actor: &str) {
    std::fs::copy(base, path).unwrap();
    let finds: Vec<Record> = (0..n).map(common::numbered_find).collect();
    open(path).insert(&finds, actor).unwrap();
}

#[test]
fn syncs_killed_at_random_moments_leave_both_sides_consistent_and_the_next_completes() {
    use rand::{Rng, SeedableRng};
    let Some(pg) = Postgres::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (master, _) = scenario(dir.path());
    // How long one sync of a laptop with 160 finds of its own takes here.
    let probe_url = new_hub(&pg, "probe");
    let probe = dir.path().join("probe.gpkg");
    laptop_with_finds(&master, &probe, 160, "probe");
    let started = std::time::Instant::now();
    common::ok(&probe, &["sync", &probe_url]);
    let full = started.elapsed().as_millis() as u64;

    let url = new_hub(&pg, "killed");
    let mut rng = rand_pcg::Pcg64::seed_from_u64(16);
    let mut killed = 0;
    let mut stages = [0; 3];
    // Two laptops in turn, each adding finds and an edit of a shared record before its
    // sync: every sync sends some and brings back some.
    let laptops = ["a", "b"].map(|t| {
        let p = dir.path().join(format!("killed-{t}.gpkg"));
        std::fs::copy(&master, &p).unwrap();
        p
    });
    // Until 20 syncs were cut (of 60 at most): a sync that ended before its kill tells the
    // window of the next ones to shrink, whatever this machine's speed at the moment.
    let mut window = full.max(20) * 3 / 2;
    let mut trial = 0;
    while killed < 20 && trial < 60 {
        trial += 1;
        let laptop = &laptops[trial % 2];
        let finds: Vec<Record> = (0..80).map(common::numbered_find).collect();
        open(laptop)
            .insert(&finds, &format!("team{trial}"))
            .unwrap();
        edit(
            &mut open(laptop),
            H3,
            &[("note", &format!("trial {trial}"))],
            "t",
        );
        let before = version_ids(laptop);
        let mut child = Command::new(env!("CARGO_BIN_EXE_clearfield"))
            .arg("--db")
            .arg(laptop)
            .args(["sync", &url])
            .env("CLEARFIELD_USER", "tester")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let wait = rng.random_range(0..window);
        std::thread::sleep(std::time::Duration::from_millis(wait));
        // SIGKILL: no chance to clean up.
        let _ = child.kill();
        let status = child.wait().unwrap();
        if status.success() {
            // Done before the kill: cut the next ones sooner.
            window = (wait * 3 / 4).max(10);
        } else {
            killed += 1;
        }
        let when = format!("trial {trial}, killed after {wait} ms");
        assert_hub_consistent(&url, &when);
        // Where it was cut: before the hub's commit, between the two commits, after both.
        let hub_has = hub_contents(&url).versions;
        let stage = if !hub_has.is_superset(&before) {
            0
        } else if !version_ids(laptop).is_superset(&hub_has) {
            1
        } else {
            2
        };
        stages[stage] += 1;
        {
            let store = open(laptop);
            assert!(store.check().unwrap().integrity.is_empty(), "{when}");
        }
        // Nothing the laptop had is lost, whatever the moment.
        assert!(version_ids(laptop).is_superset(&before), "{when}");
        // The next sync completes, and both sides then hold the same versions and records.
        sync(laptop, &url, "tester");
        assert_hub_consistent(&url, &format!("{when}, synced again"));
        let hub = hub_contents(&url);
        assert_eq!(version_ids(laptop), hub.versions, "{when}, synced again");
        assert_eq!(file_shown(laptop), hub.shown, "{when}, synced again");
    }
    eprintln!(
        "{killed} of {trial} syncs cut (a full sync: {full} ms); before the hub's commit, between, after: {stages:?}"
    );
    assert_eq!(
        killed, 20,
        "only {killed} of {trial} syncs were cut: the test proves little"
    );
}

#[test]
fn ten_laptops_syncing_at_once_lose_nothing() {
    let Some(pg) = Postgres::start() else { return };
    let url = new_hub(&pg, "crowd");
    let dir = tempfile::tempdir().unwrap();
    let (master, _) = scenario(dir.path());
    let laptops: Vec<PathBuf> = (0..10)
        .map(|i| {
            let p = dir.path().join(format!("crowd-{i}.gpkg"));
            laptop_with_finds(&master, &p, 40, &format!("team{i}"));
            edit(&mut open(&p), H2, &[("note", &format!("team {i}"))], "t");
            p
        })
        .collect();
    let mut everything = BTreeSet::new();
    for l in &laptops {
        everything.extend(version_ids(l));
    }
    let children: Vec<std::process::Child> = laptops
        .iter()
        .map(|l| {
            Command::new(env!("CARGO_BIN_EXE_clearfield"))
                .arg("--db")
                .arg(l)
                .args(["sync", &url])
                .env("CLEARFIELD_USER", "tester")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "a sync failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_hub_consistent(&url, "after ten syncs at once");
    let hub = hub_contents(&url);
    assert_eq!(hub.versions, everything, "the hub lost or made up versions");
    // 4 records of the master, 3 of them changed by nobody but H2 by all ten, and 400 finds.
    assert_eq!(hub.shown.len(), 4 + 400);
    assert_eq!(hub.conflicts.len(), 1);
    assert_eq!(hub.conflicts[0].1.len(), 10, "H2's ten competing versions");
    for l in &laptops {
        sync(l, &url, "tester");
    }
    let first = contents(&laptops[0]);
    assert_eq!(first.1, everything);
    assert_eq!(first.2, hub.conflicts);
    for l in &laptops[1..] {
        let c = contents(l);
        assert!(c.0 == first.0, "{} shows other records", l.display());
        assert_eq!(c.1, first.1);
        assert_eq!(c.2, first.2);
    }
}

/// Runs `clearfield --db DB ARGS` with these environment variables (and no PGPASSWORD or
/// PGPASSFILE from ours).
fn run_with(db: &Path, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_clearfield"));
    cmd.arg("--db")
        .arg(db)
        .args(args)
        .env("CLEARFIELD_USER", "tester")
        .env_remove("PGPASSWORD")
        .env_remove("PGPASSFILE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().unwrap()
}

#[test]
fn the_password_comes_from_the_url_pgpassword_or_pgpass_and_is_never_stored() {
    let Some(pg) = Postgres::start() else { return };
    let url = new_hub(&pg, "creds");
    let bare = format!(
        "postgresql://postgres@127.0.0.1:{}/creds?sslmode=disable",
        pg.port
    );
    let dir = tempfile::tempdir().unwrap();
    let (master, _) = scenario(dir.path());
    let laptop = dir.path().join("laptop.gpkg");
    std::fs::copy(&master, &laptop).unwrap();
    let home = dir.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let home = home.to_str().unwrap();

    // No password anywhere: refused by the server, the URL named without one.
    let out = run_with(&laptop, &["sync", &bare], &[("HOME", home)]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("cannot connect"),
        "{err}"
    );
    // A wrong one: refused, and not printed.
    let wrong = url.replace(PASSWORD, "not-the-password");
    let out = run_with(&laptop, &["sync", &wrong], &[("HOME", home)]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("password authentication failed"),
        "{err}"
    );
    assert!(!err.contains("not-the-password"), "{err}");

    // PGPASSWORD.
    let out = run_with(
        &laptop,
        &["sync", &bare],
        &[("HOME", home), ("PGPASSWORD", PASSWORD)],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // ~/.pgpass, read only when others cannot read it (as libpq).
    let pgpass = Path::new(home).join(".pgpass");
    std::fs::write(
        &pgpass,
        format!(
            "# hub\nother:1:*:*:nope\n127.0.0.1:{}:creds:postgres:{PASSWORD}\n",
            pg.port
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = run_with(&laptop, &["sync", &bare], &[("HOME", home)]);
    assert!(!out.status.success(), "a .pgpass others can read was used");
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    let out = run_with(&laptop, &["sync", &bare], &[("HOME", home)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // sslmode is honoured: this server has no TLS, so `require` cannot connect.
    let tls = bare.replace("sslmode=disable", "sslmode=require");
    let out = run_with(
        &laptop,
        &["sync", &tls],
        &[("HOME", home), ("PGPASSWORD", PASSWORD)],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("cannot connect"),
        "{err}"
    );

    // The URL with its password went into the sync of a laptop: the file holds the URL
    // without it, and the password nowhere.
    sync(&laptop, &url, "tester");
    let bytes = std::fs::read(&laptop).unwrap();
    let found = bytes
        .windows(PASSWORD.len())
        .any(|w| w == PASSWORD.as_bytes());
    assert!(!found, "the password is in the GeoPackage");
    let noted: Vec<String> = open(&laptop)
        .connection()
        .prepare("SELECT other_path FROM merges")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(
        noted
            .iter()
            .all(|u| u.starts_with("postgresql://postgres@127.0.0.1:")),
        "{noted:?}"
    );
}

#[test]
fn after_the_hub_is_restored_from_a_backup_sync_all_sends_again_what_it_lost() {
    let Some(pg) = Postgres::start() else { return };
    let url = new_hub(&pg, "live");
    let dir = tempfile::tempdir().unwrap();
    let (master, teams) = scenario(dir.path());
    sync(&master, &url, "hq");
    // The backup: a copy of the hub's database as it is now (the same hub, by its id).
    {
        let mut c = client(&pg.url("postgres"));
        c.batch_execute("CREATE DATABASE backup TEMPLATE live")
            .unwrap();
    }
    let restored = pg.url("backup");
    // Team A's changes reach the live hub, which is then lost and replaced by the backup.
    let a = &teams[0];
    sync(a, &url, "a");
    let a_versions = version_ids(a);
    assert!(!hub_contents(&restored).versions.is_superset(&a_versions));
    // A plain sync trusts what the file noted: the hub has all up to there.
    let plain = common::ok(a, &["sync", &restored]);
    assert!(plain.contains(" 0 versions sent"), "{plain}");
    assert!(!hub_contents(&restored).versions.is_superset(&a_versions));
    // `--all` compares everything and sends again what the backup lacks.
    let all = common::ok(a, &["sync", "--all", &restored]);
    assert!(!all.contains(" 0 versions sent"), "{all}");
    let hub = hub_contents(&restored);
    assert_eq!(hub.versions, a_versions);
    assert_eq!(hub.shown, file_shown(a));
    assert_hub_consistent(&restored, "after sync --all");
}

/// `clearfield --db DB ARGS`, which must succeed: its standard output.
fn stdout_of(db: &Path, args: &[&str]) -> String {
    let out = run_with(db, args, &[]);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn hq_reads_status_estimate_report_and_export_from_the_hub_as_from_the_merged_file() {
    let Some(pg) = Postgres::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    // A programme of some size (the demo's timeline), edited on two laptops and synced.
    let master = dir.path().join("master.gpkg");
    stdout_of(
        &master,
        &[
            "generate",
            master.to_str().unwrap(),
            "--seed",
            "3",
            "--hazards",
            "40",
            "--releases",
            "150",
            "--finds",
            "200",
            "--timeline",
            "steady",
        ],
    );
    let laptops: Vec<PathBuf> = (0..2)
        .map(|i| {
            let p = dir.path().join(format!("laptop{i}.gpkg"));
            std::fs::copy(&master, &p).unwrap();
            p
        })
        .collect();
    let first_hazard = |path: &Path| -> String {
        common::first_id(&stdout_of(path, &["list", "--kind", "hazard"]))
    };
    // Laptop 0 adds a hazard area; laptop 1 adds a find.
    stdout_of(
        &laptops[0],
        &[
            "add",
            "hazard",
            "--geometry",
            "POLYGON((35.40 33.20,35.41 33.20,35.41 33.21,35.40 33.21,35.40 33.20))",
            "--name",
            "Added on laptop 0",
            "--classification",
            "CHA",
            "--surveyed-on",
            "2026-02-01",
        ],
    );
    stdout_of(
        &laptops[1],
        &[
            "add",
            "find",
            "--at",
            "35.5,33.2",
            "--ordnance-type",
            "M42",
            "--quantity",
            "3",
            "--found-on",
            "2026-03-01",
        ],
    );
    let merged = merged(dir.path(), &master, &laptops);
    let url = new_hub(&pg, "hq");
    for l in &laptops {
        sync(l, &url, "team");
    }
    let hub_db = PathBuf::from(&url);
    let reads: [&[&str]; 5] = [
        &[
            "status",
            "--as-of",
            "2026-11-30",
            "--by",
            "region",
            "--json",
        ],
        &[
            "status",
            "--as-of",
            "2026-11-30",
            "--by",
            "hazard",
            "--json",
        ],
        &["estimate", "--as-of", "2026-11-30", "--json"],
        &[
            "report",
            "--from",
            "2025-01-01",
            "--to",
            "2026-11-30",
            "--format",
            "md",
        ],
        &[
            "export",
            "-",
            "--format",
            "geojson",
            "--as-of",
            "2026-11-30",
        ],
    ];
    for args in reads {
        let from_hub = stdout_of(&hub_db, args);
        let from_file = stdout_of(&merged, args);
        assert_eq!(
            from_hub, from_file,
            "{args:?}: the hub's differs from the merged file's"
        );
        assert!(
            !from_hub.contains(PASSWORD),
            "{args:?} printed the password"
        );
    }
    // The two edits are in it: one hazard area fewer, three items more.
    let status = |db: &Path| -> serde_json::Value {
        serde_json::from_str(&stdout_of(
            db,
            &["status", "--as-of", "2026-11-30", "--json"],
        ))
        .unwrap()
    };
    let (hub_status, master_status) = (status(&hub_db), status(&master));
    assert_eq!(
        hub_status["hazard_areas"].as_u64().unwrap(),
        master_status["hazard_areas"].as_u64().unwrap() + 1
    );
    assert_eq!(
        hub_status["items_found"].as_u64().unwrap(),
        master_status["items_found"].as_u64().unwrap() + 3
    );
    // The text status names the hub without its password.
    let text = stdout_of(&hub_db, &["status", "--as-of", "2026-11-30"]);
    assert!(
        text.contains(&hub::redacted(&url)) && !text.contains(PASSWORD),
        "{text}"
    );

    // Read-only there: a change is refused, naming the hub without its password, and the
    // hub keeps what it had.
    let before = hub_contents(&url);
    let out = run_with(&hub_db, &["delete", &first_hazard(&merged)], &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("a hub is only read") && !err.contains(PASSWORD),
        "{err}"
    );
    let after = hub_contents(&url);
    assert_eq!(after.versions, before.versions);
}

/// The photos attached to `record` in the file at `path`: (file name, SHA-256) by name.
fn attached(path: &Path, record: &str) -> Vec<(String, String)> {
    let store = open(path);
    let mut out: Vec<(String, String)> = store
        .photos_of(Uuid::parse_str(record).unwrap())
        .unwrap()
        .into_iter()
        .map(|p| (p.file_name, p.sha256))
        .collect();
    out.sort();
    out
}

/// The SHA-256 of a file, by `sha256sum` (not the program's own hashing).
fn sha256sum(path: &Path) -> String {
    let out = Command::new("sha256sum").arg(path).output().unwrap();
    String::from_utf8(out.stdout).unwrap()[..64].to_owned()
}

#[test]
fn photos_and_their_detaches_travel_through_the_hub_as_a_file_merge_carries_them() {
    let Some(pg) = Postgres::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (Some(p1), Some(p2)) = (
        common::gdal_photo(dir.path(), "one.png", 10, "PNG"),
        common::gdal_photo(dir.path(), "two.png", 200, "PNG"),
    ) else {
        return;
    };
    let (master, _) = scenario(dir.path());
    let [a, b] = ["a", "b"].map(|n| {
        let p = dir.path().join(format!("photo-{n}.gpkg"));
        std::fs::copy(&master, &p).unwrap();
        p
    });
    let url = new_hub(&pg, "photos");
    stdout_of(
        &a,
        &["attach", H1, p1.to_str().unwrap(), p2.to_str().unwrap()],
    );
    let said = stdout_of(&a, &["sync", &url]);
    assert!(said.contains("photos: 2 sent, 0 received"), "{said}");
    let said = stdout_of(&b, &["sync", &url]);
    assert!(said.contains("photos: 0 sent, 2 received"), "{said}");
    let expected = {
        let mut e = vec![
            ("one.png".to_owned(), sha256sum(&p1)),
            ("two.png".to_owned(), sha256sum(&p2)),
        ];
        e.sort();
        e
    };
    assert_eq!(
        attached(&b, H1),
        expected,
        "laptop b has both photos, same bytes"
    );
    // B detaches one; A takes the detach at its next sync, as a merge would give it.
    let photo_two = open(&b)
        .photos_of(Uuid::parse_str(H1).unwrap())
        .unwrap()
        .into_iter()
        .find(|p| p.file_name == "two.png")
        .unwrap()
        .id
        .to_string();
    stdout_of(&b, &["detach", H1, &photo_two]);
    let merged = dir.path().join("photo-merged.gpkg");
    std::fs::copy(&a, &merged).unwrap();
    open(&merged)
        .merge(&b, "hq", false, &mut |_, _| {})
        .unwrap();
    stdout_of(&b, &["sync", &url]);
    stdout_of(&a, &["sync", &url]);
    assert_eq!(attached(&a, H1), attached(&merged, H1));
    assert_eq!(
        attached(&a, H1),
        expected[..1].to_vec(),
        "two.png detached on a"
    );
    // The hub holds both photos' bytes as the files do.
    let mut c = client(&url);
    let sums: BTreeSet<String> = c
        .query("SELECT encode(sha256(data), 'hex') FROM photos", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(sums, expected.iter().map(|e| e.1.clone()).collect());
    // HQ's export from the hub writes the attached photo beside the GeoJSON, as from a file.
    let exported = dir.path().join("hq.geojson");
    stdout_of(
        &PathBuf::from(&url),
        &["export", exported.to_str().unwrap()],
    );
    let folder = dir.path().join("hq_photos");
    let written: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| sha256sum(&e.unwrap().path()))
        .collect();
    assert_eq!(
        written,
        [expected[0].1.clone()],
        "one.png only: two.png is detached"
    );
}

#[test]
fn the_programme_settings_are_the_hubs_and_reach_every_laptop_and_hq() {
    let Some(pg) = Postgres::start() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (master, _) = scenario(dir.path());
    let [a, b] = ["a", "b"].map(|n| {
        let p = dir.path().join(format!("settings-{n}.gpkg"));
        std::fs::copy(&master, &p).unwrap();
        p
    });
    let url = new_hub(&pg, "settings");
    // A laptop's setting fills the hub's gap; another laptop takes it.
    stdout_of(&a, &["settings", "--name", "South Lebanon clearance"]);
    stdout_of(&a, &["sync", &url]);
    let said = stdout_of(&b, &["sync", &url]);
    assert!(
        said.contains("programme setting from the hub: programme_name = South Lebanon clearance"),
        "{said}"
    );
    // HQ sets the deadline on the hub; a laptop's own other value gives way to it.
    stdout_of(&b, &["settings", "--deadline", "2030-08-01"]);
    let shown = stdout_of(&b, &["hub", "settings", &url, "--deadline", "2026-08-01"]);
    assert!(shown.contains("Article 4 deadline 2026-08-01"), "{shown}");
    assert!(shown.contains("South Lebanon clearance"), "{shown}");
    for laptop in [&a, &b] {
        stdout_of(laptop, &["sync", &url]);
        let s = stdout_of(laptop, &["settings"]);
        assert!(
            s.contains("Article 4 deadline 2026-08-01") && s.contains("South Lebanon clearance"),
            "{s}"
        );
    }
    // HQ's report from the hub carries the programme's name.
    let report = stdout_of(
        &PathBuf::from(&url),
        &[
            "report",
            "--from",
            "2024-01-01",
            "--to",
            "2026-11-30",
            "--format",
            "md",
        ],
    );
    assert!(
        report
            .lines()
            .next()
            .unwrap()
            .contains("South Lebanon clearance"),
        "{report}"
    );
    // A bad value is refused before anything is written.
    let out = run_with(&b, &["hub", "settings", &url, "--deadline", "soon"], &[]);
    assert!(!out.status.success());
    let s = stdout_of(&b, &["hub", "settings", &url]);
    assert!(s.contains("Article 4 deadline 2026-08-01"), "{s}");
}

#[test]
fn a_hub_made_by_schema_1_is_upgraded_by_hub_init_keeping_its_versions() {
    let Some(pg) = Postgres::start() else { return };
    let url = pg.database("schema1");
    // The hub as the previous release's `hub init` made it: schema 1 and its record.
    let mut c = client(&url);
    c.batch_execute(include_str!("../src/hub/migrations/0001.sql"))
        .unwrap();
    c.batch_execute(
        "CREATE TABLE hub_schema (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
         INSERT INTO hub_schema (version) VALUES (1);",
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (master, _) = scenario(dir.path());
    let old_versions = {
        let store = open(&master);
        let upto = store.log_position().unwrap();
        store.versions_between(0, upto).unwrap()
    };
    for v in &old_versions {
        c.execute(
            "INSERT INTO versions (version_id, record_kind, record_id, operation, changed_at, changed_by, record, parents, origin_file)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'old')",
            &[
                &v.version_id,
                &v.record_kind,
                &v.record_id,
                &v.operation,
                &v.changed_at,
                &v.changed_by,
                &v.record,
                &v.parents,
            ],
        )
        .unwrap();
    }
    // This build refuses it until it is upgraded, and says how.
    let err = Hub::open(&url).unwrap_err().to_string();
    assert!(
        err.contains("hub schema 1") && err.contains("hub init"),
        "{err}"
    );
    let (_, done) = Hub::init(&url).unwrap();
    assert_eq!(done.applied, [2]);
    let before: BTreeSet<String> = old_versions.iter().map(|v| v.version_id.clone()).collect();
    assert_eq!(hub_contents(&url).versions, before);
    // A laptop syncing with it gets the records the old hub held.
    let laptop = dir.path().join("empty.gpkg");
    Store::create(&laptop).unwrap();
    let said = sync(&laptop, &url, "team");
    assert_eq!(said.received.versions_received, old_versions.len());
    assert_eq!(contents(&laptop).1, contents(&master).1);
}

/// The app's "Sync with hub": the URL typed once and remembered on this laptop, the password
/// typed (with characters a URL must escape) and never kept, the laptop's versions sent and
/// the hub's brought back, as the command line's sync does.
#[test]
fn the_apps_sync_button_syncs_remembers_the_url_and_never_the_password() {
    use clearfield::app::ClearfieldApp;
    use egui_kittest::kittest::{NodeT, Queryable};
    let Some(pg) = Postgres::start() else { return };
    let url = new_hub(&pg, "app");
    // A team member's own login, with a password that must be escaped in a URL.
    let secret = "p&ss word%1/é";
    client(&url)
        .batch_execute(&format!(
            "CREATE ROLE team LOGIN PASSWORD '{secret}';
             GRANT ALL ON ALL TABLES IN SCHEMA public TO team;
             GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO team;"
        ))
        .unwrap();
    let bare = format!(
        "postgresql://team@127.0.0.1:{}/app?sslmode=disable",
        pg.port
    );
    let dir = tempfile::tempdir().unwrap();
    let (_, [a, b, _]) = scenario(dir.path());
    sync(&b, &url, "team-b");
    let settings = dir.path().join("config").join("app.json");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let app = ClearfieldApp::with_settings(a.clone(), today, Some(settings.clone()));
    let mut harness = app_window(app);
    harness.get_by_label("Sync with hub").click();
    harness.run_steps(2);
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Hub address");
    field.focus();
    field.type_text(&bare);
    harness.run_steps(2);
    let field = harness.get_by_role_and_label(
        egui::accesskit::Role::PasswordInput,
        "Password (never kept)",
    );
    field.focus();
    field.type_text(secret);
    harness.run_steps(2);
    harness.get_by_label("Sync").click();
    harness.run_steps(2);
    until_idle(&mut harness);
    harness.get_by_label_contains(&format!("Synced with {bare}: "));
    // Both sides hold both laptops' versions.
    let (got_a, got_b) = (contents(&a), contents(&b));
    sync(&b, &url, "team-b");
    let got_b_after = contents(&b);
    assert_ne!(got_a.1, got_b.1, "the sync sent laptop a's versions");
    assert_eq!(got_a.1, got_b_after.1, "a and b hold the same versions");
    assert_eq!(hub_contents(&url).versions, got_a.1);
    // The URL is kept, the password nowhere.
    let kept = std::fs::read_to_string(&settings).unwrap();
    let json: serde_json::Value = serde_json::from_str(&kept).unwrap();
    assert_eq!(json["hub_url"], bare.as_str());
    assert!(!kept.contains("p&ss") && !kept.contains("p%26ss"), "{kept}");
    // The next time the app opens, the address is there and the password field is empty.
    let again = ClearfieldApp::with_settings(a.clone(), today, Some(settings));
    let mut harness = app_window(again);
    harness.get_by_label("Sync with hub").click();
    harness.run_steps(2);
    let value = |role, label: &str| {
        harness
            .get_by_role_and_label(role, label)
            .accesskit_node()
            .value()
    };
    assert_eq!(
        value(egui::accesskit::Role::TextInput, "Hub address").as_deref(),
        Some(bare.as_str())
    );
    assert_eq!(
        value(
            egui::accesskit::Role::PasswordInput,
            "Password (never kept)"
        )
        .unwrap_or_default(),
        ""
    );
}

/// HQ opens the hub in the app (`clearfield --db postgresql://…`): the map and the figures
/// are the merged file's, the window names the hub without its password, and a change is
/// refused.
#[test]
fn hq_opens_the_hub_in_the_app_read_only_with_the_merged_files_figures() {
    use clearfield::app::ClearfieldApp;
    use egui_kittest::kittest::{NodeT, Queryable};
    let Some(pg) = Postgres::start() else { return };
    let url = new_hub(&pg, "hqapp");
    let dir = tempfile::tempdir().unwrap();
    let (master, teams) = scenario(dir.path());
    let merged = merged(dir.path(), &master, &teams);
    for t in &teams {
        sync(t, &url, "team");
    }
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let app = ClearfieldApp::with_settings(PathBuf::from(&url), today, None);
    let mut harness = app_window(app);
    until_idle(&mut harness);
    harness.get_by_label("HQ view of the hub hqapp");
    assert!(
        harness
            .get_by_label("New hazard area")
            .accesskit_node()
            .is_disabled(),
        "HQ's view records nothing"
    );
    assert!(
        harness
            .query_all_by_label_contains(PASSWORD)
            .next()
            .is_none(),
        "the password is shown"
    );
    let expected = clearfield::status::status(&open(&merged), today, None)
        .unwrap()
        .to_json();
    assert_eq!(harness.state().status().unwrap().to_json(), expected);
    let store = harness.state().store().unwrap();
    assert!(store.is_read_only());
    assert_eq!(
        store.conflicts().unwrap().len(),
        1,
        "the scenario's conflict"
    );
    // Sync is for laptops: not offered here.
    assert!(
        harness
            .get_by_label("Sync with hub")
            .accesskit_node()
            .is_disabled()
    );
    // Read again: the hub's newer state comes in.
    {
        let mut s = open(&teams[0]);
        edit(&mut s, H3, &[("name", "South, after HQ opened")], "team");
    }
    sync(&teams[0], &url, "team");
    harness.get_by_label("Read the hub again").click();
    until_idle(&mut harness);
    let store = harness.state().store().unwrap();
    let Record::Hazard(h) = store.get(Uuid::parse_str(H3).unwrap()).unwrap().unwrap() else {
        panic!("H3 is a hazard area")
    };
    assert_eq!(h.name, "South, after HQ opened");
}

/// libpq's service files: `postgresql://?service=hq` takes host, port, database, user,
/// password and sslmode from `PGSERVICEFILE`'s `[hq]`; what the URL gives wins; a service
/// defined nowhere is refused, naming it.
#[test]
fn a_hub_named_by_a_service_in_the_service_file() {
    let Some(pg) = Postgres::start() else { return };
    let _url = new_hub(&pg, "serviced");
    let dir = tempfile::tempdir().unwrap();
    let services = dir.path().join("pg_service.conf");
    std::fs::write(
        &services,
        format!(
            "# HQ's hub\n[hq]\nhost=127.0.0.1\nport={}\ndbname=serviced\nuser=postgres\npassword={PASSWORD}\nsslmode=disable\n\n[wrongdb]\nhost=127.0.0.1\nport={}\ndbname=nosuchdb\nuser=postgres\npassword={PASSWORD}\nsslmode=disable\n",
            pg.port, pg.port
        ),
    )
    .unwrap();
    let (master, _) = scenario(dir.path());
    let laptop = dir.path().join("laptop.gpkg");
    std::fs::copy(&master, &laptop).unwrap();
    let env = [("PGSERVICEFILE", services.to_str().unwrap())];
    let out = run_with(&laptop, &["sync", "postgresql://?service=hq"], &env);
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && said.contains("versions sent"),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The URL's database wins over the service's.
    let out = run_with(
        &laptop,
        &["sync", "postgresql:///serviced?service=wrongdb"],
        &env,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // PGSERVICE names it too.
    let out = run_with(
        &laptop,
        &["sync", "postgresql://"],
        &[env[0], ("PGSERVICE", "hq")],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run_with(&laptop, &["sync", "postgresql://?service=nowhere"], &env);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("definition of service \"nowhere\" not found"),
        "{err}"
    );
    assert!(!err.contains(PASSWORD));
}

/// Runs `openssl` with these arguments in `dir`.
fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A certificate authority `NAME.pem` (key `NAME.key`) in `dir`.
fn authority(dir: &Path, name: &str) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            &format!("{name}.key"),
            "-out",
            &format!("{name}.pem"),
            "-days",
            "2",
            "-subj",
            &format!("/CN={name}"),
        ],
    );
}

/// `sslmode` against a server that takes TLS connections only, its certificate made for
/// `localhost` by a test authority: `require` encrypts without checking; `verify-ca` checks
/// the chain against `sslrootcert` (another authority's is refused); `verify-full` checks
/// the host name too (127.0.0.1 is not in the certificate); `disable` is refused by the
/// server, so every connection that worked was encrypted.
#[test]
fn sslmode_require_verify_ca_and_verify_full_are_honoured() {
    if !common::tool("openssl", &["version"], "openssl") {
        return;
    }
    let certs = tempfile::tempdir().unwrap();
    let c = certs.path();
    authority(c, "ca");
    authority(c, "other-ca");
    std::fs::write(c.join("san.ext"), "subjectAltName=DNS:localhost\n").unwrap();
    openssl(
        c,
        &[
            "req",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            "server.key",
            "-out",
            "server.csr",
            "-subj",
            "/CN=localhost",
        ],
    );
    openssl(
        c,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.pem",
            "-days",
            "2",
            "-extfile",
            "san.ext",
        ],
    );
    std::fs::write(
        c.join("hba.conf"),
        "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\nhostssl all all ::1/128 scram-sha-256\n",
    )
    .unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(c.join("server.key"), std::fs::Permissions::from_mode(0o600))
            .unwrap();
        std::fs::set_permissions(c, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    Postgres::give_to_server(c);
    let Some(pg) = Postgres::start_with(&format!(
        "-c ssl=on -c ssl_cert_file={0}/server.pem -c ssl_key_file={0}/server.key -c hba_file={0}/hba.conf",
        c.display()
    )) else {
        return;
    };
    // The database is made over the server's socket (trust), as HQ's administrator would.
    pg.run(
        "createdb",
        &[
            "-h",
            pg.socket_dir().to_str().unwrap(),
            "-p",
            &pg.port.to_string(),
            "-U",
            "postgres",
            "tls",
        ],
    );
    let url = |host: &str, query: &str| {
        format!(
            "postgresql://postgres:{PASSWORD}@{host}:{}/tls?{query}",
            pg.port
        )
    };
    let ca = c.join("ca.pem");
    let other = c.join("other-ca.pem");
    let full = url(
        "localhost",
        &format!("sslmode=verify-full&sslrootcert={}", ca.display()),
    );
    Hub::init(&full).unwrap();
    let works = |u: &str| Hub::open(u).map(|_| ()).map_err(|e| e.to_string());
    assert_eq!(
        works(&full),
        Ok(()),
        "verify-full, host name in the certificate"
    );
    assert_eq!(
        works(&url("127.0.0.1", "sslmode=require")),
        Ok(()),
        "require"
    );
    assert_eq!(
        works(&url(
            "127.0.0.1",
            &format!("sslmode=verify-ca&sslrootcert={}", ca.display())
        )),
        Ok(()),
        "verify-ca ignores the host name"
    );
    let refused = |u: String, why: &str| {
        let e = works(&u).expect_err(why);
        assert!(
            e.contains("cannot connect") && !e.contains(PASSWORD),
            "{why}: {e}"
        );
        e
    };
    let e = refused(
        url(
            "127.0.0.1",
            &format!("sslmode=verify-full&sslrootcert={}", ca.display()),
        ),
        "verify-full, 127.0.0.1 is not the certificate's host",
    );
    assert!(e.to_lowercase().contains("certificate"), "{e}");
    let e = refused(
        url(
            "localhost",
            &format!("sslmode=verify-ca&sslrootcert={}", other.display()),
        ),
        "verify-ca against another authority",
    );
    assert!(e.to_lowercase().contains("certificate"), "{e}");
    refused(
        url("127.0.0.1", "sslmode=disable"),
        "the server takes TLS only",
    );
}
