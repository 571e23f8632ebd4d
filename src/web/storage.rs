//! The board in localStorage (through gloo-storage). Data that cannot be read is moved
//! aside under its own key, never overwritten, and the user is told where it went.

use gloo_storage::{LocalStorage, Storage};

use crate::engine::scenario::Scenario;
use crate::engine::stored_scenario;

pub const CURRENT_KEY: &str = "cloudsplit.current";
const ASIDE_PREFIX: &str = "cloudsplit.unreadable.";

pub enum Loaded {
    Scenario(Scenario),
    Nothing,
    /// The stored board could not be read; it now sits under `kept_as`.
    KeptAside {
        reason: String,
        kept_as: Option<String>,
    },
    StorageUnavailable,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

pub fn load_current() -> Loaded {
    let Some(storage) = local_storage() else {
        return Loaded::StorageUnavailable;
    };
    let raw = match storage.get_item(CURRENT_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Loaded::Nothing,
        Err(_) => return Loaded::StorageUnavailable,
    };
    match stored_scenario::from_json(&raw) {
        Ok(s) => Loaded::Scenario(s),
        Err(e) => {
            let key = format!("{ASIDE_PREFIX}{}", now_millis());
            // Copy first, remove second: if the copy fails the original stays where it was,
            // and autosave is told not to write over it.
            let kept_as = storage
                .set_item(&key, &raw)
                .ok()
                .and_then(|_| storage.remove_item(CURRENT_KEY).ok())
                .map(|_| key);
            Loaded::KeptAside {
                reason: e.to_string(),
                kept_as,
            }
        }
    }
}

/// Writes the board; the error text is shown to the user as a notice.
pub fn save_current(scenario: &Scenario) -> Result<(), String> {
    // gloo's accessor panics where storage is disabled, so ask the browser first.
    if local_storage().is_none() {
        return Err("this browser does not let the app use its storage".to_owned());
    }
    LocalStorage::raw()
        .set_item(CURRENT_KEY, &stored_scenario::to_json(scenario))
        .map_err(|_| "the browser refused to save (storage may be full or disabled)".to_owned())
}

fn now_millis() -> u64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0, |p| {
        let origin = p.time_origin();
        (origin + p.now()) as u64
    })
}
