//! Every price, rate and rule the engine uses, with its unit, source, date and range.
//!
//! The registry is built once (it is the same for every scenario); a scenario only carries
//! overrides by id. Ids are stable strings because they are stored in saved scenarios and
//! share links. Month-valued rules (availability dates) are encoded as `YYYYMM` numbers,
//! e.g. `202609` for September 2026, so that they read naturally in the assumptions table;
//! `0` means "never" where a rule allows it.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::catalog::Model;
use super::scenario::YearMonth;

/// Grouping for the assumptions panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    ModelPrices,
    PricingRules,
    Egress,
    Storage,
    AgentRuntime,
    Tooling,
    People,
    Audits,
    Migration,
    GrowthAndDiscounts,
    AvailabilityDates,
}

impl Category {
    pub const ALL: [Category; 11] = [
        Category::ModelPrices,
        Category::PricingRules,
        Category::Egress,
        Category::Storage,
        Category::AgentRuntime,
        Category::Tooling,
        Category::People,
        Category::Audits,
        Category::Migration,
        Category::GrowthAndDiscounts,
        Category::AvailabilityDates,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Category::ModelPrices => "Model prices",
            Category::PricingRules => "Pricing rules",
            Category::Egress => "Egress",
            Category::Storage => "Storage",
            Category::AgentRuntime => "Agent runtime",
            Category::Tooling => "Tooling",
            Category::People => "People",
            Category::Audits => "Audits",
            Category::Migration => "Migration",
            Category::GrowthAndDiscounts => "Growth & discounts",
            Category::AvailabilityDates => "Availability dates",
        }
    }
}

/// Confidence key of pricing-facts.md: A provider-authored, B dated third party quoting the
/// provider, C vendor estimate, undated source or a stated rationale (order of magnitude only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Confidence {
    A,
    B,
    C,
}

/// How a value is read and checked beyond its bounds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ValueKind {
    Number,
    Whole,
    /// `YYYYMM`, e.g. 202609.
    YearMonth,
    /// `YYYYMM`, or 0 for "never".
    YearMonthOrNever,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assumption {
    pub id: String,
    pub label: String,
    pub category: Category,
    pub unit: &'static str,
    pub kind: ValueKind,
    pub default: f64,
    /// Plausible (low, high) around the default, where the sources give one; the default
    /// is the most likely value. A later issue samples it.
    pub range: Option<(f64, f64)>,
    /// Validity bounds for user overrides (inclusive).
    pub min: f64,
    pub max: f64,
    pub source: String,
    pub source_date: &'static str,
    pub confidence: Confidence,
}

impl Assumption {
    /// Reads what a user typed: numbers may carry thousands separators; months may be
    /// written `2026-09` or `202609`; "never" (or 0) where the rule allows it.
    pub fn parse(&self, text: &str) -> Result<f64, AssumptionError> {
        let t = text.trim();
        let value = if matches!(self.kind, ValueKind::YearMonth | ValueKind::YearMonthOrNever) {
            if self.kind == ValueKind::YearMonthOrNever && t.eq_ignore_ascii_case("never") {
                Some(0.0)
            } else if let Some((y, m)) = t.split_once('-') {
                match (y.trim().parse::<i32>(), m.trim().parse::<u8>()) {
                    (Ok(y), Ok(m)) => YearMonth::new(y, m).map(year_month_code),
                    _ => None,
                }
            } else {
                t.parse::<f64>().ok()
            }
        } else {
            let cleaned: String = t.chars().filter(|c| !matches!(c, ',' | '_' | ' ')).collect();
            cleaned.parse::<f64>().ok()
        };
        let value = value.ok_or_else(|| AssumptionError::Invalid {
            id: self.id.clone(),
            label: self.label.clone(),
            problem: Problem::NotANumber {
                text: t.chars().take(40).collect(),
            },
        })?;
        self.check(value)?;
        Ok(value)
    }

    /// A value as the assumptions table shows it: months as `2026-09`, 0 as "never".
    pub fn display_value(&self, value: f64) -> String {
        match self.kind {
            ValueKind::YearMonth | ValueKind::YearMonthOrNever => {
                year_month_from_code(value).map_or_else(|| "never".to_owned(), |ym| ym.to_string())
            }
            _ => format!("{value}"),
        }
    }

    /// Checks a proposed value for this assumption.
    pub fn check(&self, value: f64) -> Result<(), AssumptionError> {
        let err = |problem| AssumptionError::Invalid {
            id: self.id.clone(),
            label: self.label.clone(),
            problem,
        };
        if !value.is_finite() {
            return Err(err(Problem::NotFinite));
        }
        if self.kind == ValueKind::YearMonthOrNever && value == 0.0 {
            return Ok(());
        }
        if matches!(
            self.kind,
            ValueKind::Whole | ValueKind::YearMonth | ValueKind::YearMonthOrNever
        ) && value.fract() != 0.0
        {
            return Err(err(Problem::NotWhole { value }));
        }
        if matches!(self.kind, ValueKind::YearMonth | ValueKind::YearMonthOrNever) {
            let month = (value as i64).rem_euclid(100);
            if !(1..=12).contains(&month) {
                return Err(err(Problem::NotYearMonth { value }));
            }
        }
        if value < self.min {
            return Err(err(if value < 0.0 && self.min >= 0.0 {
                Problem::Negative { value }
            } else {
                Problem::BelowMinimum {
                    value,
                    min: self.min,
                    unit: self.unit,
                }
            }));
        }
        if value > self.max {
            return Err(err(Problem::AboveMaximum {
                value,
                max: self.max,
                unit: self.unit,
            }));
        }
        Ok(())
    }
}

