//! Monte Carlo cost bands for a 100-workload board over 36 months: samples per second, the
//! work before a first band (model, tornado, a first chunk and its band), and a band of
//! 10,000 samples. Goal (issue 7): 10,000 samples well inside a second, in chunks. The same
//! board with every placed workload moving once (issue 17) is drawn too: its phases make
//! each sample's windowed changes.

use std::collections::BTreeSet;
use std::hint::black_box;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

use cloudsplit::engine::model::catalog::WorkloadKind;
use cloudsplit::engine::model::scenario::{Framework, Location, Placement, Residency, Scenario};
use cloudsplit::engine::model::schedule::{Move, MoveAt};
use cloudsplit::engine::uncertainty::{Sampler, SAMPLES};

/// Every kind and placement, data in various places, some compliance and residency.
fn scenario(n: usize) -> Scenario {
    let mut s = Scenario {
        horizon_years: 3,
        ..Scenario::default()
    };
    s.org.azure_discount_percent = 10.0;
    for i in 0..n {
        let id = s.add_workload(WorkloadKind::ALL[i % WorkloadKind::ALL.len()]);
        if let Some(w) = s.workload_mut(id) {
            w.placement = match i % 4 {
                0 => Placement::Azure,
                1 => Placement::Aws,
                2 => Placement::Both {
                    azure_percent: (i % 101) as u8,
                },
                _ => Placement::Unplaced,
            };
            w.data_location = Location::ALL[i % 4];
            w.runs_today = Location::ALL[(i / 4) % 4];
            w.residency = Residency::ALL[i % 3];
            w.data_gb = [50.0, 2_000.0, 20_000.0][i % 3];
            if i % 3 == 0 {
                w.compliance = BTreeSet::from([Framework::Soc2, Framework::Gdpr]);
            }
        }
    }
    s
}

fn bench(c: &mut Criterion) {
    let s = scenario(100);
    let mut check = Sampler::new(&s, SAMPLES).expect("valid");
    check.run(SAMPLES);
    assert!(check.band().is_some_and(|b| b.samples == SAMPLES));
    let (terms, shapes) = check.model().size();
    println!(
        "100 workloads: {} sampled assumptions, {terms} merged formulas of {shapes} shapes",
        check.inputs().len()
    );

    let mut group = c.benchmark_group("uncertainty_100_workloads_36_months");
    group.throughput(Throughput::Elements(SAMPLES as u64));
    group.bench_with_input(BenchmarkId::new("draw", SAMPLES), &s, |b, s| {
        b.iter(|| {
            let mut sampler = Sampler::new(black_box(s), SAMPLES).expect("valid");
            sampler.run(SAMPLES)
        })
    });
    group.throughput(Throughput::Elements(1));
    group.bench_function("band_of_10000", |b| b.iter(|| check.band()));
    group.bench_with_input(BenchmarkId::new("first_band", 250), &s, |b, s| {
        b.iter(|| {
            let mut sampler = Sampler::new(black_box(s), SAMPLES).expect("valid");
            sampler.run(250);
            (sampler.band(), sampler.tornado())
        })
    });
    group.finish();
}

/// The board with every placed workload moving to another place in one of months 6-29.
fn scheduled(n: usize) -> Scenario {
    let mut s = scenario(n);
    for (i, w) in s.workloads.iter_mut().enumerate() {
        let next = match w.placement {
            Placement::Unplaced => continue,
            Placement::Azure => Placement::Aws,
            Placement::Aws => Placement::Both { azure_percent: 40 },
            Placement::Both { .. } => Placement::Azure,
        };
        w.moves = vec![Move::new(MoveAt::Month(6 + (i % 24) as u16), next)];
    }
    s
}

fn bench_scheduled(c: &mut Criterion) {
    let s = scheduled(100);
    let mut group = c.benchmark_group("uncertainty_100_scheduled_workloads_36_months");
    group.throughput(Throughput::Elements(SAMPLES as u64));
    group.bench_with_input(BenchmarkId::new("draw", SAMPLES), &s, |b, s| {
        b.iter(|| {
            let mut sampler = Sampler::new(black_box(s), SAMPLES).expect("valid");
            sampler.run(SAMPLES)
        })
    });
    group.finish();
}

criterion_group!(benches, bench, bench_scheduled);
criterion_main!(benches);
