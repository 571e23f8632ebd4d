//! The engine's computing core: the scenario model, the assumptions, the analysis of each
//! strategy and the Monte Carlo. It is a crate of its own so that the release build compiles it
//! for speed (nearly all the time evaluate and the sampler take is spent here), while the rest of
//! the app, most of the bytes, stays compiled for size. `cloudsplit-engine` (src/engine/mod.rs)
//! adds the formats and reports around it and re-exports all of it.
//!
//! The tree reads as the pipeline [`evaluate`] runs:
//! - `model`: the scenario (workloads, placements, organisation), clouds, strategies, limits;
//! - `assumptions`: every price, rate and rule with its source, resolved in layers
//!   (default < private price book < scenario override);
//! - `analysis`: for each strategy, its cost (one file per component), then its governance
//!   burden and risks; then availability findings, the decision framework's advice and the
//!   timeline;
//! - `uncertainty`: the same cost model sampled over the assumptions' ranges;
//! - `evaluation`: what [`evaluate`] returns, with its headline comparison.

pub mod analysis;
pub mod assumptions;
mod evaluation;
pub mod model;
pub mod uncertainty;

use std::collections::BTreeMap;

pub use analysis::advice::{
    Advice, AdviceStatus, Criterion, CriterionScore, Direction, Flip, FlipInput, OptionScore, PlacementDiff,
    PlanComparison, RedFlag, RedFlagKind,
};
pub use analysis::cost::{
    Cell, Component, CostCloud, CostLine, CostResult, NotProvisioned, PhaseSpan, ProvisionedSizing, Scaling,
    Waiting, WorkloadCost,
};
pub use analysis::findings::{Capability, Finding, FindingKind, Severity};
pub use analysis::governance::{CloudFootprint, Dimension, DimensionBurden, GovernanceResult};
pub use analysis::payback::{AgainstToday as PlanAgainstToday, Payback as PlanPayback};
pub use analysis::risk::{
    EarlierLockIn, FactorKind, LockInService, MoveMonths, Risk, RiskFactor, RiskFactors, RiskLevel, RiskRef,
    RiskResult, RiskWhen,
};
pub use analysis::strategy_result::StrategyResult;
pub use assumptions::{
    Assumption, AssumptionError, AssumptionSet, Assumptions, Category, Cloud, Confidence, Resolved,
};
pub use evaluation::{EngineError, Evaluation};
pub use model::limits::{Field, FieldError};
pub use model::strategy::{CloudsInUse, Strategy};
pub use model::validation::ScenarioError;

use analysis::cost::{Ctx, Placing, Priced, Reuse};
use analysis::payback::{AgainstToday, Payback};
use analysis::{advice, cost, risk};
use model::scenario::Scenario;

/// Prices the plan and the three reference strategies, assesses each one's governance burden
/// and risks, and applies the decision framework to the board.
pub fn evaluate(scenario: &Scenario) -> Result<Evaluation, EngineError> {
    evaluate_layered(scenario, &BTreeMap::new())
}

/// [`evaluate`] with the values of a private price book (assumption id -> value) between the
/// shipped defaults and the scenario's own overrides (scenario override > price book > default).
pub fn evaluate_layered(
    scenario: &Scenario,
    price_book: &BTreeMap<String, f64>,
) -> Result<Evaluation, EngineError> {
    scenario.validate()?;
    let resolved = Assumptions::resolve_layers(price_book, &scenario.overrides)?;
    let ctx = Ctx::new(scenario, &resolved);
    // Each pass offers the later ones what it priced.
    let mut reuse = Reuse::default();
    let (plan, priced) = assess(&ctx, scenario, Strategy::Plan, &reuse)?;
    reuse.add(priced, &plan.cost.lines);
    let (all_azure, priced) = assess(&ctx, scenario, Strategy::AllAzure, &reuse)?;
    reuse.add(priced, &all_azure.cost.lines);
    let (all_aws, priced) = assess(&ctx, scenario, Strategy::AllAws, &reuse)?;
    reuse.add(priced, &all_aws.cost.lines);
    let (split_by_rule, _) = assess(&ctx, scenario, Strategy::SplitByRule, &reuse)?;
    let advice = advice::advise(&resolved, scenario, [&plan, &all_azure, &all_aws, &split_by_rule]);
    let against_today = against_today(&ctx, scenario, &plan.cost, &reuse)?;
    Ok(Evaluation {
        start: scenario.start,
        horizon_months: scenario.horizon_months(),
        notices: unknown_override_notices(&resolved),
        plan,
        all_azure,
        all_aws,
        split_by_rule,
        assumptions: resolved,
        advice,
        against_today,
        currency: scenario.currency.clone(),
    })
}

/// Staying as today priced like the plan, and when the plan pays back against it.
fn against_today(
    ctx: &Ctx<'_>,
    scenario: &Scenario,
    plan: &CostResult,
    reuse: &Reuse<'_>,
) -> Result<AgainstToday, EngineError> {
    let today = cost::series(ctx, scenario, Placing::AsToday, reuse);
    if !today.is_finite() {
        return Err(EngineError::NotFinite {
            strategy: "staying as today",
        });
    }
    Ok(AgainstToday {
        payback: Payback::of(&plan.monthly, &today.monthly),
        total: today.horizon_total,
        present_value: today.present_value,
        monthly: today.monthly,
    })
}

/// One strategy: its cost (which includes the governance burden of the clouds it uses, as
/// hours of work), then its risks; and what its cost pass priced, for later passes to reuse.
fn assess(
    ctx: &Ctx<'_>,
    scenario: &Scenario,
    strategy: Strategy,
    reuse: &Reuse<'_>,
) -> Result<(StrategyResult, Priced), EngineError> {
    let not_finite = || EngineError::NotFinite {
        strategy: strategy.label(),
    };
    let (cost, governance, priced) = cost::compute(ctx, scenario, strategy, reuse);
    if !(cost.is_finite() && governance.is_finite()) {
        return Err(not_finite());
    }
    let risk = risk::assess(ctx.r, scenario, strategy, &cost, &governance);
    let result = StrategyResult {
        strategy,
        cost,
        governance,
        risk,
    };
    Ok((result, priced))
}

/// Overrides of assumptions this version does not know (from a newer version's link, say).
fn unknown_override_notices(resolved: &Resolved) -> Vec<Finding> {
    resolved
        .unknown_ids()
        .iter()
        .map(|id| Finding {
            severity: Severity::Info,
            workload: None,
            cloud: None,
            capability: None,
            kind: FindingKind::UnknownOverride { id: id.clone() },
            cost: None,
            assumptions: AssumptionSet::default(),
        })
        .collect()
}
