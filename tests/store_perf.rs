//! A 100,000-task file must load fast, and a check-off in it must still be a
//! two-line change: nothing in the store may be quadratic in the file size.
//!
//! `cargo test --release --test store_perf -- --nocapture` prints the times;
//! `cargo bench --bench store_load` measures them properly.
//!
//! Times are the thread's CPU time where the system reports it (Linux), so
//! that other work on a busy machine does not count; wall time otherwise.

use roadmap::model::{Effort, Money, Phase, Priority, Project, Roadmap, Status, Task};
use roadmap::store::{parse, render, to_toml, Loaded};
use std::time::{Duration, Instant};

fn big_roadmap(tasks: usize) -> Roadmap {
    let mut r = Roadmap::new(Project::new("Big"));
    r.phases = (0..10)
        .map(|i| Phase {
            id: format!("phase-{i}"),
            name: format!("Phase {i}"),
            window: Some(format!("Week {i}")),
            start: None,
            end: None,
            description: None,
        })
        .collect();
    r.tasks = (0..tasks)
        .map(|i| {
            let mut t = Task::new(
                format!("task-{i}"),
                format!("phase-{}", i % 10),
                format!("Do thing number {i}"),
            );
            t.priority = Priority::ALL[i % 4];
            t.status = if i % 3 == 0 {
                Status::Done
            } else {
                Status::Todo
            };
            t.done_on = (t.status == Status::Done)
                .then(|| chrono::NaiveDate::from_ymd_opt(2025, 1 + (i % 12) as u32, 1))
                .flatten();
            t.effort = Effort::parse(["4h", "1.5d", "40-60h", "2w"][i % 4]).ok();
            t.cost_monthly = (i % 5 == 0).then(|| Money::range(10.0, 50.0));
            if i > 0 {
                t.depends_on = vec![format!("task-{}", i - 1)];
            }
            t.notes = (i % 7 == 0).then(|| "line one\nline two".to_string());
            t
        })
        .collect();
    r
}

/// CPU time of this thread (Linux), or `None` where it cannot be read.
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(nanos))
}

/// Runs `work` and says how long it took, in CPU time when available.
fn timed<T>(work: impl FnOnce() -> T) -> (T, Duration) {
    let (cpu, wall) = (thread_cpu_time(), Instant::now());
    let out = work();
    let took = match (cpu, thread_cpu_time()) {
        (Some(before), Some(after)) => after.saturating_sub(before),
        _ => wall.elapsed(),
    };
    (out, took)
}

struct Run {
    lines: usize,
    load: Duration,
    save: Duration,
}

/// Loads a generated file of `tasks` tasks, then checks one off and renders.
fn run(tasks: usize) -> Run {
    let roadmap = big_roadmap(tasks);
    let text = to_toml(&roadmap);
    let (loaded, load) = timed(|| parse(&text, "big.toml"));
    let loaded: Loaded = loaded.expect("the generated file loads");
    assert_eq!(loaded.roadmap, roadmap);

    let mut checked = roadmap.clone();
    let open = checked
        .tasks
        .iter_mut()
        .rev()
        .find(|t| t.status == Status::Todo)
        .expect("some task is open");
    open.status = Status::Done;
    open.done_on = chrono::NaiveDate::from_ymd_opt(2025, 11, 3);
    let (saved, save) = timed(|| render(&loaded, &checked));
    let saved = saved.expect("the check-off saves");
    assert_eq!(
        saved.lines().count(),
        text.lines().count() + 1,
        "a check-off adds only its done_on line"
    );
    Run {
        lines: text.lines().count(),
        load,
        save,
    }
}

#[test]
fn load_and_save_grow_linearly_up_to_a_hundred_thousand_tasks() {
    // An unoptimised build checks the growth on a smaller file, to stay quick.
    let (few, many) = if cfg!(debug_assertions) {
        (2_000, 20_000)
    } else {
        (10_000, 100_000)
    };
    let small = run(few);
    let big = run(many);
    println!(
        "{few} tasks ({} lines): load {:?}, check-off save {:?}\n{many} tasks ({} lines): load {:?}, check-off save {:?}",
        small.lines, small.load, small.save, big.lines, big.load, big.save
    );
    // Ten times the tasks may cost about ten times the time, never a hundred.
    let ratio = |a: Duration, b: Duration| b.as_secs_f64() / a.as_secs_f64().max(1e-6);
    assert!(
        ratio(small.load, big.load) < 25.0,
        "load grows faster than the file"
    );
    assert!(
        ratio(small.save, big.save) < 25.0,
        "save grows faster than the file"
    );
    if !cfg!(debug_assertions) {
        assert!(
            big.load < Duration::from_secs(2),
            "load took {:?}",
            big.load
        );
        assert!(
            big.save < Duration::from_secs(6),
            "save took {:?}",
            big.save
        );
    }
}
