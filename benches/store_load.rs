//! Loading and saving a 100,000-task roadmap.
//!
//! `cargo bench --bench store_load`

use criterion::{criterion_group, criterion_main, Criterion};
use roadmap::model::{Effort, Money, Phase, Priority, Project, Roadmap, Status, Task};
use roadmap::store::{parse, render, to_toml};

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

fn load_and_save(c: &mut Criterion) {
    let roadmap = big_roadmap(100_000);
    let text = to_toml(&roadmap);
    let mut group = c.benchmark_group("store_100k_tasks");
    group.sample_size(10);
    group.bench_function("load", |b| {
        b.iter(|| parse(&text, "big.toml").map(|l| l.roadmap.tasks.len()))
    });
    let loaded = match parse(&text, "big.toml") {
        Ok(l) => l,
        Err(e) => panic!("the generated roadmap must load: {e}"),
    };
    let mut checked = roadmap.clone();
    if let Some(t) = checked
        .tasks
        .iter_mut()
        .rev()
        .find(|t| t.status == Status::Todo)
    {
        t.status = Status::Done;
        t.done_on = chrono::NaiveDate::from_ymd_opt(2025, 11, 3);
    }
    group.bench_function("check_off_save", |b| {
        b.iter(|| render(&loaded, &checked).map(|t| t.len()))
    });
    group.finish();
}

criterion_group!(benches, load_and_save);
criterion_main!(benches);
