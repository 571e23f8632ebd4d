//! Migration and placement risk: per workload a likelihood and an impact (1–5) built from
//! explicit factors, scenario-level risks, a ranked list and an overall level (seed 000's
//! red flags and risks; domain.md "Migration risk").
//!
//! Definitions (the UI quotes them):
//! - Every factor adds likelihood points, impact points or both, each an assumption.
//!   likelihood = 1 + the factors' likelihood points; impact = the factors' impact points
//!   (a workload's criticality always gives its base impact); both are rounded and kept
//!   within 1..=5. score = likelihood x impact (1..=25); the level bands are assumptions.
//! - A workload *moves* when it runs today on a cloud or on-premises and its placement uses a
//!   cloud it does not run on. Data gravity counts only then, and only when the data is not
//!   already on the cloud it moves to, so a workload placed where it runs has none.
//! - Migration cost is the workload's one-time cost in the strategy (migration and
//!   workaround build) against its first year of run cost.
//! - Statefulness: a stateful agent that moves, or runs on both clouds (memory kept in step).
//! - Lock-in (one per workload): a stateful agent on AWS (Frontier, exclusive to AWS among
//!   third-party clouds) or on Azure while Frontier is not offered there (Foundry agents),
//!   unless Frontier is on Azure at the start; a fine-tuned model; an embeddings workload on
//!   AWS priced with a comparator model (the index must be re-embedded to leave).
//! - Feature lag, capabilities not available at the plan's start and workarounds come from
//!   the strategy's availability findings (no workaround risk for an agent already running
//!   on Azure: it is built). A residency conflict is a workload with a residency rule or a
//!   government / sovereign sector on a cloud that cannot serve one of its needs at the
//!   plan's start.
//! - Scenario level: concentration (every placed workload on one cloud), split vendors and
//!   roadmap (two clouds, no published feature matrix), compliance duplication (a framework
//!   validated on both clouds). Their likelihood and impact come from assumptions; the
//!   concentration impact builds on the most critical workload's.
//! - A factor whose points are 0 (its weight set to 0) is left out.
//! - The *driver* of a risk is its factor with the most points, other than criticality
//!   (criticality only when nothing else contributes): the thing the room can argue with.
//! - The overall score is the highest single score (0 when nothing is placed), its level the
//!   plan's level; exposure is the sum of all scores, for comparing strategies.

use serde::Serialize;

use crate::engine::analysis::availability::{self, Availability};
use crate::engine::analysis::cost::{CostResult, WorkloadCost};
use crate::engine::analysis::findings::{Capability, Finding, FindingKind};
use crate::engine::analysis::governance::GovernanceResult;
use crate::engine::assumptions::{Assumptions, Cloud, Key, Resolved};
use crate::engine::model::catalog::WorkloadKind;
use crate::engine::model::money::{format_number, format_usd};
use crate::engine::model::scenario::{
    Criticality, Framework, Location, Placement, Residency, Scenario, Sector, Workload, WorkloadId, YearMonth,
};
use crate::engine::model::strategy::Strategy;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize)]
pub enum RiskLevel {
    #[default]
    Low,
    Medium,
    High,
    Critical,
}

impl RiskLevel {
    pub fn label(self) -> &'static str {
        match self {
            RiskLevel::Low => "Low",
            RiskLevel::Medium => "Medium",
            RiskLevel::High => "High",
            RiskLevel::Critical => "Critical",
        }
    }

    /// The level of a score (likelihood x impact) under the resolved bands.
    pub fn of(r: &Resolved, score: u8) -> RiskLevel {
        let s = f64::from(score);
        if s >= r.get(Key::RiskLevelCritical) {
            RiskLevel::Critical
        } else if s >= r.get(Key::RiskLevelHigh) {
            RiskLevel::High
        } else if s >= r.get(Key::RiskLevelMedium) {
            RiskLevel::Medium
        } else {
            RiskLevel::Low
        }
    }
}

