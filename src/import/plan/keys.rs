//! `Key: value` lines: which keys describe the candidate they sit in
//! (priority, severity, effort, cost, owner, status, a window), in the
//! languages reports are written in.

use super::super::text::clean_title;
use super::super::vocab::{fold, folded_words, has_term};
use super::super::vocab_words as more;
use super::title;

/// Keys of `Key: value` lines that describe the candidate they sit in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Priority,
    Severity,
    Effort,
    Cost,
    Owner,
    Status,
    When,
    Note,
}

/// Where a value runs into the next field of its line: "High" and
/// "Effort: 2 days Owner: Backend" in "**Priority:** High **Effort:** 2 days
/// **Owner:** Backend", whose markers the outline has taken off. The next
/// field's name is a known key of one to three words, after a space or glued
/// on where a lost line break left a capital ("HIGHСроки:", "неделяОтветственный:").
pub fn next_field(value: &str) -> Option<(&str, &str)> {
    let colon = value.find([':', '：'])?;
    let head = &value[..colon];
    // Where a name may start: after a space, or where a capital follows a
    // small letter or a letter of another script.
    let mut starts: Vec<usize> = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in head.char_indices() {
        let glued = prev.is_some_and(|p| {
            p.is_alphabetic()
                && c.is_uppercase()
                && (p.is_lowercase() || p.is_ascii() != c.is_ascii())
        });
        if i > 0 && (prev.is_some_and(|p| p.is_whitespace() || p == '*') || glued) {
            starts.push(i);
        }
        prev = Some(c);
    }
    let name_at = |s: usize| {
        let name = head[s..].trim().trim_matches('*').trim();
        let before = head[..s].trim().trim_end_matches('*').trim();
        let key = key_of(name).filter(|&k| k != Key::Note);
        // A bold mark inside a name ends the value before it.
        let whole = !name.is_empty() && !name.contains('*');
        (whole && name.split_whitespace().count() <= 3 && !before.is_empty())
            .then_some(key)
            .flatten()
    };
    // The shortest name that is a key, taken back over capitalised words
    // of the same key ("Estimated Effort"), not over the value ("2 days").
    let nearest = starts.iter().rposition(|&s| name_at(s).is_some())?;
    let key = name_at(starts[nearest]);
    let mut at = starts[nearest];
    for &s in starts[..nearest].iter().rev() {
        let capital = head[s..]
            .trim_start_matches('*')
            .starts_with(char::is_uppercase);
        if !capital || name_at(s) != key {
            break;
        }
        at = s;
    }
    Some((
        head[..at].trim().trim_end_matches('*').trim(),
        value[at..].trim_start_matches('*'),
    ))
}

/// `key_of`, remembered: reports repeat the same few labels thousands of times.
pub fn key_of(label: &str) -> Option<Key> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static SEEN: RefCell<HashMap<String, Option<Key>>> = RefCell::new(HashMap::new());
    }
    if let Some(k) = SEEN.with(|m| m.borrow().get(label).copied()) {
        return k;
    }
    let k = read_key(label);
    SEEN.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() > 4096 {
            m.clear();
        }
        m.insert(label.to_string(), k);
    });
    k
}

fn read_key(label: &str) -> Option<Key> {
    let folded = fold(&clean_title(label));
    let words = folded_words(&folded);
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let has = |terms: &[&str]| terms.iter().any(|t| has_term(&folded, &words, t));
    Some(
        if has(&[
            "severity",
            "sev",
            "severidad",
            "severidade",
            "gravite",
            "schweregrad",
            "criticite",
            "критичност*",
            "серьезност*",
            "严重程度",
            "严重性",
            "深刻度",
            "심각도",
        ]) || has(more::SEVERITY_KEYS)
        {
            Key::Severity
        } else if has(&[
            "priorit*",
            "prioridad*",
            "prio",
            "urgency",
            "приоритет*",
            "优先级",
            "優先度",
            "우선순위",
        ]) || has(more::PRIORITY_KEYS)
        {
            Key::Priority
        } else if has(&[
            "effort",
            "estimate*",
            "estimated effort",
            "time estimate",
            "level of effort",
            "esfuerzo",
            "esforco",
            "estimacion",
            "estimativa",
            "aufwand",
            "charge",
            "трудозатрат*",
            "оценка",
            "工时",
            "工作量",
            "预估",
            "工数",
            "見積*",
            "공수",
            "estimasi",
            "upaya",
            "effort estime",
            "duration",
            "duracion",
            "duree",
        ]) || has(more::EFFORT_KEYS)
        {
            Key::Effort
        } else if has(&[
            "cost*",
            "budget",
            "price",
            "costo",
            "custo",
            "cout",
            "kosten",
            "стоимост*",
            "成本",
            "费用",
            "コスト",
            "비용",
            "biaya",
        ]) || has(more::COST_KEYS)
        {
            Key::Cost
        } else if has(&[
            "owner",
            "responsible",
            "assignee",
            "responsable",
            "responsavel",
            "verantwortlich",
            "ответственн*",
            "负责人",
            "担当",
            "담당",
        ]) || has(more::OWNER_KEYS)
        {
            Key::Owner
        } else if has(&[
            "status",
            "estado",
            "statut",
            "статус",
            "状态",
            "状態",
            "상태",
        ]) || has(more::STATUS_KEYS)
        {
            Key::Status
        } else if has(&[
            "timeline",
            "when",
            "deadline",
            // "estimated time of arrival": when it lands, not how long it takes.
            "eta",
            "due",
            "target",
            "timeframe",
            "window",
            "plazo",
            "prazo",
            "echeance",
            "срок*",
            "期限",
            "截止",
        ]) || has(more::WHEN_KEYS)
        {
            Key::When
        } else if title::is_note_label(label) {
            Key::Note
        } else {
            return None;
        },
    )
}

#[cfg(test)]
mod tests {
    use super::next_field;

    #[test]
    fn a_value_ends_where_the_next_known_field_begins() {
        assert_eq!(
            next_field("High Effort: 2 days Owner: Backend"),
            Some(("High", "Effort: 2 days Owner: Backend"))
        );
        // The value's own words are not the name: "days Owner" is "Owner".
        assert_eq!(
            next_field("2 days Owner: Backend"),
            Some(("2 days", "Owner: Backend"))
        );
        // A name of several capitalised words is taken whole.
        assert_eq!(
            next_field("Critical Estimated Effort: 3d"),
            Some(("Critical", "Estimated Effort: 3d"))
        );
        // Glued where a line break was lost, and after a bold mark.
        assert_eq!(
            next_field("P1 - HIGHСроки:1 неделя"),
            Some(("P1 - HIGH", "Сроки:1 неделя"))
        );
        assert_eq!(
            next_field("[WARNING] ВЫСОКИЙ**Время исправления:**1 час"),
            Some(("[WARNING] ВЫСОКИЙ", "Время исправления:**1 час"))
        );
        // No known key after the value: one field.
        assert_eq!(next_field("Use Redis: it is there"), None);
        assert_eq!(next_field("4 hours"), None);
    }
}
