//! The pure calculation engine: no browser crates here, so all of it is tested natively.
//!
//! Entry point: [`evaluate`]. It validates the scenario, resolves the assumptions, prices the
//! user's plan and the three reference strategies on the same assumptions, assesses each
//! one's governance burden and risks, applies the decision framework, and returns every
//! series, line, finding and piece of advice the UI shows.

pub mod analysis;
pub mod assumptions;
pub mod io;
pub mod library;
pub mod model;
pub mod report;
pub mod uncertainty;

use serde::Serialize;
use thiserror::Error;

pub use analysis::advice::{
    Advice, AdviceStatus, Criterion, CriterionScore, Direction, OptionScore, PlacementDiff, PlanComparison,
    RedFlag, RedFlagKind,
};
pub use analysis::cost::{
    Cell, Component, CostCloud, CostLine, Scaling, Strategy, StrategyResult, WorkloadCost,
};
pub use analysis::findings::{Capability, Finding, FindingKind, Severity};
pub use analysis::governance::{CloudFootprint, Dimension, DimensionBurden, GovernanceResult};
pub use analysis::risk::{FactorKind, LockInService, Risk, RiskFactor, RiskLevel, RiskRef, RiskResult};
pub use assumptions::{Assumption, AssumptionError, Assumptions, Category, Cloud, Confidence, Resolved};
pub use model::limits::{Field, FieldError};
pub use model::validation::ScenarioError;

use assumptions::ResolvedAssumption;
use io::price_book::PriceBook;
use model::scenario::{Scenario, YearMonth};

#[derive(Debug, Clone, PartialEq, Error)]
pub enum EngineError {
    #[error("The scenario is not valid: {0}")]
    Scenario(#[from] ScenarioError),
    #[error("An assumption is not valid: {0}")]
    Assumption(#[from] AssumptionError),
    /// A guard: bounded inputs cannot overflow, but no infinity may reach the UI.
    #[error("The {strategy} total is not a finite number; check the volumes and growth assumptions")]
    NotFinite { strategy: &'static str },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// Month 0 of every series.
    pub start: YearMonth,
    pub horizon_months: usize,
    pub plan: StrategyResult,
    pub all_azure: StrategyResult,
    pub all_aws: StrategyResult,
    pub split_by_rule: StrategyResult,
    /// Scenario-level findings (e.g. ignored overrides); workload findings sit in each strategy.
    pub notices: Vec<Finding>,
    /// The assumptions in force.
    pub assumptions: Resolved,
    /// What seed 000's decision framework says about the board, and the plan against it.
    pub advice: Advice,
}

impl Evaluation {
    /// Plan first, then the references.
    pub fn strategies(&self) -> [&StrategyResult; 4] {
        [&self.plan, &self.all_azure, &self.all_aws, &self.split_by_rule]
    }

    pub fn references(&self) -> [&StrategyResult; 3] {
        [&self.all_azure, &self.all_aws, &self.split_by_rule]
    }

    pub fn strategy(&self, s: Strategy) -> &StrategyResult {
        match s {
            Strategy::Plan => &self.plan,
            Strategy::AllAzure => &self.all_azure,
            Strategy::AllAws => &self.all_aws,
            Strategy::SplitByRule => &self.split_by_rule,
        }
    }

    /// The plan's findings, then scenario-level notices.
    pub fn findings(&self) -> impl Iterator<Item = &Finding> + '_ {
        self.plan.findings.iter().chain(&self.notices)
    }

    /// The calendar month of series index `i`.
    pub fn month(&self, i: usize) -> YearMonth {
        self.start.plus_months(i as i64)
    }

    /// "Where does this figure come from": the assumptions behind a line, with the values in force.
    pub fn explain(&self, line: &CostLine) -> Vec<ResolvedAssumption> {
        self.assumptions
            .entries()
            .filter(|e| line.assumptions.contains(&e.assumption.id.as_str()))
            .collect()
    }

    /// The assumptions with these ids, with the values in force (e.g. a governance dimension's
    /// `Dimension::assumptions()`, a risk factor's or an advice criterion's).
    pub fn explain_ids(&self, ids: &[&str]) -> Vec<ResolvedAssumption> {
        self.assumptions
            .entries()
            .filter(|e| ids.contains(&e.assumption.id.as_str()))
            .collect()
    }

    /// The reference strategy the advice points to, if there is advice.
    pub fn advised(&self) -> Option<&StrategyResult> {
        self.advice.advised_strategy.map(|s| self.strategy(s))
    }
}

/// Prices the plan and the three reference strategies, assesses each one's governance burden
/// and risks, and applies the decision framework to the board.
pub fn evaluate(scenario: &Scenario) -> Result<Evaluation, EngineError> {
    evaluate_with(scenario, None)
}

/// [`evaluate`] with a private price book between the shipped defaults and the scenario's
/// own overrides (scenario override > price book > default).
pub fn evaluate_with(scenario: &Scenario, price_book: Option<&PriceBook>) -> Result<Evaluation, EngineError> {
    scenario.validate()?;
    let empty = std::collections::BTreeMap::new();
    let book = price_book.map_or(&empty, |b| &b.values);
    let resolved = Assumptions::resolve_layers(book, &scenario.overrides)?;
    let ctx = analysis::cost::Ctx::new(scenario, &resolved);
    let [mut plan, mut all_azure, mut all_aws, mut split_by_rule] =
        Strategy::ALL.map(|s| analysis::cost::compute(&ctx, scenario, s));
    for result in [&mut plan, &mut all_azure, &mut all_aws, &mut split_by_rule] {
        let finite = result.horizon_total.is_finite()
            && result.run_rate.is_finite()
            && result.monthly.iter().all(|v| v.is_finite());
        if !finite {
            return Err(EngineError::NotFinite {
                strategy: result.strategy.label(),
            });
        }
        let cloud_cost = [
            result.cloud_total(CostCloud::Azure),
            result.cloud_total(CostCloud::Aws),
        ];
        result.governance = analysis::governance::assess(&resolved, scenario, result.strategy, cloud_cost);
        let g = &result.governance;
        if !(g.hours_per_month.is_finite() && g.setup_hours.is_finite() && g.index.is_finite()) {
            return Err(EngineError::NotFinite {
                strategy: result.strategy.label(),
            });
        }
        let risk = analysis::risk::assess(&resolved, scenario, result, &result.governance);
        result.risk = risk;
    }
    let advice = analysis::advice::advise(&resolved, scenario, [&plan, &all_azure, &all_aws, &split_by_rule]);
    let notices = resolved
        .unknown_ids()
        .iter()
        .map(|id| Finding {
            severity: Severity::Info,
            workload: None,
            cloud: None,
            capability: None,
            kind: FindingKind::UnknownOverride { id: id.clone() },
            cost: None,
            assumptions: Vec::new(),
        })
        .collect();
    Ok(Evaluation {
        start: scenario.start,
        horizon_months: scenario.horizon_months(),
        plan,
        all_azure,
        all_aws,
        split_by_rule,
        notices,
        assumptions: resolved,
        advice,
    })
}
