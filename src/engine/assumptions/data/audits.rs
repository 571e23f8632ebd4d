//! Audits: compliance audit fees per framework.

use super::{PERCENT, RATIONALE_DATE};
use crate::assumptions::spec::Spec;
use crate::assumptions::Confidence::C;
use crate::assumptions::{Category, Key, ValueKind};

pub(super) const SPECS: &[Spec] = &[
    Spec {
        key: Key::AuditSoc2,
        label: "SOC 2 Type 2 audit, per year",
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
        label: "HIPAA risk analysis, per year (organisation-wide)",
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
        label: "GDPR assessment (DPIA, processor review), per year (organisation-wide)",
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
        label: "ISO 27001 certification audit (every 3 years)",
        category: Category::Audits,
        unit: "$ per certification",
        default: 30_000.0,
        range: Some((15_000.0, 60_000.0)),
        bounds: (0.0, 1e8),
        source: "pricing-facts.md §6: ISO 27001 small–mid-size org 15,000–60,000 all-in (legalclarity.org, \
            2026), taken as the certification; surveillance audits in years 2 and 3 cost \
            audit.iso27001.surveillance-share of it, averaged over the 3-year cycle",
        date: "2026",
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::AuditIsoSurveillance,
        label: "ISO 27001 surveillance audit, as a share of certification",
        category: Category::Audits,
        unit: "% of the certification fee",
        default: 35.0,
        range: Some((25.0, 50.0)),
        bounds: PERCENT,
        source: "Stated rationale: the certificate is valid 3 years with annual surveillance audits (pricing-facts.md §6, legalclarity.org); surveillance audits are shorter than the stage 1 + 2 certification",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
    Spec {
        key: Key::AuditScopeExtension,
        label: "Audit scope extension for a second cloud",
        category: Category::Audits,
        unit: "% of the audit fee",
        default: 20.0,
        range: Some((10.0, 30.0)),
        bounds: PERCENT,
        source: "Stated rationale: SOC 2 and ISO 27001 cover the organisation's scope; adding a cloud adds systems and controls to test, commonly 10-30% of the fee (model review); GDPR and HIPAA work is organisation-wide and is not repeated per cloud",
        date: RATIONALE_DATE,
        confidence: C,
        kind: ValueKind::Number,
    },
];
