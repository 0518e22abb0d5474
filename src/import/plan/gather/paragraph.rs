//! Paragraphs: box-drawn tables, single-line labels, checklists written
//! as text, keyed lines and bold lead-ins that name a task.

use super::{read_title, Walker};
use crate::import::effort;
use crate::import::outline::{Item, Line};
use crate::import::plan::candidate::{Candidate, Scope, Shape};
use crate::import::plan::fences;
use crate::import::plan::keys::{key_of, Key};
use crate::import::plan::title::{self, Split};
use crate::import::plan::units::names_a_task;
use crate::import::priority;
use crate::import::text::clean_title;
use crate::import::walk::is_label;

impl Walker<'_> {
    /// `priced`: the list right below closes with the estimate of the
    /// whole of it.
    pub(super) fn paragraph(&mut self, lines: &[Line], priced: bool) {
        // A table or tree drawn with box characters outside a fence.
        let drawn = lines
            .iter()
            .filter(|l| {
                l.text
                    .starts_with(['│', '┌', '├', '└', '║', '╔', '╠', '╚', '┃'])
            })
            .count();
        if lines.len() >= 3 && drawn * 3 >= lines.len() * 2 {
            let inner = fences::read("", lines);
            self.blocks(&inner, None, true);
            return;
        }
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        self.promote(&texts);
        if lines.len() == 1 && is_label(&lines[0]) {
            let line = &lines[0];
            let cleaned = clean_title(&line.text);
            if let Some((label, value)) = line.text.split_once([':', '：']) {
                if !value.trim().trim_matches('*').trim().is_empty()
                    && self.keyed(
                        self.target,
                        label,
                        value.trim().trim_matches('*'),
                        line.line,
                    )
                {
                    return;
                }
                if value.trim().trim_matches('*').trim().is_empty()
                    && key_of(label) == Some(Key::Priority)
                {
                    return;
                }
            }
            // "**Final QA & Bug Fixes**" over "- [ ] Run the regression
            // suite" … "- *Owner: QA | Duration: 2d*": the block is the
            // piece of work the report estimates, its items the steps.
            if (names_a_task(&line.text, &cleaned) || priced) && !cleaned.ends_with(':') {
                self.lead(line, &cleaned);
                return;
            }
            // A label ends a lead's body; the heading the lead sits in
            // (if it is a task) owns what follows again.
            if let Some(t) = self.target {
                if self.out[t].shape == Shape::Lead {
                    self.target = self.out[t].parent;
                }
            }
            // "**Steps:**", "**Действия:**", "**建议：**" under a heading that
            // names no task yet: the heading is the task, the list its steps.
            if self.target.is_none() && title::is_steps_label(&cleaned) {
                self.promote_heading(3);
            }
            self.sections.label(&line.text, line.line, self.legend);
            return;
        }
        for (n, line) in lines.iter().enumerate() {
            let text = line.text.trim();
            if let Some(rest) = text.strip_prefix(['□', '☐', '◻', '☑', '☒', '✓', '✔'])
            {
                let checked = !text.starts_with(['□', '☐', '◻']);
                let item = Item {
                    line: Line {
                        text: rest.trim().to_string(),
                        ..line.clone()
                    },
                    extra: Vec::new(),
                    checked: Some(checked),
                    children: Vec::new(),
                };
                self.list(std::slice::from_ref(&item), false, self.target, 0);
                continue;
            }
            if let Some((label, value)) = text.split_once([':', '：']) {
                // "**创建日期**: 2026-02-09", "**Date:** 2025-11-03": the
                // document's record, never a task to open.
                if super::super::cues::only_a_date(value) {
                    continue;
                }
                // "**Fix:** Implement mTLS" among a finding's fields: the task.
                if title::is_action_label(label.trim_matches('*')) && !value.trim().is_empty() {
                    // "**Impact:**" › its list, then "**Fix:** …": a new
                    // field of the finding, outside the label above it.
                    self.sections.end_field_label(line.line);
                    self.lead(line, value);
                    continue;
                }
                if label.split_whitespace().count() <= 4
                    && self.keyed(
                        self.target,
                        label.trim_matches('*'),
                        value.trim().trim_matches('*'),
                        line.line,
                    )
                {
                    continue;
                }
            }
            // A line that opens with bold text: the first of a paragraph,
            // or any of a run such as "**Monday:** …\n**Friday:** …".
            let opens_bold = line
                .strong_lead
                .as_deref()
                .is_some_and(|lead| n == 0 || text.starts_with(lead));
            if opens_bold {
                match title::split(line, false) {
                    Split::Title(t, _) | Split::Fix(t) if !t.is_empty() => {
                        self.lead(line, &t);
                        continue;
                    }
                    Split::Note(label, value) => {
                        self.keyed(self.target, &label, &value, line.line);
                        continue;
                    }
                    _ => {}
                }
            }
            if let Some(t) = self.target {
                if self.out[t].notes.len() < 12 {
                    self.out[t].notes.push(text.to_string());
                }
            }
        }
    }

    /// A bold lead-in paragraph: `**1. Enable backups** — nightly, tested`.
    fn lead(&mut self, line: &Line, _cleaned: &str) {
        let (text, description, fix) = match title::split(line, false) {
            Split::Title(t, d) => (t, d, false),
            Split::Fix(t) => (t, None, true),
            Split::Note(..) => return,
        };
        let (title, mut attrs, mut notes) = read_title(&text, self.legend);
        if title.is_empty() {
            return;
        }
        if attrs.effort.is_none() {
            if let Some(Ok(e)) = description
                .as_deref()
                .and_then(effort::in_title)
                .map(|f| f.effort)
            {
                attrs.effort = Some(e);
            }
        }
        if attrs.priority.is_none() {
            if let Some(p) = priority::from_item(&line.text, self.legend) {
                attrs.priority = Some((p, Scope::Own));
            }
        }
        notes.extend(description);
        let mut c = Candidate::new(title, line.text.clone(), line.line, Shape::Lead);
        c.attrs = attrs;
        c.notes = notes;
        c.fix = fix;
        if fix {
            if let Some(t) = self.target {
                let ids = self.out[t].ids.clone();
                c.ids.extend(ids);
            }
        }
        // A lead under a heading candidate (a finding's "**Fix:** …") is
        // nested in it; a lead ends the body of an earlier lead.
        // A lead after a lead is its sibling: both sit in the heading the
        // first one sat in ("**Day 1-2:** …", code, "**Day 3-5:** …").
        let parent = self
            .target
            .and_then(|t| match self.out[t].shape {
                Shape::Lead => self.out[t].parent,
                _ => Some(t),
            })
            .filter(|&t| matches!(self.out[t].shape, Shape::Heading(_)));
        let i = self.push(c, parent);
        self.target = Some(i);
    }
}
