//! Finding what needs doing and writing it down: the search's ranking as
//! `n` / `N` step through it, the title-only search (ctrl-t in the
//! prompt), and notes edited in the user's editor (ctrl-e), from the list
//! and from the form.

use super::*;
use crate::tui::effect::NotesOf;

/// The fixture with "backup" in three titles and in two other tasks'
/// notes, those two before the titles in the plan.
fn backups() -> State {
    let mut r = fixture::roadmap();
    r.tasks[0].notes = Some("check the backup job once deployed".into());
    r.tasks[2].notes = Some("also alert when a backup fails".into());
    r.tasks[1].title = "Setup automated database backups".into();
    r.tasks[6].title = "Offsite backup copies".into();
    r.tasks[8].title = "Restore drill from backup".into();
    state_of(r, Some("jewelshot.toml".into()))
}

fn selected(s: &State) -> String {
    s.selected_task().map(|t| t.id.clone()).unwrap_or_default()
}

fn said(s: &State) -> String {
    s.message
        .as_ref()
        .map(|m| m.text.clone())
        .unwrap_or_default()
}

#[test]
fn n_steps_through_the_hits_best_first_and_wraps() {
    let mut s = backups();
    let titles = [1, 6, 8].map(|i| s.roadmap.tasks[i].id.clone());
    keys(&mut s, "/backup<enter>");
    assert_eq!(s.hits.as_ref().map(|h| h.count), Some(5));
    assert!(said(&s).contains("n and N step"), "{}", said(&s));
    // Typing selected the best hit: a title.
    let mut seen = vec![selected(&s)];
    for _ in 0..4 {
        keys(&mut s, "n");
        seen.push(selected(&s));
    }
    // The three titles come first, then the two notes.
    let mut first: Vec<String> = seen[..3].to_vec();
    first.sort();
    assert_eq!(first, titles, "{seen:?}");
    let mut rest: Vec<String> = seen[3..].to_vec();
    rest.sort();
    assert_eq!(rest, ["deploy-worker", "uptime"], "{seen:?}");
    assert!(said(&s).contains("Hit 5 of 5"), "{}", said(&s));
    // Past the last, round to the best again, and the footer says so.
    keys(&mut s, "n");
    assert_eq!(selected(&s), seen[0]);
    assert!(said(&s).contains("Hit 1 of 5") && said(&s).contains("round again"));
    // N goes back: from the best round to the last.
    keys(&mut s, "N");
    assert_eq!(selected(&s), seen[4]);
    assert!(said(&s).contains("round to the last"), "{}", said(&s));
    keys(&mut s, "N");
    assert_eq!(selected(&s), seen[3]);
}

#[test]
fn n_skips_filtered_hits_and_unfolds_a_folded_phase() {
    let mut s = backups();
    keys(&mut s, "/backup<enter>");
    // Fold the first phase: its hits are still reached, unfolding it.
    let best = selected(&s);
    keys(&mut s, "gh");
    assert!(!s.collapsed.is_empty());
    keys(&mut s, "N");
    keys(&mut s, "n");
    assert_eq!(selected(&s), best);
    assert!(s.collapsed.is_empty(), "{:?}", s.collapsed);
    // Only critical tasks: the others are stepped over.
    s.filters.toggle_priority(crate::model::Priority::Critical);
    s.rebuild_rows();
    for _ in 0..4 {
        keys(&mut s, "n");
        let t = s.selected_task().unwrap();
        assert_eq!(t.priority, crate::model::Priority::Critical, "{}", t.id);
    }
}

#[test]
fn n_without_a_search_says_how_to_search() {
    let mut s = backups();
    let before = selected(&s);
    keys(&mut s, "n");
    assert_eq!(selected(&s), before);
    assert!(said(&s).contains("/ searches"), "{}", said(&s));
}

#[test]
fn ctrl_t_searches_the_titles_alone_and_says_so() {
    let mut s = backups();
    keys(&mut s, "/backup");
    assert_eq!(s.hits.as_ref().map(|h| h.count), Some(5));
    keys(&mut s, "<C-t>");
    assert_eq!(s.search_fields, crate::tui::search::Fields::Titles);
    assert!(
        matches!(s.mode, Mode::Search { .. }),
        "the prompt stays open"
    );
    assert_eq!(s.hits.as_ref().map(|h| h.count), Some(3));
    assert_eq!(s.rows.shown_total, 3);
    // Typing on narrows within the titles ("Offsite backup copie-s" is
    // still a fuzzy match; "Restore drill from backup" is not).
    keys(&mut s, "s<enter>");
    assert_eq!(s.hits.as_ref().map(|h| h.count), Some(2));
    assert!(crate::tui::draw::tabs::narrowing(&s).contains("/backups in titles"));
    // Back in the prompt, ctrl-t reads every field again.
    keys(&mut s, "/<backspace><C-t>");
    assert_eq!(s.search_fields, crate::tui::search::Fields::All);
    assert_eq!(s.hits.as_ref().map(|h| h.count), Some(5));
}

#[test]
fn ctrl_e_hands_the_selected_tasks_notes_to_the_editor() {
    let mut s = state();
    let at = s.index.get("ci-pipeline").unwrap();
    s.select(Row::Task(at as u32));
    let fx = keys(&mut s, "<C-e>");
    let text = fx.iter().find_map(|e| match e {
        Effect::EditNotes { of, text } => Some((of.clone(), text.clone())),
        _ => None,
    });
    assert_eq!(
        text,
        Some((
            NotesOf::Task("ci-pipeline".into()),
            "GitHub Actions.\nCache node_modules between runs.".into()
        ))
    );
}

