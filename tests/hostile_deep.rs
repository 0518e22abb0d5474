//! A 10,000-deep dependency chain (task i depends on task i-1) and a
//! 10,000-long cycle: loading, validation, status, metrics, the blocked
//! list, every export, the planner's frame (details pane included) and a
//! merge all run on a thread with a 256 KiB stack, so any recursion over
//! the chain would overflow it, and give the right answers.

#[path = "support/cli.rs"]
mod cli_support;
mod tui_support;

use roadmap::export;
use roadmap::model::metrics::Metrics;
use roadmap::model::validate::{has_errors, validate};
use roadmap::model::{Roadmap, Status};
use roadmap::store::{self, merge::merge_into};
use roadmap::tui::{self, View};
use tui_support::{press, state_at, text, theme};

const DEPTH: usize = 10_000;

/// Runs `f` on a thread whose stack is far smaller than the default 8 MiB
/// (and than the 2 MiB of test threads): recursion over a 10,000-long chain
/// needs more than this, an iterative walk needs almost none of it.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(f)
        .expect("a thread")
        .join()
        .expect("no stack overflow, no panic")
}

/// `t0 <- t1 <- ... <- t9999`, each depending on the one before; the first
/// half done. With `cycle`, t0 depends on the last task, closing the loop.
fn chain(cycle: bool) -> String {
    let mut text = String::with_capacity(DEPTH * 120);
    text.push_str(
        "version = 1\n\n[project]\nname = \"Chain\"\n\n[[phases]]\nid = \"p\"\nname = \"Phase\"\n",
    );
    for i in 0..DEPTH {
        text.push_str(&format!(
            "\n[[tasks]]\nid = \"t{i}\"\nphase = \"p\"\ntitle = \"Step {i}\"\neffort = \"1h\"\n"
        ));
        if i < DEPTH / 2 && !cycle {
            text.push_str("status = \"done\"\ndone_on = 2025-11-01\n");
        }
        if i > 0 {
            text.push_str(&format!("depends_on = [\"t{}\"]\n", i - 1));
        } else if cycle {
            text.push_str(&format!("depends_on = [\"t{}\"]\n", DEPTH - 1));
        }
    }
    text
}

#[test]
fn a_ten_thousand_deep_chain_is_checked_counted_exported_drawn_and_merged() {
    on_small_stack(|| {
        let file_text = chain(false);
        let loaded = store::parse(&file_text, "chain.toml").expect("a chain is valid");
        let roadmap = &loaded.roadmap;
        assert!(!has_errors(&validate(roadmap)));
        let metrics = Metrics::compute(roadmap);
        // Only the first open task's dependency is done; every later one waits.
        assert_eq!(metrics.blocked.len(), DEPTH / 2 - 1);
        assert!(!metrics.blocked.contains(&(DEPTH / 2)));
        assert!(metrics.blocked.contains(&(DEPTH - 1)));

        let status = export::status::text(roadmap, &metrics);
        assert!(status.contains("5000 of 10000 tasks done"), "{status}");
        assert!(
            status.contains(&format!("{} tasks waiting", DEPTH / 2 - 1)),
            "{status}"
        );
        let csv = export::csv::render(roadmap, &metrics);
        assert_eq!(csv.lines().count(), DEPTH + 1);
        assert!(csv.contains("t9999,p,Step 9999"), "the last row is there");
        assert!(export::markdown::render(roadmap, &metrics).contains("waits on t9998"));
        let json: serde_json::Value = serde_json::from_str(&export::json::render(
            roadmap,
            &metrics,
            &roadmap::model::schedule::forecast(
                roadmap,
                chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
            ),
        ))
        .expect("json");
        assert_eq!(json["tasks"].as_array().map(Vec::len), Some(DEPTH));
        let canonical = store::to_toml(roadmap);
        assert_eq!(
            store::parse(&canonical, "canon.toml")
                .expect("loads")
                .roadmap,
            *roadmap
        );

        // The frame, with the deepest task's details listing its dependency.
        let frame = tui::render_text(roadmap.clone(), View::Roadmap, 120, 40, &theme());
        assert!(frame.contains("Step 0"), "{frame}");
        let mut s = state_at(roadmap.clone(), 120, 40);
        press(&mut s, "G");
        let screen = text(&s);
        assert!(
            screen.contains("Depends on") && screen.contains("[ ] Step 9998"),
            "{screen}"
        );
        for view in View::ALL {
            let frame = tui::render_text(roadmap.clone(), view, 120, 40, &theme());
            assert_eq!(frame.lines().count(), 40, "{view}");
        }

        // A merge: ours checks off task 5000, theirs renames the last task.
        let mut ours = (**roadmap).clone();
        ours.tasks[DEPTH / 2].status = Status::Done;
        ours.tasks[DEPTH / 2].done_on = chrono::NaiveDate::from_ymd_opt(2025, 11, 2);
        let ours_text = store::render(&loaded, &ours).expect("ours saves");
        let ours_loaded = store::parse(&ours_text, "ours.toml").expect("ours loads");
        let mut theirs = (**roadmap).clone();
        theirs.tasks[DEPTH - 1].title = "Last step".into();
        let (merged_text, merged) =
            merge_into(Some(roadmap), &ours_loaded, &theirs).expect("the merge writes");
        assert!(merged.conflicts.is_empty());
        let back = store::parse(&merged_text, "merged.toml").expect("the merge loads");
        assert_eq!(back.roadmap.tasks[DEPTH / 2].status, Status::Done);
        assert_eq!(back.roadmap.tasks[DEPTH - 1].title, "Last step");
    });
}

