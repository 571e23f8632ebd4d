//! What a cost is made of: its component, the cloud it is attributed to, how it scales, and the
//! traceable line, series and per-workload totals built from it.

use serde::Serialize;
use smallvec::SmallVec;

use super::sizing::ProvisionedSizing;
use crate::assumptions::AssumptionSet;
use crate::model::cloud::Cloud;
use crate::model::scenario::{Placement, WorkloadId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Component {
    Tokens,
    AgentRuntime,
    StateStorage,
    Egress,
    Tooling,
    People,
    Audits,
    Governance,
    Migration,
    Workaround,
    /// Committed spend a commitment year did not use, paid all the same.
    CommitmentShortfall,
}

impl Component {
    pub const ALL: [Component; 11] = [
        Component::Tokens,
        Component::AgentRuntime,
        Component::StateStorage,
        Component::Egress,
        Component::Tooling,
        Component::People,
        Component::Audits,
        Component::Governance,
        Component::Migration,
        Component::Workaround,
        Component::CommitmentShortfall,
    ];

    pub const COUNT: usize = Component::ALL.len();

    pub fn label(self) -> &'static str {
        match self {
            Component::Tokens => "Inference tokens",
            Component::AgentRuntime => "Agent runtime",
            Component::StateStorage => "Agent state and memory",
            Component::Egress => "Egress",
            Component::Tooling => "Security & observability tooling",
            Component::People => "Multi-cloud people",
            Component::Audits => "Compliance audits",
            Component::Governance => "Governance work",
            Component::Migration => "Migration (one-time)",
            Component::Workaround => "Frontier workaround on Azure",
            Component::CommitmentShortfall => "Commitment shortfall",
        }
    }

    /// What the cloud itself bills, so what its discounts and commitments apply to; people,
    /// audits, migration effort and shortfalls are not.
    pub fn is_cloud_bill(self) -> bool {
        matches!(
            self,
            Component::Tokens
                | Component::AgentRuntime
                | Component::StateStorage
                | Component::Egress
                | Component::Tooling
        )
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// Who the cost is attributed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum CostCloud {
    Azure,
    Aws,
    /// Not billed by either cloud: the organisation's own people (multi-cloud headcount,
    /// governance work, the Frontier workaround's engineers).
    CrossCloud,
}

impl CostCloud {
    pub const ALL: [CostCloud; 3] = [CostCloud::Azure, CostCloud::Aws, CostCloud::CrossCloud];

    pub fn label(self) -> &'static str {
        match self {
            CostCloud::Azure => "Azure",
            CostCloud::Aws => "AWS",
            CostCloud::CrossCloud => "Your people",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

impl From<Cloud> for CostCloud {
    fn from(c: Cloud) -> CostCloud {
        match c {
            Cloud::Azure => CostCloud::Azure,
            Cloud::Aws => CostCloud::Aws,
        }
    }
}

/// How a line's month-0 amount evolves over the horizon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Scaling {
    /// x (1 + growth)^m
    Growth,
    /// x (1 + growth)^m x (1 - decline)^(m/12)
    GrowthAndPriceDecline,
    Flat,
    /// Month 0 only.
    OneTime,
    /// x (1 + salary growth)^(m/12): people's time.
    Labour,
}

impl Scaling {
    pub(super) const ALL: [Scaling; 5] = [
        Scaling::Growth,
        Scaling::GrowthAndPriceDecline,
        Scaling::Flat,
        Scaling::OneTime,
        Scaling::Labour,
    ];

    pub(super) const COUNT: usize = Scaling::ALL.len();

    pub(super) fn index(self) -> usize {
        self as usize
    }
}

/// One traceable cost: what it is, how it scales and which assumptions produced it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CostLine {
    /// None for platform overhead (tooling, audits, people).
    pub workload: Option<WorkloadId>,
    pub component: Component,
    pub cloud: CostCloud,
    pub label: &'static str,
    /// How the month-0 amount is computed, in words.
    pub formula: &'static str,
    pub scaling: Scaling,
    /// Amount in month 0 (for one-time lines, the whole amount).
    pub first_month: f64,
    /// Amount over the horizon.
    pub total: f64,
    /// Commitment discount applied, percent (from the organisation profile).
    pub discount_percent: f64,
    /// The discount of a commitment with its own, in the line's months the commitment covers
    /// (it replaces `discount_percent` there).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commitment_discount_percent: Option<f64>,
    /// Part of the cost of running a second cloud.
    pub duplicate: bool,
    pub assumptions: AssumptionSet,
    /// The months `[from, to)` the line is billed when not the whole horizon (a one-time
    /// line: the month it falls in). `first_month` is then the amount the line would have
    /// in month 0, before the growth of the months up to `from`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub months: Option<(usize, usize)>,
}

/// One (component, cloud) series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub component: Component,
    pub cloud: CostCloud,
    pub total: f64,
    pub monthly: Vec<f64>,
}

/// A workload's phases: most have one or two, so they are kept inline.
pub type PhaseSpans = SmallVec<[PhaseSpan; 2]>;

/// Where a workload runs in some months, as priced.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PhaseSpan {
    /// Months `[from, to)` of the plan.
    pub from: usize,
    pub to: usize,
    pub placement: Placement,
    /// Both places run while a move is proven.
    pub dual_run: bool,
    /// On this place only until a capability reaches the planned cloud.
    pub waiting_for: Option<Cloud>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorkloadCost {
    pub id: WorkloadId,
    /// Where the strategy puts it at the start.
    pub placement: Placement,
    /// Where it runs month by month (none while it waits), in month order.
    #[serde(skip)]
    pub phases: PhaseSpans,
    pub total: f64,
    /// Recurring costs over the horizon.
    pub run_total: f64,
    pub one_time: f64,
    /// Recurring costs over the first 12 months.
    pub first_year_run: f64,
    /// Horizon totals indexed by `Component::index()`.
    pub by_component: [f64; Component::COUNT],
    /// Provisioned throughput's sizing on Azure, when the workload asks for it.
    pub provisioned: Option<ProvisionedSizing>,
}

/// A month in which a placed workload runs nowhere: it waits for what it needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waiting {
    /// It starts running in that month, on that place.
    Until { month: usize, on: Placement },
    /// Nothing it needs arrives within the plan.
    PastThePlan,
}

impl WorkloadCost {
    /// Nothing priced yet: every total 0, no phases.
    pub fn zero(id: WorkloadId, placement: Placement) -> WorkloadCost {
        WorkloadCost {
            id,
            placement,
            phases: PhaseSpans::new(),
            total: 0.0,
            run_total: 0.0,
            one_time: 0.0,
            first_year_run: 0.0,
            by_component: [0.0; Component::COUNT],
            provisioned: None,
        }
    }

    /// Where it runs in `month`; None while it waits (or before a later start).
    pub fn phase_at(&self, month: usize) -> Option<&PhaseSpan> {
        self.phases.iter().find(|p| (p.from..p.to).contains(&month))
    }

    /// Whether it waits in `month` (of a plan of `horizon` months), and until when.
    pub fn waiting_in(&self, month: usize, horizon: usize) -> Option<Waiting> {
        if month >= horizon || self.phase_at(month).is_some() {
            return None;
        }
        Some(
            self.phases
                .iter()
                .find(|p| p.from > month)
                .map_or(Waiting::PastThePlan, |p| Waiting::Until {
                    month: p.from,
                    on: p.placement,
                }),
        )
    }
}
