use leptos::prelude::*;

use crate::engine::model::scenario::{Criticality, WorkloadId};
use crate::state::{use_app_state, AppState};
use crate::web::dom;

mod both_share;
mod capacity;
mod schedule;
mod workload_cost;
mod workload_fields;

use super::fields::SelectField;
use capacity::CapacityFields;
use schedule::ScheduleFields;
use workload_cost::WorkloadCost;
use workload_fields::{field_id, key_of, DataFields, IdentityFields, RegulationFields, UsageFields};

/// The side panel: every main parameter of the selected workload.
#[component]
pub fn Inspector() -> impl IntoView {
    let state = use_app_state();
    // Only a change of selection rebuilds the form, so typing never loses focus.
    let current = Memo::new(move |_| {
        state
            .selected
            .get()
            .filter(|id| state.scenario.with(|s| s.workload(*id).is_some()))
    });
    view! {
        <aside class="inspector" aria-labelledby="inspector-title">
            <h2 id="inspector-title" class="panel-title">"Workload details"</h2>
            {move || match current.get() {
                Some(id) => view! { <WorkloadForm id /> }.into_any(),
                None => view! { <p class="hint">"Select a card to see and edit its details."</p> }.into_any(),
            }}
        </aside>
    }
}

#[component]
fn WorkloadForm(id: WorkloadId) -> impl IntoView {
    let state = use_app_state();
    let w = Memo::new(move |_| state.scenario.with(|s| s.workload(id).cloned()));
    view! {
        <form class="workload-form" on:submit=|e| e.prevent_default()>
            <p class="form-kind">{move || w.with(|w| w.as_ref().map(|w| w.kind.label()))}</p>
            <IdentityFields id w />
            <UsageFields id w />
            <DataFields id w />
            <RegulationFields id w />
            <SelectField
                id=field_id(id, "criticality")
                label="Criticality"
                options=options(Criticality::ALL.iter().map(|c| (c.key(), c.label())))
                value=key_of(w, |w| w.criticality.key())
                on_change=Callback::new(move |key: String| {
                    if let Some(c) = Criticality::from_key(&key) {
                        state.edit(id, "criticality", |w| w.criticality = c);
                    }
                })
            />
            <ScheduleFields id />
            <CapacityFields id />
            <WorkloadCost id />
            <FormActions id />
        </form>
    }
}

#[component]
fn FormActions(id: WorkloadId) -> impl IntoView {
    let state = use_app_state();
    view! {
        <div class="form-actions">
            <button type="button" on:click=move |_| duplicate(state, id)>"Duplicate"</button>
            <button type="button" class="danger" on:click=move |_| {
                state.remove(id);
                dom::focus_board_soon();
            }>"Remove"</button>
        </div>
    }
}

/// Select options from `(value, text)` pairs of static strings.
pub fn options<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<(String, String)> {
    pairs.map(|(k, t)| (k.to_owned(), t.to_owned())).collect()
}

fn duplicate(state: AppState, id: WorkloadId) {
    if let Some(copy) = state.duplicate(id) {
        dom::focus_card_soon(copy);
    }
}
