//! Inference tokens (including the context an agent resends at every step and the hidden
//! reasoning tokens of reasoning models), and the hourly hosting of a fine-tuned model.

use super::builder::Builder;
use super::formula::{Formula, Shape};
use super::lines::Component;
use super::on_cloud::{OnCloud, WorkloadPass};
use super::provisioned;
use crate::assumptions::{AssumptionSet, Assumptions, Key, PriceSources, Resolved};
use crate::model::catalog::WorkloadKind;
use crate::model::cloud::Cloud;

pub(super) fn price(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    let w = on.w;
    if !(on.share > 0.0 && on.calls > 0.0 && (w.tokens_in > 0.0 || w.tokens_out > 0.0)) {
        return;
    }
    let r = b.ctx.r;
    let constrained = w.residency.is_constrained();
    let agent = w.kind.is_stateful();
    let calls_here = on.calls * on.share * on.disc;
    let sources = Assumptions::price_sources(on.cloud, w.model);
    let input_side = input_assumptions(r, on, sources, agent);
    let mut assumptions = input_side.union(sources.output);
    if w.model.is_reasoning() {
        assumptions.insert(Key::ReasoningTokensPerOutput);
    }
    let formula = Formula::two(
        Shape::Tokens {
            cloud: on.cloud,
            model: w.model,
            constrained,
            agent,
        },
        calls_here * w.tokens_in,
        calls_here * w.tokens_out,
    );
    let carried = carried_context(on);
    let with_carried;
    let all: &[Formula] = match carried {
        Some(c) => {
            with_carried = [formula, c];
            &with_carried
        }
        None => std::slice::from_ref(&formula),
    };
    let pay_as_you_go = provisioned::price(b, on, pass, all);
    let label = match (pay_as_you_go < 1.0, sources.estimated) {
        (true, _) => "Inference tokens above the provisioned capacity (pay-as-you-go)",
        (false, true) => "Inference tokens (estimate: no Bedrock list price)",
        (false, false) => "Inference tokens",
    };
    let spec = on.line(
        b,
        Component::Tokens,
        label,
        "calls (volume x steps) x (tokens in x input price, cached share at the cached price + \
         tokens out x output price, reasoning models x (1 + hidden reasoning tokens per output \
         token)) / 1M, batch share at the batch discount; Azure Data Zone premium if residency is \
         constrained (Bedrock's listed prices are already in-region); x share on this cloud; with \
         provisioned throughput, x the share above its capacity",
        on.cloud,
    );
    let formula = formula.scaled(pay_as_you_go);
    let amount = if pay_as_you_go < 1.0 {
        b.push_if_positive(spec, formula, assumptions)
    } else {
        b.push(spec, formula, assumptions)
    };
    pass.add_run(on.cloud, formula.scaling(), amount);
    if let Some(carried) = carried {
        price_carried_context(b, on, pass, carried.scaled(pay_as_you_go), input_side);
    }
}

/// The assumptions behind the input side of a token line: the input prices, and the rules
/// that apply to this workload. The carried context is billed as input, so its line names
/// these and neither the output price nor reasoning.
fn input_assumptions(r: &Resolved, on: &OnCloud<'_>, sources: &PriceSources, agent: bool) -> AssumptionSet {
    let cache_key = if agent {
        Key::AgentCachedInputShare
    } else {
        Key::CachedInputShare
    };
    let always = const { AssumptionSet::of(&[Key::BatchShare, Key::VolumeGrowth, Key::TokenPriceDecline]) }
        .with(cache_key);
    let mut assumptions = always.union(sources.input);
    if r.get(cache_key) > 0.0 {
        assumptions = assumptions.union(sources.cached_input);
    }
    if r.get(Key::BatchShare) > 0.0 {
        assumptions.insert(Key::BatchDiscount);
    }
    if on.w.residency.is_constrained() && on.cloud == Cloud::Azure {
        assumptions.insert(Key::DataZonePremium);
    }
    assumptions
}

/// Step k of an agent session resends the carried share of what steps 1..k-1 added (their
/// new input and their output): over S steps that is S(S-1)/2 steps' worth a session, i.e.
/// x (S-1)/2 a call. The quantities are the step's input and output; the new share of the
/// input and the carried share are assumptions, applied in the rate.
fn carried_context(on: &OnCloud<'_>) -> Option<Formula> {
    let w = on.w;
    let earlier_steps = (w.steps_per_session - 1.0).max(0.0) / 2.0;
    let per_call = on.calls * on.share * on.disc * earlier_steps;
    (w.kind.is_stateful() && per_call > 0.0).then(|| {
        Formula::two(
            Shape::CarriedContext {
                cloud: on.cloud,
                model: w.model,
                constrained: w.residency.is_constrained(),
            },
            per_call * w.tokens_in,
            per_call * w.tokens_out,
        )
    })
}

fn price_carried_context(
    b: &mut Builder<'_, '_>,
    on: &OnCloud<'_>,
    pass: &mut WorkloadPass,
    formula: Formula,
    input_only: AssumptionSet,
) {
    let assumptions = input_only
        .with(Key::StepNewInputShare)
        .with(Key::ContextCarryShare);
    let spec = on.line(
        b,
        Component::Tokens,
        "Agent context resent at each step",
        "calls x (tokens in x new share + tokens out) x (steps - 1) / 2 x carried share, billed \
         as input at the agent's cache share",
        on.cloud,
    );
    let amount = b.push_if_positive(spec, formula, assumptions);
    pass.add_run(on.cloud, formula.scaling(), amount);
}

/// A deployment is hosted on each cloud used, whatever its share of traffic.
pub(super) fn price_fine_tuned_hosting(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    if on.w.kind != WorkloadKind::FineTunedServing {
        return;
    }
    let mut assumptions = AssumptionSet::of(&[Key::FineTunedHostingPerHour]);
    if on.cloud == Cloud::Aws {
        assumptions.insert(Key::AwsOpenAiPriceRatio);
    }
    let spec = on.line(
        b,
        Component::Tokens,
        "Fine-tuned model hosting",
        "730 hours a month x $/hour per deployed model (AWS: x the Bedrock price ratio, an estimate)",
        on.cloud,
    );
    let formula = Formula::new(Shape::FineTunedHosting { cloud: on.cloud }, on.disc);
    let amount = b.push(spec, formula, assumptions);
    pass.add_run(on.cloud, formula.scaling(), amount);
}
