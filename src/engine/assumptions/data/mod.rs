//! The shipped values of every assumption: one file per group of the assumptions table, each
//! a `const` table of named literals, plus the listed model prices.
//!
//! The scalar tables may list their specs in any order: [`SPEC_BY_KEY`] finds each key's spec
//! at compile time, and the build fails if a key has no spec or two.

mod advice;
mod agent_runtime;
mod audits;
mod availability;
mod egress;
mod governance;
mod growth;
mod migration;
pub(super) mod model_prices;
mod people;
mod pricing_rules;
mod provisioned;
mod risk;
mod storage;
mod tooling;

use super::key::Key;
use super::spec::Spec;

/// The date of every value that rests on a stated rationale rather than a source.
const RATIONALE_DATE: &str = "2026-11-22 (stated rationale)";

// Validity bounds shared by many assumptions (inclusive).
const PERCENT: (f64, f64) = (0.0, 100.0);
const PER_GB: (f64, f64) = (0.0, 100.0);
const HOURLY: (f64, f64) = (0.0, 100.0);
const DATES: (f64, f64) = (202_401.0, 204_012.0);
const HOURS: (f64, f64) = (0.0, 10_000.0);
const POINTS: (f64, f64) = (0.0, 5.0);
const WEIGHT: (f64, f64) = (0.0, 10.0);

/// Every scalar spec, at its key's index.
pub(super) static SPEC_BY_KEY: [&Spec; Key::COUNT] = index_by_key(&[
    pricing_rules::SPECS,
    provisioned::SPECS,
    egress::SPECS,
    storage::SPECS,
    agent_runtime::SPECS,
    tooling::SPECS,
    people::SPECS,
    audits::SPECS,
    migration::SPECS,
    growth::SPECS,
    availability::SPECS,
    governance::SPECS,
    risk::SPECS,
    advice::SPECS,
]);

/// Places each spec at its key's index. Evaluated at compile time, so its panics are build
/// errors: every key must have exactly one spec.
const fn index_by_key(tables: &[&'static [Spec]]) -> [&'static Spec; Key::COUNT] {
    let mut by_key = [&tables[0][0]; Key::COUNT];
    let mut seen = [false; Key::COUNT];
    let mut t = 0;
    while t < tables.len() {
        let table = tables[t];
        let mut i = 0;
        while i < table.len() {
            let index = table[i].key as usize;
            assert!(!seen[index], "an assumption key has two specs");
            seen[index] = true;
            by_key[index] = &table[i];
            i += 1;
        }
        t += 1;
    }
    let mut index = 0;
    while index < Key::COUNT {
        assert!(seen[index], "an assumption key has no spec");
        index += 1;
    }
    by_key
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_finds_its_own_spec() {
        for &key in Key::ALL {
            assert_eq!(SPEC_BY_KEY[key as usize].key, key);
        }
    }
}
