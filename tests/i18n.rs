//! Issue #15: the catalogues (every key in every language, with the same variables), and
//! the command line in each language: `status` and the estimate's headline translated,
//! English exactly as it was, the language from `--lang` or the environment.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use clearfield::i18n::Language;
use fluent_syntax::ast;

/// Each message's variables (`$name`), by key, from the catalogue's syntax tree.
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(language.catalogue())
        .unwrap_or_else(|(_, errors)| panic!("{}.ftl: {errors:?}", language.tag()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut vars);
                }
                assert!(
                    out.insert(m.id.name.to_owned(), vars).is_none(),
                    "{}.ftl: {} twice",
                    language.tag(),
                    m.id.name
                );
            }
            ast::Entry::Junk { content } => {
                panic!("{}.ftl: cannot parse {content:?}", language.tag())
            }
            ast::Entry::Term(t) => {
                panic!("{}.ftl: term -{} not expected", language.tag(), t.id.name)
            }
            _ => {}
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for v in variants {
                pattern_vars(&v.value, vars);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, vars),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, vars);
            }
            for a in &arguments.named {
                inline_vars(&a.value, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn every_key_is_in_every_catalogue_with_the_same_variables() {
    let english = messages(Language::En);
    assert!(english.len() > 60, "{}", english.len());
    // Spot checks of the reader itself: a plain message, one with two variables.
    assert!(english["status-remaining"].is_empty());
    assert_eq!(
        english["status-title"],
        BTreeSet::from(["date".to_owned(), "file".to_owned()])
    );
    for language in [Language::Ar, Language::Ka, Language::Ru] {
        let translated = messages(language);
        let tag = language.tag();
        for (key, vars) in &english {
            let Some(got) = translated.get(key) else {
                panic!("{tag}.ftl lacks {key}");
            };
            assert_eq!(got, vars, "{tag}.ftl {key}: variables");
        }
        for key in translated.keys() {
            assert!(
                english.contains_key(key),
                "{tag}.ftl: {key} is not in en.ftl"
            );
        }
    }
}

#[test]
fn every_translation_says_it_awaits_review_and_how_to_send_corrections() {
    for language in [Language::Ar, Language::Ka, Language::Ru] {
        let head: String = language
            .catalogue()
            .lines()
            .take(15)
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            head.contains("translation awaiting review by native speakers in the field"),
            "{}",
            language.tag()
        );
        assert!(head.contains("README"), "{}", language.tag());
    }
}

/// The file of tests/cli.rs's status test: a hazard area of 206 634.996 m² (pyproj), a
/// clearance of 41 327.464 m² of it on 2024-05-01, a find of 3 items, the Article 4
/// deadline 2026-03-01. Its hazard area's id.
fn programme(db: &std::path::Path) -> String {
    common::ok(db, &["init"]);
    let out = common::ok(
        db,
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
            "POLYGON((35.58 33.28, 35.585 33.28, 35.585 33.284, 35.58 33.284, 35.58 33.28))",
        ],
    );
    let hazard = common::first_id(&out);
    common::ok(
        db,
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
    common::ok(
        db,
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
    common::ok(db, &["settings", "--deadline", "2026-03-01"]);
    hazard
}

/// `clearfield ARGS` on `db` with the environment's language variables set to `env`
/// (and the others removed).
fn with_env(db: &std::path::Path, env: &[(&str, &str)], args: &[&str]) -> String {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_clearfield"));
    cmd.arg("--db").arg(db).args(args);
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "CLEARFIELD_DB"] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied());
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// English is byte for byte what `status` printed before the catalogues (the output of
/// commit 052b998's binary on this file, pasted).
#[test]
fn english_status_and_headline_are_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    let hazard = programme(&db);
    let text = common::ok(&db, &["status", "--as-of", "2024-06-01", "--by", "region"]);
    let want = format!(
        "Status on 2024-06-01 ({})
                                       m²          km²
  hazard area                      206635        0.207
  remaining                        165308        0.165
  released                          41327        0.041
    cancelled (NTS)                     0        0.000
    reduced (TS)                        0        0.000
    cleared                         41327        0.041
  hazard areas recorded        1
  land releases                1
  ordnance finds               1 (3 items)

  region                     areas        hazard m²     remaining m²
  Marjayoun                      1           206635           165308
",
        db.display()
    );
    assert_eq!(text, want);
    let text = common::ok(&db, &["status", "--as-of", "2024-06-01", "--by", "hazard"]);
    let tail = format!(
        "
  hazard area                          name                            area m²   remaining m²
  {hazard} K                                206635         165308
  (each hazard area's own figures; where hazard areas overlap, the land is in each row)
"
    );
    assert!(text.ends_with(&tail), "{text}");
    // Remaining 165 307.532 m² = 16.5 ha; 41 327.464 m² over 365 days = 113 m²/day; the
    // deadline needs 165 307.532 m² in the 638 days from 2024-06-01 to 2026-03-01 = 259.1
    // m²/day; at 113 m²/day the 1 460 days end on 2028-05-31.
    let estimate = common::ok(&db, &["estimate", "--as-of", "2024-06-01"]);
    assert_eq!(
        estimate.lines().next().unwrap(),
        "Not on track for the deadline 1 March 2026: 16.5 ha remain, at this pace clearance \
         ends on 31 May 2028, and meeting it needs 259 m²/day; over the last 12 months \
         releases came at 113 m²/day and no new contamination was recorded."
    );
}

/// Whether `text` shows a key of en.ftl (a message that was not found anywhere).
fn shows_a_key(text: &str) -> Option<String> {
    messages(Language::En)
        .into_keys()
        .filter(|k| k.contains('-'))
        .find(|k| text.contains(k.as_str()))
}

#[test]
fn status_and_the_headline_in_arabic_georgian_and_russian() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    programme(&db);
    let status = |lang: &str| {
        common::ok(
            &db,
            &[
                "--lang",
                lang,
                "status",
                "--as-of",
                "2024-06-01",
                "--by",
                "region",
            ],
        )
    };
    let headline = |lang: &str| {
        common::ok(&db, &["--lang", lang, "estimate", "--as-of", "2024-06-01"])
            .lines()
            .next()
            .unwrap()
            .to_owned()
    };
    // A row of the table: the label padded to 22 characters, as the English rows are.
    let row = |label: &str, m2: &str, km2: &str| format!("  {label:<22} {m2:>16} {km2:>12}\n");
    let cases = [
        (
            "ar",
            vec![
                "الوضع في 2024-06-01".to_owned(),
                row("المتبقي", "165308", "0.165"),
                row("  مطهّرة", "41327", "0.041"),
                "(عدد القطع: 3)".to_owned(),
                "المنطقة الإدارية".to_owned(),
            ],
            vec![
                "ليس على المسار الصحيح للموعد النهائي 1 آذار 2026",
                "يتبقى 16.5 هكتار",
                "ينتهي التطهير في 31 أيار 2028",
                "259 م²/يوم",
            ],
        ),
        (
            "ka",
            vec![
                "მდგომარეობა, 2024-06-01".to_owned(),
                row("დარჩენილი", "165308", "0,165"),
                row("  გაწმენდილი", "41327", "0,041"),
                "(3 ერთეული)".to_owned(),
            ],
            vec![
                "ვადა (1 მარტი 2026) არ იქნება დაცული",
                "რჩება 16,5 ჰა",
                "დასრულდება 31 მაისი 2028",
                "113 მ²/დღე",
            ],
        ),
        (
            "ru",
            vec![
                "Состояние на 2024-06-01".to_owned(),
                row("остаётся", "165308", "0,165"),
                row("  очищено", "41327", "0,041"),
                // CLDR: 3 is "few" in Russian.
                "(3 предмета)".to_owned(),
            ],
            vec![
                "Срок 1 марта 2026 не будет соблюдён",
                "осталось 16,5 га",
                "очистка завершится 31 мая 2028",
                "нужно 259 м²/сут",
                "за последние 12 месяцев",
            ],
        ),
    ];
    for (lang, status_words, headline_words) in cases {
        let text = status(lang);
        for w in &status_words {
            assert!(text.contains(w.as_str()), "{lang}: {w:?} not in\n{text}");
        }
        let line = headline(lang);
        for w in headline_words {
            assert!(line.contains(w), "{lang}: {w:?} not in\n{line}");
        }
        let by_hazard = common::ok(
            &db,
            &[
                "--lang",
                lang,
                "status",
                "--as-of",
                "2024-06-01",
                "--by",
                "hazard",
            ],
        );
        for shown in [&text, &line, &by_hazard] {
            assert_eq!(shows_a_key(shown), None, "{lang}:\n{shown}");
            for english in [
                "remaining",
                "hazard area",
                "cleared",
                "items",
                "remain",
                "deadline",
                "each hazard",
                "name",
            ] {
                assert!(!shown.contains(english), "{lang}: {english:?} in\n{shown}");
            }
            assert!(
                !shown.contains(['\u{2068}', '\u{2069}']),
                "{lang}: {shown:?}"
            );
        }
    }
}

