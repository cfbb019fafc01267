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

use super::editor::{Rings, VertexAt};
use super::{UiCommand, editor, record_panel};
use crate::geom::engine::ClusterKey;
use crate::model::{Classification, OrdnanceCategory, Record, RecordKind, ReleaseMethod};

/// GICHD symbology: confirmed hazard area #FF0000, suspected #F4A718, both at 50 % alpha.
const CHA_FILL: Color32 = Color32::from_rgba_unmultiplied_const(255, 0, 0, 128);
const SHA_FILL: Color32 = Color32::from_rgba_unmultiplied_const(244, 167, 24, 128);
const CANCELLED_FILL: Color32 = Color32::from_rgba_unmultiplied_const(154, 205, 50, 128);
const REDUCED_FILL: Color32 = Color32::from_rgba_unmultiplied_const(70, 130, 180, 128);
const CLEARED_FILL: Color32 = Color32::from_rgba_unmultiplied_const(46, 139, 87, 128);

/// The map's background (where there is no basemap).
pub const BACKGROUND: Color32 = Color32::from_rgb(232, 238, 244);

/// The land still contaminated: a dark red wash and outline over the hazard colours.
const REMAINING_FILL: Color32 = Color32::from_rgba_unmultiplied_const(110, 0, 0, 70);
const REMAINING_LINE: Color32 = Color32::from_rgb(110, 0, 0);

/// Screen points per degree from which finds are drawn one by one (about 1 point per 9 m).
const FINDS_FROM_SCALE: f64 = 12_000.0;

/// The bundled country outline (Natural Earth 1:110m, public domain).
const COUNTRIES: &str = include_str!("../../assets/naturalearth_110m_countries.geojson");

/// A record ready to draw: triangles and rings in lon/lat.
pub struct Drawn {
    id: Uuid,
    kind: RecordKind,
    fill: Color32,
    /// The fill made opaque, for outlines and dots (worked out once: it takes powf).
    line: Color32,
    /// Three points a triangle.
    triangles: Vec<[f64; 2]>,
    rings: Vec<Vec<[f64; 2]>>,
    point: Option<[f64; 2]>,
    /// min lon, min lat, max lon, max lat.
    bbox: [f64; 4],
    /// For a point: what picks its symbol.
    symbol: Option<PointSymbol>,
    /// Triangles and rings simplified to [`COARSE_TOLERANCE`], drawn below [`COARSE_BELOW`]
    /// when they have far fewer vertices.
    coarse: Option<Outline>,
}

/// Triangles (three points each) and rings, in lon/lat.
type Outline = (Vec<[f64; 2]>, Vec<Vec<[f64; 2]>>);

/// Degrees a simplified outline may stray from the true one (about 20 m)...
const COARSE_TOLERANCE: f64 = 2e-4;
/// ...drawn while that is under a point on screen (points per degree).
const COARSE_BELOW: f64 = 1.0 / COARSE_TOLERANCE;

/// Triangles (three points each) and rings of a multipolygon, in lon/lat.
fn mesh_of(mp: &geo_types::MultiPolygon<f64>) -> Outline {
    let mut triangles = Vec::new();
    let mut rings = Vec::new();
    for p in &mp.0 {
        for t in p.earcut_triangles() {
            triangles.extend([t.v1(), t.v2(), t.v3()].map(|c| [c.x, c.y]));
        }
        for ring in std::iter::once(p.exterior()).chain(p.interiors()) {
            rings.push(ring.0.iter().map(|c| [c.x, c.y]).collect());
        }
    }
    (triangles, rings)
}

/// What the map shows and where it looks.
pub struct MapView {
    /// Centre, lon/lat.
    center: [f64; 2],
    /// Screen points per degree of latitude.
    scale: f64,
    /// The records of each kind, in the order of `RecordKind::ALL`.
    layers: [RecordLayer; RecordKind::COUNT],
    /// Finds counted per cell at one scale, kept while the map only pans.
    find_cells: Option<FindCells>,
    outline: Vec<Vec<[f64; 2]>>,
    hidden: Vec<RecordKind>,
    cursor: Option<[f64; 2]>,
    /// Outlines drawn over everything (competing versions of a record in conflict).
    highlights: Vec<(Vec<Vec<[f64; 2]>>, Color32)>,
    basemap: Option<Basemap>,
    /// The land still contaminated, drawn over the records when `show_remaining`.
    remaining: RemainingLayer,
    show_remaining: bool,
    /// Where the map was drawn last frame, to turn lon/lat into screen positions.
    last_rect: Option<Rect>,
    /// Place names and boundaries (src/app/places.rs).
    places: super::places::PlacesLayer,
    /// Vertices and indices of last frame's mesh.
    last_mesh: (usize, usize),
}

/// The records of one kind, triangulated and ready to draw.
#[derive(Default)]
pub struct RecordLayer {
    shapes: Vec<Drawn>,
    by_id: HashMap<Uuid, usize>,
}

