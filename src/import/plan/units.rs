//! Whether a heading or bold line names a piece of work: numbered like a
//! task, identified, labelled by its priority, or opening with an
//! instruction, and not only the name of a part of the report.

use super::super::effort;
use super::super::outline::{Block, Item};
use super::super::text::clean_title;
use super::super::vocab::{self, fold, folded_words, Role};
use super::title;
use crate::model::Priority;

/// True when a heading or bold line names a piece of work rather than a
/// part of the report: it is numbered like a task ("3.", "Task 2.1",
/// "E2.1:"), opens with an instruction, or carries an estimate or a
/// priority of its own, and it does not name a role or a stage of the plan
/// in its first words.
pub fn names_a_task(raw: &str, cleaned: &str) -> bool {
    if cleaned.is_empty() {
        return false;
    }
    // "Day 3-4: Set Up Basic Backend", "Week 2 — Add caching": a piece of
    // work named after the slot it is scheduled in.
    let after_slot = cleaned
        .split_once([':', '：', '—', '–'])
        .map(|(slot, rest)| (slot, rest.trim()))
        .filter(|(slot, _)| super::super::window::find_window(slot).is_some());
    let action = vocab::starts_with_action(cleaned)
        || vocab::ends_with_action(cleaned)
        || after_slot.is_some_and(|(_, rest)| vocab::starts_with_action(rest));
    let numbered = is_numbered(raw);
    let estimated = effort::in_title(raw).is_some();
    let role = vocab::role_strength(cleaned);
    let read_window = super::super::window::find_window(cleaned).is_some();
    let phase_word = {
        let folded = fold(cleaned);
        let words = folded_words(&folded);
        [
            "phase",
            "fase",
            "sprint",
            "stage",
            "etapa",
            "этап",
            "фаза",
            "阶段",
            "week",
            "month",
            "quarter",
            "milestone",
            "wave",
        ]
        .iter()
        .any(|t| words.first().is_some_and(|w| w == t) || (!t.is_ascii() && folded.starts_with(t)))
    };
    // "⏰ 2-3 weeks" on a heading is its estimate, not a window.
    let clocked = estimated && raw.contains(['⏰', '⏱', '⌛']);
    // "Short Term (1 month)": a horizon of the plan, whose length is no estimate.
    let horizon = super::super::window::find_horizon(cleaned).is_some();
    if phase_word || ((read_window || horizon) && !action && !clocked) {
        return false;
    }
    // An identified heading ("[BUG-F603] No retry indicator", "Issue 1.2:",
    // "P0: Fix consensus", "🟡 MEDIUM: Endpoint without audit") is a unit of
    // the report whatever words follow, and a ✅ on it says it is done.
    let identified = !title::leading_ids(raw).is_empty()
        || is_step_numbered(raw)
        || labelled_by_priority(cleaned);
    if identified {
        return true;
    }
    // "### 2. ❌ NO FRAUD PREVENTION": one of a numbered run of problems; a
    // mark on an unnumbered heading reports a state.
    if super::cues::has_state_mark(raw) && !simply_numbered(raw) {
        return false;
    }
    // "### 17. Runbook Automation" names work; "### 3. Executive Summary"
    // names a part of the report: the role's words are all it says.
    let names_only_a_role = role.is_some_and(|(_, n)| {
        let folded = fold(cleaned);
        let words = folded_words(&folded);
        words
            .iter()
            .filter(|w| !w.chars().all(|c| c.is_ascii_digit()))
            .count()
            <= n
    });
    action
        || (numbered && (role.is_none() || (simply_numbered(raw) && !names_only_a_role)))
        || (estimated && (role.is_none() || (numbered && !names_only_a_role)))
}

/// "3." or "3)" at the start, not "3.1": an item of a numbered list of headings.
pub fn simply_numbered(raw: &str) -> bool {
    let t = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
    let digits = t.chars().take_while(|c| c.is_ascii_digit()).count();
    digits > 0
        && t[digits..].starts_with(['.', ')'])
        && !t[digits + 1..].starts_with(|c: char| c.is_ascii_digit())
}

/// "P0: Fix …", "CRITICAL — …", "🟡 MÉDIA: …": a heading that opens with its
/// priority and a separator.
fn labelled_by_priority(cleaned: &str) -> bool {
    let Some((head, rest)) = cleaned.split_once([':', '：', '—', '–', '-']) else {
        return false;
    };
    let head = head.trim();
    let rest = rest.trim();
    // "P0: Fix the consensus" names work; "P0: Immediate (security)" is a
    // banner over the work listed below it.
    let names_work = vocab::starts_with_action(rest) || vocab::ends_with_action(rest);
    names_work
        && head.split_whitespace().count() <= 2
        && super::super::priority::from_words(head).is_some()
        && super::cues::only_priority(head)
}

