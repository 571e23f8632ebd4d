//! App state: the scenario being edited, what is selected, what the app tells the user,
//! and the actions that change them. Components call these; the engine does the maths.

pub mod board_view;
pub mod card_facts;
pub mod card_flags;
pub mod drag;
pub mod history;
pub mod library;
pub mod prepriced;
pub mod presentation;
pub mod preview;
pub mod settled;
pub mod story;
pub mod uncertainty;

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::engine::io::price_book::PriceBook;
use crate::engine::model::catalog::WorkloadKind;
use crate::engine::model::currency::Currency;
use crate::engine::model::limits::MAX_WORKLOADS;
use crate::engine::model::scenario::{Scenario, Workload, WorkloadId, Zone};
use crate::engine::{evaluate_with, EngineError, Evaluation};
use crate::web::dom;
use card_facts::CardFactsById;
use card_flags::CardFlags;
use drag::DragSession;
use history::{ChangeInfo, History};
use prepriced::Prepriced;
use preview::Preview;
use settled::Settled;

/// Something the user must know that is not an error in what they typed
/// (storage unavailable, saved data kept aside, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub id: u32,
    pub text: String,
}

/// Shared through context; every field is a cheap `Copy` handle.
#[derive(Clone, Copy)]
pub struct AppState {
    /// Written only through `put`, which keeps `overrides` and `ranges` in step.
    pub scenario: ReadSignal<Scenario>,
    set_scenario: WriteSignal<Scenario>,
    /// The scenario's assumption overrides and ranges as signals of their own, set only when
    /// they change: the ~190 assumption rows follow these, so a move on the board does not
    /// wake them (derived through memos, every scenario change still reached each row).
    pub overrides: ReadSignal<BTreeMap<String, f64>>,
    set_overrides: WriteSignal<BTreeMap<String, f64>>,
    pub ranges: ReadSignal<BTreeMap<String, (f64, f64)>>,
    set_ranges: WriteSignal<BTreeMap<String, (f64, f64)>>,
    /// The engine's answer for the current scenario, recomputed once per change.
    pub evaluation: Memo<Result<Evaluation, EngineError>>,
    /// The board and its evaluation for the panels under the charts: one paint behind.
    pub settled: Settled,
    /// The currency every amount is shown in (the scenario's), for amounts not read from the
    /// evaluation (uncertainty, previews).
    pub currency: Memo<Currency>,
    pub selected: RwSignal<Option<WorkloadId>>,
    pub drag: RwSignal<Option<DragSession>>,
    /// Per-card views of `selected` and `drag`, for the cards.
    pub cards: CardFlags,
    /// What each card shows from the board, per card.
    pub card_facts: CardFactsById,
    /// What the drop being dragged would do, for the drag ghost.
    pub preview: Preview,
    /// The evaluation of the board that drop would make, so the drop does not price it again.
    pub prepriced: Prepriced,
    /// Read out by the aria-live region after moves and other board changes.
    pub announcement: RwSignal<String>,
    pub notices: RwSignal<Vec<Notice>>,
    /// Where the scenario on screen came from when it is not the user's saved board (a
    /// shared link, an imported file). While set, nothing is written to storage.
    pub unsaved_from: RwSignal<Option<String>>,
    /// Set when a drag ends, so the click the browser may fire after it is ignored.
    pub suppress_click: StoredValue<bool>,
    history: StoredValue<History>,
    /// What Undo and Redo would do now (labels), for the buttons.
    pub undo_redo: RwSignal<(Option<String>, Option<String>)>,
    /// The organisation's private prices, between the defaults and the scenario's overrides.
    pub price_book: RwSignal<Option<PriceBook>>,
    /// The month of the plan the board shows (0: the start). On a later month the board shows
    /// where each workload runs then, and a move schedules a wave in that month.
    pub month: RwSignal<u16>,
}

