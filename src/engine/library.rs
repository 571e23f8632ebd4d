//! The local library: named scenarios kept in the browser, plus the autosaved scenario on the
//! board ("current"). Pure data and rules; reading and writing browser storage, the clock
//! and the `storage` event belong to the web layer, which passes times and its tab id in.
//!
//! # Stored form
//! One JSON document under [`STORAGE_KEY`]:
//! `{"format":"cloudsplit-library","version":2,"current":…,"entries":[…],"kept_aside":[…]}`.
//! Each scenario in it is the `"scenario"` object of a scenario file. Versions:
//! 1. the board alone, in the scenario envelope under [`LEGACY_STORAGE_KEY`] (before the library);
//! 2. this library.
//!
//! [`load`] migrates older versions step by step; each step has its own test. Data that
//! cannot be read is never dropped: a document that cannot be read at all comes back in
//! [`Unreadable`] with its raw text (keep it aside; do not write over it), and a single
//! entry that cannot be read is moved to [`Library::kept_aside`] and written back as it was.
//!
//! # Several tabs
//! Every change stamps what it changed with a new [`Stamp`] (revision + 1, and the tab that
//! made it). A tab keeps two libraries: `base`, as it last read or wrote storage, and `mine`,
//! what it shows. When a `storage` event brings another tab's document (`theirs`), or before
//! writing, the tab calls [`merge`]: for each entry [`decide`] compares the three stamps,
//! takes the other tab's changes where this tab made none, keeps this tab's where the other
//! made none, and where both changed the same thing keeps both (the other tab's version as a
//! new entry) and reports it, so neither tab's work is silently overwritten.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::scenario::Scenario;
use super::stored_scenario::{self, EnvelopeError};
use super::typed_input::{parse_name, InputError, MAX_NAME_CHARS};

pub const FORMAT: &str = "cloudsplit-library";
pub const VERSION: u32 = 2;
/// Where the library lives in localStorage.
pub const STORAGE_KEY: &str = "cloudsplit.library";
/// Where version 1 (the board alone) lived. Read it when [`STORAGE_KEY`] is absent.
pub const LEGACY_STORAGE_KEY: &str = "cloudsplit.current";
/// Browsers give a site about 5 MB; anything far larger was not written by this app.
pub const MAX_LIBRARY_BYTES: usize = 16 * 1024 * 1024;

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
    Name(#[from] InputError),
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
            None => c.edited,
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

    /// Saves unsaved work on the board as a new entry, "<name> (unsaved changes)".
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

    /// A copy of an entry, "<name> (copy)", as a new entry.
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
        let id = self.fresh_id(edit, &[]);
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

    /// "<name> (<label>)", numbered if an entry has it already, cut to fit a name's length.
    fn labelled_name(&self, name: &str, label: &str) -> String {
        let taken = |n: &str| self.entries.values().any(|e| e.scenario.name == n);
        (1..)
            .map(|n| {
                let suffix = if n == 1 {
                    format!(" ({label})")
                } else {
                    format!(" ({label} {n})")
                };
                let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
                let stem: String = name.chars().take(room).collect();
                format!("{}{suffix}", stem.trim_end())
            })
            .find(|candidate| !taken(candidate))
            .unwrap_or_else(|| name.to_owned())
    }
}

// ---------------------------------------------------------------------------------------
// Several tabs.

/// What to do with one entry (or the board) when another tab's library arrives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Nothing new from the other tab: keep this tab's (changed or not).
    KeepMine,
    /// Only the other tab changed it: take theirs (which may be a deletion).
    TakeTheirs,
    /// Both tabs changed it since this tab last synced.
    Conflict,
}

/// `base`: the stamp when this tab last read or wrote storage; `mine`: this tab's stamp now;
/// `theirs`: the stamp in the incoming data. `None` means absent (never there, or deleted).
pub fn decide(base: Option<Stamp>, mine: Option<Stamp>, theirs: Option<Stamp>) -> Decision {
    if mine == theirs || theirs == base {
        Decision::KeepMine
    } else if mine == base {
        Decision::TakeTheirs
    } else {
        Decision::Conflict
    }
}

