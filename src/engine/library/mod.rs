//! The local library: named scenarios kept in the browser, plus the autosaved scenario on the
//! board ("current"). Pure data and rules; reading and writing browser storage, the clock
//! and the `storage` event belong to the web layer, which passes times and its tab id in.
//!
//! - this file: the library and what a user does with it (save, save as, rename, duplicate,
//!   delete and undo, autosave, open without losing unsaved work);
//! - `storage`: the stored JSON document, its versions and migrations, unreadable data;
//! - `sync`: several tabs on one library (`storage` events), a three-way merge.

pub mod backup;
mod storage;
mod sync;

pub use storage::{
    load, to_json, to_json_revised, LoadError, Loaded, Revision, Unreadable, FORMAT, LEGACY_STORAGE_KEY,
    MAX_LIBRARY_BYTES, STORAGE_KEY, VERSION,
};
pub use sync::{decide, merge, Conflict, Decision, Merged};

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::model::limits::{validate_name, Field, FieldError, MAX_SCENARIO_NAME_CHARS as MAX_NAME_CHARS};
use crate::model::scenario::Scenario;

/// Milliseconds since 1970, from the caller's clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Timestamp(pub u64);

/// A number the web layer picks at random when a tab starts, to tell tabs apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TabId(pub u64);

/// Who changes the library, and when: passed to every operation that changes something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edit {
    pub now: Timestamp,
    pub tab: TabId,
}

/// Which change of an entry this is. Two tabs that both make "revision 5" of an entry made
/// different changes: the tab is part of the stamp.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Stamp {
    pub revision: u64,
    pub tab: TabId,
}

impl Stamp {
    fn first(edit: Edit) -> Stamp {
        Stamp {
            revision: 1,
            tab: edit.tab,
        }
    }

    fn next(self, edit: Edit) -> Stamp {
        Stamp {
            revision: self.revision.saturating_add(1),
            tab: edit.tab,
        }
    }
}

/// An entry's id: creation time and tab, so two tabs never make the same one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct EntryId(pub String);

/// A named scenario in the library. Its name is the scenario's name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub id: EntryId,
    pub created: Timestamp,
    pub modified: Timestamp,
    pub stamp: Stamp,
    pub scenario: Scenario,
}

impl Entry {
    pub fn name(&self) -> &str {
        &self.scenario.name
    }
}

/// The scenario on the board, autosaved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Current {
    pub scenario: Scenario,
    /// The entry this is a working copy of; `None` for a scenario never saved (new, opened
    /// from a link or a file).
    pub saved_as: Option<EntryId>,
    /// Changed since it was opened or last saved.
    pub edited: bool,
    pub modified: Timestamp,
    pub stamp: Stamp,
}

/// Stored data that could not be read, kept exactly as found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeptAside {
    /// Why it could not be read, in words for the user.
    pub reason: String,
    pub raw: serde_json::Value,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Library {
    current: Option<Current>,
    entries: BTreeMap<EntryId, Entry>,
    kept_aside: Vec<KeptAside>,
}

