//! A set of assumptions read by id: its ids in registry order, whether it holds an id, and its
//! JSON and debug forms (the list of ids).

use std::fmt;

use serde::ser::{Serialize, Serializer};

use super::registry::Assumptions;
use super::set::AssumptionSet;

impl AssumptionSet {
    /// Ids, in registry order.
    pub fn ids(&self) -> impl Iterator<Item = &'static str> + '_ {
        let all = Assumptions::all();
        self.indices().filter_map(|i| all.get(i)).map(|a| a.id.as_str())
    }

    /// Whether the assumption with this id is in the set (false for an unknown id).
    pub fn contains(&self, id: &str) -> bool {
        Assumptions::get()
            .by_id
            .get(id)
            .is_some_and(|&i| self.holds_at(i))
    }
}

impl fmt::Debug for AssumptionSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.ids()).finish()
    }
}

/// As the list of ids a reader of the JSON expects.
impl Serialize for AssumptionSet {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.ids())
    }
}

#[cfg(test)]
mod tests {
    use super::super::set::CAPACITY;
    use super::*;
    use crate::assumptions::Key;
    use crate::model::catalog::Model;
    use crate::model::cloud::Cloud;

    #[test]
    fn the_registry_fits() {
        assert!(Assumptions::all().len() <= CAPACITY);
    }

    #[test]
    fn ids_in_registry_order_each_once() {
        let set = AssumptionSet::of(&[Key::VolumeGrowth, Key::BatchShare])
            .union(Assumptions::price_sources(Cloud::Azure, Model::Gpt4o).input);
        let ids: Vec<&str> = set.ids().collect();
        assert_eq!(
            ids,
            [
                "usage.batch-share",
                "growth.volume-per-month",
                "azure.price.gpt-4o.input"
            ]
        );
        assert!(set.contains("azure.price.gpt-4o.input") && set.contains("usage.batch-share"));
        assert!(!set.contains("no.such.id") && !set.contains("usage.cached-input-share"));
        assert_eq!(
            serde_json::to_string(&set).ok().as_deref(),
            Some(r#"["usage.batch-share","growth.volume-per-month","azure.price.gpt-4o.input"]"#)
        );
        assert_eq!(
            format!("{:?}", AssumptionSet::of(&[Key::BatchShare])),
            r#"["usage.batch-share"]"#
        );
    }
}