/// The outcome of [`merge`].
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub library: Library,
    /// The merged library differs from the incoming one: write it back.
    pub write_back: bool,
    /// Changes from the other tab that were taken (the board and the list need redrawing).
    pub took_theirs: bool,
    /// Both tabs changed the same thing; each item says what was done, for a notice.
    pub conflicts: Vec<Conflict>,
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum Conflict {
    #[error(
        "The scenario on the board was also changed in another tab. Your version stays on the \
         board; the other tab's is saved in the library as \u{201c}{kept_as_name}\u{201d}."
    )]
    Board { kept_as: EntryId, kept_as_name: String },
    #[error(
        "The scenario on the board was changed in another tab at the same time as here. The other \
         tab's version is now on the board; yours is saved in the library as \u{201c}{kept_as_name}\u{201d}."
    )]
    BoardReplaced { kept_as: EntryId, kept_as_name: String },
    #[error(
        "\u{201c}{name}\u{201d} was changed in this tab and in another. Your version keeps its \
         place; the other tab's is saved as \u{201c}{kept_as_name}\u{201d}."
    )]
    BothChanged {
        name: String,
        kept_as: EntryId,
        kept_as_name: String,
    },
    #[error(
        "\u{201c}{name}\u{201d} was deleted here but changed in another tab, so it is back in \
         the library."
    )]
    ChangedThere { name: String },
    #[error(
        "\u{201c}{name}\u{201d} was deleted in another tab but changed here, so it stays in the \
         library."
    )]
    ChangedHere { name: String },
}

