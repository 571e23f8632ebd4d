//! Audits: compliance audit fees per framework.

use super::RATIONALE_DATE;
use crate::engine::assumptions::spec::Spec;
use crate::engine::assumptions::Confidence::C;
use crate::engine::assumptions::{Category, Key, ValueKind};

pub(super) const SPECS: &[Spec] = &[
    Spec {
        key: Key::AuditSoc2,
        label: "SOC 2 Type 2 audit, per cloud per year",
        category: Category::Audits,
        unit: "$/year",
        default: 50_000.0,
        range: Some((25_000.0, 75_000.0)),
        bounds: (0.0, 1e8),
        source:
            "pricing-facts.md §6: SOC 2 Type 2 audit fee 25,000–75,000 (strac.io); default is the midpoint",
        date: "2026-05-26",
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::AuditHipaa,
        label: "HIPAA risk analysis, per cloud per year",
        category: Category::Audits,
        unit: "$/year",
        default: 15_000.0,
        range: Some((3_500.0, 40_000.0)),
        bounds: (0.0, 1e8),
        source: "pricing-facts.md §6: HIPAA risk analysis 3,500–4,500 flat fee to 15,000–40,000+ Big 4 \
            (northprivacyadvisors.com); default is the low Big 4 figure",
        date: "2026-05-31",
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::AuditGdpr,
        label: "GDPR assessment (DPIA, processor review), per cloud per year",
        category: Category::Audits,
        unit: "$/year",
        default: 20_000.0,
        range: Some((5_000.0, 50_000.0)),
        bounds: (0.0, 1e8),
        source:
            "Stated rationale: no source found (pricing-facts.md has no GDPR row); sized between the HIPAA \
            and SOC 2 figures",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::AuditIso27001,
        label: "ISO 27001 certification and surveillance, per cloud per year",
        category: Category::Audits,
        unit: "$/year",
        default: 30_000.0,
        range: Some((15_000.0, 60_000.0)),
        bounds: (0.0, 1e8),
        source: "pricing-facts.md §6: ISO 27001 small–mid-size org 15,000–60,000 all-in (legalclarity.org, \
            2026), treated as yearly (3-year certificate with annual surveillance audits)",
        date: "2026",
        confidence: C,
        kind: ValueKind::Number,
    },
];
