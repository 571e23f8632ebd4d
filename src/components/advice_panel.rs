use leptos::prelude::*;

use crate::engine::analysis::advice::{Advice, AdviceStatus};
use crate::engine::model::currency::Currency;
use crate::state::use_app_state;

/// The seeds' decision framework applied to the board: which way it points, why, the red
/// flags, and what the user's plan costs or saves against that advice.
#[component]
pub fn AdvicePanel() -> impl IntoView {
    let state = use_app_state();
    let advice = Memo::new(move |_| {
        state
            .settled
            .with(|_, r| r.as_ref().ok().map(|e| (e.advice.clone(), e.currency.clone())))
    });
    view! {
        <section class="panel advice" aria-labelledby="advice-title">
            <h2 id="advice-title" class="panel-title">"Advice: Azure, AWS or both?"</h2>
            {move || advice.get().map(|(a, currency)| view! { <AdviceBody a currency /> })}
        </section>
    }
}

/// `currency`: the one the advice's amounts are worded in.
#[component]
fn AdviceBody(a: Advice, currency: Currency) -> impl IntoView {
    if a.status == AdviceStatus::EmptyBoard {
        return view! { <p class="hint">{a.summary}</p> }.into_any();
    }
    let headline = a.recommended.map(|d| d.label()).unwrap_or_default();
    let close = a
        .runner_up
        .filter(|_| a.close_call)
        .map(|r| format!(" A close call with {}.", r.label()));
    view! {
        <p class="advice-verdict">
            <strong data-testid="advice-verdict">{headline}</strong>
            {format!(" — {}", a.summary)}
            {close}
        </p>
        <h3 class="subhead">"Why"</h3>
        <ul class="reasons">{a.reasons.into_iter().map(|r| view! { <li>{r}</li> }).collect_view()}</ul>
        <h3 class="subhead" id="advice-flips-title">"What would change it"</h3>
        {if a.flips.is_empty() {
            let runner_up = a.runner_up.map(|d| d.label()).unwrap_or("another option");
            view! { <p class="hint">{format!("No single change of one input or weight makes {runner_up} win.")}</p> }.into_any()
        } else {
            view! {
                <ul class="flips" aria-labelledby="advice-flips-title">
                    {a.flips.into_iter().map(|f| view! { <li>{f.sentence}</li> }).collect_view()}
                </ul>
            }.into_any()
        }}
        {(!a.red_flags.is_empty()).then(|| view! {
            <h3 class="subhead">"Red flags"</h3>
            <ul class="red-flags">
                {a.red_flags.clone().into_iter().map(|f| view! {
                    <li><strong>{f.kind.label()}</strong>": "{f.message}</li>
                }).collect_view()}
            </ul>
        })}
        {a.comparison.map(|c| {
            let sign = |v: f64| if v >= 0.0 { "+" } else { "−" };
            view! {
                <h3 class="subhead">{format!("Your plan against {}", c.advised.label())}</h3>
                <p>{c.summary.clone()}</p>
                <dl class="deltas">
                    <dt>"TCO over the horizon"</dt>
                    <dd>{format!("{}{}", sign(c.tco_delta), currency.format(c.tco_delta.abs()))}</dd>
                    <dt>"Governance work"</dt>
                    <dd>{format!("{}{:.0} hours a month", sign(c.governance_hours_delta), c.governance_hours_delta.abs())}</dd>
                    <dt>"Highest risk score"</dt>
                    <dd>{format!("{}{}", if c.risk_score_delta >= 0 { "+" } else { "−" }, c.risk_score_delta.abs())}</dd>
                </dl>
                {(!c.placed_differently.is_empty()).then(|| view! {
                    <details>
                        <summary>{format!("{} workloads placed differently from the advice", c.placed_differently.len())}</summary>
                        <ul>
                            {c.placed_differently.iter().map(|d| view! {
                                <li>{format!("{}: {} in your plan, {} in the advice", d.name, d.plan.zone().label(), d.advised.zone().label())}</li>
                            }).collect_view()}
                        </ul>
                    </details>
                })}
            }
        })}
        <details class="options">
            <summary>"How each option scores"</summary>
            <table class="money-table">
                <thead><tr><th scope="col">"Option"</th><th scope="col" class="num">"Score"</th><th scope="col">"Criteria that apply"</th></tr></thead>
                <tbody>
                    {a.options.into_iter().map(|o| view! {
                        <tr>
                            <th scope="row">{o.direction.label()}</th>
                            <td class="num">{format!("{:.0}", o.score)}</td>
                            <td>{o.criteria.iter().filter(|c| c.applies()).map(|c| c.reason.clone()).collect::<Vec<_>>().join("; ")}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </details>
    }
    .into_any()
}
