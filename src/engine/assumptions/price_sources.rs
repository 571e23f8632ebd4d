//! Which assumptions a model's token prices come from: a registry fact, built once.

use super::key::Key;
use super::set::AssumptionSet;
use crate::model::cloud::Cloud;

/// The assumptions a model's token prices on one cloud come from: the listed prices, and the
/// Bedrock ratio when the price is Azure's times it. The same for every scenario.
#[derive(Debug, Clone, Copy)]
pub struct PriceSources {
    pub input: AssumptionSet,
    pub output: AssumptionSet,
    /// Empty when the model has no cached rate (cached input is billed as input).
    pub cached_input: AssumptionSet,
    /// The price is Azure's times the Bedrock ratio (an estimate).
    pub estimated: bool,
}

/// Where each of a model's prices on `cloud` comes from, given the registry indices of its
/// listed prices (input, output, cached input) on each cloud: AWS's price is an estimate
/// (Azure's times the Bedrock ratio) where AWS does not list it.
pub(super) fn price_sources(listed: [[Option<usize>; 3]; 2], cloud: Cloud) -> PriceSources {
    let estimated = cloud == Cloud::Aws && listed[Cloud::Aws.index()][0].is_none();
    let source = if estimated { Cloud::Azure } else { cloud };
    let from = |i: Option<usize>| {
        let mut set = AssumptionSet::default();
        if let Some(i) = i {
            set.insert_at(i);
            if estimated {
                set.insert(Key::AwsOpenAiPriceRatio);
            }
        }
        set
    };
    let [input, output, cached_input] = listed[source.index()].map(from);
    PriceSources {
        input,
        output,
        cached_input,
        estimated,
    }
}
