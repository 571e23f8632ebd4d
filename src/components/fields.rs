//! Form fields that keep what the person typed while it is invalid, say why inline, and
//! leave the last valid value in force.

use leptos::prelude::*;

use crate::engine::model::limits::{self, Field};
use crate::engine::model::money::format_number;

/// A number field within `field`'s bounds: [`OptionalNumberField`] where empty is not a value.
#[component]
pub fn NumberField(
    /// Unique DOM id of the input.
    id: String,
    label: String,
    /// Which field: its bounds and the words of its messages.
    field: Field,
    #[prop(into)] value: Signal<f64>,
    on_commit: Callback<f64>,
    #[prop(optional, into)] unit: String,
) -> impl IntoView {
    view! {
        <OptionalNumberField
            id
            label
            value=Signal::derive(move || Some(value.get()))
            parse=Callback::new(move |text: String| {
                limits::parse_number(field, &text).map(Some).map_err(|e| e.to_string())
            })
            on_commit=Callback::new(move |v: Option<f64>| {
                if let Some(v) = v {
                    on_commit.run(v);
                }
            })
            unit
        />
    }
}

/// A number field that may be left empty (the default in force); what it takes is up to
/// `parse`, which says why in plain words when it cannot. Like the other fields, what the
/// person typed stays while it is invalid, and the last valid value stays in force.
#[component]
pub fn OptionalNumberField(
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<Option<f64>>,
    parse: Callback<String, Result<Option<f64>, String>>,
    on_commit: Callback<Option<f64>>,
    #[prop(optional, into)] unit: String,
) -> impl IntoView {
    let draft = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let error_id = format!("{id}-error");
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        match parse.run(text.clone()) {
            Ok(v) => {
                error.set(None);
                on_commit.run(v);
            }
            Err(e) => error.set(Some(e)),
        }
        draft.set(Some(text));
    };
    // A memo: the input is written when its text changes, not whenever the board changes
    // (a value derived from the whole scenario wakes on every drop).
    let shown = Memo::new(move |_| {
        draft
            .get()
            .unwrap_or_else(|| value.get().map(format_number).unwrap_or_default())
    });
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{move || label.get()}</label>
            <div class="field-input">
            <input
                id=id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                prop:value=move || shown.get()
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                aria-describedby=error_id.clone()
                on:input=on_input
                on:blur=move |_| {
                    if error.with_untracked(Option::is_none) {
                        draft.set(None);
                    }
                }
            />
            <span class="field-unit">{unit}</span>
            </div>
            <p id=error_id class="field-error">{move || error.get()}</p>
        </div>
    }
}

/// Empty is None; else a number within `field`'s bounds.
pub fn parse_optional(field: Field, text: &str) -> Result<Option<f64>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    limits::parse_number(field, text)
        .map(Some)
        .map_err(|e| format!("{e}."))
}

#[component]
pub fn NameField(
    id: String,
    #[prop(into)] value: Signal<String>,
    on_commit: Callback<String>,
) -> impl IntoView {
    let draft = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let error_id = format!("{id}-error");
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        match limits::validate_name(Field::WorkloadName, &text) {
            Ok(()) => {
                error.set(None);
                on_commit.run(text.trim().to_owned());
            }
            Err(e) => error.set(Some(e.to_string())),
        }
        draft.set(Some(text));
    };
    view! {
        <div class="field field-wide" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>"Name"</label>
            <input
                id=id
                type="text"
                autocomplete="off"
                prop:value=move || draft.get().unwrap_or_else(|| value.get())
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                aria-describedby=error_id.clone()
                on:input=on_input
                on:blur=move |_| {
                    if error.with_untracked(Option::is_none) {
                        draft.set(None);
                    }
                }
            />
            <p id=error_id class="field-error">{move || error.get()}</p>
        </div>
    }
}

/// A labelled `<select>` over `(key, label)` options.
#[component]
pub fn SelectField(
    id: String,
    label: &'static str,
    /// `(value, text)` pairs.
    options: Vec<(String, String)>,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id prop:value=move || value.get() on:change=move |ev| on_change.run(event_target_value(&ev))>
                {options
                    .into_iter()
                    .map(|(key, text)| {
                        let k = key.clone();
                        view! { <option value=key selected=move || value.with(|v| *v == k)>{text}</option> }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
