use leptos::prelude::*;

use crate::engine::model::scenario::WorkloadId;
use crate::engine::Severity;
use crate::state::use_app_state;

/// A finding as listed. Keyed by all of it: the workload and the message (which names the
/// kind, cloud and capability) tell findings apart, and a changed finding is drawn afresh.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Row {
    severity: Severity,
    workload_id: Option<WorkloadId>,
    workload: Option<String>,
    message: String,
}

/// What the engine found about the plan: capabilities not yet available where a workload is
/// placed, workarounds, lag behind Azure, migrations costlier than a year of running.
#[component]
pub fn Findings() -> impl IntoView {
    let state = use_app_state();
    let rows = Memo::new(move |_| {
        state.settled.with(|s, r| {
            r.as_ref().map_or_else(
                |_| Vec::new(),
                |e| {
                    let mut rows: Vec<Row> = e
                        .findings()
                        .map(|f| Row {
                            severity: f.severity,
                            workload_id: f.workload,
                            workload: f.workload.and_then(|id| s.workload(id)).map(|w| w.name.clone()),
                            message: f.message(&e.currency),
                        })
                        .collect();
                    rows.sort_by_key(|r| std::cmp::Reverse(r.severity));
                    rows
                },
            )
        })
    });
    view! {
        <section class="panel findings" aria-labelledby="findings-title">
            <h2 id="findings-title" class="panel-title">
                "Findings " <span class="count">{move || format!("({})", rows.with(Vec::len))}</span>
            </h2>
            <Show
                when=move || !rows.with(Vec::is_empty)
                fallback=|| view! { <p class="hint">"Nothing to flag for the plan as placed."</p> }
            >
                <ul class="finding-list">
                    <For each=move || rows.get() key=Row::clone let:r>
                        <li class=severity_class(r.severity)>
                            <span class="finding-severity">{r.severity.label()}</span>
                            {r.workload.map(|n| view! { <strong class="finding-workload">{n}</strong> })}
                            <span class="finding-message">{r.message}</span>
                        </li>
                    </For>
                </ul>
            </Show>
        </section>
    }
}

fn severity_class(severity: Severity) -> &'static str {
    match severity {
        Severity::RedFlag => "finding finding-red",
        Severity::Warning => "finding finding-warn",
        Severity::Info => "finding finding-info",
    }
}
