//! Small settings of this browser, kept in localStorage under their own keys.

pub const PRESENTATION_KEY: &str = "cloudsplit.presentation-mode";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

pub fn presentation_mode() -> bool {
    local_storage()
        .and_then(|s| s.get_item(PRESENTATION_KEY).ok().flatten())
        .is_some_and(|v| v == "on")
}

/// Remembers the choice; where storage is unavailable it lasts until the tab closes.
pub fn set_presentation_mode(on: bool) {
    if let Some(s) = local_storage() {
        let _ = if on {
            s.set_item(PRESENTATION_KEY, "on")
        } else {
            s.remove_item(PRESENTATION_KEY)
        };
    }
}
