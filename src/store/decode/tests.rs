use crate::model::{Effort, FindingKind, Money, Priority, Scale, Severity, Status};
use crate::store::{parse, LoadError};
use chrono::NaiveDate;

const SAMPLE: &str = include_str!("../testdata/sample.toml");

fn errors(text: &str) -> Vec<String> {
    match parse(text, "plan.toml") {
        Ok(_) => panic!("expected {text:?} to fail"),
        Err(LoadError { diagnostics }) => diagnostics.iter().map(|d| d.to_string()).collect(),
    }
}

fn head(tasks: &str) -> String {
    format!(
        "version = 1\n[project]\nname = \"P\"\n[[phases]]\nid = \"p\"\nname = \"Phase\"\n{tasks}"
    )
}

#[test]
fn decodes_every_part_of_the_sample() {
    let loaded = parse(SAMPLE, "sample.toml").unwrap();
    let r = &loaded.roadmap;
    assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    assert_eq!(r.version, 1);
    assert_eq!(r.project.name, "Jewelshot");
    assert_eq!(r.project.audit_date, NaiveDate::from_ymd_opt(2025, 10, 17));
    assert_eq!(r.project.hours_per_day, 8.0);
    let m = r.maturity.as_ref().unwrap();
    assert_eq!(
        (m.baseline, m.scale, m.levels.len()),
        (30.0, Scale::Percent, 2)
    );
    assert_eq!(m.levels[1].name, "Basic Automation");
    assert_eq!(r.findings[0].kind, FindingKind::Gap);
    assert_eq!(r.findings[0].severity, Severity::Critical);
    assert_eq!(
        (r.findings[0].score, r.findings[0].max),
        (Some(1.0), Some(10.0))
    );
    assert_eq!(r.findings[1].score, None);
    assert_eq!(
        r.phases[1].start,
        NaiveDate::from_ymd_opt(2025, 12, 1),
        "string dates too"
    );
    let ci = &r.tasks[1];
    assert_eq!((ci.priority, ci.status), (Priority::High, Status::Doing));
    assert_eq!(ci.effort, Effort::parse("16h").ok());
    assert_eq!(ci.cost_monthly, Some(Money::range(0.0, 50.0)));
    assert_eq!(ci.depends_on, vec!["health-checks"]);
    let backups = &r.tasks[2];
    assert_eq!(backups.cost_monthly, Some(Money::point(25.0)));
    assert_eq!(
        backups.notes.as_deref(),
        Some("Use the provider's snapshots.\nTest a restore once a month.")
    );
}

#[test]
fn collects_every_problem_in_one_pass_in_file_order() {
    let text = head(concat!(
        "[[tasks]]\n",
        "id = \"a\"\n",
        "phase = \"p\"\n",
        "title = \"A\"\n",
        "effort = 4\n",
        "priority = \"urgent\"\n",
        "[[tasks]]\n",
        "id = \"b\"\n",
        "phase = \"p\"\n",
        "cost_once = \"lots\"\n",
        "due = \"next week\"\n",
        "status = true\n",
    ));
    assert_eq!(
        errors(&text),
        vec![
            "plan.toml:11:10: error: `effort` must be a string like \"4h\", found integer 4\n  help: give the unit: `effort = \"4h\"` if hours were meant",
            "plan.toml:12:12: error: unknown priority `urgent`; allowed: critical, high, medium, low",
            "plan.toml:13:1: error: task `b` has no `title`\n  help: add `title = \"...\"`",
            "plan.toml:16:13: error: `lots` is not an amount: the number is missing or malformed (write e.g. `50`, `400-850`, `15k`)",
            "plan.toml:17:7: error: `due` must be a date like 2025-10-17, found string \"next week\"",
            "plan.toml:18:10: error: `status` must be one of todo, doing, done, skipped, found boolean true",
        ]
    );
}