#[test]
fn the_language_comes_from_the_environment_unless_lang_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    programme(&db);
    let args = ["status", "--as-of", "2024-06-01"];
    let first = |env: &[(&str, &str)], extra: &[&str]| {
        let mut all: Vec<&str> = extra.to_vec();
        all.extend(args);
        with_env(&db, env, &all).lines().next().unwrap().to_owned()
    };
    assert_eq!(
        first(&[("LANG", "ru_RU.UTF-8")], &[]),
        format!("Состояние на 2024-06-01 ({})", db.display())
    );
    assert!(
        first(
            &[("LC_MESSAGES", "ka_GE.UTF-8"), ("LANG", "ru_RU.UTF-8")],
            &[]
        )
        .starts_with("მდგომარეობა")
    );
    assert!(
        first(&[("LC_ALL", "ar_LB.UTF-8"), ("LANG", "ru_RU.UTF-8")], &[]).starts_with("الوضع في")
    );
    // LC_ALL=C means English, whatever LANG says; so does a language without a catalogue.
    assert!(first(&[("LC_ALL", "C"), ("LANG", "ru_RU.UTF-8")], &[]).starts_with("Status on"));
    assert!(first(&[("LANG", "fr_FR.UTF-8")], &[]).starts_with("Status on"));
    assert!(first(&[], &[]).starts_with("Status on"));
    // --lang wins over the environment.
    assert!(first(&[("LANG", "ru_RU.UTF-8")], &["--lang", "en"]).starts_with("Status on"));
    // JSON is the same in every language.
    let json = |lang: &str| {
        with_env(
            &db,
            &[],
            &["--lang", lang, "status", "--json", "--as-of", "2024-06-01"],
        )
    };
    let english = json("en");
    for lang in ["ar", "ka", "ru"] {
        assert_eq!(json(lang), english, "{lang}");
    }
}

#[test]
fn an_unknown_lang_is_refused_naming_the_choices() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    let out = common::run(&db, &["--lang", "fr", "status"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("[possible values: en, ar, ka, ru]"), "{err}");
}

