//! Big inputs: a roadmap with a 50 MB note, 50 MB of garbage given as a
//! roadmap, a 50 MB "report" given to `roadmap import`, and 1 MB ids,
//! titles, notes and categories. Each gives a clear result or a clear
//! error, never a crash or a hang. The commands run under a data-segment
//! limit (`prlimit --data`), so a blow-up in memory fails the test instead
//! of passing slowly. The inputs are generated here, never committed.

#[path = "support/cli.rs"]
mod cli_support;
mod tui_support;

use roadmap::export;
use roadmap::model::metrics::Metrics;
use roadmap::tui::{self, text, View};
use std::path::Path;
use std::process::Output;
use tui_support::{press, state_at, theme};

const MB: usize = 1024 * 1024;
/// The memory a command may use on a 50 MB input: 20 times the input. The
/// loader needs about three copies of a big string (text, parse tree,
/// document) and the importer more; anything quadratic needs far more.
const DATA_LIMIT: usize = 1024 * MB;

const EXAMPLE: &str = include_str!("../roadmaps/example.toml");

/// Runs the binary with `args` under the memory limit (when `prlimit`
/// from util-linux is there, as on any Linux).
fn run_limited(args: &[&std::ffi::OsStr]) -> Output {
    let bin = env!("CARGO_BIN_EXE_roadmap");
    let has_prlimit = std::process::Command::new("prlimit")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let mut cmd = if has_prlimit {
        let mut c = std::process::Command::new("prlimit");
        c.arg(format!("--data={DATA_LIMIT}")).arg(bin);
        c
    } else {
        std::process::Command::new(bin)
    };
    cmd.args(args).env("ROADMAP_TODAY", "2026-11-23");
    let out = cmd.output().expect("the binary runs");
    assert!(
        out.status.code().is_some(),
        "{args:?} was killed (out of memory?): {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// `roadmap render FILE` at 120x40 under the memory limit: it succeeds and
/// the frame is exactly 40 lines of at most 120 cells.
fn render_fits_120x40(file: &Path) {
    let out = run_limited(&[
        os("render"),
        file.as_os_str(),
        os("--width"),
        os("120"),
        os("--height"),
        os("40"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let frame = String::from_utf8_lossy(&out.stdout);
    assert_eq!(frame.lines().count(), 40);
    assert!(frame.lines().all(|l| text::width(l) <= 120), "{frame}");
}

fn os(s: &str) -> &std::ffi::OsStr {
    s.as_ref()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Deterministic noise: xorshift64, no seed file, no dependency.
fn noise(len: usize) -> Vec<u8> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

/// Words and markdown punctuation, on lines: text, but not TOML.
fn prose(len: usize) -> String {
    let words = [
        "audit", "deploy", "lorem", "#", "-", "|", "*", "ipsum\n", "**bold**",
    ];
    let mut out = String::with_capacity(len + 16);
    let mut bytes = noise(len / 4).into_iter().cycle();
    while out.len() < len {
        let b = bytes.next().unwrap_or_default();
        out.push_str(words[b as usize % words.len()]);
        out.push(' ');
    }
    out.truncate(len);
    out
}

#[test]
fn a_roadmap_with_a_50_mb_note_loads_shows_renders_and_saves() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = dir.path().join("big.toml");
    let note = "word ".repeat(10 * MB);
    let text = EXAMPLE.replacen(
        "notes = \"pg_dump to object storage at 02:00, kept 30 days.\"",
        &format!("notes = \"{note}\""),
        1,
    );
    assert!(text.len() > 50 * MB);
    std::fs::write(&file, &text).expect("write");

    let out = run_limited(&[os("status"), file.as_os_str()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Harbor Tickets"));

    render_fits_120x40(&file);

    // A check-off saves the whole note back, byte for byte around the change.
    let out = run_limited(&[os("check"), file.as_os_str(), os("restore-drill")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let saved = std::fs::read_to_string(&file).expect("read");
    assert!(saved.contains(&note), "the note survives the save");
    assert!(saved.len() > text.len() && saved.len() < text.len() + 100);
}

/// `status` (which only reads) and `check` (which could write) both refuse
/// `file` with exit code 1 and a short message containing `says`.
fn refused_by_status_and_check(file: &Path, says: &str) {
    for cmd in ["status", "check"] {
        let mut args = vec![os(cmd), file.as_os_str()];
        if cmd == "check" {
            args.push(os("some-task"));
        }
        let out = run_limited(&args);
        assert_eq!(out.status.code(), Some(1), "{cmd}: {}", stderr(&out));
        let message = stderr(&out);
        assert!(
            message.contains(says),
            "{cmd} {}: {message}",
            file.display()
        );
        assert!(
            message.len() < 2000,
            "a short message, not the file: {}",
            message.len()
        );
    }
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let huge = dir.path().join("huge.toml");
    // A sparse file: the limit is checked on its length, so nothing is read
    // and the test writes no 65 MB to disk.
    let file = std::fs::File::create(&huge).expect("create");
    file.set_len(roadmap::store::MAX_FILE_BYTES + 1)
        .expect("set length");
    drop(file);
    refused_by_status_and_check(
        &huge,
        "huge.toml: error: the file is 64 MB, too large for a roadmap",
    );
    let len = std::fs::metadata(&huge).expect("metadata").len();
    assert_eq!(
        len,
        roadmap::store::MAX_FILE_BYTES + 1,
        "the file is untouched"
    );
}

#[test]
fn fifty_mb_of_garbage_is_refused_with_a_clear_error() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let binary = dir.path().join("binary.toml");
    std::fs::write(&binary, noise(50 * MB)).expect("write");
    let words = dir.path().join("words.toml");
    std::fs::write(&words, prose(50 * MB)).expect("write");
    for (file, says) in [
        (&binary, "this is a binary file, not a TOML roadmap"),
        (&words, "words.toml:1:"),
    ] {
        let before = std::fs::read(file).expect("read");
        refused_by_status_and_check(file, says);
        assert!(
            std::fs::read(file).expect("read") == before,
            "the file is untouched"
        );
    }
}

#[test]
fn a_50_mb_report_is_refused_before_it_is_read_and_nothing_is_written() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let report = dir.path().join("huge.md");
    std::fs::write(&report, prose(50 * MB)).expect("write");
    let out_file = dir.path().join("out.toml");
    std::fs::write(&out_file, "keep me\n").expect("write");
    let out = run_limited(&[
        os("import"),
        report.as_os_str(),
        os("-o"),
        out_file.as_os_str(),
        // Past the refusal of an existing output, to the size limit.
        os("--force"),
    ]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(
        message.contains("huge.md: the report is 50.0 MB; roadmap import reads reports up to 8 MB")
            && message.contains("nothing was written"),
        "{message}"
    );
    assert_eq!(
        std::fs::read_to_string(&out_file).expect("read"),
        "keep me\n"
    );

    // A big report under the limit still imports.
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/seeds");
    let seed = std::fs::read_dir(&seeds)
        .expect("seed reports")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "md" || x == "txt"))
        .expect("a seed report");
    let one = std::fs::read_to_string(&seed).expect("a text report");
    let big = one.repeat((MB / one.len()).max(1));
    std::fs::write(&report, &big).expect("write");
    let out = run_limited(&[
        os("import"),
        report.as_os_str(),
        os("-o"),
        out_file.as_os_str(),
        os("--force"),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    roadmap::store::load(&out_file).expect("the import loads");
}

/// A roadmap whose first task has a 1 MB id, title, category and notes,
/// and whose project name is 1 MB.
fn one_mb_fields() -> String {
    let id = "k".repeat(MB);
    EXAMPLE
        .replacen(
            "name = \"Harbor Tickets\"",
            &format!("name = \"{}\"", "P".repeat(MB)),
            1,
        )
        .replacen(
            "id = \"rotate-leaked-payment-key\"",
            &format!("id = \"{id}\""),
            1,
        )
        .replacen(
            "title = \"Rotate the payment API key committed to git\"",
            &format!("title = \"{}\"", "T".repeat(MB)),
            1,
        )
        .replacen(
            "category = \"Security\"\nlevel = 2\nfindings = [\"secret-in-repo\"]",
            &format!(
                "category = \"{}\"\nlevel = 2\nfindings = [\"secret-in-repo\"]\nnotes = \"{}\"",
                "C".repeat(MB),
                "N ".repeat(MB / 2)
            ),
            1,
        )
}

#[test]
fn one_mb_fields_load_export_and_fit_the_frame() {
    let text = one_mb_fields();
    let loaded = roadmap::store::parse(&text, "mb.toml").expect("it loads");
    let roadmap = &loaded.roadmap;
    assert_eq!(roadmap.tasks[0].title.len(), MB);
    let metrics = Metrics::compute(roadmap);
    let status = export::status::text(roadmap, &metrics);
    assert!(
        status.contains(&"P".repeat(MB)),
        "status names the project in full"
    );
    let csv = export::csv::render(roadmap, &metrics);
    assert!(csv.contains(&"T".repeat(MB)));
    let json: serde_json::Value = serde_json::from_str(&export::json::render(
        roadmap,
        &metrics,
        &roadmap::model::schedule::forecast(
            roadmap,
            chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
        ),
    ))
    .expect("json");
    assert_eq!(json["tasks"][0]["id"].as_str().map(str::len), Some(MB));
    assert!(export::markdown::render(roadmap, &metrics).contains(&"T".repeat(MB)));

    let mut frames: Vec<String> = View::ALL
        .iter()
        .map(|&v| tui::render_text(roadmap.clone(), v, 120, 40, &theme()))
        .collect();
    let mut s = state_at(roadmap.clone(), 120, 40);
    frames.push(tui_support::text(&s));
    press(&mut s, "j");
    frames.push(tui_support::text(&s));
    for frame in &frames {
        assert_eq!(frame.lines().count(), 40, "{frame}");
        assert!(frame.lines().all(|l| text::width(l) <= 120), "{frame}");
    }
    let list = View::ALL.len();
    assert!(
        frames[list].contains("TTTTTTTT") && frames[list].contains('…'),
        "{}",
        frames[list]
    );
}

#[test]
fn one_mb_fields_through_the_cli() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = dir.path().join("mb.toml");
    std::fs::write(&file, one_mb_fields()).expect("write");
    render_fits_120x40(&file);
    // The 1 MB id is not a slug: the warning quotes it, and its suggestion, once each.
    let out = run_limited(&[os("validate"), file.as_os_str()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).len() < 4 * MB,
        "{} bytes of warnings",
        stderr(&out).len()
    );
}

/// A device or a pipe as FILE has no size to check before reading: the
/// limit holds while reading. `/dev/zero` and `yes` never end; before, the
/// loader read on until memory ran out (`validate <(yes)` reached 8.9 GB).
#[test]
fn an_endless_device_or_pipe_is_refused_at_the_size_limit() {
    for cmd in ["validate", "status"] {
        let out = run_limited(&[os(cmd), os("/dev/zero")]);
        assert_eq!(out.status.code(), Some(1), "{cmd}: {}", stderr(&out));
        assert!(
            stderr(&out)
                .contains("/dev/zero: error: the file is more than 64 MB, too large for a roadmap"),
            "{}",
            stderr(&out)
        );
    }
    let mut yes = std::process::Command::new("yes")
        .arg("title = \"endless\"")
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("yes (coreutils) runs");
    let pipe = yes.stdout.take().expect("a pipe");
    let out = std::process::Command::new("prlimit")
        .arg(format!("--data={DATA_LIMIT}"))
        .arg(env!("CARGO_BIN_EXE_roadmap"))
        .args(["validate", "/dev/stdin"])
        .stdin(pipe)
        .output()
        .expect("prlimit (util-linux) runs the binary");
    let _ = yes.kill();
    let _ = yes.wait();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("the file is more than 64 MB"),
        "{}",
        stderr(&out)
    );
}
