//! Right-to-left and mixed-direction text in the app (issue #15): the Unicode
//! bidirectional algorithm (UAX #9, crate `unicode-bidi`) where egui 0.37 has none.
//!
//! egui shapes each run of one font with harfrust, which lays an Arabic word out right to
//! left and joins its letters, but it places the runs themselves left to right in logical
//! order: the words of an Arabic sentence come out in reverse, and a number or a Latin
//! name inside Arabic lands in the wrong place. Its text editor also loses the caret in
//! Arabic (egui issue 8576: a row holds more glyphs than characters).
//!
//! What is done here, without changing egui:
//! - **Showing** ([`Bidi`], an egui plugin): at the end of every frame each text whose
//!   characters include right-to-left ones is laid out again from a job in visual order
//!   ([`visual_job`]): its lines broken as egui breaks them, each line's levels resolved
//!   and reordered (rules L1, L2), every right-to-left word given to the shaper whole and
//!   in logical order (so harfrust still joins and turns it), everything else in visual
//!   order, brackets mirrored (L4). Labels, buttons, tables, the map's names and the
//!   charts all go through it.
//! - **Editing** ([`text_edit`]): a text field whose galley has one glyph per character,
//!   in logical order, each at the place the character is shown, so that egui's caret and
//!   selection land where the reader sees the letters; in a right-to-left line the arrow
//!   keys move as they point, and a click puts the caret at the nearest place between
//!   letters. The text stored is always in logical order.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{Galley, Shape};
use unicode_bidi::{BidiClass, Level, ParagraphBidiInfo, bidi_class};

/// Whether harfrust lays out a run that starts with `c` right to left: a letter of a
/// right-to-left script, or an Arabic digit.
fn shaped_right_to_left(c: char) -> bool {
    c >= '\u{0590}' && matches!(bidi_class(c), BidiClass::R | BidiClass::AL | BidiClass::AN)
}

/// Whether `text` needs the bidirectional algorithm to be shown: it holds a character of
/// a right-to-left script (or an Arabic digit). Latin, Cyrillic and Georgian text does
/// not, and is shown by egui as it is.
pub(crate) fn needs_bidi(text: &str) -> bool {
    text.chars().any(shaped_right_to_left)
}

/// How a character of a line is given to the shaper.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// A letter (or its mark) at a right-to-left level: part of a word the shaper turns.
    RtlWord,
    /// A character the shaper would turn though it reads left to right here (an Arabic
    /// digit in a number): given alone, so that there is nothing to turn.
    Alone,
    /// Anything else: given in visual order.
    Other,
}

fn kind(c: char, level: Level) -> Kind {
    let class = bidi_class(c);
    if level.is_rtl()
        && matches!(
            class,
            BidiClass::R | BidiClass::AL | BidiClass::NSM | BidiClass::BN
        )
    {
        Kind::RtlWord
    } else if shaped_right_to_left(c) {
        Kind::Alone
    } else {
        Kind::Other
    }
}

/// A piece of a line as shown: characters the shaper is given together.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct Piece {
    /// Indices into the line's characters, in the order the shaper is given them.
    pub(crate) chars: Vec<usize>,
    /// A right-to-left word: given in logical order, laid out right to left by the shaper.
    pub(crate) rtl: bool,
}

/// The pieces of one line, left to right as shown. `levels` are the line's resolved
/// embedding levels, one per character (after rule L1); `sections` the text format of
/// each character (a piece never spans two).
pub(crate) fn line_pieces(chars: &[char], levels: &[Level], sections: &[usize]) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut last: Option<(Kind, usize)> = None;
    for i in unicode_bidi::BidiInfo::reorder_visual(levels) {
        let k = kind(chars[i], levels[i]);
        let joins =
            last.is_some_and(|(lk, li)| lk == k && k != Kind::Alone && sections[li] == sections[i]);
        match pieces.last_mut() {
            Some(piece) if joins => piece.chars.push(i),
            _ => pieces.push(Piece {
                chars: vec![i],
                rtl: k == Kind::RtlWord,
            }),
        }
        last = Some((k, i));
    }
    for piece in &mut pieces {
        if piece.rtl {
            piece.chars.reverse();
        }
    }
    pieces
}

/// `c` as shown at a right-to-left level (rule L4), for the brackets and quotation
/// marks a name or a note may hold.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        _ => c,
    }
}

