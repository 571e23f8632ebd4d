//! The price book in browser storage: `{"format":"cloudsplit-price-book","version":1,
//! "price_book":{…}}`, under its own key (never inside a scenario, a link or a file).
//! What is read back is untrusted like any stored data: size-capped and checked again.

use serde::{Deserialize, Serialize};

use super::PriceBook;

pub const FORMAT: &str = "cloudsplit-price-book";
pub const VERSION: u32 = 1;
/// A full book is a few hundred ids and numbers; anything far larger was not written here.
pub const MAX_STORED_BYTES: usize = 256 * 1024;

#[derive(Serialize)]
struct EnvelopeOut<'a> {
    format: &'a str,
    version: u32,
    price_book: &'a PriceBook,
}

#[derive(Deserialize)]
struct EnvelopeIn {
    format: String,
    version: u32,
    price_book: serde_json::Value,
}

pub fn to_json(book: &PriceBook) -> String {
    let envelope = EnvelopeOut {
        format: FORMAT,
        version: VERSION,
        price_book: book,
    };
    // Plain data with string keys and finite numbers: serialising cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Reads a stored price book; the error says why in words a user can act on.
pub fn from_json(text: &str) -> Result<PriceBook, String> {
    if text.len() > MAX_STORED_BYTES {
        return Err(format!(
            "it is {} KB, more than this app ever writes",
            text.len() / 1024
        ));
    }
    let envelope: EnvelopeIn =
        serde_json::from_str(text).map_err(|e| format!("it is not a cloudsplit price book ({e})"))?;
    if envelope.format != FORMAT {
        return Err("it is not a cloudsplit price book".to_owned());
    }
    if envelope.version > VERSION {
        return Err(format!(
            "it comes from a newer version of cloudsplit (format {}); reload to update the app",
            envelope.version
        ));
    }
    let book: PriceBook =
        serde_json::from_value(envelope.price_book).map_err(|e| format!("it is damaged ({e})"))?;
    book.check()?;
    Ok(book)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn book() -> PriceBook {
        PriceBook {
            name: "negotiated <2027>.csv".into(),
            imported: "2026-10-07".into(),
            values: BTreeMap::from([
                ("azure.price.gpt-4.1.input".to_owned(), 1.8),
                ("aws.egress.per-gb".to_owned(), 0.05),
            ]),
        }
    }

    #[test]
    fn a_stored_book_reads_back_the_same() {
        let text = to_json(&book());
        assert!(text.starts_with("{\"format\":\"cloudsplit-price-book\",\"version\":1,"));
        assert_eq!(from_json(&text), Ok(book()));
    }

    #[test]
    fn damaged_or_foreign_data_is_refused_with_a_reason() {
        assert!(from_json("").is_err());
        assert!(from_json("[1]").is_err());
        let text = to_json(&book());
        assert!(from_json(&text.replace("\"version\":1", "\"version\":2"))
            .is_err_and(|e| e.contains("newer version")));
        assert!(from_json(&text.replace("cloudsplit-price-book", "other")).is_err());
        assert!(from_json(&text.replace("1.8", "-1.8")).is_err());
        assert!(from_json(&text.replace("1.8", "\"lots\"")).is_err());
        assert!(from_json(&" ".repeat(MAX_STORED_BYTES + 1)).is_err());
    }
}
