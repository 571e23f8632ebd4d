//! How a scalar assumption is described in the `data` tables.

use super::assumption::{Confidence, ValueKind};
use super::category::Category;
use super::key::Key;

/// The shipped description of one scalar assumption; its id comes from its key. The registry
/// turns each spec into an [`Assumption`](super::Assumption).
pub(super) struct Spec {
    pub key: Key,
    pub label: &'static str,
    pub category: Category,
    pub unit: &'static str,
    /// The most likely value.
    pub default: f64,
    /// Plausible (low, high) around the default, where the sources give one.
    pub range: Option<(f64, f64)>,
    /// Validity bounds (min, max) for user overrides, inclusive.
    pub bounds: (f64, f64),
    pub source: &'static str,
    pub date: &'static str,
    pub confidence: Confidence,
    pub kind: ValueKind,
}
