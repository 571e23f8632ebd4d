//! What the governance assessment returns: the burden per dimension, what each cloud holds,
//! and the totals.

use serde::Serialize;

use super::dimension::Dimension;
use crate::assumptions::Cloud;
use crate::model::scenario::{Framework, GovernanceModel, Residency};
use crate::model::strategy::CloudsInUse;

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
}
