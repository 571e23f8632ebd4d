//! The decision advisor: seed 000's "Azure, AWS, or Both?" framework applied to the board in
//! front of the room (domain.md "Decision framework").
//!
//! Definitions (the UI quotes them):
//! - Each option has the seed's four criteria. A criterion's *fit* is 0–1 and its weight an
//!   assumption; an option's score is 100 x the weighted mean fit of its criteria. The
//!   highest score is the advice (ties: Azure-first, then AWS-first, then multi-cloud); a
//!   gap to the runner-up under `advice.close-call-points` is called a close call.
//! - Fits, over every workload on the board (placed or not):
//!   - primarily stateless / stateful: 0 at half the workloads, 1 at `advice.mainly-share`;
//!   - Azure-native: 1 for an Azure-native organisation, 0.5 for one on both clouds or one
//!     holding an Azure commitment (AWS investment likewise);
//!   - early feature access: share of workloads whose OpenAI capability reaches AWS later
//!     than Azure or not at all (the All-on-AWS reference's availability findings);
//!   - residency fits Azure: share of the workloads with a residency rule or a government /
//!     sovereign sector that Azure serves at the plan's start and AWS does not;
//!   - Trainium cost: All on AWS's saving over All on Azure (horizon TCO), full at
//!     `advice.aws-cost-advantage`;
//!   - data in AWS: share of workloads whose data lives in AWS or that run there today;
//!   - both kinds: 2 x the smaller of the stateless and stateful shares (1 at half and half);
//!   - governance acceptable: 1 minus the extra governance hours a month of the seeds' split
//!     over the lighter one-cloud reference, divided by `advice.governance-tolerance-hours-month`
//!     (0 when the split uses one cloud);
//!   - contracts on both: 1 with commitments on both clouds; multi-cloud expertise: 1 for an
//!     organisation native to both clouds.
//! - Each option maps to a reference strategy for comparison: Azure-first to All on Azure,
//!   AWS-first to All on AWS, multi-cloud to the seeds' split (stateless on Azure, stateful
//!   on AWS). Differences are the plan's figures minus the reference's: positive means the
//!   plan costs more, needs more hours or carries more risk.
//! - Red flags are checked on the plan, or on the advised reference while nothing is placed.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::engine::analysis::cost::Component;
use crate::engine::analysis::findings::{Capability, FindingKind};
use crate::engine::analysis::risk::FactorKind;
use crate::engine::analysis::strategy_result::StrategyResult;
use crate::engine::assumptions::{Assumptions, Key, Resolved};
use crate::engine::model::money::{format_number, format_usd};
use crate::engine::model::scenario::{
    whole_years, Location, NativeCloud, Placement, Scenario, Sector, WorkloadId,
};
use crate::engine::model::strategy::Strategy;
use crate::engine::model::text::capitalise;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Direction {
    AzureFirst,
    AwsFirst,
    MultiCloud,
}

impl Direction {
    pub const ALL: [Direction; 3] = [Direction::AzureFirst, Direction::AwsFirst, Direction::MultiCloud];

