//! The decision record's contents: plain figures and sentences, laid out by the app and by
//! [`DecisionRecord::to_markdown`].

use crate::model::currency::Currency;
use crate::model::scenario::YearMonth;
use crate::Strategy;

#[derive(Debug, Clone, PartialEq)]
pub struct DecisionRecord {
    pub title: String,
    /// The day the record was made, `YYYY-MM-DD`.
    pub date: String,
    pub start: YearMonth,
    pub years: usize,
    pub placements: Vec<PlacementRow>,
    /// The plan first, then the three references.
    pub headline: Vec<HeadlineRow>,
    /// The plan against the cheapest reference, in a sentence.
    pub versus_best: Option<String>,
    /// Present value and payback against staying as today, in words (with a plan placed).
    pub money_over_time: Option<String>,
    pub advice: Option<AdviceRecord>,
    pub tco_by_year: Vec<YearRow>,
    pub cost_by_component: Vec<ComponentRow>,
    /// Hours a month per dimension, then the total; columns as `headline`.
    pub governance: Vec<GovernanceRow>,
    pub risks: Vec<RiskRow>,
    /// Assumptions that differ from the shipped defaults.
    pub assumptions: Vec<AssumptionRow>,
    /// The price book's source label, when one is in force.
    pub price_book: Option<String>,
    /// The weakly sourced assumptions the plan's standing rests on: a sentence, then one per
    /// assumption. Empty until [`DecisionRecord::with_reliance`] adds them.
    pub rests_on: Option<(String, Vec<String>)>,
    /// The currency the amounts are shown in.
    pub currency: Currency,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PlacementRow {
    pub name: String,
    pub kind: &'static str,
    pub family: &'static str,
    pub cloud: &'static str,
    /// For Both: "80% Azure / 20% AWS".
    pub share: Option<String>,
    /// The workload's cost in the plan over the horizon (0 while unplaced).
    pub horizon_cost: f64,
    /// Its moves over the plan and how it buys capacity, when either is more than staying put
    /// and paying as it goes ("Azure -> AWS in 2027-07, 2 months both; 40 PTU ...").
    pub over_time: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct HeadlineRow {
    pub strategy: &'static str,
    pub tco: f64,
    /// The horizon discounted to the plan's start at the discount rate.
    pub present_value: f64,
    pub run_rate: f64,
    pub governance_hours: f64,
    pub risk: &'static str,
    pub cheapest_reference: bool,
    pub advised: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AdviceRecord {
    pub verdict: &'static str,
    /// The advice's summary after the verdict: " (score 77 of 100): …".
    pub summary: String,
    pub reasons: Vec<String>,
    pub red_flags: Vec<(&'static str, String)>,
    pub against_advice: Option<String>,
    /// What would make the runner-up win, smallest change first; one sentence when nothing
    /// single does.
    pub flips: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct YearRow {
    /// "Year 1 (to 2027-12)".
    pub label: String,
    /// Cumulative cost at the year's end, per strategy in `headline` order.
    pub cumulative: [f64; 4],
}

#[derive(Debug, Clone, PartialEq)]
pub struct ComponentRow {
    pub component: &'static str,
    pub by_cloud: [f64; 3],
    pub total: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct GovernanceRow {
    pub dimension: &'static str,
    pub hours: [f64; 4],
}

#[derive(Debug, Clone, PartialEq)]
pub struct RiskRow {
    pub title: String,
    pub level: &'static str,
    pub likelihood: u8,
    pub impact: u8,
    pub driver: String,
    /// When the driver bites, in the plan's months ("at the move in 2027-07", "throughout").
    pub when: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AssumptionRow {
    pub label: String,
    pub id: String,
    /// The value in force, with its unit.
    pub value: String,
    pub default: String,
    /// Where the default comes from, and its date.
    pub default_source: String,
    /// "This scenario", or the price book's label.
    pub set_by: String,
}

impl DecisionRecord {
    /// The column titles of `headline`, `tco_by_year` and `governance`.
    pub fn strategy_labels() -> [&'static str; 4] {
        Strategy::ALL.map(Strategy::label)
    }

    /// A download name: `<scenario> decision record 2026-10-07.md`, safe on every file system.
    pub fn file_name(&self) -> String {
        let stem = crate::io::scenario_file::safe_file_stem(&self.title, "cloudsplit");
        let date: String = self
            .date
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '-')
            .collect();
        format!("{stem} decision record {date}.md")
    }
}
