//! Laws the engine must keep for any valid scenario.

use std::collections::BTreeSet;

use proptest::prelude::*;

use cloudsplit::engine::model::catalog::{Model, WorkloadKind};
use cloudsplit::engine::model::scenario::{Framework, Location, Placement, Scenario};
use cloudsplit::engine::model::schedule::WhileUnavailable;
use cloudsplit::engine::{evaluate, Component, CostCloud, Evaluation};

mod common;

use common::{le, scenario};

fn all_finite_and_non_negative(e: &Evaluation) -> Result<(), TestCaseError> {
    for r in e.strategies() {
        prop_assert!(r.cost.horizon_total.is_finite() && r.cost.horizon_total >= 0.0);
        prop_assert!(r.cost.run_rate.is_finite() && r.cost.run_rate >= 0.0);
        prop_assert!(r.cost.monthly.iter().all(|v| v.is_finite() && *v >= 0.0));
        prop_assert!(r.cost.cumulative.iter().all(|v| v.is_finite() && *v >= 0.0));
        prop_assert!(r
            .cost
            .lines
            .iter()
            .all(|l| l.total.is_finite() && l.total >= 0.0 && l.first_month >= 0.0));
        prop_assert!(r
            .cost
            .breakdown
            .iter()
            .all(|c| c.monthly.len() == e.horizon_months));
        prop_assert!(r
            .cost
            .findings
            .iter()
            .all(|f| f.cost.is_none_or(|c| c.is_finite() && c >= 0.0)));
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn costs_are_finite_and_non_negative(s in scenario()) {
        let e = evaluate(&s).unwrap();
        all_finite_and_non_negative(&e)?;
    }

    #[test]
    fn evaluation_is_deterministic(s in scenario()) {
        let a = evaluate(&s).unwrap();
        let b = evaluate(&s.clone()).unwrap();
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap());
    }

    #[test]
    fn tco_is_monotonic_in_volume(
        s in scenario(),
        pick in any::<prop::sample::Index>(),
        k in 1.0..10.0_f64,
    ) {
        prop_assume!(!s.workloads.is_empty());
        let before = evaluate(&s).unwrap();
        let mut bigger = s.clone();
        let i = pick.index(bigger.workloads.len());
        bigger.workloads[i].monthly_volume *= k;
        let after = evaluate(&bigger).unwrap();
        for (a, b) in before.strategies().iter().zip(after.strategies()) {
            prop_assert!(
                le(a.cost.horizon_total, b.cost.horizon_total),
                "{:?}: {} > {}",
                a.strategy,
                a.cost.horizon_total,
                b.cost.horizon_total
            );
        }
    }

    #[test]
    fn tco_is_monotonic_in_price(
        s in scenario(),
        model in prop::sample::select(Model::ALL.to_vec()),
        k in 1.0..5.0_f64,
    ) {
        let before = evaluate(&s).unwrap();
        let mut dearer = s.clone();
        for kind in ["input", "output"] {
            let id = format!("azure.price.{}.{kind}", model.key());
            let default = before.assumptions.value(&id).unwrap();
            dearer.overrides.insert(id, (default * k).min(1000.0));
        }
        dearer.overrides.insert("aws.egress.per-gb".into(), 0.09 * k);
        dearer.overrides.insert("aws.price.openai-ratio".into(), 1.1 * k);
        let after = evaluate(&dearer).unwrap();
        for (a, b) in before.strategies().iter().zip(after.strategies()) {
            prop_assert!(le(a.cost.horizon_total, b.cost.horizon_total));
        }
    }

    #[test]
    fn moving_a_workload_to_its_datas_cloud_never_increases_egress(
        s in scenario(),
        pick in any::<prop::sample::Index>(),
        data_on_aws in any::<bool>(),
    ) {
        prop_assume!(!s.workloads.is_empty());
        let mut s = s;
        let i = pick.index(s.workloads.len());
        let (data, target) = if data_on_aws {
            (Location::Aws, Placement::Aws)
        } else {
            (Location::Azure, Placement::Azure)
        };
        s.workloads[i].data_location = data;
        // Waiting, not running on the other cloud, while a capability has not reached the data.
        s.workloads[i].while_unavailable = WhileUnavailable::Wait;
        let before = evaluate(&s).unwrap();
        let mut moved = s.clone();
        moved.workloads[i].placement = target;
        moved.workloads[i].moves.clear();
        let after = evaluate(&moved).unwrap();
        prop_assert!(le(
            after.plan.cost.component_total(Component::Egress),
            before.plan.cost.component_total(Component::Egress)
        ));
        let id = s.workloads[i].id;
        let egress: f64 = after
            .plan
            .cost.lines_for(id)
            .filter(|l| l.component == Component::Egress)
            .map(|l| l.total)
            .sum();
        prop_assert_eq!(egress, 0.0);
    }

    #[test]
    fn one_cloud_has_no_duplication_costs(s in scenario(), on_aws in any::<bool>()) {
        let mut s = s;
        for w in &mut s.workloads {
            if w.placement != Placement::Unplaced {
                w.placement = if on_aws { Placement::Aws } else { Placement::Azure };
            }
            // Waiting for a capability keeps a one-cloud plan on one cloud at any start.
            w.while_unavailable = WhileUnavailable::Wait;
        }
        let e = evaluate(&s).unwrap();
        let other = if on_aws { CostCloud::Azure } else { CostCloud::Aws };
        for r in [&e.plan, &e.all_azure, &e.all_aws] {
            prop_assert!(r.cost.clouds_in_use.count() <= 1);
            prop_assert_eq!(r.cost.duplication_total, 0.0);
            prop_assert_eq!(r.cost.component_total(Component::People), 0.0);
            prop_assert!(r.cost.lines.iter().all(|l| !l.duplicate));
        }
        for c in [Component::Tooling, Component::Audits, Component::People] {
            prop_assert!(e.plan.cost.cell(c, other).is_none());
        }
    }

    #[test]
    fn arbitrary_numbers_never_panic(
        volume in prop::num::f64::ANY,
        gb in prop::num::f64::ANY,
        price in prop::num::f64::ANY,
        horizon in any::<u8>(),
        both in any::<u8>(),
    ) {
        let mut s = Scenario { horizon_years: horizon, ..Scenario::default() };
        let id = s.add_workload(WorkloadKind::ResearchAgent);
        if let Some(w) = s.workload_mut(id) {
            w.monthly_volume = volume;
            w.data_gb = gb;
            w.placement = Placement::Both { azure_percent: both };
        }
        s.overrides.insert("aws.agent.vcpu-hour".into(), price);
        if let Ok(e) = evaluate(&s) {
            all_finite_and_non_negative(&e)?;
        }
    }
}

#[test]
fn compliance_sets_are_ordered_so_audit_lines_are_stable() {
    // BTreeSet iteration order is what keeps line order deterministic.
    let set: BTreeSet<Framework> = [Framework::Iso27001, Framework::Soc2].into();
    assert_eq!(set.into_iter().next(), Some(Framework::Soc2));
}
