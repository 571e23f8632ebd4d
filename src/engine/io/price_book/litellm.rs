//! A price book in LiteLLM's `model_prices_and_context_window.json` format: one object
//! whose keys are model names (`azure/gpt-4o`, `openai.gpt-oss-120b-1:0`,
//! `bedrock_mantle/openai.gpt-5.4`, ...) and whose values carry `litellm_provider`, `mode`
//! and prices in dollars per token (`input_cost_per_token`, `output_cost_per_token`,
//! `cache_read_input_token_cost`). The same format serves LiteLLM's public list and a
//! company's own negotiated prices.
//!
//! What maps to cloudsplit's catalog (pricing-facts.md §1 names the same keys):
//! - Azure: `azure/<model>`, or `azure_ai/<model>` (Azure AI Foundry) when there is no
//!   `azure/` entry, for every catalog model.
//! - AWS: Bedrock's `openai.<model>` with or without a version suffix (`-1:0`), optionally
//!   under a `bedrock/`, `bedrock_converse/` or `bedrock_mantle/` prefix (in-region entries
//!   before Mantle ones), plus the two embedding comparators cloudsplit prices AWS
//!   embeddings with (Titan Text Embeddings v2, Cohere Embed v4).
//!
//! Regional, data-zone, global and dated variants (`azure/eu/…`, `us.…`, `…-2024-08-06`)
//! are reported and not used: cloudsplit prices the base entry and models the data-zone
//! premium as its own assumption. Everything else (other providers, OpenAI's own API,
//! Azure or AWS models cloudsplit does not price) is counted in the report.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::csv::not_listed_reason;
use super::{tidy, Format, Ignored, IgnoredList, ImportReport, PriceBookError, Problem, Used, MAX_EXAMPLES};
use crate::assumptions::{Assumptions, Cloud, PriceKind};
use crate::model::catalog::Model;
use crate::model::money::format_number;

/// The per-token fields read, per price kind.
const FIELDS: [(PriceKind, &str); 3] = [
    (PriceKind::Input, "input_cost_per_token"),
    (PriceKind::Output, "output_cost_per_token"),
    (PriceKind::CachedInput, "cache_read_input_token_cost"),
];
const TEXT_MODES: [&str; 4] = ["chat", "responses", "completion", "embedding"];
/// Bedrock's cross-region inference prefixes (`us.anthropic…`).
const REGION_PREFIXES: [&str; 7] = ["us.", "eu.", "apac.", "au.", "jp.", "global.", "us-gov."];
/// AWS embedding models cloudsplit prices `text-embedding-3-*` on AWS with (pricing-facts.md §1).
const AWS_COMPARATORS: [(&str, Model); 2] = [
    ("amazon.titan-embed-text-v2:0", Model::TextEmbedding3Small),
    ("cohere.embed-v4:0", Model::TextEmbedding3Large),
];

/// What a key is to cloudsplit.
#[derive(Debug, Clone, PartialEq)]
enum Class {
    /// A price cloudsplit uses; lower `rank` wins when two keys price the same thing.
    Ours {
        cloud: Cloud,
        model: Model,
        rank: u8,
    },
    Variant,
    /// Azure or AWS, but a model cloudsplit does not price.
    NotPriced,
    Other,
}

fn catalog_model(name: &str) -> Option<Model> {
    Model::from_key(&name.to_ascii_lowercase())
}

/// `gpt-4o-2024-08-06` -> `gpt-4o`.
fn strip_date(name: &str) -> Option<&str> {
    let (base, date) = name.split_at_checked(name.len().checked_sub(11)?)?;
    let d = date.as_bytes();
    let dated = d[0] == b'-'
        && d[5] == b'-'
        && d[8] == b'-'
        && d.iter()
            .enumerate()
            .all(|(i, c)| matches!(i, 0 | 5 | 8) || c.is_ascii_digit());
    dated.then_some(base)
}

