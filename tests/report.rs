//! Progress reports, estimates and settings from the command line, on a programme whose
//! figures are known by hand.
//!
//! Shapes are 0.001° cells at the equator, `common::CELL` (12 309.072 m², pyproj Geod
//! WGS84) each.

mod common;
use common::{CELL, cell_rect as rect, ok, run};

use std::path::Path;

/// A 10×10-cell hazard area recorded 2021-01-01, a 5×2 one recorded 2022-03-01 (new
/// contamination in the period); in 2022 team A cancels 20 cells and clears 10, team B
/// reduces 10; 2021 and 2023 releases lie outside the period. Finds: 3 M42 destroyed in situ
/// and 2 BLU-97 pending in 2022, 4 M77 destroyed in 2023.
fn programme(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("p.gpkg");
    ok(&db, &["init"]);
    ok(
        &db,
        &[
            "settings",
            "--name",
            "Test programme",
            "--deadline",
            "2024-01-01",
        ],
    );
    ok(
        &db,
        &[
            "add",
            "hazard",
            "--name",
            "Big",
            "--classification",
            "CHA",
            "--surveyed-on",
            "2021-01-01",
            "--geometry",
            &rect(0, 0, 10, 10),
        ],
    );
    ok(
        &db,
        &[
            "add",
            "hazard",
            "--name",
            "New",
            "--classification",
            "SHA",
            "--surveyed-on",
            "2022-03-01",
            "--geometry",
            &rect(20, 0, 25, 2),
        ],
    );
    let releases: [(&str, &str, &str, String); 5] = [
        ("cleared", "2021-06-01", "A", rect(0, 0, 10, 1)),
        ("cancelled", "2022-02-01", "A", rect(0, 1, 10, 3)),
        ("cleared", "2022-05-01", "A", rect(0, 3, 10, 4)),
        ("reduced", "2022-09-01", "B", rect(0, 4, 10, 5)),
        ("cleared", "2023-02-01", "B", rect(0, 5, 10, 6)),
    ];
    for (method, date, team, wkt) in &releases {
        ok(
            &db,
            &[
                "add",
                "release",
                "--method",
                method,
                "--completed-on",
                date,
                "--team",
                team,
                "--geometry",
                wkt,
            ],
        );
    }
    for (t, q, date, disposal, team) in [
        ("M42", "3", "2022-04-01", "destroyed_in_situ", "A"),
        ("BLU-97", "2", "2022-10-01", "pending", "B"),
        ("M77", "4", "2023-01-15", "destroyed_in_situ", "B"),
    ] {
        ok(
            &db,
            &[
                "add",
                "find",
                "--at",
                "0.0005,0.0005",
                "--ordnance-type",
                t,
                "--quantity",
                q,
                "--found-on",
                date,
                "--disposal",
                disposal,
                "--team",
                team,
            ],
        );
    }
    db
}

fn close(what: &str, got: f64, cells: f64) {
    assert!(
        (got - cells * CELL).abs() <= 1e-5 * (cells * CELL).max(CELL),
        "{what}: {got} m², want {cells} cells"
    );
}

/// A rate in m² per day, printed to 0.01, against `cells` over `days`.
fn close_rate(what: &str, per_day: f64, days: f64, cells: f64) {
    let want = cells * CELL / days;
    assert!(
        (per_day - want).abs() <= 0.006 + 1e-5 * want.abs(),
        "{what}: {per_day} m²/day, want {want}"
    );
}

