//! Where a workload runs month by month under a strategy: its start, the plan's moves (with
//! their months of dual running), and the months a capability it needs has not reached the
//! cloud it is planned on, which it spends on the other cloud or waiting. No month is priced
//! on a cloud before what the workload needs is available there.
//!
//! The phases are found with the values in force. Their ends that come from availability
//! dates stay dates ([`Bound::Dated`]), so a sampled date moves them; the order of the phases
//! is the one found with the values in force.

use std::ops::Range;

use super::placing::Placing;
use super::window::{Bound, Window};
use crate::analysis::availability::{self, When};
use crate::assumptions::{Key, Resolved};
use crate::model::cloud::Cloud;
use crate::model::scenario::{Location, Placement, Workload, YearMonth};
use crate::model::schedule::{MoveAt, WhileUnavailable};

/// Why a workload is where it is in a phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PhaseKind {
    /// Where the strategy puts it.
    Planned,
    /// Both the old and the new place run while a move is proven.
    DualRun,
    /// On the other cloud until a capability reaches the planned one.
    Fallback { waiting_for: Cloud },
}

/// A stretch of months in one place.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Phase {
    pub window: Window,
    /// The months `[from, to)` with the values in force.
    pub months: (usize, usize),
    pub placement: Placement,
    pub kind: PhaseKind,
    /// Where the workload comes from when it arrives on a cloud in this phase.
    pub origin: Location,
    /// It comes from the phase before (a planned move, or a move when a capability arrives),
    /// not from where it runs today.
    pub from_phase: bool,
    /// The clouds it arrives on at the start of this phase (and pays the move to).
    pub arriving: [bool; 2],
    /// The arrival is priced with the one-time dual-running estimate: the move at the plan's
    /// start and a move when a capability arrives (planned moves bill their dual months).
    pub one_time_dual_run: bool,
}

impl Phase {
    /// Whether pricing this phase gives what pricing `other` does: they are the same but for
    /// their months (which only place the lines in time).
    pub(crate) fn prices_like(&self, other: &Phase) -> bool {
        self.placement == other.placement
            && self.kind == other.kind
            && self.origin == other.origin
            && self.from_phase == other.from_phase
            && self.arriving == other.arriving
            && self.one_time_dual_run == other.one_time_dual_run
    }
}

/// What the phases are found from.
pub(crate) struct PhaseInputs<'a> {
    pub r: &'a Resolved,
    pub start: YearMonth,
    pub horizon: usize,
}

/// A planned place from a bound on.
#[derive(Debug, Clone, Copy)]
struct Step {
    from: Bound,
    month: usize,
    placement: Placement,
    kind: PhaseKind,
}

/// The phases of every placed workload of a board, placed one way, in one list.
pub(crate) struct BoardPhases<'w> {
    phases: Vec<Phase>,
    /// Each workload whose phases were found, with its index on the board, in board order,
    /// and where its phases are in `phases`.
    workloads: Vec<(usize, &'w Workload, Range<usize>)>,
    /// Scratch space for a workload's planned steps.
    steps: Vec<Step>,
}

impl<'w> BoardPhases<'w> {
    pub(crate) fn with_capacity(workloads: usize) -> BoardPhases<'w> {
        BoardPhases {
            // Most workloads have one or two phases; a scheduled board, three or four.
            phases: Vec::with_capacity(workloads * 2),
            workloads: Vec::with_capacity(workloads),
            steps: Vec::new(),
        }
    }

    /// Finds the phases of `w`, at `index` on the board, placed as `placing` does: in month
    /// order, covering the months it runs.
    pub(crate) fn add(&mut self, p: &PhaseInputs<'_>, (index, w): (usize, &'w Workload), placing: Placing) {
        let from = self.phases.len();
        push_phases(p, w, placing, &mut self.steps, &mut self.phases);
        self.workloads.push((index, w, from..self.phases.len()));
    }

    /// How many phases all the workloads have.
    pub(crate) fn phase_count(&self) -> usize {
        self.phases.len()
    }

    /// Each workload added, in order, with its index on the board and its phases.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (usize, &'w Workload, &[Phase])> + '_ {
        self.workloads
            .iter()
            .map(|(index, w, range)| (*index, *w, &self.phases[range.clone()]))
    }
}

