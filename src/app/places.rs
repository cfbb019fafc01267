//! Where you are on the map: country outlines (Natural Earth 1:10m near the programme
//! countries, 1:110m elsewhere), first-order division boundaries, and place names from
//! GeoNames, more of them as the map zooms in (capitals, then cities, towns and villages),
//! never overlapping; with GeoNames' credit in a corner.
//!
//! The bundled data is read once, on a thread of its own started with the first map
//! ([`PlacesLayer::default`]), while the app opens its file.

use std::sync::{Arc, Once, OnceLock};

use egui::{Color32, FontId, Pos2, Rect, Shape, Stroke, Vec2};

use crate::io::gazetteer::{Boundaries, Gazetteer, Place, PlaceKind};

/// The bundled places and boundaries, once read.
struct Data {
    gazetteer: Gazetteer,
    boundaries: Boundaries,
}

static DATA: OnceLock<Result<Arc<Data>, String>> = OnceLock::new();
static STARTED: Once = Once::new();

fn load() -> Result<Arc<Data>, String> {
    let gazetteer = Gazetteer::bundled().map_err(|e| e.to_string())?;
    let boundaries = Boundaries::bundled().map_err(|e| e.to_string())?;
    Ok(Arc::new(Data {
        gazetteer,
        boundaries,
    }))
}

/// Starts reading the bundled data on a thread of its own (once).
fn start_loading() {
    STARTED.call_once(|| {
        let spawned = std::thread::Builder::new()
            .name("gazetteer".to_owned())
            .spawn(|| {
                DATA.get_or_init(load);
            });
        if spawned.is_err() {
            DATA.get_or_init(load);
        }
    });
}

/// The data (`None` when it cannot be read). Waits for the reading thread when it has not
/// finished: every frame draws the same for the same view (it is a fraction of a second,
/// begun when the map was made).
fn data() -> Option<&'static Data> {
    start_loading();
    DATA.get_or_init(load).as_ref().ok().map(|d| &**d)
}

/// The bundled gazetteer, read now if it was not yet (for a search); why not, when it cannot
/// be read.
pub fn gazetteer() -> Result<&'static Gazetteer, String> {
    start_loading();
    match DATA.get_or_init(load) {
        Ok(d) => Ok(&d.gazetteer),
        Err(e) => Err(e.clone()),
    }
}

/// The bundled places named like `text` (see [`Gazetteer::search`]), at most `limit`, each
/// as shown in a list ("Tbeti: village, Shida Kartli, GE"; the name that matched in
/// brackets when it is another) with its lon/lat. None when the data cannot be read.
pub fn find(text: &str, limit: usize) -> Vec<(String, f64, f64)> {
    let Ok(g) = gazetteer() else {
        return Vec::new();
    };
    g.search(text, limit)
        .into_iter()
        .map(|f| {
            let p = f.place;
            let name = if f.matched == p.name {
                p.name.clone()
            } else {
                format!("{} ({})", p.name, f.matched)
            };
            (format!("{name}: {}", g.describe(p)), p.lon, p.lat)
        })
        .collect()
}

/// Points per degree of latitude from which the 1:10m outlines replace the 1:110m ones...
const DETAILED_FROM: f64 = 40.0;
/// ...admin-1 boundaries are drawn...
const ADMIN1_FROM: f64 = 150.0;

/// ...and names of each kind of place are shown (about 1:20M, 1:6M, 1:1M, 1:250k).
fn shown_from(kind: PlaceKind) -> f64 {
    match kind {
        PlaceKind::Capital => 0.0,
        PlaceKind::City => 60.0,
        PlaceKind::Town => 400.0,
        PlaceKind::Village => 1500.0,
    }
}

/// At most this many names are placed in one frame (the most important first).
const MAX_LABELS: usize = 400;

const LABEL_TEXT: Color32 = Color32::from_rgb(25, 25, 35);
const LABEL_BACK: Color32 = Color32::from_rgba_unmultiplied_const(255, 255, 255, 190);
const COUNTRY_LINE: Color32 = Color32::from_rgb(95, 95, 105);
const ADMIN1_LINE: Color32 = Color32::from_rgb(150, 140, 160);

/// The place names and boundaries layer of the map, and what it drew last frame.
#[derive(Debug)]
pub struct PlacesLayer {
    /// The names drawn last frame.
    labels: Vec<String>,
}

impl Default for PlacesLayer {
    fn default() -> Self {
        start_loading();
        PlacesLayer { labels: Vec::new() }
    }
}

/// What the map is looking at: the lon/lat box, the scale and the projection to the screen.
pub struct View<'a> {
    /// min lon, min lat, max lon, max lat.
    pub bbox: [f64; 4],
    /// Screen points per degree of latitude.
    pub scale: f64,
    /// Lon/lat to screen.
    pub proj: &'a dyn Fn([f64; 2]) -> Pos2,
}

impl View<'_> {
    fn sees(&self, b: &[f64; 4]) -> bool {
        b[0] <= self.bbox[2] && b[2] >= self.bbox[0] && b[1] <= self.bbox[3] && b[3] >= self.bbox[1]
    }

    fn sees_point(&self, lon: f64, lat: f64) -> bool {
        self.sees(&[lon, lat, lon, lat])
    }
}

fn bbox_of(ring: &[[f64; 2]]) -> [f64; 4] {
    ring.iter()
        .fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |b, p| {
            [
                b[0].min(p[0]),
                b[1].min(p[1]),
                b[2].max(p[0]),
                b[3].max(p[1]),
            ]
        })
}

