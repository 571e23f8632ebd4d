//! Each option's score from its criteria, and the choice between the options.

use super::board::BoardFacts;
use super::criteria::fit_and_reason;
use super::criterion::Criterion;
use super::direction::Direction;
use super::score::{CriterionScore, OptionScore};
use crate::assumptions::{Key, Resolved};

/// One number per criterion, in `Criterion::ALL` order.
pub(super) type PerCriterion = [f64; Criterion::ALL.len()];

/// Every option, in `Direction::ALL` order.
pub(super) fn score_options(b: &BoardFacts) -> Vec<OptionScore> {
    let weights = weights(b.r);
    Direction::ALL
        .into_iter()
        .map(|d| score_option(d, b, &weights))
        .collect()
}

/// The weights in force.
pub(super) fn weights(r: &Resolved) -> PerCriterion {
    Criterion::ALL.map(|c| r.get(c.weight_key()))
}

/// Every criterion's fit, a non-finite one read as 0.
pub(super) fn fits(b: &BoardFacts) -> PerCriterion {
    Criterion::ALL.map(|c| finite(fit_and_reason(c, b).0))
}

/// A fit in 0–1: a non-finite one reads as 0, and a sum of shares that overshoots 1 by a
/// rounding error is held to 1.
fn finite(fit: f64) -> f64 {
    if fit.is_finite() {
        fit.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// 100 x the weighted mean fit of each option's criteria, in `Direction::ALL` order.
pub(super) fn option_scores(fits: &PerCriterion, weights: &PerCriterion) -> [f64; 3] {
    Direction::ALL.map(|d| option_score(d, fits, weights))
}

/// 100 x the weighted mean fit of `d`'s criteria.
pub(super) fn option_score(d: Direction, fits: &PerCriterion, weights: &PerCriterion) -> f64 {
    let (mut points, mut total) = (0.0, 0.0);
    for c in Criterion::ALL.into_iter().filter(|c| c.direction() == d) {
        points += weights[c.index()] * fits[c.index()];
        total += weights[c.index()];
    }
    if total > 0.0 {
        100.0 * points / total
    } else {
        0.0
    }
}

/// The highest score; ties go to the earlier option in `Direction::ALL`.
pub(super) fn winner(scores: [f64; 3]) -> Direction {
    let mut best = 0;
    for i in 1..scores.len() {
        if scores[i] > scores[best] {
            best = i;
        }
    }
    Direction::ALL[best]
}

fn score_option(d: Direction, b: &BoardFacts, weights: &PerCriterion) -> OptionScore {
    let criteria: Vec<CriterionScore> = Criterion::ALL
        .into_iter()
        .filter(|c| c.direction() == d)
        .map(|c| score_criterion(c, b, weights[c.index()]))
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

fn score_criterion(c: Criterion, b: &BoardFacts, weight: f64) -> CriterionScore {
    let (fit, reason) = fit_and_reason(c, b);
    let fit = finite(fit);
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