/// Pushes the phases of `w` placed as `placing` does onto `out`, in month order, covering the
/// months it runs; `steps` is scratch space.
fn push_phases(
    p: &PhaseInputs<'_>,
    w: &Workload,
    placing: Placing,
    steps: &mut Vec<Step>,
    out: &mut Vec<Phase>,
) {
    let start = placing.placement(w);
    if start == Placement::Unplaced {
        return;
    }
    planned_steps(p, w, placing, start, steps);
    let first = out.len();
    for (i, step) in steps.iter().enumerate() {
        let (to, to_month) = steps
            .get(i + 1)
            .map_or((Bound::END, p.horizon), |n| (n.from, n.month));
        if to_month <= step.month {
            continue;
        }
        split_by_availability(p, w, placing, *step, (to, to_month), out);
    }
    mark_arrivals(w, &mut out[first..]);
}

/// Sets `steps` to where `placing` puts `w` from its `start`, step by step.
fn planned_steps(
    p: &PhaseInputs<'_>,
    w: &Workload,
    placing: Placing,
    start: Placement,
    steps: &mut Vec<Step>,
) {
    steps.clear();
    steps.push(Step {
        from: Bound::START,
        month: 0,
        placement: start,
        kind: PhaseKind::Planned,
    });
    let mut previous = start;
    for m in placing.moves(w) {
        let Some(from) = move_bound(p, w, m.at, m.to) else {
            continue;
        };
        let month = from.month(p.r, p.start, p.horizon);
        let differs = previous.clouds().ne(m.to.clouds());
        if m.dual_months > 0 && differs {
            steps.push(Step {
                from,
                month,
                placement: Placement::Both {
                    azure_percent: m.dual_azure_percent.min(100),
                },
                kind: PhaseKind::DualRun,
            });
            let after = from.plus(u16::from(m.dual_months));
            steps.push(Step {
                from: after,
                month: after.month(p.r, p.start, p.horizon),
                placement: m.to,
                kind: PhaseKind::Planned,
            });
        } else {
            steps.push(Step {
                from,
                month,
                placement: m.to,
                kind: PhaseKind::Planned,
            });
        }
        previous = m.to;
    }
    // A move when a capability arrives may land before an earlier fixed one.
    steps.sort_by_key(|s| s.month);
}

/// The month a move happens: fixed, or when what the workload needs reaches every cloud it
/// moves to (at the earliest the plan's second month). None when that never happens.
fn move_bound(p: &PhaseInputs<'_>, w: &Workload, at: MoveAt, to: Placement) -> Option<Bound> {
    match at {
        MoveAt::Month(m) => Some(Bound::Month(m)),
        MoveAt::WhenAvailable => {
            let mut latest: Option<(Key, i64)> = None;
            for cloud in to.clouds() {
                for (key, months) in gates(p, w, cloud) {
                    let months = months?;
                    if latest.is_none_or(|(_, l)| months > l) {
                        latest = Some((key, months));
                    }
                }
            }
            Some(match latest {
                Some((key, months)) if months >= 1 => Bound::Dated { key, plus: 0 },
                _ => Bound::Month(1),
            })
        }
    }
}

/// The dated rules the workload's needs follow on `cloud`: each date's assumption and its
/// month from the plan's start (None: never).
fn gates<'a>(
    p: &'a PhaseInputs<'a>,
    w: &'a Workload,
    cloud: Cloud,
) -> impl Iterator<Item = (Key, Option<i64>)> + 'a {
    availability::needs(w).filter_map(move |capability| {
        let rule = availability::rule_for(capability, cloud)?;
        match rule.when {
            When::From(key) => Some((key, p.r.year_month(key).map(|d| p.start.months_until(d)))),
            // Always there, built around (Foundry on Azure) or priced with a comparator.
            When::Always | When::FromOrNever { .. } | When::Comparator(_) => None,
        }
    })
}

