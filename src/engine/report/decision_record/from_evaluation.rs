//! Gathering a [`DecisionRecord`] from a board as evaluated, one section at a time.

use super::record::{
    AdviceRecord, AssumptionRow, ComponentRow, DecisionRecord, GovernanceRow, HeadlineRow, PlacementRow,
    RiskRow, YearRow,
};
use crate::analysis::governance::Dimension;
use crate::assumptions::ResolvedAssumption;
use crate::io::price_book::PriceBook;
use crate::model::scenario::{Placement, Scenario, Workload};
use crate::model::schedule;
use crate::uncertainty::AnswerReliance;
use crate::{Component, CostCloud, Evaluation};

/// Risks listed in the record.
const MAX_RISKS: usize = 10;

impl DecisionRecord {
    /// Gathers the record for the board as evaluated (with the price book it was
    /// evaluated with, if any), dated `date`.
    pub fn build(
        scenario: &Scenario,
        e: &Evaluation,
        book: Option<&PriceBook>,
        date: &str,
    ) -> DecisionRecord {
        DecisionRecord {
            title: scenario.name.clone(),
            date: date.to_owned(),
            start: e.start,
            years: e.horizon_months / 12,
            placements: placements(scenario, e),
            headline: headline(e),
            versus_best: versus_best(scenario, e),
            money_over_time: versus_best(scenario, e)
                .map(|_| format!("{} {}", e.present_value_sentence(), e.payback_sentence())),
            advice: advice(e),
            tco_by_year: tco_by_year(e),
            cost_by_component: cost_by_component(e),
            governance: governance(e),
            risks: risks(scenario, e),
            assumptions: changed_assumptions(e, book),
            price_book: book
                .filter(|_| e.assumptions.price_book_count() > 0)
                .map(PriceBook::source_label),
            rests_on: None,
            currency: e.currency.clone(),
        }
    }

    /// Adds what the answer rests on (from the sampler of the same scenario).
    pub fn with_reliance(mut self, answer: &AnswerReliance) -> DecisionRecord {
        self.rests_on = Some((answer.summary(&self.currency), answer.items(&self.currency)));
        self
    }
}

fn placements(scenario: &Scenario, e: &Evaluation) -> Vec<PlacementRow> {
    scenario
        .workloads
        .iter()
        .map(|w| {
            let (cloud, share) = placement_words(w.placement);
            PlacementRow {
                name: w.name.clone(),
                kind: w.kind.label(),
                family: w.kind.family().label(),
                cloud,
                share,
                horizon_cost: e.plan.cost.workload(w.id).map_or(0.0, |c| c.total),
                over_time: over_time(scenario, e, w),
            }
        })
        .collect()
}

