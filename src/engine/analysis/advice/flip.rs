//! What would change the advice: one input or weight moved just far enough that the
//! runner-up wins.

use serde::Serialize;

use super::criterion::Criterion;
use super::direction::Direction;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum FlipInput {
    /// An advice weight (an editable assumption).
    Weight(Criterion),
    /// Stateful agents' share of the board's spend.
    AgentShare,
    /// The share of the board's data that lives in AWS.
    DataInAws,
    /// One of the organisation's answers in the settings panel.
    Organisation,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flip {
    /// The option that would win: the runner-up.
    pub to: Direction,
    pub input: FlipInput,
    /// How far the input moves, as a share of its whole range (0–1); the smallest comes first.
    pub distance: f64,
    /// "AWS-first would win if stateful agents were 40% or more of the spend (now 22%)."
    pub sentence: String,
    /// The assumption to edit, for a weight.
    pub assumption: Option<&'static str>,
}
