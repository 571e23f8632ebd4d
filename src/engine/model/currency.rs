//! The currency amounts are shown in. The engine computes in US dollars (every shipped price is
//! a USD list price); a [`Currency`] is how those dollars are shown: a code, a symbol and a
//! dated, editable exchange rate, an assumption like any other. Switching currency never changes
//! a computed figure, so switching back gives the same dollars exactly.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::money::{format_amount, format_number};
use super::month::YearMonth;

/// The smallest and largest rate accepted, in units per US dollar. Stated rationale: wide enough
/// for currencies quoted in tens or hundreds of thousands of units per dollar and for ones worth
/// several dollars, narrow enough that no converted amount overflows or rounds to nothing.
/// A rate outside is far more likely a typing slip than a currency.
pub const MIN_PER_USD: f64 = 1e-6;
pub const MAX_PER_USD: f64 = 1e6;
pub const MAX_SYMBOL_CHARS: usize = 4;
pub const MAX_SOURCE_CHARS: usize = 500;

/// The ECB's euro reference rates, where the shipped EUR and GBP rates come from.
/// Read from a verbatim copy of the ECB's table for the day (grade B in /work/notes/ptu-research.md
/// §4; cross-checked against the 21 Feb 2025 table at https://euro2.net/?p=21644, 1 EUR = 1.0465 USD).
const ECB_SOURCE: &str = "ECB euro foreign exchange reference rates of 28 Feb 2025 (1 EUR = 1.0411 USD = \
    0.82608 GBP), as reproduced in full at https://eurodripusa.net/?p=3470; official series \
    https://www.ecb.europa.eu/stats/policy_and_exchange_rates/euro_reference_exchange_rates/html/eurofxref-graph-usd.en.html. \
    Rates move: edit the rate for your own date";
const ECB_DATE: YearMonth = YearMonth { year: 2025, month: 2 };

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Currency {
    /// Three uppercase letters, ISO 4217-like ("EUR").
    pub code: String,
    /// What amounts are prefixed with: "€", "£", "CHF".
    pub symbol: String,
    /// Units of this currency per US dollar.
    pub per_usd: f64,
    /// The month the rate is taken from.
    pub as_of: YearMonth,
    /// Where the rate comes from, or "Entered by you".
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Error)]
pub enum CurrencyError {
    #[error("The exchange rate must be a number (got \"{0}\")")]
    RateNotANumber(String),
    #[error("The exchange rate must be more than 0 units per US dollar")]
    RateNotPositive,
    #[error("The exchange rate must be between {MIN_PER_USD} and {MAX_PER_USD} units per US dollar")]
    RateOutOfRange,
    #[error("The currency code must be three letters, like EUR (got \"{0}\")")]
    BadCode(String),
    #[error("The currency symbol cannot be empty")]
    EmptySymbol,
    #[error("The currency symbol can have at most {MAX_SYMBOL_CHARS} characters")]
    SymbolTooLong,
    #[error("The currency symbol can have letters, currency signs such as € or $, dots and slashes only")]
    BadSymbol,
    #[error("The exchange rate's month is not a calendar month")]
    BadMonth,
    #[error("The exchange rate's source can have at most {MAX_SOURCE_CHARS} characters")]
    SourceTooLong,
    #[error("US dollars are the prices' own currency: their rate is 1")]
    UsdRateNotOne,
}

impl Default for Currency {
    /// US dollars: what the engine computes in, so older saved scenarios show as before.
    fn default() -> Self {
        Currency::usd()
    }
}

impl Currency {
    pub fn usd() -> Currency {
        Currency {
            code: "USD".to_owned(),
            symbol: "$".to_owned(),
            per_usd: 1.0,
            as_of: ECB_DATE,
            source: "Prices are US dollar list prices; no conversion".to_owned(),
        }
    }

    /// 1 / 1.0411 EUR per USD (ECB, 28 Feb 2025), rounded to 4 decimals.
    pub fn eur() -> Currency {
        Currency {
            code: "EUR".to_owned(),
            symbol: "€".to_owned(),
            per_usd: 0.9605,
            as_of: ECB_DATE,
            source: ECB_SOURCE.to_owned(),
        }
    }

