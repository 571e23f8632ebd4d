//! The formula behind each cost line's month-0 amount, kept as data: a [`Shape`] (which
//! assumptions it reads and how) and the workload quantities it is linear in.
//!
//! Every line is linear in its quantities (tokens, agent-hours, GB, counts), so lines of the
//! same shape add up into one formula with summed quantities. The Monte Carlo sampler relies
//! on this: a strategy's month-0 cost is a few dozen merged formulas, whatever the number of
//! workloads, and a sample re-evaluates only those.

use crate::analysis::availability;
use crate::assumptions::{Cloud, Key, Resolved};
use crate::model::capacity::{PtuDeployment, PtuTerm};
use crate::model::catalog::Model;
use crate::model::scenario::{Framework, YearMonth};

use super::Scaling;

/// 8,760 hours a year / 12.
pub(crate) const HOURS_PER_MONTH: f64 = 730.0;

/// 1 GB = 10^9 bytes = 0.931 GiB: Azure bills agent memory per GiB, AWS per GB.
pub(crate) const GIB_PER_GB: f64 = 1e9 / 1_073_741_824.0;

/// What a formula computes from the assumptions, without the workload quantities. Two
/// formulas with the same shape are merged by adding their quantities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Shape {
    /// q = [fresh input tokens, output tokens] a month (calls x share x discount multiplier).
    /// `agent`: the agent's prompt-cache share applies instead of the stateless one.
    Tokens {
        cloud: Cloud,
        model: Model,
        constrained: bool,
        agent: bool,
    },
    /// q = [input, output tokens of earlier steps an agent could resend, a month]; the new
    /// share of the input and the output, times the carried share, are billed as input at the
    /// agent's cache share.
    CarriedContext {
        cloud: Cloud,
        model: Model,
        constrained: bool,
    },
    /// q = [deployments x discount multiplier].
    FineTunedHosting { cloud: Cloud },
    /// q = [agent-hours a month x share x discount multiplier].
    AgentRuntime { cloud: Cloud },
    /// q = [agent-hours, steps] a month x share x discount multiplier; zero on Azure while
    /// Frontier is not offered there at `start`.
    FrontierFee { cloud: Cloud, start: YearMonth },
    /// q = [data GB x discount multiplier]: object storage (Blob, S3).
    StateStorage { cloud: Cloud },
    /// q = [steps, sessions] a month x share x discount multiplier: memory writes, reads and
    /// the memory kept, in Cosmos DB, DynamoDB or AgentCore Memory.
    AgentMemory { cloud: Cloud },
    /// q = [data GB x payer's discount multiplier, tokens a month x payer's discount multiplier].
    Egress { payer: Cloud },
    /// q = [data GB x share x discount multiplier].
    StateSync { cloud: Cloud },
    /// q = [workloads].
    Rehost,
    /// q = [workloads].
    Replatform,
    /// q = [workloads].
    Evaluation,
    /// q = [the moved workload's month-0 run cost on its new cloud].
    DualRun,
    /// q = [data GB] embedded again with `model` on `cloud`.
    ReEmbedding { cloud: Cloud, model: Model },
    /// q = [fine-tuned deployments trained again on `cloud`].
    FineTuneTraining { cloud: Cloud },
    /// q = [data GB]; `rate` is the $/GB assumption of where the data leaves.
    InitialCopy { rate: Key },
    /// q = [workloads]; zero while Azure offers Frontier agents at `start`.
    FoundryWorkaround { start: YearMonth },
    /// q = [1], once per strategy; zero while Azure offers Frontier agents at `start`.
    FoundryPlatformBuild { start: YearMonth },
    /// q = [1], once per strategy; zero while Azure offers Frontier agents at `start`.
    FoundryPlatformUpkeep { start: YearMonth },
    /// q = [discount multiplier] (one platform).
    LogIngest { cloud: Cloud },
    /// q = [calls a month x discount multiplier] on the cloud.
    LogVolume { cloud: Cloud },
    /// q = [discount multiplier] (one platform).
    ThreatDetection { cloud: Cloud },
    /// q = [discount multiplier] (one platform).
    Posture { cloud: Cloud },
    /// q = [full audits, scope extensions for a second cloud].
    Audit { framework: Framework },
    /// q = [1]: the second cloud's footprint is in the shape, because headcount is not
    /// linear in it (a floor and a cap).
    People(PeopleFootprint),
    /// q = [governance set-up hours].
    GovernanceSetup,
    /// q = [governance hours a month].
    GovernanceRun,
    /// q = [PTU reserved x discount multiplier], on Azure. Sized to the traffic, the units
    /// follow its growth; entered by hand, they stay.
    ProvisionedUnits {
        deployment: PtuDeployment,
        term: PtuTerm,
        sized_to_traffic: bool,
    },
}

