//! Records one at a time: `add`, `edit`, `list`, `show`, `history`, `delete`, and `types`
//! (the ordnance type list a find's type comes from).

use std::io::Write;
use std::path::Path;

use anyhow::{Result, bail};
use clap::Args;
use clap::builder::TypedValueParser;

use super::fields::{FieldFlags, NewRecord};
use super::{Refused, kind_name, open, open_in, parse_id_in};
use crate::geom;
use crate::i18n::{Arg, Localized, Messages};
use crate::io::text::printable;
use crate::io::wkt;
use crate::model::{self, Record, RecordInput, RecordKind};
use crate::store;

/// `edit`'s arguments.
#[derive(Args)]
pub(super) struct EditArgs {
    /// The record's UUID
    id: String,
    /// New geometry (WKT, or lon,lat for a find)
    #[arg(long, value_name = "WKT|LON,LAT", allow_hyphen_values = true)]
    geometry: Option<String>,
    #[command(flatten)]
    fields: FieldFlags,
}

/// `list`'s arguments.
#[derive(Args)]
pub(super) struct ListArgs {
    /// Only this kind
    #[arg(long, value_name = "kind", value_parser = kind_parser())]
    kind: Option<RecordKind>,
}

/// `--kind`, `--as`: a kind as the command line names it (`hazard`, `release`, `find`),
/// offered as those three and read with [`RecordKind`]'s `FromStr`.
pub(super) fn kind_parser() -> impl clap::builder::TypedValueParser<Value = RecordKind> {
    clap::builder::PossibleValuesParser::new(RecordKind::ALL.map(RecordKind::short))
        .try_map(|k| k.parse::<RecordKind>())
}

/// A record refused for bad values: one line (the message `key` with `args` and the
/// problems, in the language, as `$problems`), each value cut to a readable length.
fn refused_record(
    msgs: &Messages,
    key: &str,
    mut args: Vec<(&str, Arg)>,
    mut invalid: model::Invalid,
) -> anyhow::Error {
    for e in &mut invalid.errors {
        e.value = crate::io::text::cut(&e.value);
    }
    args.push(("problems", invalid.text_in(msgs).into()));
    Refused(msgs.text(key, &args)).into()
}

/// A geometry given on the command line, refused (status 1) if it cannot be read.
fn parse_geometry(text: &str) -> Result<geo_types::Geometry<f64>> {
    wkt::parse(text).map_err(|e| {
        // The value it quotes is cut by the reader; the reason stays whole.
        Refused(format!("geometry {e}")).into()
    })
}

/// `add KIND`: checks the record like any other and inserts it.
pub(super) fn add(
    new: NewRecord,
    db: &Path,
    user: &str,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let kind = new.kind;
    let mut store = open_in(db, msgs, out)?;
    // The record's own date dates a traverse's magnetic declination unless told otherwise.
    let record_date = kind
        .date_field()
        .and_then(|f| new.fields.get(f))
        .and_then(|d| model::parse_date(d).ok());
    let surveyed = match &new.survey {
        Some(flags) => {
            let tolerance = crate::status::settings(&store)?.closure_tolerance();
            Some(super::traverse::surveyed(
                flags,
                record_date,
                tolerance,
                msgs,
            )?)
        }
        None => None,
    };
    let geometry = match &surveyed {
        Some(s) => geo_types::Geometry::Polygon(s.polygon.clone()),
        None => parse_geometry(&new.geometry)?,
    };
    let id = new
        .id
        .as_deref()
        .map(|text| parse_id_in(text, msgs))
        .transpose()?;
    let mut extra = model::Extra::new();
    if let Some(s) = &surveyed {
        extra.insert("traverse".to_owned(), s.closure.clone());
    }
    let input = RecordInput {
        id,
        geometry: Some(geometry),
        fields: new.fields,
        extra,
    };
    let record = model::build(kind, input, &store.ordnance_types()?).map_err(|e| {
        refused_record(
            msgs,
            "cli-not-added",
            vec![("kind", kind_name(msgs, kind).into())],
            e,
        )
    })?;
    // The record and its survey points in one transaction: all or nothing.
    let mut records = vec![record];
    if let Some(s) = &surveyed {
        let points = s.points(records[0].uuid());
        records.extend(points);
    }
    store.insert(&records, user)?;
    let record = &records[0];
    writeln!(out, "{}", said(msgs, "cli-added", record))?;
    if let Some(s) = &surveyed {
        let line = msgs.text(
            "cli-with-survey-points",
            &[
                ("count", (records.len() - 1).into()),
                ("closure", s.summary().into()),
            ],
        );
        writeln!(out, "  {line}")?;
    }
    Ok(())
}

