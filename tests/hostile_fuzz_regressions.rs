//! Inputs the fuzz targets (fuzz/) found, replayed in the normal suite with
//! the property each broke. docs/RELEASE.md says how to add one.

use roadmap::model::money::format_amount;
use roadmap::model::{Effort, Money, Range};

/// `effort` target: a range whose bounds round to the same printed number
/// printed as `1.16-1.16w`, which reads back as the point `1.16w`: the
/// printed form was not a fixed point.
#[test]
fn an_effort_range_that_rounds_to_a_point_prints_as_the_point() {
    for input in ["1.1602621-1.1626112w", "0.001-0.002h", "3.001-3.004d"] {
        let effort = Effort::parse(input).expect("it parses");
        let printed = effort.to_string();
        assert!(!printed.contains('-'), "{input} printed {printed}");
        let again = Effort::parse(&printed).expect("the printed form parses");
        assert_eq!(again.to_string(), printed, "{input}");
    }
    assert_eq!(
        Effort::parse("1.1602621-1.1626112w").unwrap().to_string(),
        "1.16w"
    );
    assert_eq!(
        Effort::parse("1.16-1.17w").unwrap().to_string(),
        "1.16-1.17w"
    );
}

/// The same rounding in money, file form and screen form.
#[test]
fn a_money_range_that_rounds_to_a_point_prints_as_the_point() {
    let money = Money::parse("0.001-0.002").expect("it parses");
    assert_eq!(money.to_string(), "0");
    assert_eq!(Money::parse(&money.to_string()).unwrap().to_string(), "0");
    assert_eq!(format_amount(Range::new(1200.0, 1210.0), "USD"), "$1.2k");
    assert_eq!(
        format_amount(Range::new(1200.0, 1260.0), "USD"),
        "$1.2k-1.3k"
    );
}

/// `money` target: at 4.4e13 a hundredth is below the float's precision, so
/// `44444444444444.4445` printed `…45`, which read back printed `…46`.
#[test]
fn a_huge_amount_with_decimals_prints_back_to_itself() {
    for input in [
        "44444444444444.4445",
        "999999999999.999",
        "123456789012345.67",
        "1e15",
    ] {
        let printed = Money::parse(input).expect("it parses").to_string();
        let again = Money::parse(&printed).expect("the printed form parses");
        assert_eq!(again.to_string(), printed, "{input}");
    }
    assert_eq!(
        Money::parse("44444444444444.4445").unwrap().to_string(),
        "44444444444444"
    );
    assert_eq!(
        Money::parse("999999999.99").unwrap().to_string(),
        "999999999.99"
    );
}
