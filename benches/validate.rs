//! How long `validate` takes on large roadmaps. The target is well under
//! 100 ms for 100,000 tasks in release: validation runs on every save.
//!
//! Run with `cargo bench --bench validate`.

#[path = "../tests/support/big_roadmap.rs"]
mod big_roadmap;

use criterion::{criterion_group, criterion_main, Criterion};
use roadmap::model::validate::validate;
use std::hint::black_box;

fn validate_large(c: &mut Criterion) {
    let sound = big_roadmap::generate(100_000);
    c.bench_function("validate 100k tasks", |b| {
        b.iter(|| validate(black_box(&sound)))
    });
    let ring = big_roadmap::ring(100_000);
    c.bench_function("validate 100k-task dependency ring", |b| {
        b.iter(|| validate(black_box(&ring)))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = validate_large
}
criterion_main!(benches);
