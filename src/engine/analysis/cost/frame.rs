//! Growth and price-decline factors per month, so a line is priced once and scaled.

use super::lines::Scaling;

/// Growth and decline factors per month, and their running sums.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    pub(super) months: usize,
    /// factors[scaling][m]; sums[scaling][n] = sum of the first n factors.
    pub(super) factors: [Vec<f64>; Scaling::COUNT],
    sums: [Vec<f64>; Scaling::COUNT],
}

/// The yearly rates a frame is built from, in percent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rates {
    pub growth_per_month: f64,
    pub price_decline_per_year: f64,
    pub salary_growth_per_year: f64,
}

impl Frame {
    pub(crate) fn new(months: usize, rates: Rates) -> Frame {
        let g = 1.0 + rates.growth_per_month / 100.0;
        let d = (1.0 - rates.price_decline_per_year / 100.0).powf(1.0 / 12.0);
        let labour = labour_step(rates.salary_growth_per_year);
        let series = |step: f64| {
            let mut v = Vec::with_capacity(months);
            let mut f = 1.0;
            for _ in 0..months {
                v.push(f);
                f *= step;
            }
            v
        };
        let one_time: Vec<f64> = (0..months).map(|m| if m == 0 { 1.0 } else { 0.0 }).collect();
        let factors = [
            series(g),
            series(g * d),
            vec![1.0; months],
            one_time,
            series(labour),
        ];
        let sums = factors.clone().map(|f| {
            let mut s = Vec::with_capacity(months + 1);
            let mut acc = 0.0;
            s.push(0.0);
            for x in f {
                acc += x;
                s.push(acc);
            }
            s
        });
        Frame {
            months,
            factors,
            sums,
        }
    }

    /// Sum of the factors over the first `n` months (capped at the horizon).
    pub(crate) fn sum(&self, scaling: Scaling, n: usize) -> f64 {
        self.sums[scaling.index()][n.min(self.months)]
    }
}

/// The monthly step of a yearly salary growth in percent, spread evenly over the months.
pub(crate) fn labour_step(salary_growth_per_year: f64) -> f64 {
    (1.0 + salary_growth_per_year / 100.0).powf(1.0 / 12.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frame_sums_match_closed_forms() {
        let f = Frame::new(
            24,
            Rates {
                growth_per_month: 2.0,
                price_decline_per_year: 20.0,
                salary_growth_per_year: 4.0,
            },
        );
        let g: f64 = 1.02;
        let closed = (g.powi(24) - 1.0) / (g - 1.0);
        assert!((f.sum(Scaling::Growth, 24) - closed).abs() < 1e-9);
        assert_eq!(f.sum(Scaling::Flat, 24), 24.0);
        assert_eq!(f.sum(Scaling::OneTime, 24), 1.0);
        // After 12 months the price factor alone is 0.8.
        let gd12 = f.factors[Scaling::GrowthAndPriceDecline.index()][12];
        assert!((gd12 - g.powi(12) * 0.8).abs() < 1e-9);
        assert_eq!(f.sum(Scaling::Growth, 100), f.sum(Scaling::Growth, 24));
        // Salaries: 4% after 12 months, 8.16% after 24.
        let labour = &f.factors[Scaling::Labour.index()];
        assert!((labour[12] - 1.04).abs() < 1e-12);
        assert!((f.sum(Scaling::Labour, 13) - f.sum(Scaling::Labour, 12) - 1.04).abs() < 1e-12);
    }
}
