use serde::Serialize;

use crate::model::strategy::Strategy;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum Direction {
    AzureFirst,
    AwsFirst,
    MultiCloud,
}

impl Direction {
    pub const ALL: [Direction; 3] = [Direction::AzureFirst, Direction::AwsFirst, Direction::MultiCloud];

    /// Its place in `ALL` (declared in that order).
    pub(super) fn index(self) -> usize {
        self as usize
    }

    pub fn label(self) -> &'static str {
        match self {
            Direction::AzureFirst => "Azure-first",
            Direction::AwsFirst => "AWS-first",
            Direction::MultiCloud => "Multi-cloud",
        }
    }

    /// The reference strategy the option is compared with.
    pub fn reference(self) -> Strategy {
        match self {
            Direction::AzureFirst => Strategy::AllAzure,
            Direction::AwsFirst => Strategy::AllAws,
            Direction::MultiCloud => Strategy::SplitByRule,
        }
    }
}
