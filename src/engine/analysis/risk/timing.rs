//! When each factor of a workload's risk bites, read from the months its cost was priced in
//! (its phases): a move-type factor at the months it arrives on a cloud it moves to, a
//! missing capability over the months it waits or runs on the other cloud, what a cloud
//! carries over the months the workload is on it.

use super::factor::FactorKind;
use super::when::{MoveMonths, RiskWhen};
use crate::analysis::cost::PhaseSpan;
use crate::assumptions::Cloud;
use crate::model::scenario::{Location, Placement, Workload, YearMonth};

/// A placed workload's priced months, as the risk assessment reads them.
pub(super) struct PricedMonths<'a> {
    w: &'a Workload,
    phases: &'a [PhaseSpan],
    /// The plan's month 0 and its length in months.
    start: YearMonth,
    horizon: usize,
}

/// The workload runs today somewhere and `c` is not that place.
pub(super) fn moves_to(w: &Workload, c: Cloud) -> bool {
    let existing = matches!(
        w.runs_today,
        Location::Azure | Location::Aws | Location::OnPremises
    );
    existing && !w.runs_today.is(c)
}

impl<'a> PricedMonths<'a> {
    pub(super) fn new(
        w: &'a Workload,
        phases: &'a [PhaseSpan],
        start: YearMonth,
        horizon: usize,
    ) -> PricedMonths<'a> {
        PricedMonths {
            w,
            phases,
            start,
            horizon,
        }
    }

    /// Calls `moved` with each move's month and the cloud moved to: a cloud it arrives on from
    /// the place before (where it runs today, at the start or after waiting; the previous phase
    /// otherwise).
    pub(super) fn for_each_move(&self, mut moved: impl FnMut(usize, Cloud)) {
        let mut before: Option<&PhaseSpan> = None;
        for p in self.phases {
            let from_previous = before.filter(|b| b.to == p.from).map(|b| b.placement);
            for c in p.placement.clouds() {
                let arrives = match from_previous {
                    Some(prev) => !prev.uses(c),
                    None => moves_to(self.w, c),
                };
                if arrives {
                    moved(p.from, c);
                }
            }
            before = Some(p);
        }
    }

    /// At the months of the moves onto a cloud `counts`.
    fn at_moves_onto(&self, counts: impl Fn(Cloud) -> bool) -> RiskWhen {
        let mut months = MoveMonths::new();
        self.for_each_move(|month, c| {
            if counts(c) {
                months.push(month);
            }
        });
        RiskWhen::at_moves(months)
    }

    /// Over the months from the first to the last phase that `keep`s (throughout when none
    /// does: the phases were not priced, and the old reading holds).
    fn over_phases(&self, keep: impl Fn(&PhaseSpan) -> bool) -> RiskWhen {
        let kept = self.phases.iter().filter(|p| keep(p));
        let hull = kept.fold(None, |acc: Option<(usize, usize)>, p| {
            Some(acc.map_or((p.from, p.to), |(f, t)| (f.min(p.from), t.max(p.to))))
        });
        hull.map_or(RiskWhen::Throughout, |(from, to)| {
            RiskWhen::over(from, to, self.horizon)
        })
    }

    /// The months before `cloud` has what the workload needs: on the other cloud meanwhile,
    /// or not running at all (a gap before it arrives).
    fn waiting_for(&self, cloud: Cloud, available_from: YearMonth) -> RiskWhen {
        let fallback = self.phases.iter().filter(|p| p.waiting_for == Some(cloud));
        let gaps = self.gaps();
        let mut hull: Option<(usize, usize)> = None;
        for (from, to) in fallback.map(|p| (p.from, p.to)).chain(gaps) {
            hull = Some(hull.map_or((from, to), |(f, t)| (f.min(from), t.max(to))));
        }
        // Nothing priced as waiting (the other cloud lacks it too): from the start to the date.
        let until = usize::try_from(self.start.months_until(available_from)).unwrap_or(0);
        let (from, to) = hull.unwrap_or((0, until.max(1)));
        RiskWhen::over(from, to, self.horizon)
    }

    /// Months `[from, to)` before, between and after the phases in which the workload does
    /// not run (after: it stops to wait for what never arrives within the plan).
    fn gaps(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut at = 0;
        for p in self.phases {
            if p.from > at {
                out.push((at, p.from));
            }
            at = at.max(p.to);
        }
        if at < self.horizon {
            out.push((at, self.horizon));
        }
        out
    }

    /// When a factor of this kind bites for this workload.
    pub(super) fn when(&self, kind: &FactorKind) -> RiskWhen {
        match kind {
            FactorKind::DataGravity { .. } => {
                let data = self.w.data_location;
                self.at_moves_onto(|c| !data.is(c))
            }
            FactorKind::MigrationCost { .. } | FactorKind::Statefulness { moves: true, .. } => {
                self.at_moves_onto(|_| true)
            }
            FactorKind::Statefulness { moves: false, .. } => {
                self.over_phases(|p| matches!(p.placement, Placement::Both { .. }))
            }
            // New models reach AWS after the Azure-first window: it lags while on AWS.
            FactorKind::FeatureLag { .. } => self.over_phases(|p| p.placement.uses(Cloud::Aws)),
            FactorKind::NotYetAvailable {
                cloud,
                available_from,
                ..
            }
            | FactorKind::ResidencyConflict {
                cloud,
                available_from,
                ..
            } => self.waiting_for(*cloud, *available_from),
            FactorKind::Workaround { cloud, .. } => self.over_phases(|p| p.placement.uses(*cloud)),
            FactorKind::Criticality { .. }
            | FactorKind::LockIn { .. }
            | FactorKind::Concentration { .. }
            | FactorKind::SplitVendorRoadmap { .. }
            | FactorKind::ComplianceDuplication { .. } => RiskWhen::Throughout,
        }
    }
}
