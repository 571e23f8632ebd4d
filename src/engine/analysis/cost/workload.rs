//! Prices one phase of a workload (one place, some months): each component on each cloud it
//! uses, and the move onto the clouds it arrives on.

use super::builder::Builder;
use super::on_cloud::{OnCloud, WorkloadPass};
use super::phases::Phase;
use super::{egress, migration, runtime, state, tokens};
use crate::model::scenario::{Placement, Workload};

pub(super) fn price_workload(b: &mut Builder<'_, '_>, w: &Workload, phase: &Phase) -> WorkloadPass {
    let placement = phase.placement;
    b.set_window(phase.window);
    let mut pass = WorkloadPass {
        run_base: [[0.0; 3]; 2],
        migration: 0.0,
        workaround: None,
        foundry_candidate: false,
        calls: [0.0; 2],
        provisioned: None,
        not_provisioned: [None; 2],
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
            origin: phase.origin,
            arriving: phase.arriving[cloud.index()],
            one_time_dual_run: phase.one_time_dual_run,
            from_phase: phase.from_phase,
        };
        pass.calls[cloud.index()] += on.calls * on.share;
        tokens::price(b, &on, &mut pass);
        tokens::price_fine_tuned_hosting(b, &on, &mut pass);
        runtime::price(b, &on, &mut pass);
        runtime::price_frontier_fee(b, &on, &mut pass);
        state::price(b, &on, &mut pass);
        egress::price_data_crossing(b, &on, &mut pass);
        egress::price_state_sync(b, &on, &mut pass);
        migration::price_move(b, &on, &mut pass);
        migration::price_frontier_workaround(b, &on, &mut pass);
    }
    pass
}
