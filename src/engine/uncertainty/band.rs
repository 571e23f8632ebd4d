//! What the samples say: the plan's cumulative cost at the 10th, 50th and 90th percentile
//! month by month, the references' medians, and how often each reference costs less than
//! the plan over the horizon (compared sample by sample, on the same draws).

use serde::Serialize;

use super::cost_model::{CostModel, Cumulative, Outcome};
use crate::engine::tco::Strategy;

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

/// Linear interpolation between order statistics (the usual "type 7" definition), found by
/// selection rather than a full sort.
fn percentile(values: &mut [f64], p: f64) -> f64 {
    let n = values.len();
    if n == 0 {
        return 0.0;
    }
    let h = p.clamp(0.0, 1.0) * (n - 1) as f64;
    let k = (h.floor() as usize).min(n - 1);
    let (_, &mut at, above) = values.select_nth_unstable_by(k, f64::total_cmp);
    let next = above.iter().copied().fold(f64::INFINITY, f64::min);
    if next.is_finite() && h > k as f64 {
        at + (h - k as f64) * (next - at)
    } else {
        at
    }
}

impl Band {
    /// The band of `outcomes`; None if there are none.
    pub fn of(model: &CostModel, outcomes: &[Outcome]) -> Option<Band> {
        if outcomes.is_empty() {
            return None;
        }
        let months = model.months();
        let n = outcomes.len();
        // Walks every outcome side by side, a month at a time, selecting each month's
        // percentiles from one reused buffer: memory grows with the samples, not the months.
        let mut walks = vec![Cumulative::new(); n];
        let mut values = vec![0.0; n];
        let mut plan = Percentiles {
            p10: Vec::with_capacity(months),
            p50: Vec::with_capacity(months),
            p90: Vec::with_capacity(months),
        };
        let mut medians: [Vec<f64>; 3] = std::array::from_fn(|_| Vec::with_capacity(months));
        for _ in 0..months {
            for (walk, o) in walks.iter_mut().zip(outcomes) {
                walk.step(o);
            }
            for s in 0..4 {
                for (v, walk) in values.iter_mut().zip(&walks) {
                    *v = walk.totals[s];
                }
                if s == 0 {
                    plan.p10.push(percentile(&mut values, 0.1));
                    plan.p50.push(percentile(&mut values, 0.5));
                    plan.p90.push(percentile(&mut values, 0.9));
                } else {
                    medians[s - 1].push(percentile(&mut values, 0.5));
                }
            }
        }
        let cheaper = |s: usize| {
            let count = walks.iter().filter(|w| w.totals[s] < w.totals[0]).count();
            count as f64 / n as f64
        };
        let shares = [cheaper(1), cheaper(2), cheaper(3)];
        let references = Strategy::ALL[1..]
            .iter()
            .zip(medians)
            .zip(shares)
            .map(|((&strategy, p50), cheaper_than_plan)| Reference {
                strategy,
                p50,
                cheaper_than_plan,
            })
            .collect();
        Some(Band {
            samples: n,
            plan,
            references,
        })
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
    fn percentiles_interpolate_between_order_statistics() {
        let mut v: Vec<f64> = (1..=11).rev().map(f64::from).collect();
        assert_eq!(percentile(&mut v, 0.5), 6.0);
        assert_eq!(percentile(&mut v, 0.1), 2.0);
        assert_eq!(percentile(&mut v, 0.0), 1.0);
        assert_eq!(percentile(&mut v, 1.0), 11.0);
        let mut w = vec![0.0, 10.0];
        assert_eq!(percentile(&mut w, 0.25), 2.5);
        assert_eq!(percentile(&mut [], 0.5), 0.0);
        assert_eq!(percentile(&mut [4.0], 0.9), 4.0);
    }
}
