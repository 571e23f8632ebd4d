//! The selected workload's capacity (issue #18): pay-as-you-go tokens, Azure provisioned
//! throughput units (PTU) or whichever of the two costs less; where the units are served from,
//! how long they are reserved for, how many (empty: sized to the peak) and how spiky the
//! traffic is. Below the fields, what the plan's evaluation made of it in plain words. A count
//! the model cannot be reserved at, or a ratio out of bounds, is refused in place and the last
//! valid value stays in force.

use leptos::prelude::*;

use super::options;
use super::workload_fields::field_id;
use crate::components::fields::{parse_optional, OptionalNumberField, SelectField};
use crate::engine::assumptions::Key;
use crate::engine::model::capacity::{Capacity, Provisioning, PtuDeployment, PtuTerm};
use crate::engine::model::currency::Currency;
use crate::engine::model::limits::Field;
use crate::engine::model::money::format_number;
use crate::engine::model::ptu_catalog::{check_units, PTU_SIZING_SOURCE};
use crate::engine::model::scenario::WorkloadId;
use crate::engine::{Evaluation, FindingKind, ProvisionedSizing};
use crate::state::{use_app_state, AppState};

/// The deployment select's value for "from the workload's residency".
const FROM_RESIDENCY: &str = "residency";

#[component]
pub fn CapacityFields(id: WorkloadId) -> impl IntoView {
    let state = use_app_state();
    let choice = Memo::new(move |_| {
        state
            .scenario
            .with(|s| s.workload(id).map(|w| w.provisioning).unwrap_or_default())
    });
    let capacity = Memo::new(move |_| choice.get().capacity);
    view! {
        <section class="capacity field-wide" aria-labelledby=field_id(id, "capacity-title")>
            <h3 id=field_id(id, "capacity-title")>"Capacity"</h3>
            <SelectField
                id=field_id(id, "capacity")
                label="Capacity"
                options=options(Capacity::ALL.iter().map(|c| (c.key(), c.label())))
                value=Signal::derive(move || capacity.get().key().to_owned())
                on_change=Callback::new(move |key: String| {
                    if let Some(c) = Capacity::from_key(&key) {
                        state.edit(id, "capacity", |w| w.provisioning.capacity = c);
                    }
                })
            />
            <Show when=move || capacity.get() != Capacity::PayAsYouGo>
                <ProvisionedFields id choice />
            </Show>
            <div
                class="capacity-readout"
                role="status"
                aria-live="polite"
                aria-label="Capacity readout"
            >
                {move || {
                    readout_of(state, id, capacity.get())
                        .into_iter()
                        .map(|line| view! { <p>{line}</p> })
                        .collect_view()
                }}
            </div>
        </section>
    }
}

/// Deployment, reservation, units and peak ratio: only when provisioned throughput may be priced.
#[component]
fn ProvisionedFields(id: WorkloadId, choice: Memo<Provisioning>) -> impl IntoView {
    let state = use_app_state();
    let deployment = Signal::derive(move || {
        choice
            .get()
            .deployment
            .map_or(FROM_RESIDENCY, PtuDeployment::key)
            .to_owned()
    });
    let mut deployments = vec![(
        FROM_RESIDENCY.to_owned(),
        "From residency (Global or Data Zone)".to_owned(),
    )];
    deployments.extend(options(PtuDeployment::ALL.iter().map(|d| (d.key(), d.label()))));
    let peak_default = Memo::new(move |_| {
        state
            .evaluation
            .with(|r| r.as_ref().ok().map(|e| e.assumptions.get(Key::PtuPeakToAverage)))
    });
    let peak_label = Signal::derive(move || match peak_default.get() {
        Some(v) => format!("Peak traffic over average (empty = {})", format_number(v)),
        None => "Peak traffic over average (empty = the assumption)".to_owned(),
    });
    view! {
        <SelectField
            id=field_id(id, "ptu-deployment")
            label="PTU deployment"
            options=deployments
            value=deployment
            on_change=Callback::new(move |key: String| {
                let d = PtuDeployment::from_key(&key);
                if d.is_some() || key == FROM_RESIDENCY {
                    state.edit(id, "PTU deployment", |w| w.provisioning.deployment = d);
                }
            })
        />
        <SelectField
            id=field_id(id, "ptu-term")
            label="Reservation"
            options=options(PtuTerm::ALL.iter().map(|t| (t.key(), t.label())))
            value=Signal::derive(move || choice.get().term.key().to_owned())
            on_change=Callback::new(move |key: String| {
                if let Some(t) = PtuTerm::from_key(&key) {
                    state.edit(id, "reservation", |w| w.provisioning.term = t);
                }
            })
        />
        <OptionalNumberField
            id=field_id(id, "ptu-units")
            label="PTU count (empty = sized to the peak)"
            value=Signal::derive(move || choice.get().units.map(f64::from))
            parse=Callback::new(move |text: String| parse_units(state, id, &text))
            on_commit=Callback::new(move |units: Option<f64>| {
                // parse_units only passes whole counts within the field's bounds.
                let units = units.and_then(|u| u32::try_from(u.round() as i64).ok());
                state.edit(id, "PTU count", |w| w.provisioning.units = units);
            })
        />
        <OptionalNumberField
            id=field_id(id, "peak-to-average")
            label=peak_label
            value=Signal::derive(move || choice.get().peak_to_average)
            parse=Callback::new(move |text: String| parse_optional(Field::PeakToAverage, &text))
            on_commit=Callback::new(move |ratio: Option<f64>| {
                state.edit(id, "peak traffic", |w| w.provisioning.peak_to_average = ratio);
            })
        />
        <p class="hint">{format!("PTU sizing figures: {PTU_SIZING_SOURCE}.")}</p>
    }
}

