//! One strategy's result: its cost, governance burden and risks, assembled once by `evaluate`.

use serde::Serialize;

use crate::analysis::cost::CostResult;
use crate::analysis::governance::GovernanceResult;
use crate::analysis::risk::RiskResult;
use crate::model::strategy::Strategy;

/// One strategy's cost, governance burden and risks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StrategyResult {
    pub strategy: Strategy,
    pub cost: CostResult,
    pub governance: GovernanceResult,
    pub risk: RiskResult,
}
