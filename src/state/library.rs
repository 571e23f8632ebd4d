//! The local library in the app: what this tab shows (`library`), what it last read from
//! or wrote to storage (`base`), and the user's actions on it. Every write first merges with
//! what storage holds now, and other tabs' writes arrive as `storage` events and are merged
//! the same way (`engine::library::merge`), so two tabs never silently overwrite each other.
//! Autosave of the board waits for a short pause in editing, and is flushed when the page is
//! hidden, so a drag or a keystroke never waits for storage.

use std::time::Duration;

use leptos::prelude::*;

use super::AppState;
use crate::engine::library::backup::{self, BackupError};
use crate::engine::library::Timestamp;
use crate::engine::library::{
    self, Deleted, Edit, EntryId, KeptAside, Library, LibraryError, LoadError, Loaded, Revision, TabId,
    Unreadable,
};
use crate::engine::model::scenario::Scenario;
use crate::web::persistence;
use crate::web::storage::{self, Stored};

const AUTOSAVE_PAUSE: Duration = Duration::from_millis(300);
/// Enough for the writes of a few tabs in quick succession.
const SEEN_REVISIONS: usize = 16;

/// Whether this tab writes to storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Persistence {
    Saving,
    /// Nothing is written this session; the reason is shown to the user.
    Off(String),
}

#[derive(Clone, Copy)]
pub struct LibraryState {
    app: AppState,
    pub library: RwSignal<Library>,
    base: StoredValue<Library>,
    /// Documents this tab wrote or merged recently, by revision: the bases of later merges.
    seen: StoredValue<Vec<(Revision, Library)>>,
    writes: StoredValue<u64>,
    tab: TabId,
    pub persistence: RwSignal<Persistence>,
    pending: StoredValue<Option<TimeoutHandle>>,
    /// The board as last changed, until autosave records it.
    unrecorded: StoredValue<Option<Scenario>>,
    /// The last deleted scenario, for "Undo".
    pub deleted: RwSignal<Option<Deleted>>,
    /// Whether the browser keeps this site's storage until the user clears it; `None` when
    /// it cannot say.
    pub persisted: RwSignal<Option<bool>>,
    asked_persistence: StoredValue<bool>,
    /// When the library was last backed up to a file.
    pub last_backup: RwSignal<Option<Timestamp>>,
}

/// What opening the stored library found, for the app to show.
pub struct Opened {
    pub state: LibraryState,
    pub board: Option<Scenario>,
}

impl LibraryState {
    /// Reads the library from storage (migrating and setting aside what it must) and tells
    /// the user about anything unusual.
    pub fn open(app: AppState) -> Opened {
        let tab = TabId((js_sys::Math::random() * 9_007_199_254_740_991.0) as u64);
        let (library, persistence, notice) = read_stored();
        let state = LibraryState {
            app,
            library: RwSignal::new(library.clone()),
            base: StoredValue::new(library.clone()),
            seen: StoredValue::new(Vec::new()),
            writes: StoredValue::new(0),
            tab,
            persistence: RwSignal::new(persistence),
            pending: StoredValue::new(None),
            unrecorded: StoredValue::new(None),
            deleted: RwSignal::new(None),
            persisted: RwSignal::new(None),
            asked_persistence: StoredValue::new(false),
            last_backup: RwSignal::new(
                storage::get(storage::LAST_BACKUP_KEY)
                    .and_then(|t| t.parse::<u64>().ok())
                    .map(Timestamp),
            ),
        };
        leptos::task::spawn_local(async move {
            let p = persistence::is_persisted().await;
            state.persisted.set(p);
        });
        if let Some(text) = notice {
            app.notify(text);
        }
        for k in library.kept_aside() {
            app.notify(format!(
                "{} It is kept in the library's list of unreadable items.",
                k.reason
            ));
        }
        Opened {
            state,
            board: library.current().map(|c| c.scenario.clone()),
        }
    }

    fn edit(&self) -> Edit {
        Edit {
            now: storage::now(),
            tab: self.tab,
        }
    }

