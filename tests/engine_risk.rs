//! Migration and placement risk: hand-computed cases with the points written out, and laws.

mod common;

use std::collections::BTreeSet;

use proptest::prelude::*;

use cloudsplit::engine::model::catalog::WorkloadKind;
use cloudsplit::engine::model::currency::Currency;
use cloudsplit::engine::model::scenario::{
    Criticality, Framework, Location, Placement, Residency, Scenario, Sector, Workload, YearMonth,
};
use cloudsplit::engine::model::schedule::WhileUnavailable;
use cloudsplit::engine::{
    evaluate, Capability, Cloud, Evaluation, FactorKind, LockInService, Risk, RiskLevel, RiskRef,
};

use common::placed;

fn eval(workloads: Vec<Workload>) -> Evaluation {
    evaluate(&Scenario {
        workloads,
        ..Scenario::default()
    })
    .unwrap()
}

fn labels(risk: &Risk) -> Vec<&'static str> {
    risk.factors.iter().map(|f| f.kind.label()).collect()
}

/// A Frontier agent team running on Azure today, 5,000 GB of data there, high criticality.
fn agent_on_azure_today(placement: Placement) -> Workload {
    let mut w = placed(1, WorkloadKind::FrontierAgentTeam, placement);
    w.runs_today = Location::Azure;
    w.data_location = Location::Azure;
    w.data_gb = 5_000.0;
    w.criticality = Criticality::High;
    w
}

#[test]
fn moving_a_stateful_agent_with_its_data_to_aws() {
    let e = eval(vec![agent_on_azure_today(Placement::Aws)]);
    let risk = &e.plan.risk.workloads[0];
    // Likelihood 1 + data gravity 1 (5,000 GB >= 1,000, < 10,000) + statefulness 1 (it moves)
    // + lock-in 1 (Frontier on AWS) = 4. Migration (115 h x 186,000 / 1,800 + 5,000 x 0.087 =
    // $12,318) is far below a year of its run cost, so no migration-cost point.
    // Impact: high criticality = 3. Score 4 x 3 = 12: High.
    assert_eq!(
        labels(risk),
        ["Criticality", "Data gravity", "Statefulness", "Lock-in"]
    );
    assert_eq!((risk.likelihood, risk.impact, risk.score), (4, 3, 12));
    assert_eq!(risk.level, RiskLevel::High);
    // Ties at one point go to the first factor: data gravity drives it.
    let driver = risk.driver().unwrap();
    assert_eq!(
        driver.kind,
        FactorKind::DataGravity {
            gb: 5_000.0,
            from: Location::Azure
        }
    );
    assert_eq!(
        driver.reason(&Currency::usd()),
        "5,000 GB of data to copy out of Azure before the move."
    );
    assert!(driver.assumptions().contains(&"risk.data-gravity.gb"));
    assert!(risk.factors.iter().any(|f| f.kind
        == FactorKind::LockIn {
            service: LockInService::FrontierAgents,
            cloud: Cloud::Aws,
            before: None
        }));
}

#[test]
fn the_same_agent_left_where_it_runs_has_no_migration_factors() {
    let e = eval(vec![agent_on_azure_today(Placement::Azure)]);
    let risk = &e.plan.risk.workloads[0];
    // Likelihood 1 + lock-in 1 (Foundry agents: Frontier is not offered on Azure) = 2; no data
    // gravity, migration or statefulness (nothing moves), no workaround risk (already built).
    // Impact 3. Score 6: Medium.
    assert_eq!(labels(risk), ["Criticality", "Lock-in"]);
    assert_eq!((risk.likelihood, risk.impact, risk.score), (2, 3, 6));
    assert_eq!(risk.level, RiskLevel::Medium);
}