    pub fn label(self) -> &'static str {
        match self {
            Direction::AzureFirst => "Azure-first",
            Direction::AwsFirst => "AWS-first",
            Direction::MultiCloud => "Multi-cloud",
        }
    }

    /// The reference strategy the option is compared with.
    pub fn reference(self) -> Strategy {
        match self {
            Direction::AzureFirst => Strategy::AllAzure,
            Direction::AwsFirst => Strategy::AllAws,
            Direction::MultiCloud => Strategy::SplitByRule,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Criterion {
    MainlyStateless,
    AzureNative,
    EarlyFeatureAccess,
    ResidencyFitsAzure,
    StatefulAgents,
    AwsInvestment,
    TrainiumCost,
    DataInAws,
    BothKinds,
    GovernanceAcceptable,
    ContractsOnBoth,
    MultiCloudExpertise,
}

impl Criterion {
    pub const ALL: [Criterion; 12] = [
        Criterion::MainlyStateless,
        Criterion::AzureNative,
        Criterion::EarlyFeatureAccess,
        Criterion::ResidencyFitsAzure,
        Criterion::StatefulAgents,
        Criterion::AwsInvestment,
        Criterion::TrainiumCost,
        Criterion::DataInAws,
        Criterion::BothKinds,
        Criterion::GovernanceAcceptable,
        Criterion::ContractsOnBoth,
        Criterion::MultiCloudExpertise,
    ];

    pub fn direction(self) -> Direction {
        match self {
            Criterion::MainlyStateless
            | Criterion::AzureNative
            | Criterion::EarlyFeatureAccess
            | Criterion::ResidencyFitsAzure => Direction::AzureFirst,
            Criterion::StatefulAgents
            | Criterion::AwsInvestment
            | Criterion::TrainiumCost
            | Criterion::DataInAws => Direction::AwsFirst,
            Criterion::BothKinds
            | Criterion::GovernanceAcceptable
            | Criterion::ContractsOnBoth
            | Criterion::MultiCloudExpertise => Direction::MultiCloud,
        }
    }

    /// The seed's wording.
    pub fn label(self) -> &'static str {
        match self {
            Criterion::MainlyStateless => "Use cases are primarily stateless API calls",
            Criterion::AzureNative => "Azure-native with established governance",
            Criterion::EarlyFeatureAccess => "Needs early access to new OpenAI features",
            Criterion::ResidencyFitsAzure => "Data-residency needs align with Azure regions",
            Criterion::StatefulAgents => "Use cases include stateful agents and multi-step workflows",
            Criterion::AwsInvestment => "Builds on Bedrock or has AWS investments",
            Criterion::TrainiumCost => "Trainium-optimised inference for cost savings",
            Criterion::DataInAws => "Data and applications already in AWS",
            Criterion::BothKinds => "Both stateless and stateful use cases",
            Criterion::GovernanceAcceptable => "Governance complexity acceptable",
            Criterion::ContractsOnBoth => "Contracts on both clouds with leverage",
            Criterion::MultiCloudExpertise => "Multi-cloud expertise and tooling in place",
        }
    }

    fn weight_key(self) -> Key {
        match self {
            Criterion::MainlyStateless => Key::AdviceWeightStateless,
            Criterion::AzureNative => Key::AdviceWeightAzureNative,
            Criterion::EarlyFeatureAccess => Key::AdviceWeightEarlyFeatures,
            Criterion::ResidencyFitsAzure => Key::AdviceWeightResidencyAzure,
            Criterion::StatefulAgents => Key::AdviceWeightStateful,
            Criterion::AwsInvestment => Key::AdviceWeightAwsInvestment,
            Criterion::TrainiumCost => Key::AdviceWeightTrainiumCost,
            Criterion::DataInAws => Key::AdviceWeightDataInAws,
            Criterion::BothKinds => Key::AdviceWeightBothKinds,
            Criterion::GovernanceAcceptable => Key::AdviceWeightGovernance,
            Criterion::ContractsOnBoth => Key::AdviceWeightContracts,
            Criterion::MultiCloudExpertise => Key::AdviceWeightExpertise,
        }
    }

    /// The assumptions behind the criterion's weight and fit.
    pub fn assumptions(self) -> Vec<&'static str> {
        let mut keys = vec![self.weight_key()];
        match self {
            Criterion::MainlyStateless | Criterion::StatefulAgents => keys.push(Key::AdviceMainlyShare),
            Criterion::TrainiumCost => keys.push(Key::AdviceAwsCostAdvantage),
            Criterion::GovernanceAcceptable => keys.push(Key::AdviceGovernanceToleranceHours),
            Criterion::EarlyFeatureAccess => keys.push(Key::AzureFirstWindow),
            _ => {}
        }
        keys.into_iter().map(Assumptions::id).collect()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionScore {
    pub criterion: Criterion,
    pub weight: f64,
    /// 0–1: how well the board and organisation meet the criterion.
    pub fit: f64,
    /// weight x fit.
    pub points: f64,
    /// What the board says about it, with counts ("3 of 5 workloads are stateful agents").
    pub reason: String,
}

impl CriterionScore {
    pub fn applies(&self) -> bool {
        self.fit > 0.0
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OptionScore {
    pub direction: Direction,
    /// The reference strategy it is compared with.
    pub strategy: Strategy,
    /// 0–100.
    pub score: f64,
    pub criteria: Vec<CriterionScore>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum RedFlagKind {
    /// Migration costs more than a year of the workload's run cost.
    LockInMigration,
    /// A framework validated on both clouds.
    ComplianceDuplication,
    /// Two clouds with no published feature matrix, feature lag or waiting for capabilities.
    UnclearRoadmap,
    /// A residency or sector need a cloud cannot meet at the plan's start.
    DataResidencyGap,
}

impl RedFlagKind {
    pub fn label(self) -> &'static str {
        match self {
            RedFlagKind::LockInMigration => "Vendor lock-in migration",
            RedFlagKind::ComplianceDuplication => "Compliance duplication",
            RedFlagKind::UnclearRoadmap => "Unclear roadmap",
            RedFlagKind::DataResidencyGap => "Data-residency gap",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RedFlag {
    pub kind: RedFlagKind,
    /// The strategy checked: the plan, or the advised reference while nothing is placed.
    pub strategy: Strategy,
    pub workloads: Vec<WorkloadId>,
    /// Dollars behind the flag where computable (migration once; duplicated audits over the horizon).
    pub cost: Option<f64>,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlacementDiff {
    pub workload: WorkloadId,
    pub name: String,
    pub plan: Placement,
    pub advised: Placement,
}

/// The plan against the advised reference strategy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanComparison {
    pub advised: Strategy,
    /// Every placed workload sits where the advised reference puts it.
    pub follows_advice: bool,
    pub placed_differently: Vec<PlacementDiff>,
    /// Workloads not placed yet: the plan's figures leave them out, the reference's do not.
    pub unplaced: Vec<WorkloadId>,
    /// Plan minus reference: horizon TCO.
    pub tco_delta: f64,
    pub run_rate_delta: f64,
    pub governance_hours_delta: f64,
    pub setup_hours_delta: f64,
    pub governance_index_delta: f64,
    pub risk_score_delta: i32,
    pub risk_exposure_delta: i64,
    pub summary: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum AdviceStatus {
    /// No workloads on the board: nothing to advise on.
    EmptyBoard,
    Advised,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Advice {
    pub status: AdviceStatus,
    pub recommended: Option<Direction>,
    pub advised_strategy: Option<Strategy>,
    pub runner_up: Option<Direction>,
    /// The runner-up is within `advice.close-call-points`.
    pub close_call: bool,
    /// Every option's score and criteria, in `Direction::ALL` order.
    pub options: Vec<OptionScore>,
    /// The recommended option's criteria that apply, strongest first.
    pub reasons: Vec<String>,
    pub red_flags: Vec<RedFlag>,
    pub comparison: Option<PlanComparison>,
    pub summary: String,
}

impl Advice {
    fn empty() -> Advice {
        Advice {
            status: AdviceStatus::EmptyBoard,
            recommended: None,
            advised_strategy: None,
            runner_up: None,
            close_call: false,
            options: Vec::new(),
            reasons: Vec::new(),
            red_flags: Vec::new(),
            comparison: None,
            summary: "Add workloads to the board to get advice.".to_owned(),
        }
    }

    pub fn option(&self, d: Direction) -> Option<&OptionScore> {
        self.options.iter().find(|o| o.direction == d)
    }
}

fn workloads_word(n: usize) -> &'static str {
    if n == 1 {
        "workload"
    } else {
        "workloads"
    }
}

fn is_are(n: usize) -> &'static str {
    if n == 1 {
        "is"
    } else {
        "are"
    }
}

fn hours(h: f64) -> String {
    format_number(h.abs().round())
}

/// The reference results in `Strategy::ALL` order: plan, all Azure, all AWS, split by rule.
pub fn advise(r: &Resolved, scenario: &Scenario, results: [&StrategyResult; 4]) -> Advice {
    let ws = &scenario.workloads;
    let n = ws.len();
    if n == 0 {
        return Advice::empty();
    }
    let [plan, all_azure, all_aws, split] = results;
    let nf = n as f64;
    let stateful = ws.iter().filter(|w| w.kind.is_stateful()).count();
    let stateless = n - stateful;
    let mainly = (r.get(Key::AdviceMainlyShare) / 100.0 - 0.5).max(0.01);
    let primarily = |count: usize| ((count as f64 / nf - 0.5) / mainly).clamp(0.0, 1.0);
    let org = &scenario.org;

    // Workloads whose OpenAI capability reaches AWS later than Azure or not at all.
    let early: BTreeSet<WorkloadId> = all_aws
        .cost
        .findings
        .iter()
        .filter(|f| {
            matches!(
                f.capability,
                Some(Capability::OpenAiStatelessApi | Capability::OpenAiEmbeddings | Capability::FineTuning)
            ) && matches!(
                f.kind,
                FindingKind::LagsAzure { .. }
                    | FindingKind::UnavailableAtStart { .. }
                    | FindingKind::ComparatorModel { .. }
            )
        })
        .filter_map(|f| f.workload)
        .collect();
    let early = early.len();
    let unavailable = |res: &StrategyResult| -> BTreeSet<WorkloadId> {
        res.cost
            .findings
            .iter()
            .filter(|f| {
                matches!(
                    f.kind,
                    FindingKind::UnavailableAtStart { .. } | FindingKind::Workaround { .. }
                )
            })
            .filter_map(|f| f.workload)
            .collect()
    };
    let constrained: Vec<WorkloadId> = ws
        .iter()
        .filter(|w| w.residency.is_constrained() || w.sector != Sector::Commercial)
        .map(|w| w.id)
        .collect();
    let azure_only = if constrained.is_empty() {
        0
    } else {
        let (on_aws, on_azure) = (unavailable(all_aws), unavailable(all_azure));
        constrained
            .iter()
            .filter(|id| on_aws.contains(id) && !on_azure.contains(id))
            .count()
    };
    let data_in_aws = ws.iter().filter(|w| w.data_location == Location::Aws).count();
    let runs_on_aws = ws
        .iter()
        .filter(|w| w.runs_today == Location::Aws && w.data_location != Location::Aws)
        .count();

    let native = |c: NativeCloud, contract: bool, name: &str| -> (f64, String) {
        let (fit, what): (f64, String) = if org.native_cloud == c {
            (1.0, format!("the organisation is {name}-native"))
        } else if org.native_cloud == NativeCloud::Both {
            (0.5, "the organisation runs on both clouds".to_owned())
        } else {
            (0.0, format!("the organisation is not {name}-native"))
        };
        if contract {
            (fit.max(0.5), format!("{what} and holds an {name} commitment"))
        } else {
            (fit, what)
        }
    };

    let fit_and_reason = |c: Criterion| -> (f64, String) {
        match c {
            Criterion::MainlyStateless => (
                primarily(stateless),
                format!(
                    "{stateless} of {n} {} {} stateless API calls",
                    workloads_word(n),
                    is_are(stateless)
                ),
            ),
            Criterion::StatefulAgents => (
                primarily(stateful),
                format!(
                    "{stateful} of {n} {} {} stateful agents",
                    workloads_word(n),
                    is_are(stateful)
                ),
            ),
            Criterion::AzureNative => native(NativeCloud::Azure, org.azure_contract, "Azure"),
            Criterion::AwsInvestment => native(NativeCloud::Aws, org.aws_contract, "AWS"),
            Criterion::EarlyFeatureAccess => (
                early as f64 / nf,
                format!(
                    "{early} of {n} {} use OpenAI capabilities that reach AWS later than Azure or not at all",
                    workloads_word(n)
                ),
            ),
            Criterion::ResidencyFitsAzure => {
                if constrained.is_empty() {
                    (0.0, "no workload has a residency or sector rule".to_owned())
                } else {
                    (
                        azure_only as f64 / constrained.len() as f64,
                        format!(
                            "{azure_only} of {} {} with residency or sector rules {} served on Azure at the \
                             start but not on AWS",
                            constrained.len(),
                            workloads_word(constrained.len()),
                            is_are(azure_only)
                        ),
                    )
                }
            }
            Criterion::TrainiumCost => {
                let (az, aws) = (all_azure.cost.horizon_total, all_aws.cost.horizon_total);
                if az > 0.0 && az.is_finite() && aws.is_finite() {
                    let saving = (az - aws) / az * 100.0;
                    let advantage = r.get(Key::AdviceAwsCostAdvantage).max(1.0);
                    let (more_less, pct) = if saving >= 0.0 {
                        ("less", saving)
                    } else {
                        ("more", -saving)
                    };
                    (
                        (saving / advantage).clamp(0.0, 1.0),
                        format!(
                            "all on AWS costs {}% {more_less} than all on Azure over the horizon ({} vs {})",
                            format_number(pct.round()),
                            format_usd(aws),
                            format_usd(az)
                        ),
                    )
                } else {
                    (0.0, "no cost to compare".to_owned())
                }
            }
            Criterion::DataInAws => {
                let count = data_in_aws + runs_on_aws;
                let mut reason = format!("data for {data_in_aws} of {n} {} lives in AWS", workloads_word(n));
                if runs_on_aws > 0 {
                    reason.push_str(&format!(
                        " and {runs_on_aws} more {} there today",
                        if runs_on_aws == 1 { "runs" } else { "run" }
                    ));
                }
                (count as f64 / nf, reason)
            }
            Criterion::BothKinds => (
                2.0 * stateless.min(stateful) as f64 / nf,
                format!(
                    "{stateless} stateless and {stateful} stateful {}",
                    workloads_word(n)
                ),
            ),
            Criterion::GovernanceAcceptable => {
                if split.governance.clouds_in_use.count() == 2 {
                    let lighter = all_azure
                        .governance
                        .hours_per_month
                        .min(all_aws.governance.hours_per_month);
                    let extra = (split.governance.hours_per_month - lighter).max(0.0);
                    let tolerance = r.get(Key::AdviceGovernanceToleranceHours).max(1.0);
                    (
                        (1.0 - extra / tolerance).clamp(0.0, 1.0),
                        format!(
                            "the seeds' split adds {} governance hours a month over the lighter one-cloud \
                             option (tolerance {})",
                            hours(extra),
                            hours(tolerance)
                        ),
                    )
                } else {
                    (
                        0.0,
                        "the seeds' split puts every workload on one cloud".to_owned(),
                    )
                }
            }
            Criterion::ContractsOnBoth => match (org.azure_contract, org.aws_contract) {
                (true, true) => (
                    1.0,
                    "contracts on both Azure and AWS give negotiating leverage".to_owned(),
                ),
                (true, false) => (0.0, "a commitment on Azure only".to_owned()),
                (false, true) => (0.0, "a commitment on AWS only".to_owned()),
                (false, false) => (0.0, "no commitment on either cloud".to_owned()),
            },
            Criterion::MultiCloudExpertise => {
                if org.native_cloud == NativeCloud::Both {
                    (
                        1.0,
                        "the organisation already runs on both clouds, with the expertise and tooling"
                            .to_owned(),
                    )
                } else {
                    (0.0, "the organisation does not run on both clouds yet".to_owned())
                }
            }
        }
    };

    let options: Vec<OptionScore> = Direction::ALL
        .into_iter()
        .map(|d| {
            let criteria: Vec<CriterionScore> = Criterion::ALL
                .into_iter()
                .filter(|c| c.direction() == d)
                .map(|c| {
                    let (fit, reason) = fit_and_reason(c);
                    let fit = if fit.is_finite() { fit } else { 0.0 };
                    let weight = r.get(c.weight_key());
                    CriterionScore {
                        criterion: c,
                        weight,
                        fit,
                        points: weight * fit,
                        reason,
                    }
                })
                .collect();
            let total_weight = criteria.iter().map(|c| c.weight).fold(0.0, |a, b| a + b);
            let points = criteria.iter().map(|c| c.points).fold(0.0, |a, b| a + b);
            OptionScore {
                direction: d,
                strategy: d.reference(),
                score: if total_weight > 0.0 {
                    100.0 * points / total_weight
                } else {
                    0.0
                },
                criteria,
            }
        })
        .collect();

    let mut order: Vec<&OptionScore> = options.iter().collect();
    // Stable: ties keep Direction::ALL order.
    order.sort_by(|a, b| b.score.total_cmp(&a.score));
    // Three options always; the guard keeps indexing out of reach.
    let (Some(&best), Some(&runner)) = (order.first(), order.get(1)) else {
        return Advice::empty();
    };
    let recommended = best.direction;
    let close_call = best.score - runner.score < r.get(Key::AdviceCloseCallPoints);
    let mut applying: Vec<&CriterionScore> = best.criteria.iter().filter(|c| c.applies()).collect();
    applying.sort_by(|a, b| b.points.total_cmp(&a.points));
    let reasons: Vec<String> = applying.iter().map(|c| capitalise(&c.reason)).collect();

    let advised = match recommended.reference() {
        Strategy::AllAzure => all_azure,
        Strategy::AllAws => all_aws,
        _ => split,
    };
    let red_flags = red_flags(
        scenario,
        if plan.cost.workloads.is_empty() {
            advised
        } else {
            plan
        },
    );
    let comparison = compare(scenario, plan, advised);

    let mut summary = format!(
        "{} (score {} of 100)",
        recommended.label(),
        format_number(best.score.round())
    );
    if reasons.is_empty() {
        summary.push_str(": no criterion of the framework applies strongly; the room should decide.");
    } else {
        let top: Vec<&str> = applying.iter().take(3).map(|c| c.reason.as_str()).collect();
        summary.push_str(&format!(": {}.", top.join("; ")));
    }
    if close_call {
        summary.push_str(&format!(
            " A close call with {} (score {}).",
            runner.direction.label().to_lowercase(),
            format_number(runner.score.round())
        ));
    }

    Advice {
        status: AdviceStatus::Advised,
        recommended: Some(recommended),
        advised_strategy: Some(recommended.reference()),
        runner_up: Some(runner.direction),
        close_call,
        reasons,
        red_flags,
        comparison: Some(comparison),
        summary,
        options,
    }
}

fn names(scenario: &Scenario, ids: &[WorkloadId]) -> String {
    let shown: Vec<&str> = ids
        .iter()
        .take(3)
        .filter_map(|id| scenario.workload(*id).map(|w| w.name.as_str()))
        .collect();
    let more = ids.len().saturating_sub(3);
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

fn red_flags(scenario: &Scenario, target: &StrategyResult) -> Vec<RedFlag> {
    let mut out = Vec::new();
    let strategy = target.strategy;

    let mut migrating = Vec::new();
    let (mut migration, mut year_of_run) = (0.0, 0.0);
    for f in &target.cost.findings {
        if let (
            FindingKind::MigrationExceedsYearOfRun {
                migration: m,
                year_of_run: y,
            },
            Some(id),
        ) = (&f.kind, f.workload)
        {
            migrating.push(id);
            migration += m;
            year_of_run += y;
        }
    }
    if !migrating.is_empty() {
        out.push(RedFlag {
            kind: RedFlagKind::LockInMigration,
            strategy,
            message: format!(
                "Moving {} {} ({}) costs {} once, more than a year of their run cost ({}).",
                migrating.len(),
                workloads_word(migrating.len()),
                names(scenario, &migrating),
                format_usd(migration),
                format_usd(year_of_run)
            ),
            cost: Some(migration),
            workloads: migrating,
        });
    }

    let g = &target.governance;
    if !g.duplicated_frameworks.is_empty() {
        let duplicate_audits = target
            .cost
            .lines
            .iter()
            .filter(|l| l.component == Component::Audits && l.duplicate)
            .fold(0.0, |a, l| a + l.total);
        let frameworks: Vec<&str> = g.duplicated_frameworks.iter().map(|f| f.label()).collect();
        let ids: Vec<WorkloadId> = scenario
            .workloads
            .iter()
            .filter(|w| !w.compliance.is_empty() && target.strategy.placement(w) != Placement::Unplaced)
            .filter(|w| g.duplicated_frameworks.iter().any(|f| w.compliance.contains(f)))
            .map(|w| w.id)
            .collect();
        out.push(RedFlag {
            kind: RedFlagKind::ComplianceDuplication,
            strategy,
            message: format!(
                "{} {} validated on both clouds: {} extra {} a year, {} over the horizon.",
                frameworks.join(", "),
                if frameworks.len() == 1 { "is" } else { "are" },
                g.duplicated_audits_per_year,
                if g.duplicated_audits_per_year == 1 {
                    "audit"
                } else {
                    "audits"
                },
                format_usd(duplicate_audits)
            ),
            cost: Some(duplicate_audits),
            workloads: ids,
        });
    }

    let with = |pred: fn(&FactorKind) -> bool| -> Vec<WorkloadId> {
        target
            .risk
            .workloads
            .iter()
            .filter(|risk| risk.factors.iter().any(|f| pred(&f.kind)))
            .filter_map(|risk| risk.workload)
            .collect()
    };
    let lagging = with(|k| matches!(k, FactorKind::FeatureLag { .. }));
    let waiting = with(|k| matches!(k, FactorKind::NotYetAvailable { .. }));
    let two = target.cost.clouds_in_use.count() == 2;
    if two || !lagging.is_empty() || !waiting.is_empty() {
        let mut parts = Vec::new();
        if two {
            parts.push(
                "two clouds, and OpenAI has published no feature matrix of which capability ships where"
                    .to_owned(),
            );
        }
        if !lagging.is_empty() {
            parts.push(format!(
                "{} stateless {} on AWS {} new models after Azure ({})",
                lagging.len(),
                workloads_word(lagging.len()),
                if lagging.len() == 1 { "gets" } else { "get" },
                names(scenario, &lagging)
            ));
        }
        if !waiting.is_empty() {
            parts.push(format!(
                "{} {} for a capability not available at the start ({})",
                waiting.len(),
                if waiting.len() == 1 {
                    "workload waits"
                } else {
                    "workloads wait"
                },
                names(scenario, &waiting)
            ));
        }
        let mut ids = lagging;
        ids.extend(
            waiting
                .into_iter()
                .filter(|id| !ids.contains(id))
                .collect::<Vec<_>>(),
        );
        out.push(RedFlag {
            kind: RedFlagKind::UnclearRoadmap,
            strategy,
            message: format!("{}.", capitalise(&parts.join("; "))),
            cost: None,
            workloads: ids,
        });
    }

    let gaps = with(|k| matches!(k, FactorKind::ResidencyConflict { .. }));
    if !gaps.is_empty() {
        out.push(RedFlag {
            kind: RedFlagKind::DataResidencyGap,
            strategy,
            message: format!(
                "{} {} with residency or sector rules {} on a cloud that cannot meet them at the start ({}).",
                gaps.len(),
                workloads_word(gaps.len()),
                is_are(gaps.len()),
                names(scenario, &gaps)
            ),
            cost: None,
            workloads: gaps,
        });
    }
    out
}

fn compare(scenario: &Scenario, plan: &StrategyResult, advised: &StrategyResult) -> PlanComparison {
    let mut placed_differently = Vec::new();
    let mut unplaced = Vec::new();
    for w in &scenario.workloads {
        let target = advised.strategy.placement(w);
        match w.placement {
            Placement::Unplaced => unplaced.push(w.id),
            p if p != target => placed_differently.push(PlacementDiff {
                workload: w.id,
                name: w.name.clone(),
                plan: p,
                advised: target,
            }),
            _ => {}
        }
    }
    let tco_delta = plan.cost.horizon_total - advised.cost.horizon_total;
    let governance_hours_delta = plan.governance.hours_per_month - advised.governance.hours_per_month;
    let years = whole_years(scenario.horizon_months());
    let reference = advised.strategy.label();
    let (pr, ar) = (&plan.risk, &advised.risk);
    let mut summary = if plan.cost.workloads.is_empty() {
        format!(
            "Nothing is placed yet. {reference}, the advised reference, costs {} over {years} years, \
             needs {} governance hours a month and has a risk score of {} ({}).",
            format_usd(advised.cost.horizon_total),
            hours(advised.governance.hours_per_month),
            ar.score,
            ar.level.label()
        )
    } else if placed_differently.is_empty() {
        format!("Your plan places every placed workload where {reference} does.")
    } else {
        let more_less = |d: f64, more: &'static str, less: &'static str| if d >= 0.0 { more } else { less };
        format!(
            "{} {} placed differently from {reference}. Your plan costs {} {} over {years} years, \
             needs {} {} governance hours a month, and its risk score is {} against {}.",
            placed_differently.len(),
            if placed_differently.len() == 1 {
                "workload is"
            } else {
                "workloads are"
            },
            format_usd(tco_delta.abs()),
            more_less(tco_delta, "more", "less"),
            hours(governance_hours_delta),
            more_less(governance_hours_delta, "more", "fewer"),
            pr.score,
            ar.score
        )
    };
    if !unplaced.is_empty() && !plan.cost.workloads.is_empty() {
        summary.push_str(&format!(
            " {} {} not placed yet, so the plan's figures leave {} out.",
            unplaced.len(),
            if unplaced.len() == 1 {
                "workload is"
            } else {
                "workloads are"
            },
            if unplaced.len() == 1 { "it" } else { "them" }
        ));
    }
    PlanComparison {
        advised: advised.strategy,
        follows_advice: placed_differently.is_empty(),
        placed_differently,
        unplaced,
        tco_delta,
        run_rate_delta: plan.cost.run_rate - advised.cost.run_rate,
        governance_hours_delta,
        setup_hours_delta: plan.governance.setup_hours - advised.governance.setup_hours,
        governance_index_delta: plan.governance.index - advised.governance.index,
        risk_score_delta: i32::from(pr.score) - i32::from(ar.score),
        risk_exposure_delta: i64::from(pr.exposure) - i64::from(ar.exposure),
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_direction_has_four_criteria() {
        for d in Direction::ALL {
            assert_eq!(Criterion::ALL.iter().filter(|c| c.direction() == d).count(), 4);
        }
    }
}
