//! `roadmap list [FILE] [--phase P] [--status S] [--priority P] [--owner O]
//! [--level N] [--blocked|--ready|--overdue] [--json]`: the tasks in plan
//! order, filtered by the model (`model/select.rs`).

use super::{args::ListArgs, load_chosen, print_warnings, task_lines, Failure, Outcome};
use crate::model::metrics::Metrics;
use crate::model::select::{select, Filter, State};
use chrono::NaiveDate;
use std::path::PathBuf;

pub fn run(args: ListArgs, today: NaiveDate) -> Outcome {
    let file = match (&args.file, args.example) {
        (_, true) => PathBuf::from(super::EXAMPLE_NAME),
        (Some(file), false) => file.clone(),
        (None, false) => PathBuf::from("roadmap.toml"),
    };
    let loaded = load_chosen(args.file, args.example, "list")?;
    print_warnings(&loaded);
    let r = &loaded.roadmap;
    if let Some(phase) = &args.phase {
        if r.phase(phase).is_none() {
            let known: Vec<String> = r.phases.iter().map(|p| format!("`{}`", p.id)).collect();
            return Err(Failure::invalid(format!(
                "{}: no phase `{phase}`; the phases are {}",
                file.display(),
                known.join(", ")
            )));
        }
    }
    let state = match (args.blocked, args.ready, args.overdue) {
        (true, _, _) => Some(State::Blocked),
        (_, true, _) => Some(State::Ready),
        (_, _, true) => Some(State::Overdue),
        _ => None,
    };
    let filter = Filter {
        phase: args.phase,
        status: args.status,
        priority: args.priority,
        owner: args.owner,
        level: args.level,
        state,
    };
    let m = Metrics::compute(r);
    let tasks = select(r, &m, &filter, today);
    if args.json {
        task_lines::print_json("list", &file, r, &m, &tasks)
    } else {
        task_lines::print(r, &m, &tasks, today)
    }
}
