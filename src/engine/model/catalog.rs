//! Workload kinds the palette offers and the models a workload can use, with the
//! defaults a new workload of each kind starts from.

use serde::{Deserialize, Serialize};

/// The two families of the functional split (seed 000, 002): stateless API calls are
/// Azure-first, stateful agent runtimes (Frontier) are distributed by AWS.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Family {
    StatelessApi,
    StatefulAgent,
}

impl Family {
    pub fn label(self) -> &'static str {
        match self {
            Family::StatelessApi => "Stateless API",
            Family::StatefulAgent => "Stateful agents",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum WorkloadKind {
    SupportChatbot,
    ContentGeneration,
    Summarisation,
    Classification,
    Embeddings,
    FineTunedServing,
    FrontierAgentTeam,
    ResearchAgent,
    ProcessAutomation,
    ServiceAgentWithMemory,
}

/// Starting values for a new workload of a kind. Volumes and token counts are
/// illustrative sizes for a mid-size enterprise, meant to be edited; they are not prices.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KindDefaults {
    pub model: Model,
    /// Requests per month (stateless) or agent sessions per month (stateful).
    pub monthly_volume: f64,
    /// Tokens per request (stateless) or per agent step (stateful).
    pub tokens_in: f64,
    pub tokens_out: f64,
    /// Model calls per session; 1 for stateless requests.
    pub steps_per_session: f64,
    /// Runtime hours per session; 0 for stateless requests.
    pub agent_hours_per_session: f64,
    pub data_gb: f64,
}

impl WorkloadKind {
    pub const ALL: [WorkloadKind; 10] = [
        WorkloadKind::SupportChatbot,
        WorkloadKind::ContentGeneration,
        WorkloadKind::Summarisation,
        WorkloadKind::Classification,
        WorkloadKind::Embeddings,
        WorkloadKind::FineTunedServing,
        WorkloadKind::FrontierAgentTeam,
        WorkloadKind::ResearchAgent,
        WorkloadKind::ProcessAutomation,
        WorkloadKind::ServiceAgentWithMemory,
    ];

    pub fn label(self) -> &'static str {
        match self {
            WorkloadKind::SupportChatbot => "Customer-support chatbot",
            WorkloadKind::ContentGeneration => "Content generation",
            WorkloadKind::Summarisation => "Summarisation",
            WorkloadKind::Classification => "Classification",
            WorkloadKind::Embeddings => "Embeddings / retrieval indexing",
            WorkloadKind::FineTunedServing => "Fine-tuned model serving",
            WorkloadKind::FrontierAgentTeam => "Frontier agent team",
            WorkloadKind::ResearchAgent => "Autonomous research agent",
            WorkloadKind::ProcessAutomation => "Multi-step process automation",
            WorkloadKind::ServiceAgentWithMemory => "Customer-service agent with memory",
        }
    }

    pub fn family(self) -> Family {
        match self {
            WorkloadKind::SupportChatbot
            | WorkloadKind::ContentGeneration
            | WorkloadKind::Summarisation
            | WorkloadKind::Classification
            | WorkloadKind::Embeddings
            | WorkloadKind::FineTunedServing => Family::StatelessApi,
            WorkloadKind::FrontierAgentTeam
            | WorkloadKind::ResearchAgent
            | WorkloadKind::ProcessAutomation
            | WorkloadKind::ServiceAgentWithMemory => Family::StatefulAgent,
        }
    }

    pub fn is_stateful(self) -> bool {
        self.family() == Family::StatefulAgent
    }

    pub fn defaults(self) -> KindDefaults {
        let stateless = |model, monthly_volume, tokens_in, tokens_out, data_gb| KindDefaults {
            model,
            monthly_volume,
            tokens_in,
            tokens_out,
            steps_per_session: 1.0,
            agent_hours_per_session: 0.0,
            data_gb,
        };
        let agent = |monthly_volume, steps, hours, tokens_in, tokens_out, data_gb| KindDefaults {
            model: Model::Gpt5,
            monthly_volume,
            tokens_in,
            tokens_out,
            steps_per_session: steps,
            agent_hours_per_session: hours,
            data_gb,
        };
        match self {
            WorkloadKind::SupportChatbot => stateless(Model::Gpt41Mini, 1_000_000.0, 1_000.0, 300.0, 50.0),
            WorkloadKind::ContentGeneration => stateless(Model::Gpt41, 200_000.0, 800.0, 1_200.0, 20.0),
            WorkloadKind::Summarisation => stateless(Model::Gpt41Mini, 300_000.0, 4_000.0, 400.0, 200.0),
            WorkloadKind::Classification => stateless(Model::Gpt41Nano, 2_000_000.0, 500.0, 20.0, 100.0),
            WorkloadKind::Embeddings => stateless(Model::TextEmbedding3Large, 5_000_000.0, 800.0, 0.0, 500.0),
            WorkloadKind::FineTunedServing => stateless(Model::Gpt41Mini, 500_000.0, 600.0, 200.0, 30.0),
            WorkloadKind::FrontierAgentTeam => agent(20_000.0, 40.0, 0.5, 3_000.0, 600.0, 300.0),
            WorkloadKind::ResearchAgent => agent(5_000.0, 60.0, 1.0, 4_000.0, 800.0, 150.0),
            WorkloadKind::ProcessAutomation => agent(50_000.0, 15.0, 0.2, 2_000.0, 400.0, 200.0),
            WorkloadKind::ServiceAgentWithMemory => agent(200_000.0, 8.0, 0.1, 1_500.0, 300.0, 400.0),
        }
    }
}

