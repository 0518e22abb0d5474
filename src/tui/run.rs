//! The terminal session: the one place that reads the terminal and draws on
//! it. Terminal events become messages (keys through the keymap), and so do
//! the answers of the background threads; each is stepped through the
//! executor, which performs the effects. Events are drained before drawing,
//! so a burst of keys costs one frame. Nothing here decides anything about
//! the roadmap or its file.

use super::action::Stop;
use super::executor::{self, Stepped};
use super::inputs::{Incoming, Inputs};
use super::msg::Msg;
use super::recovery::Stopped;
use super::state::State;
use super::threads::Threads;
use super::{draw, keymap, open, recovery, terminal};
use crate::store::Loaded;
use crate::theme::Theme;
use anyhow::Context;
use chrono::NaiveDate;
use crossterm::event::Event;
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::Duration;

/// How a session ended.
enum Ending {
    /// The user quit.
    Quit,
    /// A signal or the terminal closing ended it.
    Stopped(Stop),
}

/// Runs the planner until the user quits. A signal or the terminal closing
/// ends it with a [`Stopped`] error (the exit code is in it), a failure
/// with any other; either way the terminal is restored first and unsaved
/// changes are written to a recovery file.
pub fn run(
    path: Option<PathBuf>,
    loaded: Loaded,
    theme: Theme,
    keys: keymap::Keymap,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let mut state = open::session(path, loaded, &theme, today);
    state.keys = std::sync::Arc::new(keys);
    let mut term = terminal::enter().context("cannot take over the terminal")?;
    let outcome = catch_unwind(AssertUnwindSafe(|| session(&mut term, &mut state, &theme)));
    terminal::restore();
    // A hang-up usually means the terminal is gone too (its window closed).
    let closed = matches!(
        outcome,
        Ok(Ok(Ending::Stopped(Stop::Closed | Stop::Signal(1))))
    );
    let result = conclude(outcome, &state);
    if closed {
        // Nothing to give back (`restore` showed the cursor if it could):
        // dropped, ratatui's terminal would only try again and print that
        // it could not.
        std::mem::forget(term);
    } else {
        // ratatui reports failing to show the cursor with `eprintln!`, which
        // panics when stderr is a terminal that has just hung up: that must
        // not turn a clean stop into a crash.
        let _ = catch_unwind(AssertUnwindSafe(move || drop(term)));
    }
    result
}

/// After the session: when it was stopped, or died of a panic or a fatal
/// error, with unsaved changes, the roadmap goes to a recovery file whose
/// path is printed. The terminal may be gone: nothing written to it here
/// may fail the exit.
fn conclude(
    outcome: std::thread::Result<anyhow::Result<Ending>>,
    state: &State,
) -> anyhow::Result<()> {
    let failure = match outcome {
        Ok(Ok(Ending::Quit)) => return Ok(()),
        Ok(Ok(Ending::Stopped(stop))) => return Err(Stopped::after(stop, state).into()),
        Ok(Err(e)) => e,
        Err(_) => anyhow::anyhow!("roadmap crashed (the message is above)"),
    };
    if !state.is_dirty() {
        return Err(failure);
    }
    let mut stderr = std::io::stderr();
    match recovery::write(state.path.as_deref(), state.file.as_ref(), &state.roadmap) {
        Ok(p) => {
            let _ = writeln!(
                stderr,
                "roadmap: your unsaved changes were written to {}",
                p.display()
            );
            Err(failure.context(format!("unsaved changes recovered to {}", p.display())))
        }
        Err(e) => {
            let _ = writeln!(stderr, "roadmap: could not write a recovery file: {e}");
            Err(failure)
        }
    }
}

fn session(term: &mut terminal::Term, state: &mut State, theme: &Theme) -> anyhow::Result<Ending> {
    let mut inputs = Inputs::open().context("cannot watch the terminal and signals")?;
    let size = term.size().context("cannot read the terminal size")?;
    let mut threads = Threads::spawn();
    let start = Msg::Start {
        width: size.width,
        height: size.height,
    };
    if executor::step(state, start, &mut threads).quit {
        return Ok(Ending::Quit);
    }
    term.draw(|f| draw::draw(f, state, theme))
        .context("cannot draw")?;
    loop {
        let mut next = inputs
            .next(threads.wait(state))
            .context("cannot read the terminal")?;
        let (mut redraw, mut repaint) = (false, false);
        for msg in threads.answers() {
            match executor::step(state, msg, &mut threads) {
                Stepped { quit: true, .. } => return Ok(Ending::Quit),
                stepped => redraw |= stepped.redraw,
            }
        }
        // Handle this event and whatever else is already waiting, then draw once.
        while let Some(incoming) = next.take() {
            let msg = match incoming {
                Incoming::Stop(stop) => return Ok(Ending::Stopped(stop)),
                Incoming::Event(event) => message(state, event),
            };
            if let Some(msg) = msg {
                match executor::step(state, msg, &mut threads) {
                    Stepped { quit: true, .. } => return Ok(Ending::Quit),
                    stepped => {
                        redraw |= stepped.redraw;
                        repaint |= stepped.repaint;
                    }
                }
            }
            next = inputs
                .next(Some(Duration::ZERO))
                .context("cannot read the terminal")?;
        }
        if repaint {
            // The editor had the screen: ratatui's idea of it is stale.
            term.clear().context("cannot clear the screen")?;
            let size = term.size().context("cannot read the terminal size")?;
            let resize = Msg::Resize {
                width: size.width,
                height: size.height,
            };
            executor::step(state, resize, &mut threads);
        }
        if redraw {
            term.draw(|f| draw::draw(f, state, theme))
                .context("cannot draw")?;
        }
    }
}

