//! The remaining-area engine: how much land is still contaminated at a date, how much was
//! released and by which method, per hazard area and per region, and over time.
//!
//! Definition (README, "How remaining area is computed"):
//! - a hazard area counts from its `surveyed_on` date;
//! - a release frees land only in hazard areas recorded on or before its `completed_on`;
//! - remaining(t) = area of ∪ over hazards h with surveyed_on ≤ t of
//!   (h minus ∪ releases r with h.surveyed_on ≤ r.completed_on ≤ t);
//! - hazard area(t) = area of ∪ hazards with surveyed_on ≤ t;
//! - released land is credited once, to the earliest release (by completed_on, then id) that
//!   freed it, so cancelled + reduced + cleared + remaining = hazard area.
//!
//! Work is split into clusters: groups of hazards and releases whose outlines intersect,
//! directly or through others (candidates found by bounding box). Clusters share no land,
//! so their areas add up, they are computed in parallel, and an edit recomputes only the
//! clusters it touches; a record that touches no other is a cluster of its own.
//! Each cluster is swept once in date order, its land recorded and its land still
//! contaminated grown by each hazard area and cut by each release as its date comes: that
//! sweep gives its series over time and its hazard and remaining area at the engine's date,
//! so the figures and the forecast agree to the bit; a second sweep credits each release.
//! Boolean operations run in the lon/lat plane (i_overlay, via geo); areas are measured on
//! WGS84 with the same straight lon/lat edges (`geom::geodesic_area`), so a piece of land
//! measures the same whichever operation cut it out.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use geo::orient::{Direction, Orient};
use geo::{Area as _, BooleanOps, BoundingRect, Intersects, Winding, unary_union};
use geo_types::{MultiPolygon, Polygon, Rect};
use rayon::prelude::*;
use rstar::{AABB, RTree, RTreeObject};
use uuid::Uuid;

use super::geodesic_area;
use crate::model::{Area, HazardArea, LandRelease, ReleaseMethod};

/// Areas at one date, m².
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Totals {
    /// Area of the union of hazard areas recorded by the date.
    pub hazard_area: Area,
    /// Area still contaminated.
    pub remaining: Area,
    /// Released by non-technical survey, each piece credited once.
    pub cancelled: Area,
    /// Released by technical survey.
    pub reduced: Area,
    /// Cleared.
    pub cleared: Area,
}

impl Totals {
    /// Released by any method.
    pub fn released(&self) -> Area {
        Area(self.cancelled.0 + self.reduced.0 + self.cleared.0)
    }

    fn add(&mut self, o: &Totals) {
        self.hazard_area.0 += o.hazard_area.0;
        self.remaining.0 += o.remaining.0;
        self.cancelled.0 += o.cancelled.0;
        self.reduced.0 += o.reduced.0;
        self.cleared.0 += o.cleared.0;
    }

    fn credit(&mut self, method: ReleaseMethod, area: f64) {
        match method {
            ReleaseMethod::Cancelled => self.cancelled.0 += area,
            ReleaseMethod::Reduced => self.reduced.0 += area,
            ReleaseMethod::Cleared => self.cleared.0 += area,
        }
    }
}

/// One hazard area's own figures at a date.
#[derive(Clone, Debug, PartialEq)]
pub struct HazardFigures {
    /// The hazard area.
    pub id: Uuid,
    /// Its name.
    pub name: String,
    /// Its region, if any.
    pub region: Option<String>,
    /// Its whole area.
    pub area: Area,
    /// What of it is still contaminated by its own releases (land another hazard area
    /// recorded later covers again is not counted here).
    pub remaining: Area,
}

/// A region's figures at a date; every piece of land belongs to the region of the earliest
/// recorded hazard area that covers it, so regions add up to the programme's totals.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RegionFigures {
    /// Region name (`None`: hazard areas with no region).
    pub region: Option<String>,
    /// Hazard areas recorded by the date in this region.
    pub hazard_areas: usize,
    /// Hazard area and remaining area.
    pub hazard_area: Area,
    /// Remaining area.
    pub remaining: Area,
}

/// A hazard area as the engine needs it.
#[derive(Clone, Debug)]
struct Hazard {
    id: Uuid,
    name: String,
    region: Option<String>,
    surveyed_on: NaiveDate,
    geometry: MultiPolygon<f64>,
    bbox: Rect<f64>,
}

/// A land release as the engine needs it.
#[derive(Clone, Debug)]
struct Release {
    id: Uuid,
    method: ReleaseMethod,
    completed_on: NaiveDate,
    geometry: MultiPolygon<f64>,
    bbox: Rect<f64>,
}

impl Hazard {
    /// The engine's copy of a hazard area; `None` for an empty geometry.
    fn of(h: &HazardArea) -> Option<Hazard> {
        let (geometry, bbox) = prepared(&h.geometry)?;
        Some(Hazard {
            id: h.id.0,
            name: h.name.clone(),
            region: h.region.clone(),
            surveyed_on: h.surveyed_on,
            geometry,
            bbox,
        })
    }
}

impl Release {
    /// The engine's copy of a release; `None` for an empty geometry.
    fn of(r: &LandRelease) -> Option<Release> {
        let (geometry, bbox) = prepared(&r.geometry)?;
        Some(Release {
            id: r.id.0,
            method: r.method,
            completed_on: r.completed_on,
            geometry,
            bbox,
        })
    }
}

/// Boolean operations want consistently oriented input (exteriors counter-clockwise, holes
/// clockwise). Orienting does not move a point: the shape is the same.
fn prepared(g: &MultiPolygon<f64>) -> Option<(MultiPolygon<f64>, Rect<f64>)> {
    let bbox = g.bounding_rect()?;
    Some((g.orient(Direction::Default), bbox))
}

fn overlaps(a: &Rect<f64>, b: &Rect<f64>) -> bool {
    a.min().x <= b.max().x
        && b.min().x <= a.max().x
        && a.min().y <= b.max().y
        && b.min().y <= a.max().y
}

