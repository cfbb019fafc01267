//! Text made safe to show: values cut to a readable length for one-line messages, and
//! control characters escaped before they reach a terminal.

/// About how many characters of a value a message shows.
pub const SHOWN_CHARS: usize = 80;

/// `text` cut to [`SHOWN_CHARS`] characters, with an ellipsis when it was cut, so that a
/// 5 MB bad value gives a one-line message, not a 5 MB one.
pub fn cut(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARS) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_owned(),
    }
}

/// Whether `c` would change what a terminal shows beyond itself: control characters (C0,
/// DEL, C1, so ESC sequences) and the bidirectional overrides and isolates that reorder a
/// line (U+202A–U+202E, U+2066–U+2069).
fn unsafe_on_terminal(c: char) -> bool {
    c.is_control()
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// `text` with every control character and bidirectional override written as an escape
/// (`\n`, `\t`, `\r`, `\u{1b}`), so a stored value cannot move the cursor, recolour or
/// clear the terminal, or break the one-line-per-record layout. Everything else (accents,
/// Arabic, emoji) is shown as it is.
pub fn printable(text: &str) -> String {
    if !text.chars().any(unsafe_on_terminal) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if unsafe_on_terminal(c) => out.extend(c.escape_unicode()),
            c => out.push(c),
        }
    }
    out
}

/// One CSV line (RFC 4180): each value quoted when it holds a comma, a quote or a line
/// break, quotes doubled; the line ends with CRLF.
///
/// ```
/// use clearfield::io::text::csv_line;
/// assert_eq!(csv_line(&["3", "self-intersection, near \"A\""]), "3,\"self-intersection, near \"\"A\"\"\"\r\n");
/// ```
pub fn csv_line(values: &[&str]) -> String {
    let mut line = String::new();
    for (i, v) in values.iter().enumerate() {
        if i > 0 {
            line.push(',');
        }
        if v.contains([',', '"', '\n', '\r']) {
            line.push('"');
            line.push_str(&v.replace('"', "\"\""));
            line.push('"');
        } else {
            line.push_str(v);
        }
    }
    line.push_str("\r\n");
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_values_are_cut_to_80_characters_with_an_ellipsis() {
        assert_eq!(cut("short"), "short");
        let exactly = "x".repeat(80);
        assert_eq!(cut(&exactly), exactly);
        let long = "é".repeat(5_000_000);
        let shown = cut(&long);
        assert_eq!(shown.chars().count(), 81);
        assert!(shown.ends_with("éé…"));
    }

    #[test]
    fn control_characters_and_bidi_overrides_are_escaped() {
        assert_eq!(
            printable("Kfar Kila, Nabatîyé ✓ قرية"),
            "Kfar Kila, Nabatîyé ✓ قرية"
        );
        assert_eq!(
            printable("a\u{1b}[2Jb\nc\rd\te\u{7f}f\u{9b}g\u{202e}h"),
            "a\\u{1b}[2Jb\\nc\\rd\\te\\u{7f}f\\u{9b}g\\u{202e}h"
        );
    }
}
