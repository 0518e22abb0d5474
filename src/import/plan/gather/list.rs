//! List items: nesting, keyed items that describe their parent, and items
//! that are candidates of their own.

use super::{read_title, Walker};
use crate::import::effort;
use crate::import::outline::{Block, Item};
use crate::import::plan::candidate::{Candidate, Scope, Shape};
use crate::import::plan::facts::{ends_done, kv_item, kv_list, starts_done};
use crate::import::plan::fences;
use crate::import::plan::keys::{key_of, Key};
use crate::import::plan::title::{self, Split};
use crate::import::plan::units;
use crate::import::priority;
use crate::import::text::clean_title;

impl Walker<'_> {
    pub(super) fn list(
        &mut self,
        items: &[Item],
        ordered: bool,
        parent: Option<usize>,
        depth: usize,
    ) {
        if let Some(buckets) = units::buckets(items) {
            // "- Must" › actions, "- Acceptance" › checks: each label is a
            // section over its own list, not a candidate.
            for (item, (role, p)) in items.iter().zip(buckets) {
                let line = item.line.line;
                self.sections
                    .bucket(&item.line.text, line, self.legend, role, p);
                for child in &item.children {
                    if let Block::List { items, ordered } = child {
                        self.list(items, *ordered, parent, depth + 1);
                    }
                }
                self.sections.end_label(last_line(item) + 1);
            }
            return;
        }
        if parent.is_none() {
            let texts: Vec<&str> = items.iter().map(|i| i.line.text.as_str()).collect();
            self.promote(&texts);
        }
        let parent = parent.or(self.target);
        // An explicit stack: the outline caps nesting, but no recursion is needed.
        // The items of a MoSCoW bucket are its work, however they are worded.
        let kv = kv_list(items) && !self.sections.in_bucket(self.sections.current());
        let mut stack: Vec<(&Item, bool, Option<usize>, usize, bool)> = items
            .iter()
            .rev()
            .map(|i| (i, ordered, parent, depth, kv))
            .collect();
        while let Some((item, ordered, parent, depth, kv)) = stack.pop() {
            let fact = if kv { kv_item(item) } else { None };
            let me = match fact {
                // A table of contents entry names a section; the section
                // itself is read where it stands.
                _ if item.line.page_link => parent,
                Some((label, value)) if title::is_action_label(&label) => {
                    let i = self.item(item, clean_title(&value), None, ordered, parent, depth);
                    self.out[i].fix = true;
                    if let Some(p) = parent {
                        let ids = self.out[p].ids.clone();
                        self.out[i].ids.extend(ids);
                    }
                    Some(i)
                }
                Some((label, value)) if value.contains(" | ") => {
                    // "Owner: Platform Team | Duration: 0.5d": several fields.
                    let line = format!("{label}: {value}");
                    for field in line.split(" | ") {
                        if let Some((k, v)) = field.split_once([':', '：']) {
                            if !self.keyed(parent, k.trim(), v.trim(), item.line.line) {
                                if let Some(p) = parent {
                                    self.out[p].notes.push(field.trim().to_string());
                                }
                            }
                        }
                    }
                    parent
                }
                Some((label, value)) => {
                    if !self.keyed(parent, &label, &value, item.line.line) {
                        if let Some(p) = parent {
                            if self.out[p].notes.len() < 24 {
                                self.out[p].notes.push(format!("{label}: {value}"));
                            }
                        }
                    }
                    parent
                }
                None => match title::split(&item.line, true) {
                    Split::Note(label, value) => {
                        self.keyed(parent, &label, &value, item.line.line);
                        parent
                    }
                    Split::Fix(text) => {
                        let i = self.item(item, text, None, ordered, parent, depth);
                        self.out[i].fix = true;
                        if let Some(p) = parent {
                            let ids = self.out[p].ids.clone();
                            self.out[i].ids.extend(ids);
                        }
                        Some(i)
                    }
                    Split::Title(_, _)
                        if parent.is_some()
                            && !item.children.is_empty()
                            && item
                                .line
                                .text
                                .trim_end()
                                .trim_end_matches('*')
                                .ends_with([':', '：']) =>
                    {
                        // "**Action items:**" with its list below, inside a task:
                        // the list belongs to the task.
                        parent
                    }
                    Split::Title(text, description) => {
                        if let Some((label, value)) = text.split_once([':', '：']) {
                            if value.trim().is_empty() && key_of(label).is_some() {
                                // "Action items:" with its list below: the items belong to the parent.
                                parent
                            } else if label.split_whitespace().count() <= 4
                                && key_of(label).is_some_and(|k| k != Key::Note)
                                && self.keyed(parent, label, value, item.line.line)
                            {
                                parent
                            } else {
                                Some(self.item(item, text, description, ordered, parent, depth))
                            }
                        } else if text.is_empty() {
                            parent
                        } else {
                            Some(self.item(item, text, description, ordered, parent, depth))
                        }
                    }
                },
            };
            for child in item.children.iter().rev() {
                match child {
                    Block::List { items, ordered } => {
                        let kv = kv_list(items);
                        for i in items.iter().rev() {
                            stack.push((i, *ordered, me, depth + 1, kv));
                        }
                    }
                    Block::Code { lang, lines } if fences::reads_as_text(lang, lines) => {
                        let saved = self.target;
                        self.target = me;
                        let inner = fences::read(lang, lines);
                        self.blocks(&inner, None, true);
                        self.target = saved;
                    }
                    _ => {}
                }
            }
        }
    }

    fn item(
        &mut self,
        item: &Item,
        text: String,
        description: Option<String>,
        ordered: bool,
        parent: Option<usize>,
        depth: usize,
    ) -> usize {
        let (mut title, mut attrs, mut notes) = read_title(&text, self.legend);
        if title.is_empty() {
            // "GitHub Actions setup: 8 hours" read as a bare estimate: keep the words.
            title = clean_title(&text);
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
            if let Some(p) = priority::from_item(&item.line.text, self.legend) {
                attrs.priority = Some((p, Scope::Own));
            }
        }
        if item.checked == Some(true)
            || (item.checked.is_none()
                && (starts_done(&item.line.text) || ends_done(&item.line.text)))
        {
            attrs.done = Some(true);
        }
        notes.extend(description);
        notes.extend(item.extra.iter().map(|l| l.text.clone()));
        let mut c = Candidate::new(
            title,
            item.line.text.clone(),
            item.line.line,
            Shape::Item {
                depth,
                ordered,
                checkbox: item.checked,
            },
        );
        c.attrs = attrs;
        c.notes = notes;
        c.only_code = item.line.only_code;
        self.push(c, parent)
    }
}