/// One line of a text laid out in visual order.
#[derive(Clone, Debug)]
pub(crate) struct Line {
    /// The line's characters: indices into the text's characters (no `\n`).
    pub(crate) chars: Range<usize>,
    /// The line ends its paragraph with a `\n` (not a wrap).
    pub(crate) ends_with_newline: bool,
    /// The paragraph reads right to left (its first strong character does).
    pub(crate) right_to_left: bool,
    /// The line's pieces, left to right; their indices are relative to `chars.start`.
    pub(crate) pieces: Vec<Piece>,
    /// Whether each character of the line is at a right-to-left level (read leftwards).
    pub(crate) leftwards: Vec<bool>,
}

/// A text laid out in visual order: the job to give egui, and its lines.
#[derive(Clone, Debug)]
pub(crate) struct Visual {
    /// The job egui lays out: one section a piece, lines ended by `\n`, not wrapped again.
    pub(crate) job: LayoutJob,
    /// The lines, one per row of the galley egui makes of `job`.
    pub(crate) lines: Vec<Line>,
}

/// Width of `text` in `format`, as egui lays it out on one line.
pub(crate) type Measure<'a> = dyn FnMut(&str, &TextFormat) -> f32 + 'a;

/// The section of each character of `job`'s text.
fn section_of_chars(job: &LayoutJob) -> Vec<usize> {
    let mut of = Vec::with_capacity(job.text.len());
    let mut section = 0;
    for (byte, _) in job.text.char_indices() {
        while section + 1 < job.sections.len() && job.sections[section].byte_range.end.0 <= byte {
            section += 1;
        }
        of.push(section);
    }
    of
}

/// The lines of the paragraph `chars` (indices `para`) as egui breaks them at
/// `max_width`: after the spaces that end a word, a word that would pass the width
/// starting the next line (a word wider than the width keeps a line of its own).
fn wrap(
    chars: &[char],
    para: Range<usize>,
    formats: &[&TextFormat],
    max_width: f32,
    measure: &mut Measure<'_>,
) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = para.start;
    let mut x = 0.0;
    let mut i = para.start;
    while i < para.end {
        let word_start = i;
        while i < para.end && !chars[i].is_whitespace() {
            i += 1;
        }
        let word_end = i;
        while i < para.end && chars[i].is_whitespace() {
            i += 1;
        }
        let format = formats[word_start];
        let word: String = chars[word_start..word_end].iter().collect();
        let with_space: String = chars[word_start..i].iter().collect();
        let word_width = measure(&word, format);
        if word_start > start && x + word_width > max_width {
            lines.push(start..word_start);
            start = word_start;
            x = 0.0;
        }
        x += measure(&with_space, format);
    }
    lines.push(start..para.end);
    lines
}

