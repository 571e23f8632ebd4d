//! Agent runtime: compute and memory of hosted agent sessions on each cloud.

use super::{HOURLY, PERCENT, RATIONALE_DATE};
use crate::assumptions::spec::Spec;
use crate::assumptions::Confidence::{A, B, C};
use crate::assumptions::{Category, Key, ValueKind};

pub(super) const SPECS: &[Spec] = &[
    Spec {
        key: Key::AwsVcpuHour,
        label: "Bedrock AgentCore Runtime CPU",
        category: Category::AgentRuntime,
        unit: "$/vCPU-hour",
        default: 0.0895,
        range: None,
        bounds: HOURLY,
        source: "pricing-facts.md §4: AgentCore Runtime CPU (AWS-AC; elliot-digital.co.uk 2026-05-03)",
        date: "2026-05-03",
        confidence: A,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::AwsGbHour,
        label: "Bedrock AgentCore Runtime memory",
        category: Category::AgentRuntime,
        unit: "$/GB-hour",
        default: 0.00945,
        range: None,
        bounds: HOURLY,
        source: "pricing-facts.md §4: AgentCore Runtime memory (AWS-AC; elliot-digital.co.uk 2026-05-03)",
        date: "2026-05-03",
        confidence: A,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::AzureVcpuHour,
        label: "Azure Foundry Hosted Agent CPU",
        category: Category::AgentRuntime,
        unit: "$/vCPU-hour",
        default: 0.0994,
        range: Some((0.0994, 0.10)),
        bounds: HOURLY,
        source:
            "pricing-facts.md §4: Foundry Hosted Agent compute (MS-T1 Aug 21 2026, MS-T2; MS-T3 rounds to \
            0.10)",
        date: "2026-08-21",
        confidence: A,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::AzureGibHour,
        label: "Azure Foundry Hosted Agent memory",
        category: Category::AgentRuntime,
        unit: "$/GiB-hour",
        default: 0.0118,
        range: Some((0.01, 0.0118)),
        bounds: HOURLY,
        source:
            "pricing-facts.md §4: Foundry Hosted Agent compute (MS-T1 Aug 21 2026, MS-T2; MS-T3 rounds to \
            0.01)",
        date: "2026-08-21",
        confidence: A,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::VcpuPerAgent,
        label: "vCPU per running agent session",
        category: Category::AgentRuntime,
        unit: "vCPU",
        default: 1.0,
        range: Some((0.5, 2.0)),
        bounds: (0.0, 64.0),
        source:
            "pricing-facts.md §4 per-agent-hour rows (DERIVED): AgentCore 1 vCPU + 2 GB; Foundry template \
            0.5 vCPU + 1 GiB; AgentCore session max 2 vCPU + 8 GB",
        date: "2026-08-21",
        confidence: B,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::GbPerAgent,
        label: "Memory per running agent session",
        category: Category::AgentRuntime,
        unit: "GB",
        default: 2.0,
        range: Some((1.0, 8.0)),
        bounds: (0.0, 512.0),
        source: "pricing-facts.md §4 per-agent-hour rows (DERIVED): 1 vCPU + 2 GB; template 1 GiB; max 8 GB",
        date: "2026-08-21",
        confidence: B,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::AwsCpuActiveShare,
        label: "Share of session time AgentCore bills CPU (not I/O wait)",
        category: Category::AgentRuntime,
        unit: "% of agent-hours",
        default: 30.0,
        range: Some((10.0, 70.0)),
        bounds: PERCENT,
        source:
            "pricing-facts.md §4: AgentCore bills CPU actually used, I/O wait not billed (AWS-AC); Foundry \
            bills provisioned size incl. idle (MS-T1). An agent session mostly waits on model calls and \
            tools, so a share well below 100% (the DERIVED per-agent-hour rows assume 100%); the share is \
            a stated rationale within the billing rule",
        date: "2026-08-21",
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::FrontierFeePerAgentHour,
        label: "Frontier platform fee per agent-hour",
        category: Category::AgentRuntime,
        unit: "$/agent-hour",
        default: 0.05,
        range: Some((0.0, 0.25)),
        bounds: HOURLY,
        source: "Stated rationale, no list price: seed 004 expects per-agent-hour and per-transaction pricing for Frontier; wide range from none to about three times Anthropic's 0.08 $/session-hour managed-agent runtime (pricing-facts.md §4, C). Seed 004's claims are contradicted elsewhere",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::FrontierFeePer1kSteps,
        label: "Frontier platform fee per 1,000 agent steps",
        category: Category::AgentRuntime,
        unit: "$ per 1,000 steps",
        default: 0.1,
        range: Some((0.0, 1.0)),
        bounds: HOURLY,
        source: "Stated rationale, no list price: seed 004's per-transaction pricing, above AgentCore Gateway's 0.005-0.025 $ per 1,000 invocations (pricing-facts.md §4) because a platform fee prices orchestration and memory too, not only tool calls; wide range from none to 10x",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
];
