//! The dialogs over the parts of a roadmap that are not tasks: the list of
//! phases (`P`) or findings (`A`), each with a form to add or edit one, and
//! the project's form (`C`). A form is one typed line per field of the
//! model's field table, read back with the table's own parsers
//! (`model::change::assign_fields`) and turned into one change by the
//! model's builders, so the planner and `roadmap phase|finding|project`
//! make the same edits.

use super::input::{Edit, Input};
use crate::model::change::{
    add_finding, add_phase, addressing, assign_fields, blank_finding, blank_phase, edit_finding,
    edit_phase, phase_tasks, remove_finding, remove_phase, set_project, Change, HeadError,
};
use crate::model::fields::{Field, FINDING_FIELDS, PHASE_FIELDS, PROJECT_FIELDS};
use crate::model::Roadmap;

/// Which records a list dialog holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Phases,
    Findings,
}

impl Kind {
    pub fn len(self, r: &Roadmap) -> usize {
        match self {
            Kind::Phases => r.phases.len(),
            Kind::Findings => r.findings.len(),
        }
    }

    /// The id of the record at `at`.
    pub fn id_at(self, r: &Roadmap, at: usize) -> Option<String> {
        match self {
            Kind::Phases => r.phases.get(at).map(|p| p.id.clone()),
            Kind::Findings => r.findings.get(at).map(|f| f.id.clone()),
        }
    }
}

/// What a form edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A new phase, inserted after position `after` (or first).
    NewPhase {
        at: usize,
    },
    Phase {
        id: String,
    },
    NewFinding,
    Finding {
        id: String,
    },
    Project,
}

/// A form of typed fields, in the field table's order.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub subject: Subject,
    pub labels: Vec<&'static str>,
    pub keys: Vec<&'static str>,
    /// What to type, beside an empty field.
    pub hints: Vec<&'static str>,
    pub inputs: Vec<Input>,
    pub focus: usize,
    /// Why the last submit was refused.
    pub error: Option<String>,
}

/// A delete waiting for an answer: where a phase's tasks go (an index
/// into the phases), or that a finding's references go with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deleting {
    Phase { id: String, tasks: usize, to: usize },
    Finding { id: String, tasks: Vec<String> },
}

/// The open dialog: a list with maybe a form or a question over it, or a
/// form alone (the project).
#[derive(Debug, Clone, PartialEq)]
pub struct Records {
    /// The list and its cursor; `None` for the project's form.
    pub list: Option<(Kind, usize)>,
    pub form: Option<Form>,
    pub deleting: Option<Deleting>,
}

fn hint(key: &str) -> &'static str {
    match key {
        "start" | "end" | "audit_date" => "YYYY-MM-DD",
        "window" => "as the plan says it: Week 1-2",
        "kind" => "gap, strength or risk",
        "severity" => "critical, high, medium, low or info",
        "score" | "target" | "max" => "a number",
        "hours_per_day" => "8",
        "days_per_week" => "5",
        "currency" => "USD, EUR…",
        _ => "",
    }
}

fn form_of<R>(subject: Subject, fields: &'static [Field<R>], record: &R) -> Form {
    let text = |f: &Field<R>| (f.get)(record).map(|v| v.to_text(", ")).unwrap_or_default();
    let mut form = Form {
        subject,
        labels: fields.iter().map(|f| f.label).collect(),
        keys: fields.iter().map(|f| f.key).collect(),
        hints: fields.iter().map(|f| hint(f.key)).collect(),
        inputs: fields.iter().map(|f| Input::new(text(f))).collect(),
        focus: 0,
        error: None,
    };
    // A new record starts where it most needs typing: its name or title.
    form.focus = form
        .keys
        .iter()
        .position(|k| matches!(*k, "name" | "title"))
        .unwrap_or(0);
    form
}

impl Form {
    pub fn new_phase(r: &Roadmap, at: usize) -> Form {
        form_of(Subject::NewPhase { at }, PHASE_FIELDS, &blank_phase(r))
    }

    pub fn phase(r: &Roadmap, id: &str) -> Option<Form> {
        let p = r.phase(id)?;
        let mut form = form_of(Subject::Phase { id: id.into() }, PHASE_FIELDS, p);
        form.focus = 1;
        Some(form)
    }

    pub fn new_finding(r: &Roadmap) -> Form {
        form_of(Subject::NewFinding, FINDING_FIELDS, &blank_finding(r))
    }

    pub fn finding(r: &Roadmap, id: &str) -> Option<Form> {
        let f = r.finding(id)?;
        Some(form_of(
            Subject::Finding { id: id.into() },
            FINDING_FIELDS,
            f,
        ))
    }

    pub fn project(r: &Roadmap) -> Form {
        form_of(Subject::Project, PROJECT_FIELDS, &r.project)
    }

