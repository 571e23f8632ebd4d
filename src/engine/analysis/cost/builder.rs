//! Collects a strategy's cost lines and sums them per (scaling, component, cloud), so each
//! workload is priced once and the monthly series come from a handful of sums.

use super::commitment;
use super::context::Ctx;
use super::formula::Formula;
use super::lines::{Cell, Component, CostCloud, CostLine, Scaling, WorkloadCost};
use super::present_value::present_value;
use super::result::CostResult;
use super::steps::Steps;
use super::window::Window;
use crate::analysis::findings::Finding;
use crate::assumptions::{AssumptionSet, Key};
use crate::model::scenario::WorkloadId;
use crate::model::strategy::CloudsInUse;

/// Accumulates lines and per-(scaling, component, cloud) month-0 sums, and optionally every
/// formula, including those of lines not shown because they cost nothing with today's values.
pub(super) struct Builder<'c, 'a> {
    pub(super) ctx: &'c Ctx<'a>,
    acc: [[[f64; 3]; Component::COUNT]; Scaling::COUNT],
    present: [[bool; 3]; Component::COUNT],
    /// Lines billed in part of the horizon, summed as they are pushed.
    windowed: Steps,
    pub(super) lines: Vec<CostLine>,
    /// Whether priced lines are kept (a pass for the series alone only sums them).
    keep_lines: bool,
    formulas: Option<Vec<(Component, Formula, Window)>>,
    /// The months the lines pushed next are billed.
    window: Window,
    months: (usize, usize),
}

/// What a line is, before it is priced.
pub(super) struct LineSpec {
    pub workload: Option<WorkloadId>,
    pub component: Component,
    pub cloud: CostCloud,
    pub label: &'static str,
    pub formula: &'static str,
    pub discount_percent: f64,
    pub duplicate: bool,
}

impl<'c, 'a> Builder<'c, 'a> {
    pub(super) fn new(
        ctx: &'c Ctx<'a>,
        phases: usize,
        keep_lines: bool,
        keep_formulas: bool,
    ) -> Builder<'c, 'a> {
        Builder {
            ctx,
            acc: [[[0.0; 3]; Component::COUNT]; Scaling::COUNT],
            present: [[false; 3]; Component::COUNT],
            windowed: Steps::new(ctx.frame.months),
            // Most phases price five to eight lines; then the overheads.
            lines: Vec::with_capacity(if keep_lines { phases * 8 + 32 } else { 0 }),
            keep_lines,
            formulas: keep_formulas.then(|| Vec::with_capacity(phases * 8 + 32)),
            window: Window::WHOLE,
            months: (0, ctx.frame.months),
        }
    }

    /// Every formula recorded so far, with the months it is billed, when the builder was
    /// asked to keep them.
    pub(super) fn take_formulas(&mut self) -> Vec<(Component, Formula, Window)> {
        self.formulas.take().unwrap_or_default()
    }

    /// Bills the lines pushed from now on in `window` only.
    pub(super) fn set_window(&mut self, window: Window) {
        self.window = window;
        self.months = window.months(self.ctx.r, self.ctx.start, self.ctx.frame.months);
    }

    /// The sum of `scaling`'s factors over the months of `months` that fall in the first `n`.
    pub(super) fn factor_sum(&self, scaling: Scaling, (from, to): (usize, usize), n: usize) -> f64 {
        let frame = &self.ctx.frame;
        let n = n.min(frame.months);
        if scaling == Scaling::OneTime {
            return f64::from(u8::from(from < n));
        }
        let (from, to) = (from.min(n), to.min(n));
        if to <= from {
            return 0.0;
        }
        frame.sum(scaling, to) - frame.sum(scaling, from)
    }

    /// Prices `formula` and adds its line; returns the month-0 amount.
    pub(super) fn push(&mut self, spec: LineSpec, formula: Formula, assumptions: AssumptionSet) -> f64 {
        let first_month = self.record(spec.component, formula);
        self.add_line(spec, formula.scaling(), first_month, assumptions);
        first_month
    }

    /// As `push`, but a line that costs nothing is left out.
    pub(super) fn push_if_positive(
        &mut self,
        spec: LineSpec,
        formula: Formula,
        assumptions: AssumptionSet,
    ) -> f64 {
        let first_month = self.record(spec.component, formula);
        if first_month > 0.0 {
            self.add_line(spec, formula.scaling(), first_month, assumptions);
        }
        first_month
    }

    /// Keeps the formula (when asked to) and returns its month-0 amount.
    pub(super) fn record(&mut self, component: Component, formula: Formula) -> f64 {
        let window = self.window;
        if let Some(f) = &mut self.formulas {
            f.push((component, formula, window));
        }
        formula.amount(self.ctx.r)
    }

