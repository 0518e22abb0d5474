//! The terminal session's background: a worker thread scoring searches, a
//! watcher on the roadmap's file, and the file's git history read on a
//! thread of its own. Their answers come back as messages, picked up by the
//! run loop between terminal events.

use super::executor::Background;
use super::msg::Msg;
use super::state::State;
use super::watch::Watch;
use super::worker::{Job, Worker};
use crate::git::versions::{Point, Versions};
use crate::store;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver, TryRecvError};
use std::time::Duration;

pub struct Threads {
    worker: Worker,
    watch: Option<Watch>,
    /// The burn-up series while the history is being read.
    history: Option<Receiver<Vec<Point>>>,
}

impl Threads {
    pub fn spawn() -> Threads {
        Threads {
            worker: Worker::spawn(),
            watch: None,
            history: None,
        }
    }

    /// How long the run loop may wait for a terminal event before looking
    /// here again: often while hits, a forecast or the what-if scenarios are
    /// being made, often enough to see a
    /// change on disk within a fraction of a second while watching the
    /// file or reading its history, else as long as it takes.
    pub fn wait(&self, state: &State) -> Option<Duration> {
        let whatif = matches!(&state.mode, super::state::Mode::Scenario(s) if s.pending());
        if state.deferred.search_pending || state.timeline.pending() || whatif {
            Some(Duration::from_millis(8))
        } else if self.watch.is_some() || self.history.is_some() {
            Some(Duration::from_millis(50))
        } else {
            None
        }
    }

    /// What has come back since the last look, as messages.
    pub fn answers(&mut self) -> Vec<Msg> {
        let mut msgs: Vec<Msg> = self.worker.answers().collect();
        match self.history.as_ref().map(Receiver::try_recv) {
            Some(Ok(series)) => {
                msgs.push(Msg::HistoryReady(series));
                self.history = None;
            }
            // Not a repository, git missing, the thread gone: no chart, no error.
            Some(Err(TryRecvError::Disconnected)) => self.history = None,
            Some(Err(TryRecvError::Empty)) | None => {}
        }
        if let Some(text) = self.watch.as_mut().and_then(Watch::changed) {
            msgs.push(Msg::DiskChanged(text));
        }
        msgs
    }
}

impl Background for Threads {
    fn work(&mut self, job: Job) -> Option<Msg> {
        self.worker.submit(job)
    }

    fn watch(&mut self, path: &Path) {
        // The platform may refuse: the session then simply does not reload.
        self.watch = Watch::start(path);
    }

    fn read_history(&mut self, path: &Path) -> Option<Msg> {
        self.history = Some(read_history(path.to_path_buf()));
        None
    }

    /// The terminal goes back to the shell's screen for the editor, and is
    /// taken over again once it exits, whatever it did.
    fn edit_text(&mut self, text: &str) -> Result<String, String> {
        super::terminal::suspend();
        let result = super::external::edit(&super::external::command_from_env(), text);
        match super::terminal::resume() {
            Ok(()) => result,
            Err(e) => Err(format!(
                "cannot take the terminal back from the editor: {e}"
            )),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::theme::Theme;
    use chrono::NaiveDate;

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
        crate::tui::update(
            &mut state,
            Msg::Resize {
                width: 100,
                height: 40,
            },
        );
        let screen = crate::tui::buffer_text(&crate::tui::render_buffer(
            &state,
            100,
            40,
            &Theme::fallback(),
        ));
        assert!(screen.contains("Level"), "{screen}");
        assert!(!screen.contains("Burn-up"), "{screen}");
    }
}
