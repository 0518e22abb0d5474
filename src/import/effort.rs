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

/// Words for a unit of effort in the languages reports are written in, and
/// the unit `Effort::parse` reads.
#[rustfmt::skip]
const UNITS: &[(&str, &str)] = &[
    ("h", "h"), ("hr", "h"), ("hrs", "h"), ("hour", "h"), ("hours", "h"), ("ph", "h"),
    ("person-hours", "h"), ("person-hour", "h"), ("man-hours", "h"), ("horas", "h"),
    ("hora", "h"), ("heures", "h"), ("heure", "h"), ("stunden", "h"), ("stunde", "h"),
    ("std", "h"), ("ore", "h"), ("ora", "h"), ("час", "h"), ("часа", "h"), ("часов", "h"),
    ("ч", "h"), ("jam", "h"), ("saat", "h"), ("小时", "h"), ("个小时", "h"), ("時間", "h"),
    ("시간", "h"), ("min", "min"), ("mins", "min"), ("minute", "min"), ("minutes", "min"),
    ("минут", "min"), ("分钟", "min"), ("分", "min"),
    ("d", "d"), ("day", "d"), ("days", "d"), ("pd", "d"), ("person-days", "d"),
    ("person-day", "d"), ("man-days", "d"), ("man-day", "d"), ("md", "d"), ("dias", "d"),
    ("días", "d"), ("dia", "d"), ("día", "d"), ("jours", "d"), ("jour", "d"), ("j", "d"),
    ("jh", "d"), ("tage", "d"), ("tag", "d"), ("giorni", "d"), ("giorno", "d"),
    ("день", "d"), ("дня", "d"), ("дней", "d"), ("дн", "d"), ("hari", "d"), ("gün", "d"),
    ("天", "d"), ("人天", "d"), ("人日", "d"), ("工作日", "d"), ("日", "d"), ("日間", "d"),
    ("人日間", "d"), ("일", "d"),
    ("w", "w"), ("wk", "w"), ("wks", "w"), ("week", "w"), ("weeks", "w"), ("semanas", "w"),
    ("semana", "w"), ("semaines", "w"), ("semaine", "w"), ("wochen", "w"), ("woche", "w"),
    ("settimane", "w"), ("settimana", "w"), ("неделя", "w"), ("недели", "w"),
    ("недель", "w"), ("нед", "w"), ("minggu", "w"), ("hafta", "w"), ("周", "w"),
    ("星期", "w"), ("週", "w"), ("週間", "w"), ("주", "w"),
    ("mo", "months"), ("month", "months"), ("months", "months"), ("meses", "months"),
    ("mes", "months"), ("mês", "months"), ("mois", "months"), ("monat", "months"),
    ("monate", "months"), ("mesi", "months"), ("mese", "months"), ("месяц", "months"),
    ("месяца", "months"), ("месяцев", "months"), ("мес", "months"), ("bulan", "months"),
    ("ay", "months"), ("个月", "months"), ("月", "months"), ("ヶ月", "months"),
    ("か月", "months"), ("カ月", "months"), ("개월", "months"),
];

/// True when a label names an estimate: "Effort", "Estimated effort",
/// "Aufwand", "Трудозатраты", "工时".
fn is_effort_key(label: &str) -> bool {
    let l = label.trim().trim_matches('*').trim().to_lowercase();
    let last = l.rsplit([' ', '*', '-', '|']).next().unwrap_or("");
    [
        "effort",
        "estimate",
        "estimated",
        "estimation",
        "time",
        "esforço",
        "esforco",
        "esfuerzo",
        "estimación",
        "estimacion",
        "estimativa",
        "charge",
        "aufwand",
        "schätzung",
        "impegno",
        "stima",
        "трудозатраты",
        "трудоемкость",
        "оценка",
        "工时",
        "工作量",
        "预估",
        "预计",
        "工数",
        "見積",
        "見積もり",
        "공수",
        "예상",
        "upaya",
        "estimasi",
        "efor",
        "süre",
    ]
    .iter()
    .chain(super::vocab_words::EFFORT_LABELS)
    .any(|k| l == *k || last == *k || (!k.is_ascii() && l.ends_with(k)))
}

fn unit_of(word: &str) -> Option<&'static str> {
    UNITS
        .iter()
        .chain(super::vocab_words::UNITS)
        .find(|(w, _)| *w == word)
        .map(|(_, u)| *u)
}

