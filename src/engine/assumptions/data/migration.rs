//! Migration: moving workloads and data between clouds.

use super::{PER_GB, RATIONALE_DATE};
use crate::engine::assumptions::spec::Spec;
use crate::engine::assumptions::Confidence::{B, C};
use crate::engine::assumptions::{Category, Key, ValueKind};

pub(super) const SPECS: &[Spec] = &[
    Spec {
        key: Key::RehostPerWorkload,
        label: "Moving a stateless workload to another cloud",
        category: Category::Migration,
        unit: "$/workload",
        default: 8_500.0,
        range: Some((800.0, 12_000.0)),
        bounds: (0.0, 1e8),
        source: "pricing-facts.md §7: rehost 40–50 engineering hours, 5,000–12,000 $ per application \
            (cloudcalcep.com); vantagecost.co says 800–2,000. The sources disagree, so the range spans both",
        date: "undated",
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::ReplatformHours,
        label: "Re-platforming a stateful agent workload",
        category: Category::Migration,
        unit: "engineering hours",
        default: 115.0,
        range: Some((80.0, 150.0)),
        bounds: (0.0, 100_000.0),
        source: "pricing-facts.md §7: replatform effort 80–150 engineering hours per application \
            (cloudcalcep.com); priced at the architect's hourly rate",
        date: "undated",
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::OnlineTransferPerGb,
        label: "Bulk data transfer from on-premises (AWS DataSync)",
        category: Category::Migration,
        unit: "$/GB",
        default: 0.0125,
        range: None,
        bounds: PER_GB,
        source: "pricing-facts.md §7: AWS DataSync 0.0125 $/GB (GH-4161520496, GH-70098252785)",
        date: "undated",
        confidence: B,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::FoundryBuildHours,
        label: "Extra effort to build a stateful agent on Azure AI Foundry instead of Frontier",
        category: Category::Migration,
        unit: "engineering hours",
        default: 115.0,
        range: Some((80.0, 150.0)),
        bounds: (0.0, 100_000.0),
        source: "Stated rationale: memory, identity and orchestration that Frontier provides must be built; \
            sized as one re-platforming effort (pricing-facts.md §7, 80–150 h); domain.md availability table",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
];
