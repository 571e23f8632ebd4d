use leptos::prelude::*;

use super::drag_gesture::start_drag;
use crate::engine::model::catalog::{Family, WorkloadKind};
use crate::engine::model::scenario::Zone;
use crate::state::drag::DragSource;
use crate::state::use_app_state;
use crate::web::dom;

/// The workload kinds, by family. Activate an item to add it to "Not placed", or drag it
/// straight onto a zone.
#[component]
pub fn Palette() -> impl IntoView {
    view! {
        <aside class="palette" aria-labelledby="palette-title">
            <h2 id="palette-title" class="panel-title">"Add workloads"</h2>
            <p class="hint">"Drag onto a place, or press to add to Not placed."</p>
            <PaletteFamily family=Family::StatelessApi />
            <PaletteFamily family=Family::StatefulAgent />
        </aside>
    }
}

#[component]
fn PaletteFamily(family: Family) -> impl IntoView {
    let heading_id = match family {
        Family::StatelessApi => "palette-stateless",
        Family::StatefulAgent => "palette-stateful",
    };
    let kinds: Vec<WorkloadKind> = WorkloadKind::ALL
        .into_iter()
        .filter(|k| k.family() == family)
        .collect();
    view! {
        <section class="palette-family" aria-labelledby=heading_id>
            <h3 id=heading_id class=("family-stateful", family == Family::StatefulAgent)>{family.label()}</h3>
            <ul class="palette-list">
                {kinds.into_iter().map(|kind| view! { <li><PaletteItem kind /></li> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn PaletteItem(kind: WorkloadKind) -> impl IntoView {
    let state = use_app_state();
    let add = move |ev: leptos::ev::MouseEvent| {
        // A drag that ended on this button must not also count as a press; a keyboard press
        // (detail 0) never follows a drag.
        let after_drag = state.suppress_click.get_value() && ev.detail() != 0;
        state.suppress_click.set_value(false);
        if after_drag {
            return;
        }
        if let Some(id) = state.add(kind, Zone::Unplaced) {
            dom::focus_card_soon(id);
        }
    };
    view! {
        <button
            type="button"
            class="palette-item"
            class:stateful=kind.is_stateful()
            aria-label=format!("Add {}", kind.label())
            on:click=add
            on:pointerdown=move |ev| start_drag(state, DragSource::Palette(kind), &ev)
        >
            <span aria-hidden="true" class="plus">"+"</span>
            {kind.label()}
        </button>
    }
}
