//! The words reports use to say what a section is, in the languages audits
//! are written in: English, Spanish, Portuguese, French, German, Italian,
//! Russian, Chinese, Japanese, Korean, Indonesian and Turkish here, and
//! Czech, Polish, Ukrainian, Vietnamese, Hebrew and Dutch (with more
//! Italian) in [`super::vocab_roles`]; the words of priorities, efforts,
//! keys and statuses in those languages are in [`super::vocab_words`].
//!
//! A term is a word or a phrase. `*` at the end of a word matches any ending
//! (`recommend*` meets "recommendations", `рекоменд*` meets "рекомендации").
//! Terms in Chinese, Japanese or Korean match anywhere in the text, since
//! those scripts do not space their words. Latin letters are compared without
//! accents ("próximos" meets "proximos").

mod roles;
mod verbs;

pub use roles::ROLE_TERMS;
pub use verbs::{ACTION_VERBS, ACTION_VERBS_CJK};

/// What a section of a report holds, by its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Work to do: a plan, roadmap, recommendations, next steps.
    Plan,
    /// Problems found: findings, issues, vulnerabilities, gaps.
    Findings,
    /// Success metrics, KPIs, targets to measure.
    Metrics,
    /// Acceptance criteria, definitions of done, release gates.
    Criteria,
    /// Deliverables, outputs, expected outcomes, benefits, impact.
    Outcomes,
    /// Staffing, team, roles, resources needed.
    Resources,
    /// Cost breakdowns, budgets, investment, ROI.
    Costs,
    /// Risks, pros and cons, trade-offs.
    Risks,
    /// What already is: strengths, completed work, current setup.
    Record,
    /// Executive summary, overview, conclusion, introduction.
    Summary,
    /// Appendix, references, glossary, commands, examples.
    Appendix,
    /// A procedure to repeat: runbooks, pre-deployment checks, templates.
    Procedure,
}

/// Folds a text for matching: lower case, Latin accents removed.
pub fn fold(text: &str) -> String {
    // Most report text is ASCII, where folding is lower-casing alone (no
    // accents to drop, no letter that lower-cases to more than one).
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        if ('\u{c0}'..='\u{24f}').contains(&c) || ('\u{1e00}'..='\u{1eff}').contains(&c) {
            let plain = deunicode::deunicode_char(c).unwrap_or("");
            out.push_str(&plain.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x2E80..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF)
}

/// The words of a folded text: letters and digits, apostrophes and inner
/// hyphens kept (`short-term`, `d'action`).
pub fn folded_words(folded: &str) -> Vec<&str> {
    let mut words = Vec::new();
    for w in word_runs(folded) {
        // "issueテンプレート": a Latin word and an unspaced script written
        // together are two words.
        let mut start = 0;
        let mut prev: Option<bool> = None;
        for (i, c) in w.char_indices() {
            let cjk = is_cjk(c);
            if prev.is_some_and(|p| p != cjk) {
                words.push(&w[start..i]);
                start = i;
            }
            prev = Some(cjk);
        }
        words.push(&w[start..]);
    }
    words
}

/// The runs of word characters of a folded text, before a run that mixes
/// Latin and unspaced scripts is cut in two.
fn word_runs(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | ';' | '/')))
        .map(|w| w.trim_matches(|c: char| matches!(c, '-' | '\'' | '’' | ';' | '/')))
        .filter(|w| !w.is_empty())
}

/// The first of [`folded_words`], without collecting the rest.
fn first_folded_word(folded: &str) -> &str {
    let Some(w) = word_runs(folded).next() else {
        return "";
    };
    let mut prev: Option<bool> = None;
    for (i, c) in w.char_indices() {
        let cjk = is_cjk(c);
        if prev.is_some_and(|p| p != cjk) {
            return &w[..i];
        }
        prev = Some(cjk);
    }
    w
}

fn word_matches(term: &str, word: &str) -> bool {
    match term.strip_suffix('*') {
        Some(stem) => word.starts_with(stem),
        None => word == term,
    }
}

/// True when the folded text holds `term`.
pub fn has_term(folded: &str, words: &[&str], term: &str) -> bool {
    if term.chars().any(is_cjk) {
        return folded.contains(term.trim_end_matches('*'));
    }
    if !term.contains(' ') {
        return words.iter().any(|w| word_matches(term, w));
    }
    let parts = term.split(' ').count();
    words.windows(parts).any(|win| {
        win.iter()
            .zip(term.split(' '))
            .all(|(w, p)| word_matches(p, w))
    })
}

