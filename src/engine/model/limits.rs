//! Bounds on user-entered fields and the validators the UI uses for inline messages.
//! The same bounds guard the share-link decoder and `evaluate`, so a value the UI accepts
//! is always one the engine can compute with (no NaN, no infinity, no absurd sizes).

use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

pub const MIN_HORIZON_YEARS: u8 = 1;
pub const MAX_HORIZON_YEARS: u8 = 7;
pub const MAX_WORKLOADS: usize = 1_000;
pub const MAX_WORKLOAD_NAME_CHARS: usize = 80;
pub const MAX_SCENARIO_NAME_CHARS: usize = 120;
/// Requests or agent sessions per month: a trillion is far beyond any single workload.
pub const MAX_MONTHLY_VOLUME: f64 = 1e12;
/// Tokens per call: above every current context window.
pub const MAX_TOKENS_PER_CALL: f64 = 10_000_000.0;
pub const MAX_STEPS_PER_SESSION: f64 = 10_000.0;
/// A session cannot run longer than a month.
pub const MAX_AGENT_HOURS_PER_SESSION: f64 = 744.0;
/// One exabyte.
pub const MAX_DATA_GB: f64 = 1e9;
pub use crate::model::capacity::{MAX_PEAK_TO_AVERAGE, MAX_PTU_UNITS};

pub const MAX_DISCOUNT_PERCENT: f64 = 100.0;
/// Enterprise agreements and EDPs run 1-5 years; 10 leaves room for a long one.
pub const MAX_COMMITMENT_TERM_YEARS: u8 = 10;
pub const MAX_BOTH_AZURE_PERCENT: u8 = 100;
pub const MIN_START_YEAR: i32 = 2024;
pub const MAX_START_YEAR: i32 = 2040;
/// A commitment of a trillion dollars a year is beyond any cloud agreement.
pub const MAX_COMMITMENT_USD_YEAR: f64 = 1e12;
/// A commitment may end as late as the longest plan that starts last.
pub const MAX_COMMITMENT_END_YEAR: i32 = MAX_START_YEAR + MAX_HORIZON_YEARS as i32;
pub const MAX_OVERRIDES: usize = 1_000;
pub const MAX_OVERRIDE_ID_CHARS: usize = 100;
/// Assumption ranges a scenario may carry (ids are capped like override ids).
pub const MAX_RANGES: usize = 1_000;

/// A user-editable field with bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Field {
    ScenarioName,
    WorkloadName,
    MonthlyVolume,
    TokensIn,
    TokensOut,
    StepsPerSession,
    AgentHoursPerSession,
    DataGb,
    AzureDiscountPercent,
    AwsDiscountPercent,
    BothAzurePercent,
    HorizonYears,
    StartYear,
    StartMonth,
    AzureCommitmentUsdYear,
    AwsCommitmentUsdYear,
    CommitmentEndYear,
    CommitmentEndMonth,
    CommitmentTermYears,
    CommitmentDiscountPercent,
    PtuUnits,
    PeakToAverage,
}