#[test]
fn migration_dearer_than_a_year_of_running_adds_a_point() {
    let mut w = agent_on_azure_today(Placement::Aws);
    w.monthly_volume = 10.0;
    w.data_gb = 20_000.0;
    let e = eval(vec![w]);
    let risk = &e.plan.risk.workloads[0];
    let cost = e.plan.cost.workload(risk.workload.unwrap()).unwrap();
    assert!(cost.one_time > cost.first_year_run);
    // 1 + data gravity 2 (20,000 GB passes both thresholds) + migration 1 + statefulness 1
    // + lock-in 1 = 6, kept at 5. Impact 3. Score 15: High. Data gravity (2 points) drives it.
    assert_eq!(
        labels(risk),
        [
            "Criticality",
            "Data gravity",
            "Migration cost",
            "Statefulness",
            "Lock-in"
        ]
    );
    assert_eq!((risk.likelihood, risk.impact, risk.score), (5, 3, 15));
    assert_eq!(risk.driver().map(|f| f.kind.label()), Some("Data gravity"));
    let migration = risk
        .factors
        .iter()
        .find(|f| f.kind.label() == "Migration cost")
        .unwrap();
    assert!(migration.reason(&Currency::usd()).starts_with("Moving costs $"));
}

#[test]
fn a_stateless_gpt_workload_on_aws_lags_azure() {
    let e = eval(vec![
        placed(1, WorkloadKind::SupportChatbot, Placement::Aws),
        placed(2, WorkloadKind::Summarisation, Placement::Azure),
    ]);
    let aws = &e.plan.risk.workloads[0];
    // 1 + feature lag 1 = 2; medium impact 2; score 4: Low.
    assert_eq!(labels(aws), ["Criticality", "Feature lag"]);
    assert_eq!((aws.likelihood, aws.impact, aws.score), (2, 2, 4));
    assert_eq!(
        aws.driver().unwrap().reason(&Currency::usd()),
        "New OpenAI models reach AWS about 3 months after Azure (the Azure-first window)."
    );
    let azure = &e.plan.risk.workloads[1];
    assert_eq!(labels(azure), ["Criticality"]);
    assert_eq!((azure.likelihood, azure.impact), (1, 2));
}

#[test]
fn eu_residency_on_aws_before_the_gpt_family_arrives_is_a_residency_conflict() {
    let mut w = placed(1, WorkloadKind::SupportChatbot, Placement::Aws);
    w.residency = Residency::Eu;
    // Planned to wait for Bedrock rather than start on Azure and move (no migration).
    w.while_unavailable = WhileUnavailable::Wait;
    let s = Scenario {
        start: YearMonth { year: 2026, month: 7 },
        workloads: vec![w],
        ..Scenario::default()
    };
    let e = evaluate(&s).unwrap();
    let risk = &e.plan.risk.workloads[0];
    // Likelihood 1 + not yet available 1 (GPT family on Bedrock from 2026-09) + feature lag 1 = 3.
    // Impact medium 2 + residency conflict 2 = 4. Score 12: High. The conflict (2 points) drives.
    assert_eq!(
        labels(risk),
        [
            "Criticality",
            "Not yet available",
            "Residency conflict",
            "Feature lag"
        ]
    );
    assert_eq!((risk.likelihood, risk.impact, risk.score), (3, 4, 12));
    let driver = risk.driver().unwrap();
    assert_eq!(
        driver.kind,
        FactorKind::ResidencyConflict {
            residency: Residency::Eu,
            sector: Sector::Commercial,
            cloud: Cloud::Aws,
            available_from: YearMonth { year: 2026, month: 9 },
        }
    );
    assert_eq!(
        driver.reason(&Currency::usd()),
        "EU residency cannot be met on AWS before 2026-09; meanwhile the data would run outside its rules."
    );
    let waiting = &risk.factors[1];
    assert_eq!(
        waiting.kind,
        FactorKind::NotYetAvailable {
            capability: Capability::OpenAiStatelessApi,
            cloud: Cloud::Aws,
            available_from: YearMonth { year: 2026, month: 9 },
            months_waiting: 2,
        }
    );
}

