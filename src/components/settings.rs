use leptos::prelude::*;

use super::currency_settings::CurrencySettings;
use super::fields::{parse_optional, NumberField, OptionalNumberField, SelectField};
use super::inspector::options;
use super::org_questions::OrgQuestions;
use crate::engine::model::limits::{
    Field, MAX_COMMITMENT_END_YEAR, MAX_HORIZON_YEARS, MAX_START_YEAR, MIN_HORIZON_YEARS, MIN_START_YEAR,
};
use crate::engine::model::scenario::{GovernanceModel, NativeCloud, YearMonth};
use crate::state::use_app_state;

/// The plan's time frame and the organisation it is for.
#[component]
pub fn Settings() -> impl IntoView {
    let state = use_app_state();
    let start = Memo::new(move |_| state.scenario.with(|s| s.start));
    let horizon = Memo::new(move |_| state.scenario.with(|s| s.horizon_years));
    let org = Memo::new(move |_| state.scenario.with(|s| s.org.clone()));
    let start_error = RwSignal::new(None::<String>);
    let horizons = (MIN_HORIZON_YEARS..=MAX_HORIZON_YEARS)
        .map(|y| {
            (
                y.to_string(),
                if y == 1 {
                    "1 year".to_owned()
                } else {
                    format!("{y} years")
                },
            )
        })
        .collect::<Vec<_>>();
    view! {
        <section class="panel settings" aria-labelledby="settings-title">
            <h2 id="settings-title" class="panel-title">"Plan and organisation"</h2>
            <div class="settings-grid">
                <div class="field" class:invalid=move || start_error.with(Option::is_some)>
                    <label for="plan-start">"Plan starts"</label>
                    <input
                        id="plan-start"
                        type="month"
                        prop:value=move || start.get().to_string()
                        aria-describedby="plan-start-error"
                        on:change=move |ev| match parse_month(&event_target_value(&ev)) {
                            Some(ym) => {
                                start_error.set(None);
                                state.change("change the plan start", None, |s| s.start = ym);
                            }
                            None => start_error.set(Some(format!("Enter a month between {MIN_START_YEAR}-01 and {MAX_START_YEAR}-12."))),
                        }
                    />
                    <p id="plan-start-error" class="field-error">{move || start_error.get()}</p>
                </div>
                <SelectField
                    id="plan-horizon".to_owned()
                    label="Horizon"
                    options=horizons
                    value=Signal::derive(move || horizon.get().to_string())
                    on_change=Callback::new(move |v: String| {
                        if let Ok(y) = v.parse::<u8>() {
                            let mut dropped = 0;
                            state.change("change the horizon", None, |s| dropped = s.set_horizon_years(y));
                            if dropped > 0 {
                                state.announce(format!(
                                    "{dropped} scheduled move(s) fell after the new horizon and were taken off; Undo brings them back."
                                ));
                            }
                        }
                    })
                />
                <SelectField
                    id="org-native".to_owned()
                    label="Organisation is native to"
                    options=options([("azure", "Azure"), ("aws", "AWS"), ("both", "Both clouds"), ("on-prem", "On-premises")].into_iter())
                    value=Signal::derive(move || match org.get().native_cloud {
                        NativeCloud::Azure => "azure",
                        NativeCloud::Aws => "aws",
                        NativeCloud::Both => "both",
                        NativeCloud::OnPremises => "on-prem",
                    }.to_owned())
                    on_change=Callback::new(move |v: String| {
                        let native = match v.as_str() {
                            "aws" => NativeCloud::Aws,
                            "both" => NativeCloud::Both,
                            "on-prem" => NativeCloud::OnPremises,
                            _ => NativeCloud::Azure,
                        };
                        state.change("change the native cloud", None, |s| s.org.native_cloud = native);
                    })
                />
                <SelectField
                    id="org-governance".to_owned()
                    label="Governance model"
                    options=options([("centralised", "Centralised (unified controls)"), ("federated", "Federated (per platform)")].into_iter())
                    value=Signal::derive(move || match org.get().governance {
                        GovernanceModel::Centralised => "centralised",
                        GovernanceModel::Federated => "federated",
                    }.to_owned())
                    on_change=Callback::new(move |v: String| {
                        let g = if v == "federated" { GovernanceModel::Federated } else { GovernanceModel::Centralised };
                        state.change("change the governance model", None, |s| s.org.governance = g);
                    })
                />
                <CurrencySettings />
                <DiscountField azure=true />
                <DiscountField azure=false />
            </div>
            <OrgQuestions />
        </section>
    }
}