/// The last line an item and its nested lists hold.
fn last_line(item: &Item) -> usize {
    let own = item.extra.last().map_or(item.line.line, |l| l.line);
    item.children
        .iter()
        .filter_map(|b| match b {
            Block::List { items, .. } => items.iter().map(last_line).max(),
            _ => None,
        })
        .fold(own, usize::max)
}

/// "- [ ] Run the suite" … "- *Owner: QA Team | Duration: 2d*": a list of
/// two or more steps whose last item, on its own, only gives fields and
/// among them an estimate, which is the whole list's.
pub(super) fn closes_with_estimate(items: &[Item]) -> bool {
    let [steps @ .., last] = items else {
        return false;
    };
    if steps.len() < 2 || !last.children.is_empty() {
        return false;
    }
    let text = last.line.text.trim().trim_matches(['*', '_']);
    let fields: Vec<(&str, &str)> = text
        .split(" | ")
        .map(|f| f.split_once([':', '：']))
        .collect::<Option<_>>()
        .unwrap_or_default();
    !fields.is_empty()
        && fields.iter().all(|(k, _)| key_of(k.trim()).is_some())
        && fields.iter().any(|(k, v)| {
            key_of(k.trim()) == Some(Key::Effort)
                && effort::stated(v).is_some_and(|f| f.effort.is_ok())
        })
}
