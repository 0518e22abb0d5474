//! A candidate's title out of its text: the bold lead when a description
//! follows it, the text after a label such as "Fix:", and never the
//! numbering, the priority label, the effort or the cost around it.

use super::super::outline::Line;
use super::super::text::{clean_title, tokenize, tokenize_first};
use super::super::vocab::has_any;
use super::super::window::find_window;

/// Titles longer than this are shortened; the full text goes to the notes.
pub const MAX_TITLE: usize = 120;

/// Lead-in labels whose text *is* the action: "**Fix:** enable backups".
#[rustfmt::skip]
const ACTION_LABELS: &[&str] = &[
    "suggested fix", "proposed fix", "recommended fix", "corrección sugerida",
    "correccion sugerida", "solución sugerida", "solucion sugerida", "solución propuesta",
    "solucion propuesta", "acción recomendada", "accion recomendada", "correção sugerida",
    "correcao sugerida", "solução proposta", "solucao proposta", "ação recomendada",
    "acao recomendada", "correction suggérée", "correction suggeree", "correctif proposé",
    "correctif propose", "solution proposée", "solution proposee", "action recommandée",
    "action recommandee", "empfohlene maßnahme", "empfohlene massnahme", "lösungsvorschlag",
    "losungsvorschlag", "soluzione proposta", "azione consigliata", "рекомендуемое исправление",
    "предлагаемое решение", "рекомендуемое решение", "как исправить", "建议修复", "修复方案", "推奨対策",
    "修正案", "改善策", "권장 조치", "수정 방안", "perbaikan yang disarankan", "önerilen çözüm", "fix", "action",
    "recommendation", "recommended action", "solution", "remediation", "mitigation", "todo",
    "to do", "task", "next step", "suggestion", "proposal", "resolution", "corrección",
    "correccion", "solución", "solucion", "acción", "accion", "recomendación", "recomendacion",
    "correção", "correcao", "solução", "solucao", "ação", "acao", "recomendação", "recomendacao",
    "correctif", "solution", "recommandation", "maßnahme", "massnahme", "lösung", "losung",
    "empfehlung", "soluzione", "azione", "raccomandazione", "решение", "рекомендация", "действие",
    "исправление", "мера", "建议", "解决方案", "修复", "整改", "措施", "对策", "修复建议", "整改建议", "改进建议", "対策",
    "推奨", "修正", "対応", "改善案", "조치", "권장", "해결", "개선", "solusi", "rekomendasi", "tindakan",
    "perbaikan", "çözüm", "öneri",
];

/// Lead-in labels whose text describes rather than names work.
#[rustfmt::skip]
const NOTE_LABELS: &[&str] = &[
    "任务描述", "描述", "说明", "目标", "代码示例", "示例", "输出文件", "输出", "验收标准", "適用", "説明", "目的", "설명", "목표",
    "problem", "issue", "impact", "why", "note", "notes", "context", "current", "current state",
    "risk", "evidence", "location", "file", "files", "example", "details", "description", "reason",
    "rationale", "cause", "root cause", "finding", "observation", "status", "result", "results",
    "benefit", "benefits", "outcome", "expected", "owner", "dependencies", "dependency",
    "deliverable", "deliverables", "success criteria", "acceptance criteria", "effort", "priority",
    "cost", "timeline", "severity", "problema", "impacto", "causa", "contexto", "riesgo", "riesgo",
    "nota", "problème", "probleme", "contexte", "risque", "problem", "auswirkung", "ursache",
    "проблема", "влияние", "причина", "риск", "контекст", "статус", "问题", "影响", "原因", "风险", "现状",
    "描述", "位置", "問題", "影響", "原因", "現状", "문제", "영향", "원인", "masalah", "dampak", "penyebab",
    // "**Objectif:** Réduire le score de 40 % à 25 %": the aim of what follows, not work.
    "goal", "goals", "objective", "objectives", "aim", "purpose", "objectif", "objectifs", "but",
    "objetivo", "objetivos", "obiettivo", "obiettivi", "ziel", "ziele", "zielsetzung", "цель", "цели",
    "мета", "目標", "mục tiêu", "tujuan", "amaç", "hedef", "cíl", "cel",
];

