//! Long work off the UI thread: one type for the figures, merges, imports and file dialogs.
//! The work runs on a named thread with a progress counter; the UI looks at it each frame
//! and takes the result once it is finished, so a frame never waits for it.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread::JoinHandle;

/// How far a job has got: `done` of `total` (records, bytes), as the work says.
#[derive(Debug, Default)]
pub struct Progress {
    done: AtomicU64,
    total: AtomicU64,
}

impl Progress {
    /// Records that `done` of `total` are done.
    pub fn set(&self, done: u64, total: u64) {
        self.total.store(total, Ordering::Relaxed);
        self.done.store(done, Ordering::Relaxed);
    }

    /// Share done, 0 to 1 (0 while the total is not known).
    pub fn share(&self) -> f32 {
        let total = self.total.load(Ordering::Relaxed);
        if total == 0 {
            0.0
        } else {
            (self.done.load(Ordering::Relaxed) as f64 / total as f64).min(1.0) as f32
        }
    }
}

/// Work running on a thread of its own.
pub struct Job<T> {
    handle: JoinHandle<T>,
    progress: Arc<Progress>,
}

impl<T: Send + 'static> Job<T> {
    /// Starts `work` on a thread named `name`, handing it the job's progress counter.
    /// Like `std::thread::spawn`, it panics only when the system cannot start a thread.
    pub fn start(name: &str, work: impl FnOnce(&Progress) -> T + Send + 'static) -> Job<T> {
        let progress = Arc::new(Progress::default());
        let counter = progress.clone();
        let handle = super::spawn_named(name, move || work(&counter));
        Job { handle, progress }
    }

    /// Whether the work has finished (its result can be taken without waiting).
    pub fn finished(&self) -> bool {
        self.handle.is_finished()
    }

    /// Share done, 0 to 1.
    pub fn progress(&self) -> f32 {
        self.progress.share()
    }

    /// The work's result (waiting for it if it has not finished); `None` when it panicked.
    pub fn result(self) -> Option<T> {
        self.handle.join().ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_reports_progress_and_its_result_on_a_named_thread() {
        let (go, wait) = std::sync::mpsc::channel::<()>();
        let job = Job::start("test-job", move |p| {
            p.set(1, 4);
            wait.recv().ok();
            std::thread::current().name().map(str::to_owned)
        });
        while job.progress() == 0.0 {
            std::thread::yield_now();
        }
        assert_eq!(job.progress(), 0.25);
        assert!(!job.finished());
        go.send(()).unwrap();
        assert_eq!(job.result(), Some(Some("test-job".to_owned())));
    }

    #[test]
    fn a_job_that_panics_has_no_result() {
        let job: Job<u32> = Job::start("test-panic", |_| panic!("boom"));
        assert_eq!(job.result(), None);
    }
}
