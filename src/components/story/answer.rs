use leptos::prelude::*;

use super::what_if::WhatIf;
use crate::engine::analysis::advice::AdviceStatus;
use crate::engine::Evaluation;
use crate::state::use_app_state;

/// The first step: what the framework advises, what the plan costs or saves against that,
/// and the plan's three headline numbers.
#[derive(Debug, Clone, PartialEq)]
struct Told {
    verdict: String,
    summary: String,
    against: Option<String>,
    numbers: [(String, String); 3],
}

fn told(e: &Evaluation) -> Told {
    let a = &e.advice;
    let verdict = match (a.status, a.recommended) {
        (AdviceStatus::EmptyBoard, _) | (_, None) => "No recommendation yet".to_owned(),
        (_, Some(d)) => d.label().to_owned(),
    };
    let plan = &e.plan;
    Told {
        verdict,
        summary: a.summary.clone(),
        against: a.comparison.as_ref().map(|c| c.summary.clone()),
        numbers: [
            (
                format!("Your plan's {}-year TCO", e.horizon_years()),
                e.money(plan.cost.horizon_total),
            ),
            ("A month at run-rate".to_owned(), e.money(plan.cost.run_rate)),
            (
                "Governance work a month".to_owned(),
                format!("{:.0} hours", plan.governance.hours_per_month),
            ),
        ],
    }
}

#[component]
pub fn Answer() -> impl IntoView {
    let state = use_app_state();
    let told = Memo::new(move |_| state.evaluation.with(|r| r.as_ref().ok().map(told)));
    view! {
        <section class="story-answer">
            {move || told.get().map(|t| view! {
                <p class="story-verdict" data-testid="story-verdict">{t.verdict}</p>
                <p class="story-summary">{t.summary}</p>
                {t.against.map(|text| view! { <p class="story-against" data-testid="story-against">{text}</p> })}
                <dl class="story-numbers">
                    {t.numbers.into_iter().map(|(label, value)| view! {
                        <div class="story-number"><dt>{label}</dt><dd>{value}</dd></div>
                    }).collect_view()}
                </dl>
            })}
            <WhatIf />
        </section>
    }
}
