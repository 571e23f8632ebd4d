//! Turning what a person typed into a value the engine accepts, with a message in plain
//! words when it cannot be used. The caller keeps the last valid value in force.

use thiserror::Error;

#[derive(Debug, Clone, PartialEq, Error)]
pub enum InputError {
    #[error("Enter a number.")]
    Empty,
    #[error("\"{0}\" is not a number.")]
    NotANumber(String),
    #[error("{what} cannot be below {min}.")]
    TooSmall { what: &'static str, min: String },
    #[error("{what} cannot be above {max}.")]
    TooLarge { what: &'static str, max: String },
    #[error("A name is required.")]
    EmptyName,
    #[error("Names can be at most {max} characters (this one has {len}).")]
    NameTooLong { max: usize, len: usize },
}

/// Bounds for one numeric field, with the words used in messages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NumberRule {
    pub what: &'static str,
    pub min: f64,
    pub max: f64,
}

pub const MAX_NAME_CHARS: usize = 120;

/// Accepts "1000000", "1,000,000", "1 000 000", "1e6", "2.5k", "3M" (k, M, B suffixes).
pub fn parse_number(text: &str, rule: NumberRule) -> Result<f64, InputError> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}'))
        .collect();
    if cleaned.is_empty() {
        return Err(InputError::Empty);
    }
    let (digits, scale) = match cleaned.chars().last() {
        Some('k' | 'K') => (&cleaned[..cleaned.len() - 1], 1e3),
        Some('m' | 'M') => (&cleaned[..cleaned.len() - 1], 1e6),
        Some('b' | 'B') => (&cleaned[..cleaned.len() - 1], 1e9),
        _ => (cleaned.as_str(), 1.0),
    };
    let value = digits
        .parse::<f64>()
        .ok()
        .map(|v| v * scale)
        .filter(|v| v.is_finite())
        .ok_or_else(|| InputError::NotANumber(shorten(text.trim())))?;
    if value < rule.min {
        return Err(InputError::TooSmall {
            what: rule.what,
            min: plain(rule.min),
        });
    }
    if value > rule.max {
        return Err(InputError::TooLarge {
            what: rule.what,
            max: plain(rule.max),
        });
    }
    Ok(value)
}

pub fn parse_name(text: &str) -> Result<String, InputError> {
    let name = text.trim();
    let len = name.chars().count();
    if len == 0 {
        Err(InputError::EmptyName)
    } else if len > MAX_NAME_CHARS {
        Err(InputError::NameTooLong {
            max: MAX_NAME_CHARS,
            len,
        })
    } else {
        Ok(name.to_owned())
    }
}

/// Echoing a 10,000-character paste back in a message helps nobody.
fn shorten(text: &str) -> String {
    const KEEP: usize = 24;
    if text.chars().count() <= KEEP {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(KEEP).collect::<String>())
    }
}

/// 1000000 -> "1,000,000"; keeps up to two decimals.
pub fn plain(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let whole = rounded.trunc().abs() as u128;
    let mut digits = whole.to_string();
    let mut grouped = String::new();
    while digits.len() > 3 {
        let tail = digits.split_off(digits.len() - 3);
        grouped = format!(",{tail}{grouped}");
    }
    grouped = format!("{digits}{grouped}");
    let frac = (rounded.abs().fract() * 100.0).round() as u32;
    let sign = if rounded < 0.0 { "-" } else { "" };
    match frac {
        0 => format!("{sign}{grouped}"),
        f if f % 10 == 0 => format!("{sign}{grouped}.{}", f / 10),
        f => format!("{sign}{grouped}.{f:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VOLUME: NumberRule = NumberRule {
        what: "Monthly volume",
        min: 0.0,
        max: 1e12,
    };

    #[test]
    fn accepts_the_ways_people_write_numbers() {
        for (text, want) in [
            ("1000000", 1e6),
            ("1,000,000", 1e6),
            (" 1 000 000 ", 1e6),
            ("1e6", 1e6),
            ("2.5k", 2500.0),
            ("3M", 3e6),
            ("0", 0.0),
        ] {
            assert_eq!(parse_number(text, VOLUME), Ok(want), "{text}");
        }
    }

    #[test]
    fn rejects_what_cannot_be_used_with_a_reason() {
        assert_eq!(parse_number("", VOLUME), Err(InputError::Empty));
        assert_eq!(
            parse_number("abc", VOLUME),
            Err(InputError::NotANumber("abc".into()))
        );
        assert_eq!(
            parse_number("NaN", VOLUME),
            Err(InputError::NotANumber("NaN".into()))
        );
        assert_eq!(
            parse_number("inf", VOLUME),
            Err(InputError::NotANumber("inf".into()))
        );
        assert_eq!(
            parse_number("-5", VOLUME).map_err(|e| e.to_string()),
            Err("Monthly volume cannot be below 0.".into())
        );
        assert_eq!(
            parse_number("1e30", VOLUME).map_err(|e| e.to_string()),
            Err("Monthly volume cannot be above 1,000,000,000,000.".into())
        );
    }

    #[test]
    fn names_are_trimmed_required_and_bounded() {
        assert_eq!(parse_name("  Chatbot EU "), Ok("Chatbot EU".into()));
        assert_eq!(parse_name("   "), Err(InputError::EmptyName));
        let long = "x".repeat(10_000);
        assert_eq!(
            parse_name(&long),
            Err(InputError::NameTooLong {
                max: MAX_NAME_CHARS,
                len: 10_000
            })
        );
        let msg = parse_number(&long, VOLUME).map_err(|e| e.to_string());
        assert!(msg.is_err_and(|m| m.chars().count() < 60));
    }

    #[test]
    fn plain_groups_thousands() {
        assert_eq!(plain(1_234_567.0), "1,234,567");
        assert_eq!(plain(0.5), "0.5");
        assert_eq!(plain(12.25), "12.25");
        assert_eq!(plain(-1500.0), "-1,500");
    }
}
