//! The private price book: both file formats, what is used and ignored, hostile input, and
//! the layer it forms between the shipped defaults and the scenario's overrides.

mod common;

use std::collections::BTreeMap;

use proptest::prelude::*;

use cloudsplit::engine::assumptions::{Assumptions, Category, Cloud, PriceKind};
use cloudsplit::engine::io::price_book::{self, csv, PriceBook, PriceBookError};
use cloudsplit::engine::model::catalog::{Model, WorkloadKind};
use cloudsplit::engine::model::scenario::{Scenario, Zone};
use cloudsplit::engine::{evaluate, evaluate_with};

const TODAY: &str = "2026-10-07";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/price_books/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture exists")
}

fn price(cloud: Cloud, model: Model, kind: PriceKind) -> &'static str {
    Assumptions::price_id(cloud, model, kind).expect("listed price")
}

fn imported(name: &str) -> price_book::Imported {
    price_book::import(name, &fixture(name), TODAY).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn a_trimmed_real_litellm_file_maps_to_the_catalog() {
    let got = imported("litellm-trimmed.json");
    let v = |id: &str| got.book.value(id);
    // The shipped defaults come from the same file (pricing-facts.md §1), so they agree.
    assert_eq!(v(price(Cloud::Azure, Model::Gpt4o, PriceKind::Input)), Some(2.5));
    assert_eq!(
        v(price(Cloud::Azure, Model::Gpt4o, PriceKind::Output)),
        Some(10.0)
    );
    assert_eq!(
        v(price(Cloud::Azure, Model::Gpt4o, PriceKind::CachedInput)),
        Some(1.25)
    );
    assert_eq!(
        v(price(Cloud::Azure, Model::Gpt41Mini, PriceKind::Output)),
        Some(1.6)
    );
    // azure/ wins over azure_ai/; azure_ai/ is used where it is the only Azure entry.
    assert_eq!(v(price(Cloud::Azure, Model::Gpt54, PriceKind::Input)), Some(2.5));
    assert_eq!(
        v(price(Cloud::Azure, Model::GptOss120b, PriceKind::Input)),
        Some(0.15)
    );
    // In-region Bedrock wins over Mantle; Mantle is used where it is the only AWS entry.
    assert_eq!(
        v(price(Cloud::Aws, Model::GptOss20b, PriceKind::Input)),
        Some(0.07)
    );
    assert_eq!(v(price(Cloud::Aws, Model::Gpt54, PriceKind::Output)), Some(16.5));
    // The AWS embedding comparator.
    assert_eq!(
        v(price(Cloud::Aws, Model::TextEmbedding3Small, PriceKind::Input)),
        Some(0.02)
    );
    for (id, value) in &got.book.values {
        let a = Assumptions::find(id).expect("known id");
        assert_eq!(*value, a.default, "{id} matches the shipped default");
    }

    let summary = got.report.summary();
    assert!(summary.starts_with(&format!(
        "Used {} values from the LiteLLM price file.",
        got.report.used.len()
    )));
    for expected in [
        "entries for providers other than Azure and AWS, or for OpenAI's own API",
        "openai: 3",
        "regional, data-zone, global or dated variants",
        "azure/eu/gpt-4o-2024-08-06",
        "Azure and AWS entries for models cloudsplit does not price",
        "azure/gpt-5-pro",
        "entries for a price already taken from another entry",
        "bedrock_mantle/openai.gpt-oss-20b (used openai.gpt-oss-20b-1:0)",
    ] {
        assert!(summary.contains(expected), "{expected} in {summary}");
    }
    assert!(got
        .report
        .used
        .iter()
        .any(|u| u.from == "azure/gpt-4o input_cost_per_token"));
    assert_eq!(
        got.book.source_label(),
        "Private price book: litellm-trimmed.json, imported 2026-10-07"
    );
}

#[test]
fn a_negotiated_litellm_file_changes_the_tco() {
    let got = imported("negotiated-litellm.json");
    assert_eq!(
        got.book
            .value(price(Cloud::Azure, Model::Gpt41Mini, PriceKind::Input)),
        Some(0.3)
    );
    assert_eq!(
        got.book
            .value(price(Cloud::Aws, Model::GptOss120b, PriceKind::Output)),
        Some(0.48)
    );
    assert_eq!(got.book.values.len(), 7);
    let summary = got.report.summary();
    assert!(summary.contains("azure/my-fine-tune"), "{summary}");
    assert!(summary.contains("openai: 1"), "{summary}");

    let mut s = Scenario::default();
    let id = s.add_workload(WorkloadKind::SupportChatbot);
    s.move_to(id, Zone::Azure);
    let list = evaluate(&s).unwrap();
    let negotiated = evaluate_with(&s, Some(&got.book)).unwrap();
    assert!(negotiated.plan.cost.horizon_total < list.plan.cost.horizon_total);
    assert!(negotiated
        .assumptions
        .is_from_price_book("azure.price.gpt-4.1-mini.input"));
    assert_eq!(negotiated.assumptions.price_book_count(), 7);
}

#[test]
fn scenario_override_beats_price_book_beats_default() {
    let id = "azure.price.gpt-4.1-mini.input";
    let book = PriceBook {
        name: "prices.csv".into(),
        imported: TODAY.into(),
        values: BTreeMap::from([(id.to_owned(), 0.3)]),
    };
    let mut s = Scenario::default();
    let w = s.add_workload(WorkloadKind::SupportChatbot);
    s.move_to(w, Zone::Azure);
    let with_book = evaluate_with(&s, Some(&book)).unwrap();
    let entry = with_book.explain_ids(&[id])[0];
    assert_eq!(
        (entry.value, entry.base, entry.from_price_book, entry.overridden),
        (0.3, 0.3, true, false)
    );

    s.overrides.insert(id.to_owned(), 0.35);
    let both = evaluate_with(&s, Some(&book)).unwrap();
    let entry = both.explain_ids(&[id])[0];
    assert_eq!(
        (entry.value, entry.base, entry.from_price_book, entry.overridden),
        (0.35, 0.3, true, true)
    );

    s.overrides.clear();
    let none = evaluate_with(&s, None).unwrap();
    assert_eq!(none, evaluate(&s).unwrap());
    let entry = none.explain_ids(&[id])[0];
    assert_eq!((entry.value, entry.from_price_book), (0.4, false));
}

#[test]
fn a_csv_file_with_both_tables_reads_every_value_and_reports_the_rest() {
    let got = imported("negotiated.csv");
    assert_eq!(got.book.value("azure.price.gpt-5.input"), Some(1.0));
    assert_eq!(
        got.book.value("azure.price.gpt-5.cached-input"),
        None,
        "empty cell keeps the default"
    );
    assert_eq!(got.book.value("aws.egress.per-gb"), Some(0.05));
    assert_eq!(got.book.values.len(), 8);
    assert_eq!(got.report.used[0].from, "row 3");
    let summary = got.report.summary();
    assert_eq!(
        summary,
        "Used 8 values from the CSV file. Not used: 1 row for clouds other than Azure and AWS (e.g. row 6: \
         gcp); 1 column cloudsplit does not read (e.g. \"note\")."
    );
}

#[test]
fn csv_errors_name_the_row_and_change_nothing() {
    let text = "cloud,model,input_per_1m,output_per_1m\n\
                azure,gpt-4.1,1.8,7.2\n\
                azure,gpt-4o,-1,10\n\
                aws,gpt-oss-20b,0.07,lots\n\
                # a comment\n\
                azure,gpt-4.1,1.9,\n\
                assumption_id,value\n\
                aws.egress.per-gb,5000\n\
                availability.aws.fine-tuning,2026-13\n\
                aws.egress.per-gb,\n";
    let err = price_book::import_text("bad.csv", text, TODAY).unwrap_err();
    let PriceBookError::BadValues(problems) = &err else {
        panic!("{err:?}");
    };
    let at: Vec<&str> = problems.iter().map(|p| p.at.as_str()).collect();
    assert_eq!(at, ["Row 3", "Row 4", "Row 6", "Row 8", "Row 9", "Row 10"]);
    let message = err.to_string();
    assert!(message
        .starts_with("Some values cannot be used, so nothing was imported. Row 3: Azure gpt-4o input price"));
    assert!(message
        .contains("Row 3: Azure gpt-4o input price (azure.price.gpt-4o.input) cannot be negative (got -1)."));
    assert!(message.contains(
        "Row 4: AWS gpt-oss-20b output price (aws.price.gpt-oss-20b.output) must be a number (got \"lots\")."
    ));
    assert!(message
        .contains("Row 6: Azure gpt-4.1 input price (azure.price.gpt-4.1.input) is already set on row 2."));
    assert!(message.contains("Row 8: AWS data transfer out (aws.egress.per-gb) must be at most"));
    assert!(message.contains("Row 9:"));
}

#[test]
fn csv_files_that_are_not_price_books_get_reasons() {
    let no_header = price_book::import_text("a.csv", "azure,gpt-4o,1,2\n", TODAY);
    assert!(
        matches!(no_header, Err(PriceBookError::NotCsvPriceBook(ref m)) if m.contains("row 1 comes before a header row"))
    );
    let nothing = price_book::import_text(
        "a.csv",
        "cloud,model,input_per_1m\ngcp,gemini,1\nazure,gpt-9,1\n",
        TODAY,
    );
    let Err(PriceBookError::NothingUsable(why)) = nothing else {
        panic!("{nothing:?}");
    };
    assert!(
        why.contains("1 row for models cloudsplit does not price (e.g. row 3: gpt-9)"),
        "{why}"
    );
    let rows = "assumption_id,value\n".to_owned() + &"x,1\n".repeat(csv::MAX_ROWS);
    assert!(matches!(
        price_book::import_text("a.csv", &rows, TODAY),
        Err(PriceBookError::NotCsvPriceBook(_))
    ));
    let open_quote = price_book::import_text("a.csv", "assumption_id,value\n\"aws.egress.per-gb,1\n", TODAY);
    assert!(open_quote.is_err_and(|e| e.to_string().contains("Row 2: a quoted cell is not closed")));
}

#[test]
fn derived_aws_prices_are_reported_not_set() {
    let got = price_book::import_text(
        "a.csv",
        "cloud,model,input_per_1m,output_per_1m\naws,gpt-4.1,2,8\nazure,gpt-4.1,1.8,7.2\n",
        TODAY,
    )
    .unwrap();
    assert_eq!(got.book.values.len(), 2);
    assert!(got.report.summary().contains("aws.price.openai-ratio"));
}

#[test]
fn a_spreadsheet_csv_with_semicolons_and_decimal_commas_reads() {
    let got = price_book::import_text(
        "Preise.csv",
        "\u{feff}Cloud;Model;Input per 1M;Output per 1M\r\nazure;gpt-4o;2,10;8,40\r\n",
        TODAY,
    )
    .unwrap();
    assert_eq!(got.book.value("azure.price.gpt-4o.input"), Some(2.1));
    assert_eq!(got.book.value("azure.price.gpt-4o.output"), Some(8.4));
}

#[test]
fn the_template_imports_as_every_listed_price_at_its_default() {
    let got = price_book::import_text(csv::TEMPLATE_FILE_NAME, &csv::template(), TODAY).unwrap();
    let listed: Vec<&str> = Cloud::ALL
        .into_iter()
        .flat_map(|c| Model::ALL.into_iter().map(move |m| (c, m)))
        .flat_map(|(c, m)| {
            PriceKind::ALL
                .into_iter()
                .filter_map(move |k| Assumptions::price_id(c, m, k))
        })
        .collect();
    assert_eq!(got.book.values.len(), listed.len());
    for id in listed {
        assert_eq!(
            got.book.value(id),
            Assumptions::find(id).map(|a| a.default),
            "{id}"
        );
    }
    assert!(got.report.ignored.is_empty(), "{:?}", got.report.ignored);
}

#[test]
fn litellm_files_that_are_not_price_files_get_reasons() {
    type Expect = fn(&PriceBookError) -> bool;
    let cases: [(&str, Expect); 5] = [
        ("{\"azure/gpt-4o\":", |e| matches!(e, PriceBookError::NotJson(_))),
        ("[1, 2]", |e| matches!(e, PriceBookError::NotLiteLlm(_))),
        ("{}", |e| matches!(e, PriceBookError::NotLiteLlm(_))),
        ("{\"azure/gpt-4o\": {\"input_cost_per_token\": \"cheap\"}}", |e| {
            e.to_string()
                .contains("azure/gpt-4o: input_cost_per_token is not a number")
        }),
        ("{\"azure/gpt-4o\": {\"input_cost_per_token\": 0.5}}", |e| {
            e.to_string()
                .contains("input_cost_per_token 0.5 is 500000 $ per 1M tokens, and Azure gpt-4o input price")
        }),
    ];
    for (text, expected) in cases {
        let err = price_book::import_text("prices.json", text, TODAY).unwrap_err();
        assert!(expected(&err), "{text}: {err}");
    }
    let other = price_book::import_text(
        "p.json",
        "{\"gpt-4o\": {\"litellm_provider\": \"openai\"}}",
        TODAY,
    );
    assert!(matches!(other, Err(PriceBookError::NothingUsable(_))));
}

/// A local check against LiteLLM's full file, when one is at hand:
/// `CLOUDSPLIT_LITELLM_FILE=/path/model_prices_and_context_window.json cargo test --test price_book`.
#[test]
fn the_full_litellm_file_imports_when_given() {
    let Ok(path) = std::env::var("CLOUDSPLIT_LITELLM_FILE") else {
        return;
    };
    let bytes = std::fs::read(path).expect("readable file");
    let got = price_book::import("model_prices_and_context_window.json", &bytes, TODAY).unwrap();
    println!("[figure] full LiteLLM file: {}", got.report.summary());
    assert!(got.book.values.len() >= 30);
}

fn price_ids() -> Vec<&'static str> {
    Assumptions::all()
        .iter()
        .filter(|a| a.category == Category::ModelPrices)
        .map(|a| a.id.as_str())
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any valid values written as an `assumption_id,value` table read back exactly.
    #[test]
    fn id_tables_round_trip(picks in prop::collection::btree_map(prop::sample::select(price_ids()), 0.0..1000.0_f64, 1..20)) {
        let mut text = String::from("assumption_id,value\n");
        for (id, v) in &picks {
            text.push_str(&format!("{id},{v}\n"));
        }
        let got = price_book::import_text("p.csv", &text, TODAY).unwrap();
        let expected: BTreeMap<String, f64> = picks.iter().map(|(k, v)| ((*k).to_owned(), *v)).collect();
        prop_assert_eq!(got.book.values, expected);
    }

    /// Nothing a file can hold makes the importer panic, and whatever it accepts is a valid book.
    #[test]
    fn arbitrary_text_never_panics(text in "(\\PC|[,;\"\\n#{}:])*") {
        if let Ok(got) = price_book::import_text("p.csv", &text, TODAY) {
            prop_assert_eq!(got.book.check(), Ok(()));
        }
    }

    /// Per-token prices convert to the assumption's unit without float noise.
    #[test]
    fn per_token_prices_convert_to_per_million(micro in 0_u32..1_000_000) {
        let per_million = f64::from(micro) / 1000.0;
        let per_token = per_million / 1e6;
        let text = format!("{{\"azure/gpt-4o\": {{\"input_cost_per_token\": {per_token}, \"litellm_provider\": \"azure\"}}}}");
        let got = price_book::import_text("p.json", &text, TODAY).unwrap();
        prop_assert_eq!(got.book.value("azure.price.gpt-4o.input"), Some(per_million));
    }
}
