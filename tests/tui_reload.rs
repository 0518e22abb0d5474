//! Live reload, in a real terminal: the `roadmap` binary runs inside tmux on
//! a temporary copy of `roadmaps/jewelshot.toml` while another process
//! rewrites the file the way a `git pull` or a teammate's `roadmap check`
//! would (a new file renamed over it). tmux is required: without it these
//! tests fail, they never skip.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_roadmap");
const TODAY: &str = "2025-11-03";

fn seed(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("roadmaps")
        .join(format!("{name}.toml"))
}

/// One tmux server of our own (its own socket), killed when dropped.
struct Tmux {
    socket: String,
    _config_home: tempfile::TempDir,
}

impl Tmux {
    fn start(file: &Path, width: u16, height: u16) -> Tmux {
        match Command::new("tmux").arg("-V").output() {
            Ok(out) if out.status.success() => {}
            other => panic!("these tests need a working tmux (apt-get install tmux): {other:?}"),
        }
        static N: AtomicUsize = AtomicUsize::new(0);
        let socket = format!(
            "roadmap-reload-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        );
        let config_home = tempfile::tempdir().expect("a temp dir");
        // A config home of our own: no user theme or setting changes the screen.
        let command = format!(
            "env ROADMAP_TODAY={TODAY} XDG_CONFIG_HOME={home} HOME={home} {bin} {file}",
            home = quote(config_home.path()),
            bin = quote(Path::new(BIN)),
            file = quote(file),
        );
        let t = Tmux {
            socket,
            _config_home: config_home,
        };
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

    fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    fn screen(&self) -> String {
        let out = self.tmux(&["capture-pane", "-p", "-t", "e2e"]);
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "e2e"];
        args.extend_from_slice(keys);
        assert!(self.tmux(&args).status.success());
    }

    /// Waits until the screen satisfies `ok`; returns it and how long it took.
    fn wait_for(&self, what: &str, ok: impl Fn(&str) -> bool) -> (String, Duration) {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return (screen, start.elapsed());
            }
            if start.elapsed() > Duration::from_secs(20) {
                panic!("timed out waiting for {what}; the screen was:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

fn quote(p: &Path) -> String {
    format!("'{}'", p.display().to_string().replace('\'', r"'\''"))
}

/// Another process checks a task off in the file (an atomic rewrite).
fn check_elsewhere(file: &Path, id: &str) {
    let out = Command::new(BIN)
        .args(["check"])
        .arg(file)
        .arg(id)
        .env("ROADMAP_TODAY", TODAY)
        .output()
        .expect("roadmap check runs");
    assert!(
        out.status.success(),
        "roadmap check failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The line showing the task with this title.
fn row<'s>(screen: &'s str, title: &str) -> &'s str {
    screen.lines().find(|l| l.contains(title)).unwrap_or("")
}

fn checked(screen: &str, title: &str) -> bool {
    row(screen, title).contains("[x]")
}

const MINE: &str = "Deploy Worker to Railway/Render";
const PULLED: &str = "Setup Automated Backups (database)";
const PULLED_ID: &str = "setup-automated-backups-database";
const LATER: &str = "Configure Uptime Monitoring";
const LATER_ID: &str = "configure-uptime-monitoring-pingdom-uptimerobot";

#[test]
fn a_change_on_disk_shows_within_a_second_and_unsaved_edits_get_the_merge_prompt() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("jewelshot.toml");
    std::fs::copy(seed("jewelshot"), &file).expect("copy the seed roadmap");
    let t = Tmux::start(&file, 120, 40);
    let (first, _) = t.wait_for("the first frame", |s| {
        s.contains("1 Roadmap") && row(s, MINE).contains("[ ]")
    });
    assert!(!checked(&first, PULLED));

    // No unsaved edits: reloaded in place, within a second.
    check_elsewhere(&file, PULLED_ID);
    let (screen, took) = t.wait_for("the task checked off elsewhere", |s| checked(s, PULLED));
    assert!(took < Duration::from_secs(1), "shown after {took:?}");
    assert!(screen.contains("reloaded: 1 task changed"), "{screen}");
    assert!(
        row(&screen, MINE).contains('›'),
        "the selection stayed on the first task:\n{screen}"
    );

    // An unsaved local edit, then another change on disk: the prompt.
    t.keys(&["Space"]);
    t.wait_for("the local check-off", |s| checked(s, MINE));
    check_elsewhere(&file, LATER_ID);
    let (screen, _) = t.wait_for("the merge prompt", |s| s.contains("Changed on disk"));
    assert!(screen.contains("They merge cleanly"), "{screen}");
    assert!(screen.contains("keep mine") && screen.contains("take theirs"));
    assert!(!checked(&screen, LATER), "nothing taken before the answer");

    t.keys(&["m"]);
    let (screen, _) = t.wait_for("the merged roadmap", |s| {
        !s.contains("Changed on disk") && checked(s, LATER)
    });
    assert!(
        checked(&screen, MINE) && checked(&screen, PULLED),
        "{screen}"
    );

    // Saving writes all three; our own write does not come back as a reload.
    t.keys(&["s"]);
    t.wait_for("the save", |s| s.contains("Saved"));
    let text = std::fs::read_to_string(&file).expect("read the file");
    assert_eq!(text.matches("status = \"done\"").count(), 3, "{text}");
    std::thread::sleep(Duration::from_millis(600));
    let screen = t.screen();
    assert!(
        screen.contains("Saved") && !screen.contains("reloaded"),
        "{screen}"
    );
}
