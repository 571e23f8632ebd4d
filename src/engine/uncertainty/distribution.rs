//! The triangular distribution: a low, a most likely and a high value, which is how the
//! sources and the people in the room state an uncertain figure. Sampled by its inverse
//! cumulative distribution, so one uniform draw gives one value and a wider range moves each
//! draw away from the most likely value (draws are comparable across edits).

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Triangular {
    pub low: f64,
    pub mode: f64,
    pub high: f64,
}

impl Triangular {
    /// `low <= mode <= high`, all finite; None otherwise.
    pub fn new(low: f64, mode: f64, high: f64) -> Option<Triangular> {
        let finite = low.is_finite() && mode.is_finite() && high.is_finite();
        (finite && low <= mode && mode <= high).then_some(Triangular { low, mode, high })
    }

    /// A range (in either order) around a most likely value, stretched to include it: a
    /// value in force outside its range is still the most likely value.
    pub fn around(mode: f64, range: (f64, f64)) -> Option<Triangular> {
        let (a, b) = if range.0 <= range.1 {
            range
        } else {
            (range.1, range.0)
        };
        Triangular::new(a.min(mode), mode, b.max(mode))
    }

    pub fn width(&self) -> f64 {
        self.high - self.low
    }

    /// No spread: every draw is the most likely value.
    pub fn is_fixed(&self) -> bool {
        self.width() <= 0.0
    }

    /// The value below which a share `u` (0..=1) of draws fall.
    #[inline]
    pub fn quantile(&self, u: f64) -> f64 {
        if self.width() <= 0.0 {
            return self.mode;
        }
        self.point_at(if u.is_nan() { 0.5 } else { u.clamp(0.0, 1.0) })
    }

    /// `quantile` for a share `u` known to be in 0..=1 and a positive width: the arithmetic
    /// alone, with no branch on the draw.
    #[inline]
    pub(super) fn point_at(&self, u: f64) -> f64 {
        let width = self.width();
        let below = self.mode - self.low;
        // One square root whichever side of the mode, and the side chosen by arithmetic, not
        // a branch: the side is a coin toss per draw, which a branch predictor cannot learn
        // (and the compiler turns selects back into branches). A finite `x * 0.0` is a zero
        // and adding a zero is exact, so these are the two sides' values.
        let side = f64::from(u8::from(u * width < below));
        let other = 1.0 - side;
        let from = self.low * side + self.high * other;
        let toward = side - other;
        let square = u * width * below * side + (1.0 - u) * width * (self.high - self.mode) * other;
        // `clamp` without its check that low <= high (always so), which would put a panic
        // path in the sampler's innermost loop; a NaN stays NaN, as with `clamp`.
        let x = from + toward * square.sqrt();
        if x < self.low {
            self.low
        } else if x > self.high {
            self.high
        } else {
            x
        }
    }

    /// The share of draws at or below `x`.
    pub fn cdf(&self, x: f64) -> f64 {
        let width = self.width();
        if x <= self.low {
            return if width <= 0.0 && x >= self.mode { 1.0 } else { 0.0 };
        }
        if x >= self.high {
            return 1.0;
        }
        if x <= self.mode {
            (x - self.low).powi(2) / (width * (self.mode - self.low))
        } else {
            1.0 - (self.high - x).powi(2) / (width * (self.high - self.mode))
        }
    }

