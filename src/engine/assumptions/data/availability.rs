//! Availability dates: when each capability reaches each cloud. Values are `YYYYMM` month
//! codes (`0` = never, where allowed) or whole months.

use super::DATES;
use crate::assumptions::spec::Spec;
use crate::assumptions::Confidence::{B, C};
use crate::assumptions::{Category, Key, ValueKind};

pub(super) const SPECS: &[Spec] = &[
    Spec {
        key: Key::AwsGptFamilyFrom,
        label: "OpenAI GPT family on Bedrock from",
        category: Category::AvailabilityDates,
        unit: "YYYYMM",
        default: 202_609.0,
        range: Some((202_605.0, 202_612.0)),
        bounds: DATES,
        source: "Seed 004: 'Starting in Q3 2026 … the full GPT family … through the Bedrock API' (end of Q3 \
            taken); seed 001: 'in the coming weeks'. Contested: seed 004 alone gives this date, and other seeds contradict several of its claims (a \
            perpetual licence, revenue share on other clouds, a single invoice)",
        date: "2026-04-27",
        confidence: C,
        kind: ValueKind::YearMonth,
    },
    Spec {
        key: Key::AwsFrontierFrom,
        label: "Frontier stateful agents on AWS from",
        category: Category::AvailabilityDates,
        unit: "YYYYMM",
        default: 202_609.0,
        range: Some((202_604.0, 202_612.0)),
        bounds: DATES,
        source: "Seed 004: Agent Builder integration into Bedrock 'September 2026'; seed 002: AWS exclusive \
            third-party distributor of Frontier. Contested: seed 004 alone gives this date, and other seeds contradict several of its claims (a \
            perpetual licence, revenue share on other clouds, a single invoice)",
        date: "2026-04-27",
        confidence: C,
        kind: ValueKind::YearMonth,
    },
    Spec {
        key: Key::AwsFineTuningFrom,
        label: "Fine-tuning and custom endpoints on AWS from",
        category: Category::AvailabilityDates,
        unit: "YYYYMM",
        default: 202_612.0,
        range: Some((202_612.0, 202_706.0)),
        bounds: DATES,
        source: "Seed 004: 'fine-tuning and custom model endpoints by the end of the year' (2026). Contested: seed 004 alone gives this date, and other seeds contradict several of its claims (a \
            perpetual licence, revenue share on other clouds, a single invoice)",
        date: "2026-04-27",
        confidence: C,
        kind: ValueKind::YearMonth,
    },
    Spec {
        key: Key::AwsUsGovernmentFrom,
        label: "OpenAI for US government on AWS from",
        category: Category::AvailabilityDates,
        unit: "YYYYMM",
        default: 202_603.0,
        range: None,
        bounds: DATES,
        source: "Seed 002: 'AWS signed a deal in March 2026 to sell OpenAI technology to US defense and \
            government agencies'",
        date: "2026-04-28",
        confidence: B,
        kind: ValueKind::YearMonth,
    },
    Spec {
        key: Key::AwsSovereignFrom,
        label: "Sovereign / regulated-industry deployments on AWS from",
        category: Category::AvailabilityDates,
        unit: "YYYYMM",
        default: 202_701.0,
        range: Some((202_701.0, 202_712.0)),
        bounds: DATES,
        source: "Seed 004: 'Government and regulated-industry customers will have to wait until 2027 for \
            sovereign cloud deployments' (start of 2027 taken). Contested: seed 004 alone gives this date, and other seeds contradict several of its claims (a \
            perpetual licence, revenue share on other clouds, a single invoice)",
        date: "2026-04-27",
        confidence: C,
        kind: ValueKind::YearMonth,
    },
    Spec {
        key: Key::AzureFrontierFrom,
        label: "Frontier stateful agents on Azure from (0 = not offered)",
        category: Category::AvailabilityDates,
        unit: "YYYYMM or 0",
        default: 0.0,
        range: None,
        bounds: DATES,
        source: "domain.md availability table: Azure offers no Frontier (build on Azure AI Foundry agents \
            instead); seed 001: Microsoft had asserted Frontier 'would continue to be hosted on Azure', so \
            this is an editable rule",
        date: "2026-04-27",
        confidence: C,
        kind: ValueKind::YearMonthOrNever,
    },
    Spec {
        key: Key::AzureFirstWindow,
        label: "Azure-first window for each new OpenAI model",
        category: Category::AvailabilityDates,
        unit: "months",
        default: 3.0,
        range: Some((0.0, 12.0)),
        bounds: (0.0, 36.0),
        source: "Seed 001: products ship 'first on Azure'; whether 'first' means an exclusive window or \
            launch-day parity is undefined. 3 months is a middle guess",
        date: "2026-04-27",
        confidence: C,
        kind: ValueKind::Whole,
    },
];
