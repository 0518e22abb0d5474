//! The fault campaign: saves racing each other while some of them are
//! killed. Each round starts [`WRITERS`] `roadmap check`/`uncheck` processes
//! on different tasks of one file at the same moment and SIGKILLs one of
//! them at a seeded random moment of its run. After every round:
//!
//! - the file loads and validates (no damaged file);
//! - every writer that exited 0 has its change on disk (no lost check-off),
//!   whatever the killed one was doing, holding the lock or writing;
//! - the killed writer's task is as before or as it would have made it.
//!
//! The counts are printed (`cargo test --test fault_campaign --
//! --nocapture`): kills, how many landed mid-write (a temporary file left:
//! the save held the lock then), how many left the lock file at the end of
//! the round (most killed holders' lock files are taken over and removed by
//! the next writer of the same round), damaged files and lost check-offs
//! (both must be 0). CI runs
//! [`DEFAULT_KILLS`] kills; `ROADMAP_CAMPAIGN_KILLS=1000` is the long run of
//! docs/RELEASE.md.
#![cfg(unix)]

use roadmap::model::Status;
use roadmap::store;
use std::fs;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_roadmap");
const DEFAULT_KILLS: usize = 300;
const WRITERS: usize = 4;
const TASKS: &str = "120";
const SEED: u64 = 0x2545_f491_4f6c_dd1d;

/// A deterministic xorshift generator: the same moments on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

fn writer(command: &str, file: &Path, id: &str) -> Child {
    Command::new(BIN)
        .arg(command)
        .arg(file)
        .arg(id)
        .env("ROADMAP_TODAY", "2026-11-23")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn count(dir: &Path, matches: impl Fn(&str) -> bool) -> usize {
    fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| matches(&e.file_name().to_string_lossy()))
        .count()
}

fn temporaries(dir: &Path) -> usize {
    count(dir, |n| n.starts_with(".roadmap-") && n.ends_with(".tmp"))
}

fn lock_files(dir: &Path) -> usize {
    count(dir, |n| n == ".plan.toml.lock")
}

#[derive(Debug, Default)]
struct Tally {
    kills: usize,
    lock_file_left: usize,
    mid_write: usize,
    completed_before_the_kill: usize,
    saves: usize,
    damaged: usize,
    lost: usize,
}

#[test]
fn saves_racing_and_killed_lose_nothing_and_damage_nothing() {
    let kills: usize = std::env::var("ROADMAP_CAMPAIGN_KILLS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_KILLS);
    let started = Instant::now();
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let file = dir.path().join("plan.toml");
    let made = Command::new(BIN)
        .args(["gen", "--tasks", TASKS, "-o"])
        .arg(&file)
        .status()
        .unwrap();
    assert!(made.success());
    let ids: Vec<String> = store::load(&file)
        .unwrap()
        .roadmap
        .tasks
        .iter()
        .map(|t| t.id.clone())
        .collect();

    // How long one writer takes from start to exit, alone: the window the
    // kills are spread over (a little past it, so some land after the end).
    let probe = Instant::now();
    let status = writer("check", &file, &ids[0]).wait().unwrap();
    assert!(status.success());
    let window = probe.elapsed().as_micros() as u64 * 2;

    let mut rng = Rng(SEED);
    let mut tally = Tally::default();
    for round in 0..kills {
        let before = store::load(&file).unwrap().roadmap;
        let start = rng.below(ids.len() as u64) as usize;
        let chosen: Vec<&String> = (0..WRITERS)
            .map(|k| &ids[(start + k * 7) % ids.len()])
            .collect();
        let wanted: Vec<Status> = chosen
            .iter()
            .map(|id| match before.task(id).unwrap().status {
                Status::Done => Status::Todo,
                _ => Status::Done,
            })
            .collect();
        let (temps, locks) = (temporaries(dir.path()), lock_files(dir.path()));
        let mut children: Vec<Child> = chosen
            .iter()
            .zip(&wanted)
            .map(|(id, want)| {
                let command = if *want == Status::Done {
                    "check"
                } else {
                    "uncheck"
                };
                writer(command, &file, id)
            })
            .collect();
        let victim = rng.below(WRITERS as u64) as usize;
        std::thread::sleep(Duration::from_micros(rng.below(window)));
        let finished_first = children[victim].try_wait().unwrap().is_some();
        let _ = children[victim].kill();
        tally.kills += 1;
        if finished_first {
            tally.completed_before_the_kill += 1;
        }
        let mut succeeded = [false; WRITERS];
        for (k, child) in children.into_iter().enumerate() {
            let out = child.wait_with_output().unwrap();
            if k == victim {
                succeeded[k] = out.status.success();
                continue;
            }
            assert!(
                out.status.success(),
                "round {round}: writer {k} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            succeeded[k] = true;
            tally.saves += 1;
        }
        tally.lock_file_left += lock_files(dir.path()).saturating_sub(locks);
        tally.mid_write += temporaries(dir.path()).saturating_sub(temps);
        let after = match store::load(&file) {
            Ok(after) => after.roadmap,
            Err(e) => {
                tally.damaged += 1;
                println!("round {round}: the file no longer loads: {e}");
                break;
            }
        };
        for (k, id) in chosen.iter().enumerate() {
            let now = after.task(id).unwrap().status;
            let was = before.task(id).unwrap().status;
            if succeeded[k] && now != wanted[k] {
                tally.lost += 1;
                println!("round {round}: writer {k} exited 0, yet `{id}` is {now:?}");
            }
            assert!(
                succeeded[k] || now == wanted[k] || now == was,
                "round {round}: the killed writer's `{id}` is {now:?}; it was {was:?}"
            );
        }
        // Nothing else moved.
        for task in &after.tasks {
            if !chosen.contains(&&task.id) {
                assert_eq!(
                    Some(task),
                    before.task(&task.id),
                    "round {round}: `{}` changed",
                    task.id
                );
            }
        }
    }
    println!(
        "{} kills among {WRITERS} writers a round on {TASKS} tasks (seed {SEED:#x}, window \
         {window} µs): {} mid-write (temporary left), {} leaving the lock file at the end of \
         the round, {} after their save had finished; {} other saves all kept; damaged files \
         {}, lost check-offs {}; {:?}",
        tally.kills,
        tally.mid_write,
        tally.lock_file_left,
        tally.completed_before_the_kill,
        tally.saves,
        tally.damaged,
        tally.lost,
        started.elapsed()
    );
    assert_eq!((tally.damaged, tally.lost), (0, 0), "{tally:?}");
    let validate = Command::new(BIN)
        .arg("validate")
        .arg(&file)
        .output()
        .unwrap();
    assert!(validate.status.success());
    assert!(
        tally.mid_write > 0,
        "no kill landed mid-write, inside a held lock: {tally:?}"
    );
}
