use leptos::prelude::*;

use super::card::Card;
use crate::engine::model::scenario::Zone;
use crate::state::board_view::{use_board_view, Shown};
use crate::state::use_app_state;

/// One place on the board: a labelled region holding its workload cards.
#[component]
pub fn ZoneView(zone: Zone) -> impl IntoView {
    let state = use_app_state();
    let shown = use_board_view().shown;
    let total = Memo::new(move |_| state.scenario.with(|s| s.in_zone(zone).count()));
    let ids = Memo::new(move |_| {
        let shown = shown.get();
        state.scenario.with(|s| {
            s.in_zone(zone)
                .filter(|w| shown.includes(w.kind))
                .map(|w| w.id)
                .collect::<Vec<_>>()
        })
    });
    // "3 of 20" while a filter hides some of the place's cards.
    let count = move || {
        let (seen, all) = (ids.with(Vec::len), total.get());
        if seen == all || shown.get() == Shown::All {
            (all.to_string(), format!("{all} workloads"))
        } else {
            (
                format!("{seen} of {all}"),
                format!("{seen} of {all} workloads shown"),
            )
        }
    };
    // Memos: a drag updates `state.drag` on every pointer move; the zone changes only when
    // these do.
    let is_target = Memo::new(move |_| state.drag.with(|d| d.is_some_and(|d| d.over == Some(zone))));
    let dragging = Memo::new(move |_| state.drag.with(|d| d.is_some_and(|d| d.is_active())));
    let heading_id = format!("zone-{}-title", zone.key());
    view! {
        <section
            class=format!("zone zone-{}", zone.key())
            class:drop-target=is_target
            class:drag-in-progress=dragging
            role="region"
            aria-label=zone.label()
            data-zone=zone.key()
        >
            <header class="zone-header">
                <h3 id=heading_id.clone()>{zone.label()}</h3>
                <span class="zone-count" aria-label=move || count().1>
                    {move || count().0}
                </span>
            </header>
            <ul class="zone-cards" aria-labelledby=heading_id>
                <For each=move || ids.get() key=|id| *id let:id>
                    <li class="zone-card-item">
                        <Card id />
                    </li>
                </For>
            </ul>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="zone-empty" aria-hidden="true">"Drop workloads here"</p>
            </Show>
        </section>
    }
}
