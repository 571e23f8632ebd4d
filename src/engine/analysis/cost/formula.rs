//! The formula behind each cost line's month-0 amount, kept as data: a [`Shape`] (which
//! assumptions it reads and how) and the workload quantities it is linear in.
//!
//! Every line is linear in its quantities (tokens, agent-hours, GB, counts), so lines of the
//! same shape add up into one formula with summed quantities. The Monte Carlo sampler relies
//! on this: a strategy's month-0 cost is a few dozen merged formulas, whatever the number of
//! workloads, and a sample re-evaluates only those.

use crate::engine::analysis::availability;
use crate::engine::assumptions::{Cloud, Key, Resolved};
use crate::engine::model::catalog::Model;
use crate::engine::model::scenario::{Framework, YearMonth};

use super::Scaling;

/// 8,760 hours a year / 12.
pub(crate) const HOURS_PER_MONTH: f64 = 730.0;

/// What a formula computes from the assumptions, without the workload quantities. Two
/// formulas with the same shape are merged by adding their quantities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Shape {
    /// q = [input tokens, output tokens] a month (calls x share x discount multiplier).
    Tokens {
        cloud: Cloud,
        model: Model,
        constrained: bool,
    },
    /// q = [deployments x discount multiplier].
    FineTunedHosting { cloud: Cloud },
    /// q = [agent-hours a month x share x discount multiplier].
    AgentRuntime { cloud: Cloud },
    /// q = [data GB x discount multiplier, calls a month x share x discount multiplier].
    StateStorage { cloud: Cloud },
    /// q = [data GB x payer's discount multiplier, tokens a month x payer's discount multiplier].
    Egress { payer: Cloud },
    /// q = [data GB x share x discount multiplier].
    StateSync { cloud: Cloud },
    /// q = [workloads].
    Rehost,
    /// q = [workloads].
    Replatform,
    /// q = [data GB]; `rate` is the $/GB assumption of where the data leaves.
    InitialCopy { rate: Key },
    /// q = [workloads]; zero while Azure offers Frontier agents at `start`.
    FoundryWorkaround { start: YearMonth },
    /// q = [discount multiplier] (one platform).
    LogIngest { cloud: Cloud },
    /// q = [discount multiplier] (one platform).
    ThreatDetection { cloud: Cloud },
    /// q = [audits] (one per cloud that needs the framework).
    Audit { framework: Framework },
    /// q = [teams].
    People,
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