/// True when `label` (the text of a lead-in, without its colon) says the
/// text after it is the action.
pub fn is_action_label(label: &str) -> bool {
    let l = label.trim().trim_end_matches(':').trim().to_lowercase();
    ACTION_LABELS
        .iter()
        .chain(super::super::vocab_roles::MORE_ACTION_LABELS)
        .any(|a| l == *a)
        || (l.split_whitespace().count() <= 3
            && has_any(
                &l,
                &[
                    "fix",
                    "recommended fix",
                    "suggested fix",
                    "proposed fix",
                    "how to fix",
                    "recommended action",
                    "suggested action",
                    "required action",
                    "remediation",
                    "recommended solution",
                    "proposed solution",
                    "suggested solution",
                ],
            ))
}

/// True when a label introduces the steps of the work above it: "Steps",
/// "Action items", "Recommendation", "Files to review", "Действия", "建议".
pub fn is_steps_label(label: &str) -> bool {
    #[rustfmt::skip]
    const STEPS: &[&str] = &[
        "steps", "action items", "actions", "tasks", "implementation", "implementation steps",
        "how to fix", "recommendation", "recommendations", "fix", "fixes", "solution",
        "remediation", "remediation steps", "to do", "todo", "files to review", "files to change",
        "files affected", "changes", "updates needed", "required changes", "pasos", "acciones",
        "recomendación", "recomendaciones", "solución", "passos", "ações", "acoes",
        "recomendações", "solução", "étapes", "etapes", "recommandations", "schritte", "maßnahmen",
        "massnahmen", "empfehlung", "langkah", "tindakan", "шаги", "действия", "рекомендации",
        "рекомендация", "решение", "что сделать", "建议", "步骤", "措施", "解决方案", "执行步骤", "修复建议", "対応",
        "手順", "対策", "推奨", "조치", "권장", "해결 방안",
    ];
    let l = label
        .trim()
        .trim_end_matches([':', '：'])
        .trim()
        .to_lowercase();
    STEPS.iter().any(|s| l == *s)
}

/// True when `label` says the text after it describes, not names, work.
pub fn is_note_label(label: &str) -> bool {
    let l = label.trim().trim_end_matches(':').trim().to_lowercase();
    NOTE_LABELS.iter().any(|a| l == *a)
}

/// An identifier rather than words: `F001`, `BUG-F001`, `SEC-3`, `E2.1`,
/// `#12`, `[T-4]`, `F601/F005`.
pub fn is_id(text: &str) -> bool {
    let t = text.trim().trim_matches(['[', ']', '(', ')', '#', ' ']);
    // P0-P4 are priorities, not names.
    let priority = t.len() == 2 && t.starts_with(['P', 'p']) && t.as_bytes()[1].is_ascii_digit();
    !t.is_empty()
        && !priority
        && t.len() <= 24
        && t.split(['/', ',', ' '])
            .filter(|p| !p.is_empty())
            .all(|part| {
                part.len() <= 14
                    && part.chars().any(|c| c.is_ascii_digit())
                    && part
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
                    && part
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
                    && !part.chars().any(|c| c.is_ascii_lowercase())
            })
}

/// The identifiers a text opens with: `[BUG-F001] …` → `BUG-F001`, `F001`;
/// `**F601/F005**: …` → `F601`, `F005`.
pub fn leading_ids(text: &str) -> Vec<String> {
    let t = text.trim_start_matches(|c: char| {
        c.is_whitespace()
            || matches!(c, '*' | '#' | '-' | '>' | '`')
            || super::super::text::is_decoration(c)
    });
    let token = match t.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => t
            .split([':', '：', ' ', '—', '–', ')'])
            .next()
            .unwrap_or("")
            .trim_end_matches(['.', '*']),
    };
    if !is_id(token) || token.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Vec::new();
    }
    let mut ids = Vec::new();
    for part in token.split(['/', ',', ' ']).filter(|p| !p.is_empty()) {
        let part = part.trim_matches(['#', '.']).to_string();
        if let Some((_, tail)) = part.rsplit_once('-') {
            if tail.chars().any(|c| c.is_ascii_alphabetic())
                && tail.chars().any(|c| c.is_ascii_digit())
            {
                ids.push(tail.to_string());
            }
        }
        ids.push(part);
    }
    ids
}

