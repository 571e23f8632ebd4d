//! The risk factors of one placed workload: its criticality, what moving it costs and
//! carries, what ties it to a cloud, and what its availability findings say.

use super::factor::{criticality_key, EarlierLockIn, FactorKind, LockInService, RiskFactor, RiskFactors};
use super::finding_factors::push_finding_factors;
use super::timing::{moves_to, PricedMonths};
use super::when::RiskWhen;
use crate::analysis::availability::runs_on_comparator;
use crate::analysis::cost::{PhaseSpan, WorkloadCost};
use crate::analysis::findings::Finding;
use crate::assumptions::{Cloud, Key, Resolved};
use crate::model::catalog::WorkloadKind;
use crate::model::scenario::{Location, Placement, Workload, YearMonth};

fn criticality(r: &Resolved, w: &Workload) -> RiskFactor {
    RiskFactor {
        kind: FactorKind::Criticality { level: w.criticality },
        likelihood: 0.0,
        impact: r.get(criticality_key(w.criticality)),
        when: RiskWhen::Throughout,
    }
}

/// Whether the workload moves to each cloud (Azure, AWS): those of its placement it does not
/// run on today and, when the plan schedules moves, every cloud a phase arrives on from
/// another place.
fn moved_to(w: &Workload, placement: Placement, months: &PricedMonths<'_>, scheduled: bool) -> [bool; 2] {
    let mut to = Cloud::ALL.map(|c| placement.uses(c) && moves_to(w, c));
    if scheduled {
        months.for_each_move(|_, c| to[c.index()] = true);
    }
    to
}

/// Data to copy, counted only when the workload moves to a cloud its data is not on.
fn data_gravity(r: &Resolved, w: &Workload, moved_to: [bool; 2]) -> Option<RiskFactor> {
    let data_moves = w.data_location != Location::New
        && w.data_gb > 0.0
        && Cloud::ALL
            .into_iter()
            .any(|c| moved_to[c.index()] && !w.data_location.is(c));
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

fn statefulness(r: &Resolved, w: &Workload, placement: Placement, moved_to: [bool; 2]) -> Option<RiskFactor> {
    let moves = moved_to.contains(&true);
    let on_both = matches!(placement, Placement::Both { .. });
    (w.kind.is_stateful() && (moves || on_both)).then(|| {
        RiskFactor::of_likelihood(
            FactorKind::Statefulness { moves, on_both },
            r.get(Key::RiskStatefulPoints),
        )
    })
}

/// The one service that ties the workload to a cloud on `placement`, if any.
fn locked_service(
    w: &Workload,
    placement: Placement,
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
    } else {
        placement
            .clouds()
            .find(|&c| runs_on_comparator(w, c))
            .map(|c| (LockInService::EmbeddingIndex, c))
    }
}

/// The lock-in where the plan leaves the workload (its last phase; where it starts when it
/// was not priced) and, when its phases change what ties it, the one before that change.
fn lock_in(
    r: &Resolved,
    p: &PlacedWorkload<'_>,
    phases: &[PhaseSpan],
    frontier_on_azure: bool,
) -> Option<RiskFactor> {
    let locked = |placement| locked_service(p.w, placement, frontier_on_azure);
    let (service, cloud) = phases
        .last()
        .map_or_else(|| locked(p.placement), |ph| locked(ph.placement))?;
    let last_change = phases
        .windows(2)
        .rev()
        .find_map(|pair| match locked(pair[0].placement) {
            Some(earlier) if earlier != (service, cloud) => Some((earlier, pair[0].to)),
            _ => None,
        });
    let before = last_change.map(|((service, cloud), ends)| EarlierLockIn {
        service,
        cloud,
        through: p.start.plus_months(ends as i64 - 1),
    });
    Some(RiskFactor::of_likelihood(
        FactorKind::LockIn {
            service,
            cloud,
            before,
        },
        r.get(Key::RiskLockInPoints),
    ))
}

/// What a placed workload's factors are found from, besides the assumptions.
pub(super) struct PlacedWorkload<'a> {
    pub w: &'a Workload,
    /// Where the strategy puts it at the start.
    pub placement: Placement,
    /// Its cost in the strategy.
    pub cost: Option<&'a WorkloadCost>,
    /// Its own availability findings.
    pub findings: &'a [Finding],
    /// The plan schedules moves for it (the reference strategies never move).
    pub scheduled: bool,
    /// The plan's month 0 and its length in months.
    pub start: YearMonth,
    pub horizon: usize,
}

/// Every factor of a placed workload with points, criticality first, each with the months
/// it bites in.
pub(super) fn workload_factors(r: &Resolved, p: &PlacedWorkload<'_>, frontier_on_azure: bool) -> RiskFactors {
    let (w, placement) = (p.w, p.placement);
    let phases = p.cost.map_or(&[][..], |c| &c.phases);
    let months = PricedMonths::new(w, phases, p.start, p.horizon);
    let moved_to = moved_to(w, placement, &months, p.scheduled);
    let mut out = RiskFactors::new();
    out.push(criticality(r, w));
    // Pushed one by one: extending an inline list from an `Option` goes through its general
    // (and here slower) path.
    let own = [
        data_gravity(r, w, moved_to),
        migration_cost(r, p.cost),
        statefulness(r, w, placement, moved_to),
        lock_in(r, p, phases, frontier_on_azure),
    ];
    for f in own.into_iter().flatten() {
        out.push(f);
    }
    push_finding_factors(r, w, p.findings, &mut out);
    // A weight set to 0 removes its factor from the list.
    out.retain(|f| f.points() > 0.0);
    for f in &mut out {
        f.when = months.when(&f.kind);
    }
    out
}
