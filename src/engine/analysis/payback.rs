//! The plan against staying as today: what leaving every workload where it runs today would
//! cost, and the month the plan's extra spending (moves, dual running, a second cloud) is
//! made back, if it is.

use serde::Serialize;

/// What staying as today costs, and when the plan pays back against it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgainstToday {
    /// Staying as today over the horizon, nominal and discounted to the plan's start.
    pub total: f64,
    pub present_value: f64,
    pub monthly: Vec<f64>,
    pub payback: Payback,
}

/// When the plan's cumulative cost falls back to (and stays at or below) staying as today's.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub enum Payback {
    /// The plan costs what staying as today costs, month by month (nothing runs anywhere else
    /// today, or the plan keeps everything where it is).
    SameAsToday,
    /// Its cumulative cost is never above staying as today's.
    FromTheStart,
    /// Its cumulative cost is above at first and at or below from this month (0-based) on.
    InMonth(usize),
    /// Still above at the end of the horizon, by this much.
    NotWithinHorizon { extra: f64 },
}

/// Amounts within a cent of each other are the same: sums of the same lines in another order
/// differ in the last bits.
const SAME: f64 = 0.01;

impl Payback {
    /// From the plan's and staying-as-today's monthly series (same length).
    pub fn of(plan: &[f64], today: &[f64]) -> Payback {
        let mut gap = 0.0;
        let mut ever_above = false;
        let mut differs = false;
        let mut below_since = Some(0);
        for (m, (p, t)) in plan.iter().zip(today).enumerate() {
            differs |= (p - t).abs() > SAME;
            gap += p - t;
            if gap > SAME {
                ever_above = true;
                below_since = None;
            } else if below_since.is_none() {
                below_since = Some(m);
            }
        }
        match (differs, ever_above, below_since) {
            (false, _, _) => Payback::SameAsToday,
            (true, false, _) => Payback::FromTheStart,
            (true, true, Some(m)) => Payback::InMonth(m),
            (true, true, None) => Payback::NotWithinHorizon { extra: gap },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Payback;

    #[test]
    fn pays_back_in_the_month_the_gap_closes_for_good() {
        // Plan: 300 to move in month 0, then 80 a month; today: 100 a month.
        // Gap: 200, 180, ..., 20 in month 9, 0 in month 10.
        let mut plan = vec![80.0; 24];
        plan[0] = 300.0;
        let today = vec![100.0; 24];
        assert_eq!(Payback::of(&plan, &today), Payback::InMonth(10));
    }

    #[test]
    fn a_later_move_that_reopens_the_gap_moves_payback_later() {
        // Gap 20, 10, 0 (made back in month 2); the move in month 3 opens it to 40, then 30,
        // 20, 10 and 0 in month 7.
        let mut plan = vec![90.0; 12];
        plan[0] = 120.0;
        plan[3] = 140.0;
        let today = vec![100.0; 12];
        assert_eq!(Payback::of(&plan, &today), Payback::InMonth(7));
    }

    #[test]
    fn the_other_outcomes() {
        let today = vec![100.0; 12];
        assert_eq!(Payback::of(&today, &today), Payback::SameAsToday);
        assert_eq!(Payback::of(&[90.0; 12], &today), Payback::FromTheStart);
        let mut plan = vec![99.0; 12];
        plan[0] = 150.0;
        // 50 more at first, 1 a month back: 39 still to make back after 12 months.
        assert_eq!(
            Payback::of(&plan, &today),
            Payback::NotWithinHorizon { extra: 39.0 }
        );
    }
}
