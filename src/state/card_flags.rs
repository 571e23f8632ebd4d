//! Which card is selected and which is being dragged, as selectors: a change wakes only
//! the cards it concerns. Read straight from the signals, every card re-ran its effects on
//! each selection and on every pointer move of a drag. A selector keeps one small flag per id
//! it was asked about. Flags are not removed when a card unmounts: a card moving zones
//! mounts anew, possibly before the old one goes, and must keep its flag.

use leptos::prelude::*;

use super::drag::{DragSession, DragSource};
use crate::engine::model::scenario::WorkloadId;

#[derive(Clone, Copy)]
pub struct CardFlags {
    selected: StoredValue<Selector<Option<WorkloadId>>>,
    dragged: StoredValue<Selector<Option<WorkloadId>>>,
}

impl CardFlags {
    pub fn new(selected: RwSignal<Option<WorkloadId>>, drag: RwSignal<Option<DragSession>>) -> Self {
        let dragged_card = move || {
            drag.with(|d| match d {
                Some(d) if d.is_active() => match d.source {
                    DragSource::Card(id) => Some(id),
                    DragSource::Palette(_) => None,
                },
                _ => None,
            })
        };
        CardFlags {
            selected: StoredValue::new(Selector::new(move || selected.get())),
            dragged: StoredValue::new(Selector::new(dragged_card)),
        }
    }

    pub fn is_selected(&self, id: WorkloadId) -> bool {
        self.selected
            .try_with_value(|s| s.selected(&Some(id)))
            .unwrap_or(false)
    }

    pub fn is_dragged(&self, id: WorkloadId) -> bool {
        self.dragged
            .try_with_value(|s| s.selected(&Some(id)))
            .unwrap_or(false)
    }
}
