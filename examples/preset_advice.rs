//! Prints each shipped preset's advice (verdict, scores, summary), for release notes:
//! `cargo run --example preset_advice`.

use std::path::PathBuf;

use cloudsplit::engine::evaluate;
use cloudsplit::engine::io::presets;

fn main() {
    let public = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public");
    let Ok(list) = std::fs::read_to_string(public.join(presets::MANIFEST)) else {
        eprintln!("no preset list");
        return;
    };
    let Ok(list) = presets::parse_manifest(&list) else {
        eprintln!("the preset list does not read");
        return;
    };
    for p in list {
        let text = std::fs::read_to_string(public.join(presets::FOLDER).join(&p.file)).unwrap_or_default();
        let Ok(e) = presets::open(&text).map_err(|e| e.to_string()).and_then(|s| evaluate(&s).map_err(|e| e.to_string())) else {
            println!("{}: does not open", p.title);
            continue;
        };
        let scores: Vec<String> = e
            .advice
            .options
            .iter()
            .map(|o| format!("{} {:.0}", o.direction.label(), o.score))
            .collect();
        println!("## {}\n{}\nscores: {}", p.title, e.advice.summary, scores.join(", "));
        for f in advice_flips(&e) {
            println!("flip: {f}");
        }
        println!();
    }
}

fn advice_flips(_e: &cloudsplit::engine::Evaluation) -> Vec<String> {
    Vec::new()
}
