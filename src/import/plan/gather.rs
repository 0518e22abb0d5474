//! Candidates from every structure of the report, in document order: list
//! items (with their nesting), table rows, headings and bold lead-ins that may
//! name a task, and fences that read as text. Keyed lines (`Priority:`,
//! `Effort:`, `Owner:`) attach to the candidate whose body holds them; a lone
//! priority line under a heading that is not a task sets that section's banner.

use super::super::cost;
use super::super::effort;
use super::super::outline::{Block, Item, Line};
use super::super::priority::{self, Legend};
use super::super::text::{clean_title, cut};
use super::super::vocab;
use super::super::walk::{is_label, title_index};
use super::candidate::{Attrs, Candidate, Scope, Shape};
use super::facts::{ends_done, kv_item, kv_list, starts_done};
use super::keys::{key_of, Key};
use super::sections::Sections;
use super::title::{self, Split};
use super::units::{is_numbered, names_a_task};
use super::{done, fences, rows};

/// What reading the report gave.
pub struct Gathered {
    pub candidates: Vec<Candidate>,
    pub sections: Sections,
    /// Values under a key that did not read: (line, what is wrong).
    pub unread: Vec<(usize, String)>,
}

/// Adds a cost found in a text to the attributes.
pub fn apply_cost(attrs: &mut Attrs, found: cost::FoundCost) {
    let Ok(money) = found.money else { return };
    if let Some(c) = found.currency {
        attrs.currencies.push(c);
    }
    match found.period {
        cost::Period::Once => attrs.cost_once = attrs.cost_once.or(Some(money)),
        cost::Period::Monthly => attrs.cost_monthly = attrs.cost_monthly.or(Some(money)),
        cost::Period::Yearly => {
            attrs.cost_monthly = attrs
                .cost_monthly
                .or(Some(crate::model::Money(money.0.scale(1.0 / 12.0))))
        }
    }
}

/// The most of a line read for a title and its attributes: a longer line is
/// prose pasted into a list item, and its tail goes to the notes unread.
const READ_AT_MOST: usize = 2_000;

/// A title and what its text states about the work, read from one line.
pub fn read_title(text: &str, legend: &Legend) -> (String, Attrs, Vec<String>) {
    if text.len() > READ_AT_MOST {
        let mut cut = READ_AT_MOST;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let (title, attrs, mut notes) = read_title(&text[..cut], legend);
        notes.push(text[cut..].to_string());
        return (title, attrs, notes);
    }
    let mut attrs = Attrs::default();
    let mut notes = Vec::new();
    let mut title = text.to_string();
    if let Some(found) = effort::in_title(&title) {
        if let Ok(e) = found.effort {
            attrs.effort = Some(e);
        }
        title = cut(&title, found.start..found.end);
    }
    if let Some(found) = cost::find(&title) {
        let (start, end) = (found.start, found.end);
        apply_cost(&mut attrs, found);
        title = cut(&title, start..end);
    }
    if let Some(p) = priority::from_item(text, legend) {
        attrs.priority = Some((p, Scope::Own));
    }
    let mut title = title::strip_labels(&clean_title(&title));
    if let Some((head, rest)) = title::first_clause(&title) {
        notes.push(rest);
        title = head;
    }
    if title.chars().count() > title::MAX_TITLE {
        notes.push(title.clone());
        title = title::shorten(&title);
    }
    (title, attrs, notes)
}

struct Walker<'a> {
    legend: &'a Legend,
    sections: Sections,
    out: Vec<Candidate>,
    /// The heading or lead candidate whose body is being read.
    target: Option<usize>,
    /// Values under a key that did not read: (line, what is wrong).
    unread: Vec<(usize, String)>,
}

