//! How long a what-if answer (`model::whatif::plan`: the least-effort and
//! least-money paths to a level and the most maturity for a budget, each
//! with its forecast) takes on 1,000 open tasks. Target (issue 15): under
//! 1 s. The plan is `roadmap gen`'s (4 levels, gates, backward
//! dependencies, some money) with every task reopened, asked for Level 4
//! with a budget of a tenth of the hours, $5,000 once and $500 a month,
//! and the same budget given as a date.
//!
//! `whatif_plan_by_size`: the same answer at 100 to 250 open tasks,
//! what a keystroke in the planner's dialog costs when answered on the UI
//! thread; it sets `DEFER_WHATIF_FROM`. `whatif_keystroke_160x48`: a key in
//! the dialog (a digit typed into the hours, then erased) and the frame it
//! draws, at 1,000 and 10,000 open tasks, where the answer is made on the
//! worker (not awaited here: the keystroke is what the user waits for).
//!
//! Run with `cargo bench --bench whatif`; on a shared machine,
//! `cargo bench --bench whatif -- --warm-up-time 1 --measurement-time 3`.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use roadmap::model::synthetic::generate;
use roadmap::model::whatif::{plan, Ask};
use roadmap::model::{Roadmap, Status};
use roadmap::theme::Theme;
use roadmap::tui::effect::Effect;
use roadmap::tui::input::Edit;
use roadmap::tui::{self, update, Action, Msg, State};
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

/// The ask the benches make at `r`: Level 4 on a tenth of the hours.
fn tenth(r: &Roadmap) -> Ask {
    let total: f64 = r
        .tasks
        .iter()
        .filter_map(|t| t.effort)
        .map(|e| e.in_hours(&r.calendar()).high)
        .sum();
    Ask {
        hours: Some(total / 10.0),
        once: Some(5_000.0),
        monthly: Some(500.0),
        level: Some(4),
        by: None,
    }
}

fn plan_by_size(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let mut group = c.benchmark_group("whatif_plan_by_size");
    group.sample_size(10);
    for n in [100usize, 150, 200, 250] {
        let r = all_open(n);
        let ask = tenth(&r);
        // Also what the dialog asks as it opens (empty form: the next level).
        group.bench_with_input(BenchmarkId::new("budget", n), &n, |b, _| {
            b.iter(|| plan(black_box(&r), &ask, today))
        });
        group.bench_with_input(BenchmarkId::new("empty form", n), &n, |b, _| {
            b.iter(|| plan(black_box(&r), &Ask::default(), today))
        });
    }
    group.finish();
}

fn keystroke(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let theme = Theme::load_from("dark", None).expect("built-in theme");
    let mut group = c.benchmark_group("whatif_keystroke_160x48");
    group.sample_size(20);
    for n in [1_000usize, 10_000] {
        let mut state = State::new(all_open(n), None, today);
        state.deferred.enabled = n >= tui::DEFER_SEARCH_FROM;
        update::update(
            &mut state,
            Msg::Resize {
                width: 160,
                height: 48,
            },
        );
        // Open the dialog and let the worker's first answer arrive, so a
        // table is drawn under "computing…" as in a session.
        for effect in update::update(&mut state, Action::WhatIf.into()) {
            if let Effect::WhatIf {
                generation,
                ask,
                roadmap,
                today,
            } = effect
            {
                let answer = plan(&roadmap, &ask, today).map_err(|e| e.to_string());
                update::update(
                    &mut state,
                    Msg::WhatIfReady {
                        generation,
                        answer: Box::new(answer),
                    },
                );
            }
        }
        let mut term = Terminal::new(TestBackend::new(160, 48)).expect("test backend");
        let mut typed = false;
        group.bench_with_input(BenchmarkId::new("type_or_erase_a_digit", n), &n, |b, _| {
            b.iter(|| {
                let edit = if typed {
                    Edit::Backspace
                } else {
                    Edit::Insert('4')
                };
                typed = !typed;
                let effects = update::update(&mut state, Action::Input(edit).into());
                term.draw(|f| tui::draw::draw(f, black_box(&state), &theme))
                    .expect("draw");
                effects
            })
        });
    }
    group.finish();
}

criterion_group!(benches, whatif_1000, plan_by_size, keystroke);
criterion_main!(benches);
