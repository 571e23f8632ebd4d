//! Each criterion's fit (0–1) and the reason the UI shows for it, one function per criterion.
//! Shares are of the board's spend (see `board`), so the reasons say "of the spend".

use super::board::BoardFacts;
use super::criterion::Criterion;
use super::wording::{commitment_terms, hours, of_spend, percent};
use crate::assumptions::Key;
use crate::model::cloud::Cloud;
use crate::model::money::format_number;
use crate::model::scenario::{GovernanceAppetite, NativeCloud};

/// The fit, before a non-finite value is read as 0, and the reason.
pub(super) fn fit_and_reason(c: Criterion, b: &BoardFacts) -> (f64, String) {
    match c {
        Criterion::MainlyStateless => mainly_stateless(b),
        Criterion::StatefulAgents => stateful_agents(b),
        Criterion::AzureNative => native(b, Cloud::Azure),
        Criterion::AwsInvestment => native(b, Cloud::Aws),
        Criterion::EarlyFeatureAccess => early_feature_access(b),
        Criterion::ResidencyFitsAzure => residency_fits_azure(b),
        Criterion::TrainiumCost => trainium_cost(b),
        Criterion::DataInAws => data_in_aws(b),
        Criterion::BothKinds => both_kinds(b),
        Criterion::GovernanceAcceptable => governance_acceptable(b),
        Criterion::ContractsOnBoth => contracts_on_both(b),
        Criterion::MultiCloudExpertise => multi_cloud_expertise(b),
    }
}

/// The reason's words, only when they will be read: a flip search scores hundreds of
/// variants of the board and reads none of their reasons.
fn said(b: &BoardFacts, words: impl FnOnce() -> String) -> String {
    if b.reasons {
        words()
    } else {
        String::new()
    }
}

/// "Mainly": 0 at half the spend, 1 at `advice.mainly-share`.
fn mainly(b: &BoardFacts, share: f64) -> f64 {
    let mainly = (b.r.get(Key::AdviceMainlyShare) / 100.0 - 0.5).max(0.01);
    ((share - 0.5) / mainly).clamp(0.0, 1.0)
}

/// "Includes" / "has": 0 with none, 1 from `advice.material-agent-share` of the spend.
fn material(b: &BoardFacts, share: f64) -> f64 {
    let material = (b.r.get(Key::AdviceMaterialAgentShare) / 100.0).max(0.001);
    (share / material).clamp(0.0, 1.0)
}

fn mainly_stateless(b: &BoardFacts) -> (f64, String) {
    let share = b.mix.stateless.total;
    (
        mainly(b, share),
        said(b, || {
            format!(
                "stateless API calls are {} {}",
                percent(share),
                of_spend(b.mix.by_spend)
            )
        }),
    )
}

/// Seed 000 says "include", so any material agent spend counts, not only a majority.
fn stateful_agents(b: &BoardFacts) -> (f64, String) {
    let share = b.mix.stateful.total;
    (
        material(b, share),
        said(b, || {
            format!(
                "stateful agents are {} {}",
                percent(share),
                of_spend(b.mix.by_spend)
            )
        }),
    )
}

/// Azure-native (or AWS investment): 1 for an organisation native to that cloud, 0.5 for one on
/// both clouds; a commitment there counts for up to 0.5, in proportion to the plan's months it
/// covers.
fn native(b: &BoardFacts, cloud: Cloud) -> (f64, String) {
    let (own, name) = match cloud {
        Cloud::Azure => (NativeCloud::Azure, "Azure"),
        Cloud::Aws => (NativeCloud::Aws, "AWS"),
    };
    let (fit, what): (f64, String) = if b.org.native_cloud == own {
        (1.0, said(b, || format!("the organisation is {name}-native")))
    } else if b.org.native_cloud == NativeCloud::Both {
        (0.5, said(b, || "the organisation runs on both clouds".to_owned()))
    } else {
        (0.0, said(b, || format!("the organisation is not {name}-native")))
    };
    let coverage = b.org.commitment_coverage(cloud, b.start, b.months);
    if !b.org.has_contract(cloud) {
        return (fit, what);
    }
    let terms = said(b, || commitment_terms(b.org.commitment(cloud), b.currency));
    let joint = if fit > 0.0 { "and" } else { "but" };
    let reason = said(b, || {
        if coverage > 0.0 {
            format!("{what} {joint} holds an {name} commitment{terms}")
        } else {
            format!("{what}; its {name} commitment{terms} ends before the plan starts")
        }
    });
    (fit.max(0.5 * coverage), reason)
}

/// How much early access matters (asked) x the spend on workloads that get new OpenAI models
/// on Azure first.
fn early_feature_access(b: &BoardFacts) -> (f64, String) {
    let share = b.mix.both().early_feature;
    let importance = b.org.early_access;
    (
        importance.factor() * share,
        said(b, || {
            format!(
                "early access to new OpenAI models matters: {}; workloads that get them on Azure first are {} {}",
                importance.label().to_lowercase(),
                percent(share),
                of_spend(b.mix.by_spend)
            )
        }),
    )
}

fn residency_fits_azure(b: &BoardFacts) -> (f64, String) {
    let both = b.mix.both();
    if both.constrained <= 0.0 {
        return (0.0, "no workload has a residency or sector rule".to_owned());
    }
    let fit = both.azure_only / both.constrained;
    (
        fit,
        said(b, || {
            format!(
                "of the spend under residency or sector rules, {} is served on Azure at the start but not on AWS",
                percent(fit)
            )
        }),
    )
}

