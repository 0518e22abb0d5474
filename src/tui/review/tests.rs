//! The review as a state machine: keys in, marks, counts and effects out.

use super::outcome::{decisions, reviewed};
use super::state::{Choice, Mode};
use super::tally::tally;
use super::{press, Effect, Review, Source};
use crate::import::import_report;
use crate::model::Priority;

const REPORT: &str = "# Audit\n\n## Quick wins\n\n- [ ] Enable backups (4h, high)\n- [ ] Rotate the keys (2h)\n- [ ] Turn on MFA (1h)\n\n## Later\n\n- [ ] Write the runbook (1d)\n- [ ] Add health checks (6h)\n";

fn review() -> Review {
    let outcome = import_report(REPORT.as_bytes(), "audit.md");
    Review::new(Source::new("audit.md", REPORT, &outcome), "out.toml")
}

fn keys(state: &mut Review, keys: &str) -> Vec<Effect> {
    press(state, keys).expect("valid notation")
}

fn row_titled(state: &Review, word: &str) -> usize {
    state
        .source
        .rows
        .iter()
        .position(|r| r.title.contains(word))
        .unwrap_or_else(|| panic!("no row with {word}"))
}

#[test]
fn rows_are_grouped_by_section_in_report_order() {
    let r = review();
    let titles: Vec<&str> = r.source.groups.iter().map(|g| g.title.as_str()).collect();
    assert_eq!(titles, ["Quick wins", "Later"]);
    let lines: Vec<usize> = r.source.rows.iter().map(|r| r.line).collect();
    assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{lines:?}");
    assert_eq!(tally(&r).undecided, r.source.rows.len());
}

#[test]
fn keep_and_drop_one_and_undo_redo_them() {
    let mut r = review();
    let kept_before = tally(&r).tasks;
    keys(&mut r, "d");
    assert_eq!(r.marks[0].choice, Choice::Drop);
    assert_eq!(tally(&r).tasks, kept_before - 1);
    assert_eq!(tally(&r).dropped, 1);
    keys(&mut r, "jy");
    assert_eq!(r.marks[1].choice, Choice::Keep);
    assert_eq!(tally(&r).kept, 1);
    keys(&mut r, "uu");
    assert_eq!(r.marks[0].choice, Choice::Undecided);
    assert_eq!(r.marks[1].choice, Choice::Undecided);
    assert_eq!(tally(&r).tasks, kept_before);
    keys(&mut r, "U");
    assert_eq!(r.marks[0].choice, Choice::Drop, "redo brings the drop back");
    keys(&mut r, "<C-r>");
    assert_eq!(r.marks[1].choice, Choice::Keep);
    keys(&mut r, "<C-r>");
    assert_eq!(r.message.as_deref(), Some("nothing to redo"));
}

#[test]
fn a_whole_section_is_one_key_and_one_undo() {
    let mut r = review();
    let later = r.source.groups[1].clone();
    keys(&mut r, "]D");
    assert_eq!(r.cursor, later.first);
    for row in later.first..later.end {
        assert_eq!(r.marks[row].choice, Choice::Drop);
    }
    assert_eq!(tally(&r).dropped, later.end - later.first);
    assert_eq!(r.undo.len(), 1);
    keys(&mut r, "u");
    assert_eq!(tally(&r).dropped, 0);
    keys(&mut r, "[Y");
    assert_eq!(tally(&r).kept, r.source.groups[0].end);
}

