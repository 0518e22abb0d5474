//! The run loop: the one place that reads the terminal, performs effects
//! (saving through the store) and draws. Events are drained before drawing,
//! so a burst of keys costs one frame.

use super::action::Effect;
use super::state::{State, Tone};
use super::worker::{Answer, Job, Worker};
use super::{draw, keymap, recovery, terminal, update};
use crate::store::{self, Loaded};
use crate::theme::Theme;
use anyhow::Context;
use chrono::NaiveDate;
use crossterm::event::{self, Event};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::time::Duration;

/// From this many tasks on, figures are computed off the UI thread so a
/// keypress redraws at once and the figures follow a moment later.
pub const DEFER_METRICS_FROM: usize = 5_000;

pub fn run(
    path: Option<PathBuf>,
    loaded: Loaded,
    theme: Theme,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let mut state = State::new(loaded.roadmap.clone(), path.clone(), today);
    state.deferred.enabled = state.roadmap.tasks.len() >= DEFER_METRICS_FROM;
    greet(&mut state, &loaded, &theme);
    let mut loaded = loaded;
    let mut term = terminal::enter().context("cannot take over the terminal")?;
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        session(&mut term, &mut state, &mut loaded, &theme)
    }));
    terminal::restore();
    conclude(outcome, &state, &loaded)
}

/// After the session: on a panic or a fatal error with unsaved changes, the
/// roadmap goes to a recovery file whose path is printed.
fn conclude(
    outcome: std::thread::Result<anyhow::Result<()>>,
    state: &State,
    loaded: &Loaded,
) -> anyhow::Result<()> {
    let failure = match outcome {
        Ok(Ok(())) => return Ok(()),
        Ok(Err(e)) => e,
        Err(_) => anyhow::anyhow!("roadmap crashed (the message is above)"),
    };
    if !state.is_dirty() {
        return Err(failure);
    }
    match recovery::write(state.path.as_deref(), loaded, &state.roadmap) {
        Ok(p) => {
            eprintln!(
                "roadmap: your unsaved changes were written to {}",
                p.display()
            );
            Err(failure.context(format!("unsaved changes recovered to {}", p.display())))
        }
        Err(e) => {
            eprintln!("roadmap: could not write a recovery file: {e}");
            Err(failure)
        }
    }
}

fn greet(state: &mut State, loaded: &Loaded, theme: &Theme) {
    if state.path.is_none() {
        state.say(
            Tone::Info,
            "The bundled example roadmap: s asks for a file to save it to",
        );
    }
    if let Some(w) = theme.warnings.first() {
        state.say(Tone::Warning, w.clone());
    } else if !loaded.warnings.is_empty() {
        state.say(
            Tone::Warning,
            format!(
                "{} warnings in the file: {} (roadmap validate lists them all)",
                loaded.warnings.len(),
                loaded.warnings[0].message
            ),
        );
    }
}

fn session(
    term: &mut terminal::Term,
    state: &mut State,
    loaded: &mut Loaded,
    theme: &Theme,
) -> anyhow::Result<()> {
    let size = term.size().context("cannot read the terminal size")?;
    update::resized(state, size.width, size.height);
    term.draw(|f| draw::draw(f, state, theme))
        .context("cannot draw")?;
    let worker = Worker::spawn();
    loop {
        let mut redraw = false;
        // Wait for input; while figures are being computed, wake up often to pick them up.
        let waiting = state.deferred.metrics_pending || state.deferred.search_pending;
        let mut next = if waiting {
            poll(Duration::from_millis(8))?
        } else {
            Some(event::read().context("cannot read the terminal")?)
        };
        for answer in worker.answers() {
            redraw |= deliver(state, answer);
        }
        // Handle this event and whatever else is already waiting, then draw once.
        while let Some(ev) = next.take() {
            let action = match ev {
                Event::Key(k) => keymap::action_for(&state.mode, k),
                Event::Mouse(m) => keymap::mouse_action(&state.mode, m),
                Event::Resize(w, h) => {
                    update::resized(state, w, h);
                    redraw = true;
                    None
                }
                _ => None,
            };
            if let Some(action) = action {
                let mut failed_save = false;
                for effect in update::update(state, action) {
                    match effect {
                        Effect::Redraw => redraw = true,
                        job @ (Effect::Recompute { .. } | Effect::Search { .. }) => {
                            if let Some(answer) =
                                Job::from_effect(job).and_then(|j| worker.submit(j))
                            {
                                deliver(state, answer);
                            }
                        }
                        Effect::Save(path) => failed_save = !save(state, loaded, path, false),
                        Effect::SaveNew(path) => failed_save = !save(state, loaded, path, true),
                        // Never quit after a failed save.
                        Effect::Quit if failed_save => {}
                        Effect::Quit => return Ok(()),
                    }
                }
            }
            next = poll(Duration::ZERO)?;
        }
        if redraw {
            term.draw(|f| draw::draw(f, state, theme))
                .context("cannot draw")?;
        }
    }
}

/// Gives work done elsewhere back to the state; true if it was current.
fn deliver(state: &mut State, answer: Answer) -> bool {
    match answer {
        Answer::Metrics(generation, metrics) => update::metrics_ready(state, generation, *metrics),
        Answer::Search(generation, hits) => update::search_ready(state, generation, hits),
    }
}

/// Saves through the store and reports back to the state; true if saved.
/// `new_file` refuses to replace a file that exists (save as).
fn save(state: &mut State, loaded: &mut Loaded, path: std::path::PathBuf, new_file: bool) -> bool {
    let result = if new_file && path.exists() {
        Err(format!(
            "{} already exists; choose another name (s again)",
            path.display()
        ))
    } else {
        store::save(loaded, &state.roadmap, &path)
            .map(|()| path.clone())
            .map_err(|e| e.to_string())
    };
    let ok = result.is_ok();
    update::saved(state, result);
    ok
}

/// The next terminal event if one comes within `wait`.
fn poll(wait: Duration) -> anyhow::Result<Option<Event>> {
    if event::poll(wait).context("cannot read the terminal")? {
        Ok(Some(event::read().context("cannot read the terminal")?))
    } else {
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::press;

    #[test]
    fn a_panic_with_unsaved_changes_leaves_a_recovery_file_beside_the_original() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        let text = store::to_toml(&crate::tui::fixture::roadmap());
        std::fs::write(&path, &text).unwrap();
        let loaded = store::load(&path).unwrap();
        let mut state = State::new(loaded.roadmap.clone(), Some(path.clone()), NaiveDate::MIN);
        press(&mut state, "<space>").unwrap();
        assert!(state.is_dirty());
        let outcome = catch_unwind(AssertUnwindSafe(|| -> anyhow::Result<()> {
            panic!("boom")
        }));
        let err = conclude(outcome, &state, &loaded).unwrap_err();
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
    fn no_recovery_file_without_unsaved_changes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        let loaded = store::parse(
            &store::to_toml(&crate::tui::fixture::roadmap()),
            "plan.toml",
        )
        .unwrap();
        let state = State::new(loaded.roadmap.clone(), Some(path), NaiveDate::MIN);
        assert!(conclude(Ok(Ok(())), &state, &loaded).is_ok());
        let err = conclude(Ok(Err(anyhow::anyhow!("tty gone"))), &state, &loaded).unwrap_err();
        assert_eq!(err.to_string(), "tty gone");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}
