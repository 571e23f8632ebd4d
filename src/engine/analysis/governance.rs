//! Governance burden of a strategy, per dimension, in hours people feel (seed 000's
//! "multi-cloud governance" list; domain.md "Governance burden").
//!
//! Definitions (the UI quotes them):
//! - A workload counts on every cloud its placement uses (Both counts on both). It is
//!   *regulated* when it falls under a compliance framework, has a residency rule (EU, US) or
//!   serves the US government or a sovereign / regulated sector.
//! - Per dimension and per cloud in use, recurring work is the cloud's upkeep hours plus the
//!   dimension's per-item hours: identity, cost tracking and observability per workload on the
//!   cloud; data residency per regulated workload; compliance per framework validated on the
//!   cloud plus each audit's preparation spread over the year. Vendor management is per cloud.
//! - Set-up is one-time work: a per-cloud baseline on each cloud the organisation does not
//!   govern yet (its native cloud, both for a "both" organisation and none for an on-premises
//!   one, needs none), plus scoping the AI platform into each framework and residency zone on
//!   each cloud that holds it, native or not.
//! - With two clouds in use, each dimension adds cross-cloud set-up and hours (federating
//!   Entra ID with AWS IAM, the controlled interface for data moving between clouds, one
//!   control matrix, one chargeback over two bills, correlated monitoring, a feature matrix of
//!   which capability ships where), and *policies to keep in sync* appear: per dimension a
//!   baseline policy, plus one per workload on both clouds (identity, observability), per
//!   residency zone held on both clouds, and per framework validated on both clouds.
//! - The governance model only matters with two clouds. Federated: each cloud's upkeep is
//!   duplicated in full and every policy in sync drifts (drift hours per policy). Centralised:
//!   each policy in sync is first written once for both clouds (set-up per policy), then drifts
//!   only by `governance.centralised.drift-share`, and the upkeep hours of the second cloud
//!   (the organisation's native cloud is the first, else the one with more cost) fall to
//!   `governance.centralised.second-cloud-share`.
//! - Index (0–100, for charts): burden = hours per month + set-up hours / amortisation
//!   months; index = 100 x burden / (burden + reference), so the reference burden (one person
//!   full time by default) reads 50 and the index never reaches 100. A dimension's index uses
//!   a sixth of the reference. Both rise with every hour, so an added hour never lowers them.
//!
//! Every term is a sum of non-negative weights over clouds, workloads, frameworks and zones,
//! and no weight depends on which cloud it is counted on (except the per-cloud baseline, waived
//! for a governed cloud, which stays in use). So going from one cloud to two, whether by adding
//! a cloud to a workload or by moving one, never lowers any figure under either model: per-item
//! work moves with its workload, a framework or zone held by one cloud is still held by one of
//! the two, and the second cloud and the cross-cloud work only add.

use serde::Serialize;

use crate::engine::assumptions::{Assumptions, Cloud, Key, Resolved};
use crate::engine::model::scenario::{
    Framework, GovernanceModel, NativeCloud, Placement, Residency, Scenario, Sector,
};
use crate::engine::model::strategy::{CloudsInUse, Strategy};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Dimension {
    IdentityAccess,
    DataResidency,
    Compliance,
    CostTracking,
    Observability,
    VendorManagement,
}

