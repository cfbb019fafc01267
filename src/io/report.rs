//! Writes a progress report as Markdown, CSV, JSON or one self-contained HTML page with an
//! SVG burn-down chart (no scripts, no fonts or images from elsewhere: opens offline, prints).
//!
//! Units: every area figure says its unit; m² and km² are given side by side, never mixed in
//! one figure.
//!
//! Languages: Markdown and HTML speak the language of the [`Messages`] given (every
//! heading, label and sentence from its catalogue, numbers and dates written for it; HTML
//! with `lang` and `dir`, right to left for Arabic). CSV and JSON are data: the same in
//! every language (their keys, items and units in English).

use std::fmt::Write as _;

use chrono::{Datelike, NaiveDate};
use serde_json::{Value, json};

use crate::estimate::thousands;
use crate::i18n::{Arg, Messages};
use crate::model::ReleaseMethod;
use crate::report::{NOT_RECORDED, Report};

/// Output formats of `clearfield report`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Markdown.
    Markdown,
    /// Comma-separated values: section, item, value, unit.
    Csv,
    /// One JSON object.
    Json,
    /// One HTML page with the chart.
    Html,
}

impl Format {
    /// The format a file's ending says: `.html`/`.htm`, `.csv`, `.json`, else Markdown.
    ///
    /// ```
    /// use clearfield::io::report::Format;
    /// assert_eq!(Format::of_path(std::path::Path::new("q3.HTML")), Format::Html);
    /// assert_eq!(Format::of_path(std::path::Path::new("q3.md")), Format::Markdown);
    /// ```
    pub fn of_path(path: &std::path::Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("html" | "htm") => Format::Html,
            Some("csv") => Format::Csv,
            Some("json") => Format::Json,
            _ => Format::Markdown,
        }
    }
}

impl std::str::FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "md" => Ok(Format::Markdown),
            "csv" => Ok(Format::Csv),
            "json" => Ok(Format::Json),
            "html" => Ok(Format::Html),
            other => Err(format!(
                "{other:?} is not a report format (md, csv, json, html)"
            )),
        }
    }
}

/// The report in `format`: Markdown and HTML in the language of `msgs`, CSV and JSON the
/// same in every language.
pub fn render(r: &Report, format: Format, msgs: &Messages) -> String {
    match format {
        Format::Markdown => markdown(r, &Words::plain(msgs)),
        Format::Csv => csv(r),
        Format::Json => serde_json::to_string_pretty(&to_json(r)).unwrap_or_default() + "\n",
        Format::Html => html(r, &Words::for_html(msgs)),
    }
}

/// The release methods and their names' keys, as the report lists them.
const METHODS: [(ReleaseMethod, &str); 3] = [
    (ReleaseMethod::Cancelled, "report-method-cancelled"),
    (ReleaseMethod::Reduced, "report-method-reduced"),
    (ReleaseMethod::Cleared, "report-method-cleared"),
];

/// The report's words in one language: its messages, with Unicode isolation marks around
/// arguments in a right-to-left HTML page (where browsers apply the bidi algorithm and a
/// Latin name or a number must keep its place in Arabic text), without them elsewhere.
struct Words<'a> {
    msgs: &'a Messages,
    isolate: bool,
}