#[test]
fn the_editors_text_is_one_undoable_change() {
    let mut s = state();
    let before = s.task_by_id("ci-pipeline").unwrap().notes.clone();
    let back = "GitHub Actions.\nCache node_modules between runs.\nAnd the Docker layers.\n";
    update(
        &mut s,
        Msg::NotesEdited {
            of: NotesOf::Task("ci-pipeline".into()),
            result: Ok(back.into()),
        },
    );
    let notes = s.task_by_id("ci-pipeline").unwrap().notes.clone();
    assert_eq!(notes.as_deref(), Some(back.trim_end()));
    assert!(s.is_dirty());
    assert_eq!(selected(&s), "ci-pipeline", "the cursor follows the task");
    assert!(said(&s).contains("Saved the notes"), "{}", said(&s));
    let last = s.log.last().unwrap();
    assert_eq!(last.what, "edit the notes of ci-pipeline");
    keys(&mut s, "u");
    assert_eq!(s.task_by_id("ci-pipeline").unwrap().notes, before);
    assert!(!s.is_dirty());
}

#[test]
fn a_failed_editor_leaves_the_notes_and_says_why() {
    let mut s = state();
    let before = s.task_by_id("ci-pipeline").unwrap().notes.clone();
    update(
        &mut s,
        Msg::NotesEdited {
            of: NotesOf::Task("ci-pipeline".into()),
            result: Err("the editor `vim` exited with status 1".into()),
        },
    );
    assert_eq!(s.task_by_id("ci-pipeline").unwrap().notes, before);
    assert!(!s.is_dirty());
    let m = s.message.clone().unwrap();
    assert_eq!(m.tone, Tone::Error);
    assert_eq!(
        m.text,
        "Notes unchanged: the editor `vim` exited with status 1"
    );
    // Saved as they were: nothing to undo either.
    update(
        &mut s,
        Msg::NotesEdited {
            of: NotesOf::Task("ci-pipeline".into()),
            result: Ok(format!("{}\n", before.clone().unwrap())),
        },
    );
    assert!(!s.is_dirty());
    assert!(said(&s).contains("as they were"), "{}", said(&s));
}

#[test]
fn ctrl_e_on_the_forms_notes_field_fills_the_field() {
    let mut s = state();
    keys(&mut s, "e");
    let notes = crate::tui::editor::position("notes").unwrap();
    // Elsewhere in the form ctrl-e is end of line, as before.
    let fx = keys(&mut s, "<C-e>");
    assert!(!fx.iter().any(|e| matches!(e, Effect::EditNotes { .. })));
    if let Mode::Edit(editor) = &mut s.mode {
        editor.focus = notes;
    }
    let fx = keys(&mut s, "<C-e>");
    assert!(fx.iter().any(|e| matches!(
        e,
        Effect::EditNotes {
            of: NotesOf::Form,
            ..
        }
    )));
    update(
        &mut s,
        Msg::NotesEdited {
            of: NotesOf::Form,
            result: Ok("one\ntwo\n".into()),
        },
    );
    let Mode::Edit(editor) = &s.mode else {
        panic!("the form stays open: {:?}", s.mode)
    };
    assert_eq!(editor.notes_text(), Some("one\ntwo"));
    assert!(!s.is_dirty(), "applied with the form, not before");
    keys(&mut s, "<enter>");
    assert_eq!(
        s.selected_task().unwrap().notes.as_deref(),
        Some("one\ntwo")
    );
}

#[test]
fn the_notes_field_is_edited_over_many_lines() {
    let mut s = state();
    let at = s.index.get("ci-pipeline").unwrap();
    s.select(Row::Task(at as u32));
    keys(&mut s, "e");
    let notes = crate::tui::editor::position("notes").unwrap();
    let input = |s: &State| match &s.mode {
        Mode::Edit(e) => match &e.values[notes] {
            crate::tui::editor::Value::Text(i) => (e.focus, i.text.clone(), i.cursor),
            other => panic!("{other:?}"),
        },
        other => panic!("{other:?}"),
    };
    if let Mode::Edit(editor) = &mut s.mode {
        editor.focus = notes;
    }
    // "GitHub Actions.\nCache node_modules between runs.", the cursor at the end.
    let (_, text, end) = input(&s);
    assert_eq!(end, text.chars().count());
    // ↑ goes to the line above, at the nearest column; home to its start.
    keys(&mut s, "<up>");
    assert_eq!(input(&s).2, "GitHub Actions.".len());
    keys(&mut s, "<home>X<down><end>");
    let (focus, text, cursor) = input(&s);
    assert_eq!(focus, notes, "still on the notes");
    assert_eq!(text, "XGitHub Actions.\nCache node_modules between runs.");
    assert_eq!(cursor, text.chars().count());
    // alt-enter is a new line; enter applies the form.
    keys(&mut s, "<A-enter>Docker layers too.");
    // ↑ from the first line leaves the field for the one above.
    keys(&mut s, "<up><up><up>");
    assert_eq!(input(&s).0, notes - 1);
    keys(&mut s, "<down>");
    assert_eq!(input(&s).0, notes);
    keys(&mut s, "<enter>");
    assert!(matches!(s.mode, Mode::Normal), "{:?}", s.mode);
    assert_eq!(
        s.task_by_id("ci-pipeline").unwrap().notes.as_deref(),
        Some("XGitHub Actions.\nCache node_modules between runs.\nDocker layers too.")
    );
    keys(&mut s, "u");
    assert_eq!(
        s.task_by_id("ci-pipeline").unwrap().notes.as_deref(),
        Some("GitHub Actions.\nCache node_modules between runs.")
    );
}
