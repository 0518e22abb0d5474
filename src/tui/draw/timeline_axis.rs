//! The Timeline's frame around the bars: the axis on top (months or years,
//! then weeks or months, then where each maturity level is forecast to be
//! reached and today), and below the bars the selected task in words and
//! the legend.

use super::timeline::{left_text, placed, Chart};
use super::timeline_strip::Strip;
use crate::model::schedule::Dates;
use crate::model::Status;
use crate::theme::Meaning;
use crate::tui::text::{sanitize, truncate, width};
use crate::tui::timeline::Line as Row;
use ratatui::text::{Line, Span};

fn dates(d: Dates) -> String {
    if d.low == d.high {
        d.low.to_string()
    } else {
        format!("{}..{}", d.low, d.high)
    }
}

fn line(f: &Chart, left: String, left_style: Meaning, strip: Strip) -> Line<'static> {
    let mut spans = vec![Span::styled(left_text(f, &left), f.theme.style(left_style))];
    spans.extend(strip.spans(f.theme));
    Line::from(spans)
}

/// The axis: three lines.
pub fn lines(f: &Chart) -> Vec<Line<'static>> {
    let t = &f.state.timeline;
    let ticks = f.window.ticks();
    let today = f.window.visible(f.state.today);

    let mut wide = Strip::new(f.window.columns);
    // A month (or year) that starts on screen wins over the one the left
    // edge is in, whose label is there only if room is left.
    for (col, text) in ticks.wide.iter().skip(1).chain(ticks.wide.first()) {
        wide.label(*col, text, Meaning::Title);
    }
    let head = format!(" by {} · {}", t.grouping.name(), t.scale.name());

    let mut narrow = Strip::new(f.window.columns);
    for (col, text) in &ticks.narrow {
        narrow.label(*col, text, Meaning::Muted);
    }
    let (end, end_style) = if !t.current() {
        (" updating…".to_string(), Meaning::Warning)
    } else {
        // `≥`: tasks with no estimate were given no time, so the end can
        // only be later than this.
        let at_least = if f.forecast.unestimated.is_empty() {
            ""
        } else {
            "≥"
        };
        match f.forecast.end {
            Some(d) => {
                let full = format!(" end {at_least}{}", dates(d));
                let short = format!(" end by {at_least}{}", d.high);
                let fits = width(&full) < f.left as usize;
                (if fits { full } else { short }, Meaning::Muted)
            }
            None => (" nothing open".to_string(), Meaning::Muted),
        }
    };

    // Levels where they are forecast to be reached (the high end: by when
    // it is safe to say); those past the right edge named at it.
    let mut marks = Strip::new(f.window.columns);
    let mut later = Vec::new();
    for lv in &f.forecast.levels {
        let Some(finish) = lv.finish else { continue };
        let name = format!("L{}", lv.level);
        let col = f.window.column(finish.high);
        if col >= f.window.columns as i64 {
            later.push(name);
        } else if let Some(c) = f.window.visible(finish.high) {
            if !marks.label(c, &name, Meaning::Accent) {
                marks.fill_blank(c, '◇', Meaning::Accent);
            }
        }
    }
    if !later.is_empty() {
        let text = format!("{}→", later.join(" "));
        let n = text.chars().count() as u16;
        marks.label(f.window.columns.saturating_sub(n), &text, Meaning::Accent);
    }
    if let Some(c) = today {
        marks.fill_blank(c, '▼', Meaning::Accent);
    }
    vec![
        line(f, head, Meaning::Title, wide),
        line(f, end, end_style, narrow),
        line(f, " levels".to_string(), Meaning::Muted, marks),
    ]
}

/// The selected row in words: who, when, why it is marked, what it waits on.
pub fn selected_line(f: &Chart) -> Line<'static> {
    let t = &f.state.timeline;
    let text = match t.model.lines.get(t.cursor) {
        _ if t.shifted() => "updating…".to_string(),
        Some(Row::Task(i)) => task_words(f, *i as usize),
        Some(Row::Group(g)) => group_words(f, *g as usize),
        None => String::new(),
    };
    let w = f.window.columns as usize + f.left as usize;
    Line::from(Span::styled(
        truncate(&format!(" {text}"), w),
        f.theme.style(Meaning::Accent),
    ))
}

fn task_words(f: &Chart, i: usize) -> String {
    let Some(task) = f.state.roadmap.tasks.get(i) else {
        return String::new();
    };
    let mut words = vec![format!("▸ {}", sanitize(&task.id))];
    match placed(f, i) {
        Some(tf) => {
            words.push(sanitize(f.forecast.who(tf)).into_owned());
            words.push(format!("start {}", dates(tf.start)));
            words.push(format!("finish {}", dates(tf.finish)));
            if tf.critical {
                words.push("◆ critical".into());
            }
            if tf.at_risk {
                let due = task.due.map(|d| format!(" (due {d})")).unwrap_or_default();
                words.push(format!("! at risk{due}"));
            }
            if !tf.estimated {
                words.push("? no estimate: given no time".into());
            }
        }
        None => words.push(match task.status {
            Status::Done => match task.done_on {
                Some(d) => format!("✓ done {d}"),
                None => "✓ done".into(),
            },
            Status::Skipped => "skipped".into(),
            _ if f.state.timeline.current() => "not placed: a dependency loop".into(),
            _ => "updating…".into(),
        }),
    }
    let open: Vec<String> = task
        .depends_on
        .iter()
        .filter(|d| {
            f.state
                .task_by_id(d)
                .is_some_and(|t| matches!(t.status, Status::Todo | Status::Doing))
        })
        .map(|d| sanitize(d).into_owned())
        .collect();
    if !open.is_empty() {
        words.push(format!("waits on (d) {}", open.join(", ")));
    }
    words.join(" · ")
}

fn group_words(f: &Chart, g: usize) -> String {
    let Some(group) = f.state.timeline.model.groups.get(g) else {
        return String::new();
    };
    let mut words = vec![sanitize(&group.name).into_owned()];
    if let Some(p) = group.phase.and_then(|p| f.forecast.phases.get(p)) {
        words.push(format!("{} open", p.open));
        if let Some(finish) = p.finish {
            words.push(format!("finish {}", dates(finish)));
        }
        if let Some(end) = p.end {
            words.push(format!("end {end}"));
        }
        if p.at_risk {
            words.push("! at risk".into());
        }
    }
    words.join(" · ")
}

/// What the symbols mean, as many as fit.
pub fn legend(f: &Chart) -> Line<'static> {
    const ITEMS: &[&str] = &[
        "█ to low finish ░ to high",
        "◆ critical",
        "! at risk",
        "? no estimate",
        "d ▸ waits on it",
        "w waits on ▸",
        "✓ done",
        "│ today",
        "Ln level",
    ];
    let room = f.window.columns as usize + f.left as usize;
    let mut text = String::new();
    for item in ITEMS {
        let next = if text.is_empty() {
            format!(" {item}")
        } else {
            format!("{text}  {item}")
        };
        if width(&next) > room {
            break;
        }
        text = next;
    }
    Line::from(Span::styled(text, f.theme.style(Meaning::Muted)))
}
