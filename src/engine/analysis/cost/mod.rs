//! Total cost of ownership, month by month, per cloud and per component, for the user's plan
//! and the three reference strategies.
//!
//! Every cost is a line with a month-0 amount and a scaling rule; a month's amount is the
//! month-0 amount times that rule's factor for the month. So each workload is priced once
//! per strategy and the monthly series are built from per-(component, cloud) sums, which
//! keeps the cost independent of workloads x months.
//!
//! Definitions (documented here because the UI quotes them):
//! - Month 0 is the plan's start month. One-time costs (migration, workarounds) fall in month 0.
//! - Volume grows by `growth.volume-per-month` each month; token prices also fall by
//!   `growth.token-price-decline-per-year`, spread evenly over the months. Runtime, storage and
//!   egress follow volume; tooling, people, audits and fine-tuned model hosting are flat.
//! - Commitment discounts (OrgProfile) apply to what the cloud bills: tokens, agent runtime,
//!   state storage, egress and tooling. People, audits and migration effort are not cloud bills.
//! - Egress: a workload's data lives at `data_location`. Compute on another cloud reads a
//!   share of it each month plus the prompts and answers; the cloud the data leaves bills it.
//!   On-premises is outside both clouds: moving data in is free, and results going back leave
//!   the compute cloud, so that cloud's egress rate applies. New data lives where it runs.
//! - Platform overhead (tooling, audits) is charged for each cloud in use. When two clouds
//!   are in use, the overhead of the non-primary cloud (and audits of a framework needed on
//!   both) is marked duplicate, as is the multi-cloud headcount; a one-cloud plan has none.
//!   The primary cloud is the organisation's native cloud, else the one with more run cost.
//! - Run-rate: the average monthly run cost (one-time costs excluded) over the last 12
//!   months of the horizon, i.e. where the plan settles.

mod formula;

use std::collections::BTreeSet;

use serde::Serialize;

use crate::engine::analysis::availability::{self, PlanFrame};
use crate::engine::analysis::findings::{Finding, FindingKind, Severity};
use crate::engine::analysis::governance::GovernanceResult;
use crate::engine::analysis::risk::RiskResult;
use crate::engine::assumptions::{Assumptions, Cloud, Key, Resolved};
use crate::engine::model::catalog::WorkloadKind;
pub(crate) use formula::{Formula, Shape};

