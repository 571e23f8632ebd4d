//! What the answer rests on: of the weakly sourced assumptions (confidence C, or a stated
//! rationale), the few whose range moves the plan's standing against its cheapest reference
//! the most, and whether either end of the range would change which is cheaper.
//!
//! The tornado ranks what moves the plan's cost; this ranks what a consultant must check
//! before defending "the plan costs $X more or less than the cheapest alternative".

use serde::Serialize;

use super::cost_model::CostModel;
use super::inputs::Input;
use crate::assumptions::{Assumption, Confidence, ValueKind};
use crate::model::currency::Currency;
use crate::model::money::format_number;
use crate::model::strategy::Strategy;

/// How many weak assumptions the answer names.
pub const NAMED: usize = 3;

/// One weakly sourced assumption and what its range does to the answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reliance {
    pub assumption: &'static Assumption,
    pub low: f64,
    pub high: f64,
    /// The plan's horizon cost minus the rival's (the cheapest reference at the values in
    /// force), with the assumption at `low` and at `high` (negative: the plan is cheaper).
    pub gap_at_low: f64,
    pub gap_at_high: f64,
    /// Either end of the range changes which is cheaper: the plan or the rival.
    pub flips: bool,
}

impl Reliance {
    pub fn swing(&self) -> f64 {
        (self.gap_at_high - self.gap_at_low).abs()
    }
}

/// The answer and the weak assumptions it rests on most.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerReliance {
    /// The cheapest reference strategy at the values in force, leaving out a reference the
    /// plan is identical to.
    pub rival: Strategy,
    /// The plan's horizon cost minus the rival's, at the values in force.
    pub gap: f64,
    /// Widest swing first, at most [`NAMED`].
    pub weakest: Vec<Reliance>,
}

/// Whether an assumption rests on a weak source.
pub fn is_weak(a: &Assumption) -> bool {
    a.confidence == Confidence::C || a.source.starts_with("Stated rationale")
}

/// The cheapest reference the plan is compared with, at the values in force.
fn cheapest(totals: [f64; 4], compared: [bool; 4]) -> Strategy {
    Strategy::ALL
        .iter()
        .zip(totals)
        .zip(compared)
        .filter(|(_, compared)| *compared)
        .fold((Strategy::AllAzure, f64::INFINITY), |best, ((&s, t), _)| {
            if t < best.1 {
                (s, t)
            } else {
                best
            }
        })
        .0
}

/// The plan's horizon cost minus the rival's.
fn gap(totals: [f64; 4], rival: Strategy) -> f64 {
    let at = Strategy::ALL.iter().position(|&s| s == rival).unwrap_or(0);
    totals[0] - totals[at]
}

/// The references the plan is compared with: a plan that is a reference (every workload
/// where that reference puts it) is compared with the others, which it can lose to.
fn compared_with(totals: [f64; 4]) -> [bool; 4] {
    let plan = totals[0];
    let same = |t: f64| (t - plan).abs() <= 1e-9 * plan.abs().max(1.0);
    let mut compared = [false, true, true, true];
    if totals[1..].iter().any(|&t| !same(t)) {
        for (c, &t) in compared.iter_mut().zip(&totals).skip(1) {
            *c = !same(t);
        }
    }
    compared
}

pub fn answer_rests_on(model: &CostModel, inputs: &[Input]) -> AnswerReliance {
    let base_totals = model.totals(&model.outcome(model.base()));
    let rival = cheapest(base_totals, compared_with(base_totals));
    let base_gap = gap(base_totals, rival);
    let mut r = model.base().clone();
    let mut weakest: Vec<Reliance> = inputs
        .iter()
        .filter(|input| is_weak(input.assumption))
        .filter_map(|input| {
            let (low, high) = (input.low(), input.high());
            r.set_at(input.index, low);
            let gap_at_low = gap(model.totals(&model.outcome(&r)), rival);
            r.set_at(input.index, high);
            let gap_at_high = gap(model.totals(&model.outcome(&r)), rival);
            r.set_at(input.index, model.base().at(input.index));
            let flips = gap_at_low.signum() != base_gap.signum() || gap_at_high.signum() != base_gap.signum();
            let reliance = Reliance {
                assumption: input.assumption,
                low,
                high,
                gap_at_low,
                gap_at_high,
                flips,
            };
            // Rounding noise is not a swing.
            let moves = reliance.swing() > 1e-9 * base_gap.abs().max(1.0);
            (moves && gap_at_low.is_finite() && gap_at_high.is_finite()).then_some(reliance)
        })
        .collect();
    weakest.sort_by(|a, b| {
        b.swing()
            .total_cmp(&a.swing())
            .then_with(|| a.assumption.id.cmp(&b.assumption.id))
    });
    weakest.truncate(NAMED);
    AnswerReliance {
        rival,
        gap: base_gap,
        weakest,
    }
}

/// A value as the assumptions table shows it: dates as months, numbers with separators.
fn value(a: &Assumption, v: f64) -> String {
    match a.kind {
        ValueKind::YearMonth | ValueKind::YearMonthOrNever => a.display_value(v),
        ValueKind::Number | ValueKind::Whole => format_number(v),
    }
}

/// The high end with its unit (a month needs none).
fn with_unit(a: &Assumption, v: f64) -> String {
    match a.kind {
        ValueKind::YearMonth | ValueKind::YearMonthOrNever => value(a, v),
        ValueKind::Number | ValueKind::Whole => format!("{} {}", value(a, v), a.unit),
    }
}

/// "$1.2M more" or "€300,000 less": the plan against its rival.
fn standing(gap: f64, currency: &Currency) -> String {
    if gap >= 0.0 {
        format!("{} more", currency.format(gap))
    } else {
        format!("{} less", currency.format(-gap))
    }
}

impl AnswerReliance {
    /// The answer in words, then why it is fragile: what the panel and the record show.
    pub fn summary(&self, currency: &Currency) -> String {
        let rival = self.rival.label();
        if self.weakest.is_empty() {
            return format!(
                "Your plan costs {} than {rival} over the horizon. No weakly sourced assumption with a \
                 range moves that difference.",
                standing(self.gap, currency)
            );
        }
        format!(
            "Your plan costs {} than {rival} over the horizon. That answer rests most on {} weakly \
             sourced {}; check {}:",
            standing(self.gap, currency),
            if self.weakest.len() == 1 {
                "this".to_owned()
            } else {
                format!("these {}", self.weakest.len())
            },
            if self.weakest.len() == 1 {
                "assumption"
            } else {
                "assumptions"
            },
            if self.weakest.len() == 1 { "it" } else { "them" },
        )
    }

    /// One sentence per weak assumption, widest swing first.
    pub fn items(&self, currency: &Currency) -> Vec<String> {
        let rival = self.rival.label();
        self.weakest
            .iter()
            .map(|w| {
                let a = w.assumption;
                let flip = if w.flips {
                    format!("; within this range the cheaper of your plan and {rival} changes")
                } else {
                    String::new()
                };
                format!(
                    "{} ({} to {}, {}): your plan would cost {} to {} than {rival}{flip}.",
                    a.label,
                    value(a, w.low),
                    with_unit(a, w.high),
                    if a.source.starts_with("Stated rationale") {
                        "a stated rationale"
                    } else {
                        "confidence C"
                    },
                    standing(w.gap_at_low, currency),
                    standing(w.gap_at_high, currency),
                )
            })
            .collect()
    }
}
