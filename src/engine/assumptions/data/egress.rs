//! Egress: data transfer out of each cloud, and how much data crosses between clouds.

use super::{PER_GB, RATIONALE_DATE};
use crate::assumptions::spec::Spec;
use crate::assumptions::Confidence::{A, B, C};
use crate::assumptions::{Category, Key, ValueKind};

pub(super) const SPECS: &[Spec] = &[
    Spec {
        key: Key::AwsEgress,
        label: "AWS data transfer out",
        category: Category::Egress,
        unit: "$/GB",
        default: 0.09,
        range: Some((0.05, 0.09)),
        bounds: PER_GB,
        source:
            "pricing-facts.md §2: AWS DTO to internet up to 10 TB/month (wring.co, 2026; finopsforge.com); \
            lower tiers 0.085/0.07/0.05. Seed 000: 'can reach $0.09/GB'. First 100 GB free ignored",
        date: "2026",
        confidence: B,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::AzureEgress,
        label: "Azure data transfer out",
        category: Category::Egress,
        unit: "$/GB",
        default: 0.087,
        range: Some((0.05, 0.181)),
        bounds: PER_GB,
        source:
            "pricing-facts.md §2: Azure internet egress 100 GB–10 TB (MS-T1, Retail Prices API, East US); \
            range across regions and tiers 0.05–0.181 (lucidity.cloud)",
        date: "2026-08-21",
        confidence: A,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::DataRefreshShare,
        label: "Share of a workload's data re-read across clouds each month",
        category: Category::Egress,
        unit: "% of data GB per month",
        default: 20.0,
        range: Some((5.0, 100.0)),
        bounds: (0.0, 1000.0),
        source: "Stated rationale: when data and compute sit apart, a copy is kept near compute and about a \
            fifth of it changes each month; no source gives a share",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::BytesPerToken,
        label: "Bytes of prompt and answer per token",
        category: Category::Egress,
        unit: "bytes/token",
        default: 4.0,
        range: Some((3.0, 6.0)),
        bounds: (0.0, 64.0),
        source:
            "Stated rationale: about four characters of English text per token; no row in pricing-facts.md",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::StateSyncShare,
        label: "Share of agent state synchronised between clouds each month (Both)",
        category: Category::Egress,
        unit: "% of data GB per month",
        default: 50.0,
        range: Some((10.0, 200.0)),
        bounds: (0.0, 1000.0),
        source:
            "Stated rationale: agents on both clouds keep memory in step; half the state changing per month \
            is a middle guess; no source",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
];
