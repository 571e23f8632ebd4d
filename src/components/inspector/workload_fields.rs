//! The workload form's fields, grouped as the form reads: what and where, how much, which
//! data, which rules.

use leptos::prelude::*;

use super::both_share::BothShare;
use super::options;
use crate::components::fields::{NameField, NumberField, SelectField};
use crate::engine::model::catalog::Model;
use crate::engine::model::limits::Field;
use crate::engine::model::scenario::{Framework, Location, Residency, Sector, Workload, WorkloadId, Zone};
use crate::state::{use_app_state, AppState};

/// The selected workload as the form shows it; `None` for the instant after it is removed.
type Shown = Memo<Option<Workload>>;

/// DOM id of one of the workload's fields.
pub fn field_id(id: WorkloadId, name: &str) -> String {
    format!("w{}-{name}", id.0)
}

/// The key of one of the workload's choices, for a select.
pub fn key_of(w: Shown, key: fn(&Workload) -> &str) -> Signal<String> {
    Signal::derive(move || w.with(|w| w.as_ref().map_or(String::new(), |w| key(w).to_owned())))
}

fn number_of(w: Shown, get: fn(&Workload) -> f64) -> Signal<f64> {
    Signal::derive(move || w.with(|w| w.as_ref().map_or(0.0, get)))
}

fn set_number(
    state: AppState,
    id: WorkloadId,
    field: &'static str,
    set: fn(&mut Workload, f64),
) -> Callback<f64> {
    Callback::new(move |v: f64| state.edit(id, field, |w| set(w, v)))
}

/// Name, where it is placed (and the split, on Both) and its model.
#[component]
pub fn IdentityFields(id: WorkloadId, w: Shown) -> impl IntoView {
    let state = use_app_state();
    let zone = Signal::derive(move || {
        w.with(|w| {
            w.as_ref()
                .map_or(Zone::Unplaced, |w| w.placement.zone())
                .key()
                .to_owned()
        })
    });
    view! {
        <NameField
            id=field_id(id, "name")
            value=Signal::derive(move || w.with(|w| w.as_ref().map(|w| w.name.clone()).unwrap_or_default()))
            on_commit=Callback::new(move |name: String| state.edit(id, "name", |w| w.name = name))
        />
        <SelectField
            id=field_id(id, "zone")
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
            id=field_id(id, "model")
            label="Model"
            options=options(Model::ALL.iter().map(|m| (m.key(), m.key())))
            value=key_of(w, |w| w.model.key())
            on_change=Callback::new(move |key: String| {
                if let Some(m) = Model::from_key(&key) {
                    state.edit(id, "model", |w| w.model = m);
                }
            })
        />
    }
}

/// How much it is used: requests, or agent sessions and their steps, and tokens.
#[component]
pub fn UsageFields(id: WorkloadId, w: Shown) -> impl IntoView {
    let state = use_app_state();
    let stateful = move || w.with(|w| w.as_ref().is_some_and(|w| w.kind.is_stateful()));
    view! {
        <NumberField
            id=field_id(id, "volume")
            label=if stateful() { "Agent sessions per month".to_owned() } else { "Requests per month".to_owned() }
            field=Field::MonthlyVolume
            value=number_of(w, |w| w.monthly_volume)
            on_commit=set_number(state, id, "volume", |w, v| w.monthly_volume = v)
        />
        <NumberField
            id=field_id(id, "tokens-in")
            label=if stateful() { "Tokens in per step".to_owned() } else { "Tokens in per request".to_owned() }
            field=Field::TokensIn
            value=number_of(w, |w| w.tokens_in)
            on_commit=set_number(state, id, "tokens in", |w, v| w.tokens_in = v)
        />
        <NumberField
            id=field_id(id, "tokens-out")
            label=if stateful() { "Tokens out per step".to_owned() } else { "Tokens out per request".to_owned() }
            field=Field::TokensOut
            value=number_of(w, |w| w.tokens_out)
            on_commit=set_number(state, id, "tokens out", |w, v| w.tokens_out = v)
        />
        <Show when=stateful>
            <NumberField
                id=field_id(id, "steps")
                label="Model calls per session".to_owned()
                field=Field::StepsPerSession
                value=number_of(w, |w| w.steps_per_session)
                on_commit=set_number(state, id, "steps", |w, v| w.steps_per_session = v)
            />
            <NumberField
                id=field_id(id, "hours")
                label="Agent-hours per session".to_owned()
                field=Field::AgentHoursPerSession
                value=number_of(w, |w| w.agent_hours_per_session)
                on_commit=set_number(state, id, "agent hours", |w, v| w.agent_hours_per_session = v)
                unit="h"
            />
        </Show>
    }
}

/// Where its data lives, how much there is, and where it runs today.
#[component]
pub fn DataFields(id: WorkloadId, w: Shown) -> impl IntoView {
    let state = use_app_state();
    view! {
        <SelectField
            id=field_id(id, "data-location")
            label="Data lives today in"
            options=options(Location::ALL.iter().map(|l| (l.key(), l.label())))
            value=key_of(w, |w| w.data_location.key())
            on_change=Callback::new(move |key: String| {
                if let Some(l) = Location::from_key(&key) {
                    state.edit(id, "data location", |w| w.data_location = l);
                }
            })
        />
        <NumberField
            id=field_id(id, "data-gb")
            label="Data held".to_owned()
            field=Field::DataGb
            value=number_of(w, |w| w.data_gb)
            on_commit=set_number(state, id, "data size", |w, v| w.data_gb = v)
            unit="GB"
        />
        <SelectField
            id=field_id(id, "runs-today")
            label="Runs today on"
            options=options(Location::ALL.iter().map(|l| (l.key(), l.label())))
            value=key_of(w, |w| w.runs_today.key())
            on_change=Callback::new(move |key: String| {
                if let Some(l) = Location::from_key(&key) {
                    state.edit(id, "where it runs today", |w| w.runs_today = l);
                }
            })
        />
    }
}

/// The rules it falls under: residency, sector and compliance frameworks.
#[component]
pub fn RegulationFields(id: WorkloadId, w: Shown) -> impl IntoView {
    let state = use_app_state();
    view! {
        <SelectField
            id=field_id(id, "residency")
            label="Data residency"
            options=options(Residency::ALL.iter().map(|r| (r.key(), r.label())))
            value=key_of(w, |w| w.residency.key())
            on_change=Callback::new(move |key: String| {
                if let Some(r) = Residency::from_key(&key) {
                    state.edit(id, "residency", |w| w.residency = r);
                }
            })
        />
        <SelectField
            id=field_id(id, "sector")
            label="Deployment sector"
            options=options(Sector::ALL.iter().map(|c| (c.key(), c.label())))
            value=key_of(w, |w| w.sector.key())
            on_change=Callback::new(move |key: String| {
                if let Some(c) = Sector::from_key(&key) {
                    state.edit(id, "sector", |w| w.sector = c);
                }
            })
        />
        <ComplianceFrameworks id w />
    }
}

#[component]
fn ComplianceFrameworks(id: WorkloadId, w: Shown) -> impl IntoView {
    let state = use_app_state();
    view! {
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
    }
}