fn hourly_rate(r: &Resolved) -> f64 {
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

impl Formula {
    pub(crate) fn new(shape: Shape, q0: f64) -> Formula {
        Formula { shape, q: [q0, 0.0] }
    }

    pub(crate) fn two(shape: Shape, q0: f64, q1: f64) -> Formula {
        Formula { shape, q: [q0, q1] }
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
        let [a, b] = self.shape.rates(r);
        self.q[0] * a + self.q[1] * b
    }
}

impl Shape {
    /// How an amount of this shape evolves over the horizon.
    pub(crate) fn scaling(&self) -> Scaling {
        match self {
            Shape::Tokens { .. } => Scaling::GrowthAndPriceDecline,
            Shape::AgentRuntime { .. }
            | Shape::StateStorage { .. }
            | Shape::Egress { .. }
            | Shape::StateSync { .. } => Scaling::Growth,
            Shape::FineTunedHosting { .. }
            | Shape::LogIngest { .. }
            | Shape::ThreatDetection { .. }
            | Shape::Audit { .. }
            | Shape::People => Scaling::Flat,
            Shape::Rehost
            | Shape::Replatform
            | Shape::InitialCopy { .. }
            | Shape::FoundryWorkaround { .. } => Scaling::OneTime,
        }
    }

    /// The cost of one unit of each quantity: a formula's amount is `q[0] x rates[0] +
    /// q[1] x rates[1]`.
    pub(crate) fn rates(&self, r: &Resolved) -> [f64; 2] {
        match *self {
            Shape::Tokens {
                cloud,
                model,
                constrained,
            } => {
                let p = r.price(cloud, model);
                let cached = r.get(Key::CachedInputShare) / 100.0;
                let batch = r.get(Key::BatchShare) / 100.0;
                let batch_kept = 1.0 - r.get(Key::BatchDiscount) / 100.0;
                // Interactive calls read the cache; batch calls are not cached (GH-71160466482).
                let input = (1.0 - batch) * ((1.0 - cached) * p.input + cached * p.cached_input)
                    + batch * p.input * batch_kept;
                let output = p.output * ((1.0 - batch) + batch * batch_kept);
                let premium = if constrained {
                    r.get(Key::DataZonePremium)
                } else {
                    1.0
                };
                [input / 1e6 * premium, output / 1e6 * premium]
            }
            Shape::FineTunedHosting { cloud } => {
                let ratio = match cloud {
                    Cloud::Azure => 1.0,
                    Cloud::Aws => r.get(Key::AwsOpenAiPriceRatio),
                };
                [HOURS_PER_MONTH * r.get(Key::FineTunedHostingPerHour) * ratio, 0.0]
            }
            Shape::AgentRuntime { cloud } => {
                let vcpu = r.get(Key::VcpuPerAgent);
                let gb = r.get(Key::GbPerAgent);
                let rate = match cloud {
                    Cloud::Azure => vcpu * r.get(Key::AzureVcpuHour) + gb * r.get(Key::AzureGibHour),
                    Cloud::Aws => {
                        vcpu * r.get(Key::AwsVcpuHour) * r.get(Key::AwsCpuActiveShare) / 100.0
                            + gb * r.get(Key::AwsGbHour)
                    }
                };
                [rate, 0.0]
            }
            Shape::StateStorage { cloud } => {
                let events = r.get(Key::MemoryEventsPerStep);
                match cloud {
                    Cloud::Azure => [
                        r.get(Key::AzureStorage),
                        events * r.get(Key::CosmosRuPerEvent) * r.get(Key::AzureCosmosRu) / 1e6,
                    ],
                    Cloud::Aws => [
                        r.get(Key::AwsStorage),
                        events * r.get(Key::AwsMemoryEvents) / 1000.0,
                    ],
                }
            }
            Shape::Egress { payer } => {
                let rate = egress_rate(r, payer);
                [
                    r.get(Key::DataRefreshShare) / 100.0 * rate,
                    r.get(Key::BytesPerToken) / 1e9 * rate,
                ]
            }
            Shape::StateSync { cloud } => [r.get(Key::StateSyncShare) / 100.0 * egress_rate(r, cloud), 0.0],
            Shape::Rehost => [r.get(Key::RehostPerWorkload), 0.0],
            Shape::Replatform => [r.get(Key::ReplatformHours) * hourly_rate(r), 0.0],
            Shape::InitialCopy { rate } => [r.get(rate), 0.0],
            Shape::FoundryWorkaround { start } => {
                if availability::azure_needs_frontier_workaround(r, start) {
                    [r.get(Key::FoundryBuildHours) * hourly_rate(r), 0.0]
                } else {
                    [0.0, 0.0]
                }
            }
            Shape::LogIngest { cloud } => {
                let ingest = match cloud {
                    Cloud::Azure => Key::AzureLogIngest,
                    Cloud::Aws => Key::AwsLogIngest,
                };
                [r.get(Key::LogGbPerMonth) * r.get(ingest), 0.0]
            }
            Shape::ThreatDetection { cloud } => {
                let per_platform = match cloud {
                    Cloud::Azure => r.get(Key::ProtectedServers) * r.get(Key::AzureDefenderPerServer),
                    Cloud::Aws => {
                        r.get(Key::CloudTrailMillionEvents) * r.get(Key::AwsGuardDutyPerMillionEvents)
                            + r.get(Key::FlowLogGb) * r.get(Key::AwsGuardDutyPerFlowGb)
                    }
                };
                [per_platform, 0.0]
            }
            Shape::Audit { framework } => [r.get(audit_key(framework)) / 12.0, 0.0],
            Shape::People => [r.get(Key::MultiCloudFte) * r.get(Key::ArchitectCost) / 12.0, 0.0],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::assumptions::Assumptions;

    #[test]
    fn merged_formulas_cost_what_their_parts_cost() {
        let r = Assumptions::defaults();
        let shape = Shape::Tokens {
            cloud: Cloud::Aws,
            model: Model::Gpt41,
            constrained: true,
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
        assert_eq!(Formula::new(Shape::People, 1.0).scaling(), Scaling::Flat);
        let sync = Formula::new(Shape::StateSync { cloud: Cloud::Aws }, 1.0);
        assert_eq!(sync.scaling(), Scaling::Growth);
    }
}
