//! The task editor: a small form over the selected task (or a new one). Every
//! field is parsed by the model's own parsers when the form is submitted; if
//! any field is malformed nothing is applied and the error names the field.

use super::input::{Edit, Input};
use crate::model::{Effort, Money, Priority, Status, Task};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldName {
    Title,
    Priority,
    Status,
    Effort,
    CostOnce,
    CostMonthly,
    Category,
    Level,
    Notes,
}

impl FieldName {
    pub const ALL: [FieldName; 9] = [
        FieldName::Title,
        FieldName::Priority,
        FieldName::Status,
        FieldName::Effort,
        FieldName::CostOnce,
        FieldName::CostMonthly,
        FieldName::Category,
        FieldName::Level,
        FieldName::Notes,
    ];

    pub fn label(self) -> &'static str {
        match self {
            FieldName::Title => "Title",
            FieldName::Priority => "Priority",
            FieldName::Status => "Status",
            FieldName::Effort => "Effort",
            FieldName::CostOnce => "One-time cost",
            FieldName::CostMonthly => "Monthly cost",
            FieldName::Category => "Category",
            FieldName::Level => "Level",
            FieldName::Notes => "Notes",
        }
    }

    /// What to type, shown beside an empty field.
    pub fn hint(self) -> &'static str {
        match self {
            FieldName::Title => "(required)",
            FieldName::Priority | FieldName::Status => "(←/→ to change)",
            FieldName::Effort => "(none; e.g. 4h, 1.5d, 2w, 40-60h)",
            FieldName::CostOnce => "(none; e.g. 50, 400-850, 15k)",
            FieldName::CostMonthly => "(none; per month, e.g. 50, 20-40)",
            FieldName::Category => "(none; e.g. CI/CD, Monitoring)",
            FieldName::Level => "(none; a maturity level number)",
            FieldName::Notes => "(none; alt-enter for a new line)",
        }
    }
}

/// A field's value: free text, or one of a closed list of words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(Input),
    Choice {
        words: &'static [&'static str],
        index: usize,
    },
}

/// Whether the form edits an existing task or creates one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Existing { id: String },
    New { phase: String },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Editor {
    pub target: Target,
    /// The task as it was when the form opened (a blank one for a new task).
    pub original: Task,
    pub values: Vec<Value>,
    pub focus: usize,
    /// The field that failed to parse on the last submit, and why.
    pub error: Option<(FieldName, String)>,
}

fn text(s: impl Into<String>) -> Value {
    Value::Text(Input::new(s))
}

fn opt_text<T: ToString>(v: &Option<T>) -> Value {
    text(v.as_ref().map(ToString::to_string).unwrap_or_default())
}

impl Editor {
    pub fn open(target: Target, task: &Task) -> Editor {
        let values = FieldName::ALL
            .iter()
            .map(|f| match f {
                FieldName::Title => text(task.title.clone()),
                FieldName::Priority => Value::Choice {
                    words: Priority::WORDS,
                    index: task.priority as usize,
                },
                FieldName::Status => Value::Choice {
                    words: Status::WORDS,
                    index: task.status as usize,
                },
                FieldName::Effort => opt_text(&task.effort),
                FieldName::CostOnce => opt_text(&task.cost_once),
                FieldName::CostMonthly => opt_text(&task.cost_monthly),
                FieldName::Category => opt_text(&task.category),
                FieldName::Level => opt_text(&task.level),
                FieldName::Notes => opt_text(&task.notes),
            })
            .collect();
        Editor {
            target,
            original: task.clone(),
            values,
            focus: 0,
            error: None,
        }
    }

    pub fn focused(&self) -> FieldName {
        FieldName::ALL[self.focus.min(FieldName::ALL.len() - 1)]
    }

    pub fn move_focus(&mut self, by: isize) {
        let n = self.values.len() as isize;
        self.focus = (self.focus as isize + by).rem_euclid(n) as usize;
    }

