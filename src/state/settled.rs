//! The board and its evaluation as the panels under the charts show them: caught up in the
//! first task after the next paint. A drop's frame then carries the board, the headline and
//! the charts without waiting for the advice, risks, findings and breakdown to be rebuilt
//! (at 200 workloads those were about a third of a drop's work), and they follow a frame
//! later, all from the same board and evaluation.

use leptos::prelude::*;

use crate::engine::model::scenario::Scenario;
use crate::engine::{EngineError, Evaluation};
use crate::web::clock;

#[derive(Clone, Copy)]
pub struct Settled {
    scenario: ReadSignal<Scenario>,
    evaluation: Memo<Result<Evaluation, EngineError>>,
    caught_up: Trigger,
}

impl Settled {
    pub fn new(scenario: ReadSignal<Scenario>, evaluation: Memo<Result<Evaluation, EngineError>>) -> Settled {
        let caught_up = Trigger::new();
        let waiting = StoredValue::new(false);
        // Syncs with the browser's frames: one catch-up per paint, however many changes
        // came before it (the first, at the start, finds the readers' memos unchanged).
        Effect::new(move |_| {
            scenario.track();
            evaluation.track();
            if !waiting.get_value() {
                waiting.set_value(true);
                clock::after_next_paint(move || {
                    waiting.set_value(false);
                    caught_up.notify();
                });
            }
        });
        Settled {
            scenario,
            evaluation,
            caught_up,
        }
    }

    /// Reads the board and its evaluation as they are now, and reruns the reader when they
    /// have changed and the page has painted since.
    pub fn with<R>(&self, f: impl FnOnce(&Scenario, &Result<Evaluation, EngineError>) -> R) -> R {
        self.caught_up.track();
        // The evaluation first: bringing it up to date reads the scenario.
        self.evaluation
            .with_untracked(|e| self.scenario.with_untracked(|s| f(s, e)))
    }
}
