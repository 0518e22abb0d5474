//! Questions: delete this task? quit without saving? save where? And what
//! to do when a save could not write the file.

use crate::tui::action::{Action, Effect};
use crate::tui::input::Input;
use crate::tui::state::{Confirm, Mode, State, Tone};
use std::path::PathBuf;

pub fn handle(state: &mut State, action: Action, fx: &mut Vec<Effect>) {
    let Mode::Confirm(question) = &state.mode else {
        return;
    };
    let question = question.clone();
    let answer = match action {
        Action::Move(by) | Action::Scroll(by) => return scroll(state, by),
        Action::Page(pages) => return scroll(state, pages.saturating_mul(10)),
        Action::Answer(c) => c.to_ascii_lowercase(),
        Action::Submit => 'y',
        Action::Cancel => 'n',
        // `q` again on the quit question means "yes, quit".
        Action::Quit => 'q',
        _ => return,
    };
    state.mode = Mode::Normal;
    match (question, answer) {
        (Confirm::Delete { id, .. }, 'y') => super::tasks::delete_confirmed(state, &id),
        (Confirm::Quit, 'y' | 'q') => fx.push(Effect::Quit),
        (Confirm::Quit, 's') => save(state, true, fx),
        (Confirm::Overwrite { then_quit }, 'y') => {
            state.confirm_overwrite = false;
            save(state, then_quit, fx);
        }
        (Confirm::Overwrite { .. }, 'n' | 'q') => {
            state.say(Tone::Info, "Not saved: the change on disk stays")
        }
        (Confirm::Delete { .. }, 'n') => state.say(Tone::Info, "Nothing deleted"),
        (Confirm::SaveFailed { path, .. }, 'a' | 'y') => {
            ask_save_as_near(state, &path.display().to_string())
        }
        // Back to the planner, with a reminder on the status line.
        (Confirm::SaveFailed { path, .. }, 'n' | 'q') => state.say(
            Tone::Error,
            format!(
                "Not saved to {}: your changes are kept (S saves elsewhere, s tries again)",
                path.display()
            ),
        ),
        (Confirm::NotSaved { .. }, 'y' | 'n' | 'q') => state.say(
            Tone::Error,
            "Not saved: your changes are kept (s tries again, S saves elsewhere)",
        ),
        (Confirm::Quit, 'n') => {}
        (question, _) => state.mode = Mode::Confirm(question),
    }
}

/// Scrolls the text of a save failure by `by` rows, no further than its end.
fn scroll(state: &mut State, by: isize) {
    let max = crate::tui::draw::dialog::message_max_scroll(state);
    if let Mode::Confirm(Confirm::SaveFailed { scroll, .. } | Confirm::NotSaved { scroll, .. }) =
        &mut state.mode
    {
        *scroll = scroll.saturating_add_signed(by).min(max);
    }
}

/// Saves to the roadmap's file (asking first if that overwrites a change on
/// disk the user chose to keep out), or asks where to save it.
pub fn save(state: &mut State, then_quit: bool, fx: &mut Vec<Effect>) {
    match state.path.clone() {
        Some(_) if state.confirm_overwrite => {
            state.mode = Mode::Confirm(Confirm::Overwrite { then_quit });
        }
        Some(path) => {
            fx.push(Effect::Save(path));
            if then_quit {
                fx.push(Effect::Quit);
            }
        }
        None => ask_save_as(state, then_quit),
    }
}

/// Asks for a file name to save to: the roadmap's own path to edit (`S`),
/// or `roadmap.toml` for the bundled example, which has none.
pub fn ask_save_as(state: &mut State, then_quit: bool) {
    let start = match &state.path {
        Some(path) => path.display().to_string(),
        None => "roadmap.toml".to_string(),
    };
    state.mode = Mode::SaveAs {
        input: Input::new(start),
        then_quit,
    };
}

/// The save-as prompt after a failed save, starting from the path that
/// failed so only the folder or name needs changing.
fn ask_save_as_near(state: &mut State, failed: &str) {
    state.mode = Mode::SaveAs {
        input: Input::new(failed),
        then_quit: false,
    };
    state.say(
        Tone::Info,
        "Save where? The folder or disk of the original refused the write: change the path",
    );
}

/// A save could not write `path`: says why and offers to save elsewhere.
/// Nothing about the roadmap changes: the edits stay, unsaved, and quitting
/// still asks first.
pub fn save_failed(state: &mut State, path: PathBuf, reason: String) {
    state.say(
        Tone::Error,
        format!("Not saved: {reason}; your changes are kept (S saves elsewhere)"),
    );
    state.mode = Mode::Confirm(Confirm::SaveFailed {
        path,
        reason,
        scroll: 0,
    });
}

