//! The importer measured on the corpus (`tests/corpus/README.md`): every
//! document is imported and paired with its gold reading; the table gives
//! recall beside precision, and priority, effort and cost right among the
//! matched tasks whose gold has one, for the development and the validation
//! documents separately. Totals below `tests/corpus/floors.toml` fail.
//!
//! `cargo test --test import_corpus -- --nocapture` prints the table.
//! `ROADMAP_CORPUS_VERBOSE=ID` lists what went wrong on one development
//! document (`=dev`: on every development document). Validation documents print their totals only, unless
//! `ROADMAP_CORPUS_SHOW_VAL=1` (for the final report, never while tuning).

#[path = "corpus_support/gold.rs"]
mod gold;
#[path = "corpus_support/score.rs"]
mod score;

use gold::{Document, Split};
use roadmap::import::import_report;
use roadmap::model::validate::{has_errors, validate};
use score::{Miss, Tally};
use std::collections::BTreeMap;

/// The documents of the corpus whose bytes this checkout has, the seeds, and
/// how many listed documents are absent.
fn documents() -> (Vec<Document>, usize) {
    let mut docs = gold::seeds();
    let mut absent = 0;
    for source in gold::sources() {
        let gold = gold::gold(&source.id);
        assert_eq!(
            gold.language, source.language,
            "{}: the gold and SOURCES.tsv disagree on the language",
            source.id
        );
        match gold::bytes(&source) {
            Some(bytes) => docs.push(Document {
                id: source.id.clone(),
                split: source.split,
                language: source.language.clone(),
                bytes,
                gold,
            }),
            None => absent += 1,
        }
    }
    (docs, absent)
}

fn pct(x: f64) -> String {
    format!("{:.0} %", 100.0 * x)
}

fn row(name: &str, t: &Tally) -> String {
    format!(
        "| {name} | {} | {} | {} | {} | {} | {} ({}) | {} ({}) | {} ({}) | {}/{} | {}/{} | {}/{} |",
        t.gold,
        t.imported,
        t.matched,
        pct(t.recall()),
        pct(t.precision()),
        pct(t.priority_right()),
        t.priority_of,
        pct(t.effort_right()),
        t.effort_of,
        pct(t.cost_right()),
        t.cost_of,
        t.gold_phases,
        t.imported_phases,
        t.gold_findings,
        t.imported_findings,
        t.gold_levels,
        t.imported_levels,
    )
}

const HEADER: &str = "| document | gold | imported | matched | recall | precision | priority right (of) | effort right (of) | cost right (of) | phases gold/imported | findings gold/imported | levels gold/imported |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

fn print_misses(id: &str, misses: &[Miss]) {
    println!("\n{id}:");
    for m in misses {
        match m {
            Miss::NotFound(g) => println!("  - missed  L{} `{}`", g.line, g.title),
            Miss::NotATask(t) => {
                println!("  + extra   L{} `{}`", t.source_line.unwrap_or(0), t.title)
            }
            Miss::Attribute {
                gold,
                imported,
                what,
            } => println!("  ~ `{gold}` ↔ `{imported}`: {}", what.join("; ")),
        }
    }
}

