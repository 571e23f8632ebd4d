//! An evaluation worked out ahead of a change the user is about to make (the drop the drag
//! ghost previews), kept so that making the change does not price the same board again: the
//! drop then reaches the charts without a second evaluation.

use leptos::prelude::*;

use crate::engine::io::price_book::PriceBook;
use crate::engine::model::scenario::Scenario;
use crate::engine::Evaluation;

/// What was priced ahead, and for exactly which board and price book.
struct Ahead {
    scenario: Scenario,
    price_book: Option<PriceBook>,
    evaluation: Evaluation,
}

/// At most one evaluation priced ahead; taken (and dropped) by the next evaluation of the
/// board, so it never outlives the change it was for.
#[derive(Clone, Copy)]
pub struct Prepriced(StoredValue<Option<Ahead>>);

impl Prepriced {
    pub fn new() -> Self {
        Prepriced(StoredValue::new(None))
    }

    /// Keeps `evaluation`, the engine's answer for `scenario` with `price_book`.
    pub fn keep(&self, scenario: Scenario, price_book: Option<PriceBook>, evaluation: Evaluation) {
        self.0.set_value(Some(Ahead {
            scenario,
            price_book,
            evaluation,
        }));
    }

    /// Lets go of what was kept (a drag that ends without a drop will not use it).
    pub fn clear(&self) {
        self.0.set_value(None);
    }

    /// The kept evaluation when it was priced for this very scenario and price book; what
    /// was kept is let go either way.
    pub fn take_for(&self, scenario: &Scenario, price_book: Option<&PriceBook>) -> Option<Evaluation> {
        let mut kept = None;
        self.0.update_value(|ahead| kept = ahead.take());
        kept.filter(|a| a.scenario == *scenario && a.price_book.as_ref() == price_book)
            .map(|a| a.evaluation)
    }
}

impl Default for Prepriced {
    fn default() -> Self {
        Prepriced::new()
    }
}
