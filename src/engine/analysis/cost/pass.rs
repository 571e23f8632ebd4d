//! One strategy's pass over the board: price each placed workload, note its findings, then add
//! the platform overhead of the clouds in use.

use std::collections::BTreeSet;

use super::builder::Builder;
use super::context::Ctx;
use super::formula::Formula;
use super::lines::{Component, CostLine, Scaling, WorkloadCost};
use super::on_cloud::WorkloadPass;
use super::overheads;
use super::result::CostResult;
use super::workload::price_workload;
use crate::engine::analysis::availability::{self, PlanFrame};
use crate::engine::analysis::findings::{Finding, FindingKind, Severity};
use crate::engine::assumptions::{Assumptions, Key};
use crate::engine::model::cloud::Cloud;
use crate::engine::model::scenario::{Framework, Placement, Scenario, Workload};
use crate::engine::model::strategy::{CloudsInUse, Strategy};

/// The cost of `strategy` on `scenario`.
pub(crate) fn compute(ctx: &Ctx<'_>, scenario: &Scenario, strategy: Strategy) -> CostResult {
    run(ctx, scenario, strategy, false).0
}

/// Every formula a strategy's cost is made of, with the component it counts towards,
/// including formulas of lines left out because they cost nothing with today's values.
pub(crate) fn formulas(ctx: &Ctx<'_>, scenario: &Scenario, strategy: Strategy) -> Vec<(Component, Formula)> {
    run(ctx, scenario, strategy, true).1
}

fn run(
    ctx: &Ctx<'_>,
    scenario: &Scenario,
    strategy: Strategy,
    keep_formulas: bool,
) -> (CostResult, Vec<(Component, Formula)>) {
    let mut b = Builder::new(ctx, scenario.workloads.len(), keep_formulas);
    let frame_view = PlanFrame {
        r: ctx.r,
        start: ctx.start,
        horizon_months: ctx.frame.months,
    };
    let mut workloads = Vec::with_capacity(scenario.workloads.len());
    let mut findings = Vec::new();
    let mut in_use = CloudsInUse::default();
    let mut cloud_run = [0.0_f64; 2];
    let mut frameworks: [BTreeSet<Framework>; 2] = [BTreeSet::new(), BTreeSet::new()];

    for w in &scenario.workloads {
        let placement = strategy.placement(w);
        if placement == Placement::Unplaced {
            continue;
        }
        let first_line = b.lines.len();
        let pass = price_workload(&mut b, w, placement);
        let mut clouds = [Cloud::Azure; 2];
        let mut n = 0;
        for (slot, c) in clouds.iter_mut().zip(placement.clouds()) {
            *slot = c;
            n += 1;
            in_use.add(c);
            frameworks[c.index()].extend(w.compliance.iter().copied());
        }
        for (run, base) in cloud_run.iter_mut().zip(&pass.run_base) {
            *run += base.iter().sum::<f64>();
        }
        let wc = workload_cost(ctx, w, placement, &b.lines[first_line..]);
        let gap_cost = |c: Cloud, months: usize| {
            let [g, gd, flat] = pass.run_base[c.index()];
            g * ctx.frame.sum(Scaling::Growth, months)
                + gd * ctx.frame.sum(Scaling::GrowthAndPriceDecline, months)
                + flat * ctx.frame.sum(Scaling::Flat, months)
        };
        availability::workload_findings(
            &frame_view,
            w,
            &clouds[..n],
            gap_cost,
            pass.workaround,
            &mut findings,
        );
        findings.extend(migration_red_flag(w, &pass, &wc));
        workloads.push(wc);
    }

    overheads::price(&mut b, in_use, cloud_run, &frameworks);
    let formulas = b.take_formulas();
    (b.into_result(in_use, workloads, findings), formulas)
}

/// A workload's totals from the lines priced for it.
fn workload_cost(ctx: &Ctx<'_>, w: &Workload, placement: Placement, lines: &[CostLine]) -> WorkloadCost {
    let mut wc = WorkloadCost {
        id: w.id,
        placement,
        total: 0.0,
        run_total: 0.0,
        one_time: 0.0,
        first_year_run: 0.0,
        by_component: [0.0; 8],
    };
    for line in lines {
        wc.total += line.total;
        wc.by_component[line.component.index()] += line.total;
        if line.scaling == Scaling::OneTime {
            wc.one_time += line.total;
        } else {
            wc.run_total += line.total;
            wc.first_year_run += line.first_month * ctx.frame.sum(line.scaling, 12);
        }
    }
    wc
}

/// Seed 000's red flag: moving the workload costs more than a year of running it.
fn migration_red_flag(w: &Workload, pass: &WorkloadPass, wc: &WorkloadCost) -> Option<Finding> {
    (pass.migration > 0.0 && pass.migration > wc.first_year_run).then(|| Finding {
        severity: Severity::RedFlag,
        workload: Some(w.id),
        cloud: None,
        capability: None,
        kind: FindingKind::MigrationExceedsYearOfRun {
            migration: pass.migration,
            year_of_run: wc.first_year_run,
        },
        cost: Some(pass.migration),
        assumptions: vec![
            Assumptions::id(Key::RehostPerWorkload),
            Assumptions::id(Key::ReplatformHours),
            Assumptions::id(Key::ArchitectCost),
        ],
    })
}
