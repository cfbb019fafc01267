//! The programme as a whole: `status`, `estimate`, `report`, `settings`, and `generate` (a
//! synthetic one).

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use clap::builder::TypedValueParser;
use clap::{Args, ValueEnum};

use super::{as_of, date_flag, open, window_days};
use crate::estimate::{Estimate, thousands};
use crate::generate;
use crate::i18n::Messages;
use crate::io::report::Format;
use crate::io::text::printable;
use crate::status::{self, Breakdown};
use crate::store::{self, Store};

/// `status`'s arguments.
#[derive(Args)]
pub(super) struct StatusArgs {
    /// The date, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    /// Print one JSON object
    #[arg(long)]
    json: bool,
    /// Add a breakdown per hazard area or per region
    #[arg(long, value_name = "by")]
    by: Option<By>,
}

/// `status --by`.
#[derive(Clone, Copy, ValueEnum)]
enum By {
    // One row per hazard area.
    Hazard,
    // One row per region.
    Region,
}

/// `estimate`'s arguments.
#[derive(Args)]
pub(super) struct EstimateArgs {
    /// The date, YYYY-MM-DD [default: today]
    #[arg(long, value_name = "DATE")]
    as_of: Option<String>,
    /// Days of history the pace is measured over (30 to 3650)
    #[arg(long, value_name = "N", default_value = "365", value_parser = window_days())]
    window_days: u32,
    /// Print one JSON object
    #[arg(long)]
    json: bool,
}

/// `report`'s arguments.
#[derive(Args)]
pub(super) struct ReportArgs {
    /// First day, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    from: String,
    /// Last day, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    to: String,
    /// md, csv, json or html [default: from the -o file's extension, else md]
    #[arg(
        long,
        value_name = "format",
        value_parser = clap::builder::PossibleValuesParser::new(["md", "csv", "json", "html"])
            .try_map(|f| f.parse::<Format>())
    )]
    format: Option<Format>,
    /// Write to FILE instead of the screen
    #[arg(short = 'o', long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Days of history the estimate's pace is measured over
    #[arg(long, value_name = "N", default_value = "365", value_parser = window_days())]
    window_days: u32,
}

/// `settings`' arguments.
#[derive(Args)]
pub(super) struct SettingsArgs {
    /// Programme name, for reports
    #[arg(long, value_name = "TEXT")]
    name: Option<String>,
    /// Article 4 deadline, YYYY-MM-DD
    #[arg(long, value_name = "DATE")]
    deadline: Option<String>,
    /// The closure a traverse must reach to be saved without --accept-closure: N of 1:N
    /// (100 or 1:100) [default: 1:100]
    #[arg(long, value_name = "N")]
    closure_tolerance: Option<String>,
}

/// `generate`'s arguments.
#[derive(Args)]
pub(super) struct GenerateArgs {
    /// New database file
    out: PathBuf,
    /// The seed of the random sequence (the same seed, the same programme)
    #[arg(long, value_name = "seed", default_value = "2006")]
    seed: u64,
    /// How many hazard areas
    #[arg(long, value_name = "hazards", default_value = "5000")]
    hazards: usize,
    /// How many land releases
    #[arg(long, value_name = "releases", default_value = "20000")]
    releases: usize,
    /// How many ordnance finds
    #[arg(long, value_name = "finds", default_value = "200000")]
    finds: usize,
    /// scattered: every date drawn on its own (the benchmarks'); steady: a programme releasing its hazard areas at a steady pace until 2026-10-31 (the demo's: --seed 3 --hazards 250 --releases 1200 --finds 1500)
    #[arg(long, value_name = "timeline", default_value = "scattered", value_parser = ["scattered", "steady"])]
    timeline: String,
}

/// `status`: hazard area, remaining area and land released at a date.
pub(super) fn status(a: StatusArgs, db: &Path, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    let as_of = as_of(a.as_of.as_deref())?;
    let breakdown = a.by.map(|by| match by {
        By::Hazard => Breakdown::Hazard,
        By::Region => Breakdown::Region,
    });
    let store = super::read(db, msgs, out)?;
    let s = status::status(&store, as_of, breakdown)?;
    if a.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&s.to_json())?)?;
    } else {
        print_status(&s, db, msgs, out)?;
    }
    Ok(())
}