#[test]
fn report_for_2022_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let db = programme(dir.path());
    let json: serde_json::Value = serde_json::from_str(&ok(
        &db,
        &[
            "report",
            "--from",
            "2022-01-01",
            "--to",
            "2022-12-31",
            "--format",
            "json",
        ],
    ))
    .unwrap();
    assert_eq!(json["programme"], "Test programme");
    close(
        "remaining at start",
        json["remaining_start_m2"].as_f64().unwrap(),
        90.0,
    );
    // 90 − 20 − 10 − 10 + 10 new = 60.
    close(
        "remaining at end",
        json["remaining_end_m2"].as_f64().unwrap(),
        60.0,
    );
    close(
        "hazard area added",
        json["hazard_area_added_m2"].as_f64().unwrap(),
        10.0,
    );
    close(
        "cancelled",
        json["released_in_period_m2"]["cancelled"].as_f64().unwrap(),
        20.0,
    );
    close(
        "reduced",
        json["released_in_period_m2"]["reduced"].as_f64().unwrap(),
        10.0,
    );
    close(
        "cleared",
        json["released_in_period_m2"]["cleared"].as_f64().unwrap(),
        10.0,
    );
    assert_eq!(json["new_hazard_areas"], 1);
    assert_eq!(json["releases_completed"], 3);
    let finds: Vec<(String, String, u64)> = json["finds"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["ordnance_type"].as_str().unwrap().to_owned(),
                f["disposal"].as_str().unwrap().to_owned(),
                f["items"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        finds,
        [
            ("BLU-97".into(), "pending".into(), 2),
            ("M42".into(), "destroyed_in_situ".into(), 3)
        ]
    );
    let teams: Vec<(String, u64, f64, u64)> = json["teams"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["team"].as_str().unwrap().to_owned(),
                t["releases"].as_u64().unwrap(),
                (t["released_m2"].as_f64().unwrap() / CELL).round(),
                t["items"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(teams, [("A".into(), 2, 30.0, 3), ("B".into(), 1, 10.0, 2)]);
    assert_eq!(
        json["article7"]["submunitions_destroyed"], 3,
        "pending items are not destroyed"
    );
    let km2 = json["article7"]["contaminated_area_km2"].as_f64().unwrap();
    assert!((km2 - 60.0 * CELL / 1e6).abs() < 1e-6);
    // The estimate at the end of 2022 over 365 days: 90 → 60 cells, net 30 cells a year.
    let e = &json["estimate"];
    close_rate(
        "net",
        e["net_rate_m2_per_day"].as_f64().unwrap(),
        365.0,
        30.0,
    );
    close_rate(
        "release rate",
        e["release_rate_m2_per_day"].as_f64().unwrap(),
        365.0,
        40.0,
    );
    close_rate(
        "new contamination",
        e["new_contamination_m2_per_day"].as_f64().unwrap(),
        365.0,
        10.0,
    );
    // 60 cells at 30 a year: two years, 730 days after 2022-12-31.
    assert_eq!(e["completion_date"], "2024-12-30");
    assert_eq!(e["deadline"], "2024-01-01");
    assert_eq!(e["on_track"], false);

    let md = ok(
        &db,
        &["report", "--from", "2022-01-01", "--to", "2022-12-31"],
    );
    assert!(
        md.starts_with("# Test programme: progress report 2022-01-01 to 2022-12-31"),
        "{md}"
    );
    assert!(
        md.contains(&format!(
            "| Released in the period: cancelled (non-technical survey) | {} | {:.3} |",
            thousands(20.0 * CELL),
            20.0 * CELL / 1e6
        )),
        "{md}"
    );
    assert!(md.contains("| Submunitions destroyed | 3 |"), "{md}");

    let csv = ok(
        &db,
        &[
            "report",
            "--from",
            "2022-01-01",
            "--to",
            "2022-12-31",
            "--format",
            "csv",
        ],
    );
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("section,item,value,unit"));
    assert!(csv.lines().all(|l| l.split(',').count() >= 4), "{csv}");
    assert!(
        csv.contains("article 7,Submunitions destroyed,3,count"),
        "{csv}"
    );
    assert!(csv.contains("estimate,completion,2024-12-30,date"), "{csv}");

    let html_path = dir.path().join("r.html");
    let wrote = ok(
        &db,
        &[
            "report",
            "--from",
            "2022-01-01",
            "--to",
            "2022-12-31",
            "-o",
            html_path.to_str().unwrap(),
        ],
    );
    assert_eq!(wrote, format!("wrote {}\n", html_path.display()));
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(
        html.contains("<svg") && html.contains("Article 4 deadline 2024-01-01"),
        "chart with deadline"
    );
    // Self-contained: nothing fetched from elsewhere (the SVG namespace is a name, not a fetch).
    for needle in ["<script", "src=", "href=", "@import", "url("] {
        assert!(!html.contains(needle), "{needle} in the HTML report");
    }
    assert_eq!(html.matches("http").count(), 1, "only the SVG namespace");
}

fn thousands(v: f64) -> String {
    clearfield::estimate::thousands(v)
}

#[test]
fn estimate_json_has_the_documented_keys() {
    let dir = tempfile::tempdir().unwrap();
    let db = programme(dir.path());
    let v: serde_json::Value =
        serde_json::from_str(&ok(&db, &["estimate", "--as-of", "2022-12-31", "--json"])).unwrap();
    for key in [
        "as_of",
        "remaining_area_m2",
        "window_days",
        "net_rate_m2_per_day",
        "release_rate_m2_per_day",
        "new_contamination_m2_per_day",
        "completion_date",
        "completion_low",
        "completion_high",
        "deadline",
        "on_track",
        "required_rate_m2_per_day",
    ] {
        assert!(v.get(key).is_some(), "{key} missing from {v}");
    }
    assert_eq!(v["window_days"], 365);
    // 60 cells over the 366 days to 2024-01-01.
    close_rate(
        "required",
        v["required_rate_m2_per_day"].as_f64().unwrap(),
        366.0,
        60.0,
    );
    // A 729-day window starts on 2021-01-01, when the big hazard area was recorded: 100
    // cells then, 60 now.
    let w: serde_json::Value = serde_json::from_str(&ok(
        &db,
        &[
            "estimate",
            "--as-of",
            "2022-12-31",
            "--window-days",
            "729",
            "--json",
        ],
    ))
    .unwrap();
    assert_eq!(w["window_days"], 729);
    close_rate(
        "net",
        w["net_rate_m2_per_day"].as_f64().unwrap(),
        729.0,
        40.0,
    );
    // One day longer and the window starts before anything was recorded: remaining grew.
    let w: serde_json::Value = serde_json::from_str(&ok(
        &db,
        &[
            "estimate",
            "--as-of",
            "2022-12-31",
            "--window-days",
            "730",
            "--json",
        ],
    ))
    .unwrap();
    close_rate(
        "net",
        w["net_rate_m2_per_day"].as_f64().unwrap(),
        730.0,
        -60.0,
    );
    assert_eq!(w["completion_date"], serde_json::Value::Null);
    let text = ok(&db, &["estimate", "--as-of", "2022-12-31"]);
    assert!(
        text.contains("Article 4 deadline 2024-01-01 will not be met at this pace"),
        "{text}"
    );
}

#[test]
fn settings_are_shown_and_checked() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.gpkg");
    ok(&db, &["init"]);
    assert_eq!(
        ok(&db, &["settings"]),
        "programme name     (not set)\nArticle 4 deadline (not set)\nclosure tolerance  1:100 (default)\n"
    );
    let out = run(&db, &["settings", "--deadline", "2026-02-30"]);
    assert!(!out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "clearfield: --deadline \"2026-02-30\": is not a calendar date (no such day)\n"
    );
    assert_eq!(
        ok(
            &db,
            &["settings", "--name", "Lebanon", "--deadline", "2026-05-01"]
        ),
        "programme name     Lebanon\nArticle 4 deadline 2026-05-01\nclosure tolerance  1:100 (default)\n"
    );
    let out = run(
        &db,
        &["report", "--from", "2023-01-01", "--to", "2022-01-01"],
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "clearfield: --from 2023-01-01 is after --to 2022-01-01\n"
    );
}

