//! Plans that move over time: hand-computed schedules, availability that holds a workload
//! back, and properties of schedules against the one-place model.

use proptest::prelude::*;

use cloudsplit::engine::analysis::availability::{self, Availability};
use cloudsplit::engine::model::catalog::{Model, WorkloadKind};
use cloudsplit::engine::model::scenario::{Location, Placement, Scenario, Workload, WorkloadId, YearMonth};
use cloudsplit::engine::model::schedule::{Move, MoveAt, WhileUnavailable};
use cloudsplit::engine::uncertainty::CostModel;
use cloudsplit::engine::{evaluate, Cloud, Component, CostCloud, Evaluation, StrategyResult, Waiting};

mod common;

use common::{close, flat, left_as_today, scenario, scenario_with_moves};

/// 1M requests of 1,000 in / 300 out on gpt-4o: $5,500 a month on Azure, $6,050 on AWS.
fn chatbot(placement: Placement) -> Workload {
    let mut w = Workload::new(WorkloadId(1), WorkloadKind::SupportChatbot, "Chatbot".into());
    w.model = Model::Gpt4o;
    w.monthly_volume = 1_000_000.0;
    w.tokens_in = 1_000.0;
    w.tokens_out = 300.0;
    w.data_gb = 0.0;
    w.placement = placement;
    w
}

fn monthly(r: &StrategyResult, component: Component, cloud: CostCloud) -> Vec<f64> {
    r.cost
        .cell(component, cloud)
        .map_or_else(|| vec![0.0; r.cost.monthly.len()], |c| c.monthly.clone())
}

fn eval(s: &Scenario) -> Evaluation {
    evaluate(s).expect("valid")
}

#[test]
fn data_the_workload_makes_is_copied_when_it_moves_not_when_it_starts() {
    // 1,000 GB of data it makes (new), on Azure from the start, to AWS in month 6 with no
    // months both: nothing to copy at the start; in month 6, 1,000 GB x $0.087 leaving Azure.
    let mut w = chatbot(Placement::Azure);
    w.data_location = Location::New;
    w.data_gb = 1_000.0;
    w.moves = vec![Move {
        at: MoveAt::Month(6),
        to: Placement::Aws,
        dual_months: 0,
        dual_azure_percent: 50,
    }];
    let e = eval(&flat(vec![w]));
    let copies: Vec<_> = e
        .plan
        .cost
        .lines
        .iter()
        .filter(|l| l.label == "Initial data copy")
        .collect();
    assert_eq!(copies.len(), 1, "{copies:?}");
    assert_eq!(copies[0].cloud, CostCloud::Aws);
    assert!(
        close(copies[0].first_month, 1_000.0 * 0.087),
        "{}",
        copies[0].first_month
    );
    let migration = monthly(&e.plan, Component::Migration, CostCloud::Aws);
    assert!(migration[6] >= 87.0 - 1e-9 && migration[..6].iter().all(|v| *v == 0.0));
}

