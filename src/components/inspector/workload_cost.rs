use leptos::prelude::*;

use crate::components::breakdown::{explained, CostLines};
use crate::engine::model::scenario::WorkloadId;
use crate::state::use_app_state;

/// What this workload costs in the plan, line by line, each with its sources.
#[component]
pub fn WorkloadCost(id: WorkloadId) -> impl IntoView {
    let state = use_app_state();
    let summary = Memo::new(move |_| {
        state.evaluation.with(|r| {
            let e = r.as_ref().ok()?;
            let c = e.plan.cost.workload(id)?;
            let money = |v: f64| e.money(v);
            Some((
                money(c.first_year_run / 12.0),
                money(c.total),
                (c.one_time > 0.0).then(|| money(c.one_time)),
            ))
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
                        {format!("{monthly} a month in year 1 · {total} over the horizon")}
                        {one_time.map(|o| format!(" · {o} one-time migration"))}
                    </p>
                    <CostLines lines=Signal::derive(move || lines.get()) />
                }.into_any(),
            }}
        </section>
    }
}
