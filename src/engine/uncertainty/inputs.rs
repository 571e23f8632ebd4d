//! Which assumptions a scenario's cost bands sample, and how: the user's range for the
//! assumption if the scenario has one, else the range its sources give; the value in force
//! (default or override) is the most likely value. Assumptions without a range, with a
//! range of zero width, or that cannot move a cost are fixed.

use serde::Serialize;

use super::distribution::Triangular;
use super::draws;
use crate::assumptions::{
    year_month_code, year_month_from_code, Assumption, Assumptions, Resolved, ValueKind,
};
use crate::model::scenario::{Scenario, YearMonth};

/// Where a range comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum RangeSource {
    /// The assumption's sources (the shipped registry).
    Sources,
    /// The user, in this scenario.
    User,
}

/// How a drawn number becomes a value the assumption accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
enum Scale {
    Continuous,
    Whole,
    /// Drawn in months since year 0, stored as a `YYYYMM` code.
    Month,
}

impl Scale {
    // Always inlined: `draw_each` calls it with the scale known, so each of its loops is one
    // conversion.
    #[inline(always)]
    fn value_of(self, x: f64) -> f64 {
        match self {
            Scale::Continuous => x,
            Scale::Whole => x.round(),
            Scale::Month => year_month_code(YearMonth::from_index(x.round() as i64)),
        }
    }
}

/// One sampled assumption.
#[derive(Debug, Clone, Serialize)]
pub struct Input {
    pub assumption: &'static Assumption,
    /// Position in `Assumptions::all()` (and in `Resolved`).
    #[serde(skip)]
    pub(crate) index: usize,
    /// In the assumption's own unit; for dates, in months since year 0.
    pub distribution: Triangular,
    pub source: RangeSource,
    #[serde(skip)]
    stream: u64,
    #[serde(skip)]
    scale: Scale,
}

impl Input {
    /// The value of draw `sample`.
    pub fn draw(&self, sample: u64) -> f64 {
        self.draw_seeded(draws::sample_seed(sample))
    }

    /// The value of the draw of the sample whose seed is `seed` (`draws::sample_seed`).
    #[inline]
    pub fn draw_seeded(&self, seed: u64) -> f64 {
        self.value_of(self.distribution.quantile(draws::uniform_at(seed, self.stream)))
    }

    /// The values of the draws of the samples whose seeds are `seeds`, into `out` (one each,
    /// the same numbers as `draw_seeded`). The uniforms first, then the distribution's
    /// arithmetic alone in a loop of its own with the scale chosen once.
    pub fn draw_each(&self, seeds: &[u64], out: &mut [f64]) {
        let len = seeds.len().min(out.len());
        let out = &mut out[..len];
        for (v, &seed) in out.iter_mut().zip(seeds) {
            *v = draws::uniform_at(seed, self.stream);
        }
        // A loop per scale, the scale a constant in each, so a loop is the arithmetic alone.
        match self.scale {
            Scale::Continuous => self.uniforms_to_values(Scale::Continuous, out),
            Scale::Whole => self.uniforms_to_values(Scale::Whole, out),
            Scale::Month => self.uniforms_to_values(Scale::Month, out),
        }
    }

    #[inline(always)]
    fn uniforms_to_values(&self, scale: Scale, out: &mut [f64]) {
        // Uniforms are in [0, 1) and `inputs` keeps only ranges of positive width: `point_at`
        // is `quantile` for them.
        debug_assert!(!self.distribution.is_fixed());
        let d = self.distribution;
        for v in out {
            *v = scale.value_of(d.point_at(*v));
        }
    }

    /// A point of the distribution as a value of the assumption.
    #[inline]
    pub fn value_of(&self, x: f64) -> f64 {
        self.scale.value_of(x)
    }

    pub fn low(&self) -> f64 {
        self.value_of(self.distribution.low)
    }

    pub fn high(&self) -> f64 {
        self.value_of(self.distribution.high)
    }
}

/// The range in effect for an assumption in this scenario, if any.
pub fn range_of(scenario: &Scenario, a: &Assumption) -> Option<((f64, f64), RangeSource)> {
    match scenario.ranges.get(&a.id) {
        Some(&r) => Some((r, RangeSource::User)),
        None => a.range.map(|r| (r, RangeSource::Sources)),
    }
}

