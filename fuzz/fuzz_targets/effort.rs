//! Arbitrary strings to the effort parser: never a panic; what parses is
//! finite, ordered and not negative; and the printed form is a fixed point
//! (it parses, and prints the same again).
#![no_main]

use libfuzzer_sys::fuzz_target;
use roadmap::model::effort::{natural_range, Calendar, Effort};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(effort) = Effort::parse(text) else {
        return;
    };
    let (low, high) = (effort.amount.low, effort.amount.high);
    assert!(low.is_finite() && high.is_finite(), "{text:?}: {effort:?}");
    assert!(0.0 <= low && low <= high, "{text:?}: {effort:?}");
    let printed = effort.to_string();
    let again =
        Effort::parse(&printed).unwrap_or_else(|e| panic!("{text:?} printed {printed:?}: {e}"));
    assert_eq!(again.to_string(), printed, "{text:?}");
    let hours = effort.in_hours(&Calendar::default());
    assert!(hours.low.is_finite() && hours.high.is_finite());
    let natural = natural_range(hours, &Calendar::default());
    assert!(
        !natural.contains("NaN") && !natural.contains("inf"),
        "{natural}"
    );
});
