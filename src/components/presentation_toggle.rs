use leptos::prelude::*;

use crate::state::presentation::use_presentation;
use crate::web::{page, preferences};

/// Class on `<html>` in presentation mode; style/presentation.css does the rest.
const CLASS: &str = "presenting";
/// Alt+Shift+P: modifiers keep it clear of typing and of the card keys (1-4, arrows,
/// Enter, Delete), and of the browser's own Ctrl shortcuts.
const SHORTCUT: &str = "Alt+Shift+P";

/// Presentation mode for a projector or a large touch screen: large type, high contrast,
/// headline figures and charts first, touch-sized controls. Remembered in this browser.
#[component]
pub fn PresentationToggle() -> impl IntoView {
    let presentation = use_presentation();
    let on = presentation.on;
    // Keeps the page's class and the stored setting in step with the toggle.
    Effect::new(move |_| {
        let presenting = on.get();
        page::set_root_class(CLASS, presenting);
        preferences::set_presentation_mode(presenting);
    });
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.alt_key() && ev.shift_key() && !ev.ctrl_key() && !ev.meta_key() && ev.code() == "KeyP" {
            ev.prevent_default();
            presentation.toggle();
        }
    });
    on_cleanup(move || keys.remove());
    view! {
        <button type="button" class="header-button presentation-toggle"
            aria-pressed=move || if on.get() { "true" } else { "false" }
            aria-keyshortcuts=SHORTCUT
            title=format!("Presentation mode ({SHORTCUT})")
            on:click=move |_| presentation.toggle()>
            "Presentation mode"
        </button>
    }
}