/// When a capability the workload needs reaches `cloud` after `month`: its date's bound and
/// month (the horizon for "never"). A workload that runs on `cloud` today has what it needs
/// there already.
fn arrives_after(p: &PhaseInputs<'_>, w: &Workload, cloud: Cloud, month: usize) -> Option<(Bound, usize)> {
    if w.runs_today.is(cloud) {
        return None;
    }
    let mut latest: Option<(Bound, usize)> = None;
    for (key, months) in gates(p, w, cloud) {
        let at = months.map_or(p.horizon, |m| {
            usize::try_from(m.max(0)).unwrap_or(0).min(p.horizon)
        });
        if at > month && latest.is_none_or(|(_, l)| at > l) {
            latest = Some((Bound::Dated { key, plus: 0 }, at));
        }
    }
    latest
}

/// Pushes the phase of `step` up to `to`, split where a capability the workload needs
/// reaches a cloud of its placement later than the phase starts.
fn split_by_availability(
    p: &PhaseInputs<'_>,
    w: &Workload,
    placing: Placing,
    step: Step,
    (to, to_month): (Bound, usize),
    out: &mut Vec<Phase>,
) {
    let late = step
        .placement
        .clouds()
        .find_map(|c| arrives_after(p, w, c, step.month).map(|a| (c, a)));
    let Some((missing, (arrives, arrives_month))) = late else {
        out.push(phase(step, (to, to_month)));
        return;
    };
    // Waiting or running on the other cloud needs that cloud to have what the workload needs.
    let other = missing.other();
    if arrives_after(p, w, other, step.month).is_some() {
        out.push(phase(step, (to, to_month)));
        return;
    }
    let meanwhile_until = if arrives_month < to_month {
        (arrives, arrives_month)
    } else {
        (to, to_month)
    };
    let runs_elsewhere = placing.while_unavailable(w) == WhileUnavailable::RunWhereAvailable
        || matches!(step.placement, Placement::Both { .. });
    if runs_elsewhere {
        let fallback = Step {
            placement: match other {
                Cloud::Azure => Placement::Azure,
                Cloud::Aws => Placement::Aws,
            },
            kind: PhaseKind::Fallback { waiting_for: missing },
            ..step
        };
        out.push(phase(fallback, meanwhile_until));
    }
    if arrives_month < to_month {
        let rest = Step {
            from: arrives,
            month: arrives_month,
            ..step
        };
        out.push(phase(rest, (to, to_month)));
    }
}

fn phase(step: Step, (to, to_month): (Bound, usize)) -> Phase {
    Phase {
        window: Window::new(step.from, to),
        months: (step.month, to_month),
        placement: step.placement,
        kind: step.kind,
        origin: Location::New,
        from_phase: false,
        arriving: [false; 2],
        one_time_dual_run: false,
    }
}

