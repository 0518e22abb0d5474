//! "Done" as reports write it: check marks, and the word in many languages.

use super::super::vocab::{fold, folded_words, has_term};
use super::super::vocab_words as more;

#[rustfmt::skip]
const DONE_TERMS: &[&str] = &[
    "done", "complete", "completed", "closed", "resolved", "fixed", "finished", "implemented",
    "shipped", "merged", "yes", "hecho", "completado", "completada", "resuelto", "terminado",
    "cerrado", "feito", "concluido", "concluida", "resolvido", "fechado", "termine", "terminee",
    "fait", "resolu", "ferme", "erledigt", "abgeschlossen", "behoben", "fertig", "fatto",
    "completato", "risolto", "chiuso", "готово", "выполнено", "сделано", "закрыто", "решено",
    "исправлено", "завершено", "已完成", "完成", "已修复", "已解决", "已关闭", "完了", "対応済", "済", "修正済", "완료",
    "해결", "selesai", "tamamlandi", "tamamlandı",
];

#[rustfmt::skip]
const NOT_DONE_TERMS: &[&str] = &[
    "not", "todo", "to do", "pending", "open", "planned", "in progress", "wip", "partial",
    "partially", "no", "pendiente", "pendente", "en cours", "a faire", "offen", "в работе", "не",
    "未完成", "进行中", "待", "未", "미완료", "진행",
];

/// True when a title carries a done mark: a check mark, or the word in
/// capitals ("✅ FIXED:", "— DONE", "COMPLETED").
pub fn marked_done(title: &str) -> bool {
    if title.contains(['✅', '☑', '✔']) {
        return true;
    }
    title
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 4 && w.chars().all(|c| c.is_uppercase()))
        .any(|w| {
            matches!(
                w,
                "DONE"
                    | "FIXED"
                    | "COMPLETED"
                    | "COMPLETE"
                    | "RESOLVED"
                    | "CLOSED"
                    | "HECHO"
                    | "TERMINÉ"
                    | "ERLEDIGT"
            )
        })
}

/// True when a status text says the work is done.
pub fn says_done(text: &str) -> bool {
    if text.contains(['✅', '☑', '✔', '✓']) && !text.contains(['❌', '⏳', '🔄', '⚠'])
    {
        return true;
    }
    let folded = fold(text);
    let words = folded_words(&folded);
    let has = |terms: &[&str]| terms.iter().any(|t| has_term(&folded, &words, t));
    (has(DONE_TERMS) || has(more::DONE)) && !has(NOT_DONE_TERMS) && !has(more::NOT_DONE)
}

/// A kept task whose report marks no state of its own is done when every
/// step under it is ticked or marked done (at least two): "Mark each step
/// with ✅ when completed" is how plans-and-trackers record progress.
pub fn from_steps(cands: &mut [super::candidate::Candidate]) {
    let mut steps: Vec<(usize, bool)> = vec![(0, true); cands.len()];
    for c in cands.iter() {
        if let Some(p) = c.parent {
            let s = &mut steps[p];
            s.0 += 1;
            s.1 &= c.attrs.done == Some(true);
        }
    }
    for (c, (n, all_done)) in cands.iter_mut().zip(steps) {
        if c.kept() && c.attrs.done.is_none() && n >= 2 && all_done {
            c.attrs.done = Some(true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn done_in_many_words() {
        for yes in [
            "Done",
            "✅ Completed",
            "Terminé",
            "Hecho",
            "Закрыто",
            "已完成",
            "selesai",
            "[x] fixed",
        ] {
            assert!(says_done(yes), "{yes}");
        }
        for no in [
            "Not done",
            "In progress",
            "⏳ Pending",
            "TODO",
            "未完成",
            "Open",
            "",
        ] {
            assert!(!says_done(no), "{no}");
        }
    }
}
