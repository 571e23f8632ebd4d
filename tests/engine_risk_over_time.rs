//! Risk over time: each factor sits in the months it bites (at a move, over a wait, or
//! throughout), read from the months the cost was priced in; hand-computed schedules and
//! properties against the one-place model.

use proptest::prelude::*;

use cloudsplit::engine::model::catalog::WorkloadKind;
use cloudsplit::engine::model::scenario::{Location, Placement, Scenario, Workload, WorkloadId, YearMonth};
use cloudsplit::engine::model::schedule::{Move, MoveAt, WhileUnavailable};
use cloudsplit::engine::{evaluate, Evaluation, FactorKind, Risk, RiskWhen};

mod common;

use common::{flat, scenario, scenario_with_moves};

fn eval(s: &Scenario) -> Evaluation {
    evaluate(s).expect("valid")
}

fn agents(placement: Placement) -> Workload {
    let mut w = Workload::new(WorkloadId(2), WorkloadKind::FrontierAgentTeam, "Agents".into());
    w.placement = placement;
    w
}

fn plan_risk(e: &Evaluation) -> &Risk {
    e.plan.risk.workloads.first().expect("one placed workload")
}

fn when_of<'r>(risk: &'r Risk, label: &str) -> Option<&'r RiskWhen> {
    risk.factors
        .iter()
        .find(|f| f.kind.label() == label)
        .map(|f| &f.when)
}

fn words_of(e: &Evaluation, label: &str) -> Option<String> {
    let risk = plan_risk(e);
    risk.factors
        .iter()
        .find(|f| f.kind.label() == label)
        .map(|f| f.when_words(e.start))
}

fn is_move_kind(kind: &FactorKind) -> bool {
    matches!(
        kind,
        FactorKind::DataGravity { .. }
            | FactorKind::MigrationCost { .. }
            | FactorKind::Statefulness { moves: true, .. }
    )
}

#[test]
fn azure_to_aws_at_month_six_puts_the_migration_factors_at_month_six() {
    let mut w = agents(Placement::Azure);
    w.runs_today = Location::Azure;
    w.data_location = Location::Azure;
    w.data_gb = 5_000.0;
    w.moves = vec![Move {
        at: MoveAt::Month(6),
        to: Placement::Aws,
        dual_months: 2,
        dual_azure_percent: 50,
    }];
    let e = eval(&flat(vec![w]));
    let risk = plan_risk(&e);
    // The move puts 5,000 GB of data and a stateful agent at month 6 (2027-07), and its
    // one-time cost when that is dear against a year of run; the first day's placement
    // alone moved nothing.
    for label in ["Data gravity", "Statefulness"] {
        assert_eq!(
            when_of(risk, label),
            Some(&RiskWhen::AtMoves(vec![6].into())),
            "{label}"
        );
    }
    if let Some(when) = when_of(risk, "Migration cost") {
        assert_eq!(when, &RiskWhen::AtMoves(vec![6].into()));
    }
    assert_eq!(
        words_of(&e, "Data gravity").as_deref(),
        Some("at the move in 2027-07")
    );
    assert_eq!(when_of(risk, "Criticality"), Some(&RiskWhen::Throughout));
    assert_eq!(words_of(&e, "Lock-in").as_deref(), Some("throughout"));
    // The exposure rises in the month of the move, and only then.
    let exposure = e.plan.risk.exposure_by_month(e.horizon_months);
    assert!(exposure[6] > exposure[5], "{exposure:?}");
    assert_eq!(exposure[5], exposure[7]);
    assert_eq!(e.plan.risk.move_months(), vec![6]);
    // The risk's score is the one of its month with everything in force.
    assert!(risk.score > risk.score_in(0));
    assert_eq!(risk.score, risk.score_in(6));
}

fn lock_in_reason(e: &Evaluation) -> Option<String> {
    plan_risk(e)
        .factors
        .iter()
        .find(|f| f.kind.label() == "Lock-in")
        .map(|f| f.reason(&e.currency))
}

#[test]
fn an_agent_that_moves_to_aws_is_tied_to_frontier_from_the_move() {
    let mut w = agents(Placement::Azure);
    w.moves = vec![Move {
        at: MoveAt::Month(6),
        to: Placement::Aws,
        dual_months: 2,
        dual_azure_percent: 50,
    }];
    let moving = eval(&flat(vec![w]));
    // Foundry agents on Azure in months 0-5 (to 2027-06); from the dual run in month 6 it runs
    // on Frontier on AWS, where the plan leaves it: one lock-in at a time, so its points once.
    assert_eq!(
        lock_in_reason(&moving).as_deref(),
        Some(
            "Tied to Azure AI Foundry agents on Azure through 2027-06, then to OpenAI Frontier on \
             AWS: leaving later means rebuilding it."
        )
    );
    let staying = eval(&flat(vec![agents(Placement::Azure)]));
    assert_eq!(
        lock_in_reason(&staying).as_deref(),
        Some("Tied to Azure AI Foundry agents on Azure: leaving later means rebuilding it.")
    );
    let lock_in_points = |e: &Evaluation| {
        plan_risk(e)
            .factors
            .iter()
            .filter(|f| f.kind.label() == "Lock-in")
            .map(|f| f.points())
            .sum::<f64>()
    };
    assert_eq!(lock_in_points(&moving), lock_in_points(&staying));
}

