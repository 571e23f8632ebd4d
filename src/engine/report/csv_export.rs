//! The figures behind the charts as CSV: one row per month, strategy, component and cloud,
//! so a spreadsheet can pivot them. Text fields are quoted and formula-like text is
//! defused, because a shared scenario is untrusted and spreadsheets execute `=...`.

use crate::engine::Evaluation;

pub fn monthly_by_component(e: &Evaluation) -> String {
    let mut out = String::from("month,strategy,component,cloud,usd\n");
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
                    amount
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
    let mut out =
        String::from("workload,placement_azure_share,horizon_usd,one_time_usd,first_year_run_usd\n");
    for w in &e.plan.cost.workloads {
        let (azure, _) = w.placement.shares();
        out.push_str(&format!(
            "{},{:.2},{:.2},{:.2},{:.2}\n",
            field(&name_of(w.id)),
            azure,
            w.total,
            w.one_time,
            w.first_year_run
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
}
