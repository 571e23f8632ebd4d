//! Scenario generators and helpers shared by the governance, risk and advice tests.
#![allow(dead_code)]

use proptest::prelude::*;

use cloudsplit::engine::model::schedule::{Move, MoveAt, WhileUnavailable};
use cloudsplit::engine::{CostCloud, StrategyResult};

use cloudsplit::engine::model::catalog::{Model, WorkloadKind};
use cloudsplit::engine::model::scenario::{
    Commitment, Criticality, Expertise, Framework, GovernanceAppetite, GovernanceModel, Importance, Location,
    NativeCloud, OrgProfile, Placement, Residency, Scenario, Sector, Workload, WorkloadId, YearMonth,
};

pub fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

#[macro_export]
macro_rules! assert_close {
    ($a:expr, $b:expr $(,)?) => {{
        let (a, b) = ($a, $b);
        assert!(
            $crate::common::close(a, b),
            "{} = {a}, expected {b}",
            stringify!($a)
        );
    }};
}

/// Month-0 amount of a strategy's lines whose label starts with `label`, on `cloud`.
pub fn labelled(r: &StrategyResult, label: &str, cloud: CostCloud) -> f64 {
    r.cost
        .lines
        .iter()
        .filter(|l| l.label.starts_with(label) && l.cloud == cloud)
        .map(|l| l.first_month)
        .sum()
}

/// `a <= b` up to float rounding when sums are reordered.
pub fn le(a: f64, b: f64) -> bool {
    a <= b + 1e-9 * b.abs().max(1.0)
}

pub fn location() -> impl Strategy<Value = Location> {
    prop::sample::select(Location::ALL.to_vec())
}

pub fn placement() -> impl Strategy<Value = Placement> {
    prop_oneof![
        Just(Placement::Unplaced),
        Just(Placement::Azure),
        Just(Placement::Aws),
        (0_u8..=100).prop_map(|azure_percent| Placement::Both { azure_percent }),
    ]
}

pub fn workload(id: u32) -> impl Strategy<Value = Workload> {
    (
        (
            prop::sample::select(WorkloadKind::ALL.to_vec()),
            prop::sample::select(Model::ALL.to_vec()),
            0.0..1e7_f64,
            0.0..2e4_f64,
            0.0..2e3_f64,
            0.0..100.0_f64,
            0.0..5.0_f64,
        ),
        (
            location(),
            0.0..5e4_f64,
            location(),
            prop::sample::select(Residency::ALL.to_vec()),
            prop::collection::btree_set(prop::sample::select(Framework::ALL.to_vec()), 0..4),
            placement(),
            prop::sample::select(Sector::ALL.to_vec()),
            prop::sample::select(Criticality::ALL.to_vec()),
        ),
    )
        .prop_map(
            move |(
                (kind, model, volume, tin, tout, steps, hours),
                (data_location, data_gb, runs_today, residency, compliance, placement, sector, criticality),
            )| Workload {
                id: WorkloadId(id),
                name: format!("w{id}"),
                kind,
                model,
                monthly_volume: volume,
                tokens_in: tin,
                tokens_out: tout,
                steps_per_session: steps,
                agent_hours_per_session: hours,
                data_location,
                data_gb,
                runs_today,
                residency,
                compliance,
                criticality,
                placement,
                sector,
                moves: Vec::new(),
                while_unavailable: WhileUnavailable::default(),
                provisioning: Default::default(),
            },
        )
}

pub fn workloads(max: usize) -> impl Strategy<Value = Vec<Workload>> {
    (0..=max).prop_flat_map(|n| (0..n as u32).map(workload).collect::<Vec<_>>())
}

pub fn org() -> impl Strategy<Value = OrgProfile> {
    (
        prop::sample::select(vec![
            NativeCloud::Azure,
            NativeCloud::Aws,
            NativeCloud::Both,
            NativeCloud::OnPremises,
        ]),
        prop::sample::select(vec![GovernanceModel::Centralised, GovernanceModel::Federated]),
        (0.0..60.0_f64, 0.0..60.0_f64),
        (any::<bool>(), any::<bool>()),
        answers(),
    )
        .prop_map(
            |(native_cloud, governance, discounts, contracts, answers)| OrgProfile {
                native_cloud,
                governance,
                azure_discount_percent: discounts.0,
                aws_discount_percent: discounts.1,
                azure_contract: contracts.0,
                aws_contract: contracts.1,
                ..answers
            },
        )
}

