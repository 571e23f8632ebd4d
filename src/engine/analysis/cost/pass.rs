//! One strategy's pass over the board: price each placed workload, note its findings, assess
//! the governance burden of the clouds in use, then add the overheads (platform, people,
//! governance hours).

use super::builder::Builder;
use super::commitment;
use super::context::Ctx;
use super::epochs;
use super::footprint::Footprint;
use super::formula::Formula;
use super::lines::{Component, CostLine, PhaseSpan, Scaling, WorkloadCost};
use super::on_cloud::WorkloadPass;
use super::overheads;
use super::phases::{BoardPhases, Phase, PhaseInputs, PhaseKind};
use super::placing::Placing;
use super::result::{CostResult, Series};
use super::reuse::{Priced, Reuse};
use super::window::Window;
use super::workload::price_workload;
use crate::analysis::availability::{self, PlanFrame};
use crate::analysis::findings::{Finding, FindingKind, Severity};
use crate::analysis::governance::{self, GovernanceResult};
use crate::assumptions::{AssumptionSet, Key};
use crate::model::capacity::NotProvisioned;
use crate::model::cloud::Cloud;
use crate::model::scenario::{Placement, Scenario, Workload};
use crate::model::strategy::Strategy;

/// The cost of `strategy` on `scenario`, and the governance burden it includes as hours,
/// replaying what `reuse` priced before; and what this pass priced, for a later one to reuse.
pub(crate) fn compute(
    ctx: &Ctx<'_>,
    scenario: &Scenario,
    strategy: Strategy,
    reuse: &Reuse<'_>,
) -> (CostResult, GovernanceResult, Priced) {
    let out = run(ctx, scenario, Placing::Strategy(strategy), Detail::Lines, reuse);
    (out.cost, out.governance, out.priced)
}

/// Every formula a strategy's cost is made of, with the component it counts towards,
/// including formulas of lines left out because they cost nothing with today's values; and
/// what the spend commitments change each month with the values in force (not a linear
/// formula: a shortfall is what a year's bills leave unused).
pub(crate) fn formulas(ctx: &Ctx<'_>, scenario: &Scenario, strategy: Strategy) -> (Formulas, Vec<f64>) {
    let out = run(
        ctx,
        scenario,
        Placing::Strategy(strategy),
        Detail::LinesAndFormulas,
        &Reuse::default(),
    );
    (out.formulas, out.cost.commitment_effect)
}

/// What `scenario` placed as `placing` does costs month by month, and in total, nominal and
/// discounted: for a comparison that needs only the series (staying as today), without the
/// lines, the per-workload costs and the findings a full pass builds; replaying what `reuse`
/// priced.
pub(crate) fn series(ctx: &Ctx<'_>, scenario: &Scenario, placing: Placing, reuse: &Reuse<'_>) -> Series {
    let cost = run(ctx, scenario, placing, Detail::SeriesOnly, reuse).cost;
    Series {
        horizon_total: cost.horizon_total,
        present_value: cost.present_value,
        monthly: cost.monthly,
    }
}

type Formulas = Vec<(Component, Formula, Window)>;

/// What a pass gives back.
struct Pass {
    cost: CostResult,
    governance: GovernanceResult,
    formulas: Formulas,
    /// Each workload's phases, their passes and lines, when the pass keeps lines and not
    /// formulas.
    priced: Priced,
}

/// What a pass builds beside the series and totals.
#[derive(Clone, Copy, PartialEq)]
enum Detail {
    /// Lines, per-workload costs and findings.
    Lines,
    /// As `Lines`, and every formula.
    LinesAndFormulas,
    /// Nothing else.
    SeriesOnly,
}

