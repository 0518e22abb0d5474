//! Time windows and plan horizons in headings and labels: "Week 1-2",
//! "Weeks 5-8", "This Week", "Next 2 Weeks", "Month 3+", "1-3 months",
//! "Q1 2026", "Next 48 Hours"; and the horizon words "immediate",
//! "short-term", "medium-term", "long-term" that order phases when no
//! window is given.

use super::text::{tokenize, Tok};

/// A plan horizon, in plan order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Horizon {
    Immediate,
    Short,
    Medium,
    Long,
}

/// A window as the report words it, and where it sits in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

fn is_unit(word: &str) -> bool {
    super::vocab_words::WINDOW_UNITS.contains(&word)
        || matches!(
            word,
            "hour"
                | "hours"
                | "day"
                | "days"
                | "week"
                | "weeks"
                | "month"
                | "months"
                | "sprint"
                | "sprints"
                | "quarter"
                | "quarters"
                | "year"
                | "years"
                | "semana"
                | "semanas"
                | "mes"
                | "mês"
                | "meses"
                | "semaine"
                | "semaines"
                | "mois"
                | "jour"
                | "jours"
                | "dias"
                | "días"
                | "día"
                | "dia"
                | "woche"
                | "wochen"
                | "monat"
                | "monate"
                | "tag"
                | "tage"
                | "settimana"
                | "settimane"
                | "mese"
                | "mesi"
                | "giorni"
                | "неделя"
                | "недели"
                | "недель"
                | "месяц"
                | "месяца"
                | "месяцев"
                | "день"
                | "дня"
                | "дней"
                | "квартал"
                | "minggu"
                | "bulan"
                | "hari"
                | "hafta"
                | "天"
                | "日"
                | "周"
                | "週"
                | "月"
                | "年"
                | "季"
                | "주"
                | "일"
                | "개월"
        )
}

/// Units a window may be counted in without "next"/"within" before it.
fn is_weekday(word: &str) -> bool {
    if word.contains('-') {
        return word.split('-').all(is_weekday);
    }
    matches!(
        word,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "wed"
            | "thu"
            | "fri"
            | "lunes"
            | "martes"
            | "miércoles"
            | "jueves"
            | "viernes"
            | "segunda"
            | "terça"
            | "quarta"
            | "quinta"
            | "sexta"
            | "lundi"
            | "mardi"
            | "mercredi"
            | "jeudi"
            | "vendredi"
            | "montag"
            | "dienstag"
            | "mittwoch"
            | "donnerstag"
            | "freitag"
            | "понедельник"
            | "вторник"
            | "среда"
            | "четверг"
            | "пятница"
            | "senin"
            | "selasa"
            | "rabu"
            | "kamis"
            | "jumat"
    )
}

fn is_calendar_unit(word: &str) -> bool {
    is_unit(word)
        && !matches!(
            word,
            "hour"
                | "hours"
                | "day"
                | "days"
                | "天"
                | "日"
                | "일"
                | "день"
                | "дня"
                | "дней"
                | "hari"
        )
        // "(3-4 gün)", "(2-3 dny)": a range of days is an effort in every
        // language, as "3-4 days" is.
        && !DAY_WORDS.contains(&word)
}

#[rustfmt::skip]
const DAY_WORDS: &[&str] = &[
    "den", "dny", "dní", "dnů", "dni", "dzień", "дні", "днів", "ngày", "ימים", "dag", "dagen",
    "gün", "günü", "día", "días", "dia", "dias", "jour", "jours", "tag", "tage", "tagen",
    "giorno", "giorni",
];

/// `N`, `N-M`, `N+` starting at `i`: returns the index after it.
fn number_range(toks: &[Tok], i: usize) -> Option<usize> {
    toks.get(i)?.num()?;
    let mut j = i + 1;
    if toks.get(j).is_some_and(|t| {
        t.is_dash() || t.is_word("to") || t.is_word("a") || t.is_sym('~') || t.is_sym('〜')
    }) && toks.get(j + 1).is_some_and(|t| t.num().is_some())
    {
        j += 2;
    }
    if toks.get(j).is_some_and(|t| t.is_sym('+')) {
        j += 1;
    }
    // "2个月": the measure word sits between the number and its unit.
    if toks
        .get(j)
        .is_some_and(|t| t.is_word("个") || t.is_word("ヶ") || t.is_word("か") || t.is_word("개"))
    {
        j += 1;
    }
    Some(j)
}

/// Finds the first time window in `text`.
pub fn find_window(text: &str) -> Option<Window> {
    find_window_in(text, &tokenize(text))
}

