//! The catalogue of bad files (`tests/bad/*.toml`, plus binary garbage,
//! invalid UTF-8, a directory and a missing file made here): each one gets
//! its exact diagnostics, and no save attempt ever changes its bytes.

use roadmap::model::{Roadmap, Status};
use roadmap::store::{load, save, LoadError, SaveError};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

const SAMPLE: &str = include_str!("../src/store/testdata/sample.toml");

/// Every file in `tests/bad`, with what loading it must print (`{file}`
/// stands for the path it was loaded from).
const CATALOGUE: &[(&str, &str)] = &[
    (
        "malformed.toml",
        "{file}:10:1: error: invalid TOML: missing comma between array elements, expected `,`
  help: fix the syntax at that spot; nothing was changed on disk",
    ),
    (
        "wrong_types.toml",
        r#"{file}:5:17: error: `hours_per_day` must be a number, found string "eight"
{file}:14:9: error: `title` must be a string, found integer 42
{file}:15:10: error: `effort` must be a string like "4h", found integer 4
  help: give the unit: `effort = "4h"` if hours were meant
{file}:16:13: error: `cost_once` must be a number or a string like "400-850", found boolean true
{file}:17:9: error: `level` must be a whole number, found string "two"
{file}:18:14: error: `depends_on` must be an array of ids like ["a", "b"], found string "b"
{file}:19:7: error: `due` must be a date like 2025-10-17, found string "soon""#,
    ),
    (
        "unknown_priority.toml",
        "{file}:14:12: error: unknown priority `urgent`; allowed: critical, high, medium, low",
    ),
    (
        "bad_values.toml",
        r#"{file}:9:9: error: `start` must be a date like 2025-10-17, found string "2025-02-30"
{file}:15:10: error: `4 parsecs` is not an effort: the unit is unknown (write e.g. `4h`, `30min`, `1.5d`, `2w`, `40-60h`, `2-3 weeks`)
{file}:16:16: error: `a lot` is not an amount: the number is missing or malformed (write e.g. `50`, `400-850`, `15k`)
{file}:17:10: error: unknown status `finished`; allowed: todo, doing, done, skipped"#,
    ),
    (
        "missing_keys.toml",
        r#"{file}: error: the file has no `version`
  help: add `version = 1` as the first line
{file}:2:1: error: [project] has no `name`
  help: add `name = "..."`
{file}:5:1: error: task `a` has no `phase`
  help: add `phase = "..."`
{file}:5:1: error: task `a` has no `title`
  help: add `title = "..."`"#,
    ),
    (
        "duplicate_id.toml",
        "{file}:16:6: error: duplicate task id `health-checks`: task #1 (`Add health checks`) already has it
  help: give this task another id, such as `health-checks-2`; references to `health-checks` mean the first one",
    ),
    (
        "dangling_phase.toml",
        r#"{file}:12:9: error: task `backups` is in phase `week-2`, which does not exist
  help: use the phase `week-1`, or add a [[phases]] table with id = "week-2""#,
    ),
    (
        "dependency_cycle.toml",
        "{file}:14:14: error: dependency cycle: a -> c -> b -> a (each depends on the next, so none can start)
  help: break the loop: remove `a` from the depends_on of `b`, or another link of it",
    ),
    (
        "future_version.toml",
        "{file}:1:11: error: this file is format version 3, written by a newer roadmap
  help: upgrade roadmap to read it; this build reads version 1",
    ),
    (
        "conflict_markers.toml",
        "{file}:15:1: error: the file holds git conflict markers: a merge left a conflict here (1 of 2)
  help: resolve every conflict: keep one side of each and delete the `<<<<<<<`, `=======` and `>>>>>>>` lines (and `|||||||` with the base under it), then `roadmap validate {file}` and `git add {file}`
{file}:26:1: error: the file holds git conflict markers: a merge left a conflict here (2 of 2)",
    ),
    (
        "empty.toml",
        "{file}: error: the file is empty
  help: a roadmap starts with `version = 1` and a [project] section with a `name`; `roadmap import REPORT.md` writes one from an audit report",
    ),
];

fn bad_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad")
}

fn load_error(path: &Path) -> LoadError {
    match load(path) {
        Ok(_) => panic!("{} loaded but should not", path.display()),
        Err(e) => e,
    }
}

fn expected(template: &str, path: &Path) -> String {
    template.replace("{file}", &path.display().to_string())
}

fn check_off_first(r: &Roadmap) -> Roadmap {
    let mut r = r.clone();
    r.tasks[0].status = Status::Done;
    r.tasks[0].done_on = chrono::NaiveDate::from_ymd_opt(2025, 11, 3);
    r
}

/// Loads a good file at `path`, then lets `bad` replace it on disk (a pull,
/// an editor) and tries to save a check-off over it: refused, bytes kept.
fn save_over_changed_file_is_refused(path: &Path, bad: &[u8]) {
    fs::write(path, SAMPLE).unwrap();
    let mut loaded = load(path).unwrap();
    fs::write(path, bad).unwrap();
    let edited = check_off_first(&loaded.roadmap);
    let err = save(&mut loaded, &Arc::new(edited.clone()), path).unwrap_err();
    assert!(
        matches!(err, SaveError::ChangedOnDisk { .. }),
        "{}: {err}",
        path.display()
    );
    assert_eq!(
        fs::read(path).unwrap(),
        bad,
        "{} was changed",
        path.display()
    );
}

