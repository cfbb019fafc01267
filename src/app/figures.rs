//! The dashboard's figures and the map's layers, kept current off the UI thread.
//!
//! On opening, one job reads the file and hands the app what the first screen needs as soon
//! as it has it: the areas to draw, then the figures and the remaining land, then the finds
//! and the conflicts. After that, each saved change (a save, a delete, an undo or redo) is
//! taken by a [`Live`](crate::live::Live) on a job: only the clusters the change touches are
//! computed again, and only their remaining land is drawn again. After an import or a merge
//! the file is read again, and the engine recomputes only the records that differ.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

use chrono::NaiveDate;

use super::job::Job;
use super::map;
use crate::live::{Computed, Live};
use crate::model::{Record, RecordKind};
use crate::store::Store;
use crate::store::merge::Conflict;

/// Figures the dashboard shows, computed when the data change.
pub type Dashboard = crate::live::Figures;

/// Column the region and hazard-area tables are sorted by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableSort {
    /// By name, A to Z.
    Name,
    /// By area, largest first.
    Area,
    /// By remaining area, largest first.
    Remaining,
}

/// Per-region and per-hazard-area figures, computed on request (they take a while on a
/// national-scale file).
pub struct Tables {
    /// By region.
    pub(super) regions: Vec<crate::geom::engine::RegionFigures>,
    /// By hazard area.
    pub(super) hazards: Vec<crate::geom::engine::HazardFigures>,
    pub(super) sort: TableSort,
}

impl Tables {
    /// The tables of the engine's figures, sorted.
    fn of(engine: &crate::geom::engine::Engine, sort: TableSort) -> Tables {
        let mut t = Tables {
            regions: engine.by_region(),
            hazards: engine.by_hazard(),
            sort,
        };
        t.sort(sort);
        t
    }

    /// Sorts both tables by a column.
    pub(super) fn sort(&mut self, by: TableSort) {
        self.sort = by;
        let desc = |a: f64, b: f64| b.total_cmp(&a);
        match by {
            TableSort::Name => {
                self.regions.sort_by(|a, b| a.region.cmp(&b.region));
                self.hazards.sort_by(|a, b| a.name.cmp(&b.name));
            }
            TableSort::Area => {
                self.regions
                    .sort_by(|a, b| desc(a.hazard_area.0, b.hazard_area.0));
                self.hazards.sort_by(|a, b| desc(a.area.0, b.area.0));
            }
            TableSort::Remaining => {
                self.regions
                    .sort_by(|a, b| desc(a.remaining.0, b.remaining.0));
                self.hazards
                    .sort_by(|a, b| desc(a.remaining.0, b.remaining.0));
            }
        }
    }
}

/// What the figures' work hands the app as it goes.
pub(super) enum Update {
    /// Hazard areas and releases to draw (the file was read).
    Areas(Box<[map::RecordLayer; 2]>),
    /// Finds, survey points or evidence points to draw.
    Points(RecordKind, map::RecordLayer),
    /// The status at once (opening), before the forecast.
    Status(Box<crate::status::Status>),
    /// New figures for the dashboard.
    Figures(Box<Dashboard>),
    /// The remaining land drawn anew: only these groups (`all`: nothing else remains).
    Remaining {
        all: bool,
        changes: map::RemainingChanges,
    },
    /// The conflicts left by merges.
    Conflicts(Vec<Conflict>),
    /// The region and hazard-area tables.
    Tables(Tables),
    /// How far opening the file has got.
    Opening(Opening),
    /// The work failed: why.
    Failed(String),
}

/// How far opening the file has got: what is being done, and the part done when known.
#[derive(Clone, Debug, PartialEq)]
pub struct Opening {
    /// What is being done, as the user reads it.
    pub what: String,
    /// The part of it done, 0 to 1, when known.
    pub done: Option<f32>,
}

impl Opening {
    fn step(what: &str) -> Update {
        Update::Opening(Opening {
            what: what.to_owned(),
            done: None,
        })
    }
}

/// Where a job hands its updates: the app's next frame is asked for at once, so a
/// finished piece shows without waiting for the next poll.
struct Outbox {
    tx: Sender<Update>,
    ctx: Option<egui::Context>,
}

impl Outbox {
    fn send(&self, update: Update) {
        // The app may have closed: nobody to tell.
        let _ = self.tx.send(update);
        if let Some(ctx) = &self.ctx {
            ctx.request_repaint();
        }
    }
}

/// A saved change: the record before (`None`: new) and after (`None`: deleted).
type Change = (Option<Record>, Option<Record>);

/// What the running job does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Work {
    /// Reads the whole file.
    Read,
    /// Takes in saved changes.
    Follow,
}

