//! The `[keys]` table of the user's config.toml is checked before the
//! planner opens: a bad entry stops it with the file, the line, the value
//! and the accepted forms, and a non-zero exit.

use std::fs;
use std::process::Command;

fn planner_with_config(config: &str) -> std::process::Output {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path().join("roadmap");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("config.toml"), config).unwrap();
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/roadmaps/jewelshot.toml");
    Command::new(env!("CARGO_BIN_EXE_roadmap"))
        .arg(seed)
        .env("XDG_CONFIG_HOME", home.path())
        .env("HOME", home.path())
        .output()
        .unwrap()
}

#[test]
fn a_key_that_is_not_a_key_names_file_line_value_and_forms() {
    let out = planner_with_config(
        "theme = \"dark\"\n\n[keys]\ntoggle = \"x\"\nsave = \"ctrl-shift-s\"\n",
    );
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("roadmap/config.toml:5: error: [keys] save = \"ctrl-shift-s\": not a key"),
        "{err}"
    );
    assert!(err.contains("help: write a key as a character"), "{err}");
    assert!(err.contains("`ctrl-` or `alt-`"), "{err}");
}

#[test]
fn an_unknown_action_lists_the_actions() {
    let out = planner_with_config("[keys]\ntggle = \"x\"\n");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("config.toml:2: error: [keys] `tggle` is not an action"),
        "{err}"
    );
    assert!(err.contains("the actions are: down, up,"), "{err}");
    assert!(err.contains("toggle"), "{err}");
}

#[test]
fn one_key_for_two_actions_is_refused() {
    let out = planner_with_config("[keys]\nsave = \"z\"\nquit = [\"q\", \"z\"]\n");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "config.toml:3: error: [keys] quit = \"z\": that key is already given to `save`"
        ),
        "{err}"
    );
}
