//! The planner without a terminal, for tests of whole flows: [`App::step`]
//! runs `update` and the executor as the terminal does, saving, reloading
//! and merging through the store against real files (a temporary folder),
//! and draws every frame into a `TestBackend`. What happens in the
//! background in the terminal happens here on cue: searches are scored at
//! once, and the file watcher is fed by hand ([`App::disk_changed`]), so a
//! test says exactly when someone else's change arrives.

use super::draw;
use super::executor::{self, Background, Stepped};
use super::keymap::notation;
use super::msg::Msg;
use super::open;
use super::state::State;
use super::watch;
use super::worker::Job;
use crate::git::versions::Versions;
use crate::store::{self, LoadError, Loaded};
use crate::theme::Theme;
use chrono::NaiveDate;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::path::{Path, PathBuf};

pub struct App {
    pub state: State,
    theme: Theme,
    terminal: Terminal<TestBackend>,
    background: OnCue,
    quit: bool,
}

/// The background of a headless session: searches scored at once, the
/// watched file and the history to read remembered until a test asks.
#[derive(Debug, Default)]
struct OnCue {
    watched: Option<PathBuf>,
    history: Option<PathBuf>,
    /// The editor command `ctrl-e` runs ([`App::set_editor`]); none by
    /// default, so no test opens whatever editor its environment names.
    editor: Option<String>,
}

impl Background for OnCue {
    fn work(&mut self, job: Job) -> Option<Msg> {
        Some(job.run())
    }

    fn watch(&mut self, path: &Path) {
        self.watched = Some(path.to_path_buf());
    }

    fn read_history(&mut self, path: &Path) -> Option<Msg> {
        self.history = Some(path.to_path_buf());
        None
    }

    /// The real editor run (there is no terminal to suspend here).
    fn edit_text(&mut self, text: &str) -> Result<String, String> {
        match &self.editor {
            Some(command) => super::external::edit(command, text),
            None => Err("no editor is set in this session".to_string()),
        }
    }
}

impl App {
    /// The planner on the roadmap file at `path`, as `roadmap FILE` opens
    /// it, on a screen of `width` × `height`, with `today` for check-offs.
    pub fn open(
        path: impl Into<PathBuf>,
        today: NaiveDate,
        width: u16,
        height: u16,
    ) -> Result<App, LoadError> {
        let path = path.into();
        let loaded = store::load(&path)?;
        Ok(App::on(Some(path), loaded, today, width, height))
    }

    /// The planner on `loaded`, the file at `path` (`None`: the bundled
    /// example, which has none).
    pub fn on(
        path: Option<PathBuf>,
        loaded: Loaded,
        today: NaiveDate,
        width: u16,
        height: u16,
    ) -> App {
        let theme = Theme::fallback();
        let state = open::session(path, loaded, &theme, today);
        let terminal = match Terminal::new(TestBackend::new(width, height)) {
            Ok(t) => t,
            Err(never) => match never {},
        };
        let mut app = App {
            state,
            theme,
            terminal,
            background: OnCue::default(),
            quit: false,
        };
        app.step(Msg::Start { width, height });
        app
    }

    /// One message through `update`, its effects performed and their
    /// results fed back; a frame drawn if the state asks for one. After the
    /// session has ended, nothing more happens.
    pub fn step(&mut self, msg: Msg) -> Stepped {
        if self.quit {
            return Stepped {
                quit: true,
                ..Stepped::default()
            };
        }
        let stepped = executor::step(&mut self.state, msg, &mut self.background);
        self.quit = stepped.quit;
        if stepped.redraw {
            self.draw();
        }
        stepped
    }

    /// Keys in the notation of `keymap::notation` (`jj<space>s`), each read
    /// by the keymap of the mode the session is in at the time.
    pub fn press(&mut self, keys: &str) -> Result<(), notation::BadNotation> {
        for key in notation::parse(keys)? {
            if let Some(action) = self.state.keys.action_for(&self.state.mode, key) {
                self.step(Msg::Action(action));
            }
        }
        Ok(())
    }

    /// What the watcher would report now: the watched file's text, read as
    /// the watcher reads it, handed to the session. False when no file is
    /// watched or it cannot be read.
    pub fn disk_changed(&mut self) -> bool {
        let Some(text) = self
            .background
            .watched
            .as_deref()
            .and_then(watch::read_text)
        else {
            return false;
        };
        self.step(Msg::DiskChanged(text));
        true
    }

    /// The file the session watches for changes made elsewhere.
    pub fn watched(&self) -> Option<&Path> {
        self.background.watched.as_deref()
    }

    /// Reads the git history the session asked for, as its thread would,
    /// and hands the burn-up points over; false when there is none to read
    /// (no file, or not in a repository).
    pub fn read_history(&mut self) -> bool {
        let Some(path) = self.background.history.take() else {
            return false;
        };
        match Versions::read(&path, store::parse_version) {
            Ok(versions) => {
                self.step(Msg::HistoryReady(versions.series()));
                true
            }
            Err(_) => false,
        }
    }

    /// The command the user's editor is (a script, in tests), as `$EDITOR`
    /// would give it.
    pub fn set_editor(&mut self, command: impl Into<String>) {
        self.background.editor = Some(command.into());
    }

    /// The session has ended (the user quit).
    pub fn has_quit(&self) -> bool {
        self.quit
    }

    /// The last frame as text, one line per row, without trailing spaces.
    pub fn screen(&self) -> String {
        super::buffer_text(self.terminal.backend().buffer())
    }

    fn draw(&mut self) {
        let (state, theme) = (&self.state, &self.theme);
        if let Err(never) = self.terminal.draw(|frame| draw::draw(frame, state, theme)) {
            match never {}
        }
    }
}