/// A service that ties a workload to one cloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum LockInService {
    /// OpenAI Frontier, distributed exclusively by AWS among third-party clouds.
    FrontierAgents,
    /// Agents built on Azure AI Foundry where Frontier is not offered.
    FoundryAgents,
    /// A model fine-tuned on one provider's service.
    FineTunedModel,
    /// An index embedded with a model only this cloud offers (priced with a comparator).
    EmbeddingIndex,
}

impl LockInService {
    pub fn label(self) -> &'static str {
        match self {
            LockInService::FrontierAgents => "OpenAI Frontier",
            LockInService::FoundryAgents => "Azure AI Foundry agents",
            LockInService::FineTunedModel => "a fine-tuned model",
            LockInService::EmbeddingIndex => "an index embedded with a model only this cloud offers",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum FactorKind {
    /// The workload's criticality: its base impact.
    Criticality {
        level: Criticality,
    },
    /// Data to copy when the workload moves away from where its data lives.
    DataGravity {
        gb: f64,
        from: Location,
    },
    /// One-time cost against a year of run cost.
    MigrationCost {
        one_time: f64,
        year_of_run: f64,
    },
    /// A stateful agent that moves, or runs on both clouds.
    Statefulness {
        moves: bool,
        on_both: bool,
    },
    LockIn {
        service: LockInService,
        cloud: Cloud,
    },
    /// New models reach this cloud after the Azure-first window.
    FeatureLag {
        months: u32,
    },
    NotYetAvailable {
        capability: Capability,
        cloud: Cloud,
        available_from: YearMonth,
        months_waiting: u32,
    },
    Workaround {
        capability: Capability,
        cloud: Cloud,
        available_from: Option<YearMonth>,
    },
    /// A residency rule or sector need the cloud cannot serve at the plan's start.
    ResidencyConflict {
        residency: Residency,
        sector: Sector,
        cloud: Cloud,
        available_from: YearMonth,
    },
    /// Scenario level: every placed workload on one cloud.
    Concentration {
        cloud: Cloud,
        workloads: u32,
        most_critical: Criticality,
    },
    /// Scenario level: two clouds, no published feature matrix.
    SplitVendorRoadmap {
        lagging_workloads: u32,
    },
    /// Scenario level: frameworks validated on both clouds.
    ComplianceDuplication {
        frameworks: Vec<Framework>,
        extra_audits: u32,
    },
}

impl FactorKind {
    pub fn label(&self) -> &'static str {
        match self {
            FactorKind::Criticality { .. } => "Criticality",
            FactorKind::DataGravity { .. } => "Data gravity",
            FactorKind::MigrationCost { .. } => "Migration cost",
            FactorKind::Statefulness { .. } => "Statefulness",
            FactorKind::LockIn { .. } => "Lock-in",
            FactorKind::FeatureLag { .. } => "Feature lag",
            FactorKind::NotYetAvailable { .. } => "Not yet available",
            FactorKind::Workaround { .. } => "Workaround",
            FactorKind::ResidencyConflict { .. } => "Residency conflict",
            FactorKind::Concentration { .. } => "Concentration",
            FactorKind::SplitVendorRoadmap { .. } => "Split vendors and roadmap",
            FactorKind::ComplianceDuplication { .. } => "Compliance duplication",
        }
    }
}

/// One reason a risk is what it is, with the points it adds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RiskFactor {
    pub kind: FactorKind,
    /// Points added to the likelihood.
    pub likelihood: f64,
    /// Points added to the impact.
    pub impact: f64,
}

fn criticality_key(c: Criticality) -> Key {
    match c {
        Criticality::Low => Key::RiskImpactLow,
        Criticality::Medium => Key::RiskImpactMedium,
        Criticality::High => Key::RiskImpactHigh,
        Criticality::MissionCritical => Key::RiskImpactMissionCritical,
    }
}

impl RiskFactor {
    pub fn points(&self) -> f64 {
        self.likelihood + self.impact
    }