/// [`find_window`] over tokens already made from `text`.
pub fn find_window_in(text: &str, toks: &[Tok]) -> Option<Window> {
    for i in 0..toks.len() {
        if let Some(end) = window_at(toks, i) {
            let (start, stop) = (toks[i].start, toks[end - 1].end);
            return Some(Window {
                text: text[start..stop].to_string(),
                start,
                end: stop,
            });
        }
    }
    None
}

/// A window starting at token `i`, as the index one past its last token.
fn window_at(toks: &[Tok], i: usize) -> Option<usize> {
    let t = &toks[i];
    let word = t.word();
    // "This Week", "Next Month", "Next 2 Weeks", "Next 48 Hours", "Within 30 days".
    if matches!(
        word,
        Some("this" | "next" | "within" | "first" | "esta" | "próxima" | "cette")
    ) {
        let next = toks.get(i + 1)?;
        if next.word().is_some_and(is_unit) {
            return Some(i + 2);
        }
        if let Some(j) = number_range(toks, i + 1) {
            if toks.get(j).and_then(|t| t.word()).is_some_and(is_unit) {
                return Some(j + 1);
            }
        }
        return None;
    }
    // "Week 1-2", "Weeks 5-8", "Month 3+", "Sprint 4", "Day 1".
    if word.is_some_and(is_unit) {
        if let Some(j) = number_range(toks, i + 1) {
            return Some(j);
        }
        return None;
    }
    // "Q1 2026", "Q3".
    if let Some(w) = word {
        if w.len() == 2 && w.starts_with('q') && matches!(&w[1..], "1" | "2" | "3" | "4") {
            let year = toks
                .get(i + 1)
                .and_then(|t| t.num())
                .is_some_and(|n| (1990.0..2200.0).contains(&n));
            return Some(if year { i + 2 } else { i + 1 });
        }
        if matches!(w, "today" | "tomorrow" | "asap" | "hoje" | "hoy") {
            return Some(i + 1);
        }
        // "Monday-Tuesday", "Friday", "Lunes": days of a schedule.
        if is_weekday(w) {
            let mut j = i + 1;
            if toks.get(j).is_some_and(|t| t.is_dash() || t.is_word("to"))
                && toks
                    .get(j + 1)
                    .and_then(|t| t.word())
                    .is_some_and(is_weekday)
            {
                j += 2;
            }
            return Some(j);
        }
    }
    // "1-2 weeks", "0-3 months", "3-6 Months": a calendar span in a heading.
    if t.num().is_some() {
        let j = number_range(toks, i)?;
        if toks
            .get(j)
            .and_then(|t| t.word())
            .is_some_and(is_calendar_unit)
        {
            // "2 weeks" alone is an effort more often than a window; a range
            // or a "+" makes it a span of calendar time.
            if j > i + 1 {
                return Some(j + 1);
            }
        }
    }
    None
}

/// The plan horizon a heading names, if any.
///
/// Only the first word counts: "Immediate Actions" is a horizon, "Approved
/// for immediate launch" is not.
pub fn find_horizon(text: &str) -> Option<Horizon> {
    find_horizon_in(text, &tokenize(text))
}

/// [`find_horizon`] over tokens already made from `text`.
pub fn find_horizon_in(text: &str, toks: &[Tok]) -> Option<Horizon> {
    if let Some(t) = toks.iter().find(|t| t.word().is_some()) {
        let h = match t.word() {
            Some(
                "immediate" | "immediately" | "urgent" | "now" | "imediato" | "imediata"
                | "inmediato" | "immédiat" | "immédiate" | "sofort",
            ) => Horizon::Immediate,
            Some("short-term" | "near-term" | "curto" | "corto") => Horizon::Short,
            Some("medium-term" | "mid-term" | "médio" | "medio") => Horizon::Medium,
            Some("long-term" | "future" | "later" | "longo" | "largo") => Horizon::Long,
            _ => return phrase_horizon(text),
        };
        return Some(h);
    }
    None
}

