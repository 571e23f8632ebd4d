//! Evaluates scenarios of 10, 100 and 1,000 workloads over 84 months, the plan plus the three
//! reference strategies. Goal (issue 3): 100 workloads in under 1 ms natively.

use std::collections::BTreeSet;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

use cloudsplit::engine::catalog::WorkloadKind;
use cloudsplit::engine::evaluate;
use cloudsplit::engine::scenario::{Framework, Location, Placement, Scenario, WorkloadId};

/// A mixed board: every kind, every placement, data in various places, some compliance.
fn scenario(n: usize) -> Scenario {
    let mut s = Scenario {
        horizon_years: 7,
        ..Scenario::default()
    };
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
            w.id = WorkloadId(id.0);
        }
    }
    s
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("evaluate_84_months");
    for n in [10, 100, 1000] {
        let s = scenario(n);
        assert!(evaluate(&s).is_ok());
        group.bench_with_input(BenchmarkId::from_parameter(n), &s, |b, s| {
            b.iter(|| evaluate(black_box(s)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
