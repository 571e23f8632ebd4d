//! Seeded uniform draws. A sample's seed is SipHash-1-3, keyed with a fixed seed, of the
//! sample index; draw `(sample, stream)` mixes that seed with the stream (an assumption's id,
//! hashed the same way) through SplitMix64's finaliser, a bijective 64-bit mixer. So:
//! - the same scenario gives the same band on every machine and after a reload;
//! - a sample does not depend on which samples were drawn before it (chunks and their sizes
//!   do not change the result);
//! - an assumption's draws do not depend on which other assumptions are sampled, so an edit
//!   to one range changes only that assumption's draws.
//!
//! SipHash is a fixed, specified function (not std's `DefaultHasher`, whose output may change
//! between Rust releases); bytes are fed little-endian so every platform agrees.

use std::hash::Hasher;

use siphasher::sip::SipHasher13;

/// "cloudspl", "it-bands".
const SEED: (u64, u64) = (0x636c_6f75_6473_706c, 0x6974_2d62_616e_6473);

fn hasher() -> SipHasher13 {
    SipHasher13::new_with_keys(SEED.0, SEED.1)
}

/// The stream of draws that belongs to an assumption id.
pub fn stream(id: &str) -> u64 {
    let mut h = hasher();
    h.write(id.as_bytes());
    h.finish()
}

/// The seed of sample `sample`, shared by its streams (hashed once per sample).
pub fn sample_seed(sample: u64) -> u64 {
    let mut h = hasher();
    h.write(&sample.to_le_bytes());
    h.finish()
}

/// Uniform in [0, 1), 53 random bits, for the sample with seed `seed`.
// Inline hints: the release profile optimises for size, which otherwise leaves these small
// per-draw functions as calls in the sampler's innermost loop.
#[inline]
pub fn uniform_at(seed: u64, stream: u64) -> f64 {
    // SplitMix64's increment and finaliser (Steele, Lea, Flood 2014).
    let mut z = (seed ^ stream).wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^= z >> 31;
    (z >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// Uniform in [0, 1) for sample `sample` of `stream`.
pub fn uniform(sample: u64, stream: u64) -> f64 {
    uniform_at(sample_seed(sample), stream)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn draws_are_fixed_numbers() {
        // Pinned (and checked against an independent SipHash-1-3): if these change, every
        // scenario and shared link shows a different band.
        assert_eq!(stream("growth.volume-per-month"), 0x9be7_e028_96ca_5d1b);
        assert_eq!(sample_seed(0), 0x9e64_62d8_7f43_97fc);
        let u = uniform(0, stream("growth.volume-per-month"));
        assert_eq!(format!("{u:.12}"), "0.472952619829");
    }

    #[test]
    fn draws_look_uniform_and_streams_differ() {
        let s = stream("aws.egress.per-gb");
        assert_ne!(s, stream("azure.egress.per-gb"));
        let n = 100_000;
        let mut bins = [0usize; 10];
        let mut sum = 0.0;
        for i in 0..n {
            let u = uniform(i, s);
            assert!((0.0..1.0).contains(&u));
            bins[(u * 10.0) as usize] += 1;
            sum += u;
        }
        assert!((sum / n as f64 - 0.5).abs() < 0.005);
        // Chi-square with 9 degrees of freedom; 27.9 is its 99.9th percentile.
        let expected = n as f64 / 10.0;
        let chi2: f64 = bins
            .iter()
            .map(|&b| (b as f64 - expected).powi(2) / expected)
            .sum();
        assert!(chi2 < 27.9, "{chi2} {bins:?}");
    }

    #[test]
    fn streams_of_one_sample_are_not_correlated() {
        let (a, b) = (stream("aws.egress.per-gb"), stream("azure.egress.per-gb"));
        let n = 50_000u64;
        let product: f64 = (0..n)
            .map(|i| {
                let seed = sample_seed(i);
                (uniform_at(seed, a) - 0.5) * (uniform_at(seed, b) - 0.5)
            })
            .sum::<f64>()
            / n as f64;
        assert!(product.abs() < 0.0017, "{product}");
    }

    #[test]
    fn neighbouring_samples_are_not_correlated() {
        let s = stream("people.architect-cost-per-year");
        let n = 50_000u64;
        let xs: Vec<f64> = (0..=n).map(|i| uniform(i, s) - 0.5).collect();
        let lag1: f64 = xs.windows(2).map(|w| w[0] * w[1]).sum::<f64>() / n as f64;
        // Var(U) = 1/12; a correlation of 0.02 would be 0.0017 here.
        assert!(lag1.abs() < 0.0017, "{lag1}");
    }
}
