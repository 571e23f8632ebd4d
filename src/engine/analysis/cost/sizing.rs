//! What sizing provisioned throughput found for a workload, as the results carry it.

use serde::Serialize;

use crate::model::capacity::{PtuDeployment, PtuTerm};

/// What sizing found for a workload on Azure, for the inspector and the decision record.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ProvisionedSizing {
    pub units: u32,
    pub deployment: PtuDeployment,
    pub term: PtuTerm,
    /// Served tokens over the units' capacity, 0-1.
    pub utilisation: f64,
    /// The share of tokens above the capacity, billed pay-as-you-go, 0-1.
    pub spill_share: f64,
    /// Month-0 cost of the tokens pay-as-you-go, and provisioned (units plus spill).
    pub pay_as_you_go: f64,
    pub provisioned: f64,
    /// Provisioned is what is priced (always for Provisioned; when cheaper for the other).
    pub in_force: bool,
    /// Tokens a day (input and output) above which provisioned costs less, sized to the
    /// peak; None when it never does at this mix and peak.
    pub break_even_tokens_per_day: Option<f64>,
}
