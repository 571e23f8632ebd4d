//! Limits and checks for a scenario that comes from outside the running app: a share link,
//! an imported file, or data found in browser storage. Every decoder calls [`check_decoded`]
//! once, after decoding and before the scenario reaches the rest of the app.
//!
//! Names are not checked for HTML or script: `<script>` is a valid workload name. Showing
//! it as text (never as markup) is the job of whatever displays it.

use thiserror::Error;

use crate::model::limits::{MAX_OVERRIDES, MAX_OVERRIDE_ID_CHARS, MAX_RANGES, MAX_WORKLOADS};
use crate::model::money::format_number;
use crate::model::scenario::Scenario;
use crate::model::validation::ScenarioError;

/// Why a decoded scenario cannot be opened. Messages are sentences a user can act on; they
/// never echo a whole name (it may be ten megabytes long).
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ScenarioProblem {
    #[error("It has {} workloads; cloudsplit opens at most {}.", format_number(*.count as f64), format_number(*.max as f64))]
    TooManyWorkloads { count: usize, max: usize },
    #[error("It schedules {} moves; cloudsplit opens at most {} for its workloads.", format_number(*.count as f64), format_number(*.max as f64))]
    TooManyMoves { count: usize, max: usize },
    #[error("It sets the capacity of {} workloads; it has only {}.", format_number(*.count as f64), format_number(*.max as f64))]
    TooManyCapacities { count: usize, max: usize },
    #[error("It overrides {} assumptions; cloudsplit opens at most {}.", format_number(*.count as f64), format_number(*.max as f64))]
    TooManyOverrides { count: usize, max: usize },
    #[error("An overridden assumption has an id of {len} characters; ids have at most {max}.")]
    OverrideIdTooLong { len: usize, max: usize },
    #[error("The overridden assumption {id} has no usable value.")]
    OverrideValue { id: String },
    #[error("It gives {} assumptions a range; cloudsplit opens at most {}.", format_number(*.count as f64), format_number(*.max as f64))]
    TooManyRanges { count: usize, max: usize },
    #[error("An assumption with a range has an id of {len} characters; ids have at most {max}.")]
    RangeIdTooLong { len: usize, max: usize },
    #[error("The range of the assumption {id} is not a pair of usable numbers.")]
    RangeValue { id: String },
    /// A value the engine cannot use; the same checks as for the app's own board.
    #[error("It has a value cloudsplit cannot use: {0}.")]
    Invalid(#[from] ScenarioError),
}

/// The one check every decoder runs on what it decoded: cheap size limits first, so a
/// hostile input is refused before anything walks all of it, then the engine's own checks.
pub fn check_decoded(scenario: &Scenario) -> Result<(), ScenarioProblem> {
    if scenario.workloads.len() > MAX_WORKLOADS {
        return Err(ScenarioProblem::TooManyWorkloads {
            count: scenario.workloads.len(),
            max: MAX_WORKLOADS,
        });
    }
    if scenario.overrides.len() > MAX_OVERRIDES {
        return Err(ScenarioProblem::TooManyOverrides {
            count: scenario.overrides.len(),
            max: MAX_OVERRIDES,
        });
    }
    if let Some(len) = scenario
        .overrides
        .keys()
        .map(|k| k.chars().count())
        .find(|len| *len > MAX_OVERRIDE_ID_CHARS)
    {
        return Err(ScenarioProblem::OverrideIdTooLong {
            len,
            max: MAX_OVERRIDE_ID_CHARS,
        });
    }
    // Unknown ids are ignored by the engine (a newer app may know them), but even those
    // must hold a number, or a NaN would travel on in saved files and links.
    if let Some((id, _)) = scenario.overrides.iter().find(|(_, v)| !v.is_finite()) {
        return Err(ScenarioProblem::OverrideValue {
            id: id.chars().take(MAX_OVERRIDE_ID_CHARS).collect(),
        });
    }
    if scenario.ranges.len() > MAX_RANGES {
        return Err(ScenarioProblem::TooManyRanges {
            count: scenario.ranges.len(),
            max: MAX_RANGES,
        });
    }
    if let Some(len) = scenario
        .ranges
        .keys()
        .map(|k| k.chars().count())
        .find(|len| *len > MAX_OVERRIDE_ID_CHARS)
    {
        return Err(ScenarioProblem::RangeIdTooLong {
            len,
            max: MAX_OVERRIDE_ID_CHARS,
        });
    }
    if let Some((id, _)) = scenario
        .ranges
        .iter()
        .find(|(_, (low, high))| !(low.is_finite() && high.is_finite()))
    {
        return Err(ScenarioProblem::RangeValue {
            id: id.chars().take(MAX_OVERRIDE_ID_CHARS).collect(),
        });
    }
    scenario.validate()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::WorkloadKind;
    use crate::model::limits::MAX_SCENARIO_NAME_CHARS;
    use crate::model::scenario::{Placement, WorkloadId, YearMonth};

    fn board() -> Scenario {
        let mut s = Scenario::default();
        s.add_workload(WorkloadKind::SupportChatbot);
        s.add_workload(WorkloadKind::FrontierAgentTeam);
        s
    }

    fn invalid(s: &Scenario) -> bool {
        matches!(check_decoded(s), Err(ScenarioProblem::Invalid(_)))
    }

    #[test]
    fn a_board_built_in_the_app_passes() {
        assert_eq!(check_decoded(&board()), Ok(()));
        assert_eq!(check_decoded(&Scenario::default()), Ok(()));
    }

    #[test]
    fn names_with_markup_are_valid_text() {
        let mut s = board();
        s.name = "<script>alert(1)</script>".into();
        s.workloads[0].name = "<img src=x onerror=alert(1)>".into();
        assert_eq!(check_decoded(&s), Ok(()));
    }

    #[test]
    fn each_bad_value_is_refused_with_the_field_named() {
        let mut s = board();
        s.workloads[1].monthly_volume = -1.0;
        let message = check_decoded(&s).map_err(|e| e.to_string());
        assert!(message
            .as_ref()
            .is_err_and(|m| m.contains("Frontier agent team") && m.contains("Monthly volume")));

        for change in [
            (|s: &mut Scenario| s.workloads[0].tokens_in = f64::NAN) as fn(&mut Scenario),
            |s| s.workloads[0].data_gb = f64::INFINITY,
            |s| s.workloads[0].placement = Placement::Both { azure_percent: 101 },
            |s| s.workloads[1].id = WorkloadId(1),
            |s| s.horizon_years = 0,
            |s| s.horizon_years = 8,
            |s| {
                s.start = YearMonth {
                    year: 2027,
                    month: 13,
                }
            },
            |s| s.org.aws_discount_percent = 100.5,
            |s| {
                s.overrides.insert("azure.price.gpt-4.1.input".into(), -1.0);
            },
        ] {
            let mut s = board();
            change(&mut s);
            assert!(invalid(&s), "{s:?}");
        }
    }

    #[test]
    fn an_override_must_be_a_number_even_for_an_unknown_id() {
        let mut s = board();
        s.overrides.insert("from.a.newer.app".into(), f64::NAN);
        assert_eq!(
            check_decoded(&s),
            Err(ScenarioProblem::OverrideValue {
                id: "from.a.newer.app".into()
            })
        );
    }

    #[test]
    fn ranges_must_be_pairs_of_numbers_in_order_even_for_unknown_ids() {
        let mut s = board();
        s.ranges.insert("from.a.newer.app".into(), (1.0, f64::INFINITY));
        assert_eq!(
            check_decoded(&s),
            Err(ScenarioProblem::RangeValue {
                id: "from.a.newer.app".into()
            })
        );
        let mut s = board();
        s.ranges.insert("aws.egress.per-gb".into(), (0.2, 0.1));
        assert!(invalid(&s));
        s.ranges.insert("aws.egress.per-gb".into(), (0.05, 0.2));
        assert_eq!(check_decoded(&s), Ok(()));
        s.ranges.insert("x".repeat(MAX_OVERRIDE_ID_CHARS + 1), (1.0, 2.0));
        assert!(matches!(
            check_decoded(&s),
            Err(ScenarioProblem::RangeIdTooLong { .. })
        ));
    }

    #[test]
    fn long_names_are_refused_and_never_echoed() {
        let mut s = board();
        s.name = "é".repeat(MAX_SCENARIO_NAME_CHARS);
        assert_eq!(check_decoded(&s), Ok(()));
        s.name.push('é');
        assert!(invalid(&s));
        let mut s = board();
        s.workloads[0].name = "x".repeat(10_000);
        let message = check_decoded(&s)
            .map(|_| String::new())
            .unwrap_or_else(|e| e.to_string());
        assert!(!message.is_empty() && message.len() < 300, "{message}");
    }

    #[test]
    fn workload_count_is_capped_before_anything_else() {
        let mut s = Scenario::default();
        for _ in 0..=MAX_WORKLOADS {
            s.workloads.push(crate::model::scenario::Workload::new(
                WorkloadId(s.workloads.len() as u32),
                WorkloadKind::Embeddings,
                String::new(),
            ));
        }
        assert_eq!(
            check_decoded(&s),
            Err(ScenarioProblem::TooManyWorkloads {
                count: MAX_WORKLOADS + 1,
                max: MAX_WORKLOADS
            })
        );
    }
}
