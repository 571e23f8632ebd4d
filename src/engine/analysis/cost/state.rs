//! Agent state: the agent's data in object storage, and its memory (writes, reads and the items
//! kept) in the same kind of service on both clouds.

use super::builder::Builder;
use super::formula::{Formula, Shape};
use super::lines::Component;
use super::on_cloud::{OnCloud, WorkloadPass};
use crate::assumptions::{AssumptionSet, Key};
use crate::model::cloud::Cloud;

/// The data is replicated on every cloud the workload uses, whatever the share; memory
/// follows the traffic.
pub(super) fn price(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    if !on.w.kind.is_stateful() {
        return;
    }
    price_data(b, on, pass);
    price_memory(b, on, pass);
}

fn price_data(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    let (assumptions, label) = match on.cloud {
        Cloud::Azure => (
            const { AssumptionSet::of(&[Key::AzureStorage, Key::VolumeGrowth]) },
            "Agent data: Blob storage (object storage on both clouds)",
        ),
        Cloud::Aws => (
            const { AssumptionSet::of(&[Key::AwsStorage, Key::VolumeGrowth]) },
            "Agent data: S3 storage (object storage on both clouds)",
        ),
    };
    let spec = on.line(
        b,
        Component::StateStorage,
        label,
        "data GB x $/GB-month (a replica on each cloud used)",
        on.cloud,
    );
    let formula = Formula::new(Shape::StateStorage { cloud: on.cloud }, on.w.data_gb * on.disc);
    let amount = b.push_if_positive(spec, formula, assumptions);
    pass.add_run(on.cloud, formula.scaling(), amount);
}

fn price_memory(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    let managed = on.cloud == Cloud::Aws && b.ctx.r.get(Key::AwsMemoryService) >= 0.5;
    let common = const {
        AssumptionSet::of(&[
            Key::AwsMemoryService,
            Key::MemoryEventsPerStep,
            Key::MemoryReadsPerEvent,
            Key::MemoryKbPerEvent,
            Key::MemoryRetentionMonths,
            Key::VolumeGrowth,
        ])
    };
    let (own, label, how) = match (on.cloud, managed) {
        (Cloud::Azure, _) => (
            const {
                AssumptionSet::of(&[
                    Key::CosmosRuPerEvent,
                    Key::CosmosRuPerRead,
                    Key::AzureCosmosRu,
                    Key::AzureCosmosStorage,
                ])
            },
            "Agent memory: Cosmos DB (compared with DynamoDB on AWS: key-value store on both)",
            "steps x events per step x ((RU per write + reads x RU per read) x $/1M RU + KB x months \
             kept / 1M x $/GB-month)",
        ),
        (Cloud::Aws, false) => (
            const { AssumptionSet::of(&[Key::AwsKvWrite, Key::AwsKvRead, Key::AwsKvStorage]) },
            "Agent memory: DynamoDB (compared with Cosmos DB on Azure: key-value store on both)",
            "steps x events per step x ((1 WRU per KB x $/1M WRU + reads x 1 RRU per 4 KB x $/1M \
             RRU) + KB x months kept / 1M x $/GB-month)",
        ),
        (Cloud::Aws, true) => (
            const {
                AssumptionSet::of(&[
                    Key::AwsMemoryEvents,
                    Key::AwsMemoryRetrievals,
                    Key::AwsMemoryRecords,
                    Key::MemoryRecordsPerSession,
                ])
            },
            "Agent memory: AgentCore Memory, managed (Azure is priced as Cosmos DB: no managed \
             agent-memory price)",
            "steps x events per step x ($ per 1,000 events + reads x $ per 1,000 retrievals) / 1,000 + \
             sessions x long-term records x months kept x $ per 1,000 records a month / 1,000",
        ),
    };
    let spec = on.line(b, Component::StateStorage, label, how, on.cloud);
    let sessions = on.w.monthly_volume * on.share * on.disc;
    let formula = Formula::two(
        Shape::AgentMemory { cloud: on.cloud },
        on.calls * on.share * on.disc,
        sessions,
    );
    let assumptions = own.union(common);
    let amount = b.push_if_positive(spec, formula, assumptions);
    pass.add_run(on.cloud, formula.scaling(), amount);
}
