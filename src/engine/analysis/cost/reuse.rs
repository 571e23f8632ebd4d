//! Pricing a workload's phases depends on the evaluation's context, the workload and the
//! phases alone, not on the strategy. Strategies often find the same phases for a workload:
//! splitting by rule puts each workload where one of the all-on-one-cloud references does,
//! and staying as today where a reference or the plan does. A later pass then replays the
//! lines an earlier pass priced, in the same order (so its sums are the same to the last
//! bit), instead of pricing them again.

use std::ops::Range;

use super::lines::CostLine;
use super::on_cloud::WorkloadPass;
use super::phases::Phase;
use crate::engine::model::scenario::WorkloadId;

/// What one pass priced for each workload: its phases, what pricing each phase gave back, and
/// where its lines are among the pass's lines.
#[derive(Default)]
pub(crate) struct Priced {
    phases: Vec<Phase>,
    /// One for each of `phases`.
    passes: Vec<WorkloadPass>,
    /// By the workload's index on the board.
    workloads: Vec<Option<Entry>>,
}

#[derive(Clone)]
struct Entry {
    id: WorkloadId,
    /// In `phases` and `passes`.
    at: Range<usize>,
    lines: Range<usize>,
}

impl Priced {
    pub(super) fn with_capacity(workloads: usize) -> Priced {
        Priced {
            phases: Vec::with_capacity(workloads * 2),
            passes: Vec::with_capacity(workloads * 2),
            workloads: vec![None; workloads],
        }
    }

    /// Keeps what pricing the workload at `index` (with `id`) in `phases` gave: `passes`, one
    /// for each phase, and the pass's lines in `lines`.
    pub(super) fn add(
        &mut self,
        (index, id): (usize, WorkloadId),
        phases: &[Phase],
        passes: &[WorkloadPass],
        lines: Range<usize>,
    ) {
        let from = self.phases.len();
        self.phases.extend_from_slice(phases);
        self.passes.extend_from_slice(passes);
        if let Some(slot) = self.workloads.get_mut(index) {
            *slot = Some(Entry {
                id,
                at: from..self.phases.len(),
                lines,
            });
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

/// An earlier pricing of a workload's phases: what each phase gave back, and its lines.
pub(super) struct Replay<'s> {
    pub passes: &'s [WorkloadPass],
    pub lines: &'s [CostLine],
}

impl<'a> Reuse<'a> {
    /// Offers what a pass priced, with the lines of its result (before its overheads).
    pub(crate) fn add(&mut self, priced: Priced, lines: &'a [CostLine]) {
        self.sources.push((priced, lines));
    }

    /// An earlier pricing of the workload at `index` (with `id`) in exactly these phases.
    pub(super) fn find(&self, (index, id): (usize, WorkloadId), phases: &[Phase]) -> Option<Replay<'_>> {
        self.sources.iter().find_map(|(priced, lines)| {
            let entry = priced.workloads.get(index)?.as_ref()?;
            if entry.id != id || priced.phases.get(entry.at.clone())? != phases {
                return None;
            }
            Some(Replay {
                passes: priced.passes.get(entry.at.clone())?,
                lines: lines.get(entry.lines.clone())?,
            })
        })
    }
}
