//! The merge driver on big files: merging two sides that each changed one
//! task in a hundred grows in proportion to the file, not faster.

#[path = "support/big_roadmap.rs"]
mod big_roadmap;

use roadmap::model::{Effort, Roadmap, Status};
use roadmap::store::merge::merge_into;
use roadmap::store::{parse, to_toml};
use std::time::{Duration, Instant};

/// Ours checks off every hundredth open task, theirs re-estimates every
/// hundredth task from the 50th on and appends ten tasks.
fn sides(base: &Roadmap) -> (Roadmap, Roadmap) {
    let mut ours = base.clone();
    for t in ours.tasks.iter_mut().step_by(100) {
        if t.status != Status::Done {
            t.status = Status::Done;
            t.done_on = chrono::NaiveDate::from_ymd_opt(2025, 11, 3);
        }
    }
    let mut theirs = base.clone();
    for t in theirs.tasks.iter_mut().skip(50).step_by(100) {
        t.effort = Effort::parse("3-5d").ok();
    }
    for i in 0..10 {
        let phase = theirs.phases[0].id.clone();
        let task = roadmap::model::Task::new(format!("added-{i}"), phase, format!("Added {i}"));
        theirs.tasks.push(task);
    }
    (ours, theirs)
}

fn run(tasks: usize) -> Duration {
    let base = big_roadmap::generate(tasks);
    let (ours, theirs) = sides(&base);
    let ours_loaded = parse(&to_toml(&ours), "ours.toml").expect("ours loads");
    let started = Instant::now();
    let (text, merged) = merge_into(Some(&base), &ours_loaded, &theirs).expect("the merge renders");
    let took = started.elapsed();
    assert!(merged.is_clean(), "{:?}", merged.conflicts.first());
    assert_eq!(merged.roadmap.tasks.len(), tasks + 10);
    let back = parse(&text, "merged.toml").expect("the merge loads");
    assert_eq!(back.roadmap, merged.roadmap);
    took
}

#[test]
fn merging_grows_linearly_with_the_file() {
    let (few, many) = if cfg!(debug_assertions) {
        (2_000, 20_000)
    } else {
        (10_000, 100_000)
    };
    let small = run(few);
    let big = run(many);
    println!("merge of {few} tasks: {small:?}; of {many} tasks: {big:?}");
    let ratio = big.as_secs_f64() / small.as_secs_f64().max(1e-6);
    assert!(
        ratio < 25.0,
        "ten times the tasks took {ratio:.1} times as long"
    );
}
