//! One plain sentence per governance dimension on what drives its burden.

use super::dimension::Dimension;
use super::result::{CloudFootprint, GovernanceResult};
use super::words::{list, model_label, plural, zone_label};
use crate::assumptions::Cloud;
use crate::model::scenario::{Framework, GovernanceModel};

/// Each cloud in use described by `f`, joined with `separator`.
fn joined(used: &[&CloudFootprint], separator: &str, f: impl Fn(&CloudFootprint) -> String) -> String {
    used.iter().map(|c| f(c)).collect::<Vec<_>>().join(separator)
}

fn per_cloud(used: &[&CloudFootprint], f: impl Fn(&CloudFootprint) -> String) -> String {
    joined(used, ", ", f)
}

fn identity_access(used: &[&CloudFootprint]) -> String {
    let idp = |c: &CloudFootprint| match c.cloud {
        Cloud::Azure => format!("Entra ID ({})", plural(c.workloads, "workload", "workloads")),
        Cloud::Aws => format!("AWS IAM ({})", plural(c.workloads, "workload", "workloads")),
    };
    if used.len() == 2 {
        format!("{}, federated between them", joined(used, " and ", idp))
    } else {
        per_cloud(used, idp)
    }
}

fn data_residency(used: &[&CloudFootprint], model: GovernanceModel) -> String {
    let zones = |c: &CloudFootprint| {
        let z = if c.zones.is_empty() {
            "no residency-bound data".to_owned()
        } else {
            format!("{} data", list(&c.zones, zone_label))
        };
        let regulated = plural(c.regulated_workloads, "regulated workload", "regulated workloads");
        format!("{}: {z}, {regulated}", c.cloud.label())
    };
    let interface = if used.len() == 2 {
        match model {
            GovernanceModel::Federated => "; data moves between clouds through a controlled interface",
            GovernanceModel::Centralised => "; one data standard on both clouds",
        }
    } else {
        ""
    };
    format!("{}{interface}", joined(used, "; ", zones))
}

fn compliance(used: &[&CloudFootprint], audits_per_year: u32, duplicated_audits_per_year: u32) -> String {
    let fw = |c: &CloudFootprint| {
        if c.frameworks.is_empty() {
            format!("no framework on {}", c.cloud.label())
        } else {
            format!("{} on {}", list(&c.frameworks, Framework::label), c.cloud.label())
        }
    };
    let dup = if duplicated_audits_per_year > 0 {
        format!(", {duplicated_audits_per_year} of them duplicated")
    } else {
        String::new()
    };
    format!(
        "{}: {} a year{dup}",
        per_cloud(used, fw),
        plural(audits_per_year, "audit", "audits")
    )
}

fn cost_tracking(used: &[&CloudFootprint]) -> String {
    if used.len() == 2 {
        "Two bills (Azure and AWS) into one chargeback model".to_owned()
    } else {
        format!("One bill ({})", per_cloud(used, |c| c.cloud.label().to_owned()))
    }
}

fn observability(used: &[&CloudFootprint]) -> String {
    let stack = |c: &CloudFootprint| match c.cloud {
        Cloud::Azure => "Azure Monitor and Defender".to_owned(),
        Cloud::Aws => "CloudWatch and GuardDuty".to_owned(),
    };
    if used.len() == 2 {
        format!(
            "Two monitoring, logging and alerting stacks ({}), correlated",
            per_cloud(used, stack)
        )
    } else {
        format!(
            "One monitoring, logging and alerting stack ({})",
            per_cloud(used, stack)
        )
    }
}

fn vendor_management(used: &[&CloudFootprint]) -> String {
    if used.len() == 2 {
        "Two contracts and roadmaps (Microsoft and AWS), with no published feature matrix".to_owned()
    } else {
        let vendor = |c: &CloudFootprint| match c.cloud {
            Cloud::Azure => "Microsoft".to_owned(),
            Cloud::Aws => "AWS".to_owned(),
        };
        format!("One contract and roadmap ({})", per_cloud(used, vendor))
    }
}

impl GovernanceResult {
    /// One plain sentence on what drives a dimension's burden.
    pub fn describe(&self, d: Dimension) -> String {
        let used: Vec<&CloudFootprint> = self.clouds.iter().filter(|c| c.in_use()).collect();
        if used.is_empty() {
            return "No workloads placed.".to_owned();
        }
        let body = match d {
            Dimension::IdentityAccess => identity_access(&used),
            Dimension::DataResidency => data_residency(&used, self.model),
            Dimension::Compliance => compliance(&used, self.audits_per_year, self.duplicated_audits_per_year),
            Dimension::CostTracking => cost_tracking(&used),
            Dimension::Observability => observability(&used),
            Dimension::VendorManagement => vendor_management(&used),
        };
        format!("{body}{}.", self.sync_note(d))
    }

    /// "; N policies to keep in sync (model)", or nothing without policies in sync.
    fn sync_note(&self, d: Dimension) -> String {
        let sync = self.dimension(d).policies_in_sync;
        if sync > 0 {
            format!(
                "; {} to keep in sync ({})",
                plural(sync, "policy", "policies"),
                model_label(self.model)
            )
        } else {
            String::new()
        }
    }
}
