//! A finding and the task of the plan that fixes it: the problem's words
//! ("C-01: Production Secrets in Version Control") and the remedy's ("Remove
//! .env.production from git history and rotate ALL secrets") are far apart,
//! but the steps of the finding's remediation ("Remove .env.production
//! from git history", "Rotate ALL production credentials") and the plan's
//! line are not.

use super::super::similarity::action_words;
use super::super::vocab::starts_with_action;
use super::candidate::Candidate;
use super::sections::Sections;
use std::collections::HashSet;

/// Least share of a plan task's key words that a finding's title and the
/// steps of its remediation must hold for the task to be that fix.
const FIX_IN_STEPS: f64 = 0.6;

/// What each kept candidate is for this reading.
pub struct Fixes {
    /// The key words of its steps (the items under it left out as "a step
    /// of" it).
    steps: Vec<HashSet<String>>,
    /// A finding: a problem stated (not work named) outside the schedule,
    /// with the steps of its remedy below it.
    pub finding: Vec<bool>,
    /// A fix: work the plan names, as an instruction, with no steps below.
    pub task: Vec<bool>,
}

impl Fixes {
    pub fn read(cands: &[Candidate], sections: &Sections) -> Fixes {
        let mut steps = vec![HashSet::new(); cands.len()];
        for c in cands {
            let step = c
                .verdict
                .as_ref()
                .is_some_and(|v| !v.keep && v.reason.starts_with("a step of"));
            let mut at = c.parent.filter(|_| step && c.same_as.is_none());
            while let Some(p) = at {
                if cands[p].kept() {
                    steps[p].extend(action_words(&c.title));
                    break;
                }
                at = cands[p].parent;
            }
        }
        let planned = |c: &Candidate| super::dedupe::planned(c, sections);
        let finding = cands
            .iter()
            .zip(&steps)
            .map(|(c, s)| {
                c.kept()
                    && !s.is_empty()
                    && sections.phase(c.section).is_none()
                    && !starts_with_action(&c.title)
            })
            .collect();
        let task = cands
            .iter()
            .zip(&steps)
            .map(|(c, s)| c.kept() && s.is_empty() && planned(c) && starts_with_action(&c.title))
            .collect();
        Fixes {
            steps,
            finding,
            task,
        }
    }

    /// How much of a task's key words the finding `at` (its title `title`
    /// and its steps) holds, when that is enough for the task to be its
    /// fix: the task shares a word with the finding's own title (what both
    /// are about) and one with its steps alone (what the remedy does).
    pub fn share(&self, task: &HashSet<String>, title: &HashSet<String>, at: usize) -> Option<f64> {
        let steps = &self.steps[at];
        let about = task.iter().any(|w| title.contains(w))
            && task.iter().any(|w| !title.contains(w) && steps.contains(w));
        let n = task
            .iter()
            .filter(|w| title.contains(*w) || steps.contains(*w))
            .count();
        let share = n as f64 / task.len().max(1) as f64;
        (about && n >= 2 && share >= FIX_IN_STEPS).then_some(share)
    }
}
