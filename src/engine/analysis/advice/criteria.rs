//! Each criterion's fit (0–1) and the reason the UI shows for it, one function per criterion.

use super::board::BoardFacts;
use super::criterion::Criterion;
use super::wording::{hours, is_are, workloads_word};
use crate::engine::assumptions::Key;
use crate::engine::model::money::{format_number, format_usd};
use crate::engine::model::scenario::{NativeCloud, OrgProfile};

/// The fit, before a non-finite value is read as 0, and the reason.
pub(super) fn fit_and_reason(c: Criterion, b: &BoardFacts) -> (f64, String) {
    match c {
        Criterion::MainlyStateless => mainly_stateless(b),
        Criterion::StatefulAgents => stateful_agents(b),
        Criterion::AzureNative => native(b.org, NativeCloud::Azure, b.org.azure_contract, "Azure"),
        Criterion::AwsInvestment => native(b.org, NativeCloud::Aws, b.org.aws_contract, "AWS"),
        Criterion::EarlyFeatureAccess => early_feature_access(b),
        Criterion::ResidencyFitsAzure => residency_fits_azure(b),
        Criterion::TrainiumCost => trainium_cost(b),
        Criterion::DataInAws => data_in_aws(b),
        Criterion::BothKinds => both_kinds(b),
        Criterion::GovernanceAcceptable => governance_acceptable(b),
        Criterion::ContractsOnBoth => contracts_on_both(b.org),
        Criterion::MultiCloudExpertise => multi_cloud_expertise(b.org),
    }
}

/// 0 at half the workloads, 1 at `advice.mainly-share`.
fn primarily(b: &BoardFacts, count: usize) -> f64 {
    let mainly = (b.r.get(Key::AdviceMainlyShare) / 100.0 - 0.5).max(0.01);
    ((count as f64 / b.workloads as f64 - 0.5) / mainly).clamp(0.0, 1.0)
}

fn mainly_stateless(b: &BoardFacts) -> (f64, String) {
    let (stateless, n) = (b.stateless, b.workloads);
    (
        primarily(b, stateless),
        format!(
            "{stateless} of {n} {} {} stateless API calls",
            workloads_word(n),
            is_are(stateless)
        ),
    )
}

fn stateful_agents(b: &BoardFacts) -> (f64, String) {
    let (stateful, n) = (b.stateful, b.workloads);
    (
        primarily(b, stateful),
        format!(
            "{stateful} of {n} {} {} stateful agents",
            workloads_word(n),
            is_are(stateful)
        ),
    )
}

/// Azure-native (or AWS investment): 1 for an organisation native to that cloud, 0.5 for one on
/// both clouds or one holding a commitment there.
fn native(org: &OrgProfile, cloud: NativeCloud, contract: bool, name: &str) -> (f64, String) {
    let (fit, what): (f64, String) = if org.native_cloud == cloud {
        (1.0, format!("the organisation is {name}-native"))
    } else if org.native_cloud == NativeCloud::Both {
        (0.5, "the organisation runs on both clouds".to_owned())
    } else {
        (0.0, format!("the organisation is not {name}-native"))
    };
    if contract {
        (fit.max(0.5), format!("{what} and holds an {name} commitment"))
    } else {
        (fit, what)
    }
}

fn early_feature_access(b: &BoardFacts) -> (f64, String) {
    let (early, n) = (b.early_feature, b.workloads);
    (
        early as f64 / n as f64,
        format!(
            "{early} of {n} {} use OpenAI capabilities that reach AWS later than Azure or not at all",
            workloads_word(n)
        ),
    )
}

fn residency_fits_azure(b: &BoardFacts) -> (f64, String) {
    let (azure_only, constrained) = (b.azure_only, b.constrained);
    if constrained == 0 {
        return (0.0, "no workload has a residency or sector rule".to_owned());
    }
    (
        azure_only as f64 / constrained as f64,
        format!(
            "{azure_only} of {constrained} {} with residency or sector rules {} served on Azure at the \
             start but not on AWS",
            workloads_word(constrained),
            is_are(azure_only)
        ),
    )
}

