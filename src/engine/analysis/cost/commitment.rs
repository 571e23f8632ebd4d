//! Spend commitments (EA / EDP) applied to a strategy's monthly bills: the discount the
//! commitment gives in its months, and the shortfall when a commitment year bills less than
//! was committed (paid all the same, seed 000's warning about long exclusive commitments).
//!
//! Commitment years are counted from the commitment's start (its end minus its term; the
//! plan's start when the term is not stated). A year cut by the plan's start or end is judged
//! on its months inside the plan, against the committed amount pro-rated to them.

use super::context::Ctx;
use std::collections::BTreeMap;

use super::lines::{Cell, Component, CostCloud, CostLine, Scaling, WorkloadCost};
use super::phases::{BoardPhases, Phase};
use super::result::CostResult;
use crate::analysis::findings::{Finding, FindingKind, Severity};
use crate::assumptions::AssumptionSet;
use crate::model::cloud::Cloud;
use crate::model::scenario::{Commitment, WorkloadId};

/// A commitment in force on one cloud, as the plan's months see it.
struct InForce {
    cloud: Cloud,
    commitment: Commitment,
    months: (usize, usize),
}

/// What the commitments changed: the discount applied in their months and the shortfalls.
pub(super) fn apply(
    ctx: &Ctx<'_>,
    breakdown: &mut Vec<Cell>,
    lines: &mut Vec<CostLine>,
    workloads: &mut [WorkloadCost],
) {
    for cloud in Cloud::ALL {
        let Some(c) = in_force(ctx, cloud) else {
            continue;
        };
        if let Some(percent) = c.commitment.discount_percent {
            discount(ctx, &c, percent, breakdown, lines, workloads);
        }
        shortfalls(ctx, &c, breakdown, lines);
    }
}

/// A finding for each commitment the strategy leaves partly unused, or still running when
/// work moves off its cloud (seed 000: long commitments outlast a change of plan).
pub(super) fn findings(ctx: &Ctx<'_>, phases: &BoardPhases<'_>, cost: &CostResult) -> Vec<Finding> {
    Cloud::ALL
        .into_iter()
        .filter_map(|cloud| in_force(ctx, cloud))
        .filter_map(|c| {
            let shortfall = cost
                .cell(Component::CommitmentShortfall, c.cloud.into())
                .map_or(0.0, |cell| cell.total);
            let leaves = first_move_off(phases, c.cloud, c.months).map(|m| ctx.start.plus_months(m as i64));
            (shortfall > 0.0 || leaves.is_some()).then(|| Finding {
                severity: match (shortfall > 0.0, leaves.is_some()) {
                    (true, true) => Severity::RedFlag,
                    (true, false) => Severity::Warning,
                    (false, _) => Severity::Info,
                },
                workload: None,
                cloud: Some(c.cloud),
                capability: None,
                kind: FindingKind::CommitmentUnused {
                    ends: c.commitment.ends,
                    leaves,
                    shortfall,
                },
                cost: (shortfall > 0.0).then_some(shortfall),
                assumptions: AssumptionSet::default(),
            })
        })
        .collect()
}

/// The first month, within the commitment's months, a workload stops running on `cloud`
/// (it ran there today or in its previous phase). A workload that waits for a capability
/// elsewhere stops when its last phase there ends, not when it arrives on the other cloud.
fn first_move_off(phases: &BoardPhases<'_>, cloud: Cloud, (from, to): (usize, usize)) -> Option<usize> {
    let mut first: Option<usize> = None;
    for (_, w, phases) in phases.iter() {
        months_leaving(w.runs_today.is(cloud), phases, cloud, |m| {
            if m < to && m + 1 > from && first.is_none_or(|f| m < f) {
                first = Some(m);
            }
        });
    }
    first
}

/// Each month a workload's phases stop using `cloud`: the end of the last phase on it (the
/// plan's start when it ran there today) before a phase that does not use it, or before it
/// stops to wait to the plan's end (an end at the horizon is past every commitment month).
fn months_leaving(ran_today: bool, phases: &[Phase], cloud: Cloud, mut leaves: impl FnMut(usize)) {
    let mut was_there = ran_today;
    let mut stopped = 0;
    for p in phases {
        let there = p.placement.uses(cloud);
        if was_there && !there {
            leaves(stopped);
        }
        was_there = there;
        stopped = p.months.1;
    }
    if was_there {
        leaves(stopped);
    }
}

fn in_force(ctx: &Ctx<'_>, cloud: Cloud) -> Option<InForce> {
    if !ctx.org.has_contract(cloud) {
        return None;
    }
    let commitment = ctx.org.commitment(cloud);
    let months = commitment.months(ctx.start, ctx.frame.months);
    (months.1 > months.0).then_some(InForce {
        cloud,
        commitment,
        months,
    })
}