    /// 0.82608 / 1.0411 GBP per USD (ECB cross rate, 28 Feb 2025), rounded to 4 decimals.
    pub fn gbp() -> Currency {
        Currency {
            code: "GBP".to_owned(),
            symbol: "£".to_owned(),
            per_usd: 0.7935,
            as_of: ECB_DATE,
            source: ECB_SOURCE.to_owned(),
        }
    }

    /// USD, EUR and GBP, with their shipped rates.
    pub fn built_ins() -> [Currency; 3] {
        [Currency::usd(), Currency::eur(), Currency::gbp()]
    }

    /// The shipped currency with this code, if any.
    pub fn built_in(code: &str) -> Option<Currency> {
        Currency::built_ins().into_iter().find(|c| c.code == code)
    }

    /// A currency the user enters: checked like one loaded from a file.
    pub fn custom(
        code: &str,
        symbol: &str,
        per_usd: f64,
        as_of: YearMonth,
    ) -> Result<Currency, CurrencyError> {
        let c = Currency {
            code: code.trim().to_ascii_uppercase(),
            symbol: symbol.trim().to_owned(),
            per_usd,
            as_of,
            source: "Entered by you".to_owned(),
        };
        c.validate()?;
        Ok(c)
    }

    /// This currency at another rate (the user's), keeping code and symbol.
    pub fn with_rate(&self, per_usd: f64, as_of: YearMonth) -> Result<Currency, CurrencyError> {
        check_rate(per_usd)?;
        if self.code == "USD" && per_usd != 1.0 {
            return Err(CurrencyError::UsdRateNotOne);
        }
        let source =
            if Currency::built_in(&self.code).is_some_and(|b| b.per_usd == per_usd && b.as_of == as_of) {
                self.source.clone()
            } else {
                "Entered by you".to_owned()
            };
        Ok(Currency {
            per_usd,
            as_of,
            source,
            ..self.clone()
        })
    }

    pub fn validate(&self) -> Result<(), CurrencyError> {
        check_code(&self.code)?;
        check_symbol(&self.symbol)?;
        check_rate(self.per_usd)?;
        if self.code == "USD" && self.per_usd != 1.0 {
            return Err(CurrencyError::UsdRateNotOne);
        }
        if !(1..=12).contains(&self.as_of.month) {
            return Err(CurrencyError::BadMonth);
        }
        if self.source.chars().count() > MAX_SOURCE_CHARS {
            return Err(CurrencyError::SourceTooLong);
        }
        Ok(())
    }

    pub fn is_usd(&self) -> bool {
        self.code == "USD" && self.per_usd == 1.0
    }

    /// US dollars in this currency.
    pub fn from_usd(&self, usd: f64) -> f64 {
        usd * self.per_usd
    }

    /// `usd` converted and formatted: `€1,234`, `£1.2M`, `CHF 950`.
    pub fn format(&self, usd: f64) -> String {
        self.format_amount(self.from_usd(usd))
    }

    /// An amount already in this currency, formatted like [`Currency::format`].
    pub fn format_amount(&self, amount: f64) -> String {
        format_amount(&self.prefix(), amount)
    }

    /// The symbol as written before a number: a space after a symbol ending in a letter
    /// ("CHF 950"), none after a sign ("€950", "A$950").
    pub fn prefix(&self) -> String {
        if self.symbol.chars().last().is_some_and(char::is_alphabetic) {
            format!("{} ", self.symbol)
        } else {
            self.symbol.clone()
        }
    }

    /// "0.9605 €/$ as of 2025-02".
    pub fn rate_text(&self) -> String {
        format!(
            "{} {}/$ as of {}",
            trim_rate(self.per_usd),
            self.symbol,
            self.as_of
        )
    }
}

impl Currency {
    /// For a price quoted in US dollars (its unit starts with `$`), the same price here:
    /// "USD list price; €2.3 at 0.92 €/$ as of 2026-10". `None` in US dollars or for other units,
    /// so the explanation of a cost line keeps the source price and adds the converted one.
    pub fn converted_price_note(&self, usd_value: f64, unit: &str) -> Option<String> {
        if self.is_usd() || !unit.trim_start().starts_with('$') || !usd_value.is_finite() {
            return None;
        }
        let converted = self.from_usd(usd_value);
        let number = if converted.abs() >= 1.0 {
            format_number(converted)
        } else {
            trim_rate(converted)
        };
        Some(format!(
            "USD list price; {}{number} at {}",
            self.prefix(),
            self.rate_text()
        ))
    }
}

