//! A scored risk, and what the risk assessment returns.

use serde::Serialize;

use super::factor::{FactorKind, RiskFactor, RiskFactors};
use super::level::RiskLevel;
use crate::assumptions::Resolved;
use crate::model::scenario::{Placement, WorkloadId};

/// One risk: a workload's, or a scenario-level one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Risk {
    /// None for scenario-level risks.
    pub workload: Option<WorkloadId>,
    pub placement: Option<Placement>,
    pub likelihood: u8,
    pub impact: u8,
    pub score: u8,
    pub level: RiskLevel,
    pub factors: RiskFactors,
    /// Index in `factors` of the driving factor.
    pub driver: usize,
}

impl Risk {
    pub fn driver(&self) -> Option<&RiskFactor> {
        self.factors.get(self.driver)
    }

    pub(super) fn build(
        r: &Resolved,
        workload: Option<WorkloadId>,
        placement: Option<Placement>,
        factors: RiskFactors,
    ) -> Risk {
        let (likelihood, impact) = likelihood_and_impact(factors.iter());
        let score = likelihood * impact;
        let mut driver = 0;
        let mut best = 0.0;
        for (i, f) in factors.iter().enumerate() {
            if !matches!(f.kind, FactorKind::Criticality { .. }) && f.points() > best {
                best = f.points();
                driver = i;
            }
        }
        Risk {
            workload,
            placement,
            likelihood,
            impact,
            score,
            level: RiskLevel::of(r, score),
            factors,
            driver,
        }
    }
}

/// The likelihood and impact of `factors`, each rounded and kept within 1..=5.
pub(super) fn likelihood_and_impact<'f>(factors: impl Iterator<Item = &'f RiskFactor>) -> (u8, u8) {
    let (likelihood, impact) = factors.fold((0.0, 0.0), |(l, i), f| (l + f.likelihood, i + f.impact));
    (clamp_points(1.0 + likelihood), clamp_points(impact))
}

fn clamp_points(v: f64) -> u8 {
    if v.is_finite() {
        v.round().clamp(1.0, 5.0) as u8
    } else {
        5
    }
}

/// Where a ranked risk lives in a `RiskResult`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum RiskRef {
    Scenario(usize),
    Workload(usize),
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct RiskResult {
    /// Placed workloads, in board order.
    pub workloads: Vec<Risk>,
    pub scenario: Vec<Risk>,
    /// Every risk, highest score first (then impact, then likelihood; scenario-level first,
    /// then board order on ties).
    pub ranked: Vec<RiskRef>,
    /// The highest score, 0 when nothing is placed.
    pub score: u8,
    pub level: RiskLevel,
    /// Sum of all scores.
    pub exposure: u32,
    /// Risks rated High or Critical.
    pub high_or_worse: u32,
}

impl RiskResult {
    pub fn get(&self, at: RiskRef) -> Option<&Risk> {
        match at {
            RiskRef::Scenario(i) => self.scenario.get(i),
            RiskRef::Workload(i) => self.workloads.get(i),
        }
    }

    /// The `n` highest risks.
    pub fn top(&self, n: usize) -> impl Iterator<Item = &Risk> + '_ {
        self.ranked.iter().take(n).filter_map(|&at| self.get(at))
    }

    pub fn workload(&self, id: WorkloadId) -> Option<&Risk> {
        self.workloads.iter().find(|r| r.workload == Some(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::risk::factor::RiskFactors;
    use crate::analysis::risk::when::RiskWhen;
    use crate::assumptions::Assumptions;
    use crate::model::scenario::Criticality;
    use smallvec::smallvec;

    #[test]
    fn scores_are_clamped_to_one_to_five() {
        let r = Assumptions::defaults();
        let many = (0..10)
            .map(|_| RiskFactor {
                kind: FactorKind::Statefulness {
                    moves: true,
                    on_both: false,
                },
                likelihood: 1.0,
                impact: 1.0,
                when: RiskWhen::Throughout,
            })
            .collect();
        let risk = Risk::build(&r, None, None, many);
        assert_eq!((risk.likelihood, risk.impact, risk.score), (5, 5, 25));
        let none = Risk::build(&r, None, None, RiskFactors::new());
        assert_eq!((none.likelihood, none.impact, none.score), (1, 1, 1));
    }

    #[test]
    fn the_driver_is_not_criticality_when_something_else_contributes() {
        let r = Assumptions::defaults();
        let risk = Risk::build(
            &r,
            None,
            None,
            smallvec![
                RiskFactor {
                    kind: FactorKind::Criticality {
                        level: Criticality::MissionCritical,
                    },
                    likelihood: 0.0,
                    impact: 4.0,
                    when: RiskWhen::Throughout,
                },
                RiskFactor {
                    kind: FactorKind::FeatureLag { months: 3 },
                    likelihood: 1.0,
                    impact: 0.0,
                    when: RiskWhen::Throughout,
                },
            ],
        );
        assert_eq!(risk.driver().map(|f| f.kind.label()), Some("Feature lag"));
    }
}
