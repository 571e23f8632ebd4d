//! A model's token prices on one cloud, as a scenario resolves them.

use super::key::Key;
use super::registry::{model_index, Assumptions};
use super::resolved::Resolved;
use crate::model::catalog::Model;
use crate::model::cloud::Cloud;

/// A model's token prices on one cloud, resolved.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ModelPrice {
    /// $ per 1M tokens.
    pub input: f64,
    pub output: f64,
    pub cached_input: f64,
}

impl Resolved {
    /// A model's token prices on `cloud`. GPT models without a Bedrock row are priced as
    /// Azure x `aws.price.openai-ratio` (pricing-facts.md: not offered on Bedrock yet).
    pub fn price(&self, cloud: Cloud, model: Model) -> ModelPrice {
        let (source, factor) = if Assumptions::price_sources(cloud, model).estimated {
            (Cloud::Azure, self.get(Key::AwsOpenAiPriceRatio))
        } else {
            (cloud, 1.0)
        };
        let idx = Assumptions::get().prices[source.index()][model_index(model)];
        // Every model has an Azure row (tested), so input and output are always present.
        let at = |i: Option<usize>| i.map_or(0.0, |i| self.at(i) * factor);
        let input = at(idx[0]);
        ModelPrice {
            input,
            output: at(idx[1]),
            cached_input: idx[2].map_or(input, |i| self.at(i) * factor),
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
        let sources = Assumptions::price_sources(Cloud::Azure, Model::Gpt4o);
        assert_eq!(
            sources.input.ids().collect::<Vec<_>>(),
            ["azure.price.gpt-4o.input"]
        );
        assert!(!sources.estimated);
    }

    #[test]
    fn unlisted_gpt_on_aws_is_azure_times_ratio() {
        let p = Assumptions::defaults().price(Cloud::Aws, Model::Gpt41);
        assert!((p.input - 2.2).abs() < 1e-12 && (p.output - 8.8).abs() < 1e-12);
        let sources = Assumptions::price_sources(Cloud::Aws, Model::Gpt41);
        assert!(sources.estimated);
        let ids: Vec<&str> = sources.output.ids().collect();
        assert_eq!(ids, ["aws.price.openai-ratio", "azure.price.gpt-4.1.output"]);
        let listed = Assumptions::defaults().price(Cloud::Aws, Model::Gpt54);
        assert_eq!(listed.input, 2.75);
        assert!(!Assumptions::price_sources(Cloud::Aws, Model::Gpt54).estimated);
        let emb = Assumptions::defaults().price(Cloud::Aws, Model::TextEmbedding3Small);
        assert_eq!((emb.input, emb.cached_input), (0.02, 0.02));
    }
}
