//! The decision record's Markdown: a snapshot for a fixed board, and names that try to
//! break out of it.

use std::collections::BTreeMap;

use cloudsplit::engine::io::price_book::PriceBook;
use cloudsplit::engine::model::catalog::WorkloadKind;
use cloudsplit::engine::model::scenario::{Framework, Location, Placement, Scenario, Zone};
use cloudsplit::engine::report::decision_record::DecisionRecord;
use cloudsplit::engine::{evaluate, evaluate_with};

const DATE: &str = "2026-10-07";

fn workshop_board() -> Scenario {
    let mut s = Scenario {
        name: "Q3 placement workshop".into(),
        ..Scenario::default()
    };
    s.org.azure_contract = true;
    s.org.aws_contract = true;
    let chatbot = s.add_workload(WorkloadKind::SupportChatbot);
    let agents = s.add_workload(WorkloadKind::FrontierAgentTeam);
    let search = s.add_workload(WorkloadKind::Embeddings);
    s.add_workload(WorkloadKind::ResearchAgent);
    s.move_to(chatbot, Zone::Azure);
    s.move_to(agents, Zone::Aws);
    s.move_to(search, Zone::Both);
    if let Some(w) = s.workload_mut(search) {
        w.placement = Placement::Both { azure_percent: 80 };
        w.compliance.insert(Framework::Gdpr);
    }
    if let Some(w) = s.workload_mut(agents) {
        w.data_location = Location::Azure;
        w.compliance.insert(Framework::Soc2);
    }
    s.overrides.insert("aws.egress.per-gb".into(), 0.05);
    s.overrides.insert("azure.price.gpt-4.1-mini.input".into(), 0.35);
    s
}

fn book() -> PriceBook {
    PriceBook {
        name: "contoso-2027.csv".into(),
        imported: "2026-10-01".into(),
        values: BTreeMap::from([
            ("azure.price.gpt-4.1-mini.input".to_owned(), 0.3),
            ("azure.price.gpt-4.1-mini.output".to_owned(), 1.2),
        ]),
    }
}

#[test]
fn the_record_of_a_workshop_board() {
    let s = workshop_board();
    let b = book();
    let e = evaluate_with(&s, Some(&b)).unwrap();
    let record = DecisionRecord::build(&s, &e, Some(&b), DATE);
    assert_eq!(
        record.file_name(),
        "Q3 placement workshop decision record 2026-10-07.md"
    );
    assert_eq!(record.assumptions.len(), 3);
    insta::assert_snapshot!("decision_record_markdown", record.to_markdown());
}

/// Counts `|` that Markdown reads as cell borders (not escaped with a backslash).
fn borders(line: &str) -> usize {
    let mut count = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    count
}

#[test]
fn names_cannot_break_out_of_the_markdown() {
    let mut s = workshop_board();
    // Names cannot hold line breaks (the engine refuses control characters); the Markdown
    // escaping of line breaks is tested in the module itself.
    s.name = "Board <img src=x onerror=alert(1)> # injected heading".into();
    s.workloads[0].name = "<script>alert(1)</script>".into();
    s.workloads[1].name = "a | b | c | d | ---".into();
    s.workloads[2].name = "[click](javascript:alert(1)) **bold** `x`".into();
    s.workloads[3].name = "- 1. > quote".into();
    let e = evaluate(&s).unwrap();
    let md = DecisionRecord::build(&s, &e, None, DATE).to_markdown();
    assert!(!md.contains("<script") && !md.contains("<img"), "{md}");
    assert!(
        !md.contains("[click](") && md.contains("\\[click\\](javascript"),
        "{md}"
    );
    assert!(
        md.starts_with("# Decision record: Board &lt;img src=x onerror=alert(1)&gt; \\# injected heading\n")
    );
    assert!(
        md.lines().all(|l| l != "---"),
        "no line becomes a rule or a header underline"
    );
    // Every table row has as many borders as its header row.
    let mut expected = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let n = borders(line);
            assert_eq!(*expected.get_or_insert(n), n, "{line}");
        } else {
            expected = None;
        }
    }
    let row = md
        .lines()
        .find(|l| l.contains("a \\| b"))
        .expect("the placement row of the piped name");
    assert!(row.starts_with("| a \\| b \\| c \\| d \\| --- |"), "{row}");
}