/// Three-way merge of libraries; see the module notes. Conflicting copies get new ids
/// stamped by `edit`.
pub fn merge(base: &Library, mine: &Library, theirs: &Library, edit: Edit) -> Merged {
    let mut out = Library::default();
    let mut conflicts = Vec::new();
    let mut took_theirs = false;
    let mut copies: Vec<Entry> = Vec::new();

    let stamp = |l: &Library, id: &EntryId| l.entries.get(id).map(|e| e.stamp);
    let mut ids: Vec<&EntryId> = mine.entries.keys().chain(theirs.entries.keys()).collect();
    ids.sort();
    ids.dedup();
    for id in ids {
        let (m, t) = (mine.entries.get(id), theirs.entries.get(id));
        let chosen = match decide(stamp(base, id), stamp(mine, id), stamp(theirs, id)) {
            Decision::KeepMine => m,
            Decision::TakeTheirs => {
                took_theirs = true;
                t
            }
            Decision::Conflict => match (m, t) {
                (Some(m), Some(t)) if m.scenario == t.scenario => Some(m),
                (Some(m), Some(t)) => {
                    copies.push(t.clone());
                    Some(m)
                }
                (None, Some(t)) => {
                    took_theirs = true;
                    conflicts.push(Conflict::ChangedThere {
                        name: t.scenario.name.clone(),
                    });
                    Some(t)
                }
                (Some(m), None) => {
                    conflicts.push(Conflict::ChangedHere {
                        name: m.scenario.name.clone(),
                    });
                    Some(m)
                }
                (None, None) => None,
            },
        };
        if let Some(e) = chosen {
            out.entries.insert(id.clone(), e.clone());
        }
    }

    let current_stamp = |l: &Library| l.current.as_ref().map(|c| c.stamp);
    let mut board_copy = None;
    out.current = match decide(current_stamp(base), current_stamp(mine), current_stamp(theirs)) {
        Decision::KeepMine => mine.current.clone(),
        Decision::TakeTheirs => {
            took_theirs = true;
            // If the other tab settled a conflict over the board, this tab's board is now one
            // of the entries it added: say where it went.
            if let (Some(m), Some(t)) = (&mine.current, &theirs.current) {
                if m.scenario != t.scenario {
                    let moved = out
                        .entries
                        .values()
                        .filter(|e| !mine.entries.contains_key(&e.id))
                        .find(|e| same_but_name(&e.scenario, &m.scenario));
                    if let Some(e) = moved {
                        conflicts.push(Conflict::BoardReplaced {
                            kept_as: e.id.clone(),
                            kept_as_name: e.scenario.name.clone(),
                        });
                    }
                }
            }
            theirs.current.clone()
        }
        Decision::Conflict => {
            if let (Some(m), Some(t)) = (&mine.current, &theirs.current) {
                if m.scenario != t.scenario {
                    board_copy = Some(t.scenario.clone());
                }
            }
            mine.current.clone().or_else(|| theirs.current.clone())
        }
    };

    // The other tab's side of each conflict becomes a new entry.
    for theirs_entry in copies {
        let mut scenario = theirs_entry.scenario;
        let name = scenario.name.clone();
        scenario.name = out.labelled_name(&name, "from another tab");
        let kept_as_name = scenario.name.clone();
        let kept_as = out.insert_copy(scenario, edit, base, mine, theirs);
        conflicts.push(Conflict::BothChanged {
            name,
            kept_as,
            kept_as_name,
        });
    }
    if let Some(mut scenario) = board_copy {
        scenario.name = out.labelled_name(&scenario.name, "from another tab");
        let kept_as_name = scenario.name.clone();
        let kept_as = out.insert_copy(scenario, edit, base, mine, theirs);
        conflicts.push(Conflict::Board {
            kept_as,
            kept_as_name,
        });
    }

    // The board's entry may be gone: then the board is unsaved work.
    if let Some(c) = out.current.as_mut() {
        if c.saved_as
            .as_ref()
            .is_some_and(|id| !out.entries.contains_key(id))
        {
            c.saved_as = None;
            c.edited = true;
        }
    }
    let board_unlinked = out.current != mine.current && out.current != theirs.current;
    if board_unlinked {
        if let Some(c) = out.current.as_mut() {
            c.stamp = c.stamp.next(edit);
        }
    }

    // Unreadable data: keep everything either side has, except what this tab removed.
    let removed_here: Vec<&KeptAside> = base
        .kept_aside
        .iter()
        .filter(|k| !mine.kept_aside.contains(k))
        .collect();
    out.kept_aside = theirs
        .kept_aside
        .iter()
        .filter(|k| !removed_here.contains(k))
        .cloned()
        .collect();
    for k in &mine.kept_aside {
        if !out.kept_aside.contains(k) && !base.kept_aside.contains(k) {
            out.kept_aside.push(k.clone());
        }
    }

    let write_back = out != *theirs;
    Merged {
        library: out,
        write_back,
        took_theirs,
        conflicts,
    }
}

fn same_but_name(a: &Scenario, b: &Scenario) -> bool {
    let mut a = a.clone();
    a.name.clone_from(&b.name);
    a == *b
}

impl Library {
    fn insert_copy(
        &mut self,
        scenario: Scenario,
        edit: Edit,
        base: &Library,
        mine: &Library,
        theirs: &Library,
    ) -> EntryId {
        let id = self.fresh_id(edit, &[base, mine, theirs]);
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
}

// ---------------------------------------------------------------------------------------
// Stored form, loading and migrations.

#[derive(Serialize)]
struct DocumentOut<'a> {
    format: &'a str,
    version: u32,
    current: Option<&'a Current>,
    entries: Vec<&'a Entry>,
    kept_aside: &'a [KeptAside],
}

#[derive(Deserialize)]
struct DocumentIn {
    format: String,
    version: u32,
    #[serde(default)]
    current: Option<serde_json::Value>,
    #[serde(default)]
    entries: Vec<serde_json::Value>,
    #[serde(default)]
    kept_aside: Vec<KeptAside>,
}

