//! The four strategies every evaluation compares: the user's plan and three references.

use serde::Serialize;

use crate::model::cloud::Cloud;
use crate::model::scenario::{Placement, Workload};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Strategy {
    Plan,
    AllAzure,
    AllAws,
    /// Stateless to Azure, stateful to AWS (the seeds' functional split).
    SplitByRule,
}

impl Strategy {
    pub const ALL: [Strategy; 4] = [
        Strategy::Plan,
        Strategy::AllAzure,
        Strategy::AllAws,
        Strategy::SplitByRule,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Strategy::Plan => "Your plan",
            Strategy::AllAzure => "All on Azure",
            Strategy::AllAws => "All on AWS",
            Strategy::SplitByRule => "Split by rule",
        }
    }

    /// Where this strategy puts a workload; references place unplaced workloads too.
    pub fn placement(self, w: &Workload) -> Placement {
        match self {
            Strategy::Plan => w.placement,
            Strategy::AllAzure => Placement::Azure,
            Strategy::AllAws => Placement::Aws,
            Strategy::SplitByRule if w.kind.is_stateful() => Placement::Aws,
            Strategy::SplitByRule => Placement::Azure,
        }
    }
}

/// Which clouds a strategy uses at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct CloudsInUse {
    pub azure: bool,
    pub aws: bool,
}

impl CloudsInUse {
    pub fn count(self) -> usize {
        usize::from(self.azure) + usize::from(self.aws)
    }

    pub fn uses(self, c: Cloud) -> bool {
        match c {
            Cloud::Azure => self.azure,
            Cloud::Aws => self.aws,
        }
    }

    pub fn add(&mut self, c: Cloud) {
        match c {
            Cloud::Azure => self.azure = true,
            Cloud::Aws => self.aws = true,
        }
    }
}
