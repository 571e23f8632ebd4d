//! The factors a risk is built from: what each one is, its points and the assumptions behind
//! them.

use serde::Serialize;
use smallvec::SmallVec;

use super::when::RiskWhen;
use crate::analysis::findings::Capability;
use crate::assumptions::{Assumptions, Cloud, Key};
use crate::model::scenario::{Criticality, Framework, Location, Residency, Sector, YearMonth};

/// A service that ties a workload to one cloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum LockInService {
    /// OpenAI Frontier, distributed exclusively by AWS among third-party clouds.
    FrontierAgents,
    /// Agents built on Azure AI Foundry where Frontier is not offered.
    FoundryAgents,
    /// A model fine-tuned on one provider's service.
    FineTunedModel,
    /// An index embedded with a model only this cloud offers (priced with a comparator).
    EmbeddingIndex,
}

impl LockInService {
    pub fn label(self) -> &'static str {
        match self {
            LockInService::FrontierAgents => "OpenAI Frontier",
            LockInService::FoundryAgents => "Azure AI Foundry agents",
            LockInService::FineTunedModel => "a fine-tuned model",
            LockInService::EmbeddingIndex => "an index embedded with a model only this cloud offers",
        }
    }
}

/// The lock-in a workload has before its last change of place, and the last month it has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct EarlierLockIn {
    pub service: LockInService,
    pub cloud: Cloud,
    pub through: YearMonth,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum FactorKind {
    /// The workload's criticality: its base impact.
    Criticality { level: Criticality },
    /// Data to copy when the workload moves away from where its data lives.
    DataGravity { gb: f64, from: Location },
    /// One-time cost against a year of run cost.
    MigrationCost { one_time: f64, year_of_run: f64 },
    /// A stateful agent that moves, or runs on both clouds.
    Statefulness { moves: bool, on_both: bool },
    /// What ties the workload to a cloud where the plan leaves it, and what tied it before
    /// its last change of place (the points are the same: one lock-in at a time).
    LockIn {
        service: LockInService,
        cloud: Cloud,
        before: Option<EarlierLockIn>,
    },
    /// New models reach this cloud after the Azure-first window.
    FeatureLag { months: u32 },
    NotYetAvailable {
        capability: Capability,
        cloud: Cloud,
        available_from: YearMonth,
        months_waiting: u32,
    },
    Workaround {
        capability: Capability,
        cloud: Cloud,
        available_from: Option<YearMonth>,
    },
    /// A residency rule or sector need the cloud cannot serve at the plan's start.
    ResidencyConflict {
        residency: Residency,
        sector: Sector,
        cloud: Cloud,
        available_from: YearMonth,
    },
    /// Scenario level: every placed workload on one cloud.
    Concentration {
        cloud: Cloud,
        workloads: u32,
        most_critical: Criticality,
    },
    /// Scenario level: two clouds, no published feature matrix.
    SplitVendorRoadmap { lagging_workloads: u32 },
    /// Scenario level: frameworks validated on both clouds.
    ComplianceDuplication {
        frameworks: Vec<Framework>,
        extra_audits: u32,
    },
}

impl FactorKind {
    pub fn label(&self) -> &'static str {
        match self {
            FactorKind::Criticality { .. } => "Criticality",
            FactorKind::DataGravity { .. } => "Data gravity",
            FactorKind::MigrationCost { .. } => "Migration cost",
            FactorKind::Statefulness { .. } => "Statefulness",
            FactorKind::LockIn { .. } => "Lock-in",
            FactorKind::FeatureLag { .. } => "Feature lag",
            FactorKind::NotYetAvailable { .. } => "Not yet available",
            FactorKind::Workaround { .. } => "Workaround",
            FactorKind::ResidencyConflict { .. } => "Residency conflict",
            FactorKind::Concentration { .. } => "Concentration",
            FactorKind::SplitVendorRoadmap { .. } => "Split vendors and roadmap",
            FactorKind::ComplianceDuplication { .. } => "Compliance duplication",
        }
    }
}

/// A risk's factors, kept inline up to four (criticality and the few that apply to most
/// workloads; a workload with more keeps them on the heap).
pub type RiskFactors = SmallVec<[RiskFactor; 4]>;

/// One reason a risk is what it is, with the points it adds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RiskFactor {
    pub kind: FactorKind,
    /// Points added to the likelihood.
    pub likelihood: f64,
    /// Points added to the impact.
    pub impact: f64,
    /// The months it bites in.
    pub when: RiskWhen,
}

pub(super) fn criticality_key(c: Criticality) -> Key {
    match c {
        Criticality::Low => Key::RiskImpactLow,
        Criticality::Medium => Key::RiskImpactMedium,
        Criticality::High => Key::RiskImpactHigh,
        Criticality::MissionCritical => Key::RiskImpactMissionCritical,
    }
}

impl RiskFactor {
    /// A factor that adds likelihood points only.
    pub(super) fn of_likelihood(kind: FactorKind, points: f64) -> RiskFactor {
        RiskFactor {
            kind,
            likelihood: points,
            impact: 0.0,
            when: RiskWhen::Throughout,
        }
    }

    pub fn points(&self) -> f64 {
        self.likelihood + self.impact
    }

    /// The assumptions behind the factor's points.
    pub fn assumptions(&self) -> Vec<&'static str> {
        let keys: &[Key] = match &self.kind {
            FactorKind::Criticality { level } => return vec![Assumptions::id(criticality_key(*level))],
            FactorKind::DataGravity { .. } => &[
                Key::RiskDataGravityGb,
                Key::RiskDataGravityHighGb,
                Key::RiskDataGravityPoints,
            ],
            FactorKind::MigrationCost { .. } => &[
                Key::RiskMigrationYearShare,
                Key::RiskMigrationPoints,
                Key::RehostPerWorkload,
                Key::ReplatformHours,
            ],
            FactorKind::Statefulness { .. } => &[Key::RiskStatefulPoints],
            FactorKind::LockIn { .. } => &[Key::RiskLockInPoints],
            FactorKind::FeatureLag { .. } => &[Key::RiskFeatureLagPoints, Key::AzureFirstWindow],
            FactorKind::NotYetAvailable { .. } => &[Key::RiskUnavailablePoints],
            FactorKind::Workaround { .. } => &[Key::RiskWorkaroundPoints, Key::AzureFrontierFrom],
            FactorKind::ResidencyConflict { .. } => &[Key::RiskResidencyPoints],
            FactorKind::Concentration { most_critical, .. } => {
                return vec![
                    Assumptions::id(Key::RiskConcentrationLikelihood),
                    Assumptions::id(Key::RiskConcentrationImpactPoints),
                    Assumptions::id(criticality_key(*most_critical)),
                ]
            }
            FactorKind::SplitVendorRoadmap { .. } => {
                &[Key::RiskSplitVendorLikelihood, Key::RiskSplitVendorImpact]
            }
            FactorKind::ComplianceDuplication { .. } => &[
                Key::RiskComplianceDupLikelihood,
                Key::RiskComplianceDupImpact,
                Key::GovAuditsPerFramework,
            ],
        };
        keys.iter().map(|&k| Assumptions::id(k)).collect()
    }
}
