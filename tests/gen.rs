//! `roadmap gen` and `roadmap::model::synthetic::generate`: deterministic, exact in size,
//! realistic in shape, and always a valid roadmap.

use assert_cmd::Command;
use predicates::prelude::*;
use roadmap::model::synthetic::generate;
use roadmap::model::validate::validate;
use roadmap::model::{Status, Task};
use roadmap::store::{parse, to_toml};
use std::collections::HashMap;

fn roadmap() -> Command {
    let mut cmd = Command::cargo_bin("roadmap").expect("binary built");
    cmd.env("ROADMAP_TODAY", "2026-11-23");
    cmd
}

#[test]
fn the_same_seed_gives_the_same_bytes_and_another_seed_does_not() {
    let a = to_toml(&generate(500, 7));
    assert_eq!(a, to_toml(&generate(500, 7)));
    assert_ne!(a, to_toml(&generate(500, 8)));
}

#[test]
fn the_task_count_is_exact() {
    for n in [0, 1, 2, 499, 1_000, 1_234] {
        assert_eq!(generate(n, 3).tasks.len(), n);
    }
}

#[test]
fn a_thousand_tasks_validate_without_any_problem() {
    let r = generate(1_000, 42);
    let problems = validate(&r);
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_text_loads_back_to_the_same_roadmap() {
    let r = generate(1_000, 5);
    let loaded = match parse(&to_toml(&r), "gen.toml") {
        Ok(l) => l,
        Err(e) => panic!("the generated text must load: {e}"),
    };
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(loaded.roadmap.tasks.len(), 1_000);
    assert_eq!(to_toml(&loaded.roadmap), to_toml(&r));
}

#[test]
fn dependencies_only_point_to_earlier_tasks() {
    let r = generate(2_000, 11);
    let index: HashMap<&str, usize> = r
        .tasks
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    assert_eq!(index.len(), r.tasks.len(), "ids are unique");
    let mut with_deps = 0;
    for (i, t) in r.tasks.iter().enumerate() {
        with_deps += usize::from(!t.depends_on.is_empty());
        for d in &t.depends_on {
            assert!(index[d.as_str()] < i, "{} depends on later {d}", t.id);
        }
    }
    assert!(with_deps > 400, "only {with_deps} tasks have dependencies");
}

fn share(tasks: &[Task], keep: impl Fn(&Task) -> bool) -> f64 {
    tasks.iter().filter(|t| keep(t)).count() as f64 / tasks.len() as f64
}

#[test]
fn the_shape_is_that_of_a_real_plan() {
    let r = generate(10_000, 42);
    let t = &r.tasks;
    assert_eq!(r.phases.len(), 20);
    assert!(r.findings.len() >= 100);
    let done = share(t, |t| t.status == Status::Done);
    assert!((0.15..0.25).contains(&done), "done share {done}");
    assert!(share(t, |t| t.status == Status::Doing) > 0.03);
    assert!(share(t, |t| t.status == Status::Skipped) > 0.01);
    assert!(t
        .iter()
        .all(|t| (t.status == Status::Done) == t.done_on.is_some()));
    assert!(share(t, |t| t.effort.is_some_and(|e| !e.amount.is_point())) > 0.2);
    let units: std::collections::HashSet<_> =
        t.iter().filter_map(|t| t.effort.map(|e| e.unit)).collect();
    assert_eq!(units.len(), 5, "every effort unit appears: {units:?}");
    assert!(share(t, |t| t.cost_once.is_some()) > 0.1);
    assert!(share(t, |t| t.cost_monthly.is_some_and(|m| !m.0.is_point())) > 0.01);
    assert!(share(t, |t| t.notes.is_some()) > 0.05);
    assert!(share(t, |t| t.level.is_some()) > 0.5);
    assert!(share(t, |t| t.category.is_some()) > 0.5);
    let titles: std::collections::HashSet<&str> = t.iter().map(|t| t.title.as_str()).collect();
    assert!(
        titles.len() > 5_000,
        "titles vary: {} distinct",
        titles.len()
    );
    let maturity = r.maturity.as_ref().expect("a maturity ladder");
    assert_eq!(maturity.levels.len(), 4);
    assert!(maturity.levels.iter().any(|l| !l.requires.is_empty()));
}

#[test]
fn the_cli_writes_a_file_that_validate_accepts() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.toml");
    roadmap()
        .args(["gen", "--tasks", "1500", "--seed", "9", "-o"])
        .arg(&file)
        .assert()
        .success();
    roadmap()
        .arg("validate")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("ok (1500 tasks, 3 phases"))
        .stderr(predicate::str::is_empty());
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(written, to_toml(&generate(1_500, 9)));
}

#[test]
fn without_output_the_roadmap_goes_to_stdout() {
    let out = roadmap().args(["gen", "--tasks", "10"]).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text,
        to_toml(&generate(10, roadmap::model::synthetic::DEFAULT_SEED))
    );
}

#[test]
fn bad_arguments_are_usage_errors() {
    for args in [
        &["gen"][..],
        &["gen", "--tasks", "many"],
        &["gen", "--tasks", "-3"],
        &["gen", "--tasks", "10", "--seed", "x"],
        &["gen", "--tasks", "20000000"],
    ] {
        roadmap()
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::is_empty().not());
    }
}

#[test]
fn an_unwritable_output_is_reported_with_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("missing-dir").join("out.toml");
    roadmap()
        .args(["gen", "--tasks", "5", "-o"])
        .arg(&file)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("missing-dir"));
}
