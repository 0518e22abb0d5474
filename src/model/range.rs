//! A low–high amount. Effort and money both carry ranges ("40-60h", "$400-850/month")
//! through every sum, so the arithmetic lives here once.

use serde::Serialize;
use std::ops::{Add, AddAssign, Mul, Sub};

/// An inclusive range of amounts; a point value has `low == high`.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct Range {
    pub low: f64,
    pub high: f64,
}

impl Range {
    pub const ZERO: Range = Range {
        low: 0.0,
        high: 0.0,
    };

    pub fn new(low: f64, high: f64) -> Self {
        if low <= high {
            Range { low, high }
        } else {
            Range {
                low: high,
                high: low,
            }
        }
    }

    pub fn point(value: f64) -> Self {
        Range {
            low: value,
            high: value,
        }
    }

    /// The middle of the range: the figure shown when one number is wanted.
    pub fn mid(&self) -> f64 {
        (self.low + self.high) / 2.0
    }

    pub fn is_point(&self) -> bool {
        (self.high - self.low).abs() < f64::EPSILON * self.high.abs().max(1.0)
    }

    pub fn is_zero(&self) -> bool {
        self.low == 0.0 && self.high == 0.0
    }

    pub fn scale(&self, factor: f64) -> Range {
        Range::new(self.low * factor, self.high * factor)
    }
}

impl Add for Range {
    type Output = Range;
    fn add(self, rhs: Range) -> Range {
        Range {
            low: self.low + rhs.low,
            high: self.high + rhs.high,
        }
    }
}

impl AddAssign for Range {
    fn add_assign(&mut self, rhs: Range) {
        self.low += rhs.low;
        self.high += rhs.high;
    }
}

/// Subtracting ranges subtracts like with like (low from low), which is what
/// "total minus done" means for remaining work.
impl Sub for Range {
    type Output = Range;
    fn sub(self, rhs: Range) -> Range {
        Range {
            low: self.low - rhs.low,
            high: self.high - rhs.high,
        }
    }
}

impl Mul<f64> for Range {
    type Output = Range;
    fn mul(self, rhs: f64) -> Range {
        self.scale(rhs)
    }
}

impl std::iter::Sum for Range {
    fn sum<I: Iterator<Item = Range>>(iter: I) -> Range {
        iter.fold(Range::ZERO, |a, b| a + b)
    }
}

/// Formats a number without a trailing ".0" and with at most two decimals
/// (none from 10^12).
/// Beyond 10^16 (far past any real amount, where the digits are noise and
/// an integer cast would saturate) it is written with three significant
/// digits in a form Rust parses back: `1e308`, `1.23e20`, never `inf` or 309 digits.
pub fn format_number(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_string();
    }
    if value.abs() >= 1e16 {
        let written = format!("{value:.2e}");
        let (mantissa, exponent) = written.split_once('e').unwrap_or((&written, "0"));
        let mantissa = mantissa.trim_end_matches('0').trim_end_matches('.');
        return format!("{mantissa}e{exponent}");
    }
    if value.abs() >= 1e12 {
        // Here hundredths are below the float's precision: `44444444444444.45`
        // read back printed `…46` (found by the `money` fuzz target). Cents
        // on a trillion are noise; whole numbers print back exactly.
        return format!("{}", value.round() as i64);
    }
    let rounded = (value * 100.0).round() / 100.0;
    if rounded.fract() == 0.0 {
        format!("{}", rounded as i64)
    } else {
        let s = format!("{rounded:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// A percentage as every output prints it (`status`, the exports, the
/// planner): whole, halves away from zero, then ` %`: 62.5 → `63 %`.
/// One rule in one place, so no two screens disagree on the same figure.
pub fn format_percent(value: f64) -> String {
    format!("{} %", whole_percent(value))
}

/// The whole number [`format_percent`] prints.
pub fn whole_percent(value: f64) -> i64 {
    if value.is_finite() {
        value.round() as i64
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_keep_low_and_high() {
        let total: Range = [Range::new(40.0, 60.0), Range::point(4.0)]
            .into_iter()
            .sum();
        assert_eq!(total, Range::new(44.0, 64.0));
        assert_eq!(total.mid(), 54.0);
    }

    #[test]
    fn new_orders_its_bounds() {
        assert_eq!(Range::new(9.0, 3.0), Range::new(3.0, 9.0));
    }

    #[test]
    fn percentages_round_one_way_everywhere() {
        assert_eq!(format_percent(62.5), "63 %");
        assert_eq!(format_percent(62.49), "62 %");
        assert_eq!(format_percent(0.5), "1 %");
        assert_eq!(format_percent(100.0), "100 %");
        assert_eq!(format_percent(f64::NAN), "0 %");
    }

    #[test]
    fn numbers_print_without_noise() {
        assert_eq!(format_number(4.0), "4");
        assert_eq!(format_number(1.5), "1.5");
        assert_eq!(format_number(0.333333), "0.33");
        assert_eq!(format_number(f64::NAN), "0");
        assert_eq!(format_number(1e15), "1000000000000000");
        assert_eq!(format_number(1e308), "1e308");
        assert_eq!(format_number(-1.5e300), "-1.5e300");
        assert_eq!(format_number(1e19), "1e19", "no i64 saturation");
        assert_eq!(format_number(-0.0), "0");
        assert_eq!(format_number(1.23456e20), "1.23e20");
    }
}
