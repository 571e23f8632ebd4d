//! Ranking the risks of a strategy and its overall score, level and exposure.

use super::level::RiskLevel;
use super::result::{Risk, RiskRef, RiskResult};
use crate::engine::assumptions::Resolved;

/// Every risk, highest score first (then impact, then likelihood); the sort is stable, so
/// scenario-level risks come first and then board order on ties.
fn ranked(scenario_risks: &[Risk], workload_risks: &[Risk]) -> Vec<RiskRef> {
    let mut ranked: Vec<RiskRef> = (0..scenario_risks.len())
        .map(RiskRef::Scenario)
        .chain((0..workload_risks.len()).map(RiskRef::Workload))
        .collect();
    let key = |at: &RiskRef| {
        let risk = match *at {
            RiskRef::Scenario(i) => &scenario_risks[i],
            RiskRef::Workload(i) => &workload_risks[i],
        };
        std::cmp::Reverse((risk.score, risk.impact, risk.likelihood))
    };
    ranked.sort_by_key(key);
    ranked
}

/// The result: the risks, their ranking and the overall figures.
pub(super) fn summarise(r: &Resolved, workload_risks: Vec<Risk>, scenario_risks: Vec<Risk>) -> RiskResult {
    let ranked = ranked(&scenario_risks, &workload_risks);
    let all = || scenario_risks.iter().chain(&workload_risks);
    let score = all().map(|r| r.score).max().unwrap_or(0);
    RiskResult {
        score,
        level: if score == 0 {
            RiskLevel::Low
        } else {
            RiskLevel::of(r, score)
        },
        exposure: all().map(|r| u32::from(r.score)).sum(),
        high_or_worse: all().filter(|r| r.level >= RiskLevel::High).count() as u32,
        ranked,
        workloads: workload_risks,
        scenario: scenario_risks,
    }
}
