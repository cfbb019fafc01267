//! `traverse`: a hazard area's perimeter from a benchmark and a table of legs, computed and
//! printed; nothing is saved.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow};
use clap::Args;
use geo_types::Geometry;

use super::{date_flag, today};
use crate::geom::traverse::{
    self, BearingReference, Declination, DeclinationSource, TraverseError, TraverseInput,
    TraverseResult,
};
use crate::i18n::Messages;
use crate::io::legs::{self, LegRow};
use crate::io::text::cut;

/// `traverse`'s arguments.
#[derive(Args)]
pub(super) struct TraverseArgs {
    /// The benchmark: lon,lat in decimal degrees (longitude first), UTM (36S 740281
    /// 3685298), MGRS (36SYB4028185298) or DMS (33°16'48"N 35°34'48"E)
    #[arg(long, value_name = "POS", allow_hyphen_values = true)]
    benchmark: String,
    /// The legs: a CSV file with the header kind,bearing_deg,distance_m, the start leg
    /// (benchmark to start point) first and the end leg last
    #[arg(long, value_name = "FILE.csv")]
    legs: PathBuf,
    /// The north the bearings are measured from: true, grid (UTM, the benchmark's zone) or
    /// magnetic (a compass; turned to true with the declination)
    #[arg(long, value_name = "REF", default_value = "magnetic", value_parser = parse_ref)]
    bearing_ref: BearingReference,
    /// Magnetic declination in degrees, east positive, instead of the World Magnetic
    /// Model's (magnetic bearings only)
    #[arg(long, value_name = "DEG", allow_hyphen_values = true)]
    declination: Option<f64>,
    /// The survey's date, YYYY-MM-DD, for the World Magnetic Model [default: today]
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// Largest acceptable misclosure as 1:N of the perimeter; worse exits with status 1
    #[arg(long, value_name = "N", default_value_t = traverse::DEFAULT_TOLERANCE)]
    tolerance: f64,
    /// Also show the points adjusted by the compass (Bowditch) rule and how far each moved
    #[arg(long)]
    adjust: bool,
    /// Print one JSON object
    #[arg(long)]
    json: bool,
}

/// `--bearing-ref`.
fn parse_ref(text: &str) -> Result<BearingReference, String> {
    text.parse()
}

/// Computes the traverse and prints it; false (exit status 1) when the closure is worse
/// than the tolerance.
pub(super) fn traverse(args: TraverseArgs, msgs: &Messages, out: &mut dyn Write) -> Result<bool> {
    if !(args.tolerance.is_finite() && args.tolerance > 0.0) {
        return Err(anyhow!(
            "--tolerance {}: must be a number above 0",
            args.tolerance
        ));
    }
    let (lon, lat) = benchmark(&args.benchmark)?;
    let rows = legs::read_legs(&args.legs)?;
    let date = match &args.date {
        Some(text) => date_flag("date", text)?,
        None => today(),
    };
    let input = TraverseInput {
        benchmark_lon: lon,
        benchmark_lat: lat,
        legs: rows.iter().map(|r| r.leg).collect(),
        bearing_ref: args.bearing_ref,
        declination_deg: args.declination,
        date,
    };
    let result = traverse::compute(&input).map_err(|e| on_line(e, &args.legs, &rows, msgs))?;
    let adjusted = if args.adjust {
        Some(traverse::bowditch(&result).map_err(|e| anyhow!("the adjusted perimeter: {e}"))?)
    } else {
        None
    };
    let worse = result.closure_worse_than(args.tolerance);
    if args.json {
        let mut json = to_json(&result, date, args.tolerance);
        if let Some(a) = &adjusted {
            json["adjusted"] = adjusted_json(a);
        }
        writeln!(out, "{}", serde_json::to_string_pretty(&json)?)?;
    } else {
        print_human(&result, date, args.tolerance, msgs, out)?;
        if let Some(a) = &adjusted {
            print_adjusted(a, msgs, out)?;
        }
    }
    Ok(!worse)
}

/// The benchmark given as `--benchmark`, checked to be a position.
fn benchmark(text: &str) -> Result<(f64, f64)> {
    let p = crate::io::wkt::parse_point(text)
        .map_err(|why| anyhow!("--benchmark {:?}: {why}", cut(text)))?;
    Ok((p.x(), p.y()))
}