impl<'a> Words<'a> {
    fn plain(msgs: &'a Messages) -> Words<'a> {
        Words {
            msgs,
            isolate: false,
        }
    }

    fn for_html(msgs: &'a Messages) -> Words<'a> {
        Words {
            msgs,
            isolate: msgs.language().is_right_to_left(),
        }
    }

    /// The message `key` with `args`.
    fn t(&self, key: &str, args: &[(&str, Arg)]) -> String {
        if self.isolate {
            self.msgs.isolated(key, args)
        } else {
            self.msgs.text(key, args)
        }
    }

    /// A date in running text ([`Messages::day`]).
    fn day(&self, d: NaiveDate) -> String {
        self.msgs.day(d)
    }

    /// An area in m², whole, with the language's separators.
    fn m2(&self, v: f64) -> String {
        self.msgs.number(&thousands(v))
    }

    /// An area in km², three decimals, with the language's decimal mark.
    fn km2(&self, m2: f64) -> String {
        self.msgs.number(&km2(m2))
    }

    /// A team or disposal: "not recorded" in the language, else as recorded.
    fn recorded(&self, value: &str) -> String {
        if value == NOT_RECORDED {
            self.t("report-not-recorded", &[])
        } else {
            value.to_owned()
        }
    }

    /// `d` in running text, or the message `none`.
    fn day_or(&self, d: Option<NaiveDate>, none: &str) -> String {
        d.map_or_else(|| self.t(none, &[]), |d| self.day(d))
    }
}

fn km2(m2: f64) -> String {
    format!("{:.3}", m2 / 1e6)
}

fn date_or(d: Option<NaiveDate>, none: &str) -> String {
    d.map_or_else(|| none.to_owned(), |d| d.to_string())
}

fn title(r: &Report, w: &Words) -> String {
    let programme = match r.programme.as_deref() {
        Some(name) => name.to_owned(),
        None => w.t("report-programme", &[]),
    };
    w.t(
        "report-title",
        &[
            ("programme", programme.into()),
            ("from", w.day(r.from).into()),
            ("to", w.day(r.to).into()),
        ],
    )
}

/// Rows of (label, m²) for the area table.
fn area_rows(r: &Report, w: &Words) -> Vec<(String, f64)> {
    let mut rows = vec![
        (
            w.t("report-remaining-start", &[("date", w.day(r.from).into())]),
            r.start.remaining.0,
        ),
        (
            w.t("report-remaining-end", &[("date", w.day(r.to).into())]),
            r.end.remaining.0,
        ),
        (w.t("report-hazard-added", &[]), r.hazard_area_added()),
    ];
    for (m, key) in METHODS {
        rows.push((
            w.t("report-released-by", &[("method", w.t(key, &[]).into())]),
            r.released_in_period(m),
        ));
    }
    let total: f64 = METHODS.iter().map(|(m, _)| r.released_in_period(*m)).sum();
    rows.push((w.t("report-released-total", &[]), total));
    rows
}

/// The sentence under the land table: hazard areas recorded and releases completed.
fn recorded(r: &Report, w: &Words) -> String {
    w.t(
        "report-recorded",
        &[
            ("hazards", r.new_hazard_areas.into()),
            ("releases", r.releases_completed.into()),
        ],
    )
}

/// The estimate's table: (label, value) rows.
fn estimate_rows(r: &Report, w: &Words) -> Vec<(String, String)> {
    let e = &r.estimate;
    let mut rows = vec![
        (
            w.t("report-completion", &[]),
            w.day_or(e.completion_date, "report-none-at-this-pace"),
        ),
        (
            w.t("report-interval", &[]),
            match (e.completion_low, e.completion_high) {
                (Some(lo), Some(hi)) => w.t(
                    "report-interval-range",
                    &[("low", w.day(lo).into()), ("high", w.day(hi).into())],
                ),
                (Some(lo), None) => w.t("report-interval-open", &[("low", w.day(lo).into())]),
                // The early end never later than the late one: no early end, no late one.
                (None, _) => w.t("report-interval-none", &[]),
            },
        ),
        (
            w.t("report-deadline", &[]),
            w.day_or(e.deadline, "report-not-set"),
        ),
        (
            w.t("report-on-track", &[]),
            w.t(
                match e.on_track {
                    Some(true) => "report-yes",
                    Some(false) => "report-no",
                    None => "report-no-deadline",
                },
                &[],
            ),
        ),
    ];
    if let Some(req) = e.required_rate_m2_per_day {
        rows.push((
            w.t("report-pace-needed", &[]),
            w.t("report-per-day", &[("rate", w.m2(req).into())]),
        ));
    }
    rows
}

/// JSON of the whole report.
pub fn to_json(r: &Report) -> Value {
    let e = &r.estimate;
    let m2 = |v: f64| (v * 100.0).round() / 100.0;
    json!({
        "programme": r.programme,
        "from": r.from.to_string(),
        "to": r.to.to_string(),
        "remaining_start_m2": m2(r.start.remaining.0),
        "remaining_end_m2": m2(r.end.remaining.0),
        "hazard_area_start_m2": m2(r.start.hazard_area.0),
        "hazard_area_end_m2": m2(r.end.hazard_area.0),
        "hazard_area_added_m2": m2(r.hazard_area_added()),
        "new_hazard_areas": r.new_hazard_areas,
        "releases_completed": r.releases_completed,
        "released_in_period_m2": {
            "cancelled": m2(r.released_in_period(ReleaseMethod::Cancelled)),
            "reduced": m2(r.released_in_period(ReleaseMethod::Reduced)),
            "cleared": m2(r.released_in_period(ReleaseMethod::Cleared)),
        },
        "finds": r.finds.iter().map(|f| json!({
            "ordnance_type": f.ordnance_type, "category": f.category, "disposal": f.disposal,
            "finds": f.finds, "items": f.items,
        })).collect::<Vec<_>>(),
        "teams": r.teams.iter().map(|t| json!({
            "team": t.team, "releases": t.releases, "released_m2": m2(t.released_m2),
            "finds": t.finds, "items": t.items,
        })).collect::<Vec<_>>(),
        "article7": {
            "contaminated_area_km2": r.end.remaining.0 / 1e6,
            "area_released_km2": METHODS.iter().map(|(m, _)| r.released_in_period(*m)).sum::<f64>() / 1e6,
            "submunitions_destroyed": r.submunitions_destroyed,
        },
        "estimate": crate::status::estimate_json(e, &[]),
        "excluded_records": r.excluded,
    })
}

/// The column headings of the finds' table and the teams' table.
const FIND_COLUMNS: [&str; 5] = [
    "report-col-ordnance-type",
    "report-col-category",
    "report-col-disposal",
    "report-col-finds",
    "report-col-items",
];
const TEAM_COLUMNS: [&str; 5] = [
    "report-col-team",
    "report-col-releases",
    "report-col-released-m2",
    "report-col-finds",
    "report-col-items",
];

fn markdown(r: &Report, w: &Words) -> String {
    let mut s = String::new();
    let e = &r.estimate;
    let heading = |key: &str| md(&w.t(key, &[]));
    let columns = |keys: [&str; 5]| keys.map(&heading).join(" | ");
    let _ = writeln!(s, "# {}\n", md(&title(r, w)));
    let _ = writeln!(
        s,
        "## {}\n\n| | {} | {} |\n|---|---:|---:|",
        heading("report-land"),
        md(&w.t("unit-m2", &[])),
        md(&w.t("unit-km2", &[]))
    );
    for (label, v) in area_rows(r, w) {
        let _ = writeln!(s, "| {} | {} | {} |", md(&label), w.m2(v), w.km2(v));
    }
    let _ = writeln!(s, "\n{}\n", md(&recorded(r, w)));
    let _ = writeln!(
        s,
        "## {}\n\n| {} |\n|---|---|---|---:|---:|",
        heading("report-finds"),
        columns(FIND_COLUMNS)
    );
    for f in &r.finds {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} |",
            md(&f.ordnance_type),
            md(&f.category),
            md(&w.recorded(&f.disposal)),
            f.finds,
            f.items
        );
    }
    let _ = writeln!(
        s,
        "\n## {}\n\n| {} |\n|---|---:|---:|---:|---:|",
        heading("report-teams"),
        columns(TEAM_COLUMNS)
    );
    for t in &r.teams {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} |",
            md(&w.recorded(&t.team)),
            t.releases,
            w.m2(t.released_m2),
            t.finds,
            t.items
        );
    }
    let _ = writeln!(
        s,
        "\n{}\n",
        md(&w.t("report-credit", &[("date", w.day(r.to).into())]))
    );
    let _ = writeln!(
        s,
        "## {}\n\n**{}**\n\n{}\n",
        heading("report-estimate"),
        md(&crate::estimate::headline_in(e, w.msgs)),
        md(&crate::estimate::statement_in(e, w.msgs))
    );
    let _ = writeln!(s, "| | |\n|---|---|");
    for (label, value) in estimate_rows(r, w) {
        let _ = writeln!(s, "| {} | {} |", md(&label), md(&value));
    }
    let _ = writeln!(
        s,
        "\n## {}\n\n| | |\n|---|---:|",
        heading("report-article7")
    );
    for (label, value) in article7(r, w) {
        let _ = writeln!(s, "| {} | {} |", md(&label), md(&value));
    }
    for x in &r.excluded {
        let _ = writeln!(
            s,
            "\n{}",
            md(&w.t("report-left-out", &[("what", x.as_str().into())]))
        );
    }
    s
}

