//! The library in localStorage (through gloo-storage for writes). Reading and writing raw
//! text only: what the text means, its versions and merging are the engine's
//! (`engine::library`). Data that cannot be read is copied aside under its own key before
//! anything is written over it, and the user is told where it went.

use gloo_storage::{LocalStorage, Storage};
use thiserror::Error;

use crate::engine::library::{Timestamp, LEGACY_STORAGE_KEY, STORAGE_KEY};

const ASIDE_PREFIX: &str = "cloudsplit.unreadable.";
/// A copy of the version 1 board, kept when it is migrated into the library.
const V1_BACKUP_KEY: &str = "cloudsplit.backup.v1-board";

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("this browser does not let the app use its storage")]
    Unavailable,
    #[error("the browser refused to save (its storage for this site may be full)")]
    Refused,
}

/// What storage holds for the library.
pub enum Stored {
    /// Nothing yet: a first visit, or storage was cleared.
    Nothing,
    /// Text under the library key.
    Library(String),
    /// Only the board of version 1, under the old key.
    Legacy(String),
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

pub fn read() -> Result<Stored, StorageError> {
    let storage = local_storage()?;
    let get = |key: &str| storage.get_item(key).map_err(|_| StorageError::Unavailable);
    if let Some(text) = get(STORAGE_KEY)? {
        return Ok(Stored::Library(text));
    }
    Ok(get(LEGACY_STORAGE_KEY)?.map_or(Stored::Nothing, Stored::Legacy))
}

/// Writes the library document.
pub fn write(text: &str) -> Result<(), StorageError> {
    // gloo's accessor panics where storage is disabled, so ask the browser first.
    local_storage()?;
    LocalStorage::raw()
        .set_item(STORAGE_KEY, text)
        .map_err(|_| StorageError::Refused)
}

/// Copies unreadable text under a key of its own and returns that key; `None` if the copy
/// failed (then nothing may be written over the original).
pub fn keep_aside(text: &str) -> Option<String> {
    let storage = local_storage().ok()?;
    let key = format!("{ASIDE_PREFIX}{}", now().0);
    storage.set_item(&key, text).ok().map(|_| key)
}

/// After the version 1 board was migrated and the library written: keep a copy of the old
/// text, then drop the old key so it is not migrated again.
pub fn retire_legacy(text: &str) {
    if let Ok(storage) = local_storage() {
        if storage.set_item(V1_BACKUP_KEY, text).is_ok() {
            let _ = storage.remove_item(LEGACY_STORAGE_KEY);
        }
    }
}

/// Other items the app keeps in this browser that a library backup carries, as raw text.
pub const BACKED_UP_KEYS: &[&str] = &[
    crate::web::price_book_storage::KEY,
    crate::web::preferences::PRESENTATION_KEY,
];
/// When the library was last backed up to a file (milliseconds since 1970).
pub const LAST_BACKUP_KEY: &str = "cloudsplit.last-backup";

pub fn get(key: &str) -> Option<String> {
    local_storage().ok()?.get_item(key).ok().flatten()
}

pub fn set(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?
        .set_item(key, value)
        .map_err(|_| StorageError::Refused)
}

/// Milliseconds since 1970 by the browser's clock.
pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now().max(0.0) as u64)
}
