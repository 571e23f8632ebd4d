//! Hand-computed cases for the like-for-like agent economics and the overheads that scale
//! (issue #15), with the arithmetic written out, and the properties they must keep. Growth,
//! price decline and salary growth are off unless a case is about them.

mod common;

use std::collections::BTreeSet;

use proptest::prelude::*;

use cloudsplit::engine::model::catalog::{Model, WorkloadKind};
use cloudsplit::engine::model::scenario::{
    Framework, Location, NativeCloud, Placement, Residency, Scenario, Workload, WorkloadId,
};
use cloudsplit::engine::model::schedule::{Move, MoveAt};
use cloudsplit::engine::{evaluate, Cell, Component, CostCloud, Evaluation};
use common::{labelled, le};

/// 186,000 / 1,800: the loaded hourly rate of an architect.
const HOURLY: f64 = 186_000.0 / 1_800.0;

fn flat(workloads: Vec<Workload>) -> Scenario {
    let mut s = Scenario {
        workloads,
        ..Scenario::default()
    };
    for id in [
        "growth.volume-per-month",
        "growth.token-price-decline-per-year",
        "people.salary-growth-per-year",
    ] {
        s.overrides.insert(id.into(), 0.0);
    }
    s
}

fn workload(id: u32, kind: WorkloadKind, placement: Placement) -> Workload {
    let mut w = Workload::new(WorkloadId(id), kind, format!("w{id}"));
    w.placement = placement;
    w
}

/// 1,000 sessions of 3 steps, 1,000 tokens in and 200 out a step, on `model`.
fn small_agent(model: Model, placement: Placement) -> Workload {
    let mut w = workload(1, WorkloadKind::ServiceAgentWithMemory, placement);
    w.model = model;
    w.monthly_volume = 1_000.0;
    w.steps_per_session = 3.0;
    w.tokens_in = 1_000.0;
    w.tokens_out = 200.0;
    w.data_gb = 0.0;
    w
}

fn eval(s: &Scenario) -> Evaluation {
    evaluate(s).expect("valid scenario")
}

// ---------- Agent tokens ----------

#[test]
fn an_agent_resends_the_carried_share_of_earlier_steps_at_the_cached_share() {
    // gpt-4.1 on Azure: $2 in, $0.50 cached, $8 out per 1M; agents read 50% from the cache:
    // input $1.25 per 1M. 3,000 calls a month.
    // Fresh: 3,000 x (1,000 x 1.25 + 200 x 8) / 1M = 3.75 + 4.80 = 8.55.
    // Carried: each step adds its new input (30% of 1,000) and its output (200) to the
    // context: 3,000 calls x 500 tokens x (3 - 1) / 2 = 1.5M tokens x 50% carried x 1.25 / 1M
    // = 0.9375.
    let e = eval(&flat(vec![small_agent(Model::Gpt41, Placement::Azure)]));
    assert_close!(labelled(&e.plan, "Inference tokens", CostCloud::Azure), 8.55);
    assert_close!(
        labelled(&e.plan, "Agent context resent", CostCloud::Azure),
        0.9375,
    );
}

#[test]
fn reasoning_models_bill_hidden_reasoning_tokens_as_output() {
    // gpt-5 on Azure: $1.25 in, $0.125 cached, $10 out; input at 50% cache = 0.6875.
    // 3,000 x (1,000 x 0.6875 + 200 x 10 x (1 + 2 reasoning tokens per output token)) / 1M
    // = 2.0625 + 18 = 20.0625.
    let e = eval(&flat(vec![small_agent(Model::Gpt5, Placement::Azure)]));
    assert_close!(labelled(&e.plan, "Inference tokens", CostCloud::Azure), 20.0625);
    // Without reasoning tokens: 2.0625 + 6 = 8.0625.
    let mut s = flat(vec![small_agent(Model::Gpt5, Placement::Azure)]);
    s.overrides
        .insert("usage.reasoning-tokens-per-output-token".into(), 0.0);
    assert_close!(
        labelled(&eval(&s).plan, "Inference tokens", CostCloud::Azure),
        8.0625,
    );
}

