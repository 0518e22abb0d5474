//! `[[people]]` in the file: read, written canonically, patched one line per
//! changed field, merged by name, and a bad one reported at its line.

#[path = "support/diff.rs"]
mod diff;

use diff::changed_lines;
use roadmap::model::{Part, Person};
use roadmap::store::merge::merge;
use roadmap::store::{parse, render, to_toml};

const TEXT: &str = r#"version = 1

[project]
name = "Shop"

[[phases]]
id = "now"
name = "Now"

# who does the work
[[people]]
name = "ana"
hours_per_week = 32   # four days
off = ["2026-12-24..2027-01-01"]

[[people]]
name = "bo"
hours_per_week = 40
focus = 0.5

[[tasks]]
id = "ci"
phase = "now"
title = "CI"
owner = "ana"
effort = "2d"
"#;

#[test]
fn people_load_with_their_fields() {
    let loaded = parse(TEXT, "r.toml").unwrap();
    let people = &loaded.roadmap.people;
    assert_eq!(people.len(), 2);
    assert_eq!(people[0].name, "ana");
    assert_eq!(people[0].hours_per_week, 32.0);
    assert_eq!(people[0].off, ["2026-12-24..2027-01-01"]);
    assert_eq!(people[1].focus, Some(0.5));
    assert_eq!(people[1].weekly_hours(), 20.0);
}

#[test]
fn a_changed_field_is_one_line_and_comments_stay() {
    let loaded = parse(TEXT, "r.toml").unwrap();
    let mut roadmap = (*loaded.roadmap).clone();
    roadmap.people[0].hours_per_week = 24.0;
    let text = render(&loaded, &roadmap).unwrap();
    assert_eq!(
        changed_lines(TEXT, &text),
        (
            vec!["hours_per_week = 32   # four days".to_string()],
            vec!["hours_per_week = 24   # four days".to_string()]
        )
    );
    assert!(text.contains("# who does the work"));
}

#[test]
fn a_new_person_is_written_after_the_others_and_before_the_tasks() {
    let loaded = parse(TEXT, "r.toml").unwrap();
    let mut roadmap = (*loaded.roadmap).clone();
    let mut cy = Person::new("cy", 16.0);
    cy.off = vec!["2027-02-10".into()];
    roadmap.people.push(cy);
    let text = render(&loaded, &roadmap).unwrap();
    let (removed, added) = changed_lines(TEXT, &text);
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(
        added.join("\n").trim(),
        "[[people]]\nname = \"cy\"\nhours_per_week = 16\noff = [\"2027-02-10\"]"
    );
    assert!(text.find("name = \"cy\"").unwrap() < text.find("[[tasks]]").unwrap());
    assert_eq!(parse(&text, "r.toml").unwrap().roadmap, roadmap);
}

#[test]
fn canonical_text_loads_back_to_the_same_people() {
    let loaded = parse(TEXT, "r.toml").unwrap();
    let text = to_toml(&loaded.roadmap);
    assert!(text.contains("[[people]]\nname = \"bo\"\nhours_per_week = 40\nfocus = 0.5\n"));
    assert_eq!(parse(&text, "r.toml").unwrap().roadmap, loaded.roadmap);
}

#[test]
fn merges_match_people_by_name() {
    let base = parse(TEXT, "r.toml").unwrap().roadmap;
    let mut ours = (*base).clone();
    ours.people[0].hours_per_week = 24.0;
    let mut theirs = (*base).clone();
    theirs.people.push(Person::new("cy", 16.0));
    theirs.people[1].focus = Some(0.8);
    let merged = merge(Some(&base), &ours, &theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    let people = &merged.roadmap.people;
    let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["ana", "bo", "cy"]);
    assert_eq!(people[0].hours_per_week, 24.0);
    assert_eq!(people[1].focus, Some(0.8));

    // Both change ana's hours differently: a conflict naming her, ours kept.
    let mut theirs = (*base).clone();
    theirs.people[0].hours_per_week = 20.0;
    let merged = merge(Some(&base), &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert_eq!(c.part, Part::Person("ana".into()));
    assert_eq!(c.field, "hours_per_week");
    assert_eq!(
        (c.ours.as_deref(), c.theirs.as_deref()),
        (Some("24"), Some("20"))
    );
    assert_eq!(merged.roadmap.people[0].hours_per_week, 24.0);
    // The conflict is written into ana's table and read back from it.
    let loaded = parse(TEXT, "r.toml").unwrap();
    let text = render(&loaded, &merged.roadmap).unwrap();
    let back = parse(&text, "r.toml").unwrap();
    assert_eq!(back.roadmap.conflicts, merged.roadmap.conflicts);
}

#[test]
fn a_bad_day_off_is_an_error_at_its_line() {
    let bad = TEXT.replace("2026-12-24..2027-01-01", "2027-01-05..2027-01-01");
    let err = parse(&bad, "r.toml").unwrap_err();
    let shown: Vec<String> = err.diagnostics.iter().map(|d| d.to_string()).collect();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert!(
        shown[0].starts_with(
            "r.toml:14:8: error: person `ana` has a bad day off: `2027-01-05..2027-01-01` ends before it starts"
        ),
        "{}",
        shown[0]
    );
}

#[test]
fn an_unknown_owner_warns_and_names_the_people() {
    let text = TEXT.replace("owner = \"ana\"", "owner = \"dee\"");
    let loaded = parse(&text, "r.toml").unwrap();
    let shown: Vec<String> = loaded.warnings.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        shown,
        ["r.toml:25:9: warning: task `ci` is owned by `dee`, who is not among the people (ana, bo)\n  help: add them as a [[people]] table or name one of the people; the forecast gives the task to the team pool meanwhile"]
    );
}

/// The git merge driver (`roadmap merge BASE OURS THEIRS`) on people: ours
/// changes ana's hours, theirs adds a person; both land, ours' text kept.
#[test]
fn the_merge_driver_merges_people() {
    let dir = tempfile::tempdir().unwrap();
    let path = |n: &str| dir.path().join(n);
    let ours = TEXT.replace("hours_per_week = 32", "hours_per_week = 24");
    let theirs = TEXT.replace(
        "focus = 0.5\n",
        "focus = 0.5\n\n[[people]]\nname = \"cy\"\nhours_per_week = 16\n",
    );
    std::fs::write(path("base.toml"), TEXT).unwrap();
    std::fs::write(path("ours.toml"), &ours).unwrap();
    std::fs::write(path("theirs.toml"), &theirs).unwrap();
    assert_cmd::Command::new(env!("CARGO_BIN_EXE_roadmap"))
        .arg("merge")
        .args([path("base.toml"), path("ours.toml"), path("theirs.toml")])
        .arg("-o")
        .arg(path("out.toml"))
        .assert()
        .success();
    let merged = std::fs::read_to_string(path("out.toml")).unwrap();
    assert_eq!(
        merged,
        theirs.replace("hours_per_week = 32", "hours_per_week = 24"),
        "both changes, every other line as it was"
    );
}
