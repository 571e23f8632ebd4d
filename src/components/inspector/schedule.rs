//! The selected workload's schedule: its moves after the start (when, where to, how long both
//! run and at what split) and what it does while a capability it needs is missing. Selects
//! keep every value in range; a combination that does not make sense (two moves in one
//! month, out of order, to where it already is) is refused in place and the last valid
//! schedule stays in force.

use leptos::prelude::*;

use super::options;
use crate::engine::model::scenario::{Placement, WorkloadId, Zone, DEFAULT_BOTH_AZURE_PERCENT};
use crate::engine::model::schedule::{self, Move, MoveAt, WhileUnavailable, MAX_MOVES};
use crate::state::{use_app_state, AppState};

const WHEN_AVAILABLE: &str = "when-available";

#[component]
pub fn ScheduleFields(id: WorkloadId) -> impl IntoView {
    let state = use_app_state();
    let error = RwSignal::new(None::<String>);
    let count = Memo::new(move |_| {
        state
            .scenario
            .with(|s| s.workload(id).map_or(0, |w| w.moves.len()))
    });
    let placed = Memo::new(move |_| {
        state
            .scenario
            .with(|s| s.workload(id).is_some_and(|w| w.placement != Placement::Unplaced))
    });
    let summary = Memo::new(move |_| {
        state.scenario.with(|s| {
            s.workload(id).map(|w| {
                schedule::describe(w.placement, &w.moves, |m| {
                    s.start.plus_months(i64::from(m)).to_string()
                })
            })
        })
    });
    let error_id = format!("w{}-schedule-error", id.0);
    let described_by = error_id.clone();
    let cannot_add = move || !placed.get() || count.get() >= MAX_MOVES;
    view! {
        <fieldset class="schedule field-wide" aria-describedby=described_by>
            <legend>"Schedule"</legend>
            <p class="schedule-summary">{move || summary.get()}</p>
            <ol class="schedule-moves">
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <MoveRow id index=i error />
                </For>
            </ol>
            <p id=error_id class="field-error" role="status">{move || error.get()}</p>
            <button
                type="button"
                disabled=cannot_add
                on:click=move |_| add_move(state, id, error)
            >
                "Add a move"
            </button>
            <WhileUnavailableField id />
        </fieldset>
    }
}