pub fn save_as(state: &mut State, action: Action, fx: &mut Vec<Effect>) {
    let Mode::SaveAs { input, then_quit } = &mut state.mode else {
        return;
    };
    match action {
        Action::Input(edit) => input.apply(edit),
        Action::Submit => {
            let name = input.text.trim().to_string();
            let then_quit = *then_quit;
            if name.is_empty() {
                state.say(Tone::Error, "Type a file name to save to, or esc");
                return;
            }
            state.mode = Mode::Normal;
            fx.push(Effect::SaveNew(PathBuf::from(name)));
            if then_quit {
                fx.push(Effect::Quit);
            }
        }
        Action::Cancel => {
            state.mode = Mode::Normal;
            state.say(Tone::Info, "Not saved");
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::fixture;
    use crate::tui::keymap::press;
    use chrono::NaiveDate;

    fn dirty_state() -> State {
        let mut s = State::new(
            fixture::roadmap(),
            Some("plans/q1.toml".into()),
            NaiveDate::MIN,
        );
        super::super::resized(&mut s, 80, 24);
        press(&mut s, "jj<space>").unwrap();
        assert!(s.is_dirty());
        s
    }

    fn failed(s: &mut State) {
        save_failed(
            s,
            "plans/q1.toml".into(),
            "plans/q1.toml cannot be written: permission denied".into(),
        );
    }

    #[test]
    fn a_failed_save_asks_and_keeps_the_changes() {
        let mut s = dirty_state();
        let roadmap = s.roadmap.clone();
        failed(&mut s);
        assert!(matches!(s.mode, Mode::Confirm(Confirm::SaveFailed { .. })));
        let message = s.message.clone().unwrap();
        assert_eq!(message.tone, Tone::Error);
        assert!(
            message.text.contains("permission denied"),
            "{}",
            message.text
        );
        assert!(
            message.text.contains("S saves elsewhere"),
            "{}",
            message.text
        );
        // Back to the planner: nothing saved, nothing lost, a reminder.
        assert!(press(&mut s, "<esc>")
            .unwrap()
            .iter()
            .all(|e| *e == Effect::Redraw));
        assert_eq!(s.mode, Mode::Normal);
        assert!(s.is_dirty());
        assert_eq!(s.roadmap, roadmap);
        let reminder = s.message.clone().unwrap();
        assert_eq!(reminder.tone, Tone::Error);
        assert!(
            reminder.text.contains("Not saved to plans/q1.toml"),
            "{}",
            reminder.text
        );
        // Quitting still asks.
        press(&mut s, "q").unwrap();
        assert_eq!(s.mode, Mode::Confirm(Confirm::Quit));
    }

    #[test]
    fn a_saves_elsewhere_starting_from_the_path_that_failed() {
        let mut s = dirty_state();
        failed(&mut s);
        press(&mut s, "a").unwrap();
        let Mode::SaveAs { input, then_quit } = &s.mode else {
            panic!("the save-as prompt: {:?}", s.mode);
        };
        assert_eq!(input.text, "plans/q1.toml");
        assert!(!then_quit);
        let fx = press(&mut s, "<C-u>/home/ana/q1.toml<enter>").unwrap();
        assert!(fx.contains(&Effect::SaveNew("/home/ana/q1.toml".into())));
        assert!(!fx.contains(&Effect::Quit));
    }

    /// A reason as long as a save refused for many problems.
    fn long_reason() -> String {
        (1..=30)
            .map(|n| format!("plans/q1.toml:{n}:1: error: problem number {n}"))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_refused_save_opens_the_reason_scrolls_it_and_closes_keeping_the_work() {
        let mut s = dirty_state();
        let roadmap = s.roadmap.clone();
        super::super::saved(&mut s, Err(format!("not saved: {}", long_reason())));
        let scroll = |s: &State| match &s.mode {
            Mode::Confirm(Confirm::NotSaved { reason, scroll }) => {
                assert_eq!(*reason, long_reason(), "whole, without the prefix");
                *scroll
            }
            other => panic!("the dialog: {other:?}"),
        };
        assert_eq!(scroll(&s), 0);
        press(&mut s, "jj").unwrap();
        assert_eq!(scroll(&s), 2);
        press(&mut s, "k<pgdn><pgdn><pgdn><pgdn><pgdn>").unwrap();
        let last = scroll(&s);
        press(&mut s, "j").unwrap();
        assert_eq!(scroll(&s), last, "no further than the last line");
        assert!(last > 0 && last < 30, "{last}");
        press(&mut s, "<esc>").unwrap();
        assert_eq!(s.mode, Mode::Normal);
        assert!(s.is_dirty());
        assert_eq!(s.roadmap, roadmap);
        let reminder = s.message.clone().unwrap();
        assert_eq!(reminder.tone, Tone::Error);
        assert!(
            reminder.text.contains("changes are kept"),
            "{}",
            reminder.text
        );
    }

    #[test]
    fn capital_s_saves_as_at_any_time() {
        let mut s = dirty_state();
        press(&mut s, "S").unwrap();
        let Mode::SaveAs { input, .. } = &s.mode else {
            panic!("the save-as prompt: {:?}", s.mode);
        };
        assert_eq!(input.text, "plans/q1.toml");
        press(&mut s, "<esc>").unwrap();
        assert_eq!(s.mode, Mode::Normal);
        assert!(s.is_dirty(), "cancelling saves nothing and loses nothing");
    }
}
