//! What a candidate's own words say it is when it is not work: a metric, a
//! staffing line, an hour or cost breakdown, a reference, a question, a
//! label. Each cue names itself, so a candidate left out says why.

use super::super::vocab::{fold, folded_words, has_term};

/// A reason a text is not a task, in words for the review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    Metric,
    Staffing,
    Breakdown,
    Reference,
    Question,
    Label,
    Code,
    Ritual,
    Status,
    KeyValue,
    DurationFact,
    Alternative,
}

impl Cue {
    /// How much the cue weighs against a candidate. A reference points at
    /// work written elsewhere, so whatever marks it carries (a checkbox, a
    /// `P1`) are that work's, not its own.
    pub fn weight(self) -> f64 {
        match self {
            Cue::Reference => 8.0,
            _ => 4.0,
        }
    }

    pub fn reason(self) -> &'static str {
        match self {
            Cue::Metric => "a target to measure, not work",
            Cue::Staffing => "a staffing line",
            Cue::Breakdown => "an hour or cost breakdown",
            Cue::Reference => "a reference to something named elsewhere",
            Cue::Question => "a question",
            Cue::Label => "a label for what follows",
            Cue::Code => "code or a command",
            Cue::Ritual => "a recurring ritual, not a piece of work",
            Cue::KeyValue => "a fact stated as `name: value`",
            Cue::DurationFact => "a duration stated for a part (a breakdown or a setting)",
            Cue::Status => "a statement of what is already in place, or missing",
            Cue::Alternative => "one of the options the report weighs, not a decision",
        }
    }
}

fn metric(text: &str, folded: &str, words: &[&str]) -> bool {
    // "< 200 ms", "≥ 99.9 %": a threshold. An arrow is a change ("SHA-256 →
    // bcrypt"), and an instruction is work whatever numbers it holds.
    // "**Performance Budget** - Enforce Lighthouse score >90": the words
    // after a lead-in's label say what to do.
    let after_label = [" - ", " – ", " — ", ": "]
        .iter()
        .find_map(|sep| text.split_once(sep))
        .is_some_and(|(_, body)| super::super::vocab::starts_with_action(body.trim()));
    let instruction = super::super::vocab::starts_with_action(text)
        || super::super::vocab::ends_with_action(text)
        || after_label;
    let comparison = text.contains(['<', '>', '≤', '≥'])
        && text.chars().any(|c| c.is_ascii_digit())
        && words.len() <= 12
        && !instruction;
    let percent_goal =
        text.contains('%') && words.len() <= 8 && !super::super::vocab::starts_with_action(text);
    let units = [
        "ms", "rps", "qps", "uptime", "latency", "p95", "p99", "mttr", "mttd", "sla", "slo",
    ];
    let measured =
        words.iter().any(|w| units.contains(w)) && text.chars().any(|c| c.is_ascii_digit());
    let target_word = has_term(folded, words, "target")
        && text.chars().any(|c| c.is_ascii_digit())
        && words.len() <= 10;
    comparison || percent_goal || (measured && words.len() <= 10) || target_word
}

fn staffing(folded: &str, words: &[&str]) -> bool {
    let roles = [
        "developer",
        "developers",
        "engineer",
        "engineers",
        "devops",
        "sre",
        "designer",
        "designers",
        "architect",
        "architects",
        "fte",
        "qa",
        "tester",
        "testers",
        "analyst",
        "analysts",
        "manager",
        "managers",
        "consultant",
        "consultants",
        "lead",
        "senior",
        "junior",
        "desarrollador*",
        "ingeniero*",
        "desenvolvedor*",
        "engenheiro*",
        "developpeur*",
        "ingenieur*",
        "entwickler*",
        "разработчик*",
        "инженер*",
        "开发",
        "工程师",
        "エンジニア",
        "개발자",
    ];
    let starts_with_count = words.first().is_some_and(|w| {
        w.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == 'x')
    });
    starts_with_count && words.len() <= 8 && roles.iter().any(|r| has_term(folded, words, r))
}

