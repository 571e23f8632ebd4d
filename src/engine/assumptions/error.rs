//! Why a value or a range was refused, worded for the person who typed it.

use std::fmt;

use serde::Serialize;
use thiserror::Error;

/// Why a value was refused.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Problem {
    NotANumber {
        text: String,
    },
    NotFinite,
    Negative {
        value: f64,
    },
    BelowMinimum {
        value: f64,
        min: f64,
        unit: &'static str,
    },
    AboveMaximum {
        value: f64,
        max: f64,
        unit: &'static str,
    },
    NotWhole {
        value: f64,
    },
    NotYearMonth {
        value: f64,
    },
    /// A range end must be a month, even where the value itself may be "never".
    NeverInRange,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotANumber { text } => write!(f, "must be a number (got \"{text}\")"),
            Problem::NotFinite => f.write_str("must be a finite number"),
            Problem::Negative { value } => write!(f, "cannot be negative (got {value})"),
            Problem::BelowMinimum { value, min, unit } => {
                write!(f, "must be at least {min} {unit} (got {value})")
            }
            Problem::AboveMaximum { value, max, unit } => {
                write!(f, "must be at most {max} {unit} (got {value})")
            }
            Problem::NotWhole { value } => write!(f, "must be a whole number (got {value})"),
            Problem::NotYearMonth { value } => {
                write!(f, "must be a month written YYYYMM, e.g. 202609 (got {value})")
            }
            Problem::NeverInRange => f.write_str("must be a month, not \"never\""),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum AssumptionError {
    #[error("there is no assumption with the id \"{id}\"")]
    Unknown { id: String },
    #[error("{label} ({id}) {problem}")]
    Invalid {
        id: String,
        label: String,
        problem: Problem,
    },
    #[error("{label} ({id}): the {end} end of the range {problem}")]
    InvalidRange {
        id: String,
        label: String,
        end: RangeEnd,
        problem: Problem,
    },
    #[error("{label} ({id}): the low end of the range ({low}) is above the high end ({high})")]
    ReversedRange {
        id: String,
        label: String,
        low: f64,
        high: f64,
    },
}

/// Which end of a range a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum RangeEnd {
    Low,
    High,
}

impl fmt::Display for RangeEnd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RangeEnd::Low => "low",
            RangeEnd::High => "high",
        })
    }
}

impl AssumptionError {
    pub fn id(&self) -> &str {
        match self {
            AssumptionError::Unknown { id }
            | AssumptionError::Invalid { id, .. }
            | AssumptionError::InvalidRange { id, .. }
            | AssumptionError::ReversedRange { id, .. } => id,
        }
    }
}