/// Every identifier a text names anywhere: "P2: F007, F008 and BUG-F010".
pub fn all_ids(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .map(|t| t.trim_matches(['.', '-']))
        .filter(|t| {
            t.chars().any(|c| c.is_ascii_alphabetic())
                && is_id(t)
                && !(t.len() == 2 && t.starts_with(['P', 'p']))
        })
        .flat_map(|t| {
            let mut ids = vec![t.to_string()];
            if let Some((_, tail)) = t.rsplit_once('-') {
                if tail.chars().any(|c| c.is_ascii_alphabetic())
                    && tail.chars().any(|c| c.is_ascii_digit())
                {
                    ids.push(tail.to_string());
                }
            }
            ids
        })
        .collect()
}

/// "Phase 1", "Week 3", "Step 2", "F001": a bold lead that labels rather than names.
fn is_generic(lead: &str) -> bool {
    let toks = tokenize(lead);
    is_id(lead)
        || find_window(lead).is_some()
        || (toks.len() == 2
            && toks[1].num().is_some()
            && toks[0].word().is_some_and(|w| {
                matches!(w, "phase" | "step" | "stage" | "sprint" | "item" | "task")
            }))
}

/// How a line's text divides into a title and the rest.
#[derive(Debug, Clone, PartialEq)]
pub enum Split {
    /// The line names the work: the title and a description after it.
    Title(String, Option<String>),
    /// The line opens with a label that says the text is the fix for what
    /// is described around it ("Fix:", "Recommendation:").
    Fix(String),
    /// The line opens with a label that says what kind of text follows
    /// ("Impact:", "Owner:"): not a title.
    Note(String, String),
}

/// Splits a line into a title and a description.
/// `in_list` is true for list items, where `**Name**: what to do` names a
/// task; in a paragraph `**Key:** value` is metadata.
pub fn split(line: &Line, in_list: bool) -> Split {
    let text = line.text.as_str();
    if let Some(lead) = &line.strong_lead {
        if let Some(pos) = text.find(lead.as_str()) {
            let after = text[pos + lead.len()..].trim_start();
            let lead_ends_label = lead.trim_end().ends_with(':');
            let sep = ["- ", "– ", "— ", ": ", ":", "："]
                .iter()
                .find(|s| after.starts_with(**s))
                .map(|s| s.len());
            if lead_ends_label || sep.is_some() || after.is_empty() {
                let rest = after[sep.unwrap_or(0)..].trim();
                let lead_clean = clean_title(lead);
                if is_action_label(&lead_clean) && !rest.is_empty() {
                    return Split::Fix(clean_title(rest));
                }
                if is_note_label(&lead_clean) && !rest.is_empty() {
                    return Split::Note(lead_clean, rest.to_string());
                }
                if is_generic(&lead_clean) && !rest.is_empty() {
                    return Split::Title(clean_title(rest), None);
                }
                if (lead_ends_label || sep == Some(1) || sep == Some(2) && after.starts_with(':'))
                    && !rest.is_empty()
                    && !in_list
                    && !super::super::vocab::starts_with_action(&lead_clean)
                    && !super::super::vocab::starts_with_action(rest)
                {
                    // `**Execution Date:** 2025-08-27` in a paragraph: a
                    // key and its value, not a piece of work.
                    return Split::Note(lead_clean, rest.to_string());
                }
                if after.is_empty() || lead_clean.is_empty() {
                    return Split::Title(clean_title(text), None);
                }
                let rest = (!rest.is_empty()).then(|| rest.to_string());
                return Split::Title(lead_clean, rest);
            }
        }
    }
    // "Fix: enable backups" and "Impact: …" written without bold.
    if let Some((label, rest)) = text.split_once([':', '：']) {
        let rest = rest.trim();
        if label.split_whitespace().count() <= 3 && !rest.is_empty() {
            if is_action_label(label) {
                return Split::Fix(clean_title(rest));
            }
            if is_note_label(label) {
                return Split::Note(clean_title(label), rest.to_string());
            }
        }
    }
    Split::Title(clean_title(text), None)
}

