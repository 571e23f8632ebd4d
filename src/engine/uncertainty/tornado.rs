//! What moves the answer: each sampled assumption set to the low and then the high end of
//! its range, every other assumption at its value in force, and the plan's horizon cost
//! recomputed. Ranked by how far it swings.

use serde::Serialize;

use super::cost_model::CostModel;
use super::inputs::Input;
use crate::assumptions::Assumption;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Swing {
    pub assumption: &'static Assumption,
    /// The assumption's values at the two ends of its range.
    pub low: f64,
    pub high: f64,
    /// The plan's horizon cost with the assumption at `low` and at `high`.
    pub at_low: f64,
    pub at_high: f64,
}

impl Swing {
    pub fn width(&self) -> f64 {
        (self.at_high - self.at_low).abs()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Tornado {
    /// The plan's horizon cost at the values in force.
    pub base: f64,
    /// Widest first; assumptions that do not move the plan's cost are left out.
    pub swings: Vec<Swing>,
}

pub fn tornado(model: &CostModel, inputs: &[Input]) -> Tornado {
    let base = model.plan_total(model.base());
    let mut r = model.base().clone();
    let mut swings: Vec<Swing> = inputs
        .iter()
        .filter_map(|input| {
            let (low, high) = (input.low(), input.high());
            r.set_at(input.index, low);
            let at_low = model.plan_total(&r);
            r.set_at(input.index, high);
            let at_high = model.plan_total(&r);
            r.set_at(input.index, model.base().at(input.index));
            let swing = Swing {
                assumption: input.assumption,
                low,
                high,
                at_low,
                at_high,
            };
            // Rounding noise is not a swing.
            let moves = swing.width() > 1e-9 * base.abs().max(1.0);
            (moves && at_low.is_finite() && at_high.is_finite()).then_some(swing)
        })
        .collect();
    swings.sort_by(|a, b| {
        b.width()
            .total_cmp(&a.width())
            .then_with(|| a.assumption.id.cmp(&b.assumption.id))
    });
    Tornado { base, swings }
}