/// What `line` shows outside the catalogue's messages: the words outside ⟦ … ⟧, less
/// UUIDs, paths in the temporary `folder` and `data` (names and codes from the records). Panics when
/// the marks do not pair up on the line.
fn outside_the_catalogue(line: &str, folder: &str, data: &[&str]) -> Vec<String> {
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in line.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth = depth.checked_sub(1).expect("⟧ without ⟦"),
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    assert_eq!(depth, 0, "⟦ without ⟧ in {line:?}");
    outside
        .split(|c: char| c.is_whitespace() || "|(),:;\"'`".contains(c))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .filter(|w| !w.starts_with(folder))
        .filter(|w| uuid::Uuid::parse_str(w).is_err() && !data.contains(w))
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_pseudo_language_wraps_every_message() {
    let m = clearfield::i18n::Messages::with_catalogue(
        Language::En,
        &common::pseudo_catalogue("⟦", "⟧"),
    );
    // Every message of en.ftl survived the round trip through the syntax tree.
    for key in messages(Language::En).keys() {
        assert!(m.has(key), "{key}");
    }
    assert_eq!(m.text("status-remaining", &[]), "⟦remaining⟧");
    assert_eq!(
        m.text("count-hazard-area", &[("count", 2u32.into())]),
        "⟦2 hazard areas⟧"
    );
    // The reader itself: text outside the marks is found, data and ids are not.
    let id = "3f2b1c4e-9d7a-4e21-8b6f-0a1b2c3d4e5f";
    assert_eq!(
        outside_the_catalogue(
            &format!("⟦added {id}⟧ Marjayoun but"),
            "/tmp/x",
            &["Marjayoun"]
        ),
        ["but"]
    );
    assert_eq!(
        outside_the_catalogue(&format!("{id} in /tmp/x/a.gpkg"), "/tmp/x", &[]),
        ["in"]
    );
}

/// Issue #15: the pseudo-language test. The commands converted to the catalogue run in
/// this process (`cli::run_with`) speaking the pseudo-language; every line they print,
/// and the first line of an error they return, is the catalogue's text (⟦ … ⟧) but for
/// numbers, ids, paths and the records' own names and codes. A string written in the
/// code instead of the catalogue shows as a word outside the marks. (What a message
/// takes as an argument is inside its marks: the library's own English, such as a
/// record's problems, is not caught here.)
#[test]
fn the_translated_commands_say_nothing_outside_the_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().display().to_string();
    let db = dir.path().join("t.gpkg");
    let other = dir.path().join("b.gpkg");
    let msgs = clearfield::i18n::Messages::with_catalogue(
        Language::En,
        &common::pseudo_catalogue("⟦", "⟧"),
    );
    let run = |file: &std::path::Path, args: &[&str]| -> Result<String, String> {
        let mut all: Vec<std::ffi::OsString> = vec!["clearfield".into(), "--db".into()];
        all.push(file.into());
        all.extend(["--user", "tester"].iter().map(Into::into));
        all.extend(args.iter().map(Into::into));
        let mut out = Vec::new();
        match clearfield::cli::run_with(all, &msgs, &mut out) {
            Ok(_) => Ok(String::from_utf8(out).unwrap()),
            Err(e) => Err(e.to_string()),
        }
    };
    let ok = |file: &std::path::Path, args: &[&str]| {
        run(file, args).unwrap_or_else(|e| panic!("{args:?}: {e}"))
    };
    let data = [
        "K",
        "K2",
        "Marjayoun",
        "CHA",
        "cleared",
        "M77",
        "submunition",
        "pending",
        "true",
        // A traverse's point kinds and bearing references, as stored.
        "start",
        "turning",
        "end",
        "grid",
        "magnetic",
        "E",
    ];
    let mut said: Vec<(String, String)> = Vec::new();
    let mut say = |what: &str, text: String| said.push((what.to_owned(), text));

    say("init", ok(&db, &["init"]));
    let added = ok(
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
            "POLYGON((35.58 33.28, 35.585 33.28, 35.585 33.284, 35.58 33.284, 35.58 33.28))",
        ],
    );
    let hazard = common::first_id(&added);
    say("add hazard", added);
    say(
        "add release",
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
        ),
    );
    let find = ok(
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
            "--disposal",
            "pending",
        ],
    );
    let find_id = common::first_id(&find);
    say("add find", find);
    say("edit", ok(&db, &["edit", &hazard, "--name", "K2"]));
    say(
        "edit, no change",
        ok(&db, &["edit", &hazard, "--name", "K2"]),
    );
    for by in ["region", "hazard"] {
        say(
            "status",
            ok(&db, &["status", "--as-of", "2024-06-01", "--by", by]),
        );
    }
    say("estimate", ok(&db, &["estimate", "--as-of", "2024-06-01"]));
    say(
        "settings",
        ok(&db, &["settings", "--deadline", "2026-03-01"]),
    );
    say("conflicts, none", ok(&db, &["conflicts"]));
    say("list", ok(&db, &["list"]));
    let log = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/receiver.nmea");
    say("gps", ok(&db, &["gps", "--replay", log]));
    say(
        "gps, log short",
        ok(&db, &["gps", "--replay", log, "--fixes", "50"]),
    );
    say("photos, none", ok(&db, &["photos", &hazard]));
    say(
        "estimate with a deadline",
        ok(&db, &["estimate", "--as-of", "2024-06-01"]),
    );
    say(
        "report",
        ok(
            &db,
            &["report", "--from", "2024-01-01", "--to", "2024-12-31"],
        ),
    );
    let html = dir.path().join("r.html");
    say(
        "report -o",
        ok(
            &db,
            &[
                "report",
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31",
                "-o",
                html.to_str().unwrap(),
            ],
        ),
    );
    say("check", ok(&db, &["check"]));
    say("backup", ok(&db, &["backup", other.to_str().unwrap()]));
    say(
        "edit the backup",
        ok(&other, &["edit", &hazard, "--name", "K"]),
    );
    say("merge", ok(&db, &["merge", other.to_str().unwrap()]));
    say(
        "merge --dry-run",
        ok(&db, &["merge", "--dry-run", other.to_str().unwrap()]),
    );
    let geojson = dir.path().join("all.geojson");
    say("export", ok(&db, &["export", geojson.to_str().unwrap()]));
    let gpx = dir.path().join("all.gpx");
    say("export gpx", ok(&db, &["export", gpx.to_str().unwrap()]));
    say("import", ok(&db, &["import", geojson.to_str().unwrap()]));
    say("delete", ok(&db, &["delete", &find_id]));
    say("restore", ok(&db, &["restore", other.to_str().unwrap()]));
    // Errors the command line writes itself.
    say("edit, nothing", run(&db, &["edit", &hazard]).unwrap_err());
    say(
        "delete, not an id",
        run(&db, &["delete", "nope"]).unwrap_err(),
    );
    say(
        "report onto the database",
        run(
            &db,
            &[
                "report",
                "--from",
                "2024-01-01",
                "--to",
                "2024-12-31",
                "-o",
                db.to_str().unwrap(),
            ],
        )
        .unwrap_err(),
    );

    for (what, text) in &said {
        assert!(
            text.contains('⟦'),
            "{what}: nothing from the catalogue in {text:?}"
        );
        for line in text.lines() {
            let words = outside_the_catalogue(line, &folder, &data);
            assert!(
                words.is_empty(),
                "{what}: {words:?} not from the catalogue in {line:?}"
            );
        }
    }
}

