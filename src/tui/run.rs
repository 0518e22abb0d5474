//! The run loop: the one place that reads the terminal, performs effects
//! (saving through the store) and draws. Events are drained before drawing,
//! so a burst of keys costs one frame.

use super::action::{Effect, Stop};
use super::inputs::{Incoming, Inputs};
use super::recovery::Stopped;
use super::state::{State, Tone};
use super::watch::{self, Watch};
use super::worker::{Answer, Job, Worker};
use super::{draw, keymap, recovery, terminal, update};
use crate::git::versions::{Point, Versions};
use crate::store::{self, Loaded, SaveError, SaveOutcome};
use crate::theme::Theme;
use anyhow::Context;
use chrono::NaiveDate;
use crossterm::event::Event;
use std::io::Write;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::mpsc::{channel, Receiver, TryRecvError};
use std::sync::Arc;
use std::time::Duration;

/// From this many tasks on, search hits are scored off the UI thread so a
/// keypress redraws at once and the hits follow a moment later. (Figures
/// are updated in place from each change at any size.)
pub const DEFER_SEARCH_FROM: usize = 5_000;

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
    today: NaiveDate,
) -> anyhow::Result<()> {
    let mut state = open(path, loaded, &theme, today);
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

/// The session's state for a loaded file. The working roadmap and the
/// file's (the save baseline) are one allocation until the first edit, so
/// a big roadmap is not copied just to be looked at.
fn open(path: Option<PathBuf>, loaded: Loaded, theme: &Theme, today: NaiveDate) -> State {
    let mut state = State::new(Arc::clone(&loaded.roadmap), path, today);
    state.deferred.enabled = state.roadmap.tasks.len() >= DEFER_SEARCH_FROM;
    greet(&mut state, &loaded, theme);
    state.file = Some(loaded);
    state
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
    let Some(loaded) = state.file.as_ref().filter(|_| state.is_dirty()) else {
        return Err(failure);
    };
    let mut stderr = std::io::stderr();
    match recovery::write(state.path.as_deref(), loaded, &state.roadmap) {
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

fn session(term: &mut terminal::Term, state: &mut State, theme: &Theme) -> anyhow::Result<Ending> {
    let mut inputs = Inputs::open().context("cannot watch the terminal and signals")?;
    let size = term.size().context("cannot read the terminal size")?;
    update::resized(state, size.width, size.height);
    term.draw(|f| draw::draw(f, state, theme))
        .context("cannot draw")?;
    let worker = Worker::spawn();
    let mut watch = state.path.as_deref().and_then(Watch::start);
    let mut history = state.path.clone().map(read_history);
    loop {
        let mut redraw = false;
        // Wait for input; while hits are being scored, wake up often to
        // pick them up, and while watching the file, often enough to see a
        // change within a fraction of a second.
        let waiting = state.deferred.search_pending;
        let reading_history = history.is_some();
        let wait = if waiting {
            Some(Duration::from_millis(8))
        } else if watch.is_some() || reading_history {
            Some(Duration::from_millis(50))
        } else {
            None
        };
        let mut next = inputs.next(wait).context("cannot read the terminal")?;
        for answer in worker.answers() {
            redraw |= deliver(state, answer);
        }
        match history.as_ref().map(|rx| rx.try_recv()) {
            Some(Ok(series)) => {
                update::history_ready(state, series);
                history = None;
                redraw = true;
            }
            // Not a repository, git missing, the thread gone: no chart, no error.
            Some(Err(TryRecvError::Disconnected)) => history = None,
            Some(Err(TryRecvError::Empty)) | None => {}
        }
        if let Some(text) = watch.as_mut().and_then(Watch::changed) {
            for effect in update::file_changed(state, &text) {
                if let job @ Effect::Search { .. } = effect {
                    if let Some(answer) = Job::from_effect(job).and_then(|j| worker.submit(j)) {
                        deliver(state, answer);
                    }
                }
            }
            redraw = true;
        }
        // Handle this event and whatever else is already waiting, then draw once.
        while let Some(incoming) = next.take() {
            let ev = match incoming {
                Incoming::Event(ev) => ev,
                Incoming::Stop(stop) => return Ok(Ending::Stopped(stop)),
            };
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
                        job @ Effect::Search { .. } => {
                            if let Some(answer) =
                                Job::from_effect(job).and_then(|j| worker.submit(j))
                            {
                                deliver(state, answer);
                            }
                        }
                        Effect::Save(path) => failed_save = !save(state, path),
                        Effect::SaveNew(path) => {
                            failed_save = !save_new(state, path);
                            // Saved somewhere new ("save as"): watch there,
                            // not the file left behind.
                            if !failed_save {
                                watch = state.path.as_deref().and_then(Watch::start);
                            }
                        }
                        // Never quit after a failed save.
                        Effect::Quit if failed_save => {}
                        Effect::Quit => return Ok(Ending::Quit),
                    }
                }
            }
            next = inputs
                .next(Some(Duration::ZERO))
                .context("cannot read the terminal")?;
        }
        if redraw {
            term.draw(|f| draw::draw(f, state, theme))
                .context("cannot draw")?;
        }
    }
}

