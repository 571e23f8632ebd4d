//! Resolution: the values in force for one scenario, in three layers, the later winning:
//! the shipped defaults, a private price book, then the scenario's own overrides.

use std::collections::BTreeMap;

use serde::Serialize;

use super::assumption::Assumption;
use super::error::AssumptionError;
use super::key::Key;
use super::month_code::year_month_from_code;
use super::registry::Assumptions;
use super::set::AssumptionSet;
use crate::model::scenario::YearMonth;

impl Assumptions {
    /// Applies overrides to the defaults. Unknown ids are ignored but reported (a saved
    /// scenario may carry an id a newer version dropped); an invalid value is an error
    /// naming the assumption. The first error in id order is returned.
    pub fn resolve(overrides: &BTreeMap<String, f64>) -> Result<Resolved, AssumptionError> {
        Assumptions::resolve_layers(&BTreeMap::new(), overrides)
    }

    /// Three layers, the later winning: the shipped defaults, a private price book (an
    /// organisation's negotiated values, kept in the browser), then the scenario's own
    /// overrides. Price-book ids this version does not know are skipped silently (the book
    /// is checked when it is imported); overrides are handled as in [`Assumptions::resolve`].
    pub fn resolve_layers(
        price_book: &BTreeMap<String, f64>,
        overrides: &BTreeMap<String, f64>,
    ) -> Result<Resolved, AssumptionError> {
        let reg = Assumptions::get();
        let mut values: Vec<f64> = reg.entries.iter().map(|a| a.default).collect();
        let mut from_price_book = vec![false; values.len()];
        for (id, &value) in price_book {
            if let Some(&i) = reg.by_id.get(id.as_str()) {
                reg.entries[i].check(value)?;
                values[i] = value;
                from_price_book[i] = true;
            }
        }
        let base = values.clone();
        let mut overridden = vec![false; values.len()];
        let mut unknown_ids = Vec::new();
        for (id, &value) in overrides {
            match reg.by_id.get(id.as_str()) {
                Some(&i) => {
                    reg.entries[i].check(value)?;
                    values[i] = value;
                    overridden[i] = true;
                }
                None => unknown_ids.push(id.clone()),
            }
        }
        Ok(Resolved {
            values,
            overridden,
            unknown_ids,
            base,
            from_price_book,
        })
    }

    /// The defaults, with no overrides.
    pub fn defaults() -> Resolved {
        let values: Vec<f64> = Assumptions::all().iter().map(|a| a.default).collect();
        let overridden = vec![false; values.len()];
        Resolved {
            base: values.clone(),
            from_price_book: overridden.clone(),
            values,
            overridden,
            unknown_ids: Vec::new(),
        }
    }
}

/// One assumption as the panel shows it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ResolvedAssumption {
    pub assumption: &'static Assumption,
    pub value: f64,
    /// The scenario overrides it.
    pub overridden: bool,
    /// The private price book sets it (the scenario may still override it).
    pub from_price_book: bool,
    /// The value before the scenario's override: the price book's, or the default.
    pub base: f64,
}

/// Values in force for one scenario: defaults, then a private price book, then the
/// user's overrides.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Resolved {
    values: Vec<f64>,
    overridden: Vec<bool>,
    unknown_ids: Vec<String>,
    /// Values before the scenario's overrides.
    #[serde(skip)]
    base: Vec<f64>,
    #[serde(skip)]
    from_price_book: Vec<bool>,
}

impl Resolved {
    // Inline: every formula reads several, and the release profile (optimised for size)
    // otherwise leaves this a call.
    #[inline(always)]
    pub fn get(&self, key: Key) -> f64 {
        self.values[key as usize]
    }

    /// Sets the value at a registry index (`Assumptions::all()` order), for the sampler. The
    /// caller passes a checked value: one the assumption accepts.
    pub(crate) fn set_at(&mut self, index: usize, value: f64) {
        if let Some(v) = self.values.get_mut(index) {
            *v = value;
        }
    }