/// Why a value was refused.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Problem {
    NotANumber {
        text: String,
    },
    NotFinite,
    Negative {
        value: f64,
    },
    BelowMinimum {
        value: f64,
        min: f64,
        unit: &'static str,
    },
    AboveMaximum {
        value: f64,
        max: f64,
        unit: &'static str,
    },
    NotWhole {
        value: f64,
    },
    NotYearMonth {
        value: f64,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::NotANumber { text } => write!(f, "must be a number (got \"{text}\")"),
            Problem::NotFinite => f.write_str("must be a finite number"),
            Problem::Negative { value } => write!(f, "cannot be negative (got {value})"),
            Problem::BelowMinimum { value, min, unit } => {
                write!(f, "must be at least {min} {unit} (got {value})")
            }
            Problem::AboveMaximum { value, max, unit } => {
                write!(f, "must be at most {max} {unit} (got {value})")
            }
            Problem::NotWhole { value } => write!(f, "must be a whole number (got {value})"),
            Problem::NotYearMonth { value } => {
                write!(f, "must be a month written YYYYMM, e.g. 202609 (got {value})")
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum AssumptionError {
    #[error("there is no assumption with the id \"{id}\"")]
    Unknown { id: String },
    #[error("{label} ({id}) {problem}")]
    Invalid {
        id: String,
        label: String,
        problem: Problem,
    },
}

impl AssumptionError {
    pub fn id(&self) -> &str {
        match self {
            AssumptionError::Unknown { id } | AssumptionError::Invalid { id, .. } => id,
        }
    }
}

/// Scalar assumptions (everything except per-model token prices), in registry order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Key {
    AwsOpenAiPriceRatio,
    DataZonePremium,
    BatchDiscount,
    BatchShare,
    CachedInputShare,
    FineTunedHostingPerHour,
    AwsEgress,
    AzureEgress,
    DataRefreshShare,
    BytesPerToken,
    StateSyncShare,
    AwsStorage,
    AzureStorage,
    AwsMemoryEvents,
    AzureCosmosRu,
    MemoryEventsPerStep,
    CosmosRuPerEvent,
    AwsVcpuHour,
    AwsGbHour,
    AzureVcpuHour,
    AzureGibHour,
    VcpuPerAgent,
    GbPerAgent,
    AwsCpuActiveShare,
    LogGbPerMonth,
    AwsLogIngest,
    AzureLogIngest,
    ProtectedServers,
    AzureDefenderPerServer,
    CloudTrailMillionEvents,
    AwsGuardDutyPerMillionEvents,
    FlowLogGb,
    AwsGuardDutyPerFlowGb,
    ArchitectCost,
    MultiCloudFte,
    WorkingHours,
    AuditSoc2,
    AuditHipaa,
    AuditGdpr,
    AuditIso27001,
    RehostPerWorkload,
    ReplatformHours,
    OnlineTransferPerGb,
    FoundryBuildHours,
    VolumeGrowth,
    TokenPriceDecline,
    AwsGptFamilyFrom,
    AwsFrontierFrom,
    AwsFineTuningFrom,
    AwsUsGovernmentFrom,
    AwsSovereignFrom,
    AzureFrontierFrom,
    AzureFirstWindow,
}

/// Which way a value is defined: (id, label, category, unit, kind, default, range, min, max,
/// source, date, confidence).
struct Spec {
    key: Key,
    id: &'static str,
    label: &'static str,
    category: Category,
    unit: &'static str,
    kind: ValueKind,
    default: f64,
    range: Option<(f64, f64)>,
    min: f64,
    max: f64,
    source: &'static str,
    date: &'static str,
    confidence: Confidence,
}

const PF: &str = "pricing-facts.md";
const RATIONALE_DATE: &str = "2026-11-22 (stated rationale)";

#[allow(clippy::too_many_arguments)]
const fn spec(
    key: Key,
    id: &'static str,
    label: &'static str,
    category: Category,
    unit: &'static str,
    default: f64,
    range: Option<(f64, f64)>,
    bounds: (f64, f64),
    source: &'static str,
    date: &'static str,
    confidence: Confidence,
) -> Spec {
    Spec {
        key,
        id,
        label,
        category,
        unit,
        kind: ValueKind::Number,
        default,
        range,
        min: bounds.0,
        max: bounds.1,
        source,
        date,
        confidence,
    }
}

const fn kind(mut s: Spec, kind: ValueKind) -> Spec {
    s.kind = kind;
    s
}

const PERCENT: (f64, f64) = (0.0, 100.0);
const PER_GB: (f64, f64) = (0.0, 100.0);
const HOURLY: (f64, f64) = (0.0, 100.0);
const DATES: (f64, f64) = (202_401.0, 204_012.0);

use Category as C;
use Confidence::{A, B, C as Cc};

const SCALARS: &[Spec] = &[
    // Pricing rules.
    spec(
        Key::AwsOpenAiPriceRatio,
        "aws.price.openai-ratio",
        "Bedrock price of OpenAI GPT models, as a multiple of Azure's",
        C::PricingRules,
        "x Azure price",
        1.1,
        Some((1.0, 1.2)),
        (0.1, 10.0),
        "DERIVED from pricing-facts.md §1: Bedrock Mantle gpt-5.4 2.75/16.5 and gpt-5.5 5.5/33 vs Azure \
         2.5/15 and 5/30 (litellm mirror L2). Other GPT models have no Bedrock price (§NOT FOUND), so \
         their AWS price is their Azure price times this ratio",
        "2026-07-24",
        B,
    ),
    spec(
        Key::DataZonePremium,
        "pricing.data-zone-premium",
        "Data-zone / regional premium when residency is constrained",
        C::PricingRules,
        "x list price",
        1.1,
        Some((1.0, 1.1)),
        (1.0, 3.0),
        "pricing-facts.md §1 notes: Azure US/EU Data Zone keys cost 1.1x Global (litellm L1+L2); \
         Bedrock CRIS geo keys 1.1x; 'DataZone ≈ +10% over Global' (GH-54621494706)",
        "2026-07-24",
        B,
    ),
    spec(
        Key::BatchDiscount,
        "pricing.batch-discount",
        "Batch discount on token prices",
        C::PricingRules,
        "% off",
        50.0,
        None,
        PERCENT,
        "pricing-facts.md §1 notes: litellm *_batches = 50% of standard (Azure); AWS-BR 'Batch … 50% \
         cost savings vs on-demand'",
        "2026-07-24",
        A,
    ),
    spec(
        Key::BatchShare,
        "usage.batch-share",
        "Share of calls run as 24-hour batch",
        C::PricingRules,
        "% of calls",
        0.0,
        Some((0.0, 30.0)),
        PERCENT,
        "Stated rationale: workloads are interactive unless your team batches them; no source gives a share",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::CachedInputShare,
        "usage.cached-input-share",
        "Share of input tokens served from the prompt cache",
        C::PricingRules,
        "% of input tokens",
        0.0,
        Some((0.0, 50.0)),
        PERCENT,
        "Stated rationale: 0% is conservative; cache reuse depends on prompt design. Cached rates from \
         pricing-facts.md §1. Batch calls are not cached (Bedrock: GH-71160466482)",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::FineTunedHostingPerHour,
        "azure.fine-tuning.hosting-per-hour",
        "Fine-tuned model hosting (Azure Standard deployment)",
        C::ModelPrices,
        "$/hour per deployed model",
        1.70,
        Some((1.70, 2.96)),
        (0.0, 1000.0),
        "pricing-facts.md §1b: 1.70 $/hour (MS-FT, Microsoft's 'for example purposes only' figure); high end \
         from the third-party 1,836–2,160 $/month claim (C). On AWS: this x aws.price.openai-ratio (no \
         Bedrock price)",
        "2025-11-26",
        A,
    ),
    // Egress.
    spec(
        Key::AwsEgress,
        "aws.egress.per-gb",
        "AWS data transfer out",
        C::Egress,
        "$/GB",
        0.09,
        Some((0.05, 0.09)),
        PER_GB,
        "pricing-facts.md §2: AWS DTO to internet up to 10 TB/month (wring.co, 2026; finopsforge.com); \
         lower tiers 0.085/0.07/0.05. Seed 000: 'can reach $0.09/GB'. First 100 GB free ignored",
        "2026",
        B,
    ),
    spec(
        Key::AzureEgress,
        "azure.egress.per-gb",
        "Azure data transfer out",
        C::Egress,
        "$/GB",
        0.087,
        Some((0.05, 0.181)),
        PER_GB,
        "pricing-facts.md §2: Azure internet egress 100 GB–10 TB (MS-T1, Retail Prices API, East US); \
         range across regions and tiers 0.05–0.181 (lucidity.cloud)",
        "2026-08-21",
        A,
    ),
    spec(
        Key::DataRefreshShare,
        "egress.data-refresh-share",
        "Share of a workload's data re-read across clouds each month",
        C::Egress,
        "% of data GB per month",
        20.0,
        Some((5.0, 100.0)),
        (0.0, 1000.0),
        "Stated rationale: when data and compute sit apart, a copy is kept near compute and about a \
         fifth of it changes each month; no source gives a share",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::BytesPerToken,
        "egress.bytes-per-token",
        "Bytes of prompt and answer per token",
        C::Egress,
        "bytes/token",
        4.0,
        Some((3.0, 6.0)),
        (0.0, 64.0),
        "Stated rationale: about four characters of English text per token; no row in pricing-facts.md",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::StateSyncShare,
        "egress.state-sync-share",
        "Share of agent state synchronised between clouds each month (Both)",
        C::Egress,
        "% of data GB per month",
        50.0,
        Some((10.0, 200.0)),
        (0.0, 1000.0),
        "Stated rationale: agents on both clouds keep memory in step; half the state changing per month \
         is a middle guess; no source",
        RATIONALE_DATE,
        Cc,
    ),
    // Storage.
    spec(
        Key::AwsStorage,
        "aws.storage.per-gb-month",
        "Amazon S3 Standard storage",
        C::Storage,
        "$/GB-month",
        0.023,
        None,
        PER_GB,
        "pricing-facts.md §3: S3 Standard first 50 TB (cloudburn.io, US East, as of March 2026)",
        "2026-03-13",
        B,
    ),
    spec(
        Key::AzureStorage,
        "azure.storage.per-gb-month",
        "Azure Blob Storage Hot LRS",
        C::Storage,
        "$/GB-month",
        0.018,
        Some((0.018, 0.0184)),
        PER_GB,
        "pricing-facts.md §3: ~0.018 (cal53.calculator.city; GH-51983722649), 0.0184 LRS; no \
         Microsoft-authored figure found",
        "undated",
        Cc,
    ),
    spec(
        Key::AwsMemoryEvents,
        "aws.agent.memory-events-per-1000",
        "AgentCore Memory short-term events",
        C::Storage,
        "$ per 1,000 events",
        0.25,
        None,
        HOURLY,
        "pricing-facts.md §4: AgentCore Memory short-term events (AWS-AC, 'Published rate')",
        "undated",
        A,
    ),
    spec(
        Key::AzureCosmosRu,
        "azure.storage.cosmos-per-million-ru",
        "Azure Cosmos DB serverless request units (agent memory)",
        C::Storage,
        "$ per 1M RU",
        0.25,
        None,
        HOURLY,
        "pricing-facts.md §3: Cosmos DB serverless RUs (GH-69715607306, Retail Prices API, East US 2)",
        "2026-09-26",
        B,
    ),
    spec(
        Key::MemoryEventsPerStep,
        "agent.memory-events-per-step",
        "Memory events written per agent step",
        C::Storage,
        "events/step",
        1.0,
        Some((1.0, 3.0)),
        (0.0, 1000.0),
        "Stated rationale: one short-term memory event per model call",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::CosmosRuPerEvent,
        "agent.cosmos-ru-per-event",
        "Cosmos DB request units per memory event (Azure)",
        C::Storage,
        "RU/event",
        10.0,
        Some((5.0, 20.0)),
        (0.0, 10_000.0),
        "Stated rationale: a small (~1 KB) write plus a read-back; no row in pricing-facts.md",
        RATIONALE_DATE,
        Cc,
    ),
    // Agent runtime.
    spec(
        Key::AwsVcpuHour,
        "aws.agent.vcpu-hour",
        "Bedrock AgentCore Runtime CPU",
        C::AgentRuntime,
        "$/vCPU-hour",
        0.0895,
        None,
        HOURLY,
        "pricing-facts.md §4: AgentCore Runtime CPU (AWS-AC; elliot-digital.co.uk 2026-05-03)",
        "2026-05-03",
        A,
    ),
    spec(
        Key::AwsGbHour,
        "aws.agent.gb-hour",
        "Bedrock AgentCore Runtime memory",
        C::AgentRuntime,
        "$/GB-hour",
        0.00945,
        None,
        HOURLY,
        "pricing-facts.md §4: AgentCore Runtime memory (AWS-AC; elliot-digital.co.uk 2026-05-03)",
        "2026-05-03",
        A,
    ),
    spec(
        Key::AzureVcpuHour,
        "azure.agent.vcpu-hour",
        "Azure Foundry Hosted Agent CPU",
        C::AgentRuntime,
        "$/vCPU-hour",
        0.0994,
        Some((0.0994, 0.10)),
        HOURLY,
        "pricing-facts.md §4: Foundry Hosted Agent compute (MS-T1 Aug 21 2026, MS-T2; MS-T3 rounds to 0.10)",
        "2026-08-21",
        A,
    ),
    spec(
        Key::AzureGibHour,
        "azure.agent.gib-hour",
        "Azure Foundry Hosted Agent memory",
        C::AgentRuntime,
        "$/GiB-hour",
        0.0118,
        Some((0.01, 0.0118)),
        HOURLY,
        "pricing-facts.md §4: Foundry Hosted Agent compute (MS-T1 Aug 21 2026, MS-T2; MS-T3 rounds to 0.01)",
        "2026-08-21",
        A,
    ),
    spec(
        Key::VcpuPerAgent,
        "agent.vcpu",
        "vCPU per running agent session",
        C::AgentRuntime,
        "vCPU",
        1.0,
        Some((0.5, 2.0)),
        (0.0, 64.0),
        "pricing-facts.md §4 per-agent-hour rows (DERIVED): AgentCore 1 vCPU + 2 GB; Foundry template \
         0.5 vCPU + 1 GiB; AgentCore session max 2 vCPU + 8 GB",
        "2026-08-21",
        B,
    ),
    spec(
        Key::GbPerAgent,
        "agent.memory-gb",
        "Memory per running agent session",
        C::AgentRuntime,
        "GB",
        2.0,
        Some((1.0, 8.0)),
        (0.0, 512.0),
        "pricing-facts.md §4 per-agent-hour rows (DERIVED): 1 vCPU + 2 GB; template 1 GiB; max 8 GB",
        "2026-08-21",
        B,
    ),
    spec(
        Key::AwsCpuActiveShare,
        "aws.agent.cpu-active-share",
        "Share of session time AgentCore bills CPU (not I/O wait)",
        C::AgentRuntime,
        "% of agent-hours",
        100.0,
        Some((50.0, 100.0)),
        PERCENT,
        "pricing-facts.md §4: AgentCore bills CPU actually used, I/O wait not billed (AWS-AC); Foundry \
         bills provisioned size incl. idle (MS-T1). 100% matches the DERIVED per-agent-hour rows",
        "2026-08-21",
        B,
    ),
    // Tooling.
    spec(
        Key::LogGbPerMonth,
        "tooling.log-gb-per-month",
        "Logs ingested per cloud per month for the AI platform",
        C::Tooling,
        "GB/month",
        100.0,
        Some((20.0, 500.0)),
        (0.0, 1e7),
        "Stated rationale: gateway, application and audit logs of a mid-size AI platform; edit to yours",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::AwsLogIngest,
        "aws.tooling.log-ingest-per-gb",
        "Amazon CloudWatch Logs ingestion",
        C::Tooling,
        "$/GB",
        0.50,
        None,
        PER_GB,
        "pricing-facts.md §5: CloudWatch Logs ingestion (monitoringcost.com 2026; GH-68924707500)",
        "2026",
        B,
    ),
    spec(
        Key::AzureLogIngest,
        "azure.tooling.log-ingest-per-gb",
        "Azure Monitor Log Analytics ingestion",
        C::Tooling,
        "$/GB",
        2.30,
        Some((2.30, 2.76)),
        PER_GB,
        "pricing-facts.md §5: Analytics Logs ~2.30 (monitoringcost.com 2026); 2.76 (GH-69764563965, \
         checked 2026-09-22): sources disagree. First 5 GB free ignored",
        "2026",
        B,
    ),
    spec(
        Key::ProtectedServers,
        "tooling.protected-servers",
        "Servers/resources under threat protection per cloud",
        C::Tooling,
        "servers",
        10.0,
        Some((5.0, 50.0)),
        (0.0, 1e6),
        "Stated rationale: gateways, vector stores and agent hosts of one AI platform; edit to yours",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::AzureDefenderPerServer,
        "azure.tooling.defender-per-server-month",
        "Microsoft Defender for Servers Plan 2",
        C::Tooling,
        "$/server-month",
        15.0,
        Some((5.0, 15.0)),
        (0.0, 10_000.0),
        "pricing-facts.md §5: Defender for Servers Plan 2 ~15, Plan 1 ~5 (microsoftnegotiations.com; \
         GH-53027721504)",
        "undated",
        Cc,
    ),
    spec(
        Key::CloudTrailMillionEvents,
        "tooling.cloudtrail-million-events-per-month",
        "CloudTrail management events analysed per month (AWS)",
        C::Tooling,
        "million events/month",
        5.0,
        Some((1.0, 20.0)),
        (0.0, 1e6),
        "Stated rationale: a few accounts of API activity; edit to yours",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::AwsGuardDutyPerMillionEvents,
        "aws.tooling.guardduty-per-million-events",
        "Amazon GuardDuty CloudTrail event analysis",
        C::Tooling,
        "$ per 1M events",
        4.0,
        None,
        (0.0, 1000.0),
        "pricing-facts.md §5: GuardDuty foundational analysis (GH-57358737783 read 2026-08-02; \
         factualminds.com)",
        "2026-08-02",
        B,
    ),
    spec(
        Key::FlowLogGb,
        "tooling.flow-log-gb-per-month",
        "VPC flow and DNS logs analysed per month (AWS)",
        C::Tooling,
        "GB/month",
        50.0,
        Some((10.0, 200.0)),
        (0.0, 1e7),
        "Stated rationale: network logs of one AI platform; edit to yours",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::AwsGuardDutyPerFlowGb,
        "aws.tooling.guardduty-per-flow-gb",
        "Amazon GuardDuty VPC flow and DNS log analysis",
        C::Tooling,
        "$/GB",
        1.0,
        None,
        PER_GB,
        "pricing-facts.md §5: GuardDuty VPC Flow + DNS, first 500 GB (GH-57358737783 read 2026-08-02)",
        "2026-08-02",
        B,
    ),
    // People.
    spec(
        Key::ArchitectCost,
        "people.architect-cost-per-year",
        "Fully loaded cloud architect / security engineer",
        C::People,
        "$/year",
        186_000.0,
        Some((146_000.0, 282_500.0)),
        (0.0, 5e6),
        "DERIVED, pricing-facts.md §6: BLS median 130,390 x 1.43 (1/0.701 ECEC benefit share); range p25 \
         102,120 x 1.43 to p90 ≈282,500",
        "May 2024 wages",
        B,
    ),
    spec(
        Key::MultiCloudFte,
        "people.multicloud-fte",
        "Extra headcount when two clouds are in use",
        C::People,
        "FTE",
        1.0,
        Some((0.5, 2.0)),
        (0.0, 1000.0),
        "Stated rationale: seed 000 lists 'additional headcount for multi-cloud expertise (cloud architects, \
         security engineers)' without a number; one person to own the second platform's identity, network \
         and security posture",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::WorkingHours,
        "people.working-hours-per-year",
        "Working hours per person per year",
        C::People,
        "hours/year",
        1800.0,
        Some((1700.0, 2080.0)),
        (1.0, 4000.0),
        "Stated rationale: 2,080 paid hours less holidays and leave; turns the yearly cost into an \
         hourly rate",
        RATIONALE_DATE,
        Cc,
    ),
    // Audits.
    spec(
        Key::AuditSoc2,
        "audit.soc2.per-cloud-year",
        "SOC 2 Type 2 audit, per cloud per year",
        C::Audits,
        "$/year",
        50_000.0,
        Some((25_000.0, 75_000.0)),
        (0.0, 1e8),
        "pricing-facts.md §6: SOC 2 Type 2 audit fee 25,000–75,000 (strac.io); default is the midpoint",
        "2026-05-26",
        Cc,
    ),
    spec(
        Key::AuditHipaa,
        "audit.hipaa.per-cloud-year",
        "HIPAA risk analysis, per cloud per year",
        C::Audits,
        "$/year",
        15_000.0,
        Some((3_500.0, 40_000.0)),
        (0.0, 1e8),
        "pricing-facts.md §6: HIPAA risk analysis 3,500–4,500 flat fee to 15,000–40,000+ Big 4 \
         (northprivacyadvisors.com); default is the low Big 4 figure",
        "2026-05-31",
        Cc,
    ),
    spec(
        Key::AuditGdpr,
        "audit.gdpr.per-cloud-year",
        "GDPR assessment (DPIA, processor review), per cloud per year",
        C::Audits,
        "$/year",
        20_000.0,
        Some((5_000.0, 50_000.0)),
        (0.0, 1e8),
        "Stated rationale: no source found (pricing-facts.md has no GDPR row); sized between the HIPAA and \
         SOC 2 figures",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::AuditIso27001,
        "audit.iso27001.per-cloud-year",
        "ISO 27001 certification and surveillance, per cloud per year",
        C::Audits,
        "$/year",
        30_000.0,
        Some((15_000.0, 60_000.0)),
        (0.0, 1e8),
        "pricing-facts.md §6: ISO 27001 small–mid-size org 15,000–60,000 all-in (legalclarity.org, 2026), \
         treated as yearly (3-year certificate with annual surveillance audits)",
        "2026",
        Cc,
    ),
    // Migration.
    spec(
        Key::RehostPerWorkload,
        "migration.rehost-per-workload",
        "Moving a stateless workload to another cloud",
        C::Migration,
        "$/workload",
        8_500.0,
        Some((5_000.0, 12_000.0)),
        (0.0, 1e8),
        "pricing-facts.md §7: rehost 40–50 engineering hours, 5,000–12,000 $ per application \
         (cloudcalcep.com); vantagecost.co says 800–2,000",
        "undated",
        Cc,
    ),
    spec(
        Key::ReplatformHours,
        "migration.replatform-hours",
        "Re-platforming a stateful agent workload",
        C::Migration,
        "engineering hours",
        115.0,
        Some((80.0, 150.0)),
        (0.0, 100_000.0),
        "pricing-facts.md §7: replatform effort 80–150 engineering hours per application (cloudcalcep.com); \
         priced at the architect's hourly rate",
        "undated",
        Cc,
    ),
    spec(
        Key::OnlineTransferPerGb,
        "migration.online-transfer-per-gb",
        "Bulk data transfer from on-premises (AWS DataSync)",
        C::Migration,
        "$/GB",
        0.0125,
        None,
        PER_GB,
        "pricing-facts.md §7: AWS DataSync 0.0125 $/GB (GH-4161520496, GH-70098252785)",
        "undated",
        B,
    ),
    spec(
        Key::FoundryBuildHours,
        "workaround.foundry-agent-build-hours",
        "Extra effort to build a stateful agent on Azure AI Foundry instead of Frontier",
        C::Migration,
        "engineering hours",
        115.0,
        Some((80.0, 150.0)),
        (0.0, 100_000.0),
        "Stated rationale: memory, identity and orchestration that Frontier provides must be built; sized \
         as one re-platforming effort (pricing-facts.md §7, 80–150 h); domain.md availability table",
        RATIONALE_DATE,
        Cc,
    ),
    // Growth and price trends.
    spec(
        Key::VolumeGrowth,
        "growth.volume-per-month",
        "Volume growth",
        C::GrowthAndDiscounts,
        "% per month",
        2.0,
        Some((0.0, 5.0)),
        (-20.0, 50.0),
        "Stated rationale: AI usage in an enterprise rollout grows; 2%/month ≈ 27%/year; seed 000 asks to \
         model growth without a figure",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::TokenPriceDecline,
        "growth.token-price-decline-per-year",
        "Token price decline",
        C::GrowthAndDiscounts,
        "% per year",
        20.0,
        Some((0.0, 40.0)),
        (0.0, 90.0),
        "DERIVED from pricing-facts.md §1: gpt-4o 2.50 → gpt-4.1 2.00 $/1M input on Azure, one model \
         generation apart (-20%)",
        "2026-07-24",
        Cc,
    ),
    // Availability dates.
    kind(
        spec(
            Key::AwsGptFamilyFrom,
            "availability.aws.gpt-family",
            "OpenAI GPT family on Bedrock from",
            C::AvailabilityDates,
            "YYYYMM",
            202_609.0,
            Some((202_605.0, 202_612.0)),
            DATES,
            "Seed 004: 'Starting in Q3 2026 … the full GPT family … through the Bedrock API' (end of Q3 \
             taken); seed 001: 'in the coming weeks'",
            "2026-04-27",
            Cc,
        ),
        ValueKind::YearMonth,
    ),
    kind(
        spec(
            Key::AwsFrontierFrom,
            "availability.aws.frontier",
            "Frontier stateful agents on AWS from",
            C::AvailabilityDates,
            "YYYYMM",
            202_609.0,
            Some((202_604.0, 202_612.0)),
            DATES,
            "Seed 004: Agent Builder integration into Bedrock 'September 2026'; seed 002: AWS exclusive \
             third-party distributor of Frontier",
            "2026-04-27",
            Cc,
        ),
        ValueKind::YearMonth,
    ),
    kind(
        spec(
            Key::AwsFineTuningFrom,
            "availability.aws.fine-tuning",
            "Fine-tuning and custom endpoints on AWS from",
            C::AvailabilityDates,
            "YYYYMM",
            202_612.0,
            Some((202_612.0, 202_706.0)),
            DATES,
            "Seed 004: 'fine-tuning and custom model endpoints by the end of the year' (2026)",
            "2026-04-27",
            Cc,
        ),
        ValueKind::YearMonth,
    ),
    kind(
        spec(
            Key::AwsUsGovernmentFrom,
            "availability.aws.us-government",
            "OpenAI for US government on AWS from",
            C::AvailabilityDates,
            "YYYYMM",
            202_603.0,
            None,
            DATES,
            "Seed 002: 'AWS signed a deal in March 2026 to sell OpenAI technology to US defense and \
             government agencies'",
            "2026-04-28",
            B,
        ),
        ValueKind::YearMonth,
    ),
    kind(
        spec(
            Key::AwsSovereignFrom,
            "availability.aws.sovereign",
            "Sovereign / regulated-industry deployments on AWS from",
            C::AvailabilityDates,
            "YYYYMM",
            202_701.0,
            Some((202_701.0, 202_712.0)),
            DATES,
            "Seed 004: 'Government and regulated-industry customers will have to wait until 2027 for \
             sovereign cloud deployments' (start of 2027 taken)",
            "2026-04-27",
            Cc,
        ),
        ValueKind::YearMonth,
    ),
    kind(
        spec(
            Key::AzureFrontierFrom,
            "availability.azure.frontier",
            "Frontier stateful agents on Azure from (0 = not offered)",
            C::AvailabilityDates,
            "YYYYMM or 0",
            0.0,
            None,
            DATES,
            "domain.md availability table: Azure offers no Frontier (build on Azure AI Foundry agents \
             instead); seed 001: Microsoft had asserted Frontier 'would continue to be hosted on Azure', so \
             this is an editable rule",
            "2026-04-27",
            Cc,
        ),
        ValueKind::YearMonthOrNever,
    ),
    kind(
        spec(
            Key::AzureFirstWindow,
            "availability.azure-first-window-months",
            "Azure-first window for each new OpenAI model",
            C::AvailabilityDates,
            "months",
            3.0,
            Some((0.0, 12.0)),
            (0.0, 36.0),
            "Seed 001: products ship 'first on Azure'; whether 'first' means an exclusive window or \
             launch-day parity is undefined. 3 months is a middle guess",
            "2026-04-27",
            Cc,
        ),
        ValueKind::Whole,
    ),
];

/// The two clouds a workload can run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Cloud {
    Azure,
    Aws,
}

