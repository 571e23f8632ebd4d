use leptos::prelude::*;

use crate::web::page;

/// The window event offline.js sends when a new version of the app is stored.
const UPDATE_EVENT: &str = "cloudsplit:update-ready";

/// A quiet line (a status, not an alert) once a new version of the app has been stored for
/// offline use: the page keeps running the version it loaded until the user reloads.
#[component]
pub fn UpdateNotice() -> impl IntoView {
    let ready = RwSignal::new(page::update_ready());
    let listener = window_event_listener_untyped(UPDATE_EVENT, move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    view! {
        <div class="update-notice" role="status">
            <Show when=move || ready.get()>
                <span>"A new version of cloudsplit is ready."</span>
                <button type="button" class="small-button" on:click=|_| page::reload()>"Reload to use it"</button>
                <button type="button" class="small-button" on:click=move |_| ready.set(false)>"Later"</button>
            </Show>
        </div>
    }
}