/// A deleted entry, for "Undo".
#[derive(Debug, Clone, PartialEq)]
pub struct Deleted {
    pub entry: Entry,
    /// The board was a working copy of this entry.
    pub was_on_board: bool,
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum LibraryError {
    #[error("There is no scenario on the board to save.")]
    NothingToSave,
    #[error("That scenario is no longer in the library; it may have been deleted in another tab.")]
    NoSuchEntry,
    #[error("That scenario is already back in the library.")]
    AlreadyThere,
    #[error("{0}")]
    Name(#[from] FieldError),
}

impl Library {
    pub fn new() -> Library {
        Library::default()
    }

    pub fn current(&self) -> Option<&Current> {
        self.current.as_ref()
    }

    /// Named scenarios, oldest first.
    pub fn entries(&self) -> impl ExactSizeIterator<Item = &Entry> + '_ {
        self.entries.values()
    }

    pub fn entry(&self, id: &EntryId) -> Option<&Entry> {
        self.entries.get(id)
    }

    pub fn kept_aside(&self) -> &[KeptAside] {
        &self.kept_aside
    }

    /// Removes an unreadable item for good (after the user downloaded or dismissed it).
    pub fn remove_kept_aside(&mut self, index: usize) -> Option<KeptAside> {
        (index < self.kept_aside.len()).then(|| self.kept_aside.remove(index))
    }

    /// Records the board. Returns false (and changes nothing) if it is what is already
    /// recorded, so an unchanged board causes no write and no `storage` event.
    pub fn autosave(&mut self, scenario: &Scenario, edit: Edit) -> bool {
        match &mut self.current {
            Some(c) if c.scenario == *scenario => false,
            Some(c) => {
                c.scenario = scenario.clone();
                c.edited = true;
                c.modified = edit.now;
                c.stamp = c.stamp.next(edit);
                true
            }
            None => {
                self.current = Some(Current {
                    scenario: scenario.clone(),
                    saved_as: None,
                    edited: true,
                    modified: edit.now,
                    stamp: Stamp::first(edit),
                });
                true
            }
        }
    }

    /// The board holds changes that are in no entry: replacing it would lose them.
    pub fn has_unsaved_work(&self) -> bool {
        let Some(c) = &self.current else {
            return false;
        };
        match c.saved_as.as_ref().and_then(|id| self.entries.get(id)) {
            Some(entry) => entry.scenario != c.scenario,
            // An empty new board is nothing to keep.
            None => c.edited && c.scenario != Scenario::default(),
        }
    }

    /// Puts a scenario that is in no entry on the board: a new one, or one opened from a
    /// link or a file. Unsaved work on the board is first kept as an entry, whose id is
    /// returned so the user can be told where it went.
    pub fn open_unsaved(&mut self, scenario: Scenario, edit: Edit) -> Option<EntryId> {
        let kept = self.keep_unsaved_work(edit);
        self.replace_current(scenario, None, edit);
        kept
    }

    /// Puts a copy of entry `id` on the board, keeping unsaved work first (as
    /// [`open_unsaved`](Library::open_unsaved) does).
    pub fn open(&mut self, id: &EntryId, edit: Edit) -> Result<Option<EntryId>, LibraryError> {
        let scenario = self.entry(id).ok_or(LibraryError::NoSuchEntry)?.scenario.clone();
        let kept = self.keep_unsaved_work(edit);
        self.replace_current(scenario, Some(id.clone()), edit);
        Ok(kept)
    }

    /// Saves unsaved work on the board as a new entry, `<name> (unsaved changes)`.
    pub fn keep_unsaved_work(&mut self, edit: Edit) -> Option<EntryId> {
        if !self.has_unsaved_work() {
            return None;
        }
        let mut scenario = self.current.as_ref()?.scenario.clone();
        scenario.name = self.labelled_name(&scenario.name, "unsaved changes");
        Some(self.insert_new(scenario, edit))
    }

    /// "Save": writes the board into the entry it came from, or into a new entry if it
    /// came from none (or that entry was deleted).
    pub fn save(&mut self, edit: Edit) -> Result<EntryId, LibraryError> {
        let current = self.current.as_ref().ok_or(LibraryError::NothingToSave)?;
        let scenario = current.scenario.clone();
        let id = match current
            .saved_as
            .clone()
            .filter(|id| self.entries.contains_key(id))
        {
            Some(id) => {
                if let Some(entry) = self.entries.get_mut(&id) {
                    if entry.scenario != scenario {
                        entry.scenario = scenario;
                        entry.modified = edit.now;
                        entry.stamp = entry.stamp.next(edit);
                    }
                }
                id
            }
            None => self.insert_new(scenario, edit),
        };
        self.link_current(&id, edit);
        Ok(id)
    }

    /// "Save as": a new entry called `name` from the board, which then belongs to it.
    pub fn save_as(&mut self, name: &str, edit: Edit) -> Result<EntryId, LibraryError> {
        let name = parse_name(name)?;
        let current = self.current.as_mut().ok_or(LibraryError::NothingToSave)?;
        current.scenario.name = name;
        let scenario = current.scenario.clone();
        let id = self.insert_new(scenario, edit);
        self.link_current(&id, edit);
        Ok(id)
    }

    /// Renames an entry, and the board too if it is a working copy of it.
    pub fn rename(&mut self, id: &EntryId, name: &str, edit: Edit) -> Result<(), LibraryError> {
        let name = parse_name(name)?;
        let entry = self.entries.get_mut(id).ok_or(LibraryError::NoSuchEntry)?;
        if entry.scenario.name != name {
            entry.scenario.name.clone_from(&name);
            entry.modified = edit.now;
            entry.stamp = entry.stamp.next(edit);
        }
        if let Some(c) = self.current.as_mut() {
            if c.saved_as.as_ref() == Some(id) && c.scenario.name != name {
                c.scenario.name = name;
                c.modified = edit.now;
                c.stamp = c.stamp.next(edit);
            }
        }
        Ok(())
    }

    /// A copy of an entry, `<name> (copy)`, as a new entry.
    pub fn duplicate(&mut self, id: &EntryId, edit: Edit) -> Result<EntryId, LibraryError> {
        let mut scenario = self.entry(id).ok_or(LibraryError::NoSuchEntry)?.scenario.clone();
        scenario.name = self.labelled_name(&scenario.name, "copy");
        Ok(self.insert_new(scenario, edit))
    }

    /// Deletes an entry; pass the result to [`undo_delete`](Library::undo_delete) to bring it
    /// back. A board that was a working copy of it stays, as unsaved work.
    pub fn delete(&mut self, id: &EntryId, edit: Edit) -> Result<Deleted, LibraryError> {
        let entry = self.entries.remove(id).ok_or(LibraryError::NoSuchEntry)?;
        let mut was_on_board = false;
        if let Some(c) = self.current.as_mut() {
            if c.saved_as.as_ref() == Some(id) {
                was_on_board = true;
                c.saved_as = None;
                c.edited = true;
                c.stamp = c.stamp.next(edit);
            }
        }
        Ok(Deleted { entry, was_on_board })
    }

    pub fn undo_delete(&mut self, deleted: Deleted, edit: Edit) -> Result<EntryId, LibraryError> {
        let Deleted {
            mut entry,
            was_on_board,
        } = deleted;
        if self.entries.contains_key(&entry.id) {
            return Err(LibraryError::AlreadyThere);
        }
        let id = entry.id.clone();
        // A new stamp: to other tabs the entry's return is a change to take.
        entry.stamp = entry.stamp.next(edit);
        let scenario_matches = self
            .current
            .as_ref()
            .is_some_and(|c| c.saved_as.is_none() && c.scenario == entry.scenario);
        self.entries.insert(id.clone(), entry);
        if was_on_board && scenario_matches {
            self.link_current(&id, edit);
        }
        Ok(id)
    }

    fn replace_current(&mut self, scenario: Scenario, saved_as: Option<EntryId>, edit: Edit) {
        let stamp = match &self.current {
            Some(c) => c.stamp.next(edit),
            None => Stamp::first(edit),
        };
        self.current = Some(Current {
            scenario,
            saved_as,
            edited: false,
            modified: edit.now,
            stamp,
        });
    }

    fn link_current(&mut self, id: &EntryId, edit: Edit) {
        if let Some(c) = self.current.as_mut() {
            if c.saved_as.as_ref() != Some(id) || c.edited {
                c.saved_as = Some(id.clone());
                c.edited = false;
                c.stamp = c.stamp.next(edit);
            }
        }
    }

    fn insert_new(&mut self, scenario: Scenario, edit: Edit) -> EntryId {
        self.insert_fresh(scenario, edit, &[])
    }

    /// Adds `scenario` as a new entry under an id taken neither here nor in `also_taken`.
    fn insert_fresh(&mut self, scenario: Scenario, edit: Edit, also_taken: &[&Library]) -> EntryId {
        let id = self.fresh_id(edit, also_taken);
        self.entries.insert(
            id.clone(),
            Entry {
                id: id.clone(),
                created: edit.now,
                modified: edit.now,
                stamp: Stamp::first(edit),
                scenario,
            },
        );
        id
    }

    /// Ids sort by creation time (zero-padded hex), then tab; a counter settles the rest.
    fn fresh_id(&self, edit: Edit, also_taken: &[&Library]) -> EntryId {
        let base = format!("{:012x}-{:x}", edit.now.0, edit.tab.0);
        let taken = |id: &EntryId| {
            self.entries.contains_key(id) || also_taken.iter().any(|l| l.entries.contains_key(id))
        };
        let first = EntryId(base.clone());
        if !taken(&first) {
            return first;
        }
        (2u64..)
            .map(|n| EntryId(format!("{base}-{n}")))
            .find(|id| !taken(id))
            .unwrap_or(first)
    }

    /// `<name> (<label>)`, numbered if an entry has it already, cut to fit a name's length.
    fn labelled_name(&self, name: &str, label: &str) -> String {
        let taken = |n: &str| self.entries.values().any(|e| e.scenario.name == n);
        (1..)
            .map(|n| {
                let suffix = if n == 1 {
                    format!(" ({label})")
                } else {
                    format!(" ({label} {n})")
                };
                with_suffix(name, &suffix)
            })
            .find(|candidate| !taken(candidate))
            .unwrap_or_else(|| name.to_owned())
    }
}

/// `name` cut to leave room for `suffix`, then `suffix`.
fn with_suffix(name: &str, suffix: &str) -> String {
    let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
    let stem: String = name.chars().take(room).collect();
    format!("{}{suffix}", stem.trim_end())
}

/// Whether `name` is one `labelled_name` gives a copy of `original` with `label` (numbered or
/// not), including when `original` was cut to make room for the label.
fn is_labelled_copy(name: &str, original: &str, label: &str) -> bool {
    name.rfind(" (").is_some_and(|at| {
        let suffix = &name[at..];
        let number = suffix
            .strip_prefix(" (")
            .and_then(|s| s.strip_suffix(')'))
            .and_then(|s| s.strip_prefix(label));
        number.is_some_and(|n| n.is_empty() || n.strip_prefix(' ').is_some_and(|n| n.parse::<u64>().is_ok()))
            && with_suffix(original, suffix) == name
    })
}

/// A scenario name as typed: trimmed, then checked like every other name.
fn parse_name(text: &str) -> Result<String, FieldError> {
    let name = text.trim();
    validate_name(Field::ScenarioName, name)?;
    Ok(name.to_owned())
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;
    use crate::model::catalog::WorkloadKind;

    pub const A: TabId = TabId(0xa);
    pub const B: TabId = TabId(0xb);

    pub fn at(ms: u64, tab: TabId) -> Edit {
        Edit {
            now: Timestamp(ms),
            tab,
        }
    }

    pub fn board(name: &str, kinds: &[WorkloadKind]) -> Scenario {
        let mut s = Scenario {
            name: name.into(),
            ..Scenario::default()
        };
        for k in kinds {
            s.add_workload(*k);
        }
        s
    }

    pub fn names(l: &Library) -> Vec<&str> {
        l.entries().map(Entry::name).collect()
    }

    /// Two tabs on one library: what tab A holds and what storage holds after B wrote.
    pub fn two_tabs() -> (Library, Library) {
        let mut l = Library::new();
        l.autosave(&board("Plan", &[WorkloadKind::SupportChatbot]), at(1, A));
        l.save(at(2, A)).expect("saves");
        l.autosave(&board("Other", &[]), at(3, A));
        l.save_as("Other", at(3, A)).expect("saves");
        (l.clone(), l)
    }
}

#[cfg(test)]
mod tests {
    use super::test_support::*;
    use super::*;
    use crate::model::catalog::WorkloadKind;
    use crate::model::scenario::Zone;