#[test]
fn the_data_zone_premium_is_azures_and_applies_once() {
    // A chatbot on gpt-4o-mini, EU residency, 1M requests x 1,000 in / 300 out.
    // Azure Global 0.15 / 0.60 x 1.1 Data Zone = (150 + 180) x 1.1 = 363.
    // AWS: no Bedrock list price, so Azure Global x 1.1 (an estimate, named as such) = 363,
    // with no second premium: Bedrock's prices are already in-region.
    let mut w = workload(1, WorkloadKind::SupportChatbot, Placement::Azure);
    w.model = Model::Gpt4oMini;
    w.residency = Residency::Eu;
    let e = eval(&flat(vec![w.clone()]));
    assert_close!(labelled(&e.plan, "Inference tokens", CostCloud::Azure), 363.0);
    w.placement = Placement::Aws;
    let e = eval(&flat(vec![w]));
    assert_close!(
        labelled(&e.plan, "Inference tokens (estimate", CostCloud::Aws),
        363.0,
    );
}

// ---------- Agent memory ----------

#[test]
fn managed_memory_on_aws_counts_long_term_records_and_retrievals() {
    // The small agent: 1,000 sessions x 3 steps = 3,000 memory events; AgentCore Memory:
    // 3,000 x (0.25 + 1 retrieval x 0.50) / 1,000 = 2.25; 1,000 sessions x 1 record x 12
    // months x 0.75 / 1,000 = 9.00. Total 11.25.
    let mut s = flat(vec![small_agent(Model::Gpt41, Placement::Aws)]);
    s.overrides.insert("aws.agent.memory-service".into(), 1.0);
    let e = eval(&s);
    assert_close!(labelled(&e.plan, "Agent memory", CostCloud::Aws), 11.25);
    assert!(e
        .plan
        .cost
        .lines
        .iter()
        .any(|l| l.label.contains("AgentCore Memory") && l.label.contains("Cosmos DB")));
}

// ---------- Frontier ----------

#[test]
fn the_frontier_fee_is_paid_on_azure_only_once_azure_offers_frontier() {
    // 1,000 sessions x 0.1 h = 100 agent-hours x 0.05 + 3,000 steps x 0.10 / 1,000 = 5.30.
    let mut w = small_agent(Model::Gpt41, Placement::Azure);
    w.agent_hours_per_session = 0.1;
    let e = eval(&flat(vec![w.clone()]));
    assert_eq!(labelled(&e.plan, "Frontier platform fee", CostCloud::Azure), 0.0);
    let mut s = flat(vec![w]);
    s.overrides
        .insert("availability.azure.frontier".into(), 202_606.0);
    let e = eval(&s);
    assert_close!(labelled(&e.plan, "Frontier platform fee", CostCloud::Azure), 5.3);
    // With Frontier on Azure there is nothing to build.
    assert_eq!(e.plan.cost.component_total(Component::Workaround), 0.0);
}

#[test]
fn the_foundry_platform_is_built_once_for_every_agent_that_needs_it() {
    // Three agent teams on Azure: three integrations (115 h each), one platform (186,000)
    // and its upkeep (25% a year = 3,875 a month, 139,500 over 36 months).
    let agents: Vec<Workload> = (1..=3)
        .map(|i| workload(i, WorkloadKind::FrontierAgentTeam, Placement::Azure))
        .collect();
    let e = eval(&flat(agents));
    let total = e.plan.cost.component_total(Component::Workaround);
    assert_close!(total, 3.0 * 115.0 * HOURLY + 186_000.0 + 36.0 * 3_875.0);
}

/// A move in `month` with no months both run.
fn straight_move(month: u16, to: Placement) -> Move {
    Move {
        dual_months: 0,
        ..Move::new(MoveAt::Month(month), to)
    }
}

/// The plan's Foundry-built platform (the Frontier workaround's people).
fn platform(e: &Evaluation) -> &Cell {
    e.plan
        .cost
        .cell(Component::Workaround, CostCloud::CrossCloud)
        .expect("the platform's lines")
}