/// The assumptions to sample, in registry order. `resolved` holds the values in force.
pub fn inputs(scenario: &Scenario, resolved: &Resolved) -> Vec<Input> {
    Assumptions::all()
        .iter()
        .enumerate()
        .filter(|(_, a)| a.category.is_sampled())
        .filter_map(|(index, a)| {
            let (range, source) = range_of(scenario, a)?;
            let value = resolved.at(index);
            let (scale, mode, range) = match a.kind {
                ValueKind::Number => (Scale::Continuous, value, range),
                ValueKind::Whole => (Scale::Whole, value, range),
                ValueKind::YearMonth | ValueKind::YearMonthOrNever => {
                    // "Never" is not a month to draw around: the rule stays as it is.
                    let month = |code: f64| year_month_from_code(code).map(|ym| ym.index() as f64);
                    (Scale::Month, month(value)?, (month(range.0)?, month(range.1)?))
                }
            };
            let distribution = Triangular::around(mode, range).filter(|d| !d.is_fixed())?;
            Some(Input {
                assumption: a,
                index,
                distribution,
                source,
                stream: draws::stream(&a.id),
                scale,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find<'a>(inputs: &'a [Input], id: &str) -> Option<&'a Input> {
        inputs.iter().find(|i| i.assumption.id == id)
    }

    #[test]
    fn sources_ranges_are_sampled_and_user_ranges_replace_them() {
        let mut s = Scenario::default();
        let r = Assumptions::resolve(&s.overrides).expect("defaults");
        let all = inputs(&s, &r);
        let egress = find(&all, "aws.egress.per-gb").expect("sampled");
        assert_eq!(egress.source, RangeSource::Sources);
        assert_eq!((egress.low(), egress.high()), (0.05, 0.09));
        // Governance hours have ranges but do not move a cost.
        assert!(find(&all, "governance.identity.hours-per-cloud").is_none());
        assert!(all.iter().all(|i| i.assumption.category.is_sampled()));

        s.ranges.insert("aws.egress.per-gb".into(), (0.02, 0.15));
        s.ranges
            .insert("people.working-hours-per-year".into(), (1800.0, 1800.0));
        let all = inputs(&s, &r);
        let egress = find(&all, "aws.egress.per-gb").expect("sampled");
        assert_eq!(egress.source, RangeSource::User);
        assert_eq!((egress.low(), egress.high()), (0.02, 0.15));
        assert!(
            find(&all, "people.working-hours-per-year").is_none(),
            "zero width is fixed"
        );
    }

    #[test]
    fn an_override_outside_the_range_stretches_it() {
        let mut s = Scenario::default();
        s.overrides.insert("aws.egress.per-gb".into(), 0.12);
        let r = Assumptions::resolve(&s.overrides).expect("valid");
        let all = inputs(&s, &r);
        let egress = find(&all, "aws.egress.per-gb").expect("sampled");
        assert_eq!(egress.distribution.mode, 0.12);
        assert_eq!((egress.low(), egress.high()), (0.05, 0.12));
    }

    /// Defaults, with Azure's Frontier date drawn between two months around an override.
    fn frontier_dated() -> (Scenario, Vec<Input>) {
        let mut s = Scenario::default();
        s.overrides
            .insert("availability.azure.frontier".into(), 202_706.0);
        s.ranges
            .insert("availability.azure.frontier".into(), (202_612.0, 202_806.0));
        let r = Assumptions::resolve(&s.overrides).expect("valid");
        let all = inputs(&s, &r);
        (s, all)
    }

    #[test]
    fn dates_are_drawn_as_whole_months() {
        let (s, all) = frontier_dated();
        let frontier = find(&all, "availability.azure.frontier").expect("sampled");
        for i in 0..500 {
            let code = frontier.draw(i);
            assert!(frontier.assumption.check(code).is_ok(), "{code}");
            assert!((202_612.0..=202_806.0).contains(&code));
        }
        // "Never" stays never.
        let never = Scenario {
            ranges: s.ranges.clone(),
            ..Scenario::default()
        };
        let r = Assumptions::resolve(&never.overrides).expect("defaults");
        assert!(find(&inputs(&never, &r), "availability.azure.frontier").is_none());
    }

    #[test]
    fn a_block_of_draws_is_the_same_numbers_as_one_draw_at_a_time() {
        let (_, all) = frontier_dated();
        let scales: Vec<Scale> = all.iter().map(|i| i.scale).collect();
        for scale in [Scale::Continuous, Scale::Whole, Scale::Month] {
            assert!(scales.contains(&scale), "{scale:?}");
        }
        let seeds: Vec<u64> = (1000..1037).map(draws::sample_seed).collect();
        for input in &all {
            let mut block = vec![f64::NAN; seeds.len()];
            input.draw_each(&seeds, &mut block);
            for (&seed, &value) in seeds.iter().zip(&block) {
                let one = input.draw_seeded(seed);
                assert_eq!(value.to_bits(), one.to_bits(), "{}", input.assumption.id);
            }
        }
    }

    #[test]
    fn every_draw_is_a_value_its_assumption_accepts() {
        let s = Scenario::default();
        let r = Assumptions::resolve(&s.overrides).expect("defaults");
        for input in inputs(&s, &r) {
            for i in 0..200 {
                let v = input.draw(i);
                assert!(
                    input.assumption.check(v).is_ok(),
                    "{} drew {v}",
                    input.assumption.id
                );
            }
        }
    }
}
