//! A one-file backup of the whole library: every saved scenario, the board, and the other
//! things the app keeps in this browser (the private price book, settings) as the raw text
//! they are stored as. Restoring merges by scenario and never replaces one that differs: the
//! backup's version is kept beside it.
//!
//! Versions this reads: the backup file (`cloudsplit-backup` 1); and, as older forms of it,
//! the library document itself (`cloudsplit-library`, migrated like stored data) and a single
//! scenario file (`cloudsplit-scenario`). A file that is damaged anywhere is refused whole.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::storage::{self, read_scenario};
use super::sync::same_but_name;
use super::{is_labelled_copy, Edit, Entry, EntryId, Library, Stamp, Timestamp};
use crate::io::stored_scenario;
use crate::model::scenario::Scenario;

pub const FORMAT: &str = "cloudsplit-backup";
pub const VERSION: u32 = 1;
/// Far more than a browser's storage for a site holds.
pub const MAX_BACKUP_BYTES: usize = 32 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Error)]
pub enum BackupError {
    #[error("The file is {0} bytes, larger than any cloudsplit backup.")]
    TooLarge(usize),
    #[error("The file is not readable JSON ({0}).")]
    NotJson(String),
    #[error("The file is not a cloudsplit backup ({0}).")]
    NotOurs(String),
    #[error("The backup was made by a newer version of cloudsplit (format version {0}). Reload the page to get the latest version, then restore it.")]
    FromTheFuture(u32),
    #[error("The backup is damaged: {0} Nothing was restored.")]
    Damaged(String),
}

/// One saved scenario in a backup.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedScenario {
    pub id: EntryId,
    pub created: Timestamp,
    pub modified: Timestamp,
    pub scenario: Scenario,
}

/// What a backup file holds, read and checked.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Contents {
    pub exported: Option<Timestamp>,
    pub entries: Vec<SavedScenario>,
    /// The board, if it held work that is in no entry.
    pub board: Option<Scenario>,
    /// Other stored items by storage key, as their raw text.
    pub extras: BTreeMap<String, String>,
    /// Read from an older form (library document or scenario file) and migrated.
    pub migrated_from: Option<&'static str>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'a str,
    version: u32,
    exported: Timestamp,
    board: Option<&'a Scenario>,
    entries: Vec<EntryOut<'a>>,
    extras: &'a BTreeMap<String, String>,
}

#[derive(Serialize)]
struct EntryOut<'a> {
    id: &'a EntryId,
    created: Timestamp,
    modified: Timestamp,
    scenario: &'a Scenario,
}

#[derive(Deserialize)]
struct FileIn {
    #[serde(default)]
    exported: Option<Timestamp>,
    #[serde(default)]
    board: Option<serde_json::Value>,
    #[serde(default)]
    entries: Vec<serde_json::Value>,
    #[serde(default)]
    extras: BTreeMap<String, String>,
}

/// The backup file's text (pretty-printed, so it reads in an editor).
pub fn export(library: &Library, extras: &BTreeMap<String, String>, now: Timestamp) -> String {
    let board = library
        .has_unsaved_work()
        .then(|| library.current().map(|c| &c.scenario))
        .flatten();
    let file = FileOut {
        format: FORMAT,
        version: VERSION,
        exported: now,
        board,
        entries: library
            .entries()
            .map(|e| EntryOut {
                id: &e.id,
                created: e.created,
                modified: e.modified,
                scenario: &e.scenario,
            })
            .collect(),
        extras,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// `cloudsplit-backup-2026-11-22.json`
pub fn file_name(date: &str) -> String {
    format!("cloudsplit-backup-{date}.json")
}

/// Reads a backup (or an older form of one). Everything is checked before anything is
/// returned, so a damaged file changes nothing.
pub fn read(text: &str, now: Timestamp) -> Result<Contents, BackupError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge(text.len()));
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| BackupError::NotJson(e.to_string()))?;
    let format = value.get("format").and_then(serde_json::Value::as_str);
    let version = value.get("version").and_then(serde_json::Value::as_u64);
    match (format, version) {
        (Some(FORMAT), Some(v)) if v > u64::from(VERSION) => {
            Err(BackupError::FromTheFuture(u32::try_from(v).unwrap_or(u32::MAX)))
        }
        (Some(FORMAT), Some(1)) => read_v1(value),
        (Some(storage::FORMAT), _) => from_library_document(text, now),
        (Some(stored_scenario::FORMAT), _) => from_scenario_file(text),
        (Some(f), _) => Err(BackupError::NotOurs(format!(
            "its format is \u{201c}{}\u{201d}",
            f.chars().take(40).collect::<String>()
        ))),
        (None, _) => Err(BackupError::NotOurs("it has no format name".to_owned())),
    }
}