fn over_time(scenario: &Scenario, e: &Evaluation, w: &Workload) -> Option<String> {
    let moves = (!w.moves.is_empty()).then(|| {
        schedule::describe(w.placement, &w.moves, |m| {
            scenario.start.plus_months(i64::from(m)).to_string()
        })
    });
    let capacity = (!w.provisioning.is_pay_as_you_go()).then(|| {
        match e.plan.cost.workload(w.id).and_then(|c| c.provisioned) {
            Some(p) => format!(
                "{} PTU ({}, {}), {:.0}% used: {}",
                p.units,
                p.deployment.label(),
                p.term.label(),
                p.utilisation * 100.0,
                if p.in_force {
                    "provisioned is priced"
                } else {
                    "pay-as-you-go is cheaper and priced"
                }
            ),
            None => format!(
                "{}: priced pay-as-you-go (not offered where it runs)",
                w.provisioning.capacity.label()
            ),
        }
    });
    let parts: Vec<String> = moves.into_iter().chain(capacity).collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

fn placement_words(p: Placement) -> (&'static str, Option<String>) {
    match p {
        Placement::Both { azure_percent } => {
            let a = azure_percent.min(100);
            ("Both", Some(format!("{a}% Azure / {}% AWS", 100 - a)))
        }
        other => (other.zone().label(), None),
    }
}

fn headline(e: &Evaluation) -> Vec<HeadlineRow> {
    let best = e.cheapest_reference().strategy;
    let advised = e.advice.advised_strategy;
    e.strategies()
        .into_iter()
        .map(|s| HeadlineRow {
            strategy: s.strategy.label(),
            tco: s.cost.horizon_total,
            present_value: s.cost.present_value,
            run_rate: s.cost.run_rate,
            governance_hours: s.governance.hours_per_month,
            risk: s.risk.level.label(),
            cheapest_reference: s.strategy == best,
            advised: Some(s.strategy) == advised,
        })
        .collect()
}

/// The plan against the cheapest reference; with nothing placed there is no plan to compare.
fn versus_best(scenario: &Scenario, e: &Evaluation) -> Option<String> {
    let placed = scenario
        .workloads
        .iter()
        .any(|w| w.placement != Placement::Unplaced);
    placed.then(|| e.versus_cheapest("The plan"))
}

fn advice(e: &Evaluation) -> Option<AdviceRecord> {
    e.advice.recommended.map(|d| AdviceRecord {
        verdict: d.label(),
        summary: e
            .advice
            .summary
            .strip_prefix(d.label())
            .map_or_else(|| format!(": {}", e.advice.summary), str::to_owned),
        reasons: e.advice.reasons.clone(),
        red_flags: e
            .advice
            .red_flags
            .iter()
            .map(|f| (f.kind.label(), f.message.clone()))
            .collect(),
        against_advice: e.advice.comparison.as_ref().map(|c| c.summary.clone()),
        flips: flips(e),
    })
}

fn tco_by_year(e: &Evaluation) -> Vec<YearRow> {
    (1..=e.horizon_years())
        .map(|y| {
            let i = y * 12 - 1;
            YearRow {
                label: format!("Year {y} (to {})", e.month(i)),
                cumulative: e
                    .strategies()
                    .map(|s| s.cost.cumulative.get(i).copied().unwrap_or(0.0)),
            }
        })
        .collect()
}

/// The plan's cost per component and cloud; components that cost nothing are left out.
fn cost_by_component(e: &Evaluation) -> Vec<ComponentRow> {
    Component::ALL
        .into_iter()
        .map(|c| {
            let by_cloud = CostCloud::ALL.map(|cloud| e.plan.cost.cell(c, cloud).map_or(0.0, |x| x.total));
            ComponentRow {
                component: c.label(),
                by_cloud,
                total: by_cloud.iter().sum(),
            }
        })
        .filter(|r| r.total > 0.0)
        .collect()
}

/// Hours a month per dimension, then the total.
fn governance(e: &Evaluation) -> Vec<GovernanceRow> {
    let mut rows: Vec<GovernanceRow> = Dimension::ALL
        .into_iter()
        .map(|d| GovernanceRow {
            dimension: d.label(),
            hours: e.strategies().map(|s| s.governance.dimension(d).hours_per_month),
        })
        .collect();
    rows.push(GovernanceRow {
        dimension: "Total",
        hours: e.strategies().map(|s| s.governance.hours_per_month),
    });
    rows
}

fn risks(scenario: &Scenario, e: &Evaluation) -> Vec<RiskRow> {
    let name_of = |id| scenario.workload(id).map(|w| w.name.clone()).unwrap_or_default();
    e.plan
        .risk
        .top(MAX_RISKS)
        .map(|r| RiskRow {
            title: match r.workload {
                Some(id) => name_of(id),
                None => r.driver().map_or("Scenario", |f| f.kind.label()).to_owned(),
            },
            level: r.level.label(),
            likelihood: r.likelihood,
            impact: r.impact,
            driver: r.driver().map(|f| f.reason(&e.currency)).unwrap_or_default(),
            when: r.driver().map(|f| f.when_words(e.start)).unwrap_or_default(),
        })
        .collect()
}

/// The assumptions set by the scenario or by the price book, not at their shipped defaults.
fn changed_assumptions(e: &Evaluation, book: Option<&PriceBook>) -> Vec<AssumptionRow> {
    e.assumptions
        .entries()
        .filter(|a| a.overridden || a.from_price_book)
        .map(|a| assumption_row(&a, book))
        .collect()
}

fn assumption_row(e: &ResolvedAssumption, book: Option<&PriceBook>) -> AssumptionRow {
    let a = e.assumption;
    let shown = |v: f64| format!("{} {}", a.display_value(v), a.unit);
    let set_by = match (e.overridden, e.from_price_book, book) {
        (true, true, _) => format!("This scenario (the price book says {})", shown(e.base)),
        (true, false, _) => "This scenario".to_owned(),
        (false, _, Some(b)) => b.source_label(),
        (false, _, None) => "Private price book".to_owned(),
    };
    AssumptionRow {
        label: a.label.clone(),
        id: a.id.clone(),
        value: shown(e.value),
        default: shown(a.default),
        default_source: format!("{} ({})", a.source, a.source_date),
        set_by,
    }
}

/// The advice's flips, or the sentence that says no single change makes the runner-up win.
fn flips(e: &Evaluation) -> Vec<String> {
    if e.advice.flips.is_empty() {
        let runner_up = e.advice.runner_up.map_or("another option", |d| d.label());
        vec![format!(
            "No single change of one input or weight makes {runner_up} win."
        )]
    } else {
        e.advice.flips.iter().map(|f| f.sentence.clone()).collect()
    }
}
