//! ARCHITECTURE.md's invariants, checked on the source: SQL (rusqlite) only in `store/` and
//! the declared MBTiles reader, PostgreSQL only in `hub/`, egui only in `app/`, no clock, file system, environment,
//! process or network in the core (`model`, `geom/`, `estimate`, `generate`, `live`), and no
//! function over [`MAX_FN_LINES`] lines.
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
        what: "PostgreSQL (the postgres crate and its TLS) only in hub/",
        patterns: &[
            "postgres::",
            "postgres_native_tls",
            "native_tls",
            "tokio_postgres",
        ],
        scope: Scope::OnlyIn(&["hub/"]),
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
        scope: Scope::ForbiddenIn(&["model.rs", "geom/", "estimate.rs", "generate.rs", "live.rs"]),
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

/// The longest a function may be, from its `fn` line to its closing brace.
const MAX_FN_LINES: usize = 200;

/// `text` with the contents of comments, string literals and character literals blanked
/// out (newlines kept), so that braces and `fn` in them are not taken for code.
fn code_only(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let blank = |ch: char| if ch == '\n' { '\n' } else { ' ' };
    let word = |ch: char| ch.is_alphanumeric() || ch == '_';
    let mut i = 0;
    while i < c.len() {
        let next = c.get(i + 1).copied();
        if c[i] == '/' && next == Some('/') {
            while i < c.len() && c[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c[i] == '/' && next == Some('*') {
            // Block comments nest in Rust.
            let mut depth = 0;
            while i < c.len() {
                if c[i] == '/' && c.get(i + 1) == Some(&'*') {
                    depth += 1;
                    out.push_str("  ");
                    i += 2;
                } else if c[i] == '*' && c.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    out.push_str("  ");
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    out.push(blank(c[i]));
                    i += 1;
                }
            }
        } else if c[i] == 'r'
            && (next == Some('"') || next == Some('#'))
            && (i == 0 || !word(c[i - 1]) || (c[i - 1] == 'b' && (i < 2 || !word(c[i - 2]))))
            && c[i + 1..].iter().find(|&&h| h != '#') == Some(&'"')
        {
            // A raw string: r"…", r#"…"#; it ends at a quote followed by as many hashes.
            let hashes = c[i + 1..].iter().take_while(|&&h| h == '#').count();
            let start = i + 2 + hashes;
            out.extend(std::iter::repeat_n(' ', start - i));
            i = start;
            while i < c.len() {
                if c[i] == '"'
                    && c[i + 1..]
                        .iter()
                        .take(hashes)
                        .filter(|&&h| h == '#')
                        .count()
                        == hashes
                {
                    out.extend(std::iter::repeat_n(' ', 1 + hashes));
                    i += 1 + hashes;
                    break;
                }
                out.push(blank(c[i]));
                i += 1;
            }
        } else if c[i] == '"' {
            out.push(' ');
            i += 1;
            while i < c.len() && c[i] != '"' {
                if c[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < c.len() {
                    out.push(blank(c[i]));
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else if c[i] == '\'' && (next == Some('\\') || c.get(i + 2) == Some(&'\'')) {
            // A character literal ('{', '\n', '\u{7b}'); a lifetime ('a) has no closing quote.
            out.push(' ');
            i += 1;
            while i < c.len() && c[i] != '\'' {
                if c[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if i < c.len() {
                    out.push(' ');
                    i += 1;
                }
            }
            out.push(' ');
            i += 1;
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

/// Every function in one file's text longer than [`MAX_FN_LINES`], as
/// `src/REL:LINE: fn NAME is N lines (at most 200)`. A function's lines run from its `fn`
/// line to its closing brace; a function inside another counts in both.
fn long_functions(rel: &str, text: &str) -> Vec<String> {
    let code: Vec<char> = code_only(text).chars().collect();
    let line_at = |i: usize| code[..i].iter().filter(|&&ch| ch == '\n').count() + 1;
    let word = |ch: char| ch.is_alphanumeric() || ch == '_';
    let mut found = Vec::new();
    for i in 0..code.len().saturating_sub(3) {
        // `fn NAME`: not `fn(` (a pointer type) nor part of a longer word.
        let starts_fn = code[i] == 'f'
            && code[i + 1] == 'n'
            && code[i + 2].is_whitespace()
            && (i == 0 || !word(code[i - 1]));
        if !starts_fn {
            continue;
        }
        let name_start = i
            + 2
            + code[i + 2..]
                .iter()
                .take_while(|ch| ch.is_whitespace())
                .count();
        let name: String = code[name_start..]
            .iter()
            .take_while(|&&ch| word(ch))
            .collect();
        if name.is_empty() {
            continue;
        }
        // The body opens at the first `{`; a `;` first means there is none (a trait's).
        let Some(open) = code[name_start..]
            .iter()
            .position(|&ch| ch == '{' || ch == ';')
            .map(|p| name_start + p)
            .filter(|&p| code[p] == '{')
        else {
            continue;
        };
        let mut depth = 0;
        let mut close = None;
        for (j, &ch) in code.iter().enumerate().skip(open) {
            match ch {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(j);
                        break;
                    }
                }
                _ => {}
            }
        }
        let first = line_at(i);
        let lines = close.map_or(usize::MAX, |j| line_at(j) - first + 1);
        if lines > MAX_FN_LINES {
            found.push(format!(
                "src/{rel}:{first}: fn {name} is {lines} lines (at most {MAX_FN_LINES})"
            ));
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
        let text = std::fs::read_to_string(&file).unwrap();
        all.extend(breaches(&rel, &text));
        all.extend(long_functions(&rel, &text));
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

/// A function of `lines` lines, its body lines full of what could be taken for braces.
fn function_of(lines: usize) -> String {
    let mut f = String::from("pub fn long(x: &str) -> usize {\n");
    for n in 0..lines - 2 {
        f.push_str(&format!(
            "    let _ = (\"{{\", '{{', r#\"}}\"#, {n}); // }} {{\n"
        ));
    }
    f.push_str("}\n");
    f
}

/// The function-length check finds a function one line too long, and only that.
#[test]
fn the_checker_finds_a_function_over_200_lines() {
    let text = format!(
        "use std::fmt;\n/* fn not_code() {{ */\n{}\nfn short() {{}}\n",
        function_of(201)
    );
    assert_eq!(
        long_functions("cli/mod.rs", &text),
        ["src/cli/mod.rs:3: fn long is 201 lines (at most 200)"]
    );
    assert!(long_functions("cli/mod.rs", &function_of(200)).is_empty());
    // A declaration without a body and a function pointer type are not functions to measure.
    let decl = format!(
        "trait T {{ fn f(&self); }}\ntype F = fn(u8);\n{}",
        function_of(150)
    );
    assert!(long_functions("model.rs", &decl).is_empty());
    // A lifetime is not a character literal: the body still ends at its brace.
    let lifetimes = format!(
        "fn a<'a>(x: &'a str) -> &'a str {{ x }}\n{}",
        function_of(201)
    );
    assert_eq!(long_functions("model.rs", &lifetimes).len(), 1);
}
