//! A bug inside the merge by item must not end the driver before it has
//! written anything: git would then take OURS alone for the merge. So the
//! merge runs under `catch_unwind`, and a panic becomes a reason to fall
//! back to the line merge like any other. (The default panic hook has
//! already printed where it happened, for a bug report.)

use std::panic::{catch_unwind, AssertUnwindSafe};

/// Runs `f`; a panic in it becomes `Err` with its message.
pub fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    // Nothing `f` touches is used after a panic but the inputs, which it
    // only reads: unwind safety holds.
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".into());
        format!("roadmap stopped on an internal error, a bug ({message}; details above)")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_a_reason_and_a_result_passes_through() {
        assert_eq!(guarded(|| 7), Ok(7));
        let why = guarded(|| -> u8 { panic!("index out of bounds") }).unwrap_err();
        assert!(why.contains("index out of bounds"), "{why}");
        let id = String::from("ci");
        let why = guarded(|| -> u8 { panic!("no task `{id}`") }).unwrap_err();
        assert!(why.contains("no task `ci`"), "{why}");
    }
}