/// `estimate`: when clearance will be complete at the recent pace.
pub(super) fn estimate(
    a: EstimateArgs,
    db: &Path,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let as_of = as_of(a.as_of.as_deref())?;
    let store = super::read(db, msgs, out)?;
    let (e, excluded) = status::estimate(&store, as_of, a.window_days)?;
    if a.json {
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&status::estimate_json(&e, &excluded))?
        )?;
    } else {
        print_estimate(&e, msgs, out)?;
        for x in &excluded {
            writeln!(
                out,
                "{}",
                msgs.text("warning-left-out", &[("what", x.as_str().into())])
            )?;
        }
    }
    Ok(())
}

/// `report`: the progress report for a period, on the screen or written to a file whole.
pub(super) fn report(a: ReportArgs, db: &Path, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    let (from, to) = (date_flag("from", &a.from)?, date_flag("to", &a.to)?);
    let output = a.output.as_deref();
    let format = match a.format {
        Some(f) => f,
        None => output.map_or(Format::Markdown, Format::of_path),
    };
    let store = super::read(db, msgs, out)?;
    let r = crate::report::report(&store, from, to, a.window_days)?;
    let text = crate::io::report::render(&r, format, msgs);
    match output {
        Some(path) => {
            let file = || super::shown(path);
            if store::part_of_database(path, db) {
                bail!(
                    "{}",
                    msgs.text("cli-report-is-database", &[("file", file())])
                );
            }
            crate::io::write_atomic(path, text.as_bytes())
                .with_context(|| msgs.text("cli-cannot-write", &[("file", file())]))?;
            writeln!(out, "{}", msgs.text("cli-wrote", &[("file", file())]))?;
        }
        None => out.write_all(text.as_bytes())?,
    }
    Ok(())
}

/// `settings`: sets the values given (all checked first, then written in one
/// transaction), then shows them.
pub(super) fn settings(
    a: SettingsArgs,
    db: &Path,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let mut store = open(db, out)?;
    let changes = setting_changes(&a)?;
    if !changes.is_empty() {
        let pairs: Vec<(&str, &str)> = changes.iter().map(|(k, v)| (*k, v.as_str())).collect();
        store.set_settings(&pairs)?;
    }
    print_settings(&status::settings(&store)?, msgs, out)
}

/// The settings `a` gives, checked, as (key, value) pairs to store.
pub(super) fn setting_changes(a: &SettingsArgs) -> Result<Vec<(&'static str, String)>> {
    let mut changes: Vec<(&str, String)> = Vec::new();
    if let Some(name) = &a.name {
        if name.trim().is_empty() {
            bail!("--name: give the programme's name");
        }
        changes.push(("programme_name", name.trim().to_owned()));
    }
    if let Some(text) = &a.deadline {
        changes.push((
            "article4_deadline",
            date_flag("deadline", text)?.to_string(),
        ));
    }
    if let Some(text) = &a.closure_tolerance {
        let n = status::parse_tolerance(text)
            .map_err(|why| anyhow::anyhow!("--closure-tolerance {text:?}: {why}"))?;
        changes.push(("closure_tolerance", n.to_string()));
    }
    Ok(changes)
}

/// The programme's settings as `settings` shows them.
pub(super) fn print_settings(
    s: &status::Settings,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let text = |key: &str| msgs.text(key, &[]);
    let not_set = text("settings-not-set");
    let tolerance = format!(
        "1:{}{}",
        s.closure_tolerance(),
        if s.closure_tolerance.is_none() {
            format!(" {}", text("settings-default"))
        } else {
            String::new()
        }
    );
    let rows = [
        (
            text("settings-name"),
            printable(s.programme_name.as_deref().unwrap_or(&not_set)),
        ),
        (
            text("settings-deadline"),
            s.deadline.map_or(not_set.clone(), |d| d.to_string()),
        ),
        (text("settings-tolerance"), tolerance),
    ];
    // Labels padded by characters, so that the values line up in any script.
    let width = rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    for (label, value) in rows {
        writeln!(out, "{label:<width$} {value}")?;
    }
    Ok(())
}

