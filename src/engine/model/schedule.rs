//! A workload's placement over time: where it starts (its `placement`) and up to a few moves,
//! each at a month of the plan or when what the workload needs reaches the clouds it moves to.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::model::placement::{Placement, Zone};

/// At most this many moves per workload: a phased plan has a few waves, not a monthly dance.
pub const MAX_MOVES: usize = 4;

/// The default months both clouds run during a move (the old side stays up until the new one
/// is proven; domain.md "dual running").
pub const DEFAULT_DUAL_MONTHS: u8 = 2;

/// The default share of the traffic on Azure while both run.
pub const DEFAULT_DUAL_AZURE_PERCENT: u8 = 50;

/// When a move happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum MoveAt {
    /// Months after the plan's start (1 is the plan's second month).
    Month(u16),
    /// The first month everything the workload needs is available on the clouds it moves to
    /// (resolved from the availability rules, so editing a rule's date moves the wave).
    WhenAvailable,
}

/// One move of a workload to another place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Move {
    pub at: MoveAt,
    pub to: Placement,
    /// Months both the old and the new place run, from the move on; 0 switches at once.
    pub dual_months: u8,
    /// The share of the traffic on Azure while both run.
    pub dual_azure_percent: u8,
}

impl Move {
    pub fn new(at: MoveAt, to: Placement) -> Move {
        Move {
            at,
            to,
            dual_months: DEFAULT_DUAL_MONTHS,
            dual_azure_percent: DEFAULT_DUAL_AZURE_PERCENT,
        }
    }
}

/// What a workload does in the months before a capability it needs reaches the cloud it is
/// planned on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum WhileUnavailable {
    /// Runs on the other cloud until the capability arrives, then moves (and pays the move).
    #[default]
    RunWhereAvailable,
    /// Does not run (and is not billed) on that cloud until the capability arrives.
    Wait,
}

impl WhileUnavailable {
    pub const ALL: [WhileUnavailable; 2] = [WhileUnavailable::RunWhereAvailable, WhileUnavailable::Wait];

    pub fn label(self) -> &'static str {
        match self {
            WhileUnavailable::RunWhereAvailable => "Run where it is available, then move",
            WhileUnavailable::Wait => "Wait for it",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            WhileUnavailable::RunWhereAvailable => "run-where-available",
            WhileUnavailable::Wait => "wait",
        }
    }

    pub fn from_key(key: &str) -> Option<WhileUnavailable> {
        WhileUnavailable::ALL.into_iter().find(|w| w.key() == key)
    }
}

/// Why a schedule cannot be used; the last valid schedule stays in force.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ScheduleError {
    #[error("a workload has {count} moves; at most {max} are allowed")]
    TooManyMoves { count: usize, max: usize },
    #[error("move {number} is in month {month}; moves fall between month 1 and month {last} of the plan")]
    OutsideHorizon { number: usize, month: u16, last: usize },
    #[error("moves {first} and {second} are both in month {month}; a workload moves at most once a month")]
    SameMonth { first: usize, second: usize, month: u16 },
    #[error("move {number} (month {month}) comes before move {previous} (month {previous_month}); list moves in order")]
    OutOfOrder {
        number: usize,
        month: u16,
        previous: usize,
        previous_month: u16,
    },
    #[error("move {number} goes to {place}, where the workload already is")]
    SamePlace { number: usize, place: &'static str },
    #[error("move {number} goes to \"Not placed\"; take the workload off the board instead")]
    ToUnplaced { number: usize },
    #[error("a workload that is not placed cannot move; place it first")]
    FromUnplaced,
    #[error("move {number} runs both clouds for {months} months, longer than the {horizon}-month plan")]
    DualTooLong {
        number: usize,
        months: u8,
        horizon: usize,
    },
    #[error("move {number} keeps {percent}% on Azure while both run; the share is 0 to 100%")]
    DualShare { number: usize, percent: u8 },
    #[error("move {number} keeps {percent}% on Azure on Both; the share is 0 to 100%")]
    BothShare { number: usize, percent: u8 },
}

/// Checks `moves` of a workload that starts at `start`, in a plan of `horizon` months.
pub fn validate(start: Placement, moves: &[Move], horizon: usize) -> Result<(), ScheduleError> {
    if moves.is_empty() {
        return Ok(());
    }
    if moves.len() > MAX_MOVES {
        return Err(ScheduleError::TooManyMoves {
            count: moves.len(),
            max: MAX_MOVES,
        });
    }
    if start == Placement::Unplaced {
        return Err(ScheduleError::FromUnplaced);
    }
    let mut previous = start;
    let mut last_month: Option<(usize, u16)> = None;
    for (i, m) in moves.iter().enumerate() {
        let number = i + 1;
        check_move(number, m, previous, horizon)?;
        if let MoveAt::Month(month) = m.at {
            if let Some((prev, prev_month)) = last_month {
                if month == prev_month {
                    return Err(ScheduleError::SameMonth {
                        first: prev,
                        second: number,
                        month,
                    });
                }
                if month < prev_month {
                    return Err(ScheduleError::OutOfOrder {
                        number,
                        month,
                        previous: prev,
                        previous_month: prev_month,
                    });
                }
            }
            last_month = Some((number, month));
        }
        previous = m.to;
    }
    Ok(())
}

