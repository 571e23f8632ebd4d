//! Version 2 of the share-link payload: everything version 1 carries, then the assumption
//! ranges the user set. Postcard writes a nested struct's fields in place, so a version 2
//! payload is a version 1 payload followed by the ranges.
//!
//! FROZEN once links are made with it, like `v1`: never reorder, remove or retype a field;
//! a scenario field that must travel and is not here needs a `v3`.

use serde::{Deserialize, Serialize};

use super::v1::{Num, ScenarioV1, UnknownCode};
use crate::model::scenario::Scenario;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct ScenarioV2 {
    base: ScenarioV1,
    /// (assumption id, low, high).
    ranges: Vec<(String, Num, Num)>,
}

impl ScenarioV2 {
    pub(super) fn from_scenario(s: &Scenario) -> ScenarioV2 {
        ScenarioV2 {
            base: ScenarioV1::from_scenario(s),
            ranges: s
                .ranges
                .iter()
                .map(|(id, &(low, high))| (id.clone(), Num(low), Num(high)))
                .collect(),
        }
    }

    pub(super) fn into_scenario(self) -> Result<Scenario, UnknownCode> {
        let mut s = self.base.into_scenario()?;
        s.ranges = self
            .ranges
            .into_iter()
            .map(|(id, low, high)| (id, (low.0, high.0)))
            .collect();
        Ok(s)
    }

    pub(super) fn workload_count(&self) -> usize {
        self.base.workload_count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_2_payload_is_version_1_then_the_ranges() {
        let mut s = Scenario::default();
        s.ranges.insert("aws.egress.per-gb".into(), (0.05, 0.12));
        let v1 = postcard::to_allocvec(&ScenarioV1::from_scenario(&s)).unwrap_or_default();
        let v2 = postcard::to_allocvec(&ScenarioV2::from_scenario(&s)).unwrap_or_default();
        assert!(v2.starts_with(&v1) && v2.len() > v1.len());
        let back: ScenarioV2 = postcard::from_bytes(&v2).expect("decodes");
        assert_eq!(back.into_scenario(), Ok(s));
    }
}