/// `gpt-oss-20b-1:0` -> `gpt-oss-20b`.
fn strip_version(name: &str) -> &str {
    match name.rsplit_once('-') {
        Some((base, v))
            if v.split_once(':')
                .is_some_and(|(a, b)| is_digits(a) && is_digits(b)) =>
        {
            base
        }
        _ => name,
    }
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn classify(key: &str, provider: &str) -> Class {
    for (prefix, rank) in [("azure/", 0), ("azure_ai/", 1)] {
        if let Some(rest) = key.strip_prefix(prefix) {
            let last = rest.rsplit('/').next().unwrap_or(rest);
            let base = strip_date(last).unwrap_or(last);
            return match catalog_model(base) {
                Some(model) if rest == base => Class::Ours {
                    cloud: Cloud::Azure,
                    model,
                    rank,
                },
                Some(_) => Class::Variant,
                None => Class::NotPriced,
            };
        }
    }
    let bedrock = provider.starts_with("bedrock") || key.starts_with("bedrock");
    let mut segments: Vec<&str> = key.split('/').collect();
    let last = segments.pop().unwrap_or(key);
    let prefix_rank = match segments.first().copied() {
        None | Some("bedrock") | Some("bedrock_converse") => 0,
        Some("bedrock_mantle") => 1,
        // e.g. `bedrock/us-east-1/…`: a region-specific entry.
        Some(_) if bedrock => 2,
        Some(_) => return Class::Other,
    };
    let regional = segments.len() > 1 || prefix_rank == 2;
    let (name, cross_region) = match REGION_PREFIXES.iter().find_map(|p| last.strip_prefix(p)) {
        Some(rest) => (rest, true),
        None => (last, false),
    };
    let model = match name.strip_prefix("openai.") {
        Some(m) => catalog_model(strip_version(m)),
        None => AWS_COMPARATORS
            .iter()
            .find(|(id, _)| *id == name)
            .map(|(_, m)| *m),
    };
    match model {
        Some(_) if regional || cross_region => Class::Variant,
        Some(model) => Class::Ours {
            cloud: Cloud::Aws,
            model,
            rank: prefix_rank,
        },
        None if bedrock || name.starts_with("openai.") => Class::NotPriced,
        None => Class::Other,
    }
}

struct Candidate<'a> {
    key: &'a str,
    rank: u8,
    entry: &'a Map<String, Value>,
}

pub(crate) fn read(text: &str) -> Result<(BTreeMap<String, f64>, ImportReport), PriceBookError> {
    let models = parse(text)?;
    let mut sorted = Sorted::default();
    for (key, value) in &models {
        sorted.add(key, value);
    }
    if sorted.priced == 0 {
        return Err(PriceBookError::NotLiteLlm("it has no model entries".to_owned()));
    }
    sorted.report_duplicates();
    let Sorted {
        mut ignored,
        providers,
        chosen,
        ..
    } = sorted;
    let (values, used) = read_prices(&chosen, &mut ignored)?;
    Ok((values, report(providers, ignored, used)))
}

/// The document's one object of model names and their entries.
fn parse(text: &str) -> Result<Map<String, Value>, PriceBookError> {
    let root: Value = serde_json::from_str(text).map_err(|e| PriceBookError::NotJson(e.to_string()))?;
    match root {
        Value::Object(models) => Ok(models),
        _ => Err(PriceBookError::NotLiteLlm(
            "it is not one object of model names and their prices".to_owned(),
        )),
    }
}

/// The document's entries, sorted by what they are to cloudsplit.
#[derive(Default)]
struct Sorted<'a> {
    ignored: IgnoredList,
    /// Entries for other providers, counted per provider.
    providers: BTreeMap<String, usize>,
    /// Entries that are a model's prices, whatever the model.
    priced: usize,
    /// The best candidate per (cloud, model).
    chosen: BTreeMap<(Cloud, Model), Candidate<'a>>,
    /// The other candidates, with the price they would have set.
    duplicates: Vec<(&'a str, (Cloud, Model))>,
}