fn phrase_horizon(text: &str) -> Option<Horizon> {
    let lower = text.to_lowercase();
    use Horizon::{Immediate, Long, Medium, Short};
    #[rustfmt::skip]
    let phrases = [
        ("short term", Short), ("medium term", Medium), ("mid term", Medium), ("long term", Long),
        ("kurzfristig", Short), ("mittelfristig", Medium), ("langfristig", Long),
        ("court terme", Short), ("moyen terme", Medium), ("long terme", Long),
        ("breve termine", Short), ("medio termine", Medium), ("lungo termine", Long),
        ("korte termijn", Short), ("middellange termijn", Medium), ("lange termijn", Long),
        ("kısa vade", Short), ("orta vade", Medium), ("uzun vade", Long),
        ("krótkotermin", Short), ("średniotermin", Medium), ("długotermin", Long),
        ("krátkodob", Short), ("střednědob", Medium), ("dlouhodob", Long),
        ("краткосрочн", Short), ("среднесрочн", Medium), ("долгосрочн", Long),
        ("короткостроков", Short), ("середньостроков", Medium), ("довгостроков", Long),
        ("jangka pendek", Short), ("jangka menengah", Medium), ("jangka panjang", Long),
        // "Immediately", "at once": the first stage of a plan by time.
        ("immediat", Immediate), ("немедленн", Immediate), ("незамедлительн", Immediate),
        ("невідклад", Immediate), ("негайн", Immediate), ("natychmiast", Immediate),
        ("okamžit", Immediate), ("hemen", Immediate), ("segera", Immediate),
        ("onmiddellijk", Immediate), ("立即", Immediate), ("立刻", Immediate),
        ("马上", Immediate), ("馬上", Immediate), ("即时", Immediate), ("即時", Immediate),
        ("直ちに", Immediate), ("즉시", Immediate),
        ("短期", Short), ("中期", Medium), ("长期", Long), ("長期", Long),
        ("단기", Short), ("중기", Medium), ("장기", Long),
    ];
    for (phrase, h) in phrases {
        if lower.trim_start().starts_with(phrase) {
            return Some(h);
        }
    }
    None
}

/// Tokens of "Phase 2", "Stage 1", "Sprint 3", "Milestone 2", "Fase 1", "Wave 2":
/// a heading that names a numbered step of the plan.
pub fn is_phase_marker_in(toks: &[Tok]) -> bool {
    // "阶段1", "第二阶段", "フェーズ2", "단계 1": stages in unspaced scripts.
    let joined: String = toks.iter().take(6).filter_map(|t| t.word()).collect();
    let cjk_stage = ["阶段", "階段", "フェーズ", "단계"]
        .iter()
        .any(|w| joined.contains(w))
        && toks.iter().take(8).any(|t| {
            t.num().is_some() || t.word().is_some_and(|w| "一二三四五六七八九十".contains(w))
        });
    cjk_stage
        || toks.windows(2).any(|w| {
            matches!(
                w[0].word(),
                Some(
                    "phase"
                        | "stage"
                        | "sprint"
                        | "milestone"
                        | "fase"
                        | "etapa"
                        | "wave"
                        | "step"
                        | "iteration"
                        | "этап"
                        | "фаза"
                        | "tahap"
                        | "aşama"
                )
            ) && w[1].num().is_some()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(text: &str) -> Option<String> {
        find_window(text).map(|w| w.text)
    }

    #[test]
    fn windows_as_reports_write_them() {
        let cases = [
            ("IMMEDIATE (This Week)", Some("This Week")),
            (
                "Phase 2: Scalability Enhancement (Weeks 5-8)",
                Some("Weeks 5-8"),
            ),
            ("Month 2", Some("Month 2")),
            ("SHORT-TERM (Next 2 Weeks)", Some("Next 2 Weeks")),
            ("IMMEDIATE ENHANCEMENTS (Week 1-2)", Some("Week 1-2")),
            ("Q1 2026", Some("Q1 2026")),
            ("Next 48 Hours", Some("Next 48 Hours")),
            ("LOW PRIORITY (Month 3+)", Some("Month 3+")),
            ("MEDIUM-TERM IMPROVEMENTS (Month 2-3)", Some("Month 2-3")),
            ("CRITICAL (Do First - 1-2 weeks)", Some("1-2 weeks")),
            ("Immediate (0-3 months)", Some("0-3 months")),
            ("CI/CD Pipeline (16 hours)", None),
            ("Deploy worker (2 weeks)", None),
            ("Level 2: Basic Automation", None),
        ];
        for (text, expected) in cases {
            assert_eq!(window(text).as_deref(), expected, "{text}");
        }
    }

    #[test]
    fn horizons_and_phase_markers() {
        assert_eq!(
            find_horizon("IMMEDIATE (This Week)"),
            Some(Horizon::Immediate)
        );
        assert_eq!(find_horizon("SHORT-TERM (1-2 weeks)"), Some(Horizon::Short));
        assert_eq!(
            find_horizon("Medium-term (3-6 months)"),
            Some(Horizon::Medium)
        );
        assert_eq!(find_horizon("LONG-TERM:"), Some(Horizon::Long));
        assert_eq!(find_horizon("Key Findings"), None);
        assert_eq!(
            find_horizon("APPROVED FOR IMMEDIATE COMMERCIAL LAUNCH"),
            None
        );
        assert_eq!(find_horizon("Short term goals"), Some(Horizon::Short));
        assert!(is_phase_marker_in(&tokenize(
            "Phase 1: Foundation Strengthening (Weeks 1-4)"
        )));
        assert!(!is_phase_marker_in(&tokenize("Phased rollout")));
    }
}