/// True when the text holds any of `terms`.
pub fn has_any(text: &str, terms: &[&str]) -> bool {
    let folded = fold(text);
    let words = folded_words(&folded);
    terms.iter().any(|t| has_term(&folded, &words, t))
}

/// Roles that hold even when the heading also names a plan: "Plan Success
/// Criteria" is criteria, "Phase 1 Deliverables" outcomes.
fn overrides_plan(role: Role) -> bool {
    matches!(
        role,
        Role::Criteria
            | Role::Metrics
            | Role::Outcomes
            | Role::Resources
            | Role::Procedure
            | Role::Appendix
    )
}

/// A role term, ready to match: its words (a trailing `*` matches any
/// ending), and its weight (words, or pairs of unspaced characters).
struct Term {
    role: Role,
    parts: Vec<&'static str>,
    cjk: Option<&'static str>,
    weight: usize,
}

/// The role terms indexed by their first word (exact, or the stem before
/// `*`), and the unspaced ones, which match anywhere.
struct TermIndex {
    terms: Vec<Term>,
    exact: std::collections::HashMap<&'static str, Vec<usize>>,
    stems: std::collections::HashMap<&'static str, Vec<usize>>,
    unspaced: Vec<usize>,
}

fn term_index() -> &'static TermIndex {
    static INDEX: std::sync::OnceLock<TermIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = TermIndex {
            terms: Vec::new(),
            exact: Default::default(),
            stems: Default::default(),
            unspaced: Vec::new(),
        };
        for (role, terms) in ROLE_TERMS.iter().chain(super::vocab_roles::MORE_ROLE_TERMS) {
            for &t in *terms {
                // "Özet", "Maßnahmen": headings are folded before they are
                // matched, so a term written with its accents is folded too
                // (once, for the life of the index).
                let t: &'static str = if t.is_ascii() {
                    t
                } else {
                    Box::leak(fold(t).into_boxed_str())
                };
                let i = index.terms.len();
                if t.chars().any(is_cjk) {
                    index.terms.push(Term {
                        role: *role,
                        parts: Vec::new(),
                        cjk: Some(t.trim_end_matches('*')),
                        weight: t.chars().count().div_ceil(2),
                    });
                    index.unspaced.push(i);
                    continue;
                }
                let parts: Vec<&'static str> = t.split(' ').collect();
                let first = parts[0];
                match first.strip_suffix('*') {
                    Some(stem) => index.stems.entry(stem).or_default().push(i),
                    None => index.exact.entry(first).or_default().push(i),
                }
                index.terms.push(Term {
                    role: *role,
                    weight: parts.len(),
                    parts,
                    cjk: None,
                });
            }
        }
        index
    })
}

/// The best weight of each role's terms that the text holds.
fn role_weights(folded: &str, words: &[&str]) -> Vec<(Role, usize)> {
    let index = term_index();
    let mut best: Vec<(Role, usize)> = Vec::new();
    let mut note = |t: &Term| match best.iter_mut().find(|(r, _)| *r == t.role) {
        Some(entry) => entry.1 = entry.1.max(t.weight),
        None => best.push((t.role, t.weight)),
    };
    for (at, w) in words.iter().enumerate() {
        let exact = index.exact.get(w).into_iter().flatten();
        let stems = (1..=w.len())
            .filter(|&k| w.is_char_boundary(k))
            .filter_map(|k| index.stems.get(&w[..k]))
            .flatten();
        for &i in exact.chain(stems) {
            let t = &index.terms[i];
            let rest = &t.parts[1..];
            let fits = words.len() >= at + t.parts.len()
                && rest
                    .iter()
                    .zip(&words[at + 1..])
                    .all(|(p, w)| word_matches(p, w));
            if fits {
                note(t);
            }
        }
    }
    if folded.chars().any(is_cjk) {
        for &i in &index.unspaced {
            let t = &index.terms[i];
            if t.cjk.is_some_and(|c| folded.contains(c)) {
                note(t);
            }
        }
    }
    best
}

