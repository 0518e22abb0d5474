//! Every interactive path at 1,000, 10,000 and 100,000 tasks, on roadmaps from
//! `roadmap gen` (seed 42), against the targets of issue 6 at 100,000 tasks:
//! load + validate + metrics < 400 ms, toggle + recompute < 1 ms, a search
//! keystroke < 30 ms, a frame < 5 ms. Figures and their reading are in
//! docs/PERFORMANCE.md.
//!
//! - `load`: `store::parse` of the canonical text; it validates too.
//! - `validate`, `metrics`: each alone, on the loaded roadmap.
//! - `metrics_live_build`: what the planner does at open and reload instead:
//!   the id index plus `LiveMetrics::new` (a full compute and the
//!   bookkeeping that lets later changes update the figures in place).
//! - `load_validate_metrics`: what opening a file costs before the first frame.
//! - `save_after_check_off`: `store::render` (patch + re-validate) after one
//!   task is checked off.
//! - `toggle`, `toggle_recompute`: one check-off built and applied through a
//!   `TaskIndex` (as the planner does), alone and followed by
//!   `LiveMetrics::update` (the figures updated in place).
//! - `search_keystroke`: `/` is open; typing the first letter scores every
//!   task inline (the worst keystroke), then backspace clears it.
//! - `search_narrowing`: the third letter, scoring only the hits of the second.
//! - `search_rank_backup`, `search_rank_d`: `search::ranked`, the order
//!   `n`/`N` step through, computed the first time `n` is pressed.
//! - `search_first_n`: that first `n` in the planner (rank, then select the
//!   best hit the list shows), after `/backup<enter>`.
//! - `frame`: one 120×40 Roadmap view with the selection mid-list.
//! - `search_scoring`: the first letter scored over the four fields (title,
//!   id, category, notes) by the planner's `search::hits` (nucleo-matcher,
//!   two threads from 8,192 tasks); `search_scoring_one_thread`: the same
//!   scoring on one thread, written out here, to show what the split buys.
//!   fuzzy-matcher, which these replaced, is no longer a dependency: its
//!   figures are in docs/PERFORMANCE.md.
//!
//! Run: `cargo bench --bench scale` (a few minutes on 2 cores); one size:
//! `cargo bench --bench scale -- /100000`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};
use roadmap::model::change::{self, toggle_done, toggle_done_with, TaskIndex};
use roadmap::model::metrics::{LiveMetrics, Metrics};
use roadmap::model::synthetic::generate;
use roadmap::model::validate::validate;
use roadmap::model::Roadmap;
use roadmap::model::Status;
use roadmap::store::{parse, render, to_toml, Loaded};
use roadmap::theme::Theme;
use roadmap::tui::{self, keymap, search, update, State};
use std::hint::black_box;
use std::time::Duration;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];
const SEED: u64 = 42;

fn load(text: &str) -> Loaded {
    match parse(text, "gen.toml") {
        Ok(l) => l,
        Err(e) => panic!("a generated roadmap must load: {e}"),
    }
}

fn press(state: &mut State, keys: &str) {
    if let Err(e) = keymap::press(state, keys) {
        panic!("bad key notation in the bench: {e}");
    }
}

/// How many tasks nucleo matches on one thread, scoring every field with the
/// weights of `tui::search` (title and id count double) and keeping the best,
/// as the planner does, so the work compares like for like.
fn nucleo_hits(roadmap: &Roadmap, query: &str, matcher: &mut Matcher) -> usize {
    let pattern = Pattern::new(
        query,
        CaseMatching::Smart,
        Normalization::Smart,
        AtomKind::Fuzzy,
    );
    let mut buf = Vec::new();
    roadmap
        .tasks
        .iter()
        .filter(|t| {
            [
                (Some(t.title.as_str()), 2),
                (Some(t.id.as_str()), 2),
                (t.category.as_deref(), 1),
                (t.notes.as_deref(), 1),
            ]
            .into_iter()
            .filter_map(|(field, weight)| {
                Some(pattern.score(Utf32Str::new(field?, &mut buf), matcher)? * weight)
            })
            .max()
            .is_some()
        })
        .count()
}

