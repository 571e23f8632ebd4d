//! What the criteria read off the board and the reference strategies, counted once.

use std::collections::BTreeSet;

use crate::engine::analysis::findings::{Capability, FindingKind};
use crate::engine::analysis::strategy_result::StrategyResult;
use crate::engine::assumptions::Resolved;
use crate::engine::model::scenario::{Location, OrgProfile, Scenario, Sector, WorkloadId};

/// The three reference strategies the options map to.
#[derive(Clone, Copy)]
pub(super) struct References<'a> {
    pub all_azure: &'a StrategyResult,
    pub all_aws: &'a StrategyResult,
    /// The seeds' split: stateless on Azure, stateful on AWS.
    pub split: &'a StrategyResult,
}

pub(super) struct BoardFacts<'a> {
    pub r: &'a Resolved,
    pub org: &'a OrgProfile,
    pub references: References<'a>,
    /// Every workload on the board, placed or not.
    pub workloads: usize,
    pub stateful: usize,
    pub stateless: usize,
    /// Workloads whose OpenAI capability reaches AWS later than Azure or not at all.
    pub early_feature: usize,
    /// Workloads with a residency rule or a government / sovereign sector.
    pub constrained: usize,
    /// Constrained workloads Azure serves at the start and AWS does not.
    pub azure_only: usize,
    pub data_in_aws: usize,
    /// Workloads running on AWS today whose data lives elsewhere.
    pub runs_on_aws: usize,
}

impl<'a> BoardFacts<'a> {
    pub fn read(r: &'a Resolved, scenario: &'a Scenario, references: References<'a>) -> BoardFacts<'a> {
        let ws = &scenario.workloads;
        let stateful = ws.iter().filter(|w| w.kind.is_stateful()).count();
        let constrained: Vec<WorkloadId> = ws
            .iter()
            .filter(|w| w.residency.is_constrained() || w.sector != Sector::Commercial)
            .map(|w| w.id)
            .collect();
        BoardFacts {
            r,
            org: &scenario.org,
            references,
            workloads: ws.len(),
            stateful,
            stateless: ws.len() - stateful,
            early_feature: early_feature_workloads(references.all_aws).len(),
            constrained: constrained.len(),
            azure_only: served_on_azure_only(&constrained, references),
            data_in_aws: ws.iter().filter(|w| w.data_location == Location::Aws).count(),
            runs_on_aws: ws
                .iter()
                .filter(|w| w.runs_today == Location::Aws && w.data_location != Location::Aws)
                .count(),
        }
    }
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

fn served_on_azure_only(constrained: &[WorkloadId], references: References) -> usize {
    if constrained.is_empty() {
        return 0;
    }
    let (on_aws, on_azure) = (unavailable(references.all_aws), unavailable(references.all_azure));
    constrained
        .iter()
        .filter(|id| on_aws.contains(id) && !on_azure.contains(id))
        .count()
}
