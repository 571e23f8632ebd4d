//! Two scenarios side by side: the headline figures of each plan, their differences, and
//! which workloads sit in different places. Both are evaluated on the same private price
//! book, so a difference comes from the scenarios alone.

use serde::Serialize;

use crate::analysis::risk::RiskLevel;
use crate::io::price_book::PriceBook;
use crate::model::scenario::{Scenario, Workload, Zone};
use crate::model::schedule::{self, WhileUnavailable};
use crate::{evaluate_with, EngineError, Evaluation};

/// One scenario's figures in a comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    pub name: String,
    pub workloads: usize,
    pub horizon_months: usize,
    pub horizon_total: f64,
    pub run_rate: f64,
    pub governance_hours_per_month: f64,
    pub audits_per_year: u32,
    pub risk_score: u8,
    pub risk_level: RiskLevel,
    pub high_risks: u32,
    /// The framework's direction for the board, in words ("Azure-first", ...).
    pub advice: String,
}

/// A workload (matched by name) placed or scheduled differently, or only in one scenario.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlacementChange {
    pub name: String,
    /// Where it starts in each scenario.
    pub a: Option<Zone>,
    pub b: Option<Zone>,
    /// Its schedule in each scenario, in words with that scenario's months ("Azure -> AWS in
    /// 2027-07, 2 months both"; a workload that never moves is just its place).
    pub a_schedule: Option<String>,
    pub b_schedule: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub a: Side,
    pub b: Side,
    pub placements: Vec<PlacementChange>,
    /// The two plans cover different horizons: totals are not like for like.
    pub horizons_differ: bool,
}

impl Comparison {
    /// B minus A.
    pub fn tco_difference(&self) -> f64 {
        self.b.horizon_total - self.a.horizon_total
    }

    pub fn run_rate_difference(&self) -> f64 {
        self.b.run_rate - self.a.run_rate
    }

    pub fn governance_difference(&self) -> f64 {
        self.b.governance_hours_per_month - self.a.governance_hours_per_month
    }

    pub fn risk_difference(&self) -> i32 {
        i32::from(self.b.risk_score) - i32::from(self.a.risk_score)
    }
}

pub fn compare(a: &Scenario, b: &Scenario, book: Option<&PriceBook>) -> Result<Comparison, EngineError> {
    Ok(compare_evaluated(
        a,
        &evaluate_with(a, book)?,
        b,
        &evaluate_with(b, book)?,
    ))
}

/// [`compare`] for scenarios already evaluated (the board's evaluation is at hand in the app).
pub fn compare_evaluated(a: &Scenario, ea: &Evaluation, b: &Scenario, eb: &Evaluation) -> Comparison {
    let side = |s: &Scenario, e: &Evaluation| Side {
        name: s.name.clone(),
        workloads: s.workloads.len(),
        horizon_months: e.horizon_months,
        horizon_total: e.plan.cost.horizon_total,
        run_rate: e.plan.cost.run_rate,
        governance_hours_per_month: e.plan.governance.hours_per_month,
        audits_per_year: e.plan.governance.audits_per_year,
        risk_score: e.plan.risk.score,
        risk_level: e.plan.risk.level,
        high_risks: e.plan.risk.high_or_worse,
        advice: e
            .advice
            .recommended
            .map_or_else(|| "No advice yet".to_owned(), |d| d.label().to_owned()),
    };
    fn find<'a>(s: &'a Scenario, name: &str) -> Option<&'a Workload> {
        s.workloads.iter().find(|w| w.name == name)
    }
    let mut names: Vec<&str> = a
        .workloads
        .iter()
        .chain(&b.workloads)
        .map(|w| w.name.as_str())
        .collect();
    names.sort_unstable();
    names.dedup();
    let placements = names
        .into_iter()
        .filter_map(|name| {
            let (wa, wb) = (find(a, name), find(b, name));
            let same = match (wa, wb) {
                (Some(x), Some(y)) => {
                    x.placement == y.placement
                        && x.moves == y.moves
                        && x.while_unavailable == y.while_unavailable
                }
                _ => false,
            };
            (!same).then(|| PlacementChange {
                name: name.to_owned(),
                a: wa.map(|w| w.placement.zone()),
                b: wb.map(|w| w.placement.zone()),
                a_schedule: wa.map(|w| schedule_words(a, w)),
                b_schedule: wb.map(|w| schedule_words(b, w)),
            })
        })
        .collect();
    Comparison {
        a: side(a, ea),
        b: side(b, eb),
        placements,
        horizons_differ: ea.horizon_months != eb.horizon_months,
    }
}