    /// Adds a line an earlier pass priced, billed in the months the lines pushed next are. It
    /// reads only what that pass's commitments leave alone (they change a line's total and
    /// the discount it shows).
    pub(super) fn replay(&mut self, line: &CostLine) {
        let spec = LineSpec {
            workload: line.workload,
            component: line.component,
            cloud: line.cloud,
            label: line.label,
            formula: line.formula,
            discount_percent: line.discount_percent,
            duplicate: line.duplicate,
        };
        self.add_line(spec, line.scaling, line.first_month, line.assumptions);
    }

    fn add_line(&mut self, spec: LineSpec, scaling: Scaling, first_month: f64, assumptions: AssumptionSet) {
        let (c, k, s) = (spec.component.index(), spec.cloud.index(), scaling.index());
        let whole = self.window.is_whole();
        if whole {
            self.acc[s][c][k] += first_month;
        } else {
            self.windowed
                .add((spec.component, spec.cloud), (scaling, self.months, first_month));
        }
        self.present[c][k] = true;
        if !self.keep_lines {
            return;
        }
        self.lines.push(CostLine {
            workload: spec.workload,
            component: spec.component,
            cloud: spec.cloud,
            label: spec.label,
            formula: spec.formula,
            scaling,
            first_month,
            total: first_month * self.factor_sum(scaling, self.months, self.ctx.frame.months),
            discount_percent: spec.discount_percent,
            commitment_discount_percent: None,
            duplicate: spec.duplicate,
            assumptions,
            months: (!whole).then_some(self.months),
        });
    }

    /// The strategy's series and totals from the lines pushed so far.
    pub(super) fn into_result(
        mut self,
        clouds_in_use: CloudsInUse,
        mut workloads: Vec<WorkloadCost>,
        findings: Vec<Finding>,
    ) -> CostResult {
        let frame = &self.ctx.frame;
        let months = frame.months;
        let mut breakdown = Vec::new();
        let mut one_time = vec![0.0; months];
        for component in Component::ALL {
            for cloud in CostCloud::ALL {
                let (c, k) = (component.index(), cloud.index());
                if !self.present[c][k] {
                    continue;
                }
                let mut series = vec![0.0; months];
                for scaling in Scaling::ALL {
                    let base = self.acc[scaling.index()][c][k];
                    if base == 0.0 {
                        continue;
                    }
                    for (v, f) in series.iter_mut().zip(&frame.factors[scaling.index()]) {
                        *v += base * f;
                    }
                }
                if let Some(first) = one_time.first_mut() {
                    *first += self.acc[Scaling::OneTime.index()][c][k];
                }
                self.windowed
                    .add_to((component, cloud), &mut series, &mut one_time, &frame.factors);
                breakdown.push(Cell {
                    component,
                    cloud,
                    total: series.iter().fold(0.0, |a, b| a + b),
                    monthly: series,
                });
            }
        }
        let before = monthly_sum(&breakdown, months);
        commitment::apply(self.ctx, &mut breakdown, &mut self.lines, &mut workloads);
        let monthly = monthly_sum(&breakdown, months);
        let commitment_effect: Vec<f64> = monthly.iter().zip(&before).map(|(a, b)| a - b).collect();
        let mut cumulative = Vec::with_capacity(months);
        let mut running = 0.0;
        for v in &monthly {
            running += v;
            cumulative.push(running);
        }
        let tail = months.min(12);
        let run_rate = if tail == 0 {
            0.0
        } else {
            let tail_sum = monthly[months - tail..].iter().fold(0.0, |a, b| a + b);
            let one_time_in_tail = one_time[months - tail..].iter().fold(0.0, |a, b| a + b);
            (tail_sum - one_time_in_tail).max(0.0) / tail as f64
        };
        // Folding from +0.0 (not `sum`, which starts at -0.0) keeps empty totals at 0, not -0.
        let duplication_total = self
            .lines
            .iter()
            .filter(|l| l.duplicate)
            .fold(0.0, |a, l| a + l.total);
        CostResult {
            horizon_total: running,
            present_value: present_value(&monthly, self.ctx.r.get(Key::DiscountRate)),
            monthly,
            cumulative,
            run_rate,
            one_time_total: one_time.iter().fold(0.0, |a, b| a + b),
            duplication_total,
            commitment_effect,
            clouds_in_use,
            breakdown,
            workloads,
            lines: self.lines,
            findings,
        }
    }
}

/// The total of every cell, month by month.
fn monthly_sum(breakdown: &[Cell], months: usize) -> Vec<f64> {
    let mut monthly = vec![0.0; months];
    for cell in breakdown {
        for (t, v) in monthly.iter_mut().zip(&cell.monthly) {
            *t += v;
        }
    }
    monthly
}