use crate::engine::model::scenario::{
    Framework, Location, NativeCloud, OrgProfile, Placement, Scenario, Workload, WorkloadId, YearMonth,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Component {
    Tokens,
    AgentRuntime,
    StateStorage,
    Egress,
    Tooling,
    People,
    Audits,
    Migration,
}

impl Component {
    pub const ALL: [Component; 8] = [
        Component::Tokens,
        Component::AgentRuntime,
        Component::StateStorage,
        Component::Egress,
        Component::Tooling,
        Component::People,
        Component::Audits,
        Component::Migration,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Component::Tokens => "Inference tokens",
            Component::AgentRuntime => "Agent runtime",
            Component::StateStorage => "Agent state storage",
            Component::Egress => "Egress",
            Component::Tooling => "Security & observability tooling",
            Component::People => "Multi-cloud people",
            Component::Audits => "Compliance audits",
            Component::Migration => "Migration (one-time)",
        }
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
    /// Not billed by either cloud: the extra multi-cloud headcount.
    CrossCloud,
}

impl CostCloud {
    pub const ALL: [CostCloud; 3] = [CostCloud::Azure, CostCloud::Aws, CostCloud::CrossCloud];

    pub fn label(self) -> &'static str {
        match self {
            CostCloud::Azure => "Azure",
            CostCloud::Aws => "AWS",
            CostCloud::CrossCloud => "Cross-cloud",
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
}

impl Scaling {
    const ALL: [Scaling; 4] = [
        Scaling::Growth,
        Scaling::GrowthAndPriceDecline,
        Scaling::Flat,
        Scaling::OneTime,
    ];

    fn index(self) -> usize {
        self as usize
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Strategy {
    Plan,
    AllAzure,
    AllAws,
    /// Stateless to Azure, stateful to AWS (the seeds' functional split).
    SplitByRule,
}

impl Strategy {
    pub const ALL: [Strategy; 4] = [
        Strategy::Plan,
        Strategy::AllAzure,
        Strategy::AllAws,
        Strategy::SplitByRule,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Strategy::Plan => "Your plan",
            Strategy::AllAzure => "All on Azure",
            Strategy::AllAws => "All on AWS",
            Strategy::SplitByRule => "Split by rule",
        }
    }

    /// Where this strategy puts a workload; references place unplaced workloads too.
    pub fn placement(self, w: &Workload) -> Placement {
        match self {
            Strategy::Plan => w.placement,
            Strategy::AllAzure => Placement::Azure,
            Strategy::AllAws => Placement::Aws,
            Strategy::SplitByRule if w.kind.is_stateful() => Placement::Aws,
            Strategy::SplitByRule => Placement::Azure,
        }
    }
}

/// One traceable cost: what it is, how it scales and which assumptions produced it.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    /// Part of the cost of running a second cloud.
    pub duplicate: bool,
    pub assumptions: Vec<&'static str>,
}

/// One (component, cloud) series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub component: Component,
    pub cloud: CostCloud,
    pub total: f64,
    pub monthly: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WorkloadCost {
    pub id: WorkloadId,
    pub placement: Placement,
    pub total: f64,
    /// Recurring costs over the horizon.
    pub run_total: f64,
    pub one_time: f64,
    /// Recurring costs over the first 12 months.
    pub first_year_run: f64,
    /// Horizon totals indexed by `Component::index()`.
    pub by_component: [f64; 8],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct CloudsInUse {
    pub azure: bool,
    pub aws: bool,
}

impl CloudsInUse {
    pub fn count(self) -> usize {
        usize::from(self.azure) + usize::from(self.aws)
    }

    pub fn uses(self, c: Cloud) -> bool {
        match c {
            Cloud::Azure => self.azure,
            Cloud::Aws => self.aws,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StrategyResult {
    pub strategy: Strategy,
    /// Total per month, month 0 = the plan's start.
    pub monthly: Vec<f64>,
    pub cumulative: Vec<f64>,
    pub horizon_total: f64,
    /// Average monthly run cost over the last 12 months (one-time costs excluded).
    pub run_rate: f64,
    pub one_time_total: f64,
    /// Horizon total of duplicate lines (second-cloud overhead and multi-cloud people).
    pub duplication_total: f64,
    pub clouds_in_use: CloudsInUse,
    /// Non-empty (component, cloud) series.
    pub breakdown: Vec<Cell>,
    /// Placed workloads, in board order.
    pub workloads: Vec<WorkloadCost>,
    pub lines: Vec<CostLine>,
    pub findings: Vec<Finding>,
    /// Governance burden of this strategy (set by `evaluate`).
    pub governance: GovernanceResult,
    /// Risks of this strategy (set by `evaluate`).
    pub risk: RiskResult,
}

impl StrategyResult {
    pub fn component_total(&self, component: Component) -> f64 {
        self.breakdown
            .iter()
            .filter(|c| c.component == component)
            .map(|c| c.total)
            .fold(0.0, |a, b| a + b)
    }

    pub fn cell(&self, component: Component, cloud: CostCloud) -> Option<&Cell> {
        self.breakdown
            .iter()
            .find(|c| c.component == component && c.cloud == cloud)
    }

    pub fn cloud_total(&self, cloud: CostCloud) -> f64 {
        self.breakdown
            .iter()
            .filter(|c| c.cloud == cloud)
            .map(|c| c.total)
            .fold(0.0, |a, b| a + b)
    }

    pub fn workload(&self, id: WorkloadId) -> Option<&WorkloadCost> {
        self.workloads.iter().find(|w| w.id == id)
    }

    pub fn lines_for(&self, id: WorkloadId) -> impl Iterator<Item = &CostLine> + '_ {
        self.lines.iter().filter(move |l| l.workload == Some(id))
    }
}

/// Growth and decline factors per month, and their running sums.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    months: usize,
    /// factors[scaling][m]; sums[scaling][n] = sum of the first n factors.
    factors: [Vec<f64>; 4],
    sums: [Vec<f64>; 4],
}

impl Frame {
    pub(crate) fn new(months: usize, growth_percent_per_month: f64, decline_percent_per_year: f64) -> Frame {
        let g = 1.0 + growth_percent_per_month / 100.0;
        let d = (1.0 - decline_percent_per_year / 100.0).powf(1.0 / 12.0);
        let series = |step: f64| {
            let mut v = Vec::with_capacity(months);
            let mut f = 1.0;
            for _ in 0..months {
                v.push(f);
                f *= step;
            }
            v
        };
        let one_time: Vec<f64> = (0..months).map(|m| if m == 0 { 1.0 } else { 0.0 }).collect();
        let factors = [series(g), series(g * d), vec![1.0; months], one_time];
        let sums = factors.clone().map(|f| {
            let mut s = Vec::with_capacity(months + 1);
            let mut acc = 0.0;
            s.push(0.0);
            for x in f {
                acc += x;
                s.push(acc);
            }
            s
        });
        Frame {
            months,
            factors,
            sums,
        }
    }

    /// Sum of the factors over the first `n` months (capped at the horizon).
    pub(crate) fn sum(&self, scaling: Scaling, n: usize) -> f64 {
        self.sums[scaling.index()][n.min(self.months)]
    }
}

/// Everything a strategy's pass reads, computed once per evaluation.
pub(crate) struct Ctx<'a> {
    pub r: &'a Resolved,
    pub frame: Frame,
    pub start: YearMonth,
    pub org: &'a OrgProfile,
    discount_percent: [f64; 2],
    discount_mult: [f64; 2],
    frontier_workaround: bool,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(scenario: &'a Scenario, r: &'a Resolved) -> Ctx<'a> {
        let frame = Frame::new(
            scenario.horizon_months(),
            r.get(Key::VolumeGrowth),
            r.get(Key::TokenPriceDecline),
        );
        let discount_percent = [
            scenario.org.azure_discount_percent,
            scenario.org.aws_discount_percent,
        ];
        Ctx {
            r,
            frame,
            start: scenario.start,
            org: &scenario.org,
            discount_percent,
            discount_mult: discount_percent.map(|p| 1.0 - p / 100.0),
            frontier_workaround: availability::azure_needs_frontier_workaround(r, scenario.start),
        }
    }
}

fn id(key: Key) -> &'static str {
    Assumptions::id(key)
}

fn egress_rate_key(c: Cloud) -> Key {
    match c {
        Cloud::Azure => Key::AzureEgress,
        Cloud::Aws => Key::AwsEgress,
    }
}

/// Who bills the data crossing when data at `data` is used by compute on `compute`.
fn egress_payer(data: Location, compute: Cloud) -> Option<Cloud> {
    match (data, compute) {
        (Location::New, _) | (Location::Azure, Cloud::Azure) | (Location::Aws, Cloud::Aws) => None,
        (Location::Azure, Cloud::Aws) => Some(Cloud::Azure),
        (Location::Aws, Cloud::Azure) => Some(Cloud::Aws),
        (Location::OnPremises, c) => Some(c),
    }
}

fn runs_on(loc: Location, c: Cloud) -> bool {
    matches!(
        (loc, c),
        (Location::Azure, Cloud::Azure) | (Location::Aws, Cloud::Aws)
    )
}

fn framework_key(f: Framework) -> Key {
    match f {
        Framework::Soc2 => Key::AuditSoc2,
        Framework::Hipaa => Key::AuditHipaa,
        Framework::Gdpr => Key::AuditGdpr,
        Framework::Iso27001 => Key::AuditIso27001,
    }
}

fn framework_label(f: Framework) -> &'static str {
    match f {
        Framework::Soc2 => "SOC 2 audit",
        Framework::Hipaa => "HIPAA risk analysis",
        Framework::Gdpr => "GDPR assessment",
        Framework::Iso27001 => "ISO 27001 audit",
    }
}

