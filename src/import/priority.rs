//! Priority from words, P-levels and coloured emoji.
//!
//! Words: critical / high / medium / low and their kin (urgent, blocker,
//! must / should / nice to have, P0-P3), and cheap non-English ones (crítico,
//! alto, critique, 高 / 中 / 低). A bare "high" is only a priority when it
//! stands alone or next to "priority": "High Impact, Low Effort" is not one.
//!
//! Emoji: reports disagree on what 🟡 means, so the document's own legend or
//! headings decide ("🟡 HIGH PRIORITY" makes 🟡 high everywhere in it), with a
//! common default when the document says nothing.

use super::text::{tokenize, Tok};
use crate::model::Priority;
use std::collections::HashMap;

/// Words that carry a priority when they stand as one.
fn level_word(word: &str) -> Option<Priority> {
    let p = match word {
        "critical" | "urgent" | "blocker" | "blockers" | "blocking" | "showstopper" | "p0"
        | "crítico" | "crítica" | "critico" | "critica" | "urgente" | "critique" | "kritisch"
        | "緊急" | "致命" => Priority::Critical,
        "high" | "important" | "p1" | "alto" | "alta" | "élevée" | "élevé" | "haute" | "hoch"
        | "高" => Priority::High,
        "medium" | "moderate" | "normal" | "p2" | "médio" | "média" | "medio" | "media"
        | "moyenne" | "moyen" | "mittel" | "中" => Priority::Medium,
        "low" | "minor" | "optional" | "p3" | "p4" | "baixo" | "baixa" | "bajo" | "baja"
        | "basse" | "faible" | "niedrig" | "低" => Priority::Low,
        _ => return super::vocab_words::level_word(word),
    };
    Some(p)
}

/// The level stated at token `i`, by a word or a phrase of several tokens
/// ("trung bình", "높음"), and how many tokens it takes.
fn level_at(toks: &[Tok], i: usize) -> Option<(Priority, usize)> {
    let mut words: [Option<&str>; 3] = [None; 3];
    let n = toks.len().saturating_sub(i).min(3);
    for (slot, t) in words.iter_mut().zip(&toks[i..i + n]) {
        *slot = t.word();
    }
    let words = &words[..n];
    super::vocab_words::level_phrase(words)
        .or_else(|| level_word(words.first().copied().flatten()?).map(|p| (p, 1)))
}

/// Words that make the word before them something other than a priority.
fn qualifies_other(word: &str) -> bool {
    matches!(
        word,
        "impact"
            | "effort"
            | "risk"
            | "risks"
            | "level"
            | "levels"
            | "availability"
            | "quality"
            | "performance"
            | "value"
            | "values"
            | "load"
            | "traffic"
            | "throughput"
            | "latency"
            | "cost"
            | "costs"
            | "confidence"
            | "coverage"
            | "volume"
            | "usage"
            | "memory"
            | "cpu"
            | "severity"
            | "score"
            | "maturity"
            | "complexity"
            | "density"
            | "end"
            | "scale"
            | "speed"
            | "resolution"
            | "security"
            | "concurrency"
            | "frequency"
    )
}

/// A word (lower case) that states a level in any language of this module
/// ("crítica", "hoch", "высокий", "高"): a title drops it where it labels
/// the work.
pub(crate) fn is_level(word: &str) -> bool {
    level_word(word).is_some()
}

/// A word (lower case) that names the scale a level sits on ("priority",
/// "priorita", "severity"): "(LOW - Priority 4)" beside a title is a tag.
pub(crate) fn is_scale(word: &str) -> bool {
    is_priority_anchor(word)
}

fn is_priority_anchor(word: &str) -> bool {
    super::vocab_words::ANCHORS.contains(&word)
        || matches!(
            word,
            "priority"
                | "priorities"
                | "prio"
                | "prioridade"
                | "prioridad"
                | "priorité"
                | "priorität"
                | "優先度"
                | "severity"
                | "urgency"
        )
}

/// Words for risk: a level beside one ("Riesgo Medio") names a bucket of
/// risk, which a P-label beside it puts on the document's own scale.
fn is_risk_word(word: &str) -> bool {
    matches!(
        word,
        "risk"
            | "risks"
            | "riesgo"
            | "riesgos"
            | "risco"
            | "riscos"
            | "risque"
            | "risques"
            | "risiko"
            | "risiken"
            | "rischio"
            | "rischi"
            | "риск"
            | "риска"
            | "ryzyko"
            | "riziko"
            | "risico"
            | "risk-level"
    )
}

