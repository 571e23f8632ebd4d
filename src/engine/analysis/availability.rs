//! Which capability is available on which cloud from which date, as a table of rules
//! (domain.md "Availability rules"). Dates and windows are assumptions, so the user can edit
//! a rule without a code change; this file only says which assumption governs which cell.

use crate::analysis::findings::{Capability, Finding, FindingKind, Severity};
use crate::assumptions::{AssumptionSet, Assumptions, Cloud, Key, Resolved};
use crate::model::catalog::WorkloadKind;
use crate::model::scenario::{Sector, Workload, YearMonth};
use crate::model::schedule::WhileUnavailable;

/// When a capability is available on a cloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Always,
    /// From the `YYYYMM` month held by the assumption.
    From(Key),
    /// From the month held by the assumption, or never when it is 0; until then the
    /// workaround applies.
    FromOrNever {
        date: Key,
        workaround: &'static str,
    },
    /// Not offered; priced with a comparator model.
    Comparator(&'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub capability: Capability,
    pub cloud: Cloud,
    pub when: When,
    /// New models arrive after this window (months), once the capability is there.
    pub lag_window: Option<Key>,
}

const FOUNDRY: &str = "build the agents on Azure AI Foundry";

/// The availability table. One row per capability and cloud.
pub const RULES: &[Rule] = &[
    rule(Capability::OpenAiStatelessApi, Cloud::Azure, When::Always, None),
    rule(
        Capability::OpenAiStatelessApi,
        Cloud::Aws,
        When::From(Key::AwsGptFamilyFrom),
        Some(Key::AzureFirstWindow),
    ),
    rule(Capability::OpenAiEmbeddings, Cloud::Azure, When::Always, None),
    rule(
        Capability::OpenAiEmbeddings,
        Cloud::Aws,
        When::Comparator("Titan Text Embeddings v2 (small) or Cohere Embed v4 (large)"),
        None,
    ),
    rule(
        Capability::FrontierAgents,
        Cloud::Azure,
        When::FromOrNever {
            date: Key::AzureFrontierFrom,
            workaround: FOUNDRY,
        },
        None,
    ),
    rule(
        Capability::FrontierAgents,
        Cloud::Aws,
        When::From(Key::AwsFrontierFrom),
        None,
    ),
    rule(Capability::FineTuning, Cloud::Azure, When::Always, None),
    rule(
        Capability::FineTuning,
        Cloud::Aws,
        When::From(Key::AwsFineTuningFrom),
        None,
    ),
    rule(Capability::UsGovernment, Cloud::Azure, When::Always, None),
    rule(
        Capability::UsGovernment,
        Cloud::Aws,
        When::From(Key::AwsUsGovernmentFrom),
        None,
    ),
    // "Per region" on Azure (domain.md): available, region choice is the user's.
    rule(Capability::Sovereign, Cloud::Azure, When::Always, None),
    rule(
        Capability::Sovereign,
        Cloud::Aws,
        When::From(Key::AwsSovereignFrom),
        None,
    ),
];

const fn rule(capability: Capability, cloud: Cloud, when: When, lag_window: Option<Key>) -> Rule {
    Rule {
        capability,
        cloud,
        when,
        lag_window,
    }
}

pub fn rule_for(capability: Capability, cloud: Cloud) -> Option<&'static Rule> {
    RULES.get(rule_index(capability, cloud))
}

/// Where a rule is in `RULES`: each capability's Azure rule, then its AWS rule, in
/// `Capability` order (checked when compiling, below), so finding one is an index.
const fn rule_index(capability: Capability, cloud: Cloud) -> usize {
    capability as usize * 2 + cloud as usize
}

const _: () = {
    let mut i = 0;
    while i < RULES.len() {
        assert!(
            rule_index(RULES[i].capability, RULES[i].cloud) == i,
            "RULES lists each capability's Azure rule, then its AWS rule, in Capability order"
        );
        i += 1;
    }
};

/// Availability of a capability on a cloud under the resolved assumptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Availability {
    Always,
    From(YearMonth),
    Never,
}

impl Availability {
    pub fn at(self, month: YearMonth) -> bool {
        match self {
            Availability::Always => true,
            Availability::From(d) => d <= month,
            Availability::Never => false,
        }
    }
}

pub fn availability(r: &Resolved, capability: Capability, cloud: Cloud) -> Availability {
    match rule_for(capability, cloud).map(|rule| rule.when) {
        None | Some(When::Always) => Availability::Always,
        Some(When::From(key)) | Some(When::FromOrNever { date: key, .. }) => {
            r.year_month(key).map_or(Availability::Never, Availability::From)
        }
        Some(When::Comparator(_)) => Availability::Never,
    }
}

/// Whether a stateful workload on Azure needs the Foundry workaround at the plan's start.
pub fn azure_needs_frontier_workaround(r: &Resolved, start: YearMonth) -> bool {
    !availability(r, Capability::FrontierAgents, Cloud::Azure).at(start)
}

/// The capabilities a workload needs, from its kind, model and sector.
pub fn needs(w: &Workload) -> impl Iterator<Item = Capability> {
    let by_kind = if w.kind.is_stateful() {
        Some(Capability::FrontierAgents)
    } else if w.kind == WorkloadKind::FineTunedServing {
        Some(Capability::FineTuning)
    } else if w.model.is_embedding() {
        Some(Capability::OpenAiEmbeddings)
    } else if w.model.is_open_weight() {
        None
    } else {
        Some(Capability::OpenAiStatelessApi)
    };
    let by_sector = match w.sector {
        Sector::Commercial => None,
        Sector::UsGovernment => Some(Capability::UsGovernment),
        Sector::Sovereign => Some(Capability::Sovereign),
    };
    by_kind.into_iter().chain(by_sector)
}