impl Dimension {
    pub const ALL: [Dimension; 6] = [
        Dimension::IdentityAccess,
        Dimension::DataResidency,
        Dimension::Compliance,
        Dimension::CostTracking,
        Dimension::Observability,
        Dimension::VendorManagement,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Dimension::IdentityAccess => "Identity & access",
            Dimension::DataResidency => "Data residency",
            Dimension::Compliance => "Compliance",
            Dimension::CostTracking => "Cost tracking",
            Dimension::Observability => "Observability",
            Dimension::VendorManagement => "Vendor management",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    fn keys(self) -> DimensionKeys {
        let k = |setup, hours, cross_setup, cross_hours| DimensionKeys {
            setup,
            hours,
            cross_setup,
            cross_hours,
        };
        match self {
            Dimension::IdentityAccess => k(
                Key::GovIdentitySetup,
                Key::GovIdentityHours,
                Key::GovIdentityCrossSetup,
                Key::GovIdentityCrossHours,
            ),
            Dimension::DataResidency => k(
                Key::GovResidencySetup,
                Key::GovResidencyHours,
                Key::GovResidencyCrossSetup,
                Key::GovResidencyCrossHours,
            ),
            Dimension::Compliance => k(
                Key::GovComplianceSetup,
                Key::GovComplianceHours,
                Key::GovComplianceCrossSetup,
                Key::GovComplianceCrossHours,
            ),
            Dimension::CostTracking => k(
                Key::GovCostSetup,
                Key::GovCostHours,
                Key::GovCostCrossSetup,
                Key::GovCostCrossHours,
            ),
            Dimension::Observability => k(
                Key::GovObservabilitySetup,
                Key::GovObservabilityHours,
                Key::GovObservabilityCrossSetup,
                Key::GovObservabilityCrossHours,
            ),
            Dimension::VendorManagement => k(
                Key::GovVendorSetup,
                Key::GovVendorHours,
                Key::GovVendorCrossSetup,
                Key::GovVendorCrossHours,
            ),
        }
    }

    /// Keys of the dimension's per-item weights.
    fn item_keys(self) -> &'static [Key] {
        match self {
            Dimension::IdentityAccess => &[Key::GovIdentityPerWorkload],
            Dimension::DataResidency => &[Key::GovResidencyPerRegulated, Key::GovResidencySetupPerRegion],
            Dimension::Compliance => &[
                Key::GovCompliancePerFramework,
                Key::GovComplianceSetupPerFramework,
                Key::GovAuditPrepHours,
                Key::GovAuditsPerFramework,
            ],
            Dimension::CostTracking => &[Key::GovCostPerWorkload],
            Dimension::Observability => &[Key::GovObservabilityPerWorkload],
            Dimension::VendorManagement => &[],
        }
    }

    /// The assumptions that set this dimension's burden (for "where does this come from").
    pub fn assumptions(self) -> Vec<&'static str> {
        let k = self.keys();
        [k.setup, k.hours, k.cross_setup, k.cross_hours]
            .iter()
            .chain(self.item_keys())
            .chain(&[
                Key::GovPolicyUnifySetup,
                Key::GovPolicyDriftHours,
                Key::GovCentralisedDriftShare,
                Key::GovCentralisedSecondCloudShare,
                Key::GovIndexReferenceHours,
                Key::GovSetupAmortisation,
            ])
            .map(|&key| Assumptions::id(key))
            .collect()
    }
}

struct DimensionKeys {
    setup: Key,
    hours: Key,
    cross_setup: Key,
    cross_hours: Key,
}

/// The burden of one dimension.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DimensionBurden {
    pub dimension: Dimension,
    /// One-time set-up hours.
    pub setup_hours: f64,
    /// Recurring hours per month, cross-cloud hours included.
    pub hours_per_month: f64,
    /// The part of `hours_per_month` that exists only because two clouds are in use
    /// (federation, interfaces, drift of policies kept in sync). 0 with one cloud.
    pub cross_cloud_hours_per_month: f64,
    /// Compliance only: audits per year over both clouds.
    pub audits_per_year: u32,
    pub policies_in_sync: u32,
    /// 0–100, see the module notes.
    pub index: f64,
}

/// What a strategy puts on one cloud.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CloudFootprint {
    pub cloud: Cloud,
    /// The organisation already governs this cloud (its native cloud): no per-cloud baseline
    /// set-up needed.
    pub governed: bool,
    pub workloads: u32,
    pub regulated_workloads: u32,
    /// Frameworks validated on this cloud, in `Framework::ALL` order.
    pub frameworks: Vec<Framework>,
    /// Residency zones (EU, US) whose data this cloud holds.
    pub zones: Vec<Residency>,
}

impl CloudFootprint {
    pub fn in_use(&self) -> bool {
        self.workloads > 0
    }
}

/// The governance burden of one strategy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GovernanceResult {
    pub model: GovernanceModel,
    pub clouds_in_use: CloudsInUse,
    /// Azure, then AWS.
    pub clouds: [CloudFootprint; 2],
    /// In `Dimension::ALL` order.
    pub dimensions: [DimensionBurden; 6],
    pub setup_hours: f64,
    pub hours_per_month: f64,
    pub cross_cloud_hours_per_month: f64,
    /// `hours_per_month` in full-time people (working hours per year / 12).
    pub people: f64,
    pub audits_per_year: u32,
    /// Audits of frameworks validated on both clouds, counted once per extra cloud.
    pub duplicated_audits_per_year: u32,
    /// Frameworks validated on both clouds.
    pub duplicated_frameworks: Vec<Framework>,
    pub policies_in_sync: u32,
    /// Workloads placed on both clouds.
    pub workloads_on_both: u32,
    /// hours_per_month + setup_hours / amortisation months: what the index measures.
    pub burden_hours_per_month: f64,
    /// 0–100, see the module notes.
    pub index: f64,
}

