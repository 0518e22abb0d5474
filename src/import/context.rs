//! Where in the report a block sits: the chain of headings above it and the
//! label (a bold line such as `**IMMEDIATE (CRITICAL):**`) that introduces
//! it. Each heading or label is read once for what it says about the work
//! below it: a time window, a horizon, a priority, whether it is part of the
//! plan, or a record of what already is (strengths, gaps, completed work).

use super::priority::{self, Legend};
use super::text::{calm_case, clean_title, collapse_spaces, cut, tokenize};
use super::window::{find_horizon_in, find_window, find_window_in, is_phase_marker_in, Horizon};
use crate::model::Priority;

/// What a heading says about the lists under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    /// Work to do: plan, roadmap, recommendations, a window or a priority.
    Plan,
    /// A description of what is: strengths, gaps, completed work, findings.
    Record,
    /// Neither: its parent decides.
    Neutral,
}

/// A heading or label, read.
#[derive(Debug, Clone)]
pub struct Section {
    /// Heading level 1-6; labels count as 7.
    pub level: u8,
    /// Cleaned title: no emoji, numbering or markup.
    pub title: String,
    pub line: usize,
    pub window: Option<String>,
    pub horizon: Option<Horizon>,
    pub marker: bool,
    pub priority: Option<Priority>,
    pub stance: Stance,
    /// The heading names the document, so it says nothing about the plan.
    pub is_title: bool,
    /// The heading is a step of a maturity model ("Level 3: Defined").
    pub maturity_level: bool,
}

impl Section {
    pub fn read(level: u8, raw: &str, line: usize, legend: &Legend) -> Section {
        let title = clean_title(raw);
        // One tokenization serves every reading of the title.
        let toks = tokenize(&title);
        // "Level 3: Continuous Integration (target: 4-6 weeks)" is a step of
        // the maturity model, read by the maturity reader: when it is aimed
        // for does not make it a stage of the plan.
        let maturity_level = ["level", "nivel", "nível", "niveau", "stufe", "tier"]
            .iter()
            .any(|w| toks.first().is_some_and(|t| t.is_word(w)))
            && toks.get(1).is_some_and(|t| t.num().is_some());
        let window = find_window_in(&title, &toks)
            .map(|w| w.text)
            .filter(|_| !maturity_level);
        let horizon = find_horizon_in(&title, &toks).filter(|_| !maturity_level);
        let marker = is_phase_marker_in(&toks) && !toks.first().is_some_and(|t| t.is_word("level"));
        let priority = priority::from_tokens(&toks).or_else(|| {
            raw.chars()
                .next()
                .filter(|c| priority::MARKERS.contains(c))
                .and_then(|_| legend.read(raw))
        });
        let ws: Vec<String> = toks
            .iter()
            .filter_map(|t| t.word().map(str::to_string))
            .collect();
        let stance = stance(raw, ws, window.is_some() || horizon.is_some() || marker);
        Section {
            level,
            title,
            line,
            window,
            horizon,
            marker,
            priority,
            stance,
            is_title: false,
            maturity_level,
        }
    }

    /// True when the section names a stage of the plan: a window, a horizon
    /// or a "Phase N".
    pub fn is_phase(&self) -> bool {
        self.window.is_some() || self.horizon.is_some() || self.marker
    }

    /// The phase name without its window: "Phase 2: Scalability Enhancement
    /// (Weeks 5-8)" → "Phase 2: Scalability Enhancement".
    pub fn phase_name(&self) -> String {
        let mut name = self.title.clone();
        if let Some(w) = find_window(&name) {
            let cut_name = cut(&name, w.start..w.end);
            if !cut_name.is_empty() {
                name = cut_name;
            }
        }
        let name = balance_brackets(name.trim_end_matches([':', ' ']));
        calm_case(&collapse_spaces(&name))
    }
}

