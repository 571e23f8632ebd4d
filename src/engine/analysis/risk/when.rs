//! When a risk factor bites, in months of the plan: at the moves that cause it, over the
//! months a workload waits for a capability or runs where it lags, or throughout.

use serde::Serialize;
use smallvec::SmallVec;

/// The months of a factor's moves: a workload moves a few times at most, so they are kept
/// inline.
pub type MoveMonths = SmallVec<[usize; 2]>;

/// The months of the plan a factor is in force.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum RiskWhen {
    /// Every month of the plan (criticality, lock-in, scenario-level risks).
    Throughout,
    /// The months of the moves that cause it, ascending and never empty; month 0 is a move
    /// at the plan's start.
    AtMoves(MoveMonths),
    /// Months `[from, to)`, never empty, not the whole plan.
    Over { from: usize, to: usize },
}

impl RiskWhen {
    /// At the moves in `months`; a move-type factor with no move priced in the horizon sits
    /// at the plan's start, where the old all-at-once reading put it.
    pub fn at_moves(mut months: MoveMonths) -> RiskWhen {
        months.sort_unstable();
        months.dedup();
        if months.is_empty() {
            months.push(0);
        }
        RiskWhen::AtMoves(months)
    }

    /// Over `[from, to)` of a plan of `horizon` months, at least one month and inside the
    /// plan: throughout when that is all of it.
    pub fn over(from: usize, to: usize, horizon: usize) -> RiskWhen {
        let from = from.min(horizon.saturating_sub(1));
        let to = to.min(horizon).max(from + 1);
        if from == 0 && to >= horizon {
            RiskWhen::Throughout
        } else {
            RiskWhen::Over { from, to }
        }
    }

    pub fn in_force(&self, month: usize) -> bool {
        match self {
            RiskWhen::Throughout => true,
            RiskWhen::AtMoves(months) => months.contains(&month),
            RiskWhen::Over { from, to } => (*from..*to).contains(&month),
        }
    }

    /// The move months, when the factor sits at moves.
    pub fn move_months(&self) -> &[usize] {
        match self {
            RiskWhen::AtMoves(months) => months,
            RiskWhen::Throughout | RiskWhen::Over { .. } => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use smallvec::smallvec;

    #[test]
    fn a_range_over_the_whole_plan_is_throughout() {
        assert_eq!(RiskWhen::over(0, 36, 36), RiskWhen::Throughout);
        assert_eq!(RiskWhen::over(0, 40, 36), RiskWhen::Throughout);
        assert_eq!(RiskWhen::over(0, 4, 36), RiskWhen::Over { from: 0, to: 4 });
        assert!(RiskWhen::over(0, 4, 36).in_force(3));
        assert!(!RiskWhen::over(0, 4, 36).in_force(4));
        assert_eq!(RiskWhen::over(40, 40, 36), RiskWhen::Over { from: 35, to: 36 });
    }

    #[test]
    fn moves_are_sorted_once_each_and_default_to_the_start() {
        assert_eq!(
            RiskWhen::at_moves(smallvec![9, 3, 9]),
            RiskWhen::AtMoves(smallvec![3, 9])
        );
        assert_eq!(
            RiskWhen::at_moves(MoveMonths::new()),
            RiskWhen::AtMoves(smallvec![0])
        );
    }
}
