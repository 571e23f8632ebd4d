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
            // Built once while the workload is placed; a move updates its text and lines in place.
            <Show
                when=move || summary.with(Option::is_some)
                fallback=|| view! { <p class="hint">"Not priced until it is placed on Azure, AWS or Both."</p> }
            >
                <p class="hint">{move || summary.with(|s| s.as_ref().map(summary_text).unwrap_or_default())}</p>
                <CostLines lines=Signal::derive(move || lines.get()) />
            </Show>
        </section>
    }
}

/// "$1,200 a month in year 1 · $90,000 over the horizon · $5,000 one-time migration".
fn summary_text((monthly, total, one_time): &(String, String, Option<String>)) -> String {
    let one_time = one_time
        .as_ref()
        .map(|o| format!(" · {o} one-time migration"))
        .unwrap_or_default();
    format!("{monthly} a month in year 1 · {total} over the horizon{one_time}")
}
