//! `roadmap fmt FILE [--check]`: canonical key order and spacing, comments kept.
//! The file is read and rewritten under its save lock, so a save that
//! happens meanwhile is not overwritten with the text from before it.

use super::write_failure::write_failed;
use super::{args::FmtArgs, output, Failure, Outcome};
use crate::store;

pub fn run(args: FmtArgs) -> Outcome {
    let file = &args.file;
    let lock = match args.check {
        true => None,
        false => Some(store::lock(file).map_err(|e| write_failed(file, &e, "roadmap fmt {}"))?),
    };
    let loaded = store::load(file)?;
    let original = loaded.document.text();
    let formatted = store::format_canonical(original, &file.display().to_string())?;
    if formatted == original {
        return Ok(());
    }
    if args.check {
        return Err(Failure::invalid(format!(
            "{}: not canonically formatted; run `roadmap fmt {}`",
            file.display(),
            file.display()
        )));
    }
    if let Some(warning) = store::link_warning(file) {
        output::note(&warning);
    }
    let bytes = match loaded.document.has_bom() {
        true => format!("\u{feff}{formatted}"),
        false => formatted,
    };
    if let Some(lock) = &lock {
        lock.write(file, bytes.as_bytes())
            .map_err(|e| write_failed(file, &e, "roadmap fmt {}"))?;
    }
    output::line(&format!("{}: formatted", file.display()))
}
