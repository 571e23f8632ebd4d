//! The risks month by month: a risk scores, in a month, what its factors in force then add
//! up to (criticality always, a move's factors in its month, a wait's over its months).

use super::result::{likelihood_and_impact, Risk, RiskResult};

impl Risk {
    /// The score of the factors in force in `month` (its criticality alone is at least 1x1).
    pub fn score_in(&self, month: usize) -> u8 {
        let (likelihood, impact) =
            likelihood_and_impact(self.factors.iter().filter(|f| f.when.in_force(month)));
        likelihood * impact
    }
}

impl RiskResult {
    fn all(&self) -> impl Iterator<Item = &Risk> + '_ {
        self.scenario.iter().chain(&self.workloads)
    }

    /// The sum of every risk's score in each of the plan's `horizon` months.
    pub fn exposure_by_month(&self, horizon: usize) -> Vec<u32> {
        (0..horizon)
            .map(|m| self.all().map(|r| u32::from(r.score_in(m))).sum())
            .collect()
    }

    /// The months a move's factors sit at, ascending, each once.
    pub fn move_months(&self) -> Vec<usize> {
        let mut months: Vec<usize> = self
            .workloads
            .iter()
            .flat_map(|r| &r.factors)
            .flat_map(|f| f.when.move_months().iter().copied())
            .collect();
        months.sort_unstable();
        months.dedup();
        months
    }
}
