//! Hand-computed cases for the procurement lead's and the CFO's levers (issue #18): spend
//! commitments (their discount, shortfall and the finding when they outlast a move), present
//! value at the discount rate, payback against staying as today, and provisioned throughput. Growth, price decline and
//! salary growth are off, so a month's bill is the month-0 bill.

mod common;

use cloudsplit::engine::model::capacity::{Capacity, Provisioning, PtuDeployment, PtuTerm};
use cloudsplit::engine::model::catalog::{Model, WorkloadKind};
use cloudsplit::engine::model::scenario::{Commitment, Location, Placement, Scenario, YearMonth};
use cloudsplit::engine::model::schedule::{Move, MoveAt, WhileUnavailable};
use cloudsplit::engine::{
    evaluate, Component, CostCloud, Evaluation, FindingKind, NotProvisioned, PlanPayback, ProvisionedSizing,
    Severity, StrategyResult,
};
use common::{flat, placed};

fn eval(s: &Scenario) -> Evaluation {
    evaluate(s).expect("valid scenario")
}

/// What `cloud` bills in month `m` (tokens, runtime, storage, egress, tooling).
fn bill(r: &StrategyResult, cloud: CostCloud, m: usize) -> f64 {
    r.cost
        .breakdown
        .iter()
        .filter(|c| c.cloud == cloud && c.component.is_cloud_bill())
        .map(|c| c.monthly[m])
        .sum()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * b.abs().max(1.0)
}

/// One chatbot on AWS, new, 2027-01 for three years, with an AWS contract.
fn chatbot_on_aws() -> Scenario {
    let mut s = flat(vec![placed(1, WorkloadKind::SupportChatbot, Placement::Aws)]);
    s.org.aws_contract = true;
    s
}

#[test]
fn a_commitment_year_that_bills_less_pays_the_difference() {
    let base = chatbot_on_aws();
    let b = bill(&eval(&base).plan, CostCloud::Aws, 0);
    assert!(b > 0.0);
    // Committed: a year of bills plus 12,000, so each of the three years is 12,000 short,
    // paid in months 11, 23 and 35.
    let mut s = base.clone();
    s.org.aws_commitment = Commitment {
        annual_usd: 12.0 * b + 12_000.0,
        ..Commitment::default()
    };
    let e = eval(&s);
    let shortfall = e
        .plan
        .cost
        .cell(Component::CommitmentShortfall, CostCloud::Aws)
        .expect("a shortfall");
    for (m, v) in shortfall.monthly.iter().enumerate() {
        let want = if [11, 23, 35].contains(&m) { 12_000.0 } else { 0.0 };
        assert!(close(*v, want), "month {m}: {v}");
    }
    assert!(close(
        e.plan.cost.horizon_total - eval(&base).plan.cost.horizon_total,
        36_000.0
    ));
    let finding = e
        .plan
        .cost
        .findings
        .iter()
        .find(|f| matches!(f.kind, FindingKind::CommitmentUnused { .. }))
        .expect("a finding");
    assert_eq!(finding.severity, Severity::Warning);
    assert!(
        finding
            .message(&e.currency)
            .contains("$36,000 of committed spend is paid unused"),
        "{}",
        finding.message(&e.currency)
    );

    // A dollar under a year of bills: used up, no shortfall and no finding.
    s.org.aws_commitment.annual_usd = 12.0 * b - 1.0;
    let e = eval(&s);
    assert!(e
        .plan
        .cost
        .cell(Component::CommitmentShortfall, CostCloud::Aws)
        .is_none());
    assert!(!e
        .plan
        .cost
        .findings
        .iter()
        .any(|f| matches!(f.kind, FindingKind::CommitmentUnused { .. })));
}

