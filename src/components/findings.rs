use leptos::prelude::*;

use crate::engine::Severity;
use crate::state::use_app_state;

#[derive(Debug, Clone, PartialEq)]
struct Row {
    severity: Severity,
    workload: Option<String>,
    message: String,
}

/// What the engine found about the plan: capabilities not yet available where a workload is
/// placed, workarounds, lag behind Azure, migrations costlier than a year of running.
#[component]
pub fn Findings() -> impl IntoView {
    let state = use_app_state();
    let rows = Memo::new(move |_| {
        state.evaluation.with(|r| {
            r.as_ref().map_or_else(
                |_| Vec::new(),
                |e| {
                    let mut rows: Vec<Row> = state.scenario.with(|s| {
                        e.findings()
                            .map(|f| Row {
                                severity: f.severity,
                                workload: f.workload.and_then(|id| s.workload(id)).map(|w| w.name.clone()),
                                message: f.message(),
                            })
                            .collect()
                    });
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
                    {move || rows.get().into_iter().map(|r| {
                        let class = match r.severity {
                            Severity::RedFlag => "finding finding-red",
                            Severity::Warning => "finding finding-warn",
                            Severity::Info => "finding finding-info",
                        };
                        view! {
                            <li class=class>
                                <span class="finding-severity">{r.severity.label()}</span>
                                {r.workload.map(|n| view! { <strong class="finding-workload">{n}</strong> })}
                                <span class="finding-message">{r.message}</span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
        </section>
    }
}
