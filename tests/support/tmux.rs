//! The tmux harness of the end-to-end tests: the real binary in a detached
//! session of its own server, keys in with `send-keys`, the screen back with
//! `capture-pane`. tmux is required: without it these tests fail, never skip.

// Each test binary that includes this file uses its own subset of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_roadmap");
pub const TODAY: &str = "2025-11-03";

pub fn seed(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("roadmaps")
        .join(format!("{name}.toml"))
}

pub fn require_tmux() {
    match Command::new("tmux").arg("-V").output() {
        Ok(out) if out.status.success() => {}
        Ok(out) => panic!(
            "tmux -V failed ({}): the end-to-end tests need a working tmux",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(e) => panic!(
            "tmux is not installed ({e}): the end-to-end tests need it; \
             install it (e.g. `apt-get install tmux`), they do not skip"
        ),
    }
}

/// One tmux server of our own (its own socket), killed when dropped.
pub struct Tmux {
    socket: String,
    config_home: tempfile::TempDir,
}

impl Tmux {
    /// Starts `roadmap FILE` in a detached session of the given size.
    pub fn start(file: &Path, width: u16, height: u16) -> Tmux {
        Tmux::start_with(
            &[shell_quote(Path::new(BIN)), shell_quote(file)].join(" "),
            width,
            height,
        )
    }

    /// Starts a shell command line (run with our environment) in a detached session.
    pub fn start_with(command_line: &str, width: u16, height: u16) -> Tmux {
        require_tmux();
        static N: AtomicUsize = AtomicUsize::new(0);
        let socket = format!(
            "roadmap-e2e-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        let config_home = tempfile::tempdir().expect("a temp dir");
        let t = Tmux {
            socket,
            config_home,
        };
        // A config home of our own: no user theme or setting changes the screen.
        let command = format!(
            "env ROADMAP_TODAY={TODAY} XDG_CONFIG_HOME={} HOME={} {command_line}",
            shell_quote(t.config_home.path()),
            shell_quote(t.config_home.path()),
        );
        let out = t.tmux(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            "e2e",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            &command,
        ]);
        assert!(
            out.status.success(),
            "tmux new-session failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        t
    }

    pub fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    pub fn screen(&self) -> String {
        let out = self.tmux(&["capture-pane", "-p", "-t", "e2e"]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Types text literally (no key names).
    pub fn type_text(&self, text: &str) {
        assert!(self
            .tmux(&["send-keys", "-t", "e2e", "-l", text])
            .status
            .success());
    }

    /// Sends named keys: `Enter`, `Space`, `Escape`.
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        assert!(self.tmux(&args).status.success());
    }

    /// Waits until the screen satisfies `ok`, or fails showing the last screen.
    pub fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("timed out waiting for {what}; the screen was:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Like [`Tmux::wait_for`], also saying how long it took.
    pub fn wait_for_timed(&self, what: &str, ok: impl Fn(&str) -> bool) -> (String, Duration) {
        let start = Instant::now();
        let screen = self.wait_for(what, ok);
        (screen, start.elapsed())
    }

    pub fn is_running(&self) -> bool {
        self.tmux(&["has-session", "-t", "e2e"]).status.success()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

pub fn shell_quote(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', r"'\''"))
}