#[test]
fn azure_to_aws_at_month_six_with_two_months_both() {
    let mut w = chatbot(Placement::Azure);
    w.runs_today = Location::Azure;
    w.moves = vec![Move {
        at: MoveAt::Month(6),
        to: Placement::Aws,
        dual_months: 2,
        dual_azure_percent: 50,
    }];
    let e = eval(&flat(vec![w]));
    let azure = monthly(&e.plan, Component::Tokens, CostCloud::Azure);
    let aws = monthly(&e.plan, Component::Tokens, CostCloud::Aws);
    for m in 0..36 {
        // Months 0-5 Azure only; 6-7 half on each (2,750 and 3,025); from 8 AWS only.
        let (want_azure, want_aws) = match m {
            0..=5 => (5_500.0, 0.0),
            6 | 7 => (2_750.0, 3_025.0),
            _ => (0.0, 6_050.0),
        };
        assert!(close(azure[m], want_azure), "month {m}: Azure {}", azure[m]);
        assert!(close(aws[m], want_aws), "month {m}: AWS {}", aws[m]);
    }
    // The rehost ($8,500 a workload) and its testing (40 h x $186,000 / 1,800 h) fall in
    // month 6, and only there; the dual months are billed month by month, not again as a
    // one-time estimate.
    let migration = monthly(&e.plan, Component::Migration, CostCloud::Aws);
    let move_cost = 8_500.0 + 40.0 * 186_000.0 / 1_800.0;
    for (m, v) in migration.iter().enumerate() {
        assert!(close(*v, if m == 6 { move_cost } else { 0.0 }), "month {m}: {v}");
    }
    assert!(e
        .plan
        .cost
        .lines
        .iter()
        .all(|l| !l.label.starts_with("Dual running")));
    let tokens = e.plan.cost.component_total(Component::Tokens);
    assert!(close(
        tokens,
        6.0 * 5_500.0 + 2.0 * (2_750.0 + 3_025.0) + 28.0 * 6_050.0
    ));
    // The Azure tooling stops when the last workload leaves Azure (month 8).
    let tooling = monthly(&e.plan, Component::Tooling, CostCloud::Azure);
    assert!(tooling[7] > 0.0 && tooling[8] == 0.0, "{:?}", &tooling[6..10]);
    // One-time costs sit in their month, so the run-rate of the last year is AWS alone.
    assert!(e.plan.cost.run_rate < e.plan.cost.monthly[20] + 1e-9);
}

#[test]
fn an_agent_on_aws_before_frontier_runs_on_azure_until_the_date_and_the_date_moves_the_wave() {
    let mut w = Workload::new(WorkloadId(2), WorkloadKind::FrontierAgentTeam, "Agents".into());
    w.placement = Placement::Aws;
    let mut s = flat(vec![w]);
    s.start = YearMonth { year: 2026, month: 5 };
    let months_on = |e: &Evaluation, cloud| {
        let runtime = monthly(&e.plan, Component::AgentRuntime, cloud);
        runtime.iter().position(|v| *v > 0.0)
    };
    // Frontier on AWS from 2026-09: May to August on Azure, AWS from month 4.
    let e = eval(&s);
    assert_eq!(months_on(&e, CostCloud::Aws), Some(4));
    let azure = monthly(&e.plan, Component::AgentRuntime, CostCloud::Azure);
    assert!(azure[..4].iter().all(|v| *v > 0.0) && azure[4..].iter().all(|v| *v == 0.0));
    // Editing the date moves the wave: 2027-03 is month 10.
    s.overrides.insert("availability.aws.frontier".into(), 202_703.0);
    let later = eval(&s);
    assert_eq!(months_on(&later, CostCloud::Aws), Some(10));
    // Waiting instead: nothing billed before the date, on either cloud.
    s.workloads[0].while_unavailable = WhileUnavailable::Wait;
    let waits = eval(&s);
    assert_eq!(months_on(&waits, CostCloud::Aws), Some(10));
    assert_eq!(months_on(&waits, CostCloud::Azure), None);
    assert!(waits.plan.cost.monthly[..10].iter().all(|v| *v == 0.0));
    // The board reads the same: waiting in months 0-9, on AWS from month 10.
    let agents = waits.plan.cost.workload(WorkloadId(2)).expect("priced");
    let until = Waiting::Until {
        month: 10,
        on: Placement::Aws,
    };
    assert_eq!(agents.waiting_in(0, 36), Some(until));
    assert_eq!(agents.waiting_in(9, 36), Some(until));
    assert_eq!(agents.waiting_in(10, 36), None);
    // A date past the plan: it waits through it.
    s.overrides.insert("availability.aws.frontier".into(), 203_101.0);
    let never = eval(&s);
    let agents = never.plan.cost.workload(WorkloadId(2)).expect("priced");
    assert_eq!(agents.waiting_in(35, 36), Some(Waiting::PastThePlan));
    assert_eq!(agents.waiting_in(36, 36), None);
}