    #[test]
    fn save_save_as_rename_duplicate() {
        let mut l = Library::new();
        assert_eq!(l.save(at(1, A)), Err(LibraryError::NothingToSave));
        let s = board("Workshop", &[WorkloadKind::SupportChatbot]);
        assert!(l.autosave(&s, at(1, A)));
        assert!(!l.autosave(&s, at(2, A)), "unchanged board: no write");
        assert!(l.has_unsaved_work());

        let first = l.save(at(3, A)).expect("saves");
        assert!(!l.has_unsaved_work());
        assert_eq!(names(&l), ["Workshop"]);
        assert_eq!(l.current().and_then(|c| c.saved_as.clone()), Some(first.clone()));

        // Edit and save again: same entry, new revision.
        let mut s2 = s.clone();
        s2.add_workload(WorkloadKind::Embeddings);
        l.autosave(&s2, at(4, A));
        assert!(l.has_unsaved_work());
        assert_eq!(l.save(at(5, A)), Ok(first.clone()));
        let e = l.entry(&first).expect("there");
        assert_eq!(
            (e.stamp.revision, e.created, e.modified),
            (2, Timestamp(3), Timestamp(5))
        );
        assert_eq!(e.scenario.workloads.len(), 2);

        let second = l.save_as("  Workshop v2 ", at(6, A)).expect("saves");
        assert_ne!(first, second);
        assert_eq!(names(&l), ["Workshop", "Workshop v2"]);
        assert_eq!(l.current().map(|c| c.scenario.name.as_str()), Some("Workshop v2"));
        assert!(matches!(
            l.save_as("   ", at(7, A)),
            Err(LibraryError::Name(FieldError::Empty { .. }))
        ));
        assert!(matches!(
            l.save_as(&"x".repeat(121), at(7, A)),
            Err(LibraryError::Name(FieldError::TooLong { .. }))
        ));

        l.rename(&second, "Final plan", at(8, A)).expect("renames");
        assert_eq!(l.current().map(|c| c.scenario.name.as_str()), Some("Final plan"));
        assert!(
            !l.has_unsaved_work(),
            "renaming the board's entry renames the board"
        );
        l.rename(&first, "<b>First</b>", at(9, A)).expect("renames");
        assert_eq!(l.current().map(|c| c.scenario.name.as_str()), Some("Final plan"));

        let copy = l.duplicate(&second, at(10, A)).expect("copies");
        let again = l.duplicate(&second, at(10, A)).expect("copies");
        assert_ne!(copy, again, "same millisecond, same tab: still two ids");
        assert_eq!(
            names(&l),
            [
                "<b>First</b>",
                "Final plan",
                "Final plan (copy)",
                "Final plan (copy 2)"
            ]
        );
        let long = l.duplicate(&first, at(11, A)).and_then(|id| {
            l.rename(&id, &"n".repeat(MAX_NAME_CHARS), at(12, A))?;
            l.duplicate(&id, at(13, A))
        });
        let long_name = long.ok().and_then(|id| l.entry(&id).map(|e| e.name().to_owned()));
        assert_eq!(long_name.map(|n| n.chars().count()), Some(MAX_NAME_CHARS));
        assert_eq!(
            l.rename(&EntryId("nope".into()), "x", at(14, A)),
            Err(LibraryError::NoSuchEntry)
        );
    }