/// A record's bounding box in the R-tree.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Boxed {
    index: usize,
    hazard: bool,
    bbox: Rect<f64>,
}

impl RTreeObject for Boxed {
    type Envelope = AABB<[f64; 2]>;
    fn envelope(&self) -> Self::Envelope {
        AABB::from_corners(
            [self.bbox.min().x, self.bbox.min().y],
            [self.bbox.max().x, self.bbox.max().y],
        )
    }
}

/// A group of hazard areas and releases that share land, by index into the programme.
#[derive(Clone, Debug, Default)]
struct Cluster {
    hazards: Vec<usize>,
    releases: Vec<usize>,
}

/// Hazard areas and releases prepared for computation, with the results at one date kept
/// per cluster so that an edit recomputes only what it touches.
#[derive(Debug)]
pub struct Engine {
    as_of: NaiveDate,
    hazards: Vec<Option<Hazard>>,
    releases: Vec<Option<Release>>,
    by_id: HashMap<Uuid, (bool, usize)>,
    tree: RTree<Boxed>,
    clusters: HashMap<u64, Cluster>,
    /// Cluster of each record: (is hazard, index) → cluster key.
    member_of: HashMap<(bool, usize), u64>,
    results: HashMap<u64, Totals>,
    /// The land still contaminated in each cluster at `as_of` (empty ones left out).
    remaining: HashMap<u64, MultiPolygon<f64>>,
    /// Each cluster's changes of area, date by date, once computed ([`Engine::keep_series`]).
    series: HashMap<u64, Vec<(NaiveDate, Step)>>,
    /// Clusters computed anew or gone since [`Engine::take_changed`] was last called.
    changed: HashSet<u64>,
    /// Clusters regrouped by an edit, not yet computed.
    dirty: HashSet<u64>,
    next_key: u64,
}

/// A group of records that share land, as the engine names it: its land still contaminated
/// is drawn as one piece ([`Engine::remaining_of`]). A name stays only until the next edit
/// that touches the group ([`Engine::take_changed`] lists those).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClusterKey(u64);

impl Engine {
    /// Prepares the programme and computes its figures at `as_of`.
    pub fn new(hazards: &[HazardArea], releases: &[LandRelease], as_of: NaiveDate) -> Engine {
        let mut engine = Engine::prepare(hazards, releases, as_of);
        let keys: Vec<u64> = engine.clusters.keys().copied().collect();
        engine.compute(&keys);
        engine
    }

    /// As [`Engine::new`], telling `progress(done, all)` as the groups of records that share
    /// land are computed (from the computing threads; `done` counts up to `all`).
    pub fn with_progress(
        hazards: &[HazardArea],
        releases: &[LandRelease],
        as_of: NaiveDate,
        progress: &(dyn Fn(usize, usize) + Sync),
    ) -> Engine {
        let mut engine = Engine::prepare(hazards, releases, as_of);
        let keys: Vec<u64> = engine.clusters.keys().copied().collect();
        engine.compute_telling(&keys, progress);
        engine
    }

    /// Hazard area and remaining area of the programme at every date where either changes,
    /// without computing the figures at any one date first.
    pub fn series_of(hazards: &[HazardArea], releases: &[LandRelease]) -> Vec<(NaiveDate, Step)> {
        Engine::prepare(hazards, releases, NaiveDate::MIN).series()
    }

    /// Orients, indexes and clusters the records; computes nothing.
    fn prepare(hazards: &[HazardArea], releases: &[LandRelease], as_of: NaiveDate) -> Engine {
        let hazards: Vec<Option<Hazard>> = hazards.iter().map(Hazard::of).collect();
        let releases: Vec<Option<Release>> = releases.iter().map(Release::of).collect();
        let mut by_id = HashMap::new();
        let mut boxes = Vec::new();
        for (i, h) in hazards.iter().enumerate() {
            if let Some(h) = h {
                by_id.insert(h.id, (true, i));
                boxes.push(Boxed {
                    index: i,
                    hazard: true,
                    bbox: h.bbox,
                });
            }
        }
        for (i, r) in releases.iter().enumerate() {
            if let Some(r) = r {
                by_id.insert(r.id, (false, i));
                boxes.push(Boxed {
                    index: i,
                    hazard: false,
                    bbox: r.bbox,
                });
            }
        }
        let mut engine = Engine {
            as_of,
            hazards,
            releases,
            by_id,
            tree: RTree::bulk_load(boxes.clone()),
            clusters: HashMap::new(),
            member_of: HashMap::new(),
            results: HashMap::new(),
            remaining: HashMap::new(),
            series: HashMap::new(),
            changed: HashSet::new(),
            dirty: HashSet::new(),
            next_key: 0,
        };
        engine.cluster(boxes);
        engine
    }

    /// The date the figures are for.
    pub fn as_of(&self) -> NaiveDate {
        self.as_of
    }

    /// Recomputes every figure for another date.
    pub fn set_as_of(&mut self, as_of: NaiveDate) {
        self.as_of = as_of;
        let keys: Vec<u64> = self.clusters.keys().copied().collect();
        self.compute(&keys);
    }

    /// The programme's totals at the engine's date.
    pub fn totals(&self) -> Totals {
        // Summed in cluster-key order so that the same programme gives the same bits.
        let mut keys: Vec<&u64> = self.results.keys().collect();
        keys.sort();
        let mut t = Totals::default();
        for k in keys {
            t.add(&self.results[k]);
        }
        t
    }

    /// Number of clusters (groups of records that share land); for diagnostics and benchmarks.
    pub fn cluster_count(&self) -> usize {
        self.clusters.len()
    }

    /// Adds a hazard area, or replaces the one with the same id, recomputing only the clusters
    /// its old and new outlines touch.
    pub fn upsert_hazard(&mut self, h: &HazardArea) {
        self.put_hazard(h);
        self.settle();
    }