fn read_v1(value: serde_json::Value) -> Result<Contents, BackupError> {
    let file: FileIn = serde_json::from_value(value).map_err(|e| BackupError::Damaged(format!("{e}.")))?;
    let mut entries = Vec::with_capacity(file.entries.len());
    for (i, mut raw) in file.entries.into_iter().enumerate() {
        let scenario_value = raw
            .get_mut("scenario")
            .map(serde_json::Value::take)
            .unwrap_or_default();
        let scenario = read_scenario(scenario_value)
            .map_err(|why| BackupError::Damaged(format!("saved scenario {} cannot be read: {why}", i + 1)))?;
        #[derive(Deserialize)]
        struct Fields {
            id: EntryId,
            created: Timestamp,
            modified: Timestamp,
        }
        let f: Fields = serde_json::from_value(raw)
            .map_err(|e| BackupError::Damaged(format!("saved scenario {} cannot be read: {e}.", i + 1)))?;
        entries.push(SavedScenario {
            id: f.id,
            created: f.created,
            modified: f.modified,
            scenario,
        });
    }
    let board = match file.board.filter(|b| !b.is_null()) {
        Some(b) => Some(
            read_scenario(b)
                .map_err(|why| BackupError::Damaged(format!("the board cannot be read: {why}")))?,
        ),
        None => None,
    };
    Ok(Contents {
        exported: file.exported,
        entries,
        board,
        extras: file.extras,
        migrated_from: None,
    })
}

fn from_library_document(text: &str, now: Timestamp) -> Result<Contents, BackupError> {
    let loaded = storage::load(text, now).map_err(|u| match u.reason {
        storage::LoadError::FromTheFuture(v) => BackupError::FromTheFuture(v),
        other => BackupError::Damaged(other.to_string()),
    })?;
    if loaded.newly_kept_aside > 0 {
        return Err(BackupError::Damaged(format!(
            "{} of its scenarios cannot be read.",
            loaded.newly_kept_aside
        )));
    }
    let library = loaded.library;
    Ok(Contents {
        exported: None,
        entries: library
            .entries()
            .map(|e| SavedScenario {
                id: e.id.clone(),
                created: e.created,
                modified: e.modified,
                scenario: e.scenario.clone(),
            })
            .collect(),
        board: library
            .has_unsaved_work()
            .then(|| library.current().map(|c| c.scenario.clone()))
            .flatten(),
        extras: BTreeMap::new(),
        migrated_from: Some("a saved library"),
    })
}

fn from_scenario_file(text: &str) -> Result<Contents, BackupError> {
    let scenario = crate::io::scenario_file::import_text(text).map_err(|e| match e {
        crate::io::scenario_file::FileError::NewerVersion(v) => BackupError::FromTheFuture(v),
        other => BackupError::Damaged(other.to_string()),
    })?;
    Ok(Contents {
        board: Some(scenario),
        migrated_from: Some("a scenario file"),
        ..Contents::default()
    })
}

/// What a restore did, for the message to the user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RestoreReport {
    /// Added under their own names.
    pub added: Vec<String>,
    /// Already in the library, exactly.
    pub already_here: Vec<String>,
    /// (name in the library, name the backup's different version was kept as).
    pub kept_both: Vec<(String, String)>,
}

impl RestoreReport {
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        match self.added.len() {
            0 => {}
            1 => parts.push(format!("Restored \u{201c}{}\u{201d}.", self.added[0])),
            n => parts.push(format!("Restored {n} scenarios.")),
        }
        match self.already_here.len() {
            0 => {}
            1 => parts.push(format!(
                "\u{201c}{}\u{201d} was already here.",
                self.already_here[0]
            )),
            n => parts.push(format!("{n} were already here.")),
        }
        for (here, kept_as) in &self.kept_both {
            parts.push(format!(
                "\u{201c}{here}\u{201d} differs from the backup's, so both are kept: the backup's is \u{201c}{kept_as}\u{201d}."
            ));
        }
        if parts.is_empty() {
            "The backup holds no scenarios.".to_owned()
        } else {
            parts.join(" ")
        }
    }
}