    #[test]
    fn delete_and_undo() {
        let mut l = Library::new();
        l.autosave(&board("Keep me", &[WorkloadKind::ResearchAgent]), at(1, A));
        let id = l.save(at(2, A)).expect("saves");
        let deleted = l.delete(&id, at(3, A)).expect("deletes");
        assert!(deleted.was_on_board);
        assert_eq!(l.entries().len(), 0);
        assert!(l.has_unsaved_work(), "the board stays, as unsaved work");
        assert_eq!(l.delete(&id, at(4, A)), Err(LibraryError::NoSuchEntry));

        let back = l.undo_delete(deleted.clone(), at(5, A)).expect("restores");
        assert_eq!(back, id);
        assert!(!l.has_unsaved_work(), "the board belongs to it again");
        assert_eq!(l.entry(&id).map(|e| e.stamp.revision), Some(2));
        assert_eq!(l.undo_delete(deleted, at(6, A)), Err(LibraryError::AlreadyThere));
    }

    #[test]
    fn an_empty_new_board_is_not_work_to_keep() {
        let mut l = Library::new();
        l.autosave(&Scenario::default(), at(1, A));
        assert!(!l.has_unsaved_work());
        assert_eq!(l.open_unsaved(board("Shared", &[]), at(2, A)), None);
        assert_eq!(l.entries().len(), 0);
    }