impl Cloud {
    pub const ALL: [Cloud; 2] = [Cloud::Azure, Cloud::Aws];

    pub fn label(self) -> &'static str {
        match self {
            Cloud::Azure => "Azure",
            Cloud::Aws => "AWS",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Cloud::Azure => "azure",
            Cloud::Aws => "aws",
        }
    }

    pub fn index(self) -> usize {
        match self {
            Cloud::Azure => 0,
            Cloud::Aws => 1,
        }
    }

    pub fn other(self) -> Cloud {
        match self {
            Cloud::Azure => Cloud::Aws,
            Cloud::Aws => Cloud::Azure,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PriceKind {
    Input,
    Output,
    CachedInput,
}

impl PriceKind {
    const ALL: [PriceKind; 3] = [PriceKind::Input, PriceKind::Output, PriceKind::CachedInput];

    fn key(self) -> &'static str {
        match self {
            PriceKind::Input => "input",
            PriceKind::Output => "output",
            PriceKind::CachedInput => "cached-input",
        }
    }

    fn index(self) -> usize {
        match self {
            PriceKind::Input => 0,
            PriceKind::Output => 1,
            PriceKind::CachedInput => 2,
        }
    }

    fn label(self) -> &'static str {
        match self {
            PriceKind::Input => "input",
            PriceKind::Output => "output",
            PriceKind::CachedInput => "cached input",
        }
    }
}