#[test]
fn a_move_when_available_lands_on_the_date_and_the_monte_carlo_follows_it() {
    let mut w = Workload::new(WorkloadId(2), WorkloadKind::FrontierAgentTeam, "Agents".into());
    w.placement = Placement::Azure;
    w.runs_today = Location::Azure;
    w.moves = vec![Move::new(MoveAt::WhenAvailable, Placement::Aws)];
    let mut s = flat(vec![w]);
    s.start = YearMonth { year: 2026, month: 5 };
    let e = eval(&s);
    let aws = monthly(&e.plan, Component::AgentRuntime, CostCloud::Aws);
    assert_eq!(aws.iter().position(|v| *v > 0.0), Some(4));
    // The reduced model used for sampling reproduces the engine with the date in force...
    let model = CostModel::new(&s).expect("valid");
    assert!(close(model.plan_total(model.base()), e.plan.cost.horizon_total));
    // ...and moves the wave with another date, as the engine does.
    let mut later = s.clone();
    later
        .overrides
        .insert("availability.aws.frontier".into(), 202_611.0);
    let moved = CostModel::new(&later).expect("valid");
    assert!(close(
        moved.plan_total(moved.base()),
        eval(&later).plan.cost.horizon_total
    ));
    assert!(!close(moved.plan_total(moved.base()), e.plan.cost.horizon_total));
}

#[test]
fn bad_schedules_are_refused_and_say_why() {
    let mut w = chatbot(Placement::Azure);
    w.moves = vec![Move::new(MoveAt::Month(40), Placement::Aws)];
    let err = evaluate(&flat(vec![w])).expect_err("outside the horizon");
    assert_eq!(
        err.to_string(),
        "The scenario is not valid: workload \"Chatbot\": move 1 is in month 40; moves fall between month 1 and month 35 of the plan"
    );
}

