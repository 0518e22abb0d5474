//! The report's sections: every heading, and every label (a bold line such
//! as `**IMMEDIATE (CRITICAL):**`) that introduces what follows, each read
//! once for its role, time window, priority banner and parent.

use super::super::context::Section;
use super::super::priority::Legend;
use super::super::vocab::{role_of, Role};
use crate::model::Priority;

#[derive(Debug, Clone)]
pub struct Heading {
    pub read: Section,
    /// The role the heading's own words name.
    pub role: Option<Role>,
    pub parent: Option<usize>,
    /// The heading names a piece of work (it is also a candidate).
    pub task: bool,
    /// A MoSCoW bucket label over a nested list ("- Must" › actions).
    pub bucket: bool,
    /// The first and last line of the section's body (up to the next heading
    /// of its level or higher).
    pub end_line: usize,
}

/// All sections of a report, and the chain in force while walking it.
#[derive(Debug, Default)]
pub struct Sections {
    pub list: Vec<Heading>,
    stack: Vec<usize>,
    /// Each section's stage, read once by `finish`.
    phases: Vec<Option<usize>>,
    /// How many stages each section (and, last, the document) holds directly.
    phase_members: Vec<usize>,
}

impl Sections {
    /// A heading of `level` ends every section at its level or deeper.
    /// `task` marks a heading that names a piece of work: its words say
    /// nothing about the role of the section.
    pub fn enter(
        &mut self,
        level: u8,
        raw: &str,
        line: usize,
        legend: &Legend,
        is_title: bool,
        task: bool,
    ) {
        while let Some(&top) = self.stack.last() {
            if self.list[top].read.level >= level {
                self.close(top, line);
                self.stack.pop();
            } else {
                break;
            }
        }
        self.push(level, raw, line, legend, is_title || task);
        if task {
            let last = self.list.len() - 1;
            self.list[last].read.is_title = is_title;
            self.list[last].task = true;
        }
    }

    /// A label lasts until the next heading or label.
    pub fn label(&mut self, raw: &str, line: usize, legend: &Legend) {
        while let Some(&top) = self.stack.last() {
            if self.list[top].read.level == 7 {
                self.close(top, line);
                self.stack.pop();
            } else {
                break;
            }
        }
        self.push(7, raw, line, legend, false);
    }

    /// A bucket label over a nested list ("- Must" › its items): a label
    /// with the role and priority the bucket names, lasting until
    /// [`Sections::end_label`].
    pub fn bucket(
        &mut self,
        raw: &str,
        line: usize,
        legend: &Legend,
        role: Role,
        p: Option<Priority>,
    ) {
        // Inside any label in force ("**Plan:**" over the buckets).
        self.push(7, raw, line, legend, false);
        let last = self.list.len() - 1;
        self.list[last].role = Some(role);
        self.list[last].bucket = role == Role::Plan;
        if p.is_some() {
            self.list[last].read.priority = p;
        }
    }

    /// Ends the label in force when it names a role other than the plan
    /// ("**Impact:**", "**Risks:**"): a fix stated after it is not one of
    /// its lines.
    pub fn end_field_label(&mut self, next_line: usize) {
        let names_other = |h: &Heading| h.role.is_some_and(|r| r != Role::Plan) && !h.bucket;
        if self
            .stack
            .last()
            .is_some_and(|&top| names_other(&self.list[top]))
        {
            self.end_label(next_line);
        }
    }

    /// Ends the label in force, if any (the list under a bucket ended).
    pub fn end_label(&mut self, next_line: usize) {
        if let Some(&top) = self.stack.last() {
            if self.list[top].read.level == 7 {
                self.close(top, next_line);
                self.stack.pop();
            }
        }
    }

    fn push(&mut self, level: u8, raw: &str, line: usize, legend: &Legend, is_title: bool) {
        let mut read = Section::read(level, raw, line, legend);
        read.is_title = is_title;
        let role = if is_title {
            None
        } else {
            // A heading marked done or missing reports a state.
            role_of(&read.title)
                .or_else(|| super::cues::has_state_mark(raw).then_some(Role::Record))
        };
        self.list.push(Heading {
            read,
            role,
            parent: self.stack.last().copied(),
            task: false,
            bucket: false,
            end_line: usize::MAX,
        });
        self.stack.push(self.list.len() - 1);
    }

    fn close(&mut self, i: usize, next_line: usize) {
        self.list[i].end_line = next_line.saturating_sub(1);
    }

