//! Helpers shared by the integration tests: sample records and a GeoPackage blob reader
//! written from the spec, independent of the app's own decoder.
#![allow(dead_code)]

pub mod postgres;
pub mod teams;

use clearfield::io::wkt;
use clearfield::model::{self, Fields, OrdnanceType, Record, RecordInput, RecordKind};
use uuid::Uuid;

/// Text fields from `(name, value)` pairs.
pub fn fields(pairs: &[(&str, &str)]) -> Fields {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

/// The seeded reference list, as the schema inserts it (only what the tests use).
pub fn types() -> Vec<OrdnanceType> {
    vec![
        OrdnanceType {
            code: "M42".into(),
            category: model::OrdnanceCategory::Submunition,
            description: String::new(),
        },
        OrdnanceType {
            code: "BLU-97".into(),
            category: model::OrdnanceCategory::Submunition,
            description: String::new(),
        },
    ]
}

/// Builds a record, panicking with the problems when it is invalid.
pub fn record(
    kind: RecordKind,
    id: Option<&str>,
    geometry: &str,
    pairs: &[(&str, &str)],
) -> Record {
    let input = RecordInput {
        id: id.map(|s| Uuid::parse_str(s).unwrap()),
        geometry: Some(wkt::parse(geometry).unwrap()),
        fields: fields(pairs),
        extra: model::Extra::new(),
    };
    model::build(kind, input, &types()).unwrap_or_else(|e| panic!("{e}"))
}

pub const HAZARD_ID: &str = "3f2b1c4e-9d7a-4e21-8b6f-0a1b2c3d4e5f";
pub const RELEASE_ID: &str = "7c9d2e1f-3a4b-4c5d-9e6f-1a2b3c4d5e6f";
pub const FIND_ID: &str = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";

/// A hazard area with every field set, a hole and a second part, and coordinates with all
/// 17 significant digits; a release and a find linked to it, with every field set.
pub fn full_set() -> Vec<Record> {
    let mut hazard = record(
        RecordKind::HazardArea,
        Some(HAZARD_ID),
        "MULTIPOLYGON(((35.480123456789012 33.271234567890123,35.49 33.27,35.49 33.28,35.48 33.28,35.480123456789012 33.271234567890123),\
         (35.482 33.272,35.482 33.274,35.484 33.274,35.484 33.272,35.482 33.272)),\
         ((35.50 33.27,35.51 33.27,35.51 33.28,35.50 33.27)))",
        &[
            ("name", "Yohmor wadi"),
            ("classification", "CHA"),
            ("contamination", "mixed"),
            ("surveyed_on", "2023-04-02"),
            ("region", "Nabatieh"),
            ("status", "in_progress"),
            ("note", "Terraces; olive groves. \"Quoted\" and ünïcode ✓"),
        ],
    );
    if let Record::Hazard(h) = &mut hazard {
        h.extra
            .insert("kobo_uuid".into(), serde_json::json!("uuid:1234"));
        h.extra.insert(
            "nested".into(),
            serde_json::json!({"a": [1, 2.5, null, true]}),
        );
    }
    let release = record(
        RecordKind::LandRelease,
        Some(RELEASE_ID),
        "POLYGON((35.48 33.275,35.49 33.275,35.49 33.28,35.48 33.28,35.48 33.275))",
        &[
            ("hazard_id", HAZARD_ID),
            ("method", "reduced"),
            ("started_on", "2024-03-01"),
            ("completed_on", "2024-05-31"),
            ("team", "MAG Team 4"),
            ("depth_cm", "20"),
            ("note", "technical survey"),
        ],
    );
    let find = record(
        RecordKind::OrdnanceFind,
        Some(FIND_ID),
        "35.4851234567890123,33.2761234567890123",
        &[
            ("hazard_id", HAZARD_ID),
            ("ordnance_type", "blu-97"),
            ("quantity", "3"),
            ("condition", "damaged"),
            ("depth_cm", "0"),
            ("found_on", "2024-04-17"),
            ("disposal", "destroyed_in_situ"),
            ("team", "MAG Team 4"),
            ("note", "in a drainage ditch"),
        ],
    );
    vec![hazard, release, find]
}

pub const BENCHMARK_ID: &str = "b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e";
pub const START_ID: &str = "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f";
pub const EVIDENCE_ID: &str = "d5e6f7a8-b9c0-4d1e-8f2a-3b4c5d6e7f80";

/// Survey points with every field set, a benchmark of [`full_set`]'s hazard area and a start
/// point of its release (a survey point may mark either), and an evidence point of the hazard
/// area with every field set.
pub fn points_set() -> Vec<Record> {
    vec![
        record(
            RecordKind::SurveyPoint,
            Some(BENCHMARK_ID),
            "35.4791234567890123,33.2701234567890123",
            &[
                ("belongs_to", HAZARD_ID),
                ("point_type", "benchmark"),
                ("sequence", "0"),
                ("gps_accuracy_m", "3.5"),
                ("hdop", "0.9"),
                ("satellites", "11"),
                ("note", "iron pin by the \"Yohmor\" road sign ✓"),
            ],
        ),
        record(
            RecordKind::SurveyPoint,
            Some(START_ID),
            "35.48,33.275",
            &[
                ("belongs_to", RELEASE_ID),
                ("point_type", "start"),
                ("sequence", "1"),
                ("bearing_deg", "17.25"),
                ("bearing_ref", "magnetic"),
                ("distance_m", "556.1"),
                ("declination_deg", "4.6"),
            ],
        ),
        record(
            RecordKind::EvidencePoint,
            Some(EVIDENCE_ID),
            "35.486,33.277",
            &[
                ("hazard_id", HAZARD_ID),
                ("evidence_type", "strike"),
                ("recorded_on", "2023-03-30"),
                ("source", "mukhtar of Yohmor"),
                ("note", "crater, 2006"),
            ],
        ),
    ]
}

/// A geometry read from a GeoPackage blob by the spec alone: (type code, rings of coords).
#[derive(Debug, PartialEq)]
pub enum Decoded {
    Point(f64, f64),
    MultiPolygon(Vec<Vec<Vec<(f64, f64)>>>),
}

/// Decodes a GeoPackage blob (clause 2.1.3) holding a Point or MultiPolygon, checking the
/// header fields on the way. Panics with the reason when the blob breaks the rules.
pub fn decode_blob(blob: &[u8]) -> (i32, Option<[f64; 4]>, Decoded) {
    assert_eq!(&blob[0..2], b"GP", "magic");
    assert_eq!(blob[2], 0, "version 1 is stored as 0");
    let flags = blob[3];
    assert_eq!(
        flags & 0b1110_0000,
        0,
        "reserved bits and extended type must be 0"
    );
    assert_eq!(flags & 0b0001_0000, 0, "no empty geometries are stored");
    let le = flags & 1 == 1;
    let i32_at = |b: &[u8], at: usize| {
        let a = [b[at], b[at + 1], b[at + 2], b[at + 3]];
        if le {
            i32::from_le_bytes(a)
        } else {
            i32::from_be_bytes(a)
        }
    };
    let srs = i32_at(blob, 4);
    let env_code = (flags >> 1) & 0b111;
    let env_len = [0usize, 32, 48, 48, 64][env_code as usize];
    let f64_hdr = |at: usize| {
        let mut a = [0u8; 8];
        a.copy_from_slice(&blob[at..at + 8]);
        if le {
            f64::from_le_bytes(a)
        } else {
            f64::from_be_bytes(a)
        }
    };
    let envelope = (env_len > 0).then(|| [f64_hdr(8), f64_hdr(16), f64_hdr(24), f64_hdr(32)]);
    let mut r = WkbReader {
        b: &blob[8 + env_len..],
        pos: 0,
        le: true,
    };
    let geom = r.geometry();
    assert_eq!(r.pos, r.b.len(), "trailing bytes after WKB");
    (srs, envelope, geom)
}

struct WkbReader<'a> {
    b: &'a [u8],
    pos: usize,
    le: bool,
}