impl Field {
    pub fn label(self) -> &'static str {
        match self {
            Field::ScenarioName => "Scenario name",
            Field::WorkloadName => "Workload name",
            Field::MonthlyVolume => "Monthly volume",
            Field::TokensIn => "Tokens in",
            Field::TokensOut => "Tokens out",
            Field::StepsPerSession => "Steps per session",
            Field::AgentHoursPerSession => "Agent hours per session",
            Field::DataGb => "Data (GB)",
            Field::AzureDiscountPercent => "Azure discount (%)",
            Field::AwsDiscountPercent => "AWS discount (%)",
            Field::BothAzurePercent => "Share on Azure (%)",
            Field::HorizonYears => "Horizon (years)",
            Field::StartYear => "Start year",
            Field::StartMonth => "Start month",
            Field::AzureCommitmentUsdYear => "Azure commitment a year (USD)",
            Field::AwsCommitmentUsdYear => "AWS commitment a year (USD)",
            Field::CommitmentEndYear => "Commitment end year",
            Field::CommitmentEndMonth => "Commitment end month",
            Field::CommitmentTermYears => "Commitment term (years)",
            Field::CommitmentDiscountPercent => "Discount under the commitment (%)",
            Field::PtuUnits => "Provisioned throughput units (PTU)",
            Field::PeakToAverage => "Peak traffic over average",
        }
    }

    /// Inclusive numeric bounds, for numeric fields.
    pub fn bounds(self) -> Option<(f64, f64)> {
        match self {
            Field::ScenarioName | Field::WorkloadName => None,
            Field::MonthlyVolume => Some((0.0, MAX_MONTHLY_VOLUME)),
            Field::TokensIn | Field::TokensOut => Some((0.0, MAX_TOKENS_PER_CALL)),
            Field::StepsPerSession => Some((0.0, MAX_STEPS_PER_SESSION)),
            Field::AgentHoursPerSession => Some((0.0, MAX_AGENT_HOURS_PER_SESSION)),
            Field::DataGb => Some((0.0, MAX_DATA_GB)),
            Field::AzureDiscountPercent | Field::AwsDiscountPercent | Field::CommitmentDiscountPercent => {
                Some((0.0, MAX_DISCOUNT_PERCENT))
            }
            Field::CommitmentTermYears => Some((0.0, f64::from(MAX_COMMITMENT_TERM_YEARS))),
            Field::PtuUnits => Some((0.0, f64::from(MAX_PTU_UNITS))),
            Field::PeakToAverage => Some((1.0, MAX_PEAK_TO_AVERAGE)),
            Field::BothAzurePercent => Some((0.0, f64::from(MAX_BOTH_AZURE_PERCENT))),
            Field::HorizonYears => Some((f64::from(MIN_HORIZON_YEARS), f64::from(MAX_HORIZON_YEARS))),
            Field::StartYear => Some((f64::from(MIN_START_YEAR), f64::from(MAX_START_YEAR))),
            Field::StartMonth | Field::CommitmentEndMonth => Some((1.0, 12.0)),
            Field::AzureCommitmentUsdYear | Field::AwsCommitmentUsdYear => {
                Some((0.0, MAX_COMMITMENT_USD_YEAR))
            }
            Field::CommitmentEndYear => Some((f64::from(MIN_START_YEAR), f64::from(MAX_COMMITMENT_END_YEAR))),
        }
    }

    /// Fields that only take whole numbers.
    pub fn is_whole(self) -> bool {
        matches!(
            self,
            Field::BothAzurePercent
                | Field::HorizonYears
                | Field::StartYear
                | Field::StartMonth
                | Field::CommitmentEndYear
                | Field::CommitmentEndMonth
                | Field::CommitmentTermYears
                | Field::PtuUnits
        )
    }

    pub fn max_chars(self) -> Option<usize> {
        match self {
            Field::ScenarioName => Some(MAX_SCENARIO_NAME_CHARS),
            Field::WorkloadName => Some(MAX_WORKLOAD_NAME_CHARS),
            _ => None,
        }
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum FieldError {
    #[error("{field}: \"{text}\" is not a number")]
    NotANumber { field: Field, text: String },
    #[error("{field} must be a finite number")]
    NotFinite { field: Field },
    #[error("{field} cannot be negative (got {value})")]
    Negative { field: Field, value: f64 },
    #[error("{field} must be at least {min} (got {value})")]
    TooSmall { field: Field, value: f64, min: f64 },
    #[error("{field} must be at most {max} (got {value})")]
    TooLarge { field: Field, value: f64, max: f64 },
    #[error("{field} must be a whole number (got {value})")]
    NotWhole { field: Field, value: f64 },
    #[error("{field} cannot be empty")]
    Empty { field: Field },
    #[error("{field} must be at most {max} characters (got {len})")]
    TooLong { field: Field, len: usize, max: usize },
    #[error("{field} cannot contain control characters")]
    ControlCharacter { field: Field },
    #[error("{field} is not a number field")]
    NotNumeric { field: Field },
}

impl FieldError {
    pub fn field(&self) -> Field {
        match self {
            FieldError::NotANumber { field, .. }
            | FieldError::NotFinite { field }
            | FieldError::Negative { field, .. }
            | FieldError::TooSmall { field, .. }
            | FieldError::TooLarge { field, .. }
            | FieldError::NotWhole { field, .. }
            | FieldError::Empty { field }
            | FieldError::TooLong { field, .. }
            | FieldError::ControlCharacter { field }
            | FieldError::NotNumeric { field } => *field,
        }
    }
}

/// Checks a numeric value against `field`'s bounds and returns it unchanged if valid.
pub fn validate_number(field: Field, value: f64) -> Result<f64, FieldError> {
    let Some((min, max)) = field.bounds() else {
        return Err(FieldError::NotNumeric { field });
    };
    if !value.is_finite() {
        return Err(FieldError::NotFinite { field });
    }
    if value < 0.0 && min >= 0.0 {
        return Err(FieldError::Negative { field, value });
    }
    if value < min {
        return Err(FieldError::TooSmall { field, value, min });
    }
    if value > max {
        return Err(FieldError::TooLarge { field, value, max });
    }
    if field.is_whole() && value.fract() != 0.0 {
        return Err(FieldError::NotWhole { field, value });
    }
    Ok(value)
}

/// Parses what a user typed into a numeric field. Accepts thousands separators
/// (`1,000,000`, `1 000 000`, `1_000_000`), exponents (`1e6`) and the k / M / B suffixes
/// (`250k`, `1.5M`), since executives paste and say figures that way.
pub fn parse_number(field: Field, text: &str) -> Result<f64, FieldError> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    if cleaned.is_empty() {
        return Err(FieldError::Empty { field });
    }
    let (digits, scale) = match cleaned.as_bytes().last() {
        Some(b'k' | b'K') => (&cleaned[..cleaned.len() - 1], 1e3),
        Some(b'm' | b'M') => (&cleaned[..cleaned.len() - 1], 1e6),
        Some(b'b' | b'B') => (&cleaned[..cleaned.len() - 1], 1e9),
        _ => (cleaned.as_str(), 1.0),
    };
    let value: f64 = digits
        .parse::<f64>()
        .map(|v| v * scale)
        .map_err(|_| FieldError::NotANumber {
            field,
            text: text.trim().chars().take(40).collect(),
        })?;
    validate_number(field, value)
}

