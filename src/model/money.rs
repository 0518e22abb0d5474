//! Money as audits state it: `50`, `400-850`, `$50`, `~$15k`, `€1.200`. An
//! amount is a [`Range`] in the project's currency; whether it is one-time or
//! monthly is said by the field that holds it (`cost_once`, `cost_monthly`).

use super::range::{format_number, Range};
use std::fmt;
use std::str::FromStr;

/// A one-time or monthly amount, possibly a low–high range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Money(pub Range);

/// Why a money string did not parse.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{input}` is not an amount: {reason} (write e.g. `50`, `400-850`, `15k`)")]
pub struct MoneyError {
    pub input: String,
    pub reason: &'static str,
}

impl Money {
    pub fn point(value: f64) -> Money {
        Money(Range::point(value))
    }

    pub fn range(low: f64, high: f64) -> Money {
        Money(Range::new(low, high))
    }

    pub fn parse(input: &str) -> Result<Money, MoneyError> {
        input.parse()
    }

    /// Checks a bare number from the file (`cost_once = 50`).
    pub fn from_number(value: f64) -> Result<Money, MoneyError> {
        let reason = if value.is_nan() || value < 0.0 {
            "it must be a finite amount of at least zero"
        } else if value > 1e15 {
            "the amount is too large (at most 10^15)"
        } else {
            // -0.0 lands here too and is kept as plain zero.
            return Ok(Money::point(value.abs()));
        };
        Err(MoneyError {
            input: if value.is_nan() || value.abs() < 1e16 {
                value.to_string()
            } else {
                format!("{value:e}")
            },
            reason,
        })
    }
}

impl FromStr for Money {
    type Err = MoneyError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let err = |reason| MoneyError {
            input: input.to_string(),
            reason,
        };
        let text: String = input
            .trim()
            .chars()
            .filter(|c| !matches!(c, '~' | '$' | '€' | '£' | '¥' | ' ' | '\u{a0}'))
            .collect();
        let text = text
            .trim_start_matches("USD")
            .trim_start_matches("EUR")
            .trim_start_matches("R")
            .to_string();
        if text.is_empty() {
            return Err(err("it is empty"));
        }
        let (low, high) = match text.split_once(['-', '–']) {
            Some((a, b)) => {
                // "15-20k" means 15k-20k: a suffix on the high bound applies to both.
                let suffix = b.chars().last().filter(|c| c.is_alphabetic());
                let a = match suffix {
                    Some(s) if a.chars().last().is_some_and(|c| c.is_ascii_digit()) => {
                        format!("{a}{s}")
                    }
                    _ => a.to_string(),
                };
                (parse_amount(&a), parse_amount(b))
            }
            None => {
                let v = parse_amount(&text);
                (v, v)
            }
        };
        let (Some(low), Some(high)) = (low, high) else {
            return Err(err("the number is missing or malformed"));
        };
        if low > high {
            return Err(err("the range runs backwards"));
        }
        if high > 1e15 {
            return Err(err("the amount is too large"));
        }
        Ok(Money::range(low, high))
    }
}

/// "15k", "1.2m", "1,200", "1200.50".
fn parse_amount(text: &str) -> Option<f64> {
    let t = text.trim().to_lowercase();
    let (number, factor) = if let Some(n) = t.strip_suffix('k') {
        (n, 1e3)
    } else if let Some(n) = t.strip_suffix('m') {
        (n, 1e6)
    } else {
        (t.as_str(), 1.0)
    };
    // A comma followed by exactly three digits groups thousands; otherwise it is a decimal comma.
    let number = match number.rsplit_once(',') {
        Some((_, tail)) if tail.len() == 3 => number.replace(',', ""),
        _ => number.replace(',', "."),
    };
    if number.is_empty() || number.starts_with('-') {
        return None;
    }
    number
        .parse::<f64>()
        .ok()
        .map(|v| v * factor)
        .filter(|v| v.is_finite() && *v >= 0.0)
}

