use leptos::prelude::*;

use super::breakdown::{explained, CostLines};
use super::fields::{NameField, NumberField, SelectField};
use crate::engine::model::catalog::Model;
use crate::engine::model::limits::Field;
use crate::engine::model::money::format_usd;
use crate::engine::model::scenario::{
    Criticality, Framework, Location, Placement, Residency, Sector, WorkloadId, Zone,
};
use crate::state::{use_app_state, AppState};
use crate::web::dom;

/// The side panel: every main parameter of the selected workload.
#[component]
pub fn Inspector() -> impl IntoView {
    let state = use_app_state();
    // Only a change of selection rebuilds the form, so typing never loses focus.
    let current = Memo::new(move |_| {
        state
            .selected
            .get()
            .filter(|id| state.scenario.with(|s| s.workload(*id).is_some()))
    });
    view! {
        <aside class="inspector" aria-labelledby="inspector-title">
            <h2 id="inspector-title" class="panel-title">"Workload details"</h2>
            {move || match current.get() {
                Some(id) => view! { <WorkloadForm id /> }.into_any(),
                None => view! { <p class="hint">"Select a card to see and edit its details."</p> }.into_any(),
            }}
        </aside>
    }
}

#[component]
fn WorkloadForm(id: WorkloadId) -> impl IntoView {
    let state = use_app_state();
    let w = Memo::new(move |_| state.scenario.with(|s| s.workload(id).cloned()));
    let get = move |f: fn(&crate::engine::model::scenario::Workload) -> f64| {
        Signal::derive(move || w.with(|w| w.as_ref().map_or(0.0, f)))
    };
    let set = move |field: &'static str, f: fn(&mut crate::engine::model::scenario::Workload, f64)| {
        Callback::new(move |v: f64| state.edit(id, field, |w| f(w, v)))
    };
    let field_id = move |name: &str| format!("w{}-{name}", id.0);
    let stateful = move || w.with(|w| w.as_ref().is_some_and(|w| w.kind.is_stateful()));
    let zone = Signal::derive(move || {
        w.with(|w| {
            w.as_ref()
                .map_or(Zone::Unplaced, |w| w.placement.zone())
                .key()
                .to_owned()
        })
    });

    view! {
        <form class="workload-form" on:submit=|e| e.prevent_default()>
            <p class="form-kind">{move || w.with(|w| w.as_ref().map(|w| w.kind.label()))}</p>
            <NameField
                id=field_id("name")
                value=Signal::derive(move || w.with(|w| w.as_ref().map(|w| w.name.clone()).unwrap_or_default()))
                on_commit=Callback::new(move |name: String| state.edit(id, "name", |w| w.name = name))
            />
            <SelectField
                id=field_id("zone")
                label="Placed on"
                options=options(Zone::ALL.iter().map(|z| (z.key(), z.label())))
                value=zone
                on_change=Callback::new(move |key: String| {
                    if let Some(z) = Zone::from_key(&key) {
                        state.move_to(id, z);
                    }
                })
            />
            <Show when=move || zone.get() == Zone::Both.key()>
                <BothShare id />
            </Show>
            <SelectField
                id=field_id("model")
                label="Model"
                options=options(Model::ALL.iter().map(|m| (m.key(), m.key())))
                value=Signal::derive(move || w.with(|w| w.as_ref().map_or(String::new(), |w| w.model.key().to_owned())))
                on_change=Callback::new(move |key: String| {
                    if let Some(m) = Model::from_key(&key) {
                        state.edit(id, "model", |w| w.model = m);
                    }
                })
            />
            <NumberField
                id=field_id("volume")
                label=if stateful() { "Agent sessions per month".to_owned() } else { "Requests per month".to_owned() }
                field=Field::MonthlyVolume
                value=get(|w| w.monthly_volume)
                on_commit=set("volume", |w, v| w.monthly_volume = v)
            />
            <NumberField
                id=field_id("tokens-in")
                label=if stateful() { "Tokens in per step".to_owned() } else { "Tokens in per request".to_owned() }
                field=Field::TokensIn
                value=get(|w| w.tokens_in)
                on_commit=set("tokens in", |w, v| w.tokens_in = v)
            />
            <NumberField
                id=field_id("tokens-out")
                label=if stateful() { "Tokens out per step".to_owned() } else { "Tokens out per request".to_owned() }
                field=Field::TokensOut
                value=get(|w| w.tokens_out)
                on_commit=set("tokens out", |w, v| w.tokens_out = v)
            />
            <Show when=stateful>
                <NumberField
                    id=field_id("steps")
                    label="Model calls per session".to_owned()
                    field=Field::StepsPerSession
                    value=get(|w| w.steps_per_session)
                    on_commit=set("steps", |w, v| w.steps_per_session = v)
                />
                <NumberField
                    id=field_id("hours")
                    label="Agent-hours per session".to_owned()
                    field=Field::AgentHoursPerSession
                    value=get(|w| w.agent_hours_per_session)
                    on_commit=set("agent hours", |w, v| w.agent_hours_per_session = v)
                    unit="h"
                />
            </Show>
            <SelectField
                id=field_id("data-location")
                label="Data lives today in"
                options=options(Location::ALL.iter().map(|l| (l.key(), l.label())))
                value=Signal::derive(move || w.with(|w| w.as_ref().map_or(String::new(), |w| w.data_location.key().to_owned())))
                on_change=Callback::new(move |key: String| {
                    if let Some(l) = Location::from_key(&key) {
                        state.edit(id, "data location", |w| w.data_location = l);
                    }
                })
            />
            <NumberField
                id=field_id("data-gb")
                label="Data held".to_owned()
                field=Field::DataGb
                value=get(|w| w.data_gb)
                on_commit=set("data size", |w, v| w.data_gb = v)
                unit="GB"
            />
            <SelectField
                id=field_id("runs-today")
                label="Runs today on"
                options=options(Location::ALL.iter().map(|l| (l.key(), l.label())))
                value=Signal::derive(move || w.with(|w| w.as_ref().map_or(String::new(), |w| w.runs_today.key().to_owned())))
                on_change=Callback::new(move |key: String| {
                    if let Some(l) = Location::from_key(&key) {
                        state.edit(id, "where it runs today", |w| w.runs_today = l);
                    }
                })
            />
            <SelectField
                id=field_id("residency")
                label="Data residency"
                options=options(Residency::ALL.iter().map(|r| (r.key(), r.label())))
                value=Signal::derive(move || w.with(|w| w.as_ref().map_or(String::new(), |w| w.residency.key().to_owned())))
                on_change=Callback::new(move |key: String| {
                    if let Some(r) = Residency::from_key(&key) {
                        state.edit(id, "residency", |w| w.residency = r);
                    }
                })
            />
            <SelectField
                id=field_id("sector")
                label="Deployment sector"
                options=options(Sector::ALL.iter().map(|c| (c.key(), c.label())))
                value=Signal::derive(move || w.with(|w| w.as_ref().map_or(String::new(), |w| w.sector.key().to_owned())))
                on_change=Callback::new(move |key: String| {
                    if let Some(c) = Sector::from_key(&key) {
                        state.edit(id, "sector", |w| w.sector = c);
                    }
                })
            />
            <fieldset class="field checkboxes">
                <legend>"Compliance frameworks"</legend>
                {Framework::ALL
                    .into_iter()
                    .map(|f| {
                        let checked = move || w.with(|w| w.as_ref().is_some_and(|w| w.compliance.contains(&f)));
                        view! {
                            <label class="checkbox">
                                <input
                                    type="checkbox"
                                    prop:checked=checked
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        state.edit(id, "compliance", |w| {
                                            if on { w.compliance.insert(f); } else { w.compliance.remove(&f); }
                                        });
                                    }
                                />
                                {f.label()}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <SelectField
                id=field_id("criticality")
                label="Criticality"
                options=options(Criticality::ALL.iter().map(|c| (c.key(), c.label())))
                value=Signal::derive(move || w.with(|w| w.as_ref().map_or(String::new(), |w| w.criticality.key().to_owned())))
                on_change=Callback::new(move |key: String| {
                    if let Some(c) = Criticality::from_key(&key) {
                        state.edit(id, "criticality", |w| w.criticality = c);
                    }
                })
            />
            <WorkloadCost id />
            <div class="form-actions">
                <button type="button" on:click=move |_| duplicate(state, id)>"Duplicate"</button>
                <button type="button" class="danger" on:click=move |_| {
                    state.remove(id);
                    dom::focus_board_soon();
                }>"Remove"</button>
            </div>
        </form>
    }
}

/// Select options from `(value, text)` pairs of static strings.
pub fn options<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<(String, String)> {
    pairs.map(|(k, t)| (k.to_owned(), t.to_owned())).collect()
}

fn duplicate(state: AppState, id: WorkloadId) {
    if let Some(copy) = state.duplicate(id) {
        dom::focus_card_soon(copy);
    }
}

/// The split of a workload placed on Both.
#[component]
fn BothShare(id: WorkloadId) -> impl IntoView {
    let state = use_app_state();
    let azure = Memo::new(move |_| {
        state
            .scenario
            .with(|s| match s.workload(id).map(|w| w.placement) {
                Some(Placement::Both { azure_percent }) => azure_percent,
                _ => 50,
            })
    });
    let input_id = format!("w{}-share", id.0);
    view! {
        <div class="field field-wide">
            <label for=input_id.clone()>"Share of traffic on Azure"</label>
            <div class="share">
                <input
                    id=input_id
                    type="range"
                    min="0"
                    max="100"
                    step="5"
                    prop:value=move || azure.get().to_string()
                    aria-valuetext=move || format!("Azure {}%, AWS {}%", azure.get(), 100u8.saturating_sub(azure.get()))
                    on:input=move |ev| {
                        if let Ok(p) = event_target_value(&ev).parse::<u8>() {
                            state.edit(id, "share", |w| w.placement = Placement::Both { azure_percent: p.min(100) });
                        }
                    }
                />
                <output>{move || format!("Azure {}% · AWS {}%", azure.get(), 100u8.saturating_sub(azure.get()))}</output>
            </div>
        </div>
    }
}

/// What this workload costs in the plan, line by line, each with its sources.
#[component]
fn WorkloadCost(id: WorkloadId) -> impl IntoView {
    let state = use_app_state();
    let summary = Memo::new(move |_| {
        state.evaluation.with(|r| {
            r.as_ref()
                .ok()
                .and_then(|e| e.plan.cost.workload(id))
                .map(|c| (c.first_year_run / 12.0, c.total, c.one_time))
        })
    });
    let lines = Memo::new(move |_| {
        state.evaluation.with(|r| {
            r.as_ref().map_or_else(
                |_| Vec::new(),
                |e| explained(e, |_| None, |l| l.workload == Some(id)),
            )
        })
    });
    view! {
        <section class="workload-cost" aria-labelledby=format!("w{}-cost-title", id.0)>
            <h3 id=format!("w{}-cost-title", id.0)>"Cost in your plan"</h3>
            {move || match summary.get() {
                None => view! { <p class="hint">"Not priced until it is placed on Azure, AWS or Both."</p> }.into_any(),
                Some((monthly, total, one_time)) => view! {
                    <p class="hint">
                        {format!("{} a month in year 1 · {} over the horizon", format_usd(monthly), format_usd(total))}
                        {(one_time > 0.0).then(|| format!(" · {} one-time migration", format_usd(one_time)))}
                    </p>
                    <CostLines lines=Signal::derive(move || lines.get()) />
                }.into_any(),
            }}
        </section>
    }
}
