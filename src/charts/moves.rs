//! The plan's moves as the charts show them: each change of place named after its workload,
//! grouped into waves (the changes of one month), and put in words for labels and for the
//! text a screen reader hears.

use crate::engine::analysis::moves::{self, Shift};
use crate::engine::model::scenario::{Placement, WorkloadId, YearMonth};
use crate::engine::Evaluation;

/// A workload changing place.
#[derive(Debug, Clone, PartialEq)]
pub struct Moved {
    pub name: String,
    pub to: Placement,
    pub shift: Shift,
}

/// The changes of one month of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Wave {
    /// Month of the plan (0 is its first).
    pub month: usize,
    pub moved: Vec<Moved>,
}

/// Names longer than this are cut on the chart (the description keeps them whole).
const SHORT_NAME: usize = 14;

/// The plan's waves, in month order.
pub fn waves(e: &Evaluation, name_of: impl Fn(WorkloadId) -> String) -> Vec<Wave> {
    let mut out: Vec<Wave> = Vec::new();
    for c in moves::changes(&e.plan.cost.workloads) {
        let moved = Moved {
            name: name_of(c.workload),
            to: c.to,
            shift: c.shift,
        };
        match out.last_mut() {
            Some(w) if w.month == c.month => w.moved.push(moved),
            _ => out.push(Wave {
                month: c.month,
                moved: vec![moved],
            }),
        }
    }
    out
}

fn place(p: Placement) -> &'static str {
    match p {
        Placement::Azure => "Azure",
        Placement::Aws => "AWS",
        Placement::Both { .. } => "both clouds",
        Placement::Unplaced => "no cloud",
    }
}

impl Moved {
    /// What happens, in a few words ("Agents moves to AWS").
    pub fn words(&self, start: YearMonth) -> String {
        let (name, to) = (&self.name, place(self.to));
        match self.shift {
            Shift::Starts => format!("{name} starts on {to}"),
            Shift::BothWhileMoving { until } => format!(
                "{name} starts moving to {to}, both clouds running until {}",
                start.plus_months(until as i64)
            ),
            Shift::DualRunEnds => format!("{name} settles on {to}"),
            Shift::Moves => format!("{name} moves to {to}"),
            Shift::CapabilityArrived => format!("{name} moves to {to} as what it needs arrives"),
            Shift::RunsElsewhere { waiting_for } => {
                format!(
                    "{name} runs on {to} until {} has what it needs",
                    waiting_for.label()
                )
            }
        }
    }
}

fn workloads(n: usize) -> String {
    if n == 1 {
        "1 workload".to_owned()
    } else {
        format!("{n} workloads")
    }
}

fn short(name: &str) -> String {
    if name.chars().count() <= SHORT_NAME {
        return name.to_owned();
    }
    let cut: String = name.chars().take(SHORT_NAME - 1).collect();
    format!("{}…", cut.trim_end())
}

impl Wave {
    /// The mark's label on a chart: its month and who moves.
    pub fn label(&self, start: YearMonth) -> String {
        let date = start.plus_months(self.month as i64);
        match self.moved.as_slice() {
            [one] => format!("{date} {}", short(&one.name)),
            many => format!("{date} {}", workloads(many.len())),
        }
    }
}

/// The waves in words ("Moves: 2027-07 (2 workloads): ..."), or None without any.
pub fn describe(waves: &[Wave], start: YearMonth) -> Option<String> {
    if waves.is_empty() {
        return None;
    }
    let parts: Vec<String> = waves
        .iter()
        .map(|w| {
            let what: Vec<String> = w.moved.iter().map(|m| m.words(start)).collect();
            format!(
                "{} ({}): {}.",
                start.plus_months(w.month as i64),
                workloads(w.moved.len()),
                what.join("; ")
            )
        })
        .collect();
    Some(format!("Moves: {}", parts.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::cloud::Cloud;

    const START: YearMonth = YearMonth { year: 2027, month: 1 };

    fn moved(name: &str, to: Placement, shift: Shift) -> Moved {
        Moved {
            name: name.to_owned(),
            to,
            shift,
        }
    }

    #[test]
    fn a_wave_of_one_is_labelled_with_its_name_and_of_several_with_their_count() {
        let one = Wave {
            month: 6,
            moved: vec![moved("Returns-handling agent team", Placement::Aws, Shift::Moves)],
        };
        assert_eq!(one.label(START), "2027-07 Returns-handl…");
        let two = Wave {
            month: 18,
            moved: vec![
                moved("Chat", Placement::Aws, Shift::Moves),
                moved("Search", Placement::Azure, Shift::Starts),
            ],
        };
        assert_eq!(two.label(START), "2028-07 2 workloads");
    }

    #[test]
    fn the_description_names_each_wave_and_what_moves() {
        let waves = [
            Wave {
                month: 6,
                moved: vec![
                    moved("Agents", Placement::Aws, Shift::BothWhileMoving { until: 8 }),
                    moved("Writer", Placement::Aws, Shift::CapabilityArrived),
                ],
            },
            Wave {
                month: 8,
                moved: vec![moved("Agents", Placement::Aws, Shift::DualRunEnds)],
            },
            Wave {
                month: 12,
                moved: vec![moved(
                    "Search",
                    Placement::Azure,
                    Shift::RunsElsewhere {
                        waiting_for: Cloud::Aws,
                    },
                )],
            },
        ];
        assert_eq!(
            describe(&waves, START).as_deref(),
            Some(
                "Moves: 2027-07 (2 workloads): Agents starts moving to AWS, both clouds running until \
                 2027-09; Writer moves to AWS as what it needs arrives. 2027-09 (1 workload): Agents \
                 settles on AWS. 2028-01 (1 workload): Search runs on Azure until AWS has what it needs."
            )
        );
        assert_eq!(describe(&[], START), None);
    }
}
