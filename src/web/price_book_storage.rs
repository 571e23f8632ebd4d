//! The private price book in localStorage, under its own key: never inside the saved board,
//! so it cannot travel in a link or a file. Data that cannot be read is moved aside, never
//! overwritten, and the user is told where it went.

use crate::engine::io::price_book::{stored, PriceBook};

pub const KEY: &str = "cloudsplit.price-book";
const ASIDE_PREFIX: &str = "cloudsplit.unreadable.price-book.";

pub enum Loaded {
    Book(PriceBook),
    Nothing,
    /// The stored book could not be read; it now sits under `kept_as` (if it could be moved).
    KeptAside {
        reason: String,
        kept_as: Option<String>,
    },
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

pub fn load() -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded::Nothing;
    };
    let Ok(Some(raw)) = storage.get_item(KEY) else {
        return Loaded::Nothing;
    };
    match stored::from_json(&raw) {
        Ok(book) => Loaded::Book(book),
        Err(reason) => {
            let key = format!("{ASIDE_PREFIX}{}", js_sys::Date::now() as u64);
            let kept_as = storage
                .set_item(&key, &raw)
                .ok()
                .and_then(|_| storage.remove_item(KEY).ok())
                .map(|_| key);
            Loaded::KeptAside { reason, kept_as }
        }
    }
}

pub fn save(book: &PriceBook) -> Result<(), String> {
    local_storage()
        .ok_or("this browser does not let the app use its storage")?
        .set_item(KEY, &stored::to_json(book))
        .map_err(|_| "the browser refused to save it (storage may be full or disabled)".to_owned())
}

pub fn remove() -> Result<(), String> {
    local_storage()
        .ok_or("this browser does not let the app use its storage")?
        .remove_item(KEY)
        .map_err(|_| "the browser refused to remove it".to_owned())
}