/// `job` in visual order ([`Visual`]), or `None` when its text has nothing to reorder.
/// Lines are broken as egui breaks them (when the job wraps without a limit of rows);
/// a job cut to a number of rows is cut by egui after reordering.
pub(crate) fn visual_job(job: &LayoutJob, measure: &mut Measure<'_>) -> Option<Visual> {
    if !needs_bidi(&job.text) || job.sections.is_empty() {
        return None;
    }
    let chars: Vec<char> = job.text.chars().collect();
    let sections = section_of_chars(job);
    let formats: Vec<&TextFormat> = sections.iter().map(|&s| &job.sections[s].format).collect();
    let wrap_here = job.wrap.max_width.is_finite() && job.wrap.max_rows == usize::MAX;
    let mut out = LayoutJob {
        text: String::with_capacity(job.text.len() + 8),
        sections: Vec::new(),
        break_on_newline: true,
        ..job.clone()
    };
    if wrap_here {
        out.wrap = TextWrapping {
            max_width: f32::INFINITY,
            ..job.wrap.clone()
        };
    }
    let mut lines = Vec::new();
    let mut para_start = 0;
    loop {
        let para_end = chars[para_start..]
            .iter()
            .position(|&c| c == '\n')
            .map_or(chars.len(), |n| para_start + n);
        let para_text: String = chars[para_start..para_end].iter().collect();
        let info = ParagraphBidiInfo::new(&para_text, None);
        let byte_of: Vec<usize> = para_text
            .char_indices()
            .map(|(b, _)| b)
            .chain(std::iter::once(para_text.len()))
            .collect();
        let breaks = if wrap_here {
            wrap(
                &chars,
                para_start..para_end,
                &formats,
                job.wrap.max_width,
                measure,
            )
        } else {
            std::iter::once(para_start..para_end).collect()
        };
        let last_break = breaks.len() - 1;
        for (n, range) in breaks.into_iter().enumerate() {
            let local = range.start - para_start..range.end - para_start;
            let levels = if local.is_empty() {
                Vec::new()
            } else {
                // Levels of the whole paragraph, rule L1 applied to this line.
                info.reordered_levels_per_char(byte_of[local.start]..byte_of[local.end])
                    [local.clone()]
                .to_vec()
            };
            let pieces = line_pieces(&chars[range.clone()], &levels, &sections[range.clone()]);
            for piece in &pieces {
                let text: String = piece
                    .chars
                    .iter()
                    .map(|&i| {
                        let c = chars[range.start + i];
                        if !piece.rtl && levels[i].is_rtl() {
                            mirrored(c)
                        } else {
                            c
                        }
                    })
                    .collect();
                let format = formats[range.start + piece.chars[0]].clone();
                push_section(&mut out, &text, format);
            }
            let ends_with_newline = n == last_break && para_end < chars.len();
            lines.push(Line {
                chars: range.clone(),
                ends_with_newline,
                right_to_left: info.paragraph_level.is_rtl(),
                pieces,
                leftwards: levels.iter().map(|l| l.is_rtl()).collect(),
            });
            let last_line = n == last_break && para_end == chars.len();
            if !last_line {
                let at = range.end.min(chars.len().saturating_sub(1));
                push_section(&mut out, "\n", formats[at].clone());
            }
        }
        if para_end == chars.len() {
            break;
        }
        para_start = para_end + 1;
    }
    Some(Visual { job: out, lines })
}

/// Adds `text` to `job` as a section of its own: never merged with the one before (as
/// `LayoutJob::append` merges sections of one format), since egui shapes each section
/// apart and a piece must reach the shaper alone.
fn push_section(job: &mut LayoutJob, text: &str, format: TextFormat) {
    let start = job.text.len();
    job.text.push_str(text);
    job.sections.push(egui::text::LayoutSection {
        leading_space: 0.0,
        byte_range: egui::epaint::text::ByteIndex(start)
            ..egui::epaint::text::ByteIndex(job.text.len()),
        format,
    });
}

/// The width of `text` in `format` on one line, trailing spaces included.
fn measure_with(
    fonts: &mut egui::epaint::text::FontsView<'_>,
    text: &str,
    format: &TextFormat,
) -> f32 {
    if text.is_empty() {
        return 0.0;
    }
    let mut job = LayoutJob::single_section(text.to_owned(), format.clone());
    job.wrap = TextWrapping::no_max_width();
    job.keep_trailing_whitespace = true;
    fonts.layout_job(job).size().x
}

/// `job` laid out for showing: in visual order where it needs the bidirectional
/// algorithm, as egui lays it out otherwise.
pub(crate) fn layout_for_showing(
    fonts: &mut egui::epaint::text::FontsView<'_>,
    job: &LayoutJob,
) -> Option<Arc<Galley>> {
    let visual = {
        let mut measure = |text: &str, format: &TextFormat| measure_with(fonts, text, format);
        visual_job(job, &mut measure)?
    };
    Some(fonts.layout_job(visual.job))
}

