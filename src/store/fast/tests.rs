use super::*;
use crate::store::encode::to_toml;
use crate::store::load::parse_whole;
use proptest::prelude::*;

/// The roadmap the whole-document path reads from `text`.
fn whole(text: &str) -> Roadmap {
    match parse_whole(text.to_string(), "r.toml") {
        Ok(loaded) => std::sync::Arc::unwrap_or_clone(loaded.roadmap),
        Err(e) => panic!("the reference path must load it: {e}"),
    }
}

/// Every curated roadmap in `roadmaps/`, as (path, text); the splice tests
/// use it too.
pub(crate) fn curated() -> Vec<(String, String)> {
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
    let roadmap = crate::model::synthetic::generate(MIN_TASKS_PER_THREAD * 2 + 17, 7);
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
        let roadmap = crate::model::synthetic::generate(tasks, seed);
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

/// What the TOML parser and the decoder read from one task's text.
fn parsed(own: &str) -> Option<Task> {
    decode_piece(own, "r.toml").and_then(|mut tasks| tasks.pop())
}

#[test]
fn the_plain_reader_reads_what_the_parser_reads_or_nothing() {
    let head = "[[tasks]]\nid = \"a\"\nphase = \"p\"\ntitle = \"T\"\n";
    let read = [
        "",
        "title2 = 1\n",
        "notes = \"tab\\there \\\"q\\\" \\u00e9 \\U0001F600 \\\\ end\"\n",
        "notes = 'C:\\path \"x\"' # literal\n",
        "owner = \"ops\"   # trailing comment\n\n# a comment line\n",
        "findings = [ \"f1\" , 'f2', ]\ndepends_on = []\n",
        "level = 0\nsource_line = 4294967295\ncost_once = 1200\ncost_monthly = \"400-850\"\n",
        "due = 2025-02-28\ndone_on = \"2025-03-01\"\nstatus = \"done\"\npriority = \"high\"\n",
        "effort = \"2-3d\"\ncategory = \"é中€\"\n",
    ];
    for extra in read {
        let own = format!("{head}{extra}");
        let crlf = own.replace('\n', "\r\n");
        for own in [own.clone(), crlf] {
            let whole = parsed(&own);
            let plain = plain::task(&own);
            if plain.is_some() {
                assert_eq!(plain, whole, "{own:?}");
            }
            if !extra.starts_with("title2") {
                assert!(plain.is_some(), "the plain reader reads {own:?}");
            }
        }
    }
    for unread in [
        "notes = \"\"\"\nmulti\"\"\"\n",
        "cost_once = 12.5\n",
        "due = 2025-02-28T10:00:00\n",
        "due = 2025-02-28 10:00:00\n",
        "level = +1\n",
        "level = 1_000\n",
        "level = 01\n",
        "level = 4294967296\n",
        "owner = \"a\"\nowner = \"b\"\n",
        "colour = \"red\"\n",
        "priority = \"High\"\n",
        "effort = 4\n",
        "findings = [\n\"f1\"]\n",
        "notes = \"bell \u{7}\"\n",
        "notes = \"\\e\"\n",
        "notes = \"\\ud800\"\n",
        "\"owner\" = \"x\"\n",
        "owner.name = \"x\"\n",
        "conflict = { field = \"title\", ours = \"A\", theirs = \"B\" }\n",
        "owner = \"x\" y\n",
        "flag = true\n",
    ] {
        let own = format!("{head}{unread}");
        assert_eq!(plain::task(&own), None, "{unread:?}");
    }
    assert_eq!(
        plain::task("[[tasks]]\nphase = \"p\"\ntitle = \"T\"\n"),
        None
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Tasks holding any text, as `roadmap` writes them, read the same with
    /// the plain reader and with the parser.
    #[test]
    fn the_plain_reader_agrees_with_the_parser_on_any_text(
        title in "[A-Za-z]\\PC{0,30}",
        notes in "[\\PC\t\n\"'\\\\\u{1}\u{7f}]{0,30}",
        owner in "[a-z\"'\\\\ é]{1,10}",
        seed in any::<u64>(),
    ) {
        let mut roadmap = crate::model::synthetic::generate(20, seed);
        for t in roadmap.tasks.iter_mut().take(5) {
            t.title = title.clone();
            t.notes = Some(notes.clone());
            t.owner = Some(owner.clone());
        }
        let text = to_toml(&roadmap);
        let layout = split(&text).expect("canonical text splits");
        for range in layout.tasks {
            let own = &text[range];
            if let Some(task) = plain::task(own) {
                prop_assert_eq!(Some(task), parsed(own));
            }
        }
        let (fast, _) = parse_clean(&text, "r.toml").expect("clean");
        prop_assert_eq!(fast, roadmap);
    }
}

#[test]
fn byte_order_marks_and_crlf_files_take_the_fast_path_too() {
    let roadmap = crate::model::synthetic::generate(40, 3);
    let text = to_toml(&roadmap);
    let crlf = text.replace('\n', "\r\n");
    let (fast, _) = parse_clean(&crlf, "r.toml").expect("a CRLF file is clean");
    // Equal to what the whole path reads (a multi-line note now holds
    // `\r\n` line ends, so not to `roadmap` itself).
    assert_eq!(fast, whole(&crlf));
    assert_eq!(fast.tasks.len(), roadmap.tasks.len());
    let bom = format!("\u{feff}{text}");
    let loaded = crate::store::parse(&bom, "r.toml").expect("loads");
    assert_eq!(
        loaded.document.text(),
        text,
        "the mark is not part of the text"
    );
    let ranges = loaded.document.task_ranges().expect("read the fast way");
    assert_eq!(ranges.len(), 40);
    assert!(ranges
        .iter()
        .all(|r| loaded.document.text()[r.clone()].starts_with("[[tasks]]")));
}

/// `[[people]]` sit in the head, before the tasks: the fast path still
/// splits the file and reads them as the whole-document path does.
#[test]
fn people_ride_in_the_head() {
    let text = "version = 1\n\n[project]\nname = \"P\"\n\n[[phases]]\nid = \"p\"\nname = \"P\"\n\n[[people]]\nname = \"ana\"\nhours_per_week = 32\nfocus = 0.75\noff = [\"2026-12-24..2027-01-01\"]\n\n[[tasks]]\nid = \"t\"\nphase = \"p\"\ntitle = \"T\"\nowner = \"ana\"\n";
    let (fast, ranges) = parse_clean(text, "r.toml").expect("the fast path takes it");
    assert_eq!(ranges.len(), 1);
    assert_eq!(fast, whole(text));
    assert_eq!(fast.people.len(), 1);
    assert_eq!(fast.people[0].weekly_hours(), 24.0);
    assert_eq!(fast.people[0].off, ["2026-12-24..2027-01-01"]);
}
