//! A traverse's legs as a table: the header `kind,bearing_deg,distance_m`, then one leg a
//! row, the `start` leg (benchmark to start point) first and the `end` leg last:
//!
//! ```text
//! kind,bearing_deg,distance_m
//! start,45,120.5
//! turning,90,100
//! end,270,100
//! ```
//!
//! Written by hand and kept strict rather than taken from a CSV library: three plain
//! columns need no quoting rules, and what matters is that each refusal names its line and
//! column. A row's columns are separated by commas, or by tabs when the row has one (rows
//! pasted from a spreadsheet); a field may be wrapped in double quotes. Spaces around
//! fields, a UTF-8 byte-order mark, CRLF line ends and blank lines are allowed. A decimal
//! comma (`12,5`) is refused, never guessed.

use std::path::Path;

use crate::geom::traverse::Leg;
use crate::model::SurveyPointType;

/// The header the file must start with.
pub const HEADER: &str = "kind,bearing_deg,distance_m";

/// Why a legs file cannot be read: where (line from 1, and column when it is one value)
/// and why, in one line.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("line {line}{}: {why}", column.map(|c| format!(", {c}")).unwrap_or_default())]
pub struct LegsError {
    /// Line in the file, from 1.
    pub line: usize,
    /// The column, when the problem is one value.
    pub column: Option<&'static str>,
    /// Why, naming the value.
    pub why: String,
}

/// One leg read, with the line it was on (for messages about it later).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LegRow {
    /// Line in the file, from 1.
    pub line: usize,
    /// The leg.
    pub leg: Leg,
}

/// Why a legs file cannot be read: the file itself, or a row in it.
#[derive(Debug, thiserror::Error)]
pub enum LegsFileError {
    /// The file cannot be read.
    #[error("cannot read legs file {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The file is not UTF-8 text.
    #[error("{path}: line {line}: is not UTF-8 text; save the table as CSV UTF-8")]
    NotUtf8 {
        /// The file.
        path: String,
        /// The first line with a byte that is not UTF-8.
        line: usize,
    },
    /// A row, or the header, is wrong.
    #[error("{path}: {error}")]
    Row {
        /// The file.
        path: String,
        /// Where and why.
        error: LegsError,
    },
}

/// Reads the legs file at `path` (see the module's documentation for the format).
pub fn read_legs(path: &Path) -> Result<Vec<LegRow>, LegsFileError> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| LegsFileError::Io {
        path: shown.clone(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let before = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        LegsFileError::NotUtf8 {
            path: shown.clone(),
            line: before.iter().filter(|b| **b == b'\n').count() + 1,
        }
    })?;
    parse_legs(&text).map_err(|error| LegsFileError::Row { path: shown, error })
}

/// Reads legs from the text of a legs file; the kinds must be in a traverse's order
/// (`start` first, `end` last, `turning` or `intermediate` between).
pub fn parse_legs(text: &str) -> Result<Vec<LegRow>, LegsError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text
        .split('\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix('\r').unwrap_or(l)))
        .filter(|(_, l)| !l.trim().is_empty());
    let error = |line, column, why: String| LegsError { line, column, why };
    let Some((line, header)) = lines.next() else {
        return Err(error(
            1,
            None,
            format!("is empty; the header {HEADER} comes first"),
        ));
    };
    if fields(header) != ["kind", "bearing_deg", "distance_m"] {
        return Err(error(
            line,
            None,
            format!(
                "the header must be {HEADER}, not {:?}",
                crate::io::text::cut(header.trim())
            ),
        ));
    }
    let mut rows: Vec<LegRow> = Vec::new();
    for (line, text) in lines {
        let leg = parse_row(line, text, rows.last().map(|r| r.leg.kind))?;
        rows.push(LegRow { line, leg });
    }
    match rows.last() {
        None => Err(error(line, None, "no legs after the header".to_owned())),
        Some(last) if last.leg.kind != SurveyPointType::End => Err(error(
            last.line,
            Some("kind"),
            format!("the last leg is {}; it must be end", last.leg.kind),
        )),
        Some(_) => Ok(rows),
    }
}

/// A row's fields: split at tabs when it has one, else at commas; trimmed and unquoted.
fn fields(text: &str) -> Vec<&str> {
    let separator = if text.contains('\t') { '\t' } else { ',' };
    text.split(separator)
        .map(|f| {
            let f = f.trim();
            f.strip_prefix('"')
                .and_then(|f| f.strip_suffix('"'))
                .map_or(f, str::trim)
        })
        .collect()
}

/// One leg from the row on `line`; `previous` is the kind of the leg before it.
fn parse_row(line: usize, text: &str, previous: Option<SurveyPointType>) -> Result<Leg, LegsError> {
    use SurveyPointType as K;
    let f = fields(text);
    let error = |column, why: String| LegsError { line, column, why };
    if f.len() != 3 {
        return Err(error(
            None,
            format!("{} columns; a leg has 3: {HEADER}", f.len()),
        ));
    }
    let shown = |v: &str| crate::io::text::printable(&crate::io::text::cut(v));
    let kind: SurveyPointType = f[0].parse().map_err(|_| {
        error(
            Some("kind"),
            format!(
                "'{}' is not start, turning, intermediate or end",
                shown(f[0])
            ),
        )
    })?;
    let order = match (previous, kind) {
        (None, K::Start) => None,
        (None, _) => Some("the first leg must be start (from the benchmark to the start point)"),
        (Some(K::End), _) => Some("a leg follows the end leg; end is the last"),
        (Some(_), K::Start) => Some("only the first leg is start"),
        (_, K::Benchmark | K::Reference) => {
            Some("a leg ends at a start, turning, intermediate or end point")
        }
        _ => None,
    };
    if let Some(why) = order {
        return Err(error(Some("kind"), format!("'{kind}': {why}")));
    }
    let number = |column: &'static str, v: &str| -> Result<f64, LegsError> {
        v.parse::<f64>()
            .ok()
            .filter(|x| x.is_finite())
            .ok_or_else(|| {
                let hint = if v.contains(',') {
                    " (write decimals with a point)"
                } else {
                    ""
                };
                error(
                    Some(column),
                    format!("'{}' is not a number{hint}", shown(v)),
                )
            })
    };
    let bearing_deg = number("bearing_deg", f[1])?;
    if !(0.0..360.0).contains(&bearing_deg) {
        return Err(error(
            Some("bearing_deg"),
            format!("{} is outside 0 to 360 (360 excluded)", shown(f[1])),
        ));
    }
    let distance_m = number("distance_m", f[2])?;
    if distance_m < 0.0 {
        return Err(error(
            Some("distance_m"),
            format!("{} is negative", shown(f[2])),
        ));
    }
    Ok(Leg {
        kind,
        bearing_deg,
        distance_m,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_crlf_spaces_and_quotes_are_read() {
        let rows = parse_legs(
            "\u{feff} kind , bearing_deg,distance_m\r\nstart, 10 ,\"5\"\r\n\r\nend,20,30\r\n",
        )
        .unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!((rows[1].line, rows[1].leg.distance_m), (4, 30.0));
    }

    #[test]
    fn decimal_commas_are_refused() {
        let e = parse_legs("kind\tbearing_deg\tdistance_m\nstart\t10\t12,5\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 2, distance_m: '12,5' is not a number (write decimals with a point)"
        );
    }
}
