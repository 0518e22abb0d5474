//! `roadmap person add|set|rm FILE NAME …`: the `[[people]]` tables on the
//! command line, like `roadmap phase` (`head.rs`), through the model's
//! person changes (`model/change/people.rs`) and the same save. An unknown
//! field is a usage error (exit 2) reported before the file is read; a bad
//! value or an unknown name is invalid input (exit 1); either way the file
//! is not touched.

use super::edit::Edit;
use super::envelope;
use super::head::{differences, failed, report_set, split, words};
use super::head_args::{PersonArgs, PersonCommand, PersonRmArgs};
use super::write_failure::shell_word;
use super::{output, Failure, Outcome};
use crate::model::change::{
    add_person, assign_fields, edit_person, owned_by, remove_person, unknown_person,
};
use crate::model::fields::PERSON_FIELDS;
use crate::model::Person;
use serde_json::json;

pub fn run(command: PersonCommand) -> Outcome {
    match command {
        PersonCommand::Add(a) => add(a),
        PersonCommand::Set(a) => set(a),
        PersonCommand::Rm(a) => rm(a),
    }
}

/// `person` with the assignments set. `off` is a list, written as ranges
/// split by commas (`off=2026-12-24..2027-01-01,2027-02-10`; `off=` clears
/// it); the other fields go through the field table's parsers.
fn assign(edit: &Edit, person: &Person, pairs: &[(&str, &str)]) -> Result<Person, Failure> {
    let (off, rest): (Vec<_>, Vec<_>) = pairs.iter().partition(|(key, _)| *key == "off");
    let mut out =
        assign_fields(person, PERSON_FIELDS, "person", &rest).map_err(|e| failed(edit, e))?;
    if let Some((_, text)) = off.last() {
        out.off = text
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect();
    }
    Ok(out)
}

fn add(args: PersonArgs) -> Outcome {
    let pairs = split(&args.file, PERSON_FIELDS, "person", &args.assignments)?;
    if !pairs.iter().any(|(key, _)| *key == "hours_per_week") {
        return Err(Failure::usage(format!(
            "{}: a person needs hours_per_week (e.g. `hours_per_week=32`); nothing was changed",
            args.file.display()
        )));
    }
    let mut edit = Edit::open(&args.file)?;
    let person = assign(&edit, &Person::new(args.name.clone(), 0.0), &pairs)?;
    let name = person.name.clone();
    let at = edit.roadmap.people.len();
    let change = add_person(&edit.roadmap, person, at).map_err(|e| failed(&edit, e))?;
    edit.apply(change)?;
    let file = edit.file.clone();
    edit.save(&format!(
        "roadmap person add {{}} {} {}",
        shell_word(&args.name),
        words(&args.assignments)
    ))?;
    if args.json {
        return envelope::print(
            "person add",
            true,
            json!({"file": file.display().to_string(), "name": name}),
        );
    }
    output::line(&format!("{}: added person {name}", file.display()))
}

fn set(args: PersonArgs) -> Outcome {
    let pairs = split(&args.file, PERSON_FIELDS, "person", &args.assignments)?;
    let mut edit = Edit::open(&args.file)?;
    let before = match edit.roadmap.people.iter().find(|p| p.name == args.name) {
        Some(p) => p.clone(),
        None => return Err(failed(&edit, unknown_person(&edit.roadmap, &args.name))),
    };
    let after = assign(&edit, &before, &pairs)?;
    let changes = differences(PERSON_FIELDS, &before, &after);
    let change = edit_person(&edit.roadmap, &args.name, after).map_err(|e| failed(&edit, e))?;
    edit.apply(change)?;
    if changes.is_empty() {
        output::note(&format!(
            "person {}: already so; nothing to change",
            args.name
        ));
    }
    let file = edit.file.clone();
    edit.save(&format!(
        "roadmap person set {{}} {} {}",
        shell_word(&args.name),
        words(&args.assignments)
    ))?;
    report_set(args.json, "person set", &file, Some(&args.name), &changes)
}

fn rm(args: PersonRmArgs) -> Outcome {
    let mut edit = Edit::open(&args.file)?;
    let owned = owned_by(&edit.roadmap, &args.name);
    let change = remove_person(
        &edit.roadmap,
        &args.name,
        args.move_to.as_deref(),
        args.unassign,
    )
    .map_err(|e| {
        let e = match e {
            e @ crate::model::change::HeadError::PersonOwnsTasks { .. } => {
                format!("{e} (--move-to NAME or --unassign)")
            }
            e => e.to_string(),
        };
        edit.refused(e)
    })?;
    edit.apply(change)?;
    let file = edit.file.clone();
    let flag = match (&args.move_to, args.unassign) {
        (Some(to), _) => format!(" --move-to {}", shell_word(to)),
        (None, true) => " --unassign".into(),
        (None, false) => String::new(),
    };
    edit.save(&format!(
        "roadmap person rm {{}} {}{flag}",
        shell_word(&args.name)
    ))?;
    if args.json {
        return envelope::print(
            "person rm",
            true,
            json!({"file": file.display().to_string(), "name": args.name, "tasks": owned, "to": args.move_to}),
        );
    }
    let tail = match (owned.len(), &args.move_to) {
        (0, _) => String::new(),
        (1, Some(to)) => format!(" (1 task given to {to})"),
        (n, Some(to)) => format!(" ({n} tasks given to {to})"),
        (1, None) => " (1 task left unowned)".into(),
        (n, None) => format!(" ({n} tasks left unowned)"),
    };
    output::line(&format!(
        "{}: removed person {}{tail}",
        file.display(),
        args.name
    ))
}