#[test]
fn every_bad_file_gets_its_exact_diagnostics() {
    for (name, template) in CATALOGUE {
        let path = bad_dir().join(name);
        let err = load_error(&path);
        assert_eq!(err.to_string(), expected(template, &path), "{name}");
        assert!(err.errors().count() > 0, "{name} has at least one error");
    }
}

#[test]
fn the_catalogue_lists_every_file_in_tests_bad() {
    let mut on_disk: Vec<String> = fs::read_dir(bad_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CATALOGUE.iter().map(|(n, _)| n.to_string()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}

#[test]
fn no_save_attempt_changes_a_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    for (name, _) in CATALOGUE {
        let bad = fs::read(bad_dir().join(name)).unwrap();
        save_over_changed_file_is_refused(&dir.path().join(name), &bad);
    }
}

#[test]
fn saves_that_would_create_these_problems_are_refused() {
    type Break = fn(&mut Roadmap);
    let cases: &[(&str, Break, &str)] = &[
        (
            "duplicate id",
            |r| r.tasks[2].id = r.tasks[0].id.clone(),
            "duplicate task id `health-checks`: task #1 (`Add health checks`) already has it",
        ),
        (
            "dangling phase",
            |r| r.tasks[0].phase = "week-9".into(),
            "task `health-checks` is in phase `week-9`, which does not exist",
        ),
        (
            "dependency cycle",
            |r| r.tasks[0].depends_on = vec!["ci-pipeline".into()],
            "dependency cycle: health-checks -> ci-pipeline -> health-checks (each depends on the next, so none can start)",
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roadmap.toml");
    fs::write(&path, SAMPLE).unwrap();
    let mut loaded = load(&path).unwrap();
    for (what, break_it, message) in cases {
        let mut r = (*loaded.roadmap).clone();
        break_it(&mut r);
        match save(&mut loaded, &Arc::new(r.clone()), &path) {
            Err(SaveError::Invalid(e)) => {
                let messages: Vec<&str> = e.errors().map(|d| d.message.as_str()).collect();
                assert_eq!(messages, vec![*message], "{what}");
            }
            other => panic!("{what}: expected Invalid, got {other:?}"),
        }
        assert_eq!(fs::read_to_string(&path).unwrap(), SAMPLE, "{what}");
    }
}

#[test]
fn binary_garbage_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("logo.png");
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0".to_vec();
    png.extend((0u8..=255).cycle().take(600));
    fs::write(&path, &png).unwrap();
    assert_eq!(
        load_error(&path).to_string(),
        expected(
            "{file}:1:1: error: this is a binary file, not a TOML roadmap\n  help: give the path of the roadmap's .toml file",
            &path
        )
    );
    save_over_changed_file_is_refused(&path, &png);

    // Control characters without a NUL byte are binary too.
    let noise: Vec<u8> = (1u8..32).cycle().take(300).collect();
    fs::write(&path, &noise).unwrap();
    assert!(load_error(&path).to_string().contains("binary file"));
}

#[test]
fn invalid_utf8_names_the_line_and_the_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.toml");
    let bytes = b"version = 1\n[project]\nname = \"Caf\xe9 Central\"\n".to_vec();
    fs::write(&path, &bytes).unwrap();
    assert_eq!(
        load_error(&path).to_string(),
        expected(
            "{file}:3:12: error: the file is not valid UTF-8 (byte 0xe9)\n  help: save the file as UTF-8 text; roadmap reads nothing else",
            &path
        )
    );
    save_over_changed_file_is_refused(&path, &bytes);
}

#[test]
fn a_directory_is_not_a_roadmap() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plans");
    fs::create_dir(&path).unwrap();
    assert_eq!(
        load_error(&path).to_string(),
        expected(
            "{file}: error: this is a directory, not a roadmap file\n  help: give the path of a .toml file, e.g. roadmap.toml",
            &path
        )
    );
    let sample = dir.path().join("roadmap.toml");
    fs::write(&sample, SAMPLE).unwrap();
    let mut loaded = load(&sample).unwrap();
    let edited = check_off_first(&loaded.roadmap);
    let err = save(&mut loaded, &Arc::new(edited.clone()), &path).unwrap_err();
    assert!(matches!(err, SaveError::Io { .. }), "{err}");
    assert!(path.is_dir(), "the directory is still a directory");
    assert_eq!(fs::read_dir(&path).unwrap().count(), 0, "and still empty");
}

#[test]
fn a_missing_file_says_so_and_stays_missing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nowhere.toml");
    assert_eq!(
        load_error(&path).to_string(),
        expected(
            "{file}: error: no such file\n  help: check the path; `roadmap import REPORT.md -o FILE` creates a roadmap from a report",
            &path
        )
    );
    let mut loaded = roadmap::store::parse(SAMPLE, "sample.toml").unwrap();
    let mut broken = (*loaded.roadmap).clone();
    broken.tasks[0].phase = "nowhere".into();
    assert!(matches!(
        save(&mut loaded, &Arc::new(broken.clone()), &path),
        Err(SaveError::Invalid(_))
    ));
    assert!(!path.exists(), "a refused save creates nothing");
}