impl Library {
    /// Adds the backup's scenarios: what is already here exactly is skipped, what differs
    /// from a scenario of the same name or id is kept beside it, the rest is added as it
    /// was. The board and the library's own scenarios are never changed.
    pub fn restore(&mut self, contents: &Contents, edit: Edit) -> RestoreReport {
        let mut report = RestoreReport::default();
        let board = contents.board.as_ref().map(|s| SavedScenario {
            id: EntryId(String::new()),
            created: edit.now,
            modified: edit.now,
            scenario: s.clone(),
        });
        for saved in contents.entries.iter().chain(board.as_ref()) {
            let s = &saved.scenario;
            // Here already: exactly, or as the copy an earlier restore kept beside its namesake
            // (whose name may have been cut to make room for the label).
            let here = self.entries.values().find(|e| {
                e.scenario == *s
                    || (is_labelled_copy(&e.scenario.name, &s.name, "from backup")
                        && same_but_name(&e.scenario, s))
            });
            if let Some(e) = here {
                report.already_here.push(e.scenario.name.clone());
                continue;
            }
            let clash = self
                .entries
                .values()
                .find(|e| e.scenario.name == s.name || e.id == saved.id)
                .map(|e| e.scenario.name.clone());
            let mut scenario = s.clone();
            if let Some(here) = &clash {
                scenario.name = self.labelled_name(&s.name, "from backup");
                report.kept_both.push((here.clone(), scenario.name.clone()));
            } else {
                report.added.push(scenario.name.clone());
            }
            let id = if saved.id.0.is_empty() || self.entries.contains_key(&saved.id) {
                self.fresh_id(edit, &[])
            } else {
                saved.id.clone()
            };
            self.entries.insert(
                id.clone(),
                Entry {
                    id,
                    created: saved.created,
                    modified: saved.modified.max(saved.created),
                    stamp: Stamp::first(edit),
                    scenario,
                },
            );
        }
        report
    }

