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
    pub summary: Option<String>,
    pub audit_date: Option<chrono::NaiveDate>,
}

impl Drafts {
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
        let key = phase.name.to_lowercase();
        // What a phase implies about urgency: its priority, else its horizon's.
        let implied = |p: &PhaseDraft| p.priority.or(p.horizon.map(super::walk::horizon_priority));
        let agree = |a: Option<Priority>, b: Option<Priority>| a.is_none() || b.is_none() || a == b;
        let same = |p: &PhaseDraft| {
            let lower = |w: &Option<String>| w.as_ref().map(|w| w.to_lowercase());
            let same_window = p.window.is_some() && lower(&p.window) == lower(&phase.window);
            let windows_agree = p.window.is_none() || phase.window.is_none() || same_window;
            if p.name.to_lowercase() == key {
                return windows_agree && agree(p.priority, phase.priority);
            }
            let same_horizon = p.horizon.is_some() && p.horizon == phase.horizon;
            (same_window && agree(implied(p), implied(&phase)))
                || (same_horizon && windows_agree && agree(p.priority, phase.priority))
        };
        if let Some(i) = self.phases.iter().position(same) {
            let existing = &mut self.phases[i];
            if existing.window.is_none() {
                existing.window = phase.window;
            }
            if existing.priority.is_none() {
                existing.priority = phase.priority;
            }
            if !existing.mentions.contains(&phase.line) {
                existing.mentions.push(phase.line);
            }
            return i;
        }
        let mut phase = phase;
        phase.mentions = vec![phase.line];
        self.phases.push(phase);
        self.phases.len() - 1
    }
}