/// A unit count within the field's bounds that the workload's model can be reserved at on
/// the deployment in force (its minimum and steps).
fn parse_units(state: AppState, id: WorkloadId, text: &str) -> Result<Option<f64>, String> {
    let Some(units) = parse_optional(Field::PtuUnits, text)? else {
        return Ok(None);
    };
    let Some((model, deployment)) = state.scenario.with_untracked(|s| {
        s.workload(id).map(|w| {
            (
                w.model,
                w.provisioning.deployment_for(w.residency.is_constrained()),
            )
        })
    }) else {
        return Ok(Some(units));
    };
    let whole = u32::try_from(units.round() as i64).map_err(|_| format!("{units} is not a PTU count."))?;
    check_units(model, deployment, whole)
        .map(|()| Some(units))
        .map_err(|e| e.to_string())
}

/// What the plan made of the workload's capacity choice, as sentences.
fn readout_of(state: AppState, id: WorkloadId, capacity: Capacity) -> Vec<String> {
    if capacity == Capacity::PayAsYouGo {
        return Vec::new();
    }
    state.evaluation.with(|r| match r {
        Ok(e) => readout(e, id, capacity),
        Err(_) => Vec::new(),
    })
}

fn readout(e: &Evaluation, id: WorkloadId, capacity: Capacity) -> Vec<String> {
    let Some(cost) = e.plan.cost.workload(id) else {
        return vec!["Not priced until it is placed on Azure, AWS or Both.".to_owned()];
    };
    let mut lines = cost
        .provisioned
        .map(|s| describe(&s, capacity, &e.currency).to_vec())
        .unwrap_or_default();
    lines.extend(
        e.plan
            .cost
            .findings
            .iter()
            .filter(|f| f.workload == Some(id) && matches!(f.kind, FindingKind::PricedPayAsYouGo { .. }))
            .map(|f| f.message(&e.currency)),
    );
    lines
}

/// The sizing in two sentences: the units, how full they run and what spills, the two
/// prices and which is priced; then where provisioned starts to pay off.
fn describe(s: &ProvisionedSizing, capacity: Capacity, currency: &Currency) -> [String; 2] {
    let term = match s.term {
        PtuTerm::Hourly => "hourly, no reservation",
        t => t.label(),
    };
    let spill = if s.spill_share > 0.0 {
        format!("{} of tokens spill to pay-as-you-go", percent(s.spill_share))
    } else {
        "no tokens spill to pay-as-you-go".to_owned()
    };
    let verdict = match (capacity, s.in_force) {
        (Capacity::CheaperOfTheTwo, true) => "provisioned is cheaper, so provisioned is priced",
        (Capacity::CheaperOfTheTwo, false) => "pay-as-you-go is cheaper, so pay-as-you-go is priced",
        _ if s.provisioned > s.pay_as_you_go => {
            "provisioned is priced, as chosen, though pay-as-you-go would cost less"
        }
        _ => "provisioned is priced",
    };
    let first = format!(
        "{} PTU ({}, {term}), {} used; {spill}. Provisioned {} a month against {} pay-as-you-go: {verdict}.",
        format_number(f64::from(s.units)),
        s.deployment.label(),
        percent(s.utilisation),
        currency.format(s.provisioned),
        currency.format(s.pay_as_you_go),
    );
    let second = match s.break_even_tokens_per_day {
        Some(t) => format!("Provisioned pays off above {} tokens a day.", tokens(t)),
        None => "Provisioned does not pay off at this traffic shape for this model.".to_owned(),
    };
    [first, second]
}

