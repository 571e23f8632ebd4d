//! Inference tokens, and the hourly hosting of a fine-tuned model.

use super::builder::Builder;
use super::formula::{Formula, Shape};
use super::lines::Component;
use super::on_cloud::{OnCloud, WorkloadPass};
use crate::engine::assumptions::{Assumptions, Key};
use crate::engine::model::catalog::WorkloadKind;
use crate::engine::model::cloud::Cloud;

pub(super) fn price(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    let w = on.w;
    if !(on.share > 0.0 && on.calls > 0.0 && (w.tokens_in > 0.0 || w.tokens_out > 0.0)) {
        return;
    }
    let r = b.ctx.r;
    let p = r.price(on.cloud, w.model);
    let constrained = w.residency.is_constrained();
    let calls_here = on.calls * on.share * on.disc;
    let mut ids = Vec::with_capacity(10);
    ids.extend([p.input_id, p.output_id]);
    ids.extend(p.cached_id.filter(|_| r.get(Key::CachedInputShare) > 0.0));
    ids.extend(p.ratio_id);
    ids.extend([
        Assumptions::id(Key::CachedInputShare),
        Assumptions::id(Key::BatchShare),
    ]);
    if r.get(Key::BatchShare) > 0.0 {
        ids.push(Assumptions::id(Key::BatchDiscount));
    }
    if constrained {
        ids.push(Assumptions::id(Key::DataZonePremium));
    }
    ids.extend([
        Assumptions::id(Key::VolumeGrowth),
        Assumptions::id(Key::TokenPriceDecline),
    ]);
    let spec = on.line(
        b,
        Component::Tokens,
        "Inference tokens",
        "calls (volume x steps) x (tokens in x input price, cached share at the cached price + \
         tokens out x output price) / 1M, batch share at the batch discount, x data-zone \
         premium if residency is constrained, x share on this cloud",
        on.cloud,
    );
    let formula = Formula::two(
        Shape::Tokens {
            cloud: on.cloud,
            model: w.model,
            constrained,
        },
        calls_here * w.tokens_in,
        calls_here * w.tokens_out,
    );
    let amount = b.push(spec, formula, ids);
    pass.add_run(on.cloud, formula.scaling(), amount);
}

/// A deployment is hosted on each cloud used, whatever its share of traffic.
pub(super) fn price_fine_tuned_hosting(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    if on.w.kind != WorkloadKind::FineTunedServing {
        return;
    }
    let mut ids = vec![Assumptions::id(Key::FineTunedHostingPerHour)];
    if on.cloud == Cloud::Aws {
        ids.push(Assumptions::id(Key::AwsOpenAiPriceRatio));
    }
    let spec = on.line(
        b,
        Component::Tokens,
        "Fine-tuned model hosting",
        "730 hours a month x $/hour per deployed model (AWS: x the Bedrock price ratio)",
        on.cloud,
    );
    let formula = Formula::new(Shape::FineTunedHosting { cloud: on.cloud }, on.disc);
    let amount = b.push(spec, formula, ids);
    pass.add_run(on.cloud, formula.scaling(), amount);
}
