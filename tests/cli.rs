//! The command line as a user runs it: the README's steps, and bad values refused with one
//! line that names the field and the reason, a non-zero exit, and no change to the file.

mod common;
use common::{ok, run as clearfield};

use std::process::Command;

use common::dump;

const HAZARD_WKT: &str =
    "POLYGON((35.58 33.28, 35.585 33.28, 35.585 33.284, 35.58 33.284, 35.58 33.28))";

#[test]
fn readme_walkthrough() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    assert_eq!(ok(&db, &["init"]), format!("created {}\n", db.display()));
    let again = ok(&db, &["init"]);
    assert!(again.contains("already a Clearfield database"), "{again}");

    let hazard = common::first_id(&ok(
        &db,
        &[
            "add",
            "hazard",
            "--name",
            "Kfar Kila north",
            "--classification",
            "CHA",
            "--surveyed-on",
            "2023-04-02",
            "--region",
            "Marjayoun",
            "--geometry",
            HAZARD_WKT,
        ],
    ));
    let release = common::first_id(&ok(
        &db,
        &[
            "add",
            "release",
            "--method",
            "cleared",
            "--completed-on",
            "2024-05-01",
            "--hazard-id",
            &hazard,
            "--team",
            "Team 3",
            "--depth-cm",
            "20",
            "--geometry",
            "POLYGON((35.58 33.28, 35.582 33.28, 35.582 33.282, 35.58 33.282, 35.58 33.28))",
        ],
    ));
    let find = common::first_id(&ok(
        &db,
        &[
            "add",
            "find",
            "--at",
            "35.581,33.281",
            "--ordnance-type",
            "M77",
            "--found-on",
            "2024-04-20",
            "--hazard-id",
            &hazard,
        ],
    ));

    let list = ok(&db, &["list"]);
    assert!(
        list.contains("hazard_areas (1):")
            && list.contains("land_releases (1):")
            && list.contains("ordnance_finds (1):"),
        "{list}"
    );
    // 0.005° × 0.004° at 33.28° N: 206 635 m² (pyproj Geod WGS84: 206 634.996).
    assert!(
        list.contains(&format!(
            "{hazard}  CHA \"Kfar Kila north\"  surveyed 2023-04-02  206635 m²"
        )),
        "{list}"
    );
    assert!(list.contains(&release) && list.contains(&find), "{list}");

    let show = ok(&db, &["show", &find]);
    assert!(show.contains("ordnance_type   M77"), "{show}");
    assert!(show.contains("category        submunition"), "{show}");
    assert!(show.contains("quantity        1"), "{show}");
    assert!(
        show.contains("modified_at") && show.contains("by tester"),
        "{show}"
    );

    let edited = ok(
        &db,
        &[
            "edit",
            &find,
            "--quantity",
            "2",
            "--disposal",
            "destroyed_in_situ",
        ],
    );
    assert!(
        edited.starts_with(&format!("changed ordnance find {find}")),
        "{edited}"
    );
    assert!(ok(&db, &["show", &find]).contains("disposal        destroyed_in_situ"));

    let deleted = ok(&db, &["delete", &find]);
    assert!(deleted.contains("kept in the change log"), "{deleted}");
    let history = ok(&db, &["history", &find]);
    let ops: Vec<&str> = history
        .lines()
        .filter(|l| !l.starts_with(' '))
        .map(|l| l.split_whitespace().nth(1).unwrap())
        .collect();
    assert_eq!(ops, ["insert", "update", "delete"]);

    let check = ok(&db, &["check"]);
    assert!(
        check.contains("1 hazard_areas, 1 land_releases, 0 ordnance_finds"),
        "{check}"
    );
    assert!(check.ends_with("no problems found\n"), "{check}");
}