/// The `d` of the report chart's remaining-area line (the red path).
fn remaining_path(html: &str) -> String {
    let end = html
        .find("\" fill=\"none\" stroke=\"#FF0000\"")
        .expect("the red path");
    let start = html[..end].rfind("<path d=\"").unwrap() + "<path d=\"".len();
    html[start..end].to_owned()
}

/// Issue #12 §6: one hazard area recorded in 2024 and nothing released is a step (up on the
/// day it was recorded, level to the end of the period), not a slope from zero.
#[test]
fn the_chart_of_one_hazard_area_is_a_step() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("one.gpkg");
    ok(&db, &["init"]);
    let html_of = |db: &Path, name: &str| {
        let out = dir.path().join(name);
        ok(
            db,
            &[
                "report",
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31",
                "-o",
                out.to_str().unwrap(),
            ],
        );
        std::fs::read_to_string(out).unwrap()
    };
    // Nothing recorded: a level line at zero over the period. The chart (880 × 380, plot from
    // x 70 to 860 and y 20 to 330) spans 2024-01-01 to 30 days after the period's end,
    // 2025-01-30: 395 days over 790 px, 2 px a day, so 2024-12-31 (day 365) is at x 800.
    assert_eq!(
        remaining_path(&html_of(&db, "empty.html")),
        "M70.0,330.0 H800.0"
    );
    ok(
        &db,
        &[
            "add",
            "hazard",
            "--name",
            "Only",
            "--classification",
            "CHA",
            "--surveyed-on",
            "2024-03-01",
            "--geometry",
            &rect(0, 0, 10, 10),
        ],
    );
    // The same span (no completion date: the area grew over the window). 2024-03-01 is day
    // 60 of the leap year 2024, x = 70 + 2·60 = 190. The top of the scale is 1.1 times the
    // largest remaining area, so the area itself is at y = 20 + 310·(1 − 1/1.1) = 48.18.
    assert_eq!(
        remaining_path(&html_of(&db, "one.html")),
        "M70.0,330.0 H190.0 V48.2 H800.0"
    );
}

