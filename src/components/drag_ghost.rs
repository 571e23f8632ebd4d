use leptos::prelude::*;

use crate::state::drag::DragSource;
use crate::state::use_app_state;

/// What follows the pointer while dragging. Positioned through CSSOM (`style:`), which a
/// strict `style-src 'self'` allows, and transparent to pointer hit-testing.
#[component]
pub fn DragGhost() -> impl IntoView {
    let state = use_app_state();
    let active = Memo::new(move |_| state.drag.with(|d| d.filter(|d| d.is_active())));
    let label = move || {
        active.get().map(|d| match d.source {
            DragSource::Card(id) => state
                .scenario
                .with(|s| s.workload(id).map(|w| w.name.clone()))
                .unwrap_or_default(),
            DragSource::Palette(kind) => format!("+ {}", kind.label()),
        })
    };
    let effect = move || {
        state.preview.get().map(|p| {
            let sign = if p.tco_delta >= 0.0 { "+" } else { "−" };
            let hours = if p.hours_delta >= 0.0 { "+" } else { "−" };
            format!(
                "Plan TCO {sign}{} over {} years · {hours}{:.0} governance h/month · top: {}",
                state.currency.with(|c| c.format(p.tco_delta.abs())),
                p.horizon_years,
                p.hours_delta.abs(),
                p.top_risk
            )
        })
    };
    let target = move || {
        active.get().map(|d| match d.over {
            Some(zone) => format!("Drop on {}", zone.label()),
            None => "Release over a place to drop · Esc cancels".to_owned(),
        })
    };
    view! {
        <Show when=move || active.get().is_some()>
            <div
                class="drag-ghost"
                aria-hidden="true"
                style:transform=move || {
                    active.get().map(|d| format!("translate({}px, {}px)", d.position.0 + 12.0, d.position.1 + 12.0))
                }
            >
                <span class="ghost-name">{label}</span>
                <span class="ghost-target">{target}</span>
                {move || effect().map(|text| view! {
                    <span class="ghost-effect" data-testid="drop-preview">{text}</span>
                })}
            </div>
        </Show>
    }
}