#[test]
fn status_reports_areas_as_of_a_date() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    ok(&db, &["init"]);
    let hazard = common::first_id(&ok(
        &db,
        &[
            "add",
            "hazard",
            "--name",
            "K",
            "--classification",
            "CHA",
            "--surveyed-on",
            "2023-04-02",
            "--region",
            "Marjayoun",
            "--geometry",
            HAZARD_WKT,
        ],
    ));
    ok(
        &db,
        &[
            "add",
            "release",
            "--method",
            "cleared",
            "--completed-on",
            "2024-05-01",
            "--hazard-id",
            &hazard,
            "--geometry",
            "POLYGON((35.58 33.28, 35.582 33.28, 35.582 33.282, 35.58 33.282, 35.58 33.28))",
        ],
    );
    ok(
        &db,
        &[
            "add",
            "find",
            "--at",
            "35.581,33.281",
            "--ordnance-type",
            "M77",
            "--quantity",
            "3",
            "--found-on",
            "2024-04-20",
        ],
    );
    // pyproj Geod(ellps="WGS84") on the rings densified in lon/lat to 1e-5° steps (edges are
    // straight in lon/lat): hazard 206 634.996 m², release 41 327.464 m², and the L-shaped
    // rest 165 307.532 m² = hazard − release. (With geodesic edges between its own corners
    // the rest was 165 308.156, 0.6 m² more than hazard − release.)
    let expect = |as_of: &str, remaining: f64, cleared: f64, releases: u64, items: u64| {
        let v: serde_json::Value =
            serde_json::from_str(&ok(&db, &["status", "--json", "--as-of", as_of])).unwrap();
        assert_eq!(v["as_of"], as_of);
        assert_eq!(v["hazard_areas"], 1);
        assert_eq!(v["land_releases"], releases);
        assert_eq!(v["items_found"], items);
        assert!(
            (v["hazard_area_m2"].as_f64().unwrap() - 206_634.996).abs() < 0.01,
            "{v}"
        );
        assert!(
            (v["remaining_area_m2"].as_f64().unwrap() - remaining).abs() < 0.01,
            "{v}"
        );
        assert!(
            (v["released_area_m2"]["cleared"].as_f64().unwrap() - cleared).abs() < 0.01,
            "{v}"
        );
        assert_eq!(v["released_area_m2"]["cancelled"], 0.0);
        assert_eq!(v["released_area_m2"]["reduced"], 0.0);
    };
    expect("2024-04-30", 206_634.996, 0.0, 0, 3);
    expect("2024-05-01", 165_307.532, 41_327.464, 1, 3);

    let text = ok(&db, &["status", "--as-of", "2024-06-01", "--by", "region"]);
    assert!(
        text.contains("remaining                        165308        0.165"),
        "{text}"
    );
    assert!(text.contains("Marjayoun"), "{text}");
    let out = clearfield(&db, &["status", "--as-of", "2024-13-01"]);
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("--as-of \"2024-13-01\": is not a calendar date")
    );
}