/// Priority anchors written in CJK characters, which the tokenizer splits
/// one character a token: "优先级" (priority), "優先度", "우선순위".
const CJK_ANCHORS: &[&str] = &[
    "优先级",
    "优先",
    "優先度",
    "優先順位",
    "優先",
    "紧急度",
    "緊急度",
    "严重程度",
    "严重性",
    "重要度",
    "深刻度",
    "우선순위",
    "중요도",
    "심각도",
    "긴급도",
];

/// The single CJK character token `t` is, if it is one.
fn cjk_char(t: &Tok) -> Option<&str> {
    t.word().filter(|w| w.chars().count() == 1 && !w.is_ascii())
}

/// True when the tokens from `j` on open with a priority anchor: a word
/// ("priority") or CJK characters that spell one ("优先级").
fn anchor_from(toks: &[Tok], j: usize) -> bool {
    if toks
        .get(j)
        .and_then(Tok::word)
        .is_some_and(is_priority_anchor)
    {
        return true;
    }
    let mut spelled = String::new();
    for t in toks.iter().skip(j).take(4) {
        let Some(c) = cjk_char(t) else { break };
        spelled.push_str(c);
        if CJK_ANCHORS.contains(&spelled.as_str()) {
            return true;
        }
    }
    false
}

/// True when the tokens before `end` (exclusive) close with a priority
/// anchor: "priority", "优先级".
fn anchor_until(toks: &[Tok], end: usize) -> bool {
    let Some(last) = end.checked_sub(1) else {
        return false;
    };
    if toks[last].word().is_some_and(is_priority_anchor) {
        return true;
    }
    let mut spelled = String::new();
    for t in toks[..end].iter().rev().take(4) {
        let Some(c) = cjk_char(t) else { break };
        spelled.insert_str(0, c);
        if CJK_ANCHORS.contains(&spelled.as_str()) {
            return true;
        }
    }
    false
}

/// The priority a line of text states in words, if it states one.
pub fn from_words(text: &str) -> Option<Priority> {
    from_tokens(&tokenize(text))
}

/// [`from_words`] over tokens.
pub fn from_tokens(toks: &[Tok]) -> Option<Priority> {
    let mut anchored = None;
    let mut first = None;
    for (i, t) in toks.iter().enumerate() {
        let Some(word) = t.word() else { continue };
        if let Some(p) = moscow(toks, i) {
            // "MUST FIX", "NICE TO HAVE": a phrase that only ever means priority.
            first.get_or_insert(p);
            continue;
        }
        let Some((p, len)) = level_at(toks, i) else {
            continue;
        };
        let last = i + len - 1;
        let next = toks.get(last + 1).and_then(Tok::word);
        let is_anchored = anchor_from(toks, last + 1)
            || anchor_until(toks, i)
            || (i >= 1 && toks[i - 1].word().is_none() && anchor_until(toks, i - 1));
        if is_anchored {
            anchored.get_or_insert(p);
            continue;
        }
        let strong = strong_word(word) || (len > 1 && p == Priority::Critical);
        let standalone = match next {
            None => true,
            Some(n) => !qualifies_other(n) && (strong || !is_plain_word_after(toks, last)),
        };
        if standalone && first.is_none() {
            first = Some(p);
        }
    }
    anchored.or(first)
}

/// Critical-like words are priorities even before a noun ("Critical
/// Blockers"); milder ones ("high", "low") only when nothing follows them.
fn strong_word(word: &str) -> bool {
    matches!(level_word(word), Some(Priority::Critical))
        || matches!(word, "must" | "should" | "p1" | "p2" | "p3" | "p4")
}

/// True when the token after `i` is a word in the same phrase (no
/// punctuation between): "high impact" rather than "HIGH (Week 1)".
fn is_plain_word_after(toks: &[Tok], i: usize) -> bool {
    toks.get(i + 1).is_some_and(|t| t.word().is_some())
}

/// MoSCoW words: must → critical, should → high, could / nice to have →
/// medium, won't → low.
fn moscow(toks: &[Tok], i: usize) -> Option<Priority> {
    let word = toks[i].word()?;
    let next = toks.get(i + 1).and_then(Tok::word);
    match word {
        "must" if matches!(next, Some("fix" | "have" | "do")) => Some(Priority::Critical),
        "should" if matches!(next, Some("fix" | "have" | "do")) => Some(Priority::High),
        "could" if matches!(next, Some("have" | "do")) => Some(Priority::Medium),
        "nice" if next == Some("to") && toks.get(i + 2).is_some_and(|t| t.is_word("have")) => {
            Some(Priority::Medium)
        }
        "won't" | "wont" if matches!(next, Some("have" | "do")) => Some(Priority::Low),
        _ => None,
    }
}