fn breakdown(text: &str) -> bool {
    let times =
        text.contains('×') || text.contains(" x $") || text.contains(" x ") && text.contains('$');
    let equals_money = text.contains('=') && text.contains(['$', '€', '£', '¥', '₽']);
    let at_rate = text.contains("/h") && text.contains(['$', '€', '£']) || text.contains("/hour");
    times || equals_money || at_rate
}

fn reference(folded: &str, words: &[&str]) -> bool {
    let see = words.first().is_some_and(|w| {
        matches!(
            *w,
            "see" | "ver" | "voir" | "siehe" | "vedi" | "см" | "cf" | "refer"
        )
    });
    let link_only = folded.starts_with("http") && words.len() <= 4;
    see || link_only
        || has_term(folded, words, "as described in")
        || has_term(folded, words, "details in")
}

/// Words that take in a whole bucket: "all", "every", "remaining"…
const QUANTIFIERS: &[&str] = &[
    "all",
    "every",
    "remaining",
    "majority",
    "rest",
    "todas",
    "todos",
    "toutes",
    "tous",
    "alle",
    "tutte",
    "tutti",
];

/// Priority words that name a bucket of the plan: "critical", "P1"'s word.
const BUCKET_LEVELS: &[&str] = &[
    "critical",
    "high",
    "medium",
    "low",
    "priority",
    "urgent",
    "critique",
    "critiques",
    "criticas",
    "criticos",
    "kritischen",
];

/// Words for the items of a bucket: "items", "tasks", "tareas"…
const COLLECTIVES: &[&str] = &[
    "items",
    "tasks",
    "taches",
    "tareas",
    "tarefas",
    "aufgaben",
    "punkte",
    "elementos",
    "elements",
];

/// "p1", "p0/p1": a P-level label.
fn p_level(w: &str) -> bool {
    w.split('/')
        .all(|p| p.len() == 2 && p.starts_with('p') && p[1..].chars().all(|c| c.is_ascii_digit()))
}

/// "Complete all P1 items", "Address majority of P3 tasks": a line of a
/// timeline or next-steps list that points at a whole priority bucket of the
/// plan, whose items are the work.
fn rollup(words: &[&str]) -> bool {
    let Some(q) = words.iter().position(|w| QUANTIFIERS.contains(w)) else {
        return false;
    };
    let rest = &words[q + 1..];
    rest.len() <= 5
        && rest.iter().any(|w| p_level(w) || BUCKET_LEVELS.contains(w))
        && rest.last().is_some_and(|w| COLLECTIVES.contains(w))
}

/// "Start Phase 1 critical fixes", "Complete Phase 2 (high priority)",
/// "Implementar apenas P1", "P4 items": a next-steps line whose only object
/// is a bucket of the plan (a P-level, a numbered phase or sprint), named by
/// its label; the bucket's items are the work. A line that names any work
/// of its own ("Begin P2 performance optimization") is not one, nor is a
/// heading that opens a bucket ("Phase 1: Critical Fixes").
fn bucket_named(text: &str, words: &[&str]) -> bool {
    let stage = |w: &str| {
        matches!(
            w,
            "phase" | "fase" | "sprint" | "stage" | "etape" | "etapa" | "этап" | "фаза" | "faza"
        )
    };
    let number = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == '-');
    let verb = |w: &str| {
        matches!(
            w,
            "start"
                | "begin"
                | "complete"
                | "finish"
                | "implement"
                | "address"
                | "tackle"
                | "execute"
                | "deliver"
                | "iniciar"
                | "comenzar"
                | "empezar"
                | "completar"
                | "terminar"
                | "implementar"
                | "concluir"
                | "finalizar"
                | "commencer"
                | "demarrer"
                | "terminer"
                | "achever"
                | "finaliser"
                | "beginnen"
                | "abschliessen"
                | "umsetzen"
                | "iniziare"
                | "completare"
                | "implementare"
                | "начать"
                | "завершить"
                | "выполнить"
                | "oppakken"
                | "afronden"
                | "starten"
        )
    };
    // "all", "only", "the … items", "critical fixes": words around a
    // bucket's label that name no work of their own.
    let filler = |w: &str| {
        QUANTIFIERS.contains(&w)
            || COLLECTIVES.contains(&w)
            || BUCKET_LEVELS.contains(&w)
            || matches!(
                w,
                "the"
                    | "of"
                    | "only"
                    | "apenas"
                    | "solo"
                    | "solamente"
                    | "seulement"
                    | "nur"
                    | "fixes"
                    | "work"
                    | "focus"
                    | "taken"
            )
    };
    if words.len() > 8 || [": ", " — ", " – ", " - "].iter().any(|s| text.contains(s)) {
        return false;
    }
    let mut label = false;
    let mut other = false;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if p_level(w) {
            label = true;
        } else if stage(w) && words.get(i + 1).is_some_and(|n| number(n)) {
            label = true;
            i += 1;
        } else if verb(w) || filler(w) {
            other = true;
        } else {
            return false;
        }
        i += 1;
    }
    label && other
}

