//! `roadmap import REPORT --into FILE`: the next version of a report laid
//! over a roadmap the team has worked in. The fixture
//! `fixtures/reimport/jewelshot-v2.md` is the Jewelshot seed with two tasks
//! added ("Chaos Engineering Game Days" where "Service Mesh" was, "SLO
//! Error Budgets Per Service" at the end) and "Worker Auto-Scaling" made
//! critical.

#[path = "support/cli.rs"]
mod support;

#[path = "support/diff.rs"]
mod diff;
use diff::diff_lines;
use predicates::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};
use support::roadmap;

const SEED: &str = "tests/seeds/003_7e6f2a4eaf64617c.txt";
const V2: &str = "tests/fixtures/reimport/jewelshot-v2.md";
const CHECKED: [&str; 3] = [
    "deploy-worker-to-railway-render",
    "setup-automated-backups-database",
    "add-health-check-endpoints",
];
const ESTIMATED: &str = "ci-cd-pipeline-github-actions";

/// A folder with both versions of the report (relative names, so the
/// file's `source` is stable) and `plan.toml` imported from the first,
/// with three tasks checked off and one re-estimated.
fn worked_on() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::copy(root.join(SEED), dir.path().join("audit-v1.md")).unwrap();
    fs::copy(root.join(V2), dir.path().join("audit-v2.md")).unwrap();
    let plan = dir.path().join("plan.toml");
    run(&dir, &["import", "audit-v1.md", "-o", "plan.toml", "-q"]).success();
    let mut check = vec!["check", "plan.toml"];
    check.extend(CHECKED);
    run(&dir, &check).success();
    run(&dir, &["set", "plan.toml", ESTIMATED, "effort=3d"]).success();
    (dir, plan)
}

fn run(dir: &tempfile::TempDir, args: &[&str]) -> assert_cmd::assert::Assert {
    roadmap().current_dir(dir.path()).args(args).assert()
}

fn task(plan: &Path, id: &str) -> serde_json::Value {
    let out = roadmap()
        .args(["show", "--json"])
        .arg(plan)
        .arg(id)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["task"].clone()
}

#[test]
fn the_next_version_keeps_the_progress_and_takes_the_report_changes() {
    let (dir, plan) = worked_on();
    let before = fs::read_to_string(&plan).unwrap();

    run(&dir, &["import", "audit-v2.md", "--into", "plan.toml", "-q"])
        .success()
        .stdout(predicate::str::contains(
            "plan.toml: imported from audit-v2.md: 2 added, 1 changed, 34 kept, 0 conflicting, 1 left out",
        ))
        .stdout(predicate::str::contains(
            "+ chaos-engineering-game-days (low-priority, line 922): Chaos Engineering Game Days",
        ))
        .stdout(predicate::str::contains(
            "~ worker-auto-scaling: priority high → critical",
        ))
        .stdout(predicate::str::contains(
            "- service-mesh (todo): Service Mesh: no longer in the report; kept (--drop-removed drops it)",
        ));

    for id in CHECKED {
        let t = task(&plan, id);
        assert_eq!(t["status"], "done", "{id}");
        assert_eq!(t["done_on"], "2026-11-23", "{id}");
    }
    assert_eq!(task(&plan, ESTIMATED)["effort"], "3d");
    assert_eq!(task(&plan, "worker-auto-scaling")["priority"], "critical");
    assert_eq!(task(&plan, "service-mesh")["status"], "todo");
    assert_eq!(
        task(&plan, "slo-error-budgets-per-service")["source_line"],
        927
    );

    // One line per changed field: the report's name, the priority and the
    // task's record of what the report said; the two new tasks as blocks.
    let after = fs::read_to_string(&plan).unwrap();
    let (removed, added) = diff_lines(&before, &after);
    assert_eq!(
        removed,
        [
            "source = \"audit-v1.md\"",
            "priority = \"high\"",
            "reported = \"priority=high; phase=high-priority; title=Worker Auto-Scaling\"",
        ]
    );
    let (replaced, blocks) = added.split_at(3);
    assert_eq!(
        replaced,
        [
            "source = \"audit-v2.md\"",
            "priority = \"critical\"",
            "reported = \"priority=critical; phase=high-priority; title=Worker Auto-Scaling\"",
        ]
    );
    let new_tasks = blocks.iter().filter(|l| *l == "[[tasks]]").count();
    assert_eq!(new_tasks, 2, "{blocks:#?}");
    assert!(blocks.contains(&"id = \"chaos-engineering-game-days\"".to_string()));
    assert!(blocks.contains(&"id = \"slo-error-budgets-per-service\"".to_string()));
    roadmap().arg("validate").arg(&plan).assert().success();

    // The same report again changes nothing.
    run(
        &dir,
        &["import", "audit-v2.md", "--into", "plan.toml", "-q"],
    )
    .success()
    .stdout(predicate::str::contains(
        "0 added, 0 changed, 37 kept, 0 conflicting, 1 left out",
    ));
    assert_eq!(fs::read_to_string(&plan).unwrap(), after);
}

