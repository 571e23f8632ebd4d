//! What each card shows that changes with the board (its workload, what it costs a month in
//! the plan, whether it waits in the slider's month), one signal per card, set only when that
//! card's facts change. Read straight from the scenario and the evaluation, every card re-ran
//! on each drop; on a board of 200 cards, unsubscribing and subscribing them all again took
//! longer than drawing the charts.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::engine::model::scenario::{Scenario, Workload, WorkloadId};
use crate::engine::model::schedule;
use crate::engine::{EngineError, Evaluation, Waiting, WorkloadCost};

/// One card's facts.
#[derive(Debug, Clone, PartialEq)]
pub struct CardFacts {
    pub workload: Workload,
    /// What it costs a month in year 1 of the plan, when the plan prices it.
    pub monthly: Option<f64>,
    /// In the slider's month: that it waits for what it needs, and until when.
    pub waiting: Option<String>,
}

#[derive(Clone, Copy)]
pub struct CardFactsById {
    signals: StoredValue<HashMap<WorkloadId, ArcRwSignal<Option<CardFacts>>>>,
}

impl CardFactsById {
    pub fn new(
        scenario: ReadSignal<Scenario>,
        evaluation: Memo<Result<Evaluation, EngineError>>,
        month: RwSignal<u16>,
    ) -> CardFactsById {
        let signals = StoredValue::new(HashMap::new());
        let by_id = CardFactsById { signals };
        // The one place the cards' signals are written: it follows the board and wakes the
        // cards whose facts it changed.
        Effect::new(move |_| {
            let month = usize::from(month.get());
            let facts = scenario.with(|s| evaluation.with(|e| all_facts(s, e.as_ref().ok(), month)));
            by_id.write(facts);
        });
        by_id
    }

    /// The signal of workload `id`'s card: None until the board has priced it, and once it is
    /// removed.
    pub fn of(&self, id: WorkloadId) -> ArcRwSignal<Option<CardFacts>> {
        self.signals
            .try_update_value(|map| map.entry(id).or_insert_with(|| ArcRwSignal::new(None)).clone())
            .unwrap_or_else(|| ArcRwSignal::new(None))
    }

    /// Sets the signals whose facts changed (after letting go of the map: a set may wake a
    /// card that asks for its signal) and forgets removed workloads.
    fn write(&self, mut facts: HashMap<WorkloadId, CardFacts>) {
        let changed: Vec<(ArcRwSignal<Option<CardFacts>>, Option<CardFacts>)> = self
            .signals
            .try_update_value(|map| {
                for id in facts.keys() {
                    map.entry(*id).or_insert_with(|| ArcRwSignal::new(None));
                }
                let mut changed = Vec::new();
                map.retain(|id, signal| {
                    let now = facts.remove(id);
                    if signal.with_untracked(|was| *was != now) {
                        changed.push((signal.clone(), now.clone()));
                    }
                    now.is_some()
                });
                changed
            })
            .unwrap_or_default();
        for (signal, now) in changed {
            signal.set(now);
        }
    }
}

fn all_facts(s: &Scenario, e: Option<&Evaluation>, month: usize) -> HashMap<WorkloadId, CardFacts> {
    let costs: HashMap<WorkloadId, &WorkloadCost> = e
        .map(|e| e.plan.cost.workloads.iter().map(|c| (c.id, c)).collect())
        .unwrap_or_default();
    s.workloads
        .iter()
        .map(|w| {
            let cost = costs.get(&w.id).copied();
            let facts = CardFacts {
                workload: w.clone(),
                monthly: cost.map(|c| c.first_year_run / 12.0),
                waiting: e.zip(cost).and_then(|(e, c)| waiting_words(e, c, month)),
            };
            (w.id, facts)
        })
        .collect()
}

/// In `month`: what a workload waiting for what it needs (nothing billed) says.
fn waiting_words(e: &Evaluation, cost: &WorkloadCost, month: usize) -> Option<String> {
    Some(match cost.waiting_in(month, e.horizon_months)? {
        Waiting::Until { month, on } => format!(
            "Waits, nothing billed: runs on {} from {}.",
            schedule::place_label(on),
            e.month(month)
        ),
        Waiting::PastThePlan => {
            "Waits, nothing billed: what it needs does not arrive within the plan.".to_owned()
        }
    })
}
