//! "This answer rests on these assumptions; check them": the weakly sourced assumptions that
//! move the plan's standing against its cheapest reference most, beside the tornado.

use leptos::prelude::*;

use crate::state::uncertainty::use_uncertainty;
use crate::state::use_app_state;

#[component]
pub fn AnswerReliancePanel() -> impl IntoView {
    let uncertainty = use_uncertainty();
    let state = use_app_state();
    let answer = Memo::new(move |_| {
        let currency = state.currency.get();
        uncertainty.result.with(|r| {
            r.as_ref().map(|r| {
                let items: Vec<(String, String)> = r
                    .reliance
                    .weakest
                    .iter()
                    .map(|w| w.assumption.id.clone())
                    .zip(r.reliance.items(&currency))
                    .collect();
                (r.reliance.summary(&currency), items)
            })
        })
    });
    view! {
        <section class="answer-reliance" aria-labelledby="answer-reliance-title">
            <h3 id="answer-reliance-title">"What this answer rests on"</h3>
            {move || match answer.get() {
                None => view! { <p class="hint">"Sampling the assumptions…"</p> }.into_any(),
                Some((summary, items)) => view! {
                    <p>{summary}</p>
                    <ul>
                        <For each=move || items.clone() key=|(id, _)| id.clone() let:item>
                            <li>{item.1}</li>
                        </For>
                    </ul>
                }
                .into_any(),
            }}
        </section>
    }
}