/// The role a heading names, if any: the role whose term it holds is the
/// longest ("Final Recommendation" is the summary, not a plan); among
/// equals, the first of [`ROLE_TERMS`], except that a plan wins over
/// findings, risks, costs, the record and the summary ("Findings and
/// Recommendations", "Risk Mitigation Plan", "Phase 1 (Completed)").
pub fn role_of(heading: &str) -> Option<Role> {
    role_strength(heading).map(|(role, _)| role)
}

/// The role a heading names and the number of words of the term that named it.
pub fn role_strength(heading: &str) -> Option<(Role, usize)> {
    let folded = fold(heading);
    let words = folded_words(&folded);
    let weights = role_weights(&folded, &words);
    let weight = |role: Role| {
        weights
            .iter()
            .find(|(r, _)| *r == role)
            .map_or(0, |(_, n)| *n)
    };
    let mut best: Option<(usize, Role)> = None;
    for (role, _) in ROLE_TERMS {
        let n = weight(*role);
        if n > best.map_or(0, |b| b.0) {
            best = Some((n, *role));
        }
    }
    let (n, first) = best?;
    // A section's role is named by a short heading ("Risks", "Key
    // Findings"); one word of it in a long heading ("Memory leak risk in
    // the auth provider") names the content, not the section.
    let content_words = words
        .iter()
        .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
        .count();
    if n == 1 && content_words > SHORT_HEADING && !folded.chars().any(is_cjk) {
        return None;
    }
    // "2.4 Missing Foreign Key Constraints", "Fehlende Risikoanalyse": a
    // heading that opens by naming a problem is a finding; a one-word term
    // in it names what the finding is about, not the section's role.
    let opener = words
        .iter()
        .find(|w| !w.chars().all(|c| c.is_ascii_digit()));
    if n == 1 && opener.is_some_and(|w| PROBLEM_OPENERS.contains(w)) {
        return None;
    }
    // "快速优化（2周）进度", "Remediation Progress Log": a heading that names
    // the progress of work tracks the plan's work; it plans none of its own.
    let tracks =
        first == Role::Record && PROGRESS_TERMS.iter().any(|t| has_term(&folded, &words, t));
    if !overrides_plan(first) && !tracks && first != Role::Plan && weight(Role::Plan) == n {
        return Some((Role::Plan, n));
    }
    Some((first, n))
}

/// Words that name the progress of work, in the languages of the corpus
/// (folded): a progress table or log restates the plan's work with its state.
#[rustfmt::skip]
const PROGRESS_TERMS: &[&str] = &[
    "progress", "进度", "進捗", "진행", "прогресс", "прогрес", "progreso", "progresso", "avancement",
    "fortschritt*", "voortgang", "postep*", "ilerleme", "kemajuan", "tien do", "progressi",
];

/// Words a finding's heading opens with to name a problem (folded), in the
/// languages of the corpus: "Missing", "Fehlende", "Falta de", "Absence de".
#[rustfmt::skip]
const PROBLEM_OPENERS: &[&str] = &[
    "missing", "lack", "lacking", "no", "absent", "insufficient", "inadequate", "weak",
    "broken", "unvalidated", "unprotected", "hardcoded", "hard-coded", "exposed", "outdated",
    "fehlende", "fehlender", "fehlendes", "fehlen", "keine", "kein", "unzureichende",
    "falta", "ausencia", "carencia", "insuficiente", "sin", "sem", "manque", "absence",
    "aucun", "aucune", "insuffisant", "insuffisante", "mancanza", "assenza", "manca",
    "отсутствие", "отсутствуют", "нет", "недостаточная", "недостаточный", "відсутність",
    "немає", "brak", "ontbrekende", "geen", "eksik",
];

/// The most words a heading named by a one-word role term may have.
const SHORT_HEADING: usize = 5;

/// Japanese and Chinese name work verb-last too: "テンプレートの作成",
/// "监控告警的配置".
pub fn ends_with_action(text: &str) -> bool {
    #[rustfmt::skip]
    const ENDINGS: &[&str] = &[
        "作成", "追加", "導入", "設定", "削除", "修正", "改善", "整備", "実装", "対応", "強化", "見直し", "整理", "移行", "統一",
        "自動化", "構築", "最適化", "検討", "配置", "实现", "优化", "重构", "部署", "迁移", "完善", "建设", "개선", "추가", "구현",
        "도입", "제거", "전환", "업그레이드", "분할", "통일", "달성", "작성", "마이그레이션", "리팩토링", "적용", "설정", "정리",
        "교체", "확보", "최적화", "수정", "삭제", "변경", "강화", "구성",
    ];
    let t = text.trim_end_matches(|c: char| !c.is_alphanumeric());
    !t.is_ascii() && ENDINGS.iter().any(|e| t.ends_with(e))
}