impl PlacesLayer {
    /// Whether the bundled data has been read (false also when it cannot be read).
    pub fn ready(&self) -> bool {
        DATA.get().is_some_and(Result::is_ok)
    }

    /// The place names drawn in the last frame.
    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Draws the country outlines (`world`: the 1:110m rings, used zoomed out and away from
    /// the 1:10m outlines) and, zoomed in, the admin-1 boundaries.
    pub fn draw_boundaries(&self, painter: &egui::Painter, world: &[Vec<[f64; 2]>], v: &View) {
        let detailed = data().filter(|_| v.scale >= DETAILED_FROM);
        let line = |pts: &[[f64; 2]], stroke: Stroke| {
            Shape::line(pts.iter().map(|c| (v.proj)(*c)).collect(), stroke)
        };
        let world_stroke = Stroke::new(1.0, Color32::from_rgb(120, 120, 120));
        let mut shapes = Vec::new();
        for ring in world {
            let b = bbox_of(ring);
            if !v.sees(&b) {
                continue;
            }
            // Where the 1:10m outlines are, the 1:110m ring would stray from them.
            let replaced =
                detailed.is_some_and(|d| d.boundaries.admin0.iter().any(|o| overlap(&o.bbox, &b)));
            if !replaced {
                shapes.push(line(ring, world_stroke));
            }
        }
        if let Some(d) = detailed {
            if v.scale >= ADMIN1_FROM {
                for b in d.boundaries.admin1.iter().filter(|b| v.sees(&b.bbox)) {
                    for l in &b.lines {
                        shapes.push(line(l, Stroke::new(1.0, ADMIN1_LINE)));
                    }
                }
            }
            for b in d.boundaries.admin0.iter().filter(|b| v.sees(&b.bbox)) {
                for l in &b.lines {
                    shapes.push(line(l, Stroke::new(1.3, COUNTRY_LINE)));
                }
            }
        }
        painter.extend(shapes);
    }

    /// Draws the names of the places in view that the scale allows, the most important first,
    /// each with a dot, leaving out a name that would overlap one already drawn; and the
    /// credit in the bottom right corner of `rect`.
    pub fn draw_labels(&mut self, painter: &egui::Painter, rect: Rect, v: &View) {
        self.labels.clear();
        let Some(d) = data() else {
            // Bundled, so never expected; said where the names would be.
            if let Some(Err(why)) = DATA.get() {
                corner(painter, rect, &format!("Place names not read: {why}"));
            }
            return;
        };
        let mut shown: Vec<&Place> = d
            .gazetteer
            .places()
            .iter()
            .filter(|p| v.scale >= shown_from(p.kind()) && v.sees_point(p.lon, p.lat))
            .collect();
        shown.sort_by_key(|p| (p.kind(), std::cmp::Reverse(p.population)));
        // Names keep clear of the credit (bottom right) and the scale bar (bottom left).
        let mut taken: Vec<Rect> = vec![
            Rect::from_min_max(
                rect.right_bottom() - Vec2::new(300.0, 20.0),
                rect.right_bottom(),
            ),
            Rect::from_min_max(
                rect.left_bottom() - Vec2::new(0.0, 50.0),
                rect.left_bottom() + Vec2::new(180.0, 0.0),
            ),
        ];
        for p in shown.into_iter().take(MAX_LABELS) {
            let at = (v.proj)([p.lon, p.lat]);
            let size = match p.kind() {
                PlaceKind::Capital => 15.0,
                PlaceKind::City => 14.0,
                PlaceKind::Town => 12.5,
                PlaceKind::Village => 11.5,
            };
            let galley =
                painter.layout_no_wrap(p.name.clone(), FontId::proportional(size), LABEL_TEXT);
            let text_at = at + Vec2::new(5.0, -galley.size().y / 2.0);
            let area = Rect::from_min_size(text_at, galley.size())
                .union(Rect::from_center_size(at, Vec2::splat(6.0)))
                .expand(2.0);
            if taken.iter().any(|t| t.intersects(area)) || !rect.contains_rect(area) {
                continue;
            }
            taken.push(area);
            painter.rect_filled(
                Rect::from_min_size(text_at, galley.size()).expand(1.5),
                3.0,
                LABEL_BACK,
            );
            let dot = if p.kind() == PlaceKind::Capital {
                4.0
            } else {
                2.5
            };
            painter.circle(at, dot, LABEL_TEXT, Stroke::new(1.0, Color32::WHITE));
            painter.galley(text_at, galley, LABEL_TEXT);
            self.labels.push(p.name.clone());
        }
        let credit = super::lang::messages(painter.ctx()).text("map-credit", &[]);
        corner(painter, rect, &credit);
    }
}

fn overlap(a: &[f64; 4], b: &[f64; 4]) -> bool {
    a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1]
}

/// A small text in the bottom right corner (GeoNames' credit).
fn corner(painter: &egui::Painter, rect: Rect, text: &str) {
    let galley = painter.layout_no_wrap(
        text.to_owned(),
        FontId::proportional(10.0),
        Color32::from_rgb(40, 40, 40),
    );
    let at = rect.right_bottom() - galley.size() - Vec2::new(6.0, 4.0);
    painter.rect_filled(
        Rect::from_min_size(at, galley.size()).expand(2.0),
        2.0,
        LABEL_BACK,
    );
    painter.galley(at, galley, Color32::from_rgb(40, 40, 40));
}
