//! The store on the curated roadmaps in `roadmaps/`: real files, written by
//! hand, with comments. Checking off any task in any of them is a two-line
//! diff that unchecking undoes byte for byte, and `fmt` is stable on them.

#[path = "support/diff.rs"]
mod diff;

use chrono::NaiveDate;
use diff::changed_lines;
use roadmap::model::Status;
use roadmap::store::{format_canonical, parse, render};
use std::path::Path;

fn curated() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("roadmaps");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("roadmaps/ exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable");
            (p.display().to_string(), text)
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "there are curated roadmaps to check");
    files
}

#[test]
fn every_open_task_checks_off_in_two_lines_and_unchecks_to_the_same_bytes() {
    let day = NaiveDate::from_ymd_opt(2025, 11, 3);
    for (name, text) in curated() {
        let loaded = parse(&text, &name).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(render(&loaded, &loaded.roadmap).unwrap(), text, "{name}");
        for (i, task) in loaded.roadmap.tasks.iter().enumerate() {
            if task.status == Status::Done {
                continue;
            }
            let mut checked = (*loaded.roadmap).clone();
            checked.tasks[i].status = Status::Done;
            checked.tasks[i].done_on = day;
            let saved = render(&loaded, &checked).unwrap_or_else(|e| panic!("{name}: {e}"));
            let (removed, added) = changed_lines(&text, &saved);
            let status_line = removed.first().map(|l| l.starts_with("status ="));
            assert_eq!(
                (removed.len(), added.len(), status_line),
                (1, 2, Some(true)),
                "{name}, task `{}`: {removed:?} -> {added:?}",
                task.id
            );
            assert!(added[0].starts_with("status = \"done\""), "{added:?}");
            assert_eq!(added[1], "done_on = 2025-11-03");

            let between = parse(&saved, &name).unwrap_or_else(|e| panic!("{e}"));
            let back = render(&between, &loaded.roadmap).unwrap();
            assert_eq!(back, text, "{name}, task `{}`: uncheck", task.id);
        }
    }
}

#[test]
fn fmt_keeps_every_comment_and_is_stable() {
    for (name, text) in curated() {
        let formatted = format_canonical(&text, &name).unwrap_or_else(|e| panic!("{e}"));
        let lines: Vec<&str> = formatted.lines().map(str::trim).collect();
        for comment in text.lines().map(str::trim).filter(|l| l.starts_with('#')) {
            assert!(lines.contains(&comment), "{name}: lost {comment:?}");
        }
        assert_eq!(
            parse(&formatted, &name).unwrap().roadmap,
            parse(&text, &name).unwrap().roadmap,
            "{name}"
        );
        assert_eq!(
            format_canonical(&formatted, &name).unwrap(),
            formatted,
            "{name}: fmt is idempotent"
        );
    }
}
