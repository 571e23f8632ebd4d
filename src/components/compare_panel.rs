use leptos::prelude::*;

use crate::engine::library::EntryId;
use crate::engine::model::currency::Currency;
use crate::engine::model::money::format_number;
use crate::engine::model::scenario::Scenario;
use crate::engine::report::compare::{compare_evaluated, Comparison};
use crate::engine::{evaluate_with, Evaluation};
use crate::state::library::LibraryState;
use crate::state::AppState;

const BOARD: &str = "board";

/// Two scenarios (the board or any saved one) side by side, with the differences.
#[component]
pub fn ComparePanel(state: AppState, library: LibraryState) -> impl IntoView {
    let choices = Memo::new(move |_| {
        let mut c = vec![(
            BOARD.to_owned(),
            format!("The board ({})", state.scenario.with(|s| s.name.clone())),
        )];
        library.library.with(|l| {
            c.extend(l.entries().map(|e| (e.id.0.clone(), e.name().to_owned())));
        });
        c
    });
    let first_entry = move || choices.with(|c| c.get(1).map(|(k, _)| k.clone()).unwrap_or_default());
    let left = RwSignal::new(BOARD.to_owned());
    let right = RwSignal::new(String::new());
    // The board's evaluation is the app's own; only saved scenarios are evaluated here.
    let evaluated = move |key: &str| -> Option<Result<(Scenario, Evaluation), String>> {
        if key == BOARD {
            let scenario = state.scenario.get();
            return Some(
                state
                    .evaluation
                    .with(|e| e.clone())
                    .map(|e| (scenario, e))
                    .map_err(|e| e.to_string()),
            );
        }
        let scenario = library
            .library
            .with(|l| l.entry(&EntryId(key.to_owned())).map(|e| e.scenario.clone()))?;
        let evaluation = state
            .price_book
            .with(|book| evaluate_with(&scenario, book.as_ref()));
        Some(evaluation.map(|e| (scenario, e)).map_err(|e| e.to_string()))
    };
    let result = Memo::new(move |_| {
        let right_key = right.get();
        let right_key = if right_key.is_empty() {
            first_entry()
        } else {
            right_key
        };
        let (a, b) = (evaluated(&left.get())?, evaluated(&right_key)?);
        Some(a.and_then(|(a, ea)| b.map(|(b, eb)| compare_evaluated(&a, &ea, &b, &eb))))
    });
    let select = move |id: &'static str, label: &'static str, value: RwSignal<String>, fallback: bool| {
        view! {
            <label for=id>{label}</label>
            <select id=id
                prop:value=move || {
                    let v = value.get();
                    if v.is_empty() && fallback { first_entry() } else { v }
                }
                on:change=move |ev| value.set(event_target_value(&ev))>
                <For each=move || choices.get() key=|c| c.clone() let:c>
                    <option value=c.0.clone()>{c.1.clone()}</option>
                </For>
            </select>
        }
    };
    view! {
        <section class="compare" aria-labelledby="compare-title">
            <h3 id="compare-title">"Compare two scenarios"</h3>
            <div class="compare-pickers">
                {select("compare-a", "Compare", left, false)}
                {select("compare-b", "with", right, true)}
            </div>
            {move || match result.get() {
                None => view! { <p class="hint">"Save a scenario to compare it with the board or another one."</p> }.into_any(),
                Some(Err(e)) => view! { <p class="field-error">{format!("These cannot be compared: {e}")}</p> }.into_any(),
                Some(Ok(c)) => view! { <ComparisonTable c=c currency=state.currency.get() /> }.into_any(),
            }}
        </section>
    }
}

fn signed_money(v: f64, currency: &Currency) -> String {
    if v > 0.0 {
        format!("+{}", currency.format(v))
    } else {
        currency.format(v)
    }
}

fn signed(v: f64, unit: &str) -> String {
    let sign = if v > 0.0 { "+" } else { "" };
    format!("{sign}{}{unit}", format_number(v))
}

#[component]
/// Both scenarios' figures in the board's currency (the engine's are US dollars).
fn ComparisonTable(c: Comparison, currency: Currency) -> impl IntoView {
    let money = |v: f64| currency.format(v);
    let (a, b) = (&c.a, &c.b);
    let rows: Vec<(&str, String, String, String)> = vec![
        (
            "Horizon TCO",
            money(a.horizon_total),
            money(b.horizon_total),
            signed_money(c.tco_difference(), &currency),
        ),
        (
            "Monthly run rate (last month)",
            money(a.run_rate),
            money(b.run_rate),
            signed_money(c.run_rate_difference(), &currency),
        ),
        (
            "Governance (hours a month)",
            format_number(a.governance_hours_per_month.round()),
            format_number(b.governance_hours_per_month.round()),
            signed(c.governance_difference().round(), " h"),
        ),
        (
            "Audits a year",
            a.audits_per_year.to_string(),
            b.audits_per_year.to_string(),
            signed(f64::from(b.audits_per_year) - f64::from(a.audits_per_year), ""),
        ),
        (
            "Risk (score of 100)",
            format!("{} ({})", a.risk_score, a.risk_level.label()),
            format!("{} ({})", b.risk_score, b.risk_level.label()),
            signed(f64::from(c.risk_difference()), ""),
        ),
        (
            "High or critical risks",
            a.high_risks.to_string(),
            b.high_risks.to_string(),
            signed(f64::from(b.high_risks) - f64::from(a.high_risks), ""),
        ),
        (
            "The board points",
            a.advice.clone(),
            b.advice.clone(),
            String::new(),
        ),
        (
            "Workloads",
            a.workloads.to_string(),
            b.workloads.to_string(),
            signed(b.workloads as f64 - a.workloads as f64, ""),
        ),
    ];
    let plan = |s: &Option<String>| s.clone().unwrap_or_else(|| "(not in it)".to_owned());
    view! {
        <table class="compare-table">
            <caption class="visually-hidden">"The two scenarios' figures and the difference"</caption>
            <thead>
                <tr>
                    <th scope="col">"Figure"</th>
                    <th scope="col">{a.name.clone()}</th>
                    <th scope="col">{b.name.clone()}</th>
                    <th scope="col">"Difference (second − first)"</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|(label, x, y, d)| view! {
                    <tr><th scope="row">{label}</th><td>{x}</td><td>{y}</td><td>{d}</td></tr>
                }).collect_view()}
            </tbody>
        </table>
        {c.horizons_differ.then(|| view! {
            <p class="hint">"The two plans cover different horizons, so their totals are not like for like."</p>
        })}
        <h4>"Placed or scheduled differently"</h4>
        {if c.placements.is_empty() {
            view! { <p class="hint">"Every workload is in the same place, on the same schedule, in both."</p> }.into_any()
        } else {
            view! {
                <ul class="compare-placements">
                    {c.placements.iter().map(|p| view! {
                        <li>{format!("{}: {} → {}", p.name, plan(&p.a_schedule), plan(&p.b_schedule))}</li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
