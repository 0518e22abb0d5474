//! How far two careful readers agree: a second, independent reading of some
//! development documents (`tests/corpus/second/ID.toml`, same format as the
//! gold) is scored against the gold exactly as an import is, and the
//! importer is scored on the same documents beside it. The importer's targets
//! only mean something next to this figure: no importer can agree with the
//! gold better than a second careful reader does, except by chance.
//!
//! `cargo test --test corpus_agreement -- --nocapture` prints the table.

#[allow(dead_code)]
#[path = "corpus_support/gold.rs"]
mod gold;
#[allow(dead_code)]
#[path = "corpus_support/score.rs"]
mod score;

use gold::{Gold, Split};
use roadmap::import::import_report;
use roadmap::model::{Effort, Project, Roadmap, Task};
use score::Tally;
use std::path::PathBuf;

/// A reading as the roadmap an importer would have written: each task at
/// its line, with the reader's priority (`medium`, the importer's fallback,
/// where the reader gives none), effort and done.
fn as_roadmap(reading: &Gold) -> Roadmap {
    let mut r = Roadmap::new(Project::new(reading.id.clone()));
    for (n, g) in reading.tasks.iter().enumerate() {
        let mut t = Task::new(format!("t{n}"), "", g.title.clone());
        if let Some(p) = &g.priority {
            t.priority = p.parse().unwrap_or_else(|e| panic!("{}: {e}", reading.id));
        }
        t.effort = g
            .effort
            .as_deref()
            .map(|e| Effort::parse(e).expect("checked on load"));
        t.cost_once = gold::gold_money(&g.cost_once);
        t.cost_monthly = gold::gold_money(&g.cost_monthly);
        t.source_line = Some(g.line as u32);
        if g.done {
            t.status = roadmap::model::Status::Done;
        }
        r.tasks.push(t);
    }
    r
}

fn second_readings() -> Vec<(String, PathBuf)> {
    let dir = gold::corpus_dir().join("second");
    let mut out: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| (p.file_stem().unwrap().to_string_lossy().to_string(), p))
        .collect();
    out.sort();
    out
}

fn row(id: &str, second: &Tally, importer: &Tally) -> String {
    let pct = |x: f64| format!("{:.0} %", 100.0 * x);
    format!(
        "| {id} | {} | {} | {} | {} | {} | {} of {} | {} of {} | {} | {} | {} |",
        second.gold,
        second.imported,
        pct(second.recall()),
        pct(second.precision()),
        pct((2.0 * second.matched as f64) / (second.gold + second.imported).max(1) as f64),
        second.priority,
        second.priority_of,
        second.effort,
        second.effort_of,
        importer.imported,
        pct(importer.recall()),
        pct(importer.precision()),
    )
}

#[test]
fn a_second_reader_against_the_gold() {
    let sources = gold::sources();
    let readings = second_readings();
    assert!(!readings.is_empty(), "tests/corpus/second holds no reading");
    println!(
        "| document | gold | second reader | recall | precision | F1 | priority same | effort same | importer | importer recall | importer precision |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    );
    let (mut second_total, mut importer_total) = (Tally::default(), Tally::default());
    let mut absent = 0;
    for (id, path) in &readings {
        let source = sources
            .iter()
            .find(|s| &s.id == id)
            .unwrap_or_else(|| panic!("{}: `{id}` is not in SOURCES.tsv", path.display()));
        // A second reading of a held-out document would mean someone read it.
        assert_eq!(
            source.split,
            Split::Dev,
            "{}: second readings are of development documents only",
            path.display()
        );
        let second = gold::reading(path, id);
        let first = gold::gold(id);
        let first_path = gold::corpus_dir().join("gold").join(format!("{id}.toml"));
        assert_ne!(
            std::fs::read(path).ok(),
            std::fs::read(&first_path).ok(),
            "{}: a copy of the gold is not a second reading",
            path.display()
        );
        let Some(bytes) = gold::bytes(source) else {
            absent += 1;
            continue;
        };
        let lines = String::from_utf8_lossy(&bytes).lines().count();
        for t in &second.tasks {
            for l in std::iter::once(t.line).chain(t.also.iter().copied()) {
                assert!(
                    (1..=lines).contains(&l),
                    "{}: `{}` cites line {l}; the document has {lines}",
                    path.display(),
                    t.title
                );
            }
        }
        let (s, _) = score::score(&first, &as_roadmap(&second));
        let outcome = import_report(&bytes, &format!("{id}.md"));
        let (i, _) = score::score(&first, &outcome.roadmap);
        println!("{}", row(id, &s, &i));
        second_total.add(&s);
        importer_total.add(&i);
    }
    println!(
        "{}",
        row(
            &format!("**all** ({} docs)", second_total.docs),
            &second_total,
            &importer_total
        )
    );
    if absent > 0 {
        println!("\n{absent} documents are not in this checkout: tests/corpus/README.md says how to bring them.");
    }
}