/// What the multi-cloud headcount is sized from: the second cloud's footprint, and the
/// cross-cloud governance hours already paid as governance work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct PeopleFootprint {
    /// Workloads with any traffic on each cloud (Azure, AWS).
    pub workloads: [u32; 2],
    /// Month-0 run cost on each cloud x 12, whole dollars.
    pub yearly_spend: [u64; 2],
    /// The second cloud, when the organisation's native cloud says which it is. Otherwise the
    /// headcount is the smaller of the two readings, so that growing either cloud never
    /// lowers it (a second cloud chosen by spend would switch as the spends cross).
    pub second: Option<Cloud>,
    /// The organisation already runs both clouds.
    pub native_both: bool,
    /// Cross-cloud governance hours a month x 100 (federation, policies kept in sync).
    pub cross_cloud_centihours: u64,
}

/// A shape with its quantities.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Formula {
    pub shape: Shape,
    pub q: [f64; 2],
}

fn egress_rate(r: &Resolved, c: Cloud) -> f64 {
    r.get(match c {
        Cloud::Azure => Key::AzureEgress,
        Cloud::Aws => Key::AwsEgress,
    })
}

/// A fully loaded engineering hour.
pub(crate) fn hourly_rate(r: &Resolved) -> f64 {
    // Working hours are bounded below by 1, so the rate is finite.
    r.get(Key::ArchitectCost) / r.get(Key::WorkingHours)
}

pub(super) fn audit_key(f: Framework) -> Key {
    match f {
        Framework::Soc2 => Key::AuditSoc2,
        Framework::Hipaa => Key::AuditHipaa,
        Framework::Gdpr => Key::AuditGdpr,
        Framework::Iso27001 => Key::AuditIso27001,
    }
}

/// The yearly cost of a framework's audit. ISO 27001 is certified every 3 years with
/// surveillance audits between: its yearly cost is the cycle's average.
pub(super) fn yearly_audit(r: &Resolved, f: Framework) -> f64 {
    let fee = r.get(audit_key(f));
    match f {
        Framework::Iso27001 => fee * (1.0 + 2.0 * r.get(Key::AuditIsoSurveillance) / 100.0) / 3.0,
        _ => fee,
    }
}

/// The extra headcount for the second cloud of this footprint.
pub(crate) fn multi_cloud_fte(r: &Resolved, f: PeopleFootprint) -> f64 {
    let on = |c: Cloud| {
        let by_footprint = r.get(Key::PeopleFtePerWorkload) * f64::from(f.workloads[c.index()])
            + r.get(Key::PeopleFtePerMillion) * f.yearly_spend[c.index()] as f64 / 1e6;
        let (floor, cap) = (r.get(Key::PeopleFloorFte), r.get(Key::MultiCloudFte));
        by_footprint.max(floor).min(cap.max(floor))
    };
    let fte = match f.second {
        Some(c) => on(c),
        None => on(Cloud::Azure).min(on(Cloud::Aws)),
    };
    if f.native_both {
        fte * (1.0 - r.get(Key::PeopleBothReduction) / 100.0)
    } else {
        fte
    }
}

/// The monthly cost of the multi-cloud headcount not already paid as cross-cloud governance
/// hours: the same people do that work, so it is counted once.
fn people_monthly(r: &Resolved, f: PeopleFootprint) -> f64 {
    let headcount = multi_cloud_fte(r, f) * r.get(Key::ArchitectCost) / 12.0;
    let governed = f.cross_cloud_centihours as f64 / 100.0 * hourly_rate(r);
    (headcount - governed).max(0.0)
}

/// The values in force, with the shares every token shape's rates use read and scaled once:
/// a sample prices dozens of token shapes with the same ones.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RateValues<'a> {
    r: &'a Resolved,
    batch: f64,
    batch_kept: f64,
    cached: f64,
    agent_cached: f64,
}