/// One listed price row: input, output, optional cached input ($ per 1M tokens).
struct PriceRow {
    model: Model,
    input: f64,
    output: f64,
    cached: Option<f64>,
    /// Ranges for input and output, where sources disagree.
    input_range: Option<(f64, f64)>,
    output_range: Option<(f64, f64)>,
    source: &'static str,
    date: &'static str,
    confidence: Confidence,
}

const fn row(
    model: Model,
    input: f64,
    output: f64,
    cached: Option<f64>,
    source: &'static str,
    date: &'static str,
    confidence: Confidence,
) -> PriceRow {
    PriceRow {
        model,
        input,
        output,
        cached,
        input_range: None,
        output_range: None,
        source,
        date,
        confidence,
    }
}

const L2: &str = "2026-07-24";

/// Azure list prices, pricing-facts.md §1 (litellm; L2 = mirror of 2026-07-24).
const AZURE_PRICES: &[PriceRow] = &[
    row(
        Model::Gpt4o,
        2.5,
        10.0,
        Some(1.25),
        "§1 litellm azure/gpt-4o (L2)",
        L2,
        A,
    ),
    PriceRow {
        input_range: Some((0.15, 0.165)),
        output_range: Some((0.6, 0.66)),
        ..row(
            Model::Gpt4oMini,
            0.165,
            0.66,
            Some(0.075),
            "§1 litellm azure/gpt-4o-mini (L1+L2); Global Standard 0.15/0.6",
            L2,
            A,
        )
    },
    row(
        Model::Gpt41,
        2.0,
        8.0,
        Some(0.5),
        "§1 litellm azure/gpt-4.1 (L2)",
        L2,
        A,
    ),
    row(
        Model::Gpt41Mini,
        0.4,
        1.6,
        Some(0.1),
        "§1 litellm azure/gpt-4.1-mini (L2)",
        L2,
        A,
    ),
    row(
        Model::Gpt41Nano,
        0.1,
        0.4,
        Some(0.025),
        "§1 litellm azure/gpt-4.1-nano (L2)",
        L2,
        A,
    ),
    row(Model::O3, 2.0, 8.0, Some(0.5), "§1 litellm azure/o3 (L2)", L2, A),
    row(
        Model::O4Mini,
        1.1,
        4.4,
        Some(0.275),
        "§1 litellm azure/o4-mini (L1+L2)",
        L2,
        A,
    ),
    row(
        Model::Gpt5,
        1.25,
        10.0,
        Some(0.125),
        "§1 litellm azure/gpt-5 (L2)",
        L2,
        A,
    ),
    row(
        Model::Gpt5Mini,
        0.25,
        2.0,
        Some(0.025),
        "§1 litellm azure/gpt-5-mini (L1+L2)",
        L2,
        A,
    ),
    row(
        Model::Gpt5Nano,
        0.05,
        0.4,
        Some(0.005),
        "§1 litellm azure/gpt-5-nano (L1+L2)",
        L2,
        A,
    ),
    row(
        Model::Gpt54,
        2.5,
        15.0,
        Some(0.25),
        "§1 litellm azure/gpt-5.4 (L2)",
        L2,
        A,
    ),
    row(
        Model::Gpt55,
        5.0,
        30.0,
        Some(0.5),
        "§1 litellm azure/gpt-5.5 (L2)",
        L2,
        A,
    ),
    row(
        Model::TextEmbedding3Small,
        0.02,
        0.0,
        None,
        "§1 litellm azure/text-embedding-3-small (L1+L2; deprecation_date 2026-04-30)",
        L2,
        A,
    ),
    row(
        Model::TextEmbedding3Large,
        0.13,
        0.0,
        None,
        "§1 litellm azure/text-embedding-3-large (L1+L2)",
        L2,
        A,
    ),
    row(
        Model::GptOss20b,
        0.07,
        0.3,
        None,
        "Comparator: gpt-oss-20b has no Azure row in §1; the Bedrock price openai.gpt-oss-20b-1:0 is used",
        L2,
        Cc,
    ),
    row(
        Model::GptOss120b,
        0.15,
        0.6,
        None,
        "§1 litellm azure_ai/gpt-oss-120b (Azure AI Foundry MaaS, L2)",
        L2,
        A,
    ),
];

