//! One assumption as the engine and the panel see it, and how a proposed value is read and
//! checked.

use serde::{Deserialize, Serialize};

use super::category::Category;
use super::error::{AssumptionError, Problem, RangeEnd};
use super::month_code::{year_month_code, year_month_from_code};
use crate::model::scenario::YearMonth;

/// Confidence key of pricing-facts.md: A provider-authored, B dated third party quoting the
/// provider, C vendor estimate, undated source or a stated rationale (order of magnitude only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Confidence {
    A,
    B,
    C,
}

/// How a value is read and checked beyond its bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ValueKind {
    Number,
    Whole,
    /// `YYYYMM`, e.g. 202609.
    YearMonth,
    /// `YYYYMM`, or 0 for "never".
    YearMonthOrNever,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assumption {
    pub id: String,
    pub label: String,
    pub category: Category,
    pub unit: &'static str,
    pub kind: ValueKind,
    pub default: f64,
    /// Plausible (low, high) around the default, where the sources give one; the default
    /// is the most likely value. A later issue samples it.
    pub range: Option<(f64, f64)>,
    /// Validity bounds for user overrides (inclusive).
    pub min: f64,
    pub max: f64,
    pub source: String,
    pub source_date: &'static str,
    pub confidence: Confidence,
}

impl Assumption {
    /// Reads what a user typed: numbers may carry thousands separators; months may be
    /// written `2026-09` or `202609`; "never" (or 0) where the rule allows it.
    pub fn parse(&self, text: &str) -> Result<f64, AssumptionError> {
        let t = text.trim();
        let value = if matches!(self.kind, ValueKind::YearMonth | ValueKind::YearMonthOrNever) {
            if self.kind == ValueKind::YearMonthOrNever && t.eq_ignore_ascii_case("never") {
                Some(0.0)
            } else if let Some((y, m)) = t.split_once('-') {
                match (y.trim().parse::<i32>(), m.trim().parse::<u8>()) {
                    (Ok(y), Ok(m)) => YearMonth::new(y, m).map(year_month_code),
                    _ => None,
                }
            } else {
                t.parse::<f64>().ok()
            }
        } else {
            let cleaned: String = t.chars().filter(|c| !matches!(c, ',' | '_' | ' ')).collect();
            cleaned.parse::<f64>().ok()
        };
        let value = value.ok_or_else(|| AssumptionError::Invalid {
            id: self.id.clone(),
            label: self.label.clone(),
            problem: Problem::NotANumber {
                text: t.chars().take(40).collect(),
            },
        })?;
        self.check(value)?;
        Ok(value)
    }

    /// A value as the assumptions table shows it: months as `2026-09`, 0 as "never".
    pub fn display_value(&self, value: f64) -> String {
        match self.kind {
            ValueKind::YearMonth | ValueKind::YearMonthOrNever => {
                year_month_from_code(value).map_or_else(|| "never".to_owned(), |ym| ym.to_string())
            }
            _ => format!("{value}"),
        }
    }

    /// Checks a proposed value for this assumption.
    pub fn check(&self, value: f64) -> Result<(), AssumptionError> {
        let err = |problem| AssumptionError::Invalid {
            id: self.id.clone(),
            label: self.label.clone(),
            problem,
        };
        if !value.is_finite() {
            return Err(err(Problem::NotFinite));
        }
        if self.kind == ValueKind::YearMonthOrNever && value == 0.0 {
            return Ok(());
        }
        if matches!(
            self.kind,
            ValueKind::Whole | ValueKind::YearMonth | ValueKind::YearMonthOrNever
        ) && value.fract() != 0.0
        {
            return Err(err(Problem::NotWhole { value }));
        }
        if matches!(self.kind, ValueKind::YearMonth | ValueKind::YearMonthOrNever) {
            let month = (value as i64).rem_euclid(100);
            if !(1..=12).contains(&month) {
                return Err(err(Problem::NotYearMonth { value }));
            }
        }
        if value < self.min {
            return Err(err(if value < 0.0 && self.min >= 0.0 {
                Problem::Negative { value }
            } else {
                Problem::BelowMinimum {
                    value,
                    min: self.min,
                    unit: self.unit,
                }
            }));
        }
        if value > self.max {
            return Err(err(Problem::AboveMaximum {
                value,
                max: self.max,
                unit: self.unit,
            }));
        }
        Ok(())
    }
}

