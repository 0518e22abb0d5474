//! `roadmap phase add|set|rm`, `roadmap finding add|set|rm` and `roadmap
//! project set` against real files: each edit writes one line per changed
//! field (a new phase or finding its own block), a new id follows into
//! every task that names it, and each refusal says what is wrong, exits as
//! `roadmap set` does (unknown field 2, bad value or unknown id 1) and
//! leaves the file's bytes exactly as they were.

#[path = "support/cli.rs"]
mod support;

#[path = "support/diff.rs"]
mod diff;
use diff::diff_lines;
use predicates::prelude::*;
use std::fs;
use std::path::Path;
use support::{roadmap, small, SMALL};

fn text(path: &Path) -> String {
    fs::read_to_string(path).unwrap()
}

fn lines(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// `roadmap WORDS… FILE ARGS…` must exit `code` with every needle on
/// stderr, nothing on stdout, and the file untouched.
fn refused(path: &Path, words: &[&str], args: &[&str], code: i32, needles: &[&str]) {
    let mut assert = roadmap()
        .args(words)
        .arg(path)
        .args(args)
        .assert()
        .code(code)
        .stdout("");
    for needle in needles {
        assert = assert.stderr(predicate::str::contains(*needle));
    }
    assert.stderr(predicate::str::contains("nothing was changed"));
    assert_eq!(
        text(path),
        SMALL,
        "`{words:?} {args:?}` left the bytes alone"
    );
}

fn run(path: &Path, words: &[&str], args: &[&str]) -> String {
    let out = roadmap().args(words).arg(path).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn validates(path: &Path) {
    roadmap().arg("validate").arg(path).assert().success();
}

#[test]
fn phase_add_writes_one_new_block_after_the_last_phase() {
    let (_dir, path) = small();
    let out = run(
        &path,
        &["phase", "add"],
        &["q3", "name=Third quarter", "window=Q3", "start=2026-07-01"],
    );
    assert!(out.contains("added phase q3"), "{out}");
    let (removed, added) = diff_lines(SMALL, &text(&path));
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(
        added,
        lines(&[
            "[[phases]]",
            "id = \"q3\"",
            "name = \"Third quarter\"",
            "window = \"Q3\"",
            "start = 2026-07-01",
            ""
        ])
    );
    let after = text(&path);
    assert!(
        after.find("id = \"q3\"").unwrap() < after.find("[[tasks]]").unwrap(),
        "among the phases"
    );
    validates(&path);
}

#[test]
fn phase_set_changes_one_line_per_field_and_a_new_id_moves_the_tasks() {
    let (_dir, path) = small();
    let out = run(
        &path,
        &["phase", "set"],
        &["later", "name=Month two", "end=2026-02-28"],
    );
    assert!(
        out.contains("later: name Next month → Month two, end none → 2026-02-28"),
        "{out}"
    );
    let (removed, added) = diff_lines(SMALL, &text(&path));
    assert_eq!(removed, lines(&["name = \"Next month\""]));
    assert_eq!(added, lines(&["name = \"Month two\"", "end = 2026-02-28"]));
    let (_dir, path) = small();
    run(&path, &["phase", "set"], &["now", "id=sprint-1"]);
    let (removed, added) = diff_lines(SMALL, &text(&path));
    assert_eq!(
        removed,
        lines(&["id = \"now\"", "phase = \"now\"", "phase = \"now\""])
    );
    assert_eq!(
        added,
        lines(&[
            "id = \"sprint-1\"",
            "phase = \"sprint-1\"",
            "phase = \"sprint-1\""
        ])
    );
    validates(&path);
}

#[test]
fn phase_rm_moves_the_tasks_it_holds_only_when_told_where() {
    let (_dir, path) = small();
    refused(
        &path,
        &["phase", "rm"],
        &["now"],
        1,
        &["phase `now` holds 2 tasks", "--move-to"],
    );
    refused(
        &path,
        &["phase", "rm"],
        &["now", "--move-to", "latr"],
        1,
        &["no phase has id `latr`; did you mean `later`?"],
    );
    let out = run(&path, &["phase", "rm"], &["now", "--move-to", "later"]);
    assert!(
        out.contains("removed phase now (2 tasks moved to later)"),
        "{out}"
    );
    let after = text(&path);
    assert!(!after.contains("id = \"now\""));
    assert_eq!(
        after.matches("phase = \"later\"").count(),
        3,
        "no task lost"
    );
    validates(&path);
}

#[test]
fn phase_errors_exit_as_set_does_and_change_nothing() {
    let (_dir, path) = small();
    refused(
        &path,
        &["phase", "set"],
        &["nwo", "name=x"],
        1,
        &["no phase has id `nwo`; did you mean `now`?"],
    );
    refused(
        &path,
        &["phase", "set"],
        &["now", "nmae=x"],
        2,
        &["unknown field `nmae` (did you mean `name`?)"],
    );
    refused(
        &path,
        &["phase", "set"],
        &["now", "start=soon"],
        1,
        &["field `start`: `soon` is not a date"],
    );
    refused(
        &path,
        &["phase", "set"],
        &["now", "start=2026-03-01", "end=2026-02-01"],
        1,
        &["before it starts"],
    );
    refused(
        &path,
        &["phase", "set"],
        &["now", "id=later"],
        1,
        &["a phase with id `later` already exists"],
    );
    refused(
        &path,
        &["phase", "add"],
        &["new"],
        1,
        &["a phase needs a name"],
    );
    refused(
        &path,
        &["phase", "add"],
        &["Bad Id", "name=X"],
        1,
        &["`Bad Id` is not an id"],
    );
    refused(
        &path,
        &["phase", "set"],
        &["now", "name"],
        2,
        &["not FIELD=VALUE"],
    );
}

#[test]
fn finding_add_and_set_write_their_fields_and_a_new_id_follows_into_tasks() {
    let (_dir, path) = small();
    let out = run(
        &path,
        &["finding", "add"],
        &[
            "no-alerts",
            "title=Nobody is paged",
            "category=Monitoring",
            "severity=high",
        ],
    );
    assert!(out.contains("added finding no-alerts"), "{out}");
    let (removed, added) = diff_lines(SMALL, &text(&path));
    assert!(removed.is_empty());
    assert_eq!(
        added,
        lines(&[
            "[[findings]]",
            "id = \"no-alerts\"",
            "category = \"Monitoring\"",
            "kind = \"gap\"",
            "severity = \"high\"",
            "title = \"Nobody is paged\"",
            ""
        ])
    );
    validates(&path);

    let (_dir, path) = small();
    let out = run(
        &path,
        &["finding", "set"],
        &["cicd", "id=ci-cd", "score=3", "severity=critical"],
    );
    assert!(
        out.contains("cicd: id cicd → ci-cd, severity high → critical, score 2 → 3"),
        "{out}"
    );
    let (removed, added) = diff_lines(SMALL, &text(&path));
    assert_eq!(
        removed,
        lines(&[
            "id = \"cicd\"",
            "severity = \"high\"",
            "score = 2",
            "findings = [\"cicd\"]"
        ])
    );
    assert_eq!(
        added,
        lines(&[
            "id = \"ci-cd\"",
            "severity = \"critical\"",
            "score = 3",
            "findings = [\"ci-cd\"]"
        ])
    );
    validates(&path);
}

#[test]
fn finding_rm_drops_references_only_when_told() {
    let (_dir, path) = small();
    refused(
        &path,
        &["finding", "rm"],
        &["cicd"],
        1,
        &[
            "finding `cicd` is addressed by `ci-pipeline`",
            "--drop-references",
        ],
    );
    refused(
        &path,
        &["finding", "rm"],
        &["cicb"],
        1,
        &["no finding has id `cicb`; did you mean `cicd`?"],
    );
    let out = run(&path, &["finding", "rm"], &["cicd", "--drop-references"]);
    assert!(
        out.contains("removed finding cicd and 1 reference to it"),
        "{out}"
    );
    let after = text(&path);
    assert!(!after.contains("cicd"), "{after}");
    validates(&path);
}

#[test]
fn finding_errors_exit_as_set_does_and_change_nothing() {
    let (_dir, path) = small();
    refused(
        &path,
        &["finding", "set"],
        &["cicd", "severity=huge"],
        1,
        &["field `severity`"],
    );
    refused(
        &path,
        &["finding", "set"],
        &["cicd", "score=11"],
        1,
        &["above the finding's max 10"],
    );
    refused(
        &path,
        &["finding", "set"],
        &["cicd", "sevrity=low"],
        2,
        &["did you mean `severity`?"],
    );
    refused(
        &path,
        &["finding", "add"],
        &["cicd", "title=x", "category=y"],
        1,
        &["a finding with id `cicd` already exists"],
    );
    refused(
        &path,
        &["finding", "add"],
        &["new-one", "category=y"],
        1,
        &["a finding needs a title"],
    );
}

#[test]
fn project_set_changes_one_line_per_field() {
    let (_dir, path) = small();
    let out = run(
        &path,
        &["project", "set"],
        &["name=Big Shop", "currency=EUR", "hours_per_day=7.5"],
    );
    assert!(
        out.contains(
            "project: name Small Shop → Big Shop, currency USD → EUR, hours_per_day 8 → 7.5"
        ),
        "{out}"
    );
    let (removed, added) = diff_lines(SMALL, &text(&path));
    assert_eq!(
        removed,
        lines(&["name = \"Small Shop\"", "currency = \"USD\""])
    );
    assert_eq!(
        added,
        lines(&[
            "name = \"Big Shop\"",
            "currency = \"EUR\"",
            "hours_per_day = 7.5"
        ])
    );
    validates(&path);
    refused(
        &small().1,
        &["project", "set"],
        &["hours_per_day=30"],
        1,
        &["at most 24 hours"],
    );
}

#[test]
fn project_errors_exit_as_set_does_and_change_nothing() {
    let (_dir, path) = small();
    refused(
        &path,
        &["project", "set"],
        &["nmae=x"],
        2,
        &["did you mean `name`?"],
    );
    refused(
        &path,
        &["project", "set"],
        &["name="],
        1,
        &["a project needs a name"],
    );
    refused(
        &path,
        &["project", "set"],
        &["days_per_week=8"],
        1,
        &["at most 7 days"],
    );
    refused(
        &path,
        &["project", "set"],
        &["audit_date=May"],
        1,
        &["is not a date"],
    );
}

#[test]
fn json_answers_in_the_one_envelope_even_when_refused() {
    let (_dir, path) = small();
    let out = run(&path, &["project", "set"], &["name=X", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["command"], "project set");
    assert_eq!(v["ok"], true);
    assert_eq!(v["changes"][0]["field"], "name");
    assert_eq!(v["changes"][0]["to"], "X");
    let out = roadmap()
        .args(["phase", "rm"])
        .arg(&path)
        .args(["now", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["command"], "phase rm");
    assert_eq!(v["ok"], false);
    assert_eq!(v["exit_code"], 1);
    let out = run(
        &path,
        &["finding", "rm"],
        &["cicd", "--drop-references", "--json"],
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["dropped"], serde_json::json!(["ci-pipeline"]));
}
