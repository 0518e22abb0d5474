//! NaN, infinities, negatives, -0, huge and precision-losing numbers in
//! effort and cost (as TOML numbers and as strings), in maturity levels, the
//! baseline, findings and the project's calendar. Each is either refused
//! with its file:line:col and the offending value, or accepted as documented
//! (docs/FORMAT.md): `-0` is zero, amounts up to 10^15 are kept. Whatever
//! loads gives metrics with no NaN or infinity, and a command refusing a
//! file never changes it.

#[path = "support/cli.rs"]
mod cli_support;

use roadmap::export;
use roadmap::model::metrics::Metrics;
use roadmap::store::{self, LoadError};

/// A small valid roadmap; `{field}` is replaced by the line under test,
/// inside the table `{table}` names.
fn roadmap_with(table: &str, line: &str) -> String {
    let slot = |t: &str| {
        if t == table {
            format!("{line}\n")
        } else {
            String::new()
        }
    };
    format!(
        r#"version = 1

[project]
name = "Numbers"
currency = "USD"
{project}
[maturity]
scale = "percent"
{maturity}
[[maturity.levels]]
level = 1
name = "Safe"
{level}
[[findings]]
id = "f"
category = "Ops"
kind = "gap"
severity = "high"
title = "A finding"
{finding}
[[phases]]
id = "p"
name = "Phase"

[[tasks]]
id = "t"
phase = "p"
title = "A task"
level = 1
findings = ["f"]
{task}
[[tasks]]
id = "u"
phase = "p"
title = "Another"
effort = "2h"
"#,
        project = slot("project"),
        maturity = slot("maturity"),
        level = if table == "level" {
            format!("{line}\n")
        } else {
            "score = 50\n".into()
        },
        finding = slot("finding"),
        task = slot("task"),
    )
}

/// The 1-based line of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines()
        .position(|l| l == needle)
        .expect("the line is there")
        + 1
}

fn refused(table: &str, line: &str) -> (LoadError, usize) {
    let text = roadmap_with(table, line);
    let err = match store::parse(&text, "n.toml") {
        Ok(_) => panic!("`{line}` in {table} should be refused"),
        Err(e) => e,
    };
    (err, line_of(&text, line))
}

