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

use crate::engine::model::catalog::Model;
pub use crate::engine::model::cloud::Cloud;
use crate::engine::model::scenario::YearMonth;

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
    /// Hours of governance work per dimension, and how the governance model changes them.
    Governance,
    /// Points and thresholds that turn risk factors into likelihood, impact and levels.
    Risk,
    /// Weights of the decision framework's criteria.
    Advice,
}

impl Category {
    pub const ALL: [Category; 14] = [
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
        Category::Governance,
        Category::Risk,
        Category::Advice,
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
            Category::Governance => "Governance",
            Category::Risk => "Risk",
            Category::Advice => "Advice",
        }
    }

    /// Whether assumptions of this category can change a cost. Governance hours, risk points
    /// and advice weights shape other answers; the cost bands sample only the rest.
    pub fn moves_cost(self) -> bool {
        !matches!(self, Category::Governance | Category::Risk | Category::Advice)
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

impl Assumption {
    /// Checks a proposed (low, high) range: each end is a value the assumption accepts (a
    /// month, not "never", for dates) and low is not above high. The value in force need not
    /// lie inside: sampling stretches the range to include it.
    pub fn check_range(&self, low: f64, high: f64) -> Result<(), AssumptionError> {
        for (end, value) in [(RangeEnd::Low, low), (RangeEnd::High, high)] {
            let problem = match self.check(value) {
                Err(AssumptionError::Invalid { problem, .. }) => Some(problem),
                Err(_) => Some(Problem::NotFinite),
                Ok(()) if self.kind == ValueKind::YearMonthOrNever && value == 0.0 => {
                    Some(Problem::NeverInRange)
                }
                Ok(()) => None,
            };
            if let Some(problem) = problem {
                return Err(AssumptionError::InvalidRange {
                    id: self.id.clone(),
                    label: self.label.clone(),
                    end,
                    problem,
                });
            }
        }
        if low > high {
            return Err(AssumptionError::ReversedRange {
                id: self.id.clone(),
                label: self.label.clone(),
                low,
                high,
            });
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
    /// A range end must be a month, even where the value itself may be "never".
    NeverInRange,
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
            Problem::NeverInRange => f.write_str("must be a month, not \"never\""),
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
    #[error("{label} ({id}): the {end} end of the range {problem}")]
    InvalidRange {
        id: String,
        label: String,
        end: RangeEnd,
        problem: Problem,
    },
    #[error("{label} ({id}): the low end of the range ({low}) is above the high end ({high})")]
    ReversedRange {
        id: String,
        label: String,
        low: f64,
        high: f64,
    },
}

/// Which end of a range a message is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum RangeEnd {
    Low,
    High,
}

impl fmt::Display for RangeEnd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RangeEnd::Low => "low",
            RangeEnd::High => "high",
        })
    }
}