#[test]
fn unknown_keys_warn_with_the_likely_key() {
    let text = head("[[tasks]]\nid = \"a\"\nphase = \"p\"\ntitle = \"A\"\npriorty = \"high\"\n");
    let loaded = parse(&text, "plan.toml").unwrap();
    let warnings: Vec<String> = loaded.warnings.iter().map(|d| d.to_string()).collect();
    assert_eq!(
        warnings,
        vec!["plan.toml:11:1: warning: unknown key `priorty` in task `a`\n  help: did you mean `priority`? unknown keys are kept but ignored"]
    );
    assert_eq!(loaded.roadmap.tasks[0].priority, Priority::Medium);
}

#[test]
fn version_must_be_there_and_not_newer() {
    let missing = errors("[project]\nname = \"P\"\n");
    assert_eq!(
        missing,
        vec!["plan.toml: error: the file has no `version`\n  help: add `version = 1` as the first line"]
    );
    let newer = errors("version = 7\n[project]\nnome = 3\n[[tasks]]\nx = 1\n");
    assert_eq!(
        newer,
        vec!["plan.toml:1:11: error: this file is format version 7, written by a newer roadmap\n  help: upgrade roadmap to read it; this build reads version 1"],
        "a newer file reports only the version, not its unfamiliar keys"
    );
    assert_eq!(
        errors("version = \"1\"\n[project]\nname = \"P\"\n"),
        vec!["plan.toml:1:11: error: `version` must be a whole number like 1, found string \"1\""]
    );
}

#[test]
fn missing_project_and_wrong_shapes_are_explained() {
    assert_eq!(
        errors("version = 1\ntasks = 3\n"),
        vec![
            "plan.toml: error: the file has no [project] table\n  help: add a [project] section with at least `name = \"...\"`",
            "plan.toml:2:9: error: `tasks` must be an array of tables, found integer 3\n  help: write each entry as a [[tasks]] section",
        ]
    );
}

#[test]
fn inline_arrays_of_tables_and_dotted_keys_load_too() {
    let text = "version = 1\nproject.name = \"P\"\nphases = [{ id = \"p\", name = \"Phase\" }]\ntasks = [\n  { id = \"a\", phase = \"p\", title = \"A\", effort = \"2-3 weeks\" },\n]\n";
    let r = parse(text, "plan.toml").unwrap().roadmap;
    assert_eq!(r.project.name, "P");
    assert_eq!(r.tasks[0].effort, Effort::parse("2-3w").ok());
}

#[test]
fn syntax_errors_point_at_the_spot() {
    assert_eq!(
        errors("version = 1\n[project]\nname = \"P\nx = 1\n"),
        vec!["plan.toml:3:10: error: invalid TOML: invalid basic string, expected `\"`\n  help: fix the syntax at that spot; nothing was changed on disk"]
    );
}

#[test]
fn out_of_range_numbers_and_dates_with_times_are_refused() {
    let text = head("[[tasks]]\nid = \"a\"\nphase = \"p\"\ntitle = \"A\"\nlevel = -1\ndone_on = 2025-10-17T10:00:00\ncost_once = -5\n");
    assert_eq!(
        errors(&text),
        vec![
            "plan.toml:11:9: error: `level` must be a whole number from 0 to 4294967295, found -1",
            "plan.toml:12:11: error: `done_on` must be a date like 2025-10-17, found date-time 2025-10-17T10:00:00",
            "plan.toml:13:13: error: `-5` is not an amount: it must be a finite amount of at least zero (write e.g. `50`, `400-850`, `15k`)",
        ]
    );
}

#[test]
fn unknown_keys_holding_numbers_too_large_to_keep_are_errors() {
    let text = head(
        "[[tasks]]\nid = \"a\"\nphase = \"p\"\ntitle = \"A\"\nextra = [1, 99999999999999999999]\n",
    );
    let found = errors(&text);
    assert_eq!(
        found[0],
        "plan.toml:11:13: error: `extra` holds a number too large to keep: integer 99999999999999999999\n  help: roadmap keeps unknown keys when it saves, and cannot write this one back; fix or remove it"
    );
    assert!(found[1].starts_with("plan.toml:11:1: warning: unknown key `extra` in task `a`"));
    let fine =
        head("[[tasks]]\nid = \"a\"\nphase = \"p\"\ntitle = \"A\"\nextra = { x = [inf, 1e300] }\n");
    assert!(
        parse(&fine, "plan.toml").is_ok(),
        "infinity written as such is keepable"
    );
}
