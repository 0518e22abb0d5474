//! Candidates from every structure of the report, in document order: list
//! items (with their nesting), table rows, headings and bold lead-ins that may
//! name a task, and fences that read as text. Keyed lines (`Priority:`,
//! `Effort:`, `Owner:`) attach to the candidate whose body holds them; a lone
//! priority line under a heading that is not a task sets that section's banner.

use super::super::cost;
use super::super::effort;
use super::super::outline::{Block, Line};
use super::super::priority::{self, Legend};
use super::super::text::{clean_title, cut};
use super::super::vocab;
use super::super::walk::title_index;
use super::candidate::{Attrs, Candidate, Scope, Shape};
use super::keys::{key_of, Key};
use super::sections::Sections;
use super::title;
use super::units::{is_numbered, names_a_task};
use super::{done, fences, rows};

mod list;
mod paragraph;
#[cfg(test)]
mod tests;

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

/// "📊 Prioridad", "Effort": a heading over the rank or size of the work
/// above it, whose lines are that work's fields.
fn names_fields(title: &str) -> bool {
    title.split_whitespace().count() <= 2
        && matches!(
            key_of(title),
            Some(Key::Priority | Key::Severity | Key::Effort)
        )
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
        // "Priority: High Effort: 2 days Owner: Backend": bold fields on one
        // line, which the outline has joined.
        if let Some((mine, rest)) = super::keys::next_field(value) {
            if let Some((k, v)) = rest.split_once([':', '：']) {
                let known = self.keyed(at, label, mine, line);
                let v = v.trim().trim_matches('*').trim();
                self.keyed(at, k.trim().trim_matches('*').trim(), v, line);
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
                let found = effort::stated(value);
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
                if let Some(e) = effort::only_duration(value) {
                    attrs.span.get_or_insert(e);
                }
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
                Block::Paragraph { lines } => {
                    let priced = matches!(blocks.get(index + 1), Some(Block::List { items, .. }) if list::closes_with_estimate(items));
                    self.paragraph(lines, priced);
                }
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
            && names_a_task(raw, &cleaned)
            && !names_fields(&cleaned);
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
                let label = label.trim_matches('*');
                // "**Total P1 Effort:** 13-17 hours" under a table of tasks
                // sums them; it does not make their heading a task.
                if super::rows::is_total_row(label) {
                    return None;
                }
                key_of(label).filter(|k| *k != Key::Note)
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
        // "#### 📊 Prioridad" over "Severidad: Crítica", "Esfuerzo: 4-6
        // horas" names the fields of the heading above it, not work.
        let Some(h) = self.sections.chain_ids(self.sections.current()).find(|&i| {
            let read = &self.sections.list[i].read;
            read.level < 7 && !names_fields(&clean_title(&read.title))
        }) else {
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
