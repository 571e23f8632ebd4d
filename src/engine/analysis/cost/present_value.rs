//! What a series of monthly amounts is worth at the plan's start, at a yearly discount rate.

/// The present value of `monthly` (month 0 = the plan's start) at `rate_percent` a year:
/// month `m` is divided by `(1 + rate)^(m / 12)`, so month 0 counts in full and money a
/// year out counts `1 / (1 + rate)` of its face value. A rate of 0 gives the nominal total.
pub(crate) fn present_value(monthly: &[f64], rate_percent: f64) -> f64 {
    let step = (1.0 + rate_percent / 100.0).powf(-1.0 / 12.0);
    let mut factor = 1.0;
    let mut total = 0.0;
    for v in monthly {
        total += v * factor;
        factor *= step;
    }
    total
}

#[cfg(test)]
mod tests {
    use super::present_value;

    #[test]
    fn a_year_out_counts_one_over_one_plus_the_rate() {
        // $1,000 now and $1,000 in month 12 at 10%: 1,000 + 1,000 / 1.1 = 1,909.09.
        let mut monthly = vec![0.0; 13];
        monthly[0] = 1_000.0;
        monthly[12] = 1_000.0;
        assert!((present_value(&monthly, 10.0) - 1_909.090_909).abs() < 1e-6);
    }

    #[test]
    fn zero_rate_is_the_nominal_total() {
        let monthly = [100.0, 200.0, 300.0];
        assert_eq!(present_value(&monthly, 0.0), 600.0);
    }

    #[test]
    fn a_flat_series_matches_the_geometric_sum() {
        // 24 months of $100 at 8%: 100 x (1 - v^24) / (1 - v), v = 1.08^(-1/12).
        let v = 1.08_f64.powf(-1.0 / 12.0);
        let closed = 100.0 * (1.0 - v.powi(24)) / (1.0 - v);
        assert!((present_value(&[100.0; 24], 8.0) - closed).abs() < 1e-9);
        assert!(closed < 2_400.0 && closed > 2_200.0);
    }
}
