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
