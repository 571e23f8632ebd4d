//! The figures behind the charts as CSV: one row per month, strategy, component and cloud,
//! so a spreadsheet can pivot them. Text fields are quoted and formula-like text is
//! defused, because a shared scenario is untrusted and spreadsheets execute `=...`.
//! Amounts are in the scenario's currency, which the amount columns' names give (`usd`, `eur`).

use crate::model::scenario::Scenario;
use crate::model::schedule;
use crate::{Evaluation, PhaseSpan};

/// The amount columns' suffix: the currency's code in lower case (`eur`).
fn unit(e: &Evaluation) -> String {
    e.currency.code.to_ascii_lowercase()
}

pub fn monthly_by_component(e: &Evaluation) -> String {
    let mut out = format!("month,strategy,component,cloud,{}\n", unit(e));
    for s in e.strategies() {
        for cell in &s.cost.breakdown {
            for (i, amount) in cell.monthly.iter().enumerate() {
                if *amount == 0.0 {
                    continue;
                }
                out.push_str(&format!(
                    "{},{},{},{},{:.2}\n",
                    e.month(i),
                    field(s.strategy.label()),
                    field(cell.component.label()),
                    field(cell.cloud.label()),
                    e.currency.from_usd(*amount)
                ));
            }
        }
    }
    out
}

/// Per-workload figures of the plan: the schedule the user set, where it is priced month by
/// month (`2027-01..2027-06 Azure; 2027-07..2027-08 Both (50% Azure); ...`, waiting months
/// left out), and its totals.
pub fn workloads(e: &Evaluation, scenario: &Scenario) -> String {
    let u = unit(e);
    let mut out =
        format!("workload,starts_on,schedule,priced_months,horizon_{u},one_time_{u},first_year_run_{u}\n");
    for w in &scenario.workloads {
        let Some(c) = e.plan.cost.workload(w.id) else {
            continue;
        };
        let schedule = schedule::describe(w.placement, &w.moves, |m| e.month(usize::from(m)).to_string());
        out.push_str(&format!(
            "{},{},{},{},{:.2},{:.2},{:.2}\n",
            field(&w.name),
            field(&schedule::place_label(c.placement)),
            field(&schedule),
            field(&priced_months(e, &c.phases)),
            e.currency.from_usd(c.total),
            e.currency.from_usd(c.one_time),
            e.currency.from_usd(c.first_year_run)
        ));
    }
    out
}

/// The months each phase is priced, first and last month inclusive, with its place and why.
fn priced_months(e: &Evaluation, phases: &[PhaseSpan]) -> String {
    phases
        .iter()
        .filter(|p| p.to > p.from)
        .map(|p| {
            let why = match (p.dual_run, p.waiting_for) {
                (true, _) => " while both run",
                (false, Some(_)) => " until available where planned",
                (false, None) => "",
            };
            format!(
                "{}..{} {}{why}",
                e.month(p.from),
                e.month(p.to - 1),
                schedule::place_label(p.placement)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A quoted CSV field; a leading `=`, `+`, `-`, `@` or tab is prefixed with `'` so a
/// spreadsheet shows it as text instead of running it.
pub fn field(text: &str) -> String {
    let defused = match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    };
    format!("\"{}\"", defused.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evaluate;
    use crate::model::catalog::WorkloadKind;
    use crate::model::scenario::{Scenario, Zone};

    #[test]
    fn fields_are_quoted_and_formulas_defused() {
        assert_eq!(field("Azure"), "\"Azure\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(
            field("<script>alert(1)</script>"),
            "\"<script>alert(1)</script>\""
        );
    }

    #[test]
    fn one_row_per_month_strategy_component_and_cloud() {
        let mut s = Scenario::default();
        let id = s.add_workload(WorkloadKind::SupportChatbot);
        s.move_to(id, Zone::Azure);
        let e = evaluate(&s).expect("valid");
        let csv = monthly_by_component(&e);
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some("month,strategy,component,cloud,usd"));
        let rows: Vec<&str> = lines.collect();
        assert!(rows
            .iter()
            .any(|r| r.starts_with("2027-01,\"Your plan\",\"Inference tokens\",\"Azure\",")));
        assert!(rows.iter().all(|r| r.split(',').count() == 5));
        let plan_sum: f64 = rows
            .iter()
            .filter(|r| r.contains("\"Your plan\""))
            .filter_map(|r| r.rsplit(',').next()?.parse::<f64>().ok())
            .sum();
        assert!(
            (plan_sum - e.plan.cost.horizon_total).abs() < 1.0,
            "{plan_sum} vs {}",
            e.plan.cost.horizon_total
        );
    }

    #[test]
    fn amounts_and_their_column_follow_the_currency() {
        use crate::model::currency::Currency;
        use crate::model::scenario::YearMonth;
        let mut s = Scenario::default();
        let id = s.add_workload(WorkloadKind::SupportChatbot);
        s.move_to(id, Zone::Azure);
        let usd = evaluate(&s).expect("valid");
        s.currency = Currency::eur()
            .with_rate(
                0.92,
                YearMonth {
                    year: 2026,
                    month: 10,
                },
            )
            .expect("valid");
        let eur = evaluate(&s).expect("valid");
        let csv = monthly_by_component(&eur);
        assert_eq!(csv.lines().next(), Some("month,strategy,component,cloud,eur"));
        let plan_sum: f64 = csv
            .lines()
            .skip(1)
            .filter(|r| r.contains("\"Your plan\""))
            .filter_map(|r| r.rsplit(',').next()?.parse::<f64>().ok())
            .sum();
        assert!(
            (plan_sum - usd.plan.cost.horizon_total * 0.92).abs() < 1.0,
            "{plan_sum}"
        );
        let rows = workloads(&eur, &s);
        assert!(rows.starts_with(
            "workload,starts_on,schedule,priced_months,horizon_eur,one_time_eur,first_year_run_eur\n"
        ));
    }

    #[test]
    fn each_workload_row_has_its_schedule_and_the_months_it_is_priced_where() {
        use crate::model::scenario::Placement;
        use crate::model::schedule::{Move, MoveAt};
        let mut s = Scenario::default();
        let id = s.add_workload(WorkloadKind::SupportChatbot);
        s.move_to(id, Zone::Azure);
        s.workloads[0].name = "=Chat".to_owned();
        s.workloads[0].moves = vec![Move {
            at: MoveAt::Month(6),
            to: Placement::Aws,
            dual_months: 2,
            dual_azure_percent: 50,
        }];
        let e = evaluate(&s).expect("valid");
        let csv = workloads(&e, &s);
        let row = csv.lines().nth(1).expect("a row");
        assert!(
            row.starts_with(
                "\"'=Chat\",\"Azure\",\"Azure -> AWS in 2027-07, 2 months both\",\
                 \"2027-01..2027-06 Azure; 2027-07..2027-08 Both (50% Azure) while both run; \
                 2027-09..2029-12 AWS\","
            ),
            "{row}"
        );
        let total: f64 = row
            .rsplit(',')
            .nth(2)
            .and_then(|v| v.parse().ok())
            .expect("amount");
        let w = e.plan.cost.workload(id).expect("priced");
        assert!((total - w.total).abs() < 0.01, "{total} vs {}", w.total);
    }
}