    /// True when the innermost section at `at` is a MoSCoW bucket.
    pub fn in_bucket(&self, at: Option<usize>) -> bool {
        at.is_some_and(|i| self.list[i].bucket)
    }

    /// The innermost section in force.
    pub fn current(&self) -> Option<usize> {
        self.stack.last().copied()
    }

    /// Sections from `at` outwards.
    pub fn chain(&self, at: Option<usize>) -> impl Iterator<Item = &Heading> {
        std::iter::successors(at, move |&i| self.list[i].parent).map(move |i| &self.list[i])
    }

    /// Indices of the sections from `at` outwards.
    pub fn chain_ids(&self, at: Option<usize>) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(at, move |&i| self.list[i].parent)
    }

    /// The innermost role in force and the section that names it.
    ///
    /// A stage heading inside acceptance criteria or metrics ("Phase 2 is
    /// done when:" under "Success Criteria") sorts the criteria by stage: the
    /// outer role holds.
    pub fn role(&self, at: Option<usize>) -> Option<(Role, usize)> {
        let inner = self
            .chain_ids(at)
            .find_map(|i| self.list[i].role.map(|r| (r, i)))?;
        if inner.0 != Role::Plan || !self.list[inner.1].read.is_phase() {
            return Some(inner);
        }
        let outer = self
            .chain_ids(self.list[inner.1].parent)
            .find_map(|i| self.list[i].role.map(|r| (r, i)));
        match outer {
            Some((Role::Criteria | Role::Metrics, _)) => outer,
            _ => Some(inner),
        }
    }

    /// The section that names the stage of the plan a point belongs to: the
    /// outermost stage that is one of a sequence ("Phase 1" over "Week 1"
    /// over "Monday-Tuesday"), else the innermost stage.
    pub fn phase(&self, at: Option<usize>) -> Option<usize> {
        let at = at?;
        match self.phases.get(at) {
            Some(known) => *known,
            None => self.find_phase(Some(at)),
        }
    }

    /// Appends the sections of a later part of the report, walked on its own.
    /// Its top sections sit under the document's title, if one is open.
    pub fn append(&mut self, later: Sections) {
        let offset = self.list.len();
        let first_level = later.list.first().map_or(u8::MAX, |h| h.read.level);
        let title = self
            .list
            .iter()
            .position(|h| h.read.is_title && h.read.level < first_level);
        self.list.extend(later.list.into_iter().map(|mut h| {
            h.parent = h.parent.map(|p| p + offset).or(title);
            h
        }));
    }

    /// Reads every section's stage once, when the report has been walked.
    pub fn finish(&mut self) {
        self.phase_members = vec![0; self.list.len() + 1];
        for h in &self.list {
            if !h.read.is_title && h.read.is_phase() {
                let slot = h.parent.map_or(self.list.len(), |p| p);
                self.phase_members[slot] += 1;
            }
        }
        self.phases = (0..self.list.len())
            .map(|i| self.find_phase(Some(i)))
            .collect();
    }

    fn find_phase(&self, at: Option<usize>) -> Option<usize> {
        let stages: Vec<usize> = self
            .chain_ids(at)
            .filter(|&i| !self.list[i].read.is_title && self.list[i].read.is_phase())
            .collect();
        // One of a sequence: its parent holds another stage too.
        let in_sequence = |i: usize| {
            let slot = self.list[i].parent.map_or(self.list.len(), |p| p);
            if self.phase_members.is_empty() {
                let parent = self.list[i].parent;
                return self
                    .list
                    .iter()
                    .filter(|h| h.parent == parent && h.read.is_phase())
                    .count()
                    >= 2;
            }
            self.phase_members[slot] >= 2
        };
        stages
            .iter()
            .rev()
            .copied()
            .find(|&i| in_sequence(i))
            .or_else(|| stages.first().copied())
    }

    /// The innermost priority stated by a heading or label.
    pub fn priority(&self, at: Option<usize>) -> Option<Priority> {
        self.chain(at)
            .filter(|h| !h.read.is_title)
            .find_map(|h| h.read.priority)
    }

    /// Sets a priority banner on the innermost heading ("**Priority:
    /// Critical**" right under "### Phase 1").
    pub fn set_priority(&mut self, p: Priority) {
        let at = self
            .stack
            .iter()
            .rev()
            .copied()
            .find(|&i| self.list[i].read.level < 7);
        if let Some(i) = at {
            self.list[i].read.priority.get_or_insert(p);
        }
    }
}
