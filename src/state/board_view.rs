//! How the board is shown, not what is on it: the cards' density and which workloads are
//! shown. Neither is part of the scenario (no undo step, not shared).

use leptos::prelude::*;

use crate::engine::model::catalog::{Family, WorkloadKind};

/// A place holding more cards than this would scroll at the usual density on a 1920x1080
/// screen (a place is about 30% of the screen high, a card about 64 px), so `Auto` makes
/// the cards compact.
pub const AUTO_COMPACT_ABOVE: usize = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Density {
    Auto,
    Comfortable,
    Compact,
}

impl Density {
    pub const ALL: [Density; 3] = [Density::Auto, Density::Comfortable, Density::Compact];

    pub fn key(self) -> &'static str {
        match self {
            Density::Auto => "auto",
            Density::Comfortable => "comfortable",
            Density::Compact => "compact",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Density::Auto => "Automatic",
            Density::Comfortable => "Comfortable",
            Density::Compact => "Compact",
        }
    }

    pub fn from_key(key: &str) -> Density {
        Density::ALL
            .into_iter()
            .find(|d| d.key() == key)
            .unwrap_or(Density::Auto)
    }

    /// Whether cards are compact when the fullest place holds `fullest` cards.
    pub fn is_compact(self, fullest: usize) -> bool {
        match self {
            Density::Auto => fullest > AUTO_COMPACT_ABOVE,
            Density::Comfortable => false,
            Density::Compact => true,
        }
    }
}

/// Which workloads the board shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    All,
    Family(Family),
    Kind(WorkloadKind),
}

impl Shown {
    pub fn includes(self, kind: WorkloadKind) -> bool {
        match self {
            Shown::All => true,
            Shown::Family(f) => kind.family() == f,
            Shown::Kind(k) => kind == k,
        }
    }

    /// Every choice, for the filter's menu: all, each family, each kind.
    pub fn choices() -> Vec<Shown> {
        let families = [Family::StatelessApi, Family::StatefulAgent].map(Shown::Family);
        let kinds = WorkloadKind::ALL.map(Shown::Kind);
        std::iter::once(Shown::All).chain(families).chain(kinds).collect()
    }

    pub fn key(self) -> String {
        match self {
            Shown::All => "all".to_owned(),
            Shown::Family(f) => format!("family:{f:?}"),
            Shown::Kind(k) => format!("kind:{k:?}"),
        }
    }

    pub fn label(self) -> String {
        match self {
            Shown::All => "All workloads".to_owned(),
            Shown::Family(f) => format!("{} (all kinds)", f.label()),
            Shown::Kind(k) => k.label().to_owned(),
        }
    }

    pub fn from_key(key: &str) -> Shown {
        Shown::choices()
            .into_iter()
            .find(|s| s.key() == key)
            .unwrap_or(Shown::All)
    }
}

#[derive(Clone, Copy)]
pub struct BoardView {
    pub density: RwSignal<Density>,
    pub shown: RwSignal<Shown>,
}

impl Default for BoardView {
    fn default() -> BoardView {
        BoardView {
            density: RwSignal::new(Density::Auto),
            shown: RwSignal::new(Shown::All),
        }
    }
}

pub fn use_board_view() -> BoardView {
    expect_context()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_is_compact_only_when_a_place_would_scroll() {
        assert!(!Density::Auto.is_compact(AUTO_COMPACT_ABOVE));
        assert!(Density::Auto.is_compact(AUTO_COMPACT_ABOVE + 1));
        assert!(Density::Compact.is_compact(0));
        assert!(!Density::Comfortable.is_compact(50));
    }

    #[test]
    fn choices_read_back_from_their_keys() {
        for d in Density::ALL {
            assert_eq!(Density::from_key(d.key()), d);
        }
        for s in Shown::choices() {
            assert_eq!(Shown::from_key(&s.key()), s);
        }
        assert_eq!(Shown::from_key("nonsense"), Shown::All);
        assert!(Shown::Family(Family::StatefulAgent).includes(WorkloadKind::FrontierAgentTeam));
        assert!(!Shown::Kind(WorkloadKind::Embeddings).includes(WorkloadKind::SupportChatbot));
    }
}
