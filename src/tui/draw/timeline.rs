//! The Timeline view: a row per task along weeks or months, the bars from
//! the cached forecast (solid to the low finish, light to the high one),
//! grouped by phase or person, with the axis on top and the selected task
//! and a legend below. Only the rows on screen are drawn, so a frame costs
//! the same for 100 tasks as for 100,000.
//!
//! Everything marked in colour is marked with a symbol too, so it reads in
//! monochrome: `◆` critical, `!` at risk, `?` no estimate, `✓` done.

use super::timeline_axis as axis;
use super::timeline_strip::Strip;
use crate::model::schedule::{Forecast, TaskForecast};
use crate::model::{Status, Task};
use crate::theme::{Meaning, Theme};
use crate::tui::state::State;
use crate::tui::text::{fit, sanitize};
use crate::tui::timeline::scale::add_days;
use crate::tui::timeline::{Line as Row, Window, AXIS, BELOW};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// The id-and-title column's width.
pub fn left_width(width: u16) -> u16 {
    if width < 30 {
        width / 2
    } else {
        (width / 3).min(40)
    }
}

/// Columns of chart beside the id-and-title column.
pub fn chart_columns(width: u16) -> u16 {
    width - left_width(width)
}

/// What a frame needs, worked out once.
pub struct Chart<'a> {
    pub state: &'a State,
    pub forecast: &'a Forecast,
    pub window: Window,
    pub left: u16,
    pub theme: &'a Theme,
    /// The selected task, if a task is selected.
    pub selected: Option<&'a Task>,
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let t = &state.timeline;
    let Some(forecast) = t.forecast.as_deref() else {
        let text = Line::from(Span::styled(
            " Working out the forecast…",
            theme.style(Meaning::Muted),
        ));
        frame.render_widget(Paragraph::new(text), area);
        return;
    };
    let left = left_width(area.width);
    let f = Chart {
        state,
        forecast,
        window: Window::new(t.origin(state.today), t.scale, area.width - left),
        left,
        theme,
        selected: t.selected_task().and_then(|i| state.roadmap.tasks.get(i)),
    };
    let mut lines = axis::lines(&f);
    let shown = (area.height as usize).saturating_sub(AXIS + BELOW);
    // Rows of a roadmap whose tasks have since moved would name the wrong
    // tasks: none are drawn until the new forecast comes ("updating…").
    let shown_rows = if t.shifted() { 0 } else { shown };
    let rows = t
        .model
        .lines
        .iter()
        .enumerate()
        .skip(t.offset)
        .take(shown_rows);
    for (at, row) in rows {
        let selected = at == t.cursor;
        lines.push(match *row {
            Row::Group(g) => group_row(&f, g as usize, selected),
            Row::Task(i) => task_row(&f, i as usize, selected),
        });
    }
    while lines.len() < AXIS + shown {
        lines.push(blank_row(&f));
    }
    lines.push(axis::selected_line(&f));
    lines.push(axis::legend(&f));
    frame.render_widget(
        Paragraph::new(lines).style(theme.style(Meaning::Base)),
        area,
    );
}

/// The forecast of task `i`, if it is placed in it (and the forecast is
/// not of an older roadmap in which position `i` was another task).
pub fn placed<'a>(f: &Chart<'a>, i: usize) -> Option<&'a TaskForecast> {
    let task = f.state.roadmap.tasks.get(i)?;
    let s = f.state.timeline.model.slot(i)?;
    f.forecast
        .tasks
        .get(s)
        .filter(|tf| tf.index == i && tf.id == task.id)
}

/// `text` in the left column, a blank cell before the chart.
pub fn left_text(f: &Chart, text: &str) -> String {
    match f.left {
        0 => String::new(),
        n => fit(text, n as usize - 1) + " ",
    }
}

fn today_line(f: &Chart, strip: &mut Strip) {
    if let Some(c) = f.window.visible(f.state.today) {
        strip.fill_blank(c, '│', Meaning::Accent);
    }
}

fn blank_row(f: &Chart) -> Line<'static> {
    let mut strip = Strip::new(f.window.columns);
    today_line(f, &mut strip);
    let mut spans = vec![Span::raw(" ".repeat(f.left as usize))];
    spans.extend(strip.spans(f.theme));
    Line::from(spans)
}

