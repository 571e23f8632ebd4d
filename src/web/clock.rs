//! Time and turns: a millisecond clock for budgeting work, and a way to run work after the
//! page has painted what is ready, so background work never delays what the user just did.

use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};

/// Milliseconds since the page started (`performance.now()`); 0 where there is no clock.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Runs `f` in a task queued from the next animation frame: after that frame is painted.
pub fn after_next_paint(f: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(f, Duration::ZERO));
}