/// All on AWS's saving over All on Azure (horizon TCO), full at `advice.aws-cost-advantage`.
fn trainium_cost(b: &BoardFacts) -> (f64, String) {
    let (az, aws) = (
        b.references.all_azure.cost.horizon_total,
        b.references.all_aws.cost.horizon_total,
    );
    let comparable = az > 0.0 && az.is_finite() && aws.is_finite();
    if !comparable {
        return (0.0, "no cost to compare".to_owned());
    }
    let saving = (az - aws) / az * 100.0;
    let advantage = b.r.get(Key::AdviceAwsCostAdvantage).max(1.0);
    let (more_less, pct) = if saving >= 0.0 {
        ("less", saving)
    } else {
        ("more", -saving)
    };
    (
        (saving / advantage).clamp(0.0, 1.0),
        format!(
            "all on AWS costs {}% {more_less} than all on Azure over the horizon ({} vs {})",
            format_number(pct.round()),
            format_usd(aws),
            format_usd(az)
        ),
    )
}

fn data_in_aws(b: &BoardFacts) -> (f64, String) {
    let (data_in_aws, runs_on_aws, n) = (b.data_in_aws, b.runs_on_aws, b.workloads);
    let count = data_in_aws + runs_on_aws;
    let mut reason = format!("data for {data_in_aws} of {n} {} lives in AWS", workloads_word(n));
    if runs_on_aws > 0 {
        reason.push_str(&format!(
            " and {runs_on_aws} more {} there today",
            if runs_on_aws == 1 { "runs" } else { "run" }
        ));
    }
    (count as f64 / n as f64, reason)
}

fn both_kinds(b: &BoardFacts) -> (f64, String) {
    let (stateless, stateful, n) = (b.stateless, b.stateful, b.workloads);
    (
        2.0 * stateless.min(stateful) as f64 / n as f64,
        format!(
            "{stateless} stateless and {stateful} stateful {}",
            workloads_word(n)
        ),
    )
}

/// 1 minus the split's extra governance hours over the lighter one-cloud reference, as a share
/// of `advice.governance-tolerance-hours-month`.
fn governance_acceptable(b: &BoardFacts) -> (f64, String) {
    let refs = &b.references;
    if refs.split.governance.clouds_in_use.count() != 2 {
        return (
            0.0,
            "the seeds' split puts every workload on one cloud".to_owned(),
        );
    }
    let lighter = refs
        .all_azure
        .governance
        .hours_per_month
        .min(refs.all_aws.governance.hours_per_month);
    let extra = (refs.split.governance.hours_per_month - lighter).max(0.0);
    let tolerance = b.r.get(Key::AdviceGovernanceToleranceHours).max(1.0);
    (
        (1.0 - extra / tolerance).clamp(0.0, 1.0),
        format!(
            "the seeds' split adds {} governance hours a month over the lighter one-cloud \
             option (tolerance {})",
            hours(extra),
            hours(tolerance)
        ),
    )
}

fn contracts_on_both(org: &OrgProfile) -> (f64, String) {
    match (org.azure_contract, org.aws_contract) {
        (true, true) => (
            1.0,
            "contracts on both Azure and AWS give negotiating leverage".to_owned(),
        ),
        (true, false) => (0.0, "a commitment on Azure only".to_owned()),
        (false, true) => (0.0, "a commitment on AWS only".to_owned()),
        (false, false) => (0.0, "no commitment on either cloud".to_owned()),
    }
}

fn multi_cloud_expertise(org: &OrgProfile) -> (f64, String) {
    if org.native_cloud == NativeCloud::Both {
        (
            1.0,
            "the organisation already runs on both clouds, with the expertise and tooling".to_owned(),
        )
    } else {
        (0.0, "the organisation does not run on both clouds yet".to_owned())
    }
}