/// `job` laid out for a text field: shown in visual order, with one glyph per character
/// in logical order, each where its character is shown (its `pos.x` the caret's place
/// before it: the left edge of a left-to-right character, the right edge of a
/// right-to-left one, whose advance is then negative). In a right-to-left line the
/// caret after the last character is at the line's left end.
pub(crate) fn layout_for_editing(
    fonts: &mut egui::epaint::text::FontsView<'_>,
    job: LayoutJob,
) -> Arc<Galley> {
    let visual = {
        let mut measure = |text: &str, format: &TextFormat| measure_with(fonts, text, format);
        visual_job(&job, &mut measure)
    };
    let Some(visual) = visual else {
        return fonts.layout_job(job);
    };
    let shown = fonts.layout_job(visual.job.clone());
    if shown.rows.len() != visual.lines.len() {
        return fonts.layout_job(job);
    }
    let chars: Vec<char> = job.text.chars().collect();
    let sections = section_of_chars(&job);
    let mut galley = (*shown).clone();
    for (placed, line) in galley.rows.iter_mut().zip(&visual.lines) {
        placed.ends_with_newline = line.ends_with_newline;
        let row = Arc::make_mut(&mut placed.row);
        let Some(template) = row.glyphs.first().copied() else {
            continue;
        };
        let no_vertex = row.visuals.glyph_vertex_range.end as u32;
        let mut glyphs = vec![template; line.chars.len()];
        let mut x = 0.0;
        for piece in &line.pieces {
            let first = line.chars.start + piece.chars[0];
            let format = &job.sections[sections[first]].format;
            let text: Vec<char> = piece
                .chars
                .iter()
                .map(|&i| chars[line.chars.start + i])
                .collect();
            let prefix = caret_places(fonts, &text, format, piece.rtl);
            let width = prefix[text.len()];
            for (k, &i) in piece.chars.iter().enumerate() {
                let glyph = &mut glyphs[i];
                glyph.chr = text[k];
                glyph.first_vertex = no_vertex;
                let advance = prefix[k + 1] - prefix[k];
                if piece.rtl {
                    glyph.pos.x = x + width - prefix[k];
                    glyph.advance_width = -advance;
                } else if line.leftwards[i] {
                    // A space or a sign between right-to-left words: shown in visual
                    // order, read leftwards, so the caret before it is at its right.
                    glyph.pos.x = x + prefix[k + 1];
                    glyph.advance_width = -advance;
                } else {
                    glyph.pos.x = x + prefix[k];
                    glyph.advance_width = advance;
                }
            }
            x += width;
        }
        row.glyphs = glyphs;
        if line.right_to_left {
            row.size.x = 0.0;
        }
    }
    galley.job = Arc::new(job);
    Arc::new(galley)
}

/// Makes `ctx` show right-to-left and mixed text in visual order ([`Bidi`]); a second
/// call changes nothing.
pub fn add_to(ctx: &egui::Context) {
    ctx.add_plugin(Bidi::default());
}

/// Where the jobs of this frame's text fields are kept, so that [`Bidi`] leaves their
/// galleys (already in visual order, and carrying the selection) alone.
fn edited_id() -> egui::Id {
    egui::Id::unique("clearfield-bidi-edited")
}

/// The jobs of the text fields laid out this frame.
#[derive(Clone, Default)]
struct Edited(Vec<Arc<LayoutJob>>);

/// The places between the characters of a piece, from its start: for a left-to-right
/// piece the widths of its beginnings; for a right-to-left word, whose letters change
/// their form (and width) as the word grows, its width shared out in proportion to its
/// letters' own widths, so that the places always move one way.
fn caret_places(
    fonts: &mut egui::epaint::text::FontsView<'_>,
    text: &[char],
    format: &TextFormat,
    rtl: bool,
) -> Vec<f32> {
    let mut places = vec![0.0];
    if rtl {
        let own: Vec<f32> = text
            .iter()
            .map(|c| measure_with(fonts, &c.to_string(), format))
            .collect();
        let width = measure_with(fonts, &text.iter().collect::<String>(), format);
        let total: f32 = own.iter().sum();
        let scale = if total > 0.0 { width / total } else { 0.0 };
        let mut x = 0.0;
        for w in own {
            x += w * scale;
            places.push(x);
        }
    } else {
        for k in 1..=text.len() {
            let width = measure_with(fonts, &text[..k].iter().collect::<String>(), format);
            places.push(width.max(places[k - 1]));
        }
    }
    places
}

/// The egui plugin that shows every text of a frame that needs the bidirectional
/// algorithm in visual order ([`layout_for_showing`]), whatever widget painted it.
#[derive(Default)]
pub(crate) struct Bidi {
    /// The jobs reordered last frame: a new one asks for one more frame, so that the
    /// glyphs it placed anew reach the font texture.
    seen: HashSet<u64>,
}