    pub fn is_saving(&self) -> bool {
        self.persistence.with_untracked(|p| *p == Persistence::Saving)
    }

    /// Called on every change of the user's own board: records it after a short pause. The
    /// board is kept as it is now, so a link or file opened before the pause ends cannot take
    /// its place.
    pub fn autosave_soon(&self, board: Scenario) {
        self.cancel_pending();
        self.unrecorded.set_value(Some(board));
        self.arm_autosave(0);
    }

    /// Waits out a drag: writing the library takes milliseconds on a large board, which a
    /// drop arriving meanwhile would have to wait for. A drag that never seems to end (a
    /// lost pointer) delays the save by a few seconds at most.
    fn arm_autosave(&self, waited: u32) {
        const MAX_WAITS: u32 = 20;
        let this = *self;
        let handle = set_timeout_with_handle(
            move || {
                if waited < MAX_WAITS && this.app.drag.with_untracked(Option::is_some) {
                    this.arm_autosave(waited + 1);
                } else {
                    this.flush();
                }
            },
            AUTOSAVE_PAUSE,
        )
        .ok();
        self.pending.set_value(handle);
    }

    fn cancel_pending(&self) {
        if let Some(h) = self.pending.try_update_value(Option::take).flatten() {
            h.clear();
        }
    }

    /// Records the board now (page hidden, or before a library action).
    pub fn flush(&self) {
        if self.record_pending() {
            self.persist();
        }
    }

    /// Puts the board's last change into the library (not yet into storage); returns whether
    /// the library changed.
    fn record_pending(&self) -> bool {
        self.cancel_pending();
        let Some(board) = self.unrecorded.try_update_value(Option::take).flatten() else {
            return false;
        };
        // A board the engine rejects would be set aside on the next load; keep the last valid
        // one instead (the headline says what is wrong).
        if board.validate().is_err() {
            return false;
        }
        // A first visit's empty board is nothing to keep.
        if self.library.with_untracked(|l| l.current().is_none()) && board == Scenario::default() {
            return false;
        }
        let edit = self.edit();
        let mut changed = false;
        self.library.update(|l| changed = l.autosave(&board, edit));
        changed
    }

    /// Merges with what storage holds now and writes the result.
    fn persist(&self) {
        if !self.is_saving() {
            return;
        }
        let edit = self.edit();
        let theirs = match storage::read() {
            Ok(Stored::Library(text)) => match library::load(&text, edit.now) {
                Ok(loaded) => Some(loaded),
                Err(unreadable) => {
                    if !self.set_aside_or_stop(unreadable) {
                        return;
                    }
                    None
                }
            },
            // Cleared (or never written): this tab's library is all there is; write it whole.
            Ok(Stored::Nothing | Stored::Legacy(_)) => None,
            Err(e) => {
                self.app
                    .notify(format!("Could not save: {e}. Your work is kept in this tab."));
                return;
            }
        };
        let parent = theirs.as_ref().and_then(|t| t.revision);
        if let Some(theirs) = theirs {
            if !self.take_merge(&theirs, edit) {
                self.synced(theirs.revision, theirs.library);
                return;
            }
        }
        self.write(parent);
    }

    /// Another tab wrote the library.
    pub fn on_storage_event(&self, new_value: Option<String>) {
        // Removed (storage cleared elsewhere): keep this tab's; the next write restores it.
        let Some(text) = new_value else {
            return;
        };
        if !self.is_saving() {
            return;
        }
        // This tab's latest change must take part in the merge, not follow it.
        let recorded = self.record_pending();
        let edit = self.edit();
        let theirs = match library::load(&text, edit.now) {
            Ok(loaded) => loaded,
            Err(unreadable) => {
                if matches!(unreadable.reason, LoadError::FromTheFuture(_)) {
                    self.stop(
                        "Another tab runs a newer version of cloudsplit. Reload this page to continue; \
                         until then this tab saves nothing."
                            .to_owned(),
                    );
                }
                return;
            }
        };
        if self.take_merge(&theirs, edit) || recorded {
            self.write(theirs.revision);
        } else {
            self.synced(theirs.revision, theirs.library);
        }
    }

