//! Scenario files: export and import one scenario as readable JSON. A file is the scenario
//! envelope of `stored_scenario`, pretty-printed: the same `"scenario"` object the library
//! keeps in browser storage, with the format name and version around it.
//!
//! An imported file is untrusted: it goes through the same size limit, version handling and
//! checks as everything else that comes from outside.

use thiserror::Error;

use crate::io::stored_scenario::{self, EnvelopeError};
use crate::io::untrusted::ScenarioProblem;
use crate::model::scenario::Scenario;

/// Larger than any scenario the app can make (a thousand workloads is about 600 KB).
pub const MAX_FILE_BYTES: usize = stored_scenario::MAX_STORED_BYTES;
/// What the download is called after the scenario's name.
pub const FILE_EXTENSION: &str = ".cloudsplit.json";
pub const MEDIA_TYPE: &str = "application/json";

#[derive(Debug, Clone, PartialEq, Error)]
pub enum FileError {
    #[error("This file is too large to be a cloudsplit scenario ({bytes} bytes; at most {max}).")]
    TooLarge { bytes: usize, max: usize },
    #[error("This file is not a cloudsplit scenario: it is not text.")]
    NotText,
    #[error("This file is not a cloudsplit scenario: it is not JSON ({0}).")]
    NotJson(String),
    #[error("This file is not a cloudsplit scenario ({0}).")]
    NotAScenario(String),
    #[error(
        "This file was made by a newer version of cloudsplit (format version {0}). Reload the page \
         to get the latest version, then import the file again."
    )]
    NewerVersion(u32),
    #[error("This file is damaged: {0}.")]
    Damaged(String),
    #[error("The scenario in this file cannot be opened. {0}")]
    Invalid(ScenarioProblem),
}

/// The file's text: pretty-printed, versioned, ending with a newline.
pub fn export(scenario: &Scenario) -> String {
    let mut text = stored_scenario::to_pretty_json(scenario);
    text.push('\n');
    text
}

/// A download name made from the scenario's name, safe on every file system:
/// `Q3 workshop: <draft>` becomes `Q3 workshop- -draft-.cloudsplit.json`.
pub fn file_name(scenario: &Scenario) -> String {
    format!("{}{FILE_EXTENSION}", safe_file_stem(&scenario.name, "scenario"))
}

/// `name` as the start of a file name on any file system: characters that are not allowed
/// become `-`, control characters spaces, at most 80 characters; `fallback` when nothing is left.
pub fn safe_file_stem(name: &str, fallback: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => ' ',
            c => c,
        })
        .take(80)
        .collect();
    let stem = cleaned.trim().trim_matches('.').trim();
    if stem.is_empty() { fallback } else { stem }.to_owned()
}

/// Reads a file's bytes as the browser hands them over.
pub fn import(bytes: &[u8]) -> Result<Scenario, FileError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FileError::TooLarge {
            bytes: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| FileError::NotText)?;
    import_text(text)
}

