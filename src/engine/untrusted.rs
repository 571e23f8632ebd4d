//! Limits and checks for a scenario that comes from outside the running app: a share link,
//! an imported file, or data found in browser storage. Every decoder calls [`check_decoded`]
//! once, after decoding and before the scenario reaches the rest of the app.
//!
//! Names are not checked for HTML or script: `<script>` is a valid workload name. Showing
//! it as text (never as markup) is the job of whatever displays it.

use thiserror::Error;

use super::scenario::{Scenario, MAX_HORIZON_YEARS, MIN_HORIZON_YEARS};
use super::typed_input::{plain, MAX_NAME_CHARS};

/// More workloads than anyone places on one board; bounds the work any decoder does.
pub const MAX_WORKLOADS: usize = 1_000;
/// Overridden assumptions: far more than the assumption set has ids.
pub const MAX_OVERRIDES: usize = 2_000;
/// Assumption ids are short dotted keys ("azure.price.gpt-4.1.input").
pub const MAX_OVERRIDE_ID_CHARS: usize = 200;

/// The same bounds the inspector's fields accept (components/inspector.rs).
const VOLUME_MAX: f64 = 1e12;
const TOKENS_MAX: f64 = 2e6;
const STEPS_MAX: f64 = 10_000.0;
const HOURS_MAX: f64 = 24.0;
const DATA_GB_MAX: f64 = 1e7;
const YEARS: std::ops::RangeInclusive<i32> = 1970..=2200;

