//! The advisor: the board and the reference results in, the advice out.

use super::board::{BoardFacts, References};
use super::caveats::{caveats, contested_dates_note};
use super::criterion::Criterion;
use super::direction::Direction;
use super::flips::flips;
use super::outcome::{Advice, AdviceStatus};
use super::plan_comparison::compare;
use super::red_flags::red_flags;
use super::score::CriterionScore;
use super::scoring::{applying_criteria, choose, score_options, Choice};
use crate::analysis::strategy_result::StrategyResult;
use crate::assumptions::Resolved;
use crate::model::currency::Currency;
use crate::model::money::format_number;
use crate::model::scenario::Scenario;
use crate::model::strategy::Strategy;
use crate::model::text::capitalise;

/// The reference results in `Strategy::ALL` order: plan, all Azure, all AWS, split by rule.
pub fn advise(r: &Resolved, scenario: &Scenario, results: [&StrategyResult; 4]) -> Advice {
    if scenario.workloads.is_empty() {
        return Advice::empty();
    }
    let [plan, all_azure, all_aws, split] = results;
    let references = References {
        all_azure,
        all_aws,
        split,
    };
    let facts = BoardFacts::read(r, scenario, references);
    let options = score_options(&facts);
    // Direction::ALL has three options, so this never falls back; it keeps a panic out of reach.
    let Some(choice) = choose(r, &options) else {
        return Advice::empty();
    };
    let recommended = choice.best.direction;
    let applying = applying_criteria(choice.best);
    let advised = reference_result(recommended, references);
    let reasons = reasons(&applying, advised, &scenario.currency);
    // With nothing placed the plan has nothing to flag; the advised reference stands in.
    let checked = if plan.cost.workloads.is_empty() {
        advised
    } else {
        plan
    };
    let summary = summary(&choice, &applying);
    let (runner_up, close_call) = (choice.runner_up.direction, choice.close_call);
    Advice {
        status: AdviceStatus::Advised,
        recommended: Some(recommended),
        advised_strategy: Some(recommended.reference()),
        runner_up: Some(runner_up),
        close_call,
        reasons,
        red_flags: red_flags(scenario, checked),
        comparison: Some(compare(scenario, plan, advised)),
        flips: flips(&facts, runner_up),
        summary,
        options,
    }
}

/// The applying criteria, strongest first, then what the advised reference builds around or
/// waits for, and a note where its lead rests on contested dates.
fn reasons(applying: &[&CriterionScore], advised: &StrategyResult, currency: &Currency) -> Vec<String> {
    let mut reasons: Vec<String> = applying.iter().map(|c| capitalise(&c.reason)).collect();
    reasons.extend(caveats(advised, currency).iter().map(|c| capitalise(c)));
    let leans_on_dates = applying.iter().any(|c| {
        matches!(
            c.criterion,
            Criterion::EarlyFeatureAccess | Criterion::ResidencyFitsAzure
        )
    });
    if leans_on_dates {
        reasons.push(capitalise(&contested_dates_note()));
    }
    reasons
}

/// The result of the option's reference strategy.
fn reference_result<'a>(d: Direction, references: References<'a>) -> &'a StrategyResult {
    match d.reference() {
        Strategy::AllAzure => references.all_azure,
        Strategy::AllAws => references.all_aws,
        _ => references.split,
    }
}

/// The recommendation and its score, its three strongest reasons, and the runner-up on a close call.
fn summary(choice: &Choice, applying: &[&CriterionScore]) -> String {
    let mut summary = format!(
        "{} (score {} of 100)",
        choice.best.direction.label(),
        format_number(choice.best.score.round())
    );
    if applying.is_empty() {
        summary.push_str(": no criterion of the framework applies strongly; the room should decide.");
    } else {
        let top: Vec<&str> = applying.iter().take(3).map(|c| c.reason.as_str()).collect();
        summary.push_str(&format!(": {}.", top.join("; ")));
    }
    if choice.close_call {
        summary.push_str(&format!(
            " A close call with {} (score {}).",
            choice.runner_up.direction.label().to_lowercase(),
            format_number(choice.runner_up.score.round())
        ));
    }
    summary
}