    /// Writes this tab's library as a new revision based on `parent`.
    fn write(&self, parent: Option<Revision>) {
        let n = self.writes.try_update_value(|n| {
            *n += 1;
            *n
        });
        let revision = Revision {
            tab: self.tab,
            n: n.unwrap_or_default(),
        };
        let mine = self.library.get_untracked();
        match storage::write(&library::to_json_revised(&mine, Some(revision), parent)) {
            Ok(()) => self.synced(Some(revision), mine),
            Err(e) => self.app.notify(format!(
                "Could not save: {e}. Your work is kept in this tab; export it to a file to be safe."
            )),
        }
    }

    /// Storage now holds `library` (revision `revision`): the base of the next merge.
    fn synced(&self, revision: Option<Revision>, library: Library) {
        if let Some(r) = revision {
            self.seen.update_value(|seen| {
                seen.retain(|(x, _)| *x != r);
                seen.push((r, library.clone()));
                if seen.len() > SEEN_REVISIONS {
                    seen.remove(0);
                }
            });
        }
        self.base.set_value(library);
    }

    /// What `theirs` was based on: the document its writer merged with, if this tab knows
    /// it, else the last document this tab read or wrote.
    fn base_for(&self, theirs: &Loaded) -> Library {
        let known = |r: Option<Revision>| {
            r.and_then(|r| {
                self.seen
                    .with_value(|seen| seen.iter().find(|(x, _)| *x == r).map(|(_, l)| l.clone()))
            })
        };
        known(theirs.revision)
            .or_else(|| known(theirs.parent))
            .unwrap_or_else(|| self.base.get_value())
    }

    /// Merges `theirs` into what this tab shows; returns whether the result must be written.
    fn take_merge(&self, theirs: &Loaded, edit: Edit) -> bool {
        let base = self.base_for(theirs);
        let mine = self.library.get_untracked();
        let merged = library::merge(&base, &mine, &theirs.library, edit);
        for c in &merged.conflicts {
            self.app.notify(c.to_string());
        }
        if merged.library != mine {
            let board_before = mine.current().map(|c| &c.scenario);
            let board_after = merged.library.current().map(|c| c.scenario.clone());
            if board_after.as_ref() != board_before && self.app.unsaved_from.with_untracked(Option::is_none) {
                if let Some(s) = board_after {
                    self.app.put(s);
                    self.app.announce("The board was updated from another tab.");
                }
            }
            self.library.set(merged.library);
        }
        merged.write_back
    }

    /// Unreadable data in storage at write time: copy it aside, then write; if it cannot be
    /// copied, stop writing rather than lose it. Returns whether writing may go on.
    fn set_aside_or_stop(&self, unreadable: Unreadable) -> bool {
        if matches!(unreadable.reason, LoadError::FromTheFuture(_)) {
            self.stop(format!("{} This tab will not save over it.", unreadable.reason));
            return false;
        }
        match storage::keep_aside(&unreadable.raw) {
            Some(key) => {
                self.app.notify(format!(
                    "{} It was kept aside under \u{201c}{key}\u{201d} in this browser's storage.",
                    unreadable.reason
                ));
                true
            }
            None => {
                self.stop(format!(
                    "{} It could not be kept aside, so nothing is saved over it.",
                    unreadable.reason
                ));
                false
            }
        }
    }

    fn stop(&self, reason: String) {
        self.app.notify(reason.clone());
        self.persistence.set(Persistence::Off(reason));
    }

    /// Runs a user's library action, then saves. Errors are shown in plain words.
    fn act<T>(&self, action: impl FnOnce(&mut Library, Edit) -> Result<T, LibraryError>) -> Option<T> {
        self.flush();
        let edit = self.edit();
        let mut out = None;
        self.library.update(|l| out = Some(action(l, edit)));
        match out? {
            Ok(v) => {
                self.persist();
                Some(v)
            }
            Err(e) => {
                self.app.notify(e.to_string());
                None
            }
        }
    }

