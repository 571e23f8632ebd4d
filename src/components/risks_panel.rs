use leptos::prelude::*;

use crate::engine::model::scenario::WorkloadId;
use crate::engine::RiskLevel;
use crate::state::use_app_state;

/// A risk as listed. Keyed by all of it: the workload names a workload's risk and the
/// driver a scenario-level one, and a risk whose figures change is drawn afresh.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Row {
    workload: Option<WorkloadId>,
    title: String,
    level: RiskLevel,
    likelihood: u8,
    impact: u8,
    driver: String,
    /// When the driver bites, in the plan's months.
    when: String,
    others: Vec<String>,
}

/// The plan's top risks, each with the factor that drives it, so the room can argue with
/// the factor rather than the score.
#[component]
pub fn RisksPanel() -> impl IntoView {
    let state = use_app_state();
    let rows = Memo::new(move |_| {
        state.settled.with(|s, r| {
            r.as_ref().map_or_else(
                |_| Vec::new(),
                |e| {
                    e.plan
                        .risk
                        .top(5)
                        .map(|risk| Row {
                            workload: risk.workload,
                            title: match risk.workload.and_then(|id| s.workload(id)) {
                                Some(w) => w.name.clone(),
                                None => risk.driver().map_or("Scenario", |f| f.kind.label()).to_owned(),
                            },
                            level: risk.level,
                            likelihood: risk.likelihood,
                            impact: risk.impact,
                            driver: risk.driver().map(|f| f.reason(&e.currency)).unwrap_or_default(),
                            when: risk.driver().map(|f| f.when_words(e.start)).unwrap_or_default(),
                            others: risk
                                .factors
                                .iter()
                                .enumerate()
                                .filter(|(i, _)| *i != risk.driver)
                                .map(|(_, f)| {
                                    format!(
                                        "{}: {} When: {}.",
                                        f.kind.label(),
                                        f.reason(&e.currency),
                                        f.when_words(e.start)
                                    )
                                })
                                .collect(),
                        })
                        .collect::<Vec<_>>()
                },
            )
        })
    });
    view! {
        <section class="panel risks" aria-labelledby="risks-title">
            <h2 id="risks-title" class="panel-title">"Top risks"</h2>
            <Show when=move || !rows.with(Vec::is_empty) fallback=|| view! { <p class="hint">"No risks yet: place workloads."</p> }>
                <ol class="risk-list">
                    <For each=move || rows.get() key=Row::clone let:r>
                        <li class=level_class(r.level)>
                            <span class="risk-head">
                                <strong>{r.title}</strong>
                                <span class="risk-level">{format!("{} · likelihood {} × impact {}", r.level.label(), r.likelihood, r.impact)}</span>
                            </span>
                            <span class="risk-driver">{format!("Driven by: {}", r.driver)}</span>
                            <span class="risk-when">{format!("When: {}.", r.when)}</span>
                            {(!r.others.is_empty()).then(|| view! {
                                <details><summary>"Other factors"</summary>
                                    <ul>{r.others.into_iter().map(|o| view! { <li>{o}</li> }).collect_view()}</ul>
                                </details>
                            })}
                        </li>
                    </For>
                </ol>
            </Show>
        </section>
    }
}

/// Spelled out per level so that renaming a level's label cannot change the styling.
fn level_class(level: RiskLevel) -> &'static str {
    match level {
        RiskLevel::Low => "risk risk-low",
        RiskLevel::Medium => "risk risk-medium",
        RiskLevel::High => "risk risk-high",
        RiskLevel::Critical => "risk risk-critical",
    }
}