impl egui::Plugin for Bidi {
    fn debug_name(&self) -> &'static str {
        "clearfield-bidi"
    }

    fn output_hook(&mut self, ctx: &egui::Context, output: &mut egui::FullOutput) {
        let edited = ctx
            .data_mut(|d| std::mem::take(&mut d.get_temp_mut_or_default::<Edited>(edited_id()).0));
        let pixels_per_point = ctx.pixels_per_point();
        let mut seen = HashSet::new();
        ctx.fonts_mut(|fonts| {
            for clipped in &mut output.shapes {
                reorder(
                    fonts,
                    &mut clipped.shape,
                    &edited,
                    pixels_per_point,
                    &mut seen,
                );
            }
        });
        let new = seen.iter().any(|h| !self.seen.contains(h));
        self.seen = seen;
        if new {
            for viewport in output.viewport_output.values_mut() {
                viewport.repaint_delay = std::time::Duration::ZERO;
            }
        }
    }
}

/// Puts every text of `shape` that needs it in visual order (not the text fields').
fn reorder(
    fonts: &mut egui::epaint::text::FontsView<'_>,
    shape: &mut Shape,
    edited: &[Arc<LayoutJob>],
    pixels_per_point: f32,
    seen: &mut HashSet<u64>,
) {
    match shape {
        Shape::Vec(shapes) => {
            for shape in shapes {
                reorder(fonts, shape, edited, pixels_per_point, seen);
            }
        }
        Shape::Text(text) => {
            let job = &text.galley.job;
            if !needs_bidi(&job.text)
                || text.galley.pixels_per_point != pixels_per_point
                || edited.iter().any(|e| Arc::ptr_eq(e, job))
            {
                return;
            }
            if let Some(galley) = layout_for_showing(fonts, job) {
                seen.insert(egui::util::hash(&**job));
                text.galley = galley;
            }
        }
        _ => {}
    }
}

