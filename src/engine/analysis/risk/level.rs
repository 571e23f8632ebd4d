//! Risk levels: the bands a score (likelihood x impact) falls into.

use serde::Serialize;

use crate::assumptions::{Key, Resolved};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
pub enum RiskLevel {
    #[default]
    Low,
    Medium,
    High,
    Critical,
}

impl RiskLevel {
    pub fn label(self) -> &'static str {
        match self {
            RiskLevel::Low => "Low",
            RiskLevel::Medium => "Medium",
            RiskLevel::High => "High",
            RiskLevel::Critical => "Critical",
        }
    }

    /// The level of a score (likelihood x impact) under the resolved bands.
    pub fn of(r: &Resolved, score: u8) -> RiskLevel {
        let s = f64::from(score);
        if s >= r.get(Key::RiskLevelCritical) {
            RiskLevel::Critical
        } else if s >= r.get(Key::RiskLevelHigh) {
            RiskLevel::High
        } else if s >= r.get(Key::RiskLevelMedium) {
            RiskLevel::Medium
        } else {
            RiskLevel::Low
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assumptions::Assumptions;

    #[test]
    fn levels_follow_the_default_bands() {
        let r = Assumptions::defaults();
        assert_eq!(RiskLevel::of(&r, 5), RiskLevel::Low);
        assert_eq!(RiskLevel::of(&r, 6), RiskLevel::Medium);
        assert_eq!(RiskLevel::of(&r, 12), RiskLevel::High);
        assert_eq!(RiskLevel::of(&r, 20), RiskLevel::Critical);
    }
}