/// Accumulates lines and per-(scaling, component, cloud) month-0 sums, and optionally every
/// formula, including those of lines not shown because they cost nothing with today's values.
struct Builder<'c, 'a> {
    ctx: &'c Ctx<'a>,
    acc: [[[f64; 3]; 8]; 4],
    present: [[bool; 3]; 8],
    lines: Vec<CostLine>,
    formulas: Option<Vec<(Component, Formula)>>,
}

struct LineSpec {
    workload: Option<WorkloadId>,
    component: Component,
    cloud: CostCloud,
    label: &'static str,
    formula: &'static str,
    discount_percent: f64,
    duplicate: bool,
}

impl Builder<'_, '_> {
    /// Prices `formula` and adds its line; returns the month-0 amount.
    fn push(&mut self, spec: LineSpec, formula: Formula, assumptions: Vec<&'static str>) -> f64 {
        let first_month = self.record(spec.component, formula);
        self.add_line(spec, formula.scaling(), first_month, assumptions);
        first_month
    }

    /// As `push`, but a line that costs nothing is left out.
    fn push_if_positive(&mut self, spec: LineSpec, formula: Formula, assumptions: Vec<&'static str>) -> f64 {
        let first_month = self.record(spec.component, formula);
        if first_month > 0.0 {
            self.add_line(spec, formula.scaling(), first_month, assumptions);
        }
        first_month
    }