/// AWS prices that are listed; other GPT models use Azure x `aws.price.openai-ratio`.
const AWS_PRICES: &[PriceRow] = &[
    PriceRow {
        input_range: Some((0.07, 0.075)),
        ..row(
            Model::GptOss20b,
            0.07,
            0.3,
            None,
            "§1 litellm openai.gpt-oss-20b-1:0 (L1+L2); Mantle 0.075",
            L2,
            A,
        )
    },
    row(
        Model::GptOss120b,
        0.15,
        0.6,
        None,
        "§1 litellm openai.gpt-oss-120b-1:0 (L1+L2)",
        L2,
        A,
    ),
    row(
        Model::Gpt54,
        2.75,
        16.5,
        Some(0.275),
        "§1 litellm bedrock_mantle/openai.gpt-5.4 (L2)",
        L2,
        A,
    ),
    row(
        Model::Gpt55,
        5.5,
        33.0,
        Some(0.55),
        "§1 litellm bedrock_mantle/openai.gpt-5.5 (L2)",
        L2,
        A,
    ),
    row(
        Model::TextEmbedding3Small,
        0.02,
        0.0,
        None,
        "Comparator: text-embedding-3 is not on Bedrock (§NOT FOUND); Titan Text Embeddings v2 \
         amazon.titan-embed-text-v2:0 (§1, L2)",
        L2,
        B,
    ),
    PriceRow {
        input_range: Some((0.02, 0.12)),
        ..row(
            Model::TextEmbedding3Large,
            0.12,
            0.0,
            None,
            "Comparator: text-embedding-3 is not on Bedrock (§NOT FOUND); Cohere Embed v4 cohere.embed-v4:0 \
             (§1, L2), Titan v2 0.02 as the low end",
            L2,
            B,
        )
    },
];

