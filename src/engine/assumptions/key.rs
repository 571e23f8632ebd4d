//! The scalar assumptions: each `Key` and its id, declared once.
//!
//! Ids are stable strings because they are stored in saved scenarios and share links; never
//! rename one. The order below is the registry order (the assumptions table and the sampler
//! follow it). Each key's spec lives in the `data` file named in its group comment.

/// Declares the `Key` enum, `Key::ALL` in declaration order and `Key::id`, from one list,
/// so that a variant and its id cannot drift apart.
macro_rules! keys {
    ($($variant:ident => $id:literal,)*) => {
        /// Scalar assumptions (everything except per-model token prices), in registry order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Key {
            $($variant,)*
        }

        impl Key {
            /// Every key, in declaration order: `Key::ALL[k as usize] == k`.
            pub const ALL: &'static [Key] = &[$(Key::$variant,)*];

            pub const COUNT: usize = Key::ALL.len();

            /// The id stored in saved scenarios, share links and price books.
            pub const fn id(self) -> &'static str {
                match self {
                    $(Key::$variant => $id,)*
                }
            }
        }
    };
}

keys! {
    // Pricing rules: data/pricing_rules.rs
    AwsOpenAiPriceRatio => "aws.price.openai-ratio",
    DataZonePremium => "pricing.data-zone-premium",
    BatchDiscount => "pricing.batch-discount",
    BatchShare => "usage.batch-share",
    CachedInputShare => "usage.cached-input-share",
    AgentCachedInputShare => "agent.cached-input-share",
    ContextCarryShare => "agent.context-carry-share",
    StepNewInputShare => "agent.step-new-input-share",
    ReasoningTokensPerOutput => "usage.reasoning-tokens-per-output-token",
    FineTunedHostingPerHour => "azure.fine-tuning.hosting-per-hour",
    FineTuneTrainingPerMillion => "azure.fine-tuning.training-per-million-tokens",
    // Egress: data/egress.rs
    AwsEgress => "aws.egress.per-gb",
    AzureEgress => "azure.egress.per-gb",
    DataRefreshShare => "egress.data-refresh-share",
    BytesPerToken => "egress.bytes-per-token",
    StateSyncShare => "egress.state-sync-share",
    // Storage: data/storage.rs
    AwsStorage => "aws.storage.per-gb-month",
    AzureStorage => "azure.storage.per-gb-month",
    AwsMemoryEvents => "aws.agent.memory-events-per-1000",
    AzureCosmosRu => "azure.storage.cosmos-per-million-ru",
    MemoryEventsPerStep => "agent.memory-events-per-step",
    CosmosRuPerEvent => "agent.cosmos-ru-per-event",
    CosmosRuPerRead => "agent.cosmos-ru-per-read",
    AzureCosmosStorage => "azure.storage.cosmos-per-gb-month",
    AwsKvWrite => "aws.storage.dynamodb-per-million-writes",
    AwsKvRead => "aws.storage.dynamodb-per-million-reads",
    AwsKvStorage => "aws.storage.dynamodb-per-gb-month",
    MemoryReadsPerEvent => "agent.memory-reads-per-event",
    MemoryKbPerEvent => "agent.memory-kb-per-event",
    MemoryRetentionMonths => "agent.memory-retention-months",
    AwsMemoryService => "aws.agent.memory-service",
    AwsMemoryRecords => "aws.agent.memory-records-per-1000-month",
    AwsMemoryRetrievals => "aws.agent.memory-retrievals-per-1000",
    MemoryRecordsPerSession => "agent.memory-long-term-records-per-session",
    // Agent runtime: data/agent_runtime.rs
    AwsVcpuHour => "aws.agent.vcpu-hour",
    AwsGbHour => "aws.agent.gb-hour",
    AzureVcpuHour => "azure.agent.vcpu-hour",
    AzureGibHour => "azure.agent.gib-hour",
    VcpuPerAgent => "agent.vcpu",
    GbPerAgent => "agent.memory-gb",
    AwsCpuActiveShare => "aws.agent.cpu-active-share",
    FrontierFeePerAgentHour => "aws.frontier.fee-per-agent-hour",
    FrontierFeePer1kSteps => "aws.frontier.fee-per-1000-steps",
    // Provisioned throughput: data/provisioned.rs
    PtuGlobalHourly => "azure.ptu.global-per-hour",
    PtuDataZoneHourly => "azure.ptu.data-zone-per-hour",
    PtuRegionalHourly => "azure.ptu.regional-per-hour",
    PtuGlobalMonth => "azure.ptu.global-month-reservation",
    PtuDataZoneMonth => "azure.ptu.data-zone-month-reservation",
    PtuRegionalMonth => "azure.ptu.regional-month-reservation",
    PtuGlobalYear => "azure.ptu.global-year-reservation",
    PtuDataZoneYear => "azure.ptu.data-zone-year-reservation",
    PtuRegionalYear => "azure.ptu.regional-year-reservation",
    PtuPeakToAverage => "azure.ptu.peak-to-average",
    // Tooling: data/tooling.rs
    LogGbPerMonth => "tooling.log-gb-per-month",
    AwsLogIngest => "aws.tooling.log-ingest-per-gb",
    AzureLogIngest => "azure.tooling.log-ingest-per-gb",
    ProtectedServers => "tooling.protected-servers",
    AzureDefenderPerServer => "azure.tooling.defender-per-server-month",
    CloudTrailMillionEvents => "tooling.cloudtrail-million-events-per-month",
    AwsGuardDutyPerMillionEvents => "aws.tooling.guardduty-per-million-events",
    FlowLogGb => "tooling.flow-log-gb-per-month",
    AwsGuardDutyPerFlowGb => "aws.tooling.guardduty-per-flow-gb",
    LogGbPerMillionCalls => "tooling.log-gb-per-million-calls",
    CloudResources => "tooling.cloud-resources",
    AzureCspmPerResource => "azure.tooling.defender-cspm-per-resource-month",
    SecurityChecksPerResource => "tooling.security-checks-per-resource-day",
    AwsSecurityHubPerCheck => "aws.tooling.security-hub-per-check",
    // People: data/people.rs
    ArchitectCost => "people.architect-cost-per-year",
    MultiCloudFte => "people.multicloud-fte",
    WorkingHours => "people.working-hours-per-year",
    PeopleFloorFte => "people.multicloud-fte-floor",
    PeopleFtePerWorkload => "people.fte-per-second-cloud-workload",
    PeopleFtePerMillion => "people.fte-per-million-second-cloud-spend",
    PeopleBothReduction => "people.reduction-if-already-on-both",
    SalaryGrowth => "people.salary-growth-per-year",
    // Audits: data/audits.rs
    AuditSoc2 => "audit.soc2.per-cloud-year",
    AuditHipaa => "audit.hipaa.per-cloud-year",
    AuditGdpr => "audit.gdpr.per-cloud-year",
    AuditIso27001 => "audit.iso27001.per-cloud-year",
    AuditIsoSurveillance => "audit.iso27001.surveillance-share",
    AuditScopeExtension => "audit.second-cloud-scope-share",
    // Migration: data/migration.rs
    RehostPerWorkload => "migration.rehost-per-workload",
    ReplatformHours => "migration.replatform-hours",
    OnlineTransferPerGb => "migration.online-transfer-per-gb",
    FoundryBuildHours => "workaround.foundry-agent-build-hours",
    FoundryPlatformFteYears => "workaround.foundry-platform-build-fte-years",
    FoundryUpkeepShare => "workaround.foundry-platform-upkeep-per-year",
    DualRunMonths => "migration.dual-run-months",
    EvaluationHours => "migration.evaluation-hours-per-workload",
    FineTuneTrainingMillionTokens => "migration.fine-tune-training-million-tokens",
    // Growth and price trends: data/growth.rs
    VolumeGrowth => "growth.volume-per-month",
    TokenPriceDecline => "growth.token-price-decline-per-year",
    DiscountRate => "finance.discount-rate-per-year",
    // Availability dates: data/availability.rs
    AwsGptFamilyFrom => "availability.aws.gpt-family",
    AwsFrontierFrom => "availability.aws.frontier",
    AwsFineTuningFrom => "availability.aws.fine-tuning",
    AwsUsGovernmentFrom => "availability.aws.us-government",
    AwsSovereignFrom => "availability.aws.sovereign",
    AzureFrontierFrom => "availability.azure.frontier",
    AzureFirstWindow => "availability.azure-first-window-months",
    // Governance: data/governance.rs. Per dimension: set-up per cloud, hours per cloud,
    // cross-cloud set-up and hours.
    GovIdentitySetup => "governance.identity.setup-hours-per-cloud",
    GovIdentityHours => "governance.identity.hours-per-cloud-month",
    GovIdentityCrossSetup => "governance.identity.federation-setup-hours",
    GovIdentityCrossHours => "governance.identity.federation-hours-month",
    GovIdentityPerWorkload => "governance.identity.hours-per-workload-month",
    GovResidencySetup => "governance.residency.setup-hours-per-cloud",
    GovResidencyHours => "governance.residency.hours-per-cloud-month",
    GovResidencyCrossSetup => "governance.residency.interface-setup-hours",
    GovResidencyCrossHours => "governance.residency.interface-hours-month",
    GovResidencyPerRegulated => "governance.residency.hours-per-regulated-workload-month",
    GovResidencySetupPerRegion => "governance.residency.setup-hours-per-region",
    GovComplianceSetup => "governance.compliance.setup-hours-per-cloud",
    GovComplianceHours => "governance.compliance.hours-per-cloud-month",
    GovComplianceCrossSetup => "governance.compliance.cross-cloud-setup-hours",
    GovComplianceCrossHours => "governance.compliance.cross-cloud-hours-month",
    GovCompliancePerFramework => "governance.compliance.hours-per-framework-month",
    GovComplianceSetupPerFramework => "governance.compliance.setup-hours-per-framework",
    GovAuditPrepHours => "governance.compliance.audit-prep-hours",
    GovAuditsPerFramework => "governance.compliance.audits-per-framework-year",
    GovCostSetup => "governance.cost.setup-hours-per-cloud",
    GovCostHours => "governance.cost.hours-per-cloud-month",
    GovCostCrossSetup => "governance.cost.chargeback-setup-hours",
    GovCostCrossHours => "governance.cost.chargeback-hours-month",
    GovCostPerWorkload => "governance.cost.hours-per-workload-month",
    GovObservabilitySetup => "governance.observability.setup-hours-per-cloud",
    GovObservabilityHours => "governance.observability.hours-per-cloud-month",
    GovObservabilityCrossSetup => "governance.observability.correlation-setup-hours",
    GovObservabilityCrossHours => "governance.observability.correlation-hours-month",
    GovObservabilityPerWorkload => "governance.observability.hours-per-workload-month",
    GovVendorSetup => "governance.vendor.setup-hours-per-cloud",
    GovVendorHours => "governance.vendor.hours-per-cloud-month",
    GovVendorCrossSetup => "governance.vendor.feature-matrix-setup-hours",
    GovVendorCrossHours => "governance.vendor.roadmap-hours-month",
    GovPolicyUnifySetup => "governance.centralised.unify-hours-per-policy",
    GovPolicyDriftHours => "governance.policy.drift-hours-per-policy-month",
    GovCentralisedDriftShare => "governance.centralised.drift-share",
    GovCentralisedSecondCloudShare => "governance.centralised.second-cloud-share",
    GovIndexReferenceHours => "governance.index.reference-hours-month",
    GovSetupAmortisation => "governance.index.setup-amortisation-months",
    // Risk: data/risk.rs
    RiskDataGravityGb => "risk.data-gravity.gb",
    RiskDataGravityHighGb => "risk.data-gravity.high-gb",
    RiskDataGravityPoints => "risk.data-gravity.points",
    RiskMigrationYearShare => "risk.migration-cost.year-share",
    RiskMigrationPoints => "risk.migration-cost.points",
    RiskStatefulPoints => "risk.statefulness.points",
    RiskLockInPoints => "risk.lock-in.points",
    RiskFeatureLagPoints => "risk.feature-lag.points",
    RiskUnavailablePoints => "risk.unavailable.points",
    RiskWorkaroundPoints => "risk.workaround.points",
    RiskResidencyPoints => "risk.residency-conflict.points",
    RiskImpactLow => "risk.impact.low",
    RiskImpactMedium => "risk.impact.medium",
    RiskImpactHigh => "risk.impact.high",
    RiskImpactMissionCritical => "risk.impact.mission-critical",
    RiskConcentrationLikelihood => "risk.concentration.likelihood",
    RiskConcentrationImpactPoints => "risk.concentration.impact-points",
    RiskSplitVendorLikelihood => "risk.split-vendor.likelihood",
    RiskSplitVendorImpact => "risk.split-vendor.impact",
    RiskComplianceDupLikelihood => "risk.compliance-duplication.likelihood",
    RiskComplianceDupImpact => "risk.compliance-duplication.impact",
    RiskLevelMedium => "risk.level.medium-from",
    RiskLevelHigh => "risk.level.high-from",
    RiskLevelCritical => "risk.level.critical-from",
    // Advice: data/advice.rs
    AdviceWeightStateless => "advice.weight.mainly-stateless",
    AdviceWeightAzureNative => "advice.weight.azure-native",
    AdviceWeightEarlyFeatures => "advice.weight.early-features",
    AdviceWeightResidencyAzure => "advice.weight.residency-fits-azure",
    AdviceWeightStateful => "advice.weight.stateful-agents",
    AdviceWeightAwsInvestment => "advice.weight.aws-investment",
    AdviceWeightTrainiumCost => "advice.weight.trainium-cost",
    AdviceWeightDataInAws => "advice.weight.data-in-aws",
    AdviceWeightBothKinds => "advice.weight.both-kinds",
    AdviceWeightGovernance => "advice.weight.governance-acceptable",
    AdviceWeightContracts => "advice.weight.contracts-on-both",
    AdviceWeightExpertise => "advice.weight.multicloud-expertise",
    AdviceMainlyShare => "advice.mainly-share",
    AdviceGovernanceToleranceHours => "advice.governance-tolerance-hours-month",
    AdviceCloseCallPoints => "advice.close-call-points",
    // Advice weighed by spend and the organisation's answers (issue 16): data/advice.rs.
    // advice.aws-cost-advantage is gone: cost per token is asked of the organisation now.
    AdviceMaterialAgentShare => "advice.material-agent-share",
    AdviceGovernanceLowHours => "advice.governance-appetite.low-hours-month",
    AdviceGovernanceHighHours => "advice.governance-appetite.high-hours-month",
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn all_lists_every_key_at_its_own_index() {
        for (i, key) in Key::ALL.iter().enumerate() {
            assert_eq!(*key as usize, i, "{key:?}");
        }
    }

    #[test]
    fn ids_are_unique_and_well_formed() {
        let mut seen = BTreeSet::new();
        for key in Key::ALL {
            let id = key.id();
            assert!(seen.insert(id), "{id} is used twice");
            let well_formed = id.split('.').count() >= 2
                && id.split('.').all(|part| {
                    !part.is_empty()
                        && part
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                });
            assert!(well_formed, "{id} is not lower-case words joined by dots");
        }
    }
}