fn article7(r: &Report, w: &Words) -> Vec<(String, String)> {
    let released: f64 = METHODS.iter().map(|(m, _)| r.released_in_period(*m)).sum();
    let by = |key: &str, m: ReleaseMethod| (w.t(key, &[]), w.km2(r.released_in_period(m)));
    vec![
        (
            w.t("report-a7-remaining", &[("date", w.day(r.to).into())]),
            w.km2(r.end.remaining.0),
        ),
        (
            w.t(
                "report-a7-released",
                &[("from", w.day(r.from).into()), ("to", w.day(r.to).into())],
            ),
            w.km2(released),
        ),
        by("report-a7-cancelled", ReleaseMethod::Cancelled),
        by("report-a7-reduced", ReleaseMethod::Reduced),
        by("report-a7-cleared", ReleaseMethod::Cleared),
        (
            w.t("report-a7-submunitions", &[]),
            r.submunitions_destroyed.to_string(),
        ),
    ]
}

/// Text for a Markdown table cell or line: `|` cannot end the cell, HTML is shown as text,
/// a line break cannot end the table, and a backslash stays a backslash.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '|' => out.push_str("\\|"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' | '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Whether `s` is a plain decimal number (`-12.50`, `3`), which a spreadsheet reads as a
/// number and never as a formula.
fn plain_number(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or_default();
    let frac = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// A CSV cell (RFC 4180) that a spreadsheet shows as the text it is: a cell starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula (OWASP, "CSV
/// injection"), so it gets a leading `'`, unless it is a plain number in the value column;
/// a cell with a comma, a quote, a line feed or a carriage return is quoted.
fn csv_field(s: &str, numeric: bool) -> String {
    let neutral =
        if !(numeric && plain_number(s)) && s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            format!("'{s}")
        } else {
            s.to_owned()
        };
    if neutral.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", neutral.replace('"', "\"\""))
    } else {
        neutral
    }
}

