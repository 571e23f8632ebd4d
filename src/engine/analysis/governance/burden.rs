//! The burden of one governance dimension: upkeep per cloud in use, the dimension's per-item
//! work on each cloud, and with two clouds the cross-cloud work and the policies kept in sync.

use super::dimension::Dimension;
use super::result::{CloudFootprint, DimensionBurden};
use crate::assumptions::{Cloud, Key, Resolved};

/// What every dimension's burden depends on beyond its own weights.
pub(super) struct BurdenContext<'a> {
    /// Azure, then AWS.
    pub clouds: &'a [CloudFootprint; 2],
    pub two_clouds: bool,
    pub centralised: bool,
    /// The cloud whose upkeep stays whole under centralised governance.
    pub primary: Cloud,
    pub workloads_on_both: u32,
    pub zones_on_both: u32,
    pub frameworks_on_both: u32,
    pub audits_per_framework: u32,
    /// The share of each policy's drift hours that is felt.
    pub drift_factor: f64,
    /// The share of the second cloud's upkeep kept under centralised governance.
    pub second_cloud_share: f64,
    pub amortisation_months: f64,
    pub reference_hours: f64,
}

/// A dimension's per-item work on one cloud.
struct ItemWork {
    hours_per_month: f64,
    setup_hours: f64,
    audits_per_year: u32,
}

impl ItemWork {
    const NONE: ItemWork = ItemWork {
        hours_per_month: 0.0,
        setup_hours: 0.0,
        audits_per_year: 0,
    };

    fn recurring(hours_per_month: f64) -> ItemWork {
        ItemWork {
            hours_per_month,
            ..ItemWork::NONE
        }
    }
}

fn identity_access_items(r: &Resolved, c: &CloudFootprint) -> ItemWork {
    ItemWork::recurring(f64::from(c.workloads) * r.get(Key::GovIdentityPerWorkload))
}

fn data_residency_items(r: &Resolved, c: &CloudFootprint) -> ItemWork {
    ItemWork {
        hours_per_month: f64::from(c.regulated_workloads) * r.get(Key::GovResidencyPerRegulated),
        setup_hours: c.zones.len() as f64 * r.get(Key::GovResidencySetupPerRegion),
        audits_per_year: 0,
    }
}

/// Each framework's upkeep plus its audits' preparation spread over the year.
fn compliance_items(r: &Resolved, c: &CloudFootprint, audits_per_framework: u32) -> ItemWork {
    let frameworks = c.frameworks.len() as f64;
    let audits = c.frameworks.len() as u32 * audits_per_framework;
    ItemWork {
        hours_per_month: frameworks * r.get(Key::GovCompliancePerFramework)
            + f64::from(audits) * r.get(Key::GovAuditPrepHours) / 12.0,
        setup_hours: frameworks * r.get(Key::GovComplianceSetupPerFramework),
        audits_per_year: audits,
    }
}

fn cost_tracking_items(r: &Resolved, c: &CloudFootprint) -> ItemWork {
    ItemWork::recurring(f64::from(c.workloads) * r.get(Key::GovCostPerWorkload))
}

fn observability_items(r: &Resolved, c: &CloudFootprint) -> ItemWork {
    ItemWork::recurring(f64::from(c.workloads) * r.get(Key::GovObservabilityPerWorkload))
}

fn item_work(r: &Resolved, d: Dimension, c: &CloudFootprint, audits_per_framework: u32) -> ItemWork {
    match d {
        Dimension::IdentityAccess => identity_access_items(r, c),
        Dimension::DataResidency => data_residency_items(r, c),
        Dimension::Compliance => compliance_items(r, c, audits_per_framework),
        Dimension::CostTracking => cost_tracking_items(r, c),
        Dimension::Observability => observability_items(r, c),
        Dimension::VendorManagement => ItemWork::NONE,
    }
}

/// Policies to keep in sync: none with one cloud.
fn policies_in_sync(d: Dimension, ctx: &BurdenContext) -> u32 {
    if !ctx.two_clouds {
        return 0;
    }
    match d {
        Dimension::IdentityAccess | Dimension::Observability => 1 + ctx.workloads_on_both,
        Dimension::DataResidency => 1 + ctx.zones_on_both,
        Dimension::Compliance => ctx.frameworks_on_both,
        Dimension::CostTracking | Dimension::VendorManagement => 1,
    }
}

fn upkeep_share(ctx: &BurdenContext, c: &CloudFootprint) -> f64 {
    if ctx.centralised && ctx.two_clouds && c.cloud != ctx.primary {
        ctx.second_cloud_share
    } else {
        1.0
    }
}

/// 100 x burden / (burden + reference); 0 for no burden.
pub(super) fn saturating_index(burden: f64, reference: f64) -> f64 {
    if burden <= 0.0 {
        0.0
    } else {
        100.0 * burden / (burden + reference.max(f64::MIN_POSITIVE))
    }
}

pub(super) fn dimension_burden(r: &Resolved, ctx: &BurdenContext, d: Dimension) -> DimensionBurden {
    let k = d.keys();
    let mut setup = 0.0;
    let mut hours = 0.0;
    let mut audits = 0;
    for c in ctx.clouds.iter().filter(|c| c.in_use()) {
        let items = item_work(r, d, c, ctx.audits_per_framework);
        audits += items.audits_per_year;
        hours += r.get(k.hours) * upkeep_share(ctx, c) + items.hours_per_month;
        setup += items.setup_hours;
        if !c.governed {
            setup += r.get(k.setup);
        }
    }
    let policies = policies_in_sync(d, ctx);
    let mut cross = 0.0;
    if ctx.two_clouds {
        cross =
            r.get(k.cross_hours) + f64::from(policies) * r.get(Key::GovPolicyDriftHours) * ctx.drift_factor;
        setup += r.get(k.cross_setup);
        if ctx.centralised {
            setup += f64::from(policies) * r.get(Key::GovPolicyUnifySetup);
        }
    }
    hours += cross;
    let burden = hours + setup / ctx.amortisation_months;
    DimensionBurden {
        dimension: d,
        setup_hours: setup,
        hours_per_month: hours,
        cross_cloud_hours_per_month: cross,
        audits_per_year: audits,
        policies_in_sync: policies,
        index: saturating_index(burden, ctx.reference_hours / Dimension::ALL.len() as f64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_saturates_and_reads_50_at_the_reference() {
        assert_eq!(saturating_index(0.0, 150.0), 0.0);
        assert!((saturating_index(150.0, 150.0) - 50.0).abs() < 1e-12);
        assert!(saturating_index(1e12, 150.0) < 100.0);
    }
}
