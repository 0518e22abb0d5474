//! The merge driver in real git: two clones of one repository, each with
//! `roadmap git-setup`, change the roadmap, commit, push and pull.

mod git_support;

use git_support::{edit, Sandbox};
use std::fs;

const ROADMAP: &str = include_str!("../src/store/testdata/sample.toml");

fn set_up(sandbox: &Sandbox) -> (std::path::PathBuf, std::path::PathBuf) {
    let (alice, bob) = sandbox.shared(ROADMAP);
    // Alice installs the driver and commits .gitattributes; Bob pulls it
    // and runs git-setup for his clone's config.
    sandbox.roadmap(&alice).arg("git-setup").assert().success();
    sandbox.git(&alice, &["add", ".gitattributes"]);
    sandbox.git(&alice, &["commit", "-qm", "Merge roadmaps by task"]);
    sandbox.git(&alice, &["push", "-q", "origin", "main"]);
    sandbox.git(&bob, &["pull", "-q", "origin", "main"]);
    sandbox.roadmap(&bob).arg("git-setup").assert().success();
    assert_eq!(sandbox.git(&bob, &["status", "--porcelain"]), "");
    (alice, bob)
}

#[test]
fn independent_changes_from_two_clones_merge_without_conflict() {
    let sandbox = Sandbox::new();
    let (alice, bob) = set_up(&sandbox);

    // Alice checks off A.
    sandbox
        .roadmap(&alice)
        .args(["check", "roadmap.toml", "health-checks"])
        .assert()
        .success();
    sandbox.git(&alice, &["commit", "-qam", "Health checks done"]);
    sandbox.git(&alice, &["push", "-q", "origin", "main"]);

    // Bob re-estimates B in his editor and checks off C.
    edit(
        &bob.join("roadmap.toml"),
        "effort = \"16 hours\"",
        "effort = \"24 hours\"",
    );
    sandbox
        .roadmap(&bob)
        .args(["check", "roadmap.toml", "backups"])
        .assert()
        .success();
    sandbox.git(&bob, &["commit", "-qam", "CI takes longer; backups done"]);

    let pull = sandbox.git_as("bob", &bob, &["pull", "origin", "main"]);
    assert!(
        pull.status.success(),
        "pull: {}{}",
        String::from_utf8_lossy(&pull.stdout),
        String::from_utf8_lossy(&pull.stderr)
    );
    assert_eq!(
        sandbox.git(&bob, &["status", "--porcelain"]),
        "",
        "nothing left unmerged"
    );

    let merged = fs::read_to_string(bob.join("roadmap.toml")).unwrap();
    assert!(!merged.contains("<<<<<<<"));
    let r = sandbox
        .roadmap(&bob)
        .args(["export", "roadmap.toml", "--format", "csv"])
        .assert()
        .success();
    let csv = String::from_utf8_lossy(&r.get_output().stdout).to_string();
    let line = |id: &str| {
        csv.lines()
            .find(|l| l.starts_with(id))
            .unwrap_or_default()
            .to_string()
    };
    assert!(line("health-checks").contains(",done,"), "{csv}");
    assert!(line("backups").contains(",done,"), "{csv}");
    // Formatting and comments of both survive; the expected merge is the
    // original text with exactly the three edits.
    let expected = ROADMAP
        .replacen(
            "status = \"todo\"\neffort = \"4h\"",
            "status = \"done\"\ndone_on = 2025-11-20\neffort = \"4h\"",
            1,
        )
        .replacen("effort = \"16 hours\"", "effort = \"24 hours\"", 1)
        .replacen(
            "status = \"todo\"\neffort = \"1.5d\"",
            "status = \"done\"\ndone_on = 2025-11-20\neffort = \"1.5d\"",
            1,
        );
    assert_eq!(merged, expected);
    sandbox
        .roadmap(&bob)
        .args(["validate", "roadmap.toml"])
        .assert()
        .success();

    // And back: Alice pulls Bob's merge and has the same file.
    sandbox.git(&bob, &["push", "-q", "origin", "main"]);
    sandbox.git(&alice, &["pull", "-q", "origin", "main"]);
    assert_eq!(
        fs::read_to_string(alice.join("roadmap.toml")).unwrap(),
        expected
    );
}