/// The message a terminal event is, if any: keys and mouse through the
/// keymap of the mode the session is in.
fn message(state: &State, event: Event) -> Option<Msg> {
    match event {
        Event::Key(key) => state.keys.action_for(&state.mode, key).map(Msg::Action),
        Event::Mouse(mouse) => keymap::mouse_action(&state.mode, mouse).map(Msg::Action),
        Event::Resize(width, height) => Some(Msg::Resize { width, height }),
        _ => None,
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::store;
    use crate::tui::keymap::press;

    #[test]
    fn a_panic_with_unsaved_changes_leaves_a_recovery_file_beside_the_original() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        let text = store::to_toml(&crate::tui::fixture::roadmap());
        std::fs::write(&path, &text).unwrap();
        let loaded = store::load(&path).unwrap();
        let mut state = State::new(loaded.roadmap.clone(), Some(path.clone()), NaiveDate::MIN);
        state.file = Some(loaded);
        press(&mut state, "<space>").unwrap();
        assert!(state.is_dirty());
        let outcome = catch_unwind(AssertUnwindSafe(|| -> anyhow::Result<Ending> {
            panic!("boom")
        }));
        let err = conclude(outcome, &state).unwrap_err();
        let recovered = dir.path().join("plan.recovered.toml");
        assert!(
            format!("{err:#}").contains(&recovered.display().to_string()),
            "{err:#}"
        );
        assert_eq!(store::load(&recovered).unwrap().roadmap, *state.roadmap);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            text,
            "the original is untouched"
        );
    }

    #[test]
    fn a_stop_recovers_unsaved_changes_and_carries_the_exit_code() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        let text = store::to_toml(&crate::tui::fixture::roadmap());
        std::fs::write(&path, &text).unwrap();
        let loaded = store::load(&path).unwrap();
        let mut state = State::new(loaded.roadmap.clone(), Some(path.clone()), NaiveDate::MIN);
        state.file = Some(loaded);

        let clean = conclude(Ok(Ok(Ending::Stopped(Stop::Signal(15)))), &state).unwrap_err();
        let stopped = clean.downcast_ref::<Stopped>().expect("a stop");
        assert_eq!(stopped.exit_code(), 143);
        assert_eq!(
            clean.to_string(),
            "stopped by SIGTERM; there were no unsaved changes"
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

        press(&mut state, "<space>").unwrap();
        let err = conclude(Ok(Ok(Ending::Stopped(Stop::Closed))), &state).unwrap_err();
        let stopped = err.downcast_ref::<Stopped>().expect("a stop");
        assert_eq!(stopped.exit_code(), 129, "a closed terminal is a hang-up");
        let recovered = dir.path().join("plan.recovered.toml");
        assert_eq!(
            err.to_string(),
            format!(
                "stopped: the terminal closed; your unsaved changes were written to {}",
                recovered.display()
            )
        );
        assert_eq!(store::load(&recovered).unwrap().roadmap, *state.roadmap);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    }

    #[test]
    fn a_stop_that_cannot_write_the_recovery_file_says_so() {
        let dir = tempfile::tempdir().unwrap();
        // The file's folder is gone (as a read-only one refuses, for root too).
        let path = dir.path().join("gone").join("plan.toml");
        let loaded = store::parse(
            &store::to_toml(&crate::tui::fixture::roadmap()),
            "plan.toml",
        )
        .unwrap();
        let mut state = State::new(loaded.roadmap.clone(), Some(path), NaiveDate::MIN);
        state.file = Some(loaded);
        press(&mut state, "<space>").unwrap();
        let err = conclude(Ok(Ok(Ending::Stopped(Stop::Signal(1)))), &state).unwrap_err();
        let message = err.to_string();
        assert!(
            message.starts_with(
                "stopped by SIGHUP; your unsaved changes could not be \
                 written to a recovery file: "
            ),
            "{message}"
        );
        assert_eq!(err.downcast_ref::<Stopped>().unwrap().exit_code(), 129);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn no_recovery_file_without_unsaved_changes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        let loaded = store::parse(
            &store::to_toml(&crate::tui::fixture::roadmap()),
            "plan.toml",
        )
        .unwrap();
        let mut state = State::new(loaded.roadmap.clone(), Some(path), NaiveDate::MIN);
        state.file = Some(loaded);
        assert!(conclude(Ok(Ok(Ending::Quit)), &state).is_ok());
        let err = conclude(Ok(Err(anyhow::anyhow!("tty gone"))), &state).unwrap_err();
        assert_eq!(err.to_string(), "tty gone");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
    #[test]
    fn a_crash_while_the_file_is_away_saving_still_recovers_the_work() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        let text = store::to_toml(&crate::tui::fixture::roadmap());
        std::fs::write(&path, &text).unwrap();
        let loaded = store::load(&path).unwrap();
        let mut state = State::new(loaded.roadmap.clone(), Some(path.clone()), NaiveDate::MIN);
        state.file = Some(loaded);
        // The save takes the file with it, and never comes back.
        let save = press(&mut state, "<space>s").unwrap();
        assert!(state.file.is_none() && !save.is_empty());
        let outcome = catch_unwind(AssertUnwindSafe(|| -> anyhow::Result<Ending> {
            panic!("boom")
        }));
        let err = conclude(outcome, &state).unwrap_err();
        let recovered = dir.path().join("plan.recovered.toml");
        assert!(
            format!("{err:#}").contains("plan.recovered.toml"),
            "{err:#}"
        );
        assert_eq!(store::load(&recovered).unwrap().roadmap, *state.roadmap);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "untouched");
    }
}
