//! Agent runtime: Foundry hosted agents on Azure, AgentCore on AWS, and the Frontier platform
//! fee where Frontier runs the agents.

use super::builder::Builder;
use super::formula::{Formula, Shape};
use super::lines::Component;
use super::on_cloud::{OnCloud, WorkloadPass};
use crate::assumptions::{AssumptionSet, Key};
use crate::model::cloud::Cloud;

pub(super) fn price(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    if !(on.share > 0.0 && on.hours > 0.0) {
        return;
    }
    let (assumptions, label) = match on.cloud {
        Cloud::Azure => (
            const {
                AssumptionSet::of(&[
                    Key::VcpuPerAgent,
                    Key::GbPerAgent,
                    Key::AzureVcpuHour,
                    Key::AzureGibHour,
                    Key::VolumeGrowth,
                ])
            },
            "Foundry hosted agent runtime",
        ),
        Cloud::Aws => (
            const {
                AssumptionSet::of(&[
                    Key::VcpuPerAgent,
                    Key::GbPerAgent,
                    Key::AwsVcpuHour,
                    Key::AwsCpuActiveShare,
                    Key::AwsGbHour,
                    Key::VolumeGrowth,
                ])
            },
            "AgentCore runtime",
        ),
    };
    let spec = on.line(
        b,
        Component::AgentRuntime,
        label,
        "agent-hours (sessions x hours per session) x share x (vCPU x $/vCPU-h + memory x $/GB-h; \
         Azure bills the provisioned session per GiB (1 GB = 0.931 GiB), AgentCore bills CPU only \
         while active)",
        on.cloud,
    );
    let formula = Formula::new(
        Shape::AgentRuntime { cloud: on.cloud },
        on.hours * on.share * on.disc,
    );
    let amount = b.push(spec, formula, assumptions);
    pass.add_run(on.cloud, formula.scaling(), amount);
}

/// Frontier is a platform on top of the runtime: seed 004 expects a fee per agent-hour and
/// per transaction. Charged where Frontier runs the agents (AWS; Azure once it offers Frontier).
pub(super) fn price_frontier_fee(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    if !(on.w.kind.is_stateful() && on.share > 0.0) {
        return;
    }
    let spec = on.line(
        b,
        Component::AgentRuntime,
        "Frontier platform fee (no list price: stated rationale)",
        "agent-hours x share x $/agent-hour + steps x share x $ per 1,000 steps / 1,000",
        on.cloud,
    );
    let formula = Formula::two(
        Shape::FrontierFee {
            cloud: on.cloud,
            start: b.ctx.start,
        },
        on.hours * on.share * on.disc,
        on.calls * on.share * on.disc,
    );
    let mut assumptions = const {
        AssumptionSet::of(&[
            Key::FrontierFeePerAgentHour,
            Key::FrontierFeePer1kSteps,
            Key::VolumeGrowth,
        ])
    };
    if on.cloud == Cloud::Azure {
        assumptions.insert(Key::AzureFrontierFrom);
    }
    let amount = b.push_if_positive(spec, formula, assumptions);
    pass.add_run(on.cloud, formula.scaling(), amount);
}
