//! Times for people: a stored timestamp in the browser's local time zone.

use crate::engine::library::Timestamp;

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