/// The floors kept in the repository: a total below its floor fails.
fn floors() -> BTreeMap<String, BTreeMap<String, f64>> {
    let path = gold::corpus_dir().join("floors.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn check_floor(
    failures: &mut Vec<String>,
    floors: &BTreeMap<String, BTreeMap<String, f64>>,
    set: &str,
    t: &Tally,
) {
    let Some(f) = floors.get(set) else {
        failures.push(format!("floors.toml has no [{set}]"));
        return;
    };
    let figures = [
        ("recall", t.recall()),
        ("precision", t.precision()),
        ("priority", t.priority_right()),
        ("effort", t.effort_right()),
        ("cost", t.cost_right()),
    ];
    for (name, value) in figures {
        let floor = f.get(name).copied().unwrap_or(0.0);
        if value + 1e-9 < floor {
            failures.push(format!(
                "{set} {name} {} is below its floor {}",
                pct(value),
                pct(floor)
            ));
        }
    }
    if let Some(&max_weak) = f.get("weak_docs_max") {
        if t.weak_docs as f64 > max_weak {
            failures.push(format!(
                "{set}: {} documents under 50 % recall or precision (at most {max_weak})",
                t.weak_docs
            ));
        }
    }
}

#[test]
fn the_importer_on_the_corpus() {
    let (docs, absent) = documents();
    let verbose = std::env::var("ROADMAP_CORPUS_VERBOSE").ok();
    let show_val = std::env::var("ROADMAP_CORPUS_SHOW_VAL").is_ok_and(|v| v == "1");
    let mut totals: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut languages: BTreeMap<&str, BTreeMap<String, usize>> = BTreeMap::new();
    println!("{HEADER}");
    for doc in &docs {
        let outcome = import_report(&doc.bytes, &format!("{}.md", doc.id));
        let problems = validate(&outcome.roadmap);
        if has_errors(&problems) {
            failures.push(format!("{}: the import does not validate", doc.id));
        }
        let garbled = score::mojibake_left(&outcome.roadmap);
        if !garbled.is_empty() {
            failures.push(format!("{}: mojibake left in {:?}", doc.id, garbled));
        }
        let (t, misses) = score::score(&doc.gold, &outcome.roadmap);
        // A seed imports to a roadmap a lead keeps: at most a quarter more
        // tasks than curated, and nine in ten of the curated ones found.
        if doc.id.starts_with("seed-")
            && (t.imported * 4 > t.gold * 5 || t.matched * 10 < t.gold * 9)
        {
            failures.push(format!(
                "{}: {} tasks imported and {} of {} curated found (at most 1.25 times, at least 90 %)",
                doc.id, t.imported, t.matched, t.gold
            ));
        }
        let set = match (doc.split, doc.id.starts_with("seed-")) {
            (Split::Dev, true) => "seeds",
            (Split::Dev, false) => "dev",
            (Split::Val, _) => "val",
        };
        let shown = doc.split == Split::Dev || show_val;
        if shown {
            println!("{}", row(&format!("{} ({set})", doc.id), &t));
        }
        let every_dev = verbose.as_deref() == Some("dev") && doc.split == Split::Dev;
        if every_dev || verbose.as_deref() == Some(doc.id.as_str()) {
            assert!(
                doc.split == Split::Dev,
                "{} is a validation document: its misses are not listed",
                doc.id
            );
            print_misses(&doc.id, &misses);
            if std::env::var_os("ROADMAP_CORPUS_CANDIDATES").is_some() {
                for c in &outcome.candidates {
                    println!(
                        "  {} L{} `{}` — {} ({:.2}) [{}]",
                        if c.kept { "KEEP" } else { "drop" },
                        c.line,
                        c.title,
                        c.reason,
                        c.confidence,
                        c.section.as_deref().unwrap_or("")
                    );
                }
            }
        }
        totals.entry(set).or_default().add(&t);
        let everything = if set == "val" { "val" } else { "all dev" };
        if everything != set {
            totals.entry(everything).or_default().add(&t);
        }
        let keys: &[&str] = if everything == set {
            &[set]
        } else {
            &[set, everything]
        };
        for key in keys.iter().copied() {
            *languages
                .entry(key)
                .or_default()
                .entry(doc.language.clone())
                .or_default() += 1;
        }
    }
    println!("\n{HEADER}");
    for (set, t) in &totals {
        println!("{}", row(&format!("**{set}** ({} docs)", t.docs), t));
    }
    for (set, t) in &totals {
        println!(
            "{set}: priority right {} of {}, effort right {} of {}, cost right {} of {}; \
             {} of {} documents under 50 % recall or precision; documents by language: {:?}",
            t.priority,
            t.priority_of,
            t.effort,
            t.effort_of,
            t.cost,
            t.cost_of,
            t.weak_docs,
            t.docs,
            languages.get(set).cloned().unwrap_or_default()
        );
    }
    if absent > 0 {
        println!(
            "\n{absent} corpus documents are not in this checkout (tests/corpus/README.md says how to bring them): \
             the dev and val figures above cover only the documents present."
        );
    }
    let floors = floors();
    check_floor(&mut failures, &floors, "seeds", &totals["seeds"]);
    // A partial corpus would compare a different set of documents with the
    // floors: they apply to the whole corpus only.
    if absent == 0 {
        for set in ["dev", "val"] {
            if let Some(t) = totals.get(set) {
                check_floor(&mut failures, &floors, set, t);
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