/// The whole library as written to storage.
pub fn to_json(library: &Library) -> String {
    let doc = DocumentOut {
        format: FORMAT,
        version: VERSION,
        current: library.current.as_ref(),
        entries: library.entries.values().collect(),
        kept_aside: &library.kept_aside,
    };
    // Plain data with string keys: serialising cannot fail.
    serde_json::to_string(&doc).unwrap_or_default()
}

/// A library read from storage.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub library: Library,
    /// The stored data had this older version and was migrated. Before writing the library
    /// back, keep the old text under a key of its own: a copy of what the older app wrote.
    pub migrated_from: Option<u32>,
    /// Entries that could not be read this time and were moved to `kept_aside`.
    pub newly_kept_aside: usize,
}

/// Why stored data could not be read at all.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum LoadError {
    #[error("The saved library is {bytes} bytes, more than cloudsplit ever writes.")]
    TooLarge { bytes: usize },
    #[error("The saved library is not readable ({0}).")]
    NotJson(String),
    #[error("The saved data is not a cloudsplit library ({0}).")]
    NotOurs(String),
    #[error(
        "The saved library was written by a newer version of cloudsplit (format version {0}). \
         Reload the page to get the latest version; until then it is left exactly as it is."
    )]
    FromTheFuture(u32),
    #[error("The saved library is damaged ({0}).")]
    Damaged(String),
}

/// Stored data that could not be read. `raw` is the text exactly as found: keep it aside and
/// never write over it.
#[derive(Debug, Clone, PartialEq, Error)]
#[error("{reason}")]
pub struct Unreadable {
    pub reason: LoadError,
    pub raw: String,
}

/// Reads what is stored under [`STORAGE_KEY`] (or, when that is absent, under
/// [`LEGACY_STORAGE_KEY`]), migrating older versions. `now` dates what a migration creates.
pub fn load(text: &str, now: Timestamp) -> Result<Loaded, Unreadable> {
    load_inner(text, now).map_err(|reason| Unreadable {
        reason,
        raw: text.to_owned(),
    })
}

fn load_inner(text: &str, now: Timestamp) -> Result<Loaded, LoadError> {
    if text.len() > MAX_LIBRARY_BYTES {
        return Err(LoadError::TooLarge { bytes: text.len() });
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| LoadError::NotJson(e.to_string()))?;
    let (value, migrated_from) = migrate(value, now)?;
    let doc: DocumentIn = serde_json::from_value(value).map_err(|e| LoadError::Damaged(e.to_string()))?;
    debug_assert!(doc.format == FORMAT && doc.version == VERSION);

    let mut library = Library {
        kept_aside: doc.kept_aside,
        ..Library::default()
    };
    let mut newly_kept_aside = 0;
    let mut keep_aside = |library: &mut Library, reason: String, raw: serde_json::Value| {
        library.kept_aside.push(KeptAside { reason, raw });
        newly_kept_aside += 1;
    };
    if let Some(raw) = doc.current.filter(|v| !v.is_null()) {
        match read_current(raw.clone()) {
            Ok(c) => library.current = Some(c),
            Err(why) => keep_aside(
                &mut library,
                format!("The scenario that was on the board could not be read: {why}"),
                raw,
            ),
        }
    }
    for raw in doc.entries {
        match read_entry(raw.clone()) {
            Ok(e) if library.entries.contains_key(&e.id) => keep_aside(
                &mut library,
                format!(
                    "\u{201c}{}\u{201d} has the same id as another scenario.",
                    short(e.name())
                ),
                raw,
            ),
            Ok(e) => {
                library.entries.insert(e.id.clone(), e);
            }
            Err(why) => keep_aside(
                &mut library,
                format!("A saved scenario could not be read: {why}"),
                raw,
            ),
        }
    }
    Ok(Loaded {
        library,
        migrated_from,
        newly_kept_aside,
    })
}

/// Entries and the board hold a scenario object of scenario-envelope version 1.
const SCENARIO_VERSION_IN_V2: u32 = 1;

