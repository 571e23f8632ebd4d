//! How a workload buys its inference capacity: pay-as-you-go tokens, provisioned throughput
//! units (Azure PTU, reserved by the hour, month or year), or whichever is cheaper.
//!
//! Only Azure sells provisioned throughput for OpenAI models with public prices; Bedrock's
//! provisioned throughput has no public price or throughput for them (pricing-facts.md and
//! the PTU research notes), so on AWS a provisioned workload is priced pay-as-you-go.

use serde::{Deserialize, Serialize};
use thiserror::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Capacity {
    #[default]
    PayAsYouGo,
    Provisioned,
    /// Provisioned when it costs less than pay-as-you-go in the plan's first month.
    CheaperOfTheTwo,
}

impl Capacity {
    pub const ALL: [Capacity; 3] = [
        Capacity::PayAsYouGo,
        Capacity::Provisioned,
        Capacity::CheaperOfTheTwo,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Capacity::PayAsYouGo => "Pay-as-you-go",
            Capacity::Provisioned => "Provisioned throughput (PTU)",
            Capacity::CheaperOfTheTwo => "Cheaper of the two",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Capacity::PayAsYouGo => "payg",
            Capacity::Provisioned => "provisioned",
            Capacity::CheaperOfTheTwo => "cheaper",
        }
    }

    pub fn from_key(key: &str) -> Option<Capacity> {
        Capacity::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Where Azure serves provisioned units from (its price and minimum differ).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PtuDeployment {
    Global,
    DataZone,
    Regional,
}

impl PtuDeployment {
    pub const ALL: [PtuDeployment; 3] = [
        PtuDeployment::Global,
        PtuDeployment::DataZone,
        PtuDeployment::Regional,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PtuDeployment::Global => "Global",
            PtuDeployment::DataZone => "Data Zone",
            PtuDeployment::Regional => "Regional",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            PtuDeployment::Global => "global",
            PtuDeployment::DataZone => "data-zone",
            PtuDeployment::Regional => "regional",
        }
    }

    pub fn from_key(key: &str) -> Option<PtuDeployment> {
        PtuDeployment::ALL.into_iter().find(|d| d.key() == key)
    }

    /// A workload kept in the EU or the US (`constrained`) is served from a data zone; else
    /// globally.
    pub fn for_residency(constrained: bool) -> PtuDeployment {
        if constrained {
            PtuDeployment::DataZone
        } else {
            PtuDeployment::Global
        }
    }
}

/// How long the units are reserved for: by the hour (no reservation), a month or a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
pub enum PtuTerm {
    Hourly,
    #[default]
    Monthly,
    Yearly,
}

impl PtuTerm {
    pub const ALL: [PtuTerm; 3] = [PtuTerm::Hourly, PtuTerm::Monthly, PtuTerm::Yearly];

    pub fn label(self) -> &'static str {
        match self {
            PtuTerm::Hourly => "Hourly (no reservation)",
            PtuTerm::Monthly => "1-month reservation",
            PtuTerm::Yearly => "1-year reservation",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            PtuTerm::Hourly => "hourly",
            PtuTerm::Monthly => "month",
            PtuTerm::Yearly => "year",
        }
    }

    pub fn from_key(key: &str) -> Option<PtuTerm> {
        PtuTerm::ALL.into_iter().find(|t| t.key() == key)
    }
}

/// The most units a workload may reserve, and the widest peak-to-average ratio: far beyond
/// any real deployment, small enough that no sum overflows.
pub const MAX_PTU_UNITS: u32 = 100_000;
pub const MAX_PEAK_TO_AVERAGE: f64 = 50.0;

/// A workload's capacity choice. The defaults are today's behaviour: pay-as-you-go.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Provisioning {
    #[serde(default)]
    pub capacity: Capacity,
    /// None = from the workload's residency (data zone when kept in the EU or the US).
    #[serde(default)]
    pub deployment: Option<PtuDeployment>,
    #[serde(default)]
    pub term: PtuTerm,
    /// None = sized to the peak (rounded up to the model's increment, at least its minimum).
    #[serde(default)]
    pub units: Option<u32>,
    /// Peak traffic over the average; None = `azure.ptu.peak-to-average`.
    #[serde(default, serialize_with = "crate::model::optional_number::serialize")]
    pub peak_to_average: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum ProvisioningError {
    #[error("{model} needs at least {min} PTU on a {deployment} deployment (you entered {units}).")]
    BelowMinimum {
        model: &'static str,
        deployment: &'static str,
        min: u32,
        units: u32,
    },
    #[error("{model} is reserved in steps of {increment} PTU on a {deployment} deployment: {units} is not one (try {suggested}).")]
    NotAStep {
        model: &'static str,
        deployment: &'static str,
        increment: u32,
        units: u32,
        suggested: u32,
    },
    #[error("Azure does not offer provisioned throughput for {0}.")]
    NotOffered(&'static str),
}

impl Provisioning {
    pub fn is_pay_as_you_go(&self) -> bool {
        self.capacity == Capacity::PayAsYouGo
    }

    /// The deployment in force for a workload whose residency is `constrained` or not.
    pub fn deployment_for(&self, constrained: bool) -> PtuDeployment {
        self.deployment
            .unwrap_or(PtuDeployment::for_residency(constrained))
    }
}

/// Why a workload set to provisioned throughput is priced pay-as-you-go on a cloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum NotProvisioned {
    /// Bedrock publishes no provisioned price or throughput for OpenAI models.
    NoPublicPriceOnAws,
    /// Azure does not offer the model provisioned.
    ModelNotOffered,
}