    /// Keeps the formula (when asked to) and returns its month-0 amount.
    fn record(&mut self, component: Component, formula: Formula) -> f64 {
        if let Some(f) = &mut self.formulas {
            f.push((component, formula));
        }
        formula.amount(self.ctx.r)
    }

    fn add_line(
        &mut self,
        spec: LineSpec,
        scaling: Scaling,
        first_month: f64,
        assumptions: Vec<&'static str>,
    ) {
        let (c, k, s) = (spec.component.index(), spec.cloud.index(), scaling.index());
        self.acc[s][c][k] += first_month;
        self.present[c][k] = true;
        self.lines.push(CostLine {
            workload: spec.workload,
            component: spec.component,
            cloud: spec.cloud,
            label: spec.label,
            formula: spec.formula,
            scaling,
            first_month,
            total: first_month * self.ctx.frame.sum(scaling, self.ctx.frame.months),
            discount_percent: spec.discount_percent,
            duplicate: spec.duplicate,
            assumptions,
        });
    }
}

/// Per-workload results of a pass that the overhead and findings need.
struct WorkloadPass {
    /// Month-0 recurring cost caused by running on each cloud: [cloud][growth, growth+decline, flat].
    run_base: [[f64; 3]; 2],
    migration: f64,
    workaround: Option<f64>,
}

pub(crate) fn compute(ctx: &Ctx<'_>, scenario: &Scenario, strategy: Strategy) -> StrategyResult {
    run(ctx, scenario, strategy, false).0
}

/// Every formula a strategy's cost is made of, with the component it counts towards,
/// including formulas of lines left out because they cost nothing with today's values.
pub(crate) fn formulas(ctx: &Ctx<'_>, scenario: &Scenario, strategy: Strategy) -> Vec<(Component, Formula)> {
    run(ctx, scenario, strategy, true).1
}

fn run(
    ctx: &Ctx<'_>,
    scenario: &Scenario,
    strategy: Strategy,
    keep_formulas: bool,
) -> (StrategyResult, Vec<(Component, Formula)>) {
    let mut b = Builder {
        ctx,
        acc: [[[0.0; 3]; 8]; 4],
        present: [[false; 3]; 8],
        lines: Vec::with_capacity(scenario.workloads.len() * 4 + 16),
        formulas: keep_formulas.then(|| Vec::with_capacity(scenario.workloads.len() * 6 + 16)),
    };
    let frame_view = PlanFrame {
        r: ctx.r,
        start: ctx.start,
        horizon_months: ctx.frame.months,
    };
    let mut workloads = Vec::with_capacity(scenario.workloads.len());
    let mut findings = Vec::new();
    let mut in_use = CloudsInUse::default();
    let mut cloud_run = [0.0_f64; 2];
    let mut frameworks: [BTreeSet<Framework>; 2] = [BTreeSet::new(), BTreeSet::new()];

    for w in &scenario.workloads {
        let placement = strategy.placement(w);
        if placement == Placement::Unplaced {
            continue;
        }
        let first_line = b.lines.len();
        let pass = price_workload(&mut b, w, placement);
        let mut clouds = [Cloud::Azure; 2];
        let mut n = 0;
        for c in Cloud::ALL {
            let uses = match c {
                Cloud::Azure => placement.uses_azure(),
                Cloud::Aws => placement.uses_aws(),
            };
            if uses {
                clouds[n] = c;
                n += 1;
                match c {
                    Cloud::Azure => in_use.azure = true,
                    Cloud::Aws => in_use.aws = true,
                }
                frameworks[c.index()].extend(w.compliance.iter().copied());
            }
            cloud_run[c.index()] += pass.run_base[c.index()].iter().sum::<f64>();
        }

        let mut wc = WorkloadCost {
            id: w.id,
            placement,
            total: 0.0,
            run_total: 0.0,
            one_time: 0.0,
            first_year_run: 0.0,
            by_component: [0.0; 8],
        };
        for line in &b.lines[first_line..] {
            wc.total += line.total;
            wc.by_component[line.component.index()] += line.total;
            if line.scaling == Scaling::OneTime {
                wc.one_time += line.total;
            } else {
                wc.run_total += line.total;
                wc.first_year_run += line.first_month * ctx.frame.sum(line.scaling, 12);
            }
        }

        let gap_cost = |c: Cloud, months: usize| {
            let [g, gd, flat] = pass.run_base[c.index()];
            g * ctx.frame.sum(Scaling::Growth, months)
                + gd * ctx.frame.sum(Scaling::GrowthAndPriceDecline, months)
                + flat * ctx.frame.sum(Scaling::Flat, months)
        };
        availability::workload_findings(
            &frame_view,
            w,
            &clouds[..n],
            gap_cost,
            pass.workaround,
            &mut findings,
        );
        if pass.migration > 0.0 && pass.migration > wc.first_year_run {
            findings.push(Finding {
                severity: Severity::RedFlag,
                workload: Some(w.id),
                cloud: None,
                capability: None,
                kind: FindingKind::MigrationExceedsYearOfRun {
                    migration: pass.migration,
                    year_of_run: wc.first_year_run,
                },
                cost: Some(pass.migration),
                assumptions: vec![
                    id(Key::RehostPerWorkload),
                    id(Key::ReplatformHours),
                    id(Key::ArchitectCost),
                ],
            });
        }
        workloads.push(wc);
    }

    add_overhead(&mut b, in_use, cloud_run, &frameworks);
    let formulas = b.formulas.take().unwrap_or_default();
    (finish(b, strategy, in_use, workloads, findings), formulas)
}

