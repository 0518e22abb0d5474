//! The marked form of a merge conflict (`conflict = { field = …, ours = …,
//! theirs = …, base = … }` in the item's table): it loads, validation names
//! it as an error without stopping the load, and saves write and remove it
//! without touching anything else.

use roadmap::model::{Conflict, Part};
use roadmap::store::{self, format_canonical, parse, render, to_toml};

const FILE: &str = r#"version = 1

[project]
name = "P"

[[phases]]
id = "p"
name = "Phase"

# the first task
[[tasks]]
id = "a"
phase = "p"
title = "A"
effort = "4h" # a guess
conflict = { field = "effort", ours = "4h", theirs = "6h", base = "3h" }

[[tasks]]
id = "b"
phase = "p"
title = "B"
"#;

fn effort_conflict(id: &str) -> Conflict {
    Conflict {
        part: Part::Task(id.into()),
        field: "effort".into(),
        ours: Some("4h".into()),
        theirs: Some("6h".into()),
        base: Some("3h".into()),
    }
}

#[test]
fn a_marked_file_loads_and_reports_the_conflict_as_an_error_at_its_line() {
    let loaded = parse(FILE, "plan.toml").expect("a conflicted file still loads");
    assert_eq!(loaded.roadmap.conflicts, [effort_conflict("a")]);
    let errors: Vec<String> = loaded
        .warnings
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.to_string())
        .collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with(
            "plan.toml:16:12: error: unresolved merge conflict in task `a` field `effort`: ours \"4h\", theirs \"6h\" (base \"3h\")"
        ),
        "{}",
        errors[0]
    );
    assert!(errors[0].contains("deleting the conflict entry"));
}

#[test]
fn resolving_a_conflict_removes_only_its_line() {
    let loaded = parse(FILE, "plan.toml").unwrap();
    let mut resolved = (*loaded.roadmap).clone();
    resolved.conflicts.clear();
    let text = render(&loaded, &resolved).unwrap();
    let expected = FILE.replace(
        "conflict = { field = \"effort\", ours = \"4h\", theirs = \"6h\", base = \"3h\" }\n",
        "",
    );
    assert_eq!(text, expected);
    let clean = parse(&text, "plan.toml").unwrap();
    assert!(clean.warnings.is_empty(), "{:?}", clean.warnings);
}

#[test]
fn conflicts_added_by_a_program_are_written_where_they_belong() {
    let loaded = parse(FILE, "plan.toml").unwrap();
    let mut more = (*loaded.roadmap).clone();
    more.conflicts.push(Conflict {
        field: "notes".into(),
        ours: Some("line one\nline \"two\"".into()),
        theirs: None,
        ..effort_conflict("b")
    });
    more.conflicts.push(Conflict {
        part: Part::Phase("p".into()),
        field: Conflict::WHOLE.into(),
        ours: Some("changed name".into()),
        theirs: Some("deleted".into()),
        base: None,
    });
    // The model keeps conflicts in file order: phases before tasks.
    more.conflicts.sort_by(|x, y| x.part.cmp(&y.part));
    let text = render(&loaded, &more).expect("renders and loads back");
    assert!(text.contains(
        "name = \"Phase\"\nconflict = { field = \"*\", ours = \"changed name\", theirs = \"deleted\" }\n"
    ));
    assert!(text.contains(
        "title = \"B\"\nconflict = { field = \"notes\", ours = \"line one\\nline \\\"two\\\"\", base = \"3h\" }\n"
    ));
    assert_eq!(parse(&text, "plan.toml").unwrap().roadmap, more);
}

#[test]
fn canonical_text_and_fmt_keep_the_conflicts() {
    let loaded = parse(FILE, "plan.toml").unwrap();
    let canonical = to_toml(&loaded.roadmap);
    assert_eq!(parse(&canonical, "c.toml").unwrap().roadmap, loaded.roadmap);
    let formatted = format_canonical(FILE, "plan.toml").unwrap();
    assert_eq!(formatted.matches("conflict = ").count(), 1, "{formatted}");
    assert_eq!(parse(&formatted, "f.toml").unwrap().roadmap, loaded.roadmap);
}

#[test]
fn malformed_entries_are_refused_at_their_line() {
    let bad = FILE.replace(
        "conflict = { field = \"effort\", ours = \"4h\", theirs = \"6h\", base = \"3h\" }",
        "conflict = [{ ours = 4 }, \"x\", { field = \"effort\", colour = \"red\" }]",
    );
    let err = parse(&bad, "plan.toml").unwrap_err().to_string();
    assert!(
        err.contains(
            "plan.toml:16:22: error: `ours` of a conflict entry of task `a` must be a string"
        ),
        "{err}"
    );
    assert!(err.contains("names no `field`"), "{err}");
    assert!(
        err.contains("each `conflict` entry of task `a` must be a table"),
        "{err}"
    );
    assert!(
        err.contains("unknown key `colour` in a conflict entry"),
        "{err}"
    );
}

#[test]
fn saving_over_a_conflicted_file_keeps_its_markers() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, FILE).unwrap();
    let mut loaded = store::load(&path).unwrap();
    let mut changed = (*loaded.roadmap).clone();
    changed.tasks[1].title = "B, renamed".into();
    store::save(&mut loaded, &std::sync::Arc::new(changed), &path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("conflict = { field = \"effort\""));
    assert!(text.contains("title = \"B, renamed\""));
}
