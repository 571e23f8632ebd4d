//! What the samples say: the plan's cumulative cost at the 10th, 50th and 90th percentile
//! month by month, the references' medians, and how often each reference costs less than
//! the plan over the horizon (compared sample by sample, on the same draws).

use serde::Serialize;

use super::cost_model::{CostModel, Cumulative, Outcome};
use crate::engine::model::strategy::Strategy;

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

/// The 10th, 50th and 90th percentiles (nearest rank), by selection: the median first, then
/// the 10th among the values below it and the 90th among those above.
fn p10_p50_p90(values: &mut [f64]) -> (f64, f64, f64) {
    let n = values.len();
    if n == 0 {
        return (0.0, 0.0, 0.0);
    }
    let (k10, k50, k90) = (rank(0.1, n), rank(0.5, n), rank(0.9, n));
    let (below, &mut p50, above) = values.select_nth_unstable_by(k50, f64::total_cmp);
    let p10 = if k10 < k50 {
        *below.select_nth_unstable_by(k10, f64::total_cmp).1
    } else {
        p50
    };
    let p90 = if k90 > k50 {
        *above.select_nth_unstable_by(k90 - k50 - 1, f64::total_cmp).1
    } else {
        p50
    };
    (p10, p50, p90)
}

fn median(values: &mut [f64]) -> f64 {
    let n = values.len();
    if n == 0 {
        return 0.0;
    }
    *values.select_nth_unstable_by(rank(0.5, n), f64::total_cmp).1
}

/// Builds a band a few months at a time, so that a band of many samples never holds the
/// page for long: each step walks every outcome one month on and selects that month's
/// percentiles. Memory grows with the samples, not with the months.
pub struct BandBuilder {
    months: usize,
    walks: Vec<Cumulative>,
    values: Vec<f64>,
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
            values: vec![0.0; n],
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
        for _ in 0..months {
            if self.is_done() {
                break;
            }
            for (walk, o) in self.walks.iter_mut().zip(outcomes) {
                walk.step(o);
            }
            for s in 0..4 {
                for (v, walk) in self.values.iter_mut().zip(&self.walks) {
                    *v = walk.totals[s];
                }
                if s == 0 {
                    let (p10, p50, p90) = p10_p50_p90(&mut self.values);
                    self.plan.p10.push(p10);
                    self.plan.p50.push(p50);
                    self.plan.p90.push(p90);
                } else {
                    self.medians[s - 1].push(median(&mut self.values));
                }
            }
        }
        self.is_done().then(|| self.band())
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

    #[test]
    fn percentiles_are_nearest_ranks() {
        let mut v: Vec<f64> = (1..=11).rev().map(f64::from).collect();
        assert_eq!(p10_p50_p90(&mut v), (2.0, 6.0, 10.0));
        assert_eq!(median(&mut v), 6.0);
        assert_eq!(p10_p50_p90(&mut [4.0]), (4.0, 4.0, 4.0));
        assert_eq!(p10_p50_p90(&mut []), (0.0, 0.0, 0.0));
        let mut w: Vec<f64> = (0..1000).map(|i| f64::from((i * 7919) % 1000)).collect();
        assert_eq!(p10_p50_p90(&mut w), (100.0, 500.0, 899.0));
    }
}
