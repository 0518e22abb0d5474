use super::*;

fn task_texts(text: &str) -> Vec<&str> {
    let layout = split(text).expect("a plain layout");
    layout.tasks.iter().map(|r| &text[r.clone()]).collect()
}

#[test]
fn splits_at_each_task_header_and_tiles_the_text() {
    let text = "version = 1\n[project]\nname = \"p\"\n\n[[phases]]\nid = \"p1\"\n\n\
                # first\n[[tasks]]\nid = \"a\"\n\n[[tasks]] # second\nid = \"b\"\n";
    let layout = split(text).expect("a plain layout");
    assert_eq!(
        &text[layout.head.clone()],
        "version = 1\n[project]\nname = \"p\"\n\n[[phases]]\nid = \"p1\"\n\n# first\n"
    );
    assert_eq!(
        task_texts(text),
        [
            "[[tasks]]\nid = \"a\"\n\n",
            "[[tasks]] # second\nid = \"b\"\n"
        ]
    );
    assert_eq!(layout.head.end, layout.tasks[0].start);
    assert_eq!(layout.tasks[1].end, text.len());
}

#[test]
fn headers_inside_strings_comments_and_arrays_are_not_headers() {
    let text = "version = 1\n[[tasks]]\nid = \"a\"\nnotes = \"\"\"\n[[tasks]]\n\"\"\"\n\
                title = '''\n[[tasks]]\n'''\n# [[tasks]]\nowner = \"[[tasks]]\"\n\
                x = [\n[[1]],\n[\"]\"],\n]\n\
                y = \"\"\"a \\\"\"\" [[tasks]]\n\"\"\"\"\n[[tasks]]\nid = \"b\"\n";
    let tasks = task_texts(text);
    assert_eq!(tasks.len(), 2, "{tasks:?}");
    assert_eq!(tasks[1], "[[tasks]]\nid = \"b\"\n");
}

#[test]
fn indented_headers_crlf_and_no_trailing_newline() {
    let text = "version = 1\r\n  [[tasks]]  \r\nid = \"a\"\r\n[[tasks]]\r\nid = \"b\"";
    assert_eq!(
        task_texts(text),
        ["  [[tasks]]  \r\nid = \"a\"\r\n", "[[tasks]]\r\nid = \"b\""]
    );
}

#[test]
fn a_file_without_tasks_is_all_head() {
    let text = "version = 1\n[project]\nname = \"p\"";
    let layout = split(text).expect("a plain layout");
    assert_eq!(layout.head, 0..text.len());
    assert!(layout.tasks.is_empty());
}

#[test]
fn gives_up_on_what_it_does_not_handle() {
    for text in [
        // A sub-table of a task, a dotted or quoted header, an unknown one.
        "[[tasks]]\nid = \"a\"\n[tasks.x]\n",
        "[[\"tasks\"]]\nid = \"a\"\n",
        "[[ tasks ]]\nid = \"a\"\n",
        "[other]\n",
        // A head table after the first task.
        "[[tasks]]\nid = \"a\"\n[[phases]]\nid = \"p\"\n",
        "[[tasks]]\nid = \"a\"\n[project]\n",
        // Something after a header, unclosed strings and brackets.
        "[[tasks]] id = \"a\"\n",
        "[[tasks]]\nid = \"a\n",
        "[[tasks]]\nnotes = \"\"\"never closed\n",
        "[[tasks]]\nx = [1,\n",
        "[[tasks]]\nx = 1]\n",
        "[[tasks]\n",
    ] {
        assert_eq!(split(text), None, "{text:?}");
    }
}
