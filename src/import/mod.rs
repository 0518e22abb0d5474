//! Markdown audit report → roadmap (`roadmap import`).
//!
//! The bytes are decoded (BOM, UTF-16, legacy encodings) and mojibake is
//! repaired ([`mojibake`]); pulldown-cmark events are folded into a small
//! outline ([`outline`]); recognisers walk it for phases, priorities, tasks,
//! recommendation blocks, findings and the maturity model; the drafts are
//! assembled into a [`Roadmap`] with stable ids and warnings for what could
//! not be placed. Nothing here panics or fails: the worst input gives an
//! empty roadmap and a warning.

mod assemble;
mod codepages;
mod context;
mod cost;
mod decode;
mod draft;
mod effort;
mod findings;
mod links;
mod maturity;
pub mod mojibake;
mod outline;
mod plan;
mod priority;
mod project;
pub mod reimport;
mod report;
mod score;
pub mod similarity;
mod text;
mod vocab;
mod vocab_roles;
mod vocab_words;
mod walk;
mod warnings;
mod window;

use crate::model::{Project, Roadmap};
use serde::Serialize;

pub use report::report_json;
pub use warnings::{warning_lines, warning_summary};

/// What an import produced: the roadmap, every candidate the importer
/// weighed, and what could not be placed.
#[derive(Debug, Clone)]
pub struct ImportOutcome {
    pub roadmap: Roadmap,
    pub warnings: Vec<ImportWarning>,
    pub candidates: Vec<CandidateReport>,
}

/// One thing in the report that could have been a task, and what the
/// importer made of it: kept (as which task) or left out, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CandidateReport {
    pub line: usize,
    pub title: String,
    pub kept: bool,
    /// The task it became, when kept.
    pub task: Option<String>,
    pub reason: String,
    /// 0 to 1: how sure the importer is of keeping or leaving it out.
    pub confidence: f64,
    /// The heading it sits under.
    pub section: Option<String>,
    /// The candidate (index in the list) it was merged into as the same action.
    #[serde(skip)]
    pub same_as: Option<usize>,
    /// What it states, with what it inherits from its section: the review
    /// shows these for candidates left out too.
    #[serde(skip)]
    pub priority: Option<crate::model::Priority>,
    #[serde(skip)]
    pub effort: Option<crate::model::Effort>,
    #[serde(skip)]
    pub cost_once: Option<crate::model::Money>,
    #[serde(skip)]
    pub cost_monthly: Option<crate::model::Money>,
}

/// A review's decisions over the importer's, by candidate index (the order
/// of [`ImportOutcome::candidates`], the same for the same bytes): kept,
/// left out, and merged `(from, into)` as the same action.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Decisions {
    pub keep: Vec<usize>,
    pub drop: Vec<usize>,
    pub merge: Vec<(usize, usize)>,
}

/// Something the importer could not read or place, with the report line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportWarning {
    pub line: Option<usize>,
    pub kind: WarningKind,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningKind {
    /// The input is binary, not a text report.
    NotText,
    /// The bytes were not UTF-8 and were read as Windows-1252.
    Encoding,
    /// Mojibake (UTF-8 read with the wrong code page) was repaired.
    MojibakeRepaired,
    /// A section that reads like plan or record was not imported.
    SectionSkipped,
    /// A task without a priority (set to medium).
    NoPriority,
    /// A task without an effort estimate.
    NoEffort,
    /// A priority, effort or cost that did not parse.
    UnparsedValue,
    /// Nothing was recognised at all.
    NothingFound,
}

/// Imports a markdown report. Never panics and never fails: bytes that are
/// not text yield an empty roadmap and a warning.
pub fn import_report(bytes: &[u8], source_name: &str) -> ImportOutcome {
    import_reviewed(bytes, source_name, &Decisions::default())
}

/// The report's text as the importer reads it (decoded, repaired), for
/// showing it beside the candidates; `None` when it is not text.
pub fn report_text(bytes: &[u8]) -> Option<String> {
    match decode::decode(bytes) {
        decode::Decoded::Text { text, .. } => Some(text),
        decode::Decoded::NotText(_) => None,
    }
}

/// Imports a report and gives the text it read too (`None` when it is not
/// text), for the review, which shows it beside the candidates: one decode
/// instead of [`import_report`] and [`report_text`] each decoding the bytes.
pub fn import_report_and_text(bytes: &[u8], source_name: &str) -> (ImportOutcome, Option<String>) {
    import_and_text(bytes, source_name, &Decisions::default())
}

/// Imports a report with a review's `decisions` laid over the importer's.
pub fn import_reviewed(bytes: &[u8], source_name: &str, decisions: &Decisions) -> ImportOutcome {
    import_and_text(bytes, source_name, decisions).0
}

fn import_and_text(
    bytes: &[u8],
    source_name: &str,
    decisions: &Decisions,
) -> (ImportOutcome, Option<String>) {
    let (text, mut warnings) = match decode::decode(bytes) {
        decode::Decoded::Text {
            text,
            lossy,
            repaired,
        } => {
            let mut warnings = Vec::new();
            if lossy {
                warnings.push(ImportWarning {
                    line: None,
                    kind: WarningKind::Encoding,
                    message: format!(
                        "`{source_name}` is not valid UTF-8; it was read as Windows-1252"
                    ),
                });
            }
            if repaired {
                warnings.push(ImportWarning {
                    line: None,
                    kind: WarningKind::MojibakeRepaired,
                    message: "garbled characters (UTF-8 read as Windows-1252 or Mac Roman, e.g. `âœ…` for `✅`) were repaired".into(),
                });
            }
            (text, warnings)
        }
        decode::Decoded::NotText(why) => {
            let mut project = Project::new(source_name_stem(source_name));
            project.source = Some(source_name.to_string());
            let outcome = ImportOutcome {
                candidates: Vec::new(),
                roadmap: Roadmap::new(project),
                warnings: vec![ImportWarning {
                    line: None,
                    kind: WarningKind::NotText,
                    message: format!("`{source_name}` was not imported: {why}"),
                }],
            };
            return (outcome, None);
        }
    };
    let blocks = outline::read(&text);
    // The plan and the rest of the report (findings, project, maturity) are
    // read independently: on two threads, which halves a large report's wait.
    let (mut drafts, candidates, (facts, maturity)) = std::thread::scope(|s| {
        let rest = s.spawn(|| {
            let mut facts = draft::Drafts::default();
            walk::walk(&blocks, &mut facts);
            (facts, maturity::read(&blocks))
        });
        let mut drafts = draft::Drafts::default();
        let legend = walk::learn_legend(&blocks);
        let candidates = plan::read(&blocks, &legend, decisions, &mut drafts);
        let rest = rest.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
        (drafts, candidates, rest)
    });
    drafts.take_facts(facts);
    let (mut roadmap, mut more) = assemble::assemble(drafts, maturity, source_name);
    warnings.append(&mut more);
    // What the report said, for the next version's `import --into`.
    for task in &mut roadmap.tasks {
        task.reported = Some(crate::model::reported::Reported::of(task).to_string());
    }
    let candidates = report::candidates(&candidates, &roadmap);
    drop(blocks);
    let outcome = ImportOutcome {
        roadmap,
        warnings,
        candidates,
    };
    (outcome, Some(text))
}

fn source_name_stem(source_name: &str) -> String {
    std::path::Path::new(source_name)
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|s| !s.is_empty())
        .unwrap_or("Imported report")
        .to_string()
}