/// `generate OUT`: a synthetic programme written into a new file, progress on stderr.
pub(super) fn generate(
    a: GenerateArgs,
    user: &str,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let path = &a.out;
    let spec = generate::Spec {
        seed: a.seed,
        hazards: a.hazards,
        releases: a.releases,
        finds: a.finds,
        timeline: match a.timeline.as_str() {
            "steady" => generate::Timeline::Steady,
            _ => generate::Timeline::Scattered,
        },
    };
    let mut store = Store::create(path)?;
    let records = generate::programme(&spec, &store.ordnance_types()?)?;
    let total = records.len();
    let mut shown = 0;
    store.insert_with_progress(&records, user, &mut |n| {
        let pct = n * 100 / total.max(1);
        if pct >= shown + 10 {
            shown = pct;
            let line = msgs.text(
                "generate-progress",
                &[
                    ("percent", pct.into()),
                    ("done", n.into()),
                    ("total", total.into()),
                ],
            );
            eprintln!("{line}");
        }
    })?;
    let line = msgs.text(
        "generate-wrote",
        &[
            ("hazards", spec.hazards.into()),
            ("releases", spec.releases.into()),
            ("finds", spec.finds.into()),
            ("path", path.display().to_string().into()),
        ],
    );
    writeln!(out, "{line}")?;
    Ok(())
}

/// The estimate as `estimate` prints it, in the language of `msgs`: the headline, the
/// figures (labels padded by characters, as `status`'s), the statement.
fn print_estimate(e: &Estimate, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    let text = |key: &str| msgs.text(key, &[]);
    let number = |v: f64| msgs.number(&thousands(v));
    let per_day = text("estimate-per-day");
    writeln!(out, "{}", crate::estimate::headline_in(e, msgs))?;
    writeln!(out)?;
    let title = msgs.text(
        "estimate-title",
        &[
            ("date", msgs.day(e.as_of).into()),
            ("days", e.window_days.into()),
        ],
    );
    writeln!(out, "{title}")?;
    let row =
        |out: &mut dyn Write, key: &str, value: &str| writeln!(out, "  {:<26}{value}", text(key));
    let km2 = msgs.number(&format!("{:.3}", e.remaining_m2 / 1e6));
    let remaining = format!(
        "{:>14} {}  ({km2} {})",
        number(e.remaining_m2),
        text("unit-m2"),
        text("unit-km2")
    );
    row(out, "estimate-remaining", &remaining)?;
    for (key, v) in [
        ("estimate-net", e.net_rate_m2_per_day),
        ("estimate-released", e.release_rate_m2_per_day),
        ("estimate-new", e.new_contamination_m2_per_day),
    ] {
        row(out, key, &format!("{:>14} {per_day}", number(v)))?;
    }
    let completion = match e.completion_date {
        Some(d) => msgs.day(d),
        None => text("report-none-at-this-pace"),
    };
    row(out, "estimate-completion", &format!("{completion:>14}"))?;
    let interval = match (e.completion_low, e.completion_high) {
        (Some(lo), Some(hi)) => msgs.text(
            "report-interval-range",
            &[("low", msgs.day(lo).into()), ("high", msgs.day(hi).into())],
        ),
        (Some(lo), None) => msgs.text("estimate-interval-open", &[("low", msgs.day(lo).into())]),
        _ => text("estimate-interval-none"),
    };
    row(out, "estimate-interval", &interval)?;
    match e.deadline {
        Some(d) => {
            row(out, "estimate-deadline", &format!("{:>14}", msgs.day(d)))?;
            let on_track = text(if e.on_track == Some(true) {
                "report-yes"
            } else {
                "report-no"
            });
            row(out, "estimate-on-track", &format!("{on_track:>14}"))?;
            if let Some(r) = e.required_rate_m2_per_day {
                row(
                    out,
                    "estimate-pace-needed",
                    &format!("{:>14} {per_day}", number(r)),
                )?;
            }
            if let Some(r) = e.required_pace_ratio {
                let ratio = msgs.number(&format!("{r:.2}"));
                writeln!(
                    out,
                    "  {:<26}{ratio:>14} {}",
                    "",
                    text("estimate-times-pace")
                )?;
            }
        }
        None => row(out, "estimate-deadline", &text("estimate-no-deadline"))?,
    }
    writeln!(out)?;
    writeln!(out, "{}", crate::estimate::statement_in(e, msgs))?;
    Ok(())
}

