//! Sorting and grouping the Roadmap view (issue 14, "sort and group"): `o`
//! cycles the order, `O` the grouping; the tab line says which; group
//! headers count their tasks as phase headers do; the file's order never
//! changes.

mod tui_support;

use roadmap::model::arrange::{GroupBy, SortBy};
use roadmap::model::{Effort, Roadmap, Status};
use roadmap::tui::rows::Row;
use tui_support::{press, seed, state_at, text};

/// Jewelshot with owners on some tasks and a few estimates.
fn owned_seed() -> Roadmap {
    let mut r = seed();
    for (i, t) in r.tasks.iter_mut().enumerate() {
        t.owner = match i % 3 {
            0 => Some("ana".into()),
            1 => Some("Bob".into()),
            _ => None,
        };
        if i % 4 == 0 {
            t.effort = Effort::parse(["2h", "1d", "3d"][i % 3]).ok();
        }
    }
    r.tasks[0].status = Status::Done;
    r
}

#[test]
fn sorted_by_effort_and_grouped_by_owner_at_80x24_and_160x48() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(owned_seed(), w, h);
        // plan → priority → effort; phase → owner.
        press(&mut s, "ooO");
        assert_eq!((s.sort, s.group), (SortBy::Effort, GroupBy::Owner));
        let screen = text(&s);
        assert!(screen.contains("by effort · in owner groups"), "{screen}");
        assert!(screen.contains("▾ @ana"), "{screen}");
        if h == 48 {
            assert!(screen.contains("▾ @Bob"), "{screen}");
        }
        insta::assert_snapshot!(format!("effort_by_owner_{w}x{h}"), screen);
    }
}

#[test]
fn groups_hold_their_tasks_in_the_chosen_order_and_count_them() {
    let r = owned_seed();
    let mut s = state_at(r.clone(), 160, 48);
    press(&mut s, "ooO");
    let mut group = None;
    let mut seen = 0;
    let mut last_hours: Option<f64> = None;
    let cal = r.calendar();
    for row in &s.rows.rows {
        match *row {
            Row::Phase(g) => {
                group = Some(&s.groups()[g as usize]);
                last_hours = None;
            }
            Row::Task(t) => {
                let task = &r.tasks[t as usize];
                let g = group.expect("a header above every task");
                let owner = task.owner.as_deref().map(|o| format!("owner:{o}"));
                assert_eq!(g.key, owner.unwrap_or_else(|| "owner:".into()));
                // Largest estimate first, unestimated after.
                let hours = task.effort.map(|e| e.in_hours(&cal).mid());
                if let (Some(prev), Some(h)) = (last_hours, hours) {
                    assert!(prev >= h, "{prev} then {h}");
                }
                if last_hours.is_some() || hours.is_none() {
                    last_hours = hours.or(last_hours.map(|_| -1.0));
                }
                seen += 1;
            }
        }
    }
    assert_eq!(seen, r.tasks.len());
    let counted: usize = s.groups().iter().map(|g| g.progress.tasks_total).sum();
    assert_eq!(counted, r.tasks.len());
    // The roadmap itself is untouched: a view, not an edit.
    assert_eq!(s.roadmap.tasks, r.tasks);
    assert!(!s.is_dirty());
}

#[test]
fn a_check_off_while_grouped_updates_the_header_and_keeps_the_task_selected() {
    let mut s = state_at(owned_seed(), 160, 48);
    press(&mut s, "O");
    press(&mut s, "j");
    let id = s.selected_task().expect("a task").id.clone();
    let g = s.rows.phase_of(s.cursor).expect("a group");
    let Row::Phase(g) = s.rows.rows[g] else {
        panic!("a header")
    };
    let before = s.groups()[g as usize].progress.tasks_done;
    press(&mut s, " ");
    assert_eq!(s.selected_task().map(|t| t.id.clone()), Some(id.clone()));
    assert_eq!(s.groups()[g as usize].progress.tasks_done, before + 1);
    press(&mut s, "u");
    assert_eq!(s.groups()[g as usize].progress.tasks_done, before);
}

#[test]
fn cycling_comes_back_to_plan_order_by_phase() {
    let mut s = state_at(owned_seed(), 80, 24);
    let plain = s.rows.rows.clone();
    press(&mut s, &"o".repeat(SortBy::ALL.len()));
    press(&mut s, &"O".repeat(GroupBy::ALL.len()));
    assert_eq!((s.sort, s.group), (SortBy::Plan, GroupBy::Phase));
    assert_eq!(s.rows.rows, plain);
    assert_eq!(roadmap::tui::draw::tabs::narrowing(&s), "");
}

#[test]
fn marked_rows_and_the_set_prompt_at_80x24_and_160x48() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(owned_seed(), w, h);
        press(&mut s, "jv<S-down><S-down>Bpriority=high owner=ana");
        let screen = text(&s);
        assert!(screen.contains("Set on 3 marked tasks"), "{screen}");
        assert_eq!(screen.matches("• [").count(), 3, "{screen}");
        insta::assert_snapshot!(format!("marked_set_prompt_{w}x{h}"), screen);
    }
}

#[test]
fn owners_show_in_the_row_when_there_is_room_and_someone_has_one() {
    // 160 columns: an owner column; 80: the title keeps the room.
    let wide = text(&state_at(owned_seed(), 160, 48));
    assert!(wide.contains("@ana") && wide.contains("@Bob"), "{wide}");
    insta::assert_snapshot!("owners_in_rows_160x48", wide);
    let narrow = text(&state_at(owned_seed(), 80, 24));
    let rows: Vec<&str> = narrow.lines().filter(|l| l.contains("[ ]")).collect();
    assert!(rows.iter().all(|l| !l.contains("@ana")), "{narrow}");
    // Nobody assigned: no empty column eats the titles' room.
    let nobody = text(&state_at(seed(), 160, 48));
    assert!(!nobody.contains(" @"), "{nobody}");
}

#[test]
fn the_filter_menu_offers_the_owners_at_80x24_and_160x48() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = state_at(owned_seed(), w, h);
        press(&mut s, "f");
        let screen = text(&s);
        assert!(
            screen.contains("owner    @ana") && screen.contains("owner    (unassigned)"),
            "{screen}"
        );
        insta::assert_snapshot!(format!("filter_owners_{w}x{h}"), screen);
    }
}