/// The figures and layers, and the work that keeps them current.
pub(super) struct Follower {
    db: PathBuf,
    today: NaiveDate,
    /// The figures kept current; away while a job works on them.
    live: Option<Live>,
    job: Option<(Work, Job<Option<Live>>, Receiver<Update>)>,
    /// Changes saved since the last job started.
    pending: Vec<Change>,
    /// Read the whole file when the running job ends (it changed in ways not listed).
    read_again: bool,
    /// The tables are open in this order: compute them again after each change.
    tables: Option<TableSort>,
    tables_stale: bool,
    /// The app's context, to ask for a frame when work is handed over.
    ctx: Option<egui::Context>,
}

impl Follower {
    /// Starts reading the file at `db` for its figures at `today`.
    pub(super) fn open(db: PathBuf, today: NaiveDate) -> Follower {
        let mut f = Follower {
            db,
            today,
            live: None,
            job: None,
            pending: Vec::new(),
            read_again: true,
            tables: None,
            tables_stale: false,
            ctx: None,
        };
        f.next();
        f
    }

    /// One hazard area's land still contaminated, m², from the figures when they are at
    /// rest (`None` while they are being worked out).
    pub(super) fn hazard_remaining(&self, id: uuid::Uuid) -> Option<crate::model::Area> {
        self.live.as_ref()?.engine().hazard_remaining(id)
    }

    /// Whether figures are being worked out, or are waiting to be.
    pub(super) fn busy(&self) -> bool {
        self.job.is_some() || self.read_again || !self.pending.is_empty() || self.tables_stale
    }

    /// A change saved to the file: the figures follow it.
    pub(super) fn changed(&mut self, was: Option<Record>, now: Option<Record>) {
        match &self.job {
            // The read may or may not see it: read once more after it.
            Some((Work::Read, ..)) => self.read_again = true,
            _ => self.pending.push((was, now)),
        }
        self.tables_stale |= self.tables.is_some();
        self.next();
    }

    /// The file changed in ways not listed (an import, a merge, a conflict resolved): read
    /// it again.
    pub(super) fn read_again(&mut self) {
        self.read_again = true;
        self.tables_stale |= self.tables.is_some();
        self.next();
    }

    /// Computes the region and hazard-area tables, and again after each change.
    pub(super) fn show_tables(&mut self, sort: TableSort) {
        self.tables = Some(sort);
        self.tables_stale = true;
        self.next();
    }

    /// Stops computing the tables after each change.
    pub(super) fn hide_tables(&mut self) {
        self.tables = None;
        self.tables_stale = false;
    }

    /// Keeps the sort order for the tables computed after the next change.
    pub(super) fn sort_tables(&mut self, sort: TableSort) {
        if self.tables.is_some() {
            self.tables = Some(sort);
        }
    }

    /// What the work has handed over since the last frame. Starts the next piece of work
    /// when one ends.
    pub(super) fn poll(&mut self, ctx: &egui::Context) -> Vec<Update> {
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
        }
        let Some((_, job, updates)) = &self.job else {
            return Vec::new();
        };
        let finished = job.finished();
        // Taken after `finished`: whatever the job sent before it ended is here.
        let mut out: Vec<Update> = updates.try_iter().collect();
        if !finished {
            return out;
        }
        if let Some((_, job, _)) = self.job.take() {
            match job.result() {
                Some(Some(live)) => self.live = Some(live),
                Some(None) => {}
                None => out.push(Update::Failed("computing the figures failed".to_owned())),
            }
        }
        self.next();
        out
    }

    /// Starts the next piece of work, if any and none is running. A read that failed is
    /// not tried again until something changes.
    fn next(&mut self) {
        if self.job.is_some() {
            return;
        }
        if self.live.is_none() && !self.pending.is_empty() {
            self.read_again = true;
        }
        let tables = self
            .tables
            .filter(|_| std::mem::take(&mut self.tables_stale));
        let (tx, rx) = channel();
        let tx = Outbox {
            tx,
            ctx: self.ctx.clone(),
        };
        if std::mem::take(&mut self.read_again) {
            // The file as read includes every change saved so far.
            self.pending.clear();
            let (db, today, live) = (self.db.clone(), self.today, self.live.take());
            let job = Job::start("figures", move |_| read(&db, today, live, tables, &tx));
            self.job = Some((Work::Read, job, rx));
        } else if !self.pending.is_empty() || tables.is_some() {
            let Some(live) = self.live.take() else {
                return;
            };
            let changes = std::mem::take(&mut self.pending);
            let job = Job::start("figures", move |_| {
                Some(follow(live, &changes, tables, &tx))
            });
            self.job = Some((Work::Follow, job, rx));
        }
    }
}

