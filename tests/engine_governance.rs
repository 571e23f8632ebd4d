//! Governance burden: hand-computed cases with the arithmetic written out, and laws.

mod common;

use std::collections::BTreeSet;

use proptest::prelude::*;

use cloudsplit::engine::model::catalog::WorkloadKind;
use cloudsplit::engine::model::cloud::Cloud;
use cloudsplit::engine::model::scenario::{
    Framework, GovernanceModel, NativeCloud, Placement, Residency, Scenario, YearMonth,
};
use cloudsplit::engine::{evaluate, Dimension, GovernanceResult};

use common::{le, placed};

fn hours(g: &GovernanceResult, d: Dimension) -> f64 {
    g.dimension(d).hours_per_month
}

fn setup(g: &GovernanceResult, d: Dimension) -> f64 {
    g.dimension(d).setup_hours
}

/// Two stateless workloads on Azure for an Azure-native org: one cloud, already governed.
#[test]
fn two_workloads_on_the_native_cloud() {
    let s = Scenario {
        workloads: vec![
            placed(1, WorkloadKind::SupportChatbot, Placement::Azure),
            placed(2, WorkloadKind::Summarisation, Placement::Azure),
        ],
        ..Scenario::default()
    };
    let e = evaluate(&s).unwrap();
    let g = &e.plan.governance;
    // Identity: 12 per cloud + 2 workloads x 1 = 14.
    assert_close!(hours(g, Dimension::IdentityAccess), 14.0);
    // Residency: 4 per cloud + 0 regulated workloads x 1 = 4.
    assert_close!(hours(g, Dimension::DataResidency), 4.0);
    // Compliance: 6 per cloud, no framework, no audit = 6.
    assert_close!(hours(g, Dimension::Compliance), 6.0);
    // Cost tracking: 6 per cloud + 2 x 0.5 = 7.
    assert_close!(hours(g, Dimension::CostTracking), 7.0);
    // Observability: 12 per cloud + 2 x 1 = 14.
    assert_close!(hours(g, Dimension::Observability), 14.0);
    // Vendor management: 6 per cloud.
    assert_close!(hours(g, Dimension::VendorManagement), 6.0);
    // 14 + 4 + 6 + 7 + 14 + 6 = 51 hours a month; 51 / (1,800 / 12) = 0.34 people.
    assert_close!(g.hours_per_month, 51.0);
    assert_close!(g.people, 0.34);
    // Azure is the organisation's native cloud: nothing to set up.
    assert_eq!(g.setup_hours, 0.0);
    assert_eq!((g.audits_per_year, g.policies_in_sync), (0, 0));
    assert_eq!(g.cross_cloud_hours_per_month, 0.0);
    // Index: 100 x 51 / (51 + 150) = 25.373...
    assert_close!(g.index, 100.0 * 51.0 / 201.0);
    // Identity's index uses a sixth of the reference: 100 x 14 / (14 + 25).
    assert_close!(g.dimension(Dimension::IdentityAccess).index, 100.0 * 14.0 / 39.0);
}

/// A: chatbot on Azure, SOC 2 + GDPR, EU residency. B: agent team on AWS, SOC 2.
/// C: summarisation on both clouds.
fn three_on_two_clouds(native: NativeCloud, model: GovernanceModel) -> Scenario {
    let mut a = placed(1, WorkloadKind::SupportChatbot, Placement::Azure);
    a.compliance = BTreeSet::from([Framework::Soc2, Framework::Gdpr]);
    a.residency = Residency::Eu;
    let mut b = placed(2, WorkloadKind::FrontierAgentTeam, Placement::Aws);
    b.compliance = BTreeSet::from([Framework::Soc2]);
    let c = placed(
        3,
        WorkloadKind::Summarisation,
        Placement::Both { azure_percent: 50 },
    );
    let mut s = Scenario::default();
    s.org.native_cloud = native;
    s.org.governance = model;
    s.workloads = vec![a, b, c];
    s
}

