//! Data crossing between clouds: compute reading data that lives elsewhere, and the sync of
//! agent state between the two clouds of a workload on both.

use super::builder::Builder;
use super::formula::{Formula, Shape};
use super::lines::Component;
use super::on_cloud::{OnCloud, WorkloadPass};
use crate::assumptions::{AssumptionSet, Key};
use crate::model::cloud::Cloud;
use crate::model::scenario::Location;

pub(super) fn rate_key(c: Cloud) -> Key {
    match c {
        Cloud::Azure => Key::AzureEgress,
        Cloud::Aws => Key::AwsEgress,
    }
}

/// Who bills the data crossing when data at `data` is used by compute on `compute`.
pub(super) fn payer(data: Location, compute: Cloud) -> Option<Cloud> {
    match (data, compute) {
        (Location::New, _) | (Location::Azure, Cloud::Azure) | (Location::Aws, Cloud::Aws) => None,
        (Location::Azure, Cloud::Aws) => Some(Cloud::Azure),
        (Location::Aws, Cloud::Azure) => Some(Cloud::Aws),
        (Location::OnPremises, c) => Some(c),
    }
}

pub(super) fn price_data_crossing(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    let w = on.w;
    let Some(payer) = payer(w.data_location, on.cloud) else {
        return;
    };
    let payer_disc = b.ctx.discount_mult(payer);
    let spec = on.line(
        b,
        Component::Egress,
        "Data crossing to compute",
        "(data GB x monthly refresh share + calls x share x tokens x bytes per token / 1e9) x $/GB \
         of the cloud the data leaves (on-premises data: the compute cloud's rate)",
        payer,
    );
    let formula = Formula::two(
        Shape::Egress { payer },
        w.data_gb * payer_disc,
        on.calls * on.share * (w.tokens_in + w.tokens_out) * payer_disc,
    );
    let assumptions =
        const { AssumptionSet::of(&[Key::DataRefreshShare, Key::BytesPerToken, Key::VolumeGrowth]) }
            .with(rate_key(payer));
    let amount = b.push_if_positive(spec, formula, assumptions);
    pass.add_run(on.cloud, formula.scaling(), amount);
}

pub(super) fn price_state_sync(b: &mut Builder<'_, '_>, on: &OnCloud<'_>, pass: &mut WorkloadPass) {
    if !(on.on_both && on.w.kind.is_stateful()) {
        return;
    }
    let spec = on.line(
        b,
        Component::Egress,
        "Agent state sync between clouds",
        "data GB x monthly sync share x share of sessions on this cloud x this cloud's $/GB",
        on.cloud,
    );
    let formula = Formula::new(
        Shape::StateSync { cloud: on.cloud },
        on.w.data_gb * on.share * on.disc,
    );
    let assumptions =
        const { AssumptionSet::of(&[Key::StateSyncShare, Key::VolumeGrowth]) }.with(rate_key(on.cloud));
    let amount = b.push_if_positive(spec, formula, assumptions);
    pass.add_run(on.cloud, formula.scaling(), amount);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn egress_payer_follows_the_data() {
        assert_eq!(payer(Location::Azure, Cloud::Aws), Some(Cloud::Azure));
        assert_eq!(payer(Location::Aws, Cloud::Azure), Some(Cloud::Aws));
        assert_eq!(payer(Location::Azure, Cloud::Azure), None);
        assert_eq!(payer(Location::New, Cloud::Aws), None);
        assert_eq!(payer(Location::OnPremises, Cloud::Aws), Some(Cloud::Aws));
    }
}
