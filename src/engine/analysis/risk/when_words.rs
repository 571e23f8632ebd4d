//! When a factor bites, in words with the plan's calendar months: "at the move in 2027-07",
//! "while it waits for Frontier stateful agents on AWS, 2026-05 to 2026-08", "throughout".

use super::factor::{FactorKind, RiskFactor};
use super::when::RiskWhen;
use crate::model::scenario::YearMonth;

/// "2026-05 to 2026-08" for months `[from, to)`; one month alone is named once.
fn month_range(start: YearMonth, from: usize, to: usize) -> String {
    let first = start.plus_months(from as i64);
    let last = start.plus_months(to.saturating_sub(1).max(from) as i64);
    if first == last {
        format!("in {first}")
    } else {
        format!("{first} to {last}")
    }
}

/// "2026-09", "2026-09 and 2027-12", "2026-09, 2027-03 and 2027-12".
fn month_list(start: YearMonth, months: &[usize]) -> String {
    let names: Vec<String> = months
        .iter()
        .map(|&m| start.plus_months(m as i64).to_string())
        .collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => String::new(),
    }
}

/// What the workload is doing over a range of months, for this kind of factor.
fn during(kind: &FactorKind) -> String {
    match kind {
        FactorKind::NotYetAvailable {
            capability, cloud, ..
        } => {
            format!("while it waits for {} on {}", capability.label(), cloud.label())
        }
        FactorKind::ResidencyConflict { cloud, .. } => format!("until {} can serve it", cloud.label()),
        FactorKind::FeatureLag { .. } => "while it runs on AWS".to_owned(),
        FactorKind::Workaround { cloud, .. } => format!("while it runs on {}", cloud.label()),
        FactorKind::Statefulness { .. } => "while it runs on both clouds".to_owned(),
        _ => "over the months".to_owned(),
    }
}

impl RiskFactor {
    /// When it bites, in words; `start` is the plan's month 0.
    pub fn when_words(&self, start: YearMonth) -> String {
        match &self.when {
            RiskWhen::Throughout => "throughout".to_owned(),
            RiskWhen::AtMoves(months) if months.len() == 1 => {
                format!("at the move in {}", month_list(start, months))
            }
            RiskWhen::AtMoves(months) => format!("at the moves in {}", month_list(start, months)),
            RiskWhen::Over { from, to } => {
                format!("{}, {}", during(&self.kind), month_range(start, *from, *to))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::findings::Capability;
    use crate::assumptions::Cloud;
    use smallvec::smallvec;

    fn factor(kind: FactorKind, when: RiskWhen) -> RiskFactor {
        RiskFactor {
            kind,
            likelihood: 1.0,
            impact: 0.0,
            when,
        }
    }

    #[test]
    fn says_the_months_in_the_plans_calendar() {
        let start = YearMonth { year: 2026, month: 5 };
        let lag = FactorKind::FeatureLag { months: 3 };
        assert_eq!(
            factor(lag.clone(), RiskWhen::Throughout).when_words(start),
            "throughout"
        );
        assert_eq!(
            factor(lag.clone(), RiskWhen::AtMoves(smallvec![14])).when_words(start),
            "at the move in 2027-07"
        );
        assert_eq!(
            factor(lag, RiskWhen::AtMoves(smallvec![0, 4, 14])).when_words(start),
            "at the moves in 2026-05, 2026-09 and 2027-07"
        );
        let waiting = FactorKind::NotYetAvailable {
            capability: Capability::FrontierAgents,
            cloud: Cloud::Aws,
            available_from: YearMonth { year: 2026, month: 9 },
            months_waiting: 4,
        };
        assert_eq!(
            factor(waiting.clone(), RiskWhen::Over { from: 0, to: 4 }).when_words(start),
            "while it waits for Frontier stateful agents on AWS, 2026-05 to 2026-08"
        );
        assert_eq!(
            factor(waiting, RiskWhen::Over { from: 2, to: 3 }).when_words(start),
            "while it waits for Frontier stateful agents on AWS, in 2026-07"
        );
    }
}