#[test]
fn federated_two_clouds_nothing_governed_yet() {
    let e = evaluate(&three_on_two_clouds(
        NativeCloud::OnPremises,
        GovernanceModel::Federated,
    ))
    .unwrap();
    let g = &e.plan.governance;
    // Azure holds A and C (A regulated, SOC 2 + GDPR, EU data); AWS holds B and C (B regulated,
    // SOC 2). C is on both; SOC 2 is validated on both. Federated: drift 2 h per policy at 100%.
    assert_eq!(
        (
            g.cloud(cloudsplit::engine::Cloud::Azure).workloads,
            g.workloads_on_both
        ),
        (2, 1)
    );
    assert_eq!(g.duplicated_frameworks, vec![Framework::Soc2]);

    // Identity: per cloud 12 + 2 x 1 = 14, twice = 28; policies 1 + 1 on both = 2;
    // cross 8 + 2 x 2 = 12; total 40. Set-up 80 x 2 + federation 40 = 200.
    assert_close!(hours(g, Dimension::IdentityAccess), 40.0);
    assert_close!(
        g.dimension(Dimension::IdentityAccess).cross_cloud_hours_per_month,
        12.0
    );
    assert_close!(setup(g, Dimension::IdentityAccess), 200.0);
    // Residency: Azure 4 + 1 regulated = 5, AWS 4 + 1 = 5; policies 1 (no zone on both);
    // cross 8 + 2 = 10; total 20. Set-up Azure 24 + EU zone 16, AWS 24, interface 24 = 88.
    assert_close!(hours(g, Dimension::DataResidency), 20.0);
    assert_close!(setup(g, Dimension::DataResidency), 88.0);
    // Compliance: Azure 6 + 2 frameworks x 8 + 2 audits x 80 / 12 = 35.333...; AWS 6 + 8 + 80 / 12
    // = 20.666...; together 56; policies 1 (SOC 2 on both); cross 8 + 2 = 10; total 66.
    // Set-up Azure 40 + 2 x 40 = 120, AWS 40 + 40 = 80, control matrix 24 = 224.
    assert_close!(hours(g, Dimension::Compliance), 66.0);
    assert_close!(setup(g, Dimension::Compliance), 224.0);
    assert_eq!(g.dimension(Dimension::Compliance).audits_per_year, 3);
    // Cost tracking: (6 + 2 x 0.5) x 2 = 14; cross 8 + 2 = 10; total 24. Set-up 24 x 2 + 24 = 72.
    assert_close!(hours(g, Dimension::CostTracking), 24.0);
    assert_close!(setup(g, Dimension::CostTracking), 72.0);
    // Observability: (12 + 2) x 2 = 28; policies 2; cross 8 + 4 = 12; total 40. Set-up 60 x 2 + 40.
    assert_close!(hours(g, Dimension::Observability), 40.0);
    assert_close!(setup(g, Dimension::Observability), 160.0);
    // Vendor: 6 x 2 = 12; cross 6 + 2 = 8; total 20. Set-up 24 x 2 + feature matrix 16 = 64.
    assert_close!(hours(g, Dimension::VendorManagement), 20.0);
    assert_close!(setup(g, Dimension::VendorManagement), 64.0);

    // 40 + 20 + 66 + 24 + 40 + 20 = 210 h/month; set-up 200 + 88 + 224 + 72 + 160 + 64 = 808 h.
    assert_close!(g.hours_per_month, 210.0);
    assert_close!(g.setup_hours, 808.0);
    assert_close!(
        g.cross_cloud_hours_per_month,
        12.0 + 10.0 + 10.0 + 10.0 + 12.0 + 8.0
    );
    assert_eq!(g.policies_in_sync, 2 + 1 + 1 + 1 + 2 + 1);
    // SOC 2 + GDPR on Azure, SOC 2 on AWS: 3 audits a year, 1 of them a duplicate.
    assert_eq!((g.audits_per_year, g.duplicated_audits_per_year), (3, 1));
    // Burden 210 + 808 / 36 = 232.444...; index 100 x 232.444 / (232.444 + 150).
    let burden = 210.0 + 808.0 / 36.0;
    assert_close!(g.burden_hours_per_month, burden);
    assert_close!(g.index, 100.0 * burden / (burden + 150.0));
    assert_close!(g.people, 1.4);
}

