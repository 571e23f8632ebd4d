//! Prints each shipped preset's horizon TCO for the plan and the three references, by
//! component, and the advice: the figures a change to the cost model should be reported with.
//!
//! `cargo run --release --example preset_figures`

use std::path::PathBuf;

use cloudsplit::engine::io::presets;
use cloudsplit::engine::uncertainty::Sampler;
use cloudsplit::engine::Component;
use cloudsplit::engine::{evaluate, StrategyResult};

fn k(x: f64) -> String {
    format!("{:.0}k", x / 1000.0)
}

fn row(s: &StrategyResult) -> String {
    let parts: Vec<String> = Component::ALL
        .iter()
        .map(|&c| (c, s.cost.component_total(c)))
        .filter(|(_, v)| *v != 0.0)
        .map(|(c, v)| format!("{} {}", c.label(), k(v)))
        .collect();
    format!(
        "  {:<14} {:>8}  ({})",
        s.strategy.label(),
        k(s.cost.horizon_total),
        parts.join(", ")
    )
}

fn main() {
    let public = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public");
    let list = std::fs::read_to_string(public.join(presets::MANIFEST)).expect("preset list");
    for p in presets::parse_manifest(&list).expect("preset list reads") {
        let text = std::fs::read_to_string(public.join(presets::FOLDER).join(&p.file)).expect("preset");
        let scenario = presets::open(&text).expect("preset opens");
        let e = evaluate(&scenario).expect("preset evaluates");
        println!("{} ({} years)", p.title, scenario.horizon_years);
        for s in e.strategies() {
            println!("{}", row(s));
        }
        println!("  advice: {:?}", e.advice.recommended);
        let answer = Sampler::new(&scenario, 1).expect("preset samples").reliance();
        println!("  {}", answer.summary(&scenario.currency));
        for item in answer.items(&scenario.currency) {
            println!("    - {item}");
        }
        println!();
    }
}
