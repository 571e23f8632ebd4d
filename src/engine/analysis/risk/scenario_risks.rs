//! Scenario-level risks: everything on one cloud, two vendors' roadmaps, frameworks audited
//! on both clouds.

use smallvec::smallvec;

use super::factor::{criticality_key, FactorKind, RiskFactor};
use super::result::Risk;
use super::when::RiskWhen;
use crate::analysis::governance::GovernanceResult;
use crate::assumptions::{Cloud, Key, Resolved};
use crate::model::scenario::{Criticality, Placement, Scenario};
use crate::model::strategy::{CloudsInUse, Strategy};

/// A scenario-level risk of one factor. Its likelihood is an assumption that includes the
/// base of 1 every risk starts from, so the factor adds one less.
fn single_factor_risk(r: &Resolved, kind: FactorKind, likelihood: f64, impact: f64) -> Risk {
    Risk::build(
        r,
        None,
        None,
        smallvec![RiskFactor {
            kind,
            likelihood: likelihood - 1.0,
            impact,
            when: RiskWhen::Throughout,
        }],
    )
}

/// Every placed workload on one cloud; its impact builds on the most critical workload's.
fn concentration(
    r: &Resolved,
    scenario: &Scenario,
    strategy: Strategy,
    in_use: CloudsInUse,
    workload_risks: &[Risk],
) -> Option<Risk> {
    if in_use.count() != 1 || workload_risks.is_empty() {
        return None;
    }
    let cloud = if in_use.azure { Cloud::Azure } else { Cloud::Aws };
    let most_critical = scenario
        .workloads
        .iter()
        .filter(|w| strategy.placement(w) != Placement::Unplaced)
        .map(|w| w.criticality)
        .max()
        .unwrap_or(Criticality::Low);
    Some(single_factor_risk(
        r,
        FactorKind::Concentration {
            cloud,
            workloads: workload_risks.len() as u32,
            most_critical,
        },
        r.get(Key::RiskConcentrationLikelihood),
        r.get(criticality_key(most_critical)) + r.get(Key::RiskConcentrationImpactPoints),
    ))
}

/// Two clouds and no published feature matrix.
fn split_vendor_roadmap(r: &Resolved, in_use: CloudsInUse, workload_risks: &[Risk]) -> Option<Risk> {
    if in_use.count() != 2 {
        return None;
    }
    let lagging_workloads = workload_risks
        .iter()
        .filter(|w| {
            w.factors
                .iter()
                .any(|f| matches!(f.kind, FactorKind::FeatureLag { .. }))
        })
        .count() as u32;
    Some(single_factor_risk(
        r,
        FactorKind::SplitVendorRoadmap { lagging_workloads },
        r.get(Key::RiskSplitVendorLikelihood),
        r.get(Key::RiskSplitVendorImpact),
    ))
}

fn compliance_duplication(r: &Resolved, governance: &GovernanceResult) -> Option<Risk> {
    if governance.duplicated_frameworks.is_empty() {
        return None;
    }
    Some(single_factor_risk(
        r,
        FactorKind::ComplianceDuplication {
            frameworks: governance.duplicated_frameworks.clone(),
            extra_audits: governance.duplicated_audits_per_year,
        },
        r.get(Key::RiskComplianceDupLikelihood),
        r.get(Key::RiskComplianceDupImpact),
    ))
}

/// The scenario-level risks that apply, in a fixed order.
pub(super) fn scenario_risks(
    r: &Resolved,
    scenario: &Scenario,
    strategy: Strategy,
    in_use: CloudsInUse,
    workload_risks: &[Risk],
    governance: &GovernanceResult,
) -> Vec<Risk> {
    [
        concentration(r, scenario, strategy, in_use, workload_risks),
        split_vendor_roadmap(r, in_use, workload_risks),
        compliance_duplication(r, governance),
    ]
    .into_iter()
    .flatten()
    .collect()
}