/// A cloud's commitment: whether a contract exists, and its discount off list prices.
#[component]
fn DiscountField(azure: bool) -> impl IntoView {
    let state = use_app_state();
    let cloud = if azure { "Azure" } else { "AWS" };
    let key = if azure { "azure" } else { "aws" };
    let contract = Memo::new(move |_| {
        state.scenario.with(|s| {
            if azure {
                s.org.azure_contract
            } else {
                s.org.aws_contract
            }
        })
    });
    view! {
        <div class="discount">
            <label class="checkbox">
                <input type="checkbox" prop:checked=move || contract.get() on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    state.change("change a contract", None, |s| if azure { s.org.azure_contract = on } else { s.org.aws_contract = on });
                } />
                {format!("Existing {cloud} commitment (EA / EDP)")}
            </label>
            <NumberField
                id=format!("org-{key}-discount")
                label=format!("{cloud} discount off list")
                field=if azure { Field::AzureDiscountPercent } else { Field::AwsDiscountPercent }
                value=Signal::derive(move || state.scenario.with(|s| if azure { s.org.azure_discount_percent } else { s.org.aws_discount_percent }))
                on_commit=Callback::new(move |v: f64| state.change("change a discount", Some(format!("discount-{azure}")), |s| if azure { s.org.azure_discount_percent = v } else { s.org.aws_discount_percent = v }))
                unit="%"
            />
            {move || {
                // Typed in the plan's currency, kept in US dollars like every amount; rebuilt
                // when the currency changes, not on every change to the board.
                let (code, per_usd) = state.currency.with(|c| (c.code.clone(), c.per_usd));
                view! {
                    <NumberField
                        id=format!("org-{key}-commitment")
                        label=format!("{cloud} commitment a year (0 = not stated)")
                        field=if azure { Field::AzureCommitmentUsdYear } else { Field::AwsCommitmentUsdYear }
                        value=Signal::derive(move || per_usd * state.scenario.with(|s| if azure { s.org.azure_commitment.annual_usd } else { s.org.aws_commitment.annual_usd }))
                        on_commit=Callback::new(move |v: f64| state.change("change a commitment's size", Some(format!("commitment-{azure}")), |s| if azure { s.org.azure_commitment.annual_usd = v / per_usd } else { s.org.aws_commitment.annual_usd = v / per_usd }))
                        unit=code
                    />
                }
            }}
            <CommitmentEnd azure />
            <NumberField
                id=format!("org-{key}-commitment-term")
                label=format!("{cloud} commitment term (years before its end, 0 = not stated)")
                field=Field::CommitmentTermYears
                value=Signal::derive(move || state.scenario.with(|s| f64::from(if azure { s.org.azure_commitment.term_years } else { s.org.aws_commitment.term_years })))
                on_commit=Callback::new(move |v: f64| {
                    let years = v as u8;
                    state.change("change a commitment's term", Some(format!("commitment-term-{azure}")), |s| if azure { s.org.azure_commitment.term_years = years } else { s.org.aws_commitment.term_years = years })
                })
                unit="years"
            />
            <OptionalNumberField
                id=format!("org-{key}-commitment-discount")
                label=format!("Discount under the {cloud} commitment (empty = the discount off list)")
                parse=Callback::new(|text: String| parse_optional(Field::CommitmentDiscountPercent, &text))
                value=Signal::derive(move || state.scenario.with(|s| if azure { s.org.azure_commitment.discount_percent } else { s.org.aws_commitment.discount_percent }))
                on_commit=Callback::new(move |v: Option<f64>| state.change("change a commitment's discount", Some(format!("commitment-discount-{azure}")), |s| if azure { s.org.azure_commitment.discount_percent = v } else { s.org.aws_commitment.discount_percent = v }))
                unit="%"
            />
        </div>
    }
}

/// The last month a cloud's commitment covers; empty means not stated (the whole plan).
#[component]
fn CommitmentEnd(azure: bool) -> impl IntoView {
    let state = use_app_state();
    let cloud = if azure { "Azure" } else { "AWS" };
    let id = format!("org-{}-commitment-end", if azure { "azure" } else { "aws" });
    let error_id = format!("{id}-error");
    let error = RwSignal::new(None::<String>);
    let ends = Memo::new(move |_| {
        state.scenario.with(|s| {
            if azure {
                s.org.azure_commitment.ends
            } else {
                s.org.aws_commitment.ends
            }
        })
    });
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{format!("{cloud} commitment ends (month, empty = not stated)")}</label>
            <input
                id=id
                type="month"
                prop:value=move || ends.get().map(|e| e.to_string()).unwrap_or_default()
                aria-describedby=error_id.clone()
                on:change=move |ev| {
                    let text = event_target_value(&ev);
                    let parsed = if text.trim().is_empty() { Some(None) } else { parse_month_within(&text, MAX_COMMITMENT_END_YEAR).map(Some) };
                    match parsed {
                        Some(end) => {
                            error.set(None);
                            state.change("change a commitment's end", None, |s| if azure { s.org.azure_commitment.ends = end } else { s.org.aws_commitment.ends = end });
                        }
                        None => error.set(Some(format!("Enter a month between {MIN_START_YEAR}-01 and {MAX_COMMITMENT_END_YEAR}-12, or leave it empty."))),
                    }
                }
            />
            <p id=error_id class="field-error">{move || error.get()}</p>
        </div>
    }
}

fn parse_month(text: &str) -> Option<YearMonth> {
    parse_month_within(text, MAX_START_YEAR)
}

fn parse_month_within(text: &str, last_year: i32) -> Option<YearMonth> {
    let (y, m) = text.trim().split_once('-')?;
    let ym = YearMonth::new(y.parse().ok()?, m.parse().ok()?)?;
    (MIN_START_YEAR..=last_year).contains(&ym.year).then_some(ym)
}