#[test]
fn a_year_cut_by_the_plan_is_judged_on_its_months_in_the_plan() {
    let base = chatbot_on_aws();
    let b = bill(&eval(&base).plan, CostCloud::Aws, 0);
    // Three years to 2027-06: its last year is 2026-07..2027-06, six months of it in the plan.
    // 24b a year pro-rated to six months is 12b against 6b billed: 6b short, paid in month 5.
    let mut s = base.clone();
    s.org.aws_commitment = Commitment {
        annual_usd: 24.0 * b,
        ends: YearMonth::new(2027, 6),
        term_years: 3,
        discount_percent: None,
    };
    let e = eval(&s);
    let cell = e
        .plan
        .cost
        .cell(Component::CommitmentShortfall, CostCloud::Aws)
        .expect("a shortfall");
    assert!(
        close(cell.monthly[5], 6.0 * b),
        "{} vs {}",
        cell.monthly[5],
        6.0 * b
    );
    assert!(close(cell.total, 6.0 * b));
}

#[test]
fn a_commitments_own_discount_replaces_the_flat_one_in_its_months() {
    let mut base = chatbot_on_aws();
    base.org.aws_discount_percent = 10.0;
    let before = eval(&base);
    let b = bill(&before.plan, CostCloud::Aws, 0);
    // One year to 2027-12 at 28% off list: months 0-11 bill 0.72 / 0.90 = 0.8 of the flat
    // discount's bill, later months are unchanged.
    let mut s = base.clone();
    s.org.aws_commitment = Commitment {
        annual_usd: 0.0,
        ends: YearMonth::new(2027, 12),
        term_years: 1,
        discount_percent: Some(28.0),
    };
    let e = eval(&s);
    assert!(close(bill(&e.plan, CostCloud::Aws, 0), 0.8 * b));
    assert!(close(bill(&e.plan, CostCloud::Aws, 11), 0.8 * b));
    assert!(close(bill(&e.plan, CostCloud::Aws, 12), b));
    let saved = before.plan.cost.horizon_total - e.plan.cost.horizon_total;
    assert!(close(saved, 12.0 * 0.2 * b), "{saved}");
    assert!(close(e.plan.cost.commitment_effect.iter().sum::<f64>(), -saved));
    // The lines say so, and still add up to the total.
    assert!(e
        .plan
        .cost
        .lines
        .iter()
        .filter(|l| l.cloud == CostCloud::Aws && l.component.is_cloud_bill())
        .all(|l| l.commitment_discount_percent == Some(28.0)));
    let lines: f64 = e.plan.cost.lines.iter().map(|l| l.total).sum();
    assert!(close(lines, e.plan.cost.horizon_total));
    // The workload's own figures follow its lines: its share of the saving, and its first
    // year all inside the commitment.
    let (w_before, w_after) = (&before.plan.cost.workloads[0], &e.plan.cost.workloads[0]);
    let own: f64 = e.plan.cost.lines_for(w_after.id).map(|l| l.total).sum();
    assert!(close(w_after.total, own));
    let own_first_year: f64 = before
        .plan
        .cost
        .lines_for(w_before.id)
        .filter(|l| l.component.is_cloud_bill())
        .map(|l| l.first_month * 12.0)
        .sum();
    assert!(close(
        w_before.first_year_run - w_after.first_year_run,
        0.2 * own_first_year
    ));
    // Without a contract the commitment is not read.
    s.org.aws_contract = false;
    assert!(close(
        eval(&s).plan.cost.horizon_total,
        before.plan.cost.horizon_total
    ));
}

#[test]
fn a_commitment_that_outlasts_a_move_off_its_cloud_is_a_red_flag() {
    // Runs on Azure today; the plan keeps it there six months, then moves it to AWS, while
    // the Azure commitment runs to 2028-12 at twice a year of its bills.
    let mut w = placed(1, WorkloadKind::SupportChatbot, Placement::Azure);
    w.runs_today = Location::Azure;
    w.moves = vec![Move {
        at: MoveAt::Month(6),
        to: Placement::Aws,
        dual_months: 0,
        dual_azure_percent: 50,
    }];
    let mut s = flat(vec![w]);
    let on_azure = bill(&eval(&s).plan, CostCloud::Azure, 0);
    s.org.azure_contract = true;
    s.org.azure_commitment = Commitment {
        annual_usd: 24.0 * on_azure,
        ends: YearMonth::new(2028, 12),
        ..Commitment::default()
    };
    let e = eval(&s);
    let f = e
        .plan
        .cost
        .findings
        .iter()
        .find(|f| matches!(f.kind, FindingKind::CommitmentUnused { .. }))
        .expect("a finding");
    assert_eq!(f.severity, Severity::RedFlag);
    assert_eq!(
        f.kind,
        FindingKind::CommitmentUnused {
            ends: YearMonth::new(2028, 12),
            leaves: YearMonth::new(2027, 7),
            shortfall: f.cost.unwrap_or(0.0),
        }
    );
    // 2027: 24 committed, 6 billed (the overheads on Azure stop with the move too): at least 18
    // short; 2028: nothing billed, 24 short.
    assert!(f.cost.unwrap_or(0.0) >= 42.0 * on_azure * 0.999, "{:?}", f.cost);
    assert!(
        f.message(&e.currency)
            .contains("work moves off Azure from 2027-07"),
        "{}",
        f.message(&e.currency)
    );
}

