//! `roadmap import REPORT.md [-o OUT.toml] [--report JSON]`: a report that
//! cannot be fully read still yields what could be read, plus warnings.

use super::{args::ImportArgs, export::write_output, Failure, Outcome};
use crate::import;
use crate::store;
use crate::tui::text::sanitize_lines;

pub fn run(args: ImportArgs) -> Outcome {
    let bytes = std::fs::read(&args.report).map_err(|e| {
        Failure::invalid(format!(
            "{}: cannot read the report: {e}; check the path",
            args.report.display()
        ))
    })?;
    let name = args.report.display().to_string();
    let outcome = import::import_report(&bytes, &name);
    for w in &outcome.warnings {
        match w.line {
            Some(line) => eprintln!("{name}:{line}: warning: {}", sanitize_lines(&w.message)),
            None => eprintln!("{name}: warning: {}", sanitize_lines(&w.message)),
        }
    }
    let text = store::to_toml(&outcome.roadmap);
    if let Some(path) = &args.report_json {
        let json = serde_json::to_string_pretty(&import::report_json(&outcome)).unwrap_or_default();
        write_output(Some(path), &(json + "\n"))?;
    }
    write_output(args.output.as_deref(), &text)?;
    if let Some(out) = &args.output {
        eprintln!(
            "{}: {} tasks in {} phases, {} findings, {} warnings",
            out.display(),
            outcome.roadmap.tasks.len(),
            outcome.roadmap.phases.len(),
            outcome.roadmap.findings.len(),
            outcome.warnings.len()
        );
    }
    Ok(())
}
