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
use super::later::{Later, LaterPanels};
use super::notices::Notices;
use super::palette::Palette;
use super::price_book_panel::{self, PriceBookPanel};
use super::risks_panel::RisksPanel;
use super::scenario_bar::ScenarioBar;
use super::settings::Settings;
use super::share_bar::{ShareBar, UnsavedBanner};
use super::update_notice::UpdateNotice;
use super::workshop_bar::WorkshopBar;
use crate::engine::io::share_link;
use crate::engine::model::scenario::Scenario;
use crate::state::library::LibraryState;
use crate::state::presentation::Presentation;
use crate::state::AppState;
use crate::web::{dom, preferences};

/// The product's name and the question it answers, as its header shows them. index.html's
/// header shows the same while the app loads.
const NAME: &str = "cloudsplit";
const TAGLINE: &str = "Azure, AWS or both: where should your OpenAI workloads run?";

/// Loads the library, provides the state, and keeps storage in sync with the board.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(Scenario::default());
    let opened = LibraryState::open(state);
    let library = opened.state;
    if let Some(board) = opened.board {
        state.show(board);
    }
    price_book_panel::restore(state);
    provide_context(state);
    provide_context(library);
    provide_context(Presentation::new(preferences::presentation_mode()));
    provide_context(crate::state::uncertainty::Uncertainty::start(state));
    provide_context(LaterPanels::start());

    // A shared link opens as an unsaved scenario, on load or when pasted into this tab; the
    // library is neither read over nor written until the user chooses to save it.
    open_shared_link(state);
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| open_shared_link(state));

    // Autosave: records the board after a pause in editing (see `LibraryState`); flushed when
    // the page is hidden so closing the tab loses nothing.
    Effect::new(move |_| {
        let board = state.scenario.get();
        if state.unsaved_from.with_untracked(Option::is_none) {
            library.autosave_soon(board);
        }
    });
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| library.flush());
    let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.hidden());
        if hidden {
            library.flush();
        }
    });
    // Another tab saved: merge its changes instead of overwriting them later.
    let on_storage = window_event_listener(leptos::ev::storage, move |e: web_sys::StorageEvent| {
        if e.key().as_deref() == Some(crate::engine::library::STORAGE_KEY) {
            library.on_storage_event(e.new_value());
        }
    });
    let on_keys = window_event_listener(leptos::ev::keydown, move |e| undo_keys(state, &e));
    on_cleanup(move || {
        on_hash.remove();
        on_hide.remove();
        on_visibility.remove();
        on_storage.remove();
        on_keys.remove();
    });

    request_animation_frame(|| dom::performance_mark("cloudsplit:interactive"));

    view! {
        <a class="skip-link" href="#board">"Skip to the board"</a>
        <header class="app-header">
            <h1 class="app-title">{NAME}</h1>
            <p class="app-tagline">{TAGLINE}</p>
            <ShareBar />
            <WorkshopBar />
        </header>
        <Notices />
        <UpdateNotice />
        <UnsavedBanner />
        <ScenarioBar />
        <main>
            <Headline />
            <div class="workspace">
                <Palette />
                <Board />
                <Inspector />
            </div>
            <Later><ChartsPanel /></Later>
            <div class="results">
                <Later><AdvicePanel /></Later>
                <Later><RisksPanel /></Later>
                <Later><Findings /></Later>
                <Later><Breakdown /></Later>
                <Later><Settings /></Later>
                <Later><PriceBookPanel /></Later>
                <Later><AssumptionsPanel /></Later>
            </div>
        </main>
        <DragGhost />
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            {move || state.announcement.get()}
        </div>
    }
}

/// Ctrl+Z undoes, Ctrl+Shift+Z or Ctrl+Y redoes, except while typing in a text field,
/// where the browser's own text undo applies.
fn undo_keys(state: AppState, e: &web_sys::KeyboardEvent) {
    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() || dom::typing_in_text_field(e) {
        return;
    }
    let key = e.key().to_ascii_lowercase();
    let redo = (key == "z" && e.shift_key()) || (key == "y" && !e.shift_key());
    let undo = key == "z" && !e.shift_key();
    if undo || redo {
        e.prevent_default();
        if undo {
            state.undo();
        } else {
            state.redo();
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_shown_while_loading_is_the_apps_header() {
        let page = include_str!("../../index.html");
        let header = page
            .split_once(r#"<header id="boot-header" class="app-header">"#)
            .and_then(|(_, rest)| rest.split_once("</header>"))
            .map_or("", |(header, _)| header);
        let shown = |tag: &str, class: &str, text: &str| {
            header.contains(&format!(r#"<{tag} class="{class}">{text}</{tag}>"#))
        };
        assert!(shown("h1", "app-title", NAME));
        assert!(shown("p", "app-tagline", TAGLINE));
    }
}
