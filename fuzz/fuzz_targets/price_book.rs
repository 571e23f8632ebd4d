//! Any bytes as a private price book: a CSV file or a LiteLLM JSON file (told apart by the
//! first character, as the app does), and as the price book stored in the browser; past
//! that envelope, the text as the stored `"price_book"` object.
//!
//! Promises: no panic; a book accepted sets only assumptions this app knows, each within
//! its bounds, at most one value per assumption, passes the check it is read back with,
//! and stored, reads back the same.
#![no_main]

use cloudsplit::engine::assumptions::Assumptions;
use cloudsplit::engine::io::price_book::{self, stored, PriceBook, MAX_NAME_CHARS};
use cloudsplit::engine::model::limits::MAX_OVERRIDE_ID_CHARS;
use cloudsplit_fuzz::within_bounds;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(imported) = price_book::import("prices <2027>.csv", data, "2026-11-30") {
        let book = imported.book;
        for (id, &value) in &book.values {
            let a = Assumptions::find(id).unwrap_or_else(|| panic!("{id} is not an assumption"));
            assert!(within_bounds(a, value), "{id} = {value}");
        }
        for used in &imported.report.used {
            assert_eq!(book.value(&used.id), Some(used.value), "{used:?}");
        }
        kept(&book);
    }
    if let Ok(text) = std::str::from_utf8(data) {
        stored_book(text);
        stored_book(&format!(
            "{{\"format\":\"{}\",\"version\":1,\"price_book\":{text}}}",
            stored::FORMAT
        ));
    }
});

fn stored_book(text: &str) {
    if let Ok(book) = stored::from_json(text) {
        kept(&book);
    }
}

/// What every price book the app holds keeps to, and its stored form reads back the same.
fn kept(book: &PriceBook) {
    assert_eq!(book.check(), Ok(()));
    assert!(book.name.chars().count() <= MAX_NAME_CHARS);
    assert!(book.values.len() <= Assumptions::all().len());
    for (id, value) in &book.values {
        assert!(id.chars().count() <= MAX_OVERRIDE_ID_CHARS);
        assert!(value.is_finite(), "{id}");
    }
    assert_eq!(stored::from_json(&stored::to_json(book)).as_ref(), Ok(book));
}
