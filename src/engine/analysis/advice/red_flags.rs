//! The seed's red flags, checked on one strategy: one function per kind.

use super::red_flag::{RedFlag, RedFlagKind};
use super::wording::{is_are, workloads_word};
use crate::analysis::cost::Component;
use crate::analysis::findings::FindingKind;
use crate::analysis::risk::FactorKind;
use crate::analysis::strategy_result::StrategyResult;
use crate::model::scenario::{Placement, Scenario, WorkloadId};
use crate::model::text::capitalise;

/// The flags raised on `target`, in `RedFlagKind` order.
pub(super) fn red_flags(scenario: &Scenario, target: &StrategyResult) -> Vec<RedFlag> {
    [
        lock_in_migration(scenario, target),
        compliance_duplication(scenario, target),
        unclear_roadmap(scenario, target),
        data_residency_gap(scenario, target),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Up to three workload names, then how many more.
fn names(scenario: &Scenario, ids: &[WorkloadId]) -> String {
    let shown: Vec<&str> = ids
        .iter()
        .take(3)
        .filter_map(|id| scenario.workload(*id).map(|w| w.name.as_str()))
        .collect();
    let more = ids.len().saturating_sub(3);
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// The workloads with a risk factor of the kind `pred` accepts.
fn with_factor(target: &StrategyResult, pred: fn(&FactorKind) -> bool) -> Vec<WorkloadId> {
    target
        .risk
        .workloads
        .iter()
        .filter(|risk| risk.factors.iter().any(|f| pred(&f.kind)))
        .filter_map(|risk| risk.workload)
        .collect()
}

fn lock_in_migration(scenario: &Scenario, target: &StrategyResult) -> Option<RedFlag> {
    let mut migrating = Vec::new();
    let (mut migration, mut year_of_run) = (0.0, 0.0);
    for f in &target.cost.findings {
        if let (
            FindingKind::MigrationExceedsYearOfRun {
                migration: m,
                year_of_run: y,
            },
            Some(id),
        ) = (&f.kind, f.workload)
        {
            migrating.push(id);
            migration += m;
            year_of_run += y;
        }
    }
    if migrating.is_empty() {
        return None;
    }
    Some(RedFlag {
        kind: RedFlagKind::LockInMigration,
        strategy: target.strategy,
        message: format!(
            "Moving {} {} ({}) costs {} once, more than a year of their run cost ({}).",
            migrating.len(),
            workloads_word(migrating.len()),
            names(scenario, &migrating),
            scenario.currency.format(migration),
            scenario.currency.format(year_of_run)
        ),
        cost: Some(migration),
        workloads: migrating,
    })
}

fn compliance_duplication(scenario: &Scenario, target: &StrategyResult) -> Option<RedFlag> {
    let g = &target.governance;
    if g.duplicated_frameworks.is_empty() {
        return None;
    }
    let duplicate_audits = target
        .cost
        .lines
        .iter()
        .filter(|l| l.component == Component::Audits && l.duplicate)
        .fold(0.0, |a, l| a + l.total);
    let frameworks: Vec<&str> = g.duplicated_frameworks.iter().map(|f| f.label()).collect();
    let ids: Vec<WorkloadId> = scenario
        .workloads
        .iter()
        .filter(|w| !w.compliance.is_empty() && target.strategy.placement(w) != Placement::Unplaced)
        .filter(|w| g.duplicated_frameworks.iter().any(|f| w.compliance.contains(f)))
        .map(|w| w.id)
        .collect();
    let (list, verb) = (
        frameworks.join(", "),
        if frameworks.len() == 1 { "is" } else { "are" },
    );
    let message = if duplicate_audits > 0.0 {
        let n = g.duplicated_audits_per_year;
        format!(
            "{list} {verb} validated on both clouds: {n} {} a year must cover the second cloud too, {} of \
             scope extension over the horizon.",
            if n == 1 { "audit" } else { "audits" },
            scenario.currency.format(duplicate_audits)
        )
    } else {
        format!(
            "{list} {verb} validated on both clouds: organisation-wide work with no second audit fee, \
             but both clouds' controls must be evidenced."
        )
    };
    Some(RedFlag {
        kind: RedFlagKind::ComplianceDuplication,
        strategy: target.strategy,
        message,
        cost: Some(duplicate_audits),
        workloads: ids,
    })
}

/// Two clouds with no published feature matrix, stateless workloads lagging Azure on AWS, or
/// workloads waiting for a capability.
fn unclear_roadmap(scenario: &Scenario, target: &StrategyResult) -> Option<RedFlag> {
    let lagging = with_factor(target, |k| matches!(k, FactorKind::FeatureLag { .. }));
    let waiting = with_factor(target, |k| matches!(k, FactorKind::NotYetAvailable { .. }));
    let two = target.cost.clouds_in_use.count() == 2;
    if !two && lagging.is_empty() && waiting.is_empty() {
        return None;
    }
    let mut parts = Vec::new();
    if two {
        parts.push(
            "two clouds, and OpenAI has published no feature matrix of which capability ships where"
                .to_owned(),
        );
    }
    if !lagging.is_empty() {
        parts.push(format!(
            "{} stateless {} on AWS {} new models after Azure ({})",
            lagging.len(),
            workloads_word(lagging.len()),
            if lagging.len() == 1 { "gets" } else { "get" },
            names(scenario, &lagging)
        ));
    }
    if !waiting.is_empty() {
        parts.push(format!(
            "{} {} for a capability not available at the start ({})",
            waiting.len(),
            if waiting.len() == 1 {
                "workload waits"
            } else {
                "workloads wait"
            },
            names(scenario, &waiting)
        ));
    }
    let mut ids = lagging;
    ids.extend(
        waiting
            .into_iter()
            .filter(|id| !ids.contains(id))
            .collect::<Vec<_>>(),
    );
    Some(RedFlag {
        kind: RedFlagKind::UnclearRoadmap,
        strategy: target.strategy,
        message: format!("{}.", capitalise(&parts.join("; "))),
        cost: None,
        workloads: ids,
    })
}

fn data_residency_gap(scenario: &Scenario, target: &StrategyResult) -> Option<RedFlag> {
    let gaps = with_factor(target, |k| matches!(k, FactorKind::ResidencyConflict { .. }));
    if gaps.is_empty() {
        return None;
    }
    Some(RedFlag {
        kind: RedFlagKind::DataResidencyGap,
        strategy: target.strategy,
        message: format!(
            "{} {} with residency or sector rules {} on a cloud that cannot meet them at the start ({}).",
            gaps.len(),
            workloads_word(gaps.len()),
            is_are(gaps.len()),
            names(scenario, &gaps)
        ),
        cost: None,
        workloads: gaps,
    })
}