fn group_row(f: &Chart, g: usize, selected: bool) -> Line<'static> {
    let model = &f.state.timeline.model;
    let Some(group) = model.groups.get(g) else {
        return blank_row(f);
    };
    let mut strip = Strip::new(f.window.columns);
    if let Some(p) = group.phase.and_then(|p| f.forecast.phases.get(p)) {
        if let (Some(start), Some(finish)) = (p.start, p.finish) {
            if let Some((a, b)) = f.window.span(start.low, finish.high) {
                strip.run(a, b, '─', Meaning::Phase);
            }
        }
        if let Some(c) = p.end.and_then(|end| f.window.visible(end)) {
            strip.set(c, '┤', Meaning::Phase);
        }
        // A phase whose work passes its end: `!` after its span, as a task.
        if let (true, Some(finish)) = (p.at_risk, p.finish) {
            let after = f.window.column(finish.high) + 1;
            if (0..f.window.columns as i64).contains(&after) {
                strip.fill_blank(after as u16, '!', Meaning::Warning);
            }
        }
    }
    today_line(f, &mut strip);
    let marker = if selected { '▸' } else { ' ' };
    let style = if selected {
        Meaning::Selected
    } else {
        Meaning::Phase
    };
    let name = format!("{marker}{}", sanitize(&group.name));
    let mut spans = vec![Span::styled(left_text(f, &name), f.theme.style(style))];
    spans.extend(strip.spans(f.theme));
    Line::from(spans)
}

fn task_row(f: &Chart, i: usize, selected: bool) -> Line<'static> {
    let Some(task) = f.state.roadmap.tasks.get(i) else {
        return blank_row(f);
    };
    let tf = placed(f, i);
    let mut strip = Strip::new(f.window.columns);
    let mut flags = [' '; 3];
    match tf {
        Some(tf) => {
            let m = if tf.at_risk {
                Meaning::Warning
            } else if tf.critical {
                Meaning::PriorityCritical
            } else {
                Meaning::BarEffort
            };
            if tf.critical {
                flags[0] = '◆';
            }
            if tf.at_risk {
                flags[1] = '!';
            }
            if !tf.estimated {
                // Given no time by the forecast: a mark, never a bar.
                flags[2] = '?';
                if let Some(c) = f.window.visible(tf.start.low) {
                    strip.set(c, '?', Meaning::Warning);
                }
            } else {
                if let Some((a, b)) = f.window.span(tf.start.low, tf.finish.low) {
                    strip.run(a, b, '█', m);
                }
                let spread_from = add_days(tf.finish.low, 1);
                if tf.finish.high >= spread_from {
                    if let Some((a, b)) = f.window.span(spread_from, tf.finish.high) {
                        strip.run(a, b, '░', m);
                    }
                }
            }
            // The symbol after the bar, so the chart reads without colour.
            let end = f.window.column(tf.finish.high) + 1;
            let mark = if tf.at_risk {
                Some('!')
            } else if tf.critical {
                Some('◆')
            } else {
                None
            };
            if let (Some(mark), true) = (mark, (0..f.window.columns as i64).contains(&end)) {
                strip.fill_blank(end as u16, mark, m);
            }
        }
        None if task.status == Status::Done => {
            flags[0] = '✓';
            if let Some(c) = task.done_on.and_then(|d| f.window.visible(d)) {
                strip.set(c, '✓', Meaning::StatusDone);
            }
        }
        None => {}
    }
    today_line(f, &mut strip);
    let marker = match f.selected {
        _ if selected => '▸',
        Some(sel) if sel.depends_on.contains(&task.id) => 'd',
        Some(sel) if task.depends_on.contains(&sel.id) => 'w',
        _ => ' ',
    };
    let flags: String = flags.iter().collect();
    let label = format!(
        "{marker}{flags} {} {}",
        sanitize(&task.id),
        sanitize(&task.title)
    );
    let style = if selected {
        Meaning::Selected
    } else if task.status == Status::Done {
        Meaning::Muted
    } else {
        Meaning::Base
    };
    let mut spans = vec![Span::styled(left_text(f, &label), f.theme.style(style))];
    spans.extend(strip.spans(f.theme));
    Line::from(spans)
}