#[test]
fn two_fields_of_one_task_merge_where_plain_git_would_conflict() {
    // Alice checks off A; Bob re-estimates A on the very next line.
    let run = |with_driver: bool| -> (bool, String) {
        let sandbox = Sandbox::new();
        let (alice, bob) = if with_driver {
            set_up(&sandbox)
        } else {
            sandbox.shared(ROADMAP)
        };
        sandbox
            .roadmap(&alice)
            .args(["check", "roadmap.toml", "health-checks"])
            .assert()
            .success();
        sandbox.git(&alice, &["commit", "-qam", "done"]);
        sandbox.git(&alice, &["push", "-q", "origin", "main"]);
        edit(
            &bob.join("roadmap.toml"),
            "effort = \"4h\"",
            "effort = \"5h\"",
        );
        sandbox.git(&bob, &["commit", "-qam", "longer"]);
        let pull = sandbox.git_as("bob", &bob, &["pull", "-q", "origin", "main"]);
        (
            pull.status.success(),
            fs::read_to_string(bob.join("roadmap.toml")).unwrap(),
        )
    };
    let (ok, text) = run(false);
    assert!(!ok && text.contains("<<<<<<<"), "plain git conflicts here");
    let (ok, text) = run(true);
    assert!(ok, "{text}");
    assert!(text.contains("status = \"done\"\ndone_on = 2025-11-20\neffort = \"5h\"\n"));
}

#[test]
fn the_same_field_changed_differently_is_a_reported_conflict_that_still_loads() {
    let sandbox = Sandbox::new();
    let (alice, bob) = set_up(&sandbox);
    edit(
        &alice.join("roadmap.toml"),
        "effort = \"4h\"",
        "effort = \"6h\"",
    );
    sandbox.git(&alice, &["commit", "-qam", "six hours"]);
    sandbox.git(&alice, &["push", "-q", "origin", "main"]);
    edit(
        &bob.join("roadmap.toml"),
        "effort = \"4h\"",
        "effort = \"2h\"",
    );
    sandbox.git(&bob, &["commit", "-qam", "two hours"]);

    let pull = sandbox.git_as("bob", &bob, &["pull", "origin", "main"]);
    assert!(!pull.status.success(), "git stops on the conflict");
    let stderr = String::from_utf8_lossy(&pull.stderr).to_string();
    let stdout = String::from_utf8_lossy(&pull.stdout).to_string();
    // The sides go by git's labels: HEAD, and the commit pulled in.
    let theirs = sandbox.git(&bob, &["rev-parse", "MERGE_HEAD"]);
    assert!(
        stderr.contains(&format!(
            "roadmap.toml: conflict in task `health-checks` field `effort`: HEAD \"2h\", {} \"6h\" (base \"4h\")",
            theirs.trim()
        )),
        "{stderr}{stdout}"
    );
    assert!(stdout.contains("CONFLICT"), "{stdout}");
    assert!(
        sandbox
            .git(&bob, &["status", "--porcelain"])
            .contains("UU roadmap.toml"),
        "git marks the file unmerged"
    );

    let text = fs::read_to_string(bob.join("roadmap.toml")).unwrap();
    assert!(
        !text.contains("<<<<<<<"),
        "no text markers: the file is TOML"
    );
    assert!(text.contains(
        "effort = \"2h\"\ncategory = \"Monitoring\"\nlevel = 2\nfindings = [\"no-ci\"]\nconflict = { field = \"effort\", ours = \"2h\", theirs = \"6h\", base = \"4h\" }\n"
    ), "{text}");
    sandbox
        .roadmap(&bob)
        .args(["status", "roadmap.toml"])
        .assert()
        .success();
    let validate = sandbox
        .roadmap(&bob)
        .args(["validate", "roadmap.toml"])
        .assert()
        .code(1);
    let report = String::from_utf8_lossy(&validate.get_output().stderr).to_string();
    assert!(report.contains("roadmap.toml:"), "{report}");
    assert!(
        report.contains("unresolved merge conflict in task `health-checks` field `effort`: ours \"2h\", theirs \"6h\""),
        "{report}"
    );

    // Resolving: edit the field, delete the entry, commit.
    edit(
        &bob.join("roadmap.toml"),
        "effort = \"2h\"",
        "effort = \"6h\"",
    );
    edit(
        &bob.join("roadmap.toml"),
        "conflict = { field = \"effort\", ours = \"2h\", theirs = \"6h\", base = \"4h\" }\n",
        "",
    );
    sandbox
        .roadmap(&bob)
        .args(["validate", "roadmap.toml"])
        .assert()
        .success();
    sandbox.git(&bob, &["commit", "-qam", "six hours it is"]);
}

