//! What the recognisers produce before the roadmap is assembled: tasks and
//! phases as read, with where each came from, and the warnings so far.

use super::window::Horizon;
use super::{ImportWarning, WarningKind};
use crate::model::{Effort, Finding, Money, Priority};

/// How a task's priority was learned; a stronger source wins when the same
/// task is mentioned twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PrioritySource {
    /// Guessed from the phase's horizon ("immediate" → critical).
    Horizon,
    /// Stated by a heading or label above the task.
    Section,
    /// Stated on the task itself ("Priority: HIGH", "[P1]", a coloured marker).
    Own,
}

/// A phase as a heading or label names it.
#[derive(Debug, Clone, PartialEq)]
pub struct PhaseDraft {
    pub name: String,
    pub window: Option<String>,
    pub horizon: Option<Horizon>,
    pub priority: Option<Priority>,
    pub line: usize,
    /// Every line where a heading or label names this phase.
    pub mentions: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TaskDraft {
    pub title: String,
    pub notes: Vec<String>,
    pub priority: Option<(Priority, PrioritySource)>,
    pub effort: Option<Effort>,
    pub cost_once: Option<Money>,
    pub cost_monthly: Option<Money>,
    /// Index into [`Drafts::phases`].
    pub phase: Option<usize>,
    pub category: Option<String>,
    /// Who the report gives the work to (an Owner column or line).
    pub owner: Option<String>,
    pub done: bool,
    pub line: usize,
}

impl TaskDraft {
    pub fn new(title: String, line: usize) -> TaskDraft {
        TaskDraft {
            title,
            notes: Vec::new(),
            priority: None,
            effort: None,
            cost_once: None,
            cost_monthly: None,
            phase: None,
            category: None,
            owner: None,
            done: false,
            line,
        }
    }
}

/// Everything read from a report, before assembly.
#[derive(Debug, Default)]
pub struct Drafts {
    pub phases: Vec<PhaseDraft>,
    pub tasks: Vec<TaskDraft>,
    pub findings: Vec<Finding>,
    pub warnings: Vec<ImportWarning>,
    /// Currencies seen, most frequent becomes the project's.
    pub currencies: Vec<&'static str>,
    pub project_name: Option<String>,
    /// The phase each heading or label line names, once resolved.
    pub phase_at_line: std::collections::HashMap<usize, usize>,
    /// Phases by lower-case name, `window:…` and `horizon:…`.
    pub phase_keys: std::collections::HashMap<String, Vec<usize>>,
    pub summary: Option<String>,
    pub audit_date: Option<chrono::NaiveDate>,
}

impl Drafts {
    /// Adds what the walk over the rest of the report read: the project, its
    /// findings and their warnings, ahead of the plan's.
    pub fn take_facts(&mut self, mut facts: Drafts) {
        self.findings.append(&mut facts.findings);
        facts.warnings.append(&mut self.warnings);
        self.warnings = facts.warnings;
        self.currencies.append(&mut facts.currencies);
        self.project_name = self.project_name.take().or(facts.project_name);
        self.summary = self.summary.take().or(facts.summary);
        self.audit_date = self.audit_date.or(facts.audit_date);
    }

    pub fn warn(&mut self, line: Option<usize>, kind: WarningKind, message: impl Into<String>) {
        self.warnings.push(ImportWarning {
            line,
            kind,
            message: message.into(),
        });
    }

    /// The index of the phase named by `phase`, adding it if new. Phases
    /// with the same name, or the same window and no conflicting horizon or
    /// priority, are one phase mentioned twice.
    pub fn phase_index(&mut self, phase: PhaseDraft) -> usize {
        if let Some(&i) = self.phase_at_line.get(&phase.line) {
            return i;
        }
        let line = phase.line;
        let i = self.find_or_add_phase(phase);
        self.phase_at_line.insert(line, i);
        i
    }

    fn find_or_add_phase(&mut self, phase: PhaseDraft) -> usize {
        let key = phase.name.to_lowercase();
        let window_key = phase.window.as_ref().map(|w| w.to_lowercase());
        // What a phase implies about urgency: its priority, else its horizon's.
        let implied = |p: &PhaseDraft| p.priority.or(p.horizon.map(super::walk::horizon_priority));
        let agree = |a: Option<Priority>, b: Option<Priority>| a.is_none() || b.is_none() || a == b;
        let same = |p: &PhaseDraft| {
            let same_window =
                p.window.is_some() && p.window.as_ref().map(|w| w.to_lowercase()) == window_key;
            let windows_agree = p.window.is_none() || phase.window.is_none() || same_window;
            if p.name.to_lowercase() == key {
                return windows_agree && agree(p.priority, phase.priority);
            }
            let same_horizon = p.horizon.is_some() && p.horizon == phase.horizon;
            (same_window && agree(implied(p), implied(&phase)))
                || (same_horizon && windows_agree && agree(p.priority, phase.priority))
        };
        // Only phases sharing the name, window or horizon can be the same:
        // look those up instead of scanning every phase.
        let mut candidates: Vec<usize> = Vec::new();
        candidates.extend(self.phase_keys.get(&key).into_iter().flatten());
        if let Some(w) = &window_key {
            candidates.extend(
                self.phase_keys
                    .get(&format!("window:{w}"))
                    .into_iter()
                    .flatten(),
            );
        }
        if let Some(h) = phase.horizon {
            candidates.extend(
                self.phase_keys
                    .get(&format!("horizon:{h:?}"))
                    .into_iter()
                    .flatten(),
            );
        }
        candidates.sort_unstable();
        if let Some(i) = candidates.into_iter().find(|i| same(&self.phases[*i])) {
            let existing = &mut self.phases[i];
            if existing.window.is_none() {
                if let Some(w) = &window_key {
                    self.phase_keys
                        .entry(format!("window:{w}"))
                        .or_default()
                        .push(i);
                }
                existing.window = phase.window;
            }
            if existing.priority.is_none() {
                existing.priority = phase.priority;
            }
            existing.mentions.push(phase.line);
            return i;
        }
        let i = self.phases.len();
        self.phase_keys.entry(key).or_default().push(i);
        if let Some(w) = window_key {
            self.phase_keys
                .entry(format!("window:{w}"))
                .or_default()
                .push(i);
        }
        if let Some(h) = phase.horizon {
            self.phase_keys
                .entry(format!("horizon:{h:?}"))
                .or_default()
                .push(i);
        }
        let mut phase = phase;
        phase.mentions = vec![phase.line];
        self.phases.push(phase);
        self.phases.len() - 1
    }
}