/// Reads a file already turned into text. A leading byte-order mark (left by some editors)
/// is ignored.
pub fn import_text(text: &str) -> Result<Scenario, FileError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    stored_scenario::parse(text, MAX_FILE_BYTES).map_err(|e| match e {
        EnvelopeError::TooLarge(bytes) => FileError::TooLarge {
            bytes,
            max: MAX_FILE_BYTES,
        },
        EnvelopeError::NotJson(why) => FileError::NotJson(why),
        EnvelopeError::NotOurs(why) => FileError::NotAScenario(why),
        EnvelopeError::FromTheFuture(v) => FileError::NewerVersion(v),
        EnvelopeError::Shape(why) => FileError::Damaged(why),
        EnvelopeError::Invalid(problem) => FileError::Invalid(problem),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::WorkloadKind;
    use crate::model::scenario::Zone;

    fn board() -> Scenario {
        let mut s = Scenario::default();
        let a = s.add_workload(WorkloadKind::ProcessAutomation);
        s.add_workload(WorkloadKind::Summarisation);
        s.move_to(a, Zone::Both);
        s.overrides.insert("aws.price.gpt-5.output".into(), 9.75);
        s
    }

    #[test]
    fn export_then_import_gives_the_same_scenario() {
        let s = board();
        let text = export(&s);
        assert!(text.starts_with("{\n  \"format\": \"cloudsplit-scenario\",\n  \"version\": 1,"));
        assert!(text.ends_with("}\n"));
        assert_eq!(import(text.as_bytes()), Ok(s));
    }

    #[test]
    fn ranges_travel_in_files_and_bad_ones_are_refused() {
        let mut s = board();
        s.ranges.insert("aws.egress.per-gb".into(), (0.05, 0.12));
        let text = export(&s);
        assert!(text.contains("\"aws.egress.per-gb\": ["), "{text}");
        assert_eq!(import(text.as_bytes()), Ok(s.clone()));
        // A file from before ranges has none.
        assert!(!export(&board()).contains("\"ranges\""));
        let reversed = text.replace("0.05,", "0.5,");
        assert!(matches!(import(reversed.as_bytes()), Err(FileError::Invalid(_))));
    }

    #[test]
    fn the_currency_travels_in_files_and_older_files_show_dollars() {
        use crate::model::currency::Currency;
        let mut s = board();
        s.currency = Currency::custom(
            "CHF",
            "CHF",
            0.88,
            crate::model::month::YearMonth { year: 2026, month: 9 },
        )
        .expect("valid");
        let text = export(&s);
        assert!(text.contains("\"code\": \"CHF\""), "{text}");
        assert_eq!(import(text.as_bytes()), Ok(s));
        // A file saved before currencies existed has no "currency": it opens in US dollars.
        let mut old: serde_json::Value = serde_json::from_str(&export(&board())).expect("json");
        let removed = old["scenario"].as_object_mut().and_then(|o| o.remove("currency"));
        assert!(
            removed.is_some(),
            "the file keeps the scenario under \"scenario\": {old}"
        );
        let opened = import(old.to_string().as_bytes()).expect("an older file opens");
        assert_eq!(opened.currency, Currency::usd());
        assert_eq!(opened, board());
        // A rate of 0 cannot show any amount: the file is refused with the reason.
        let zero = export(&board()).replace("\"per_usd\": 1.0", "\"per_usd\": 0.0");
        assert_ne!(zero, export(&board()));
        assert!(
            matches!(import(zero.as_bytes()), Err(FileError::Invalid(p)) if p.to_string().contains("exchange rate"))
        );
    }

    #[test]
    fn hostile_files_get_reasons() {
        assert_eq!(import(&[0xff, 0xfe, 0x00]), Err(FileError::NotText));
        assert!(matches!(import(b"{\"format\":"), Err(FileError::NotJson(_))));
        assert!(matches!(import(b"[1,2,3]"), Err(FileError::NotAScenario(_))));
        let future = export(&board()).replace("\"version\": 1", "\"version\": 7");
        assert_eq!(import(future.as_bytes()), Err(FileError::NewerVersion(7)));
        let shape = export(&board()).replace("\"horizon_years\": 3", "\"horizon_years\": \"three\"");
        assert!(matches!(import(shape.as_bytes()), Err(FileError::Damaged(_))));
        let big = vec![b' '; MAX_FILE_BYTES + 1];
        assert!(matches!(import(&big), Err(FileError::TooLarge { .. })));
        let bom = format!("\u{feff}{}", export(&board()));
        assert_eq!(import(bom.as_bytes()), Ok(board()));
    }

    #[test]
    fn file_names_are_safe_whatever_the_scenario_is_called() {
        let mut s = board();
        s.name = "Q3 workshop: <draft>".into();
        assert_eq!(file_name(&s), "Q3 workshop- -draft-.cloudsplit.json");
        s.name = "../../etc/passwd".into();
        assert_eq!(file_name(&s), "-..-etc-passwd.cloudsplit.json");
        s.name = "  ..  ".into();
        assert_eq!(file_name(&s), "scenario.cloudsplit.json");
        s.name = "a\u{0}b\nc".into();
        assert_eq!(file_name(&s), "a b c.cloudsplit.json");
    }
}