impl<'a> RateValues<'a> {
    pub(crate) fn of(r: &'a Resolved) -> RateValues<'a> {
        RateValues {
            r,
            batch: r.get(Key::BatchShare) / 100.0,
            batch_kept: 1.0 - r.get(Key::BatchDiscount) / 100.0,
            cached: r.get(Key::CachedInputShare) / 100.0,
            agent_cached: r.get(Key::AgentCachedInputShare) / 100.0,
        }
    }
}

/// $ per input token and per output token of `model` on `cloud`, with the cache share given.
#[inline(always)]
fn token_rates(v: &RateValues, cloud: Cloud, model: Model, constrained: bool, cached: f64) -> (f64, f64) {
    let r = v.r;
    let p = r.price(cloud, model);
    let (batch, batch_kept) = (v.batch, v.batch_kept);
    // Interactive calls read the cache; batch calls are not cached (GH-71160466482).
    let input =
        (1.0 - batch) * ((1.0 - cached) * p.input + cached * p.cached_input) + batch * p.input * batch_kept;
    let reasoning = if model.is_reasoning() {
        r.get(Key::ReasoningTokensPerOutput)
    } else {
        0.0
    };
    let output = p.output * ((1.0 - batch) + batch * batch_kept) * (1.0 + reasoning);
    // Stated rationale (pricing-facts.md does not say): Bedrock's in-region prices keep data in
    // the region, and Mantle's GPT prices are already 1.1x Azure Global.
    let premium = if constrained && cloud == Cloud::Azure {
        r.get(Key::DataZonePremium)
    } else {
        1.0
    };
    (input / 1e6 * premium, output / 1e6 * premium)
}

/// $ per PTU a month: the hourly rate over a month's hours, the month's reservation, or a
/// twelfth of the year's.
pub(crate) fn ptu_month_rate(r: &Resolved, deployment: PtuDeployment, term: PtuTerm) -> f64 {
    let key = ptu_price_key(deployment, term);
    let per = match term {
        PtuTerm::Hourly => HOURS_PER_MONTH,
        PtuTerm::Monthly => 1.0,
        PtuTerm::Yearly => 1.0 / 12.0,
    };
    r.get(key) * per
}

/// The assumption behind `ptu_month_rate`.
pub(crate) fn ptu_price_key(deployment: PtuDeployment, term: PtuTerm) -> Key {
    use PtuDeployment::{DataZone, Global, Regional};
    match (deployment, term) {
        (Global, PtuTerm::Hourly) => Key::PtuGlobalHourly,
        (DataZone, PtuTerm::Hourly) => Key::PtuDataZoneHourly,
        (Regional, PtuTerm::Hourly) => Key::PtuRegionalHourly,
        (Global, PtuTerm::Monthly) => Key::PtuGlobalMonth,
        (DataZone, PtuTerm::Monthly) => Key::PtuDataZoneMonth,
        (Regional, PtuTerm::Monthly) => Key::PtuRegionalMonth,
        (Global, PtuTerm::Yearly) => Key::PtuGlobalYear,
        (DataZone, PtuTerm::Yearly) => Key::PtuDataZoneYear,
        (Regional, PtuTerm::Yearly) => Key::PtuRegionalYear,
    }
}

/// $ per memory step and per session of an agent's memory on `cloud`.
fn memory_rates(r: &Resolved, cloud: Cloud) -> (f64, f64) {
    let events = r.get(Key::MemoryEventsPerStep);
    let reads = r.get(Key::MemoryReadsPerEvent);
    let kb = r.get(Key::MemoryKbPerEvent);
    let months = r.get(Key::MemoryRetentionMonths);
    // Stored GB at steady state: a month of items x their size x the months they are kept.
    let kept_gb = events * kb / 1e6 * months;
    match cloud {
        Cloud::Azure => {
            let ru = r.get(Key::CosmosRuPerEvent) + reads * r.get(Key::CosmosRuPerRead);
            (
                events * ru * r.get(Key::AzureCosmosRu) / 1e6 + kept_gb * r.get(Key::AzureCosmosStorage),
                0.0,
            )
        }
        Cloud::Aws if r.get(Key::AwsMemoryService) >= 0.5 => (
            events * (r.get(Key::AwsMemoryEvents) + reads * r.get(Key::AwsMemoryRetrievals)) / 1000.0,
            r.get(Key::MemoryRecordsPerSession) * months * r.get(Key::AwsMemoryRecords) / 1000.0,
        ),
        Cloud::Aws => {
            // DynamoDB: one write unit per KB written, one read unit per 4 KB read.
            let (wru, rru) = ((kb.max(0.0)).ceil().max(1.0), (kb.max(0.0) / 4.0).ceil().max(1.0));
            let requests =
                events * (wru * r.get(Key::AwsKvWrite) + reads * rru * r.get(Key::AwsKvRead)) / 1e6;
            (requests + kept_gb * r.get(Key::AwsKvStorage), 0.0)
        }
    }
}

impl Formula {
    pub(crate) fn new(shape: Shape, q0: f64) -> Formula {
        Formula { shape, q: [q0, 0.0] }
    }

