//! Colours of text that must be read: errors and refusals, and good news, in the dark and
//! the light theme.

use egui::{Color32, Visuals};

/// Text of an error or a refusal: red that reads on the panel's background (WCAG AA,
/// contrast 4.5:1 or more, in both themes). The former pure dark red measured 2.8:1 on
/// egui's dark grey.
pub fn error_colour(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(255, 128, 118)
    } else {
        Color32::from_rgb(176, 0, 0)
    }
}

/// Text of good news (on track): green that reads on the panel's background.
pub fn ok_colour(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(120, 220, 120)
    } else {
        Color32::from_rgb(0, 110, 0)
    }
}

/// Text of something still to do before a save (a missing field, a record left unlinked):
/// amber that reads on the panel's background (contrast 4.5:1 or more in both themes).
pub fn warning_colour(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(240, 190, 90)
    } else {
        Color32::from_rgb(138, 80, 0)
    }
}

/// Body text in the dark theme: light grey that reads at 7:1 or more on the panels (WCAG
/// AAA); egui's own grey 140 measures about 5:1 there and reads dim in the sun.
pub const DARK_BODY_TEXT: Color32 = Color32::from_gray(205);

/// The app's look: egui's, with body text that reads in the dark theme, and the bundled
/// fonts for the scripts egui's own fonts lack ([`add_fonts`]), right-to-left and mixed
/// text shown in visual order ([`super::bidi::Bidi`]).
pub fn apply(ctx: &egui::Context) {
    let mut dark = Visuals::dark();
    dark.widgets.noninteractive.fg_stroke.color = DARK_BODY_TEXT;
    ctx.set_visuals_of(egui::Theme::Dark, dark);
    add_fonts(ctx);
    super::bidi::add_to(ctx);
}

/// Fonts built into the program (assets/fonts, SIL Open Font License 1.1, OFL.txt beside
/// them), for scripts egui's own fonts (Latin, Greek, Cyrillic) lack: Arabic and Georgian,
/// so village names and messages in them render on any machine.
pub const BUNDLED_FONTS: [(&str, &[u8]); 2] = [
    (
        "Noto Sans Arabic",
        include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
    ),
    (
        "Noto Sans Georgian",
        include_bytes!("../../assets/fonts/NotoSansGeorgian-Regular.ttf"),
    ),
];

/// Adds [`BUNDLED_FONTS`] to both font families as fallbacks: a glyph comes from them
/// only when egui's own fonts lack it, so Latin and Cyrillic text looks as before.
pub fn add_fonts(ctx: &egui::Context) {
    for (name, data) in BUNDLED_FONTS {
        ctx.add_font(egui::FontInsert::new(
            name,
            egui::FontData::from_static(data),
            [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
                .into_iter()
                .map(|family| egui::InsertFontFamily {
                    family,
                    priority: egui::FontPriority::Lowest,
                })
                .collect(),
        ));
    }
}

/// How areas are written in the app: km² for the programme and its regions, hectares for a
/// hazard area (the defaults), or m² everywhere on request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Units {
    /// For the programme and its regions.
    pub large: crate::estimate::AreaUnit,
    /// For one hazard area.
    pub small: crate::estimate::AreaUnit,
}

impl Units {
    /// km² and hectares.
    pub const DEFAULT: Units = Units {
        large: crate::estimate::AreaUnit::SquareKilometres,
        small: crate::estimate::AreaUnit::Hectares,
    };
    /// m² everywhere.
    pub const SQUARE_METRES: Units = Units {
        large: crate::estimate::AreaUnit::SquareMetres,
        small: crate::estimate::AreaUnit::SquareMetres,
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG 2.1 relative luminance of an sRGB colour.
    fn luminance(c: Color32) -> f64 {
        let lin = |v: u8| {
            let s = f64::from(v) / 255.0;
            if s <= 0.040_45 {
                s / 12.92
            } else {
                ((s + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
    }

    fn contrast(a: Color32, b: Color32) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn the_former_error_red_did_not_read_on_dark_grey() {
        // Hand check of the formula: black on white is 21:1.
        assert!((contrast(Color32::BLACK, Color32::WHITE) - 21.0).abs() < 1e-9);
        let c = contrast(Color32::from_rgb(200, 0, 0), Visuals::dark().panel_fill);
        assert!(c < 3.0, "{c}");
    }

    #[test]
    fn body_text_reads_at_seven_to_one_in_the_dark_theme() {
        let before = Visuals::dark().widgets.noninteractive.fg_stroke.color;
        let panel = Visuals::dark().panel_fill;
        // egui's own grey: about 5:1, under AAA.
        assert!(contrast(before, panel) < 7.0, "{}", contrast(before, panel));
        for background in [panel, Visuals::dark().window_fill] {
            let c = contrast(DARK_BODY_TEXT, background);
            assert!(c >= 7.0, "{c:.2}");
        }
    }

    #[test]
    fn error_and_ok_text_read_on_both_themes_panels_and_windows() {
        for visuals in [Visuals::dark(), Visuals::light()] {
            for background in [
                visuals.panel_fill,
                visuals.window_fill,
                visuals.extreme_bg_color,
            ] {
                for colour in [
                    error_colour(&visuals),
                    ok_colour(&visuals),
                    warning_colour(&visuals),
                ] {
                    let c = contrast(colour, background);
                    assert!(
                        c >= 4.5,
                        "{colour:?} on {background:?} (dark {}): {c:.2}",
                        visuals.dark_mode
                    );
                }
            }
        }
    }
}