    fn put_hazard(&mut self, h: &HazardArea) {
        let Some(new) = Hazard::of(h) else {
            self.take_out(h.id.0);
            return;
        };
        let (id, bbox) = (new.id, new.bbox);
        let index = self.slot(true, id);
        self.hazards[index] = Some(new);
        self.placed(true, id, index, bbox);
    }

    /// Adds a release, or replaces the one with the same id, recomputing only what it touches.
    pub fn upsert_release(&mut self, r: &LandRelease) {
        self.put_release(r);
        self.settle();
    }

    fn put_release(&mut self, r: &LandRelease) {
        let Some(new) = Release::of(r) else {
            self.take_out(r.id.0);
            return;
        };
        let (id, bbox) = (new.id, new.bbox);
        let index = self.slot(false, id);
        self.releases[index] = Some(new);
        self.placed(false, id, index, bbox);
    }

    /// The index a record with `id` goes to: its old place, taken out of its cluster, or a
    /// new one at the end.
    fn slot(&mut self, hazard: bool, id: Uuid) -> usize {
        if let Some(&(h, i)) = self.by_id.get(&id)
            && h == hazard
        {
            self.detach(hazard, i);
            return i;
        }
        if hazard {
            self.hazards.push(None);
            self.hazards.len() - 1
        } else {
            self.releases.push(None);
            self.releases.len() - 1
        }
    }

    /// Registers a record just put at `index` and recomputes the clusters it touches.
    fn placed(&mut self, hazard: bool, id: Uuid, index: usize, bbox: Rect<f64>) {
        self.by_id.insert(id, (hazard, index));
        self.attach(Boxed {
            index,
            hazard,
            bbox,
        });
    }

    /// Brings the engine to hold exactly these records (as read again after an import or a
    /// merge), recomputing only the clusters of records added, changed or gone.
    pub fn sync(&mut self, hazards: &[HazardArea], releases: &[LandRelease]) {
        let mut seen = HashSet::new();
        for h in hazards {
            seen.insert(h.id.0);
            let same = self.held_hazard(h.id.0).is_some_and(|held| {
                Hazard::of(h).is_some_and(|new| {
                    (&new.name, &new.region, new.surveyed_on, &new.geometry)
                        == (&held.name, &held.region, held.surveyed_on, &held.geometry)
                })
            });
            if !same {
                self.put_hazard(h);
            }
        }
        for r in releases {
            seen.insert(r.id.0);
            let same = self.held_release(r.id.0).is_some_and(|held| {
                Release::of(r).is_some_and(|new| {
                    (new.method, new.completed_on, &new.geometry)
                        == (held.method, held.completed_on, &held.geometry)
                })
            });
            if !same {
                self.put_release(r);
            }
        }
        let gone: Vec<Uuid> = self
            .by_id
            .keys()
            .filter(|id| !seen.contains(id))
            .copied()
            .collect();
        for id in gone {
            self.take_out(id);
        }
        self.settle();
    }

    fn held_hazard(&self, id: Uuid) -> Option<&Hazard> {
        match self.by_id.get(&id) {
            Some(&(true, i)) => self.hazards.get(i)?.as_ref(),
            _ => None,
        }
    }

    fn held_release(&self, id: Uuid) -> Option<&Release> {
        match self.by_id.get(&id) {
            Some(&(false, i)) => self.releases.get(i)?.as_ref(),
            _ => None,
        }
    }

    /// Removes a hazard area or release by id; `false` when the engine does not hold it.
    pub fn remove(&mut self, id: Uuid) -> bool {
        let removed = self.take_out(id);
        self.settle();
        removed
    }

    fn take_out(&mut self, id: Uuid) -> bool {
        let Some((hazard, index)) = self.by_id.remove(&id) else {
            return false;
        };
        self.detach(hazard, index);
        if hazard {
            self.hazards[index] = None;
        } else {
            self.releases[index] = None;
        }
        true
    }

    /// Takes a record out of the tree and its cluster, and re-clusters what was left of that
    /// cluster (it may fall apart).
    fn detach(&mut self, hazard: bool, index: usize) {
        let bbox = if hazard {
            self.hazards[index].as_ref().map(|h| h.bbox)
        } else {
            self.releases[index].as_ref().map(|r| r.bbox)
        };
        let Some(bbox) = bbox else { return };
        self.tree.remove(&Boxed {
            index,
            hazard,
            bbox,
        });
        let Some(key) = self.member_of.remove(&(hazard, index)) else {
            return;
        };
        let Some(cluster) = self.clusters.remove(&key) else {
            return;
        };
        self.forget(key);
        let rest: Vec<Boxed> = cluster
            .hazards
            .iter()
            .map(|&i| (true, i))
            .chain(cluster.releases.iter().map(|&i| (false, i)))
            .filter(|&m| m != (hazard, index))
            .filter_map(|(h, i)| {
                self.member_of.remove(&(h, i));
                self.bbox_of(h, i).map(|bbox| Boxed {
                    index: i,
                    hazard: h,
                    bbox,
                })
            })
            .collect();
        let keys = self.cluster(rest);
        self.dirty.extend(keys);
    }

    /// Puts a record in the tree and re-clusters it with the clusters its box touches.
    fn attach(&mut self, boxed: Boxed) {
        self.tree.insert(boxed);
        let mut members = vec![boxed];
        let touched: Vec<u64> = self
            .tree
            .locate_in_envelope_intersecting(&boxed.envelope())
            .filter_map(|b| self.member_of.get(&(b.hazard, b.index)).copied())
            .collect();
        for key in touched {
            if let Some(cluster) = self.clusters.remove(&key) {
                self.forget(key);
                for i in cluster.hazards {
                    self.member_of.remove(&(true, i));
                    if let Some(bbox) = self.bbox_of(true, i) {
                        members.push(Boxed {
                            index: i,
                            hazard: true,
                            bbox,
                        });
                    }
                }
                for i in cluster.releases {
                    self.member_of.remove(&(false, i));
                    if let Some(bbox) = self.bbox_of(false, i) {
                        members.push(Boxed {
                            index: i,
                            hazard: false,
                            bbox,
                        });
                    }
                }
            }
        }
        let keys = self.cluster(members);
        self.dirty.extend(keys);
    }