/// Reads the file: the areas to draw first, then the figures, the finds and the conflicts;
/// `live` (the figures before) takes in only what differs. `None` when the file could not be
/// read (the app is told why).
fn read(
    db: &std::path::Path,
    today: NaiveDate,
    live: Option<Live>,
    tables: Option<TableSort>,
    tx: &Outbox,
) -> Option<Live> {
    let read = || -> Result<Live, crate::store::StoreError> {
        let (store, _) = Store::open(db)?;
        // One snapshot: a merge committing meanwhile cannot make the figures disagree.
        store.snapshot(|store| {
            if live.is_none() {
                tx.send(Opening::step("Reading the hazard areas and land releases…"));
            }
            let areas = crate::status::load(store)?;
            let (mut live, all) = match live {
                Some(mut live) => {
                    tx.send(Update::Areas(Box::new(map::area_layers(&areas))));
                    live.reload(&crate::status::read_with(store, areas, today)?);
                    (live, false)
                }
                None => (first_live(store, areas, today, tx)?, true),
            };
            // What the first screen needs first: the figures and the forecast, then the
            // remaining land drawn over the map.
            tx.send(Update::Status(Box::new(live.status())));
            tx.send(Update::Figures(Box::new(live.figures())));
            let changes = map::remaining_changes(live.engine_mut());
            tx.send(Update::Remaining { all, changes });
            let finds = store.load(RecordKind::OrdnanceFind)?.records;
            tx.send(Update::Points(
                RecordKind::OrdnanceFind,
                map::point_layer(&finds),
            ));
            for kind in [RecordKind::SurveyPoint, RecordKind::EvidencePoint] {
                let points = store.load(kind)?.records;
                tx.send(Update::Points(kind, map::point_layer(&points)));
            }
            tx.send(Update::Conflicts(store.conflicts()?));
            if let Some(sort) = tables {
                tx.send(Update::Tables(Tables::of(live.engine(), sort)));
            }
            Ok(live)
        })
    };
    match read() {
        Ok(live) => Some(live),
        Err(e) => {
            tx.send(Update::Failed(e.to_string()));
            None
        }
    }
}

/// The figures of the programme first read: its hazard areas and releases computed on a
/// thread of their own while this one hands the areas to draw to the app and reads the
/// finds and the settings.
fn first_live(
    store: &Store,
    areas: crate::status::Areas,
    today: NaiveDate,
    tx: &Outbox,
) -> Result<Live, crate::store::StoreError> {
    let (computed, finds, settings) = std::thread::scope(|scope| {
        let computing = std::thread::Builder::new()
            .name("figures-engine".to_owned())
            .spawn_scoped(scope, || {
                Computed::with_progress(&areas, today, &|done, all| {
                    // A hundred steps at most, whatever the number of groups.
                    if done == all || done * 100 / all != (done - 1) * 100 / all {
                        tx.send(Update::Opening(Opening {
                            what: format!(
                                "Computing the land still contaminated: {done} of {all} groups of overlapping records…"
                            ),
                            done: Some(done as f32 / all as f32),
                        }));
                    }
                })
            });
        tx.send(Update::Areas(Box::new(map::area_layers(&areas))));
        let finds = crate::status::finds_by_type(store, today);
        let settings = crate::status::settings(store);
        let computed = match computing {
            // A panic goes on to the job, which tells the app the figures failed.
            Ok(handle) => Some(
                handle
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p)),
            ),
            Err(_) => None,
        };
        (computed, finds, settings)
    });
    // A thread that could not start: computed on this one.
    let computed = computed.unwrap_or_else(|| Computed::new(&areas, today));
    tx.send(Opening::step("Making the completion estimate…"));
    let read = crate::live::Read {
        areas,
        finds: finds?,
        settings: settings?,
    };
    Ok(Live::of(
        &read,
        computed,
        crate::estimate::DEFAULT_WINDOW_DAYS,
    ))
}

/// Takes saved changes into the figures: the dashboard and the remaining land they changed.
fn follow(mut live: Live, changes: &[Change], tables: Option<TableSort>, tx: &Outbox) -> Live {
    for (was, now) in changes {
        live.apply(was.as_ref(), now.as_ref());
    }
    let changes = map::remaining_changes(live.engine_mut());
    tx.send(Update::Remaining {
        all: false,
        changes,
    });
    tx.send(Update::Figures(Box::new(live.figures())));
    if let Some(sort) = tables {
        tx.send(Update::Tables(Tables::of(live.engine(), sort)));
    }
    live
}
