//! The map: hazard areas, releases and finds drawn over a low-detail country outline, with
//! pan (drag, arrow keys), zoom (wheel, pinch, +/-), a scale bar and the cursor position.
//!
//! Polygons are triangulated once (earcut, holes included, so concave shapes fill
//! correctly) and kept in lon/lat; each frame only projects the vertices in view.

use std::collections::HashMap;

use egui::epaint::{Mesh, Vertex};
use egui::{Color32, Pos2, Rect, Sense, Shape, Stroke, Vec2};
use geo::TriangulateEarcut;
use geo_types::Geometry;
use uuid::Uuid;

use super::UiCommand;
use crate::model::{Classification, Record, RecordKind, ReleaseMethod};

/// GICHD symbology: confirmed hazard area #FF0000, suspected #F4A718, both at 50 % alpha.
const CHA_FILL: Color32 = Color32::from_rgba_unmultiplied_const(255, 0, 0, 128);
const SHA_FILL: Color32 = Color32::from_rgba_unmultiplied_const(244, 167, 24, 128);
const CANCELLED_FILL: Color32 = Color32::from_rgba_unmultiplied_const(154, 205, 50, 128);
const REDUCED_FILL: Color32 = Color32::from_rgba_unmultiplied_const(70, 130, 180, 128);
const CLEARED_FILL: Color32 = Color32::from_rgba_unmultiplied_const(46, 139, 87, 128);

/// Screen points per degree from which finds are drawn (about 1 point per 9 m).
const FINDS_FROM_SCALE: f64 = 12_000.0;

/// The bundled country outline (Natural Earth 1:110m, public domain).
const COUNTRIES: &str = include_str!("../../assets/naturalearth_110m_countries.geojson");

/// A record ready to draw: triangles and rings in lon/lat.
struct Drawn {
    id: Uuid,
    kind: RecordKind,
    fill: Color32,
    /// Three points a triangle.
    triangles: Vec<[f64; 2]>,
    rings: Vec<Vec<[f64; 2]>>,
    point: Option<[f64; 2]>,
    /// min lon, min lat, max lon, max lat.
    bbox: [f64; 4],
    label: String,
}

/// What the map shows and where it looks.
pub struct MapView {
    /// Centre, lon/lat.
    center: [f64; 2],
    /// Screen points per degree of latitude.
    scale: f64,
    shapes: Vec<Drawn>,
    by_id: HashMap<Uuid, usize>,
    outline: Vec<Vec<[f64; 2]>>,
    hidden: Vec<RecordKind>,
    cursor: Option<[f64; 2]>,
    /// Outlines drawn over everything (competing versions of a record in conflict).
    highlights: Vec<(Vec<Vec<[f64; 2]>>, Color32)>,
    basemap: Option<Basemap>,
}

/// An MBTiles basemap and the tiles already turned into textures.
struct Basemap {
    tiles: crate::io::mbtiles::Mbtiles,
    /// `None` where the file has no tile (or it does not decode).
    textures: HashMap<(u8, u32, u32), Option<egui::TextureHandle>>,
}

/// At most this many tiles are drawn in one frame (the rest wait for a closer zoom).
const MAX_TILES: u32 = 64;

impl Default for MapView {
    fn default() -> Self {
        MapView {
            center: [35.5, 33.25],
            scale: 2000.0,
            shapes: Vec::new(),
            by_id: HashMap::new(),
            outline: outline(),
            hidden: Vec::new(),
            cursor: None,
            highlights: Vec::new(),
            basemap: None,
        }
    }
}

fn outline() -> Vec<Vec<[f64; 2]>> {
    let mut rings = Vec::new();
    let Ok(v) = serde_json::from_str::<serde_json::Value>(COUNTRIES) else {
        return rings;
    };
    for f in v["features"].as_array().into_iter().flatten() {
        if let Ok(g) = crate::io::geojson::geometry(&f["geometry"]) {
            let polys = match g {
                Geometry::Polygon(p) => vec![p],
                Geometry::MultiPolygon(mp) => mp.0,
                _ => vec![],
            };
            for p in polys {
                rings.push(p.exterior().0.iter().map(|c| [c.x, c.y]).collect());
            }
        }
    }
    rings
}