#[test]
fn the_foundry_platform_is_kept_up_only_while_agents_run_on_azure() {
    // One agent team on Azure that moves to AWS in month 12 (no months both run): the
    // platform is built in month 0 and kept up in months 0-11 only (3,875 a month), then
    // nothing. Before the move windowed it, the upkeep ran all 36 months.
    let mut w = workload(1, WorkloadKind::FrontierAgentTeam, Placement::Azure);
    w.moves = vec![straight_move(12, Placement::Aws)];
    let e = eval(&flat(vec![w]));
    let cell = platform(&e);
    assert_close!(cell.monthly[0], 186_000.0 + 3_875.0);
    assert_close!(cell.monthly[11], 3_875.0);
    assert!(
        cell.monthly[12..].iter().all(|v| *v == 0.0),
        "{:?}",
        &cell.monthly[12..]
    );
    // An agent that arrives on Azure in month 6 has the platform built then, not at the start.
    let mut late = workload(2, WorkloadKind::FrontierAgentTeam, Placement::Unplaced);
    late.placement = Placement::Aws;
    late.moves = vec![straight_move(6, Placement::Azure)];
    let e = eval(&flat(vec![late]));
    let cell = platform(&e);
    assert!(
        cell.monthly[..6].iter().all(|v| *v == 0.0),
        "{:?}",
        &cell.monthly[..6]
    );
    assert_close!(cell.monthly[6], 186_000.0 + 3_875.0);
    assert_close!(cell.monthly[35], 3_875.0);
    // On Azure today (its own Frontier-class set-up, no platform to build), to AWS in month 6
    // and back in month 18: the platform is built on the way back, in month 18.
    let mut back = workload(3, WorkloadKind::FrontierAgentTeam, Placement::Azure);
    back.runs_today = Location::Azure;
    back.moves = vec![
        straight_move(6, Placement::Aws),
        straight_move(18, Placement::Azure),
    ];
    let e = eval(&flat(vec![back]));
    let cell = platform(&e);
    assert!(
        cell.monthly[..18].iter().all(|v| *v == 0.0),
        "{:?}",
        &cell.monthly[..18]
    );
    assert_close!(cell.monthly[18], 186_000.0 + 3_875.0);
}

// ---------- People ----------

fn two_chatbots_and(extra_on_aws: usize) -> Scenario {
    let mut ws = vec![workload(1, WorkloadKind::SupportChatbot, Placement::Azure)];
    for i in 0..extra_on_aws {
        let mut w = workload(10 + i as u32, WorkloadKind::SupportChatbot, Placement::Aws);
        w.model = Model::Gpt4o;
        w.tokens_in = 1_000.0;
        w.tokens_out = 300.0;
        ws.push(w);
    }
    flat(ws)
}

/// The people line's month: the headcount's cost less the cross-cloud governance hours the
/// same people already do (paid as governance work), never below zero.
fn people_month(e: &Evaluation, fte: f64) -> f64 {
    let governed = e.plan.governance.cross_cloud_hours_per_month * HOURLY;
    (fte * 186_000.0 / 12.0 - governed).max(0.0)
}

#[test]
fn people_follow_the_second_clouds_footprint_between_a_floor_and_a_cap() {
    // Each AWS chatbot: 1M x (1,000 x 2.75 + 300 x 11) / 1M = 6,050 a month (gpt-4o, Azure x 1.1).
    // Three: 0.1 x 3 + 0.5 x (3 x 6,050 x 12 = 217,800) / 1M = 0.3 + 0.1089 = 0.4089 FTE.
    let e = eval(&two_chatbots_and(3));
    let people = |e: &Evaluation| e.plan.cost.component_total(Component::People) / 36.0;
    assert!(people_month(&e, 0.4089) > 0.0);
    assert_close!(people(&e), people_month(&e, 0.4089));
    // One: 0.1 + 0.0363 = 0.1363, below the 0.25 floor (all of it already governance hours).
    let e = eval(&two_chatbots_and(1));
    assert_close!(people(&e), people_month(&e, 0.25));
    // Thirty: 3 + 0.5 x 2.178 = 4.089, above the 2 FTE cap.
    let e = eval(&two_chatbots_and(30));
    assert_close!(people(&e), people_month(&e, 2.0));
    // An organisation already on both clouds needs 75% less; with no native cloud to say
    // which is second, the smaller reading counts: Azure's one chatbot, at the floor.
    let mut s = two_chatbots_and(3);
    s.org.native_cloud = NativeCloud::Both;
    let e = eval(&s);
    assert_close!(people(&e), people_month(&e, 0.25 * 0.25));
    // With a floor high enough to show: 4 FTE x 25%.
    s.overrides.insert("people.multicloud-fte-floor".into(), 4.0);
    s.overrides.insert("people.multicloud-fte".into(), 4.0);
    let e = eval(&s);
    assert!(people(&e) > 0.0);
    assert_close!(people(&e), people_month(&e, 4.0 * 0.25));
}