impl AppState {
    pub fn new(scenario: Scenario) -> AppState {
        let (overrides, set_overrides) = signal(scenario.overrides.clone());
        let (ranges, set_ranges) = signal(scenario.ranges.clone());
        let (scenario, set_scenario) = signal(scenario);
        let price_book = RwSignal::new(None::<PriceBook>);
        let prepriced = Prepriced::new();
        let selected = RwSignal::new(None);
        let drag = RwSignal::new(None);
        let evaluation = Memo::new(move |_| {
            price_book.with(|b| {
                scenario.with(|s| match prepriced.take_for(s, b.as_ref()) {
                    Some(ahead) => Ok(ahead),
                    None => {
                        // Read back by the browser tests: which changes priced the board.
                        dom::performance_mark("cloudsplit:evaluate-start");
                        let e = evaluate_with(s, b.as_ref());
                        dom::performance_mark("cloudsplit:evaluate-end");
                        e
                    }
                })
            })
        });
        let month = RwSignal::new(0);
        AppState {
            scenario,
            set_scenario,
            overrides,
            set_overrides,
            ranges,
            set_ranges,
            evaluation,
            settled: Settled::new(scenario, evaluation),
            currency: Memo::new(move |_| scenario.with(|s| s.currency.clone())),
            selected,
            drag,
            cards: CardFlags::new(selected, drag),
            card_facts: CardFactsById::new(scenario, evaluation, month),
            preview: Preview::new(),
            prepriced,
            announcement: RwSignal::new(String::new()),
            notices: RwSignal::new(Vec::new()),
            unsaved_from: RwSignal::new(None),
            suppress_click: StoredValue::new(false),
            history: StoredValue::new(History::default()),
            undo_redo: RwSignal::new((None, None)),
            price_book,
            month,
        }
    }

    /// Replaces the scenario on the board (no history: callers decide that).
    pub(crate) fn put(&self, scenario: Scenario) {
        if self.overrides.with_untracked(|o| *o != scenario.overrides) {
            self.set_overrides.set(scenario.overrides.clone());
        }
        if self.ranges.with_untracked(|r| *r != scenario.ranges) {
            self.set_ranges.set(scenario.ranges.clone());
        }
        self.set_scenario.set(scenario);
        // A preview worked out for the board before this change no longer holds.
        self.preview.reset();
    }

    /// Selects a workload (or none); the same selection again wakes nothing.
    pub fn select(&self, id: Option<WorkloadId>) {
        if self.selected.get_untracked() != id {
            self.selected.set(id);
        }
    }

    /// Shows a scenario from outside (link or file) without saving it over the user's board.
    pub fn open_unsaved(&self, scenario: Scenario, from: String) {
        self.show(scenario);
        self.unsaved_from.set(Some(from));
    }

    /// Puts another scenario on the board (opened, new, back from a link); its undo history
    /// starts afresh.
    pub fn show(&self, scenario: Scenario) {
        self.select(None);
        self.put(scenario);
        self.history.update_value(History::clear);
        self.refresh_undo_redo();
    }

    /// Every change a user makes to the scenario goes through here, so it can be undone.
    /// Changes with the same `key` in quick succession (typing) are one step.
    pub fn change(&self, label: &str, key: Option<String>, apply: impl FnOnce(&mut Scenario)) {
        let before = self.scenario.get_untracked();
        let mut after = before.clone();
        apply(&mut after);
        if after == before {
            return;
        }
        self.history.update_value(|h| {
            h.record(
                before,
                ChangeInfo {
                    label: label.to_owned(),
                    key,
                    at_ms: js_sys::Date::now(),
                },
            )
        });
        self.put(after);
        self.refresh_undo_redo();
    }

    pub fn undo(&self) {
        let now = self.scenario.get_untracked();
        if let Some((scenario, label)) = self.history.try_update_value(|h| h.undo(now)).flatten() {
            self.restore(scenario);
            self.announce(format!("Undone: {label}."));
        }
    }

    pub fn redo(&self) {
        let now = self.scenario.get_untracked();
        if let Some((scenario, label)) = self.history.try_update_value(|h| h.redo(now)).flatten() {
            self.restore(scenario);
            self.announce(format!("Redone: {label}."));
        }
    }

    fn restore(&self, scenario: Scenario) {
        if let Some(id) = self.selected.get_untracked() {
            if scenario.workload(id).is_none() {
                self.select(None);
            }
        }
        self.put(scenario);
        self.refresh_undo_redo();
    }

    fn refresh_undo_redo(&self) {
        let labels = self.history.with_value(|h| {
            (
                h.undo_label().map(str::to_owned),
                h.redo_label().map(str::to_owned),
            )
        });
        if self.undo_redo.with_untracked(|l| *l != labels) {
            self.undo_redo.set(labels);
        }
    }

    pub fn announce(&self, text: impl Into<String>) {
        self.announcement.set(text.into());
    }