fn drawn(record: &Record) -> Drawn {
    let (fill, label) = match record {
        Record::Hazard(h) => (
            if h.classification == Classification::Cha {
                CHA_FILL
            } else {
                SHA_FILL
            },
            format!(
                "{} {} (surveyed {})",
                h.classification, h.name, h.surveyed_on
            ),
        ),
        Record::Release(r) => (
            match r.method {
                ReleaseMethod::Cancelled => CANCELLED_FILL,
                ReleaseMethod::Reduced => REDUCED_FILL,
                ReleaseMethod::Cleared => CLEARED_FILL,
            },
            format!("{} on {}", r.method, r.completed_on),
        ),
        Record::Find(f) => (
            Color32::from_rgb(120, 0, 0),
            format!("{} × {} found {}", f.quantity, f.ordnance_type, f.found_on),
        ),
    };
    let mut d = Drawn {
        id: record.uuid(),
        kind: record.kind(),
        fill,
        triangles: Vec::new(),
        rings: Vec::new(),
        point: None,
        bbox: [f64::MAX, f64::MAX, f64::MIN, f64::MIN],
        label,
    };
    let grow = |c: [f64; 2], b: &mut [f64; 4]| {
        b[0] = b[0].min(c[0]);
        b[1] = b[1].min(c[1]);
        b[2] = b[2].max(c[0]);
        b[3] = b[3].max(c[1]);
    };
    match record.geometry() {
        Geometry::MultiPolygon(mp) => {
            for p in &mp.0 {
                for t in p.earcut_triangles() {
                    d.triangles
                        .extend([t.v1(), t.v2(), t.v3()].map(|c| [c.x, c.y]));
                }
                for ring in std::iter::once(p.exterior()).chain(p.interiors()) {
                    let pts: Vec<[f64; 2]> = ring.0.iter().map(|c| [c.x, c.y]).collect();
                    for c in &pts {
                        grow(*c, &mut d.bbox);
                    }
                    d.rings.push(pts);
                }
            }
        }
        Geometry::Point(p) => {
            d.point = Some([p.x(), p.y()]);
            grow([p.x(), p.y()], &mut d.bbox);
        }
        _ => {}
    }
    d
}

impl MapView {
    /// Makes drawable shapes of the records.
    pub fn load(&mut self, areas: &crate::status::Areas, finds: &[Record]) {
        self.shapes.clear();
        self.by_id.clear();
        let hazards = areas
            .hazards
            .iter()
            .map(|h| drawn(&Record::Hazard(h.clone())));
        let releases = areas
            .releases
            .iter()
            .map(|r| drawn(&Record::Release(r.clone())));
        for d in hazards.chain(releases).chain(finds.iter().map(drawn)) {
            self.by_id.insert(d.id, self.shapes.len());
            self.shapes.push(d);
        }
    }

    /// Number of records on the map.
    pub fn shape_count(&self) -> usize {
        self.shapes.len()
    }

    /// Whether a layer is shown.
    pub fn layer_visible(&self, kind: RecordKind) -> bool {
        !self.hidden.contains(&kind)
    }

    /// Shows or hides a layer.
    pub fn set_layer_visible(&mut self, kind: RecordKind, visible: bool) {
        self.hidden.retain(|k| *k != kind);
        if !visible {
            self.hidden.push(kind);
        }
    }

    /// The cursor's lon/lat, when it is over the map.
    pub fn cursor(&self) -> Option<(f64, f64)> {
        self.cursor.map(|c| (c[0], c[1]))
    }

    /// Shows the MBTiles file at `path` under the records; its name.
    pub fn open_basemap(
        &mut self,
        path: &std::path::Path,
    ) -> Result<String, crate::io::mbtiles::MbtilesError> {
        let tiles = crate::io::mbtiles::Mbtiles::open(path)?;
        let name = tiles.name.clone();
        self.basemap = Some(Basemap {
            tiles,
            textures: HashMap::new(),
        });
        Ok(name)
    }

    /// The basemap's name, when one is open.
    pub fn basemap_name(&self) -> Option<&str> {
        self.basemap.as_ref().map(|b| b.tiles.name.as_str())
    }