impl Assumption {
    /// Checks a proposed (low, high) range: each end is a value the assumption accepts (a
    /// month, not "never", for dates) and low is not above high. The value in force need not
    /// lie inside: sampling stretches the range to include it.
    pub fn check_range(&self, low: f64, high: f64) -> Result<(), AssumptionError> {
        for (end, value) in [(RangeEnd::Low, low), (RangeEnd::High, high)] {
            let problem = match self.check(value) {
                Err(AssumptionError::Invalid { problem, .. }) => Some(problem),
                Err(_) => Some(Problem::NotFinite),
                Ok(()) if self.kind == ValueKind::YearMonthOrNever && value == 0.0 => {
                    Some(Problem::NeverInRange)
                }
                Ok(()) => None,
            };
            if let Some(problem) = problem {
                return Err(AssumptionError::InvalidRange {
                    id: self.id.clone(),
                    label: self.label.clone(),
                    end,
                    problem,
                });
            }
        }
        if low > high {
            return Err(AssumptionError::ReversedRange {
                id: self.id.clone(),
                label: self.label.clone(),
                low,
                high,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::Assumptions;

    #[test]
    fn ranges_are_checked_end_by_end_and_in_order() {
        let egress = Assumptions::find("aws.egress.per-gb").unwrap();
        assert_eq!(egress.check_range(0.05, 0.12), Ok(()));
        assert_eq!(egress.check_range(0.09, 0.09), Ok(()));
        assert_eq!(
            egress.check_range(0.12, 0.05).unwrap_err().to_string(),
            "AWS data transfer out (aws.egress.per-gb): the low end of the range (0.12) is above the high \
             end (0.05)"
        );
        assert_eq!(
            egress.check_range(-1.0, 0.05).unwrap_err().to_string(),
            "AWS data transfer out (aws.egress.per-gb): the low end of the range cannot be negative (got -1)"
        );
        assert!(egress.check_range(0.05, f64::NAN).is_err());
        assert!(egress.check_range(0.05, 1e9).is_err());
        let frontier = Assumptions::find("availability.azure.frontier").unwrap();
        assert_eq!(frontier.check_range(202_701.0, 202_712.0), Ok(()));
        let never = frontier.check_range(0.0, 202_712.0).unwrap_err();
        assert!(
            never.to_string().ends_with("must be a month, not \"never\""),
            "{never}"
        );
        assert!(frontier.check_range(202_701.0, 202_713.0).is_err());
        assert_eq!(never.id(), "availability.azure.frontier");
    }

    #[test]
    fn parse_reads_months_never_and_separators() {
        let ga = Assumptions::find("availability.aws.gpt-family").unwrap();
        assert_eq!(ga.parse("2026-11"), Ok(202_611.0));
        assert_eq!(ga.parse("202611"), Ok(202_611.0));
        assert!(ga.parse("2026-13").is_err());
        assert!(ga.parse("never").is_err());
        assert_eq!(ga.display_value(202_611.0), "2026-11");
        let frontier = Assumptions::find("availability.azure.frontier").unwrap();
        assert_eq!(frontier.parse("Never"), Ok(0.0));
        assert_eq!(frontier.display_value(0.0), "never");
        let cost = Assumptions::find("people.architect-cost-per-year").unwrap();
        assert_eq!(cost.parse("200,000"), Ok(200_000.0));
        assert_eq!(
            cost.parse("lots").unwrap_err().to_string(),
            "Fully loaded cloud architect / security engineer (people.architect-cost-per-year) must be a \
             number (got \"lots\")"
        );
    }
}