/// The month the Azure commitment's finding says work moves off Azure.
fn leaves_azure(s: &Scenario) -> Option<YearMonth> {
    eval(s).plan.cost.findings.iter().find_map(|f| match f.kind {
        FindingKind::CommitmentUnused { leaves, .. } => leaves,
        _ => None,
    })
}

#[test]
fn a_workload_that_waits_leaves_its_cloud_when_it_stops_there_not_when_it_arrives() {
    // An agent team on Azure today, planned on AWS, where Frontier arrives in 2027-04
    // (month 3). Running where it is available, it stays on Azure until then; waiting, it
    // stops on Azure at the plan's start and nothing runs until 2027-04.
    let mut w = placed(1, WorkloadKind::FrontierAgentTeam, Placement::Aws);
    w.runs_today = Location::Azure;
    let mut s = flat(vec![w]);
    s.overrides.insert("availability.aws.frontier".into(), 202_704.0);
    s.org.azure_contract = true;
    s.org.azure_commitment = Commitment {
        annual_usd: 1_000.0,
        ends: YearMonth::new(2028, 12),
        ..Commitment::default()
    };
    assert_eq!(leaves_azure(&s), Some(YearMonth { year: 2027, month: 4 }));
    s.workloads[0].while_unavailable = WhileUnavailable::Wait;
    assert_eq!(leaves_azure(&s), Some(YearMonth { year: 2027, month: 1 }));
    // Planned on Azure, moving to AWS in month 6 and waiting there for a Frontier that comes
    // only after the plan: it stops on Azure in 2027-07 and runs nowhere after.
    s.workloads[0].placement = Placement::Azure;
    s.workloads[0].moves = vec![Move {
        at: MoveAt::Month(6),
        to: Placement::Aws,
        dual_months: 0,
        dual_azure_percent: 50,
    }];
    s.overrides.insert("availability.aws.frontier".into(), 203_101.0);
    assert_eq!(leaves_azure(&s), Some(YearMonth { year: 2027, month: 7 }));
}

#[test]
fn present_value_discounts_each_month_from_the_start() {
    let mut s = chatbot_on_aws();
    s.overrides.insert("finance.discount-rate-per-year".into(), 10.0);
    let e = eval(&s);
    let by_hand: f64 = e
        .plan
        .cost
        .monthly
        .iter()
        .enumerate()
        .map(|(m, v)| v / 1.1_f64.powf(m as f64 / 12.0))
        .sum();
    assert!(close(e.plan.cost.present_value, by_hand));
    assert!(e.plan.cost.present_value < e.plan.cost.horizon_total);
    s.overrides.insert("finance.discount-rate-per-year".into(), 0.0);
    let e = eval(&s);
    assert!(close(e.plan.cost.present_value, e.plan.cost.horizon_total));
}