#[test]
fn people_cost_grows_with_salaries() {
    // A 1 FTE floor, net of the cross-cloud governance hours, 3.5% a year: month 12 is the
    // month-0 amount x 1.035, month 24 x 1.035^2.
    let mut s = two_chatbots_and(1);
    s.overrides.insert("people.salary-growth-per-year".into(), 3.5);
    s.overrides.insert("people.multicloud-fte-floor".into(), 1.0);
    let e = eval(&s);
    let month0 = people_month(&e, 1.0);
    let cell = e
        .plan
        .cost
        .cell(Component::People, CostCloud::CrossCloud)
        .expect("people");
    assert_close!(cell.monthly[0], month0);
    assert_close!(cell.monthly[12], month0 * 1.035);
    assert_close!(cell.monthly[24], month0 * 1.035 * 1.035);
}

// ---------- Audits ----------

#[test]
fn iso_27001_is_certification_then_surveillance_and_gdpr_is_done_once() {
    // ISO 27001 on one cloud: (30,000 + 2 x 35% x 30,000) / 3 = 17,000 a year.
    // GDPR on both clouds: organisation-wide, 20,000 a year once, no extension.
    let mut a = workload(1, WorkloadKind::SupportChatbot, Placement::Azure);
    a.compliance = BTreeSet::from([Framework::Iso27001, Framework::Gdpr]);
    let mut b = workload(2, WorkloadKind::Summarisation, Placement::Aws);
    b.compliance = BTreeSet::from([Framework::Gdpr]);
    let e = eval(&flat(vec![a, b]));
    assert_close!(
        e.plan.cost.component_total(Component::Audits),
        3.0 * (17_000.0 + 20_000.0),
    );
    assert!(e
        .plan
        .cost
        .lines
        .iter()
        .filter(|l| l.component == Component::Audits)
        .all(|l| !l.duplicate));
}

// ---------- Governance ----------

#[test]
fn governance_hours_are_paid_at_the_loaded_hourly_rate() {
    let e = eval(&two_chatbots_and(1));
    for r in e.strategies() {
        let g = &r.governance;
        let expected = g.setup_hours * HOURLY + 36.0 * g.hours_per_month * HOURLY;
        assert_close!(r.cost.component_total(Component::Governance), expected);
    }
    // Two clouds govern more than one.
    assert!(
        e.plan.cost.component_total(Component::Governance)
            > e.all_azure.cost.component_total(Component::Governance)
    );
}

// ---------- One-time migration ----------

#[test]
fn a_moved_index_is_embedded_again() {
    // 500 GB of text at 4 bytes a token = 125,000M tokens; on AWS with Cohere Embed v4 at
    // $0.12 per 1M: $15,000.
    let mut w = workload(1, WorkloadKind::Embeddings, Placement::Aws);
    w.runs_today = Location::Azure;
    let e = eval(&flat(vec![w]));
    assert_close!(labelled(&e.plan, "Re-embedding", CostCloud::Aws), 15_000.0);
}

#[test]
fn a_moved_fine_tuned_model_is_trained_again() {
    // 30M training tokens x $2 per 1M = $60 on Azure; on AWS x 1.1 (estimate) = $66.
    let mut w = workload(1, WorkloadKind::FineTunedServing, Placement::Azure);
    w.runs_today = Location::Aws;
    assert_close!(
        labelled(
            &eval(&flat(vec![w.clone()])).plan,
            "Re-fine-tuning",
            CostCloud::Azure,
        ),
        60.0,
    );
    w.runs_today = Location::Azure;
    w.placement = Placement::Aws;
    assert_close!(
        labelled(&eval(&flat(vec![w])).plan, "Re-fine-tuning", CostCloud::Aws),
        66.0,
    );
}

#[test]
fn moving_data_can_exceed_a_year_of_api_spend_and_is_flagged() {
    // A small index (10,000 requests a month) with 2 TB of data moved from Azure to AWS:
    // re-embedding 2,000 GB x 250M tokens x 0.12 / 1M = 60,000 plus the copy and testing,
    // against a year of a few dollars of tokens: seed 000's red flag.
    let mut w = workload(1, WorkloadKind::Embeddings, Placement::Aws);
    w.runs_today = Location::Azure;
    w.data_location = Location::Azure;
    w.monthly_volume = 10_000.0;
    w.data_gb = 2_000.0;
    let e = eval(&flat(vec![w]));
    assert!(e.plan.cost.findings.iter().any(|f| matches!(
        f.kind,
        cloudsplit::engine::FindingKind::MigrationExceedsYearOfRun { .. }
    )));
}