/// `report ARGS` for 2022 on `db` in `lang`.
fn report_in(db: &Path, lang: &str, format: &str) -> String {
    ok(
        db,
        &[
            "--lang",
            lang,
            "report",
            "--from",
            "2022-01-01",
            "--to",
            "2022-12-31",
            "--format",
            format,
        ],
    )
}

/// Regression (issue #15): the English report is byte for byte what it was before its words
/// came from the catalogue (tests/data/report_en, written by the binary of commit 2581ca8;
/// the HTML with `dir="ltr"` added since).
#[test]
fn english_report_is_as_before_the_catalogues() {
    let dir = tempfile::tempdir().unwrap();
    let db = programme(dir.path());
    for (format, want) in [
        ("md", include_str!("data/report_en/2022.md")),
        ("html", include_str!("data/report_en/2022.html")),
        ("csv", include_str!("data/report_en/2022.csv")),
        ("json", include_str!("data/report_en/2022.json")),
    ] {
        assert_eq!(report_in(&db, "en", format), want, "{format}");
        // Without --lang (and without LANG, common::run removes it): English.
        let default = ok(
            &db,
            &[
                "report",
                "--from",
                "2022-01-01",
                "--to",
                "2022-12-31",
                "--format",
                format,
            ],
        );
        assert_eq!(default, want, "{format} without --lang");
    }
}

#[test]
fn csv_and_json_reports_are_the_same_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = programme(dir.path());
    for format in ["csv", "json"] {
        let english = report_in(&db, "en", format);
        for lang in ["ar", "ka", "ru"] {
            assert_eq!(report_in(&db, lang, format), english, "{lang} {format}");
        }
    }
}

#[test]
fn arabic_html_report_is_right_to_left_with_arabic_headings() {
    let dir = tempfile::tempdir().unwrap();
    let db = programme(dir.path());
    let html = report_in(&db, "ar", "html");
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">"),
        "{html}"
    );
    for heading in [
        "<h2>الأراضي</h2>",
        "<h2>المساحة المتبقية عبر الزمن</h2>",
        "<h2>تقدير الإنجاز</h2>",
        "<h2>المعثورات</h2>",
        "<h2>الفرق</h2>",
        "<h2>ملخص المادة 7</h2>",
    ] {
        assert!(html.contains(heading), "{heading} not in\n{html}");
    }
    // The title: the programme's Latin name and the Levantine dates each isolated (FSI …
    // PDI) so that the bidi algorithm keeps them in place in the Arabic sentence.
    assert!(
        html.contains(
            "<h1>\u{2068}Test programme\u{2069}: تقرير التقدم من \u{2068}1 كانون الثاني 2022\u{2069} \
             إلى \u{2068}31 كانون الأول 2022\u{2069}</h1>"
        ),
        "{html}"
    );
    // IMAS terms for the methods; Latin digits kept, as on Lebanese maps and forms.
    assert!(
        html.contains("<td>المحرَّر خلال الفترة: \u{2068}ملغاة (المسح غير التقني)\u{2069}</td><td class=n>246,181</td>"),
        "{html}"
    );
    assert!(html.contains("المسح التقني"), "{html}");
    // Text starts on the right; the chart's time axis still runs left to right.
    assert!(html.contains("text-align:right}"), "{html}");
    assert!(html.contains("direction=\"ltr\""), "{html}");
}

#[test]
fn georgian_markdown_report_has_georgian_headings_and_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let db = programme(dir.path());
    let md = report_in(&db, "ka", "md");
    assert!(
        md.starts_with(
            "# Test programme: პროგრესის ანგარიში, 1 იანვარი 2022 – 31 დეკემბერი 2022\n"
        ),
        "{md}"
    );
    for heading in [
        "\n## მიწა\n",
        "\n## აღმოჩენები\n",
        "\n## ჯგუფები\n",
        "\n## დასრულების პროგნოზი\n",
        "\n## მე-7 მუხლის შეჯამება\n",
    ] {
        assert!(md.contains(heading), "{heading:?} not in\n{md}");
    }
    // 90 cells of 12 309.072 m² = 1 107 816.48 m²: CLDR ka groups with a no-break space and
    // marks decimals with a comma.
    assert!(
        md.contains(
            "| დარჩენილი პერიოდის დასაწყისში (1 იანვარი 2022) | 1\u{a0}107\u{a0}816 | 1,108 |"
        ),
        "{md}"
    );
    assert!(md.contains("| განადგურებული ქვეჭურვები | 3 |"), "{md}");
}

