//! The pointer side of drag and drop, shared by board cards and palette items: a gesture
//! starts on either, is followed through window listeners, and ends in a click, a drop or
//! nothing (the pure rules are in `state::drag`).

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::state::drag::{DragOutcome, DragSession, DragSource};
use crate::state::AppState;
use crate::web::dom;

/// Begins a pointer gesture on a card or palette item. Pointer capture keeps the
/// events flowing to us even when a finger leaves the element.
pub fn start_drag(state: AppState, source: DragSource, e: &ev::PointerEvent) {
    if !e.is_primary() || (e.pointer_type() == "mouse" && e.button() != 0) {
        return;
    }
    if let Some(el) = e
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        let _ = el.set_pointer_capture(e.pointer_id());
    }
    let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
    state.suppress_click.set_value(false);
    state.preview.reset();
    state.drag.set(Some(DragSession::new(
        source,
        e.pointer_id(),
        x,
        y,
        e.pointer_type() != "mouse",
    )));
}

/// Follows every gesture begun by `start_drag` until it ends, for as long as the calling
/// component lives.
pub fn follow_drags(state: AppState) {
    // Window listeners see every move of a captured pointer, wherever it goes.
    let on_move = window_event_listener(ev::pointermove, move |e| {
        let Some(mut session) = state.drag.get_untracked() else {
            return;
        };
        if session.pointer_id != e.pointer_id() {
            return;
        }
        let (x, y) = (f64::from(e.client_x()), f64::from(e.client_y()));
        let was_active = session.is_active();
        session.moved(x, y, dom::zone_at(x, y));
        if let (false, true, DragSource::Card(id)) = (was_active, session.is_active(), session.source) {
            // Off the card now, while nothing else changes; at the drop it would cost time.
            dom::blur_card(id);
        }
        state.drag.set(Some(session));
        if session.is_active() {
            state.preview.hover(state, session.source, session.over);
        }
    });
    let on_up = window_event_listener(ev::pointerup, move |e| {
        let Some(session) = state.drag.get_untracked() else {
            return;
        };
        if session.pointer_id == e.pointer_id() {
            state.drag.set(None);
            finish_drag(state, session);
        }
    });
    let on_cancel = window_event_listener(ev::pointercancel, move |e| {
        if let Some(session) = state
            .drag
            .get_untracked()
            .filter(|s| s.pointer_id == e.pointer_id())
        {
            state.drag.set(None);
            give_focus_back(session);
        }
    });
    let on_key = window_event_listener(ev::keydown, move |e| {
        if e.key() != "Escape" {
            return;
        }
        if let Some(session) = state.drag.get_untracked().filter(DragSession::is_active) {
            e.prevent_default();
            state.drag.set(None);
            state.suppress_click.set_value(true);
            state.announce("Drag cancelled; nothing was moved.");
            give_focus_back(session);
        }
    });
    on_cleanup(move || {
        on_move.remove();
        on_up.remove();
        on_cancel.remove();
        on_key.remove();
    });
}

fn finish_drag(state: AppState, session: DragSession) {
    // Only a palette button has a click handler that a finished drag must not trigger.
    if session.is_active() && matches!(session.source, DragSource::Palette(_)) {
        state.suppress_click.set_value(true);
    }
    let outcome = session.finish();
    if !matches!(outcome, DragOutcome::Drop(..)) {
        state.prepriced.clear();
    }
    match outcome {
        DragOutcome::Click(DragSource::Card(id)) => state.select(Some(id)),
        // The palette button's own click handler adds the workload.
        DragOutcome::Click(DragSource::Palette(_)) => {}
        DragOutcome::Drop(DragSource::Card(id), zone) => {
            dom::performance_mark("cloudsplit:drop");
            dom::blur_card(id);
            state.move_to(id, zone);
            state.select(Some(id));
            dom::focus_card_soon(id);
        }
        DragOutcome::Drop(DragSource::Palette(kind), zone) => {
            dom::performance_mark("cloudsplit:drop");
            if let Some(id) = state.add(kind, zone) {
                dom::focus_card_soon(id);
            }
        }
        DragOutcome::Nothing => {
            state.announce("Dropped outside the board; nothing was moved.");
            give_focus_back(session);
        }
    }
}

/// A card's drag took focus off the card (see `dom::blur_card`); one that ends without a
/// drop hands it back.
fn give_focus_back(session: DragSession) {
    if let (true, DragSource::Card(id)) = (session.is_active(), session.source) {
        dom::focus_card_soon(id);
    }
}