impl<'a> Sorted<'a> {
    fn add(&mut self, key: &'a str, value: &'a Value) {
        if key == "sample_spec" {
            return;
        }
        let Value::Object(entry) = value else {
            self.ignored
                .add("entries that are not a model's prices", || short(key));
            return;
        };
        self.priced += 1;
        let provider = entry
            .get("litellm_provider")
            .and_then(Value::as_str)
            .unwrap_or_else(|| key.split('/').next().unwrap_or_default());
        let text_mode = entry
            .get("mode")
            .and_then(Value::as_str)
            .is_none_or(|m| TEXT_MODES.contains(&m));
        match classify(key, provider) {
            Class::Ours { .. } | Class::Variant | Class::NotPriced if !text_mode => self.ignored.add(
                "Azure and AWS entries for models cloudsplit does not price",
                || short(key),
            ),
            Class::Ours { cloud, model, rank } => self.choose(Candidate { key, rank, entry }, (cloud, model)),
            Class::Variant => self.ignored.add(
                "regional, data-zone, global or dated variants of models cloudsplit prices (it uses the \
                 base entry; the data-zone premium is its own assumption)",
                || short(key),
            ),
            Class::NotPriced => self.ignored.add(
                "Azure and AWS entries for models cloudsplit does not price",
                || short(key),
            ),
            Class::Other => *self.providers.entry(short(provider)).or_default() += 1,
        }
    }

    /// Keeps the lower-ranked of two candidates for the same price (the first on a tie).
    fn choose(&mut self, candidate: Candidate<'a>, at: (Cloud, Model)) {
        let key = candidate.key;
        if self
            .chosen
            .get(&at)
            .is_some_and(|best| best.rank <= candidate.rank)
        {
            self.duplicates.push((key, at));
        } else if let Some(old) = self.chosen.insert(at, candidate) {
            self.duplicates.push((old.key, at));
        }
    }

    fn report_duplicates(&mut self) {
        for (key, at) in std::mem::take(&mut self.duplicates) {
            let used = self.chosen.get(&at).map(|c| c.key).unwrap_or_default();
            self.ignored
                .add("entries for a price already taken from another entry", || {
                    format!("{} (used {})", short(key), short(used))
                });
        }
    }
}

/// The prices of the chosen entries, in $ per 1M tokens by assumption id; any value out of
/// range fails the whole book.
fn read_prices(
    chosen: &BTreeMap<(Cloud, Model), Candidate>,
    ignored: &mut IgnoredList,
) -> Result<(BTreeMap<String, f64>, Vec<Used>), PriceBookError> {
    let mut values = BTreeMap::new();
    let mut used = Vec::new();
    let mut problems = Vec::new();
    for (&(cloud, model), c) in chosen {
        for (kind, field) in FIELDS {
            match read_price(c, (cloud, model, kind), field, ignored) {
                Ok(Some(u)) => {
                    values.insert(u.id.clone(), u.value);
                    used.push(u);
                }
                Ok(None) => {}
                Err(p) => problems.push(p),
            }
        }
    }
    if !problems.is_empty() {
        return Err(PriceBookError::BadValues(problems));
    }
    Ok((values, used))
}

/// One price of a chosen entry: `None` when the entry lacks the field, or when cloudsplit
/// has no such price (reported as ignored).
fn read_price(
    c: &Candidate,
    (cloud, model, kind): (Cloud, Model, PriceKind),
    field: &str,
    ignored: &mut IgnoredList,
) -> Result<Option<Used>, Problem> {
    let Some(raw) = c.entry.get(field).filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let Some(a) = Assumptions::price_id(cloud, model, kind).and_then(Assumptions::find) else {
        // Cached input on a model billed at the input price is simply not needed.
        if kind != PriceKind::CachedInput {
            ignored.add(not_listed_reason(cloud, kind), || {
                format!("{} {field}", short(c.key))
            });
        }
        return Ok(None);
    };
    let per_token = match raw.as_f64() {
        Some(v) if v.is_finite() => v,
        _ => {
            return Err(Problem {
                at: short(c.key),
                message: format!("{field} is not a number"),
            })
        }
    };
    let value = tidy(per_token * 1e6);
    if let Err(e) = a.check(value) {
        return Err(Problem {
            at: short(c.key),
            message: format!("{field} {per_token} is {value} $ per 1M tokens, and {e}"),
        });
    }
    Ok(Some(Used {
        id: a.id.clone(),
        value,
        from: format!("{} {field}", c.key),
    }))
}

