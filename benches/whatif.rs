//! How long a what-if answer (`model::whatif::plan`: the least-effort and
//! least-money paths to a level and the most maturity for a budget, each
//! with its forecast) takes on 1,000 open tasks. Target (issue 15): under
//! 1 s. The plan is `roadmap gen`'s (4 levels, gates, backward
//! dependencies, some money) with every task reopened, asked for Level 4
//! with a budget of a tenth of the hours, $5,000 once and $500 a month,
//! and the same budget given as a date.
//!
//! Run with `cargo bench --bench whatif`; on a shared machine,
//! `cargo bench --bench whatif -- --warm-up-time 1 --measurement-time 3`.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use roadmap::model::synthetic::generate;
use roadmap::model::whatif::{plan, Ask};
use roadmap::model::{Roadmap, Status};
use std::hint::black_box;

/// `roadmap gen`'s plan with every task open.
fn all_open(tasks: usize) -> Roadmap {
    let mut r = generate(tasks, 42);
    for t in &mut r.tasks {
        t.status = Status::Todo;
        t.done_on = None;
    }
    r
}

fn whatif_1000(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let r = all_open(1_000);
    let total: f64 = r
        .tasks
        .iter()
        .filter_map(|t| t.effort)
        .map(|e| e.in_hours(&r.calendar()).high)
        .sum();
    let budget = Ask {
        hours: Some(total / 10.0),
        once: Some(5_000.0),
        monthly: Some(500.0),
        level: Some(4),
        by: None,
    };
    let dated = Ask {
        hours: None,
        by: NaiveDate::from_ymd_opt(2027, 3, 1),
        ..budget
    };
    // Say once what the bench measures: exact or not, and the gap.
    for (name, ask) in [("budget", &budget), ("date", &dated)] {
        let w = plan(&r, ask, today).unwrap();
        for s in &w.scenarios {
            match &s.answer {
                Ok(p) => eprintln!(
                    "{name} {}: {} tasks, {:.0} h, exact {}, gap {:.3}",
                    s.kind.key(),
                    p.tasks.len(),
                    p.hours,
                    p.exact,
                    p.gap
                ),
                Err(why) => eprintln!("{name} {}: {why}", s.kind.key()),
            }
        }
    }
    let mut group = c.benchmark_group("whatif");
    group.sample_size(10);
    group.bench_function("1000 open tasks, hours and money budget", |b| {
        b.iter(|| plan(black_box(&r), &budget, today))
    });
    group.bench_function("1000 open tasks, by a date", |b| {
        b.iter(|| plan(black_box(&r), &dated, today))
    });
    group.finish();
}

criterion_group!(benches, whatif_1000);
criterion_main!(benches);
