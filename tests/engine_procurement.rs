//! Hand-computed cases for the procurement lead's and the CFO's levers (issue #18): spend
//! commitments (their discount, shortfall and the finding when they outlast a move), present
//! value at the discount rate, and payback against staying as today. Growth, price decline and
//! salary growth are off, so a month's bill is the month-0 bill.

mod common;

use cloudsplit::engine::analysis::payback::as_today;
use cloudsplit::engine::model::catalog::WorkloadKind;
use cloudsplit::engine::model::scenario::{Commitment, Location, Placement, Scenario, YearMonth};
use cloudsplit::engine::model::schedule::{Move, MoveAt};
use cloudsplit::engine::{
    evaluate, Component, CostCloud, Evaluation, FindingKind, PlanPayback, Severity, StrategyResult,
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
            .message()
            .contains("$36,000 of committed spend is paid unused"),
        "{}",
        finding.message()
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
        f.message().contains("work moves off Azure from 2027-07"),
        "{}",
        f.message()
    );
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
    let today = eval(&as_today(&s));
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
