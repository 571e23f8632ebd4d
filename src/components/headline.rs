use leptos::prelude::*;

use crate::engine::money::format_usd;
use crate::engine::scenario::Placement;
use crate::engine::{Evaluation, StrategyResult};
use crate::state::use_app_state;

/// The figures the room looks at: the plan's horizon TCO and monthly run-rate beside the
/// three reference strategies, and the difference from the cheapest of them.
#[derive(Debug, Clone, PartialEq)]
struct Figures {
    years: usize,
    placed: usize,
    plan: Tile,
    references: Vec<Tile>,
}

#[derive(Debug, Clone, PartialEq)]
struct Tile {
    label: &'static str,
    total: f64,
    run_rate: f64,
    governance_hours: f64,
    risk: &'static str,
}

impl Tile {
    fn of(s: &StrategyResult) -> Tile {
        Tile {
            label: s.strategy.label(),
            total: s.horizon_total,
            run_rate: s.run_rate,
            governance_hours: s.governance.hours_per_month,
            risk: s.risk.level.label(),
        }
    }

    fn burden_line(&self) -> String {
        format!(
            "{:.0} governance h/month · {} risk",
            self.governance_hours, self.risk
        )
    }
}

fn figures(e: &Evaluation, placed: usize) -> Figures {
    Figures {
        years: e.horizon_months / 12,
        placed,
        plan: Tile::of(&e.plan),
        references: e.references().into_iter().map(Tile::of).collect(),
    }
}

#[component]
pub fn Headline() -> impl IntoView {
    let state = use_app_state();
    let data = Memo::new(move |_| {
        let placed = state.scenario.with(|s| {
            s.workloads
                .iter()
                .filter(|w| w.placement != Placement::Unplaced)
                .count()
        });
        state
            .evaluation
            .with(|r| r.as_ref().map(|e| figures(e, placed)).map_err(|e| e.to_string()))
    });
    view! {
        <section class="headline" aria-labelledby="headline-title">
            <h2 id="headline-title" class="visually-hidden">"Headline figures"</h2>
            {move || match data.get() {
                Err(message) => view! {
                    <p class="headline-error" role="alert">{format!("The figures cannot be computed: {message}")}</p>
                }.into_any(),
                Ok(f) => view! { <HeadlineTiles f /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn HeadlineTiles(f: Figures) -> impl IntoView {
    let best = f
        .references
        .iter()
        .min_by(|a, b| a.total.total_cmp(&b.total))
        .cloned();
    let comparison = match (&best, f.placed) {
        (_, 0) => {
            "Place workloads on Azure, AWS or Both to price your plan; the references price every workload."
                .to_owned()
        }
        (Some(b), _) => {
            let diff = f.plan.total - b.total;
            let money = if diff.abs() < 0.5 {
                format!("Your plan costs the same as {}, the cheapest reference", b.label)
            } else {
                let (amount, word) = if diff > 0.0 {
                    (diff, "more")
                } else {
                    (-diff, "less")
                };
                format!(
                    "Your plan costs {} {word} than {}, the cheapest reference",
                    format_usd(amount),
                    b.label
                )
            };
            let hours = f.plan.governance_hours - b.governance_hours;
            let burden = if hours.abs() < 0.5 {
                "with the same governance work".to_owned()
            } else {
                let word = if hours > 0.0 { "more" } else { "fewer" };
                format!("with {:.0} governance hours a month {word}", hours.abs())
            };
            format!("{money}, {burden} ({} risk against {}).", f.plan.risk, b.risk)
        }
        (None, _) => String::new(),
    };
    let years = f.years;
    view! {
        <div class="tiles">
            <div class="tile tile-plan">
                <span class="tile-label">{format!("{} · {years}-year TCO", f.plan.label)}</span>
                <span class="tile-value" data-testid="plan-tco">{format_usd(f.plan.total)}</span>
                <span class="tile-sub">{format!("{} a month at run-rate", format_usd(f.plan.run_rate))}</span>
                <span class="tile-sub" data-testid="plan-burden">{f.plan.burden_line()}</span>
            </div>
            {f.references.into_iter().map(|t| {
                let is_best = best.as_ref().is_some_and(|b| b.label == t.label);
                view! {
                    <div class="tile" class:tile-best=is_best>
                        <span class="tile-label">{t.label}{is_best.then_some(" · cheapest")}</span>
                        <span class="tile-value">{format_usd(t.total)}</span>
                        <span class="tile-sub">{format!("{} a month", format_usd(t.run_rate))}</span>
                        <span class="tile-sub">{t.burden_line()}</span>
                    </div>
                }
            }).collect_view()}
        </div>
        <p class="headline-comparison">{comparison}</p>
    }
}
