//! Growth and price trends: how volumes and token prices change over the horizon, and what
//! money later is worth today.

use super::RATIONALE_DATE;
use crate::assumptions::spec::Spec;
use crate::assumptions::Confidence::C;
use crate::assumptions::{Category, Key, ValueKind};

pub(super) const SPECS: &[Spec] = &[
    Spec {
        key: Key::VolumeGrowth,
        label: "Volume growth",
        category: Category::GrowthAndDiscounts,
        unit: "% per month",
        default: 2.0,
        range: Some((0.0, 5.0)),
        bounds: (-20.0, 50.0),
        source:
            "Stated rationale: AI usage in an enterprise rollout grows; 2%/month ≈ 27%/year; seed 000 asks \
            to model growth without a figure",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::TokenPriceDecline,
        label: "Token price decline",
        category: Category::GrowthAndDiscounts,
        unit: "% per year",
        default: 20.0,
        range: Some((0.0, 40.0)),
        bounds: (0.0, 90.0),
        source:
            "DERIVED from pricing-facts.md §1: gpt-4o 2.50 → gpt-4.1 2.00 $/1M input on Azure, one model \
            generation apart (-20%)",
        date: "2026-07-24",
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::DiscountRate,
        label: "Discount rate (for present value)",
        category: Category::GrowthAndDiscounts,
        unit: "% a year",
        default: 8.0,
        range: Some((5.0, 12.0)),
        bounds: (0.0, 50.0),
        source: "Stated rationale: a typical large company's cost of capital (WACC) is about 6-10% a year; \
            8% is the middle. Use your finance team's hurdle rate; 0% gives the nominal total",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
];