/// A share 0-1 as a whole percentage; "under 1%" for a share that rounds to nothing.
fn percent(share: f64) -> String {
    let p = (share * 100.0).round();
    if p < 1.0 && share > 0.0 {
        "under 1%".to_owned()
    } else {
        format!("{}%", format_number(p))
    }
}

/// A token count as people say it: 850k, 3.4M, 34M, 1.2B.
fn tokens(n: f64) -> String {
    let short = |v: f64, unit: &str| {
        if v >= 10.0 {
            format!("{}{unit}", format_number(v.round()))
        } else {
            format!("{}{unit}", format_number((v * 10.0).round() / 10.0))
        }
    };
    if n >= 1e9 {
        short(n / 1e9, "B")
    } else if n >= 1e6 {
        short(n / 1e6, "M")
    } else if n >= 1e3 {
        short(n / 1e3, "k")
    } else {
        format_number(n.round())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The engine test's gpt-4.1 case at three times the break-even traffic (tests/engine_procurement.rs).
    fn sizing(in_force: bool, spill_share: f64) -> ProvisionedSizing {
        ProvisionedSizing {
            units: 40,
            deployment: PtuDeployment::Global,
            term: PtuTerm::Yearly,
            utilisation: 0.866,
            spill_share,
            pay_as_you_go: 9_945.0,
            provisioned: 8_840.0,
            in_force,
            break_even_tokens_per_day: Some(34_058_219.0),
        }
    }

    #[test]
    fn the_readout_names_the_units_use_spill_prices_and_break_even() {
        let [first, second] = describe(&sizing(true, 0.03), Capacity::Provisioned, &Currency::usd());
        assert_eq!(
            first,
            "40 PTU (Global, 1-year reservation), 87% used; 3% of tokens spill to pay-as-you-go. \
             Provisioned $8,840 a month against $9,945 pay-as-you-go: provisioned is priced."
        );
        assert_eq!(second, "Provisioned pays off above 34M tokens a day.");
    }

    #[test]
    fn amounts_follow_the_currency() {
        let [first, _] = describe(&sizing(true, 0.0), Capacity::Provisioned, &Currency::eur());
        assert!(first.contains("no tokens spill"), "{first}");
        assert!(first.contains("Provisioned €") && !first.contains('$'), "{first}");
    }

    #[test]
    fn cheaper_of_the_two_says_which_is_priced() {
        let [on, _] = describe(&sizing(true, 0.0), Capacity::CheaperOfTheTwo, &Currency::usd());
        assert!(
            on.ends_with("provisioned is cheaper, so provisioned is priced."),
            "{on}"
        );
        let mut dear = sizing(false, 0.0);
        dear.provisioned = 12_000.0;
        dear.break_even_tokens_per_day = None;
        let [off, never] = describe(&dear, Capacity::CheaperOfTheTwo, &Currency::usd());
        assert!(
            off.ends_with("pay-as-you-go is cheaper, so pay-as-you-go is priced."),
            "{off}"
        );
        assert_eq!(
            never,
            "Provisioned does not pay off at this traffic shape for this model."
        );
        dear.in_force = true;
        let [chosen, _] = describe(&dear, Capacity::Provisioned, &Currency::usd());
        assert!(
            chosen.contains("though pay-as-you-go would cost less"),
            "{chosen}"
        );
    }

    #[test]
    fn shares_and_token_counts_read_as_people_say_them() {
        assert_eq!(percent(0.004), "under 1%");
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(tokens(850_400.0), "850k");
        assert_eq!(tokens(3_440_000.0), "3.4M");
        assert_eq!(tokens(1_200_000_000.0), "1.2B");
        assert_eq!(tokens(512.0), "512");
    }

    #[test]
    fn counts_and_ratios_out_of_bounds_are_refused_in_plain_words() {
        assert_eq!(parse_optional(Field::PtuUnits, "  "), Ok(None));
        assert_eq!(parse_optional(Field::PtuUnits, "40"), Ok(Some(40.0)));
        assert!(parse_optional(Field::PtuUnits, "200000").is_err_and(|m| m.contains("at most 100000")));
        assert!(parse_optional(Field::PtuUnits, "15.5").is_err_and(|m| m.contains("whole number")));
        assert!(parse_optional(Field::PeakToAverage, "0.5").is_err_and(|m| m.contains("at least 1")));
        assert!(parse_optional(Field::PeakToAverage, "60").is_err_and(|m| m.contains("at most 50")));
    }
}