impl Walker<'_> {
    fn push(&mut self, mut c: Candidate, parent: Option<usize>) -> usize {
        c.section = self.sections.current();
        c.section_title = c.section.map(|s| self.sections.list[s].read.title.clone());
        c.parent = parent;
        if let Some(p) = parent {
            self.out[p].children += 1;
        }
        self.out.push(c);
        self.out.len() - 1
    }

    /// Applies a `Key: value` line to candidate `at`; false when the key is
    /// not one that describes a candidate.
    fn keyed(&mut self, at: Option<usize>, label: &str, value: &str, line: usize) -> bool {
        // "Owner: Platform Team | Duration: 0.5d": several fields on a line.
        if let Some((first, more)) = value.split_once(" | ") {
            if more.contains([':', '：']) {
                let known = self.keyed(at, label, first, line);
                for field in more.split(" | ") {
                    if let Some((k, v)) = field.split_once([':', '：']) {
                        self.keyed(at, k.trim(), v.trim(), line);
                    }
                }
                return known;
            }
        }
        let Some(key) = key_of(label) else {
            return false;
        };
        let Some(at) = at else {
            // A lone priority under a heading that is not a task: a banner.
            if key == Key::Priority {
                if let Some(p) = self.legend.priority(value) {
                    self.sections.set_priority(p);
                }
                return true;
            }
            return key != Key::Note;
        };
        let legend = self.legend;
        let attrs = &mut self.out[at].attrs;
        let mut unread = None;
        match key {
            Key::Severity => {
                if let Some(p) = legend.priority(value) {
                    if attrs.priority.is_none_or(|(_, s)| s <= Scope::Severity) {
                        attrs.priority = Some((p, Scope::Severity));
                    }
                }
            }
            Key::Priority => match legend.priority(value) {
                Some(p) => attrs.priority = Some((p, Scope::Own)),
                None => {
                    unread = Some(format!(
                        "priority `{}` is not one of critical, high, medium, low, P0-P3",
                        value.trim()
                    ))
                }
            },
            Key::Effort => {
                let found = effort::as_value(value).or_else(|| effort::in_title(value));
                match found.map(|f| f.effort) {
                    Some(Ok(e)) => {
                        attrs.effort.get_or_insert(e);
                    }
                    Some(Err(msg)) => unread = Some(msg),
                    None => {
                        unread = Some(format!(
                            "effort `{}` is not a duration (write e.g. `3 days`, `40-60 hours`)",
                            value.trim()
                        ))
                    }
                }
            }
            Key::Cost => match cost::find(value) {
                Some(found) => apply_cost(attrs, found),
                None if !cost::says_free(value) && value.chars().any(|c| c.is_ascii_digit()) => {
                    unread = Some(format!(
                        "cost `{}` is not an amount (write e.g. `$50/month`, `$400-850`)",
                        value.trim()
                    ))
                }
                None => {}
            },
            Key::Owner => attrs.owner = Some(clean_title(value)),
            Key::Status => attrs.done = Some(done::says_done(value)),
            Key::When => {
                attrs.window.get_or_insert_with(|| clean_title(value));
            }
            Key::Note => {}
        }
        if let Some(message) = unread {
            self.unread.push((line, message));
        }
        self.out[at]
            .notes
            .push(format!("{}: {}", clean_title(label), value.trim()));
        true
    }

    fn blocks(&mut self, blocks: &[Block], title_at: Option<usize>, in_fence: bool) {
        for (index, block) in blocks.iter().enumerate() {
            match block {
                Block::Heading { level, line } => {
                    let level = if in_fence { 7 } else { *level };
                    self.heading(level, line, Some(index) == title_at);
                }
                Block::Paragraph { lines } => self.paragraph(lines),
                Block::List { items, ordered } => self.list(items, *ordered, self.target, 0),
                Block::Table { header, rows, .. } => {
                    for c in rows::candidates(header, rows, self.legend) {
                        self.push(c, self.target);
                    }
                }
                Block::Code { lang, lines } => {
                    if fences::reads_as_text(lang, lines) {
                        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
                        self.promote(&texts);
                        let inner = fences::read(lang, lines);
                        self.blocks(&inner, None, true);
                    }
                }
            }
        }
    }

    fn heading(&mut self, level: u8, line: &Line, is_title: bool) {
        // A heading ends the body of any heading candidate at its level or
        // deeper, and of any lead.
        if let Some(t) = self.target {
            let ends = match self.out[t].shape {
                Shape::Heading(l) => l >= level,
                _ => true,
            };
            if ends {
                self.target = None;
            }
        }
        let raw = line.text.as_str();
        let cleaned = clean_title(raw);
        // Top-level sections are parts of the report; a deeper heading, or a
        // numbered one, may name a piece of work.
        let unit = !is_title
            && (level >= 3
                || (level == 2 && is_numbered(raw) && vocab::starts_with_action(&cleaned)))
            && level <= 6
            && names_a_task(raw, &cleaned);
        self.sections
            .enter(level, raw, line.line, self.legend, is_title, unit);
        if unit {
            let (title, mut attrs, notes) = read_title(raw, self.legend);
            if title.is_empty() {
                return;
            }
            if let Some(p) = self.sections.list.last().and_then(|h| h.read.priority) {
                attrs.priority.get_or_insert((p, Scope::Own));
            }
            if done::marked_done(raw) {
                attrs.done = Some(true);
            }
            let mut c = Candidate::new(title, raw.to_string(), line.line, Shape::Heading(level));
            c.attrs = attrs;
            c.notes = notes;
            let parent = self.target;
            let i = self.push(c, parent);
            self.target = Some(i);
        }
    }

    /// A block of keyed lines (`Priority:` and `Effort:`, say) under a
    /// heading that is not yet a task makes that heading the task they
    /// describe: the recommendation blocks reports write under a title.
    fn promote(&mut self, texts: &[&str]) {
        if self.target.is_some() {
            return;
        }
        let mut keys: Vec<Key> = texts
            .iter()
            .filter_map(|t| {
                let t = t.trim().trim_start_matches(['-', '*', ' ']);
                let (label, value) = t.split_once([':', '：'])?;
                (!value.trim().trim_matches('*').trim().is_empty()).then_some(())?;
                key_of(label.trim_matches('*')).filter(|k| *k != Key::Note)
            })
            .collect();
        keys.sort_by_key(|k| *k as u8);
        keys.dedup();
        let valued = keys
            .iter()
            .any(|k| matches!(k, Key::Priority | Key::Effort | Key::Cost));
        if keys.len() < 2 || !valued {
            return;
        }
        self.promote_heading(2);
    }

    /// Makes the heading in force a task: its body turned out to describe
    /// one (keyed fields, or a labelled list of its steps).
    fn promote_heading(&mut self, least_level: u8) {
        let Some(h) = self
            .sections
            .chain_ids(self.sections.current())
            .find(|&i| self.sections.list[i].read.level < 7)
        else {
            return;
        };
        let heading = &self.sections.list[h];
        if heading.read.is_title
            || heading.task
            || heading.read.level < least_level
            || heading.read.is_phase()
            || heading.role.is_some_and(|r| r != vocab::Role::Plan)
        {
            return;
        }
        let (title, attrs, notes) = read_title(&heading.read.title.clone(), self.legend);
        if title.is_empty() {
            return;
        }
        let level = heading.read.level;
        let line = heading.read.line;
        let mut c = Candidate::new(title.clone(), title, line, Shape::Heading(level));
        c.attrs = attrs;
        c.notes = notes;
        let i = self.push(c, None);
        self.out[i].section = Some(h);
        self.out[i].section_title = Some(self.sections.list[h].read.title.clone());
        self.sections.list[h].task = true;
        self.target = Some(i);
    }

    fn paragraph(&mut self, lines: &[Line]) {
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
            if names_a_task(&line.text, &cleaned) && !cleaned.ends_with(':') {
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
                // "**Fix:** Implement mTLS" among a finding's fields: the task.
                if title::is_action_label(label.trim_matches('*')) && !value.trim().is_empty() {
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
        let parent = self
            .target
            .filter(|&t| matches!(self.out[t].shape, Shape::Heading(_)));
        let i = self.push(c, parent);
        self.target = Some(i);
    }

    fn list(&mut self, items: &[Item], ordered: bool, parent: Option<usize>, depth: usize) {
        if parent.is_none() {
            let texts: Vec<&str> = items.iter().map(|i| i.line.text.as_str()).collect();
            self.promote(&texts);
        }
        let parent = parent.or(self.target);
        // An explicit stack: the outline caps nesting, but no recursion is needed.
        let kv = kv_list(items);
        let mut stack: Vec<(&Item, bool, Option<usize>, usize, bool)> = items
            .iter()
            .rev()
            .map(|i| (i, ordered, parent, depth, kv))
            .collect();
        while let Some((item, ordered, parent, depth, kv)) = stack.pop() {
            let fact = if kv { kv_item(item) } else { None };
            let me = match fact {
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
        self.push(c, parent)
    }
}

/// Every candidate of the report and its sections.
pub fn gather(blocks: &[Block], legend: &Legend) -> Gathered {
    let title_at = title_index(blocks);
    let mut gathered = match split_point(blocks, title_at) {
        // A large report is read in two halves at the same time, split at a
        // heading of the top level, where no section of the first half is
        // still open.
        Some(at) => {
            let (first, second) = blocks.split_at(at);
            let (mut a, b) = std::thread::scope(|s| {
                let later = s.spawn(|| walk(second, legend, None));
                let earlier = walk(first, legend, title_at);
                (
                    earlier,
                    later
                        .join()
                        .unwrap_or_else(|e| std::panic::resume_unwind(e)),
                )
            });
            a.append(b);
            a
        }
        None => walk(blocks, legend, title_at),
    };
    gathered.sections.finish();
    gathered
}

/// Reports with fewer blocks than this are read on one thread.
const SPLIT_FROM: usize = 4_000;

/// Where a large report can be cut in two: the top-level heading (the
/// shallowest level but the title's) nearest its middle.
fn split_point(blocks: &[Block], title_at: Option<usize>) -> Option<usize> {
    if blocks.len() < SPLIT_FROM {
        return None;
    }
    let level = |b: &Block| match b {
        Block::Heading { level, .. } => Some(*level),
        _ => None,
    };
    let top = blocks
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != title_at)
        .filter_map(|(_, b)| level(b))
        .min()?;
    // Every heading before the cut must be at the top level or deeper, the
    // title aside, so none of them stays open across it.
    blocks
        .iter()
        .enumerate()
        .filter(|(i, b)| Some(*i) != title_at && level(b) == Some(top))
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(blocks.len() / 2))
        .filter(|&i| i > 0)
}

fn walk(blocks: &[Block], legend: &Legend, title_at: Option<usize>) -> Gathered {
    let mut w = Walker {
        legend,
        sections: Sections::default(),
        out: Vec::new(),
        target: None,
        unread: Vec::new(),
    };
    w.blocks(blocks, title_at, false);
    Gathered {
        candidates: w.out,
        sections: w.sections,
        unread: w.unread,
    }
}

impl Gathered {
    /// Appends what a later part of the report gave, renumbering its
    /// candidates and sections after this part's.
    fn append(&mut self, mut later: Gathered) {
        let (cands, sections) = (self.candidates.len(), self.sections.list.len());
        for c in &mut later.candidates {
            c.section = c.section.map(|s| s + sections);
            c.parent = c.parent.map(|p| p + cands);
        }
        self.sections.append(later.sections);
        self.candidates.append(&mut later.candidates);
        self.unread.append(&mut later.unread);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::import::outline::read;

    fn titles(md: &str) -> Vec<String> {
        gather(&read(md), &Legend::default())
            .candidates
            .iter()
            .map(|c| c.title.clone())
            .collect()
    }

    #[test]
    fn items_rows_headings_and_leads_are_candidates() {
        let md = "# Audit\n\n## Plan\n\n- [ ] Add health checks (4h)\n  - /health endpoint\n\n| Task | Effort |\n|---|---|\n| Rotate keys | 1h |\n\n### 3. Enable backups\n\n**Priority:** High\n\n**Fix:** Turn on PITR\n";
        assert_eq!(
            titles(md),
            [
                "Add health checks",
                "/health endpoint",
                "Rotate keys",
                "Enable backups",
                "Turn on PITR"
            ]
        );
        let g = gather(&read(md), &Legend::default());
        let backups = &g.candidates[3];
        assert_eq!(
            backups.attrs.priority.map(|p| p.0),
            Some(crate::model::Priority::High)
        );
        assert_eq!(g.candidates[1].parent, Some(0));
        assert_eq!(g.candidates[4].parent, Some(3));
    }

    #[test]
    fn keyed_items_describe_their_parent() {
        let md = "## Plan\n\n- Enable backups\n  - Priority: Critical\n  - Effort: 2 days\n  - Owner: Ana\n";
        let g = gather(&read(md), &Legend::default());
        assert_eq!(g.candidates.len(), 1);
        let c = &g.candidates[0];
        assert_eq!(c.attrs.effort.map(|e| e.to_string()).as_deref(), Some("2d"));
        assert_eq!(c.attrs.owner.as_deref(), Some("Ana"));
    }

    #[test]
    fn a_priority_line_under_a_section_is_its_banner() {
        let md = "# Report\n\n## Phase 1: Foundation (Weeks 1-4)\n**Priority: Critical**\n\n- [ ] Implement Redis\n";
        let g = gather(&read(md), &Legend::default());
        let at = g.candidates[0].section;
        assert_eq!(
            g.sections.priority(at),
            Some(crate::model::Priority::Critical)
        );
    }

    #[test]
    fn a_large_report_read_in_two_halves_reads_as_in_one() {
        let mut md = String::from("# Audit\n\n");
        for n in 0..1_500 {
            md.push_str(&format!(
                "## Area {n}\n\n### {n}. Fix thing {n}\n\n**Priority:** High\n\n- [ ] Step a\n- [ ] Step b\n\n"
            ));
        }
        let blocks = read(&md);
        assert!(split_point(&blocks, title_index(&blocks)).is_some());
        let halves = gather(&blocks, &Legend::default());
        let mut whole = walk(&blocks, &Legend::default(), title_index(&blocks));
        whole.sections.finish();
        assert_eq!(halves.candidates, whole.candidates);
        assert_eq!(halves.sections.list.len(), whole.sections.list.len());
        for (a, b) in halves.sections.list.iter().zip(&whole.sections.list) {
            assert_eq!((a.parent, a.role, a.task), (b.parent, b.role, b.task));
        }
    }

    #[test]
    fn plans_in_fences_are_read() {
        let md = "## Roadmap\n\n```\nPhase 1 (Week 1-2)\n├── Add health checks (4h)\n└── Setup backups\n```\n";
        assert_eq!(titles(md), ["Add health checks", "Setup backups"]);
    }
}