const REFUSED: &[(&str, &str, &str)] = &[
    // Effort as a TOML number, then as strings.
    (
        "task",
        "effort = nan",
        "`effort` must be a string like \"4h\"",
    ),
    (
        "task",
        "effort = inf",
        "`effort` must be a string like \"4h\"",
    ),
    (
        "task",
        "effort = -5",
        "`effort` must be a string like \"4h\"",
    ),
    (
        "task",
        "effort = 1e400",
        "`effort` must be a string like \"4h\"",
    ),
    (
        "task",
        r#"effort = "NaN h""#,
        "`NaN h` is not an effort: it does not start with a number",
    ),
    (
        "task",
        r#"effort = "inf h""#,
        "`inf h` is not an effort: it does not start with a number",
    ),
    (
        "task",
        r#"effort = "-5h""#,
        "`-5h` is not an effort: it is negative",
    ),
    (
        "task",
        r#"effort = "1e400h""#,
        "`1e400h` is not an effort: the unit is unknown",
    ),
    (
        "task",
        r#"effort = "1000000001h""#,
        "the number is too large",
    ),
    (
        "task",
        r#"effort = "99999999999999999999999999999999999999999999999999999999d""#,
        "the number is too large",
    ),
    (
        "task",
        r#"effort = "5-NaNh""#,
        "`5-NaNh` is not an effort: the unit is unknown",
    ),
    // Money as TOML numbers.
    (
        "task",
        "cost_once = nan",
        "`NaN` is not an amount: it must be a finite amount of at least zero",
    ),
    (
        "task",
        "cost_once = -1",
        "`-1` is not an amount: it must be a finite amount of at least zero",
    ),
    (
        "task",
        "cost_once = -inf",
        "`-inf` is not an amount: it must be a finite amount of at least zero",
    ),
    (
        "task",
        "cost_once = inf",
        "`inf` is not an amount: the amount is too large",
    ),
    (
        "task",
        "cost_once = 1e308",
        "`1e308` is not an amount: the amount is too large",
    ),
    (
        "task",
        "cost_once = 1e400",
        "`inf` is not an amount: the amount is too large",
    ),
    (
        "task",
        "cost_monthly = 9007199254740993",
        "is not an amount: the amount is too large",
    ),
    (
        "task",
        "cost_once = 18446744073709551616",
        "`18446744073709551616` is not an amount: the amount is too large",
    ),
    // Money as strings.
    (
        "task",
        r#"cost_once = "$1e309""#,
        "`$1e309` is not an amount",
    ),
    ("task", r#"cost_once = "NaN""#, "`NaN` is not an amount"),
    ("task", r#"cost_monthly = "-5""#, "`-5` is not an amount"),
    (
        "task",
        r#"cost_monthly = "1e16""#,
        "`1e16` is not an amount: the amount is too large",
    ),
    // Maturity, levels, findings and the calendar.
    ("level", "score = nan", "`score` must be a finite number"),
    (
        "level",
        "score = -50",
        "level 1 has score -50, outside the scale (0 to 100)",
    ),
    (
        "level",
        "score = 1e308",
        "level 1 has score 1e308, outside the scale",
    ),
    (
        "maturity",
        "baseline = inf",
        "`baseline` must be a finite number",
    ),
    (
        "maturity",
        "baseline = -1e308",
        "baseline -1e308 is outside the scale",
    ),
    ("finding", "score = nan", "`score` must be a finite number"),
    (
        "project",
        "hours_per_day = nan",
        "`hours_per_day` must be a finite number",
    ),
    (
        "project",
        "hours_per_day = 0",
        "hours_per_day = 0 is not a working day",
    ),
    (
        "project",
        "hours_per_day = 1e308",
        "hours_per_day = 1e308 is not a working day",
    ),
    (
        "project",
        "days_per_week = -0.0",
        "days_per_week = 0 is not a working week",
    ),
];

#[test]
fn impossible_numbers_are_refused_at_their_line_and_column() {
    for &(table, line, expected) in REFUSED {
        let (err, at) = refused(table, line);
        let hit = err
            .errors()
            .find(|d| d.message.contains(expected))
            .unwrap_or_else(|| panic!("`{line}`: no error says {expected:?}:\n{err}"));
        assert_eq!(hit.line, Some(at), "`{line}`: {hit}");
        assert!(hit.col.is_some_and(|c| c > 1), "`{line}`: {hit}");
        assert!(
            hit.to_string().starts_with(&format!("n.toml:{at}:")),
            "{hit}"
        );
        assert!(
            hit.message.len() < 300,
            "the value is quoted briefly: {hit}"
        );
    }
}

/// What loads: -0 is zero, precision-losing decimals and the largest
/// amounts are kept, and the figures stay finite and readable.
#[test]
fn odd_but_possible_numbers_load_and_give_finite_figures() {
    for line in [
        "cost_once = -0.0",
        "cost_once = 0.30000000000000004\ncost_monthly = 1e15",
        "cost_once = 1e15\ncost_monthly = \"999999999999999\"\neffort = \"1000000000mo\"",
        "effort = \"0.001-0.002h\"",
        "cost_once = 123456789012345.678",
        "effort = \"1000000000-1000000000w\"",
    ] {
        let text = roadmap_with("task", line);
        let loaded = store::parse(&text, "n.toml").unwrap_or_else(|e| panic!("{line}: {e}"));
        let metrics = Metrics::compute(&loaded.roadmap);
        let status = export::status::text(&loaded.roadmap, &metrics);
        let json = export::json::render(
            &loaded.roadmap,
            &metrics,
            &roadmap::model::schedule::forecast(
                &loaded.roadmap,
                chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            ),
        );
        let csv = export::csv::render(&loaded.roadmap, &metrics);
        let markdown = export::markdown::render(&loaded.roadmap, &metrics);
        for (what, out) in [
            ("status", &status),
            ("json", &json),
            ("csv", &csv),
            ("markdown", &markdown),
        ] {
            let lower = out.to_lowercase();
            assert!(
                !lower.contains("nan") && !lower.contains("inf"),
                "{line}: {what}:\n{out}"
            );
            assert!(
                !out.contains("9223372036854775807"),
                "{line}: no saturated integer in {what}"
            );
        }
        let value: serde_json::Value = serde_json::from_str(&json).expect("valid json");
        assert!(value.is_object());
        // The canonical form loads back to the same roadmap.
        let back = store::parse(&store::to_toml(&loaded.roadmap), "c.toml").expect("loads");
        assert_eq!(back.roadmap, loaded.roadmap, "{line}");
    }
    let loaded = store::parse(&roadmap_with("task", "cost_once = -0.0"), "n.toml").expect("loads");
    let cost = loaded.roadmap.tasks[0].cost_once.expect("a cost");
    assert!(
        cost.0.low == 0.0 && cost.0.low.is_sign_positive(),
        "-0 is kept as zero"
    );
}

#[test]
fn the_largest_amounts_sum_without_overflow_and_print_sanely() {
    // 10,000 tasks of the largest amount and effort each.
    let mut text = roadmap_with("task", "cost_once = 1e15");
    for i in 0..10_000 {
        text.push_str(&format!(
            "\n[[tasks]]\nid = \"big{i}\"\nphase = \"p\"\ntitle = \"Big\"\neffort = \"1000000000mo\"\ncost_once = 1e15\ncost_monthly = 1e15\n"
        ));
    }
    let loaded = store::parse(&text, "n.toml").expect("loads");
    let metrics = Metrics::compute(&loaded.roadmap);
    let status = export::status::text(&loaded.roadmap, &metrics);
    assert!(
        !status.to_lowercase().contains("inf") && !status.contains("NaN"),
        "{status}"
    );
    // 10,001 × 10^15 = 1.0001e19, past u64::MAX, printed in millions.
    assert!(status.contains("of $10001000000000M"), "{status}");
    let json: serde_json::Value = serde_json::from_str(&export::json::render(
        &loaded.roadmap,
        &metrics,
        &roadmap::model::schedule::forecast(
            &loaded.roadmap,
            chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
        ),
    ))
    .expect("json");
    let total = json["status"]["cost_once_total"]
        .as_f64()
        .expect("a number");
    assert_eq!(total, 10_001.0 * 1e15);
}

#[test]
fn commands_refuse_bad_numbers_and_leave_the_file_alone() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = dir.path().join("n.toml");
    let text = roadmap_with("task", "cost_once = 1e308\neffort = \"NaN h\"");
    std::fs::write(&file, &text).expect("write");
    for args in [
        &["check"][..],
        &["uncheck"],
        &["fmt"],
        &["status"],
        &["validate"],
    ] {
        let mut cmd = cli_support::roadmap();
        cmd.arg(args[0]).arg(&file);
        if args[0].ends_with("check") {
            cmd.arg("t");
        }
        let out = cmd.output().expect("runs");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("n.toml:") && stderr.contains("`1e308` is not an amount"),
            "{args:?}: {stderr}"
        );
        assert!(stderr.contains("`NaN h` is not an effort"), "{stderr}");
        assert_eq!(
            std::fs::read_to_string(&file).expect("read"),
            text,
            "{args:?} changed the file"
        );
    }
}
