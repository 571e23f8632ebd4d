//! Lines billed in part of the horizon, summed per (component, cloud) cell as they are pushed.
//!
//! Each scaling's lines of a cell are kept as steps (a line adds its amount where it starts
//! and takes it off where it ends), so a cell costs its months once per scaling however many
//! lines it has; a month no line is open in adds exactly 0, not what rounding leaves of the
//! steps before it. One-time lines, and lines whose amount is not finite (as a step, one would
//! spill past its months: inf - inf), are added month by month instead.

use super::lines::{Component, CostCloud, Scaling};

/// How many cells (component, cloud) there are.
const CELLS: usize = Component::COUNT * CostCloud::ALL.len();

/// Where a (component, cloud) cell's lines are kept.
fn cell_index((component, cloud): (Component, CostCloud)) -> usize {
    component.index() * CostCloud::ALL.len() + cloud.index()
}

/// A line billed in part of the horizon: its scaling, the months `[from, to)` and its month-0
/// amount.
pub(super) type WindowedLine = (Scaling, (usize, usize), f64);

/// The steps of every cell's lines billed in part of the horizon.
pub(super) struct Steps {
    months: usize,
    /// Where each cell's row of each scaling starts in `amounts` and `opened`, once the cell
    /// has a line of that scaling.
    rows: [[Option<usize>; Scaling::COUNT]; CELLS],
    /// Each row: the amounts lines add and take off, month by month (`months + 1` long, for
    /// a line that ends with the horizon).
    amounts: Vec<f64>,
    /// Each row: how many lines open and close, month by month.
    opened: Vec<i32>,
    /// One-time and non-finite lines with their cell, in the order pushed.
    pointwise: Vec<(usize, WindowedLine)>,
}

impl Steps {
    pub(super) fn new(months: usize) -> Steps {
        Steps {
            months,
            rows: [[None; Scaling::COUNT]; CELLS],
            amounts: Vec::new(),
            opened: Vec::new(),
            pointwise: Vec::new(),
        }
    }

    /// Adds a line of the (component, cloud) cell `cell`.
    pub(super) fn add(&mut self, cell: (Component, CostCloud), line: WindowedLine) {
        let cell = cell_index(cell);
        let (scaling, (from, to), base) = line;
        if scaling == Scaling::OneTime || !base.is_finite() {
            self.pointwise.push((cell, line));
            return;
        }
        let to = to.min(self.months);
        let from = from.min(to);
        if from >= to {
            return;
        }
        let Some(row) = self.row(cell, scaling) else {
            return;
        };
        if let (Some(a), Some(o)) = (self.amounts.get_mut(row + from), self.opened.get_mut(row + from)) {
            *a += base;
            *o += 1;
        }
        if let (Some(a), Some(o)) = (self.amounts.get_mut(row + to), self.opened.get_mut(row + to)) {
            *a -= base;
            *o -= 1;
        }
    }

    /// Where `cell`'s row of `scaling` starts, made when it has none yet.
    fn row(&mut self, cell: usize, scaling: Scaling) -> Option<usize> {
        let slot = self.rows.get_mut(cell)?.get_mut(scaling.index())?;
        if slot.is_none() {
            let at = self.amounts.len();
            self.amounts.resize(at + self.months + 1, 0.0);
            self.opened.resize(at + self.months + 1, 0);
            *slot = Some(at);
        }
        *slot
    }

    /// Adds the lines of the (component, cloud) cell `cell` to `series` (an amount a month),
    /// and their one-time part to `one_time` as well, `factors` being each scaling's factor
    /// month by month: first the lines added month by month, in the order pushed, then each
    /// scaling's steps.
    pub(super) fn add_to(
        &self,
        cell: (Component, CostCloud),
        series: &mut [f64],
        one_time: &mut [f64],
        factors: &[Vec<f64>; Scaling::COUNT],
    ) {
        let cell = cell_index(cell);
        self.add_pointwise(cell, series, one_time, factors);
        self.add_steps(cell, series, factors);
    }

    fn add_pointwise(
        &self,
        cell: usize,
        series: &mut [f64],
        one_time: &mut [f64],
        factors: &[Vec<f64>; Scaling::COUNT],
    ) {
        for &(_, (scaling, (from, to), base)) in self.pointwise.iter().filter(|(c, _)| *c == cell) {
            if scaling == Scaling::OneTime {
                if let (Some(v), Some(o)) = (series.get_mut(from), one_time.get_mut(from)) {
                    *v += base;
                    *o += base;
                }
                continue;
            }
            let to = to.min(series.len());
            let from = from.min(to);
            for (v, f) in series[from..to]
                .iter_mut()
                .zip(&factors[scaling.index()][from..to])
            {
                *v += base * f;
            }
        }
    }

