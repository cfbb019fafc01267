//! The app's messages in the chosen language (issue #15): the [`Messages`] the app holds,
//! put in egui's context at the start of each frame so that every panel takes its words
//! from the catalogue without being handed them, and the layout's direction for it.

use std::sync::{Arc, LazyLock};

use crate::i18n::{Arg, Messages};

/// Where the messages are kept in egui's context memory.
fn id() -> egui::Id {
    egui::Id::unique("clearfield-messages")
}

/// Makes `messages` the ones every panel of this frame speaks.
pub(crate) fn set(ctx: &egui::Context, messages: Arc<Messages>) {
    ctx.data_mut(|d| d.insert_temp(id(), messages));
}

/// The messages of this frame; English before any were set.
pub(crate) fn messages(ctx: &egui::Context) -> Arc<Messages> {
    static ENGLISH: LazyLock<Arc<Messages>> =
        LazyLock::new(|| Arc::new(Messages::new(crate::i18n::Language::En)));
    ctx.data(|d| d.get_temp::<Arc<Messages>>(id()))
        .unwrap_or_else(|| ENGLISH.clone())
}

/// The message `key` in the chosen language (no arguments).
pub(crate) fn tr(ui: &egui::Ui, key: &str) -> String {
    messages(ui.ctx()).text(key, &[])
}

/// The message `key` with `args` in the chosen language.
pub(crate) fn tra(ui: &egui::Ui, key: &str, args: &[(&str, Arg)]) -> String {
    messages(ui.ctx()).text(key, args)
}

/// Whether the chosen language is written right to left (Arabic).
pub(crate) fn right_to_left(ui: &egui::Ui) -> bool {
    messages(ui.ctx()).language().is_right_to_left()
}

/// A record kind as the app names it, in the language: `hazard area`.
pub(crate) fn kind(m: &Messages, kind: crate::model::RecordKind) -> String {
    m.text(&format!("app-kind-{}", kind.as_str()), &[])
}

/// A count of records of a kind, with the language's plural: `3 hazard areas`.
pub(crate) fn kind_count(m: &Messages, kind: crate::model::RecordKind, n: usize) -> String {
    let shown = m.number(&crate::estimate::thousands(n as f64));
    m.text(
        &format!("app-count-{}", kind.as_str()),
        &[("count", n.into()), ("shown", shown.into())],
    )
}

/// The counts of an import, a merge or the demo, by kind (survey and evidence points only
/// when there are some): `12 hazard areas, 3 land releases, 0 ordnance finds`.
pub(crate) fn counts(m: &Messages, counts: &[usize; crate::model::RecordKind::COUNT]) -> String {
    use crate::model::RecordKind;
    let mut parts = Vec::new();
    for kind in RecordKind::ALL {
        let n = counts[kind.index()];
        let optional = matches!(kind, RecordKind::SurveyPoint | RecordKind::EvidencePoint);
        if n > 0 || !optional {
            parts.push(kind_count(m, kind, n));
        }
    }
    parts.join(&m.text("app-list-separator", &[]))
}

/// A change of the history as the app says it: `added hazard area 0b7f…`.
pub(crate) fn change(m: &Messages, change: &crate::store::undo::Change) -> String {
    let record = change.after.as_ref().or(change.before.as_ref());
    let kind = record.map_or_else(|| m.text("app-record", &[]), |r| kind(m, r.kind()));
    let key = match (&change.before, &change.after) {
        (None, Some(_)) => "app-change-added",
        (Some(_), None) => "app-change-deleted",
        _ => "app-change-edited",
    };
    m.text(
        key,
        &[("kind", kind.into()), ("id", change.id.to_string().into())],
    )
}

/// A stored value (a classification, a status, a category…) as the app shows it: its
/// word in the language where the catalogue has one (`app-value-cleared`), else as stored.
pub(crate) fn value(m: &Messages, stored: &str) -> String {
    m.stored_value(stored)
}

/// An area in `unit`, its number written for the language (`1 234,50` in Russian), without
/// the symbol.
pub(crate) fn area_number(m: &Messages, unit: crate::estimate::AreaUnit, m2: f64) -> String {
    m.number(&unit.format(m2))
}

