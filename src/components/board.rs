use leptos::prelude::*;

use super::card::KEY_HELP_ID;
use super::drag_gesture::follow_drags;
use super::month_scrubber::MonthScrubber;
use super::zone::ZoneView;
use crate::engine::model::scenario::Zone;
use crate::state::board_view::{BoardView, Density, Shown};
use crate::state::use_app_state;

/// The four places; drags begun on cards or palette items are followed from here.
#[component]
pub fn Board() -> impl IntoView {
    let state = use_app_state();
    follow_drags(state);
    let view_of = BoardView::default();
    provide_context(view_of);
    // The fullest place decides the automatic density, whatever the filter shows.
    let fullest = Memo::new(move |_| {
        state.scenario.with(|s| {
            Zone::ALL
                .into_iter()
                .map(|z| s.in_zone(z).count())
                .max()
                .unwrap_or(0)
        })
    });
    let compact = move || view_of.density.get().is_compact(fullest.get());

    view! {
        <section id="board" class="board" class:compact=compact aria-labelledby="board-title" tabindex="-1">
            <div class="board-head">
                <h2 id="board-title" class="panel-title">"Placement board"</h2>
                <BoardViewControls view_of />
            </div>
            <MonthScrubber />
            <p id=KEY_HELP_ID class="hint">
                "Drag cards between places. Keyboard: Tab to a card, then press 1 Not placed, 2 Azure, 3 AWS, \
                 4 Both (or Left and Right arrows); Enter edits it, Delete removes it."
            </p>
            <div class="zones">
                {Zone::ALL.into_iter().map(|zone| view! { <ZoneView zone /> }).collect_view()}
            </div>
        </section>
    }
}

/// Card size and which workloads are shown: for a board too big to read at a glance.
#[component]
fn BoardViewControls(view_of: BoardView) -> impl IntoView {
    view! {
        <div class="board-view">
            <label class="field-inline">
                <span>"Cards"</span>
                <select
                    prop:value=move || view_of.density.get().key()
                    on:change=move |e| view_of.density.set(Density::from_key(&event_target_value(&e)))
                >
                    {Density::ALL.into_iter().map(|d| view! { <option value=d.key()>{d.label()}</option> }).collect_view()}
                </select>
            </label>
            <label class="field-inline">
                <span>"Show"</span>
                <select
                    prop:value=move || view_of.shown.get().key()
                    on:change=move |e| view_of.shown.set(Shown::from_key(&event_target_value(&e)))
                >
                    {Shown::choices().into_iter().map(|s| view! { <option value=s.key()>{s.label()}</option> }).collect_view()}
                </select>
            </label>
        </div>
    }
}
