//! What every strategy's pass reads, computed once per evaluation.

use super::frame::{Frame, Rates};
use crate::analysis::availability;
use crate::assumptions::{Key, Resolved};
use crate::model::cloud::Cloud;
use crate::model::scenario::{OrgProfile, Scenario, YearMonth};

/// Everything a strategy's pass reads, computed once per evaluation.
pub(crate) struct Ctx<'a> {
    pub r: &'a Resolved,
    pub frame: Frame,
    pub start: YearMonth,
    pub org: &'a OrgProfile,
    discount_percent: [f64; 2],
    discount_mult: [f64; 2],
    pub frontier_workaround: bool,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(scenario: &'a Scenario, r: &'a Resolved) -> Ctx<'a> {
        let frame = Frame::new(
            scenario.horizon_months(),
            Rates {
                growth_per_month: r.get(Key::VolumeGrowth),
                price_decline_per_year: r.get(Key::TokenPriceDecline),
                salary_growth_per_year: r.get(Key::SalaryGrowth),
            },
        );
        let discount_percent = [
            scenario.org.azure_discount_percent,
            scenario.org.aws_discount_percent,
        ];
        Ctx {
            r,
            frame,
            start: scenario.start,
            org: &scenario.org,
            discount_percent,
            discount_mult: discount_percent.map(|p| 1.0 - p / 100.0),
            frontier_workaround: availability::azure_needs_frontier_workaround(r, scenario.start),
        }
    }

    /// The organisation's commitment discount on `cloud`'s bills, percent.
    pub(crate) fn discount_percent(&self, cloud: Cloud) -> f64 {
        self.discount_percent[cloud.index()]
    }

    /// What is left of a bill on `cloud` after the commitment discount.
    pub(crate) fn discount_mult(&self, cloud: Cloud) -> f64 {
        self.discount_mult[cloud.index()]
    }
}