#[test]
fn bad_values_get_one_line_naming_field_and_reason_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    ok(&db, &["init"]);
    let hazard = common::first_id(&ok(
        &db,
        &[
            "add",
            "hazard",
            "--name",
            "A",
            "--classification",
            "SHA",
            "--surveyed-on",
            "2023-01-01",
            "--geometry",
            HAZARD_WKT,
        ],
    ));
    let bowtie = "POLYGON((35.58 33.28, 35.585 33.284, 35.585 33.28, 35.58 33.284, 35.58 33.28))";
    let hazard_args = |field: &str, value: &str| -> Vec<String> {
        let mut a: Vec<String> = [
            "add",
            "hazard",
            "--name",
            "B",
            "--classification",
            "CHA",
            "--surveyed-on",
            "2023-02-01",
            "--geometry",
            HAZARD_WKT,
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let i = a.iter().position(|x| x == field).unwrap();
        a[i + 1] = value.to_owned();
        a
    };
    let find_args = |extra: &[&str]| -> Vec<String> {
        let mut a: Vec<String> = [
            "add",
            "find",
            "--at",
            "35.5,33.3",
            "--ordnance-type",
            "M42",
            "--found-on",
            "2024-01-01",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        a.extend(extra.iter().map(|s| s.to_string()));
        a
    };
    let cases: Vec<(Vec<String>, &str)> = vec![
        (
            hazard_args("--surveyed-on", "2023-02-30"),
            "surveyed_on \"2023-02-30\": is not a calendar date (no such day)",
        ),
        (
            hazard_args("--surveyed-on", "2/3/2023"),
            "surveyed_on \"2/3/2023\": is not a date written YYYY-MM-DD",
        ),
        (
            hazard_args("--geometry", bowtie),
            "geometry: the boundary crosses itself near lon",
        ),
        (
            hazard_args(
                "--geometry",
                "POLYGON((35.58 33.28, 35.585 33.28, 35.585 33.284))",
            ),
            "geometry exterior ring is not closed",
        ),
        (
            hazard_args("--geometry", "35.5,33.3"),
            "geometry: must be a Polygon or MultiPolygon, not a Point",
        ),
        (
            hazard_args("--classification", "confirmed"),
            "classification \"confirmed\": must be one of SHA|CHA",
        ),
        (
            find_args(&[])
                .into_iter()
                .map(|s| {
                    if s == "35.5,33.3" {
                        "35.5,95".to_owned()
                    } else {
                        s
                    }
                })
                .collect(),
            "geometry: point: coordinate 0 (lon 35.5, lat 95) is outside lon -180..180, lat -90..90",
        ),
        (
            find_args(&["--quantity", "0"]),
            "quantity \"0\": must be at least 1",
        ),
        (
            find_args(&["--depth-cm", "-5"]),
            "depth_cm \"-5\": must not be negative",
        ),
        (
            find_args(&["--hazard-id", "00000000-0000-4000-8000-000000000009"]),
            "hazard_id 00000000-0000-4000-8000-000000000009: no such hazard area",
        ),
        (
            find_args(&[])
                .into_iter()
                .map(|s| {
                    if s == "M42" {
                        "Unknown thing".to_owned()
                    } else {
                        s
                    }
                })
                .collect(),
            "category: is required for ordnance type \"Unknown thing\"",
        ),
        (
            vec![
                "edit".into(),
                hazard.clone(),
                "--method".into(),
                "cleared".into(),
            ],
            "method: is not a field of a hazard area",
        ),
        (
            vec!["edit".into(), hazard.clone(), "--name".into(), "".into()],
            "name: is required",
        ),
        (
            vec!["delete".into(), "not-an-id".into()],
            "\"not-an-id\" is not a record id",
        ),
        (
            vec![
                "delete".into(),
                "00000000-0000-4000-8000-000000000009".into(),
            ],
            "no record with id 00000000-0000-4000-8000-000000000009",
        ),
    ];
    for (args, expected) in cases {
        let before = dump(&db);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = clearfield(&db, &args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?} succeeded");
        assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
        assert!(stderr.starts_with("clearfield: "), "{stderr}");
        assert!(
            stderr.contains(expected),
            "{args:?}:\n  got  {stderr}  want {expected}"
        );
        assert_eq!(dump(&db), before, "{args:?} changed the file");
    }
}

#[test]
fn a_file_that_is_not_a_database_is_refused_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes.txt");
    std::fs::write(&notes, "not a database\n").unwrap();
    for args in [
        &["list"][..],
        &["init"],
        &[
            "add",
            "find",
            "--at",
            "35.5,33.3",
            "--ordnance-type",
            "M42",
            "--found-on",
            "2024-01-01",
        ],
    ] {
        let out = clearfield(&notes, args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        // Status 2: the command could not run (1 is for problems found in the input).
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(
            stderr,
            format!(
                "clearfield: {}: not a database file (it does not start with the SQLite header)\n",
                notes.display()
            )
        );
        assert_eq!(std::fs::read_to_string(&notes).unwrap(), "not a database\n");
    }
    let missing = dir.path().join("missing.gpkg");
    let out = clearfield(&missing, &["list"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "clearfield: {}: no such file; create it with `clearfield init`\n",
            missing.display()
        )
    );
    assert!(!missing.exists());
}

#[test]
fn check_exits_non_zero_on_a_bad_row() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    ok(&db, &["init"]);
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "INSERT INTO ordnance_finds (geom, ordnance_type, category, found_on) VALUES (X'4750', 'M42', 'submunition', '2024-01-01')",
        [],
    )
    .unwrap();
    drop(conn);
    let out = clearfield(&db, &["check"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.contains("record: ordnance_finds feature 1 (id "),
        "{stdout}"
    );
    assert!(
        stdout.contains("geometry blob is truncated (2 bytes)"),
        "{stdout}"
    );
    assert!(
        stdout.contains("1 problem(s) found; nothing was changed"),
        "{stdout}"
    );
}

