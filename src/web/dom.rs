//! Small DOM look-ups the board needs: which zone is under a point, and moving focus
//! to a card once it has been re-rendered in its new zone.

use std::cell::Cell;

use wasm_bindgen::JsCast;

use crate::engine::model::scenario::{WorkloadId, Zone};

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// The board zone under a viewport point, if any. The drag ghost ignores pointer
/// events, so it never hides what lies beneath it.
pub fn zone_at(x: f64, y: f64) -> Option<Zone> {
    let el = document()?.element_from_point(x as f32, y as f32)?;
    let zone_el = el.closest("[data-zone]").ok()??;
    Zone::from_key(&zone_el.get_attribute("data-zone")?)
}

/// Focuses a workload card after the next paint (it may have just moved to another zone).
pub fn focus_card_soon(id: WorkloadId) {
    focus_soon(move |d| {
        d.query_selector(&format!("[data-workload-id=\"{}\"]", id.0))
            .ok()
            .flatten()
    });
}

thread_local! {
    /// The newest request to move focus: one asked earlier that still waits for its frame
    /// gives way to it.
    static NEWEST_FOCUS_REQUEST: Cell<u64> = const { Cell::new(0) };
}

/// Moves focus to what `find` names after the next paint, unless the user has put focus
/// somewhere else in between: a press that lands on another control in that frame must
/// keep it (where the focus was when asked, or the page itself, are ours to move). Of two
/// requests in one frame, the later wins.
fn focus_soon(find: impl Fn(&web_sys::Document) -> Option<web_sys::Element> + 'static) {
    let asked_from = document().and_then(|d| d.active_element());
    let request = NEWEST_FOCUS_REQUEST.with(|newest| {
        let request = newest.get().wrapping_add(1);
        newest.set(request);
        request
    });
    leptos::prelude::request_animation_frame(move || {
        if NEWEST_FOCUS_REQUEST.with(Cell::get) != request {
            return;
        }
        let Some(d) = document() else {
            return;
        };
        let now = d.active_element();
        let on_page = |el: &web_sys::Element| {
            d.body()
                .is_some_and(|b| AsRef::<web_sys::Element>::as_ref(&b) == el)
        };
        let moved_by_user = now
            .as_ref()
            .is_some_and(|el| Some(el) != asked_from.as_ref() && !on_page(el));
        if moved_by_user {
            return;
        }
        if let Some(el) = find(&d).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// Takes focus off a card that is about to leave the DOM (moved to another zone or
/// removed). Chromium lays out the whole page synchronously when the focused element is
/// removed, which cost 8-12 ms per drop on a 50-workload board; a blur first costs nothing.
/// The card gets focus back through `focus_card_soon` / `focus_board_soon`.
pub fn blur_card(id: WorkloadId) {
    let Some(active) = document().and_then(|d| d.active_element()) else {
        return;
    };
    let on_card = active
        .closest(&format!("[data-workload-id=\"{}\"]", id.0))
        .ok()
        .flatten()
        .is_some();
    if on_card {
        if let Ok(el) = active.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.blur();
        }
    }
}

/// Whether the `<details>` a `toggle` event came from is now open.
pub fn details_open(e: &web_sys::Event) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.has_attribute("open"))
}

/// Marks a moment on the page's performance timeline, read back by the browser tests.
pub fn performance_mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Puts focus on the board itself, e.g. after the focused card was removed.
pub fn focus_board_soon() {
    focus_soon(|d| d.get_element_by_id("board"));
}

/// The key went to a field where text is typed: its own undo (Ctrl+Z) must keep working.
pub fn typing_in_text_field(e: &web_sys::KeyboardEvent) -> bool {
    let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return false;
    };
    match el.tag_name().to_ascii_lowercase().as_str() {
        "textarea" => true,
        "input" => {
            let kind = el.get_attribute("type").unwrap_or_default().to_ascii_lowercase();
            !matches!(
                kind.as_str(),
                "checkbox" | "radio" | "range" | "button" | "submit" | "file" | "color"
            )
        }
        _ => el.get_attribute("contenteditable").is_some_and(|v| v != "false"),
    }
}

/// The key went to a form control that answers arrows itself (a slider, a menu, a field).
pub fn on_form_control(e: &web_sys::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().to_ascii_lowercase().as_str(),
                "input" | "select" | "textarea"
            )
        })
}
