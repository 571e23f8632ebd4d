//! Agent runtime: Foundry hosted agents on Azure, AgentCore on AWS.

use super::builder::Builder;
use super::formula::{Formula, Shape};
use super::lines::Component;
use super::on_cloud::{OnCloud, WorkloadPass};
use crate::engine::assumptions::{Assumptions, Key};
use crate::engine::model::cloud::Cloud;

pub(super) fn price(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    if !(on.share > 0.0 && on.hours > 0.0) {
        return;
    }
    let (keys, label): (&[Key], _) = match on.cloud {
        Cloud::Azure => (
            &[
                Key::VcpuPerAgent,
                Key::GbPerAgent,
                Key::AzureVcpuHour,
                Key::AzureGibHour,
                Key::VolumeGrowth,
            ],
            "Foundry hosted agent runtime",
        ),
        Cloud::Aws => (
            &[
                Key::VcpuPerAgent,
                Key::GbPerAgent,
                Key::AwsVcpuHour,
                Key::AwsCpuActiveShare,
                Key::AwsGbHour,
                Key::VolumeGrowth,
            ],
            "AgentCore runtime",
        ),
    };
    let spec = on.line(
        b,
        Component::AgentRuntime,
        label,
        "agent-hours (sessions x hours per session) x share x (vCPU x $/vCPU-h + memory x $/GB-h)",
        on.cloud,
    );
    let formula = Formula::new(
        Shape::AgentRuntime { cloud: on.cloud },
        on.hours * on.share * on.disc,
    );
    let amount = b.push(spec, formula, keys.iter().map(|&k| Assumptions::id(k)).collect());
    pass.add_run(on.cloud, formula.scaling(), amount);
}