#[test]
fn record_counts_follow_each_languages_plural_rules() {
    use clearfield::i18n::Messages;
    let count = |m: &Messages, key: &str, n: u32| m.text(key, &[("count", n.into())]);
    let ru = Messages::new(Language::Ru);
    // CLDR ru: one 1, 21; few 2..4, 22; many 5..20, 11, 0.
    for (n, want) in [
        (1, "1 опасный район"),
        (2, "2 опасных района"),
        (5, "5 опасных районов"),
        (11, "11 опасных районов"),
        (21, "21 опасный район"),
        (0, "0 опасных районов"),
    ] {
        assert_eq!(count(&ru, "count-hazard-area", n), want);
    }
    assert_eq!(count(&ru, "count-records", 3), "3 записи");
    assert_eq!(
        count(&ru, "cli-problems-found", 2),
        "найдено 2 проблемы; ничего не изменено"
    );
    // English keeps its words as they were: "1 hazard area", "2 hazard areas",
    // "problem(s)".
    let en = Messages::english();
    assert_eq!(count(en, "count-hazard-area", 1), "1 hazard area");
    assert_eq!(count(en, "count-hazard-area", 0), "0 hazard areas");
    assert_eq!(
        count(en, "cli-problems-found", 1),
        "1 problem(s) found; nothing was changed"
    );
    // Georgian: the noun stays singular after a number; Arabic: a count after a colon,
    // no plural selection (intl_pluralrules' defect from 100 on).
    assert_eq!(
        count(&Messages::new(Language::Ka), "count-hazard-area", 5),
        "5 საშიში ტერიტორია"
    );
    assert_eq!(
        count(&Messages::new(Language::Ar), "count-hazard-area", 103),
        "المناطق الخطرة: 103"
    );
}

#[test]
fn result_lines_in_arabic_georgian_and_russian() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    let hazard = programme(&db);
    let geojson = dir.path().join("all.geojson");
    let path = geojson.to_str().unwrap();
    let backup = dir.path().join("b.gpkg");
    let text = common::ok(&db, &["--lang", "ru", "export", path]);
    assert_eq!(
        text,
        format!("экспортировано в {path}: 1 опасный район, 1 высвобождение, 1 находка\n")
    );
    let text = common::ok(&db, &["--lang", "ru", "import", path]);
    assert_eq!(
        text,
        format!(
            "импортировано из {path}: 0 опасных районов, 0 высвобождений, 0 находок; \
             уже было без изменений: 3\n"
        )
    );
    let text = common::ok(&db, &["--lang", "ar", "check"]);
    assert!(text.starts_with("تم فحص "), "{text}");
    assert!(text.ends_with("\nلم يتم العثور على مشاكل\n"), "{text}");
    let text = common::ok(&db, &["--lang", "ka", "edit", &hazard, "--name", "K"]);
    assert_eq!(
        text,
        format!("საშიში ტერიტორია {hazard}: ცვლილება არ არის\n")
    );
    let text = common::ok(&db, &["--lang", "ka", "backup", backup.to_str().unwrap()]);
    assert_eq!(
        text,
        format!(
            "{}-ის სარეზერვო ასლი ჩაიწერა: {}\n",
            db.display(),
            backup.display()
        )
    );
    let text = common::ok(&db, &["--lang", "ar", "merge", backup.to_str().unwrap()]);
    assert!(
        text.starts_with(&format!(
            "تم دمج {}: استُلم (الإصدارات: 0)؛ أُضيف (السجلات: 0)، عُدّل: 0، حُذف: 0؛ في تعارض: 0",
            backup.display()
        )),
        "{text}"
    );
    // An error the command line writes itself, on standard error.
    let out = common::run(&db, &["--lang", "ru", "edit", &hazard]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "clearfield: нечего менять: укажите --FIELD VALUE или --geometry (см. `clearfield edit --help`)\n"
    );
}

/// English `estimate` is byte for byte what it printed before its figures came from the
/// catalogue (the output of commit 2581ca8's binary on this file, pasted).
#[test]
fn english_estimate_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    programme(&db);
    let figures = "
Estimate on 2024-06-01 (pace over the last 365 days)
  remaining                        165,308 m²  (0.165 km²)
  net reduction                        113 m² per day
  released                             113 m² per day
  new contamination                      0 m² per day
  completion                    2028-05-31
  80 % interval             from 2026-02-04, with no latest date