#[test]
fn the_plan_pays_back_against_staying_where_it_runs_today() {
    // Runs on Azure today; the plan moves it to AWS at the start (paying the move).
    let mut w = placed(1, WorkloadKind::SupportChatbot, Placement::Aws);
    w.runs_today = Location::Azure;
    w.data_location = Location::Azure;
    let s = flat(vec![w]);
    let e = eval(&s);
    // Staying as today, by hand: on Azure, where it runs, for the whole horizon.
    let mut stay = s.clone();
    stay.workloads[0].placement = Placement::Azure;
    let today = eval(&stay);
    assert_eq!(today.plan.cost.workloads[0].placement, Placement::Azure);
    assert!(close(e.against_today.total, today.plan.cost.horizon_total));
    assert!(close(
        e.against_today.present_value,
        today.plan.cost.present_value
    ));
    // The payback month, from the two cumulative series by hand.
    let (plan, stay) = (&e.plan.cost.cumulative, &today.plan.cost.cumulative);
    match e.against_today.payback {
        PlanPayback::InMonth(m) => {
            assert!(plan[m] <= stay[m] + 0.01 && plan[m - 1] > stay[m - 1]);
            assert!((m..plan.len()).all(|k| plan[k] <= stay[k] + 0.01));
        }
        PlanPayback::NotWithinHorizon { extra } => assert!(close(extra, plan[35] - stay[35])),
        other => panic!("moving costs something first: {other:?}"),
    }
    // A plan that keeps everything where it runs today is the same as today.
    let mut same = s.clone();
    same.workloads[0].placement = Placement::Azure;
    assert_eq!(eval(&same).against_today.payback, PlanPayback::SameAsToday);
}

// ---------- Provisioned throughput ----------
//
// gpt-4.1 on Azure Global, 1,000 tokens in and 250 out a call, nothing cached or batched:
// pay-as-you-go is (1,000 x $2 + 250 x $8) / 1M = $0.004 a call; the capacity counts
// 1,000 + 4 x 250 = 2,000 input-equivalent tokens a call. A PTU serves 3,000 a minute, i.e.
// 3,000 x 43,800 = 131.4M a month at flat traffic (peak-to-average 1); a 1-year reservation
// is $2,652 / 12 = $221 a PTU a month; the minimum is 15 PTU ($3,315 a month).
// Break-even: 15 x 221 / ($0.004 / 2,000) = 1.6575B input-equivalent tokens a month, i.e.
// 828,750 calls, i.e. 828,750 x 1,250 / (365 / 12) = 34,058,219 tokens a day.

const BREAK_EVEN_CALLS: f64 = 828_750.0;

fn provisioned_chatbot(calls: f64, capacity: Capacity, units: Option<u32>) -> Scenario {
    let mut w = placed(1, WorkloadKind::SupportChatbot, Placement::Azure);
    w.model = Model::Gpt41;
    w.monthly_volume = calls;
    w.steps_per_session = 1.0;
    w.tokens_in = 1_000.0;
    w.tokens_out = 250.0;
    w.data_gb = 0.0;
    w.provisioning = Provisioning {
        capacity,
        deployment: Some(PtuDeployment::Global),
        term: PtuTerm::Yearly,
        units,
        peak_to_average: Some(1.0),
    };
    let mut s = flat(vec![w]);
    s.overrides.insert("usage.cached-input-share".into(), 0.0);
    s.overrides.insert("usage.batch-share".into(), 0.0);
    s
}

fn sizing(e: &Evaluation) -> ProvisionedSizing {
    e.plan.cost.workloads[0].provisioned.expect("sized")
}

fn token_lines(e: &Evaluation) -> f64 {
    e.plan
        .cost
        .lines
        .iter()
        .filter(|l| l.component == Component::Tokens)
        .map(|l| l.first_month)
        .sum()
}

#[test]
fn provisioned_breaks_even_where_the_minimum_costs_what_the_tokens_do() {
    let e = eval(&provisioned_chatbot(
        BREAK_EVEN_CALLS,
        Capacity::CheaperOfTheTwo,
        None,
    ));
    let s = sizing(&e);
    assert!(close(s.pay_as_you_go, 3_315.0), "{}", s.pay_as_you_go);
    assert_eq!(s.units, 15);
    assert!(close(s.provisioned, 3_315.0), "{}", s.provisioned);
    let per_day = s.break_even_tokens_per_day.expect("pays off at some volume");
    assert!((per_day - 34_058_219.0).abs() < 1.0, "{per_day}");

    // Below: half the calls cost $1,657.50 pay-as-you-go against the 15-PTU minimum.
    let below = eval(&provisioned_chatbot(
        BREAK_EVEN_CALLS / 2.0,
        Capacity::CheaperOfTheTwo,
        None,
    ));
    assert!(!sizing(&below).in_force);
    assert!(close(token_lines(&below), 1_657.5));

    // Above: three times the calls need 37.8 -> 40 PTU ($8,840) against $9,945 of tokens.
    let above = eval(&provisioned_chatbot(
        3.0 * BREAK_EVEN_CALLS,
        Capacity::CheaperOfTheTwo,
        None,
    ));
    let s = sizing(&above);
    assert_eq!(s.units, 40);
    assert!(s.in_force);
    assert!(close(s.pay_as_you_go, 9_945.0));
    assert!(close(token_lines(&above), 8_840.0), "{}", token_lines(&above));
    assert!(
        above.plan.cost.horizon_total
            < eval(&provisioned_chatbot(
                3.0 * BREAK_EVEN_CALLS,
                Capacity::PayAsYouGo,
                None
            ))
            .plan
            .cost
            .horizon_total
    );
}