fn price_workload(b: &mut Builder<'_, '_>, w: &Workload, placement: Placement) -> WorkloadPass {
    let ctx = b.ctx;
    let r = ctx.r;
    let (sa, sw) = placement.shares();
    let shares = [sa, sw];
    let stateful = w.kind.is_stateful();
    let calls = w.monthly_volume * w.steps_per_session;
    let hours = w.monthly_volume * w.agent_hours_per_session;
    let both = matches!(placement, Placement::Both { .. });
    let mut pass = WorkloadPass {
        run_base: [[0.0; 3]; 2],
        migration: 0.0,
        workaround: None,
    };

    for c in Cloud::ALL {
        let uses = match c {
            Cloud::Azure => placement.uses_azure(),
            Cloud::Aws => placement.uses_aws(),
        };
        if !uses {
            continue;
        }
        let ci = c.index();
        let s = shares[ci];
        let disc = ctx.discount_mult[ci];
        let line = |component, label, formula, cloud: Cloud| LineSpec {
            workload: Some(w.id),
            component,
            cloud: cloud.into(),
            label,
            formula,
            discount_percent: match component {
                Component::Migration => 0.0,
                _ => ctx.discount_percent[cloud.index()],
            },
            duplicate: false,
        };

        if s > 0.0 && calls > 0.0 && (w.tokens_in > 0.0 || w.tokens_out > 0.0) {
            let p = r.price(c, w.model);
            let constrained = w.residency.is_constrained();
            let calls_here = calls * s * disc;
            let mut ids = Vec::with_capacity(10);
            ids.extend([p.input_id, p.output_id]);
            ids.extend(p.cached_id.filter(|_| r.get(Key::CachedInputShare) > 0.0));
            ids.extend(p.ratio_id);
            ids.extend([id(Key::CachedInputShare), id(Key::BatchShare)]);
            if r.get(Key::BatchShare) > 0.0 {
                ids.push(id(Key::BatchDiscount));
            }
            if constrained {
                ids.push(id(Key::DataZonePremium));
            }
            ids.extend([id(Key::VolumeGrowth), id(Key::TokenPriceDecline)]);
            let amount = b.push(
                line(
                    Component::Tokens,
                    "Inference tokens",
                    "calls (volume x steps) x (tokens in x input price, cached share at the cached price + \
                     tokens out x output price) / 1M, batch share at the batch discount, x data-zone \
                     premium if residency is constrained, x share on this cloud",
                    c,
                ),
                Formula::two(
                    Shape::Tokens {
                        cloud: c,
                        model: w.model,
                        constrained,
                    },
                    calls_here * w.tokens_in,
                    calls_here * w.tokens_out,
                ),
                ids,
            );
            pass.run_base[ci][1] += amount;
        }

        if w.kind == WorkloadKind::FineTunedServing {
            // A deployment is hosted on each cloud used, whatever its share of traffic.
            let mut ids = vec![id(Key::FineTunedHostingPerHour)];
            if c == Cloud::Aws {
                ids.push(id(Key::AwsOpenAiPriceRatio));
            }
            let amount = b.push(
                line(
                    Component::Tokens,
                    "Fine-tuned model hosting",
                    "730 hours a month x $/hour per deployed model (AWS: x the Bedrock price ratio)",
                    c,
                ),
                Formula::new(Shape::FineTunedHosting { cloud: c }, disc),
                ids,
            );
            pass.run_base[ci][2] += amount;
        }

        if s > 0.0 && hours > 0.0 {
            let (ids, label) = match c {
                Cloud::Azure => (
                    vec![
                        id(Key::VcpuPerAgent),
                        id(Key::GbPerAgent),
                        id(Key::AzureVcpuHour),
                        id(Key::AzureGibHour),
                        id(Key::VolumeGrowth),
                    ],
                    "Foundry hosted agent runtime",
                ),
                Cloud::Aws => (
                    vec![
                        id(Key::VcpuPerAgent),
                        id(Key::GbPerAgent),
                        id(Key::AwsVcpuHour),
                        id(Key::AwsCpuActiveShare),
                        id(Key::AwsGbHour),
                        id(Key::VolumeGrowth),
                    ],
                    "AgentCore runtime",
                ),
            };
            let amount = b.push(
                line(
                    Component::AgentRuntime,
                    label,
                    "agent-hours (sessions x hours per session) x share x (vCPU x $/vCPU-h + memory x \
                     $/GB-h)",
                    c,
                ),
                Formula::new(Shape::AgentRuntime { cloud: c }, hours * s * disc),
                ids,
            );
            pass.run_base[ci][0] += amount;
        }

        if stateful {
            // The state is replicated on every cloud the workload uses, whatever the share.
            let (ids, label) = match c {
                Cloud::Azure => (
                    vec![
                        id(Key::AzureStorage),
                        id(Key::MemoryEventsPerStep),
                        id(Key::CosmosRuPerEvent),
                        id(Key::AzureCosmosRu),
                        id(Key::VolumeGrowth),
                    ],
                    "Agent state: Blob storage + Cosmos DB memory",
                ),
                Cloud::Aws => (
                    vec![
                        id(Key::AwsStorage),
                        id(Key::MemoryEventsPerStep),
                        id(Key::AwsMemoryEvents),
                        id(Key::VolumeGrowth),
                    ],
                    "Agent state: S3 storage + AgentCore memory events",
                ),
            };
            let amount = b.push_if_positive(
                line(
                    Component::StateStorage,
                    label,
                    "data GB x $/GB-month (replica on each cloud used) + memory events (calls x share x \
                     events per step) x event price",
                    c,
                ),
                Formula::two(
                    Shape::StateStorage { cloud: c },
                    w.data_gb * disc,
                    calls * s * disc,
                ),
                ids,
            );
            pass.run_base[ci][0] += amount;
        }

        if let Some(payer) = egress_payer(w.data_location, c) {
            let payer_disc = ctx.discount_mult[payer.index()];
            let amount = b.push_if_positive(
                line(
                    Component::Egress,
                    "Data crossing to compute",
                    "(data GB x monthly refresh share + calls x share x tokens x bytes per token / 1e9) \
                     x $/GB of the cloud the data leaves (on-premises data: the compute cloud's rate)",
                    payer,
                ),
                Formula::two(
                    Shape::Egress { payer },
                    w.data_gb * payer_disc,
                    calls * s * (w.tokens_in + w.tokens_out) * payer_disc,
                ),
                vec![
                    id(Key::DataRefreshShare),
                    id(Key::BytesPerToken),
                    id(egress_rate_key(payer)),
                    id(Key::VolumeGrowth),
                ],
            );
            pass.run_base[ci][0] += amount;
        }

        if both && stateful {
            let amount = b.push_if_positive(
                line(
                    Component::Egress,
                    "Agent state sync between clouds",
                    "data GB x monthly sync share x share of sessions on this cloud x this cloud's $/GB",
                    c,
                ),
                Formula::new(Shape::StateSync { cloud: c }, w.data_gb * s * disc),
                vec![
                    id(Key::StateSyncShare),
                    id(egress_rate_key(c)),
                    id(Key::VolumeGrowth),
                ],
            );
            pass.run_base[ci][0] += amount;
        }

        let moves = matches!(
            w.runs_today,
            Location::Azure | Location::Aws | Location::OnPremises
        ) && !runs_on(w.runs_today, c);
        if moves {
            let (shape, ids, label) = if stateful {
                (
                    Shape::Replatform,
                    vec![
                        id(Key::ReplatformHours),
                        id(Key::ArchitectCost),
                        id(Key::WorkingHours),
                    ],
                    "Re-platform stateful agent",
                )
            } else {
                (
                    Shape::Rehost,
                    vec![id(Key::RehostPerWorkload)],
                    "Rehost stateless workload",
                )
            };
            pass.migration += b.push(
                line(
                    Component::Migration,
                    label,
                    "stateless: $ per workload; stateful: re-platform hours x (architect cost / working \
                     hours)",
                    c,
                ),
                Formula::new(shape, 1.0),
                ids,
            );
            let copy_key = match w.data_location {
                Location::New => None,
                Location::OnPremises => Some(Key::OnlineTransferPerGb),
                loc if runs_on(loc, c) => None,
                Location::Azure => Some(Key::AzureEgress),
                Location::Aws => Some(Key::AwsEgress),
            };
            if let Some(key) = copy_key.filter(|_| w.data_gb > 0.0) {
                pass.migration += b.push(
                    line(
                        Component::Migration,
                        "Initial data copy",
                        "data GB x $/GB leaving where the data lives (on-premises: online transfer)",
                        c,
                    ),
                    Formula::new(Shape::InitialCopy { rate: key }, w.data_gb),
                    vec![id(key)],
                );
            }
        }

        if c == Cloud::Azure && stateful && w.runs_today != Location::Azure {
            let formula = Formula::new(Shape::FoundryWorkaround { start: ctx.start }, 1.0);
            if ctx.frontier_workaround {
                let amount = b.push(
                    line(
                        Component::Migration,
                        "Frontier workaround: build on Azure AI Foundry",
                        "extra build hours x (architect cost / working hours)",
                        c,
                    ),
                    formula,
                    vec![
                        id(Key::FoundryBuildHours),
                        id(Key::ArchitectCost),
                        id(Key::WorkingHours),
                        id(Key::AzureFrontierFrom),
                    ],
                );
                pass.workaround = Some(amount);
            } else {
                // Costs nothing today, but a sampled Frontier date may make it needed.
                b.record(Component::Migration, formula);
            }
        }
    }
    pass
}

