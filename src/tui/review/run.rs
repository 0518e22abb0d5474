//! The review in the terminal: keys in, frames out, effects performed.
//! The one effect with I/O, writing, is the caller's `write`, so this file
//! knows nothing of files or the store.

use super::action::{Effect, Msg};
use super::draw::draw;
use super::state::Review;
use super::update::update;
use crate::theme::Theme;
use crate::tui::{keymap, terminal};
use anyhow::Context;
use crossterm::event::{self, Event};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// How the review ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    /// `write` succeeded; its answer (where it wrote).
    Written(String),
    /// The lead left; nothing was written.
    Left,
}

/// Runs the review until the kept set is written or the lead leaves.
/// `write` builds and saves the roadmap, or says why it could not (the
/// review then stays open, showing why).
pub fn run(
    state: &mut Review,
    theme: &Theme,
    mut write: impl FnMut(&Review) -> Result<String, String>,
) -> anyhow::Result<Ended> {
    let mut term = terminal::enter().context("cannot take over the terminal")?;
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let size = term.size().context("cannot read the terminal size")?;
        update(
            state,
            Msg::Resize {
                width: size.width,
                height: size.height,
            },
        );
        loop {
            term.draw(|f| draw(f, state, theme))
                .context("cannot draw")?;
            let msg = match event::read().context("cannot read the terminal")? {
                Event::Key(key) => match keymap::review_action(&state.mode, key) {
                    Some(action) => Msg::Action(action),
                    None => continue,
                },
                Event::Resize(width, height) => Msg::Resize { width, height },
                _ => continue,
            };
            for effect in update(state, msg) {
                match effect {
                    Effect::Leave => return Ok(Ended::Left),
                    Effect::Write => match write(state) {
                        Ok(done) => return Ok(Ended::Written(done)),
                        Err(why) => {
                            update(state, Msg::WriteFailed(why));
                        }
                    },
                }
            }
        }
    }));
    terminal::restore();
    drop(term);
    match outcome {
        Ok(result) => result,
        Err(_) => Err(anyhow::anyhow!("the review crashed (the message is above)")),
    }
}
