//! Where a cost pass puts each workload: the way a strategy does, or where it runs today.

use crate::model::scenario::{Location, Placement, Workload};
use crate::model::schedule::{Move, WhileUnavailable};
use crate::model::strategy::Strategy;

/// Where a pass puts each workload, and the moves it makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Placing {
    /// Where the strategy puts it; in the plan, with its schedule.
    Strategy(Strategy),
    /// Staying as today: a workload the plan places stays, for the whole horizon, on the cloud
    /// it runs on today. One that runs nowhere yet (new, or on-premises, which the planner
    /// does not price) keeps the plan's placement and schedule, so it counts the same on both
    /// sides; one the plan leaves unplaced stays out of both.
    AsToday,
}

impl Placing {
    /// Where it starts.
    pub(crate) fn placement(self, w: &Workload) -> Placement {
        match self {
            Placing::Strategy(s) => s.placement(w),
            Placing::AsToday => stays_on(w).unwrap_or(w.placement),
        }
    }

    /// The moves it makes, in the order scheduled.
    pub(crate) fn moves(self, w: &Workload) -> &[Move] {
        let planned = match self {
            Placing::Strategy(s) => s == Strategy::Plan,
            Placing::AsToday => stays_on(w).is_none(),
        };
        if planned {
            &w.moves
        } else {
            &[]
        }
    }

    /// What it does while a capability it needs has not reached where it is placed.
    pub(crate) fn while_unavailable(self, w: &Workload) -> WhileUnavailable {
        match self {
            Placing::AsToday if stays_on(w).is_some() => WhileUnavailable::default(),
            _ => w.while_unavailable,
        }
    }
}

/// The cloud a workload the plan places stays on as today, when it runs on one.
fn stays_on(w: &Workload) -> Option<Placement> {
    if w.placement == Placement::Unplaced {
        return None;
    }
    match w.runs_today {
        Location::Azure => Some(Placement::Azure),
        Location::Aws => Some(Placement::Aws),
        Location::OnPremises | Location::New => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::WorkloadKind;
    use crate::model::scenario::WorkloadId;
    use crate::model::schedule::MoveAt;

    /// Placed on AWS, moving to Azure at month 6, waiting while a capability is missing.
    fn scheduled(runs_today: Location) -> Workload {
        let mut w = Workload::new(WorkloadId(1), WorkloadKind::SupportChatbot, "Chat".into());
        w.placement = Placement::Aws;
        w.moves = vec![Move::new(MoveAt::Month(6), Placement::Azure)];
        w.while_unavailable = WhileUnavailable::Wait;
        w.runs_today = runs_today;
        w
    }

    #[test]
    fn as_today_a_workload_on_a_cloud_stays_there_without_moves() {
        let w = scheduled(Location::Azure);
        assert_eq!(Placing::AsToday.placement(&w), Placement::Azure);
        assert!(Placing::AsToday.moves(&w).is_empty());
        assert_eq!(
            Placing::AsToday.while_unavailable(&w),
            WhileUnavailable::RunWhereAvailable
        );
    }

    #[test]
    fn as_today_a_workload_that_runs_nowhere_yet_keeps_the_plan() {
        for runs_today in [Location::OnPremises, Location::New] {
            let w = scheduled(runs_today);
            assert_eq!(Placing::AsToday.placement(&w), Placement::Aws);
            assert_eq!(Placing::AsToday.moves(&w), &w.moves[..]);
            assert_eq!(Placing::AsToday.while_unavailable(&w), WhileUnavailable::Wait);
        }
    }

    #[test]
    fn as_today_a_workload_the_plan_leaves_unplaced_stays_out() {
        let mut w = scheduled(Location::Aws);
        w.placement = Placement::Unplaced;
        assert_eq!(Placing::AsToday.placement(&w), Placement::Unplaced);
    }

    #[test]
    fn only_the_plan_makes_the_scheduled_moves() {
        let w = scheduled(Location::Azure);
        assert_eq!(Placing::Strategy(Strategy::Plan).moves(&w), &w.moves[..]);
        assert_eq!(Placing::Strategy(Strategy::Plan).placement(&w), Placement::Aws);
        for s in [Strategy::AllAzure, Strategy::AllAws, Strategy::SplitByRule] {
            assert!(Placing::Strategy(s).moves(&w).is_empty(), "{s:?}");
            assert_eq!(Placing::Strategy(s).while_unavailable(&w), WhileUnavailable::Wait);
        }
    }
}
