//! `roadmap import REPORT.md [-o OUT.toml] [--report JSON] [--force]`: a
//! report that cannot be fully read still yields what could be read, plus
//! warnings; one where nothing at all was recognised (a binary, the wrong
//! file) writes nothing and exits 1 unless `--force`.

use super::destination::Destination;
use super::{args::ImportArgs, envelope, output, Failure, Outcome};
use crate::import;
use crate::store;
use serde_json::json;

/// Reports larger than this are refused before reading. Audit reports run
/// to tens of kilobytes (a thousand pages of markdown is about 2 MB); the
/// importer's time and memory grow with the text (a 50 MB table took 21 s
/// and 1.7 GB), so a bigger file is almost surely the wrong one. 8 MB keeps
/// room above the 5 MB report the importer and its review are measured on.
const MAX_REPORT_BYTES: u64 = 8 * 1024 * 1024;

pub fn run(args: ImportArgs, today: chrono::NaiveDate) -> Outcome {
    if args.review {
        return super::import_review::run(&args, today);
    }
    if let Some(into) = args.into.clone() {
        return super::import_into::run(&args, &into);
    }
    let out = Destination::from_arg(args.output.as_deref());
    let report = args
        .report_json
        .as_deref()
        .map(|p| Destination::from_arg(Some(p)));
    out.check("-o", &[&args.report], args.force)?;
    if let Some(report) = &report {
        let mut inputs = vec![args.report.as_path()];
        if let Destination::File(o) = &out {
            inputs.push(o);
        }
        report.check("--report", &inputs, args.force)?;
        if *report == Destination::Stdout && out == Destination::Stdout {
            return Err(Failure::usage(
                "--report - and the roadmap would both go to stdout; give -o OUT.toml or a --report file",
            ));
        }
    }
    if args.json && out == Destination::Stdout {
        return Err(Failure::usage(
            "--json and the roadmap would both go to stdout; give -o OUT.toml",
        ));
    }
    let bytes = read_report(&args.report)?;
    let name = args.report.display().to_string();
    let outcome = import::import_report(&bytes, &name);
    if !args.quiet {
        let lines = if args.verbose {
            import::warning_lines(&outcome.warnings)
        } else {
            import::warning_summary(&outcome.warnings, args.report_json.is_some())
        };
        for line in lines {
            output::note(&format!("{name}{line}"));
        }
    }
    let roadmap = &outcome.roadmap;
    let nothing = roadmap.tasks.is_empty()
        && roadmap.findings.is_empty()
        && roadmap
            .maturity
            .as_ref()
            .is_none_or(|m| m.levels.is_empty());
    if nothing && !args.force {
        return Err(Failure::invalid(format!(
            "{name}: nothing recognisable (no tasks, findings or maturity levels); nothing was \
             written. Check that this is the audit report (markdown); --force writes the empty \
             roadmap anyway"
        )));
    }
    if let Some(report) = &report {
        let json = crate::export::json_text::to_string_pretty(&import::report_json(&outcome));
        report.write(&(json + "\n"), false, args.force)?;
    }
    out.write(&store::to_toml(roadmap), false, args.force)?;
    if let (true, Destination::File(path)) = (args.json, &out) {
        return envelope::print(
            "import",
            true,
            json!({"file": path.display().to_string(), "report": import::report_json(&outcome)}),
        );
    }
    if let Destination::File(path) = &out {
        if !args.quiet {
            let left_out = outcome.candidates.iter().filter(|c| !c.kept).count();
            output::note(&format!(
                "{}: {} tasks in {} phases, {} findings; {} of {} candidates left out ({}), {} warnings",
                path.display(),
                roadmap.tasks.len(),
                roadmap.phases.len(),
                roadmap.findings.len(),
                left_out,
                outcome.candidates.len(),
                if args.report_json.is_some() {
                    "the --report JSON lists each with its reason"
                } else {
                    "--report JSON lists each with its reason"
                },
                outcome.warnings.len()
            ));
        }
    }
    Ok(())
}

pub fn read_report(path: &std::path::Path) -> Result<Vec<u8>, Failure> {
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
        // A pipe has no size: then it is "more than" what was read.
        let (more, size) = match std::fs::metadata(path) {
            Ok(m) if m.is_file() => ("", m.len()),
            _ => ("more than ", bytes.len() as u64),
        };
        return Err(Failure::invalid(format!(
            "{}: the report is {more}{:.1} MB; roadmap import reads reports up to {} MB; \
             check that this is the audit report, or split it and import the parts; nothing was written",
            path.display(),
            size as f64 / (1024.0 * 1024.0),
            MAX_REPORT_BYTES / (1024 * 1024)
        )));
    }
    Ok(bytes)
}
