//! Feeds arbitrary text to the TOML loader: it must never panic; a refusal
//! must carry at least one error; what it accepts must save back unchanged
//! and load back the same from its canonical form. And the fast loader (split
//! at `[[tasks]]`, plain reader, two threads) must agree with the whole-document
//! reference path: the same roadmap, or the same refusal.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check(text);
});

fn check(text: &str) {
    same_as_reference(text);
    let loaded = match roadmap::store::parse(text, "fuzz.toml") {
        Ok(loaded) => loaded,
        Err(err) => {
            assert!(err.errors().count() > 0, "a refusal without an error");
            for d in &err.diagnostics {
                let _ = d.to_string();
            }
            return;
        }
    };
    let same = roadmap::store::render(&loaded, &loaded.roadmap).expect("an unchanged save");
    assert_eq!(same, text.strip_prefix('\u{feff}').unwrap_or(text));
    let canonical = roadmap::store::to_toml(&loaded.roadmap);
    let back = roadmap::store::parse(&canonical, "canon.toml").expect("canonical form loads");
    assert_eq!(back.roadmap, loaded.roadmap);
}

/// The fast path is an optimisation only: whatever it accepts, the reference
/// accepts with the same roadmap and warnings; whatever the reference refuses,
/// `parse` refuses with the same diagnostics.
fn same_as_reference(text: &str) {
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
