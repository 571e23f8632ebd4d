//! What each card shows that changes with the board (its workload, what it costs a month in
//! the plan, whether it waits in the slider's month), one signal per card, set only when that
//! card's facts change. Cards reading the scenario and the evaluation themselves would all
//! wake on every drop, and Leptos unsubscribes each from those sources one at a time: on a
//! board of 200 cards that costs more than drawing the charts.

use std::collections::BTreeMap;

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

/// Board-wide handles and one signal per card. A workload removed from the board keeps its
/// entry, set to None: that tells a card still mounted that its workload is gone.
#[derive(Clone, Copy)]
pub struct CardFactsById {
    scenario: ReadSignal<Scenario>,
    evaluation: Memo<Result<Evaluation, EngineError>>,
    month: RwSignal<u16>,
    signals: StoredValue<BTreeMap<WorkloadId, ArcRwSignal<Option<CardFacts>>>>,
}

impl CardFactsById {
    pub fn new(
        scenario: ReadSignal<Scenario>,
        evaluation: Memo<Result<Evaluation, EngineError>>,
        month: RwSignal<u16>,
    ) -> CardFactsById {
        let by_id = CardFactsById {
            scenario,
            evaluation,
            month,
            signals: StoredValue::new(BTreeMap::new()),
        };
        // Follows the board and wakes only the cards whose facts it changed.
        Effect::new(move |_| {
            let month = usize::from(month.get());
            let facts = scenario.with(|s| evaluation.with(|e| all_facts(s, e.as_ref().ok(), month)));
            by_id.write(facts);
        });
        by_id
    }

    /// The signal of workload `id`'s card, with the board's facts as they are now: a card
    /// mounted by a change (moved to another zone, added) is built once, from the new facts,
    /// not from the last ones the effect wrote and then again when it catches up. None once
    /// the workload is removed.
    pub fn of(&self, id: WorkloadId) -> ArcRwSignal<Option<CardFacts>> {
        let now = self.facts_now(id);
        let signal = self
            .signals
            .try_update_value(|map| map.entry(id).or_insert_with(|| ArcRwSignal::new(None)).clone())
            .unwrap_or_else(|| ArcRwSignal::new(None));
        if signal.with_untracked(|was| *was != now) {
            signal.set(now);
        }
        signal
    }

    fn facts_now(&self, id: WorkloadId) -> Option<CardFacts> {
        let month = usize::from(self.month.get_untracked());
        self.scenario.with_untracked(|s| {
            let w = s.workload(id)?;
            self.evaluation
                .with_untracked(|e| Some(facts(w, e.as_ref().ok(), month)))
        })
    }

    /// Sets the signals whose facts changed, after letting go of the map: whatever a set wakes
    /// may ask for a signal (`of`) and so for the map.
    fn write(&self, mut facts: BTreeMap<WorkloadId, CardFacts>) {
        let changed: Vec<(ArcRwSignal<Option<CardFacts>>, Option<CardFacts>)> = self
            .signals
            .try_update_value(|map| {
                for id in facts.keys() {
                    map.entry(*id).or_insert_with(|| ArcRwSignal::new(None));
                }
                map.iter()
                    .filter_map(|(id, signal)| {
                        let now = facts.remove(id);
                        signal
                            .with_untracked(|was| *was != now)
                            .then(|| (signal.clone(), now))
                    })
                    .collect()
            })
            .unwrap_or_default();
        for (signal, now) in changed {
            signal.set(now);
        }
    }
}

fn all_facts(s: &Scenario, e: Option<&Evaluation>, month: usize) -> BTreeMap<WorkloadId, CardFacts> {
    s.workloads.iter().map(|w| (w.id, facts(w, e, month))).collect()
}

fn facts(w: &Workload, e: Option<&Evaluation>, month: usize) -> CardFacts {
    let cost = e.and_then(|e| e.plan.cost.workload(w.id));
    CardFacts {
        workload: w.clone(),
        monthly: cost.map(|c| c.first_year_run / 12.0),
        waiting: e.zip(cost).and_then(|(e, c)| waiting_words(e, c, month)),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::evaluate;
    use crate::engine::model::catalog::WorkloadKind;
    use crate::engine::model::scenario::{Placement, YearMonth};
    use crate::engine::model::schedule::WhileUnavailable;

    /// An agent team planned on AWS that waits for Frontier there (2026-09 by default) in a
    /// plan from 2026-05, beside a chatbot on the board but not placed.
    fn board() -> (Scenario, WorkloadId, WorkloadId) {
        let mut s = Scenario {
            start: YearMonth { year: 2026, month: 5 },
            ..Scenario::default()
        };
        let agents = s.add_workload(WorkloadKind::FrontierAgentTeam);
        let chatbot = s.add_workload(WorkloadKind::SupportChatbot);
        if let Some(w) = s.workload_mut(agents) {
            w.placement = Placement::Aws;
            w.while_unavailable = WhileUnavailable::Wait;
        }
        (s, agents, chatbot)
    }

    #[test]
    fn a_card_shows_its_plan_cost_and_waits_until_what_it_needs_arrives() {
        let (s, agents, chatbot) = board();
        let e = evaluate(&s).expect("valid");
        let cost = e.plan.cost.workload(agents).expect("priced");
        let in_may = all_facts(&s, Some(&e), 0);
        assert_eq!(in_may[&agents].monthly, Some(cost.first_year_run / 12.0));
        assert_eq!(
            in_may[&agents].waiting.as_deref(),
            Some("Waits, nothing billed: runs on AWS from 2026-09.")
        );
        assert_eq!(all_facts(&s, Some(&e), 4)[&agents].waiting, None);
        // Not placed: on the board, not priced.
        assert_eq!(in_may[&chatbot].monthly, None);
        assert_eq!(Some(&in_may[&chatbot].workload), s.workload(chatbot));
    }

    #[test]
    fn a_card_asking_for_its_signal_gets_the_facts_of_now_and_none_once_removed() {
        let (s, agents, _) = board();
        let owner = Owner::new();
        owner.with(|| {
            let (scenario, set_scenario) = signal(s);
            let evaluation = Memo::new(move |_| scenario.with(evaluate));
            let by_id = CardFactsById {
                scenario,
                evaluation,
                month: RwSignal::new(0),
                signals: StoredValue::new(BTreeMap::new()),
            };
            let held = by_id.of(agents);
            let now =
                scenario.with_untracked(|s| evaluation.with_untracked(|e| all_facts(s, e.as_ref().ok(), 0)));
            assert_eq!(held.get_untracked().as_ref(), now.get(&agents));
            set_scenario.update(|s| s.workloads.retain(|w| w.id != agents));
            by_id.write(scenario.with_untracked(|s| all_facts(s, None, 0)));
            assert_eq!(held.get_untracked(), None);
            assert!(by_id.of(agents).get_untracked().is_none());
        });
    }

    #[test]
    fn without_an_evaluation_cards_still_show_their_workloads() {
        let (s, agents, _) = board();
        let facts = all_facts(&s, None, 0);
        assert_eq!(facts.len(), 2);
        assert_eq!(Some(&facts[&agents].workload), s.workload(agents));
        assert_eq!(
            (facts[&agents].monthly, facts[&agents].waiting.clone()),
            (None, None)
        );
    }
}