/// The month from which `w`'s needs are met on `cloud` (0 if from the start), None if never.
fn first_month_available(s: &Scenario, w: &Workload, cloud: Cloud) -> Option<usize> {
    let r = cloudsplit::engine::Assumptions::resolve(&s.overrides).expect("valid");
    if w.runs_today.is(cloud) {
        return Some(0);
    }
    let mut month = 0;
    for capability in availability::needs(w) {
        match availability::availability(&r, capability, cloud) {
            Availability::Always => {}
            Availability::Never => return None,
            Availability::From(d) => month = month.max(s.start.months_until(d).max(0) as usize),
        }
    }
    Some(month)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// No month is billed on a cloud before what the workload needs is there (workaround and
    /// comparator rules count as there: they are priced as such).
    #[test]
    fn no_month_is_billed_before_the_capability_arrives(s in scenario_with_moves()) {
        let e = evaluate(&s).expect("valid");
        for r in e.strategies() {
            // Migration is paid on arrival; egress is billed by the cloud the data leaves.
            let run = |l: &&cloudsplit::engine::CostLine| !matches!(l.component, Component::Migration | Component::Egress);
            for line in r.cost.lines.iter().filter(run) {
                let (Some(id), Some(cloud)) = (line.workload, cost_cloud(line.cloud)) else { continue };
                let Some(w) = s.workload(id) else { continue };
                let from = line.months.map_or(0, |(from, _)| from);
                match first_month_available(&s, w, cloud) {
                    Some(m) => prop_assert!(from >= m.min(s.horizon_months()) || uses_comparator_or_workaround(w, cloud),
                        "{:?} {} on {:?} from month {} before {}", r.strategy, line.label, cloud, from, m),
                    None => prop_assert!(uses_comparator_or_workaround(w, cloud), "{} billed on {:?}", line.label, cloud),
                }
            }
        }
    }

    /// Without moves, and from a start when every capability is on both clouds, every line
    /// is billed over the whole horizon: the one-place model.
    #[test]
    fn without_moves_every_line_runs_the_whole_horizon(s in scenario()) {
        let mut s = s;
        s.start = s.start.max(YearMonth { year: 2027, month: 1 });
        let e = evaluate(&s).expect("valid");
        for r in e.strategies() {
            // A commitment's shortfall falls in the last month of its year, schedule or not.
            let scheduled = |l: &&cloudsplit::engine::CostLine| l.component != Component::CommitmentShortfall;
            prop_assert!(r.cost.lines.iter().filter(scheduled).all(|l| l.months.is_none()), "{:?}", r.strategy);
        }
    }

    /// A move's months after it cost what the new place costs from the start, and the months
    /// before it what the old place costs.
    #[test]
    fn a_move_splits_the_months_between_the_two_places(s in scenario(), pick in any::<prop::sample::Index>(), at in 1_u16..12) {
        let mut s = s;
        prop_assume!(!s.workloads.is_empty());
        s.start = s.start.max(YearMonth { year: 2027, month: 1 });
        let mut w = pick.get(&s.workloads).clone();
        w.placement = Placement::Azure;
        w.runs_today = Location::Azure;
        let mut on_aws = w.clone();
        on_aws.placement = Placement::Aws;
        w.moves = vec![Move { at: MoveAt::Month(at), to: Placement::Aws, dual_months: 0, dual_azure_percent: 50 }];
        let alone = |w: Workload| Scenario { workloads: vec![w], ..s.clone() };
        let (moved, azure, aws) = (eval(&alone(w.clone())), eval(&alone({ w.moves.clear(); w })), eval(&alone(on_aws)));
        for c in [Component::Tokens, Component::AgentRuntime, Component::StateStorage] {
            let m_azure = monthly(&moved.plan, c, CostCloud::Azure);
            let m_aws = monthly(&moved.plan, c, CostCloud::Aws);
            let a_azure = monthly(&azure.plan, c, CostCloud::Azure);
            let b_aws = monthly(&aws.plan, c, CostCloud::Aws);
            for m in 0..s.horizon_months() {
                let (want_azure, want_aws) = if m < usize::from(at) { (a_azure[m], 0.0) } else { (0.0, b_aws[m]) };
                prop_assert!(close(m_azure[m], want_azure), "{:?} Azure month {}: {} vs {}", c, m, m_azure[m], want_azure);
                prop_assert!(close(m_aws[m], want_aws), "{:?} AWS month {}: {} vs {}", c, m, m_aws[m], want_aws);
            }
        }
    }

    /// The sampler's reduced model reproduces the engine with schedules, month by month.
    #[test]
    fn the_reduced_model_reproduces_scheduled_plans(s in scenario_with_moves()) {
        let e = evaluate(&s).expect("valid");
        let model = CostModel::new(&s).expect("valid");
        let o = model.outcome(model.base());
        for (t, r) in model.totals(&o).iter().zip(e.strategies()) {
            prop_assert!(close(*t, r.cost.horizon_total), "{:?}: {} vs {}", r.strategy, t, r.cost.horizon_total);
        }
        let mut ok = true;
        model.cumulative(&o, |m, cum| {
            ok &= close(cum[0], e.plan.cost.cumulative[m]);
        });
        prop_assert!(ok);
    }

    /// Staying as today is priced by a pass that keeps only the series: it is exactly what a
    /// full evaluation of the board left as today gives its plan, commitments included (their
    /// own discounts and their shortfalls).
    #[test]
    fn staying_as_today_is_the_full_price_of_the_board_left_as_today(
        mut s in scenario_with_moves(),
        discounts in (prop::option::of(0.0..40.0_f64), prop::option::of(0.0..40.0_f64)),
        term_years in 0_u8..=3,
    ) {
        commit(&mut s, discounts, term_years);
        let e = evaluate(&s).expect("valid");
        let today = evaluate(&left_as_today(&s)).expect("valid");
        prop_assert_eq!(&e.against_today.monthly, &today.plan.cost.monthly);
        prop_assert_eq!(e.against_today.total, today.plan.cost.horizon_total);
        prop_assert_eq!(e.against_today.present_value, today.plan.cost.present_value);
    }

    /// A reference strategy costs exactly what the plan of the board placed its way (every
    /// workload there, no moves) does, line by line. A reference's pass replays the lines
    /// an earlier pass priced for a workload in the same phases; a plan's pass comes first
    /// and prices every workload itself.
    #[test]
    fn each_reference_is_the_plan_of_the_board_placed_its_way(
        mut s in scenario_with_moves(),
        discounts in (prop::option::of(0.0..40.0_f64), prop::option::of(0.0..40.0_f64)),
        term_years in 0_u8..=3,
    ) {
        commit(&mut s, discounts, term_years);
        let e = evaluate(&s).expect("valid");
        for reference in e.references() {
            let mut placed = s.clone();
            for w in &mut placed.workloads {
                w.placement = reference.strategy.placement(w);
                w.moves.clear();
            }
            let plan = evaluate(&placed).expect("valid").plan;
            prop_assert_eq!(&reference.cost, &plan.cost, "{:?}", reference.strategy);
        }
    }
}

