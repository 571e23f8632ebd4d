//! One plain sentence per risk factor, the room can argue with.

use super::factor::{EarlierLockIn, FactorKind, LockInService, RiskFactor};
use crate::analysis::findings::Capability;
use crate::assumptions::Cloud;
use crate::model::currency::Currency;
use crate::model::money::format_number;
use crate::model::scenario::{Criticality, Framework, Residency, Sector, YearMonth};

fn migration_cost(one_time: f64, year_of_run: f64, currency: &Currency) -> String {
    if year_of_run > 0.0 {
        format!(
            "Moving costs {} once, {}% of a year of its run cost ({}).",
            currency.format(one_time),
            format_number((one_time / year_of_run * 100.0).round()),
            currency.format(year_of_run)
        )
    } else {
        format!(
            "Moving costs {} once, with no run cost in its first year to set against it.",
            currency.format(one_time)
        )
    }
}

fn statefulness(moves: bool) -> String {
    if moves {
        "A stateful agent: its memory, sessions and tool connections move with it.".to_owned()
    } else {
        "A stateful agent on both clouds: its memory is kept in step between them.".to_owned()
    }
}

fn lock_in(service: LockInService, cloud: Cloud, before: Option<EarlierLockIn>) -> String {
    match before {
        None => format!(
            "Tied to {} on {}: leaving later means rebuilding it.",
            service.label(),
            cloud.label()
        ),
        Some(b) => format!(
            "Tied to {} on {} through {}, then to {} on {}: leaving later means rebuilding it.",
            b.service.label(),
            b.cloud.label(),
            b.through,
            service.label(),
            cloud.label()
        ),
    }
}

fn not_yet_available(
    capability: Capability,
    cloud: Cloud,
    available_from: YearMonth,
    months_waiting: u32,
) -> String {
    format!(
        "{}: on {} only from {available_from}, {months_waiting} months after the plan's start.",
        capability.label(),
        cloud.label()
    )
}

fn workaround(capability: Capability, cloud: Cloud, available_from: Option<YearMonth>) -> String {
    let until = available_from.map_or(String::new(), |d| format!(" until {d}"));
    format!(
        "{} is not offered on {}{until}; the agents are built on Azure AI Foundry instead.",
        capability.label(),
        cloud.label()
    )
}

fn residency_conflict(
    residency: Residency,
    sector: Sector,
    cloud: Cloud,
    available_from: YearMonth,
) -> String {
    let need = match (sector, residency) {
        (Sector::Sovereign, _) => "A sovereign / regulated deployment".to_owned(),
        (Sector::UsGovernment, _) => "A US government deployment".to_owned(),
        (Sector::Commercial, Residency::Eu) => "EU residency".to_owned(),
        (Sector::Commercial, Residency::Us) => "US residency".to_owned(),
        (Sector::Commercial, Residency::Any) => "The residency rule".to_owned(),
    };
    format!(
        "{need} cannot be met on {} before {available_from}; meanwhile the data would run \
         outside its rules.",
        cloud.label()
    )
}

fn concentration(cloud: Cloud, workloads: u32, most_critical: Criticality) -> String {
    format!(
        "All {workloads} placed workloads run on {c}: one {c} outage takes down every OpenAI service \
         (the most critical is {}).",
        most_critical.label().to_lowercase(),
        c = cloud.label()
    )
}

fn split_vendor_roadmap(lagging_workloads: u32) -> String {
    let lag = match lagging_workloads {
        0 => String::new(),
        1 => "; 1 stateless workload on AWS waits for new models".to_owned(),
        n => format!("; {n} stateless workloads on AWS wait for new models"),
    };
    format!(
        "Two clouds and two vendors, and no published feature matrix of which capability ships \
         where{lag}."
    )
}

fn compliance_duplication(frameworks: &[Framework], extra_audits: u32) -> String {
    let names: Vec<&str> = frameworks.iter().map(|f| f.label()).collect();
    format!(
        "{} validated on both clouds: {extra_audits} extra {} a year, and a finding on either \
         platform counts.",
        names.join(", "),
        if extra_audits == 1 { "audit" } else { "audits" }
    )
}

impl RiskFactor {
    /// One plain sentence the room can argue with.
    pub fn reason(&self, currency: &Currency) -> String {
        match &self.kind {
            FactorKind::Criticality { level } => {
                format!("{} criticality sets the impact.", level.label())
            }
            FactorKind::DataGravity { gb, from } => format!(
                "{} GB of data to copy out of {} before the move.",
                format_number(gb.round()),
                from.label()
            ),
            FactorKind::MigrationCost {
                one_time,
                year_of_run,
            } => migration_cost(*one_time, *year_of_run, currency),
            FactorKind::Statefulness { moves, .. } => statefulness(*moves),
            FactorKind::LockIn {
                service,
                cloud,
                before,
            } => lock_in(*service, *cloud, *before),
            FactorKind::FeatureLag { months } => format!(
                "New OpenAI models reach AWS about {months} months after Azure (the Azure-first window)."
            ),
            FactorKind::NotYetAvailable {
                capability,
                cloud,
                available_from,
                months_waiting,
            } => not_yet_available(*capability, *cloud, *available_from, *months_waiting),
            FactorKind::Workaround {
                capability,
                cloud,
                available_from,
            } => workaround(*capability, *cloud, *available_from),
            FactorKind::ResidencyConflict {
                residency,
                sector,
                cloud,
                available_from,
            } => residency_conflict(*residency, *sector, *cloud, *available_from),
            FactorKind::Concentration {
                cloud,
                workloads,
                most_critical,
            } => concentration(*cloud, *workloads, *most_critical),
            FactorKind::SplitVendorRoadmap { lagging_workloads } => split_vendor_roadmap(*lagging_workloads),
            FactorKind::ComplianceDuplication {
                frameworks,
                extra_audits,
            } => compliance_duplication(frameworks, *extra_audits),
        }
    }
}
