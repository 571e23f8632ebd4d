//! Month-valued rules (availability dates) are stored as `YYYYMM` numbers, e.g. `202609` for
//! September 2026, so that they read naturally in the assumptions table; `0` means "never".

use crate::model::scenario::YearMonth;

/// Decodes a `YYYYMM` value; None for 0 ("never") or an invalid code.
pub fn year_month_from_code(code: f64) -> Option<YearMonth> {
    if !code.is_finite() || code <= 0.0 {
        return None;
    }
    let code = code as i64;
    YearMonth::new(i32::try_from(code / 100).ok()?, u8::try_from(code % 100).ok()?)
}

pub fn year_month_code(ym: YearMonth) -> f64 {
    f64::from(ym.year) * 100.0 + f64::from(ym.month)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_month_codes_round_trip() {
        let ym = YearMonth::new(2026, 9).unwrap();
        assert_eq!(year_month_from_code(year_month_code(ym)), Some(ym));
        assert_eq!(year_month_from_code(0.0), None);
    }
}
