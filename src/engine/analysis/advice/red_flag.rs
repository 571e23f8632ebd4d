use serde::Serialize;

use crate::model::scenario::WorkloadId;
use crate::model::strategy::Strategy;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum RedFlagKind {
    /// Migration costs more than a year of the workload's run cost.
    LockInMigration,
    /// A framework validated on both clouds.
    ComplianceDuplication,
    /// Two clouds with no published feature matrix, feature lag or waiting for capabilities.
    UnclearRoadmap,
    /// A residency or sector need a cloud cannot meet at the plan's start.
    DataResidencyGap,
}

impl RedFlagKind {
    pub fn label(self) -> &'static str {
        match self {
            RedFlagKind::LockInMigration => "Vendor lock-in migration",
            RedFlagKind::ComplianceDuplication => "Compliance duplication",
            RedFlagKind::UnclearRoadmap => "Unclear roadmap",
            RedFlagKind::DataResidencyGap => "Data-residency gap",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RedFlag {
    pub kind: RedFlagKind,
    /// The strategy checked: the plan, or the advised reference while nothing is placed.
    pub strategy: Strategy,
    pub workloads: Vec<WorkloadId>,
    /// Dollars behind the flag where computable (migration once; duplicated audits over the horizon).
    pub cost: Option<f64>,
    pub message: String,
}