";
    let statement = "Remaining on 2024-06-01: 0.165 km². Over the last 365 days the remaining \
        area fell by 113 m² per day net (released 113 m² per day, new contamination recorded 0 \
        m² per day). At this pace clearance would be complete on 2028-05-31 (80 % interval \
        from 2026-02-04, with no latest date: at the slow end of the range clearance does not \
        end).";
    let want = format!(
        "Not on track for the deadline 1 March 2026: 16.5 ha remain, at this pace clearance \
         ends on 31 May 2028, and meeting it needs 259 m²/day; over the last 12 months \
         releases came at 113 m²/day and no new contamination was recorded.
{figures}  Article 4 deadline            2026-03-01
  on track                              no
  pace needed                          259 m² per day
                                      2.29 × the current pace

{statement} The Article 4 deadline 2026-03-01 will not be met at this pace: it needs 259 m² \
         per day, 2.29 times the current pace.
"
    );
    assert_eq!(
        common::ok(&db, &["estimate", "--as-of", "2024-06-01"]),
        want
    );
    common::ok(&db, &["settings", "--deadline", "2030-03-01"]);
    let want = format!(
        "On track for the deadline 1 March 2030: 16.5 ha remain, at this pace clearance ends \
         on 31 May 2028; over the last 12 months releases came at 113 m²/day and no new \
         contamination was recorded.
{figures}  Article 4 deadline            2030-03-01
  on track                             yes
  pace needed                           79 m² per day
                                      0.70 × the current pace

{statement} The Article 4 deadline 2030-03-01 is on track.
"
    );
    assert_eq!(
        common::ok(&db, &["estimate", "--as-of", "2024-06-01"]),
        want
    );
}

#[test]
fn estimate_figures_in_russian_and_georgian() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    programme(&db);
    let ru = common::ok(&db, &["--lang", "ru", "estimate", "--as-of", "2024-06-01"]);
    // A figure's row: the label padded to 26 characters, the value after it, as in English.
    let row = |label: &str, value: &str| format!("  {label:<26}{value}\n");
    for line in [
        "Прогноз на 1 июня 2024 (темп за последние 365 дней)\n".to_owned(),
        row("остаётся", "       165\u{a0}308 м²  (0,165 км²)"),
        row("сокращение нетто", "           113 м² в сутки"),
        row("Срок по статье 4", "  1 марта 2026"),
        row("в срок", "           нет"),
        row("", "          2,29 × нынешнего темпа"),
        "Остаётся на 1 июня 2024: 0,165 км². За последние 365 дней".to_owned(),
    ] {
        assert!(ru.contains(&line), "{line:?} not in\n{ru}");
    }
    let ka = common::ok(&db, &["--lang", "ka", "estimate", "--as-of", "2024-06-01"]);
    assert!(
        ka.contains(&row(
            "80 %-იანი ინტერვალი",
            "4 თებერვალი 2026-დან, ბოლო თარიღის გარეშე"
        )),
        "{ka}"
    );
}

/// Every command and option of the clap tree, as the help keys name them: (key, English
/// help) for `help-cmd-PATH` and `help-arg-PATH-ID` (`help-arg-ID` for the global ones).
fn help_texts() -> BTreeMap<String, String> {
    fn walk(c: &clap::Command, path: &str, out: &mut BTreeMap<String, String>) {
        let key = if path.is_empty() {
            "help-cmd".to_owned()
        } else {
            format!("help-cmd-{path}")
        };
        if let Some(about) = c.get_about() {
            out.insert(key, about.to_string().replace('\n', " "));
        }
        for arg in c.get_arguments() {
            let id = arg.get_id().to_string();
            let key = if path.is_empty() || ["db", "user", "lang"].contains(&id.as_str()) {
                format!("help-arg-{id}")
            } else {
                format!("help-arg-{path}-{id}")
            };
            if let Some(help) = arg.get_help() {
                out.insert(key, help.to_string().replace('\n', " "));
            }
        }
        for s in c.get_subcommands() {
            let sub = if path.is_empty() {
                s.get_name().to_owned()
            } else {
                format!("{path}-{}", s.get_name())
            };
            walk(s, &sub, out);
        }
    }
    let mut out = BTreeMap::new();
    walk(&clearfield::cli::command(), "", &mut out);
    out
}

/// The English help in en.ftl is the program's own (its doc comments), so translators
/// translate what the program says; and each help key names a real command or option.
#[test]
fn english_help_keys_are_the_programs_own_help() {
    let program = help_texts();
    let english = clearfield::i18n::Messages::english();
    // clap's own words, not the program's.
    let headings = [
        "help-usage",
        "help-options",
        "help-arguments",
        "help-commands",
        "help-arg-help",
        "help-cmd-help",
        "help-arg-help-command",
        "help-arg-version",
        "help-default",
        "help-env",
        "help-possible-values",
    ];
    for key in messages(Language::En)
        .keys()
        .filter(|k| k.starts_with("help-"))
    {
        if headings.contains(&key.as_str()) {
            continue;
        }
        let Some(own) = program.get(key) else {
            panic!("en.ftl: {key} names no command or option of the program");
        };
        assert_eq!(&english.text(key, &[]), own, "en.ftl: {key}");
    }
}

/// Every command's one line of help is translated.
#[test]
fn every_commands_help_line_is_in_every_catalogue() {
    for (key, _) in help_texts()
        .iter()
        .filter(|(k, _)| k.starts_with("help-cmd"))
    {
        for language in Language::ALL {
            assert!(
                messages(language).contains_key(key),
                "{}.ftl lacks {key}",
                language.tag()
            );
        }
    }
}