#[component]
fn MoveRow(id: WorkloadId, index: usize, error: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_app_state();
    let m = Memo::new(move |_| {
        state
            .scenario
            .with(|s| s.workload(id).and_then(|w| w.moves.get(index).copied()))
    });
    let months = Memo::new(move |_| {
        state.scenario.with(|s| {
            (1..s.horizon_months())
                .map(|k| {
                    (
                        k.to_string(),
                        format!("{} (month {k})", s.start.plus_months(k as i64)),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let n = index + 1;
    let field = |name: &str| format!("w{}-move{n}-{name}", id.0);
    let when = Signal::derive(move || match m.get().map(|m| m.at) {
        Some(MoveAt::Month(k)) => k.to_string(),
        _ => WHEN_AVAILABLE.to_owned(),
    });
    let to = Signal::derive(move || m.get().map_or(String::new(), |m| m.to.zone().key().to_owned()));
    let dual = Signal::derive(move || m.get().map_or(String::new(), |m| m.dual_months.to_string()));
    let share = Signal::derive(move || {
        m.get()
            .map_or(String::new(), |m| m.dual_azure_percent.to_string())
    });
    let set = move |f: Box<dyn FnOnce(&mut Move)>| {
        edit_moves(state, id, error, move |moves| {
            if let Some(m) = moves.get_mut(index) {
                f(m);
            }
        })
    };
    view! {
        <li class="schedule-move">
            <Select id=field("when") label=format!("Move {n}: when") value=when
                options=Signal::derive(move || {
                    let mut o = vec![(WHEN_AVAILABLE.to_owned(), "When what it needs is there".to_owned())];
                    o.extend(months.get());
                    o
                })
                on_change=Callback::new(move |v: String| {
                    let at = v.parse::<u16>().map_or(MoveAt::WhenAvailable, MoveAt::Month);
                    set(Box::new(move |m| m.at = at));
                })
            />
            <Select id=field("to") label=format!("Move {n}: to") value=to
                options=Signal::derive(|| options(Zone::ALL[1..].iter().map(|z| (z.key(), z.label()))))
                on_change=Callback::new(move |v: String| {
                    if let Some(place) = Zone::from_key(&v).and_then(placement_of) {
                        set(Box::new(move |m| m.to = place));
                    }
                })
            />
            <Select id=field("dual") label=format!("Move {n}: months both run") value=dual
                options=Signal::derive(|| (0..=12).map(|k| (k.to_string(), k.to_string())).collect())
                on_change=Callback::new(move |v: String| {
                    if let Ok(d) = v.parse::<u8>() {
                        set(Box::new(move |m| m.dual_months = d));
                    }
                })
            />
            <Select id=field("split") label=format!("Move {n}: share on Azure while both run (%)") value=share
                options=Signal::derive(|| (0..=10).map(|k| ((k * 10).to_string(), format!("{}%", k * 10))).collect())
                on_change=Callback::new(move |v: String| {
                    if let Ok(p) = v.parse::<u8>() {
                        set(Box::new(move |m| m.dual_azure_percent = p.min(100)));
                    }
                })
            />
            <button type="button" class="danger" on:click=move |_| {
                edit_moves(state, id, error, move |moves| {
                    if index < moves.len() {
                        moves.remove(index);
                    }
                });
            }>{format!("Remove move {n}")}</button>
        </li>
    }
}

/// A labelled select whose options may change with the plan (its months).
#[component]
fn Select(
    id: String,
    label: String,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                prop:value=move || value.get()
                on:change=move |ev| {
                    on_change.run(event_target_value(&ev));
                    // A refused choice leaves the schedule as it was: show that value again.
                    event_target::<web_sys::HtmlSelectElement>(&ev).set_value(&value.get_untracked());
                }
            >
                {move || {
                    options
                        .get()
                        .into_iter()
                        .map(|(key, text)| {
                            let selected = value.with_untracked(|v| *v == key);
                            view! { <option value=key selected=selected>{text}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}

#[component]
fn WhileUnavailableField(id: WorkloadId) -> impl IntoView {
    let state = use_app_state();
    let value = Signal::derive(move || {
        state.scenario.with(|s| {
            s.workload(id)
                .map_or("", |w| w.while_unavailable.key())
                .to_owned()
        })
    });
    view! {
        <super::SelectField
            id=format!("w{}-while-unavailable", id.0)
            label="Before a capability it needs reaches its cloud"
            options=options(WhileUnavailable::ALL.iter().map(|w| (w.key(), w.label())))
            value
            on_change=Callback::new(move |key: String| {
                if let Some(choice) = WhileUnavailable::from_key(&key) {
                    state.edit(id, "while-unavailable", |w| w.while_unavailable = choice);
                }
            })
        />
    }
}

fn placement_of(zone: Zone) -> Option<Placement> {
    match zone {
        Zone::Unplaced => None,
        Zone::Azure => Some(Placement::Azure),
        Zone::Aws => Some(Placement::Aws),
        Zone::Both => Some(Placement::Both {
            azure_percent: DEFAULT_BOTH_AZURE_PERCENT,
        }),
    }
}

/// The workload's start, its moves and the plan's months.
fn schedule_of(state: AppState, id: WorkloadId) -> Option<(Placement, Vec<Move>, usize)> {
    state.scenario.with_untracked(|s| {
        s.workload(id)
            .map(|w| (w.placement, w.moves.clone(), s.horizon_months()))
    })
}

/// Applies `f` to a copy of the workload's moves; keeps it only if the schedule still makes
/// sense, and says why not in place otherwise.
fn edit_moves(
    state: AppState,
    id: WorkloadId,
    error: RwSignal<Option<String>>,
    f: impl FnOnce(&mut Vec<Move>),
) {
    let Some((start, mut moves, horizon)) = schedule_of(state, id) else {
        return;
    };
    f(&mut moves);
    match schedule::validate(start, &moves, horizon) {
        Ok(()) => {
            error.set(None);
            state.edit(id, "schedule", |w| w.moves = moves);
        }
        Err(e) => error.set(Some(format!("Not changed: {e}."))),
    }
}

/// A new move six months after the last fixed one (or in month 6), to the next place along.
fn add_move(state: AppState, id: WorkloadId, error: RwSignal<Option<String>>) {
    let Some((start, moves, horizon)) = schedule_of(state, id) else {
        return;
    };
    let last_month = moves
        .iter()
        .filter_map(|m| match m.at {
            MoveAt::Month(k) => Some(k),
            MoveAt::WhenAvailable => None,
        })
        .max()
        .unwrap_or(0);
    let month = (last_month + 6).min(u16::try_from(horizon.saturating_sub(1)).unwrap_or(u16::MAX));
    let from = moves.last().map_or(start, |m| m.to);
    let to = match from {
        Placement::Azure => Placement::Aws,
        _ => Placement::Azure,
    };
    let at = if moves.iter().any(|m| m.at == MoveAt::WhenAvailable) {
        MoveAt::WhenAvailable
    } else {
        MoveAt::Month(month)
    };
    edit_moves(state, id, error, |moves| moves.push(Move::new(at, to)));
}
