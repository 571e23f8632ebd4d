use serde::Serialize;

use super::criterion::Criterion;
use super::direction::Direction;
use crate::model::strategy::Strategy;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionScore {
    pub criterion: Criterion,
    pub weight: f64,
    /// 0–1: how well the board and organisation meet the criterion.
    pub fit: f64,
    /// weight x fit.
    pub points: f64,
    /// What the board says about it, with counts ("3 of 5 workloads are stateful agents").
    pub reason: String,
}

impl CriterionScore {
    pub fn applies(&self) -> bool {
        self.fit > 0.0
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionScore {
    pub direction: Direction,
    /// The reference strategy it is compared with.
    pub strategy: Strategy,
    /// 0–100.
    pub score: f64,
    pub criteria: Vec<CriterionScore>,
}