    /// Puts the library's board on screen (after an action changed it).
    fn show_board(&self) {
        let board = self
            .library
            .with_untracked(|l| l.current().map(|c| c.scenario.clone()));
        self.app.unsaved_from.set(None);
        self.app.show(board.unwrap_or_default());
    }

    fn name_of(&self, id: &EntryId) -> String {
        self.library
            .with_untracked(|l| l.entry(id).map(|e| e.name().to_owned()))
            .unwrap_or_default()
    }

    fn say_kept(&self, kept: Option<EntryId>) -> String {
        kept.map(|k| {
            format!(
                " Your unsaved work is in the library as \u{201c}{}\u{201d}.",
                self.name_of(&k)
            )
        })
        .unwrap_or_default()
    }

    /// The first time the user saves, ask the browser to keep storage (it may clear it
    /// otherwise, e.g. under storage pressure).
    fn ask_persistence(&self) {
        if self.asked_persistence.get_value() || self.persisted.get_untracked() == Some(true) {
            return;
        }
        self.asked_persistence.set_value(true);
        let persisted = self.persisted;
        leptos::task::spawn_local(async move {
            if let Some(granted) = persistence::request().await {
                persisted.set(Some(granted));
            }
        });
    }

    pub fn save(&self) {
        self.ask_persistence();
        if let Some(id) = self.act(|l, e| l.save(e)) {
            self.app
                .announce(format!("Saved \u{201c}{}\u{201d}.", self.name_of(&id)));
        }
    }

    pub fn save_as(&self, name: &str) -> bool {
        self.ask_persistence();
        match self.act(|l, e| l.save_as(name, e)) {
            Some(id) => {
                self.show_board();
                self.app
                    .announce(format!("Saved as \u{201c}{}\u{201d}.", self.name_of(&id)));
                true
            }
            None => false,
        }
    }

    pub fn open_entry(&self, id: &EntryId) {
        if let Some(kept) = self.act(|l, e| l.open(id, e)) {
            self.show_board();
            let text = format!(
                "Opened \u{201c}{}\u{201d}.{}",
                self.name_of(id),
                self.say_kept(kept)
            );
            self.app.announce(text);
        }
    }

    pub fn new_scenario(&self) {
        if let Some(kept) = self.act(|l, e| Ok(l.open_unsaved(Scenario::default(), e))) {
            self.show_board();
            self.app.announce(format!("New scenario.{}", self.say_kept(kept)));
        }
    }

    /// "Save to my library" for a scenario opened from a link, a file or a preset: it
    /// becomes the board and a new entry; unsaved work on the board is kept as an entry.
    pub fn keep_opened(&self) {
        self.ask_persistence();
        let scenario = self.app.scenario.get_untracked();
        let kept = self.act(|l, e| Ok(l.open_unsaved(scenario, e))).flatten();
        if let Some(id) = self.act(|l, e| l.save(e)) {
            self.app.unsaved_from.set(None);
            self.app.announce(format!(
                "Saved \u{201c}{}\u{201d} in your library.{}",
                self.name_of(&id),
                self.say_kept(kept)
            ));
        }
    }

    /// Leaves a scenario opened from a link or file and shows the board as it was.
    pub fn back_to_board(&self) {
        self.show_board();
        self.app.announce("Back to your board.");
    }

    pub fn rename(&self, id: &EntryId, name: &str) -> bool {
        let done = self.act(|l, e| l.rename(id, name, e)).is_some();
        if done {
            let board = self
                .library
                .with_untracked(|l| l.current().map(|c| c.scenario.clone()));
            if let Some(b) = board {
                if self.app.unsaved_from.with_untracked(Option::is_none) {
                    self.app.put(b);
                }
            }
            self.app
                .announce(format!("Renamed to \u{201c}{}\u{201d}.", self.name_of(id)));
        }
        done
    }

