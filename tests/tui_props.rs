//! Random key sequences against the update function: nothing panics, the
//! selection stays on a row and on screen, the figures always match the
//! roadmap, and undoing everything gives the original roadmap back.

mod tui_support;

use proptest::prelude::*;
use roadmap::model::metrics::Metrics;
use roadmap::tui::state::Mode;
use roadmap::tui::{self, keymap, update};
use tui_support::{seed, state_at, theme};

const KEYS: &[&str] = &[
    "j",
    "k",
    "G",
    "g",
    "<pgdn>",
    "<pgup>",
    "<space>",
    "d",
    "x",
    "u",
    "<C-r>",
    "h",
    "l",
    "-",
    "+",
    "<tab>",
    "<S-tab>",
    "1",
    "3",
    "/",
    "a",
    "e",
    "D",
    "y",
    "n",
    "<esc>",
    "<enter>",
    "f",
    "0",
    "?",
    "q",
    "s",
    "z",
    "é",
    "高",
    "<bs>",
    "<left>",
    "<down>",
    "<up>",
    "<A-enter>",
    "<C-u>",
    "7h",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn random_sessions_keep_every_invariant(
        keys in prop::collection::vec(0..KEYS.len(), 0..80),
        width in 20u16..200,
        height in 5u16..60,
    ) {
        let original = seed();
        let mut s = state_at(original.clone(), width, height);
        let theme = theme();
        for (n, k) in keys.iter().enumerate() {
            keymap::press(&mut s, KEYS[*k]).expect("valid notation");
            prop_assert!(s.rows.is_empty() || s.cursor < s.rows.len());
            prop_assert!(s.offset <= s.cursor || s.rows.is_empty());
            if s.view == tui::View::Roadmap && !s.rows.is_empty() {
                prop_assert!(s.cursor < s.offset + s.list_height().max(1));
            }
            if n % 8 == 0 {
                tui::render_buffer(&s, width, height, &theme);
            }
        }
        prop_assert_eq!(&s.metrics, &Metrics::compute(&s.roadmap));
        tui::render_buffer(&s, width, height, &theme);

        // Back out of whatever is open, then undo everything.
        for _ in 0..4 {
            keymap::press(&mut s, "<esc>").expect("valid notation");
        }
        prop_assert_eq!(&s.mode, &Mode::Normal);
        for _ in 0..keys.len() + 1 {
            update::update(&mut s, roadmap::tui::Action::Undo.into());
        }
        prop_assert_eq!(&*s.roadmap, &original);
        prop_assert!(!s.is_dirty());
    }
}