fn run(ctx: &Ctx<'_>, scenario: &Scenario, placing: Placing, detail: Detail, reuse: &Reuse<'_>) -> Pass {
    let keep_lines = detail != Detail::SeriesOnly;
    let board = board_phases(ctx, scenario, placing);
    // A replayed line has no formula: a pass that keeps them prices every workload. Only a
    // pass with lines is offered to later ones.
    let reuse = (detail != Detail::LinesAndFormulas).then_some(reuse);
    let mut priced = (detail == Detail::Lines)
        .then(|| Priced::with_capacity(scenario.workloads.len(), board.phase_count()));
    let mut b = Builder::new(
        ctx,
        board.phase_count(),
        keep_lines,
        detail == Detail::LinesAndFormulas,
    );
    let mut workloads = Vec::with_capacity(scenario.workloads.len());
    let mut findings = Vec::new();
    let mut fp = Footprint::default();
    let mut passes = Vec::new();
    for (index, w, phases) in board.iter() {
        let placement = placing.placement(w);
        let first_line = b.lines.len();
        passes.clear();
        for phase in phases {
            let from = b.lines.len();
            let pass = replay_or_price(&mut b, reuse, (index, w), phase);
            if let Some(priced) = &mut priced {
                priced.add((index, w.id), phase, pass, from..b.lines.len());
            }
            passes.push(pass);
        }
        let mut used = [false; 2];
        for (phase, pass) in phases.iter().zip(&passes) {
            fp.add(ctx.frame.months, phase, pass);
            for c in phase.placement.clouds() {
                used[c.index()] = true;
            }
        }
        fp.add_workload(w, used);
        if let Some(first) = passes.iter().position(|pass| pass.foundry_candidate) {
            fp.add_foundry_platform(&phases[first..]);
        }
        b.set_window(Window::WHOLE);
        if keep_lines {
            let mut wc = workload_cost(&b, w, placement, &b.lines[first_line..]);
            wc.phases = phases.iter().map(span).collect();
            wc.provisioned = passes.iter().find_map(|pass| pass.provisioned);
            findings.extend(not_provisioned(w, &passes));
            workload_findings(ctx, w, placement, phases, &passes, &mut findings);
            let migration = passes.iter().map(|pass| pass.migration).fold(0.0, |a, b| a + b);
            findings.extend(migration_red_flag(w, migration, &wc));
            workloads.push(wc);
        }
    }
    let epochs = epochs::epochs(ctx.r, scenario, &board, &fp, ctx.frame.months);
    overheads::price(&mut b, &fp, &epochs);
    let governance = epochs::heaviest(&epochs)
        .cloned()
        .unwrap_or_else(|| governance::assess_placed(ctx.r, scenario, &[], fp.cloud_run));
    let formulas = b.take_formulas();
    let mut cost = b.into_result(fp.in_use, workloads, findings);
    if keep_lines {
        let unused = commitment::findings(ctx, &board, &cost);
        cost.findings.extend(unused);
    }
    Pass {
        cost,
        governance,
        formulas,
        priced: priced.unwrap_or_default(),
    }
}

/// Replays what an earlier pass priced for this phase of the workload at `index`, when
/// `reuse` has it; else prices the phase.
fn replay_or_price(
    b: &mut Builder<'_, '_>,
    reuse: Option<&Reuse<'_>>,
    (index, w): (usize, &Workload),
    phase: &Phase,
) -> WorkloadPass {
    let Some(earlier) = reuse.and_then(|r| r.find((index, w.id), phase)) else {
        return price_workload(b, w, phase);
    };
    #[cfg(debug_assertions)]
    check_replay(b.ctx, w, phase, &earlier);
    b.set_window(phase.window);
    for line in earlier.lines {
        b.replay(line);
    }
    earlier.pass
}

/// Debug builds (so every test) check what reuse rests on: pricing the phase afresh gives
/// what is replayed, line for line.
#[cfg(debug_assertions)]
fn check_replay(ctx: &Ctx<'_>, w: &Workload, phase: &Phase, earlier: &super::reuse::Replay<'_>) {
    let mut fresh = Builder::new(ctx, 1, true, false);
    let pass = price_workload(&mut fresh, w, phase);
    let what = |l: &CostLine| {
        let amounts = [l.first_month, l.discount_percent].map(f64::to_bits);
        (
            l.workload,
            l.component,
            l.cloud,
            l.label,
            l.formula,
            l.scaling,
            amounts,
            l.duplicate,
            l.assumptions,
        )
    };
    assert!(
        fresh.lines.iter().map(what).eq(earlier.lines.iter().map(what)) && pass == earlier.pass,
        "a replayed phase of workload {:?} does not price as it did",
        w.id
    );
}

/// The phases of each workload `placing` places.
fn board_phases<'w>(ctx: &Ctx<'_>, scenario: &'w Scenario, placing: Placing) -> BoardPhases<'w> {
    let plan = PhaseInputs {
        r: ctx.r,
        start: ctx.start,
        horizon: ctx.frame.months,
    };
    let mut board = BoardPhases::with_capacity(scenario.workloads.len());
    for (index, w) in scenario.workloads.iter().enumerate() {
        if placing.placement(w) != Placement::Unplaced {
            board.add(&plan, (index, w), placing);
        }
    }
    board
}