    pub fn title(&self) -> String {
        match &self.subject {
            Subject::NewPhase { .. } => "New phase".into(),
            Subject::Phase { id } => format!("Phase {id}"),
            Subject::NewFinding => "New finding".into(),
            Subject::Finding { id } => format!("Finding {id}"),
            Subject::Project => "Project".into(),
        }
    }

    pub fn move_focus(&mut self, by: isize) {
        let n = self.inputs.len() as isize;
        self.focus = (self.focus as isize + by).rem_euclid(n) as usize;
    }

    pub fn edit(&mut self, edit: Edit) {
        if let Some(input) = self.inputs.get_mut(self.focus) {
            input.apply(edit);
        }
        self.error = None;
    }

    /// What the form says, as `(key, text)` pairs.
    fn pairs(&self) -> Vec<(&str, &str)> {
        self.keys
            .iter()
            .zip(&self.inputs)
            .map(|(k, i)| (*k, i.text.as_str()))
            .collect()
    }

    /// The change the form asks for, or why it cannot be made (the
    /// field's name first when one field is to blame).
    pub fn change(&self, r: &Roadmap) -> Result<(Change, String), String> {
        let pairs = self.pairs();
        let result = match &self.subject {
            Subject::NewPhase { at } => {
                assign_fields(&blank_phase(r), PHASE_FIELDS, "phase", &pairs).and_then(|p| {
                    let label = format!("add phase {}", p.id);
                    add_phase(r, p, *at).map(|c| (c, label))
                })
            }
            Subject::Phase { id } => {
                let before = r.phase(id).ok_or_else(|| missing("phase", id))?;
                assign_fields(before, PHASE_FIELDS, "phase", &pairs)
                    .and_then(|p| edit_phase(r, id, p).map(|c| (c, format!("edit phase {id}"))))
            }
            Subject::NewFinding => {
                assign_fields(&blank_finding(r), FINDING_FIELDS, "finding", &pairs).and_then(|f| {
                    let label = format!("add finding {}", f.id);
                    add_finding(r, f, usize::MAX).map(|c| (c, label))
                })
            }
            Subject::Finding { id } => {
                let before = r.finding(id).ok_or_else(|| missing("finding", id))?;
                assign_fields(before, FINDING_FIELDS, "finding", &pairs)
                    .and_then(|f| edit_finding(r, id, f).map(|c| (c, format!("edit finding {id}"))))
            }
            Subject::Project => assign_fields(&r.project, PROJECT_FIELDS, "project", &pairs)
                .and_then(|p| set_project(r, p).map(|c| (c, "edit the project".into()))),
        };
        result.map_err(|e| e.to_string())
    }

    /// The id the record will have once the form is applied.
    pub fn id_after(&self) -> Option<String> {
        let at = self.keys.iter().position(|k| *k == "id")?;
        Some(self.inputs[at].text.trim().to_string())
    }
}

fn missing(what: &str, id: &str) -> String {
    format!("the {what} `{id}` is gone (changed on disk?); close the form with esc")
}

impl Deleting {
    /// The question for deleting the record `id` of `kind`.
    pub fn ask(r: &Roadmap, kind: Kind, id: &str) -> Deleting {
        match kind {
            Kind::Phases => {
                let at = r.phases.iter().position(|p| p.id == id).unwrap_or(0);
                Deleting::Phase {
                    id: id.into(),
                    tasks: phase_tasks(r, id).len(),
                    // The tasks go to the next phase, or the one before the last.
                    to: if at + 1 < r.phases.len() {
                        at + 1
                    } else {
                        at.saturating_sub(1)
                    },
                }
            }
            Kind::Findings => Deleting::Finding {
                id: id.into(),
                tasks: addressing(r, id),
            },
        }
    }

    /// ←/→ chooses the phase a deleted phase's tasks go to, never itself.
    pub fn cycle(&mut self, r: &Roadmap, by: isize) {
        let Deleting::Phase { id, to, .. } = self else {
            return;
        };
        let n = r.phases.len() as isize;
        for step in 1..=n {
            let next = (*to as isize + by * step).rem_euclid(n) as usize;
            if r.phases[next].id != *id {
                *to = next;
                return;
            }
        }
    }

    /// The change the answer asks for.
    pub fn change(&self, r: &Roadmap) -> Result<(Change, String), HeadError> {
        match self {
            Deleting::Phase { id, tasks, to } => {
                let target = r.phases.get(*to).map(|p| p.id.as_str());
                let target = target.filter(|_| *tasks > 0);
                remove_phase(r, id, target).map(|c| (c, format!("delete phase {id}")))
            }
            Deleting::Finding { id, tasks } => remove_finding(r, id, !tasks.is_empty())
                .map(|c| (c, format!("delete finding {id}"))),
        }
    }
}
