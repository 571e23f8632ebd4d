use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::engine::io::presets::{self, Preset};
use crate::engine::io::scenario_file;
use crate::state::use_app_state;
use crate::web::fetch;

#[derive(Debug, Clone, PartialEq)]
enum List {
    NotLoaded,
    Loading,
    Loaded(Vec<Preset>),
    Failed(String),
}

/// Ready-made boards for the room, listed in `presets/index.json` next to the app. One
/// press opens a preset as an unsaved scenario: the user's own board is never overwritten.
#[component]
pub fn PresetsMenu() -> impl IntoView {
    let state = use_app_state();
    let open = RwSignal::new(false);
    let list = RwSignal::new(List::NotLoaded);
    let load_list = move || {
        if !matches!(list.get_untracked(), List::NotLoaded | List::Failed(_)) {
            return;
        }
        list.set(List::Loading);
        spawn_local(async move {
            let loaded = fetch::fetch_text(presets::MANIFEST, presets::MAX_MANIFEST_BYTES)
                .await
                .and_then(|text| presets::parse_manifest(&text).map_err(|e| e.to_string()));
            list.set(match loaded {
                Ok(p) => List::Loaded(p),
                Err(e) => List::Failed(format!("The presets could not be loaded: {e}.")),
            });
        });
    };
    let toggle = move |_| {
        open.update(|o| *o = !*o);
        if open.get_untracked() {
            load_list();
        }
    };
    let pick = move |preset: Preset| {
        open.set(false);
        spawn_local(async move {
            let opened = fetch::fetch_text(&preset.url(), scenario_file::MAX_FILE_BYTES)
                .await
                .and_then(|text| presets::open(&text).map_err(|e| e.to_string()));
            match opened {
                Ok(scenario) => {
                    state.open_unsaved(scenario, format!("the preset \"{}\"", preset.title));
                    state.announce(format!("Opened the preset {}.", preset.title));
                }
                Err(e) => state.notify(format!(
                    "The preset \"{}\" could not be opened: {e} Your board is unchanged.",
                    preset.title
                )),
            }
        });
    };
    view! {
        <div class="presets" on:keydown=move |ev| if ev.key() == "Escape" { open.set(false) }>
            <button type="button" class="header-button" aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls="presets-list" on:click=toggle>
                "Presets"
            </button>
            <Show when=move || open.get()>
                <div id="presets-list" class="presets-list" role="region" aria-label="Presets">
                    {move || match list.get() {
                        List::NotLoaded | List::Loading => view! { <p class="hint">"Loading presets…"</p> }.into_any(),
                        List::Failed(message) => view! { <p class="presets-error">{message}</p> }.into_any(),
                        List::Loaded(items) if items.is_empty() => view! { <p class="hint">"No presets are installed."</p> }.into_any(),
                        List::Loaded(items) => view! {
                            <ul>
                                {items.into_iter().map(|p| {
                                    let title = p.title.clone();
                                    let description = p.description.clone();
                                    view! {
                                        <li>
                                            <button type="button" class="preset" on:click=move |_| pick(p.clone())>
                                                <span class="preset-title">{title}</span>
                                                <span class="preset-description">{description}</span>
                                            </button>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        }.into_any(),
                    }}
                </div>
            </Show>
        </div>
    }
}