    pub fn notify(&self, text: impl Into<String>) {
        let text = text.into();
        self.notices.update(|n| {
            if n.iter().all(|x| x.text != text) {
                let id = n.iter().map(|x| x.id).max().map_or(1, |m| m + 1);
                n.push(Notice { id, text });
            }
        });
    }

    pub fn dismiss(&self, id: u32) {
        self.notices.update(|n| n.retain(|x| x.id != id));
    }

    fn name_of(&self, id: WorkloadId) -> String {
        self.scenario
            .with_untracked(|s| s.workload(id).map(|w| w.name.clone()).unwrap_or_default())
    }

    /// Says so and returns false when the board is full.
    fn has_room(&self) -> bool {
        let full = self
            .scenario
            .with_untracked(|s| s.workloads.len() >= MAX_WORKLOADS);
        if full {
            self.notify(format!(
                "A board holds at most {MAX_WORKLOADS} workloads; remove one to add another."
            ));
        }
        !full
    }

    /// Adds a workload of `kind` to `zone` and selects it.
    pub fn add(&self, kind: WorkloadKind, zone: Zone) -> Option<WorkloadId> {
        if !self.has_room() {
            return None;
        }
        let mut id = WorkloadId(0);
        self.change(&format!("add {}", kind.label()), None, |s| {
            id = s.add_workload(kind);
            s.move_to(id, zone);
        });
        self.select(Some(id));
        self.announce(format!("Added {} to {}.", self.name_of(id), zone.label()));
        Some(id)
    }

    /// Moves a workload (from the month the board shows: a later month schedules a move
    /// then); returns whether anything changed.
    pub fn move_to(&self, id: WorkloadId, zone: Zone) -> bool {
        let month = self.month.get_untracked();
        if month > 0 {
            return self.move_at(id, zone, month);
        }
        let mut changed = false;
        let label = format!("move {} to {}", self.name_of(id), zone.label());
        self.change(&label, None, |s| changed = s.move_to(id, zone));
        if changed {
            self.announce(format!("Moved {} to {}.", self.name_of(id), zone.label()));
        }
        changed
    }

    /// Schedules a move of a workload to `zone` in `month`; says why when it cannot.
    pub fn move_at(&self, id: WorkloadId, zone: Zone, month: u16) -> bool {
        let when = self.month_name(month);
        let label = format!("move {} to {} in {when}", self.name_of(id), zone.label());
        let mut outcome = Ok(false);
        self.change(&label, None, |s| outcome = s.move_at(id, zone, month));
        match outcome {
            Ok(true) => {
                self.announce(format!(
                    "{} moves to {} in {when}.",
                    self.name_of(id),
                    zone.label()
                ));
                true
            }
            Ok(false) => false,
            Err(e) => {
                self.announce(format!("Not moved: {e}."));
                false
            }
        }
    }

    /// A month of the plan as a calendar month, e.g. "2027-07".
    pub fn month_name(&self, month: u16) -> String {
        self.scenario
            .with_untracked(|s| s.start.plus_months(i64::from(month)).to_string())
    }

    pub fn duplicate(&self, id: WorkloadId) -> Option<WorkloadId> {
        if !self.has_room() {
            return None;
        }
        let mut copy = None;
        let label = format!("duplicate {}", self.name_of(id));
        self.change(&label, None, |s| copy = s.duplicate(id));
        if let Some(c) = copy {
            self.select(Some(c));
            self.announce(format!("Duplicated as {}.", self.name_of(c)));
        }
        copy
    }

    pub fn remove(&self, id: WorkloadId) {
        let mut removed = None;
        let label = format!("remove {}", self.name_of(id));
        self.change(&label, None, |s| removed = s.remove(id));
        if let Some(w) = removed {
            if self.selected.get_untracked() == Some(id) {
                self.select(None);
            }
            self.announce(format!("Removed {}.", w.name));
        }
    }

    /// Applies an already validated edit to one workload. Edits of the same field in a row
    /// (typing) undo as one step.
    pub fn edit(&self, id: WorkloadId, field: &str, change: impl FnOnce(&mut Workload)) {
        let label = format!("edit {} of {}", field, self.name_of(id));
        self.change(&label, Some(format!("{}:{field}", id.0)), |s| {
            if let Some(w) = s.workload_mut(id) {
                change(w);
            }
        });
    }
}

/// The state from context, provided by `App`. A component mounted outside `App` panics here
/// rather than showing a board that nothing is connected to.
#[track_caller]
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