/// A one-line text field for `text` that shows and edits right-to-left and mixed text
/// correctly; `style` sets its width, hint and the like.
pub(crate) fn single_line(
    ui: &mut egui::Ui,
    text: &mut String,
    style: impl FnOnce(egui::TextEdit<'_>) -> egui::TextEdit<'_>,
) -> egui::Response {
    let id = ui.next_auto_id();
    edit(ui, id, text, |t| {
        style(egui::TextEdit::singleline(t).id(id))
    })
}

/// Shows the field `make` builds for `text`, with [`layout_for_editing`] as its layouter,
/// the arrow keys swapped in a right-to-left paragraph, and a press or a drag putting the
/// caret at the nearest place between the letters shown.
fn edit(
    ui: &mut egui::Ui,
    id: egui::Id,
    text: &mut String,
    make: impl FnOnce(&mut String) -> egui::TextEdit<'_>,
) -> egui::Response {
    let bidi = needs_bidi(text);
    let right_to_left = reads_right_to_left(text);
    if right_to_left && ui.memory(|m| m.has_focus(id)) {
        swap_arrows(ui);
    }
    let font_id = egui::TextStyle::Body.resolve(ui.style());
    // Painted in the field's own text colour (egui fills in the placeholder).
    let color = egui::Color32::PLACEHOLDER;
    let line_height =
        ui.fonts_mut(|f| f.row_height(&font_id)) + ui.spacing().extra_text_line_spacing;
    let mut layouter = |ui: &egui::Ui, buffer: &dyn egui::TextBuffer, _wrap_width: f32| {
        let mut job =
            LayoutJob::simple_singleline(buffer.as_str().to_owned(), font_id.clone(), color);
        // Right-to-left text against the field's right edge, as a reader of Arabic
        // expects; other text as egui places it.
        job.halign = if reads_right_to_left(buffer.as_str()) {
            egui::Align::RIGHT
        } else {
            ui.layout().horizontal_align()
        };
        job.keep_trailing_whitespace = true;
        for section in &mut job.sections {
            section.format.line_height = Some(line_height);
        }
        let galley = ui.fonts_mut(|f| layout_for_editing(f, job));
        ui.data_mut(|d| {
            d.get_temp_mut_or_default::<Edited>(edited_id())
                .0
                .push(galley.job.clone());
        });
        galley
    };
    let mut field = make(text).layouter(&mut layouter);
    if right_to_left {
        field = field.align(egui::Align2::RIGHT_CENTER);
    }
    let output = field.show(ui);
    if bidi {
        place_caret(ui, &output);
    }
    output.response.response
}

/// Whether `text`'s first strong letter reads right to left (an Arabic name, a note
/// that starts in Arabic).
fn reads_right_to_left(text: &str) -> bool {
    unicode_bidi::get_base_direction(text) == unicode_bidi::Direction::Rtl
}

/// Swaps the left and right arrow keys of this frame: in a right-to-left paragraph the
/// arrow pointing left moves the caret forward in the text.
fn swap_arrows(ui: &egui::Ui) {
    ui.input_mut(|i| {
        for event in &mut i.events {
            if let egui::Event::Key { key, .. } = event {
                *key = match *key {
                    egui::Key::ArrowLeft => egui::Key::ArrowRight,
                    egui::Key::ArrowRight => egui::Key::ArrowLeft,
                    other => other,
                };
            }
        }
    });
}

/// After a press on the field (or while dragging over it), the caret where the pointer
/// is, found among the places between the letters as shown.
fn place_caret(ui: &egui::Ui, output: &egui::text_edit::TextEditOutput) {
    use egui::text::{CCursor, CCursorRange};
    let response = &output.response;
    let Some(pointer) = response.interact_pointer_pos() else {
        return;
    };
    let index = nearest_index(&output.galley, pointer - output.galley_pos.to_vec2());
    let pressed = ui.input(|i| i.pointer.any_pressed());
    let mut state = output.state.clone();
    let range = match state.cursor.char_range() {
        Some(range) if !pressed && response.dragged() => {
            CCursorRange::two(range.secondary, CCursor::new(index))
        }
        _ => CCursorRange::one(CCursor::new(index)),
    };
    state.cursor.set_char_range(Some(range));
    state.store(ui.ctx(), response.id);
}

/// The character index of the place between characters of `galley` nearest to `pos`
/// (relative to the galley): on the row under it, the caret place nearest in x.
pub(crate) fn nearest_index(galley: &Galley, pos: egui::Pos2) -> usize {
    let mut start = 0;
    let mut best: Option<(f32, usize)> = None;
    for placed in &galley.rows {
        let row_dist = if pos.y < placed.min_y() {
            placed.min_y() - pos.y
        } else if pos.y > placed.max_y() {
            pos.y - placed.max_y()
        } else {
            0.0
        };
        let count = placed.row.glyphs.len();
        for column in 0..=count {
            let x = placed.pos.x + placed.row.x_offset(egui::epaint::text::CharIndex(column));
            let dist = row_dist * 1000.0 + (x - pos.x).abs();
            if best.is_none_or(|(d, _)| dist < d) {
                best = Some((dist, start + column));
            }
        }
        start += count + usize::from(placed.ends_with_newline);
    }
    best.map_or(0, |(_, i)| i)
}

#[cfg(test)]
mod tests {
    //! The orders expected here are worked out by hand from UAX #9's rules (W1–W7, N0–N2,
    //! I1–I2, L1–L2), not taken from the code.

    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    /// A job of `text` on one line, or wrapped at `width` (measured in characters).
    fn job(text: &str, width: f32) -> LayoutJob {
        LayoutJob::simple(
            text.to_owned(),
            egui::FontId::proportional(14.0),
            egui::Color32::WHITE,
            width,
        )
    }

    /// `text` in visual order, each character one unit wide.
    fn visual(text: &str, width: f32) -> Option<Visual> {
        let mut measure = |t: &str, _: &TextFormat| t.chars().count() as f32;
        visual_job(&job(text, width), &mut measure)
    }

    /// The text given to egui for `text` on one line.
    fn shown(text: &str) -> String {
        visual(text, f32::INFINITY).map_or_else(|| text.to_owned(), |v| v.job.text)
    }

    /// The pieces of the one line of `text`, right-to-left words in `<…>`.
    fn pieces(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let v = visual(text, f32::INFINITY).unwrap();
        v.lines[0]
            .pieces
            .iter()
            .map(|p| {
                let s: String = p.chars.iter().map(|&i| chars[i]).collect();
                if p.rtl { format!("<{s}>") } else { s }
            })
            .collect()
    }

    #[test]
    fn latin_cyrillic_and_georgian_are_left_as_they_are() {
        assert!(visual("Kfar Kila 12 (M42)", f32::INFINITY).is_none());
        assert!(visual("Цхинвали, 3 находки", f32::INFINITY).is_none());
        assert!(visual("ცხინვალი", f32::INFINITY).is_none());
    }

    /// The bug this module fixes: the words of an Arabic name came out left to right.
    #[test]
    fn words_of_an_arabic_name_run_right_to_left() {
        // "the orchards of Kfar Kila": the first word at the right.
        assert_eq!(shown("بساتين كفركلا"), "كفركلا بساتين");
        assert_eq!(pieces("بساتين كفركلا"), ["<كفركلا>", " ", "<بساتين>"]);
    }

    #[test]
    fn an_arabic_name_inside_english_keeps_its_own_order() {
        // L paragraph; the Arabic run (with the space inside it) at level 1.
        assert_eq!(shown("Site بساتين كفركلا"), "Site كفركلا بساتين");
    }

    #[test]
    fn numbers_and_latin_inside_arabic_read_left_to_right_and_brackets_mirror() {
        // R paragraph: "12" (EN) at level 2; the brackets enclose "42" (EN, counted as R by
        // N0) so they are R, at level 1, and mirrored (L4).
        assert_eq!(shown("قرية كفركلا 12 (M42)"), "(M42) 12 كفركلا قرية");
        assert_eq!(
            pieces("قرية كفركلا 12 (M42)"),
            [")M42( 12 ", "<كفركلا>", " ", "<قرية>"]
        );
    }

    #[test]
    fn arabic_digits_are_given_to_the_shaper_one_by_one() {
        // "number ١٢٣": AN at level 2 reads left to right; alone, so harfrust (which
        // would turn a run of Arabic-script digits) has nothing to turn.
        assert_eq!(shown("عدد ١٢٣"), "١٢٣ عدد");
        assert_eq!(pieces("عدد ١٢٣"), ["١", "٢", "٣", " ", "<عدد>"]);
        // Regression: one section a piece. `LayoutJob::append` merged pieces of one format
        // into a section, and harfrust turned "١٢٣" (and a word with its comma) whole.
        let v = visual("عدد ١٢٣", f32::INFINITY).unwrap();
        let sections: Vec<&str> = v
            .job
            .sections
            .iter()
            .map(|s| &v.job.text[s.byte_range.start.0..s.byte_range.end.0])
            .collect();
        assert_eq!(sections, ["١", "٢", "٣", " ", "عدد"]);
    }

    #[test]
    fn an_arabic_comma_and_brackets_take_the_sentence_direction() {
        // "to (name, or": all neutrals between Arabic letters are R.
        assert_eq!(shown("إلى (اسم، أو"), "أو ،اسم) إلى");
    }

    #[test]
    fn lines_are_broken_in_logical_order_then_each_reordered() {
        // Width 8: "بساتين " (7) fits, "كفركلا" does not: the first word keeps the first
        // line, as a reader of Arabic expects.
        let v = visual("بساتين كفركلا", 8.0).unwrap();
        let ranges: Vec<_> = v.lines.iter().map(|l| l.chars.clone()).collect();
        assert_eq!(ranges, [0..7, 7..13]);
        // L1: the space at the end of the first line goes to the paragraph's end (left).
        assert_eq!(v.job.text, " بساتين\nكفركلا");
        assert!(
            v.lines
                .iter()
                .all(|l| l.right_to_left && !l.ends_with_newline)
        );
    }

    #[test]
    fn paragraphs_keep_their_own_direction() {
        let v = visual("أ ب\nA ب", f32::INFINITY).unwrap();
        assert_eq!(v.job.text, "ب أ\nA ب");
        assert!(v.lines[0].right_to_left && v.lines[0].ends_with_newline);
        assert!(!v.lines[1].right_to_left && !v.lines[1].ends_with_newline);
    }

    /// A harness with the app's fonts and this module's plugin, showing a label with
    /// `label` and a field for `text`.
    fn harness(label: &'static str, text: &str) -> Harness<'static, String> {
        Harness::builder().build_ui_state(
            move |ui, text: &mut String| {
                super::super::style::add_fonts(ui.ctx());
                add_to(ui.ctx());
                ui.label(label);
                let field = ui.label("Name");
                single_line(ui, text, |e| e.desired_width(300.0)).labelled_by(field.id);
            },
            text.to_owned(),
        )
    }

    /// The texts of the frame's output as egui will paint them.
    fn painted(harness: &Harness<'_, String>) -> Vec<String> {
        fn collect(shape: &Shape, out: &mut Vec<String>) {
            match shape {
                Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
                Shape::Text(t) => out.push(t.galley.job.text.clone()),
                _ => {}
            }
        }
        let mut out = Vec::new();
        for clipped in &harness.output().shapes {
            collect(&clipped.shape, &mut out);
        }
        out
    }

    #[test]
    fn the_plugin_paints_labels_in_visual_order() {
        let mut harness = harness("قرية كفركلا 12 (M42)", "");
        harness.run();
        let painted = painted(&harness);
        assert!(
            painted.contains(&"(M42) 12 كفركلا قرية".to_owned()),
            "{painted:?}"
        );
        assert!(painted.contains(&"Name".to_owned()));
    }

    #[test]
    fn typing_arabic_stores_it_in_logical_order() {
        let mut harness = harness("", "");
        harness.get_by_label("Name").focus();
        harness.run();
        harness.get_by_label("Name").type_text("بساتين كفركلا 12");
        harness.run();
        assert_eq!(harness.state().as_str(), "بساتين كفركلا 12");
    }

    /// egui issue 8576: in 0.37 the caret is lost in Arabic (more glyphs than characters).
    /// Here, in a right-to-left line, Home goes to the start (at the right) and the left
    /// arrow moves forward in the text, one letter a press.
    #[test]
    fn arrows_move_as_they_point_in_a_right_to_left_line() {
        let mut harness = harness("", "عدد 123 مرحبا");
        harness.get_by_label("Name").focus();
        harness.run();
        harness.key_press(egui::Key::Home);
        harness.key_press(egui::Key::ArrowLeft);
        harness.key_press(egui::Key::ArrowLeft);
        harness.run();
        harness.get_by_label("Name").type_text("x");
        harness.run();
        assert_eq!(harness.state().as_str(), "عدxد 123 مرحبا");
    }

    /// A click at the left end of an Arabic name puts the caret at the name's end (its
    /// logical end is at the left); egui alone put it at the start.
    #[test]
    fn a_click_at_the_left_end_of_arabic_puts_the_caret_at_its_end() {
        let mut harness = harness("", "بساتين كفركلا");
        harness.run();
        let rect = harness.get_by_label("Name").rect();
        let at = egui::pos2(rect.left() + 6.0, rect.center().y);
        harness.hover_at(at);
        harness.run();
        harness.drag_at(at);
        harness.run();
        harness.drop_at(at);
        harness.run();
        harness.get_by_label("Name").type_text("x");
        harness.run();
        assert_eq!(harness.state().as_str(), "بساتين كفركلاx");
    }

    #[test]
    fn the_caret_after_arabic_is_at_the_left_of_the_text() {
        let galley = {
            let ctx = egui::Context::default();
            let mut galley = None;
            let output = ctx.run_ui(Default::default(), |ui| {
                super::super::style::add_fonts(ui.ctx());
                let job = LayoutJob::simple_singleline(
                    "بساتين كفركلا".to_owned(),
                    egui::FontId::proportional(14.0),
                    egui::Color32::WHITE,
                );
                galley = Some(ui.fonts_mut(|f| layout_for_editing(f, job)));
            });
            output.drop_without_applying_deltas();
            galley.unwrap()
        };
        assert_eq!(galley.rows.len(), 1);
        assert_eq!(galley.rows[0].glyphs.len(), 13, "one glyph a character");
        let x = |i| {
            galley
                .pos_from_cursor(egui::text::CCursor::new(i))
                .center()
                .x
        };
        let width = galley.size().x;
        // Start at the right end, end at the left end, the space between the words
        // in between, and every step leftwards.
        assert!((x(0) - width).abs() < 1.0, "{} {width}", x(0));
        assert!(x(13).abs() < 1.0, "{}", x(13));
        for i in 0..13 {
            assert!(
                x(i + 1) < x(i),
                "caret {i} at {}, {} at {}",
                x(i),
                i + 1,
                x(i + 1)
            );
        }
        assert_eq!(nearest_index(&galley, egui::pos2(0.0, 5.0)), 13);
        assert_eq!(nearest_index(&galley, egui::pos2(width, 5.0)), 0);
    }
}
