//! A model's token prices on one cloud, as a scenario resolves them.

use super::key::Key;
use super::registry::{model_index, Assumptions};
use super::resolved::Resolved;
use crate::engine::model::catalog::Model;
use crate::engine::model::cloud::Cloud;

/// A model's token prices on one cloud, resolved, with the ids that produced them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModelPrice {
    /// $ per 1M tokens.
    pub input: f64,
    pub output: f64,
    pub cached_input: f64,
    pub input_id: &'static str,
    pub output_id: &'static str,
    /// None when the model has no cached rate (cached input is billed as input).
    pub cached_id: Option<&'static str>,
    /// Set when the price is Azure's times the Bedrock ratio.
    pub ratio_id: Option<&'static str>,
}

impl Resolved {
    /// A model's token prices on `cloud`. GPT models without a Bedrock row are priced as
    /// Azure x `aws.price.openai-ratio` (pricing-facts.md: not offered on Bedrock yet).
    pub fn price(&self, cloud: Cloud, model: Model) -> ModelPrice {
        let reg = Assumptions::get();
        let listed = |c: Cloud| reg.prices[c.index()][model_index(model)];
        let (source, ratio_id, factor) = match cloud {
            Cloud::Aws if listed(Cloud::Aws)[0].is_none() => (
                Cloud::Azure,
                Some(Assumptions::id(Key::AwsOpenAiPriceRatio)),
                self.get(Key::AwsOpenAiPriceRatio),
            ),
            c => (c, None, 1.0),
        };
        let idx = listed(source);
        // Every model has an Azure row (tested), so input and output are always present.
        let at = |i: Option<usize>| i.map_or(0.0, |i| self.at(i) * factor);
        let id = |i: Option<usize>| i.map_or("", |i| reg.entries[i].id.as_str());
        let input = at(idx[0]);
        ModelPrice {
            input,
            output: at(idx[1]),
            cached_input: idx[2].map_or(input, |i| self.at(i) * factor),
            input_id: id(idx[0]),
            output_id: id(idx[1]),
            cached_id: idx[2].map(|i| reg.entries[i].id.as_str()),
            ratio_id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gpt4o_on_azure_is_2_50_and_10() {
        let p = Assumptions::defaults().price(Cloud::Azure, Model::Gpt4o);
        assert_eq!((p.input, p.output, p.cached_input), (2.5, 10.0, 1.25));
        assert_eq!(p.input_id, "azure.price.gpt-4o.input");
        assert_eq!(p.ratio_id, None);
    }

    #[test]
    fn unlisted_gpt_on_aws_is_azure_times_ratio() {
        let p = Assumptions::defaults().price(Cloud::Aws, Model::Gpt41);
        assert!((p.input - 2.2).abs() < 1e-12 && (p.output - 8.8).abs() < 1e-12);
        assert_eq!(p.ratio_id, Some("aws.price.openai-ratio"));
        let listed = Assumptions::defaults().price(Cloud::Aws, Model::Gpt54);
        assert_eq!((listed.input, listed.ratio_id), (2.75, None));
        let emb = Assumptions::defaults().price(Cloud::Aws, Model::TextEmbedding3Small);
        assert_eq!((emb.input, emb.cached_input), (0.02, 0.02));
    }
}
