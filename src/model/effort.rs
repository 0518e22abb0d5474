//! Effort estimates as people write them: `4h`, `30min`, `1.5d`, `2w`, `40-60h`,
//! `2-3 weeks`, `16 hours`, `3 days`. The unit written is kept so the estimate
//! prints back the way its author wrote it; sums are done in hours through the
//! project's [`Calendar`].

use super::range::{format_number, Range};
use std::fmt;
use std::str::FromStr;

/// How a project turns days and weeks into hours.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Calendar {
    pub hours_per_day: f64,
    pub days_per_week: f64,
}

impl Default for Calendar {
    fn default() -> Self {
        Calendar {
            hours_per_day: 8.0,
            days_per_week: 5.0,
        }
    }
}

impl Calendar {
    pub fn hours_per_week(&self) -> f64 {
        self.hours_per_day * self.days_per_week
    }
}

/// The unit an estimate was written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EffortUnit {
    Minutes,
    Hours,
    Days,
    Weeks,
    /// A working month: 52/12 weeks.
    Months,
}

impl EffortUnit {
    /// Hours in one of this unit under `cal`.
    pub fn hours(self, cal: &Calendar) -> f64 {
        match self {
            EffortUnit::Minutes => 1.0 / 60.0,
            EffortUnit::Hours => 1.0,
            EffortUnit::Days => cal.hours_per_day,
            EffortUnit::Weeks => cal.hours_per_week(),
            EffortUnit::Months => cal.hours_per_week() * 52.0 / 12.0,
        }
    }

    /// The short suffix used in the file: `4h`, `3d`.
    pub fn suffix(self) -> &'static str {
        match self {
            EffortUnit::Minutes => "min",
            EffortUnit::Hours => "h",
            EffortUnit::Days => "d",
            EffortUnit::Weeks => "w",
            EffortUnit::Months => "mo",
        }
    }

    fn from_word(word: &str) -> Option<EffortUnit> {
        let w = word.trim().trim_end_matches('.').to_lowercase();
        let unit = match w.as_str() {
            "m" | "min" | "mins" | "minute" | "minutes" => EffortUnit::Minutes,
            "h" | "hr" | "hrs" | "hour" | "hours" | "person-hours" | "person-hour" | "ph" => {
                EffortUnit::Hours
            }
            "d" | "day" | "days" | "person-days" | "person-day" | "pd" => EffortUnit::Days,
            "w" | "wk" | "wks" | "week" | "weeks" => EffortUnit::Weeks,
            "mo" | "mon" | "month" | "months" => EffortUnit::Months,
            _ => return None,
        };
        Some(unit)
    }
}

/// An effort estimate: a range in one unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Effort {
    pub amount: Range,
    pub unit: EffortUnit,
}

/// Why an effort string did not parse; the message says what would.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{input}` is not an effort: {reason} (write e.g. `4h`, `30min`, `1.5d`, `2w`, `40-60h`, `2-3 weeks`)")]
pub struct EffortError {
    pub input: String,
    pub reason: &'static str,
}

impl Effort {
    pub fn hours(amount: f64) -> Self {
        Effort {
            amount: Range::point(amount),
            unit: EffortUnit::Hours,
        }
    }

    pub fn new(low: f64, high: f64, unit: EffortUnit) -> Self {
        Effort {
            amount: Range::new(low, high),
            unit,
        }
    }

    /// The estimate in hours under `cal`, low and high kept.
    pub fn in_hours(&self, cal: &Calendar) -> Range {
        self.amount.scale(self.unit.hours(cal))
    }

    pub fn parse(input: &str) -> Result<Effort, EffortError> {
        input.parse()
    }
}