impl fmt::Display for Money {
    /// Canonical file form: `50`, `400-850`; a range whose bounds print the
    /// same prints as one number, so the printed form reads back to itself.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let low = format_number(self.0.low);
        let high = format_number(self.0.high);
        if low == high {
            write!(f, "{low}")
        } else {
            write!(f, "{low}-{high}")
        }
    }
}

/// The symbol for a currency code, or the code itself followed by a space.
pub fn currency_symbol(code: &str) -> String {
    match code.to_uppercase().as_str() {
        "USD" | "$" => "$".into(),
        "EUR" | "€" => "€".into(),
        "GBP" | "£" => "£".into(),
        "JPY" | "CNY" | "¥" => "¥".into(),
        "BRL" => "R$".into(),
        "" => String::new(),
        other => format!("{other} "),
    }
}

/// Human form of an amount for screens and reports: `$1.2k`, `$400-850`, `€15k`.
pub fn format_amount(range: Range, currency: &str) -> String {
    let sym = currency_symbol(currency);
    let (low, high) = (compact(range.low), compact(range.high));
    if low == high {
        format!("{sym}{low}")
    } else {
        format!("{sym}{low}-{high}")
    }
}

/// 950 → "950", 1200 → "1.2k", 15000 → "15k", 2_500_000 → "2.5M".
pub fn compact(value: f64) -> String {
    let v = value.abs();
    let sign = if value < 0.0 { "-" } else { "" };
    if v >= 1e6 {
        format!("{sign}{}M", format_one_decimal(v / 1e6))
    } else if v >= 1e3 {
        format!("{sign}{}k", format_one_decimal(v / 1e3))
    } else {
        format!("{sign}{}", format_number(v.round()))
    }
}

fn format_one_decimal(v: f64) -> String {
    format_number((v * 10.0).round() / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_amounts_as_reports_write_them() {
        let cases = [
            ("50", (50.0, 50.0)),
            ("$50", (50.0, 50.0)),
            ("400-850", (400.0, 850.0)),
            ("$400-850", (400.0, 850.0)),
            ("~$15k", (15000.0, 15000.0)),
            ("15-20k", (15000.0, 20000.0)),
            ("€1,200", (1200.0, 1200.0)),
            ("12,5", (12.5, 12.5)),
            ("1.5M", (1.5e6, 1.5e6)),
            ("$150 - 300", (150.0, 300.0)),
        ];
        for (input, (low, high)) in cases {
            assert_eq!(
                Money::parse(input).unwrap(),
                Money::range(low, high),
                "{input}"
            );
        }
    }

    #[test]
    fn refuses_what_is_not_money() {
        for bad in ["", "$", "lots", "-5", "900-100", "1e999"] {
            assert!(Money::parse(bad).is_err(), "{bad} should fail");
        }
        assert!(Money::from_number(f64::NAN).is_err());
        assert!(Money::from_number(-1.0).is_err());
        let e = Money::from_number(1e308).unwrap_err().to_string();
        assert!(
            e.starts_with("`1e308` is not an amount: the amount is too large"),
            "{e}"
        );
        let e = Money::from_number(9007199254740993.0)
            .unwrap_err()
            .to_string();
        assert!(e.contains("too large"), "{e}");
        assert!(Money::from_number(f64::INFINITY)
            .unwrap_err()
            .to_string()
            .contains("too large"));
        assert_eq!(Money::from_number(-0.0).unwrap().to_string(), "0");
        assert_eq!(format_amount(Range::point(1e15), "USD"), "$1000000000M");
    }

    #[test]
    fn prints_canonically_and_compactly() {
        assert_eq!(Money::parse("$400-850").unwrap().to_string(), "400-850");
        assert_eq!(Money::parse("15k").unwrap().to_string(), "15000");
        assert_eq!(format_amount(Range::point(15000.0), "USD"), "$15k");
        assert_eq!(format_amount(Range::new(400.0, 850.0), "EUR"), "€400-850");
        assert_eq!(format_amount(Range::point(1234.0), "CHF"), "CHF 1.2k");
    }
}
