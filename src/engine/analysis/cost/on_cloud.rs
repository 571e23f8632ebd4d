//! One workload on one cloud: what every component's pricing reads, and what it adds up.

use super::builder::{Builder, LineSpec};
use super::lines::{Component, Scaling};
use super::sizing::ProvisionedSizing;
use crate::model::capacity::NotProvisioned;
use crate::model::cloud::Cloud;
use crate::model::scenario::{Location, Workload};

/// What the strategy's pass needs back from pricing a workload.
#[derive(Clone, Copy, PartialEq)]
pub(super) struct WorkloadPass {
    /// Month-0 recurring cost caused by running on each cloud, by scaling: [cloud][growth,
    /// growth+decline, flat].
    pub run_base: [[f64; 3]; 2],
    pub migration: f64,
    pub workaround: Option<f64>,
    /// A Frontier-class agent placed on Azure that Frontier does not run today: it needs the
    /// Foundry-built platform whenever Azure lacks Frontier (the date may be sampled).
    pub foundry_candidate: bool,
    /// Calls a month on each cloud (after the share), for log volumes.
    pub calls: [f64; 2],
    /// Provisioned throughput's sizing on Azure, when the workload asks for it.
    pub provisioned: Option<ProvisionedSizing>,
    /// Why it is priced pay-as-you-go on each cloud (Azure, AWS) though it asks for
    /// provisioned throughput.
    pub not_provisioned: [Option<NotProvisioned>; 2],
}

impl WorkloadPass {
    /// Counts a recurring month-0 amount against the compute cloud `cloud`.
    pub(super) fn add_run(&mut self, cloud: Cloud, scaling: Scaling, amount: f64) {
        if let Some(slot) = self.run_base[cloud.index()].get_mut(scaling.index()) {
            *slot += amount;
        }
    }
}

/// One workload on one of the clouds its placement uses.
pub(super) struct OnCloud<'w> {
    pub w: &'w Workload,
    pub cloud: Cloud,
    /// The share of the workload's traffic on this cloud.
    pub share: f64,
    /// What is left of this cloud's bill after the commitment discount.
    pub disc: f64,
    /// Calls a month (sessions x steps).
    pub calls: f64,
    /// Agent-hours a month (sessions x hours per session).
    pub hours: f64,
    pub on_both: bool,
    /// Where the workload comes from when it arrives on this cloud.
    pub origin: Location,
    /// It arrives on this cloud at the start of the phase (and pays the move).
    pub arriving: bool,
    /// The move is priced with the one-time dual-running estimate.
    pub one_time_dual_run: bool,
    /// It arrives from an earlier phase of the plan (a move), not from where it runs today.
    pub from_phase: bool,
}

impl OnCloud<'_> {
    /// A line of this workload, billed by `billed_by` (the data's cloud, for egress).
    pub(super) fn line(
        &self,
        b: &Builder<'_, '_>,
        component: Component,
        label: &'static str,
        formula: &'static str,
        billed_by: Cloud,
    ) -> LineSpec {
        LineSpec {
            workload: Some(self.w.id),
            component,
            cloud: billed_by.into(),
            label,
            formula,
            discount_percent: match component {
                Component::Migration | Component::Workaround => 0.0,
                _ => b.ctx.discount_percent(billed_by),
            },
            duplicate: false,
        }
    }
}
