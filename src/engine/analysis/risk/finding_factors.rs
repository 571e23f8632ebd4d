//! Risk factors from a workload's availability findings: feature lag, capabilities not yet
//! available (and the residency conflict they cause), workarounds.

use super::factor::{FactorKind, RiskFactor, RiskFactors};
use super::when::RiskWhen;
use crate::analysis::findings::{Capability, Finding, FindingKind};
use crate::assumptions::{Cloud, Key, Resolved};
use crate::model::scenario::{Location, Sector, Workload, YearMonth};

fn feature_lag(r: &Resolved, months: u32) -> RiskFactor {
    RiskFactor::of_likelihood(
        FactorKind::FeatureLag { months },
        r.get(Key::RiskFeatureLagPoints),
    )
}

fn not_yet_available(
    r: &Resolved,
    capability: Capability,
    cloud: Cloud,
    available_from: YearMonth,
    months_waiting: u32,
) -> RiskFactor {
    RiskFactor::of_likelihood(
        FactorKind::NotYetAvailable {
            capability,
            cloud,
            available_from,
            months_waiting,
        },
        r.get(Key::RiskUnavailablePoints),
    )
}

/// A residency rule or sector need the cloud cannot serve before `available_from`.
fn residency_conflict(r: &Resolved, w: &Workload, cloud: Cloud, available_from: YearMonth) -> RiskFactor {
    RiskFactor {
        kind: FactorKind::ResidencyConflict {
            residency: w.residency,
            sector: w.sector,
            cloud,
            available_from,
        },
        likelihood: 0.0,
        impact: r.get(Key::RiskResidencyPoints),
        when: RiskWhen::Throughout,
    }
}

fn workaround(
    r: &Resolved,
    capability: Capability,
    cloud: Cloud,
    available_from: Option<YearMonth>,
) -> RiskFactor {
    RiskFactor::of_likelihood(
        FactorKind::Workaround {
            capability,
            cloud,
            available_from,
        },
        r.get(Key::RiskWorkaroundPoints),
    )
}

/// Pushes the factors of `findings` onto `out`, in their order: one feature lag at most, one
/// residency conflict at most (after the first capability not yet available, for a
/// constrained workload).
pub(super) fn push_finding_factors(r: &Resolved, w: &Workload, findings: &[Finding], out: &mut RiskFactors) {
    let constrained = w.residency.is_constrained() || w.sector != Sector::Commercial;
    let mut lag_seen = false;
    let mut conflict_seen = false;
    for f in findings {
        let cloud = f.cloud.unwrap_or(Cloud::Aws);
        match (&f.kind, f.capability) {
            (FindingKind::LagsAzure { months }, _) if !lag_seen => {
                lag_seen = true;
                out.push(feature_lag(r, *months));
            }
            (
                FindingKind::UnavailableAtStart {
                    available_from,
                    months_waiting,
                    ..
                },
                Some(capability),
            ) => {
                out.push(not_yet_available(
                    r,
                    capability,
                    cloud,
                    *available_from,
                    *months_waiting,
                ));
                if constrained && !conflict_seen {
                    conflict_seen = true;
                    out.push(residency_conflict(r, w, cloud, *available_from));
                }
            }
            // An agent already running on Azure has its workaround built.
            (FindingKind::Workaround { available_from, .. }, Some(capability))
                if !(cloud == Cloud::Azure && w.runs_today == Location::Azure) =>
            {
                out.push(workaround(r, capability, cloud, *available_from))
            }
            _ => {}
        }
    }
}
