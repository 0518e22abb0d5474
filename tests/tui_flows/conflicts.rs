//! The merge conflicts list as drawn: the selected conflict marked, the
//! keys to settle it shown; settling one redraws the list without it.

use crate::tui_support::{press, seed, state_at, text};
use roadmap::model::{Conflict, Part};
use roadmap::tui::state::Mode;

fn conflict(task: &str, field: &str, ours: &str, theirs: &str) -> Conflict {
    Conflict {
        part: Part::Task(task.into()),
        field: field.into(),
        ours: Some(ours.into()),
        theirs: Some(theirs.into()),
        base: None,
    }
}

#[test]
fn the_list_marks_the_selected_conflict_and_settles_it() {
    let mut roadmap = seed();
    let first = roadmap.tasks[0].id.clone();
    let second = roadmap.tasks[1].id.clone();
    roadmap.conflicts = vec![
        conflict(&first, "owner", "ana", "bo"),
        conflict(&second, "status", "doing", "done"),
    ];
    let mut s = state_at(roadmap, 80, 24);
    s.mode = Mode::Conflicts { cursor: 0 };
    press(&mut s, "j");
    let screen = text(&s);
    insta::assert_snapshot!("conflicts_list_80x24", screen);
    assert!(screen.contains("▸"), "{screen}");
    assert!(screen.contains("t take theirs"), "{screen}");
    press(&mut s, "t");
    assert_eq!(s.roadmap.conflicts.len(), 1);
    assert_eq!(
        s.roadmap.task(&second).unwrap().status,
        roadmap::model::Status::Done
    );
    assert_eq!(s.mode, Mode::Conflicts { cursor: 0 });
    let screen = text(&s);
    assert!(!screen.contains("field `status`"), "{screen}");
    press(&mut s, "o");
    assert_eq!(s.mode, Mode::Normal);
    assert_eq!(
        s.roadmap.task(&first).unwrap().owner.as_deref(),
        Some("ana")
    );
}