    #[test]
    fn opening_never_loses_unsaved_work() {
        let mut l = Library::new();
        l.autosave(&board("Saved", &[]), at(1, A));
        let saved = l.save(at(2, A)).expect("saves");
        // Nothing unsaved: opening a link keeps nothing.
        let link = board("From a consultant", &[WorkloadKind::Embeddings]);
        assert_eq!(l.open_unsaved(link.clone(), at(3, A)), None);
        assert_eq!(l.current().map(|c| &c.scenario), Some(&link));
        assert!(!l.has_unsaved_work(), "an untouched shared scenario is not work");
        assert_eq!(l.entries().len(), 1, "opening a link adds nothing to the library");

        // Edit it, then open a saved entry: the edited shared scenario is kept.
        let mut edited = link.clone();
        edited.add_workload(WorkloadKind::Classification);
        l.autosave(&edited, at(4, A));
        let kept = l.open(&saved, at(5, A)).expect("opens").expect("kept");
        assert_eq!(
            l.entry(&kept).map(Entry::name),
            Some("From a consultant (unsaved changes)")
        );
        assert_eq!(l.current().and_then(|c| c.saved_as.clone()), Some(saved.clone()));

        // Edit the saved one without saving, then open a file: kept too.
        let mut changed = board("Saved", &[WorkloadKind::FrontierAgentTeam]);
        changed.move_to(crate::model::scenario::WorkloadId(1), Zone::Aws);
        l.autosave(&changed, at(6, A));
        assert!(l.open_unsaved(board("From a file", &[]), at(7, A)).is_some());
        assert_eq!(l.entries().len(), 3);
        assert_eq!(l.entry(&saved).map(|e| e.scenario.workloads.len()), Some(0));
    }
}
