//! The plan's months as a slider above the board: the board shows where every workload runs
//! in the month chosen, and moving a card there schedules a move in that month.

use leptos::prelude::*;

use crate::state::use_app_state;

#[component]
pub fn MonthScrubber() -> impl IntoView {
    let state = use_app_state();
    let last = Memo::new(move |_| state.scenario.with(|s| s.horizon_months().saturating_sub(1)));
    // A shorter plan may leave the chosen month past its end: the board shows its last month.
    let month = Memo::new(move |_| usize::from(state.month.get()).min(last.get()));
    let words = move || {
        let m = month.get();
        let name = state.scenario.with(|s| s.start.plus_months(m as i64).to_string());
        if m == 0 {
            format!("{name}, the plan's start")
        } else {
            format!("{name}, month {m}")
        }
    };
    view! {
        <div class="month-scrubber">
            <label for="plan-month">"Plan month"</label>
            <input
                id="plan-month"
                type="range"
                min="0"
                max=move || last.get().to_string()
                step="1"
                prop:value=move || month.get().to_string()
                aria-valuetext=words
                aria-describedby="plan-month-help"
                on:input=move |ev| {
                    let m = event_target_value(&ev).parse::<u16>().unwrap_or(0);
                    state.month.set(m);
                }
            />
            <output for="plan-month">{words}</output>
            <button
                type="button"
                disabled=move || month.get() == 0
                on:click=move |_| state.month.set(0)
            >
                "Back to the start"
            </button>
            <p id="plan-month-help" class="hint">
                "On a later month the board shows where each workload runs then; moving a card schedules \
                 a move in that month (undo takes it back)."
            </p>
        </div>
    }
}
