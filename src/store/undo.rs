//! Undo and redo of the changes made in one sitting (the app's Undo/Redo). Each step is
//! written through the store like any edit, so it is a new version in the change log, and it
//! is refused, changing nothing, when the record was changed by something else meanwhile.

use uuid::Uuid;

use super::{Store, StoreError};
use crate::model::Record;

/// One change to one record: its state before and after (`None`: absent).
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The record.
    pub id: Uuid,
    /// Before the change; `None` when the change added it.
    pub before: Option<Record>,
    /// After the change; `None` when the change deleted it.
    pub after: Option<Record>,
}

impl Change {
    /// What the change did, for a button's tooltip: "added hazard area 3f2…".
    pub fn describe(&self) -> String {
        let kind = self
            .after
            .as_ref()
            .or(self.before.as_ref())
            .map_or("record", |r| r.kind().label());
        let verb = match (&self.before, &self.after) {
            (None, Some(_)) => "added",
            (Some(_), None) => "deleted",
            _ => "edited",
        };
        format!("{verb} {kind} {}", self.id)
    }
}

/// Changes that can be undone, and undone changes that can be redone.
#[derive(Debug, Default)]
pub struct History {
    done: Vec<Change>,
    undone: Vec<Change>,
}

impl History {
    /// Remembers a change just made; what was undone can no longer be redone.
    pub fn push(&mut self, change: Change) {
        self.done.push(change);
        self.undone.clear();
    }

    /// The change Undo would revert.
    pub fn next_undo(&self) -> Option<&Change> {
        self.done.last()
    }

    /// The change Redo would make again.
    pub fn next_redo(&self) -> Option<&Change> {
        self.undone.last()
    }

    /// Reverts the last change; the change reverted, or `None` when there is nothing to undo.
    /// A change whose record was changed meanwhile by something else is dropped with the
    /// error; on any other error it stays where it was.
    pub fn undo(&mut self, store: &mut Store, actor: &str) -> Result<Option<Change>, StoreError> {
        self.step(store, actor, false)
    }

    /// Makes the last undone change again; the change, or `None` when there is none.
    pub fn redo(&mut self, store: &mut Store, actor: &str) -> Result<Option<Change>, StoreError> {
        self.step(store, actor, true)
    }

    /// Puts the record of the last change (or the last undone one, `forward`) back in the
    /// state on the other side of it, then moves the change to the other list.
    fn step(
        &mut self,
        store: &mut Store,
        actor: &str,
        forward: bool,
    ) -> Result<Option<Change>, StoreError> {
        let (from, to) = if forward {
            (&mut self.undone, &mut self.done)
        } else {
            (&mut self.done, &mut self.undone)
        };
        let Some(change) = from.last() else {
            return Ok(None);
        };
        let (now, then) = if forward {
            (&change.before, &change.after)
        } else {
            (&change.after, &change.before)
        };
        match store.restore_state(change.id, now.as_ref(), then.as_ref(), actor) {
            Ok(()) => {}
            // Changed by something else: this step can never apply again, and kept on top it
            // would block every earlier one. It is dropped; the error says why.
            Err(e @ StoreError::ChangedSince(_)) => {
                from.pop();
                return Err(e);
            }
            Err(e) => return Err(e),
        }
        let change = from.pop();
        if let Some(c) = &change {
            to.push(c.clone());
        }
        Ok(change)
    }
}