/// The report as CSV: the same in every language (sections, items and units in English,
/// the labels of the English report), like JSON.
fn csv(r: &Report) -> String {
    let w = &Words::plain(Messages::english());
    let mut s = String::from("section,item,value,unit\n");
    let mut row = |section: &str, item: &str, value: String, unit: &str| {
        let _ = writeln!(
            s,
            "{},{},{},{}",
            csv_field(section, false),
            csv_field(item, false),
            csv_field(&value, true),
            csv_field(unit, false)
        );
    };
    row("period", "from", r.from.to_string(), "date");
    row("period", "to", r.to.to_string(), "date");
    for (label, v) in area_rows(r, w) {
        row("land", &label, format!("{v:.2}"), "m2");
    }
    row(
        "land",
        "hazard areas recorded",
        r.new_hazard_areas.to_string(),
        "count",
    );
    row(
        "land",
        "releases completed",
        r.releases_completed.to_string(),
        "count",
    );
    for f in &r.finds {
        let item = format!("{} ({}), {}", f.ordnance_type, f.category, f.disposal);
        row("finds", &item, f.finds.to_string(), "finds");
        row("finds", &item, f.items.to_string(), "items");
    }
    for t in &r.teams {
        row("teams", &t.team, t.releases.to_string(), "releases");
        row(
            "teams",
            &t.team,
            format!("{:.2}", t.released_m2),
            "m2 released",
        );
        row("teams", &t.team, t.finds.to_string(), "finds");
        row("teams", &t.team, t.items.to_string(), "items");
    }
    let e = &r.estimate;
    row(
        "estimate",
        "net rate",
        format!("{:.2}", e.net_rate_m2_per_day),
        "m2 per day",
    );
    row(
        "estimate",
        "release rate",
        format!("{:.2}", e.release_rate_m2_per_day),
        "m2 per day",
    );
    row(
        "estimate",
        "new contamination",
        format!("{:.2}", e.new_contamination_m2_per_day),
        "m2 per day",
    );
    row(
        "estimate",
        "completion",
        date_or(e.completion_date, ""),
        "date",
    );
    row(
        "estimate",
        "completion low",
        date_or(e.completion_low, ""),
        "date",
    );
    row(
        "estimate",
        "completion high",
        date_or(e.completion_high, ""),
        "date",
    );
    row("estimate", "deadline", date_or(e.deadline, ""), "date");
    row(
        "estimate",
        "on track",
        e.on_track.map_or(String::new(), |b| b.to_string()),
        "yes/no",
    );
    row(
        "estimate",
        "required rate",
        e.required_rate_m2_per_day
            .map_or(String::new(), |v| format!("{v:.2}")),
        "m2 per day",
    );
    for (label, value) in article7(r, w) {
        let (item, unit) = match label.rsplit_once(", ") {
            Some((item, unit)) => (item.to_owned(), unit.to_owned()),
            None => (label.clone(), "count".to_owned()),
        };
        row("article 7", &item, value, &unit);
    }
    s
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn html(r: &Report, w: &Words) -> String {
    let mut s = String::new();
    let t = esc(&title(r, w));
    let heading = |key: &str| esc(&w.t(key, &[]));
    let language = w.msgs.language();
    let dir = if language.is_right_to_left() {
        "rtl"
    } else {
        "ltr"
    };
    // The side text starts on: left, or right in a right-to-left page.
    let (start, end) = if language.is_right_to_left() {
        ("right", "left")
    } else {
        ("left", "right")
    };
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{t}</title>\n<style>\n\
         body{{font-family:sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222}}\n\
         table{{border-collapse:collapse;margin:.5rem 0 1.5rem}}td,th{{border-bottom:1px solid #ccc;padding:.25rem .75rem;text-align:{start}}}\n\
         td.n,th.n{{text-align:{end};font-variant-numeric:tabular-nums}}h2{{margin-top:2rem}}\n\
         .statement{{background:#f4f4f4;padding:.75rem 1rem;border-{start}:4px solid #FF0000}}\n\
         svg text{{font-family:sans-serif;font-size:12px}}\n\
         @media print{{body{{margin:0}}h2{{break-after:avoid}}table,svg{{break-inside:avoid}}}}\n\
         </style></head><body>\n<h1>{t}</h1>\n",
        lang = language.tag()
    );
    let _ = writeln!(
        s,
        "<h2>{}</h2>\n<table><tr><th></th><th class=n>{}</th><th class=n>{}</th></tr>",
        heading("report-land"),
        heading("unit-m2"),
        heading("unit-km2")
    );
    for (label, v) in area_rows(r, w) {
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td class=n>{}</td><td class=n>{}</td></tr>",
            esc(&label),
            w.m2(v),
            w.km2(v)
        );
    }
    let _ = writeln!(s, "</table><p>{}</p>", esc(&recorded(r, w)));
    let _ = writeln!(s, "<h2>{}</h2>\n{}", heading("report-chart"), chart(r, w));
    let e = &r.estimate;
    let _ = writeln!(
        s,
        "<h2>{}</h2>\n<p><strong>{}</strong></p>\n<p class=statement>{}</p>",
        heading("report-estimate"),
        esc(&crate::estimate::headline_in(e, w.msgs)),
        esc(&crate::estimate::statement_in(e, w.msgs))
    );
    // Column headings, the first `text` of them over text, the others over numbers.
    let th = |keys: [&str; 5], text: usize| {
        keys.iter()
            .enumerate()
            .map(|(i, k)| {
                let class = if i < text { "" } else { " class=n" };
                format!("<th{class}>{}</th>", heading(k))
            })
            .collect::<String>()
    };
    let _ = writeln!(
        s,
        "<h2>{}</h2>\n<table><tr>{}</tr>",
        heading("report-finds"),
        th(FIND_COLUMNS, 3)
    );
    for f in &r.finds {
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=n>{}</td><td class=n>{}</td></tr>",
            esc(&f.ordnance_type),
            esc(&f.category),
            esc(&w.recorded(&f.disposal)),
            f.finds,
            f.items
        );
    }
    let _ = writeln!(
        s,
        "</table>\n<h2>{}</h2>\n<table><tr>{}</tr>",
        heading("report-teams"),
        th(TEAM_COLUMNS, 1)
    );
    for tm in &r.teams {
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td><td class=n>{}</td></tr>",
            esc(&w.recorded(&tm.team)),
            tm.releases,
            w.m2(tm.released_m2),
            tm.finds,
            tm.items
        );
    }
    let _ = writeln!(
        s,
        "</table>\n<h2>{}</h2>\n<table>",
        heading("report-article7")
    );
    for (label, value) in article7(r, w) {
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td class=n>{}</td></tr>",
            esc(&label),
            esc(&value)
        );
    }
    let _ = writeln!(s, "</table>");
    for x in &r.excluded {
        let _ = writeln!(
            s,
            "<p>{}</p>",
            esc(&w.t("report-left-out", &[("what", x.as_str().into())]))
        );
    }
    let _ = writeln!(s, "</body></html>");
    s
}