#[test]
fn setting_a_field_parses_it_and_undo_restores_it() {
    let mut r = review();
    let row = row_titled(&r, "Rotate");
    r.cursor = row;
    keys(&mut r, "p<C-u>crit<enter>");
    assert_eq!(r.marks[row].priority, Some(Priority::Critical));
    keys(&mut r, "e<C-u>3d<enter>");
    assert_eq!(
        r.marks[row].effort.map(|e| e.to_string()).as_deref(),
        Some("3d")
    );
    keys(&mut r, "e<C-u>soon<enter>");
    assert!(
        matches!(&r.mode, Mode::Prompt { error: Some(_), .. }),
        "a bad effort stays in the prompt: {:?}",
        r.mode
    );
    keys(&mut r, "<esc>u");
    assert_eq!(r.marks[row].effort, None);
    assert_eq!(r.marks[row].priority, Some(Priority::Critical));
    keys(&mut r, "c<C-u>1200<enter>P<C-u>2<enter>");
    let phase = r.marks[row].phase.clone().expect("a phase set");
    assert_eq!(Some(&phase), r.source.phases.get(1).map(|p| &p.id));
    let roadmap = reviewed(&r, REPORT.as_bytes()).roadmap;
    let task = roadmap
        .tasks
        .iter()
        .find(|t| t.title.contains("Rotate"))
        .expect("the task");
    assert_eq!(task.priority, Priority::Critical);
    assert_eq!(task.phase, phase);
    assert_eq!(
        task.cost_once.map(|m| m.to_string()).as_deref(),
        Some("1200")
    );
}

#[test]
fn merging_lists_the_mention_and_keeps_the_target() {
    let mut r = review();
    let from = row_titled(&r, "health");
    let into = row_titled(&r, "backups");
    r.cursor = from;
    keys(&mut r, "mback<enter>");
    assert_eq!(r.marks[from].choice, Choice::Merged(into));
    assert_eq!(r.marks[into].choice, Choice::Keep);
    assert_eq!(tally(&r).merged, 1);
    let d = decisions(&r);
    assert_eq!(
        d.merge,
        vec![(r.source.rows[from].index, r.source.rows[into].index)]
    );
    let roadmap = reviewed(&r, REPORT.as_bytes()).roadmap;
    assert!(roadmap.tasks.iter().all(|t| !t.title.contains("health")));
    let backups = roadmap
        .tasks
        .iter()
        .find(|t| t.title.contains("backups"))
        .expect("the target");
    assert!(
        backups
            .notes
            .as_deref()
            .unwrap_or("")
            .contains("Also at line 12: Add health checks"),
        "{backups:#?}"
    );
    keys(&mut r, "u");
    assert_eq!(r.marks[from].choice, Choice::Undecided);
    assert_eq!(
        r.marks[into].choice,
        Choice::Undecided,
        "one step, both undone"
    );
}

#[test]
fn write_and_quit_are_effects_and_quit_asks() {
    let mut r = review();
    assert_eq!(keys(&mut r, "w"), vec![Effect::Write]);
    assert!(keys(&mut r, "q").is_empty());
    assert_eq!(r.mode, Mode::Quit);
    assert!(keys(&mut r, "n").is_empty());
    assert_eq!(r.mode, Mode::List);
    keys(&mut r, "q");
    assert_eq!(keys(&mut r, "y"), vec![Effect::Leave]);
}

#[test]
fn the_kept_set_is_what_is_written() {
    let mut r = review();
    keys(&mut r, "djd");
    let roadmap = reviewed(&r, REPORT.as_bytes()).roadmap;
    assert_eq!(roadmap.tasks.len(), tally(&r).tasks);
    assert!(roadmap.tasks.iter().all(|t| !t.title.contains("backups")));
    assert!(roadmap.tasks.iter().all(|t| !t.title.contains("Rotate")));
}

#[test]
fn no_review_key_is_bound_twice() {
    use crate::tui::keymap::{key_name, REVIEW, REVIEW_PICK, REVIEW_QUIT};
    for table in [REVIEW, REVIEW_QUIT, REVIEW_PICK] {
        let mut seen = std::collections::HashSet::new();
        for b in table {
            for key in b.keys {
                assert!(seen.insert(*key), "{} bound twice", key_name(key));
            }
        }
    }
}

/// The header's cached counts follow every change of the marks: keep, drop,
/// a section, merge, undo and redo, and not the cursor's moves.
#[test]
fn the_cached_tally_follows_every_decision() {
    let mut r = review();
    for step in ["j", "d", "jy", "D", "u", "U", "k", "u", "u", "<C-r>", "j"] {
        keys(&mut r, step);
        assert_eq!(r.tally.get(&r), tally(&r), "after {step}");
        // Asked twice without a change, it gives the same counts again.
        assert_eq!(r.tally.get(&r), tally(&r), "after {step}, again");
    }
    assert!(
        tally(&r).dropped + tally(&r).kept > 0,
        "the steps decided something"
    );
}