fn model_label(model: GovernanceModel) -> &'static str {
    match model {
        GovernanceModel::Centralised => "centralised",
        GovernanceModel::Federated => "federated",
    }
}

fn list<T: Copy>(items: &[T], label: impl Fn(T) -> &'static str) -> String {
    let names: Vec<&str> = items.iter().map(|&i| label(i)).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn zone_label(r: Residency) -> &'static str {
    match r {
        Residency::Any => "any region",
        Residency::Eu => "EU",
        Residency::Us => "US",
    }
}

fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

impl GovernanceResult {
    /// A guard: bounded inputs cannot overflow, but no infinity may reach the UI.
    pub fn is_finite(&self) -> bool {
        self.hours_per_month.is_finite() && self.setup_hours.is_finite() && self.index.is_finite()
    }

    pub fn dimension(&self, d: Dimension) -> &DimensionBurden {
        &self.dimensions[d.index()]
    }

    pub fn cloud(&self, c: Cloud) -> &CloudFootprint {
        &self.clouds[c.index()]
    }

    /// One plain sentence on what drives a dimension's burden.
    pub fn describe(&self, d: Dimension) -> String {
        let used: Vec<&CloudFootprint> = self.clouds.iter().filter(|c| c.in_use()).collect();
        if used.is_empty() {
            return "No workloads placed.".to_owned();
        }
        let two = used.len() == 2;
        let sync = self.dimension(d).policies_in_sync;
        let sync_note = if sync > 0 {
            format!(
                "; {} to keep in sync ({})",
                plural(sync, "policy", "policies"),
                model_label(self.model)
            )
        } else {
            String::new()
        };
        let joined = |sep: &str, f: &dyn Fn(&CloudFootprint) -> String| {
            used.iter().map(|c| f(c)).collect::<Vec<_>>().join(sep)
        };
        let per_cloud = |f: &dyn Fn(&CloudFootprint) -> String| joined(", ", f);
        let body = match d {
            Dimension::IdentityAccess => {
                let idp = |c: &CloudFootprint| match c.cloud {
                    Cloud::Azure => format!("Entra ID ({})", plural(c.workloads, "workload", "workloads")),
                    Cloud::Aws => format!("AWS IAM ({})", plural(c.workloads, "workload", "workloads")),
                };
                if two {
                    format!("{}, federated between them", joined(" and ", &idp))
                } else {
                    per_cloud(&idp)
                }
            }
            Dimension::DataResidency => {
                let zones = |c: &CloudFootprint| {
                    let z = if c.zones.is_empty() {
                        "no residency-bound data".to_owned()
                    } else {
                        format!("{} data", list(&c.zones, zone_label))
                    };
                    let regulated =
                        plural(c.regulated_workloads, "regulated workload", "regulated workloads");
                    format!("{}: {z}, {regulated}", c.cloud.label())
                };
                let interface = if two {
                    match self.model {
                        GovernanceModel::Federated => {
                            "; data moves between clouds through a controlled interface"
                        }
                        GovernanceModel::Centralised => "; one data standard on both clouds",
                    }
                } else {
                    ""
                };
                format!("{}{interface}", joined("; ", &zones))
            }
            Dimension::Compliance => {
                let fw = |c: &CloudFootprint| {
                    if c.frameworks.is_empty() {
                        format!("no framework on {}", c.cloud.label())
                    } else {
                        format!("{} on {}", list(&c.frameworks, Framework::label), c.cloud.label())
                    }
                };
                let dup = if self.duplicated_audits_per_year > 0 {
                    format!(", {} of them duplicated", self.duplicated_audits_per_year)
                } else {
                    String::new()
                };
                format!(
                    "{}: {} a year{dup}",
                    per_cloud(&fw),
                    plural(self.audits_per_year, "audit", "audits")
                )
            }
            Dimension::CostTracking => {
                if two {
                    "Two bills (Azure and AWS) into one chargeback model".to_owned()
                } else {
                    format!("One bill ({})", per_cloud(&|c| c.cloud.label().to_owned()))
                }
            }
            Dimension::Observability => {
                let stack = |c: &CloudFootprint| match c.cloud {
                    Cloud::Azure => "Azure Monitor and Defender".to_owned(),
                    Cloud::Aws => "CloudWatch and GuardDuty".to_owned(),
                };
                if two {
                    format!(
                        "Two monitoring, logging and alerting stacks ({}), correlated",
                        per_cloud(&stack)
                    )
                } else {
                    format!(
                        "One monitoring, logging and alerting stack ({})",
                        per_cloud(&stack)
                    )
                }
            }
            Dimension::VendorManagement => {
                if two {
                    "Two contracts and roadmaps (Microsoft and AWS), with no published feature matrix"
                        .to_owned()
                } else {
                    let vendor = |c: &CloudFootprint| match c.cloud {
                        Cloud::Azure => "Microsoft".to_owned(),
                        Cloud::Aws => "AWS".to_owned(),
                    };
                    format!("One contract and roadmap ({})", per_cloud(&vendor))
                }
            }
        };
        format!("{body}{sync_note}.")
    }
}