#[test]
fn centralised_sets_up_more_and_carries_less_every_month() {
    // Azure-native: Azure is governed and first; AWS upkeep falls to 60%, drift to 25%, and
    // each policy in sync costs 16 h to write once.
    let fed = evaluate(&three_on_two_clouds(
        NativeCloud::Azure,
        GovernanceModel::Federated,
    ))
    .unwrap();
    let cen = evaluate(&three_on_two_clouds(
        NativeCloud::Azure,
        GovernanceModel::Centralised,
    ))
    .unwrap();
    let (f, c) = (&fed.plan.governance, &cen.plan.governance);
    // Federated hours do not depend on what is governed: 210 as above. Set-up drops Azure's
    // per-cloud baseline (80 + 24 + 40 + 24 + 60 + 24 = 252) but keeps scoping SOC 2, GDPR and
    // the EU zone on Azure: 808 - 252 = 556.
    assert_close!(f.hours_per_month, 210.0);
    assert_close!(f.setup_hours, 556.0);
    // Centralised identity: Azure 12 + 2 = 14; AWS 12 x 0.6 + 2 = 9.2; cross 8 + 2 x 2 x 0.25 = 9;
    // total 32.2. Set-up AWS 80 + federation 40 + 2 policies x 16 = 152.
    assert_close!(hours(c, Dimension::IdentityAccess), 32.2);
    assert_close!(setup(c, Dimension::IdentityAccess), 152.0);
    // Compliance: Azure 35.333...; AWS 6 x 0.6 + 8 + 80 / 12 = 18.266...; cross 8 + 0.5 = 8.5.
    assert_close!(
        hours(c, Dimension::Compliance),
        6.0 + 16.0 + 160.0 / 12.0 + 3.6 + 8.0 + 80.0 / 12.0 + 8.5
    );
    // Residency set-up: EU zone on Azure 16 + AWS 24 + interface 24 + 1 policy x 16 = 80.
    // Compliance set-up: Azure 2 x 40 + AWS 40 + 40 + matrix 24 + 1 policy x 16 = 200.
    assert_close!(setup(c, Dimension::DataResidency), 80.0);
    assert_close!(setup(c, Dimension::Compliance), 200.0);
    // Totals: 32.2 + 16.9 + 62.1 + 20.1 + 32.2 + 16.1 = 179.6 h/month;
    // set-up 152 + 80 + 200 + 64 + 132 + 56 = 684 h.
    assert_close!(c.hours_per_month, 179.6);
    assert_close!(c.setup_hours, 684.0);
    assert!(c.setup_hours > f.setup_hours && c.hours_per_month < f.hours_per_month);
    // Audits do not depend on the model.
    assert_eq!(c.audits_per_year, f.audits_per_year);
}

#[test]
fn references_are_assessed_and_one_cloud_references_have_no_cross_cloud_work() {
    let e = evaluate(&three_on_two_clouds(
        NativeCloud::Azure,
        GovernanceModel::Federated,
    ))
    .unwrap();
    for r in [&e.all_azure, &e.all_aws] {
        assert_eq!(r.governance.clouds_in_use.count(), 1);
        assert_eq!(r.governance.cross_cloud_hours_per_month, 0.0);
        assert_eq!(r.governance.policies_in_sync, 0);
        assert_eq!(r.governance.duplicated_audits_per_year, 0);
    }
    // Azure-native: on Azure only the frameworks and the EU zone to scope (SOC 2, GDPR: 2 x 40,
    // EU: 16); on AWS the whole baseline as well (252 more).
    assert_close!(e.all_azure.governance.setup_hours, 96.0);
    assert_close!(e.all_aws.governance.setup_hours, 96.0 + 252.0);
    // The split puts the agent on AWS and the rest on Azure: two clouds.
    assert_eq!(e.split_by_rule.governance.clouds_in_use.count(), 2);
    assert!(e.split_by_rule.governance.hours_per_month > e.all_azure.governance.hours_per_month);
}

