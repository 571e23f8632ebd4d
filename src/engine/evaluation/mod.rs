//! What an evaluation returns: each strategy's result and the advice on the board; and the
//! sentences it gives of itself: the headline comparison (the cheapest reference and its
//! sentence) and money over time.

mod headline;
mod money_over_time;

use serde::Serialize;
use thiserror::Error;

use crate::analysis::advice::Advice;
use crate::analysis::cost::CostLine;
use crate::analysis::findings::Finding;
use crate::analysis::payback::AgainstToday;
use crate::analysis::strategy_result::StrategyResult;
use crate::assumptions::{AssumptionError, Resolved, ResolvedAssumption};
use crate::model::currency::Currency;
use crate::model::scenario::{whole_years, YearMonth};
use crate::model::strategy::Strategy;
use crate::model::validation::ScenarioError;

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

/// Everything the UI shows about a scenario.
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
    /// What staying as today costs, and when the plan pays back against it.
    pub against_today: AgainstToday,
    /// The currency amounts are shown in (every figure above stays in US dollars).
    pub currency: Currency,
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
        self.plan.cost.findings.iter().chain(&self.notices)
    }

    /// The horizon in whole years, as the headline and the charts name it.
    pub fn horizon_years(&self) -> usize {
        whole_years(self.horizon_months)
    }

    /// The calendar month of series index `i`.
    pub fn month(&self, i: usize) -> YearMonth {
        self.start.plus_months(i as i64)
    }

    /// "Where does this figure come from": the assumptions behind a line, with the values in force.
    pub fn explain(&self, line: &CostLine) -> Vec<ResolvedAssumption> {
        self.assumptions.entries_in(&line.assumptions)
    }

    /// The assumptions with these ids, with the values in force (e.g. a governance dimension's
    /// `Dimension::assumptions()`, a risk factor's or an advice criterion's).
    pub fn explain_ids(&self, ids: &[&str]) -> Vec<ResolvedAssumption> {
        self.assumptions.entries_for(ids.iter().copied())
    }

    /// US dollars in the scenario's currency: `€1,234`.
    pub fn money(&self, usd: f64) -> String {
        self.currency.format(usd)
    }

    /// The reference strategy the advice points to, if there is advice.
    pub fn advised(&self) -> Option<&StrategyResult> {
        self.advice.advised_strategy.map(|s| self.strategy(s))
    }
}
