//! The Timeline view's frame (issue 15, item 4): drawing it on a 160×48
//! TestBackend with the forecast already cached in the state, at 100 and at
//! 100,000 tasks (`roadmap gen --seed 42`'s plan, shared by 64 people so the
//! schedule stays within its horizon). Only the rows on screen are drawn,
//! so the frame should cost the same at both sizes; the forecast itself
//! (about 0.45 s at 100,000, `cargo bench --bench schedule`) is made once
//! per change of the roadmap, off the UI thread from `DEFER_SEARCH_FROM`
//! tasks.
//!
//! - `frame`: one frame, nothing changed.
//! - `move_and_frame`: `j` (the selection moves, the rows follow), then a frame.
//! - `scroll_time_and_frame`: `>` and `<` (the window moves), a frame each.
//! - `regroup_by_owner`: `O`, rebuilding the row model from the cached
//!   forecast (grows with the tasks; no frame).
//!
//! Run: `cargo bench --bench timeline`

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use roadmap::model::synthetic::generate;
use roadmap::model::{Person, Roadmap};
use roadmap::theme::Theme;
use roadmap::tui::{self, update, Action, Msg, State, View};
use std::hint::black_box;

fn plan(tasks: usize) -> Roadmap {
    let mut r = generate(tasks, 42);
    r.people = (0..64)
        .map(|i| Person::new(format!("p{i}"), 40.0))
        .collect();
    r
}

/// A session on the Timeline, its forecast made, at 160×48.
fn session(tasks: usize) -> State {
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
    let mut s = State::new(plan(tasks), None, today);
    update(
        &mut s,
        Msg::Resize {
            width: 160,
            height: 48,
        },
    );
    update(&mut s, Msg::Action(Action::ShowView(View::Timeline)));
    assert!(s.timeline.current(), "the forecast is cached");
    // Somewhere in the middle, where rows above and below exist.
    s.timeline.cursor = s.timeline.model.lines.len() / 2;
    update(&mut s, Msg::Action(Action::Move(1)));
    s
}

fn frame(terminal: &mut Terminal<TestBackend>, s: &State, theme: &Theme) {
    let result = terminal.draw(|f| tui::draw::draw(f, s, theme));
    if let Err(never) = result {
        match never {}
    }
}

fn timeline(c: &mut Criterion) {
    let theme = Theme::fallback();
    let mut g = c.benchmark_group("timeline_160x48");
    g.sample_size(20);
    for tasks in [100usize, 100_000] {
        let mut s = session(tasks);
        let mut terminal = match Terminal::new(TestBackend::new(160, 48)) {
            Ok(t) => t,
            Err(never) => match never {},
        };
        let forecast = s.timeline.forecast.clone();
        g.bench_function(BenchmarkId::new("frame", tasks), |b| {
            b.iter(|| frame(&mut terminal, black_box(&s), &theme))
        });
        g.bench_function(BenchmarkId::new("move_and_frame", tasks), |b| {
            let mut by = 1;
            b.iter(|| {
                update(&mut s, Msg::Action(Action::Move(by)));
                by = -by;
                frame(&mut terminal, &s, &theme);
            })
        });
        g.bench_function(BenchmarkId::new("scroll_time_and_frame", tasks), |b| {
            let mut by = 1;
            b.iter(|| {
                update(&mut s, Msg::Action(Action::ShiftTime(by)));
                by = -by;
                frame(&mut terminal, &s, &theme);
            })
        });
        g.bench_function(BenchmarkId::new("regroup_by_owner", tasks), |b| {
            b.iter(|| update(&mut s, Msg::Action(Action::CycleGroup)))
        });
        // Nothing above made a new forecast: the frames drew the cached one.
        assert!(std::sync::Arc::ptr_eq(
            forecast.as_ref().unwrap(),
            s.timeline.forecast.as_ref().unwrap()
        ));
    }
    g.finish();
}

criterion_group!(benches, timeline);
criterion_main!(benches);
