//! The decision advisor: seed 000's own cases, hand-computed scores, plan comparison, red
//! flags, and laws.

mod common;

use std::collections::BTreeSet;

use proptest::prelude::*;

use cloudsplit::engine::model::catalog::WorkloadKind;
use cloudsplit::engine::model::scenario::{
    Framework, Location, NativeCloud, Placement, Residency, Scenario, Workload, YearMonth,
};
use cloudsplit::engine::{evaluate, AdviceStatus, Criterion, Direction, Evaluation, RedFlagKind, Strategy};

use common::placed;

fn board(workloads: Vec<Workload>) -> Scenario {
    Scenario {
        workloads,
        ..Scenario::default()
    }
}

fn unplaced(kinds: &[WorkloadKind]) -> Vec<Workload> {
    kinds
        .iter()
        .enumerate()
        .map(|(i, k)| placed(i as u32 + 1, *k, Placement::Unplaced))
        .collect()
}

fn score(e: &Evaluation, d: Direction) -> f64 {
    e.advice.option(d).unwrap().score
}

fn fit(e: &Evaluation, c: Criterion) -> f64 {
    e.advice
        .option(c.direction())
        .unwrap()
        .criteria
        .iter()
        .find(|s| s.criterion == c)
        .unwrap()
        .fit
}

use WorkloadKind::*;

/// Seed 000: "Choose Azure-first if your use cases are primarily stateless API calls … you're
/// already Azure-native" (the default organisation is Azure-native).
#[test]
fn stateless_only_azure_native_org_is_azure_first() {
    let e = evaluate(&board(unplaced(&[
        SupportChatbot,
        ContentGeneration,
        Summarisation,
        Classification,
    ])))
    .unwrap();
    let a = &e.advice;
    assert_eq!(a.status, AdviceStatus::Advised);
    assert_eq!(a.recommended, Some(Direction::AzureFirst));
    assert_eq!(a.advised_strategy, Some(Strategy::AllAzure));
    assert_eq!(e.advised().map(|r| r.strategy), Some(Strategy::AllAzure));
    // Fits: primarily stateless 1 (4 of 4), Azure-native 1, early features 1 (every GPT model
    // reaches AWS after the Azure-first window), residency 0 (no rule). Weights 2, 1, 1, 1:
    // 100 x (2 + 1 + 1 + 0) / 5 = 80.
    assert_close!(score(&e, Direction::AzureFirst), 80.0);
    assert_close!(score(&e, Direction::AwsFirst), 0.0);
    assert_close!(score(&e, Direction::MultiCloud), 0.0);
    assert_eq!(
        a.reasons,
        [
            "4 of 4 workloads are stateless API calls",
            "The organisation is Azure-native",
            "4 of 4 workloads use OpenAI capabilities that reach AWS later than Azure or not at all",
        ]
    );
    assert!(!a.close_call);
    assert!(a
        .summary
        .starts_with("Azure-first (score 80 of 100): 4 of 4 workloads are stateless"));
    // Every option shows its four criteria, with a reason even where they do not apply.
    assert_eq!(a.options.len(), 3);
    assert!(a.options.iter().all(|o| o.criteria.len() == 4));
    assert!(a
        .options
        .iter()
        .flat_map(|o| &o.criteria)
        .all(|c| !c.reason.is_empty()));
}

/// Seed 000: "Choose AWS-first if your use cases include stateful AI agents … your data and
/// applications are already in AWS regions".
#[test]
fn agents_with_data_in_aws_are_aws_first() {
    let mut ws = unplaced(&[FrontierAgentTeam, ResearchAgent, ProcessAutomation]);
    for w in &mut ws {
        w.data_location = Location::Aws;
    }
    let e = evaluate(&board(ws)).unwrap();
    assert_eq!(e.advice.recommended, Some(Direction::AwsFirst));
    assert_eq!(e.advice.advised_strategy, Some(Strategy::AllAws));
    assert!(e
        .advice
        .reasons
        .contains(&"3 of 3 workloads are stateful agents".to_owned()));
    assert!(e
        .advice
        .reasons
        .contains(&"Data for 3 of 3 workloads lives in AWS".to_owned()));
    // Even for this Azure-native organisation: Azure-first only gets its native point,
    // 100 x 1 / 5 = 20, against AWS-first's 100 x (2 + 1 + cost fit) / 5 >= 60.
    assert_close!(score(&e, Direction::AzureFirst), 20.0);
    assert!(score(&e, Direction::AwsFirst) >= 60.0);
}