    /// Computes the clusters regrouped since the last time.
    fn settle(&mut self) {
        let mut keys: Vec<u64> = self
            .dirty
            .drain()
            .filter(|k| self.clusters.contains_key(k))
            .collect();
        keys.sort_unstable();
        self.compute(&keys);
    }

    /// Drops what was computed for a cluster that is gone (its members are being regrouped).
    fn forget(&mut self, key: u64) {
        self.results.remove(&key);
        self.remaining.remove(&key);
        self.series.remove(&key);
        self.changed.insert(key);
    }

    /// Whether two records' outlines intersect (touching counts).
    fn share_land(&self, a: &Boxed, b: &Boxed) -> bool {
        match (
            self.geometry_of(a.hazard, a.index),
            self.geometry_of(b.hazard, b.index),
        ) {
            (Some(x), Some(y)) => x.intersects(y),
            _ => false,
        }
    }

    fn geometry_of(&self, hazard: bool, index: usize) -> Option<&MultiPolygon<f64>> {
        if hazard {
            self.hazards.get(index)?.as_ref().map(|h| &h.geometry)
        } else {
            self.releases.get(index)?.as_ref().map(|r| &r.geometry)
        }
    }

    fn bbox_of(&self, hazard: bool, index: usize) -> Option<Rect<f64>> {
        if hazard {
            self.hazards.get(index)?.as_ref().map(|h| h.bbox)
        } else {
            self.releases.get(index)?.as_ref().map(|r| r.bbox)
        }
    }

    /// Groups `members` into clusters (connected components of records that share land:
    /// boxes overlapping, found through the R-tree, and outlines intersecting), registers
    /// them, and returns their keys.
    ///
    /// Outlines are compared, not only boxes, so that a record that touches no other is a
    /// cluster of its own and cannot change another's figures: a boolean operation snaps
    /// its output to a grid set by its input's extent (i_overlay), so putting an unrelated
    /// square in Egypt's cluster would move Egypt's figure by about 1e-9.
    fn cluster(&mut self, members: Vec<Boxed>) -> Vec<u64> {
        let position: HashMap<(bool, usize), usize> = members
            .iter()
            .enumerate()
            .map(|(p, b)| ((b.hazard, b.index), p))
            .collect();
        let mut parent: Vec<usize> = (0..members.len()).collect();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        for (p, b) in members.iter().enumerate() {
            for other in self.tree.locate_in_envelope_intersecting(&b.envelope()) {
                if let Some(&q) = position.get(&(other.hazard, other.index)) {
                    let (a, c) = (root(&mut parent, p), root(&mut parent, q));
                    if a != c && self.share_land(b, other) {
                        parent[a.max(c)] = a.min(c);
                    }
                }
            }
        }
        let mut groups: BTreeMap<usize, Cluster> = BTreeMap::new();
        for (p, b) in members.iter().enumerate() {
            let r = root(&mut parent, p);
            let g = groups.entry(r).or_default();
            if b.hazard {
                g.hazards.push(b.index);
            } else {
                g.releases.push(b.index);
            }
        }
        let mut keys = Vec::new();
        for (_, mut g) in groups {
            g.hazards.sort_unstable();
            g.releases.sort_unstable();
            // Key by the smallest member so that the same programme always gets the same keys.
            let key = g
                .hazards
                .first()
                .map(|&i| (i as u64) << 1)
                .or_else(|| g.releases.first().map(|&i| ((i as u64) << 1) | 1))
                .unwrap_or_else(|| {
                    self.next_key += 1;
                    u64::MAX - self.next_key
                });
            for &i in &g.hazards {
                self.member_of.insert((true, i), key);
            }
            for &i in &g.releases {
                self.member_of.insert((false, i), key);
            }
            self.clusters.insert(key, g);
            keys.push(key);
        }
        keys
    }

    /// Computes the clusters `keys` at the engine's date: each one's figures, its land still
    /// contaminated and its series, in one sweep per cluster, the clusters in parallel.
    fn compute(&mut self, keys: &[u64]) {
        self.compute_telling(keys, &|_, _| {});
    }

    /// [`Engine::compute`], telling `progress` how many clusters are done.
    fn compute_telling(&mut self, keys: &[u64], progress: &(dyn Fn(usize, usize) + Sync)) {
        let as_of = self.as_of;
        let done = std::sync::atomic::AtomicUsize::new(0);
        let all = keys.len();
        let results: Vec<(u64, Totals, Swept)> = keys
            .par_iter()
            .filter_map(|k| {
                let c = self.clusters.get(k)?;
                let mut swept = self.sweep(c, as_of);
                let mut totals = Totals {
                    hazard_area: Area(swept.hazard_area),
                    remaining: Area(swept.remaining_area),
                    ..Totals::default()
                };
                for (_, method, area) in std::mem::take(&mut swept.credits) {
                    totals.credit(method, area);
                }
                let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                progress(n, all);
                Some((*k, totals, swept))
            })
            .collect();
        for (k, totals, swept) in results {
            self.changed.insert(k);
            self.results.insert(k, totals);
            self.series.insert(k, swept.series);
            if swept.remaining.0.is_empty() {
                self.remaining.remove(&k);
            } else {
                self.remaining.insert(k, swept.remaining);
            }
        }
    }