    /// A keystroke in the focused field. Choice fields cycle with ←/→ and
    /// jump to the word starting with a typed letter.
    pub fn edit(&mut self, edit: Edit) {
        let Some(value) = self.values.get_mut(self.focus) else {
            return;
        };
        match value {
            Value::Text(input) => input.apply(edit),
            Value::Choice { words, index } => {
                let n = words.len();
                match edit {
                    Edit::Left => *index = (*index + n - 1) % n,
                    Edit::Right | Edit::Insert(' ') => *index = (*index + 1) % n,
                    Edit::Insert(c) => {
                        // The next word with that initial: `d` twice goes doing → done.
                        let c = c.to_ascii_lowercase();
                        if let Some(i) = (1..=n)
                            .map(|step| (*index + step) % n)
                            .find(|&i| words[i].starts_with(c))
                        {
                            *index = i;
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    fn text_of(&self, field: FieldName) -> &str {
        match self.values.get(field as usize) {
            Some(Value::Text(i)) => i.text.trim(),
            Some(Value::Choice { words, index }) => words.get(*index).copied().unwrap_or(""),
            None => "",
        }
    }

    /// The edited task, or the first field that does not parse. The status is
    /// returned apart because changing it goes through the model's
    /// `set_status` (which also keeps `done_on`).
    pub fn parse(&self) -> Result<(Task, Status), (FieldName, String)> {
        let mut task = self.original.clone();
        let title = self.text_of(FieldName::Title);
        if title.is_empty() {
            return Err((FieldName::Title, "a task needs a title".into()));
        }
        task.title = title.to_string();
        task.priority = self
            .text_of(FieldName::Priority)
            .parse()
            .map_err(|e: crate::model::kinds::UnknownWord| (FieldName::Priority, e.to_string()))?;
        let status: Status = self
            .text_of(FieldName::Status)
            .parse()
            .map_err(|e: crate::model::kinds::UnknownWord| (FieldName::Status, e.to_string()))?;
        task.effort = optional(self.text_of(FieldName::Effort), Effort::parse)
            .map_err(|e| (FieldName::Effort, e.to_string()))?;
        task.cost_once = optional(self.text_of(FieldName::CostOnce), Money::parse)
            .map_err(|e| (FieldName::CostOnce, e.to_string()))?;
        task.cost_monthly = optional(self.text_of(FieldName::CostMonthly), Money::parse)
            .map_err(|e| (FieldName::CostMonthly, e.to_string()))?;
        let category = self.text_of(FieldName::Category);
        task.category = (!category.is_empty()).then(|| category.to_string());
        task.level = optional(self.text_of(FieldName::Level), |s| {
            s.parse::<u32>()
                .map_err(|_| format!("`{s}` is not a level number (write e.g. `2`)"))
        })
        .map_err(|e| (FieldName::Level, e))?;
        // Notes keep their inner line breaks; only the ends are trimmed.
        let notes = match self.values.get(FieldName::Notes as usize) {
            Some(Value::Text(i)) => i.text.trim().to_string(),
            _ => String::new(),
        };
        task.notes = (!notes.is_empty()).then_some(notes);
        Ok((task, status))
    }
}

fn optional<T, E>(s: &str, parse: impl Fn(&str) -> Result<T, E>) -> Result<Option<T>, E> {
    if s.is_empty() {
        Ok(None)
    } else {
        parse(s).map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn editor() -> Editor {
        let mut t = Task::new("t1", "w1", "Old title");
        t.effort = Some(Effort::parse("4h").unwrap());
        t.notes = Some("line one\nline two".into());
        Editor::open(Target::Existing { id: "t1".into() }, &t)
    }

    fn set(e: &mut Editor, field: FieldName, value: &str) {
        e.values[field as usize] = Value::Text(Input::new(value));
    }

    #[test]
    fn opens_with_the_task_values_in_file_form() {
        let e = editor();
        assert_eq!(e.text_of(FieldName::Title), "Old title");
        assert_eq!(e.text_of(FieldName::Effort), "4h");
        assert_eq!(e.text_of(FieldName::Priority), "medium");
        assert_eq!(e.text_of(FieldName::Level), "");
    }

    #[test]
    fn parses_every_field_through_the_model() {
        let mut e = editor();
        set(&mut e, FieldName::Title, "  New title ");
        set(&mut e, FieldName::Effort, "2-3d");
        set(&mut e, FieldName::CostOnce, "$400-850");
        set(&mut e, FieldName::CostMonthly, "50");
        set(&mut e, FieldName::Level, "2");
        set(&mut e, FieldName::Notes, "");
        e.focus = FieldName::Priority as usize;
        e.edit(Edit::Insert('c'));
        e.focus = FieldName::Status as usize;
        e.edit(Edit::Right);
        let (task, status) = e.parse().unwrap();
        assert_eq!(task.title, "New title");
        assert_eq!(task.priority, Priority::Critical);
        assert_eq!(status, Status::Doing);
        assert_eq!(task.effort.unwrap().to_string(), "2-3d");
        assert_eq!(task.cost_once, Some(Money::range(400.0, 850.0)));
        assert_eq!(task.cost_monthly, Some(Money::point(50.0)));
        assert_eq!(task.level, Some(2));
        assert_eq!(task.notes, None);
        assert_eq!(task.status, Status::Todo, "status is applied separately");
    }

    #[test]
    fn a_malformed_field_is_refused_and_named() {
        let mut e = editor();
        set(&mut e, FieldName::Effort, "a while");
        let (field, msg) = e.parse().unwrap_err();
        assert_eq!(field, FieldName::Effort);
        assert!(msg.contains("`a while` is not an effort"), "{msg}");
        set(&mut e, FieldName::Effort, "");
        set(&mut e, FieldName::CostMonthly, "lots");
        assert_eq!(e.parse().unwrap_err().0, FieldName::CostMonthly);
        set(&mut e, FieldName::CostMonthly, "");
        set(&mut e, FieldName::Title, "   ");
        assert_eq!(e.parse().unwrap_err().0, FieldName::Title);
        set(&mut e, FieldName::Title, "ok");
        set(&mut e, FieldName::Level, "two");
        assert_eq!(e.parse().unwrap_err().0, FieldName::Level);
    }

    #[test]
    fn choices_cycle_both_ways() {
        let mut e = editor();
        e.focus = FieldName::Priority as usize;
        e.edit(Edit::Left);
        assert_eq!(e.text_of(FieldName::Priority), "high");
        e.edit(Edit::Right);
        e.edit(Edit::Right);
        e.edit(Edit::Right);
        assert_eq!(e.text_of(FieldName::Priority), "critical");
        e.move_focus(-3);
        assert_eq!(e.focused(), FieldName::Level);
    }
}
