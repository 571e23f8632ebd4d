//! Provisioned throughput on Azure: how many units a workload's traffic needs, what share of
//! its tokens spills over them to pay-as-you-go, and whether that beats paying as it goes.
//!
//! Traffic is measured in input-equivalent tokens a minute as Microsoft sizes it: uncached
//! input, plus output (hidden reasoning included) times the model's output weight. Over a
//! month it follows a linear load-duration curve: sorted from the busiest minute down, the
//! load falls in a straight line from the peak (average x peak-to-average) so that it
//! averages the average (reaching zero when the peak is more than twice the average). The
//! share above the units' capacity spills; it is a stated simplification, shown with its
//! figures so that a user with measured traffic can set the units and the ratio.
//!
//! The units are chosen at the plan's start with the values in force (a sample of the
//! uncertainty band keeps them). Units sized to the traffic follow its growth; units entered
//! by hand stay, and their spill is the start's share.

use super::builder::Builder;
use super::formula::{ptu_price_key, Formula, Shape, HOURS_PER_MONTH};
use super::lines::Component;
use super::on_cloud::{OnCloud, WorkloadPass};
use super::sizing::ProvisionedSizing;
use crate::assumptions::{AssumptionSet, Key, Resolved};
use crate::model::capacity::{Capacity, NotProvisioned, PtuDeployment};
use crate::model::cloud::Cloud;
use crate::model::ptu_catalog::{ptu_model, PtuModel};

const MINUTES_PER_MONTH: f64 = HOURS_PER_MONTH * 60.0;
const DAYS_PER_MONTH: f64 = 365.0 / 12.0;

/// A month of the workload's tokens on this cloud, before any discount.
struct Traffic {
    /// Input-equivalent tokens, as the capacity counts them.
    normalized: f64,
    /// Input and output tokens, as a person counts them.
    tokens: f64,
}

/// Prices the units when provisioned throughput is in force and returns the share of the
/// token formulas still billed pay-as-you-go (1 when it is not in force).
pub(super) fn price(
    b: &mut Builder<'_, '_>,
    on: &OnCloud<'_>,
    pass: &mut WorkloadPass,
    tokens: &[Formula],
) -> f64 {
    let w = on.w;
    let choice = w.provisioning;
    if choice.is_pay_as_you_go() {
        return 1.0;
    }
    if on.cloud == Cloud::Aws {
        pass.not_provisioned[on.cloud.index()] = Some(NotProvisioned::NoPublicPriceOnAws);
        return 1.0;
    }
    let Some(model) = ptu_model(w.model) else {
        pass.not_provisioned[on.cloud.index()] = Some(NotProvisioned::ModelNotOffered);
        return 1.0;
    };
    let r = b.ctx.r;
    let deployment = choice.deployment_for(w.residency.is_constrained());
    let traffic = traffic(r, on, &model);
    let ratio = choice
        .peak_to_average
        .unwrap_or_else(|| r.get(Key::PtuPeakToAverage))
        .max(1.0);
    let average = traffic.normalized / MINUTES_PER_MONTH;
    let peak = average * ratio;
    let units = match choice.units {
        Some(u) => model.held_to_steps(u, deployment),
        None => model.units_for(peak, deployment),
    };
    let capacity = f64::from(units) * model.input_tpm_per_ptu;
    let spill = spill_share(average, peak, capacity);
    let fee = Formula::new(
        Shape::ProvisionedUnits {
            deployment,
            term: choice.term,
            sized_to_traffic: choice.units.is_none(),
        },
        f64::from(units) * on.disc,
    );
    let pay_as_you_go = tokens.iter().map(|f| f.amount(r)).fold(0.0, |a, b| a + b);
    let provisioned = fee.amount(r) + spill * pay_as_you_go;
    let in_force = match choice.capacity {
        Capacity::Provisioned => true,
        Capacity::CheaperOfTheTwo => provisioned < pay_as_you_go,
        Capacity::PayAsYouGo => false,
    };
    pass.provisioned = Some(ProvisionedSizing {
        units,
        deployment,
        term: choice.term,
        utilisation: if capacity > 0.0 {
            average * (1.0 - spill) / capacity
        } else {
            0.0
        },
        spill_share: spill,
        pay_as_you_go,
        provisioned,
        in_force,
        break_even_tokens_per_day: break_even(
            &model,
            deployment,
            &traffic,
            ratio,
            pay_as_you_go,
            fee.amount(r) / f64::from(units.max(1)),
        ),
    });
    if !in_force {
        return 1.0;
    }
    push_units(
        b,
        on,
        pass,
        fee,
        choice.units.is_none(),
        ptu_price_key(deployment, choice.term),
    );
    spill
}

fn push_units(
    b: &mut Builder<'_, '_>,
    on: &OnCloud<'_>,
    pass: &mut WorkloadPass,
    fee: Formula,
    sized: bool,
    price: Key,
) {
    let spec = on.line(
        b,
        Component::Tokens,
        "Provisioned throughput (Azure PTU)",
        "PTU x $ per PTU a month (hourly x 730 hours; a year's reservation / 12). Sized to the peak: \
         input-equivalent tokens a minute (uncached input + output x the model's output weight) x \
         peak-to-average / tokens a minute per PTU, rounded up to the model's step, at least its minimum",
        on.cloud,
    );
    let mut assumptions = AssumptionSet::of(&[price]);
    if sized {
        assumptions = assumptions.with(Key::PtuPeakToAverage).with(Key::VolumeGrowth);
    }
    let amount = b.push(spec, fee, assumptions);
    pass.add_run(on.cloud, fee.scaling(), amount);
}