/// "Critical (Do First" → "Critical (Do First)"; a pair of brackets left
/// empty by the cut ("()", "（ ）", "【】") is removed.
fn balance_brackets(text: &str) -> String {
    const PAIRS: &[(char, char)] = &[('(', ')'), ('（', '）'), ('[', ']'), ('【', '】')];
    let mut out = text.trim_end_matches(['-', '–', ' ']).to_string();
    for &(open, close) in PAIRS {
        if out.matches(open).count() > out.matches(close).count() {
            out.push(close);
        }
        out = without_empty_pairs(&out, open, close);
    }
    collapse_spaces(out.trim())
        .trim_end_matches([':', '：', ' ', '-', '–'])
        .to_string()
}

/// `text` without the `open`…`close` pairs that hold only blanks or dashes.
fn without_empty_pairs(text: &str, open: char, close: char) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(open) {
        let inner = &rest[start + open.len_utf8()..];
        let end = inner.find(close);
        let empty = end.is_some_and(|e| {
            inner[..e]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '-' | '–' | '—'))
        });
        match end {
            Some(e) if empty => {
                out.push_str(&rest[..start]);
                rest = &inner[e + close.len_utf8()..];
            }
            _ => {
                out.push_str(&rest[..start + open.len_utf8()]);
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    out
}

const PLAN_WORDS: &[&str] = &[
    "roadmap",
    "todo",
    "tasks",
    "recommendations",
    "recommended",
    "improvements",
    "improvement",
    "checklist",
    "priorities",
    "priority",
    "fix",
    "fixes",
    "must",
    "should",
    "backlog",
    "remediation",
    "next",
    "steps",
    "quick",
    "wins",
    "goals",
    "todos",
    "plano",
    "ações",
    "acciones",
    "recomendações",
    "recomendaciones",
];

const RECORD_WORDS: &[&str] = &[
    "strengths",
    "strength",
    "blockers",
    "why",
    "unless",
    "benefits",
    "outcomes",
    "expected",
    "results",
    "criteria",
    "current",
    "completed",
    "complete",
    "analyzed",
    "analysed",
    "achieved",
    "met",
    "done",
    "findings",
    "gaps",
    "gap",
    "issues",
    "missing",
    "risks",
    "weaknesses",
    "bottlenecks",
    "status",
    "discoveries",
    "successfully",
    "summary",
    "assessment",
    "analysis",
    "inventory",
    "overview",
    "existing",
    "configured",
    "present",
    "detected",
    "exists",
];

fn stance(raw: &str, ws: Vec<String>, timed: bool) -> Stance {
    let has = |list: &[&str]| ws.iter().any(|w| list.contains(&w.as_str()));
    // "Next Steps" and "Action Items" are plan words only together.
    let plan_word = ws.iter().enumerate().any(|(i, w)| {
        let next = ws.get(i + 1).map(String::as_str);
        match w.as_str() {
            "next" => next == Some("steps"),
            "steps" => i > 0 && ws[i - 1] == "next",
            "quick" => next == Some("wins"),
            "wins" => i > 0 && ws[i - 1] == "quick",
            "action" => matches!(next, Some("items" | "plan")),
            // "Improvement Plan", not "Disaster Recovery Plan".
            "plan" => {
                i > 0
                    && matches!(
                        ws[i - 1].as_str(),
                        "improvement"
                            | "action"
                            | "implementation"
                            | "remediation"
                            | "execution"
                            | "work"
                            | "migration"
                    )
            }
            other => PLAN_WORDS.contains(&other),
        }
    });
    let anchored_priority = ws
        .iter()
        .any(|w| matches!(w.as_str(), "priority" | "priorities"));
    let record_mark = raw.contains('✅') || raw.contains('❌') || raw.contains('⚠');
    if timed || anchored_priority || (plan_word && !record_mark) {
        Stance::Plan
    } else if has(RECORD_WORDS) || record_mark || procedure(&ws) {
        Stance::Record
    } else {
        Stance::Neutral
    }
}

fn procedure(ws: &[String]) -> bool {
    ws.iter().any(|w| {
        w.starts_with("pre-")
            || w.starts_with("post-")
            || matches!(
                w.as_str(),
                "procedure" | "procedures" | "runbook" | "template" | "playbook"
            )
    })
}

/// The headings and label in force at a point of the document.
#[derive(Debug, Default)]
pub struct Context {
    pub sections: Vec<Section>,
}

impl Context {
    /// A heading of `level` replaces every section at that level or deeper.
    pub fn enter(&mut self, section: Section) {
        self.sections.retain(|s| s.level < section.level);
        self.sections.push(section);
    }

    /// A label lasts until the next heading or label.
    pub fn label(&mut self, section: Section) {
        self.sections.retain(|s| s.level < 7);
        self.sections.push(section);
    }

    fn meaningful(&self) -> impl DoubleEndedIterator<Item = &Section> {
        self.sections.iter().filter(|s| !s.is_title)
    }

    /// Whether lists here are work to do. The innermost section that takes a
    /// stance decides.
    pub fn is_plan(&self) -> bool {
        self.meaningful()
            .rev()
            .find(|s| s.stance != Stance::Neutral)
            .is_some_and(|s| s.stance == Stance::Plan)
    }

    /// The innermost section that reads as a record, if it is the innermost
    /// with a stance.
    pub fn record(&self) -> Option<&Section> {
        self.meaningful()
            .rev()
            .find(|s| s.stance != Stance::Neutral)
            .filter(|s| s.stance == Stance::Record)
    }

    /// Sets a priority on the innermost heading ("**Priority: Critical**"
    /// right under "### Phase 1").
    pub fn set_priority(&mut self, p: Priority) {
        if let Some(s) = self.sections.iter_mut().rev().find(|s| s.level < 7) {
            s.priority.get_or_insert(p);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(raw: &str) -> Section {
        Section::read(3, raw, 1, &Legend::default())
    }

    #[test]
    fn sections_say_what_their_lists_are() {
        assert_eq!(read("IMMEDIATE (This Week)").stance, Stance::Plan);
        assert_eq!(read("Critical Blockers (MUST FIX)").stance, Stance::Plan);
        assert_eq!(read("Infrastructure Improvement Plan").stance, Stance::Plan);
        assert_eq!(read("✅ **Strengths:**").stance, Stance::Record);
        assert_eq!(read("Critical Gaps").stance, Stance::Record);
        assert_eq!(read("✅ Successfully Analyzed").stance, Stance::Record);
        assert_eq!(
            read("Deployment Steps (Automated):").stance,
            Stance::Neutral
        );
        assert_eq!(
            read("Automated Checks on Every PR:").stance,
            Stance::Neutral
        );
        assert_eq!(read("🎯 Next Steps Priority Matrix").stance, Stance::Plan);
    }

    #[test]
    fn phase_names_drop_their_window() {
        let s = read("🚀 Phase 2: Scalability Enhancement (Weeks 5-8)");
        assert_eq!(s.phase_name(), "Phase 2: Scalability Enhancement");
        assert_eq!(s.window.as_deref(), Some("Weeks 5-8"));
        assert_eq!(
            read("**IMMEDIATE ENHANCEMENTS (Week 1-2)**").phase_name(),
            "Immediate Enhancements"
        );
        assert_eq!(
            read("CRITICAL (Do First - 1-2 weeks)").phase_name(),
            "Critical (Do First)"
        );
        assert_eq!(read("短期优化（1-2周）").phase_name(), "短期优化");
        assert_eq!(read("第二阶段【 2-4 周 】").phase_name(), "第二阶段");
        assert_eq!(
            read("Phase 3 (Weeks 5-8) (optional)").phase_name(),
            "Phase 3 (optional)"
        );
        assert_eq!(
            read("🔴 CRITICAL (This Week)").priority,
            Some(Priority::Critical)
        );
    }

    #[test]
    fn the_innermost_stance_decides() {
        let legend = Legend::default();
        let mut ctx = Context::default();
        ctx.enter(Section::read(2, "Recommendations", 1, &legend));
        assert!(ctx.is_plan());
        ctx.enter(Section::read(3, "Current State", 2, &legend));
        assert!(!ctx.is_plan());
        ctx.label(Section::read(7, "**SHORT-TERM:**", 3, &legend));
        assert!(ctx.is_plan());
        ctx.enter(Section::read(3, "Deployment", 4, &legend));
        assert!(ctx.is_plan(), "a neutral heading inherits");
    }
}
