use leptos::prelude::*;

use crate::engine::model::currency::Currency;
use crate::engine::model::scenario::Placement;
use crate::engine::uncertainty::Band;
use crate::engine::{Evaluation, Strategy, StrategyResult};
use crate::state::uncertainty::use_uncertainty;
use crate::state::use_app_state;

/// The figures the room looks at: the plan's horizon TCO and monthly run-rate beside the
/// three reference strategies, and the difference from the cheapest of them.
#[derive(Debug, Clone, PartialEq)]
struct Figures {
    years: usize,
    placed: usize,
    plan: Tile,
    references: [Tile; REFERENCES],
    cheapest: Strategy,
    comparison: String,
    /// Present value and payback, in words (empty before anything is placed).
    money_over_time: [String; 2],
    currency: Currency,
}

#[derive(Debug, Clone, PartialEq)]
struct Tile {
    strategy: Strategy,
    label: &'static str,
    total: f64,
    present_value: f64,
    run_rate: f64,
    governance_hours: f64,
    risk: &'static str,
}

impl Tile {
    fn of(s: &StrategyResult) -> Tile {
        Tile {
            strategy: s.strategy,
            label: s.strategy.label(),
            total: s.cost.horizon_total,
            present_value: s.cost.present_value,
            run_rate: s.cost.run_rate,
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

impl Figures {
    fn money(&self, v: f64) -> String {
        self.currency.format(v)
    }

    fn is_cheapest(&self, t: &Tile) -> bool {
        t.strategy == self.cheapest
    }
}

/// All on Azure, all on AWS, split by rule (`Evaluation::references`, whose length this
/// must be for `figures` to compile).
const REFERENCES: usize = 3;

fn figures(e: &Evaluation, placed: usize) -> Figures {
    Figures {
        years: e.horizon_years(),
        placed,
        plan: Tile::of(&e.plan),
        references: e.references().map(Tile::of),
        cheapest: e.cheapest_reference().strategy,
        currency: e.currency.clone(),
        money_over_time: if placed == 0 {
            Default::default()
        } else {
            [e.present_value_sentence(), e.payback_sentence()]
        },
        comparison: if placed == 0 {
            "Place workloads on Azure, AWS or Both to price your plan; the references price every workload."
                .to_owned()
        } else {
            e.versus_cheapest("Your plan")
        },
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
    // The tiles are built once and follow the figures; only an error replaces them.
    let error = Memo::new(move |_| data.with(|d| d.as_ref().err().cloned()));
    view! {
        <section class="headline" aria-labelledby="headline-title">
            <h2 id="headline-title" class="visually-hidden">"Headline figures"</h2>
            {move || match error.get() {
                Some(message) => view! {
                    <p class="headline-error" role="alert">{format!("The figures cannot be computed: {message}")}</p>
                }.into_any(),
                None => view! { <HeadlineTiles data /> }.into_any(),
            }}
        </section>
    }
}

/// Words of the headline that follow the figures: a change rewrites only the words it
/// changes (at 200 workloads, rebuilding every tile on each drop cost the drop's frame).
fn words(
    data: Memo<Result<Figures, String>>,
    say: impl Fn(&Figures) -> String + 'static,
) -> impl Fn() -> String {
    move || data.with(|d| d.as_ref().map(&say).unwrap_or_default())
}

#[component]
fn HeadlineTiles(data: Memo<Result<Figures, String>>) -> impl IntoView {
    view! {
        <div class="tiles">
            <div class="tile tile-plan">
                <span class="tile-label">{words(data, |f| format!("{} · {}-year TCO", f.plan.label, f.years))}</span>
                <span class="tile-value" data-testid="plan-tco">{words(data, |f| f.money(f.plan.total))}</span>
                <span class="tile-sub">{words(data, |f| format!("{} a month at run-rate", f.money(f.plan.run_rate)))}</span>
                <span class="tile-sub tile-today" data-testid="plan-present-value">{words(data, |f| format!("{} in today's money", f.money(f.plan.present_value)))}</span>
                <span class="tile-sub" data-testid="plan-burden">{words(data, |f| f.plan.burden_line())}</span>
            </div>
            {(0..REFERENCES).map(|i| view! { <ReferenceTile data i /> }).collect_view()}
        </div>
        <p class="headline-comparison">{words(data, |f| f.comparison.clone())}</p>
        <p class="headline-money" data-testid="money-over-time">{words(data, |f| f.money_over_time.join(" "))}</p>
        <UncertaintyLine data />
    }
}

/// The `i`th reference strategy's tile, marked when it is the cheapest.
#[component]
fn ReferenceTile(data: Memo<Result<Figures, String>>, i: usize) -> impl IntoView {
    let tile = move |say: fn(&Figures, &Tile) -> String| {
        words(data, move |f| {
            f.references.get(i).map(|t| say(f, t)).unwrap_or_default()
        })
    };
    let is_best = move || {
        data.with(|d| {
            d.as_ref()
                .is_ok_and(|f| f.references.get(i).is_some_and(|t| f.is_cheapest(t)))
        })
    };
    view! {
        <div class="tile" class:tile-best=is_best>
            <span class="tile-label">{tile(|f, t| format!("{}{}", t.label, if f.is_cheapest(t) { " · cheapest" } else { "" }))}</span>
            <span class="tile-value">{tile(|f, t| f.money(t.total))}</span>
            <span class="tile-sub">{tile(|f, t| format!("{} a month", f.money(t.run_rate)))}</span>
            <span class="tile-sub tile-today">{tile(|f, t| format!("{} in today's money", f.money(t.present_value)))}</span>
            <span class="tile-sub">{tile(|_, t| t.burden_line())}</span>
        </div>
    }
}

/// How often a reference beats the plan across sampled outcomes, and the plan's range.
#[component]
fn UncertaintyLine(data: Memo<Result<Figures, String>>) -> impl IntoView {
    let uncertainty = use_uncertainty();
    let state = use_app_state();
    // The latest band, even while the next one is being sampled: the words change once the
    // new one is in, rather than blinking out on every edit.
    let text = Memo::new(move |_| {
        // Nothing to say before a workload is placed.
        let Some(years) = data.with(|d| d.as_ref().ok().filter(|f| f.placed > 0).map(|f| f.years)) else {
            return String::new();
        };
        let currency = state.currency.get();
        uncertainty
            .result
            .with(|r| r.as_ref().map(|r| sentence(&r.band, years, &currency)))
            .unwrap_or_default()
    });
    view! {
        <p class="headline-uncertainty" data-testid="uncertainty-headline">{move || text.get()}</p>
    }
}

fn share(p: f64) -> String {
    if p < 0.01 {
        "fewer than 1%".to_owned()
    } else if p > 0.99 && p < 1.0 {
        "more than 99%".to_owned()
    } else {
        format!("{:.0}%", p * 100.0)
    }
}

fn sentence(band: &Band, years: usize, currency: &Currency) -> String {
    let (p10, p50, p90) = band.horizon();
    let range = format!(
        "your plan's {years}-year cost is between {} and {} in 80% of outcomes (median {})",
        currency.format(p10),
        currency.format(p90),
        currency.format(p50)
    );
    match band.most_often_cheaper() {
        Some(r) if r.cheaper_than_plan > 0.0 => format!(
            "{} is cheaper than your plan in {} of outcomes; {range}.",
            r.strategy.label(),
            share(r.cheaper_than_plan)
        ),
        _ => format!("Your plan is cheaper than every reference in all sampled outcomes; {range}."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::uncertainty::{Percentiles, Reference};
    use crate::engine::Strategy;

    fn band(shares: [f64; 3]) -> Band {
        Band {
            samples: 10_000,
            plan: Percentiles {
                p10: vec![900_000.0],
                p50: vec![1_000_000.0],
                p90: vec![1_400_000.0],
            },
            references: [Strategy::AllAzure, Strategy::AllAws, Strategy::SplitByRule]
                .into_iter()
                .zip(shares)
                .map(|(strategy, cheaper_than_plan)| Reference {
                    strategy,
                    p50: vec![0.0],
                    cheaper_than_plan,
                })
                .collect(),
        }
    }

    #[test]
    fn names_the_reference_that_beats_the_plan_most_often() {
        assert_eq!(
            sentence(&band([0.1, 0.82, 0.5]), 3, &Currency::usd()),
            "All on AWS is cheaper than your plan in 82% of outcomes; your plan's 3-year cost is between \
             $900,000 and $1.4M in 80% of outcomes (median $1.0M)."
        );
        assert!(
            sentence(&band([0.004, 0.0, 0.0]), 3, &Currency::usd()).contains("in fewer than 1% of outcomes")
        );
        assert!(
            sentence(&band([0.996, 0.0, 0.0]), 3, &Currency::usd()).contains("in more than 99% of outcomes")
        );
        assert!(sentence(&band([1.0, 0.0, 0.0]), 3, &Currency::usd()).contains("in 100% of outcomes"));
        assert!(sentence(&band([0.0; 3]), 5, &Currency::usd())
            .starts_with("Your plan is cheaper than every reference"));
    }
}