/// Reads the file's git history on a thread of its own (git can take a
/// while on a long history); the receiver gets the burn-up series, or is
/// dropped unanswered when the file is not in a repository.
fn read_history(path: PathBuf) -> Receiver<Vec<Point>> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        if let Ok(versions) = Versions::read(&path, store::parse_version) {
            let _ = tx.send(versions.series());
        }
    });
    rx
}

/// Gives work done elsewhere back to the state; true if it was current.
fn deliver(state: &mut State, answer: Answer) -> bool {
    match answer {
        Answer::Search(generation, hits) => update::search_ready(state, generation, hits),
    }
}

/// Saves through the store, merging a change on disk in, and reports back
/// to the state; true if saved. A save that conflicts writes nothing and
/// puts the choice (merge, keep mine, take theirs) to the user.
fn save(state: &mut State, path: PathBuf) -> bool {
    let Some(loaded) = state.file.as_mut() else {
        return save_new(state, path);
    };
    match store::save_merging(loaded, &state.roadmap, &path) {
        Ok(SaveOutcome::Saved) => update::saved(state, Ok(path)),
        Ok(SaveOutcome::Merged { theirs, notes }) => {
            update::saved_merged(state, path, &theirs, &notes)
        }
        Err(e @ SaveError::Conflicted { .. }) => {
            match watch::read_text(&path) {
                Some(text) => {
                    update::file_changed(state, &text);
                }
                None => update::saved(state, Err(e.to_string())),
            }
            return false;
        }
        Err(SaveError::Io { source, .. }) => {
            update::save_failed(state, path, source.to_string());
            return false;
        }
        Err(e) => {
            update::saved(state, Err(e.to_string()));
            return false;
        }
    }
    true
}