/// A traverse error as the command names it: one about a leg by the file and the leg's
/// line, one about the perimeter by the file, one about a flag by the flag; in the
/// language of `msgs`.
fn on_line(e: TraverseError, file: &Path, rows: &[LegRow], msgs: &Messages) -> anyhow::Error {
    let leg = match &e {
        TraverseError::Order { leg, .. }
        | TraverseError::Bearing { leg, .. }
        | TraverseError::Distance { leg, .. }
        | TraverseError::OffTheMap { leg, .. } => Some(*leg),
        _ => None,
    };
    let e_text = crate::i18n::Localized::text_in(&e, msgs);
    match (&e, leg.and_then(|n| rows.get(n - 1))) {
        (_, Some(row)) => anyhow!(
            "{}",
            msgs.text(
                "err-on-line",
                &[
                    ("file", file.display().to_string().into()),
                    ("line", row.line.to_string().into()),
                    ("why", e_text.into()),
                ]
            )
        ),
        (TraverseError::Declination { .. }, _) => anyhow!("--{e_text}"),
        (
            TraverseError::Wmm { .. }
            | TraverseError::NoUtmZone { .. }
            | TraverseError::Benchmark { .. },
            _,
        ) => anyhow!("{e_text}"),
        _ => anyhow!("{}: {e_text}", file.display()),
    }
}

/// How the declination is written for people: `2.41° E (World Magnetic Model, ±0.33°)`.
fn declination_text(d: &Declination, date: chrono::NaiveDate, msgs: &Messages) -> String {
    let side = if d.degrees < 0.0 { "W" } else { "E" };
    let source = match d.source {
        DeclinationSource::Given => msgs.text("traverse-given", &[]),
        DeclinationSource::Wmm {
            uncertainty_deg,
            caution_zone,
        } => format!(
            "{}{}",
            msgs.text(
                "traverse-wmm",
                &[
                    ("date", date.to_string().into()),
                    (
                        "uncertainty",
                        msgs.number(&format!("{uncertainty_deg:.2}")).into()
                    ),
                ]
            ),
            if caution_zone {
                msgs.text("traverse-caution", &[])
            } else {
                String::new()
            }
        ),
    };
    format!(
        "{}° {side} ({source})",
        msgs.number(&format!("{:.2}", d.degrees.abs()))
    )
}

/// 1:N, or 1:∞ for an exact closure.
fn ratio_text(ratio: Option<f64>, msgs: &Messages) -> String {
    match ratio {
        Some(n) => format!("1:{:.0}", n.floor()),
        None => msgs.text("traverse-closes-exactly", &[]),
    }
}

/// The points table and the figures, and a warning when the closure is worse than 1:N,
/// in the language of `msgs` (labels padded by characters, so the values line up).
fn print_human(
    r: &TraverseResult,
    date: chrono::NaiveDate,
    tolerance: f64,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let text = |key: &str| msgs.text(key, &[]);
    let num = |n: String| msgs.number(&n);
    let (m, m2, ha) = (text("unit-m"), text("unit-m2"), text("unit-ha"));
    let labels = [
        "traverse-benchmark",
        "traverse-area",
        "traverse-perimeter",
        "traverse-closure",
        "traverse-bearings",
        "traverse-declination",
        "traverse-grid",
    ];
    let width = labels
        .iter()
        .map(|k| text(k).chars().count())
        .max()
        .unwrap_or(0)
        .max(13);
    let mut row = |key: &str, value: String| -> Result<()> {
        writeln!(out, "{:<width$} {value}", text(key))?;
        Ok(())
    };
    row(
        "traverse-benchmark",
        format!(
            "{} {:.7}  {} {:.7}",
            text("traverse-col-lon"),
            r.benchmark_lon,
            text("traverse-col-lat"),
            r.benchmark_lat
        ),
    )?;
    writeln!(
        out,
        "{:<3} {:<12} {:>13} {:>12} {:>12} {:>10}",
        "#",
        text("traverse-col-kind"),
        text("traverse-col-lon"),
        text("traverse-col-lat"),
        text("traverse-col-bearing"),
        text("traverse-col-distance")
    )?;
    for (i, p) in r.points.iter().enumerate() {
        writeln!(
            out,
            "{:<3} {:<12} {:>13.7} {:>12.7} {:>11}° {:>8} {m}",
            i + 1,
            p.kind.as_str(),
            p.lon,
            p.lat,
            num(format!("{:.4}", p.true_bearing_deg)),
            num(format!("{:.2}", p.distance_m))
        )?;
    }
    let mut row = |key: &str, value: String| -> Result<()> {
        writeln!(out, "{:<width$} {value}", text(key))?;
        Ok(())
    };
    row(
        "traverse-area",
        format!(
            "{} {m2} ({} {ha})",
            num(format!("{:.2}", r.area_m2)),
            num(format!("{:.4}", r.area_m2 / 10_000.0))
        ),
    )?;
    row(
        "traverse-perimeter",
        format!("{} {m}", num(format!("{:.2}", r.perimeter_m))),
    )?;
    row(
        "traverse-closure",
        format!(
            "{} {m}, {}",
            num(format!("{:.3}", r.closure_error_m)),
            ratio_text(r.closure_ratio, msgs)
        ),
    )?;
    row("traverse-bearings", r.bearing_ref.to_string())?;
    match (&r.declination, r.utm_zone) {
        (Some(d), _) => row("traverse-declination", declination_text(d, date, msgs))?,
        (None, Some(zone)) => row(
            "traverse-grid",
            msgs.text("traverse-utm-zone", &[("zone", zone.to_string().into())]),
        )?,
        (None, None) => {}
    }
    if r.closure_worse_than(tolerance) {
        let warning = msgs.text(
            "traverse-warning",
            &[
                ("ratio", ratio_text(r.closure_ratio, msgs).into()),
                ("tolerance", tolerance.to_string().into()),
            ],
        );
        writeln!(out, "{warning}")?;
    }
    Ok(())
}