    /// One plain sentence the room can argue with.
    pub fn reason(&self) -> String {
        match &self.kind {
            FactorKind::Criticality { level } => {
                format!("{} criticality sets the impact.", level.label())
            }
            FactorKind::DataGravity { gb, from } => format!(
                "{} GB of data to copy out of {} before the move.",
                format_number(gb.round()),
                from.label()
            ),
            FactorKind::MigrationCost {
                one_time,
                year_of_run,
            } => {
                if *year_of_run > 0.0 {
                    format!(
                        "Moving costs {} once, {}% of a year of its run cost ({}).",
                        format_usd(*one_time),
                        format_number((one_time / year_of_run * 100.0).round()),
                        format_usd(*year_of_run)
                    )
                } else {
                    format!(
                        "Moving costs {} once, with no run cost in its first year to set against it.",
                        format_usd(*one_time)
                    )
                }
            }
            FactorKind::Statefulness { moves, on_both } => match (moves, on_both) {
                (true, _) => {
                    "A stateful agent: its memory, sessions and tool connections move with it.".to_owned()
                }
                _ => "A stateful agent on both clouds: its memory is kept in step between them.".to_owned(),
            },
            FactorKind::LockIn { service, cloud } => format!(
                "Tied to {} on {}: leaving later means rebuilding it.",
                service.label(),
                cloud.label()
            ),
            FactorKind::FeatureLag { months } => format!(
                "New OpenAI models reach AWS about {months} months after Azure (the Azure-first window)."
            ),
            FactorKind::NotYetAvailable {
                capability,
                cloud,
                available_from,
                months_waiting,
            } => format!(
                "{}: on {} only from {available_from}, {months_waiting} months after the plan's start.",
                capability.label(),
                cloud.label()
            ),
            FactorKind::Workaround {
                capability,
                cloud,
                available_from,
            } => {
                let until = available_from.map_or(String::new(), |d| format!(" until {d}"));
                format!(
                    "{} is not offered on {}{until}; the agents are built on Azure AI Foundry instead.",
                    capability.label(),
                    cloud.label()
                )
            }
            FactorKind::ResidencyConflict {
                residency,
                sector,
                cloud,
                available_from,
            } => {
                let need = match (sector, residency) {
                    (Sector::Sovereign, _) => "A sovereign / regulated deployment".to_owned(),
                    (Sector::UsGovernment, _) => "A US government deployment".to_owned(),
                    (Sector::Commercial, Residency::Eu) => "EU residency".to_owned(),
                    (Sector::Commercial, Residency::Us) => "US residency".to_owned(),
                    (Sector::Commercial, Residency::Any) => "The residency rule".to_owned(),
                };
                format!(
                    "{need} cannot be met on {} before {available_from}; meanwhile the data would run \
                     outside its rules.",
                    cloud.label()
                )
            }
            FactorKind::Concentration {
                cloud,
                workloads,
                most_critical,
            } => format!(
                "All {workloads} placed workloads run on {c}: one {c} outage takes down every OpenAI service \
                 (the most critical is {}).",
                most_critical.label().to_lowercase(),
                c = cloud.label()
            ),
            FactorKind::SplitVendorRoadmap { lagging_workloads } => {
                let lag = match lagging_workloads {
                    0 => String::new(),
                    1 => "; 1 stateless workload on AWS waits for new models".to_owned(),
                    n => format!("; {n} stateless workloads on AWS wait for new models"),
                };
                format!(
                    "Two clouds and two vendors, and no published feature matrix of which capability ships \
                     where{lag}."
                )
            }
            FactorKind::ComplianceDuplication {
                frameworks,
                extra_audits,
            } => {
                let names: Vec<&str> = frameworks.iter().map(|f| f.label()).collect();
                format!(
                    "{} validated on both clouds: {extra_audits} extra {} a year, and a finding on either \
                     platform counts.",
                    names.join(", "),
                    if *extra_audits == 1 { "audit" } else { "audits" }
                )
            }
        }
    }

