//! The task editor: a small form over the selected task (or a new one),
//! one line per field the model's field table puts in the editor. Every
//! field is parsed by the model's own parsers when the form is submitted;
//! if any field is malformed nothing is applied and the error names the
//! field.

use super::input::{Edit, Input};
use crate::model::fields::{Field, Kind, Presence, TASK_FIELDS};
use crate::model::{Phase, Priority, Status, Task};

/// The fields of the form, in the table's order.
pub fn form() -> Vec<&'static Field<Task>> {
    TASK_FIELDS.iter().filter(|f| f.shown.in_editor).collect()
}

/// Where the field written under `key` is on the form, if it is.
pub fn position(key: &str) -> Option<usize> {
    form().iter().position(|f| f.key == key)
}

/// The cells of the label column of the form, before each value.
pub const LABEL: usize = 16;

/// The form's width at most, in cells (border included).
pub const WIDTH: u16 = 76;

/// The cells the notes field wraps at on a screen `screen_width` wide:
/// the form's inside less the label column and its space.
pub fn notes_width(screen_width: u16) -> usize {
    (WIDTH.min(screen_width) as usize)
        .saturating_sub(2)
        .saturating_sub(LABEL + 1)
        .max(1)
}

/// The rows the notes field takes on a screen `screen_height` tall, when
/// the other fields (`fields` rows, one each) and the frame fit beside it:
/// up to 8, at least 1.
pub fn notes_rows(screen_height: u16, fields: usize) -> usize {
    let others = fields + 5; // the fields but notes, a blank, the help, the frame, a spare
    (screen_height as usize)
        .saturating_sub(others + 2)
        .clamp(1, 8)
}

