//! What the advised reference leans on that the room must hear: a workaround it builds (Frontier
//! agents on Azure), a capability it waits for, and dates from a contested seed. These go into
//! the reasons, so a recommendation is never silent about them.

use std::collections::BTreeMap;

use super::wording::workloads_word;
use crate::analysis::cost::Component;
use crate::analysis::findings::{Capability, Finding, FindingKind};
use crate::analysis::strategy_result::StrategyResult;
use crate::assumptions::Key;
use crate::model::currency::Currency;
use crate::model::scenario::YearMonth;

/// Dates that rest on seed 004 alone, whose other claims the other seeds contradict.
const CONTESTED: [Key; 4] = [
    Key::AwsGptFamilyFrom,
    Key::AwsFrontierFrom,
    Key::AwsFineTuningFrom,
    Key::AwsSovereignFrom,
];

/// The workaround and waiting sentences for `advised`, one per capability.
pub(super) fn caveats(advised: &StrategyResult, currency: &Currency) -> Vec<String> {
    // The Frontier workaround is a platform built once, its upkeep and each agent's fitting:
    // its component's horizon total, not the agents' one-time share alone.
    let frontier = advised.cost.component_total(Component::Workaround);
    let mut out = workarounds(&advised.cost.findings, frontier, currency);
    out.extend(waits(&advised.cost.findings, currency));
    out
}

/// The capabilities' labels are plural but one.
fn verb(capability: Capability) -> &'static str {
    if capability == Capability::OpenAiEmbeddings {
        "is"
    } else {
        "are"
    }
}

/// Whether a finding's date comes from seed 004.
fn contested(f: &Finding) -> bool {
    CONTESTED.iter().any(|&k| f.assumptions.has(k))
}

const CONTESTED_NOTE: &str =
    " The date is seed 004's, which other seeds contradict in places (confidence C).";

/// Per capability: how many workloads, the workaround, its one-time cost, a later date.
fn workarounds(findings: &[Finding], frontier_total: f64, currency: &Currency) -> Vec<String> {
    let mut by_capability: BTreeMap<Capability, (usize, &str, f64, Option<YearMonth>)> = BTreeMap::new();
    for f in findings {
        if let (
            FindingKind::Workaround {
                workaround,
                available_from,
            },
            Some(capability),
        ) = (&f.kind, f.capability)
        {
            let entry = by_capability
                .entry(capability)
                .or_insert((0, workaround, 0.0, *available_from));
            entry.0 += 1;
            entry.2 += f.cost.unwrap_or(0.0);
        }
    }
    by_capability
        .into_iter()
        .map(|(capability, (n, workaround, cost, from))| {
            let until = from.map_or(String::new(), |d| format!(" until {d}"));
            let cost = if capability == Capability::FrontierAgents {
                format!(
                    "about {} over the horizon (the platform built once, its upkeep and each agent's fitting)",
                    currency.format(frontier_total)
                )
            } else {
                format!("about {} once", currency.format(cost))
            };
            format!(
                "{} {} not offered on this cloud{until}: the workaround for {n} {} is to {workaround}, \
                 {cost}, with more build effort and risk",
                capability.label(),
                verb(capability),
                workloads_word(n),
            )
        })
        .collect()
}

/// Per capability and date: the wait, and what the months on the other cloud cost.
fn waits(findings: &[Finding], currency: &Currency) -> Vec<String> {
    let mut by_capability: BTreeMap<(Capability, YearMonth), (usize, u32, f64, bool)> = BTreeMap::new();
    for f in findings {
        if let (
            FindingKind::UnavailableAtStart {
                available_from,
                months_waiting,
                ..
            },
            Some(capability),
        ) = (&f.kind, f.capability)
        {
            let entry = by_capability.entry((capability, *available_from)).or_insert((
                0,
                *months_waiting,
                0.0,
                false,
            ));
            entry.0 += 1;
            entry.2 += f.cost.unwrap_or(0.0);
            entry.3 |= contested(f);
        }
    }
    by_capability
        .into_iter()
        .map(|((capability, from), (n, months, cost, contested))| {
            let note = if contested { CONTESTED_NOTE } else { "" };
            format!(
                "{} {} not available on this cloud at the plan's start: it arrives in {from}, so for \
                 {months} months {n} {} {} on the other cloud first, at {}.{note}",
                capability.label(),
                verb(capability),
                workloads_word(n),
                if n == 1 { "runs" } else { "run" },
                currency.format(cost)
            )
        })
        .collect()
}

/// A note when the recommendation's lead rests on availability dates from seed 004.
pub(super) fn contested_dates_note() -> String {
    "the Bedrock dates behind 'reach AWS later' are seed 004's, which other seeds contradict in places \
     (confidence C): check them before the board relies on them"
        .to_owned()
}