/// The burn-down chart: remaining area (step line) up to the end of the period, the projection
/// to the completion date with its 80 % interval, the deadline, and the period shaded.
///
/// The time axis runs left to right in every language (`direction="ltr"` on the chart of a
/// right-to-left page, whose legend alone is set right to left, from the right edge).
fn chart(r: &Report, w: &Words) -> String {
    let e = &r.estimate;
    let (width, h, left, right, top, bottom) = (880.0, 380.0, 70.0, 20.0, 20.0, 50.0);
    let first = r.series.first().map_or(r.from, |(d, _)| *d).min(r.from);
    let mut last = r.to;
    for d in [e.deadline, e.completion_date, e.completion_high]
        .into_iter()
        .flatten()
    {
        last = last.max(d);
    }
    // Keep a far-off completion from squashing the history.
    let span_cap = first + chrono::Days::new(((r.to - first).num_days().max(365) * 3) as u64);
    last = last.min(span_cap).max(r.to + chrono::Days::new(30));
    let x_span = (last - first).num_days().max(1) as f64;
    let y_max = r
        .series
        .iter()
        .map(|(_, s)| s.remaining.0)
        .fold(r.end.remaining.0, f64::max)
        .max(1.0)
        * 1.1
        / 1e6;
    let x = |d: NaiveDate| left + (d - first).num_days() as f64 / x_span * (width - left - right);
    let y = |km2: f64| top + (1.0 - km2 / y_max) * (h - top - bottom);
    let rtl = w.msgs.language().is_right_to_left();
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {h}\" width=\"100%\" role=\"img\" \
         aria-label=\"{}\"{}>\n",
        esc(&w.t("report-chart-label", &[])),
        if rtl { " direction=\"ltr\"" } else { "" },
        width = width
    );
    let _ = writeln!(
        s,
        "<rect x=\"{:.1}\" y=\"{top}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#eef3ff\"/>",
        x(r.from),
        (x(r.to) - x(r.from)).max(1.0),
        h - top - bottom
    );
    // Axes and ticks.
    let _ = writeln!(
        s,
        "<line x1=\"{left}\" y1=\"{0}\" x2=\"{1}\" y2=\"{0}\" stroke=\"#333\"/><line x1=\"{left}\" y1=\"{top}\" x2=\"{left}\" y2=\"{0}\" stroke=\"#333\"/>",
        h - bottom,
        width - right
    );
    let years = (last.year() - first.year()).max(1);
    let step = ((years as f64) / 10.0).ceil().max(1.0) as i32;
    let mut year = first.year() + 1;
    while year <= last.year() {
        if let Some(d) = NaiveDate::from_ymd_opt(year, 1, 1) {
            let xd = x(d);
            let _ = writeln!(
                s,
                "<line x1=\"{xd:.1}\" y1=\"{0}\" x2=\"{xd:.1}\" y2=\"{1}\" stroke=\"#333\"/><text x=\"{xd:.1}\" y=\"{2}\" text-anchor=\"middle\">{year}</text>",
                h - bottom,
                h - bottom + 5.0,
                h - bottom + 20.0
            );
        }
        year += step;
    }
    // Round tick values: 1, 2 or 5 times a power of ten.
    let raw = y_max / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let tick = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|t| *t >= raw)
        .unwrap_or(raw);
    let decimals = (-tick.log10().floor()).max(0.0) as usize;
    let mut k = 0.0;
    while k * tick <= y_max {
        let v = k * tick;
        k += 1.0;
        let yv = y(v);
        let _ = writeln!(
            s,
            "<line x1=\"{0}\" y1=\"{yv:.1}\" x2=\"{1}\" y2=\"{yv:.1}\" stroke=\"#ddd\"/><text x=\"{2}\" y=\"{3:.1}\" text-anchor=\"end\">{4}</text>",
            left,
            width - right,
            left - 6.0,
            yv + 4.0,
            w.msgs.number(&format!("{v:.decimals$}"))
        );
    }
    let _ = writeln!(
        s,
        "<text x=\"14\" y=\"{:.1}\" transform=\"rotate(-90 14 {:.1})\" text-anchor=\"middle\">{}</text>",
        (top + h - bottom) / 2.0,
        (top + h - bottom) / 2.0,
        esc(&w.t("report-chart-axis", &[]))
    );
    // Remaining area as a step line (level runs, straight changes) from zero at the chart's
    // start to the end of the period.
    let mut path = format!("M{:.1},{:.1}", x(first), y(0.0));
    let (mut at, mut current) = (first, 0.0);
    for (d, m2) in crate::estimate::step_line(&r.series, r.to) {
        let v = m2 / 1e6;
        if d != at {
            let _ = write!(path, " H{:.1}", x(d));
            at = d;
        }
        if v != current {
            let _ = write!(path, " V{:.1}", y(v));
            current = v;
        }
    }
    if at < r.to {
        let _ = write!(path, " H{:.1}", x(r.to));
    }
    let _ = writeln!(
        s,
        "<path d=\"{path}\" fill=\"none\" stroke=\"#FF0000\" stroke-width=\"2\"/>"
    );
    // Projection from the end of the period.
    let (x0, y0) = (x(r.to), y(current));
    let target = |d: Option<NaiveDate>| -> (f64, f64) {
        match d {
            Some(d) if d <= last => (x(d), y(0.0)),
            Some(d) => {
                // Clipped at the chart's edge, on the same straight line.
                let frac = (last - r.to).num_days() as f64 / (d - r.to).num_days().max(1) as f64;
                (x(last), y(current * (1.0 - frac)))
            }
            None => (x(last), y0),
        }
    };
    let (x1, y1) = target(e.completion_date);
    let _ = writeln!(
        s,
        "<line x1=\"{x0:.1}\" y1=\"{y0:.1}\" x2=\"{x1:.1}\" y2=\"{y1:.1}\" stroke=\"#444\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>"
    );
    for d in [e.completion_low, e.completion_high] {
        if d.is_some() {
            let (xi, yi) = target(d);
            let _ = writeln!(
                s,
                "<line x1=\"{x0:.1}\" y1=\"{y0:.1}\" x2=\"{xi:.1}\" y2=\"{yi:.1}\" stroke=\"#888\" stroke-dasharray=\"2 4\"/>"
            );
        }
    }
    if let Some(d) = e.deadline.filter(|d| *d >= first && *d <= last) {
        let xd = x(d);
        let _ = writeln!(
            s,
            "<line x1=\"{xd:.1}\" y1=\"{top}\" x2=\"{xd:.1}\" y2=\"{0}\" stroke=\"#b00\" stroke-width=\"2\"/>\
             <text x=\"{1:.1}\" y=\"{2}\" fill=\"#b00\" text-anchor=\"end\">{3}</text>",
            h - bottom,
            xd - 4.0,
            top + 14.0,
            esc(&w.t("report-chart-deadline", &[("date", w.day(d).into())]))
        );
    }
    let legend_y = h - 8.0;
    let legend = esc(&w.t("report-chart-legend", &[("days", e.window_days.into())]));
    if rtl {
        let _ = writeln!(
            s,
            "<text x=\"{}\" y=\"{legend_y}\" direction=\"rtl\">{legend}</text>",
            width - right
        );
    } else {
        let _ = writeln!(s, "<text x=\"{left}\" y=\"{legend_y}\">{legend}</text>");
    }
    s.push_str("</svg>");
    s
}