/// `edit ID`: the record with the fields and geometry given changed, checked as a new one;
/// a row that is not a valid record is corrected from the row as stored.
pub(super) fn edit(
    a: EditArgs,
    db: &Path,
    user: &str,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let id = parse_id_in(&a.id, msgs)?;
    let mut store = open_in(db, msgs, out)?;
    let current = match store.get(id) {
        Ok(Some(record)) => Some(record),
        Ok(None) => return Err(store::StoreError::NotFound(id).into()),
        // Stored before a rule it now breaks, or by another program: the edit that
        // corrects it starts from the row as stored.
        Err(store::StoreError::BadRow(_)) => None,
        Err(e) => return Err(e.into()),
    };
    let changes = a.fields.0;
    let geometry = match a.geometry {
        Some(text) => Some(parse_geometry(&text)?),
        None => None,
    };
    if changes.is_empty() && geometry.is_none() {
        bail!("{}", msgs.text("cli-nothing-to-change", &[]));
    }
    let types = store.ordnance_types()?;
    let Some(current) = current else {
        let (kind, input, _) = store
            .stored_input(id)?
            .ok_or(store::StoreError::NotFound(id))?;
        let edited = input
            .edited(kind, &changes, geometry, &types)
            .map_err(|e| {
                refused_record(
                    msgs,
                    "cli-not-changed-stored",
                    vec![
                        ("kind", kind_name(msgs, kind).into()),
                        ("id", id.to_string().into()),
                    ],
                    e,
                )
            })?;
        store.update(&edited, user)?;
        writeln!(out, "{}", said(msgs, "cli-corrected", &edited))?;
        return Ok(());
    };
    let kind = current.kind();
    let edited = current.edited(&changes, geometry, &types).map_err(|e| {
        refused_record(
            msgs,
            "cli-not-changed",
            vec![
                ("kind", kind_name(msgs, kind).into()),
                ("id", id.to_string().into()),
            ],
            e,
        )
    })?;
    if edited == current {
        let line = msgs.text(
            "cli-no-change",
            &[
                ("kind", kind_name(msgs, kind).into()),
                ("id", id.to_string().into()),
            ],
        );
        writeln!(out, "{line}")?;
    } else {
        store.update(&edited, user)?;
        writeln!(out, "{}", said(msgs, "cli-changed", &edited))?;
    }
    Ok(())
}