    fn members<'a>(&'a self, c: &'a Cluster) -> (Vec<&'a Hazard>, Vec<&'a Release>) {
        let hs = c
            .hazards
            .iter()
            .filter_map(|&i| self.hazards[i].as_ref())
            .collect();
        let rs = c
            .releases
            .iter()
            .filter_map(|&i| self.releases[i].as_ref())
            .collect();
        (hs, rs)
    }

    /// The land still contaminated at the engine's date, one multipolygon per group of
    /// records that share land (empty groups left out), for drawing it.
    pub fn remaining(&self) -> Vec<MultiPolygon<f64>> {
        // Kept from the computation of the figures, in key order for the same output each time.
        let mut keys: Vec<&u64> = self.remaining.keys().collect();
        keys.sort();
        keys.into_iter()
            .map(|k| self.remaining[k].clone())
            .collect()
    }

    /// The groups whose land still contaminated was computed anew, or that are gone, since
    /// the last call: what a drawing of [`Engine::remaining_of`] must update after edits.
    pub fn take_changed(&mut self) -> Vec<ClusterKey> {
        let mut keys: Vec<ClusterKey> = self.changed.drain().map(ClusterKey).collect();
        keys.sort_unstable();
        keys
    }

    /// Every group with land still contaminated at the engine's date, with that land.
    pub fn remaining_parts(&self) -> Vec<(ClusterKey, &MultiPolygon<f64>)> {
        let mut parts: Vec<(ClusterKey, &MultiPolygon<f64>)> = self
            .remaining
            .iter()
            .map(|(k, g)| (ClusterKey(*k), g))
            .collect();
        parts.sort_unstable_by_key(|(k, _)| *k);
        parts
    }

    /// The land still contaminated in one group at the engine's date; `None` when there is
    /// none, or the group is gone.
    pub fn remaining_of(&self, key: ClusterKey) -> Option<&MultiPolygon<f64>> {
        self.remaining.get(&key.0)
    }

    /// The land credited to each release at the engine's date, m²: each piece of released land
    /// goes to the earliest release that freed it (releases that freed nothing are left out).
    pub fn credits(&self) -> HashMap<Uuid, f64> {
        let t = self.as_of;
        let parts: Vec<Vec<(Uuid, f64)>> = self
            .clusters
            .par_iter()
            .map(|(_, c)| {
                self.sweep(c, t)
                    .credits
                    .into_iter()
                    .map(|(id, _, a)| (id, a))
                    .collect::<Vec<_>>()
            })
            .collect();
        parts.into_iter().flatten().collect()
    }

    /// Each hazard area's own figures at the engine's date.
    pub fn by_hazard(&self) -> Vec<HazardFigures> {
        let mut rows = self.each_hazard_left(|h, left| HazardFigures {
            id: h.id,
            name: h.name.clone(),
            region: h.region.clone(),
            area: geodesic_area(&h.geometry),
            remaining: geodesic_area(&left),
        });
        rows.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
        rows
    }

    /// Each hazard area's own land still contaminated at the engine's date (its outline less
    /// the releases recorded on it since it was surveyed, as [`Engine::by_hazard`] measures
    /// it), by name then id; hazard areas surveyed later are left out, those with nothing
    /// left kept with an empty multipolygon.
    pub fn remaining_by_hazard(&self) -> Vec<(Uuid, String, MultiPolygon<f64>)> {
        let mut rows = self.each_hazard_left(|h, left| (h.id, h.name.clone(), left));
        rows.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
        rows
    }

    /// One hazard area's own land still contaminated at the engine's date, m² (as
    /// [`Engine::by_hazard`] measures it), computed for it alone; `None` for an id that is
    /// not a hazard area here, or one surveyed after the engine's date.
    pub fn hazard_remaining(&self, id: Uuid) -> Option<Area> {
        let &(true, index) = self.by_id.get(&id)? else {
            return None;
        };
        let h = self.hazards.get(index)?.as_ref()?;
        if h.surveyed_on > self.as_of {
            return None;
        }
        let key = self.member_of.get(&(true, index))?;
        let (_, releases) = self.members(self.clusters.get(key)?);
        Some(geodesic_area(&left_of(h, &releases, self.as_of)))
    }

    /// `row` of each hazard area surveyed by the engine's date and its land still
    /// contaminated then, cluster by cluster on rayon's threads.
    fn each_hazard_left<T: Send>(
        &self,
        row: impl Fn(&Hazard, MultiPolygon<f64>) -> T + Sync,
    ) -> Vec<T> {
        let t = self.as_of;
        let rows: Vec<Vec<T>> = self
            .clusters
            .par_iter()
            .map(|(_, c)| {
                let (hazards, releases) = self.members(c);
                hazards
                    .into_iter()
                    .filter(|h| h.surveyed_on <= t)
                    .map(|h| row(h, left_of(h, &releases, t)))
                    .collect()
            })
            .collect();
        rows.into_iter().flatten().collect()
    }

    /// Figures per region at the engine's date, adding up to [`Engine::totals`].
    pub fn by_region(&self) -> Vec<RegionFigures> {
        let t = self.as_of;
        let parts: Vec<Vec<RegionFigures>> = self
            .clusters
            .par_iter()
            .map(|(_, c)| {
                let (hazards, releases) = self.members(c);
                let mut active: Vec<&Hazard> =
                    hazards.into_iter().filter(|h| h.surveyed_on <= t).collect();
                active.sort_by_key(|h| (h.surveyed_on, h.id));
                let left: Vec<MultiPolygon<f64>> =
                    active.iter().map(|h| left_of(h, &releases, t)).collect();
                let remaining = union_of(left.iter().collect());
                let mut out = Vec::new();
                for (i, h) in active.iter().enumerate() {
                    // The land of this hazard area that no earlier-recorded one covers.
                    let earlier: Vec<&MultiPolygon<f64>> = active[..i]
                        .iter()
                        .filter(|e| overlaps(&e.bbox, &h.bbox))
                        .map(|e| &e.geometry)
                        .collect();
                    let own = subtract(&h.geometry, &earlier);
                    out.push(RegionFigures {
                        region: h.region.clone(),
                        hazard_areas: 1,
                        hazard_area: geodesic_area(&own),
                        remaining: geodesic_area(&intersection(&own, &remaining)),
                    });
                }
                out
            })
            .collect();
        let mut regions: BTreeMap<Option<String>, RegionFigures> = BTreeMap::new();
        for p in parts.into_iter().flatten() {
            let r = regions
                .entry(p.region.clone())
                .or_insert_with(|| RegionFigures {
                    region: p.region.clone(),
                    ..RegionFigures::default()
                });
            r.hazard_areas += p.hazard_areas;
            r.hazard_area.0 += p.hazard_area.0;
            r.remaining.0 += p.remaining.0;
        }
        regions.into_values().collect()
    }

    /// Hazard area and remaining area at every date where either changes, oldest first.
    ///
    /// Clusters whose changes [`Engine::keep_series`] kept are not computed again.
    pub fn series(&self) -> Vec<(NaiveDate, Step)> {
        // Each cluster's figures change only at its own dates; the programme's at the union
        // of them. Summed as changes so that clusters need not share dates, in key order so
        // that the same programme gives the same bits.
        let mut keys: Vec<u64> = self.clusters.keys().copied().collect();
        keys.sort_unstable();
        let computed: Vec<Option<Vec<(NaiveDate, Step)>>> = keys
            .par_iter()
            .map(|k| match self.series.get(k) {
                Some(_) => None,
                None => self
                    .clusters
                    .get(k)
                    .map(|c| self.sweep(c, NaiveDate::MIN).series),
            })
            .collect();
        let mut by_date: BTreeMap<NaiveDate, (f64, f64)> = BTreeMap::new();
        let steps = keys
            .iter()
            .zip(&computed)
            .filter_map(|(k, fresh)| match fresh {
                Some(s) => Some(s),
                None => self.series.get(k),
            });
        for &(d, delta) in steps.flatten() {
            let e = by_date.entry(d).or_default();
            e.0 += delta.hazard_area.0;
            e.1 += delta.remaining.0;
        }
        let (mut hazard, mut remaining) = (0.0, 0.0);
        by_date
            .into_iter()
            .map(|(d, (dh, dr))| {
                hazard += dh;
                remaining += dr;
                (
                    d,
                    Step {
                        hazard_area: Area(hazard),
                        remaining: Area(remaining),
                    },
                )
            })
            .collect()
    }

    /// Computes and keeps each cluster's changes of area over time where they are not kept
    /// yet, so that [`Engine::series`] after an edit computes only the clusters the edit
    /// touched. The clusters computed at a date keep theirs already: their figures come from
    /// the same sweep ([`Engine::sweep`]).
    pub fn keep_series(&mut self) {
        let missing: Vec<u64> = self
            .clusters
            .keys()
            .filter(|k| !self.series.contains_key(k))
            .copied()
            .collect();
        let computed: Vec<(u64, Vec<(NaiveDate, Step)>)> = missing
            .par_iter()
            .filter_map(|k| {
                let c = self.clusters.get(k)?;
                Some((*k, self.sweep(c, NaiveDate::MIN).series))
            })
            .collect();
        self.series.extend(computed);
    }

    /// One cluster swept date by date: its changes of hazard and remaining area, and its
    /// figures, land still contaminated and credits at `as_of`. The land recorded so far and
    /// the land still contaminated are each kept as separate polygons, grown by each hazard
    /// area and cut by each release as its date comes: a release completed on `d` frees land
    /// in every hazard area recorded by `d`, which is every one held by then.
    fn sweep(&self, c: &Cluster, as_of: NaiveDate) -> Swept {
        let (mut hazards, mut releases) = self.members(c);
        hazards.sort_by_key(|h| (h.surveyed_on, h.id));
        releases.sort_by_key(|r| (r.completed_on, r.id));
        let mut dates: Vec<NaiveDate> = hazards
            .iter()
            .map(|h| h.surveyed_on)
            .chain(releases.iter().map(|r| r.completed_on))
            .collect();
        dates.sort_unstable();
        dates.dedup();
        let mut recorded = Patchwork::measured();
        let mut left = Patchwork::measured();
        let mut credits = Credits::new(&releases, as_of);
        let (mut next_h, mut next_r) = (0, 0);
        let (mut hazard_area, mut remaining) = (0.0, 0.0);
        let mut series = Vec::with_capacity(dates.len());
        let mut at: Option<(f64, f64, MultiPolygon<f64>)> = None;
        for d in dates {
            if d > as_of && at.is_none() {
                at = Some((hazard_area, remaining, left.land()));
            }
            while next_h < hazards.len() && hazards[next_h].surveyed_on == d {
                let h = hazards[next_h];
                recorded.add(&h.geometry, &h.bbox);
                left.add(&h.geometry, &h.bbox);
                next_h += 1;
            }
            while next_r < releases.len() && releases[next_r].completed_on == d {
                let r = releases[next_r];
                if d <= as_of {
                    credits.credit(r, &recorded, &hazards[next_h..]);
                }
                left.cut(&r.geometry, &r.bbox);
                next_r += 1;
            }
            let (new_hazard, new_remaining) = (recorded.area(), left.area());
            series.push((
                d,
                Step {
                    hazard_area: Area(new_hazard - hazard_area),
                    remaining: Area(new_remaining - remaining),
                },
            ));
            hazard_area = new_hazard;
            remaining = new_remaining;
        }
        let (hazard_area, remaining_area, land) =
            at.unwrap_or_else(|| (hazard_area, remaining, left.land()));
        Swept {
            series,
            hazard_area,
            remaining_area,
            remaining: land,
            credits: credits.given,
        }
    }
}