/// `--help` in the language of `--lang` or the environment; English as it was.
#[test]
fn help_in_arabic_georgian_russian_and_english() {
    let db = std::path::Path::new("unused.gpkg");
    let arabic = with_env(db, &[], &["--lang", "ar", "--help"]);
    assert!(arabic.contains("الاستخدام: clearfield"), "{arabic}");
    assert!(
        arabic.contains("status     مساحة المناطق الخطرة والمساحة المتبقية"),
        "{arabic}"
    );
    assert!(
        arabic.contains("عرض المساعدة") && !arabic.contains("Print help"),
        "{arabic}"
    );
    let georgian = with_env(db, &[("LANG", "ka_GE.UTF-8")], &["status", "--help"]);
    assert!(
        georgian.contains("გამოყენება: clearfield status"),
        "{georgian}"
    );
    assert!(georgian.contains("თარიღი, წწწწ-თთ-დდ"), "{georgian}");
    let russian = with_env(db, &[], &["report", "--lang=ru", "-h"]);
    assert!(
        russian.contains("Отчёт о ходе работ за период"),
        "{russian}"
    );
    assert!(russian.contains("Первый день, ГГГГ-ММ-ДД"), "{russian}");
    let english = with_env(db, &[], &["--help"]);
    assert!(
        english.starts_with("Offline field database for clearance"),
        "{english}"
    );
    assert!(
        english.contains("\nUsage: clearfield [OPTIONS] [COMMAND]\n"),
        "{english}"
    );
    assert!(english.contains("Print help"), "{english}");
}

/// `settings`, `conflicts` with none, and `photos` with none, in Russian, Georgian and
/// Arabic; the settings' values line up whatever the labels' lengths.
#[test]
fn settings_and_empty_lists_in_russian_georgian_and_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.gpkg");
    with_env(&db, &[], &["init"]);
    let russian = with_env(
        &db,
        &[],
        &[
            "--lang",
            "ru",
            "settings",
            "--name",
            "Юг Ливана",
            "--deadline",
            "2026-08-01",
        ],
    );
    assert_eq!(
        russian,
        "название программы Юг Ливана\nсрок по статье 4   2026-08-01\nдопуск невязки     1:100 (по умолчанию)\n"
    );
    let georgian = with_env(&db, &[], &["--lang", "ka", "conflicts"]);
    assert_eq!(georgian, "კონფლიქტები არ არის\n");
    let georgian = with_env(&db, &[], &["--lang", "ka", "list", "--kind", "find"]);
    assert_eq!(georgian, "საბრძოლო მასალის აღმოჩენები (0):\n");
    let id = "11111111-1111-4111-8111-111111111111";
    with_env(
        &db,
        &[],
        &[
            "add",
            "hazard",
            "--id",
            id,
            "--name",
            "K",
            "--classification",
            "CHA",
            "--surveyed-on",
            "2023-04-02",
            "--geometry",
            "POLYGON((35.58 33.28, 35.585 33.28, 35.585 33.284, 35.58 33.284, 35.58 33.28))",
        ],
    );
    let arabic = with_env(&db, &[], &["--lang", "ar", "photos", id]);
    assert_eq!(arabic, format!("لا صور مرفقة بـ {id}\n"));
    let english = with_env(&db, &[], &["settings"]);
    assert_eq!(
        english,
        "programme name     Юг Ливана\nArticle 4 deadline 2026-08-01\nclosure tolerance  1:100 (default)\n"
    );
}

/// A GPS receiver's averaged position (the recorded log of tests/data) in Russian, with
/// the decimal comma, and in Georgian; English as tests/gps.rs pins it.
#[test]
fn gps_position_in_russian_and_georgian() {
    let db = std::path::Path::new("unused.gpkg");
    let log = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/receiver.nmea");
    let russian = with_env(db, &[], &["--lang", "ru", "gps", "--replay", log]);
    for want in [
        "координаты: 35.5500017,33.2700028 (долгота,широта WGS84)",
        "высота: 712,6 м над средним уровнем моря",
        "отсчётов усреднено: 10, качество GPS или лучше",
        "HDOP: 0,96 в среднем",
    ] {
        assert!(russian.contains(want), "{want:?} not in\n{russian}");
    }
    let georgian = with_env(db, &[("LANG", "ka_GE.UTF-8")], &["gps", "--replay", log]);
    assert!(georgian.contains("სიმაღლე: 712,6 მ"), "{georgian}");
}

/// A traverse's figures in Russian: labels, units and decimal commas; the point kinds are
/// the stored codes.
#[test]
fn traverse_in_russian() {
    let dir = tempfile::tempdir().unwrap();
    let legs = dir.path().join("legs.csv");
    std::fs::write(
        &legs,
        "kind,bearing_deg,distance_m\nstart,30,50\nturning,0,100\nturning,90,100\nturning,180,100\nend,270,100\n",
    )
    .unwrap();
    let text = with_env(
        &dir.path().join("never.gpkg"),
        &[],
        &[
            "--lang",
            "ru",
            "traverse",
            "--legs",
            legs.to_str().unwrap(),
            "--benchmark",
            "35.5,33.3",
            "--bearing-ref",
            "true",
        ],
    );
    for want in [
        "репер         долгота 35.5000000  широта 33.3000000",
        "периметр      400,00 м",
        "азимуты       true",
        "1   start ",
    ] {
        assert!(text.contains(want), "{want:?} not in\n{text}");
    }
    assert!(
        text.contains("невязка       0,") && text.contains(" га)"),
        "{text}"
    );
}