/// The framework's questions, answered at random (issue 16).
pub fn answers() -> impl Strategy<Value = OrgProfile> {
    let commitment =
        (0.0..5e6_f64, prop::option::of((2025_i32..=2032, 1_u8..=12))).prop_map(|(annual_usd, ends)| {
            Commitment {
                annual_usd,
                ends: ends.and_then(|(y, m)| YearMonth::new(y, m)),
                ..Commitment::default()
            }
        });
    (
        prop::sample::select(Importance::ALL.to_vec()),
        prop::sample::select(Importance::ALL.to_vec()),
        prop::sample::select(GovernanceAppetite::ALL.to_vec()),
        commitment.clone(),
        commitment,
        prop::sample::select(Expertise::ALL.to_vec()),
    )
        .prop_map(
            |(early_access, cost_per_token, governance_appetite, azure, aws, expertise)| OrgProfile {
                early_access,
                cost_per_token,
                governance_appetite,
                azure_commitment: azure,
                aws_commitment: aws,
                multi_cloud_expertise: expertise,
                ..OrgProfile::default()
            },
        )
}

pub fn scenario() -> impl Strategy<Value = Scenario> {
    (workloads(6), org(), 1_u8..=7, 2025_i32..=2029, 1_u8..=12).prop_map(
        |(workloads, org, horizon_years, year, month)| Scenario {
            name: "prop".into(),
            start: YearMonth { year, month },
            horizon_years,
            org,
            workloads,
            ..Scenario::default()
        },
    )
}

/// Up to two moves for each placed workload: months anywhere in the plan (or when available),
/// any place, 0 to 3 months both; invalid ones (out of order, to where it already is) are
/// dropped as the board drops them.
pub fn scenario_with_moves() -> impl Strategy<Value = Scenario> {
    let place = prop::sample::select(vec![
        Placement::Azure,
        Placement::Aws,
        Placement::Both { azure_percent: 30 },
        Placement::Both { azure_percent: 80 },
    ]);
    let one_move = (
        prop::option::weighted(0.8, 1_u16..84),
        place,
        0_u8..=3,
        0_u8..=100,
    );
    let moves = prop::collection::vec(prop::collection::vec(one_move, 0..=2), 6);
    (scenario(), moves, any::<[bool; 6]>()).prop_map(|(mut s, moves, waits)| {
        let horizon = s.horizon_months();
        for ((w, list), wait) in s.workloads.iter_mut().zip(moves).zip(waits) {
            w.while_unavailable = if wait {
                WhileUnavailable::Wait
            } else {
                WhileUnavailable::RunWhereAvailable
            };
            if w.placement == Placement::Unplaced {
                continue;
            }
            let mut list: Vec<Move> = list
                .into_iter()
                .map(|(month, to, dual, share)| Move {
                    at: month.map_or(MoveAt::WhenAvailable, |m| {
                        MoveAt::Month(m % horizon.max(2) as u16)
                    }),
                    to,
                    dual_months: dual,
                    dual_azure_percent: share,
                })
                .collect();
            list.sort_by_key(|m| match m.at {
                MoveAt::Month(m) => m,
                MoveAt::WhenAvailable => u16::MAX,
            });
            w.moves = list;
            w.keep_valid_moves(horizon);
        }
        s
    })
}

/// A scenario with flat volumes, prices and salaries (a month's amount is the month-0
/// amount), starting 2027-01, when every AWS date has passed.
pub fn flat(workloads: Vec<Workload>) -> Scenario {
    let mut s = Scenario {
        workloads,
        ..Scenario::default()
    };
    s.overrides.insert("growth.volume-per-month".into(), 0.0);
    s.overrides
        .insert("growth.token-price-decline-per-year".into(), 0.0);
    s.overrides.insert("people.salary-growth-per-year".into(), 0.0);
    s
}

/// A workload of `kind` with catalog defaults, placed, with an explicit id.
pub fn placed(id: u32, kind: WorkloadKind, placement: Placement) -> Workload {
    let mut w = Workload::new(WorkloadId(id), kind, format!("{} {id}", kind.label()));
    w.placement = placement;
    w
}

/// The board left as today, stated here apart from the engine's own reading: a workload the
/// plan places stays, with no moves, on the cloud it runs on today; one that runs nowhere yet
/// (new, on-premises) keeps the plan's placement and schedule; one left unplaced stays out.
pub fn left_as_today(s: &Scenario) -> Scenario {
    let mut today = s.clone();
    for w in &mut today.workloads {
        let here = match w.runs_today {
            Location::Azure => Placement::Azure,
            Location::Aws => Placement::Aws,
            Location::OnPremises | Location::New => continue,
        };
        if w.placement != Placement::Unplaced {
            w.placement = here;
            w.moves.clear();
            w.while_unavailable = WhileUnavailable::default();
        }
    }
    today
}