/// "Option 2: limit the view", "If Option A: complete phase 4": one of the
/// choices the report lays out; the work is whichever is chosen.
fn alternative(words: &[&str]) -> bool {
    let option = |w: &str| {
        matches!(
            w,
            "option"
                | "opzione"
                | "opcion"
                | "opcao"
                | "variante"
                | "alternative"
                | "alternativa"
                | "вариант"
        )
    };
    let at = usize::from(
        words
            .first()
            .is_some_and(|w| matches!(*w, "if" | "si" | "se")),
    );
    words.get(at).is_some_and(|w| option(w))
        && words.get(at + 1).is_some_and(|w| {
            w.chars().count() <= 5 && w.chars().all(|c| c.is_alphanumeric() || c == '/')
        })
}

fn ritual(folded: &str, words: &[&str]) -> bool {
    let every = [
        "weekly",
        "monthly",
        "quarterly",
        "daily",
        "every",
        "each sprint",
        "recurring",
        "semanal",
        "mensual",
        "hebdomadaire",
        "еженедельн*",
        "ежемесячн*",
        "每周",
        "每月",
        "定期",
        "毎週",
    ];
    let review = [
        "review*",
        "meeting*",
        "sync",
        "standup",
        "stand-up",
        "retro*",
        "check-in",
        "audit*",
        "revision*",
        "reunion*",
        "обзор*",
        "встреч*",
        "评审",
        "会议",
        "レビュー",
    ];
    every.iter().any(|t| has_term(folded, words, t))
        && review.iter().any(|t| has_term(folded, words, t))
        && words.len() <= 8
}

fn code(text: &str) -> bool {
    let t = text.trim();
    let command = [
        "bash ",
        "sh ",
        "npm ",
        "pnpm ",
        "yarn ",
        "npx ",
        "git ",
        "docker ",
        "kubectl ",
        "curl ",
        "python ",
        "python3 ",
        "node ",
        "make ",
        "cargo ",
        "go ",
        "pip ",
        "terraform ",
        "helm ",
    ];
    if command.iter().any(|c| t.starts_with(c)) {
        return true;
    }
    (t.starts_with('`') && t.ends_with('`') && !t[1..t.len() - 1].contains('`'))
        || t.starts_with("npm ")
        || t.starts_with("$ ")
        || (t.contains('/') && !t.contains(' ') && t.contains('.'))
}