impl WkbReader<'_> {
    fn u32(&mut self) -> u32 {
        let a = [
            self.b[self.pos],
            self.b[self.pos + 1],
            self.b[self.pos + 2],
            self.b[self.pos + 3],
        ];
        self.pos += 4;
        if self.le {
            u32::from_le_bytes(a)
        } else {
            u32::from_be_bytes(a)
        }
    }
    fn f64(&mut self) -> f64 {
        let mut a = [0u8; 8];
        a.copy_from_slice(&self.b[self.pos..self.pos + 8]);
        self.pos += 8;
        if self.le {
            f64::from_le_bytes(a)
        } else {
            f64::from_be_bytes(a)
        }
    }
    fn header(&mut self) -> u32 {
        self.le = self.b[self.pos] == 1;
        self.pos += 1;
        self.u32()
    }
    fn geometry(&mut self) -> Decoded {
        match self.header() {
            1 => Decoded::Point(self.f64(), self.f64()),
            6 => {
                let n = self.u32();
                let mut polys = Vec::new();
                for _ in 0..n {
                    assert_eq!(self.header(), 3, "MultiPolygon member must be a Polygon");
                    let rings = self.u32();
                    let mut poly = Vec::new();
                    for _ in 0..rings {
                        let pts = self.u32();
                        poly.push((0..pts).map(|_| (self.f64(), self.f64())).collect());
                    }
                    polys.push(poly);
                }
                Decoded::MultiPolygon(polys)
            }
            t => panic!("unexpected WKB type {t}"),
        }
    }
}

