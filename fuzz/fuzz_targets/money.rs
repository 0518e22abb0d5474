//! Arbitrary strings to the money parser: never a panic; what parses is
//! finite, ordered and not negative; the printed form is a fixed point; and
//! the compact screen form never shows NaN or inf.
#![no_main]

use libfuzzer_sys::fuzz_target;
use roadmap::model::money::{format_amount, Money};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(money) = Money::parse(text) else {
        return;
    };
    let (low, high) = (money.0.low, money.0.high);
    assert!(low.is_finite() && high.is_finite(), "{text:?}: {money:?}");
    assert!(0.0 <= low && low <= high, "{text:?}: {money:?}");
    let printed = money.to_string();
    let again =
        Money::parse(&printed).unwrap_or_else(|e| panic!("{text:?} printed {printed:?}: {e}"));
    assert_eq!(again.to_string(), printed, "{text:?}");
    let shown = format_amount(money.0, "USD");
    assert!(!shown.contains("NaN") && !shown.contains("inf"), "{shown}");
});