#[test]
fn a_dry_run_writes_nothing_and_says_what_would_happen() {
    let (dir, plan) = worked_on();
    let before = fs::read(&plan).unwrap();
    run(
        &dir,
        &[
            "import",
            "audit-v2.md",
            "--into",
            "plan.toml",
            "--dry-run",
            "-q",
        ],
    )
    .success()
    .stdout(predicate::str::starts_with(
        "dry run, nothing written: plan.toml: would import from audit-v2.md: 2 added, 1 changed",
    ));
    assert_eq!(fs::read(&plan).unwrap(), before);

    let out = run(
        &dir,
        &[
            "import",
            "audit-v2.md",
            "--into",
            "plan.toml",
            "--dry-run",
            "--json",
            "-q",
        ],
    )
    .success();
    assert_eq!(fs::read(&plan).unwrap(), before);
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(json["command"], "import");
    assert_eq!(json["ok"], true);
    assert_eq!(json["dry_run"], true);
    assert_eq!(json["file"], "plan.toml");
    assert_eq!(json["report"], "audit-v2.md");
    let added: Vec<&str> = json["added"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        added,
        [
            "chaos-engineering-game-days",
            "slo-error-budgets-per-service"
        ]
    );
    assert_eq!(json["added"][0]["line"], 922);
    assert_eq!(json["changed"][0]["id"], "worker-auto-scaling");
    assert_eq!(json["changed"][0]["by"], "id");
    assert_eq!(
        json["changed"][0]["changes"][0],
        serde_json::json!({"field": "priority", "from": "high", "to": "critical"})
    );
    assert_eq!(json["kept"].as_array().unwrap().len(), 34);
    assert_eq!(json["conflicts"], serde_json::json!([]));
    assert_eq!(
        json["left_out"],
        serde_json::json!([{"id": "service-mesh", "title": "Service Mesh", "status": "todo", "dropped": false}])
    );
}

#[test]
fn a_field_both_sides_changed_keeps_the_team_value_until_a_side_is_chosen() {
    let (dir, plan) = worked_on();
    run(
        &dir,
        &["set", "plan.toml", "worker-auto-scaling", "priority=low"],
    )
    .success();
    run(&dir, &["import", "audit-v2.md", "--into", "plan.toml", "-q"])
        .code(1)
        .stdout(predicate::str::contains(
            "! worker-auto-scaling: priority: the team has low, the report went from high to critical; kept the team's",
        ))
        .stderr(predicate::str::contains(
            "plan.toml: 1 field changed by both the team and the report; kept the team's value; \
             run again with --ours to keep them or --theirs to take the report's",
        ));
    assert_eq!(task(&plan, "worker-auto-scaling")["priority"], "low");
    // The rest was imported; the conflict is still there for the next run.
    assert_eq!(task(&plan, "chaos-engineering-game-days")["status"], "todo");
    let out = run(
        &dir,
        &[
            "import",
            "audit-v2.md",
            "--into",
            "plan.toml",
            "--json",
            "-q",
        ],
    )
    .code(1);
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(json["ok"], false);
    assert_eq!(json["exit_code"], 1);
    assert_eq!(json["conflicts"][0]["field"], "priority");
    assert_eq!(json["conflicts"][0]["team"], "low");
    assert_eq!(json["conflicts"][0]["was"], "high");
    assert_eq!(json["conflicts"][0]["report"], "critical");

    run(
        &dir,
        &[
            "import",
            "audit-v2.md",
            "--into",
            "plan.toml",
            "--theirs",
            "-q",
        ],
    )
    .success();
    assert_eq!(task(&plan, "worker-auto-scaling")["priority"], "critical");
}

