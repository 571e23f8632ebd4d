//! The library as stored: one JSON document under [`STORAGE_KEY`],
//! `{"format":"cloudsplit-library","version":2,"current":…,"entries":[…],"kept_aside":[…]}`,
//! each scenario in it the `"scenario"` object of a scenario file. Versions:
//! 1. the board alone, in the scenario envelope under [`LEGACY_STORAGE_KEY`] (before the library);
//! 2. this library.
//!
//! [`load`] migrates older versions step by step; each step has its own test. Data that
//! cannot be read is never dropped: a document that cannot be read at all comes back in
//! [`Unreadable`] with its raw text (keep it aside; do not write over it), and a single
//! entry that cannot be read is moved to [`Library::kept_aside`] and written back as it was.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::{Current, Entry, EntryId, KeptAside, Library, Stamp, TabId, Timestamp};
use crate::io::stored_scenario::{self, EnvelopeError};
use crate::model::scenario::Scenario;

pub const FORMAT: &str = "cloudsplit-library";
pub const VERSION: u32 = 2;
/// Where the library lives in localStorage.
pub const STORAGE_KEY: &str = "cloudsplit.library";
/// Where version 1 (the board alone) lived. Read it when [`STORAGE_KEY`] is absent.
pub const LEGACY_STORAGE_KEY: &str = "cloudsplit.current";
/// Browsers give a site about 5 MB; anything far larger was not written by this app.
pub const MAX_LIBRARY_BYTES: usize = 16 * 1024 * 1024;

/// Which write of the document this is: the tab that wrote it and that tab's count of
/// writes. With `parent` (the revision the writer had merged with), a tab can tell which
/// document another tab's write was based on, and merge against that, even when two tabs
/// wrote at nearly the same time and one write replaced the other in storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Revision {
    pub tab: TabId,
    pub n: u64,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    format: &'a str,
    version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    revision: Option<Revision>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<Revision>,
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
    #[serde(default)]
    revision: Option<Revision>,
    #[serde(default)]
    parent: Option<Revision>,
}

/// The whole library as written to storage, without revisions (a single writer).
pub fn to_json(library: &Library) -> String {
    to_json_revised(library, None, None)
}

/// The whole library as written to storage by a tab: this write's revision, and the revision
/// of the stored document it was merged with.
pub fn to_json_revised(library: &Library, revision: Option<Revision>, parent: Option<Revision>) -> String {
    let doc = DocumentOut {
        format: FORMAT,
        version: VERSION,
        revision,
        parent,
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
    /// This document's revision and the one it was based on, if the writer gave them.
    pub revision: Option<Revision>,
    pub parent: Option<Revision>,
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
        revision: doc.revision,
        parent: doc.parent,
    })
}

/// Entries and the board hold a scenario object of scenario-envelope version 1.
const SCENARIO_VERSION_IN_V2: u32 = 1;

pub(super) fn read_scenario(value: serde_json::Value) -> Result<Scenario, String> {
    stored_scenario::scenario_from_value(value, SCENARIO_VERSION_IN_V2).map_err(|e| match e {
        EnvelopeError::Invalid(problem) => problem.to_string(),
        EnvelopeError::Shape(why) | EnvelopeError::NotJson(why) | EnvelopeError::NotOurs(why) => {
            format!("{why}.")
        }
        EnvelopeError::TooLarge(n) => format!("it is {n} bytes."),
        EnvelopeError::FromTheFuture(v) => format!("it has format version {v}."),
    })
}

/// Moves the `scenario` member out, leaving the entry's own fields to deserialise.
fn take_scenario(value: &mut serde_json::Value) -> serde_json::Value {
    value
        .get_mut("scenario")
        .map(serde_json::Value::take)
        .unwrap_or_default()
}

fn read_entry(mut value: serde_json::Value) -> Result<Entry, String> {
    let scenario = read_scenario(take_scenario(&mut value))?;
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
    let scenario = read_scenario(take_scenario(&mut value))?;
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
    use super::super::test_support::*;
    use super::*;
    use crate::model::catalog::WorkloadKind;

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
        let v1 = include_str!("../../../tests/fixtures/storage/v1-current.json");
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
    fn revisions_round_trip_and_older_documents_have_none() {
        let (l, _) = two_tabs();
        let rev = Revision { tab: B, n: 7 };
        let parent = Revision { tab: A, n: 3 };
        let loaded = load(&to_json_revised(&l, Some(rev), Some(parent)), Timestamp(0)).expect("loads");
        assert_eq!((loaded.revision, loaded.parent), (Some(rev), Some(parent)));
        assert_eq!(loaded.library, l);
        let plain = load(&to_json(&l), Timestamp(0)).expect("loads");
        assert_eq!((plain.revision, plain.parent), (None, None));
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
        assert!(loaded.library.kept_aside()[0]
            .reason
            .contains("Data (GB) cannot be negative"));
    }
}
