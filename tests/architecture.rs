//! ARCHITECTURE.md's invariants, checked on the source: SQL (rusqlite) only in `store/` and
//! the declared MBTiles reader, egui only in `app/`, and no clock, file system, environment,
//! process or network in the core (`model`, `geom/`, `estimate`, `generate`).
//! `cargo test --test architecture` fails, naming the file and line, when a change breaks one.

use std::path::{Path, PathBuf};

/// A rule: where a pattern may not appear (`forbidden_in`), or may appear only (`only_in`).
struct Rule {
    what: &'static str,
    patterns: &'static [&'static str],
    scope: Scope,
}

enum Scope {
    /// Allowed only under these paths (relative to `src/`, a folder ends with `/`).
    OnlyIn(&'static [&'static str]),
    /// Forbidden under these paths.
    ForbiddenIn(&'static [&'static str]),
}

const RULES: &[Rule] = &[
    Rule {
        what: "SQL (rusqlite) only in store/ and the MBTiles basemap reader",
        patterns: &["rusqlite"],
        scope: Scope::OnlyIn(&["store/", "io/mbtiles.rs"]),
    },
    Rule {
        what: "egui, eframe, egui_plot and rfd only in app/",
        patterns: &["egui", "eframe", "rfd::"],
        scope: Scope::OnlyIn(&["app/"]),
    },
    Rule {
        what: "the core does no IO and never reads the clock or the environment",
        patterns: &[
            "std::fs",
            "std::env",
            "std::net",
            "std::process",
            "File::",
            "Local::now",
            "Utc::now",
            "SystemTime",
            "Instant::now",
            "rusqlite",
        ],
        scope: Scope::ForbiddenIn(&["model.rs", "geom/", "estimate.rs", "generate.rs"]),
    },
];

fn under(rel: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| {
        if p.ends_with('/') {
            rel.starts_with(p)
        } else {
            rel == *p
        }
    })
}

/// Every breach of the rules in one file's text, as `src/REL:LINE: rule: line`. Comments
/// are not code: a line's text after `//` is left out.
fn breaches(rel: &str, text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        for rule in RULES {
            let applies = match rule.scope {
                Scope::OnlyIn(allowed) => !under(rel, allowed),
                Scope::ForbiddenIn(forbidden) => under(rel, forbidden),
            };
            if applies && rule.patterns.iter().any(|p| code.contains(p)) {
                found.push(format!(
                    "src/{rel}:{}: {}: {}",
                    n + 1,
                    rule.what,
                    line.trim()
                ));
            }
        }
    }
    found
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_source_keeps_the_architecture_invariants() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&src, &mut files);
    assert!(files.len() > 20, "{} source files found", files.len());
    let mut all = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        all.extend(breaches(&rel, &std::fs::read_to_string(&file).unwrap()));
    }
    assert!(all.is_empty(), "\n{}", all.join("\n"));
}

/// The checker itself finds what it is for (else the test above could never fail).
#[test]
fn the_checker_finds_sql_outside_the_store_and_io_in_the_core() {
    assert_eq!(
        breaches("report.rs", "use rusqlite::Connection;\n"),
        [
            "src/report.rs:1: SQL (rusqlite) only in store/ and the MBTiles basemap reader: use rusqlite::Connection;"
        ]
    );
    assert!(breaches("store/merge.rs", "use rusqlite::Connection;").is_empty());
    assert_eq!(
        breaches("cli.rs", "let c = egui::Context::default();").len(),
        1
    );
    assert_eq!(
        breaches("geom/engine.rs", "let t = chrono::Local::now();").len(),
        1
    );
    assert_eq!(breaches("estimate.rs", "std::fs::read(p)").len(), 1);
    // A comment is not code.
    assert!(breaches("cli.rs", "// rusqlite is not used here").is_empty());
}
