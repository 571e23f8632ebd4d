//! Money and number formatting for messages and the UI. Amounts are plain `f64` US dollars throughout the engine:
//! they are estimates, so cent-exact decimal arithmetic would add nothing. They are shown in the scenario's
//! currency (`Currency::format`, which converts and then calls [`format_amount`]); only prices quoted in their
//! source currency use [`format_usd`].

/// `$950`, `$5,500`, `$1.2M`, `$3.4B`: for a figure in its source currency (a USD list price), never for an
/// amount on the page, which follows the scenario's currency (`Currency::format`).
pub fn format_usd(amount: f64) -> String {
    format_amount("$", amount)
}

/// An amount after `prefix` (`$`, `€`, `CHF `): `€950`, `€5,500`, `€1.2M`, `€3.4B`; negative amounts get a
/// leading minus.
pub fn format_amount(prefix: &str, amount: f64) -> String {
    if !amount.is_finite() {
        return "n/a".to_owned();
    }
    let sign = if amount < 0.0 { "-" } else { "" };
    let a = amount.abs();
    if a >= 1e9 {
        format!("{sign}{prefix}{:.1}B", a / 1e9)
    } else if a >= 1e6 {
        format!("{sign}{prefix}{:.1}M", a / 1e6)
    } else {
        format!("{sign}{prefix}{}", group_thousands(a.round() as u64))
    }
}

/// `1000000` -> `1,000,000`; keeps up to two decimals (`0.5`, `12.25`).
pub fn format_number(value: f64) -> String {
    if !value.is_finite() {
        return "n/a".to_owned();
    }
    let cents = (value.abs() * 100.0).round();
    let sign = if value < 0.0 && cents > 0.0 { "-" } else { "" };
    let whole = group_thousands((cents / 100.0).trunc() as u64);
    match (cents % 100.0) as u32 {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::format_usd;

    #[test]
    fn formats_like_a_slide() {
        assert_eq!(format_usd(0.0), "$0");
        assert_eq!(format_usd(950.4), "$950");
        assert_eq!(format_usd(5_500.0), "$5,500");
        assert_eq!(format_usd(123_456.0), "$123,456");
        assert_eq!(format_usd(1_234_567.0), "$1.2M");
        assert_eq!(format_usd(-2_500.0), "-$2,500");
        assert_eq!(format_usd(3.4e9), "$3.4B");
        assert_eq!(format_usd(f64::NAN), "n/a");
    }

    #[test]
    fn numbers_group_thousands_and_keep_two_decimals() {
        use super::format_number;
        assert_eq!(format_number(1_234_567.0), "1,234,567");
        assert_eq!(format_number(0.5), "0.5");
        assert_eq!(format_number(12.25), "12.25");
        assert_eq!(format_number(-1500.0), "-1,500");
        assert_eq!(format_number(0.0001), "0");
    }
}
