//! The governance burden of a strategy: the footprints, every dimension's burden, the totals.

use super::burden::{dimension_burden, saturating_index, BurdenContext};
use super::dimension::Dimension;
use super::footprint::{self, Footprints};
use super::result::{CloudFootprint, DimensionBurden, GovernanceResult};
use crate::assumptions::{Key, Resolved};
use crate::model::scenario::{Framework, GovernanceModel, Placement, Scenario, Workload};
use crate::model::strategy::{CloudsInUse, Strategy};

/// The weights and counts every dimension's burden shares.
fn burden_context<'a>(
    r: &Resolved,
    scenario: &Scenario,
    clouds: &'a [CloudFootprint; 2],
    workloads_on_both: u32,
    cloud_cost: [f64; 2],
    duplicated_frameworks: &[Framework],
) -> BurdenContext<'a> {
    let two_clouds = clouds.iter().all(CloudFootprint::in_use);
    let centralised = scenario.org.governance == GovernanceModel::Centralised;
    BurdenContext {
        clouds,
        two_clouds,
        centralised,
        primary: scenario.org.native_cloud.primary_cloud(cloud_cost),
        workloads_on_both,
        zones_on_both: if two_clouds {
            footprint::zones_on_both(clouds)
        } else {
            0
        },
        frameworks_on_both: duplicated_frameworks.len() as u32,
        audits_per_framework: r.get(Key::GovAuditsPerFramework).max(0.0) as u32,
        drift_factor: if centralised {
            r.get(Key::GovCentralisedDriftShare) / 100.0
        } else {
            1.0
        },
        second_cloud_share: r.get(Key::GovCentralisedSecondCloudShare) / 100.0,
        amortisation_months: r.get(Key::GovSetupAmortisation).max(1.0),
        reference_hours: r.get(Key::GovIndexReferenceHours).max(1.0),
    }
}

/// The governance burden of `strategy` on `scenario`. `cloud_cost` (Azure, AWS) picks the
/// first cloud under centralised governance when the organisation has no single native cloud.
pub fn assess(
    r: &Resolved,
    scenario: &Scenario,
    strategy: Strategy,
    cloud_cost: [f64; 2],
) -> GovernanceResult {
    let placed: Vec<_> = scenario
        .workloads
        .iter()
        .map(|w| (w, strategy.placement(w)))
        .collect();
    assess_placed(r, scenario, &placed, cloud_cost)
}

/// The governance burden of workloads in the places `placed` gives them (a workload may be
/// listed once per place it takes in some months).
pub fn assess_placed(
    r: &Resolved,
    scenario: &Scenario,
    placed: &[(&Workload, Placement)],
    cloud_cost: [f64; 2],
) -> GovernanceResult {
    let org = &scenario.org;
    let Footprints {
        clouds,
        workloads_on_both,
    } = footprint::count(scenario, placed);
    let in_use = CloudsInUse {
        azure: clouds[0].in_use(),
        aws: clouds[1].in_use(),
    };
    let duplicated_frameworks = if in_use.count() == 2 {
        footprint::frameworks_on_both(&clouds)
    } else {
        Vec::new()
    };
    let ctx = burden_context(
        r,
        scenario,
        &clouds,
        workloads_on_both,
        cloud_cost,
        &duplicated_frameworks,
    );
    let audits_per_framework = ctx.audits_per_framework;
    let dimensions = Dimension::ALL.map(|d| dimension_burden(r, &ctx, d));
    let (amortisation_months, reference_hours) = (ctx.amortisation_months, ctx.reference_hours);

    let sum = |f: fn(&DimensionBurden) -> f64| dimensions.iter().map(f).fold(0.0, |a, b| a + b);
    let setup_hours = sum(|d| d.setup_hours);
    let hours_per_month = sum(|d| d.hours_per_month);
    let burden = hours_per_month + setup_hours / amortisation_months;
    let people_hours = r.get(Key::WorkingHours).max(1.0) / 12.0;
    GovernanceResult {
        model: org.governance,
        clouds_in_use: in_use,
        setup_hours,
        hours_per_month,
        cross_cloud_hours_per_month: sum(|d| d.cross_cloud_hours_per_month),
        people: hours_per_month / people_hours,
        audits_per_year: clouds
            .iter()
            .map(|c| c.frameworks.len() as u32 * audits_per_framework)
            .sum(),
        duplicated_audits_per_year: duplicated_frameworks.len() as u32 * audits_per_framework,
        duplicated_frameworks,
        policies_in_sync: dimensions.iter().map(|d| d.policies_in_sync).sum(),
        workloads_on_both,
        burden_hours_per_month: burden,
        index: saturating_index(burden, reference_hours),
        dimensions,
        clouds,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assumptions::Assumptions;
    use crate::model::catalog::WorkloadKind;
    use crate::model::scenario::{Placement, Workload, WorkloadId};

    fn scenario(model: GovernanceModel, placements: &[Placement]) -> Scenario {
        let mut s = Scenario::default();
        s.org.governance = model;
        for (i, p) in placements.iter().enumerate() {
            let mut w = Workload::new(
                WorkloadId(i as u32 + 1),
                WorkloadKind::Summarisation,
                format!("w{i}"),
            );
            w.placement = *p;
            s.workloads.push(w);
        }
        s
    }

    #[test]
    fn one_cloud_has_no_cross_cloud_hours_or_policies() {
        let r = Assumptions::defaults();
        for model in [GovernanceModel::Centralised, GovernanceModel::Federated] {
            let g = assess(
                &r,
                &scenario(model, &[Placement::Aws; 3]),
                Strategy::Plan,
                [0.0; 2],
            );
            assert_eq!(g.cross_cloud_hours_per_month, 0.0);
            assert_eq!(g.policies_in_sync, 0);
            assert!(g.dimensions.iter().all(|d| d.cross_cloud_hours_per_month == 0.0));
        }
    }

    #[test]
    fn the_model_changes_nothing_on_one_cloud() {
        let r = Assumptions::defaults();
        let a = assess(
            &r,
            &scenario(GovernanceModel::Centralised, &[Placement::Azure; 2]),
            Strategy::Plan,
            [0.0; 2],
        );
        let b = assess(
            &r,
            &scenario(GovernanceModel::Federated, &[Placement::Azure; 2]),
            Strategy::Plan,
            [0.0; 2],
        );
        assert_eq!(a.hours_per_month, b.hours_per_month);
        assert_eq!(a.setup_hours, b.setup_hours);
    }

    #[test]
    fn policy_total_matches_the_dimensions() {
        let r = Assumptions::defaults();
        let g = assess(
            &r,
            &scenario(
                GovernanceModel::Federated,
                &[Placement::Azure, Placement::Both { azure_percent: 50 }],
            ),
            Strategy::Plan,
            [0.0; 2],
        );
        let by_dimension: u32 = g.dimensions.iter().map(|d| d.policies_in_sync).sum();
        assert_eq!(g.policies_in_sync, by_dimension);
        // Identity 2, residency 1, compliance 0, cost 1, observability 2, vendor 1.
        assert_eq!(by_dimension, 7);
    }
}
