//! The months a cost line runs: from a month to a month of the plan, where either end may be
//! an availability date, so a sampled date moves the wave in the Monte Carlo as it does in
//! the engine.

use crate::assumptions::{Key, Resolved};
use crate::model::scenario::YearMonth;

/// A month of the plan (0 is the start), fixed or following an availability date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Bound {
    /// A fixed month; `END` is the end of the horizon.
    Month(u16),
    /// `plus` months after the month the dated assumption holds (the plan's start if the
    /// date is earlier, the end of the horizon if it is "never").
    Dated { key: Key, plus: u16 },
}

impl Bound {
    pub(crate) const START: Bound = Bound::Month(0);
    pub(crate) const END: Bound = Bound::Month(u16::MAX);

    /// The month this bound falls in, between 0 and `horizon`.
    pub(crate) fn month(self, r: &Resolved, start: YearMonth, horizon: usize) -> usize {
        match self {
            Bound::Month(m) => usize::from(m).min(horizon),
            Bound::Dated { key, plus } => {
                let at = r
                    .year_month(key)
                    .map_or(horizon as i64, |d| start.months_until(d).max(0));
                usize::try_from(at)
                    .unwrap_or(horizon)
                    .saturating_add(usize::from(plus))
                    .min(horizon)
            }
        }
    }

    /// This bound moved on by `months`.
    pub(crate) fn plus(self, months: u16) -> Bound {
        match self {
            Bound::Month(m) if m == u16::MAX => self,
            Bound::Month(m) => Bound::Month(m.saturating_add(months)),
            Bound::Dated { key, plus } => Bound::Dated {
                key,
                plus: plus.saturating_add(months),
            },
        }
    }
}

/// The months `[from, to)` a line is billed; a one-time line is billed in `from` only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Window {
    pub from: Bound,
    pub to: Bound,
}

impl Window {
    pub(crate) const WHOLE: Window = Window {
        from: Bound::START,
        to: Bound::END,
    };

    pub(crate) fn new(from: Bound, to: Bound) -> Window {
        Window { from, to }
    }

    pub(crate) fn is_whole(self) -> bool {
        self == Window::WHOLE
    }

    /// The months `(from, to)` under `r`, with `from <= to <= horizon`.
    pub(crate) fn months(self, r: &Resolved, start: YearMonth, horizon: usize) -> (usize, usize) {
        let from = self.from.month(r, start, horizon);
        let to = self.to.month(r, start, horizon).max(from);
        (from, to)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assumptions::Assumptions;

    #[test]
    fn dated_bounds_follow_the_date_and_stay_in_the_plan() {
        let r = Assumptions::defaults();
        // Frontier on AWS from 2026-09 by default.
        let ym = |y, m| YearMonth::new(y, m).expect("month");
        let b = Bound::Dated {
            key: Key::AwsFrontierFrom,
            plus: 0,
        };
        assert_eq!(b.month(&r, ym(2026, 5), 36), 4);
        assert_eq!(b.plus(2).month(&r, ym(2026, 5), 36), 6);
        assert_eq!(b.month(&r, ym(2027, 1), 36), 0);
        assert_eq!(b.month(&r, ym(2026, 5), 3), 3);
        assert_eq!(Bound::END.month(&r, ym(2026, 5), 36), 36);
        assert_eq!(Bound::END.plus(3), Bound::END);
        let w = Window::new(Bound::Month(10), b);
        assert_eq!(w.months(&r, ym(2026, 5), 36), (10, 10));
    }
}
