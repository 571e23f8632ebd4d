//! Pricing rules: how list prices turn into what is paid (the Bedrock ratio for GPT
//! models, data-zone premiums, batch and prompt-cache discounts) and fine-tuned model hosting.

use super::{PERCENT, RATIONALE_DATE};
use crate::assumptions::spec::Spec;
use crate::assumptions::Confidence::{A, B, C};
use crate::assumptions::{Category, Key, ValueKind};

pub(super) const SPECS: &[Spec] = &[
    Spec {
        key: Key::AwsOpenAiPriceRatio,
        label: "Bedrock price of unlisted OpenAI GPT models, as a multiple of Azure Global (estimate)",
        category: Category::PricingRules,
        unit: "x Azure price",
        default: 1.1,
        range: Some((1.0, 1.2)),
        bounds: (0.1, 10.0),
        source:
            "DERIVED from pricing-facts.md §1: Bedrock Mantle gpt-5.4 2.75/16.5 and gpt-5.5 5.5/33 vs Azure \
            2.5/15 and 5/30 (litellm mirror L2). Other GPT models have no Bedrock price (§NOT FOUND), so \
            their AWS price is their Azure price times this ratio",
        date: "2026-07-24",
        confidence: B,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::DataZonePremium,
        label: "Azure Data Zone premium over Global when residency is constrained",
        category: Category::PricingRules,
        unit: "x list price",
        default: 1.1,
        range: Some((1.0, 1.1)),
        bounds: (1.0, 3.0),
        source:
            "pricing-facts.md §1 notes: Azure US/EU Data Zone keys cost 1.1x Global (litellm L1+L2); \
            'DataZone ≈ +10% over Global' (GH-54621494706). Applied on Azure only, as a stated rationale: \
            Bedrock's in-region prices keep data in the region, and Mantle's GPT prices are already 1.1x Azure \
            Global (pricing-facts.md does not say which deployment type they are)",
        date: "2026-07-24",
        confidence: B,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::BatchDiscount,
        label: "Batch discount on token prices",
        category: Category::PricingRules,
        unit: "% off",
        default: 50.0,
        range: None,
        bounds: PERCENT,
        source:
            "pricing-facts.md §1 notes: litellm *_batches = 50% of standard (Azure); AWS-BR 'Batch … 50% \
            cost savings vs on-demand'",
        date: "2026-07-24",
        confidence: A,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::BatchShare,
        label: "Share of calls run as 24-hour batch",
        category: Category::PricingRules,
        unit: "% of calls",
        default: 0.0,
        range: Some((0.0, 30.0)),
        bounds: PERCENT,
        source:
            "Stated rationale: workloads are interactive unless your team batches them; no source gives a \
            share",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::CachedInputShare,
        label: "Share of input tokens served from the prompt cache",
        category: Category::PricingRules,
        unit: "% of input tokens",
        default: 0.0,
        range: Some((0.0, 50.0)),
        bounds: PERCENT,
        source:
            "Stated rationale: 0% is conservative; cache reuse depends on prompt design. Cached rates from \
            pricing-facts.md §1. Batch calls are not cached (Bedrock: GH-71160466482)",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::FineTunedHostingPerHour,
        label: "Fine-tuned model hosting (Azure Standard deployment)",
        category: Category::ModelPrices,
        unit: "$/hour per deployed model",
        default: 1.70,
        range: Some((1.70, 2.96)),
        bounds: (0.0, 1000.0),
        source:
            "pricing-facts.md §1b: 1.70 $/hour (MS-FT, Microsoft's 'for example purposes only' figure); high \
            end from the third-party 1,836–2,160 $/month claim (C). On AWS: this x aws.price.openai-ratio \
            (no Bedrock price)",
        date: "2025-11-26",
        confidence: A,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::AgentCachedInputShare,
        label: "Share of an agent step's input served from the prompt cache",
        category: Category::PricingRules,
        unit: "% of input tokens",
        default: 50.0,
        range: Some((20.0, 80.0)),
        bounds: PERCENT,
        source: "Stated rationale: an agent resends its system prompt, tool definitions and the conversation so far at every step, a stable prefix the provider caches; stateless calls use usage.cached-input-share. Cached rates from pricing-facts.md §1",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::ContextCarryShare,
        label: "Share of each agent step's tokens carried into later steps",
        category: Category::PricingRules,
        unit: "% of a step's input + output",
        default: 50.0,
        range: Some((20.0, 100.0)),
        bounds: PERCENT,
        source: "Stated rationale: each step's new input and output stay in the context of every later step of the session, less what summarisation or truncation drops; 100% is a full transcript",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::StepNewInputShare,
        label: "Share of an agent step's input that is new (not the fixed prompt)",
        category: Category::PricingRules,
        unit: "% of tokens in per step",
        default: 30.0,
        range: Some((10.0, 60.0)),
        bounds: PERCENT,
        source: "Stated rationale: the system prompt and tool definitions are sent at every step anyway \
            (they are in tokens in per step); only the step's new input (tool results, user turns) and its \
            output join the context that later steps carry",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::ReasoningTokensPerOutput,
        label: "Hidden reasoning tokens per visible output token (reasoning models)",
        category: Category::PricingRules,
        unit: "tokens/token",
        default: 2.0,
        range: Some((0.5, 5.0)),
        bounds: (0.0, 100.0),
        source: "Stated rationale: o-series, gpt-5 and gpt-oss models bill their hidden reasoning tokens at the output price (pricing-facts.md §1 lists one output price per model); the ratio depends on the reasoning effort set",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::FineTuneTrainingPerMillion,
        label: "Fine-tuning training (supervised, global)",
        category: Category::ModelPrices,
        unit: "$ per 1M training tokens",
        default: 2.0,
        range: Some((2.0, 10.0)),
        bounds: (0.0, 1000.0),
        source: "pricing-facts.md §1b: SFT GPT-4.1 global training 2 $/1M tokens x epochs (MS-FT worked example, 'for example purposes only', for GPT-4.1; applied to every model, so confidence C with a wide range); regional standard 10-30% more. On AWS: this x aws.price.openai-ratio (no Bedrock price)",
        date: "2025-11-26",
        confidence: C,
        kind: ValueKind::Number,
    },
];
