//! The import review on a 5 MB report (the seeds repeated, as
//! benches/import.rs makes it): opening it (import, rows, first frame;
//! target under 1 s) and one key with its redraw in the headless
//! TestBackend (target under 5 ms).
//!
//! Run: `cargo bench --bench review -- --quick`

use criterion::{criterion_group, criterion_main, Criterion};
use roadmap::import::import_report_and_text;
use roadmap::theme::Theme;
use roadmap::tui::review::{self, Msg, Review, Source};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

/// About 5 MB of report: the seeds again and again, each copy under its
/// own heading.
fn big_report() -> Vec<u8> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/seeds");
    let mut seeds: Vec<Vec<u8>> = std::fs::read_dir(&dir)
        .expect("the seed reports")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| std::fs::read(p).expect("a readable seed"))
        .collect();
    seeds.sort();
    let mut out = Vec::with_capacity(5_300_000);
    let mut copy = 0;
    while out.len() < 5_000_000 {
        for bytes in &seeds {
            out.extend_from_slice(format!("\n\n# Copy {copy}\n\n").as_bytes());
            out.extend_from_slice(bytes);
            copy += 1;
        }
    }
    out
}

/// What `roadmap import --review` does before the first key: import,
/// build the rows, draw.
fn open(bytes: &[u8], theme: &Theme) -> Review {
    let (outcome, text) = import_report_and_text(bytes, "big.md");
    let text = text.expect("text");
    let mut state = Review::new(Source::new("big.md", &text, &outcome), "big.toml");
    review::update(
        &mut state,
        Msg::Resize {
            width: 160,
            height: 48,
        },
    );
    black_box(review::render_buffer(&state, 160, 48, theme));
    state
}

/// Where the opening time goes, once, printed beside the figures.
fn phases(bytes: &[u8], theme: &Theme) {
    let t = std::time::Instant::now();
    let (outcome, text) = import_report_and_text(bytes, "big.md");
    let text = text.expect("text");
    let import = t.elapsed();
    let source = Source::new("big.md", &text, &outcome);
    let rows = t.elapsed() - import;
    let state = Review::new(source, "big.toml");
    let frame = std::time::Instant::now();
    black_box(review::render_buffer(&state, 160, 48, theme));
    println!(
        "open: import (with the text) {import:?}, rows {rows:?}, first frame {:?}",
        frame.elapsed()
    );
}

fn bench(c: &mut Criterion) {
    let big = big_report();
    let theme = Theme::load("dark").expect("the dark theme");
    phases(&big, &theme);
    let mut group = c.benchmark_group("review");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("open_5mb", |b| b.iter(|| open(black_box(&big), &theme)));
    group.finish();

    let mut state = open(&big, &theme);
    println!(
        "review of {} bytes: {} candidates",
        big.len(),
        state.source.rows.len()
    );
    // Halfway down, where the list is deepest in sections.
    state.cursor = state.source.rows.len() / 2;
    let mut group = c.benchmark_group("review_key");
    group.measurement_time(Duration::from_secs(3));
    group.bench_function("move_and_redraw", |b| {
        let mut down = true;
        b.iter(|| {
            review::press(&mut state, if down { "j" } else { "k" }).expect("notation");
            down = !down;
            black_box(review::render_buffer(&state, 160, 48, &theme));
        })
    });
    group.bench_function("drop_section_undo_and_redraw", |b| {
        let mut drop = true;
        b.iter(|| {
            review::press(&mut state, if drop { "D" } else { "u" }).expect("notation");
            drop = !drop;
            black_box(review::render_buffer(&state, 160, 48, &theme));
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
