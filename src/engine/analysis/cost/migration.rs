//! One-time costs of moving a workload to a cloud it does not run on today, and of building
//! Frontier-class agents on Azure while Frontier is not offered there.

use super::builder::Builder;
use super::formula::{Formula, Shape};
use super::lines::Component;
use super::on_cloud::{OnCloud, WorkloadPass};
use crate::engine::assumptions::{Assumptions, Key};
use crate::engine::model::cloud::Cloud;
use crate::engine::model::scenario::Location;

/// Rehosting or re-platforming the workload, then copying its data across.
pub(super) fn price_move(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    let w = on.w;
    let runs_somewhere = matches!(
        w.runs_today,
        Location::Azure | Location::Aws | Location::OnPremises
    );
    if !runs_somewhere || w.runs_today.is(on.cloud) {
        return;
    }
    let (shape, keys, label): (_, &[Key], _) = if w.kind.is_stateful() {
        (
            Shape::Replatform,
            &[Key::ReplatformHours, Key::ArchitectCost, Key::WorkingHours],
            "Re-platform stateful agent",
        )
    } else {
        (
            Shape::Rehost,
            &[Key::RehostPerWorkload],
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
    pass.migration += b.push(
        spec,
        Formula::new(shape, 1.0),
        keys.iter().map(|&k| Assumptions::id(k)).collect(),
    );
    price_initial_copy(b, on, pass);
}

fn price_initial_copy(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    let w = on.w;
    let copy_key = match w.data_location {
        Location::New => None,
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
        "data GB x $/GB leaving where the data lives (on-premises: online transfer)",
        on.cloud,
    );
    pass.migration += b.push(
        spec,
        Formula::new(Shape::InitialCopy { rate: key }, w.data_gb),
        vec![Assumptions::id(key)],
    );
}

pub(super) fn price_frontier_workaround(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    let w = on.w;
    if !(on.cloud == Cloud::Azure && w.kind.is_stateful() && w.runs_today != Location::Azure) {
        return;
    }
    let formula = Formula::new(Shape::FoundryWorkaround { start: b.ctx.start }, 1.0);
    if !b.ctx.frontier_workaround {
        // Costs nothing today, but a sampled Frontier date may make it needed.
        b.record(Component::Migration, formula);
        return;
    }
    let spec = on.line(
        b,
        Component::Migration,
        "Frontier workaround: build on Azure AI Foundry",
        "extra build hours x (architect cost / working hours)",
        on.cloud,
    );
    let ids = [
        Key::FoundryBuildHours,
        Key::ArchitectCost,
        Key::WorkingHours,
        Key::AzureFrontierFrom,
    ];
    let amount = b.push(spec, formula, ids.iter().map(|&k| Assumptions::id(k)).collect());
    pass.workaround = Some(amount);
}
