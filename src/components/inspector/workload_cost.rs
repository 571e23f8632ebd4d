use leptos::prelude::*;

use crate::components::breakdown::{explained, CostLines};
use crate::engine::model::money::format_usd;
use crate::engine::model::scenario::WorkloadId;
use crate::state::use_app_state;

/// What this workload costs in the plan, line by line, each with its sources.
#[component]
pub fn WorkloadCost(id: WorkloadId) -> impl IntoView {
    let state = use_app_state();
    let summary = Memo::new(move |_| {
        state.evaluation.with(|r| {
            r.as_ref()
                .ok()
                .and_then(|e| e.plan.cost.workload(id))
                .map(|c| (c.first_year_run / 12.0, c.total, c.one_time))
        })
    });
    let lines = Memo::new(move |_| {
        state.evaluation.with(|r| {
            r.as_ref().map_or_else(
                |_| Vec::new(),
                |e| explained(e, |_| None, |l| l.workload == Some(id)),
            )
        })
    });
    view! {
        <section class="workload-cost" aria-labelledby=format!("w{}-cost-title", id.0)>
            <h3 id=format!("w{}-cost-title", id.0)>"Cost in your plan"</h3>
            {move || match summary.get() {
                None => view! { <p class="hint">"Not priced until it is placed on Azure, AWS or Both."</p> }.into_any(),
                Some((monthly, total, one_time)) => view! {
                    <p class="hint">
                        {format!("{} a month in year 1 · {} over the horizon", format_usd(monthly), format_usd(total))}
                        {(one_time > 0.0).then(|| format!(" · {} one-time migration", format_usd(one_time)))}
                    </p>
                    <CostLines lines=Signal::derive(move || lines.get()) />
                }.into_any(),
            }}
        </section>
    }
}
