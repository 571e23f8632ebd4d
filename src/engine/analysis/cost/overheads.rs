//! What the clouds in use cost beyond the workloads: security and observability tooling per
//! platform, compliance audits, the multi-cloud headcount sized by the second cloud's
//! footprint, the Foundry-built platform that stands in for Frontier on Azure, and the
//! governance hours of the strategy at a loaded hourly rate.

use super::builder::{Builder, LineSpec};
use super::epochs::Epoch;
use super::footprint::Footprint;
use super::formula::{audit_key, Formula, PeopleFootprint, Shape};
use super::lines::{Component, CostCloud};
use super::window::Window;
use crate::analysis::governance::GovernanceResult;
use crate::assumptions::{AssumptionSet, Key};
use crate::model::cloud::Cloud;
use crate::model::scenario::{Framework, NativeCloud};

pub(super) fn price(b: &mut Builder<'_, '_>, f: &Footprint, epochs: &[Epoch]) {
    let two = f.in_use.count() == 2;
    // The primary cloud's overhead is not a duplicate.
    let primary = b.ctx.org.native_cloud.primary_cloud(f.cloud_run);
    for c in Cloud::ALL.into_iter().filter(|c| f.in_use.uses(*c)) {
        b.set_window(f.span(c));
        price_tooling(b, c, f.calls[c.index()], two && c != primary);
    }
    price_audits(b, f, primary);
    for epoch in epochs.iter().filter(|e| e.governance.clouds_in_use.count() == 2) {
        b.set_window(epoch.window);
        price_people(b, f, &epoch.governance);
    }
    if let Some((window, _)) = f.foundry_platform {
        b.set_window(window);
        price_foundry_platform(b);
    }
    b.set_window(Window::WHOLE);
    price_governance(b, epochs);
}

fn overhead_line(
    cloud: CostCloud,
    component: Component,
    (label, formula): (&'static str, &'static str),
    discount_percent: f64,
    duplicate: bool,
) -> LineSpec {
    LineSpec {
        workload: None,
        component,
        cloud,
        label,
        formula,
        discount_percent,
        duplicate,
    }
}

/// The same stack on each cloud: log ingestion (a platform base plus a volume that grows with
/// the calls), threat detection, and posture management.
fn price_tooling(b: &mut Builder<'_, '_>, c: Cloud, calls: f64, duplicate: bool) {
    let disc = b.ctx.discount_mult(c);
    let pct = b.ctx.discount_percent(c);
    let line = |text| overhead_line(c.into(), Component::Tooling, text, pct, duplicate);
    let (ingest, logs, threat, posture): (Key, _, (&[Key], _), (&[Key], _)) = match c {
        Cloud::Azure => (
            Key::AzureLogIngest,
            [
                "Log Analytics ingestion (platform)",
                "Log Analytics ingestion (calls)",
            ],
            (
                &[Key::ProtectedServers, Key::AzureDefenderPerServer],
                ("Defender for Servers", "protected servers x $/server-month"),
            ),
            (
                &[Key::CloudResources, Key::AzureCspmPerResource],
                (
                    "Defender CSPM (posture management)",
                    "resources x $/resource-month",
                ),
            ),
        ),
        Cloud::Aws => (
            Key::AwsLogIngest,
            [
                "CloudWatch Logs ingestion (platform)",
                "CloudWatch Logs ingestion (calls)",
            ],
            (
                &[
                    Key::CloudTrailMillionEvents,
                    Key::AwsGuardDutyPerMillionEvents,
                    Key::FlowLogGb,
                    Key::AwsGuardDutyPerFlowGb,
                ],
                (
                    "GuardDuty",
                    "million CloudTrail events x $/1M + flow-log GB x $/GB",
                ),
            ),
            (
                &[
                    Key::CloudResources,
                    Key::SecurityChecksPerResource,
                    Key::AwsSecurityHubPerCheck,
                ],
                (
                    "Security Hub (posture management)",
                    "resources x checks per resource a day x 365/12 days x $/check",
                ),
            ),
        ),
    };
    b.push(
        line((logs[0], "platform log GB per month x $/GB ingested")),
        Formula::new(Shape::LogIngest { cloud: c }, disc),
        AssumptionSet::of(&[Key::LogGbPerMonth, ingest]),
    );
    b.push_if_positive(
        line((
            logs[1],
            "calls a month x log GB per 1M calls / 1M x $/GB ingested",
        )),
        Formula::new(Shape::LogVolume { cloud: c }, calls * disc),
        AssumptionSet::of(&[Key::LogGbPerMillionCalls, ingest, Key::VolumeGrowth]),
    );
    b.push(
        line(threat.1),
        Formula::new(Shape::ThreatDetection { cloud: c }, disc),
        AssumptionSet::of(threat.0),
    );
    b.push(
        line(posture.1),
        Formula::new(Shape::Posture { cloud: c }, disc),
        AssumptionSet::of(posture.0),
    );
}

fn framework_label(f: Framework) -> &'static str {
    match f {
        Framework::Soc2 => "SOC 2 audit",
        Framework::Hipaa => "HIPAA risk analysis",
        Framework::Gdpr => "GDPR assessment",
        Framework::Iso27001 => "ISO 27001 audits (certification and surveillance)",
    }
}

/// SOC 2 and ISO 27001 certify a scope: a second cloud extends it. GDPR and HIPAA work is
/// organisation-wide: done once, whichever clouds hold the data.
fn scoped(f: Framework) -> bool {
    matches!(f, Framework::Soc2 | Framework::Iso27001)
}