/// The credits of one cluster's releases at a date, given release by release in date order
/// during [`Engine::sweep`]: each freed piece goes to the earliest release that freed it.
///
/// A release frees land only inside hazard areas recorded by its completion date (the
/// sweep's land recorded so far). The land freed so far is kept as separate polygons, so
/// each release works only with what is near it. Land a release freed that a later hazard
/// area covers again is remaining, not credited: what is left of each such hazard area at
/// the date is computed when first needed.
struct Credits<'a> {
    /// The cluster's releases completed by the date, in date order.
    releases: Vec<&'a Release>,
    as_of: NaiveDate,
    freed_before: Patchwork,
    /// What is left at the date of each hazard area recorded after some release, by id.
    left: HashMap<Uuid, MultiPolygon<f64>>,
    given: Vec<(Uuid, ReleaseMethod, f64)>,
}

impl<'a> Credits<'a> {
    fn new(releases: &[&'a Release], as_of: NaiveDate) -> Credits<'a> {
        Credits {
            releases: releases
                .iter()
                .copied()
                .filter(|r| r.completed_on <= as_of)
                .collect(),
            as_of,
            freed_before: Patchwork::default(),
            left: HashMap::new(),
            given: Vec::new(),
        }
    }

    /// Credits release `r` with the land it freed in `recorded` (the hazard areas recorded
    /// by its date) that no earlier release freed; `later` are the hazard areas recorded
    /// after its date.
    fn credit(&mut self, r: &'a Release, recorded: &Patchwork, later: &[&'a Hazard]) {
        let eligible = recorded.copy_near(&r.bbox);
        if eligible.0.is_empty() {
            return;
        }
        let freed = intersection(&r.geometry, &eligible);
        let Some(freed_box) = freed.bounding_rect() else {
            return;
        };
        let earlier = self.freed_before.copy_near(&freed_box);
        let claim = if earlier.0.is_empty() {
            freed.clone()
        } else {
            difference(&freed, &earlier)
        };
        let covering: Vec<&Hazard> = later
            .iter()
            .copied()
            .filter(|h| h.surveyed_on <= self.as_of && overlaps(&h.bbox, &freed_box))
            .collect();
        for h in &covering {
            if !self.left.contains_key(&h.id) {
                let l = left_of(h, &self.releases, self.as_of);
                self.left.insert(h.id, l);
            }
        }
        let again: Vec<&MultiPolygon<f64>> = covering
            .iter()
            .filter_map(|h| self.left.get(&h.id))
            .collect();
        let credited = geodesic_area(&subtract(&claim, &again)).0;
        self.given.push((r.id, r.method, credited));
        self.freed_before.add(&freed, &freed_box);
    }
}

/// What [`Engine::sweep`] gives for one cluster.
struct Swept {
    /// Its changes of hazard and remaining area, date by date.
    series: Vec<(NaiveDate, Step)>,
    /// The union of its hazard areas recorded by the date asked for, m².
    hazard_area: f64,
    /// Its land still contaminated at that date, m².
    remaining_area: f64,
    /// That land, as separate polygons that do not overlap.
    remaining: MultiPolygon<f64>,
    /// The land credited to each release that freed some by that date, m².
    credits: Vec<(Uuid, ReleaseMethod, f64)>,
}

/// Land kept as separate polygons, each with its box and area, so that adding or cutting
/// a shape works only on the polygons near it.
#[derive(Default)]
struct Patchwork {
    parts: Vec<(Polygon<f64>, Rect<f64>, f64)>,
    /// Whether each polygon's area is measured (for [`Patchwork::area`]).
    measured: bool,
}

impl Patchwork {
    /// Land whose area is kept, polygon by polygon.
    fn measured() -> Patchwork {
        Patchwork {
            parts: Vec::new(),
            measured: true,
        }
    }

