//! The help overlay, drawn from the keymap's own tables.

use super::overlay::{centered, frame_box};
use crate::theme::{Meaning, Theme};
use crate::tui::keymap::{self, Binding, Keymap};
use crate::tui::text::fit;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// One line of help: a section title, or keys and what they do.
enum Entry {
    Section(&'static str),
    Keys(String, &'static str),
    Blank,
}

fn entries(keys: &Keymap) -> Vec<Entry> {
    let mut out = Vec::new();
    let table = |out: &mut Vec<Entry>, title, bindings: &[Binding]| {
        out.push(Entry::Section(title));
        for b in bindings {
            let keys: Vec<String> = b.keys.iter().map(keymap::key_name).collect();
            out.push(Entry::Keys(keys.join(" "), b.help));
        }
        out.push(Entry::Blank);
    };
    // The planning keys as this session has them (config.toml may remap).
    out.push(Entry::Section("Planning"));
    for b in keys.planning() {
        let names: Vec<String> = b.keys.iter().map(keymap::key_name).collect();
        let shown = if names.is_empty() {
            "(no key)".to_string()
        } else {
            names.join(" ")
        };
        out.push(Entry::Keys(shown, b.help));
    }
    out.push(Entry::Blank);
    out.push(Entry::Section("Mouse"));
    out.push(Entry::Keys(
        "click".into(),
        "select a row or a tab; click a selected phase to fold it",
    ));
    out.push(Entry::Keys("wheel".into(), "scroll"));
    out.push(Entry::Blank);
    out.push(Entry::Section("Search box, editor, save-as"));
    for (k, what) in keymap::TEXT_HELP {
        out.push(Entry::Keys(k.to_string(), what));
    }
    out.push(Entry::Blank);
    table(&mut out, "Dependencies and findings picker", keymap::PICKER);
    table(&mut out, "Filter menu", keymap::FILTER);
    table(&mut out, "Questions", keymap::CONFIRM);
    table(&mut out, "File changed on disk", keymap::CHANGED);
    table(&mut out, "Merge conflicts", keymap::CONFLICTS);
    table(&mut out, "Log of changes", keymap::LOG);
    out.push(Entry::Section("Symbols"));
    out.push(Entry::Keys(
        "[ ] [~] [x] [-]".into(),
        "todo, doing, done, skipped",
    ));
    out.push(Entry::Keys(
        " C   H   M   L ".into(),
        "priority: critical, high, medium, low",
    ));
    out.push(Entry::Keys(
        "⊘".into(),
        "blocked: a dependency is still open",
    ));
    out.push(Entry::Keys("▾ ▸".into(), "phase unfolded, folded"));
    out.push(Entry::Keys("›".into(), "the selected row"));
    out
}

pub fn line_count(keys: &Keymap) -> usize {
    entries(keys).len()
}

pub fn draw(frame: &mut Frame, area: Rect, keys: &Keymap, scroll: usize, theme: &Theme) {
    let entries = entries(keys);
    let outer = centered(area, 76, entries.len() as u16 + 2);
    let inner = frame_box(frame, outer, "Keys · esc closes", theme);
    let key_cells = 24.min(inner.width as usize / 2);
    let lines: Vec<Line> = entries
        .iter()
        .skip(scroll)
        .take(inner.height as usize)
        .map(|e| match e {
            Entry::Section(t) => {
                Line::from(Span::styled(t.to_string(), theme.style(Meaning::Phase)))
            }
            Entry::Keys(k, what) => Line::from(vec![
                Span::styled(format!(" {}", fit(k, key_cells)), theme.style(Meaning::Key)),
                Span::styled(what.to_string(), theme.style(Meaning::Overlay)),
            ]),
            Entry::Blank => Line::default(),
        })
        .collect();
    frame.render_widget(
        Paragraph::new(lines).style(theme.style(Meaning::Overlay)),
        inner,
    );
}
