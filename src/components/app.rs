use leptos::prelude::*;

use super::advice_panel::AdvicePanel;
use super::assumptions_panel::AssumptionsPanel;
use super::board::Board;
use super::breakdown::Breakdown;
use super::charts_panel::ChartsPanel;
use super::drag_ghost::DragGhost;
use super::findings::Findings;
use super::headline::Headline;
use super::inspector::Inspector;
use super::notices::Notices;
use super::palette::Palette;
use super::risks_panel::RisksPanel;
use super::settings::Settings;
use super::share_bar::{ShareBar, UnsavedBanner};
use crate::engine::scenario::Scenario;
use crate::engine::share_link;
use crate::state::AppState;
use crate::web::{dom, storage};

/// Loads the saved board, provides the state, and keeps storage in sync with it.
#[component]
pub fn App() -> impl IntoView {
    let (scenario, notice, may_save) = match storage::load_current() {
        storage::Loaded::Scenario(s) => (s, None, true),
        storage::Loaded::Nothing => (Scenario::default(), None, true),
        storage::Loaded::KeptAside { reason, kept_as: Some(key) } => (
            Scenario::default(),
            Some(format!(
                "Your saved board could not be opened ({reason}). It was kept aside in this browser's storage \
                 under \"{key}\" and a new board was started."
            )),
            true,
        ),
        storage::Loaded::KeptAside { reason, kept_as: None } => (
            Scenario::default(),
            Some(format!(
                "Your saved board could not be opened ({reason}) and could not be moved aside, so this \
                 session will not save over it. Changes are kept only until you close the tab."
            )),
            false,
        ),
        storage::Loaded::StorageUnavailable => (
            Scenario::default(),
            Some(
                "This browser does not let cloudsplit save (storage is disabled or unavailable). You can \
                 work as usual, but the board is kept only until you close the tab."
                    .to_owned(),
            ),
            false,
        ),
    };
    let state = AppState::new(scenario);
    if let Some(text) = notice {
        state.notify(text);
    }
    provide_context(state);
    provide_context(crate::state::uncertainty::Uncertainty::start(state));

    // A shared link opens as an unsaved scenario, on load or when pasted into this tab; the
    // stored board is neither read over nor written until the user chooses to keep it.
    open_shared_link(state);
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| open_shared_link(state));
    on_cleanup(move || on_hash.remove());

    // Autosave: the only place the board is written to storage. Where saving would
    // overwrite data that could not be moved aside, it stays off for this session.
    if may_save {
        Effect::new(move |_| {
            if state.unsaved_from.with(Option::is_some) {
                return;
            }
            // A board the engine rejects would be set aside on the next load; keep the last
            // valid one in storage instead (the headline says what is wrong).
            if state.scenario.with(|s| s.validate().is_err()) {
                return;
            }
            if let Err(e) = state.scenario.with(storage::save_current) {
                state.notify(format!(
                    "Could not save the board: {e}. Your changes are kept in this tab."
                ));
            }
        });
    }

    request_animation_frame(|| dom::performance_mark("cloudsplit:interactive"));

    view! {
        <a class="skip-link" href="#board">"Skip to the board"</a>
        <header class="app-header">
            <h1 class="app-title">"cloudsplit"</h1>
            <p class="app-tagline">"Azure, AWS or both: where should your OpenAI workloads run?"</p>
            <ShareBar />
        </header>
        <Notices />
        <UnsavedBanner />
        <main>
            <Headline />
            <div class="workspace">
                <Palette />
                <Board />
                <Inspector />
            </div>
            <ChartsPanel />
            <div class="results">
                <AdvicePanel />
                <RisksPanel />
                <Findings />
                <Breakdown />
                <Settings />
                <AssumptionsPanel />
            </div>
        </main>
        <DragGhost />
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {move || state.announcement.get()}
        </div>
    }
}

fn open_shared_link(state: AppState) {
    match share_link::decode_fragment(&crate::web::url::hash()) {
        Ok(Some(shared)) => state.open_unsaved(shared, "a shared link".to_owned()),
        Ok(None) => {}
        Err(e) => state.notify(format!(
            "The shared link could not be opened: {e} Your own board is shown instead."
        )),
    }
}