fn check_move(number: usize, m: &Move, previous: Placement, horizon: usize) -> Result<(), ScheduleError> {
    if let MoveAt::Month(month) = m.at {
        if month == 0 || usize::from(month) >= horizon {
            return Err(ScheduleError::OutsideHorizon {
                number,
                month,
                last: horizon.saturating_sub(1),
            });
        }
    }
    if m.to == Placement::Unplaced {
        return Err(ScheduleError::ToUnplaced { number });
    }
    if let Placement::Both { azure_percent } = m.to {
        if azure_percent > 100 {
            return Err(ScheduleError::BothShare {
                number,
                percent: azure_percent,
            });
        }
    }
    if m.to == previous {
        return Err(ScheduleError::SamePlace {
            number,
            place: m.to.zone().label(),
        });
    }
    if usize::from(m.dual_months) >= horizon {
        return Err(ScheduleError::DualTooLong {
            number,
            months: m.dual_months,
            horizon,
        });
    }
    if m.dual_azure_percent > 100 {
        return Err(ScheduleError::DualShare {
            number,
            percent: m.dual_azure_percent,
        });
    }
    Ok(())
}

/// A short account of a schedule for cards and tables: "Azure -> AWS in month 6, 2 months both"
/// (the split while both run is said when it is not the default).
pub fn describe(start: Placement, moves: &[Move], month_name: impl Fn(u16) -> String) -> String {
    let mut text = place_label(start);
    for m in moves {
        let when = match m.at {
            MoveAt::Month(month) => format!("in {}", month_name(month)),
            MoveAt::WhenAvailable => "when available".to_owned(),
        };
        text.push_str(&format!(" -> {} {when}", place_label(m.to)));
        if m.dual_months > 0 {
            let s = if m.dual_months == 1 { "" } else { "s" };
            text.push_str(&format!(", {} month{s} both", m.dual_months));
            if m.dual_azure_percent != DEFAULT_DUAL_AZURE_PERCENT {
                text.push_str(&format!(" ({}% Azure)", m.dual_azure_percent.min(100)));
            }
        }
    }
    text
}

/// A place with the share on Azure when on both.
pub fn place_label(p: Placement) -> String {
    match p {
        Placement::Both { azure_percent } => format!("Both ({azure_percent}% Azure)"),
        other => other.zone().label().to_owned(),
    }
}

/// The zone a workload is in at a month, given where its moves land (months resolved).
pub fn zone_at(start: Placement, moves: &[(usize, Placement)], month: usize) -> Zone {
    moves
        .iter()
        .take_while(|(at, _)| *at <= month)
        .last()
        .map_or(start, |(_, p)| *p)
        .zone()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(month: u16, to: Placement) -> Move {
        Move::new(MoveAt::Month(month), to)
    }

    #[test]
    fn a_valid_two_wave_schedule_passes() {
        let moves = [
            at(6, Placement::Both { azure_percent: 50 }),
            at(12, Placement::Aws),
        ];
        assert_eq!(validate(Placement::Azure, &moves, 36), Ok(()));
    }

    #[test]
    fn bad_schedules_are_refused_in_plain_words() {
        let h = 36;
        let e = validate(Placement::Azure, &[at(36, Placement::Aws)], h).unwrap_err();
        assert_eq!(
            e.to_string(),
            "move 1 is in month 36; moves fall between month 1 and month 35 of the plan"
        );
        let e = validate(
            Placement::Azure,
            &[at(6, Placement::Aws), at(6, Placement::Azure)],
            h,
        )
        .unwrap_err();
        assert!(matches!(e, ScheduleError::SameMonth { month: 6, .. }), "{e}");
        let e = validate(
            Placement::Azure,
            &[at(9, Placement::Aws), at(6, Placement::Azure)],
            h,
        )
        .unwrap_err();
        assert!(matches!(e, ScheduleError::OutOfOrder { .. }), "{e}");
        let e = validate(Placement::Aws, &[at(3, Placement::Aws)], h).unwrap_err();
        assert_eq!(e.to_string(), "move 1 goes to AWS, where the workload already is");
        let mut long = at(3, Placement::Aws);
        long.dual_months = 40;
        let e = validate(Placement::Azure, &[long], h).unwrap_err();
        assert!(matches!(e, ScheduleError::DualTooLong { .. }), "{e}");
        let e = validate(Placement::Unplaced, &[at(3, Placement::Aws)], h).unwrap_err();
        assert_eq!(e, ScheduleError::FromUnplaced);
        let many = vec![at(1, Placement::Aws); MAX_MOVES + 1];
        assert!(matches!(
            validate(Placement::Azure, &many, h),
            Err(ScheduleError::TooManyMoves { .. })
        ));
    }

    #[test]
    fn describes_and_locates_a_schedule() {
        let moves = [at(6, Placement::Aws)];
        let text = describe(Placement::Azure, &moves, |m| format!("2027-{:02}", m + 1));
        assert_eq!(text, "Azure -> AWS in 2027-07, 2 months both");
        let resolved = [(6, Placement::Aws)];
        assert_eq!(zone_at(Placement::Azure, &resolved, 5), Zone::Azure);
        assert_eq!(zone_at(Placement::Azure, &resolved, 6), Zone::Aws);
    }
}