/// A field's value: free text, or one of a closed list of words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(Input),
    Choice {
        words: &'static [&'static str],
        index: usize,
    },
    /// One of the roadmap's phases: `ids[index]` is written, `names` shown.
    Pick {
        ids: Vec<String>,
        names: Vec<String>,
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
    /// One per field of the [`form`].
    pub values: Vec<Value>,
    pub focus: usize,
    /// The field (by key) that failed to parse on the last submit, and why.
    pub error: Option<(&'static str, String)>,
}

impl Editor {
    /// The form over `task`; `phases` are the roadmap's, to choose from
    /// (a phase the task names that the roadmap lacks is offered too, so
    /// opening and applying the form changes nothing). Focus starts on the
    /// title.
    pub fn open(target: Target, task: &Task, phases: &[Phase]) -> Editor {
        let values = form()
            .into_iter()
            .map(|f| match f.kind {
                _ if f.key == "phase" => phase_pick(&task.phase, phases),
                Kind::Priority => Value::Choice {
                    words: Priority::WORDS,
                    index: task.priority as usize,
                },
                Kind::Status => Value::Choice {
                    words: Status::WORDS,
                    index: task.status as usize,
                },
                _ => Value::Text(Input::new(
                    (f.get)(task).map(|v| v.to_text(", ")).unwrap_or_default(),
                )),
            })
            .collect();
        Editor {
            target,
            original: task.clone(),
            values,
            focus: position("title").unwrap_or(0),
            error: None,
        }
    }

    /// The notes field's text as typed, if the form has one.
    pub fn notes_text(&self) -> Option<&str> {
        match self.values.get(position("notes")?)? {
            Value::Text(input) => Some(&input.text),
            _ => None,
        }
    }

    /// The focus is on the notes, the one field of many lines.
    pub fn on_notes(&self) -> bool {
        self.focused().key == "notes"
    }

    /// ↑ / ↓ in the notes: the cursor a row up or down the text wrapped at
    /// `width`; false when it is on the first or last row already (the
    /// focus moves on to the next field instead).
    pub fn notes_line(&mut self, by: isize, width: usize) -> bool {
        let Some(Value::Text(input)) = self.values.get_mut(self.focus) else {
            return false;
        };
        match super::textarea::vertical(&input.text, width, input.cursor, by) {
            Some(at) => {
                input.cursor = at;
                true
            }
            None => false,
        }
    }

    /// Home / End in the notes: the start or end of the row drawn.
    pub fn notes_edge(&mut self, end: bool, width: usize) {
        if let Some(Value::Text(input)) = self.values.get_mut(self.focus) {
            input.cursor = super::textarea::row_edge(&input.text, width, input.cursor, end);
        }
    }

    pub fn focused(&self) -> &'static Field<Task> {
        let form = form();
        form[self.focus.min(form.len() - 1)]
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
            Value::Pick { names, index, .. } => cycle(names, index, edit),
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

    /// The text of a value as submitted: trimmed at both ends (notes keep
    /// their inner line breaks), or the chosen word.
    fn text_at(&self, at: usize) -> &str {
        match self.values.get(at) {
            Some(Value::Text(i)) => i.text.trim(),
            Some(Value::Choice { words, index }) => words.get(*index).copied().unwrap_or(""),
            Some(Value::Pick { ids, index, .. }) => ids.get(*index).map_or("", |s| s.as_str()),
            None => "",
        }
    }

    /// The edited task, or the first field that does not parse (by key).
    /// The status is returned apart because changing it goes through the
    /// model's `set_status` (which also keeps `done_on`).
    pub fn parse(&self) -> Result<(Task, Status), (&'static str, String)> {
        let mut task = self.original.clone();
        let mut status = task.status;
        for (at, field) in form().into_iter().enumerate() {
            let text = self.text_at(at);
            let value = match (text.is_empty(), field.presence) {
                (true, Presence::Optional) => None,
                (true, _) => {
                    let what = field.label.to_lowercase();
                    return Err((field.key, format!("a task needs a {what}")));
                }
                (false, _) => Some(field.parse(text).map_err(|e| (field.key, e))?),
            };
            match field.kind {
                Kind::Status => status = value.and_then(|v| v.status()).unwrap_or(status),
                _ => (field.set)(&mut task, value),
            }
        }
        Ok((task, status))
    }
}

/// The phase choice over `phases`, on `current`.
fn phase_pick(current: &str, phases: &[Phase]) -> Value {
    let mut ids: Vec<String> = phases.iter().map(|p| p.id.clone()).collect();
    let mut names: Vec<String> = phases.iter().map(|p| p.name.clone()).collect();
    let index = match ids.iter().position(|id| id == current) {
        Some(i) => i,
        None => {
            ids.push(current.to_string());
            names.push(current.to_string());
            ids.len() - 1
        }
    };
    Value::Pick { ids, names, index }
}

/// ←/→ (and space) step through `names`; a typed letter jumps to the next
/// name starting with it, whatever its case.
fn cycle(names: &[String], index: &mut usize, edit: Edit) {
    let n = names.len().max(1);
    match edit {
        Edit::Left => *index = (*index + n - 1) % n,
        Edit::Right | Edit::Insert(' ') => *index = (*index + 1) % n,
        Edit::Insert(c) => {
            let c = c.to_lowercase().to_string();
            if let Some(i) = (1..=n)
                .map(|step| (*index + step) % n)
                .find(|&i| names[i].to_lowercase().starts_with(&c))
            {
                *index = i;
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Effort, Money};

    fn editor() -> Editor {
        let mut t = Task::new("t1", "w1", "Old title");
        t.effort = Some(Effort::parse("4h").unwrap());
        t.notes = Some("line one\nline two".into());
        Editor::open(Target::Existing { id: "t1".into() }, &t, &phases())
    }

    fn phases() -> Vec<Phase> {
        ["w1", "w2", "later"]
            .iter()
            .map(|id| Phase {
                id: id.to_string(),
                name: format!("Phase {id}"),
                window: None,
                start: None,
                end: None,
                description: None,
            })
            .collect()
    }

    fn at(key: &str) -> usize {
        position(key).unwrap_or_else(|| panic!("`{key}` is on the form"))
    }

    fn set(e: &mut Editor, key: &str, value: &str) {
        e.values[at(key)] = Value::Text(Input::new(value));
    }

    fn text_of<'e>(e: &'e Editor, key: &str) -> &'e str {
        e.text_at(at(key))
    }

    #[test]
    fn opens_with_the_task_values_in_file_form() {
        let e = editor();
        assert_eq!(text_of(&e, "title"), "Old title");
        assert_eq!(text_of(&e, "effort"), "4h");
        assert_eq!(text_of(&e, "priority"), "medium");
        assert_eq!(text_of(&e, "level"), "");
    }

    #[test]
    fn parses_every_field_through_the_model() {
        let mut e = editor();
        set(&mut e, "title", "  New title ");
        set(&mut e, "effort", "2-3d");
        set(&mut e, "cost_once", "$400-850");
        set(&mut e, "cost_monthly", "50");
        set(&mut e, "level", "2");
        set(&mut e, "notes", "");
        e.focus = at("priority");
        e.edit(Edit::Insert('c'));
        e.focus = at("status");
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
        set(&mut e, "effort", "a while");
        let (field, msg) = e.parse().unwrap_err();
        assert_eq!(field, "effort");
        assert!(msg.contains("`a while` is not an effort"), "{msg}");
        set(&mut e, "effort", "");
        set(&mut e, "cost_monthly", "lots");
        assert_eq!(e.parse().unwrap_err().0, "cost_monthly");
        set(&mut e, "cost_monthly", "");
        set(&mut e, "title", "   ");
        assert_eq!(e.parse().unwrap_err().0, "title");
        set(&mut e, "title", "ok");
        set(&mut e, "level", "two");
        assert_eq!(e.parse().unwrap_err().0, "level");
    }

    #[test]
    fn choices_cycle_both_ways() {
        let mut e = editor();
        e.focus = at("priority");
        e.edit(Edit::Left);
        assert_eq!(text_of(&e, "priority"), "high");
        e.edit(Edit::Right);
        e.edit(Edit::Right);
        e.edit(Edit::Right);
        assert_eq!(text_of(&e, "priority"), "critical");
        // From the second field, three back wraps round to the second-to-last.
        e.focus = 1;
        e.move_focus(-3);
        let form = form();
        assert_eq!(e.focused().key, form[form.len() - 2].key);
        assert_eq!(e.focused().key, "done_on");
    }

    #[test]
    fn owner_and_due_are_edited_like_the_rest() {
        let mut e = editor();
        assert_eq!(text_of(&e, "owner"), "");
        set(&mut e, "owner", " ana ");
        set(&mut e, "due", "2025-12-01");
        let (task, _) = e.parse().unwrap();
        assert_eq!(task.owner.as_deref(), Some("ana"));
        assert_eq!(task.due, chrono::NaiveDate::from_ymd_opt(2025, 12, 1));
        set(&mut e, "due", "next week");
        let (field, msg) = e.parse().unwrap_err();
        assert_eq!(field, "due");
        assert!(msg.contains("`next week` is not a date"), "{msg}");
        set(&mut e, "due", "");
        set(&mut e, "owner", "");
        let (task, _) = e.parse().unwrap();
        assert_eq!((task.owner, task.due), (None, None));
    }

    #[test]
    fn done_on_is_edited_like_due() {
        let mut e = editor();
        assert_eq!(text_of(&e, "done_on"), "");
        set(&mut e, "done_on", "2025-11-04");
        let (task, _) = e.parse().unwrap();
        assert_eq!(task.done_on, chrono::NaiveDate::from_ymd_opt(2025, 11, 4));
        set(&mut e, "done_on", "tuesday");
        let (field, msg) = e.parse().unwrap_err();
        assert_eq!(field, "done_on");
        assert!(msg.contains("`tuesday` is not a date"), "{msg}");
    }

    #[test]
    fn the_phase_is_chosen_among_the_roadmaps_phases() {
        let mut e = editor();
        assert_eq!(e.focused().key, "title", "the form opens on the title");
        assert_eq!(text_of(&e, "phase"), "w1");
        e.focus = at("phase");
        e.edit(Edit::Right);
        assert_eq!(text_of(&e, "phase"), "w2");
        e.edit(Edit::Left);
        e.edit(Edit::Left);
        assert_eq!(text_of(&e, "phase"), "later", "wraps round");
        e.edit(Edit::Insert('p'));
        assert_eq!(text_of(&e, "phase"), "w1", "by the name's initial");
        e.edit(Edit::Right);
        assert_eq!(e.parse().unwrap().0.phase, "w2");
    }

    #[test]
    fn a_phase_the_roadmap_lacks_is_kept() {
        let t = Task::new("t1", "gone", "Old title");
        let e = Editor::open(Target::Existing { id: "t1".into() }, &t, &phases());
        assert_eq!(e.parse().unwrap().0.phase, "gone");
    }
}
