//! What the samples say: the plan's cumulative cost at the 10th, 50th and 90th percentile
//! month by month, the references' medians, and how often each reference costs less than
//! the plan over the horizon (compared sample by sample, on the same draws).

use serde::Serialize;

use super::cost_model::{CostModel, Cumulative, Outcome};
use crate::model::strategy::Strategy;

/// Percentiles of one series, month by month.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Percentiles {
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reference {
    pub strategy: Strategy,
    /// Median cumulative cost, month by month.
    pub p50: Vec<f64>,
    /// Share of samples (0 to 1) in which this reference's horizon cost is below the plan's.
    pub cheaper_than_plan: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Band {
    /// Samples the band is made of.
    pub samples: usize,
    /// The plan's cumulative cost, month by month.
    pub plan: Percentiles,
    /// All on Azure, all on AWS, split by rule.
    pub references: Vec<Reference>,
}

/// The rank of percentile `p` among `n` values: the nearest rank to `p x (n - 1)`.
fn rank(p: f64, n: usize) -> usize {
    ((p * (n.max(1) - 1) as f64).round() as usize).min(n.saturating_sub(1))
}

/// A key whose integer order is `f64::total_cmp`'s order, so selection compares plain integers
/// (total_cmp does this same transform on both sides of every comparison). Its own inverse.
#[inline]
fn key(x: f64) -> i64 {
    let bits = x.to_bits() as i64;
    bits ^ (((bits >> 63) as u64) >> 1) as i64
}

fn value(k: i64) -> f64 {
    f64::from_bits((k ^ (((k >> 63) as u64) >> 1) as i64) as u64)
}

/// The 10th, 50th and 90th percentiles (nearest rank), by selection: the median first, then
/// the 10th among the values below it and the 90th among those above.
fn p10_p50_p90(keys: &mut [i64]) -> (f64, f64, f64) {
    let n = keys.len();
    if n == 0 {
        return (0.0, 0.0, 0.0);
    }
    let (k10, k50, k90) = (rank(0.1, n), rank(0.5, n), rank(0.9, n));
    let (below, &mut p50, above) = keys.select_nth_unstable(k50);
    let p10 = if k10 < k50 {
        *below.select_nth_unstable(k10).1
    } else {
        p50
    };
    let p90 = if k90 > k50 {
        *above.select_nth_unstable(k90 - k50 - 1).1
    } else {
        p50
    };
    (value(p10), value(p50), value(p90))
}

fn median(keys: &mut [i64]) -> f64 {
    let n = keys.len();
    if n == 0 {
        return 0.0;
    }
    value(*keys.select_nth_unstable(rank(0.5, n)).1)
}

/// Months walked per pass over the outcomes: each outcome's walk is read once per pass, and
/// the keys of a pass (months x 4 strategies x samples) stay a few megabytes at most.
const MONTHS_PER_PASS: usize = 12;

/// Builds a band a few months at a time, so that a band of many samples never holds the
/// page for long: each step walks every outcome a few months on and selects those months'
/// percentiles. Memory grows with the samples, not with the months.
pub struct BandBuilder {
    months: usize,
    walks: Vec<Cumulative>,
    /// The totals of a pass, as selection keys: month of the pass, then strategy, then sample.
    keys: Vec<i64>,
    plan: Percentiles,
    medians: [Vec<f64>; 3],
}

impl BandBuilder {
    /// A band of the first `n` outcomes the sampler kept.
    pub fn new(model: &CostModel, n: usize) -> BandBuilder {
        let months = model.months();
        BandBuilder {
            months,
            walks: vec![Cumulative::new(); n],
            keys: Vec::new(),
            plan: Percentiles {
                p10: Vec::with_capacity(months),
                p50: Vec::with_capacity(months),
                p90: Vec::with_capacity(months),
            },
            medians: std::array::from_fn(|_| Vec::with_capacity(months)),
        }
    }

    pub fn samples(&self) -> usize {
        self.walks.len()
    }

    pub fn is_done(&self) -> bool {
        self.plan.p50.len() >= self.months
    }

    /// Works through up to `months` more months of `outcomes` (the same outcomes every
    /// step; only the first `samples()` are read). Returns the band once every month is done.
    pub fn step(&mut self, outcomes: &[Outcome], months: usize) -> Option<Band> {
        let n = self.walks.len();
        if n == 0 || outcomes.len() < n {
            return None;
        }
        let mut left = months.min(self.months.saturating_sub(self.plan.p50.len()));
        while left > 0 {
            let pass = left.min(MONTHS_PER_PASS);
            self.walk(outcomes, pass);
            for month in self.keys.chunks_exact_mut(4 * n).take(pass) {
                let (plan, references) = month.split_at_mut(n);
                let (p10, p50, p90) = p10_p50_p90(plan);
                self.plan.p10.push(p10);
                self.plan.p50.push(p50);
                self.plan.p90.push(p90);
                for (medians, keys) in self.medians.iter_mut().zip(references.chunks_exact_mut(n)) {
                    medians.push(median(keys));
                }
            }
            left -= pass;
        }
        self.is_done().then(|| self.band())
    }

    /// Walks every outcome `months` months on, writing each month's four totals as keys.
    fn walk(&mut self, outcomes: &[Outcome], months: usize) {
        let n = self.walks.len();
        self.keys.resize(months * 4 * n, 0);
        let keys = &mut self.keys;
        for (sample, (walk, o)) in self.walks.iter_mut().zip(outcomes).enumerate() {
            walk.steps(o, months, |month, totals| {
                for (strategy, total) in totals.into_iter().enumerate() {
                    keys[(month * 4 + strategy) * n + sample] = key(total);
                }
            });
        }
    }

    fn band(&self) -> Band {
        let n = self.walks.len();
        let cheaper = |s: usize| {
            let count = self.walks.iter().filter(|w| w.totals[s] < w.totals[0]).count();
            count as f64 / n as f64
        };
        let references = Strategy::ALL[1..]
            .iter()
            .zip(&self.medians)
            .enumerate()
            .map(|(i, (&strategy, p50))| Reference {
                strategy,
                p50: p50.clone(),
                cheaper_than_plan: cheaper(i + 1),
            })
            .collect();
        Band {
            samples: n,
            plan: self.plan.clone(),
            references,
        }
    }
}

impl Band {
    /// The band of `outcomes`, in one go; None if there are none.
    pub fn of(model: &CostModel, outcomes: &[Outcome]) -> Option<Band> {
        BandBuilder::new(model, outcomes.len()).step(outcomes, usize::MAX)
    }

    /// The plan's horizon cost at P10, P50 and P90.
    pub fn horizon(&self) -> (f64, f64, f64) {
        let last = |v: &Vec<f64>| v.last().copied().unwrap_or(0.0);
        (last(&self.plan.p10), last(&self.plan.p50), last(&self.plan.p90))
    }

    /// The reference that is cheaper than the plan in the most outcomes.
    pub fn most_often_cheaper(&self) -> Option<&Reference> {
        self.references
            .iter()
            .max_by(|a, b| a.cheaper_than_plan.total_cmp(&b.cheaper_than_plan))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn keys(values: &[f64]) -> Vec<i64> {
        values.iter().copied().map(key).collect()
    }

    #[test]
    fn percentiles_are_nearest_ranks() {
        let mut v = keys(&(1..=11).rev().map(f64::from).collect::<Vec<_>>());
        assert_eq!(p10_p50_p90(&mut v), (2.0, 6.0, 10.0));
        assert_eq!(median(&mut v), 6.0);
        assert_eq!(p10_p50_p90(&mut [key(4.0)]), (4.0, 4.0, 4.0));
        assert_eq!(p10_p50_p90(&mut []), (0.0, 0.0, 0.0));
        let mut w = keys(
            &(0..1000)
                .map(|i| f64::from((i * 7919) % 1000))
                .collect::<Vec<_>>(),
        );
        assert_eq!(p10_p50_p90(&mut w), (100.0, 500.0, 899.0));
    }

    proptest! {
        /// Keys order as `total_cmp` does (negatives, zeros of both signs, infinities) and
        /// give the number back bit for bit: the band is the band of the sorted numbers.
        #[test]
        fn keys_keep_total_order_and_the_value(a in any::<f64>(), b in any::<f64>()) {
            prop_assert_eq!(key(a).cmp(&key(b)), a.total_cmp(&b));
            prop_assert_eq!(value(key(a)).to_bits(), a.to_bits());
        }

        #[test]
        fn selection_gives_the_sorted_ranks(mut v in proptest::collection::vec(-1e9..1e9_f64, 1..300)) {
            let mut k = keys(&v);
            let got = p10_p50_p90(&mut k);
            v.sort_by(f64::total_cmp);
            let n = v.len();
            prop_assert_eq!(got, (v[rank(0.1, n)], v[rank(0.5, n)], v[rank(0.9, n)]));
        }
    }
}