/// Whether `w` on `cloud` runs on a comparator model there (the cloud does not offer its
/// model), so what it builds on that model (an embedded index) stays with that cloud.
pub(crate) fn runs_on_comparator(w: &Workload, cloud: Cloud) -> bool {
    needs(w).any(|capability| {
        rule_for(capability, cloud).is_some_and(|rule| matches!(rule.when, When::Comparator(_)))
    })
}

/// The resolved assumptions and the plan's time frame.
#[derive(Clone, Copy)]
pub(crate) struct PlanFrame<'a> {
    pub r: &'a Resolved,
    pub start: YearMonth,
    pub horizon_months: usize,
}

/// Findings for one workload placed on `clouds`. `gap_cost(cloud, months)` gives the run
/// cost of the months it spends on the other cloud while `cloud` lacks a capability;
/// `workaround_cost` is the one-time cost of the Foundry workaround if the TCO charged it.
pub(crate) fn workload_findings(
    plan: &PlanFrame<'_>,
    w: &Workload,
    clouds: &[Cloud],
    gap_cost: impl Fn(Cloud, usize) -> f64,
    workaround_cost: Option<f64>,
    out: &mut Vec<Finding>,
) {
    let PlanFrame {
        r,
        start,
        horizon_months,
    } = *plan;
    for &cloud in clouds {
        for capability in needs(w) {
            let Some(rule) = rule_for(capability, cloud) else {
                continue;
            };
            let finding = |severity, kind, cost, assumptions| Finding {
                severity,
                workload: Some(w.id),
                cloud: Some(cloud),
                capability: Some(capability),
                kind,
                cost,
                assumptions,
            };
            match rule.when {
                When::Always => {}
                When::From(key) => {
                    let from = r.year_month(key);
                    match from {
                        Some(d) if d > start => {
                            let wait = start.months_until(d).max(0) as usize;
                            let months_waiting = u32::try_from(wait).unwrap_or(u32::MAX);
                            let cost = gap_cost(cloud, wait.min(horizon_months));
                            out.push(finding(
                                Severity::Warning,
                                FindingKind::UnavailableAtStart {
                                    available_from: d,
                                    months_waiting,
                                    runs_elsewhere: w.while_unavailable
                                        == WhileUnavailable::RunWhereAvailable
                                        || clouds.len() == 2,
                                },
                                Some(cost),
                                AssumptionSet::of(&[key]),
                            ));
                        }
                        _ => {}
                    }
                    if let Some(window) = rule.lag_window {
                        let months = r.get(window).max(0.0) as u32;
                        if months > 0 {
                            out.push(finding(
                                Severity::Info,
                                FindingKind::LagsAzure { months },
                                None,
                                AssumptionSet::of(&[window]),
                            ));
                        }
                    }
                }
                When::FromOrNever { date, workaround } => {
                    let from = r.year_month(date);
                    if from.is_none_or(|d| d > start) {
                        out.push(finding(
                            Severity::Warning,
                            FindingKind::Workaround {
                                workaround,
                                available_from: from,
                            },
                            workaround_cost,
                            AssumptionSet::of(&[date, Key::FoundryBuildHours]),
                        ));
                    }
                }
                When::Comparator(comparator) => out.push(finding(
                    Severity::Info,
                    FindingKind::ComparatorModel {
                        model: w.model,
                        comparator,
                    },
                    None,
                    Assumptions::price_sources(Cloud::Aws, w.model).input,
                )),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::Model;
    use crate::model::scenario::WorkloadId;

    #[test]
    fn every_capability_has_a_rule_on_each_cloud() {
        use Capability::*;
        for c in [
            OpenAiStatelessApi,
            OpenAiEmbeddings,
            FrontierAgents,
            FineTuning,
            UsGovernment,
            Sovereign,
        ] {
            for cloud in Cloud::ALL {
                assert!(rule_for(c, cloud).is_some(), "{c:?} on {cloud:?}");
            }
        }
    }

    #[test]
    fn default_dates_follow_the_seeds() {
        let r = Assumptions::defaults();
        let ym = |y, m| YearMonth::new(y, m).unwrap();
        assert_eq!(
            availability(&r, Capability::OpenAiStatelessApi, Cloud::Aws),
            Availability::From(ym(2026, 9))
        );
        assert_eq!(
            availability(&r, Capability::FineTuning, Cloud::Aws),
            Availability::From(ym(2026, 12))
        );
        assert_eq!(
            availability(&r, Capability::Sovereign, Cloud::Aws),
            Availability::From(ym(2027, 1))
        );
        assert_eq!(
            availability(&r, Capability::FrontierAgents, Cloud::Azure),
            Availability::Never
        );
        assert!(availability(&r, Capability::UsGovernment, Cloud::Aws).at(ym(2026, 3)));
    }

    #[test]
    fn fine_tuning_on_aws_before_december_2026_waits() {
        let r = Assumptions::defaults();
        let mut w = Workload::new(WorkloadId(1), WorkloadKind::FineTunedServing, "FT".into());
        w.model = Model::Gpt41Mini;
        let start = YearMonth::new(2026, 10).unwrap();
        let mut out = Vec::new();
        let plan = PlanFrame {
            r: &r,
            start,
            horizon_months: 36,
        };
        workload_findings(&plan, &w, &[Cloud::Aws], |_, m| m as f64 * 100.0, None, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(
            out[0].kind,
            FindingKind::UnavailableAtStart {
                available_from: YearMonth::new(2026, 12).unwrap(),
                months_waiting: 2,
                runs_elsewhere: true,
            }
        );
        assert_eq!(out[0].cost, Some(200.0));
        assert!(out[0]
            .message(&crate::model::currency::Currency::usd())
            .contains("available from 2026-12"));
    }
}
