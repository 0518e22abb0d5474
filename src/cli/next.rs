//! `roadmap next [FILE] [--json]`: the ready tasks (open, no open
//! dependency), most urgent first, then in plan order, as taskwarrior's
//! `next`. The order is the model's (`model/select.rs`).

use super::{args::NextArgs, load_chosen, print_warnings, task_lines, Outcome};
use crate::model::metrics::Metrics;
use crate::model::select::next;
use chrono::NaiveDate;
use std::path::PathBuf;

pub fn run(args: NextArgs, today: NaiveDate) -> Outcome {
    let file = match (&args.file, args.example) {
        (_, true) => PathBuf::from(super::EXAMPLE_NAME),
        (Some(file), false) => file.clone(),
        (None, false) => PathBuf::from("roadmap.toml"),
    };
    let loaded = load_chosen(args.file, args.example, "next")?;
    print_warnings(&loaded);
    let r = &loaded.roadmap;
    let m = Metrics::compute(r);
    let tasks = next(r, &m);
    if args.json {
        task_lines::print_json("next", &file, r, &m, &tasks)
    } else {
        task_lines::print(r, &m, &tasks, today)
    }
}