// ---------- Properties ----------

fn people_total(n_on_aws: usize, volume: f64, native: NativeCloud) -> f64 {
    let mut s = two_chatbots_and(n_on_aws);
    s.org.native_cloud = native;
    for w in s.workloads.iter_mut().skip(1) {
        w.monthly_volume = volume;
    }
    let e = eval(&s);
    e.plan.cost.component_total(Component::People) + e.plan.cost.component_total(Component::Governance)
}

fn native() -> impl Strategy<Value = NativeCloud> {
    prop::sample::select(vec![
        NativeCloud::Azure,
        NativeCloud::Both,
        NativeCloud::OnPremises,
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// A bigger second cloud (more workloads or more volume there) never costs fewer people
    /// (the headcount and the governance hours it is netted against).
    #[test]
    fn a_bigger_second_cloud_never_costs_fewer_people(
        n in 1usize..12,
        more in 0usize..6,
        volume in 1_000.0f64..5e6,
        factor in 1.0f64..10.0,
        org in native(),
    ) {
        let base = people_total(n, volume, org);
        prop_assert!(le(base, people_total(n + more, volume, org)));
        prop_assert!(le(base, people_total(n, volume * factor, org)));
    }

    /// Whatever the frameworks, a second cloud never lowers the audit cost below one cloud's.
    #[test]
    fn a_second_cloud_never_lowers_audit_cost(
        frameworks in prop::collection::btree_set(
            prop::sample::select(Framework::ALL.to_vec()), 0..4),
        share in 1u8..100,
    ) {
        let mut a = workload(1, WorkloadKind::SupportChatbot, Placement::Azure);
        a.compliance = frameworks.clone();
        let mut b = workload(2, WorkloadKind::Summarisation, Placement::Azure);
        b.compliance = frameworks;
        let one = eval(&flat(vec![a.clone(), b.clone()]));
        b.placement = Placement::Aws;
        let two = eval(&flat(vec![a.clone(), b.clone()]));
        b.placement = Placement::Both { azure_percent: share };
        let both = eval(&flat(vec![a, b]));
        let audits = |e: &Evaluation| e.plan.cost.component_total(Component::Audits);
        prop_assert!(le(audits(&one), audits(&two)));
        prop_assert!(le(audits(&one), audits(&both)));
    }

    /// Like-for-like memory: AWS over Azure stays within the ratios of the list prices it is
    /// made of (requests: DynamoDB units vs Cosmos RUs; storage: 0.25 vs 0.25).
    #[test]
    fn memory_on_both_clouds_costs_within_the_ratio_of_their_prices(
        sessions in 100.0f64..1e6,
        steps in 1.0f64..60.0,
        reads in 0.5f64..3.0,
        kb in 0.5f64..4.0,
        months in 1.0f64..36.0,
        ru_write in 5.0f64..10.0,
    ) {
        let memory = |placement| {
            let mut w = small_agent(Model::Gpt41, placement);
            w.monthly_volume = sessions;
            w.steps_per_session = steps;
            let mut s = flat(vec![w]);
            for (id, v) in [
                ("agent.memory-reads-per-event", reads),
                ("agent.memory-kb-per-event", kb),
                ("agent.memory-retention-months", months),
                ("agent.cosmos-ru-per-event", ru_write),
            ] {
                s.overrides.insert(id.into(), v);
            }
            let e = eval(&s);
            let cloud = if placement == Placement::Aws { CostCloud::Aws } else { CostCloud::Azure };
            labelled(&e.plan, "Agent memory", cloud)
        };
        let (aws, azure) = (memory(Placement::Aws), memory(Placement::Azure));
        // Per event: DynamoDB ceil(kb) x 0.625 + reads x ceil(kb/4) x 0.125 ($/1M) against
        // Cosmos (ru_write + reads x 1 RU) x 0.25; storage is 0.25 $/GB-month on both.
        let dynamo = kb.ceil() * 0.625 + reads * (kb / 4.0).ceil() * 0.125;
        let cosmos = (ru_write + reads) * 0.25;
        let request_ratio = dynamo / cosmos;
        let (low, high) = (request_ratio.min(1.0), request_ratio.max(1.0));
        let ratio = aws / azure;
        prop_assert!(ratio >= low * (1.0 - 1e-9) && ratio <= high * (1.0 + 1e-9),
            "{ratio} outside [{low}, {high}]");
    }
}
