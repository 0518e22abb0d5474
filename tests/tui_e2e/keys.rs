//! The `[keys]` table of config.toml in the real binary: a remapped key
//! checks a task off, ctrl-s saves, and the footer shows the new keys.

use crate::tmux::{seed, shell_quote, Tmux, BIN};

#[test]
fn remapped_keys_check_off_and_save_in_a_real_terminal() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let file = dir.path().join("jewelshot.toml");
    std::fs::copy(seed("jewelshot"), &file).expect("copy the seed roadmap");
    let config_home = dir.path().join("config");
    std::fs::create_dir_all(config_home.join("roadmap")).unwrap();
    std::fs::write(
        config_home.join("roadmap/config.toml"),
        "[keys]\ntoggle = \"x\"\nsave = \"ctrl-s\"\n",
    )
    .unwrap();
    let t = Tmux::start_with(
        &format!(
            "env XDG_CONFIG_HOME={} {} {}",
            shell_quote(&config_home),
            shell_quote(std::path::Path::new(BIN)),
            shell_quote(&file)
        ),
        100,
        30,
    );
    t.wait_for("the footer with the remapped keys", |s| {
        s.contains("x done") && s.contains("ctrl-s save")
    });
    t.keys(&["x"]);
    t.wait_for("the first task checked off", |s| {
        s.contains("[x]  C  Deploy Worker")
    });
    t.keys(&["C-s"]);
    t.wait_for("saved", |s| s.contains("Saved"));
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("status = \"done\""), "{saved}");
    t.keys(&["q"]);
}