/// "Save as": refuses to replace a file that exists. A write that fails
/// (read-only folder, full disk) offers to save elsewhere again.
fn save_new(state: &mut State, path: PathBuf) -> bool {
    if path.exists() {
        update::saved(
            state,
            Err(format!(
                "{} already exists; choose another name (S again)",
                path.display()
            )),
        );
        return false;
    }
    let written = match state.file.as_mut() {
        Some(loaded) => store::save(loaded, &state.roadmap, &path),
        None => store::write_atomic(&path, store::to_toml(&state.roadmap).as_bytes()).map_err(
            |source| SaveError::Io {
                path: path.display().to_string(),
                source,
            },
        ),
    };
    match written {
        Ok(()) => {
            update::saved(state, Ok(path));
            true
        }
        Err(SaveError::Io { source, .. }) => {
            update::save_failed(state, path, source.to_string());
            false
        }
        Err(e) => {
            update::saved(state, Err(e.to_string()));
            false
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::press;

    #[test]
    fn the_working_roadmap_shares_the_files_until_an_edit_and_again_after_a_save() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        std::fs::write(&path, store::to_toml(&crate::tui::fixture::roadmap())).unwrap();
        let loaded = store::load(&path).unwrap();
        let theme = Theme::load("dark").unwrap();
        let mut state = open(Some(path.clone()), loaded, &theme, NaiveDate::MIN);
        let shared = |state: &State| {
            let file = &state.file.as_ref().expect("the file is kept").roadmap;
            Arc::ptr_eq(&state.roadmap, file)
        };
        assert!(shared(&state), "opening a file does not copy its roadmap");

        press(&mut state, "<space>").unwrap();
        assert!(!shared(&state), "the first edit copies, the baseline stays");
        let baseline = &state.file.as_ref().unwrap().roadmap;
        assert_ne!(*state.roadmap, **baseline);
        assert_eq!(store::load(&path).unwrap().roadmap, **baseline);

        assert!(save(&mut state, path.clone()), "saved");
        assert!(
            shared(&state),
            "the saved roadmap becomes the baseline, uncopied"
        );
        assert!(!state.is_dirty());
        assert_eq!(store::load(&path).unwrap().roadmap, *state.roadmap);

        press(&mut state, "<space>").unwrap();
        assert!(!shared(&state), "and the next edit copies again");
    }

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
    fn a_file_outside_a_git_repository_has_no_history_and_no_chart() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        std::fs::write(&path, store::to_toml(&crate::tui::fixture::roadmap())).unwrap();
        let answer = read_history(path.clone()).recv_timeout(Duration::from_secs(20));
        assert_eq!(
            answer,
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected),
            "no series, no error"
        );
        let mut state = State::new(
            store::load(&path).unwrap().roadmap,
            Some(path),
            NaiveDate::MIN,
        );
        state.view = crate::tui::View::Maturity;
        update::resized(&mut state, 100, 40);
        let screen = crate::tui::buffer_text(&crate::tui::render_buffer(
            &state,
            100,
            40,
            &Theme::fallback(),
        ));
        assert!(screen.contains("Level"), "{screen}");
        assert!(!screen.contains("Burn-up"), "{screen}");
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
    fn a_save_that_cannot_write_asks_and_save_as_then_writes_elsewhere() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        let text = store::to_toml(&crate::tui::fixture::roadmap());
        std::fs::write(&path, &text).unwrap();
        let loaded = store::load(&path).unwrap();
        let mut state = State::new(loaded.roadmap.clone(), Some(path.clone()), NaiveDate::MIN);
        state.file = Some(loaded);
        press(&mut state, "<space>").unwrap();
        // A folder that is gone: the temporary file cannot be created, as in
        // a read-only folder, for root too.
        let gone = dir.path().join("gone").join("plan.toml");
        assert!(!save(&mut state, gone.clone()));
        let crate::tui::state::Mode::Confirm(crate::tui::state::Confirm::SaveFailed {
            path: failed,
            reason,
            ..
        }) = &state.mode
        else {
            panic!("the failure is put to the user: {:?}", state.mode);
        };
        assert_eq!(failed, &gone);
        assert!(reason.contains("cannot create a new file in"), "{reason}");
        assert!(state.is_dirty());
        let elsewhere = dir.path().join("elsewhere.toml");
        press(&mut state, "a").unwrap();
        assert!(!save_new(
            &mut state,
            dir.path().join("gone").join("x.toml")
        ));
        assert!(matches!(
            state.mode,
            crate::tui::state::Mode::Confirm(crate::tui::state::Confirm::SaveFailed { .. })
        ));
        press(&mut state, "<esc>").unwrap();
        assert!(save_new(&mut state, elsewhere.clone()));
        assert!(!state.is_dirty());
        assert_eq!(state.path.as_deref(), Some(elsewhere.as_path()));
        assert_eq!(store::load(&elsewhere).unwrap().roadmap, *state.roadmap);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            text,
            "the original is untouched"
        );
    }

    #[test]
    fn a_save_that_would_not_load_back_shows_the_whole_reason_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        let text = store::to_toml(&crate::tui::fixture::roadmap());
        std::fs::write(&path, &text).unwrap();
        let loaded = store::load(&path).unwrap();
        let mut state = State::new(loaded.roadmap.clone(), Some(path.clone()), NaiveDate::MIN);
        state.file = Some(loaded);
        // Two problems no planner edit makes any more, as a merge could leave.
        let roadmap = Arc::make_mut(&mut state.roadmap);
        roadmap.task_mut("sentry").unwrap().depends_on = vec!["ghost".into()];
        roadmap.task_mut("uptime").unwrap().level = Some(9);
        state.mark_unsaved();
        assert!(!save(&mut state, path.clone()));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "untouched");
        assert!(state.is_dirty());
        let crate::tui::state::Mode::Confirm(crate::tui::state::Confirm::NotSaved {
            reason, ..
        }) = &state.mode
        else {
            panic!("the reason is put to the user: {:?}", state.mode);
        };
        assert!(
            reason.contains("task `sentry` depends on `ghost`, which is not a task id"),
            "{reason}"
        );
        assert!(
            reason.contains("task `uptime` is tagged level 9, which is not a maturity level"),
            "every problem, not the first line: {reason}"
        );
        assert!(!reason.to_lowercase().starts_with("not saved"), "{reason}");
        let footer = state.message.clone().unwrap().text;
        assert!(!footer.contains("not saved: not saved"), "{footer}");
    }

    /// A session on a real file, with someone else's change written over it.
    fn session_on_disk(
        theirs: impl FnOnce(&mut crate::model::Roadmap),
    ) -> (tempfile::TempDir, PathBuf, State) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        std::fs::write(&path, store::to_toml(&crate::tui::fixture::roadmap())).unwrap();
        let loaded = store::load(&path).unwrap();
        let mut state = State::new(loaded.roadmap.clone(), Some(path.clone()), NaiveDate::MIN);
        let mut other = loaded.clone();
        let mut roadmap = (*other.roadmap).clone();
        theirs(&mut roadmap);
        store::save(&mut other, &Arc::new(roadmap), &path).unwrap();
        state.file = Some(loaded);
        (dir, path, state)
    }

    fn select(state: &mut State, id: &str) {
        let i = state.roadmap.task_index(id).unwrap();
        assert!(state.select(crate::tui::rows::Row::Task(i as u32)));
    }

    #[test]
    fn a_save_over_a_change_on_disk_merges_it_in_and_says_what_came_from_there() {
        let (_dir, path, mut state) = session_on_disk(|r| {
            r.task_mut("uptime").unwrap().owner = Some("bo".into());
        });
        select(&mut state, "sentry");
        press(&mut state, "<space>").unwrap();
        assert!(save(&mut state, path.clone()));
        assert!(!state.is_dirty());
        assert_eq!(state.selected_task().unwrap().id, "sentry");
        assert_eq!(
            state.roadmap.task("uptime").unwrap().owner.as_deref(),
            Some("bo")
        );
        let on_disk = store::load(&path).unwrap();
        assert_eq!(on_disk.roadmap, *state.roadmap, "both changes written");
        let message = state.message.clone().unwrap().text;
        assert!(
            message.contains("merged with the change on disk to task `uptime`"),
            "{message}"
        );
        // The file on disk is what the session knows: no reload follows our own write.
        let text = std::fs::read_to_string(&path).unwrap();
        update::file_changed(&mut state, &text);
        assert_eq!(
            state.message.as_ref().map(|m| m.text.as_str()),
            Some(message.as_str())
        );
    }

    #[test]
    fn a_save_that_conflicts_writes_nothing_and_asks() {
        let (_dir, path, mut state) = session_on_disk(|r| {
            r.task_mut("sentry").unwrap().owner = Some("bo".into());
        });
        let before = std::fs::read_to_string(&path).unwrap();
        std::sync::Arc::make_mut(&mut state.roadmap)
            .task_mut("sentry")
            .unwrap()
            .owner = Some("ana".into());
        state.mark_unsaved();
        assert!(!save(&mut state, path.clone()));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            before,
            "nothing written"
        );
        assert_eq!(
            state.roadmap.task("sentry").unwrap().owner.as_deref(),
            Some("ana")
        );
        assert!(state.is_dirty());
        let crate::tui::state::Mode::Changed { conflicts } = &state.mode else {
            panic!("the choice is put to the user: {:?}", state.mode);
        };
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].field, "owner");
        assert_eq!(
            (conflicts[0].ours.as_deref(), conflicts[0].theirs.as_deref()),
            (Some("ana"), Some("bo"))
        );
    }
}