    /// The value at a registry index.
    pub(crate) fn at(&self, index: usize) -> f64 {
        self.values.get(index).copied().unwrap_or(0.0)
    }

    /// The value in force for `id`, if it exists.
    pub fn value(&self, id: &str) -> Option<f64> {
        Assumptions::get().by_id.get(id).map(|&i| self.values[i])
    }

    pub fn is_overridden(&self, id: &str) -> bool {
        Assumptions::get()
            .by_id
            .get(id)
            .is_some_and(|&i| self.overridden[i])
    }

    /// Every assumption with the value in force, in registry order.
    pub fn entries(&self) -> impl Iterator<Item = ResolvedAssumption> + '_ {
        (0..Assumptions::all().len()).map(|i| self.entry(i))
    }

    /// The assumptions with these ids, with the values in force, in registry order: each once,
    /// ids that match none left out.
    pub fn entries_for<'i>(&self, ids: impl IntoIterator<Item = &'i str>) -> Vec<ResolvedAssumption> {
        let by_id = &Assumptions::get().by_id;
        let mut at: Vec<usize> = ids.into_iter().filter_map(|id| by_id.get(id).copied()).collect();
        at.sort_unstable();
        at.dedup();
        at.into_iter().map(|i| self.entry(i)).collect()
    }

    /// The assumptions of `set`, with the values in force, in registry order.
    pub fn entries_in(&self, set: &AssumptionSet) -> Vec<ResolvedAssumption> {
        let known = Assumptions::all().len();
        set.indices()
            .take_while(|&i| i < known)
            .map(|i| self.entry(i))
            .collect()
    }

    /// The assumption at registry index `i` (below `Assumptions::all().len()`).
    fn entry(&self, i: usize) -> ResolvedAssumption {
        ResolvedAssumption {
            assumption: &Assumptions::all()[i],
            value: self.values[i],
            overridden: self.overridden[i],
            from_price_book: self.from_price_book[i],
            base: self.base[i],
        }
    }

    /// Whether the private price book sets `id`.
    pub fn is_from_price_book(&self, id: &str) -> bool {
        Assumptions::get()
            .by_id
            .get(id)
            .is_some_and(|&i| self.from_price_book[i])
    }

    pub fn price_book_count(&self) -> usize {
        self.from_price_book.iter().filter(|b| **b).count()
    }

    /// Override ids that match no assumption (ignored).
    pub fn unknown_ids(&self) -> &[String] {
        &self.unknown_ids
    }

    pub fn overridden_count(&self) -> usize {
        self.overridden.iter().filter(|o| **o).count()
    }

    /// A dated rule as a month; None for "never" (0).
    pub fn year_month(&self, key: Key) -> Option<YearMonth> {
        year_month_from_code(self.get(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_apply_and_unknown_ids_are_reported() {
        let mut o = BTreeMap::new();
        o.insert("azure.price.gpt-4o.input".to_owned(), 3.0);
        o.insert("no.such.thing".to_owned(), 1.0);
        let r = Assumptions::resolve(&o).unwrap();
        assert_eq!(r.value("azure.price.gpt-4o.input"), Some(3.0));
        assert!(r.is_overridden("azure.price.gpt-4o.input"));
        assert_eq!(r.unknown_ids(), ["no.such.thing".to_owned()]);
        assert_eq!(r.overridden_count(), 1);
    }

    #[test]
    fn entries_for_ids_are_in_registry_order_each_once() {
        let r = Assumptions::defaults();
        let ids = [
            "growth.volume-per-month",
            "no.such.thing",
            "azure.price.gpt-4o.input",
        ];
        let found = r.entries_for(ids.iter().copied().chain(["growth.volume-per-month"]));
        let expected: Vec<ResolvedAssumption> = r
            .entries()
            .filter(|e| ids.contains(&e.assumption.id.as_str()))
            .collect();
        assert_eq!(found, expected);
        assert_eq!(found.len(), 2);
    }
}
