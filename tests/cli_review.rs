//! `roadmap import REPORT --review` where there is no review to hold: no
//! terminal, a report that cannot be read, an output that cannot be
//! written, an output that is stdout. Each refuses before anything opens,
//! says why, and writes nothing. (The review itself runs in tmux:
//! tests/tui_e2e/review.rs.)

#[path = "support/cli.rs"]
mod support;

use predicates::prelude::*;
use std::path::Path;
use support::roadmap;

const SEED: &str = "tests/seeds/003_7e6f2a4eaf64617c.txt";

fn seed() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED)
}

/// Every file in `dir`, to show nothing was left behind.
fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn without_a_terminal_the_review_refuses_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.toml");
    roadmap()
        .args(["import", "--review", "-o"])
        .arg(&out)
        .arg(seed())
        .write_stdin("")
        .assert()
        .failure()
        .code(2)
        .stderr(predicate::str::contains("--review needs a terminal"))
        .stderr(predicate::str::contains("nothing was written"));
    assert!(files(dir.path()).is_empty(), "{:?}", files(dir.path()));
}

#[test]
fn without_a_terminal_the_review_into_a_roadmap_leaves_it_alone() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    roadmap()
        .args(["import", "-q", "-o"])
        .arg(&plan)
        .arg(seed())
        .assert()
        .success();
    let before = std::fs::read(&plan).unwrap();
    roadmap()
        .args(["import", "--review", "--into"])
        .arg(&plan)
        .arg(seed())
        .write_stdin("")
        .assert()
        .failure()
        .stderr(predicate::str::contains("--review needs a terminal"));
    assert_eq!(std::fs::read(&plan).unwrap(), before);
    assert_eq!(files(dir.path()), ["plan.toml"]);
}

#[test]
fn a_report_that_is_not_there_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.toml");
    roadmap()
        .args(["import", "--review", "-o"])
        .arg(&out)
        .arg(dir.path().join("missing.md"))
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "missing.md: cannot read the report",
        ));
    assert!(files(dir.path()).is_empty());
}

#[test]
fn an_output_in_a_folder_that_does_not_exist_is_refused_before_the_review() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("no/such/folder/out.toml");
    roadmap()
        .args(["import", "--review", "-o"])
        .arg(&out)
        .arg(seed())
        .assert()
        .failure()
        .stderr(predicate::str::contains("out.toml: cannot be written"))
        .stderr(predicate::str::contains("the review did not open"));
    assert!(files(dir.path()).is_empty());
}

#[test]
fn an_existing_output_needs_force_and_stdout_is_no_place_for_a_review() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.toml");
    std::fs::write(&out, "keep me").unwrap();
    roadmap()
        .args(["import", "--review", "-o"])
        .arg(&out)
        .arg(seed())
        .assert()
        .failure()
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    roadmap()
        .args(["import", "--review", "-o", "-"])
        .arg(seed())
        .assert()
        .failure()
        .code(2)
        .stderr(predicate::str::contains("give -o OUT.toml (not -)"));
}

#[test]
fn review_and_json_do_not_go_together() {
    roadmap()
        .args(["import", "--review", "--json"])
        .arg(seed())
        .assert()
        .failure()
        .code(2)
        .stderr(predicate::str::contains("--review"));
}