fn schedule_words(s: &Scenario, w: &Workload) -> String {
    let plan = schedule::describe(w.placement, &w.moves, |m| {
        s.start.plus_months(i64::from(m)).to_string()
    });
    match w.while_unavailable {
        WhileUnavailable::RunWhereAvailable => plan,
        WhileUnavailable::Wait => format!("{plan}; waits for what it needs"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::WorkloadKind;

    fn board(name: &str, zones: &[(WorkloadKind, Zone)]) -> Scenario {
        let mut s = Scenario {
            name: name.into(),
            ..Scenario::default()
        };
        for (k, z) in zones {
            let id = s.add_workload(*k);
            s.move_to(id, *z);
        }
        s
    }

    #[test]
    fn a_scenario_against_itself_differs_in_nothing() {
        let s = board("Same", &[(WorkloadKind::SupportChatbot, Zone::Azure)]);
        let c = compare(&s, &s, None).expect("compares");
        assert_eq!(c.tco_difference(), 0.0);
        assert_eq!(c.governance_difference(), 0.0);
        assert_eq!(c.risk_difference(), 0);
        assert!(c.placements.is_empty());
        assert!(!c.horizons_differ);
    }

    #[test]
    fn moving_agents_to_a_second_cloud_shows_in_every_figure() {
        let a = board(
            "All Azure",
            &[
                (WorkloadKind::SupportChatbot, Zone::Azure),
                (WorkloadKind::FrontierAgentTeam, Zone::Azure),
            ],
        );
        let b = board(
            "Split",
            &[
                (WorkloadKind::SupportChatbot, Zone::Azure),
                (WorkloadKind::FrontierAgentTeam, Zone::Aws),
            ],
        );
        let c = compare(&a, &b, None).expect("compares");
        let ea = evaluate_with(&a, None).expect("a");
        let eb = evaluate_with(&b, None).expect("b");
        assert_eq!(
            c.tco_difference(),
            eb.plan.cost.horizon_total - ea.plan.cost.horizon_total
        );
        assert!(
            c.governance_difference() > 0.0,
            "a second cloud adds governance work"
        );
        assert_eq!(
            c.placements,
            [PlacementChange {
                name: "Frontier agent team".into(),
                a: Some(Zone::Azure),
                b: Some(Zone::Aws),
                a_schedule: Some("Azure".into()),
                b_schedule: Some("AWS".into()),
            }]
        );
        assert_eq!((c.a.name.as_str(), c.b.name.as_str()), ("All Azure", "Split"));
    }

    #[test]
    fn workloads_in_one_scenario_only_are_listed() {
        let a = board("A", &[(WorkloadKind::Embeddings, Zone::Aws)]);
        let b = board("B", &[]);
        let c = compare(&a, &b, None).expect("compares");
        assert_eq!(c.placements[0].b, None);
        assert_eq!(c.b.workloads, 0);
    }

    #[test]
    fn the_same_place_with_a_different_schedule_is_listed_with_both_schedules() {
        use crate::model::scenario::Placement;
        use crate::model::schedule::{Move, MoveAt};
        let a = board("Stay", &[(WorkloadKind::SupportChatbot, Zone::Azure)]);
        let mut b = a.clone();
        b.name = "Phased".into();
        b.workloads[0].moves = vec![Move::new(MoveAt::Month(6), Placement::Aws)];
        let c = compare(&a, &b, None).expect("compares");
        assert_eq!(c.placements.len(), 1);
        let p = &c.placements[0];
        assert_eq!((p.a, p.b), (Some(Zone::Azure), Some(Zone::Azure)));
        assert_eq!(p.a_schedule.as_deref(), Some("Azure"));
        assert_eq!(
            p.b_schedule.as_deref(),
            Some("Azure -> AWS in 2027-07, 2 months both")
        );
        assert!(compare(&b, &b, None).expect("compares").placements.is_empty());
        // Only the split while both run, or waiting instead of running elsewhere, differs.
        let mut c = b.clone();
        c.workloads[0].moves[0].dual_azure_percent = 60;
        let split = compare(&b, &c, None).expect("compares");
        assert_eq!(
            split.placements[0].b_schedule.as_deref(),
            Some("Azure -> AWS in 2027-07, 2 months both (60% Azure)")
        );
        let mut d = b.clone();
        d.workloads[0].while_unavailable = WhileUnavailable::Wait;
        let waits = compare(&b, &d, None).expect("compares");
        assert_eq!(
            waits.placements[0].b_schedule.as_deref(),
            Some("Azure -> AWS in 2027-07, 2 months both; waits for what it needs")
        );
    }
}