fn add_overhead(
    b: &mut Builder<'_, '_>,
    in_use: CloudsInUse,
    cloud_run: [f64; 2],
    frameworks: &[BTreeSet<Framework>; 2],
) {
    let ctx = b.ctx;
    let two = in_use.count() == 2;
    let primary = match ctx.org.native_cloud {
        NativeCloud::Azure => Cloud::Azure,
        NativeCloud::Aws => Cloud::Aws,
        NativeCloud::Both | NativeCloud::OnPremises if cloud_run[1] > cloud_run[0] => Cloud::Aws,
        NativeCloud::Both | NativeCloud::OnPremises => Cloud::Azure,
    };
    for c in Cloud::ALL.into_iter().filter(|c| in_use.uses(*c)) {
        let ci = c.index();
        let duplicate = two && c != primary;
        let spec = |component, label, formula, discount_percent, duplicate| LineSpec {
            workload: None,
            component,
            cloud: c.into(),
            label,
            formula,
            discount_percent,
            duplicate,
        };
        let disc = ctx.discount_mult[ci];
        let pct = ctx.discount_percent[ci];
        let (ingest, logs_label) = match c {
            Cloud::Azure => (Key::AzureLogIngest, "Log Analytics ingestion"),
            Cloud::Aws => (Key::AwsLogIngest, "CloudWatch Logs ingestion"),
        };
        b.push(
            spec(
                Component::Tooling,
                logs_label,
                "log GB per month x $/GB ingested",
                pct,
                duplicate,
            ),
            Formula::new(Shape::LogIngest { cloud: c }, disc),
            vec![id(Key::LogGbPerMonth), id(ingest)],
        );
        let (ids, label, formula) = match c {
            Cloud::Azure => (
                vec![id(Key::ProtectedServers), id(Key::AzureDefenderPerServer)],
                "Defender for Servers",
                "protected servers x $/server-month",
            ),
            Cloud::Aws => (
                vec![
                    id(Key::CloudTrailMillionEvents),
                    id(Key::AwsGuardDutyPerMillionEvents),
                    id(Key::FlowLogGb),
                    id(Key::AwsGuardDutyPerFlowGb),
                ],
                "GuardDuty",
                "million CloudTrail events x $/1M + flow-log GB x $/GB",
            ),
        };
        b.push(
            spec(Component::Tooling, label, formula, pct, duplicate),
            Formula::new(Shape::ThreatDetection { cloud: c }, disc),
            ids,
        );
        for &f in &frameworks[ci] {
            let on_both = two && frameworks[c.other().index()].contains(&f);
            b.push(
                spec(
                    Component::Audits,
                    framework_label(f),
                    "yearly audit cost for this cloud / 12",
                    0.0,
                    on_both && c != primary,
                ),
                Formula::new(Shape::Audit { framework: f }, 1.0),
                vec![id(framework_key(f))],
            );
        }
    }
    if two {
        b.push(
            LineSpec {
                workload: None,
                component: Component::People,
                cloud: CostCloud::CrossCloud,
                label: "Multi-cloud architects and security engineers",
                formula: "extra FTE x fully loaded yearly cost / 12",
                discount_percent: 0.0,
                duplicate: true,
            },
            Formula::new(Shape::People, 1.0),
            vec![id(Key::MultiCloudFte), id(Key::ArchitectCost)],
        );
    }
}