/// A model's token prices on one cloud, resolved, with the ids that produced them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModelPrice {
    /// $ per 1M tokens.
    pub input: f64,
    pub output: f64,
    pub cached_input: f64,
    pub input_id: &'static str,
    pub output_id: &'static str,
    /// None when the model has no cached rate (cached input is billed as input).
    pub cached_id: Option<&'static str>,
    /// Set when the price is Azure's times the Bedrock ratio.
    pub ratio_id: Option<&'static str>,
}

/// The registry of every assumption, built once.
#[derive(Debug)]
pub struct Assumptions {
    entries: Vec<Assumption>,
    /// Index in `entries` of each (cloud, model, price kind) that is listed.
    prices: [[[Option<usize>; 3]; Model::ALL.len()]; 2],
    by_id: BTreeMap<String, usize>,
}

static REGISTRY: OnceLock<Assumptions> = OnceLock::new();

fn model_index(model: Model) -> usize {
    model as usize
}

impl Assumptions {
    /// The shared registry.
    pub fn get() -> &'static Assumptions {
        REGISTRY.get_or_init(Assumptions::build)
    }

    fn build() -> Assumptions {
        debug_assert!(SCALARS.iter().enumerate().all(|(i, s)| s.key as usize == i));
        let mut entries: Vec<Assumption> = SCALARS
            .iter()
            .map(|s| Assumption {
                id: s.id.to_owned(),
                label: s.label.to_owned(),
                category: s.category,
                unit: s.unit,
                kind: s.kind,
                default: s.default,
                range: s.range,
                min: s.min,
                max: s.max,
                source: s.source.to_owned(),
                source_date: s.date,
                confidence: s.confidence,
            })
            .collect();
        let mut prices = [[[None; 3]; Model::ALL.len()]; 2];
        for (cloud, rows) in [(Cloud::Azure, AZURE_PRICES), (Cloud::Aws, AWS_PRICES)] {
            for r in rows {
                for kind in PriceKind::ALL {
                    let (value, range) = match kind {
                        PriceKind::Input => (r.input, r.input_range),
                        PriceKind::Output => (r.output, r.output_range),
                        PriceKind::CachedInput => match r.cached {
                            Some(v) => (v, None),
                            None => continue,
                        },
                    };
                    prices[cloud.index()][model_index(r.model)][kind.index()] = Some(entries.len());
                    entries.push(Assumption {
                        id: format!("{}.price.{}.{}", cloud.key(), r.model.key(), kind.key()),
                        label: format!("{} {} {} price", cloud.label(), r.model.key(), kind.label()),
                        category: Category::ModelPrices,
                        unit: "$ per 1M tokens",
                        kind: ValueKind::Number,
                        default: value,
                        range,
                        min: 0.0,
                        max: 1000.0,
                        source: format!("{PF} {}", r.source),
                        source_date: r.date,
                        confidence: r.confidence,
                    });
                }
            }
        }
        let by_id = entries
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        Assumptions {
            entries,
            prices,
            by_id,
        }
    }

    /// Every assumption, scalars first (in `Key` order), then model prices.
    pub fn all() -> &'static [Assumption] {
        &Assumptions::get().entries
    }

    pub fn find(id: &str) -> Option<&'static Assumption> {
        let reg = Assumptions::get();
        reg.by_id.get(id).map(|&i| &reg.entries[i])
    }

    /// Checks one proposed value, e.g. while the user types an override.
    pub fn validate(id: &str, value: f64) -> Result<(), AssumptionError> {
        Assumptions::find(id)
            .ok_or_else(|| AssumptionError::Unknown { id: id.to_owned() })?
            .check(value)
    }

    /// The id of a listed model price, if that price is listed (not derived).
    pub fn price_id(cloud: Cloud, model: Model, kind: PriceKind) -> Option<&'static str> {
        let reg = Assumptions::get();
        reg.prices[cloud.index()][model_index(model)][kind.index()].map(|i| reg.entries[i].id.as_str())
    }

    /// The id of a scalar assumption.
    pub fn id(key: Key) -> &'static str {
        &Assumptions::get().entries[key as usize].id
    }

    /// Applies overrides to the defaults. Unknown ids are ignored but reported (a saved
    /// scenario may carry an id a newer version dropped); an invalid value is an error
    /// naming the assumption. The first error in id order is returned.
    pub fn resolve(overrides: &BTreeMap<String, f64>) -> Result<Resolved, AssumptionError> {
        let reg = Assumptions::get();
        let mut values: Vec<f64> = reg.entries.iter().map(|a| a.default).collect();
        let mut overridden = vec![false; values.len()];
        let mut unknown_ids = Vec::new();
        for (id, &value) in overrides {
            match reg.by_id.get(id.as_str()) {
                Some(&i) => {
                    reg.entries[i].check(value)?;
                    values[i] = value;
                    overridden[i] = true;
                }
                None => unknown_ids.push(id.clone()),
            }
        }
        Ok(Resolved {
            values,
            overridden,
            unknown_ids,
        })
    }

    /// The defaults, with no overrides.
    pub fn defaults() -> Resolved {
        let values: Vec<f64> = Assumptions::all().iter().map(|a| a.default).collect();
        let overridden = vec![false; values.len()];
        Resolved {
            values,
            overridden,
            unknown_ids: Vec::new(),
        }
    }
}

