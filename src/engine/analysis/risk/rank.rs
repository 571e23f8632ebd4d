//! Ranking the risks of a strategy and its overall score, level and exposure.

use super::level::RiskLevel;
use super::result::{Risk, RiskRef, RiskResult};
use crate::assumptions::Resolved;

/// Every risk, highest score first (then impact, then likelihood); on ties scenario-level
/// risks come first, then board order.
fn ranked(scenario_risks: &[Risk], workload_risks: &[Risk]) -> Vec<RiskRef> {
    // One integer per risk, ordered as the ranking is and ending with the risk's place in
    // the list: the keys are distinct, so sorting them gives the stable order.
    let mut keys: Vec<u64> = scenario_risks
        .iter()
        .chain(workload_risks)
        .enumerate()
        .map(|(at, risk)| {
            let rank = u32::from_be_bytes([0, !risk.score, !risk.impact, !risk.likelihood]);
            (u64::from(rank) << 32) | at as u64
        })
        .collect();
    keys.sort_unstable();
    let n = scenario_risks.len();
    keys.into_iter()
        .map(|key| match (key & u64::from(u32::MAX)) as usize {
            at if at < n => RiskRef::Scenario(at),
            at => RiskRef::Workload(at - n),
        })
        .collect()
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