/// The availability findings of a workload, with the cost of the months it spends on the
/// other cloud while a capability is missing where it is planned.
fn workload_findings(
    ctx: &Ctx<'_>,
    w: &Workload,
    placement: Placement,
    phases: &[Phase],
    passes: &[WorkloadPass],
    findings: &mut Vec<Finding>,
) {
    let meanwhile_cost = |missing: Cloud, _months: usize| {
        phases
            .iter()
            .zip(passes)
            .filter(|(ph, _)| ph.kind == PhaseKind::Fallback { waiting_for: missing })
            .map(|(ph, pass)| {
                let [g, gd, flat] = pass.run_base[missing.other().index()];
                let (from, to) = ph.months;
                let sum = |s: Scaling| ctx.frame.sum(s, to) - ctx.frame.sum(s, from);
                g * sum(Scaling::Growth)
                    + gd * sum(Scaling::GrowthAndPriceDecline)
                    + flat * sum(Scaling::Flat)
            })
            .fold(0.0, |a, b| a + b)
    };
    let workaround = passes.iter().find_map(|pass| pass.workaround);
    let frame_view = PlanFrame {
        r: ctx.r,
        start: ctx.start,
        horizon_months: ctx.frame.months,
    };
    availability::workload_findings(
        &frame_view,
        w,
        placement.cloud_list(),
        meanwhile_cost,
        workaround,
        findings,
    );
}

fn span(p: &Phase) -> PhaseSpan {
    PhaseSpan {
        from: p.months.0,
        to: p.months.1,
        placement: p.placement,
        dual_run: p.kind == PhaseKind::DualRun,
        waiting_for: match p.kind {
            PhaseKind::Fallback { waiting_for } => Some(waiting_for),
            PhaseKind::Planned | PhaseKind::DualRun => None,
        },
    }
}

/// A workload's totals from the lines priced for it.
fn workload_cost(
    b: &Builder<'_, '_>,
    w: &Workload,
    placement: Placement,
    lines: &[CostLine],
) -> WorkloadCost {
    let mut wc = WorkloadCost::zero(w.id, placement);
    for line in lines {
        wc.total += line.total;
        wc.by_component[line.component.index()] += line.total;
        if line.scaling == Scaling::OneTime {
            wc.one_time += line.total;
        } else {
            wc.run_total += line.total;
            let months = line.months.unwrap_or((0, usize::MAX));
            wc.first_year_run += line.first_month * b.factor_sum(line.scaling, months, 12);
        }
    }
    wc
}

/// A workload asking for provisioned throughput where it cannot have it is priced
/// pay-as-you-go there, and told so once per cloud.
fn not_provisioned(w: &Workload, passes: &[WorkloadPass]) -> Vec<Finding> {
    let mut seen: Vec<(Cloud, NotProvisioned)> = Vec::new();
    for pass in passes {
        for cloud in Cloud::ALL {
            if let Some(reason) = pass.not_provisioned[cloud.index()] {
                if !seen.contains(&(cloud, reason)) {
                    seen.push((cloud, reason));
                }
            }
        }
    }
    seen.into_iter()
        .map(|(cloud, reason)| Finding {
            severity: Severity::Info,
            workload: Some(w.id),
            cloud: Some(cloud),
            capability: None,
            kind: FindingKind::PricedPayAsYouGo {
                reason,
                model: w.model,
            },
            cost: None,
            assumptions: AssumptionSet::default(),
        })
        .collect()
}

/// Seed 000's red flag: moving the workload costs more than a year of running it.
fn migration_red_flag(w: &Workload, migration: f64, wc: &WorkloadCost) -> Option<Finding> {
    (migration > 0.0 && migration > wc.first_year_run).then_some(Finding {
        severity: Severity::RedFlag,
        workload: Some(w.id),
        cloud: None,
        capability: None,
        kind: FindingKind::MigrationExceedsYearOfRun {
            migration,
            year_of_run: wc.first_year_run,
        },
        cost: Some(migration),
        assumptions: const {
            AssumptionSet::of(&[Key::RehostPerWorkload, Key::ReplatformHours, Key::ArchitectCost])
        },
    })
}