/// "步骤1.1：", "任务 3", "第2步", "ステップ1", "Step 2:", "Task 4.1", "Шаг 2":
/// a step of the plan named by its number.
pub fn is_step_numbered(raw: &str) -> bool {
    #[rustfmt::skip]
    const STEP_WORDS: &[&str] = &[
        "步骤", "任务", "措施", "第", "ステップ", "手順", "タスク", "단계", "작업", "шаг", "задача", "step", "task",
        "action", "issue", "bug", "finding", "item", "problem", "problema", "проблема", "问题", "課題",
        "paso", "tarea", "passo", "tarefa", "étape", "etape", "tâche", "tache", "schritt",
        "aufgabe", "langkah", "tugas",
    ];
    let t = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
    let lower = t.to_lowercase();
    STEP_WORDS
        .iter()
        .chain(super::super::vocab_roles::MORE_STEP_WORDS)
        .any(|w| {
            lower.strip_prefix(w).is_some_and(|rest| {
                let rest = rest.trim_start();
                rest.starts_with(|c: char| c.is_ascii_digit())
                    && (!w.is_ascii()
                        || lower[w.len()..].starts_with([' ', '#'])
                        || lower[w.len()..].starts_with(|c: char| c.is_ascii_digit()))
            })
        })
}

/// "3.", "3)", "Task 2.1", "#4", "E2.1:", "[BUG-F001]", "1.2.3" at the start of a line.
pub fn is_numbered(raw: &str) -> bool {
    if !title::leading_ids(raw).is_empty() {
        return true;
    }
    let t = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
    let first: String = t.chars().take_while(|c| !c.is_whitespace()).collect();
    let digits_dot = first
        .trim_end_matches([':', '.', ')'])
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.')
        && first.chars().next().is_some_and(|c| c.is_ascii_digit())
        && first.len() < 8
        && (first.ends_with(['.', ')', ':']) || first.contains('.'));
    if is_step_numbered(t) {
        return true;
    }
    let folded = fold(t);
    let words = folded_words(&folded);
    let task_word = words.len() >= 2
        && matches!(
            words[0],
            "task"
                | "tarea"
                | "tarefa"
                | "tache"
                | "задача"
                | "item"
                | "action"
                | "fix"
                | "issue"
                | "step"
        )
        && words[1].chars().next().is_some_and(|c| c.is_ascii_digit());
    let id = first.trim_end_matches([':', '.']).len() <= 8
        && first.ends_with(':')
        && first.chars().any(|c| c.is_ascii_digit())
        && first.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    digits_dot || task_word || id
}

/// A MoSCoW bucket label on its own ("Must", "Should have:", "**Nice to
/// have**", "Soll", "Doit"): the priority of the work listed under it, read
/// as the corpus reads MoSCoW (must → high, should → medium, could / nice to
/// have / optional → low).
pub fn moscow_bucket(raw: &str) -> Option<Priority> {
    let folded = fold(&clean_title(raw));
    let words = folded_words(&folded);
    let words: Vec<&str> = match words.as_slice() {
        [w, "have"] | [w, "haves"] => vec![w],
        _ => words.clone(),
    };
    match words.as_slice() {
        ["must" | "muss" | "doit" | "debe" | "deve" | "moet" | "required" | "verplicht"] => {
            Some(Priority::High)
        }
        ["should" | "soll" | "sollte" | "devrait" | "deberia" | "deveria" | "dovrebbe" | "zou"
        | "recommended" | "aanbevolen"] => Some(Priority::Medium),
        ["could" | "kann" | "pourrait" | "podria" | "poderia" | "potrebbe" | "kan" | "optional"
        | "optioneel" | "optionnel" | "opcional" | "opzionale"]
        | ["nice", "to"] => Some(Priority::Low),
        _ => None,
    }
}

/// The buckets of a list whose every item is a short label over a nested
/// list, at least one a MoSCoW word ("- Must" › actions, "- Should" ›
/// actions, "- Acceptance" › checks): each bucket's role and priority. The
/// items under a MoSCoW label are the plan's work at that priority; those
/// under acceptance criteria or metrics are not work. `None` when the list
/// is not such a set.
pub fn buckets(items: &[Item]) -> Option<Vec<(Role, Option<Priority>)>> {
    if items.len() < 2 {
        return None;
    }
    let nested = |i: &Item| i.children.iter().any(|b| matches!(b, Block::List { .. }));
    let read: Vec<(Role, Option<Priority>)> = items
        .iter()
        .map(|i| {
            if !nested(i) || !i.extra.is_empty() {
                return None;
            }
            if let Some(p) = moscow_bucket(&i.line.text) {
                return Some((Role::Plan, Some(p)));
            }
            let cleaned = clean_title(&i.line.text);
            (cleaned.split_whitespace().count() <= 3)
                .then(|| vocab::role_of(&cleaned))
                .flatten()
                .filter(|r| matches!(r, Role::Criteria | Role::Metrics))
                .map(|r| (r, None))
        })
        .collect::<Option<_>>()?;
    read.iter().any(|(_, p)| p.is_some()).then_some(read)
}