/// `list`: one line per record, then the rows that are not valid records.
pub(super) fn list(a: ListArgs, db: &Path, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    let store = open(db, out)?;
    let kinds: Vec<RecordKind> = match a.kind {
        Some(k) => vec![k],
        None => RecordKind::ALL.to_vec(),
    };
    let mut problems = 0;
    for kind in kinds {
        let loaded = store.load(kind)?;
        let heading = msgs.text(
            &format!("list-heading-{}", kind.as_str()),
            &[("count", loaded.records.len().to_string().into())],
        );
        writeln!(out, "{heading}")?;
        for record in &loaded.records {
            writeln!(out, "  {}{}", record.uuid(), summary(record, msgs))?;
        }
        for p in &loaded.problems {
            let line = msgs.text(
                "list-not-valid",
                &[("problem", printable(&p.to_string()).into())],
            );
            writeln!(out, "  {line}")?;
        }
        problems += loaded.problems.len();
    }
    if problems > 0 {
        let line = msgs.text("list-problems", &[("count", problems.to_string().into())]);
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// `show ID`.
pub(super) fn show(id: &str, db: &Path, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    let id = parse_id_in(id, msgs)?;
    let store = open_in(db, msgs, out)?;
    let record = store.get(id)?.ok_or(store::StoreError::NotFound(id))?;
    print_record(&record, msgs, out)
}

/// `history ID`: every version from the change log, deleted ones included.
pub(super) fn history(id: &str, db: &Path, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    let id = parse_id_in(id, msgs)?;
    let store = open_in(db, msgs, out)?;
    let entries = store.history(id)?;
    let photos = store.photo_history(id)?;
    if entries.is_empty() && photos.is_empty() {
        bail!(msgs.text("history-none", &[("id", id.to_string().into())]));
    }
    // The record's versions and its photos' attaches and detaches, by time.
    let mut photos = photos.into_iter().peekable();
    for e in entries {
        while let Some(p) = photos.next_if(|p| p.changed_at < e.changed_at) {
            photo_line(&p, msgs, out)?;
        }
        let operation = msgs.text(&format!("history-op-{}", e.operation), &[]);
        let operation = if operation.starts_with("history-op-") {
            e.operation.clone()
        } else {
            operation
        };
        let line = msgs.text(
            "history-version",
            &[
                ("at", e.changed_at.clone().into()),
                ("operation", format!("{operation:<6}").into()),
                ("who", printable(&e.changed_by).into()),
                ("version", e.version_id.clone().into()),
            ],
        );
        // A resolved conflict: made from every competing version.
        let made_from = if e.parents.len() > 1 {
            let and = format!(" {} ", msgs.text("history-and", &[]));
            let from = msgs.text(
                "history-made-from",
                &[("versions", e.parents.join(&and).into())],
            );
            format!("  {from}")
        } else {
            String::new()
        };
        writeln!(out, "{line}{made_from}")?;
        writeln!(out, "    {}", printable(&e.record.to_string()))?;
    }
    for p in photos {
        photo_line(&p, msgs, out)?;
    }
    Ok(())
}

/// One attach or detach in `history`.
fn photo_line(p: &store::photos::PhotoChange, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    let key = format!("history-photo-{}", p.operation);
    let args = [
        ("at", p.changed_at.clone().into()),
        ("file", printable(&p.file_name).into()),
        ("operation", p.operation.clone().into()),
        ("who", printable(&p.changed_by).into()),
        ("photo", p.photo_id.to_string().into()),
        ("version", p.version_id.clone().into()),
    ];
    let key = if Messages::english().has(&key) {
        key
    } else {
        "history-photo-other".to_owned()
    };
    writeln!(out, "{}  {}", p.changed_at, msgs.text(&key, &args))?;
    Ok(())
}

/// `delete ID`.
pub(super) fn delete(
    id: &str,
    db: &Path,
    user: &str,
    msgs: &Messages,
    out: &mut dyn Write,
) -> Result<()> {
    let id = parse_id_in(id, msgs)?;
    let mut store = open_in(db, msgs, out)?;
    let kind = store.delete(id, user)?;
    let line = msgs.text(
        "cli-deleted",
        &[
            ("kind", kind_name(msgs, kind).into()),
            ("id", id.to_string().into()),
        ],
    );
    writeln!(out, "{line}")?;
    Ok(())
}

/// `types`: the ordnance type reference list (the category in words in the language;
/// codes and descriptions are the reference list's own).
pub(super) fn types(db: &Path, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    let store = open_in(db, msgs, out)?;
    for t in store.ordnance_types()? {
        let category = if msgs.language() == crate::i18n::Language::En {
            t.category.to_string()
        } else {
            msgs.stored_value(&t.category.to_string())
        };
        writeln!(
            out,
            "{:<18} {:<12} {}",
            printable(&t.code),
            category,
            printable(&t.description)
        )?;
    }
    Ok(())
}

/// A result line about `record`: the message `key` with its kind, id and summary.
fn said(msgs: &Messages, key: &str, record: &Record) -> String {
    msgs.text(
        key,
        &[
            ("kind", kind_name(msgs, record.kind()).into()),
            ("id", record.uuid().to_string().into()),
            ("summary", summary(record, msgs).into()),
        ],
    )
}

/// A short description of a record for one line of a list, in the language of `msgs`
/// (its codes, names, dates and coordinates as recorded), after two spaces.
fn summary(record: &Record, msgs: &Messages) -> String {
    let at = |p: &geo_types::Point<f64>| -> [(&'static str, Arg<'static>); 2] {
        [
            ("lon", p.x().to_string().into()),
            ("lat", p.y().to_string().into()),
        ]
    };
    let area = |g: &geo_types::MultiPolygon<f64>| format!("{:.0}", geom::geodesic_area(g).m2());
    let line = match record {
        Record::Hazard(h) => msgs.text(
            "summary-hazard",
            &[
                ("classification", h.classification.to_string().into()),
                ("name", format!("{:?}", h.name).into()),
                ("date", h.surveyed_on.to_string().into()),
                ("area", area(&h.geometry).into()),
            ],
        ),
        Record::Release(r) => {
            let mut line = msgs.text(
                "summary-release",
                &[
                    ("method", r.method.to_string().into()),
                    ("date", r.completed_on.to_string().into()),
                    ("area", area(&r.geometry).into()),
                ],
            );
            if let Some(t) = &r.team {
                line.push_str("  ");
                line.push_str(&msgs.text("summary-team", &[("team", printable(t).into())]));
            }
            line
        }
        Record::Find(f) => {
            let mut args = vec![
                ("quantity", f.quantity.to_string().into()),
                ("type", printable(&f.ordnance_type).into()),
                ("date", f.found_on.to_string().into()),
            ];
            args.extend(at(&f.location));
            msgs.text("summary-find", &args)
        }
        Record::Survey(p) => {
            let leg = match (p.bearing_deg, p.distance_m) {
                (Some(b), Some(d)) => {
                    let leg = msgs.text(
                        "summary-leg",
                        &[
                            ("bearing", b.to_string().into()),
                            ("reference", p.bearing_ref.map_or("", |r| r.as_str()).into()),
                            ("distance", d.to_string().into()),
                        ],
                    );
                    format!("  {leg}")
                }
                _ => String::new(),
            };
            let mut args = vec![
                ("type", p.point_type.to_string().into()),
                ("sequence", p.sequence.to_string().into()),
                ("hazard", p.belongs_to.to_string().into()),
                ("leg", leg.into()),
            ];
            args.extend(at(&p.location));
            msgs.text("summary-survey", &args)
        }
        Record::Evidence(e) => {
            let mut args = vec![
                ("type", e.evidence_type.to_string().into()),
                ("date", e.recorded_on.to_string().into()),
            ];
            args.extend(at(&e.location));
            msgs.text("summary-evidence", &args)
        }
    };
    format!("  {line}")
}

/// Every field of one record, its area, geometry, extra properties and stamps.
fn print_record(record: &Record, msgs: &Messages, out: &mut dyn Write) -> Result<()> {
    // English keeps the stored names and values (as scripts may read them); another
    // language names fields and closed-list values in words.
    let english = msgs.language() == crate::i18n::Language::En;
    let label = |name: &str| {
        if english {
            name.to_owned()
        } else {
            msgs.field_label(name)
        }
    };
    let kind = if english {
        record.kind().label().to_owned()
    } else {
        kind_name(msgs, record.kind())
    };
    writeln!(out, "{kind} {}", record.uuid())?;
    let fields = record.fields();
    for name in record.kind().fields() {
        let value = match fields.get(*name) {
            None => "-".to_owned(),
            Some(v) if !english && crate::model::choices(name).is_some() => msgs.stored_value(v),
            Some(v) => printable(v),
        };
        writeln!(out, "  {:<15} {value}", label(name))?;
    }
    let area = match record {
        Record::Hazard(h) => Some(geom::geodesic_area(&h.geometry)),
        Record::Release(r) => Some(geom::geodesic_area(&r.geometry)),
        Record::Find(_) | Record::Survey(_) | Record::Evidence(_) => None,
    };
    if let Some(a) = area {
        let value = msgs.text(
            "show-area-value",
            &[
                ("m2", msgs.number(&format!("{:.1}", a.m2())).into()),
                ("ha", msgs.number(&format!("{:.4}", a.hectares())).into()),
            ],
        );
        writeln!(out, "  {:<15} {value}", msgs.text("show-area", &[]))?;
    }
    writeln!(
        out,
        "  {:<15} {}",
        msgs.text("show-geometry", &[]),
        wkt::to_wkt(&record.geometry())
    )?;
    for (k, v) in record.extra() {
        writeln!(out, "  {:<15} {}", printable(k), printable(&v.to_string()))?;
    }
    let s = record.stamp();
    writeln!(
        out,
        "  {:<15} {}",
        msgs.text("show-created-at", &[]),
        s.created_at.as_deref().unwrap_or("-")
    )?;
    let modified = msgs.text(
        "show-modified-value",
        &[
            ("at", s.modified_at.as_deref().unwrap_or("-").into()),
            (
                "who",
                printable(s.modified_by.as_deref().unwrap_or("-")).into(),
            ),
        ],
    );
    writeln!(
        out,
        "  {:<15} {modified}",
        msgs.text("show-modified-at", &[])
    )?;
    Ok(())
}