#[test]
fn western_and_southern_coordinates_are_not_taken_for_flags() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    ok(&db, &["init"]);
    let out = ok(
        &db,
        &[
            "add",
            "find",
            "--at",
            "-0.1276,-51.5072",
            "--ordnance-type",
            "M42",
            "--found-on",
            "2024-01-01",
        ],
    );
    assert!(out.contains("at -0.1276, -51.5072"), "{out}");
}

#[test]
fn finds_can_be_placed_with_utm_mgrs_or_dms_as_gps_units_show_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    ok(&db, &["init"]);
    // pyproj: lon 35.58, lat 33.28 is UTM 36N 740281.254 3685298.248.
    for at in [
        "36S 740281.254 3685298.248",
        "36SYB4028185298",
        "33°16'48\"N 35°34'48\"E",
    ] {
        let out = ok(
            &db,
            &[
                "add",
                "find",
                "--at",
                at,
                "--ordnance-type",
                "M42",
                "--found-on",
                "2024-01-01",
            ],
        );
        let coords: Vec<f64> = out
            .rsplit("at ")
            .next()
            .unwrap()
            .trim()
            .split(", ")
            .map(|v| v.parse().unwrap())
            .collect();
        assert!(
            (coords[0] - 35.58).abs() < 2e-5 && (coords[1] - 33.28).abs() < 2e-5,
            "{at}: {out}"
        );
    }
    let out = clearfield(
        &db,
        &[
            "add",
            "find",
            "--at",
            "36SYB4028185",
            "--ordnance-type",
            "M42",
            "--found-on",
            "2024-01-01",
        ],
    );
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("an MGRS reference has as many easting as northing digits")
    );
}

#[test]
fn the_database_path_can_come_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("env.gpkg");
    let out = Command::new(env!("CARGO_BIN_EXE_clearfield"))
        .arg("init")
        .env("CLEARFIELD_DB", &db)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(db.exists());
}

#[test]
fn without_a_display_the_bare_command_points_to_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("x.gpkg");
    let out = Command::new(env!("CARGO_BIN_EXE_clearfield"))
        .arg("--db")
        .arg(&db)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .output()
        .unwrap();
    // Status 2: could not run.
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.starts_with("clearfield: cannot open the desktop app window ("),
        "{stderr}"
    );
    assert!(
        stderr
            .trim_end()
            .ends_with("without a display, use the command line: clearfield --help"),
        "{stderr}"
    );
    assert!(!db.exists(), "nothing is created when no window opens");
}

/// `edit --help` once said `[default: cmr]` and `[default: active]`, defaults that only a new
/// record takes: an edit changes only the fields given.
#[test]
fn edit_help_promises_no_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("h.gpkg");
    let help = common::ok(&db, &["edit", "--help"]);
    assert!(help.contains("--contamination"), "{help}");
    assert!(!help.contains("[default: cmr]"), "{help}");
    assert!(!help.contains("[default: active]"), "{help}");
    let add = common::ok(&db, &["add", "hazard", "--help"]);
    assert!(add.contains("[default: cmr]"), "{add}");
}