impl FromStr for Effort {
    type Err = EffortError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let err = |reason| EffortError {
            input: input.to_string(),
            reason,
        };
        let text = input.trim().trim_start_matches('~').trim();
        if text.is_empty() {
            return Err(err("it is empty"));
        }
        // Split the leading numeric part ("40-60", "1.5", "2 - 3") from the unit.
        let split = text
            .char_indices()
            .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '–' | ' ')))
            .map(|(i, _)| i)
            .unwrap_or(text.len());
        let (numbers, unit_word) = text.split_at(split);
        let unit_word = unit_word.trim();
        if numbers.trim().is_empty() {
            return Err(err("it does not start with a number"));
        }
        if numbers.trim().starts_with(['-', '–']) {
            return Err(err("it is negative"));
        }
        if unit_word.is_empty() {
            return Err(err("it has no unit"));
        }
        let unit = EffortUnit::from_word(unit_word).ok_or_else(|| err("the unit is unknown"))?;
        let numbers = numbers.trim();
        let (low, high) = match numbers.split_once(['-', '–']) {
            Some((a, b)) => (parse_number(a), parse_number(b)),
            None => {
                let n = parse_number(numbers);
                (n, n)
            }
        };
        let (Some(low), Some(high)) = (low, high) else {
            return Err(err("the number is missing or malformed"));
        };
        if !(low.is_finite() && high.is_finite()) || low > 1e9 || high > 1e9 {
            return Err(err("the number is too large"));
        }
        if low > high {
            return Err(err("the range runs backwards"));
        }
        Ok(Effort::new(low, high, unit))
    }
}

/// Parses "1.5" or "1,5" (decimal comma, as in many European reports).
fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim().replace(',', ".");
    if t.is_empty() || t.starts_with('-') {
        return None;
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite() && *v >= 0.0)
}

impl fmt::Display for Effort {
    /// Prints the canonical form: `4h`, `1.5d`, `40-60h`, `2-3w`. A range
    /// whose bounds print the same is printed as one number, so the printed
    /// form reads back to itself (`1.1602-1.1626w` prints `1.16w`, not
    /// `1.16-1.16w`; found by the `effort` fuzz target).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let low = format_number(self.amount.low);
        let high = format_number(self.amount.high);
        let unit = self.unit.suffix();
        if low == high {
            write!(f, "{low}{unit}")
        } else {
            write!(f, "{low}-{high}{unit}")
        }
    }
}

/// Prints an amount of hours in the most natural unit under `cal`:
/// `45min`, `6h`, `3d`, `2.5w`. Used for sums, which have no author's unit.
pub fn natural_hours(hours: f64, cal: &Calendar) -> String {
    // A calendar with a tiny day would turn hours into infinitely many days.
    let days = hours / cal.hours_per_day;
    if !(days.is_finite() && (days / cal.days_per_week).is_finite()) {
        return format!("{}h", format_number(hours));
    }
    if hours > 0.0 && hours < 1.0 {
        return format!("{}min", format_number(hours * 60.0));
    }
    if hours < cal.hours_per_day * 2.0 || cal.hours_per_day <= 0.0 {
        return format!("{}h", format_number(hours));
    }
    let days = hours / cal.hours_per_day;
    if days < cal.days_per_week * 2.0 || cal.days_per_week <= 0.0 {
        return format!("{}d", format_number(round_to(days, 0.5)));
    }
    format!(
        "{}w",
        format_number(round_to(days / cal.days_per_week, 0.5))
    )
}

/// Prints a range of hours naturally: `40-60h`, `3d`, `2-3w`.
pub fn natural_range(range: Range, cal: &Calendar) -> String {
    if range.is_point() {
        return natural_hours(range.low, cal);
    }
    let high = natural_hours(range.high, cal);
    // Express the low bound in the high bound's unit so "40-60h" reads as one range.
    let unit = high.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    let per = match unit {
        "min" => 1.0 / 60.0,
        "h" => 1.0,
        "d" => cal.hours_per_day,
        _ => cal.hours_per_week(),
    };
    let low = if unit == "d" || unit == "w" {
        round_to(range.low / per, 0.5)
    } else {
        range.low / per
    };
    // Bounds that print alike print once: `5w`, not `5-5w`.
    let low = format_number(low);
    if high.strip_suffix(unit) == Some(low.as_str()) {
        return high;
    }
    format!("{low}-{high}")
}