fn read_scenario(value: serde_json::Value) -> Result<Scenario, String> {
    stored_scenario::scenario_from_value(value, SCENARIO_VERSION_IN_V2).map_err(|e| match e {
        EnvelopeError::Invalid(problem) => problem.to_string(),
        EnvelopeError::Shape(why) | EnvelopeError::NotJson(why) | EnvelopeError::NotOurs(why) => {
            format!("{why}.")
        }
        EnvelopeError::TooLarge(n) => format!("it is {n} bytes."),
        EnvelopeError::FromTheFuture(v) => format!("it has format version {v}."),
    })
}

fn read_entry(mut value: serde_json::Value) -> Result<Entry, String> {
    let scenario = read_scenario(
        value
            .get_mut("scenario")
            .map(serde_json::Value::take)
            .unwrap_or_default(),
    )?;
    #[derive(Deserialize)]
    struct Fields {
        id: EntryId,
        created: Timestamp,
        modified: Timestamp,
        stamp: Stamp,
    }
    let f: Fields = serde_json::from_value(value).map_err(|e| format!("{e}."))?;
    Ok(Entry {
        id: f.id,
        created: f.created,
        modified: f.modified,
        stamp: f.stamp,
        scenario,
    })
}

fn read_current(mut value: serde_json::Value) -> Result<Current, String> {
    let scenario = read_scenario(
        value
            .get_mut("scenario")
            .map(serde_json::Value::take)
            .unwrap_or_default(),
    )?;
    #[derive(Deserialize)]
    struct Fields {
        saved_as: Option<EntryId>,
        edited: bool,
        modified: Timestamp,
        stamp: Stamp,
    }
    let f: Fields = serde_json::from_value(value).map_err(|e| format!("{e}."))?;
    Ok(Current {
        scenario,
        saved_as: f.saved_as,
        edited: f.edited,
        modified: f.modified,
        stamp: f.stamp,
    })
}

fn short(name: &str) -> String {
    if name.chars().count() <= 40 {
        name.to_owned()
    } else {
        format!("{}\u{2026}", name.chars().take(40).collect::<String>())
    }
}

/// Which version a stored document is, from its format name and version number.
fn stored_version(value: &serde_json::Value) -> Result<u32, LoadError> {
    let format = value.get("format").and_then(serde_json::Value::as_str);
    let version = value
        .get("version")
        .and_then(serde_json::Value::as_u64)
        .map(|v| u32::try_from(v).unwrap_or(u32::MAX));
    match (format, version) {
        // Version 1: the board alone, in the scenario envelope.
        (Some(stored_scenario::FORMAT), Some(1)) => Ok(1),
        (Some(stored_scenario::FORMAT), Some(v)) if v > 1 => Err(LoadError::FromTheFuture(v)),
        (Some(FORMAT), Some(v)) if v > VERSION => Err(LoadError::FromTheFuture(v)),
        (Some(FORMAT), Some(v)) if v >= 2 => Ok(v),
        (Some(f), Some(v)) => Err(LoadError::NotOurs(format!(
            "format \u{201c}{}\u{201d}, version {v}",
            short(f)
        ))),
        _ => Err(LoadError::NotOurs("it has no format name and version".to_owned())),
    }
}

type Migration = fn(serde_json::Value, Timestamp) -> Result<serde_json::Value, LoadError>;

/// `MIGRATIONS[i]` turns version `i + 1` into version `i + 2`.
const MIGRATIONS: [Migration; 1] = [v1_to_v2];

fn migrate(
    mut value: serde_json::Value,
    now: Timestamp,
) -> Result<(serde_json::Value, Option<u32>), LoadError> {
    let from = stored_version(&value)?;
    let mut version = from;
    while version < VERSION {
        let step = usize::try_from(version - 1)
            .ok()
            .and_then(|i| MIGRATIONS.get(i))
            .ok_or_else(|| LoadError::NotOurs(format!("version {version}")))?;
        value = step(value, now)?;
        version += 1;
    }
    Ok((value, (from < VERSION).then_some(from)))
}