impl AssumptionError {
    pub fn id(&self) -> &str {
        match self {
            AssumptionError::Unknown { id }
            | AssumptionError::Invalid { id, .. }
            | AssumptionError::InvalidRange { id, .. }
            | AssumptionError::ReversedRange { id, .. } => id,
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
    // Governance: per dimension, set-up per cloud, hours per cloud, cross-cloud set-up and hours.
    GovIdentitySetup,
    GovIdentityHours,
    GovIdentityCrossSetup,
    GovIdentityCrossHours,
    GovIdentityPerWorkload,
    GovResidencySetup,
    GovResidencyHours,
    GovResidencyCrossSetup,
    GovResidencyCrossHours,
    GovResidencyPerRegulated,
    GovResidencySetupPerRegion,
    GovComplianceSetup,
    GovComplianceHours,
    GovComplianceCrossSetup,
    GovComplianceCrossHours,
    GovCompliancePerFramework,
    GovComplianceSetupPerFramework,
    GovAuditPrepHours,
    GovAuditsPerFramework,
    GovCostSetup,
    GovCostHours,
    GovCostCrossSetup,
    GovCostCrossHours,
    GovCostPerWorkload,
    GovObservabilitySetup,
    GovObservabilityHours,
    GovObservabilityCrossSetup,
    GovObservabilityCrossHours,
    GovObservabilityPerWorkload,
    GovVendorSetup,
    GovVendorHours,
    GovVendorCrossSetup,
    GovVendorCrossHours,
    GovPolicyUnifySetup,
    GovPolicyDriftHours,
    GovCentralisedDriftShare,
    GovCentralisedSecondCloudShare,
    GovIndexReferenceHours,
    GovSetupAmortisation,
    // Risk.
    RiskDataGravityGb,
    RiskDataGravityHighGb,
    RiskDataGravityPoints,
    RiskMigrationYearShare,
    RiskMigrationPoints,
    RiskStatefulPoints,
    RiskLockInPoints,
    RiskFeatureLagPoints,
    RiskUnavailablePoints,
    RiskWorkaroundPoints,
    RiskResidencyPoints,
    RiskImpactLow,
    RiskImpactMedium,
    RiskImpactHigh,
    RiskImpactMissionCritical,
    RiskConcentrationLikelihood,
    RiskConcentrationImpactPoints,
    RiskSplitVendorLikelihood,
    RiskSplitVendorImpact,
    RiskComplianceDupLikelihood,
    RiskComplianceDupImpact,
    RiskLevelMedium,
    RiskLevelHigh,
    RiskLevelCritical,
    // Advice.
    AdviceWeightStateless,
    AdviceWeightAzureNative,
    AdviceWeightEarlyFeatures,
    AdviceWeightResidencyAzure,
    AdviceWeightStateful,
    AdviceWeightAwsInvestment,
    AdviceWeightTrainiumCost,
    AdviceWeightDataInAws,
    AdviceWeightBothKinds,
    AdviceWeightGovernance,
    AdviceWeightContracts,
    AdviceWeightExpertise,
    AdviceMainlyShare,
    AdviceGovernanceToleranceHours,
    AdviceAwsCostAdvantage,
    AdviceCloseCallPoints,
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
const HOURS: (f64, f64) = (0.0, 10_000.0);
const POINTS: (f64, f64) = (0.0, 5.0);
const WEIGHT: (f64, f64) = (0.0, 10.0);

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
        Some((800.0, 12_000.0)),
        (0.0, 1e8),
        "pricing-facts.md §7: rehost 40–50 engineering hours, 5,000–12,000 $ per application \
         (cloudcalcep.com); vantagecost.co says 800–2,000. The sources disagree, so the range spans both",
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
    // Governance. Hours are people's hours of governance work for the AI platform; no source in
    // pricing-facts.md gives them, so each is a stated rationale, meant to be edited to the
    // organisation's own figures. A cloud the organisation already governs (its native cloud)
    // needs no set-up. "Cross-cloud" weights apply only when two clouds are in use.
    spec(
        Key::GovIdentitySetup,
        "governance.identity.setup-hours-per-cloud",
        "Identity & access set-up on a cloud not yet governed",
        C::Governance,
        "hours once per cloud",
        80.0,
        Some((40.0, 160.0)),
        HOURS,
        "Stated rationale: landing-zone roles, SSO groups, service identities and break-glass access for \
         the AI platform, about two weeks of one engineer; seed 000 lists IAM (Entra ID vs AWS IAM) first",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovIdentityHours,
        "governance.identity.hours-per-cloud-month",
        "Identity & access upkeep per cloud",
        C::Governance,
        "hours/month per cloud",
        12.0,
        Some((6.0, 24.0)),
        HOURS,
        "Stated rationale: access reviews, joiners and leavers, role changes on one platform, about three \
         hours a week",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovIdentityCrossSetup,
        "governance.identity.federation-setup-hours",
        "Federating Entra ID with AWS IAM (two clouds)",
        C::Governance,
        "hours once",
        40.0,
        Some((16.0, 80.0)),
        HOURS,
        "Stated rationale: SAML/SCIM federation of Entra ID with AWS IAM Identity Center and mapping groups \
         to permission sets, one engineer-week; seed 000: 'Azure Active Directory for API access, AWS IAM \
         for Frontier agents'",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovIdentityCrossHours,
        "governance.identity.federation-hours-month",
        "Keeping the Entra ID / AWS IAM federation in step (two clouds)",
        C::Governance,
        "hours/month",
        8.0,
        Some((4.0, 16.0)),
        HOURS,
        "Stated rationale: group-to-permission-set mapping changes and federation failures, two hours a week",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovIdentityPerWorkload,
        "governance.identity.hours-per-workload-month",
        "Identity upkeep per workload on a cloud",
        C::Governance,
        "hours/month per workload per cloud",
        1.0,
        Some((0.5, 2.0)),
        HOURS,
        "Stated rationale: a service identity, secret or key rotation and its access review per workload \
         and cloud",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovResidencySetup,
        "governance.residency.setup-hours-per-cloud",
        "Data-residency set-up on a cloud not yet governed",
        C::Governance,
        "hours once per cloud",
        24.0,
        Some((8.0, 40.0)),
        HOURS,
        "Stated rationale: region guardrails (deny outside approved regions) and a data inventory for the \
         platform, three days; seed 000: 'Azure regions for stateless API calls, AWS regions for stateful \
         agent workloads'",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovResidencyHours,
        "governance.residency.hours-per-cloud-month",
        "Data-residency upkeep per cloud",
        C::Governance,
        "hours/month per cloud",
        4.0,
        Some((2.0, 8.0)),
        HOURS,
        "Stated rationale: keeping the inventory of which region holds which data current, an hour a week",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovResidencyCrossSetup,
        "governance.residency.interface-setup-hours",
        "Controlled interface for data moving between clouds (two clouds)",
        C::Governance,
        "hours once",
        24.0,
        Some((8.0, 40.0)),
        HOURS,
        "Stated rationale: approved paths, encryption and logging for cross-cloud data movement; seed 000: \
         federated governance makes 'cross-platform data movement … a controlled interface'",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovResidencyCrossHours,
        "governance.residency.interface-hours-month",
        "Reviewing data flows between clouds (two clouds)",
        C::Governance,
        "hours/month",
        8.0,
        Some((4.0, 16.0)),
        HOURS,
        "Stated rationale: approving and reviewing cross-cloud data flows, two hours a week",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovResidencyPerRegulated,
        "governance.residency.hours-per-regulated-workload-month",
        "Residency upkeep per regulated workload on a cloud",
        C::Governance,
        "hours/month per regulated workload per cloud",
        1.0,
        Some((0.5, 2.0)),
        HOURS,
        "Stated rationale: a workload under a compliance framework, a residency rule or a government / \
         sovereign sector needs its data locations checked each month, about an hour",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovResidencySetupPerRegion,
        "governance.residency.setup-hours-per-region",
        "Set-up per residency zone (EU, US) held on a cloud not yet governed",
        C::Governance,
        "hours once per zone per cloud",
        16.0,
        Some((8.0, 40.0)),
        HOURS,
        "Stated rationale: pinning deployments to a data zone (e.g. Azure EU Data Zone, Bedrock EU \
         cross-region profile) and its guardrails, two days per zone",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovComplianceSetup,
        "governance.compliance.setup-hours-per-cloud",
        "Compliance baseline set-up on a cloud not yet governed",
        C::Governance,
        "hours once per cloud",
        40.0,
        Some((20.0, 80.0)),
        HOURS,
        "Stated rationale: common controls (logging, encryption, change management) and evidence sources on \
         a new platform, one engineer-week; seed 000: 'separate SOC 2, HIPAA, and GDPR certifications to \
         validate across both platforms'",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovComplianceHours,
        "governance.compliance.hours-per-cloud-month",
        "Compliance baseline upkeep per cloud",
        C::Governance,
        "hours/month per cloud",
        6.0,
        Some((4.0, 12.0)),
        HOURS,
        "Stated rationale: policy exceptions and posture findings on one platform, about 1.5 hours a week",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovComplianceCrossSetup,
        "governance.compliance.cross-cloud-setup-hours",
        "Mapping controls between the two platforms (two clouds)",
        C::Governance,
        "hours once",
        24.0,
        Some((8.0, 40.0)),
        HOURS,
        "Stated rationale: one control matrix that says how each control is met on Azure and on AWS, three \
         days",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovComplianceCrossHours,
        "governance.compliance.cross-cloud-hours-month",
        "Reconciling evidence across the two platforms (two clouds)",
        C::Governance,
        "hours/month",
        8.0,
        Some((4.0, 16.0)),
        HOURS,
        "Stated rationale: two evidence trails for one control set, two hours a week",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovCompliancePerFramework,
        "governance.compliance.hours-per-framework-month",
        "Control testing and evidence per framework per cloud",
        C::Governance,
        "hours/month per framework per cloud",
        8.0,
        Some((4.0, 16.0)),
        HOURS,
        "Stated rationale: continuous control testing and evidence collection for one framework on one \
         platform, two hours a week",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovComplianceSetupPerFramework,
        "governance.compliance.setup-hours-per-framework",
        "Mapping a framework onto a cloud not yet governed",
        C::Governance,
        "hours once per framework per cloud",
        40.0,
        Some((20.0, 80.0)),
        HOURS,
        "Stated rationale: scoping the platform into one framework's controls, one engineer-week; \
         pricing-facts.md §6 gives 3–6 months elapsed SOC 2 preparation, not hours",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovAuditPrepHours,
        "governance.compliance.audit-prep-hours",
        "Internal hours supporting one audit",
        C::Governance,
        "hours per audit",
        80.0,
        Some((40.0, 200.0)),
        HOURS,
        "Stated rationale: evidence requests, walkthroughs and remediation for one audit, two \
         engineer-weeks; pricing-facts.md §6: SOC 2 Type 1 fieldwork 4–6 weeks, ISO 27001 Stage 2 audit \
         2–5 days",
        RATIONALE_DATE,
        Cc,
    ),
    kind(
        spec(
            Key::GovAuditsPerFramework,
            "governance.compliance.audits-per-framework-year",
            "Audits per framework per cloud per year",
            C::Governance,
            "audits/year",
            1.0,
            None,
            (0.0, 12.0),
            "pricing-facts.md §6: SOC 2 Type 2 is renewed yearly; ISO 27001 certificate with annual \
             surveillance audits (legalclarity.org); seed 000: audits 'validated separately' per platform",
            "2026",
            Cc,
        ),
        ValueKind::Whole,
    ),
    spec(
        Key::GovCostSetup,
        "governance.cost.setup-hours-per-cloud",
        "Cost-tracking set-up on a cloud not yet governed",
        C::Governance,
        "hours once per cloud",
        24.0,
        Some((8.0, 40.0)),
        HOURS,
        "Stated rationale: tagging rules, budgets and the cost export into chargeback, three days; seed 000: \
         'Azure billing for API usage, AWS billing for Frontier compute and storage'",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovCostHours,
        "governance.cost.hours-per-cloud-month",
        "Bill review per cloud",
        C::Governance,
        "hours/month per cloud",
        6.0,
        Some((4.0, 12.0)),
        HOURS,
        "Stated rationale: reviewing one bill, anomalies and commitments each month",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovCostCrossSetup,
        "governance.cost.chargeback-setup-hours",
        "One chargeback model over two bills (two clouds)",
        C::Governance,
        "hours once",
        24.0,
        Some((8.0, 40.0)),
        HOURS,
        "Stated rationale: normalising two billing exports into one chargeback model, three days",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovCostCrossHours,
        "governance.cost.chargeback-hours-month",
        "Reconciling two bills into one chargeback (two clouds)",
        C::Governance,
        "hours/month",
        8.0,
        Some((4.0, 16.0)),
        HOURS,
        "Stated rationale: monthly reconciliation of two bills and their discounts, one day",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovCostPerWorkload,
        "governance.cost.hours-per-workload-month",
        "Chargeback allocation per workload on a cloud",
        C::Governance,
        "hours/month per workload per cloud",
        0.5,
        Some((0.25, 1.0)),
        HOURS,
        "Stated rationale: allocating each workload's share of the bill to its owner, half an hour",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovObservabilitySetup,
        "governance.observability.setup-hours-per-cloud",
        "Observability set-up on a cloud not yet governed",
        C::Governance,
        "hours once per cloud",
        60.0,
        Some((40.0, 120.0)),
        HOURS,
        "Stated rationale: log pipeline, dashboards, alert rules and on-call runbooks on a new platform, \
         1.5 engineer-weeks; seed 000: 'different monitoring, logging, and alerting tools for each platform'",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovObservabilityHours,
        "governance.observability.hours-per-cloud-month",
        "Observability upkeep per cloud",
        C::Governance,
        "hours/month per cloud",
        12.0,
        Some((6.0, 24.0)),
        HOURS,
        "Stated rationale: alert tuning, dashboard and threat-detection upkeep on one stack, three hours a \
         week",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovObservabilityCrossSetup,
        "governance.observability.correlation-setup-hours",
        "Correlating two monitoring stacks (two clouds)",
        C::Governance,
        "hours once",
        40.0,
        Some((16.0, 80.0)),
        HOURS,
        "Stated rationale: forwarding both stacks' logs and alerts to one place with shared request ids, one \
         engineer-week",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovObservabilityCrossHours,
        "governance.observability.correlation-hours-month",
        "Keeping two monitoring stacks correlated (two clouds)",
        C::Governance,
        "hours/month",
        8.0,
        Some((4.0, 16.0)),
        HOURS,
        "Stated rationale: incidents that cross clouds and the forwarding that feeds them, two hours a week",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovObservabilityPerWorkload,
        "governance.observability.hours-per-workload-month",
        "Monitoring upkeep per workload on a cloud",
        C::Governance,
        "hours/month per workload per cloud",
        1.0,
        Some((0.5, 2.0)),
        HOURS,
        "Stated rationale: alerts and dashboards of one workload on one stack, an hour a month",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovVendorSetup,
        "governance.vendor.setup-hours-per-cloud",
        "Vendor onboarding for a cloud not yet governed",
        C::Governance,
        "hours once per cloud",
        24.0,
        Some((8.0, 80.0)),
        HOURS,
        "Stated rationale: contract, support plan, account team and procurement review, three days; seed \
         000: 'comprehensive OpenAI access now requires contracts with BOTH Microsoft Azure and Amazon Web \
         Services'",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovVendorHours,
        "governance.vendor.hours-per-cloud-month",
        "Vendor management per cloud",
        C::Governance,
        "hours/month per cloud",
        6.0,
        Some((2.0, 12.0)),
        HOURS,
        "Stated rationale: account reviews, commitments and the provider's roadmap and service notices",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovVendorCrossSetup,
        "governance.vendor.feature-matrix-setup-hours",
        "Building a feature matrix of which capability ships where (two clouds)",
        C::Governance,
        "hours once",
        16.0,
        Some((8.0, 40.0)),
        HOURS,
        "Stated rationale: seed 000's red flag 'OpenAI hasn't published a long-term feature matrix showing \
         which capabilities ship on which platform', so the organisation keeps its own; two days",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovVendorCrossHours,
        "governance.vendor.roadmap-hours-month",
        "Following two roadmaps (two clouds)",
        C::Governance,
        "hours/month",
        6.0,
        Some((2.0, 12.0)),
        HOURS,
        "Stated rationale: seed 000 risks 'fragmented roadmap' and 'split vendor relationships'; keeping the \
         feature matrix current, 1.5 hours a week",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovPolicyUnifySetup,
        "governance.centralised.unify-hours-per-policy",
        "Writing one policy both clouds enforce (centralised model)",
        C::Governance,
        "hours once per policy kept in sync",
        16.0,
        Some((8.0, 40.0)),
        HOURS,
        "Stated rationale: seed 000: centralised governance means 'unified IAM policies, data handling \
         standards, and security controls that work across both platforms'; two days per policy",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovPolicyDriftHours,
        "governance.policy.drift-hours-per-policy-month",
        "Reconciling drift per policy kept in sync across clouds",
        C::Governance,
        "hours/month per policy",
        2.0,
        Some((1.0, 4.0)),
        HOURS,
        "Stated rationale: checking that one policy still means the same on both clouds; the federated model \
         carries all of it, the centralised model a share",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovCentralisedDriftShare,
        "governance.centralised.drift-share",
        "Drift work left under the centralised model",
        C::Governance,
        "% of drift hours",
        25.0,
        Some((10.0, 50.0)),
        PERCENT,
        "Stated rationale: seed 000: centralised governance is 'more set-up, less drift'; one policy \
         enforced on both clouds drifts about a quarter as much",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovCentralisedSecondCloudShare,
        "governance.centralised.second-cloud-share",
        "Per-cloud upkeep left on the second cloud under the centralised model",
        C::Governance,
        "% of per-cloud hours",
        60.0,
        Some((40.0, 90.0)),
        PERCENT,
        "Stated rationale: shared controls do part of the second platform's upkeep; the federated model \
         duplicates all of it ('more ongoing duplication', domain.md)",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovIndexReferenceHours,
        "governance.index.reference-hours-month",
        "Governance burden that reads 50 on the 0–100 index",
        C::Governance,
        "hours/month",
        150.0,
        Some((75.0, 300.0)),
        (1.0, 1e6),
        "Stated rationale: one full-time person (1,800 working hours / 12). index = 100 x burden / (burden + \
         this), so it saturates below 100",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::GovSetupAmortisation,
        "governance.index.setup-amortisation-months",
        "Months over which set-up hours are spread in the index",
        C::Governance,
        "months",
        36.0,
        Some((12.0, 60.0)),
        (1.0, 120.0),
        "Stated rationale: set-up effort counts in the index as if spread over three years, a usual planning \
         horizon",
        RATIONALE_DATE,
        Cc,
    ),
    // Risk. Likelihood starts at 1 and each factor adds its points; impact is the criticality's
    // points plus factors; both are rounded and kept within 1..=5.
    spec(
        Key::RiskDataGravityGb,
        "risk.data-gravity.gb",
        "Data to move that adds a likelihood point",
        C::Risk,
        "GB",
        1_000.0,
        Some((500.0, 5_000.0)),
        (0.0, 1e9),
        "Stated rationale: a terabyte costs only ~90 $ to move (pricing-facts.md §7, DERIVED) but takes a \
         copy, a cut-over and validation that can slip",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskDataGravityHighGb,
        "risk.data-gravity.high-gb",
        "Data to move that adds a second likelihood point",
        C::Risk,
        "GB",
        10_000.0,
        Some((5_000.0, 50_000.0)),
        (0.0, 1e9),
        "Stated rationale: ten terabytes need an offline or staged transfer (AWS Snowball 'from $300 a job', \
         pricing-facts.md §7)",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskDataGravityPoints,
        "risk.data-gravity.points",
        "Likelihood points per data-gravity threshold passed",
        C::Risk,
        "points",
        1.0,
        None,
        POINTS,
        "Stated rationale: one point per threshold keeps each factor arguable on its own",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskMigrationYearShare,
        "risk.migration-cost.year-share",
        "Migration cost, as a share of a year of the workload's run cost, that adds a likelihood point",
        C::Risk,
        "% of first-year run cost",
        100.0,
        Some((50.0, 200.0)),
        (0.0, 10_000.0),
        "Seed 000 red flag: 'data migration costs can exceed annual API spending'",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::RiskMigrationPoints,
        "risk.migration-cost.points",
        "Likelihood points when migration costs more than that share",
        C::Risk,
        "points",
        1.0,
        None,
        POINTS,
        "Stated rationale: a move that costs more than a year of running is the seeds' lock-in red flag",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskStatefulPoints,
        "risk.statefulness.points",
        "Likelihood points for a stateful agent that moves or runs on both clouds",
        C::Risk,
        "points",
        1.0,
        None,
        POINTS,
        "Stated rationale: persistent memory, identity across sessions and tool use (seed 002) must move or \
         stay in step with the agent; re-platforming takes 80–150 hours (pricing-facts.md §7)",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskLockInPoints,
        "risk.lock-in.points",
        "Likelihood points for a cloud-specific service (Frontier, Foundry agents, fine-tuned model)",
        C::Risk,
        "points",
        1.0,
        None,
        POINTS,
        "Seed 000 red flag 'vendor lock-in migration'; AWS is Frontier's exclusive third-party distributor \
         (seed 000, 002); a fine-tuned model is trained on one provider's service",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::RiskFeatureLagPoints,
        "risk.feature-lag.points",
        "Likelihood points for a stateless OpenAI workload on AWS (Azure-first window)",
        C::Risk,
        "points",
        1.0,
        None,
        POINTS,
        "Seed 001: products ship 'first on Azure'; seed 000 risk 'features may ship at different cadences'",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::RiskUnavailablePoints,
        "risk.unavailable.points",
        "Likelihood points for a capability not available at the plan's start",
        C::Risk,
        "points",
        1.0,
        None,
        POINTS,
        "Stated rationale: a plan that waits for a dated roll-out (seed 004) slips when the date slips",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskWorkaroundPoints,
        "risk.workaround.points",
        "Likelihood points for building a workaround (Frontier agents on Azure AI Foundry)",
        C::Risk,
        "points",
        1.0,
        None,
        POINTS,
        "domain.md availability table: building on Azure AI Foundry agents means 'more build effort and \
         risk'",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskResidencyPoints,
        "risk.residency-conflict.points",
        "Impact points when a residency or sector need is not met on the cloud at the plan's start",
        C::Risk,
        "points",
        2.0,
        Some((1.0, 3.0)),
        POINTS,
        "Stated rationale: running regulated data outside its required region or regime is a regulatory \
         incident whatever the workload's criticality; seed 000: 'data-residency gaps'",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskImpactLow,
        "risk.impact.low",
        "Impact points of a low-criticality workload",
        C::Risk,
        "points",
        1.0,
        None,
        (1.0, 5.0),
        "Stated rationale: criticality on a 1–5 impact scale, one step per level",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskImpactMedium,
        "risk.impact.medium",
        "Impact points of a medium-criticality workload",
        C::Risk,
        "points",
        2.0,
        None,
        (1.0, 5.0),
        "Stated rationale: criticality on a 1–5 impact scale, one step per level",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskImpactHigh,
        "risk.impact.high",
        "Impact points of a high-criticality workload",
        C::Risk,
        "points",
        3.0,
        None,
        (1.0, 5.0),
        "Stated rationale: criticality on a 1–5 impact scale, one step per level",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskImpactMissionCritical,
        "risk.impact.mission-critical",
        "Impact points of a mission-critical workload",
        C::Risk,
        "points",
        4.0,
        None,
        (1.0, 5.0),
        "Stated rationale: one step below the maximum so that a residency conflict can still raise it",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskConcentrationLikelihood,
        "risk.concentration.likelihood",
        "Likelihood of a single-cloud outage of the OpenAI service (everything on one cloud)",
        C::Risk,
        "1–5",
        2.0,
        Some((1.0, 3.0)),
        (1.0, 5.0),
        "Seed 000 advantage of two clouds: 'No single cloud provider failure impacts all OpenAI services'; \
         seed 004: Azure capacity throttling 'for some enterprise customers during peak demand'",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::RiskConcentrationImpactPoints,
        "risk.concentration.impact-points",
        "Impact points added to the most critical workload's when everything is on one cloud",
        C::Risk,
        "points",
        1.0,
        None,
        POINTS,
        "Stated rationale: an outage takes down every OpenAI service at once, worse than the worst workload \
         alone",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskSplitVendorLikelihood,
        "risk.split-vendor.likelihood",
        "Likelihood of roadmap and vendor friction with two clouds",
        C::Risk,
        "1–5",
        3.0,
        Some((2.0, 4.0)),
        (1.0, 5.0),
        "Seed 000 risks: 'fragmented roadmap', 'split vendor relationships', 'customer confusion'; red flag \
         'unclear roadmap': no published feature matrix",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::RiskSplitVendorImpact,
        "risk.split-vendor.impact",
        "Impact of roadmap and vendor friction with two clouds",
        C::Risk,
        "1–5",
        2.0,
        Some((1.0, 3.0)),
        (1.0, 5.0),
        "Stated rationale: delays and rework rather than outages",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskComplianceDupLikelihood,
        "risk.compliance-duplication.likelihood",
        "Likelihood of an audit finding when a framework is validated on both clouds",
        C::Risk,
        "1–5",
        2.0,
        Some((1.0, 3.0)),
        (1.0, 5.0),
        "Seed 000 red flag: 'two separate compliance audits, certifications, and security reviews'",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::RiskComplianceDupImpact,
        "risk.compliance-duplication.impact",
        "Impact of an audit finding on either platform",
        C::Risk,
        "1–5",
        3.0,
        Some((2.0, 4.0)),
        (1.0, 5.0),
        "Stated rationale: a finding on either platform puts the certification of the whole service at risk",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskLevelMedium,
        "risk.level.medium-from",
        "Risk score (likelihood x impact) from which a risk is Medium",
        C::Risk,
        "score 1–25",
        6.0,
        None,
        (1.0, 25.0),
        "Stated rationale: the usual 5x5 matrix bands: Low 1–5, Medium 6–11, High 12–19, Critical 20–25",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskLevelHigh,
        "risk.level.high-from",
        "Risk score from which a risk is High",
        C::Risk,
        "score 1–25",
        12.0,
        None,
        (1.0, 25.0),
        "Stated rationale: the usual 5x5 matrix bands: Low 1–5, Medium 6–11, High 12–19, Critical 20–25",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::RiskLevelCritical,
        "risk.level.critical-from",
        "Risk score from which a risk is Critical",
        C::Risk,
        "score 1–25",
        20.0,
        None,
        (1.0, 25.0),
        "Stated rationale: the usual 5x5 matrix bands: Low 1–5, Medium 6–11, High 12–19, Critical 20–25",
        RATIONALE_DATE,
        Cc,
    ),
    // Advice: seed 000's "Azure, AWS, or Both?" criteria. Each criterion's fit is 0–1; an option's
    // score is 100 x the weighted mean fit of its four criteria.
    spec(
        Key::AdviceWeightStateless,
        "advice.weight.mainly-stateless",
        "Weight: use cases are primarily stateless API calls (Azure-first)",
        C::Advice,
        "weight",
        2.0,
        None,
        WEIGHT,
        "Seed 000 Azure-first criterion 1; weighted double as the functional split's deciding question \
         (seed 000, 002)",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::AdviceWeightAzureNative,
        "advice.weight.azure-native",
        "Weight: Azure-native with established governance (Azure-first)",
        C::Advice,
        "weight",
        1.0,
        None,
        WEIGHT,
        "Seed 000 Azure-first criterion 2",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::AdviceWeightEarlyFeatures,
        "advice.weight.early-features",
        "Weight: needs early access to new OpenAI features (Azure-first)",
        C::Advice,
        "weight",
        1.0,
        None,
        WEIGHT,
        "Seed 000 Azure-first criterion 3 ('still ships first on Azure')",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::AdviceWeightResidencyAzure,
        "advice.weight.residency-fits-azure",
        "Weight: data-residency needs fit Azure regions (Azure-first)",
        C::Advice,
        "weight",
        1.0,
        None,
        WEIGHT,
        "Seed 000 Azure-first criterion 4",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::AdviceWeightStateful,
        "advice.weight.stateful-agents",
        "Weight: use cases are stateful agents and multi-step workflows (AWS-first)",
        C::Advice,
        "weight",
        2.0,
        None,
        WEIGHT,
        "Seed 000 AWS-first criterion 1; weighted double like its Azure-first counterpart",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::AdviceWeightAwsInvestment,
        "advice.weight.aws-investment",
        "Weight: builds on Bedrock or has AWS investment (AWS-first)",
        C::Advice,
        "weight",
        1.0,
        None,
        WEIGHT,
        "Seed 000 AWS-first criterion 2",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::AdviceWeightTrainiumCost,
        "advice.weight.trainium-cost",
        "Weight: AWS (Trainium-optimised inference) costs less (AWS-first)",
        C::Advice,
        "weight",
        1.0,
        None,
        WEIGHT,
        "Seed 000 AWS-first criterion 3 ('Trainium-optimized inference for future cost savings'), read as \
         All on AWS costing less than All on Azure in this model",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::AdviceWeightDataInAws,
        "advice.weight.data-in-aws",
        "Weight: data and applications already in AWS (AWS-first)",
        C::Advice,
        "weight",
        1.0,
        None,
        WEIGHT,
        "Seed 000 AWS-first criterion 4",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::AdviceWeightBothKinds,
        "advice.weight.both-kinds",
        "Weight: both stateless and stateful use cases (multi-cloud)",
        C::Advice,
        "weight",
        2.0,
        None,
        WEIGHT,
        "Seed 000 multi-cloud criterion 1; weighted double like the other options' workload-mix criterion",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::AdviceWeightGovernance,
        "advice.weight.governance-acceptable",
        "Weight: governance complexity acceptable (multi-cloud)",
        C::Advice,
        "weight",
        1.0,
        None,
        WEIGHT,
        "Seed 000 multi-cloud criterion 2",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::AdviceWeightContracts,
        "advice.weight.contracts-on-both",
        "Weight: contracts on both clouds with leverage (multi-cloud)",
        C::Advice,
        "weight",
        1.0,
        None,
        WEIGHT,
        "Seed 000 multi-cloud criterion 3",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::AdviceWeightExpertise,
        "advice.weight.multicloud-expertise",
        "Weight: multi-cloud expertise and tooling in place (multi-cloud)",
        C::Advice,
        "weight",
        1.0,
        None,
        WEIGHT,
        "Seed 000 multi-cloud criterion 4",
        "2026-04-27",
        Cc,
    ),
    spec(
        Key::AdviceMainlyShare,
        "advice.mainly-share",
        "Share of workloads of one kind that counts as 'primarily'",
        C::Advice,
        "% of workloads",
        80.0,
        Some((70.0, 90.0)),
        (51.0, 100.0),
        "Stated rationale: 'primarily' fits from 0 at half the workloads to fully at this share",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::AdviceGovernanceToleranceHours,
        "advice.governance-tolerance-hours-month",
        "Extra governance hours a month at which multi-cloud governance no longer counts as acceptable",
        C::Advice,
        "hours/month",
        200.0,
        Some((100.0, 400.0)),
        (1.0, 1e6),
        "Stated rationale: about the people.multicloud-fte the TCO already charges plus a third; the fit \
         falls linearly from 1 with no extra hours to 0 at this figure",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::AdviceAwsCostAdvantage,
        "advice.aws-cost-advantage",
        "Saving of All on AWS over All on Azure at which the cost criterion fits fully",
        C::Advice,
        "% of horizon TCO",
        20.0,
        Some((10.0, 30.0)),
        (1.0, 100.0),
        "Stated rationale: seed 003 expects 'aggressive pricing and bundled discounts'; a fifth off the \
         horizon cost is a clear case; the fit rises linearly from no saving",
        RATIONALE_DATE,
        Cc,
    ),
    spec(
        Key::AdviceCloseCallPoints,
        "advice.close-call-points",
        "Score gap under which the advice is called a close call",
        C::Advice,
        "points of 100",
        5.0,
        Some((0.0, 10.0)),
        (0.0, 100.0),
        "Stated rationale: gaps this small depend on the weights; the room should decide",
        RATIONALE_DATE,
        Cc,
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PriceKind {
    Input,
    Output,
    CachedInput,
}

impl PriceKind {
    pub const ALL: [PriceKind; 3] = [PriceKind::Input, PriceKind::Output, PriceKind::CachedInput];

    pub fn key(self) -> &'static str {
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

    pub fn label(self) -> &'static str {
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
    PriceRow {
        input_range: Some((2.5, 2.75)),
        output_range: Some((10.0, 11.0)),
        ..row(
            Model::Gpt4o,
            2.5,
            10.0,
            Some(1.25),
            "§1 litellm azure/gpt-4o (L2); regional deployment (azure/gpt-4o-2024-11-20, L1+L2) 2.75/11",
            L2,
            A,
        )
    },
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
        Assumptions::resolve_layers(&BTreeMap::new(), overrides)
    }

    /// Three layers, the later winning: the shipped defaults, a private price book (an
    /// organisation's negotiated values, kept in the browser), then the scenario's own
    /// overrides. Price-book ids this version does not know are skipped silently (the book
    /// is checked when it is imported); overrides are handled as in [`Assumptions::resolve`].
    pub fn resolve_layers(
        price_book: &BTreeMap<String, f64>,
        overrides: &BTreeMap<String, f64>,
    ) -> Result<Resolved, AssumptionError> {
        let reg = Assumptions::get();
        let mut values: Vec<f64> = reg.entries.iter().map(|a| a.default).collect();
        let mut from_price_book = vec![false; values.len()];
        for (id, &value) in price_book {
            if let Some(&i) = reg.by_id.get(id.as_str()) {
                reg.entries[i].check(value)?;
                values[i] = value;
                from_price_book[i] = true;
            }
        }
        let base = values.clone();
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
            base,
            from_price_book,
        })
    }

    /// The defaults, with no overrides.
    pub fn defaults() -> Resolved {
        let values: Vec<f64> = Assumptions::all().iter().map(|a| a.default).collect();
        let overridden = vec![false; values.len()];
        Resolved {
            base: values.clone(),
            from_price_book: overridden.clone(),
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
    /// The scenario overrides it.
    pub overridden: bool,
    /// The private price book sets it (the scenario may still override it).
    pub from_price_book: bool,
    /// The value before the scenario's override: the price book's, or the default.
    pub base: f64,
}

/// Values in force for one scenario: defaults, then a private price book, then the
/// user's overrides.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Resolved {
    values: Vec<f64>,
    overridden: Vec<bool>,
    unknown_ids: Vec<String>,
    /// Values before the scenario's overrides.
    #[serde(skip)]
    base: Vec<f64>,
    #[serde(skip)]
    from_price_book: Vec<bool>,
}

impl Resolved {
    pub fn get(&self, key: Key) -> f64 {
        self.values[key as usize]
    }

    /// Sets the value at a registry index (`Assumptions::all()` order), for the sampler. The
    /// caller passes a checked value: one the assumption accepts.
    pub(crate) fn set_at(&mut self, index: usize, value: f64) {
        if let Some(v) = self.values.get_mut(index) {
            *v = value;
        }
    }

    /// The value at a registry index.
    pub(crate) fn at(&self, index: usize) -> f64 {
        self.values.get(index).copied().unwrap_or(0.0)
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
            .enumerate()
            .map(|(i, assumption)| ResolvedAssumption {
                assumption,
                value: self.values[i],
                overridden: self.overridden[i],
                from_price_book: self.from_price_book[i],
                base: self.base[i],
            })
    }

    /// Whether the private price book sets `id`.
    pub fn is_from_price_book(&self, id: &str) -> bool {
        Assumptions::get()
            .by_id
            .get(id)
            .is_some_and(|&i| self.from_price_book[i])
    }

    pub fn price_book_count(&self) -> usize {
        self.from_price_book.iter().filter(|b| **b).count()
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
    fn ranges_are_checked_end_by_end_and_in_order() {
        let egress = Assumptions::find("aws.egress.per-gb").unwrap();
        assert_eq!(egress.check_range(0.05, 0.12), Ok(()));
        assert_eq!(egress.check_range(0.09, 0.09), Ok(()));
        assert_eq!(
            egress.check_range(0.12, 0.05).unwrap_err().to_string(),
            "AWS data transfer out (aws.egress.per-gb): the low end of the range (0.12) is above the high \
             end (0.05)"
        );
        assert_eq!(
            egress.check_range(-1.0, 0.05).unwrap_err().to_string(),
            "AWS data transfer out (aws.egress.per-gb): the low end of the range cannot be negative (got -1)"
        );
        assert!(egress.check_range(0.05, f64::NAN).is_err());
        assert!(egress.check_range(0.05, 1e9).is_err());
        let frontier = Assumptions::find("availability.azure.frontier").unwrap();
        assert_eq!(frontier.check_range(202_701.0, 202_712.0), Ok(()));
        let never = frontier.check_range(0.0, 202_712.0).unwrap_err();
        assert!(
            never.to_string().ends_with("must be a month, not \"never\""),
            "{never}"
        );
        assert!(frontier.check_range(202_701.0, 202_713.0).is_err());
        assert_eq!(never.id(), "availability.azure.frontier");
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