/// A unit's symbol in the language: `km²`, `كم²`.
pub(crate) fn unit_symbol(m: &Messages, unit: crate::estimate::AreaUnit) -> String {
    use crate::estimate::AreaUnit;
    let key = match unit {
        AreaUnit::SquareKilometres => "unit-km2",
        AreaUnit::Hectares => "unit-ha",
        AreaUnit::SquareMetres => "unit-m2",
    };
    m.text(key, &[])
}

/// A field's label in words, with its unit, in the language (`app-field-depth_cm`: "Depth
/// (cm)"); the stored name when the catalogue has none.
pub(crate) fn field(m: &Messages, name: &str) -> String {
    m.field_label(name)
}

/// A field's value as shown: a stored value from a closed list in words (a name or a
/// note as typed).
pub(crate) fn field_value(m: &Messages, name: &str, stored: &str) -> String {
    if crate::model::choices(name).is_some() {
        value(m, stored)
    } else {
        stored.to_owned()
    }
}

/// An area line, `key` with the area in hectares and in m², both written for the language:
/// "Area 51.66 ha (516,570 m²)".
pub(crate) fn area_line(m: &Messages, key: &str, m2: f64) -> String {
    m.text(
        key,
        &[
            (
                "ha",
                area_number(m, crate::estimate::AreaUnit::Hectares, m2).into(),
            ),
            (
                "m2",
                area_number(m, crate::estimate::AreaUnit::SquareMetres, m2).into(),
            ),
        ],
    )
}

/// `add` in the reading direction of the chosen language: in Arabic, top to bottom with
/// everything against the right edge, labels' lines right-aligned, and every
/// `ui.horizontal` inside running right to left (egui's `Layout::prefer_right_to_left`).
pub(crate) fn directed<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if !right_to_left(ui) {
        return add(ui);
    }
    // A child that does not pass its overflow on: in egui 0.37 a wrapped, right-aligned
    // label can reach past the right edge, and a side panel would grow to it frame after
    // frame. The parent takes the child's height over the width it was given.
    let area = ui.available_rect_before_wrap();
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(area)
            .layout(egui::Layout::top_down(egui::Align::Max)),
    );
    child.shrink_clip_rect(area);
    let inner = add(&mut child);
    let used = child.min_rect();
    // Wider contents widen the panel (to its left), up to RTL_PANEL_MAX.
    let width = used.width().min(RTL_PANEL_MAX).max(area.width());
    ui.allocate_rect(
        egui::Rect::from_min_max(
            egui::pos2(area.max.x - width, area.min.y),
            egui::pos2(area.max.x, area.min.y + used.height()),
        ),
        egui::Sense::hover(),
    );
    inner
}

/// `add` laid out left to right whatever the language: egui 0.37's `Grid` loses its first
/// row in a right-aligned layout, so grids are drawn in a left-aligned one (their rows
/// given in reading order by the caller, see [`reading_order`]).
pub(crate) fn grid_scope<R>(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui) -> R) -> R {
    if right_to_left(ui) {
        ui.with_layout(egui::Layout::top_down(egui::Align::Min), add)
            .inner
    } else {
        add(ui)
    }
}

/// A grid row's cells in reading order: as given, reversed in a right-to-left language
/// (egui's grid puts its columns left to right).
pub(crate) fn reading_order<T>(ui: &egui::Ui, mut cells: Vec<T>) -> Vec<T> {
    if right_to_left(ui) {
        cells.reverse();
    }
    cells
}

/// The widest a side panel grows in a right-to-left language (points).
const RTL_PANEL_MAX: f32 = 440.0;

/// A panel at the side where a reader of the language starts (left; right in Arabic).
pub(crate) fn start_panel(ui: &egui::Ui, id: &str) -> egui::Panel {
    if right_to_left(ui) {
        // A limit, as egui 0.37 needs one for right-aligned contents: a wrapped label
        // there spans what it is given, and the panel grows to it frame after frame.
        egui::Panel::right(id.to_owned()).max_size(RTL_PANEL_MAX)
    } else {
        egui::Panel::left(id.to_owned())
    }
}

/// A panel at the side where a reader of the language ends (right; left in Arabic).
pub(crate) fn end_panel(ui: &egui::Ui, id: &str) -> egui::Panel {
    if right_to_left(ui) {
        egui::Panel::left(id.to_owned()).max_size(RTL_PANEL_MAX)
    } else {
        egui::Panel::right(id.to_owned())
    }
}
