//! `roadmap log FILE` and the history series on a scripted repository: ten
//! check-offs by two people over ten days, with a rename and a branch
//! merged back in between.

mod git_support;

use git_support::Sandbox;
use roadmap::git::versions::Versions;
use std::fmt::Write;
use std::path::Path;

const TASKS: usize = 10;

fn roadmap_text() -> String {
    let mut text = String::from(
        "# Ten tasks, checked off one a day.\nversion = 1\n\n[project]\nname = \"Log\"\ncurrency = \"EUR\"\n\n[maturity]\nbaseline = 0\n\n[[maturity.levels]]\nlevel = 1\nname = \"All done\"\nscore = 100\n\n[[phases]]\nid = \"p\"\nname = \"Only phase\"\n",
    );
    for i in 1..=TASKS + 1 {
        let _ = write!(
            text,
            "\n[[tasks]]\nid = \"t{i:02}\"\nphase = \"p\"\ntitle = \"Task number {i}\"\nstatus = \"todo\"\neffort = \"{i}h\"\ncost_once = {}\nlevel = 1\n",
            i * 100
        );
    }
    text
}

fn check(sandbox: &Sandbox, dir: &Path, file: &str, task: usize, day: u32) {
    sandbox
        .roadmap(dir)
        .env("ROADMAP_TODAY", format!("2025-10-{day:02}"))
        .args(["check", file, &format!("t{task:02}")])
        .assert()
        .success();
}

/// Returns the repository, with the roadmap at `plan.toml` in the end.
fn scripted(sandbox: &Sandbox) -> std::path::PathBuf {
    let repo = sandbox.path("repo");
    sandbox.git(sandbox.dir.path(), &["init", "-q", "repo"]);
    sandbox.roadmap(&repo).arg("git-setup").assert().success();
    std::fs::write(repo.join("roadmap.toml"), roadmap_text()).unwrap();
    sandbox.git(&repo, &["add", "."]);
    sandbox.commit_as("ana", &repo, "2025-10-01T09:00:00+02:00", "Roadmap");
    let who = |i: usize| if i % 2 == 1 { "ana" } else { "bo" };
    for i in 1..=5 {
        check(sandbox, &repo, "roadmap.toml", i, 1 + i as u32);
        let date = format!("2025-10-{:02}T10:00:00+02:00", 1 + i);
        sandbox.commit_as(who(i), &repo, &date, &format!("t{i:02} done"));
    }
    // A rename, and a commit that changes no status.
    sandbox.git(&repo, &["mv", "roadmap.toml", "plan.toml"]);
    sandbox.commit_as("ana", &repo, "2025-10-06T12:00:00+02:00", "Rename");
    sandbox
        .roadmap(&repo)
        .args(["fmt", "plan.toml"])
        .assert()
        .success();
    let text = std::fs::read_to_string(repo.join("plan.toml")).unwrap();
    std::fs::write(
        repo.join("plan.toml"),
        text.replace("Task number 11", "Eleven"),
    )
    .unwrap();
    sandbox.commit_as("bo", &repo, "2025-10-06T13:00:00+02:00", "Retitle");
    // Bo checks off t07 on a branch while Ana checks off t06 on main.
    sandbox.git(&repo, &["checkout", "-q", "-b", "side"]);
    check(sandbox, &repo, "plan.toml", 7, 8);
    sandbox.commit_as("bo", &repo, "2025-10-08T10:00:00+02:00", "t07 done");
    sandbox.git(&repo, &["checkout", "-q", "main"]);
    check(sandbox, &repo, "plan.toml", 6, 7);
    sandbox.commit_as("ana", &repo, "2025-10-07T10:00:00+02:00", "t06 done");
    let merge = sandbox.git_at(
        "ana",
        &repo,
        Some("2025-10-08T18:00:00+02:00"),
        &["merge", "-q", "--no-edit", "side"],
    );
    assert!(
        merge.status.success(),
        "{}",
        String::from_utf8_lossy(&merge.stderr)
    );
    for i in 8..=TASKS {
        check(sandbox, &repo, "plan.toml", i, 1 + i as u32);
        let date = format!("2025-10-{:02}T10:00:00+02:00", 1 + i);
        sandbox.commit_as(who(i), &repo, &date, &format!("t{i:02} done"));
    }
    repo
}

#[test]
fn log_prints_the_ten_completions_in_order() {
    let sandbox = Sandbox::new();
    let repo = scripted(&sandbox);
    let out = sandbox
        .roadmap(&repo)
        .args(["log", "plan.toml"])
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), TASKS, "{stdout}");
    assert_eq!(lines[0], "2025-10-02  ana  t01  Task number 1   1h   €100");
    assert_eq!(lines[9], "2025-10-11  bo   t10  Task number 10  10h  €1k");
    let ids: Vec<&str> = lines
        .iter()
        .map(|l| l.split_whitespace().nth(2).unwrap_or_default())
        .collect();
    let expected: Vec<String> = (1..=TASKS).map(|i| format!("t{i:02}")).collect();
    assert_eq!(
        ids, expected,
        "oldest first, the merge adds none of its own"
    );
    let authors: Vec<&str> = lines
        .iter()
        .map(|l| l.split_whitespace().nth(1).unwrap_or_default())
        .collect();
    assert_eq!(
        authors,
        ["ana", "bo", "ana", "bo", "ana", "ana", "bo", "bo", "ana", "bo"]
    );
    assert!(lines[6].starts_with("2025-10-08  bo   t07"), "{}", lines[6]);
}

