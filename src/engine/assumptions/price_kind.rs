//! The three kinds of token price every model has.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PriceKind {
    Input,
    Output,
    CachedInput,
}

impl PriceKind {
    pub const ALL: [PriceKind; 3] = [PriceKind::Input, PriceKind::Output, PriceKind::CachedInput];

    pub fn key(self) -> &'static str {
        match self {
            PriceKind::Input => "input",
            PriceKind::Output => "output",
            PriceKind::CachedInput => "cached-input",
        }
    }

    pub(super) fn index(self) -> usize {
        match self {
            PriceKind::Input => 0,
            PriceKind::Output => 1,
            PriceKind::CachedInput => 2,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            PriceKind::Input => "input",
            PriceKind::Output => "output",
            PriceKind::CachedInput => "cached input",
        }
    }
}
