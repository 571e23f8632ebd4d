//! Several tabs on one library. Every change stamps what it changed with a new [`Stamp`]
//! (revision + 1, and the tab that made it). A tab keeps two libraries: `base`, as it last
//! read or wrote storage, and `mine`, what it shows. When a `storage` event brings another
//! tab's document (`theirs`), and before each write, the tab calls [`merge`]: for each entry
//! and for the board, [`decide`] compares the three stamps, takes the other tab's changes
//! where this tab made none, keeps this tab's where the other made none, and where both
//! changed the same thing keeps both (the other tab's version as a new entry) and reports it,
//! so neither tab's work is silently overwritten.
//!
//! The web layer, on a `storage` event for [`STORAGE_KEY`](super::STORAGE_KEY):
//! 1. `load` the new value; if it is [`Unreadable`](super::Unreadable) (another tab runs a
//!    newer version, say), stop writing and tell the user to reload;
//! 2. `let m = merge(&base, &mine, &theirs, edit)`; show `m.library`, tell the user each of
//!    `m.conflicts`;
//! 3. if `m.write_back`, write `m.library`; `base` becomes what is now stored.

use thiserror::Error;

use super::{Current, Edit, Entry, EntryId, KeptAside, Library, Stamp};
use crate::model::scenario::Scenario;

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
    let mut merging = Merging {
        base,
        mine,
        theirs,
        out: Library::default(),
        took_theirs: false,
        conflicts: Vec::new(),
        their_copies: Vec::new(),
        their_board: None,
    };
    merging.entries();
    merging.board();
    merging.keep_their_versions(edit);
    merging.settle_board_link(edit);
    merging.out.kept_aside = merging.kept_aside();
    merging.finish()
}

/// A merge under way: the three libraries, and what has been decided so far.
struct Merging<'a> {
    base: &'a Library,
    mine: &'a Library,
    theirs: &'a Library,
    out: Library,
    took_theirs: bool,
    conflicts: Vec<Conflict>,
    /// The other tab's side of each entry both tabs changed, to keep as a new entry.
    their_copies: Vec<Entry>,
    /// The other tab's board, when both tabs changed it, to keep as a new entry.
    their_board: Option<Scenario>,
}

impl<'a> Merging<'a> {
    /// Every entry either tab has, in id order.
    fn entries(&mut self) {
        let mut ids: Vec<&EntryId> = self
            .mine
            .entries
            .keys()
            .chain(self.theirs.entries.keys())
            .collect();
        ids.sort();
        ids.dedup();
        for id in ids {
            if let Some(e) = self.entry(id) {
                self.out.entries.insert(id.clone(), e.clone());
            }
        }
    }