#[test]
fn a_task_renamed_in_one_clone_keeps_the_check_off_made_in_the_other() {
    let sandbox = Sandbox::new();
    let (alice, bob) = set_up(&sandbox);
    // Alice renames the id (and the reference to it) in her editor.
    let file = alice.join("roadmap.toml");
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, text.replace("health-checks", "health-endpoints")).unwrap();
    sandbox.git(&alice, &["commit", "-qam", "A clearer id"]);
    sandbox.git(&alice, &["push", "-q", "origin", "main"]);
    sandbox
        .roadmap(&bob)
        .args(["check", "roadmap.toml", "health-checks"])
        .assert()
        .success();
    sandbox.git(&bob, &["commit", "-qam", "Health checks done"]);

    let pull = sandbox.git_as("bob", &bob, &["pull", "origin", "main"]);
    let said = String::from_utf8_lossy(&pull.stderr).to_string();
    assert!(pull.status.success(), "{said}");
    assert!(
        said.contains("roadmap.toml: note: task `health-checks` is `health-endpoints` in "),
        "{said}"
    );
    let merged = fs::read_to_string(bob.join("roadmap.toml")).unwrap();
    assert!(!merged.contains("\"health-checks\""), "{merged}");
    // Bob's check-off under Alice's id, in Bob's table with its comment.
    assert!(
        merged.contains("# Health checks first: everything else depends on them.\n[[tasks]]\nid = \"health-endpoints\"\nphase = \"week-1\"\ntitle = \"Add health checks\"\npriority = \"critical\"\nstatus = \"done\"\ndone_on = 2025-11-20\n"),
        "{merged}"
    );
    sandbox
        .roadmap(&bob)
        .args(["validate", "roadmap.toml"])
        .assert()
        .success();
}

#[test]
fn tasks_added_in_both_clones_under_one_id_are_both_kept() {
    let sandbox = Sandbox::new();
    let (alice, bob) = set_up(&sandbox);
    let add = |dir: &std::path::Path, title: &str| {
        let file = dir.join("roadmap.toml");
        let mut text = fs::read_to_string(&file).unwrap();
        text.push_str(&format!(
            "\n[[tasks]]\nid = \"new-task\"\nphase = \"month-2\"\ntitle = \"{title}\"\nstatus = \"todo\"\n"
        ));
        fs::write(&file, text).unwrap();
    };
    add(&alice, "Rotate the API keys");
    sandbox.git(&alice, &["commit", "-qam", "Keys"]);
    sandbox.git(&alice, &["push", "-q", "origin", "main"]);
    add(&bob, "Load test the checkout");
    sandbox.git(&bob, &["commit", "-qam", "Load test"]);

    let pull = sandbox.git_as("bob", &bob, &["pull", "origin", "main"]);
    let said = String::from_utf8_lossy(&pull.stderr).to_string();
    assert!(pull.status.success(), "{said}");
    assert!(
        said.contains("both sides added task `new-task`, with different titles: kept both"),
        "{said}"
    );
    let out = sandbox
        .roadmap(&bob)
        .args(["export", "roadmap.toml", "--format", "csv"])
        .assert()
        .success();
    let csv = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        csv.contains("new-task,") && csv.contains("new-task-2,"),
        "{csv}"
    );
    assert!(
        csv.contains("Rotate the API keys") && csv.contains("Load test the checkout"),
        "{csv}"
    );
}
