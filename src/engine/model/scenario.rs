//! The scenario a user builds on the board: workloads, where they are placed, the
//! organisation's profile, the plan's time frame, and the assumptions the user overrode or
//! gave a range.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::model::capacity::Provisioning;
use crate::model::catalog::{Model, WorkloadKind};
use crate::model::cloud::Cloud;
use crate::model::currency::Currency;
use crate::model::limits::{self, MAX_HORIZON_YEARS, MIN_HORIZON_YEARS};
pub use crate::model::month::YearMonth;
pub use crate::model::org_answers::{Commitment, Expertise, GovernanceAppetite, Importance};
pub use crate::model::placement::{Placement, Zone, DEFAULT_BOTH_AZURE_PERCENT};
use crate::model::schedule::{self, Move, MoveAt, ScheduleError, WhileUnavailable};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WorkloadId(pub u32);

/// Where a workload runs today, or where its data lives today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Location {
    Azure,
    Aws,
    OnPremises,
    /// A new workload with nothing running yet (or no data yet).
    New,
}

impl Location {
    /// Whether this is `cloud` itself (on-premises and new are on neither).
    pub fn is(self, cloud: Cloud) -> bool {
        matches!(
            (self, cloud),
            (Location::Azure, Cloud::Azure) | (Location::Aws, Cloud::Aws)
        )
    }

