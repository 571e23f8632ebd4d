//! Azure provisioned throughput (PTU) prices per unit and the traffic shape it is sized for.
//! Microsoft's own pages point to the pricing calculator without a figure; the prices below
//! are the Azure Retail Prices API as queried and published by others (PTU research notes,
//! docs/ptu-sources.md §1: RP-API1/2 2026-09-23, RP-API3 2026-07-27, infracost's
//! pricing-API test outputs, Redress Compliance June 2026), grade B.

use super::RATIONALE_DATE;
use crate::assumptions::spec::Spec;
use crate::assumptions::Confidence::{B, C};
use crate::assumptions::{Category, Key, ValueKind};

const RETAIL_API: &str = "2026-09-23";
const HOURLY_BOUNDS: (f64, f64) = (0.0, 100.0);
const MONTH_BOUNDS: (f64, f64) = (0.0, 10_000.0);
const YEAR_BOUNDS: (f64, f64) = (0.0, 100_000.0);

const fn price(
    key: Key,
    label: &'static str,
    unit: &'static str,
    default: f64,
    range: Option<(f64, f64)>,
    bounds: (f64, f64),
    source: &'static str,
) -> Spec {
    Spec {
        key,
        label,
        category: Category::PricingRules,
        unit,
        default,
        range,
        bounds,
        source,
        date: RETAIL_API,
        confidence: B,
        kind: ValueKind::Number,
    }
}

pub(super) const SPECS: &[Spec] = &[
    price(
        Key::PtuGlobalHourly,
        "Azure PTU, Global, hourly",
        "$ per PTU-hour",
        1.0,
        None,
        HOURLY_BOUNDS,
        "Azure Retail Prices API as published by RP-API1/2 (2026-09-23), RP-API3 (swedencentral, 2026-07-27), \
         infracost's pricing-API outputs and Redress Compliance (June 2026): $1 per PTU per hour; four sources agree",
    ),
    price(
        Key::PtuDataZoneHourly,
        "Azure PTU, Data Zone, hourly",
        "$ per PTU-hour",
        1.1,
        None,
        HOURLY_BOUNDS,
        "Azure Retail Prices API as published by RP-API1/2 (2026-09-23) and infracost's pricing-API outputs \
         (gpt-4o data zone: 1,460 hours $1,606): $1.10 per PTU per hour",
    ),
    price(
        Key::PtuRegionalHourly,
        "Azure PTU, Regional, hourly",
        "$ per PTU-hour",
        2.0,
        None,
        HOURLY_BOUNDS,
        "Azure Retail Prices API as published by RP-API1/2 (2026-09-23) and infracost's pricing-API outputs \
         (gpt-4o regional: 1,460 hours $2,920): $2 per PTU per hour",
    ),
    price(
        Key::PtuGlobalMonth,
        "Azure PTU, Global, 1-month reservation",
        "$ per PTU a month",
        260.0,
        None,
        MONTH_BOUNDS,
        "Azure Retail Prices API as published by RP-API1/2 (2026-09-23) and RP-API3 (2026-07-27): $260 per PTU a month",
    ),
    price(
        Key::PtuDataZoneMonth,
        "Azure PTU, Data Zone, 1-month reservation",
        "$ per PTU a month",
        286.0,
        Some((260.0, 286.0)),
        MONTH_BOUNDS,
        "RP-API2 (Azure Retail Prices API, 2026-09-23): $286; one source only, and Microsoft's December 2024 note \
         says reservation prices did not change with the Global/Data Zone hourly cut ($260 for every type): range 260-286",
    ),
    price(
        Key::PtuRegionalMonth,
        "Azure PTU, Regional, 1-month reservation",
        "$ per PTU a month",
        286.0,
        Some((260.0, 286.0)),
        MONTH_BOUNDS,
        "RP-API2 (Azure Retail Prices API, 2026-09-23): $286; one source only, older sources say $260 for every \
         deployment type: range 260-286",
    ),
    price(
        Key::PtuGlobalYear,
        "Azure PTU, Global, 1-year reservation",
        "$ per PTU a year",
        2_652.0,
        None,
        YEAR_BOUNDS,
        "Azure Retail Prices API as published by RP-API1/2 (2026-09-23), RP-API3 (2026-07-27) and Redress \
         Compliance (June 2026: $221 per PTU a month, about 70% off hourly): $2,652 per PTU a year",
    ),
    price(
        Key::PtuDataZoneYear,
        "Azure PTU, Data Zone, 1-year reservation",
        "$ per PTU a year",
        2_916.0,
        Some((2_652.0, 2_916.0)),
        YEAR_BOUNDS,
        "RP-API2 (Azure Retail Prices API, 2026-09-23): $2,916; one source only (see the 1-month row): range 2,652-2,916",
    ),
    price(
        Key::PtuRegionalYear,
        "Azure PTU, Regional, 1-year reservation",
        "$ per PTU a year",
        2_916.0,
        Some((2_652.0, 2_916.0)),
        YEAR_BOUNDS,
        "RP-API2 (Azure Retail Prices API, 2026-09-23): $2,916; one source only: range 2,652-2,916",
    ),
    Spec {
        key: Key::PtuPeakToAverage,
        label: "Peak traffic over average, for sizing provisioned throughput",
        category: Category::PricingRules,
        unit: "x average",
        default: 2.0,
        range: Some((1.5, 4.0)),
        bounds: (1.0, 50.0),
        source: "Stated rationale: office-hours traffic runs at about twice its 24-hour average (a 12-hour \
                 business day carries most calls); batch or global traffic is flatter (1.5), spiky consumer \
                 traffic higher (4). Set it per workload where the traffic is known",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
];