    pub(crate) fn two(shape: Shape, q0: f64, q1: f64) -> Formula {
        Formula { shape, q: [q0, q1] }
    }

    /// The same formula for `share` of its quantities.
    pub(crate) fn scaled(self, share: f64) -> Formula {
        Formula {
            shape: self.shape,
            q: self.q.map(|q| q * share),
        }
    }

    /// Adds another formula of the same shape.
    pub(crate) fn add(&mut self, other: &Formula) {
        debug_assert_eq!(self.shape, other.shape);
        self.q[0] += other.q[0];
        self.q[1] += other.q[1];
    }

    pub(crate) fn scaling(&self) -> Scaling {
        self.shape.scaling()
    }

    /// The month-0 amount with the assumptions in `r`.
    pub(crate) fn amount(&self, r: &Resolved) -> f64 {
        let (a, b) = self.shape.rates(&RateValues::of(r));
        self.q[0] * a + self.q[1] * b
    }
}

impl Shape {
    /// How an amount of this shape evolves over the horizon.
    pub(crate) fn scaling(&self) -> Scaling {
        match self {
            Shape::Tokens { .. } | Shape::CarriedContext { .. } => Scaling::GrowthAndPriceDecline,
            Shape::AgentRuntime { .. }
            | Shape::FrontierFee { .. }
            | Shape::StateStorage { .. }
            | Shape::AgentMemory { .. }
            | Shape::Egress { .. }
            | Shape::StateSync { .. }
            | Shape::LogVolume { .. }
            | Shape::ProvisionedUnits {
                sized_to_traffic: true,
                ..
            } => Scaling::Growth,
            Shape::FineTunedHosting { .. }
            | Shape::LogIngest { .. }
            | Shape::ThreatDetection { .. }
            | Shape::Posture { .. }
            | Shape::Audit { .. }
            | Shape::ProvisionedUnits {
                sized_to_traffic: false,
                ..
            } => Scaling::Flat,
            Shape::People(_) | Shape::GovernanceRun | Shape::FoundryPlatformUpkeep { .. } => Scaling::Labour,
            Shape::Rehost
            | Shape::Replatform
            | Shape::Evaluation
            | Shape::DualRun
            | Shape::ReEmbedding { .. }
            | Shape::FineTuneTraining { .. }
            | Shape::InitialCopy { .. }
            | Shape::FoundryWorkaround { .. }
            | Shape::FoundryPlatformBuild { .. }
            | Shape::GovernanceSetup => Scaling::OneTime,
        }
    }

