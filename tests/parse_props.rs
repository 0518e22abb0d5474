//! Property tests: effort and money print → parse round-trips, and parsing
//! arbitrary text never panics.

use proptest::prelude::*;
use roadmap::model::{Effort, EffortUnit, Money};

fn unit() -> impl Strategy<Value = EffortUnit> {
    prop_oneof![
        Just(EffortUnit::Minutes),
        Just(EffortUnit::Hours),
        Just(EffortUnit::Days),
        Just(EffortUnit::Weeks),
        Just(EffortUnit::Months),
    ]
}

/// Amounts with at most two decimals: the precision the file keeps.
fn amount() -> impl Strategy<Value = f64> {
    (0u64..10_000_000).prop_map(|cents| cents as f64 / 100.0)
}

proptest! {
    #[test]
    fn effort_print_parse_round_trips(a in amount(), b in amount(), unit in unit()) {
        let effort = Effort::new(a, b, unit);
        let text = effort.to_string();
        let back = Effort::parse(&text).unwrap();
        prop_assert_eq!(back, effort, "printed as {}", text);
        prop_assert_eq!(back.to_string(), text);
    }

    #[test]
    fn money_print_parse_round_trips(a in amount(), b in amount()) {
        let money = Money::range(a, b);
        let text = money.to_string();
        let back = Money::parse(&text).unwrap();
        prop_assert_eq!(back, money, "printed as {}", text);
    }

    #[test]
    fn parsers_never_panic(text in "\\PC{0,40}") {
        let _ = Effort::parse(&text);
        let _ = Money::parse(&text);
    }

    #[test]
    fn parsed_efforts_are_finite_and_ordered(text in "[0-9.,~ -]{0,12}(h|d|w|min|days|weeks)?") {
        if let Ok(e) = Effort::parse(&text) {
            prop_assert!(e.amount.low.is_finite() && e.amount.high.is_finite());
            prop_assert!(e.amount.low <= e.amount.high);
        }
    }
}
