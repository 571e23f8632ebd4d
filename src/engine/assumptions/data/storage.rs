//! Storage: object storage and agent memory (AgentCore Memory events, Cosmos DB request units).

use super::{HOURLY, PER_GB, RATIONALE_DATE};
use crate::engine::assumptions::spec::Spec;
use crate::engine::assumptions::Confidence::{A, B, C};
use crate::engine::assumptions::{Category, Key, ValueKind};

pub(super) const SPECS: &[Spec] = &[
    Spec {
        key: Key::AwsStorage,
        label: "Amazon S3 Standard storage",
        category: Category::Storage,
        unit: "$/GB-month",
        default: 0.023,
        range: None,
        bounds: PER_GB,
        source: "pricing-facts.md §3: S3 Standard first 50 TB (cloudburn.io, US East, as of March 2026)",
        date: "2026-03-13",
        confidence: B,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::AzureStorage,
        label: "Azure Blob Storage Hot LRS",
        category: Category::Storage,
        unit: "$/GB-month",
        default: 0.018,
        range: Some((0.018, 0.0184)),
        bounds: PER_GB,
        source: "pricing-facts.md §3: ~0.018 (cal53.calculator.city; GH-51983722649), 0.0184 LRS; no \
            Microsoft-authored figure found",
        date: "undated",
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::AwsMemoryEvents,
        label: "AgentCore Memory short-term events",
        category: Category::Storage,
        unit: "$ per 1,000 events",
        default: 0.25,
        range: None,
        bounds: HOURLY,
        source: "pricing-facts.md §4: AgentCore Memory short-term events (AWS-AC, 'Published rate')",
        date: "undated",
        confidence: A,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::AzureCosmosRu,
        label: "Azure Cosmos DB serverless request units (agent memory)",
        category: Category::Storage,
        unit: "$ per 1M RU",
        default: 0.25,
        range: None,
        bounds: HOURLY,
        source:
            "pricing-facts.md §3: Cosmos DB serverless RUs (GH-69715607306, Retail Prices API, East US 2)",
        date: "2026-09-26",
        confidence: B,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::MemoryEventsPerStep,
        label: "Memory events written per agent step",
        category: Category::Storage,
        unit: "events/step",
        default: 1.0,
        range: Some((1.0, 3.0)),
        bounds: (0.0, 1000.0),
        source: "Stated rationale: one short-term memory event per model call",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::CosmosRuPerEvent,
        label: "Cosmos DB request units per memory event (Azure)",
        category: Category::Storage,
        unit: "RU/event",
        default: 10.0,
        range: Some((5.0, 20.0)),
        bounds: (0.0, 10_000.0),
        source: "Stated rationale: a small (~1 KB) write plus a read-back; no row in pricing-facts.md",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
];