#[test]
fn nothing_placed_is_no_burden() {
    let mut s = Scenario::default();
    s.add_workload(WorkloadKind::Embeddings);
    let e = evaluate(&s).unwrap();
    let g = &e.plan.governance;
    assert_eq!((g.hours_per_month, g.setup_hours, g.index), (0.0, 0.0, 0.0));
    assert_eq!(g.describe(Dimension::Compliance), "No workloads placed.");
    // The references place it.
    assert!(e.all_azure.governance.hours_per_month > 0.0);
}

#[test]
fn descriptions_name_the_stacks_and_policies() {
    let e = evaluate(&three_on_two_clouds(
        NativeCloud::Azure,
        GovernanceModel::Federated,
    ))
    .unwrap();
    let g = &e.plan.governance;
    assert_eq!(
        g.describe(Dimension::IdentityAccess),
        "Entra ID (2 workloads) and AWS IAM (2 workloads), federated between them; 2 policies to keep in \
         sync (federated)."
    );
    assert_eq!(
        g.describe(Dimension::Compliance),
        "SOC 2 and GDPR on Azure, SOC 2 on AWS: 3 audits a year, 1 of them duplicated; 1 policy to keep in \
         sync (federated)."
    );
    assert!(g
        .describe(Dimension::DataResidency)
        .contains("through a controlled interface"));
    let one = &e.all_azure.governance;
    assert_eq!(one.describe(Dimension::CostTracking), "One bill (Azure).");
}

#[test]
fn weights_are_editable_assumptions() {
    let mut s = three_on_two_clouds(NativeCloud::OnPremises, GovernanceModel::Federated);
    s.overrides
        .insert("governance.identity.hours-per-cloud-month".into(), 22.0);
    let e = evaluate(&s).unwrap();
    // 10 more hours on each of the two clouds: 40 + 20 = 60.
    assert_close!(
        e.plan
            .governance
            .dimension(Dimension::IdentityAccess)
            .hours_per_month,
        60.0
    );
    let ids = Dimension::IdentityAccess.assumptions();
    assert!(ids.contains(&"governance.identity.hours-per-cloud-month"));
    let explained = e.explain_ids(&ids);
    assert_eq!(explained.len(), ids.len());
    assert!(explained.iter().any(|a| a.overridden && a.value == 22.0));
}

/// Every placed workload on `target`'s cloud.
fn on_one_cloud(mut s: Scenario, on_aws: bool) -> Scenario {
    for w in &mut s.workloads {
        if w.placement != Placement::Unplaced {
            w.placement = if on_aws { Placement::Aws } else { Placement::Azure };
        }
    }
    s
}

fn never_lower(before: &GovernanceResult, after: &GovernanceResult) -> Result<(), TestCaseError> {
    prop_assert!(le(before.hours_per_month, after.hours_per_month));
    prop_assert!(le(before.setup_hours, after.setup_hours));
    prop_assert!(le(before.index, after.index));
    prop_assert!(before.audits_per_year <= after.audits_per_year);
    prop_assert!(before.policies_in_sync <= after.policies_in_sync);
    for d in Dimension::ALL {
        prop_assert!(
            le(
                before.dimension(d).hours_per_month,
                after.dimension(d).hours_per_month
            ),
            "{d:?}"
        );
        prop_assert!(
            le(before.dimension(d).setup_hours, after.dimension(d).setup_hours),
            "{d:?}"
        );
    }
    Ok(())
}