/// The instruction verbs, folded once.
fn folded_verbs() -> &'static std::collections::HashSet<String> {
    static VERBS: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    VERBS.get_or_init(|| {
        ACTION_VERBS
            .iter()
            .chain(super::vocab_roles::MORE_ACTION_VERBS)
            .map(|v| fold(v))
            .collect()
    })
}

/// True when the text opens with an instruction.
pub fn starts_with_action(text: &str) -> bool {
    let trimmed = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    // Every CJK verb starts outside ASCII: most lines need not ask.
    let ascii_start = trimmed.as_bytes().first().is_some_and(u8::is_ascii);
    if !ascii_start && ACTION_VERBS_CJK.iter().any(|v| trimmed.starts_with(v)) {
        return true;
    }
    // Only the first word counts: fold no more of a long line than can hold
    // it (no verb is anywhere near 80 bytes long).
    let mut end = trimmed.len().min(80);
    while !trimmed.is_char_boundary(end) {
        end -= 1;
    }
    let folded = fold(&trimmed[..end]);
    folded_verbs().contains(first_folded_word(&folded))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_name_their_role_in_many_languages() {
        let cases = [
            ("Recommendations", Some(Role::Plan)),
            ("Plan de acción", Some(Role::Plan)),
            ("Próximos passos", Some(Role::Plan)),
            ("Feuille de route", Some(Role::Plan)),
            ("Maßnahmenplan", Some(Role::Plan)),
            ("Рекомендации", Some(Role::Plan)),
            ("整改计划", Some(Role::Plan)),
            ("改善計画", Some(Role::Plan)),
            ("Rencana perbaikan", Some(Role::Plan)),
            ("Success Metrics", Some(Role::Metrics)),
            ("Acceptance Criteria", Some(Role::Criteria)),
            ("Критерии приемки", Some(Role::Criteria)),
            ("验收标准", Some(Role::Criteria)),
            ("Deliverables", Some(Role::Outcomes)),
            ("Entregables", Some(Role::Outcomes)),
            ("Resources Required", Some(Role::Resources)),
            ("Cost Breakdown", Some(Role::Costs)),
            ("Риски", Some(Role::Risks)),
            ("Strengths", Some(Role::Record)),
            ("Executive Summary", Some(Role::Summary)),
            ("Appendix A: Commands", Some(Role::Appendix)),
            ("Key Findings", Some(Role::Findings)),
            ("Hallazgos", Some(Role::Findings)),
            ("Pre-Deployment Checks", Some(Role::Procedure)),
            ("Database", None),
            ("Findings and Recommendations", Some(Role::Plan)),
            ("Risk Mitigation Plan", Some(Role::Plan)),
            ("Phase 1 Deliverables", Some(Role::Outcomes)),
            ("Risk Register", Some(Role::Risks)),
            ("🎖️ FINAL RECOMMENDATION:", Some(Role::Summary)),
            ("Summary of Recommendations", Some(Role::Plan)),
            ("✅ CURRENT PIPELINE IMPLEMENTATION", Some(Role::Record)),
        ];
        for (heading, role) in cases {
            assert_eq!(role_of(heading), role, "{heading}");
        }
    }

    #[test]
    fn instructions_are_recognised() {
        assert!(starts_with_action("Add health checks"));
        assert!(starts_with_action("**Implementar** caché"));
        assert!(starts_with_action("Настроить бэкапы"));
        assert!(starts_with_action("添加健康检查"));
        assert!(starts_with_action("Améliorer les logs"));
        assert!(!starts_with_action("Health checks are missing"));
    }

    #[test]
    fn folding_drops_latin_accents_only() {
        assert_eq!(fold("Próximos Pasos"), "proximos pasos");
        assert_eq!(fold("Задачи"), "задачи");
        assert_eq!(fold("Maßnahmen"), "massnahmen");
    }
}
