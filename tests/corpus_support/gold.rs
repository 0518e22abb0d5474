//! The corpus on disk: `SOURCES.tsv`, the gold readings, the documents, and
//! the seed reports whose gold is their curated roadmap.

use roadmap::model::{Effort, Money, Roadmap};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// Development or held-out validation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    Dev,
    Val,
}

/// One row of `SOURCES.tsv`.
#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    pub split: Split,
    pub sha256: String,
    pub language: String,
}

/// A task as the careful reader lists it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoldTask {
    pub title: String,
    pub line: usize,
    #[serde(default)]
    pub also: Vec<usize>,
    pub priority: Option<String>,
    pub effort: Option<String>,
    pub cost_once: Option<toml::Value>,
    pub cost_monthly: Option<toml::Value>,
    pub phase: Option<String>,
    #[serde(default)]
    pub done: bool,
}

/// A document's gold reading.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gold {
    pub id: String,
    pub language: String,
    pub findings: usize,
    pub maturity_levels: usize,
    pub phases: Vec<String>,
    #[serde(default)]
    pub tasks: Vec<GoldTask>,
}

/// A document to import, with its gold.
pub struct Document {
    pub id: String,
    pub split: Split,
    pub language: String,
    pub bytes: Vec<u8>,
    pub gold: Gold,
}

pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// Where the documents' bytes are looked for, in order: `ROADMAP_CORPUS_DOCS`,
/// `tests/corpus/docs/`, and the steering repository's `shared/corpus/docs/`
/// beside this checkout.
pub fn docs_dirs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut dirs = Vec::new();
    if let Some(d) = std::env::var_os("ROADMAP_CORPUS_DOCS") {
        dirs.push(PathBuf::from(d));
    }
    dirs.push(corpus_dir().join("docs"));
    dirs.push(root.join("../shared/corpus/docs"));
    dirs
}

pub fn sources() -> Vec<Source> {
    let path = corpus_dir().join("SOURCES.tsv");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if n == 0 || line.trim().is_empty() {
            continue; // the header
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(
            cols.len(),
            9,
            "{}:{}: expected 9 tab-separated columns",
            path.display(),
            n + 1
        );
        let split = match cols[1] {
            "dev" => Split::Dev,
            "val" => Split::Val,
            other => panic!("{}:{}: split `{other}`", path.display(), n + 1),
        };
        out.push(Source {
            id: cols[0].to_string(),
            split,
            sha256: cols[5].to_string(),
            language: cols[7].to_string(),
        });
    }
    out
}

pub fn gold(id: &str) -> Gold {
    reading(&corpus_dir().join("gold").join(format!("{id}.toml")), id)
}

/// A reading of document `id` in the gold format, checked as the gold is.
pub fn reading(path: &Path, id: &str) -> Gold {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let gold: Gold = toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(gold.id, id, "{}: id", path.display());
    for t in &gold.tasks {
        if let Some(p) = &t.phase {
            assert!(
                gold.phases.contains(p),
                "{}: task `{}` names phase `{p}`, not in `phases`",
                path.display(),
                t.title
            );
        }
        if let Some(e) = &t.effort {
            Effort::parse(e).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
        }
    }
    gold
}

/// The document's bytes, if this checkout has them; a copy whose hash is not
/// the one recorded is an error, never a silent substitute.
pub fn bytes(source: &Source) -> Option<Vec<u8>> {
    for dir in docs_dirs() {
        let path = dir.join(format!("{}.md", source.id));
        if let Ok(bytes) = std::fs::read(&path) {
            let hash = format!("{:x}", Sha256::digest(&bytes));
            assert_eq!(
                hash,
                source.sha256,
                "{}: the bytes are not the ones SOURCES.tsv records",
                path.display()
            );
            return Some(bytes);
        }
    }
    None
}

/// The cost of a gold task: a number or a `"low-high"` string.
pub fn gold_money(v: &Option<toml::Value>) -> Option<Money> {
    match v {
        None => None,
        Some(toml::Value::Integer(i)) => Some(Money::point(*i as f64)),
        Some(toml::Value::Float(f)) => Some(Money::point(*f)),
        Some(toml::Value::String(s)) => Some(Money::parse(s).unwrap_or_else(|e| panic!("{e}"))),
        Some(other) => panic!("cost `{other}` is neither a number nor a range"),
    }
}

/// The seed reports, each with its curated roadmap read as gold.
pub fn seeds() -> Vec<Document> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("roadmaps");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let loaded =
            roadmap::store::load(&path).unwrap_or_else(|e| panic!("{}: {e:?}", path.display()));
        let Some(file) = loaded
            .roadmap
            .project
            .source
            .as_deref()
            .and_then(|s| s.strip_prefix("seeds/"))
        else {
            continue;
        };
        let seed = root.join("tests/seeds").join(file);
        let bytes = std::fs::read(&seed).unwrap_or_else(|e| panic!("{}: {e}", seed.display()));
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        out.push(Document {
            id: format!("seed-{name}"),
            split: Split::Dev,
            language: "en".into(),
            bytes,
            gold: curated_gold(&name, &loaded.roadmap),
        });
    }
    out
}

/// A curated roadmap as gold: its tasks with their attributes; no source
/// lines (matching is by title alone).
fn curated_gold(name: &str, r: &Roadmap) -> Gold {
    let money = |m: Option<Money>| {
        m.map(|m| {
            if m.0.is_point() {
                toml::Value::Float(m.0.low)
            } else {
                toml::Value::String(format!("{}-{}", m.0.low, m.0.high))
            }
        })
    };
    Gold {
        id: format!("seed-{name}"),
        language: "en".into(),
        findings: r.findings.len(),
        maturity_levels: r.maturity.as_ref().map_or(0, |m| m.levels.len()),
        phases: r.phases.iter().map(|p| p.name.clone()).collect(),
        tasks: r
            .tasks
            .iter()
            .map(|t| GoldTask {
                title: t.title.clone(),
                line: 0,
                also: Vec::new(),
                priority: Some(t.priority.to_string()),
                effort: t.effort.map(|e| e.to_string()),
                cost_once: money(t.cost_once),
                cost_monthly: money(t.cost_monthly),
                phase: r.phase(&t.phase).map(|p| p.name.clone()),
                done: t.status.is_closed(),
            })
            .collect(),
    }
}
