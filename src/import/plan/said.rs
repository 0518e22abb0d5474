//! What a title says beside the work it names, left out where two
//! mentions are compared: the severity label a finding ends with, the slot
//! of the schedule a timeline line opens with.

/// A title without the severity label it ends with: "TypeScript
/// Configuration Errors ⚠️ SEVERITY: HIGH" names the work as "TypeScript
/// configuration" does; the label grades the finding.
pub(super) fn unlabelled(title: &str) -> &str {
    #[rustfmt::skip]
    const LABELS: &[&str] = &[
        "severity", "sévérité", "gravité", "severidad", "gravedad", "severidade",
        "gravidade", "gravità", "schweregrad", "ernst", "ernstigheid", "серьезность",
        "серьёзность", "критичность", "серйозність", "критичність", "önem", "ciddiyet",
        "závažnost", "krytyczność", "waga", "keparahan", "严重性", "严重程度", "嚴重性",
        "深刻度", "重大度", "重要度", "심각도",
    ];
    // Only a colon can close a label: look before each one, from the end,
    // so a long title costs one pass and no allocation per character.
    let cut = title
        .char_indices()
        .rev()
        .filter(|(_, c)| matches!(c, ':' | '：'))
        .find_map(|(colon, c)| {
            let value = &title[colon + c.len_utf8()..];
            if value.split_whitespace().count() > 3 {
                return None;
            }
            let before = title[..colon].trim_end();
            LABELS.iter().find_map(|l| {
                let start = before.len().checked_sub(l.len())?;
                let word = before.get(start..)?;
                let open = title[..start].chars().next_back();
                (word.to_lowercase() == *l && open.is_none_or(|c| !c.is_alphanumeric()))
                    .then_some(start)
            })
        });
    match cut {
        Some(i) => {
            let kept = title[..i].trim_end_matches(|c: char| !c.is_alphanumeric());
            if kept.is_empty() {
                title
            } else {
                kept
            }
        }
        None => title,
    }
}

/// A title without the slot of the schedule it opens with: "Day 2: GitHub
/// branch protection" in a timeline is the "GitHub branch protection" of
/// the plan, and its day is not a number of the work ("Rails 4.1").
pub(super) fn unscheduled(title: &str) -> &str {
    const SLOTS: &[&str] = &[
        "day",
        "days",
        "week",
        "weeks",
        "sprint",
        "month",
        "months",
        "phase",
        "step",
        "jour",
        "jours",
        "semaine",
        "semaines",
        "mois",
        "semana",
        "semanas",
        "dia",
        "dias",
        "mes",
        "meses",
        "woche",
        "wochen",
        "tag",
        "tage",
        "monat",
        "settimana",
        "giorno",
        "giorni",
        "день",
        "дни",
        "дня",
        "неделя",
        "недели",
        "спринт",
        "этап",
        "fase",
        "etapa",
        "étape",
    ];
    let Some((head, rest)) = title.split_once([':', '：']) else {
        return title;
    };
    let mut words = head.split_whitespace();
    let slot = words
        .next()
        .is_some_and(|w| SLOTS.contains(&w.to_lowercase().as_str()));
    let mut numbers = words.peekable();
    let numbered = numbers.peek().is_some()
        && numbers.all(|w| {
            w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '-' | '–' | '/' | '&' | ','))
        });
    if slot && numbered && !rest.trim().is_empty() {
        rest.trim()
    } else {
        title
    }
}