/// `Monitoring: Full APM + error tracking`: a short name and what it is,
/// rather than an instruction.
/// A value that is a calendar date and nothing else: `2026-02-09`,
/// `2025/11/03`, `09.02.2026`, `2026年2月9日`.
pub fn only_a_date(value: &str) -> bool {
    let v = value
        .trim()
        .trim_matches(|c: char| c == '*' || c == '`' || c.is_whitespace());
    let parts: Vec<&str> = v
        .split(['-', '/', '.', '年', '月', '日'])
        .filter(|p| !p.is_empty())
        .collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| (1..=4).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()))
        && parts.iter().any(|p| p.len() == 4)
        && v.chars()
            .all(|c| c.is_ascii_digit() || "-/.年月日".contains(c))
}

pub fn key_value(text: &str) -> bool {
    let Some((key, value)) = text.split_once([':', '：']) else {
        return false;
    };
    let key = key.trim().trim_matches(|c: char| {
        c == '*' || c.is_whitespace() || super::super::text::is_decoration(c)
    });
    // "Day 2: Health check endpoint", "Week 3-4: Load tests": the name is
    // when, and the value is the work.
    let when =
        super::super::window::find_window(key).is_some_and(|w| w.start == 0 && w.end == key.len());
    // "**创建日期**: 2026-02-09", "Created: 2025/11/03": a date under a name
    // is the document's record, whatever verb the name opens with.
    if !key.is_empty() && key.split_whitespace().count() <= 4 && only_a_date(value) {
        return true;
    }
    !key.is_empty()
        && !when
        && !super::title::is_id(key)
        && !super::units::is_step_numbered(key)
        && key.split_whitespace().count() <= 4
        && !value.trim().is_empty()
        && !super::super::vocab::starts_with_action(key)
        && !super::super::vocab::starts_with_action(value.trim().trim_matches('*').trim())
}

/// `Retention: 30 days`, `Dockerfile: 4 hours`: a name and only a duration.
pub fn duration_fact(text: &str) -> bool {
    let Some((key, value)) = text.split_once([':', '：']) else {
        return false;
    };
    let key = key.trim().trim_matches('*').trim();
    let value = value.trim().trim_matches('*').trim();
    !key.is_empty()
        && key.split_whitespace().count() <= 5
        && super::super::effort::as_value(value).is_some_and(|f| {
            value[f.end..]
                .trim()
                .trim_start_matches(['(', ')'])
                .split_whitespace()
                .count()
                <= 3
        })
}

/// A title that is only priority words: "Critical", "High / Medium".
pub fn only_priority(title: &str) -> bool {
    let folded = fold(title);
    let words = folded_words(&folded);
    !words.is_empty()
        && words.iter().all(|w| {
            matches!(
                *w,
                "critical"
                    | "high"
                    | "medium"
                    | "low"
                    | "p0"
                    | "p1"
                    | "p2"
                    | "p3"
                    | "priority"
                    | "urgent"
                    | "blocker"
                    | "minor"
                    | "major"
            )
        })
}

/// `init.py`, `services/`, `app/api/route.ts (8 errors)`, `email.py # sends
/// mail`: a file or folder named alone, as in a tree of files.
pub fn file_path(text: &str) -> bool {
    let head = text
        .split(" #")
        .next()
        .unwrap_or("")
        .split(" (")
        .next()
        .unwrap_or("")
        .trim();
    if head.is_empty() || head.contains(' ') {
        return false;
    }
    let folder = head.ends_with('/') && head.len() > 1;
    let file = head.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty()
            && (1..=5).contains(&ext.len())
            && ext.chars().all(|c| c.is_ascii_alphanumeric())
            && ext.chars().any(|c| c.is_ascii_alphabetic())
    });
    folder || file
}

/// A check or cross mark: the line reports a state ("Backups ✅", "❌ No CI").
pub fn has_state_mark(text: &str) -> bool {
    text.contains(['✅', '✔', '☑', '❌', '✖', '⛔'])
}

/// "`cf62a8c` - fix(critical): eliminate race conditions": a line that
/// starts with a commit hash records work already committed.
fn commit_line(text: &str) -> bool {
    let first = text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| matches!(c, '`' | '[' | ']' | '(' | ')' | ':' | ',' | '-'));
    (7..=40).contains(&first.len())
        && first
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
        && first.chars().any(|c| c.is_ascii_digit())
        && first.chars().any(|c| c.is_ascii_alphabetic())
}

