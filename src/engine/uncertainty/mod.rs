//! Uncertainty: how wide the answer is and what moves it.
//!
//! Any assumption can carry a range (low, high) around its value in force; the defaults
//! carry the ranges their sources give. [`Sampler`] draws the cost-moving ones from
//! triangular distributions with seeded, counter-based draws ([`draws`]) and evaluates a
//! reduced cost model ([`CostModel`]) per sample; [`Band`] turns the samples into the plan's
//! P10-P50-P90 cumulative cost and the references' medians; [`Tornado`] ranks assumptions
//! by how far they swing the plan's horizon cost one at a time.
//!
//! Everything here is pure and deterministic: the same scenario gives the same band on
//! every machine, whatever the chunking of the work.

pub mod band;
pub mod cost_model;
pub mod distribution;
pub mod draws;
mod formula_sums;
pub mod inputs;
pub mod reliance;
pub mod sampler;
pub mod tornado;

pub use band::{Band, BandBuilder, Percentiles, Reference};
pub use cost_model::{CostModel, Outcome};
pub use distribution::Triangular;
pub use inputs::{range_of, Input, RangeSource};
pub use reliance::{answer_rests_on, AnswerReliance, Reliance};
pub use sampler::Sampler;
pub use tornado::{Swing, Tornado};

/// Samples in a complete band.
pub const SAMPLES: usize = 10_000;
