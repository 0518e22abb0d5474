//! How long the forecast (`model::schedule::forecast`) takes on large
//! roadmaps: both runs (low and high ends), phases, levels and the critical
//! path. Targets (issue 15): 10,000 tasks under 50 ms, 100,000 under 500 ms
//! in release. The plans are `roadmap gen`'s (70 % unowned, so most tasks
//! go through the team pool's choice of person), with the eight owners it
//! names as `[[people]]`, one away for two weeks; the same plan with no
//! people (the project's calendar as one person); and 100,000 tasks shared
//! by 64 people through the pool (a plan that stays within the schedule's
//! 200-year horizon, where 8 people reach it).
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

/// `roadmap gen`'s plan with `people` full-time people of its own
/// (`p0`…): the generator's owners are none of them, so every task goes
/// through the pool. Many people keep a 100,000-task plan within the
/// schedule's horizon, and make the pool's choice the work.
fn with_many(tasks: usize, people: usize) -> Roadmap {
    let mut r = generate(tasks, 42);
    r.people = (0..people)
        .map(|i| Person::new(format!("p{i}"), 40.0))
        .collect();
    r
}

fn schedule_large(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let plans = [
        ("10000 tasks, 8 people", with_people(10_000)),
        ("10000 tasks, no people", generate(10_000, 42)),
        ("100000 tasks, 8 people", with_people(100_000)),
        ("100000 tasks, 64 people", with_many(100_000, 64)),
    ];
    for (name, plan) in &plans {
        // The forecast must have placed every open task.
        assert!(forecast(plan, today).unscheduled.is_empty());
        c.bench_function(&format!("forecast {name}"), |b| {
            b.iter(|| forecast(black_box(plan), today))
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = schedule_large
}
criterion_main!(benches);
