//! Small words the advice sentences share.

use crate::model::currency::Currency;
use crate::model::money::format_number;
use crate::model::scenario::Commitment;

pub(super) fn workloads_word(n: usize) -> &'static str {
    if n == 1 {
        "workload"
    } else {
        "workloads"
    }
}

pub(super) fn is_are(n: usize) -> &'static str {
    if n == 1 {
        "is"
    } else {
        "are"
    }
}

pub(super) fn hours(h: f64) -> String {
    format_number(h.abs().round())
}

/// A share (0–1) as a whole percentage; a sliver is "under 1%" rather than a misleading 0%.
pub(super) fn percent(share: f64) -> String {
    let p = (share * 100.0).round();
    if share > 0.0 && p < 1.0 {
        "under 1%".to_owned()
    } else if share < 1.0 && p >= 100.0 {
        "over 99%".to_owned()
    } else {
        format!("{}%", format_number(p))
    }
}

/// What the shares are of: the spend, or the cards while the board has no spend.
pub(super) fn of_spend(by_spend: bool) -> &'static str {
    if by_spend {
        "of the spend"
    } else {
        "of the workloads (no spend yet)"
    }
}

/// " ($1,500,000 a year, to 2028-06)", or nothing when neither is stated.
pub(super) fn commitment_terms(c: Commitment, currency: &Currency) -> String {
    let size = (c.annual_usd > 0.0).then(|| format!("{} a year", currency.format(c.annual_usd)));
    let end = c.ends.map(|e| format!("to {e}"));
    let parts: Vec<String> = size.into_iter().chain(end).collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!(" ({})", parts.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_never_round_a_sliver_to_nothing() {
        assert_eq!(percent(0.78), "78%");
        assert_eq!(percent(0.001), "under 1%");
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent(0.999), "over 99%");
        assert_eq!(percent(1.0), "100%");
    }
}
