//! Validation at scale: a 100,000-task roadmap and a 100,000-task dependency
//! ring are checked completely and without overflowing the stack. Timing is
//! measured by `cargo bench --bench validate`, not asserted here, since the
//! build machine is shared.

#[path = "support/big_roadmap.rs"]
mod big_roadmap;

use roadmap::model::validate::{validate, Gravity, Locus};

const N: usize = 100_000;

#[test]
fn a_large_sound_roadmap_has_no_problems() {
    let r = big_roadmap::generate(N);
    assert_eq!(r.tasks.len(), N);
    assert!(r.tasks.iter().map(|t| t.depends_on.len()).sum::<usize>() > N);
    assert_eq!(validate(&r), Vec::new());
}

#[test]
fn problems_in_a_large_roadmap_are_all_found() {
    let mut r = big_roadmap::generate(N);
    let last = format!("task-{}", N - 1);
    r.tasks[10].depends_on.push(last.clone());
    r.tasks[N - 1].depends_on.push("task-10".into());
    r.tasks[500].depends_on.push("missing".into());
    let mut again = r.tasks[7].clone();
    again.depends_on.clear();
    r.tasks.push(again);

    let problems = validate(&r);
    let found: Vec<(Gravity, Locus, Option<&str>)> = problems
        .iter()
        .map(|p| (p.gravity, p.locus, p.field))
        .collect();
    assert_eq!(
        found,
        [
            (Gravity::Error, Locus::Task(10), Some("depends_on")),
            (Gravity::Error, Locus::Task(500), Some("depends_on")),
            (Gravity::Error, Locus::Task(N), Some("id")),
        ]
    );
    let cycle = format!("dependency cycle: task-10 -> {last} -> task-10 (");
    assert!(
        problems[0].message.starts_with(&cycle),
        "{}",
        problems[0].message
    );
    assert!(problems[1].message.contains("`missing`"));
    assert!(problems[2].message.contains("duplicate task id `task-7`"));
}

#[test]
fn a_ring_of_a_hundred_thousand_tasks_is_one_cycle() {
    let problems = validate(&big_roadmap::ring(N));
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].locus, Locus::Task(0));
    let message = &problems[0].message;
    // The length, the first and last few ids; not a line of a million
    // characters (989,091 before).
    assert!(
        message.starts_with(&format!(
            "dependency cycle of {N} tasks: t0 -> t1 -> t2 -> t3 -> t4 -> … -> "
        )),
        "{message}"
    );
    assert!(
        message.contains(&format!("t{} -> t0 (each", N - 1)),
        "{message}"
    );
    assert!(message.len() < 300, "{} characters", message.len());
}
