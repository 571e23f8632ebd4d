//! Pricing a workload's phase depends on the evaluation's context, the workload and what the
//! phase is (where, why, where from, what it arrives on), not on the strategy nor on the months
//! the phase spans: those only place its lines in time. Strategies often find such a phase
//! again: splitting by rule puts each workload where one of the all-on-one-cloud references
//! does, staying as today where a reference or the plan does, and a reference where the plan
//! starts a workload. A later pass then replays the lines an earlier pass priced for it, in
//! the same order (so its sums are the same to the last bit), in its own months, instead of
//! pricing them again.

use std::ops::Range;

use super::lines::CostLine;
use super::on_cloud::WorkloadPass;
use super::phases::Phase;
use crate::model::scenario::WorkloadId;

/// What one pass priced for each workload, phase by phase.
#[derive(Default)]
pub(crate) struct Priced {
    phases: Vec<PricedPhase>,
    /// By the workload's index on the board: its id and its phases in `phases`.
    workloads: Vec<Option<(WorkloadId, Range<usize>)>>,
}

/// A phase, what pricing it gave back and where its lines are among the pass's lines.
struct PricedPhase {
    phase: Phase,
    pass: WorkloadPass,
    lines: Range<usize>,
}

impl Priced {
    pub(super) fn with_capacity(workloads: usize, phases: usize) -> Priced {
        Priced {
            phases: Vec::with_capacity(phases),
            workloads: vec![None; workloads],
        }
    }

    /// Keeps what pricing `phase` of the workload at `index` (with `id`) gave: `pass`, and the
    /// pass's lines in `lines`. A workload's phases are added together, in order.
    pub(super) fn add(
        &mut self,
        (index, id): (usize, WorkloadId),
        phase: &Phase,
        pass: WorkloadPass,
        lines: Range<usize>,
    ) {
        let at = self.phases.len();
        self.phases.push(PricedPhase {
            phase: *phase,
            pass,
            lines,
        });
        if let Some(slot) = self.workloads.get_mut(index) {
            let range = match slot.take() {
                Some((same, range)) if same == id => range.start..at + 1,
                _ => at..at + 1,
            };
            *slot = Some((id, range));
        }
    }
}

/// What earlier passes over the same board priced, with the lines they kept. "The same
/// board": the same workloads at the same places in the list, which may be placed and
/// scheduled differently (staying as today moves them back to where they run today), since
/// pricing reads the phases, not the placement or the moves.
#[derive(Default)]
pub(crate) struct Reuse<'a> {
    sources: Vec<(Priced, &'a [CostLine])>,
}

/// An earlier pricing of a phase: what it gave back, and its lines.
pub(super) struct Replay<'s> {
    pub pass: WorkloadPass,
    pub lines: &'s [CostLine],
}

impl<'a> Reuse<'a> {
    /// Offers what a pass priced, with the lines of its result.
    pub(crate) fn add(&mut self, priced: Priced, lines: &'a [CostLine]) {
        self.sources.push((priced, lines));
    }

    /// An earlier pricing of a phase of the workload at `index` (with `id`) that is what
    /// `phase` is, whatever its months.
    pub(super) fn find(&self, (index, id): (usize, WorkloadId), phase: &Phase) -> Option<Replay<'_>> {
        self.sources.iter().find_map(|(priced, lines)| {
            let (same, range) = priced.workloads.get(index)?.as_ref()?;
            if *same != id {
                return None;
            }
            let earlier = priced
                .phases
                .get(range.clone())?
                .iter()
                .find(|p| p.phase.prices_like(phase))?;
            Some(Replay {
                pass: earlier.pass,
                lines: lines.get(earlier.lines.clone())?,
            })
        })
    }
}