/// A sentence that names work and then explains it ("Implement retry: 1)
/// keep the ride searching, 2) …") is titled by its first clause; the rest
/// goes to the notes. Short titles are left whole.
pub fn first_clause(title: &str) -> Option<(String, String)> {
    const LONG: usize = 14;
    if title.split_whitespace().count() <= LONG {
        return None;
    }
    let cut = [". ", ": ", "; ", " — ", " – ", "。", "：", "；"]
        .iter()
        .filter_map(|sep| title.find(sep).map(|i| (i, sep.len())))
        .filter(|(i, _)| title[..*i].split_whitespace().count() >= 3 || !title[..*i].is_ascii())
        .min_by_key(|(i, _)| *i)?;
    let head = title[..cut.0].trim().to_string();
    let rest = title[cut.0 + cut.1..].trim().to_string();
    (!head.is_empty() && !rest.is_empty()).then_some((head, rest))
}

/// Cuts a long title at a word boundary.
pub fn shorten(title: &str) -> String {
    let mut out = String::new();
    for word in title.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > MAX_TITLE - 1 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = title.chars().take(MAX_TITLE - 1).collect();
    }
    out.push('…');
    out
}

/// Removes what labels the title rather than names the work: a priority
/// tag (`[P1]`, `P0:`, `(Critical)`, `HIGH -`), an id (`E2.1:`, `T-12`,
/// `#4`), a status mark, and brackets left empty.
pub fn strip_labels(title: &str) -> String {
    let mut t = title.trim().to_string();
    loop {
        let before = t.clone();
        // Leading "[P1]", "(P0)", "P1:", "P2 -", "HIGH:", "CRITICAL -": a
        // bare word only before a separator ("High availability" stays).
        // Only the first three tokens can make a leading tag.
        let toks = tokenize_first(&t, 3);
        let bracketed = toks.len() >= 3
            && (toks[0].is_sym('[') || toks[0].is_sym('('))
            && toks[1].word().is_some_and(is_priority_tag)
            && (toks[2].is_sym(']') || toks[2].is_sym(')'));
        let bare = toks.len() >= 2
            && toks[0].word().is_some_and(is_priority_tag)
            && (toks[1].is_sym(':')
                || toks[1].is_dash()
                || toks[1].is_sym('|')
                || toks[1].is_sym('：'));
        let tag_end = if bracketed {
            Some(toks[2].end)
        } else if bare {
            Some(toks[1].end)
        } else {
            None
        };
        if let Some(end) = tag_end {
            let rest = t[end..]
                .trim_start()
                .trim_start_matches([':', '-', '–', '—', '|', '：'])
                .trim_start();
            if !rest.is_empty() {
                t = rest.to_string();
            }
        }
        // Leading ids: "E2.1:", "T-12:", "SEC-3 -", "#4", "1.2.3".
        if let Some(rest) = strip_id(&t) {
            t = rest;
        }
        // A numbered step: "步骤1.1：", "Step 2:", "Task 4.1 -".
        if let Some(rest) = strip_step(&t) {
            t = rest;
        }
        t = clean_title(&t);
        if t == before {
            break;
        }
    }
    // Trailing "(Critical)", "[P1]", "(LOW - Priority 4)", "(PRIORITA 1)",
    // "(MOYENNE)", "（高）": levels, the scale's name and its rank, in any
    // language, and at least one level or scale word among them.
    for (open, close) in [('(', ')'), ('[', ']'), ('（', '）')] {
        if t.ends_with(close) {
            if let Some(i) = t.rfind(open) {
                let inner = &t[i + open.len_utf8()..t.len() - close.len_utf8()];
                // Words apart: "CRIT-001" is an id the title cites, not a tag.
                let words: Vec<&str> = inner
                    .split([',', ' ', '/', ':', '：'])
                    .filter(|w| !w.is_empty())
                    .collect();
                let tag_word = |w: &str| {
                    let w = w.to_lowercase();
                    is_priority_tag(&w) || super::super::priority::is_scale(&w)
                };
                let rank = |w: &str| {
                    let w = w.trim_start_matches('#');
                    !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())
                };
                let dash = |w: &str| matches!(w, "-" | "–" | "—");
                let tag = words.iter().any(|w| tag_word(w))
                    && words.iter().all(|w| tag_word(w) || rank(w) || dash(w));
                if tag && i > 0 {
                    t = t[..i].trim_end().to_string();
                }
            }
        }
    }
    t.replace("()", "")
        .replace("（）", "")
        .replace("[]", "")
        .trim()
        .to_string()
}