/// `show`, `history`, `attach`, `detach`, `types` and `generate` in Arabic and Russian:
/// field labels and closed-list values in words (English keeps the stored names, as
/// scripts read them), numbers written for the language, each line from the catalogue.
#[test]
fn show_history_photos_types_and_generate_in_arabic_and_russian() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.gpkg");
    let hazard = programme(&db);

    let shown = common::ok(&db, &["--lang", "ar", "show", &hazard]);
    let lines: Vec<&str> = shown.lines().collect();
    assert_eq!(lines[0], format!("منطقة خطرة {hazard}"));
    // Labels padded to 15 characters, as the English names are.
    assert!(lines.contains(&"  الاسم           K"), "{shown}");
    assert!(
        lines.contains(&"  التصنيف         منطقة خطرة مؤكدة (CHA)"),
        "{shown}"
    );
    assert!(lines.contains(&"  المنطقة الإدارية Marjayoun"), "{shown}");
    // The area: English's figures, with a decimal comma in Russian.
    let english = common::ok(&db, &["show", &hazard]);
    let area = english
        .lines()
        .find_map(|l| l.strip_prefix("  area            "))
        .unwrap();
    let (m2, rest) = area.split_once(" m² (").unwrap();
    let ha = rest.strip_suffix(" ha)").unwrap();
    let russian = common::ok(&db, &["--lang", "ru", "show", &hazard]);
    let expected = format!(
        "  площадь         {} м² ({} га)",
        m2.replace('.', ","),
        ha.replace('.', ",")
    );
    assert!(
        russian.lines().any(|l| l == expected),
        "{expected}\n{russian}"
    );

    let Some(jpg) = common::gdal_photo(dir.path(), "IMG_0001.jpg", 64, "JPEG") else {
        return;
    };
    let attached = common::ok(
        &db,
        &["--lang", "ru", "attach", &hazard, jpg.to_str().unwrap()],
    );
    let photo = attached.split_whitespace().last().unwrap().to_owned();
    assert_eq!(
        attached,
        format!("IMG_0001.jpg прикреплён к {hazard} как фотография {photo}\n")
    );
    let detached = common::ok(&db, &["--lang", "ru", "detach", &hazard, &photo]);
    assert_eq!(
        detached,
        format!(
            "фотография {photo} откреплена от {hazard} (фотография остаётся в файле и в \
             `clearfield history {hazard}`)\n"
        )
    );
    let history = common::ok(&db, &["--lang", "ar", "history", &hazard]);
    let first = history.lines().next().unwrap();
    // "insert" in Arabic, padded to 6 characters as the English word is.
    assert!(first.contains("  إضافة   بواسطة "), "{first}");
    assert!(first.contains("  النسخة "), "{first}");
    assert!(
        history
            .lines()
            .any(|l| l.contains("الصورة IMG_0001.jpg أُرفقت بواسطة ")),
        "{history}"
    );
    assert!(
        history
            .lines()
            .any(|l| l.contains("الصورة IMG_0001.jpg فُصلت بواسطة ")),
        "{history}"
    );

    let types = common::ok(&db, &["--lang", "ru", "types"]);
    let m77 = types.lines().find(|l| l.starts_with("M77 ")).unwrap();
    assert!(m77.contains(" суббоеприпас "), "{m77}");

    let made = dir.path().join("g.gpkg");
    let out = common::run(
        &db,
        &[
            "--lang",
            "ru",
            "generate",
            made.to_str().unwrap(),
            "--hazards",
            "2",
            "--releases",
            "1",
            "--finds",
            "3",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!(
            "записано в {}: опасные районы: 2, высвобождения земель: 1, находки боеприпасов: 3\n",
            made.display()
        )
    );
}

/// Every command and every option and argument of the clap tree, however deep, has its
/// help in en.ftl (`help-cmd-PATH`, `help-arg-PATH-ID`), so in every catalogue
/// (`every_key_is_in_every_catalogue_with_the_same_variables`): an option added without
/// its help in the catalogues fails here (and one without a doc comment fails
/// `english_help_keys_are_the_programs_own_help`, its key naming no help of the program).
#[test]
fn every_command_and_option_has_its_help_key_in_the_catalogue() {
    fn walk(c: &clap::Command, path: &str, keys: &mut Vec<String>) {
        keys.push(if path.is_empty() {
            "help-cmd".to_owned()
        } else {
            format!("help-cmd-{path}")
        });
        for arg in c.get_arguments() {
            let id = arg.get_id().to_string();
            keys.push(
                if path.is_empty() || ["db", "user", "lang"].contains(&id.as_str()) {
                    format!("help-arg-{id}")
                } else {
                    format!("help-arg-{path}-{id}")
                },
            );
        }
        for s in c.get_subcommands() {
            let sub = if path.is_empty() {
                s.get_name().to_owned()
            } else {
                format!("{path}-{}", s.get_name())
            };
            walk(s, &sub, keys);
        }
    }
    let mut keys = Vec::new();
    walk(&clearfield::cli::command(), "", &mut keys);
    // The walk itself: the root, a command two deep, a global option, a positional.
    for key in [
        "help-cmd",
        "help-cmd-hub-init",
        "help-arg-lang",
        "help-arg-restore-src",
        "help-arg-add-survey-bearing_ref",
    ] {
        assert!(keys.contains(&key.to_owned()), "{key}");
    }
    assert!(keys.len() > 200, "{}", keys.len());
    let english = messages(Language::En);
    let missing: Vec<&String> = keys.iter().filter(|k| !english.contains_key(*k)).collect();
    assert!(missing.is_empty(), "en.ftl lacks {missing:?}");
}

