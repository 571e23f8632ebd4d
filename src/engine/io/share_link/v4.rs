//! Version 4 of the share-link payload: everything version 3 carries, then the schedules of
//! the workloads that move or wait (issue 17), by their position on the board. Postcard writes
//! nested fields in place, so a version 4 payload is a version 3 payload followed by the
//! schedules; a version 1, 2 or 3 link opens with every workload staying where it starts.
//!
//! FROZEN once links are made with it, like the earlier versions: never reorder, remove or
//! retype a field, never change a code; anything new that must travel needs a `v5`.

use serde::{Deserialize, Serialize};

use super::v1::{PlacementV1, UnknownCode};
use super::v3::ScenarioV3;
use crate::model::scenario::{Scenario, Workload};
use crate::model::schedule::{Move, MoveAt, WhileUnavailable};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct ScenarioV4 {
    base: ScenarioV3,
    schedules: Vec<ScheduleV4>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct ScheduleV4 {
    /// The workload's position on the board.
    workload: u32,
    /// 0 = run where available, 1 = wait.
    while_unavailable: u8,
    moves: Vec<MoveV4>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct MoveV4 {
    /// Months after the start; None = when what the workload needs is available.
    at: Option<u16>,
    to: PlacementV1,
    dual_months: u8,
    dual_azure_percent: u8,
}

impl ScenarioV4 {
    pub(super) fn from_scenario(s: &Scenario) -> ScenarioV4 {
        let schedules = s
            .workloads
            .iter()
            .enumerate()
            .filter(|(_, w)| !w.moves.is_empty() || w.while_unavailable != WhileUnavailable::default())
            .map(|(i, w)| ScheduleV4::from_workload(u32::try_from(i).unwrap_or(u32::MAX), w))
            .collect();
        ScenarioV4 {
            base: ScenarioV3::from_scenario(s),
            schedules,
        }
    }

    pub(super) fn into_scenario(self) -> Result<Scenario, UnknownCode> {
        let mut s = self.base.into_scenario()?;
        for schedule in self.schedules {
            let w = usize::try_from(schedule.workload)
                .ok()
                .and_then(|i| s.workloads.get_mut(i))
                .ok_or(UnknownCode {
                    what: "workload in a schedule",
                })?;
            schedule.apply(w)?;
        }
        Ok(s)
    }

    pub(super) fn workload_count(&self) -> usize {
        self.base.workload_count()
    }

    /// Moves in the payload, counted before any is built.
    pub(super) fn move_count(&self) -> usize {
        self.schedules.iter().map(|s| s.moves.len()).sum()
    }
}

impl ScheduleV4 {
    fn from_workload(index: u32, w: &Workload) -> ScheduleV4 {
        ScheduleV4 {
            workload: index,
            while_unavailable: match w.while_unavailable {
                WhileUnavailable::RunWhereAvailable => 0,
                WhileUnavailable::Wait => 1,
            },
            moves: w
                .moves
                .iter()
                .map(|m| MoveV4 {
                    at: match m.at {
                        MoveAt::Month(month) => Some(month),
                        MoveAt::WhenAvailable => None,
                    },
                    to: PlacementV1::from(m.to),
                    dual_months: m.dual_months,
                    dual_azure_percent: m.dual_azure_percent,
                })
                .collect(),
        }
    }

    /// Sets the schedule as linked; the scenario's checks then refuse a move outside the plan
    /// or out of order in the same plain words a file would get.
    fn apply(self, w: &mut Workload) -> Result<(), UnknownCode> {
        w.while_unavailable = match self.while_unavailable {
            0 => WhileUnavailable::RunWhereAvailable,
            1 => WhileUnavailable::Wait,
            _ => {
                return Err(UnknownCode {
                    what: "choice while a capability is missing",
                })
            }
        };
        w.moves = self
            .moves
            .into_iter()
            .map(|m| Move {
                at: m.at.map_or(MoveAt::WhenAvailable, MoveAt::Month),
                to: m.to.into_placement(),
                dual_months: m.dual_months,
                dual_azure_percent: m.dual_azure_percent,
            })
            .collect();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::WorkloadKind;
    use crate::model::scenario::{Placement, Zone};

    #[test]
    fn a_version_4_payload_is_version_3_then_the_schedules() {
        let mut s = Scenario::default();
        let a = s.add_workload(WorkloadKind::SupportChatbot);
        let b = s.add_workload(WorkloadKind::FrontierAgentTeam);
        s.move_to(a, Zone::Azure);
        s.move_to(b, Zone::Aws);
        if let Some(w) = s.workload_mut(b) {
            w.placement = Placement::Azure;
            w.moves = vec![
                Move::new(MoveAt::WhenAvailable, Placement::Aws),
                Move {
                    at: MoveAt::Month(20),
                    to: Placement::Both { azure_percent: 30 },
                    dual_months: 0,
                    dual_azure_percent: 50,
                },
            ];
            w.while_unavailable = WhileUnavailable::Wait;
        }
        let v3 = postcard::to_allocvec(&ScenarioV3::from_scenario(&s)).unwrap_or_default();
        let v4 = postcard::to_allocvec(&ScenarioV4::from_scenario(&s)).unwrap_or_default();
        assert!(v4.starts_with(&v3) && v4.len() > v3.len());
        let back: ScenarioV4 = postcard::from_bytes(&v4).expect("decodes");
        assert_eq!(back.move_count(), 2);
        assert_eq!(back.into_scenario(), Ok(s));
    }

    #[test]
    fn a_schedule_for_a_workload_that_is_not_there_is_refused() {
        let s = Scenario::default();
        let mut v4 = ScenarioV4::from_scenario(&s);
        v4.schedules.push(ScheduleV4 {
            workload: 3,
            while_unavailable: 0,
            moves: Vec::new(),
        });
        assert_eq!(
            v4.into_scenario(),
            Err(UnknownCode {
                what: "workload in a schedule"
            })
        );
    }
}
