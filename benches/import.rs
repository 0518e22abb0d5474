//! Import speed: each seed report (target: under 20 ms), a 5 MB report made
//! by repeating the seeds (target: under 1 s), and two pathological shapes.
//!
//! Run: `cargo bench --bench import`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use roadmap::import::import_report;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

fn seeds() -> Vec<(String, Vec<u8>)> {
    // The five seed reports are kept in the repository, as their authors wrote them.
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/seeds");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("the seed reports")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            let bytes = std::fs::read(&p).expect("a readable seed");
            (name, bytes)
        })
        .collect();
    out.sort();
    out
}

/// About 5 MB of report: the seeds again and again, each copy under its
/// own heading so sections, ids and phases keep multiplying.
fn big_report(seeds: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(5_300_000);
    let mut copy = 0;
    while out.len() < 5_000_000 {
        for (_, bytes) in seeds {
            out.extend_from_slice(format!("\n\n# Copy {copy}\n\n").as_bytes());
            out.extend_from_slice(bytes);
            copy += 1;
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let seeds = seeds();
    let mut group = c.benchmark_group("seed");
    for (name, bytes) in &seeds {
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_function(name.as_str(), |b| {
            b.iter(|| import_report(black_box(bytes), name))
        });
    }
    group.finish();

    let big = big_report(&seeds);
    let mut group = c.benchmark_group("large");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(20));
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.bench_function("5MB", |b| {
        b.iter(|| import_report(black_box(&big), "big.md"))
    });
    group.finish();

    // Shapes that once took seconds: one 3 MB list item, and 3,000 items
    // alike but for a number, each under its own week.
    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    let mut line = String::from("## Next Steps\n\n- [ ] ");
    line.push_str(&"word (4h) $50/month ✅ âœ… ".repeat(100_000));
    group.bench_function("huge-line", |b| {
        b.iter(|| import_report(black_box(line.as_bytes()), "line.md"))
    });
    let mut alike = String::new();
    for week in 1..=3_000 {
        alike.push_str(&format!(
            "## Week {week}\n\n- [ ] Implement the monitoring of the production services, item {week}\n\n"
        ));
    }
    group.bench_function("similar-titles", |b| {
        b.iter(|| import_report(black_box(alike.as_bytes()), "many.md"))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