/// Seed 000: "Choose multi-cloud if you have both stateless API and stateful agent use cases …
/// existing Azure and AWS contracts with negotiating leverage".
#[test]
fn both_kinds_with_contracts_on_both_are_multi_cloud() {
    let mut s = board(unplaced(&[
        SupportChatbot,
        ContentGeneration,
        Summarisation,
        FrontierAgentTeam,
        ResearchAgent,
    ]));
    s.org.azure_contract = true;
    s.org.aws_contract = true;
    let e = evaluate(&s).unwrap();
    assert_eq!(e.advice.recommended, Some(Direction::MultiCloud));
    assert_eq!(e.advice.advised_strategy, Some(Strategy::SplitByRule));
    assert_eq!(e.advice.reasons[0], "3 stateless and 2 stateful workloads");
    assert!(e
        .advice
        .reasons
        .contains(&"Contracts on both Azure and AWS give negotiating leverage".to_owned()));

    // Azure-first: primarily stateless (0.6 - 0.5) / (0.8 - 0.5) = 1/3; Azure-native (with an Azure
    // commitment) 1; early features 3 of 5 = 0.6; residency 0.
    // 100 x (2 x 1/3 + 1 + 0.6 + 0) / 5 = 45.33...
    assert_close!(fit(&e, Criterion::MainlyStateless), 1.0 / 3.0);
    assert_close!(score(&e, Direction::AzureFirst), 100.0 * (2.0 / 3.0 + 1.6) / 5.0);
    // Multi-cloud: both kinds 2 x 2 / 5 = 0.8; governance 1 - extra hours / 200; contracts 1;
    // expertise 0 (not native to both).
    let lighter = e
        .all_azure
        .governance
        .hours_per_month
        .min(e.all_aws.governance.hours_per_month);
    let extra = e.split_by_rule.governance.hours_per_month - lighter;
    let governance_fit = 1.0 - extra / 200.0;
    assert_close!(fit(&e, Criterion::GovernanceAcceptable), governance_fit);
    assert_close!(
        score(&e, Direction::MultiCloud),
        100.0 * (2.0 * 0.8 + governance_fit + 1.0) / 5.0
    );

    // An organisation already on both clouds has the expertise too: a clearer case.
    s.org.native_cloud = NativeCloud::Both;
    let both = evaluate(&s).unwrap();
    assert_eq!(both.advice.recommended, Some(Direction::MultiCloud));
    assert!(score(&both, Direction::MultiCloud) > score(&e, Direction::MultiCloud));
}

#[test]
fn without_contracts_on_both_the_mixed_board_is_not_multi_cloud() {
    // Same board, no commitments: the contracts criterion falls away, and for this Azure-native
    // organisation Azure-first edges ahead, within the close-call margin of multi-cloud.
    let e = evaluate(&board(unplaced(&[
        SupportChatbot,
        ContentGeneration,
        Summarisation,
        FrontierAgentTeam,
        ResearchAgent,
    ])))
    .unwrap();
    assert_eq!(fit(&e, Criterion::ContractsOnBoth), 0.0);
    assert_eq!(e.advice.recommended, Some(Direction::AzureFirst));
    assert_eq!(e.advice.runner_up, Some(Direction::MultiCloud));
    assert!(e.advice.close_call);
    assert!(e.advice.summary.contains("A close call with multi-cloud"));
}

#[test]
fn an_empty_board_asks_for_workloads() {
    let e = evaluate(&Scenario::default()).unwrap();
    let a = &e.advice;
    assert_eq!(a.status, AdviceStatus::EmptyBoard);
    assert_eq!(a.recommended, None);
    assert_eq!(a.summary, "Add workloads to the board to get advice.");
    assert!(a.options.is_empty() && a.reasons.is_empty() && a.red_flags.is_empty());
    assert!(a.comparison.is_none());
    assert!(e.advised().is_none());
}

