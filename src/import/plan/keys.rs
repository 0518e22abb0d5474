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
