//! `roadmap fmt FILE [--check]`: canonical key order and spacing, comments kept.

use super::write_failure::write_failed;
use super::{args::FmtArgs, Failure, Outcome};
use crate::store;

pub fn run(args: FmtArgs) -> Outcome {
    let loaded = store::load(&args.file)?;
    let original = std::fs::read_to_string(&args.file)
        .map_err(|e| Failure::invalid(format!("{}: cannot read: {e}", args.file.display())))?;
    let formatted = store::format_canonical(&original, &args.file.display().to_string())?;
    drop(loaded);
    if formatted == original {
        return Ok(());
    }
    if args.check {
        return Err(Failure::invalid(format!(
            "{}: not canonically formatted; run `roadmap fmt {}`",
            args.file.display(),
            args.file.display()
        )));
    }
    store::write_atomic(&args.file, formatted.as_bytes())
        .map_err(|e| write_failed(&args.file, &e, "roadmap fmt {}"))?;
    println!("{}: formatted", args.file.display());
    Ok(())
}