#[test]
fn a_plan_that_differs_says_how_and_what_it_costs() {
    // The AWS-first case, but the room put the agents on Azure.
    let mut ws = vec![
        placed(1, FrontierAgentTeam, Placement::Azure),
        placed(2, ResearchAgent, Placement::Azure),
        placed(3, ProcessAutomation, Placement::Aws),
    ];
    for w in &mut ws {
        w.data_location = Location::Aws;
    }
    let e = evaluate(&board(ws)).unwrap();
    assert_eq!(e.advice.recommended, Some(Direction::AwsFirst));
    let c = e.advice.comparison.as_ref().unwrap();
    assert_eq!(c.advised, Strategy::AllAws);
    assert!(!c.follows_advice);
    let moved: Vec<(u32, Placement, Placement)> = c
        .placed_differently
        .iter()
        .map(|d| (d.workload.0, d.plan, d.advised))
        .collect();
    assert_eq!(
        moved,
        [
            (1, Placement::Azure, Placement::Aws),
            (2, Placement::Azure, Placement::Aws)
        ]
    );
    assert_eq!(c.placed_differently[0].name, "Frontier agent team 1");
    assert!(c.unplaced.is_empty());
    // Differences are the plan's figures minus All on AWS's.
    assert_eq!(
        c.tco_delta,
        e.plan.cost.horizon_total - e.all_aws.cost.horizon_total
    );
    assert_eq!(
        c.governance_hours_delta,
        e.plan.governance.hours_per_month - e.all_aws.governance.hours_per_month
    );
    assert_eq!(
        c.risk_score_delta,
        i32::from(e.plan.risk.score) - i32::from(e.all_aws.risk.score)
    );
    // Two clouds against one: more governance work.
    assert!(c.governance_hours_delta > 0.0);
    assert!(c
        .summary
        .starts_with("2 workloads are placed differently from All on AWS. Your plan costs $"));
    assert!(c.summary.contains("more governance hours a month"));
}

#[test]
fn a_plan_that_follows_the_advice_costs_the_same() {
    let s = board(vec![
        placed(1, SupportChatbot, Placement::Azure),
        placed(2, Summarisation, Placement::Azure),
        placed(3, Classification, Placement::Unplaced),
    ]);
    let e = evaluate(&s).unwrap();
    assert_eq!(e.advice.recommended, Some(Direction::AzureFirst));
    let c = e.advice.comparison.as_ref().unwrap();
    assert!(c.follows_advice);
    assert_eq!(c.unplaced.len(), 1);
    assert_eq!(
        c.summary,
        "Your plan places every placed workload where All on Azure does. 1 workload is not placed yet, so \
         the plan's figures leave it out."
    );
    // The reference also prices the unplaced workload, so the plan costs less.
    assert!(c.tco_delta < 0.0);
}

#[test]
fn red_flags_fire_on_the_plan() {
    // An agent on Azure today with much data and little traffic moves to AWS (lock-in migration);
    // SOC 2 on both clouds (compliance duplication); two clouds (unclear roadmap); EU residency on
    // AWS before the GPT family reaches Bedrock (data-residency gap).
    let mut agent = placed(1, FrontierAgentTeam, Placement::Aws);
    agent.runs_today = Location::Azure;
    agent.data_location = Location::Azure;
    agent.data_gb = 20_000.0;
    agent.monthly_volume = 10.0;
    agent.compliance = BTreeSet::from([Framework::Soc2]);
    let mut chatbot = placed(2, SupportChatbot, Placement::Azure);
    chatbot.compliance = BTreeSet::from([Framework::Soc2]);
    let mut eu = placed(3, Summarisation, Placement::Aws);
    eu.residency = Residency::Eu;
    let s = Scenario {
        start: YearMonth { year: 2026, month: 7 },
        ..board(vec![agent, chatbot, eu])
    };
    let e = evaluate(&s).unwrap();
    let kinds: Vec<RedFlagKind> = e.advice.red_flags.iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds,
        [
            RedFlagKind::LockInMigration,
            RedFlagKind::ComplianceDuplication,
            RedFlagKind::UnclearRoadmap,
            RedFlagKind::DataResidencyGap
        ]
    );
    assert!(e.advice.red_flags.iter().all(|f| f.strategy == Strategy::Plan));
    let lock_in = &e.advice.red_flags[0];
    assert_eq!(lock_in.workloads.len(), 1);
    assert!(lock_in
        .message
        .starts_with("Moving 1 workload (Frontier agent team 1) costs $"));
    let dup = &e.advice.red_flags[1];
    // The SOC 2 audit's scope extended to the second cloud: 20% of $50,000 a year, 3 years.
    let cost = dup.cost.expect("a cost");
    assert!((cost - 30_000.0).abs() < 1e-6, "{cost}");
    assert_eq!(
        dup.message,
        "SOC 2 is validated on both clouds: 1 audit a year must cover the second cloud too, $30,000 of \
         scope extension over the horizon."
    );
    let gap = &e.advice.red_flags[3];
    assert_eq!(gap.workloads.len(), 1);
    assert_eq!(gap.workloads[0].0, 3);
}

