//! The risks of one strategy: each placed workload's, the scenario-level ones, ranked.

use super::rank::summarise;
use super::result::{Risk, RiskResult};
use super::scenario_risks::scenario_risks;
use super::workload_factors::{workload_factors, PlacedWorkload};
use crate::analysis::availability::{self, Availability};
use crate::analysis::cost::CostResult;
use crate::analysis::findings::Capability;
use crate::analysis::governance::GovernanceResult;
use crate::assumptions::{Cloud, Resolved};
use crate::model::scenario::{Placement, Scenario};
use crate::model::strategy::Strategy;

/// Frontier is offered on Azure and needs no workaround at the plan's start.
fn frontier_on_azure(r: &Resolved, scenario: &Scenario) -> bool {
    availability::availability(r, Capability::FrontierAgents, Cloud::Azure) != Availability::Never
        && !availability::azure_needs_frontier_workaround(r, scenario.start)
}

/// The risk of each placed workload, in board order.
fn workload_risks(r: &Resolved, scenario: &Scenario, strategy: Strategy, cost: &CostResult) -> Vec<Risk> {
    let frontier_on_azure = frontier_on_azure(r, scenario);
    let mut workloads = Vec::with_capacity(cost.workloads.len());
    let mut cost_at = 0;
    let mut finding_at = 0;
    let findings = &cost.findings;
    for w in &scenario.workloads {
        let placement = strategy.placement(w);
        if placement == Placement::Unplaced {
            continue;
        }
        // The TCO lists placed workloads and their findings in board order.
        let workload_cost = match cost.workloads.get(cost_at) {
            Some(c) if c.id == w.id => {
                cost_at += 1;
                Some(c)
            }
            _ => cost.workload(w.id),
        };
        // Its findings follow those of the workloads before it.
        let from = finding_at;
        while finding_at < findings.len() && findings[finding_at].workload == Some(w.id) {
            finding_at += 1;
        }
        let placed = PlacedWorkload {
            w,
            placement,
            cost: workload_cost,
            findings: &findings[from..finding_at],
            scheduled: strategy == Strategy::Plan && !w.moves.is_empty(),
            start: scenario.start,
            horizon: cost.monthly.len(),
        };
        let factors = workload_factors(r, &placed, frontier_on_azure);
        workloads.push(Risk::build(r, Some(w.id), Some(placement), factors));
    }
    workloads
}

/// The risks of one strategy. `cost` is the strategy's TCO (its placed workloads, their
/// costs and availability findings), `governance` its governance burden.
pub fn assess(
    r: &Resolved,
    scenario: &Scenario,
    strategy: Strategy,
    cost: &CostResult,
    governance: &GovernanceResult,
) -> RiskResult {
    let workloads = workload_risks(r, scenario, strategy, cost);
    let scenario_level = scenario_risks(r, scenario, strategy, cost.clouds_in_use, &workloads, governance);
    summarise(r, workloads, scenario_level)
}