/// The adjusted points and how far each moved.
fn print_adjusted(a: &traverse::Adjusted, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    writeln!(out, "{}", msgs.text("traverse-adjusted", &[]))?;
    for (i, p) in a.points.iter().enumerate() {
        let moved = msgs.text(
            "traverse-moved",
            &[("metres", msgs.number(&format!("{:.3}", p.shift_m)).into())],
        );
        writeln!(
            out,
            "{:<3} {:<12} {:>13.7} {:>12.7} {moved}",
            i + 1,
            p.kind.as_str(),
            p.lon,
            p.lat,
        )?;
    }
    let area = msgs.number(&format!("{:.2}", a.area_m2));
    writeln!(
        out,
        "{}",
        msgs.text("traverse-adjusted-area", &[("area", area.into())])
    )?;
    Ok(())
}

/// The result as one JSON object. `closure_ratio` is N of 1:N, or null for an exact
/// closure (1:∞, which JSON numbers cannot write); `declination_deg` is null unless the
/// bearings are magnetic.
fn to_json(r: &TraverseResult, date: chrono::NaiveDate, tolerance: f64) -> serde_json::Value {
    let points: Vec<serde_json::Value> = r
        .points
        .iter()
        .map(|p| {
            serde_json::json!({
                "kind": p.kind.as_str(),
                "lon": p.lon,
                "lat": p.lat,
                "true_bearing_deg": p.true_bearing_deg,
                "distance_m": p.distance_m,
            })
        })
        .collect();
    let (declination_deg, declination_source) = match &r.declination {
        None => (None, None),
        Some(d) => (
            Some(d.degrees),
            Some(match d.source {
                DeclinationSource::Given => "given",
                DeclinationSource::Wmm { .. } => "wmm",
            }),
        ),
    };
    serde_json::json!({
        "benchmark": { "lon": r.benchmark_lon, "lat": r.benchmark_lat },
        "date": date.to_string(),
        "bearing_ref": r.bearing_ref.as_str(),
        "declination_deg": declination_deg,
        "declination_source": declination_source,
        "utm_zone": r.utm_zone,
        "points": points,
        "polygon_wkt": crate::io::wkt::to_wkt(&Geometry::Polygon(r.polygon.clone())),
        "area_m2": r.area_m2,
        "perimeter_m": r.perimeter_m,
        "closure_error_m": r.closure_error_m,
        "closure_ratio": r.closure_ratio,
        "tolerance": tolerance,
        "within_tolerance": !r.closure_worse_than(tolerance),
    })
}

