//! How long the forecast (`model::schedule::forecast`) takes on large
//! roadmaps: both runs (low and high ends), phases, levels and the critical
//! path. Targets (issue 15): 10,000 tasks under 50 ms, 100,000 under 500 ms
//! in release. The plans are `roadmap gen`'s (70 % unowned, so most tasks
//! go through the team pool's choice of person), with the eight owners it
//! names as `[[people]]`, one away for two weeks; and the same plan with
//! no people (the project's calendar as one person).
//!
//! Run with `cargo bench --bench schedule`; on a shared machine,
//! `cargo bench --bench schedule -- --warm-up-time 1 --measurement-time 3`.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use roadmap::model::schedule::forecast;
use roadmap::model::synthetic::generate;
use roadmap::model::{Person, Roadmap};
use std::hint::black_box;

const OWNERS: &[&str] = &[
    "alice", "bob", "chen", "dara", "emeka", "farah", "gustavo", "hana",
];

fn with_people(tasks: usize) -> Roadmap {
    let mut r = generate(tasks, 42);
    r.people = OWNERS
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let mut p = Person::new(*name, 32.0 + (i % 3) as f64 * 4.0);
            if i == 2 {
                p.focus = Some(0.5);
                p.off = vec!["2026-12-21..2027-01-03".into()];
            }
            p
        })
        .collect();
    r
}

fn schedule_large(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    for tasks in [10_000, 100_000] {
        let team = with_people(tasks);
        // The forecast must have placed every open task.
        assert!(forecast(&team, today).unscheduled.is_empty());
        c.bench_function(&format!("forecast {tasks} tasks, 8 people"), |b| {
            b.iter(|| forecast(black_box(&team), today))
        });
        let alone = generate(tasks, 42);
        c.bench_function(&format!("forecast {tasks} tasks, no people"), |b| {
            b.iter(|| forecast(black_box(&alone), today))
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = schedule_large
}
criterion_main!(benches);
