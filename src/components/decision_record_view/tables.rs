//! The record's tables, as text: each reads one part of the decision record.

use super::record_table::{col, num, Column, Table};
use crate::engine::model::money::format_number;
use crate::engine::report::decision_record::DecisionRecord;
use crate::engine::CostCloud;

/// A first column, then one numeric column per strategy.
fn by_strategy(first: &str) -> Vec<Column> {
    let mut head = vec![col(first)];
    head.extend(DecisionRecord::strategy_labels().map(num));
    head
}

/// Where each workload runs and what it costs; none when the board is empty.
pub fn placements(r: &DecisionRecord) -> Option<Table> {
    (!r.placements.is_empty()).then(|| {
        let head = vec![
            col("Workload"),
            col("Kind"),
            col("Cloud"),
            col("Share"),
            col("Over time and capacity"),
            num("Horizon cost"),
        ];
        let rows = r
            .placements
            .iter()
            .map(|p| {
                vec![
                    p.name.clone(),
                    format!("{} ({})", p.kind, p.family),
                    p.cloud.to_owned(),
                    p.share.clone().unwrap_or_else(|| "—".to_owned()),
                    p.over_time.clone().unwrap_or_else(|| "—".to_owned()),
                    r.currency.format(p.horizon_cost),
                ]
            })
            .collect();
        Table { head, rows }
    })
}

/// Each strategy's headline figures, the cheapest reference and the advised one marked.
pub fn headline(r: &DecisionRecord) -> Table {
    let head = vec![
        col("Strategy"),
        num(&format!("{}-year TCO", r.years)),
        num("In today's money"),
        num("Run rate a month"),
        num("Governance h/month"),
        col("Risk"),
    ];
    let rows = r
        .headline
        .iter()
        .map(|h| {
            let marks: Vec<&str> = [
                (h.cheapest_reference, "cheapest reference"),
                (h.advised, "advised"),
            ]
            .into_iter()
            .filter(|(on, _)| *on)
            .map(|(_, m)| m)
            .collect();
            let name = if marks.is_empty() {
                h.strategy.to_owned()
            } else {
                format!("{} ({})", h.strategy, marks.join(", "))
            };
            vec![
                name,
                r.currency.format(h.tco),
                r.currency.format(h.present_value),
                r.currency.format(h.run_rate),
                format_number(h.governance_hours.round()),
                h.risk.to_owned(),
            ]
        })
        .collect();
    Table { head, rows }
}

pub fn tco_by_year(r: &DecisionRecord) -> Table {
    let rows = r
        .tco_by_year
        .iter()
        .map(|y| {
            let mut row = vec![y.label.clone()];
            row.extend(y.cumulative.map(|v| r.currency.format(v)));
            row
        })
        .collect();
    Table {
        head: by_strategy("Year"),
        rows,
    }
}

pub fn cost_by_component(r: &DecisionRecord) -> Table {
    let mut head = vec![col("Component")];
    head.extend(CostCloud::ALL.map(|c| num(c.label())));
    head.push(num("Total"));
    let rows = r
        .cost_by_component
        .iter()
        .map(|c| {
            let mut row = vec![c.component.to_owned()];
            row.extend(c.by_cloud.map(|v| r.currency.format(v)));
            row.push(r.currency.format(c.total));
            row
        })
        .collect();
    Table { head, rows }
}

pub fn governance(r: &DecisionRecord) -> Table {
    let rows = r
        .governance
        .iter()
        .map(|g| {
            let mut row = vec![g.dimension.to_owned()];
            row.extend(g.hours.map(|h| format_number(h.round())));
            row
        })
        .collect();
    Table {
        head: by_strategy("Dimension"),
        rows,
    }
}

/// The plan's top risks; none when nothing is placed.
pub fn risks(r: &DecisionRecord) -> Option<Table> {
    (!r.risks.is_empty()).then(|| {
        let head = vec![
            col("Risk"),
            col("Level"),
            num("Likelihood"),
            num("Impact"),
            col("Driven by"),
        ];
        let rows = r
            .risks
            .iter()
            .map(|x| {
                vec![
                    x.title.clone(),
                    x.level.to_owned(),
                    x.likelihood.to_string(),
                    x.impact.to_string(),
                    x.driver.clone(),
                ]
            })
            .collect();
        Table { head, rows }
    })
}

/// The assumptions set away from their defaults; none when all are at their defaults.
pub fn assumptions(r: &DecisionRecord) -> Option<Table> {
    (!r.assumptions.is_empty()).then(|| {
        let head = vec![
            col("Assumption"),
            num("Value"),
            num("Default"),
            col("Source of the default"),
            col("Set by"),
        ];
        let rows = r
            .assumptions
            .iter()
            .map(|a| {
                vec![
                    format!("{} ({})", a.label, a.id),
                    a.value.clone(),
                    a.default.clone(),
                    a.default_source.clone(),
                    a.set_by.clone(),
                ]
            })
            .collect();
        Table { head, rows }
    })
}
