//! A candidate: one thing in the report that could be a task (a list item, a
//! table row, a heading, a bold lead-in), with what it says about itself,
//! where it sits, and, once decided, whether it is kept and why.

use crate::model::{Effort, Money, Priority};

/// The structure a candidate came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A list item, `depth` 0 at the top; `checkbox` is `Some(done)` for `[ ]`/`[x]`.
    Item {
        depth: usize,
        ordered: bool,
        checkbox: Option<bool>,
    },
    /// A row of a table whose columns were read for their roles.
    Row,
    /// A heading of `level` 1-6 that may itself name a task.
    Heading(u8),
    /// A paragraph that opens with bold text: `**1. Enable backups** — …`.
    Lead,
}

/// How sure the report is about an attribute: an item's own label beats its
/// table column, which beats a heading or banner above it, which beats a
/// guess from a time horizon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    Guess,
    /// The severity of the finding a task fixes: below any stated priority.
    Severity,
    Banner,
    Column,
    Own,
}

/// What a candidate states about the work.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Attrs {
    pub priority: Option<(Priority, Scope)>,
    pub effort: Option<Effort>,
    pub cost_once: Option<Money>,
    pub cost_monthly: Option<Money>,
    pub done: Option<bool>,
    /// A time window stated on the candidate or in its phase column.
    pub window: Option<String>,
    /// How long the work is given, stated as when it is due and nothing
    /// else ("**Сроки:** 1 неделя", "**Timeline:** 2 days"): its effort when
    /// no mention estimates it.
    pub span: Option<Effort>,
    /// The phase named by a table column ("Sprint 2", "Q3").
    pub phase: Option<String>,
    pub owner: Option<String>,
    pub category: Option<String>,
    /// The currencies amounts were written in.
    pub currencies: Vec<&'static str>,
}

impl Attrs {
    /// True when the candidate carries an estimate, a cost or its own priority.
    pub fn is_specific(&self) -> bool {
        self.effort.is_some()
            || self.cost_once.is_some()
            || self.cost_monthly.is_some()
            || self
                .priority
                .is_some_and(|(_, s)| s >= Scope::Column || s == Scope::Severity)
    }

    /// Fills what `self` lacks from `other`; a priority from a surer scope wins.
    pub fn fill_from(&mut self, other: &Attrs) {
        match (self.priority, other.priority) {
            (None, p) => self.priority = p,
            (Some((_, mine)), Some((p, theirs))) if theirs > mine => {
                self.priority = Some((p, theirs))
            }
            _ => {}
        }
        self.effort = self.effort.or(other.effort);
        self.span = self.span.or(other.span);
        self.cost_once = self.cost_once.or(other.cost_once);
        self.cost_monthly = self.cost_monthly.or(other.cost_monthly);
        self.done = self.done.or(other.done);
        if self.window.is_none() {
            self.window.clone_from(&other.window);
        }
        if self.phase.is_none() {
            self.phase.clone_from(&other.phase);
        }
        if self.owner.is_none() {
            self.owner.clone_from(&other.owner);
        }
        if self.category.is_none() {
            self.category.clone_from(&other.category);
        }
        self.currencies.extend(other.currencies.iter().copied());
    }
}

/// Why a candidate was kept or left out, in words a lead reads in the review.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub keep: bool,
    pub reason: String,
    /// 0 to 1: how sure the importer is of this verdict.
    pub confidence: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub title: String,
    /// The candidate's whole text as written, for content cues.
    pub text: String,
    /// 1-based line in the report.
    pub line: usize,
    pub shape: Shape,
    /// Index of the innermost section (heading or label) in force.
    pub section: Option<usize>,
    /// That section's title, for the report.
    pub section_title: Option<String>,
    /// Index of the candidate this one is nested in (a parent item, or the
    /// heading candidate whose body holds it).
    pub parent: Option<usize>,
    pub attrs: Attrs,
    pub notes: Vec<String>,
    /// How many candidates are nested directly in this one.
    pub children: usize,
    /// Set by the decision.
    pub verdict: Option<Verdict>,
    /// Set when merged into another candidate as the same action.
    pub same_as: Option<usize>,
    /// The candidate is the fix a finding names ("**Fix:** …").
    pub fix: bool,
    /// Identifiers the candidate is known by (`F001`, `SEC-3`): mentions
    /// that share one are the same action.
    pub ids: Vec<String>,
    /// Its words are all inline code (a mapping, a call): see `Line::only_code`.
    pub only_code: bool,
    /// A row named by a label, not worded as work ("| Content Moderation |
    /// High | 6 hours |"), kept for the estimate its table gives it.
    pub label: bool,
}

impl Candidate {
    pub fn new(title: String, text: String, line: usize, shape: Shape) -> Candidate {
        let ids = super::title::leading_ids(&text);
        Candidate {
            title,
            text,
            line,
            shape,
            section: None,
            section_title: None,
            parent: None,
            attrs: Attrs::default(),
            notes: Vec::new(),
            children: 0,
            verdict: None,
            same_as: None,
            fix: false,
            ids,
            only_code: false,
            label: false,
        }
    }

    pub fn kept(&self) -> bool {
        self.verdict.as_ref().is_some_and(|v| v.keep) && self.same_as.is_none()
    }

    /// The item's checkbox: ticked, open, or none (and none for what is no item).
    pub fn checkbox(&self) -> Option<bool> {
        match self.shape {
            Shape::Item { checkbox, .. } => checkbox,
            _ => None,
        }
    }
}