impl RecordLayer {
    fn of(shapes: Vec<Drawn>) -> RecordLayer {
        let by_id = shapes.iter().enumerate().map(|(i, d)| (d.id, i)).collect();
        RecordLayer { shapes, by_id }
    }

    /// Puts in `drawn`, in place of the shape with its id if there is one.
    fn put(&mut self, drawn: Drawn) {
        match self.by_id.get(&drawn.id) {
            Some(&i) => self.shapes[i] = drawn,
            None => {
                self.by_id.insert(drawn.id, self.shapes.len());
                self.shapes.push(drawn);
            }
        }
    }

    /// Takes out the shape with this id; whether there was one.
    fn take(&mut self, id: Uuid) -> bool {
        let Some(i) = self.by_id.remove(&id) else {
            return false;
        };
        self.shapes.swap_remove(i);
        if let Some(moved) = self.shapes.get(i) {
            self.by_id.insert(moved.id, i);
        }
        true
    }
}

/// Hazard areas and land releases made drawable, on every core (slow for a national
/// programme: run it off the UI thread).
pub fn area_layers(areas: &crate::status::Areas) -> [RecordLayer; 2] {
    use rayon::prelude::*;
    [
        RecordLayer::of(areas.hazards.par_iter().map(drawn_hazard).collect()),
        RecordLayer::of(areas.releases.par_iter().map(drawn_release).collect()),
    ]
}

/// Finds, survey points or evidence points made drawable.
pub fn point_layer(points: &[Record]) -> RecordLayer {
    RecordLayer::of(points.iter().filter_map(drawn_point).collect())
}

/// The land still contaminated, one shape per group of records that share land.
#[derive(Default)]
pub struct RemainingLayer(std::collections::BTreeMap<ClusterKey, Drawn>);

/// Changes to the drawing of the land still contaminated: groups drawn anew (`Some`) or gone.
pub type RemainingChanges = Vec<(ClusterKey, Option<Drawn>)>;

/// The drawing of the remaining land of the groups the engine computed anew (or dropped)
/// since it was last asked: after an edit, only the groups it touched.
pub fn remaining_changes(engine: &mut crate::geom::engine::Engine) -> RemainingChanges {
    use rayon::prelude::*;
    let keys = engine.take_changed();
    keys.into_par_iter()
        .map(|k| (k, engine.remaining_of(k).map(drawn_remaining)))
        .collect()
}

fn drawn_remaining(g: &geo_types::MultiPolygon<f64>) -> Drawn {
    drawn_area(Uuid::nil(), RecordKind::HazardArea, REMAINING_FILL, g)
}

/// The boundary being edited, as the map draws it with its handles.
pub struct EditView<'a> {
    /// Its vertices.
    pub shape: &'a Rings,
    /// The vertex selected (drawn larger).
    pub selected: Option<VertexAt>,
    /// The stored record being edited, not drawn (the handles show it).
    pub hide: Option<Uuid>,
    /// Whether a click on empty map adds a vertex (or places the find).
    pub clicks_add: bool,
    /// A find: one point, no edges.
    pub point: bool,
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
            layers: Default::default(),
            find_cells: None,
            outline: outline(),
            hidden: Vec::new(),
            cursor: None,
            highlights: Vec::new(),
            basemap: None,
            remaining: RemainingLayer::default(),
            show_remaining: true,
            last_rect: None,
            last_mesh: (0, 0),
            places: Default::default(),
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

/// A hazard area in GICHD colours.
fn drawn_hazard(h: &crate::model::HazardArea) -> Drawn {
    let fill = if h.classification == Classification::Cha {
        CHA_FILL
    } else {
        SHA_FILL
    };
    drawn_area(h.id.0, RecordKind::HazardArea, fill, &h.geometry)
}

/// A land release in the colour of its method.
fn drawn_release(r: &crate::model::LandRelease) -> Drawn {
    let fill = match r.method {
        ReleaseMethod::Cancelled => CANCELLED_FILL,
        ReleaseMethod::Reduced => REDUCED_FILL,
        ReleaseMethod::Cleared => CLEARED_FILL,
    };
    drawn_area(r.id.0, RecordKind::LandRelease, fill, &r.geometry)
}

/// What a point is drawn as: a find by its category, a survey point by its type, an
/// evidence point by its type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointSymbol {
    /// An ordnance find.
    Find(OrdnanceCategory),
    /// A survey point.
    Survey(crate::model::SurveyPointType),
    /// An evidence point.
    Evidence(crate::model::EvidenceType),
}

/// A find, survey point or evidence point: its point and what picks its symbol (areas are
/// left out).
fn drawn_point(record: &Record) -> Option<Drawn> {
    let (location, symbol) = match record {
        Record::Find(f) => (f.location, PointSymbol::Find(f.category)),
        Record::Survey(s) => (s.location, PointSymbol::Survey(s.point_type)),
        Record::Evidence(e) => (e.location, PointSymbol::Evidence(e.evidence_type)),
        Record::Hazard(_) | Record::Release(_) => return None,
    };
    let p = [location.x(), location.y()];
    let mut d = drawn_area(
        record.uuid(),
        record.kind(),
        FIND_COLOUR,
        &geo_types::MultiPolygon(Vec::new()),
    );
    d.point = Some(p);
    d.bbox = [p[0], p[1], p[0], p[1]];
    d.symbol = Some(symbol);
    Some(d)
}

