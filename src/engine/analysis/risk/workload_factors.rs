//! The risk factors of one placed workload: its criticality, what moving it costs and
//! carries, what ties it to a cloud, and what its availability findings say.

use super::factor::{criticality_key, FactorKind, LockInService, RiskFactor};
use super::finding_factors::finding_factors;
use crate::engine::analysis::cost::WorkloadCost;
use crate::engine::analysis::findings::{Finding, FindingKind};
use crate::engine::assumptions::{Cloud, Key, Resolved};
use crate::engine::model::catalog::WorkloadKind;
use crate::engine::model::scenario::{Location, Placement, Workload};

/// The workload runs today somewhere and `c` is not that place.
fn moves_to(w: &Workload, c: Cloud) -> bool {
    let existing = matches!(
        w.runs_today,
        Location::Azure | Location::Aws | Location::OnPremises
    );
    existing && !w.runs_today.is(c)
}

fn criticality(r: &Resolved, w: &Workload) -> RiskFactor {
    RiskFactor {
        kind: FactorKind::Criticality { level: w.criticality },
        likelihood: 0.0,
        impact: r.get(criticality_key(w.criticality)),
    }
}

/// Data to copy, counted only when the workload moves to a cloud its data is not on.
fn data_gravity(r: &Resolved, w: &Workload, placement: Placement) -> Option<RiskFactor> {
    let data_moves = w.data_location != Location::New
        && w.data_gb > 0.0
        && placement
            .clouds()
            .any(|c| moves_to(w, c) && !w.data_location.is(c));
    if !data_moves {
        return None;
    }
    let tiers = [Key::RiskDataGravityGb, Key::RiskDataGravityHighGb]
        .into_iter()
        .filter(|&k| w.data_gb >= r.get(k))
        .count();
    let points = tiers as f64 * r.get(Key::RiskDataGravityPoints);
    (points > 0.0).then(|| {
        RiskFactor::of_likelihood(
            FactorKind::DataGravity {
                gb: w.data_gb,
                from: w.data_location,
            },
            points,
        )
    })
}

fn migration_cost(r: &Resolved, cost: Option<&WorkloadCost>) -> Option<RiskFactor> {
    let c = cost?;
    let too_dear =
        c.one_time > 0.0 && c.one_time > c.first_year_run * r.get(Key::RiskMigrationYearShare) / 100.0;
    too_dear.then(|| {
        RiskFactor::of_likelihood(
            FactorKind::MigrationCost {
                one_time: c.one_time,
                year_of_run: c.first_year_run,
            },
            r.get(Key::RiskMigrationPoints),
        )
    })
}

fn statefulness(r: &Resolved, w: &Workload, placement: Placement) -> Option<RiskFactor> {
    let moves = placement.clouds().any(|c| moves_to(w, c));
    let on_both = matches!(placement, Placement::Both { .. });
    (w.kind.is_stateful() && (moves || on_both)).then(|| {
        RiskFactor::of_likelihood(
            FactorKind::Statefulness { moves, on_both },
            r.get(Key::RiskStatefulPoints),
        )
    })
}

/// The one service that ties the workload to a cloud, if any.
fn locked_service(
    w: &Workload,
    placement: Placement,
    findings: &[Finding],
    frontier_on_azure: bool,
) -> Option<(LockInService, Cloud)> {
    if w.kind.is_stateful() && !frontier_on_azure {
        if placement.uses_aws() {
            Some((LockInService::FrontierAgents, Cloud::Aws))
        } else {
            Some((LockInService::FoundryAgents, Cloud::Azure))
        }
    } else if w.kind == WorkloadKind::FineTunedServing {
        placement
            .clouds()
            .next()
            .map(|c| (LockInService::FineTunedModel, c))
    } else if findings
        .iter()
        .any(|f| matches!(f.kind, FindingKind::ComparatorModel { .. }))
    {
        Some((LockInService::EmbeddingIndex, Cloud::Aws))
    } else {
        None
    }
}

fn lock_in(
    r: &Resolved,
    w: &Workload,
    placement: Placement,
    findings: &[Finding],
    frontier_on_azure: bool,
) -> Option<RiskFactor> {
    let (service, cloud) = locked_service(w, placement, findings, frontier_on_azure)?;
    Some(RiskFactor::of_likelihood(
        FactorKind::LockIn { service, cloud },
        r.get(Key::RiskLockInPoints),
    ))
}

/// Every factor of a placed workload with points, criticality first. `cost` is its cost in
/// the strategy, `findings` its own availability findings.
pub(super) fn workload_factors(
    r: &Resolved,
    w: &Workload,
    placement: Placement,
    cost: Option<&WorkloadCost>,
    findings: &[Finding],
    frontier_on_azure: bool,
) -> Vec<RiskFactor> {
    let mut out = vec![criticality(r, w)];
    out.extend(data_gravity(r, w, placement));
    out.extend(migration_cost(r, cost));
    out.extend(statefulness(r, w, placement));
    out.extend(lock_in(r, w, placement, findings, frontier_on_azure));
    out.extend(finding_factors(r, w, findings));
    // A weight set to 0 removes its factor from the list.
    out.retain(|f| f.points() > 0.0);
    out
}
