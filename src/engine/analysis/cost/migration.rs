//! One-time costs of moving a workload to a cloud it does not run on today (the move itself,
//! its data, testing, running both sides for a while, re-embedding and re-training), and of
//! fitting Frontier-class agents onto Azure while Frontier is not offered there.

use super::builder::Builder;
use super::formula::{Formula, Shape};
use super::lines::Component;
use super::on_cloud::{OnCloud, WorkloadPass};
use crate::assumptions::{AssumptionSet, Assumptions, Key};
use crate::model::catalog::WorkloadKind;
use crate::model::cloud::Cloud;
use crate::model::scenario::Location;

/// Rehosting or re-platforming the workload, then copying its data across.
pub(super) fn price_move(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    let w = on.w;
    let runs_somewhere = matches!(on.origin, Location::Azure | Location::Aws | Location::OnPremises);
    if !on.arriving || !runs_somewhere || on.origin.is(on.cloud) {
        return;
    }
    let (shape, assumptions, label) = if w.kind.is_stateful() {
        (
            Shape::Replatform,
            const { AssumptionSet::of(&[Key::ReplatformHours, Key::ArchitectCost, Key::WorkingHours]) },
            "Re-platform stateful agent",
        )
    } else {
        (
            Shape::Rehost,
            const { AssumptionSet::of(&[Key::RehostPerWorkload]) },
            "Rehost stateless workload",
        )
    };
    let spec = on.line(
        b,
        Component::Migration,
        label,
        "stateless: $ per workload; stateful: re-platform hours x (architect cost / working hours)",
        on.cloud,
    );
    pass.migration += b.push(spec, Formula::new(shape, 1.0), assumptions);
    price_initial_copy(b, on, pass);
    price_evaluation(b, on, pass);
    price_dual_run(b, on, pass);
    price_re_embedding(b, on, pass);
    price_re_training(b, on, pass);
}

fn push_move_line(
    b: &mut Builder<'_, '_>,
    on: &OnCloud<'_>,
    pass: &mut WorkloadPass,
    (label, how): (&'static str, &'static str),
    formula: Formula,
    assumptions: AssumptionSet,
) {
    let spec = on.line(b, Component::Migration, label, how, on.cloud);
    pass.migration += b.push_if_positive(spec, formula, assumptions);
}

fn price_evaluation(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    push_move_line(
        b,
        on,
        pass,
        (
            "Evaluation and regression testing",
            "hours per moved workload x (architect cost / working hours)",
        ),
        Formula::new(Shape::Evaluation, 1.0),
        AssumptionSet::of(&[Key::EvaluationHours, Key::ArchitectCost, Key::WorkingHours]),
    );
}

/// The old deployment keeps running until the new one is proven. Its cost is taken as the
/// workload's run cost on the new cloud: the same traffic, priced where the plan puts it.
fn price_dual_run(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    if !on.one_time_dual_run {
        return;
    }
    let month0_run: f64 = pass.run_base[on.cloud.index()].iter().sum();
    push_move_line(
        b,
        on,
        pass,
        (
            "Dual running during the move",
            "months both run x the workload's month-0 run cost on this cloud",
        ),
        Formula::new(Shape::DualRun, month0_run),
        AssumptionSet::of(&[Key::DualRunMonths]),
    );
}

/// text-embedding-3 is not on Bedrock: moving an index between the clouds changes the
/// embedding model, so the data is embedded again.
fn price_re_embedding(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    let w = on.w;
    let changes_model = matches!(on.origin, Location::Azure | Location::Aws);
    if !(w.model.is_embedding() && changes_model && w.data_gb > 0.0) {
        return;
    }
    let spec = on.line(
        b,
        Component::Migration,
        "Re-embedding the data (the embedding model changes)",
        "data GB x 10^9 / bytes per token x input price / 1M",
        on.cloud,
    );
    let formula = Formula::new(
        Shape::ReEmbedding {
            cloud: on.cloud,
            model: w.model,
        },
        w.data_gb,
    );
    let assumptions = Assumptions::price_sources(on.cloud, w.model)
        .input
        .with(Key::BytesPerToken);
    pass.migration += b.push_if_positive(spec, formula, assumptions);
}

/// Fine-tuned weights do not move between clouds: the model is trained again.
fn price_re_training(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    let w = on.w;
    if !(w.kind == WorkloadKind::FineTunedServing && matches!(on.origin, Location::Azure | Location::Aws)) {
        return;
    }
    let mut assumptions = AssumptionSet::of(&[
        Key::FineTuneTrainingMillionTokens,
        Key::FineTuneTrainingPerMillion,
    ]);
    if on.cloud == Cloud::Aws {
        assumptions.insert(Key::AwsOpenAiPriceRatio);
    }
    push_move_line(
        b,
        on,
        pass,
        (
            "Re-fine-tuning the moved model",
            "training tokens (all epochs, millions) x $ per 1M training tokens (AWS: x the Bedrock \
             price ratio, an estimate)",
        ),
        Formula::new(Shape::FineTuneTraining { cloud: on.cloud }, 1.0),
        assumptions,
    );
}

fn price_initial_copy(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    let w = on.w;
    let copy_key = match w.data_location {
        // Data the workload makes lives where it ran: a move from an earlier phase (planned,
        // or when a capability arrives) copies what it made there; at the start it has made
        // nothing yet.
        Location::New if !on.from_phase => None,
        Location::New => match on.origin {
            Location::Azure if on.cloud != Cloud::Azure => Some(Key::AzureEgress),
            Location::Aws if on.cloud != Cloud::Aws => Some(Key::AwsEgress),
            _ => None,
        },
        Location::OnPremises => Some(Key::OnlineTransferPerGb),
        loc if loc.is(on.cloud) => None,
        Location::Azure => Some(Key::AzureEgress),
        Location::Aws => Some(Key::AwsEgress),
    };
    let Some(key) = copy_key.filter(|_| w.data_gb > 0.0) else {
        return;
    };
    let spec = on.line(
        b,
        Component::Migration,
        "Initial data copy",
        "data GB x $/GB leaving where the data lives (on-premises: online transfer; data the \
         workload makes: where it ran before the move)",
        on.cloud,
    );
    pass.migration += b.push(
        spec,
        Formula::new(Shape::InitialCopy { rate: key }, w.data_gb),
        AssumptionSet::of(&[key]),
    );
}

pub(super) fn price_frontier_workaround(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    let w = on.w;
    if !(on.arriving && on.cloud == Cloud::Azure && w.kind.is_stateful() && on.origin != Location::Azure) {
        return;
    }
    pass.foundry_candidate = true;
    let formula = Formula::new(Shape::FoundryWorkaround { start: b.ctx.start }, 1.0);
    if !b.ctx.frontier_workaround {
        // Costs nothing today, but a sampled Frontier date may make it needed.
        b.record(Component::Workaround, formula);
        return;
    }
    let spec = on.line(
        b,
        Component::Workaround,
        "Frontier workaround: fit this agent onto the Foundry-built platform",
        "integration hours x (architect cost / working hours)",
        on.cloud,
    );
    let assumptions = AssumptionSet::of(&[
        Key::FoundryBuildHours,
        Key::ArchitectCost,
        Key::WorkingHours,
        Key::AzureFrontierFrom,
    ]);
    let amount = b.push(spec, formula, assumptions);
    pass.workaround = Some(amount);
}
