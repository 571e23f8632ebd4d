//! Checks a whole scenario before the engine uses it. Scenarios come from the board, from
//! local storage and from share links, so every field is treated as untrusted input.

use std::collections::BTreeSet;

use thiserror::Error;

use crate::assumptions::{AssumptionError, Assumptions};
use crate::model::currency::CurrencyError;
use crate::model::limits::{self, Field, FieldError};
use crate::model::scenario::{Commitment, OrgProfile, Placement, Scenario, Workload, WorkloadId};
use crate::model::schedule::{self, ScheduleError};

#[derive(Debug, Clone, PartialEq, Error)]
pub enum ScenarioError {
    #[error("{0}")]
    Field(FieldError),
    #[error("the scenario has {count} workloads; at most {max} are allowed")]
    TooManyWorkloads { count: usize, max: usize },
    #[error("two workloads share the id {}", .0.0)]
    DuplicateWorkloadId(WorkloadId),
    #[error("workload \"{name}\": {error}")]
    Workload {
        id: WorkloadId,
        /// The name, cut to 40 characters for the message.
        name: String,
        error: FieldError,
    },
    #[error("workload \"{name}\": {error}")]
    Schedule {
        id: WorkloadId,
        name: String,
        error: ScheduleError,
    },
    #[error("organisation profile: {0}")]
    Org(FieldError),
    #[error("the scenario has {count} overridden assumptions; at most {max} are allowed")]
    TooManyOverrides { count: usize, max: usize },
    #[error("an override id is {len} characters long; at most {max} are allowed")]
    OverrideIdTooLong { len: usize, max: usize },
    #[error("the scenario has {count} assumption ranges; at most {max} are allowed")]
    TooManyRanges { count: usize, max: usize },
    #[error("a range's assumption id is {len} characters long; at most {max} are allowed")]
    RangeIdTooLong { len: usize, max: usize },
    #[error("{0}")]
    Assumption(#[from] AssumptionError),
    #[error("currency: {0}")]
    Currency(#[from] CurrencyError),
}

impl Scenario {
    /// Checks every field against `limits` and every override and range against its
    /// assumption. Unknown ids are not errors (overrides are reported by `evaluate`).
    pub fn validate(&self) -> Result<(), ScenarioError> {
        limits::validate_name(Field::ScenarioName, &self.name).map_err(ScenarioError::Field)?;
        limits::validate_number(Field::HorizonYears, f64::from(self.horizon_years))
            .map_err(ScenarioError::Field)?;
        limits::validate_number(Field::StartYear, f64::from(self.start.year))
            .map_err(ScenarioError::Field)?;
        limits::validate_number(Field::StartMonth, f64::from(self.start.month))
            .map_err(ScenarioError::Field)?;
        self.org.validate().map_err(ScenarioError::Org)?;
        self.currency.validate()?;
        if self.workloads.len() > limits::MAX_WORKLOADS {
            return Err(ScenarioError::TooManyWorkloads {
                count: self.workloads.len(),
                max: limits::MAX_WORKLOADS,
            });
        }
        let mut ids = BTreeSet::new();
        for w in &self.workloads {
            if !ids.insert(w.id) {
                return Err(ScenarioError::DuplicateWorkloadId(w.id));
            }
            w.validate().map_err(|error| ScenarioError::Workload {
                id: w.id,
                name: w.name.chars().take(40).collect(),
                error,
            })?;
            schedule::validate(w.placement, &w.moves, self.horizon_months()).map_err(|error| {
                ScenarioError::Schedule {
                    id: w.id,
                    name: w.name.chars().take(40).collect(),
                    error,
                }
            })?;
        }
        if self.overrides.len() > limits::MAX_OVERRIDES {
            return Err(ScenarioError::TooManyOverrides {
                count: self.overrides.len(),
                max: limits::MAX_OVERRIDES,
            });
        }
        for (id, &value) in &self.overrides {
            let len = id.chars().count();
            if len > limits::MAX_OVERRIDE_ID_CHARS {
                return Err(ScenarioError::OverrideIdTooLong {
                    len,
                    max: limits::MAX_OVERRIDE_ID_CHARS,
                });
            }
            if let Some(a) = Assumptions::find(id) {
                a.check(value)?;
            }
        }
        if self.ranges.len() > limits::MAX_RANGES {
            return Err(ScenarioError::TooManyRanges {
                count: self.ranges.len(),
                max: limits::MAX_RANGES,
            });
        }
        for (id, &(low, high)) in &self.ranges {
            let len = id.chars().count();
            if len > limits::MAX_OVERRIDE_ID_CHARS {
                return Err(ScenarioError::RangeIdTooLong {
                    len,
                    max: limits::MAX_OVERRIDE_ID_CHARS,
                });
            }
            // Unknown ids are ignored like unknown overrides (a newer app may know them).
            if let Some(a) = Assumptions::find(id) {
                a.check_range(low, high)?;
            }
        }
        Ok(())
    }
}

impl OrgProfile {
    /// Checks the organisation's numbers: discounts, and each commitment's size and end.
    pub fn validate(&self) -> Result<(), FieldError> {
        for (field, value) in [
            (Field::AzureDiscountPercent, self.azure_discount_percent),
            (Field::AwsDiscountPercent, self.aws_discount_percent),
            (Field::AzureCommitmentUsdYear, self.azure_commitment.annual_usd),
            (Field::AwsCommitmentUsdYear, self.aws_commitment.annual_usd),
        ] {
            limits::validate_number(field, value)?;
        }
        validate_commitment_end(self.azure_commitment)?;
        validate_commitment_end(self.aws_commitment)
    }
}

/// A stored or linked end month may say month 13 or year 9999; the board never does.
fn validate_commitment_end(c: Commitment) -> Result<(), FieldError> {
    limits::validate_number(Field::CommitmentTermYears, f64::from(c.term_years))?;
    if let Some(discount) = c.discount_percent {
        limits::validate_number(Field::CommitmentDiscountPercent, discount)?;
    }
    let Some(end) = c.ends else {
        return Ok(());
    };
    limits::validate_number(Field::CommitmentEndYear, f64::from(end.year))?;
    limits::validate_number(Field::CommitmentEndMonth, f64::from(end.month))?;
    Ok(())
}

impl Workload {
    /// Checks the workload's own fields.
    pub fn validate(&self) -> Result<(), FieldError> {
        limits::validate_name(Field::WorkloadName, &self.name)?;
        for (field, value) in [
            (Field::MonthlyVolume, self.monthly_volume),
            (Field::TokensIn, self.tokens_in),
            (Field::TokensOut, self.tokens_out),
            (Field::StepsPerSession, self.steps_per_session),
            (Field::AgentHoursPerSession, self.agent_hours_per_session),
            (Field::DataGb, self.data_gb),
        ] {
            limits::validate_number(field, value)?;
        }
        if let Placement::Both { azure_percent } = self.placement {
            limits::validate_number(Field::BothAzurePercent, f64::from(azure_percent))?;
        }
        if let Some(units) = self.provisioning.units {
            limits::validate_number(Field::PtuUnits, f64::from(units))?;
        }
        if let Some(ratio) = self.provisioning.peak_to_average {
            limits::validate_number(Field::PeakToAverage, ratio)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::WorkloadKind;

    #[test]
    fn default_scenario_is_valid() {
        let mut s = Scenario::default();
        s.add_workload(WorkloadKind::SupportChatbot);
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn a_bad_commitment_is_refused_in_plain_words() {
        use crate::model::scenario::YearMonth;
        let mut s = Scenario::default();
        s.org.aws_commitment.annual_usd = -1.0;
        let message = s.validate().map_err(|e| e.to_string());
        assert_eq!(
            message,
            Err("organisation profile: AWS commitment a year (USD) cannot be negative (got -1)".into())
        );
        s.org.aws_commitment.annual_usd = f64::NAN;
        assert!(s.validate().is_err());
        s.org.aws_commitment.annual_usd = 2e6;
        s.org.azure_commitment.ends = Some(YearMonth {
            year: 2030,
            month: 13,
        });
        let message = s.validate().map_err(|e| e.to_string());
        assert!(message.is_err_and(|m| m.contains("Commitment end month must be at most 12")));
        s.org.azure_commitment.ends = Some(YearMonth { year: 9999, month: 1 });
        assert!(s.validate().is_err());
        s.org.azure_commitment.ends = YearMonth::new(2029, 6);
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn horizon_out_of_range_names_the_field() {
        let s = Scenario {
            horizon_years: 0,
            ..Scenario::default()
        };
        assert_eq!(
            s.validate().unwrap_err().to_string(),
            "Horizon (years) must be at least 1 (got 0)"
        );
        let s = Scenario {
            horizon_years: 100,
            ..Scenario::default()
        };
        assert_eq!(
            s.validate().unwrap_err().to_string(),
            "Horizon (years) must be at most 7 (got 100)"
        );
    }

    #[test]
    fn bad_workload_field_names_workload_and_field() {
        let mut s = Scenario::default();
        let id = s.add_workload(WorkloadKind::Summarisation);
        if let Some(w) = s.workload_mut(id) {
            w.tokens_in = f64::NAN;
        }
        assert_eq!(
            s.validate().unwrap_err().to_string(),
            "workload \"Summarisation\": Tokens in must be a finite number"
        );
    }

    #[test]
    fn both_share_over_100_is_rejected() {
        let mut s = Scenario::default();
        let id = s.add_workload(WorkloadKind::Summarisation);
        if let Some(w) = s.workload_mut(id) {
            w.placement = Placement::Both { azure_percent: 150 };
        }
        assert!(matches!(
            s.validate(),
            Err(ScenarioError::Workload {
                error: FieldError::TooLarge { .. },
                ..
            })
        ));
    }

    #[test]
    fn bad_range_is_rejected_with_the_assumption_named() {
        let mut s = Scenario::default();
        s.ranges.insert("unknown.id".into(), (5.0, 1.0));
        assert_eq!(s.validate(), Ok(()));
        s.ranges.insert("growth.volume-per-month".into(), (0.0, 8.0));
        assert_eq!(s.validate(), Ok(()));
        s.ranges.insert("growth.volume-per-month".into(), (4.0, 1.0));
        assert!(s
            .validate()
            .unwrap_err()
            .to_string()
            .contains("the low end of the range (4) is above the high end (1)"));
    }

    #[test]
    fn bad_override_is_rejected_unknown_is_not() {
        let mut s = Scenario::default();
        s.overrides.insert("unknown.id".into(), 5.0);
        assert_eq!(s.validate(), Ok(()));
        s.overrides.insert("azure.price.gpt-4o.input".into(), -1.0);
        assert_eq!(
            s.validate().unwrap_err().to_string(),
            "Azure gpt-4o input price (azure.price.gpt-4o.input) cannot be negative (got -1)"
        );
    }
}