/// The compass-rule adjustment as JSON.
fn adjusted_json(a: &traverse::Adjusted) -> serde_json::Value {
    let points: Vec<serde_json::Value> = a
        .points
        .iter()
        .map(|p| serde_json::json!({"kind": p.kind.as_str(), "lon": p.lon, "lat": p.lat, "shift_m": p.shift_m}))
        .collect();
    serde_json::json!({
        "points": points,
        "polygon_wkt": crate::io::wkt::to_wkt(&Geometry::Polygon(a.polygon.clone())),
        "area_m2": a.area_m2,
    })
}

/// A boundary computed from a traverse for `add hazard|release`: what is saved with it.
pub(super) struct Surveyed {
    /// The boundary (adjusted when asked).
    pub(super) polygon: geo_types::Polygon<f64>,
    /// The survey points, for the record's id once it has one.
    pub(super) result: TraverseResult,
    pub(super) legs: Vec<traverse::Leg>,
    pub(super) adjusted: Option<traverse::Adjusted>,
    /// How the closure was taken (the record's `extra.traverse`).
    pub(super) closure: serde_json::Value,
}

/// Computes the traverse `flags` give, dated `record_date` unless `--survey-date` says
/// otherwise, and holds it to the programme's `tolerance`: a closure worse than 1:N is
/// refused, naming what to do, unless `--accept-closure` (or `--adjust`, which closes it)
/// was given.
pub(super) fn surveyed(
    flags: &super::fields::SurveyFlags,
    record_date: Option<chrono::NaiveDate>,
    tolerance: f64,
    msgs: &Messages,
) -> Result<Surveyed> {
    let (lon, lat) = benchmark(&flags.benchmark)?;
    let rows = legs::read_legs(&flags.legs)?;
    let bearing_ref = match &flags.bearing_ref {
        Some(text) => parse_ref(text).map_err(|e| anyhow!("--bearing-ref {e}"))?,
        None => BearingReference::Magnetic,
    };
    let declination =
        match &flags.declination {
            Some(text) => Some(text.trim().parse::<f64>().map_err(|_| {
                anyhow!("--declination {:?}: is not a number of degrees", cut(text))
            })?),
            None => None,
        };
    let date = match (&flags.date, record_date) {
        (Some(text), _) => date_flag("survey-date", text)?,
        (None, Some(d)) => d,
        (None, None) => today(),
    };
    let input = TraverseInput {
        benchmark_lon: lon,
        benchmark_lat: lat,
        legs: rows.iter().map(|r| r.leg).collect(),
        bearing_ref,
        declination_deg: declination,
        date,
    };
    let result = traverse::compute(&input).map_err(|e| on_line(e, &flags.legs, &rows, msgs))?;
    let adjusted = if flags.adjust {
        Some(traverse::bowditch(&result).map_err(|e| anyhow!("the adjusted perimeter: {e}"))?)
    } else {
        None
    };
    let taken = match (&adjusted, flags.accept) {
        (Some(_), _) => traverse::Taken::Adjusted,
        (None, true) => traverse::Taken::Accepted,
        (None, false) => traverse::Taken::AsMeasured,
    };
    let closure = traverse::take_closure(&result, tolerance, taken).map_err(|e| {
        super::Refused(format!(
            "{}: {e}. Check the legs, or give --accept-closure to save it as measured, or \
             --adjust to distribute the misclosure by the compass rule (either is recorded \
             with the record)",
            flags.legs.display()
        ))
    })?;
    let polygon = adjusted
        .as_ref()
        .map_or_else(|| result.polygon.clone(), |a| a.polygon.clone());
    Ok(Surveyed {
        polygon,
        legs: input.legs,
        result,
        adjusted,
        closure,
    })
}

impl Surveyed {
    /// The survey points of the record `id`.
    pub(super) fn points(&self, id: uuid::Uuid) -> Vec<crate::model::Record> {
        traverse::survey_points(&self.result, &self.legs, self.adjusted.as_ref(), id)
            .into_iter()
            .map(crate::model::Record::Survey)
            .collect()
    }

    /// One line for the command's output.
    pub(super) fn summary(&self) -> String {
        format!(
            "closure {:.3} m, {}{}",
            self.result.closure_error_m,
            ratio_text(self.result.closure_ratio, Messages::english()),
            if self.adjusted.is_some() {
                ", adjusted by the compass rule"
            } else {
                ""
            }
        )
    }
}
