//! The planner when `s` cannot write the file for the operating system's
//! own reasons (read-only file, read-only folder, full disk), in a real
//! terminal (tmux), as a user those apply to: the error shows with its
//! reason, the planner keeps running, the work saves elsewhere (`S`, or `a`
//! in the dialog), the new file holds the change and the original is
//! untouched. The whole flow around a failed save (the reminder, quitting
//! that still asks, "save and quit" that does not quit) is
//! `tests/tui_flows/faults.rs`. How each fault is made, and which way a run
//! went (printed): `tests/support/faults.rs`.

use crate::faults::{self, as_user, chmod, open_dir, temporaries};
use crate::tmux::{shell_quote, Tmux};
use roadmap::model::Roadmap;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The seed roadmap in `dir`, readable by everyone.
fn roadmap_in(dir: &Path) -> PathBuf {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join("roadmaps/jewelshot.toml");
    let path = dir.join("plan.toml");
    fs::copy(&seed, &path).unwrap();
    chmod(&path, 0o644);
    path
}

/// The planner on `file`, started by `words` with a home it can use.
fn start(words: &[String], file: &Path, home: &Path) -> Tmux {
    let mut line = format!(
        "env HOME={} XDG_CONFIG_HOME={}",
        shell_quote(home),
        shell_quote(home)
    );
    for w in words {
        line.push(' ');
        line.push_str(&shell_quote(Path::new(w)));
    }
    line.push(' ');
    line.push_str(&shell_quote(file));
    Tmux::start_with(&line, 100, 30)
}

/// How the user gets to the save-as prompt after the failure.
#[derive(Clone, Copy)]
enum WayOut {
    /// `a` in the dialog.
    DialogA,
    /// Esc, then `S` from the planner.
    CapitalS,
}

/// Checks a task off, presses `s` and sees the failure (`why` on screen)
/// with the planner still running; leaves the dialog open for
/// [`WayOut::DialogA`], the planner with the change unsaved for `S`.
fn fail_a_save(t: &Tmux, why: &str, way: WayOut) {
    t.wait_for("the first frame", |s| s.contains("[ ]"));
    t.keys(&["Space"]);
    t.wait_for("the change", |s| s.contains("● unsaved"));
    t.keys(&["s"]);
    // The whole dialog (a capture can catch a frame half drawn).
    t.wait_for("the error", |s| {
        s.contains("Not saved") && s.contains(why) && s.contains("a save elsewhere")
    });
    assert!(t.is_running());
    if let WayOut::CapitalS = way {
        t.keys(&["Escape"]);
        t.wait_for("the reminder, the change still unsaved", |s| {
            s.contains("Not saved to") && s.contains("● unsaved")
        });
    }
}

/// Saves the session elsewhere (to `target`) and quits; the saved file has
/// exactly one more task done than `original`.
fn save_elsewhere(t: &Tmux, way: WayOut, target: &Path, original: &Roadmap) {
    match way {
        WayOut::DialogA => t.keys(&["a"]),
        WayOut::CapitalS => t.keys(&["S"]),
    }
    t.wait_for("the save-as prompt", |s| {
        s.contains("Save as") && s.contains("plan.toml")
    });
    t.keys(&["C-u"]);
    t.type_text(&target.display().to_string());
    t.keys(&["Enter"]);
    t.wait_for("the save", |s| {
        s.contains("Saved ") && !s.contains("● unsaved")
    });
    t.keys(&["q"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while t.is_running() {
        assert!(Instant::now() < deadline, "did not quit:\n{}", t.screen());
        std::thread::sleep(Duration::from_millis(20));
    }
    faults::assert_saved_with_one_more_done(target, original);
}

/// A save that fails with `why`, then the work saved as `saved.toml` in
/// `home` through `way`: what every fault below goes through.
fn fail_then_save_elsewhere(t: &Tmux, why: &str, way: WayOut, home: &Path, original: &Roadmap) {
    fail_a_save(t, why, way);
    save_elsewhere(t, way, &home.join("saved.toml"), original);
}

#[test]
fn a_read_only_file_keeps_the_planner_and_the_work() {
    let dir = open_dir();
    let home = open_dir();
    let path = roadmap_in(dir.path());
    chmod(&path, 0o444);
    let before = fs::read(&path).unwrap();
    let original = roadmap::store::load(&path).unwrap().roadmap;
    let t = start(&as_user(), &path, home.path());
    fail_then_save_elsewhere(
        &t,
        "cannot be written: permission denied",
        WayOut::CapitalS,
        home.path(),
        &original,
    );
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "the original is untouched"
    );
    assert!(temporaries(dir.path()).is_empty());
}

#[test]
fn a_read_only_folder_keeps_the_planner_and_the_work() {
    let dir = open_dir();
    let home = open_dir();
    let path = roadmap_in(dir.path());
    chmod(&path, 0o666);
    chmod(dir.path(), 0o555);
    let before = fs::read(&path).unwrap();
    let original = roadmap::store::load(&path).unwrap().roadmap;
    let t = start(&as_user(), &path, home.path());
    fail_then_save_elsewhere(
        &t,
        "cannot create a new file in",
        WayOut::DialogA,
        home.path(),
        &original,
    );
    chmod(dir.path(), 0o777);
    assert_eq!(
        fs::read(&path).unwrap(),
        before,
        "the original is untouched"
    );
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

#[test]
fn a_full_disk_keeps_the_planner_and_the_work() {
    let home = open_dir();
    let bin = [faults::BIN.to_string()];
    match faults::Tmpfs::mount(64 * 1024) {
        Ok(disk) => {
            println!("full disk: a 64 KiB tmpfs at {}", disk.path().display());
            let path = roadmap_in(disk.path());
            let before = fs::read(&path).unwrap();
            let original = roadmap::store::load(&path).unwrap().roadmap;
            faults::fill(disk.path());
            let t = start(&bin, &path, home.path());
            fail_then_save_elsewhere(
                &t,
                "the disk is full",
                WayOut::CapitalS,
                home.path(),
                &original,
            );
            assert_eq!(
                fs::read(&path).unwrap(),
                before,
                "the original is untouched"
            );
            assert!(temporaries(disk.path()).is_empty());
        }
        Err(why) => {
            // Every file the planner writes is limited, so saving elsewhere
            // fails too: this way checks the failure, the running planner,
            // the kept change and the untouched file.
            println!("full disk: no tmpfs ({why}); a file size limit makes the write fail instead");
            let dir = open_dir();
            let path = roadmap_in(dir.path());
            let before = fs::read(&path).unwrap();
            let limited = faults::with_file_size_limit(&bin, 8);
            let t = start(&limited, &path, home.path());
            fail_a_save(&t, "larger than this process may write", WayOut::CapitalS);
            assert_eq!(
                fs::read(&path).unwrap(),
                before,
                "the original is untouched"
            );
            assert!(temporaries(dir.path()).is_empty());
        }
    }
}