    pub fn duplicate(&self, id: &EntryId) {
        if let Some(copy) = self.act(|l, e| l.duplicate(id, e)) {
            self.app
                .announce(format!("Duplicated as \u{201c}{}\u{201d}.", self.name_of(&copy)));
        }
    }

    pub fn delete(&self, id: &EntryId) {
        let name = self.name_of(id);
        if let Some(deleted) = self.act(|l, e| l.delete(id, e)) {
            self.deleted.set(Some(deleted));
            self.app.announce(format!(
                "Deleted \u{201c}{name}\u{201d}. Undo is next to the list."
            ));
        }
    }

    pub fn undo_delete(&self) {
        let Some(deleted) = self.deleted.get_untracked() else {
            return;
        };
        let name = deleted.entry.name().to_owned();
        if self.act(|l, e| l.undo_delete(deleted, e)).is_some() {
            self.deleted.set(None);
            self.app
                .announce(format!("\u{201c}{name}\u{201d} is back in the library."));
        }
    }

    /// The whole library (and the other items the app keeps) as one file's text, and its
    /// name; records the time as the last backup.
    pub fn backup(&self) -> (String, String) {
        self.flush();
        let now = storage::now();
        let extras = storage::BACKED_UP_KEYS
            .iter()
            .filter_map(|k| storage::get(k).map(|v| ((*k).to_owned(), v)))
            .collect();
        let text = self.library.with_untracked(|l| backup::export(l, &extras, now));
        let name = backup::file_name(&crate::web::clock::local_date(now));
        let _ = storage::set(storage::LAST_BACKUP_KEY, &now.0.to_string());
        self.last_backup.set(Some(now));
        (name, text)
    }

    /// Restores a backup file: adds its scenarios, keeping both where one differs. A file
    /// that cannot be read changes nothing.
    pub fn restore(&self, file_name: &str, text: &str) -> Result<String, BackupError> {
        let contents = backup::read(text, storage::now())?;
        let report = self.act(|l, e| Ok(l.restore(&contents, e))).unwrap_or_default();
        let mut message = format!("{file_name}: {}", report.summary());
        for (key, value) in &contents.extras {
            if !storage::BACKED_UP_KEYS.contains(&key.as_str()) {
                continue;
            }
            let is_price_book = key == crate::web::price_book_storage::KEY;
            let book = if is_price_book {
                match crate::engine::io::price_book::stored::from_json(value) {
                    Ok(book) => Some(book),
                    Err(_) => {
                        message.push_str(
                            " The backup's private price book could not be read and was not applied.",
                        );
                        continue;
                    }
                }
            } else {
                None
            };
            match storage::get(key) {
                None => {
                    if storage::set(key, value).is_ok() && book.is_some() {
                        self.app.price_book.set(book);
                        message.push_str(" Its private price book was restored.");
                    }
                }
                Some(here) if here == *value => {}
                Some(_) => message.push_str(&format!(
                    " This browser already has its own {}, so the backup's was not applied.",
                    kept_item_name(key)
                )),
            }
        }
        if let Some(from) = contents.migrated_from {
            message.push_str(&format!(" (The file was {from}; it was read as a backup.)"));
        }
        Ok(message)
    }

    /// The library holds work changed since its last backup (or never backed up).
    pub fn needs_backup(&self) -> bool {
        let last = self.last_backup.get();
        self.library
            .with(|l| l.last_change())
            .is_some_and(|changed| last.is_none_or(|b| changed > b))
    }

    /// Discards an unreadable item, found by what it holds rather than where it was listed:
    /// a merge from another tab may have moved it since. Identical items are
    /// interchangeable, so the first one goes.
    pub fn discard_kept_aside(&self, item: &KeptAside) {
        self.act(|l, _| {
            let at = l.kept_aside().iter().position(|k| k == item);
            Ok(at.and_then(|i| l.remove_kept_aside(i)))
        });
    }
}