/// Every row of the user-visible tables as text, to prove a failed command changed nothing.
pub fn dump(path: &std::path::Path) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    let mut out = String::new();
    for t in [
        "hazard_areas",
        "land_releases",
        "ordnance_finds",
        "survey_points",
        "evidence_points",
        "change_log",
        "settings",
        "import_profiles",
        "clearfield_meta",
        "gpkg_contents",
    ] {
        let mut stmt = conn
            .prepare(&format!("SELECT * FROM {t} ORDER BY 1"))
            .unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let vals: Vec<String> = (0..n)
                .map(|i| format!("{:?}", row.get_ref(i).unwrap()))
                .collect();
            out.push_str(&format!("{t}: {}\n", vals.join(" | ")));
        }
    }
    out
}

/// Runs the `clearfield` binary on `db` (as user "tester", whatever the environment says).
pub fn run(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_clearfield"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("CLEARFIELD_DB")
        // English whatever the tester's locale (issue #15: the messages follow it).
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("CLEARFIELD_USER", "tester")
        .output()
        .unwrap()
}

/// As [`run`], asserting success; its standard output.
pub fn ok(db: &std::path::Path, args: &[&str]) -> String {
    let out = run(db, args);
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Whether an outside tool the test needs answers `probe`; on CI its absence is a failure
/// (.ci/run installs it), elsewhere the test says it was skipped.
pub fn tool(program: &str, probe: &[&str], install: &str) -> bool {
    let found = std::process::Command::new(program)
        .args(probe)
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install {install} (see .ci/run)"
        );
        eprintln!("SKIPPED: {program} {probe:?} failed; install {install} to run this test");
    }
    found
}

/// Find number `i` of a row of M42 finds 1e-4° apart, noted "find {i}".
pub fn numbered_find(i: usize) -> Record {
    record(
        RecordKind::OrdnanceFind,
        None,
        &format!("{},{}", 35.4 + i as f64 * 1e-4, 33.2),
        &[
            ("ordnance_type", "M42"),
            ("found_on", "2024-01-01"),
            ("note", &format!("find {i}")),
        ],
    )
}