    /// The assumptions behind the factor's points.
    pub fn assumptions(&self) -> Vec<&'static str> {
        let keys: &[Key] = match &self.kind {
            FactorKind::Criticality { level } => return vec![Assumptions::id(criticality_key(*level))],
            FactorKind::DataGravity { .. } => &[
                Key::RiskDataGravityGb,
                Key::RiskDataGravityHighGb,
                Key::RiskDataGravityPoints,
            ],
            FactorKind::MigrationCost { .. } => &[
                Key::RiskMigrationYearShare,
                Key::RiskMigrationPoints,
                Key::RehostPerWorkload,
                Key::ReplatformHours,
            ],
            FactorKind::Statefulness { .. } => &[Key::RiskStatefulPoints],
            FactorKind::LockIn { .. } => &[Key::RiskLockInPoints],
            FactorKind::FeatureLag { .. } => &[Key::RiskFeatureLagPoints, Key::AzureFirstWindow],
            FactorKind::NotYetAvailable { .. } => &[Key::RiskUnavailablePoints],
            FactorKind::Workaround { .. } => &[Key::RiskWorkaroundPoints, Key::AzureFrontierFrom],
            FactorKind::ResidencyConflict { .. } => &[Key::RiskResidencyPoints],
            FactorKind::Concentration { most_critical, .. } => {
                return vec![
                    Assumptions::id(Key::RiskConcentrationLikelihood),
                    Assumptions::id(Key::RiskConcentrationImpactPoints),
                    Assumptions::id(criticality_key(*most_critical)),
                ]
            }
            FactorKind::SplitVendorRoadmap { .. } => {
                &[Key::RiskSplitVendorLikelihood, Key::RiskSplitVendorImpact]
            }
            FactorKind::ComplianceDuplication { .. } => &[
                Key::RiskComplianceDupLikelihood,
                Key::RiskComplianceDupImpact,
                Key::GovAuditsPerFramework,
            ],
        };
        keys.iter().map(|&k| Assumptions::id(k)).collect()
    }
}

/// One risk: a workload's, or a scenario-level one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// None for scenario-level risks.
    pub workload: Option<WorkloadId>,
    pub placement: Option<Placement>,
    pub likelihood: u8,
    pub impact: u8,
    pub score: u8,
    pub level: RiskLevel,
    pub factors: Vec<RiskFactor>,
    /// Index in `factors` of the driving factor.
    pub driver: usize,
}

impl Risk {
    pub fn driver(&self) -> Option<&RiskFactor> {
        self.factors.get(self.driver)
    }

    fn build(
        r: &Resolved,
        workload: Option<WorkloadId>,
        placement: Option<Placement>,
        factors: Vec<RiskFactor>,
    ) -> Risk {
        let sum = |f: fn(&RiskFactor) -> f64| factors.iter().map(f).fold(0.0, |a, b| a + b);
        let clamp = |v: f64| {
            if v.is_finite() {
                v.round().clamp(1.0, 5.0) as u8
            } else {
                5
            }
        };
        let likelihood = clamp(1.0 + sum(|f| f.likelihood));
        let impact = clamp(sum(|f| f.impact));
        let score = likelihood * impact;
        let mut driver = 0;
        let mut best = 0.0;
        for (i, f) in factors.iter().enumerate() {
            if !matches!(f.kind, FactorKind::Criticality { .. }) && f.points() > best {
                best = f.points();
                driver = i;
            }
        }
        Risk {
            workload,
            placement,
            likelihood,
            impact,
            score,
            level: RiskLevel::of(r, score),
            factors,
            driver,
        }
    }
}

/// Where a ranked risk lives in a `RiskResult`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum RiskRef {
    Scenario(usize),
    Workload(usize),
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RiskResult {
    /// Placed workloads, in board order.
    pub workloads: Vec<Risk>,
    pub scenario: Vec<Risk>,
    /// Every risk, highest score first (then impact, then likelihood; scenario-level first,
    /// then board order on ties).
    pub ranked: Vec<RiskRef>,
    /// The highest score, 0 when nothing is placed.
    pub score: u8,
    pub level: RiskLevel,
    /// Sum of all scores.
    pub exposure: u32,
    /// Risks rated High or Critical.
    pub high_or_worse: u32,
}

