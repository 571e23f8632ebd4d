use leptos::prelude::*;

use crate::state::use_app_state;

#[derive(Debug, Clone, PartialEq)]
struct Row {
    title: String,
    level: &'static str,
    likelihood: u8,
    impact: u8,
    driver: String,
    others: Vec<String>,
}

/// The plan's top risks, each with the factor that drives it, so the room can argue with
/// the factor rather than the score.
#[component]
pub fn RisksPanel() -> impl IntoView {
    let state = use_app_state();
    let rows = Memo::new(move |_| {
        state.evaluation.with(|r| {
            r.as_ref().map_or_else(
                |_| Vec::new(),
                |e| {
                    state.scenario.with(|s| {
                        e.plan
                            .risk
                            .top(5)
                            .map(|risk| Row {
                                title: match risk.workload.and_then(|id| s.workload(id)) {
                                    Some(w) => w.name.clone(),
                                    None => risk.driver().map_or("Scenario", |f| f.kind.label()).to_owned(),
                                },
                                level: risk.level.label(),
                                likelihood: risk.likelihood,
                                impact: risk.impact,
                                driver: risk.driver().map(|f| f.reason()).unwrap_or_default(),
                                others: risk
                                    .factors
                                    .iter()
                                    .enumerate()
                                    .filter(|(i, _)| *i != risk.driver)
                                    .map(|(_, f)| format!("{}: {}", f.kind.label(), f.reason()))
                                    .collect(),
                            })
                            .collect::<Vec<_>>()
                    })
                },
            )
        })
    });
    view! {
        <section class="panel risks" aria-labelledby="risks-title">
            <h2 id="risks-title" class="panel-title">"Top risks"</h2>
            <Show when=move || !rows.with(Vec::is_empty) fallback=|| view! { <p class="hint">"No risks yet: place workloads."</p> }>
                <ol class="risk-list">
                    {move || rows.get().into_iter().map(|r| view! {
                        <li class=format!("risk risk-{}", r.level.to_lowercase())>
                            <span class="risk-head">
                                <strong>{r.title}</strong>
                                <span class="risk-level">{format!("{} · likelihood {} × impact {}", r.level, r.likelihood, r.impact)}</span>
                            </span>
                            <span class="risk-driver">{format!("Driven by: {}", r.driver)}</span>
                            {(!r.others.is_empty()).then(|| view! {
                                <details><summary>"Other factors"</summary>
                                    <ul>{r.others.into_iter().map(|o| view! { <li>{o}</li> }).collect_view()}</ul>
                                </details>
                            })}
                        </li>
                    }).collect_view()}
                </ol>
            </Show>
        </section>
    }
}
