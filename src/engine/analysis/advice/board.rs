//! What the criteria read off the board and the reference strategies, counted once.
//!
//! The criteria that say "mainly", "includes" or "has" weigh each workload by its share of
//! the board's spend, not by its card: a small classifier must not count as much as a large
//! agent team. The spend is each workload's recurring cost over the horizon in the seeds'
//! split (stateless on Azure, stateful on AWS). That reference is chosen because it is
//! neutral: it does not move when the room drags cards (the advice reads the board, not the
//! plan), it prices every workload, placed or not, and it prices each on the cloud where its
//! capability exists natively, so no workaround build or waiting gap inflates or hides a
//! workload's weight. One-time costs (migration) are left out: they say what moving costs,
//! not how much the workload matters. On a board with no spend yet each workload weighs the
//! same.

use std::collections::BTreeSet;

use crate::analysis::findings::{Capability, FindingKind};
use crate::analysis::strategy_result::StrategyResult;
use crate::assumptions::Resolved;
use crate::model::currency::Currency;
use crate::model::scenario::{Location, OrgProfile, Scenario, Sector, Workload, WorkloadId, YearMonth};

/// The three reference strategies the options map to.
#[derive(Clone, Copy)]
pub(super) struct References<'a> {
    pub all_azure: &'a StrategyResult,
    pub all_aws: &'a StrategyResult,
    /// The seeds' split: stateless on Azure, stateful on AWS.
    pub split: &'a StrategyResult,
}

/// Shares of one kind of workload (stateless or stateful), each of the whole board's spend.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct KindShares {
    pub total: f64,
    /// Workloads whose OpenAI capability reaches AWS later than Azure or not at all.
    pub early_feature: f64,
    /// Workloads with a residency rule or a government / sovereign sector.
    pub constrained: f64,
    /// Constrained workloads Azure serves at the start and AWS does not.
    pub azure_only: f64,
}

impl KindShares {
    fn scaled(self, k: f64) -> KindShares {
        KindShares {
            total: self.total * k,
            early_feature: self.early_feature * k,
            constrained: self.constrained * k,
            azure_only: self.azure_only * k,
        }
    }

    fn plus(self, o: KindShares) -> KindShares {
        KindShares {
            total: self.total + o.total,
            early_feature: self.early_feature + o.early_feature,
            constrained: self.constrained + o.constrained,
            azure_only: self.azure_only + o.azure_only,
        }
    }
}

/// The board's mix, as shares of its spend.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Mix {
    /// False when the board has no spend yet and each workload weighs the same.
    pub by_spend: bool,
    pub stateless: KindShares,
    pub stateful: KindShares,
    /// Share of the board's data (GB) that lives in AWS: data gravity, which volume does not move.
    pub data_in_aws: f64,
    /// Share of the board's data held by workloads that run on AWS today with data elsewhere.
    pub runs_on_aws: f64,
    /// False when the board holds no data yet and each workload weighs the same.
    pub by_data: bool,
}

impl Mix {
    pub fn both(&self) -> KindShares {
        self.stateless.plus(self.stateful)
    }

    /// The same board with stateful agents at `share` of the spend: each kind's workloads keep
    /// their proportions. None when the board lacks one of the kinds, so it cannot be rescaled.
    pub fn with_agent_share(&self, share: f64) -> Option<Mix> {
        let (agents, calls) = (self.stateful.total, self.stateless.total);
        if agents <= 0.0 || calls <= 0.0 {
            return None;
        }
        Some(Mix {
            stateful: self.stateful.scaled(share / agents),
            stateless: self.stateless.scaled((1.0 - share) / calls),
            ..*self
        })
    }
}

#[derive(Clone)]
pub(super) struct BoardFacts<'a> {
    pub r: &'a Resolved,
    /// Owned, so a flip can ask "what if the organisation answered otherwise".
    pub org: OrgProfile,
    pub references: References<'a>,
    pub start: YearMonth,
    pub months: usize,
    pub mix: Mix,
    /// Whether the criteria word their reasons (not while a flip search scores variants).
    pub reasons: bool,
    /// What the reasons' amounts are shown in.
    pub currency: &'a Currency,
}

