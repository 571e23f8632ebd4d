//! Evaluates scenarios of 10, 100 and 1,000 workloads over 84 months, the plan plus the three
//! reference strategies, each with its governance burden and risks, and the advice. Goal
//! (issues 3 and 4): 100 workloads in under 1 ms natively; issue 17: the same with every
//! placed workload scheduled to move (`evaluate_84_months_scheduled`).

use std::collections::BTreeSet;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

use cloudsplit::engine::evaluate;
use cloudsplit::engine::model::catalog::WorkloadKind;
use cloudsplit::engine::model::scenario::{
    Criticality, Framework, GovernanceModel, Location, Placement, Residency, Scenario, Sector, WorkloadId,
};
use cloudsplit::engine::model::schedule::{Move, MoveAt};

/// A mixed board: every kind, every placement, data in various places, some compliance.
fn scenario(n: usize) -> Scenario {
    let mut s = Scenario {
        horizon_years: 7,
        ..Scenario::default()
    };
    s.org.governance = GovernanceModel::Federated;
    s.org.azure_contract = true;
    s.org.aws_contract = true;
    for i in 0..n {
        let kind = WorkloadKind::ALL[i % WorkloadKind::ALL.len()];
        let id = s.add_workload(kind);
        if let Some(w) = s.workload_mut(id) {
            w.placement = match i % 5 {
                0 => Placement::Unplaced,
                1 => Placement::Azure,
                2 => Placement::Aws,
                _ => Placement::Both {
                    azure_percent: (i % 101) as u8,
                },
            };
            w.data_location = Location::ALL[i % 4];
            w.runs_today = Location::ALL[(i / 4) % 4];
            if i % 3 == 0 {
                w.compliance = BTreeSet::from([Framework::Soc2, Framework::Gdpr]);
            }
            // Residency rules, sectors and criticality feed governance and risk.
            w.residency = Residency::ALL[i % 3];
            w.sector = Sector::ALL[(i / 3) % 3];
            w.criticality = Criticality::ALL[i % 4];
            w.data_gb = [50.0, 2_000.0, 20_000.0][i % 3];
            w.id = WorkloadId(id.0);
        }
    }
    s
}

/// The mixed board with every placed workload moving once or twice: to the next place at a
/// month, and some to a third place when what they need is there, with months both run.
fn scheduled(n: usize) -> Scenario {
    let mut s = scenario(n);
    for (i, w) in s.workloads.iter_mut().enumerate() {
        let next = match w.placement {
            Placement::Unplaced => continue,
            Placement::Azure => Placement::Aws,
            Placement::Aws => Placement::Both { azure_percent: 40 },
            Placement::Both { .. } => Placement::Azure,
        };
        let mut moves = vec![Move::new(MoveAt::Month(6 + (i % 30) as u16), next)];
        if i % 2 == 0 {
            let back = if next == Placement::Aws {
                Placement::Azure
            } else {
                Placement::Aws
            };
            moves.push(Move::new(MoveAt::Month(48 + (i % 20) as u16), back));
        }
        w.moves = moves;
    }
    s
}

fn bench_scheduled(c: &mut Criterion) {
    let mut group = c.benchmark_group("evaluate_84_months_scheduled");
    let s = scheduled(100);
    let moving = evaluate(&s).is_ok_and(|e| e.plan.cost.lines.iter().any(|l| l.months.is_some()));
    assert!(moving);
    group.bench_with_input(BenchmarkId::from_parameter(100), &s, |b, s| {
        b.iter(|| evaluate(black_box(s)))
    });
    group.finish();
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("evaluate_84_months");
    for n in [10, 100, 1000] {
        let s = scenario(n);
        let assessed = evaluate(&s).is_ok_and(|e| {
            e.plan.risk.workloads.len() == e.plan.cost.workloads.len()
                && e.plan.governance.hours_per_month > 0.0
                && e.advice.recommended.is_some()
        });
        assert!(assessed);
        group.bench_with_input(BenchmarkId::from_parameter(n), &s, |b, s| {
            b.iter(|| evaluate(black_box(s)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench, bench_scheduled);
criterion_main!(benches);
