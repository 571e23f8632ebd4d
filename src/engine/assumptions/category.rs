//! Grouping of assumptions for the assumptions panel.

use serde::{Deserialize, Serialize};

/// Grouping for the assumptions panel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    ModelPrices,
    PricingRules,
    Egress,
    Storage,
    AgentRuntime,
    Tooling,
    People,
    Audits,
    Migration,
    GrowthAndDiscounts,
    AvailabilityDates,
    /// Hours of governance work per dimension, and how the governance model changes them.
    Governance,
    /// Points and thresholds that turn risk factors into likelihood, impact and levels.
    Risk,
    /// Weights of the decision framework's criteria.
    Advice,
}

impl Category {
    pub const ALL: [Category; 14] = [
        Category::ModelPrices,
        Category::PricingRules,
        Category::Egress,
        Category::Storage,
        Category::AgentRuntime,
        Category::Tooling,
        Category::People,
        Category::Audits,
        Category::Migration,
        Category::GrowthAndDiscounts,
        Category::AvailabilityDates,
        Category::Governance,
        Category::Risk,
        Category::Advice,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Category::ModelPrices => "Model prices",
            Category::PricingRules => "Pricing rules",
            Category::Egress => "Egress",
            Category::Storage => "Storage",
            Category::AgentRuntime => "Agent runtime",
            Category::Tooling => "Tooling",
            Category::People => "People",
            Category::Audits => "Audits",
            Category::Migration => "Migration",
            Category::GrowthAndDiscounts => "Growth & discounts",
            Category::AvailabilityDates => "Availability dates",
            Category::Governance => "Governance",
            Category::Risk => "Risk",
            Category::Advice => "Advice",
        }
    }

    /// Whether the cost bands sample assumptions of this category. Risk points and advice
    /// weights shape other answers. Governance hours become a cost line (governance work) at
    /// their values in force; they are not sampled because the hours of a strategy come from
    /// its footprint, not from a formula the sampler re-prices, and their spread already shows
    /// in the governance index.
    pub fn is_sampled(self) -> bool {
        !matches!(self, Category::Governance | Category::Risk | Category::Advice)
    }
}