/// `--help` in Arabic, Georgian and Russian has none of clap's English: not its headings,
/// not the `help` subcommand's line or `-V`'s, not its `[default: …]`, `[env: …]` or
/// `[possible values: …]`; for every command, however deep.
#[test]
fn clap_s_own_words_in_help_are_in_the_language() {
    let english = [
        "Usage:",
        "Commands:",
        "Options:",
        "Arguments:",
        "Print ",
        "[default:",
        "[env:",
        "ossible values",
        "subcommand(s)",
    ];
    fn check(c: &mut clap::Command, english: &[&str], tag: &str) {
        let help = c.render_help().to_string();
        for word in english {
            assert!(!help.contains(word), "{tag}: {word:?} in\n{help}");
        }
        for s in c.get_subcommands_mut() {
            check(s, english, tag);
        }
    }
    for language in [Language::Ar, Language::Ka, Language::Ru] {
        let msgs = clearfield::i18n::Messages::new(language);
        check(
            &mut clearfield::cli::command_in(&msgs),
            &english,
            language.tag(),
        );
    }
    let db = std::path::Path::new("unused.gpkg");
    let arabic = with_env(db, &[], &["--lang", "ar", "--help"]);
    for line in [
        "\nالأوامر:\n",
        "\nالخيارات:\n",
        "\n  help       عرض هذه الرسالة أو مساعدة الأوامر الفرعية المحددة\n",
        "\n  -V, --version      عرض الإصدار\n",
    ] {
        assert!(arabic.contains(line), "{line:?} in\n{arabic}");
    }
    let russian = with_env(db, &[], &["--lang", "ru", "generate", "--help"]);
    assert!(
        russian.contains("Сколько опасных районов [по умолчанию: 5000]"),
        "{russian}"
    );
    let georgian = with_env(db, &[], &["--lang", "ka", "status", "-h"]);
    assert!(
        georgian.contains("[შესაძლო მნიშვნელობები: hazard, region]"),
        "{georgian}"
    );
    // English is clap's own, as it was.
    let english_help = with_env(db, &[], &["generate", "--help"]);
    assert!(english_help.contains("\nOptions:\n"), "{english_help}");
    assert!(english_help.contains("[default: 5000]"), "{english_help}");
}

/// `clearfield ARGS` refused by clap: its standard error, after checking the exit status
/// is 2 and nothing went to standard output.
fn refused(env: &[(&str, &str)], args: &[&str]) -> String {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_clearfield"));
    cmd.arg("--db").arg("unused.gpkg").args(args);
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "CLEARFIELD_DB"] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied());
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    assert!(out.stdout.is_empty(), "{args:?}");
    String::from_utf8(out.stderr).unwrap()
}

/// A command line clap refuses is refused in the language: the error on one line from the
/// catalogue (`cli-args-*`) with the argument put in, the usage after the translated
/// heading, where to find more; exit status 2. English is clap's own, byte for byte.
#[test]
fn a_refused_command_line_is_explained_in_the_language() {
    assert_eq!(
        refused(&[], &["--lang", "ar", "status", "--bogus"]),
        "clearfield: وسيط غير متوقع '--bogus'\n\
         \n\
         الاستخدام: clearfield status [OPTIONS]\n\
         \n\
         لمزيد من المعلومات، جرّب '--help'.\n"
    );
    let invalid = refused(&[], &["--lang", "ar", "status", "--by", "town"]);
    assert_eq!(
        invalid.lines().next().unwrap(),
        "clearfield: قيمة غير صالحة 'town' لـ '--by <by>' [القيم الممكنة: hazard, region]"
    );
    let missing = refused(&[("LANG", "ar_LB.UTF-8")], &["report"]);
    assert_eq!(
        missing.lines().next().unwrap(),
        "clearfield: الوسائط المطلوبة التالية لم تُعطَ: --from <DATE>, --to <DATE>"
    );
    assert!(
        missing.contains("\nالاستخدام: clearfield report --from <DATE> --to <DATE>\n"),
        "{missing}"
    );
    let unknown = refused(&[], &["--lang=ru", "statu"]);
    assert_eq!(
        unknown.lines().next().unwrap(),
        "clearfield: неизвестная подкоманда 'statu'; похожие: 'estimate', 'status'"
    );
    let range = refused(&[], &["--lang", "ru", "estimate", "--window-days", "5"]);
    assert_eq!(
        range.lines().next().unwrap(),
        "clearfield: недопустимое значение '5' для '--window-days <N>': должно быть от 30 до 3650"
    );
    let number = refused(&[], &["--lang", "ar", "gps", "--fixes", "x"]);
    assert_eq!(
        number.lines().next().unwrap(),
        "clearfield: قيمة غير صالحة 'x' لـ '--fixes <N>': ليست عدداً صحيحاً"
    );
    let repeated = refused(
        &[("LC_ALL", "ka_GE.UTF-8")],
        &["status", "--json", "--json"],
    );
    assert_eq!(
        repeated.lines().next().unwrap(),
        "clearfield: არგუმენტი '--json' არ შეიძლება რამდენჯერმე გამოიყენოთ"
    );
    let subcommand = refused(&[], &["--lang", "ar", "add"]);
    assert_eq!(
        subcommand.lines().next().unwrap(),
        "clearfield: 'clearfield add' يحتاج إلى أمر فرعي ولم يُعطَ \
         [الأوامر الفرعية: hazard, release, find, survey, evidence, help]"
    );
    // English: clap's words, as before the catalogues.
    assert_eq!(
        refused(&[], &["status", "--bogus"]),
        "error: unexpected argument '--bogus' found\n\
         \n\
         Usage: clearfield status [OPTIONS]\n\
         \n\
         For more information, try '--help'.\n"
    );
    assert_eq!(
        refused(&[], &["--lang", "en", "status", "--by", "town"]),
        "error: invalid value 'town' for '--by <by>'\n  \
         [possible values: hazard, region]\n\
         \n\
         For more information, try '--help'.\n"
    );
}

/// The credit GeoNames' licence asks for is the map's credit in English, word for word.
#[test]
fn the_english_map_credit_is_the_one_geonames_asks_for() {
    assert_eq!(
        clearfield::i18n::Messages::english().text("map-credit", &[]),
        clearfield::io::gazetteer::CREDIT
    );
}
