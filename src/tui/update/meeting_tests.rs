//! The filters and the estimating pass a planning meeting uses: overdue,
//! not estimated, by owner, and `E` through the tasks without an estimate.

use super::*;

#[test]
fn the_not_estimated_filter_leaves_the_tasks_an_estimating_pass_needs() {
    // Two tasks without an estimate, one of them late.
    let mut r = fixture::roadmap();
    r.tasks[1].effort = None;
    r.tasks[4].effort = None;
    r.tasks[4].due = today().pred_opt();
    let mut s = state_of(r, Some("jewelshot.toml".into()));
    let want = s
        .roadmap
        .tasks
        .iter()
        .filter(|t| t.effort.is_none() && t.status != crate::model::Status::Skipped)
        .count();
    assert!(want > 0 && want < s.roadmap.tasks.len(), "{want}");
    keys(&mut s, "fjjjjjjjjj<space><esc>");
    assert!(s.filters.unestimated, "{:?}", s.filters);
    assert_eq!(s.rows.shown_total, want);
    assert!(crate::tui::draw::tabs::narrowing(&s).contains("not estimated"));
    // Overdue is the item above it: open tasks due before the session's day.
    keys(&mut s, "0fjjjjjjjj<space><esc>");
    assert_eq!(s.filters.overdue, Some(s.today));
    let late = s
        .roadmap
        .tasks
        .iter()
        .filter(|t| crate::model::dates::is_overdue(t, s.today))
        .count();
    assert!(late > 0 && late < s.roadmap.tasks.len(), "{late}");
    assert_eq!(s.rows.shown_total, late);
}

#[test]
fn the_estimating_pass_opens_each_unestimated_task_on_its_effort() {
    let mut r = fixture::roadmap();
    r.tasks[1].effort = None;
    r.tasks[4].effort = None;
    let (first, second) = (r.tasks[1].id.clone(), r.tasks[4].id.clone());
    let mut s = state_of(r, Some("jewelshot.toml".into()));
    keys(&mut s, "h"); // fold the first phase: the pass unfolds it
    keys(&mut s, "E");
    let Mode::Edit(editor) = &s.mode else {
        panic!("{:?}", s.mode)
    };
    assert_eq!(editor.focused().key, "effort");
    assert_eq!(s.selected_task().map(|t| t.id.clone()), Some(first.clone()));
    keys(&mut s, "3h<enter>");
    assert_eq!(
        s.roadmap.tasks[1].effort.map(|e| e.to_string()).as_deref(),
        Some("3h")
    );
    keys(&mut s, "E");
    assert_eq!(s.selected_task().map(|t| t.id.clone()), Some(second));
    keys(&mut s, "<esc>");
    // One left: the pass comes round to it again, and after it is
    // estimated it says so.
    keys(&mut s, "E2d<enter>E");
    assert!(matches!(s.mode, Mode::Normal), "{:?}", s.mode);
    assert!(
        s.message
            .as_ref()
            .is_some_and(|m| m.text.contains("has an estimate")),
        "{:?}",
        s.message
    );
}

#[test]
fn the_filter_menu_lists_the_owners_and_keeps_one_owners_tasks() {
    let mut r = fixture::roadmap();
    r.tasks[0].owner = Some("ana".into());
    r.tasks[2].owner = Some("ana".into());
    r.tasks[1].owner = Some("Bob".into());
    let mut s = state_of(r, Some("jewelshot.toml".into()));
    // 4 priorities, 4 statuses, overdue, not estimated, "owner any", then
    // ana, Bob and the unassigned.
    keys(&mut s, "fjjjjjjjjjjj<space><esc>");
    assert_eq!(s.filters.owner.as_deref(), Some("ana"));
    assert_eq!(s.rows.shown_total, 2);
    assert!(crate::tui::draw::tabs::narrowing(&s).contains("owner ana"));
    keys(&mut s, "0fjjjjjjjjjjjjj<space><esc>");
    assert_eq!(s.filters.owner.as_deref(), Some(""));
    assert_eq!(s.rows.shown_total, s.roadmap.tasks.len() - 3);
}