#[test]
fn a_ten_thousand_long_cycle_is_reported_with_its_members() {
    on_small_stack(|| {
        let file_text = chain(true);
        let err = store::parse(&file_text, "cycle.toml").expect_err("a cycle is an error");
        let message = err.to_string();
        let cycle = message
            .lines()
            .find(|l| l.contains("dependency cycle"))
            .unwrap_or_else(|| {
                panic!(
                    "the cycle is named: {}",
                    &message[..message.len().min(2000)]
                )
            });
        assert!(
            cycle.starts_with("cycle.toml:"),
            "file:line:col: {}",
            &cycle[..100]
        );
        // The loop's length, its first and last few members in order (t0
        // waits on t9999, which waits on t9998…), and
        // nothing in between: one line a person can read, not 100 kB.
        assert!(
            cycle.contains(&format!(
                "dependency cycle of {DEPTH} tasks: t0 -> t9999 -> t9998 -> t9997 -> t9996 -> … -> \
                 t5 -> t4 -> t3 -> t2 -> t1 -> t0 (each depends on the next"
            )),
            "{cycle}"
        );
        assert!(!cycle.contains("t4999"), "{cycle}");
        assert!(cycle.len() < 300, "{} characters: {cycle}", cycle.len());

        // The model on its own, as the planner holds it after an edit closes the loop.
        let mut roadmap: Roadmap = (*store::parse(&chain(false), "chain.toml")
            .expect("chain")
            .roadmap)
            .clone();
        roadmap.tasks[0].depends_on = vec![format!("t{}", DEPTH - 1)];
        for t in &mut roadmap.tasks {
            t.status = Status::Todo;
            t.done_on = None;
        }
        let problems = validate(&roadmap);
        assert!(problems
            .iter()
            .any(|p| p.is_error() && p.message.contains("dependency cycle")));
        let metrics = Metrics::compute(&roadmap);
        assert_eq!(metrics.blocked.len(), DEPTH, "every task in the loop waits");
        let status = export::status::text(&roadmap, &metrics);
        assert!(status.contains("0 of 10000 tasks done"), "{status}");
        for out in [
            export::csv::render(&roadmap, &metrics),
            export::markdown::render(&roadmap, &metrics),
            export::json::render(
                &roadmap,
                &metrics,
                &roadmap::model::schedule::forecast(
                    &roadmap,
                    chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
                ),
            ),
        ] {
            assert!(out.contains("t9999"));
        }
        let mut s = state_at(roadmap, 120, 40);
        press(&mut s, "G");
        let screen = text(&s);
        assert!(screen.contains("Step 9999"), "{screen}");
    });
}

/// 40,000 dangling ids in one `depends_on` (one line of 600 kB): each is
/// reported at its own column, and the report is linear in their number
/// (it took 74 s before; the figure is in docs/PERFORMANCE.md, not asserted).
#[test]
fn forty_thousand_dangling_ids_in_one_array_are_each_reported_where_they_are() {
    const N: usize = 40_000;
    let ids: Vec<String> = (0..N).map(|i| format!("\"gone-{i}\"")).collect();
    let text = format!(
        "version = 1\n[project]\nname = \"x\"\n[[phases]]\nid = \"p\"\nname = \"P\"\n\
         [[tasks]]\nid = \"a\"\nphase = \"p\"\ntitle = \"A\"\ndepends_on = [{}]\n",
        ids.join(", ")
    );
    let err = store::parse(&text, "dangling.toml").expect_err("dangling ids are errors");
    assert_eq!(err.diagnostics.len(), N);
    let line = text
        .lines()
        .position(|l| l.starts_with("depends_on"))
        .unwrap()
        + 1;
    let line_text = text.lines().nth(line - 1).unwrap();
    for i in [0, 1, N / 2, N - 1] {
        let d = &err.diagnostics[i];
        let col = line_text.find(&format!("\"gone-{i}\"")).unwrap() + 1;
        assert_eq!((d.line, d.col), (Some(line), Some(col)), "{d}");
        assert!(d.message.contains(&format!("`gone-{i}`")), "{d}");
    }
}

#[test]
fn the_cli_reports_the_cycle_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let file = dir.path().join("cycle.toml");
    std::fs::write(&file, chain(true)).expect("write");
    let before = std::fs::read(&file).expect("read");
    for args in [
        &["validate"][..],
        &["status"],
        &["export", "--format", "csv"],
        &["check"],
    ] {
        let mut cmd = cli_support::roadmap();
        cmd.arg(args[0]).arg(&file).args(&args[1..]);
        if args[0] == "check" {
            cmd.arg("t5");
        }
        let out = cmd.output().expect("runs");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("cycle.toml:")
                && stderr.contains("dependency cycle of 10000 tasks: t0"),
            "{args:?}: {}",
            &stderr[..stderr.len().min(500)]
        );
    }
    assert_eq!(std::fs::read(&file).expect("read"), before);
}
