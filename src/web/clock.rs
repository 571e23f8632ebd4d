//! Clocks for people and for work: a stored timestamp in the browser's local time zone; a
//! millisecond clock for budgeting work, and a way to run work after the page has painted
//! what is ready, so background work never delays what the user just did.

use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};

use crate::engine::library::Timestamp;

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

/// `2026-11-22 14:05`, local time.
pub fn local_date_time(t: Timestamp) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t.0 as f64));
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}

/// `2026-11-22`, local time: the date on a decision record or a backup file.
pub fn local_date(t: Timestamp) -> String {
    local_date_time(t).chars().take(10).collect()
}