/// English words (lower case) that state a level in a table's column but
/// describe the work in a title's brackets: "synchronous (blocking)",
/// "(optional)".
fn is_plain_english(word: &str) -> bool {
    matches!(
        word,
        "blocking" | "blockers" | "important" | "normal" | "optional" | "moderate"
    )
}

fn is_priority_tag(word: &str) -> bool {
    let w = word.to_lowercase();
    matches!(
        w.as_str(),
        "p0" | "p1"
            | "p2"
            | "p3"
            | "p4"
            | "critical"
            | "high"
            | "medium"
            | "low"
            | "blocker"
            | "urgent"
            | "crit"
            | "med"
            | "major"
            | "minor"
    ) || (super::super::priority::is_level(&w) && !is_plain_english(&w))
}

/// "步骤1.1：检查" → "检查"; "Step 2: Add" → "Add"; "Task 4.1 - Add" → "Add".
fn strip_step(t: &str) -> Option<String> {
    if !super::units::is_step_numbered(t) {
        return None;
    }
    let after_number = t
        .char_indices()
        .skip_while(|(_, c)| !c.is_ascii_digit())
        .find(|(_, c)| !(c.is_ascii_digit() || *c == '.'))
        .map(|(i, _)| i)?;
    let rest = t[after_number..].trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '：' | '-' | '–' | '—' | '.' | ')' | '步')
    });
    (!rest.is_empty()).then(|| rest.to_string())
}

/// An id at the start of a title: letters, digits and dots or dashes with at
/// least one digit ("E2.1", "SEC-3", "T12", "#4"), followed by `:`, `-` or
/// `.` and a space.
fn strip_id(t: &str) -> Option<String> {
    let text_was_bracketed = t.trim_start().starts_with('[');
    let t = t.trim_start_matches(['#', '[']);
    let end = t
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')))
        .unwrap_or(t.len());
    let id = &t[..end];
    let has_digit = id.chars().any(|c| c.is_ascii_digit());
    let has_upper_or_digit_start = id
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if id.is_empty() || !has_digit || !has_upper_or_digit_start || id.len() > 12 {
        return None;
    }
    if id.chars().any(|c| c.is_ascii_lowercase()) && !id.starts_with('T') {
        return None;
    }
    let rest = &t[end..];
    let rest = rest.strip_prefix(']').unwrap_or(rest);
    let numeric = id.chars().all(|c| c.is_ascii_digit() || c == '.') && id.contains('.');
    let bracketed = rest.starts_with(' ') && t.len() > end && text_was_bracketed;
    let rest = rest
        .strip_prefix([':', '：'])
        .or_else(|| rest.strip_prefix(" -"))
        .or_else(|| rest.strip_prefix(" –"))
        .or_else(|| rest.strip_prefix(" —"))
        .or_else(|| rest.strip_prefix(" |"))
        .or_else(|| (numeric || bracketed).then_some(rest))?;
    let rest = rest.trim_start();
    (!rest.is_empty() && rest.len() < t.len()).then(|| rest.to_string())
}

#[cfg(test)]
#[path = "title_tests.rs"]
mod tests;
