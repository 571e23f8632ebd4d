//! People: the cost of the engineers who run a second cloud.

use super::RATIONALE_DATE;
use crate::engine::assumptions::spec::Spec;
use crate::engine::assumptions::Confidence::{B, C};
use crate::engine::assumptions::{Category, Key, ValueKind};

pub(super) const SPECS: &[Spec] = &[
    Spec {
        key: Key::ArchitectCost,
        label: "Fully loaded cloud architect / security engineer",
        category: Category::People,
        unit: "$/year",
        default: 186_000.0,
        range: Some((146_000.0, 282_500.0)),
        bounds: (0.0, 5e6),
        source:
            "DERIVED, pricing-facts.md §6: BLS median 130,390 x 1.43 (1/0.701 ECEC benefit share); range p25 \
            102,120 x 1.43 to p90 ≈282,500",
        date: "May 2024 wages",
        confidence: B,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::MultiCloudFte,
        label: "Extra headcount when two clouds are in use",
        category: Category::People,
        unit: "FTE",
        default: 1.0,
        range: Some((0.5, 2.0)),
        bounds: (0.0, 1000.0),
        source: "Stated rationale: seed 000 lists 'additional headcount for multi-cloud expertise (cloud \
            architects, security engineers)' without a number; one person to own the second platform's \
            identity, network and security posture",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::WorkingHours,
        label: "Working hours per person per year",
        category: Category::People,
        unit: "hours/year",
        default: 1800.0,
        range: Some((1700.0, 2080.0)),
        bounds: (1.0, 4000.0),
        source: "Stated rationale: 2,080 paid hours less holidays and leave; turns the yearly cost into an \
            hourly rate",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
];