#[test]
fn red_flags_are_checked_on_the_advised_reference_while_nothing_is_placed() {
    let mut s = board(unplaced(&[SupportChatbot, FrontierAgentTeam]));
    s.org.azure_contract = true;
    s.org.aws_contract = true;
    s.org.native_cloud = NativeCloud::Both;
    let e = evaluate(&s).unwrap();
    assert_eq!(e.advice.recommended, Some(Direction::MultiCloud));
    let roadmap = e
        .advice
        .red_flags
        .iter()
        .find(|f| f.kind == RedFlagKind::UnclearRoadmap)
        .unwrap();
    assert_eq!(roadmap.strategy, Strategy::SplitByRule);
    let c = e.advice.comparison.as_ref().unwrap();
    assert!(c
        .summary
        .starts_with("Nothing is placed yet. Split by rule, the advised reference, costs $"));
    assert_eq!(c.unplaced.len(), 2);
}

#[test]
fn weights_and_the_close_call_margin_are_assumptions() {
    let mut s = board(unplaced(&[SupportChatbot, Summarisation]));
    s.overrides.insert("advice.weight.azure-native".into(), 0.0);
    s.overrides.insert("advice.close-call-points".into(), 100.0);
    let e = evaluate(&s).unwrap();
    // 100 x (2 x 1 + 0 x 1 + 1 x 1 + 0) / (2 + 0 + 1 + 1) = 75.
    assert_close!(score(&e, Direction::AzureFirst), 75.0);
    assert!(e.advice.close_call);
    assert!(e.advice.summary.contains("A close call with"));
    let ids = Criterion::AzureNative.assumptions();
    assert_eq!(ids, ["advice.weight.azure-native"]);
    assert!(e.explain_ids(&ids)[0].overridden);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn advice_is_consistent(s in common::scenario()) {
        let e = evaluate(&s).unwrap();
        let a = &e.advice;
        if s.workloads.is_empty() {
            prop_assert_eq!(a.status, AdviceStatus::EmptyBoard);
            return Ok(());
        }
        prop_assert_eq!(a.status, AdviceStatus::Advised);
        let best = a.options.iter().map(|o| o.score).fold(f64::MIN, f64::max);
        let recommended = a.recommended.unwrap();
        prop_assert_eq!(a.option(recommended).unwrap().score, best);
        prop_assert_eq!(a.advised_strategy, Some(recommended.reference()));
        for o in &a.options {
            prop_assert!(o.score.is_finite() && (0.0..=100.0).contains(&o.score));
            for c in &o.criteria {
                prop_assert!(c.fit.is_finite() && (0.0..=1.0).contains(&c.fit));
                prop_assert_eq!(c.criterion.direction(), o.direction);
            }
        }
        let c = a.comparison.as_ref().unwrap();
        let advised = e.strategy(c.advised);
        prop_assert_eq!(c.tco_delta, e.plan.cost.horizon_total - advised.cost.horizon_total);
        prop_assert!(c.tco_delta.is_finite() && c.governance_hours_delta.is_finite());
        prop_assert_eq!(c.follows_advice, c.placed_differently.is_empty());
        for w in &s.workloads {
            let listed = c.placed_differently.iter().any(|d| d.workload == w.id);
            let differs = w.placement != Placement::Unplaced && w.placement != c.advised.placement(w);
            prop_assert_eq!(listed, differs);
            prop_assert_eq!(c.unplaced.contains(&w.id), w.placement == Placement::Unplaced);
        }
        prop_assert!(a.red_flags.iter().all(|f| !f.message.is_empty()));
    }

    #[test]
    fn a_plan_placed_like_its_advice_has_no_differences(s in common::scenario()) {
        prop_assume!(!s.workloads.is_empty());
        let first = evaluate(&s).unwrap();
        let advised = first.advice.advised_strategy.unwrap();
        let mut follow = s.clone();
        for w in &mut follow.workloads {
            w.placement = advised.placement(w);
        }
        let e = evaluate(&follow).unwrap();
        // The advice reads the board, not the placements, so it is the same.
        prop_assert_eq!(e.advice.recommended, first.advice.recommended);
        let c = e.advice.comparison.as_ref().unwrap();
        prop_assert!(c.follows_advice && c.unplaced.is_empty());
        prop_assert_eq!(c.tco_delta, 0.0);
        prop_assert_eq!(c.governance_hours_delta, 0.0);
        prop_assert_eq!(c.risk_score_delta, 0);
        prop_assert_eq!(c.risk_exposure_delta, 0);
    }
}
