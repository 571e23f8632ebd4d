use leptos::prelude::*;

use crate::engine::assumptions::Assumption;
use crate::state::uncertainty::use_uncertainty;
use crate::state::use_app_state;

/// The assumption that moves the plan's cost most (the tornado's widest bar) and its range.
#[derive(Debug, Clone, PartialEq)]
struct Lever {
    assumption: &'static Assumption,
    low: f64,
    high: f64,
}

/// A live slider for the assumption that moves the answer most: moving it sets the
/// assumption (one undo step per move) and every figure follows.
#[component]
pub fn WhatIf() -> impl IntoView {
    let state = use_app_state();
    let uncertainty = use_uncertainty();
    // Chosen once: moving the slider re-samples, and the widest bar may change; the slider
    // must not swap its assumption under the presenter's finger.
    let lever = Memo::new(move |previous: Option<&Option<Lever>>| {
        if let Some(Some(kept)) = previous {
            return Some(kept.clone());
        }
        uncertainty.result.with(|r| {
            r.as_ref()
                .and_then(|r| r.tornado.swings.first())
                .filter(|s| s.high > s.low)
                .map(|s| Lever {
                    assumption: s.assumption,
                    low: s.low,
                    high: s.high,
                })
        })
    });
    move || {
        lever.get().map(|l| {
            let a = l.assumption;
            let id = a.id.as_str();
            let value = Memo::new(move |_| state.overrides.with(|o| o.get(id).copied()).unwrap_or(a.default));
            let on_input = move |ev| {
                if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                    let v = v.clamp(l.low, l.high);
                    state.change(&format!("change {}", a.label), Some(id.to_owned()), |s| {
                        s.overrides.insert(id.to_owned(), v);
                    });
                }
            };
            let step = (l.high - l.low) / 100.0;
            view! {
                <div class="story-what-if">
                    <label for="story-what-if">{format!("What if: {}", a.label)}</label>
                    <input id="story-what-if" type="range" min=l.low max=l.high step=step
                        prop:value=move || value.get() on:input=on_input />
                    <output for="story-what-if" data-testid="story-what-if-value">
                        {move || format!("{} {}", a.display_value(value.get()), a.unit)}
                    </output>
                    <span class="story-what-if-range">
                        {format!("Range {} to {} {}", a.display_value(l.low), a.display_value(l.high), a.unit)}
                    </span>
                </div>
            }
        })
    }
}