#[test]
fn russian_report_counts_in_russian_plurals() {
    let dir = tempfile::tempdir().unwrap();
    let db = programme(dir.path());
    let md = report_in(&db, "ru", "md");
    // One hazard area recorded (CLDR one), three releases (CLDR few).
    assert!(
        md.contains("За период учтён 1 опасный район и завершено 3 высвобождения."),
        "{md}"
    );
    // The statement's window: 365 is "many" in Russian.
    assert!(md.contains("За последние 365 дней"), "{md}");
}

/// The English words of en.ftl's messages: each text run of three letters or more,
/// from the catalogue parsed on its own (fluent-syntax).
fn english_runs() -> Vec<String> {
    use fluent_syntax::ast;
    let source = clearfield::i18n::Language::En.catalogue();
    let resource = fluent_syntax::parser::parse(source).unwrap();
    let mut runs = Vec::new();
    fn walk(p: &ast::Pattern<&str>, runs: &mut Vec<String>) {
        for e in &p.elements {
            match e {
                ast::PatternElement::TextElement { value } => {
                    let v = value.trim();
                    if v.split(|c: char| !c.is_ascii_alphabetic())
                        .any(|w| w.len() >= 3)
                    {
                        runs.push(v.to_owned());
                    }
                }
                ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { variants, .. },
                } => {
                    for v in variants {
                        walk(&v.value, runs);
                    }
                }
                _ => {}
            }
        }
    }
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry
            && let Some(p) = &m.value
        {
            walk(p, &mut runs);
        }
    }
    runs
}

/// Whatever is left of `text` once the data's own words (names, codes) and, in HTML, the
/// markup are taken out: it should hold no English.
fn without_data(text: &str) -> String {
    let mut t = text.to_owned();
    if let (Some(a), Some(b)) = (t.find("<style>"), t.find("</style>")) {
        t.replace_range(a..b, "");
    }
    // Tags and entities.
    let mut out = String::new();
    let mut in_tag = false;
    for c in t.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    for data in [
        "Test programme",
        "BLU-97",
        "M42",
        "submunition",
        "pending",
        "destroyed_in_situ",
        "&amp;",
        "DOCTYPE",
    ] {
        out = out.replace(data, "");
    }
    out
}

#[test]
fn reports_in_every_language_hold_no_english() {
    let dir = tempfile::tempdir().unwrap();
    let db = programme(dir.path());
    let runs = english_runs();
    // The reader finds the report's sentences.
    assert!(
        runs.iter().any(|r| r == "Released in the period:"),
        "{runs:?}"
    );
    for lang in ["ar", "ka", "ru"] {
        for format in ["md", "html"] {
            let text = report_in(&db, lang, format);
            let left = without_data(&text);
            for run in &runs {
                assert!(
                    !left.contains(run.as_str()),
                    "{lang} {format}: {run:?} in\n{text}"
                );
            }
            // No English word at all (three ASCII letters or more) but the data's.
            let word = left
                .split(|c: char| !c.is_ascii_alphabetic())
                .find(|w| w.len() >= 3);
            assert_eq!(word, None, "{lang} {format}:\n{left}");
        }
    }
}

/// A release without a team is "not recorded" in the report, in the report's language
/// (the JSON keeps the English words, as before).
#[test]
fn a_team_not_recorded_is_said_in_the_reports_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.gpkg");
    ok(&db, &["init"]);
    ok(
        &db,
        &[
            "add",
            "hazard",
            "--name",
            "Big",
            "--classification",
            "CHA",
            "--surveyed-on",
            "2021-01-01",
            "--geometry",
            &rect(0, 0, 10, 10),
        ],
    );
    ok(
        &db,
        &[
            "add",
            "release",
            "--method",
            "cleared",
            "--completed-on",
            "2022-05-01",
            "--geometry",
            &rect(0, 0, 10, 1),
        ],
    );
    // 10 cells of 12 309.072 m² = 123 090.72 m².
    let md = |lang: &str| report_in(&db, lang, "md");
    assert!(
        md("en").contains("| not recorded | 1 | 123,091 | 0 | 0 |"),
        "{}",
        md("en")
    );
    assert!(
        md("ru").contains("| не указано | 1 | 123\u{a0}091 | 0 | 0 |"),
        "{}",
        md("ru")
    );
    assert!(
        md("ar").contains("| غير مسجل | 1 | 123,091 | 0 | 0 |"),
        "{}",
        md("ar")
    );
    let json: serde_json::Value = serde_json::from_str(&report_in(&db, "ka", "json")).unwrap();
    assert_eq!(json["teams"][0]["team"], "not recorded");
}
