//! The headline comparison: which reference strategy is cheapest, and the sentence that sets
//! the plan against it. The headline tiles and the decision record both read it from here.

use crate::analysis::strategy_result::StrategyResult;
use crate::model::currency::Currency;
use crate::model::money::format_number;
use crate::Evaluation;

/// Differences smaller than this (dollars, or hours a month) read as "the same".
const SAME: f64 = 0.5;

impl Evaluation {
    /// The reference strategy with the lowest horizon TCO (the first of equals).
    pub fn cheapest_reference(&self) -> &StrategyResult {
        let [first, rest @ ..] = self.references();
        rest.into_iter().fold(first, |best, r| {
            if r.cost.horizon_total.total_cmp(&best.cost.horizon_total).is_lt() {
                r
            } else {
                best
            }
        })
    }

    /// The plan against the cheapest reference, in a sentence that starts with `subject`
    /// ("Your plan", "The plan").
    pub fn versus_cheapest(&self, subject: &str) -> String {
        versus(&self.plan, self.cheapest_reference(), subject, &self.currency)
    }
}

fn versus(plan: &StrategyResult, best: &StrategyResult, subject: &str, currency: &Currency) -> String {
    let diff = plan.cost.horizon_total - best.cost.horizon_total;
    let label = best.strategy.label();
    let money = if diff.abs() < SAME {
        format!("{subject} costs the same as {label}, the cheapest reference")
    } else {
        format!(
            "{subject} costs {} {} than {label}, the cheapest reference",
            currency.format(diff.abs()),
            if diff > 0.0 { "more" } else { "less" }
        )
    };
    let hours = plan.governance.hours_per_month - best.governance.hours_per_month;
    let burden = if hours.abs() < SAME {
        "with the same governance work".to_owned()
    } else {
        format!(
            "with {} governance hours a month {}",
            format_number(hours.abs().round()),
            if hours > 0.0 { "more" } else { "fewer" }
        )
    };
    format!(
        "{money}, {burden} ({} risk against {}).",
        plan.risk.level.label(),
        best.risk.level.label()
    )
}
