//! The six governance dimensions and the assumptions that weigh each one.

use serde::Serialize;

use crate::assumptions::{Assumptions, Key};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Dimension {
    IdentityAccess,
    DataResidency,
    Compliance,
    CostTracking,
    Observability,
    VendorManagement,
}

impl Dimension {
    pub const ALL: [Dimension; 6] = [
        Dimension::IdentityAccess,
        Dimension::DataResidency,
        Dimension::Compliance,
        Dimension::CostTracking,
        Dimension::Observability,
        Dimension::VendorManagement,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Dimension::IdentityAccess => "Identity & access",
            Dimension::DataResidency => "Data residency",
            Dimension::Compliance => "Compliance",
            Dimension::CostTracking => "Cost tracking",
            Dimension::Observability => "Observability",
            Dimension::VendorManagement => "Vendor management",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub(super) fn keys(self) -> DimensionKeys {
        let k = |setup, hours, cross_setup, cross_hours| DimensionKeys {
            setup,
            hours,
            cross_setup,
            cross_hours,
        };
        match self {
            Dimension::IdentityAccess => k(
                Key::GovIdentitySetup,
                Key::GovIdentityHours,
                Key::GovIdentityCrossSetup,
                Key::GovIdentityCrossHours,
            ),
            Dimension::DataResidency => k(
                Key::GovResidencySetup,
                Key::GovResidencyHours,
                Key::GovResidencyCrossSetup,
                Key::GovResidencyCrossHours,
            ),
            Dimension::Compliance => k(
                Key::GovComplianceSetup,
                Key::GovComplianceHours,
                Key::GovComplianceCrossSetup,
                Key::GovComplianceCrossHours,
            ),
            Dimension::CostTracking => k(
                Key::GovCostSetup,
                Key::GovCostHours,
                Key::GovCostCrossSetup,
                Key::GovCostCrossHours,
            ),
            Dimension::Observability => k(
                Key::GovObservabilitySetup,
                Key::GovObservabilityHours,
                Key::GovObservabilityCrossSetup,
                Key::GovObservabilityCrossHours,
            ),
            Dimension::VendorManagement => k(
                Key::GovVendorSetup,
                Key::GovVendorHours,
                Key::GovVendorCrossSetup,
                Key::GovVendorCrossHours,
            ),
        }
    }

    /// Keys of the dimension's per-item weights.
    fn item_keys(self) -> &'static [Key] {
        match self {
            Dimension::IdentityAccess => &[Key::GovIdentityPerWorkload],
            Dimension::DataResidency => &[Key::GovResidencyPerRegulated, Key::GovResidencySetupPerRegion],
            Dimension::Compliance => &[
                Key::GovCompliancePerFramework,
                Key::GovComplianceSetupPerFramework,
                Key::GovAuditPrepHours,
                Key::GovAuditsPerFramework,
            ],
            Dimension::CostTracking => &[Key::GovCostPerWorkload],
            Dimension::Observability => &[Key::GovObservabilityPerWorkload],
            Dimension::VendorManagement => &[],
        }
    }

    /// The assumptions that set this dimension's burden (for "where does this come from").
    pub fn assumptions(self) -> Vec<&'static str> {
        let k = self.keys();
        [k.setup, k.hours, k.cross_setup, k.cross_hours]
            .iter()
            .chain(self.item_keys())
            .chain(&[
                Key::GovPolicyUnifySetup,
                Key::GovPolicyDriftHours,
                Key::GovCentralisedDriftShare,
                Key::GovCentralisedSecondCloudShare,
                Key::GovIndexReferenceHours,
                Key::GovSetupAmortisation,
            ])
            .map(|&key| Assumptions::id(key))
            .collect()
    }
}

/// The assumption keys of one dimension's per-cloud and cross-cloud work.
pub(super) struct DimensionKeys {
    pub setup: Key,
    pub hours: Key,
    pub cross_setup: Key,
    pub cross_hours: Key,
}
