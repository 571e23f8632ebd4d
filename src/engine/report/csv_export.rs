//! The figures behind the charts as CSV: one row per month, strategy, component and cloud,
//! so a spreadsheet can pivot them. Text fields are quoted and formula-like text is
//! defused, because a shared scenario is untrusted and spreadsheets execute `=...`.
//! Amounts are in the scenario's currency, which the amount columns' names give (`usd`, `eur`).

use crate::engine::Evaluation;

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

/// Per-workload totals of the plan, with the user's workload names.
pub fn workloads(
    e: &Evaluation,
    name_of: impl Fn(crate::engine::model::scenario::WorkloadId) -> String,
) -> String {
    let u = unit(e);
    let mut out = format!("workload,placement_azure_share,horizon_{u},one_time_{u},first_year_run_{u}\n");
    for w in &e.plan.cost.workloads {
        let (azure, _) = w.placement.shares();
        out.push_str(&format!(
            "{},{:.2},{:.2},{:.2},{:.2}\n",
            field(&name_of(w.id)),
            azure,
            e.currency.from_usd(w.total),
            e.currency.from_usd(w.one_time),
            e.currency.from_usd(w.first_year_run)
        ));
    }
    out
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
    use crate::engine::evaluate;
    use crate::engine::model::catalog::WorkloadKind;
    use crate::engine::model::scenario::{Scenario, Zone};

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
        use crate::engine::model::currency::Currency;
        use crate::engine::model::scenario::YearMonth;
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
        let names = workloads(&eur, |_| "Chat".to_owned());
        assert!(
            names.starts_with("workload,placement_azure_share,horizon_eur,one_time_eur,first_year_run_eur\n")
        );
    }
}
