use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::price_book_panel::PriceBookShareNote;
use crate::engine::io::scenario_file;
use crate::engine::io::share_link;
use crate::state::library::use_library_state;
use crate::state::use_app_state;
use crate::web::{clipboard, download, file_input, url};

/// Share the scenario as a link (the whole scenario in the URL fragment, which never reaches
/// a server), or keep it as a readable JSON file; open such a file again.
#[component]
pub fn ShareBar() -> impl IntoView {
    let state = use_app_state();
    let link = RwSignal::new(None::<String>);
    let on_copy = move |_| {
        let made = state
            .scenario
            .with(|s| share_link::share_url(&url::page_url(), s));
        match made {
            Ok(text) => {
                link.set(Some(text.clone()));
                spawn_local(async move {
                    match clipboard::copy(text.clone()).await {
                        Ok(()) => {
                            state.announce(format!("Link copied ({} characters).", text.chars().count()))
                        }
                        Err(e) => state.notify(format!("Could not copy the link: {e}.")),
                    }
                });
            }
            Err(e) => state.notify(format!("Could not make a link: {e}")),
        }
    };
    let on_export = move |_| {
        let (name, text) = state
            .scenario
            .with(|s| (scenario_file::file_name(s), scenario_file::export(s)));
        if let Err(e) = download::download_text(&name, scenario_file::MEDIA_TYPE, &text) {
            state.notify(format!("Could not save the file: {e}."));
        }
    };
    let on_import = move |ev: leptos::ev::Event| {
        let Some(input) = file_input::picked_input(&ev) else {
            return;
        };
        spawn_local(async move {
            let picked =
                file_input::take_picked(input, scenario_file::MAX_FILE_BYTES, "a cloudsplit scenario").await;
            match picked {
                Ok((name, text)) => match scenario_file::import_text(&text) {
                    Ok(s) => {
                        state.open_unsaved(s, format!("the file {name}"));
                        state.announce(format!("Opened {name}."));
                    }
                    Err(e) => state.notify(format!("{name} was not opened: {e} Your board is unchanged.")),
                },
                Err(e) => state.notify(format!("The file was not opened: {e}.")),
            }
        });
    };
    view! {
        <div class="share-bar" role="group" aria-label="Share and files">
            <button type="button" class="header-button" on:click=on_copy>"Copy link"</button>
            <button type="button" class="header-button" on:click=on_export>"Export file"</button>
            <label class="header-button file-button">
                "Import file"
                <input type="file" accept=".json,application/json" class="visually-hidden" on:change=on_import />
            </label>
            <PriceBookShareNote />
            <Show when=move || link.with(Option::is_some)>
                <label class="share-link">
                    <span class="visually-hidden">"Share link"</span>
                    <input type="text" readonly prop:value=move || link.get().unwrap_or_default()
                        on:focus=move |ev| {
                            if let Some(i) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                i.select();
                            }
                        } />
                </label>
            </Show>
        </div>
    }
}

/// While a shared or imported scenario is on screen: say so, and let the user save it to
/// their library or go back to the board they had.
#[component]
pub fn UnsavedBanner() -> impl IntoView {
    let state = use_app_state();
    let library = use_library_state();
    let keep = move |_| {
        url::clear_hash();
        library.keep_opened();
    };
    let back = move |_| {
        url::clear_hash();
        library.back_to_board();
    };
    view! {
        <Show when=move || state.unsaved_from.with(Option::is_some)>
            <div class="unsaved-banner" role="region" aria-label="Unsaved scenario">
                <p>
                    {move || format!(
                        "You are looking at a scenario from {}. It is not saved, and your own scenarios are untouched.",
                        state.unsaved_from.get().unwrap_or_default()
                    )}
                </p>
                <button type="button" class="header-button" on:click=keep>"Save to my scenarios"</button>
                <button type="button" class="header-button" on:click=back>"Back to my board"</button>
            </div>
        </Show>
    }
}