/// The status as `status` prints it, with the breakdown asked for, in the language of
/// `msgs` (labels padded by characters, so columns line up in scripts of one cell a
/// character: Latin, Cyrillic, Georgian, Arabic).
fn print_status(s: &status::Status, db: &Path, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    let t = &s.totals;
    let text = |key: &str| msgs.text(key, &[]);
    let title = msgs.text(
        "status-title",
        &[
            ("date", s.as_of.to_string().into()),
            ("file", super::db_label(db).into()),
        ],
    );
    writeln!(out, "{title}")?;
    writeln!(
        out,
        "  {:<22} {:>16} {:>12}",
        "",
        text("unit-m2"),
        text("unit-km2")
    )?;
    let row = |out: &mut dyn Write, key: &str, indent: &str, a: f64| {
        let label = format!("{indent}{}", text(key));
        let km2 = msgs.number(&format!("{:.3}", a / 1e6));
        writeln!(out, "  {label:<22} {a:>16.0} {km2:>12}")
    };
    row(out, "status-hazard-area", "", t.hazard_area.0)?;
    row(out, "status-remaining", "", t.remaining.0)?;
    row(out, "status-released", "", t.released().0)?;
    row(out, "status-cancelled", "  ", t.cancelled.0)?;
    row(out, "status-reduced", "  ", t.reduced.0)?;
    row(out, "status-cleared", "  ", t.cleared.0)?;
    let count =
        |out: &mut dyn Write, key: &str, n: u64| writeln!(out, "  {:<21} {n:>8}", text(key));
    count(out, "status-hazard-areas", s.hazard_areas as u64)?;
    count(out, "status-land-releases", s.land_releases as u64)?;
    writeln!(
        out,
        "  {:<21} {:>8} {}",
        text("status-ordnance-finds"),
        s.ordnance_finds,
        msgs.text("status-items", &[("count", s.items_found.into())])
    )?;
    if let Some(rows) = &s.by_region {
        print_regions(rows, msgs, out)?;
    }
    if let Some(rows) = &s.by_hazard {
        print_hazards(rows, msgs, out)?;
    }
    for e in &s.excluded {
        writeln!(
            out,
            "{}",
            msgs.text("warning-left-out", &[("what", e.as_str().into())])
        )?;
    }
    Ok(())
}

/// `status --by region`'s rows.
fn print_regions(
    rows: &[crate::geom::engine::RegionFigures],
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let text = |key: &str| msgs.text(key, &[]);
    writeln!(
        out,
        "\n  {:<24} {:>7} {:>16} {:>16}",
        text("status-region"),
        text("status-areas"),
        text("status-hazard-m2"),
        text("status-remaining-m2")
    )?;
    let none = text("status-no-region");
    for r in rows {
        writeln!(
            out,
            "  {:<24} {:>7} {:>16.0} {:>16.0}",
            printable(r.region.as_deref().unwrap_or(&none)),
            r.hazard_areas,
            r.hazard_area.0,
            r.remaining.0
        )?;
    }
    Ok(())
}

/// `status --by hazard`'s rows.
fn print_hazards(
    rows: &[crate::geom::engine::HazardFigures],
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let text = |key: &str| msgs.text(key, &[]);
    writeln!(
        out,
        "\n  {:<36} {:<24} {:>14} {:>14}",
        text("status-hazard-id"),
        text("status-name"),
        text("status-area-m2"),
        text("status-remaining-m2")
    )?;
    for h in rows {
        writeln!(
            out,
            "  {:<36} {:<24} {:>14.0} {:>14.0}",
            h.id,
            printable(&h.name),
            h.area.0,
            h.remaining.0
        )?;
    }
    writeln!(out, "  {}", text("status-overlap"))?;
    Ok(())
}