    fn draw_basemap(&mut self, ui: &egui::Ui, painter: &egui::Painter, rect: Rect) {
        use crate::io::mbtiles::{tile_corner, tile_of};
        let (kx, scale) = (self.kx(), self.scale);
        let nw = self.to_lon_lat(rect, rect.left_top());
        let se = self.to_lon_lat(rect, rect.right_bottom());
        let Some(b) = &mut self.basemap else { return };
        // The zoom whose tiles come out about 256 points wide.
        let ideal = (360.0 * kx * scale / 256.0).log2().round();
        let z = (ideal.max(0.0) as u8).clamp(b.tiles.zooms.0, b.tiles.zooms.1);
        let (x0, y0) = tile_of(nw[0], nw[1], z);
        let (x1, y1) = tile_of(se[0], se[1], z);
        if (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_TILES {
            return;
        }
        if b.textures.len() > 512 {
            b.textures.clear();
        }
        let project = |c: (f64, f64), center: [f64; 2]| {
            Pos2::new(
                rect.center().x + ((c.0 - center[0]) * kx * scale) as f32,
                rect.center().y - ((c.1 - center[1]) * scale) as f32,
            )
        };
        for x in x0..=x1 {
            for y in y0..=y1 {
                let texture = b.textures.entry((z, x, y)).or_insert_with(|| {
                    let tile = b.tiles.tile(z, x, y).ok().flatten()?;
                    let image = egui::ColorImage::from_rgba_unmultiplied(tile.size, &tile.rgba);
                    Some(ui.ctx().load_texture(
                        format!("tile-{z}-{x}-{y}"),
                        image,
                        egui::TextureOptions::LINEAR,
                    ))
                });
                if let Some(t) = texture {
                    let a = project(tile_corner(x, y, z), self.center);
                    let c = project(tile_corner(x + 1, y + 1, z), self.center);
                    painter.image(
                        t.id(),
                        Rect::from_two_pos(a, c),
                        Rect::from_min_max(Pos2::ZERO, Pos2::new(1.0, 1.0)),
                        Color32::WHITE,
                    );
                }
            }
        }
    }

    /// Outlines to draw over the map (rings of each geometry, and a colour); none to clear.
    pub fn set_highlights(&mut self, geometries: Vec<(Geometry<f64>, Color32)>) {
        self.highlights = geometries
            .into_iter()
            .map(|(g, color)| {
                let rings = match g {
                    Geometry::MultiPolygon(mp) => {
                        mp.0.iter()
                            .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
                            .map(|r| r.0.iter().map(|c| [c.x, c.y]).collect())
                            .collect()
                    }
                    Geometry::Point(p) => vec![vec![[p.x(), p.y()]]],
                    _ => Vec::new(),
                };
                (rings, color)
            })
            .collect();
    }

    /// Centres the map on the highlighted outlines.
    pub fn zoom_to_highlights(&mut self) {
        let pts: Vec<[f64; 2]> = self
            .highlights
            .iter()
            .flat_map(|(rings, _)| rings.iter().flatten().copied())
            .collect();
        if pts.is_empty() {
            return;
        }
        let (mut lo, mut hi) = ([f64::MAX; 2], [f64::MIN; 2]);
        for p in &pts {
            lo = [lo[0].min(p[0]), lo[1].min(p[1])];
            hi = [hi[0].max(p[0]), hi[1].max(p[1])];
        }
        self.center = [(lo[0] + hi[0]) / 2.0, (lo[1] + hi[1]) / 2.0];
        let span = ((hi[0] - lo[0]) * self.kx()).max(hi[1] - lo[1]).max(2e-4);
        self.scale = 500.0 / span;
    }

    /// A line about a record.
    pub fn describe(&self, id: Uuid) -> Option<String> {
        self.by_id.get(&id).map(|&i| self.shapes[i].label.clone())
    }

    /// Centres and scales the map on the records (south Lebanon when there are none).
    pub fn zoom_to_data(&mut self) {
        let mut b = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for s in &self.shapes {
            b = [
                b[0].min(s.bbox[0]),
                b[1].min(s.bbox[1]),
                b[2].max(s.bbox[2]),
                b[3].max(s.bbox[3]),
            ];
        }
        if b[0] > b[2] {
            *self = MapView {
                shapes: std::mem::take(&mut self.shapes),
                by_id: std::mem::take(&mut self.by_id),
                outline: std::mem::take(&mut self.outline),
                hidden: std::mem::take(&mut self.hidden),
                ..MapView::default()
            };
            return;
        }
        self.center = [(b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0];
        let span = ((b[2] - b[0]) * self.center[1].to_radians().cos())
            .max(b[3] - b[1])
            .max(1e-4);
        self.scale = 800.0 / span;
    }

    fn kx(&self) -> f64 {
        self.center[1].to_radians().cos()
    }

    fn to_screen(&self, rect: Rect, c: [f64; 2]) -> Pos2 {
        let x = (c[0] - self.center[0]) * self.kx() * self.scale;
        let y = (c[1] - self.center[1]) * self.scale;
        Pos2::new(rect.center().x + x as f32, rect.center().y - y as f32)
    }

    fn to_lon_lat(&self, rect: Rect, p: Pos2) -> [f64; 2] {
        let dx = f64::from(p.x - rect.center().x) / (self.kx() * self.scale);
        let dy = f64::from(rect.center().y - p.y) / self.scale;
        [self.center[0] + dx, self.center[1] + dy]
    }

    /// Draws the map filling `ui`, handling pan, zoom and clicks.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        selected: Option<Uuid>,
        drawing: Option<&[[f64; 2]]>,
        commands: &mut Vec<UiCommand>,
    ) {
        let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
        let rect = response.rect;
        painter.rect_filled(rect, 0.0, Color32::from_rgb(232, 238, 244));
        if response.dragged() {
            let d = response.drag_delta();
            self.center[0] -= f64::from(d.x) / (self.kx() * self.scale);
            self.center[1] += f64::from(d.y) / self.scale;
        }
        let (scroll, zoom, keys) = ui.input(|i| {
            (
                i.smooth_scroll_delta.y,
                i.zoom_delta(),
                [
                    i.key_pressed(egui::Key::ArrowLeft),
                    i.key_pressed(egui::Key::ArrowRight),
                    i.key_pressed(egui::Key::ArrowUp),
                    i.key_pressed(egui::Key::ArrowDown),
                    i.key_pressed(egui::Key::Plus) || i.key_pressed(egui::Key::Equals),
                    i.key_pressed(egui::Key::Minus),
                ],
            )
        });
        let step = f64::from(rect.width().min(rect.height())) / 4.0 / self.scale;
        if keys[0] {
            self.center[0] -= step / self.kx();
        }
        if keys[1] {
            self.center[0] += step / self.kx();
        }
        if keys[2] {
            self.center[1] += step;
        }
        if keys[3] {
            self.center[1] -= step;
        }
        let mut factor = f64::from(zoom);
        if response.hovered() && scroll != 0.0 {
            factor *= (f64::from(scroll) / 200.0).exp();
        }
        if keys[4] {
            factor *= 1.5;
        }
        if keys[5] {
            factor /= 1.5;
        }
        if (factor - 1.0).abs() > 1e-9 {
            // Zoom about the cursor, so the point under it stays put.
            let anchor = response.hover_pos().map(|p| self.to_lon_lat(rect, p));
            self.scale = (self.scale * factor).clamp(0.5, 5.0e7);
            if let (Some(a), Some(p)) = (anchor, response.hover_pos()) {
                let after = self.to_lon_lat(rect, p);
                self.center[0] += a[0] - after[0];
                self.center[1] += a[1] - after[1];
            }
        }
        self.cursor = response.hover_pos().map(|p| self.to_lon_lat(rect, p));

        let view = {
            let a = self.to_lon_lat(rect, rect.left_bottom());
            let b = self.to_lon_lat(rect, rect.right_top());
            [a[0], a[1], b[0], b[1]]
        };
        let visible = |bb: &[f64; 4]| {
            bb[0] <= view[2] && bb[2] >= view[0] && bb[1] <= view[3] && bb[3] >= view[1]
        };
        self.draw_basemap(ui, &painter, rect);
        let outline_stroke = Stroke::new(1.0, Color32::from_rgb(120, 120, 120));
        for ring in &self.outline {
            let pts: Vec<Pos2> = ring.iter().map(|c| self.to_screen(rect, *c)).collect();
            painter.add(Shape::line(pts, outline_stroke));
        }
        // Too small to show a shape (under 4 points): a dot instead (keeps dense views fast).
        let tiny = 4.0 / self.scale;
        let outline_from = 12.0 / self.scale;
        let mut mesh = Mesh::default();
        let mut lines = Vec::new();
        let mut dots = Vec::new();
        for kind in RecordKind::ALL {
            if self.hidden.contains(&kind) {
                continue;
            }
            for s in self
                .shapes
                .iter()
                .filter(|s| s.kind == kind && visible(&s.bbox))
            {
                if let Some(p) = s.point {
                    // Finds only from street level in: zoomed out they would hide the areas.
                    if self.scale >= FINDS_FROM_SCALE {
                        dots.push((self.to_screen(rect, p), s.fill, false));
                    }
                    continue;
                }
                if s.bbox[2] - s.bbox[0] < tiny && s.bbox[3] - s.bbox[1] < tiny {
                    // Seen from afar, a hazard area is the thing to see: its dot goes on top.
                    let on_top = s.kind == RecordKind::HazardArea;
                    dots.push((self.to_screen(rect, [s.bbox[0], s.bbox[1]]), s.fill, on_top));
                    continue;
                }
                for t in s.triangles.chunks_exact(3) {
                    let base = mesh.vertices.len() as u32;
                    for c in t {
                        mesh.vertices.push(Vertex {
                            pos: self.to_screen(rect, *c),
                            uv: egui::epaint::WHITE_UV,
                            color: s.fill,
                        });
                    }
                    mesh.add_triangle(base, base + 1, base + 2);
                }
                // Outlines only where they can be told from the fill (and the selection always):
                // tessellating thousands of tiny outlines is most of a zoomed-out frame.
                let big = (s.bbox[2] - s.bbox[0]).max(s.bbox[3] - s.bbox[1]) > outline_from;
                if !big && selected != Some(s.id) {
                    continue;
                }
                let stroke = if selected == Some(s.id) {
                    Stroke::new(3.0, Color32::from_rgb(0, 0, 255))
                } else {
                    Stroke::new(1.0, s.fill.to_opaque())
                };
                for ring in &s.rings {
                    lines.push(Shape::line(
                        ring.iter().map(|c| self.to_screen(rect, *c)).collect(),
                        stroke,
                    ));
                }
            }
        }
        painter.add(Shape::mesh(mesh));
        painter.extend(lines);
        dots.sort_by_key(|d| d.2);
        for (p, color, _) in dots {
            painter.circle_filled(p, 2.5, color.to_opaque());
        }
        for (rings, color) in &self.highlights {
            for ring in rings {
                let pts: Vec<Pos2> = ring.iter().map(|c| self.to_screen(rect, *c)).collect();
                if pts.len() == 1 {
                    painter.circle_stroke(pts[0], 6.0, Stroke::new(3.0, *color));
                } else {
                    painter.add(Shape::line(pts, Stroke::new(3.0, *color)));
                }
            }
        }
        self.scale_bar(&painter, rect);
        if let Some(vertices) = drawing {
            // The boundary being drawn, closed back to its first vertex.
            let pts: Vec<Pos2> = vertices.iter().map(|c| self.to_screen(rect, *c)).collect();
            let stroke = Stroke::new(2.0, Color32::from_rgb(0, 0, 200));
            if pts.len() > 1 {
                let mut closed = pts.clone();
                closed.push(pts[0]);
                painter.add(Shape::line(closed, stroke));
            }
            for p in &pts {
                painter.circle_filled(*p, 4.0, Color32::from_rgb(0, 0, 200));
            }
            if response.clicked()
                && let Some(p) = response.interact_pointer_pos()
            {
                let c = self.to_lon_lat(rect, p);
                commands.push(UiCommand::AddVertex(c[0], c[1]));
            }
            return;
        }
        if response.clicked()
            && let Some(p) = response.interact_pointer_pos()
        {
            let c = self.to_lon_lat(rect, p);
            let hit = self
                .shapes
                .iter()
                .rev()
                .filter(|s| !self.hidden.contains(&s.kind))
                .find(|s| {
                    if let Some(q) = s.point {
                        let d = self.to_screen(rect, q).distance(p);
                        return d < 6.0;
                    }
                    s.triangles.chunks_exact(3).any(|t| in_triangle(c, t))
                })
                .map(|s| s.id);
            commands.push(UiCommand::Select(hit));
        }
    }

    fn scale_bar(&self, painter: &egui::Painter, rect: Rect) {
        // Metres per screen point along the parallel at the centre.
        let m_per_pt = 111_320.0 / self.scale;
        let target = m_per_pt * 120.0;
        let magnitude = 10f64.powf(target.log10().floor());
        let nice = [1.0, 2.0, 5.0, 10.0]
            .iter()
            .map(|m| m * magnitude)
            .rfind(|l| *l <= target)
            .unwrap_or(magnitude);
        let len = (nice / m_per_pt) as f32;
        let a = rect.left_bottom() + Vec2::new(16.0, -16.0);
        let b = a + Vec2::new(len, 0.0);
        let stroke = Stroke::new(2.0, Color32::BLACK);
        painter.line_segment([a, b], stroke);
        painter.line_segment([a, a - Vec2::new(0.0, 6.0)], stroke);
        painter.line_segment([b, b - Vec2::new(0.0, 6.0)], stroke);
        let text = if nice >= 1000.0 {
            format!("{} km", nice / 1000.0)
        } else {
            format!("{nice} m")
        };
        painter.text(
            a + Vec2::new(len / 2.0, -10.0),
            egui::Align2::CENTER_BOTTOM,
            text,
            egui::FontId::proportional(12.0),
            Color32::BLACK,
        );
    }
}

fn in_triangle(p: [f64; 2], t: &[[f64; 2]]) -> bool {
    let s =
        |a: [f64; 2], b: [f64; 2]| (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
    let (d1, d2, d3) = (s(t[0], t[1]), s(t[1], t[2]), s(t[2], t[0]));
    !((d1 < 0.0 || d2 < 0.0 || d3 < 0.0) && (d1 > 0.0 || d2 > 0.0 || d3 > 0.0))
}
