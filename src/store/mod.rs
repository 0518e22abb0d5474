//! The store: load roadmap files with `file:line:col` diagnostics, save them
//! atomically and format-preservingly.
//!
//! Loading parses with `toml_edit` (which keeps every value's position) and
//! decodes by hand so every problem is reported at once. Saving patches the
//! loaded document value by value, so a check-off changes one line plus its
//! `done_on`, and refuses to write text that would not load back.

mod atomic;
mod decode;
mod diagnostic;
mod document;
mod encode;
mod format;
mod load;
mod locate;
mod patch;
mod problems;
mod save;
mod schema;

pub use atomic::write_atomic;
pub use diagnostic::{Diagnostic, LoadError, Severity};
pub use document::{Document, Loaded};
pub use encode::to_toml;
pub use format::format_canonical;
pub use load::{load, parse};
pub use save::{render, save, SaveError};
