//! Prices one workload under one placement: each component on each cloud it uses.

use super::builder::{Builder, LineSpec};
use super::lines::{Component, Scaling};
use super::{egress, migration, runtime, state, tokens};
use crate::engine::model::cloud::Cloud;
use crate::engine::model::scenario::{Placement, Workload};

/// What the strategy's pass needs back from pricing a workload.
pub(super) struct WorkloadPass {
    /// Month-0 recurring cost caused by running on each cloud, by scaling: [cloud][growth,
    /// growth+decline, flat].
    pub run_base: [[f64; 3]; 2],
    pub migration: f64,
    pub workaround: Option<f64>,
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
                Component::Migration => 0.0,
                _ => b.ctx.discount_percent(billed_by),
            },
            duplicate: false,
        }
    }
}

pub(super) fn price_workload(b: &mut Builder<'_, '_>, w: &Workload, placement: Placement) -> WorkloadPass {
    let mut pass = WorkloadPass {
        run_base: [[0.0; 3]; 2],
        migration: 0.0,
        workaround: None,
    };
    for cloud in placement.clouds() {
        let on = OnCloud {
            w,
            cloud,
            share: placement.share(cloud),
            disc: b.ctx.discount_mult(cloud),
            calls: w.monthly_volume * w.steps_per_session,
            hours: w.monthly_volume * w.agent_hours_per_session,
            on_both: matches!(placement, Placement::Both { .. }),
        };
        tokens::price(b, &on, &mut pass);
        tokens::price_fine_tuned_hosting(b, &on, &mut pass);
        runtime::price(b, &on, &mut pass);
        state::price(b, &on, &mut pass);
        egress::price_data_crossing(b, &on, &mut pass);
        egress::price_state_sync(b, &on, &mut pass);
        migration::price_move(b, &on, &mut pass);
        migration::price_frontier_workaround(b, &on, &mut pass);
    }
    pass
}
