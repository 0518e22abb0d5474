//! `roadmap import REPORT.md [-o OUT.toml] [--report JSON]`: a report that
//! cannot be fully read still yields what could be read, plus warnings.

use super::{args::ImportArgs, export::write_output, Failure, Outcome};
use crate::import;
use crate::store;
use crate::tui::text::sanitize_lines;

/// Reports larger than this are refused before reading. Audit reports run
/// to tens of kilobytes (a thousand pages of markdown is about 2 MB); the
/// importer's time and memory grow with the text (a 50 MB table took 21 s
/// and 1.7 GB), so a bigger file is almost surely the wrong one.
const MAX_REPORT_BYTES: u64 = 4 * 1024 * 1024;

pub fn run(args: ImportArgs) -> Outcome {
    let bytes = read_report(&args.report)?;
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

fn read_report(path: &std::path::Path) -> Result<Vec<u8>, Failure> {
    use std::io::Read;
    let fail = |e: std::io::Error| {
        Failure::invalid(format!(
            "{}: cannot read the report: {e}; check the path",
            path.display()
        ))
    };
    let file = std::fs::File::open(path).map_err(fail)?;
    let mut bytes = Vec::new();
    // Read one byte past the limit, so a file that grows meanwhile is caught too.
    file.take(MAX_REPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(fail)?;
    if bytes.len() as u64 > MAX_REPORT_BYTES {
        let size = std::fs::metadata(path).map_or(bytes.len() as u64, |m| m.len());
        return Err(Failure::invalid(format!(
            "{}: the report is {:.1} MB; roadmap import reads reports up to {} MB; \
             check that this is the audit report, or split it and import the parts; nothing was written",
            path.display(),
            size as f64 / (1024.0 * 1024.0),
            MAX_REPORT_BYTES / (1024 * 1024)
        )));
    }
    Ok(bytes)
}
