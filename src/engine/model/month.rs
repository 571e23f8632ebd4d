//! A calendar month: the plan's start, a move's month, an exchange rate's date.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A calendar month, `month` in 1..=12.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct YearMonth {
    pub year: i32,
    pub month: u8,
}

impl YearMonth {
    pub fn new(year: i32, month: u8) -> Option<YearMonth> {
        (1..=12).contains(&month).then_some(YearMonth { year, month })
    }

    /// Months since year 0, for arithmetic.
    pub fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }

    pub fn from_index(index: i64) -> YearMonth {
        let year = index.div_euclid(12);
        let month = index.rem_euclid(12) + 1;
        YearMonth {
            year: year as i32,
            month: month as u8,
        }
    }

    pub fn plus_months(self, months: i64) -> YearMonth {
        YearMonth::from_index(self.index() + months)
    }

    /// Whole months from `self` to `later` (negative if `later` is earlier).
    pub fn months_until(self, later: YearMonth) -> i64 {
        later.index() - self.index()
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}
