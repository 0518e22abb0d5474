//! Task tables read on small cases: column roles, titles, and what a row carries.

use super::*;

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_action_column_titles_the_row_whatever_its_place() {
    let header = strings(&["Time", "Owner", "Action", "Priority"]);
    let rows = vec![(3, strings(&["30min", "Ana", "Rotate the API key", "P0"]))];
    let c = candidates(&header, &rows, &Legend::default());
    assert_eq!(c[0].title, "Rotate the API key");
    assert_eq!(
        c[0].attrs.effort.map(|e| e.to_string()).as_deref(),
        Some("30min")
    );
    assert_eq!(c[0].attrs.owner.as_deref(), Some("Ana"));
    assert_eq!(
        c[0].attrs.priority.map(|p| p.0),
        Some(crate::model::Priority::Critical)
    );
}

#[test]
fn a_time_column_of_durations_gives_effort_not_a_phase() {
    let header = strings(&["ID", "问题", "修复时间"]);
    let rows = vec![
        (3, strings(&["A1-011", "没有 API 抽象层", "2-3 天"])),
        (4, strings(&["S3-001", "前端权限检查不够", "第 2 周"])),
    ];
    let c = candidates(&header, &rows, &Legend::default());
    assert_eq!(c[0].attrs.phase, None);
    assert_eq!(
        c[0].attrs.span.map(|e| e.to_string()).as_deref(),
        Some("2-3d")
    );
    // A place in the schedule is still when, not how long.
    assert_eq!(c[1].attrs.phase.as_deref(), Some("第 2 周"));
    assert_eq!(c[1].attrs.span, None);
}

#[test]
fn a_sev_column_gives_the_row_its_priority() {
    let header = strings(&["ID", "Açıklama", "Sev", "Effort"]);
    let rows = vec![(
        43,
        strings(&["DOC-001", "CHANGELOG.md 33 eksik commit", "P1", "1h"]),
    )];
    let c = candidates(&header, &rows, &Legend::default());
    assert_eq!(
        c[0].attrs.priority.map(|p| p.0),
        Some(crate::model::Priority::High)
    );
}

#[test]
fn a_table_of_issues_with_fixes_is_titled_by_the_fix() {
    let header = strings(&["Issue", "Severity", "Fix"]);
    let rows = vec![(
        5,
        strings(&["No backups", "High", "Enable nightly backups"]),
    )];
    let c = candidates(&header, &rows, &Legend::default());
    assert_eq!(c[0].title, "Enable nightly backups");
    assert!(c[0].notes[0].contains("No backups"));
}

#[test]
fn totals_and_scorecards_are_not_tasks() {
    let header = strings(&["Task", "Hours"]);
    let rows = vec![
        (3, strings(&["Add checks", "4"])),
        (4, strings(&["**Total**", "4"])),
    ];
    assert_eq!(candidates(&header, &rows, &Legend::default()).len(), 1);
    let header = strings(&["Category", "Score"]);
    assert!(candidates(
        &header,
        &[(3, strings(&["CI/CD", "3/10"]))],
        &Legend::default()
    )
    .is_empty());
}

#[test]
fn headers_in_other_languages() {
    let header = strings(&["Задача", "Приоритет", "Срок"]);
    let rows = vec![(3, strings(&["Настроить бэкапы", "Высокий", "Неделя 1"]))];
    let c = candidates(&header, &rows, &Legend::default());
    assert_eq!(c[0].title, "Настроить бэкапы");
    assert_eq!(c[0].attrs.phase.as_deref(), Some("Неделя 1"));
}
