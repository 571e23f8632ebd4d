use leptos::prelude::*;

use super::card::Card;
use crate::engine::model::scenario::{Placement, Workload, Zone};
use crate::engine::model::schedule::{self, MoveAt};
use crate::engine::Evaluation;
use crate::state::board_view::{use_board_view, Shown};
use crate::state::use_app_state;

/// One place on the board: a labelled region holding its workload cards.
#[component]
pub fn ZoneView(zone: Zone) -> impl IntoView {
    let state = use_app_state();
    let shown = use_board_view().shown;
    // The place's workloads in the month the board shows, before the filter.
    let here = Memo::new(move |_| {
        let month = usize::from(state.month.get());
        state.scenario.with(|s| {
            if month == 0 {
                return s.in_zone(zone).map(|w| (w.id, w.kind)).collect::<Vec<_>>();
            }
            state.evaluation.with(|e| {
                s.workloads
                    .iter()
                    .filter(|w| zone_in_month(e.as_ref().ok(), w, month) == zone)
                    .map(|w| (w.id, w.kind))
                    .collect::<Vec<_>>()
            })
        })
    });
    let total = Memo::new(move |_| here.with(Vec::len));
    let ids = Memo::new(move |_| {
        let shown = shown.get();
        here.with(|h| {
            h.iter()
                .filter(|(_, kind)| shown.includes(*kind))
                .map(|(id, _)| *id)
                .collect::<Vec<_>>()
        })
    });
    // "3 of 20" while a filter hides some of the place's cards.
    let count = move || {
        let (seen, all) = (ids.with(Vec::len), total.get());
        if seen == all || shown.get() == Shown::All {
            (all.to_string(), format!("{all} workloads"))
        } else {
            (
                format!("{seen} of {all}"),
                format!("{seen} of {all} workloads shown"),
            )
        }
    };
    // Memos: a drag updates `state.drag` on every pointer move; the zone changes only when
    // these do.
    let is_target = Memo::new(move |_| state.drag.with(|d| d.is_some_and(|d| d.over == Some(zone))));
    let dragging = Memo::new(move |_| state.drag.with(|d| d.is_some_and(|d| d.is_active())));
    let heading_id = format!("zone-{}-title", zone.key());
    view! {
        <section
            class=format!("zone zone-{}", zone.key())
            class:drop-target=is_target
            class:drag-in-progress=dragging
            role="region"
            aria-label=zone.label()
            data-zone=zone.key()
        >
            <header class="zone-header">
                <h3 id=heading_id.clone()>{zone.label()}</h3>
                <span class="zone-count" aria-label=move || count().1>
                    {move || count().0}
                </span>
            </header>
            <ul class="zone-cards" aria-labelledby=heading_id>
                <For each=move || ids.get() key=|id| *id let:id>
                    <li class="zone-card-item">
                        <Card id />
                    </li>
                </For>
            </ul>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="zone-empty" aria-hidden="true">"Drop workloads here"</p>
            </Show>
        </section>
    }
}

/// Where a workload runs in `month` as the plan is priced (the months it spends elsewhere
/// while a capability is missing included; while both run during a move, where it is going);
/// while it waits, where it is planned to be.
pub fn zone_in_month(e: Option<&Evaluation>, w: &Workload, month: usize) -> Zone {
    if w.placement == Placement::Unplaced {
        return Zone::Unplaced;
    }
    // While both run during a move, the card already shows where it is going.
    let priced = e.and_then(|e| e.plan.cost.workload(w.id)).and_then(|c| {
        let i = c.phases.iter().position(|p| (p.from..p.to).contains(&month))?;
        let at = if c.phases[i].dual_run {
            c.phases.get(i + 1).unwrap_or(&c.phases[i])
        } else {
            &c.phases[i]
        };
        Some(at.placement.zone())
    });
    priced.unwrap_or_else(|| {
        let fixed: Vec<_> = w
            .moves
            .iter()
            .filter_map(|m| match m.at {
                MoveAt::Month(k) => Some((usize::from(k), m.to)),
                MoveAt::WhenAvailable => None,
            })
            .collect();
        schedule::zone_at(w.placement, &fixed, month)
    })
}
