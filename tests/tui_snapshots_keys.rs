//! The planner with keys remapped by the `[keys]` table of config.toml:
//! the keys do what the table says, and the help and the footer show them.

mod tui_support;

use roadmap::model::Status;
use roadmap::tui::keymap::Keymap;
use std::sync::Arc;
use tui_support::{press, seed, state_at, text};

const CONFIG: &str =
    "theme = \"dark\"\n\n[keys]\ntoggle = \"x\"\nsave = [\"s\", \"ctrl-s\"]\nhelp = \"F1\"\n";

fn remapped(w: u16, h: u16) -> roadmap::tui::State {
    let mut s = state_at(seed(), w, h);
    s.keys = Arc::new(Keymap::from_config(CONFIG).expect("a good [keys] table"));
    s
}

#[test]
fn remapped_keys_act_and_the_help_lists_them() {
    for (w, h) in [(80, 24), (160, 48)] {
        let mut s = remapped(w, h);
        insta::assert_snapshot!(format!("keys_remapped_{w}x{h}"), text(&s));
        press(&mut s, "<F1>");
        insta::assert_snapshot!(format!("keys_remapped_help_{w}x{h}"), text(&s));
    }
}

#[test]
fn a_remapped_key_does_its_new_action_only() {
    let mut s = remapped(80, 24);
    let first = s.roadmap.tasks[0].status;
    assert_eq!(first, Status::Todo);
    press(&mut s, "?");
    assert_eq!(
        s.mode,
        roadmap::tui::state::Mode::Normal,
        "? is no longer help"
    );
    press(&mut s, "x");
    assert_eq!(s.roadmap.tasks[0].status, Status::Done, "x toggles done");
    press(&mut s, "<space>");
    assert_eq!(
        s.roadmap.tasks[0].status,
        Status::Done,
        "space does nothing now"
    );
    press(&mut s, "u");
    assert_eq!(s.roadmap.tasks[0].status, Status::Todo);
}
