//! Collects a strategy's cost lines and sums them per (scaling, component, cloud), so each
//! workload is priced once and the monthly series come from a handful of sums.

use super::context::Ctx;
use super::formula::Formula;
use super::lines::{Cell, Component, CostCloud, CostLine, Scaling, WorkloadCost};
use super::result::CostResult;
use crate::engine::analysis::findings::Finding;
use crate::engine::model::scenario::WorkloadId;
use crate::engine::model::strategy::CloudsInUse;

/// Accumulates lines and per-(scaling, component, cloud) month-0 sums, and optionally every
/// formula, including those of lines not shown because they cost nothing with today's values.
pub(super) struct Builder<'c, 'a> {
    pub(super) ctx: &'c Ctx<'a>,
    acc: [[[f64; 3]; Component::COUNT]; Scaling::COUNT],
    present: [[bool; 3]; Component::COUNT],
    pub(super) lines: Vec<CostLine>,
    formulas: Option<Vec<(Component, Formula)>>,
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
    pub(super) fn new(ctx: &'c Ctx<'a>, workloads: usize, keep_formulas: bool) -> Builder<'c, 'a> {
        Builder {
            ctx,
            acc: [[[0.0; 3]; Component::COUNT]; Scaling::COUNT],
            present: [[false; 3]; Component::COUNT],
            lines: Vec::with_capacity(workloads * 4 + 16),
            formulas: keep_formulas.then(|| Vec::with_capacity(workloads * 6 + 16)),
        }
    }

    /// Every formula recorded so far, when the builder was asked to keep them.
    pub(super) fn take_formulas(&mut self) -> Vec<(Component, Formula)> {
        self.formulas.take().unwrap_or_default()
    }

    /// Prices `formula` and adds its line; returns the month-0 amount.
    pub(super) fn push(&mut self, spec: LineSpec, formula: Formula, assumptions: Vec<&'static str>) -> f64 {
        let first_month = self.record(spec.component, formula);
        self.add_line(spec, formula.scaling(), first_month, assumptions);
        first_month
    }

    /// As `push`, but a line that costs nothing is left out.
    pub(super) fn push_if_positive(
        &mut self,
        spec: LineSpec,
        formula: Formula,
        assumptions: Vec<&'static str>,
    ) -> f64 {
        let first_month = self.record(spec.component, formula);
        if first_month > 0.0 {
            self.add_line(spec, formula.scaling(), first_month, assumptions);
        }
        first_month
    }

    /// Keeps the formula (when asked to) and returns its month-0 amount.
    pub(super) fn record(&mut self, component: Component, formula: Formula) -> f64 {
        if let Some(f) = &mut self.formulas {
            f.push((component, formula));
        }
        formula.amount(self.ctx.r)
    }

    fn add_line(
        &mut self,
        spec: LineSpec,
        scaling: Scaling,
        first_month: f64,
        assumptions: Vec<&'static str>,
    ) {
        let (c, k, s) = (spec.component.index(), spec.cloud.index(), scaling.index());
        self.acc[s][c][k] += first_month;
        self.present[c][k] = true;
        self.lines.push(CostLine {
            workload: spec.workload,
            component: spec.component,
            cloud: spec.cloud,
            label: spec.label,
            formula: spec.formula,
            scaling,
            first_month,
            total: first_month * self.ctx.frame.sum(scaling, self.ctx.frame.months),
            discount_percent: spec.discount_percent,
            duplicate: spec.duplicate,
            assumptions,
        });
    }

    /// The strategy's series and totals from the lines pushed so far.
    pub(super) fn into_result(
        self,
        clouds_in_use: CloudsInUse,
        workloads: Vec<WorkloadCost>,
        findings: Vec<Finding>,
    ) -> CostResult {
        let frame = &self.ctx.frame;
        let months = frame.months;
        let mut monthly = vec![0.0; months];
        let mut breakdown = Vec::new();
        let mut one_time_total = 0.0;
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
                one_time_total += self.acc[Scaling::OneTime.index()][c][k];
                for (t, v) in monthly.iter_mut().zip(&series) {
                    *t += v;
                }
                breakdown.push(Cell {
                    component,
                    cloud,
                    total: series.iter().fold(0.0, |a, b| a + b),
                    monthly: series,
                });
            }
        }
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
            // One-time costs sit in month 0, inside the tail only for a 12-month horizon.
            let one_time_in_tail = if months <= 12 { one_time_total } else { 0.0 };
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
            monthly,
            cumulative,
            run_rate,
            one_time_total,
            duplication_total,
            clouds_in_use,
            breakdown,
            workloads,
            lines: self.lines,
            findings,
        }
    }
}