/// The library from storage: (library, persistence, notice for the user).
fn read_stored() -> (Library, Persistence, Option<String>) {
    let now = storage::now();
    let unavailable = || {
        let text = "This browser does not let cloudsplit save (storage is disabled or unavailable). You can \
                    work as usual, but your work is kept only until you close the tab; export it to a file \
                    to keep it."
            .to_owned();
        (Library::new(), Persistence::Off(text.clone()), Some(text))
    };
    let (text, legacy) = match storage::read() {
        Err(_) => return unavailable(),
        Ok(Stored::Nothing) => return (Library::new(), Persistence::Saving, None),
        Ok(Stored::Library(t)) => (t, false),
        Ok(Stored::Legacy(t)) => (t, true),
    };
    match library::load(&text, now) {
        Ok(loaded) => {
            if legacy {
                // Written as a library first; only then is the old key retired.
                if storage::write(&library::to_json(&loaded.library)).is_ok() {
                    storage::retire_legacy(&text);
                }
            }
            (loaded.library, Persistence::Saving, None)
        }
        Err(unreadable) if matches!(unreadable.reason, LoadError::FromTheFuture(_)) => {
            let text = format!("{} This tab saves nothing until then.", unreadable.reason);
            (Library::new(), Persistence::Off(text.clone()), Some(text))
        }
        Err(unreadable) => match storage::keep_aside(&unreadable.raw) {
            Some(key) => (
                {
                    // The copy is safe: start the new library in place of the original.
                    let fresh = Library::new();
                    let _ = storage::write(&library::to_json(&fresh));
                    fresh
                },
                Persistence::Saving,
                Some(format!(
                    "Your saved scenarios could not be opened ({}). They were kept aside in this browser's \
                     storage under \u{201c}{key}\u{201d} and a new library was started.",
                    unreadable.reason
                )),
            ),
            None => {
                let text = format!(
                    "Your saved scenarios could not be opened ({}) and could not be moved aside, so this \
                     session will not save over them. Changes are kept only until you close the tab.",
                    unreadable.reason
                );
                (Library::new(), Persistence::Off(text.clone()), Some(text))
            }
        },
    }
}

/// Words for a stored item other than scenarios.
fn kept_item_name(key: &str) -> &'static str {
    if key.contains("price") {
        "private price book"
    } else {
        "settings"
    }
}

/// The library from context, provided by `App`. A component mounted outside `App` panics here
/// rather than showing a library that saves nowhere.
#[track_caller]
pub fn use_library_state() -> LibraryState {
    expect_context::<LibraryState>()
}

/// Where the board stands against the library, for the scenario bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveStatus {
    /// Opened from a link, file or preset and not kept.
    Opened,
    /// A scenario never saved by name.
    NotInLibrary,
    /// The same as its library entry.
    Saved,
    /// Changed since it was saved (the changes are kept on the board).
    Changed,
    Off,
}

impl SaveStatus {
    pub fn text(&self) -> &'static str {
        match self {
            SaveStatus::Opened => "Not saved: opened for viewing",
            SaveStatus::NotInLibrary => "Not in your library yet",
            SaveStatus::Saved => "Saved in this browser",
            SaveStatus::Changed => "Changed since saved",
            SaveStatus::Off => "Not saved: this browser's storage is off",
        }
    }
}

impl LibraryState {
    pub fn status(&self) -> SaveStatus {
        if self.app.unsaved_from.with(Option::is_some) {
            return SaveStatus::Opened;
        }
        if self.persistence.with(|p| *p != Persistence::Saving) {
            return SaveStatus::Off;
        }
        self.library.with(|l| {
            let entry = l
                .current()
                .and_then(|c| c.saved_as.as_ref())
                .and_then(|id| l.entry(id));
            match entry {
                None => SaveStatus::NotInLibrary,
                Some(e) if self.app.scenario.with(|s| *s == e.scenario) => SaveStatus::Saved,
                Some(_) => SaveStatus::Changed,
            }
        })
    }

    /// The library entry the board is a working copy of.
    pub fn board_entry(&self) -> Option<EntryId> {
        self.library
            .with(|l| l.current().and_then(|c| c.saved_as.clone()))
    }
}