    pub const ALL: [Location; 4] = [
        Location::Azure,
        Location::Aws,
        Location::OnPremises,
        Location::New,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Location::Azure => "Azure",
            Location::Aws => "AWS",
            Location::OnPremises => "On-premises",
            Location::New => "New",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Location::Azure => "azure",
            Location::Aws => "aws",
            Location::OnPremises => "on-prem",
            Location::New => "new",
        }
    }

    pub fn from_key(key: &str) -> Option<Location> {
        Location::ALL.into_iter().find(|l| l.key() == key)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Residency {
    Any,
    Eu,
    Us,
}

impl Residency {
    pub const ALL: [Residency; 3] = [Residency::Any, Residency::Eu, Residency::Us];

    pub fn label(self) -> &'static str {
        match self {
            Residency::Any => "Any region",
            Residency::Eu => "EU only",
            Residency::Us => "US only",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Residency::Any => "any",
            Residency::Eu => "eu",
            Residency::Us => "us",
        }
    }

    pub fn from_key(key: &str) -> Option<Residency> {
        Residency::ALL.into_iter().find(|r| r.key() == key)
    }

    pub fn is_constrained(self) -> bool {
        self != Residency::Any
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Framework {
    Soc2,
    Hipaa,
    Gdpr,
    Iso27001,
}

impl Framework {
    pub const ALL: [Framework; 4] = [
        Framework::Soc2,
        Framework::Hipaa,
        Framework::Gdpr,
        Framework::Iso27001,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Framework::Soc2 => "SOC 2",
            Framework::Hipaa => "HIPAA",
            Framework::Gdpr => "GDPR",
            Framework::Iso27001 => "ISO 27001",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Framework::Soc2 => "soc2",
            Framework::Hipaa => "hipaa",
            Framework::Gdpr => "gdpr",
            Framework::Iso27001 => "iso27001",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Criticality {
    Low,
    Medium,
    High,
    MissionCritical,
}

impl Criticality {
    pub const ALL: [Criticality; 4] = [
        Criticality::Low,
        Criticality::Medium,
        Criticality::High,
        Criticality::MissionCritical,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Criticality::Low => "Low",
            Criticality::Medium => "Medium",
            Criticality::High => "High",
            Criticality::MissionCritical => "Mission-critical",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Criticality::Low => "low",
            Criticality::Medium => "medium",
            Criticality::High => "high",
            Criticality::MissionCritical => "mission-critical",
        }
    }

    pub fn from_key(key: &str) -> Option<Criticality> {
        Criticality::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Who a workload serves, where that changes availability (domain.md: US government on
/// AWS since March 2026, sovereign deployments on AWS in 2027).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub enum Sector {
    #[default]
    Commercial,
    UsGovernment,
    /// Sovereign cloud or regulated-industry deployment.
    Sovereign,
}

impl Sector {
    pub const ALL: [Sector; 3] = [Sector::Commercial, Sector::UsGovernment, Sector::Sovereign];

    pub fn label(self) -> &'static str {
        match self {
            Sector::Commercial => "Commercial",
            Sector::UsGovernment => "US government",
            Sector::Sovereign => "Sovereign / regulated",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Sector::Commercial => "commercial",
            Sector::UsGovernment => "us-government",
            Sector::Sovereign => "sovereign",
        }
    }

    pub fn from_key(key: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One workload on the board.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Workload {
    pub id: WorkloadId,
    pub name: String,
    pub kind: WorkloadKind,
    pub model: Model,
    /// Requests per month (stateless) or agent sessions per month (stateful).
    pub monthly_volume: f64,
    /// Tokens per request (stateless) or per agent step (stateful).
    pub tokens_in: f64,
    pub tokens_out: f64,
    pub steps_per_session: f64,
    pub agent_hours_per_session: f64,
    pub data_location: Location,
    pub data_gb: f64,
    pub runs_today: Location,
    pub residency: Residency,
    pub compliance: BTreeSet<Framework>,
    pub criticality: Criticality,
    pub placement: Placement,
    /// Added with the engine; absent in older saved scenarios.
    #[serde(default)]
    pub sector: Sector,
    /// Moves after the start, in order; older saved scenarios have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub moves: Vec<Move>,
    /// What the workload does before a capability it needs reaches its planned cloud.
    #[serde(default, skip_serializing_if = "is_default")]
    pub while_unavailable: WhileUnavailable,
    /// Pay-as-you-go tokens or provisioned throughput; older saved scenarios pay as they go.
    #[serde(default, skip_serializing_if = "is_default")]
    pub provisioning: Provisioning,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl Workload {
    /// Drops the moves from the first one that no longer makes sense (after the start or the
    /// horizon changed), so the schedule in force is always a valid one.
    pub fn keep_valid_moves(&mut self, horizon: usize) {
        while !self.moves.is_empty() && schedule::validate(self.placement, &self.moves, horizon).is_err() {
            self.moves.pop();
        }
    }

    /// A new, unplaced workload of `kind` with the catalog's defaults.
    pub fn new(id: WorkloadId, kind: WorkloadKind, name: String) -> Workload {
        let d = kind.defaults();
        Workload {
            id,
            name,
            kind,
            model: d.model,
            monthly_volume: d.monthly_volume,
            tokens_in: d.tokens_in,
            tokens_out: d.tokens_out,
            steps_per_session: d.steps_per_session,
            agent_hours_per_session: d.agent_hours_per_session,
            data_location: Location::New,
            data_gb: d.data_gb,
            runs_today: Location::New,
            residency: Residency::Any,
            compliance: BTreeSet::new(),
            criticality: Criticality::Medium,
            placement: Placement::Unplaced,
            sector: Sector::Commercial,
            moves: Vec::new(),
            while_unavailable: WhileUnavailable::default(),
            provisioning: Provisioning::default(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NativeCloud {
    Azure,
    Aws,
    Both,
    OnPremises,
}

impl NativeCloud {
    /// The cloud a two-cloud plan treats as its first: the organisation's native cloud, else
    /// the one with more cost (`cost` is Azure, AWS; Azure on a tie).
    pub fn primary_cloud(self, cost: [f64; 2]) -> Cloud {
        match self {
            NativeCloud::Azure => Cloud::Azure,
            NativeCloud::Aws => Cloud::Aws,
            NativeCloud::Both | NativeCloud::OnPremises if cost[1] > cost[0] => Cloud::Aws,
            NativeCloud::Both | NativeCloud::OnPremises => Cloud::Azure,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum GovernanceModel {
    /// Unified IAM, data standards and controls across both clouds: more set-up, less drift.
    Centralised,
    /// Each platform keeps its own posture: less set-up, more duplicated recurring work.
    Federated,
}

/// The organisation the plan is for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrgProfile {
    pub native_cloud: NativeCloud,
    pub governance: GovernanceModel,
    /// Enterprise-agreement / commitment discount on each cloud, in percent off list.
    pub azure_discount_percent: f64,
    pub aws_discount_percent: f64,
    /// Whether the organisation already holds a spend commitment (EA / EDP) on each cloud.
    pub azure_contract: bool,
    pub aws_contract: bool,
    // The framework's questions (issue 16). Absent in older saved scenarios and links, which
    // open with the neutral answers.
    /// How much early access to new OpenAI models matters (they ship first on Azure).
    #[serde(default)]
    pub early_access: Importance,
    /// How much cost per token matters (Trainium-optimised inference on AWS).
    #[serde(default)]
    pub cost_per_token: Importance,
    /// How much extra governance work a second cloud may bring.
    #[serde(default)]
    pub governance_appetite: GovernanceAppetite,
    /// Size and end of each cloud's commitment; read only where the contract flag is set.
    #[serde(default)]
    pub azure_commitment: Commitment,
    #[serde(default)]
    pub aws_commitment: Commitment,
    #[serde(default)]
    pub multi_cloud_expertise: Expertise,
}

impl OrgProfile {
    /// Whether a commitment exists on `cloud` (the contract flag).
    pub fn has_contract(&self, cloud: Cloud) -> bool {
        match cloud {
            Cloud::Azure => self.azure_contract,
            Cloud::Aws => self.aws_contract,
        }
    }

    pub fn commitment(&self, cloud: Cloud) -> Commitment {
        match cloud {
            Cloud::Azure => self.azure_commitment,
            Cloud::Aws => self.aws_commitment,
        }
    }

    /// The share of the plan's months a commitment on `cloud` is in force (0 without one).
    pub fn commitment_coverage(&self, cloud: Cloud, start: YearMonth, months: usize) -> f64 {
        if self.has_contract(cloud) {
            self.commitment(cloud).coverage(start, months)
        } else {
            0.0
        }
    }

    /// Multi-cloud expertise today, 0–1; unanswered reads as in place only for an
    /// organisation native to both clouds (the advisor's reading before it asked).
    pub fn expertise_level(&self) -> f64 {
        match self.multi_cloud_expertise {
            Expertise::Unstated if self.native_cloud == NativeCloud::Both => 1.0,
            Expertise::Unstated | Expertise::None => 0.0,
            Expertise::Partial => 0.5,
            Expertise::InPlace => 1.0,
        }
    }
}

impl Default for OrgProfile {
    fn default() -> Self {
        OrgProfile {
            native_cloud: NativeCloud::Azure,
            governance: GovernanceModel::Centralised,
            azure_discount_percent: 0.0,
            aws_discount_percent: 0.0,
            azure_contract: false,
            aws_contract: false,
            early_access: Importance::default(),
            cost_per_token: Importance::default(),
            governance_appetite: GovernanceAppetite::default(),
            azure_commitment: Commitment::default(),
            aws_commitment: Commitment::default(),
            multi_cloud_expertise: Expertise::default(),
        }
    }
}

pub const DEFAULT_HORIZON_YEARS: u8 = 3;

/// Whole years in `months`.
pub fn whole_years(months: usize) -> usize {
    months / 12
}

/// Everything a user builds: the board and the settings around it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    pub name: String,
    pub start: YearMonth,
    pub horizon_years: u8,
    pub org: OrgProfile,
    pub workloads: Vec<Workload>,
    /// Assumption id -> the user's value; absent ids use the shipped default.
    #[serde(default)]
    pub overrides: BTreeMap<String, f64>,
    /// Assumption id -> the user's (low, high) range around the value in force; absent ids
    /// keep the range the assumption's sources give, if any. Low = high fixes the value.
    /// Sampled for the cost bands (`engine::uncertainty`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub ranges: BTreeMap<String, (f64, f64)>,
    /// The currency every amount is shown in, with its rate; the engine computes in US dollars.
    /// Absent in scenarios saved before it existed: they show in US dollars, as they did.
    #[serde(default)]
    pub currency: Currency,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            name: "Untitled scenario".to_owned(),
            start: YearMonth { year: 2027, month: 1 },
            horizon_years: DEFAULT_HORIZON_YEARS,
            org: OrgProfile::default(),
            workloads: Vec::new(),
            overrides: BTreeMap::new(),
            ranges: BTreeMap::new(),
            currency: Currency::default(),
        }
    }
}

impl Scenario {
    pub fn horizon_months(&self) -> usize {
        usize::from(self.horizon_years.clamp(MIN_HORIZON_YEARS, MAX_HORIZON_YEARS)) * 12
    }

    pub fn workload(&self, id: WorkloadId) -> Option<&Workload> {
        self.workloads.iter().find(|w| w.id == id)
    }

    pub fn workload_mut(&mut self, id: WorkloadId) -> Option<&mut Workload> {
        self.workloads.iter_mut().find(|w| w.id == id)
    }

    fn next_id(&self) -> WorkloadId {
        WorkloadId(
            self.workloads
                .iter()
                .map(|w| w.id.0)
                .max()
                .map_or(1, |m| m.saturating_add(1)),
        )
    }

    /// Adds an unplaced workload of `kind`, named after the kind (numbered if taken).
    pub fn add_workload(&mut self, kind: WorkloadKind) -> WorkloadId {
        let id = self.next_id();
        let name = self.unique_name(kind.label());
        self.workloads.push(Workload::new(id, kind, name));
        id
    }

    /// `base`, or `base 2`, `base 3`, ... whichever no workload uses yet.
    pub fn unique_name(&self, base: &str) -> String {
        let taken = |n: &str| self.workloads.iter().any(|w| w.name == n);
        if !taken(base) {
            return base.to_owned();
        }
        (2..)
            .map(|i| format!("{base} {i}"))
            .find(|n| !taken(n))
            .unwrap_or_else(|| base.to_owned())
    }

    /// Moves a workload to `zone`. A workload moved onto Both keeps the share it had
    /// there before only if it is already on Both; otherwise it starts at 50/50. Its later
    /// moves stay as far as they still make sense from the new start.
    /// Returns false if there is no such workload or it is already in that zone.
    pub fn move_to(&mut self, id: WorkloadId, zone: Zone) -> bool {
        let horizon = self.horizon_months();
        let Some(w) = self.workload_mut(id) else {
            return false;
        };
        if w.placement.zone() == zone {
            return false;
        }
        w.placement = match zone {
            Zone::Unplaced => Placement::Unplaced,
            Zone::Azure => Placement::Azure,
            Zone::Aws => Placement::Aws,
            Zone::Both => Placement::Both {
                azure_percent: DEFAULT_BOTH_AZURE_PERCENT,
            },
        };
        w.keep_valid_moves(horizon);
        true
    }

    /// Sets the horizon (held to its limits) and takes off the moves that no longer fall
    /// within it, so the scenario stays valid; returns how many were taken off.
    pub fn set_horizon_years(&mut self, years: u8) -> usize {
        self.horizon_years = years.clamp(MIN_HORIZON_YEARS, MAX_HORIZON_YEARS);
        let horizon = self.horizon_months();
        self.workloads
            .iter_mut()
            .map(|w| {
                let before = w.moves.len();
                w.keep_valid_moves(horizon);
                before - w.moves.len()
            })
            .sum()
    }

    /// Schedules a move of a placed workload to `zone` at `month` of the plan (0 moves its
    /// start instead). A move already in that month is replaced; later moves that no longer
    /// make sense from the new place are dropped. Ok(false) when it is already there then.
    pub fn move_at(&mut self, id: WorkloadId, zone: Zone, month: u16) -> Result<bool, ScheduleError> {
        if month == 0 {
            return Ok(self.move_to(id, zone));
        }
        let horizon = self.horizon_months();
        let Some(w) = self.workload_mut(id) else {
            return Ok(false);
        };
        if w.placement == Placement::Unplaced {
            return Err(ScheduleError::FromUnplaced);
        }
        let before: Vec<Move> = w
            .moves
            .iter()
            .copied()
            .filter(|m| matches!(m.at, MoveAt::Month(k) if k < month))
            .collect();
        let there = before.last().map_or(w.placement, |m| m.to);
        if there.zone() == zone {
            return Ok(false);
        }
        let to = match zone {
            Zone::Unplaced => {
                return Err(ScheduleError::ToUnplaced {
                    number: before.len() + 1,
                })
            }
            Zone::Azure => Placement::Azure,
            Zone::Aws => Placement::Aws,
            Zone::Both => Placement::Both {
                azure_percent: DEFAULT_BOTH_AZURE_PERCENT,
            },
        };
        let after = w
            .moves
            .iter()
            .copied()
            .filter(|m| !matches!(m.at, MoveAt::Month(k) if k <= month));
        let mut moves = before;
        moves.push(Move::new(MoveAt::Month(month), to));
        // A later move to where the workload already is by then has nothing left to do.
        let mut place = to;
        for m in after {
            if m.to != place {
                place = m.to;
                moves.push(m);
            }
        }
        schedule::validate(w.placement, &moves, horizon)?;
        w.moves = moves;
        Ok(true)
    }

    /// Copies a workload (placed where the original is), right after it; returns the copy's id.
    pub fn duplicate(&mut self, id: WorkloadId) -> Option<WorkloadId> {
        let pos = self.workloads.iter().position(|w| w.id == id)?;
        let new_id = self.next_id();
        let mut copy = self.workloads[pos].clone();
        copy.id = new_id;
        // Leave room for " (copy)" and a number, so the copy's name stays within the limit.
        let room = limits::MAX_WORKLOAD_NAME_CHARS.saturating_sub(" (copy) 999".len());
        let base: String = copy.name.chars().take(room).collect();
        copy.name = self.unique_name(&format!("{} (copy)", base.trim_end()));
        self.workloads.insert(pos + 1, copy);
        Some(new_id)
    }

    pub fn remove(&mut self, id: WorkloadId) -> Option<Workload> {
        let pos = self.workloads.iter().position(|w| w.id == id)?;
        Some(self.workloads.remove(pos))
    }

    pub fn in_zone(&self, zone: Zone) -> impl Iterator<Item = &Workload> + '_ {
        self.workloads.iter().filter(move |w| w.placement.zone() == zone)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_primary_cloud_is_the_native_one_else_the_costlier() {
        assert_eq!(NativeCloud::Aws.primary_cloud([10.0, 1.0]), Cloud::Aws);
        assert_eq!(NativeCloud::Azure.primary_cloud([1.0, 10.0]), Cloud::Azure);
        assert_eq!(NativeCloud::Both.primary_cloud([1.0, 10.0]), Cloud::Aws);
        assert_eq!(NativeCloud::OnPremises.primary_cloud([5.0, 5.0]), Cloud::Azure);
    }

    #[test]
    fn year_month_arithmetic_crosses_years() {
        let start = YearMonth {
            year: 2026,
            month: 11,
        };
        assert_eq!(start.plus_months(3).to_string(), "2027-02");
        assert_eq!(start.plus_months(-11).to_string(), "2025-12");
        assert_eq!(start.months_until(YearMonth { year: 2028, month: 1 }), 14);
        assert!(YearMonth::new(2026, 13).is_none());
    }

    #[test]
    fn added_workloads_get_unique_ids_and_names() {
        let mut s = Scenario::default();
        let a = s.add_workload(WorkloadKind::SupportChatbot);
        let b = s.add_workload(WorkloadKind::SupportChatbot);
        assert_ne!(a, b);
        assert_eq!(s.workloads[0].name, "Customer-support chatbot");
        assert_eq!(s.workloads[1].name, "Customer-support chatbot 2");
        assert_eq!(s.in_zone(Zone::Unplaced).count(), 2);
    }

    #[test]
    fn moving_to_both_starts_at_fifty_fifty_and_same_zone_is_no_change() {
        let mut s = Scenario::default();
        let id = s.add_workload(WorkloadKind::FrontierAgentTeam);
        assert!(s.move_to(id, Zone::Both));
        assert_eq!(
            s.workload(id).map(|w| w.placement),
            Some(Placement::Both { azure_percent: 50 })
        );
        assert!(!s.move_to(id, Zone::Both));
        assert!(s.move_to(id, Zone::Aws));
        assert_eq!(s.workload(id).map(|w| w.placement.shares()), Some((0.0, 1.0)));
        assert!(!s.move_to(WorkloadId(999), Zone::Aws));
    }

    #[test]
    fn a_move_at_a_month_is_scheduled_and_later_moves_that_no_longer_fit_go() {
        let mut s = Scenario::default();
        let id = s.add_workload(WorkloadKind::SupportChatbot);
        s.move_to(id, Zone::Azure);
        assert_eq!(s.move_at(id, Zone::Aws, 12), Ok(true));
        assert_eq!(s.move_at(id, Zone::Aws, 14), Ok(false), "already on AWS then");
        assert_eq!(s.move_at(id, Zone::Both, 6), Ok(true));
        let months: Vec<_> = s.workloads[0].moves.iter().map(|m| (m.at, m.to.zone())).collect();
        assert_eq!(
            months,
            [(MoveAt::Month(6), Zone::Both), (MoveAt::Month(12), Zone::Aws)]
        );
        // Moving to Both in month 3 leaves the move to Both in month 6 with nothing to do.
        assert_eq!(s.move_at(id, Zone::Both, 3), Ok(true));
        let months: Vec<_> = s.workloads[0].moves.iter().map(|m| m.at).collect();
        assert_eq!(months, [MoveAt::Month(3), MoveAt::Month(12)]);
        assert!(s.move_at(id, Zone::Unplaced, 5).is_err());
        assert!(s.move_at(id, Zone::Azure, 36).is_err());
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn a_shorter_horizon_takes_off_the_moves_after_it() {
        let mut s = Scenario::default();
        let id = s.add_workload(WorkloadKind::SupportChatbot);
        s.move_to(id, Zone::Azure);
        assert_eq!(s.move_at(id, Zone::Aws, 6), Ok(true));
        assert_eq!(s.move_at(id, Zone::Both, 30), Ok(true));
        assert_eq!(s.set_horizon_years(2), 1);
        assert_eq!(s.workloads[0].moves.len(), 1);
        assert_eq!(s.validate(), Ok(()));
        assert_eq!(s.set_horizon_years(0), 0);
        assert_eq!(s.horizon_years, MIN_HORIZON_YEARS);
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn a_copy_of_a_long_name_stays_valid() {
        let mut s = Scenario::default();
        let id = s.add_workload(WorkloadKind::Embeddings);
        if let Some(w) = s.workload_mut(id) {
            w.name = "x".repeat(limits::MAX_WORKLOAD_NAME_CHARS);
        }
        for _ in 0..3 {
            s.duplicate(id);
        }
        assert_eq!(s.validate(), Ok(()));
    }

    #[test]
    fn duplicate_sits_after_original_and_remove_takes_it_out() {
        let mut s = Scenario::default();
        let a = s.add_workload(WorkloadKind::Embeddings);
        let _b = s.add_workload(WorkloadKind::Classification);
        s.move_to(a, Zone::Azure);
        let copy = s.duplicate(a).expect("original exists");
        assert_eq!(s.workloads[1].id, copy);
        assert_eq!(s.workloads[1].name, "Embeddings / retrieval indexing (copy)");
        assert_eq!(s.workloads[1].placement, Placement::Azure);
        assert!(s.remove(copy).is_some());
        assert!(s.remove(copy).is_none());
        assert_eq!(s.workloads.len(), 2);
    }
}