fn second_cloud_never_lowers(
    s: Scenario,
    model: GovernanceModel,
    on_aws: bool,
    pick: prop::sample::Index,
    to_both: bool,
    share: u8,
) -> Result<(), TestCaseError> {
    let mut s = s;
    for w in &mut s.workloads {
        w.placement = Placement::Azure;
    }
    // From a start when every capability is on both clouds, a placement holds all plan long.
    s.start = s.start.max(YearMonth { year: 2027, month: 1 });
    let mut s = on_one_cloud(s, on_aws);
    s.org.governance = model;
    if s.workloads.is_empty() {
        return Ok(());
    }
    let before = evaluate(&s).unwrap();
    prop_assert_eq!(before.plan.governance.clouds_in_use.count(), 1);
    let mut two = s.clone();
    let i = pick.index(s.workloads.len());
    two.workloads[i].placement = if to_both {
        Placement::Both { azure_percent: share }
    } else if on_aws {
        Placement::Azure
    } else {
        Placement::Aws
    };
    let after = evaluate(&two).unwrap();
    if after.plan.governance.clouds_in_use.count() < 2 {
        // The only workload moved: still one cloud, not a second one.
        prop_assert!(s.workloads.len() == 1 && !to_both);
        return Ok(());
    }
    never_lower(&before.plan.governance, &after.plan.governance)?;
    prop_assert!(after.plan.governance.cross_cloud_hours_per_month > 0.0);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Issue 4: adding a second cloud never lowers the governance burden under the federated
    /// model, whether a workload is moved to the other cloud or also placed there.
    #[test]
    fn a_second_cloud_never_lowers_federated_burden(
        s in common::scenario(),
        on_aws in any::<bool>(),
        pick in any::<prop::sample::Index>(),
        to_both in any::<bool>(),
        share in 0_u8..=100,
    ) {
        second_cloud_never_lowers(s, GovernanceModel::Federated, on_aws, pick, to_both, share)?;
    }

    /// The same holds under the centralised model.
    #[test]
    fn a_second_cloud_never_lowers_centralised_burden(
        s in common::scenario(),
        on_aws in any::<bool>(),
        pick in any::<prop::sample::Index>(),
        to_both in any::<bool>(),
        share in 0_u8..=100,
    ) {
        second_cloud_never_lowers(s, GovernanceModel::Centralised, on_aws, pick, to_both, share)?;
    }

    #[test]
    fn one_cloud_strategies_have_no_cross_cloud_hours(s in common::scenario()) {
        let e = evaluate(&s).unwrap();
        for r in e.strategies() {
            let g = &r.governance;
            // Governance is judged on the stretch of months with the most clouds in use.
            for c in Cloud::ALL {
                prop_assert!(!g.clouds_in_use.uses(c) || r.cost.clouds_in_use.uses(c));
            }
            if g.clouds_in_use.count() < 2 {
                prop_assert_eq!(g.cross_cloud_hours_per_month, 0.0);
                prop_assert_eq!(g.policies_in_sync, 0);
                prop_assert_eq!(g.duplicated_audits_per_year, 0);
            }
        }
    }

    #[test]
    fn governance_figures_are_finite_and_the_index_stays_below_100(s in common::scenario()) {
        let e = evaluate(&s).unwrap();
        for r in e.strategies() {
            let g = &r.governance;
            for v in [g.hours_per_month, g.setup_hours, g.burden_hours_per_month, g.people, g.index] {
                prop_assert!(v.is_finite() && v >= 0.0);
            }
            prop_assert!(g.index < 100.0);
            for d in &g.dimensions {
                prop_assert!(d.index.is_finite() && (0.0..100.0).contains(&d.index));
            }
            let sum: f64 = g.dimensions.iter().map(|d| d.hours_per_month).sum();
            prop_assert!(common::close(sum, g.hours_per_month));
        }
    }
}