/// One assumption as the panel shows it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ResolvedAssumption {
    pub assumption: &'static Assumption,
    pub value: f64,
    pub overridden: bool,
}

/// Values in force for one scenario: defaults with the user's overrides applied.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Resolved {
    values: Vec<f64>,
    overridden: Vec<bool>,
    unknown_ids: Vec<String>,
}

impl Resolved {
    pub fn get(&self, key: Key) -> f64 {
        self.values[key as usize]
    }

    /// The value in force for `id`, if it exists.
    pub fn value(&self, id: &str) -> Option<f64> {
        Assumptions::get().by_id.get(id).map(|&i| self.values[i])
    }

    pub fn is_overridden(&self, id: &str) -> bool {
        Assumptions::get()
            .by_id
            .get(id)
            .is_some_and(|&i| self.overridden[i])
    }

    /// Every assumption with the value in force, in registry order.
    pub fn entries(&self) -> impl Iterator<Item = ResolvedAssumption> + '_ {
        Assumptions::all()
            .iter()
            .zip(self.values.iter().zip(&self.overridden))
            .map(|(assumption, (&value, &overridden))| ResolvedAssumption {
                assumption,
                value,
                overridden,
            })
    }

    /// Override ids that match no assumption (ignored).
    pub fn unknown_ids(&self) -> &[String] {
        &self.unknown_ids
    }

    pub fn overridden_count(&self) -> usize {
        self.overridden.iter().filter(|o| **o).count()
    }

    /// A dated rule as a month; None for "never" (0).
    pub fn year_month(&self, key: Key) -> Option<YearMonth> {
        year_month_from_code(self.get(key))
    }

    /// A model's token prices on `cloud`. GPT models without a Bedrock row are priced as
    /// Azure x `aws.price.openai-ratio` (pricing-facts.md: not offered on Bedrock yet).
    pub fn price(&self, cloud: Cloud, model: Model) -> ModelPrice {
        let reg = Assumptions::get();
        let listed = |c: Cloud| reg.prices[c.index()][model_index(model)];
        let (source, ratio_id, factor) = match cloud {
            Cloud::Aws if listed(Cloud::Aws)[0].is_none() => (
                Cloud::Azure,
                Some(Assumptions::id(Key::AwsOpenAiPriceRatio)),
                self.get(Key::AwsOpenAiPriceRatio),
            ),
            c => (c, None, 1.0),
        };
        let idx = listed(source);
        // Every model has an Azure row (tested), so input and output are always present.
        let at = |i: Option<usize>| i.map_or(0.0, |i| self.values[i] * factor);
        let id = |i: Option<usize>| i.map_or("", |i| reg.entries[i].id.as_str());
        let input = at(idx[0]);
        ModelPrice {
            input,
            output: at(idx[1]),
            cached_input: idx[2].map_or(input, |i| self.values[i] * factor),
            input_id: id(idx[0]),
            output_id: id(idx[1]),
            cached_id: idx[2].map(|i| reg.entries[i].id.as_str()),
            ratio_id,
        }
    }
}