    /// The version of one entry to keep; `None` keeps it deleted.
    fn entry(&mut self, id: &EntryId) -> Option<&'a Entry> {
        let stamp = |l: &Library| l.entries.get(id).map(|e| e.stamp);
        let (m, t) = (self.mine.entries.get(id), self.theirs.entries.get(id));
        match decide(stamp(self.base), stamp(self.mine), stamp(self.theirs)) {
            Decision::KeepMine => m,
            Decision::TakeTheirs => {
                self.took_theirs = true;
                t
            }
            Decision::Conflict => self.entry_conflict(m, t),
        }
    }

    /// Both tabs changed the entry: an edit wins over a delete, and of two edits this tab's
    /// keeps its place while the other's is kept aside for a new entry.
    fn entry_conflict(&mut self, m: Option<&'a Entry>, t: Option<&'a Entry>) -> Option<&'a Entry> {
        match (m, t) {
            (Some(m), Some(t)) if m.scenario == t.scenario => Some(m),
            (Some(m), Some(t)) => {
                self.their_copies.push(t.clone());
                Some(m)
            }
            (None, Some(t)) => {
                self.took_theirs = true;
                self.conflicts.push(Conflict::ChangedThere {
                    name: t.scenario.name.clone(),
                });
                Some(t)
            }
            (Some(m), None) => {
                self.conflicts.push(Conflict::ChangedHere {
                    name: m.scenario.name.clone(),
                });
                Some(m)
            }
            (None, None) => None,
        }
    }

    /// The scenario on the board; run after [`Merging::entries`], whose result it reads.
    fn board(&mut self) {
        let stamp = |l: &Library| l.current.as_ref().map(|c| c.stamp);
        self.out.current = match decide(stamp(self.base), stamp(self.mine), stamp(self.theirs)) {
            Decision::KeepMine => self.mine.current.clone(),
            Decision::TakeTheirs => {
                self.took_theirs = true;
                self.note_board_replaced();
                self.theirs.current.clone()
            }
            Decision::Conflict => self.board_conflict(),
        };
    }

    /// If the other tab settled a conflict over the board, this tab's board is now one of
    /// the entries it added: say where it went.
    fn note_board_replaced(&mut self) {
        let (Some(m), Some(t)) = (&self.mine.current, &self.theirs.current) else {
            return;
        };
        if m.scenario == t.scenario {
            return;
        }
        let moved = self
            .out
            .entries
            .values()
            .filter(|e| !self.mine.entries.contains_key(&e.id))
            .find(|e| same_but_name(&e.scenario, &m.scenario));
        if let Some(e) = moved {
            self.conflicts.push(Conflict::BoardReplaced {
                kept_as: e.id.clone(),
                kept_as_name: e.scenario.name.clone(),
            });
        }
    }

    /// Both tabs changed the board: this tab's stays, the other's is kept aside for a new
    /// entry.
    fn board_conflict(&mut self) -> Option<Current> {
        if let (Some(m), Some(t)) = (&self.mine.current, &self.theirs.current) {
            if m.scenario != t.scenario {
                self.their_board = Some(t.scenario.clone());
            }
        }
        self.mine.current.clone().or_else(|| self.theirs.current.clone())
    }

    /// The other tab's side of each conflict becomes a new entry, unless an entry already
    /// holds it (a tab that settled the same conflict first).
    fn keep_their_versions(&mut self, edit: Edit) {
        for theirs_entry in std::mem::take(&mut self.their_copies) {
            let name = theirs_entry.scenario.name.clone();
            let (kept_as, kept_as_name) = self.keep_copy(theirs_entry.scenario, edit);
            self.conflicts.push(Conflict::BothChanged {
                name,
                kept_as,
                kept_as_name,
            });
        }
        if let Some(scenario) = self.their_board.take() {
            let (kept_as, kept_as_name) = self.keep_copy(scenario, edit);
            self.conflicts.push(Conflict::Board {
                kept_as,
                kept_as_name,
            });
        }
    }

    fn keep_copy(&mut self, scenario: Scenario, edit: Edit) -> (EntryId, String) {
        self.out
            .keep_copy(scenario, edit, self.base, self.mine, self.theirs)
    }

    /// The board's entry may be gone: then the board is unsaved work. A board that is now
    /// neither tab's gets a new stamp.
    fn settle_board_link(&mut self, edit: Edit) {
        if let Some(c) = self.out.current.as_mut() {
            if c.saved_as
                .as_ref()
                .is_some_and(|id| !self.out.entries.contains_key(id))
            {
                c.saved_as = None;
                c.edited = true;
            }
        }
        let board_unlinked = self.out.current != self.mine.current && self.out.current != self.theirs.current;
        if board_unlinked {
            if let Some(c) = self.out.current.as_mut() {
                c.stamp = c.stamp.next(edit);
            }
        }
    }

    /// Unreadable data: keep everything either side has, except what this tab removed.
    fn kept_aside(&self) -> Vec<KeptAside> {
        let (base, mine) = (&self.base.kept_aside, &self.mine.kept_aside);
        let removed_here: Vec<&KeptAside> = base.iter().filter(|k| !mine.contains(k)).collect();
        let mut kept: Vec<KeptAside> = self
            .theirs
            .kept_aside
            .iter()
            .filter(|k| !removed_here.contains(k))
            .cloned()
            .collect();
        for k in mine {
            if !kept.contains(k) && !base.contains(k) {
                kept.push(k.clone());
            }
        }
        kept
    }

    fn finish(self) -> Merged {
        let write_back = self.out != *self.theirs;
        Merged {
            library: self.out,
            write_back,
            took_theirs: self.took_theirs,
            conflicts: self.conflicts,
        }
    }
}

pub(super) fn same_but_name(a: &Scenario, b: &Scenario) -> bool {
    let mut a = a.clone();
    a.name.clone_from(&b.name);
    a == *b
}

impl Library {
    /// Keeps the other tab's version as an entry `<name> (from another tab)`, or finds the
    /// entry that already holds it; returns its id and name.
    fn keep_copy(
        &mut self,
        mut scenario: Scenario,
        edit: Edit,
        base: &Library,
        mine: &Library,
        theirs: &Library,
    ) -> (EntryId, String) {
        let labelled = format!("{} (", scenario.name);
        let holds_it = |e: &&Entry| {
            same_but_name(&e.scenario, &scenario)
                && (e.scenario.name == scenario.name || e.scenario.name.starts_with(&labelled))
        };
        if let Some(e) = self.entries.values().find(holds_it) {
            return (e.id.clone(), e.scenario.name.clone());
        }
        scenario.name = self.labelled_name(&scenario.name, "from another tab");
        let name = scenario.name.clone();
        (self.insert_fresh(scenario, edit, &[base, mine, theirs]), name)
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

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
    fn writes_from_the_same_base_merge_against_that_base() {
        // Both tabs start from S1. A adds an entry and writes S3; B, not yet told, changes an
        // entry and writes S2 over it. A, merging S2 against S1 (S2's parent), keeps both.
        let (s1, mut s3) = two_tabs();
        let mut s2 = s1.clone();
        s3.autosave(
            &board("New in A", &[crate::model::catalog::WorkloadKind::Embeddings]),
            at(20, A),
        );
        s3.save_as("New in A", at(20, A)).expect("saves");
        let plan = s1.entries().next().map(|e| e.id.clone()).expect("entry");
        s2.rename(&plan, "Renamed in B", at(21, B)).expect("renames");
        let m = merge(&s1, &s3, &s2, at(22, A));
        let mut got = names(&m.library);
        got.sort_unstable();
        assert_eq!(got, ["New in A", "Other", "Renamed in B"]);
        assert!(m.conflicts.is_empty());
        assert!(m.write_back);
        // Merged against S3 instead (the wrong base), A's new entry would look deleted by B.
        let wrong = merge(&s3, &s3, &s2, at(22, A));
        assert!(!names(&wrong.library).contains(&"New in A"));
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
}
