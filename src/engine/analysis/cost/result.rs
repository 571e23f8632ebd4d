//! The cost of one strategy: monthly series, totals, per-workload costs, lines and findings.

use serde::Serialize;

use super::lines::{Cell, Component, CostCloud, CostLine, WorkloadCost};
use crate::analysis::findings::Finding;
use crate::model::scenario::WorkloadId;
use crate::model::strategy::CloudsInUse;

/// The cost of one strategy, month by month.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CostResult {
    /// Total per month, month 0 = the plan's start.
    pub monthly: Vec<f64>,
    pub cumulative: Vec<f64>,
    pub horizon_total: f64,
    /// The horizon's months discounted to the plan's start (`finance.discount-rate-per-year`).
    pub present_value: f64,
    /// Average monthly run cost over the last 12 months (one-time costs excluded).
    pub run_rate: f64,
    pub one_time_total: f64,
    /// Horizon total of duplicate lines (second-cloud overhead and multi-cloud people).
    pub duplication_total: f64,
    /// What the spend commitments changed, month by month: their own discount in their months
    /// (negative) and the shortfalls of years that billed less than committed (positive).
    pub commitment_effect: Vec<f64>,
    pub clouds_in_use: CloudsInUse,
    /// Non-empty (component, cloud) series.
    pub breakdown: Vec<Cell>,
    /// Placed workloads, in board order.
    pub workloads: Vec<WorkloadCost>,
    pub lines: Vec<CostLine>,
    pub findings: Vec<Finding>,
}

impl CostResult {
    /// A guard: bounded inputs cannot overflow, but no infinity may reach the UI.
    pub fn is_finite(&self) -> bool {
        self.horizon_total.is_finite()
            && self.present_value.is_finite()
            && self.run_rate.is_finite()
            && self.monthly.iter().all(|v| v.is_finite())
    }

    pub fn component_total(&self, component: Component) -> f64 {
        self.breakdown
            .iter()
            .filter(|c| c.component == component)
            .map(|c| c.total)
            .fold(0.0, |a, b| a + b)
    }

    pub fn cell(&self, component: Component, cloud: CostCloud) -> Option<&Cell> {
        self.breakdown
            .iter()
            .find(|c| c.component == component && c.cloud == cloud)
    }

    pub fn cloud_total(&self, cloud: CostCloud) -> f64 {
        self.breakdown
            .iter()
            .filter(|c| c.cloud == cloud)
            .map(|c| c.total)
            .fold(0.0, |a, b| a + b)
    }

    pub fn workload(&self, id: WorkloadId) -> Option<&WorkloadCost> {
        self.workloads.iter().find(|w| w.id == id)
    }

    pub fn lines_for(&self, id: WorkloadId) -> impl Iterator<Item = &CostLine> + '_ {
        self.lines.iter().filter(move |l| l.workload == Some(id))
    }
}

/// A strategy's cost month by month and over the horizon.
pub(crate) struct Series {
    pub monthly: Vec<f64>,
    pub horizon_total: f64,
    pub present_value: f64,
}

impl Series {
    /// A guard: no infinity may reach the UI (a series has no run-rate to check).
    pub(crate) fn is_finite(&self) -> bool {
        self.horizon_total.is_finite()
            && self.present_value.is_finite()
            && self.monthly.iter().all(|v| v.is_finite())
    }
}
