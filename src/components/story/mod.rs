//! The story view: the answer first (the recommendation, what the plan costs or saves
//! against it, three headline numbers, a what-if slider), then one chart at a time, full
//! screen, stepped with a presenter's clicker, the arrow keys or the space bar.

use leptos::html;
use leptos::prelude::*;

use super::charts_panel::{
    BreakdownFigure, GovernanceFigure, RiskFigure, TcoFigure, TimelineFigure, TornadoFigure,
};
use crate::state::story::StoryKey;
use crate::web::dom;

mod answer;
mod what_if;

use answer::Answer;

const STEPS: [&str; 7] = [
    "The answer",
    "TCO over time",
    "What moves the answer",
    "Where the money goes",
    "Governance burden",
    "Migration risk",
    "Timeline",
];

/// Opens the story view.
#[component]
pub fn StoryButton() -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <button type="button" class="header-button" on:click=move |_| open.set(true)>"Story"</button>
        <Show when=move || open.get()>
            <StoryDialog on_closed=move || open.set(false) />
        </Show>
    }
}

#[component]
fn StoryDialog(on_closed: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    // A modal dialog: the page behind is inert, focus stays inside, Escape closes it.
    Effect::new(move |_| {
        if let Some(d) = dialog.get() {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    });
    let step = RwSignal::new(0usize);
    // On the window, so the keys step the story wherever the focus is (a clicker sends them
    // to whatever has it).
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        // A focused slider or field keeps its own keys.
        if e.ctrl_key() || e.alt_key() || e.meta_key() || dom::on_form_control(&e) {
            return;
        }
        if let Some(key) = StoryKey::of(&e.key(), e.shift_key()) {
            e.prevent_default();
            step.update(|s| *s = key.apply(*s, STEPS.len()));
        }
    });
    on_cleanup(move || keys.remove());
    let close = move |_| {
        if let Some(d) = dialog.get_untracked() {
            d.close();
        }
    };
    view! {
        <dialog class="story" node_ref=dialog aria-labelledby="story-step-title"
            on:close=move |_| on_closed()>
            <div class="story-bar">
                <h2 id="story-step-title" aria-live="polite">
                    {move || format!("{} of {}: {}", step.get() + 1, STEPS.len(), STEPS[step.get()])}
                </h2>
                <span class="story-keys">"Page Down, arrows or space to step"</span>
                <button type="button" class="record-button" disabled=move || step.get() == 0
                    on:click=move |_| step.update(|s| *s = StoryKey::Previous.apply(*s, STEPS.len()))>"Previous"</button>
                <button type="button" class="record-button" disabled=move || step.get() + 1 == STEPS.len()
                    on:click=move |_| step.update(|s| *s = StoryKey::Next.apply(*s, STEPS.len()))>"Next"</button>
                <button type="button" class="record-button" on:click=close>"Close"</button>
            </div>
            <div class="story-step">
                {move || match step.get() {
                    0 => view! { <Answer /> }.into_any(),
                    1 => view! { <TcoFigure story=true /> }.into_any(),
                    2 => view! { <TornadoFigure story=true /> }.into_any(),
                    3 => view! { <BreakdownFigure story=true /> }.into_any(),
                    4 => view! { <GovernanceFigure story=true /> }.into_any(),
                    5 => view! { <RiskFigure story=true /> }.into_any(),
                    _ => view! { <TimelineFigure story=true /> }.into_any(),
                }}
            </div>
        </dialog>
    }
}