impl<'a> BoardFacts<'a> {
    pub fn read(r: &'a Resolved, scenario: &'a Scenario, references: References<'a>) -> BoardFacts<'a> {
        BoardFacts {
            r,
            org: scenario.org.clone(),
            references,
            start: scenario.start,
            months: scenario.horizon_months(),
            mix: read_mix(scenario, references),
            reasons: true,
            currency: &scenario.currency,
        }
    }
}

fn read_mix(scenario: &Scenario, references: References) -> Mix {
    let ws = &scenario.workloads;
    let spend: Vec<f64> = ws
        .iter()
        .map(|w| {
            references
                .split
                .cost
                .workload(w.id)
                .map_or(0.0, |c| c.run_total.max(0.0))
        })
        .collect();
    let (weights, by_spend) = normalised(&spend);
    let early = early_feature_workloads(references.all_aws);
    let azure_only = served_on_azure_only(references);
    let mut kinds = [KindShares::default(); 2];
    for (w, share) in ws.iter().zip(&weights) {
        let k = &mut kinds[usize::from(w.kind.is_stateful())];
        k.total += share;
        if early.contains(&w.id) {
            k.early_feature += share;
        }
        if constrained(w) {
            k.constrained += share;
            if azure_only.contains(&w.id) {
                k.azure_only += share;
            }
        }
    }
    let gb: Vec<f64> = ws.iter().map(|w| w.data_gb.max(0.0)).collect();
    let (data_weights, by_data) = normalised(&gb);
    let sum_where = |pred: &dyn Fn(&Workload) -> bool| {
        ws.iter()
            .zip(&data_weights)
            .filter(|(w, _)| pred(w))
            // A fold from +0: an empty f64 sum is -0, which would print as "-0.00".
            .fold(0.0, |a, (_, s)| a + s)
    };
    Mix {
        by_spend,
        stateless: kinds[0],
        stateful: kinds[1],
        data_in_aws: sum_where(&|w| w.data_location == Location::Aws),
        runs_on_aws: sum_where(&|w| w.runs_today == Location::Aws && w.data_location != Location::Aws),
        by_data,
    }
}

/// Each value's share of their sum; equal shares when the sum is not positive (the flag says
/// which).
fn normalised(values: &[f64]) -> (Vec<f64>, bool) {
    let total: f64 = values.iter().sum();
    if total > 0.0 && total.is_finite() {
        (values.iter().map(|v| v / total).collect(), true)
    } else {
        let n = values.len().max(1) as f64;
        (vec![1.0 / n; values.len()], false)
    }
}

fn constrained(w: &Workload) -> bool {
    w.residency.is_constrained() || w.sector != Sector::Commercial
}

fn early_feature_workloads(all_aws: &StrategyResult) -> BTreeSet<WorkloadId> {
    all_aws
        .cost
        .findings
        .iter()
        .filter(|f| {
            matches!(
                f.capability,
                Some(Capability::OpenAiStatelessApi | Capability::OpenAiEmbeddings | Capability::FineTuning)
            ) && matches!(
                f.kind,
                FindingKind::LagsAzure { .. }
                    | FindingKind::UnavailableAtStart { .. }
                    | FindingKind::ComparatorModel { .. }
            )
        })
        .filter_map(|f| f.workload)
        .collect()
}

/// Workloads the strategy cannot serve as asked at the start.
fn unavailable(res: &StrategyResult) -> BTreeSet<WorkloadId> {
    res.cost
        .findings
        .iter()
        .filter(|f| {
            matches!(
                f.kind,
                FindingKind::UnavailableAtStart { .. } | FindingKind::Workaround { .. }
            )
        })
        .filter_map(|f| f.workload)
        .collect()
}

/// Workloads All on AWS cannot serve at the start and All on Azure can.
fn served_on_azure_only(references: References) -> BTreeSet<WorkloadId> {
    let on_azure = unavailable(references.all_azure);
    unavailable(references.all_aws)
        .into_iter()
        .filter(|id| !on_azure.contains(id))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mix(agents: f64) -> Mix {
        Mix {
            by_spend: true,
            stateless: KindShares {
                total: 1.0 - agents,
                early_feature: 1.0 - agents,
                ..KindShares::default()
            },
            stateful: KindShares {
                total: agents,
                ..KindShares::default()
            },
            data_in_aws: 0.0,
            runs_on_aws: 0.0,
            by_data: false,
        }
    }

    #[test]
    fn rescaling_the_agent_share_keeps_each_kinds_proportions() {
        let m = mix(0.2).with_agent_share(0.6).expect("both kinds");
        assert!((m.stateful.total - 0.6).abs() < 1e-12);
        assert!((m.stateless.total - 0.4).abs() < 1e-12);
        assert!((m.both().early_feature - 0.4).abs() < 1e-12);
        assert_eq!(mix(0.0).with_agent_share(0.5), None);
        assert_eq!(mix(1.0).with_agent_share(0.5), None);
    }

    #[test]
    fn shares_fall_back_to_equal_weights_without_spend() {
        assert_eq!(normalised(&[0.0, 0.0]), (vec![0.5, 0.5], false));
        assert_eq!(normalised(&[1.0, 3.0]), (vec![0.25, 0.75], true));
    }
}