/// The unit at token `j`: a word, or up to three ideographs written
/// together ("小时", "个月"); the index after it and the unit.
fn unit_at(toks: &[Tok], j: usize) -> Option<(usize, &'static str)> {
    let first = toks.get(j)?.word()?;
    let mut joined = first.to_string();
    let mut best = unit_of(first).map(|u| (j + 1, u));
    let mut k = j + 1;
    while k < toks.len() && k < j + 4 && toks[k].start == toks[k - 1].end {
        let Some(w) = toks[k].word() else { break };
        joined.push_str(w);
        if let Some(u) = unit_of(&joined) {
            best = Some((k + 1, u));
        }
        k += 1;
    }
    best
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
    let (after, unit) = unit_at(toks, j)?;
    let numbers = if high == low {
        crate::model::range::format_number(low)
    } else {
        format!(
            "{}-{}",
            crate::model::range::format_number(low),
            crate::model::range::format_number(high)
        )
    };
    Some((after, format!("{numbers} {unit}")))
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
        let keyed = {
            let label = text[..toks[before].start].trim_end();
            label.strip_suffix([':', '：']).is_some_and(is_effort_key)
        };
        let bracketed = prev.is_some_and(|t| t.is_sym('(') || t.is_sym('[') || t.is_sym('（'))
            && toks.get(end).is_some_and(|t| {
                t.is_sym(')') || t.is_sym(']') || t.is_sym(',') || t.is_sym('）') || t.is_sym('，')
            });
        // "M (1 dia = 8h)": the figure a bracket equates its size to.
        let equated = prev.is_some_and(|t| t.is_sym('='))
            && toks
                .get(end)
                .is_some_and(|t| t.is_sym(')') || t.is_sym(']') || t.is_sym('）'));
        // "Fix clippy warnings ⏰ 4 hours": a clock before the estimate.
        let clocked = prev.is_some_and(|t| {
            matches!(
                t.kind,
                super::text::Kind::Sym('⏰' | '⏱' | '⌛' | '⏳' | '🕐' | '🕒')
            )
        });
        let trailing = end == toks.len()
            && (clocked
                || prev.is_some_and(|t| {
                    t.is_sym(':') || t.is_sym('：') || t.is_dash() || t.is_sym('|')
                }));
        let whole = before == 0 && end == toks.len();
        if keyed || bracketed || equated || trailing || whole {
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

/// The effort a field's value states: the whole value ("3 days") or one
/// the value carries as a title would ("Rework auth (2-3 weeks)").
pub fn stated(value: &str) -> Option<FoundEffort> {
    as_value(value).or_else(|| in_title(value))
}

/// A value that is a duration and nothing else ("2-3 天", "1 week"): how
/// long, where a field or column says when ("Timeline: 1 día").
pub fn only_duration(value: &str) -> Option<Effort> {
    let found = as_value(value)?;
    if value[found.end..].trim().is_empty() {
        found.effort.ok()
    } else {
        None
    }
}

/// The unit a column header names for the bare numbers under it: "hours"
/// in "Hours", "days" in "Est. (days)", "人天" in "预估(人天)"; none in
/// "Effort" or "工时".
pub fn unit_in_header(header: &str) -> Option<String> {
    header
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .find(|w| !w.is_empty() && unit_of(w).is_some())
        .map(str::to_string)
}

/// A bare number in a column whose header names the unit (see
/// [`unit_in_header`]): "6" under "Hours" is six hours. A value with a
/// unit of its own gives nothing here.
pub fn in_unit_of(value: &str, unit: &str) -> Option<FoundEffort> {
    let v = value.trim();
    if v.is_empty()
        || !v.starts_with(|c: char| c.is_ascii_digit() || c == '~')
        || !v
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '–' | '~' | ' '))
    {
        return None;
    }
    as_value(&format!("{v} {unit}")).filter(|f| f.effort.is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn title(text: &str) -> Option<String> {
        in_title(text).map(|f| f.effort.map(|e| e.to_string()).unwrap_or_else(|e| e))
    }

    #[test]
    fn a_bare_number_takes_the_unit_its_header_names() {
        let read = |v: &str, h: &str| {
            unit_in_header(h)
                .and_then(|unit| in_unit_of(v, &unit))
                .and_then(|f| f.effort.ok())
                .map(|e| e.to_string())
        };
        assert_eq!(read("6", "Hours").as_deref(), Some("6h"));
        assert_eq!(read("2-3", "Est. (days)").as_deref(), Some("2-3d"));
        assert_eq!(read("4", "预估(人天)").as_deref(), Some("4d"));
        assert_eq!(read("6", "Effort"), None);
        assert_eq!(read("6h", "Hours"), None);
        assert_eq!(read("Mon", "Hours"), None);
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
            ("M (1 dia = 8h)", Some("8h")),
            ("L (2-3 dias = 20h)", Some("20h")),
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
