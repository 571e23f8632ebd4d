//! Where a workload is placed on the board: one of the four places, and on Both the share
//! of its traffic on Azure.

use serde::{Deserialize, Serialize};

use crate::model::cloud::Cloud;

/// Where a workload is placed on the board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Placement {
    Unplaced,
    Azure,
    Aws,
    /// On both clouds; `azure_percent` of the traffic runs on Azure, the rest on AWS
    /// (50 = active-active, 100 or 0 = primary plus warm standby on the other cloud).
    Both {
        azure_percent: u8,
    },
}

/// The four places on the board, without the share that `Both` carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Zone {
    Unplaced,
    Azure,
    Aws,
    Both,
}

pub const DEFAULT_BOTH_AZURE_PERCENT: u8 = 50;

impl Zone {
    pub const ALL: [Zone; 4] = [Zone::Unplaced, Zone::Azure, Zone::Aws, Zone::Both];

    /// The accessible name of the zone on the board.
    pub fn label(self) -> &'static str {
        match self {
            Zone::Unplaced => "Not placed",
            Zone::Azure => "Azure",
            Zone::Aws => "AWS",
            Zone::Both => "Both",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Zone::Unplaced => "unplaced",
            Zone::Azure => "azure",
            Zone::Aws => "aws",
            Zone::Both => "both",
        }
    }

    pub fn from_key(key: &str) -> Option<Zone> {
        Zone::ALL.into_iter().find(|z| z.key() == key)
    }
}

impl Placement {
    pub fn zone(self) -> Zone {
        match self {
            Placement::Unplaced => Zone::Unplaced,
            Placement::Azure => Zone::Azure,
            Placement::Aws => Zone::Aws,
            Placement::Both { .. } => Zone::Both,
        }
    }

    /// Fraction of the workload's traffic that runs on (Azure, AWS).
    pub fn shares(self) -> (f64, f64) {
        match self {
            Placement::Unplaced => (0.0, 0.0),
            Placement::Azure => (1.0, 0.0),
            Placement::Aws => (0.0, 1.0),
            Placement::Both { azure_percent } => {
                let a = f64::from(azure_percent.min(100)) / 100.0;
                (a, 1.0 - a)
            }
        }
    }

    pub fn uses_azure(self) -> bool {
        matches!(self, Placement::Azure | Placement::Both { .. })
    }

    pub fn uses_aws(self) -> bool {
        matches!(self, Placement::Aws | Placement::Both { .. })
    }

    pub fn uses(self, cloud: Cloud) -> bool {
        match cloud {
            Cloud::Azure => self.uses_azure(),
            Cloud::Aws => self.uses_aws(),
        }
    }

    /// The clouds this placement runs on, Azure first.
    pub fn clouds(self) -> impl Iterator<Item = Cloud> {
        self.cloud_list().iter().copied()
    }

    /// The clouds this placement runs on, Azure first, as a list.
    pub fn cloud_list(self) -> &'static [Cloud] {
        match self {
            Placement::Unplaced => &[],
            Placement::Azure => &[Cloud::Azure],
            Placement::Aws => &[Cloud::Aws],
            Placement::Both { .. } => &Cloud::ALL,
        }
    }

    /// The share of the workload's traffic on `cloud`.
    pub fn share(self, cloud: Cloud) -> f64 {
        let (azure, aws) = self.shares();
        match cloud {
            Cloud::Azure => azure,
            Cloud::Aws => aws,
        }
    }
}
