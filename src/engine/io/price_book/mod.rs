//! A private price book: an organisation's negotiated prices (or any other assumption
//! values), imported from a CSV file or a LiteLLM `model_prices_and_context_window.json`
//! file. It is confidential, so it stays in the browser: it is never put into share links
//! or scenario files. The engine applies it between the shipped defaults and the
//! scenario's own overrides (see `Assumptions::resolve_layers`).
//!
//! Imported files are untrusted: size is capped before parsing, every value is checked
//! against its assumption's bounds, and a file with any bad value changes nothing. What
//! was used and what was ignored (unknown models, other providers) is reported in words.

pub mod csv;
pub mod litellm;
pub mod stored;

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::assumptions::Assumptions;
use crate::model::limits::MAX_OVERRIDE_ID_CHARS;
use crate::model::money::format_number;

/// LiteLLM's full price file is about 1.5 MB; a price book is usually a few KB.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;
/// Longer file names are shortened (they are only shown).
pub const MAX_NAME_CHARS: usize = 120;
/// At most this many errors are listed; the rest are counted.
const MAX_ERRORS_SHOWN: usize = 8;
/// Examples listed per group of ignored entries.
pub(crate) const MAX_EXAMPLES: usize = 4;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PriceBook {
    /// The file it was imported from, shown as the source of every value it sets.
    pub name: String,
    /// The day it was imported, `YYYY-MM-DD`.
    pub imported: String,
    /// Assumption id -> value, in the assumption's own unit.
    pub values: BTreeMap<String, f64>,
}

impl PriceBook {
    /// What the assumptions table and the decision record name as the source.
    pub fn source_label(&self) -> String {
        format!("Private price book: {}, imported {}", self.name, self.imported)
    }

    pub fn value(&self, id: &str) -> Option<f64> {
        self.values.get(id).copied()
    }

    /// The checks every price book passes, whether just imported or read back from storage.
    pub fn check(&self) -> Result<(), String> {
        if self.name.chars().count() > MAX_NAME_CHARS {
            return Err(format!("its name is longer than {MAX_NAME_CHARS} characters"));
        }
        if !is_iso_date(&self.imported) {
            return Err("its import date is not a date".to_owned());
        }
        if self.values.len() > Assumptions::all().len() {
            return Err(format!(
                "it sets {} values, more than there are assumptions",
                self.values.len()
            ));
        }
        for (id, &value) in &self.values {
            if id.chars().count() > MAX_OVERRIDE_ID_CHARS {
                return Err(format!("an id is longer than {MAX_OVERRIDE_ID_CHARS} characters"));
            }
            match Assumptions::find(id) {
                Some(a) => a.check(value).map_err(|e| e.to_string())?,
                // An id a newer version added: kept, and ignored by this version.
                None if !value.is_finite() => return Err(format!("{id} has no usable value")),
                None => {}
            }
        }
        Ok(())
    }
}

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// A file name shortened to what a price book keeps, with control characters removed.
pub fn clean_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_NAME_CHARS)
        .collect();
    let trimmed = cleaned.trim();
    if trimmed.is_empty() {
        "unnamed file".to_owned()
    } else {
        trimmed.to_owned()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Format {
    Csv,
    LiteLlm,
}

impl Format {
    pub fn label(self) -> &'static str {
        match self {
            Format::Csv => "CSV file",
            Format::LiteLlm => "LiteLLM price file",
        }
    }
}

/// One value the book sets, and where in the file it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Used {
    pub id: String,
    pub value: f64,
    /// "row 4", or the LiteLLM entry and field.
    pub from: String,
}

/// Entries that were not used, grouped by why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ignored {
    pub reason: String,
    pub count: usize,
    pub examples: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportReport {
    pub format: Format,
    pub used: Vec<Used>,
    pub ignored: Vec<Ignored>,
}

impl ImportReport {
    /// The report in plain words, e.g. "Used 12 values from the CSV file. Not used: ...".
    pub fn summary(&self) -> String {
        let n = self.used.len();
        let mut out = format!(
            "Used {} {} from the {}.",
            format_number(n as f64),
            if n == 1 { "value" } else { "values" },
            self.format.label()
        );
        if !self.ignored.is_empty() {
            let parts: Vec<String> = self.ignored.iter().map(Ignored::sentence).collect();
            out.push_str(&format!(" Not used: {}.", parts.join("; ")));
        }
        out
    }
}

impl Ignored {
    fn sentence(&self) -> String {
        let mut s = format!(
            "{} {}",
            format_number(self.count as f64),
            agree(self.count, &self.reason)
        );
        if !self.examples.is_empty() {
            let more = if self.count > self.examples.len() {
                ", …"
            } else {
                ""
            };
            s.push_str(&format!(" (e.g. {}{more})", self.examples.join(", ")));
        }
        s
    }
}

/// "1 rows for …" reads "1 row for …": reasons start with a plural noun.
fn agree(count: usize, reason: &str) -> String {
    if count != 1 {
        return reason.to_owned();
    }
    for (plural, singular) in [("entries", "entry"), ("rows", "row"), ("columns", "column")] {
        if let Some(rest) = reason.strip_prefix(plural) {
            return format!("{singular}{rest}");
        }
    }
    reason.to_owned()
}

/// Collects ignored entries by reason, keeping the order reasons were first seen.
#[derive(Debug, Default)]
pub(crate) struct IgnoredList {
    groups: Vec<Ignored>,
}

impl IgnoredList {
    pub(crate) fn add(&mut self, reason: &str, example: impl FnOnce() -> String) {
        let group = match self.groups.iter().position(|g| g.reason == reason) {
            Some(i) => &mut self.groups[i],
            None => {
                self.groups.push(Ignored {
                    reason: reason.to_owned(),
                    count: 0,
                    examples: Vec::new(),
                });
                let last = self.groups.len() - 1;
                &mut self.groups[last]
            }
        };
        group.count += 1;
        if group.examples.len() < MAX_EXAMPLES {
            group.examples.push(example());
        }
    }

