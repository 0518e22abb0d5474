//! Effort in titles, labels and sub-items: "(16 hours)", "Effort: 3 days",
//! "GitHub Actions setup: 8 hours", "4h", "30min", "40-60 hours". The
//! substring is found here; `model::effort::Effort::parse` reads it.
//!
//! A duration is only taken as an effort where reports put estimates: in a
//! trailing bracket, after a trailing separator, or after an `Effort:` key.
//! "Restore drill every 6 hours" and "(< 5 minutes)" are not efforts.

use super::text::{tokenize, Tok};
use crate::model::Effort;

/// An effort found in a text, with the byte range it was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundEffort {
    pub effort: Result<Effort, String>,
    pub start: usize,
    pub end: usize,
}

fn is_effort_unit(word: &str) -> bool {
    matches!(
        word,
        "h" | "hr"
            | "hrs"
            | "hour"
            | "hours"
            | "d"
            | "day"
            | "days"
            | "w"
            | "wk"
            | "wks"
            | "week"
            | "weeks"
            | "mo"
            | "month"
            | "months"
            | "min"
            | "mins"
            | "minute"
            | "minutes"
            | "person-days"
            | "person-day"
            | "person-hours"
            | "person-hour"
            | "pd"
            | "ph"
            | "horas"
            | "hora"
            | "dias"
            | "días"
            | "semanas"
            | "heures"
            | "jours"
            | "semaines"
            | "stunden"
            | "tage"
            | "wochen"
    )
}

/// Maps a few non-English unit words onto the ones `Effort::parse` knows.
fn english_unit(word: &str) -> &str {
    match word {
        "horas" | "hora" | "heures" | "stunden" => "h",
        "dias" | "días" | "jours" | "tage" => "d",
        "semanas" | "semaines" | "wochen" => "w",
        other => other,
    }
}

/// A duration starting at token `i`: `N unit` or `N-M unit`. Returns the
/// index after it and the text `Effort::parse` should read.
fn duration_at(toks: &[Tok], i: usize) -> Option<(usize, String)> {
    let low = toks.get(i)?.num()?;
    let mut j = i + 1;
    let mut high = low;
    if toks.get(j).is_some_and(|t| t.is_dash() || t.is_word("to"))
        && toks.get(j + 1).and_then(Tok::num).is_some()
    {
        high = toks[j + 1].num()?;
        j += 2;
    }
    let unit = toks.get(j)?.word()?;
    if !is_effort_unit(unit) {
        return None;
    }
    let numbers = if high == low {
        crate::model::range::format_number(low)
    } else {
        format!(
            "{}-{}",
            crate::model::range::format_number(low),
            crate::model::range::format_number(high)
        )
    };
    Some((j + 1, format!("{numbers} {}", english_unit(unit))))
}

fn found(toks: &[Tok], i: usize, end: usize, spec: String) -> FoundEffort {
    let start = if i > 0 && toks[i - 1].is_sym('~') {
        toks[i - 1].start
    } else {
        toks[i].start
    };
    FoundEffort {
        effort: Effort::parse(&spec).map_err(|e| e.to_string()),
        start,
        end: toks[end - 1].end,
    }
}

/// An effort where a title carries one: "(16 hours)", "[4h]", "- 2 days" or
/// ": 8 hours" at the end, or after an "Effort:"/"Estimate:" key.
pub fn in_title(text: &str) -> Option<FoundEffort> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let toks = tokenize(text);
    for i in 0..toks.len() {
        let Some((end, spec)) = duration_at(&toks, i) else {
            continue;
        };
        let mut before = i;
        if before > 0 && toks[before - 1].is_sym('~') {
            before -= 1;
        }
        let prev = before.checked_sub(1).map(|j| &toks[j]);
        let keyed = before >= 2
            && toks[before - 1].is_sym(':')
            && toks[before - 2].word().is_some_and(|w| {
                matches!(
                    w,
                    "effort"
                        | "estimate"
                        | "estimated"
                        | "time"
                        | "esforço"
                        | "esfuerzo"
                        | "effort estimé"
                )
            });
        let bracketed = prev.is_some_and(|t| t.is_sym('(') || t.is_sym('['))
            && toks
                .get(end)
                .is_some_and(|t| t.is_sym(')') || t.is_sym(']') || t.is_sym(','));
        let trailing = end == toks.len()
            && prev.is_some_and(|t| t.is_sym(':') || t.is_dash() || t.is_sym('|'));
        let whole = before == 0 && end == toks.len();
        if keyed || bracketed || trailing || whole {
            return Some(found(&toks, i, end, spec));
        }
    }
    None
}

/// An effort that is the whole of a value ("3 days", "~2 weeks", "40-60 hours
/// (two people)"): the value after an `Effort:` key.
pub fn as_value(text: &str) -> Option<FoundEffort> {
    let toks = tokenize(text);
    let first = usize::from(toks.first().is_some_and(|t| t.is_sym('~')));
    let (end, spec) = duration_at(&toks, first)?;
    Some(found(&toks, first, end, spec))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(text: &str) -> Option<String> {
        in_title(text).map(|f| f.effort.map(|e| e.to_string()).unwrap_or_else(|e| e))
    }

    #[test]
    fn efforts_where_titles_carry_them() {
        let cases = [
            ("**CI/CD Pipeline** (16 hours)", Some("16h")),
            ("GitHub Actions setup: 8 hours", Some("8h")),
            ("/health, /readiness, /liveness: 4 hours", Some("4h")),
            ("Add checks - 4h", Some("4h")),
            ("Add checks (~30min)", Some("30min")),
            ("Effort: 3 days", Some("3d")),
            ("Rework auth (2-3 weeks, two people)", Some("2-3w")),
            ("40-60 hours", Some("40-60h")),
            ("Restore drill every 6 hours", None),
            ("Rollback capability (< 5 minutes)", None),
            ("Deploy worker", None),
            ("Backup verified (< 6 hours old)", None),
        ];
        for (text, expected) in cases {
            assert_eq!(title(text).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn the_range_found_can_be_cut_out() {
        let text = "CI/CD Pipeline (16 hours)";
        let f = in_title(text).unwrap();
        assert_eq!(&text[f.start..f.end], "16 hours");
    }

    #[test]
    fn values_that_are_efforts() {
        let v = |t: &str| {
            as_value(t)
                .and_then(|f| f.effort.ok())
                .map(|e| e.to_string())
        };
        assert_eq!(v("3 days").as_deref(), Some("3d"));
        assert_eq!(v("~2 weeks").as_deref(), Some("2w"));
        assert_eq!(v("1 week").as_deref(), Some("1w"));
        assert_eq!(v("Operational Excellence"), None);
    }
}