/// Every table, index, trigger and view of a database, by name, as SQLite stores its SQL.
pub fn schema_of(conn: &rusqlite::Connection) -> Vec<(String, String)> {
    let mut stmt = conn
        .prepare("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// Starts a new hazard area in the app and types its boundary and name.
pub fn type_new_hazard(
    harness: &mut egui_kittest::Harness<'_, clearfield::app::ClearfieldApp>,
    wkt: &str,
    name: &str,
) {
    use egui_kittest::kittest::Queryable;
    harness.get_by_label("New hazard area").click();
    settle(harness);
    let geometry =
        harness.get_by_role_and_label(egui::accesskit::Role::MultilineTextInput, "Geometry");
    geometry.focus();
    geometry.type_text(wkt);
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, "Name *");
    field.focus();
    field.type_text(name);
    settle(harness);
}

/// Runs frames until the app has nothing left to do in the background (figures, merges,
/// imports are worked out in threads; the window stays live meanwhile).
pub fn settle(harness: &mut egui_kittest::Harness<'_, clearfield::app::ClearfieldApp>) {
    harness.step();
    for _ in 0..3000 {
        if !harness.state().busy() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
        harness.step();
    }
    assert!(!harness.state().busy(), "the app is still busy after 15 s");
    harness.run();
}

/// In the import/export panel: types `path` into the field labelled `file_label`, presses
/// `button` and waits for the import, export or report to finish.
pub fn act_on_file(
    harness: &mut egui_kittest::Harness<'_, clearfield::app::ClearfieldApp>,
    file_label: &str,
    path: &str,
    button: &str,
) {
    use egui_kittest::kittest::Queryable;
    let field = harness.get_by_role_and_label(egui::accesskit::Role::TextInput, file_label);
    field.focus();
    for _ in 0..300 {
        harness.key_press(egui::Key::Backspace);
    }
    field.type_text(path);
    harness.run_steps(2);
    harness.get_by_label(button).click();
    harness.run_steps(2);
    for _ in 0..1000 {
        if !harness.state().import_running()
            && !harness.state().writing()
            && !harness.state().previewing()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.run_steps(2);
}

/// In the open form, the Arabic name "بساتين كفركلا" edited in the field labelled
/// `name_label`: the caret to its start (Home: the right end), six letters leftwards (the
/// left arrow moves forward in a right-to-left line: past "بساتين"), and " الجنوبية" typed
/// there, giving "بساتين الجنوبية كفركلا".
pub fn insert_a_word_in_the_arabic_name(
    harness: &mut egui_kittest::Harness<'_, clearfield::app::ClearfieldApp>,
    name_label: &str,
) {
    use egui_kittest::kittest::Queryable;
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, name_label)
        .focus();
    harness.run_steps(2);
    harness.key_press(egui::Key::Home);
    for _ in 0..6 {
        harness.key_press(egui::Key::ArrowLeft);
    }
    harness.run_steps(2);
    harness
        .get_by_role_and_label(egui::accesskit::Role::TextInput, name_label)
        .type_text(" الجنوبية");
    harness.run_steps(2);
}

/// Area of one 0.001° cell at the equator, m² (pyproj `Geod(ellps="WGS84")`, GeographicLib);
/// cells up to 0.02° from the origin differ by less than 1e-7 of it, so an area there is its
/// number of cells times `CELL`.
pub const CELL: f64 = 12_309.072;

/// A rectangle of cells, x0..x1 by y0..y1, as WKT ring text.
pub fn cell_ring(x0: u32, y0: u32, x1: u32, y1: u32) -> String {
    let c = |v: u32| f64::from(v) / 1000.0;
    format!(
        "({} {},{} {},{} {},{} {},{} {})",
        c(x0),
        c(y0),
        c(x1),
        c(y0),
        c(x1),
        c(y1),
        c(x0),
        c(y1),
        c(x0),
        c(y0)
    )
}

/// The same rectangle as a WKT polygon.
pub fn cell_rect(x0: u32, y0: u32, x1: u32, y1: u32) -> String {
    format!("POLYGON({})", cell_ring(x0, y0, x1, y1))
}

/// A file whose hazard area "North" (id 1111…), recorded on 1 November 2026, was given a
/// note here (by hq, 20 November 09:15 UTC) and a status in a team's copy (by team, 21
/// November 14:40 UTC), merged: one conflict, note against status. The versions are dated
/// so that pictures of them stay the same.
pub fn note_here_status_in_the_team(dir: &std::path::Path) -> std::path::PathBuf {
    use clearfield::store::Store;
    let master = dir.join("master.gpkg");
    let id = uuid::Uuid::parse_str("11111111-1111-4111-8111-111111111111").unwrap();
    {
        let mut m = Store::create(&master).unwrap();
        let input = clearfield::model::RecordInput {
            id: Some(id),
            geometry: Some(
                clearfield::io::wkt::parse(
                    "POLYGON((35.5 33.2,35.505 33.2,35.505 33.21,35.5 33.2))",
                )
                .unwrap(),
            ),
            fields: fields(&[
                ("name", "North"),
                ("classification", "CHA"),
                ("surveyed_on", "2024-01-01"),
            ]),
            extra: Default::default(),
        };
        let h = clearfield::model::build(RecordKind::HazardArea, input, &[]).unwrap();
        m.insert(&[h], "hq").unwrap();
        date_last_version(&m, "2026-11-01T08:00:00.000Z");
    }
    let team = dir.join("team.gpkg");
    std::fs::copy(&master, &team).unwrap();
    for (path, actor, field, value, at) in [
        (
            &master,
            "hq",
            "note",
            "goats graze here",
            "2026-11-20T09:15:00.000Z",
        ),
        (
            &team,
            "team",
            "status",
            "in_progress",
            "2026-11-21T14:40:00.000Z",
        ),
    ] {
        let (mut s, _) = Store::open(path).unwrap();
        let current = s.get(id).unwrap().unwrap();
        let edited = current
            .edited(&fields(&[(field, value)]), None, &[])
            .unwrap();
        s.update(&edited, actor).unwrap();
        date_last_version(&s, at);
    }
    let (mut m, _) = Store::open(&master).unwrap();
    m.merge(&team, "hq", false, &mut |_, _| {}).unwrap();
    master
}

/// Dates the last version in a file's change log `at` (for pictures that must not change).
fn date_last_version(store: &clearfield::store::Store, at: &str) {
    store
        .connection()
        .execute(
            "UPDATE change_log SET changed_at = ?1 WHERE seq = (SELECT max(seq) FROM change_log)",
            [at],
        )
        .unwrap();
}

/// A file holding the 0.01° square "Yohmor terraces" at lon 35.58–35.59, lat 33.28–33.29
/// (1 033 140.135 m², pyproj), in Nabatieh, its east half cleared by Team B on 1 June 2025 (516 570.068
/// m², half: a band of latitude splits evenly by longitude) and two M77 found in it.
pub fn yohmor_half_cleared(db: &std::path::Path) {
    let hazard = record(
        RecordKind::HazardArea,
        Some(HAZARD_ID),
        "POLYGON((35.58 33.28,35.59 33.28,35.59 33.29,35.58 33.29,35.58 33.28))",
        &[
            ("name", "Yohmor terraces"),
            ("classification", "CHA"),
            ("surveyed_on", "2025-03-01"),
            ("region", "Nabatieh"),
        ],
    );
    let release = record(
        RecordKind::LandRelease,
        None,
        "POLYGON((35.585 33.28,35.59 33.28,35.59 33.29,35.585 33.29,35.585 33.28))",
        &[
            ("hazard_id", HAZARD_ID),
            ("method", "cleared"),
            ("completed_on", "2025-06-01"),
            ("team", "Team B"),
        ],
    );
    let find = record(
        RecordKind::OrdnanceFind,
        None,
        "POINT(35.5875 33.2875)",
        &[
            ("hazard_id", HAZARD_ID),
            ("ordnance_type", "M77"),
            ("quantity", "2"),
            ("category", "submunition"),
            ("found_on", "2025-05-02"),
        ],
    );
    clearfield::store::Store::create(db)
        .unwrap()
        .insert(&[hazard, release, find], "setup")
        .unwrap();
}

/// A small JPEG (or PNG) made by GDAL, with EXIF DateTimeOriginal 2024:03:05 10:20:30 and
/// GPS 12° 30' 36" S, 106° 45' 0" E (that is -12.51, 106.75); `red` varies the pixels so
/// that two photos differ. `None` (test skipped) without GDAL outside CI.
pub fn gdal_photo(
    dir: &std::path::Path,
    name: &str,
    red: u8,
    format: &str,
) -> Option<std::path::PathBuf> {
    if !tool("gdal_translate", &["--version"], "gdal-bin") {
        return None;
    }
    let tif = dir.join(format!("{name}.tif"));
    let made = std::process::Command::new("gdal_create")
        .args([
            "-of", "GTiff", "-outsize", "8", "6", "-bands", "3", "-ot", "Byte",
        ])
        .args(["-burn", &red.to_string(), "-burn", "90", "-burn", "40"])
        .arg(&tif)
        .output()
        .unwrap();
    assert!(made.status.success(), "{made:?}");
    let path = dir.join(name);
    let out = std::process::Command::new("gdal_translate")
        .args(["-q", "-of", format])
        .args(["-mo", "EXIF_DateTimeOriginal=2024:03:05 10:20:30"])
        .args([
            "-mo",
            "EXIF_GPSLatitudeRef=S",
            "-mo",
            "EXIF_GPSLatitude=(12) (30) (36)",
        ])
        .args([
            "-mo",
            "EXIF_GPSLongitudeRef=E",
            "-mo",
            "EXIF_GPSLongitude=(106) (45) (0)",
        ])
        .arg(&tif)
        .arg(&path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    Some(path)
}

/// A pseudo-language: en.ftl with every message's value between `open` and `close`, made
/// from the catalogue's syntax tree (fluent-syntax), not by the code under test. Output
/// outside the marks did not come from the catalogue. (The app's tests use « », which its
/// fonts have: egui_kittest refuses a glyph no font has; the command line's use ⟦ ⟧.)
pub fn pseudo_catalogue(open: &'static str, close: &'static str) -> String {
    use fluent_syntax::ast;
    let source = clearfield::i18n::Language::En.catalogue();
    let mut resource = fluent_syntax::parser::parse(source).unwrap();
    for entry in &mut resource.body {
        if let ast::Entry::Message(m) = entry
            && let Some(p) = &mut m.value
        {
            p.elements
                .insert(0, ast::PatternElement::TextElement { value: open });
            p.elements
                .push(ast::PatternElement::TextElement { value: close });
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

/// The first record id (UUID) in a command's output, wherever it stands (between
/// spaces, quotes or a pseudo-language's marks).
pub fn first_id(text: &str) -> String {
    text.split(|c: char| !(c.is_ascii_hexdigit() || c == '-'))
        .find(|w| uuid::Uuid::parse_str(w).is_ok())
        .unwrap_or_else(|| panic!("no id in {text:?}"))
        .to_owned()
}
