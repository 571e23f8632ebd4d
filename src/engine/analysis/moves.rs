//! The months the plan's workloads change place, read from their priced phases rather than
//! from the schedule: a move "when available" then sits on the availability date it resolved
//! to, and the months spent elsewhere while a capability is missing count as the engine
//! priced them.

use serde::Serialize;

use crate::analysis::cost::{PhaseSpan, WorkloadCost};
use crate::model::cloud::Cloud;
use crate::model::scenario::{Placement, WorkloadId};

/// What happens to a workload in the month it changes place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Shift {
    /// Starts running (after waiting for a capability).
    Starts,
    /// Both places run while the move is proven, until `until` (exclusive).
    BothWhileMoving { until: usize },
    /// The dual run is over: only the new place runs from now on.
    DualRunEnds,
    /// Runs on its new place from now on, at once.
    Moves,
    /// Reaches its planned place: what it waited for has arrived.
    CapabilityArrived,
    /// Runs on the other cloud until a capability reaches the planned one.
    RunsElsewhere { waiting_for: Cloud },
}

/// One workload changing place.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Change {
    /// Month of the plan (0 is its first).
    pub month: usize,
    pub workload: WorkloadId,
    /// Where it is heading: while both run, the place after the dual run.
    pub to: Placement,
    pub shift: Shift,
}

/// Every change of place of `workloads`, in month order (workloads in their order within a
/// month). Month 0 is where the plan starts, not a move.
pub fn changes(workloads: &[WorkloadCost]) -> Vec<Change> {
    let mut out: Vec<Change> = workloads
        .iter()
        .flat_map(|w| {
            w.phases
                .iter()
                .enumerate()
                .filter_map(move |(i, ph)| change(w, i, ph))
        })
        .collect();
    // Stable: within a month, workloads keep the scenario's order.
    out.sort_by_key(|c| c.month);
    out
}

fn change(w: &WorkloadCost, i: usize, ph: &PhaseSpan) -> Option<Change> {
    if ph.from == 0 {
        return None;
    }
    // A gap before a phase is months of waiting: the workload starts afresh.
    let previous = i
        .checked_sub(1)
        .and_then(|p| w.phases.get(p))
        .filter(|p| p.to == ph.from);
    let shift = match previous {
        None => Shift::Starts,
        Some(p) if p.placement == ph.placement => return None,
        Some(_) if ph.dual_run => Shift::BothWhileMoving { until: ph.to },
        Some(p) => match (ph.waiting_for, p.waiting_for) {
            (Some(waiting_for), _) => Shift::RunsElsewhere { waiting_for },
            (None, Some(_)) => Shift::CapabilityArrived,
            (None, None) if p.dual_run => Shift::DualRunEnds,
            (None, None) => Shift::Moves,
        },
    };
    let to = if ph.dual_run {
        w.phases
            .get(i + 1)
            .filter(|n| n.from == ph.to)
            .map_or(ph.placement, |n| n.placement)
    } else {
        ph.placement
    };
    Some(Change {
        month: ph.from,
        workload: w.id,
        to,
        shift,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(from: usize, to: usize, placement: Placement) -> PhaseSpan {
        PhaseSpan {
            from,
            to,
            placement,
            dual_run: false,
            waiting_for: None,
        }
    }

    fn priced(id: u32, phases: Vec<PhaseSpan>) -> WorkloadCost {
        let placement = phases.first().map_or(Placement::Unplaced, |p| p.placement);
        WorkloadCost {
            phases: phases.into(),
            ..WorkloadCost::zero(WorkloadId(id), placement)
        }
    }

    const BOTH: Placement = Placement::Both { azure_percent: 50 };

    /// A move at month 6 with two months of both: the cost steps up at 6 (both bill) and
    /// down at 8 (the old place stops), so both months are changes, heading to AWS.
    #[test]
    fn a_move_with_two_months_of_both_changes_at_six_and_eight() {
        let dual = PhaseSpan {
            dual_run: true,
            ..span(6, 8, BOTH)
        };
        let w = priced(
            1,
            vec![span(0, 6, Placement::Azure), dual, span(8, 36, Placement::Aws)],
        );
        let found = changes(&[w]);
        let got: Vec<(usize, Placement, Shift)> = found.iter().map(|c| (c.month, c.to, c.shift)).collect();
        assert_eq!(
            got,
            [
                (6, Placement::Aws, Shift::BothWhileMoving { until: 8 }),
                (8, Placement::Aws, Shift::DualRunEnds),
            ]
        );
    }

    #[test]
    fn a_workaround_ends_when_the_capability_arrives_and_a_wait_starts() {
        let fallback = PhaseSpan {
            waiting_for: Some(Cloud::Aws),
            ..span(0, 3, Placement::Azure)
        };
        let works_around = priced(1, vec![fallback, span(3, 36, Placement::Aws)]);
        let waits = priced(2, vec![span(3, 36, Placement::Aws)]);
        let stays = priced(3, vec![span(0, 36, Placement::Azure)]);
        let found = changes(&[works_around, waits, stays]);
        let got: Vec<(usize, u32, Shift)> = found.iter().map(|c| (c.month, c.workload.0, c.shift)).collect();
        assert_eq!(got, [(3, 1, Shift::CapabilityArrived), (3, 2, Shift::Starts)]);
    }

    #[test]
    fn changes_come_in_month_order_across_workloads() {
        let late = priced(
            1,
            vec![span(0, 20, Placement::Azure), span(20, 36, Placement::Aws)],
        );
        let early = priced(2, vec![span(0, 5, Placement::Aws), span(5, 36, BOTH)]);
        let months: Vec<(usize, u32)> = changes(&[late, early])
            .iter()
            .map(|c| (c.month, c.workload.0))
            .collect();
        assert_eq!(months, [(5, 2), (20, 1)]);
    }
}
