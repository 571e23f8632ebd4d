//! Stretches of months with the same clouds in use, each with its governance burden: a
//! second cloud is governed only in the months some workload runs on it.

use super::footprint::Footprint;
use super::phases::BoardPhases;
use super::window::{Bound, Window};
use crate::analysis::governance::{self, GovernanceResult};
use crate::assumptions::Resolved;

use crate::model::scenario::{Placement, Scenario, Workload};

/// Months with the same clouds in use.
#[derive(Debug, Clone)]
pub(super) struct Epoch {
    pub window: Window,
    pub governance: GovernanceResult,
}

/// The epochs of a strategy whose workloads run in `phases` (per workload, in board order).
pub(super) fn epochs(
    r: &Resolved,
    scenario: &Scenario,
    phases: &BoardPhases<'_>,
    fp: &Footprint,
    horizon: usize,
) -> Vec<Epoch> {
    let bounds = boundaries(fp, horizon);
    if bounds.len() <= 2 {
        let placed = placed_in(phases, (0, horizon));
        return vec![Epoch {
            window: Window::WHOLE,
            governance: governance::assess_placed(r, scenario, &placed, fp.cloud_run),
        }];
    }
    bounds
        .windows(2)
        .map(|pair| {
            let ((from, m0), (to, m1)) = (pair[0], pair[1]);
            let placed = placed_in(phases, (m0, m1));
            Epoch {
                window: Window::new(from, to),
                governance: governance::assess_placed(r, scenario, &placed, fp.cloud_run),
            }
        })
        .collect()
}

/// The plan's start and end and every month a cloud comes into or goes out of use, in order.
fn boundaries(fp: &Footprint, horizon: usize) -> Vec<(Bound, usize)> {
    let mut bounds = vec![(Bound::START, 0), (Bound::END, horizon)];
    for (window, (from, to)) in fp.spans.iter().flatten() {
        bounds.push((window.from, *from));
        bounds.push((window.to, *to));
    }
    bounds.sort_by_key(|&(_, month)| month);
    bounds.dedup_by_key(|&mut (_, month)| month);
    bounds
}

/// Each workload once, on every cloud some phase of it uses within `months`.
fn placed_in<'w>(phases: &BoardPhases<'w>, (from, to): (usize, usize)) -> Vec<(&'w Workload, Placement)> {
    phases
        .iter()
        .filter_map(|(_, w, list)| {
            let mut used = [false; 2];
            for ph in list.iter().filter(|ph| ph.months.0 < to && ph.months.1 > from) {
                for c in ph.placement.clouds() {
                    used[c.index()] = true;
                }
            }
            let placement = match used {
                [true, true] => Placement::Both { azure_percent: 50 },
                [true, false] => Placement::Azure,
                [false, true] => Placement::Aws,
                [false, false] => return None,
            };
            Some((w, placement))
        })
        .collect()
}

/// The burden the strategy is judged by: the epoch with the most clouds to govern, and of
/// those the one with the most hours a month.
pub(super) fn heaviest(epochs: &[Epoch]) -> Option<&GovernanceResult> {
    let weight = |g: &GovernanceResult| (g.clouds_in_use.count(), g.hours_per_month);
    epochs.iter().map(|e| &e.governance).reduce(|a, b| {
        let (ca, ha) = weight(a);
        let (cb, hb) = weight(b);
        if cb > ca || (cb == ca && hb > ha) {
            b
        } else {
            a
        }
    })
}
