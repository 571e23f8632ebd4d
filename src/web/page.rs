//! The page as a whole: classes on the root element (presentation mode, an open decision
//! record), printing, and today's date.

fn root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.document_element()
}

/// Adds or removes a class on `<html>`; styling follows from CSS, never inline styles.
pub fn set_root_class(class: &str, on: bool) {
    if let Some(list) = root().map(|r| r.class_list()) {
        let _ = if on {
            list.add_1(class)
        } else {
            list.remove_1(class)
        };
    }
}

/// Opens the browser's print dialog (print or save as PDF).
pub fn print() -> Result<(), String> {
    web_sys::window()
        .ok_or("no browser window")?
        .print()
        .map_err(|_| "the browser did not open its print dialog".to_owned())
}

/// Today in the browser's time zone, `YYYY-MM-DD`.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Set by offline.js when the service worker has stored a new version of the app (it may
/// say so before the app has started listening).
pub fn update_ready() -> bool {
    root().is_some_and(|r| r.get_attribute("data-update-ready").as_deref() == Some("true"))
}

/// Reloads the page (to start the new version).
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
