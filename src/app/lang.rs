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

/// A count for a message: the number, written for the language (`1 234` in Russian), as
/// text; plural selection goes on the separate number argument.
pub(crate) fn count(ui: &egui::Ui, n: usize) -> String {
    messages(ui.ctx()).number(&crate::estimate::thousands(n as f64))
}
