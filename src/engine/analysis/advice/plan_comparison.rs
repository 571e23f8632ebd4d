//! The plan measured against the advised reference strategy, and the sentence that says how.

use super::outcome::{PlacementDiff, PlanComparison};
use super::wording::hours;
use crate::analysis::strategy_result::StrategyResult;
use crate::model::currency::Currency;
use crate::model::scenario::{whole_years, Placement, Scenario, WorkloadId};

pub(super) fn compare(
    scenario: &Scenario,
    plan: &StrategyResult,
    advised: &StrategyResult,
) -> PlanComparison {
    let (placed_differently, unplaced) = placement_differences(scenario, advised);
    let tco_delta = plan.cost.horizon_total - advised.cost.horizon_total;
    let governance_hours_delta = plan.governance.hours_per_month - advised.governance.hours_per_month;
    let years = whole_years(scenario.horizon_months());
    let mut summary = if plan.cost.workloads.is_empty() {
        nothing_placed_sentence(advised, years, &scenario.currency)
    } else if placed_differently.is_empty() {
        format!(
            "Your plan places every placed workload where {} does.",
            advised.strategy.label()
        )
    } else {
        differences_sentence(
            plan,
            advised,
            placed_differently.len(),
            (tco_delta, governance_hours_delta),
            years,
            &scenario.currency,
        )
    };
    if !unplaced.is_empty() && !plan.cost.workloads.is_empty() {
        summary.push_str(&unplaced_sentence(unplaced.len()));
    }
    let (pr, ar) = (&plan.risk, &advised.risk);
    PlanComparison {
        advised: advised.strategy,
        follows_advice: placed_differently.is_empty(),
        placed_differently,
        unplaced,
        tco_delta,
        run_rate_delta: plan.cost.run_rate - advised.cost.run_rate,
        governance_hours_delta,
        setup_hours_delta: plan.governance.setup_hours - advised.governance.setup_hours,
        governance_index_delta: plan.governance.index - advised.governance.index,
        risk_score_delta: i32::from(pr.score) - i32::from(ar.score),
        risk_exposure_delta: i64::from(pr.exposure) - i64::from(ar.exposure),
        summary,
    }
}

/// The placed workloads the plan puts elsewhere than the reference, and the unplaced ones.
fn placement_differences(
    scenario: &Scenario,
    advised: &StrategyResult,
) -> (Vec<PlacementDiff>, Vec<WorkloadId>) {
    let mut placed_differently = Vec::new();
    let mut unplaced = Vec::new();
    for w in &scenario.workloads {
        let target = advised.strategy.placement(w);
        match w.placement {
            Placement::Unplaced => unplaced.push(w.id),
            p if p != target => placed_differently.push(PlacementDiff {
                workload: w.id,
                name: w.name.clone(),
                plan: p,
                advised: target,
            }),
            _ => {}
        }
    }
    (placed_differently, unplaced)
}

fn nothing_placed_sentence(advised: &StrategyResult, years: usize, currency: &Currency) -> String {
    format!(
        "Nothing is placed yet. {}, the advised reference, costs {} over {years} years, \
         needs {} governance hours a month and has a risk score of {} ({}).",
        advised.strategy.label(),
        currency.format(advised.cost.horizon_total),
        hours(advised.governance.hours_per_month),
        advised.risk.score,
        advised.risk.level.label()
    )
}

/// The deltas are the plan minus the reference: horizon TCO, then governance hours a month.
fn differences_sentence(
    plan: &StrategyResult,
    advised: &StrategyResult,
    placed_differently: usize,
    (tco_delta, governance_hours_delta): (f64, f64),
    years: usize,
    currency: &Currency,
) -> String {
    let more_less = |d: f64, more: &'static str, less: &'static str| if d >= 0.0 { more } else { less };
    format!(
        "{} {} placed differently from {}. Your plan costs {} {} over {years} years, \
         needs {} {} governance hours a month, and its risk score is {} against {}.",
        placed_differently,
        if placed_differently == 1 {
            "workload is"
        } else {
            "workloads are"
        },
        advised.strategy.label(),
        currency.format(tco_delta.abs()),
        more_less(tco_delta, "more", "less"),
        hours(governance_hours_delta),
        more_less(governance_hours_delta, "more", "fewer"),
        plan.risk.score,
        advised.risk.score
    )
}

fn unplaced_sentence(unplaced: usize) -> String {
    format!(
        " {} {} not placed yet, so the plan's figures leave {} out.",
        unplaced,
        if unplaced == 1 {
            "workload is"
        } else {
            "workloads are"
        },
        if unplaced == 1 { "it" } else { "them" }
    )
}