/// An area ready to draw: triangulated once, rings kept for outlines.
fn drawn_area(
    id: Uuid,
    kind: RecordKind,
    fill: Color32,
    mp: &geo_types::MultiPolygon<f64>,
) -> Drawn {
    let (triangles, rings) = mesh_of(mp);
    let mut bbox = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
    for c in rings.iter().flatten() {
        bbox = [
            bbox[0].min(c[0]),
            bbox[1].min(c[1]),
            bbox[2].max(c[0]),
            bbox[3].max(c[1]),
        ];
    }
    // Seen from afar, a simplified copy draws the same pixels from fewer vertices. (Only for
    // drawing: the records themselves are never simplified.)
    use geo::Simplify;
    let count = |rings: &[Vec<[f64; 2]>]| rings.iter().map(Vec::len).sum::<usize>();
    let coarse = Some(mesh_of(&mp.simplify(COARSE_TOLERANCE)))
        .filter(|c| count(&c.1) * 3 < count(&rings) * 2);
    Drawn {
        id,
        kind,
        fill,
        line: fill.to_opaque(),
        triangles,
        rings,
        point: None,
        bbox,
        symbol: None,
        coarse,
    }
}

impl MapView {
    /// Shows the records of one kind (made off the UI thread by [`area_layers`] or
    /// [`find_layer`]); returns the ones it replaces, to be dropped off the UI thread too
    /// (freeing a national programme's shapes takes a frame's worth of time).
    pub(crate) fn set_records(&mut self, kind: RecordKind, layer: RecordLayer) -> RecordLayer {
        if kind == RecordKind::OrdnanceFind {
            self.find_cells = None;
        }
        std::mem::replace(&mut self.layers[kind.index()], layer)
    }

    /// Draws a record as saved (in place of its earlier shape).
    pub(crate) fn put_record(&mut self, record: &Record) {
        let drawn = match record {
            Record::Hazard(h) => drawn_hazard(h),
            Record::Release(r) => drawn_release(r),
            Record::Find(_) | Record::Survey(_) | Record::Evidence(_) => {
                match drawn_point(record) {
                    Some(d) => d,
                    None => return,
                }
            }
        };
        self.take_record(record.uuid());
        if record.kind() == RecordKind::OrdnanceFind {
            self.find_cells = None;
        }
        self.layers[record.kind().index()].put(drawn);
    }

    /// Stops drawing a record (deleted).
    pub(crate) fn take_record(&mut self, id: Uuid) {
        for (kind, layer) in RecordKind::ALL.iter().zip(&mut self.layers) {
            if layer.take(id) && *kind == RecordKind::OrdnanceFind {
                self.find_cells = None;
            }
        }
    }

    /// Shows the remaining land changed by an edit (see [`remaining_changes`]); returns the
    /// drawings it replaces, to be dropped off the UI thread.
    pub(crate) fn change_remaining(&mut self, changes: RemainingChanges) -> Vec<Drawn> {
        let mut old = Vec::new();
        for (key, drawn) in changes {
            old.extend(match drawn {
                Some(d) => self.remaining.0.insert(key, d),
                None => self.remaining.0.remove(&key),
            });
        }
        old
    }

    /// Shows only the remaining land in `changes` (a programme read anew); returns what it
    /// replaces.
    pub(crate) fn set_remaining(&mut self, changes: RemainingChanges) -> RemainingLayer {
        let layer = RemainingLayer(
            changes
                .into_iter()
                .filter_map(|(k, d)| Some((k, d?)))
                .collect(),
        );
        std::mem::replace(&mut self.remaining, layer)
    }

    /// Whether the land still contaminated is highlighted.
    pub fn remaining_visible(&self) -> bool {
        self.show_remaining
    }

    /// Highlights the land still contaminated, or not.
    pub fn set_remaining_visible(&mut self, visible: bool) {
        self.show_remaining = visible;
    }

    /// Where a lon/lat point was on screen in the last frame drawn.
    pub fn screen_pos(&self, lon: f64, lat: f64) -> Option<Pos2> {
        self.last_rect.map(|rect| self.to_screen(rect, [lon, lat]))
    }

    /// Number of records on the map.
    pub fn shape_count(&self) -> usize {
        self.layers.iter().map(|l| l.shapes.len()).sum()
    }

    /// Every record drawn, of every kind.
    fn all_shapes(&self) -> impl Iterator<Item = &Drawn> {
        self.layers.iter().flat_map(|l| &l.shapes)
    }

