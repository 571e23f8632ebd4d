//! The presets shipped in public/presets/: every file in the list opens through the file
//! import's checks, and the advisor says what each preset is meant to show.

use std::path::PathBuf;

use cloudsplit::engine::io::presets::{self, Preset};
use cloudsplit::engine::io::untrusted;
use cloudsplit::engine::model::scenario::{Framework, Location, Residency, Scenario};
use cloudsplit::engine::{evaluate, Component, CostCloud, Direction, Evaluation, RedFlagKind};

fn public() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("public")
}

fn listed() -> Vec<Preset> {
    let text = std::fs::read_to_string(public().join(presets::MANIFEST)).expect("the list exists");
    presets::parse_manifest(&text).expect("the list reads")
}

fn open(file: &str) -> (Scenario, Evaluation) {
    let text = std::fs::read_to_string(public().join(presets::FOLDER).join(file)).expect("preset exists");
    let scenario = presets::open(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert_eq!(untrusted::check_decoded(&scenario), Ok(()), "{file}");
    let evaluation = evaluate(&scenario).unwrap_or_else(|e| panic!("{file}: {e}"));
    (scenario, evaluation)
}

fn preset(file: &str) -> (Scenario, Evaluation) {
    assert!(listed().iter().any(|p| p.file == file), "{file} is in the list");
    open(file)
}

#[test]
fn every_listed_preset_opens_and_every_file_is_listed() {
    let list = listed();
    assert_eq!(list.len(), 5);
    for p in &list {
        let (s, e) = open(&p.file);
        assert!(!s.workloads.is_empty(), "{}", p.file);
        assert!(e.plan.cost.horizon_total > 0.0, "{}", p.file);
        assert!(!p.description.is_empty());
    }
    let mut titles: Vec<&str> = list.iter().map(|p| p.title.as_str()).collect();
    titles.sort_unstable();
    titles.dedup();
    assert_eq!(titles.len(), list.len(), "titles are distinct");
    let files: Vec<String> = std::fs::read_dir(public().join(presets::FOLDER))
        .expect("folder")
        .filter_map(|f| f.ok()?.file_name().into_string().ok())
        .filter(|f| f != "index.json")
        .collect();
    for f in files {
        assert!(list.iter().any(|p| p.file == f), "{f} is listed in index.json");
    }
}

/// The phased story: Azure until Frontier reaches AWS (2026-09, month 3 of a 2026-06 plan),
/// both for two months, then AWS; the writer splits onto both clouds in month 18.
#[test]
fn the_phased_preset_moves_its_agents_when_frontier_reaches_aws() {
    let (s, e) = preset("phased-move-to-frontier.cloudsplit.json");
    let agents = s
        .workloads
        .iter()
        .find(|w| w.name == "Returns-handling agent team")
        .expect("the agent team");
    let phases = &e.plan.cost.workload(agents.id).expect("priced").phases;
    let months: Vec<(usize, usize, bool)> = phases.iter().map(|p| (p.from, p.to, p.dual_run)).collect();
    assert_eq!(months, [(0, 3, false), (3, 5, true), (5, 36, false)]);
    let writer = s
        .workloads
        .iter()
        .find(|w| w.name == "Product description writer")
        .expect("the writer");
    let phases = &e.plan.cost.workload(writer.id).expect("priced").phases;
    assert_eq!(phases.last().map(|p| p.from), Some(18));
    // The move's re-platforming falls in month 3, where the wave is.
    let migration = e
        .plan
        .cost
        .cell(Component::Migration, CostCloud::Aws)
        .expect("a move to AWS");
    assert!(migration.monthly[3] > 0.0 && migration.monthly[..3].iter().all(|v| *v == 0.0));
    assert!(e.plan.cost.clouds_in_use.count() == 2);
}

fn advised(e: &Evaluation) -> Option<Direction> {
    e.advice.recommended
}

/// Seed 000: Azure-first when use is mainly stateless API calls and the organisation is
/// Azure-native with established governance.
#[test]
fn the_azure_native_enterprise_is_azure_first() {
    let (s, e) = preset("azure-native-chatbots.cloudsplit.json");
    assert_eq!(advised(&e), Some(Direction::AzureFirst), "{}", e.advice.summary);
    assert!(!e.advice.close_call);
    let stateful = s.workloads.iter().filter(|w| w.kind.is_stateful()).count();
    assert_eq!(
        (stateful, s.workloads.len()),
        (1, 7),
        "mostly chatbots, one agent pilot"
    );
    let comparison = e.advice.comparison.as_ref().expect("compared");
    assert!(
        comparison.placed_differently.is_empty(),
        "every placed workload is on Azure"
    );
    assert_eq!(comparison.unplaced.len(), 1, "the pilot is still to be placed");
}

/// Seed 000: AWS-first when use includes stateful agents, the organisation builds on AWS
/// and its data lives there.
#[test]
fn the_aws_native_agent_builder_is_aws_first() {
    let (_, e) = preset("aws-native-agents.cloudsplit.json");
    assert_eq!(advised(&e), Some(Direction::AwsFirst), "{}", e.advice.summary);
    assert!(!e.advice.close_call);
    assert!(e
        .advice
        .reasons
        .iter()
        .any(|r| r.starts_with("Stateful agents are")));
    assert!(e.advice.reasons.iter().any(|r| r.contains("lives in AWS")));
    assert!(e.advice.comparison.as_ref().is_some_and(|c| c.follows_advice));
}

/// Seed 000: multi-cloud when there are both kinds of use case, contracts on both clouds
/// and multi-cloud expertise; the seeds' red flags follow (duplicated audits).
#[test]
fn the_regulated_bank_on_both_clouds_is_multi_cloud_and_pays_for_it() {
    let (s, e) = preset("regulated-bank.cloudsplit.json");
    assert_eq!(advised(&e), Some(Direction::MultiCloud), "{}", e.advice.summary);
    assert!(!e.advice.close_call);
    assert!(s
        .workloads
        .iter()
        .all(|w| w.residency == Residency::Eu && w.compliance.contains(&Framework::Gdpr)));
    let kinds: Vec<RedFlagKind> = e.advice.red_flags.iter().map(|f| f.kind).collect();
    assert!(kinds.contains(&RedFlagKind::ComplianceDuplication), "{kinds:?}");
    // Two clouds cost governance time and money over either one-cloud reference.
    assert!(e.plan.governance.hours_per_month > e.all_azure.governance.hours_per_month);
    assert!(e.plan.cost.horizon_total > e.all_azure.cost.horizon_total.min(e.all_aws.cost.horizon_total));
}

/// An agent-first company with nothing to migrate: AWS-first, and the plan is the
/// All-on-AWS reference itself.
#[test]
fn the_agent_first_scale_up_is_aws_first_with_nothing_to_migrate() {
    let (s, e) = preset("agent-first-scale-up.cloudsplit.json");
    assert_eq!(advised(&e), Some(Direction::AwsFirst), "{}", e.advice.summary);
    assert!(s.workloads.iter().all(|w| w.runs_today == Location::New));
    assert_eq!(e.plan.cost.horizon_total, e.all_aws.cost.horizon_total);
    assert_eq!(
        e.plan.cost.component_total(Component::Migration),
        0.0,
        "no migration"
    );
    assert_eq!(
        e.plan.cost.component_total(Component::Workaround),
        0.0,
        "no workaround"
    );
    assert_eq!(s.overrides.get("growth.volume-per-month"), Some(&6.0));
}

/// Prints each preset's advice, its reasons and its flips, for release notes:
/// `cargo test --test presets print_each_presets_advice -- --nocapture`.
#[test]
fn print_each_presets_advice() {
    for p in listed() {
        let (_, e) = open(&p.file);
        let scores: Vec<String> = e
            .advice
            .options
            .iter()
            .map(|o| format!("{} {:.0}", o.direction.label(), o.score))
            .collect();
        println!(
            "## {}\n{}\nscores: {}",
            p.title,
            e.advice.summary,
            scores.join(", ")
        );
        for r in &e.advice.reasons {
            println!("reason: {r}");
        }
        for f in &e.advice.flips {
            println!("flip: {}", f.sentence);
        }
        println!();
        assert!(!e.advice.summary.is_empty());
    }
}
