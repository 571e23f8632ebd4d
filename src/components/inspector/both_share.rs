use leptos::prelude::*;

use crate::engine::model::scenario::{Placement, WorkloadId};
use crate::state::use_app_state;

/// The split of a workload placed on Both.
#[component]
pub fn BothShare(id: WorkloadId) -> impl IntoView {
    let state = use_app_state();
    let azure = Memo::new(move |_| {
        state
            .scenario
            .with(|s| match s.workload(id).map(|w| w.placement) {
                Some(Placement::Both { azure_percent }) => azure_percent,
                _ => 50,
            })
    });
    let input_id = format!("w{}-share", id.0);
    view! {
        <div class="field field-wide">
            <label for=input_id.clone()>"Share of traffic on Azure"</label>
            <div class="share">
                <input
                    id=input_id
                    type="range"
                    min="0"
                    max="100"
                    step="5"
                    prop:value=move || azure.get().to_string()
                    aria-valuetext=move || format!("Azure {}%, AWS {}%", azure.get(), 100u8.saturating_sub(azure.get()))
                    on:input=move |ev| {
                        if let Ok(p) = event_target_value(&ev).parse::<u8>() {
                            state.edit(id, "share", |w| w.placement = Placement::Both { azure_percent: p.min(100) });
                        }
                    }
                />
                <output>{move || format!("Azure {}% · AWS {}%", azure.get(), 100u8.saturating_sub(azure.get()))}</output>
            </div>
        </div>
    }
}