/// The priority a task states about itself: a leading coloured marker,
/// "Priority: High", "[P1]", "(Critical)", "HIGH: ...". Looser words in a
/// task's title ("Critical user flows") describe the work, not its priority.
pub fn from_item(text: &str, legend: &Legend) -> Option<Priority> {
    let own = from_item_words(text, legend)?;
    // A P-label reads through the document's own scale.
    Some(legend.level_of(text).unwrap_or(own))
}

/// `text` with identifiers that open with a P-level ("P1-01", "P2.3")
/// blanked out: they number items of a plan ("**P1-01:** Debug the health
/// check"), they do not rank them.
fn without_p_ids(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let is_id_at = |i: usize| {
        matches!(b[i], b'p' | b'P')
            && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && b.get(i + 2).is_some_and(|c| matches!(c, b'-' | b'.'))
            && b.get(i + 3).is_some_and(u8::is_ascii_digit)
    };
    if !(0..b.len()).any(is_id_at) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < b.len() {
        if is_id_at(i) {
            let mut j = i + 3;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || matches!(b[j], b'-' | b'.')) {
                j += 1;
            }
            out.push(' ');
            i = j;
        } else {
            let c = text[i..].chars().next().expect("a char at a char boundary");
            out.push(c);
            i += c.len_utf8();
        }
    }
    std::borrow::Cow::Owned(out)
}

fn from_item_words(text: &str, legend: &Legend) -> Option<Priority> {
    let text = &*without_p_ids(text);
    let trimmed = text.trim_start();
    if trimmed.chars().next().is_some_and(|c| MARKERS.contains(&c)) {
        return legend.read(trimmed);
    }
    // Every form needs a bracket, a separator, a P-level or the word priority.
    let maybe = text.contains(['(', '[', ':', '-', '–'])
        || super::text::contains_ci(text, "prior")
        || text
            .as_bytes()
            .windows(2)
            .any(|w| matches!(w[0], b'p' | b'P') && w[1].is_ascii_digit());
    if !maybe {
        return None;
    }
    let toks = tokenize(text);
    for (i, t) in toks.iter().enumerate() {
        let Some(word) = t.word() else { continue };
        let Some((p, len)) = level_at(&toks, i) else {
            continue;
        };
        let prev = i.checked_sub(1).map(|j| &toks[j]);
        let next = toks.get(i + len);
        let p_level = word.len() == 2 && word.starts_with('p');
        let bracketed = prev.is_some_and(|t| t.is_sym('(') || t.is_sym('['))
            && next.is_some_and(|t| t.is_sym(')') || t.is_sym(']'));
        let leading = i == 0 && next.is_some_and(|t| t.is_sym(':') || t.is_dash());
        let anchored = anchor_from(&toks, i + len)
            || anchor_until(&toks, i)
            || (i >= 2 && prev.is_some_and(|t| t.word().is_none()) && anchor_until(&toks, i - 1));
        if p_level || bracketed || leading || anchored {
            return Some(p);
        }
    }
    None
}

/// The coloured markers reports use for priority.
pub const MARKERS: &[char] = &[
    '🔴', '🟠', '🟡', '🟢', '🔵', '🟣', '⚪', '⚫', '🟥', '🟧', '🟨', '🟩', '🟦',
];

/// What each coloured marker means in one document.
#[derive(Debug, Clone, Default)]
pub struct Legend {
    learned: HashMap<char, Priority>,
    /// The document's own P-scale: "HIGH PRIORITY (P2)", "P1 = Critical".
    levels: HashMap<String, Priority>,
}

/// The P-label a text names on its own ("P2", "[P1]"), lower case.
fn p_label(toks: &[Tok]) -> Option<String> {
    toks.iter().filter_map(Tok::word).find_map(|w| {
        (w.len() == 2 && w.starts_with('p') && w.as_bytes()[1].is_ascii_digit())
            .then(|| w.to_string())
    })
}

impl Legend {
    /// Learns from a heading, label or legend line: every marker directly
    /// followed by a priority word ("🔴 Critical 🟠 High") is taught, and a
    /// P-label named beside a level word ("HIGH PRIORITY (P2)") means that
    /// level in this document.
    /// Learns only the markers of a line of prose.
    pub fn learn_markers(&mut self, text: &str) {
        if text.chars().any(|c| MARKERS.contains(&c)) {
            let levels = std::mem::take(&mut self.levels);
            self.learn(text);
            self.levels = levels;
        }
    }