    /// Takes out the polygons whose boxes meet `bbox`.
    fn near(&mut self, bbox: &Rect<f64>) -> MultiPolygon<f64> {
        let (near, far) = std::mem::take(&mut self.parts)
            .into_iter()
            .partition(|(_, b, _)| overlaps(b, bbox));
        self.parts = far;
        MultiPolygon(near.into_iter().map(|(p, _, _)| p).collect())
    }

    fn put(&mut self, land: MultiPolygon<f64>) {
        for p in land.0 {
            if let Some(b) = p.bounding_rect() {
                let area = if self.measured {
                    geodesic_area(&MultiPolygon(vec![p.clone()])).0
                } else {
                    0.0
                };
                self.parts.push((p, b, area));
            }
        }
    }

    /// A copy of all its polygons.
    fn land(&self) -> MultiPolygon<f64> {
        MultiPolygon(self.parts.iter().map(|(p, _, _)| p.clone()).collect())
    }

    /// A copy of the polygons whose boxes meet `bbox`.
    fn copy_near(&self, bbox: &Rect<f64>) -> MultiPolygon<f64> {
        MultiPolygon(
            self.parts
                .iter()
                .filter(|(_, b, _)| overlaps(b, bbox))
                .map(|(p, _, _)| p.clone())
                .collect(),
        )
    }

    /// The land joined with `shape`.
    fn add(&mut self, shape: &MultiPolygon<f64>, bbox: &Rect<f64>) {
        let near = self.near(bbox);
        let joined = if near.0.is_empty() {
            shape.clone()
        } else {
            union_of(vec![&near, shape])
        };
        self.put(joined);
    }

    /// The land less `shape`.
    fn cut(&mut self, shape: &MultiPolygon<f64>, bbox: &Rect<f64>) {
        let near = self.near(bbox);
        if !near.0.is_empty() {
            self.put(difference(&near, shape));
        }
    }

    /// Its area, m² (of land [`Patchwork::measured`]).
    fn area(&self) -> f64 {
        self.parts.iter().map(|(_, _, a)| a).sum()
    }
}

/// Hazard area and remaining area at one date (released = hazard area − remaining).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Step {
    /// Union of hazard areas recorded by the date.
    pub hazard_area: Area,
    /// Still contaminated.
    pub remaining: Area,
}

impl Step {
    /// Land released by the date, by any method.
    pub fn released(&self) -> Area {
        Area(self.hazard_area.0 - self.remaining.0)
    }
}