    pub(crate) fn into_vec(self) -> Vec<Ignored> {
        self.groups
    }
}

/// One problem in a file, with where it is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    /// "Row 4" or "azure/gpt-4o".
    pub at: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

fn list(problems: &[Problem]) -> String {
    let shown: Vec<String> = problems
        .iter()
        .take(MAX_ERRORS_SHOWN)
        .map(|p| format!("{p}."))
        .collect();
    let more = problems.len().saturating_sub(MAX_ERRORS_SHOWN);
    let mut s = shown.join(" ");
    if more > 0 {
        s.push_str(&format!(" And {more} more."));
    }
    s
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum PriceBookError {
    #[error("This file is too large for a price book ({} KB; at most {} KB).", .bytes / 1024, .max / 1024)]
    TooLarge { bytes: usize, max: usize },
    #[error("This file is not a price book: it is not text.")]
    NotText,
    #[error("This file is empty.")]
    Empty,
    #[error("This file is not a LiteLLM price file: it is not valid JSON ({0}).")]
    NotJson(String),
    #[error("This file is not a LiteLLM price file: {0}.")]
    NotLiteLlm(String),
    #[error("This CSV file is not a price book: {0}.")]
    NotCsvPriceBook(String),
    #[error("Some values cannot be used, so nothing was imported. {}", list(.0))]
    BadValues(Vec<Problem>),
    #[error(
        "Nothing in this file matches a price or assumption cloudsplit uses, so nothing was imported. {0}"
    )]
    NothingUsable(String),
}

/// A price book just read from a file, and what was used and ignored.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub book: PriceBook,
    pub report: ImportReport,
}

/// Reads a price book from a file's bytes: LiteLLM JSON when it starts with `{`, CSV
/// otherwise. `imported` is today's date (`YYYY-MM-DD`), given by the caller.
pub fn import(file_name: &str, bytes: &[u8], imported: &str) -> Result<Imported, PriceBookError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(PriceBookError::TooLarge {
            bytes: bytes.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| PriceBookError::NotText)?;
    import_text(file_name, text, imported)
}

/// [`import`] for a file already turned into text.
pub fn import_text(file_name: &str, text: &str, imported: &str) -> Result<Imported, PriceBookError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(PriceBookError::TooLarge {
            bytes: text.len(),
            max: MAX_FILE_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let trimmed = text.trim_start();
    if trimmed.is_empty() {
        return Err(PriceBookError::Empty);
    }
    let (values, report) = if trimmed.starts_with('{') || trimmed.starts_with('[') {
        litellm::read(text)?
    } else {
        csv::read(text)?
    };
    if values.is_empty() {
        return Err(PriceBookError::NothingUsable(report.summary()));
    }
    let book = PriceBook {
        name: clean_name(file_name),
        imported: imported.to_owned(),
        values,
    };
    // Every value was checked while reading; this guards the name and date.
    book.check().map_err(|why| {
        PriceBookError::BadValues(vec![Problem {
            at: "The price book".to_owned(),
            message: why,
        }])
    })?;
    Ok(Imported { book, report })
}

/// Rounds a converted price so that 2.5e-6 x 10^6 reads 2.5, not 2.4999999999999996.
pub(crate) fn tidy(value: f64) -> f64 {
    if !value.is_finite() || value == 0.0 {
        return value;
    }
    let digits = 12 - value.abs().log10().ceil() as i32;
    let scale = 10f64.powi(digits.clamp(0, 15));
    (value * scale).round() / scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_removes_float_noise_only() {
        assert_eq!(tidy(2.5e-6 * 1e6), 2.5);
        assert_eq!(tidy(1.6e-6 * 1e6), 1.6);
        assert_eq!(tidy(5.5e-9 * 1e6), 0.0055);
        assert_eq!(tidy(0.0), 0.0);
        assert_eq!(tidy(123_456.75), 123_456.75);
    }

    #[test]
    fn names_are_cleaned_and_shortened() {
        assert_eq!(clean_name("  prices\n.csv "), "prices.csv");
        assert_eq!(clean_name(""), "unnamed file");
        assert_eq!(clean_name(&"x".repeat(500)).chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn empty_and_binary_files_get_reasons() {
        assert_eq!(import("a.csv", b"", "2026-10-07"), Err(PriceBookError::Empty));
        assert_eq!(import("a.csv", b"  \n", "2026-10-07"), Err(PriceBookError::Empty));
        assert_eq!(
            import("a.csv", &[0xff, 0xfe], "2026-10-07"),
            Err(PriceBookError::NotText)
        );
        let big = vec![b' '; MAX_FILE_BYTES + 1];
        assert!(matches!(
            import("a.json", &big, "2026-10-07"),
            Err(PriceBookError::TooLarge { .. })
        ));
    }

    #[test]
    fn a_stored_book_is_checked_like_an_imported_one() {
        let mut book = PriceBook {
            name: "prices.csv".into(),
            imported: "2026-10-07".into(),
            values: BTreeMap::from([("azure.price.gpt-4o.input".to_owned(), 2.0)]),
        };
        assert_eq!(book.check(), Ok(()));
        book.values.insert("from.a.newer.app".into(), 1.0);
        assert_eq!(book.check(), Ok(()));
        book.values.insert("azure.price.gpt-4o.output".into(), -1.0);
        assert!(book.check().is_err());
        book.values.remove("azure.price.gpt-4o.output");
        book.imported = "yesterday".into();
        assert!(book.check().is_err());
    }
}
