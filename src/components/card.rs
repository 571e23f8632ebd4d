use leptos::ev;
use leptos::prelude::*;

use super::drag_gesture::start_drag;
use super::zone::zone_in_month;
use crate::engine::model::money::format_number;
use crate::engine::model::scenario::{Placement, WorkloadId, Zone};
use crate::engine::model::schedule;
use crate::state::drag::DragSource;
use crate::state::use_app_state;
use crate::web::dom;

/// The id of the board's hint on the keys a card answers to, which every card points at
/// (`aria-describedby`).
pub const KEY_HELP_ID: &str = "card-key-help";

/// A workload on the board. Focusable; its accessible name starts with the workload's name.
#[component]
pub fn Card(id: WorkloadId) -> impl IntoView {
    let state = use_app_state();
    // This card's own signal: a change elsewhere on the board does not wake it.
    let facts = state.card_facts.of(id);
    let workload = Memo::new({
        let facts = facts.clone();
        move |_| facts.with(|f| f.as_ref().map(|f| f.workload.clone()))
    });
    let monthly = Memo::new({
        let facts = facts.clone();
        move |_| facts.with(|f| f.as_ref().and_then(|f| f.monthly))
    });
    let waiting = Memo::new(move |_| facts.with(|f| f.as_ref().and_then(|f| f.waiting.clone())));
    let selected = move || state.cards.is_selected(id);
    let dragged = move || state.cards.is_dragged(id);

    let on_key = move |e: ev::KeyboardEvent| {
        let month = usize::from(state.month.get_untracked());
        let Some(zone) = workload.with_untracked(|w| {
            w.as_ref().map(|w| {
                state
                    .evaluation
                    .with_untracked(|e| zone_in_month(e.as_ref().ok(), w, month))
            })
        }) else {
            return;
        };
        let index = Zone::ALL.iter().position(|z| *z == zone).unwrap_or(0);
        let target = match e.key().as_str() {
            "1" => Some(Zone::Unplaced),
            "2" => Some(Zone::Azure),
            "3" => Some(Zone::Aws),
            "4" => Some(Zone::Both),
            "ArrowRight" => Zone::ALL.get(index + 1).copied(),
            "ArrowLeft" => index.checked_sub(1).and_then(|i| Zone::ALL.get(i).copied()),
            "Enter" | " " => {
                e.prevent_default();
                state.select(Some(id));
                None
            }
            "Delete" => {
                e.prevent_default();
                dom::blur_card(id);
                state.remove(id);
                dom::focus_board_soon();
                None
            }
            _ => None,
        };
        if let Some(target) = target {
            e.prevent_default();
            if target != zone {
                dom::blur_card(id);
            }
            if !state.move_to(id, target) {
                state.announce(format!("Already in {}.", target.label()));
            }
            dom::focus_card_soon(id);
        }
    };

    move || {
        workload.get().map(|w| {
            let share = match w.placement {
                Placement::Both { azure_percent } => {
                    Some(format!("Azure {azure_percent}% · AWS {}%", 100 - u16::from(azure_percent.min(100))))
                }
                _ => None,
            };
            let unit = if w.kind.is_stateful() { "sessions/month" } else { "requests/month" };
            let plan = (!w.moves.is_empty()).then(|| {
                state.scenario.with_untracked(|s| {
                    schedule::describe(w.placement, &w.moves, |m| s.start.plus_months(i64::from(m)).to_string())
                })
            });
            // The accessible name is the card's own text, in reading order, with the place
            // added for screen readers: "Name — Kind, Azure. 1,000 requests/month …".
            let place = format!(", {}. ", w.placement.zone().label());
            view! {
                <div
                    class="card"
                    class:stateful=w.kind.is_stateful()
                    class:selected=selected
                    class:being-dragged=dragged
                    class:waiting=move || waiting.with(Option::is_some)
                    role="button"
                    tabindex="0"
                    aria-roledescription="workload card"
                    aria-describedby=KEY_HELP_ID
                    aria-pressed=move || if selected() { "true" } else { "false" }
                    data-workload-id=id.0
                    on:pointerdown=move |ev| start_drag(state, DragSource::Card(id), &ev)
                    on:keydown=on_key
                >
                    <span class="card-name">{w.name.clone()}</span>
                    <span class="visually-hidden">" — "</span>
                    <span class="card-kind">{w.kind.label()}</span>
                    <span class="visually-hidden">{place}</span>
                    <span class="card-meta">{format!("{} {unit} · {}", format_number(w.monthly_volume), w.model.key())}</span>
                    {share.map(|s| view! { <span class="card-share">{s}</span> })}
                    {plan.map(|p| view! { <span class="card-schedule">{format!("{p}. ")}</span> })}
                    {move || waiting.get().map(|w| view! { <span class="card-waiting">{format!("{w} ")}</span> })}
                    <span class="card-cost">
                        {move || monthly.get().map(|m| format!("≈ {} a month in year 1", state.currency.with(|c| c.format(m))))}
                    </span>
                </div>
            }
        })
    }
}
