//! A dead battery loses nothing: the real binary saves in a loop
//! (`roadmap check` / `roadmap uncheck` of one task, alternating) and is
//! killed with SIGKILL at seeded random moments. After every kill the file is
//! byte-for-byte either the version before that save or the one it was
//! writing, never a mix, and the temporary files killed saves leave behind
//! break nothing and are cleaned up by a later save.
//!
//! Of 36 kills, half come after a random delay anywhere in a save; the other
//! half wait for the save's temporary file to appear and then strike at once
//! or within 100 µs, so that kills land mid-write on any machine. Where the write is
//! too quick to catch often (tmpfs), up to 40 more targeted kills are made
//! until three have. The counts of each outcome are printed (`cargo test
//! --test crash_sigkill -- --nocapture`) and at least one mid-write kill is
//! required.
#![cfg(unix)]

#[path = "support/faults.rs"]
mod faults;

use roadmap::model::Status;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant, SystemTime};

const BIN: &str = env!("CARGO_BIN_EXE_roadmap");
/// Tasks in the generated roadmap; one of them gets long notes (an audit
/// report pasted in, [`NOTE_LINES`] lines, about 2 MB) so that writing
/// the file takes a while even where fsync costs nothing (tmpfs), while a
/// debug-build save stays around half a second.
const TASKS: &str = "500";
const NOTE_LINES: usize = 30_000;
const KILLS: usize = 36;
/// On a file system where the write takes well under a millisecond (tmpfs),
/// few targeted kills land in it: up to this many more are made until
/// [`MID_WRITE_WANTED`] have.
const EXTRA_KILLS: usize = 40;
const MID_WRITE_WANTED: usize = 3;
const SEED: u64 = 0x9e37_79b9_7f4a_7c15;

/// A deterministic xorshift generator: the same delays on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

fn roadmap(args: &[&str], file: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.args(args)
        .arg(file)
        .env("ROADMAP_TODAY", "2026-11-23")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    cmd
}

/// The temporary files of saves in `dir` (`.roadmap-XXXXXX.tmp`), as a set
/// to compare before and after a kill.
fn temporaries(dir: &Path) -> BTreeSet<PathBuf> {
    faults::temporaries(dir).into_iter().collect()
}

/// How many temporary files are in `dir`: [`temporaries`] without the
/// allocations, to poll fast.
fn count_temporaries(dir: &Path) -> usize {
    fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| {
            let name = e.file_name();
            let name = name.as_encoded_bytes();
            name.starts_with(b".roadmap-") && name.ends_with(b".tmp")
        })
        .count()
}

/// The save that turns `text` into the other version: check if the task is
/// open in it, uncheck if done.
fn command_for(text: &[u8], id: &str) -> &'static str {
    let loaded = roadmap::store::parse(std::str::from_utf8(text).unwrap(), "plan.toml")
        .expect("every version on disk loads");
    match loaded.roadmap.task(id).unwrap().status {
        Status::Done => "uncheck",
        _ => "check",
    }
}

fn run_to_end(command: &str, id: &str, file: &Path) -> Duration {
    let start = Instant::now();
    let status = roadmap(&[command], file).arg(id).status().unwrap();
    assert!(status.success(), "roadmap {command} failed");
    start.elapsed()
}

#[derive(Default, Debug)]
struct Tally {
    before_write: usize,
    mid_write: usize,
    after_rename: usize,
}

/// Kills `child` at the moment `strike` picks, then reaps it.
fn kill(mut child: Child, strike: impl FnOnce(&mut Child)) {
    strike(&mut child);
    // Child::kill is SIGKILL on Unix; an already finished child is fine.
    let _ = child.kill();
    child.wait().unwrap();
}

