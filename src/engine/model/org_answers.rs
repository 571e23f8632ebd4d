//! The organisation's answers to the questions seed 000's framework asks of it (issue 16):
//! how much early access and cost per token matter, how much governance work it accepts,
//! its commitments on each cloud, and its multi-cloud expertise. Each has a neutral default,
//! which is what a scenario saved before the question existed opens with.

use serde::{Deserialize, Serialize};

use crate::model::scenario::YearMonth;

/// How much something matters to the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub enum Importance {
    Low,
    /// Neutral: what a scenario that never answered the question reads as.
    #[default]
    Medium,
    High,
}

impl Importance {
    pub const ALL: [Importance; 3] = [Importance::Low, Importance::Medium, Importance::High];

    /// How strongly the matching criterion counts: not at all, half, fully.
    pub fn factor(self) -> f64 {
        match self {
            Importance::Low => 0.0,
            Importance::Medium => 0.5,
            Importance::High => 1.0,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Importance::Low => "Low",
            Importance::Medium => "Medium",
            Importance::High => "High",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Importance::Low => "low",
            Importance::Medium => "medium",
            Importance::High => "high",
        }
    }

    pub fn from_key(key: &str) -> Option<Importance> {
        Importance::ALL.into_iter().find(|i| i.key() == key)
    }
}

/// How much extra governance work a month the organisation accepts for a second cloud; each
/// level's hours are an assumption (`advice.governance-appetite.*`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub enum GovernanceAppetite {
    Low,
    /// Neutral: the tolerance the advisor used before the question was asked.
    #[default]
    Medium,
    High,
}

impl GovernanceAppetite {
    pub const ALL: [GovernanceAppetite; 3] = [
        GovernanceAppetite::Low,
        GovernanceAppetite::Medium,
        GovernanceAppetite::High,
    ];

    pub fn label(self) -> &'static str {
        match self {
            GovernanceAppetite::Low => "Low",
            GovernanceAppetite::Medium => "Medium",
            GovernanceAppetite::High => "High",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            GovernanceAppetite::Low => "low",
            GovernanceAppetite::Medium => "medium",
            GovernanceAppetite::High => "high",
        }
    }

    pub fn from_key(key: &str) -> Option<GovernanceAppetite> {
        GovernanceAppetite::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// Multi-cloud expertise and tooling the organisation has today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub enum Expertise {
    /// Not answered: read as in place for an organisation native to both clouds, else none
    /// (what the advisor assumed before the question was asked).
    #[default]
    Unstated,
    None,
    Partial,
    InPlace,
}

impl Expertise {
    pub const ALL: [Expertise; 4] = [
        Expertise::Unstated,
        Expertise::None,
        Expertise::Partial,
        Expertise::InPlace,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Expertise::Unstated => "Not answered",
            Expertise::None => "None yet",
            Expertise::Partial => "Some (one team, partial tooling)",
            Expertise::InPlace => "In place (people and tooling)",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Expertise::Unstated => "unstated",
            Expertise::None => "none",
            Expertise::Partial => "partial",
            Expertise::InPlace => "in-place",
        }
    }

    pub fn from_key(key: &str) -> Option<Expertise> {
        Expertise::ALL.into_iter().find(|e| e.key() == key)
    }
}

/// A spend commitment (EA / EDP) on one cloud: its size, term, end and discount. Whether one
/// exists at all stays `OrgProfile::{azure,aws}_contract`, so older scenarios keep their meaning.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Commitment {
    /// Committed spend a year in USD; 0 = not stated.
    #[serde(default)]
    pub annual_usd: f64,
    /// The last month the commitment covers; None = not stated (read as lasting the horizon).
    #[serde(default)]
    pub ends: Option<YearMonth>,
    /// Its length in years, counted back from `ends`; 0 = not stated (read as already in force
    /// at the plan's start).
    #[serde(default)]
    pub term_years: u8,
    /// Percent off list under the commitment, in its months; None = the cloud's flat discount.
    #[serde(default, serialize_with = "crate::model::optional_number::serialize")]
    pub discount_percent: Option<f64>,
}

impl Commitment {
    /// The share of the plan's months (from `start`, `months` long) the commitment covers.
    pub fn coverage(self, start: YearMonth, months: usize) -> f64 {
        let (from, to) = self.months(start, months);
        ((to - from) as f64 / months.max(1) as f64).clamp(0.0, 1.0)
    }

    /// The plan's months `[from, to)` the commitment is in force (empty if none).
    pub fn months(self, start: YearMonth, months: usize) -> (usize, usize) {
        let clamp = |m: i64| usize::try_from(m.max(0)).unwrap_or(0).min(months);
        let to = self.ends.map_or(months, |end| clamp(start.months_until(end) + 1));
        let from = match (self.ends, self.term_years) {
            (Some(end), term) if term > 0 => clamp(start.months_until(end) + 1 - 12 * i64::from(term)),
            _ => 0,
        };
        (from.min(to), to)
    }

    /// The month (possibly before the plan's start) its first commitment year begins, as an
    /// offset from `start`: commitment years are counted from there.
    pub fn first_year_offset(self, start: YearMonth) -> i64 {
        match (self.ends, self.term_years) {
            (Some(end), term) if term > 0 => start.months_until(end) + 1 - 12 * i64::from(term),
            _ => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_commitment_covers_the_months_up_to_its_end() {
        let start = YearMonth { year: 2027, month: 1 };
        let open = Commitment::default();
        assert_eq!(open.coverage(start, 36), 1.0);
        let ends = |year, month| Commitment {
            annual_usd: 1.0,
            ends: Some(YearMonth { year, month }),
            ..Commitment::default()
        };
        assert_eq!(ends(2027, 12).coverage(start, 36), 12.0 / 36.0);
        assert_eq!(ends(2026, 12).coverage(start, 36), 0.0);
        assert_eq!(ends(2035, 1).coverage(start, 36), 1.0);
    }

    #[test]
    fn a_term_counts_back_from_the_end() {
        let start = YearMonth { year: 2027, month: 1 };
        // Three years ending 2029-06: 2026-07 to 2029-06, the plan's months 0..30.
        let c = Commitment {
            annual_usd: 1.0,
            ends: Some(YearMonth { year: 2029, month: 6 }),
            term_years: 3,
            discount_percent: None,
        };
        assert_eq!(c.months(start, 36), (0, 30));
        assert_eq!(c.first_year_offset(start), -6);
        // One year ending 2029-06: 2028-07 to 2029-06, months 18..30.
        let one = Commitment { term_years: 1, ..c };
        assert_eq!(one.months(start, 36), (18, 30));
        assert_eq!(one.coverage(start, 36), 12.0 / 36.0);
        // Ended before the plan: never in force.
        let old = Commitment {
            ends: Some(YearMonth {
                year: 2025,
                month: 12,
            }),
            ..one
        };
        assert_eq!(old.months(start, 36), (0, 0));
    }

    #[test]
    fn keys_read_back() {
        for i in Importance::ALL {
            assert_eq!(Importance::from_key(i.key()), Some(i));
        }
        for a in GovernanceAppetite::ALL {
            assert_eq!(GovernanceAppetite::from_key(a.key()), Some(a));
        }
        for e in Expertise::ALL {
            assert_eq!(Expertise::from_key(e.key()), Some(e));
        }
    }
}
