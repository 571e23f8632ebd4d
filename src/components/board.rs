use leptos::prelude::*;

use super::card::KEY_HELP_ID;
use super::drag_gesture::follow_drags;
use super::month_scrubber::MonthScrubber;
use super::zone::ZoneView;
use crate::engine::model::scenario::Zone;
use crate::state::use_app_state;

/// The four places; drags begun on cards or palette items are followed from here.
#[component]
pub fn Board() -> impl IntoView {
    follow_drags(use_app_state());

    view! {
        <section id="board" class="board" aria-labelledby="board-title" tabindex="-1">
            <h2 id="board-title" class="panel-title">"Placement board"</h2>
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
