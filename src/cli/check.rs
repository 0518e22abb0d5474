//! `roadmap check FILE ID...` and `roadmap uncheck FILE ID...`: the same change
//! the planner's space bar makes, through the same model path, saved with the
//! format-preserving store (one `status` line plus `done_on`) the way the
//! planner saves: under the file's save lock, merging in whatever another
//! save wrote since the file was read, so twenty checks at once keep all
//! twenty check-offs.

use super::write_failure::save_failed;
use super::{args::CheckArgs, output, print_warnings, Failure, Outcome};
use crate::model::change::{apply, set_status};
use crate::model::{Roadmap, Status};
use crate::store;
use chrono::NaiveDate;
use std::sync::Arc;

pub fn run(args: CheckArgs, status: Status, today: NaiveDate) -> Outcome {
    let mut loaded = store::load(&args.file)?;
    print_warnings(&loaded);
    // Shared with `loaded` (the save's baseline) until the first change.
    let mut roadmap = Arc::clone(&loaded.roadmap);
    let mut changed = Vec::new();
    for id in &args.ids {
        let Some(task) = roadmap.task(id) else {
            return Err(Failure::invalid(format!(
                "{}: no task `{id}`{}; nothing was changed",
                args.file.display(),
                suggestion(&roadmap, id)
            )));
        };
        if task.status == status {
            output::note(&format!("{id}: already {status}"));
            continue;
        }
        let change = set_status(&roadmap, id, status, today)
            .map_err(|e| Failure::invalid(format!("{}: {e}", args.file.display())))?;
        apply(Arc::make_mut(&mut roadmap), change)
            .map_err(|e| Failure::invalid(format!("{}: {e}", args.file.display())))?;
        changed.push(id.as_str());
    }
    if changed.is_empty() {
        return Ok(());
    }
    if let Some(warning) = store::link_warning(&args.file) {
        output::note(&warning);
    }
    store::save_merging(&mut loaded, &roadmap, &args.file).map_err(|e| {
        let command = if status == Status::Done {
            "check"
        } else {
            "uncheck"
        };
        let rerun = format!("roadmap {command} {{}} {}", args.ids.join(" "));
        save_failed(&args.file, &e, &rerun)
    })?;
    output::line(&format!(
        "{}: {} → {status}",
        args.file.display(),
        changed.join(", ")
    ))
}

/// "; did you mean `deploy-worker`?" for the closest id, if any is close.
fn suggestion(roadmap: &Roadmap, id: &str) -> String {
    let best = roadmap
        .tasks
        .iter()
        .map(|t| (similarity(&t.id, id), &t.id))
        .filter(|(s, _)| *s > 0.5)
        .max_by(|a, b| a.0.total_cmp(&b.0));
    match best {
        Some((_, candidate)) => format!("; did you mean `{candidate}`?"),
        None => " (run `roadmap export FILE --format csv` to list the ids)".into(),
    }
}

/// Share of character bigrams two ids have in common (Dice coefficient).
fn similarity(a: &str, b: &str) -> f64 {
    let grams = |s: &str| -> Vec<(char, char)> {
        let c: Vec<char> = s.chars().collect();
        c.windows(2).map(|w| (w[0], w[1])).collect()
    };
    let (ga, gb) = (grams(a), grams(b));
    if ga.is_empty() || gb.is_empty() {
        return 0.0;
    }
    let mut pool = gb.clone();
    let mut common = 0;
    for g in &ga {
        if let Some(pos) = pool.iter().position(|x| x == g) {
            pool.swap_remove(pos);
            common += 1;
        }
    }
    2.0 * common as f64 / (ga.len() + gb.len()) as f64
}
