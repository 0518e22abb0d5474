//! The import review in a real terminal, on the Jewelshot seed report: a
//! whole section left out, two candidates left out, a duplicate merged
//! into its twin, a priority changed, `w`. The written file holds exactly
//! the kept set with those changes (the same keys on the headless review
//! give the same roadmap), validates, and the planner opens on it. And
//! `q` then `y` leaves with nothing written.

use crate::tmux::{shell_quote, Tmux, BIN};
use roadmap::tui::review::{self, outcome::reviewed, Review, Source};
use std::path::Path;
use std::process::Command;

const SEED: &str = "tests/seeds/003_7e6f2a4eaf64617c.txt";

/// A key as tmux sends it and as the review's notation writes it.
enum Key {
    /// Plain characters, typed literally.
    Type(String),
    /// A named key: tmux's name, the notation's.
    Named(&'static str, &'static str),
}

fn typed(s: &str) -> Key {
    Key::Type(s.to_string())
}
const CLEAR: Key = Key::Named("C-u", "<C-u>");
const ENTER: Key = Key::Named("Enter", "<enter>");

/// The keys that select `row`: the first candidate, then section jumps.
fn to_row(state: &Review, row: usize) -> Key {
    let group = state.source.rows[row].group;
    let first = state.source.groups[group].first;
    typed(&format!(
        "g{}{}",
        "]".repeat(group),
        "j".repeat(row - first)
    ))
}

fn row_titled(state: &Review, title: &str) -> usize {
    state
        .source
        .rows
        .iter()
        .position(|r| r.title == title)
        .unwrap_or_else(|| panic!("no candidate `{title}`"))
}

fn open(report: &Path) -> (Review, Vec<u8>) {
    let bytes = std::fs::read(report).expect("the seed report");
    let name = report.display().to_string();
    let (outcome, text) = roadmap::import::import_report_and_text(&bytes, &name);
    let text = text.expect("text");
    (
        Review::new(Source::new(&name, &text, &outcome), "out.toml"),
        bytes,
    )
}

#[test]
fn a_reviewed_import_writes_exactly_the_kept_set() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let report = dir.path().join("audit.md");
    let out = dir.path().join("out.toml");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED), &report).unwrap();
    let (mut headless, bytes) = open(&report);

    // The low-priority section goes whole; two stray lines go; the uptime
    // monitoring of the summary is the same task as the plan's; the
    // runbook can wait.
    let section = row_titled(&headless, "Multi-Region Deployment");
    let section_group = headless.source.rows[section].group;
    let in_section: Vec<String> = {
        let g = &headless.source.groups[section_group];
        (g.first..g.end)
            .filter(|&r| headless.kept(r))
            .map(|r| headless.source.rows[r].title.clone())
            .collect()
    };
    assert!(in_section.len() >= 2, "{in_section:?}");
    let steps = vec![
        to_row(&headless, section),
        typed("D"),
        to_row(&headless, row_titled(&headless, "Simple setup")),
        typed("d"),
        to_row(&headless, row_titled(&headless, "free tier")),
        typed("d"),
        to_row(
            &headless,
            row_titled(&headless, "Configure uptime monitoring"),
        ),
        typed("mpingdom"),
        ENTER,
        to_row(
            &headless,
            row_titled(&headless, "Incident Response Runbook"),
        ),
        typed("p"),
        CLEAR,
        typed("low"),
        ENTER,
    ];

    let command = format!(
        "{} import {} --review -o {}",
        shell_quote(Path::new(BIN)),
        shell_quote(&report),
        shell_quote(&out)
    );
    let t = Tmux::start_with(&command, 160, 48);
    t.wait_for("the review", |s| s.contains("undecided 455"));
    for step in &steps {
        match step {
            Key::Type(s) => {
                t.type_text(s);
                review::press(&mut headless, s).expect("notation");
            }
            Key::Named(tmux, notation) => {
                t.keys(&[tmux]);
                review::press(&mut headless, notation).expect("notation");
            }
        }
    }
    t.wait_for("the priority set", |s| {
        s.contains("priority of line") && s.contains("set to low")
    });
    assert!(!out.exists(), "nothing is written before w");
    t.keys(&["w"]);
    t.wait_for("the planner on the written file", |s| {
        !s.contains("Review of") && s.contains("Findings") && s.contains("Deploy Worker")
    });
    t.keys(&["q"]);

    let validate = Command::new(BIN)
        .arg("validate")
        .arg(&out)
        .output()
        .expect("roadmap validate runs");
    assert!(
        validate.status.success(),
        "{}",
        String::from_utf8_lossy(&validate.stderr)
    );
    let written = roadmap::store::load(&out).expect("the written roadmap loads");
    let expected = reviewed(&headless, &bytes).roadmap;
    let shape = |r: &roadmap::model::Roadmap| -> Vec<(String, String, String)> {
        r.tasks
            .iter()
            .map(|t| (t.id.clone(), t.title.clone(), t.priority.to_string()))
            .collect()
    };
    assert_eq!(shape(&written.roadmap), shape(&expected), "the kept set");
    let tasks = &written.roadmap.tasks;
    let titled = |title: &str| tasks.iter().find(|t| t.title == title);
    for title in in_section
        .iter()
        .map(String::as_str)
        .chain(["Simple setup", "free tier"])
    {
        assert!(titled(title).is_none(), "`{title}` was left out");
    }
    assert!(
        titled("Configure uptime monitoring").is_none(),
        "merged away"
    );
    let twin = titled("Configure Uptime Monitoring (Pingdom/UptimeRobot)").expect("the twin");
    assert!(
        twin.notes
            .as_deref()
            .unwrap_or("")
            .contains("Also at line 20: Configure uptime monitoring"),
        "{twin:#?}"
    );
    let runbook = titled("Incident Response Runbook").expect("the runbook");
    assert_eq!(runbook.priority, roadmap::model::Priority::Low);
    // Everything else the importer kept is still there.
    let imported = roadmap::import::import_report(&bytes, "seed")
        .roadmap
        .tasks
        .len();
    assert_eq!(
        tasks.len(),
        imported - in_section.len() - 2 - 1,
        "{tasks:#?}"
    );
}

#[test]
fn leaving_the_review_writes_nothing() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let report = dir.path().join("audit.md");
    let out = dir.path().join("out.toml");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED), &report).unwrap();
    let command = format!(
        "{} import {} --review -o {}",
        shell_quote(Path::new(BIN)),
        shell_quote(&report),
        shell_quote(&out)
    );
    let t = Tmux::start_with(&command, 80, 24);
    t.wait_for("the review", |s| s.contains("undecided 455"));
    t.type_text("Dd");
    t.keys(&["q"]);
    t.wait_for("the question", |s| s.contains("Leave the review?"));
    t.keys(&["n"]);
    t.wait_for("back in the list", |s| !s.contains("Leave the review?"));
    t.keys(&["q"]);
    t.wait_for("the question again", |s| s.contains("Leave the review?"));
    t.keys(&["y"]);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while t.is_running() {
        assert!(
            std::time::Instant::now() < deadline,
            "still running:\n{}",
            t.screen()
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(!out.exists(), "q wrote {}", out.display());
    let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(left.len(), 1, "only the report: {left:?}");
}