/// `0.9605`, `1`, `42000`: the rate with up to six significant decimals, no trailing zeros.
pub fn trim_rate(rate: f64) -> String {
    let text = format!("{rate:.6}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// The rate the user typed, or why it cannot be used.
pub fn parse_rate(text: &str) -> Result<f64, CurrencyError> {
    let cleaned: String = text.trim().chars().filter(|c| *c != ',' && *c != '_').collect();
    let rate: f64 = cleaned
        .parse()
        .map_err(|_| CurrencyError::RateNotANumber(text.trim().chars().take(20).collect()))?;
    check_rate(rate)?;
    Ok(rate)
}

fn check_rate(rate: f64) -> Result<(), CurrencyError> {
    if rate.is_nan() {
        return Err(CurrencyError::RateNotANumber("NaN".to_owned()));
    }
    if rate <= 0.0 {
        return Err(CurrencyError::RateNotPositive);
    }
    if !(MIN_PER_USD..=MAX_PER_USD).contains(&rate) {
        return Err(CurrencyError::RateOutOfRange);
    }
    Ok(())
}

fn check_code(code: &str) -> Result<(), CurrencyError> {
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(CurrencyError::BadCode(code.chars().take(10).collect()))
    }
}

fn check_symbol(symbol: &str) -> Result<(), CurrencyError> {
    if symbol.trim().is_empty() {
        return Err(CurrencyError::EmptySymbol);
    }
    if symbol.chars().count() > MAX_SYMBOL_CHARS {
        return Err(CurrencyError::SymbolTooLong);
    }
    // Only what a symbol is made of: it is written into Markdown tables and SVG text, so no
    // markup, no digits or signs that would read as part of the amount, no invisible characters.
    let allowed = |c: char| {
        c.is_alphabetic()
            || matches!(c, '$' | '.' | '/')
            || (!c.is_ascii() && !c.is_control() && !c.is_whitespace() && !invisible(c))
    };
    if symbol.chars().all(allowed) {
        Ok(())
    } else {
        Err(CurrencyError::BadSymbol)
    }
}

/// Zero-width and direction-changing characters: they would hide or reorder the amount.
fn invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ym(year: i32, month: u8) -> YearMonth {
        YearMonth { year, month }
    }

    #[test]
    fn amounts_follow_the_currency() {
        let eur = Currency::eur().with_rate(0.92, ym(2026, 10)).expect("valid");
        assert_eq!(eur.format(10_000.0), "€9,200");
        assert_eq!(eur.format(-2_500.0), "-€2,300");
        assert_eq!(eur.format(2_000_000.0), "€1.8M");
        assert_eq!(eur.format(5e9), "€4.6B");
        let gbp = Currency::gbp().with_rate(0.8, ym(2026, 10)).expect("valid");
        assert_eq!(gbp.format(1_500_000.0), "£1.2M");
        assert_eq!(gbp.format(0.0), "£0");
        let chf = Currency::custom("chf", "CHF", 0.95, ym(2026, 10)).expect("valid");
        assert_eq!(chf.code, "CHF");
        assert_eq!(chf.format(1_000.0), "CHF 950");
        assert_eq!(chf.format(-1_000.0), "-CHF 950");
        let aud = Currency::custom("AUD", "A$", 1.5, ym(2026, 10)).expect("valid");
        assert_eq!(aud.format(1_000.0), "A$1,500");
        assert_eq!(Currency::usd().format(1_234_567.0), "$1.2M");
        assert_eq!(eur.format(f64::NAN), "n/a");
    }

    #[test]
    fn switching_to_eur_and_back_gives_the_same_dollars_exactly() {
        // Hand-computed: $10,000 x 0.92 EUR/USD = EUR 9,200.
        let total_usd = 10_000.0;
        let eur = Currency::eur().with_rate(0.92, ym(2026, 10)).expect("valid");
        assert_eq!(eur.format(total_usd), "€9,200");
        assert_eq!(eur.from_usd(total_usd), 9_200.0);
        // The engine's figure is never converted in place, so back in dollars it is the same.
        assert_eq!(Currency::usd().format(total_usd), "$10,000");
    }

    #[test]
    fn bad_input_is_refused_in_plain_words() {
        assert_eq!(parse_rate("0"), Err(CurrencyError::RateNotPositive));
        assert_eq!(parse_rate("-1"), Err(CurrencyError::RateNotPositive));
        assert_eq!(
            parse_rate("NaN"),
            Err(CurrencyError::RateNotANumber("NaN".to_owned()))
        );
        assert_eq!(
            parse_rate("abc"),
            Err(CurrencyError::RateNotANumber("abc".to_owned()))
        );
        assert_eq!(parse_rate("1e9"), Err(CurrencyError::RateOutOfRange));
        assert_eq!(parse_rate("inf"), Err(CurrencyError::RateOutOfRange));
        assert_eq!(parse_rate(" 0.9605 "), Ok(0.9605));
        assert_eq!(parse_rate("1,500"), Ok(1500.0));
        assert!(Currency::custom("EU", "€", 1.0, ym(2026, 1)).is_err());
        assert!(Currency::custom("EUR1", "€", 1.0, ym(2026, 1)).is_err());
        assert_eq!(
            Currency::custom("XYZ", "", 1.0, ym(2026, 1)),
            Err(CurrencyError::EmptySymbol)
        );
        assert_eq!(
            Currency::custom("XYZ", "ABCDE", 1.0, ym(2026, 1)),
            Err(CurrencyError::SymbolTooLong)
        );
        for bad in ["<b>", "|", "*", "1", "-", "a b", "\u{202E}$", "`"] {
            assert_eq!(
                Currency::custom("XYZ", bad, 1.0, ym(2026, 1)),
                Err(CurrencyError::BadSymbol),
                "{bad:?}"
            );
        }
        for good in ["R$", "zł", "S/.", "kr", "¥", "₹", "CHF"] {
            assert!(Currency::custom("XYZ", good, 1.0, ym(2026, 1)).is_ok(), "{good}");
        }
        assert_eq!(
            Currency::custom("usd", "$", 0.9, ym(2026, 1)),
            Err(CurrencyError::UsdRateNotOne)
        );
        assert_eq!(
            Currency::eur().with_rate(0.0, ym(2026, 1)),
            Err(CurrencyError::RateNotPositive)
        );
        assert_eq!(
            CurrencyError::RateNotPositive.to_string(),
            "The exchange rate must be more than 0 units per US dollar"
        );
    }

    #[test]
    fn shipped_currencies_are_valid_and_keep_their_source_until_edited() {
        for c in Currency::built_ins() {
            assert_eq!(c.validate(), Ok(()), "{}", c.code);
            assert!(!c.source.is_empty());
        }
        let eur = Currency::eur();
        assert!(eur.source.contains("ecb.europa.eu"));
        assert_eq!(
            eur.with_rate(eur.per_usd, eur.as_of).map(|c| c.source),
            Ok(eur.source.clone())
        );
        assert_eq!(
            eur.with_rate(0.92, ym(2026, 10)).map(|c| c.source),
            Ok("Entered by you".to_owned())
        );
        assert_eq!(eur.rate_text(), "0.9605 €/$ as of 2025-02");
    }

    #[test]
    fn a_dollar_price_keeps_its_source_and_shows_the_converted_figure() {
        let eur = Currency::eur().with_rate(0.92, ym(2026, 10)).expect("valid");
        assert_eq!(
            eur.converted_price_note(2.5, "$ per 1M tokens").as_deref(),
            Some("USD list price; €2.3 at 0.92 €/$ as of 2026-10")
        );
        assert_eq!(
            eur.converted_price_note(0.09, "$/GB").as_deref(),
            Some("USD list price; €0.0828 at 0.92 €/$ as of 2026-10")
        );
        assert_eq!(eur.converted_price_note(20.0, "% of data GB per month"), None);
        assert_eq!(Currency::usd().converted_price_note(2.5, "$ per 1M tokens"), None);
    }
}
