//! Helpers shared by the TUI's integration tests.
#![allow(dead_code)]

use roadmap::model;

// `fixture` names the model through `super::model`, as it does inside the library.
#[allow(unused_imports)]
use model as _;
use roadmap::model::Roadmap;
use roadmap::theme::Theme;
use roadmap::tui::{self, keymap, update, Msg, State};

pub mod fixture;
pub mod review;

pub fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2025, 11, 3).expect("a real date")
}

/// A curated seed roadmap from `roadmaps/`.
pub fn seed_named(name: &str) -> Roadmap {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("roadmaps")
        .join(format!("{name}.toml"));
    let loaded =
        roadmap::store::load(&path).unwrap_or_else(|e| panic!("{} loads: {e}", path.display()));
    std::sync::Arc::unwrap_or_clone(loaded.roadmap)
}

/// The roadmap the snapshots are taken on: Jewelshot, the seed with the
/// four-level maturity ladder.
pub fn seed() -> Roadmap {
    seed_named("jewelshot")
}

pub fn theme() -> Theme {
    Theme::load_from("dark", None).expect("the built-in dark theme")
}

pub fn state_at(roadmap: impl Into<std::sync::Arc<Roadmap>>, width: u16, height: u16) -> State {
    let mut s = State::new(roadmap, Some("jewelshot.toml".into()), today());
    update(&mut s, Msg::Resize { width, height });
    s
}

/// A seed roadmap in a session as if opened from `roadmaps/NAME.toml`.
pub fn state_named(name: &str, width: u16, height: u16) -> State {
    let mut s = State::new(
        seed_named(name),
        Some(format!("{name}.toml").into()),
        today(),
    );
    update(&mut s, Msg::Resize { width, height });
    s
}

/// Shows `view` as its key would: through `update`, so what the view
/// needs (the Timeline's forecast) is made as it is in the planner.
pub fn show(state: &mut State, view: roadmap::tui::View) {
    update(state, Msg::Action(roadmap::tui::Action::ShowView(view)));
}

pub fn press(state: &mut State, keys: &str) {
    keymap::press(state, keys).expect("valid key notation");
}

pub fn text(state: &State) -> String {
    tui::buffer_text(&tui::render_buffer(
        state,
        state.size.0,
        state.size.1,
        &theme(),
    ))
}
