//! One strategy's pass over the board: price each placed workload, note its findings, assess
//! the governance burden of the clouds in use, then add the overheads (platform, people,
//! governance hours).

use std::collections::BTreeSet;

use super::builder::Builder;
use super::context::Ctx;
use super::formula::Formula;
use super::lines::{Component, CostLine, Scaling, WorkloadCost};
use super::on_cloud::WorkloadPass;
use super::overheads::{self, Footprint};
use super::result::CostResult;
use super::workload::price_workload;
use crate::engine::analysis::availability::{self, PlanFrame};
use crate::engine::analysis::findings::{Finding, FindingKind, Severity};
use crate::engine::analysis::governance::{self, GovernanceResult};
use crate::engine::assumptions::{Assumptions, Key};
use crate::engine::model::cloud::Cloud;
use crate::engine::model::scenario::{Placement, Scenario, Workload};
use crate::engine::model::strategy::{CloudsInUse, Strategy};

/// The cost of `strategy` on `scenario`, and the governance burden it includes as hours.
pub(crate) fn compute(
    ctx: &Ctx<'_>,
    scenario: &Scenario,
    strategy: Strategy,
) -> (CostResult, GovernanceResult) {
    let (cost, governance, _) = run(ctx, scenario, strategy, false);
    (cost, governance)
}

/// Every formula a strategy's cost is made of, with the component it counts towards,
/// including formulas of lines left out because they cost nothing with today's values.
pub(crate) fn formulas(ctx: &Ctx<'_>, scenario: &Scenario, strategy: Strategy) -> Vec<(Component, Formula)> {
    run(ctx, scenario, strategy, true).2
}

fn run(
    ctx: &Ctx<'_>,
    scenario: &Scenario,
    strategy: Strategy,
    keep_formulas: bool,
) -> (CostResult, GovernanceResult, Vec<(Component, Formula)>) {
    let mut b = Builder::new(ctx, scenario.workloads.len(), keep_formulas);
    let frame_view = PlanFrame {
        r: ctx.r,
        start: ctx.start,
        horizon_months: ctx.frame.months,
    };
    let mut workloads = Vec::with_capacity(scenario.workloads.len());
    let mut findings = Vec::new();
    let mut fp = Footprint {
        in_use: CloudsInUse::default(),
        cloud_run: [0.0; 2],
        calls: [0.0; 2],
        workloads: [0; 2],
        frameworks: [BTreeSet::new(), BTreeSet::new()],
        foundry_platform: false,
    };

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
            fp.in_use.add(c);
            fp.workloads[c.index()] += 1;
            fp.frameworks[c.index()].extend(w.compliance.iter().copied());
        }
        for (run, base) in fp.cloud_run.iter_mut().zip(&pass.run_base) {
            *run += base.iter().sum::<f64>();
        }
        for (calls, here) in fp.calls.iter_mut().zip(pass.calls) {
            *calls += here;
        }
        fp.foundry_platform |= pass.foundry_candidate;
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

    let governance = governance::assess(ctx.r, scenario, strategy, fp.cloud_run);
    overheads::price(&mut b, &fp, &governance);
    let formulas = b.take_formulas();
    (
        b.into_result(fp.in_use, workloads, findings),
        governance,
        formulas,
    )
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
        by_component: [0.0; Component::COUNT],
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