impl RiskResult {
    pub fn get(&self, at: RiskRef) -> Option<&Risk> {
        match at {
            RiskRef::Scenario(i) => self.scenario.get(i),
            RiskRef::Workload(i) => self.workloads.get(i),
        }
    }

    /// The `n` highest risks.
    pub fn top(&self, n: usize) -> impl Iterator<Item = &Risk> + '_ {
        self.ranked.iter().take(n).filter_map(|&at| self.get(at))
    }

    pub fn workload(&self, id: WorkloadId) -> Option<&Risk> {
        self.workloads.iter().find(|r| r.workload == Some(id))
    }
}

fn runs_on(loc: Location, c: Cloud) -> bool {
    matches!(
        (loc, c),
        (Location::Azure, Cloud::Azure) | (Location::Aws, Cloud::Aws)
    )
}

fn clouds_of(p: Placement) -> impl Iterator<Item = Cloud> {
    Cloud::ALL.into_iter().filter(move |c| match c {
        Cloud::Azure => p.uses_azure(),
        Cloud::Aws => p.uses_aws(),
    })
}

fn workload_factors(
    r: &Resolved,
    w: &Workload,
    placement: Placement,
    cost: Option<&WorkloadCost>,
    findings: &[Finding],
    frontier_on_azure: bool,
) -> Vec<RiskFactor> {
    let lik = |kind, points| RiskFactor {
        kind,
        likelihood: points,
        impact: 0.0,
    };
    let mut out = Vec::with_capacity(4);
    out.push(RiskFactor {
        kind: FactorKind::Criticality { level: w.criticality },
        likelihood: 0.0,
        impact: r.get(criticality_key(w.criticality)),
    });

    let existing = matches!(
        w.runs_today,
        Location::Azure | Location::Aws | Location::OnPremises
    );
    let moves_to = |c: Cloud| existing && !runs_on(w.runs_today, c);
    let moves = clouds_of(placement).any(moves_to);
    let stateful = w.kind.is_stateful();
    let on_both = matches!(placement, Placement::Both { .. });

    let data_moves = w.data_location != Location::New
        && w.data_gb > 0.0
        && clouds_of(placement).any(|c| moves_to(c) && !runs_on(w.data_location, c));
    if data_moves {
        let tiers = [Key::RiskDataGravityGb, Key::RiskDataGravityHighGb]
            .into_iter()
            .filter(|&k| w.data_gb >= r.get(k))
            .count();
        let points = tiers as f64 * r.get(Key::RiskDataGravityPoints);
        if points > 0.0 {
            out.push(lik(
                FactorKind::DataGravity {
                    gb: w.data_gb,
                    from: w.data_location,
                },
                points,
            ));
        }
    }

    if let Some(c) = cost {
        if c.one_time > 0.0 && c.one_time > c.first_year_run * r.get(Key::RiskMigrationYearShare) / 100.0 {
            out.push(lik(
                FactorKind::MigrationCost {
                    one_time: c.one_time,
                    year_of_run: c.first_year_run,
                },
                r.get(Key::RiskMigrationPoints),
            ));
        }
    }

    if stateful && (moves || on_both) {
        out.push(lik(
            FactorKind::Statefulness { moves, on_both },
            r.get(Key::RiskStatefulPoints),
        ));
    }

    let lock_in = if stateful && !frontier_on_azure {
        if placement.uses_aws() {
            Some((LockInService::FrontierAgents, Cloud::Aws))
        } else {
            Some((LockInService::FoundryAgents, Cloud::Azure))
        }
    } else if w.kind == WorkloadKind::FineTunedServing {
        clouds_of(placement)
            .next()
            .map(|c| (LockInService::FineTunedModel, c))
    } else if findings
        .iter()
        .any(|f| matches!(f.kind, FindingKind::ComparatorModel { .. }))
    {
        Some((LockInService::EmbeddingIndex, Cloud::Aws))
    } else {
        None
    };
    if let Some((service, cloud)) = lock_in {
        out.push(lik(
            FactorKind::LockIn { service, cloud },
            r.get(Key::RiskLockInPoints),
        ));
    }

    let constrained = w.residency.is_constrained() || w.sector != Sector::Commercial;
    let mut lag_seen = false;
    let mut conflict_seen = false;
    for f in findings {
        let cloud = f.cloud.unwrap_or(Cloud::Aws);
        match (&f.kind, f.capability) {
            (FindingKind::LagsAzure { months }, _) if !lag_seen => {
                lag_seen = true;
                out.push(lik(
                    FactorKind::FeatureLag { months: *months },
                    r.get(Key::RiskFeatureLagPoints),
                ));
            }
            (
                FindingKind::UnavailableAtStart {
                    available_from,
                    months_waiting,
                },
                Some(capability),
            ) => {
                out.push(lik(
                    FactorKind::NotYetAvailable {
                        capability,
                        cloud,
                        available_from: *available_from,
                        months_waiting: *months_waiting,
                    },
                    r.get(Key::RiskUnavailablePoints),
                ));
                if constrained && !conflict_seen {
                    conflict_seen = true;
                    out.push(RiskFactor {
                        kind: FactorKind::ResidencyConflict {
                            residency: w.residency,
                            sector: w.sector,
                            cloud,
                            available_from: *available_from,
                        },
                        likelihood: 0.0,
                        impact: r.get(Key::RiskResidencyPoints),
                    });
                }
            }
            // An agent already running on Azure has its workaround built.
            (FindingKind::Workaround { available_from, .. }, Some(capability))
                if !(cloud == Cloud::Azure && w.runs_today == Location::Azure) =>
            {
                out.push(lik(
                    FactorKind::Workaround {
                        capability,
                        cloud,
                        available_from: *available_from,
                    },
                    r.get(Key::RiskWorkaroundPoints),
                ))
            }
            _ => {}
        }
    }
    // A weight set to 0 removes its factor from the list.
    out.retain(|f| f.points() > 0.0);
    out
}