/// Commitments with their own discounts (or none) on both clouds, of `term_years`.
fn commit(s: &mut Scenario, discounts: (Option<f64>, Option<f64>), term_years: u8) {
    for (discount, commitment, contract) in [
        (
            discounts.0,
            &mut s.org.azure_commitment,
            &mut s.org.azure_contract,
        ),
        (discounts.1, &mut s.org.aws_commitment, &mut s.org.aws_contract),
    ] {
        commitment.discount_percent = discount;
        commitment.term_years = term_years;
        *contract |= discount.is_some();
    }
}

fn cost_cloud(c: CostCloud) -> Option<Cloud> {
    match c {
        CostCloud::Azure => Some(Cloud::Azure),
        CostCloud::Aws => Some(Cloud::Aws),
        CostCloud::CrossCloud => None,
    }
}

/// Frontier on Azure is built around with Foundry, embeddings on AWS use a comparator: both
/// are priced from the start by design.
fn uses_comparator_or_workaround(w: &Workload, cloud: Cloud) -> bool {
    (cloud == Cloud::Azure && w.kind.is_stateful()) || (cloud == Cloud::Aws && w.model.is_embedding())
}

#[test]
fn schedules_travel_in_files_and_older_files_open_without_moves() {
    use cloudsplit::engine::io::scenario_file;
    let mut w = chatbot(Placement::Azure);
    w.moves = vec![Move::new(MoveAt::Month(6), Placement::Aws)];
    w.while_unavailable = WhileUnavailable::Wait;
    let s = flat(vec![w]);
    let text = scenario_file::export(&s);
    assert!(text.contains("\"moves\"") && text.contains("\"while_unavailable\""));
    assert_eq!(scenario_file::import(text.as_bytes()), Ok(s.clone()));
    // A file written before schedules existed has neither field: it opens with no moves.
    let unscheduled = flat(vec![chatbot(Placement::Azure)]);
    let old = scenario_file::export(&unscheduled);
    assert!(!old.contains("\"moves\""));
    let opened = scenario_file::import(old.as_bytes()).expect("opens");
    assert!(opened.workloads[0].moves.is_empty());
    assert_eq!(
        opened.workloads[0].while_unavailable,
        WhileUnavailable::RunWhereAvailable
    );
    // A file with a move outside the plan is refused in plain words; nothing else is touched.
    let mut bad = s.clone();
    bad.workloads[0].moves[0].at = MoveAt::Month(60);
    let err = scenario_file::import(scenario_file::export(&bad).as_bytes()).expect_err("refused");
    assert!(err.to_string().contains("move 1 is in month 60"), "{err}");
}