fn price_audits(b: &mut Builder<'_, '_>, f: &Footprint, primary: Cloud) {
    let [azure, aws] = &f.frameworks;
    for framework in azure.union(aws).copied() {
        let on = |c: Cloud| f.frameworks[c.index()].contains(&framework);
        let home = if on(primary) { primary } else { primary.other() };
        let extended = scoped(framework) && on(home.other());
        let mut assumptions = AssumptionSet::of(&[audit_key(framework)]);
        if framework == Framework::Iso27001 {
            assumptions.insert(Key::AuditIsoSurveillance);
        }
        b.set_window(f.span(home));
        b.push(
            overhead_line(
                home.into(),
                Component::Audits,
                (
                    framework_label(framework),
                    "yearly audit cost / 12 (ISO 27001: the 3-year cycle's average)",
                ),
                0.0,
                false,
            ),
            Formula::new(Shape::Audit { framework }, 1.0),
            assumptions,
        );
        if extended {
            b.set_window(f.span(home.other()));
            b.push(
                overhead_line(
                    home.other().into(),
                    Component::Audits,
                    (
                        framework_label(framework),
                        "scope extension for the second cloud: yearly audit cost x extension share / 12",
                    ),
                    0.0,
                    true,
                ),
                Formula::two(Shape::Audit { framework }, 0.0, 1.0),
                assumptions.with(Key::AuditScopeExtension),
            );
        }
    }
}

fn price_people(b: &mut Builder<'_, '_>, f: &Footprint, governance: &GovernanceResult) {
    let native = b.ctx.org.native_cloud;
    let footprint = PeopleFootprint {
        workloads: f.workloads,
        // Whole dollars (and hundredths of an hour) keep the shape comparable; the cent does
        // not change a headcount.
        yearly_spend: f.cloud_run.map(|run| (run * 12.0).max(0.0).round() as u64),
        second: match native {
            NativeCloud::Azure => Some(Cloud::Aws),
            NativeCloud::Aws => Some(Cloud::Azure),
            NativeCloud::Both | NativeCloud::OnPremises => None,
        },
        native_both: native == NativeCloud::Both,
        cross_cloud_centihours: (governance.cross_cloud_hours_per_month * 100.0).max(0.0).round() as u64,
    };
    b.push(
        overhead_line(
            CostCloud::CrossCloud,
            Component::People,
            (
                "Multi-cloud architects and security engineers",
                "FTE = floor + per workload on the second cloud + per $1M a year spent there, at most \
                 the cap (an organisation on neither or both: the smaller cloud's reading), less the \
                 reduction for an organisation already on both; x fully loaded yearly cost / 12, less \
                 the cross-cloud governance hours already counted as governance work; growing with \
                 salaries",
            ),
            0.0,
            true,
        ),
        Formula::new(Shape::People(footprint), 1.0),
        AssumptionSet::of(&[
            Key::PeopleFloorFte,
            Key::PeopleFtePerWorkload,
            Key::PeopleFtePerMillion,
            Key::MultiCloudFte,
            Key::PeopleBothReduction,
            Key::ArchitectCost,
            Key::WorkingHours,
            Key::SalaryGrowth,
        ]),
    );
}

/// Built once, in the first month an agent needs it on Azure, and kept up to the last month
/// such agents run there; costs nothing while Azure offers Frontier.
fn price_foundry_platform(b: &mut Builder<'_, '_>) {
    let start = b.ctx.start;
    let build = Formula::new(Shape::FoundryPlatformBuild { start }, 1.0);
    let upkeep = Formula::new(Shape::FoundryPlatformUpkeep { start }, 1.0);
    if !b.ctx.frontier_workaround {
        b.record(Component::Workaround, build);
        b.record(Component::Workaround, upkeep);
        return;
    }
    let line = |text| overhead_line(CostCloud::CrossCloud, Component::Workaround, text, 0.0, false);
    b.push(
        line((
            "Frontier workaround: build memory, identity and orchestration on Foundry",
            "engineer-years x fully loaded yearly cost, once",
        )),
        build,
        AssumptionSet::of(&[
            Key::FoundryPlatformFteYears,
            Key::ArchitectCost,
            Key::AzureFrontierFrom,
        ]),
    );
    b.push(
        line((
            "Frontier workaround: upkeep of the Foundry-built platform",
            "build cost x upkeep share a year / 12, growing with salaries",
        )),
        upkeep,
        AssumptionSet::of(&[
            Key::FoundryUpkeepShare,
            Key::FoundryPlatformFteYears,
            Key::ArchitectCost,
            Key::SalaryGrowth,
        ]),
    );
}

/// The governance burden's hours, in money: each stretch of months with the same clouds in
/// use pays its own hours a month; set-up is paid once, and again only for the extra work
/// a stretch with more to govern brings when it starts.
fn price_governance(b: &mut Builder<'_, '_>, epochs: &[Epoch]) {
    let line = |text| overhead_line(CostCloud::CrossCloud, Component::Governance, text, 0.0, false);
    let rate = [Key::ArchitectCost, Key::WorkingHours];
    let mut set_up = 0.0_f64;
    for epoch in epochs {
        let g = &epoch.governance;
        b.set_window(epoch.window);
        b.push_if_positive(
            line((
                "Governance set-up (identity, residency, compliance, cost, observability, vendors)",
                "set-up hours x (architect cost / working hours), once (more when a second cloud \
                 arrives later)",
            )),
            Formula::new(Shape::GovernanceSetup, (g.setup_hours - set_up).max(0.0)),
            AssumptionSet::of(&rate),
        );
        set_up = set_up.max(g.setup_hours);
        b.push_if_positive(
            line((
                "Governance work every month",
                "hours a month x (architect cost / working hours), growing with salaries",
            )),
            Formula::new(Shape::GovernanceRun, g.hours_per_month),
            AssumptionSet::of(&[Key::ArchitectCost, Key::WorkingHours, Key::SalaryGrowth]),
        );
    }
    b.set_window(Window::WHOLE);
}