/// Why a decoded scenario cannot be opened. Messages are sentences a user can act on; they
/// never echo a whole name (it may be ten megabytes long).
#[derive(Debug, Clone, PartialEq, Error)]
pub enum ScenarioProblem {
    #[error("It has {} workloads; cloudsplit opens at most {}.", plain(*.count as f64), plain(*.max as f64))]
    TooManyWorkloads { count: usize, max: usize },
    #[error("It overrides {} assumptions; cloudsplit opens at most {}.", plain(*.count as f64), plain(*.max as f64))]
    TooManyOverrides { count: usize, max: usize },
    #[error("Its name has {} characters; names can have at most {max}.", plain(*.len as f64))]
    ScenarioNameTooLong { len: usize, max: usize },
    #[error("The name of workload {position} has {} characters; names can have at most {max}.", plain(*.len as f64))]
    WorkloadNameTooLong { position: usize, len: usize, max: usize },
    #[error("Two workloads share the id {id}.")]
    DuplicateWorkloadId { id: u32 },
    #[error("Workload {position} ({name}): {what} is {value}; it must be a number from {min} to {max}.")]
    WorkloadValue {
        position: usize,
        name: String,
        what: &'static str,
        value: String,
        min: String,
        max: String,
    },
    #[error("Workload {position} ({name}): its share on Azure is {percent}%; it can be at most 100%.")]
    BothShare {
        position: usize,
        name: String,
        percent: u8,
    },
    #[error("The {cloud} discount is {value}; it must be a percentage from 0 to 100.")]
    Discount { cloud: &'static str, value: String },
    #[error("The plan covers {years} years; it must cover {min} to {max} years.")]
    Horizon { years: u8, min: u8, max: u8 },
    #[error("The plan starts in month {month} of {year}, which is not a month cloudsplit can plan from.")]
    Start { year: i32, month: u8 },
    #[error("The overridden assumption {id} has no usable value ({value}).")]
    OverrideValue { id: String, value: String },
    #[error("An overridden assumption has an id of {len} characters; ids have at most {max}.")]
    OverrideIdTooLong { len: usize, max: usize },
}

/// The one check every decoder runs on what it decoded.
pub fn check_decoded(scenario: &Scenario) -> Result<(), ScenarioProblem> {
    // Limits on untrusted input; these stay when `validate()` arrives.
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
    // MERGE: replace with scenario.validate()
    check_values(scenario)
}

/// Stand-in for `Scenario::validate()` until it lands on this branch.
fn check_values(s: &Scenario) -> Result<(), ScenarioProblem> {
    let len = s.name.chars().count();
    if len > MAX_NAME_CHARS {
        return Err(ScenarioProblem::ScenarioNameTooLong {
            len,
            max: MAX_NAME_CHARS,
        });
    }
    if !(MIN_HORIZON_YEARS..=MAX_HORIZON_YEARS).contains(&s.horizon_years) {
        return Err(ScenarioProblem::Horizon {
            years: s.horizon_years,
            min: MIN_HORIZON_YEARS,
            max: MAX_HORIZON_YEARS,
        });
    }
    if !(1..=12).contains(&s.start.month) || !YEARS.contains(&s.start.year) {
        return Err(ScenarioProblem::Start {
            year: s.start.year,
            month: s.start.month,
        });
    }
    for (cloud, value) in [
        ("Azure", s.org.azure_discount_percent),
        ("AWS", s.org.aws_discount_percent),
    ] {
        if !(0.0..=100.0).contains(&value) {
            return Err(ScenarioProblem::Discount {
                cloud,
                value: show(value),
            });
        }
    }
    let mut ids = std::collections::BTreeSet::new();
    for (i, w) in s.workloads.iter().enumerate() {
        let position = i + 1;
        let len = w.name.chars().count();
        if len > MAX_NAME_CHARS {
            return Err(ScenarioProblem::WorkloadNameTooLong {
                position,
                len,
                max: MAX_NAME_CHARS,
            });
        }
        if !ids.insert(w.id) {
            return Err(ScenarioProblem::DuplicateWorkloadId { id: w.id.0 });
        }
        for (what, value, min, max) in [
            ("monthly volume", w.monthly_volume, 0.0, VOLUME_MAX),
            ("input tokens", w.tokens_in, 0.0, TOKENS_MAX),
            ("output tokens", w.tokens_out, 0.0, TOKENS_MAX),
            ("steps per session", w.steps_per_session, 0.0, STEPS_MAX),
            (
                "agent-hours per session",
                w.agent_hours_per_session,
                0.0,
                HOURS_MAX,
            ),
            ("data (GB)", w.data_gb, 0.0, DATA_GB_MAX),
        ] {
            if !(min..=max).contains(&value) {
                return Err(ScenarioProblem::WorkloadValue {
                    position,
                    name: quoted(&w.name),
                    what,
                    value: show(value),
                    min: plain(min),
                    max: plain(max),
                });
            }
        }
        if let super::scenario::Placement::Both { azure_percent } = w.placement {
            if azure_percent > 100 {
                return Err(ScenarioProblem::BothShare {
                    position,
                    name: quoted(&w.name),
                    percent: azure_percent,
                });
            }
        }
    }
    for (id, value) in &s.overrides {
        let len = id.chars().count();
        if len > MAX_OVERRIDE_ID_CHARS {
            return Err(ScenarioProblem::OverrideIdTooLong {
                len,
                max: MAX_OVERRIDE_ID_CHARS,
            });
        }
        if !value.is_finite() {
            return Err(ScenarioProblem::OverrideValue {
                id: quoted(id),
                value: show(*value),
            });
        }
    }
    Ok(())
}

/// A number as a person reads it; NaN and infinities spelled out.
fn show(value: f64) -> String {
    if value.is_nan() {
        "not a number".to_owned()
    } else if value.is_infinite() {
        "infinite".to_owned()
    } else if value.abs() >= 1e15 {
        format!("{value:e}")
    } else {
        plain(value)
    }
}

/// A name in quotes, cut short: the message must stay readable whatever the name is.
fn quoted(name: &str) -> String {
    const KEEP: usize = 40;
    if name.chars().count() <= KEEP {
        format!("\u{201c}{name}\u{201d}")
    } else {
        format!(
            "\u{201c}{}\u{2026}\u{201d}",
            name.chars().take(KEEP).collect::<String>()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::catalog::WorkloadKind;
    use crate::engine::scenario::{Placement, WorkloadId, YearMonth};

    fn board() -> Scenario {
        let mut s = Scenario::default();
        s.add_workload(WorkloadKind::SupportChatbot);
        s.add_workload(WorkloadKind::FrontierAgentTeam);
        s
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
    fn each_bad_value_is_named() {
        let mut s = board();
        s.workloads[1].monthly_volume = -1.0;
        let e = check_decoded(&s).unwrap_err();
        assert!(matches!(
            e,
            ScenarioProblem::WorkloadValue {
                position: 2,
                what: "monthly volume",
                ..
            }
        ));
        assert_eq!(
            e.to_string(),
            "Workload 2 (\u{201c}Frontier agent team\u{201d}): monthly volume is -1; \
             it must be a number from 0 to 1,000,000,000,000."
        );

        let mut s = board();
        s.workloads[0].tokens_in = f64::NAN;
        assert!(check_decoded(&s)
            .unwrap_err()
            .to_string()
            .contains("is not a number"));

        let mut s = board();
        s.workloads[0].data_gb = f64::INFINITY;
        assert!(check_decoded(&s).is_err());

        let mut s = board();
        s.workloads[0].placement = Placement::Both { azure_percent: 101 };
        assert!(matches!(
            check_decoded(&s),
            Err(ScenarioProblem::BothShare { .. })
        ));

        let mut s = board();
        s.workloads[1].id = WorkloadId(1);
        assert_eq!(
            check_decoded(&s),
            Err(ScenarioProblem::DuplicateWorkloadId { id: 1 })
        );

        let mut s = board();
        s.horizon_years = 0;
        assert!(matches!(check_decoded(&s), Err(ScenarioProblem::Horizon { .. })));
        s.horizon_years = 8;
        assert!(matches!(check_decoded(&s), Err(ScenarioProblem::Horizon { .. })));

        let mut s = board();
        s.start = YearMonth {
            year: 2027,
            month: 13,
        };
        assert!(matches!(check_decoded(&s), Err(ScenarioProblem::Start { .. })));

        let mut s = board();
        s.org.aws_discount_percent = 100.5;
        assert!(matches!(check_decoded(&s), Err(ScenarioProblem::Discount { .. })));

        let mut s = board();
        s.overrides.insert("azure.price.gpt-4.1.input".into(), f64::NAN);
        assert!(matches!(
            check_decoded(&s),
            Err(ScenarioProblem::OverrideValue { .. })
        ));
    }

    #[test]
    fn long_names_are_counted_in_characters_and_never_echoed() {
        let mut s = board();
        s.name = "é".repeat(MAX_NAME_CHARS);
        assert_eq!(check_decoded(&s), Ok(()));
        s.name.push('é');
        assert_eq!(
            check_decoded(&s),
            Err(ScenarioProblem::ScenarioNameTooLong {
                len: MAX_NAME_CHARS + 1,
                max: MAX_NAME_CHARS
            })
        );
        let mut s = board();
        s.workloads[0].name = "x".repeat(10_000);
        s.workloads[0].monthly_volume = -5.0;
        let message = check_decoded(&s).unwrap_err().to_string();
        assert!(message.len() < 200, "{message}");
    }

    #[test]
    fn workload_count_is_capped() {
        let mut s = Scenario::default();
        for _ in 0..=MAX_WORKLOADS {
            s.workloads.push(crate::engine::scenario::Workload::new(
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
