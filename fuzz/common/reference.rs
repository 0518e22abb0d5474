//! Shared by the loader targets: the fast loader is an optimisation only, so
//! whatever it accepts the whole-document reference accepts with the same
//! roadmap and warnings, and whatever the reference refuses, `parse` refuses
//! with the same diagnostics.

pub fn same_as_reference(text: &str) {
    let fast = roadmap::store::parse(text, "fuzz.toml");
    let reference = roadmap::store::parse_reference(text, "fuzz.toml");
    match (fast, reference) {
        (Ok(f), Ok(r)) => {
            assert_eq!(f.roadmap, r.roadmap, "fast and reference loaders disagree");
            assert_eq!(f.warnings, r.warnings, "fast and reference warnings differ");
        }
        (Err(f), Err(r)) => assert_eq!(f.diagnostics, r.diagnostics),
        (f, r) => panic!(
            "one loader accepts what the other refuses: fast {:?}, reference {:?}",
            f.err().map(|e| e.diagnostics),
            r.err().map(|e| e.diagnostics)
        ),
    }
}