#[test]
fn an_index_moved_to_aws_is_tied_to_the_comparator_model_from_the_move() {
    // Bedrock has no OpenAI embedding model: on AWS the index is embedded with Titan or
    // Cohere, and stays with AWS. On Azure it is not tied; moved there in month 6, it is.
    let mut w = Workload::new(WorkloadId(3), WorkloadKind::Embeddings, "Index".into());
    w.placement = Placement::Azure;
    let staying = eval(&flat(vec![w.clone()]));
    assert_eq!(lock_in_reason(&staying), None);
    w.moves = vec![Move::new(MoveAt::Month(6), Placement::Aws)];
    let moving = eval(&flat(vec![w]));
    assert_eq!(
        lock_in_reason(&moving).as_deref(),
        Some(
            "Tied to an index embedded with a model only this cloud offers on AWS: leaving later \
             means rebuilding it."
        )
    );
}

#[test]
fn an_agent_on_aws_that_runs_on_azure_until_frontier_arrives_changes_lock_in_at_the_date() {
    let mut s = flat(vec![agents(Placement::Aws)]);
    s.start = YearMonth { year: 2026, month: 5 };
    let meanwhile = eval(&s);
    assert_eq!(
        lock_in_reason(&meanwhile).as_deref(),
        Some(
            "Tied to Azure AI Foundry agents on Azure through 2026-08, then to OpenAI Frontier on \
             AWS: leaving later means rebuilding it."
        )
    );
    // Waiting instead, it never runs on Azure: Frontier alone.
    s.workloads[0].while_unavailable = WhileUnavailable::Wait;
    let waiting = eval(&s);
    assert_eq!(
        lock_in_reason(&waiting).as_deref(),
        Some("Tied to OpenAI Frontier on AWS: leaving later means rebuilding it.")
    );
}

#[test]
fn an_agent_team_on_aws_before_frontier_waits_over_months_zero_to_three() {
    let mut s = flat(vec![agents(Placement::Aws)]);
    s.start = YearMonth { year: 2026, month: 5 };
    // Frontier on AWS from 2026-09: on Azure meanwhile (the default), or waiting.
    for wait in [WhileUnavailable::RunWhereAvailable, WhileUnavailable::Wait] {
        s.workloads[0].while_unavailable = wait;
        let e = eval(&s);
        let risk = plan_risk(&e);
        assert_eq!(
            when_of(risk, "Not yet available"),
            Some(&RiskWhen::Over { from: 0, to: 4 }),
            "{wait:?}"
        );
        assert_eq!(
            words_of(&e, "Not yet available").as_deref(),
            Some("while it waits for Frontier stateful agents on AWS, 2026-05 to 2026-08")
        );
        assert_eq!(risk.score_in(4), risk.score_in(10));
        assert!(risk.score_in(3) >= risk.score_in(4));
    }
}

#[test]
fn a_move_when_frontier_arrives_sits_on_its_date() {
    let mut w = agents(Placement::Azure);
    w.runs_today = Location::Azure;
    w.moves = vec![Move::new(MoveAt::WhenAvailable, Placement::Aws)];
    let mut s = flat(vec![w]);
    s.start = YearMonth { year: 2026, month: 5 };
    let e = eval(&s);
    assert_eq!(
        words_of(&e, "Statefulness").as_deref(),
        Some("at the move in 2026-09")
    );
    // Editing the date moves the risk with the wave: 2027-03 is month 10.
    s.overrides.insert("availability.aws.frontier".into(), 202_703.0);
    let later = eval(&s);
    assert_eq!(
        when_of(plan_risk(&later), "Statefulness"),
        Some(&RiskWhen::AtMoves(vec![10].into()))
    );
}

/// Every factor's months fall inside the plan, and no month scores more than the risk.
fn within_the_plan(e: &Evaluation) -> Result<(), TestCaseError> {
    let horizon = e.horizon_months;
    for s in e.strategies() {
        let risks = s.risk.workloads.iter().chain(&s.risk.scenario);
        for risk in risks {
            for f in &risk.factors {
                match &f.when {
                    RiskWhen::Throughout => {}
                    RiskWhen::AtMoves(months) => {
                        prop_assert!(!months.is_empty() && months.iter().all(|m| *m < horizon), "{f:?}");
                        prop_assert!(months.windows(2).all(|w| w[0] < w[1]), "{f:?}");
                    }
                    RiskWhen::Over { from, to } => {
                        prop_assert!(
                            from < to && *to <= horizon && (*from, *to) != (0, horizon),
                            "{f:?}"
                        )
                    }
                }
            }
            for m in 0..horizon {
                prop_assert!(risk.score_in(m) <= risk.score);
            }
        }
        prop_assert_eq!(s.risk.exposure_by_month(horizon).len(), horizon);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// A workload that never moves and never waits bites at the plan's start or throughout,
    /// as the one-place model read it.
    #[test]
    fn a_workload_that_stays_put_bites_at_the_start_or_throughout(s in scenario()) {
        let e = eval(&s);
        within_the_plan(&e)?;
        for strategy in e.strategies() {
            for (risk, cost) in strategy.risk.workloads.iter().zip(&strategy.cost.workloads) {
                let one_phase = cost.phases.len() == 1 && cost.phases[0].from == 0;
                if !one_phase {
                    continue;
                }
                for f in &risk.factors {
                    let waits = matches!(f.kind, FactorKind::NotYetAvailable { .. } | FactorKind::ResidencyConflict { .. });
                    if waits {
                        // Priced where it is planned all the same: from the start to the date.
                        prop_assert!(matches!(f.when, RiskWhen::Over { from: 0, .. } | RiskWhen::Throughout), "{f:?}");
                    } else if is_move_kind(&f.kind) {
                        prop_assert_eq!(&f.when, &RiskWhen::AtMoves(vec![0].into()), "{:?}", f.kind);
                    } else {
                        prop_assert_eq!(&f.when, &RiskWhen::Throughout, "{:?}", f.kind);
                    }
                }
            }
        }
    }

    #[test]
    fn moves_and_waits_stay_inside_the_horizon(s in scenario_with_moves()) {
        within_the_plan(&eval(&s))?;
    }
}