/// Models a workload can be priced on. Prices live in the assumptions, not here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Model {
    Gpt4o,
    Gpt4oMini,
    Gpt41,
    Gpt41Mini,
    Gpt41Nano,
    O3,
    O4Mini,
    Gpt5,
    Gpt5Mini,
    Gpt5Nano,
    Gpt54,
    Gpt55,
    TextEmbedding3Small,
    TextEmbedding3Large,
    GptOss20b,
    GptOss120b,
}

impl Model {
    pub const ALL: [Model; 16] = [
        Model::Gpt4o,
        Model::Gpt4oMini,
        Model::Gpt41,
        Model::Gpt41Mini,
        Model::Gpt41Nano,
        Model::O3,
        Model::O4Mini,
        Model::Gpt5,
        Model::Gpt5Mini,
        Model::Gpt5Nano,
        Model::Gpt54,
        Model::Gpt55,
        Model::TextEmbedding3Small,
        Model::TextEmbedding3Large,
        Model::GptOss20b,
        Model::GptOss120b,
    ];

    /// Stable key, used in assumption ids and files.
    pub fn key(self) -> &'static str {
        match self {
            Model::Gpt4o => "gpt-4o",
            Model::Gpt4oMini => "gpt-4o-mini",
            Model::Gpt41 => "gpt-4.1",
            Model::Gpt41Mini => "gpt-4.1-mini",
            Model::Gpt41Nano => "gpt-4.1-nano",
            Model::O3 => "o3",
            Model::O4Mini => "o4-mini",
            Model::Gpt5 => "gpt-5",
            Model::Gpt5Mini => "gpt-5-mini",
            Model::Gpt5Nano => "gpt-5-nano",
            Model::Gpt54 => "gpt-5.4",
            Model::Gpt55 => "gpt-5.5",
            Model::TextEmbedding3Small => "text-embedding-3-small",
            Model::TextEmbedding3Large => "text-embedding-3-large",
            Model::GptOss20b => "gpt-oss-20b",
            Model::GptOss120b => "gpt-oss-120b",
        }
    }

    pub fn from_key(key: &str) -> Option<Model> {
        Model::ALL.into_iter().find(|m| m.key() == key)
    }

    pub fn is_embedding(self) -> bool {
        matches!(self, Model::TextEmbedding3Small | Model::TextEmbedding3Large)
    }

    /// Models that bill hidden reasoning tokens at the output price (o-series, gpt-5 family,
    /// gpt-oss).
    pub fn is_reasoning(self) -> bool {
        matches!(
            self,
            Model::O3
                | Model::O4Mini
                | Model::Gpt5
                | Model::Gpt5Mini
                | Model::Gpt5Nano
                | Model::Gpt54
                | Model::Gpt55
                | Model::GptOss20b
                | Model::GptOss120b
        )
    }

    /// The month the price row this model is priced from is retired (litellm's
    /// `deprecation_date` on that key, pricing-facts.md §1). The dated snapshots of gpt-4o,
    /// gpt-4.1 and o3 carry earlier dates, but the Azure rows priced here are the model
    /// aliases, which carry none (the alias moves to the next version).
    pub fn retirement(self) -> Option<(i32, u8)> {
        match self {
            Model::TextEmbedding3Small => Some((2026, 4)),
            _ => None,
        }
    }

    /// Open-weight models already on Bedrock (seed 004); the rest are the proprietary GPT family.
    pub fn is_open_weight(self) -> bool {
        matches!(self, Model::GptOss20b | Model::GptOss120b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_keys_round_trip_and_are_unique() {
        for m in Model::ALL {
            assert_eq!(Model::from_key(m.key()), Some(m));
        }
        let mut keys: Vec<_> = Model::ALL.iter().map(|m| m.key()).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), Model::ALL.len());
    }

    #[test]
    fn families_split_six_stateless_four_stateful() {
        let stateful = WorkloadKind::ALL.iter().filter(|k| k.is_stateful()).count();
        assert_eq!(stateful, 4);
        assert_eq!(WorkloadKind::ALL.len() - stateful, 6);
    }

    #[test]
    fn no_default_model_is_retired_before_the_default_plan_starts() {
        let start = crate::model::scenario::Scenario::default().start;
        for k in WorkloadKind::ALL {
            if let Some((year, month)) = k.defaults().model.retirement() {
                assert!((year, month) >= (start.year, start.month), "{k:?}");
            }
        }
    }

    #[test]
    fn stateless_defaults_have_one_step_and_no_runtime() {
        for k in WorkloadKind::ALL.into_iter().filter(|k| !k.is_stateful()) {
            let d = k.defaults();
            assert_eq!(d.steps_per_session, 1.0, "{k:?}");
            assert_eq!(d.agent_hours_per_session, 0.0, "{k:?}");
        }
    }
}