#[test]
fn the_series_climbs_with_every_check_off() {
    let sandbox = Sandbox::new();
    let repo = scripted(&sandbox);
    let versions = Versions::read(&repo.join("plan.toml"), roadmap::store::parse_version).unwrap();
    // Initial, five check-offs, rename, retitle, two branch commits, merge, three check-offs.
    assert_eq!(versions.versions.len(), 14);
    let series = versions.series();
    assert_eq!(series.len(), 14);
    assert_eq!(series[0].effort_done.low, 0.0);
    assert_eq!(series[0].score, Some(0.0));
    let last = series.last().unwrap();
    assert_eq!(last.effort_done.low, 55.0, "1h + 2h + … + 10h");
    assert_eq!(last.effort_total.low, 66.0);
    let done: Vec<f64> = series.iter().map(|p| p.effort_done.low).collect();
    // t06 on main (10-07) then t07 on the branch (10-08, without t06), then the merge.
    assert_eq!(
        done,
        [0.0, 1.0, 3.0, 6.0, 10.0, 15.0, 15.0, 15.0, 21.0, 22.0, 28.0, 36.0, 45.0, 55.0]
    );
    assert!(last.score.unwrap_or(0.0) > series[5].score.unwrap_or(0.0));
    assert!(series.windows(2).all(|w| w[0].date <= w[1].date));
}

#[test]
fn log_outside_git_fails_and_a_new_file_has_no_history() {
    let sandbox = Sandbox::new();
    let plain = sandbox.path("plain");
    std::fs::create_dir_all(&plain).unwrap();
    std::fs::write(plain.join("roadmap.toml"), roadmap_text()).unwrap();
    sandbox
        .roadmap(&plain)
        .args(["log", "roadmap.toml"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("not inside a git repository"));

    let repo = sandbox.path("repo");
    sandbox.git(sandbox.dir.path(), &["init", "-q", "repo"]);
    std::fs::write(repo.join("roadmap.toml"), roadmap_text()).unwrap();
    sandbox
        .roadmap(&repo)
        .args(["log", "roadmap.toml"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicates::str::contains("no task was checked off"));
}

/// Ana's first commit already has t01 done (on 09-28); Ana and Bo both
/// check off t02 on branches (Bo first, dated 10-03); Ana renames t03's id
/// after checking it off; Bo checks off t04 on 10-05 but commits it 10-09.
fn awkward(sandbox: &Sandbox) -> std::path::PathBuf {
    let repo = sandbox.path("repo");
    sandbox.git(sandbox.dir.path(), &["init", "-q", "repo"]);
    sandbox.roadmap(&repo).arg("git-setup").assert().success();
    let text = roadmap_text().replacen(
        "title = \"Task number 1\"\nstatus = \"todo\"\n",
        "title = \"Task number 1\"\nstatus = \"done\"\ndone_on = 2025-09-28\n",
        1,
    );
    std::fs::write(repo.join("roadmap.toml"), text).unwrap();
    sandbox.git(&repo, &["add", "."]);
    sandbox.commit_as("ana", &repo, "2025-10-01T09:00:00+02:00", "Roadmap");
    sandbox.git(&repo, &["checkout", "-q", "-b", "bo"]);
    check(sandbox, &repo, "roadmap.toml", 2, 3);
    sandbox.commit_as("bo", &repo, "2025-10-03T10:00:00+02:00", "t02 done");
    sandbox.git(&repo, &["checkout", "-q", "main"]);
    check(sandbox, &repo, "roadmap.toml", 2, 4);
    sandbox.commit_as("ana", &repo, "2025-10-04T10:00:00+02:00", "t02 done too");
    let merge = sandbox.git_at(
        "ana",
        &repo,
        Some("2025-10-04T18:00:00+02:00"),
        &["merge", "-q", "--no-edit", "bo"],
    );
    assert!(
        merge.status.success(),
        "{}",
        String::from_utf8_lossy(&merge.stderr)
    );
    check(sandbox, &repo, "roadmap.toml", 3, 5);
    sandbox.commit_as("ana", &repo, "2025-10-05T10:00:00+02:00", "t03 done");
    let file = repo.join("roadmap.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replace("\"t03\"", "\"third\"")).unwrap();
    sandbox.commit_as("ana", &repo, "2025-10-06T10:00:00+02:00", "A better id");
    check(sandbox, &repo, "roadmap.toml", 4, 5);
    sandbox.commit_as(
        "bo",
        &repo,
        "2025-10-09T10:00:00+02:00",
        "t04, done on Sunday",
    );
    repo
}

#[test]
fn log_lists_each_task_once_on_the_day_it_was_done() {
    let sandbox = Sandbox::new();
    let repo = awkward(&sandbox);
    let out = sandbox
        .roadmap(&repo)
        .args(["log", "roadmap.toml"])
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert_eq!(
        stdout,
        "2025-09-28  ana  t01    Task number 1  1h  €100\n\
         2025-10-03  bo   t02    Task number 2  2h  €200\n\
         2025-10-05  ana  third  Task number 3  3h  €300\n\
         2025-10-05  bo   t04    Task number 4  4h  €400\n"
    );
}