    /// The latest change to anything kept: a backup made before it misses something.
    pub fn last_change(&self) -> Option<Timestamp> {
        let entries = self.entries.values().map(|e| e.modified);
        let board = self
            .has_unsaved_work()
            .then(|| self.current.as_ref().map(|c| c.modified))
            .flatten();
        entries.chain(board).max()
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::model::catalog::WorkloadKind;

    fn two_saved() -> Library {
        let mut l = Library::new();
        l.autosave(&board("Alpha", &[WorkloadKind::SupportChatbot]), at(1, A));
        l.save(at(2, A)).expect("saves");
        l.autosave(&board("Beta", &[WorkloadKind::FrontierAgentTeam]), at(3, A));
        l.save_as("Beta", at(4, A)).expect("saves");
        l
    }

    #[test]
    fn backup_then_restore_into_an_empty_library_gives_every_scenario_back() {
        let l = two_saved();
        let mut extras = BTreeMap::new();
        extras.insert("cloudsplit.price-book".to_owned(), "{\"x\":1}".to_owned());
        let text = export(&l, &extras, Timestamp(10));
        let contents = read(&text, Timestamp(11)).expect("reads");
        assert_eq!(contents.extras, extras);
        assert_eq!(contents.exported, Some(Timestamp(10)));
        let mut fresh = Library::new();
        let report = fresh.restore(&contents, at(12, B));
        assert_eq!(report.added, ["Alpha", "Beta"]);
        let mut got: Vec<_> = fresh.entries().map(|e| (&e.id, &e.scenario)).collect();
        let mut want: Vec<_> = l.entries().map(|e| (&e.id, &e.scenario)).collect();
        got.sort_by_key(|x| x.0);
        want.sort_by_key(|x| x.0);
        assert_eq!(got, want, "same ids and scenarios");
        // Restoring again changes nothing.
        let again = fresh.restore(&contents, at(13, B));
        assert_eq!(again.already_here, ["Alpha", "Beta"]);
        assert_eq!(fresh.entries().len(), 2);
    }

    #[test]
    fn a_different_scenario_of_the_same_name_is_kept_beside_it() {
        let backup = read(
            &export(&two_saved(), &BTreeMap::new(), Timestamp(5)),
            Timestamp(6),
        )
        .expect("reads");
        let mut other = Library::new();
        other.autosave(&board("Alpha", &[WorkloadKind::Embeddings]), at(7, B));
        other.save(at(7, B)).expect("saves");
        let report = other.restore(&backup, at(8, B));
        assert_eq!(
            report.kept_both,
            [("Alpha".to_owned(), "Alpha (from backup)".to_owned())]
        );
        assert_eq!(report.added, ["Beta"]);
        let mut names = names(&other);
        names.sort_unstable();
        assert_eq!(names, ["Alpha", "Alpha (from backup)", "Beta"]);
        let own = other.entries().find(|e| e.name() == "Alpha").expect("own");
        assert_eq!(
            own.scenario.workloads[0].kind,
            WorkloadKind::Embeddings,
            "own one untouched"
        );
        assert!(report.summary().contains("both are kept"));
        let again = other.restore(&backup, at(9, B));
        assert_eq!(again.already_here, ["Alpha (from backup)", "Beta"]);
        assert_eq!(other.entries().len(), 3);
    }

    #[test]
    fn unsaved_work_on_the_board_travels_in_the_backup() {
        let mut l = two_saved();
        l.autosave(&board("Scratch", &[WorkloadKind::Classification]), at(9, A));
        let contents = read(&export(&l, &BTreeMap::new(), Timestamp(10)), Timestamp(10)).expect("reads");
        assert_eq!(contents.board.as_ref().map(|b| b.name.as_str()), Some("Scratch"));
        let mut fresh = Library::new();
        let report = fresh.restore(&contents, at(11, B));
        assert_eq!(report.added, ["Alpha", "Beta", "Scratch"]);
    }

    #[test]
    fn older_forms_are_migrated() {
        let l = two_saved();
        let from_doc = read(&storage::to_json(&l), Timestamp(1)).expect("library document");
        assert_eq!(from_doc.migrated_from, Some("a saved library"));
        assert_eq!(from_doc.entries.len(), 2);
        let v1 = include_str!("../../../tests/fixtures/storage/v1-current.json");
        let from_v1 = read(v1, Timestamp(1)).expect("version 1 board");
        assert!(from_v1.board.is_some());
        // Made before the framework's questions: the organisation opens with neutral answers.
        let org = from_v1.board.as_ref().map(|b| b.org.clone());
        assert!(org.is_some_and(|o| o.early_access == Default::default()
            && o.multi_cloud_expertise == Default::default()
            && o.azure_commitment == Default::default()));
        // Made before currencies: amounts show in US dollars, as they did.
        assert_eq!(
            from_v1.board.as_ref().map(|b| b.currency.clone()),
            Some(crate::model::currency::Currency::usd())
        );
        let file = crate::io::scenario_file::export(&board("One", &[WorkloadKind::Embeddings]));
        let from_file = read(&file, Timestamp(1)).expect("scenario file");
        assert_eq!(from_file.migrated_from, Some("a scenario file"));
    }

    #[test]
    fn damaged_foreign_and_future_files_are_refused_whole() {
        let mut doc: serde_json::Value =
            serde_json::from_str(&export(&two_saved(), &BTreeMap::new(), Timestamp(1))).expect("json");
        doc["entries"][1]["scenario"]["workloads"][0]["monthly_volume"] = serde_json::json!(-5);
        assert!(
            matches!(read(&doc.to_string(), Timestamp(1)), Err(BackupError::Damaged(m)) if m.contains("saved scenario 2"))
        );
        assert!(matches!(read("{", Timestamp(1)), Err(BackupError::NotJson(_))));
        assert!(matches!(
            read("{\"format\":\"x\"}", Timestamp(1)),
            Err(BackupError::NotOurs(_))
        ));
        assert!(matches!(read("[1]", Timestamp(1)), Err(BackupError::NotOurs(_))));
        assert_eq!(
            read("{\"format\":\"cloudsplit-backup\",\"version\":9}", Timestamp(1)),
            Err(BackupError::FromTheFuture(9))
        );
        let huge = " ".repeat(MAX_BACKUP_BYTES + 1);
        assert_eq!(
            read(&huge, Timestamp(1)),
            Err(BackupError::TooLarge(MAX_BACKUP_BYTES + 1))
        );
    }

    #[test]
    fn last_change_is_the_newest_entry_or_unsaved_board() {
        let mut l = two_saved();
        assert_eq!(l.last_change(), Some(Timestamp(4)));
        l.autosave(&board("Scratch", &[WorkloadKind::Classification]), at(9, A));
        assert_eq!(l.last_change(), Some(Timestamp(9)));
        assert_eq!(Library::new().last_change(), None);
    }
}