#[test]
fn a_sovereign_workload_on_aws_before_2027_conflicts() {
    let mut w = placed(1, WorkloadKind::Classification, Placement::Aws);
    w.sector = Sector::Sovereign;
    let s = Scenario {
        start: YearMonth {
            year: 2026,
            month: 10,
        },
        workloads: vec![w],
        ..Scenario::default()
    };
    let e = evaluate(&s).unwrap();
    let risk = &e.plan.risk.workloads[0];
    let conflict = risk
        .factors
        .iter()
        .find(|f| matches!(f.kind, FactorKind::ResidencyConflict { .. }))
        .unwrap();
    assert!(conflict
        .reason(&Currency::usd())
        .starts_with("A sovereign / regulated deployment cannot be met on AWS"));
}

#[test]
fn everything_on_one_cloud_is_a_concentration_risk() {
    let mut critical = placed(3, WorkloadKind::Classification, Placement::Azure);
    critical.criticality = Criticality::MissionCritical;
    let e = eval(vec![
        placed(1, WorkloadKind::SupportChatbot, Placement::Azure),
        placed(2, WorkloadKind::Summarisation, Placement::Azure),
        critical,
    ]);
    let r = &e.plan.risk;
    assert_eq!(r.scenario.len(), 1);
    let c = &r.scenario[0];
    // Likelihood 2; impact mission-critical 4 + 1 = 5; score 10: Medium.
    assert_eq!(
        (c.likelihood, c.impact, c.score, c.level),
        (2, 5, 10, RiskLevel::Medium)
    );
    assert_eq!(
        c.driver().unwrap().reason(&Currency::usd()),
        "All 3 placed workloads run on Azure: one Azure outage takes down every OpenAI service (the most \
         critical is mission-critical)."
    );
    // Ranked first: 10 beats the mission-critical workload's 1 x 4 = 4.
    assert_eq!(r.ranked[0], RiskRef::Scenario(0));
    assert_eq!((r.score, r.level), (10, RiskLevel::Medium));
    // Exposure: 10 + 2 + 2 + 4.
    assert_eq!(r.exposure, 18);
    // The split puts these stateless workloads on Azure too: the same concentration.
    assert_eq!(e.split_by_rule.risk.scenario.len(), 1);
}

#[test]
fn two_clouds_bring_split_vendor_and_compliance_duplication_risks() {
    let mut a = placed(1, WorkloadKind::SupportChatbot, Placement::Aws);
    a.compliance = BTreeSet::from([Framework::Soc2]);
    let mut b = placed(2, WorkloadKind::ResearchAgent, Placement::Azure);
    b.compliance = BTreeSet::from([Framework::Soc2, Framework::Hipaa]);
    let e = eval(vec![a, b]);
    let kinds: Vec<&str> = e
        .plan
        .risk
        .scenario
        .iter()
        .map(|s| s.factors[0].kind.label())
        .collect();
    assert_eq!(kinds, ["Split vendors and roadmap", "Compliance duplication"]);
    let split = &e.plan.risk.scenario[0];
    // Likelihood 3, impact 2 = 6: Medium; one stateless workload on AWS waits for new models.
    assert_eq!((split.likelihood, split.impact, split.score), (3, 2, 6));
    assert_eq!(
        split.factors[0].kind,
        FactorKind::SplitVendorRoadmap { lagging_workloads: 1 }
    );
    let dup = &e.plan.risk.scenario[1];
    // Likelihood 2, impact 3 = 6; SOC 2 only is on both clouds.
    assert_eq!((dup.likelihood, dup.impact, dup.score), (2, 3, 6));
    assert_eq!(
        dup.driver().unwrap().reason(&Currency::usd()),
        "SOC 2 validated on both clouds: 1 extra audit a year, and a finding on either platform counts."
    );
}

#[test]
fn nothing_placed_has_no_risk() {
    let mut s = Scenario::default();
    s.add_workload(WorkloadKind::ResearchAgent);
    let e = evaluate(&s).unwrap();
    let r = &e.plan.risk;
    assert!(r.workloads.is_empty() && r.scenario.is_empty() && r.ranked.is_empty());
    assert_eq!((r.score, r.level, r.exposure), (0, RiskLevel::Low, 0));
    // The references place it.
    assert_eq!(e.all_aws.risk.workloads.len(), 1);
}