    pub fn learn(&mut self, text: &str) {
        // A P-label is a word `p` or `P` and a digit: a line without that
        // pair need not be tokenized (most lines of a report).
        let maybe_label = text
            .as_bytes()
            .windows(2)
            .any(|w| matches!(w[0], b'p' | b'P') && w[1].is_ascii_digit());
        let toks = if maybe_label {
            tokenize(text)
        } else {
            Vec::new()
        };
        let short = toks.iter().filter(|t| t.word().is_some()).count() <= 10;
        // Every P-label of the line: "(P2-P3)" names one bucket twice.
        let is_label =
            |w: &str| w.len() == 2 && w.starts_with('p') && w.as_bytes()[1].is_ascii_digit();
        let is_labels = |w: &str| w.split('-').all(is_label);
        let labels: Vec<String> = toks
            .iter()
            .filter_map(Tok::word)
            .filter(|w| is_labels(w))
            .flat_map(|w| w.split('-').map(str::to_string).collect::<Vec<_>>())
            .collect();
        if let Some(label) = labels.first().cloned().filter(|_| short) {
            let words: Vec<Tok> = toks
                .iter()
                .filter(|t| t.word().is_none_or(|w| !is_labels(w)))
                .cloned()
                .collect();
            let said = words
                .iter()
                .filter_map(Tok::word)
                .filter_map(level_word)
                .collect::<Vec<_>>();
            // One level word, read as a priority ("low effort" is not one),
            // anchored by the word "priority".
            let anchored = words.iter().filter_map(Tok::word).any(is_priority_anchor);
            // "P1 (CRITICAL)", "P1 - Critical", "P1 = critical": the level
            // right after the label defines it.
            let at = toks.iter().position(|t| t.word() == Some(label.as_str()));
            let adjacent = at.is_some_and(|i| {
                toks[i + 1..]
                    .iter()
                    .find(|t| t.word().is_some())
                    .and_then(Tok::word)
                    .and_then(level_word)
                    .is_some()
                    && toks[i + 1..]
                        .iter()
                        .take_while(|t| t.word().is_none())
                        .all(|t| t.is_sym('(') || t.is_sym(':') || t.is_sym('=') || t.is_dash())
            });
            // "Hallazgos de Riesgo Medio (P1)", "Medium-Risk Findings (P2)":
            // a bucket of risk named by its P-label defines that label.
            let risk = words.iter().filter_map(Tok::word).any(is_risk_word);
            if said.len() == 1 && (anchored || adjacent) {
                if let Some(p) = from_tokens(&words) {
                    self.levels.entry(label).or_insert(p);
                }
            } else if said.len() == 1 && risk {
                for l in labels {
                    self.levels.entry(l).or_insert(said[0]);
                }
            }
        }
        if !text.chars().any(|c| MARKERS.contains(&c)) {
            return;
        }
        let mut rest = text;
        while let Some((i, marker)) = rest.char_indices().find(|(_, c)| MARKERS.contains(c)) {
            let after = &rest[i + marker.len_utf8()..];
            let until_next = after
                .char_indices()
                .find(|(_, c)| MARKERS.contains(c))
                .map(|(j, _)| j)
                .unwrap_or(after.len());
            let segment = &after[..until_next];
            let first_words: String = segment
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(p) = from_words(&first_words) {
                self.learned.entry(marker).or_insert(p);
            }
            rest = after;
        }
    }

    /// The priority a value states, read through the document's legend
    /// first: its P-scale, then its markers, then the common words.
    pub fn priority(&self, text: &str) -> Option<Priority> {
        let toks = tokenize(text);
        if let Some(p) = p_label(&toks).and_then(|l| self.levels.get(&l)) {
            return Some(*p);
        }
        from_tokens(&toks).or_else(|| self.read(text))
    }

    /// The P-scale level of a label this document defines, if it does.
    pub fn level_of(&self, text: &str) -> Option<Priority> {
        p_label(&tokenize(text)).and_then(|l| self.levels.get(&l).copied())
    }