#[test]
fn traffic_above_the_units_spills_to_pay_as_you_go() {
    // 15 PTU (45,000 a minute) for three times the break-even traffic, flat: 113,527 a minute
    // (2,486,250 calls x 2,000 / 43,800), so 1 - 45,000 / 113,527 = 60.4% spills.
    let e = eval(&provisioned_chatbot(
        3.0 * BREAK_EVEN_CALLS,
        Capacity::Provisioned,
        Some(15),
    ));
    let s = sizing(&e);
    let average = 3.0 * BREAK_EVEN_CALLS * 2_000.0 / 43_800.0;
    let spill = 1.0 - 45_000.0 / average;
    assert!(close(s.spill_share, spill));
    assert!(close(s.utilisation, 1.0));
    let spilled = e
        .plan
        .cost
        .lines
        .iter()
        .find(|l| {
            l.label
                .starts_with("Inference tokens above the provisioned capacity")
        })
        .expect("a spill line");
    assert!(close(spilled.first_month, spill * 9_945.0));
    assert!(close(token_lines(&e), 3_315.0 + spill * 9_945.0));
    // Entered units stay flat while traffic grows; sized units follow it.
    let units = |e: &Evaluation| {
        e.plan
            .cost
            .lines
            .iter()
            .find(|l| l.label.starts_with("Provisioned"))
            .map(|l| l.scaling)
    };
    assert_eq!(units(&e), Some(cloudsplit::engine::Scaling::Flat));
    let sized = eval(&provisioned_chatbot(
        3.0 * BREAK_EVEN_CALLS,
        Capacity::Provisioned,
        None,
    ));
    assert_eq!(units(&sized), Some(cloudsplit::engine::Scaling::Growth));
}

#[test]
fn provisioned_on_aws_or_for_a_model_azure_does_not_provision_is_priced_as_it_goes() {
    let mut s = provisioned_chatbot(3.0 * BREAK_EVEN_CALLS, Capacity::Provisioned, None);
    s.workloads[0].placement = Placement::Aws;
    let e = eval(&s);
    assert!(e.plan.cost.workloads[0].provisioned.is_none());
    assert!(e.plan.cost.findings.iter().any(|f| matches!(
        f.kind,
        FindingKind::PricedPayAsYouGo {
            reason: NotProvisioned::NoPublicPriceOnAws,
            ..
        }
    )));
    s.workloads[0].placement = Placement::Azure;
    s.workloads[0].model = Model::Gpt5Nano;
    let e = eval(&s);
    assert!(e.plan.cost.findings.iter().any(|f| matches!(
        f.kind,
        FindingKind::PricedPayAsYouGo {
            reason: NotProvisioned::ModelNotOffered,
            ..
        }
    )));
    // On both clouds, each says why.
    s.workloads[0].placement = Placement::Both { azure_percent: 60 };
    let reasons: Vec<_> = eval(&s)
        .plan
        .cost
        .findings
        .iter()
        .filter_map(|f| match f.kind {
            FindingKind::PricedPayAsYouGo { reason, .. } => Some(reason),
            _ => None,
        })
        .collect();
    assert_eq!(
        reasons,
        [
            NotProvisioned::ModelNotOffered,
            NotProvisioned::NoPublicPriceOnAws
        ]
    );
}
