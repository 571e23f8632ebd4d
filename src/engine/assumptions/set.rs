//! The assumptions a figure was computed from, as a set of registry indices.
//!
//! A cost line keeps one, and every strategy's pass builds thousands of lines per evaluation:
//! a fixed bitset is `Copy`, costs no allocation, and lists its assumptions in registry order,
//! each once, which is how they are shown.

use super::key::Key;
use super::price_kind::PriceKind;
use crate::model::catalog::Model;
use crate::model::cloud::Cloud;

/// Room for every scalar and every (cloud, model, kind) price the registry can list (tested
/// in `set_ids`).
pub(super) const CAPACITY: usize = Key::COUNT + Cloud::ALL.len() * Model::ALL.len() * PriceKind::ALL.len();
const WORDS: usize = CAPACITY.div_ceil(64);

/// A set of assumptions, by registry index (`Assumptions::all()` order); `set_ids` reads it
/// by id.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct AssumptionSet([u64; WORDS]);

impl AssumptionSet {
    /// The scalar assumptions `keys`.
    pub const fn of(keys: &[Key]) -> AssumptionSet {
        let mut words = [0; WORDS];
        let mut n = 0;
        while n < keys.len() {
            let i = keys[n] as usize;
            words[i / 64] |= 1 << (i % 64);
            n += 1;
        }
        AssumptionSet(words)
    }

    /// This set and `key`.
    pub fn with(mut self, key: Key) -> AssumptionSet {
        self.insert(key);
        self
    }

    pub fn insert(&mut self, key: Key) {
        self.insert_at(key as usize);
    }

    /// Adds the assumption at registry index `index` (one of `Assumptions::all()`'s); an index
    /// past the set's room is ignored.
    pub(crate) fn insert_at(&mut self, index: usize) {
        if let Some(word) = self.0.get_mut(index / 64) {
            *word |= 1 << (index % 64);
        }
    }

    /// Both sets' assumptions.
    pub fn union(self, other: AssumptionSet) -> AssumptionSet {
        let mut words = self.0;
        for (w, o) in words.iter_mut().zip(other.0) {
            *w |= o;
        }
        AssumptionSet(words)
    }

    /// Whether it holds the scalar assumption `key`.
    pub fn has(&self, key: Key) -> bool {
        self.holds_at(key as usize)
    }

    /// Whether it holds the assumption at registry index `index`.
    pub(crate) fn holds_at(&self, index: usize) -> bool {
        self.0
            .get(index / 64)
            .is_some_and(|w| w & (1 << (index % 64)) != 0)
    }

    /// Registry indices, in registry order.
    pub(crate) fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        self.0.iter().enumerate().flat_map(|(n, &word)| {
            (0..64)
                .filter(move |bit| word & (1 << bit) != 0)
                .map(move |bit| n * 64 + bit)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indices_in_order_each_once() {
        let mut set = AssumptionSet::of(&[Key::VolumeGrowth, Key::BatchShare, Key::VolumeGrowth]);
        set.insert_at(CAPACITY - 1);
        set.insert_at(WORDS * 64);
        let indices: Vec<usize> = set.indices().collect();
        assert_eq!(
            indices,
            [Key::BatchShare as usize, Key::VolumeGrowth as usize, CAPACITY - 1]
        );
        assert!(set.holds_at(Key::BatchShare as usize) && !set.holds_at(Key::BatchDiscount as usize));
    }

    #[test]
    fn union_and_with() {
        let a = AssumptionSet::of(&[Key::BatchDiscount]);
        let b = AssumptionSet::of(&[Key::VolumeGrowth]);
        assert_eq!(
            a.union(b),
            AssumptionSet::of(&[Key::BatchDiscount, Key::VolumeGrowth])
        );
        assert_eq!(a.with(Key::VolumeGrowth), a.union(b));
        assert!(a.has(Key::BatchDiscount) && !a.has(Key::VolumeGrowth));
        assert_eq!(AssumptionSet::default().indices().count(), 0);
    }
}
