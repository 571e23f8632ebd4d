//! The currency every amount is shown in: a select (US dollar, euro, pound sterling, the
//! scenario's own currency, or another one the user enters) and its dated, editable exchange
//! rate. Input that cannot be used is explained in place and the last valid value stays.

use leptos::prelude::*;

use crate::engine::model::currency::{parse_rate, trim_rate, Currency, CurrencyError};
use crate::engine::model::limits::{MAX_START_YEAR, MIN_START_YEAR};
use crate::engine::model::scenario::YearMonth;
use crate::state::use_app_state;

/// The select's value for "another currency": never a currency code (three capitals).
const OTHER: &str = "other";

fn name(c: &Currency) -> String {
    let word = match c.code.as_str() {
        "USD" => "US dollar",
        "EUR" => "Euro",
        "GBP" => "Pound sterling",
        _ => return format!("{} ({})", c.code, c.symbol),
    };
    format!("{word} ({}, {})", c.code, c.symbol)
}

/// The currency select, the rate of the one chosen and, on request, the form for another.
#[component]
pub fn CurrencySettings() -> impl IntoView {
    let state = use_app_state();
    let adding = RwSignal::new(false);
    let code = Memo::new(move |_| state.currency.with(|c| c.code.clone()));
    let options = Memo::new(move |_| {
        let mut list: Vec<(String, String)> = Currency::built_ins()
            .iter()
            .map(|c| (c.code.clone(), name(c)))
            .collect();
        state.currency.with(|c| {
            if Currency::built_in(&c.code).is_none() {
                list.push((c.code.clone(), name(c)));
            }
        });
        list.push((OTHER.to_owned(), "Another currency…".to_owned()));
        list
    });
    let value = move || {
        if adding.get() {
            OTHER.to_owned()
        } else {
            code.get()
        }
    };
    let on_change = move |ev| {
        let chosen = event_target_value(&ev);
        if chosen == OTHER {
            adding.set(true);
            return;
        }
        adding.set(false);
        if let Some(c) = Currency::built_in(&chosen) {
            state.change("change the currency", None, |s| s.currency = c);
        }
    };
    view! {
        <fieldset class="currency-settings">
            <legend>"Currency and exchange rate"</legend>
            <div class="field">
                <label for="plan-currency">"Currency"</label>
                <select id="plan-currency" prop:value=value on:change=on_change aria-describedby="plan-currency-note">
                    {move || options.get().into_iter().map(|(key, text)| {
                        let k = key.clone();
                        view! { <option value=key selected=move || value() == k>{text}</option> }
                    }).collect_view()}
                </select>
                <p id="plan-currency-note" class="hint">
                    "Prices are US dollar list prices; every amount is shown converted at this rate."
                </p>
            </div>
            // Drawn afresh for each currency, so what was typed for one is not kept for another.
            {move || (code.get() != "USD").then(|| view! { <RateFields /> })}
            <Show when=move || adding.get()>
                <OtherCurrency adding />
            </Show>
        </fieldset>
    }
}