/// The workload's month of tokens on this cloud, from the same rules the token lines use.
fn traffic(r: &Resolved, on: &OnCloud<'_>, model: &PtuModel) -> Traffic {
    let w = on.w;
    let calls = on.calls * on.share;
    let agent = w.kind.is_stateful();
    let cached = r.get(if agent {
        Key::AgentCachedInputShare
    } else {
        Key::CachedInputShare
    }) / 100.0;
    let reasoning = if w.model.is_reasoning() {
        r.get(Key::ReasoningTokensPerOutput)
    } else {
        0.0
    };
    let output = calls * w.tokens_out * (1.0 + reasoning);
    let mut input = calls * w.tokens_in;
    let mut uncached = input * (1.0 - cached);
    if agent {
        let earlier_steps = (w.steps_per_session - 1.0).max(0.0) / 2.0;
        let carried = calls
            * earlier_steps
            * (w.tokens_in * r.get(Key::StepNewInputShare) / 100.0 + w.tokens_out)
            * r.get(Key::ContextCarryShare)
            / 100.0;
        input += carried;
        uncached += carried * (1.0 - cached);
    }
    Traffic {
        normalized: uncached + output * model.output_weight,
        tokens: input + output,
    }
}

/// The share of a month's traffic above `capacity` on the linear load-duration curve that
/// averages `average` and peaks at `peak` (module docs).
pub(crate) fn spill_share(average: f64, peak: f64, capacity: f64) -> f64 {
    let peak = peak.max(average);
    if average <= 0.0 || capacity >= peak {
        return 0.0;
    }
    let capacity = capacity.max(0.0);
    if peak - average <= 1e-12 * average {
        return (1.0 - capacity / average).max(0.0);
    }
    let floor = (2.0 * average - peak).max(0.0);
    if capacity <= floor {
        return (average - capacity) / average;
    }
    // The load falls by `slope` per unit of the month; the spill is the triangle above the
    // capacity, as a share of the month's traffic.
    let slope = if peak <= 2.0 * average {
        2.0 * (peak - average)
    } else {
        peak * peak / (2.0 * average)
    };
    (peak - capacity).powi(2) / (2.0 * slope * average)
}

/// Tokens a day above which units sized to the peak cost less than paying as it goes: at
/// the minimum deployment, pay-as-you-go reaches the minimum's fee at `min fee / cost per
/// input-equivalent token`; None when a unit costs more than the tokens it serves at this
/// peak (provisioned never pays off).
fn break_even(
    model: &PtuModel,
    deployment: PtuDeployment,
    traffic: &Traffic,
    peak_to_average: f64,
    pay_as_you_go: f64,
    fee_per_unit: f64,
) -> Option<f64> {
    if traffic.normalized <= 0.0 || pay_as_you_go <= 0.0 {
        return None;
    }
    let per_normalized = pay_as_you_go / traffic.normalized;
    let normalized_per_unit = model.input_tpm_per_ptu * MINUTES_PER_MONTH / peak_to_average;
    if per_normalized * normalized_per_unit <= fee_per_unit {
        return None;
    }
    let (min, _) = model.min_and_step(deployment);
    let normalized = f64::from(min) * fee_per_unit / per_normalized;
    Some(normalized * traffic.tokens / traffic.normalized / DAYS_PER_MONTH)
}

#[cfg(test)]
mod tests {
    use super::spill_share;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn nothing_spills_at_or_above_the_peak() {
        assert_eq!(spill_share(100.0, 200.0, 200.0), 0.0);
        assert_eq!(spill_share(100.0, 200.0, 500.0), 0.0);
        assert_eq!(spill_share(0.0, 0.0, 10.0), 0.0);
    }

    #[test]
    fn peak_twice_the_average_spills_the_triangle_above_the_capacity() {
        // Average 100, peak 200: the load falls from 200 to 0 over the month. Capacity 150:
        // above it a triangle 50 high and a quarter of the month wide, 6.25 of the 100: 6.25%.
        assert!(close(spill_share(100.0, 200.0, 150.0), 0.0625));
        // Capacity at the average: a triangle 100 high, half the month: 25%.
        assert!(close(spill_share(100.0, 200.0, 100.0), 0.25));
    }

    #[test]
    fn a_gentle_peak_has_a_floor_and_a_spiky_one_reaches_zero() {
        // Average 100, peak 150: from 150 down to 50. Capacity 100: triangle 50 x 1/2 / 2 =
        // 12.5 of 100. Capacity under the floor (40): all above 40, i.e. 60%.
        assert!(close(spill_share(100.0, 150.0, 100.0), 0.125));
        assert!(close(spill_share(100.0, 150.0, 40.0), 0.6));
        // Average 100, peak 400: zero after half the month. Capacity 0: everything spills.
        assert!(close(spill_share(100.0, 400.0, 0.0), 1.0));
        // Capacity 200: triangle 200 high, a quarter of the month: 25 of 100.
        assert!(close(spill_share(100.0, 400.0, 200.0), 0.25));
        // Flat traffic: what is above the capacity.
        assert!(close(spill_share(100.0, 100.0, 80.0), 0.2));
    }
}