fn framework_index(f: Framework) -> usize {
    f as usize
}

/// Zones indexed 0 = EU, 1 = US.
const ZONES: [Residency; 2] = [Residency::Eu, Residency::Us];

fn zone_index(r: Residency) -> Option<usize> {
    ZONES.iter().position(|z| *z == r)
}

/// 100 x burden / (burden + reference); 0 for no burden.
fn saturating_index(burden: f64, reference: f64) -> f64 {
    if burden <= 0.0 {
        0.0
    } else {
        100.0 * burden / (burden + reference.max(f64::MIN_POSITIVE))
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
    let org = &scenario.org;
    let governed = match org.native_cloud {
        NativeCloud::Azure => [true, false],
        NativeCloud::Aws => [false, true],
        NativeCloud::Both => [true, true],
        NativeCloud::OnPremises => [false, false],
    };
    let mut counts = [[0_u32; 2]; 2]; // [cloud][workloads, regulated]
    let mut frameworks = [[false; 4]; 2];
    let mut zones = [[false; 2]; 2];
    let mut on_both = 0_u32;
    for w in &scenario.workloads {
        let placement = strategy.placement(w);
        if placement == Placement::Unplaced {
            continue;
        }
        let regulated =
            !w.compliance.is_empty() || w.residency.is_constrained() || w.sector != Sector::Commercial;
        for c in Cloud::ALL {
            let uses = match c {
                Cloud::Azure => placement.uses_azure(),
                Cloud::Aws => placement.uses_aws(),
            };
            if !uses {
                continue;
            }
            let ci = c.index();
            counts[ci][0] += 1;
            if regulated {
                counts[ci][1] += 1;
            }
            for &f in &w.compliance {
                frameworks[ci][framework_index(f)] = true;
            }
            if let Some(z) = zone_index(w.residency) {
                zones[ci][z] = true;
            }
        }
        if matches!(placement, Placement::Both { .. }) {
            on_both += 1;
        }
    }

    let clouds = Cloud::ALL.map(|c| {
        let ci = c.index();
        CloudFootprint {
            cloud: c,
            governed: governed[ci],
            workloads: counts[ci][0],
            regulated_workloads: counts[ci][1],
            frameworks: Framework::ALL
                .into_iter()
                .filter(|f| frameworks[ci][framework_index(*f)])
                .collect(),
            zones: ZONES
                .into_iter()
                .filter(|z| zone_index(*z).is_some_and(|i| zones[ci][i]))
                .collect(),
        }
    });
    let in_use = CloudsInUse {
        azure: clouds[0].in_use(),
        aws: clouds[1].in_use(),
    };
    let two = in_use.count() == 2;
    let centralised = org.governance == GovernanceModel::Centralised;
    let primary = match org.native_cloud {
        NativeCloud::Azure => Cloud::Azure,
        NativeCloud::Aws => Cloud::Aws,
        NativeCloud::Both | NativeCloud::OnPremises if cloud_cost[1] > cloud_cost[0] => Cloud::Aws,
        NativeCloud::Both | NativeCloud::OnPremises => Cloud::Azure,
    };
    let duplicated_frameworks: Vec<Framework> = if two {
        Framework::ALL
            .into_iter()
            .filter(|f| frameworks[0][framework_index(*f)] && frameworks[1][framework_index(*f)])
            .collect()
    } else {
        Vec::new()
    };
    let zones_on_both = if two {
        (0..ZONES.len()).filter(|&z| zones[0][z] && zones[1][z]).count() as u32
    } else {
        0
    };
    let audits_per_framework = r.get(Key::GovAuditsPerFramework).max(0.0) as u32;
    let audits_per_year: u32 = clouds
        .iter()
        .map(|c| c.frameworks.len() as u32 * audits_per_framework)
        .sum();
    let duplicated_audits_per_year = duplicated_frameworks.len() as u32 * audits_per_framework;

    let drift_factor = if centralised {
        r.get(Key::GovCentralisedDriftShare) / 100.0
    } else {
        1.0
    };
    let second_share = r.get(Key::GovCentralisedSecondCloudShare) / 100.0;
    let amortisation = r.get(Key::GovSetupAmortisation).max(1.0);
    let reference = r.get(Key::GovIndexReferenceHours).max(1.0);

    let dimensions = Dimension::ALL.map(|d| {
        let k = d.keys();
        let mut setup = 0.0;
        let mut hours = 0.0;
        let mut audits = 0;
        for c in clouds.iter().filter(|c| c.in_use()) {
            let upkeep_share = if centralised && two && c.cloud != primary {
                second_share
            } else {
                1.0
            };
            let n = f64::from(c.workloads);
            let frameworks_here = c.frameworks.len() as f64;
            let (items, item_setup) = match d {
                Dimension::IdentityAccess => (n * r.get(Key::GovIdentityPerWorkload), 0.0),
                Dimension::DataResidency => (
                    f64::from(c.regulated_workloads) * r.get(Key::GovResidencyPerRegulated),
                    c.zones.len() as f64 * r.get(Key::GovResidencySetupPerRegion),
                ),
                Dimension::Compliance => {
                    let audits_here = c.frameworks.len() as u32 * audits_per_framework;
                    audits += audits_here;
                    (
                        frameworks_here * r.get(Key::GovCompliancePerFramework)
                            + f64::from(audits_here) * r.get(Key::GovAuditPrepHours) / 12.0,
                        frameworks_here * r.get(Key::GovComplianceSetupPerFramework),
                    )
                }
                Dimension::CostTracking => (n * r.get(Key::GovCostPerWorkload), 0.0),
                Dimension::Observability => (n * r.get(Key::GovObservabilityPerWorkload), 0.0),
                Dimension::VendorManagement => (0.0, 0.0),
            };
            hours += r.get(k.hours) * upkeep_share + items;
            setup += item_setup;
            if !c.governed {
                setup += r.get(k.setup);
            }
        }
        let policies = if two {
            match d {
                Dimension::IdentityAccess | Dimension::Observability => 1 + on_both,
                Dimension::DataResidency => 1 + zones_on_both,
                Dimension::Compliance => duplicated_frameworks.len() as u32,
                Dimension::CostTracking | Dimension::VendorManagement => 1,
            }
        } else {
            0
        };
        let mut cross = 0.0;
        if two {
            cross =
                r.get(k.cross_hours) + f64::from(policies) * r.get(Key::GovPolicyDriftHours) * drift_factor;
            setup += r.get(k.cross_setup);
            if centralised {
                setup += f64::from(policies) * r.get(Key::GovPolicyUnifySetup);
            }
        }
        hours += cross;
        let burden = hours + setup / amortisation;
        DimensionBurden {
            dimension: d,
            setup_hours: setup,
            hours_per_month: hours,
            cross_cloud_hours_per_month: cross,
            audits_per_year: audits,
            policies_in_sync: policies,
            index: saturating_index(burden, reference / Dimension::ALL.len() as f64),
        }
    });

    let sum = |f: fn(&DimensionBurden) -> f64| dimensions.iter().map(f).fold(0.0, |a, b| a + b);
    let setup_hours = sum(|d| d.setup_hours);
    let hours_per_month = sum(|d| d.hours_per_month);
    let burden = hours_per_month + setup_hours / amortisation;
    let cross_cloud_hours_per_month = sum(|d| d.cross_cloud_hours_per_month);
    let policies_in_sync = dimensions.iter().map(|d| d.policies_in_sync).sum();
    let people_hours = r.get(Key::WorkingHours).max(1.0) / 12.0;
    GovernanceResult {
        model: org.governance,
        clouds_in_use: in_use,
        dimensions,
        setup_hours,
        hours_per_month,
        cross_cloud_hours_per_month,
        people: hours_per_month / people_hours,
        audits_per_year,
        duplicated_audits_per_year,
        duplicated_frameworks,
        policies_in_sync,
        workloads_on_both: on_both,
        burden_hours_per_month: burden,
        index: saturating_index(burden, reference),
        clouds,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::catalog::WorkloadKind;
    use crate::engine::model::scenario::{Workload, WorkloadId};

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

    #[test]
    fn index_saturates_and_reads_50_at_the_reference() {
        assert_eq!(saturating_index(0.0, 150.0), 0.0);
        assert!((saturating_index(150.0, 150.0) - 50.0).abs() < 1e-12);
        assert!(saturating_index(1e12, 150.0) < 100.0);
    }

    #[test]
    fn lists_read_naturally() {
        assert_eq!(list(&[Framework::Soc2], Framework::label), "SOC 2");
        assert_eq!(
            list(
                &[Framework::Soc2, Framework::Gdpr, Framework::Hipaa],
                Framework::label
            ),
            "SOC 2, GDPR and HIPAA"
        );
    }
}
