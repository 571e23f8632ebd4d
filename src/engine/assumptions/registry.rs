//! The registry: every assumption, built once from the `data` tables.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::assumption::{Assumption, ValueKind};
use super::category::Category;
use super::data::model_prices::{PriceRow, AWS_PRICES, AZURE_PRICES, PRICING_FACTS};
use super::data::SPEC_BY_KEY;
use super::error::AssumptionError;
use super::key::Key;
use super::price_kind::PriceKind;
use super::price_sources::{price_sources, PriceSources};
use crate::model::catalog::Model;
use crate::model::cloud::Cloud;

/// The registry of every assumption, built once.
#[derive(Debug)]
pub struct Assumptions {
    /// Scalars first, at their key's index (`Key::ALL` order), then model prices.
    pub(super) entries: Vec<Assumption>,
    /// Index in `entries` of each (cloud, model, price kind) that is listed.
    pub(super) prices: [[[Option<usize>; 3]; Model::ALL.len()]; 2],
    /// What each (cloud, model)'s prices come from.
    sources: [[PriceSources; Model::ALL.len()]; 2],
    pub(super) by_id: BTreeMap<String, usize>,
}

static REGISTRY: OnceLock<Assumptions> = OnceLock::new();

pub(super) fn model_index(model: Model) -> usize {
    model as usize
}

impl Assumptions {
    /// The shared registry.
    pub fn get() -> &'static Assumptions {
        REGISTRY.get_or_init(Assumptions::build)
    }

    fn build() -> Assumptions {
        let mut entries: Vec<Assumption> = Key::ALL.iter().map(|&key| scalar(key)).collect();
        let mut prices = [[[None; 3]; Model::ALL.len()]; 2];
        for (cloud, rows) in [(Cloud::Azure, AZURE_PRICES), (Cloud::Aws, AWS_PRICES)] {
            for row in rows {
                for kind in PriceKind::ALL {
                    if let Some(assumption) = model_price(cloud, row, kind) {
                        prices[cloud.index()][model_index(row.model)][kind.index()] = Some(entries.len());
                        entries.push(assumption);
                    }
                }
            }
        }
        let by_id = entries
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let sources =
            Cloud::ALL.map(|c| Model::ALL.map(|m| price_sources(prices.map(|on| on[model_index(m)]), c)));
        Assumptions {
            entries,
            prices,
            sources,
            by_id,
        }
    }

    /// Every assumption, scalars first (in `Key` order), then model prices.
    pub fn all() -> &'static [Assumption] {
        &Assumptions::get().entries
    }

    pub fn find(id: &str) -> Option<&'static Assumption> {
        let reg = Assumptions::get();
        reg.by_id.get(id).map(|&i| &reg.entries[i])
    }

    /// Checks one proposed value, e.g. while the user types an override.
    pub fn validate(id: &str, value: f64) -> Result<(), AssumptionError> {
        Assumptions::find(id)
            .ok_or_else(|| AssumptionError::Unknown { id: id.to_owned() })?
            .check(value)
    }

    /// The id of a listed model price, if that price is listed (not derived).
    pub fn price_id(cloud: Cloud, model: Model, kind: PriceKind) -> Option<&'static str> {
        let reg = Assumptions::get();
        reg.prices[cloud.index()][model_index(model)][kind.index()].map(|i| reg.entries[i].id.as_str())
    }

    /// The assumptions a model's token prices on `cloud` come from.
    pub fn price_sources(cloud: Cloud, model: Model) -> &'static PriceSources {
        &Assumptions::get().sources[cloud.index()][model_index(model)]
    }

    /// The id of a scalar assumption.
    pub fn id(key: Key) -> &'static str {
        key.id()
    }
}

/// A scalar assumption from its key and its spec in the data tables.
fn scalar(key: Key) -> Assumption {
    let s = SPEC_BY_KEY[key as usize];
    Assumption {
        id: key.id().to_owned(),
        label: s.label.to_owned(),
        category: s.category,
        unit: s.unit,
        kind: s.kind,
        default: s.default,
        range: s.range,
        min: s.bounds.0,
        max: s.bounds.1,
        source: s.source.to_owned(),
        source_date: s.date,
        confidence: s.confidence,
    }
}

/// One price of a listed row, e.g. `azure.price.gpt-4o.input`; None when the row has no
/// cached rate.
fn model_price(cloud: Cloud, row: &PriceRow, kind: PriceKind) -> Option<Assumption> {
    let (value, range) = match kind {
        PriceKind::Input => (row.input, row.input_range),
        PriceKind::Output => (row.output, row.output_range),
        PriceKind::CachedInput => (row.cached?, None),
    };
    Some(Assumption {
        id: format!("{}.price.{}.{}", cloud.key(), row.model.key(), kind.key()),
        label: format!("{} {} {} price", cloud.label(), row.model.key(), kind.label()),
        category: Category::ModelPrices,
        unit: "$ per 1M tokens",
        kind: ValueKind::Number,
        default: value,
        range,
        min: 0.0,
        max: 1000.0,
        source: format!("{PRICING_FACTS} {}", row.source),
        source_date: row.date,
        confidence: row.confidence,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_across_scalars_and_prices() {
        assert_eq!(Assumptions::get().by_id.len(), Assumptions::all().len());
    }

    #[test]
    fn scalars_sit_at_their_key_index_with_their_key_id() {
        for &key in Key::ALL {
            assert_eq!(Assumptions::all()[key as usize].id, key.id());
            assert_eq!(Assumptions::id(key), key.id());
        }
    }

    #[test]
    fn every_default_is_valid_and_inside_its_range() {
        for a in Assumptions::all() {
            assert!(a.check(a.default).is_ok(), "{}", a.id);
            if let Some((lo, hi)) = a.range {
                assert!(
                    lo <= a.default && a.default <= hi,
                    "{} default outside range",
                    a.id
                );
            }
            assert!(!a.source.is_empty() && !a.source_date.is_empty(), "{}", a.id);
        }
    }

    #[test]
    fn every_model_has_an_azure_input_and_output_price() {
        let reg = Assumptions::get();
        for m in Model::ALL {
            assert!(reg.prices[0][model_index(m)][0].is_some(), "{m:?}");
            assert!(reg.prices[0][model_index(m)][1].is_some(), "{m:?}");
            assert_eq!(Model::ALL[model_index(m)], m);
        }
    }

    #[test]
    fn invalid_values_name_the_assumption() {
        let e = Assumptions::validate("aws.egress.per-gb", -0.01).unwrap_err();
        assert_eq!(
            e.to_string(),
            "AWS data transfer out (aws.egress.per-gb) cannot be negative (got -0.01)"
        );
        assert!(Assumptions::validate("aws.egress.per-gb", f64::NAN).is_err());
        assert!(Assumptions::validate("availability.aws.fine-tuning", 202_613.0).is_err());
        assert!(Assumptions::validate("availability.aws.fine-tuning", 202_612.5).is_err());
        assert!(Assumptions::validate("availability.azure.frontier", 0.0).is_ok());
        assert!(Assumptions::validate("availability.azure-first-window-months", 1.5).is_err());
        assert!(matches!(
            Assumptions::validate("nope", 1.0),
            Err(AssumptionError::Unknown { .. })
        ));
    }
}
