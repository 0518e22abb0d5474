//! Loading and saving a 100,000-task roadmap.
//!
//! `cargo bench --bench store_load`

use criterion::{criterion_group, criterion_main, Criterion};
use roadmap::model::synthetic::{generate, DEFAULT_SEED};
use roadmap::model::Status;
use roadmap::store::{parse, render, to_toml};

fn load_and_save(c: &mut Criterion) {
    // The same deterministic roadmap `roadmap gen --tasks 100000` writes.
    let roadmap = generate(100_000, DEFAULT_SEED);
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