    /// The shape of a record, if drawn.
    fn shape_of(&self, id: Uuid) -> Option<&Drawn> {
        self.layers
            .iter()
            .find_map(|l| l.by_id.get(&id).map(|&i| &l.shapes[i]))
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

    /// What is highlighted: for each outline or point, its number of vertices and its
    /// colour.
    pub fn highlighted(&self) -> Vec<(usize, Color32)> {
        self.highlights
            .iter()
            .map(|(rings, colour)| (rings.iter().map(Vec::len).sum(), *colour))
            .collect()
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

    /// The place names and boundaries layer.
    pub fn places(&self) -> &super::places::PlacesLayer {
        &self.places
    }

    /// Where the map was drawn last frame, on the screen.
    pub fn area(&self) -> Option<Rect> {
        self.last_rect
    }

    /// The lon/lat at the middle of the map.
    pub fn centre(&self) -> (f64, f64) {
        (self.center[0], self.center[1])
    }

    /// Centres the map on a record, at a scale that shows it whole.
    pub fn zoom_to(&mut self, id: Uuid) {
        let Some(b) = self.shape_of(id).map(|s| s.bbox) else {
            return;
        };
        self.center = [(b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0];
        // A find (a point) is shown at street level.
        let span = ((b[2] - b[0]) * self.kx()).max(b[3] - b[1]).max(5e-3);
        self.scale = 500.0 / span;
    }

    /// Centres the map on these records, at a scale that shows them all (nothing happens
    /// when none is drawn).
    pub fn zoom_to_records(&mut self, ids: &[Uuid]) {
        let mut b = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for s in ids.iter().filter_map(|id| self.shape_of(*id)) {
            b = [
                b[0].min(s.bbox[0]),
                b[1].min(s.bbox[1]),
                b[2].max(s.bbox[2]),
                b[3].max(s.bbox[3]),
            ];
        }
        if b[0] > b[2] {
            return;
        }
        self.center = [(b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0];
        let span = ((b[2] - b[0]) * self.kx()).max(b[3] - b[1]).max(5e-3);
        self.scale = 500.0 / span;
    }

    /// Centres the map on a position at street level and marks it with a ring.
    pub fn go_to(&mut self, lon: f64, lat: f64) {
        self.center = [lon, lat];
        self.scale = 500.0 / 5e-3;
        self.set_highlights(vec![(
            Geometry::Point(geo_types::Point::new(lon, lat)),
            Color32::from_rgb(0, 160, 255),
        )]);
    }

    /// Centres and scales the map on the records (south Lebanon when there are none).
    pub fn zoom_to_data(&mut self) {
        let mut b = [f64::MAX, f64::MAX, f64::MIN, f64::MIN];
        for s in self.all_shapes() {
            b = [
                b[0].min(s.bbox[0]),
                b[1].min(s.bbox[1]),
                b[2].max(s.bbox[2]),
                b[3].max(s.bbox[3]),
            ];
        }
        if b[0] > b[2] {
            *self = MapView {
                layers: std::mem::take(&mut self.layers),
                outline: std::mem::take(&mut self.outline),
                hidden: std::mem::take(&mut self.hidden),
                remaining: std::mem::take(&mut self.remaining),
                show_remaining: self.show_remaining,
                basemap: self.basemap.take(),
                places: std::mem::take(&mut self.places),
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

    /// `to_screen` for many points: the cosine and the products worked out once.
    fn projector(&self, rect: Rect) -> impl Fn([f64; 2]) -> Pos2 + Copy + use<> {
        let (kxs, s, c) = (self.kx() * self.scale, self.scale, self.center);
        let o = rect.center();
        move |p: [f64; 2]| {
            Pos2::new(
                o.x + ((p[0] - c[0]) * kxs) as f32,
                o.y - ((p[1] - c[1]) * s) as f32,
            )
        }
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

    /// Draws the map filling `ui`, handling pan, zoom and clicks; with the handles of the
    /// boundary being edited, when there is one.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        selected: Option<Uuid>,
        editing: Option<EditView<'_>>,
        commands: &mut Vec<UiCommand>,
    ) {
        let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
        let rect = response.rect;
        self.last_rect = Some(rect);
        painter.rect_filled(rect, 0.0, BACKGROUND);
        self.navigate(ui, &response);
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
        let proj = self.projector(rect);
        let places_view = super::places::View {
            bbox: view,
            scale: self.scale,
            proj: &proj,
        };
        self.places
            .draw_boundaries(&painter, &self.outline, &places_view);
        let hide = editing.as_ref().and_then(|e| e.hide);
        // Too small to show a shape (under 4 points): a dot instead (keeps dense views fast).
        let tiny = 4.0 / self.scale;
        let outline_from = 12.0 / self.scale;
        // As big as last frame's: growing a mesh of a million vertices is costly.
        let mut mesh = Mesh::default();
        mesh.vertices.reserve(self.last_mesh.0);
        mesh.indices.reserve(self.last_mesh.1);
        let mut lines = Vec::new();
        // The selection's outline goes over everything else.
        let mut selection = Vec::new();
        let mut dots = Vec::new();
        let mut finds = Vec::new();
        let single_finds = self.scale >= FINDS_FROM_SCALE;
        let remaining = self.show_remaining.then_some(&self.remaining.0);
        let layers = RecordKind::ALL
            .iter()
            .zip(&self.layers)
            .filter(|(k, _)| !self.hidden.contains(k))
            // Zoomed out, finds are drawn from their counts per cell, not one by one.
            .filter(|(k, _)| single_finds || **k != RecordKind::OrdnanceFind)
            .map(|(k, layer)| {
                let shapes: Box<dyn Iterator<Item = &Drawn>> = Box::new(layer.shapes.iter());
                (Some(*k), shapes)
            })
            .chain(remaining.map(|r| {
                let shapes: Box<dyn Iterator<Item = &Drawn>> = Box::new(r.values());
                (None, shapes)
            }));
        for (kind, shapes) in layers {
            for s in shapes.filter(|s| visible(&s.bbox)) {
                if Some(s.id) == hide {
                    continue;
                }
                if let Some(p) = s.point {
                    finds.push((proj(p), s.symbol, s.id));
                    continue;
                }
                if s.bbox[2] - s.bbox[0] < tiny && s.bbox[3] - s.bbox[1] < tiny {
                    // Seen from afar, a hazard area is the thing to see: its dot goes on top.
                    if kind.is_some() {
                        let on_top = s.kind == RecordKind::HazardArea;
                        dots.push((proj([s.bbox[0], s.bbox[1]]), s.line, on_top));
                    }
                    continue;
                }
                let (triangles, rings) = match (&s.coarse, self.scale < COARSE_BELOW) {
                    (Some((t, r)), true) => (t, r),
                    _ => (&s.triangles, &s.rings),
                };
                for t in triangles.chunks_exact(3) {
                    let base = mesh.vertices.len() as u32;
                    for c in t {
                        mesh.vertices.push(Vertex {
                            pos: proj(*c),
                            uv: egui::epaint::WHITE_UV,
                            color: s.fill,
                        });
                    }
                    mesh.add_triangle(base, base + 1, base + 2);
                }
                // Outlines only where they can be told from the fill (and the selection always):
                // tessellating thousands of tiny outlines is most of a zoomed-out frame.
                let across = (s.bbox[2] - s.bbox[0]).max(s.bbox[3] - s.bbox[1]);
                // The remaining land's thick outline only where it can be read (it is costly).
                let big = across > outline_from && (kind.is_some() || across > 4.0 * outline_from);
                if !big && selected != Some(s.id) {
                    continue;
                }
                let stroke = if selected == Some(s.id) {
                    Stroke::new(3.0, Color32::from_rgb(0, 0, 255))
                } else if kind.is_none() {
                    Stroke::new(2.0, REMAINING_LINE)
                } else {
                    Stroke::new(1.0, s.line)
                };
                let into = if selected == Some(s.id) {
                    &mut selection
                } else {
                    &mut lines
                };
                for ring in rings {
                    into.push(Shape::line(ring.iter().map(|c| proj(*c)).collect(), stroke));
                }
            }
        }
        self.last_mesh = (mesh.vertices.len(), mesh.indices.len());
        painter.add(Shape::mesh(mesh));
        painter.extend(lines);
        painter.extend(selection);
        dots.sort_by_key(|d| d.2);
        for (p, color, _) in dots {
            painter.circle_filled(p, 2.5, color);
        }
        // Counted finds over the areas: a count hidden under a polygon is a count not read.
        if !single_finds && !self.hidden.contains(&RecordKind::OrdnanceFind) {
            self.draw_find_cells(&painter, rect, &visible);
        }
        if single_finds {
            for (p, shown, id) in &finds {
                point_symbol(&painter, *p, *shown, selected == Some(*id));
            }
        } else {
            // Survey and evidence points are few: drawn one by one at every scale.
            for (p, shown, id) in &finds {
                if !matches!(shown, Some(PointSymbol::Find(_))) {
                    point_symbol(&painter, *p, *shown, selected == Some(*id));
                }
            }
        }
        for (rings, color) in &self.highlights {
            for ring in rings {
                let pts: Vec<Pos2> = ring.iter().map(|c| proj(*c)).collect();
                if pts.len() == 1 {
                    painter.circle_stroke(pts[0], 6.0, Stroke::new(3.0, *color));
                } else {
                    painter.add(Shape::line(pts, Stroke::new(3.0, *color)));
                }
            }
        }
        self.places.draw_labels(&painter, rect, &places_view);
        self.scale_bar(&painter, rect);
        if let Some(edit) = editing {
            self.handles(ui, &painter, &edit, commands);
            if edit.clicks_add
                && response.clicked()
                && let Some(p) = response.interact_pointer_pos()
            {
                let c = self.to_lon_lat(rect, p);
                commands.push(editor::Command::AddVertex(c[0], c[1]).into());
            }
            return;
        }
        if response.clicked()
            && let Some(p) = response.interact_pointer_pos()
        {
            let c = self.to_lon_lat(rect, p);
            let near = |q: [f64; 2]| self.to_screen(rect, q).distance(p) < 6.0;
            // Finds are only told apart when drawn one by one.
            let finds_shown = self.scale >= FINDS_FROM_SCALE;
            // What is drawn last is on top: finds, then releases, then hazard areas.
            let hit = self
                .layers
                .iter()
                .rev()
                .flat_map(|l| l.shapes.iter().rev())
                .filter(|s| !self.hidden.contains(&s.kind))
                .find(|s| match s.point {
                    Some(q) => (finds_shown || s.kind != RecordKind::OrdnanceFind) && near(q),
                    None => s.triangles.chunks_exact(3).any(|t| in_triangle(c, t)),
                })
                .map(|s| s.id);
            commands.push(record_panel::Command::Select(hit).into());
        }
    }

    /// Pan (drag, arrow keys) and zoom (wheel, pinch, +/-) about the cursor.
    fn navigate(&mut self, ui: &egui::Ui, response: &egui::Response) {
        let rect = response.rect;
        if response.dragged() {
            let d = response.drag_delta();
            self.center[0] -= f64::from(d.x) / (self.kx() * self.scale);
            self.center[1] += f64::from(d.y) / self.scale;
        }
        // Arrow keys and +/- belong to a text field that has the focus.
        let typing = ui.ctx().egui_wants_keyboard_input();
        let (scroll, zoom, keys) = ui.input(|i| {
            let key = |k| !typing && i.key_pressed(k);
            (
                i.smooth_scroll_delta.y,
                i.zoom_delta(),
                [
                    key(egui::Key::ArrowLeft),
                    key(egui::Key::ArrowRight),
                    key(egui::Key::ArrowUp),
                    key(egui::Key::ArrowDown),
                    key(egui::Key::Plus) || key(egui::Key::Equals),
                    key(egui::Key::Minus),
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
    }

    /// The boundary being edited with a handle on every vertex (drag to move, click to
    /// select, right-click to delete) and a square on every edge long enough (click to insert).
    fn handles(
        &self,
        ui: &egui::Ui,
        painter: &egui::Painter,
        edit: &EditView<'_>,
        commands: &mut Vec<UiCommand>,
    ) {
        let Some(rect) = self.last_rect else { return };
        let blue = Color32::from_rgb(0, 0, 200);
        if !edit.point {
            // What the boundary covers as it stands, lightly filled (one polygon: cheap).
            let proj = self.projector(rect);
            let mut mesh = Mesh::default();
            let fill = Color32::from_rgba_unmultiplied(0, 0, 200, 40);
            // Earcut wants closed rings of 3 vertices or more: a boundary still being drawn
            // has none to fill.
            let shape: Vec<_> = super::editor::polygons(edit.shape)
                .into_iter()
                .filter(|p| {
                    std::iter::once(p.exterior())
                        .chain(p.interiors())
                        .all(|r| r.0.len() >= 4)
                })
                .collect();
            let (triangles, _) = mesh_of(&geo_types::MultiPolygon(shape));
            for t in triangles.chunks_exact(3) {
                let base = mesh.vertices.len() as u32;
                for c in t {
                    mesh.colored_vertex(proj(*c), fill);
                }
                mesh.add_triangle(base, base + 1, base + 2);
            }
            painter.add(Shape::mesh(mesh));
        }
        for (pi, polygon) in edit.shape.iter().enumerate() {
            for (ri, ring) in polygon.iter().enumerate() {
                let pts: Vec<Pos2> = ring.iter().map(|c| self.to_screen(rect, *c)).collect();
                if pts.len() > 1 {
                    let mut closed = pts.clone();
                    closed.push(pts[0]);
                    painter.add(Shape::line(closed, Stroke::new(2.0, blue)));
                }
                let edges = if edit.point || pts.len() < 2 {
                    0
                } else if pts.len() == 2 {
                    1
                } else {
                    pts.len()
                };
                for i in 0..edges {
                    let j = (i + 1) % pts.len();
                    if pts[i].distance(pts[j]) < 24.0 {
                        continue;
                    }
                    let square = Rect::from_center_size(pts[i].lerp(pts[j], 0.5), Vec2::splat(9.0));
                    let id = ui.scope_id().with(("insert-vertex", pi, ri, i));
                    let r = ui.interact(square, id, Sense::click());
                    painter.rect(
                        square,
                        0.0,
                        Color32::WHITE,
                        Stroke::new(1.5, blue),
                        egui::StrokeKind::Middle,
                    );
                    if r.clicked() {
                        let (a, b) = (ring[i], ring[j]);
                        let at = VertexAt {
                            polygon: pi,
                            ring: ri,
                            index: i + 1,
                        };
                        commands.push(
                            editor::Command::InsertVertex(
                                at,
                                (a[0] + b[0]) / 2.0,
                                (a[1] + b[1]) / 2.0,
                            )
                            .into(),
                        );
                    }
                }
                for (i, p) in pts.iter().enumerate() {
                    let at = VertexAt {
                        polygon: pi,
                        ring: ri,
                        index: i,
                    };
                    let id = ui.scope_id().with(("vertex", pi, ri, i));
                    let r = ui.interact(
                        Rect::from_center_size(*p, Vec2::splat(14.0)),
                        id,
                        Sense::click_and_drag(),
                    );
                    if r.drag_started() {
                        commands.push(editor::Command::BeginVertexDrag(at).into());
                    }
                    if r.dragged()
                        && let Some(pos) = r.interact_pointer_pos()
                    {
                        let c = self.to_lon_lat(rect, pos);
                        commands.push(editor::Command::MoveVertex(at, c[0], c[1]).into());
                    }
                    if r.secondary_clicked() {
                        commands.push(editor::Command::DeleteVertex(at).into());
                    } else if r.clicked() {
                        commands.push(editor::Command::SelectVertex(at).into());
                    }
                    let chosen = edit.selected == Some(at);
                    let radius = if chosen || r.hovered() { 6.0 } else { 4.5 };
                    let fill = if chosen {
                        Color32::from_rgb(255, 140, 0)
                    } else {
                        blue
                    };
                    painter.circle(*p, radius, fill, Stroke::new(1.5, Color32::WHITE));
                }
            }
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
        // On a plate of its own, drawn last: the bar stays clear of whatever is under it.
        let half = (len / 2.0).max(30.0) + 8.0;
        let mid = a + Vec2::new(len / 2.0, 0.0);
        let plate = Rect::from_min_max(mid - Vec2::new(half, 30.0), mid + Vec2::new(half, 8.0));
        painter.rect_filled(plate, 3.0, Color32::from_white_alpha(220));
        let stroke = Stroke::new(2.0, Color32::BLACK);
        painter.line_segment([a, b], stroke);
        painter.line_segment([a, a - Vec2::new(0.0, 6.0)], stroke);
        painter.line_segment([b, b - Vec2::new(0.0, 6.0)], stroke);
        let m = super::lang::messages(painter.ctx());
        let text = if nice >= 1000.0 {
            let n = m.number(&(nice / 1000.0).to_string());
            m.text("map-scale-km", &[("n", n.into())])
        } else {
            m.text("map-scale-m", &[("n", m.number(&nice.to_string()).into())])
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

/// Colour of find symbols.
const FIND_COLOUR: Color32 = Color32::from_rgb(90, 0, 90);

/// Colour of survey points.
const SURVEY_COLOUR: Color32 = Color32::from_rgb(20, 20, 20);
/// Colour of evidence points.
const EVIDENCE_COLOUR: Color32 = Color32::from_rgb(200, 60, 0);

/// A point's symbol: a find's by its category ([`symbol`]); a survey point as a triangle
/// (a benchmark filled and larger, as on survey sketches), a square otherwise; an evidence
/// point as a diamond (filled for a strike or an accident, outlined for an item seen or a
/// witness report); on a white halo so that it reads over any fill.
pub fn point_symbol(painter: &egui::Painter, p: Pos2, shown: Option<PointSymbol>, selected: bool) {
    use crate::model::{EvidenceType as E, SurveyPointType as S};
    let halo = Stroke::new(1.0, Color32::WHITE);
    let pick = |c: Color32| {
        if selected {
            Color32::from_rgb(0, 0, 255)
        } else {
            c
        }
    };
    let r = if selected { 7.0 } else { 5.0 };
    match shown {
        None => symbol(painter, p, None, selected),
        Some(PointSymbol::Find(c)) => symbol(painter, p, Some(c), selected),
        Some(PointSymbol::Survey(t)) => {
            let colour = pick(SURVEY_COLOUR);
            if t == S::Benchmark || t == S::Reference {
                let r = r * 1.3;
                let pts = vec![
                    p + Vec2::new(0.0, -r),
                    p + Vec2::new(r, r * 0.8),
                    p + Vec2::new(-r, r * 0.8),
                ];
                let fill = if t == S::Benchmark {
                    colour
                } else {
                    Color32::WHITE
                };
                painter.add(Shape::convex_polygon(pts, fill, Stroke::new(1.5, colour)));
            } else {
                painter.rect(
                    Rect::from_center_size(p, Vec2::splat(r)),
                    0.0,
                    colour,
                    halo,
                    egui::StrokeKind::Outside,
                );
            }
        }
        Some(PointSymbol::Evidence(t)) => {
            let colour = pick(EVIDENCE_COLOUR);
            let pts = vec![
                p + Vec2::new(0.0, -r * 1.2),
                p + Vec2::new(r, 0.0),
                p + Vec2::new(0.0, r * 1.2),
                p + Vec2::new(-r, 0.0),
            ];
            match t {
                E::Strike | E::Accident => {
                    painter.add(Shape::convex_polygon(pts, colour, halo));
                }
                E::ItemSeen | E::Witness => {
                    painter.add(Shape::convex_polygon(
                        pts,
                        Color32::WHITE,
                        Stroke::new(2.0, colour),
                    ));
                }
            }
        }
    }
}

/// A find's symbol by its category (also drawn in the dashboard's legend), on a white halo
/// so that it reads over any fill.
pub fn symbol(
    painter: &egui::Painter,
    p: Pos2,
    category: Option<OrdnanceCategory>,
    selected: bool,
) {
    use OrdnanceCategory as C;
    let r = if selected { 7.0 } else { 5.0 };
    let colour = if selected {
        Color32::from_rgb(0, 0, 255)
    } else {
        FIND_COLOUR
    };
    let halo = Stroke::new(1.0, Color32::WHITE);
    let poly = |pts: Vec<Pos2>| Shape::convex_polygon(pts, colour, halo);
    match category.unwrap_or(C::Other) {
        C::Submunition => {
            painter.circle(p, r * 0.8, colour, halo);
        }
        C::Grenade => {
            painter.circle_stroke(p, r * 0.8, Stroke::new(2.5, colour));
        }
        C::Bomb => {
            painter.rect(
                Rect::from_center_size(p, Vec2::splat(r * 1.6)),
                0.0,
                colour,
                halo,
                egui::StrokeKind::Outside,
            );
        }
        C::Landmine => {
            painter.rect_stroke(
                Rect::from_center_size(p, Vec2::splat(r * 1.6)),
                0.0,
                Stroke::new(2.5, colour),
                egui::StrokeKind::Middle,
            );
        }
        C::Projectile => {
            painter.add(poly(vec![
                p + Vec2::new(0.0, -r),
                p + Vec2::new(r, r * 0.8),
                p + Vec2::new(-r, r * 0.8),
            ]));
        }
        C::Mortar => {
            painter.add(poly(vec![
                p + Vec2::new(-r, -r * 0.8),
                p + Vec2::new(r, -r * 0.8),
                p + Vec2::new(0.0, r),
            ]));
        }
        C::Rocket => {
            painter.add(poly(vec![
                p + Vec2::new(0.0, -r),
                p + Vec2::new(r, 0.0),
                p + Vec2::new(0.0, r),
                p + Vec2::new(-r, 0.0),
            ]));
        }
        C::Other => {
            let s = Stroke::new(2.5, colour);
            painter.line_segment([p + Vec2::new(-r, -r), p + Vec2::new(r, r)], s);
            painter.line_segment([p + Vec2::new(-r, r), p + Vec2::new(r, -r)], s);
        }
    }
}

/// Screen points a side of the cells finds are counted in when zoomed out.
const FIND_CELL: f64 = 48.0;

/// Finds counted per cell of a grid fixed in lon/lat at one scale: the number and the mean
/// position of each cell's finds.
struct FindCells {
    scale: f64,
    kx: f64,
    cells: Vec<(u32, [f64; 2])>,
}

impl MapView {
    /// Finds seen from afar: one disc with the count per cell of the screen, so that 200,000
    /// finds neither hide the areas nor slow the map. The counting is redone only when the
    /// scale changes, not while panning.
    fn draw_find_cells(
        &mut self,
        painter: &egui::Painter,
        rect: Rect,
        visible: &dyn Fn(&[f64; 4]) -> bool,
    ) {
        let (scale, kx) = (self.scale, self.kx());
        let stale = self
            .find_cells
            .as_ref()
            .is_none_or(|c| c.scale != scale || (c.kx - kx).abs() > 0.01 * kx);
        if stale {
            let (h, w) = (FIND_CELL / scale, FIND_CELL / (scale * kx));
            let mut cells: HashMap<(i64, i64), (u32, [f64; 2])> = HashMap::new();
            for s in &self.layers[RecordKind::OrdnanceFind.index()].shapes {
                if let Some(p) = s.point {
                    let key = ((p[0] / w).floor() as i64, (p[1] / h).floor() as i64);
                    let cell = cells.entry(key).or_insert((0, [0.0, 0.0]));
                    cell.0 += 1;
                    cell.1 = [cell.1[0] + p[0], cell.1[1] + p[1]];
                }
            }
            let mut cells: Vec<(u32, [f64; 2])> = cells
                .into_values()
                .map(|(n, sum)| (n, [sum[0] / f64::from(n), sum[1] / f64::from(n)]))
                .collect();
            // Small counts first, so that the big ones are drawn on top.
            cells.sort_by(|a, b| a.0.cmp(&b.0).then(a.1[0].total_cmp(&b.1[0])));
            self.find_cells = Some(FindCells { scale, kx, cells });
        }
        let Some(cells) = &self.find_cells else {
            return;
        };
        let fill = FIND_COLOUR.gamma_multiply(0.55);
        for (n, c) in &cells.cells {
            if !visible(&[c[0], c[1], c[0], c[1]]) {
                continue;
            }
            let p = self.to_screen(rect, *c);
            let radius = 5.0 + 3.0 * (*n as f32).log10();
            painter.circle(p, radius, fill, Stroke::new(1.0, Color32::WHITE));
            if *n > 1 {
                painter.text(
                    p,
                    egui::Align2::CENTER_CENTER,
                    n.to_string(),
                    egui::FontId::proportional(10.0),
                    Color32::WHITE,
                );
            }
        }
    }
}
