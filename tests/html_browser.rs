//! The HTML report in a real browser: every seed roadmap's page is loaded
//! by headless Chromium (Debian's `chromium`, which `.ci/run` installs),
//! which must parse it into a DOM with the right number of bars in each
//! chart (counted from the roadmap, see support/html.rs), log no console
//! error, and take a screenshot.
//!
//! Without Chromium the test fails and says how to install it; only
//! `ROADMAP_SKIP_BROWSER=1` outside CI (no `CI` variable) skips it, so it
//! never passes by doing nothing. `ROADMAP_CHROMIUM` names another binary.

#[path = "support/html.rs"]
mod html;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const TODAY: &str = "2026-11-23";

/// The browser to run, or `None` when the test may be skipped.
fn chromium() -> Option<PathBuf> {
    if let Some(named) = std::env::var_os("ROADMAP_CHROMIUM") {
        return Some(PathBuf::from(named));
    }
    let found = ["chromium", "chromium-browser"].iter().find_map(|name| {
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    });
    if found.is_some() {
        return found;
    }
    let skip = std::env::var("ROADMAP_SKIP_BROWSER").is_ok_and(|v| v == "1");
    let ci = std::env::var_os("CI").is_some();
    if skip && !ci {
        eprintln!("SKIPPED: chromium not found and ROADMAP_SKIP_BROWSER=1");
        return None;
    }
    panic!(
        "chromium not found on PATH: the HTML report is tested in a real browser. \
         Install Debian's chromium (`apt-get install -y chromium`; .ci/run does), \
         name one with ROADMAP_CHROMIUM=/path, or set ROADMAP_SKIP_BROWSER=1 to skip \
         this test locally (never in CI)"
    );
}

/// Runs the browser headless on `url` with `args`, in a profile of its
/// own; gives up after a minute rather than hang the suite.
fn browse(bin: &Path, profile: &Path, args: &[String], url: &str) -> Output {
    let child = Command::new(bin)
        .args([
            "--headless",
            // Root in a container has no user namespace for the sandbox.
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--no-first-run",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{} does not run: {e}", bin.display()));
    let id = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(out) => out.expect("the browser's output"),
        Err(_) => {
            // Only the browser this test started, by its id.
            let _ = Command::new("kill").arg(id.to_string()).status();
            panic!("{} did not finish on {url} within a minute", bin.display());
        }
    }
}

/// Console errors and uncaught exceptions in the browser's log.
fn console_errors(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| l.contains("CONSOLE") || l.contains("Uncaught"))
        .collect()
}

fn file_url(path: &Path) -> String {
    format!("file://{}", path.canonicalize().unwrap().display())
}

/// The log check catches what it is meant to: a page that throws.
#[test]
fn the_console_check_sees_an_uncaught_error() {
    let Some(bin) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("throws.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><title>x</title><script>console.error('broken'); undefined_call();</script>",
    )
    .unwrap();
    let out = browse(
        &bin,
        &dir.path().join("profile"),
        &["--dump-dom".into()],
        &file_url(&page),
    );
    let log = String::from_utf8_lossy(&out.stderr);
    let errors = console_errors(&log);
    assert!(
        errors.iter().any(|l| l.contains("broken"))
            && errors.iter().any(|l| l.contains("Uncaught")),
        "the console check missed a throwing page:\n{log}"
    );
}

#[test]
fn every_seed_report_renders_in_chromium_with_its_bars_and_no_errors() {
    let Some(bin) = chromium() else { return };
    let started = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let mut seeds: Vec<PathBuf> = std::fs::read_dir("roadmaps")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    seeds.sort();
    assert!(seeds.len() >= 6, "the seed roadmaps: {seeds:?}");
    let handles: Vec<_> = seeds
        .into_iter()
        .map(|seed| {
            let (bin, dir) = (bin.clone(), dir.path().to_path_buf());
            std::thread::spawn(move || check_seed(&bin, &dir, &seed))
        })
        .collect();
    for h in handles {
        if let Err(e) = h.join() {
            std::panic::resume_unwind(e);
        }
    }
    eprintln!("browser test took {:.1}s", started.elapsed().as_secs_f64());
}

fn check_seed(bin: &Path, dir: &Path, seed: &Path) {
    let name = seed.file_stem().unwrap().to_string_lossy().into_owned();
    let page = dir.join(format!("{name}.html"));
    let out = Command::new(env!("CARGO_BIN_EXE_roadmap"))
        .env("ROADMAP_TODAY", TODAY)
        .arg("export")
        .arg(seed)
        .args(["--format", "html", "-o"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let written = std::fs::read_to_string(&page).unwrap();
    let url = file_url(&page);

    let dom = browse(
        bin,
        &dir.join(format!("{name}-dom")),
        &["--dump-dom".into()],
        &url,
    );
    let dump = String::from_utf8_lossy(&dom.stdout);
    let log = String::from_utf8_lossy(&dom.stderr);
    assert!(dom.status.success(), "{name}: chromium failed:\n{log}");
    assert!(
        dump.contains("<svg") && dump.contains("</html>"),
        "{name}: no DOM came back:\n{log}"
    );
    assert_eq!(
        console_errors(&log),
        Vec::<&str>::new(),
        "{name}: console errors"
    );
    for (chart, want) in html::expected_bars(seed, TODAY) {
        assert_eq!(
            html::bars_in(&dump, &chart),
            want,
            "{name}: bars of {chart} in the DOM Chromium built"
        );
    }
    // The burn-up depends on the seed's git history: the browser's DOM has
    // every point the page was written with.
    assert_eq!(
        html::points_in(&dump),
        html::points_in(&written),
        "{name}: burn-up points"
    );

    let shot = dir.join(format!("{name}.png"));
    let out = browse(
        bin,
        &dir.join(format!("{name}-shot")),
        &[
            format!("--screenshot={}", shot.display()),
            "--window-size=1100,1400".into(),
        ],
        &url,
    );
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{name}: screenshot failed:\n{log}");
    assert_eq!(
        console_errors(&log),
        Vec::<&str>::new(),
        "{name}: console errors"
    );
    let png = std::fs::read(&shot).unwrap_or_else(|e| panic!("{name}: no screenshot: {e}\n{log}"));
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "{name}: not a PNG");
    // A blank 1100x1400 page compresses to a few kilobytes; the report is text and colour.
    assert!(
        png.len() > 40_000,
        "{name}: screenshot of {} bytes looks blank",
        png.len()
    );
    if let Some(keep) = std::env::var_os("ROADMAP_SCREENSHOTS") {
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::copy(&shot, Path::new(&keep).join(format!("{name}.png"))).unwrap();
    }
}