/// The risks of one strategy. `cost` is the strategy's TCO (its placed workloads, their
/// costs and availability findings), `governance` its governance burden.
pub fn assess(
    r: &Resolved,
    scenario: &Scenario,
    strategy: Strategy,
    cost: &CostResult,
    governance: &GovernanceResult,
) -> RiskResult {
    let frontier_on_azure = availability::availability(r, Capability::FrontierAgents, Cloud::Azure)
        != Availability::Never
        && !availability::azure_needs_frontier_workaround(r, scenario.start);
    let mut workloads = Vec::with_capacity(cost.workloads.len());
    let mut cost_at = 0;
    let mut finding_at = 0;
    let findings = &cost.findings;
    for w in &scenario.workloads {
        let placement = strategy.placement(w);
        if placement == Placement::Unplaced {
            continue;
        }
        // The TCO lists placed workloads and their findings in board order.
        let workload_cost = match cost.workloads.get(cost_at) {
            Some(c) if c.id == w.id => {
                cost_at += 1;
                Some(c)
            }
            _ => cost.workload(w.id),
        };
        // Its findings follow those of the workloads before it.
        let from = finding_at;
        while finding_at < findings.len() && findings[finding_at].workload == Some(w.id) {
            finding_at += 1;
        }
        let own = &findings[from..finding_at];
        let factors = workload_factors(r, w, placement, workload_cost, own, frontier_on_azure);
        workloads.push(Risk::build(r, Some(w.id), Some(placement), factors));
    }

    let mut scenario_risks = Vec::new();
    let both = |kind, likelihood: f64, impact: f64| RiskFactor {
        kind,
        likelihood: likelihood - 1.0,
        impact,
    };
    let in_use = cost.clouds_in_use;
    if in_use.count() == 1 && !workloads.is_empty() {
        let cloud = if in_use.azure { Cloud::Azure } else { Cloud::Aws };
        let most_critical = scenario
            .workloads
            .iter()
            .filter(|w| strategy.placement(w) != Placement::Unplaced)
            .map(|w| w.criticality)
            .max()
            .unwrap_or(Criticality::Low);
        scenario_risks.push(Risk::build(
            r,
            None,
            None,
            vec![both(
                FactorKind::Concentration {
                    cloud,
                    workloads: workloads.len() as u32,
                    most_critical,
                },
                r.get(Key::RiskConcentrationLikelihood),
                r.get(criticality_key(most_critical)) + r.get(Key::RiskConcentrationImpactPoints),
            )],
        ));
    }
    if in_use.count() == 2 {
        let lagging_workloads = workloads
            .iter()
            .filter(|w| {
                w.factors
                    .iter()
                    .any(|f| matches!(f.kind, FactorKind::FeatureLag { .. }))
            })
            .count() as u32;
        scenario_risks.push(Risk::build(
            r,
            None,
            None,
            vec![both(
                FactorKind::SplitVendorRoadmap { lagging_workloads },
                r.get(Key::RiskSplitVendorLikelihood),
                r.get(Key::RiskSplitVendorImpact),
            )],
        ));
    }
    if !governance.duplicated_frameworks.is_empty() {
        scenario_risks.push(Risk::build(
            r,
            None,
            None,
            vec![both(
                FactorKind::ComplianceDuplication {
                    frameworks: governance.duplicated_frameworks.clone(),
                    extra_audits: governance.duplicated_audits_per_year,
                },
                r.get(Key::RiskComplianceDupLikelihood),
                r.get(Key::RiskComplianceDupImpact),
            )],
        ));
    }

    let mut ranked: Vec<RiskRef> = (0..scenario_risks.len())
        .map(RiskRef::Scenario)
        .chain((0..workloads.len()).map(RiskRef::Workload))
        .collect();
    let key = |at: &RiskRef| {
        let risk = match *at {
            RiskRef::Scenario(i) => &scenario_risks[i],
            RiskRef::Workload(i) => &workloads[i],
        };
        std::cmp::Reverse((risk.score, risk.impact, risk.likelihood))
    };
    ranked.sort_by_key(key);
    let all = || scenario_risks.iter().chain(&workloads);
    let score = all().map(|r| r.score).max().unwrap_or(0);
    RiskResult {
        score,
        level: if score == 0 {
            RiskLevel::Low
        } else {
            RiskLevel::of(r, score)
        },
        exposure: all().map(|r| u32::from(r.score)).sum(),
        high_or_worse: all().filter(|r| r.level >= RiskLevel::High).count() as u32,
        ranked,
        workloads,
        scenario: scenario_risks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_follow_the_default_bands() {
        let r = Assumptions::defaults();
        assert_eq!(RiskLevel::of(&r, 5), RiskLevel::Low);
        assert_eq!(RiskLevel::of(&r, 6), RiskLevel::Medium);
        assert_eq!(RiskLevel::of(&r, 12), RiskLevel::High);
        assert_eq!(RiskLevel::of(&r, 20), RiskLevel::Critical);
    }

    #[test]
    fn scores_are_clamped_to_one_to_five() {
        let r = Assumptions::defaults();
        let many = (0..10)
            .map(|_| RiskFactor {
                kind: FactorKind::Statefulness {
                    moves: true,
                    on_both: false,
                },
                likelihood: 1.0,
                impact: 1.0,
            })
            .collect();
        let risk = Risk::build(&r, None, None, many);
        assert_eq!((risk.likelihood, risk.impact, risk.score), (5, 5, 25));
        let none = Risk::build(&r, None, None, Vec::new());
        assert_eq!((none.likelihood, none.impact, none.score), (1, 1, 1));
    }

    #[test]
    fn the_driver_is_not_criticality_when_something_else_contributes() {
        let r = Assumptions::defaults();
        let risk = Risk::build(
            &r,
            None,
            None,
            vec![
                RiskFactor {
                    kind: FactorKind::Criticality {
                        level: Criticality::MissionCritical,
                    },
                    likelihood: 0.0,
                    impact: 4.0,
                },
                RiskFactor {
                    kind: FactorKind::FeatureLag { months: 3 },
                    likelihood: 1.0,
                    impact: 0.0,
                },
            ],
        );
        assert_eq!(risk.driver().map(|f| f.kind.label()), Some("Feature lag"));
    }
}
