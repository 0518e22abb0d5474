use super::*;
use crate::model::{Priority, Status};
use crate::store::document::Document;
use crate::store::load::{parse, parse_whole};
use crate::store::save::render;
use chrono::NaiveDate;
use proptest::prelude::*;

fn fast_load(text: &str) -> Loaded {
    let loaded = parse(text, "r.toml").expect("loads");
    assert!(
        loaded.document.task_ranges().is_some(),
        "read by the fast path"
    );
    loaded
}

/// What the whole-document path writes for the same edit.
fn rendered_whole(text: &str, roadmap: &Roadmap) -> String {
    let mut loaded = parse_whole(text.to_string(), "r.toml").expect("loads");
    loaded.document = Document::new(text.to_string(), "r.toml");
    render(&loaded, roadmap).expect("the whole-document path saves it")
}

/// Edits task `i` in one of several ways, as the planner does.
fn edit(roadmap: &mut Roadmap, i: usize, how: u8) {
    let Some(t) = roadmap.tasks.get_mut(i) else {
        return;
    };
    match how % 6 {
        0 => {
            let done = t.status == Status::Done;
            t.status = if done { Status::Todo } else { Status::Done };
            t.done_on = if done {
                None
            } else {
                NaiveDate::from_ymd_opt(2025, 11, 3)
            };
        }
        1 => t.title = format!("{} \"renamed\" # é", t.title),
        2 => t.notes = None,
        3 => t.owner = Some("ops team".into()),
        4 => t.priority = Priority::Critical,
        _ => t.category = None,
    }
}

/// The curated roadmaps' texts.
fn curated() -> Vec<String> {
    crate::store::fast::tests::curated()
        .into_iter()
        .map(|(_, text)| text)
        .collect()
}

#[test]
fn every_edit_of_every_curated_task_writes_what_the_whole_path_writes() {
    for text in curated() {
        let loaded = fast_load(&text);
        for i in 0..loaded.roadmap.tasks.len() {
            for how in 0..6 {
                let mut edited = (*loaded.roadmap).clone();
                edit(&mut edited, i, how);
                if edited == loaded.roadmap {
                    continue;
                }
                let document =
                    render_spliced(&loaded, &edited, false).expect("an in-place edit is spliced");
                assert_eq!(
                    document.text(),
                    rendered_whole(&text, &edited),
                    "task {i}, edit {how}"
                );
                assert_eq!(fast_load(document.text()).roadmap, edited);
            }
        }
    }
}

#[test]
fn anything_but_in_place_task_edits_takes_the_whole_path() {
    let text = &curated()[0];
    let loaded = fast_load(text);
    let mut added = (*loaded.roadmap).clone();
    let mut extra = added.tasks[0].clone();
    extra.id = "brand-new".into();
    added.tasks.push(extra);
    let mut removed = (*loaded.roadmap).clone();
    removed.tasks.pop();
    let mut moved = (*loaded.roadmap).clone();
    moved.tasks.swap(0, 1);
    let mut renamed_project = (*loaded.roadmap).clone();
    renamed_project.project.name.push('!');
    for changed in [added, removed, moved, renamed_project] {
        assert!(render_spliced(&loaded, &changed, false).is_none());
        // The whole path still saves it.
        assert!(render(&loaded, &changed).is_ok());
    }
    let whole = parse_whole(text.clone(), "r.toml").expect("loads");
    let mut edited = (*whole.roadmap).clone();
    edit(&mut edited, 0, 0);
    assert!(
        render_spliced(&whole, &edited, false).is_none(),
        "no ranges known"
    );
}

#[test]
fn an_edit_that_would_not_load_back_is_refused_here() {
    let loaded = fast_load(&curated()[0]);
    let mut edited = (*loaded.roadmap).clone();
    edited.tasks[0].depends_on.push("no-such-task".into());
    assert!(render_spliced(&loaded, &edited, false).is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    /// Successive saves of a generated roadmap, each patched into the text
    /// of the last one (as in the planner), write what the whole path does.
    #[test]
    fn successive_saves_keep_the_ranges_right(
        seed in any::<u64>(),
        edits in prop::collection::vec((0usize..400, any::<u8>()), 1..6),
    ) {
        let roadmap = crate::model::synthetic::generate(120, seed);
        let mut loaded = fast_load(&crate::store::to_toml(&roadmap));
        for (i, how) in edits {
            let mut edited = (*loaded.roadmap).clone();
            let i = i % edited.tasks.len().max(1);
            edit(&mut edited, i, how);
            if edited == loaded.roadmap {
                continue;
            }
            let whole = rendered_whole(loaded.document.text(), &edited);
            let document =
                render_spliced(&loaded, &edited, false).expect("an in-place edit is spliced");
            prop_assert_eq!(document.text(), whole.as_str());
            // The document handed back is the one loading the text gives.
            let fresh = fast_load(document.text());
            prop_assert_eq!(fresh.document.task_ranges(), document.task_ranges());
            prop_assert_eq!(&fresh.roadmap, &edited);
            loaded = Loaded {
                roadmap: std::sync::Arc::new(edited),
                document,
                warnings: Vec::new(),
            };
        }
    }
}
