//! Platform overhead of each cloud in use (security and observability tooling, compliance
//! audits) and the multi-cloud headcount when two clouds are in use.

use std::collections::BTreeSet;

use super::builder::{Builder, LineSpec};
use super::formula::{audit_key, Formula, Shape};
use super::lines::{Component, CostCloud};
use crate::engine::assumptions::{Assumptions, Key};
use crate::engine::model::cloud::Cloud;
use crate::engine::model::scenario::Framework;
use crate::engine::model::strategy::CloudsInUse;

fn framework_label(f: Framework) -> &'static str {
    match f {
        Framework::Soc2 => "SOC 2 audit",
        Framework::Hipaa => "HIPAA risk analysis",
        Framework::Gdpr => "GDPR assessment",
        Framework::Iso27001 => "ISO 27001 audit",
    }
}

fn ids(keys: &[Key]) -> Vec<&'static str> {
    keys.iter().map(|&k| Assumptions::id(k)).collect()
}

pub(super) fn price(
    b: &mut Builder<'_, '_>,
    in_use: CloudsInUse,
    cloud_run: [f64; 2],
    frameworks: &[BTreeSet<Framework>; 2],
) {
    let two = in_use.count() == 2;
    // The primary cloud's overhead is not a duplicate.
    let primary = b.ctx.org.native_cloud.primary_cloud(cloud_run);
    for c in Cloud::ALL.into_iter().filter(|c| in_use.uses(*c)) {
        price_tooling(b, c, two && c != primary);
        for &f in &frameworks[c.index()] {
            let on_both = two && frameworks[c.other().index()].contains(&f);
            price_audit(b, c, f, on_both && c != primary);
        }
    }
    if two {
        price_people(b);
    }
}

fn overhead_line(
    cloud: Cloud,
    component: Component,
    label: &'static str,
    formula: &'static str,
    discount_percent: f64,
    duplicate: bool,
) -> LineSpec {
    LineSpec {
        workload: None,
        component,
        cloud: cloud.into(),
        label,
        formula,
        discount_percent,
        duplicate,
    }
}

fn price_tooling(b: &mut Builder<'_, '_>, c: Cloud, duplicate: bool) {
    let disc = b.ctx.discount_mult(c);
    let pct = b.ctx.discount_percent(c);
    let (ingest, logs_label) = match c {
        Cloud::Azure => (Key::AzureLogIngest, "Log Analytics ingestion"),
        Cloud::Aws => (Key::AwsLogIngest, "CloudWatch Logs ingestion"),
    };
    b.push(
        overhead_line(
            c,
            Component::Tooling,
            logs_label,
            "log GB per month x $/GB ingested",
            pct,
            duplicate,
        ),
        Formula::new(Shape::LogIngest { cloud: c }, disc),
        ids(&[Key::LogGbPerMonth, ingest]),
    );
    let (keys, label, formula): (&[Key], _, _) = match c {
        Cloud::Azure => (
            &[Key::ProtectedServers, Key::AzureDefenderPerServer],
            "Defender for Servers",
            "protected servers x $/server-month",
        ),
        Cloud::Aws => (
            &[
                Key::CloudTrailMillionEvents,
                Key::AwsGuardDutyPerMillionEvents,
                Key::FlowLogGb,
                Key::AwsGuardDutyPerFlowGb,
            ],
            "GuardDuty",
            "million CloudTrail events x $/1M + flow-log GB x $/GB",
        ),
    };
    b.push(
        overhead_line(c, Component::Tooling, label, formula, pct, duplicate),
        Formula::new(Shape::ThreatDetection { cloud: c }, disc),
        ids(keys),
    );
}

fn price_audit(b: &mut Builder<'_, '_>, c: Cloud, f: Framework, duplicate: bool) {
    b.push(
        overhead_line(
            c,
            Component::Audits,
            framework_label(f),
            "yearly audit cost for this cloud / 12",
            0.0,
            duplicate,
        ),
        Formula::new(Shape::Audit { framework: f }, 1.0),
        ids(&[audit_key(f)]),
    );
}

fn price_people(b: &mut Builder<'_, '_>) {
    b.push(
        LineSpec {
            workload: None,
            component: Component::People,
            cloud: CostCloud::CrossCloud,
            label: "Multi-cloud architects and security engineers",
            formula: "extra FTE x fully loaded yearly cost / 12",
            discount_percent: 0.0,
            duplicate: true,
        },
        Formula::new(Shape::People, 1.0),
        ids(&[Key::MultiCloudFte, Key::ArchitectCost]),
    );
}