    /// The priority of the first marker in `text`, from the legend or the
    /// common reading (red critical, orange high, yellow medium, green/blue low).
    pub fn read(&self, text: &str) -> Option<Priority> {
        let marker = text.chars().find(|c| MARKERS.contains(c))?;
        if let Some(p) = self.learned.get(&marker) {
            return Some(*p);
        }
        Some(match marker {
            '🔴' | '🟥' => Priority::Critical,
            '🟠' | '🟧' => Priority::High,
            '🟡' | '🟨' => Priority::Medium,
            _ => Priority::Low,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_state_a_priority() {
        let cases = [
            ("HIGH PRIORITY (Week 1)", Some(Priority::High)),
            ("Priority: HIGH", Some(Priority::High)),
            ("**Priority: Critical**", Some(Priority::Critical)),
            ("IMMEDIATE (CRITICAL):", Some(Priority::Critical)),
            ("Critical Blockers (MUST FIX)", Some(Priority::Critical)),
            ("High Priority (SHOULD FIX)", Some(Priority::High)),
            ("Medium Priority (NICE TO HAVE)", Some(Priority::Medium)),
            ("NICE TO HAVE", Some(Priority::Medium)),
            ("🔵 LOW PRIORITY (Month 3+)", Some(Priority::Low)),
            ("[P1] Rotate keys", Some(Priority::High)),
            ("P0 outage fixes", Some(Priority::Critical)),
            ("Prioridade: alta", Some(Priority::High)),
            ("Priorité critique", Some(Priority::Critical)),
            ("優先度: 高", Some(Priority::High)),
            // CJK anchors are spelled over one-character tokens.
            ("10.1 高优先级问题（立即修复）", Some(Priority::High)),
            ("10.3 低优先级问题（后续优化）", Some(Priority::Low)),
            ("优先级：中", Some(Priority::Medium)),
            ("Quick Wins (High Impact, Low Effort)", None),
            ("High-Risk Areas", None),
            ("Low latency edge", None),
            ("Deploy worker", None),
            ("CRITICAL (Do First - 1-2 weeks)", Some(Priority::Critical)),
        ];
        for (text, expected) in cases {
            assert_eq!(from_words(text), expected, "{text}");
        }
    }

    #[test]
    fn what_a_task_says_about_itself() {
        let legend = Legend::default();
        assert_eq!(from_item("[P1] Rotate keys", &legend), Some(Priority::High));
        assert_eq!(
            from_item("Rotate keys (Critical)", &legend),
            Some(Priority::Critical)
        );
        assert_eq!(
            from_item("HIGH: rotate keys", &legend),
            Some(Priority::High)
        );
        assert_eq!(
            from_item("🔴 Rotate keys", &legend),
            Some(Priority::Critical)
        );
        assert_eq!(from_item("Critical user flows (Playwright)", &legend), None);
        assert_eq!(from_item("Add low-latency cache", &legend), None);
        // An identifier that opens with a P-level numbers the item.
        assert_eq!(
            from_item("**P1-01:** Debug the health check", &legend),
            None
        );
        assert_eq!(from_item("P2.3: Finaliser storage-poc.ts", &legend), None);
        assert_eq!(
            from_item("P1-01: Debug the health check [P0]", &legend),
            Some(Priority::Critical)
        );
    }

    #[test]
    fn a_risk_bucket_named_by_its_p_label_defines_the_scale() {
        let mut legend = Legend::default();
        legend.learn("## ⚠️ Hallazgos de Riesgo Medio (P1)");
        legend.learn("## ✅ Hallazgos de Bajo Riesgo (P2-P3)");
        assert_eq!(
            from_item("**P1: Logs Inmutables de Vault**", &legend),
            Some(Priority::Medium)
        );
        assert_eq!(
            from_item("**P2: Jitter en Backoff**", &legend),
            Some(Priority::Low)
        );
        // Without a P-label beside it, a risk level teaches nothing.
        let mut legend = Legend::default();
        legend.learn("## Medium Risk Findings");
        assert_eq!(from_item("[P1] Rotate keys", &legend), Some(Priority::High));
    }

    #[test]
    fn emoji_follow_the_documents_own_legend() {
        let mut legend = Legend::default();
        assert_eq!(legend.read("🟡 Fix logging"), Some(Priority::Medium));
        legend.learn("🟡 HIGH PRIORITY (Next 2 Weeks)");
        legend.learn("🟢 MEDIUM PRIORITY (Month 2)");
        assert_eq!(legend.read("🟡 Fix logging"), Some(Priority::High));
        assert_eq!(legend.read("🟢 Tidy docs"), Some(Priority::Medium));
        assert_eq!(legend.read("🔴 Outage"), Some(Priority::Critical));
        assert_eq!(legend.read("no marker"), None);

        let mut legend = Legend::default();
        legend.learn("Legend: 🔴 High 🟠 Medium 🟢 Low");
        assert_eq!(legend.read("🟠 x"), Some(Priority::Medium));
        assert_eq!(legend.read("🔴 x"), Some(Priority::High));
    }
}
