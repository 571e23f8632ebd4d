//! Presets: ready-made scenarios that open in one click in a workshop. Each preset is an
//! ordinary scenario file (the "Export file" format) served next to the app in `presets/`,
//! listed in `presets/index.json`:
//!
//! ```json
//! { "format": "cloudsplit-presets", "version": 1,
//!   "presets": [ { "file": "my-board.cloudsplit.json", "title": "…", "description": "…" } ] }
//! ```
//!
//! An IT team adds its own by dropping a file there and adding a line to the list. Both the
//! list and the files are untrusted: a file name may only name a file in that folder (so a
//! list cannot make the app fetch anything else), and a preset opens through the same
//! checks as an imported file.

use serde::Deserialize;
use thiserror::Error;

use crate::io::scenario_file::{self, FileError};
use crate::model::scenario::Scenario;

pub const FOLDER: &str = "presets/";
pub const MANIFEST: &str = "presets/index.json";
pub const FORMAT: &str = "cloudsplit-presets";
pub const VERSION: u32 = 1;
pub const MAX_MANIFEST_BYTES: usize = 64 * 1024;
pub const MAX_PRESETS: usize = 40;
const MAX_FILE_NAME_CHARS: usize = 100;
const MAX_TITLE_CHARS: usize = 80;
const MAX_DESCRIPTION_CHARS: usize = 240;

/// One preset as the menu shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preset {
    /// A file name in the presets folder.
    pub file: String,
    pub title: String,
    pub description: String,
}

impl Preset {
    /// The address to fetch, relative to the page, so the app works under any sub-path.
    pub fn url(&self) -> String {
        format!("{FOLDER}{}", self.file)
    }
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum ManifestError {
    #[error("the preset list is too large ({0} bytes)")]
    TooLarge(usize),
    #[error("the preset list is not valid JSON ({0})")]
    NotJson(String),
    #[error("the preset list is not a cloudsplit preset list ({0})")]
    NotOurs(String),
    #[error("the preset list comes from a newer version of cloudsplit (format version {0})")]
    NewerVersion(u32),
    #[error("the preset list names more than {MAX_PRESETS} presets")]
    TooMany,
    #[error("preset {index} in the list: {why}")]
    BadEntry { index: usize, why: String },
}

#[derive(Deserialize)]
struct ManifestIn {
    format: String,
    version: u32,
    presets: Vec<EntryIn>,
}

#[derive(Deserialize)]
struct EntryIn {
    file: String,
    title: String,
    #[serde(default)]
    description: String,
}

/// A file name that stays inside the presets folder: letters, digits, `.`, `-`, `_`,
/// ending in `.json`, not starting with a dot.
fn safe_file_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= MAX_FILE_NAME_CHARS
        && !name.starts_with('.')
        && name.ends_with(".json")
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

fn plain(text: &str, max: usize, what: &str) -> Result<String, String> {
    let t = text.trim();
    if t.is_empty() && what == "title" {
        return Err("the title is empty".to_owned());
    }
    if t.chars().count() > max {
        return Err(format!("the {what} is longer than {max} characters"));
    }
    Ok(t.chars().map(|c| if c.is_control() { ' ' } else { c }).collect())
}

/// Reads the preset list.
pub fn parse_manifest(text: &str) -> Result<Vec<Preset>, ManifestError> {
    if text.len() > MAX_MANIFEST_BYTES {
        return Err(ManifestError::TooLarge(text.len()));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| ManifestError::NotJson(e.to_string()))?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(FORMAT) {
        return Err(ManifestError::NotOurs(format!("its format is not \"{FORMAT}\"")));
    }
    let manifest: ManifestIn =
        serde_json::from_value(value).map_err(|e| ManifestError::NotOurs(e.to_string()))?;
    debug_assert_eq!(manifest.format, FORMAT);
    if manifest.version > VERSION {
        return Err(ManifestError::NewerVersion(manifest.version));
    }
    if manifest.presets.len() > MAX_PRESETS {
        return Err(ManifestError::TooMany);
    }
    manifest
        .presets
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            let bad = |why: String| ManifestError::BadEntry { index: i + 1, why };
            if !safe_file_name(&e.file) {
                return Err(bad(
                    "its file must be a .json file name in the presets folder (letters, digits, '.', '-', '_')"
                        .to_owned(),
                ));
            }
            Ok(Preset {
                file: e.file,
                title: plain(&e.title, MAX_TITLE_CHARS, "title").map_err(bad)?,
                description: plain(&e.description, MAX_DESCRIPTION_CHARS, "description").map_err(bad)?,
            })
        })
        .collect()
}

/// Opens a preset's file: the scenario-file import, with all its checks.
pub fn open(text: &str) -> Result<Scenario, FileError> {
    scenario_file::import_text(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(entries: &str) -> String {
        format!("{{\"format\":\"cloudsplit-presets\",\"version\":1,\"presets\":[{entries}]}}")
    }

    #[test]
    fn a_list_reads_and_builds_relative_urls() {
        let got = parse_manifest(&manifest(
            r#"{"file":"bank.cloudsplit.json","title":" Bank ","description":"Both clouds","extra":1}"#,
        ))
        .unwrap();
        assert_eq!(
            got,
            [Preset {
                file: "bank.cloudsplit.json".into(),
                title: "Bank".into(),
                description: "Both clouds".into()
            }]
        );
        assert_eq!(got[0].url(), "presets/bank.cloudsplit.json");
    }

    #[test]
    fn file_names_cannot_leave_the_folder() {
        for file in [
            "../secrets.json",
            "/etc/passwd.json",
            "https://evil.example/x.json",
            "sub/dir.json",
            ".hidden.json",
            "a b.json",
            "notes.txt",
            "",
            "%2e%2e.json",
        ] {
            let text = manifest(&format!(r#"{{"file":{},"title":"x"}}"#, serde_json::json!(file)));
            assert!(
                matches!(
                    parse_manifest(&text),
                    Err(ManifestError::BadEntry { index: 1, .. })
                ),
                "{file}"
            );
        }
    }

    #[test]
    fn foreign_or_hostile_lists_get_reasons() {
        assert!(matches!(parse_manifest("[]"), Err(ManifestError::NotOurs(_))));
        assert!(matches!(parse_manifest("{"), Err(ManifestError::NotJson(_))));
        let newer = manifest("").replace("\"version\":1", "\"version\":3");
        assert_eq!(parse_manifest(&newer), Err(ManifestError::NewerVersion(3)));
        let many = manifest(&vec![r#"{"file":"a.json","title":"a"}"#; MAX_PRESETS + 1].join(","));
        assert_eq!(parse_manifest(&many), Err(ManifestError::TooMany));
        let long = manifest(&format!(r#"{{"file":"a.json","title":"{}"}}"#, "t".repeat(81)));
        assert!(matches!(
            parse_manifest(&long),
            Err(ManifestError::BadEntry { .. })
        ));
        let untitled = manifest(r#"{"file":"a.json","title":"  "}"#);
        assert!(matches!(
            parse_manifest(&untitled),
            Err(ManifestError::BadEntry { .. })
        ));
        assert!(matches!(
            parse_manifest(&" ".repeat(MAX_MANIFEST_BYTES + 1)),
            Err(ManifestError::TooLarge(_))
        ));
    }
}
