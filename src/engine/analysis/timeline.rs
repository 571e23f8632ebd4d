//! The dated events that shape a plan: fixed facts from the seed articles, the
//! availability dates the user can edit as assumptions, and (see `charts::timeline`) the
//! plan's own moves.

use serde::Serialize;

use crate::assumptions::{Key, Resolved};
use crate::model::scenario::YearMonth;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Track {
    /// The contracts between Microsoft, OpenAI and Amazon.
    Contracts,
    /// When a capability reaches AWS.
    AwsAvailability,
    /// Hardware and capacity.
    Capacity,
    /// Where the plan moves its workloads (after the dates above in a month, as a move waits
    /// for what it needs).
    Moves,
}

impl Track {
    pub const ALL: [Track; 4] = [
        Track::Contracts,
        Track::AwsAvailability,
        Track::Capacity,
        Track::Moves,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Track::Contracts => "Contracts",
            Track::AwsAvailability => "On AWS",
            Track::Capacity => "Capacity",
            Track::Moves => "Your moves",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub date: YearMonth,
    pub track: Track,
    pub label: String,
    pub source: &'static str,
    /// Set when the date is an assumption the user can override.
    pub assumption: Option<&'static str>,
}

const fn ym(year: i32, month: u8) -> YearMonth {
    YearMonth { year, month }
}

/// Every event, in date order. `plan_start` places the Azure-first window: a model that
/// ships on Azure at the plan's start reaches AWS that many months later.
pub fn events(resolved: &Resolved, plan_start: YearMonth) -> Vec<Event> {
    let fixed = |date, track, label: &str, source| Event {
        date,
        track,
        label: label.to_owned(),
        source,
        assumption: None,
    };
    let mut out = vec![
        fixed(
            ym(2026, 2),
            Track::Contracts,
            "Amazon invests; AWS distributes Frontier",
            "seed 000, 002 (2026-02-27)",
        ),
        fixed(
            ym(2026, 3),
            Track::AwsAvailability,
            "AWS sells OpenAI to US government",
            "seed 002",
        ),
        fixed(
            ym(2026, 4),
            Track::Contracts,
            "Microsoft licence becomes non-exclusive",
            "seed 000, 001, 003 (2026-04-27)",
        ),
        fixed(
            ym(2026, 9),
            Track::AwsAvailability,
            "Bedrock Agent Builder integration",
            "seed 004 (September 2026)",
        ),
        fixed(
            ym(2027, 1),
            Track::Capacity,
            "Trainium4 expected (during 2027)",
            "seed 000, 002",
        ),
        fixed(
            ym(2028, 12),
            Track::Contracts,
            "Amazon's $35B contingent tranche deadline",
            "seed 002 (by 2028-12-31)",
        ),
        fixed(
            ym(2030, 12),
            Track::Contracts,
            "Revenue share to Microsoft ends (capped)",
            "seed 000, 001 (until 2030)",
        ),
        fixed(
            ym(2032, 12),
            Track::Contracts,
            "Microsoft's licence to OpenAI IP ends",
            "seed 001 (runs to 2032)",
        ),
    ];
    let editable = [
        (Key::AwsGptFamilyFrom, "OpenAI GPT family on Bedrock"),
        (Key::AwsFineTuningFrom, "Fine-tuning and custom endpoints on AWS"),
        (Key::AwsSovereignFrom, "Sovereign / regulated deployments on AWS"),
    ];
    for (key, label) in editable {
        if let Some(date) = resolved.year_month(key) {
            out.push(Event {
                date,
                track: Track::AwsAvailability,
                label: label.to_owned(),
                source: "assumption (seed 004 roll-out dates)",
                assumption: Some(crate::assumptions::Assumptions::id(key)),
            });
        }
    }
    let window = resolved.get(Key::AzureFirstWindow).max(0.0).round() as i64;
    if window > 0 {
        out.push(Event {
            date: plan_start.plus_months(window),
            track: Track::AwsAvailability,
            label: format!("A model new at plan start reaches AWS ({window}-month Azure-first window)"),
            source: "assumption (seed 001: \"first on Azure\", length undefined)",
            assumption: Some(crate::assumptions::Assumptions::id(Key::AzureFirstWindow)),
        });
    }
    out.sort_by(|a, b| a.date.cmp(&b.date).then(a.track.cmp(&b.track)));
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::assumptions::Assumptions;

    #[test]
    fn events_are_sorted_and_include_the_editable_dates() {
        let resolved = Assumptions::defaults();
        let list = events(&resolved, ym(2027, 1));
        assert!(list.windows(2).all(|w| w[0].date <= w[1].date));
        assert!(list.iter().any(|e| e.label == "OpenAI GPT family on Bedrock"));
        assert!(list.iter().any(|e| e.label.contains("licence to OpenAI IP ends")));
    }

    #[test]
    fn an_override_moves_its_event() {
        let mut overrides = BTreeMap::new();
        overrides.insert(Assumptions::id(Key::AwsFineTuningFrom).to_owned(), 202806.0);
        let resolved = Assumptions::resolve(&overrides).expect("valid override");
        let list = events(&resolved, ym(2027, 1));
        let ft = list
            .iter()
            .find(|e| e.label.starts_with("Fine-tuning"))
            .expect("event present");
        assert_eq!(ft.date, ym(2028, 6));
        assert!(ft.assumption.is_some());
    }

    #[test]
    fn the_azure_first_window_counts_from_the_plan_start() {
        let mut overrides = BTreeMap::new();
        overrides.insert(Assumptions::id(Key::AzureFirstWindow).to_owned(), 6.0);
        let resolved = Assumptions::resolve(&overrides).expect("valid override");
        let list = events(&resolved, ym(2027, 3));
        assert!(list
            .iter()
            .any(|e| e.date == ym(2027, 9) && e.label.contains("6-month")));
    }
}
