//! What the engine tells the user beside the numbers: capabilities missing at the plan's
//! start, workarounds, feature lag, migration red flags and ignored overrides.
//! Findings are structured (the UI lays them out); `message()` gives a plain sentence.

use serde::Serialize;

use crate::assumptions::{AssumptionSet, Cloud};
use crate::model::capacity::NotProvisioned;
use crate::model::catalog::Model;
use crate::model::currency::Currency;
use crate::model::scenario::{WorkloadId, YearMonth};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Severity {
    Info,
    Warning,
    /// Seed 000's red flags: decisions that look cheap and are not.
    RedFlag,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Info => "Info",
            Severity::Warning => "Warning",
            Severity::RedFlag => "Red flag",
        }
    }
}

/// A capability whose availability differs by cloud and date (domain.md table).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Capability {
    /// The proprietary GPT family through a stateless API.
    OpenAiStatelessApi,
    /// OpenAI's text-embedding-3 models.
    OpenAiEmbeddings,
    /// Frontier, the stateful agent platform.
    FrontierAgents,
    FineTuning,
    UsGovernment,
    Sovereign,
}

impl Capability {
    pub fn label(self) -> &'static str {
        match self {
            Capability::OpenAiStatelessApi => "OpenAI GPT models (stateless API)",
            Capability::OpenAiEmbeddings => "OpenAI text-embedding-3",
            Capability::FrontierAgents => "Frontier stateful agents",
            Capability::FineTuning => "Fine-tuning and custom endpoints",
            Capability::UsGovernment => "US government deployments",
            Capability::Sovereign => "Sovereign / regulated deployments",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum FindingKind {
    /// The capability exists on the cloud only from a later month.
    UnavailableAtStart {
        available_from: YearMonth,
        months_waiting: u32,
        /// Runs on the other cloud meanwhile (else it waits, unbilled).
        runs_elsewhere: bool,
    },
    /// Not offered on the cloud at the start; the workaround is built instead.
    /// `available_from` is set when the rule says it arrives later.
    Workaround {
        workaround: &'static str,
        available_from: Option<YearMonth>,
    },
    /// New models reach this cloud after the Azure-first window.
    LagsAzure { months: u32 },
    /// The model is not offered on this cloud; priced with a comparator model.
    ComparatorModel { model: Model, comparator: &'static str },
    /// Migration costs more than a year of the workload's run cost.
    MigrationExceedsYearOfRun { migration: f64, year_of_run: f64 },
    /// An override id that matches no assumption (ignored).
    UnknownOverride { id: String },
    /// A spend commitment the strategy does not use up (`shortfall` over the horizon), or
    /// that is still running when the strategy moves work off that cloud (`leaves`: the first
    /// such month).
    CommitmentUnused {
        ends: Option<YearMonth>,
        leaves: Option<YearMonth>,
        shortfall: f64,
    },
    /// Asked for provisioned throughput where it is not sold: priced pay-as-you-go.
    PricedPayAsYouGo { reason: NotProvisioned, model: Model },
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    pub workload: Option<WorkloadId>,
    pub cloud: Option<Cloud>,
    pub capability: Option<Capability>,
    pub kind: FindingKind,
    /// Dollars attached to the finding, where computable: the run cost that falls in a
    /// waiting gap, the workaround's build cost, or the migration cost.
    pub cost: Option<f64>,
    /// The assumptions behind the finding (dates, windows, prices).
    pub assumptions: AssumptionSet,
}

impl Finding {
    /// One plain sentence for the findings list.
    pub fn message(&self, currency: &Currency) -> String {
        let cloud = self.cloud.map_or("", Cloud::label);
        let capability = self.capability.map_or("This capability", Capability::label);
        match &self.kind {
            FindingKind::UnavailableAtStart {
                available_from,
                months_waiting,
                runs_elsewhere,
            } => {
                let other = self.cloud.map_or("", |c| c.other().label());
                let meanwhile = if *runs_elsewhere {
                    let cost = self.cost.map_or(String::new(), |c| {
                        format!(" ({} of run cost there)", currency.format(c))
                    });
                    format!("until then it runs on {other}{cost}, then moves")
                } else {
                    format!("until then it waits, and nothing is billed on {cloud}")
                };
                format!(
                    "{capability}: not available on {cloud} at the plan's start; available from \
                     {available_from} ({months_waiting} months): {meanwhile}."
                )
            }
            FindingKind::Workaround {
                workaround,
                available_from,
            } => {
                let until = available_from.map_or(String::new(), |d| format!(" until {d}"));
                let cost = self
                    .cost
                    .map_or(String::new(), |c| format!(", about {} once,", currency.format(c)));
                format!(
                    "{capability}: not offered on {cloud}{until}; the workaround is to {workaround}{cost} \
                     with more build effort and risk."
                )
            }
            FindingKind::LagsAzure { months } => format!(
                "New OpenAI models reach {cloud} about {months} months after Azure (the Azure-first window)."
            ),
            FindingKind::ComparatorModel { model, comparator } => format!(
                "{} is not offered on {cloud}; it is priced with {comparator}, and moving means \
                 re-embedding the index.",
                model.key()
            ),
            FindingKind::MigrationExceedsYearOfRun {
                migration,
                year_of_run,
            } => format!(
                "Migration costs {}, more than a year of this workload's run cost ({}).",
                currency.format(*migration),
                currency.format(*year_of_run)
            ),
            FindingKind::UnknownOverride { id } => {
                format!("The override \"{id}\" matches no assumption and was ignored.")
            }
            FindingKind::CommitmentUnused {
                ends,
                leaves,
                shortfall,
            } => {
                let until = ends.map_or(String::new(), |d| format!(" (to {d})"));
                let moves = leaves.map_or(String::new(), |d| {
                    format!("work moves off {cloud} from {d} while the commitment still runs; ")
                });
                let paid = if *shortfall > 0.0 {
                    format!(
                        "bills on {cloud} stay below it, so {} of committed spend is paid unused.",
                        currency.format(*shortfall)
                    )
                } else {
                    format!("what stays on {cloud} still uses it up.")
                };
                format!("The {cloud} commitment{until}: {moves}{paid}")
            }
            FindingKind::PricedPayAsYouGo { reason, model } => match reason {
                NotProvisioned::NoPublicPriceOnAws => format!(
                    "Bedrock publishes no provisioned throughput price or capacity for OpenAI models: {} is \
                     priced pay-as-you-go on AWS (ask AWS for a quote).",
                    model.key()
                ),
                NotProvisioned::ModelNotOffered => format!(
                    "Azure does not offer {} as provisioned throughput: it is priced pay-as-you-go.",
                    model.key()
                ),
            },
        }
    }
}
