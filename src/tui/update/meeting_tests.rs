//! The filters and the estimating pass a planning meeting uses: overdue,
//! not estimated, blocked, by owner, level and category, and `E` through
//! the tasks without an estimate.

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
    // 4 priorities, 4 statuses, overdue, not estimated, blocked, "owner
    // any", then ana, Bob and the unassigned.
    keys(&mut s, "fjjjjjjjjjjjj<space><esc>");
    assert_eq!(s.filters.owner.as_deref(), Some("ana"));
    assert_eq!(s.rows.shown_total, 2);
    assert!(crate::tui::draw::tabs::narrowing(&s).contains("owner ana"));
    keys(&mut s, "0fjjjjjjjjjjjjjj<space><esc>");
    assert_eq!(s.filters.owner.as_deref(), Some(""));
    assert_eq!(s.rows.shown_total, s.roadmap.tasks.len() - 3);
}

/// Opens the filter menu and flips the item `item`, found by walking down
/// to it with `j` as a user would.
fn flip(s: &mut State, item: FilterItem) {
    let at = filter_items(s)
        .iter()
        .position(|i| *i == item)
        .unwrap_or_else(|| panic!("{item:?} is in the menu"));
    keys(s, &format!("f{}<space><esc>", "j".repeat(at)));
}

/// The ids the list shows, in order.
fn shown(s: &State) -> Vec<String> {
    s.rows
        .rows
        .iter()
        .filter_map(|r| match r {
            Row::Task(i) => Some(s.roadmap.tasks[*i as usize].id.clone()),
            Row::Phase(_) => None,
        })
        .collect()
}

#[test]
fn the_blocked_filter_keeps_the_tasks_waiting_on_an_open_one() {
    let mut s = state();
    let blocked: Vec<String> = s
        .metrics
        .blocked
        .iter()
        .map(|&i| s.roadmap.tasks[i].id.clone())
        .collect();
    assert!(!blocked.is_empty(), "the fixture has blocked tasks");
    flip(&mut s, FilterItem::Blocked);
    assert!(s.filters.blocked);
    assert_eq!(shown(&s), blocked);
    assert!(crate::tui::draw::tabs::narrowing(&s).contains("blocked"));
    // ci-pipeline waits on deploy-scripts: checking that off unblocks it,
    // and the list follows at once.
    assert!(blocked.contains(&"ci-pipeline".to_string()), "{blocked:?}");
    let at = s.index.get("deploy-scripts").unwrap();
    s.filters.blocked = false;
    s.rebuild_rows();
    s.select(Row::Task(at as u32));
    keys(&mut s, "<space>");
    s.filters.blocked = true;
    s.rebuild_rows();
    assert!(
        !shown(&s).contains(&"ci-pipeline".to_string()),
        "{:?}",
        shown(&s)
    );
}

#[test]
fn the_level_filter_offers_the_plans_levels_and_keeps_one() {
    let mut r = fixture::roadmap();
    r.tasks[4].level = None;
    let mut s = state_of(r, Some("jewelshot.toml".into()));
    let levels = crate::tui::filter::Filters::levels(&s.roadmap.tasks);
    assert_eq!(levels.first(), Some(&Some(2)), "lowest first");
    assert_eq!(levels.last(), Some(&None), "the untagged last");
    let tagged = |s: &State, level: Option<u32>| -> Vec<String> {
        let mut ids: Vec<String> = s
            .roadmap
            .tasks
            .iter()
            .filter(|t| t.level == level)
            .map(|t| t.id.clone())
            .collect();
        ids.sort();
        ids
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    let three = levels.iter().position(|l| *l == Some(3)).unwrap();
    flip(&mut s, FilterItem::Level(three));
    assert_eq!(s.filters.level, Some(Some(3)));
    assert!(!tagged(&s, Some(3)).is_empty());
    assert_eq!(sorted(shown(&s)), tagged(&s, Some(3)));
    assert!(crate::tui::draw::tabs::narrowing(&s).contains("level 3"));
    // Flipping the chosen level again lets go of it.
    flip(&mut s, FilterItem::Level(three));
    assert_eq!(s.filters.level, None);
    flip(&mut s, FilterItem::Level(levels.len() - 1));
    assert_eq!(s.filters.level, Some(None));
    assert_eq!(shown(&s), [s.roadmap.tasks[4].id.clone()]);
}

#[test]
fn the_category_filter_combines_with_priority_and_search() {
    let mut r = fixture::roadmap();
    r.tasks[2].category = Some("Monitoring".into());
    r.tasks[6].category = Some("Monitoring".into());
    r.tasks[2].priority = crate::model::Priority::Low;
    let mut s = state_of(r, Some("jewelshot.toml".into()));
    let categories = crate::tui::filter::Filters::categories(&s.roadmap.tasks);
    let monitoring = categories.iter().position(|c| c == "Monitoring").unwrap();
    flip(&mut s, FilterItem::Category(monitoring));
    assert_eq!(s.filters.category.as_deref(), Some("Monitoring"));
    let both = [s.roadmap.tasks[2].id.clone(), s.roadmap.tasks[6].id.clone()];
    assert_eq!(shown(&s), both);
    // And-ed with a priority: only the low one is left.
    flip(&mut s, FilterItem::Priority(crate::model::Priority::Low));
    assert_eq!(shown(&s), [both[0].clone()]);
    // And with a search that the other one matches: nothing is left.
    keys(&mut s, "/sentry<enter>");
    assert!(shown(&s).is_empty(), "{:?}", shown(&s));
    keys(&mut s, "0");
    assert!(!s.filters.is_active());
}