/// Decodes a `YYYYMM` value; None for 0 ("never") or an invalid code.
pub fn year_month_from_code(code: f64) -> Option<YearMonth> {
    if !code.is_finite() || code <= 0.0 {
        return None;
    }
    let code = code as i64;
    YearMonth::new(i32::try_from(code / 100).ok()?, u8::try_from(code % 100).ok()?)
}

pub fn year_month_code(ym: YearMonth) -> f64 {
    f64::from(ym.year) * 100.0 + f64::from(ym.month)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalar_table_matches_key_order_and_ids_are_unique() {
        for (i, s) in SCALARS.iter().enumerate() {
            assert_eq!(s.key as usize, i, "{}", s.id);
        }
        assert_eq!(Assumptions::get().by_id.len(), Assumptions::all().len());
    }

    #[test]
    fn every_default_is_valid_and_inside_its_range() {
        for a in Assumptions::all() {
            assert!(a.check(a.default).is_ok(), "{}", a.id);
            if let Some((lo, hi)) = a.range {
                assert!(
                    lo <= a.default && a.default <= hi,
                    "{} default outside range",
                    a.id
                );
            }
            assert!(!a.source.is_empty() && !a.source_date.is_empty(), "{}", a.id);
        }
    }

    #[test]
    fn every_model_has_an_azure_input_and_output_price() {
        let reg = Assumptions::get();
        for m in Model::ALL {
            assert!(reg.prices[0][model_index(m)][0].is_some(), "{m:?}");
            assert!(reg.prices[0][model_index(m)][1].is_some(), "{m:?}");
            assert_eq!(Model::ALL[model_index(m)], m);
        }
    }

    #[test]
    fn gpt4o_on_azure_is_2_50_and_10() {
        let p = Assumptions::defaults().price(Cloud::Azure, Model::Gpt4o);
        assert_eq!((p.input, p.output, p.cached_input), (2.5, 10.0, 1.25));
        assert_eq!(p.input_id, "azure.price.gpt-4o.input");
        assert_eq!(p.ratio_id, None);
    }

    #[test]
    fn unlisted_gpt_on_aws_is_azure_times_ratio() {
        let p = Assumptions::defaults().price(Cloud::Aws, Model::Gpt41);
        assert!((p.input - 2.2).abs() < 1e-12 && (p.output - 8.8).abs() < 1e-12);
        assert_eq!(p.ratio_id, Some("aws.price.openai-ratio"));
        let listed = Assumptions::defaults().price(Cloud::Aws, Model::Gpt54);
        assert_eq!((listed.input, listed.ratio_id), (2.75, None));
        let emb = Assumptions::defaults().price(Cloud::Aws, Model::TextEmbedding3Small);
        assert_eq!((emb.input, emb.cached_input), (0.02, 0.02));
    }

    #[test]
    fn overrides_apply_and_unknown_ids_are_reported() {
        let mut o = BTreeMap::new();
        o.insert("azure.price.gpt-4o.input".to_owned(), 3.0);
        o.insert("no.such.thing".to_owned(), 1.0);
        let r = Assumptions::resolve(&o).unwrap();
        assert_eq!(r.value("azure.price.gpt-4o.input"), Some(3.0));
        assert!(r.is_overridden("azure.price.gpt-4o.input"));
        assert_eq!(r.unknown_ids(), ["no.such.thing".to_owned()]);
        assert_eq!(r.overridden_count(), 1);
    }

    #[test]
    fn invalid_values_name_the_assumption() {
        let e = Assumptions::validate("aws.egress.per-gb", -0.01).unwrap_err();
        assert_eq!(
            e.to_string(),
            "AWS data transfer out (aws.egress.per-gb) cannot be negative (got -0.01)"
        );
        assert!(Assumptions::validate("aws.egress.per-gb", f64::NAN).is_err());
        assert!(Assumptions::validate("availability.aws.fine-tuning", 202_613.0).is_err());
        assert!(Assumptions::validate("availability.aws.fine-tuning", 202_612.5).is_err());
        assert!(Assumptions::validate("availability.azure.frontier", 0.0).is_ok());
        assert!(Assumptions::validate("availability.azure-first-window-months", 1.5).is_err());
        assert!(matches!(
            Assumptions::validate("nope", 1.0),
            Err(AssumptionError::Unknown { .. })
        ));
    }

    #[test]
    fn parse_reads_months_never_and_separators() {
        let ga = Assumptions::find("availability.aws.gpt-family").unwrap();
        assert_eq!(ga.parse("2026-11"), Ok(202_611.0));
        assert_eq!(ga.parse("202611"), Ok(202_611.0));
        assert!(ga.parse("2026-13").is_err());
        assert!(ga.parse("never").is_err());
        assert_eq!(ga.display_value(202_611.0), "2026-11");
        let frontier = Assumptions::find("availability.azure.frontier").unwrap();
        assert_eq!(frontier.parse("Never"), Ok(0.0));
        assert_eq!(frontier.display_value(0.0), "never");
        let cost = Assumptions::find("people.architect-cost-per-year").unwrap();
        assert_eq!(cost.parse("200,000"), Ok(200_000.0));
        assert_eq!(
            cost.parse("lots").unwrap_err().to_string(),
            "Fully loaded cloud architect / security engineer (people.architect-cost-per-year) must be a \
             number (got \"lots\")"
        );
    }

    #[test]
    fn year_month_codes_round_trip() {
        let ym = YearMonth::new(2026, 9).unwrap();
        assert_eq!(year_month_from_code(year_month_code(ym)), Some(ym));
        assert_eq!(year_month_from_code(0.0), None);
    }
}
