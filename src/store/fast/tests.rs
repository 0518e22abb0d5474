use super::*;
use crate::store::encode::to_toml;
use crate::store::load::parse_whole;
use proptest::prelude::*;

/// The roadmap the whole-document path reads from `text`.
fn whole(text: &str) -> Roadmap {
    match parse_whole(text.to_string(), "r.toml") {
        Ok(loaded) => loaded.roadmap,
        Err(e) => panic!("the reference path must load it: {e}"),
    }
}

fn curated() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("roadmaps");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("roadmaps/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("readable");
            (p.display().to_string(), text)
        })
        .collect()
}

#[test]
fn curated_roadmaps_load_the_same_both_ways() {
    let files = curated();
    assert!(files.len() >= 5, "the curated roadmaps are there");
    for (name, text) in files {
        let (fast, ranges) = parse_clean(&text, "r.toml")
            .unwrap_or_else(|| panic!("{name} is clean and plainly laid out"));
        assert_eq!(fast, whole(&text), "{name}");
        assert_eq!(ranges.len(), fast.tasks.len(), "{name}");
        for (task, range) in fast.tasks.iter().zip(&ranges) {
            let own = &text[range.clone()];
            assert!(own.trim_start().starts_with("[[tasks]]"), "{name}: {own}");
            assert!(
                own.contains(&format!("id = \"{}\"", task.id)),
                "{name}: {own}"
            );
        }
    }
}

#[test]
fn every_task_of_a_multi_piece_file_is_read_in_order() {
    let roadmap = crate::gen::generate(TASKS_PER_PIECE * 5 + 17, 7);
    let text = to_toml(&roadmap);
    let (fast, ranges) = parse_clean(&text, "r.toml").expect("a generated file is clean");
    assert_eq!(fast, roadmap);
    assert_eq!(
        ranges.first().map(|r| r.end),
        ranges.get(1).map(|r| r.start)
    );
    assert_eq!(ranges.last().map(|r| r.end), Some(text.len()));
}

#[test]
fn gives_up_on_any_diagnostic_or_conflict() {
    let base = "version = 1\n[project]\nname = \"p\"\n[[phases]]\nid = \"p1\"\nname = \"P\"\n\
                [[tasks]]\nid = \"a\"\nphase = \"p1\"\ntitle = \"A\"\n";
    assert!(parse_clean(base, "r.toml").is_some());
    for extra in [
        "colour = \"red\"\n",      // unknown key: a warning
        "priority = \"urgent\"\n", // a bad value
        "depends_on = [\"zz\"]\n", // found by validation
        "title = \"again\"\n",     // TOML error
    ] {
        let text = format!("{base}{extra}");
        assert!(parse_clean(&text, "r.toml").is_none(), "{extra}");
    }
    // A merge conflict loads (with a standing error) but only the whole way.
    let conflict =
        format!("{base}conflict = {{ field = \"title\", ours = \"A\", theirs = \"B\" }}\n");
    let loaded = parse_whole(conflict.clone(), "r.toml").expect("a conflict loads");
    assert_eq!(loaded.roadmap.conflicts.len(), 1);
    assert!(parse_clean(&conflict, "r.toml").is_none());
    let dangling_head = base.replace("name = \"P\"\n", "name = \"P\"\nx = 1\n");
    assert!(parse_clean(&dangling_head, "r.toml").is_none());
    let task_in_head = format!("tasks = []\n{base}");
    assert!(parse_clean(&task_in_head, "r.toml").is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Generated roadmaps of any size, written canonically or with every
    /// task's comments and blank lines moved about, read the same both ways.
    #[test]
    fn generated_roadmaps_load_the_same_both_ways(
        tasks in 0usize..700,
        seed in any::<u64>(),
        commented in any::<bool>(),
    ) {
        let roadmap = crate::gen::generate(tasks, seed);
        let mut text = to_toml(&roadmap);
        if commented {
            text = text.replace("[[tasks]]\n", "# a task [[tasks]]\n\n  [[tasks]] # here\n");
        }
        let (fast, ranges) = parse_clean(&text, "r.toml").expect("a generated file is clean");
        prop_assert_eq!(ranges.len(), roadmap.tasks.len());
        prop_assert_eq!(&fast, &whole(&text));
        prop_assert_eq!(fast, roadmap);
    }
}