/// What is left of hazard area `h` on date `t` after the releases that apply to it: those
/// completed between its recording and `t`.
fn left_of(h: &Hazard, releases: &[&Release], t: NaiveDate) -> MultiPolygon<f64> {
    let applying: Vec<&MultiPolygon<f64>> = releases
        .iter()
        .filter(|r| {
            r.completed_on >= h.surveyed_on && r.completed_on <= t && overlaps(&r.bbox, &h.bbox)
        })
        .map(|r| &r.geometry)
        .collect();
    subtract(&h.geometry, &applying)
}

/// `a` minus the union of `others`.
fn subtract(a: &MultiPolygon<f64>, others: &[&MultiPolygon<f64>]) -> MultiPolygon<f64> {
    match others {
        [] => a.clone(),
        [one] => difference(a, one),
        many => difference(a, &union_of(many.to_vec())),
    }
}

/// The union of `parts`.
///
/// geo's `unary_union` takes its fill rule from the winding of the first ring it sees, so
/// every part is oriented the same way first, and parts with no area (which have no winding)
/// are left out: they add nothing to a union.
fn union_of(parts: Vec<&MultiPolygon<f64>>) -> MultiPolygon<f64> {
    match parts.as_slice() {
        [] => MultiPolygon(vec![]),
        [one] => (*one).clone(),
        many => {
            let oriented: Vec<Polygon<f64>> = many
                .iter()
                .flat_map(|mp| mp.0.iter())
                .filter(|p| p.exterior().winding_order().is_some() && p.unsigned_area() > 0.0)
                .map(|p| p.orient(Direction::Default))
                .collect();
            let parts: Vec<&Polygon<f64>> = oriented.iter().collect();
            restored(unary_union(oriented.iter()), &parts)
        }
    }
}

/// `a` minus `b`, with the input's coordinates restored (see [`restored`]).
fn difference(a: &MultiPolygon<f64>, b: &MultiPolygon<f64>) -> MultiPolygon<f64> {
    let inputs: Vec<&Polygon<f64>> = a.0.iter().chain(&b.0).collect();
    restored(a.difference(b), &inputs)
}

/// `a` ∩ `b`, with the input's coordinates restored (see [`restored`]).
fn intersection(a: &MultiPolygon<f64>, b: &MultiPolygon<f64>) -> MultiPolygon<f64> {
    let inputs: Vec<&Polygon<f64>> = a.0.iter().chain(&b.0).collect();
    restored(a.intersection(b), &inputs)
}

/// The output of a boolean operation with its input vertices put back exactly.
///
/// i_overlay computes on a 32-bit integer grid fitted to the extent of its input, so every
/// vertex of its output, an input vertex too, comes back moved by up to about 1e-9 of that
/// extent; chained operations add up these moves, and the figures drift by about 1e-9
/// (enough to move a completion date by a day). Each output vertex within a few grid steps
/// of an input vertex is that vertex, so it is given back its exact coordinates; only new
/// vertices (where edges cross) keep the grid's.
pub(crate) fn restored(out: MultiPolygon<f64>, inputs: &[&Polygon<f64>]) -> MultiPolygon<f64> {
    let points: Vec<[f64; 2]> = inputs
        .iter()
        .flat_map(|p| std::iter::once(p.exterior()).chain(p.interiors()))
        .flat_map(|r| r.0.iter().map(|c| [c.x, c.y]))
        .collect();
    if points.is_empty() {
        return out;
    }
    let (mut lo, mut hi) = ([f64::MAX; 2], [f64::MIN; 2]);
    for p in &points {
        for k in 0..2 {
            lo[k] = lo[k].min(p[k]);
            hi[k] = hi[k].max(p[k]);
        }
    }
    let extent = (hi[0] - lo[0]).max(hi[1] - lo[1]);
    // i_overlay's grid step is at most extent · 2^-29; allow 16 steps.
    let tolerance = extent * (-25f64).exp2();
    if tolerance <= 0.0 || !tolerance.is_finite() {
        return out;
    }
    // Input vertices sorted by longitude, then latitude: those within `tolerance` of a point
    // are found by binary search on longitude, then on latitude within each longitude (many
    // vertices can share one: grid-aligned cells, a boundary walked along a meridian).
    let mut points = points;
    points.sort_unstable_by(|a, b| a[0].total_cmp(&b[0]).then(a[1].total_cmp(&b[1])));
    let fix = |c: &mut geo_types::Coord<f64>| {
        let mut best: Option<([f64; 2], f64)> = None;
        let mut i = points.partition_point(|p| p[0] < c.x - tolerance);
        while i < points.len() && points[i][0] <= c.x + tolerance {
            let x = points[i][0];
            let end = i + points[i..].partition_point(|p| p[0] <= x);
            let same_x = &points[i..end];
            let from = same_x.partition_point(|p| p[1] < c.y - tolerance);
            for p in same_x[from..]
                .iter()
                .take_while(|p| p[1] <= c.y + tolerance)
            {
                let d = (p[0] - c.x).abs().max((p[1] - c.y).abs());
                if best.is_none_or(|(_, b)| d < b) {
                    best = Some((*p, d));
                }
            }
            i = end;
        }
        if let Some((p, _)) = best {
            c.x = p[0];
            c.y = p[1];
        }
    };
    // A new vertex put on an input vertex next to it leaves the two equal: one is enough.
    let fix_ring = |r: &mut geo_types::LineString<f64>| {
        r.0.iter_mut().for_each(fix);
        r.0.dedup();
    };
    // A sliver whose vertices all went back onto two input vertices encloses nothing: no
    // ring is left with fewer than four coordinates.
    let kept = |mut r: geo_types::LineString<f64>| {
        fix_ring(&mut r);
        (r.0.len() >= 4).then_some(r)
    };
    MultiPolygon(
        out.0
            .into_iter()
            .filter_map(|p| {
                let (exterior, interiors) = p.into_inner();
                let exterior = kept(exterior)?;
                Some(Polygon::new(
                    exterior,
                    interiors.into_iter().filter_map(kept).collect(),
                ))
            })
            .collect(),
    )
}