/// Version 1 (the board alone) -> version 2: a library with that board on it and no entries.
/// The board was never saved by name, so it is unsaved work.
fn v1_to_v2(value: serde_json::Value, now: Timestamp) -> Result<serde_json::Value, LoadError> {
    let scenario = value
        .get("scenario")
        .cloned()
        .ok_or_else(|| LoadError::Damaged("the saved board has no scenario in it".to_owned()))?;
    Ok(serde_json::json!({
        "format": FORMAT,
        "version": 2,
        "current": {
            "scenario": scenario,
            "saved_as": null,
            "edited": true,
            "modified": now.0,
            // The same stamp in every tab that migrates the same data.
            "stamp": { "revision": 1, "tab": 0 },
        },
        "entries": [],
        "kept_aside": [],
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::catalog::WorkloadKind;
    use crate::engine::scenario::Zone;

    const A: TabId = TabId(0xa);
    const B: TabId = TabId(0xb);

    fn at(ms: u64, tab: TabId) -> Edit {
        Edit {
            now: Timestamp(ms),
            tab,
        }
    }

    fn board(name: &str, kinds: &[WorkloadKind]) -> Scenario {
        let mut s = Scenario {
            name: name.into(),
            ..Scenario::default()
        };
        for k in kinds {
            s.add_workload(*k);
        }
        s
    }

    fn names(l: &Library) -> Vec<&str> {
        l.entries().map(Entry::name).collect()
    }

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
        assert_eq!(
            l.save_as("   ", at(7, A)),
            Err(LibraryError::Name(InputError::EmptyName))
        );
        assert!(matches!(
            l.save_as(&"x".repeat(121), at(7, A)),
            Err(LibraryError::Name(InputError::NameTooLong { .. }))
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
        changed.move_to(crate::engine::scenario::WorkloadId(1), Zone::Aws);
        l.autosave(&changed, at(6, A));
        assert!(l.open_unsaved(board("From a file", &[]), at(7, A)).is_some());
        assert_eq!(l.entries().len(), 3);
        assert_eq!(l.entry(&saved).map(|e| e.scenario.workloads.len()), Some(0));
    }

    #[test]
    fn decisions() {
        let s = |revision, tab| Some(Stamp { revision, tab });
        // Nobody changed anything.
        assert_eq!(decide(s(1, A), s(1, A), s(1, A)), Decision::KeepMine);
        // Only I changed it.
        assert_eq!(decide(s(1, A), s(2, A), s(1, A)), Decision::KeepMine);
        // Only they changed it, or deleted it, or created it.
        assert_eq!(decide(s(1, A), s(1, A), s(2, B)), Decision::TakeTheirs);
        assert_eq!(decide(s(1, A), s(1, A), None), Decision::TakeTheirs);
        assert_eq!(decide(None, None, s(1, B)), Decision::TakeTheirs);
        // Both changed it, even to the same revision number.
        assert_eq!(decide(s(1, A), s(2, A), s(2, B)), Decision::Conflict);
        assert_eq!(decide(s(1, A), None, s(2, B)), Decision::Conflict);
        // The incoming data is what I wrote.
        assert_eq!(decide(s(1, A), s(2, A), s(2, A)), Decision::KeepMine);
    }

    /// Two tabs on one library: what tab A holds and what storage holds after B wrote.
    fn two_tabs() -> (Library, Library) {
        let mut l = Library::new();
        l.autosave(&board("Plan", &[WorkloadKind::SupportChatbot]), at(1, A));
        l.save(at(2, A)).expect("saves");
        l.autosave(&board("Other", &[]), at(3, A));
        l.save_as("Other", at(3, A)).expect("saves");
        (l.clone(), l)
    }

    #[test]
    fn merge_takes_theirs_where_only_they_changed() {
        let (base, mine) = two_tabs();
        let mut theirs = base.clone();
        let plan = theirs.entries().next().map(|e| e.id.clone()).expect("entry");
        theirs
            .rename(&plan, "Plan (approved)", at(10, B))
            .expect("renames");
        theirs.autosave(&board("B's board", &[]), at(11, B));
        let m = merge(&base, &mine, &theirs, at(12, A));
        assert_eq!(m.library, theirs);
        assert!(m.took_theirs && !m.write_back && m.conflicts.is_empty());
    }

    #[test]
    fn merge_keeps_mine_and_writes_back_where_only_i_changed() {
        let (base, mut mine) = two_tabs();
        let mut theirs = base.clone();
        let ids: Vec<EntryId> = base.entries().map(|e| e.id.clone()).collect();
        mine.rename(&ids[0], "Mine", at(10, A)).expect("renames");
        theirs.delete(&ids[1], at(10, B)).expect("deletes");
        let m = merge(&base, &mine, &theirs, at(12, A));
        assert_eq!(names(&m.library), ["Mine"]);
        assert!(m.write_back && m.took_theirs && m.conflicts.is_empty());
        // The board was a copy of the deleted entry: now unsaved work, not lost.
        assert!(m.library.has_unsaved_work());
        assert_eq!(m.library.current().and_then(|c| c.saved_as.clone()), None);
    }

    #[test]
    fn merge_keeps_both_sides_of_a_conflict() {
        let (base, mut mine) = two_tabs();
        let mut theirs = base.clone();
        let plan = base.entries().next().map(|e| e.id.clone()).expect("entry");
        mine.rename(&plan, "Plan A", at(10, A)).expect("renames");
        theirs.rename(&plan, "Plan B", at(10, B)).expect("renames");
        mine.autosave(&board("Board A", &[]), at(11, A));
        theirs.autosave(&board("Board B", &[]), at(11, B));
        let m = merge(&base, &mine, &theirs, at(12, A));
        assert_eq!(
            names(&m.library),
            [
                "Plan A",
                "Other",
                "Plan B (from another tab)",
                "Board B (from another tab)"
            ]
        );
        assert_eq!(
            m.library.current().map(|c| c.scenario.name.as_str()),
            Some("Board A")
        );
        assert_eq!(m.conflicts.len(), 2);
        assert!(m.write_back);
        assert!(m.conflicts[0].to_string().contains("Plan B (from another tab)"));

        // Tab B then receives A's write, and ends up with the same library.
        let m_b = merge(&theirs, &theirs, &m.library, at(13, B));
        assert_eq!(m_b.library, m.library);
        assert!(!m_b.write_back);
        assert!(
            matches!(&m_b.conflicts[..], [Conflict::BoardReplaced { kept_as_name, .. }]
            if kept_as_name == "Board B (from another tab)")
        );
    }

    #[test]
    fn merge_never_loses_an_edit_to_a_delete() {
        let (base, mut mine) = two_tabs();
        let mut theirs = base.clone();
        let plan = base.entries().next().map(|e| e.id.clone()).expect("entry");
        mine.delete(&plan, at(10, A)).expect("deletes");
        theirs.rename(&plan, "Plan, revised", at(10, B)).expect("renames");
        let m = merge(&base, &mine, &theirs, at(12, A));
        assert!(m.library.entry(&plan).is_some());
        assert!(matches!(m.conflicts[..], [Conflict::ChangedThere { .. }]));

        let m = merge(&base, &theirs, &mine, at(12, B));
        assert!(m.library.entry(&plan).is_some());
        assert!(matches!(m.conflicts[..], [Conflict::ChangedHere { .. }]));
    }

    #[test]
    fn stored_form_round_trips() {
        let (l, _) = two_tabs();
        let text = to_json(&l);
        assert!(text.starts_with("{\"format\":\"cloudsplit-library\",\"version\":2,"));
        let loaded = load(&text, Timestamp(99)).expect("loads");
        assert_eq!(loaded.library, l);
        assert_eq!((loaded.migrated_from, loaded.newly_kept_aside), (None, 0));
    }

    #[test]
    fn migration_v1_to_v2_puts_the_old_board_on_the_board() {
        let v1 = include_str!("../../tests/fixtures/storage/v1-current.json");
        let loaded = load(v1, Timestamp(1_750_000_000_000)).expect("migrates");
        assert_eq!(loaded.migrated_from, Some(1));
        let c = loaded.library.current().expect("board");
        assert_eq!(c.scenario, stored_scenario::from_json(v1).expect("v1 reads"));
        assert_eq!(c.saved_as, None);
        assert_eq!(c.modified, Timestamp(1_750_000_000_000));
        assert!(loaded.library.has_unsaved_work(), "offered for saving by name");
        assert_eq!(loaded.library.entries().len(), 0);
        // Written back, it is a version 2 document that reads the same without migrating.
        let again = load(&to_json(&loaded.library), Timestamp(5)).expect("loads");
        assert_eq!((again.migrated_from, &again.library), (None, &loaded.library));
    }

    #[test]
    fn every_version_has_a_migration() {
        assert_eq!(MIGRATIONS.len() as u32, VERSION - 1);
    }

    #[test]
    fn unreadable_data_comes_back_whole() {
        for (text, want) in [
            ("{not json", "NotJson"),
            ("[]", "NotOurs"),
            (r#"{"format":"someone-else","version":1}"#, "NotOurs"),
            (
                r#"{"format":"cloudsplit-library","version":3,"entries":[]}"#,
                "FromTheFuture",
            ),
            (
                r#"{"format":"cloudsplit-scenario","version":2,"scenario":{}}"#,
                "FromTheFuture",
            ),
            (
                r#"{"format":"cloudsplit-library","version":2,"entries":{}}"#,
                "Damaged",
            ),
            (r#"{"format":"cloudsplit-scenario","version":1}"#, "Damaged"),
        ] {
            let err = load(text, Timestamp(0)).expect_err(text);
            assert_eq!(err.raw, text, "raw text kept");
            let got = format!("{:?}", err.reason);
            assert!(got.starts_with(want), "{text}: {got}");
        }
    }

    #[test]
    fn one_bad_entry_is_kept_aside_and_written_back_unchanged() {
        let (l, _) = two_tabs();
        let mut doc: serde_json::Value = serde_json::from_str(&to_json(&l)).expect("json");
        doc["entries"][1]["scenario"]["workloads"] = serde_json::json!([{ "id": "??" }]);
        let first = doc["entries"][0].clone();
        if let Some(entries) = doc["entries"].as_array_mut() {
            entries.push(first);
        }
        let bad_entry = doc["entries"][1].clone();
        let text = doc.to_string();
        let loaded = load(&text, Timestamp(0)).expect("the rest loads");
        assert_eq!(loaded.newly_kept_aside, 2);
        assert_eq!(names(&loaded.library), ["Plan"]);
        let kept = loaded.library.kept_aside();
        assert_eq!(kept[0].raw, bad_entry);
        assert!(kept[0].reason.starts_with("A saved scenario could not be read"));
        assert!(kept[1].reason.contains("same id"));

        // Written back and read again, the unreadable entries are still there, unchanged.
        let again = load(&to_json(&loaded.library), Timestamp(0)).expect("loads");
        assert_eq!(again.newly_kept_aside, 0);
        assert_eq!(again.library.kept_aside(), kept);
        let mut l2 = again.library;
        assert_eq!(l2.remove_kept_aside(0).map(|k| k.raw), Some(bad_entry));
        assert_eq!(l2.remove_kept_aside(5), None);
    }

    #[test]
    fn a_board_with_bad_values_is_kept_aside() {
        let mut l = Library::new();
        let mut s = board("Bad", &[WorkloadKind::Embeddings]);
        l.autosave(&s, at(1, A));
        s.workloads[0].data_gb = -1.0;
        l.autosave(&s, at(2, A));
        let loaded = load(&to_json(&l), Timestamp(0)).expect("loads");
        assert!(loaded.library.current().is_none());
        assert_eq!(loaded.newly_kept_aside, 1);
        assert!(loaded.library.kept_aside()[0].reason.contains("data (GB) is -1"));
    }
}