fn round_to(value: f64, step: f64) -> f64 {
    (value / step).round() * step
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hours(s: &str) -> (f64, f64) {
        let r = Effort::parse(s).unwrap().in_hours(&Calendar::default());
        (r.low, r.high)
    }

    #[test]
    fn parses_every_form_the_reports_use() {
        let cases = [
            ("4h", (4.0, 4.0)),
            ("30min", (0.5, 0.5)),
            ("3d", (24.0, 24.0)),
            ("1.5d", (12.0, 12.0)),
            ("2w", (80.0, 80.0)),
            ("40-60h", (40.0, 60.0)),
            ("2-3 weeks", (80.0, 120.0)),
            ("16 hours", (16.0, 16.0)),
            ("3 days", (24.0, 24.0)),
            ("1 week", (40.0, 40.0)),
            ("~8 hours", (8.0, 8.0)),
            ("1,5 d", (12.0, 12.0)),
            ("15-22 person-days", (120.0, 176.0)),
            ("40–60 hrs", (40.0, 60.0)),
        ];
        for (input, expected) in cases {
            assert_eq!(hours(input), expected, "{input}");
        }
    }

    #[test]
    fn refuses_what_is_not_an_effort() {
        for bad in [
            "",
            "h",
            "4",
            "four hours",
            "4 parsecs",
            "-3h",
            "6-2h",
            "1e400h",
            "NaNh",
        ] {
            assert!(Effort::parse(bad).is_err(), "{bad} should fail");
        }
        for (bad, reason) in [
            ("NaN h", "does not start with a number"),
            ("inf h", "does not start with a number"),
            ("-5h", "negative"),
            ("1000000001h", "too large"),
            ("99999999999999999999999999999999999999999999h", "too large"),
        ] {
            let e = Effort::parse(bad).unwrap_err().to_string();
            assert!(e.contains(reason) && e.contains(bad), "{bad}: {e}");
        }
        let e = Effort::parse("4 parsecs").unwrap_err();
        assert!(e.to_string().contains("unit is unknown"));
        assert!(
            e.to_string().contains("40-60h"),
            "the message says what to write"
        );
    }

    #[test]
    fn prints_back_in_the_authors_unit() {
        for (input, canonical) in [
            ("4h", "4h"),
            ("3 days", "3d"),
            ("2-3 weeks", "2-3w"),
            ("1.5d", "1.5d"),
            ("30 minutes", "30min"),
            ("2 months", "2mo"),
        ] {
            assert_eq!(Effort::parse(input).unwrap().to_string(), canonical);
        }
    }

    #[test]
    fn uses_the_projects_calendar() {
        let cal = Calendar {
            hours_per_day: 6.0,
            days_per_week: 4.0,
        };
        assert_eq!(
            Effort::parse("2d").unwrap().in_hours(&cal),
            Range::point(12.0)
        );
        assert_eq!(
            Effort::parse("1w").unwrap().in_hours(&cal),
            Range::point(24.0)
        );
    }

    #[test]
    fn sums_print_in_a_natural_unit() {
        let cal = Calendar::default();
        assert_eq!(natural_hours(0.5, &cal), "30min");
        assert_eq!(natural_hours(12.0, &cal), "12h");
        assert_eq!(natural_hours(24.0, &cal), "3d");
        assert_eq!(natural_hours(120.0, &cal), "3w");
        assert_eq!(natural_range(Range::new(40.0, 60.0), &cal), "5-7.5d");
        assert_eq!(natural_range(Range::new(4.0, 6.0), &cal), "4-6h");
        // 196-200h are 4.9-5w: both bounds round to 5w, which prints once.
        assert_eq!(natural_range(Range::new(196.0, 200.0), &cal), "5w");
        assert_eq!(natural_range(Range::new(4.999, 5.001), &cal), "5h");
        let tiny = Calendar {
            hours_per_day: 1e-300,
            days_per_week: 5.0,
        };
        assert_eq!(
            natural_hours(1e9, &tiny),
            "1000000000h",
            "no `0w` from infinite days"
        );
        assert_eq!(natural_hours(4.0, &tiny), "8e299w");
    }
}