/// Checks a name: not blank, not too long, no control characters.
pub fn validate_name(field: Field, name: &str) -> Result<(), FieldError> {
    if name.trim().is_empty() {
        return Err(FieldError::Empty { field });
    }
    let max = field.max_chars().unwrap_or(MAX_SCENARIO_NAME_CHARS);
    let len = name.chars().count();
    if len > max {
        return Err(FieldError::TooLong { field, len, max });
    }
    if name.chars().any(char::is_control) {
        return Err(FieldError::ControlCharacter { field });
    }
    Ok(())
}

pub fn validate_volume(value: f64) -> Result<f64, FieldError> {
    validate_number(Field::MonthlyVolume, value)
}

pub fn validate_tokens(field: Field, value: f64) -> Result<f64, FieldError> {
    validate_number(field, value)
}

pub fn validate_data_gb(value: f64) -> Result<f64, FieldError> {
    validate_number(Field::DataGb, value)
}

pub fn validate_discount(field: Field, value: f64) -> Result<f64, FieldError> {
    validate_number(field, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_accepts_separators_and_exponents() {
        assert_eq!(parse_number(Field::MonthlyVolume, " 1,000,000 "), Ok(1e6));
        assert_eq!(parse_number(Field::MonthlyVolume, "1_000"), Ok(1000.0));
        assert_eq!(parse_number(Field::MonthlyVolume, "2.5e3"), Ok(2500.0));
        assert_eq!(parse_number(Field::MonthlyVolume, "250k"), Ok(250_000.0));
        assert_eq!(parse_number(Field::MonthlyVolume, "1.5M"), Ok(1_500_000.0));
        assert_eq!(parse_number(Field::DataGb, "0.5B"), Ok(5e8));
    }

    #[test]
    fn parse_rejects_garbage_nan_negative_and_huge() {
        assert!(matches!(
            parse_number(Field::TokensIn, "abc"),
            Err(FieldError::NotANumber { .. })
        ));
        assert!(matches!(
            parse_number(Field::TokensIn, "NaN"),
            Err(FieldError::NotFinite { .. })
        ));
        assert!(matches!(
            parse_number(Field::TokensIn, "inf"),
            Err(FieldError::NotFinite { .. })
        ));
        assert!(matches!(
            parse_number(Field::DataGb, "-1"),
            Err(FieldError::Negative { .. })
        ));
        assert!(matches!(
            parse_number(Field::MonthlyVolume, "1e13"),
            Err(FieldError::TooLarge { .. })
        ));
        assert!(matches!(
            parse_number(Field::DataGb, "  "),
            Err(FieldError::Empty { .. })
        ));
    }

    #[test]
    fn whole_number_fields_reject_fractions() {
        assert!(matches!(
            validate_number(Field::HorizonYears, 2.5),
            Err(FieldError::NotWhole { .. })
        ));
        assert!(matches!(
            validate_number(Field::HorizonYears, 0.0),
            Err(FieldError::TooSmall { .. })
        ));
        assert_eq!(validate_number(Field::HorizonYears, 7.0), Ok(7.0));
    }

    #[test]
    fn messages_name_the_field() {
        let e = validate_volume(-5.0).unwrap_err();
        assert_eq!(e.to_string(), "Monthly volume cannot be negative (got -5)");
        assert_eq!(e.field(), Field::MonthlyVolume);
    }

    #[test]
    fn names_are_checked() {
        assert!(validate_name(Field::WorkloadName, "Chatbot").is_ok());
        assert!(validate_name(Field::WorkloadName, " ").is_err());
        assert!(validate_name(Field::WorkloadName, &"x".repeat(81)).is_err());
        assert!(validate_name(Field::WorkloadName, "a\u{0}b").is_err());
    }
}
