//! The clouds a workload can run on.

use serde::{Deserialize, Serialize};

/// The two clouds a workload can run on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Cloud {
    Azure,
    Aws,
}

impl Cloud {
    pub const ALL: [Cloud; 2] = [Cloud::Azure, Cloud::Aws];

    pub fn label(self) -> &'static str {
        match self {
            Cloud::Azure => "Azure",
            Cloud::Aws => "AWS",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Cloud::Azure => "azure",
            Cloud::Aws => "aws",
        }
    }

    pub fn index(self) -> usize {
        match self {
            Cloud::Azure => 0,
            Cloud::Aws => 1,
        }
    }

    pub fn other(self) -> Cloud {
        match self {
            Cloud::Azure => Cloud::Aws,
            Cloud::Aws => Cloud::Azure,
        }
    }
}