#[test]
fn sigkill_during_saves_leaves_one_whole_version_and_harmless_leftovers() {
    let started = Instant::now();
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let file = dir.path().join("plan.toml");
    let status = Command::new(BIN)
        .args(["gen", "--tasks", TASKS, "-o"])
        .arg(&file)
        .status()
        .unwrap();
    assert!(status.success());
    let mut generated =
        std::sync::Arc::unwrap_or_clone(roadmap::store::load(&file).unwrap().roadmap);
    generated.tasks[0].notes = Some(
        (0..NOTE_LINES)
            .map(|i| format!("{i:>6}: evidence pasted from the audit report, kept verbatim\n"))
            .collect(),
    );
    fs::write(&file, roadmap::store::to_toml(&generated)).unwrap();
    let original = fs::read(&file).unwrap();
    let loaded = roadmap::store::load(&file).unwrap();
    assert!(original.len() > 1_500_000, "{} bytes", original.len());
    let id = loaded
        .roadmap
        .tasks
        .iter()
        .find(|t| t.status == Status::Todo && t.depends_on.is_empty())
        .expect("an open task without dependencies")
        .id
        .clone();

    // The versions a save can produce: check, uncheck, check... until the
    // text comes round again. Each one loads.
    let mut versions = vec![original.clone()];
    let mut successors = Vec::new();
    let mut save_time = Duration::ZERO;
    loop {
        let last = versions.last().unwrap().clone();
        save_time = save_time.max(run_to_end(command_for(&last, &id), &id, &file));
        let next = fs::read(&file).unwrap();
        assert_ne!(next, last, "every save changes the file");
        successors.push(next.clone());
        if versions.contains(&next) {
            break;
        }
        versions.push(next);
        assert!(versions.len() <= 4, "the versions settle into a cycle");
    }
    assert!(versions.len() >= 2);

    let mut rng = Rng(SEED);
    let mut tally = Tally::default();
    let window = save_time.as_micros() as u64 * 12 / 10;
    let mut round = 0;
    loop {
        if round >= KILLS && (tally.mid_write >= MID_WRITE_WANTED || round >= KILLS + EXTRA_KILLS) {
            break;
        }
        let before = fs::read(&file).unwrap();
        let i = versions
            .iter()
            .position(|v| *v == before)
            .expect("the file is one of the saved versions");
        let temps_before = temporaries(dir.path());
        let child = roadmap(&[command_for(&before, &id)], &file)
            .arg(&id)
            .spawn()
            .unwrap();
        if round % 2 == 0 && round < KILLS {
            // Anywhere in the save, from start-up to exit.
            let delay = Duration::from_micros(rng.below(window));
            kill(child, |_| std::thread::sleep(delay));
        } else {
            // Once the temporary file exists: at once or within 100 µs. On a
            // fast file system (tmpfs, no real fsync) it lives for a fraction
            // of a millisecond.
            let delay = match rng.below(2) {
                0 => None,
                _ => Some(Duration::from_micros(rng.below(100))),
            };
            let known = temps_before.len();
            kill(child, |child| {
                let deadline = Instant::now() + save_time * 10;
                while count_temporaries(dir.path()) == known
                    && child.try_wait().unwrap().is_none()
                    && Instant::now() < deadline
                {}
                if let Some(delay) = delay {
                    std::thread::sleep(delay);
                }
            });
        }
        let after = fs::read(&file).unwrap();
        let left = temporaries(dir.path()).len() - temps_before.len();
        assert!(
            after == before || after == successors[i],
            "round {round}: the file is neither the version before the save nor the one it wrote \
             ({} bytes; before {}, after {})",
            after.len(),
            before.len(),
            successors[i].len()
        );
        match (after == before, left) {
            (true, 0) => tally.before_write += 1,
            (true, 1) => tally.mid_write += 1,
            (false, 0) => tally.after_rename += 1,
            (same, n) => panic!("round {round}: file unchanged: {same}, {n} new temporaries"),
        }
        round += 1;
    }
    let leftovers = temporaries(dir.path());
    println!(
        "{round} kills of `roadmap check/uncheck` on {TASKS} tasks, {} bytes (a save takes \
         {save_time:?}, seed {SEED:#x}): {} before the write, {} mid-write (temporary file left), \
         {} after the rename; {} temporaries left",
        original.len(),
        tally.before_write,
        tally.mid_write,
        tally.after_rename,
        leftovers.len()
    );
    assert!(
        tally.mid_write >= 1,
        "no kill landed mid-write: {tally:?}; the save's temporary file was never caught"
    );
    assert_eq!(leftovers.len(), tally.mid_write);

    // The leftovers break nothing: the file loads, and a save works beside
    // them without touching them (they could belong to a save in progress).
    let current = fs::read(&file).unwrap();
    assert_eq!(
        roadmap::store::load(&file).unwrap().roadmap,
        roadmap::store::parse(std::str::from_utf8(&current).unwrap(), "plan.toml")
            .unwrap()
            .roadmap
    );
    let validate = Command::new(BIN)
        .arg("validate")
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        validate.status.success(),
        "{}",
        String::from_utf8_lossy(&validate.stderr)
    );
    run_to_end(command_for(&current, &id), &id, &file);
    assert!(versions.contains(&fs::read(&file).unwrap()));
    assert_eq!(
        temporaries(dir.path()),
        leftovers,
        "fresh leftovers are kept"
    );

    // Once they are old enough to belong to no live save, the next save
    // removes them.
    let an_hour_ago = SystemTime::now() - Duration::from_secs(3600);
    for temp in &leftovers {
        let f = fs::File::options().write(true).open(temp).unwrap();
        f.set_modified(an_hour_ago).unwrap();
    }
    let current = fs::read(&file).unwrap();
    run_to_end(command_for(&current, &id), &id, &file);
    assert!(
        temporaries(dir.path()).is_empty(),
        "stale leftovers removed"
    );
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().flatten().collect();
    assert_eq!(names.len(), 1, "only the roadmap remains: {names:?}");
    println!("run time {:?}", started.elapsed());
}