#[test]
fn ours_settles_a_conflict_and_drop_removed_drops_only_open_tasks() {
    let (dir, plan) = worked_on();
    run(
        &dir,
        &["set", "plan.toml", "worker-auto-scaling", "priority=low"],
    )
    .success();
    run(
        &dir,
        &[
            "import",
            "audit-v2.md",
            "--into",
            "plan.toml",
            "--ours",
            "--drop-removed",
            "-q",
        ],
    )
    .success()
    .stdout(predicate::str::contains(
        "- service-mesh (todo): Service Mesh: no longer in the report; dropped",
    ));
    assert_eq!(task(&plan, "worker-auto-scaling")["priority"], "low");
    roadmap()
        .args(["show", "--json"])
        .arg(&plan)
        .arg("service-mesh")
        .assert()
        .code(1);
    // Settled: the same import again finds nothing to decide.
    run(
        &dir,
        &["import", "audit-v2.md", "--into", "plan.toml", "-q"],
    )
    .success()
    .stdout(predicate::str::contains("0 conflicting"));
}

#[test]
fn a_done_task_the_report_dropped_is_never_deleted() {
    let (dir, plan) = worked_on();
    run(&dir, &["check", "plan.toml", "service-mesh"]).success();
    run(
        &dir,
        &[
            "import",
            "audit-v2.md",
            "--into",
            "plan.toml",
            "--drop-removed",
            "-q",
        ],
    )
    .success()
    .stdout(predicate::str::contains(
        "- service-mesh (done): Service Mesh: no longer in the report; kept (done)",
    ));
    assert_eq!(task(&plan, "service-mesh")["status"], "done");
}

#[test]
fn into_a_file_that_does_not_exist_writes_nothing() {
    let (dir, _) = worked_on();
    run(&dir, &["import", "audit-v2.md", "--into", "missing.toml", "-q"])
        .code(1)
        .stderr(predicate::str::contains(
            "missing.toml: no such roadmap to import into; `roadmap import audit-v2.md -o missing.toml` makes a new one; nothing was written",
        ));
    assert!(!dir.path().join("missing.toml").exists());
    let out = run(
        &dir,
        &["import", "audit-v2.md", "--into", "missing.toml", "--json"],
    )
    .code(1);
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(json["ok"], false);
    assert_eq!(json["exit_code"], 1);
}

#[test]
fn into_a_file_that_does_not_load_writes_nothing() {
    let (dir, plan) = worked_on();
    let broken = "version = 1\n[project]\nname = \"x\"\n[[tasks]]\nid = \n";
    fs::write(&plan, broken).unwrap();
    run(
        &dir,
        &["import", "audit-v2.md", "--into", "plan.toml", "-q"],
    )
    .code(1)
    .stderr(predicate::str::contains("plan.toml:5:"))
    .stderr(predicate::str::contains(
        "plan.toml: cannot import into a roadmap that does not load; nothing was written",
    ));
    assert_eq!(fs::read_to_string(&plan).unwrap(), broken);
}

#[test]
fn a_report_that_does_not_read_writes_nothing() {
    let (dir, plan) = worked_on();
    let before = fs::read(&plan).unwrap();
    run(&dir, &["import", "nowhere.md", "--into", "plan.toml", "-q"])
        .code(1)
        .stderr(predicate::str::contains(
            "nowhere.md: cannot read the report",
        ));
    fs::write(
        dir.path().join("binary.md"),
        [0u8, 159, 146, 150, 0, 0, 1, 2],
    )
    .unwrap();
    run(&dir, &["import", "binary.md", "--into", "plan.toml", "-q"])
        .code(1)
        .stderr(predicate::str::contains(
            "binary.md: nothing recognisable (no tasks, findings or maturity levels); plan.toml was not changed",
        ));
    assert_eq!(fs::read(&plan).unwrap(), before);
}

#[test]
fn the_choice_flags_need_into() {
    let (dir, _) = worked_on();
    run(&dir, &["import", "audit-v2.md", "--dry-run"]).code(2);
    run(
        &dir,
        &[
            "import",
            "audit-v2.md",
            "--into",
            "plan.toml",
            "--ours",
            "--theirs",
        ],
    )
    .code(2);
    run(
        &dir,
        &[
            "import",
            "audit-v2.md",
            "--into",
            "plan.toml",
            "-o",
            "x.toml",
        ],
    )
    .code(2);
}
