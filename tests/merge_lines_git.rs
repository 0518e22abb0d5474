//! The line merge (`store::merge::lines`, the driver's fallback) against
//! `git merge-file` itself, on generated edits of a roadmap (with and
//! without a common ancestor): the same
//! conflicts every time, and the same bytes in all but the rare case where
//! a repeated line can be aligned two ways.

use roadmap::store::merge::lines::merge_lines;
use std::process::Command;

const SAMPLE: &str = include_str!("../src/store/testdata/sample.toml");

/// A small deterministic generator (xorshift), so a failure replays.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// One to three edits a person makes to a roadmap: a value changed, a
/// line added or removed, a task checked off.
fn edit(text: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(lines.len());
        match rng.below(4) {
            0 => lines[at] = format!("effort = \"{}h\"", 1 + rng.below(40)),
            1 => lines.insert(at, format!("notes = \"n{}\"", rng.below(1000))),
            2 => {
                lines.remove(at);
            }
            _ => {
                if let Some(i) = lines.iter().position(|l| l == "status = \"todo\"") {
                    lines[i] = "status = \"done\"".into();
                    lines.insert(i + 1, format!("done_on = 2025-11-{:02}", 1 + rng.below(28)));
                }
            }
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

fn git_merge_file(dir: &std::path::Path, base: &str, ours: &str, theirs: &str) -> (String, usize) {
    let [b, o, t] = ["base", "ours", "theirs"].map(|n| dir.join(n));
    std::fs::write(&b, base).unwrap();
    std::fs::write(&o, ours).unwrap();
    std::fs::write(&t, theirs).unwrap();
    let out = Command::new("git")
        .args(["merge-file", "-p", "-L", "HEAD", "-L", "base", "-L", "side"])
        .args([&o, &b, &t])
        // No configuration of this machine or repository (a conflict
        // style, say) may change what git writes.
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir)
        .env("GIT_CEILING_DIRECTORIES", dir)
        .current_dir(dir)
        .output()
        .expect("git runs");
    let code = out.status.code().expect("git exits");
    assert!((0..127).contains(&code), "git merge-file failed: {code}");
    (String::from_utf8(out.stdout).unwrap(), code as usize)
}

#[test]
fn the_line_merge_matches_git_merge_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut rng = Rng(0x5eed_2025);
    let (mut same, mut conflicted, total) = (0, 0, 500);
    for case in 0..total {
        let ours = edit(SAMPLE, &mut rng);
        let theirs = edit(SAMPLE, &mut rng);
        // One merge in ten has no common ancestor (both added the file).
        let base = if case % 10 == 9 { "" } else { SAMPLE };
        let (git_text, git_conflicts) = git_merge_file(dir.path(), base, &ours, &theirs);
        let m = merge_lines(
            base.as_bytes(),
            ours.as_bytes(),
            theirs.as_bytes(),
            "HEAD",
            "side",
        );
        let text = String::from_utf8(m.text).unwrap();
        conflicted += usize::from(git_conflicts > 0);
        // Where a side repeats a line, git and diffy may pick different
        // copies as the shared one: the same lines either way, around the
        // markers differently. Whether and how often it conflicts must agree.
        assert_eq!(
            (m.conflicts, text.matches("<<<<<<< HEAD\n").count()),
            (git_conflicts, git_text.matches("<<<<<<< HEAD\n").count()),
            "case {case}\n--- ours\n{ours}\n--- theirs\n{theirs}\n--- git\n{git_text}\n--- roadmap\n{text}"
        );
        same += usize::from(text == git_text);
    }
    println!("{same} of {total} merges identical to git merge-file ({conflicted} with conflicts)");
    assert!(same * 100 >= total * 99, "only {same} of {total} identical");
}