    fn add_steps(&self, cell: usize, series: &mut [f64], factors: &[Vec<f64>; Scaling::COUNT]) {
        let Some(rows) = self.rows.get(cell) else {
            return;
        };
        for (row, factors) in rows.iter().zip(factors) {
            let Some(at) = *row else {
                continue;
            };
            let end = at + self.months + 1;
            let (amounts, opened) = (&self.amounts[at..end], &self.opened[at..end]);
            let (mut level, mut lines_open) = (0.0, 0);
            for (((v, step), opens), f) in series.iter_mut().zip(amounts).zip(opened).zip(factors) {
                level += step;
                lines_open += opens;
                if lines_open == 0 {
                    level = 0.0;
                }
                *v += level * f;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MONTHS: usize = 8;

    /// Flat factors for every scaling (1 each month), growth doubling month by month.
    fn factors() -> [Vec<f64>; Scaling::COUNT] {
        let mut f: [Vec<f64>; Scaling::COUNT] = Default::default();
        for (s, v) in f.iter_mut().enumerate() {
            *v = (0..MONTHS)
                .map(|m| {
                    if s == Scaling::Growth.index() {
                        2f64.powi(m as i32)
                    } else {
                        1.0
                    }
                })
                .collect();
        }
        f
    }

    const TOKENS_ON_AZURE: (Component, CostCloud) = (Component::Tokens, CostCloud::Azure);
    const TOKENS_ON_AWS: (Component, CostCloud) = (Component::Tokens, CostCloud::Aws);
    const MIGRATION: (Component, CostCloud) = (Component::Migration, CostCloud::CrossCloud);

    fn summed(steps: &Steps, cell: (Component, CostCloud)) -> ([f64; MONTHS], [f64; MONTHS]) {
        let (mut series, mut one_time) = ([0.0; MONTHS], [0.0; MONTHS]);
        steps.add_to(cell, &mut series, &mut one_time, &factors());
        (series, one_time)
    }

    #[test]
    fn lines_add_in_their_months_only_times_the_factor() {
        let mut steps = Steps::new(MONTHS);
        steps.add(TOKENS_ON_AZURE, (Scaling::Flat, (2, 5), 10.0));
        steps.add(TOKENS_ON_AZURE, (Scaling::Flat, (4, 6), 1.0));
        // Growth 3 in months 1-2: factors 2 and 4.
        steps.add(TOKENS_ON_AZURE, (Scaling::Growth, (1, 3), 3.0));
        // Past the horizon: cut at its end.
        steps.add(TOKENS_ON_AZURE, (Scaling::Flat, (7, 20), 5.0));
        let (series, one_time) = summed(&steps, TOKENS_ON_AZURE);
        assert_eq!(series, [0.0, 6.0, 22.0, 10.0, 11.0, 1.0, 0.0, 5.0]);
        assert_eq!(one_time, [0.0; MONTHS]);
        // Another cell has none of them.
        assert_eq!(summed(&steps, TOKENS_ON_AWS).0, [0.0; MONTHS]);
    }

    #[test]
    fn a_month_no_line_is_open_in_adds_exactly_nothing() {
        let mut steps = Steps::new(MONTHS);
        // 0.1 + 0.2 - 0.1 - 0.2 leaves 2.8e-17 as a running sum.
        steps.add(TOKENS_ON_AWS, (Scaling::Flat, (0, 3), 0.1));
        steps.add(TOKENS_ON_AWS, (Scaling::Flat, (0, 3), 0.2));
        let (series, _) = summed(&steps, TOKENS_ON_AWS);
        assert_eq!(&series[3..], &[0.0; MONTHS - 3]);
        assert!((series[0] - 0.3).abs() < 1e-15);
    }

    #[test]
    fn one_time_and_non_finite_lines_fall_in_their_months() {
        let mut steps = Steps::new(MONTHS);
        steps.add(MIGRATION, (Scaling::OneTime, (3, 4), 50.0));
        steps.add(MIGRATION, (Scaling::Flat, (5, 7), f64::INFINITY));
        let (series, one_time) = summed(&steps, MIGRATION);
        assert_eq!(series[..5], [0.0, 0.0, 0.0, 50.0, 0.0]);
        assert_eq!(series[5..], [f64::INFINITY, f64::INFINITY, 0.0]);
        assert_eq!(one_time, [0.0, 0.0, 0.0, 50.0, 0.0, 0.0, 0.0, 0.0]);
    }

    #[test]
    fn an_empty_or_reversed_window_adds_nothing() {
        let mut steps = Steps::new(MONTHS);
        steps.add(TOKENS_ON_AZURE, (Scaling::Flat, (4, 4), 9.0));
        steps.add(TOKENS_ON_AZURE, (Scaling::Flat, (6, 2), 9.0));
        assert_eq!(summed(&steps, TOKENS_ON_AZURE).0, [0.0; MONTHS]);
    }

    #[test]
    fn a_one_time_line_at_or_past_the_end_and_a_nan_line_stay_in_their_months() {
        let mut steps = Steps::new(MONTHS);
        steps.add(MIGRATION, (Scaling::OneTime, (MONTHS, MONTHS + 1), 50.0));
        steps.add(MIGRATION, (Scaling::OneTime, (MONTHS + 9, MONTHS + 10), 50.0));
        steps.add(MIGRATION, (Scaling::Flat, (1, 2), f64::NAN));
        let (series, one_time) = summed(&steps, MIGRATION);
        assert!(series[1].is_nan());
        assert!(series.iter().enumerate().all(|(m, v)| m == 1 || *v == 0.0));
        assert_eq!(one_time, [0.0; MONTHS]);
    }

    #[test]
    fn a_plan_of_no_months_takes_lines_and_adds_nothing() {
        let mut steps = Steps::new(0);
        steps.add(TOKENS_ON_AZURE, (Scaling::Flat, (0, 3), 1.0));
        steps.add(TOKENS_ON_AZURE, (Scaling::OneTime, (0, 1), 1.0));
        steps.add(TOKENS_ON_AZURE, (Scaling::Flat, (0, 3), f64::INFINITY));
        let (mut series, mut one_time) = ([0.0; 0], [0.0; 0]);
        let factors: [Vec<f64>; Scaling::COUNT] = Default::default();
        steps.add_to(TOKENS_ON_AZURE, &mut series, &mut one_time, &factors);
    }
}
