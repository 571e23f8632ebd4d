//! Snapshots that make a change to a default or to the headline figures visible in review.

use std::fmt::Write;

use cloudsplit::engine::catalog::WorkloadKind;
use cloudsplit::engine::scenario::{Framework, Location, Scenario, Zone};
use cloudsplit::engine::{evaluate, Assumptions, Component};

#[test]
fn assumption_registry() {
    let mut table = String::new();
    for a in Assumptions::all() {
        let range = a.range.map_or(String::new(), |(lo, hi)| format!(" [{lo}..{hi}]"));
        let _ = writeln!(
            table,
            "{} = {}{} {} | {:?} | {} | {}",
            a.id,
            a.display_value(a.default),
            range,
            a.unit,
            a.confidence,
            a.source_date,
            a.source
        );
    }
    insta::assert_snapshot!(table);
}

/// One workload of each kind, a plausible spread of placements and origins.
fn enterprise() -> Scenario {
    let mut s = Scenario::default();
    for (i, kind) in WorkloadKind::ALL.into_iter().enumerate() {
        let id = s.add_workload(kind);
        let zone = match i % 4 {
            0 => Zone::Azure,
            1 => Zone::Aws,
            2 => Zone::Both,
            _ => Zone::Unplaced,
        };
        s.move_to(id, zone);
        if let Some(w) = s.workload_mut(id) {
            w.runs_today = if kind.is_stateful() {
                Location::New
            } else {
                Location::Azure
            };
            w.data_location = Location::Azure;
            w.compliance.insert(Framework::Soc2);
            if i % 3 == 0 {
                w.compliance.insert(Framework::Gdpr);
            }
        }
    }
    s
}

#[test]
fn enterprise_headline_figures() {
    let e = evaluate(&enterprise()).unwrap();
    let mut out = String::new();
    for r in e.strategies() {
        let _ = writeln!(
            out,
            "{}: horizon {:.2}, run-rate {:.2}, one-time {:.2}, duplication {:.2}, findings {}",
            r.strategy.label(),
            r.horizon_total,
            r.run_rate,
            r.one_time_total,
            r.duplication_total,
            r.findings.len()
        );
        for c in Component::ALL {
            let _ = writeln!(out, "  {}: {:.2}", c.label(), r.component_total(c));
        }
    }
    for f in e.findings() {
        let workload = f.workload.map_or("-".to_owned(), |w| w.0.to_string());
        let _ = writeln!(
            out,
            "{} (workload {workload}): {}",
            f.severity.label(),
            f.message()
        );
    }
    insta::assert_snapshot!(out);
}