/// Sets where each phase comes from and which clouds it arrives on.
fn mark_arrivals(w: &Workload, phases: &mut [Phase]) {
    let mut previous: Option<(Placement, PhaseKind, usize)> = None;
    for ph in phases.iter_mut() {
        // A gap (waiting) means the workload arrives afresh from where it runs today.
        let before = previous.filter(|(_, _, end)| *end == ph.months.0);
        match before {
            None => {
                ph.origin = w.runs_today;
                ph.from_phase = false;
                ph.arriving = Cloud::ALL.map(|c| ph.placement.uses(c));
                ph.one_time_dual_run = true;
            }
            Some((prev, prev_kind, _)) => {
                ph.arriving = Cloud::ALL.map(|c| ph.placement.uses(c) && !prev.uses(c));
                ph.origin = match prev {
                    Placement::Aws => Location::Aws,
                    _ => Location::Azure,
                };
                ph.from_phase = true;
                ph.one_time_dual_run = matches!(prev_kind, PhaseKind::Fallback { .. });
            }
        }
        previous = Some((ph.placement, ph.kind, ph.months.1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assumptions::Assumptions;
    use crate::model::catalog::WorkloadKind;
    use crate::model::scenario::WorkloadId;
    use crate::model::schedule::Move;
    use crate::model::strategy::Strategy;

    fn phases(p: &PhaseInputs<'_>, w: &Workload, strategy: Strategy) -> Vec<Phase> {
        let mut board = BoardPhases::with_capacity(1);
        board.add(p, (0, w), Placing::Strategy(strategy));
        board.iter().flat_map(|(_, _, phases)| phases.to_vec()).collect()
    }

    fn inputs(r: &Resolved, y: i32, m: u8) -> PhaseInputs<'_> {
        PhaseInputs {
            r,
            start: YearMonth::new(y, m).expect("month"),
            horizon: 36,
        }
    }

    fn summary(phases: &[Phase]) -> Vec<(usize, usize, Placement, [bool; 2])> {
        phases
            .iter()
            .map(|p| (p.months.0, p.months.1, p.placement, p.arriving))
            .collect()
    }

    #[test]
    fn a_move_at_month_six_with_two_months_both() {
        let r = Assumptions::defaults();
        let mut w = Workload::new(WorkloadId(1), WorkloadKind::SupportChatbot, "Chat".into());
        w.placement = Placement::Azure;
        w.moves = vec![Move::new(MoveAt::Month(6), Placement::Aws)];
        let ph = phases(&inputs(&r, 2027, 1), &w, Strategy::Plan);
        let both = Placement::Both { azure_percent: 50 };
        assert_eq!(
            summary(&ph),
            vec![
                (0, 6, Placement::Azure, [true, false]),
                (6, 8, both, [false, true]),
                (8, 36, Placement::Aws, [false, false]),
            ]
        );
        assert_eq!(ph[1].origin, Location::Azure);
        assert!(!ph[1].one_time_dual_run);
        // The references keep one place.
        assert_eq!(phases(&inputs(&r, 2027, 1), &w, Strategy::AllAws).len(), 1);
    }

    #[test]
    fn an_agent_on_aws_before_frontier_runs_on_azure_then_moves() {
        let r = Assumptions::defaults();
        let mut w = Workload::new(WorkloadId(1), WorkloadKind::FrontierAgentTeam, "Team".into());
        w.placement = Placement::Aws;
        // Frontier on AWS from 2026-09: four months after a 2026-05 start.
        let ph = phases(&inputs(&r, 2026, 5), &w, Strategy::Plan);
        assert_eq!(
            summary(&ph),
            vec![
                (0, 4, Placement::Azure, [true, false]),
                (4, 36, Placement::Aws, [false, true]),
            ]
        );
        assert!(ph[1].one_time_dual_run);
        w.while_unavailable = WhileUnavailable::Wait;
        let ph = phases(&inputs(&r, 2026, 5), &w, Strategy::Plan);
        assert_eq!(summary(&ph), vec![(4, 36, Placement::Aws, [false, true])]);
        assert_eq!(ph[0].origin, Location::New);
    }

    #[test]
    fn a_move_when_available_follows_the_date() {
        let r = Assumptions::defaults();
        let mut w = Workload::new(WorkloadId(1), WorkloadKind::FrontierAgentTeam, "Team".into());
        w.placement = Placement::Azure;
        let mut m = Move::new(MoveAt::WhenAvailable, Placement::Aws);
        m.dual_months = 0;
        w.moves = vec![m];
        let ph = phases(&inputs(&r, 2026, 5), &w, Strategy::Plan);
        assert_eq!(ph[1].months, (4, 36));
        let later = [(Assumptions::id(Key::AwsFrontierFrom).to_owned(), 202_703.0)];
        let r = Assumptions::resolve(&later.into_iter().collect()).expect("a valid date");
        let ph = phases(&inputs(&r, 2026, 5), &w, Strategy::Plan);
        assert_eq!(ph[1].months, (10, 36));
    }
}