/// Asked, not guessed: how much cost per token matters. The model's own comparison of the two
/// one-cloud references is context in the reason, not the fit (it moves with every volume).
fn trainium_cost(b: &BoardFacts) -> (f64, String) {
    let importance = b.org.cost_per_token;
    let (az, aws) = (
        b.references.all_azure.cost.horizon_total,
        b.references.all_aws.cost.horizon_total,
    );
    if !b.reasons {
        return (importance.factor(), String::new());
    }
    let mut reason = format!(
        "cost per token (Trainium-optimised inference on AWS) matters: {}",
        importance.label().to_lowercase()
    );
    if az > 0.0 && az.is_finite() && aws.is_finite() {
        let saving = (az - aws) / az * 100.0;
        let (more_less, pct) = if saving >= 0.0 {
            ("less", saving)
        } else {
            ("more", -saving)
        };
        reason.push_str(&format!(
            "; in this model all on AWS costs {}% {more_less} than all on Azure",
            format_number(pct.round())
        ));
    }
    (importance.factor(), reason)
}

/// Data gravity: the share of the board's data (GB) in AWS, or held by workloads that run there
/// today. Weighed by data, not spend: it is where the bytes are that makes moving hard.
fn data_in_aws(b: &BoardFacts) -> (f64, String) {
    let (data, runs) = (b.mix.data_in_aws, b.mix.runs_on_aws);
    let of = if b.mix.by_data {
        "of the board's data"
    } else {
        "of the workloads (no data yet)"
    };
    if !b.reasons {
        return ((data + runs).clamp(0.0, 1.0), String::new());
    }
    let mut reason = format!("{} {of} lives in AWS", percent(data));
    if runs > 0.0 {
        reason.push_str(&format!(
            " and {} more belongs to workloads that run there today",
            percent(runs)
        ));
    }
    ((data + runs).clamp(0.0, 1.0), reason)
}

/// "Has both": the smaller kind's spend, full at the material share.
fn both_kinds(b: &BoardFacts) -> (f64, String) {
    let (calls, agents) = (b.mix.stateless.total, b.mix.stateful.total);
    (
        material(b, calls.min(agents)),
        said(b, || {
            format!(
                "stateless calls are {} and stateful agents {} {}",
                percent(calls),
                percent(agents),
                of_spend(b.mix.by_spend)
            )
        }),
    )
}

/// The hours the organisation accepts, by its answer.
fn tolerance(b: &BoardFacts) -> f64 {
    let key = match b.org.governance_appetite {
        GovernanceAppetite::Low => Key::AdviceGovernanceLowHours,
        GovernanceAppetite::Medium => Key::AdviceGovernanceToleranceHours,
        GovernanceAppetite::High => Key::AdviceGovernanceHighHours,
    };
    b.r.get(key).max(1.0)
}

/// 1 minus the split's extra governance hours over the lighter one-cloud reference, as a share
/// of the hours the organisation accepts (its appetite).
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
    let tolerance = tolerance(b);
    (
        (1.0 - extra / tolerance).clamp(0.0, 1.0),
        said(b, || {
            format!(
                "the seeds' split adds {} governance hours a month over the lighter one-cloud option; the \
                 organisation's appetite is {} ({} hours)",
                hours(extra),
                b.org.governance_appetite.label().to_lowercase(),
                hours(tolerance)
            )
        }),
    )
}

/// Commitments on both clouds, in force for the share of the plan the shorter one covers.
fn contracts_on_both(b: &BoardFacts) -> (f64, String) {
    let org = &b.org;
    let cover = |c| org.commitment_coverage(c, b.start, b.months);
    let fit = cover(Cloud::Azure).min(cover(Cloud::Aws));
    let terms = |c| commitment_terms(org.commitment(c), b.currency);
    let reason = match (org.azure_contract, org.aws_contract) {
        (true, true) if fit > 0.0 => said(b, || {
            format!(
                "commitments on Azure{} and AWS{} give negotiating leverage",
                terms(Cloud::Azure),
                terms(Cloud::Aws)
            )
        }),
        (true, true) => said(b, || {
            "one of the two commitments ends before the plan starts".to_owned()
        }),
        (true, false) => said(b, || "a commitment on Azure only".to_owned()),
        (false, true) => said(b, || "a commitment on AWS only".to_owned()),
        (false, false) => said(b, || "no commitment on either cloud".to_owned()),
    };
    (fit, reason)
}

fn multi_cloud_expertise(b: &BoardFacts) -> (f64, String) {
    use crate::model::scenario::Expertise;
    let level = b.org.expertise_level();
    let reason = match b.org.multi_cloud_expertise {
        Expertise::Unstated if level > 0.0 => {
            "the organisation already runs on both clouds, with the expertise and tooling"
        }
        Expertise::Unstated => "the organisation does not run on both clouds yet",
        Expertise::None => "no multi-cloud expertise or tooling in place yet",
        Expertise::Partial => "some multi-cloud expertise and tooling in place",
        Expertise::InPlace => "multi-cloud expertise and tooling in place",
    };
    (level, said(b, || reason.to_owned()))
}