fn scale(c: &mut Criterion) {
    let theme = Theme::load_from("dark", None).expect("built-in theme");
    let today = chrono::NaiveDate::from_ymd_opt(2025, 11, 3).expect("a date");
    let mut group = c.benchmark_group("scale");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3));
    for n in SIZES {
        let text = to_toml(&generate(n, SEED));
        let loaded = load(&text);
        let roadmap = (*loaded.roadmap).clone();
        // A todo task in the middle: the one that gets checked off.
        let middle = roadmap
            .tasks
            .iter()
            .skip(n / 2)
            .find(|t| t.status == Status::Todo)
            .map(|t| t.id.clone())
            .expect("a generated roadmap has open tasks");

        group.bench_with_input(BenchmarkId::new("load", n), &text, |b, text| {
            b.iter(|| parse(black_box(text), "gen.toml").map(|l| l.roadmap.tasks.len()))
        });
        group.bench_with_input(BenchmarkId::new("validate", n), &roadmap, |b, r| {
            b.iter(|| validate(black_box(r)))
        });
        group.bench_with_input(BenchmarkId::new("metrics", n), &roadmap, |b, r| {
            b.iter(|| Metrics::compute(black_box(r)))
        });
        group.bench_with_input(
            BenchmarkId::new("metrics_live_build", n),
            &roadmap,
            |b, r| {
                b.iter(|| {
                    let index = TaskIndex::build(black_box(&r.tasks));
                    LiveMetrics::new(r, &index).1.overall.tasks_done
                })
            },
        );
        group.bench_with_input(
            BenchmarkId::new("load_validate_metrics", n),
            &text,
            |b, text| {
                b.iter(|| parse(black_box(text), "gen.toml").map(|l| Metrics::compute(&l.roadmap)))
            },
        );

        let mut checked = roadmap.clone();
        let check_off = toggle_done(&checked, &middle, today).expect("the task exists");
        change::apply(&mut checked, check_off).expect("a built change applies");
        group.bench_with_input(
            BenchmarkId::new("save_after_check_off", n),
            &checked,
            |b, checked| b.iter(|| render(black_box(&loaded), checked).map(|t| t.len())),
        );

        let mut live = roadmap.clone();
        let mut index = TaskIndex::build(&live.tasks);
        group.bench_with_input(BenchmarkId::new("toggle", n), &n, |b, _| {
            b.iter(|| {
                let c = toggle_done_with(&live, &index, &middle, today).expect("the task exists");
                change::apply_with(&mut live, &mut index, c).expect("a built change applies")
            })
        });
        let (mut figures, mut metrics) = LiveMetrics::new(&live, &index);
        group.bench_with_input(BenchmarkId::new("toggle_recompute", n), &n, |b, _| {
            b.iter(|| {
                let c = toggle_done_with(&live, &index, &middle, today).expect("the task exists");
                let inverse =
                    change::apply_with(&mut live, &mut index, c).expect("a built change applies");
                figures.update(&mut metrics, &live, &index, &inverse);
                metrics.overall.tasks_done
            })
        });
        let reference = Metrics::compute(&live);
        assert_eq!(
            (
                metrics.overall.tasks_done,
                &metrics.blocked,
                &metrics.unaddressed
            ),
            (
                reference.overall.tasks_done,
                &reference.blocked,
                &reference.unaddressed
            ),
            "the updated figures match a recompute"
        );

        let mut state = State::new(roadmap.clone(), None, today);
        update::update(
            &mut state,
            tui::Msg::Resize {
                width: 120,
                height: 40,
            },
        );
        update::update(&mut state, tui::Action::Move(n as isize / 2).into());
        group.bench_with_input(BenchmarkId::new("frame", n), &n, |b, _| {
            b.iter(|| tui::render_buffer(black_box(&state), 120, 40, &theme))
        });
        press(&mut state, "/");
        group.bench_with_input(BenchmarkId::new("search_keystroke", n), &n, |b, _| {
            b.iter(|| {
                press(&mut state, "d");
                let found = state.hits.as_ref().map(|h| h.count);
                press(&mut state, "<backspace>");
                found
            })
        });
        group.bench_with_input(BenchmarkId::new("search_scoring", n), &roadmap, |b, r| {
            b.iter(|| search::hits(black_box(r), "d").count)
        });
        let mut matcher = Matcher::new(Config::DEFAULT);
        // Both must find the same set for the timing to mean anything.
        assert_eq!(
            search::hits(&roadmap, "d").count,
            nucleo_hits(&roadmap, "d", &mut matcher),
            "the planner's search and the one-thread scan agree"
        );
        group.bench_with_input(
            BenchmarkId::new("search_scoring_one_thread", n),
            &roadmap,
            |b, r| b.iter(|| nucleo_hits(black_box(r), "d", &mut matcher)),
        );
        let two = search::hits(&roadmap, "de");
        group.bench_with_input(BenchmarkId::new("search_narrowing", n), &n, |b, _| {
            b.iter(|| {
                search::hits_among(black_box(&roadmap), "dep", search::Fields::All, Some(&two))
                    .count
            })
        });
        // `n` ranks the hits (every field of each scored in full) the
        // first time it is pressed for a query: a word, and the first
        // letter, which matches most tasks.
        for query in ["backup", "d"] {
            let hits = search::hits(&roadmap, query);
            group.bench_with_input(
                BenchmarkId::new(format!("search_rank_{query}"), n),
                &n,
                |b, _| {
                    b.iter(|| {
                        search::ranked(black_box(&roadmap), query, search::Fields::All, &hits).len()
                    })
                },
            );
        }
        let mut state = State::new(roadmap.clone(), None, today);
        update::update(
            &mut state,
            tui::Msg::Resize {
                width: 120,
                height: 40,
            },
        );
        press(&mut state, "/backup<enter>");
        assert!(
            state.hits.as_ref().is_some_and(|h| h.count > 0),
            "the generated plan mentions backups"
        );
        group.bench_with_input(BenchmarkId::new("search_first_n", n), &n, |b, _| {
            b.iter(|| {
                // Forget the ranking, so each `n` is the first for the query.
                if let Some(h) = state.hits.as_mut() {
                    h.ranked = None;
                }
                press(&mut state, "n");
                state.cursor
            })
        });
    }
    group.finish();
}

criterion_group!(benches, scale);
criterion_main!(benches);