fn finish(
    b: Builder<'_, '_>,
    strategy: Strategy,
    clouds_in_use: CloudsInUse,
    workloads: Vec<WorkloadCost>,
    findings: Vec<Finding>,
) -> StrategyResult {
    let frame = &b.ctx.frame;
    let months = frame.months;
    let mut monthly = vec![0.0; months];
    let mut breakdown = Vec::new();
    let mut one_time_total = 0.0;
    for component in Component::ALL {
        for cloud in CostCloud::ALL {
            let (c, k) = (component.index(), cloud.index());
            if !b.present[c][k] {
                continue;
            }
            let mut series = vec![0.0; months];
            for scaling in Scaling::ALL {
                let base = b.acc[scaling.index()][c][k];
                if base == 0.0 {
                    continue;
                }
                for (v, f) in series.iter_mut().zip(&frame.factors[scaling.index()]) {
                    *v += base * f;
                }
            }
            one_time_total += b.acc[Scaling::OneTime.index()][c][k];
            for (t, v) in monthly.iter_mut().zip(&series) {
                *t += v;
            }
            breakdown.push(Cell {
                component,
                cloud,
                total: series.iter().fold(0.0, |a, b| a + b),
                monthly: series,
            });
        }
    }
    let mut cumulative = Vec::with_capacity(months);
    let mut running = 0.0;
    for v in &monthly {
        running += v;
        cumulative.push(running);
    }
    let tail = months.min(12);
    let run_rate = if tail == 0 {
        0.0
    } else {
        let tail_sum = monthly[months - tail..].iter().fold(0.0, |a, b| a + b);
        // One-time costs sit in month 0, inside the tail only for a 12-month horizon.
        let one_time_in_tail = if months <= 12 { one_time_total } else { 0.0 };
        (tail_sum - one_time_in_tail).max(0.0) / tail as f64
    };
    // Folding from +0.0 (not `sum`, which starts at -0.0) keeps empty totals at 0, not -0.
    let duplication_total = b
        .lines
        .iter()
        .filter(|l| l.duplicate)
        .fold(0.0, |a, l| a + l.total);
    StrategyResult {
        strategy,
        horizon_total: running,
        monthly,
        cumulative,
        run_rate,
        one_time_total,
        duplication_total,
        clouds_in_use,
        breakdown,
        workloads,
        lines: b.lines,
        findings,
        governance: GovernanceResult::default(),
        risk: RiskResult::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_sums_match_closed_forms() {
        let f = Frame::new(24, 2.0, 20.0);
        let g: f64 = 1.02;
        let closed = (g.powi(24) - 1.0) / (g - 1.0);
        assert!((f.sum(Scaling::Growth, 24) - closed).abs() < 1e-9);
        assert_eq!(f.sum(Scaling::Flat, 24), 24.0);
        assert_eq!(f.sum(Scaling::OneTime, 24), 1.0);
        // After 12 months the price factor alone is 0.8.
        let gd12 = f.factors[Scaling::GrowthAndPriceDecline.index()][12];
        assert!((gd12 - g.powi(12) * 0.8).abs() < 1e-9);
        assert_eq!(f.sum(Scaling::Growth, 100), f.sum(Scaling::Growth, 24));
    }

    #[test]
    fn egress_payer_follows_the_data() {
        assert_eq!(egress_payer(Location::Azure, Cloud::Aws), Some(Cloud::Azure));
        assert_eq!(egress_payer(Location::Aws, Cloud::Azure), Some(Cloud::Aws));
        assert_eq!(egress_payer(Location::Azure, Cloud::Azure), None);
        assert_eq!(egress_payer(Location::New, Cloud::Aws), None);
        assert_eq!(egress_payer(Location::OnPremises, Cloud::Aws), Some(Cloud::Aws));
    }
}
