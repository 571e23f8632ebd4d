//! Snapshots that make a change to a default or to the headline figures visible in review.

use std::fmt::Write;

use cloudsplit::engine::model::catalog::WorkloadKind;
use cloudsplit::engine::model::currency::Currency;
use cloudsplit::engine::model::scenario::{Framework, Location, Scenario, Zone};
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
            r.cost.horizon_total,
            r.cost.run_rate,
            r.cost.one_time_total,
            r.cost.duplication_total,
            r.cost.findings.len()
        );
        for c in Component::ALL {
            let _ = writeln!(out, "  {}: {:.2}", c.label(), r.cost.component_total(c));
        }
    }
    for f in e.findings() {
        let workload = f.workload.map_or("-".to_owned(), |w| w.0.to_string());
        let _ = writeln!(
            out,
            "{} (workload {workload}): {}",
            f.severity.label(),
            f.message(&Currency::usd())
        );
    }
    insta::assert_snapshot!(out);
}

#[test]
fn enterprise_governance_risk_and_advice() {
    let e = evaluate(&enterprise()).unwrap();
    let mut out = String::new();
    for r in e.strategies() {
        let g = &r.governance;
        let _ = writeln!(
            out,
            "{}: governance {:.2} h/month, set-up {:.2} h, index {:.2}, audits {} ({} duplicated), \
             policies {}; risk {} {} (exposure {}, {} high or worse)",
            r.strategy.label(),
            g.hours_per_month,
            g.setup_hours,
            g.index,
            g.audits_per_year,
            g.duplicated_audits_per_year,
            g.policies_in_sync,
            r.risk.score,
            r.risk.level.label(),
            r.risk.exposure,
            r.risk.high_or_worse
        );
        for d in &g.dimensions {
            let _ = writeln!(
                out,
                "  {}: {:.2} h/month, set-up {:.2} h, index {:.2}: {}",
                d.dimension.label(),
                d.hours_per_month,
                d.setup_hours,
                d.index,
                g.describe(d.dimension)
            );
        }
        for risk in r.risk.top(5) {
            let who = risk
                .workload
                .map_or("scenario".to_owned(), |w| format!("workload {}", w.0));
            let driver = risk
                .driver()
                .map_or(String::new(), |f| f.reason(&Currency::usd()));
            let _ = writeln!(
                out,
                "  risk {who}: {}x{}={} {}; driver: {driver}",
                risk.likelihood,
                risk.impact,
                risk.score,
                risk.level.label()
            );
        }
    }
    let a = &e.advice;
    let _ = writeln!(out, "Advice: {}", a.summary);
    for o in &a.options {
        let _ = writeln!(out, "  {}: {:.2}", o.direction.label(), o.score);
        for c in &o.criteria {
            let _ = writeln!(
                out,
                "    {} (w {}, fit {:.2}): {}",
                c.criterion.label(),
                c.weight,
                c.fit,
                c.reason
            );
        }
    }
    for f in &a.red_flags {
        let _ = writeln!(out, "  Red flag, {}: {}", f.kind.label(), f.message);
    }
    if let Some(c) = &a.comparison {
        let _ = writeln!(out, "  {}", c.summary);
    }
    insta::assert_snapshot!(out);
}