#[test]
fn a_weight_set_to_zero_removes_its_factor() {
    let mut s = Scenario {
        workloads: vec![agent_on_azure_today(Placement::Aws)],
        ..Scenario::default()
    };
    s.overrides.insert("risk.lock-in.points".into(), 0.0);
    s.overrides.insert("risk.impact.high".into(), 5.0);
    let e = evaluate(&s).unwrap();
    let risk = &e.plan.risk.workloads[0];
    assert_eq!(labels(risk), ["Criticality", "Data gravity", "Statefulness"]);
    // 1 + 1 + 1 = 3; impact 5; score 15.
    assert_eq!((risk.likelihood, risk.impact, risk.score), (3, 5, 15));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Issue 4: a workload placed where it already runs has no data-transfer migration risk.
    #[test]
    fn placed_where_it_runs_has_no_data_transfer_risk(
        s in common::scenario(),
        pick in any::<prop::sample::Index>(),
        on_aws in any::<bool>(),
    ) {
        prop_assume!(!s.workloads.is_empty());
        let mut s = s;
        let i = pick.index(s.workloads.len());
        let (loc, placement) = if on_aws {
            (Location::Aws, Placement::Aws)
        } else {
            (Location::Azure, Placement::Azure)
        };
        s.workloads[i].runs_today = loc;
        s.workloads[i].placement = placement;
        let id = s.workloads[i].id;
        let e = evaluate(&s).unwrap();
        let risk = e.plan.risk.workload(id).unwrap();
        for f in &risk.factors {
            prop_assert!(
                !matches!(
                    f.kind,
                    FactorKind::DataGravity { .. }
                        | FactorKind::MigrationCost { .. }
                        | FactorKind::Statefulness { moves: true, .. }
                ),
                "{:?}",
                f.kind
            );
        }
        prop_assert_eq!(e.plan.cost.workload(id).unwrap().one_time, 0.0);
    }

    #[test]
    fn scores_stay_in_range_and_the_ranking_is_consistent(s in common::scenario()) {
        let e = evaluate(&s).unwrap();
        for r in e.strategies() {
            let risk = &r.risk;
            let all: Vec<&Risk> = risk.scenario.iter().chain(&risk.workloads).collect();
            for x in &all {
                prop_assert!((1..=5).contains(&x.likelihood));
                prop_assert!((1..=5).contains(&x.impact));
                prop_assert_eq!(x.score, x.likelihood * x.impact);
                prop_assert_eq!(x.level, RiskLevel::of(&e.assumptions, x.score));
                prop_assert!(x.driver().is_some());
                prop_assert!(x.factors.iter().all(|f| f.points() > 0.0 && f.points().is_finite()));
                prop_assert!(x.factors.iter().all(|f| !f.reason(&Currency::usd()).is_empty()));
            }
            prop_assert_eq!(risk.workloads.len(), r.cost.workloads.len());
            prop_assert_eq!(risk.ranked.len(), all.len());
            let ranked: Vec<u8> = risk.ranked.iter().map(|&at| risk.get(at).unwrap().score).collect();
            prop_assert!(ranked.windows(2).all(|w| w[0] >= w[1]));
            prop_assert_eq!(risk.score, all.iter().map(|x| x.score).max().unwrap_or(0));
            prop_assert_eq!(risk.exposure, all.iter().map(|x| u32::from(x.score)).sum::<u32>());
            // Concentration exactly when one cloud holds every placed workload.
            let concentrated = risk
                .scenario
                .iter()
                .any(|x| matches!(x.factors[0].kind, FactorKind::Concentration { .. }));
            prop_assert_eq!(concentrated, r.cost.clouds_in_use.count() == 1);
        }
    }

    #[test]
    fn risk_is_deterministic(s in common::scenario()) {
        let a = evaluate(&s).unwrap();
        let b = evaluate(&s.clone()).unwrap();
        for (x, y) in a.strategies().iter().zip(b.strategies()) {
            prop_assert_eq!(&x.risk, &y.risk);
            prop_assert_eq!(&x.governance, &y.governance);
        }
    }
}