/// The first cue the text shows, if any.
pub fn cue(text: &str) -> Option<Cue> {
    let folded = fold(text);
    let words = folded_words(&folded);
    let t = text.trim();
    if commit_line(t) {
        return Some(Cue::Status);
    }
    if t.ends_with('?') || t.ends_with('？') {
        return Some(Cue::Question);
    }
    if t.ends_with(':') || t.ends_with('：') || only_priority(t) {
        return Some(Cue::Label);
    }
    if breakdown(text) {
        return Some(Cue::Breakdown);
    }
    if staffing(&folded, &words) {
        return Some(Cue::Staffing);
    }
    if reference(&folded, &words) || rollup(&words) || bucket_named(t, &words) {
        return Some(Cue::Reference);
    }
    if code(text) {
        return Some(Cue::Code);
    }
    if alternative(&words) {
        return Some(Cue::Alternative);
    }
    if ritual(&folded, &words) {
        return Some(Cue::Ritual);
    }
    if metric(text, &folded, &words) {
        return Some(Cue::Metric);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cues_name_what_is_not_work() {
        assert_eq!(cue("API response time < 200ms"), Some(Cue::Metric));
        assert_eq!(cue("99.9% uptime"), Some(Cue::Metric));
        assert_eq!(cue("1 Senior developer (backend)"), Some(Cue::Staffing));
        assert_eq!(cue("QA: 4h × $35 = $140"), Some(Cue::Breakdown));
        assert_eq!(cue("See E2.1"), Some(Cue::Reference));
        assert_eq!(cue("Complete all P1 items"), Some(Cue::Reference));
        assert_eq!(cue("Opzione 2: Limitare la vista"), Some(Cue::Alternative));
        assert_eq!(
            cue("If Option B/C: Document limitations"),
            Some(Cue::Alternative)
        );
        assert_eq!(
            cue("`cf62a8c` - fix(critical): eliminate race conditions"),
            Some(Cue::Status)
        );
        assert_eq!(cue("Add 2fa to the admin panel"), None);
        assert!(key_value("**创建日期**: 2026-02-09"));
        assert!(key_value("Created: 2025/11/03"));
        assert!(!key_value("Create the backup job: 2 hours"));
        assert_eq!(cue("Optional caching layer"), None);
        assert_eq!(cue("Option parsing cleanup in the CLI"), None);
        assert_eq!(cue("Address majority of P3 tasks"), Some(Cue::Reference));
        assert_eq!(
            cue("Complete all High Priority items"),
            Some(Cue::Reference)
        );
        assert_eq!(cue("Finish P1/P2 tasks"), Some(Cue::Reference));
        assert_eq!(cue("Start Phase 1 critical fixes"), Some(Cue::Reference));
        assert_eq!(
            cue("Complete Phase 2 (high priority)"),
            Some(Cue::Reference)
        );
        assert_eq!(cue("Implementar apenas P1"), Some(Cue::Reference));
        assert_eq!(cue("P4 items"), Some(Cue::Reference));
        assert_eq!(cue("Begin P2 performance optimization"), None);
        assert_eq!(cue("Phase 1: Critical Fixes"), None);
        assert_eq!(cue("Sprint 3"), None);
        assert_eq!(cue("Add React.memo to all list items"), None);
        assert_eq!(cue("Should we use Kafka?"), Some(Cue::Question));
        assert_eq!(cue("Action items:"), Some(Cue::Label));
        assert_eq!(cue("Weekly security review meeting"), Some(Cue::Ritual));
        assert_eq!(cue("Add health checks"), None);
        assert_eq!(cue("Reduce bundle size by 30%"), None);
        assert_eq!(cue("Migrate to PostgreSQL 16"), None);
    }
}
