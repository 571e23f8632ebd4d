//! Each option's score from its criteria, and the choice between the options.

use super::board::BoardFacts;
use super::criteria::fit_and_reason;
use super::criterion::Criterion;
use super::direction::Direction;
use super::score::{CriterionScore, OptionScore};
use crate::engine::assumptions::{Key, Resolved};

/// Every option, in `Direction::ALL` order.
pub(super) fn score_options(b: &BoardFacts) -> Vec<OptionScore> {
    Direction::ALL.into_iter().map(|d| score_option(d, b)).collect()
}

/// 100 x the weighted mean fit of the option's criteria.
fn score_option(d: Direction, b: &BoardFacts) -> OptionScore {
    let criteria: Vec<CriterionScore> = Criterion::ALL
        .into_iter()
        .filter(|c| c.direction() == d)
        .map(|c| score_criterion(c, b))
        .collect();
    let total_weight = criteria.iter().map(|c| c.weight).fold(0.0, |a, b| a + b);
    let points = criteria.iter().map(|c| c.points).fold(0.0, |a, b| a + b);
    OptionScore {
        direction: d,
        strategy: d.reference(),
        score: if total_weight > 0.0 {
            100.0 * points / total_weight
        } else {
            0.0
        },
        criteria,
    }
}

fn score_criterion(c: Criterion, b: &BoardFacts) -> CriterionScore {
    let (fit, reason) = fit_and_reason(c, b);
    let fit = if fit.is_finite() { fit } else { 0.0 };
    let weight = b.r.get(c.weight_key());
    CriterionScore {
        criterion: c,
        weight,
        fit,
        points: weight * fit,
        reason,
    }
}

/// The recommended option and the runner-up.
pub(super) struct Choice<'a> {
    pub best: &'a OptionScore,
    pub runner_up: &'a OptionScore,
    /// The runner-up is within `advice.close-call-points`.
    pub close_call: bool,
}

/// The highest score wins; ties go to the earlier option in `Direction::ALL`. None only with
/// fewer than two options.
pub(super) fn choose<'a>(r: &Resolved, options: &'a [OptionScore]) -> Option<Choice<'a>> {
    let mut order: Vec<&OptionScore> = options.iter().collect();
    // Stable: ties keep Direction::ALL order.
    order.sort_by(|a, b| b.score.total_cmp(&a.score));
    let (Some(&best), Some(&runner_up)) = (order.first(), order.get(1)) else {
        return None;
    };
    Some(Choice {
        best,
        runner_up,
        close_call: best.score - runner_up.score < r.get(Key::AdviceCloseCallPoints),
    })
}

/// The option's criteria that apply, strongest first.
pub(super) fn applying_criteria(option: &OptionScore) -> Vec<&CriterionScore> {
    let mut applying: Vec<&CriterionScore> = option.criteria.iter().filter(|c| c.applies()).collect();
    applying.sort_by(|a, b| b.points.total_cmp(&a.points));
    applying
}
