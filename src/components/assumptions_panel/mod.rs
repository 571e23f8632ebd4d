use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::engine::model::text::capitalise;

use crate::engine::assumptions::{Assumption, Assumptions, Category};
use crate::engine::model::money::format_number;
use crate::state::use_app_state;
use crate::web::dom;

mod range_fields;

use range_fields::RangeFields;

/// Every price, rate and rule the engine uses, with its source and date; any of them can be
/// overridden, and overridden values are marked and can be reset. Assumptions that move a
/// cost also carry a range (low, high) that the cost bands sample; the sources' range is
/// the default, and the user's can be reset to it.
#[component]
pub fn AssumptionsPanel() -> impl IntoView {
    let state = use_app_state();
    let filter = RwSignal::new(String::new());
    let only_overridden = RwSignal::new(false);
    let overridden_count = Memo::new(move |_| state.overrides.with(BTreeMap::len));
    let book_count = Memo::new(move |_| {
        state
            .price_book
            .with(|b| b.as_ref().map_or(0, |b| b.values.len()))
    });
    // The rows read these, not the scenario: a move on the board then wakes none of them.
    let edits = Edits {
        overrides: state.overrides,
        ranges: state.ranges,
    };
    let visible = move |a: &Assumption| {
        let f = filter.with(|f| f.trim().to_lowercase());
        let text_ok = f.is_empty()
            || a.label.to_lowercase().contains(&f)
            || a.id.to_lowercase().contains(&f)
            || a.source.to_lowercase().contains(&f);
        text_ok && (!only_overridden.get() || state.overrides.with(|o| o.contains_key(&a.id)))
    };
    // The ~190 rows are built only while the panel is open: each row follows the scenario,
    // so kept mounted but hidden they added several milliseconds to every drop.
    let (open, set_open) = signal(false);
    view! {
        <details class="panel assumptions" on:toggle=move |e| set_open.set(dom::details_open(&e))>
            <summary>
                <h2 class="panel-title">
                    "Assumptions " <span class="count">{move || format!("({} of {} overridden)", overridden_count.get(), Assumptions::all().len())}</span>
                    <span class="count">{move || (book_count.get() > 0).then(|| format!(" · {} from your private price book", book_count.get()))}</span>
                </h2>
            </summary>
            <Show when=move || open.get()>
                <p class="hint">"Every default names its source and date. Type a value to override it for this scenario. \
                    A range (low to high) around the value is sampled for the cost bands; the value stays the most likely."</p>
                <div class="assumption-tools">
                    <label class="field field-inline">
                        <span>"Find"</span>
                        <input type="search" placeholder="price, egress, gpt-4.1, seed 001…" prop:value=move || filter.get()
                            on:input=move |ev| filter.set(event_target_value(&ev)) />
                    </label>
                    <label class="checkbox">
                        <input type="checkbox" prop:checked=move || only_overridden.get()
                            on:change=move |ev| only_overridden.set(event_target_checked(&ev)) />
                        "Only overridden"
                    </label>
                    <button type="button" class="link-button"
                        disabled=move || overridden_count.get() == 0 && state.ranges.with(BTreeMap::is_empty)
                        on:click=move |_| state.change("reset all assumptions", None, |s| {
                            s.overrides.clear();
                            s.ranges.clear();
                        })>
                        "Reset all to defaults"
                    </button>
                </div>
                {Category::ALL.into_iter().map(|category| {
                    let items: Vec<&'static Assumption> = Assumptions::all().iter().filter(|a| a.category == category).collect();
                    let any_visible = {
                        let items = items.clone();
                        move || items.iter().any(|a| visible(a))
                    };
                    view! {
                        <Show when=any_visible.clone()>
                            <h3 class="category-title">{category.label()}</h3>
                            <table class="assumption-table">
                                <thead>
                                    <tr>
                                        <th scope="col">"Assumption"</th>
                                        <th scope="col">"Value"</th>
                                        <th scope="col">"Source and date"</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {items.clone().into_iter().map(|a| view! {
                                        <Show when=move || visible(a)>
                                            <AssumptionRow a edits />
                                        </Show>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </Show>
                    }
                }).collect_view()}
            </Show>
        </details>
    }
}

/// The user's overrides and ranges, each changing only when it does.
#[derive(Clone, Copy)]
struct Edits {
    overrides: ReadSignal<BTreeMap<String, f64>>,
    ranges: ReadSignal<BTreeMap<String, (f64, f64)>>,
}

#[component]
fn AssumptionRow(a: &'static Assumption, edits: Edits) -> impl IntoView {
    let state = use_app_state();
    let id = a.id.as_str();
    let current = Memo::new(move |_| edits.overrides.with(|o| o.get(id).copied()));
    // The private price book's value and label, when it sets this assumption.
    let book = Memo::new(move |_| {
        state.price_book.with(|b| {
            b.as_ref()
                .and_then(|b| b.value(id).map(|v| (v, b.source_label())))
        })
    });
    let base = move || book.with(|b| b.as_ref().map_or(a.default, |(v, _)| *v));
    let draft = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let input_id = format!("assumption-{}", id.replace('.', "-"));
    let error_id = format!("{input_id}-error");
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        let parsed = a.parse(&text).map_err(|e| capitalise(&e.to_string()));
        match parsed {
            Ok(v) => {
                error.set(None);
                let base = base();
                state.change(&format!("change {}", a.label), Some(id.to_owned()), |s| {
                    if v == base {
                        s.overrides.remove(id);
                    } else {
                        s.overrides.insert(id.to_owned(), v);
                    }
                });
            }
            Err(message) => error.set(Some(message)),
        }
        draft.set(Some(text));
    };
    let range = a
        .range
        .map(|(lo, hi)| format!("range {}–{}", format_number(lo), format_number(hi)));
    let ranged = Memo::new(move |_| edits.ranges.with(|r| r.contains_key(id)));
    view! {
        <tr class:overridden=move || current.get().is_some() class:from-price-book=move || book.with(Option::is_some)
            class:invalid=move || error.with(Option::is_some) class:ranged=move || ranged.get()>
            <th scope="row">
                <label for=input_id.clone()>{a.label.as_str()}</label>
                <span class="assumption-id">{id}</span>
            </th>
            <td class="assumption-value">
                <input
                    id=input_id
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    prop:value=move || draft.get().unwrap_or_else(|| a.display_value(current.get().unwrap_or_else(base)))
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    aria-describedby=error_id.clone()
                    on:input=on_input
                    on:blur=move |_| if error.with_untracked(Option::is_none) { draft.set(None) }
                />
                <span class="field-unit">{a.unit}</span>
                <p id=error_id class="field-error">{move || error.get()}</p>
                <Show when=move || book.with(Option::is_some)>
                    <span class="badge badge-price-book">"price book"</span>
                </Show>
                <Show when=move || current.get().is_some()>
                    <span class="badge">"overridden"</span>
                    <button type="button" class="link-button" on:click=move |_| {
                        draft.set(None);
                        error.set(None);
                        state.change(&format!("reset {}", a.label), None, |s| { s.overrides.remove(id); });
                    }>{move || format!("Reset to {}", a.display_value(base()))}</button>
                </Show>
                {a.category.is_sampled().then(|| view! { <RangeFields a edits /> })}
            </td>
            <td class="assumption-source">
                {move || book.get().map(|(_, label)| view! {
                    <strong class="price-book-source">{label}</strong>
                    {format!(" · default {} {}, from: ", a.display_value(a.default), a.unit)}
                })}
                {a.source.as_str()}
                <span class="source-date">{format!(" · {} · confidence {:?}", a.source_date, a.confidence)}</span>
                {range.map(|r| view! { <span class="source-range">{format!(" · {r}")}</span> })}
            </td>
        </tr>
    }
}
