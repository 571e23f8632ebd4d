//! What the advisor hands back: the advice and the plan measured against it.

use serde::Serialize;

use super::direction::Direction;
use super::flip::Flip;
use super::red_flag::RedFlag;
use super::score::OptionScore;
use crate::model::scenario::{Placement, WorkloadId};
use crate::model::strategy::Strategy;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlacementDiff {
    pub workload: WorkloadId,
    pub name: String,
    pub plan: Placement,
    pub advised: Placement,
}

/// The plan against the advised reference strategy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanComparison {
    pub advised: Strategy,
    /// Every placed workload sits where the advised reference puts it.
    pub follows_advice: bool,
    pub placed_differently: Vec<PlacementDiff>,
    /// Workloads not placed yet: the plan's figures leave them out, the reference's do not.
    pub unplaced: Vec<WorkloadId>,
    /// Plan minus reference: horizon TCO.
    pub tco_delta: f64,
    pub run_rate_delta: f64,
    pub governance_hours_delta: f64,
    pub setup_hours_delta: f64,
    pub governance_index_delta: f64,
    pub risk_score_delta: i32,
    pub risk_exposure_delta: i64,
    pub summary: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum AdviceStatus {
    /// No workloads on the board: nothing to advise on.
    EmptyBoard,
    Advised,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Advice {
    pub status: AdviceStatus,
    pub recommended: Option<Direction>,
    pub advised_strategy: Option<Strategy>,
    pub runner_up: Option<Direction>,
    /// The runner-up is within `advice.close-call-points`.
    pub close_call: bool,
    /// Every option's score and criteria, in `Direction::ALL` order.
    pub options: Vec<OptionScore>,
    /// The recommended option's criteria that apply, strongest first.
    pub reasons: Vec<String>,
    pub red_flags: Vec<RedFlag>,
    pub comparison: Option<PlanComparison>,
    /// What would make the runner-up win, smallest change first (at most a few).
    pub flips: Vec<Flip>,
    pub summary: String,
}

impl Advice {
    pub(super) fn empty() -> Advice {
        Advice {
            status: AdviceStatus::EmptyBoard,
            recommended: None,
            advised_strategy: None,
            runner_up: None,
            close_call: false,
            options: Vec::new(),
            reasons: Vec::new(),
            red_flags: Vec::new(),
            comparison: None,
            flips: Vec::new(),
            summary: "Add workloads to the board to get advice.".to_owned(),
        }
    }

    pub fn option(&self, d: Direction) -> Option<&OptionScore> {
        self.options.iter().find(|o| o.direction == d)
    }
}