    pub fn mean(&self) -> f64 {
        (self.low + self.mode + self.high) / 3.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn ends_and_mode_are_where_they_belong() {
        let t = Triangular::new(1.0, 2.0, 5.0).expect("ordered");
        assert_eq!(t.quantile(0.0), 1.0);
        assert_eq!(t.quantile(1.0), 5.0);
        // A quarter of the mass lies below the mode: (2 - 1) / (5 - 1).
        assert!((t.cdf(2.0) - 0.25).abs() < 1e-12);
        assert!((t.quantile(0.25) - 2.0).abs() < 1e-12);
        assert_eq!(t.cdf(0.0), 0.0);
        assert_eq!(t.cdf(6.0), 1.0);
    }

    #[test]
    fn each_side_of_the_mode_is_its_own_square_root() {
        let t = Triangular::new(1.0, 2.0, 5.0).expect("ordered");
        // Below the mode: 1 + sqrt(0.1 x 4 x 1); above it: 5 - sqrt((1 - 0.75) x 4 x 3).
        assert_eq!(t.quantile(0.1), 1.0 + 0.4_f64.sqrt());
        assert_eq!(t.quantile(0.75), 5.0 - 3.0_f64.sqrt());
        // A mode at either end leaves one side: every draw is on the other.
        let right = Triangular::new(0.0, 0.0, 2.0).expect("ordered");
        assert_eq!(right.quantile(0.75), 2.0 - (0.25_f64 * 2.0 * 2.0).sqrt());
        let left = Triangular::new(0.0, 2.0, 2.0).expect("ordered");
        assert_eq!(left.quantile(0.25), (0.25_f64 * 2.0 * 2.0).sqrt());
        assert_eq!(left.quantile(1.0), 2.0);
    }

    #[test]
    fn a_fixed_value_is_always_drawn() {
        let t = Triangular::around(3.0, (3.0, 3.0)).expect("fixed");
        assert!(t.is_fixed());
        for u in [0.0, 0.3, 0.999, 1.0, f64::NAN] {
            assert_eq!(t.quantile(u), 3.0);
        }
    }

    #[test]
    fn a_range_is_stretched_to_include_the_value_in_force() {
        let t = Triangular::around(7.0, (1.0, 5.0)).expect("valid");
        assert_eq!((t.low, t.mode, t.high), (1.0, 7.0, 7.0));
        let flipped = Triangular::around(2.0, (5.0, 1.0)).expect("valid");
        assert_eq!((flipped.low, flipped.high), (1.0, 5.0));
        assert!(Triangular::new(2.0, 1.0, 3.0).is_none());
        assert!(Triangular::around(f64::NAN, (1.0, 2.0)).is_none());
    }

    #[test]
    fn the_mean_of_many_draws_is_the_mean_of_the_distribution() {
        let t = Triangular::new(10.0, 12.0, 30.0).expect("ordered");
        let n = 20_000;
        let mean = (0..n)
            .map(|i| t.quantile((i as f64 + 0.5) / n as f64))
            .sum::<f64>()
            / n as f64;
        assert!((mean - t.mean()).abs() < 1e-3, "{mean} vs {}", t.mean());
    }

    proptest! {
        #[test]
        fn quantile_inverts_cdf_and_never_leaves_the_range(
            low in -1e6..1e6_f64, a in 0.0..1e6_f64, b in 0.0..1e6_f64, u in 0.0..=1.0_f64,
        ) {
            let t = Triangular::new(low, low + a, low + a + b).expect("ordered");
            let x = t.quantile(u);
            prop_assert!(t.low <= x && x <= t.high);
            if t.width() > 1e-6 {
                prop_assert!((t.cdf(x) - u).abs() < 1e-6, "u {} cdf {}", u, t.cdf(x));
            }
        }

        #[test]
        fn quantile_rises_with_the_draw(low in -1e3..1e3_f64, a in 0.0..1e3_f64, b in 0.0..1e3_f64,
                                        u in 0.0..1.0_f64, v in 0.0..1.0_f64) {
            let t = Triangular::new(low, low + a, low + a + b).expect("ordered");
            let (u, v) = if u <= v { (u, v) } else { (v, u) };
            prop_assert!(t.quantile(u) <= t.quantile(v));
        }

        #[test]
        fn widening_around_the_mode_moves_each_draw_away_from_it(
            mode in -1e3..1e3_f64, a in 0.0..1e3_f64, b in 0.0..1e3_f64, k in 1.0..5.0_f64, u in 0.0..=1.0_f64,
        ) {
            let narrow = Triangular::new(mode - a, mode, mode + b).expect("ordered");
            let wide = Triangular::new(mode - k * a, mode, mode + k * b).expect("ordered");
            let (x, y) = (narrow.quantile(u) - mode, wide.quantile(u) - mode);
            prop_assert!(x * y >= 0.0 && y.abs() + 1e-9 >= x.abs());
        }
    }
}