/// The chosen currency's rate and its month, editable, with where it comes from.
#[component]
fn RateFields() -> impl IntoView {
    let state = use_app_state();
    let rate_draft = RwSignal::new(None::<String>);
    let rate_error = RwSignal::new(None::<String>);
    let month_error = RwSignal::new(None::<String>);
    let on_rate = move |ev| {
        let text = event_target_value(&ev);
        match parse_rate(&text) {
            Ok(rate) => {
                rate_error.set(None);
                state.change(
                    "change the exchange rate",
                    Some("currency-rate".to_owned()),
                    |s| {
                        if let Ok(c) = s.currency.with_rate(rate, s.currency.as_of) {
                            s.currency = c;
                        }
                    },
                );
            }
            Err(e) => rate_error.set(Some(e.to_string())),
        }
        rate_draft.set(Some(text));
    };
    let on_month = move |ev| match parse_month(&event_target_value(&ev)) {
        Some(ym) => {
            month_error.set(None);
            state.change("change the exchange rate's month", None, |s| {
                if let Ok(c) = s.currency.with_rate(s.currency.per_usd, ym) {
                    s.currency = c;
                }
            });
        }
        None => month_error.set(Some(format!(
            "Enter a month between {MIN_START_YEAR}-01 and {MAX_START_YEAR}-12."
        ))),
    };
    view! {
        <div class="field" class:invalid=move || rate_error.with(Option::is_some)>
            <label for="currency-rate">"Exchange rate (units per US dollar)"</label>
            <div class="field-input">
                <input
                    id="currency-rate"
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    prop:value=move || rate_draft.get().unwrap_or_else(|| state.currency.with(|c| trim_rate(c.per_usd)))
                    aria-invalid=move || if rate_error.with(Option::is_some) { "true" } else { "false" }
                    aria-describedby="currency-rate-error currency-source"
                    on:input=on_rate
                    on:blur=move |_| {
                        if rate_error.with_untracked(Option::is_none) {
                            rate_draft.set(None);
                        }
                    }
                />
                <span class="field-unit">{move || state.currency.with(|c| format!("{} per $1", c.symbol))}</span>
            </div>
            <p id="currency-rate-error" class="field-error">{move || rate_error.get()}</p>
        </div>
        <div class="field" class:invalid=move || month_error.with(Option::is_some)>
            <label for="currency-as-of">"Rate as of"</label>
            <input
                id="currency-as-of"
                type="month"
                prop:value=move || state.currency.with(|c| c.as_of.to_string())
                aria-describedby="currency-as-of-error"
                on:change=on_month
            />
            <p id="currency-as-of-error" class="field-error">{move || month_error.get()}</p>
        </div>
        <p id="currency-source" class="hint currency-source">
            {move || state.currency.with(|c| format!("Source: {} ({}).", c.source, c.rate_text()))}
        </p>
    }
}

/// A currency the user enters: code, symbol, rate and month, checked before it is used.
#[component]
fn OtherCurrency(adding: RwSignal<bool>) -> impl IntoView {
    let state = use_app_state();
    let code = RwSignal::new(String::new());
    let symbol = RwSignal::new(String::new());
    let rate = RwSignal::new(String::new());
    let as_of = RwSignal::new(this_month().to_string());
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let entered = parse_rate(&rate.get_untracked()).and_then(|r| {
            let month = parse_month(&as_of.get_untracked()).ok_or(CurrencyError::BadMonth)?;
            Currency::custom(&code.get_untracked(), &symbol.get_untracked(), r, month)
        });
        match entered {
            Ok(c) => {
                error.set(None);
                let announced = format!("Amounts are now shown in {}.", c.code);
                state.change("add a currency", None, |s| s.currency = c);
                adding.set(false);
                state.announce(announced);
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    let text_input = |id: &'static str, label: &'static str, value: RwSignal<String>, size: u32| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <input
                    id=id
                    type="text"
                    autocomplete="off"
                    size=size
                    prop:value=move || value.get()
                    aria-describedby="other-currency-error"
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
            </div>
        }
    };
    view! {
        <form class="other-currency" class:invalid=move || error.with(Option::is_some) on:submit=submit>
            {text_input("other-currency-code", "Code (three letters)", code, 4)}
            {text_input("other-currency-symbol", "Symbol", symbol, 5)}
            {text_input("other-currency-rate", "Units per US dollar", rate, 10)}
            <div class="field">
                <label for="other-currency-as-of">"Rate as of"</label>
                <input
                    id="other-currency-as-of"
                    type="month"
                    prop:value=move || as_of.get()
                    on:input=move |ev| as_of.set(event_target_value(&ev))
                />
            </div>
            <div class="other-currency-actions">
                <button type="submit">"Use this currency"</button>
                <button type="button" on:click=move |_| adding.set(false)>"Cancel"</button>
            </div>
            <p id="other-currency-error" class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}

fn parse_month(text: &str) -> Option<YearMonth> {
    let (y, m) = text.trim().split_once('-')?;
    let ym = YearMonth::new(y.parse().ok()?, m.parse().ok()?)?;
    (MIN_START_YEAR..=MAX_START_YEAR).contains(&ym.year).then_some(ym)
}

/// The current calendar month, for a rate entered today.
fn this_month() -> YearMonth {
    let now = js_sys::Date::new_0();
    YearMonth::new(now.get_full_year() as i32, (now.get_month() + 1) as u8).unwrap_or(YearMonth {
        year: MIN_START_YEAR,
        month: 1,
    })
}
