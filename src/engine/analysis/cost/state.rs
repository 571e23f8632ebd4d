//! Agent state: stored data and memory events of stateful agents.

use super::builder::Builder;
use super::formula::{Formula, Shape};
use super::lines::Component;
use super::on_cloud::{OnCloud, WorkloadPass};
use crate::engine::assumptions::{Assumptions, Key};
use crate::engine::model::cloud::Cloud;

/// The state is replicated on every cloud the workload uses, whatever the share.
pub(super) fn price(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    if !on.w.kind.is_stateful() {
        return;
    }
    let (keys, label): (&[Key], _) = match on.cloud {
        Cloud::Azure => (
            &[
                Key::AzureStorage,
                Key::MemoryEventsPerStep,
                Key::CosmosRuPerEvent,
                Key::AzureCosmosRu,
                Key::VolumeGrowth,
            ],
            "Agent state: Blob storage + Cosmos DB memory",
        ),
        Cloud::Aws => (
            &[
                Key::AwsStorage,
                Key::MemoryEventsPerStep,
                Key::AwsMemoryEvents,
                Key::VolumeGrowth,
            ],
            "Agent state: S3 storage + AgentCore memory events",
        ),
    };
    let spec = on.line(
        b,
        Component::StateStorage,
        label,
        "data GB x $/GB-month (replica on each cloud used) + memory events (calls x share x events \
         per step) x event price",
        on.cloud,
    );
    let formula = Formula::two(
        Shape::StateStorage { cloud: on.cloud },
        on.w.data_gb * on.disc,
        on.calls * on.share * on.disc,
    );
    let amount = b.push_if_positive(spec, formula, keys.iter().map(|&k| Assumptions::id(k)).collect());
    pass.add_run(on.cloud, formula.scaling(), amount);
}