#[test]
fn an_empty_board_still_makes_a_record() {
    let s = Scenario::default();
    let e = evaluate(&s).unwrap();
    let md = DecisionRecord::build(&s, &e, None, DATE).to_markdown();
    assert!(md.contains("No workloads on the board."));
    assert!(md.contains("No advice: the board is empty."));
    assert!(md.contains("None: every assumption is at its shipped, sourced default."));
}

#[test]
fn the_record_says_what_the_answer_rests_on() {
    let s = workshop_board();
    let e = evaluate(&s).unwrap();
    let answer = cloudsplit::engine::uncertainty::Sampler::new(&s, 1)
        .unwrap()
        .reliance();
    let plain = DecisionRecord::build(&s, &e, None, DATE).to_markdown();
    assert!(!plain.contains("What this answer rests on"));
    let md = DecisionRecord::build(&s, &e, None, DATE)
        .with_reliance(&answer)
        .to_markdown();
    let section = md
        .split("## What this answer rests on")
        .nth(1)
        .expect("the section");
    assert!(section.trim_start().starts_with("Your plan costs $"));
    let items = section
        .lines()
        .take_while(|l| !l.starts_with("## "))
        .filter(|l| l.starts_with("- "))
        .count();
    assert_eq!(items, answer.weakest.len());
    assert!(items > 0);
}

/// In euros every amount of the record is the dollar amount times the rate, the record says
/// which currency and rate, and the assumptions keep their source prices in dollars.
#[test]
fn the_record_in_euros() {
    use cloudsplit::engine::model::currency::Currency;
    use cloudsplit::engine::model::scenario::YearMonth;
    let mut s = workshop_board();
    let usd = evaluate(&s).unwrap();
    s.currency = Currency::eur()
        .with_rate(
            0.92,
            YearMonth {
                year: 2026,
                month: 10,
            },
        )
        .unwrap();
    let e = evaluate(&s).unwrap();
    assert_eq!(
        e.plan.cost.horizon_total, usd.plan.cost.horizon_total,
        "the engine's dollars never move"
    );
    let md = DecisionRecord::build(&s, &e, None, DATE).to_markdown();
    assert!(md.contains("Amounts in EUR (€), converted from US dollar list prices at 0.92 €/$ as of 2026-10"));
    let plan_tco = Currency::eur()
        .with_rate(
            0.92,
            YearMonth {
                year: 2026,
                month: 10,
            },
        )
        .unwrap()
        .format(usd.plan.cost.horizon_total);
    assert!(plan_tco.starts_with('€'));
    assert!(md.contains(&plan_tco), "{plan_tco} in\n{md}");
    let (figures, assumptions) = md
        .split_once("## Assumptions changed from the defaults")
        .unwrap_or((&md, ""));
    let dollar_amount = |text: &str| {
        text.match_indices('$')
            .any(|(i, _)| text[i + 1..].starts_with(|c: char| c.is_ascii_digit()))
    };
    assert!(!dollar_amount(figures), "a dollar amount is left in:\n{figures}");
    assert!(
        assumptions.contains("$ per 1M tokens"),
        "source prices stay in dollars:\n{assumptions}"
    );
    insta::assert_snapshot!("decision_record_markdown_eur", md);
}

#[test]
fn the_record_says_how_each_workload_moves_and_buys_capacity() {
    use cloudsplit::engine::model::capacity::{Capacity, Provisioning, PtuTerm};
    use cloudsplit::engine::model::schedule::{Move, MoveAt};
    let mut s = workshop_board();
    s.workloads[0].placement = Placement::Azure;
    s.workloads[0].runs_today = Location::Azure;
    s.workloads[0].moves = vec![Move {
        at: MoveAt::Month(6),
        to: Placement::Aws,
        dual_months: 2,
        dual_azure_percent: 50,
    }];
    s.workloads[1].placement = Placement::Azure;
    s.workloads[1].provisioning = Provisioning {
        capacity: Capacity::Provisioned,
        term: PtuTerm::Yearly,
        ..Provisioning::default()
    };
    let e = evaluate(&s).unwrap();
    let record = DecisionRecord::build(&s, &e, None, DATE);
    let md = record.to_markdown();
    assert!(md.contains("Azure -&gt; AWS in 2027-07, 2 months both"), "{md}");
    let sizing = e
        .plan
        .cost
        .workload(s.workloads[1].id)
        .and_then(|c| c.provisioned)
        .expect("sized");
    assert!(
        md.contains(&format!("{} PTU (", sizing.units)) && md.contains("1-year reservation"),
        "{md}"
    );
    assert!(md.contains("provisioned is priced"), "{md}");
    assert!(md.contains("in today's money"), "{md}");
}