/// The report: other providers first (most entries first), then each reason entries were
/// ignored for.
fn report(providers: BTreeMap<String, usize>, ignored: IgnoredList, used: Vec<Used>) -> ImportReport {
    let mut others: Vec<(String, usize)> = providers.into_iter().collect();
    others.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let other_count: usize = others.iter().map(|(_, n)| n).sum();
    let mut groups = Vec::new();
    if other_count > 0 {
        groups.push(Ignored {
            reason: "entries for providers other than Azure and AWS, or for OpenAI's own API".to_owned(),
            count: other_count,
            examples: others
                .iter()
                .take(MAX_EXAMPLES)
                .map(|(name, n)| format!("{name}: {}", format_number(*n as f64)))
                .collect(),
        });
    }
    groups.extend(ignored.into_vec());
    ImportReport {
        format: Format::LiteLlm,
        used,
        ignored: groups,
    }
}

fn short(s: &str) -> String {
    let mut out: String = s.chars().take(60).collect();
    if s.chars().count() > 60 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ours(cloud: Cloud, model: Model, rank: u8) -> Class {
        Class::Ours { cloud, model, rank }
    }

    #[test]
    fn keys_map_to_the_catalog_as_pricing_facts_names_them() {
        assert_eq!(
            classify("azure/gpt-4o", "azure"),
            ours(Cloud::Azure, Model::Gpt4o, 0)
        );
        assert_eq!(
            classify("azure_ai/gpt-oss-120b", "azure_ai"),
            ours(Cloud::Azure, Model::GptOss120b, 1)
        );
        assert_eq!(
            classify("openai.gpt-oss-20b-1:0", "bedrock_converse"),
            ours(Cloud::Aws, Model::GptOss20b, 0)
        );
        assert_eq!(
            classify("bedrock_mantle/openai.gpt-5.4", "bedrock_mantle"),
            ours(Cloud::Aws, Model::Gpt54, 1)
        );
        assert_eq!(
            classify("amazon.titan-embed-text-v2:0", "bedrock"),
            ours(Cloud::Aws, Model::TextEmbedding3Small, 0)
        );
        for variant in [
            "azure/eu/gpt-4o-2024-08-06",
            "azure/gpt-4o-2024-11-20",
            "azure/global-standard/gpt-4o-mini",
            "us.openai.gpt-oss-20b-1:0",
            "bedrock/us-east-1/openai.gpt-oss-20b-1:0",
        ] {
            assert_eq!(classify(variant, "azure"), Class::Variant, "{variant}");
        }
        assert_eq!(classify("azure/gpt-5-pro", "azure"), Class::NotPriced);
        assert_eq!(classify("anthropic.claude-3-haiku", "bedrock"), Class::NotPriced);
        assert_eq!(classify("gpt-4o", "openai"), Class::Other);
        assert_eq!(classify("vertex_ai/gemini-2.5-pro", "vertex_ai"), Class::Other);
    }

    #[test]
    fn dates_and_versions_are_recognised_exactly() {
        assert_eq!(strip_date("gpt-4o-2024-08-06"), Some("gpt-4o"));
        assert_eq!(strip_date("gpt-4o"), None);
        assert_eq!(strip_date("é"), None);
        assert_eq!(strip_version("gpt-oss-20b-1:0"), "gpt-oss-20b");
        assert_eq!(strip_version("gpt-oss-20b"), "gpt-oss-20b");
    }
}