/// Replaces the flat discount with the commitment's in its months, on what the cloud bills.
/// A flat discount of 100% leaves nothing to re-price (the bills are zero), so it stays.
fn discount(
    ctx: &Ctx<'_>,
    c: &InForce,
    percent: f64,
    breakdown: &mut [Cell],
    lines: &mut [CostLine],
    workloads: &mut [WorkloadCost],
) {
    let flat = ctx.discount_mult(c.cloud);
    if flat <= 0.0 {
        return;
    }
    let ratio = (1.0 - percent / 100.0) / flat;
    let (from, to) = c.months;
    let index: BTreeMap<WorkloadId, usize> = workloads.iter().enumerate().map(|(i, w)| (w.id, i)).collect();
    let cloud = CostCloud::from(c.cloud);
    for cell in breakdown
        .iter_mut()
        .filter(|cell| cell.cloud == cloud && cell.component.is_cloud_bill())
    {
        for v in &mut cell.monthly[from..to] {
            *v *= ratio;
        }
        cell.total = cell.monthly.iter().fold(0.0, |a, b| a + b);
    }
    for line in lines
        .iter_mut()
        .filter(|l| l.cloud == cloud && l.component.is_cloud_bill())
    {
        let billed = line.months.unwrap_or((0, ctx.frame.months));
        let inside = if line.scaling == Scaling::OneTime {
            let month = billed.0;
            let hit = (c.months.0..c.months.1).contains(&month);
            (month, month + usize::from(hit))
        } else {
            overlap(billed, c.months)
        };
        let change = line.first_month * factor_sum(ctx, line.scaling, inside) * (ratio - 1.0);
        line.total += change;
        line.commitment_discount_percent = (inside.1 > inside.0).then_some(percent);
        let Some(w) = line
            .workload
            .and_then(|id| index.get(&id))
            .and_then(|&i| workloads.get_mut(i))
        else {
            continue;
        };
        // The workload's own figures follow its lines.
        w.total += change;
        w.by_component[line.component.index()] += change;
        if line.scaling == Scaling::OneTime {
            w.one_time += change;
        } else {
            w.run_total += change;
            let first_year = overlap(inside, (0, 12));
            w.first_year_run += line.first_month * factor_sum(ctx, line.scaling, first_year) * (ratio - 1.0);
        }
    }
}

/// Adds a shortfall line (and its month to the cloud's series) for every commitment year
/// whose bills on the cloud fall below the committed amount.
fn shortfalls(ctx: &Ctx<'_>, c: &InForce, breakdown: &mut Vec<Cell>, lines: &mut Vec<CostLine>) {
    if c.commitment.annual_usd <= 0.0 {
        return;
    }
    let cloud = CostCloud::from(c.cloud);
    let billed = monthly_bills(breakdown, cloud, ctx.frame.months);
    let first = c.commitment.first_year_offset(ctx.start);
    let mut year_start = first;
    let mut found = Vec::new();
    while year_start < c.months.1 as i64 {
        let from = usize::try_from(year_start.max(c.months.0 as i64)).unwrap_or(0);
        let to = usize::try_from(year_start + 12).unwrap_or(0).min(c.months.1);
        if to > from {
            let committed = c.commitment.annual_usd * (to - from) as f64 / 12.0;
            let spent = billed[from..to].iter().fold(0.0, |a, b| a + b);
            if committed - spent > 0.005 {
                found.push((to - 1, committed - spent));
            }
        }
        year_start += 12;
    }
    if found.is_empty() {
        return;
    }
    let mut series = vec![0.0; ctx.frame.months];
    for &(month, amount) in &found {
        series[month] += amount;
        lines.push(shortfall_line(cloud, month, amount));
    }
    breakdown.push(Cell {
        component: Component::CommitmentShortfall,
        cloud,
        total: series.iter().fold(0.0, |a, b| a + b),
        monthly: series,
    });
}

fn shortfall_line(cloud: CostCloud, month: usize, amount: f64) -> CostLine {
    CostLine {
        workload: None,
        component: Component::CommitmentShortfall,
        cloud,
        label: "Commitment shortfall",
        formula: "committed spend for the commitment year (pro-rated to its months in the plan) minus what \
                  the cloud bills in those months (tokens, runtime, storage, egress, tooling), when positive; \
                  paid at the year's last month in the plan",
        scaling: Scaling::Flat,
        first_month: amount,
        total: amount,
        discount_percent: 0.0,
        commitment_discount_percent: None,
        duplicate: false,
        assumptions: AssumptionSet::default(),
        months: Some((month, month + 1)),
    }
}

/// What the cloud bills each month, after discounts.
fn monthly_bills(breakdown: &[Cell], cloud: CostCloud, months: usize) -> Vec<f64> {
    let mut billed = vec![0.0; months];
    for cell in breakdown
        .iter()
        .filter(|cell| cell.cloud == cloud && cell.component.is_cloud_bill())
    {
        for (b, v) in billed.iter_mut().zip(&cell.monthly) {
            *b += v;
        }
    }
    billed
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> (usize, usize) {
    let from = a.0.max(b.0);
    (from, a.1.min(b.1).max(from))
}

/// The sum of `scaling`'s factors over `[from, to)`; a one-time line counts once if its
/// month is in it.
fn factor_sum(ctx: &Ctx<'_>, scaling: Scaling, (from, to): (usize, usize)) -> f64 {
    if scaling == Scaling::OneTime {
        return f64::from(u8::from(to > from));
    }
    ctx.frame.sum(scaling, to) - ctx.frame.sum(scaling, from)
}