    /// The cost of one unit of each quantity: a formula's amount is `q[0] x rates.0 +
    /// q[1] x rates.1`.
    // Inlined, and a pair of numbers rather than an array: the compiler keeps an array in
    // memory, where the arms store its two halves and the sampler reads it back whole, which
    // waits for both stores on every shape of every sample (a store-forwarding stall).
    #[inline(always)]
    pub(crate) fn rates(&self, v: &RateValues) -> (f64, f64) {
        let r = v.r;
        let one = |rate: f64| (rate, 0.0);
        match *self {
            Shape::Tokens {
                cloud,
                model,
                constrained,
                agent,
            } => {
                let cached = if agent { v.agent_cached } else { v.cached };
                token_rates(v, cloud, model, constrained, cached)
            }
            Shape::CarriedContext {
                cloud,
                model,
                constrained,
            } => carried_context_rates(v, cloud, model, constrained),
            Shape::FineTunedHosting { cloud } => {
                one(HOURS_PER_MONTH * r.get(Key::FineTunedHostingPerHour) * aws_ratio(r, cloud))
            }
            Shape::AgentRuntime { cloud } => one(agent_hour_rate(r, cloud)),
            Shape::FrontierFee { cloud, start } => {
                let offered = cloud == Cloud::Aws || !availability::azure_needs_frontier_workaround(r, start);
                let fee = (
                    r.get(Key::FrontierFeePerAgentHour),
                    r.get(Key::FrontierFeePer1kSteps) / 1000.0,
                );
                if offered {
                    fee
                } else {
                    (0.0, 0.0)
                }
            }
            Shape::StateStorage { cloud } => one(r.get(match cloud {
                Cloud::Azure => Key::AzureStorage,
                Cloud::Aws => Key::AwsStorage,
            })),
            Shape::AgentMemory { cloud } => memory_rates(r, cloud),
            Shape::Egress { payer } => {
                let rate = egress_rate(r, payer);
                (
                    r.get(Key::DataRefreshShare) / 100.0 * rate,
                    r.get(Key::BytesPerToken) / 1e9 * rate,
                )
            }
            Shape::StateSync { cloud } => one(r.get(Key::StateSyncShare) / 100.0 * egress_rate(r, cloud)),
            Shape::Rehost => one(r.get(Key::RehostPerWorkload)),
            Shape::Replatform => one(r.get(Key::ReplatformHours) * hourly_rate(r)),
            Shape::Evaluation => one(r.get(Key::EvaluationHours) * hourly_rate(r)),
            Shape::DualRun => one(r.get(Key::DualRunMonths)),
            Shape::ReEmbedding { cloud, model } => {
                // A token is at least a byte of text; this also keeps the rate finite at 0.
                let tokens_per_gb = 1e9 / r.get(Key::BytesPerToken).max(1.0);
                one(tokens_per_gb * r.price(cloud, model).input / 1e6)
            }
            Shape::FineTuneTraining { cloud } => one(r.get(Key::FineTuneTrainingMillionTokens)
                * r.get(Key::FineTuneTrainingPerMillion)
                * aws_ratio(r, cloud)),
            Shape::InitialCopy { rate } => one(r.get(rate)),
            Shape::FoundryWorkaround { start } => one(while_no_frontier(
                r,
                start,
                r.get(Key::FoundryBuildHours) * hourly_rate(r),
            )),
            Shape::FoundryPlatformBuild { start } => one(while_no_frontier(r, start, foundry_build(r))),
            Shape::FoundryPlatformUpkeep { start } => {
                let upkeep = foundry_build(r) * r.get(Key::FoundryUpkeepShare) / 100.0 / 12.0;
                one(while_no_frontier(r, start, upkeep))
            }
            Shape::LogIngest { cloud } => one(r.get(Key::LogGbPerMonth) * r.get(log_ingest_key(cloud))),
            Shape::LogVolume { cloud } => {
                one(r.get(Key::LogGbPerMillionCalls) / 1e6 * r.get(log_ingest_key(cloud)))
            }
            Shape::ThreatDetection { cloud } => one(threat_detection(r, cloud)),
            Shape::Posture { cloud } => one(posture_management(r, cloud)),
            Shape::ProvisionedUnits { deployment, term, .. } => one(ptu_month_rate(r, deployment, term)),
            Shape::Audit { framework } => {
                let monthly = yearly_audit(r, framework) / 12.0;
                (monthly, monthly * r.get(Key::AuditScopeExtension) / 100.0)
            }
            Shape::People(footprint) => one(people_monthly(r, footprint)),
            Shape::GovernanceSetup | Shape::GovernanceRun => one(hourly_rate(r)),
        }
    }
}

/// 1 on Azure; Bedrock's estimated price of an unlisted OpenAI model on AWS.
fn aws_ratio(r: &Resolved, cloud: Cloud) -> f64 {
    match cloud {
        Cloud::Azure => 1.0,
        Cloud::Aws => r.get(Key::AwsOpenAiPriceRatio),
    }
}

/// $ per token an agent resends: (per step input token, per step output token), each times the
/// carried share (and the input's new share), billed as input at the agent's cache share.
fn carried_context_rates(v: &RateValues, cloud: Cloud, model: Model, constrained: bool) -> (f64, f64) {
    let r = v.r;
    let (input, _) = token_rates(v, cloud, model, constrained, v.agent_cached);
    let carried = input * r.get(Key::ContextCarryShare) / 100.0;
    (carried * r.get(Key::StepNewInputShare) / 100.0, carried)
}

/// $ per agent-hour: Azure bills the provisioned session (memory per GiB), AgentCore the CPU
/// only while active.
fn agent_hour_rate(r: &Resolved, cloud: Cloud) -> f64 {
    let vcpu = r.get(Key::VcpuPerAgent);
    let gb = r.get(Key::GbPerAgent);
    match cloud {
        Cloud::Azure => vcpu * r.get(Key::AzureVcpuHour) + gb * GIB_PER_GB * r.get(Key::AzureGibHour),
        Cloud::Aws => {
            vcpu * r.get(Key::AwsVcpuHour) * r.get(Key::AwsCpuActiveShare) / 100.0
                + gb * r.get(Key::AwsGbHour)
        }
    }
}

/// `amount` while Azure does not offer Frontier at `start`, else nothing.
fn while_no_frontier(r: &Resolved, start: YearMonth, amount: f64) -> f64 {
    if availability::azure_needs_frontier_workaround(r, start) {
        amount
    } else {
        0.0
    }
}

/// Building Frontier-class memory, identity and orchestration on Foundry, once.
fn foundry_build(r: &Resolved) -> f64 {
    r.get(Key::FoundryPlatformFteYears) * r.get(Key::ArchitectCost)
}

/// A platform's threat detection a month: Defender for Servers, or GuardDuty's event and
/// flow-log analysis.
fn threat_detection(r: &Resolved, cloud: Cloud) -> f64 {
    match cloud {
        Cloud::Azure => r.get(Key::ProtectedServers) * r.get(Key::AzureDefenderPerServer),
        Cloud::Aws => {
            r.get(Key::CloudTrailMillionEvents) * r.get(Key::AwsGuardDutyPerMillionEvents)
                + r.get(Key::FlowLogGb) * r.get(Key::AwsGuardDutyPerFlowGb)
        }
    }
}

/// A platform's posture management a month: Defender CSPM per resource, or Security Hub's
/// daily checks (365 / 12 days a month).
fn posture_management(r: &Resolved, cloud: Cloud) -> f64 {
    let per_resource = match cloud {
        Cloud::Azure => r.get(Key::AzureCspmPerResource),
        Cloud::Aws => {
            r.get(Key::SecurityChecksPerResource) * 365.0 / 12.0 * r.get(Key::AwsSecurityHubPerCheck)
        }
    };
    r.get(Key::CloudResources) * per_resource
}

fn log_ingest_key(cloud: Cloud) -> Key {
    match cloud {
        Cloud::Azure => Key::AzureLogIngest,
        Cloud::Aws => Key::AwsLogIngest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assumptions::Assumptions;

    #[test]
    fn merged_formulas_cost_what_their_parts_cost() {
        let r = Assumptions::defaults();
        let shape = Shape::Tokens {
            cloud: Cloud::Aws,
            model: Model::Gpt41,
            constrained: true,
            agent: false,
        };
        let a = Formula::two(shape, 3e9, 1e9);
        let b = Formula::two(shape, 5e8, 2e8);
        let mut merged = a;
        merged.add(&b);
        let parts = a.amount(&r) + b.amount(&r);
        assert!((merged.amount(&r) - parts).abs() <= 1e-9 * parts);
    }

    #[test]
    fn tokens_price_input_and_output_per_million() {
        let r = Assumptions::defaults();
        let f = Formula::two(
            Shape::Tokens {
                cloud: Cloud::Azure,
                model: Model::Gpt4o,
                constrained: false,
                agent: false,
            },
            1e6,
            1e6,
        );
        // gpt-4o on Azure: $2.50 in, $10 out per 1M tokens; no cache or batch by default.
        assert!((f.amount(&r) - 12.5).abs() < 1e-12);
    }

    #[test]
    fn one_time_and_flat_shapes_scale_as_their_lines() {
        assert_eq!(Formula::new(Shape::Rehost, 1.0).scaling(), Scaling::OneTime);
        assert_eq!(Formula::new(Shape::GovernanceRun, 1.0).scaling(), Scaling::Labour);
        let sync = Formula::new(Shape::StateSync { cloud: Cloud::Aws }, 1.0);
        assert_eq!(sync.scaling(), Scaling::Growth);
    }
}
