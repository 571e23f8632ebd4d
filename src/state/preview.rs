//! What a drop would do, computed while the card hovers over a zone: the plan re-priced
//! with the move applied. Recomputed only when the hovered zone changes, not per pixel.

use leptos::prelude::*;

use super::drag::DragSource;
use super::AppState;
use crate::engine::evaluate_with;
use crate::engine::model::scenario::{Scenario, Zone};
use crate::web::clock;

#[derive(Debug, Clone, PartialEq)]
pub struct DropPreview {
    pub zone: Zone,
    /// Change in the plan's horizon TCO if dropped here.
    pub tco_delta: f64,
    /// Change in governance work, hours a month.
    pub hours_delta: f64,
    /// The plan's top risk after the drop, in words.
    pub top_risk: String,
    pub horizon_years: usize,
}

/// The scenario as it would be after dropping `source` on `zone` with the board on `month`
/// of the plan; None when nothing changes.
pub fn apply_drop(scenario: &Scenario, source: DragSource, zone: Zone, month: u16) -> Option<Scenario> {
    let mut next = scenario.clone();
    let changed = match source {
        DragSource::Card(id) => next.move_at(id, zone, month).unwrap_or(false),
        DragSource::Palette(kind) => {
            let id = next.add_workload(kind);
            next.move_to(id, zone);
            true
        }
    };
    changed.then_some(next)
}

/// The preview on the drag ghost. It is worked out a frame after the hovered zone changes,
/// not inside the pointer move: re-pricing a large board takes milliseconds, and a drop
/// that follows the move at once would wait for them before the charts could update.
#[derive(Clone, Copy)]
pub struct Preview {
    shown: RwSignal<Option<DropPreview>>,
    /// What the pointer is over now; a preview is shown only if it is still wanted.
    wanted: StoredValue<Option<(DragSource, Zone)>>,
}

impl Preview {
    pub fn new() -> Self {
        Preview {
            shown: RwSignal::new(None),
            wanted: StoredValue::new(None),
        }
    }

    pub fn get(&self) -> Option<DropPreview> {
        self.shown.get()
    }

    /// A drag starts: nothing from an earlier drag (of an earlier board) may show.
    pub fn reset(&self) {
        self.wanted.set_value(None);
        if self.shown.with_untracked(Option::is_some) {
            self.shown.set(None);
        }
    }

    /// The dragged `source` is now over `zone` (or over no zone).
    pub fn hover(&self, state: AppState, source: DragSource, zone: Option<Zone>) {
        let target = zone.map(|z| (source, z));
        if self.wanted.get_value() == target {
            return;
        }
        self.reset();
        self.wanted.set_value(target);
        let Some(target) = target else { return };
        let this = *self;
        clock::after_next_paint(move || {
            let still_over = this.wanted.get_value() == Some(target)
                && state.drag.with_untracked(|d| d.is_some_and(|d| d.is_active()));
            if still_over {
                this.shown.set(compute(state, target.0, target.1));
            }
        });
    }
}

impl Default for Preview {
    fn default() -> Self {
        Preview::new()
    }
}

fn compute(state: AppState, source: DragSource, zone: Zone) -> Option<DropPreview> {
    let month = state.month.get_untracked();
    let next = state
        .scenario
        .with_untracked(|s| apply_drop(s, source, zone, month))?;
    let (tco, hours) = state.evaluation.with_untracked(|r| {
        r.as_ref()
            .ok()
            .map(|e| (e.plan.cost.horizon_total, e.plan.governance.hours_per_month))
    })?;
    let after = state
        .price_book
        .with_untracked(|b| evaluate_with(&next, b.as_ref()))
        .ok()?;
    let top_risk = after.plan.risk.top(1).next().map_or_else(
        || "no risk".to_owned(),
        |r| {
            let driver = r
                .driver()
                .map(|f| format!(": {}", f.kind.label()))
                .unwrap_or_default();
            format!("{} risk{driver}", r.level.label())
        },
    );
    let preview = DropPreview {
        zone,
        tco_delta: after.plan.cost.horizon_total - tco,
        hours_delta: after.plan.governance.hours_per_month - hours,
        top_risk,
        horizon_years: after.horizon_years(),
    };
    let book = state.price_book.with_untracked(Clone::clone);
    state.prepriced.keep(next, book, after);
    Some(preview)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::catalog::WorkloadKind;

    #[test]
    fn dropping_where_a_card_already_is_changes_nothing() {
        let mut s = Scenario::default();
        let id = s.add_workload(WorkloadKind::Classification);
        s.move_to(id, Zone::Azure);
        assert!(apply_drop(&s, DragSource::Card(id), Zone::Azure, 0).is_none());
        let moved = apply_drop(&s, DragSource::Card(id), Zone::Aws, 0).expect("moves");
        assert_eq!(moved.workload(id).map(|w| w.placement.zone()), Some(Zone::Aws));
    }

    #[test]
    fn dropping_from_the_palette_adds_one_workload_there() {
        let s = Scenario::default();
        let next = apply_drop(
            &s,
            DragSource::Palette(WorkloadKind::ResearchAgent),
            Zone::Both,
            0,
        )
        .expect("adds");
        assert_eq!(next.workloads.len(), 1);
        assert_eq!(next.in_zone(Zone::Both).count(), 1);
    }
}
